/* Indonesian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she, they, however, but,
 * besides, therefore. */
static const char *const back_openers[] = {"Ia",     "Dia",        "Mereka",          "Namun",
                                           "Tetapi", "Selain itu", "Oleh karena itu", NULL};

const pc_lang pc_lang_id = {
    .code = "id",
    .name = "Indonesian",
    .stemmer = "indonesian",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
};
