/* Hebrew. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a word (without their
 * period; strcmp order): "פרופ." (professor). */
static const char *const abbrevs[] = {"פרופ", NULL};

/* Openings that point back to an earlier sentence (see lang.h).
 * Session 31: "לדבריו", "לדבריה", "לדבריהם" (according to him, her,
 * them), "לכן" (therefore), "עם זאת" (nevertheless), "בנוסף" (in
 * addition), "כמו כן" (likewise).
 * Also (session 31, read off the pseudo-clusters' summaries): "וכעת" (and
 * now), "על כך" (about this), "אכן", "ואכן" (indeed), "הרי" (after all),
 * "ובכן" (well, so), "כך", "וכך" (thus), and the pronouns "זה", "זו",
 * "זהו", "זוהי", "וזה", "אלה" (this, this is, these): Hebrew puts its
 * demonstrative determiner after the noun, so one that opens the sentence
 * stands alone.
 * And a verb of saying right before "כי" (that), no subject between
 * ("הוסיף כי ...", "he added that"; "הוסיף השר כי" names him: session
 * 31).
 * And the connectives "אך" (but), "או" (or), "אלא" (but rather), "גם"
 * (also; not "גם אם", even if: back_not), as English "but", "or",
 * "also" (session 31).
 * And "בהתאם לכך" (accordingly), "בהקשר לכך", "בהקשר זה" (in this
 * context), "לאור זאת" (in light of this), "כתוצאה מכך" (as a result),
 * "בעקבות זאת" (following this; session 31). */
static const char *const back_openers[] = {
    "הוא",       "היא",      "הם",        "אבל",        "אולם",       "לדבריו",   "לדבריה",
    "לדבריהם",   "לכן",      "עם זאת",    "בנוסף",      "כמו כן",     "וכעת",     "ועל כך",
    "על כך",     "ואכן",     "אכן",       "הרי",        "זהו",        "זוהי",     "זה",
    "זו",        "אלה",      "כך",        "וכך",        "וזה",        "ובכן",     "אמר כי",
    "אמרה כי",   "הוסיף כי", "הוסיפה כי", "ציין כי",    "ציינה כי",   "הדגיש כי", "הדגישה כי",
    "מסר כי",    "מסרה כי",  "אך",        "או",         "אלא",        "גם",       "בהתאם לכך",
    "בהקשר לכך", "בהקשר זה", "לאור זאת",  "כתוצאה מכך", "בעקבות זאת", NULL};

/* The demonstratives that follow their noun, with the article "ה" ("החוק
 * הזה", "הבחירות האלה": this law, these elections) or without it, as
 * written Hebrew has them ("מגמה זו", "בתקופה זו", "לעומת זאת": this
 * trend, in this period, on the other hand): the sentence's second word
 * (session 31). */
static const char *const back_after[] = {"הזה",  "הזאת", "הזו", "האלה", "האלו",
                                         "ההוא", "ההיא", "ההם", "ההן",  "זה",
                                         "זו",   "זאת",  "אלה", "אלו",  NULL};
/* "בימים אלה" (these days) is now; "אין זה" (it is not) and "גם אם" (even
 * if) look ahead, not back (session 31).  "זה עתה" (just now), "זה מכבר"
 * (long since), "זה שנים" (for years), "זה זמן" (for some time) are
 * adverbs of time, and "לכל אלה", "לכל אלו" (to all those [who]) point
 * ahead to the clause that follows: none refers to an earlier sentence
 * (session 31's review, read on the UD pseudo-clusters). */
static const char *const back_not[] = {"בימים אלה", "אין זה", "גם אם",   "זה עתה",  "זה מכבר",
                                       "זה שנים",   "זה זמן", "לכל אלה", "לכל אלו", NULL};

/* Negations (see lang.h): not, there is no, is not (in its forms). */
static const char *const negations[] = {"לא", "אין", "אינו", "אינה", "אינם", "אינן", NULL};

const pc_lang pc_lang_he = {
    .code = "he",
    .name = "Hebrew",
    .stemmer = NULL,
    .script = PC_LANG_HEBREW,
    .seg = 0,
    .abbrevs = abbrevs,
    .back_openers = back_openers,
    .back_after = back_after,
    .back_not = back_not,
    /* "ו" and, "ה" the, "ב" in, "ל" to, glued to the next word
     * ("ובירושלים"): not "מ" "ש" "כ", which begin too many roots
     * ("משבר", "שמונה", "כלבה"); docs/languages.md */
    .prefixes = "והבל",
    .negations = negations,
};
