/* Bulgarian. */
#include "lang/lang.h"

/* Future cues (see lang.h): the particle "ще" of every future form ("ще
 * посети"), as Greek "θα"; "утре" (tomorrow); "следващ" ("next") in its
 * inflections. */
static const char *const future_words[] = {"ще", "утре", NULL};
static const char *const future_stems[] = {"следващ", NULL};

/* Openings that point back to an earlier sentence (see lang.h): he, she, they, but, besides,
 * therefore. */
static const char *const back_openers[] = {"Той", "Тя", "Те", "Но", "Освен това", "Затова", NULL};

/* Negations (see lang.h): not, there is no / will not; not "никога", "нищо", which go with "не". */
static const char *const negations[] = {"не", "няма", NULL};

const pc_lang pc_lang_bg = {
    .code = "bg",
    .name = "Bulgarian",
    .stemmer = NULL,
    .script = PC_LANG_CYRILLIC,
    .seg = PC_SEG_LOW9_QUOTES,
    .absent = "ыэёіїєґјљњћђџў",
    .future_words = future_words,
    .future_stems = future_stems,
    .back_openers = back_openers,
    .negations = negations,
};
