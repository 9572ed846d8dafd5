/* The table of language profiles (one file per language in src/lang/) and
 * the lookup by code. */
#include "lang/lang.h"

#include <string.h>

#define LANG(id) extern const pc_lang pc_lang_##id;
#include "lang/langs.inc"
#undef LANG

#define LANG(id) &pc_lang_##id,
static const pc_lang *const table[] = {
#include "lang/langs.inc"
};
#undef LANG

/* Every script's sentence terminators, no stemmer, no stopwords: what a
 * language without a profile gets.  Its abbreviations are the English ones,
 * as before languages were told apart. */
const pc_lang pc_lang_und = {.code = "und", .name = "undetermined", .seg = PC_SEG_ENGLISH_ABBREVS};

size_t pc_lang_count(void)
{
    return sizeof table / sizeof *table;
}

const pc_lang *pc_lang_at(size_t i)
{
    return i < pc_lang_count() ? table[i] : NULL;
}

/* The table entry of code (two or three letters before any '-' or '_'). */
static const pc_lang *lookup(const char *code)
{
    if (!code)
        return NULL;
    char key[4];
    size_t n = 0;
    while (code[n] && code[n] != '-' && code[n] != '_') {
        if (n == 3)
            return NULL;
        char ch = code[n];
        key[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    key[n] = 0;
    for (size_t i = 0; i < pc_lang_count(); i++)
        if (!strcmp(table[i]->code, key))
            return table[i];
    return NULL;
}

const pc_lang *pc_lang_find(const char *code)
{
    const pc_lang *l = lookup(code);
    return l ? l : &pc_lang_und;
}

int pc_lang_known(const char *code)
{
    return lookup(code) != NULL;
}

/* The bytes of the letter that opens w[0..n) when it is one of `letters`
 * (UTF-8), else 0.  No ASCII letter is a prefix of a list. */
static size_t prefix_letter(const char *letters, const char *w, size_t n)
{
    unsigned char c = n ? (unsigned char)w[0] : 0;
    size_t r = c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (!r || r > n)
        return 0;
    char l[5] = {0};
    memcpy(l, w, r);
    return strstr(letters, l) ? r : 0;
}

static size_t code_points(const char *w, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)w[i] & 0xC0) != 0x80;
    return k;
}

/* Light suffix stripping for Korean, as Korean retrieval strips the case
 * particles (josa) off nouns before indexing: the longest particle that ends
 * the word, when two syllables remain (session 35), and again while one
 * does (session 36).  Once only, a noun whose last syllable is written as
 * a particle is cut alone and kept with a particle after it: "어린이"
 * (child) became "어린" and "어린이가" "어린이", one word two terms.
 * Stripping until no particle is left gives a noun one term, whatever
 * particle follows it or none: "어린이", "어린이가", "어린이를" are all
 * "어린" (a stem, as "어린이" is cut alone anyway). */
size_t pc_lang_particle(const pc_lang *lang, const char *w, size_t n)
{
    if (!lang || !lang->particles)
        return 0;
    size_t cut = 0;
    for (int again = 1; again;) {
        again = 0;
        for (const char *const *p = lang->particles; *p; p++) {
            size_t k = strlen(*p), m = n - cut;
            if (m > k && !memcmp(w + m - k, *p, k) && code_points(w, m - k) >= 2) {
                cut += k;
                again = 1;
                break;
            }
        }
    }
    return cut;
}

/* Light prefix stripping, as light stemmers of Hebrew and Arabic do for
 * retrieval (Larkey et al. 2002, for Arabic's "و" and "ال"): an article
 * with the particles before it (Arabic "ال", "وال", "بال", "لل": light10's
 * list but the bare "و", which begins roots too: "وزير"), or one prefix,
 * or the first of `prefixes` (a conjunction) and one other, when three
 * letters are left, a root's length (docs/languages.md).  A word that
 * opens with its first prefix twice keeps it: Hebrew writes a consonant
 * "ו" doubled ("וושינגטון"). */
size_t pc_lang_prefix(const pc_lang *lang, const char *w, size_t n)
{
    if (lang && lang->articles)
        for (const char *const *a = lang->articles; *a; a++) {
            size_t k = strlen(*a);
            if (n > k && !memcmp(w, *a, k) && code_points(w + k, n - k) >= 3)
                return k;
        }
    if (!lang || !lang->prefixes)
        return 0;
    size_t a = prefix_letter(lang->prefixes, w, n);
    if (!a)
        return 0;
    int conj = !memcmp(w, lang->prefixes, a);
    if (conj && n >= 2 * a && !memcmp(w, w + a, a))
        return 0;
    size_t b = conj ? prefix_letter(lang->prefixes, w + a, n - a) : 0;
    if (b && code_points(w + a + b, n - a - b) >= 3)
        return a + b;
    return code_points(w + a, n - a) >= 3 ? a : 0;
}
