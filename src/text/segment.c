/* English sentence segmentation in one forward pass over the bytes.
 *
 * The scanner skips ordinary bytes through a class table and stops only at
 * white space, terminators (. ? ! …), bullets and a few multi-byte spaces.  At
 * a terminator it looks ahead over closing quotes/brackets and white space to
 * the next word, and behind at the word before (both bounded by small
 * constants), then decides.  Every look-ahead region is either jumped over
 * afterwards or ends at the next stop, so each byte is examined a bounded
 * number of times: linear in the input, with no allocation.
 *
 * Decisions, in order (see decide_period for the word-before rules):
 * - a blank line always ends a sentence; a single line break ends one unless
 *   the next line starts with a lowercase letter (a wrapped line);
 * - a terminator must be followed by white space (after closers), except
 *   "word.Word" and "word...Word" glued sentences outside e-mail addresses
 *   and URLs;
 * - a lowercase next word starts a sentence only on strong evidence
 *   (lower_start_ends: "cats. they look", not "Yahoo! in", '"great." she');
 * - an emoticon after a terminator stays with its sentence (". :)"); one
 *   after a word, a semicolon before a capitalised function word, and a
 *   link without punctuation before a capitalised word end a sentence
 *   (colon_or_semicolon, link_end);
 * - abbreviations, initials and list markers keep the sentence going, each by
 *   its own rule (abbrev.inc);
 * - ellipses: "..." / ". . ." / "…" end a sentence before a capital when
 *   glued to the word before them or four dots long, not when free-standing
 *   with three dots ("is . . . I didn't"); "word. . . . Next" ends after
 *   "word." (the ellipsis opens the next sentence, as the Golden Rules want);
 * - bullets and sequentially numbered list markers ("1." then " 2. ") open a
 *   new sentence even without a terminator. */
#include "text/segment.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/hash.h"
#include "util/strmap.h"
#include "lang/lang.h"
#include "text/clean_internal.h"
#include "text/tokenize.h"
#include "text/words.h"

/* ---- tables ------------------------------------------------------------ */

enum { AB_TITLE = 1, AB_NUM, AB_START, AB_ETC, AB_TIME };
enum { AB_CAP = 1, AB_MD = 2 };

typedef struct {
    const char *w;
    unsigned char mode, flags;
} abbr_t;

#define ABBR(w, m, f) {w, m, f},
static const abbr_t abbrevs[] = {
#include "text/abbrev.inc"
};
#define STARTER(w) w,
static const char *const starters[] = {
#include "text/abbrev.inc"
};
#define TIMEWORD(w) w,
static const char *const timewords[] = {
#include "text/abbrev.inc"
};

/* Byte classes that stop the fast scan.  K_SEMI (';', ':', '@' and '|', for the
 * Greek question mark, semicolons, emoticons, links and the danda typed as a bar), K_MB (the
 * lead bytes of the sentence terminators of other scripts, see sterm_at) and K_RULE (the bytes
 * of a horizontal rule, "***", "=====", "_____", "~~~") come before K_C2: none of them starts
 * white space. */
enum { K_PLAIN = 0, K_WS, K_DOT, K_QE, K_SEMI, K_MB, K_RULE, K_C2, K_E2, K_E3 };
static const unsigned char kind[256] = {
    ['\t'] = K_WS,  ['\n'] = K_WS,  ['\v'] = K_WS,  ['\f'] = K_WS,  ['\r'] = K_WS,  [' '] = K_WS,
    ['.'] = K_DOT,  ['?'] = K_QE,   ['!'] = K_QE,   [';'] = K_SEMI, [':'] = K_SEMI, ['@'] = K_SEMI,
    ['|'] = K_SEMI, [0xCD] = K_MB,  [0xD6] = K_MB,  [0xD8] = K_MB,  [0xDB] = K_MB,  [0xDC] = K_MB,
    [0xE0] = K_MB,  [0xE1] = K_MB,  [0xEF] = K_MB,  [0xC2] = K_C2,  [0xE2] = K_E2,  [0xE3] = K_E3,
    ['*'] = K_RULE, ['='] = K_RULE, ['_'] = K_RULE, ['~'] = K_RULE,
};

/* Classes of the word after a terminator. */
enum { C_END, C_LOWER, C_UPPER, C_DIGIT, C_OTHER };

/* What follows a possible sentence end (peek). */
typedef struct {
    int cls;           /* C_* of the first character of the next word */
    int newlines;      /* line breaks in the white space before it (capped) */
    int space;         /* white space present */
    size_t space_end;  /* end of the white space */
    size_t word_start; /* first character of the next word (after opening quotes) */
    int caseless;      /* that word is of a script without case (C_UPPER then) */
} next_word;

typedef struct {
    const unsigned char *t;
    size_t n, max;
    const pc_lang *lang;
    precis_span_fn emit;
    void *ctx;
    int stop;
    size_t sent_start; /* of the current sentence */
    size_t tok_start;  /* of the current token */
    int words;         /* the sentence holds a word before tok_start */
    int list_kind;     /* marker opening the sentence: 0 none, 1 digit, 2 a-z, 3 A-Z */
    unsigned list_val;
    size_t link_lo, link_hi; /* token already checked for '@', "://", "www." */
    int link;
    size_t q_pos;       /* straight quotes counted in t[0..q_pos) (quote_open_at) */
    int q_odd;          /* ... and their number is odd */
    int greet;          /* the first token was "Best" (1) or "Dear" (2): greeting() */
    unsigned list_last; /* the last list marker seen (glued_list_number) ... */
    size_t list_at;     /* ... and where it starts, 0 none */
} segmenter;

static int is_lower(unsigned c)
{
    return c - 'a' < 26u;
}
static int is_upper(unsigned c)
{
    return c - 'A' < 26u;
}
static int is_digit(unsigned c)
{
    return c - '0' < 10u;
}
static int is_alpha(unsigned c)
{
    return is_lower(c | 0x20);
}
static int is_alnum(unsigned c)
{
    return is_alpha(c) || is_digit(c);
}

/* ---- white space ------------------------------------------------------- */

/* Length of the white-space character at i (0 if none); *nl gets the line
 * breaks it stands for (U+2029 PARAGRAPH SEPARATOR counts as a blank line). */
static inline __attribute__((always_inline)) size_t ws_at(const unsigned char *t, size_t n,
                                                          size_t i, int *nl)
{
    unsigned c = t[i];
    *nl = 0;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
        return 1;
    if (c == '\n' || c == '\r') {
        *nl = 1;
        return (c == '\r' && i + 1 < n && t[i + 1] == '\n') ? 2 : 1;
    }
    if (c == 0xC2)
        return (i + 1 < n && t[i + 1] == 0xA0) ? 2 : 0; /* NO-BREAK SPACE */
    if (i + 2 >= n)
        return 0;
    if (c == 0xE2 && t[i + 1] == 0x80) {
        unsigned d = t[i + 2];
        if ((d >= 0x80 && d <= 0x8A) || d == 0xAF)
            return 3;
        if (d == 0xA8 || d == 0xA9) {
            *nl = d == 0xA8 ? 1 : 2;
            return 3;
        }
        return 0;
    }
    if (c == 0xE2 && t[i + 1] == 0x81 && t[i + 2] == 0x9F)
        return 3;
    if (c == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x80)
        return 3;
    return 0;
}

/* Length of the white-space character ending at e, not reaching before a. */
static size_t ws_before(const unsigned char *t, size_t a, size_t e)
{
    if (e <= a)
        return 0;
    unsigned c = t[e - 1];
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c == 0xA0 && e - a >= 2 && t[e - 2] == 0xC2)
        return 2;
    if (e - a >= 3) {
        int nl;
        size_t k = ws_at(t, e, e - 3, &nl);
        if (k == 3)
            return 3;
    }
    return 0;
}

/* Skips white space from i; returns its end and adds line breaks to *nl. */
static size_t skip_ws(const unsigned char *t, size_t n, size_t i, int *nl)
{
    int k;
    size_t w;
    while (i < n && (w = ws_at(t, n, i, &k)) != 0) {
        if (*nl < 8)
            *nl += k;
        i += w;
    }
    return i;
}

/* ---- emitting ---------------------------------------------------------- */

static void emit_trimmed(segmenter *g, size_t a, size_t b)
{
    int nl = 0;
    a = skip_ws(g->t, b, a, &nl);
    size_t w;
    while ((w = ws_before(g->t, a, b)) != 0)
        b -= w;
    if (a < b && !g->stop && g->emit(g->ctx, a, b))
        g->stop = 1;
}

/* Emits [a, b), cut into pieces of at most g->max bytes.  Each cut is at the
 * last white space within the limit, else on a character boundary.  The
 * forward scan per piece is at most g->max bytes and two consecutive pieces
 * advance by more than g->max, so the total stays linear. */
static void flush(segmenter *g, size_t a, size_t b)
{
    const unsigned char *t = g->t;
    int nl = 0;
    a = skip_ws(t, b, a, &nl);
    while (g->max && b - a > g->max && !g->stop) {
        size_t lim = a + g->max, cut = a, k = a;
        while (k <= lim) {
            size_t w = ws_at(t, b, k, &nl);
            if (w) {
                cut = k;
                k += w;
            } else {
                k++;
            }
        }
        if (cut == a) {
            cut = lim;
            while (cut > a && (t[cut] & 0xC0) == 0x80)
                cut--;
            if (cut == a) {
                /* one character longer than the limit: keep it whole */
                cut = a + 1;
                while (cut < b && (t[cut] & 0xC0) == 0x80)
                    cut++;
            }
        }
        emit_trimmed(g, a, cut);
        a = skip_ws(t, b, cut, &nl);
    }
    emit_trimmed(g, a, b);
}

/* Ends the current sentence at e and starts the next one there. */
static void boundary(segmenter *g, size_t e)
{
    flush(g, g->sent_start, e);
    g->sent_start = e;
    g->tok_start = e;
    g->words = 0;
}

/* ---- small recognisers ------------------------------------------------- */

static int cmp_str(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

/* The abbreviations in a hash table (value: index into abbrevs), built
 * once per process: a lookup runs at every period, one hash instead of a
 * bisection by strcmp. */
#define ABBR_SLOTS 512
_Static_assert(sizeof abbrevs / sizeof *abbrevs <= ABBR_SLOTS / 2, "grow ABBR_SLOTS");
static pc_strmap_slot abbr_slots[ABBR_SLOTS];
static pc_strmap abbr_map;
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

static void build_abbr_table(void)
{
    pc_strmap_init_fixed(&abbr_map, abbr_slots, ABBR_SLOTS);
    for (size_t k = 0; k < sizeof abbrevs / sizeof *abbrevs; k++) {
        size_t n = strlen(abbrevs[k].w);
        pc_strmap_put(&abbr_map, abbrevs[k].w, n, pc_fnv1a(abbrevs[k].w, n), (uint32_t)k);
    }
}

static const abbr_t *abbr_lookup(const char *key, size_t n)
{
    pthread_once(&abbr_once, build_abbr_table);
    uint32_t k;
    return pc_strmap_find(&abbr_map, key, n, pc_fnv1a(key, n), &k) ? &abbrevs[k] : NULL;
}

/* Whether cp is a letter or a combining mark of any script. */
static int letter_or_mark(utf8proc_int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

/* Copies the ASCII letters at p (at most cap-1, followed by a non-letter)
 * into buf; returns 0 when there are none or too many, or when a letter
 * or mark beyond ASCII goes on with the word: "Iñárritu" is no "I", which
 * opens sentences, so "alejandro g. Iñárritu's" was cut after the initial
 * (session 41; a curly apostrophe is no letter: "I’m" stays "I"). */
static int word_at(const unsigned char *t, size_t n, size_t p, char *buf, size_t cap)
{
    size_t k = 0;
    while (p + k < n && is_alpha(t[p + k])) {
        if (k + 1 >= cap)
            return 0;
        buf[k] = (char)t[p + k];
        k++;
    }
    buf[k] = 0;
    if (k > 0 && p + k < n && t[p + k] >= 0x80) {
        utf8proc_int32_t cp;
        if (utf8proc_iterate(t + p + k, (utf8proc_ssize_t)(n - p - k), &cp) > 0) {
            if (letter_or_mark(cp))
                return 0;
        }
    }
    return k > 0;
}

static int in_list(const char *const *list, size_t count, const unsigned char *t, size_t n,
                   size_t p)
{
    char w[16];
    return word_at(t, n, p, w, sizeof w) && bsearch(w, list, count, sizeof *list, cmp_str);
}

static int is_starter(const segmenter *g, const next_word *pk)
{
    return pk->cls == C_UPPER &&
           in_list(starters, sizeof starters / sizeof *starters, g->t, g->n, pk->word_start);
}

/* Whether the next word is a TIMEWORD: as the list writes it, or a time
 * zone of the list written with a capital and then lower case ("p.m. Edt,
 * the white house said": text that lower-cases everything but what follows
 * a period it took for an end writes "EDT" so). */
static int time_word(const segmenter *g, const next_word *pk)
{
    char w[16];
    size_t k, n = sizeof timewords / sizeof *timewords;
    if (!word_at(g->t, g->n, pk->word_start, w, sizeof w))
        return 0;
    if (bsearch(w, timewords, n, sizeof *timewords, cmp_str))
        return 1;
    if ((k = strlen(w)) < 2 || k > 4)
        return 0;
    for (size_t i = 1; i < k; i++)
        w[i] = (char)(w[i] & ~0x20);
    return bsearch(w, timewords, n, sizeof *timewords, cmp_str) != NULL;
}

/* A sentence opener after an abbreviation: any but "And" and "Or".  After
 * a word those two open sentences; after an abbreviation that ends a name
 * ("the U.S.", "Boeing Co.", "Martin Luther King Jr.") they join it to the
 * next one, and text that capitalises whatever follows a period it took
 * for an end writes "the u.s. And europe", "boeing co. And caterpillar
 * inc." (Multi-News; 24 of its first 1,000 val summaries had such a
 * piece as a sentence of its own). */
static int is_starter_after_abbr(const segmenter *g, const next_word *pk)
{
    if (!is_starter(g, pk))
        return 0;
    const unsigned char *q = g->t + pk->word_start;
    size_t n = g->n - pk->word_start;
    int is_and = n >= 3 && q[0] == 'A' && q[1] == 'n' && q[2] == 'd' && (n == 3 || !is_alpha(q[3]));
    int is_or = n >= 2 && q[0] == 'O' && q[1] == 'r' && (n == 2 || !is_alpha(q[2]));
    /* An opener's letters that a hyphen joins to more ("No-fly", "One-off")
     * make another word, a compound that a noun phrase holds: "on a u.s.
     * No-fly list" (Multi-News capitalises after the abbreviation). */
    size_t k = 0;
    while (k < n && k < 16 && is_alpha(q[k]))
        k++;
    int compound = k + 1 < n && q[k] == '-' && is_alpha(q[k + 1]);
    return !is_and && !is_or && !compound;
}

/* The entry of the letters t[a..b) (any case, periods skipped), flags
 * aside. */
static const abbr_t *abbr_of_letters(const unsigned char *t, size_t a, size_t b)
{
    char key[16];
    size_t k = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i] == '.')
            continue;
        if (k + 1 >= sizeof key)
            return NULL;
        key[k++] = (char)(t[i] | 0x20);
    }
    return abbr_lookup(key, k);
}

/* Looks up the letters t[a..b) (any case); multi = written with periods. */
static const abbr_t *find_abbr(const unsigned char *t, size_t a, size_t b, int multi)
{
    const abbr_t *ab = abbr_of_letters(t, a, b);
    if (!ab || ((ab->flags & AB_CAP) && !is_upper(t[a])) || ((ab->flags & AB_MD) && !multi))
        return NULL;
    return ab;
}

static int is_ellipsis(const unsigned char *t, size_t n, size_t i)
{
    return i + 2 < n && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA6;
}

/* Bullet characters that open list items: • ‣ ⁃ ◦ ▪ ■ ●. */
static int is_bullet(const unsigned char *t, size_t n, size_t i)
{
    if (i + 2 >= n || t[i] != 0xE2)
        return 0;
    unsigned b = t[i + 1], c = t[i + 2];
    return (b == 0x80 && (c == 0xA2 || c == 0xA3)) || (b == 0x81 && c == 0x83) ||
           (b == 0x97 && (c == 0xA6 || c == 0x8F)) || (b == 0x96 && (c == 0xAA || c == 0xA0));
}

/* An emoticon at j, standing alone (white space or the end after it): a
 * colon or semicolon, an optional nose '-' or '\'', and a mouth of one to
 * four of ) ( ] [ D P p O o / | * (":)", ";-)", ":-(((", ":P").  Its
 * length, or 0.  "http://", "Fax:(203)", "2:1" are none. */
static size_t emoticon_at(const unsigned char *t, size_t n, size_t j)
{
    if (j >= n || (t[j] != ':' && t[j] != ';'))
        return 0;
    size_t k = j + 1;
    if (k < n && (t[k] == '-' || t[k] == '\''))
        k++;
    size_t m = k;
    while (m < n && m - k < 4 && t[m] && strchr(")(][DPpOo/|*", t[m]))
        m++;
    int nl;
    if (m == k || (m < n && !ws_at(t, n, m, &nl)))
        return 0;
    return m - j;
}

/* A closing quote or bracket at j: its length, or 0.  Takes the ASCII ones,
 * ’ ” › », “ ‘ when low9 (languages that open quotes with „ ‚), and the CJK corner, title and
 * full-width ones 」 』 】 〉 》 〕 ） ＂. */
static size_t closer_at(const unsigned char *t, size_t n, size_t j, int low9)
{
    unsigned c = t[j];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '*')
        return 1;
    if (c == 0xC2)
        return j + 1 < n && t[j + 1] == 0xBB ? 2 : 0; /* » */
    if (j + 2 >= n)
        return 0;
    unsigned b = t[j + 1], d = t[j + 2];
    if (c == 0xE2 && b == 0x80 && (d == 0x99 || d == 0x9D || d == 0xBA))
        return 3; /* ’ ” › */
    if (c == 0xE2 && b == 0x80 && (d == 0x9C || d == 0x98) && low9)
        return 3; /* “ ‘ closing „ ‚ */
    if (c == 0xE3 && b == 0x80 &&
        (d == 0x8D || d == 0x8F || d == 0x91 || d == 0x89 || d == 0x8B || d == 0x95))
        return 3; /* 」 』 】 〉 》 〕 */
    if (c == 0xEF && b == 0xBC && (d == 0x89 || d == 0x82))
        return 3; /* ） ＂ */
    return 0;
}

/* A space that may stand between a terminator and its closing quote: ' ', a
 * no-break space or a narrow no-break space (French ". »").  Its length. */
static size_t quote_space_at(const unsigned char *t, size_t n, size_t j)
{
    if (t[j] == ' ')
        return 1;
    if (t[j] == 0xC2 && j + 1 < n && t[j + 1] == 0xA0)
        return 2;
    if (t[j] == 0xE2 && j + 2 < n && t[j + 1] == 0x80 && t[j + 2] == 0xAF)
        return 3;
    return 0;
}

static int word_is(const unsigned char *t, size_t a, size_t b, const char *const *list,
                   size_t count);

/* English, in text that writes its quotes as words (Multi-News, PTB
 * style: "he said, ' vote for me. ' and"): is a single quote open at j, an
 * odd number of straight single quotes in the sentence before j?  An
 * apostrophe inside a word ("don't") or after a plural's s ("the players'
 * union") is none, nor the spaced apostrophe of a contraction ("i ' m",
 * "don ' t").  Looks back 400 bytes at most. */
static int single_quote_open(const segmenter *g, size_t j)
{
    static const char *const tails[] = {"d", "ll", "m", "re", "s", "t", "ve"};
    const unsigned char *t = g->t;
    size_t a = j > g->sent_start + 400 ? j - 400 : g->sent_start;
    int odd = 0;
    for (size_t k = a; k < j; k++) {
        if (t[k] != '\'')
            continue;
        int before = k > a && is_alpha(t[k - 1]);
        if (before && k + 1 < j && (is_alpha(t[k + 1]) || (t[k - 1] == 's' && t[k + 1] == ' ')))
            continue; /* "don't", "the players' union" */
        size_t b = k + 1 < j && t[k + 1] == ' ' ? k + 2 : k + 1, e = b;
        while (e < j && e - b < 3 && is_lower(t[e]))
            e++;
        if (b > k + 1 && e > b && (e == j || !is_alpha(t[e])) &&
            word_is(t, b, e, tails, sizeof tails / sizeof *tails))
            continue; /* "i ' m" */
        odd ^= 1;
    }
    return odd;
}

/* Whether the first letter after the spaces at i is a lower-case ASCII
 * letter.  A closing single quote followed by one is left to open the next
 * sentence, as before session 32: taking it would join the two sentences,
 * and in text that lost its capitals (Multi-News) the next sentence often
 * opens lower-cased after a quotation ("called it 'magic. ' gwyneth
 * paltrow and chris martin announced ..."), which then ran on. */
static int lower_after(const unsigned char *t, size_t n, size_t i)
{
    while (i < n && t[i] == ' ')
        i++;
    return i < n && t[i] >= 'a' && t[i] <= 'z';
}

/* Closing quotes and brackets after a terminator: returns the end of them.
 * A closing quote separated by one space (". ”", French ". »") is taken
 * too when white space or the end follows it.  In English so are a spaced
 * single quote and double quote (". ' \"": a quotation inside a quotation
 * closing together; an opening pair is written the other way round, "\"
 * '"), and a spaced single quote that closes one the sentence opened
 * (single_quote_open): the next sentence opened with them ("why? | ' \"
 * officers are", "to do. | ' and so i did"); train-10k sources: 330 of
 * precis segment's sentences opened with "' " after a period, 125 with "'
 * \"". */
static size_t skip_closers(const segmenter *g, size_t j)
{
    const unsigned char *t = g->t;
    size_t n = g->n;
    int low9 = (g->lang->seg & PC_SEG_LOW9_QUOTES) != 0;
    int spaced_guillemet = !(g->lang->seg & PC_SEG_ENGLISH_ABBREVS);
    for (;;) {
        if (j >= n)
            return j;
        size_t w = closer_at(t, n, j, low9);
        if (w) {
            j += w;
            continue;
        }
        size_t sp = quote_space_at(t, n, j);
        if (sp && j + sp < n) {
            size_t q = j + sp;
            if (t[q] == '"')
                w = 1;
            else if (t[q] == 0xC2 && q + 1 < n && t[q + 1] == 0xBB && spaced_guillemet)
                w = 2; /* » (in English web text a link arrow: "herald. » pdf") */
            else if (q + 2 < n && t[q] == 0xE2 && t[q + 1] == 0x80 &&
                     (t[q + 2] == 0x9D || t[q + 2] == 0x99))
                w = 3;
            else if (t[q] == '\'' && (g->lang->seg & PC_SEG_ENGLISH_ABBREVS))
                w = q + 2 < n && t[q + 1] == ' ' && t[q + 2] == '"'        ? 3
                    : single_quote_open(g, j) && !lower_after(t, n, q + 1) ? 1
                                                                           : 0;
            int nl;
            if (w && (q + w == n || ws_at(t, n, q + w, &nl)))
                return q + w;
        }
        return j;
    }
}

/* A sentence terminator other than '.' at i (?, !, the Greek question mark,
 * and those of other scripts: ։ ؟ ۔ ܀ । ॥ ။ ። ។ ‼ ⁇ ⁈ ⁉ and the ideographic
 * and full-width 。 ！ ？ ． ｡; ';' in a language that writes questions with
 * it): returns its length, 0 if none.  *wide is set to 1 for the ideographic
 * and full-width ones, which need no space after them. */
static size_t sterm_at(const segmenter *g, size_t i, int *wide)
{
    const unsigned char *t = g->t;
    size_t n = g->n;
    unsigned c = t[i];
    *wide = 0;
    if (c == '?' || c == '!')
        return 1;
    if (c == '|')
        return pc_bar_danda((const char *)t, n, i);
    if (c == ';')
        return (g->lang->seg & PC_SEG_SEMICOLON_QUESTION) ? 1 : 0;
    if (c < 0xC0 || i + 1 >= n)
        return 0;
    unsigned b = t[i + 1];
    if (c < 0xE0)
        return ((c == 0xCD && b == 0xBE) || (c == 0xD6 && b == 0x89) || (c == 0xD8 && b == 0x9F) ||
                (c == 0xDB && b == 0x94) || (c == 0xDC && b >= 0x80 && b <= 0x82))
                   ? 2
                   : 0;
    if (i + 2 >= n)
        return 0;
    unsigned d = t[i + 2];
    if ((c == 0xE0 && b == 0xA5 && (d == 0xA4 || d == 0xA5)) ||
        (c == 0xE1 && b == 0x81 && d == 0x8B) ||
        (c == 0xE1 && b == 0x8D && (d == 0xA2 || d == 0xA7 || d == 0xA8)) ||
        (c == 0xE1 && b == 0x9F && (d == 0x94 || d == 0x95)) ||
        (c == 0xE2 && b == 0x80 && d == 0xBC) || (c == 0xE2 && b == 0x81 && d >= 0x87 && d <= 0x89))
        return 3;
    if ((c == 0xE3 && b == 0x80 && d == 0x82) ||
        (c == 0xEF && b == 0xBC && (d == 0x81 || d == 0x9F || d == 0x8E)) ||
        (c == 0xEF && b == 0xBD && d == 0xA1)) {
        *wide = 1;
        return 3;
    }
    return 0;
}

/* Class of the character at p (valid or not); *caseless is set to 1 for a
 * letter of a script without case (classed C_UPPER: any word may open a
 * sentence). */
static int char_class(const unsigned char *t, size_t n, size_t p, int *caseless)
{
    if (p >= n)
        return C_END;
    unsigned c = t[p];
    if (c < 0x80)
        return is_lower(c) ? C_LOWER : is_upper(c) ? C_UPPER : is_digit(c) ? C_DIGIT : C_OTHER;
    utf8proc_int32_t cp;
    if (utf8proc_iterate(t + p, (utf8proc_ssize_t)(n - p), &cp) < 0)
        return C_OTHER;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LL:
        return C_LOWER;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return C_UPPER;
    case UTF8PROC_CATEGORY_LO: /* caseless scripts: any word may open a sentence */
        *caseless = 1;
        return C_UPPER;
    default:
        return C_OTHER;
    }
}

/* Looks at what follows position j: white space, opening quotes, a word. */
static next_word peek(const unsigned char *t, size_t n, size_t j)
{
    next_word pk = {0};
    pk.space_end = skip_ws(t, n, j, &pk.newlines);
    pk.space = pk.space_end > j;
    size_t q = pk.space_end;
    for (int k = 0; k < 8 && q < n; k++) { /* bounded: "((((" is not a word */
        unsigned c = t[q];
        if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '*' || c == '_')
            q++;
        else if (c == 0xE2 && q + 2 < n && t[q + 1] == 0x80 &&
                 (t[q + 2] == 0x9C || t[q + 2] == 0x98 || t[q + 2] == 0xB9))
            q += 3; /* “ ‘ ‹ */
        else if (c == 0xC2 && q + 1 < n && t[q + 1] == 0xAB)
            q += 2; /* « */
        else
            break;
    }
    pk.word_start = q;
    pk.cls = pk.space_end >= n ? C_END : char_class(t, n, q, &pk.caseless);
    return pk;
}

/* List marker shape of the token t[a..b): "12." "3)" "4.)" "b." "C)".
 * Returns its kind (1 number, 2 lowercase, 3 uppercase) and value. */
static int marker_shape(const unsigned char *t, size_t a, size_t b, unsigned *val)
{
    size_t k = a;
    int kd;
    if (k < b && is_digit(t[k])) {
        unsigned v = 0;
        while (k < b && is_digit(t[k]) && k - a < 3)
            v = v * 10 + (unsigned)(t[k++] - '0');
        if (k - a > 2)
            return 0;
        *val = v;
        kd = 1;
    } else if (k < b && is_alpha(t[k])) {
        *val = t[k];
        kd = is_lower(t[k]) ? 2 : 3;
        k++;
    } else {
        return 0;
    }
    if (k < b && t[k] == '.')
        k++;
    if (k < b && t[k] == ')')
        k++;
    return (k == b && !is_alnum(t[b - 1])) ? kd : 0; /* punctuation required */
}

/* Is the marker at p the next one of the list the sentence opened with? */
static int next_marker_at(const segmenter *g, size_t p)
{
    size_t b = p;
    int nl;
    while (b < g->n && b - p < 5 && !ws_at(g->t, g->n, b, &nl))
        b++;
    if (b >= g->n || b - p >= 5) /* a marker is followed by white space */
        return 0;
    unsigned v;
    int kd = marker_shape(g->t, p, b, &v);
    return kd && kd == g->list_kind && v == g->list_val + 1;
}

/* Is t[a..b) one of the words of `list`, in either case of its first
 * letter? */
static int word_is(const unsigned char *t, size_t a, size_t b, const char *const *list,
                   size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (strlen(list[k]) == b - a && (t[a] | 0x20) == (unsigned char)(list[k][0] | 0x20) &&
            memcmp(t + a + 1, list[k] + 1, b - a - 1) == 0)
            return 1;
    return 0;
}

/* The words that open or close a letter, alone before their comma ("Hi,",
 * "Regards,"), and the adjectives of "Best regards,": general English, not
 * words of any data. */
static const char *const greetings[] = {"Cheers", "Hello", "Hi", "Regards", "Sincerely", "Thanks"};
static const char *const greeting_adjectives[] = {"Best", "Kind", "Kindest", "Warm", "Warmest"};

/* The first token of a sentence, t[tok_start..e), in English: a letter's
 * greeting or closing that ends with a comma before a capitalised word on
 * the same line ("Hi, Yes we have", "Regards, Debra", "Best regards,
 * Bill", "Dear All, My name") ends the sentence there: a line of its own,
 * run into the next one when the text lost its line breaks.  Not before a
 * name and its comma ("Thanks, John, for coming").  "Best" or "Dear" waits
 * for the next token (g->greet; the sentence then has no word yet, so the
 * scan stops at the next space).  Returns 1 when the token is no first
 * word: a greeting that ended its sentence, or "Best" / "Dear". */
static __attribute__((noinline)) int greeting(segmenter *g, size_t e)
{
    const unsigned char *t = g->t;
    size_t a = g->tok_start, k;
    int greet = g->greet;
    g->greet = 0;
    if (t[e - 1] != ',') {
        if (greet || e >= g->n || t[e] != ' ')
            return 0;
        if (e - a == 4 && memcmp(t + a, "Dear", 4) == 0)
            g->greet = 2;
        else if (word_is(t, a, e, greeting_adjectives,
                         sizeof greeting_adjectives / sizeof *greeting_adjectives))
            g->greet = 1;
        return g->greet != 0;
    }
    if (greet == 2 ? !is_upper(t[a])
        : greet == 1
            ? !(e - a == 8 && (t[a] | 0x20) == 'r' && memcmp(t + a + 1, "egards", 6) == 0) &&
                  !(e - a == 7 && (t[a] | 0x20) == 'w' && memcmp(t + a + 1, "ishes", 5) == 0)
            : !word_is(t, a, e - 1, greetings, sizeof greetings / sizeof *greetings))
        return 0;
    next_word pk = peek(t, g->n, e);
    if (pk.cls != C_UPPER || pk.caseless || pk.newlines)
        return 0;
    for (k = pk.word_start; k < g->n && k - pk.word_start < 32 && is_alpha(t[k]); k++)
        ;
    if (k < g->n && t[k] == ',') /* "Thanks, John, for coming" */
        return 0;
    boundary(g, e);
    return 1;
}

/* A token ended at e: the first word of a sentence may be a list marker. */
static void end_token(segmenter *g, size_t e)
{
    if (e <= g->tok_start || g->words)
        return;
    const unsigned char *t = g->t;
    if (is_bullet(t, e, g->tok_start) ||
        (e - g->tok_start == 1 && (t[g->tok_start] == '-' || t[g->tok_start] == '*')))
        return; /* the bullet of "• 9. Item" is not the first word */
    if ((t[e - 1] == ',' || g->greet || t[g->tok_start] == 'B' || t[g->tok_start] == 'D' ||
         t[g->tok_start] == 'K' || t[g->tok_start] == 'W') &&
        (g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && greeting(g, e))
        return;
    g->words = 1;
    g->list_kind = marker_shape(t, g->tok_start, e, &g->list_val);
    if (g->list_kind == 1) {
        g->list_last = g->list_val;
        g->list_at = g->tok_start;
    }
}

/* Does the line ending at i (trailing blanks ignored) stop mid-sentence, on
 * a comma, semicolon, hyphen, ampersand or opening bracket? */
static int continues_line(const unsigned char *t, size_t s, size_t i)
{
    size_t w;
    while ((w = ws_before(t, s, i)) != 0)
        i -= w;
    if (i <= s)
        return 0;
    unsigned c = t[i - 1];
    return c == ',' || c == ';' || c == '-' || c == '&' || c == '(';
}

/* Does a character of the Thai or Lao block (U+0E00 to U+0EFF, E0 B8..BB xx
 * in UTF-8) start at p?  thai_at: a letter or sign of them (their digits and
 * the Thai currency sign aside). */
static inline int t_is_thai_lead(const unsigned char *t, size_t n, size_t p)
{
    return p + 2 < n && t[p] == 0xE0 && t[p + 1] >= 0xB8 && t[p + 1] <= 0xBB;
}

static int thai_at(const unsigned char *t, size_t n, size_t p)
{
    if (!t_is_thai_lead(t, n, p))
        return 0;
    unsigned cp = 0xE00u + ((t[p + 1] - 0xB8u) << 6) + (t[p + 2] & 0x3Fu);
    return cp != 0xE00 && cp != 0xE3F && !(cp >= 0xE50 && cp <= 0xE59) &&
           !(cp >= 0xED0 && cp <= 0xED9);
}

/* Thai and Lao write no terminator and no space between words: a space ends
 * the sentence (or a clause, which Thai punctuates the same way; Thai
 * sentence splitters start from the space, as the Thai style guides of the
 * Royal Institute prescribe it).  But the space also stands around numbers
 * and between a given name and a surname (`สมชาย ใจดี`), so the words on
 * both sides must be Thai runs of six characters or more (a sentence's
 * clause), the one before possibly closed by a quote mark.  Before, a Thai
 * article was one sentence, and a Thai document without a title line was
 * no sentence at all (session 35). */
#define THAI_RUN 6
/* The space [i, j) of t[lo..n) between two such runs. */
static int thai_space_at(const unsigned char *t, size_t n, size_t lo, size_t i, size_t j)
{
    size_t k = j, run = 0;
    while (run < THAI_RUN && thai_at(t, n, k)) {
        k += 3;
        run++;
    }
    if (run < THAI_RUN)
        return 0;
    size_t b = i;
    if (b >= lo + 3 && t[b - 3] == 0xE2 && t[b - 2] == 0x80 &&
        (t[b - 1] == 0x9D || t[b - 1] == 0x99))
        b -= 3; /* ” ’ */
    else if (b >= lo + 1 && (t[b - 1] == '"' || t[b - 1] == '\''))
        b -= 1;
    for (run = 0; run < THAI_RUN && b >= lo + 3 && thai_at(t, n, b - 3); run++)
        b -= 3;
    return run >= THAI_RUN;
}

int pc_thai_break_in(const char *text, size_t s, size_t e)
{
    const unsigned char *t = (const unsigned char *)text;
    for (size_t i = s; i < e; i++) {
        const unsigned char *p = memchr(t + i, ' ', e - i);
        if (!p)
            return 0;
        i = (size_t)(p - t);
        size_t j = i + 1;
        while (j < e && t[j] == ' ')
            j++;
        if (thai_space_at(t, e, s, i, j))
            return 1;
    }
    return 0;
}

int pc_thai_end(const char *text, size_t s, size_t e)
{
    const unsigned char *t = (const unsigned char *)text;
    return e >= s + 3 && thai_at(t, e, e - 3);
}

/* White space [i, j) with `nl` line breaks, outside any terminator (or after
 * one that has decided already: then nl is 0). */
static void white_space(segmenter *g, size_t i, size_t j, int nl)
{
    end_token(g, i);
    if (nl >= 2 ||
        (nl == 1 && j < g->n && !continues_line(g->t, g->sent_start, i) &&
         peek(g->t, g->n, j).cls != C_LOWER) ||
        (!nl && g->words && t_is_thai_lead(g->t, g->n, j) &&
         thai_space_at(g->t, g->n, g->sent_start, i, j))) {
        boundary(g, i);
    } else if (g->list_kind && g->words && next_marker_at(g, j)) {
        g->tok_start = j;
        boundary(g, j);
    }
    g->tok_start = j;
}

/* Does a URL start at p ("http://", "https://", "www.", in any case, with
 * something after it)?  The cleaner's reader of link prefixes
 * (pc_url_prefix): text that capitalises whatever follows a period writes
 * "Http://" and "Www.", and a page may write "WWW." (session 38; in_link
 * read any case already). */
static int url_at(const unsigned char *t, size_t n, size_t p)
{
    size_t k = pc_url_prefix((const char *)t, p, n);
    return k && p + k < n;
}

/* Does the token around i look like an e-mail address or a URL? */
static int in_link(segmenter *g, size_t i)
{
    if (i >= g->link_lo && i < g->link_hi)
        return g->link;
    const unsigned char *t = g->t;
    size_t k = g->tok_start;
    int nl, link = 0;
    while (k < g->n && !ws_at(t, g->n, k, &nl)) {
        if (t[k] == '@' || (t[k] == ':' && k + 2 < g->n && t[k + 1] == '/' && t[k + 2] == '/') ||
            (k + 3 < g->n && (t[k] | 0x20) == 'w' && (t[k + 1] | 0x20) == 'w' &&
             (t[k + 2] | 0x20) == 'w' && t[k + 3] == '.'))
            link = 1;
        k++;
    }
    g->link_lo = g->tok_start;
    g->link_hi = k;
    g->link = link;
    return link;
}

/* Start of the ASCII letter/digit run ending at i (at most 24 back). */
static size_t run_start(const unsigned char *t, size_t i)
{
    size_t w = i, lim = i > 24 ? i - 24 : 0;
    while (w > lim && is_alnum(t[w - 1]))
        w--;
    return w;
}

/* The generic top-level domains a name may be glued to (lowercase, strcmp
 * order). */
static const char *const domains[] = {"biz", "com", "edu", "gov", "info", "net", "org"};

static int cmp_lower(const void *key, const void *elem)
{
    const char *a = key, *b = *(const char *const *)elem;
    for (; *a && (*a | 0x20) == *b; a++, b++)
        ;
    return (unsigned char)(*a ? *a | 0x20 : 0) - (unsigned char)*b;
}

/* "word.Word" without a space: "Tuesday.Mr. Smith", "1,000.That is". */
static int glued_boundary(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    if (i == 0 || i + 2 >= g->n)
        return 0;
    unsigned a = t[i - 1];
    /* outside English also a one-letter word: "do Exército.A possibilidade"
     * (after a word of 3 letters or more, so not "U.S.A" or "p.A") */
    int one_letter =
        !(g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && t[i + 2] == ' ' && i - run_start(t, i) >= 3;
    if (!(is_lower(a) || is_digit(a)) || !is_upper(t[i + 1]) || !(is_lower(t[i + 2]) || one_letter))
        return 0;
    size_t w = run_start(t, i);
    if (find_abbr(t, w, i, 0))
        return 0;
    /* a domain name written in capitals: "Newsfeed.Com", "Example.Org" (in
     * English, where these are no words; Portuguese "Com o carro" is one) */
    char tld[5];
    if ((g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && word_at(t, g->n, i + 1, tld, sizeof tld) &&
        bsearch(tld, domains, sizeof domains / sizeof *domains, sizeof *domains, cmp_lower))
        return 0;
    return !in_link(g, i);
}

static int lowered_text(const unsigned char *t, size_t n, size_t i);
static int quote_open_at(segmenter *g, size_t i);
static int first_word(const segmenter *g, size_t w);

/* The endings a name is glued to that are no sentence's first word: the
 * generic top-level domains and the file extensions of three letters or
 * more ("match.com", "healthcare.gov", "index.html", "report.pdf";
 * lowercase, strcmp order).  Two-letter ones ("bit.ly", "node.js") never
 * come to glued_lower_boundary's any-word branch, which wants three. */
static const char *const name_endings[] = {
    "aero", "apk",  "app",  "asia", "asp",   "aspx", "avi",  "biz", "bmp",   "cgi",  "com", "coop",
    "css",  "csv",  "dev",  "dmg",  "doc",   "docx", "edu",  "exe", "flv",   "gif",  "gov", "htm",
    "html", "info", "jpeg", "jpg",  "json",  "jsp",  "mil",  "mkv", "mobi",  "mov",  "net", "org",
    "pdf",  "php",  "png",  "ppt",  "pptx",  "rar",  "rss",  "rtf", "shtml", "svg",  "tif", "tiff",
    "txt",  "wav",  "webp", "wmv",  "xhtml", "xls",  "xlsx", "xml", "xyz",   "yaml", "yml", "zip"};

/* "word.the next" without a space, in text that lower-cases what follows a
 * glued period (Multi-News: "released from the hospital.the suspect, 54,
 * was", "a probation violation.but when"): a period between a whole word
 * and a word that opens sentences, with a space after it.  In English the
 * word before has two letters or more ("to weigh in.the"), and the word
 * after is one of the common sentence openers of abbrev.inc ("the", "but",
 * "according", "a"; not "be" of "youtu.be"), or, in text that lost its
 * capitals (lowered_text), any word of three letters or more that is no
 * domain or file ending of name_endings, after a word that is no
 * abbreviation of the tables in any case ("weigh in.campbell noted", "he
 * says.shortly before", not "see match.com for", "ms.jones" or a cased
 * "her wife.law school"): Multi-News train-10k sources hold 618 such
 * periods outside links (45 of 45 read end a sentence; "sources", "police",
 * names), the references none but two domains of an article about domains.
 * Elsewhere the word before has three letters or more and the word after
 * is a stopword of three letters or more (two-letter words are country
 * domains too).  The word before stands alone (after a space, a quote or a
 * bracket: not a label of "www.news.the") and is no abbreviation ("etc.",
 * "approx."). */
static int glued_lower_boundary(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    if (i < 2 || i + 3 >= g->n)
        return 0;
    /* after a word, or after a closing bracket that ends an aside
     * (session 38: "in 28 years ).in 2008, icann", "( 5am ist ).earlier,
     * late on": train-10k's sources hold 5 such periods before a word and
     * a space or comma, all sentence ends) */
    int bracket = t[i - 1] == ')';
    /* in English also after a number ("in december 2010.bostian initially
     * spoke", "died at the age of 88.in his day", "$ 5,000.bynes has"):
     * train-10k's sources hold 49 such periods that pass the tests below,
     * 48 sentence ends; the other a list's number glued to its item, which
     * opens its sentence ("himself. 1.i ' m not": not split); a stock
     * ticker's exchange ("( 0763.hk )") has two letters, no opener */
    int number = (g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && is_digit(t[i - 1]);
    if (!(is_lower(t[i - 1]) || bracket || number))
        return 0;
    /* the opening mark of a quotation between the period and the word
     * (session 38: "reid said monday.\"the senate will", "she said.\"i feel
     * like"): a straight quote when no quotation is open before the period
     * (then it would close one), or a curly opening one.  Multi-News
     * train-10k's sources hold 19 such periods, all sentence ends (the
     * opening quote says a quotation starts), its references none. */
    size_t o = i + 1;
    int quoted = 0;
    if (t[o] == '"' && !quote_open_at(g, i)) {
        o++;
        quoted = 1;
    } else if (o + 3 < g->n && t[o] == 0xE2 && t[o + 1] == 0x80 && t[o + 2] == 0x9C) {
        o += 3;
        quoted = 1;
    }
    if (o + 2 >= g->n || !is_lower(t[o]))
        return 0;
    int english = (g->lang->seg & PC_SEG_ENGLISH_ABBREVS) != 0;
    size_t w = i, lim = i > 32 ? i - 32 : 0; /* bounded: no word is longer */
    while (w > lim && (number ? is_digit(t[w - 1]) || t[w - 1] == ',' : is_alpha(t[w - 1])))
        w--;
    if (!bracket && ((!number && i - w < (english ? 2u : 3u)) ||
                     (w > 0 && !memchr(" \t\n\"'(", t[w - 1], 6)) || (number && first_word(g, w))))
        return 0;
    /* the word ends at a space or at a comma (session 38: "in a prepared
     * statement.meanwhile, president", "and said the motive was
     * unclear.butler, 41, met"): train-10k's sources hold 83 such periods
     * that pass the tests below, 81 of them sentence ends (the other two
     * "such as.youtube," in an article about domains); a quotation's first
     * word may end in an apostrophe too ("said.\"we're making") */
    size_t k = o;
    while (k < g->n && k - o <= 16 && is_lower(t[k]))
        k++;
    size_t n = k - o;
    if (n == 0 || n > 15 || k >= g->n || !(t[k] == ' ' || t[k] == ',' || (quoted && t[k] == '\'')))
        return 0;
    if (english) {
        char word[16];
        memcpy(word, t + o, n);
        word[n] = 0;
        word[0] = (char)(word[0] - 'a' + 'A');
        if (bsearch(word, starters, sizeof starters / sizeof *starters, sizeof *starters, cmp_str))
            return !find_abbr(t, w, i, 0) && !in_link(g, i);
        word[0] = (char)t[o];
        return (n >= 3 || quoted) &&
               !bsearch(word, name_endings, sizeof name_endings / sizeof *name_endings,
                        sizeof *name_endings, cmp_str) &&
               !abbr_of_letters(t, w, i) && !in_link(g, i) && lowered_text(t, g->n, i);
    } else if (n < 3 || !pc_lang_is_stopword(g->lang, (const char *)t + o, n)) {
        return 0;
    }
    return !find_abbr(t, w, i, 0) && !in_link(g, i);
}

/* The code point of the UTF-8 character that ends at w (w > 0), -1 if the
 * bytes there are none. */
static utf8proc_int32_t cp_before(const unsigned char *t, size_t w)
{
    size_t b = w - 1;
    while (b > 0 && w - b < 4 && (t[b] & 0xC0) == 0x80)
        b--;
    utf8proc_int32_t cp;
    if (utf8proc_iterate(t + b, (utf8proc_ssize_t)(w - b), &cp) != (utf8proc_ssize_t)(w - b))
        return -1;
    return cp;
}

/* 1 if the word before w starts with a capital ("Albert I."), 0 if with a
 * lowercase letter ("and I."), -1 if there is no such word nearby. */
static int prev_word_case(const unsigned char *t, size_t w)
{
    size_t k = w, lim = w > 40 ? w - 40 : 0;
    while (k > lim && (t[k - 1] == ' ' || t[k - 1] == '\t'))
        k--;
    if (k == w || k == lim || !is_alpha(t[k - 1]))
        return -1;
    /* letters beyond ASCII inside the word too ("raúl m. Grijalva", session 34); one
     * that opens it leaves its case unknown */
    while (k > lim &&
           (is_alpha(t[k - 1]) || t[k - 1] == '-' || t[k - 1] == '\'' || t[k - 1] >= 0x80))
        k--;
    return is_upper(t[k]) ? 1 : is_lower(t[k]) ? 0 : -1;
}

/* Whether the letter at w follows a comma or an opening bracket, or is a
 * compass point after a figure (spaces between): where a list of names
 * puts an initial, an address its direction ("1142 e. Route 193"; not a
 * unit, "900 c.", "300 m.").  Since session 34 also after a colon (a
 * credit's or a list's label: "( photo: j. Scott applewhite )",
 * "director: m. Night shyamalan"), a double quote ("\" l. Ron hubbard
 * incarnate", "called \" e. Coli"), an em dash (a quoted post's signature,
 * "— j. Walker ( @walker72john )") or a word whose last letter is beyond
 * ASCII ("josé r. Verdú", "michèle a. Flournoy"; prev_word_case reads
 * ASCII words only; not a symbol, "58 ° c."): Multi-News train-10k's
 * sources were cut so 15 times (10 after a colon), its references 4 times,
 * and no such letter ended a sentence there (a single quote does: "hawai '
 * i.", a hyphen too: "chick-fil-a.").  After these marks a word must
 * follow the period and its space: a quoted letter ("a grade of \" d. \"")
 * ends as before. */
static int initial_after_mark(const unsigned char *t, size_t n, size_t w)
{
    size_t k = w;
    while (k > 0 && w - k < 8 && t[k - 1] == ' ')
        k--;
    if (k == w || k == 0)
        return 0;
    unsigned char c = t[k - 1];
    if (c == ',' || c == '(' || (is_digit(c) && memchr("nsew", t[w], 4) != NULL))
        return 1;
    if (w + 3 >= n || t[w + 2] != ' ' || !is_alpha(t[w + 3]))
        return 0;
    if (c == ':' || c == '"')
        return 1;
    if (c < 0x80)
        return 0;
    utf8proc_int32_t cp = cp_before(t, k);
    if (cp == 0x2014 || cp == 0x201C) /* — “ */
        return 1;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LU;
}

/* Whether the character that ends at w (not ASCII) is a letter or a
 * combining mark of any script. */
static int letter_before(const unsigned char *t, size_t w)
{
    return letter_or_mark(cp_before(t, w));
}

/* Whether the letter at w is a compass point that ends an address: "n",
 * "s", "e" or "w" after a street's type ("washburn ave s.", "22nd street
 * s.") or after a figure ("954 s. 900 e.", Utah's grid).  Before a
 * preposition or a relative word in text that lost its capitals
 * (lowered_joins: "on the 5100 block of washburn ave s. In the fulton
 * neighborhood", "at 954 s. 900 e. In springville") the address goes on
 * with its clause, as after an abbreviation; before a sentence opener
 * ("22nd street s. He stepped out") it still ends.  Session 44:
 * Multi-News train-10k's sources were cut so 4 times (2 sentences, one
 * of them thrice), all one sentence. */
static int street_compass(const unsigned char *t, size_t w)
{
    static const char *const streets[] = {"ave",   "avenue", "blvd", "boulevard", "dr",
                                          "drive", "hwy",    "lane", "ln",        "pkwy",
                                          "rd",    "road",   "st",   "street",    "way"};
    if (!memchr("nsew", t[w], 4))
        return 0;
    size_t k = w, lim = w > 24 ? w - 24 : 0;
    while (k > lim && t[k - 1] == ' ')
        k--;
    if (k == w)
        return 0;
    if (k > lim && t[k - 1] == '.') /* "ave. s." */
        k--;
    size_t e = k;
    if (k > 0 && is_digit(t[k - 1]))
        return 1;
    while (k > lim && is_lower(t[k - 1]))
        k--;
    return k < e && (k == 0 || !is_alnum(t[k - 1])) &&
           word_is(t, k, e, streets, sizeof streets / sizeof *streets);
}

/* Multi-period abbreviation ending at the period i, whose last segment is
 * t[w..i): "U.S.", "a.m.", "Ph.D.", "J.R.R.".  Returns the start or i. */
static size_t multi_period(const unsigned char *t, size_t w)
{
    size_t a = w;
    for (int seg = 0; seg < 8; seg++) {
        if (a == 0 || t[a - 1] != '.')
            return seg ? a : SIZE_MAX;
        size_t e = a - 1, b = e;
        while (b > 0 && e - b < 3 && is_alpha(t[b - 1]))
            b--;
        if (b == e || e - b > 2)
            return SIZE_MAX;
        if (b > 0 && (is_alnum(t[b - 1]) || t[b - 1] == '@' || t[b - 1] == '/' || t[b - 1] == ':' ||
                      t[b - 1] >= 0x80))
            return SIZE_MAX;
        a = b;
    }
    return SIZE_MAX;
}

static int first_word(const segmenter *g, size_t w)
{
    return !g->words && (w == g->tok_start || w == g->sent_start ||
                         (w - g->tok_start <= 3 && g->t[g->tok_start] == 0xE2));
}

/* Whether the words at pk name the clock time's place or zone: one or two
 * words and "time" ("at 6 a.m. London time", "8: 30 a.m. New york time",
 * "4 p.m. Hawaii standard time"), the first no common sentence opener
 * ("at 6 p.m. This time they ..." ends).  Multi-News train-10k's sources
 * cut 13 sentences so, none of them an end; its references none. */
static int zone_time(const segmenter *g, const next_word *pk)
{
    const unsigned char *t = g->t;
    size_t p = pk->word_start;
    if (is_starter(g, pk))
        return 0;
    for (int words = 0; words < 3; words++) {
        size_t k = p;
        while (k < g->n && is_alpha(t[k]))
            k++;
        if (k == p)
            return 0;
        if (words > 0 && k - p == 4 && (t[p] | 0x20) == 't' && memcmp(t + p + 1, "ime", 3) == 0)
            return 1;
        if (k >= g->n || t[k] != ' ')
            return 0;
        p = k + 1;
    }
    return 0;
}

/* Whether a capitalised word after "a.m."/"p.m." joins the time to what
 * follows rather than opening a sentence: a range or a second event ("from
 * 10 a.m. To 11 p.m.", "at 6 p.m. And stayed"), "Local time", or "On" and
 * a day ("at 6: 53 p.m. On sunday", "10: 30 a.m. On march 26").  English
 * puts a clock time before its day, and text that capitalises whatever
 * follows a period it took for an end writes these so (Multi-News: 156
 * such times in val's first 1,000 clusters, most of them cut in two). */
static int time_joined(const segmenter *g, const next_word *pk)
{
    static const char *const joins[] = {"And", "Local", "Or", "Through", "Till", "To", "Until"};
    char w[16];
    if (!word_at(g->t, g->n, pk->word_start, w, sizeof w))
        return 0;
    if (bsearch(w, joins, sizeof joins / sizeof *joins, sizeof *joins, cmp_str) || zone_time(g, pk))
        return 1;
    /* The day of a clock time said as a word ("at 7: 25 a.m. Today by a
     * rowing coach", "around 2 a.m. Yesterday"), as the weekdays of the
     * TIMEWORDs are, in text that lost its capitals: cased text writes
     * "a.m. today" inside its sentence, so there the capital opens one.
     * Multi-News train-10k's sources cut 14 sentences so (13 "Today", one
     * "Yesterday"), all of them before the rest of their sentence or a
     * period; its references none. */
    static const char *const days[] = {"Today", "Tomorrow", "Tonight", "Yesterday"};
    if (bsearch(w, days, sizeof days / sizeof *days, sizeof *days, cmp_str))
        return lowered_text(g->t, g->n, pk->word_start);
    if (strcmp(w, "On") != 0)
        return 0;
    next_word day = peek(g->t, g->n, pk->word_start + 2);
    if (day.cls == C_DIGIT)
        return 1;
    if (day.space_end == pk->word_start + 2 || !word_at(g->t, g->n, day.word_start, w, sizeof w))
        return 0;
    w[0] = (char)(w[0] & ~0x20); /* "On sunday", "On March" */
    return bsearch(w, timewords, sizeof timewords / sizeof *timewords, sizeof *timewords,
                   cmp_str) != NULL;
}

/* Whether what follows a clock time at p is its aside: a dash ("at 2: 46
 * p.m. — the precise time ..."; no English sentence opens with one) or a
 * bracket that opens on a figure ("at 6 p.m. ( 1600 gmt )"). */
static int time_aside(const unsigned char *t, size_t n, size_t p)
{
    if (p + 2 < n && t[p] == 0xE2 && t[p + 1] == 0x80 && (t[p + 2] == 0x93 || t[p + 2] == 0x94))
        return 1; /* – — */
    if (p + 1 < n && t[p] == '-' && t[p + 1] == ' ')
        return 1;
    if (p < n && t[p] == '(') {
        size_t q = p + 1;
        while (q < n && t[q] == ' ')
            q++;
        return q < n && is_digit(t[q]);
    }
    return 0;
}

/* Whether the text around the period at i has lost its capitals: no word
 * within 600 bytes before or after it is capitalised after a letter, a
 * digit or a comma (inside a sentence), and there are 20 words or more to
 * tell.  Multi-News lower-cases everything and capitalises only what
 * follows a period it took for an end; cased text writes names, "I" and
 * acronyms inside its sentences.  Bounded: 1,200 bytes, read only at an
 * abbreviation before a word of lowered_joins. */
static int lowered_text(const unsigned char *t, size_t n, size_t i)
{
    size_t lo = i > 600 ? i - 600 : 0, hi = n - i > 600 ? i + 600 : n;
    int words = 0;
    for (size_t k = lo + 1; k < hi; k++) {
        if (t[k - 1] != ' ' || !is_alpha(t[k]))
            continue;
        words++;
        if (!is_upper(t[k]))
            continue;
        size_t p = k - 1;
        while (p > lo && t[p] == ' ')
            p--;
        if (is_alnum(t[p]) || t[p] == ',')
            return 0;
    }
    return words >= 20;
}

/* Whether the sentence that goes on at p ends with a question mark: the
 * first terminator of . ! ? within 400 bytes is one. */
static int asks(const unsigned char *t, size_t n, size_t p)
{
    for (size_t e = p + 400 < n ? p + 400 : n; p < e; p++)
        if (t[p] == '.' || t[p] == '!' || t[p] == '?')
            return t[p] == '?';
    return 0;
}

/* In text that lost its capitals (lowered_text), the capital after an
 * abbreviation says nothing: a preposition or a subordinating word there
 * goes on with the abbreviation's sentence ("at 5 p.m. On the tracks",
 * "the u.s. For killing his father", "king jr. On wednesday before
 * throngs", "want the u.s. To be less active").  Multi-News train-10k, by
 * precis segment: 656 of 198,528 source sentences end in an abbreviation
 * before a "sentence" that opens with one of these words, against 35 of
 * 99,473 reference sentences (0.33 % against 0.035 %); of 40 source pairs
 * read, 34 are one sentence cut in two.  English only; cased text keeps
 * its boundaries.  Not after an abbreviation that stands before a number
 * or ends a list ("art.", "no.", "etc.": "philosophy and art. In china"
 * ends on a word), nor before a word glued to more ("At&t").  "During"
 * and "Since" joined the list in session 34 ("the worst in the central
 * u.s. Since the groundhog day blizzard", "at 2: 00 a.m. During a
 * party"): train-10k's sources hold 14 such pairs, 13 of them one sentence
 * (not "... assembled in the u.s. During an interview ..., the ceo
 * revealed"), its references 1 of 1.
 *
 * Nor does a relative word or a finite auxiliary open a sentence there
 * (session 34; `clause`, also after "etc." and after a state's
 * abbreviation written in lower case, which `clause_only` asks for alone):
 * "women in the u.s. Who live in homes", "in buena park, calif. Where one
 * woman was", "a father in lawrence, kan. Is facing deportation", "child
 * support, etc. Is calculated", unless the sentence asks ("... at 3: 42
 * p.m. Are you a fan?").  Multi-News train-10k's sources were cut so 13
 * times before a relative word (who, where) and 8 times before an
 * auxiliary, all of them one sentence; its references once.  "Have"
 * (an imperative: "no. Have a good night") and the modals ("Should he
 * win") are left. */
static int lowered_joins(const segmenter *g, size_t i, const abbr_t *ab, const next_word *pk,
                         int clause_only)
{
    static const char *const joins[] = {
        "After", "As", "At", "Before", "By",   "During", "For",   "From", "In",    "Into",
        "Near",  "Of", "On", "Since",  "That", "To",     "Until", "When", "While", "With"};
    static const char *const clause[] = {"Are",  "Did",   "Does",  "Had", "Has",  "Is",   "Was",
                                         "Were", "Where", "Which", "Who", "Whom", "Whose"};
    char w[16];
    if (!(g->lang->seg & PC_SEG_ENGLISH_ABBREVS) || pk->cls != C_UPPER ||
        pk->word_start != pk->space_end || pk->newlines || (ab && ab->mode == AB_NUM) ||
        !word_at(g->t, g->n, pk->word_start, w, sizeof w) || pk->word_start + strlen(w) >= g->n ||
        g->t[pk->word_start + strlen(w)] != ' ')
        return 0;
    if (bsearch(w, clause, sizeof clause / sizeof *clause, sizeof *clause, cmp_str)) {
        if (asks(g->t, g->n, pk->word_start))
            return 0;
    } else if (clause_only || (ab && ab->mode == AB_ETC) ||
               !bsearch(w, joins, sizeof joins / sizeof *joins, sizeof *joins, cmp_str)) {
        return 0;
    }
    return lowered_text(g->t, g->n, i);
}

/* The months' abbreviations (date_fragment, abbr_goes_on). */
static const char *const month_abbrs[] = {"apr", "aug", "dec", "feb", "jan", "jul",
                                          "jun", "mar", "nov", "oct", "sep", "sept"};

/* Whether the words from p to the next period make only a date or a span
 * of time, no sentence of their own: "On aug. 3, 2011.", "Wednesday, july
 * 10, 2013.", "This week.", "Later this year.", "A day later.", "The next
 * morning."  At most 8 words, each a time word (a weekday, a month, "day",
 * "week", "year", "morning" ...), a number, or one of the few words that
 * join them ("on", "this", "last", "later" ...), with commas between;
 * at least one time word; a month's abbreviation before a number goes on
 * ("aug. 3").  Bounded: 8 words. */
static int date_fragment(const unsigned char *t, size_t n, size_t p)
{
    static const char *const joins[] = {"a",       "after", "ago",  "an",   "at",    "early",
                                        "earlier", "in",    "last", "late", "later", "next",
                                        "of",      "on",    "same", "that", "the",   "this"};
    /* besides the months and weekdays, which words.c knows (pc_lex_month,
     * pc_lex_weekday) */
    static const char *const times[] = {"afternoon", "day",      "days",    "evening", "month",
                                        "months",    "morning",  "night",   "today",   "tomorrow",
                                        "tonight",   "week",     "weekend", "weeks",   "year",
                                        "years",     "yesterday"};
    int timed = 0;
    for (int words = 0; words < 8; words++) {
        size_t e = p;
        while (e < n && is_alpha(t[e]))
            e++;
        if (e > p) {
            const char *w = (const char *)t + p;
            if (word_is(t, p, e, times, sizeof times / sizeof *times) || pc_lex_month(w, e - p) ||
                pc_lex_weekday(w, e - p) >= 0)
                timed = 1;
            else if (!word_is(t, p, e, joins, sizeof joins / sizeof *joins))
                return 0;
        } else {
            while (e < n && (is_digit(t[e]) || (t[e] == ':' && e > p)))
                e++;
            if (e == p || e - p > 5)
                return 0;
        }
        if (e < n && t[e] == ',')
            e++;
        if (e < n && t[e] == '.') {
            if (!(word_is(t, p, e, month_abbrs, sizeof month_abbrs / sizeof *month_abbrs) &&
                  e + 2 < n && t[e + 1] == ' ' && is_digit(t[e + 2])))
                return timed;
            e++;
        }
        if (e >= n || t[e] != ' ')
            return 0;
        while (e < n && t[e] == ' ')
            e++;
        p = e;
    }
    return 0;
}

/* Whether the sentence opened at s holds nothing before the abbreviation
 * at a but "the" or "former", after a conjunction maybe: "The u.s. Now
 * says", "But the s.e.c. Chairwoman was ready", "Former sec. Of state".
 * A determiner and a name make no sentence. */
static int determiner_only(const unsigned char *t, size_t s, size_t a)
{
    static const char *const conj[] = {"and", "but", "or", "so"};
    static const char *const dets[] = {"former", "the"};
    int det = 0;
    for (int words = 0; words < 3; words++) {
        while (s < a && (t[s] == ' ' || t[s] == '"' || t[s] == '\'' || t[s] == '\n'))
            s++;
        if (s == a)
            return det;
        size_t e = s;
        while (e < a && is_alpha(t[e]))
            e++;
        if (e == s || e == a)
            return 0;
        if (word_is(t, s, e, dets, 2))
            det = 1;
        else if (det || words > 0 || !word_is(t, s, e, conj, 4))
            return 0;
        s = e;
    }
    return 0;
}

/* Whether a participle follows a clock time that closes a clause ("...
 * received a call around 8 p.m. Saying there had been a shooting", "a 911
 * call came in at 5: 20 a.m. Alerting police"), in text that lost its
 * capitals: the participle goes on with the clause, as "saying" would be
 * written in cased text.  Only after a word ("at", "around"), not after
 * a colon or at the sentence's start (a live blog's stamp: "( all times
 * local ): 1 p.m. Defending champion ..."), nor before
 * a pronoun or a preposition in -ing ("Nothing", "During", "According"),
 * nor before a noun of the time of day. */
static int time_participle(const segmenter *g, size_t i, size_t a, const next_word *pk)
{
    static const char *const not_participles[] = {"According", "Anything",   "During",
                                                  "Evening",   "Everything", "Morning",
                                                  "Nothing",   "Something",  "Spring"};
    const unsigned char *t = g->t;
    char w[24];
    if (!word_at(t, g->n, pk->word_start, w, sizeof w))
        return 0;
    size_t len = strlen(w);
    if (len < 6 || strcmp(w + len - 3, "ing") != 0 ||
        bsearch(w, not_participles, sizeof not_participles / sizeof *not_participles,
                sizeof *not_participles, cmp_str))
        return 0;
    for (size_t k = 1; k < len; k++)
        if (!is_lower((unsigned char)w[k]))
            return 0;
    /* the word before the time's figures: "at", "around", "about" ... */
    size_t k = a, lim = a > 32 ? a - 32 : 0;
    while (k > lim && (is_digit(t[k - 1]) || t[k - 1] == ':' || t[k - 1] == ' '))
        k--;
    return k > g->sent_start && is_alpha(t[k - 1]) && lowered_text(t, g->n, i);
}

/* Whether the word at p is "Of" before a content word: "no. Of murders
 * reported", "sec. Of state tillerson".  An abbreviation shortens a noun,
 * and "of" after a noun is its complement; a sentence that opens with
 * "Of" goes on with a function word or "course" ("Of course", "Of the
 * 40 people", "Of those"), which this leaves to end.  Text that
 * capitalises whatever follows a period (Multi-News) writes the
 * preposition so.  Session 44: Multi-News train-10k's sources were cut so
 * 8 times after a listed abbreviation, all one phrase (7 "no.", 1
 * "sec."). */
static int of_complement(const unsigned char *t, size_t n, size_t p)
{
    if (p + 3 >= n || t[p] != 'O' || t[p + 1] != 'f' || t[p + 2] != ' ')
        return 0;
    size_t a = p + 3, e = a;
    while (e < n && e - a < 24 && is_alnum(t[e]))
        e++;
    if (e == a || !is_lower(t[a]) || (e < n && t[e] == ','))
        return 0;
    static const char *const course[] = {"course"};
    return !word_is(t, a, e, course, 1) &&
           !pc_is_stopword((const char *)t + a, e - a, pc_fnv1a((const char *)t + a, e - a));
}

/* After an abbreviation that the rules above took for a sentence's end
 * (English, session 42, issue 18): what follows on the same line goes on
 * with its sentence when it is only a date (date_fragment: "in sanford,
 * fla. Wednesday, july 10, 2013.", a picture's caption; "at the u.n. This
 * week."), when the sentence so far is only a determiner and the
 * abbreviation (determiner_only: "The u.s. Now says"), when "Of" and a
 * content word follow (of_complement, session 44: "no. Of murders"), or
 * when a participle follows a clock time (time_participle).  `a` is where the
 * abbreviation starts, i its period.  Multi-News train-10k's sources, by
 * precis segment (every firing read): 38 dates joined, all of them the
 * date of a picture's caption or a time phrase cut off its clause; 6
 * determiners, all one sentence; 10 participles, all one sentence (one
 * live blog's stamp, now left out).  Val 1-5,622: 27 dates, all right
 * (and "Dec. Jan. Feb." twice, now left out); 7 participles, 6 right, one
 * a true end ("at 3: 19 a.m. Leading up to her death, caitlyn was ..."). */
static int abbr_goes_on(const segmenter *g, size_t i, size_t a, const abbr_t *ab,
                        const next_word *pk)
{
    if (!(g->lang->seg & PC_SEG_ENGLISH_ABBREVS) || pk->cls != C_UPPER || pk->newlines ||
        pk->word_start != pk->space_end)
        return 0;
    /* (not after a month's abbreviation: "Dec. Jan. Feb." is a table's
     * row) */
    if (!word_is(g->t, a, i, month_abbrs, sizeof month_abbrs / sizeof *month_abbrs) &&
        date_fragment(g->t, g->n, pk->word_start))
        return 1;
    if (determiner_only(g->t, g->sent_start, a) || of_complement(g->t, g->n, pk->word_start))
        return 1;
    return ab && ab->mode == AB_TIME && time_participle(g, i, a, pk);
}

/* A clock time after an article or a possessive ("a 3: 30 p.m. Meeting",
 * "the 9 a.m. Hour", "wednesday's 6: 20 p.m. Flight") modifies the noun
 * that follows it and ends no sentence.  `a` is where "a.m."/"p.m."
 * starts; looks back 32 bytes at most.  Multi-News train-10k, by precis
 * segment: 48 source sentences ended so, all cut before their noun; 0
 * reference sentences. */
static int attributive_time(const unsigned char *t, size_t a)
{
    size_t k = a, lim = a > 32 ? a - 32 : 0;
    while (k > lim && t[k - 1] == ' ')
        k--;
    size_t e = k;
    while (k > lim && (is_digit(t[k - 1]) || t[k - 1] == ':' || t[k - 1] == ' '))
        k--;
    while (k < e && t[k] == ' ')
        k++;
    if (k == e || !is_digit(t[k]) || k < 2 || t[k - 1] != ' ')
        return 0;
    size_t we = k - 1, wb = we;
    while (wb > lim && is_alpha(t[wb - 1]))
        wb--;
    /* the possessive determiners too (session 37: "its 5: 30 p.m.
     * Performance", "his 1 a.m. Show", "her 9 a.m. Show"): Multi-News
     * train-10k's sources were cut so 6 times, all before their noun */
    static const char *const dets[] = {"a",  "an",  "her", "his",   "its",
                                       "my", "our", "the", "their", "your"};
    if (wb < we && (wb == 0 || !is_alnum(t[wb - 1])) &&
        word_is(t, wb, we, dets, sizeof dets / sizeof *dets))
        return 1;
    return we - wb == 1 && t[wb] == 's' && wb >= 2 && t[wb - 1] == '\'' && is_alpha(t[wb - 2]);
}

/* A clock time that opens its sentence after a preposition ("At 5 a.m. Mr.
 * Smith went to the bank", "At 6 p.m. They quit") is a fronted phrase
 * whose clause is still to come: no sentence is only that.  `a` is where
 * "a.m."/"p.m." starts.  Multi-News train-10k, by precis segment: 4 source
 * sentences were only such a time, all cut before their clause; 0
 * reference sentences.  (Before, the titles "Mr", "Mrs", "Ms", "Dr" were
 * TIMEWORDs so that "At 5 a.m. Mr. Smith" went on, and "at 6 P.M. Mr.
 * Smith then went" did too.) */
static int fronted_time(const segmenter *g, size_t a)
{
    static const char *const preps[] = {"About", "After", "Around", "At",   "Before",
                                        "By",    "From",  "Since",  "Until"};
    const unsigned char *t = g->t;
    size_t s = g->sent_start, k = a;
    while (s < a && (t[s] == ' ' || t[s] == '\n' || t[s] == '"' || t[s] == '\''))
        s++;
    size_t p = s;
    while (p < a && is_alpha(t[p]))
        p++;
    if (p == s || p >= a || t[p] != ' ' || !word_is(t, s, p, preps, sizeof preps / sizeof *preps))
        return 0;
    while (k > p && (is_digit(t[k - 1]) || t[k - 1] == ':' || t[k - 1] == ' '))
        k--;
    return k == p && is_digit(t[p + 1]);
}

/* A clock time after a preposition that a conjunction or a
 * subordinating word opens ("... and at 6 p.m. He said", "when at 11: 14
 * a.m. He", "that at 3: 01 a.m. Angelia raiola died", "and at
 * approximately 1: 30 p.m. Located the hiker") is a fronted phrase inside
 * its clause, as fronted_time's is at the sentence's start: the clause's
 * subject (or its verb) is still to come.  Between the opening word and
 * the time stand one to three words of the preposition's group ("at",
 * "at around", "shortly before", "at approximately"), the last a
 * preposition or an approximation.  `a` is where "a.m."/"p.m." starts;
 * looks back 64 bytes at most.  Session 37: Multi-News train-10k's sources
 * were cut so 6 times, all before the rest of their clause ("since about
 * 8: 45 p.m." has no opening word and ends). */
static int clause_time(const unsigned char *t, size_t a)
{
    static const char *const group[] = {"about",  "after", "approximately", "around", "at",
                                        "before", "by",    "nearly",        "roughly"};
    /* before the preposition only: "shortly before", "just after" */
    static const char *const lead[] = {"just", "shortly"};
    static const char *const opens[] = {"and", "as",   "because", "but",  "if",    "once",
                                        "so",  "that", "then",    "when", "where", "while"};
    size_t lim = a > 64 ? a - 64 : 0, k = a;
    while (k > lim && (is_digit(t[k - 1]) || t[k - 1] == ':' || t[k - 1] == ' '))
        k--;
    if (k + 1 >= a || t[k] != ' ' || !is_digit(t[k + 1]))
        return 0;
    for (int words = 0; words < 4; words++) {
        size_t e = k;
        while (k > lim && is_alpha(t[k - 1]))
            k--;
        if (k == e || k == lim || t[k - 1] != ' ')
            return 0;
        if (words > 0 && word_is(t, k, e, opens, sizeof opens / sizeof *opens))
            return 1;
        if (words == 3 || !(word_is(t, k, e, group, sizeof group / sizeof *group) ||
                            (words > 0 && word_is(t, k, e, lead, 2))))
            return 0;
        k--;
    }
    return 0;
}

/* Whether a comma and spaces (at least one) stand right before w. */
static int after_comma(const unsigned char *t, size_t w)
{
    size_t k = w;
    while (k > 0 && w - k < 4 && t[k - 1] == ' ')
        k--;
    return k < w && k > 0 && t[k - 1] == ',';
}

/* Whether the state abbreviation at w closes a place that an indefinite
 * article or a possessive opens: "a calif. Jail", "an arlington, va.
 * Travel agent", "her calabasas, calif. Home", "at barrymore's montecito,
 * calif. Estate".  Such a place modifies the noun that follows it ("a
 * California jail"), as the clock time of attributive_time does: "a" or
 * "her" and a place make no noun phrase of their own ("the town of enid,
 * okla." does, and ends).  The article or possessive stands right before
 * the abbreviation, or before the one or two words of the town and its
 * comma, no preposition, conjunction or "the" among them ("mcdonald's in
 * springfield, ill." and "their home outside seymour, ind." end).  Session 37: Multi-News
 * train-10k's sources were cut so 11 times before a word, all before the noun. */
static int place_modifier(const unsigned char *t, size_t w)
{
    static const char *const dets[] = {"a",  "an",  "her",   "his", "its",
                                       "my", "our", "their", "your"};
    static const char *const subjects[] = {"he",   "here",  "it",   "she",
                                           "that", "there", "what", "who"};
    static const char *const stops[] = {"and",     "at",   "by",   "for", "from", "in",
                                        "inside",  "into", "near", "of",  "on",   "or",
                                        "outside", "over", "the",  "to",  "with"};
    size_t k = w, lim = w > 64 ? w - 64 : 0;
    while (k > lim && t[k - 1] == ' ')
        k--;
    int comma = k > lim && t[k - 1] == ',';
    if (comma)
        k--;
    for (int words = 0; words < (comma ? 3 : 1); words++) {
        while (k > lim && t[k - 1] == ' ')
            k--;
        size_t e = k;
        while (k > lim && (is_alpha(t[k - 1]) || t[k - 1] == '-' || t[k - 1] == '\''))
            k--;
        if (k == e || (k > 0 && t[k - 1] != ' ' && t[k - 1] != '"' && t[k - 1] != '('))
            return 0;
        if (word_is(t, k, e, dets, sizeof dets / sizeof *dets))
            return words > 0 || !comma;
        /* a possessive before the town ("barrymore's"), not a
         * contraction ("it's") */
        if (comma && words > 0 && e - k > 2 && t[e - 1] == 's' && t[e - 2] == '\'')
            return !word_is(t, k, e - 2, subjects, sizeof subjects / sizeof *subjects);
        if (word_is(t, k, e, stops, sizeof stops / sizeof *stops))
            return 0;
    }
    return 0;
}

/* Whether the word at p is a code that holds a number: one to three
 * letters and then a digit ("Nn7687", "F11-00878", "A380").  After "No."
 * such a code is the number the abbreviation announces ("inmate no.
 * Nn7687", "grant ( no. F11-00878 )"; text that capitalises whatever
 * follows a period writes the code's first letter so): session 38,
 * Multi-News train-10k's sources hold 2 such places, both one sentence.
 * A hyphen may join the letters to the number, as court and case numbers
 * write it ("nos. Wr-84,700-01"): session 42, 6 cuts found by s42-abbrev
 * in train-10k's sources, each inside one case number. */
static int number_code(const unsigned char *t, size_t n, size_t p)
{
    size_t k = p;
    while (k < n && k - p < 4 && is_alpha(t[k]))
        k++;
    if (k == p || k - p > 3 || k >= n)
        return 0;
    if (t[k] == '-' && k + 1 < n)
        k++;
    return is_digit(t[k]);
}

/* Mode rules of abbrev.inc. */
static int abbr_ends(const segmenter *g, const abbr_t *ab, const next_word *pk)
{
    switch (ab->mode) {
    case AB_TITLE:
        return 0;
    case AB_NUM:
        return pk->cls != C_DIGIT &&
               !(pk->cls == C_UPPER && number_code(g->t, g->n, pk->word_start));
    case AB_START:
        return is_starter_after_abbr(g, pk);
    case AB_ETC:
        return pk->cls != C_DIGIT;
    default: /* AB_TIME */
        if (pk->cls == C_UPPER)
            return !time_word(g, pk) && !time_joined(g, pk);
        return pk->cls == C_OTHER && !time_aside(g->t, g->n, pk->space_end);
    }
}

/* Start of the word (letters and marks of any script) that ends at i, at
 * most 32 bytes back; i when there is none. */
static size_t word_back(const unsigned char *t, size_t i)
{
    size_t k = i, lim = i > 32 ? i - 32 : 0;
    while (k > lim) {
        size_t b = k - 1;
        while (b > lim && (t[b] & 0xC0) == 0x80)
            b--;
        utf8proc_int32_t cp;
        if (utf8proc_iterate(t + b, (utf8proc_ssize_t)(k - b), &cp) != (utf8proc_ssize_t)(k - b))
            break;
        utf8proc_category_t c = utf8proc_category(cp);
        if (!(c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME))
            break;
        k = b;
    }
    return k;
}

/* Appends the lower case of cp to buf (k bytes used of cap, one kept for the
 * terminator); 0 when it does not fit. */
static int append_lower(char *buf, size_t cap, size_t *k, utf8proc_int32_t cp)
{
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
    if (*k + (size_t)m >= cap)
        return 0;
    memcpy(buf + *k, enc, (size_t)m);
    *k += (size_t)m;
    return 1;
}

/* The language's own rules for a period at i before a word that is not
 * lowercase: 0 when it surely does not end the sentence, 1 when the
 * shared rules decide.
 * - an ordinal ("am 3. Oktober") where the language writes them so;
 * - an abbreviation of the language's list ("κ. Χατζηδάκη", "ул. Ленина"),
 *   or of its list of those that may end one, before a lowercase word
 *   ("Fenstern usw. in der Stadt");
 * - a single capital letter of a script other than Latin after a space, an
 *   initial ("Ν. Κορέας"). */
static int in_lang_list(const char *const *list, const char *key)
{
    if (!list)
        return 0;
    size_t cnt = 0;
    while (list[cnt])
        cnt++;
    return bsearch(key, list, cnt, sizeof *list, cmp_str) != NULL;
}

static int lang_period_ends(const segmenter *g, size_t i, const next_word *pk)
{
    const unsigned char *t = g->t;
    if (g->lang->seg & PC_SEG_ORDINAL_DOT) {
        size_t d = i;
        while (d > 0 && i - d < 3 && is_digit(t[d - 1]))
            d--;
        /* not a number joined to a word by a hyphen ("Sars-CoV-2.",
         * "Covid-19.", "A-7."): a name or a model, no ordinal */
        int named = d >= 2 && t[d - 1] == '-' && is_alpha(t[d - 2]);
        if (d < i && i - d <= 2 && (d == 0 || !(is_alnum(t[d - 1]) || t[d - 1] == '.')) && !named &&
            pk->cls != C_DIGIT)
            return 0;
    }
    size_t w = word_back(t, i);
    if (w == i)
        return 1;
    int letters = 0, ascii = 1;
    utf8proc_int32_t first = 0;
    char key[40];
    size_t k = 0;
    for (size_t p = w; p < i;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(t + p, (utf8proc_ssize_t)(i - p), &cp);
        if (n <= 0)
            return 1;
        if (cp >= 0x80)
            ascii = 0;
        if (p == w)
            first = cp;
        utf8proc_category_t c = utf8proc_category(cp);
        letters += c <= UTF8PROC_CATEGORY_LO;
        if (!append_lower(key, sizeof key, &k, cp))
            return 1;
        p += (size_t)n;
    }
    key[k] = 0;
    if (letters == 1 && !ascii && utf8proc_category(first) == UTF8PROC_CATEGORY_LU &&
        (w == 0 || t[w - 1] == ' ' || t[w - 1] == '('))
        return 0;
    if (in_lang_list(g->lang->abbrevs, key) ||
        (pk->cls == C_LOWER && in_lang_list(g->lang->enders, key)))
        return 0;
    return 1;
}

/* English: a period after a number or a two-letter word, before one of
 * the common sentence openers of abbrev.inc in lowercase ("call them at
 * 303-832-8160. they haven't", "i loved it. why do you", "easy to take
 * care of. they all need"): the shorter words that the rule below leaves
 * out, when the next word says a sentence opens.  Not after an
 * abbreviation ("vs.", "no." of the list) nor a segment of one ("e.g."). */
static int short_word_end(const segmenter *g, size_t i, size_t w, const next_word *pk)
{
    const unsigned char *t = g->t;
    size_t a = w;
    if (w == i) { /* a number: digits, and the commas and hyphens inside */
        while (a > 0 && i - a < 24 && (is_digit(t[a - 1]) || t[a - 1] == '-' || t[a - 1] == ','))
            a--;
        if (a == i || !is_digit(t[i - 1]) || !is_digit(t[a]))
            return 0;
    } else if (i - w != 2 || !is_lower(t[w]) || !is_lower(t[w + 1]) || find_abbr(t, w, i, 0)) {
        return 0;
    }
    if (a > 0 && t[a - 1] != ' ')
        return 0;
    char cap[16];
    if (pk->word_start != pk->space_end || !word_at(t, g->n, pk->word_start, cap, sizeof cap))
        return 0;
    cap[0] = (char)(cap[0] & ~0x20);
    return bsearch(cap, starters, sizeof starters / sizeof *starters, sizeof *starters, cmp_str) !=
           NULL;
}

/* A sentence that opens in lowercase: informal text (forums, mail, reviews)
 * and some corpora write "cats. they look", "kidding? why would".  After a
 * period, only when the word before is an ordinary word (3 letters or more,
 * lowercase, no period, hyphen or slash before it, not after a number, in
 * no abbreviation list (the language's or English's): not "etc. and", "e.g. the", "Corp. common",
 * "46 χλμ. από") and nothing but one run of white space stands between them (not
 * '"great." she said').  After ? or !, when a word stands right before it
 * (not "Fax:? 203") and it is not "Yahoo! and".  In every language,
 * English included (the learned weights were retrained with it on;
 * docs/languages.md gives the figures). */
static int open_paren(const unsigned char *t, size_t s, size_t i);

static int lower_start_ends(segmenter *g, size_t i, size_t q, size_t e, const next_word *pk)
{
    const unsigned char *t = g->t;
    if (e != q || pk->newlines)
        return 0;
    /* inside a parenthesis the sentence opened, a period before a
     * lowercase word closes an abbreviation the lists lack ("(distr. da
     * Palazzo)", "(ca. due ore)"): the weak evidence of a lowercase
     * opening does not end a sentence there (session 37, UD Italian; "?"
     * and "!" still do: "( what a lead? last roll ...": an aside of
     * several sentences) */
    if (t[i] == '.' && open_paren(t, g->sent_start, i))
        return 0;
    /* a link opens its sentence after a word's terminator (": ) .
     * http://example.com"; not after "e.g."), as a capital would */
    if (url_at(t, g->n, pk->word_start) && pk->word_start == pk->space_end) {
        size_t w = word_back(t, i);
        return t[i] != '.' || w == i || !((w > 0 && t[w - 1] == '.') || find_abbr(t, w, i, 0));
    }
    /* a quotation opening the next sentence, its mark glued to its first
     * word: text that lower-cases everything writes "over the transom.
     * \"visual on geronimo, \" said a voice" (a straight quote with no
     * quotation open before the period, or a curly opening one) */
    size_t ws = pk->word_start, se = pk->space_end;
    if (ws != se && !((ws == se + 1 && t[se] == '"' && !quote_open_at(g, i)) ||
                      (ws == se + 3 && t[se] == 0xE2 && t[se + 1] == 0x80 && t[se + 2] == 0x9C)))
        return 0;
    size_t w = word_back(t, i);
    if (t[i] == '.' && (g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && short_word_end(g, i, w, pk))
        return 1;
    if (w == i || (w > 0 && !(t[w - 1] == ' ' || t[w - 1] == '(' || t[w - 1] == '"')))
        return 0;
    size_t letters = 0;
    for (size_t p = w; p < i; p++)
        letters += (t[p] & 0xC0) != 0x80;
    int cl = 0;
    if (t[i] != '.')
        return letters >= 2;
    if (letters < 3)
        return 0;
    if (char_class(t, g->n, w, &cl) != C_LOWER) {
        /* a capitalised word: a name ("di Herr Meier. al signor"), not an
         * abbreviation (five letters or more, the rest lowercase: not
         * "Corp.", "ONU.") */
        if (cl || letters < 5 || char_class(t, g->n, w, &cl) != C_UPPER)
            return 0;
        size_t p = w + 1;
        while (p < i && (t[p] & 0xC0) == 0x80)
            p++; /* past the first character */
        for (; p < i; p++)
            if (is_upper(t[p]))
                return 0;
    }
    /* a unit after a number: "46 χλμ. από", "520 εκατ. ευρώ" */
    if (w >= 2 && t[w - 1] == ' ' && is_digit(t[w - 2]))
        return 0;
    /* the language's abbreviations, and the Latin ones of the English list
     * that other languages write too ("etc.", "vs.", "approx.") */
    return lang_period_ends(g, i, pk) && !find_abbr(t, w, i, 0);
}

/* Is the next word a capital letter and its period, the next initial of a
 * chain ("E. A. Smith")?  Text that lower-cases everything but what
 * follows a period writes the chain "the mystery novelist j. A. Konrath",
 * "picture books and a. A. Milne poems", where "A" would pass for a
 * sentence opener (session 41). */
static int initial_follows(const segmenter *g, const next_word *pk)
{
    const unsigned char *q = g->t + pk->word_start;
    return pk->word_start + 1 < g->n && is_upper(q[0]) && q[1] == '.';
}

/* Does the single period at i end the sentence, given a next word that is
 * not lowercase?  Decided by the word before it. */
static int decide_period(const segmenter *g, size_t i, const next_word *pk)
{
    const unsigned char *t = g->t;
    if (!(g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && !lang_period_ends(g, i, pk))
        return 0;
    size_t w = run_start(t, i), wl = i - w;
    if (wl == 0) /* "N°." before a number */
        return !(i >= 3 && t[i - 2] == 0xC2 && t[i - 1] == 0xB0 && (t[i - 3] | 0x20) == 'n' &&
                 pk->cls == C_DIGIT);
    /* a long word, or the last letters of one with letters beyond ASCII,
     * which no abbreviation is ("señal." is no "al.", session 34; a quote
     * mark or a dash before it is no letter: "“Gen.") */
    if (w > 0 && (is_alnum(t[w - 1]) || (t[w - 1] >= 0x80 && letter_before(t, w))))
        return 1;
    size_t k = w;
    while (k < i && is_digit(t[k]))
        k++;
    if (k == i) /* a number: "1,000." ends, "2." opening a list item does not
                 * (outside English also "858." opening an article of a code) */
        return !((wl <= 2 || (wl <= 4 && !(g->lang->seg & PC_SEG_ENGLISH_ABBREVS))) &&
                 first_word(g, w));
    for (k = w; k < i && is_alpha(t[k]);)
        k++;
    if (k < i)
        return 1; /* mixed letters and digits: "5th.", "COVID-19." */
    if (wl <= 2) {
        size_t a = multi_period(t, w);
        if (a != SIZE_MAX) {
            const abbr_t *ab = find_abbr(t, a, i, 1);
            if (ab && ab->mode == AB_TIME &&
                (attributive_time(t, a) || fronted_time(g, a) || clause_time(t, a)))
                return 0;
            return (ab ? abbr_ends(g, ab, pk) : is_starter_after_abbr(g, pk)) &&
                   !lowered_joins(g, i, ab, pk, 0) && !abbr_goes_on(g, i, a, ab, pk);
        }
    }
    /* A capital alone between two capitalised words is a middle initial
     * ("James P. Rubin"), whatever abbreviation the letter also spells
     * ("p." for page), unless a sentence starter follows ("World War I.
     * The"). */
    if (wl == 1 && is_upper(t[w]) && pk->cls == C_UPPER && prev_word_case(t, w) == 1)
        return is_starter(g, pk);
    /* So is a lowercase letter alone after a word, before a capitalised
     * word, in text that lost its capitals: "fbi director james b. Comey,
     * testifying", "dr. Michael p. Manns" (Multi-News writes names so),
     * whatever abbreviation the letter spells; "plan b. The" ends, and a list
     * marker ("item b. The second") is the first word of its sentence.
     * After a comma or an opening bracket it is a first initial, after a
     * number a street's compass point (session 33: "karl weber, a. Nissle
     * and e. Brinkmann", "( j. Scott applewhite / ap )", "bacteria ( e.
     * Coli )", "at 1142 e. Route 193"): precis segment cut 93 sentences of
     * train-10k's sources so (35 after a comma, 20 after a bracket, 38
     * after a number), 6 of its references; of those read, one was a true
     * end ("i205 s. Too many ..."); a sentence opener after it still ends
     * ("plan b. The").  Not "And" nor "Or" (session 37, as after any
     * abbreviation that ends a name, is_starter_after_abbr): "the john d.
     * And catherine t. Macarthur foundation", "george w. And laura bush";
     * Multi-News train-10k's sources were cut so 9 times, 7 of them one
     * sentence (not "a scarlet a. And now"). */
    if (wl == 1 && (g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && is_lower(t[w]) &&
        pk->cls == C_UPPER && (prev_word_case(t, w) >= 0 || initial_after_mark(t, g->n, w)) &&
        !first_word(g, w))
        return is_starter_after_abbr(g, pk) && !initial_follows(g, pk) &&
               !(street_compass(t, w) && lowered_joins(g, i, NULL, pk, 0));
    const abbr_t *ab = abbr_of_letters(t, w, i);
    if (ab && !(ab->flags & AB_MD) && (!(ab->flags & AB_CAP) || is_upper(t[w])))
        return abbr_ends(g, ab, pk) && !lowered_joins(g, i, ab, pk, 0) &&
               !abbr_goes_on(g, i, w, ab, pk);
    /* A month or a title of the list that is written capitalised (AB_CAP),
     * found written in lower case: text that lower-cases everything but the
     * first letter of its sentences (Multi-News: "before its oct. 1
     * launch", "said rep. Michael burgess").  A month before a number
     * ("oct. 1") and a title before a word that no sentence commonly opens
     * with ("rep.  Michael") do not end the sentence there; "a sales rep.
     * The" still does.  State names ("ill.", "mass.", "wash.") are words
     * but before a word that goes on with a clause (lowered_joins). */
    if (ab && (g->lang->seg & PC_SEG_ENGLISH_ABBREVS) && is_lower(t[w]) && (ab->flags & AB_CAP)) {
        if (ab->mode == AB_NUM)
            return pk->cls != C_DIGIT;
        if (ab->mode == AB_TITLE)
            return is_starter(g, pk);
        if (ab->mode == AB_START && lowered_joins(g, i, ab, pk, 1))
            return 0;
        /* a state after its town and a comma before "And" or "Or" joins
         * the next place or predicate ("at fort benton, ky. And the 10th
         * division at fort drum", "in wellesley, mass. And has given"), as
         * the capitalised state does (is_starter_after_abbr); session 37:
         * Multi-News train-10k's sources were cut so 6 times, all of them
         * one sentence ("seriously ill. And" has no comma) */
        if (ab->mode == AB_START && is_starter(g, pk) && !is_starter_after_abbr(g, pk) &&
            after_comma(t, w))
            return 0;
        if (ab->mode == AB_START && pk->cls == C_UPPER && pk->word_start == pk->space_end &&
            place_modifier(t, w))
            return 0;
        if (ab->mode == AB_START && abbr_goes_on(g, i, w, ab, pk))
            return 0;
    }
    if (wl == 1) {
        if (first_word(g, w))
            return 0; /* "a. The first item", "E. Smith said" */
        /* a letter alone before a number abbreviates what the number
         * counts or places ("nostra aetate n. 4", "954 s. 900 east", "( b.
         * 1 august 1989 )"); news spells out a number that opens a
         * sentence.  Multi-News train-10k: 34 such places, one boundary. */
        if (pk->cls == C_DIGIT && (w == 0 || t[w - 1] < 0x80))
            return 0; /* (not the last letter of "persuasión") */
        if (is_upper(t[w])) {
            if (pk->cls != C_UPPER)
                return 1;
            if (initial_follows(g, pk))
                return 0; /* a chain of initials: "E. A. Smith" */
            if (t[w] == 'I' && prev_word_case(t, w) == 0)
                return 1;             /* "you and I. Did" (but "Albert I. Jones") */
            return is_starter(g, pk); /* "World War I. The", "vitamin D. The" */
        }
    }
    return 1;
}

/* ---- terminators ------------------------------------------------------- */

/* An emoticon after a terminator and one run of white space on the same
 * line ("I love her. :)", "great! :P you") belongs to the sentence it
 * follows, which then ends after it, before any word: the terminator has
 * ended the sentence already, the emoticon only comments on it.  Returns
 * the end of the emoticon, with *out the peek past it; 0 when there is
 * none. */
static size_t emoticon_after(const segmenter *g, const next_word *pk, next_word *out)
{
    if (!pk->space || pk->newlines || pk->word_start != pk->space_end)
        return 0;
    size_t m = emoticon_at(g->t, g->n, pk->space_end);
    if (!m)
        return 0;
    *out = peek(g->t, g->n, pk->space_end + m);
    return pk->space_end + m;
}

/* After a decided terminator ending at e: ends the sentence there if brk, then
 * consumes the white space that the peek already looked at. */
static size_t settle(segmenter *g, size_t e, const next_word *pk, int brk)
{
    if (brk)
        boundary(g, e);
    if (pk->space_end > e)
        white_space(g, e, pk->space_end, 0);
    return pk->space_end;
}

/* Tokenised text (Multi-News, PTB style) writes quotes as words: a period, a
 * space, a lone straight quote and a space ("true . \" as for" or "true. \"
 * as").  Standard prose never separates a closing quote from its period, so
 * the quote opens the next sentence, whose first word may be lowercase when
 * the text was re-capitalised sentence by sentence.  Not in French, which
 * puts a space before its closing quote ("bête ! \" Les"). */
static int spaced_quote_after(const segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t n = g->n;
    return !(g->lang->seg & PC_SEG_SPACED_CLOSERS) && i + 3 <= n && t[i] == ' ' &&
           t[i + 1] == '"' && (i + 2 == n || t[i + 2] == ' ');
}

/* Is a parenthesis open in t[s..i)?  Looks back 200 bytes at most. */
static int open_bracket(const unsigned char *t, size_t s, size_t i, unsigned char open,
                        unsigned char close)
{
    int depth = 0;
    for (size_t k = i > s + 200 ? i - 200 : s; k < i; k++)
        depth += t[k] == open ? 1 : t[k] == close && depth > 0 ? -1 : 0;
    return depth > 0;
}

static int open_paren(const unsigned char *t, size_t s, size_t i)
{
    return open_bracket(t, s, i, '(', ')');
}

/* Tokenised text writes a closing bracket as a word of its own ("sen.
 * Dean heller ( r-nev. ) in las vegas", "( who else was there ? ) The"):
 * after the terminator at i, ending at q, inside a parenthesis the
 * sentence opened, the bracket goes with the sentence, which may go on
 * past it.  Returns where the closers end: e, the end skip_closers found,
 * or the end of the spaced bracket. */
static size_t spaced_bracket(const segmenter *g, size_t i, size_t q, size_t e)
{
    const unsigned char *t = g->t;
    if (e == q && q + 1 < g->n && t[q] == ' ' &&
        ((t[q + 1] == ')' && open_paren(t, g->sent_start, i)) ||
         (t[q + 1] == ']' && open_bracket(t, g->sent_start, i, '[', ']'))))
        return q + 2;
    return e;
}

/* Is a straight-quote quotation open at i: an odd number of '"' in the
 * block before it?  The count runs over the whole block (a paragraph), not
 * the sentence: a quotation of several sentences ("\" It was late. We left,
 * \" she said. \" Next") is closed in a later sentence than the one that
 * opened it, and the sentence's own count would take its closing quote for
 * an opening one and the lone quote after its period for a closing one.
 * The block is read once, as far as the last question. */
static int quote_open_at(segmenter *g, size_t i)
{
    const unsigned char *t = g->t, *p;
    if (i < g->q_pos) { /* not reached: positions only grow */
        g->q_pos = 0;
        g->q_odd = 0;
    }
    while ((p = memchr(t + g->q_pos, '"', i - g->q_pos)) != NULL) {
        g->q_odd ^= 1;
        g->q_pos = (size_t)(p - t) + 1;
    }
    g->q_pos = i;
    return g->q_odd;
}

/* How far apart two items' numbers of a list may stand: an item is a line
 * or a short paragraph. */
#define LIST_ITEM_BYTES 1000

/* The word before t[p] (a space there, then the word): whether the same
 * word stands before t[q], in either case ("section 1 ... Section 2"). */
static int same_word_before(const unsigned char *t, size_t p, size_t q)
{
    size_t a = p, b = q;
    while (a > 0 && b > 0 && t[a - 1] != ' ' && t[b - 1] != ' ' &&
           (t[a - 1] | 0x20) == (t[b - 1] | 0x20))
        a--, b--;
    return a < p && (a == 0 || t[a - 1] == ' ') && (b == 0 || t[b - 1] == ' ');
}

/* A numbered list written as one line whose first marker does not open a
 * sentence ("the top party schools for 2012: 1. Ohio university, athens,
 * ohio 2. University of iowa ..."): each item's number stands glued to the
 * end of the item before it, whose sentence a period after a number
 * before a capital ends ("... ohio 2.").  English only (German writes
 * ordinals so: "am 3. Oktober").  The number before the period at i, of
 * one or two digits after a space (not after a comma: "said porras, 31."
 * is an age), not the sentence's first word, is a list's marker when the
 * list runs in sequence from 1: "1." with " 2. " and a letter or a quote
 * mark within LIST_ITEM_BYTES ahead, or the number after the last marker
 * (a moved one or one that opened a sentence) within LIST_ITEM_BYTES
 * behind.  Not when the word before the number is the word before the
 * other marker: the numbers are that label's ("section 1 ... section 2",
 * "option 1 ... option 2").  Returns where the number starts (the sentence
 * before ends there), else 0.  Bounded: LIST_ITEM_BYTES at each such
 * period, rare. */
static size_t glued_list_number(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    if (!(g->lang->seg & PC_SEG_ENGLISH_ABBREVS))
        return 0;
    size_t w = i;
    while (w > 0 && i - w < 3 && is_digit(t[w - 1]))
        w--;
    if (w == i || i - w > 2 || w < 2 || t[w - 1] != ' ' || t[w - 2] == ',' || first_word(g, w))
        return 0;
    unsigned v = 0;
    for (size_t k = w; k < i; k++)
        v = v * 10 + (unsigned)(t[k] - '0');
    if (g->list_at && v == g->list_last + 1 && w - g->list_at <= LIST_ITEM_BYTES &&
        !same_word_before(t, w - 1, g->list_at - 1)) {
        g->list_last = v;
        g->list_at = w;
        return w;
    }
    if (v != 1)
        return 0;
    size_t lim = g->n - i > LIST_ITEM_BYTES ? i + LIST_ITEM_BYTES : g->n;
    for (size_t p = i + 1; p + 4 < lim; p++)
        if (t[p] == ' ' && t[p + 1] == '2' && t[p + 2] == '.' && t[p + 3] == ' ' &&
            (is_alpha(t[p + 4]) || t[p + 4] == '"' || t[p + 4] == '\'') &&
            !same_word_before(t, w - 1, p)) {
            g->list_last = 1;
            g->list_at = w;
            return w;
        }
    return 0;
}

/* The period at i ends a list's number glued to the item before it
 * (glued_list_number): the item's sentence ends before the number, which
 * opens the next item's, and that sentence then ends before the following
 * number as a list that opens with its marker does (white_space). */
static int glued_marker_moved(segmenter *g, size_t i)
{
    size_t m = glued_list_number(g, i);
    if (m)
        boundary(g, m);
    return m != 0;
}

static size_t single_period(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    if (spaced_quote_after(g, i + 1)) {
        /* Unless a quotation is open that the lone quote closes ("is \"
         * futile . \" The"): then the sentence ends after the quote. */
        size_t q = quote_open_at(g, i) ? i + 3 : i + 1;
        next_word pk = peek(t, g->n, q);
        if (pk.cls == C_END)
            return q;
        if (q == i + 1 && !pk.newlines && glued_marker_moved(g, i)) /* "see: 1. \" two ..." */
            return settle(g, q, &pk, 0);
        if (pk.cls == C_LOWER)
            pk.cls = C_UPPER;
        return settle(g, q, &pk, pk.newlines >= 2 || decide_period(g, i, &pk));
    }
    size_t e = spaced_bracket(g, i, i + 1, skip_closers(g, i + 1));
    int nl;
    if (e < g->n && !ws_at(t, g->n, e, &nl)) {
        /* (a glued opening quote counts among the closers) */
        if ((e == i + 1 && glued_boundary(g, i)) ||
            ((e == i + 1 || t[i + 1] == '"' || t[i + 1] == 0xE2) && glued_lower_boundary(g, i)))
            boundary(g, i + 1);
        return e;
    }
    next_word pk = peek(t, g->n, e), pe;
    if (pk.cls == C_END)
        return e;
    size_t m = emoticon_after(g, &pk, &pe);
    if (m)
        return pe.cls == C_END ? m : settle(g, m, &pe, 1);
    /* (a quote mark may open the item, and the word after it then be
     * lowercase) */
    if ((pk.cls == C_UPPER || (pk.cls == C_LOWER && pk.word_start > pk.space_end)) &&
        !pk.newlines && e == i + 1 && glued_marker_moved(g, i))
        return settle(g, e, &pk, 0);
    int brk = pk.newlines >= 2 || (pk.cls != C_LOWER && decide_period(g, i, &pk)) ||
              (pk.cls == C_LOWER && lower_start_ends(g, i, i + 1, e, &pk));
    return settle(g, e, &pk, brk);
}

/* Dots glued between two words, "country....Iguazu", "before..I should":
 * the end of a sentence written without its space, as "word.Word" is
 * (glued_boundary), when a capitalised word follows (a capital and a
 * lowercase letter, or a capital alone before a space) outside e-mail
 * addresses and URLs. */
static int glued_dots(segmenter *g, size_t i, size_t e)
{
    const unsigned char *t = g->t;
    if (e + 1 >= g->n || !is_upper(t[e]) || !(is_lower(t[e + 1]) || t[e + 1] == ' ') || i == 0 ||
        !is_alnum(t[i - 1]))
        return 0;
    return !in_link(g, i);
}

/* Runs of dots and "…", possibly spaced (". . ."), starting at i. */
static size_t dots(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t n = g->n, q = i;
    unsigned nd = 0;
    int spaced = 0;
    while (q < n) {
        if (t[q] == '.') {
            q++;
            nd += nd < 100;
        } else if (is_ellipsis(t, n, q)) {
            q += 3;
            nd += nd < 100 ? 3 : 0;
        } else if (t[q] == ' ' && nd && q + 1 < n &&
                   (t[q + 1] == '.' || is_ellipsis(t, n, q + 1))) {
            q++;
            spaced = 1;
        } else {
            break;
        }
    }
    if (nd == 1 || (nd < 3 && spaced))
        return single_period(g, i);
    int attached = i > 0 && !ws_before(t, 0, i);
    int period_first = t[i] == '.' && t[i + 1] == ' ';
    size_t e = skip_closers(g, q);
    if (i > 0 && (t[i - 1] == '[' || t[i - 1] == '('))
        return e; /* "[...]": an elision */
    next_word pk = peek(t, n, e), pe;
    if (!pk.space && attached && e == q && glued_dots(g, i, e))
        boundary(g, e);
    if (pk.cls == C_END || !pk.space)
        return e;
    if (pk.newlines >= 2)
        return settle(g, e, &pk, 1);
    size_t m = emoticon_after(g, &pk, &pe);
    if (m)
        return pe.cls == C_END ? m : settle(g, m, &pe, 1);
    /* A free-standing "..." before a capital: in English an omission inside
     * the sentence ("is . . . I didn't", the Golden Rules); elsewhere, as
     * in Portuguese " ... Está", the end of a sentence that trails off,
     * unless a parenthesis is open. */
    int inner = !attached && nd <= 3 &&
                ((g->lang->seg & PC_SEG_ENGLISH_ABBREVS) || pk.cls != C_UPPER ||
                 open_paren(t, g->sent_start, i));
    if (pk.cls == C_LOWER && attached && !pk.newlines && pk.word_start == pk.space_end &&
        url_at(t, n, pk.word_start))
        return settle(g, e, &pk, 1); /* "cool... http://example.com" */
    if (pk.cls == C_LOWER || inner || pk.caseless)
        return settle(g, e, &pk, 0); /* no capital to tell: an ellipsis in caseless
                                      * scripts trails off more often than it ends */
    if (attached && period_first && nd >= 4) {
        /* "word. . . . Next": the period ends the sentence, the ellipsis is
         * scanned again as the opening of the next one */
        boundary(g, i + 1);
        return i + 1;
    }
    return settle(g, e, &pk, 1);
}

/* A capitalised word inside its sentence with "!" glued to it: followed by a
 * lowercase word ("works at Yahoo! in", "a round of Jeopardy! before"), it is
 * a name written with its exclamation mark, not the end of a sentence.  (This
 * replaced a list of two such names.)  A word opening its sentence ("Help!")
 * is an exclamation like any other; a capital after the "!" still opens the
 * next sentence.  Measured: the 14 UD languages and the Golden Rules
 * unchanged; one Multi-News val cluster of 5,622 changed (lower-cased text,
 * "u.s. Government! on tv", now one sentence). */
static int exclaimed_name(const segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t w = run_start(t, i);
    if (w == i || !(t[w] >= 'A' && t[w] <= 'Z'))
        return 0;
    for (size_t p = g->sent_start; p < w; p++)
        if (is_alnum(t[p]))
            return 1;
    return 0;
}

/* Is the word at p, capitalised, a function word of the language ("; The",
 * "; Il", "; Por")?  Not the English "I", always capitalised; none in a
 * language that capitalises its nouns (PC_SEG_NOUN_CAPITALS). */
static int capitalised_function_word(const segmenter *g, size_t p)
{
    if (g->lang->seg & PC_SEG_NOUN_CAPITALS)
        return 0;
    const unsigned char *t = g->t;
    char low[32];
    size_t k = 0;
    while (p < g->n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t w = utf8proc_iterate(t + p, (utf8proc_ssize_t)(g->n - p), &cp);
        if (w <= 0)
            return 0;
        utf8proc_category_t c = utf8proc_category(cp);
        if (!(c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME))
            break;
        if (!append_lower(low, sizeof low, &k, cp))
            return 0;
        p += (size_t)w;
    }
    if (k == 0 || (k == 1 && low[0] == 'i' && (g->lang->seg & PC_SEG_ENGLISH_ABBREVS)))
        return 0;
    return pc_lang_is_stopword(g->lang, low, k);
}

/* A capital followed by a lowercase letter at p ("The", "Él"; not "PS",
 * "ENRON", nor a caseless script). */
static int titlecase_at(const unsigned char *t, size_t n, size_t p)
{
    int cl = 0;
    if (char_class(t, n, p, &cl) != C_UPPER || cl)
        return 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t w = utf8proc_iterate(t + p, (utf8proc_ssize_t)(n - p), &cp);
    return w > 0 && char_class(t, n, p + (size_t)w, &cl) == C_LOWER;
}

/* The '@' of an e-mail address or the "://" of a URL at i.  A link that
 * ends without punctuation before a capitalised word on the same line ends
 * its sentence there ("Email: jo@example.com There is nothing", "see
 * http://example.com/x It is a start"): a link closes a signature, a
 * header or a sentence whose writer left the period off so as not to
 * change the address (15 of the 17 such links in the English UD rows).
 * So does a link before another one: a list of links, one a line.
 * Returns where the scan goes on: past the link, whose periods and '?'
 * end nothing. */
static size_t link_end(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t e = i;
    int nl;
    while (e < g->n && e - i < 256 && !ws_at(t, g->n, e, &nl))
        e++;
    if (e >= g->n || e - i >= 256)
        return i + 1;
    unsigned c = t[e - 1];
    if (!(is_alnum(c) || c == '>' || c == ']' || c == '/'))
        return i + 1;
    next_word pk = peek(t, g->n, e);
    if (pk.newlines || pk.word_start != pk.space_end ||
        !(titlecase_at(t, g->n, pk.word_start) || url_at(t, g->n, pk.word_start)))
        return i + 1;
    boundary(g, e);
    return e;
}

/* Length of the run of 1 to `most` ASCII digits at t[a..), 0 if none or longer. */
static size_t digits_at(const unsigned char *t, size_t n, size_t a, size_t most)
{
    size_t k = a;
    while (k < n && k - a <= most && is_digit(t[k]))
        k++;
    return k - a > most ? 0 : k - a;
}

/* Start of a numeric date "04/26/2001" or "3/9/05" that ends at e (after a
 * space, a bracket or the start), or (size_t)-1. */
static size_t date_before(const unsigned char *t, size_t e)
{
    size_t k = e;
    for (int part = 0; part < 3; part++) {
        size_t d = 0;
        while (k > 0 && d < 5 && is_digit(t[k - 1]))
            k--, d++;
        if (d == 0 || (part == 0 ? d != 2 && d != 4 : d > 2))
            return (size_t)-1;
        if (part < 2 && (k == 0 || t[--k] != '/'))
            return (size_t)-1;
    }
    return k == 0 || t[k - 1] == ' ' || t[k - 1] == '(' ? k : (size_t)-1;
}

/* The ':' at i inside a time of day that follows a numeric date, the
 * stamp a mail or forum header puts on its own line ("Kay Mann 04/26/2001
 * 07:17 AM Will you be", "Sean Boyle 08/17/2000 11:21 AM I spoke"): the
 * stamp ends its sentence before a capitalised word on the same line
 * (not a time zone or a day: "PM Eastern", "PM EDT"), and, when it ends so
 * or ends its line, opens one after the capitalised name or the address of
 * its sender ("Mann", "jo@x.com>"); after a preposition ("on 08/16/2000
 * 03:14 PM") it is a sentence's date.  Returns where the scan goes on, 0
 * if i is no such ':'. */
static size_t stamp_end(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t n = g->n, h = i;
    while (h > 0 && i - h < 2 && is_digit(t[h - 1]))
        h--;
    if (h == i || h < 2 || t[h - 1] != ' ' || digits_at(t, n, i + 1, 2) != 2)
        return 0;
    size_t d = date_before(t, h - 1);
    if (d == (size_t)-1)
        return 0;
    size_t e = i + 3;
    if (e + 2 < n && t[e] == ':' && digits_at(t, n, e + 1, 2) == 2)
        e += 3; /* seconds */
    if (e + 3 <= n && t[e] == ' ' && ((t[e + 1] | 0x20) == 'a' || (t[e + 1] | 0x20) == 'p') &&
        (t[e + 2] | 0x20) == 'm' && (e + 3 == n || !is_alnum(t[e + 3])))
        e += 3;
    if (e < n && !ws_at(t, n, e, &(int){0}))
        return 0;
    next_word pk = peek(t, n, e);
    int ends =
        pk.cls == C_END || pk.newlines ||
        (pk.cls == C_UPPER && !pk.caseless && pk.word_start == pk.space_end && !time_word(g, &pk) &&
         (titlecase_at(t, n, pk.word_start) || pk.word_start + 1 >= n ||
          !is_alpha(t[pk.word_start + 1])));
    if (!ends)
        return e;
    if (d > g->sent_start && d >= 2 && t[d - 1] == ' ' && (is_alpha(t[d - 2]) || t[d - 2] == '>')) {
        size_t w = d - 1; /* the sender's name or address before the date */
        while (w > g->sent_start && d - w < 64 && !ws_at(t, n, w - 1, &(int){0}))
            w--; /* bounded: no name or address is longer */
        if (is_upper(t[w]) || t[w] == '<' || t[w] == '"' || memchr(t + w, '@', d - w)) {
            boundary(g, d);
            g->words = 1;
        }
    }
    if (pk.cls != C_END && !pk.newlines)
        boundary(g, e);
    return e;
}

/* Does an item of an enumeration open at p: an article's number and its
 * period before a capital ("947. Mutamenti"), or a letter or a roman
 * numeral and a closing bracket ("b) il", "ii) le")? */
static int item_marker_at(const unsigned char *t, size_t n, size_t p)
{
    size_t k = p;
    while (k < n && k - p <= 4 && is_digit(t[k]))
        k++;
    if (k > p)
        return k - p <= 4 && k + 2 < n && t[k] == '.' && t[k + 1] == ' ' && is_upper(t[k + 2]);
    while (k < n && k - p <= 4 && is_lower(t[k]) && (k == p || memchr("ivx", t[k], 3)))
        k++;
    if (k > p + 1 && !memchr("ivx", t[p], 3))
        return 0;
    return k > p && k - p <= 4 && k + 1 < n && t[k] == ')' && t[k + 1] == ' ';
}

/* A ';' or ':' that is no terminator of the language, at i:
 * - an emoticon after a word (":)", ";-)") ends the sentence before a
 *   capitalised word ("seak :) Now I have", forum and mail text);
 * - a semicolon before a capitalised function word ("la pace nel mondo;
 *   Ogni individuo", "; The") ends it: after a semicolon a sentence goes on
 *   in lowercase, so a capital there opens a new one, and a function word
 *   is no name or list item ("1400; Terni, azioni");
 * - so does a semicolon before an item of an enumeration ("mescolata; 947.
 *   Mutamenti", "difficoltà; ii) le spese"): the item opens a line of its
 *   own, as a list marker after a line break does.
 * Returns where the scan goes on. */
static size_t colon_or_semicolon(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    if (t[i] == '@' || (t[i] == ':' && i + 2 < g->n && t[i + 1] == '/' && t[i + 2] == '/'))
        return link_end(g, i);
    size_t m;
    if (t[i] == ':' && i > 0 && is_digit(t[i - 1]) && (m = stamp_end(g, i)) != 0)
        return m;
    m = emoticon_at(t, g->n, i);
    if (m && g->words && i > 0 && ws_before(t, 0, i)) {
        next_word pk = peek(t, g->n, i + m);
        if (pk.cls == C_UPPER && !pk.caseless && !pk.newlines) {
            boundary(g, i + m);
            return settle(g, i + m, &pk, 0);
        }
        return i + m;
    }
    if (t[i] != ';' || i + 1 >= g->n || !ws_at(t, g->n, i + 1, &(int){0}))
        return i + 1;
    next_word pk = peek(t, g->n, i + 1);
    if ((pk.cls == C_UPPER && !pk.caseless && !pk.newlines &&
         capitalised_function_word(g, pk.word_start)) ||
        (!pk.newlines && item_marker_at(t, g->n, pk.space_end)))
        return settle(g, i + 1, &pk, 1);
    return i + 1;
}

/* Verbs of crying out and of wondering (English), which tell a quotation
 * that asks or exclaims as a verb of saying does ("\" we did it! \" the
 * coach yelled", "\" who is he? \" she wondered").  Kept out of
 * text/words.c's verbs of saying, which also find reported speech in
 * sentences that quote nothing.  Sorted for bsearch. */
static const char *const outcry_verbs[] = {
    "chanted",   "chants",   "cried",    "cries",   "exclaimed", "exclaims", "gasped", "hollered",
    "laughed",   "laughs",   "pleaded",  "pleads",  "screamed",  "screams",  "shouts", "shrieked",
    "whispered", "whispers", "wondered", "wonders", "yelled",    "yells",
};

/* A speaker at p: one to `most` words (each capitalised when
 * `capitalised`, a title's or an initial's period after it then allowed),
 * then an English verb of saying, or, when `outcry`, one of crying out. */
static int speaker_at(const segmenter *g, size_t p, int capitalised, int most, int outcry)
{
    const unsigned char *t = g->t;
    if (!(g->lang->seg & PC_SEG_ENGLISH_ABBREVS))
        return 0;
    for (int words = 0; words <= most && p < g->n; words++) {
        size_t k = p;
        while (k < g->n && k - p < 32 && (is_alpha(t[k]) || t[k] == '-' || t[k] == '\''))
            k++;
        if (k == p)
            return 0;
        if (words > 0 &&
            (pc_speech_verb((const char *)t + p, k - p) ||
             (outcry &&
              in_list(outcry_verbs, sizeof outcry_verbs / sizeof *outcry_verbs, t, g->n, p))))
            return 1;
        if ((capitalised && !is_upper(t[p])) || words == most)
            return 0;
        if (capitalised && k < g->n && t[k] == '.')
            k++;
        if (k >= g->n || t[k] != ' ')
            return 0;
        p = k + 1;
    }
    return 0;
}

/* A lowercase verb of saying at p and its speaker after it, the order of an
 * attribution after a quotation ("\" you go like this - ha! \" said an
 * 8-year-old", "\" him? \" asks the owner").  Not when the verb opens a
 * clause of its own, a question's word or a preposition after it ("asked
 * if he would", "asked about the case", "asked by reporters"): such a
 * fronted clause opens a sentence. */
static int inverted_speaker_at(const segmenter *g, size_t p)
{
    static const char *const clause[] = {"about", "by",    "for",     "how",   "if",  "to", "what",
                                         "when",  "where", "whether", "which", "who", "why"};
    const unsigned char *t = g->t;
    size_t k = p;
    if (!(g->lang->seg & PC_SEG_ENGLISH_ABBREVS))
        return 0;
    while (k < g->n && k - p < 32 && is_alpha(t[k]))
        k++;
    return k > p && k + 1 < g->n && t[k] == ' ' && pc_speech_verb((const char *)t + p, k - p) &&
           !in_list(clause, sizeof clause / sizeof *clause, t, g->n, k + 1);
}

/* Is the question or exclamation quoted before p told by its speaker
 * ("?'' Ms. Moseley-Braun said in an interview", "?\" Sen. Bob Dole
 * asked")?  At p, one to four capitalised words (a title or an initial
 * with its period among them) and then a verb of saying (English).  The
 * attribution is the quotation's sentence, not a sentence of its own.  A
 * capitalised sentence opener ("The", "He") opens a new sentence as
 * before: "?\" The president said he did not know" may be one. */
static int attribution_after(const segmenter *g, size_t p)
{
    return !in_list(starters, sizeof starters / sizeof *starters, g->t, g->n, p) &&
           speaker_at(g, p, 1, 4, 0);
}

/* Did the quotation open before i (its mark the last straight quote, at
 * most 300 bytes back) open inside its sentence: a word or a comma before
 * its mark ("the game show \" jeopardy! \"", "she said, \" no! \"")? */
static int quotation_inside(const segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t lim = i > 300 ? i - 300 : 0, k = i;
    while (k > lim && t[k - 1] != '"')
        k--;
    if (k == lim)
        return 0;
    size_t o = k - 1;
    while (o > 0 && t[o - 1] == ' ')
        o--;
    return o > 0 && (is_alpha(t[o - 1]) || (t[o - 1] >= '0' && t[o - 1] <= '9') || t[o - 1] == ',');
}

/* The CJK quotation marks: 「 」 『 』 (Japanese) and “ ” (Chinese);
 * +1 for an opening one at t[k], -1 for a closing one, 0 for neither. */
static int wide_quote_at(const unsigned char *t, size_t n, size_t k)
{
    if (k + 2 >= n)
        return 0;
    if (t[k] == 0xE3 && t[k + 1] == 0x80 && t[k + 2] >= 0x8C && t[k + 2] <= 0x8F)
        return t[k + 2] & 1 ? -1 : 1;
    if (t[k] == 0xE2 && t[k + 1] == 0x80 && (t[k + 2] == 0x9C || t[k + 2] == 0x9D))
        return t[k + 2] == 0x9C ? 1 : -1;
    return 0;
}

/* Is the ideographic terminator at i inside a quotation ("市长表示：“我们将
 * 彻底调查原因。责任一定会查明。”", "「原因を調べる。責任を明らかにする」と
 * 述べた") that opened in its paragraph and closes in it, within 1,000
 * bytes each way?  Its sentences are one sentence with the speaker's: cut
 * at the inner "。", the second half is a fragment without a speaker, and
 * a summary could pair it with another outlet's first half. */
static int inside_wide_quote(const segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t p = i, lim = i > 1000 ? i - 1000 : 0;
    while (p > lim && t[p - 1] != '\n')
        p--;
    int depth = 0;
    for (size_t k = p; k < i; k++) {
        depth += wide_quote_at(t, g->n, k);
        if (depth < 0)
            depth = 0;
    }
    if (depth <= 0)
        return 0;
    for (size_t k = i; k < g->n && k - i < 1000 && t[k] != '\n'; k++)
        if ((depth += wide_quote_at(t, g->n, k)) == 0)
            return 1;
    return 0;
}

/* After a quotation closed by "。”", a Chinese sentence goes on when the
 * next character joins a clause to it: 并 ("and"), 而 ("while"). */
static int zh_goes_on(const unsigned char *t, size_t n, size_t e)
{
    return e + 2 < n && ((t[e] == 0xE5 && t[e + 1] == 0xB9 && t[e + 2] == 0xB6) ||
                         (t[e] == 0xE8 && t[e + 1] == 0x80 && t[e + 2] == 0x8C));
}

/* "recruits foreigners?thanks I've", "for talk?they will": a question or
 * an exclamation, t[i..q), glued to a lowercase word of two letters or
 * more that a space ends, after a lowercase word of three letters or more,
 * as forum text that leaves out the space writes it.  Not inside a link
 * ("?q=x", "?id=5&x"), nor after a capitalised name ("Yahoo!mail"). */
static __attribute__((noinline)) int glued_question(segmenter *g, size_t i, size_t q)
{
    const unsigned char *t = g->t;
    size_t w = run_start(t, i), k = q;
    if (i - w < 3 || !is_lower(t[w]) || !is_lower(t[i - 1]))
        return 0;
    while (k < g->n && k - q < 16 && is_lower(t[k]))
        k++;
    return k - q >= 2 && k < g->n && t[k] == ' ' && !in_link(g, i);
}

/* A dash at p (an en or em dash, or a hyphen with a space after it) and,
 * after it and at most one run of spaces on the same line, a lowercase word:
 * after a question or an exclamation the sentence goes on.  Dialogue writes
 * the speaker so ("– Dlaczego? – zapytał ojciec.", "—¿Por qué? —preguntó.",
 * "– Почему? – спросил он."), and prose a quotation or an aside between
 * dashes ("the question — “Why?” — has a simple answer", "und – Achtung! –
 * neue").  Not before a capital, a digit or a line break. */
static int dash_goes_on(const segmenter *g, size_t p)
{
    const unsigned char *t = g->t;
    size_t n = g->n, q;
    if (p + 2 < n && t[p] == 0xE2 && t[p + 1] == 0x80 && (t[p + 2] == 0x93 || t[p + 2] == 0x94))
        q = p + 3;
    else if (p + 1 < n && t[p] == '-' && t[p + 1] == ' ')
        q = p + 1;
    else
        return 0;
    while (q < n && (t[q] == ' ' || t[q] == '\t'))
        q++;
    int cl = 0;
    return char_class(t, n, q, &cl) == C_LOWER;
}

/* A run of terminators other than '.' (sterm_at) starting at i: "?", "?!",
 * "।", "。", Greek ";".  The ideographic and full-width ones end the sentence
 * after their closing quotes and brackets without white space ("。」" then
 * the next sentence), the others only before white space. */
static size_t strong_end(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t q = i, w;
    int wide = 0, any_wide = 0;
    while (q < g->n && (w = sterm_at(g, q, &wide)) != 0) {
        any_wide |= wide;
        q += w;
    }
    if (q == i) {
        if (t[i] == ';' || t[i] == ':' || t[i] == '@')
            return colon_or_semicolon(g, i);
        return i + 1; /* a lead byte that starts no terminator */
    }
    size_t q0 = q;
    if (g->lang->seg & PC_SEG_NO_SPACES)
        any_wide = 1; /* "美味!組内" */
    if (any_wide) {   /* "呢？」。在": the whole run of terminators and closers */
        size_t e = q;
        for (;;) {
            size_t e2 = skip_closers(g, e);
            while (e2 < g->n && (w = sterm_at(g, e2, &wide)) != 0)
                e2 += w;
            if (e2 < g->n && t[e2] == '.')
                e2++;
            if (e2 == e)
                break;
            e = e2;
        }
        q = e;
    }
    if (spaced_quote_after(g, q)) {
        /* the lone quote closes an open quotation ("isn't it ? \" \" I"),
         * or opens the next sentence */
        int closes = quote_open_at(g, i);
        if (closes)
            q += 2;
        next_word pk = peek(t, g->n, q);
        /* a quotation that asks or exclaims goes on in lowercase when it
         * stands inside its sentence ("the game show \" jeopardy! \" since
         * 1984") or its speaker follows ("\" why? \" he asked", "\" help!
         * \" a man yelled", "\" why? \" asked the boy"); text that
         * re-capitalised sentence by sentence leaves the next sentence
         * lowercase after a closing quote ("\" guns again! \" one video
         * showed ...") */
        int inside = closes && t[i] != '.' && pk.cls == C_LOWER && !pk.newlines &&
                     (quotation_inside(g, i) || speaker_at(g, pk.word_start, 0, 5, 1) ||
                      inverted_speaker_at(g, pk.word_start));
        return pk.cls == C_END ? q : settle(g, q, &pk, !inside);
    }
    size_t e = spaced_bracket(g, i, q, skip_closers(g, q));
    int nl;
    if (e < g->n && !ws_at(t, g->n, e, &nl)) {
        /* a quotation followed by a kana particle goes on ("「行こう。」と言った") */
        int particle =
            e > q0 && e + 2 < g->n && t[e] == 0xE3 &&
            ((t[e + 1] == 0x81 && t[e + 2] >= 0x81) || (t[e + 1] == 0x82 && t[e + 2] < 0xA0));
        /* inside a quotation that closes further on, or a Chinese clause
         * joined after it ("。”并宣布") */
        int goes_on = e > q0 ? zh_goes_on(t, g->n, e) : inside_wide_quote(g, i);
        if ((any_wide && !particle && !goes_on) || (!any_wide && e == q && glued_question(g, i, q)))
            boundary(g, e);
        return e;
    }
    next_word pk = peek(t, g->n, e), pe;
    if (pk.cls == C_END)
        return e;
    size_t m = emoticon_after(g, &pk, &pe);
    if (m)
        return pe.cls == C_END ? m : settle(g, m, &pe, 1);
    int brk = pk.cls != C_LOWER || any_wide || lower_start_ends(g, i, q, e, &pk);
    if (brk && pk.cls == C_OTHER && !any_wide && !pk.newlines && pk.word_start == pk.space_end &&
        pk.space_end > e && dash_goes_on(g, pk.word_start))
        brk = 0;
    if (brk && q == i + 1 && t[i] == '!' && pk.cls == C_LOWER && exclaimed_name(g, i))
        brk = 0;
    if (brk && e > q && pk.cls == C_UPPER && !pk.newlines && attribution_after(g, pk.word_start))
        brk = 0;
    return settle(g, e, &pk, brk || pk.newlines >= 2);
}

/* A horizontal rule at i: a token of three or more of one of '*', '=',
 * '_', '~' ("***", "=====", "_______").  A rule is a line of its own (a
 * section break, the line above a signature or a disclaimer, the "___"
 * between a live blog's timed entries): it is a sentence of its own,
 * ended before the next word on its line ("Graae. *** Bush also
 * nominated", "opposite. ___ 1:45 p.m. European officials"), so that no
 * sentence carries it.  Returns where the scan goes on. */
static size_t rule_end(segmenter *g, size_t i)
{
    const unsigned char *t = g->t;
    size_t e = i;
    int nl;
    while (e < g->n && t[e] == t[i])
        e++;
    if (e - i < 3 || (i > 0 && !ws_before(t, 0, i)) || (e < g->n && !ws_at(t, g->n, e, &nl)))
        return e;
    if (g->words && i > g->sent_start)
        boundary(g, i);
    next_word pk = peek(t, g->n, e);
    if (pk.cls != C_END && !pk.newlines)
        boundary(g, e);
    return e;
}

/* ---- the scan ---------------------------------------------------------- */

/* The scan; fast = 0 leaves out the loop over plain words (tests compare
 * the two).  Inlined into both callers, so that the fast one does not test
 * `fast`. */
static inline __attribute__((always_inline)) int segment(const char *text, size_t len,
                                                         size_t max_sentence, const pc_lang *lang,
                                                         precis_span_fn emit, void *ctx, int fast)
{
    if (!len)
        return 0;
    if (!text || !emit)
        return -1;
    segmenter g = {0};
    g.t = (const unsigned char *)text;
    g.n = len;
    g.max = max_sentence;
    g.emit = emit;
    g.ctx = ctx;
    g.lang = lang ? lang : &pc_lang_und;
    const unsigned char *t = g.t;
    size_t i = 0;
    while (i < len && !g.stop) {
        unsigned k = kind[t[i]];
        if (k == K_PLAIN) { /* fast path: a run of ordinary bytes */
            do
                i++;
            while (i < len && kind[t[i]] == K_PLAIN);
            if (fast && g.words && !g.list_kind)
                /* and the next ones, after single spaces that only move
                 * the token start (see below) */
                while (i + 1 < len && t[i] == ' ' && kind[t[i + 1]] == K_PLAIN) {
                    g.tok_start = ++i;
                    do
                        i++;
                    while (i < len && kind[t[i]] == K_PLAIN);
                }
            continue;
        }
        if (t[i] == ' ' && i + 1 < len && kind[t[i + 1]] != K_WS && kind[t[i + 1]] < K_C2 &&
            g.words && !g.list_kind && !t_is_thai_lead(t, len, i + 1)) {
            /* fast path: one space between two words of a sentence, where
             * white_space only moves the token start (the next byte is no
             * white space, nor the lead byte of one) */
            g.tok_start = ++i;
            continue;
        }
        int nl = 0;
        switch (k) {
        case K_DOT:
            i = dots(&g, i);
            break;
        case K_QE:
        case K_SEMI:
        case K_MB:
            i = strong_end(&g, i);
            break;
        case K_RULE:
            i = rule_end(&g, i);
            break;
        case K_E3:
            if (i + 2 < len && t[i + 1] == 0x80 && t[i + 2] == 0x82) {
                i = strong_end(&g, i); /* 。 */
                break;
            }
            goto space;
        case K_E2:
            if (is_ellipsis(t, len, i)) {
                i = dots(&g, i);
                break;
            }
            if (i + 2 < len && (t[i + 1] != 0x80 || t[i + 2] == 0xBC)) { /* ‼ ⁇ ⁈ ⁉ */
                size_t e = strong_end(&g, i);
                if (e > i + 1) {
                    i = e;
                    break;
                }
            }
            if (is_bullet(t, len, i)) {
                if (g.words && i == g.tok_start)
                    boundary(&g, i);
                i += 3;
                break;
            }
            /* fall through */
        default: /* K_WS, K_C2 */
        space : {
            if (!ws_at(t, len, i, &nl)) {
                i++;
                break;
            }
            nl = 0;
            size_t j = skip_ws(t, len, i, &nl);
            white_space(&g, i, j, nl);
            i = j;
            break;
        }
        }
    }
    if (!g.stop)
        flush(&g, g.sent_start, len);
    return g.stop ? -1 : 0;
}

int pc_segment(const char *text, size_t len, size_t max_sentence, precis_span_fn emit, void *ctx)
{
    return segment(text, len, max_sentence, &pc_lang_en, emit, ctx, 1);
}

int pc_segment_lang(const char *text, size_t len, size_t max_sentence, const pc_lang *lang,
                    precis_span_fn emit, void *ctx)
{
    return segment(text, len, max_sentence, lang, emit, ctx, 1);
}

int pc_segment_bytes(const char *text, size_t len, size_t max_sentence, precis_span_fn emit,
                     void *ctx)
{
    return segment(text, len, max_sentence, &pc_lang_en, emit, ctx, 0);
}

int pc_bar_danda(const char *text, size_t n, size_t i)
{
    const unsigned char *t = (const unsigned char *)text;
    if (i >= n || t[i] != '|' ||
        (i + 1 < n && t[i + 1] != '|' && t[i + 1] != ' ' && t[i + 1] != '\n' && t[i + 1] != '\t' &&
         t[i + 1] != '\r'))
        return 0;
    size_t j = i;
    if (j > 0 && t[j - 1] == '|')
        j--; /* the second bar of "||", the double danda */
    if (j > 0 && t[j - 1] == ' ')
        j--;
    /* a letter or sign of U+0900..U+0DFF: E0 A4..B7, continuation */
    return j >= 3 && t[j - 3] == 0xE0 && t[j - 2] >= 0xA4 && t[j - 2] <= 0xB7 &&
           (t[j - 1] & 0xC0) == 0x80;
}

size_t pc_terminator_before(const char *text, size_t s, size_t e)
{
    const unsigned char *u = (const unsigned char *)text;
    if (e <= s)
        return 0;
    unsigned c = u[e - 1];
    if (c == '.' || c == '!' || c == '?')
        return 1;
    if (c == '|' && e - s >= 4 && pc_bar_danda(text, e, e - 1))
        return 1;
    /* ';' after a Greek letter: the Greek question mark (U+037E becomes ';'
     * under NFC) */
    if (c == ';' && e - s >= 3 && (u[e - 3] == 0xCE || u[e - 3] == 0xCF) &&
        (u[e - 2] & 0xC0) == 0x80)
        return 1;
    if (e - s >= 2 && ((u[e - 2] == 0xD8 && c == 0x9F) || (u[e - 2] == 0xDB && c == 0x94) ||
                       (u[e - 2] == 0xCD && c == 0xBE) || (u[e - 2] == 0xD6 && c == 0x89) ||
                       (u[e - 2] == 0xDC && c >= 0x80 && c <= 0x82)))
        return 2; /* ؟ ۔ ; ։ ܀ ܁ ܂ */
    if (e - s < 3)
        return 0;
    const unsigned char *p = u + e - 3;
    if ((p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA6 || p[2] == 0xBC)) || /* … ‼ */
        (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0x87 && p[2] <= 0x89) ||   /* ⁇ ⁈ ⁉ */
        (p[0] == 0xE0 && p[1] == 0xA5 && (p[2] == 0xA4 || p[2] == 0xA5)) || /* । ॥ */
        /* the same as sterm_at's: Myanmar ။, Ethiopic ። ፧ ፨, Khmer ។ ៕ */
        (p[0] == 0xE1 && p[1] == 0x81 && p[2] == 0x8B) ||
        (p[0] == 0xE1 && p[1] == 0x8D && (p[2] == 0xA2 || p[2] == 0xA7 || p[2] == 0xA8)) ||
        (p[0] == 0xE1 && p[1] == 0x9F && (p[2] == 0x94 || p[2] == 0x95)) ||
        (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82) || /* 。 */
        (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x81 || p[2] == 0x9F || p[2] == 0x8E)) ||
        (p[0] == 0xEF && p[1] == 0xBD && p[2] == 0xA1)) /* ！ ？ ． ｡ */
        return 3;
    return 0;
}
