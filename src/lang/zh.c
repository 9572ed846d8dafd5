/* Chinese. */
#include "lang/lang.h"

const pc_lang pc_lang_zh = {
    .code = "zh",
    .name = "Chinese",
    .stemmer = NULL,
    .script = PC_LANG_HAN,
    .seg = PC_SEG_NO_SPACES,
};
