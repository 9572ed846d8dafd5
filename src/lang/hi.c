/* Hindi. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "डॉ",
    "प्रो",
    NULL,
};

/* Future cues (see lang.h): the endings of the future tense, the verb's
 * stem, a vowel sign and गा/गी/गे ("करेंगे", "जाएगा", "करूंगा"; not
 * "ोगी" alone, which ends "योगी", "सहयोगी"), and "होगा"/"होगी"/"होंगे". */
static const char *const future_words[] = {"होगा", "होगी", "होंगे",  "होंगी",
                                           "होगे",  "अगले",  "अगली", NULL};
static const char *const future_endings[] = {"ेगा",  "ेगी", "ेंगे",  "ेंगी", "एगा", "एगी", "एंगे",
                                             "एंगी", "ूंगा", "ूंगी", "ूँगा", "ूँगी",  "ोंगे",  NULL};

/* Openings that point back to an earlier sentence (see lang.h): he/they
 * (ergative), he (ergative), he, they, but, but, of this, this; and
 * (session 30) the possessives "उनके", "उनका", "उनकी", "उसके", "उसका",
 * "उसकी" (his, her, their, in the three forms that agree with what is
 * owned) and "इसलिए" (therefore).
 * Session 31: "ये" (these, they), "इससे", "इसमें", "इसका", "इसकी",
 * "इसे" (from, in, of this; it), "उससे", "उसे" (from him, him), "इस पर"
 * (on this), "इस बीच" (meanwhile), "हालांकि" (however, although),
 * "फिर भी" (still), "साथ ही" (along with this), "वहीं" (meanwhile, on
 * the other hand).  "इस" alone stays out: "इस साल" is "this year". */
static const char *const back_openers[] = {
    "उन्होंने", "उसने",    "वह",     "वे",      "लेकिन",   "परंतु",   "इसके",    "यह",
    "उनके",   "उनका",   "उनकी",   "उसके",    "उसका",   "उसकी",  "इसलिए",  "ये",
    "इससे",   "इसमें",    "इसका",   "इसकी",   "इसे",     "इस पर", "इस बीच", "उससे",
    "उसे",    "हालांकि", "हालाँकि", "फिर भी", "साथ ही", "वहीं",   NULL};

/* Negations (see lang.h): not, no, do not. */
static const char *const negations[] = {"नहीं", "न", "मत", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from Hindi:
 * the labels of Hindi news sites (BBC Hindi, Dainik Bhaskar, Amar Ujala,
 * Navbharat Times; "इन्हें भी देखें" is Wikipedia's): advertisement, photo
 * (both spellings) / picture / photo credit, read also / see also / read more
 * / related news, the prompt's last words: subscribe / follow (Hindi puts its
 * verb last), update, correction. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"विज्ञापन", NULL},
    .pictures =
        (const char *const[]){"फोटो", "फ़ोटो", "तस्वीर", "चित्र", "फोटो क्रेडिट", "फ़ोटो क्रेडिट", NULL},
    .links = (const char *const[]){"यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी देखें", "ये भी देखें",
                                   "इन्हें भी देखें", "और पढ़ें", "संबंधित खबरें", "संबंधित ख़बरें", NULL},
    .prompt_ends = (const char *const[]){"सब्सक्राइब करें", "फॉलो करें", "फ़ॉलो करें", NULL},
    .updates = (const char *const[]){"अपडेट", NULL},
    .corrections = (const char *const[]){"सुधार", NULL},
};

const pc_lang pc_lang_hi = {
    .code = "hi",
    .name = "Hindi",
    .stemmer = "hindi",
    .script = PC_LANG_DEVANAGARI,
    .seg = 0,
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_endings = future_endings,
    .back_openers = back_openers,
    .negations = negations,
    .furniture = &furniture,
};
