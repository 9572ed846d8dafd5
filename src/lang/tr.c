/* Turkish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): they, but, however, besides,
 * therefore; not "O" and "Bu", which are also "that" and "this" before a noun of time ("O gün", "Bu
 * yıl"). */
static const char *const back_openers[] = {"Onlar",  "Ama",        "Fakat", "Ancak",
                                           "Ayrıca", "Bu nedenle", NULL};

/* Negations (see lang.h): is not, there is no (Turkish negates verbs by a suffix, which no word
 * list reaches). */
static const char *const negations[] = {"değil", "yok", NULL};

const pc_lang pc_lang_tr = {
    .code = "tr",
    .name = "Turkish",
    .stemmer = "turkish",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_DOTTED_I,
    .back_openers = back_openers,
    .negations = negations,
};
