/* Persian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she ("او", and "وی" of
 * written news), they (with and without the zero-width non-joiner), but, however, therefore, also;
 * not "این" and "آن", which are also "this" and "that" before a noun ("این هفته"). */
static const char *const back_openers[] = {"او",       "وی",     "آنها", "آن‌ها",
                                           "ایشان",    "اما",    "ولی",  "با این حال",
                                           "بنابراین", "همچنین", NULL};

/* Negations (see lang.h): no, is not, are not (verbs take the prefix "ن", which no word list
 * reaches). */
static const char *const negations[] = {"نه", "نیست", "نیستند", NULL};

const pc_lang pc_lang_fa = {
    .code = "fa",
    .name = "Persian",
    .stemmer = NULL,
    .script = PC_LANG_ARABIC,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
