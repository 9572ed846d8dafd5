/* Finnish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she, they, but, in addition,
 * therefore, this, these. */
static const char *const back_openers[] = {"Hän",   "He",   "Mutta", "Lisäksi",
                                           "Siksi", "Tämä", "Nämä",  NULL};

/* Negations (see lang.h): the verb of negation in its persons. */
static const char *const negations[] = {"ei", "en", "et", "emme", "ette", "eivät", NULL};

const pc_lang pc_lang_fi = {
    .code = "fi",
    .name = "Finnish",
    .stemmer = "finnish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
