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

/* Future cues (see lang.h): the auxiliary "být" in the future ("bude
 * hlasovat"), "zítra", "příští" ("next").  The perfective future
 * ("navštíví") has the form of a present, whose endings ("-í", "-e", "-á")
 * end as many adjectives and nouns: it has no cue. */
static const char *const future_words[] = {"bude",   "budou", "budu", "budeme",
                                           "budete", "zítra", NULL};
static const char *const future_stems[] = {"příšt", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ...").  The
 * possessives "Jeho", "Její", "Jejich" (his, her, their) and "Proto"
 * (therefore) point back as English "his", "therefore" do (session 30).
 * Session 31: "Podle něj", "Podle ní" (according to him, her),
 * "Kromě toho" (besides), "Přesto" (nevertheless). */
static const char *const back_openers[] = {
    "On",        "Ona",        "Oni",      "Ale",        "Však",       "Tento",  "Tato",
    "Toto",      "Také",       "Dodal",    "Dodala",     "Uvedl",      "Uvedla", "Řekl",
    "Řekla",     "Odhadl",     "Odhadla",  "Jeho",       "Její",       "Jejich", "Proto",
    "Podle něj", "Podle něho", "Podle ní", "Podle nich", "Kromě toho", "Přesto", NULL};

/* A time word after a demonstrative points to the present ("Tento rok"): not
 * back (see lang.h, deictic; session 31). */
static const char *const deictic[] = {"Tento", "Tato", "Toto", NULL};
static const char *const time_words[] = {"týden",  "rok",  "měsíc", "víkend", "sezónu",
                                         "sezóna", "léto", "zimu",  "jaro",   "podzim",
                                         "večer",  "ráno", NULL};

const pc_lang pc_lang_cs = {
    .code = "cs",
    .name = "Czech",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ORDINAL_DOT | PC_SEG_LOW9_QUOTES,
    .abbrevs = abbrevs,
    .enders = enders,
    .future_words = future_words,
    .future_stems = future_stems,
    .back_openers = back_openers,
    .deictic = deictic,
    .time_words = time_words,
};
