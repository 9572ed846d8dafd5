/* Scores of one evaluation (one candidate, its references) as ROUGE-1.5.5's
 * computeNGramScore, computeLCSScore, computeWLCSScore and
 * computeSkipBigramScore compute them, including the rounding of R and P to
 * 5 decimals before F is formed. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval/rouge.h"
#include "util/alloc.h"

enum { DIR_DIAG = 1, DIR_UP = 2, DIR_LEFT = 3 };

double rouge_round5(double x)
{
    char b[64];
    snprintf(b, sizeof b, "%.5f", x);
    return strtod(b, NULL);
}

static int reserve(precis_rouge *ev, void **arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    return pc_array_reserve(ev->alc, arr, cap, need, elem);
}

static int same_key(const uint32_t *a, const uint32_t *b, size_t klen)
{
    if (klen == 1)
        return a[0] == b[0];
    if (klen == 2)
        return a[0] == b[0] && a[1] == b[1];
    return memcmp(a, b, klen * sizeof *a) == 0;
}

static uint32_t hash_ids(const uint32_t *k, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < n; i++) {
        h ^= k[i];
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    return (uint32_t)h;
}

/* The slot of key k (klen ids) in the open-addressing table tab of mask + 1
 * slots, claimed with both counts 0 when k is not in it yet.  Inlined: it
 * is the inner loop of every ROUGE-N and skip-bigram score (as a call, 1.5 %
 * more instructions for eval). */
static inline __attribute__((always_inline)) rouge_gram *gram_slot(rouge_gram *tab, size_t mask,
                                                                   const uint32_t *k, size_t klen)
{
    uint32_t h = hash_ids(k, klen);
    for (size_t s = h & mask;; s = (s + 1) & mask) {
        if (!tab[s].key) {
            tab[s] = (rouge_gram){k, h, 0, 0};
            return &tab[s];
        }
        if (tab[s].hash == h && same_key(tab[s].key, k, klen))
            return &tab[s];
    }
}

/* Clipped hits: sum over distinct keys of min(count in c, count in r).  The
 * keys are klen ids long, the i-th at c + i * cstep.  Linear in cn + rn.
 * Its table of n-grams is its own rather than util/strmap.h: keys are runs
 * of token ids with two counts each, and it is cleared and refilled for
 * every summary and n-gram order. */
static int gram_hits(precis_rouge *ev, const uint32_t *c, size_t cn, size_t cstep,
                     const uint32_t *r, size_t rn, size_t rstep, size_t klen, double *hits)
{
    *hits = 0;
    if (cn == 0 || rn == 0)
        return 0;
    size_t need = 16;
    while (need < 2 * (cn + rn))
        need *= 2;
    if (ev->grams_cap < need) {
        pc_free(ev->alc, ev->grams, 0);
        ev->grams = pc_malloc(ev->alc, need * sizeof *ev->grams);
        ev->grams_cap = ev->grams ? need : 0;
        if (!ev->grams)
            return -1;
    }
    rouge_gram *tab = ev->grams;
    memset(tab, 0, need * sizeof *tab);
    size_t mask = need - 1;
    for (size_t i = 0; i < cn; i++)
        gram_slot(tab, mask, c + i * cstep, klen)->cc++;
    uint64_t hit = 0;
    for (size_t i = 0; i < rn; i++) {
        rouge_gram *g = gram_slot(tab, mask, r + i * rstep, klen);
        if (g->rc < g->cc)
            hit++;
        g->rc++;
    }
    *hits = (double)hit;
    return 0;
}

/* Skip-bigram keys of ids[0..n) (pairs; a unigram is (t, ROUGE_DROP)):
 * createSkipBigram.  Quadratic in n when the distance is unlimited (d < 0),
 * otherwise at most n * (d + 2) keys. */
static int skip_keys(precis_rouge *ev, const uint32_t *ids, size_t n, int d, int uni,
                     uint32_t **arr, size_t *cap, size_t *count)
{
    *count = 0;
    if (n < 2)
        return 0;
    size_t per = d < 0 ? n : (size_t)d + 2;
    size_t need = (n - 1) * per;
    if (per != 0 && need / per != n - 1)
        return -1;
    if (reserve(ev, (void **)arr, cap, 2 * need + 2, sizeof **arr) < 0)
        return -1;
    uint32_t *out = *arr;
    size_t k = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (uni) {
            out[2 * k] = ids[i];
            out[2 * k + 1] = ROUGE_DROP;
            k++;
        }
        size_t last = n - 1;
        if (d >= 0 && i + (size_t)d + 1 < last)
            last = i + (size_t)d + 1;
        for (size_t j = i + 1; j <= last; j++) {
            out[2 * k] = ids[i];
            out[2 * k + 1] = ids[j];
            k++;
        }
    }
    *count = k;
    return 0;
}

static double wpow(precis_rouge *ev, size_t k)
{
    if (k < ev->wpow_n)
        return ev->wpow[k];
    return pow((double)k, ev->opt.wlcs_weight);
}

static int wpow_reserve(precis_rouge *ev, size_t k)
{
    if (k < ev->wpow_n)
        return 0;
    size_t n = ev->wpow_n ? ev->wpow_n : 64;
    while (n <= k)
        n *= 2;
    double *p = pc_realloc(ev->alc, ev->wpow, ev->wpow_n * sizeof *p, n * sizeof *p);
    if (!p)
        return -1;
    for (size_t i = ev->wpow_n; i < n; i++)
        p[i] = pow((double)i, ev->opt.wlcs_weight);
    ev->wpow = p;
    ev->wpow_n = n;
    return 0;
}

/* lcs_inner / wlcs_inner + markLCS: the LCS table of reference unit M and
 * candidate unit C, traced back from the bottom-right cell; every M position
 * passed diagonally is marked.  O(m * n) time and bytes. */
static int lcs_mark(precis_rouge *ev, const uint32_t *M, size_t m, const uint32_t *C, size_t n,
                    int weighted, unsigned char *mask)
{
    if (m == 0 || n == 0)
        return 0;
    if (m > SIZE_MAX / n)
        return -1;
    if (reserve(ev, (void **)&ev->dirs, &ev->dirs_cap, m * n, 1) < 0 ||
        reserve(ev, (void **)&ev->runs, &ev->runs_cap, 4 * (n + 1), sizeof *ev->runs) < 0)
        return -1;
    unsigned char *dirs = ev->dirs;
    if (!weighted) {
        int *prev = ev->runs, *cur = ev->runs + (n + 1);
        memset(prev, 0, (n + 1) * sizeof *prev);
        cur[0] = 0;
        for (size_t i = 1; i <= m; i++) {
            uint32_t t = M[i - 1];
            unsigned char *drow = dirs + (i - 1) * n;
            for (size_t j = 1; j <= n; j++) {
                if (t == C[j - 1]) {
                    cur[j] = prev[j - 1] + 1;
                    drow[j - 1] = DIR_DIAG;
                } else if (prev[j] >= cur[j - 1]) {
                    cur[j] = prev[j];
                    drow[j - 1] = DIR_UP;
                } else {
                    cur[j] = cur[j - 1];
                    drow[j - 1] = DIR_LEFT;
                }
            }
            int *tmp = prev;
            prev = cur;
            cur = tmp;
        }
    } else {
        if (reserve(ev, (void **)&ev->dp, &ev->dp_cap, 2 * (n + 1), sizeof *ev->dp) < 0 ||
            wpow_reserve(ev, (m < n ? m : n) + 2) < 0)
            return -1;
        double *prev = ev->dp, *cur = ev->dp + (n + 1);
        int *lprev = ev->runs, *lcur = ev->runs + (n + 1);
        memset(prev, 0, (n + 1) * sizeof *prev);
        memset(lprev, 0, (n + 1) * sizeof *lprev);
        cur[0] = 0;
        lcur[0] = 0;
        for (size_t i = 1; i <= m; i++) {
            uint32_t t = M[i - 1];
            unsigned char *drow = dirs + (i - 1) * n;
            for (size_t j = 1; j <= n; j++) {
                if (t == C[j - 1]) {
                    int k = lprev[j - 1];
                    /* same operation order as the Perl: (c + f(k+1)) - f(k) */
                    cur[j] = prev[j - 1] + wpow(ev, (size_t)k + 1) - wpow(ev, (size_t)k);
                    lcur[j] = k + 1;
                    drow[j - 1] = DIR_DIAG;
                } else if (prev[j] >= cur[j - 1]) {
                    cur[j] = prev[j];
                    lcur[j] = 0;
                    drow[j - 1] = DIR_UP;
                } else {
                    cur[j] = cur[j - 1];
                    lcur[j] = 0;
                    drow[j - 1] = DIR_LEFT;
                }
            }
            double *tmp = prev;
            prev = cur;
            cur = tmp;
            int *ltmp = lprev;
            lprev = lcur;
            lcur = ltmp;
        }
    }
    size_t i = m, j = n;
    while (i != 0 && j != 0) {
        unsigned char d = dirs[(i - 1) * n + (j - 1)];
        if (d == DIR_DIAG) {
            i--;
            j--;
            mask[i] = 1;
        } else if (d == DIR_UP) {
            i--;
        } else {
            j--;
        }
    }
    return 0;
}

/* Portable popcount (no -mpopcnt in the default flags; libgcc's is a call). */
static int popcount64(uint64_t x)
{
#if defined(__POPCNT__)
    return __builtin_popcountll(x);
#else
    x = x - ((x >> 1) & UINT64_C(0x5555555555555555));
    x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
    x = (x + (x >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    return (int)((x * UINT64_C(0x0101010101010101)) >> 56);
#endif
}

static uint64_t low_bits(size_t j)
{
    return j >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << j) - 1;
}

/* ROUGE-L's lcs_inner + markLCS for a candidate unit of n <= 64 tokens whose
 * positions are in ev->pmask (by id): the LCS table is computed row by row
 * as bit vectors (Hyyro 2004: a zero bit j in row i means
 * c[i][j+1] = c[i][j] + 1), so c[i][j] = j - popcount(row_i & low_bits(j)),
 * and the back-trace reads the cells it needs from the rows.  Same choices
 * as the Perl: diagonal on equal tokens, else up when c[i-1][j] >=
 * c[i][j-1], else left.  O(m + n) word operations. */
static void lcs_mark_bits(precis_rouge *ev, const uint32_t *M, size_t m, size_t n,
                          unsigned char *mask)
{
    const uint64_t *pm = ev->pmask;
    uint64_t full = low_bits(n), v = full, any = 0;
    uint64_t *rows = ev->rows;
    rows[0] = full;
    for (size_t i = 1; i <= m; i++) {
        uint64_t u = v & pm[M[i - 1]];
        any |= u;
        v = ((v + u) | (v - u)) & full;
        rows[i] = v;
    }
    if (!any)
        return;
    size_t i = m, j = n;
    while (i != 0 && j != 0) {
        if ((pm[M[i - 1]] >> (j - 1)) & 1) {
            i--;
            j--;
            mask[i] = 1;
        } else {
            int up = (int)j - popcount64(rows[i - 1] & low_bits(j));
            int left = (int)(j - 1) - popcount64(rows[i] & low_bits(j - 1));
            if (up >= left)
                i--;
            else
                j--;
        }
    }
}

/* lcs() / wlcs(): hits and base of one reference.  The marks of every
 * reference unit are the union over candidate units, so the candidate units
 * can be the outer loop (their position masks are built once). */
static int lcs_ref(precis_rouge *ev, const rouge_text *ref, int weighted, double *hit_out,
                   double *base_out)
{
    const rouge_text *cand = &ev->cand;
    size_t total = ref->unit_off[ref->nunits];
    size_t longest = 0;
    for (size_t u = 0; u < ref->nunits; u++) {
        size_t m = ref->unit_off[u + 1] - ref->unit_off[u];
        if (m > longest)
            longest = m;
    }
    if (reserve(ev, (void **)&ev->mask, &ev->mask_cap, total + 1, 1) < 0 ||
        reserve(ev, (void **)&ev->rows, &ev->rows_cap, longest + 1, sizeof *ev->rows) < 0 ||
        (weighted && wpow_reserve(ev, longest + 1) < 0))
        return -1;
    if (ev->pmask_cap < ev->nforms) {
        size_t ncap = pc_grow_cap(ev->pmask_cap, ev->nforms, sizeof *ev->pmask);
        uint64_t *p = ncap ? pc_malloc(ev->alc, ncap * sizeof *p) : NULL;
        if (!p)
            return -1;
        memset(p, 0, ncap * sizeof *p);
        pc_free(ev->alc, ev->pmask, 0);
        ev->pmask = p;
        ev->pmask_cap = ncap;
    }
    memset(ev->mask, 0, total + 1);
    for (size_t v = 0; v < cand->nunits; v++) {
        size_t n = cand->unit_off[v + 1] - cand->unit_off[v];
        if (n == 0)
            continue; /* before forming C: lcs_ids is NULL when no unit has a token */
        const uint32_t *C = cand->lcs_ids + cand->unit_off[v];
        int bits = !weighted && n <= 64 && !ev->lcs_scalar;
        if (bits)
            for (size_t j = 0; j < n; j++)
                ev->pmask[C[j]] |= UINT64_C(1) << j;
        for (size_t u = 0; u < ref->nunits; u++) {
            size_t m = ref->unit_off[u + 1] - ref->unit_off[u];
            if (m == 0)
                continue;
            const uint32_t *M = ref->lcs_ids + ref->unit_off[u];
            if (bits)
                lcs_mark_bits(ev, M, m, n, ev->mask + ref->unit_off[u]);
            else if (lcs_mark(ev, M, m, C, n, weighted, ev->mask + ref->unit_off[u]) < 0)
                return -1;
        }
        if (bits)
            for (size_t j = 0; j < n; j++)
                ev->pmask[C[j]] = 0;
    }

    for (size_t i = 0; i < ref->nids; i++)
        ev->bud_m[ref->ids[i]]++;
    for (size_t i = 0; i < cand->nids; i++)
        ev->bud_p[cand->ids[i]]++;
    double hit = 0, base = 0;
    for (size_t u = 0; u < ref->nunits; u++) {
        size_t m = ref->unit_off[u + 1] - ref->unit_off[u];
        base += weighted ? wpow(ev, m) : (double)m;
        if (m == 0)
            continue; /* lcs_ids is NULL when no unit has a token */
        const uint32_t *M = ref->lcs_ids + ref->unit_off[u];
        const unsigned char *mask = ev->mask + ref->unit_off[u];
        size_t run = 0;
        for (size_t j = 0; j < m; j++) {
            uint32_t t = M[j];
            if (!mask[j] || ev->bud_m[t] == 0 || ev->bud_p[t] == 0)
                continue;
            if (weighted) {
                run++;
                if ((j + 1 < m && !mask[j + 1]) || j + 1 == m) {
                    hit += wpow(ev, run);
                    run = 0;
                }
            } else {
                hit += 1;
            }
            ev->bud_m[t]--;
            ev->bud_p[t]--;
        }
    }
    for (size_t i = 0; i < ref->nids; i++)
        ev->bud_m[ref->ids[i]] = 0;
    for (size_t i = 0; i < cand->nids; i++)
        ev->bud_p[cand->ids[i]] = 0;
    *hit_out = hit;
    *base_out = base;
    return 0;
}

static void finish(const precis_rouge *ev, int weighted, double hit, double mcount, double pcount,
                   double *out)
{
    if (ev->opt.count_mode) {
        out[0] = mcount;
        out[1] = pcount;
        out[2] = hit;
        return;
    }
    double a = ev->opt.alpha, R = 0, P = 0, F = 0;
    if (weighted) {
        double inv = 1 / ev->opt.wlcs_weight;
        if (mcount != 0)
            R = rouge_round5(pow(hit / mcount, inv));
        if (pcount != 0)
            P = rouge_round5(pow(hit / pcount, inv));
    } else {
        if (mcount != 0)
            R = rouge_round5(hit / mcount);
        if (pcount != 0)
            P = rouge_round5(hit / pcount);
    }
    if ((1 - a) * P + a * R > 0)
        F = rouge_round5((P * R) / ((1 - a) * P + a * R));
    out[0] = R;
    out[1] = P;
    out[2] = F;
}

/* Combines references under -f A (pool) or -f B (best `score`). */
typedef struct {
    int best_mode;
    double best, hit, mcount, pcount;
} combiner;

static void combine(combiner *cb, double score, double hit, double mcount, double pcount)
{
    if (cb->best_mode) {
        if (score > cb->best) {
            cb->best = score;
            cb->hit = hit;
            cb->mcount = mcount;
            cb->pcount = pcount;
        }
    } else {
        cb->hit += hit;
        cb->mcount += mcount;
        cb->pcount += pcount;
    }
}

static int score_metric(precis_rouge *ev, const rouge_metric *mt, size_t nrefs, double *out)
{
    combiner cb = {ev->opt.formula == 'B', -1, 0, 0, 0};
    const rouge_text *cand = &ev->cand;
    if (mt->kind == ROUGE_N) {
        size_t n = (size_t)mt->n;
        size_t cn = cand->nids >= n ? cand->nids - n + 1 : 0;
        for (size_t r = 0; r < nrefs; r++) {
            const rouge_text *ref = &ev->refs[r];
            size_t rn = ref->nids >= n ? ref->nids - n + 1 : 0;
            double hit;
            if (gram_hits(ev, cand->ids, cn, 1, ref->ids, rn, 1, n, &hit) < 0)
                return -1;
            double score = rn ? rouge_round5(hit / (double)rn) : 0;
            combine(&cb, score, hit, (double)rn, (double)cn);
        }
        finish(ev, 0, cb.hit, cb.mcount, cb.pcount, out);
    } else if (mt->kind == ROUGE_S) {
        size_t cn, rn;
        int d = ev->opt.skip_distance;
        if (skip_keys(ev, cand->ids, cand->nids, d, mt->unigrams, &ev->pairs_c, &ev->pairs_c_cap,
                      &cn) < 0)
            return -1;
        for (size_t r = 0; r < nrefs; r++) {
            const rouge_text *ref = &ev->refs[r];
            double hit;
            if (skip_keys(ev, ref->ids, ref->nids, d, mt->unigrams, &ev->pairs_r, &ev->pairs_r_cap,
                          &rn) < 0 ||
                gram_hits(ev, ev->pairs_c, cn, 2, ev->pairs_r, rn, 2, 2, &hit) < 0)
                return -1;
            double score = rn ? rouge_round5(hit / (double)rn) : 0;
            combine(&cb, score, hit, (double)rn, (double)cn);
        }
        finish(ev, 0, cb.hit, cb.mcount, cb.pcount, out);
    } else {
        int weighted = mt->kind == ROUGE_W;
        double W = ev->opt.wlcs_weight;
        double pc = (double)cand->nids;
        for (size_t r = 0; r < nrefs; r++) {
            double hit, base;
            if (lcs_ref(ev, &ev->refs[r], weighted, &hit, &base) < 0)
                return -1;
            if (weighted) {
                /* ROUGE-1.5.5 dies ("Illegal division by zero") when base is
                 * 0 (a reference without tokens); here the score is 0. */
                double score = base > 0 ? pow(hit / base, 1 / W) : 0;
                combine(&cb, score, hit, pow(base, W), pow(pc, W));
            } else {
                double score = base > 0 ? hit / base : 0;
                combine(&cb, score, hit, base, pc);
            }
        }
        finish(ev, weighted, cb.hit, cb.mcount, cb.pcount, out);
    }
    return 0;
}

int rouge_score_eval(precis_rouge *ev, size_t nrefs, double *out)
{
    if (ev->bud_cap < ev->nforms) {
        size_t ncap = pc_grow_cap(ev->bud_cap, ev->nforms, sizeof(uint32_t));
        uint32_t *m = ncap ? pc_malloc(ev->alc, ncap * sizeof *m) : NULL;
        uint32_t *p = ncap ? pc_malloc(ev->alc, ncap * sizeof *p) : NULL;
        if (!m || !p) {
            pc_free(ev->alc, m, 0);
            pc_free(ev->alc, p, 0);
            return -1;
        }
        memset(m, 0, ncap * sizeof *m);
        memset(p, 0, ncap * sizeof *p);
        pc_free(ev->alc, ev->bud_m, 0);
        pc_free(ev->alc, ev->bud_p, 0);
        ev->bud_m = m;
        ev->bud_p = p;
        ev->bud_cap = ncap;
    }
    for (size_t i = 0; i < ev->nmetrics; i++)
        if (score_metric(ev, &ev->metrics[i], nrefs, out + 3 * i) < 0)
            return -1;
    return 0;
}
