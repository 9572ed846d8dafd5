#include "text/tokenize.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "util/hash.h"
#include "util/strmap.h"
#include "util/swar.h"

/* Word characters: letters, digits and combining marks. */
static int is_word_cp(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* Han ideographs and kana: Chinese and Japanese write no spaces between
 * words, so each of these characters is a token of its own (the bigrams of
 * the concept model then stand for words, the usual index of CJK text). */
static int is_cjk(utf8proc_int32_t cp)
{
    return (cp >= 0x3040 && cp < 0x3100) || (cp >= 0x3400 && cp < 0x4DC0) ||
           (cp >= 0x4E00 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00) || cp >= 0x20000;
}

static int is_apostrophe(utf8proc_int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

/* Decodes one code point at text[i]; invalid bytes decode as -1, length 1. */
static utf8proc_int32_t next_cp(const char *text, size_t len, size_t i, size_t *n)
{
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t r =
        utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
    if (r <= 0) {
        *n = 1;
        return -1;
    }
    *n = (size_t)r;
    return cp;
}

typedef struct fold_buf {
    char s[PC_MAX_WORD + 8];
    size_t n;
    uint32_t h; /* pc_fnv1a of s[0..n), kept as bytes are added */
} fold_buf;

static void fold_add(fold_buf *f, utf8proc_int32_t cp)
{
    /* Turkish and Azerbaijani capital İ (U+0130) folds to i, as Unicode's
     * Turkic case folding has it, not to i and a combining dot (its default
     * full folding): `İstanbul` and `istanbul` are one word, and only those
     * alphabets write the letter (session 35) */
    if (cp == 0x130)
        cp = 'i';
    if (cp < 0x80) {
        if (f->n < PC_MAX_WORD) {
            char c = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
            f->s[f->n++] = c;
            f->h = pc_fnv1a_from(f->h, &c, 1);
        }
        return;
    }
    utf8proc_int32_t out[8];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, out, 8, UTF8PROC_CASEFOLD, &last);
    if (k <= 0 || k > 8) {
        out[0] = cp;
        k = 1;
    }
    for (utf8proc_ssize_t j = 0; j < k; j++) {
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(out[j], enc);
        if (m <= 0 || f->n + (size_t)m > PC_MAX_WORD)
            return;
        memcpy(f->s + f->n, enc, (size_t)m);
        f->n += (size_t)m;
        f->h = pc_fnv1a_from(f->h, (const char *)enc, (size_t)m);
    }
}

/* ASCII letters and digits folded (lower case); 0 for every other byte. */
static const unsigned char fold_ascii[256] = {
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   '0', '1', '2', '3', '4', '5', '6', '7', '8',
    '9', 0,   0,   0,   0,   0,   0,   0,   'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k',
    'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0,   0,   0,   0,
    0,   0,   'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q',
    'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0,   0,   0,   0,   0,
};

/* Folds the run of ASCII letters and digits at u[i] into f, as far as the
 * cap allows, and returns the end of the run. */
static size_t fold_run(fold_buf *f, const unsigned char *u, size_t i, size_t len)
{
    size_t room = PC_MAX_WORD - f->n, lim = len - i > room ? i + room : len;
    char *p = f->s + f->n;
    uint32_t h = f->h;
    unsigned char c;
    while (i < lim && (c = fold_ascii[u[i]]) != 0) {
        *p++ = (char)c;
        h = (h ^ c) * PC_FNV_PRIME;
        i++;
    }
    f->n = (size_t)(p - f->s);
    f->h = h;
    if (i == lim) /* past the cap: the rest of the run is not kept */
        while (i < len && fold_ascii[u[i]])
            i++;
    return i;
}

/* The bytes of w that are ASCII letters or digits (0x80 in each), and in
 * *lower w with its capitals in lower case. */
static inline uint64_t swar_alnum(uint64_t w, uint64_t *lower)
{
    /* setting bit 5 folds the capitals, keeps the digits and makes no
     * other byte a letter ('@' -> '`', '[' -> '{') */
    uint64_t lo = w | PC_SWAR_ONES * 0x20;
    *lower = lo;
    return pc_swar_in_range(lo, 'a', 'z') | pc_swar_in_range(w, '0', '9');
}

/* How many of the bytes marked in m (0x80 each) lead it: 0 to 8. */
static inline size_t swar_lead(uint64_t m)
{
    uint64_t gap = ~m & PC_SWAR_HIGH;
    return gap ? (size_t)__builtin_ctzll(gap) >> 3 : 8;
}

/* The common word, read eight bytes at a time: a run of at most 16 ASCII
 * letters and digits at u[i] (len - i >= 24, so both words and the byte
 * after the run are inside the text) that ends at an ASCII byte other than
 * an apostrophe or a period, which ends every word.  Folds it into out
 * (NUL-padded to 24 bytes) and returns its length, or 0 when the word is
 * anything else (the general loop of pc_tokenize reads it, to the same
 * result). */
static size_t ascii_word(const unsigned char *u, size_t i, char out[24], uint32_t *hash)
{
    uint64_t lo0, lo1 = 0;
    size_t n = swar_lead(swar_alnum(pc_swar_load(u + i), &lo0));
    if (n == 8) {
        size_t n1 = swar_lead(swar_alnum(pc_swar_load(u + i + 8), &lo1));
        if (n1 == 8)
            return 0; /* longer than 16 */
        lo1 &= ((uint64_t)1 << (8 * n1)) - 1;
        n += n1;
    } else {
        lo0 &= ((uint64_t)1 << (8 * n)) - 1;
    }
    unsigned char c = u[i + n];
    if (c >= 0x80 || c == '\'' || c == '.')
        return 0; /* maybe "don't", "U.S.", "café": the general loop */
    pc_swar_store(out, lo0);
    pc_swar_store(out + 8, lo1);
    pc_swar_store(out + 16, 0);
    uint32_t h = PC_FNV_OFFSET;
    for (size_t k = 0; k < n; k++, lo0 = k == 8 ? lo1 : lo0 >> 8)
        h = (h ^ (uint32_t)(lo0 & 0xFF)) * PC_FNV_PRIME;
    *hash = h;
    return n;
}

int pc_tokenize(const char *text, size_t len, pc_token_fn emit, void *ctx)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80 && !fold_ascii[u[i]]) { /* fast path: ASCII between words */
            i++;
            continue;
        }
        if (u[i] < 0x80 && len - i >= 24) { /* fast path: a plain ASCII word */
            char w[24];
            uint32_t h;
            size_t n = ascii_word(u, i, w, &h);
            if (n) {
                if (emit(ctx, w, n, h, i, i + n))
                    return -1;
                i += n + 1; /* and the byte after it, which ends words */
                continue;
            }
        }
        size_t n = 1;
        utf8proc_int32_t cp = u[i]; /* an ASCII letter or digit here */
        if (cp >= 0x80 && !is_word_cp(cp = next_cp(text, len, i, &n))) {
            i += n;
            continue;
        }
        fold_buf f;
        f.n = 0;
        f.h = PC_FNV_OFFSET;
        size_t start = i, end = i;
        size_t poss = 0; /* folded length before a final "'s" */
        for (;;) {
            if (cp >= 0x80) {
                fold_add(&f, cp);
                i += n;
                if (is_cjk(cp)) {
                    end = i;
                    break;
                }
            }
            i = fold_run(&f, u, i, len); /* an ASCII cp is the run's first byte */
            end = i;
            /* the run ends at a byte that is no ASCII word character: most
             * often the white space or punctuation after the word */
            if (i >= len || (u[i] < 0x80 && u[i] != '\'' && u[i] != '.'))
                break;
            size_t n2;
            cp = next_cp(text, len, i, &n2);
            if (is_word_cp(cp) && !is_cjk(cp)) {
                n = n2;
                continue;
            }
            /* An apostrophe or period inside a word joins it when a word
             * character follows: "don't", "U.S.", "e.g". */
            if (!(is_apostrophe(cp) || cp == '.') || i + n2 >= len)
                break;
            size_t n3;
            utf8proc_int32_t after = next_cp(text, len, i + n2, &n3);
            if (!is_word_cp(after))
                break;
            if (cp == '.') {
                /* Only single letters dotted together: U.S., a.m.; not
                 * "Jane.Doe" or "3.5" (decimals stay one token though). */
                int digit = text[i - 1] >= '0' && text[i - 1] <= '9';
                size_t wl = i - start;
                if (!digit && wl != 1 && !(wl >= 2 && text[i - 2] == '.'))
                    break;
                if (digit)
                    fold_add(&f, '.');
            } else {
                poss = f.n;
            }
            i += n2;
            cp = after;
            n = n3;
        }
        /* Drop a final possessive "'s" and inner apostrophes otherwise. */
        if (poss && f.n == poss + 1 && f.s[poss] == 's') {
            f.n = poss;
            f.h = pc_fnv1a(f.s, f.n);
        }
        memset(f.s + f.n, 0, 8); /* the padding that pc_token_fn promises */
        if (f.n && emit(ctx, f.s, f.n, f.h, start, end))
            return -1;
    }
    return 0;
}

/* English function words, written for precis: pronouns, determiners,
 * auxiliaries, prepositions, conjunctions and a few adverbs that carry no
 * topic.  Sorted for bsearch; folded forms (no apostrophes). */
static const char *const stopwords[] = {
#include "text/stopwords.inc"
};

/* The stopwords in a hash table, built once per process (the list is
 * sorted for readers; lookups hash instead of bisecting). */
#define STOP_SLOTS 1024
static pc_strmap_slot stop_slots[STOP_SLOTS];
static pc_strmap stop_map;
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;
_Static_assert(sizeof stopwords / sizeof *stopwords <= STOP_SLOTS / 2, "grow STOP_SLOTS");

static void build_stop_table(void)
{
    pc_strmap_init_fixed(&stop_map, stop_slots, STOP_SLOTS);
    for (size_t k = 0; k < sizeof stopwords / sizeof *stopwords; k++) {
        size_t n = strlen(stopwords[k]);
        pc_strmap_put(&stop_map, stopwords[k], n, pc_fnv1a(stopwords[k], n), (uint32_t)k);
    }
}

int pc_is_stopword(const char *w, size_t len, uint32_t hash)
{
    if (len == 0 || len > PC_MAX_WORD)
        return 0;
    pthread_once(&stop_once, build_stop_table);
    return pc_strmap_find(&stop_map, w, len, hash, NULL);
}
