#ifndef PRECIS_RANK_GREEDY_H
#define PRECIS_RANK_GREEDY_H
#include "model/concepts.h"
#include "rank/rank.h"

/* Greedy budgeted maximum coverage of concepts `cs` weighted by `w`: picks
 * the candidate with the largest uncovered weight per cost^cost_exp until
 * nothing fits, then keeps the better of that and the best single candidate
 * (Khuller, Moss & Naor 1999).  Fills r->pick and r->score (initial gain per
 * scaled cost).  Weights must be non-negative (the greedy is lazy: see
 * greedy.c).  O(candidates x concepts per sentence) for the first gains,
 * then about O(log candidates) per recomputed gain. */
precis_status pc_greedy_cover(const pc_model *m, const precis_options *o, const pc_concepts *cs,
                              const double *w, double cost_exp, pc_ranking *r);
/* Same, with the weight of candidate i's unigram concepts multiplied by
 * scale[i] and of its bigram concepts by scale_bi[i] (priors; scale_bi NULL:
 * scale for both; scale NULL: no scaling). */
precis_status pc_greedy_cover_scaled(const pc_model *m, const precis_options *o,
                                     const pc_concepts *cs, const double *w, const double *scale,
                                     const double *scale_bi, double cost_exp, pc_ranking *r);

/* The concepts and weights of the `coverage` method (and of `ilp`, which
 * solves the same objective exactly): stemmed bigrams weighted by document
 * support.  *w (cs->n entries) is allocated in m->arena.  Returns
 * PRECIS_ENOMEM. */
precis_status pc_coverage_concepts(const pc_model *m, pc_concepts *cs, double **w);

/* Total weight of the concepts the candidates pick[0..n) cover.  Compares
 * every pair of picks: O(n^2 x concepts per sentence^2), for summaries. */
double pc_cover_value(const pc_model *m, const pc_concepts *cs, const double *w,
                      const uint32_t *pick, size_t n);
#endif
