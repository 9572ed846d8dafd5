/* Spanish. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "aprox", "arq", "art", "av", "dr",  "dra",  "dña",  "ee",   "f",   "gral", "hab", "ing", "lic",
    "n",     "núm", "pág", "sr", "sra", "sras", "sres", "srta", "tel", "ud",   "uds", "vol", NULL,
};

const pc_lang pc_lang_es = {
    .code = "es",
    .name = "Spanish",
    .stemmer = "spanish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
};
