/* Yiddish. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she or they, they, but (with
 * and without the YIVO vowel points), therefore, nevertheless; not "דאָס", which is also the
 * article. */
static const char *const back_openers[] = {
    "ער", "זי", "זיי", "אָבער", "אבער", "דערפֿאַר", "דערפאר", "פֿונדעסטוועגן", "פונדעסטוועגן", NULL};

/* Negations (see lang.h): not (both spellings), no (the article of negation). */
static const char *const negations[] = {"ניט", "נישט", "קיין", NULL};

const pc_lang pc_lang_yi = {
    .code = "yi",
    .name = "Yiddish",
    .stemmer = "yiddish",
    .script = PC_LANG_HEBREW,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
