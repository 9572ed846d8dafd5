/* precis-train: learns the concept weights of the `learned` method from
 * clusters with reference summaries (Multi-News train; never val).
 *
 * For every concept (content unigram or stemmed bigram) of every cluster it
 * computes pc_concept_features() and the label "the reference summary
 * contains this concept", then fits an L2-regularised logistic regression by
 * Newton's method.  It prints src/rank/learned_weights.inc on stdout.
 *
 * usage: precis-train [--max N] TRAIN.jsonl[.gz] > src/rank/learned_weights.inc
 * (`make train` runs it on ../shared/data/multinews/train-10k.jsonl.gz) */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "model/concepts.h"
#include "precis.h"
#include "util/arena.h"
#include "util/buf.h"

#define L2 1.0
#define ITERS 12

typedef struct data {
    float *x;
    uint8_t *y;
    size_t n, cap;
} data;

static int push(data *d, const double *f, int y)
{
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 1 << 16;
        float *x = realloc(d->x, nc * PC_NFEAT * sizeof *x);
        uint8_t *yy = realloc(d->y, nc);
        if (!x || !yy)
            return -1;
        d->x = x;
        d->y = yy;
        d->cap = nc;
    }
    for (int j = 0; j < PC_NFEAT; j++)
        d->x[d->n * PC_NFEAT + j] = (float)f[j];
    d->y[d->n++] = (uint8_t)y;
    return 0;
}

/* Reads one line of any length; returns 0 at EOF. */
static int read_line(gzFile f, pc_buf *b)
{
    char chunk[65536];
    pc_buf_reset(b);
    while (gzgets(f, chunk, sizeof chunk)) {
        size_t n = strlen(chunk);
        pc_buf_add(b, chunk, n);
        if (n && chunk[n - 1] == '\n')
            return 1;
    }
    return b->len > 0;
}

static int in_set(const uint64_t *set, size_t cap, uint64_t key)
{
    size_t j = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
    while (set[j]) {
        if (set[j] == key)
            return 1;
        j = (j + 1) & (cap - 1);
    }
    return 0;
}

static void add_set(uint64_t *set, size_t cap, uint64_t key)
{
    size_t j = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
    while (set[j] && set[j] != key)
        j = (j + 1) & (cap - 1);
    set[j] = key;
}

static int add_cluster(data *d, const char *line, size_t len, size_t *pos)
{
    json_t *root = json_loadb(line, len, 0, NULL);
    const char *summary = root ? json_string_value(json_object_get(root, "summary")) : NULL;
    if (!summary) {
        json_decref(root);
        return 0;
    }
    precis_cluster *c;
    if (precis_cluster_from_json(line, len, NULL, NULL, &c, NULL, NULL)) {
        json_decref(root);
        return 0;
    }
    size_t slen = strlen(summary);
    uint32_t *ids = malloc((slen + 1) * sizeof *ids);
    size_t nt = ids ? pc_cluster_lookup_terms(c, summary, slen, ids, slen + 1) : 0;
    size_t cap = 64;
    while (cap < 4 * nt + 4)
        cap *= 2;
    uint64_t *set = calloc(cap, sizeof *set);
    pc_arena a;
    pc_arena_init(&a, NULL);
    pc_concepts cs;
    int rc = 0;
    if (!ids || !set || pc_concepts_build(&cs, c, &a, 1)) {
        rc = -1;
        goto out;
    }
    for (size_t i = 0; i < nt && i <= slen; i++) {
        if (ids[i] == UINT32_MAX)
            continue;
        add_set(set, cap, (uint64_t)ids[i] + 1);
        if (i + 1 < nt && ids[i + 1] != UINT32_MAX)
            add_set(set, cap, ((uint64_t)ids[i] + 1) << 32 | ((uint64_t)ids[i + 1] + 1));
    }
    double f[PC_NFEAT];
    for (size_t k = 0; k < cs.n; k++) {
        pc_concept_features(&cs, c, k, f);
        int y = in_set(set, cap, cs.key[k]);
        *pos += (size_t)y;
        if (push(d, f, y)) {
            rc = -1;
            goto out;
        }
    }
out:
    pc_arena_release(&a);
    free(set);
    free(ids);
    precis_cluster_free(c);
    json_decref(root);
    return rc;
}

/* Solves A x = b (n x n, symmetric positive definite) by Gaussian
 * elimination with partial pivoting; A and b are overwritten. */
static void solve(double *A, double *b, int n)
{
    for (int i = 0; i < n; i++) {
        int p = i;
        for (int r = i + 1; r < n; r++)
            if (fabs(A[r * n + i]) > fabs(A[p * n + i]))
                p = r;
        for (int k = 0; k < n; k++) {
            double t = A[i * n + k];
            A[i * n + k] = A[p * n + k];
            A[p * n + k] = t;
        }
        double t = b[i];
        b[i] = b[p];
        b[p] = t;
        for (int r = i + 1; r < n; r++) {
            double q = A[r * n + i] / A[i * n + i];
            for (int k = i; k < n; k++)
                A[r * n + k] -= q * A[i * n + k];
            b[r] -= q * b[i];
        }
    }
    for (int i = n - 1; i >= 0; i--) {
        for (int k = i + 1; k < n; k++)
            b[i] -= A[i * n + k] * b[k];
        b[i] /= A[i * n + i];
    }
}

int main(int argc, char **argv)
{
    size_t max = SIZE_MAX;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--max") == 0 && i + 1 < argc)
            max = (size_t)strtoull(argv[++i], NULL, 10);
        else
            path = argv[i];
    }
    if (!path) {
        fputs("usage: precis-train [--max N] TRAIN.jsonl[.gz] > learned_weights.inc\n", stderr);
        return 2;
    }
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "precis-train: cannot open %s\n", path);
        return 1;
    }
    data d = {0};
    pc_buf line;
    pc_buf_init(&line, NULL);
    size_t clusters = 0, positives = 0;
    while (clusters < max && read_line(f, &line)) {
        if (add_cluster(&d, line.ptr, line.len, &positives)) {
            fputs("precis-train: out of memory\n", stderr);
            return 1;
        }
        clusters++;
    }
    gzclose(f);
    pc_buf_release(&line);
    fprintf(stderr, "precis-train: %zu clusters, %zu concepts, %zu in the references\n", clusters,
            d.n, positives);
    double th[PC_NFEAT] = {0}, loss = 0;
    for (int it = 0; it < ITERS; it++) {
        double g[PC_NFEAT], H[PC_NFEAT * PC_NFEAT];
        for (int j = 0; j < PC_NFEAT; j++) {
            g[j] = L2 * th[j];
            for (int k = 0; k < PC_NFEAT; k++)
                H[j * PC_NFEAT + k] = j == k ? L2 : 0;
        }
        loss = 0;
        for (size_t i = 0; i < d.n; i++) {
            const float *x = d.x + i * PC_NFEAT;
            double z = 0;
            for (int j = 0; j < PC_NFEAT; j++)
                z += th[j] * x[j];
            double p = 1 / (1 + exp(-z));
            double e = p - d.y[i], w = p * (1 - p);
            loss -= d.y[i] ? log(p + 1e-12) : log(1 - p + 1e-12);
            for (int j = 0; j < PC_NFEAT; j++) {
                g[j] += e * x[j];
                for (int k = 0; k <= j; k++)
                    H[j * PC_NFEAT + k] += w * x[j] * x[k];
            }
        }
        for (int j = 0; j < PC_NFEAT; j++)
            for (int k = j + 1; k < PC_NFEAT; k++)
                H[j * PC_NFEAT + k] = H[k * PC_NFEAT + j];
        solve(H, g, PC_NFEAT);
        double step = 0;
        for (int j = 0; j < PC_NFEAT; j++) {
            th[j] -= g[j];
            step += fabs(g[j]);
        }
        fprintf(stderr, "precis-train: iteration %d, log-loss %.5f\n", it + 1,
                loss / (double)(d.n ? d.n : 1));
        if (step < 1e-7)
            break;
    }
    printf("/* Generated by tools/train.c (`make train`); do not edit.\n"
           " * Logistic regression of \"the reference contains this concept\" on\n"
           " * pc_concept_features(), trained on %s:\n"
           " * %zu clusters, %zu concepts, %zu positive, mean log-loss %.5f. */\n",
           strrchr(path, '/') ? strrchr(path, '/') + 1 : path, clusters, d.n, positives,
           loss / (double)(d.n ? d.n : 1));
    printf("static const double learned_weights[PC_NFEAT] = {\n");
    for (int j = 0; j < PC_NFEAT; j++)
        printf("    %.9g,\n", th[j]);
    printf("};\n");
    free(d.x);
    free(d.y);
    return 0;
}
