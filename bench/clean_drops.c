/* The cleaner's false drops: reads texts that hold no web boilerplate
 * (human-written summaries), NUL-separated on stdin, and counts their
 * sentences (precis_segment, no cleaning) that the cleaner does not keep as
 * body text (pc_clean_verdicts), per rule.  Built and run by
 * bench/clean_drops.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"
#include "text/clean_internal.h"

typedef struct blocks {
    size_t n, cap;
    size_t *start, *end;
    int *v;
} blocks;

static int on_verdict(void *ctx, pc_verdict v, size_t start, size_t end)
{
    blocks *b = ctx;
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->start = realloc(b->start, b->cap * sizeof *b->start);
        b->end = realloc(b->end, b->cap * sizeof *b->end);
        b->v = realloc(b->v, b->cap * sizeof *b->v);
        if (!b->start || !b->end || !b->v)
            exit(3);
    }
    b->start[b->n] = start;
    b->end[b->n] = end;
    b->v[b->n++] = (int)v;
    return 0;
}

typedef struct sents {
    const char *text;
    const blocks *b;
    size_t total, dropped, no_letter, by_rule[64];
    int show;
} sents;

static int on_sentence(void *ctx, size_t start, size_t end)
{
    sents *s = ctx;
    /* a span without a letter (")" left by the segmenter) is no sentence */
    int letter = 0;
    for (size_t i = start; i < end && !letter; i++)
        letter = (unsigned char)s->text[i] >= 0x80 ||
                 ((s->text[i] | 0x20) >= 'a' && (s->text[i] | 0x20) <= 'z');
    if (!letter) {
        s->no_letter++;
        return 0;
    }
    s->total++;
    /* the block holding the sentence's middle (a dateline strip moves the
     * kept block's start a little past the sentence's) */
    size_t mid = start + (end - start) / 2;
    int v = -1;
    for (size_t i = 0; i < s->b->n; i++)
        if (s->b->start[i] <= mid && mid < s->b->end[i]) {
            v = s->b->v[i];
            break;
        }
    if (v != PC_V_BODY) {
        s->dropped++;
        s->by_rule[v < 0 ? 63 : v]++;
        if (s->show)
            printf("DROP %-14s %.*s\n", v < 0 ? "(trimmed)" : pc_verdict_name((pc_verdict)v),
                   (int)(end - start), s->text + start);
    }
    return 0;
}

/* --paragraphs: each sentence becomes a paragraph of its own, so that the
 * rules on short blocks (prompts, fragments, bylines, ...) meet every
 * sentence; as given, a summary is one long paragraph that no rule drops. */
typedef struct split {
    const char *text;
    char *out;
    size_t n;
} split;

static int on_split(void *ctx, size_t start, size_t end)
{
    split *p = ctx;
    memcpy(p->out + p->n, p->text + start, end - start);
    p->n += end - start;
    memcpy(p->out + p->n, "\n\n", 2);
    p->n += 2;
    return 0;
}

int main(int argc, char **argv)
{
    sents s;
    memset(&s, 0, sizeof s);
    int paragraphs = 0;
    for (int i = 1; i < argc; i++) {
        s.show |= strcmp(argv[i], "--show") == 0;
        paragraphs |= strcmp(argv[i], "--paragraphs") == 0;
    }
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    int c;
    blocks b;
    memset(&b, 0, sizeof b);
    size_t ntexts = 0;
    for (;;) {
        c = getchar();
        if (c == EOF || c == '\0') {
            if (n && paragraphs) {
                char *out = malloc(3 * n + 2);
                if (!out)
                    return 3;
                split p = {buf, out, 0};
                precis_segment(buf, n, on_split, &p);
                memcpy(buf, out, p.n < cap ? p.n : cap - 1);
                n = p.n < cap ? p.n : cap - 1;
                free(out);
            }
            if (n) {
                b.n = 0;
                pc_clean_verdicts(buf, n, on_verdict, &b);
                s.text = buf;
                s.b = &b;
                precis_segment(buf, n, on_sentence, &s);
                ntexts++;
            }
            n = 0;
            if (c == EOF)
                break;
            continue;
        }
        if (n + 1 >= cap && !(buf = realloc(buf, cap *= 2)))
            return 3;
        buf[n++] = (char)c;
    }
    printf("%zu texts, %zu sentences (and %zu spans without a letter, not counted), "
           "%zu dropped (%.2f %%)\n",
           ntexts, s.total, s.no_letter, s.dropped,
           s.total ? 100.0 * (double)s.dropped / (double)s.total : 0.0);
    for (int v = 0; v < 64; v++)
        if (s.by_rule[v])
            printf("  %-14s %zu\n", v == 63 ? "(trimmed)" : pc_verdict_name((pc_verdict)v),
                   s.by_rule[v]);
    return 0;
}
