/* Language identification (pc_lang_identify) and the stopword test of every
 * profile (pc_lang_is_stopword), both over one table of the stopwords of all
 * languages.
 *
 * Why not libexttextcat or CLD2 (both in Debian): CLD2 has only a C++ API
 * and the library is C11; libexttextcat (C, BSD) reads 160 n-gram files at
 * start-up, 64 M instructions per process, three times what summarizing a
 * 10,000-word cluster costs.  Telling languages apart by their function
 * words (Grefenstette 1995; Cavnar and Trenkle's n-grams do better only on
 * a line or two) needs no more than the stopword lists the profiles carry
 * anyway: bench/langid.sh compares both on the UD paragraphs.  Where
 * function words are few (a headline, a Czech sentence of nouns), the
 * letters beyond ASCII a text writes rule out the languages whose alphabet
 * lacks them (CLDR's, src/lang/letters.inc). */
#include "lang/lang.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

#include "util/hash.h"

#include "lang/letters.inc"
#include "lang/stopwords.inc"

#define SLOTS 32768 /* a power of two, over twice the distinct stopwords */
static const char *slot_word[SLOTS];
static uint8_t slot_len[SLOTS];
static uint64_t slot_mask[SLOTS]; /* bit i: a stopword of pc_lang_at(i) */
static pthread_once_t once = PTHREAD_ONCE_INIT;

_Static_assert(sizeof stopword_lists / sizeof *stopword_lists < 64, "one mask bit a language");

static size_t probe(const char *w, size_t n)
{
    size_t j = pc_fnv1a(w, n) & (SLOTS - 1);
    while (slot_word[j] && !(slot_len[j] == n && memcmp(slot_word[j], w, n) == 0))
        j = (j + 1) & (SLOTS - 1);
    return j;
}

/* The letters of lang_letters: bit i of has[cp] when pc_lang_at(i)'s
 * alphabet has the letter cp (every letter of the table is below
 * U+0980: Latin, Cyrillic, Hebrew, Arabic, Devanagari); `lettered`: the
 * profiles the table lists. */
#define LETTERS 0x980
static uint64_t has[LETTERS];
static uint64_t lettered;
static pthread_once_t letters_once = PTHREAD_ONCE_INIT;

static void build_unprofiled(void);

static void build_letters(void)
{
    for (size_t i = 0; i < pc_lang_count() && i < 64; i++)
        for (size_t k = 0; k < sizeof lang_letters / sizeof *lang_letters; k++) {
            if (strcmp(lang_letters[k].code, pc_lang_at(i)->code))
                continue;
            lettered |= (uint64_t)1 << i;
            const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)lang_letters[k].letters;
            utf8proc_int32_t cp;
            for (utf8proc_ssize_t r; *p && (r = utf8proc_iterate(p, -1, &cp)) > 0; p += r)
                if (cp < LETTERS)
                    has[cp] |= (uint64_t)1 << i;
        }
    build_unprofiled();
}

/* The profiles whose alphabet has the letter cp (lower case). */
static uint64_t has_letter(utf8proc_int32_t cp)
{
    return cp >= 0 && cp < LETTERS ? has[cp] : 0;
}

/* The alphabets of unprofiled_letters (languages without a profile): bit q
 * of q_has[cp] when unprofiled_letters[q] has the letter cp; bit q of
 * q_only[i] when the alphabet of unprofiled_letters[q] has a letter
 * pc_lang_at(i)'s lacks, of p_only[i] when pc_lang_at(i)'s has one that
 * unprofiled_letters[q] lacks. */
#define UNPROFILED (sizeof unprofiled_letters / sizeof *unprofiled_letters)
_Static_assert(UNPROFILED <= 8, "one bit an unprofiled alphabet");
static uint8_t q_has[LETTERS];
static uint8_t q_only[64], p_only[64];

static void build_unprofiled(void)
{
    for (size_t q = 0; q < UNPROFILED; q++) {
        const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)unprofiled_letters[q].letters;
        utf8proc_int32_t cp;
        for (utf8proc_ssize_t r; *p && (r = utf8proc_iterate(p, -1, &cp)) > 0; p += r)
            if (cp < LETTERS)
                q_has[cp] |= (uint8_t)(1u << q);
    }
    /* only the letters some alphabet has, and per profile by its bit */
    for (utf8proc_int32_t cp = 0x80; cp < LETTERS; cp++) {
        if (!has[cp] && !q_has[cp])
            continue;
        for (size_t q = 0; q < UNPROFILED; q++) {
            int in_q = q_has[cp] >> q & 1;
            uint8_t *to = in_q ? q_only : p_only;
            for (uint64_t m = in_q ? lettered & ~has[cp] : has[cp]; m; m &= m - 1)
                to[__builtin_ctzll(m)] |= (uint8_t)(1u << q);
        }
    }
}

/* The unprofiled alphabets that have the letter cp (lower case); beyond
 * the table (Welsh ẁ ẃ ẅ ỳ, U+1E80..), read from the strings. */
static unsigned unprofiled_has(utf8proc_int32_t cp)
{
    if (cp >= 0 && cp < LETTERS)
        return q_has[cp];
    utf8proc_uint8_t enc[5] = {0};
    if (cp < 0 || utf8proc_encode_char(cp, enc) <= 0)
        return 0;
    unsigned m = 0;
    for (size_t q = 0; q < UNPROFILED; q++)
        if (strstr(unprofiled_letters[q].letters, (const char *)enc))
            m |= 1u << q;
    return m;
}

static void build(void)
{
    for (size_t i = 0; i < pc_lang_count() && i < 64; i++) {
        const pc_lang *l = pc_lang_at(i);
        for (size_t k = 0; k < sizeof stopword_lists / sizeof *stopword_lists; k++) {
            if (strcmp(stopword_lists[k].code, l->code))
                continue;
            for (size_t m = 0; m < stopword_lists[k].count; m++) {
                const char *w = stopword_lists[k].words[m];
                size_t n = strlen(w), j = probe(w, n);
                slot_word[j] = w;
                slot_len[j] = (uint8_t)n;
                slot_mask[j] |= (uint64_t)1 << i;
            }
        }
    }
}

/* The languages whose stopword w[0..n) is, as a mask of profile indices. */
static uint64_t mask_of(const char *w, size_t n)
{
    pthread_once(&once, build);
    if (n == 0 || n > 255)
        return 0;
    size_t j = probe(w, n);
    return slot_word[j] ? slot_mask[j] : 0;
}

static size_t index_of(const pc_lang *lang)
{
    for (size_t i = 0; i < pc_lang_count(); i++)
        if (pc_lang_at(i) == lang)
            return i;
    return SIZE_MAX;
}

/* w[0..n) without the accents of Greek lower-case vowels (tonos,
 * dialytika) in out; 0 when it has none. */
static size_t greek_unaccented(const char *w, size_t n, char *out)
{
    int any = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)w[k], b = k + 1 < n ? (unsigned char)w[k + 1] : 0;
        out[k] = (char)a;
        if (a == 0xCE && ((b >= 0xAC && b <= 0xB0) || b == 0x90)) {
            /* ά έ ή ί ΰ ΐ -> α ε η ι υ ι */
            static const unsigned char to[] = {0xB1, 0xB5, 0xB7, 0xB9, 0x85};
            unsigned char t = b == 0x90 ? 0xB9 : to[b - 0xAC];
            out[k] = (char)(t == 0x85 ? 0xCF : 0xCE);
            out[++k] = (char)t;
            any = 1;
        } else if (a == 0xCF && b >= 0x8A && b <= 0x8E) {
            /* ϊ ϋ ό ύ ώ -> ι υ ο υ ω */
            static const unsigned char lead[] = {0xCE, 0xCF, 0xCE, 0xCF, 0xCF};
            static const unsigned char to[] = {0xB9, 0x85, 0xBF, 0x85, 0x89};
            out[k] = (char)lead[b - 0x8A];
            out[++k] = (char)to[b - 0x8A];
            any = 1;
        }
    }
    return any ? n : 0;
}

/* w[0..n) with the alef of its hamza and madda forms (أ إ آ) bare (ا) in
 * out; 0 when it has none. */
static size_t arabic_bare_alef(const char *w, size_t n, char *out)
{
    int any = 0;
    memcpy(out, w, n);
    for (size_t k = 0; k + 1 < n; k++)
        if ((unsigned char)w[k] == 0xD8 &&
            ((unsigned char)w[k + 1] == 0xA2 || (unsigned char)w[k + 1] == 0xA3 ||
             (unsigned char)w[k + 1] == 0xA5)) {
            out[++k] = (char)0xA7;
            any = 1;
        }
    return any ? n : 0;
}

int pc_lang_is_stopword(const pc_lang *lang, const char *w, size_t n)
{
    size_t i = index_of(lang);
    if (i >= 64)
        return 0;
    if (mask_of(w, n) >> i & 1)
        return 1;
    /* Greek lists its stopwords unaccented too (tools/make_lang_stopwords.py):
     * "χωρίς" is the listed "χωρις" */
    char buf[256];
    if (n >= sizeof buf)
        return 0;
    if (lang->script == PC_LANG_GREEK)
        return greek_unaccented(w, n, buf) && (mask_of(buf, n) >> i & 1);
    /* Arabic: stopwords-iso lists "انه", "ايضا", "اخرى" with a bare alef,
     * news writes "أنه", "أيضا", "أخرى" */
    return lang->script == PC_LANG_ARABIC && strcmp(lang->code, "ar") == 0 &&
           arabic_bare_alef(w, n, buf) && (mask_of(buf, n) >> i & 1);
}

/* Script of a letter (code point cp). */
static pc_script script_of(utf8proc_int32_t cp)
{
    if (cp < 0x250)
        return PC_LANG_LATIN;
    if (cp >= 0x370 && cp < 0x400)
        return PC_LANG_GREEK;
    if (cp >= 0x400 && cp < 0x530)
        return PC_LANG_CYRILLIC;
    if (cp >= 0x530 && cp < 0x590)
        return PC_LANG_ARMENIAN;
    if (cp >= 0x590 && cp < 0x600)
        return PC_LANG_HEBREW;
    if ((cp >= 0x600 && cp < 0x700) || (cp >= 0x750 && cp < 0x780) || (cp >= 0xFB50 && cp < 0xFE00))
        return PC_LANG_ARABIC;
    if (cp >= 0x900 && cp < 0x980)
        return PC_LANG_DEVANAGARI;
    if (cp >= 0xB80 && cp < 0xC00)
        return PC_LANG_TAMIL;
    if (cp >= 0xE00 && cp < 0xE80)
        return PC_LANG_THAI;
    if ((cp >= 0x1100 && cp < 0x1200) || (cp >= 0xAC00 && cp < 0xD7B0))
        return PC_LANG_HANGUL;
    if (cp >= 0x3040 && cp < 0x3100)
        return PC_LANG_KANA;
    if ((cp >= 0x3400 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00) || cp >= 0x20000)
        return PC_LANG_HAN;
    if (cp >= 0x1E00 && cp < 0x1F00)
        return PC_LANG_LATIN;
    return PC_LANG_OTHER;
}

/* The profile each script falls back to when no stopword decides, found
 * once (every identification asks, for its ties). */
static const pc_lang *default_of[PC_LANG_SCRIPTS];
static pthread_once_t defaults_once = PTHREAD_ONCE_INIT;

static void build_defaults(void)
{
    static const char *const code[PC_LANG_SCRIPTS] = {
        [PC_LANG_LATIN] = "en",      [PC_LANG_CYRILLIC] = "ru", [PC_LANG_GREEK] = "el",
        [PC_LANG_ARMENIAN] = "hy",   [PC_LANG_HEBREW] = "he",   [PC_LANG_ARABIC] = "ar",
        [PC_LANG_DEVANAGARI] = "hi", [PC_LANG_TAMIL] = "ta",    [PC_LANG_HANGUL] = "ko",
        [PC_LANG_KANA] = "ja",       [PC_LANG_HAN] = "zh",
    };
    for (int s = 0; s < PC_LANG_SCRIPTS; s++)
        default_of[s] = pc_lang_find(code[s]);
}

static const pc_lang *script_default(pc_script s)
{
    pthread_once(&defaults_once, build_defaults);
    return default_of[s];
}

/* English first: most documents are English, and English text is one
 * third to one half function words, which other languages share only in a
 * few short forms.  The English stopwords alone, in a small table of their
 * own, decide without building the table of every language. */
#define EN_SLOTS 1024
static const char *en_word[EN_SLOTS];
static uint8_t en_len[EN_SLOTS];
static pthread_once_t en_once = PTHREAD_ONCE_INIT;

static void build_en(void)
{
    for (size_t k = 0; k < sizeof stopword_lists / sizeof *stopword_lists; k++) {
        if (strcmp(stopword_lists[k].code, "en"))
            continue;
        for (size_t m = 0; m < stopword_lists[k].count && m < EN_SLOTS / 2; m++) {
            const char *w = stopword_lists[k].words[m];
            size_t n = strlen(w), j = pc_fnv1a(w, n) & (EN_SLOTS - 1);
            while (en_word[j])
                j = (j + 1) & (EN_SLOTS - 1);
            en_word[j] = w;
            en_len[j] = (uint8_t)n;
        }
    }
}

static int en_stop(const char *w, size_t n)
{
    for (size_t j = pc_fnv1a(w, n) & (EN_SLOTS - 1); en_word[j]; j = (j + 1) & (EN_SLOTS - 1))
        if (en_len[j] == n && memcmp(en_word[j], w, n) == 0)
            return 1;
    return 0;
}

/* 1 when the first 1,500 bytes are English beyond doubt: at least 30 words
 * of ASCII letters, nearly no other letters, and a quarter of the words
 * English stopwords (English text: 40 to 55 %; French, German, Spanish,
 * Dutch, ... under 10 % on the UD paragraphs, see bench/langid.sh). */
static int surely_english(const unsigned char *t, size_t len)
{
    pthread_once(&en_once, build_en);
    size_t n = len < 1500 ? len : 1500, words = 0, hits = 0, other = 0;
    char w[24];
    size_t wl = 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned c = i < n ? t[i] : ' ';
        if ((c | 0x20) - 'a' < 26u) {
            if (wl < sizeof w)
                w[wl] = (char)(c | 0x20);
            wl++;
            continue;
        }
        if (c >= 0xC0)
            other++;
        /* a Latin letter beyond ASCII (U+00C0 to U+024F, two bytes) goes
         * on with the word, which is then too long to be an English
         * stopword: Portuguese "até" is not "at" */
        if (c - 0xC3u < 7u || (c - 0x80u < 0x40u && wl > sizeof w)) {
            wl = sizeof w + 1;
            continue;
        }
        if (wl) {
            words++;
            hits += wl <= sizeof w && en_stop(w, wl);
            wl = 0;
        }
    }
    return words >= 30 && other * 20 < words && hits * 4 >= words;
}

/* Counts, for every profile whose alphabet lacks the letter enc[0..m),
 * one more use of it. */
static void count_absent(const utf8proc_uint8_t *enc, size_t m, unsigned *absent)
{
    char l[5];
    memcpy(l, enc, m);
    l[m] = 0;
    for (size_t i = 0; i < pc_lang_count() && i < 64; i++) {
        const char *a = pc_lang_at(i)->absent;
        if (a && strstr(a, l))
            absent[i]++;
    }
}

/* Counts, for every profile that writes "ъ" only before some letters, one
 * more letter its alphabet lacks when the "ъ" just read stands before cp
 * (lower case; -1: no letter) and cp is none of them. */
static void count_hard_sign(utf8proc_int32_t cp, unsigned *absent)
{
    char l[5] = {0};
    if (cp >= 0 && utf8proc_encode_char(cp, (utf8proc_uint8_t *)l) <= 0)
        l[0] = 0;
    for (size_t i = 0; i < pc_lang_count() && i < 64; i++) {
        const char *b = pc_lang_at(i)->hard_sign_before;
        if (b && (!l[0] || !strstr(b, l)))
            absent[i]++;
    }
}

/* What identify_core counted of a Latin-script text: its words, those
 * that write a Latin letter beyond ASCII, those that write a letter no
 * profile's alphabet has, and per profile its stopwords (each counted
 * whole) and the words that write a letter its alphabet lacks. */
struct latin_counts {
    int latin;
    size_t words, accented, foreign;
    unsigned hits[64], lacking[64];
};

static const pc_lang *identify_core(const char *text, size_t len, struct latin_counts *lc);

/* 1 when the text t[0..len) is in a language without a profile whose
 * alphabet unprofiled_letters lists (CLDR's) rather than in pc_lang_at(pi),
 * the profile it was named: for one such alphabet Q,
 * - two or more of its words, and a tenth of them or more, write letters
 *   beyond ASCII that Q has, and at most one word (a name) a letter Q lacks;
 * - the profile's alphabet has letters Q lacks (Czech ě ř ů beside
 *   Slovak; á é í ý ě ř ... beside Croatian and Slovene; French é è à ê
 *   beside Albanian), and at most one word writes them: a language writes
 *   its own letters word after word (a Czech, French or Spanish sentence
 *   of 20 words without them is not found in the UD paragraphs);
 * - and when Q has letters the profile lacks (Slovak ä ô ľ ĺ ŕ, Croatian
 *   ć đ beside Czech), two or more words that begin in lower case write
 *   them: a language's own words, not names (a Finnish text that names
 *   Müller, a German one Modrić, is neither Estonian nor Croatian).
 * English has no letters beyond ASCII, so no English text is taken by
 * it; nor an Italian, Dutch or Norwegian one from Welsh, whose alphabet
 * has all of theirs. */
static int unprofiled_neighbour(const unsigned char *t, size_t len, size_t pi)
{
    size_t n = len < PC_LANG_ID_BYTES ? len : PC_LANG_ID_BYTES, words = 0;
    unsigned fit[UNPROFILED] = {0}, unfit[UNPROFILED] = {0};
    unsigned theirs[UNPROFILED] = {0}, ours[UNPROFILED] = {0};
    const unsigned all = (1u << UNPROFILED) - 1;
    /* of the current word: Q has each of its letters beyond ASCII; it
     * writes a letter Q has and the profile lacks; one the profile has
     * and Q lacks */
    unsigned w_fit = all, w_theirs = 0, w_ours = 0;
    int in_word = 0, lower = 0, accented = 0;
    for (size_t i = 0; i <= n;) {
        utf8proc_int32_t cp = -1;
        size_t w = 1;
        if (i < n) {
            utf8proc_ssize_t r = utf8proc_iterate(t + i, (utf8proc_ssize_t)(len - i), &cp);
            w = r > 0 ? (size_t)r : 1;
            if (r <= 0)
                cp = -1;
        }
        utf8proc_category_t c = cp >= 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
        int letter = cp == '\'' || (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
        if (letter) {
            if (!in_word)
                lower = c == UTF8PROC_CATEGORY_LL;
            in_word = 1;
            if (cp >= 0x80 && c <= UTF8PROC_CATEGORY_LT && script_of(cp) == PC_LANG_LATIN) {
                utf8proc_int32_t l = utf8proc_tolower(cp);
                unsigned qh = unprofiled_has(l);
                int ph = (int)(has_letter(l) >> pi & 1);
                accented = 1;
                w_fit &= qh;
                w_theirs |= ph ? 0 : qh;
                w_ours |= ph ? ~qh & all : 0;
            }
        } else if (in_word) {
            words++;
            for (size_t q = 0; q < UNPROFILED && accented; q++) {
                fit[q] += w_fit >> q & 1;
                unfit[q] += !(w_fit >> q & 1);
                theirs[q] += lower && (w_theirs >> q & 1);
                ours[q] += w_ours >> q & 1;
            }
            in_word = accented = 0;
            w_fit = all;
            w_theirs = w_ours = 0;
        }
        i += w;
    }
    for (size_t q = 0; q < UNPROFILED; q++)
        if ((p_only[pi] >> q & 1) && fit[q] >= 2 && fit[q] * 10 >= words && unfit[q] <= 1 &&
            ours[q] <= 1 && (!(q_only[pi] >> q & 1) || theirs[q] >= 2))
            return 1;
    return 0;
}

/* A language precis has no profile for is `und`, not the profile nearest
 * to it (docs/languages.md, "Identification"): a Latin-script text is none
 * of the profiles' languages when
 * - two or more of its words, and a tenth of them or more, write a letter
 *   that no profile's alphabet has (Vietnamese ư ơ đ and its stacked
 *   tones, Icelandic þ ð, Latvian ā ē ī ķ ļ ņ), the bound that rules one
 *   profile out by its alphabet, now for every profile at once; or
 * - it has 20 words or more, fewer than a tenth of them are stopwords of
 *   the profile named, and its letters do not speak for that profile:
 *   news prose in a profiled Latin language is a fifth to a half function
 *   words (UD paragraphs of 20 words or more: none under a tenth), while
 *   Swahili, Tagalog or Estonian text meets a Spanish, English or Finnish
 *   list only in a few short forms.  Turkish and Lithuanian, which inflect
 *   where others write a function word, can have fewer, and write the
 *   letters of their own alphabets (ı ş ğ, ą ė ų) throughout: a text of
 *   which a tenth of the words or more write letters beyond ASCII, and at
 *   most one word a letter the profile's alphabet lacks (a name), keeps
 *   the profile.
 * Only the Latin script: Hebrew and Arabic write their function words as
 * prefixes (ו ה ב, ال), Chinese and Japanese no spaces, so few of their
 * "words" are stopwords; the other scripts' single profiles decide by the
 * script alone.  Under 20 words (a headline, a caption) only the letters
 * decide; a short text without them keeps the nearest profile. */
const pc_lang *pc_lang_identify(const char *text, size_t len)
{
    pc_lang_evidence ev;
    return pc_lang_identify_ev(text, len, &ev);
}

const pc_lang *pc_lang_identify_ev(const char *text, size_t len, pc_lang_evidence *ev)
{
    struct latin_counts lc;
    lc.latin = 0;
    lc.words = lc.foreign = lc.accented = 0;
    const pc_lang *l = identify_core(text, len, &lc);
    memset(ev, 0, sizeof *ev);
    ev->script = (uint8_t)(lc.latin ? PC_LANG_LATIN : l->script);
    if (lc.latin) {
        ev->counted = 1;
        ev->words = (uint32_t)(lc.words < UINT32_MAX ? lc.words : UINT32_MAX);
        ev->foreign = (uint32_t)(lc.foreign < UINT32_MAX ? lc.foreign : UINT32_MAX);
        for (size_t i = 0; i < 64; i++) {
            ev->hits[i] = (uint16_t)(lc.hits[i] < UINT16_MAX ? lc.hits[i] : UINT16_MAX);
            ev->lacking[i] = (uint16_t)(lc.lacking[i] < UINT16_MAX ? lc.lacking[i] : UINT16_MAX);
        }
    }
    /* firm unless a Latin-script text named a profile on little evidence
     * (pc_lang_agree): English beyond doubt, a script that decides alone,
     * and `und` by the rules below are firm */
    ev->firm = 1;
    if (!lc.latin || l == &pc_lang_und) {
        ev->lang = l;
        return l;
    }
    if (lc.foreign >= 2 && lc.foreign * 10 >= lc.words) {
        ev->lang = &pc_lang_und;
        return &pc_lang_und;
    }
    size_t i = index_of(l);
    int letters_speak = lc.accented * 10 >= lc.words && i < 64 && lc.lacking[i] <= 1;
    if (lc.words >= 20 && i < 64 && (size_t)lc.hits[i] * 10 < lc.words && !letters_speak) {
        ev->lang = &pc_lang_und;
        return &pc_lang_und;
    }
    /* - or it has 20 words or more and fits the alphabet of a language
     *   without a profile better than the profile's (Slovak, Croatian,
     *   Slovene beside Czech, Albanian beside French): past the cheaper
     *   tests, and only when a tenth of its words write letters beyond
     *   ASCII */
    if (lc.words >= 20 && i < 64 && lc.accented * 10 >= lc.words && p_only[i] &&
        unprofiled_neighbour((const unsigned char *)text, len, i)) {
        ev->lang = &pc_lang_und;
        return &pc_lang_und;
    }
    /* weak: under 20 words, or under a quarter of them its stopwords and
     * letters that do not speak for it (prose in a profiled language is a
     * fifth to a half function words; Albanian, Slovak, Croatian, Swahili,
     * Tagalog and Welsh meet the nearest list in 10-28 % of theirs) */
    ev->firm = lc.words >= 20 && i < 64 && ((size_t)lc.hits[i] * 4 >= lc.words || letters_speak);
    ev->lang = l;
    return l;
}

void pc_lang_firm_add(const pc_lang_evidence *ev, pc_lang_firm *f)
{
    if (!ev->firm || ev->script != PC_LANG_LATIN || f->mixed)
        return;
    if (f->lang && f->lang != ev->lang) {
        f->lang = NULL;
        f->mixed = 1;
    } else {
        f->lang = ev->lang;
    }
}

const pc_lang *pc_lang_agree(const pc_lang_evidence *d, const pc_lang *f)
{
    if (d->firm || d->script != PC_LANG_LATIN || !d->counted || !f || f == d->lang)
        return d->lang;
    size_t li = index_of(d->lang), fi = f == &pc_lang_und ? SIZE_MAX : index_of(f);
    unsigned own = li < 64 ? d->hits[li] : 0, theirs = fi < 64 ? d->hits[fi] : 0;
    /* its own stopwords speak for the language named: two or more, a
     * quarter of its words, more than it has of the others' language (a
     * Spanish headline, "Los bomberos de la ciudad", beside English
     * reports stays Spanish) */
    if (own >= 2 && (size_t)own * 4 >= d->words && theirs < own)
        return d->lang;
    /* its letters rule the others' language out, by the bound that rules
     * a profile out for a text alone (identify_core) */
    if (fi < 64 && d->lacking[fi] * 10 >= d->words && (d->lacking[fi] >= 2 || theirs == 0) &&
        d->lacking[fi] > theirs)
        return d->lang;
    return f;
}

static const pc_lang *identify_core(const char *text, size_t len, struct latin_counts *lc)
{
    if (surely_english((const unsigned char *)text, len))
        return &pc_lang_en;
    pthread_once(&letters_once, build_letters);
    const unsigned char *t = (const unsigned char *)text;
    size_t n = len < PC_LANG_ID_BYTES ? len : PC_LANG_ID_BYTES;
    /* per profile: the words that write a Latin letter beyond ASCII its
     * alphabet lacks, and its stopwords (each counted whole, however many
     * languages share it); the words; the profiles whose alphabet lacks a
     * letter of the current word */
    unsigned lacking[64] = {0}, hits[64] = {0};
    size_t words = 0;
    uint64_t lacks = 0;
    size_t letters[PC_LANG_SCRIPTS] = {0};
    double score[64] = {0};
    unsigned absent[64] = {0};
    char word[64];
    size_t wl = 0;
    int too_long = 0, after_hard_sign = 0, foreign = 0, accented = 0;
    size_t foreign_words = 0, accented_words = 0;
    for (size_t i = 0; i <= n;) {
        utf8proc_int32_t cp = -1;
        size_t w = 1;
        if (i < n) {
            if (t[i] < 0x80) {
                cp = t[i];
            } else {
                utf8proc_ssize_t r = utf8proc_iterate(t + i, (utf8proc_ssize_t)(len - i), &cp);
                w = r > 0 ? (size_t)r : 1;
                if (r <= 0)
                    cp = -1;
            }
        }
        int letter;
        if (cp < 0x80)
            letter = cp >= 0 && ((unsigned)((cp | 0x20) - 'a') < 26u || cp == '\'');
        else {
            utf8proc_category_t c = utf8proc_category(cp);
            letter = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
        }
        if (after_hard_sign)
            count_hard_sign(letter ? utf8proc_tolower(cp) : -1, absent);
        after_hard_sign = letter && (cp == 0x44A || cp == 0x42A); /* ъ Ъ */
        if (letter) {
            pc_script sc = cp != '\'' ? script_of(cp) : PC_LANG_OTHER;
            if (cp != '\'')
                letters[sc]++;
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
            if (sc == PC_LANG_CYRILLIC && m > 0)
                count_absent(enc, (size_t)m, absent);
            /* not ª º, which Unicode counts as letters and no alphabet lists */
            if (sc == PC_LANG_LATIN && cp >= 0x80 &&
                utf8proc_category(cp) <= UTF8PROC_CATEGORY_LT) {
                uint64_t h = has_letter(utf8proc_tolower(cp));
                lacks |= lettered & ~h;
                foreign |= h == 0;
                accented = 1;
            }
            if (wl + (size_t)m < sizeof word) {
                memcpy(word + wl, enc, (size_t)m);
                wl += (size_t)m;
            } else {
                too_long = 1;
            }
        } else if (wl) {
            uint64_t mask = too_long ? 0 : mask_of(word, wl);
            if (mask) {
                double share = 1.0 / __builtin_popcountll(mask);
                for (; mask; mask &= mask - 1) {
                    score[__builtin_ctzll(mask)] += share;
                    hits[__builtin_ctzll(mask)]++;
                }
            }
            wl = 0;
            too_long = 0;
            words++;
            foreign_words += foreign;
            accented_words += accented;
            foreign = accented = 0;
            for (; lacks; lacks &= lacks - 1)
                lacking[__builtin_ctzll(lacks)]++;
        }
        i += w;
    }
    /* Japanese writes Han characters among its kana */
    size_t cjk = letters[PC_LANG_HAN] + letters[PC_LANG_KANA];
    if (letters[PC_LANG_KANA] * 20 >= cjk && letters[PC_LANG_KANA]) {
        letters[PC_LANG_KANA] = cjk;
        letters[PC_LANG_HAN] = 0;
    }
    pc_script best = PC_LANG_OTHER;
    for (int s = 1; s < PC_LANG_SCRIPTS; s++)
        if (letters[s] > letters[best])
            best = (pc_script)s;
    if (!letters[best] || best == PC_LANG_OTHER)
        return &pc_lang_und;
    if (best == PC_LANG_LATIN) {
        lc->latin = 1;
        lc->words = words;
        lc->foreign = foreign_words;
        lc->accented = accented_words;
        memcpy(lc->lacking, lacking, sizeof lc->lacking);
        memcpy(lc->hits, hits, sizeof lc->hits);
    }
    /* A Latin-script text is not in a language (ruled out as a Cyrillic
     * alphabet's absent letters rule out) whose alphabet lacks the letters
     * of two or more of its words, a tenth of its words or more, and more
     * of them than it has stopwords of that language: a name or two brings
     * foreign letters into any language ("Dvořák" in English), a
     * language's own words bring its letters throughout (Czech ř ě ů,
     * Portuguese ã õ).  One such word is enough when the text has no
     * stopword of the language at all (a headline, "Demonização"): nothing
     * then speaks for it; the fallback below still keeps it unless one
     * profile fits the text better than every other. */
    if (best == PC_LANG_LATIN)
        for (size_t i = 0; i < pc_lang_count() && i < 64; i++)
            if ((lacking[i] >= 2 || hits[i] == 0) && lacking[i] * 10 >= words &&
                lacking[i] > hits[i])
                absent[i] = 2;
    /* the script's default first: a tie comes from words the tied
     * languages share, which tell them no more apart than no word does */
    const pc_lang *fallback = script_default(best);
    size_t fi = index_of(fallback);
    const pc_lang *pick = NULL;
    double top = 0;
    if (fi < 64 && absent[fi] < 2 && score[fi] > 0) {
        top = score[fi];
        pick = fallback;
    }
    for (size_t i = 0; i < pc_lang_count() && i < 64; i++)
        if (pc_lang_at(i)->script == best && score[i] > top && absent[i] < 2) {
            top = score[i];
            pick = pc_lang_at(i);
        }
    if (pick && top >= 1.0)
        return pick;
    /* no function word decides: the script's default, unless its alphabet
     * lacks letters the text uses; then the profile of that script whose
     * alphabet has them */
    if (fi < 64 && absent[fi] >= 2 && best == PC_LANG_LATIN) {
        /* the Latin profile whose alphabet lacks the letters of the fewest
         * words, and among those the one with most stopwords; when one
         * word ruled the default out, only a profile that fits better
         * than every other replaces it ("Universitário" has the á of
         * Spanish, Portuguese, Czech, ...: no better guess than the
         * default) */
        size_t bi = fi;
        int tied = 0;
        for (size_t i = 0; i < pc_lang_count() && i < 64; i++) {
            if (pc_lang_at(i)->script != best || i == bi)
                continue;
            if (lacking[i] < lacking[bi] || (lacking[i] == lacking[bi] && score[i] > score[bi])) {
                bi = i;
                tied = 0;
            } else if (lacking[i] == lacking[bi] && score[i] == score[bi]) {
                tied = 1;
            }
        }
        if (tied && lacking[fi] < 2)
            return fallback;
        return pc_lang_at(bi);
    }
    if (fi < 64 && absent[fi] >= 2)
        for (size_t i = 0; i < pc_lang_count() && i < 64; i++)
            if (pc_lang_at(i)->script == best && absent[i] < 2 && absent[i] < absent[fi]) {
                fallback = pc_lang_at(i);
                fi = i;
            }
    return fallback;
}

size_t pc_lang_elision(const pc_lang *l, const char *text, size_t start, size_t end,
                       size_t *letters)
{
    if (!l->elisions)
        return 0;
    size_t i = start;
    char w[8];
    while (i < end && i - start < sizeof w - 1 &&
           ((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z')) {
        w[i - start] = (char)(text[i] | 32);
        i++;
    }
    size_t n = i - start, a;
    if (n == 0 || i >= end)
        return 0;
    if (text[i] == '\'')
        a = 1;
    else if (end - i >= 3 && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
             (unsigned char)text[i + 2] == 0x99)
        a = 3;
    else
        return 0;
    if (i + a >= end)
        return 0; /* "po'": an apostrophe that ends the word */
    w[n] = 0;
    for (const char *const *e = l->elisions; *e; e++)
        if (strcmp(*e, w) == 0) {
            *letters = n;
            return n + a;
        }
    return 0;
}
