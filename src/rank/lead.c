/* lead: the first sentence of each document in turn, then the second of
 * each, and so on (round-robin lead, the standard multi-document baseline). */
#include "rank/rank.h"

precis_status pc_rank_lead(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    (void)o;
    size_t ndocs = m->c->ndocs ? m->c->ndocs : 1;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        /* candidate position within its document among candidates */
        double rank = (double)s->pos * (double)ndocs + (double)s->doc;
        r->score[i] = 1.0 / (1.0 + rank);
    }
    return PRECIS_OK;
}
