/* Greek. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "αρ", "βλ", "δρ", "κ", "καθ", "κκ", "σελ", "τηλ", NULL,
};

const pc_lang pc_lang_el = {
    .code = "el",
    .name = "Greek",
    .stemmer = "greek",
    .script = PC_LANG_GREEK,
    .seg = PC_SEG_SEMICOLON_QUESTION,
    .abbrevs = abbrevs,
};
