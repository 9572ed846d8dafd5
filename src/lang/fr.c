/* French. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "art", "av",   "cf", "dr", "env", "m",   "me",  "mgr", "mlle", "mm",
    "mme", "mmes", "p",  "pr", "st",  "ste", "tél", "vol", NULL,
};

const pc_lang pc_lang_fr = {
    .code = "fr",
    .name = "French",
    .stemmer = "french",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_SPACED_CLOSERS,
    .abbrevs = abbrevs,
};
