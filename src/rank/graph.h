/* Sentence graphs shared by the graph methods (lexrank, textrank,
 * submodular): the capped node set and PageRank by power iteration. */
#ifndef PRECIS_RANK_GRAPH_H
#define PRECIS_RANK_GRAPH_H
#include "rank/rank.h"

/* The candidates entering a quadratic step: all of them when there are at
 * most `cap`, else the `cap` earliest by position within their document,
 * round robin over documents, so every document is represented.  Fills
 * node[0..*k) with candidate indices in increasing order; `node` holds
 * m->n entries.  Returns PRECIS_ENOMEM. */
precis_status pc_graph_nodes(const pc_model *m, size_t cap, uint32_t *node, size_t *k);

/* Stationary distribution p[0..k) of the random walk with damping `d` over
 * the dense k x k weight matrix w (row i: out-edges of node i, normalised by
 * the row sum; a node without out-edges jumps uniformly), by power iteration
 * from the uniform vector until the L1 change is below 1e-6 or 100
 * iterations.  O(iterations x k^2).  Returns PRECIS_ENOMEM. */
precis_status pc_pagerank(pc_arena *a, const float *w, size_t k, double d, double *p);
#endif
