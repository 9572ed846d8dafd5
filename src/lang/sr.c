/* Serbian. */
#include "lang/lang.h"

/* Future cues (see lang.h): the clitic of the future ("ће посетити";
 * "посетиће" writes it glued to the verb: "-иће", "-ићемо", not "-аће",
 * which ends nouns, "плаће", "браће"), "сутра" (tomorrow), "следећи" and
 * "наредни" ("next"). */
static const char *const future_words[] = {"ће", "ћу", "ћемо", "ћете", "сутра", NULL};
static const char *const future_stems[] = {"следећ", "наредн", NULL};
static const char *const future_endings[] = {"иће", "ићемо", NULL};

/* Openings that point back to an earlier sentence (see lang.h): he, she, they, but, however, yet,
 * therefore, besides that, also, "that is"; not "То" and "Ово" alone, which are also "that" and
 * "this" before a noun. */
static const char *const back_openers[] = {"Он",        "Она",     "Оно",   "Они",  "Оне",
                                           "Али",       "Међутим", "Ипак",  "Зато", "Стога",
                                           "Осим тога", "Такође",  "То је", NULL};

/* Negations (see lang.h): not, there is no, the negated "to be" and "will" written as one word. */
static const char *const negations[] = {"не",    "нема", "није", "нисам", "ниси", "нисмо",
                                        "нисте", "нису", "неће", "нећу",  NULL};

const pc_lang pc_lang_sr = {
    .code = "sr",
    .name = "Serbian",
    .stemmer = "serbian",
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "ыэъёйщьюяіїєґѝў",
    .future_words = future_words,
    .future_stems = future_stems,
    .future_endings = future_endings,
    .back_openers = back_openers,
    .negations = negations,
};
