#include "select.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text/dates.h"
#include "util/sort.h"

typedef struct scored {
    double score;
    uint32_t idx;
} scored;

/* Higher score first, then lower index: a total order, so the sort's
 * result does not depend on the input's order. */
#define BEFORE(x, y) ((x).score > (y).score || ((x).score == (y).score && (x).idx < (y).idx))
PC_SORT_DEFINE_BY(sort_by_score, scored, BEFORE)

static int redundant(const pc_model *m, const uint32_t *chosen, size_t k, uint32_t i, double limit)
{
    if (limit <= 0 || limit >= 1.0 + 1e-9)
        return 0;
    pc_overlap_mark(m, i);
    for (size_t j = 0; j < k; j++)
        if (pc_same_content(m, chosen[j], limit))
            return 1;
    return 0;
}

size_t pc_select(const pc_model *m, const pc_ranking *r, const precis_options *o, uint32_t *out)
{
    size_t n = m->ncandidates, k = 0;
    if (!n)
        return 0;
    scored *order = pc_arena_alloc(m->arena, n * sizeof *order);
    uint8_t *seen = pc_arena_calloc(m->arena, n, 1);
    if (!order || !seen)
        return SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        double v = r->score[i];
        order[i].score = v == v ? v : -HUGE_VAL; /* a NaN would break the order */
        order[i].idx = (uint32_t)i;
    }
    sort_by_score(order, n);
    size_t budget = o->budget, used = 0;
    for (size_t pass = 0; pass < 2; pass++) {
        size_t len = pass == 0 ? r->npick : n;
        for (size_t j = 0; j < len; j++) {
            uint32_t i = pass == 0 ? r->pick[j] : order[j].idx;
            if (seen[i])
                continue;
            size_t cost = pc_cost(m, i, o);
            if (cost > budget - used)
                continue;
            seen[i] = 1;
            if (redundant(m, out, k, i, o->redundancy))
                continue;
            out[k++] = i;
            used += cost;
            if (used >= budget)
                return k;
        }
    }
    if (k == 0) {
        /* Nothing fits: the shortest of the best-scored candidates. */
        size_t best = order[0].idx;
        for (size_t j = 1; j < n && j < 10; j++)
            if (pc_cost(m, order[j].idx, o) < pc_cost(m, best, o))
                best = order[j].idx;
        out[k++] = (uint32_t)best;
    }
    return k;
}

typedef struct order_key {
    uint64_t key; /* document << 32 | position */
    double score;
    uint32_t date; /* YYYYMMDD of the document, UINT32_MAX when unknown */
    uint32_t idx;
} order_key;

static int by_time(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->date != y->date)
        return x->date < y->date ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

static int by_source(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key;
}

static int by_score(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

void pc_order(const pc_model *m, const pc_ranking *r, precis_order order, uint32_t *chosen,
              size_t n)
{
    order_key *keys = pc_arena_alloc(m->arena, (n + 1) * sizeof *keys);
    if (!keys)
        return; /* out of memory: keep the choice order */
    for (size_t i = 0; i < n; i++) {
        const pc_sent *s = pc_model_sent(m, chosen[i]);
        keys[i].key = (uint64_t)s->doc << 32 | s->pos;
        keys[i].score = r->score[chosen[i]];
        keys[i].date = UINT32_MAX;
        keys[i].idx = chosen[i];
        const char *ds = m->c->docs[s->doc].meta.date;
        pc_date d;
        if (order == PRECIS_ORDER_TIME && ds && pc_date_parse(ds, strlen(ds), &d) && d.y > 0)
            keys[i].date = (uint32_t)(d.y * 10000 + d.m * 100 + d.d);
    }
    qsort(keys, n, sizeof *keys,
          order == PRECIS_ORDER_SCORE  ? by_score
          : order == PRECIS_ORDER_TIME ? by_time
                                       : by_source);
    for (size_t i = 0; i < n; i++)
        chosen[i] = keys[i].idx;
}
