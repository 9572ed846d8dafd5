/* Number words of each language: the table src/lang/numbers.inc,
 * generated from CLDR's spell-out rules through ICU by
 * tools/make_lang_numbers.c, so that the library needs no ICU. */
#include <string.h>

#include "lang/lang.h"

typedef struct pc_lang_number_words {
    const char *code;
    const pc_lang_number_word *words; /* sorted by term (strcmp) */
    size_t n;
} pc_lang_number_words;

#include "lang/numbers.inc"

/* The table's words of lang, or NULL; the last language found is kept (per
 * thread) in place of a search by code. */
static const pc_lang_number_words *words_of(const pc_lang *lang)
{
    static _Thread_local const pc_lang *last;
    static _Thread_local const pc_lang_number_words *last_words;
    if (!lang)
        return NULL;
    if (lang == last)
        return last_words;
    const pc_lang_number_words *w = NULL;
    for (size_t i = 0; i < sizeof lang_numbers / sizeof *lang_numbers && !w; i++)
        if (!strcmp(lang_numbers[i].code, lang->code))
            w = &lang_numbers[i];
    last = lang;
    last_words = w;
    return w;
}

const char *pc_lang_number_digits(const pc_lang *lang, const char *s, size_t n)
{
    const pc_lang_number_words *ws = words_of(lang);
    if (!ws || n == 0)
        return NULL;
    const pc_lang_number_word *w = ws->words;
    size_t lo = 0, hi = ws->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        /* a table term that s is a prefix of sorts after s */
        int c = strncmp(w[mid].term, s, n);
        if (c == 0 && w[mid].term[n] == '\0')
            return w[mid].digits;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const pc_lang_number_word *pc_lang_number_list(const pc_lang *lang, size_t *n)
{
    const pc_lang_number_words *ws = words_of(lang);
    *n = ws ? ws->n : 0;
    return ws ? ws->words : NULL;
}
