/* precis-train: learns the concept weights of the `learned` method from
 * clusters with reference summaries (Multi-News train; never val).
 *
 * A first pass counts, for every stem, the clusters whose input has it and
 * those whose reference has it too: the lexicon (Hong & Nenkova 2014's
 * "global" word importance, learned from the training summaries).  Then for
 * every concept (content unigram or stemmed bigram) of every cluster it
 * computes pc_concept_features() -- with lexicon values counted without the
 * cluster itself, so the label does not leak into its own features -- and
 * the label "the reference summary contains this concept", and fits an
 * L2-regularised logistic regression by Newton's method; then the same for
 * the sentence prior.  It prints src/rank/learned_weights.inc on stdout:
 * both weight vectors and the lexicon.
 *
 * usage: precis-train [--max N] TRAIN.jsonl[.gz] > src/rank/learned_weights.inc
 * (`make generate` runs it on ../shared/data/multinews/train-10k.jsonl.gz
 * through tools/generate.py, which adds the header) */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "model/concepts.h"
#include "model/sentfeat.h"
#include "rank/rank.h"
#include "precis.h"
#include "util/arena.h"
#include "util/buf.h"
#include "gzlines.h"

#define L2 1.0
#define ITERS 12

/* The lexicon keeps stems seen in at least LEX_MIN training clusters; their
 * log-odds are shrunk toward the average by LEX_PRIOR pseudo-clusters. */
#define LEX_MIN 10
#define LEX_PRIOR 10.0
#define BLEX_MIN 40 /* for bigrams ("stem1 stem2"): they are many more */

/* Stem -> clusters whose input has it (nin) and whose reference has it too
 * (nref), over the whole training file. */
typedef struct lexmap {
    char **key;
    uint32_t *nin, *nref;
    size_t cap, n;
    double p0; /* sum nref / sum nin */
} lexmap;

static size_t lex_slot(const lexmap *L, const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (const char *p = s; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    size_t j = (size_t)(h >> 17) & (L->cap - 1);
    while (L->key[j] && strcmp(L->key[j], s) != 0)
        j = (j + 1) & (L->cap - 1);
    return j;
}

static void lex_grow(lexmap *L)
{
    lexmap N = {calloc(L->cap * 2, sizeof(char *)),
                calloc(L->cap * 2, sizeof(uint32_t)),
                calloc(L->cap * 2, sizeof(uint32_t)),
                L->cap * 2,
                L->n,
                0};
    if (!N.key || !N.nin || !N.nref)
        exit(1);
    for (size_t j = 0; j < L->cap; j++)
        if (L->key[j]) {
            size_t q = lex_slot(&N, L->key[j]);
            N.key[q] = L->key[j];
            N.nin[q] = L->nin[j];
            N.nref[q] = L->nref[j];
        }
    free(L->key);
    free(L->nin);
    free(L->nref);
    *L = N;
}

static double lex_logodds(const lexmap *L, double nin, double nref)
{
    double a = nref + LEX_PRIOR * L->p0, b = nin - nref + LEX_PRIOR * (1 - L->p0);
    return log(a / b) - log(L->p0 / (1 - L->p0));
}

static lexmap lex = {NULL, NULL, NULL, 0, 0, 0};

typedef struct data {
    int nf; /* features per row */
    float *x;
    float *y; /* label in [0, 1] */
    size_t n, cap;
} data;

static int push(data *d, const double *f, double y)
{
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 1 << 16;
        float *x = realloc(d->x, nc * (size_t)d->nf * sizeof *x);
        if (!x)
            return -1;
        d->x = x;
        float *yy = realloc(d->y, nc * sizeof *yy);
        if (!yy)
            return -1;
        d->y = yy;
        d->cap = nc;
    }
    for (int j = 0; j < d->nf; j++)
        d->x[d->n * (size_t)d->nf + (size_t)j] = (float)f[j];
    d->y[d->n++] = (float)y;
    return 0;
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

/* Candidate-sentence rows: features and the share of the sentence's unigram
 * concepts that the reference contains (to ds[0]), and of its bigram
 * concepts (to ds[1]). */
static int sentence_rows(data *ds, precis_cluster *c, pc_arena *a, const pc_concepts *cs,
                         const uint8_t *inref, const double *theta, size_t *pos)
{
    pc_model m;
    if (pc_model_build(&m, c, a))
        return -1;
    double *w = pc_arena_alloc(a, (cs->n + 1) * sizeof *w);
    if (!w)
        return -1;
    pc_concept_probs(cs, theta, w);
    precis_options o;
    precis_options_init(&o);
    pc_sentence_context x;
    if (pc_sentence_context_build(&m, cs, w, (size_t)1 << 20, &x))
        return -1;
    double f[PC_NSFEAT];
    for (size_t i = 0; i < m.ncandidates; i++) {
        uint32_t si = m.sentence_of[i];
        /* [0] unigram concepts, [1] bigram concepts */
        size_t n[2] = {0, 0}, hit[2] = {0, 0};
        for (uint32_t k = 0; k < cs->by_sentence[si].n; k++) {
            uint32_t id = cs->by_sentence[si].ids[k];
            int bi = pc_concept_is_bigram(cs, id);
            n[bi]++;
            hit[bi] += inref[id];
        }
        double y = n[0] ? (double)hit[0] / n[0] : 0.0;
        double yb = n[1] ? (double)hit[1] / n[1] : 0.0;
        pc_sentence_features(&m, &x, i, f);
        *pos += y >= 0.5;
        if (push(ds, f, y) || push(ds + 1, f, yb))
            return -1;
    }
    return 0;
}

/* "stem1 stem2" of bigram concept key into buf; 0 when it does not fit. */
static int bigram_name(const precis_cluster *c, uint64_t key, char *buf, size_t cap)
{
    const pc_term *ta = &c->vocab.terms[(key >> 32) - 1];
    const pc_term *tb = &c->vocab.terms[(key & 0xFFFFFFFFu) - 1];
    if (ta->len + tb->len + 2 > cap)
        return 0;
    memcpy(buf, ta->str, ta->len);
    buf[ta->len] = ' ';
    memcpy(buf + ta->len + 1, tb->str, tb->len);
    buf[ta->len + 1 + tb->len] = 0;
    return 1;
}

/* Counts one cluster of stem or bigram `name` in the lexicon. */
static void lex_count(const char *name, int in_ref)
{
    if (2 * (lex.n + 1) > lex.cap)
        lex_grow(&lex);
    size_t q = lex_slot(&lex, name);
    if (!lex.key[q]) {
        lex.key[q] = strdup(name);
        if (!lex.key[q])
            exit(1);
        lex.n++;
    }
    lex.nin[q]++;
    lex.nref[q] += in_ref != 0;
}

/* With `counting`, adds the cluster's stems to the lexicon counts.  Else
 * adds the rows of one cluster: concept rows to dc (always) and, when theta
 * (the concept model) is given, candidate-sentence rows to ds; the lexicon
 * features then come from the counts of the other clusters. */
static int add_cluster(data *dc, data *ds, const double *theta, const char *line, size_t len,
                       size_t *pos, int counting)
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
    /* the cluster's own stems, in the reference or not */
    size_t nterms = c->vocab.nterms;
    uint8_t *tref = calloc(nterms + 1, 1);
    float *lexv = calloc(nterms + 1, sizeof *lexv);
    uint8_t *known = calloc(nterms + 1, 1);
    uint8_t *inref = malloc(cs.n + 1), *bknown = NULL;
    float *blexv = NULL;
    char name[256];
    if (!inref || !tref || !lexv || !known) {
        rc = -1;
        goto out2;
    }
    for (size_t i = 0; i < nt && i <= slen; i++)
        if (ids[i] != UINT32_MAX && ids[i] < nterms)
            tref[ids[i]] = 1;
    for (size_t k = 0; k < cs.n; k++)
        inref[k] = (uint8_t)in_set(set, cap, cs.key[k]);
    if (counting) {
        for (size_t t = 0; t < nterms; t++)
            lex_count(c->vocab.terms[t].str, tref[t]);
        for (size_t k = 0; k < cs.n; k++)
            if (pc_concept_is_bigram(&cs, k) && bigram_name(c, cs.key[k], name, sizeof name))
                lex_count(name, inref[k]);
        goto out2;
    }
    /* leave this cluster out of the lexicon it is described with */
    for (size_t t = 0; t < nterms; t++) {
        size_t q = lex_slot(&lex, c->vocab.terms[t].str);
        if (lex.key[q] && lex.nin[q] - 1 >= LEX_MIN) {
            known[t] = 1;
            lexv[t] = (float)lex_logodds(&lex, lex.nin[q] - 1.0, lex.nref[q] - (double)tref[t]);
        }
    }
    cs.lexicon.term_logodds = lexv;
    cs.lexicon.term_known = known;
    blexv = calloc(cs.n + 1, sizeof *blexv);
    bknown = calloc(cs.n + 1, 1);
    if (!blexv || !bknown) {
        rc = -1;
        goto out2;
    }
    for (size_t k = 0; k < cs.n; k++) {
        if (!pc_concept_is_bigram(&cs, k) || !bigram_name(c, cs.key[k], name, sizeof name))
            continue;
        uint32_t x = (uint32_t)(cs.key[k] >> 32) - 1, y = (uint32_t)(cs.key[k] & 0xFFFFFFFFu) - 1;
        size_t q = lex_slot(&lex, name);
        if (known[x] && known[y] && lex.key[q] && lex.nin[q] - 1 >= BLEX_MIN) {
            bknown[k] = 1;
            blexv[k] = (float)lex_logodds(&lex, lex.nin[q] - 1.0, lex.nref[q] - (double)inref[k]);
        }
    }
    cs.lexicon.bigram_logodds = blexv;
    cs.lexicon.bigram_known = bknown;
    if (!theta) {
        double f[PC_NFEAT];
        for (size_t k = 0; k < cs.n; k++) {
            pc_concept_features(&cs, k, f);
            *pos += inref[k];
            if (push(dc, f, inref[k])) {
                rc = -1;
                break;
            }
        }
    } else {
        rc = sentence_rows(ds, c, &a, &cs, inref, theta, pos);
    }
out2:
    free(inref);
    free(tref);
    free(lexv);
    free(known);
    free(blexv);
    free(bknown);
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

/* L2-regularised logistic regression (soft labels) by Newton's method. */
static double fit(const data *d, double *th, const char *what)
{
    int nf = d->nf;
    double *g = calloc((size_t)nf, sizeof *g), *H = calloc((size_t)(nf * nf), sizeof *H);
    double loss = 0;
    if (!g || !H)
        exit(1);
    memset(th, 0, (size_t)nf * sizeof *th);
    for (int it = 0; it < ITERS; it++) {
        for (int j = 0; j < nf; j++) {
            g[j] = L2 * th[j];
            for (int k = 0; k < nf; k++)
                H[j * nf + k] = j == k ? L2 : 0;
        }
        loss = 0;
        for (size_t i = 0; i < d->n; i++) {
            const float *x = d->x + i * (size_t)nf;
            double z = 0;
            for (int j = 0; j < nf; j++)
                z += th[j] * x[j];
            double p = 1 / (1 + exp(-z)), y = d->y[i];
            double e = p - y, w = p * (1 - p);
            loss -= y * log(p + 1e-12) + (1 - y) * log(1 - p + 1e-12);
            for (int j = 0; j < nf; j++) {
                g[j] += e * x[j];
                for (int k = 0; k <= j; k++)
                    H[j * nf + k] += w * x[j] * x[k];
            }
        }
        for (int j = 0; j < nf; j++)
            for (int k = j + 1; k < nf; k++)
                H[j * nf + k] = H[k * nf + j];
        solve(H, g, nf);
        double step = 0;
        for (int j = 0; j < nf; j++) {
            th[j] -= g[j];
            step += fabs(g[j]);
        }
        fprintf(stderr, "precis-train: %s: iteration %d, log-loss %.5f\n", what, it + 1,
                loss / (double)(d->n ? d->n : 1));
        if (step < 1e-7)
            break;
    }
    free(g);
    free(H);
    return loss / (double)(d->n ? d->n : 1);
}

/* One pass over the training file; `counting` = lexicon counts, else theta
 * NULL = concept rows. */
static size_t pass(const char *path, size_t max, data *dc, data *ds, const double *theta,
                   size_t *pos, int counting)
{
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "precis-train: cannot open %s\n", path);
        exit(1);
    }
    pc_buf line;
    pc_buf_init(&line, NULL);
    size_t clusters = 0;
    while (clusters < max && pc_gz_read_line(f, &line)) {
        if (add_cluster(dc, ds, theta, line.ptr, line.len, pos, counting)) {
            fputs("precis-train: out of memory\n", stderr);
            exit(1);
        }
        clusters++;
    }
    gzclose(f);
    pc_buf_release(&line);
    return clusters;
}

/* The features' names and labels (model/features.h), for the table. */
typedef struct feature_name {
    const char *name, *what;
} feature_name;
#define CONCEPT_NAME(name, what) {"PC_CF_" #name, what},
#define SENTENCE_NAME(name, what) {"PC_SF_" #name, what},
static const feature_name concept_names[PC_NFEAT] = {PC_CONCEPT_FEATURES(CONCEPT_NAME)};
static const feature_name sentence_names[PC_NSFEAT] = {PC_SENTENCE_FEATURES(SENTENCE_NAME)};

/* A weight vector, each weight initialised by its feature's name, and the
 * count that src/rank/learned.c checks against the code's. */
static void print_array(const char *name, const char *count, const double *th,
                        const feature_name *names, int n)
{
    printf("#define %s %d\n", count, n);
    printf("static const double %s[%d] = {\n", name, n);
    for (int j = 0; j < n; j++)
        printf("    [%s] = %.9g, /* %s */\n", names[j].name, th[j], names[j].what);
    printf("};\n");
}

static int by_stem(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The stems of at least LEX_MIN clusters and bigrams of at least BLEX_MIN
 * as C arrays: the entries, sorted, in one string; their offsets; their
 * log-odds; the hash index (pc_lexicon in src/model/concepts.h). */
static void print_lexicon(void)
{
    char **keys = malloc((lex.n + 1) * sizeof *keys);
    size_t n = 0;
    if (!keys)
        exit(1);
    for (size_t j = 0; j < lex.cap; j++)
        if (lex.key[j] && lex.nin[j] >= (strchr(lex.key[j], ' ') ? BLEX_MIN : LEX_MIN))
            keys[n++] = lex.key[j];
    if (!n) {
        fputs("precis-train: no stem is frequent enough for the lexicon\n", stderr);
        exit(1);
    }
    qsort(keys, n, sizeof *keys, by_stem);
    printf("/* learned_lexicon: stems of at least %d of the training clusters, stem\n"
           " *   bigrams of at least %d, and the log-odds, shrunk by %g pseudo-clusters,\n"
           " *   that the reference keeps them when the input has them, relative to the\n"
           " *   average stem (%.5f). */\n",
           LEX_MIN, BLEX_MIN, LEX_PRIOR, lex.p0);
    printf("static const char learned_lex_str[] =\n");
    for (size_t i = 0; i < n; i++) {
        printf("    \"");
        for (const unsigned char *p = (const unsigned char *)keys[i]; *p; p++)
            if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\' || *p == '?')
                printf("\\%03o", *p);
            else
                putchar(*p);
        printf("\\0\"%s\n", i + 1 < n ? "" : ";");
    }
    printf("static const uint32_t learned_lex_off[] = {");
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        printf("%s%zu,", i % 10 ? " " : "\n    ", off);
        off += strlen(keys[i]) + 1;
    }
    printf("\n};\nstatic const float learned_lex_val[] = {");
    /* the values as the compiler reads them back from the table's text */
    float *vals = malloc((n + 1) * sizeof *vals);
    if (!vals)
        exit(1);
    for (size_t i = 0; i < n; i++) {
        size_t q = lex_slot(&lex, keys[i]);
        char txt[64];
        snprintf(txt, sizeof txt, "%.4f", lex_logodds(&lex, lex.nin[q], lex.nref[q]));
        vals[i] = strtof(txt, NULL);
        printf("%s%sf,", i % 8 ? " " : "\n    ", txt);
    }
    printf("\n};\n");
    /* the index (pc_lexicon_index), with the first seed under which the
     * entries' checks all differ */
    char *all = malloc(off + 1);
    uint32_t *offs = malloc((n + 1) * sizeof *offs);
    size_t nslot = pc_lexicon_nslot(n);
    pc_lexslot *slot = malloc(nslot * sizeof *slot);
    if (!all || !offs || !slot) {
        fputs("precis-train: out of memory\n", stderr);
        exit(1);
    }
    for (size_t i = 0, o = 0; i < n; o += strlen(keys[i]) + 1, i++) {
        offs[i] = (uint32_t)o;
        memcpy(all + o, keys[i], strlen(keys[i]) + 1);
    }
    uint64_t seed = 0;
    while (pc_lexicon_index(all, offs, vals, n, seed, slot))
        if (++seed == 1000) {
            fputs("precis-train: no seed separates the lexicon's checks\n", stderr);
            exit(1);
        }
    printf("static const uint64_t learned_lex_seed = %llu;\n", (unsigned long long)seed);
    printf("static const pc_lexslot learned_lex_slot[] = {");
    for (size_t j = 0; j < nslot; j++) {
        if (slot[j].check) {
            /* the value as learned_lex_val writes it (the same float) */
            char txt[64];
            snprintf(txt, sizeof txt, "%.4f", (double)slot[j].val);
            if (strtof(txt, NULL) != slot[j].val)
                snprintf(txt, sizeof txt, "%.9e", (double)slot[j].val);
            printf("%s{%uu, %sf},", j % 4 ? " " : "\n    ", slot[j].check, txt);
        } else
            printf("%s{0, 0},", j % 4 ? " " : "\n    ");
    }
    printf("\n};\n");
    free(slot);
    free(offs);
    free(all);
    free(vals);
    /* the Bloom filter of the bigram entries (pc_lexicon.filter) */
    uint64_t *filter = calloc(PC_LEX_FILTER_BITS / 64, sizeof *filter);
    if (!filter)
        exit(1);
    for (size_t i = 0; i < n; i++)
        if (strchr(keys[i], ' '))
            pc_lexicon_filter_add(filter, pc_lexicon_hash(keys[i], strlen(keys[i])));
    printf("static const uint64_t learned_lex_filter[] = {");
    for (size_t j = 0; j < PC_LEX_FILTER_BITS / 64; j++)
        printf("%s0x%llx,", j % 6 ? " " : "\n    ", (unsigned long long)filter[j]);
    printf("\n};\n");
    free(filter);
    free(keys);
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
    data dc = {PC_NFEAT, NULL, NULL, 0, 0};
    data ds[2] = {{PC_NSFEAT, NULL, NULL, 0, 0}, {PC_NSFEAT, NULL, NULL, 0, 0}};
    size_t pos_c = 0, pos_s = 0;
    lex.cap = 1 << 16;
    lex.key = calloc(lex.cap, sizeof *lex.key);
    lex.nin = calloc(lex.cap, sizeof *lex.nin);
    lex.nref = calloc(lex.cap, sizeof *lex.nref);
    if (!lex.key || !lex.nin || !lex.nref)
        return 1;
    pass(path, max, NULL, NULL, NULL, &pos_c, 1);
    double sum_in = 0, sum_ref = 0;
    for (size_t j = 0; j < lex.cap; j++)
        if (lex.key[j] && !strchr(lex.key[j], ' ')) {
            sum_in += lex.nin[j];
            sum_ref += lex.nref[j];
        }
    lex.p0 = sum_in > 0 ? sum_ref / sum_in : 0.5;
    pos_c = 0;
    size_t clusters = pass(path, max, &dc, NULL, NULL, &pos_c, 0);
    fprintf(stderr, "precis-train: %zu clusters, %zu concepts, %zu in the references\n", clusters,
            dc.n, pos_c);
    double thc[PC_NFEAT], ths[PC_NSFEAT];
    double loss_c = fit(&dc, thc, "concepts");
    size_t nconcepts = dc.n;
    free(dc.x);
    free(dc.y);
    pass(path, max, NULL, ds, thc, &pos_s, 0);
    fprintf(stderr, "precis-train: %zu candidate sentences\n", ds[0].n);
    double thb[PC_NSFEAT];
    double loss_s = fit(&ds[0], ths, "sentences, unigrams");
    double loss_b = fit(&ds[1], thb, "sentences, bigrams");
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    printf("/* Trained on %s, %zu clusters.\n"
           " * learned_concept: logistic regression of \"the reference contains this\n"
           " *   concept\" on pc_concept_features(): %zu concepts, %zu positive,\n"
           " *   mean log-loss %.5f.\n"
           " * learned_sentence, learned_sentence_bi: logistic regressions (soft\n"
           " *   labels) of the share of a sentence's unigram (bigram) concepts found in\n"
           " *   the reference on pc_sentence_features(): %zu sentences, mean log-loss\n"
           " *   %.5f (%.5f). */\n",
           base, clusters, nconcepts, pos_c, loss_c, ds[0].n, loss_s, loss_b);
    print_array("learned_concept", "LEARNED_CONCEPT_FEATURES", thc, concept_names, PC_NFEAT);
    print_array("learned_sentence", "LEARNED_SENTENCE_FEATURES", ths, sentence_names, PC_NSFEAT);
    print_array("learned_sentence_bi", "LEARNED_SENTENCE_FEATURES_BI", thb, sentence_names,
                PC_NSFEAT);
    print_lexicon();
    for (int q = 0; q < 2; q++) {
        free(ds[q].x);
        free(ds[q].y);
    }
    return 0;
}
