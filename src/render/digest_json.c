/* The digest as one JSON object (schema in docs/digest.md). */
#include "render/render.h"

#include <math.h>
#include <string.h>

#include "util/alloc.h"

/* A number as JSON: unbounded (infinite) is null. */
static void number(pc_buf *b, double v)
{
    if (isinf(v))
        pc_buf_adds(b, "null");
    else
        pc_buf_addf(b, "%.15g", v);
}

/* A text, cut in a bounded digest (with an ellipsis). */
static int json_text(pc_buf *b, const precis_digest *g, const char *t, size_t len)
{
    int cut;
    size_t n = pc_digest_text_len(g, t, len, &cut);
    if (!cut) {
        pc_json_str(b, t, n);
        return 0;
    }
    char *p = pc_malloc(g->alc, n + 4);
    if (!p)
        return -1;
    memcpy(p, t, n);
    memcpy(p + n, "\xE2\x80\xA6", 3);
    pc_json_str(b, p, n + 3);
    pc_free(g->alc, p, n + 4);
    return 0;
}

/* ", "more_sources": N' when a bounded digest cut an item's source list. */
static void more_sources(pc_buf *b, size_t shown, size_t n)
{
    if (shown < n)
        pc_buf_addf(b, ", \"more_sources\": %zu", n - shown);
}

precis_status pc_write_digest_json(const pc_render_in *in, pc_buf *b)
{
    const precis_digest *g = in->digest;
    const precis_summary *s = in->summary;
    size_t *tmp = in->docs;
    const precis_cluster *c = g->c;
    uint8_t *insum = pc_malloc(c->alc, c->ndocs + 1);
    if (!insum)
        return PRECIS_ENOMEM;
    memset(insum, 0, c->ndocs + 1);
    pc_buf_adds(b, "{\"summary\": [");
    for (size_t i = 0; s && i < s->n; i++) {
        pc_buf_adds(b, i ? ",\n  {\"text\": " : "\n  {\"text\": ");
        pc_json_str(b, s->items[i].text, s->items[i].len);
        pc_buf_addf(b, ", \"sentence\": %u, \"docs\": [", s->items[i].sent);
        size_t n = pc_summary_item_docs(s, i, tmp), shown = pc_digest_markers(g, n);
        for (size_t k = 0; k < shown; k++) {
            pc_buf_addf(b, "%s%zu", k ? ", " : "", tmp[k]);
            insum[tmp[k]] = 1;
        }
        pc_buf_adds(b, "]");
        more_sources(b, shown, n);
        pc_json_edits(b, &s->items[i]);
        pc_buf_adds(b, "}");
    }
    pc_buf_adds(b, "],\n \"documents\": [");
    size_t listed = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        if (!pc_digest_doc_listed(g, insum, d))
            continue;
        pc_buf_addf(b, "%s\n  {\"index\": %zu, ", listed++ ? "," : "", d);
        char db[16];
        pc_json_meta(b, m, pc_digest_doc_date(g, d, db, sizeof db));
        pc_json_doc_copies(b, c, d);
        if (precis_summary_document_aside(s, d))
            pc_buf_adds(b, ", \"another_story\": true");
        pc_buf_addch(b, '}');
    }
    pc_buf_adds(b, "],\n \"quotes\": [");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, i ? ",\n  {\"text\": " : "\n  {\"text\": ");
        pc_json_str(b, q->text, q->len);
        pc_buf_adds(b, ", \"speaker\": ");
        pc_json_strz(b, q->speaker);
        pc_buf_addf(b, ", \"sentence\": %u, \"sources\": [", q->sent);
        size_t shown = pc_digest_markers(g, q->ndocs);
        for (size_t k = 0; k < shown; k++) {
            pc_buf_addf(b, "%s{\"doc\": %zu, \"speaker\": ", k ? ", " : "", q->docs[k]);
            pc_json_strz(b, q->doc_speaker[k]);
            pc_buf_addch(b, '}');
        }
        pc_buf_adds(b, "]");
        more_sources(b, shown, q->ndocs);
        pc_buf_adds(b, "}");
    }
    pc_buf_adds(b, "],\n \"figures\": [");
    for (size_t i = 0; i < g->ngroups; i++) {
        const pc_figgroup *gr = &g->groups[i];
        pc_buf_adds(b, i ? ",\n  {\"quantity\": " : "\n  {\"quantity\": ");
        pc_json_strz(b, gr->quantity);
        pc_buf_addf(b, ", \"disagree\": %s, \"documents\": %zu, \"values\": [",
                    gr->disagree ? "true" : "false", gr->ndocs);
        for (size_t k = 0; k < gr->n; k++) {
            const pc_figure *f = &gr->v[k];
            pc_buf_adds(b, k ? ", {\"text\": " : "{\"text\": ");
            pc_json_strz(b, f->text);
            pc_buf_adds(b, ", \"low\": ");
            number(b, f->lo);
            pc_buf_adds(b, ", \"high\": ");
            number(b, f->hi);
            pc_buf_addf(b, ", \"doc\": %u, \"sentence\": %u}", f->doc, f->sent);
        }
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"timeline\": [");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        pc_buf_adds(b, i ? ",\n  {\"expression\": " : "\n  {\"expression\": ");
        pc_json_strz(b, e->expr);
        pc_buf_addf(b, ", \"resolved\": %s, \"date\": ", e->resolved ? "true" : "false");
        if (!e->resolved)
            pc_buf_adds(b, "null");
        else if (e->prec == PC_PREC_YEAR)
            pc_buf_addf(b, "\"%04d\"", e->date.y);
        else if (e->prec == PC_PREC_MONTH)
            pc_buf_addf(b, "\"%04d-%02d\"", e->date.y, e->date.m);
        else
            pc_buf_addf(b, "\"%04d-%02d-%02d\"", e->date.y, e->date.m, e->date.d);
        pc_buf_addf(b, ", \"precision\": \"%s\", \"sources\": [", pc_prec_name(e->prec));
        size_t shown = pc_digest_markers(g, e->ndocs);
        for (size_t k = 0; k < shown; k++) {
            const pc_sent *st = &c->sents[e->sents[k]];
            pc_buf_addf(b, "%s{\"doc\": %zu, \"sentence\": %u, \"text\": ", k ? ", " : "",
                        e->docs[k], e->sents[k]);
            if (json_text(b, g, st->text, st->len)) {
                pc_free(c->alc, insum, c->ndocs + 1);
                return PRECIS_ENOMEM;
            }
            pc_buf_addch(b, '}');
        }
        pc_buf_adds(b, "]");
        more_sources(b, shown, e->ndocs);
        pc_buf_adds(b, "}");
    }
    pc_buf_adds(b, "],\n \"entities\": [");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
        pc_json_strz(b, e->name);
        size_t nd = 0;
        for (size_t d = 0; d < c->ndocs; d++)
            nd += e->count[d] > 0;
        pc_buf_addf(b, ", \"kind\": \"%s\", \"total\": %zu, \"documents\": %zu, \"mentions\": ",
                    pc_entity_kind_name(e->kind), e->total, nd);
        if (!pc_digest_doc_columns(g)) {
            pc_buf_adds(b, "null}");
            continue;
        }
        pc_buf_addch(b, '[');
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, "%s%zu", d ? ", " : "", e->count[d]);
        pc_buf_adds(b, "]}");
    }
    pc_buf_addf(b,
                "],\n \"omitted\": {\"documents\": %zu, \"quotes\": %zu, \"figures\": %zu, "
                "\"timeline\": %zu, \"entities\": %zu, \"undated\": %zu}}\n",
                c->ndocs - listed, g->more_quotes, g->more_groups, g->more_events, g->more_ents,
                g->undated);
    pc_free(c->alc, insum, c->ndocs + 1);
    return PRECIS_OK;
}
