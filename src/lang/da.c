/* Danish. */
#include "lang/lang.h"

const pc_lang pc_lang_da = {
    .code = "da",
    .name = "Danish",
    .stemmer = "danish",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
