/* Swedish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, but, moreover, therefore,
 * this, these. */
static const char *const back_openers[] = {"Han",    "Hon",   "Men",   "Dessutom",
                                           "Därför", "Detta", "Dessa", NULL};

/* Negations (see lang.h): not, never, no, nothing. */
static const char *const negations[] = {"inte",  "ej",   "aldrig",    "ingen",
                                        "inget", "inga", "ingenting", NULL};

const pc_lang pc_lang_sv = {
    .code = "sv",
    .name = "Swedish",
    .stemmer = "swedish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
