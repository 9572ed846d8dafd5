/* Swedish. */
#include "lang/lang.h"

const pc_lang pc_lang_sv = {
    .code = "sv",
    .name = "Swedish",
    .stemmer = "swedish",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
