/* A front glued to a lead that another document of the cluster carries
 * without it: counts the sentences of document A that, from their word k
 * (FIRST_K <= k <= LAST_K), go on with the first N words (analysed terms)
 * of a sentence of another document B of the same cluster, and weighs the
 * words before k (the front) against a reference summary: how many of the
 * front's content words the reference has, against the rest's, and whether
 * the reference holds the two words on either side of the junction (a
 * front glued with no mark between is a headline, a label or a credit: the
 * junction is no phrase a writer wrote).  Built and run by bench/glued.sh.
 * usage: glued [--show] [--strict] [-n N] < clusters
 *   --strict: only fronts with nothing but a space before the lead and no
 *   function word last (a headline's end, not a clause's)
 *   --copies: keep near copies of documents (model/copies.h) in the cluster
 *   --first: only in a document's first sentence (pc_sent.pos 0)
 *   --lcp L: only where A's rest and B's sentence share their first L words
 *   clusters: "C id\n", then per document "D bytes\n" + text + "\n", then
 *   "R bytes\n" + the reference + "\n" (bench/glued.sh writes them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/cluster.h"
#include "precis.h"
#include "text/tokenize.h"

#define FIRST_K 3
#define LAST_K 20

static uint64_t key_of(const uint32_t *tok, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (tok[i] + 1u)) * 0x100000001B3u;
    return h ? h : 1;
}

typedef struct tokpos {
    size_t n, want, start, prev_end;
} tokpos;

static int on_tok(void *ctx, const char *w, size_t n, uint32_t h, size_t start, size_t end)
{
    (void)w, (void)n, (void)h;
    tokpos *t = ctx;
    if (t->n++ == t->want) {
        t->start = start;
        return 1;
    }
    t->prev_end = end;
    return 0;
}

/* Byte offset in the display text of its token k; *marked: 1 when anything
 * but spaces stands between token k - 1 and token k. */
static size_t token_start(const pc_sent *s, size_t k, int *marked)
{
    tokpos t = {0, k, s->len, 0};
    pc_tokenize(s->text, s->len, on_tok, &t);
    *marked = 0;
    for (size_t i = t.prev_end; i < t.start; i++)
        *marked |= s->text[i] != ' ';
    return t.start;
}

static char *read_n(size_t n)
{
    char *t = malloc(n + 1);
    if (!t || fread(t, 1, n, stdin) != n)
        exit(3);
    t[n] = '\0';
    getchar();
    return t;
}

static int has(const uint32_t *ids, size_t n, uint32_t id)
{
    for (size_t i = 0; i < n; i++)
        if (ids[i] == id)
            return 1;
    return 0;
}

static int has_bigram(const uint32_t *ids, size_t n, uint32_t a, uint32_t b)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (ids[i] == a && ids[i + 1] == b)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    int show = 0, strict = 0, first_only = 0, keep_copies = 0;
    size_t min_lcp = 0;
    size_t raw = 0, raw_marked = 0, raw_stop = 0;
    size_t N = 6;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--show"))
            show = 1;
        else if (!strcmp(argv[i], "--strict"))
            strict = 1;
        else if (!strcmp(argv[i], "--copies"))
            keep_copies = 1;
        else if (!strcmp(argv[i], "--first"))
            first_only = 1;
        else if (!strcmp(argv[i], "--lcp") && i + 1 < argc)
            min_lcp = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "-n") && i + 1 < argc)
            N = strtoul(argv[++i], NULL, 10);
    size_t clusters = 0, sents = 0, hits = 0, hit_clusters = 0, by_apos[4] = {0}, by_bpos[4] = {0},
           pos_both_lt3 = 0;
    size_t front_content = 0, front_in_ref = 0, rest_content = 0, rest_in_ref = 0;
    size_t junction = 0, junction_in_ref = 0, inner = 0, inner_in_ref = 0;
    char line[256];
    static uint32_t ref[1 << 14];
    int more = fgets(line, sizeof line, stdin) != NULL;
    while (more && line[0] == 'C') {
        char id[256];
        snprintf(id, sizeof id, "%s", line + 2);
        id[strcspn(id, "\n")] = '\0';
        precis_cluster *c;
        if (precis_cluster_new(&c, NULL))
            return 3;
        c->keep_copies = keep_copies;
        char *refText = NULL;
        size_t refLen = 0;
        while ((more = fgets(line, sizeof line, stdin) != NULL) &&
               (line[0] == 'D' || line[0] == 'R')) {
            size_t n = strtoul(line + 2, NULL, 10);
            char *t = read_n(n);
            if (line[0] == 'D') {
                precis_cluster_add_document(c, t, n, NULL, NULL, NULL);
                free(t);
            } else {
                refText = t;
                refLen = n;
            }
        }
        clusters++;
        size_t nref =
            refText ? pc_cluster_lookup_terms(c, refText, refLen, ref, sizeof ref / sizeof *ref)
                    : 0;
        if (nref > sizeof ref / sizeof *ref)
            nref = sizeof ref / sizeof *ref;
        /* the first N terms of every sentence that is no furniture */
        size_t cap = 16;
        while (cap < 2 * c->nsents + 2)
            cap *= 2;
        uint64_t *keys = calloc(cap, sizeof *keys);
        uint32_t *val = calloc(cap, sizeof *val);
        for (size_t s = 0; s < c->nsents; s++) {
            const pc_sent *st = &c->sents[s];
            if (st->furniture || st->ntok < N)
                continue;
            uint64_t k = key_of(st->tok, N);
            size_t h = (size_t)k & (cap - 1);
            while (keys[h] && keys[h] != k)
                h = (h + 1) & (cap - 1);
            if (!keys[h]) {
                keys[h] = k;
                val[h] = (uint32_t)s + 1;
            } else if (val[h] != UINT32_MAX && c->sents[val[h] - 1].doc != st->doc) {
                val[h] = UINT32_MAX; /* in two documents: any A differs from one */
            }
        }
        int any = 0;
        for (size_t s = 0; s < c->nsents; s++) {
            const pc_sent *st = &c->sents[s];
            if (st->furniture)
                continue;
            sents++;
            for (size_t k = FIRST_K; k <= LAST_K && k + N <= st->ntok; k++) {
                uint64_t key = key_of(st->tok + k, N);
                size_t h = (size_t)key & (cap - 1);
                while (keys[h] && keys[h] != key)
                    h = (h + 1) & (cap - 1);
                if (!keys[h])
                    continue;
                uint32_t b = val[h];
                if (b != UINT32_MAX && c->sents[b - 1].doc == st->doc)
                    continue;
                const pc_sent *bs = b != UINT32_MAX ? &c->sents[b - 1] : NULL;
                int marked;
                size_t off = token_start(st, k, &marked);
                int stop = c->vocab.stop[st->tok[k - 1]] != 0;
                raw++;
                raw_marked += (size_t)marked;
                raw_stop += (size_t)(!marked && stop);
                size_t lcp = 0;
                while (bs && k + lcp < st->ntok && lcp < bs->ntok &&
                       st->tok[k + lcp] == bs->tok[lcp])
                    lcp++;
                if (strict && (marked || stop))
                    break;
                if ((first_only && st->pos != 0) || lcp < min_lcp)
                    break;
                hits++;
                any = 1;
                by_apos[st->pos < 3 ? st->pos : 3]++;
                if (bs)
                    by_bpos[bs->pos < 3 ? bs->pos : 3]++;
                pos_both_lt3 += bs && st->pos < 3 && bs->pos < 3;
                size_t fc = 0, fr = 0, rc = 0, rr = 0;
                for (size_t i = 0; i < k; i++)
                    if (!c->vocab.stop[st->tok[i]]) {
                        fc++;
                        fr += has(ref, nref, st->tok[i]);
                    }
                for (size_t i = k; i < st->ntok && i < k + 20; i++)
                    if (!c->vocab.stop[st->tok[i]]) {
                        rc++;
                        rr += has(ref, nref, st->tok[i]);
                    }
                front_content += fc, front_in_ref += fr, rest_content += rc, rest_in_ref += rr;
                int jb = has_bigram(ref, nref, st->tok[k - 1], st->tok[k]);
                junction++;
                junction_in_ref += (size_t)jb;
                /* the bigrams inside the front and inside the rest's first
                 * N words, for comparison */
                for (size_t i = 1; i < k + N; i++)
                    if (i != k) {
                        inner++;
                        inner_in_ref += (size_t)has_bigram(ref, nref, st->tok[i - 1], st->tok[i]);
                    }
                if (show) {
                    printf("%s\tA%u.%u B%s%u.%u k=%zu lcp=%zu/%u ref front %zu/%zu rest %zu/%zu "
                           "junction %d\n"
                           "  [%.*s] %.*s\n  B: %.*s\n",
                           id, st->doc, st->pos, bs ? "" : "*", bs ? bs->doc : 0, bs ? bs->pos : 0,
                           k, lcp, st->ntok - (uint32_t)k, fr, fc, rr, rc, jb, (int)off, st->text,
                           (int)(st->len - off > 160 ? 160 : st->len - off), st->text + off,
                           bs ? (int)(bs->len > 160 ? 160 : bs->len) : 0, bs ? bs->text : "");
                }
                break;
            }
        }
        hit_clusters += (size_t)any;
        free(keys);
        free(val);
        free(refText);
        precis_cluster_free(c);
    }
    printf("clusters %zu, sentences (not furniture) %zu, N = %zu, k in [%d, %d]\n", clusters, sents,
           N, FIRST_K, LAST_K);
    printf("sentences with a front: %zu; a mark at the junction %zu, none but a function word "
           "before it %zu\n",
           raw, raw_marked, raw_stop);
    printf("counted%s%s, the same words for at least %zu: %zu in %zu clusters\n",
           strict ? " (no mark, no function word)" : "", first_only ? " in first sentences" : "",
           min_lcp, hits, hit_clusters);
    printf("  by A's position 0/1/2/3+: %zu %zu %zu %zu; by B's: %zu %zu %zu %zu; both < 3: %zu\n",
           by_apos[0], by_apos[1], by_apos[2], by_apos[3], by_bpos[0], by_bpos[1], by_bpos[2],
           by_bpos[3], pos_both_lt3);
    printf("  content words in the reference: front %zu/%zu (%.1f %%), rest (20 words) %zu/%zu "
           "(%.1f %%)\n",
           front_in_ref, front_content,
           front_content ? 100.0 * (double)front_in_ref / (double)front_content : 0, rest_in_ref,
           rest_content, rest_content ? 100.0 * (double)rest_in_ref / (double)rest_content : 0);
    printf(
        "  the junction's bigram in the reference: %zu/%zu (%.1f %%); other bigrams of front and "
        "lead: %zu/%zu (%.1f %%)\n",
        junction_in_ref, junction,
        junction ? 100.0 * (double)junction_in_ref / (double)junction : 0, inner_in_ref, inner,
        inner ? 100.0 * (double)inner_in_ref / (double)inner : 0);
    return 0;
}
