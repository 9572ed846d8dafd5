/* Arabic. */
#include "lang/lang.h"

const pc_lang pc_lang_ar = {
    .code = "ar",
    .name = "Arabic",
    .stemmer = "arabic",
    .script = PC_LANG_ARABIC,
    .seg = 0,
};
