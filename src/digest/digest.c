/* precis_digest_new: joins each document's sentences, reads document dates,
 * runs the extractors (entities, dates, quotes, figures) and serves the
 * public accessors. */
#include "digest/digest.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/tokenize.h"
#include "text/words.h"
#include "util/alloc.h"
#include "util/utf8.h"

/* FNV-1a of the word in lower case: ASCII by byte, other letters by code
 * point through utf8proc ("Δεν" and "δεν" are one word: a quote one outlet
 * opens a sentence with and another quotes inside one is one quote). */
static uint32_t hash_word(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c - 'A' + 'a');
            h = (h ^ c) * 16777619u;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { /* an invalid byte: hashed as it is */
            h = (h ^ c) * 16777619u;
            i++;
            continue;
        }
        cp = utf8proc_tolower(cp);
        for (int b = 0; b < 4; b++)
            h = (h ^ (uint32_t)((cp >> (8 * b)) & 0xFF)) * 16777619u;
        i += (size_t)k;
    }
    return h;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

size_t pc_word_hashes(pc_arena *a, const char *s, size_t len, uint32_t **out)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        /* curly apostrophes and quotes are not letters here */
        if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
            i += 3;
            continue;
        }
        if (!alnum((unsigned char)s[i])) {
            i++;
            continue;
        }
        n++;
        while (i < len && alnum((unsigned char)s[i]) &&
               !(i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80))
            i++;
    }
    uint32_t *h = pc_arena_alloc(a, (n + 1) * sizeof *h);
    if (!h)
        return SIZE_MAX;
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
            i += 3;
            continue;
        }
        if (!alnum((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t b = i;
        while (i < len && alnum((unsigned char)s[i]) &&
               !(i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80))
            i++;
        h[k++] = hash_word(s + b, i - b);
    }
    qsort(h, k, sizeof *h, cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (!u || h[u - 1] != h[i])
            h[u++] = h[i];
    *out = h;
    return u;
}

size_t pc_content_hashes(pc_arena *a, const char *s, size_t len, uint32_t **out)
{
    uint32_t *all;
    size_t n = pc_word_hashes(a, s, len, &all);
    if (n == SIZE_MAX)
        return n;
    /* hashes of the words to drop: function words, weekday and month names */
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        if (!alnum((unsigned char)s[i]) ||
            (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80)) {
            i += (unsigned char)s[i] == 0xE2 ? 3 : 1;
            continue;
        }
        size_t b = i;
        while (i < len && alnum((unsigned char)s[i]) &&
               !(i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80))
            i++;
        char buf[32];
        size_t wl = i - b;
        if (wl >= sizeof buf)
            continue;
        for (size_t j = 0; j < wl; j++) {
            char c = s[b + j];
            buf[j] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
        uint32_t h = hash_word(s + b, wl);
        if (pc_is_stopword(buf, wl, h) || pc_lex_month(buf, wl) || pc_lex_weekday(buf, wl) >= 0) {
            /* remove h from all[0..n) (sorted unique) */
            size_t lo = 0, hi = n;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (all[mid] < h)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < n && all[lo] == h) {
                memmove(all + lo, all + lo + 1, (n - lo - 1) * sizeof *all);
                n--;
            }
        }
        k++;
    }
    (void)k;
    *out = all;
    return n;
}

size_t pc_hash_overlap(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t i = 0, j = 0, n = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j])
            n++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return n;
}

/* Joins the sentences of document d; a line feed where the input had one
 * between two sentences (a paragraph break). */
static int join_doc(precis_digest *g, size_t d)
{
    const precis_cluster *c = g->c;
    const pc_doc *doc = &c->docs[d];
    pc_dtext *t = &g->dt[d];
    t->first = (uint32_t)doc->first_sent;
    t->n = (uint32_t)doc->nsent;
    size_t total = 1;
    for (size_t k = 0; k < doc->nsent; k++)
        total += c->sents[doc->first_sent + k].len + 1;
    t->text = pc_arena_alloc(&g->arena, total);
    t->off = pc_arena_alloc(&g->arena, (doc->nsent + 1) * sizeof *t->off);
    if (!t->text || !t->off)
        return -1;
    size_t o = 0;
    for (size_t k = 0; k < doc->nsent; k++) {
        const pc_sent *s = &c->sents[doc->first_sent + k];
        if (k > 0) {
            const pc_sent *p = s - 1;
            int para = 0;
            for (size_t i = p->end; i < s->start && i < doc->len; i++)
                para |= doc->text[i] == '\n';
            t->text[o++] = para ? '\n' : ' ';
        }
        t->off[k] = o;
        memcpy(t->text + o, s->text, s->len);
        o += s->len;
    }
    t->off[doc->nsent] = o;
    t->text[o] = '\0';
    t->len = o;
    return 0;
}

static int cmp_date(const void *pa, const void *pb)
{
    const pc_date *a = pa, *b = pb;
    if (a->y != b->y)
        return a->y - b->y;
    if (a->m != b->m)
        return a->m - b->m;
    return a->d - b->d;
}

/* The public views of figures and events (size_t fields), made once so the
 * accessors only read. */
static int publish(precis_digest *g)
{
    for (size_t i = 0; i < g->ngroups; i++) {
        pc_figgroup *gr = &g->groups[i];
        precis_figure *v = pc_arena_calloc(&g->arena, gr->n + 1, sizeof *v);
        if (!v)
            return -1;
        for (size_t k = 0; k < gr->n; k++) {
            v[k].text = gr->v[k].text;
            v[k].low = gr->v[k].lo;
            v[k].high = gr->v[k].hi;
            v[k].doc = gr->v[k].doc;
            v[k].sentence = gr->v[k].sent;
        }
        gr->pub = v;
    }
    for (size_t i = 0; i < g->nevents; i++) {
        pc_event *e = &g->events[i];
        size_t *s = pc_arena_alloc(&g->arena, (e->ndocs + 1) * sizeof *s);
        if (!s)
            return -1;
        for (size_t k = 0; k < e->ndocs; k++)
            s[k] = e->sents[k];
        e->pub_sents = s;
    }
    return 0;
}

/* ---- bounds: keep the most important items of each section ---- */

/* Quotes: carried by more documents first, then attributed ones, then
 * longer ones (more said); ties in order of appearance. */
static double quote_rank(const pc_quote *q)
{
    return (double)q->ndocs * 4.0 + (q->speaker ? 2.0 : 0.0) +
           (q->ntoks > 30 ? 1.0 : (double)q->ntoks / 30.0);
}

static int cmp_quote_rank(const void *pa, const void *pb)
{
    const pc_quote *a = pa, *b = pb;
    double x = quote_rank(a), y = quote_rank(b);
    if (x != y)
        return x > y ? -1 : 1;
    return a->sent < b->sent ? -1 : a->sent > b->sent;
}

static int cmp_quote_sent(const void *pa, const void *pb)
{
    const pc_quote *a = pa, *b = pb;
    return a->sent < b->sent ? -1 : a->sent > b->sent;
}

/* Events: reported by more documents first, then resolved ones, then finer
 * precision; kept in their timeline order afterwards. */
static int cmp_event_rank(const void *pa, const void *pb)
{
    const pc_event *a = *(const pc_event *const *)pa, *b = *(const pc_event *const *)pb;
    if (a->ndocs != b->ndocs)
        return a->ndocs > b->ndocs ? -1 : 1;
    if (a->resolved != b->resolved)
        return a->resolved ? -1 : 1;
    if (a->prec != b->prec)
        return a->prec < b->prec ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_ptr(const void *pa, const void *pb)
{
    const void *a = *(const void *const *)pa, *b = *(const void *const *)pb;
    return a < b ? -1 : a > b;
}

/* Entities: most mentioned first (whatever their kind), then by kind and
 * mentions as the table shows them. */
static int cmp_ent_total(const void *pa, const void *pb)
{
    const pc_entity *a = pa, *b = pb;
    if (a->total != b->total)
        return a->total > b->total ? -1 : 1;
    return strcmp(a->name, b->name);
}

static int cmp_ent_table(const void *pa, const void *pb)
{
    const pc_entity *a = pa, *b = pb;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return cmp_ent_total(pa, pb);
}

/* A text cut at a word boundary before max bytes, with an ellipsis. */
static const char *cut_text(precis_digest *g, const char *t, size_t *len)
{
    if (*len <= g->textmax)
        return t;
    size_t n = g->textmax;
    while (n > g->textmax / 2 && t[n] != ' ')
        n--;
    while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
        n--; /* never inside a UTF-8 sequence */
    char *p = pc_arena_alloc(&g->arena, n + 4);
    if (!p)
        return NULL;
    memcpy(p, t, n);
    memcpy(p + n, "\xE2\x80\xA6", 3);
    p[n + 3] = '\0';
    *len = n + 3;
    return p;
}

static int bound(precis_digest *g)
{
    size_t n = g->items;
    if (g->nquotes > n) {
        qsort(g->quotes, g->nquotes, sizeof *g->quotes, cmp_quote_rank);
        g->more_quotes = g->nquotes - n;
        g->nquotes = n;
        qsort(g->quotes, g->nquotes, sizeof *g->quotes, cmp_quote_sent);
    }
    for (size_t i = 0; i < g->nquotes; i++) {
        pc_quote *q = &g->quotes[i];
        if (!(q->text = cut_text(g, q->text, &q->len)))
            return -1;
    }
    if (g->ngroups > n) { /* already disagreeing first, then by documents */
        g->more_groups = g->ngroups - n;
        g->ngroups = n;
    }
    for (size_t i = 0; i < g->ngroups; i++)
        if (g->groups[i].n > n)
            g->groups[i].n = n;
    if (g->nevents > n) {
        pc_event **p = pc_arena_alloc(&g->arena, g->nevents * sizeof *p);
        pc_event *kept = pc_arena_alloc(&g->arena, n * sizeof *kept);
        if (!p || !kept)
            return -1;
        for (size_t i = 0; i < g->nevents; i++)
            p[i] = &g->events[i];
        qsort(p, g->nevents, sizeof *p, cmp_event_rank);
        qsort(p, n, sizeof *p, cmp_ptr); /* back to timeline order */
        for (size_t i = 0; i < n; i++)
            kept[i] = *p[i];
        g->more_events = g->nevents - n;
        g->events = kept;
        g->nevents = n;
    }
    if (g->nents > n) {
        qsort(g->ents, g->nents, sizeof *g->ents, cmp_ent_total);
        g->more_ents = g->nents - n;
        g->nents = n;
        qsort(g->ents, g->nents, sizeof *g->ents, cmp_ent_table);
    }
    /* documents the kept items cite */
    for (size_t i = 0; i < g->nquotes; i++)
        for (size_t k = 0; k < g->quotes[i].ndocs && k < DIGEST_MARKERS; k++)
            g->cited[g->quotes[i].docs[k]] = 1;
    for (size_t i = 0; i < g->ngroups; i++)
        for (size_t k = 0; k < g->groups[i].n; k++)
            g->cited[g->groups[i].v[k].doc] = 1;
    for (size_t i = 0; i < g->nevents; i++)
        for (size_t k = 0; k < g->events[i].ndocs && k < DIGEST_MARKERS; k++)
            g->cited[g->events[i].docs[k]] = 1;
    return 0;
}

PRECIS_API precis_status precis_digest_new(const precis_cluster *c, const precis_options *opts,
                                           precis_digest **out)
{
    if (!c || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_digest *g = pc_malloc(c->alc, sizeof *g);
    if (!g)
        return PRECIS_ENOMEM;
    memset(g, 0, sizeof *g);
    g->c = c;
    g->alc = c->alc;
    pc_arena_init(&g->arena, c->alc);
    precis_status st = PRECIS_ENOMEM;
    g->dt = pc_arena_calloc(&g->arena, c->ndocs + 1, sizeof *g->dt);
    g->docdate = pc_arena_calloc(&g->arena, c->ndocs + 1, sizeof *g->docdate);
    g->elsewhere = pc_arena_calloc(&g->arena, c->nsents + 1, 1);
    g->cited = pc_arena_calloc(&g->arena, c->ndocs + 1, 1);
    g->items = opts && opts->digest_items ? opts->digest_items : PRECIS_DIGEST_ITEMS;
    g->textmax = g->items == SIZE_MAX ? SIZE_MAX : PRECIS_DIGEST_TEXT_BYTES;
    pc_date *sorted = pc_arena_calloc(&g->arena, c->ndocs + 1, sizeof *sorted);
    if (!g->dt || !g->docdate || !g->elsewhere || !sorted || !g->cited)
        goto fail;
    size_t nd = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        if (join_doc(g, d))
            goto fail;
        const char *ds = c->docs[d].meta.date;
        if (ds && pc_date_parse(ds, strlen(ds), &g->docdate[d]) && g->docdate[d].d)
            sorted[nd++] = g->docdate[d];
        else
            memset(&g->docdate[d], 0, sizeof g->docdate[d]);
    }
    /* the cluster's date: the median document date */
    if (nd) {
        qsort(sorted, nd, sizeof *sorted, cmp_date);
        g->refdate = sorted[nd / 2];
    }
    /* a dateline's day without a year (--MM-DD): the year that puts it
     * nearest the cluster's date */
    for (size_t d = 0; d < c->ndocs && g->refdate.y; d++) {
        const char *ds = c->docs[d].meta.date;
        if (g->docdate[d].y || !ds || strlen(ds) != 7 || ds[0] != '-' || ds[1] != '-')
            continue;
        int m = (ds[2] - '0') * 10 + (ds[3] - '0'), dd = (ds[5] - '0') * 10 + (ds[6] - '0');
        pc_date best = {0, 0, 0};
        long bestgap = 0;
        for (int y = g->refdate.y - 1; y <= g->refdate.y + 1; y++) {
            if (!pc_date_valid(y, m, dd))
                continue;
            long gap = labs(pc_date_days(y, m, dd) -
                            pc_date_days(g->refdate.y, g->refdate.m, g->refdate.d));
            if (!best.y || gap < bestgap)
                best = (pc_date){y, m, dd}, bestgap = gap;
        }
        g->docdate[d] = best;
    }
    if ((st = pc_entities_extract(g)) || (st = pc_dates_extract(g)) ||
        (st = pc_quotes_extract(g)) || (st = pc_entities_add_speakers(g)) ||
        (st = pc_figures_extract(g)))
        goto fail;
    st = PRECIS_ENOMEM;
    if (bound(g) || publish(g))
        goto fail;
    *out = g;
    return PRECIS_OK;
fail:
    precis_digest_free(g);
    return st;
}

PRECIS_API void precis_digest_free(precis_digest *g)
{
    if (!g)
        return;
    pc_arena_release(&g->arena);
    pc_free(g->alc, g, sizeof *g);
}

PRECIS_API size_t precis_digest_quote_count(const precis_digest *g)
{
    return g ? g->nquotes : 0;
}

PRECIS_API precis_status precis_digest_quote(const precis_digest *g, size_t i, precis_quote *out)
{
    if (!g || !out || i >= g->nquotes)
        return PRECIS_EINVAL;
    const pc_quote *q = &g->quotes[i];
    out->text = q->text;
    out->len = q->len;
    out->speaker = q->speaker;
    out->docs = q->docs;
    out->speakers = q->doc_speaker;
    out->doc_count = q->ndocs;
    out->sentence = q->sent;
    return PRECIS_OK;
}

PRECIS_API size_t precis_digest_figure_group_count(const precis_digest *g)
{
    return g ? g->ngroups : 0;
}

PRECIS_API precis_status precis_digest_figure_group(const precis_digest *g, size_t i,
                                                    precis_figure_group *out)
{
    if (!g || !out || i >= g->ngroups)
        return PRECIS_EINVAL;
    const pc_figgroup *gr = &g->groups[i];
    out->quantity = gr->quantity;
    out->values = gr->pub;
    out->value_count = gr->n;
    out->doc_count = gr->ndocs;
    out->disagree = gr->disagree;
    return PRECIS_OK;
}

PRECIS_API size_t precis_digest_event_count(const precis_digest *g)
{
    return g ? g->nevents : 0;
}

PRECIS_API precis_status precis_digest_event(const precis_digest *g, size_t i, precis_event *out)
{
    if (!g || !out || i >= g->nevents)
        return PRECIS_EINVAL;
    const pc_event *e = &g->events[i];
    out->expression = e->expr;
    out->resolved = e->resolved;
    out->year = e->date.y;
    out->month = e->date.m;
    out->day = e->date.d;
    out->precision = (precis_date_precision)e->prec;
    out->docs = e->docs;
    out->sentences = e->pub_sents;
    out->doc_count = e->ndocs;
    return PRECIS_OK;
}

PRECIS_API size_t precis_digest_entity_count(const precis_digest *g)
{
    return g ? g->nents : 0;
}

PRECIS_API precis_status precis_digest_entity(const precis_digest *g, size_t i, precis_entity *out)
{
    if (!g || !out || i >= g->nents)
        return PRECIS_EINVAL;
    const pc_entity *e = &g->ents[i];
    out->name = e->name;
    out->kind = e->kind == PC_PERSON ? PRECIS_ENTITY_PERSON
                : e->kind == PC_ORG  ? PRECIS_ENTITY_ORGANIZATION
                                     : PRECIS_ENTITY_PLACE;
    out->mentions = e->count;
    out->total = e->total;
    return PRECIS_OK;
}
