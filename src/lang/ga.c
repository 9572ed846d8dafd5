/* Irish. */
#include "lang/lang.h"

const pc_lang pc_lang_ga = {
    .code = "ga",
    .name = "Irish",
    .stemmer = "irish",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
