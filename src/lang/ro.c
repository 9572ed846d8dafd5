/* Romanian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, they, but, however, still,
 * also, this. */
static const char *const back_openers[] = {
    "El", "Ea", "Ei", "Ele", "Dar", "Însă", "Totuși", "De asemenea", "Acesta", "Aceasta", NULL};

/* Negations (see lang.h): not, without; not "niciodată", "nimic", which follow "nu". */
static const char *const negations[] = {"nu", "fără", NULL};

const pc_lang pc_lang_ro = {
    .code = "ro",
    .name = "Romanian",
    .stemmer = "romanian",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
