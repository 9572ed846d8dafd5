/* Arabic. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence (without their period): د.
 * (doctor) before a name. */
static const char *const abbrevs[] = {"\xD8\xAF", NULL};
/* Future cues (see lang.h): the particle "سوف", "القادم(ة)" and
 * "المقبل(ة)" ("next"), and the prefix "س" with the person prefix of a verb
 * in the imperfect after "و" or "ف" ("وسيفتح", "وستعقد").  Not without "و"
 * or "ف", nor "سن": as many names and nouns begin so as verbs ("سيمون",
 * "سيطر", "ستريت", "سنوات"; half of such words in the Arabic UD sentences). */
static const char *const future_words[] = {"سوف",    "غدا",     "القادم", "القادمة",
                                           "المقبل", "المقبلة", NULL};
static const char *const future_prefixes[] = {"وسي", "وست", "فسي", "فست", NULL};

/* Openings that point back to an earlier sentence (see lang.h): but,
 * and but, and he, and she, he, she, as well as; and (session 30) "هذا",
 * "هذه" (this, masculine and feminine), "لكنه", "لكنها", "ولكنه", "ولكنها"
 * (but he, but she: the pronoun is written on "but"), "ثم" (then),
 * "كذلك" (likewise) and "إلا أن" (however).
 * Session 31: a verb of saying with "و" (and) and no subject, the
 * complementiser right after it ("وقال إن", "وأضافت أن": "and he said
 * that", "and she added that"; "وأشار إلى أن", "وأضاف قائلا"): its
 * speaker is in an earlier sentence, as Spanish "Dijo que".  The "و" that
 * opens most Arabic sentences does not point back alone: "وقال الوزير
 * إن" names its speaker.
 * Also (session 31): "ومع ذلك" (nevertheless), "لذلك" (therefore),
 * "بعد ذلك" (after that), "في هذا السياق", "في هذا الإطار", "في هذا
 * الصدد" (in this context), and a verb of saying right before its colon
 * ("وتقول:", "and she says:"), whose speaker is named before.
 * And "وبالتالي" (consequently), "نتيجة لذلك" (as a result), "علاوة على
 * ذلك", "إضافة إلى ذلك" (moreover, in addition; session 31). */
static const char *const back_openers[] = {"لكن",
                                           "ولكن",
                                           "وهو",
                                           "وهي",
                                           "هو",
                                           "هي",
                                           "كما",
                                           "هذا",
                                           "هذه",
                                           "لكنه",
                                           "لكنها",
                                           "ولكنه",
                                           "ولكنها",
                                           "ثم",
                                           "كذلك",
                                           "إلا أن",
                                           "وقال إن",
                                           "وقال أن",
                                           "وقالت إن",
                                           "وقالت أن",
                                           "وأضاف إن",
                                           "وأضاف أن",
                                           "وأضافت إن",
                                           "وأضافت أن",
                                           "وأكد إن",
                                           "وأكد أن",
                                           "وأكدت إن",
                                           "وأكدت أن",
                                           "وأوضح إن",
                                           "وأوضح أن",
                                           "وأوضحت إن",
                                           "وأوضحت أن",
                                           "وتابع إن",
                                           "وتابع أن",
                                           "وتابعت إن",
                                           "وتابعت أن",
                                           "واعتبر إن",
                                           "واعتبر أن",
                                           "واعتبرت إن",
                                           "واعتبرت أن",
                                           "وأشار إلى أن",
                                           "وأشارت إلى أن",
                                           "وأضاف قائلا",
                                           "وأضافت قائلة",
                                           "ومع ذلك",
                                           "لذلك",
                                           "ولذلك",
                                           "بعد ذلك",
                                           "وبعد ذلك",
                                           "في هذا السياق",
                                           "وفي هذا السياق",
                                           "في هذا الإطار",
                                           "وفي هذا الإطار",
                                           "وفي هذا الصدد",
                                           "وقال:",
                                           "وقالت:",
                                           "ويقول:",
                                           "وتقول:",
                                           "وأضاف:",
                                           "وأضافت:",
                                           "قال:",
                                           "قالت:",
                                           "يقول:",
                                           "تقول:",
                                           "وبالتالي",
                                           "ونتيجة لذلك",
                                           "نتيجة لذلك",
                                           "علاوة على ذلك",
                                           "وعلاوة على ذلك",
                                           "إضافة إلى ذلك",
                                           "وإضافة إلى ذلك",
                                           "بالإضافة إلى ذلك",
                                           "وبالإضافة إلى ذلك",
                                           NULL};

/* Negations (see lang.h): not (of the present, of the past, of the future), is not; alone and after
 * "و" (and). */
static const char *const negations[] = {"لا",  "لم",  "لن",  "ليس",  "ليست",
                                        "ولا", "ولم", "ولن", "وليس", NULL};

/* The definite article "ال" and the particles written before it: "و"
 * (and), "ف" (so), "ب" (with, in), "ك" (as); "لل" is "ل" (to, for) with
 * the article, its alef dropped.  Snowball's Arabic stemmer leaves the
 * article on some words and takes it off others ("المياه" -> "مياه" but
 * "مياه" -> "ميا"; "والوزير" stays whole): the water of one sentence and
 * the water of the next were two terms, and the redundancy test did not
 * see two sentences about it repeat each other.  Stripped before
 * stemming when three letters are left (lang.h, pc_lang_prefix): "الله"
 * and "التي" keep theirs. */
static const char *const articles[] = {"وال", "فال", "بال", "كال", "لل", "ال", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from Arabic:
 * the labels of Arabic news sites (Al Jazeera, Al Arabiya, BBC Arabic; "انظر
 * أيضا" is Wikipedia's): advertisement, picture / photography, read also (with
 * and without tanween and hamza) / read more / watch also / see also /
 * related, subscribe now / to subscribe / follow us, update, correction /
 * clarification.  Not "اشترك" alone, also "took part". */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"إعلان", NULL},
    .pictures = (const char *const[]){"صورة", "الصورة", "تصوير", "صور", NULL},
    .links = (const char *const[]){"اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً",
                                   "اقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "انظر أيضا",
                                   "انظر أيضاً", "ذات صلة", "أخبار ذات صلة", NULL},
    .prompts =
        (const char *const[]){"اشترك الآن", "للاشتراك في", "تابعونا على", "تابعنا على", NULL},
    .updates = (const char *const[]){"تحديث", NULL},
    .corrections = (const char *const[]){"تصحيح", "توضيح", NULL},
};

const pc_lang pc_lang_ar = {
    .code = "ar",
    .name = "Arabic",
    .stemmer = "arabic",
    .script = PC_LANG_ARABIC,
    .seg = 0,
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_prefixes = future_prefixes,
    .articles = articles,
    .back_openers = back_openers,
    .negations = negations,
    .furniture = &furniture,
};
