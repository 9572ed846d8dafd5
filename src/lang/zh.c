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

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from
 * Chinese: the labels of Chinese news sites (Xinhua, People's Daily, BBC 中文,
 * 联合早报; "参见" is Wikipedia's), simplified and traditional: advertisement,
 * picture source / picture / photo / photography, related / further /
 * recommended reading, related news, read more, scan to follow / subscribe /
 * follow us, update, correction / errata. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"广告", "廣告", NULL},
    .pictures = (const char *const[]){"图片来源", "圖片來源", "图片", "圖片", "照片", "摄影",
                                      "攝影", "图", "圖", NULL},
    .links = (const char *const[]){"相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读",
                                   "推薦閱讀", "相关新闻", "相關新聞", "阅读更多", "閱讀更多",
                                   "参见", "參見", NULL},
    .prompts =
        (const char *const[]){"扫码关注", "掃碼關注", "点击订阅", "點擊訂閱", "订阅我们",
                              "訂閱我們", "关注我们", "關注我們", "欢迎关注", "歡迎關注", NULL},
    .updates = (const char *const[]){"更新", NULL},
    .corrections = (const char *const[]){"更正", "勘误", "勘誤", NULL},
};

const pc_lang pc_lang_zh = {
    .code = "zh",
    .name = "Chinese",
    .stemmer = NULL,
    .script = PC_LANG_HAN,
    .seg = PC_SEG_NO_SPACES,
    .back_openers = back_openers,
    .furniture = &furniture,
};
