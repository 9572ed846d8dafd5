/* Catalan. */
#include "lang/lang.h"

/* Words elided before a vowel with an apostrophe ("l'Ajuntament", "d'aigua", "s'ha"): the
 * word after the apostrophe is the term (see lang.h). */
static const char *const elisions[] = {"l", "d", "s", "m", "t", "n", NULL};

const pc_lang pc_lang_ca = {
    .code = "ca",
    .name = "Catalan",
    .stemmer = "catalan",
    .script = PC_LANG_LATIN,
    .seg = 0,
    .elisions = elisions,
};
