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
static double gain(const pc_model *m, const pc_concepts *cs, const double *w,
                   const double *scale_uni, const double *scale_bi, const uint8_t *covered,
                   size_t i)
{
    const pc_concept_list *concepts = pc_cand_concepts(m, cs, i);
    double g = 0;
    if (!scale_uni) {
        for (uint32_t k = 0; k < concepts->n; k++)
            if (!covered || !covered[concepts->ids[k]])
                g += w[concepts->ids[k]];
        return g;
    }
    double gain_uni = 0, gain_bi = 0;
    for (uint32_t k = 0; k < concepts->n; k++) {
        uint32_t id = concepts->ids[k];
        if (covered && covered[id])
            continue;
        if (pc_concept_is_bigram(cs, id))
            gain_bi += w[id];
        else
            gain_uni += w[id];
    }
    return gain_uni * scale_uni[i] + gain_bi * (scale_bi ? scale_bi[i] : scale_uni[i]);
}

/* A candidate's last computed gain and gain per scaled cost, and the round
 * (number of picks made) it was computed in. */
typedef struct bound {
    double ratio, gain;
    uint32_t i, round;
} bound;

/* Heap order: higher ratio first, then lower index (the plain greedy's
 * scan keeps the first of equal ratios). */
static int above(const bound *a, const bound *b)
{
    return a->ratio > b->ratio || (a->ratio == b->ratio && a->i < b->i);
}

static void sift_down(bound *h, size_t n, size_t k)
{
    bound x = h[k];
    for (;;) {
        size_t c = 2 * k + 1;
        if (c >= n)
            break;
        if (c + 1 < n && above(&h[c + 1], &h[c]))
            c++;
        if (!above(&h[c], &x))
            break;
        h[k] = h[c];
        k = c;
    }
    h[k] = x;
}

/* Lazy greedy (Minoux 1978): weights and scales are non-negative, so a
 * candidate's gain only falls as concepts get covered and its last computed
 * ratio bounds its current one.  The candidates wait in a max-heap of those
 * bounds; the top is picked when its ratio is from this round, otherwise
 * recomputed and sifted down.  It picks what recomputing every candidate in
 * every round would, ties included: a top whose ratio is current beats
 * every current ratio below it, and equal ratios go to the lower index. */
precis_status pc_greedy_cover_scaled(const pc_model *m, const precis_options *o,
                                     const pc_concepts *cs, const double *w, const double *scale,
                                     const double *scale_bi, double cost_exp, pc_ranking *r)
{
    size_t n = m->ncandidates;
    double *cost = pc_arena_alloc(m->arena, (n + 1) * sizeof *cost);
    double *den = pc_arena_alloc(m->arena, (n + 1) * sizeof *den);
    bound *heap = pc_arena_alloc(m->arena, (n + 1) * sizeof *heap);
    uint8_t *covered = pc_arena_calloc(m->arena, cs->n + 1, 1);
    if (!cost || !den || !heap || !covered)
        return PRECIS_ENOMEM;
    size_t best1 = SIZE_MAX, nh = 0;
    double best1_gain = 0;
    for (size_t i = 0; i < n; i++) {
        cost[i] = (double)pc_cost(m, i, o);
        if (cost[i] <= 0)
            cost[i] = 1;
        den[i] = pow(cost[i], cost_exp);
        double g = gain(m, cs, w, scale, scale_bi, NULL, i);
        /* a tiny position prior breaks ties toward earlier sentences */
        r->score[i] = g / den[i] + 1e-6 / (1.0 + pc_model_sent(m, i)->pos);
        if (cost[i] <= (double)o->budget && g > 0) {
            heap[nh++] = (bound){g / den[i], g, (uint32_t)i, 0};
            if (g > best1_gain) {
                best1_gain = g;
                best1 = i;
            }
        }
    }
    for (size_t k = nh / 2; k-- > 0;)
        sift_down(heap, nh, k);
    double left = (double)o->budget, got = 0;
    uint32_t round = 0;
    while (nh) {
        bound *t = &heap[0];
        if (cost[t->i] > left || !(t->gain > 0)) { /* out for good: both only fall */
            heap[0] = heap[--nh];
            sift_down(heap, nh, 0);
            continue;
        }
        if (t->round != round) {
            t->gain = gain(m, cs, w, scale, scale_bi, covered, t->i);
            t->ratio = t->gain / den[t->i];
            t->round = round;
            sift_down(heap, nh, 0);
            continue;
        }
        size_t best = t->i;
        left -= cost[best];
        got += t->gain;
        r->pick[r->npick++] = (uint32_t)best;
        const pc_concept_list *concepts = pc_cand_concepts(m, cs, best);
        for (uint32_t k = 0; k < concepts->n; k++)
            covered[concepts->ids[k]] = 1;
        heap[0] = heap[--nh];
        sift_down(heap, nh, 0);
        round++;
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
        const pc_concept_list *ca = pc_cand_concepts(m, cs, pick[a]);
        for (uint32_t k = 0; k < ca->n; k++) {
            uint32_t id = ca->ids[k];
            int seen = 0;
            for (size_t b = 0; b < a && !seen; b++) {
                const pc_concept_list *cb = pc_cand_concepts(m, cs, pick[b]);
                for (uint32_t q = 0; q < cb->n && !seen; q++)
                    seen = cb->ids[q] == id;
            }
            if (!seen)
                v += w[id];
        }
    }
    return v;
}
