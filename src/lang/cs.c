/* Czech. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "aj",   "arch", "doc",  "dr", "ing",    "judr", "mgr",  "mil", "mj", "mld",
    "mudr", "mvdr", "např", "p",  "paeddr", "phdr", "prof", "pí",  "r",  "resp",
    "rndr", "st",   "str",  "sv", "tis",    "tj",   "tzv",  "ul",  "č",  NULL,
};

/* Abbreviations that may end a sentence: atd., apod. ("etc."). */
static const char *const enders[] = {"apod", "atd", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ..."). */
static const char *const back_openers[] = {"On",     "Ona",  "Oni",   "Ale",    "Však",    "Tento",
                                           "Tato",   "Toto", "Také",  "Dodal",  "Dodala",  "Uvedl",
                                           "Uvedla", "Řekl", "Řekla", "Odhadl", "Odhadla", NULL};

const pc_lang pc_lang_cs = {
    .code = "cs",
    .name = "Czech",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ORDINAL_DOT | PC_SEG_LOW9_QUOTES,
    .abbrevs = abbrevs,
    .enders = enders,
    .back_openers = back_openers,
};
