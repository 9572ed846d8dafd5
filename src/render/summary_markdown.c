/* The summary as Markdown: sentences with [n] source markers, then the
 * numbered source list. */
#include "render/escape.h"
#include "render/render.h"

/* The name of a source in the list: source, title or the full file name. */
static const char *doc_label(const pc_doc *d)
{
    if (d->meta.source)
        return d->meta.source;
    if (d->meta.title)
        return d->meta.title;
    return d->meta.name;
}

precis_status pc_write_summary_markdown(const pc_render_in *in, pc_buf *b)
{
    const precis_summary *s = in->summary;
    const precis_cluster *c = s->c;
    for (size_t i = 0; i < s->n; i++) {
        pc_esc_md(b, s->items[i].text, s->items[i].len);
        pc_buf_addch(b, ' ');
        size_t ns = pc_summary_item_docs(s, i, in->docs);
        for (size_t j = 0; j < ns; j++)
            pc_buf_addf(b, "[%zu]", in->docs[j] + 1);
        pc_buf_adds(b, "\n\n");
    }
    pc_buf_adds(b, "Sources:\n\n");
    for (size_t d = 0; d < c->ndocs; d++) {
        const pc_doc *doc = &c->docs[d];
        const char *label = doc_label(doc);
        pc_buf_addf(b, "%zu. ", d + 1);
        if (label)
            pc_esc_mdz(b, label);
        else
            pc_buf_addf(b, "document %zu", d + 1);
        if (doc->meta.title && label != doc->meta.title) {
            pc_buf_adds(b, ": ");
            pc_esc_mdz(b, doc->meta.title);
        }
        char db[32];
        const char *date = pc_doc_display_date(c, d, db, sizeof db);
        if (date)
            pc_buf_addf(b, " (%s)", date);
        if (doc->meta.url)
            pc_buf_addf(b, " <%s>", doc->meta.url);
        pc_doc_outlets(b, c, d, " — also: ", pc_esc_mdz);
        if (precis_summary_document_aside(s, d))
            pc_buf_adds(b, " — " PC_ASIDE_NOTE);
        pc_buf_addch(b, '\n');
    }
    return PRECIS_OK;
}
