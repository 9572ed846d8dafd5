/* Catalan. */
#include "lang/lang.h"

const pc_lang pc_lang_ca = {
    .code = "ca",
    .name = "Catalan",
    .stemmer = "catalan",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
