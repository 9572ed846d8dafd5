/* Finnish. */
#include "lang/lang.h"

const pc_lang pc_lang_fi = {
    .code = "fi",
    .name = "Finnish",
    .stemmer = "finnish",
    .script = PC_LANG_LATIN,
    .seg = 0,
};
