/* Romanian. */
#include "lang/lang.h"

const pc_lang pc_lang_ro = {
    .code = "ro",
    .name = "Romanian",
    .stemmer = "romanian",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
