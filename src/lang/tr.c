/* Turkish. */
#include "lang/lang.h"

const pc_lang pc_lang_tr = {
    .code = "tr",
    .name = "Turkish",
    .stemmer = "turkish",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
