/* Quotations shared by two sentences: the same quoted words, whole or cut
 * ("We expect the ash to drift east," said X / X told reporters that "we
 * expect the ash to drift east" and ...), are the same content even when
 * the rest of the longer sentence pulls the overlap of their concept sets
 * below the redundancy limit (model.h, pc_same_content). */
#include "model/model.h"

#include <string.h>

#include "util/bytes.h"

/* The quote mark at t[k] (t has len bytes): its length, and in *kind 1 for
 * an opening mark, 2 for a closing one, 3 for a straight quote (either). */
static size_t mark_at(const char *t, size_t len, size_t k, int *kind)
{
    const unsigned char *u = (const unsigned char *)t;
    if (u[k] == '"') {
        *kind = 3;
        return 1;
    }
    if (k + 1 < len && ((u[k] == '`' && u[k + 1] == '`') || (u[k] == '\'' && u[k + 1] == '\''))) {
        *kind = u[k] == '`' ? 1 : 2;
        return 2;
    }
    if (k + 2 < len && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x9C || u[k + 2] == 0x9D)) {
        *kind = u[k + 2] == 0x9C ? 1 : 2; /* U+201C, U+201D */
        return 3;
    }
    if (k + 1 < len && u[k] == 0xC2 && (u[k + 1] == 0xAB || u[k + 1] == 0xBB)) {
        *kind = u[k + 1] == 0xAB ? 1 : 2; /* « » */
        return 2;
    }
    return 0;
}

/* The tokens [*a, *b) of the longest quotation of sentence s whose token
 * starts are st[0..n); 0 tokens when it has none. */
static void longest_quote(const pc_sent *s, const uint32_t *st, uint32_t n, uint32_t *a,
                          uint32_t *b)
{
    *a = *b = 0;
    size_t open = SIZE_MAX;
    uint32_t t = 0; /* tokens that start before k */
    for (size_t k = 0; k < s->len;) {
        int kind;
        size_t ml = mark_at(s->text, s->len, k, &kind);
        if (!ml) {
            k++;
            continue;
        }
        while (t < n && st[t] < k)
            t++;
        if (open == SIZE_MAX && (kind & 1)) {
            open = t;
        } else if (open != SIZE_MAX && (kind & 2)) {
            if (t - open > *b - *a) {
                *a = (uint32_t)open;
                *b = t;
            }
            open = SIZE_MAX;
        }
        k += ml;
    }
}

int pc_may_quote(const char *text, size_t len)
{
    return memchr(text, '"', len) || pc_has_curly(text, len, 0x9C, 0x9C) ||
           memchr(text, '`', len) || memchr(text, 0xC2, len);
}

precis_status pc_quotes_build(pc_model *m)
{
    m->quote = pc_arena_calloc(m->arena, m->ncandidates + 1, sizeof *m->quote);
    if (!m->quote)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < m->ncandidates; i++) {
        const pc_sent *s = pc_model_sent(m, i);
        /* a quotation opens with a mark (mark_at): a sentence with none
         * kept no offsets of its tokens (pc_may_quote, model/cluster.c) */
        if (s->ntok < PC_QUOTE_MIN_TOKENS || !s->tok_at)
            continue;
        uint32_t a, b;
        longest_quote(s, s->tok_at, s->ntok, &a, &b);
        if (b - a >= PC_QUOTE_MIN_TOKENS) {
            m->quote[i].start = a;
            m->quote[i].end = b;
        }
    }
    return PRECIS_OK;
}

/* Whether tokens q[0..n) occur in a row in t[0..tn).  Quadratic in the two
 * sentences' tokens at worst (both at most max_sentence_bytes). */
static int contains(const uint32_t *t, uint32_t tn, const uint32_t *q, uint32_t n)
{
    for (uint32_t k = 0; k + n <= tn; k++) {
        uint32_t j = 0;
        while (j < n && t[k + j] == q[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

int pc_shares_quote(const pc_model *m, size_t i, size_t j)
{
    const pc_quote_span *qi = &m->quote[i], *qj = &m->quote[j];
    if (qi->end == qi->start && qj->end == qj->start)
        return 0;
    const pc_sent *si = pc_model_sent(m, i), *sj = pc_model_sent(m, j);
    return (qi->end > qi->start &&
            contains(sj->tok, sj->ntok, si->tok + qi->start, qi->end - qi->start)) ||
           (qj->end > qj->start &&
            contains(si->tok, si->ntok, sj->tok + qj->start, qj->end - qj->start));
}
