/* Indonesian. */
#include "lang/lang.h"

const pc_lang pc_lang_id = {
    .code = "id",
    .name = "Indonesian",
    .stemmer = "indonesian",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
