/* Greedy budgeted maximum coverage, shared by the concept methods. */
#include <math.h>
#include <string.h>

#include "model/standalone.h"
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
 * every current ratio below it, and equal ratios go to the lower index.
 *
 * Sentences that cannot stand alone (model/standalone.h) are picked as the
 * selection will take them: a broken one never, the first pick only among
 * those that can open a summary, and one that refers back, or ends a
 * quotation that earlier sentences opened, only together with the run of
 * sentences before it that it needs (pc_sa_chain), picked right before it
 * when the run fits.  Those that must wait leave the heap and come back,
 * their old bound still a bound, when their turn comes: after the first
 * pick, or once the sentence before them is picked. */
precis_status pc_greedy_cover_scaled(const pc_model *m, const precis_options *o,
                                     const pc_concepts *cs, const double *w, const double *scale,
                                     const double *scale_bi, double cost_exp, pc_ranking *r)
{
    size_t n = m->ncandidates;
    double *cost = pc_arena_alloc(m->arena, (n + 1) * sizeof *cost);
    double *den = pc_arena_alloc(m->arena, (n + 1) * sizeof *den);
    bound *heap = pc_arena_alloc(m->arena, (n + 1) * sizeof *heap);
    uint8_t *covered = pc_arena_calloc(m->arena, cs->n + 1, 1);
    const uint8_t *sa = m->standalone;
    const uint32_t *prev = m->standalone_prev;
    uint32_t *next = pc_arena_alloc(m->arena, (n + 1) * sizeof *next);
    bound *waiting =
        pc_arena_alloc(m->arena, (n + 1) * sizeof *waiting);          /* for their predecessor */
    bound *later = pc_arena_alloc(m->arena, (n + 1) * sizeof *later); /* for the first pick */
    uint8_t *is_waiting = pc_arena_calloc(m->arena, n + 1, 1);
    uint8_t *picked = pc_arena_calloc(m->arena, n + 1, 1);
    if (!cost || !den || !heap || !covered || !next || !waiting || !later || !is_waiting || !picked)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < n; i++)
        next[i] = UINT32_MAX;
    for (size_t i = 0; i < n; i++)
        if (prev[i] != UINT32_MAX)
            next[prev[i]] = (uint32_t)i;
    size_t nwait = 0, nlater = 0;
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
        if (cost[i] <= (double)o->budget && g > 0 && !(sa[i] & PC_SA_BROKEN)) {
            heap[nh++] = (bound){g / den[i], g, (uint32_t)i, 0};
            if (g > best1_gain && pc_sa_opener(sa[i]) && pc_sa_may_open(m, (uint32_t)i)) {
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
        if (cost[t->i] > left || !(t->gain > 0) || picked[t->i]) { /* out for good */
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
        uint32_t run[PC_SA_CHAIN];
        size_t nrun = pc_sa_chain(sa, prev, picked, (uint32_t)best, run);
        double run_cost = 0;
        for (size_t k = 0; k < nrun; k++)
            run_cost += cost[run[k]];
        int first = r->npick == 0 && nrun && (nrun > 1 || !pc_sa_may_open(m, (uint32_t)best));
        if (!nrun || run_cost > left || first) {
            /* not yet: it waits for the opener, or for its predecessor
             * (which, once chosen, shortens its run); or never */
            if (first && run_cost <= left) {
                later[nlater++] = *t;
            } else if ((nrun > 1 || (!nrun && !(sa[best] & PC_SA_OPEN_END))) &&
                       prev[best] != UINT32_MAX) {
                waiting[nwait++] = *t;
                is_waiting[best] = 1;
            }
            heap[0] = heap[--nh];
            sift_down(heap, nh, 0);
            continue;
        }
        /* it comes with the sentences it needs, right before it */
        for (size_t k = 0; k + 1 < nrun; k++) {
            uint32_t pre = run[k];
            left -= cost[pre];
            got += gain(m, cs, w, scale, scale_bi, covered, pre);
            r->pick[r->npick++] = pre;
            picked[pre] = 1;
            const pc_concept_list *pc = pc_cand_concepts(m, cs, pre);
            for (uint32_t k2 = 0; k2 < pc->n; k2++)
                covered[pc->ids[k2]] = 1;
        }
        left -= cost[best];
        got += t->gain;
        r->pick[r->npick++] = (uint32_t)best;
        picked[best] = 1;
        const pc_concept_list *concepts = pc_cand_concepts(m, cs, best);
        for (uint32_t k = 0; k < concepts->n; k++)
            covered[concepts->ids[k]] = 1;
        heap[0] = heap[--nh];
        sift_down(heap, nh, 0);
        round++;
        /* back into the heap: those that waited for the first pick, and the
         * sentence that waited for this one */
        size_t grown = nlater;
        for (size_t k = 0; k < nlater; k++)
            heap[nh++] = later[k];
        nlater = 0;
        uint32_t nx = next[best];
        if (nx != UINT32_MAX && is_waiting[nx]) {
            for (size_t k = 0; k < nwait; k++)
                if (waiting[k].i == nx) {
                    heap[nh++] = waiting[k];
                    grown++;
                    waiting[k] = waiting[--nwait];
                    break;
                }
            is_waiting[nx] = 0;
        }
        if (grown)
            for (size_t k = nh / 2; k-- > 0;)
                sift_down(heap, nh, k);
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
