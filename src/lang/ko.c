/* Korean. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, they with their topic and
 * subject particles ("그는": "그" alone is also "that" before a noun), this (the pronoun "이" with
 * a particle: "이는", "이에"), but, however, so, therefore, also, and saying so. */
static const char *const back_openers[] = {
    "그는",   "그가",   "그녀는", "그녀가", "그들은", "그들이", "이는",     "이에",
    "하지만", "그러나", "그런데", "그래서", "따라서", "또한",   "그러면서", NULL};

const pc_lang pc_lang_ko = {
    .code = "ko",
    .name = "Korean",
    .stemmer = NULL,
    .script = PC_LANG_HANGUL,
    .seg = 0,
    .back_openers = back_openers,
};
