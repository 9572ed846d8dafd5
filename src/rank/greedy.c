/* Greedy budgeted maximum coverage, shared by the concept methods. */
#include <math.h>
#include <string.h>

#include "rank/greedy.h"

precis_status pc_greedy_cover(const pc_model *m, const precis_options *o, const pc_concepts *cs,
                              const double *w, double cost_exp, pc_ranking *r)
{
    return pc_greedy_cover_scaled(m, o, cs, w, NULL, cost_exp, r);
}

precis_status pc_greedy_cover_scaled(const pc_model *m, const precis_options *o,
                                     const pc_concepts *cs, const double *w, const double *scale,
                                     double cost_exp, pc_ranking *r)
{
    size_t n = m->n;
    double *cost = pc_arena_alloc(m->a, (n + 1) * sizeof *cost);
    double *scaled = pc_arena_alloc(m->a, (n + 1) * sizeof *scaled);
    uint8_t *used = pc_arena_calloc(m->a, n + 1, 1);
    uint8_t *covered = pc_arena_calloc(m->a, cs->n + 1, 1);
    if (!cost || !scaled || !used || !covered)
        return PRECIS_ENOMEM;
    size_t best1 = SIZE_MAX;
    double best1_gain = 0;
    for (size_t i = 0; i < n; i++) {
        cost[i] = (double)pc_cost(m, i, o);
        if (cost[i] <= 0)
            cost[i] = 1;
        scaled[i] = pow(cost[i], cost_exp) / (scale ? scale[i] : 1.0);
        uint32_t si = m->sent[i];
        double g = 0;
        for (uint32_t k = 0; k < cs->nsc[si]; k++)
            g += w[cs->sc[si][k]];
        /* a tiny position prior breaks ties toward earlier sentences */
        r->score[i] = g / scaled[i] + 1e-6 / (1.0 + m->c->sents[si].pos);
        g *= scale ? scale[i] : 1.0;
        if (cost[i] <= (double)o->budget && g > best1_gain) {
            best1_gain = g;
            best1 = i;
        }
    }
    double left = (double)o->budget, got = 0;
    for (;;) {
        size_t best = SIZE_MAX;
        double best_ratio = 0, best_gain = 0;
        for (size_t i = 0; i < n; i++) {
            if (used[i] || cost[i] > left)
                continue;
            uint32_t si = m->sent[i];
            double g = 0;
            for (uint32_t k = 0; k < cs->nsc[si]; k++)
                if (!covered[cs->sc[si][k]])
                    g += w[cs->sc[si][k]];
            double ratio = g / scaled[i];
            if (g > 0 && ratio > best_ratio) {
                best_ratio = ratio;
                best_gain = g;
                best = i;
            }
        }
        if (best == SIZE_MAX)
            break;
        used[best] = 1;
        left -= cost[best];
        got += best_gain * (scale ? scale[best] : 1.0);
        r->pick[r->npick++] = (uint32_t)best;
        uint32_t si = m->sent[best];
        for (uint32_t k = 0; k < cs->nsc[si]; k++)
            covered[cs->sc[si][k]] = 1;
    }
    if (best1 != SIZE_MAX && best1_gain > got) {
        r->pick[0] = (uint32_t)best1;
        r->npick = 1;
    }
    return PRECIS_OK;
}

double pc_cover_value(const pc_model *m, const pc_concepts *cs, const double *w,
                      const uint32_t *pick, size_t n)
{
    /* candidates are few: a linear scan of the earlier picks suffices */
    double v = 0;
    for (size_t a = 0; a < n; a++) {
        uint32_t sa = m->sent[pick[a]];
        for (uint32_t k = 0; k < cs->nsc[sa]; k++) {
            uint32_t id = cs->sc[sa][k];
            int seen = 0;
            for (size_t b = 0; b < a && !seen; b++) {
                uint32_t sb = m->sent[pick[b]];
                for (uint32_t q = 0; q < cs->nsc[sb] && !seen; q++)
                    seen = cs->sc[sb][q] == id;
            }
            if (!seen)
                v += w[id];
        }
    }
    return v;
}
