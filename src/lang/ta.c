/* Tamil. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he or she (honorific and plain,
 * near and far), they, this and that (the pronouns "இது", "அது", not the determiners "இந்த", "அந்த"),
 * but, however, therefore, moreover, because of this. */
static const char *const back_openers[] = {"அவர்",   "அவன்",   "அவள்",  "இவர்",       "அவர்கள்",
                                           "இது",   "அது",   "ஆனால்", "இருப்பினும்", "எனவே",
                                           "மேலும்", "இதனால்", NULL};

/* Negations (see lang.h): is not, is not (identity). */
static const char *const negations[] = {"இல்லை", "அல்ல", NULL};

const pc_lang pc_lang_ta = {
    .code = "ta",
    .name = "Tamil",
    .stemmer = "tamil",
    .script = PC_LANG_TAMIL,
    .seg = 0,
    .back_openers = back_openers,
    .negations = negations,
};
