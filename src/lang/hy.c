/* Armenian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she, they, this and that (the
 * pronouns "սա" and "դա", not the determiners "այս" and "այդ"), but, however, nevertheless,
 * therefore, besides that. */
static const char *const back_openers[] = {
    "Նա",       "Նրանք", "Սա",           "Դա",       "Բայց", "Սակայն", "Այնուամենայնիվ",
    "Հետևաբար", "Ուստի", "Այդ պատճառով", "Բացի այդ", NULL};

/* Negations (see lang.h): not, no (verbs take the prefix "չ-", which no word list reaches). */
static const char *const negations[] = {"ոչ", NULL};

const pc_lang pc_lang_hy = {
    .code = "hy",
    .name = "Armenian",
    .stemmer = "armenian",
    .script = PC_LANG_ARMENIAN,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
