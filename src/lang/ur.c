/* Urdu. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, they (the ergative "انہوں
 * نے", "اس نے": "وہ" and "یہ" alone are also "that" and "this" before a noun), but, however,
 * therefore. */
static const char *const back_openers[] = {"انہوں نے", "انھوں نے", "اس نے",  "لیکن",   "مگر",
                                           "تاہم",     "البتہ",    "اس لیے", "اس لئے", NULL};

/* Negations (see lang.h): not, no, do not. */
static const char *const negations[] = {"نہیں", "نہ", "مت", NULL};

const pc_lang pc_lang_ur = {
    .code = "ur",
    .name = "Urdu",
    .stemmer = NULL,
    .script = PC_LANG_ARABIC,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
