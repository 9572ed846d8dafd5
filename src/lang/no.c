/* Norwegian. */
#include "lang/lang.h"

const pc_lang pc_lang_no = {
    .code = "no",
    .name = "Norwegian",
    .stemmer = "norwegian",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
