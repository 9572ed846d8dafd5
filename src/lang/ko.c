/* Korean. */
#include "lang/lang.h"

const pc_lang pc_lang_ko = {
    .code = "ko",
    .name = "Korean",
    .stemmer = NULL,
    .script = PC_LANG_HANGUL,
    .seg = 0,
};
