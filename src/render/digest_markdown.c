/* The digest as Markdown: summary, sources, quotes, figures, timeline and
 * the table of who and where (docs/digest.md). */
#include "render/render.h"

static void md_markers(pc_buf *b, const size_t *docs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pc_buf_addf(b, "[%zu]", docs[i] + 1);
}

static void md_value_list(pc_buf *b, const precis_digest *g, const pc_figgroup *gr)
{
    char lb[32];
    for (size_t k = 0; k < gr->n; k++) {
        const pc_figure *f = &gr->v[k];
        pc_buf_addf(b, "  - %s — %s [%u]\n", f->text, pc_doc_label(g->c, f->doc, lb, sizeof lb),
                    f->doc + 1);
    }
}

precis_status pc_write_digest_markdown(const pc_render_in *in, pc_buf *b)
{
    const precis_digest *g = in->digest;
    const precis_summary *s = in->summary;
    size_t *tmp = in->docs;
    const precis_cluster *c = g->c;
    char lb[32];
    pc_buf_adds(b, "# Digest\n\n");
    if (s) {
        pc_buf_adds(b, "## Summary\n\n");
        for (size_t i = 0; i < s->n; i++) {
            const pc_sent *st = &c->sents[s->items[i].sent];
            pc_buf_add(b, st->text, st->len);
            pc_buf_addch(b, ' ');
            md_markers(b, tmp, pc_summary_item_docs(s, i, tmp));
            pc_buf_adds(b, "\n\n");
        }
    }
    pc_buf_adds(b, "## Sources\n\n");
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        const char *l = pc_doc_label(c, d, lb, sizeof lb);
        pc_buf_addf(b, "%zu. **%s**", d + 1, l);
        if (m->title && m->title != l)
            pc_buf_addf(b, " — %s", m->title);
        if (m->date)
            pc_buf_addf(b, " (%s)", m->date);
        if (m->url)
            pc_buf_addf(b, " <%s>", m->url);
        pc_buf_addch(b, '\n');
    }
    pc_buf_adds(b, "\n## Quotes\n\n");
    if (!g->nquotes)
        pc_buf_adds(b, "No direct quotes.\n");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, "- “");
        pc_buf_add(b, q->text, q->len);
        pc_buf_adds(b, "” — ");
        if (q->speaker)
            pc_buf_addf(b, "**%s** ", q->speaker);
        else
            pc_buf_adds(b, "*speaker not named* ");
        pc_sorted_docs(q->docs, q->ndocs, tmp);
        md_markers(b, tmp, q->ndocs);
        pc_buf_addch(b, '\n');
    }
    pc_buf_adds(b, "\n## Where sources disagree\n\n");
    size_t ndis = 0;
    for (size_t i = 0; i < g->ngroups; i++) {
        const pc_figgroup *gr = &g->groups[i];
        if (!gr->disagree)
            continue;
        ndis++;
        pc_buf_addf(b, "- **%s**: the sources give different figures\n", gr->quantity);
        md_value_list(b, g, gr);
    }
    if (!ndis)
        pc_buf_adds(b, "No disagreeing figures found.\n");
    if (ndis < g->ngroups) {
        pc_buf_adds(b, "\nFigures the sources agree on (or give with different precision):\n\n");
        for (size_t i = 0; i < g->ngroups; i++) {
            const pc_figgroup *gr = &g->groups[i];
            if (gr->disagree)
                continue;
            pc_buf_addf(b, "- **%s**\n", gr->quantity);
            md_value_list(b, g, gr);
        }
    }
    pc_buf_adds(b, "\n## Timeline\n\n");
    if (!g->nevents)
        pc_buf_adds(b, "No dated events.\n");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        const pc_sent *st = &c->sents[e->sents[0]];
        pc_buf_adds(b, "- **");
        pc_event_date_label(b, e);
        pc_buf_addf(b, "** — “%s”%s: ", e->expr,
                    e->resolved ? "" : " (relative; its source has no date)");
        pc_buf_add(b, st->text, st->len);
        pc_buf_addch(b, ' ');
        pc_sorted_docs(e->docs, e->ndocs, tmp);
        md_markers(b, tmp, e->ndocs);
        pc_buf_addch(b, '\n');
    }
    pc_buf_adds(b, "\n## Who and where\n\n");
    if (!g->nents) {
        pc_buf_adds(b, "No named people, organizations or places.\n");
        return PRECIS_OK;
    }
    pc_buf_adds(b, "| Name | Kind |");
    for (size_t d = 0; d < c->ndocs; d++)
        pc_buf_addf(b, " [%zu] |", d + 1);
    pc_buf_adds(b, " Total |\n|---|---|");
    for (size_t d = 0; d < c->ndocs; d++)
        pc_buf_adds(b, "--:|");
    pc_buf_adds(b, "--:|\n");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_addf(b, "| %s | %s |", e->name, pc_entity_kind_name(e->kind));
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, " %zu |", e->count[d]);
        pc_buf_addf(b, " %zu |\n", e->total);
    }
    return PRECIS_OK;
}
