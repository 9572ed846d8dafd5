/* Catalan. */
#include "lang/lang.h"

/* Words elided before a vowel with an apostrophe ("l'Ajuntament", "d'aigua", "s'ha"): the
 * word after the apostrophe is the term (see lang.h). */
static const char *const elisions[] = {"l", "d", "s", "m", "t", "n", NULL};

/* Openings that point back to an earlier sentence (see lang.h): he, she, they, but, besides,
 * therefore, this. */
static const char *const back_openers[] = {"Ell",   "Ella",     "Ells",   "Elles",   "Però",
                                           "A més", "Per això", "Aquest", "Aquesta", NULL};

/* Negations (see lang.h): not, without; not "mai", "res", "ningú", which follow "no". */
static const char *const negations[] = {"no", "sense", NULL};

const pc_lang pc_lang_ca = {
    .code = "ca",
    .name = "Catalan",
    .stemmer = "catalan",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .elisions = elisions,
    .back_openers = back_openers,
    .negations = negations,
};
