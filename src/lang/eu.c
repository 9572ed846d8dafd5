/* Basque. */
#include "lang/lang.h"

const pc_lang pc_lang_eu = {
    .code = "eu",
    .name = "Basque",
    .stemmer = "basque",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
