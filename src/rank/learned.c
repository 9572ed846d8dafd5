/* learned: concept coverage with learned concept weights.  Concepts are
 * content unigrams and stemmed bigrams; the weight of a concept is the
 * probability that a human summary contains it, predicted by a logistic
 * regression on scale-free features of the concept in the cluster (document
 * support, relative frequency, earliest and mean position, lead share, ...;
 * see pc_concept_features) learned from Multi-News train by tools/train.c,
 * in the spirit of Li, Qian & Liu (2013), "Using supervised bigram-based ILP
 * for extractive summarization".  Covering a concept then earns its expected
 * ROUGE-1 or ROUGE-2 hit; the summary maximises the expected hits under the
 * budget by greedy budgeted maximum coverage (gain per word^0.8? see
 * COST_EXP) with the best-single-sentence check. */
#include <math.h>

#include "rank/greedy.h"

#include "rank/learned_weights.inc"

#define COST_EXP 1.0

precis_status pc_rank_learned(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    pc_concepts cs;
    precis_status st = pc_concepts_build(&cs, m->c, m->a, 1);
    if (st)
        return st;
    double *w = pc_arena_alloc(m->a, (cs.n + 1) * sizeof *w);
    if (!w)
        return PRECIS_ENOMEM;
    double f[PC_NFEAT];
    for (size_t k = 0; k < cs.n; k++) {
        pc_concept_features(&cs, m->c, k, f);
        double z = 0;
        for (int j = 0; j < PC_NFEAT; j++)
            z += learned_weights[j] * f[j];
        w[k] = 1.0 / (1.0 + exp(-z));
    }
    return pc_greedy_cover(m, o, &cs, w, COST_EXP, r);
}
