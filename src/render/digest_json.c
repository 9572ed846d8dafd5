/* The digest as one JSON object (schema in docs/digest.md). */
#include "render/render.h"

#include <math.h>

/* A number as JSON: unbounded (infinite) is null. */
static void number(pc_buf *b, double v)
{
    if (isinf(v))
        pc_buf_adds(b, "null");
    else
        pc_buf_addf(b, "%.15g", v);
}

precis_status pc_write_digest_json(const pc_render_in *in, pc_buf *b)
{
    const precis_digest *g = in->digest;
    const precis_summary *s = in->summary;
    size_t *tmp = in->docs;
    const precis_cluster *c = g->c;
    pc_buf_adds(b, "{\"summary\": [");
    for (size_t i = 0; s && i < s->n; i++) {
        const pc_sent *st = &c->sents[s->items[i].sent];
        pc_buf_adds(b, i ? ",\n  {\"text\": " : "\n  {\"text\": ");
        pc_json_str(b, st->text, st->len);
        pc_buf_addf(b, ", \"sentence\": %u, \"docs\": [", s->items[i].sent);
        size_t n = pc_summary_item_docs(s, i, tmp);
        for (size_t k = 0; k < n; k++)
            pc_buf_addf(b, "%s%zu", k ? ", " : "", tmp[k]);
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"documents\": [");
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        pc_buf_addf(b, "%s\n  {\"index\": %zu, \"name\": ", d ? "," : "", d);
        pc_json_strz(b, m->name);
        pc_buf_adds(b, ", \"source\": ");
        pc_json_strz(b, m->source);
        pc_buf_adds(b, ", \"title\": ");
        pc_json_strz(b, m->title);
        pc_buf_adds(b, ", \"date\": ");
        pc_json_strz(b, m->date);
        pc_buf_adds(b, ", \"url\": ");
        pc_json_strz(b, m->url);
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
        for (size_t k = 0; k < q->ndocs; k++) {
            pc_buf_addf(b, "%s{\"doc\": %zu, \"speaker\": ", k ? ", " : "", q->docs[k]);
            pc_json_strz(b, q->doc_speaker[k]);
            pc_buf_addch(b, '}');
        }
        pc_buf_adds(b, "]}");
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
        for (size_t k = 0; k < e->ndocs; k++) {
            const pc_sent *st = &c->sents[e->sents[k]];
            pc_buf_addf(b, "%s{\"doc\": %zu, \"sentence\": %u, \"text\": ", k ? ", " : "",
                        e->docs[k], e->sents[k]);
            pc_json_str(b, st->text, st->len);
            pc_buf_addch(b, '}');
        }
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"entities\": [");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
        pc_json_strz(b, e->name);
        pc_buf_addf(b, ", \"kind\": \"%s\", \"total\": %zu, \"mentions\": [",
                    pc_entity_kind_name(e->kind), e->total);
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, "%s%zu", d ? ", " : "", e->count[d]);
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "]}\n");
    return PRECIS_OK;
}
