/* Dutch. */
#include "lang/lang.h"

const pc_lang pc_lang_nl = {
    .code = "nl",
    .name = "Dutch",
    .stemmer = "dutch",
    .script = PC_SCRIPT_LATIN,
    .seg = 0,
};
