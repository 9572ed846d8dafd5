/* The vector of one article: which of its words say what story it is.
 *
 * Terms are Snowball stems of the words that are not function words, plus
 * numbers of three characters or more ("3,197", "747", "1998").  A term's
 * weight is (1 + ln tf) * idf, where tf counts an occurrence in the title
 * TITLE_W times, in the lead (the first LEAD_WORDS words) LEAD_W times, and
 * as a name (capitalised inside a sentence, or all capitals) NAME_W times
 * more: the title and lead state the event, names say who and where, and
 * all three vary less between outlets than the rest of an article.  The idf
 * comes from the stream's own document frequencies (a fixed table of
 * 2^ST_DF_BITS counters; two terms in one counter make both look a little
 * more common), so the weights adapt to the feed: the words of a topic that
 * runs all year lose weight, the words that single out one event keep it.
 * docs/stories.md gives the reasons and the tuning. */
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stories/stories.h"
#include "text/stems.h"
#include "text/tokenize.h"
#include "util/alloc.h"
#include "util/hash.h"

#define TITLE_W 2.0f
#define LEAD_W 1.5f
#define LEAD_WORDS 50
#define NAME_W 1.5f
#define KEY_SEED 0x53544f52ull /* "STOR" */

typedef struct an_ctx {
    precis_stream *s;
    const char *text;
    float base;   /* weight of an occurrence here (title or body) */
    size_t words; /* words read in the body */
    int body;
    int oom;
} an_ctx;

static int grow_slots(st_scratch *sc, const precis_allocator *alc, size_t nslot)
{
    uint32_t *slot = pc_malloc(alc, nslot * sizeof *slot);
    if (!slot)
        return -1;
    memset(slot, 0, nslot * sizeof *slot);
    pc_free(alc, sc->slot, sc->nslot * sizeof *sc->slot);
    sc->slot = slot;
    sc->nslot = nslot;
    sc->nused = 0;
    /* re-file the terms already read */
    for (size_t i = 0; i < sc->nterms; i++) {
        size_t j = (size_t)pc_mix64(sc->terms[i].key) & (nslot - 1);
        while (slot[j])
            j = (j + 1) & (nslot - 1);
        slot[j] = (uint32_t)i + 1;
        if (pc_array_reserve(alc, (void **)&sc->used, &sc->used_cap, sc->nused + 1,
                             sizeof *sc->used))
            return -1;
        sc->used[sc->nused++] = (uint32_t)j;
    }
    return 0;
}

/* Adds weight w to the term of stem[0..n). */
static int add_term(precis_stream *s, const char *stem, size_t n, float w)
{
    st_scratch *sc = &s->sc;
    const precis_allocator *alc = s->alc;
    if ((sc->nterms + 1) * 2 > sc->nslot && grow_slots(sc, alc, sc->nslot ? sc->nslot * 2 : 1024))
        return -1;
    uint64_t key = pc_hash64(stem, n, KEY_SEED) | 1; /* 0 marks empty map slots */
    size_t mask = sc->nslot - 1, j = (size_t)pc_mix64(key) & mask;
    for (; sc->slot[j]; j = (j + 1) & mask) {
        st_term *t = &sc->terms[sc->slot[j] - 1];
        if (t->key == key) {
            t->w += w;
            return 0;
        }
    }
    if (pc_array_reserve(alc, (void **)&sc->terms, &sc->cap, sc->nterms + 1, sizeof *sc->terms) ||
        pc_array_reserve(alc, (void **)&sc->used, &sc->used_cap, sc->nused + 1, sizeof *sc->used))
        return -1;
    st_term *t = &sc->terms[sc->nterms];
    t->key = key;
    t->w = w;
    t->len = (uint8_t)(n < ST_STEM_MAX ? n : ST_STEM_MAX);
    memcpy(t->s, stem, t->len);
    sc->slot[j] = (uint32_t)++sc->nterms;
    sc->used[sc->nused++] = (uint32_t)j;
    return 0;
}

static int is_upper_ascii(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Whether the word at text[start..end) is written as a name: capitalised
 * and not the first word of a sentence, or in capitals ("NATO", "FBI"). */
static int looks_like_name(const char *text, size_t start, size_t end)
{
    if (!is_upper_ascii(text[start]))
        return 0;
    if (end - start >= 2 && is_upper_ascii(text[start + 1]))
        return 1;
    size_t k = start;
    while (k > 0) {
        char c = text[k - 1];
        if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t' || (c & 0x80))
            k--;
        else
            return !(c == '.' || c == '!' || c == '?' || c == '\n' || c == ':');
    }
    return 0;
}

static int has_digit(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] >= '0' && w[i] <= '9')
            return 1;
    return 0;
}

static int on_word(void *vctx, const char *w, size_t n, uint32_t h, size_t start, size_t end)
{
    an_ctx *x = vctx;
    float wt = x->base;
    if (x->body && x->words++ < LEAD_WORDS)
        wt *= LEAD_W;
    if (n < 2 || pc_is_stopword(w, n, h))
        return 0;
    if (has_digit(w, n)) {
        if (n < 3)
            return 0;
    } else if (looks_like_name(x->text, start, end)) {
        wt *= NAME_W;
    }
    const char *stem = w;
    size_t sl = n;
    char buf[PC_STEM_MAX_FORM + 1];
    if (pc_stem_wanted(w, n)) {
        if ((sl = pc_stem_lookup(w, n, h, buf)) != 0) {
            stem = buf;
        } else {
            const sb_symbol *sb = sb_stemmer_stem(x->s->stemmer, (const sb_symbol *)w, (int)n);
            if (sb) {
                stem = (const char *)sb;
                sl = (size_t)sb_stemmer_length(x->s->stemmer);
            } else {
                sl = n; /* Snowball out of memory: the word as it is */
            }
        }
    }
    if (add_term(x->s, stem, sl, wt)) {
        x->oom = 1;
        return -1;
    }
    return 0;
}

static size_t df_slot(uint64_t key)
{
    return (size_t)(key >> (64 - ST_DF_BITS));
}

float st_idf(const precis_stream *s, uint64_t key)
{
    double df = s->df[df_slot(key)];
    return (float)(log(((double)s->ndocs + 1.0) / (df + 1.0)) + 1.0);
}

void st_count_df(precis_stream *s)
{
    for (size_t i = 0; i < s->nvec; i++) {
        uint32_t *c = &s->df[df_slot(s->vec[i].key)];
        if (*c < UINT32_MAX)
            (*c)++;
    }
    s->ndocs++;
}

int st_cmp_weight(const void *a, const void *b)
{
    float x = ((const st_term *)a)->w, y = ((const st_term *)b)->w;
    if (x != y)
        return x < y ? 1 : -1;
    uint64_t p = ((const st_term *)a)->key, q = ((const st_term *)b)->key;
    return (p > q) - (p < q);
}

int st_cmp_key(const void *a, const void *b)
{
    uint64_t p = ((const st_term *)a)->key, q = ((const st_term *)b)->key;
    return (p > q) - (p < q);
}

long st_analyze(precis_stream *s, const char *title, size_t tlen, const char *text, size_t len)
{
    st_scratch *sc = &s->sc;
    for (size_t i = 0; i < sc->nused; i++)
        sc->slot[sc->used[i]] = 0;
    sc->nused = 0;
    sc->nterms = 0;
    an_ctx x = {s, title, TITLE_W, 0, 0, 0};
    if (title && tlen)
        pc_tokenize(title, tlen, on_word, &x);
    x.text = text;
    x.base = 1.0f;
    x.body = 1;
    if (!x.oom && text && len)
        pc_tokenize(text, len, on_word, &x);
    if (x.oom)
        return -1;
    /* weights, then the ST_ARTICLE_TERMS heaviest, unit length, by key */
    for (size_t i = 0; i < sc->nterms; i++)
        sc->terms[i].w = (1.0f + logf(sc->terms[i].w)) * st_idf(s, sc->terms[i].key);
    qsort(sc->terms, sc->nterms, sizeof *sc->terms, st_cmp_weight);
    size_t n = sc->nterms < ST_ARTICLE_TERMS ? sc->nterms : ST_ARTICLE_TERMS;
    double norm = 0;
    for (size_t i = 0; i < n; i++)
        norm += (double)sc->terms[i].w * sc->terms[i].w;
    norm = norm > 0 ? sqrt(norm) : 1;
    for (size_t i = 0; i < n; i++)
        sc->terms[i].w = (float)(sc->terms[i].w / norm);
    memcpy(s->vec, sc->terms, n * sizeof *s->vec);
    s->nvec = n;
    s->nquery = n < ST_QUERY ? n : ST_QUERY;
    memcpy(s->query, sc->terms, s->nquery * sizeof *s->query);
    qsort(s->vec, n, sizeof *s->vec, st_cmp_key);
    /* the slots now point at reordered terms: forget them */
    for (size_t i = 0; i < sc->nused; i++)
        sc->slot[sc->used[i]] = 0;
    sc->nused = 0;
    sc->nterms = 0;
    return (long)n;
}
