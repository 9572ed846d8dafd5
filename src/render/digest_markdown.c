/* The digest as Markdown: summary, sources, quotes, figures, timeline and
 * the table of who and where (docs/digest.md). */
#include "render/escape.h"
#include "render/render.h"

#include <string.h>

#include "util/alloc.h"

static void md_markers_all(pc_buf *b, const size_t *docs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pc_buf_addf(b, "[%zu]", docs[i] + 1);
}

/* Markers of a bounded digest: the first DIGEST_MARKERS, then a count. */
static void md_markers_g(pc_buf *b, const precis_digest *g, const size_t *docs, size_t n)
{
    size_t k = pc_digest_markers(g, n);
    md_markers_all(b, docs, k);
    if (k < n)
        pc_buf_addf(b, " (+%zu more)", n - k);
}

static void md_text(pc_buf *b, const precis_digest *g, const char *t, size_t len)
{
    int cut;
    pc_esc_md(b, t, pc_digest_text_len(g, t, len, &cut));
    if (cut)
        pc_buf_adds(b, "…");
}

static void md_more(pc_buf *b, size_t n, const char *what)
{
    char one[64];
    if (n)
        pc_buf_addf(b, "\n*%zu more %s not shown (--digest-all shows all).*\n", n,
                    pc_noun_for(n, what, one, sizeof one));
}

static void md_value_list(pc_buf *b, const precis_digest *g, const pc_figgroup *gr)
{
    char lb[32];
    for (size_t k = 0; k < gr->n; k++) {
        const pc_figure *f = &gr->v[k];
        pc_buf_adds(b, "  - ");
        pc_esc_mdz(b, f->text);
        pc_buf_adds(b, " — ");
        pc_esc_mdz(b, pc_doc_label(g->c, f->doc, lb, sizeof lb));
        pc_buf_addf(b, " [%u]\n", f->doc + 1);
    }
}

precis_status pc_write_digest_markdown(const pc_render_in *in, pc_buf *b)
{
    const precis_digest *g = in->digest;
    const precis_summary *s = in->summary;
    size_t *tmp = in->docs;
    const precis_cluster *c = g->c;
    char lb[32];
    uint8_t *insum = pc_malloc(c->alc, c->ndocs + 1);
    if (!insum)
        return PRECIS_ENOMEM;
    memset(insum, 0, c->ndocs + 1);
    pc_buf_adds(b, "# Digest\n\n");
    if (s) {
        pc_buf_adds(b, "## Summary\n\n");
        for (size_t i = 0; i < s->n; i++) {
            pc_esc_md(b, s->items[i].text, s->items[i].len);
            pc_buf_addch(b, ' ');
            size_t nd = pc_summary_item_docs(s, i, tmp);
            for (size_t k = 0; k < pc_digest_markers(g, nd); k++)
                insum[tmp[k]] = 1;
            md_markers_g(b, g, tmp, nd);
            pc_buf_adds(b, "\n\n");
        }
    }
    pc_buf_adds(b, "## Sources\n\n");
    size_t unlisted = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        if (!pc_digest_doc_listed(g, insum, d)) {
            unlisted++;
            continue;
        }
        const char *l = pc_doc_label(c, d, lb, sizeof lb);
        pc_buf_addf(b, "%zu. **", d + 1);
        pc_esc_mdz(b, l);
        pc_buf_adds(b, "**");
        if (m->title && m->title != l) {
            pc_buf_adds(b, " — ");
            pc_esc_mdz(b, m->title);
        }
        char db[32];
        const char *date = pc_digest_doc_date_shown(g, d, db, sizeof db);
        if (date)
            pc_buf_addf(b, " (%s)", date);
        if (m->url)
            pc_buf_addf(b, " <%s>", m->url);
        pc_doc_outlets(b, c, d, " — also: ", pc_esc_mdz);
        if (precis_summary_document_aside(s, d))
            pc_buf_adds(b, " — " PC_ASIDE_NOTE);
        pc_buf_addch(b, '\n');
    }
    pc_free(c->alc, insum, c->ndocs + 1);
    md_more(b, unlisted, "documents");
    pc_buf_adds(b, "\n## Quotes\n\n");
    if (!g->nquotes)
        pc_buf_adds(b, "No direct quotes.\n");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, "- “");
        md_text(b, g, q->text, q->len);
        pc_buf_adds(b, "” — ");
        if (q->speaker) {
            pc_buf_adds(b, "**");
            pc_esc_mdz(b, q->speaker);
            pc_buf_adds(b, "** ");
        } else
            pc_buf_adds(b, "*speaker not named* ");
        pc_sorted_docs(q->docs, q->ndocs, tmp);
        md_markers_g(b, g, tmp, q->ndocs);
        pc_buf_addch(b, '\n');
    }
    md_more(b, g->more_quotes, "quotes");
    pc_buf_adds(b, "\n## Where sources disagree\n\n");
    size_t ndis = 0;
    for (size_t i = 0; i < g->ngroups; i++) {
        const pc_figgroup *gr = &g->groups[i];
        if (!gr->disagree)
            continue;
        ndis++;
        pc_buf_adds(b, "- **");
        pc_esc_mdz(b, gr->quantity);
        pc_buf_adds(b, "**: the sources give different figures\n");
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
            pc_buf_adds(b, "- **");
            pc_esc_mdz(b, gr->quantity);
            pc_buf_adds(b, "**\n");
            md_value_list(b, g, gr);
        }
    }
    md_more(b, g->more_groups, "figure groups");
    pc_buf_adds(b, "\n## Timeline\n\n");
    if (!g->nevents)
        pc_buf_adds(b, "No dated events.\n");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        const pc_sent *st = &c->sents[e->sents[0]];
        pc_buf_adds(b, "- **");
        pc_event_date_label(b, e);
        pc_buf_adds(b, "** — “");
        pc_esc_mdz(b, e->expr);
        pc_buf_addf(b, "”%s: ", e->resolved ? "" : " (relative; its source has no date)");
        md_text(b, g, st->text, st->len);
        pc_buf_addch(b, ' ');
        pc_sorted_docs(e->docs, e->ndocs, tmp);
        md_markers_g(b, g, tmp, e->ndocs);
        pc_buf_addch(b, '\n');
    }
    md_more(b, g->more_events, "timeline entries");
    if (g->undated)
        pc_buf_addf(b,
                    "\n*%zu relative %s (such as \"on Monday\") left out: no document of the "
                    "cluster gives its date.*\n",
                    g->undated, g->undated == 1 ? "date" : "dates");
    pc_buf_adds(b, "\n## Who and where\n\n");
    if (!g->nents) {
        pc_buf_adds(b, "No named people, organizations or places.\n");
        return PRECIS_OK;
    }
    /* one column per document, or (many documents) how many mention it */
    int cols = pc_digest_doc_columns(g);
    size_t ncol = cols ? c->ndocs : 1;
    pc_buf_adds(b, "| Name | Kind |");
    for (size_t d = 0; d < ncol; d++)
        if (cols)
            pc_buf_addf(b, " [%zu] |", d + 1);
        else
            pc_buf_adds(b, " Sources |");
    pc_buf_adds(b, " Total |\n|---|---|");
    for (size_t d = 0; d < ncol; d++)
        pc_buf_adds(b, "--:|");
    pc_buf_adds(b, "--:|\n");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, "| ");
        pc_esc_mdz(b, e->name);
        pc_buf_addf(b, " | %s |", pc_entity_kind_name(e->kind));
        size_t nd = 0;
        for (size_t d = 0; d < c->ndocs; d++) {
            if (cols)
                pc_buf_addf(b, " %zu |", e->count[d]);
            nd += e->count[d] > 0;
        }
        if (!cols)
            pc_buf_addf(b, " %zu |", nd);
        pc_buf_addf(b, " %zu |\n", e->total);
    }
    md_more(b, g->more_ents, "names");
    return PRECIS_OK;
}
