/* Japanese. */
#include "lang/lang.h"

const pc_lang pc_lang_ja = {
    .code = "ja",
    .name = "Japanese",
    .stemmer = NULL,
    .script = PC_LANG_KANA,
    .seg = PC_SEG_NO_SPACES,
};
