/* Ukrainian. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order; session 35): буд.
 * (building), вул. (street: "на вул. Городоцькій"), див. (see), ім.
 * (named after), кв. (flat), м. (city: "м. Київ"), напр. (e.g.), обл.
 * (province), пл. (square), просп. (avenue), проф., с. (village), смт
 * (town). */
static const char *const abbrevs[] = {"буд", "вул",   "див",  "кв", "м",   "напр", "обл",
                                      "пл",  "просп", "проф", "с",  "смт", "ім",   NULL};

/* Abbreviations that may end a sentence, going on only before a lowercase
 * word: грн. (hryvnias), млн., млрд. (million, billion), р. (year: "у 2025
 * р."), тис. (thousand). */
static const char *const enders[] = {"грн", "млн", "млрд", "р", "тис", NULL};

/* Future cues (see lang.h): the auxiliary "бути" in the future ("буде
 * вирішувати"), "завтра", "наступний" ("next") in its inflections, and
 * the synthetic future of imperfective verbs ("працюватиме",
 * "працюватимуть"); the perfective future ("відвідає") has the form of a
 * present: `tense` below tells it. */
static const char *const future_words[] = {"буде",   "будуть", "буду", "будемо",
                                           "будете", "завтра", NULL};
static const char *const future_stems[] = {"наступн", NULL};
static const char *const future_endings[] = {"тиме", "тимуть", "тимемо", NULL};

/* The tenses (see lang.h, pc_lang_tense), as in Russian: present endings
 * that end no common noun or adjective (consonant + "е" but "де":
 * "проведе", not "основне"; "ять" but after digits' "сять", "цять",
 * "'ять": "десять", "двадцять", "пам'ять"), the reflexive "-ться" (the
 * infinitive ends in "-тися"); the past in "в", "ла", "ли" after a
 * vowel, not after "і" ("Київ", "Харків", "Львів"). */
static const char *const present[] = {"ає",   "яє",   "ує",   "де",   "ить",  "уть",
                                      "ють",  "лять", "рять", "дять", "нять", "жать",
                                      "шать", "чать", "щать", "ться", NULL};
static const char *const past[] = {"в", "ла", "ло", "ли", "вся", "лася", "лося", "лися", NULL};
static const char *const joins[] = {"і", "й", "та", "а", "але", "або", NULL};
static const pc_lang_tense tense = {present, past, "аяиоуе", joins};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ..."). Session 35: "Один із них", "Одна з них" (one
 * of them), a part of a group named before, as English "One of them". */
static const char *const back_openers[] = {
    "Він",     "Вона",        "Вони",       "Але",        "Однак",       "Це",
    "Також",   "Заявив",      "Заявила",    "Додав",      "Додала",      "Сказав",
    "Сказала", "Один із них", "Одна з них", "Один з них", "Одна із них", NULL};

/* Negations (see lang.h): not, no (there is no); not "ніколи", "нічого", which go with "не". */
static const char *const negations[] = {"не", "немає", "нема", NULL};

const pc_lang pc_lang_uk = {
    .code = "uk",
    .name = "Ukrainian",
    .stemmer = NULL,
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .abbrevs = abbrevs,
    .enders = enders,
    .absent = "ыэъёјљњћђџѝў",
    .future_words = future_words,
    .future_stems = future_stems,
    .future_endings = future_endings,
    .tense = &tense,
    .back_openers = back_openers,
    .negations = negations,
};
