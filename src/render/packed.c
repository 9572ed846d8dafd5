/* Packed results (precis.h): a cluster summarized in one call, its summary
 * packed into one caller-owned buffer that a binding decodes at once.  The
 * result is built in a growing buffer, then copied to the caller's when it
 * fits (size-then-fill, as snprintf). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/html.h"
#include "render/render.h"
#include "util/utf8.h"

/* Sources sorted on the stack up to this many documents, else malloc'd. */
#define STACK_DOCS 64

/* The repairs made to the documents as they were added: one record each
 * (message offsets relative to `msgs`). */
typedef struct warnings {
    precis_packed_warning *w;
    size_t n, cap;
    pc_buf msgs;
} warnings;

static void warnings_release(warnings *ws)
{
    free(ws->w);
    pc_buf_release(&ws->msgs);
}

static precis_status warnings_add(warnings *ws, size_t input, const precis_error *e)
{
    if (ws->n == ws->cap) {
        size_t cap = ws->cap ? 2 * ws->cap : 4;
        precis_packed_warning *w = realloc(ws->w, cap * sizeof *w);
        if (!w)
            return PRECIS_ENOMEM;
        ws->w = w;
        ws->cap = cap;
    }
    size_t len = e->message ? strlen(e->message) : 0;
    precis_packed_warning *w = &ws->w[ws->n++];
    w->input = input;
    w->code = (uint64_t)e->code;
    w->offset = e->offset;
    w->line = e->line;
    w->message = ws->msgs.len;
    w->message_len = len;
    if (len)
        pc_buf_add(&ws->msgs, e->message, len);
    return ws->msgs.oom ? PRECIS_ENOMEM : PRECIS_OK;
}

/* Appends n zero bytes to b; returns their offset. */
static size_t reserve(pc_buf *b, size_t n)
{
    size_t at = b->len;
    if (pc_buf_grow(b, n) == 0) {
        memset(b->ptr + at, 0, n);
        b->len += n;
        b->ptr[b->len] = '\0';
    }
    return at;
}

static void put_u64(pc_buf *b, uint64_t v)
{
    pc_buf_add(b, (const char *)&v, sizeof v);
}

/* A byte offset in a text whose offset in code points is wanted. */
typedef struct cp_req {
    const char *text;
    size_t off;
    uint64_t base; /* code points before text (a BOM skipped) */
    uint64_t *out;
} cp_req;

static int cmp_req(const void *a, const void *b)
{
    const cp_req *x = a, *y = b;
    if (x->text != y->text)
        return (uintptr_t)x->text < (uintptr_t)y->text ? -1 : 1;
    return x->off < y->off ? -1 : x->off > y->off;
}

/* Fills every request: each text is read once, up to its last offset, in
 * offset order (not a prefix per offset). */
static void code_points(cp_req *r, size_t n)
{
    qsort(r, n, sizeof *r, cmp_req);
    const char *t = NULL;
    size_t at = 0;
    uint64_t cp = 0;
    for (size_t i = 0; i < n; i++) {
        if (r[i].text != t) {
            t = r[i].text;
            at = 0;
            cp = 0;
        }
        for (; at < r[i].off; at++)
            cp += ((unsigned char)t[at] & 0xC0) != 0x80;
        *r[i].out = r[i].base + cp;
    }
}

/* The code point offsets of the sentences: in the caller's text of a
 * document (docs; its offsets are of that text), else in the library's
 * copy (a page's article text, a JSON line's strings; valid UTF-8 but for
 * a skipped BOM).  A UTF-16 document is counted in its UTF-8 conversion,
 * which its offsets refer to. */
static precis_status char_offsets(const precis_summary *s, const precis_document *docs,
                                  precis_packed_sentence *ps)
{
    if (!s->n)
        return PRECIS_OK;
    cp_req *r = malloc(2 * s->n * sizeof *r);
    if (!r)
        return PRECIS_ENOMEM;
    for (size_t i = 0; i < s->n; i++) {
        const pc_sent *st = &s->c->sents[s->items[i].sent];
        const pc_doc *d = &s->c->docs[st->doc];
        const precis_document *in = docs && !d->html ? &docs[d->input] : NULL;
        size_t bom;
        if (in && (!in->text || pc_utf16_detect(in->text, in->len, &bom) || ps[i].end > in->len))
            in = NULL;
        if (in) {
            r[2 * i] = (cp_req){in->text, ps[i].start, 0, &ps[i].cstart};
            r[2 * i + 1] = (cp_req){in->text, ps[i].end, 0, &ps[i].cend};
        } else {
            uint64_t base = d->skipped ? 1 : 0;
            r[2 * i] = (cp_req){d->text, st->start, base, &ps[i].cstart};
            r[2 * i + 1] = (cp_req){d->text, st->end, base, &ps[i].cend};
        }
    }
    code_points(r, 2 * s->n);
    free(r);
    return PRECIS_OK;
}

/* Packs summary s into b: the layout of precis.h.  given: the documents as
 * the caller gave them, or NULL (a JSON line); id: the id as a JSON text,
 * or NULL; line: the writer of precis batch's line to add, or NULL. */
static precis_status pack(const precis_summary *s, const precis_document *given, size_t inputs,
                          const char *id, const pc_format *line, const warnings *ws, pc_buf *b)
{
    const precis_cluster *c = s->c;
    precis_packed h;
    memset(&h, 0, sizeof h);
    h.count = s->n;
    h.documents = c->ndocs;
    h.inputs = inputs;
    h.warning_count = ws ? ws->n : 0;
    size_t recs = reserve(b, sizeof h + s->n * sizeof(precis_packed_sentence));
    h.warnings = b->len;
    if (h.warning_count)
        reserve(b, h.warning_count * sizeof(precis_packed_warning));
    if (b->oom)
        return PRECIS_ENOMEM;

    /* the sources of each sentence, ascending */
    size_t most = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i].nalso + 1 > most)
            most = s->items[i].nalso + 1;
    size_t stack[STACK_DOCS], *docs = stack;
    if (most > STACK_DOCS && !(docs = malloc(most * sizeof *docs)))
        return PRECIS_ENOMEM;
    precis_packed_sentence *ps = s->n ? calloc(s->n, sizeof *ps) : NULL;
    if (s->n && !ps) {
        if (docs != stack)
            free(docs);
        return PRECIS_ENOMEM;
    }
    for (size_t i = 0; i < s->n; i++) {
        size_t k = pc_summary_item_docs(s, i, docs);
        ps[i].sources = b->len;
        ps[i].source_count = k;
        for (size_t j = 0; j < k; j++)
            put_u64(b, docs[j]);
    }
    if (docs != stack)
        free(docs);

    /* the texts, joined by '\n' */
    h.text = b->len;
    for (size_t i = 0; i < s->n; i++) {
        const pc_item *it = &s->items[i];
        const pc_sent *st = &c->sents[it->sent];
        const pc_doc *d = &c->docs[st->doc];
        if (i)
            pc_buf_addch(b, '\n');
        ps[i].text = b->len;
        ps[i].len = it->len;
        pc_buf_add(b, it->text, it->len);
        ps[i].doc = st->doc;
        ps[i].input = d->input;
        ps[i].start = pc_doc_input_offset(d, st->start);
        ps[i].end = pc_doc_input_offset(d, st->end);
        ps[i].score = it->score;
        ps[i].flags = (d->html ? PRECIS_PACKED_HTML : 0) | (it->nedits ? PRECIS_PACKED_EDITED : 0);
    }
    if (char_offsets(s, given, ps)) {
        free(ps);
        return PRECIS_ENOMEM;
    }
    h.text_len = b->len - h.text;
    if (id) {
        h.id = b->len;
        h.id_len = strlen(id);
        pc_buf_add(b, id, h.id_len);
    }
    if (line) {
        pc_render_in in = {.summary = s, .id = id};
        h.line = b->len;
        precis_status st = line->write(&in, b);
        h.line_len = b->len - h.line;
        if (st) {
            free(ps);
            return st;
        }
    }
    size_t msgs = b->len;
    if (h.warning_count)
        pc_buf_add(b, ws->msgs.ptr, ws->msgs.len);
    if (b->oom) {
        free(ps);
        return PRECIS_ENOMEM;
    }
    h.size = b->len;
    memcpy(b->ptr + recs, &h, sizeof h);
    if (s->n)
        memcpy(b->ptr + recs + sizeof h, ps, s->n * sizeof *ps);
    free(ps);
    for (size_t i = 0; i < h.warning_count; i++) {
        precis_packed_warning w = ws->w[i];
        w.message += msgs;
        memcpy(b->ptr + h.warnings + i * sizeof w, &w, sizeof w);
    }
    return PRECIS_OK;
}

/* Summarizes cluster c and hands the packed result to the caller. */
static precis_status finish(precis_cluster *c, const precis_document *docs, size_t inputs,
                            const char *id, const pc_format *line, warnings *ws,
                            const precis_options *opts, void *buf, size_t cap, size_t *len,
                            precis_error *err)
{
    precis_summary *s = NULL;
    precis_status st = precis_summarize(c, opts, &s);
    pc_buf b;
    pc_buf_init(&b, NULL);
    /* the documents the summary left out, a note each after the repairs
     * (code PRECIS_OK: nothing was wrong with the input) */
    for (size_t d = 0; !st && d < c->ndocs; d++)
        if (precis_summary_document_aside(s, d))
            st = warnings_add(ws, c->docs[d].input,
                              &(precis_error){.code = PRECIS_OK, .message = PRECIS_ASIDE_MESSAGE});
    if (!st)
        st = pack(s, docs, inputs, id, line, ws, &b);
    precis_summary_free(s);
    if (st) {
        if (err) {
            err->code = st;
            err->message = precis_strerror(st);
        }
        pc_buf_release(&b);
        return st;
    }
    *len = b.len;
    if (b.len <= cap)
        memcpy(buf, b.ptr, b.len);
    pc_buf_release(&b);
    return PRECIS_OK;
}

static precis_status doc_error(precis_error *err, precis_status st, size_t i, const precis_error *w)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = st;
        err->offset = w->code ? w->offset : 0;
        err->line = i + 1;
        snprintf(err->buf, sizeof err->buf, "documents[%zu]: %s", i,
                 w->code && w->message ? w->message : precis_strerror(st));
        err->message = err->buf;
    }
    return st;
}

PRECIS_API precis_status precis_summarize_documents(const precis_document *docs, size_t n,
                                                    const precis_options *opts, void *buf,
                                                    size_t cap, size_t *len, precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if ((!docs && n) || !len || (!buf && cap))
        return PRECIS_EINVAL;
    *len = 0;
    precis_cluster *c;
    precis_status st = precis_cluster_new(&c, NULL);
    if (st)
        return st;
    warnings ws;
    memset(&ws, 0, sizeof ws);
    pc_buf_init(&ws.msgs, NULL);
    for (size_t i = 0; i < n; i++) {
        const precis_document *d = &docs[i];
        precis_doc_meta meta = d->meta;
        char name[32];
        if (!meta.name) {
            snprintf(name, sizeof name, "document %zu", i + 1);
            meta.name = name;
        }
        precis_error w;
        memset(&w, 0, sizeof w);
        if (!d->text && d->len)
            st = PRECIS_EINVAL;
        else if (d->html || precis_looks_like_html(d->text, d->len))
            st = precis_cluster_add_html(c, d->text, d->len, &meta, opts, &w);
        else
            st = precis_cluster_add_document(c, d->text, d->len, &meta, opts, &w);
        if (st) {
            doc_error(err, st, i, &w);
            goto done;
        }
        if (w.code && (st = warnings_add(&ws, i, &w)) != PRECIS_OK)
            goto done;
    }
    st = finish(c, docs, n, NULL, NULL, &ws, opts, buf, cap, len, err);
done:
    warnings_release(&ws);
    precis_cluster_free(c);
    return st;
}

static precis_status line_warning(void *ctx, size_t doc, const precis_error *w)
{
    return warnings_add(ctx, doc, w);
}

PRECIS_API precis_status precis_summarize_line(const char *line, size_t len,
                                               const precis_options *opts, void *buf, size_t cap,
                                               size_t *out_len, precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!out_len || (!buf && cap))
        return PRECIS_EINVAL;
    *out_len = 0;
    /* the form of batch's line: {"id", "summary"}, or -f json's */
    const pc_format *form = pc_format_find(PC_OUT_BATCH_LINE, opts ? (int)opts->line_format : 0);
    if (!form)
        return PRECIS_EINVAL;
    precis_cluster *c = NULL;
    char *id = NULL;
    warnings ws;
    memset(&ws, 0, sizeof ws);
    pc_buf_init(&ws.msgs, NULL);
    precis_status st = pc_cluster_from_json(line, len, opts, NULL, &c, &id, err, line_warning, &ws);
    if (!st)
        st = finish(c, NULL, c->ndocs + c->ncopies, id, form, &ws, opts, buf, cap, out_len, err);
    warnings_release(&ws);
    free(id);
    precis_cluster_free(c);
    return st;
}
