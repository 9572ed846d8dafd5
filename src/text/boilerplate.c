/* Web page furniture inside paragraphs: text/boilerplate.h. */
#include "text/boilerplate.h"

#include "text/normalize.h"
#include "util/hash.h"

#include "text/boilerplate.inc"

/* Normalised sentences longer than this have no key: furniture is short,
 * and a key needs the whole sentence. */
#define KEY_MAX 4096
#define KEY_SEED 0x424F494Cull    /* "BOIL" */
#define PREFIX_SEED 0x50524546ull /* "PREF" */
/* Normalised bytes of a prefix key: longer leading runs have no key. */
#define PREFIX_MAX 512

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Appends the next word of s[*i..len) to buf (n bytes used of cap):
 * lowercased, after one space when buf holds a word already; *i moves past
 * it.  Returns 1 for a word, 0 when no word is left, -1 when it does not
 * fit (the caller stops there). */
static int next_word(const char *s, size_t len, size_t *i, char *buf, size_t *n, size_t cap)
{
    while (*i < len && !word_byte((unsigned char)s[*i]))
        (*i)++;
    if (*i == len)
        return 0;
    if (*n) {
        if (*n == cap)
            return -1;
        buf[(*n)++] = ' ';
    }
    for (; *i < len && word_byte((unsigned char)s[*i]); (*i)++) {
        if (*n == cap)
            return -1;
        unsigned char c = (unsigned char)s[*i];
        buf[(*n)++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    return 1;
}

uint64_t pc_boilerplate_key(const char *s, size_t len)
{
    char buf[KEY_MAX];
    size_t n = 0, words = 0, i = 0;
    int r;
    while ((r = next_word(s, len, &i, buf, &n, KEY_MAX)) > 0)
        words++;
    if (r < 0 || words < PC_BOILERPLATE_MIN_WORDS)
        return 0;
    uint64_t h = pc_hash64(buf, n, KEY_SEED);
    return h ? h : 1;
}

static int in_table(const uint64_t *t, size_t n, uint64_t k)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid] < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo] == k;
}

int pc_is_boilerplate(const char *s, size_t len)
{
    uint64_t k = pc_boilerplate_key(s, len);
    return k && in_table(boilerplate_keys, sizeof boilerplate_keys / sizeof *boilerplate_keys, k);
}

size_t pc_boilerplate_prefix_keys(const char *s, size_t len, uint64_t *keys, size_t *ends,
                                  size_t max)
{
    char buf[PREFIX_MAX];
    size_t n = 0, words = 0, i = 0;
    while (words < max && next_word(s, len, &i, buf, &n, PREFIX_MAX) > 0) {
        uint64_t h = pc_hash64(buf, n, PREFIX_SEED);
        keys[words] = h ? h : 1;
        ends[words++] = i;
    }
    return words;
}

size_t pc_boilerplate_prefix(const char *s, size_t len)
{
    uint64_t keys[PC_BOILERPLATE_PREFIX_WORDS + 1];
    size_t ends[PC_BOILERPLATE_PREFIX_WORDS + 1];
    size_t w = pc_boilerplate_prefix_keys(s, len, keys, ends, PC_BOILERPLATE_PREFIX_WORDS + 1);
    /* a run that leaves no word after it is a whole sentence, not a prefix */
    size_t most = w > PC_BOILERPLATE_PREFIX_WORDS ? PC_BOILERPLATE_PREFIX_WORDS : w ? w - 1 : 0;
    for (size_t p = most; p > 0; p--)
        if (in_table(boilerplate_prefixes,
                     sizeof boilerplate_prefixes / sizeof *boilerplate_prefixes, keys[p - 1]))
            return ends[p - 1];
    return 0;
}

size_t pc_leading_aside(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    if (i == len || (s[i] != '(' && s[i] != '['))
        return 0;
    char close = s[i] == '(' ? ')' : ']';
    size_t j = i + 1;
    while (j < len && s[j] != close && s[j] != '(' && s[j] != '[' && s[j] != '\n')
        j++;
    if (j == len || s[j] != close || pc_count_words(s + i + 1, j - i - 1) > PC_ASIDE_WORDS)
        return 0;
    j++;
    return pc_count_words(s + j, len - j) >= PC_ASIDE_REST ? j : 0;
}
