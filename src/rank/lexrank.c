/* lexrank: continuous LexRank (Erkan & Radev 2004, "LexRank: graph-based
 * lexical centrality as salience in text summarization").  Sentences are
 * nodes, edges weighted by tf-idf cosine; the score is the stationary
 * distribution of a random walk with damping 0.85 over the row-normalised
 * graph, found by power iteration.  Building the graph is quadratic: it is
 * capped at max_graph_sentences candidates (earliest positions first, round
 * robin over documents); the others score 0. */
#include "rank/graph.h"

#define DAMPING 0.85

static float cosine_edge(const pc_model *m, uint32_t a, uint32_t b, void *ctx)
{
    (void)ctx;
    return (float)pc_termvec_cos(&m->tfidf[a], &m->tfidf[b]);
}

precis_status pc_rank_lexrank(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    return pc_graph_rank(m, o, cosine_edge, NULL, 1.0f, DAMPING, r);
}
