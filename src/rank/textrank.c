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
static uint32_t common(const pc_termvec *a, const pc_termvec *b)
{
    uint32_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        if (a->term[i] == b->term[j]) {
            n++;
            i++;
            j++;
        } else if (a->term[i] < b->term[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

/* Shared content words over the sum of the log lengths; loglen is per
 * candidate. */
static float overlap_edge(const pc_model *m, uint32_t a, uint32_t b, void *ctx)
{
    const double *loglen = ctx;
    double norm = loglen[a] + loglen[b];
    uint32_t c = common(&m->tfidf[a], &m->tfidf[b]);
    /* two one-word sentences have no length to normalise by */
    return c && norm > 0 ? (float)(c / norm) : 0.0f;
}

precis_status pc_rank_textrank(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    double *loglen = pc_arena_alloc(m->arena, (m->ncandidates + 1) * sizeof *loglen);
    if (!loglen)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < m->ncandidates; i++) {
        uint32_t words = pc_model_sent(m, i)->words;
        loglen[i] = log(words ? (double)words : 1.0);
    }
    return pc_graph_rank(m, o, overlap_edge, loglen, 0.0f, DAMPING, r);
}
