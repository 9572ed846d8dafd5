/* Danish. */
#include "lang/lang.h"

const pc_lang pc_lang_da = {
    .code = "da",
    .name = "Danish",
    .stemmer = "danish",
    .script = PC_SCRIPT_LATIN,
    .seg = 0,
};
