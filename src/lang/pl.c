/* Polish. */
#include "lang/lang.h"

/* Future cues (see lang.h): the auxiliary "być" in the future ("będzie
 * głosować"), "jutro", and "przyszły" ("next") in the forms that are no
 * past of "przyjść" ("przyszła", "przyszły": came): "w przyszłym
 * tygodniu", "w przyszłą środę".  The perfective future ("odwiedzi") has
 * the form of a present, whose endings ("-i", "-e", "-a") end as many
 * nouns and adjectives: it has no cue. */
static const char *const future_words[] = {"będzie",    "będą",      "będziemy", "jutro",
                                           "przyszłym", "przyszłej", "przyszłą", NULL};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ..."). */
static const char *const back_openers[] = {
    "On",    "Ona",   "Oni",    "Ale",        "Jednak",      "Ten",        "Ta",          "To",
    "Także", "Dodał", "Dodała", "Powiedział", "Powiedziała", "Podkreślił", "Podkreśliła", NULL};

/* Negations (see lang.h): not (before verbs, and "no" as a reply in "nie ma"); not "nigdy", "nic",
 * which go with "nie". */
static const char *const negations[] = {"nie", NULL};

const pc_lang pc_lang_pl = {
    .code = "pl",
    .name = "Polish",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = 0,
    .future_words = future_words,
    .back_openers = back_openers,
    .negations = negations,
};
