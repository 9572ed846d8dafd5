/* Measuring a block for the cleaner: UTF-8 decoding, letter scripts, words,
 * links, web cue words, the final stop, and the repeated-line table.  Every
 * function here is linear in the bytes it is given and allocates nothing. */
#include "text/clean.h"
#include "text/clean_internal.h"
#include "text/segment.h"

#include <pthread.h>
#include <string.h>

#include "util/bytes.h"
#include "util/hash.h"
#include "util/strmap.h"
#include "util/swar.h"

size_t pc_utf8_next(const char *t, size_t i, size_t e, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)t;
    unsigned b = u[i];
    size_t n;
    uint32_t c;
    if (b < 0x80) {
        *cp = b;
        return i + 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        c = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        c = b & 0x07;
    } else {
        *cp = 0xFFFD; /* stray byte: one replacement character per byte */
        return i + 1;
    }
    if (e - i < n) {
        *cp = 0xFFFD;
        return i + 1;
    }
    for (size_t k = 1; k < n; k++) {
        unsigned x = u[i + k];
        if ((x & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return i + 1;
        }
        c = (c << 6) | (x & 0x3F);
    }
    *cp = c;
    return i + n;
}

/* Closing marks that may follow a sentence's final stop: quotes, brackets,
 * markdown emphasis.  Returns the byte length of the one ending at e, or 0. */
static size_t closer_before(const char *t, size_t s, size_t e)
{
    static const char *const multi[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB",
                                        "\xE2\x80\xBA", "\xE2\x80\x9C", "\xE3\x80\x8D",
                                        "\xE3\x80\x8F", "\xEF\xBC\x89"}; /* ” ’ » › “ 」 』 ） */
    unsigned char c = (unsigned char)t[e - 1];
    if (strchr("\"')]*_`", c) && c != 0)
        return 1;
    for (size_t k = 0; k < sizeof multi / sizeof multi[0]; k++) {
        size_t n = strlen(multi[k]);
        if (e - s >= n && memcmp(t + e - n, multi[k], n) == 0)
            return n;
    }
    return 0;
}

/* Why: a paragraph ends with a full stop, a subhead, headline, caption
 * credit or widget label does not.  The check looks past closing quotes,
 * emphasis and a markdown link target "](...)" at the end. */
int pc_ends_sentence(const char *t, size_t s, size_t e)
{
    while (e > s && pc_is_space((unsigned char)t[e - 1]))
        e--;
    if (e > s && t[e - 1] == ')') {
        /* "[text](target)": look for "](" with no space inside the target */
        size_t k = e - 1;
        while (k > s && !pc_is_space((unsigned char)t[k - 1]) &&
               !(t[k - 1] == '(' && k - 1 > s && t[k - 2] == ']'))
            k--;
        if (k > s + 1 && t[k - 1] == '(' && t[k - 2] == ']')
            e = k - 1;
    }
    e = pc_trim_closers(t, s, e);
    if (e == s)
        return 0;
    if (pc_terminator_before(t, s, e)) /* any script's: . ? । 。 ؟ … */
        return 1;
    /* Thai and Lao end a sentence with a space: a line of two sentences or
     * more that ends in a Thai letter is prose, not a heading (session 35;
     * a Thai article without a title line was taken for its own title) */
    return pc_thai_end(t, s, e) && pc_thai_break_in(t, s, e);
}

size_t pc_trim_closers(const char *t, size_t s, size_t e)
{
    for (;;) {
        size_t n;
        while (e > s && pc_is_space((unsigned char)t[e - 1]))
            e--;
        if (e == s || (n = closer_before(t, s, e)) == 0)
            return e;
        e -= n;
    }
}

/* Generic web-interface words: widgets, account prompts, cookie and script
 * notices, web archives.  Deliberately words, not phrases of any one site. */
static const char *const cue_words[] = {
    "subscribe",   "subscribed",   "subscriber",  "subscribers",   "subscription", "subscriptions",
    "unsubscribe", "newsletter",   "newsletters", "login",         "signup",       "click",
    "clicking",    "email",        "e-mail",      "emails",        "share",        "cookie",
    "cookies",     "javascript",   "browser",     "advertisement", "sponsored",    "comments",
    "register",    "registration", "password",    "crawl",         "crawls",       "tweet",
    "tweets",      "wayback",      "download",    "icon",          "paywall",      "archive",
    "archived"};
static const char *const cue_pairs[][2] = {{"sign", "up"},     {"signed", "up"}, {"sign", "in"},
                                           {"log", "in"},      {"logged", "in"}, {"read", "more"},
                                           {"first", "month"}, {"follow", "us"}, {"learn", "more"}};
/* Imperatives that open a widget or prompt line ("Click here", "Share"). */
static const char *const cue_first[] = {"click", "tap",    "subscribe", "sign",     "log",
                                        "share", "follow", "register",  "download", "join",
                                        "send",  "email",  "e-mail"};

static char ascii_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

size_t pc_url_prefix(const char *t, size_t i, size_t e)
{
    if (i >= e || e - i < 4) /* "www." is the shortest */
        return 0;
    char c0 = ascii_lower(t[i]), c1 = ascii_lower(t[i + 1]);
    if (!(c0 == 'h' && c1 == 't') && !(c0 == 'w' && c1 == 'w'))
        return 0; /* most words opening with h or w */
    static const char *const pre[] = {"http://", "https://", "www."};
    static const size_t pre_len[] = {7, 8, 4};
    for (size_t k = 0; k < N_OF(pre); k++) {
        size_t n = pre_len[k];
        if (e - i >= n) {
            size_t j = 0;
            while (j < n && ascii_lower(t[i + j]) == pre[k][j])
                j++;
            if (j == n)
                return n;
        }
    }
    return 0;
}

static int is_separator(uint32_t cp)
{
    return cp == '|' || cp == 0xB7 || cp == 0x2022 || cp == 0x2219 || cp == 0x25A0 ||
           cp == 0x25AA || cp == 0x25BA || cp == 0x25CF || cp == 0x25C6;
}

/* The cue words, pairs and openers in one hash table built once per
 * process: a word is looked up with one hash and at most a few string
 * comparisons.  Each word's entry says in which lists the word is (CUE_*
 * bits) and, for the first word of a pair, which second words complete
 * it. */
enum { CUE_WORD = 1, CUE_FIRST = 2 };
#define CUE_SLOTS 256
typedef struct cue_entry {
    uint8_t lists;      /* CUE_WORD | CUE_FIRST */
    uint16_t pair_next; /* bit k: the pair {the word, cue_pairs[k][1]} */
    uint16_t pair_end;  /* bit k: the word is cue_pairs[k][1] */
} cue_entry;
static pc_strmap_slot cue_slots[CUE_SLOTS];
static pc_strmap cue_map; /* word -> index into cue_entries */
static cue_entry cue_entries[CUE_SLOTS / 2];
static pthread_once_t cue_once = PTHREAD_ONCE_INIT;

/* The entry of word w[0..n), or NULL. */
static const cue_entry *cue_find(const char *w, size_t n)
{
    uint32_t k;
    return pc_strmap_find(&cue_map, w, n, pc_fnv1a(w, n), &k) ? &cue_entries[k] : NULL;
}

/* Per first letter - 'a' and second byte & 31: the lengths of the cue words
 * that begin so (bit n, 15 for 15 or more), so that most words are rejected
 * unhashed.  [0] holds the words that count or open a pair, [1] all of them:
 * a word that only ends a pair matters only after the word opening it. */
static uint16_t cue_lens[2][26][32];

static int may_be_cue(const char *w, size_t n, int after_pair)
{
    return w[0] >= 'a' && w[0] <= 'z' &&
           (cue_lens[after_pair][w[0] - 'a'][w[1] & 31] >> (n < 15 ? n : 15) & 1);
}

static cue_entry *cue_note(const char *w, int opens)
{
    size_t n = strlen(w);
    uint32_t h = pc_fnv1a(w, n), k = (uint32_t)cue_map.count;
    if (!pc_strmap_find(&cue_map, w, n, h, &k))
        pc_strmap_put(&cue_map, w, n, h, k); /* fits: see the assertion below */
    for (int j = !opens; j < 2; j++)
        cue_lens[j][w[0] - 'a'][w[1] & 31] |= (uint16_t)(1u << (n < 15 ? n : 15));
    return &cue_entries[k];
}

static void build_cue_table(void)
{
    _Static_assert(N_OF(cue_words) + N_OF(cue_first) + 2 * N_OF(cue_pairs) <= CUE_SLOTS / 2,
                   "cue table too small");
    _Static_assert(N_OF(cue_pairs) <= 16, "pair bits are 16");
    pc_strmap_init_fixed(&cue_map, cue_slots, CUE_SLOTS);
    for (size_t k = 0; k < N_OF(cue_words); k++)
        cue_note(cue_words[k], 1)->lists |= CUE_WORD;
    for (size_t k = 0; k < N_OF(cue_first); k++)
        cue_note(cue_first[k], 1)->lists |= CUE_FIRST;
    for (size_t k = 0; k < N_OF(cue_pairs); k++) {
        cue_note(cue_pairs[k][0], 1)->pair_next |= (uint16_t)(1u << k);
        cue_note(cue_pairs[k][1], 0)->pair_end |= (uint16_t)(1u << k);
    }
}

/* Longest cue word kept, bytes; cue_word has room for an eight-byte store
 * past it. */
#define CUE_WORD_MAX 23
typedef struct tok_state {
    char cue_word[CUE_WORD_MAX + 9]; /* the token so far, lower-cased */
    size_t cue_len, ntok;
    int cue_ok;          /* cue_word may still be a cue word (no digit, fits) */
    int has_alnum;       /* the token holds a letter or digit */
    uint16_t prev_pairs; /* pair_next of the previous word (0: none) */
} tok_state;

/* A word of the token ended that may be a cue (see token_end). */
static void cue_end(tok_state *ts, pc_block_features *f)
{
    const cue_entry *c = cue_find(ts->cue_word, ts->cue_len);
    if (!c) {
        ts->prev_pairs = 0;
        return;
    }
    if (c->lists & CUE_WORD) {
        size_t k = (size_t)(c - cue_entries) & 127;
        uint64_t bit = (uint64_t)1 << (k & 63);
        f->cue_repeats += (f->cue_seen[k >> 6] & bit) != 0;
        f->cue_seen[k >> 6] |= bit;
        f->cues++;
    }
    /* each pair is counted once, as in a list of pairs */
    for (uint16_t both = ts->prev_pairs & c->pair_end; both; both &= (uint16_t)(both - 1))
        f->cues++;
    if (ts->ntok == 0 && (c->lists & CUE_FIRST))
        f->first_cue = 1;
    ts->prev_pairs = c->pair_next;
}

/* fast = 0: every word is looked up, unfiltered (tests). */
static inline void token_end(tok_state *ts, pc_block_features *f, int fast)
{
    if (!ts->has_alnum)
        return;
    if (ts->cue_ok && ts->cue_len > 0 &&
        (!fast || may_be_cue(ts->cue_word, ts->cue_len, ts->prev_pairs != 0)))
        cue_end(ts, f);
    else
        ts->prev_pairs = 0;
    ts->ntok++;
}

/* ASCII letters (1) and digits (2); 0 for every other byte. */
static const unsigned char alnum_ascii[256] = {
    ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2,
    ['8'] = 2, ['9'] = 2, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* Extends the cue word by the n letters of run (lower-cased, byte k of the
 * run in byte k); once spoilt, the cue word is never read again. */
static void cue_append8(tok_state *ts, uint64_t run, size_t n)
{
    if (!ts->cue_ok)
        return;
    if (ts->cue_len + n > CUE_WORD_MAX) {
        ts->cue_ok = 0;
        return;
    }
    pc_swar_store(ts->cue_word + ts->cue_len, run);
    ts->cue_len += n;
}

/* The run of ASCII letters and digits at t[i] inside a word that holds a
 * letter or digit already: counts its letters and extends the cue word
 * (which digits, or more than fits, spoil).  Returns the end of the run. */
static size_t alnum_run(const char *t, size_t i, size_t e, tok_state *ts, pc_block_features *f)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t j = i, nlet = 0;
    for (;;) {
        uint64_t w, letters, digits, run;
        size_t n = 0;
        if (e - j >= 8) {
            w = pc_swar_load(u + j);
            letters = pc_swar_in_range(w | PC_SWAR_ONES * 0x20, 'a', 'z');
            digits = pc_swar_in_range(w, '0', '9');
            run = pc_swar_leading(letters | digits);
            n = pc_swar_count(run);
        } else { /* the last bytes of the block, one at a time */
            w = letters = digits = 0;
            for (; j + n < e && n < 8 && alnum_ascii[u[j + n]]; n++) {
                w |= (uint64_t)u[j + n] << (8 * n);
                letters |= (uint64_t)(alnum_ascii[u[j + n]] == 1) << (8 * n + 7);
                digits |= (uint64_t)(alnum_ascii[u[j + n]] == 2) << (8 * n + 7);
            }
            run = letters | digits;
        }
        if (digits & run) /* digits make no cue word */
            ts->cue_ok = 0;
        nlet += pc_swar_count(letters & run);
        cue_append8(ts, w | (letters & run) >> 2, n);
        j += n;
        if (n < 8)
            break;
    }
    f->letters += nlet;
    f->script_letters[PC_SCRIPT_LATIN] += nlet;
    return j;
}

/* The block scan; fast = 0 takes every byte through the general path
 * (tests compare the two).  Inlined into both callers, so that the fast one
 * does not test `fast`. */
static inline __attribute__((always_inline)) void feat_scan(const char *t, size_t s, size_t e,
                                                            pc_block_features *f, int fast)
{
    tok_state ts;
    int in_tok = 0, in_bracket = 0;
    size_t pend_words = 0; /* words since '[' that become link words at "](" */
    size_t ideographs = 0; /* Han and kana: Chinese and Japanese write no spaces */
    uint32_t last = ' ';
    memset(f, 0, sizeof *f);
    memset(&ts, 0, sizeof ts);
    pthread_once(&cue_once, build_cue_table);
    f->terminal = pc_ends_sentence(t, s, e);
    for (size_t i = s; i < e;) {
        unsigned char ch = (unsigned char)t[i];
        if (fast && alnum_ascii[ch] &&
            (in_tok ? ts.has_alnum
                    : ((ch | 0x20) != 'h' && (ch | 0x20) != 'w') || !pc_url_prefix(t, i, e))) {
            /* fast path: ASCII letters and digits inside a word, or opening
             * one that is no URL (those start with h or w) */
            if (!in_tok) {
                in_tok = 1;
                ts.has_alnum = 1;
                ts.cue_len = 0;
                ts.cue_ok = 1;
                f->words++;
                if (in_bracket)
                    pend_words++;
            }
            i = alnum_run(t, i, e, &ts, f);
            last = (unsigned char)t[i - 1];
            continue;
        }
        if (ch == ' ') { /* fast path: the usual word gap */
            if (in_tok)
                token_end(&ts, f, fast);
            in_tok = 0;
            last = ch;
            i++;
            continue;
        }
        uint32_t cp;
        size_t nx = pc_utf8_step(t, i, e, &cp);
        if (pc_is_space(cp)) {
            if (in_tok)
                token_end(&ts, f, fast);
            in_tok = 0;
            last = cp;
            i = nx;
            continue;
        }
        if (!in_tok) {
            size_t u = (t[i] == '<' || t[i] == '(') ? i + 1 : i;
            if (pc_url_prefix(t, u, e)) {
                f->urls++;
                f->words++;
                f->link_words++;
                ts.prev_pairs = 0;
                while (i < e && !pc_is_space((unsigned char)t[i]))
                    i++;
                continue;
            }
            in_tok = 1;
            ts.has_alnum = 0;
            ts.cue_len = 0;
            ts.cue_ok = 1;
        }
        int sc = pc_letter_script(cp);
        if (sc >= 0 || (cp >= '0' && cp <= '9')) {
            if (sc >= 0) {
                f->letters++;
                f->script_letters[sc]++;
                ideographs += sc == PC_SCRIPT_CJK && cp < 0xAC00;
            }
            if (!ts.has_alnum) {
                ts.has_alnum = 1;
                f->words++;
                if (in_bracket)
                    pend_words++;
            }
            if (sc == PC_SCRIPT_LATIN && cp < 0x80 && ts.cue_len < CUE_WORD_MAX)
                ts.cue_word[ts.cue_len++] = (char)(cp | 0x20);
            else
                ts.cue_ok = 0;
        } else if (cp == '-' && ts.cue_len > 0 && ts.cue_len < CUE_WORD_MAX) {
            ts.cue_word[ts.cue_len++] = '-';
        } else if (cp == '[') {
            in_bracket = 1;
            pend_words = 0;
        } else if (cp == ']' && in_bracket) {
            in_bracket = 0;
            if (nx < e && t[nx] == '(') {
                size_t j = nx + 1;
                f->links++;
                f->link_words += pend_words;
                while (j < e && t[j] != ')' && !pc_is_space((unsigned char)t[j]))
                    j++;
                if (j < e && t[j] == ')')
                    j++;
                nx = j;
            }
        } else if (is_separator(cp) && pc_is_space(last) && !pc_bar_danda(t, e, i)) {
            f->separators++;
        }
        last = cp;
        i = nx;
    }
    if (in_tok)
        token_end(&ts, f, fast);
    f->words += ideographs / 2; /* two characters for a word, as in the analyser */
}

void pc_feat_scan(const char *t, size_t s, size_t e, pc_block_features *f)
{
    /* counts kept in a local, which the text cannot alias */
    pc_block_features local;
    feat_scan(t, s, e, &local, 1);
    *f = local;
}

void pc_feat_scan_bytes(const char *t, size_t s, size_t e, pc_block_features *f)
{
    feat_scan(t, s, e, f, 0);
}

/* Case-insensitive (ASCII) search for needle in [s, e).  O((e-s) * strlen). */
const char *pc_ci_find(const char *t, size_t s, size_t e, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0 || e - s < n)
        return n == 0 ? t + s : NULL;
    for (size_t i = s; i + n <= e; i++) {
        size_t j = 0;
        while (j < n && ascii_lower(t[i + j]) == ascii_lower(needle[j]))
            j++;
        if (j == n)
            return t + i;
    }
    return NULL;
}

uint64_t pc_line_hash(const char *t, size_t s, size_t e)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = s; i < e; i++) {
        h ^= (unsigned char)t[i];
        h *= 1099511628211u;
    }
    return h ? h : 1; /* 0 marks an empty slot */
}

/* Sizes and clears the table for the lines of t[0..len): a line ends at LF
 * or CR, or at the two bytes "\n" of a text escaped twice (clean.c), so it
 * has at most one more line than it has of LF, CR and backslash bytes. */
void pc_repeat_init(pc_repeat *r, const char *t, size_t len)
{
    size_t lines = 1;
    static const char ends[] = {'\n', '\r', '\\'};
    for (size_t b = 0; b < sizeof ends; b++)
        for (const char *p = t, *end = t + len; (p = memchr(p, ends[b], (size_t)(end - p))) != NULL;
             p++)
            lines++;
    r->slots = 16;
    while (r->slots < PC_REPEAT_SLOTS && r->slots < 2 * lines)
        r->slots *= 2;
    memset(r->hash, 0, r->slots * sizeof *r->hash);
    memset(r->count, 0, r->slots);
    r->used = 0;
}

void pc_repeat_add(pc_repeat *r, const char *t, size_t s, size_t e)
{
    /* a table at most half full: the probe below always finds a free slot */
    if (e - s > PC_REPEAT_MAX_LINE || r->used >= PC_REPEAT_LINES || 2 * r->used >= r->slots)
        return;
    uint64_t h = pc_line_hash(t, s, e);
    size_t k = (size_t)(h & (r->slots - 1));
    while (r->hash[k] && r->hash[k] != h)
        k = (k + 1) & (r->slots - 1);
    if (!r->hash[k]) {
        r->hash[k] = h;
        r->first[k] = s;
        r->used++;
    }
    if (r->count[k] < 255)
        r->count[k]++;
}

/* The slot of line t[s..e), or -1 when it is not in the table. */
static long repeat_slot(const pc_repeat *r, const char *t, size_t s, size_t e)
{
    if (e - s > PC_REPEAT_MAX_LINE)
        return -1;
    uint64_t h = pc_line_hash(t, s, e);
    size_t k = (size_t)(h & (r->slots - 1));
    while (r->hash[k]) {
        if (r->hash[k] == h)
            return (long)k;
        k = (k + 1) & (r->slots - 1);
    }
    return -1;
}

unsigned pc_repeat_count(const pc_repeat *r, const char *t, size_t s, size_t e)
{
    long k = repeat_slot(r, t, s, e);
    return k < 0 ? 0 : r->count[k];
}

size_t pc_repeat_first(const pc_repeat *r, const char *t, size_t s, size_t e)
{
    long k = repeat_slot(r, t, s, e);
    return k < 0 ? s : r->first[k];
}
