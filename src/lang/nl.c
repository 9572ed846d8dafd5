/* Dutch. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h). */
static const char *const back_openers[] = {"Hij", "Zij",  "Ze",     "Maar",
                                           "Dit", "Deze", "Echter", NULL};

/* Negations (see lang.h): not, no, never, nothing, nobody. */
static const char *const negations[] = {"niet", "geen", "nooit", "niets", "niemand", NULL};

const pc_lang pc_lang_nl = {
    .code = "nl",
    .name = "Dutch",
    .stemmer = "dutch",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
