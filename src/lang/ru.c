/* Russian. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "акад", "букв", "в",   "вв",   "г",   "гг", "гл",  "д",   "др", "им",   "кв",
    "коп",  "корп", "млн", "млрд", "обл", "ок", "пер", "пос", "пр", "проф", "род",
    "руб",  "св",   "см",  "ст",   "тыс", "ул", "ум",  "чел", NULL,
};

const pc_lang pc_lang_ru = {
    .code = "ru",
    .name = "Russian",
    .stemmer = "russian",
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "іїєґјљњћђџѝў",
    .abbrevs = abbrevs,
};
