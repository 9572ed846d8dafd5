/* coverage: concept coverage after Gillick & Favre (2009), "A scalable
 * global model for summarization".  Concepts are stemmed word bigrams (not
 * both stopwords), weighted by the number of documents that contain them;
 * the summary maximises the total weight of covered concepts under the
 * budget.  Solved greedily by gain per unit of cost, and the greedy answer is
 * compared with the best single sentence that fits, which gives the
 * (1 - 1/e)/2 guarantee of budgeted maximum coverage (Khuller, Moss & Naor
 * 1999).  Greedy costs O(picked x candidates x concepts per sentence). */
#include <string.h>

#include "rank/rank.h"

typedef struct concept_map {
    uint64_t *key; /* (t1 + 1) << 32 | (t2 + 1); 0 = empty */
    uint32_t *id;
    size_t cap, n;
} concept_map;

static uint32_t concept_id(concept_map *cm, uint64_t key)
{
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    size_t mask = cm->cap - 1, j = (size_t)(h >> 20) & mask;
    while (cm->key[j] && cm->key[j] != key)
        j = (j + 1) & mask;
    if (!cm->key[j]) {
        cm->key[j] = key;
        cm->id[j] = (uint32_t)cm->n++;
    }
    return cm->id[j];
}

precis_status pc_rank_coverage(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    const precis_cluster *c = m->c;
    size_t n = m->n, total = 0;
    for (size_t i = 0; i < c->nsents; i++)
        total += c->sents[i].ntok;
    concept_map cm = {0};
    cm.cap = 64;
    while (cm.cap < 2 * total + 2)
        cm.cap *= 2;
    cm.key = pc_arena_calloc(m->a, cm.cap, sizeof *cm.key);
    cm.id = pc_arena_alloc(m->a, cm.cap * sizeof *cm.id);
    /* per sentence of the cluster: its concept ids (unique per sentence) */
    uint32_t **sc = pc_arena_alloc(m->a, (c->nsents + 1) * sizeof *sc);
    uint32_t *nsc = pc_arena_calloc(m->a, c->nsents + 1, sizeof *nsc);
    if (!cm.key || !cm.id || !sc || !nsc)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < c->nsents; i++) {
        const pc_sent *s = &c->sents[i];
        sc[i] = pc_arena_alloc(m->a, (s->ntok + 1) * sizeof **sc);
        if (!sc[i])
            return PRECIS_ENOMEM;
        for (uint32_t t = 0; t + 1 < s->ntok; t++) {
            uint32_t a = s->tok[t], b = s->tok[t + 1];
            if (c->vocab.terms[a].stop && c->vocab.terms[b].stop)
                continue;
            uint32_t id = concept_id(&cm, ((uint64_t)a + 1) << 32 | ((uint64_t)b + 1));
            int dup = 0;
            for (uint32_t k = 0; k < nsc[i] && !dup; k++)
                dup = sc[i][k] == id;
            if (!dup)
                sc[i][nsc[i]++] = id;
        }
    }
    /* weight = documents containing the concept (occurrences when the
     * cluster has one document) */
    double *w = pc_arena_calloc(m->a, cm.n + 1, sizeof *w);
    uint32_t *last = pc_arena_alloc(m->a, (cm.n + 1) * sizeof *last);
    uint8_t *covered = pc_arena_calloc(m->a, cm.n + 1, 1);
    if (!w || !last || !covered)
        return PRECIS_ENOMEM;
    memset(last, 0xFF, (cm.n + 1) * sizeof *last);
    for (size_t i = 0; i < c->nsents; i++) {
        uint32_t d = c->sents[i].doc;
        for (uint32_t k = 0; k < nsc[i]; k++) {
            uint32_t id = sc[i][k];
            if (m->ndocs <= 1 || last[id] != d)
                w[id] += 1;
            last[id] = d;
        }
    }
    /* Concepts seen once carry no cross-document support; drop them unless
     * nothing else is left. */
    size_t strong = 0;
    for (size_t k = 0; k < cm.n; k++)
        strong += w[k] >= 2;
    if (strong)
        for (size_t k = 0; k < cm.n; k++)
            if (w[k] < 2)
                w[k] = 0;

    double *cost = pc_arena_alloc(m->a, (n + 1) * sizeof *cost);
    uint8_t *used = pc_arena_calloc(m->a, n + 1, 1);
    if (!cost || !used)
        return PRECIS_ENOMEM;
    size_t best1 = SIZE_MAX;
    double best1_gain = 0;
    for (size_t i = 0; i < n; i++) {
        cost[i] = (double)pc_cost(m, i, o);
        if (cost[i] <= 0)
            cost[i] = 1;
        uint32_t si = m->sent[i];
        double g = 0;
        for (uint32_t k = 0; k < nsc[si]; k++)
            g += w[sc[si][k]];
        /* a tiny position prior breaks ties toward earlier sentences */
        r->score[i] = g / cost[i] + 1e-3 / (1.0 + c->sents[si].pos);
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
            for (uint32_t k = 0; k < nsc[si]; k++)
                if (!covered[sc[si][k]])
                    g += w[sc[si][k]];
            double ratio = g / cost[i];
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
        for (uint32_t k = 0; k < nsc[si]; k++)
            covered[sc[si][k]] = 1;
    }
    if (best1 != SIZE_MAX && best1_gain > got) {
        r->pick[0] = (uint32_t)best1;
        r->npick = 1;
    }
    return PRECIS_OK;
}
