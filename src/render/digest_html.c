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

static void html_markers_g(pc_buf *b, const precis_digest *g, const size_t *docs, size_t n)
{
    size_t k = pc_digest_markers(g, n);
    pc_html_markers(b, g->c, docs, k);
    if (k < n)
        pc_buf_addf(b, " <span class=\"who\">+%zu more</span>", n - k);
}

static void html_more(pc_buf *b, size_t n, const char *what)
{
    char one[64];
    if (n)
        pc_buf_addf(b, "<p class=\"who\">%zu more %s not shown (--digest-all shows all).</p>\n", n,
                    pc_noun_for(n, what, one, sizeof one));
}

precis_status pc_write_digest_html(const pc_render_in *in, pc_buf *b)
{
    const precis_digest *g = in->digest;
    const precis_summary *s = in->summary;
    size_t *tmp = in->docs;
    const precis_cluster *c = g->c;
    precis_status pst = pc_html_page_start(c, s, g, "Digest", b, tmp);
    if (pst)
        return pst;
    pc_buf_adds(b, "<h2>Quotes</h2>\n");
    if (!g->nquotes)
        pc_buf_adds(b, "<p>No direct quotes.</p>\n");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        /* dir="auto": a quote in Arabic or Hebrew reads right to left */
        pc_buf_adds(b, "<blockquote dir=\"auto\">“");
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
        html_markers_g(b, g, tmp, q->ndocs);
        pc_buf_adds(b, "</div></blockquote>\n");
    }
    html_more(b, g->more_quotes, "quotes");
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
    html_more(b, g->more_groups, "figure groups");
    pc_buf_adds(b, g->nevents ? "<h2>Timeline</h2>\n<ol class=\"timeline\">\n"
                              : "<h2>Timeline</h2>\n<p>No dated events.</p>\n");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        const pc_sent *st = &c->sents[e->sents[0]];
        pc_buf_addf(b, "<li><span class=\"date%s\">", e->resolved ? "" : " rel");
        pc_event_date_label(b, e);
        pc_buf_adds(b, "</span> <i>");
        pc_esc_htmlz(b, e->expr);
        pc_buf_adds(b, "</i>: <span dir=\"auto\">");
        int cut;
        pc_esc_html(b, st->text, pc_digest_text_len(g, st->text, st->len, &cut));
        if (cut)
            pc_buf_adds(b, "…");
        pc_buf_adds(b, "</span>");
        pc_sorted_docs(e->docs, e->ndocs, tmp);
        html_markers_g(b, g, tmp, e->ndocs);
        pc_buf_adds(b, "</li>\n");
    }
    if (g->nevents)
        pc_buf_adds(b, "</ol>\n");
    html_more(b, g->more_events, "timeline entries");
    if (g->undated)
        pc_buf_addf(b,
                    "<p class=\"who\">%zu relative %s left out: no document gives its date.</p>\n",
                    g->undated, g->undated == 1 ? "date" : "dates");
    pc_buf_adds(b, "<h2>Who and where</h2>\n");
    if (!g->nents) {
        pc_buf_adds(b, "<p>No named people, organizations or places.</p>\n</body></html>\n");
        return PRECIS_OK;
    }
    pc_buf_adds(b, "<table><tr><th>Name</th><th>Kind</th>");
    int cols = pc_digest_doc_columns(g);
    for (size_t d = 0; cols && d < c->ndocs; d++)
        pc_buf_addf(b, "<th><a href=\"#src-%zu\">%zu</a></th>", d + 1, d + 1);
    if (!cols)
        pc_buf_adds(b, "<th>Sources</th>");
    pc_buf_adds(b, "<th>Total</th></tr>\n");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, "<tr><td>");
        pc_esc_htmlz(b, e->name);
        pc_buf_addf(b, "</td><td>%s</td>", pc_entity_kind_name(e->kind));
        size_t nd = 0;
        for (size_t d = 0; d < c->ndocs; d++) {
            if (cols)
                pc_buf_addf(b, "<td class=\"n\">%zu</td>", e->count[d]);
            nd += e->count[d] > 0;
        }
        if (!cols)
            pc_buf_addf(b, "<td class=\"n\">%zu</td>", nd);
        pc_buf_addf(b, "<td class=\"n\">%zu</td></tr>\n", e->total);
    }
    pc_buf_adds(b, "</table>\n");
    html_more(b, g->more_ents, "names");
    pc_buf_adds(b, "</body></html>\n");
    return PRECIS_OK;
}
