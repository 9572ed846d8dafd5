/* Urdu. */
#include "lang/lang.h"

const pc_lang pc_lang_ur = {
    .code = "ur",
    .name = "Urdu",
    .stemmer = NULL,
    .script = PC_LANG_ARABIC,
    .seg = 0,
};
