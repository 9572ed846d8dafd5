/* The digest as one self-contained HTML page. */
#include "render/render.h"

static void html_group(pc_buf *b, const precis_digest *g, const pc_figgroup *gr)
{
    char lb[32];
    pc_buf_addf(b, "<div class=\"%s\"><h3>", gr->disagree ? "disagree" : "agree");
    pc_esc_htmlz(b, gr->quantity);
    pc_buf_adds(b, gr->disagree ? " — the sources disagree" : "");
    pc_buf_adds(b, "</h3><ul>");
    for (size_t k = 0; k < gr->n; k++) {
        const pc_figure *f = &gr->v[k];
        pc_buf_adds(b, "<li><b>");
        pc_esc_htmlz(b, f->text);
        pc_buf_adds(b, "</b> — ");
        pc_esc_htmlz(b, pc_doc_label(g->c, f->doc, lb, sizeof lb));
        size_t d = f->doc;
        pc_html_markers(b, g->c, &d, 1);
        pc_buf_adds(b, "</li>");
    }
    pc_buf_adds(b, "</ul></div>\n");
}

precis_status pc_write_digest_html(const pc_render_in *in, pc_buf *b)
{
    const precis_digest *g = in->digest;
    const precis_summary *s = in->summary;
    size_t *tmp = in->docs;
    const precis_cluster *c = g->c;
    pc_html_page_start(c, s, "Digest", b, tmp);
    pc_buf_adds(b, "<h2>Quotes</h2>\n");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, "<blockquote>“");
        pc_esc_html(b, q->text, q->len);
        pc_buf_adds(b, "”<div class=\"who\">— ");
        if (q->speaker) {
            pc_buf_adds(b, "<b>");
            pc_esc_htmlz(b, q->speaker);
            pc_buf_adds(b, "</b>");
        } else {
            pc_buf_adds(b, "<span class=\"unknown\">speaker not named</span>");
        }
        pc_sorted_docs(q->docs, q->ndocs, tmp);
        pc_html_markers(b, c, tmp, q->ndocs);
        pc_buf_adds(b, "</div></blockquote>\n");
    }
    pc_buf_adds(b, "<h2>Where sources disagree</h2>\n");
    size_t ndis = 0;
    for (size_t i = 0; i < g->ngroups; i++)
        if (g->groups[i].disagree) {
            html_group(b, g, &g->groups[i]);
            ndis++;
        }
    if (!ndis)
        pc_buf_adds(b, "<p>No disagreeing figures found.</p>\n");
    for (size_t i = 0; i < g->ngroups; i++)
        if (!g->groups[i].disagree)
            html_group(b, g, &g->groups[i]);
    pc_buf_adds(b, "<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        const pc_sent *st = &c->sents[e->sents[0]];
        pc_buf_addf(b, "<li><span class=\"date%s\">", e->resolved ? "" : " rel");
        pc_event_date_label(b, e);
        pc_buf_adds(b, "</span> <i>");
        pc_esc_htmlz(b, e->expr);
        pc_buf_adds(b, "</i>: ");
        pc_esc_html(b, st->text, st->len);
        pc_sorted_docs(e->docs, e->ndocs, tmp);
        pc_html_markers(b, c, tmp, e->ndocs);
        pc_buf_adds(b, "</li>\n");
    }
    pc_buf_adds(b, "</ol>\n<h2>Who and where</h2>\n<table><tr><th>Name</th><th>Kind</th>");
    for (size_t d = 0; d < c->ndocs; d++)
        pc_buf_addf(b, "<th><a href=\"#src-%zu\">%zu</a></th>", d + 1, d + 1);
    pc_buf_adds(b, "<th>Total</th></tr>\n");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, "<tr><td>");
        pc_esc_htmlz(b, e->name);
        pc_buf_addf(b, "</td><td>%s</td>", pc_entity_kind_name(e->kind));
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, "<td class=\"n\">%zu</td>", e->count[d]);
        pc_buf_addf(b, "<td class=\"n\">%zu</td></tr>\n", e->total);
    }
    pc_buf_adds(b, "</table>\n</body></html>\n");
    return PRECIS_OK;
}
