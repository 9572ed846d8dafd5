/* Indonesian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she, they, however, but,
 * besides, therefore. */
static const char *const back_openers[] = {"Ia",     "Dia",        "Mereka",          "Namun",
                                           "Tetapi", "Selain itu", "Oleh karena itu", NULL};

/* Negations (see lang.h): not, not (of nouns), not yet, without. */
static const char *const negations[] = {"tidak", "tak", "bukan", "belum", "tanpa", NULL};

const pc_lang pc_lang_id = {
    .code = "id",
    .name = "Indonesian",
    .stemmer = "indonesian",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
