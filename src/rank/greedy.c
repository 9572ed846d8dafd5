/* Greedy budgeted maximum coverage, shared by the concept methods. */
#include <math.h>
#include <string.h>

#include "rank/greedy.h"

precis_status pc_greedy_cover(const pc_model *m, const precis_options *o, const pc_concepts *cs,
                              const double *w, double cost_exp, pc_ranking *r)
{
    return pc_greedy_cover_scaled(m, o, cs, w, NULL, NULL, cost_exp, r);
}

/* Gain of candidate i: the weight of its concepts not yet covered (all of
 * them when covered is NULL), scaled by type. */
static double gain(const pc_model *m, const pc_concepts *cs, const double *w, const double *su,
                   const double *sb, const uint8_t *covered, size_t i)
{
    uint32_t si = m->sent[i];
    double g = 0;
    if (!su) {
        for (uint32_t k = 0; k < cs->nsc[si]; k++)
            if (!covered || !covered[cs->sc[si][k]])
                g += w[cs->sc[si][k]];
        return g;
    }
    double gu = 0, gb = 0;
    for (uint32_t k = 0; k < cs->nsc[si]; k++) {
        uint32_t id = cs->sc[si][k];
        if (covered && covered[id])
            continue;
        if (pc_concept_is_bigram(cs, id))
            gb += w[id];
        else
            gu += w[id];
    }
    return gu * su[i] + gb * (sb ? sb[i] : su[i]);
}

precis_status pc_greedy_cover_scaled(const pc_model *m, const precis_options *o,
                                     const pc_concepts *cs, const double *w, const double *scale,
                                     const double *scale_bi, double cost_exp, pc_ranking *r)
{
    size_t n = m->n;
    double *cost = pc_arena_alloc(m->a, (n + 1) * sizeof *cost);
    double *den = pc_arena_alloc(m->a, (n + 1) * sizeof *den);
    uint8_t *used = pc_arena_calloc(m->a, n + 1, 1);
    uint8_t *covered = pc_arena_calloc(m->a, cs->n + 1, 1);
    if (!cost || !den || !used || !covered)
        return PRECIS_ENOMEM;
    size_t best1 = SIZE_MAX;
    double best1_gain = 0;
    for (size_t i = 0; i < n; i++) {
        cost[i] = (double)pc_cost(m, i, o);
        if (cost[i] <= 0)
            cost[i] = 1;
        den[i] = pow(cost[i], cost_exp);
        double g = gain(m, cs, w, scale, scale_bi, NULL, i);
        /* a tiny position prior breaks ties toward earlier sentences */
        r->score[i] = g / den[i] + 1e-6 / (1.0 + pc_model_sent(m, i)->pos);
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
            double g = gain(m, cs, w, scale, scale_bi, covered, i);
            double ratio = g / den[i];
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
        got += best_gain;
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
