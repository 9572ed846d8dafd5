/* Chinese. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h). */
static const char *const back_openers[] = {"但", "他", "她", "这", "此外", "然而", "同时", NULL};

const pc_lang pc_lang_zh = {
    .code = "zh",
    .name = "Chinese",
    .stemmer = NULL,
    .script = PC_LANG_HAN,
    .seg = PC_SEG_NO_SPACES,
    .back_openers = back_openers,
};
