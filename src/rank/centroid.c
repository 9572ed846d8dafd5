/* centroid: score each sentence by the cosine between its tf-idf vector and
 * the cluster centroid, the mean of all sentence vectors (Radev, Jing, Stys
 * & Tam 2004, "Centroid-based summarization of multiple documents"). */
#include <math.h>

#include "rank/rank.h"

precis_status pc_centroid(const pc_model *m, pc_termvec *cen)
{
    *cen = (pc_termvec){0};
    float *dense = pc_arena_calloc(m->arena, m->nterms + 1, sizeof *dense);
    cen->term = pc_arena_alloc(m->arena, (m->nterms + 1) * sizeof *cen->term);
    cen->weight = pc_arena_alloc(m->arena, (m->nterms + 1) * sizeof *cen->weight);
    if (!dense || !cen->term || !cen->weight)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_termvec *v = &m->tfidf[i];
        for (uint32_t j = 0; j < v->n; j++)
            dense[v->term[j]] += v->weight[j];
    }
    double norm = 0;
    for (size_t t = 0; t < m->nterms; t++) {
        if (dense[t] <= 0)
            continue;
        cen->term[cen->n] = (uint32_t)t;
        cen->weight[cen->n++] = dense[t];
        norm += (double)dense[t] * dense[t];
    }
    cen->norm = (float)sqrt(norm);
    return PRECIS_OK;
}

precis_status pc_rank_centroid(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    (void)o;
    pc_termvec cen;
    precis_status st = pc_centroid(m, &cen);
    if (st)
        return st;
    for (size_t i = 0; i < m->ncandidates; i++)
        r->score[i] = pc_termvec_cos(&m->tfidf[i], &cen);
    return PRECIS_OK;
}
