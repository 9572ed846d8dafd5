/* textrank: TextRank for sentence extraction (Mihalcea & Tarau 2004,
 * "TextRank: bringing order into texts").  Sentences are nodes; the edge
 * between two sentences weighs the content words they share, normalised by
 * their lengths: |{w : w in Si and w in Sj}| / (log |Si| + log |Sj|), with
 * |S| counted in words and content words being the stemmed non-stopword
 * terms of the tf-idf vectors.  The score is weighted PageRank with damping
 * 0.85 over this graph (no self-loops).  The graph is quadratic: it is capped
 * at max_graph_sentences candidates (earliest positions first, round robin
 * over documents, as for lexrank); the others score 0. */
#include <math.h>

#include "rank/graph.h"

#define DAMPING 0.85

/* Terms two sorted id lists share. */
static uint32_t common(const pc_svec *a, const pc_svec *b)
{
    uint32_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        if (a->id[i] == b->id[j]) {
            n++;
            i++;
            j++;
        } else if (a->id[i] < b->id[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

precis_status pc_rank_textrank(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    size_t cap = o->max_graph_sentences ? o->max_graph_sentences : 2000;
    uint32_t *node = pc_arena_alloc(m->a, (m->n + 1) * sizeof *node);
    if (!node)
        return PRECIS_ENOMEM;
    size_t k;
    precis_status st = pc_graph_nodes(m, cap, node, &k);
    if (st || k == 0)
        return st;
    float *w = pc_arena_alloc(m->a, k * k * sizeof *w);
    double *loglen = pc_arena_alloc(m->a, k * sizeof *loglen);
    double *p = pc_arena_alloc(m->a, k * sizeof *p);
    if (!w || !loglen || !p)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < k; i++) {
        uint32_t words = pc_model_sent(m, node[i])->words;
        loglen[i] = log(words ? (double)words : 1.0);
    }
    for (size_t i = 0; i < k; i++) {
        w[i * k + i] = 0.0f;
        for (size_t j = i + 1; j < k; j++) {
            double norm = loglen[i] + loglen[j];
            uint32_t c = common(&m->vec[node[i]], &m->vec[node[j]]);
            /* two one-word sentences have no length to normalise by */
            float e = c && norm > 0 ? (float)(c / norm) : 0.0f;
            w[i * k + j] = w[j * k + i] = e;
        }
    }
    st = pc_pagerank(m->a, w, k, DAMPING, p);
    if (st)
        return st;
    for (size_t i = 0; i < k; i++)
        r->score[node[i]] = p[i];
    return PRECIS_OK;
}
