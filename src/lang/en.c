/* English. */
#include "lang/lang.h"

const pc_lang pc_lang_en = {
    .code = "en",
    .name = "English",
    .stemmer = "english",
    .seg = PC_SEG_ENGLISH_ABBREVS,
};
