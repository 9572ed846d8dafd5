/* Korean. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): he, she, they with their topic and
 * subject particles ("그는": "그" alone is also "that" before a noun), this (the pronoun "이" with
 * a particle: "이는", "이에"), but, however, so, therefore, also, and saying so. */
static const char *const back_openers[] = {
    "그는",   "그가",   "그녀는", "그녀가", "그들은", "그들이", "이는",     "이에",
    "하지만", "그러나", "그런데", "그래서", "따라서", "또한",   "그러면서", NULL};

/* Case and topic particles glued after nouns (josa), longest first (lang.h,
 * pc_lang_particle; session 35): topic 은 는, subject 이 가, object 을 를,
 * genitive 의, locative and dative 에 에서 에게, instrumental 로 으로,
 * comitative 와 과, "also" 도, "only" 만, "until" 까지, "from" 부터, "than"
 * 보다, "like" 처럼, and their pairs (에서는, 에는, 에도, 으로는).  Verb
 * endings are left on: they end no noun's term. */
static const char *const particles[] = {
    "에서는", "에게서", "으로는", "에서도", "에게는", "까지는", "부터는", "에서",
    "에게",   "으로",   "까지",   "부터",   "보다",   "처럼",   "에는",   "에도",
    "와는",   "과는",   "은",     "는",     "이",     "가",     "을",     "를",
    "의",     "에",     "로",     "와",     "과",     "도",     "만",     NULL};

const pc_lang pc_lang_ko = {
    .code = "ko",
    .name = "Korean",
    .stemmer = NULL,
    .script = PC_LANG_HANGUL,
    .seg = 0,
    .back_openers = back_openers,
    .particles = particles,
};
