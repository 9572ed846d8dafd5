/* ilp: the exact optimum of the `coverage` objective, the integer linear
 * program of Gillick & Favre (2009), "A scalable global model for
 * summarization": with c_i = 1 when concept i is covered and s_j = 1 when
 * sentence j is chosen,
 *   maximise sum_i w_i c_i  subject to  sum_j l_j s_j <= L  and
 *   sum_{j contains i} s_j >= c_i  for every concept i.
 * Their constraints s_j <= c_i (a chosen sentence covers its concepts) are
 * left out: with w_i >= 0 some optimum satisfies them anyway and the
 * objective is the same, while they would make the problem several times
 * larger.  Concepts and weights are those of `coverage` (stemmed bigrams by
 * document support), solved by GLPK's branch and cut.
 *
 * Bounds: the problem holds the ILP_MAX_CANDIDATES candidates of best
 * greedy gain per cost (plus the greedy choice) and the concepts of weight
 * > 0 they contain; GLPK stops after ILP_TIME_MS.  The greedy answer of
 * `coverage` is GLPK's first incumbent and the fallback whenever GLPK fails,
 * runs out of time without a better solution or runs out of memory, so `ilp`
 * is never worse than `coverage` on the objective.
 *
 * GLPK.  It allocates with malloc, not with the cluster's allocator, and on
 * an internal error calls a hook and then abort(): the hook longjmps back
 * here, the environment is freed and the greedy answer stands.  Its
 * environment (terminal output switch, error hook, memory) is per thread
 * when GLPK is built with thread-local storage, as Debian 12's 5.0 is; ilp
 * creates the environment when the thread has none and frees it after, and
 * only when glp_config("TLS") says the build lacks TLS are calls serialised
 * with a mutex.  glp_term_out(GLP_OFF) keeps GLPK from printing. */
#include <glpk.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "rank/greedy.h"

#define ILP_MAX_CANDIDATES 500
#define ILP_TIME_MS 1000

typedef struct by_score_key {
    double score;
    uint32_t idx;
} by_score_key;

static int by_score_desc(const void *a, const void *b)
{
    const by_score_key *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

typedef struct solve_ctx {
    jmp_buf fail;
    const double *start; /* greedy solution, GLPK column order (1-based) */
    int offered;
} solve_ctx;

static void on_error(void *info)
{
    longjmp(((solve_ctx *)info)->fail, 1);
}

/* Offers the greedy answer as the first incumbent. */
static void on_event(glp_tree *t, void *info)
{
    solve_ctx *x = info;
    if (glp_ios_reason(t) == GLP_IHEUR && !x->offered) {
        x->offered = 1;
        glp_ios_heur_sol(t, x->start);
    }
}

/* The problem: columns 1..ns are the sentences, ns+1..ns+nc the concepts;
 * row 1 the budget, row 2+i concept i. */
typedef struct problem {
    size_t ns, nc;
    const double *cost;     /* per sentence column */
    const double *weight;   /* per concept column */
    const size_t *rowstart; /* concept i's sentences: rowsent[rowstart[i]..rowstart[i+1]) */
    const int *rowsent;
    double budget;
    double *start; /* 1 + ns + nc entries */
    int *ia, *ja;  /* 1 + nnz entries */
    double *ar;
} problem;

/* Solves p with GLPK; fills chosen[0..ns) with 0/1 and returns 1 when GLPK
 * found a solution (optimal, or the best within the time limit). */
static int solve(problem *p, uint8_t *chosen)
{
    volatile int ok = 0;
    glp_prob *volatile lp = NULL;
    solve_ctx x;
    x.start = p->start;
    x.offered = 0;
    int fresh = glp_init_env() == 0;
    int term = glp_term_out(GLP_OFF);
    if (setjmp(x.fail)) {
        /* GLPK's environment is unusable after an error: free it (and the
         * problem with it). */
        glp_free_env();
        return 0;
    }
    glp_error_hook(on_error, &x);
    lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    int ns = (int)p->ns, nc = (int)p->nc;
    glp_add_cols(lp, ns + nc);
    glp_add_rows(lp, 1 + nc);
    for (int j = 1; j <= ns + nc; j++) {
        glp_set_col_kind(lp, j, GLP_BV);
        glp_set_obj_coef(lp, j, j > ns ? p->weight[j - ns - 1] : 0.0);
    }
    glp_set_row_bnds(lp, 1, GLP_UP, 0.0, p->budget);
    int nnz = 0;
    for (int j = 1; j <= ns; j++) {
        nnz++;
        p->ia[nnz] = 1;
        p->ja[nnz] = j;
        p->ar[nnz] = p->cost[j - 1];
    }
    for (int i = 0; i < nc; i++) {
        glp_set_row_bnds(lp, 2 + i, GLP_LO, 0.0, 0.0);
        for (size_t q = p->rowstart[i]; q < p->rowstart[i + 1]; q++) {
            nnz++;
            p->ia[nnz] = 2 + i;
            p->ja[nnz] = p->rowsent[q] + 1;
            p->ar[nnz] = 1.0;
        }
        nnz++;
        p->ia[nnz] = 2 + i;
        p->ja[nnz] = ns + 1 + i;
        p->ar[nnz] = -1.0;
    }
    glp_load_matrix(lp, nnz, p->ia, p->ja, p->ar);
    glp_smcp sm;
    glp_init_smcp(&sm);
    sm.msg_lev = GLP_MSG_OFF;
    sm.tm_lim = ILP_TIME_MS;
    if (glp_simplex(lp, &sm) == 0 && glp_get_status(lp) == GLP_OPT) {
        glp_iocp io;
        glp_init_iocp(&io);
        io.msg_lev = GLP_MSG_OFF;
        io.tm_lim = ILP_TIME_MS;
        io.cb_func = on_event;
        io.cb_info = &x;
        int rc = glp_intopt(lp, &io);
        int st = glp_mip_status(lp);
        if ((rc == 0 || rc == GLP_ETMLIM) && (st == GLP_OPT || st == GLP_FEAS)) {
            for (int j = 1; j <= ns; j++)
                chosen[j - 1] = glp_mip_col_val(lp, j) > 0.5;
            ok = 1;
        }
    }
    glp_delete_prob(lp);
    glp_error_hook(NULL, NULL);
    if (fresh)
        glp_free_env();
    else
        glp_term_out(term);
    return ok;
}

static pthread_mutex_t glpk_lock = PTHREAD_MUTEX_INITIALIZER;

static int solve_serialised(problem *p, uint8_t *chosen)
{
    if (glp_config("TLS"))
        return solve(p, chosen);
    pthread_mutex_lock(&glpk_lock);
    int ok = solve(p, chosen);
    pthread_mutex_unlock(&glpk_lock);
    return ok;
}

precis_status pc_rank_ilp(const pc_model *m, const precis_options *o, pc_ranking *r)
{
    pc_concepts cs;
    double *w;
    precis_status st = pc_coverage_concepts(m, &cs, &w);
    if (st)
        return st;
    st = pc_greedy_cover(m, o, &cs, w, 1.0, r);
    if (st || r->npick == 0)
        return st;
    double greedy = pc_cover_value(m, &cs, w, r->pick, r->npick);

    /* The candidates: greedy's choice first, then by initial gain per cost,
     * those with some gain that fit the budget. */
    size_t n = m->ncandidates;
    by_score_key *keys = pc_arena_alloc(m->arena, n * sizeof *keys);
    uint32_t *cand = pc_arena_alloc(m->arena, n * sizeof *cand);
    int32_t *col = pc_arena_alloc(m->arena, (cs.n + 1) * sizeof *col);
    uint8_t *in_greedy = pc_arena_calloc(m->arena, n, 1);
    if (!keys || !cand || !col || !in_greedy)
        return PRECIS_ENOMEM;
    size_t ns = 0, nk = 0;
    for (size_t j = 0; j < r->npick; j++) {
        in_greedy[r->pick[j]] = 1;
        cand[ns++] = r->pick[j];
    }
    for (size_t i = 0; i < n; i++) {
        if (in_greedy[i] || pc_cost(m, i, o) > o->budget || r->score[i] <= 1e-5)
            continue;
        keys[nk].score = r->score[i];
        keys[nk++].idx = (uint32_t)i;
    }
    qsort(keys, nk, sizeof *keys, by_score_desc);
    for (size_t q = 0; q < nk && ns < ILP_MAX_CANDIDATES; q++)
        cand[ns++] = keys[q].idx;

    /* The concepts of weight > 0 in the candidates, each a column. */
    memset(col, 0xFF, (cs.n + 1) * sizeof *col);
    size_t nc = 0, nnz = 0;
    for (size_t j = 0; j < ns; j++) {
        const pc_concept_list *concepts = pc_cand_concepts(m, &cs, cand[j]);
        for (uint32_t k = 0; k < concepts->n; k++) {
            uint32_t id = concepts->ids[k];
            if (w[id] <= 0)
                continue;
            nnz++;
            if (col[id] < 0)
                col[id] = (int32_t)nc++;
        }
    }
    problem p = {0};
    p.ns = ns;
    p.nc = nc;
    p.budget = (double)o->budget;
    double *cost = pc_arena_alloc(m->arena, ns * sizeof *cost);
    double *weight = pc_arena_alloc(m->arena, (nc + 1) * sizeof *weight);
    size_t *rowstart = pc_arena_calloc(m->arena, nc + 2, sizeof *rowstart);
    int *rowsent = pc_arena_alloc(m->arena, (nnz + 1) * sizeof *rowsent);
    p.start = pc_arena_calloc(m->arena, 1 + ns + nc, sizeof *p.start);
    p.ia = pc_arena_alloc(m->arena, (2 + ns + nnz + nc) * sizeof *p.ia);
    p.ja = pc_arena_alloc(m->arena, (2 + ns + nnz + nc) * sizeof *p.ja);
    p.ar = pc_arena_alloc(m->arena, (2 + ns + nnz + nc) * sizeof *p.ar);
    uint8_t *chosen = pc_arena_calloc(m->arena, ns, 1);
    if (!cost || !weight || !rowstart || !rowsent || !p.start || !p.ia || !p.ja || !p.ar || !chosen)
        return PRECIS_ENOMEM;
    /* rows by counting sort: sizes, prefix sums, fill */
    for (size_t j = 0; j < ns; j++) {
        const pc_concept_list *concepts = pc_cand_concepts(m, &cs, cand[j]);
        cost[j] = (double)pc_cost(m, cand[j], o);
        for (uint32_t k = 0; k < concepts->n; k++)
            if (w[concepts->ids[k]] > 0)
                rowstart[col[concepts->ids[k]] + 2]++;
    }
    for (size_t i = 0; i < nc; i++)
        rowstart[i + 2] += rowstart[i + 1];
    for (size_t j = 0; j < ns; j++) {
        const pc_concept_list *concepts = pc_cand_concepts(m, &cs, cand[j]);
        for (uint32_t k = 0; k < concepts->n; k++) {
            uint32_t id = concepts->ids[k];
            if (w[id] > 0) {
                weight[col[id]] = w[id];
                rowsent[rowstart[col[id] + 1]++] = (int)j;
            }
        }
    }
    /* the greedy answer as a full 0/1 vector */
    for (size_t j = 0; j < r->npick; j++) {
        p.start[1 + j] = 1;
        const pc_concept_list *concepts = pc_cand_concepts(m, &cs, cand[j]);
        for (uint32_t k = 0; k < concepts->n; k++)
            if (w[concepts->ids[k]] > 0)
                p.start[1 + ns + col[concepts->ids[k]]] = 1;
    }
    p.cost = cost;
    p.weight = weight;
    p.rowstart = rowstart;
    p.rowsent = rowsent;
    if (!solve_serialised(&p, chosen))
        return PRECIS_OK;
    /* Keep GLPK's answer only when it fits and is better: the preference
     * order is by greedy gain per cost. */
    size_t k = 0;
    double used = 0;
    for (size_t j = 0; j < ns; j++)
        if (chosen[j]) {
            keys[k].score = r->score[cand[j]];
            keys[k++].idx = cand[j];
            used += cost[j];
        }
    qsort(keys, k, sizeof *keys, by_score_desc);
    uint32_t *pick = pc_arena_alloc(m->arena, (k + 1) * sizeof *pick);
    if (!pick)
        return PRECIS_ENOMEM;
    for (size_t j = 0; j < k; j++)
        pick[j] = keys[j].idx;
    if (k && used <= p.budget && pc_cover_value(m, &cs, w, pick, k) > greedy + 1e-9) {
        memcpy(r->pick, pick, k * sizeof *pick);
        r->npick = k;
    }
    return PRECIS_OK;
}
