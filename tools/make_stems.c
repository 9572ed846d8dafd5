/* precis-stems: writes src/text/stem_table.inc, the Snowball English stems of
 * the most frequent word forms of news text, so that the analyser asks
 * libstemmer only for the rarer forms (stemming a form costs about 2,500
 * instructions; the table lookup about 50).  The stems are libstemmer's own,
 * computed here; tests/unit/test_stems.c checks every entry against the
 * libstemmer the library is built with, so the table can never disagree
 * with it silently.
 *
 * The forms are counted over the documents of a training file (Multi-News
 * train, never val), tokenised and case-folded exactly as the analyser does
 * (pc_tokenize), keeping those the analyser would stem: three bytes or more,
 * not a number.  Ties in count are broken by the form's bytes, so the output
 * depends only on the input.  A form enters the table when it fits a slot
 * (PC_STEM_MAX_FORM bytes) and its stem is a prefix of it plus at most one
 * byte (all but a handful of forms in ten thousand).
 *
 * usage: precis-stems [--words N] TRAIN.jsonl[.gz] > src/text/stem_table.inc
 * (`make generate` runs it on ../shared/data/multinews/train-10k.jsonl.gz
 * through tools/generate.py, which adds the header) */
#include <jansson.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "model/vocab.h"
#include "text/stems.h"
#include "text/tokenize.h"
#include "gzlines.h"

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

static int count_form(void *ctx, const char *w, size_t n, uint32_t h, size_t start, size_t end)
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

/* The slot of form x with stem s[0..sl), or 0 when the stem is not a prefix
 * of the form plus at most one byte. */
static int encode(const form *x, const char *s, size_t sl, pc_stem_entry *e)
{
    size_t keep = 0;
    while (keep < sl && keep < x->n && s[keep] == x->s[keep])
        keep++;
    if (sl == 0 || sl - keep > 1)
        return 0;
    memset(e, 0, sizeof *e);
    memcpy(e->form, x->s, x->n);
    e->keep = (uint8_t)keep;
    e->add = keep < sl ? s[keep] : 0;
    return 1;
}

int main(int argc, char **argv)
{
    size_t want = PC_STEM_SLOTS / 3 * 2; /* two thirds full: short probes */
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--words") && i + 1 < argc)
            want = (size_t)strtoul(argv[++i], NULL, 10);
        else
            path = argv[i];
    }
    if (!path || want == 0 || want * 10 >= PC_STEM_SLOTS * 7) {
        fprintf(stderr, "usage: precis-stems [--words N < %d] TRAIN.jsonl[.gz] > stem_table.inc\n",
                PC_STEM_SLOTS / 10 * 7);
        return 2;
    }
    gzFile f = gzopen(path, "rb");
    if (!f)
        die("cannot open the training file");
    counter c = {0};
    pc_buf line;
    pc_buf_init(&line, NULL);
    size_t lines = 0;
    while (pc_gz_read_line(f, &line)) {
        lines++;
        json_error_t err;
        json_t *o = json_loadb(line.ptr, line.len, 0, &err);
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
    pc_buf_release(&line);
    qsort(c.f, c.cap, sizeof *c.f, by_count);

    struct sb_stemmer *st = sb_stemmer_new("english", NULL);
    if (!st)
        die("no Snowball English stemmer");
    static pc_stem_entry slot[PC_STEM_SLOTS];
    size_t taken = 0;
    for (size_t i = 0; i < c.n && taken < want; i++) {
        const form *x = &c.f[i];
        const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)x->s, (int)x->n);
        if (!s)
            die("the stemmer failed");
        pc_stem_entry e;
        if (!encode(x, (const char *)s, (size_t)sb_stemmer_length(st), &e))
            continue;
        size_t k = x->hash & (PC_STEM_SLOTS - 1);
        while (slot[k].form[0])
            k = (k + 1) & (PC_STEM_SLOTS - 1);
        slot[k] = e;
        taken++;
    }
    printf("/* From %zu lines of %s: the %zu most frequent word forms that fit a\n"
           " * slot and their Snowball English stems, in an open-addressing table\n"
           " * indexed by pc_hash of the form: {form, keep, add} stands for the stem\n"
           " * form[0..keep) + add. */\n",
           lines, strrchr(path, '/') ? strrchr(path, '/') + 1 : path, taken);
    printf("#define PC_STEM_TABLE_WORDS %zu\n", taken);
    printf("static const pc_stem_entry pc_stem_table[PC_STEM_SLOTS] = {");
    for (size_t k = 0; k < PC_STEM_SLOTS; k++) {
        const pc_stem_entry *e = &slot[k];
        if (!e->form[0])
            continue;
        printf("\n    [%zu] = {\"%.*s\", %u, ", k, (int)strnlen(e->form, PC_STEM_MAX_FORM), e->form,
               (unsigned)e->keep);
        if (e->add)
            printf("'%c'},", e->add);
        else
            printf("0},");
    }
    printf("\n};\n");
    sb_stemmer_delete(st);
    for (size_t i = 0; i < c.cap; i++)
        free(c.f[i].s);
    free(c.f);
    return 0;
}
