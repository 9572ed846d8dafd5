/* Chinese. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): but,
 * he, she, this, moreover, however, at the same time; and (session 30)
 * "它" (it), "其" (its, their: "其中"), "此" (this: "此外", "此前", which
 * it covers), "该" (the said: "该公司", the company named before), "而"
 * (and, whereas), "因此" (therefore), "另外" (besides), "不过" (however),
 * and the traditional characters of those written otherwise there: "這",
 * "該", "同時", "不過" (Taiwan and Hong Kong write them so). */
static const char *const back_openers[] = {"但",   "他",   "她",   "它",   "这",   "這",   "其",
                                           "此",   "该",   "該",   "而",   "然而", "同时", "同時",
                                           "因此", "另外", "不过", "不過", NULL};

const pc_lang pc_lang_zh = {
    .code = "zh",
    .name = "Chinese",
    .stemmer = NULL,
    .script = PC_LANG_HAN,
    .seg = PC_SEG_NO_SPACES,
    .back_openers = back_openers,
};
