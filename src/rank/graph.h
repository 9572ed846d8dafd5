/* Sentence graphs shared by the graph methods (lexrank, textrank,
 * submodular): the capped node set and PageRank by power iteration. */
#ifndef PRECIS_RANK_GRAPH_H
#define PRECIS_RANK_GRAPH_H
#include "rank/rank.h"

/* The candidates entering a quadratic step: all of them when there are at
 * most `cap`, else the `cap` earliest by position within their document,
 * round robin over documents, so every document is represented.  Fills
 * node[0..*k) with candidate indices in increasing order; `node` holds
 * m->ncandidates entries.  Returns PRECIS_ENOMEM. */
precis_status pc_graph_nodes(const pc_model *m, size_t cap, uint32_t *node, size_t *k);

/* Stationary distribution p[0..k) of the random walk with damping `d` over
 * the dense k x k weight matrix w (row i: out-edges of node i, normalised by
 * the row sum; a node without out-edges jumps uniformly), by power iteration
 * from the uniform vector until the L1 change is below 1e-6 or 100
 * iterations.  O(iterations x k^2).  Returns PRECIS_ENOMEM. */
precis_status pc_pagerank(pc_arena *a, const float *w, size_t k, double d, double *p);

/* Weight of the edge between candidates a and b (a != b); `ctx` is the
 * method's. */
typedef float (*pc_edge_fn)(const pc_model *m, uint32_t a, uint32_t b, void *ctx);

/* The whole graph method: the capped node set (o->max_graph_sentences), the
 * symmetric weight matrix from `edge` with `self` on the diagonal, PageRank
 * with damping `d`, and the stationary probability as each node's score
 * (candidates outside the graph score 0).  O(k^2) edges.  Returns
 * PRECIS_ENOMEM. */
precis_status pc_graph_rank(const pc_model *m, const precis_options *o, pc_edge_fn edge, void *ctx,
                            float self, double d, pc_ranking *r);
#endif
