/* Hebrew. */
#include "lang/lang.h"

const pc_lang pc_lang_he = {
    .code = "he",
    .name = "Hebrew",
    .stemmer = NULL,
    .script = PC_LANG_HEBREW,
    .seg = 0,
};
