/* Whether a candidate sentence can stand on its own: the openings that
 * refer back to an earlier sentence, quotations without their speaker, and
 * pieces of sentences that segmentation or the source cut.
 *
 * The word lists are English closed classes (pronouns, connectives; the
 * verbs of saying are text/words.c's, shared with the digest), written by
 * hand: they are grammar, not data, and no library of Debian's gives them.  A sentence in another
 * language is judged on its quote marks and on the short list of openings
 * that point back that its profile gives (pc_lang.back_openers). */
#include "standalone.h"

#include <string.h>
#include <utf8proc.h>

#include "lang/lang.h"
#include "text/attrib.h"
#include "text/clean.h"
#include "text/segment.h"
#include "text/tokenize.h"
#include "text/words.h"
#include "util/bytes.h"
#include "util/hash.h"
#include "util/sort.h"

/* Pronouns and determiners whose referent is in an earlier sentence. */
static const char *const pronouns[] = {
    "he",   "she", "it",  "they",  "we",    "i",    "you",  "his",  "her",  "its",     "their",
    "them", "him", "our", "these", "those", "this", "that", "such", "both", "another",
};

/* Connectives that continue an earlier sentence (and "nor", read apart
 * in opening_refers_back). */
static const char *const connectives[] = {
    "but",          "and",         "or",           "so",        "yet",        "also",
    "still",        "however",     "meanwhile",    "instead",   "moreover",   "furthermore",
    "nevertheless", "nonetheless", "then",         "thus",      "therefore",  "otherwise",
    "besides",      "indeed",      "later",        "afterward", "afterwards", "additionally",
    "likewise",     "similarly",   "consequently", "hence",     "plus",       "though",
    "although",     "too",         "again",        "now",
};

/* Openings of two words that name something said before ("The two", "The
 * move") or continue it ("In addition"). */
static const char *const phrases[] = {
    "in addition",
    "as a result",
    "on the other hand",
    "even so",
    "at the same time",
    "the two",
    "the same",
    "in turn",
    "for his part",
    "for her part",
    "for their part",
    "in response",
    "the move",
    "the decision",
    "the proposal",
    "the deal",
    "the attack",
    "the report",
    "the other",
    "the latter",
    "the former",
    /* "On one side is ... || On the other is Charles Schumer, ..." */
    "on the other is",
    "on the other was",
    "on the other are",
    "on the other were",
};

/* After "this", "that", "these", "those" or "such", a time word makes the
 * demonstrative deictic ("This year"), a verb makes it a subject whose
 * referent is still earlier ("That is") -- listed here are those that do
 * not refer back. */
static const char *const time_words[] = {
    "year",   "week",   "month", "morning", "afternoon", "evening", "time",  "summer",
    "winter", "spring", "fall",  "season",  "weekend",   "day",     "night", "past",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* Whether w is in list; the first two bytes compared before the string
 * (the lists hold many words that share a first letter: "in fact", "in
 * turn", "instead"), w at least one byte and its NUL. */
static int in_list(const char *const *list, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == w[0] && list[i][1] == w[1] && strcmp(list[i], w) == 0)
            return 1;
    return 0;
}

static int is_alpha(unsigned char ch)
{
    return (ch | 32) >= 'a' && (ch | 32) <= 'z';
}

/* The lower-cased ASCII word at *p (letters, apostrophes, hyphens), at most
 * cap-1 bytes, advancing *p past it; "" when none starts there.  Folded as
 * text/words.h's lists are written: pc_speaker_word_folded reads it as it
 * is.  Returns its length. */
static size_t next_word(const char **p, const char *end, char *w, size_t cap)
{
    size_t n = 0;
    const char *s = *p;
    while (s < end && !is_alpha((unsigned char)*s))
        s++;
    while (s < end && (is_alpha((unsigned char)*s) || *s == '\'' || *s == '-')) {
        if (n + 1 < cap)
            w[n++] = (char)(*s | 32);
        s++;
    }
    w[n] = 0;
    *p = s;
    return n;
}

/* Quote marks of one sentence: straight, curly opening and closing (and
 * with them guillemets and the CJK corner brackets), and the wire's `` and
 * ''.  Opening curly marks are U+201C and the low U+201E
 * („); in languages that open with „ (de, cs, ...: PC_SEG_LOW9_QUOTES)
 * U+201C closes, elsewhere U+201D does.  A straight quote between two
 * letters outside ASCII is no quote mark (acronym_mark); one beside a
 * punctuation mark is. */
typedef struct quotes {
    size_t straight, curly_open, curly_close, wire_open, wire_close;
} quotes;

/* The Unicode category of the character at t[0..len) (category_before: of
 * the one that ends at t[e)); UTF8PROC_CATEGORY_CN when none or invalid. */
static utf8proc_category_t category_at(const char *t, size_t len)
{
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)t, (utf8proc_ssize_t)len, &cp) <= 0)
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

static utf8proc_category_t category_before(const char *t, size_t e)
{
    size_t a = e ? e - 1 : 0;
    while (a > 0 && e - a < 4 && ((unsigned char)t[a] & 0xC0) == 0x80)
        a--;
    utf8proc_int32_t cp;
    if (e == 0 || utf8proc_iterate((const utf8proc_uint8_t *)t + a, (utf8proc_ssize_t)(e - a),
                                   &cp) != (utf8proc_ssize_t)(e - a))
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

static int is_letter(utf8proc_category_t c)
{
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static unsigned hebrew_before(const char *t, size_t e)
{
    const unsigned char *u = (const unsigned char *)t;
    return e >= 2 && u[e - 2] == 0xD7 && u[e - 1] >= 0x90 && u[e - 1] <= 0xAA ? u[e - 1] : 0;
}

/* Whether the straight quote at t[i] stands between two letters outside
 * ASCII as an acronym's mark: Hebrew writes its acronyms so (ארה"ב, צה"ל)
 * when it has no gershayim.  Hebrew also glues its one-letter prefixes
 * (ו and, ה the, ב in, כ as, ל to, מ from, ש that) to the quote mark that
 * opens a quotation (מ"יד בן צבי", ו"טיוח"): a quote after nothing but
 * one to three prefix letters, with two letters or more after it, opens a
 * quotation.  An acronym's mark stands before its last letter (ש"ח, מו"מ),
 * or before a plural's ending after a letter that is no prefix (דו"חות). */
static int acronym_mark(const char *t, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)t;
    if (!(i > 0 && i + 1 < len && u[i - 1] >= 0x80 && u[i + 1] >= 0xC0))
        return 0;
    if (!is_letter(category_before(t, i)) || !is_letter(category_at(t + i + 1, len - i - 1)))
        return 0; /* a mark beside it (Arabic ، after a closing quote) */
    if (!hebrew_before(t, i) || !hebrew_before(t, i + 3 <= len ? i + 3 : i))
        return 1;
    size_t b = i, nb = 0, after = 0;
    for (unsigned l; (l = hebrew_before(t, b)) != 0; b -= 2, nb++)
        if (!memchr("\x95\x94\x91\x9B\x9C\x9E\xA9", (int)l, 7))
            return 1;
    for (size_t e = i + 3; e <= len && hebrew_before(t, e); e += 2)
        after++;
    return !(nb <= 3 && after >= 2);
}

/* Whether t[0..len) has the byte b twice in a row (`` or ''). */
static int doubled(const char *t, size_t len, char b)
{
    const char *end = t + len;
    for (const char *p = t; (p = memchr(p, b, (size_t)(end - p))) != NULL; p++)
        if (p + 1 < end && p[1] == b)
            return 1;
    return 0;
}

/* Whether t[0..len) may hold a mark that count_quotes counts: a straight
 * quote, `` or '', U+201C to U+201E, or the lead byte of a guillemet or a
 * CJK corner bracket.  Three in four of val's sentences have none. */
static int may_quote(const char *t, size_t len)
{
    if (memchr(t, '"', len) || memchr(t, 0xC2, len) || memchr(t, 0xE3, len) ||
        doubled(t, len, '\'') || doubled(t, len, '`'))
        return 1;
    return pc_has_curly(t, len, 0x9C, 0x9E);
}

static quotes count_quotes(const char *t, size_t len, int low9)
{
    quotes q = {0};
    /* a sentence without a mark counts zero of each, known from memchr
     * without the loop over its bytes */
    if (!may_quote(t, len))
        return q;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '"') {
            q.straight += !acronym_mark(t, len, i);
        } else if (ch == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
            unsigned char d = (unsigned char)t[i + 2];
            q.curly_open += d == 0x9E || (d == 0x9C && !low9);
            q.curly_close += d == 0x9D || (d == 0x9C && low9);
        } else if (ch == 0xC2 && i + 1 < len &&
                   ((unsigned char)t[i + 1] == 0xAB || (unsigned char)t[i + 1] == 0xBB)) {
            /* guillemets: « opens (French, Russian, Spanish, Greek, Arabic),
             * » opens where „ does (German, Czech: »...«) */
            int opens = ((unsigned char)t[i + 1] == 0xAB) != (low9 != 0);
            q.curly_open += opens;
            q.curly_close += !opens;
            i++;
        } else if (ch == 0xE3 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
                   (unsigned char)t[i + 2] >= 0x8C && (unsigned char)t[i + 2] <= 0x8F) {
            /* the CJK corner brackets 「 」 and 『 』 */
            q.curly_open += !((unsigned char)t[i + 2] & 1);
            q.curly_close += (unsigned char)t[i + 2] & 1;
            i += 2;
        } else if (ch == '`' && i + 1 < len && t[i + 1] == '`') {
            q.wire_open++;
            i++;
        } else if (ch == '\'' && i + 1 < len && t[i + 1] == '\'') {
            q.wire_close++;
            i++;
        }
    }
    return q;
}

/* Whether the counts, summed from the start of a document, leave a
 * quotation open. */
static int inside_quote(const quotes *q)
{
    return q->straight % 2 || q->curly_open > q->curly_close || q->wire_open > q->wire_close;
}

static int balanced(const quotes *q)
{
    return q->straight % 2 == 0 && q->curly_open == q->curly_close && q->wire_open == q->wire_close;
}

/* Length of the quote mark at t (0 when none): ", ``, '', U+201C/D. */
static size_t quote_mark(const char *t, const char *end)
{
    if (*t == '"')
        return 1;
    if (end - t >= 2 && ((t[0] == '`' && t[1] == '`') || (t[0] == '\'' && t[1] == '\'')))
        return 2;
    if (end - t >= 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
        ((unsigned char)t[2] == 0x9C || (unsigned char)t[2] == 0x9D))
        return 3;
    return 0;
}

/* Personal pronouns that can say something: "he said" names no one. */
static int speaking_pronoun(const char *w)
{
    static const char *const list[] = {"he", "she", "it", "they", "we", "i", "you"};
    return in_list(list, COUNT(list), w);
}

/* The first word of saying ("said", "told", "according") outside the quote
 * marks: 0 when there is none, 1 when it has a subject, the word right
 * before it there, that is no personal pronoun, 2 when that subject is one:
 * "\"It's either of the two,\" he said." names no one, who "he" is was
 * said in an earlier sentence.  3 when, moreover, that pronoun opens the
 * sentence or a clause after a comma ("The price was $1.84 million, he
 * said.", "However, she said ..."), not a clause of its own sentence's
 * ("... allowing him to travel to peru where he admits he killed ...").
 * `inside`: the sentence starts inside a quotation an earlier one opened
 * ("\" It was late. || We left, \" she said."): its first quote mark
 * closes it. */
static int speaker_outside(const char *t, size_t len, int inside)
{
    const char *p = t, *end = t + len;
    int clause = 1, before_clause = 0;
    char w[24], before[24] = "";
    while (p < end) {
        size_t q = quote_mark(p, end);
        if (q) {
            inside = !inside;
            p += q;
            before[0] = 0;
            clause = 1;
            continue;
        }
        if (!is_alpha((unsigned char)*p)) {
            clause |= *p == ',' || *p == ';' || *p == ':';
            p++;
            continue;
        }
        const char *s = p;
        size_t wl = next_word(&p, end, w, sizeof w);
        if (p == s)
            p++;
        if (inside)
            continue;
        if (pc_speaker_word_folded(w, wl))
            return !speaking_pronoun(before) ? 1 : before_clause ? 3 : 2;
        memcpy(before, w, sizeof w);
        before_clause = clause;
        clause = 0;
    }
    return 0;
}

enum { QUOTE_NONE = 1, QUOTE_BARE, QUOTE_NAMED };

/* Whether the quote marks around in[0..inl), that the rest r[0..rl) of
 * the sentence follows, hold a name or title, no quotation: fewer than
 * PC_QUOTE_MIN_WORDS words (the digest's short quote) that end in a letter
 * or digit, and a word of the sentence right after the closing mark, no
 * comma, dash or と («Alphaville» é um filme, "The Voice" returns,
 * 「文化大革命」中).  A quotation's own punctuation inside the marks ("Terrible,"
 * he said; 「…。」) keeps it one.  A straight quote glued to the word after
 * it opens a quotation, closes none ("it's the "randy is ... " tour, "
 * stone replied.): a title in straight quotes has a space after them. */
static int quoted_name(const char *in, size_t inl, const char *r, size_t rl, int straight)
{
    size_t sp = 0;
    while (sp < rl && r[sp] == ' ')
        sp++;
    if (sp == rl || (straight && !sp) || pc_attrib_count_words(in, inl) >= PC_QUOTE_MIN_WORDS)
        return 0;
    utf8proc_category_t last = category_before(in, pc_trim_end(in, inl, " "));
    utf8proc_category_t next = category_at(r + sp, rl - sp);
    return last >= UTF8PROC_CATEGORY_LU && last <= UTF8PROC_CATEGORY_NO &&
           next >= UTF8PROC_CATEGORY_LU && next <= UTF8PROC_CATEGORY_NO &&
           !pc_attrib_at(r, rl, sp, "\u3068"); /* と */
}

/* What the quote mark at t[0] opens: QUOTE_NONE, a name or title in quote
 * marks (quoted_name), in any language; in a language other than English
 * (`other`), as the digest reads it (text/attrib.c, docs/languages.md):
 * QUOTE_NAMED, a quotation whose speaker is named after its closing mark:
 * a person's full name among the eight words after it ("», a déclaré Paul
 * Girard", "“, sagte Anna Berger", "», — сообщил глава города Андрей
 * Лукин"), a Japanese or Chinese subject ("」と田中市長は述べた", "”，王明说"),
 * a Hindi agent before ने and a verb of saying, an Arabic or Hebrew
 * speaker after a verb of saying ("…", אמר ראש העירייה); else QUOTE_BARE:
 * a pronoun ("sagte er") names no one, who it is was said before (English
 * looks for its speakers in speaker_outside).  A mark that closes (» in
 * »…«) opens the quotation too, then any mark of its family ends it. */
static int quotation(const struct pc_lang *lang, int other, const char *t, size_t len)
{
    size_t n, i;
    int fam, m0 = pc_quote_mark(t, len, 0, &n, &fam);
    if (!m0)
        return QUOTE_BARE; /* a single straight quote */
    size_t inner = n, k = 0;
    for (i = n; i < len; i++) {
        int f, m = pc_quote_mark(t, len, i, &k, &f);
        if (m && (m0 == 3 ? m == 3 : pc_quote_closes(fam, m, f) || (m0 == 2 && f == fam)))
            break;
    }
    if (i >= len)
        return QUOTE_BARE; /* no closing mark: the quotation runs on */
    const char *r = t + i + k;
    size_t rl = len - i - k;
    if (quoted_name(t + inner, i - inner, r, rl, m0 == 3))
        return QUOTE_NONE;
    if (!other)
        return QUOTE_BARE;
    if (!strcmp(lang->code, "ja") || !strcmp(lang->code, "zh")) {
        char buf[PC_ATTRIB_NAME_MAX];
        return pc_attrib_cjk(r, rl, 1, NULL, 0, buf) ? QUOTE_NAMED : QUOTE_BARE;
    }
    size_t a, e;
    if (pc_attrib_verb(r, rl, 1, lang->code, &a, &e) == 1)
        return QUOTE_NAMED; /* Hindi, Arabic, Hebrew */
    if (pc_attrib_role_after(r, rl, lang))
        return QUOTE_NAMED; /* "», afirmou o ministro" */
    pc_word wb[16];
    pc_words w = {wb, 0, 16, NULL, 1};
    size_t bi, bj;
    return pc_attrib_name(&w, r, rl, 1, lang, &bi, &bj) > 0 ? QUOTE_NAMED : QUOTE_BARE;
}

/* In a language other than English, whether a sentence that starts
 * inside a quotation an earlier one opened names its speaker after the
 * mark that closes it, as quotation() reads a quotation that opens the
 * sentence: "... B», afirmou o ministro." after "«A. ..." (the run of the
 * two is attributed; without it the run went back to the sentence before
 * the quotation, or could not be chosen at the top of its document). */
static int closes_named(const struct pc_lang *lang, const char *t, size_t len)
{
    size_t n = 0;
    int fam;
    for (size_t i = 0; i < len; i++) {
        int m = pc_quote_mark(t, len, i, &n, &fam);
        if (!m)
            continue;
        if (m == 1)
            return 0; /* a new quotation opens first */
        const char *r = t + i + n;
        size_t rl = len - i - n, a, e;
        if (!strcmp(lang->code, "ja") || !strcmp(lang->code, "zh")) {
            char buf[PC_ATTRIB_NAME_MAX];
            return pc_attrib_cjk(r, rl, 1, NULL, 0, buf) > 0;
        }
        if (pc_attrib_verb(r, rl, 1, lang->code, &a, &e) == 1 || pc_attrib_role_after(r, rl, lang))
            return 1;
        pc_word wb[16];
        pc_words w = {wb, 0, 16, NULL, 1};
        size_t bi, bj;
        return pc_attrib_name(&w, r, rl, 1, lang, &bi, &bj) > 0;
    }
    return 0;
}

/* Whether the words at p, right after an opening "Both", are the first
 * half of "both ... and ...": one to three words, then "and", in the same
 * clause, none of them a verb that "Both" would be the subject of ("Both
 * Selena and Bieber's reps declined", "Both the House and the Senate
 * passed" name what they speak of; "Both were charged and released"
 * does not).  A pronoun "Both" refers back. */
static int both_and(const char *p, const char *end)
{
    static const char *const verbs[] = {
        "are", "were", "is",  "was",  "have",  "has",    "had",    "will", "would", "can", "could",
        "did", "do",   "say", "said", "agree", "agreed", "should", "may",  "might", "must"};
    const char *clause_end = p;
    while (clause_end < end && *clause_end != ',' && *clause_end != ';' && *clause_end != ':')
        clause_end++;
    char w[24];
    for (int k = 0; k < 4; k++) {
        next_word(&p, clause_end, w, sizeof w);
        if (!w[0] || in_list(verbs, COUNT(verbs), w))
            return 0;
        if (!strcmp(w, "and"))
            return k > 0;
    }
    return 0;
}

/* Connectives set off by commas after a sentence's first phrase: "In
 * Bangkok, however, there are ...", "The Taliban, too, refused ...",
 * "Many towns, for instance, got a foot of snow.".  They continue the
 * sentence before as the same word opening the sentence would. */
/* The last four are emphatic: "A big one, in fact, and today ...", "The
 * law, after all, ..."; in train-10k's sources 21 such sentences of five
 * content words or more ("in fact" 11, "after all" 9, "in other words"
 * 1), none with 60 % of its content words in the reference (15.3 % of all
 * sentences without quote marks). */
static const char *const comma_connectives[] = {
    "however",     "though",         "meanwhile",         "instead",      "too",
    "therefore",   "moreover",       "furthermore",       "nevertheless", "nonetheless",
    "likewise",    "similarly",      "consequently",      "besides",      "thus",
    "hence",       "also",           "in turn",           "as well",      "in addition",
    "for example", "for instance",   "in contrast",       "by contrast",  "in response",
    "as a result", "even so",        "on the other hand", "in fact",      "indeed",
    "after all",   "in other words",
};

#define FIRST_PHRASE_WORDS 7 /* how far the first comma may be */

/* Whether t[0..len)'s first comma, after at most FIRST_PHRASE_WORDS words,
 * opens a connective that another comma closes. */
static int comma_connective(const char *t, size_t len)
{
    size_t i = 0, words = 0;
    while (i < len && t[i] != ',') {
        if (t[i] == ' ' && i > 0 && t[i - 1] != ' ' && ++words >= FIRST_PHRASE_WORDS)
            return 0;
        i++;
    }
    if (i == len || words == 0)
        return 0;
    size_t a = i + 1;
    while (a < len && t[a] == ' ')
        a++;
    size_t b = a;
    while (b < len && b - a < 20 && t[b] != ',')
        b++;
    if (b == len || t[b] != ',')
        return 0;
    while (b > a && t[b - 1] == ' ')
        b--;
    char w[20];
    if (b - a >= sizeof w)
        return 0;
    for (size_t k = a; k < b; k++)
        w[k - a] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] | 32 : t[k]);
    w[b - a] = 0;
    return in_list(comma_connectives, COUNT(comma_connectives), w);
}

/* Whether the sentence opens with one of `list`: the word whole,
 * followed by a space or a comma; in Chinese and Japanese (!spaced) the
 * first characters. */
static int opens_with_any(const char *const *list, int spaced, const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && t[i] == ' ')
        i++;
    for (const char *const *w = list; *w; w++) {
        size_t n = strlen(*w);
        if (i + n > len || memcmp(t + i, *w, n) != 0)
            continue;
        if (!spaced || i + n == len || t[i + n] == ' ' || t[i + n] == ',' ||
            (i + n + 2 <= len && (unsigned char)t[i + n] == 0xD8 &&
             (unsigned char)t[i + n + 1] == 0x8C)) /* the Arabic comma */
            return 1;
    }
    return 0;
}

/* Whether s[a..e) is one of `list`. */
static int word_in(const char *const *list, const char *s, size_t a, size_t e)
{
    for (const char *const *w = list; *w; w++)
        if (strlen(*w) == e - a && !memcmp(s + a, *w, e - a))
            return 1;
    return 0;
}

/* Whether the sentence's first noun is followed by a demonstrative that
 * points back (pc_lang.back_after): its third word after an article of
 * pc_lang.back_articles ("Οι διατάξεις αυτές"), or its second word when
 * the language has no such list ("החוק הזה"), no comma before it. */
static int demonstrative_after(const struct pc_lang *lang, const char *t, size_t len)
{
    size_t a[3], e[3], i = 0;
    int n = 0, comma = 0;
    size_t k = lang->back_articles ? 2 : 1;
    while (n <= (int)k && i < len) {
        while (i < len && t[i] == ' ')
            i++;
        a[n] = i;
        while (i < len && t[i] != ' ')
            i++;
        e[n] = i;
        while (e[n] > a[n] && (t[e[n] - 1] == ',' || t[e[n] - 1] == '.' || t[e[n] - 1] == ';' ||
                               t[e[n] - 1] == ':'))
            e[n]--, comma |= n < (int)k;
        n++;
    }
    if (n <= (int)k || comma)
        return 0;
    if (lang->back_articles && !word_in(lang->back_articles, t, a[0], e[0]))
        return 0;
    return word_in(lang->back_after, t, a[k], e[k]);
}

/* Whether the sentence opens with a demonstrative of pc_lang.deictic and
 * a time word ("Cette semaine", "Ce lundi", "Questo mese"): the present,
 * not something said before. */
static int deictic_time(const struct pc_lang *lang, const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && t[i] == ' ')
        i++;
    size_t a = i;
    while (i < len && t[i] != ' ')
        i++;
    if (!word_in(lang->deictic, t, a, i))
        return 0;
    while (i < len && t[i] == ' ')
        i++;
    size_t b = i;
    while (i < len && t[i] != ' ' && t[i] != ',')
        i++;
    return i > b &&
           (pc_lang_weekday(lang, t + b, i - b) >= 0 || pc_lang_month(lang, t + b, i - b) ||
            (lang->time_words && word_in(lang->time_words, t, b, i)));
}

/* Whether the sentence opens with one of its language's words that point
 * back (pc_lang.back_openers: "Он", "Pero", "उन्होंने") or a noun with a
 * demonstrative after it (pc_lang.back_after), but not with one of the
 * openings that only look so (pc_lang.back_not). */
static int lang_refers_back(const struct pc_lang *lang, const char *t, size_t len)
{
    if (!lang || !lang->back_openers)
        return 0;
    int spaced = strcmp(lang->code, "ja") != 0 && strcmp(lang->code, "zh") != 0;
    return (opens_with_any(lang->back_openers, spaced, t, len) ||
            (lang->back_after && demonstrative_after(lang, t, len))) &&
           !(lang->back_not && opens_with_any(lang->back_not, spaced, t, len)) &&
           !(lang->deictic && deictic_time(lang, t, len));
}

/* Whether the sentence's opening words point back: a pronoun, a
 * connective, a phrase of the list. */
static int opening_refers_back(const char *t, size_t len)
{
    const char *p = t, *end = t + len;
    char w1[24], w2[24], w3[24], w4[24];
    next_word(&p, end, w1, sizeof w1);
    const char *p0 = p;
    size_t l1 = strlen(w1);
    if (!l1 || l1 > 12) /* no listed word is longer */
        return 0;
    if (in_list(connectives, COUNT(connectives), w1))
        return 1;
    /* "Nor did he say ...": train-10k's references open 12 sentences
     * with it, none a first one; compared by hand, as a string compare
     * for every word in "n" would cost more than the rest */
    if (w1[0] == 'n' && w1[1] == 'o' && w1[2] == 'r' && !w1[3])
        return 1;
    next_word(&p, end, w2, sizeof w2);
    /* a part of something named before: "None of those rhinos", "One of
     * them", "All of these deaths" */
    static const char *const parts[] = {"all", "both", "each", "either", "neither", "none",
                                        "one", "some", "many", "most",   "several", "few",
                                        "any", "half", "two",  "three",  "much",    "more"};
    if (!strcmp(w2, "of") && in_list(parts, COUNT(parts), w1)) {
        const char *q = p;
        next_word(&q, end, w3, sizeof w3);
        static const char *const back[] = {"them", "these", "those", "this", "that", "it", "us"};
        if (in_list(back, COUNT(back), w3))
            return 1;
    }
    /* a quantifier standing for a group named before, its verb right
     * after it: "Some had gone into hiding", "All are expected at the
     * funeral", "Most were children", "Each said ...", "Neither was hurt"
     * (a noun after it names the group: "Some protesters", "Most states",
     * "Each boat") */
    static const char *const quantifiers[] = {"some", "many",    "most",    "all",   "few",
                                              "each", "neither", "several", "others"};
    static const char *const verbs[] = {
        "are",  "were",  "was",  "is",    "have",  "had",    "has",     "do",     "did",
        "will", "would", "can",  "could", "may",   "might",  "must",    "should", "went",
        "said", "say",   "says", "also",  "still", "remain", "remained"};
    if (in_list(quantifiers, COUNT(quantifiers), w1) &&
        (!strcmp(w1, "others") || in_list(verbs, COUNT(verbs), w2)))
        return 1;
    if (!strcmp(w1, "both") && both_and(p0, end))
        return 0;
    /* a pronoun with its verb contracted: "They've got ...", "It's ..." */
    char *apostrophe = strchr(w1, '\'');
    if (apostrophe && apostrophe > w1)
        *apostrophe = 0;
    if (in_list(pronouns, COUNT(pronouns), w1)) {
        int demonstrative = !strcmp(w1, "this") || !strcmp(w1, "that") || !strcmp(w1, "these") ||
                            !strcmp(w1, "those") || !strcmp(w1, "such");
        return !(demonstrative && in_list(time_words, COUNT(time_words), w2));
    }
    /* the phrases open with one of these */
    static const char *const phrase_starts[] = {"in", "as", "on", "even", "at", "the", "for"};
    if (!in_list(phrase_starts, COUNT(phrase_starts), w1))
        return 0;
    next_word(&p, end, w3, sizeof w3);
    next_word(&p, end, w4, sizeof w4);
    const char *words[4] = {w1, w2, w3, w4};
    for (size_t k = 0; k < COUNT(phrases); k++) {
        /* phrases[k] against the first words, word by word */
        size_t used = 0, nw = 0;
        const char *ph = phrases[k];
        while (nw < 4 && used < strlen(ph)) {
            size_t wl = strlen(words[nw]);
            if (!wl || strncmp(ph + used, words[nw], wl) != 0)
                break;
            used += wl;
            nw++;
            if (ph[used] == ' ')
                used++;
            else if (ph[used])
                break;
        }
        if (used == strlen(ph))
            return 1;
    }
    return 0;
}

/* Whether the cluster writes capitals inside its sentences (2 % of its
 * words or more, counted per term when its documents were read): in text
 * that lost them (Multi-News), a sentence without a capital may still name
 * someone ("mark wahlburg is opening ...").  One pass over the terms. */
static int cased(const precis_cluster *c)
{
    uint64_t caps = 0, all = 0;
    for (size_t i = 0; i < c->vocab.nterms; i++) {
        caps += c->vocab.terms[i].capitalised;
        all += c->vocab.terms[i].occurrences;
    }
    /* 2: written in mixed case throughout, as news is (5 % or more: DUC
     * 2003's clusters have 5.8 to 15 %, names and sentence-inner
     * capitals; Multi-News's, which keep a capital after each period and
     * lose the rest, at most 4.9 %) */
    return all == 0 ? 0 : caps * 20 >= all ? 2 : caps * 50 >= all;
}

/* A short sentence of a cased cluster that names nothing: at most
 * VAGUE_WORDS words, none capitalised but the first, no digit ("The party
 * denied the reports.", "No hearing date has been set.", "Things could
 * have been worse."): what it speaks of was named before it. */
#define VAGUE_WORDS 7
static int vague(const precis_cluster *c, const pc_sent *st)
{
    if (st->ntok > VAGUE_WORDS || st->ntok == 0)
        return 0;
    /* its first word is a name when the cluster capitalises it inside
     * sentences too ("Liu was never put on trial.") */
    const pc_term *first = &c->vocab.terms[st->tok[0]];
    if (first->capitalised && first->capitalised * 2 >= first->occurrences)
        return 0;
    for (size_t i = 0; i < st->len; i++) {
        char ch = st->text[i];
        if ((ch >= '0' && ch <= '9') || (i > 0 && st->text[i - 1] == ' ' && ch >= 'A' && ch <= 'Z'))
            return 0;
    }
    return 1;
}

/* A fronted phrase or clause that names someone by a pronoun, before a
 * main clause whose subject is a pronoun too: "After he lost 50 pounds, he
 * was moved to a hospital", "As much as she would not mind ..., she
 * worries ...", "For his first joke, he ...".  Both point back to a person
 * the sentence never names; with a name after the comma the pronoun points
 * forward to it ("When he arrived, Smith said ...").  Not "it", as often
 * nobody ("While research has shown ..., it is possible to ...").  The
 * pronoun is among the first FRONT_WORDS words, right after the word that
 * fronts the clause: further on, the clause may name whom it points to
 * ("When jenny rodgers saw her doctor, she ...", in text without
 * capitals). */
#define FRONT_BYTES 160
#define FRONT_WORDS 4
static int fronted_pronoun(const char *t, size_t len)
{
    const char *comma = memchr(t, ',', len < FRONT_BYTES ? len : FRONT_BYTES);
    if (!comma || !is_alpha((unsigned char)t[0]))
        return 0; /* most sentences; an opening quotation is judged apart */
    static const char *const persons[] = {"he",  "she", "they", "his",
                                          "her", "him", "them", "their"};
    static const char *const subjects[] = {"he", "she", "they"};
    char w[16];
    const char *p = t;
    for (int k = 0;; k++) {
        next_word(&p, comma, w, sizeof w);
        if (!w[0] || k == FRONT_WORDS)
            return 0;
        if (in_list(persons, COUNT(persons), w))
            break;
    }
    p = comma + 1;
    while (p < t + len && *p == ' ')
        p++;
    if (p == t + len || !is_alpha((unsigned char)*p))
        return 0;
    next_word(&p, t + len, w, sizeof w);
    return in_list(subjects, COUNT(subjects), w);
}

/* Ends on a demonstrative standing for a thing named before: "Chicken
 * Little would love this one.", "Kudos to the writers on this one.", "We
 * suspect he's right about that one." */
static int ends_on_this_one(const char *t, size_t len)
{
    len = pc_trim_end(t, len, "\"' .!?");
    static const char *const ends[] = {" this one", " that one"};
    for (size_t k = 0; k < COUNT(ends); k++) {
        size_t n = strlen(ends[k]);
        if (len >= n && memcmp(t + len - n, ends[k], n) == 0)
            return 1;
    }
    return 0;
}

/* Ends on "that" or "this" standing for what was said before: "Well,
 * ben gwynne can top that.", "Nobody expected this.", "It came to
 * this."  A demonstrative at the very end points back (nothing follows
 * for it to point to).  In train-10k's sources, 6.9 % of the 144 such
 * sentences of five content words or more without quote marks have 60 %
 * of their content words in the reference, against 15.3 % of all
 * sentences without quote marks.  Not inside a quotation the sentence
 * opened and has not closed ("He said: \"you didn't build that."): the
 * speaker's word, whose referent is in his own words, not the digest's
 * pointer back; of 67 such sentences in train-10k's sources 19.4 % have
 * 60 % of their content words in the reference, as of any sentence
 * (18.0 %), against 13.0 % of the other 192 ending on "that."/"this."
 * (s32g-that, another stopword list than the figures above).  One that
 * ends before a closing quote mark ("... top that.\"") ends on no period
 * and is not read either. */
static int ends_on_demonstrative(const char *t, size_t len)
{
    len = pc_trim_end(t, len, " ");
    if (len < 7 || (t[len - 1] != '.' && t[len - 1] != '!'))
        return 0;
    const char *w = t + len - 6; /* " that." */
    if (!(w[0] == ' ' && w[1] == 't' && w[2] == 'h' &&
          ((w[3] == 'a' && w[4] == 't') || (w[3] == 'i' && w[4] == 's'))))
        return 0;
    /* counted only for the few sentences on "that."/"this." (English: no
     * low quote marks) */
    quotes q = count_quotes(t, len, 0);
    return !inside_quote(&q);
}

/* An interjection and a comma, the opening of a reply to what came
 * before: "Well, ben gwynne can top that.", "Oh, and ...", "Yes, apple is
 * lining up ...".  In train-10k's sources 8.5 % of the 176 such
 * sentences of five content words or more have 60 % of their content
 * words in the reference (15.3 % of all sentences without quote
 * marks). */
static int opens_interjection(const char *t, size_t len)
{
    static const char *const interjections[] = {"well", "oh", "yes", "no", "sure", "okay", "ok"};
    const char *p = t, *end = t + len;
    while (p < end && *p == ' ')
        p++;
    /* the comma within the first five letters: most sentences end here */
    const char *comma = memchr(p, ',', (size_t)(end - p) < 6 ? (size_t)(end - p) : 6);
    if (!comma || comma == p)
        return 0;
    char w[8];
    size_t n = (size_t)(comma - p);
    for (size_t i = 0; i < n; i++) {
        if (!is_alpha((unsigned char)p[i]))
            return 0;
        w[i] = (char)(p[i] | 32);
    }
    w[n] = 0;
    return in_list(interjections, COUNT(interjections), w);
}

/* The last words of t before its final period, last first, into
 * w[0..most) (lower-cased, "" past the first): none when t does not end
 * in a period right after a letter (a quotation, a question), and none
 * before a comma, colon, semicolon or dash, which ends the clause.
 * Returns 1 when such a mark ended the reading. */
static int last_words(const char *t, size_t len, char w[][16], size_t most)
{
    for (size_t k = 0; k < most; k++)
        w[k][0] = 0;
    len = pc_trim_end(t, len, " ");
    if (len < 2 || t[len - 1] != '.' || !is_alpha((unsigned char)t[len - 2]))
        return 0;
    size_t e = len - 1;
    for (size_t k = 0; k < most; k++) {
        size_t b = e;
        while (b > 0 && (is_alpha((unsigned char)t[b - 1]) || t[b - 1] == '\''))
            b--;
        if (b == e || e - b >= 16)
            return b > 0;
        for (size_t i = b; i < e; i++)
            w[k][i - b] = (char)(t[i] | 32);
        w[k][e - b] = 0;
        if (b == 0 || t[b - 1] != ' ')
            return b > 0;
        e = b - 1;
    }
    return 0;
}

/* Verbs whose complement English leaves out when the sentence before
 * gave it (null complement anaphora, Hankamer and Sag 1976): "The
 * Taliban, the Islamic movement that controls most of Afghanistan,
 * refused." (refused what?); not "declined", also a verb of prices. */
static const char *const nca_verbs[] = {"refused",  "refuses",  "refuse",   "agreed",   "insisted",
                                        "objected", "complied", "relented", "consented"};
static const char *const be_forms[] = {"is", "was", "were", "are", "be", "been", "being"};
/* Auxiliaries that end a verb phrase whose verb the sentence before gave
 * (verb phrase ellipsis: "He did not.", "Britain said it would.") */
static const char *const aux_ellipsis[] = {
    "did",       "would",   "could",   "should", "will",     "can",      "might",  "must",
    "didn't",    "doesn't", "don't",   "won't",  "wouldn't", "couldn't", "can't",  "cannot",
    "shouldn't", "hasn't",  "haven't", "hadn't", "isn't",    "wasn't",   "aren't", "weren't"};
static const char *const aux_not[] = {"did", "does",   "do",   "would", "will",  "could",
                                      "can", "should", "has",  "have",  "had",   "is",
                                      "was", "are",    "were", "must",  "might", "may"};
/* Words that join a second clause or a comparison to a sentence */
static const char *const clause_words[] = {
    "and",     "but",     "or",      "nor",   "so",     "if",     "when",     "whenever", "after",
    "before",  "while",   "because", "since", "until",  "though", "although", "than",     "as",
    "whether", "despite", "way",     "where", "unless", "once",   "what"};
static const char *const ends_last[] = {"not", "so", "likewise", "same", "suit"};
static const char *const do_so[] = {"did", "do", "does", "done", "doing"};

/* Ends on a verb phrase whose verb or complement only the sentence
 * before says: a verb without its complement ("... refused.", not the
 * passive "was refused."), an auxiliary without its verb ("He did not.",
 * "Britain said it would."; not in a comparison, "... than it did."), or
 * a pro-form of the verb phrase ("did so", "did likewise", "did the
 * same", "followed suit").  English grammar (docs/methods.md). */
static int elliptical_end(char w[][16])
{
    if (in_list(nca_verbs, COUNT(nca_verbs), w[0]))
        return !in_list(be_forms, COUNT(be_forms), w[1]);
    if (in_list(aux_ellipsis, COUNT(aux_ellipsis), w[0]))
        return 1;
    if (!strcmp(w[0], "not"))
        return in_list(aux_not, COUNT(aux_not), w[1]);
    if (!strcmp(w[0], "so") || !strcmp(w[0], "likewise"))
        return in_list(do_so, COUNT(do_so), w[1]);
    if (!strcmp(w[0], "same") && !strcmp(w[1], "the"))
        return in_list(do_so, COUNT(do_so), w[2]);
    return !strcmp(w[0], "suit") && !strncmp(w[1], "follow", 6);
}

static int ends_elliptical(const char *t, size_t len)
{
    /* most sentences end on a word no list has: read one word first */
    char w[6][16];
    last_words(t, len, w, 1);
    if (!w[0][0] || !(in_list(nca_verbs, COUNT(nca_verbs), w[0]) ||
                      in_list(aux_ellipsis, COUNT(aux_ellipsis), w[0]) ||
                      in_list(ends_last, COUNT(ends_last), w[0])))
        return 0;
    int after_mark = last_words(t, len, w, 6);
    if (!elliptical_end(w))
        return 0;
    /* a clause of its own after a comma, its subject a pronoun ("My card
     * gets charged, you don't."): its verb is the clause's before */
    for (size_t k = 1; after_mark && k < 6; k++)
        if (speaking_pronoun(w[k]))
            return 0;
    /* the verb it lacks may be the sentence's own, in a clause before the
     * ellipsis ("If he wanted to upstage them, he just did.", "A few weeks
     * after Letterman announced ..., Ferguson did the same.", "... in any
     * way they can.") or the clause that governs it ("... signaling to
     * judges that they should do the same."): then it points back to
     * nothing outside */
    for (size_t k = 1; k < 6; k++)
        if (!strcmp(w[k], "that"))
            return 0;
    const char *p = t, *end = t + len;
    char x[16];
    while (p < end) {
        next_word(&p, end, x, sizeof x);
        if (x[0] && in_list(clause_words, COUNT(clause_words), x))
            return 0;
    }
    return 1;
}

/* A subordinate clause or a participle's phrase standing as a sentence:
 * the rest of the sentence before it, which a source's ellipsis or a
 * page's break cut off ("... in the pokey... || Because cigarettes are
 * banned there.", "... filed a report on monday... || Saying she last saw
 * him on may 9.").  It opens with "because" or with a participle of a
 * verb of saying or naming, and has no comma, semicolon, colon or dash
 * after which a main clause could follow ("Because he was ill, he left."
 * and "Saying so, he left." have one).  In train-10k, precis's own
 * segmentation: such openings are 68 "because" and 16 participles in
 * 210,605 source sentences, against 28 and 3 in the references' 99,110,
 * where "Because ..." answers the question right before it ("Why the
 * refusal? || Because ...") or goes on with a quotation: a sentence that
 * needs the one before it, not a broken one.  "Adding to
 * the grief is ..." and "According to ..." open whole sentences, and are
 * not listed. */
static int no_main_clause(const char *t, size_t len)
{
    static const char *const openers[] = {"because",  "saying",     "telling",   "calling",
                                          "claiming", "noting",     "citing",    "insisting",
                                          "asking",   "suggesting", "explaining"};
    const char *p = t, *end = t + len;
    char w[16];
    size_t n = next_word(&p, end, w, sizeof w);
    if (n < 6 || n > 10 || !in_list(openers, COUNT(openers), w))
        return 0;
    for (const char *q = p; q < end; q++) {
        if (*q == ',' || *q == ';' || *q == ':' || (*q == '-' && q + 1 < end && q[1] == '-'))
            return 0;
        /* an em or en dash, U+2014 or U+2013 */
        if ((unsigned char)*q == 0xE2 && q + 2 < end && (unsigned char)q[1] == 0x80 &&
            ((unsigned char)q[2] == 0x94 || (unsigned char)q[2] == 0x93))
            return 0;
        /* a spaced hyphen, as a dash */
        if (*q == '-' && q > p && q[-1] == ' ' && q + 1 < end && q[1] == ' ')
            return 0;
    }
    return 1;
}

/* Read in English text only, as every list above is English: other
 * languages write the same letters for other words (Spanish "He visto" is
 * "I have seen", Italian "I ministri" "The ministers", Swedish and Danish
 * "I går" "Yesterday", French "Plus de cent" "More than a hundred"); their
 * own openers are their profiles' (lang_refers_back). */
static int refers_back(const char *t, size_t len, int english)
{
    return english &&
           (opening_refers_back(t, len) || comma_connective(t, len) || fronted_pronoun(t, len) ||
            ends_on_this_one(t, len) || ends_elliptical(t, len) || ends_on_demonstrative(t, len) ||
            opens_interjection(t, len) || no_main_clause(t, len));
}

/* A wire service's pickup line: the last line of a story's new version,
 * the first words of the paragraph where the version before goes on and
 * the editor's note of which one ("Stepinac was, 5th graf, pvs.", "The
 * plane, 5th graf pvs.", "No member, 5th graf, 1st Ld-Writethru"): an
 * ordinal and "graf" or "grafs", newsroom words for a paragraph that
 * prose does not write. */
static int pickup_line(const char *t, size_t len)
{
    for (size_t i = 0; i + 4 <= len; i++) {
        const char *g = memchr(t + i, 'g', len - i);
        if (!g)
            return 0;
        i = (size_t)(g - t);
        size_t e = i + 4;
        if (e > len || memcmp(g, "graf", 4) != 0)
            continue;
        if (e < len && t[e] == 's')
            e++;
        if ((e < len && is_alpha((unsigned char)t[e])) || i < 4 || t[i - 1] != ' ')
            continue;
        /* the ordinal before it: digits and st, nd, rd or th */
        size_t b = i - 1;
        static const char *const ends[] = {"st", "nd", "rd", "th"};
        int ordinal = 0;
        for (size_t k = 0; k < COUNT(ends); k++)
            ordinal |= memcmp(t + b - 2, ends[k], 2) == 0;
        if (!ordinal)
            continue;
        b -= 2;
        size_t d = b;
        while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9')
            d--;
        if (d < b && (d == 0 || t[d - 1] == ' ' || t[d - 1] == ','))
            return 1;
    }
    return 0;
}

/* Ends in an initial: "... James P." (a capital alone before the final
 * period, after a space), closing quote marks aside. */
static int ends_in_initial(const char *t, size_t len)
{
    len = pc_trim_end(t, len, "\"' ");
    if (len < 2 || t[len - 1] != '.')
        return 0;
    unsigned char c = (unsigned char)t[len - 2];
    if (c < 'A' || c > 'Z')
        return 0;
    return len == 2 || t[len - 3] == ' ' || t[len - 3] == '(';
}

/* A piece of an aside in brackets that runs over several sentences ("(
 * voldemort was a literal mass-murderer; trump is not. || Voldemort was
 * a powerful dark wizard; trump is just a muggle. )"), or of a sentence
 * cut inside brackets: it opens a parenthesis it does not close, or ends
 * with one it did not open.  A list item's "1)" opens its sentence and
 * counts for nothing.  Round and square brackets alike. */
static int bracket_cut(const char *t, size_t len, char o, char c)
{
    /* most sentences have no bracket at all, found by memchr: the count
     * is for those that have one */
    if (!memchr(t, o, len) && !memchr(t, c, len))
        return 0;
    size_t open = 0, close = 0;
    for (size_t i = 0; i < len; i++) {
        open += t[i] == o;
        close += t[i] == c;
    }
    len = pc_trim_end(t, len, " ");
    return open > close || (close > open && len && t[len - 1] == c);
}

/* Whether t ends as a question or an exclamation: a question mark of any
 * script (? ؟ ？, Greek ; after a Greek letter) or an exclamation mark (!
 * ！) before its closing marks.  Without a quote mark in it (the caller's
 * count), it is the writer's own: a column's "Could cornstarch have
 * plugged bp's oil well?", a page's "Can't get enough of people's royals
 * coverage?" ask; a page's call to action ("Get email notifications on
 * ... daily!", "Be sure to vote for ...!"), a headline's hook ("Justin
 * bieber proposed to hailey baldwin!", "Tsa baggage screeners: not all
 * bad!"), a columnist's aside ("Buckle up and hold on!") call out; a
 * summary tells, as news tells its events in statements.  A quoted
 * question or exclamation is someone's words. */
static int ends_asking(const char *t, size_t len)
{
    len = pc_trim_closers(t, 0, len);
    const unsigned char *u = (const unsigned char *)t;
    return len > 0 &&
           (t[len - 1] == '?' || t[len - 1] == '!' ||
            (len >= 2 && u[len - 2] == 0xD8 && u[len - 1] == 0x9F) || /* ؟ */
            (len >= 3 && u[len - 3] == 0xEF && u[len - 2] == 0xBC &&
             (u[len - 1] == 0x9F || u[len - 1] == 0x81)) || /* ？ ！ */
            (t[len - 1] == ';' && len >= 3 && (u[len - 3] == 0xCE || u[len - 3] == 0xCF)));
}

static int paren_cut(const char *t, size_t len)
{
    return bracket_cut(t, len, '(', ')') || bracket_cut(t, len, '[', ']');
}

/* Cut short: a teaser or caption that a page truncated ("... in kabul,
 * afghanistan,...", "... accused the taliban and the u.s. Of...", "The
 * national weather service has...", "430 kilometers ( 267 miles )..."): it
 * ends in an ellipsis right after a comma, or after a word that cannot end
 * a phrase (an article, a preposition, a conjunction, a possessive), or,
 * outside quotation marks, after any word or a closing bracket.  Speech
 * that trails off ("... i ' mma be honest... \"") keeps its sentence, and
 * four dots ("get it....") are an ellipsis and a period. */
/* Where the ellipsis that ends t[0..len) starts ("...", "…", before closing
 * quote marks), or 0 when it ends otherwise. */
static size_t ellipsis_at(const char *t, size_t len)
{
    len = pc_trim_end(t, len, " \"'");
    if (len >= 3 && (!memcmp(t + len - 3, "...", 3) || !memcmp(t + len - 3, "\xE2\x80\xA6", 3)))
        return len - 3;
    return 0;
}

#define COPY_MIN_TOKENS 4   /* a shorter start is shared by chance */
#define COPY_MAX_COMPARE 64 /* sentences compared with one excerpt, at most */

/* A key of a sentence's first COPY_MIN_TOKENS tokens. */
static uint32_t start_key(const pc_sent *s)
{
    return pc_fnv1a((const char *)s->tok, COPY_MIN_TOKENS * sizeof *s->tok);
}

/* The sentences of c with more than COPY_MIN_TOKENS tokens, as (start_key
 * << 32 | index), sorted; NULL when out of memory (no excerpt is then
 * found). */
static uint64_t *start_index(const pc_model *m, size_t *n)
{
    const precis_cluster *c = m->c;
    uint64_t *ix = pc_arena_alloc(m->arena, (c->nsents + 1) * sizeof *ix);
    *n = 0;
    if (!ix)
        return NULL;
    for (size_t k = 0; k < c->nsents; k++)
        if (c->sents[k].ntok > COPY_MIN_TOKENS)
            ix[(*n)++] = (uint64_t)start_key(&c->sents[k]) << 32 | (uint32_t)k;
    pc_sort_u64(ix, *n);
    return ix;
}

/* Whether the sentence st, which ends in an ellipsis, is the start of a
 * longer sentence of its cluster, word for word: a teaser or a feed's
 * excerpt cut at a length ("The state department has approved arms sales
 * to taiwan worth a total of $ 1.4 billion, the first such deal with the
 * self-governing..."), whose whole the cluster has.  Only sentences that
 * end so are looked up (about 1 in 60 of Multi-News's), in the index of
 * sentence starts (built the first time one is), and each is compared with
 * at most COPY_MAX_COMPARE sentences that start as it does: linear however
 * many sentences share a start. */
static int cut_copy(const pc_model *m, const pc_sent *st, uint64_t **ix, size_t *nix)
{
    if (st->ntok < COPY_MIN_TOKENS || !ellipsis_at(st->text, st->len))
        return 0;
    if (!*ix && !(*ix = start_index(m, nix)))
        return 0;
    uint64_t key = (uint64_t)start_key(st) << 32;
    size_t lo = 0, hi = *nix;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((*ix)[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo, seen = 0;
         k < *nix && ((*ix)[k] >> 32) == key >> 32 && seen < COPY_MAX_COMPARE; k++, seen++) {
        const pc_sent *o = &m->c->sents[(uint32_t)(*ix)[k]];
        if (o != st && o->ntok > st->ntok &&
            memcmp(o->tok, st->tok, st->ntok * sizeof *st->tok) == 0)
            return 1;
    }
    return 0;
}

static int cut_short(const char *t, size_t len)
{
    static const char *const open_words[] = {"a",   "an",   "the",   "of",    "to",   "in",  "on",
                                             "at",  "for",  "with",  "by",    "from", "and", "or",
                                             "but", "his",  "her",   "their", "its",  "our", "your",
                                             "my",  "into", "about", "as",    "than", "that"};
    size_t e = ellipsis_at(t, len);
    if (!e)
        return 0;
    int quoted = e + 3 < pc_trim_end(t, len, " ");
    while (e && t[e - 1] == ' ')
        e--;
    if (e && t[e - 1] == ',')
        return 1;
    if (!quoted && e && t[e - 1] != '.') {
        unsigned char b = (unsigned char)t[e - 1];
        /* a word's last letter or digit (any script, not the punctuation
         * block U+2000..U+206F), or a closing bracket */
        if (b == ')' || (b < 0x80 && (is_alpha(b) || (b >= '0' && b <= '9'))) ||
            (b >= 0x80 && !(e >= 3 && (unsigned char)t[e - 3] == 0xE2 &&
                            ((unsigned char)t[e - 2] == 0x80 || (unsigned char)t[e - 2] == 0x81))))
            return 1;
    }
    size_t b = e;
    while (b && is_alpha((unsigned char)t[b - 1]))
        b--;
    char w[8];
    if (e - b == 0 || e - b >= sizeof w || (b && t[b - 1] != ' '))
        return 0;
    for (size_t k = 0; k < e - b; k++)
        w[k] = (char)(t[b + k] | 32);
    w[e - b] = 0;
    return in_list(open_words, COUNT(open_words), w);
}

/* All in brackets ("(Richard Nixon resigned after the House Judiciary
 * Committee reported ...)", "( note: she removed the post on sunday )."):
 * an aside on the sentence before it, which it needs as a pronoun does. */
static int whole_aside(const char *t, size_t len)
{
    len = pc_trim_end(t, len, " .!?\"");
    size_t i = 0;
    while (i < len && t[i] == ' ')
        i++;
    if (len - i < 2 || !((t[i] == '(' && t[len - 1] == ')') || (t[i] == '[' && t[len - 1] == ']')))
        return 0;
    int depth = 0;
    for (size_t k = i; k < len; k++) { /* the opening bracket closes at the end */
        depth += t[k] == t[i] ? 1 : t[k] == t[len - 1] ? -1 : 0;
        if (depth == 0 && k + 1 < len)
            return 0;
    }
    return 1;
}

/* Opens with a relative pronoun ("Who represented laboz in the sale,
 * said ...") and asks nothing: the rest of a sentence whose abbreviation
 * ("inc.") the segmenter took for its end.  A question ("Who won?") opens
 * so too and stands.  English sentences only: German writes the World
 * Health Organization's initials as a word ("WHO warnt vor ..."). */
static int opens_relative(const char *t, size_t len)
{
    static const char *const rel[] = {"who", "whom", "whose"};
    const char *p = t, *end = t + len;
    char w[24];
    next_word(&p, end, w, sizeof w);
    if (!in_list(rel, COUNT(rel), w))
        return 0;
    len = pc_trim_closers(t, 0, len);
    return !len || t[len - 1] != '?';
}

/* Opens with punctuation, or in lower case right after a word, a number or
 * a comma, colon or semicolon of its document: the segmenter split a
 * clause (a hard-wrapped line, the byte limit, an abbreviation it took for
 * a sentence's end).  After a sentence's end, and after what closes a
 * dateline or a heading -- a dash or a parenthesis ("WASHINGTON (AP) --
 * house lawmakers ...", in text that, like Multi-News, is lower-cased), or
 * nothing at all at the top of the document -- a lower-case opening is a
 * sentence all the same: such text lower-cases the word after a closing
 * quote too ("big sis . \" janet napolitano"). */
/* A wire's code glued to the front of a sentence ("nn Another hazard is
 * electrical.", a paragraph mark of the New York Times wire): in a
 * cluster written in mixed case (cased() 2), the source opens the
 * sentence with a lower-case word and then a capitalised one, and the
 * cluster writes that word nowhere but at the opening of sentences.  A
 * word of the language is written inside sentences too ("F.W. de Klerk"
 * opens "de Klerk said ..."); a word with a capital inside ("iPhone")
 * opens as it is written.  Looked at only in a cased cluster, for the
 * sentences whose display text took a capital their source lacks
 * (pc_sent.recapped); the first that opens so counts, in one pass, the
 * sentences each term opens (*openings, in the model's arena; left
 * unmarked when out of memory). */
static int code_front(const pc_model *m, const pc_sent *st, uint32_t **openings)
{
    const precis_cluster *c = m->c;
    const pc_doc *d = &c->docs[st->doc];
    size_t i = st->start, end = st->end < d->len ? st->end : d->len;
    if (i >= end || d->text[i] < 'a' || d->text[i] > 'z' || !st->ntok)
        return 0;
    while (i < end && d->text[i] >= 'a' && d->text[i] <= 'z')
        i++;
    if (i + 1 >= end || d->text[i] != ' ' || d->text[i + 1] < 'A' || d->text[i + 1] > 'Z')
        return 0;
    if (!*openings) { /* per term, the sentences it opens: counted once */
        *openings = pc_arena_calloc(m->arena, c->vocab.nterms + 1, sizeof **openings);
        if (!*openings)
            return 0;
        for (size_t k = 0; k < c->nsents; k++)
            if (c->sents[k].ntok)
                (*openings)[c->sents[k].tok[0]]++;
    }
    uint32_t t = st->tok[0];
    return (*openings)[t] >= c->vocab.terms[t].occurrences;
}

/* A sentence that opens in lower case (any script's Ll) right after a
 * letter, a digit, a comma, a semicolon or a colon: a piece that
 * segmentation cut from the sentence before, or one that opens with
 * punctuation. */
static int opens_lower(const pc_doc *d, const pc_sent *st)
{
    const char *t = st->text;
    size_t len = st->len;
    size_t i = 0;
    while (i < len && t[i] == ' ')
        i++;
    if (i >= len)
        return 1;
    unsigned char c = (unsigned char)t[i];
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == ')')
        return 1; /* punctuation opens no sentence (". . . The A.N.C.") */
    if (c == '_' && (i + 1 == len || t[i + 1] == ' '))
        return 1; /* a list item after the wire's underscore dash ("_ Treasury
                   * Department and U.S. Postal Service."): the head of its
                   * list is in the sentence before */
    if (c >= 0x80 ? category_at(t + i, len - i) != UTF8PROC_CATEGORY_LL : c < 'a' || c > 'z')
        return 0;
    size_t b = st->start < d->len ? st->start : d->len;
    while (b > 0 && (d->text[b - 1] == ' ' || d->text[b - 1] == '"' || d->text[b - 1] == '\'' ||
                     d->text[b - 1] == '\n' || d->text[b - 1] == '\t'))
        b--;
    if (b == 0)
        return 0;
    unsigned char p = (unsigned char)d->text[b - 1];
    if (p >= 0x80) { /* a letter or digit of any script ends the text before */
        utf8proc_category_t k = category_before(d->text, b);
        return is_letter(k) || (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
    }
    return ((p | 32) >= 'a' && (p | 32) <= 'z') || (p >= '0' && p <= '9') || p == ',' || p == ';' ||
           p == ':';
}

/* Whether the words at p, right after a noun, restrict it so that the
 * description says itself what it is ("The team of six women", "The shower,
 * which peaks every 33 years,", "The obstetrician, Dr. Barnett Slepian,"):
 * a preposition "of", a relative pronoun, or a name in apposition (a
 * capital after a comma or a dash). */
static int restricted(const char *p, const char *end)
{
    static const char *const words[] = {"of", "who", "which", "that", "whose"};
    char w[24];
    while (p < end && (*p == ',' || *p == ' ' || *p == '_' || *p == '-'))
        p++;
    if (p < end && *p >= 'A' && *p <= 'Z') {
        /* a name in apposition, unless what the commas hold says who said
         * it ("The reports, American officials said, included ...") */
        for (const char *q = p; q < end && *q != ',';) {
            size_t wl = next_word(&q, end, w, sizeof w);
            if (!wl)
                break;
            if (pc_speaker_word_folded(w, wl))
                return 0;
        }
        return 1;
    }
    next_word(&p, end, w, sizeof w);
    return in_list(words, COUNT(words), w);
}

/* Nouns that name, as a whole, what the sentences before them said (the
 * "shell nouns" of Schmid 2000, the "labels" of Francis 1994): "The result
 * is that much of the cost ...", "The ruling was expected", "The comments
 * echoed ...".  After "The", unrestricted (not "The result of the vote",
 * "The news that ..."), such a noun points back at a clause, not at a word
 * the sentence before repeats, so the stem test below cannot see it.
 * English, like the lists above. */
static const char *const shell_nouns[] = {
    "result",   "results", "outcome", "incident",    "announcement", "ruling",
    "verdict",  "change",  "changes", "situation",   "problem",      "statement",
    "comments", "remarks", "news",    "effort",      "step",         "findings",
    "episode",  "claim",   "claims",  "allegations",
};

/* Whether p opens with a shell noun that nothing after it restricts. */
static int shell_noun(const char *p, const char *end)
{
    char w[24];
    const char *q = p;
    if (p >= end || *p < 'a' || *p > 'z')
        return 0;
    next_word(&q, end, w, sizeof w);
    return in_list(shell_nouns, COUNT(shell_nouns), w) && !restricted(q, end);
}

/* How many words open t before the noun of a definite description: 1
 * for "The ...", 2 for a fronted phrase "At the ...", "During the ..."
 * (the topic of the sentence, which points back as its subject would: "...
 * a disputed meeting between Microsoft and Netscape ... || At the meeting,
 * the government contends, ..."); 0 for neither. */
static uint32_t fronted_the(const char *t, size_t len)
{
    static const char *const preps[] = {"at",    "in",        "during",  "after", "before",
                                        "since", "following", "despite", "under", "from",
                                        "on",    "with",      "through"};
    if (len >= 5 && (t[0] == 'T' || t[0] == 't') && !memcmp(t + 1, "he ", 3))
        return 1;
    const char *sp = memchr(t, ' ', len);
    size_t n = sp ? (size_t)(sp - t) : 0;
    char w[16];
    if (n < 2 || n >= sizeof w || t[0] < 'A' || t[0] > 'Z' || len < n + 6 || memcmp(sp, " the ", 5))
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(t[i] | 32);
    w[n] = 0;
    return in_list(preps, COUNT(preps), w) ? 2 : 0;
}

/* Whether t[0..len), a sentence with no quote mark, says "here" in the
 * writer's own words: the place of the document's dateline ("Egyptian
 * President Hosni Mubarak flew here on Sunday", "... being heard in United
 * States district court here") or the page ("The video shown here", "Here's
 * how to ...", "go here"), which a summary of several documents does not
 * show: the reader cannot tell where "here" is.  Such a sentence is never
 * chosen.  In train-10k's sources, of the sentences of five content words
 * or more with no quote mark, 6.9 % of the 1,276 that say "here" have 60 %
 * of their content words in the reference, against 16.1 % of the others
 * (mean 0.28 against 0.36): summary writers leave them out.  "here in" and
 * "here at" name the place ("here in Amsterdam").  English. */
static int says_here(const char *t, size_t len)
{
    const char *end = t + len;
    char w[16];
    /* memchr for the word's first letter, in either case: the test reads
     * every candidate, and most have no "here" */
    for (int cap = 0; cap < 2; cap++) {
        for (const char *p = t; (p = memchr(p, cap ? 'H' : 'h', (size_t)(end - p))) != NULL; p++) {
            if (end - p < 4 || memcmp(p + 1, "ere", 3) || (p > t && is_alpha((unsigned char)p[-1])))
                continue;
            const char *q = p + 4;
            if (q < end && *q == '\'' && q + 1 < end && q[1] == 's')
                q += 2; /* "here's" */
            if (q < end && (is_alpha((unsigned char)*q) || *q == '-' || *q == '\''))
                continue; /* "hereby", "here-and-now" */
            next_word(&q, end, w, sizeof w);
            if (strcmp(w, "in") && strcmp(w, "at"))
                return 1;
        }
    }
    return 0;
}

/* Whether t[0..len) opens with a person described by age, "The" and at
 * most two words before "N-year-old" ("The 20-year-old reality star gave
 * birth ...", "The 45-year-old American citizen was captured ..."): the
 * epithet a story gives someone it named before, in text with capitals
 * or without.  Summary writers give it after the name: of train-10k's
 * references, 11 of the 10,000 first sentences open so (0.11 %), against
 * 202 of the 63,286 others (0.32 %); in the sources, 31.8 % of the 358
 * such sentences have 60 % of their content words in the reference
 * (16.6 % of all): worth choosing, but not first (PC_SA_BACK2). */
static int aged_description(const char *t, size_t len)
{
    const char *p = t, *end = t + len;
    if (len < 16 || (t[0] != 'T' && t[0] != 't') || t[1] != 'h' || t[2] != 'e' || t[3] != ' ')
        return 0;
    p += 4;
    for (int k = 0; k < 3 && p < end; k++) {
        const char *w = p;
        while (p < end && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        if (n > 9 && w[0] >= '0' && w[0] <= '9' && !memcmp(p - 9, "-year-old", 9)) {
            const char *d = w;
            while (d < p - 9 && *d >= '0' && *d <= '9')
                d++;
            return d == p - 9;
        }
        p++;
    }
    return 0;
}

/* Nouns after which "I" is a roman numeral ("World War I", "Title I",
 * "Division I", "a Schedule I drug"). */
static const char *const roman_before[] = {
    "war",     "phase",   "title",    "part",    "class",    "type",     "stage",
    "grade",   "season",  "episode",  "chapter", "act",      "book",     "volume",
    "article", "section", "category", "level",   "division", "schedule", "tier"};

/* Whether t[0..len) says "I", "me", "my" or "myself" outside its quote
 * marks (inside: it starts inside a quotation its document opened
 * before): the writer's own first person ("I annotated it using genius.",
 * "After our conversation ended, ...": not "our", a newsroom's too; not
 * "mine", a pit as often), whom a digest of several outlets cannot show.
 * In train-10k, 0.22 % of the references' sentences have it outside a
 * quotation (164 of 73,286), against 2.3 % of the sources' sentences of
 * five content words or more (3,639 of 155,407; 11.6 % of these have 60 %
 * of their content words in the reference, 15.3 % of all sentences
 * without quote marks): summary writers tell it in the third person.
 * Straight double, curly and wire marks are read, and a single one after
 * a space that no contraction's end follows ("' i was not guilty, '
 * writes ..."; not "i ' m", as Multi-News writes it).  No "I" after an
 * article or a preposition ("for I MEF", a unit's numeral; the pronoun
 * there is "me"), no "I." the sentence goes on after (an initial), no
 * "my" before an article (a typo: "stopped my the police").  English.
 * Not first (pc_sa_may_open): never choosing it (PC_SA_BROKEN) cost 0.17
 * ROUGE-1 F on Multi-News val 1-1,000 at 250 words, where not first is
 * even; after the first, only right after the sentence before it in its
 * document (select.c, unplaced_first_person).  Read only for a sentence
 * that could open otherwise or is about to be chosen, which starts inside
 * no quotation (that one refers back), once (pc_sa_first_person): so few
 * that reading them all as candidates would cost more (0.5 M
 * instructions on 100 val clusters). */
/* Where the quotation open at p ends: right after its closing mark (a
 * straight one, U+201D or the wire's ''), or end. */
static const char *quote_end(const char *p, const char *end)
{
    const char *e = end;
    const char *x = memchr(p, '"', (size_t)(end - p));
    if (x)
        e = x + 1;
    for (x = p; (x = memchr(x, 0xE2, (size_t)(e - x))) != NULL && e - x >= 3; x++)
        if ((unsigned char)x[1] == 0x80 && (unsigned char)x[2] == 0x9D) {
            e = x + 3;
            break;
        }
    for (x = p; (x = memchr(x, '\'', (size_t)(e - x))) != NULL && e - x >= 2; x++)
        if (x[1] == '\'') {
            e = x + 2;
            break;
        }
    return e;
}

/* Words after which "I" is no pronoun: an article or a preposition ("a
 * spokesman for I MEF", "the I Touch Myself project": a unit's or a
 * title's numeral; the pronoun after a preposition is "me"). */
static const char *const not_before_i[] = {"the",  "a",  "an", "of", "by", "for", "from",
                                           "with", "to", "at", "on", "in", "into"};

/* Whether the word that ends right before a (the one before "I") is one of
 * list[0..n). */
static int word_before_in(const char *t, const char *a, const char *const *list, size_t n_list)
{
    const char *e = a;
    while (e > t && e[-1] == ' ')
        e--;
    const char *b = e;
    while (b > t && is_alpha((unsigned char)b[-1]))
        b--;
    char w[16];
    size_t n = (size_t)(e - b);
    if (n == 0 || n >= sizeof w)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(b[i] | 32);
    w[n] = 0;
    return in_list(list, n_list, w);
}

/* Whether an article follows p after spaces ("stopped my the police": a
 * typo, no possessive). */
static int article_after(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q == ' ')
        q++;
    if (q == p)
        return 0;
    const char *b = q;
    while (q < end && is_alpha((unsigned char)*q))
        q++;
    size_t n = (size_t)(q - b);
    return (n == 1 && (*b | 32) == 'a') || (n == 2 && (b[0] | 32) == 'a' && (b[1] | 32) == 'n') ||
           (n == 3 && (b[0] | 32) == 't' && (b[1] | 32) == 'h' && (b[2] | 32) == 'e');
}

/* Whether the text at p, after spaces, is a contraction's end ("m", "s",
 * "ll", "ve", "re", "d", "t" and no letter): the apostrophe before p is
 * no quote mark ("i ' m", as Multi-News writes it). */
static int contraction_at(const char *p, const char *end)
{
    while (p < end && *p == ' ')
        p++;
    const char *b = p;
    while (p < end && is_alpha((unsigned char)*p))
        p++;
    size_t n = (size_t)(p - b);
    if (n == 1)
        return strchr("msdtMSDT", *b) != NULL;
    return n == 2 && (((b[0] | 32) == 'l' && (b[1] | 32) == 'l') ||
                      ((b[0] | 32) == 'v' && (b[1] | 32) == 'e') ||
                      ((b[0] | 32) == 'r' && (b[1] | 32) == 'e'));
}

/* Where a quotation in single marks that opens at p (right after its
 * mark) ends: right after the next mark that is neither inside a word
 * ("mother's") nor before a contraction's end; end when none closes. */
static const char *single_quote_end(const char *p, const char *end)
{
    for (const char *x = p; (x = memchr(x, '\'', (size_t)(end - x))) != NULL; x++) {
        int inword =
            x > p && x + 1 < end && is_alpha((unsigned char)x[-1]) && is_alpha((unsigned char)x[1]);
        if (!inword && !contraction_at(x + 1, end))
            return x + 1;
    }
    return end;
}

/* Whether the writer says "I", "me", "my" or "myself" outside quote marks
 * (`plural` 0), or "we" or "our" (`plural` 1: an organisation's own page,
 * a letter, an editorial; not "us", which lower-cased text writes for the
 * U.S.). */
static int writer_says(const char *t, size_t len, int inside, int plural)
{
    const char *p = t, *end = t + len;
    if (inside)
        p = quote_end(p, end);
    while (p < end) {
        unsigned char ch = (unsigned char)*p;
        /* an opening mark: skip to the end of its quotation */
        if (ch == '"' || (ch == 0xE2 && end - p >= 3 && (unsigned char)p[1] == 0x80 &&
                          (unsigned char)p[2] == 0x9C)) {
            p = quote_end(p + (ch == '"' ? 1 : 3), end);
            continue;
        }
        if (ch == '`' && p + 1 < end && p[1] == '`') {
            p = quote_end(p + 2, end);
            continue;
        }
        /* a single mark after a space opens a quotation unless a
         * contraction's end follows ("' i was not guilty, ' he wrote") */
        if (ch == '\'' && (p == t || p[-1] == ' ') && !contraction_at(p + 1, end)) {
            p = single_quote_end(p + 1, end);
            continue;
        }
        int start = p == t || !is_alpha((unsigned char)p[-1]);
        int lc = ch | 32;
        if (!start || (plural ? lc != 'w' && lc != 'o' : lc != 'i' && lc != 'm')) {
            p++;
            continue;
        }
        const char *a = p;
        while (p < end && is_alpha((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - a);
        if (p < end && *p == '-')
            continue; /* "I-95" */
        if (plural) {
            if ((n == 2 && lc == 'w' && (a[1] | 32) == 'e') ||
                (n == 3 && lc == 'o' && (a[1] | 32) == 'u' && (a[2] | 32) == 'r'))
                return 1;
            continue;
        }
        /* "I" in any case ("i'm", "i've"); the others in lower case or
         * with a capital first ("ME" is Maine) */
        if (n == 1 && (ch | 32) == 'i') {
            /* not an initial ("f.b.i.", "i.m. chait", "kim i. hartman":
             * a period the sentence goes on after) */
            const char *after = p + 1;
            while (after < end && *after == ' ')
                after++;
            int initial = (a > t && a[-1] == '.') ||
                          (p + 1 < end && *p == '.' && is_alpha((unsigned char)p[1])) ||
                          (p < end && *p == '.' && after < end && is_alpha((unsigned char)*after));
            if (!initial && !word_before_in(t, a, roman_before, COUNT(roman_before)) &&
                !word_before_in(t, a, not_before_i, COUNT(not_before_i)))
                return 1;
            continue;
        }
        if ((ch | 32) != 'm' || (n > 1 && a[1] >= 'A' && a[1] <= 'Z'))
            continue;
        if ((n == 2 && (a[1] == 'e' || a[1] == 'E')) ||
            (n == 2 && (a[1] == 'y' || a[1] == 'Y') && !article_after(p, end)) ||
            (n == 6 && !memcmp(a + 1, "yself", 5)))
            return 1;
    }
    return 0;
}

/* Prepositions whose phrase, after a noun, says what the noun is ("The
 * crowd from the stadium", "The ban on smoking"). */
static const char *const noun_preps[] = {"from",  "in",    "at",      "for",     "on",   "with",
                                         "by",    "over",  "near",    "against", "into", "to",
                                         "about", "after", "between", "during"};

/* Whether nothing after the noun that ends at p says what it is: no
 * restricting words (restricted) nor a preposition of noun_preps. */
static int unrestricted(const char *p, const char *end)
{
    char w[24];
    const char *q = p;
    if (restricted(p, end))
        return 0;
    next_word(&q, end, w, sizeof w);
    return !in_list(noun_preps, COUNT(noun_preps), w);
}

/* How far back in its document a definite description's noun is looked
 * for (pc_sa_described): about a paragraph, as a run (PC_SA_CHAIN). */
#define DESCRIBED_BACK PC_SA_CHAIN

/* Auxiliaries and verbs of saying a plain description's subject takes
 * ("The girls were hiking", "The board said ..."). */
static const char *const subject_aux[] = {
    "is",  "was",  "were", "are",  "has", "had",   "have", "will",   "would", "could", "can",
    "did", "does", "said", "says", "may", "might", "must", "should", "also",  "then"};

/* Whether the word at p is a verb as the plain description's subject
 * takes it: an auxiliary or "said", or a word in "-ed" or "-s" ("The girls
 * were hiking", "The killers fled", "The panel warns").  Anything else
 * after the noun may say what the description is: another noun ("The
 * coast guard in Boston", a name in lower-cased text: "The uss fitzgerald"),
 * a comma and an apposition ("The track, written by ..."), a phrase ("The
 * museum overseeing ...", "The kennel where ..."), a number ("The first
 * 100 customers").  A word in "-is" is a noun ("The new analysis led by
 * ...": no verb but "is" ends so).  Returns 2 for a word in "-s" (which
 * may be a noun: plain_noun), its letters in w[0..cap). */
static int verb_next(const char *p, const char *end, char *w, size_t cap)
{
    if (p >= end || (*p >= '0' && *p <= '9'))
        return 0;
    size_t n = next_word(&p, end, w, cap);
    if (n < 2 || n >= cap - 1)
        return 0;
    if (in_list(subject_aux, COUNT(subject_aux), w))
        return 1;
    if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') {
        /* not a participle that restricts the noun ("The units based on
         * the mountain", "The lawsuit filed by ...") */
        static const char *const preps[] = {"by", "on",   "in",    "at",     "for",   "from",
                                            "to", "with", "after", "during", "under", "over"};
        char x[24];
        next_word(&p, end, x, sizeof x);
        return !in_list(preps, COUNT(preps), x);
    }
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
                   w[n - 2] != '\''
               ? 2
               : 0;
}

/* Whether a sentence of cluster c other than sentence `skip` writes the
 * word a[0..na) and right after it the word w[0..n) (letters compared in
 * lower case). */
static int written_after(const precis_cluster *c, size_t skip, const char *a, size_t na,
                         const char *w, size_t n)
{
    for (size_t s = 0; s < c->nsents; s++) {
        const char *t = c->sents[s].text, *end = t + c->sents[s].len;
        if (s == skip)
            continue;
        for (const char *q = t; q + na + 1 + n <= end; q++) {
            size_t k = 0;
            while (k < na && (q[k] | 32) == a[k])
                k++;
            if (k < na || q[na] != ' ' || (q > t && is_alpha((unsigned char)q[-1])))
                continue;
            const char *r = q + na + 1;
            for (k = 0; k < n && (r[k] | 32) == w[k];)
                k++;
            if (k == n && (r + n == end || !is_alpha((unsigned char)r[n])))
                return 1;
        }
    }
    return 0;
}

/* Whether the word w[0..n) in "-s", written after a description's noun
 * a[0..na) in sentence `skip`, is a noun, not the verb: its cluster writes
 * it elsewhere after "the" (a verb never follows an article: "the warns"),
 * or right after that noun again, as part of a name or a compound ("The
 * seattle seahawks quarterback posted ..." where the document introduced
 * "seattle seahawks quarterback russell wilson").  Read only for a
 * description about to wait (pc_sa_described). */
static int plain_noun(const precis_cluster *c, size_t skip, const char *a, size_t na, const char *w,
                      size_t n)
{
    return written_after(c, skip, "the", 3, w, n) || written_after(c, skip, a, na, w, n);
}

/* Whether the word w[0..n), the second after "The", is no noun but a verb
 * or an adverb ("The nypd said ...", "The records released this morning
 * show ...", "The research merely shows ..."): the noun, if any, was the
 * word before it. */
static int second_not_noun(const char *w, size_t n)
{
    if (in_list(subject_aux, COUNT(subject_aux), w))
        return 1;
    return n > 3 && ((w[n - 2] == 'e' && w[n - 1] == 'd') || (w[n - 2] == 'l' && w[n - 1] == 'y'));
}

uint32_t pc_sa_described(const pc_model *m, uint32_t i, uint32_t near[PC_SA_NEAR])
{
    for (int n = 0; n < PC_SA_NEAR; n++)
        near[n] = UINT32_MAX;
    const precis_cluster *c = m->c;
    uint32_t s = m->sentence_of[i];
    const pc_sent *st = &c->sents[s];
    if (c->docs[st->doc].lang != &pc_lang_en)
        return UINT32_MAX;
    const char *t = st->text, *end = st->text + st->len;
    uint32_t lead = fronted_the(t, st->len); /* words before the noun */
    if (!lead || st->ntok <= lead)
        return UINT32_MAX;
    const char *p = t;
    for (uint32_t k = 0; k < lead; k++)
        p = strchr(p, ' ') + 1;
    /* word for word, as definite_back reads them: one or two words in
     * lower case after "The", the first of them (no stopword) that a
     * sentence 2 to DESCRIBED_BACK before it in its document writes */
    for (uint32_t k = lead; k <= lead + 1 && k < st->ntok; k++) {
        if (p >= end || *p < 'a' || *p > 'z')
            return UINT32_MAX;
        uint32_t id = st->tok[k];
        int has = 0;
        if (!c->vocab.stop[id])
            for (uint32_t b = 2; b <= DESCRIBED_BACK && b <= s && !has; b++) {
                const pc_sent *x = &c->sents[s - b];
                if (x->doc != st->doc)
                    break;
                for (uint32_t q = 0; q < x->ntok && !has; q++)
                    if ((has = x->tok[q] == id)) {
                        /* the words around it there: a name or a
                         * phrase the description stands for ("pastor
                         * joel osteen", "two girls, liberty german
                         * and ...") */
                        int n = 0;
                        for (uint32_t r = q >= 2 ? q - 2 : 0; r <= q + 2 && r < x->ntok; r++)
                            if (r != q && !c->vocab.stop[x->tok[r]] && x->tok[r] != id)
                                near[n++] = x->tok[r];
                    }
            }
        const char *w0 = p;
        while (p < end && *p >= 'a' && *p <= 'z')
            p++;
        if (has && k > lead) {
            char w[24];
            size_t n = (size_t)(p - w0);
            if (n >= sizeof w)
                return UINT32_MAX;
            memcpy(w, w0, n);
            w[n] = 0;
            if (second_not_noun(w, n))
                return UINT32_MAX;
        }
        if (has) {
            char w[24], a[24];
            size_t na = (size_t)(p - w0);
            int v = p < end && *p == ' ' ? verb_next(p + 1, end, w, sizeof w) : 0;
            if (v == 2 && na < sizeof a) {
                for (size_t j = 0; j < na; j++)
                    a[j] = (char)(w0[j] | 32);
                v = plain_noun(c, s, a, na, w, strlen(w)) ? 0 : 1;
            }
            return v == 1 ? id : UINT32_MAX;
        }
        if (p >= end || *p != ' ')
            return UINT32_MAX;
        p++;
    }
    return UINT32_MAX;
}

/* Whether t[0..len), in a cluster written in mixed case, opens with a
 * definite description that nothing in it says what it is: "The" and a
 * word in lower case, neither it nor the word after it followed by what
 * restricts it (a preposition, a relative pronoun, a name: restricted
 * above, or a capital: "The radical Islamic group Hamas").  "The blast
 * killed two assailants ..." follows "A car bomb blew up Friday in a
 * Jerusalem market" in its document; "The crew reported smoke ...", "The
 * union later decided ...": each points back at what its document
 * introduced, in other words than its own (definite_back sees the same
 * word only), and cannot open a summary.  Read after the first sentence of
 * a document only: a lead introduces, and its description names what is
 * unique where the news is ("The city council voted on Wednesday ..."). */
static int bare_definite(const char *t, size_t len)
{
    const char *p = t, *end = t + len;
    char w[24];
    if (len < 8 || memcmp(t, "The ", 4))
        return 0;
    p += 4;
    for (int k = 0; k < 2; k++) {
        if (p >= end || *p < 'a' || *p > 'z')
            return 0;
        while (p < end && *p >= 'a' && *p <= 'z')
            p++;
        if (p >= end || *p != ' ' || restricted(p, end))
            return 0;
        const char *q = p;
        next_word(&q, end, w, sizeof w);
        if (in_list(noun_preps, COUNT(noun_preps), w))
            return 0;
        p++;
    }
    return 1;
}

/* Whether t[0..len) has a bar that is the page's, never prose's: menus
 * ("« previous | main | next »"), a headline and its site, a credit glued
 * to a lead ("| ap photo ...").  A danda typed as a bar is no such bar. */
static int page_bar(const char *t, size_t len)
{
    for (const char *b = memchr(t, '|', len); b; b = memchr(b + 1, '|', len - (size_t)(b + 1 - t)))
        if (!pc_bar_danda(t, len, (size_t)(b - t)))
            return 1;
    return 0;
}

/* Whether sentence st opens with a definite description whose noun the
 * sentence right before it in its document has ("Two groups claimed the
 * attack. || The groups were not identified.", "... delayed a plane ... ||
 * The plane will return later"): "The" and one or two words written in
 * lower case (a capitalised one is a name: "The Taliban"), one of which,
 * no stopword, has a stem of `before`.  The description points back at
 * what that sentence introduced, as a pronoun would.  Word for word the
 * tokens follow the text's words while they are plain words separated by
 * single spaces, so the check stops at anything else. */
static int definite_back(const precis_cluster *c, const pc_sent *st, const pc_sent *before)
{
    const char *t = st->text, *end = st->text + st->len;
    uint32_t lead = fronted_the(t, st->len); /* words before the noun */
    if (!lead || st->ntok <= lead)
        return 0;
    const char *p = t;
    for (uint32_t k = 0; k < lead; k++)
        p = strchr(p, ' ') + 1;
    if (shell_noun(p, end))
        return 1;
    for (uint32_t k = lead; k <= lead + 1 && k < st->ntok; k++) {
        if (p >= end || *p < 'a' || *p > 'z')
            return 0;
        uint32_t id = st->tok[k];
        int has = 0;
        if (!c->vocab.stop[id])
            for (uint32_t b = 0; b < before->ntok && !has; b++)
                has = before->tok[b] == id;
        while (p < end && *p >= 'a' && *p <= 'z')
            p++;
        if (has)
            return !restricted(p, end);
        if (p >= end || *p != ' ')
            return 0;
        p++;
    }
    return 0;
}

/* Words that name a picture, and the verbs of a credit line ("Uploaded
 * by", "Posted by"): English, like the lists above. */
static const char *const picture_words[] = {"photo",   "photos",   "image",      "images",
                                            "picture", "pictures", "screenshot", "caption"};
static const char *const credit_verbs[] = {"uploaded", "posted", "written", "photographed",
                                           "edited"};

#define GLUED_WORDS 6  /* how far into a sentence its front reaches */
#define LABEL_WORDS 12 /* a headline's length: how far a picture's label may be */

/* Whether the ASCII letters s[0..n) are an English stopword, in any case. */
static int stopword(const char *s, size_t n)
{
    char w[16];
    if (n >= sizeof w)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(s[i] | 32);
    return pc_is_stopword(w, n, pc_fnv1a(w, n));
}

/* Whether t[i..len) is one word of two letter runs joined by a slash, each
 * of two letters or more and not both of them stopwords: a picture's credit
 * names its photographer and agency so ("reuters/tim", "mazur/getty",
 * "afp/getty"), where prose joins alternatives that are function words
 * ("and/or", "his/her"). */
static int credit_slash(const char *t, size_t len, size_t i)
{
    size_t a = i;
    while (a < len && is_alpha((unsigned char)t[a]))
        a++;
    if (a - i < 2 || a + 2 >= len || t[a] != '/')
        return 0;
    size_t b = a + 1;
    while (b < len && is_alpha((unsigned char)t[b]))
        b++;
    if (b - a - 1 < 2 || (b < len && t[b] != ' ' && t[b] != '/'))
        return 0;
    return !(stopword(t + i, a - i) && stopword(t + a + 1, b - a - 1));
}

/* The next token of t[0..len) between spaces: moves *i to its start and
 * sets *e to its end; 0 when none is left. */
static int space_token(const char *t, size_t len, size_t *i, size_t *e)
{
    while (*i < len && t[*i] == ' ')
        (*i)++;
    if (*i == len)
        return 0;
    *e = *i;
    while (*e < len && t[*e] != ' ')
        (*e)++;
    return 1;
}

/* Whether t[i..e) is a number of digits between lo and hi, followed by
 * at most the mark `tail` (0 for none). */
static int number_token(const char *t, size_t i, size_t e, size_t lo, size_t hi, char tail)
{
    size_t d = i;
    while (d < e && t[d] >= '0' && t[d] <= '9')
        d++;
    return d - i >= lo && d - i <= hi && (d == e || (tail && d + 1 == e && t[d] == tail));
}

/* Whether the front of t[0..len) is a page's time stamp: a year, and
 * right after it a clock time with its zone or half of the day
 * (pc_clock_end: "Nov. 29, 2018, 1: 40 am gmt / updated ...", "Oct 3, 2016
 * 11:05 AM ET"), in its first LABEL_WORDS words.  News prose puts a word
 * between the two ("on Nov. 29, 2018, at 1:40 a.m."). */
static int time_stamp(const char *t, size_t len)
{
    /* no clock without a colon in the front: most sentences end here */
    if (!memchr(t, ':', len < 120 ? len : 120))
        return 0;
    size_t i = 0, e;
    for (size_t k = 0; k < LABEL_WORDS && space_token(t, len, &i, &e); k++, i = e)
        if (number_token(t, i, e, 4, 4, ',')) {
            size_t c = e;
            while (c < len && t[c] == ' ')
                c++;
            if (pc_clock_end(t, c, len))
                return 1;
        }
    return 0;
}

/* Whether the front of t[0..len) holds a run of NUMBER_RUN bare numbers,
 * each a token of one to four digits between spaces and each larger than
 * the one before, starting in its first LABEL_WORDS words ("36 37 38 39
 * 40 mississippi's law ...", "2 - 1 2 3 4 5 ... 28 complaint 1."): a
 * chart's axis or a document viewer's page numbers glued to the text.
 * Prose writes counts with commas or words between them ("1, 2 and 3").
 * Counted in train-10k: 10 of 219,521 source sentences hold such a run
 * anywhere, all page or chart text (an axis, a gallery's pager, a form's
 * list of ages), and none of 107,834 reference sentences.  Only the front
 * is read: every sentence of a cluster passes here, and a summary's
 * sentences showed the runs there. */
enum { NUMBER_RUN = 4 };
static int number_run(const char *t, size_t len)
{
    size_t run = 0, i = 0, e;
    long prev = -1;
    for (size_t k = 0; (k < LABEL_WORDS || run > 0) && space_token(t, len, &i, &e); k++, i = e) {
        long v = -1;
        if (number_token(t, i, e, 1, 4, 0)) {
            v = 0;
            for (size_t d = i; d < e; d++)
                v = v * 10 + (t[d] - '0');
        }
        run = v < 0 ? 0 : prev >= 0 && v > prev ? run + 1 : 1;
        if (run >= NUMBER_RUN)
            return 1;
        prev = v;
    }
    return 0;
}

/* Whether t[0..len), of `words` words, is a page run together: over
 * LINKED_WORDS words with a web address ("://") inside ("... may 28
 * http://www.example.org/... the commission has deemed ...", a channel's
 * "subscribe: http://... watch: http://..."), text whose sentences had no
 * full stop between them.  A news sentence that cites a link is short
 * ("The posting read: \"down: https://...\"").  Counted in train-10k:
 * 19 of 210,124 source sentences over 50 words hold "://", all page text
 * (link lists, archive notices, a player's poster markup, a policy), and
 * none of 99,116 reference sentences (one over 40 words).  Long sentences
 * only: the address is looked for in few. */
enum { LINKED_WORDS = 50 };
static int linked_run(const char *t, size_t len, size_t words)
{
    if (words <= LINKED_WORDS)
        return 0;
    for (const char *p = t, *e = t + len; (p = memchr(p, ':', (size_t)(e - p))) != NULL; p++)
        if (e - p >= 3 && p[1] == '/' && p[2] == '/')
            return 1;
    return 0;
}

/* Whether the sentence opens with page furniture glued to it (PC_SA_GLUED):
 * a headline's bar in its first LABEL_WORDS words ("Eric cantor | wharton
 * remarks ..."), a credit's slash in its first GLUED_WORDS.  In English
 * also a picture's label or credit in its first LABEL_WORDS ("photo:",
 * "credit:", "caption", a gallery's "image 1 of 29"); a picture word as
 * its first word, or as its second after a word that is no stopword ("Buy
 * photo ...", "Image copyright ...", "Getty images ..."; "A photo of the
 * suspect ..." is news); a credit verb and "by" ("Uploaded by ..."); or a
 * byline: "By" and two words that are neither stopwords nor numbers, the
 * first no gerund, with nothing between them ("By lauren johnson manhattan
 * landlord ..."; "By then", "By 2020", "By raising rates, ..." are
 * sentences).  A news sentence rarely opens so, and one that does is only
 * kept from opening a summary: the lead sentence of a page whose top the
 * text kept glued to it is still chosen, after an opener that shows no
 * furniture.  In any language also a page's time stamp (time_stamp) or a
 * copyright notice ("Copyright © 2018 albuquerque journal a construction
 * crew ...", pc_copyright_notice); in
 * English a gallery's count opening it ("1 of 11 we took a look ..."). */
static int glued_front(const char *t, size_t len, int english)
{
    if (time_stamp(t, len) || pc_copyright_notice(t, len))
        return 1;
    size_t i = 0;
    char w[3][16] = {"", "", ""}; /* the first three words, "" when fewer */
    int clean[3] = {0, 0, 0};     /* the word is letters only, no mark after them */
    int gallery = 0;              /* a picture word (1), then a number (2): "image 1 of 29" */
    size_t e;
    for (size_t k = 0; k < LABEL_WORDS && space_token(t, len, &i, &e); k++) {
        /* a slash, glued ("reuters/tim"), apart ("somodevilla / getty")
         * or first ("/ updated by ...", a page's byline line), in the
         * front; a bar anywhere a headline may reach */
        if (t[i] == '|' ||
            (k < GLUED_WORDS && (credit_slash(t, len, i) || (e == i + 1 && t[i] == '/'))))
            return 1;
        /* past the first three, only a word that may be a picture's or a
         * credit's (p, i, s, c and 5 to 11 bytes with a mark), one with a
         * colon, or the gallery's "of" is read */
        if (english && (k < 3 || gallery || t[e - 1] == ':' ||
                        (e - i >= 5 && e - i <= 11 && strchr("pPiIsScC", t[i])))) {
            /* letters, then at most a mark that ends a phrase ("photos:",
             * "burke,", "r.") */
            const char *p = t + i;
            char x[16];
            next_word(&p, t + e, x, sizeof x);
            if (!x[0] || p < t + e - 1 || (p == t + e - 1 && !strchr(".,:;", *p)))
                x[0] = 0;
            int picture = in_list(picture_words, COUNT(picture_words), x);
            /* a picture's label or credit after a headline: "Man pleads
             * guilty to urinating on alamo photo: billy calzada, ...",
             * "... image caption ...", "Credit: imperial college", "image 1
             * of 29" */
            if ((p == t + e - 1 && *p == ':' &&
                 (picture || strcmp(x, "credit") == 0 || strcmp(x, "credits") == 0)) ||
                strcmp(x, "caption") == 0 || (gallery == 2 && strcmp(x, "of") == 0))
                return 1;
            gallery = picture                                                    ? 1
                      : gallery == 1 && t[i] >= '0' && t[i] <= '9' && e - i <= 3 ? 2
                                                                                 : 0;
            if (k < 3) {
                memcpy(w[k], x, sizeof x);
                clean[k] = p == t + e;
            }
        }
        i = e;
    }
    if (!english)
        return 0;
    if (in_list(picture_words, COUNT(picture_words), w[0]) ||
        (in_list(picture_words, COUNT(picture_words), w[1]) && w[0][0] &&
         !stopword(w[0], strlen(w[0])))) /* "A photo of the suspect ..." is news */
        return 1;
    if (strcmp(w[1], "by") == 0 && clean[0] && in_list(credit_verbs, COUNT(credit_verbs), w[0]))
        return 1;
    /* a gallery's count: "1 of 11 we took a look at ..." */
    size_t d0 = 0, d2;
    while (d0 < len && t[d0] >= '0' && t[d0] <= '9')
        d0++;
    if (d0 > 0 && d0 <= 3 && len - d0 > 5 && memcmp(t + d0, " of ", 4) == 0) {
        for (d2 = d0 + 4; d2 < len && t[d2] >= '0' && t[d2] <= '9';)
            d2++;
        if (d2 > d0 + 4 && d2 - d0 - 4 <= 3 && (d2 == len || t[d2] == ' '))
            return 1;
    }
    size_t n1 = strlen(w[1]);
    return strcmp(w[0], "by") == 0 && clean[0] && clean[1] && w[2][0] && !stopword(w[1], n1) &&
           !(n1 > 4 && strcmp(w[1] + n1 - 3, "ing") == 0) && !stopword(w[2], strlen(w[2]));
}

/* The language of 80 % or more of a cluster's text, when it has another
 * too, else NULL.  An aggregator's English story with one German copy is
 * summarized in English; a cluster a desk mixed on purpose (three
 * languages in thirds) keeps every language.  Text of no identified
 * language (pc_lang_und: a script precis has no profile for, often three
 * bytes a letter, as Thai) never dominates: one long line of it beside two
 * English articles would otherwise mark every English sentence not to be
 * chosen, and the summary would shrink to the fallback sentence. */
static const struct pc_lang *dominant_language(const precis_cluster *c)
{
    enum { MAXL = 8 };
    const struct pc_lang *l[MAXL];
    size_t bytes[MAXL], nl = 0, total = 0;
    for (size_t s = 0; s < c->nsents; s++) {
        const struct pc_lang *x = c->docs[c->sents[s].doc].lang;
        size_t k = 0;
        while (k < nl && l[k] != x)
            k++;
        if (k == nl) {
            if (nl == MAXL)
                return NULL; /* many languages: none dominates */
            l[nl] = x, bytes[nl++] = 0;
        }
        bytes[k] += c->sents[s].len;
        total += c->sents[s].len;
    }
    if (nl < 2)
        return NULL;
    for (size_t k = 0; k < nl; k++)
        if (bytes[k] >= total / 10 * 8 + (total % 10) * 8 / 10)
            return l[k] == &pc_lang_und ? NULL : l[k];
    return NULL;
}

void pc_standalone(const pc_model *m, uint8_t *flags, uint32_t *prev)
{
    const precis_cluster *c = m->c;
    size_t n = m->ncandidates, j = 0;
    const struct pc_lang *dominant = dominant_language(c);
    int with_capitals = cased(c);
    /* One walk over every sentence of the cluster, in document order: the
     * quotation state at each sentence's start and end, and its candidate. */
    quotes open = {0};
    uint32_t doc = UINT32_MAX, last_cand = UINT32_MAX, last_sent = UINT32_MAX;
    uint64_t *starts = NULL; /* cut_copy's index, built when first needed */
    size_t nstarts = 0;
    for (size_t s = 0; s < c->nsents; s++) {
        const pc_sent *st = &c->sents[s];
        if (st->doc != doc) {
            memset(&open, 0, sizeof open);
            doc = st->doc;
            last_cand = UINT32_MAX;
            last_sent = UINT32_MAX;
        }
        int inside = inside_quote(&open);
        const struct pc_lang *lang = c->docs[st->doc].lang;
        quotes q = count_quotes(st->text, st->len, lang && (lang->seg & PC_SEG_LOW9_QUOTES));
        int marks = q.straight || q.curly_open || q.curly_close || q.wire_open || q.wire_close;
        open.straight += q.straight;
        open.curly_open += q.curly_open;
        open.curly_close += q.curly_close;
        open.wire_open += q.wire_open;
        open.wire_close += q.wire_close;
        if (open.curly_close > open.curly_open)
            open.curly_close = open.curly_open;
        if (open.wire_close > open.wire_open)
            open.wire_close = open.wire_open;
        int inside_after = inside_quote(&open);
        if (j < n && m->sentence_of[j] == s) {
            uint8_t f = 0;
            size_t lead = 0;
            while (lead < st->len && st->text[lead] == ' ')
                lead++;
            size_t qn;
            int qfam;
            /* a language other than English, whose speakers text/attrib.c reads */
            int other = lang && lang != &pc_lang_en && lang != &pc_lang_und;
            int quote_open = lead < st->len && (quote_mark(st->text + lead, st->text + st->len) ||
                                                st->text[lead] == '\'' ||
                                                pc_quote_mark(st->text, st->len, lead, &qn, &qfam));
            int kind = quote_open ? quotation(lang, other, st->text + lead, st->len - lead) : 0;
            if (kind == QUOTE_NONE)
                quote_open = 0;
            /* a sentence whose front was page furniture (model/cluster.c)
             * starts where the furniture ends, in lower case in lower-cased
             * text ("Advertisement james r. clapper jr. ...") */
            /* the last sentence of its document */
            int last_of_doc = s + 1 == c->nsents || st[1].doc != st->doc;
            int after_furniture =
                s > 0 && st[-1].doc == st->doc && st[-1].furniture == PC_FURNITURE_PREFIX;
            /* quote marks that neither pair up nor open or close the
             * quotation its document is in: a closing mark with nothing
             * open, say */
            if ((!balanced(&q) && inside == inside_after) || ends_in_initial(st->text, st->len) ||
                (lang == &pc_lang_en && opens_relative(st->text, st->len)) ||
                paren_cut(st->text, st->len) || cut_short(st->text, st->len) ||
                cut_copy(m, st, &starts, &nstarts) ||
                (!after_furniture && opens_lower(&c->docs[st->doc], st)) ||
                page_bar(st->text, st->len) || number_run(st->text, st->len) ||
                linked_run(st->text, st->len, st->words) ||
                (!marks && ends_asking(st->text, st->len)) ||
                (last_of_doc && pickup_line(st->text, st->len)))
                f |= PC_SA_BROKEN;
            if (lang == &pc_lang_en && !marks && says_here(st->text, st->len))
                f |= PC_SA_BROKEN;
            if (quote_open)
                f |= PC_SA_QUOTE_OPEN;
            if (glued_front(st->text, st->len, lang == &pc_lang_en))
                f |= PC_SA_GLUED;
            /* a sentence in another language than the one of 80 % of the
             * cluster: it counts for what the cluster says, but is not
             * chosen (never chosen, as a broken one) */
            if (dominant && lang != dominant)
                f |= PC_SA_BROKEN;
            /* the sentences one and two before it in its document */
            const pc_sent *b1 = last_sent != UINT32_MAX ? &c->sents[last_sent] : NULL;
            const pc_sent *b2 = b1 && last_sent > 0 && b1[-1].doc == st->doc ? b1 - 1 : NULL;
            /* furniture cut from this sentence's front (a glued headline,
             * a link's label) is never chosen, so a description pointing
             * back at it could never be chosen either: the lead a glued
             * headline is cut from says again what its headline said
             * ("<headline> the senate voted ..."), and stands as the
             * document's first sentence */
            if (b1 && b1->furniture == PC_FURNITURE_PREFIX)
                b1 = NULL;
            if (refers_back(st->text, st->len, lang == &pc_lang_en) ||
                lang_refers_back(lang, st->text, st->len) ||
                (lang == &pc_lang_en && with_capitals && vague(c, st)) || inside ||
                whole_aside(st->text, st->len) || (b1 && definite_back(c, st, b1)))
                f |= PC_SA_REFERS;
            else if ((b2 && definite_back(c, st, b2)) ||
                     (b1 && lang == &pc_lang_en && with_capitals == 2 &&
                      bare_definite(st->text + lead, st->len - lead)) ||
                     (lang == &pc_lang_en && aged_description(st->text + lead, st->len - lead)))
                f |= PC_SA_BACK2;
            if (inside_after)
                f |= PC_SA_OPEN_END;
            /* a speaker counts for a run (pc_sa_chain) only in a sentence
             * with quote marks or one that refers back: looked for there */
            int speaker = speaker_outside(st->text, st->len, inside);
            if (kind == QUOTE_NAMED && speaker != 1)
                speaker = 1;
            if (other && inside && speaker != 1 && closes_named(lang, st->text, st->len))
                speaker = 1;
            if ((marks || quote_open || (f & PC_SA_REFERS)) && speaker == 1)
                f |= PC_SA_SPEAKER;
            else if (quote_open)
                f |= PC_SA_BARE;
            /* reported speech whose speaker is a pronoun ("The coin sold for
             * $1.84 million, he said.", a partial quotation "There is
             * ``a sense of optimism,'' he said.") refers back to who that
             * is, as an opening pronoun does */
            else if (speaker == 3)
                f |= PC_SA_REFERS;
            flags[j] = f;
            prev[j] = last_sent != UINT32_MAX && last_sent + 1 == s ? last_cand : UINT32_MAX;
            last_cand = (uint32_t)j;
            j++;
        } else {
            last_cand = UINT32_MAX;
        }
        last_sent = (uint32_t)s;
    }
    /* a wire's code at a sentence's front, in clusters written in mixed
     * case (text that lost its capitals recaps many sentences, and has no
     * codes to find) */
    if (with_capitals == 2)
        pc_sa_codes(m, flags);
}

void pc_sa_codes(const pc_model *m, uint8_t *flags)
{
    uint32_t *openings = NULL;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *st = &m->c->sents[m->sentence_of[i]];
        if (st->recapped && code_front(m, st, &openings))
            flags[i] |= PC_SA_BROKEN;
    }
}

size_t pc_sa_chain(const uint8_t *flags, const uint32_t *prev, const uint8_t *in, uint32_t i,
                   uint32_t members[PC_SA_CHAIN])
{
    if (flags[i] & (PC_SA_BROKEN | PC_SA_OPEN_END))
        return 0;
    size_t n = 0;
    int speaker = 0;
    for (uint32_t x = i;;) {
        if ((flags[x] & PC_SA_BROKEN) || n == PC_SA_CHAIN)
            return 0;
        members[n++] = x;
        speaker |= flags[x] & PC_SA_SPEAKER;
        int needs = (flags[x] & PC_SA_REFERS) || ((flags[x] & PC_SA_BARE) && !speaker);
        if (!needs)
            break;
        x = prev[x];
        if (x == UINT32_MAX)
            return 0;
        if (in && in[x])
            break;
    }
    for (size_t a = 0, b = n - 1; a < b; a++, b--) {
        uint32_t t = members[a];
        members[a] = members[b];
        members[b] = t;
    }
    return n;
}

/* Nouns that name an event or a measure a story told of before ("the
 * ban", "the lawsuit", "the shooting"): a small closed class beside the
 * phrases' "the move", "the decision", "the deal" (which refer back).
 * English. */
static const char *const event_nouns[] = {
    "ban",      "measure", "plan",  "law",       "bill",          "policy",     "incident",
    "event",    "lawsuit", "suit",  "case",      "investigation", "probe",      "study",
    "shooting", "crash",   "blast", "explosion", "agreement",     "settlement", "program",
};

/* Whether w is one of event_nouns: their first letters (a b c e i l m p
 * s) looked at before the list, as most words after "The" are none. */
static int event_noun(const char *w)
{
    unsigned c = (unsigned char)w[0] - 'a';
    return c < 26 && ((0x49917u >> c) & 1) && in_list(event_nouns, COUNT(event_nouns), w);
}

/* Time words after "the next", "the following". */
static const char *const span_words[] = {"day",  "night", "morning", "evening", "afternoon",
                                         "week", "month", "year",    "weekend"};

/* Plural spans before "later" ("Years later, ..."). */
static const char *const spans[] = {"years",   "months",  "weeks",   "days",   "hours",
                                    "minutes", "moments", "decades", "seconds"};

/* Places and times of an event after a fronted "At the" ("At the event,
 * the prince unveiled ..."). */
static const char *const event_places[] = {"event",     "scene", "ceremony", "meeting", "hearing",
                                           "gathering", "rally", "funeral",  "trial",   "summit"};

/* Whether the stem w is of "say", "says" or "said" ("say", "said"). */
static int say_word(const char *w)
{
    return w[0] == 's' && w[1] == 'a' &&
           ((w[2] == 'y' && (!w[3] || (w[3] == 's' && !w[4]))) ||
            (w[2] == 'i' && w[3] == 'd' && !w[4]));
}

/* Where the text of st is after its first n words (next_word's words,
 * which its tokens follow while they are plain words). */
static const char *after_words(const pc_sent *st, uint32_t n)
{
    const char *p = st->text, *end = st->text + st->len;
    char w[24];
    for (uint32_t k = 0; k < n; k++)
        next_word(&p, end, w, sizeof w);
    return p;
}

/* Whether t[0..end) opens with the ASCII s[0..n), its first letter in
 * either case (s in lower case), no letter right after it when word. */
static int opens_as(const char *t, const char *end, const char *s, size_t n, int word)
{
    if ((size_t)(end - t) < n || (t[0] | 32) != s[0])
        return 0;
    /* byte by byte: most openings differ at the second */
    for (size_t i = 1; i < n; i++)
        if (t[i] != s[i])
            return 0;
    return !word || t + n == end || !is_alpha((unsigned char)t[n]);
}
#define OPENS(s) opens_as(t, end, s, sizeof s - 1, 0)
#define OPENS_WORD(s) opens_as(t, end, s, sizeof s - 1, 1)

/* Whether st opens by pointing at a time, a place or an event that
 * an earlier sentence gave: a fronted phrase of time measured from it
 * ("Years later", "The next morning", "By then", "Since
 * then", "In the meantime", "At the time,", "After that"), a fronted place
 * or event ("At the event", "After the shooting"), or a subject that is
 * one of event_nouns after "The" or after a speaker of three words at most
 * and "say(s)/said" ("Officials say the ban is intended ..."), nothing
 * after the noun restricting it ("The ban on smoking" says itself what it
 * is).  In train-10k's references none of the 10,000 first sentences
 * opens with such a time, place or "X says the N", against 181 of the
 * 97,834 others, and 2 with "The N" against 363; of the sources' sentences
 * of five content words or more, 16.5 % of the 303 of the first kinds and
 * 17.6 % of the 715 "The N" have 60 % of their content words in the
 * reference (18.2 % of all): worth choosing, but not first.
 * English, in text with capitals or without.  Read in pc_sa_may_open,
 * only for a sentence the flags let open (reading every candidate would
 * cost more); a speaker's "say" found in its tokens before its text is read. */
static int points_back(const pc_sent *st, const pc_term *terms)
{
    const char *t = st->text, *end = st->text + st->len, *p;
    char w[16];
    if (st->len < 8 || st->ntok < 3)
        return 0;
    /* a speaker of one to three words, "say(s)/said" (their stems "say"
     * and "said"), "the" and the noun */
    uint32_t k = 1;
    while (k < 4 && k < st->ntok && !say_word(terms[st->tok[k]].str))
        k++;
    if (k < 4 && k < st->ntok) {
        p = after_words(st, k + 1);
        next_word(&p, end, w, sizeof w);
        if (!strcmp(w, "that"))
            next_word(&p, end, w, sizeof w);
        if (strcmp(w, "the"))
            return 0;
        next_word(&p, end, w, sizeof w);
        return event_noun(w) && unrestricted(p, end);
    }
    while (t < end && *t == ' ')
        t++;
    switch (*t | 32) {
    case 't':
        if (!OPENS("the "))
            return 0;
        p = t + 4;
        next_word(&p, end, w, sizeof w);
        if (event_noun(w))
            return unrestricted(p, end);
        if (strcmp(w, "next") && strcmp(w, "following"))
            return 0;
        next_word(&p, end, w, sizeof w);
        return in_list(span_words, COUNT(span_words), w);
    case 'b':
        return OPENS_WORD("by then");
    case 'u':
        return OPENS_WORD("until then");
    case 'i':
        return OPENS_WORD("in the meantime");
    case 'a': {
        if (OPENS("after that,") || OPENS("at the time,") || OPENS_WORD("at that time") ||
            OPENS_WORD("at that point"))
            return 1;
        int at = OPENS("at the ");
        if (!at && !OPENS("after the "))
            return 0;
        p = t + (at ? 7 : 10);
        next_word(&p, end, w, sizeof w);
        if (!(at ? in_list(event_places, COUNT(event_places), w) : event_noun(w)))
            return 0;
        /* a comma right after the noun ends the fronted phrase: what
         * follows is the clause, not an apposition ("At the event, Prince
         * Charles ...") */
        return (p < end && *p == ',') || unrestricted(p, end);
    }
    case 's':
        if (OPENS_WORD("since then"))
            return 1;
        /* "Seconds later": a span of time, as below */
        /* fall through */
    case 'y':
    case 'm':
    case 'w':
    case 'd':
    case 'h': {
        /* a span of time and "later": "Years later" */
        const char *sp = t + 4; /* "days" is the shortest */
        while (sp < end && sp < t + 8 && *sp != ' ')
            sp++;
        if (end - sp < 7 || memcmp(sp, " later", 6) || is_alpha((unsigned char)sp[6]))
            return 0;
        p = t;
        next_word(&p, end, w, sizeof w);
        return in_list(spans, COUNT(spans), w);
    }
    default:
        return 0;
    }
}

#undef OPENS
#undef OPENS_WORD

static int first_person_read(const pc_model *m, uint32_t i, int no_token)
{
    const pc_sent *st = pc_model_sent(m, i);
    if (m->c->docs[st->doc].lang != &pc_lang_en)
        return 0;
    /* a sentence that starts inside a quotation the one before it left
     * open is the speaker's until the quotation closes */
    uint32_t p = m->standalone_prev[i];
    int inside = p != UINT32_MAX && (m->standalone[p] & PC_SA_OPEN_END);
    /* the text is read only when a token is "i", "me" or "my" (the
     * concepts' first-person terms, PC_TERM_FIRST_PERSON, but "we" and
     * "our") */
    const uint8_t *bits = m->concepts.terms.bits;
    const pc_term *terms = m->c->vocab.terms;
    for (uint32_t k = 0; k < st->ntok && !no_token; k++) {
        uint32_t id = st->tok[k];
        if ((bits[id] & PC_TERM_FIRST_PERSON) && terms[id].str[0] != 'w' && terms[id].str[0] != 'o')
            return writer_says(st->text, st->len, inside, 0);
    }
    /* "i'm", "i've", "i'd", "i'll", whose tokens lost the apostrophe
     * ("im", "ive"): an apostrophe after a lone "i" */
    const char *t = st->text, *end = st->text + st->len;
    for (const char *x = t + 1; x < end && (x = memchr(x, '\'', (size_t)(end - x))) != NULL; x++)
        if ((x[-1] | 32) == 'i' && (x - 1 == t || !is_alpha((unsigned char)x[-2])))
            return writer_says(st->text, st->len, inside, 0);
    return 0;
}

int pc_sa_writer_we(const pc_model *m, uint32_t i)
{
    const pc_sent *st = pc_model_sent(m, i);
    if (m->c->docs[st->doc].lang != &pc_lang_en)
        return 0;
    /* the text is read only when a token is "we" or "our" */
    const uint8_t *bits = m->concepts.terms.bits;
    const pc_term *terms = m->c->vocab.terms;
    uint32_t k = 0;
    while (k < st->ntok && !((bits[st->tok[k]] & PC_TERM_FIRST_PERSON) &&
                             (terms[st->tok[k]].str[0] == 'w' || terms[st->tok[k]].str[0] == 'o')))
        k++;
    if (k == st->ntok)
        return 0;
    uint32_t p = m->standalone_prev[i];
    int inside = p != UINT32_MAX && (m->standalone[p] & PC_SA_OPEN_END);
    return writer_says(st->text, st->len, inside, 1);
}

int pc_sa_first_person(const pc_model *m, uint32_t i)
{
    /* read once: the selection, the reading order and the greedy method
     * ask of the same candidates */
    if (!m->first_person[i] || m->first_person[i] == 3)
        m->first_person[i] = (uint8_t)(1 + first_person_read(m, i, m->first_person[i] == 3));
    return m->first_person[i] == 2;
}

int pc_sa_may_open(const pc_model *m, uint32_t i)
{
    if (!pc_sa_opener(m->standalone[i]))
        return 0;
    const pc_sent *st = pc_model_sent(m, i);
    if (m->c->docs[st->doc].lang != &pc_lang_en)
        return 1;
    if (points_back(st, m->c->vocab.terms))
        return 0;
    return !pc_sa_first_person(m, i);
}
