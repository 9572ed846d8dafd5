/* Spanish. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "arq", "art", "av", "dr",  "dra",  "f",   "gral", "hab", "ing", "lic", "n",
    "núm", "pág", "sr", "sra", "srta", "tel", "ud",   "uds", "vol", NULL,
};

const pc_lang pc_lang_es = {
    .code = "es",
    .name = "Spanish",
    .stemmer = "spanish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .abbrevs = abbrevs,
};
