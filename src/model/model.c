#include "model/model.h"
#include "util/sort.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

precis_status pc_model_build(pc_model *m, const precis_cluster *c, pc_arena *a)
{
    memset(m, 0, sizeof *m);
    m->c = c;
    m->a = a;
    m->nterms = c->vocab.nterms;
    size_t n = 0;
    for (size_t i = 0; i < c->nsents; i++)
        n += c->sents[i].eligible;
    int all = n == 0;
    if (all)
        n = c->nsents;
    m->n = n;
    m->sent = pc_arena_alloc(a, (n + 1) * sizeof *m->sent);
    m->sf = pc_arena_calloc(a, m->nterms + 1, sizeof *m->sf);
    m->idf = pc_arena_alloc(a, (m->nterms + 1) * sizeof *m->idf);
    m->vec = pc_arena_calloc(a, n + 1, sizeof *m->vec);
    m->fset = pc_arena_calloc(a, n + 1, sizeof *m->fset);
    m->marks = pc_arena_calloc(a, 1, sizeof *m->marks);
    uint32_t *last = pc_arena_alloc(a, (m->nterms + 1) * sizeof *last);
    if (!m->sent || !m->sf || !m->idf || !m->vec || !m->fset || !m->marks || !last)
        return PRECIS_ENOMEM;
    precis_status st = pc_concepts_build(&m->cs, c, a, 1);
    if (st)
        return st;
    m->marks->mark = pc_arena_calloc(a, m->cs.n + 1, sizeof *m->marks->mark);
    if (!m->marks->mark)
        return PRECIS_ENOMEM;
    for (size_t i = 0, k = 0; i < c->nsents; i++)
        if (all || c->sents[i].eligible)
            m->sent[k++] = (uint32_t)i;
    /* the concepts of candidates (about nine in ten on news): only theirs
     * are weighed */
    if (n < c->nsents) {
        uint8_t *live = pc_arena_calloc(a, m->cs.n + 1, 1);
        if (!live)
            return PRECIS_ENOMEM;
        for (size_t i = 0; i < n; i++) {
            /* locals: a byte store could alias the lists */
            const pc_concept_list *list = &m->cs.by_sentence[m->sent[i]];
            const uint32_t *ids = list->ids;
            for (uint32_t k = 0, n_ids = list->n; k < n_ids; k++)
                live[ids[k]] = 1;
        }
        m->cs.live = live;
    }

    /* Sentence frequency over candidates, and term counts per candidate. */
    memset(last, 0xFF, (m->nterms + 1) * sizeof *last);
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        for (uint32_t t = 0; t < s->ntok; t++) {
            uint32_t id = s->tok[t];
            if (!c->vocab.stop[id] && last[id] != i) {
                last[id] = (uint32_t)i;
                m->sf[id]++;
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
        uint32_t sf = m->sf[t];
        m->idf[t] = sf < 64 ? idf_of[sf] : (float)log((double)(n + 1) / (double)sf);
    }

    /* tf-idf vectors of content terms, sorted by id. */
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        pc_svec *v = &m->vec[i];
        v->id = pc_arena_alloc(a, (s->ntok + 1) * sizeof *v->id);
        v->w = pc_arena_alloc(a, (s->ntok + 1) * sizeof *v->w);
        if (!v->id || !v->w)
            return PRECIS_ENOMEM;
        uint32_t k = 0;
        for (uint32_t t = 0; t < s->ntok; t++)
            if (!c->vocab.stop[s->tok[t]])
                v->id[k++] = s->tok[t];
        pc_sort_u32(v->id, k);
        uint32_t u = 0;
        double norm = 0;
        for (uint32_t j = 0; j < k;) {
            uint32_t id = v->id[j], tf = 0;
            while (j < k && v->id[j] == id) {
                j++;
                tf++;
            }
            v->id[u] = id;
            v->w[u] = (float)tf * m->idf[id];
            norm += (double)v->w[u] * v->w[u];
            u++;
        }
        v->n = u;
        v->norm = (float)sqrt(norm);
        m->fset[i].f = m->cs.by_sentence[m->sent[i]].ids;
        m->fset[i].n = m->cs.by_sentence[m->sent[i]].n;
    }
    return PRECIS_OK;
}

double pc_svec_cos(const pc_svec *a, const pc_svec *b)
{
    if (!a->n || !b->n || a->norm <= 0 || b->norm <= 0)
        return 0;
    double dot = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->id[i] < b->id[j]) {
            i++;
        } else if (a->id[i] > b->id[j]) {
            j++;
        } else {
            dot += (double)a->w[i++] * b->w[j++];
        }
    }
    return dot / ((double)a->norm * b->norm);
}

void pc_overlap_mark(const pc_model *m, size_t i)
{
    pc_marks *k = m->marks;
    if (++k->stamp == 0) { /* wrapped: stamps of 2^32 - 1 marks ago are stale */
        memset(k->mark, 0, (m->cs.n + 1) * sizeof *k->mark);
        k->stamp = 1;
    }
    const pc_fset *a = &m->fset[i];
    for (uint32_t t = 0; t < a->n; t++)
        k->mark[a->f[t]] = k->stamp;
    k->n = a->n;
}

double pc_overlap_with(const pc_model *m, size_t j)
{
    const pc_marks *k = m->marks;
    const pc_fset *b = &m->fset[j];
    if (!k->n || !b->n)
        return 0;
    uint32_t common = 0;
    for (uint32_t t = 0; t < b->n; t++)
        common += k->mark[b->f[t]] == k->stamp;
    return (double)common / (double)(k->n < b->n ? k->n : b->n);
}
