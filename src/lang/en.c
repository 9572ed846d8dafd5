/* English. */
#include "lang/lang.h"

const pc_lang pc_lang_en = {
    .code = "en",
    .name = "English",
    .stemmer = "english",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_ENGLISH_ABBREVS,
};
