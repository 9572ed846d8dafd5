/* Hungarian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she, they, but, however,
 * therefore, besides, this, these. */
static const char *const back_openers[] = {"Ő",        "Ők", "De",   "Azonban", "Ezért",
                                           "Emellett", "Ez", "Ezek", NULL};

/* Negations (see lang.h): not, there is not, are not; not "sem", which goes with another. */
static const char *const negations[] = {"nem", "nincs", "nincsenek", NULL};

const pc_lang pc_lang_hu = {
    .code = "hu",
    .name = "Hungarian",
    .stemmer = "hungarian",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
