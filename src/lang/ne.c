/* Nepali. */
#include "lang/lang.h"

const pc_lang pc_lang_ne = {
    .code = "ne",
    .name = "Nepali",
    .stemmer = "nepali",
    .script = PC_LANG_DEVANAGARI,
    .seg = 0,
};
