/* lexrank: continuous LexRank (Erkan & Radev 2004, "LexRank: graph-based
 * lexical centrality as salience in text summarization").  Sentences are
 * nodes, edges weighted by tf-idf cosine; the score is the stationary
 * distribution of a random walk with damping 0.85 over the row-normalised
 * graph, found by power iteration.  Building the graph is quadratic: it is
 * capped at max_graph_sentences candidates (earliest positions first, round
 * robin over documents); the others score 0. */
#include "rank/graph.h"

#define DAMPING 0.85

precis_status pc_rank_lexrank(const pc_model *m, const precis_options *o, pc_ranking *r)
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
    double *p = pc_arena_alloc(m->a, k * sizeof *p);
    if (!w || !p)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < k; i++) {
        w[i * k + i] = 1.0f;
        for (size_t j = i + 1; j < k; j++) {
            float c = (float)pc_svec_cos(&m->vec[node[i]], &m->vec[node[j]]);
            w[i * k + j] = w[j * k + i] = c;
        }
    }
    st = pc_pagerank(m->a, w, k, DAMPING, p);
    if (st)
        return st;
    for (size_t i = 0; i < k; i++)
        r->score[node[i]] = p[i];
    return PRECIS_OK;
}
