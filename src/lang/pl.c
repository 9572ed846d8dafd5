/* Polish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h). */
static const char *const back_openers[] = {"On",  "Ona", "Oni", "Ale",   "Jednak",
                                           "Ten", "Ta",  "To",  "Także", NULL};

const pc_lang pc_lang_pl = {
    .code = "pl",
    .name = "Polish",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
};
