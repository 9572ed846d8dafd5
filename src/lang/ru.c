/* Russian. */
#include "lang/lang.h"

/* Abbreviations that do not end a sentence before a capitalised word or a
 * number (lowercase, without their period; strcmp order). */
static const char *const abbrevs[] = {
    "акад", "букв", "в",   "вв",   "г",   "гг", "гл",  "д",   "др", "им",   "кв",
    "коп",  "корп", "млн", "млрд", "обл", "ок", "пер", "пос", "пр", "проф", "род",
    "руб",  "св",   "см",  "ст",   "тыс", "ул", "ум",  "чел", NULL,
};

/* Future cues (see lang.h): the auxiliary "быть" in the future ("будет
 * решать"), "следующий" and "предстоящий" ("next", "upcoming") in their
 * inflections.  The future of perfective verbs ("посетит") has the form
 * of a present and no cue of its own: `tense` below tells it. */
static const char *const future_words[] = {"будет",  "будут",  "буду", "будем",
                                           "будете", "завтра", NULL};
static const char *const future_stems[] = {"следующ", "предстоящ", NULL};

/* The tenses (see lang.h, pc_lang_tense).  Present endings that also end
 * common nouns are left out: consonant + "ет" but "дет" ("бюджет", "совет",
 * "комитет", "кабинет"; "проведет"), "нёт"/"лёт"/"чёт" ("самолёт",
 * "отчёт"), "зит"/"цит"/"мит"/"бит"/"лит" ("визит", "дефицит", "лимит";
 * "убит", "разлит" are participles of the past), "нут"/"тут"/"рут"
 * ("минут", "институт", "маршрут"), "ат" but after ж ш ч щ ("депутат",
 * "результат").  A present ending is a verb's third person; the first
 * ("-ем", "-им") ends too many nouns and adjectives ("проблем", "режим"). */
static const char *const present[] = {
    "ает", "яет", "еет", "оет",  "ует",  "юет",  "дет",  "дёт",  "сёт",  "зёт",  "тёт",
    "аёт", "оёт", "уёт", "тит",  "вит",  "шит",  "рит",  "дит",  "чит",  "пит",  "жит",
    "нит", "сит", "дут", "гут",  "ают",  "яют",  "еют",  "оют",  "уют",  "ят",   "жат",
    "шат", "чат", "щат", "ется", "ётся", "ится", "ятся", "утся", "ются", "атся", NULL};
static const char *const past[] = {"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", NULL};
static const char *const joins[] = {"и", "а", "но", "или", NULL};
static const pc_lang_tense tense = {present, past, "аяеиыоуё", joins};

/* Openings that point back to an earlier sentence (see lang.h); a verb
 * of saying first has its subject in an earlier sentence (the language
 * leaves it out: "Dijo que ...", "He said that ...").  The possessives
 * "Его", "Её", "Ее", "Их" (his, her, their), "Поэтому" (therefore),
 * "Затем" (then) and "Тем" (of "Тем не менее", nevertheless; "Тем
 * временем", meanwhile) point back as English "his", "therefore", "then"
 * do (session 30).
 * Session 31: "Об этом" (about this: "Об этом сообщил ..."), "По его
 * словам" (according to him; her, their), "При этом" (at that, while
 * so) and "В связи с этим" (in this connection) point back as English
 * "according to him", "meanwhile" do; "Сообщается, что ..." (it is
 * reported that), a verb first with no subject, does not.  "Кроме" alone
 * is "besides" or "except" before what the sentence names ("Кроме
 * психотерапии, применяют ..."): only "Кроме того", "Кроме этого"
 * (besides that) point back. Session 35: "Один из них", "Одна из них" (one of them), a part of a
 * group named before, as English "One of them". */
static const char *const back_openers[] = {"Он",
                                           "Она",
                                           "Оно",
                                           "Они",
                                           "Но",
                                           "Однако",
                                           "Это",
                                           "Этот",
                                           "Эта",
                                           "Эти",
                                           "Также",
                                           "Кроме того",
                                           "Кроме этого",
                                           "Заявил",
                                           "Заявила",
                                           "Добавил",
                                           "Добавила",
                                           "Отметил",
                                           "Отметила",
                                           "Сказал",
                                           "Сказала",
                                           "Подчеркнул",
                                           "Подчеркнула",
                                           "Его",
                                           "Её",
                                           "Ее",
                                           "Их",
                                           "Поэтому",
                                           "Затем",
                                           "Тем",
                                           "Об этом",
                                           "По его словам",
                                           "По её словам",
                                           "По ее словам",
                                           "По их словам",
                                           "При этом",
                                           "В связи с этим",
                                           "Один из них",
                                           "Одна из них",
                                           NULL};

/* Negations (see lang.h): not, no (there is no); not "никогда", "ничего", which go with "не". */
static const char *const negations[] = {"не", "нет", NULL};

/* Page furniture (session 40; lang.h, pc_lang_furniture), written from
 * Russian: the labels of Russian news sites (RIA Novosti, TASS, Meduza,
 * Kommersant; "См. также" is Wikipedia's): advertisement, photo /
 * illustration, read also / see also / more / on the subject, subscribe,
 * update / addendum, correction. */
static const pc_lang_furniture furniture = {
    .ads = (const char *const[]){"Реклама", NULL},
    .pictures = (const char *const[]){"Фото", "Фотография", "Иллюстрация", NULL},
    .links = (const char *const[]){"Читайте также", "Читайте подробнее", "Смотрите также",
                                   "См. также", "Подробнее", "По теме", NULL},
    .prompts = (const char *const[]){"Подписывайтесь", "Подпишитесь", NULL},
    .updates = (const char *const[]){"Обновлено", "Обновление", "Дополнено", NULL},
    .corrections = (const char *const[]){"Исправление", "Поправка", NULL},
};

const pc_lang pc_lang_ru = {
    .code = "ru",
    .name = "Russian",
    .stemmer = "russian",
    .script = PC_LANG_CYRILLIC,
    .seg = 0,
    .absent = "іїєґјљњћђџѝў",
    .hard_sign_before = "еёюя",
    .abbrevs = abbrevs,
    .future_words = future_words,
    .future_stems = future_stems,
    .tense = &tense,
    .back_openers = back_openers,
    .negations = negations,
    .furniture = &furniture,
};
