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

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from
 * Japanese: the labels of Japanese news sites (NHK, Asahi, Yomiuri, Nikkei;
 * "関連項目" is Wikipedia's): advertisement, photo / image / photography, related
 * article / related news / want to read with it / read on / related items, the
 * prompt's last words (please register / please follow: Japanese puts its verb
 * last), update / postscript, correction.  Not a prompt's opening "チャンネル登録"
 * (channel registration): written without a space, it also opens news of a
 * channel's "チャンネル登録者数" (subscriber count). */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"広告", NULL},
    .pictures = (const char *const[]){"写真", "画像", "撮影", NULL},
    .links = (const char *const[]){"関連記事", "関連ニュース", "関連項目", "あわせて読みたい",
                                   "合わせて読みたい", "続きを読む", NULL},
    .prompt_ends = (const char *const[]){"登録してください", "フォローしてください",
                                         "フォローお願いします", NULL},
    .updates = (const char *const[]){"更新", "追記", NULL},
    .corrections = (const char *const[]){"訂正", NULL},
};

const pc_lang pc_lang_ja = {
    .code = "ja",
    .name = "Japanese",
    .stemmer = NULL,
    .script = PC_LANG_KANA,
    .seg = PC_SEG_NO_SPACES,
    .back_openers = back_openers,
    .furniture = &furniture,
};
