/* Reading a summary the way ROUGE-1.5.5 does (readText, readText_LCS,
 * createNGram, tokenizeText_LCS): lines, the -l/-b cut, tokens, stopwords,
 * stemming.  Everything is bytes; only ASCII letters and digits make tokens
 * (or, with opt.unicode_tokens, runs of Unicode letters, digits and marks).
 * Raw tokens are mapped to ids once per evaluator (the stem cache). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "eval/rouge.h"
#include "eval/porter.h"
#include "util/alloc.h"

#include "eval/rouge_tables.inc"
#include "util/hash.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

uint32_t rouge_hash(const char *s, size_t len)
{
    return pc_mix32(pc_fnv1a(s, len)); /* FNV-1a's low bits cluster */
}

/* Adds key (copied into the arena) -> value; the key must be absent. */
int rouge_strmap_put(precis_rouge *ev, pc_strmap *m, const char *key, size_t len, uint32_t hash,
                     uint32_t value, const char **stored)
{
    char *copy = pc_arena_strndup(&ev->arena, key, len);
    if (!copy || pc_strmap_put(m, copy, len, hash, value) < 0)
        return -1;
    if (stored)
        *stored = copy;
    return 0;
}

/* strcmp of the non-NUL-terminated tok[0..len) with the C string key. */
static int cmp_tok(const char *tok, size_t len, const char *key)
{
    int r = strncmp(tok, key, len);
    if (r)
        return r;
    return key[len] ? -1 : 0;
}

int rouge_is_stopword(const char *tok, size_t len)
{
    size_t lo = 0, hi = COUNT(rouge_stopwords);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = cmp_tok(tok, len, rouge_stopwords[mid]);
        if (r == 0)
            return 1;
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

size_t rouge_stem_token(const char *tok, size_t len, char *out, size_t cap)
{
    if (len <= 3) {
        if (len < cap) {
            memcpy(out, tok, len);
            out[len] = 0;
        }
        return len;
    }
    size_t lo = 0, hi = COUNT(rouge_exceptions);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = cmp_tok(tok, len, rouge_exceptions[mid].key);
        if (r == 0) {
            const char *v = rouge_exceptions[mid].value;
            size_t vl = strlen(v);
            if (vl < cap)
                memcpy(out, v, vl + 1);
            return vl;
        }
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (len >= cap)
        return len;
    memcpy(out, tok, len);
    size_t n = rouge_porter_stem(out, len);
    out[n] = 0;
    return n;
}

const char *rouge_form_text(const precis_rouge *ev, uint32_t id)
{
    return id < ev->nforms ? ev->form_str[id] : NULL;
}

static int scratch_reserve(precis_rouge *ev, size_t need)
{
    if (need <= ev->scratch_cap)
        return 0;
    size_t ncap = pc_grow_cap(ev->scratch_cap, need, 1);
    char *p = ncap ? pc_realloc(ev->alc, ev->scratch, ev->scratch_cap, ncap) : NULL;
    if (!p)
        return -1;
    ev->scratch = p;
    ev->scratch_cap = ncap;
    return 0;
}

/* Id of the final form of raw lowercase token tok[0..len), interning it. */
static int token_id(precis_rouge *ev, const char *tok, size_t len, uint32_t h, uint32_t *out)
{
    if (pc_strmap_find(&ev->raw, tok, len, h, out))
        return 0;
    uint32_t id = ROUGE_DROP;
    if (!(ev->opt.remove_stopwords && rouge_is_stopword(tok, len))) {
        const char *form = tok;
        size_t flen = len;
        if (ev->opt.stem && len > 3) {
            /* the scratch buffer holds tok itself; stem into its second half */
            if (scratch_reserve(ev, 2 * len + 128) < 0)
                return -1;
            char *dst = ev->scratch + len + 1;
            size_t cap = ev->scratch_cap - len - 1;
            flen = rouge_stem_token(tok, len, dst, cap);
            if (flen >= cap)
                return -1; /* an exception value longer than 127 bytes: none exist */
            form = dst;
        }
        uint32_t fh = rouge_hash(form, flen);
        if (!pc_strmap_find(&ev->forms, form, flen, fh, &id)) {
            if (ev->nforms == ROUGE_DROP - 1)
                return -1;
            id = ev->nforms;
            if (pc_array_reserve(ev->alc, (void **)&ev->form_str, &ev->form_cap, id + 1,
                                 sizeof *ev->form_str) < 0)
                return -1;
            if (rouge_strmap_put(ev, &ev->forms, form, flen, fh, id, &ev->form_str[id]) < 0)
                return -1;
            ev->nforms++;
        }
    }
    if (rouge_strmap_put(ev, &ev->raw, tok, len, h, id, NULL) < 0)
        return -1;
    *out = id;
    return 0;
}

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Perl's \s without locale or Unicode rules. */
static int is_pspace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static int ids_push(precis_rouge *ev, uint32_t **arr, size_t *n, size_t *cap, uint32_t v)
{
    if (*n == *cap && pc_array_reserve(ev->alc, (void **)arr, cap, *n + 1, sizeof **arr) < 0)
        return -1;
    (*arr)[(*n)++] = v;
    return 0;
}

/* Appends the tokens of s[0..len) to *arr. */
static int tokenize_unicode(precis_rouge *ev, const char *s, size_t len, uint32_t **arr, size_t *n,
                            size_t *cap);

static int tokenize(precis_rouge *ev, const char *s, size_t len, uint32_t **arr, size_t *n,
                    size_t *cap)
{
    if (ev->opt.unicode_tokens)
        return tokenize_unicode(ev, s, len, arr, n, cap);
    size_t i = 0;
    while (i < len) {
        if (!is_alnum((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && is_alnum((unsigned char)s[i]))
            i++;
        size_t tl = i - start;
        if (scratch_reserve(ev, 2 * tl + 128) < 0)
            return -1;
        uint32_t h = 2166136261u; /* rouge_hash() of the lowercased token */
        for (size_t k = 0; k < tl; k++) {
            char c = s[start + k];
            c = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            ev->scratch[k] = c;
            h ^= (unsigned char)c;
            h *= 16777619u;
        }
        uint32_t id;
        if (token_id(ev, ev->scratch, tl, pc_mix32(h), &id) < 0)
            return -1;
        if (id != ROUGE_DROP && ids_push(ev, arr, n, cap, id) < 0)
            return -1;
    }
    return 0;
}

/* A character of a Unicode token: letters, digits and combining marks
 * (L*, N*, Mn, Mc, Me; a plain \w would cut Devanagari at its vowel signs). */
static int is_token_cp(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return is_alnum((unsigned char)cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* Turkish and Azerbaijani capital İ (U+0130) is i, as Unicode's Turkic case
 * folding has it, not i and a combining dot (the default full folding, which
 * made `İstanbul` and `istanbul` two tokens); only those alphabets write it
 * (session 35). */
static utf8proc_int32_t dotted_capital_i(utf8proc_int32_t cp, void *data)
{
    (void)data;
    return cp == 0x130 ? 'i' : cp;
}

/* tokenize for opt.unicode_tokens: s[0..len) is normalised (NFC, case
 * folded, default-ignorable characters dropped; invalid bytes become
 * spaces) into the scratch buffer, then cut into runs of token characters.
 * On ASCII text the tokens are the same as tokenize's. */
static int tokenize_unicode(precis_rouge *ev, const char *s, size_t len, uint32_t **arr, size_t *n,
                            size_t *cap)
{
    /* invalid UTF-8 -> ' ' so that utf8proc_map accepts the text */
    char *clean = pc_malloc(ev->alc, len + 1);
    if (!clean)
        return -1;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (r <= 0) {
            clean[i++] = ' ';
            continue;
        }
        memcpy(clean + i, s + i, (size_t)r);
        i += (size_t)r;
    }
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t nl = utf8proc_map_custom(
        (const utf8proc_uint8_t *)clean, (utf8proc_ssize_t)len, &norm,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE, dotted_capital_i,
        NULL);
    pc_free(ev->alc, clean, len + 1);
    if (nl < 0)
        return -1;
    const char *t = (const char *)norm;
    size_t tl = (size_t)nl, i = 0;
    int r = 0;
    while (i < tl && !r) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t w = utf8proc_iterate(norm + i, (utf8proc_ssize_t)(tl - i), &cp);
        if (w <= 0 || !is_token_cp(cp)) {
            i += w > 0 ? (size_t)w : 1;
            continue;
        }
        size_t start = i;
        while (i < tl && w > 0 && is_token_cp(cp)) {
            i += (size_t)w;
            if (i < tl)
                w = utf8proc_iterate(norm + i, (utf8proc_ssize_t)(tl - i), &cp);
        }
        size_t k = i - start;
        uint32_t id;
        if (scratch_reserve(ev, 2 * k + 128) < 0) {
            r = -1;
            break;
        }
        memcpy(ev->scratch, t + start, k);
        if (token_id(ev, ev->scratch, k, rouge_hash(ev->scratch, k), &id) < 0 ||
            (id != ROUGE_DROP && ids_push(ev, arr, n, cap, id) < 0))
            r = -1;
    }
    free(norm); /* utf8proc allocates with malloc */
    return r;
}

/* Number of fields of Perl's split(/\s+/, s), and in *cut_end the byte
 * length of the prefix holding the first `keep` fields. */
static size_t perl_words(const char *s, size_t len, size_t keep, size_t *cut_end)
{
    size_t fields = 0, i = 0;
    *cut_end = len;
    int lead = len > 0 && is_pspace((unsigned char)s[0]);
    size_t runs = 0;
    while (i < len) {
        while (i < len && is_pspace((unsigned char)s[i]))
            i++;
        if (i >= len)
            break;
        while (i < len && !is_pspace((unsigned char)s[i]))
            i++;
        runs++;
        if (keep && (lead ? runs + 1 : runs) == keep)
            *cut_end = i;
    }
    fields = runs ? runs + (size_t)lead : 0;
    if (keep && lead && keep == 1)
        *cut_end = 0; /* the only field kept is the empty one */
    return fields;
}

static int unit_begin(precis_rouge *ev, rouge_text *t, size_t at)
{
    if (pc_array_reserve(ev->alc, (void **)&t->unit_off, &t->unit_cap, t->nunits + 2,
                         sizeof *t->unit_off) < 0)
        return -1;
    t->unit_off[t->nunits] = at;
    return 0;
}

static int unit_end(rouge_text *t, size_t at)
{
    t->nunits++;
    t->unit_off[t->nunits] = at;
    return 0;
}

int rouge_text_read(precis_rouge *ev, rouge_text *t, const char *text, size_t len)
{
    size_t wl = ev->opt.word_limit, bl = ev->opt.byte_limit;
    int bytes = wl == 0 && bl != 0;
    t->nids = t->lcs_own_n = t->nunits = 0;
    if (unit_begin(ev, t, 0) < 0)
        return -1;

    size_t count = 0;
    int cut_done = 0, lcs_done = 0;
    size_t pos = 0;
    while (pos <= len && !(cut_done && (lcs_done || !bytes))) {
        const char *nl = pos < len ? memchr(text + pos, '\n', len - pos) : NULL;
        size_t end = nl ? (size_t)(nl - text) : len;
        const char *line = text + pos;
        size_t ll = end - pos;
        pos = end + 1;
        if (ll == 0) {
            if (!nl)
                break;
            continue;
        }
        /* the cut text: ROUGE-N/S and unigram tables (and the LCS units
         * unless -b) */
        if (!cut_done) {
            size_t keep = ll;
            if (wl) {
                size_t cut_end;
                size_t words = perl_words(line, ll, 0, &cut_end);
                if (count + words < wl) {
                    count += words;
                } else {
                    perl_words(line, ll, wl - count, &cut_end);
                    keep = cut_end;
                    cut_done = 1;
                }
            } else if (bl) {
                if (count + ll < bl) {
                    count += ll;
                } else {
                    keep = bl - count;
                    cut_done = 1;
                }
            }
            if (!bytes && unit_begin(ev, t, t->nids) < 0)
                return -1;
            if (tokenize(ev, line, keep, &t->ids, &t->nids, &t->ids_cap) < 0)
                return -1;
            if (!bytes)
                unit_end(t, t->nids);
        }
        /* -b: the LCS units are every line shorter than the limit, up to the
         * first one that is not, cut to the limit (ROUGE never advances its
         * byte count there) */
        if (bytes && !lcs_done) {
            size_t keep = ll;
            if (ll >= bl) {
                keep = bl;
                lcs_done = 1;
            }
            if (unit_begin(ev, t, t->lcs_own_n) < 0)
                return -1;
            if (tokenize(ev, line, keep, &t->lcs_own, &t->lcs_own_n, &t->lcs_own_cap) < 0)
                return -1;
            unit_end(t, t->lcs_own_n);
        }
        if (!nl)
            break;
    }
    t->lcs_ids = bytes ? t->lcs_own : t->ids;
    return 0;
}

void rouge_text_release(precis_rouge *ev, rouge_text *t)
{
    pc_free(ev->alc, t->ids, 0);
    pc_free(ev->alc, t->lcs_own, 0);
    pc_free(ev->alc, t->unit_off, 0);
    memset(t, 0, sizeof *t);
}
