/* Bulgarian. */
#include "lang/lang.h"

const pc_lang pc_lang_bg = {
    .code = "bg",
    .name = "Bulgarian",
    .stemmer = NULL,
    .script = PC_LANG_CYRILLIC,
    .seg = PC_SEG_LOW9_QUOTES,
    .absent = "ыэёіїєґјљњћђџў",
};
