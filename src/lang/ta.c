/* Tamil. */
#include "lang/lang.h"

const pc_lang pc_lang_ta = {
    .code = "ta",
    .name = "Tamil",
    .stemmer = "tamil",
    .script = PC_LANG_TAMIL,
    .seg = 0,
};
