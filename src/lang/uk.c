/* Ukrainian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ..."). */
static const char *const back_openers[] = {"Він",    "Вона",   "Вони",    "Але",     "Однак",
                                           "Це",     "Також",  "Заявив",  "Заявила", "Додав",
                                           "Додала", "Сказав", "Сказала", NULL};

const pc_lang pc_lang_uk = {
    .code = "uk",
    .name = "Ukrainian",
    .stemmer = NULL,
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "ыэъёјљњћђџѝў",
    .back_openers = back_openers,
};
