/* Danish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, but, moreover, therefore,
 * this, these. */
static const char *const back_openers[] = {"Han",    "Hun",   "Men",   "Desuden",
                                           "Derfor", "Dette", "Disse", NULL};

/* Negations (see lang.h): not, never, no, nothing. */
static const char *const negations[] = {"ikke", "aldrig", "ingen", "intet", "ingenting", NULL};

const pc_lang pc_lang_da = {
    .code = "da",
    .name = "Danish",
    .stemmer = "danish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
