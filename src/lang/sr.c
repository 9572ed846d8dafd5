/* Serbian. */
#include "lang/lang.h"

const pc_lang pc_lang_sr = {
    .code = "sr",
    .name = "Serbian",
    .stemmer = "serbian",
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "ыэъёйщьюяіїєґѝў",
};
