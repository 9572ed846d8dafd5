/* Language profiles: what each stage needs to know about a language, one
 * file per language (src/lang/<code>.c) listed in one table (langs.c), as a
 * method is one file of src/rank/ listed in methods.c.
 *
 * A profile is data, not code: the segmenter, the tokenizer's stopword test,
 * the stemmer and the cleaner read its fields.  A language without a file
 * gets the profile of its script (pc_lang_find falls back to "und"): Unicode
 * sentence terminators of every script, no stemmer, no stopwords. */
#ifndef PRECIS_LANG_LANG_H
#define PRECIS_LANG_LANG_H
#include <stddef.h>
#include <stdint.h>

/* Sentence rules a language adds to the ones every language shares. */
enum {
    /* ';' is the question mark (Greek; U+037E is folded to it by NFC). */
    PC_SEG_SEMICOLON_QUESTION = 1u << 0,
    /* A number followed by a period is an ordinal ("am 3. Oktober"): it ends
     * a sentence only before a word that may not follow an ordinal (de, cs,
     * and other languages that write ordinals so). */
    PC_SEG_ORDINAL_DOT = 1u << 1,
    /* The English abbreviation list (abbrev.inc) applies. */
    PC_SEG_ENGLISH_ABBREVS = 1u << 2,
    /* Words are not separated by spaces (zh, ja): a terminator needs no
     * white space after it. */
    PC_SEG_NO_SPACES = 1u << 3,
    /* Quotations open with „ or ‚ and close with “ or ‘ (de, cs). */
    PC_SEG_LOW9_QUOTES = 1u << 4,
    /* Closing quotes follow a space ("bête ! \" Les", fr): a straight quote
     * between a terminator and the next word closes the sentence (elsewhere,
     * in tokenised text, it opens the next one). */
    PC_SEG_SPACED_CLOSERS = 1u << 5,
    /* Nouns are capitalised (de): a capitalised word after ';' is no sign
     * of a new sentence, even when it is also a function word ("die Box;
     * Die Mitarbeiter", where "Die" may be an article of a noun phrase that
     * continues the sentence). */
    PC_SEG_NOUN_CAPITALS = 1u << 6,
    /* the alphabet pairs i with the dotted capital İ and ı with I (Turkish):
     * a display capitalised from a lower-case `i` opens with İ */
    PC_SEG_DOTTED_I = 1u << 7,
};

/* The script a language is written in (what identification looks at
 * first). */
typedef enum pc_script {
    PC_LANG_OTHER = 0,
    PC_LANG_LATIN,
    PC_LANG_CYRILLIC,
    PC_LANG_GREEK,
    PC_LANG_ARMENIAN,
    PC_LANG_HEBREW,
    PC_LANG_ARABIC,
    PC_LANG_DEVANAGARI,
    PC_LANG_TAMIL,
    PC_LANG_THAI,
    PC_LANG_HANGUL,
    PC_LANG_KANA, /* Japanese: kana, with Han characters */
    PC_LANG_HAN,
    PC_LANG_SCRIPTS
} pc_script;

/* Endings that tell a verb's tense in a Slavic language (see pc_lang's
 * `tense`), case folded, NULL-terminated:
 *   present: endings of the third person of the present form, after at
 *     least two letters, only those that end no common noun (Russian
 *     "-ит" but not "-зит", "-цит", "-мит": "визит", "дефицит", "лимит";
 *     "-ат" only after ж ш ч щ: "решат", not "депутат"), and the
 *     reflexive forms ("-ится", "-ется": "состоится");
 *   past: endings of the past tense ("л", "ла", "ли", "лся"), after a
 *     letter of past_after (a vowel: "был", "посетил"), the word of at
 *     least two letters before the ending;
 *   joins: words that join clauses or phrases ("и", "а", "но"): a verb
 *     form past one of them counts only when none is nearer. */
typedef struct pc_lang_tense {
    const char *const *present;
    const char *const *past;
    const char *past_after;
    const char *const *joins;
} pc_lang_tense;

/* Page furniture in a language's own words (session 40; src/lang/furniture.c):
 * the labels a news page of the language writes around its article, each
 * list NULL-terminated or NULL, written as pages write them (their first
 * letter a capital; ASCII letters match in any case, other letters as
 * written).  English has none: its furniture rules are text/boilerplate.c's.
 *   ads: an advertisement's label ("Anzeige", "Publicidad"), furniture
 *     when it stands alone or before another label of the table;
 *   pictures: a picture's credit label ("Foto", "Фото"), before a colon;
 *   links: a link's label ("Lesen Sie auch", "Читайте также"), before a
 *     colon or alone: the label and its headline are furniture;
 *   prompts: the imperative that opens a subscription or follow prompt
 *     ("Abonnieren Sie", "Suscríbete"); prompt_ends: the one that ends
 *     it, in a language that puts its verb last (Hindi, Japanese);
 *   updates: an update note's label ("Aktualisierung"), before a colon:
 *     the label is furniture, the note stays;
 *   corrections: a correction note's label ("Korrektur"), before a colon:
 *     the note, which speaks of the page, is furniture. */
typedef struct pc_lang_furniture {
    const char *const *ads;
    const char *const *pictures;
    const char *const *links;
    const char *const *prompts;
    const char *const *prompt_ends;
    const char *const *updates;
    const char *const *corrections;
} pc_lang_furniture;

typedef struct pc_lang {
    const char *code;    /* ISO 639-1 ("en"), or "und" for the fallback */
    const char *name;    /* English name ("English") */
    const char *stemmer; /* libstemmer algorithm ("english") or NULL */
    pc_script script;
    unsigned seg; /* PC_SEG_* */
    /* Abbreviations that do not end a sentence before a capitalised word,
     * lowercase, without their final period ("dr", "z.b", "т.е"), sorted by
     * strcmp; NULL-terminated.  May be NULL. */
    const char *const *abbrevs;
    /* Abbreviations that may end a sentence ("usw", "atd": "etc."), so
     * that only a lowercase word after them goes on with it; same form.
     * May be NULL. */
    const char *const *enders;
    /* Letters of its script that its alphabet lacks (lower case, UTF-8),
     * or NULL: a text that writes them twice or more is not in this
     * language (Russian has no "і", Ukrainian no "ы", Bulgarian neither).
     * Set for the Cyrillic profiles, whose alphabets differ by design and
     * whose texts transliterate foreign names. */
    const char *absent;
    /* Cyrillic: the letters before which alone its alphabet writes "ъ"
     * (Russian "еёюя": the separating hard sign of "объект", "съезд"), or
     * NULL: a "ъ" before anything else (Bulgarian "във", "Лувър",
     * "прокурорът", where it is a vowel) counts as a letter of `absent`. */
    const char *hard_sign_before;
    /* A language without a stemmer whose words take one-letter prefixes:
     * those letters (UTF-8), the first a conjunction that may stand before
     * one of the others (Hebrew "והבל"), or NULL (see pc_lang_prefix). */
    const char *prefixes;
    /* A definite article glued to the word, with the particles written
     * before it, that the stemmer removes from some words and not from
     * others (Snowball's Arabic: "مياه" and "المياه" are two stems), longest
     * first, NULL-terminated; or NULL (see pc_lang_prefix). */
    const char *const *articles;
    /* Particles a language without a stemmer glues after its nouns (Korean
     * case markers, "부산의", "다리를"), longest first, NULL-terminated; or
     * NULL (see pc_lang_particle). */
    const char *const *particles;
    /* Cues that a sentence speaks of the future, for the timeline: its
     * weekdays and months without a year are then the next ones, not the
     * last ("visitará el martes", "wird am Dienstag", "θα ... την Τρίτη").
     * English has its own in digest/timeline.c.  Case folded,
     * NULL-terminated, each may be NULL:
     *   future_words: whole words, auxiliaries and particles ("wird",
     *     "θα", "будет", "سوف");
     *   future_stems: beginnings of words, "next" in its inflections
     *     ("nächst", "próxim", "следующ");
     *   future_endings: endings of the future tense of verbs, after at
     *     least two letters, in a word without a capital ("rá" of
     *     "visitará", "ranno", "ेंगे" of "करेंगे");
     *   future_prefixes: beginnings of future verb forms before at least
     *     two letters (Arabic "وس" and the person prefix, "وسي" of
     *     "وسيفتح"), not in a word ending in ة (a noun) nor with "ا"
     *     after the prefix ("وسيارة", "وسياسة"). */
    const char *const *future_words;
    const char *const *future_stems;
    const char *const *future_endings;
    const char *const *future_prefixes;
    /* The tenses of a language whose perfective verbs say the future in
     * the form of a present, with no cue of their own (Russian "посетит во
     * вторник", "will visit on Tuesday"; Ukrainian "відвідає"), or NULL.
     * A weekday or month is to come when the verb form nearest to it in
     * its clause has a present ending (digest/timeline.c). */
    const struct pc_lang_tense *tense;
    /* Words that, opening a sentence, point back to an earlier one (its
     * personal pronouns, demonstratives, "but", "however"), as written
     * there (capitalised); NULL-terminated or NULL.  A sentence opening so
     * is chosen for a summary only right after the sentence before it
     * (model/standalone.c), as English "He", "But" are.  In Chinese and
     * Japanese, which write no spaces, the sentence's first characters. */
    const char *const *back_openers;
    /* Openings that begin with one of back_openers but name what they
     * speak of (Greek "Η ίδια η Επιτροπή", "the Commission itself": the
     * emphatic "ίδιος" before an article and its noun); NULL-terminated or
     * NULL. */
    const char *const *back_not;
    /* Demonstratives that point back when they follow the sentence's
     * first noun (Greek "Οι διατάξεις αυτές", Hebrew "החוק הזה": "these
     * provisions", "this law"), and the articles one of which must then
     * open the sentence (Greek: the demonstrative is its third word), or
     * NULL (Hebrew, whose article is a prefix: its second word); each
     * NULL-terminated or NULL. */
    const char *const *back_after;
    const char *const *back_articles;
    /* Demonstratives of back_openers that a time word after them makes
     * deictic, pointing to the present rather than back ("Cette semaine",
     * "Ce lundi", "Dieses Jahr": this week, this Monday, this year, as
     * English "This year" is), and the language's time words besides its
     * weekdays and months (pc_lang_weekday, pc_lang_month); each
     * NULL-terminated or NULL. */
    const char *const *deictic;
    const char *const *time_words;
    /* Words that negate a statement ("nicht", "kein", "не", "لا"), case
     * folded, whole words; NULL-terminated or NULL.  Only the words that
     * carry the negation alone: in a language that negates twice ("no ...
     * nada", "не ... никогда"), the particle only, and none of the words
     * that are also something else (Portuguese "no" is "in the").  Counted
     * by pc_reversal_words_in (text/words.h), which tells two sentences
     * that share their words but say opposite things.  NULL (no word
     * counted) in a language that negates by a verb's prefix or ending
     * (cs, lt, ko, ja) or writes no spaces (zh). */
    const char *const *negations;
    /* Articles, pronouns and prepositions the language elides before a
     * vowel and joins to the next word with an apostrophe ("l'", "d'",
     * "qu'" in French; "dell'", "un'" in Italian), case folded, without
     * the apostrophe; NULL-terminated or NULL.  The word after the
     * apostrophe is the term ("d'euros" is "euros", as "euros" alone):
     * pc_lang_elision. */
    const char *const *elisions;
    /* The page furniture of its news pages (above), or NULL. */
    const pc_lang_furniture *furniture;
} pc_lang;

/* Page furniture of language l (l->furniture) that opens the sentence
 * s[0..len), to be split off its front: an update note's label with its
 * colon, a picture's label and a credit whose end shows (before a
 * capitalised function word of the language: "Foto: dpa/Ana Lind Der
 * Stadtrat ..."), an advertisement's label before another label.  Returns
 * the byte length of the front (with its separators), less than len, or 0.
 * docs/languages.md, "Page furniture in other languages". */
size_t pc_lang_furniture_prefix(const pc_lang *l, const char *s, size_t len);

/* Whether the sentence s[0..len) of language l is page furniture whole: an
 * advertisement's label alone, a link's label with its headline (at most
 * PC_LANG_LINK_WORDS words), a picture's label with its credit (at most
 * PC_LANG_CREDIT_WORDS), a subscription prompt (at most
 * PC_LANG_PROMPT_WORDS, no quotation mark), a correction note.  In a
 * language written without spaces, twice as many characters as words. */
int pc_lang_furniture_sentence(const pc_lang *l, const char *s, size_t len);
#define PC_LANG_LINK_WORDS 16
#define PC_LANG_CREDIT_WORDS 12
#define PC_LANG_PROMPT_WORDS 40

/* The number of bytes of the elided word and its apostrophe (' or U+2019)
 * that open the word text[start..end) in language l ("l'" of "l'Élysée",
 * "dell'" of "dell'acqua"), when letters follow; 0 otherwise.  *letters
 * receives the elided word's letters: the folded form of the word
 * (text/tokenize.h, apostrophes removed) opens with as many bytes of it. */
size_t pc_lang_elision(const pc_lang *l, const char *text, size_t start, size_t end,
                       size_t *letters);

/* The profile of the language `code` (ISO 639-1, case-insensitive, a region
 * suffix "pt-BR" or "pt_BR" ignored); the fallback profile ("und") for NULL,
 * "" or a language without a profile.  Never NULL. */
const pc_lang *pc_lang_find(const char *code);

/* 1 if the language has a profile of its own. */
int pc_lang_known(const char *code);

/* 1 if the case-folded word w[0..n) is a stopword (a function word) of
 * `lang`: src/lang/stopwords.inc, generated by tools/make_lang_stopwords.py
 * (English: the project's own list; the others: stopwords-iso). */
int pc_lang_is_stopword(const pc_lang *lang, const char *w, size_t n);

/* Identifies the language of text[0..len) (UTF-8): the script of most of
 * its letters, then, among the profiles of that script, the one whose
 * stopwords the text uses most (each stopword counting 1/k when k
 * languages share it), read over the first words only (at most
 * PC_LANG_ID_BYTES bytes), among the profiles whose alphabet has the
 * letters the text writes (src/lang/letters.inc; docs/languages.md,
 * "Identification").  A script with one profile (Greek, Hebrew,
 * Hangul, ...) decides alone; Han text with kana is Japanese.  Returns the
 * fallback profile when there are no letters, or no stopword decides. */
#define PC_LANG_ID_BYTES 6000
const pc_lang *pc_lang_identify(const char *text, size_t len);

/* What identification read of a document, for deciding with the other
 * documents of its cluster (pc_lang_agree; docs/languages.md, "One story,
 * one language"): the language named, whether that naming is firm, and for
 * a Latin-script text its words, its stopwords of each profile (each
 * counted whole) and the words that write a letter each profile's alphabet
 * lacks. */
typedef struct pc_lang_evidence {
    const pc_lang *lang;
    uint8_t script;  /* pc_script of most of its letters */
    uint8_t firm;    /* 1: the text alone decides (see pc_lang_agree) */
    uint8_t counted; /* 1: words, foreign, hits and lacking are filled */
    uint32_t words, foreign;
    uint16_t hits[64], lacking[64];
} pc_lang_evidence;
const pc_lang *pc_lang_identify_ev(const char *text, size_t len, pc_lang_evidence *ev);

/* The one language that every firmly named Latin-script document of a
 * cluster shares (`und` counted as one), or none (lang NULL): `mixed`
 * once two differ, since documents of truly different languages (a
 * cluster may mix them, issue 18) leave a weak document as it was named.
 * pc_lang_firm_add folds in one more document's evidence. */
typedef struct pc_lang_firm {
    const pc_lang *lang;
    int mixed;
} pc_lang_firm;
void pc_lang_firm_add(const pc_lang_evidence *ev, pc_lang_firm *f);

/* The language a document of evidence d takes in a cluster whose firm
 * documents share language f (pc_lang_firm.lang; NULL: none): its own, or,
 * when it is weakly named (fewer than 20 words, or fewer than a quarter
 * of them stopwords of the language named and letters that do not speak
 * for it), f, unless its own stopwords or letters contradict f
 * (docs/languages.md, "One story, one language"). */
const pc_lang *pc_lang_agree(const pc_lang_evidence *d, const pc_lang *f);

/* Month and weekday names and number separators (src/lang/dates.c, from
 * CLDR through tools/make_lang_dates.c; English: text/words.c's names). */
typedef struct pc_lang_date_word {
    const char *name; /* case folded, without a final period */
    int kind;         /* 0 month, 1 weekday */
    int value;        /* month 1..12, weekday 0 (Monday)..6 */
} pc_lang_date_word;
typedef struct pc_lang_numbers {
    const char *decimal, *group; /* UTF-8 */
} pc_lang_numbers;

/* The month 1..12 that the word s[0..n) names in `lang` (any case, a final
 * period ignored: "mars", "März", "марта", "Μαρτίου"), 0 when none; always
 * 0 for English and the fallback profile. */
int pc_lang_month(const pc_lang *lang, const char *s, size_t n);

/* The weekday 0 (Monday)..6 that the word names in `lang`, -1 when none. */
int pc_lang_weekday(const pc_lang *lang, const char *s, size_t n);

/* The weekday that the two words a b name together in `lang`, -1 when
 * none: CLDR writes some as two ("יום ראשון", Sunday, also with Hebrew's
 * prefixes: "ביום ראשון", "on Sunday"). */
int pc_lang_weekday2(const pc_lang *lang, const char *a, size_t an, const char *b, size_t bn);

/* The decimal and grouping separators of numbers in Latin digits in `lang`
 * (UTF-8; "," and "\xE2\x80\xAF" in French); "." and "," for English and
 * the fallback profile.  Never NULL. */
const pc_lang_numbers *pc_lang_number_format(const pc_lang *lang);

/* Number words (src/lang/numbers.c, from CLDR's spell-out rules through
 * tools/make_lang_numbers.c). */
typedef struct pc_lang_number_word {
    const char *term, *digits; /* a term as precis makes it; its value */
    uint32_t len, hash;        /* the term's length and pc_fnv1a (model/vocab.h, pc_hash) */
} pc_lang_number_word;

/* All the number words of `lang` ("three" "3", "twenti" "20", Russian
 * "трех" "3"; each term folded and stemmed as the tokenizer and the
 * profile's stemmer make it), sorted by term; *n of them (0 and NULL when
 * it has none, as for languages written without spaces). */
const pc_lang_number_word *pc_lang_number_list(const struct pc_lang *lang, size_t *n);

/* The bytes of w[0..n) (a folded word) that are a prefix of lang's
 * `prefixes` to leave out of its term: one of them, or the first and one
 * other (Hebrew "ו" "and", then "ב" "in"), when three letters or more
 * remain ("בירושלים" and "ירושלים" are one term); or one of its
 * `articles` when three letters or more remain (Arabic "المياه" and
 * "مياه", "والوزير" and "وزير"); 0 when lang has none or none applies. */
size_t pc_lang_prefix(const pc_lang *lang, const char *w, size_t n);

/* The bytes at the end of w[0..n) (a folded word) that are one of lang's
 * `particles` to leave out of its term, when two letters (Hangul
 * syllables) or more remain ("다리를" and "다리가" are the term "다리",
 * "국가", nation, keeps its "가"); 0 when lang has none or none applies. */
size_t pc_lang_particle(const pc_lang *lang, const char *w, size_t n);

/* Profiles in the table (tests, --list-languages). */
size_t pc_lang_count(void);
const pc_lang *pc_lang_at(size_t i);

/* The fallback profile, and English (the profile of the English-only
 * entry points). */
extern const pc_lang pc_lang_und;
extern const pc_lang pc_lang_en;
#endif
