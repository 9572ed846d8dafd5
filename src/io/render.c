/* Writers: the summary as text, Markdown, JSON or HTML. */
#include <stdlib.h>
#include <string.h>

#include "summary.h"
#include "util/buf.h"

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

size_t pc_summary_item_docs(const precis_summary *s, size_t i, size_t *out)
{
    const pc_item *it = &s->items[i];
    size_t n = 0;
    out[n++] = s->c->sents[it->sent].doc;
    for (size_t j = 0; j < it->nalso; j++)
        out[n++] = it->also[j];
    qsort(out, n, sizeof *out, cmp_size);
    return n;
}

static const char *doc_label(const pc_doc *d)
{
    if (d->meta.source)
        return d->meta.source;
    if (d->meta.title)
        return d->meta.title;
    return d->meta.name;
}

static void render_markdown(const precis_summary *s, pc_buf *b, size_t *srcbuf)
{
    const precis_cluster *c = s->c;
    for (size_t i = 0; i < s->n; i++) {
        const pc_item *it = &s->items[i];
        const pc_sent *st = &c->sents[it->sent];
        pc_buf_add(b, st->text, st->len);
        pc_buf_addch(b, ' ');
        size_t ns = pc_summary_item_docs(s, i, srcbuf);
        for (size_t j = 0; j < ns; j++)
            pc_buf_addf(b, "[%zu]", srcbuf[j] + 1);
        pc_buf_adds(b, "\n\n");
    }
    pc_buf_adds(b, "Sources:\n\n");
    for (size_t d = 0; d < c->ndocs; d++) {
        const pc_doc *doc = &c->docs[d];
        const char *label = doc_label(doc);
        pc_buf_addf(b, "%zu. ", d + 1);
        if (label)
            pc_buf_adds(b, label);
        else
            pc_buf_addf(b, "document %zu", d + 1);
        if (doc->meta.title && label != doc->meta.title)
            pc_buf_addf(b, ": %s", doc->meta.title);
        if (doc->meta.date)
            pc_buf_addf(b, " (%s)", doc->meta.date);
        if (doc->meta.url)
            pc_buf_addf(b, " <%s>", doc->meta.url);
        pc_buf_addch(b, '\n');
    }
}

static void json_field(pc_buf *b, const char *key, const char *val, int *first)
{
    if (!val)
        return;
    pc_buf_addf(b, "%s\"%s\": \"", *first ? "" : ", ", key);
    pc_buf_add_json_str(b, val, strlen(val));
    pc_buf_addch(b, '"');
    *first = 0;
}

static void render_json(const precis_summary *s, pc_buf *b)
{
    const precis_cluster *c = s->c;
    pc_buf_addf(b, "{\"method\": \"%s\", \"sentences\": [", s->method);
    for (size_t i = 0; i < s->n; i++) {
        const pc_item *it = &s->items[i];
        const pc_sent *st = &c->sents[it->sent];
        const pc_doc *d = &c->docs[st->doc];
        pc_buf_adds(b, i ? ",\n  {\"text\": \"" : "\n  {\"text\": \"");
        pc_buf_add_json_str(b, st->text, st->len);
        pc_buf_addf(
            b, "\", \"doc\": %u, \"start\": %zu, \"end\": %zu, \"score\": %.6g, \"also\": [",
            st->doc, pc_doc_input_offset(d, st->start), pc_doc_input_offset(d, st->end), it->score);
        for (size_t j = 0; j < it->nalso; j++)
            pc_buf_addf(b, "%s%zu", j ? ", " : "", it->also[j]);
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"documents\": [");
    for (size_t d = 0; d < c->ndocs; d++) {
        const pc_doc *doc = &c->docs[d];
        pc_buf_addf(b, "%s\n  {\"index\": %zu, \"sentences\": %zu, \"language\": \"%s\"",
                    d ? "," : "", d, doc->nsent, precis_cluster_document_language(c, d));
        int first = 0;
        json_field(b, "name", doc->meta.name, &first);
        json_field(b, "source", doc->meta.source, &first);
        json_field(b, "title", doc->meta.title, &first);
        json_field(b, "date", doc->meta.date, &first);
        json_field(b, "url", doc->meta.url, &first);
        pc_buf_addch(b, '}');
    }
    pc_buf_adds(b, "]}\n");
}

PRECIS_API precis_status precis_summary_render(const precis_summary *s, precis_format format,
                                               char **out, size_t *len)
{
    if (!s || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    pc_buf b;
    pc_buf_init(&b, NULL); /* the caller frees with precis_free (libc) */
    size_t *srcbuf = malloc((s->c->ndocs + 1) * sizeof *srcbuf);
    if (!srcbuf)
        return PRECIS_ENOMEM;
    switch (format) {
    case PRECIS_FORMAT_TEXT:
        for (size_t i = 0; i < s->n; i++) {
            const pc_sent *st = &s->c->sents[s->items[i].sent];
            pc_buf_add(&b, st->text, st->len);
            pc_buf_addch(&b, '\n');
        }
        break;
    case PRECIS_FORMAT_MARKDOWN:
        render_markdown(s, &b, srcbuf);
        break;
    case PRECIS_FORMAT_JSON:
        render_json(s, &b);
        break;
    case PRECIS_FORMAT_HTML:
        pc_render_summary_html(s, &b, srcbuf);
        break;
    default:
        free(srcbuf);
        return PRECIS_EINVAL;
    }
    free(srcbuf);
    return pc_buf_finish(&b, out, len);
}
