/* Japanese. */
#include "lang/lang.h"

/* Openings that point back to an earlier sentence (see lang.h): but,
 * however, on the other hand, he, she, this, that, to this, to that; and
 * (session 30) "この", "その" (this, that, its: "この会", "その後"),
 * "これ", "それ" (this, that, in any case), "彼ら" (they), "また" (also),
 * "さらに" (moreover) and "同" (the same) before the noun it makes the one
 * named before: "同社", "同氏", "同市", "同町", "同村", "同県", "同国",
 * "同省", "同庁", "同党", "同署", "同日", "同年", "同月" (the company,
 * person, city, town, village, prefecture, country, ministry, agency,
 * party, police station, day, year, month); not "同" alone, which opens
 * other words too ("同盟", alliance). */
static const char *const back_openers[] = {
    "しかし", "だが", "一方",   "彼は", "彼女は", "これ", "それ", "この", "その",
    "彼ら",   "また", "さらに", "同社", "同氏",   "同市", "同町", "同村", "同県",
    "同国",   "同省", "同庁",   "同党", "同署",   "同日", "同年", "同月", NULL};

const pc_lang pc_lang_ja = {
    .code = "ja",
    .name = "Japanese",
    .stemmer = NULL,
    .script = PC_LANG_KANA,
    .seg = PC_SEG_NO_SPACES,
    .back_openers = back_openers,
};
