/* coverage: concept coverage after Gillick & Favre (2009), "A scalable
 * global model for summarization".  Concepts are stemmed word bigrams (not
 * both stopwords), weighted by the number of documents that contain them
 * (occurrences when the cluster has one document); concepts without
 * cross-document support are dropped when any have it.  The summary
 * maximises the total weight of covered concepts under the budget, solved
 * greedily by gain per word with the best-single-sentence check (`ilp`
 * solves the same problem exactly). */
#include "rank/greedy.h"

precis_status pc_coverage_concepts(const pc_model *m, pc_concepts *cs, double **wout)
{
    precis_status st = pc_concepts_build(cs, m->c, m->arena, 0);
    if (st)
        return st;
    double *w = pc_arena_alloc(m->arena, (cs->n + 1) * sizeof *w);
    if (!w)
        return PRECIS_ENOMEM;
    size_t strong = 0;
    for (size_t k = 0; k < cs->n; k++) {
        w[k] = cs->ndocs > 1 ? cs->stats[k].df : cs->stats[k].tf;
        strong += w[k] >= 2;
    }
    if (strong)
        for (size_t k = 0; k < cs->n; k++)
            if (w[k] < 2)
                w[k] = 0;
    *wout = w;
    return PRECIS_OK;
}

precis_status pc_rank_coverage(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    pc_concepts cs;
    double *w;
    precis_status st = pc_coverage_concepts(m, &cs, &w);
    if (st)
        return st;
    return pc_greedy_cover(m, o, &cs, w, 1.0, r);
}
