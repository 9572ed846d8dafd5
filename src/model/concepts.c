#include "model/concepts.h"
#include "lang/lang.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/sort.h"

/* The hash of a concept key: Fibonacci hashing.  A key's slot in a table of
 * mask + 1 slots folds both halves (so that the low bits depend on both
 * words of a bigram key); the high half is the slot's tag. */
static inline uint64_t key_hash(uint64_t key)
{
    return key * 0x9E3779B97F4A7C15ull;
}

static inline size_t hash_slot(uint64_t h, size_t mask)
{
    return (size_t)(h ^ (h >> 32)) & mask;
}

/* The key of the bigram of tokens tok[0] tok[1]. */
static inline uint64_t bigram_key(const uint32_t *tok)
{
    return ((uint64_t)tok[0] + 1) << 32 | ((uint64_t)tok[1] + 1);
}

/* Tokens ahead whose bigram's slot the concept loop warms. */
#define CONCEPT_AHEAD 4

/* The concepts being built: per concept id its key and statistics, in
 * arrays sized for every concept the cluster may have (pc_concepts_build). */
typedef struct builder {
    pc_concepts *cs;
    pc_arena *a;
} builder;

/* Doubles the key table (arena; the old one is left behind, so the garbage
 * is at most the final size).  Returns -1 when out of memory. */
static int grow_table(pc_concepts *cs, pc_arena *a)
{
    size_t ncap = cs->index.cap * 2;
    pc_bigram_slot *slot = pc_arena_calloc(a, ncap, sizeof *slot);
    if (!slot)
        return -1;
    for (size_t j = 0; j < cs->index.cap; j++) {
        if (!cs->index.slot[j].id_plus_one)
            continue;
        size_t k = hash_slot(key_hash(cs->key[cs->index.slot[j].id_plus_one - 1]), ncap - 1);
        while (slot[k].id_plus_one)
            k = (k + 1) & (ncap - 1);
        slot[k] = cs->index.slot[j];
    }
    cs->index.slot = slot;
    cs->index.cap = ncap;
    return 0;
}

/* Adds concept `key` (the arrays have room) and returns its id. */
static uint32_t add_concept(builder *b, uint64_t key)
{
    pc_concepts *cs = b->cs;
    cs->key[cs->n] = key;
    cs->stats[cs->n] = (pc_concept_stats){0, 0, UINT32_MAX, 0, 0.0f, 0, UINT32_MAX, 0};
    return (uint32_t)cs->n++;
}

/* Id of bigram concept `key`, added when new; UINT32_MAX when out of
 * memory.  (Unigrams are found by term id and stay out of the table.) */
static uint32_t lookup_or_add(builder *b, uint64_t key)
{
    pc_concepts *cs = b->cs;
    if (4 * (cs->index.used + 1) > 3 * cs->index.cap && grow_table(cs, b->a)) /* load at most 3/4 */
        return UINT32_MAX;
    uint64_t h = key_hash(key);
    uint32_t tag = (uint32_t)(h >> 32);
    size_t mask = cs->index.cap - 1, j = hash_slot(h, mask);
    for (; cs->index.slot[j].id_plus_one; j = (j + 1) & mask)
        if (cs->index.slot[j].tag == tag && cs->key[cs->index.slot[j].id_plus_one - 1] == key)
            return cs->index.slot[j].id_plus_one - 1;
    uint32_t id = add_concept(b, key);
    cs->index.slot[j].id_plus_one = id + 1;
    cs->index.slot[j].tag = tag;
    cs->index.used++;
    return id;
}

long pc_concepts_find(const pc_concepts *cs, uint64_t key)
{
    if (!key)
        return -1;
    if (!(key >> 32)) /* a unigram: by its term */
        return cs->index.of_term && key - 1 < cs->index.nterms &&
                       cs->index.of_term[key - 1] != UINT32_MAX
                   ? (long)cs->index.of_term[key - 1]
                   : -1;
    if (!cs->index.cap)
        return -1;
    uint64_t h = key_hash(key);
    size_t mask = cs->index.cap - 1;
    for (size_t j = hash_slot(h, mask); cs->index.slot[j].id_plus_one; j = (j + 1) & mask)
        if (cs->index.slot[j].tag == (uint32_t)(h >> 32) &&
            cs->key[cs->index.slot[j].id_plus_one - 1] == key)
            return (long)cs->index.slot[j].id_plus_one - 1;
    return -1;
}

/* Marks the terms that are number words of a language of the cluster's
 * documents (lang/lang.h, pc_lang_number_list: "three", Russian "трех"),
 * from three to ninety-nine, and keeps their digits: each word of the
 * language's table is looked up among the cluster's terms, a few dozen
 * lookups for a cluster (a lookup per term cost 2 % of the summarizer's
 * instructions).  The first language that lists a term gives its value.
 * Returns 0, or -1 when out of memory. */
static int mark_numbers(const precis_cluster *c, pc_arena *a, pc_term_traits *tt)
{
    tt->nnumbers = 0;
    tt->stop_numbers = 0;
    tt->number_term = NULL;
    tt->number_digits = NULL;
    const struct pc_lang *seen[8];
    size_t nseen = 0, cap = 0;
    for (size_t d = 0; d < c->ndocs && nseen < 8; d++) {
        const struct pc_lang *l = c->docs[d].lang;
        size_t k = 0;
        while (k < nseen && seen[k] != l)
            k++;
        if (k < nseen)
            continue;
        seen[nseen++] = l;
        size_t n;
        const pc_lang_number_word *w = pc_lang_number_list(l, &n);
        for (size_t i = 0; i < n; i++) {
            uint32_t id = pc_vocab_find_term(&c->vocab, w[i].term, w[i].len, w[i].hash);
            if (!id || (tt->bits[id - 1] & (PC_TERM_NUMBER | PC_TERM_FIGURE)))
                continue;
            if (tt->nnumbers == cap) {
                size_t nc = cap ? 2 * cap : 16;
                uint32_t *nt = pc_arena_alloc(a, nc * sizeof *nt);
                const char **nd = pc_arena_alloc(a, nc * sizeof *nd);
                if (!nt || !nd)
                    return -1;
                if (cap) {
                    memcpy(nt, tt->number_term, cap * sizeof *nt);
                    memcpy(nd, tt->number_digits, cap * sizeof *nd);
                }
                tt->number_term = nt;
                tt->number_digits = nd;
                cap = nc;
            }
            tt->bits[id - 1] |= PC_TERM_NUMBER;
            tt->stop_numbers |= (tt->bits[id - 1] & PC_TERM_STOP) != 0;
            tt->number_term[tt->nnumbers] = id - 1;
            tt->number_digits[tt->nnumbers++] = w[i].digits;
        }
    }
    return 0;
}

/* A number that is not a year: its digits say one quantity of the story
 * ("17 students", "$ 25 million", "aged 37"), where a year (1800 to 2099,
 * four digits alone) dates many of its facts alike. */
static int is_figure(const pc_term *t)
{
    const char *s = t->str;
    if (s[0] < '0' || s[0] > '9')
        return 0;
    if (t->len != 4)
        return 1;
    for (int k = 1; k < 4; k++)
        if (s[k] < '0' || s[k] > '9')
            return 1;
    return !((s[0] == '1' && s[1] >= '8') || (s[0] == '2' && s[1] == '0'));
}

/* First-person pronouns (1) and attribution verbs (2), by the stem's bytes:
 * i we my our me / said say told. */
static int word_kind(const pc_term *t)
{
    const char *s = t->str;
    switch (t->len) {
    case 1:
        return s[0] == 'i';
    case 2:
        return ((s[0] == 'w' && s[1] == 'e') || (s[0] == 'm' && (s[1] == 'y' || s[1] == 'e')));
    case 3:
        if (s[0] == 'o' && s[1] == 'u' && s[2] == 'r')
            return 1;
        return s[0] == 's' && s[1] == 'a' && s[2] == 'y' ? 2 : 0;
    case 4:
        return (memcmp(s, "said", 4) == 0 || memcmp(s, "told", 4) == 0) ? 2 : 0;
    default:
        return 0;
    }
}

precis_status pc_concepts_build(pc_concepts *cs, const precis_cluster *c, pc_arena *a, int unigrams)
{
    memset(cs, 0, sizeof *cs);
    size_t total = 0;
    for (size_t i = 0; i < c->nsents; i++)
        total += c->sents[i].ntok;
    /* the concepts are at most one unigram per term and one bigram per
     * pair of adjacent tokens: per-concept arrays of that size never grow
     * (sized at the token count, they grew, and were copied, for 64 % of
     * val's clusters: a short cluster repeats few pairs, and has from 0.6
     * to 1.4 concepts a token); the table of bigrams starts at the token
     * count (two thirds of the concepts: load about one half) */
    cs->index.cap = 1024;
    while (cs->index.cap < total)
        cs->index.cap *= 2;
    builder b = {cs, a};
    size_t most = total + (unigrams ? c->vocab.nterms : 0) + 1;
    cs->index.slot = pc_arena_calloc(a, cs->index.cap, sizeof *cs->index.slot);
    cs->key = pc_arena_alloc(a, most * sizeof *cs->key);
    cs->stats = pc_arena_alloc(a, most * sizeof *cs->stats);
    cs->by_sentence = pc_arena_calloc(a, c->nsents + 1, sizeof *cs->by_sentence);
    if (!cs->index.slot || !cs->key || !cs->stats || !cs->by_sentence)
        return PRECIS_ENOMEM;
    const uint8_t *is_stop = c->vocab.stop;
    /* unigram concepts by term id, without hashing (UINT32_MAX: none yet) */
    uint32_t *of_term =
        unigrams ? pc_arena_alloc(a, (c->vocab.nterms + 1) * sizeof *of_term) : NULL;
    if (unigrams && !of_term)
        return PRECIS_ENOMEM;
    if (of_term)
        memset(of_term, 0xFF, (c->vocab.nterms + 1) * sizeof *of_term);
    cs->index.of_term = of_term;
    cs->index.nterms = of_term ? c->vocab.nterms : 0;
    uint32_t prev = UINT32_MAX;
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        if (s->doc != prev) {
            cs->ndocs++;
            prev = s->doc;
        }
        size_t doc_npos = c->docs[s->doc].npos;
        float relpos = doc_npos > 1 ? (float)s->pos / (float)(doc_npos - 1) : 0.0f;
        pc_concept_list *list = &cs->by_sentence[i];
        list->ids = pc_arena_alloc(a, (2 * (size_t)s->ntok + 1) * sizeof *list->ids);
        if (!list->ids)
            return PRECIS_ENOMEM;
        for (uint32_t t = 0; t < s->ntok; t++) {
            uint32_t x = s->tok[t];
            uint32_t ids[2];
            int nid = 0;
            if (t + CONCEPT_AHEAD + 1 < s->ntok) /* its slot misses the cache: warm it */
                __builtin_prefetch(&cs->index.slot[hash_slot(
                    key_hash(bigram_key(s->tok + t + CONCEPT_AHEAD)), cs->index.cap - 1)]);
            if (unigrams && !is_stop[x]) {
                if (of_term[x] == UINT32_MAX)
                    of_term[x] = add_concept(&b, (uint64_t)x + 1);
                ids[nid++] = of_term[x];
            }
            if (t + 1 < s->ntok) {
                uint32_t y = s->tok[t + 1];
                if (!(is_stop[x] && is_stop[y]))
                    ids[nid++] = lookup_or_add(&b, bigram_key(s->tok + t));
            }
            for (int q = 0; q < nid; q++)
                if (ids[q] == UINT32_MAX)
                    return PRECIS_ENOMEM;
            for (int q = 0; q < nid; q++) {
                /* each concept once per sentence */
                pc_concept_stats *st = &cs->stats[ids[q]];
                if (st->stamp == i + 1)
                    continue;
                st->stamp = (uint32_t)(i + 1);
                list->ids[list->n++] = ids[q];
                st->tf++;
                st->relpos += relpos;
                if (st->last != s->doc) {
                    st->df++;
                    st->last = s->doc;
                    st->lead_docs += s->pos < 2; /* its first in the document */
                }
                if (s->pos < st->first)
                    st->first = s->pos;
                if (s->pos < 2)
                    st->lead++;
            }
        }
    }
    cs->is_bigram = pc_arena_alloc(a, cs->n + 1);
    cs->multi_doc = pc_arena_alloc(a, cs->n + 1);
    if (!cs->is_bigram || !cs->multi_doc)
        return PRECIS_ENOMEM;
    uint8_t *is_bigram = cs->is_bigram,
            *multi_doc = cs->multi_doc; /* locals: byte stores could alias */
    const uint64_t *key = cs->key;
    uint32_t max_tf = 0;
    for (size_t k = 0; k < cs->n; k++) {
        pc_concept_stats *st = &cs->stats[k];
        is_bigram[k] = (key[k] >> 32) != 0;
        multi_doc[k] = is_bigram[k] && st->df >= 2;
        if (st->tf > 1) /* most occur once: x / 1 is x, no division */
            st->relpos /= (float)st->tf;
        if (st->tf > max_tf)
            max_tf = st->tf;
    }
    cs->max_tf = max_tf;
    size_t nterms = c->vocab.nterms;
    cs->terms.cap_share = pc_arena_alloc(a, (nterms + 1) * sizeof *cs->terms.cap_share);
    cs->terms.len = pc_arena_alloc(a, nterms + 1);
    cs->terms.bits = pc_arena_alloc(a, nterms + 1);
    if (!cs->terms.cap_share || !cs->terms.len || !cs->terms.bits)
        return PRECIS_ENOMEM;
    for (size_t t = 0; t < nterms; t++) {
        const pc_term *tm = &c->vocab.terms[t];
        cs->terms.cap_share[t] = tm->occurrences > 1 ? (double)tm->capitalised / tm->occurrences
                                 : tm->occurrences   ? tm->capitalised
                                                     : 0;
        cs->terms.len[t] = (uint8_t)(tm->len < 255 ? tm->len : 255);
        int kind = word_kind(tm);
        cs->terms.bits[t] =
            (uint8_t)((tm->stop ? PC_TERM_STOP : 0) |
                      (tm->str[0] >= '0' && tm->str[0] <= '9' ? PC_TERM_DIGIT : 0) |
                      (kind == 1 ? PC_TERM_FIRST_PERSON : 0) | (kind == 2 ? PC_TERM_SAYS : 0) |
                      (is_figure(tm) ? PC_TERM_FIGURE : 0));
    }
    if (mark_numbers(c, a, &cs->terms))
        return PRECIS_ENOMEM;
    pc_small_counts *sc = &cs->counts;
    for (size_t k = 0; k < PC_SMALL_COUNTS; k++)
        sc->log1p[k] = log(1.0 + (double)k);
    sc->log_max =
        1.0 + cs->max_tf < PC_SMALL_COUNTS ? sc->log1p[1 + cs->max_tf] : log(2.0 + cs->max_tf);
    double nd = cs->ndocs ? cs->ndocs : 1;
    for (size_t k = 0; k < PC_SMALL_COUNTS; k++) {
        sc->doc_share[k] = (double)k / nd;
        sc->rel_tf[k] = sc->log1p[k] / sc->log_max;
        sc->inv1p[k] = 1.0 / (1.0 + (double)k);
    }
    return PRECIS_OK;
}

/* The value of the entry of hash pc_lexicon_hash and check
 * pc_lexicon_check in *val; 0 when there is none. */
static int lex_get(const pc_lexicon *lex, uint32_t hash, uint32_t check, float *val)
{
    size_t mask = lex->nslot - 1, j = hash & mask;
    for (uint32_t c; (c = lex->slot[j].check) != 0; j = (j + 1) & mask)
        if (c == check) {
            *val = lex->slot[j].val;
            return 1;
        }
    return 0;
}

uint64_t pc_lexicon_hash64(const char *s, size_t len, uint64_t seed)
{
    const char *sp = memchr(s, ' ', len);
    if (!sp)
        return pc_hash64(s, len, seed);
    size_t k = (size_t)(sp - s);
    return pc_lexicon_pair64(pc_hash64(s, k, seed), pc_hash64(sp + 1, len - k - 1, seed));
}

int pc_lexicon_get(const pc_lexicon *lex, const char *s, size_t len, float *val)
{
    return lex->nslot && len &&
           lex_get(lex, pc_lexicon_hash(s, len),
                   pc_lexicon_check(pc_lexicon_hash64(s, len, lex->seed)), val);
}

size_t pc_lexicon_nslot(size_t n)
{
    size_t nslot = 64;
    while (nslot * 3 < n * 5)
        nslot *= 2;
    return nslot;
}

int pc_lexicon_index(const char *str, const uint32_t *off, const float *val, size_t n,
                     uint64_t seed, pc_lexslot *slot)
{
    size_t nslot = pc_lexicon_nslot(n);
    memset(slot, 0, nslot * sizeof *slot);
    for (size_t e = 0; e < n; e++) {
        const char *x = str + off[e];
        size_t len = strlen(x);
        uint32_t h = pc_lexicon_hash(x, len),
                 check = pc_lexicon_check(pc_lexicon_hash64(x, len, seed));
        size_t j = h & (nslot - 1);
        while (slot[j].check)
            j = (j + 1) & (nslot - 1);
        slot[j].check = check;
        slot[j].val = val[e];
    }
    /* the checks must differ, or a lookup could stop at another entry */
    uint32_t *sorted = malloc(n * sizeof *sorted + 1);
    if (!sorted)
        return -1;
    for (size_t j = 0, k = 0; j < nslot; j++)
        if (slot[j].check)
            sorted[k++] = slot[j].check;
    pc_sort_u32(sorted, n);
    int dup = 0;
    for (size_t k = 1; k < n; k++)
        dup |= sorted[k] == sorted[k - 1];
    free(sorted);
    return dup ? -1 : 0;
}

/* The two bits of hash h in a bigram filter. */
static size_t filter_bit(uint32_t h, int k)
{
    uint32_t x = k ? (h ^ (h >> 15)) * 0x9E3779B1u : h;
    return (size_t)(k ? x >> 15 : x) & (PC_LEX_FILTER_BITS - 1);
}

static int filter_may_have(const uint64_t *f, uint32_t h)
{
    size_t a = filter_bit(h, 0), b = filter_bit(h, 1);
    return (f[a >> 6] >> (a & 63) & 1) && (f[b >> 6] >> (b & 63) & 1);
}

void pc_lexicon_filter_add(uint64_t *filter, uint32_t hash)
{
    for (int k = 0; k < 2; k++) {
        size_t bit = filter_bit(hash, k);
        filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
    }
}

void pc_lexicon_filter(const pc_lexicon *lex, uint64_t *filter)
{
    memset(filter, 0, PC_LEX_FILTER_BITS / 8);
    for (size_t e = 0; e < lex->n; e++) {
        const char *x = lex->str + lex->off[e];
        size_t len = strlen(x);
        if (memchr(x, ' ', len))
            pc_lexicon_filter_add(filter, pc_lexicon_hash(x, len));
    }
}

/* Lookups in the lexicon are independent and each misses the cache (the
 * index is 256 KB): a loop of lookups warms the slot of the lookup
 * LEX_AHEAD ahead, so that the misses of several lookups overlap. */
#define LEX_AHEAD 16

precis_status pc_concepts_lexicon(pc_concepts *cs, const precis_cluster *c, pc_arena *a,
                                  const pc_lexicon *lex, const uint8_t *terms_read)
{
    size_t nterms = c->vocab.nterms;
    float *term_logodds = pc_arena_calloc(a, nterms + 1, sizeof *term_logodds);
    uint8_t *term_known = pc_arena_calloc(a, nterms + 1, 1);
    float *bigram_logodds = pc_arena_calloc(a, cs->n + 1, sizeof *bigram_logodds);
    uint8_t *bigram_known = pc_arena_calloc(a, cs->n + 1, 1);
    uint32_t *cand = pc_arena_alloc(a, (cs->n + 1) * sizeof *cand);
    uint32_t *cand_hash = pc_arena_alloc(a, (cs->n + 1) * sizeof *cand_hash);
    uint64_t *h64 = pc_arena_alloc(a, (nterms + 1) * sizeof *h64);
    if (!term_logodds || !term_known || !bigram_logodds || !bigram_known || !cand || !cand_hash ||
        !h64)
        return PRECIS_ENOMEM;
    cs->lexicon.term_logodds = term_logodds;
    cs->lexicon.term_known = term_known;
    cs->lexicon.bigram_logodds = bigram_logodds;
    cs->lexicon.bigram_known = bigram_known;
    if (!lex->nslot)
        return PRECIS_OK;
    const pc_term *terms = c->vocab.terms;
    const size_t slot_mask = lex->nslot - 1;
    for (size_t t = 0; t < nterms; t++) {
        if (t + LEX_AHEAD < nterms)
            __builtin_prefetch(&lex->slot[terms[t + LEX_AHEAD].hash & slot_mask]);
        const pc_term *tm = &terms[t]; /* its hash is pc_lexicon_hash's FNV-1a */
        h64[t] = pc_hash64(tm->str, tm->len, lex->seed);
        if (tm->len && (!terms_read || terms_read[t]) &&
            lex_get(lex, tm->hash, pc_lexicon_check(h64[t]), &term_logodds[t]))
            term_known[t] = 1;
    }
    /* A bigram is in the lexicon only if both its stems are, and the filter
     * may have it: those few are the candidates, with their index hash,
     * looked up in a second loop that can warm its lookups ahead. */
    size_t ncand = 0;
    for (size_t k = 0; k < cs->n; k++) {
        if (!pc_concept_is_bigram(cs, k) || (cs->live && !cs->live[k]))
            continue;
        uint32_t x = (uint32_t)(cs->key[k] >> 32) - 1, y = (uint32_t)(cs->key[k] & 0xFFFFFFFFu) - 1;
        if (!term_known[x] || !term_known[y])
            continue;
        uint32_t h = pc_lexicon_pair(terms[x].hash, terms[y].hash);
        if (lex->filter && !filter_may_have(lex->filter, h))
            continue;
        cand[ncand] = (uint32_t)k;
        cand_hash[ncand++] = h;
    }
    for (size_t q = 0; q < ncand; q++) {
        if (q + LEX_AHEAD < ncand)
            __builtin_prefetch(&lex->slot[cand_hash[q + LEX_AHEAD] & slot_mask]);
        size_t k = cand[q];
        uint32_t x = (uint32_t)(cs->key[k] >> 32) - 1, y = (uint32_t)(cs->key[k] & 0xFFFFFFFFu) - 1;
        if (lex_get(lex, cand_hash[q], pc_lexicon_check(pc_lexicon_pair64(h64[x], h64[y])),
                    &bigram_logodds[k]))
            bigram_known[k] = 1;
    }
    return PRECIS_OK;
}

/* The features of concept k, which is a bigram when bi: inlined into
 * pc_concept_probs with bi a constant, so that each kind gets its own
 * straight code. */
static inline void concept_features(const pc_concepts *cs, size_t k, int bi, double *f)
{
    uint64_t key = cs->key[k];
    uint32_t a = bi ? (uint32_t)(key >> 32) - 1 : (uint32_t)key - 1;
    uint32_t b = bi ? (uint32_t)(key & 0xFFFFFFFFu) - 1 : a;
    double nd = cs->ndocs ? cs->ndocs : 1;
    const pc_concept_stats *st = &cs->stats[k];
    const pc_small_counts *sc = &cs->counts;
    const pc_term_traits *tt = &cs->terms;
    const pc_concept_lexicon *lex = &cs->lexicon;
    double df = st->df;
    /* name-ness of the words: capitalised share */
    double capa = tt->cap_share[a], capb = tt->cap_share[b];
    int stops = (tt->bits[a] & PC_TERM_STOP) + (bi ? tt->bits[b] & PC_TERM_STOP : 0);
    int digit = ((tt->bits[a] | tt->bits[b]) & PC_TERM_DIGIT) != 0;
    double len = bi ? 0.5 * (tt->len[a] + tt->len[b]) : tt->len[a];
    f[PC_CF_BIAS] = 1.0;
    f[PC_CF_BIGRAM] = bi;
    double share = st->df < PC_SMALL_COUNTS ? sc->doc_share[st->df] : df / nd;
    double inv_first = st->first < PC_SMALL_COUNTS ? sc->inv1p[st->first] : 1.0 / (1.0 + st->first);
    f[PC_CF_DOC_SHARE] = share;
    f[PC_CF_MULTI_DOC] = df >= 2;
    f[PC_CF_LOG_DF] = pc_concepts_log1p(cs, df);
    f[PC_CF_REL_TF] =
        st->tf < PC_SMALL_COUNTS ? sc->rel_tf[st->tf] : pc_concepts_log1p(cs, st->tf) / sc->log_max;
    f[PC_CF_INV_FIRST] = inv_first;
    f[PC_CF_LEAD_SHARE] = (double)st->lead / st->tf;
    f[PC_CF_MEAN_RELPOS] = st->relpos;
    f[PC_CF_INNER_STOPS] = bi ? stops : 0;
    f[PC_CF_DIGIT] = digit;
    f[PC_CF_CAPITALISED] = bi ? 0.5 * (capa + capb) : capa;
    f[PC_CF_WORD_LENGTH] = len > 12 ? 1.0 : len / 12.0;
    f[PC_CF_LOG_NDOCS] = pc_concepts_log1p(cs, nd);
    /* the leads of the documents agree on it: news puts the event first,
     * and more documents make the agreement a stronger sign */
    f[PC_CF_LEAD_DOC_SHARE] = st->lead_docs / nd;
    f[PC_CF_LEAD_DOCS_X_NDOCS] = f[PC_CF_LEAD_DOC_SHARE] * f[PC_CF_LOG_NDOCS];
    f[PC_CF_BIGRAM_DOC_SHARE] = bi ? share : 0;
    f[PC_CF_BIGRAM_INV_FIRST] = bi ? inv_first : 0;
    /* how often summaries keep the words in general (lexicon; 0 when
     * unknown), the mean and, for bigrams, the lower of the two */
    double la = lex->term_logodds && lex->term_known[a] ? lex->term_logodds[a] : 0;
    double lb = lex->term_logodds && lex->term_known[b] ? lex->term_logodds[b] : 0;
    int ka = lex->term_known ? lex->term_known[a] : 0,
        kb = lex->term_known ? lex->term_known[b] : 0;
    f[PC_CF_LEX_MEAN] = bi ? 0.5 * (la + lb) : la;
    f[PC_CF_LEX_MIN] = bi ? (la < lb ? la : lb) : la;
    f[PC_CF_LEX_UNKNOWN] = bi ? 1.0 - 0.5 * (ka + kb) : 1.0 - ka;
    int kab = bi && lex->bigram_known && lex->bigram_known[k];
    f[PC_CF_BIGRAM_LEX] = kab ? lex->bigram_logodds[k] : 0;
    f[PC_CF_BIGRAM_KNOWN] = kab;
}

void pc_concept_features(const pc_concepts *cs, size_t k, double *f)
{
    concept_features(cs, k, pc_concept_is_bigram(cs, k), f);
}

/* The features that concept_features() sets to 0 for every unigram (those
 * model/features.h marks "bigram"). */
#define UNIGRAM_ZERO                                                                               \
    (1u << PC_CF_BIGRAM | 1u << PC_CF_INNER_STOPS | 1u << PC_CF_BIGRAM_DOC_SHARE |                 \
     1u << PC_CF_BIGRAM_INV_FIRST | 1u << PC_CF_BIGRAM_LEX | 1u << PC_CF_BIGRAM_KNOWN)
_Static_assert(PC_NFEAT <= 32, "UNIGRAM_ZERO is a 32-bit mask");

void pc_concept_probs(const pc_concepts *cs, const double *theta, double *w)
{
    /* every sum first, then the logistic of each: the calls to exp, one
     * after another with nothing between, overlap */
    double f[PC_NFEAT];
    for (size_t k = 0; k < cs->n; k++) {
        double z = 0;
        if (cs->live && !cs->live[k]) {
            w[k] = 0;
            continue;
        }
        if (pc_concept_is_bigram(cs, k)) {
            concept_features(cs, k, 1, f);
            for (int j = 0; j < PC_NFEAT; j++)
                z += theta[j] * f[j];
        } else {
            /* the features a unigram always has at 0 are left out of its
             * sum: adding theta x 0 would leave z as it is */
            concept_features(cs, k, 0, f);
#pragma GCC unroll 32
            for (int j = 0; j < PC_NFEAT; j++)
                if (!(UNIGRAM_ZERO >> j & 1))
                    z += theta[j] * f[j];
        }
        w[k] = z;
    }
    for (size_t k = 0; k < cs->n; k++)
        if (!cs->live || cs->live[k])
            w[k] = 1.0 / (1.0 + exp(-w[k]));
}
