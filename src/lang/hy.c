/* Armenian. */
#include "lang/lang.h"

const pc_lang pc_lang_hy = {
    .code = "hy",
    .name = "Armenian",
    .stemmer = "armenian",
    .script = PC_LANG_ARMENIAN,
    .seg = 0,
};
