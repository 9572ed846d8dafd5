/* Polish. */
#include "lang/lang.h"

const pc_lang pc_lang_pl = {
    .code = "pl",
    .name = "Polish",
    .stemmer = NULL,
    .script = PC_LANG_LATIN,
    .seg = 0,
};
