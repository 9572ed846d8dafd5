/* lexrank: continuous LexRank (Erkan & Radev 2004, "LexRank: graph-based
 * lexical centrality as salience in text summarization").  Sentences are
 * nodes, edges weighted by tf-idf cosine; the score is the stationary
 * distribution of a random walk with damping 0.85 over the row-normalised
 * graph, found by power iteration.  Building the graph is quadratic: it is
 * capped at max_graph_sentences candidates (earliest positions first, round
 * robin over documents); the others score 0. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rank/rank.h"

#define DAMPING 0.85
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

precis_status pc_rank_lexrank(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    size_t n = m->n;
    size_t cap = o->max_graph_sentences ? o->max_graph_sentences : 2000;
    /* Candidates are in document order; pick the graph's nodes by position
     * so every document is represented when the cap bites. */
    uint32_t *node = pc_arena_alloc(m->a, (n + 1) * sizeof *node);
    if (!node)
        return PRECIS_ENOMEM;
    size_t k = 0;
    if (n <= cap) {
        for (size_t i = 0; i < n; i++)
            node[k++] = (uint32_t)i;
    } else {
        pos_key *keys = pc_arena_alloc(m->a, n * sizeof *keys);
        if (!keys)
            return PRECIS_ENOMEM;
        for (size_t i = 0; i < n; i++) {
            const pc_sent *s = pc_model_sent(m, i);
            keys[i].key = (uint64_t)s->pos << 32 | s->doc;
            keys[i].idx = (uint32_t)i;
        }
        qsort(keys, n, sizeof *keys, by_key);
        for (k = 0; k < cap; k++)
            node[k] = keys[k].idx;
        qsort(node, k, sizeof *node, by_index);
    }
    if (k == 0)
        return PRECIS_OK;
    float *w = pc_arena_alloc(m->a, k * k * sizeof *w);
    double *rowsum = pc_arena_calloc(m->a, k, sizeof *rowsum);
    double *p = pc_arena_alloc(m->a, k * sizeof *p);
    double *q = pc_arena_alloc(m->a, k * sizeof *q);
    if (!w || !rowsum || !p || !q)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < k; i++) {
        w[i * k + i] = 1.0f;
        for (size_t j = i + 1; j < k; j++) {
            float c = (float)pc_svec_cos(&m->vec[node[i]], &m->vec[node[j]]);
            w[i * k + j] = w[j * k + i] = c;
        }
    }
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++)
            rowsum[i] += w[i * k + j];
    for (size_t i = 0; i < k; i++)
        p[i] = 1.0 / (double)k;
    for (int it = 0; it < MAX_ITER; it++) {
        for (size_t j = 0; j < k; j++)
            q[j] = (1.0 - DAMPING) / (double)k;
        for (size_t i = 0; i < k; i++) {
            double share = DAMPING * p[i] / rowsum[i];
            const float *row = w + i * k;
            for (size_t j = 0; j < k; j++)
                q[j] += share * row[j];
        }
        double diff = 0;
        for (size_t j = 0; j < k; j++) {
            diff += fabs(q[j] - p[j]);
            p[j] = q[j];
        }
        if (diff < EPS)
            break;
    }
    for (size_t i = 0; i < k; i++)
        r->score[node[i]] = p[i];
    return PRECIS_OK;
}
