/* Lithuanian. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, they, it/this (the pronoun
 * "tai", not the determiners "šis", "tas"), but, however, therefore, besides. */
static const char *const back_openers[] = {"Jis", "Ji",     "Jie",   "Jos",   "Tai",
                                           "Bet", "Tačiau", "Todėl", "Be to", NULL};

const pc_lang pc_lang_lt = {
    .code = "lt",
    .name = "Lithuanian",
    .stemmer = "lithuanian",
    .script = PC_LANG_LATIN,
    .seg = PC_SEG_LOW9_QUOTES,
    .back_openers = back_openers,
};
