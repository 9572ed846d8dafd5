/* centroid: score each sentence by the cosine between its tf-idf vector and
 * the cluster centroid, the mean of all sentence vectors (Radev, Jing, Stys
 * & Tam 2004, "Centroid-based summarization of multiple documents"). */
#include <math.h>

#include "rank/rank.h"

precis_status pc_centroid(const pc_model *m, pc_svec *cen)
{
    *cen = (pc_svec){0};
    float *dense = pc_arena_calloc(m->a, m->nterms + 1, sizeof *dense);
    cen->id = pc_arena_alloc(m->a, (m->nterms + 1) * sizeof *cen->id);
    cen->w = pc_arena_alloc(m->a, (m->nterms + 1) * sizeof *cen->w);
    if (!dense || !cen->id || !cen->w)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < m->n; i++) {
        const pc_svec *v = &m->vec[i];
        for (uint32_t j = 0; j < v->n; j++)
            dense[v->id[j]] += v->w[j];
    }
    double norm = 0;
    for (size_t t = 0; t < m->nterms; t++) {
        if (dense[t] <= 0)
            continue;
        cen->id[cen->n] = (uint32_t)t;
        cen->w[cen->n++] = dense[t];
        norm += (double)dense[t] * dense[t];
    }
    cen->norm = (float)sqrt(norm);
    return PRECIS_OK;
}

precis_status pc_rank_centroid(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    (void)o;
    pc_svec cen;
    precis_status st = pc_centroid(m, &cen);
    if (st)
        return st;
    for (size_t i = 0; i < m->n; i++)
        r->score[i] = pc_svec_cos(&m->vec[i], &cen);
    return PRECIS_OK;
}
