/* Ukrainian. */
#include "lang/lang.h"

const pc_lang pc_lang_uk = {
    .code = "uk",
    .name = "Ukrainian",
    .stemmer = NULL,
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "ыэъёјљњћђџѝў",
};
