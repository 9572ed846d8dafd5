#ifndef PRECIS_RANK_GREEDY_H
#define PRECIS_RANK_GREEDY_H
#include "model/concepts.h"
#include "rank/rank.h"

/* Greedy budgeted maximum coverage of concepts `cs` weighted by `w`: picks
 * the candidate with the largest uncovered weight per cost^cost_exp until
 * nothing fits, then keeps the better of that and the best single candidate
 * (Khuller, Moss & Naor 1999).  Fills r->pick and r->score (initial gain per
 * scaled cost).  O(picked x candidates x concepts per sentence). */
precis_status pc_greedy_cover(const pc_model *m, const precis_options *o, const pc_concepts *cs,
                              const double *w, double cost_exp, pc_ranking *r);
/* Same, with each candidate's gain multiplied by scale[i] (a prior). */
precis_status pc_greedy_cover_scaled(const pc_model *m, const precis_options *o,
                                     const pc_concepts *cs, const double *w, const double *scale,
                                     double cost_exp, pc_ranking *r);
#endif
