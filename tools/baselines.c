/* precis-baselines: the bounds of bench/quality.sh's table.  Reads clusters
 * with their reference summary ({"id", "documents", "summary"}, gzip
 * accepted) and writes, one line {"id", "summary"} per cluster each, in
 * OUTDIR:
 *
 *   refs.jsonl     the reference, split into sentences by precis_segment()
 *   oracle.jsonl   greedy extractive oracle: repeatedly adds the sentence that
 *                  most increases ROUGE-1 F + ROUGE-2 F of the summary so far
 *                  against the reference; stops when no sentence fits or none
 *                  improves; sentences in document order
 *   rr-lead.jsonl  round-robin lead: sentence 1 of each document, then
 *                  sentence 2, ...
 *   random.jsonl   the sentences shuffled with a fixed seed, in that order
 *
 * Every baseline picks from precis's own cleaned sentences
 * (precis_cluster_sentence) and obeys precis's budget rule: whole sentences,
 * whitespace words, never over the budget; a sentence that does not fit is
 * skipped and shorter ones are still tried.
 *
 * The oracle's objective is computed from n-gram counts with ROUGE-1.5.5's
 * own tokens under -m (ASCII [A-Za-z0-9]+ lowercased, WordNet exceptions and
 * ROUGE's Porter variant through rouge_stem_token()), clipped as ROUGE clips
 * them, F with alpha 0.5: F_n = 2 hits / (reference n-grams + summary
 * n-grams).  Reference bigrams run across its sentence boundaries as in
 * ROUGE; the summary's bigrams are counted within sentences, since the
 * summary's order is not known while it is built (a few bigrams at most).
 * The table itself is scored by `precis eval`, exactly.
 *
 * usage: precis-baselines [-w WORDS] [--seed N] DATA.jsonl[.gz] OUTDIR */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "eval/rouge.h"
#include "precis.h"
#include "render/escape.h"
#include "text/normalize.h"
#include "util/buf.h"
#include "util/hash.h"
#include "gzlines.h"

/* ---- small growable arrays ---------------------------------------------- */

typedef struct u64v {
    uint64_t *v;
    size_t n, cap;
} u64v;

static void die_oom(void)
{
    fputs("precis-baselines: out of memory\n", stderr);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die_oom();
    return q;
}

static void u64_push(u64v *a, uint64_t x)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 256;
        a->v = xrealloc(a->v, a->cap * sizeof *a->v);
    }
    a->v[a->n++] = x;
}

/* ---- ROUGE tokens as 64-bit keys ----------------------------------------- */

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static uint64_t fnv64(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* Appends the stemmed ROUGE tokens of s[0..len) to `out` as hashes. */
static void rouge_tokens(const char *s, size_t len, u64v *out)
{
    char low[256], stem[512];
    size_t i = 0;
    while (i < len) {
        if (!is_alnum((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && is_alnum((unsigned char)s[i]))
            i++;
        size_t tl = i - start;
        if (tl >= sizeof low) { /* no stem for monsters: hash the raw token */
            u64_push(out, fnv64(s + start, tl) | 1);
            continue;
        }
        for (size_t k = 0; k < tl; k++) {
            char c = s[start + k];
            low[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        size_t sl = rouge_stem_token(low, tl, stem, sizeof stem);
        if (sl >= sizeof stem)
            sl = 0;
        u64_push(out, fnv64(sl ? stem : low, sl ? sl : tl) | 1);
    }
}

/* Keys of unigram h and bigram (a, b); 0 is never a key. */
static uint64_t bigram_key(uint64_t a, uint64_t b)
{
    return pc_mix64(a * 31 + pc_mix64(b)) | 1;
}

/* ---- reference n-gram table ---------------------------------------------- */

/* Open addressing, power-of-two capacity, at most half full. */
typedef struct gmap {
    uint64_t *key;
    uint32_t *idx;
    size_t cap, n;
    uint32_t *ref;  /* per gram: count in the reference */
    uint32_t *cand; /* per gram: count in the summary so far */
    int *order;     /* per gram: 1 or 2 */
    size_t ncap;
} gmap;

static void gmap_reset(gmap *m, size_t want)
{
    size_t cap = 64;
    while (cap < 2 * want + 2)
        cap *= 2;
    if (cap > m->cap) {
        m->key = xrealloc(m->key, cap * sizeof *m->key);
        m->idx = xrealloc(m->idx, cap * sizeof *m->idx);
        m->cap = cap;
    }
    memset(m->key, 0, m->cap * sizeof *m->key);
    m->n = 0;
}

static long gmap_find(const gmap *m, uint64_t k)
{
    size_t j = (size_t)pc_mix64(k) & (m->cap - 1);
    while (m->key[j]) {
        if (m->key[j] == k)
            return m->idx[j];
        j = (j + 1) & (m->cap - 1);
    }
    return -1;
}

static void gmap_add(gmap *m, uint64_t k, int order)
{
    size_t j = (size_t)pc_mix64(k) & (m->cap - 1);
    while (m->key[j] && m->key[j] != k)
        j = (j + 1) & (m->cap - 1);
    if (m->key[j]) {
        m->ref[m->idx[j]]++;
        return;
    }
    if (m->n == m->ncap) {
        m->ncap = m->ncap ? m->ncap * 2 : 1024;
        m->ref = xrealloc(m->ref, m->ncap * sizeof *m->ref);
        m->cand = xrealloc(m->cand, m->ncap * sizeof *m->cand);
        m->order = xrealloc(m->order, m->ncap * sizeof *m->order);
    }
    m->key[j] = k;
    m->idx[j] = (uint32_t)m->n;
    m->ref[m->n] = 1;
    m->cand[m->n] = 0;
    m->order[m->n] = order;
    m->n++;
}

/* ---- one cluster ---------------------------------------------------------- */

typedef struct sent {
    const char *text;
    size_t len, doc, words;
    size_t g0, gn; /* its reference grams: grams.v[g0 .. g0 + gn) */
    size_t n1, n2; /* its unigrams and (within-sentence) bigrams */
} sent;

typedef struct work {
    sent *s;
    size_t ns, scap;
    u64v toks, grams;
    gmap m;
    size_t *pick, *tmp;
    size_t pcap;
    unsigned char *used;
} work;

static void write_summary(FILE *f, const char *id, const sent *s, const size_t *pick, size_t n,
                          pc_buf *b)
{
    pc_buf_reset(b);
    pc_buf_adds(b, "{\"id\": ");
    pc_buf_adds(b, id);
    pc_buf_adds(b, ", \"summary\": \"");
    for (size_t i = 0; i < n; i++) {
        if (i)
            pc_buf_adds(b, "\\n");
        pc_esc_json(b, s[pick[i]].text, s[pick[i]].len);
    }
    pc_buf_adds(b, "\"}\n");
    if (b->oom)
        die_oom();
    fwrite(b->ptr, 1, b->len, f);
}

typedef struct span_ctx {
    const char *text;
    pc_buf *out;
} span_ctx;

static int ref_span(void *ctx, size_t start, size_t end)
{
    span_ctx *c = ctx;
    if (c->out->len)
        pc_buf_adds(c->out, "\\n");
    pc_esc_json(c->out, c->text + start, end - start);
    return 0;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Greedy oracle; fills w->pick (document order), returns the count. */
static size_t oracle(work *w, const char *ref, size_t ref_len, size_t budget)
{
    /* reference n-grams: unigrams, then bigrams over the whole token run */
    w->toks.n = 0;
    rouge_tokens(ref, ref_len, &w->toks);
    size_t rt1 = w->toks.n, rt2 = rt1 ? rt1 - 1 : 0;
    gmap_reset(&w->m, 2 * rt1);
    for (size_t i = 0; i < rt1; i++) {
        gmap_add(&w->m, w->toks.v[i], 1);
        if (i + 1 < rt1)
            gmap_add(&w->m, bigram_key(w->toks.v[i], w->toks.v[i + 1]), 2);
    }
    /* each sentence: its grams that the reference holds */
    w->grams.n = 0;
    for (size_t i = 0; i < w->ns; i++) {
        sent *s = &w->s[i];
        w->toks.n = 0;
        rouge_tokens(s->text, s->len, &w->toks);
        s->n1 = w->toks.n;
        s->n2 = s->n1 ? s->n1 - 1 : 0;
        s->g0 = w->grams.n;
        for (size_t k = 0; k < s->n1; k++) {
            long g = gmap_find(&w->m, w->toks.v[k]);
            if (g >= 0)
                u64_push(&w->grams, (uint64_t)g);
            if (k + 1 < s->n1) {
                g = gmap_find(&w->m, bigram_key(w->toks.v[k], w->toks.v[k + 1]));
                if (g >= 0)
                    u64_push(&w->grams, (uint64_t)g);
            }
        }
        s->gn = w->grams.n - s->g0;
    }
    memset(w->used, 0, w->ns);
    size_t h1 = 0, h2 = 0, c1 = 0, c2 = 0, left = budget, n = 0;
    double best_f = 0;
    /* Cost: sentences x picks x grams per sentence; picks <= budget. */
    for (;;) {
        long best = -1;
        double best_gain = 1e-12;
        size_t bh1 = 0, bh2 = 0;
        for (size_t i = 0; i < w->ns; i++) {
            sent *s = &w->s[i];
            if (w->used[i] || s->words == 0 || s->words > left || s->n1 == 0)
                continue;
            size_t a1 = 0, a2 = 0;
            const uint64_t *g = w->grams.v + s->g0;
            for (size_t k = 0; k < s->gn; k++) {
                if (w->m.cand[g[k]] < w->m.ref[g[k]])
                    *(w->m.order[g[k]] == 1 ? &a1 : &a2) += 1;
                w->m.cand[g[k]]++;
            }
            for (size_t k = 0; k < s->gn; k++)
                w->m.cand[g[k]]--;
            double f1 = rt1 + c1 + s->n1 ? 2.0 * (double)(h1 + a1) / (double)(rt1 + c1 + s->n1) : 0;
            double f2 = rt2 + c2 + s->n2 ? 2.0 * (double)(h2 + a2) / (double)(rt2 + c2 + s->n2) : 0;
            double gain = f1 + f2 - best_f;
            if (gain > best_gain) {
                best_gain = gain;
                best = (long)i;
                bh1 = a1;
                bh2 = a2;
            }
        }
        if (best < 0)
            break;
        sent *s = &w->s[best];
        const uint64_t *g = w->grams.v + s->g0;
        for (size_t k = 0; k < s->gn; k++)
            w->m.cand[g[k]]++;
        h1 += bh1;
        h2 += bh2;
        c1 += s->n1;
        c2 += s->n2;
        best_f += best_gain;
        left -= s->words;
        w->used[best] = 1;
        w->pick[n++] = (size_t)best;
    }
    qsort(w->pick, n, sizeof *w->pick, cmp_size);
    return n;
}

/* Round-robin lead; sentences come in document order. */
static size_t rr_lead(work *w, size_t budget)
{
    size_t ndocs = 0;
    for (size_t i = 0; i < w->ns; i++)
        if (w->s[i].doc + 1 > ndocs)
            ndocs = w->s[i].doc + 1;
    /* first[d] = first sentence of document d (sentences are grouped by
     * document); then take position r of every document, r = 0, 1, ... */
    size_t *first = xrealloc(NULL, (ndocs + 1) * sizeof *first);
    for (size_t d = 0; d <= ndocs; d++)
        first[d] = w->ns;
    for (size_t i = w->ns; i-- > 0;)
        first[w->s[i].doc] = i;
    size_t n = 0, left = budget;
    for (size_t r = 0;; r++) {
        int any = 0;
        for (size_t d = 0; d < ndocs; d++) {
            size_t i = first[d] + r;
            if (first[d] >= w->ns || i >= w->ns || w->s[i].doc != d)
                continue;
            any = 1;
            if (w->s[i].words && w->s[i].words <= left) {
                left -= w->s[i].words;
                w->pick[n++] = i;
            }
        }
        if (!any)
            break;
    }
    free(first);
    return n;
}

static uint64_t splitmix(uint64_t *x)
{
    return pc_mix64(*x += 0x9e3779b97f4a7c15ull);
}

static size_t random_pick(work *w, size_t budget, uint64_t seed)
{
    for (size_t i = 0; i < w->ns; i++)
        w->tmp[i] = i;
    uint64_t st = seed;
    for (size_t i = w->ns; i > 1; i--) {
        size_t j = (size_t)(splitmix(&st) % i);
        size_t t = w->tmp[i - 1];
        w->tmp[i - 1] = w->tmp[j];
        w->tmp[j] = t;
    }
    size_t n = 0, left = budget;
    for (size_t k = 0; k < w->ns; k++) {
        size_t i = w->tmp[k];
        if (w->s[i].words && w->s[i].words <= left) {
            left -= w->s[i].words;
            w->pick[n++] = i;
        }
    }
    return n;
}

static FILE *open_out(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    return f;
}

int main(int argc, char **argv)
{
    size_t budget = PRECIS_DEFAULT_WORDS;
    uint64_t seed = 1;
    const char *in = NULL, *outdir = NULL;
    for (int i = 1; i < argc; i++) {
        if ((strcmp(argv[i], "-w") == 0 || strcmp(argv[i], "--words") == 0) && i + 1 < argc)
            budget = (size_t)strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            seed = strtoull(argv[++i], NULL, 10);
        else if (!in)
            in = argv[i];
        else if (!outdir)
            outdir = argv[i];
        else
            in = NULL, i = argc;
    }
    if (!in || !outdir || budget == 0) {
        fputs("usage: precis-baselines [-w WORDS] [--seed N] DATA.jsonl[.gz] OUTDIR\n", stderr);
        return 2;
    }
    gzFile f = gzopen(in, "rb");
    if (!f) {
        perror(in);
        return 1;
    }
    FILE *fr = open_out(outdir, "refs.jsonl"), *fo = open_out(outdir, "oracle.jsonl");
    FILE *fl = open_out(outdir, "rr-lead.jsonl"), *fx = open_out(outdir, "random.jsonl");
    pc_buf line, out;
    pc_buf_init(&line, NULL);
    pc_buf_init(&out, NULL);
    work w = {0};
    size_t lineno = 0, done = 0, bad = 0, noref = 0;
    while (pc_gz_read_line(f, &line)) {
        lineno++;
        if (line.oom)
            die_oom();
        size_t len = line.len;
        while (len && (line.ptr[len - 1] == '\n' || line.ptr[len - 1] == '\r'))
            len--;
        if (len == 0)
            continue;
        precis_cluster *c = NULL;
        char *id = NULL;
        precis_error err;
        json_t *root = json_loadb(line.ptr, len, 0, NULL);
        if (!root || precis_cluster_from_json(line.ptr, len, NULL, NULL, &c, &id, &err) || !id) {
            fprintf(stderr, "precis-baselines: %s:%zu: skipped (not a cluster)\n", in, lineno);
            json_decref(root);
            precis_cluster_free(c);
            precis_free(id);
            bad++;
            continue;
        }
        const char *ref = json_string_value(json_object_get(root, "summary"));
        if (!ref) {
            ref = "";
            noref++;
        }
        size_t ref_len = strlen(ref);

        w.ns = precis_cluster_sentence_count(c);
        if (w.ns > w.scap) {
            w.scap = w.ns;
            w.s = xrealloc(w.s, w.scap * sizeof *w.s);
            w.pick = xrealloc(w.pick, w.scap * sizeof *w.pick);
            w.tmp = xrealloc(w.tmp, w.scap * sizeof *w.tmp);
            w.used = xrealloc(w.used, w.scap);
        }
        for (size_t i = 0; i < w.ns; i++) {
            precis_sentence ps;
            precis_cluster_sentence(c, i, &ps);
            w.s[i] = (sent){ps.text, ps.len, ps.doc, pc_count_words(ps.text, ps.len), 0, 0, 0, 0};
        }

        /* the reference, one sentence per line */
        pc_buf_reset(&out);
        span_ctx sc = {ref, &out};
        precis_segment(ref, ref_len, ref_span, &sc);
        if (out.oom)
            die_oom();
        fprintf(fr, "{\"id\": %s, \"summary\": \"%s\"}\n", id, out.ptr);

        size_t n = oracle(&w, ref, ref_len, budget);
        write_summary(fo, id, w.s, w.pick, n, &out);
        n = rr_lead(&w, budget);
        write_summary(fl, id, w.s, w.pick, n, &out);
        n = random_pick(&w, budget, pc_mix64(seed) ^ pc_mix64(lineno));
        write_summary(fx, id, w.s, w.pick, n, &out);

        json_decref(root);
        precis_cluster_free(c);
        precis_free(id);
        done++;
    }
    gzclose(f);
    int rc = 0;
    FILE *fs[] = {fr, fo, fl, fx};
    for (size_t i = 0; i < 4; i++)
        if (fclose(fs[i]) != 0)
            rc = 1;
    if (rc)
        fputs("precis-baselines: write error\n", stderr);
    fprintf(stderr, "precis-baselines: %zu clusters (%zu skipped, %zu without reference)\n", done,
            bad, noref);
    pc_buf_release(&line);
    pc_buf_release(&out);
    free(w.s);
    free(w.pick);
    free(w.tmp);
    free(w.used);
    free(w.toks.v);
    free(w.grams.v);
    free(w.m.key);
    free(w.m.idx);
    free(w.m.ref);
    free(w.m.cand);
    free(w.m.order);
    return rc;
}
