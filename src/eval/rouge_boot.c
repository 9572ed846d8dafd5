/* Corpus averages and confidence intervals as ROUGE-1.5.5's computeAverages
 * and bootstrapResampling produce them: instances sorted byte-wise by key,
 * resample b drawn with Perl's srand(b) + rand() (Perl >= 5.20 ships its
 * own drand48 on every platform), the printed average being the mean of the
 * sorted resample means. */
#include <stdlib.h>
#include <string.h>
#include "eval/rouge.h"
#include "util/alloc.h"

#define DRAND48_MASK ((UINT64_C(1) << 48) - 1)

uint64_t rouge_drand48_seed(uint64_t seed)
{
    /* Perl_drand48_init_r: x = seed << 16 | 0x330E */
    return ((seed << 16) + 0x330E) & DRAND48_MASK;
}

double rouge_drand48_next(uint64_t *state)
{
    *state = (*state * UINT64_C(0x5DEECE66D) + 0xB) & DRAND48_MASK;
    return (double)*state / 281474976710656.0; /* ldexp(x, -48), exact */
}

int rouge_cmp_keys(const char *a, const char *b)
{
    return strcmp(a, b); /* unsigned byte order, as Perl's cmp under LC_ALL=C */
}

/* ROUGE's by_evalID: numeric on a leading run of digits when both keys have
 * one, else byte order.  Equal numbers fall back to byte order here (ROUGE
 * leaves them in hash order). */
static int cmp_by_eval_id(const char *a, const char *b)
{
    size_t da = strspn(a, "0123456789"), db = strspn(b, "0123456789");
    if (da && db) {
        const char *pa = a, *pb = b;
        while (da > 1 && *pa == '0') {
            pa++;
            da--;
        }
        while (db > 1 && *pb == '0') {
            pb++;
            db--;
        }
        if (da != db)
            return da < db ? -1 : 1;
        int r = strncmp(pa, pb, da);
        if (r)
            return r;
    }
    return strcmp(a, b);
}

static int cmp_keys(const char *a, const char *b, int by_eval_id)
{
    return by_eval_id ? cmp_by_eval_id(a, b) : rouge_cmp_keys(a, b);
}

/* Stable bottom-up merge sort of evaluation indices by key (qsort has no
 * context argument in C11).  Returns 0 or -1 (OOM). */
static int sort_indices(precis_rouge *ev, size_t *idx, size_t n, int by_eval_id)
{
    if (n < 2)
        return 0;
    size_t *tmp = pc_malloc(ev->alc, n * sizeof *tmp);
    if (!tmp)
        return -1;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                int r = cmp_keys(ev->evals[idx[i]].key, ev->evals[idx[j]].key, by_eval_id);
                tmp[k++] = r <= 0 ? idx[i++] : idx[j++];
            }
            while (i < mid)
                tmp[k++] = idx[i++];
            while (j < hi)
                tmp[k++] = idx[j++];
        }
        memcpy(idx, tmp, n * sizeof *idx);
    }
    pc_free(ev->alc, tmp, 0);
    return 0;
}

int rouge_peer_evals(precis_rouge *ev, size_t p, int by_eval_id, size_t **out, size_t *n)
{
    size_t cnt = 0;
    for (size_t i = 0; i < ev->nevals; i++)
        cnt += ev->evals[i].peer_index == p;
    *out = NULL;
    *n = 0;
    if (!cnt)
        return 0;
    size_t *idx = pc_malloc(ev->alc, cnt * sizeof *idx);
    if (!idx)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < ev->nevals; i++)
        if (ev->evals[i].peer_index == p)
            idx[k++] = i;
    if (sort_indices(ev, idx, cnt, by_eval_id) < 0) {
        pc_free(ev->alc, idx, 0);
        return -1;
    }
    *out = idx;
    *n = cnt;
    return 0;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b ? 1 : 0;
}

/* Perl array element: negative indices count from the end, missing ones are
 * undef (0). */
static double at(const double *s, long r, long i)
{
    if (i < 0)
        i += r;
    return i >= 0 && i < r ? s[i] : 0.0;
}

int rouge_peer_stats(precis_rouge *ev, size_t p)
{
    rouge_peer *peer = &ev->peers[p];
    size_t nm = ev->nmetrics, width = nm * 3;
    size_t *idx, n;
    if (rouge_peer_evals(ev, p, 0, &idx, &n) < 0)
        return -1;
    if (!peer->stats) {
        peer->stats = pc_malloc(ev->alc, width * sizeof *peer->stats);
        if (!peer->stats) {
            pc_free(ev->alc, idx, 0);
            return -1;
        }
    }
    if (ev->opt.count_mode == 2) {
        /* raw count totals, no resampling */
        for (size_t k = 0; k < width; k++) {
            double sum = 0;
            for (size_t i = 0; i < n; i++)
                sum += ev->scores[idx[i] * width + k];
            peer->stats[k] = (precis_rouge_stat){sum, sum, sum};
        }
        pc_free(ev->alc, idx, 0);
        peer->have_stats = 1;
        return 0;
    }
    size_t R = ev->opt.resamples;
    double *vals = pc_malloc(ev->alc, (n ? n : 1) * width * sizeof *vals);
    double *samples = pc_malloc(ev->alc, R * width * sizeof *samples);
    double *sums = pc_malloc(ev->alc, width * sizeof *sums);
    if (!vals || !samples || !sums) {
        pc_free(ev->alc, vals, 0);
        pc_free(ev->alc, samples, 0);
        pc_free(ev->alc, sums, 0);
        pc_free(ev->alc, idx, 0);
        return -1;
    }
    /* the instances' scores in key order, contiguous */
    for (size_t i = 0; i < n; i++)
        memcpy(vals + i * width, ev->scores + idx[i] * width, width * sizeof *vals);
    pc_free(ev->alc, idx, 0);

    double a = ev->opt.alpha;
    for (size_t b = 0; b < R; b++) {
        uint64_t state = rouge_drand48_seed((uint64_t)ev->opt.seed + b);
        memset(sums, 0, width * sizeof *sums);
        for (size_t i = 0; i < n; i++) {
            size_t pick = (size_t)((double)n * rouge_drand48_next(&state));
            const double *v = vals + pick * width;
            for (size_t k = 0; k < width; k++)
                sums[k] += v[k];
        }
        for (size_t m = 0; m < nm; m++) {
            double *s = sums + 3 * m;
            double out[3] = {0, 0, 0};
            if (ev->opt.count_mode == 0) {
                if (n)
                    for (int k = 0; k < 3; k++)
                        out[k] = s[k] / (double)n;
            } else {
                double r = s[0] > 0 ? s[2] / s[0] : 0;
                double pr = s[1] > 0 ? s[2] / s[1] : 0;
                out[0] = r;
                out[1] = pr;
                if ((1 - a) * pr + a * r > 0)
                    out[2] = (r * pr) / ((1 - a) * pr + a * r);
            }
            for (int k = 0; k < 3; k++)
                samples[(3 * m + (size_t)k) * R + b] = out[k];
        }
    }
    double c = ev->opt.confidence;
    double delta = (double)R * ((100 - c) / 2.0) / 100.0;
    long rl = (long)R;
    long ciUa = (long)((double)R - delta - 1);
    long ciLa = (long)delta;
    double ciR = (double)R - delta - 1 - (double)ciUa;
    for (size_t k = 0; k < width; k++) {
        double *s = samples + k * R;
        qsort(s, R, sizeof *s, cmp_double);
        double sum = 0;
        for (size_t b = 0; b < R; b++)
            sum += s[b];
        precis_rouge_stat st;
        st.avg = rouge_round5(sum / (double)R);
        st.ci_low = rouge_round5(at(s, rl, ciLa) + (at(s, rl, ciLa + 1) - at(s, rl, ciLa)) * ciR);
        st.ci_high = rouge_round5(at(s, rl, ciUa) + (at(s, rl, ciUa + 1) - at(s, rl, ciUa)) * ciR);
        peer->stats[k] = st;
    }
    pc_free(ev->alc, vals, 0);
    pc_free(ev->alc, samples, 0);
    pc_free(ev->alc, sums, 0);
    peer->have_stats = 1;
    return 0;
}
