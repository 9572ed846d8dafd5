/* Persian. */
#include "lang/lang.h"

const pc_lang pc_lang_fa = {
    .code = "fa",
    .name = "Persian",
    .stemmer = NULL,
    .script = PC_SCRIPT_ARABIC,
    .seg = 0,
};
