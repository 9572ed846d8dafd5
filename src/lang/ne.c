/* Nepali. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she (with and without the
 * ergative "-ले", and honorific "उहाँ"), they, but, however, therefore, also; not "यो" and "त्यो",
 * which are also "this" and "that" before a noun. */
static const char *const back_openers[] = {"उनले", "उनी",   "उहाँले",  "उहाँ",  "उनीहरूले", "उनीहरू",
                                           "तर",  "तथापि", "यद्यपि", "त्यसैले", "साथै",    NULL};

/* Negations (see lang.h): is not, is not (identity), no. */
static const char *const negations[] = {"छैन", "होइन", "नाइँ", NULL};

const pc_lang pc_lang_ne = {
    .code = "ne",
    .name = "Nepali",
    .stemmer = "nepali",
    .script = PC_LANG_DEVANAGARI,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
