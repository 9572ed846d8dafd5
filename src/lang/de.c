/* German. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "a",   "abs", "art", "b",  "bd",   "bzw", "ca",  "dr",   "e",    "evtl",
    "fa",  "fr",  "ggf", "hr", "inkl", "mio", "mrd", "nr",   "prof", "sog",
    "std", "str", "tel", "u",  "v",    "vgl", "z",   "zzgl", NULL,
};

/* Abbreviations that may end a sentence: usw. ("and so on"). */
static const char *const enders[] = {"etc", "usw", NULL};

const pc_lang pc_lang_de = {
    .code = "de",
    .name = "German",
    .stemmer = "german",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ORDINAL_DOT | PC_SEG_LOW9_QUOTES | PC_SEG_NOUN_CAPITALS,
    .abbrevs = abbrevs,
    .enders = enders,
};
