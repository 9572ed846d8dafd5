/* Ukrainian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h). */
static const char *const back_openers[] = {"Він",   "Вона", "Вони",  "Але",
                                           "Однак", "Це",   "Також", NULL};

const pc_lang pc_lang_uk = {
    .code = "uk",
    .name = "Ukrainian",
    .stemmer = NULL,
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "ыэъёјљњћђџѝў",
    .back_openers = back_openers,
};
