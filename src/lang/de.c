/* German. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "abs", "art", "b",    "bd",  "bzw", "ca",  "dr",  "evtl", "fr",  "ggf", "hr",   "inkl", "mio",
    "mrd", "nr",  "prof", "sog", "std", "str", "tel", "u",    "vgl", "z",   "zzgl", NULL,
};

const pc_lang pc_lang_de = {
    .code = "de",
    .name = "German",
    .stemmer = "german",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ORDINAL_DOT | PC_SEG_LOW9_QUOTES | PC_SEG_NOUN_CAPITALS,
    .abbrevs = abbrevs,
};
