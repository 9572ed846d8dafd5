/* Budgeted, redundancy-aware selection, and output order. */
#ifndef PRECIS_SELECT_H
#define PRECIS_SELECT_H
#include "rank/rank.h"

/* Chooses candidates for the summary: first the method's explicit picks,
 * then the rest by descending score; a candidate that does not fit the
 * remaining budget is skipped (never cut), one whose content overlaps a
 * chosen one by o->redundancy or more is skipped.  If nothing fits, the
 * best-scoring shortest candidate is taken alone, so the summary is never
 * empty while the cluster has a sentence.  Writes candidate indices to
 * `out` (m->ncandidates entries) and returns their number, or SIZE_MAX when out of
 * memory. */
size_t pc_select(const pc_model *m, const pc_ranking *r, const precis_options *o, uint32_t *out);

/* Sorts chosen candidates for output: source order (document, position) or
 * by score. */
void pc_order(const pc_model *m, const pc_ranking *r, precis_order order, uint32_t *chosen,
              size_t n);
#endif
