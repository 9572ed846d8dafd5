/* submodular: the monotone submodular objective of Lin & Bilmes (2011), "A
 * class of submodular functions for document summarization":
 * F(S) = L(S) + LAMBDA R(S) with
 *   coverage  L(S) = sum_i min(sum_{j in S} w_ij, ALPHA sum_{j in V} w_ij),
 *   diversity R(S) = sum_k sqrt(sum_{j in P_k and S} r_j),
 * where w_ij is the tf-idf cosine, ALPHA = A / N (A = 5 as in the paper, N
 * candidates), the P_k are K = 0.2 N clusters of the candidates by k-means
 * on their tf-idf vectors and r_j = (1/N) sum_i w_ij is j's mean similarity.
 * F is maximised under the budget by the paper's modified greedy: the
 * candidate of largest gain / cost^R_SCALE among those that still fit, until
 * none fits, then the better of that and the best single candidate.  Gains
 * only shrink as S grows, so stale gains are upper bounds (lazy greedy,
 * Minoux 1978): a candidate is re-evaluated only when its bound leads.
 * Quadratic in time and memory (w, and gains of O(N) each): capped at
 * max_graph_sentences candidates (earliest positions first, round robin over
 * documents, as for lexrank); the others score 0.  k-means keeps K dense
 * centroids over the cluster's terms: O(K x terms) memory and
 * O(ITER x N x K x terms per sentence) time. */
#include <math.h>
#include <string.h>

#include "rank/graph.h"

#define A 5.0
#define LAMBDA 6.0
#define R_SCALE 0.3
#define CLUSTER_SHARE 0.2
#define KMEANS_ITER 20

/* Spherical k-means of the nodes' tf-idf vectors into K clusters.  The
 * initial centres are K nodes evenly spaced in document order, so the
 * result is deterministic and every part of the cluster seeds a centre. */
static precis_status kmeans(const pc_model *m, const uint32_t *node, size_t n, size_t K,
                            uint32_t *label)
{
    size_t nt = m->nterms + 1;
    float *cen = pc_arena_calloc(m->arena, K * nt, sizeof *cen);
    if (!cen)
        return PRECIS_ENOMEM;
    for (size_t c = 0; c < K; c++) {
        const pc_termvec *v = &m->tfidf[node[c * n / K]];
        for (uint32_t t = 0; t < v->n; t++)
            cen[c * nt + v->term[t]] = v->norm > 0 ? v->weight[t] / v->norm : 0;
    }
    memset(label, 0xFF, n * sizeof *label);
    for (int it = 0; it < KMEANS_ITER; it++) {
        size_t changed = 0;
        for (size_t i = 0; i < n; i++) {
            const pc_termvec *v = &m->tfidf[node[i]];
            uint32_t best = 0;
            double best_dot = -1;
            for (size_t c = 0; c < K; c++) {
                const float *row = cen + c * nt;
                double dot = 0;
                for (uint32_t t = 0; t < v->n; t++)
                    dot += (double)v->weight[t] * row[v->term[t]];
                if (dot > best_dot) {
                    best_dot = dot;
                    best = (uint32_t)c;
                }
            }
            changed += label[i] != best;
            label[i] = best;
        }
        if (!changed)
            break;
        /* New centres: normalised sums of the members; an empty cluster
         * keeps its centre. */
        for (size_t c = 0; c < K; c++) {
            int has = 0;
            for (size_t i = 0; i < n && !has; i++)
                has = label[i] == c;
            if (has)
                memset(cen + c * nt, 0, nt * sizeof *cen);
        }
        for (size_t i = 0; i < n; i++) {
            const pc_termvec *v = &m->tfidf[node[i]];
            float *row = cen + label[i] * nt;
            for (uint32_t t = 0; t < v->n; t++)
                row[v->term[t]] += v->norm > 0 ? v->weight[t] / v->norm : 0;
        }
        for (size_t c = 0; c < K; c++) {
            float *row = cen + c * nt;
            double norm = 0;
            for (size_t t = 0; t < nt; t++)
                norm += (double)row[t] * row[t];
            if (norm > 0)
                for (size_t t = 0; t < nt; t++)
                    row[t] = (float)(row[t] / sqrt(norm));
        }
    }
    return PRECIS_OK;
}

typedef struct state {
    size_t n;
    const float *w;    /* n x n similarities */
    const double *sat; /* ALPHA sum_j w_ij: where coverage of i saturates */
    const double *rew; /* r_j */
    const uint32_t *label;
    double *cov; /* sum_{j in S} w_ij */
    double *div; /* per k-means cluster: sum_{j in P_k and S} r_j */
} state;

/* F(S + j) - F(S). */
static double gain(const state *x, size_t j)
{
    const float *row = x->w + j * x->n; /* w is symmetric */
    double g = 0;
    for (size_t i = 0; i < x->n; i++) {
        if (x->cov[i] >= x->sat[i])
            continue;
        double c = x->cov[i] + row[i];
        g += (c < x->sat[i] ? c : x->sat[i]) - x->cov[i];
    }
    double d = x->div[x->label[j]];
    return g + LAMBDA * (sqrt(d + x->rew[j]) - sqrt(d));
}

static void add(state *x, size_t j)
{
    const float *row = x->w + j * x->n;
    for (size_t i = 0; i < x->n; i++)
        x->cov[i] += row[i];
    x->div[x->label[j]] += x->rew[j];
}

precis_status pc_rank_submodular(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    size_t cap = o->max_graph_sentences ? o->max_graph_sentences : 2000;
    uint32_t *node = pc_arena_alloc(m->arena, (m->ncandidates + 1) * sizeof *node);
    if (!node)
        return PRECIS_ENOMEM;
    size_t n;
    precis_status st = pc_graph_nodes(m, cap, node, &n);
    if (st || n == 0)
        return st;
    size_t K = (size_t)(CLUSTER_SHARE * (double)n + 0.5);
    if (K < 1)
        K = 1;
    float *w = pc_arena_alloc(m->arena, n * n * sizeof *w);
    double *sat = pc_arena_calloc(m->arena, n, sizeof *sat);
    double *rew = pc_arena_calloc(m->arena, n, sizeof *rew);
    double *cost = pc_arena_alloc(m->arena, n * sizeof *cost);
    double *bound = pc_arena_alloc(m->arena, n * sizeof *bound);
    uint8_t *fresh = pc_arena_alloc(m->arena, n);
    uint8_t *out = pc_arena_calloc(m->arena, n, 1); /* chosen, or no longer fits */
    uint32_t *label = pc_arena_alloc(m->arena, n * sizeof *label);
    double *cov = pc_arena_calloc(m->arena, n, sizeof *cov);
    double *div = pc_arena_calloc(m->arena, K, sizeof *div);
    if (!w || !sat || !rew || !cost || !bound || !fresh || !out || !label || !cov || !div)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        w[i * n + i] = m->tfidf[node[i]].n ? 1.0f : 0.0f;
        for (size_t j = i + 1; j < n; j++) {
            float c = (float)pc_termvec_cos(&m->tfidf[node[i]], &m->tfidf[node[j]]);
            w[i * n + j] = w[j * n + i] = c;
        }
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++)
            sat[i] += w[i * n + j];
        rew[i] = sat[i] / (double)n;
        sat[i] *= A / (double)n;
        double c = (double)pc_cost(m, node[i], o);
        cost[i] = pow(c > 0 ? c : 1.0, R_SCALE);
    }
    st = kmeans(m, node, n, K, label);
    if (st)
        return st;
    state x = {n, w, sat, rew, label, cov, div};

    /* The best single candidate, and the initial bounds. */
    size_t best1 = SIZE_MAX;
    double best1_f = 0;
    for (size_t j = 0; j < n; j++) {
        double f = gain(&x, j);
        bound[j] = f / cost[j];
        r->score[node[j]] = bound[j];
        if ((size_t)pc_cost(m, node[j], o) <= o->budget && f > best1_f) {
            best1_f = f;
            best1 = j;
        }
    }
    size_t left = o->budget;
    double f = 0;
    for (;;) {
        memset(fresh, 0, n);
        size_t pick = SIZE_MAX;
        for (;;) {
            size_t top = SIZE_MAX;
            for (size_t j = 0; j < n; j++) {
                if (out[j])
                    continue;
                if (pc_cost(m, node[j], o) > left) {
                    out[j] = 1; /* the budget only shrinks */
                    continue;
                }
                if (top == SIZE_MAX || bound[j] > bound[top])
                    top = j;
            }
            if (top == SIZE_MAX || fresh[top]) {
                pick = top;
                break;
            }
            bound[top] = gain(&x, top) / cost[top];
            fresh[top] = 1;
        }
        if (pick == SIZE_MAX)
            break;
        f += bound[pick] * cost[pick];
        add(&x, pick);
        out[pick] = 1;
        left -= pc_cost(m, node[pick], o);
        r->pick[r->npick++] = node[pick];
    }
    if (best1 != SIZE_MAX && best1_f > f) {
        r->pick[0] = node[best1];
        r->npick = 1;
    }
    return PRECIS_OK;
}
