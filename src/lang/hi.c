/* Hindi. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "डॉ",
    "प्रो",
    NULL,
};

const pc_lang pc_lang_hi = {
    .code = "hi",
    .name = "Hindi",
    .stemmer = "hindi",
    .script = PC_LANG_DEVANAGARI,
    .seg = 0,
    .abbrevs = abbrevs,
};
