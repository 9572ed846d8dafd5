/* Persian. */
#include "lang/lang.h"

const pc_lang pc_lang_fa = {
    .code = "fa",
    .name = "Persian",
    .stemmer = NULL,
    .script = PC_LANG_ARABIC,
    .seg = 0,
};
