/* Irish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): but, so, therefore, nevertheless,
 * besides, as well as that; no pronouns: Irish puts the verb first ("Dúirt sé"), so a pronoun does
 * not open a sentence. */
static const char *const back_openers[] = {
    "Ach", "Mar sin", "Dá bhrí sin", "Ina theannta sin", "Chomh maith leis sin", NULL};

/* Negations (see lang.h): the negative particles of the verb. */
static const char *const negations[] = {"ní", "níor", "nach", "nár", NULL};

const pc_lang pc_lang_ga = {
    .code = "ga",
    .name = "Irish",
    .stemmer = "irish",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
