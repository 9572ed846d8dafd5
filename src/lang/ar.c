/* Arabic. */
#include "lang/lang.h"

const pc_lang pc_lang_ar = {
    .code = "ar",
    .name = "Arabic",
    .stemmer = "arabic",
    .seg = 0,
};
