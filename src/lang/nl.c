/* Dutch. */
#include "lang/lang.h"

const pc_lang pc_lang_nl = {
    .code = "nl",
    .name = "Dutch",
    .stemmer = "dutch",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
