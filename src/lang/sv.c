/* Swedish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, but, moreover, therefore,
 * this, these. */
static const char *const back_openers[] = {"Han",    "Hon",   "Men",   "Dessutom",
                                           "Därför", "Detta", "Dessa", NULL};

const pc_lang pc_lang_sv = {
    .code = "sv",
    .name = "Swedish",
    .stemmer = "swedish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
};
