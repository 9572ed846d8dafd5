/* Word lists for the digest extractors (word splitting is text/words.c). */
#include "digest/lex.h"

#include <string.h>

#include "digest/given_names.inc"
#include "digest/lexicon.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define LOOKUP(name)                                                                               \
    int pc_lex_##name(const char *s, size_t n)                                                     \
    {                                                                                              \
        return pc_word_in(lex_##name##_list, COUNT(lex_##name##_list), s, n);                      \
    }

#define lex_title_list lex_title
#define lex_first_name_list lex_first
#define lex_given_learned_list lex_given_learned
#define lex_org_word_list lex_org
#define lex_place_list lex_place
#define lex_name_particle_list lex_particle
#define lex_common_cap_list lex_common
#define lex_generic_list lex_generic
#define lex_count_noun_list lex_noun
#define lex_human_noun_list lex_human
#define lex_state_word_list lex_state
#define lex_facility_list lex_facility
#define lex_bare_org_list lex_bare
#define lex_language_list lex_language
#define lex_event_word_list lex_event
#define lex_kind_list lex_kind
/* A title, also a hyphenated one whose parts are all capitalised and whose
 * last part is a title ("Attorney-General", "Secretary-General",
 * "Vice-President"; not "Port-au-Prince"). */
int pc_lex_title(const char *s, size_t n)
{
    if (pc_word_in(lex_title, COUNT(lex_title), s, n))
        return 1;
    if (n < 3 || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    size_t last = 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] == '-') {
            if (!(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
                return 0;
            last = i + 1;
        }
    return last && pc_word_in(lex_title, COUNT(lex_title), s + last, n - last);
}
LOOKUP(first_name)
LOOKUP(given_learned)
LOOKUP(org_word)
LOOKUP(place)
LOOKUP(name_particle)
LOOKUP(common_cap)
LOOKUP(generic)
LOOKUP(count_noun)
LOOKUP(human_noun)
LOOKUP(state_word)
LOOKUP(facility)
LOOKUP(bare_org)
LOOKUP(language)
LOOKUP(event_word)
LOOKUP(kind)

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
