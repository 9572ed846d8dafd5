/* The public entry points of the output module, the one-call summary, and
 * the helpers the writers share.  Each entry point checks its arguments,
 * finds the writer in the table (formats.c) and hands the written buffer to
 * the caller; results are malloc'd (the caller frees them with
 * precis_free). */
#include "render/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

/* Writes product p in `format` into *out.  `ndocs` documents need a
 * scratch array of ndocs + 1 indices (0: none). */
static precis_status render(pc_product p, int format, pc_render_in *in, size_t ndocs, char **out,
                            size_t *len)
{
    const pc_format *f = pc_format_find(p, format);
    if (!f)
        return PRECIS_EINVAL;
    in->docs = NULL;
    if (ndocs && !(in->docs = malloc((ndocs + 1) * sizeof *in->docs)))
        return PRECIS_ENOMEM;
    pc_buf b;
    pc_buf_init(&b, NULL); /* the caller frees with precis_free (libc) */
    precis_status st = f->write(in, &b);
    free(in->docs);
    if (st) {
        pc_buf_release(&b);
        return st;
    }
    return pc_buf_finish(&b, out, len);
}

PRECIS_API precis_status precis_summary_render(const precis_summary *s, precis_format format,
                                               char **out, size_t *len)
{
    if (!s || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    pc_render_in in = {.summary = s};
    return render(PC_OUT_SUMMARY, (int)format, &in, s->c->ndocs, out, len);
}

PRECIS_API precis_status precis_digest_render(const precis_digest *g, const precis_summary *s,
                                              precis_format format, char **out, size_t *len)
{
    if (!g || !out || (s && s->c != g->c))
        return PRECIS_EINVAL;
    *out = NULL;
    pc_render_in in = {.summary = s, .digest = g};
    return render(PC_OUT_DIGEST, (int)format, &in, g->c->ndocs, out, len);
}

PRECIS_API precis_status precis_extracted_render(const precis_extracted *x, precis_format format,
                                                 char **out, size_t *len)
{
    if (!x || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    pc_render_in in = {.extracted = x};
    return render(PC_OUT_EXTRACTED, (int)format, &in, 0, out, len);
}

PRECIS_API precis_status precis_summary_render_line_as(const precis_summary *s, const char *id,
                                                       precis_format format, char **out,
                                                       size_t *len)
{
    if (!s || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    pc_render_in in = {.summary = s, .id = id};
    return render(PC_OUT_BATCH_LINE, (int)format, &in, 0, out, len);
}

PRECIS_API precis_status precis_summary_render_line(const precis_summary *s, const char *id,
                                                    char **out, size_t *len)
{
    return precis_summary_render_line_as(s, id, PRECIS_FORMAT_TEXT, out, len);
}

PRECIS_API precis_status precis_stream_story_json(const precis_stream *stream, uint64_t story,
                                                  char **out, size_t *len)
{
    precis_story st;
    if (!out || precis_stream_story(stream, story, &st))
        return PRECIS_EINVAL;
    *out = NULL;
    pc_render_in in = {.stream = stream, .story = story};
    return render(PC_OUT_STORY, 0, &in, 0, out, len);
}

PRECIS_API precis_status precis_rouge_report(precis_rouge *ev, precis_rouge_format format,
                                             char **out, size_t *len)
{
    if (!ev || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    pc_render_in in = {.rouge = ev};
    return render(PC_OUT_ROUGE, (int)format, &in, 0, out, len);
}

/* The one-call path reads, summarizes and renders: it sits here, in the
 * top layer of the library, because it uses every layer below. */
PRECIS_API precis_status precis_summarize_text(const char *text, size_t len,
                                               const precis_options *opts, precis_format format,
                                               char **out, size_t *out_len)
{
    if (!out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_cluster *c;
    precis_status st = precis_cluster_new(&c, NULL);
    if (st)
        return st;
    st = precis_cluster_add_joined(c, text, len, NULL, opts, NULL);
    precis_summary *s = NULL;
    if (!st)
        st = precis_summarize(c, opts, &s);
    if (!st)
        st = precis_summary_render(s, format, out, out_len);
    precis_summary_free(s);
    precis_cluster_free(c);
    return st;
}

/* ---- helpers ---- */

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

void pc_json_edits(pc_buf *b, const pc_item *it)
{
    for (size_t j = 0; j < it->nedits; j++) {
        pc_buf_addf(b, "%s{\"at\": %zu, \"inserted\": ", j ? ", " : ", \"edits\": [",
                    it->edits[j].at);
        pc_json_str(b, it->edits[j].text, it->edits[j].len);
        pc_buf_adds(b, j + 1 < it->nedits ? "}" : "}]");
    }
}

void pc_html_edited(pc_buf *b, const pc_item *it)
{
    size_t from = 0;
    for (size_t j = 0; j < it->nedits; j++) {
        const pc_edit *e = &it->edits[j];
        pc_esc_html(b, it->text + from, e->at - from);
        pc_buf_adds(b, "<span class=\"added\" title=\"added by precis: the name the sources "
                       "give\">");
        pc_esc_html(b, it->text + e->at, e->len);
        pc_buf_adds(b, "</span>");
        from = e->at + e->len;
    }
    pc_esc_html(b, it->text + from, it->len - from);
}

void pc_sorted_docs(const size_t *docs, size_t n, size_t *out)
{
    memcpy(out, docs, n * sizeof *out);
    qsort(out, n, sizeof *out, cmp_size);
}

/* The name of an outlet: its source, else its title, else the last part of
 * its name, else NULL. */
static const char *meta_label(const precis_doc_meta *m)
{
    if (m->source)
        return m->source;
    if (m->title)
        return m->title;
    if (m->name) {
        const char *slash = strrchr(m->name, '/');
        return slash && slash[1] ? slash + 1 : m->name;
    }
    return NULL;
}

const char *pc_doc_label(const precis_cluster *c, size_t d, char *buf, size_t n)
{
    const char *l = meta_label(&c->docs[d].meta);
    if (l)
        return l;
    snprintf(buf, n, "document %zu", d + 1);
    return buf;
}

void pc_plain(pc_buf *b, const char *s)
{
    pc_buf_adds(b, s);
}

void pc_doc_outlets(pc_buf *b, const precis_cluster *c, size_t d, const char *lead,
                    void (*text)(pc_buf *, const char *))
{
    const pc_doc *doc = &c->docs[d];
    const char *own = meta_label(&doc->meta), *shown[PC_OUTLETS_SHOWN];
    size_t n = 0;
    for (size_t k = 0; k < doc->ncopies; k++) {
        const char *l = meta_label(&doc->copies[k]);
        int seen = !l || (own && strcmp(l, own) == 0);
        for (size_t j = 0; j < n && !seen; j++) /* linear: at most PC_OUTLETS_SHOWN */
            seen = strcmp(shown[j], l) == 0;
        if (seen)
            continue;
        if (n == PC_OUTLETS_SHOWN) {
            pc_buf_adds(b, ", ...");
            return;
        }
        pc_buf_adds(b, n ? ", " : lead);
        text(b, l);
        shown[n++] = l;
    }
}

void pc_json_meta(pc_buf *b, const precis_doc_meta *m, const char *date)
{
    pc_buf_adds(b, "\"name\": ");
    pc_json_strz(b, m->name);
    pc_buf_adds(b, ", \"source\": ");
    pc_json_strz(b, m->source);
    pc_buf_adds(b, ", \"title\": ");
    pc_json_strz(b, m->title);
    pc_buf_adds(b, ", \"date\": ");
    pc_json_strz(b, date);
    pc_buf_adds(b, ", \"url\": ");
    pc_json_strz(b, m->url);
}

void pc_json_doc_copies(pc_buf *b, const precis_cluster *c, size_t d)
{
    const pc_doc *doc = &c->docs[d];
    if (!doc->ncopies)
        return;
    pc_buf_adds(b, ", \"copies\": [");
    for (size_t k = 0; k < doc->ncopies; k++) {
        pc_buf_adds(b, k ? ", {" : "{");
        pc_json_meta(b, &doc->copies[k], doc->copies[k].date);
        pc_buf_addch(b, '}');
    }
    pc_buf_addch(b, ']');
}

precis_status pc_rouge_each_peer(precis_rouge *ev, pc_buf *b, int by_eval_id, pc_rouge_peer_fn fn)
{
    /* systems in byte order of their names, as ROUGE's -a */
    size_t np = ev->npeers;
    size_t *order = pc_malloc(ev->alc, (np ? np : 1) * sizeof *order);
    if (!order)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < np; i++) {
        size_t j = i;
        while (j > 0 && strcmp(ev->peers[order[j - 1]].name, ev->peers[i].name) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    precis_status st = PRECIS_OK;
    for (size_t k = 0; k < np; k++) {
        size_t p = order[k], *idx, n;
        if ((!ev->peers[p].have_stats && rouge_peer_stats(ev, p) < 0) ||
            rouge_peer_evals(ev, p, by_eval_id, &idx, &n) < 0) {
            st = PRECIS_ENOMEM;
            break;
        }
        fn(ev, b, &ev->peers[p], idx, n, k);
        pc_free(ev->alc, idx, 0);
    }
    pc_free(ev->alc, order, 0);
    return st;
}

const char *pc_doc_display_date(const precis_cluster *c, size_t d, char *buf, size_t n)
{
    const char *m = c->docs[d].meta.date;
    if (!m || strncmp(m, "--", 2) != 0)
        return m;
    for (size_t o = 0; o < c->ndocs; o++) {
        const char *y = c->docs[o].meta.date;
        if (y && strlen(y) >= 4 && y[0] >= '0' && y[0] <= '9' && y[1] >= '0' && y[1] <= '9' &&
            y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9') {
            snprintf(buf, n, "%.4s-%s", y, m + 2);
            return buf;
        }
    }
    return NULL;
}
