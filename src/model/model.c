#include "model/model.h"
#include "model/standalone.h"
#include "util/sort.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

precis_status pc_model_build(pc_model *m, const precis_cluster *c, pc_arena *a)
{
    memset(m, 0, sizeof *m);
    m->c = c;
    m->arena = a;
    m->nterms = c->vocab.nterms;
    size_t n = 0;
    for (size_t i = 0; i < c->nsents; i++)
        n += c->sents[i].eligible;
    /* A cluster without a sentence that reads as a complete one (headlines,
     * lists) is summarized from all its sentences, but page furniture is
     * never news: a cluster of nothing else has no summary. */
    int all = n == 0;
    if (all)
        for (size_t i = 0; i < c->nsents; i++)
            n += !c->sents[i].furniture;
    m->ncandidates = n;
    m->sentence_of = pc_arena_alloc(a, (n + 1) * sizeof *m->sentence_of);
    m->sentence_freq = pc_arena_calloc(a, m->nterms + 1, sizeof *m->sentence_freq);
    m->idf = pc_arena_alloc(a, (m->nterms + 1) * sizeof *m->idf);
    m->tfidf = pc_arena_calloc(a, n + 1, sizeof *m->tfidf);
    m->cand_concepts = pc_arena_calloc(a, n + 1, sizeof *m->cand_concepts);
    m->overlap = pc_arena_calloc(a, 1, sizeof *m->overlap);
    uint32_t *last = pc_arena_alloc(a, (m->nterms + 1) * sizeof *last);
    if (!m->sentence_of || !m->sentence_freq || !m->idf || !m->tfidf || !m->cand_concepts ||
        !m->overlap || !last)
        return PRECIS_ENOMEM;
    precis_status st = pc_concepts_build(&m->concepts, c, a, 1);
    if (st)
        return st;
    m->overlap->mark = pc_arena_calloc(a, m->concepts.n + 1, sizeof *m->overlap->mark);
    if (!m->overlap->mark)
        return PRECIS_ENOMEM;
    for (size_t i = 0, k = 0; i < c->nsents; i++)
        if (all ? !c->sents[i].furniture : c->sents[i].eligible)
            m->sentence_of[k++] = (uint32_t)i;
    /* the concepts of candidates (about nine in ten on news): only theirs
     * are weighed */
    if (n < c->nsents) {
        uint8_t *live = pc_arena_calloc(a, m->concepts.n + 1, 1);
        if (!live)
            return PRECIS_ENOMEM;
        for (size_t i = 0; i < n; i++) {
            /* locals: a byte store could alias the lists */
            const pc_concept_list *list = pc_cand_concepts(m, &m->concepts, i);
            const uint32_t *ids = list->ids;
            for (uint32_t k = 0, n_ids = list->n; k < n_ids; k++)
                live[ids[k]] = 1;
        }
        m->concepts.live = live;
    }

    /* Sentence frequency over candidates, and term counts per candidate. */
    memset(last, 0xFF, (m->nterms + 1) * sizeof *last);
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        for (uint32_t t = 0; t < s->ntok; t++) {
            uint32_t id = s->tok[t];
            if (!c->vocab.stop[id] && last[id] != i) {
                last[id] = (uint32_t)i;
                m->sentence_freq[id]++;
            }
        }
    }
    /* idf depends on the count alone: counts below 64 (nearly all) take it
     * from a table of the same expression */
    float idf_of[64];
    for (size_t k = 1; k < 64; k++)
        idf_of[k] = (float)log((double)(n + 1) / (double)k);
    idf_of[0] = 0.0f;
    for (size_t t = 0; t < m->nterms; t++) {
        uint32_t sf = m->sentence_freq[t];
        m->idf[t] = sf < 64 ? idf_of[sf] : (float)log((double)(n + 1) / (double)sf);
    }

    /* tf-idf vectors of content terms, sorted by id. */
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        pc_termvec *v = &m->tfidf[i];
        v->term = pc_arena_alloc(a, (s->ntok + 1) * sizeof *v->term);
        v->weight = pc_arena_alloc(a, (s->ntok + 1) * sizeof *v->weight);
        if (!v->term || !v->weight)
            return PRECIS_ENOMEM;
        uint32_t k = 0;
        for (uint32_t t = 0; t < s->ntok; t++)
            if (!c->vocab.stop[s->tok[t]])
                v->term[k++] = s->tok[t];
        pc_sort_u32(v->term, k);
        uint32_t u = 0;
        double norm = 0;
        for (uint32_t j = 0; j < k;) {
            uint32_t id = v->term[j], tf = 0;
            while (j < k && v->term[j] == id) {
                j++;
                tf++;
            }
            v->term[u] = id;
            v->weight[u] = (float)tf * m->idf[id];
            norm += (double)v->weight[u] * v->weight[u];
            u++;
        }
        v->n = u;
        v->norm = (float)sqrt(norm);
        m->cand_concepts[i] = m->concepts.by_sentence[m->sentence_of[i]];
    }
    m->standalone = pc_arena_calloc(a, m->ncandidates + 1, 1);
    m->standalone_prev = pc_arena_alloc(a, (m->ncandidates + 1) * sizeof *m->standalone_prev);
    m->first_person = pc_arena_calloc(a, m->ncandidates + 1, 1);
    if (!m->standalone || !m->standalone_prev || !m->first_person)
        return PRECIS_ENOMEM;
    pc_standalone(m, m->standalone, m->standalone_prev);
    return pc_quotes_build(m);
}

double pc_termvec_cos(const pc_termvec *a, const pc_termvec *b)
{
    if (!a->n || !b->n || a->norm <= 0 || b->norm <= 0)
        return 0;
    double dot = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->term[i] < b->term[j]) {
            i++;
        } else if (a->term[i] > b->term[j]) {
            j++;
        } else {
            dot += (double)a->weight[i++] * b->weight[j++];
        }
    }
    return dot / ((double)a->norm * b->norm);
}

void pc_overlap_mark(const pc_model *m, size_t i)
{
    pc_overlap_marks *o = m->overlap;
    if (++o->stamp == 0) { /* wrapped: stamps of 2^32 - 1 marks ago are stale */
        memset(o->mark, 0, (m->concepts.n + 1) * sizeof *o->mark);
        o->stamp = 1;
    }
    const pc_concept_list *a = &m->cand_concepts[i];
    for (uint32_t t = 0; t < a->n; t++)
        o->mark[a->ids[t]] = o->stamp;
    o->nmarked = a->n;
    o->nwords = UINT32_MAX;
    o->marked = i;
}

double pc_overlap_with(const pc_model *m, size_t j)
{
    const pc_overlap_marks *o = m->overlap;
    const pc_concept_list *b = &m->cand_concepts[j];
    if (!o->nmarked || !b->n)
        return 0;
    uint32_t common = 0;
    for (uint32_t t = 0; t < b->n; t++)
        common += o->mark[b->ids[t]] == o->stamp;
    return (double)common / (double)(o->nmarked < b->n ? o->nmarked : b->n);
}

/* Whether the marked candidate has a number (a term with a digit) that j
 * lacks: a count, a score or a date of its own is a new fact.  Called only
 * for a pair that shares PC_EVENT_WORDS words: quadratic in the two
 * sentences' concepts at worst, linear in practice (few have a digit). */
static int new_number(const pc_model *m, size_t j)
{
    const pc_concepts *cs = &m->concepts;
    const pc_concept_list *a = &m->cand_concepts[m->overlap->marked];
    const pc_concept_list *b = &m->cand_concepts[j];
    for (uint32_t t = 0; t < a->n; t++) {
        uint32_t id = a->ids[t];
        if (cs->is_bigram[id] || !(cs->terms.bits[cs->key[id] - 1] & PC_TERM_DIGIT))
            continue;
        uint32_t u = 0;
        while (u < b->n && b->ids[u] != id)
            u++;
        if (u == b->n)
            return 1;
    }
    return 0;
}

/* The event test of pc_repeats for a pair with PC_EVENT_WORDS concepts in
 * common, out of line: the many pairs that share fewer do not pay for its
 * registers. */
int pc_told_again(const pc_model *m, size_t j, double limit, uint32_t common)
{
    pc_overlap_marks *o = m->overlap;
    const pc_concept_list *b = &m->cand_concepts[j];
    /* the words in common are among the concepts in common: the
     * candidate's words counted, and then theirs, only when the concepts
     * in common are enough */
    const uint8_t *bigram = m->concepts.is_bigram;
    if (o->nwords == UINT32_MAX) {
        const pc_concept_list *a = &m->cand_concepts[o->marked];
        o->nwords = 0;
        for (uint32_t t = 0; t < a->n; t++)
            o->nwords += !bigram[a->ids[t]];
    }
    double share = limit * PC_EVENT_SHARE < 1.0 ? limit * PC_EVENT_SHARE : 1.0;
    double need = share * (double)o->nwords;
    if ((double)common < need)
        return 0;
    uint32_t words = 0;
    for (uint32_t t = 0; t < b->n; t++)
        words += o->mark[b->ids[t]] == o->stamp && !bigram[b->ids[t]];
    if (words < PC_EVENT_WORDS)
        return 0;
    return (double)words >= need && !new_number(m, j) ? 2 : 0;
}

/* The figure of term t: its leading digits with the separators between
 * them ("38", "17.8", "9,000"; "48" of the Greek "48ωρη", a 48-hour
 * strike), or the digits of a number word of a language of the cluster
 * ("three", Russian "трех": PC_TERM_NUMBER); 0 bytes when t is neither. */
static size_t figure_of(const pc_model *m, uint32_t t, const char **s)
{
    const pc_term_traits *tt = &m->concepts.terms;
    if (tt->bits[t] & PC_TERM_NUMBER) {
        for (size_t k = 0; k < tt->nnumbers; k++)
            if (tt->number_term[k] == t) {
                *s = tt->number_digits[k];
                return strlen(*s);
            }
        return 0;
    }
    if (!(tt->bits[t] & PC_TERM_FIGURE))
        return 0;
    const char *str = m->c->vocab.terms[t].str;
    size_t n = 0;
    while ((str[n] >= '0' && str[n] <= '9') ||
           ((str[n] == '.' || str[n] == ',') && str[n + 1] >= '0' && str[n + 1] <= '9'))
        n++;
    *s = str;
    return n;
}

/* The figures of concept k, at most two (a bigram's two words): digits
 * from unigrams (a figure's bigrams, "38 million", contain its unigram),
 * number words from both, as many languages list theirs as stopwords,
 * which make no unigram ("три пункта": a bigram alone). */
static size_t figures_of(const pc_model *m, uint32_t k, const char *f[2], size_t len[2])
{
    const pc_concepts *cs = &m->concepts;
    uint64_t key = cs->key[k];
    if (!cs->is_bigram[k])
        return (len[0] = figure_of(m, (uint32_t)(key - 1), &f[0])) != 0;
    if (!cs->terms.stop_numbers) /* a number word that is no stopword has its unigram */
        return 0;
    size_t n = 0;
    uint32_t t[2] = {(uint32_t)(key >> 32) - 1, (uint32_t)key - 1};
    for (int i = 0; i < 2; i++)
        if ((cs->terms.bits[t[i]] & (PC_TERM_NUMBER | PC_TERM_STOP)) ==
                (PC_TERM_NUMBER | PC_TERM_STOP) &&
            (len[n] = figure_of(m, t[i], &f[n])) != 0)
            n++;
    return n;
}

/* Called only for a pair whose overlap falls between the figure share of
 * the limit and the limit, so it costs nothing to the other pairs: each
 * figure of j against each of the marked candidate (a sentence has few).
 * Two figures are the same when their digits are ("48" and "48-hour"
 * alike; "eight" and "8"). */
int pc_shares_figure(const pc_model *m, size_t j)
{
    const pc_concept_list *a = &m->cand_concepts[m->overlap->marked];
    const pc_concept_list *b = &m->cand_concepts[j];
    for (uint32_t u = 0; u < b->n; u++) {
        const char *fb[2];
        size_t nb[2], kb = figures_of(m, b->ids[u], fb, nb);
        for (size_t x = 0; x < kb; x++)
            for (uint32_t t = 0; t < a->n; t++) {
                const char *fa[2];
                size_t na[2], ka = figures_of(m, a->ids[t], fa, na);
                for (size_t y = 0; y < ka; y++)
                    if (na[y] == nb[x] && memcmp(fa[y], fb[x], na[y]) == 0)
                        return 1;
            }
    }
    return 0;
}
