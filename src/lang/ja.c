/* Japanese. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h). */
static const char *const back_openers[] = {"しかし", "だが",   "一方",   "彼は",   "彼女は",
                                           "これは", "それは", "これに", "それに", NULL};

const pc_lang pc_lang_ja = {
    .code = "ja",
    .name = "Japanese",
    .stemmer = NULL,
    .script = PC_LANG_KANA,
    .seg = PC_SEG_NO_SPACES,
    .back_openers = back_openers,
};
