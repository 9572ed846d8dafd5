/* Czech. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "aj", "doc",  "dr", "ing", "mgr", "mj", "např", "p",  "prof", "pí",
    "r",  "resp", "st", "str", "sv",  "tj", "tzv",  "ul", "č",    NULL,
};

const pc_lang pc_lang_cs = {
    .code = "cs",
    .name = "Czech",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ORDINAL_DOT | PC_SEG_LOW9_QUOTES,
    .abbrevs = abbrevs,
};
