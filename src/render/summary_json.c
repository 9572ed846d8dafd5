/* The summary as one JSON object (docs/json.md): sentences with their
 * document, byte range in the input, score and other sources, then the
 * documents with the metadata known. */
#include "render/render.h"

#include <math.h>

/* , "key": "value" -- nothing when value is NULL */
static void field(pc_buf *b, const char *key, const char *val)
{
    if (!val)
        return;
    pc_buf_addf(b, ", \"%s\": ", key);
    pc_json_strz(b, val);
}

precis_status pc_write_summary_json(const pc_render_in *in, pc_buf *b)
{
    const precis_summary *s = in->summary;
    const precis_cluster *c = s->c;
    pc_buf_addf(b, "{\"method\": \"%s\", \"sentences\": [", s->method);
    for (size_t i = 0; i < s->n; i++) {
        const pc_item *it = &s->items[i];
        const pc_sent *st = &c->sents[it->sent];
        const pc_doc *d = &c->docs[st->doc];
        pc_buf_adds(b, i ? ",\n  {\"text\": " : "\n  {\"text\": ");
        pc_json_str(b, it->text, it->len);
        pc_buf_addf(b, ", \"doc\": %u, \"start\": %zu, \"end\": %zu, \"score\": ", st->doc,
                    pc_doc_input_offset(d, st->start), pc_doc_input_offset(d, st->end));
        /* JSON has no infinity: a sentence the ranking scored -HUGE_VAL
         * ("never") that a quotation's run brought in has no score */
        if (isfinite(it->score))
            pc_buf_addf(b, "%.6g", it->score);
        else
            pc_buf_adds(b, "null");
        pc_buf_adds(b, ", \"also\": [");
        for (size_t j = 0; j < it->nalso; j++)
            pc_buf_addf(b, "%s%zu", j ? ", " : "", it->also[j]);
        pc_buf_addch(b, ']');
        pc_json_edits(b, it);
        pc_buf_addch(b, '}');
    }
    pc_buf_adds(b, "],\n \"documents\": [");
    for (size_t d = 0; d < c->ndocs; d++) {
        const pc_doc *doc = &c->docs[d];
        pc_buf_addf(b, "%s\n  {\"index\": %zu, \"sentences\": %zu, \"language\": \"%s\"",
                    d ? "," : "", d, doc->nsent, precis_cluster_document_language(c, d));
        field(b, "name", doc->meta.name);
        field(b, "source", doc->meta.source);
        field(b, "title", doc->meta.title);
        field(b, "date", doc->meta.date);
        field(b, "url", doc->meta.url);
        pc_json_doc_copies(b, c, d);
        if (precis_summary_document_aside(s, d))
            pc_buf_adds(b, ", \"another_story\": true");
        pc_buf_addch(b, '}');
    }
    pc_buf_adds(b, "]}\n");
    return PRECIS_OK;
}
