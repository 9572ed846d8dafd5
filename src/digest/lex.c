/* Word lists for the digest extractors (word splitting is text/words.c). */
#include "digest/lex.h"

#include <stdlib.h>
#include <string.h>

#include "digest/lexicon.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

/* Looks up s[0..n) lower-cased (ASCII) in a sorted list; curly apostrophes
 * become straight ones. */
static int lookup(const char *const *list, size_t count, const char *s, size_t n)
{
    char buf[64];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o + 1 >= sizeof buf)
            return 0;
        char c = s[i];
        if (i + 2 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0) {
            buf[o++] = '\'';
            i += 2;
            continue;
        }
        buf[o++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    buf[o] = '\0';
    return bsearch(buf, list, count, sizeof *list, cmp_word) != NULL;
}

#define LOOKUP(name)                                                                               \
    int pc_lex_##name(const char *s, size_t n)                                                     \
    {                                                                                              \
        return lookup(lex_##name##_list, COUNT(lex_##name##_list), s, n);                          \
    }

#define lex_speech_verb_list lex_speech
#define lex_title_list lex_title
#define lex_first_name_list lex_first
#define lex_org_word_list lex_org
#define lex_place_list lex_place
#define lex_name_particle_list lex_particle
#define lex_common_cap_list lex_common
#define lex_count_noun_list lex_noun
#define lex_human_noun_list lex_human
LOOKUP(speech_verb)
LOOKUP(title)
LOOKUP(first_name)
LOOKUP(org_word)
LOOKUP(place)
LOOKUP(name_particle)
LOOKUP(common_cap)
LOOKUP(count_noun)
LOOKUP(human_noun)

long pc_lex_number_word(const char *s, size_t n)
{
    static const char *const small[] = {"zero",    "one",     "two",       "three",    "four",
                                        "five",    "six",     "seven",     "eight",    "nine",
                                        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                       "sixty",  "seventy", "eighty", "ninety"};
    for (long i = 0; i < 20; i++)
        if (pc_lex_eq(s, 0, n, small[i]))
            return i;
    for (long i = 0; i < 8; i++)
        if (pc_lex_eq(s, 0, n, tens[i]))
            return 20 + 10 * i;
    return -1;
}

int pc_lex_acronym(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z')
            letters++;
        else if (s[i] != '.')
            return 0;
    }
    return letters >= 2;
}
