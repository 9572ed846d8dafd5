/* Portuguese. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "art", "av",   "cf",  "dr", "dra", "eng", "gen", "n",
    "p",   "prof", "pág", "sr", "sra", "tel", "vol", NULL,
};

const pc_lang pc_lang_pt = {
    .code = "pt",
    .name = "Portuguese",
    .stemmer = "portuguese",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
};
