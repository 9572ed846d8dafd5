/* Hungarian. */
#include "lang/lang.h"

const pc_lang pc_lang_hu = {
    .code = "hu",
    .name = "Hungarian",
    .stemmer = "hungarian",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
