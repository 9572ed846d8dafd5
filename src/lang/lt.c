/* Lithuanian. */
#include "lang/lang.h"

const pc_lang pc_lang_lt = {
    .code = "lt",
    .name = "Lithuanian",
    .stemmer = "lithuanian",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_LOW9_QUOTES,
};
