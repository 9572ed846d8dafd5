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
