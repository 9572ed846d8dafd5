#include "rank/graph.h"

#include <math.h>
#include <stdlib.h>

#define MAX_ITER 100
#define EPS 1e-6

typedef struct pos_key {
    uint64_t key; /* position, then document */
    uint32_t idx;
} pos_key;

static int by_key(const void *a, const void *b)
{
    const pos_key *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int by_index(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

precis_status pc_graph_nodes(const pc_model *m, size_t cap, uint32_t *node, size_t *k)
{
    size_t n = m->ncandidates;
    *k = 0;
    if (n <= cap) {
        for (size_t i = 0; i < n; i++)
            node[i] = (uint32_t)i;
        *k = n;
        return PRECIS_OK;
    }
    pos_key *keys = pc_arena_alloc(m->arena, n * sizeof *keys);
    if (!keys)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        keys[i].key = (uint64_t)s->pos << 32 | s->doc;
        keys[i].idx = (uint32_t)i;
    }
    qsort(keys, n, sizeof *keys, by_key);
    for (size_t i = 0; i < cap; i++)
        node[i] = keys[i].idx;
    qsort(node, cap, sizeof *node, by_index);
    *k = cap;
    return PRECIS_OK;
}

precis_status pc_pagerank(pc_arena *a, const float *w, size_t k, double d, double *p)
{
    if (k == 0)
        return PRECIS_OK;
    double *rowsum = pc_arena_calloc(a, k, sizeof *rowsum);
    double *q = pc_arena_alloc(a, k * sizeof *q);
    if (!rowsum || !q)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++)
            rowsum[i] += w[i * k + j];
    for (size_t i = 0; i < k; i++)
        p[i] = 1.0 / (double)k;
    for (int it = 0; it < MAX_ITER; it++) {
        for (size_t j = 0; j < k; j++)
            q[j] = (1.0 - d) / (double)k;
        double dangling = 0;
        for (size_t i = 0; i < k; i++) {
            if (rowsum[i] <= 0) {
                dangling += d * p[i];
                continue;
            }
            double share = d * p[i] / rowsum[i];
            const float *row = w + i * k;
            for (size_t j = 0; j < k; j++)
                q[j] += share * row[j];
        }
        if (dangling > 0)
            for (size_t j = 0; j < k; j++)
                q[j] += dangling / (double)k;
        double diff = 0;
        for (size_t j = 0; j < k; j++) {
            diff += fabs(q[j] - p[j]);
            p[j] = q[j];
        }
        if (diff < EPS)
            break;
    }
    return PRECIS_OK;
}

precis_status pc_graph_rank(const pc_model *m, const precis_options *o, pc_edge_fn edge, void *ctx,
                            float self, double d, pc_ranking *r)
{
    size_t cap = o->max_graph_sentences ? o->max_graph_sentences : 2000;
    uint32_t *node = pc_arena_alloc(m->arena, (m->ncandidates + 1) * sizeof *node);
    if (!node)
        return PRECIS_ENOMEM;
    size_t k;
    precis_status st = pc_graph_nodes(m, cap, node, &k);
    if (st || k == 0)
        return st;
    float *w = pc_arena_alloc(m->arena, k * k * sizeof *w);
    double *p = pc_arena_alloc(m->arena, k * sizeof *p);
    if (!w || !p)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < k; i++) {
        w[i * k + i] = self;
        for (size_t j = i + 1; j < k; j++)
            w[i * k + j] = w[j * k + i] = edge(m, node[i], node[j], ctx);
    }
    st = pc_pagerank(m->arena, w, k, d, p);
    if (st)
        return st;
    for (size_t i = 0; i < k; i++)
        r->score[node[i]] = p[i];
    return PRECIS_OK;
}
