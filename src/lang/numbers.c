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

const pc_lang_number_word *pc_lang_number_list(const pc_lang *lang, size_t *n)
{
    const pc_lang_number_words *ws = words_of(lang);
    *n = ws ? ws->n : 0;
    return ws ? ws->words : NULL;
}
