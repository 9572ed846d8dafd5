/* precis-stems: writes src/text/stem_table.inc, the Snowball English stems of
 * the most frequent word forms of news text, so that the analyser asks
 * libstemmer only for the rarer forms (stemming a form costs about 2,400
 * instructions; the table lookup about 50).  The stems are libstemmer's own,
 * computed here; tests/unit/test_stems.c checks every entry against the
 * libstemmer the library is built with, so the table can never disagree
 * with it silently.
 *
 * The forms are counted over the documents of a training file (Multi-News
 * train, never val), tokenised and case-folded exactly as the analyser does
 * (pc_tokenize), keeping those the analyser would stem: three bytes or more,
 * not a number.  Ties in count are broken by the form's bytes, so the output
 * depends only on the input.
 *
 * usage: precis-stems [--words N] TRAIN.jsonl[.gz] > src/text/stem_table.inc
 * (`make stems` runs it on ../shared/data/multinews/train-10k.jsonl.gz) */
#include <jansson.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "model/vocab.h"
#include "text/stems.h"
#include "text/tokenize.h"

typedef struct form {
    char *s;
    size_t n;
    unsigned long count;
    uint32_t hash;
} form;

typedef struct counter {
    form *f;
    size_t n, cap; /* open addressing, cap a power of two */
} counter;

static void die(const char *msg)
{
    fprintf(stderr, "precis-stems: %s\n", msg);
    exit(1);
}

static void grow(counter *c)
{
    size_t ncap = c->cap ? c->cap * 2 : 1 << 16;
    form *nf = calloc(ncap, sizeof *nf);
    if (!nf)
        die("out of memory");
    for (size_t i = 0; i < c->cap; i++) {
        if (!c->f[i].s)
            continue;
        size_t k = c->f[i].hash & (ncap - 1);
        while (nf[k].s)
            k = (k + 1) & (ncap - 1);
        nf[k] = c->f[i];
    }
    free(c->f);
    c->f = nf;
    c->cap = ncap;
}

static int count_form(void *ctx, const char *w, size_t n, size_t start, size_t end)
{
    (void)start;
    (void)end;
    counter *c = ctx;
    if (!pc_stem_wanted(w, n) || n > PC_STEM_MAX_FORM)
        return 0;
    for (size_t i = 0; i < n; i++) /* plain ASCII forms only: no escapes */
        if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= '0' && w[i] <= '9') || w[i] == '.' ||
              w[i] == '-'))
            return 0;
    if ((c->n + 1) * 2 > c->cap)
        grow(c);
    uint32_t h = pc_hash(w, n);
    size_t k = h & (c->cap - 1);
    while (c->f[k].s && !(c->f[k].n == n && memcmp(c->f[k].s, w, n) == 0))
        k = (k + 1) & (c->cap - 1);
    if (!c->f[k].s) {
        c->f[k].s = malloc(n);
        if (!c->f[k].s)
            die("out of memory");
        memcpy(c->f[k].s, w, n);
        c->f[k].n = n;
        c->f[k].hash = h;
        c->n++;
    }
    c->f[k].count++;
    return 0;
}

static int by_count(const void *a, const void *b)
{
    const form *x = a, *y = b;
    if (!x->s || !y->s)
        return (x->s == NULL) - (y->s == NULL);
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    size_t n = x->n < y->n ? x->n : y->n;
    int d = memcmp(x->s, y->s, n);
    return d ? d : (x->n > y->n) - (x->n < y->n);
}

/* One line of a gzip (or plain) file into *buf; 0 at the end. */
static int read_line(gzFile f, char **buf, size_t *cap)
{
    size_t n = 0;
    for (;;) {
        if (*cap - n < 2) {
            *cap = *cap ? *cap * 2 : 1 << 20;
            char *p = realloc(*buf, *cap);
            if (!p)
                die("out of memory");
            *buf = p;
        }
        if (!gzgets(f, *buf + n, (int)(*cap - n)))
            return n > 0;
        n += strlen(*buf + n);
        if (n && (*buf)[n - 1] == '\n')
            return 1;
    }
}

int main(int argc, char **argv)
{
    size_t want = 8000;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--words") && i + 1 < argc)
            want = (size_t)strtoul(argv[++i], NULL, 10);
        else
            path = argv[i];
    }
    if (!path || want == 0 || want >= PC_STEM_SLOTS / 2) {
        fprintf(stderr, "usage: precis-stems [--words N < %d] TRAIN.jsonl[.gz] > stem_table.inc\n",
                PC_STEM_SLOTS / 2);
        return 2;
    }
    gzFile f = gzopen(path, "rb");
    if (!f)
        die("cannot open the training file");
    counter c = {0};
    char *line = NULL;
    size_t cap = 0, lines = 0;
    while (read_line(f, &line, &cap)) {
        lines++;
        json_error_t err;
        json_t *o = json_loads(line, 0, &err);
        json_t *docs = o ? json_object_get(o, "documents") : NULL;
        size_t i;
        json_t *d;
        json_array_foreach(docs, i, d)
        {
            if (json_is_string(d))
                pc_tokenize(json_string_value(d), json_string_length(d), count_form, &c);
        }
        json_decref(o);
    }
    gzclose(f);
    free(line);
    qsort(c.f, c.cap, sizeof *c.f, by_count);
    if (want > c.n)
        want = c.n;

    struct sb_stemmer *st = sb_stemmer_new("english", NULL);
    if (!st)
        die("no Snowball English stemmer");
    static uint32_t slot[PC_STEM_SLOTS];
    printf("/* Generated by tools/make_stems.c (make stems) from %zu lines of %s:\n"
           " * the %zu most frequent word forms and their Snowball English stems, as\n"
           " * \"form\\0\" \"stem\\0\" in pc_stem_pool; pc_stem_at[i] is the offset of the\n"
           " * i-th form; pc_stem_slot is an open-addressing index by pc_hash holding\n"
           " * the offset + 1 of a form (0 = empty), so a lookup reads one slot and\n"
           " * the pool.  Do not edit. */\n",
           lines, strrchr(path, '/') ? strrchr(path, '/') + 1 : path, want);
    printf("#define PC_STEM_TABLE_WORDS %zu\n", want);
    printf("static const char pc_stem_pool[] =");
    size_t off = 0;
    uint32_t *at = malloc(want * sizeof *at);
    if (!at)
        die("out of memory");
    for (size_t i = 0; i < want; i++) {
        const form *x = &c.f[i];
        const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)x->s, (int)x->n);
        if (!s)
            die("the stemmer failed");
        size_t sl = (size_t)sb_stemmer_length(st);
        printf("\n    \"%.*s\\0\" \"%.*s\\0\"", (int)x->n, x->s, (int)sl, (const char *)s);
        at[i] = (uint32_t)off;
        off += x->n + 1 + sl + 1;
        size_t k = x->hash & (PC_STEM_SLOTS - 1);
        while (slot[k])
            k = (k + 1) & (PC_STEM_SLOTS - 1);
        slot[k] = (uint32_t)at[i] + 1;
    }
    printf(";\nstatic const uint32_t pc_stem_at[PC_STEM_TABLE_WORDS] = {");
    for (size_t i = 0; i < want; i++)
        printf("%s%u,", i % 12 ? " " : "\n    ", at[i]);
    printf("\n};\nstatic const uint32_t pc_stem_slot[PC_STEM_SLOTS] = {");
    for (size_t i = 0; i < PC_STEM_SLOTS; i++)
        printf("%s%u,", i % 16 ? " " : "\n    ", slot[i]);
    printf("\n};\n");
    sb_stemmer_delete(st);
    free(at);
    for (size_t i = 0; i < c.cap; i++)
        free(c.f[i].s);
    free(c.f);
    return 0;
}
