/* Basque. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she (ergative and
 * absolutive), they, but, however, therefore, so, moreover, this and that (pronouns: Basque puts
 * its demonstrative determiners after the noun, "etxe hau", so an opening "Hau" or "Hori" stands
 * alone). */
static const char *const back_openers[] = {
    "Hark",       "Bera",  "Haiek",   "Baina", "Hala ere", "Hala eta guztiz ere",
    "Horregatik", "Beraz", "Gainera", "Hau",   "Hori",     NULL};

/* Negations (see lang.h): not. */
static const char *const negations[] = {"ez", NULL};

const pc_lang pc_lang_eu = {
    .code = "eu",
    .name = "Basque",
    .stemmer = "basque",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
