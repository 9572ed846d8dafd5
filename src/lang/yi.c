/* Yiddish. */
#include "lang/lang.h"

const pc_lang pc_lang_yi = {
    .code = "yi",
    .name = "Yiddish",
    .stemmer = "yiddish",
    .script = PC_LANG_HEBREW,
    .seg = 0,
};
