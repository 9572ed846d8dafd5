/* Arabic. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence (without their period): د.
 * (doctor) before a name. */
static const char *const abbrevs[] = {"\xD8\xAF", NULL};

const pc_lang pc_lang_ar = {
    .code = "ar",
    .name = "Arabic",
    .stemmer = "arabic",
    .script = PC_LANG_ARABIC,
    .seg = 0,
    .abbrevs = abbrevs,
};
