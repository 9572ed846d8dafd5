/* Polish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ..."). */
static const char *const back_openers[] = {
    "On",    "Ona",   "Oni",    "Ale",        "Jednak",      "Ten",        "Ta",          "To",
    "Także", "Dodał", "Dodała", "Powiedział", "Powiedziała", "Podkreślił", "Podkreśliła", NULL};

const pc_lang pc_lang_pl = {
    .code = "pl",
    .name = "Polish",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
};
