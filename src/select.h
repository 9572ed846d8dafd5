/* Budgeted, redundancy-aware selection, and output order. */
#ifndef PRECIS_SELECT_H
#define PRECIS_SELECT_H
#include "rank/rank.h"

/* Chooses candidates for the summary: first the opener (the first pick, or
 * best-scored candidate, that fits and can open a summary: see
 * standalone.h), then the method's explicit picks,
 * then the rest by descending score; a candidate that does not fit the
 * remaining budget is skipped (never cut), one whose content overlaps a
 * chosen one by o->redundancy or more is skipped, a broken one (PC_SA_BROKEN)
 * too, and one that needs the sentences before it in its document (it
 * refers back, or ends a quotation they open: pc_sa_chain) is taken only
 * together with them, all fitting and none repeating a chosen one.  If nothing fits, the
 * best-scoring shortest candidate is taken alone, so the summary is never
 * empty while the cluster has a sentence.  Writes candidate indices to
 * `out` (m->ncandidates entries) and returns their number, or SIZE_MAX when out of
 * memory.  With `told` non-zero, a candidate that only retells what the
 * chosen ones say together is skipped too (select.c, retold).  A summary
 * short of its budget then takes fuller tellings in place of chosen
 * sentences whose content they hold and add to (select.c,
 * fuller_tellings). */
size_t pc_select(const pc_model *m, const pc_ranking *r, const precis_options *o, int told,
                 uint32_t *out);

/* Sorts chosen candidates for output: source order (document, position),
 * time, score, or reading order (the opener -- of the chosen sentences that
 * can open a summary, the one nearest the top of its document -- and the
 * chosen sentences right after it in its document, then the rest in source
 * order). */
void pc_order(const pc_model *m, const pc_ranking *r, precis_order order, uint32_t *chosen,
              size_t n);
#endif
