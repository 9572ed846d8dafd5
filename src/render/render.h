/* The output module: every format of every product is one writer, listed
 * once in formats.c.  A writer appends its product, read from a
 * pc_render_in, to a buffer; the public entry points (render.c) find the
 * writer in the table, give it a fresh buffer and hand the result to the
 * caller.  Adding a format: one file with its writer, one line in
 * formats.c (and, for a new format of the public enums, its value in
 * precis.h). */
#ifndef PRECIS_RENDER_RENDER_H
#define PRECIS_RENDER_RENDER_H
#include <stddef.h>
#include "digest/digest.h"
#include "eval/rouge.h"
#include "render/escape.h"
#include "summary.h"
#include "util/buf.h"

/* What is written. */
typedef enum pc_product {
    PC_OUT_SUMMARY = 0, /* precis_summary_render (precis_format) */
    PC_OUT_DIGEST,      /* precis_digest_render (precis_format) */
    PC_OUT_EXTRACTED,   /* precis_extracted_render (precis_format) */
    PC_OUT_BATCH_LINE,  /* precis_summary_render_line_as (precis_format: text, json) */
    PC_OUT_ROUGE,       /* precis_rouge_report (precis_rouge_format) */
    PC_OUT_STORY        /* precis_stream_story_json (format 0) */
} pc_product;

/* Everything a writer may read; the fields of other products are NULL. */
typedef struct pc_render_in {
    const precis_summary *summary; /* summary; digest (may be NULL); line */
    const precis_digest *digest;
    const precis_extracted *extracted;
    precis_rouge *rouge;         /* not const: corpus figures are computed on demand */
    const char *id;              /* batch line: the id as a JSON text, or NULL */
    size_t *docs;                /* scratch of ndocs + 1 indices (summary, digest) */
    const precis_stream *stream; /* story: the stream and the story's id */
    uint64_t story;
} pc_render_in;

/* Appends the product to b.  Returns PRECIS_OK or an error (ENOMEM);
 * failed appends need not be checked: b->oom is checked after the call. */
typedef precis_status (*pc_writer)(const pc_render_in *in, pc_buf *b);

typedef struct pc_format {
    pc_product product;
    int code;         /* the value of the public format enum */
    const char *name; /* as front ends name it: "markdown" */
    pc_writer write;
} pc_format;

/* The writer of `format` for `product`, or NULL. */
const pc_format *pc_format_find(pc_product product, int format);

/* ---- helpers shared by the writers (render.c, html_page.c) ---- */

/* Beside a source the summary left out as another story
 * (precis_summary_document_aside), in the Markdown and HTML lists. */
#define PC_ASIDE_NOTE "another story: none of its sentences is used"

/* Documents carrying summary item i (its own and the others with the same
 * content) into out (ndocs + 1 room), ascending; returns how many. */
size_t pc_summary_item_docs(const precis_summary *s, size_t i, size_t *out);
/* , "edits": [{"at": N, "inserted": "..."}, ...] -- the insertions into
 * summary item it (docs/json.md); nothing when it has none. */
void pc_json_edits(pc_buf *b, const pc_item *it);
/* The text of summary item it, HTML-escaped, each insertion in a span
 * class="added" whose title says so. */
void pc_html_edited(pc_buf *b, const pc_item *it);
/* docs[0..n) copied into out and sorted ascending. */
void pc_sorted_docs(const size_t *docs, size_t n, size_t *out);
/* How digests and pages name document d: its source, else its title, else
 * the last part of its name, else "document N" (written into buf). */
const char *pc_doc_label(const precis_cluster *c, size_t d, char *buf, size_t n);
/* The other outlets of document d, from its near copies (model/copies.h):
 * each label (source, else title, else the last part of the name) that is
 * not the document's own, once, the first PC_OUTLETS_SHOWN of them (then
 * ", ..."), written with `text` (plain or escaped) after `lead` and
 * separated by ", "; nothing when there is none. */
#define PC_OUTLETS_SHOWN 20
void pc_doc_outlets(pc_buf *b, const precis_cluster *c, size_t d, const char *lead,
                    void (*text)(pc_buf *, const char *));
/* Appends the NUL-terminated s as it is (the `text` of plain formats). */
void pc_plain(pc_buf *b, const char *s);
/* "name": ..., "source": ..., "title": ..., "date": ..., "url": ... of m
 * (null where unknown), with `date` as the caller shows it. */
void pc_json_meta(pc_buf *b, const precis_doc_meta *m, const char *date);
/* , "copies": [{"name", "source", "title", "date", "url"}, ...] -- the
 * metadata of every near copy of document d, in the order read; nothing
 * when it has none. */
void pc_json_doc_copies(pc_buf *b, const precis_cluster *c, size_t d);
/* The head of an HTML page titled `title`, the summary s (may be NULL) with
 * its source markers and the source list: a whole summary page or the start
 * of a digest page. */
precis_status pc_html_page_start(const precis_cluster *c, const precis_summary *s,
                                 const precis_digest *g, const char *title, pc_buf *b,
                                 size_t *docs); /* g: a digest page (bounded lists), or NULL */
/* Source markers [n] linking to the source list, for docs[0..n). */
void pc_html_markers(pc_buf *b, const precis_cluster *c, const size_t *docs, size_t n);
/* Digest parts: "2017-04-09 (Sunday)", "week of 2017-04-03", "2016-10" or
 * "2013" for an event; "day" .. "year"; "person", "organization", "place". */
void pc_event_date_label(pc_buf *b, const pc_event *e);
const char *pc_prec_name(pc_prec p);
const char *pc_entity_kind_name(pc_ekind k);
/* Bounded digests (docs/digest.md): how many of n source markers an item
 * shows; the length of a text shown (cut at a word, *cut set when an
 * ellipsis must follow); whether document d is listed under Sources (cited
 * by a kept item or the summary, or among the first DIGEST_MARKERS); and
 * whether the entity table has one column per document (at most
 * DIGEST_DOC_COLUMNS documents, or an unbounded digest). */
#define DIGEST_DOC_COLUMNS 8
size_t pc_digest_markers(const precis_digest *g, size_t n);
/* `plural` ("quotes", "timeline entries") as n of it reads: its singular
 * ("quote", "timeline entry") in buf when n is 1. */
const char *pc_noun_for(size_t n, const char *plural, char *buf, size_t cap);
size_t pc_digest_text_len(const precis_digest *g, const char *t, size_t len, int *cut);
int pc_digest_doc_listed(const precis_digest *g, const uint8_t *in_summary, size_t d);
int pc_digest_doc_columns(const precis_digest *g);
/* Document d's date as the digest shows it: ISO 8601 (YYYY-MM-DD) when the
 * digest read one (a dateline's day gets the cluster's year), else the
 * metadata as given, else NULL.  buf has at least 16 bytes. */
const char *pc_digest_doc_date(const precis_digest *g, size_t d, char *buf, size_t n);
/* The same for a reader (Markdown, HTML): a day without its year
 * ("--03-03", ISO 8601's form, kept in JSON) is written "3 March, no
 * year". */
const char *pc_digest_doc_date_shown(const precis_digest *g, size_t d, char *buf, size_t n);
/* Document d's date as a summary shows it: as given, except a dateline's
 * day without its year ("--03-03"), which takes the year of the first
 * document of the cluster whose date has one ("2031-03-03"), and is left out
 * (NULL) when none has. */
const char *pc_doc_display_date(const precis_cluster *c, size_t d, char *buf, size_t n);
/* Calls `peer` for every system of the evaluator in byte order of the
 * names, with its evaluations (sorted as ROUGE's -d listing when
 * `by_eval_id`, else by instance key) and its position k.  Returns
 * PRECIS_OK or PRECIS_ENOMEM. */
typedef void (*pc_rouge_peer_fn)(precis_rouge *ev, pc_buf *b, const rouge_peer *p,
                                 const size_t *idx, size_t n, size_t k);
precis_status pc_rouge_each_peer(precis_rouge *ev, pc_buf *b, int by_eval_id, pc_rouge_peer_fn fn);

/* ---- the writers, one file each ---- */
precis_status pc_write_summary_text(const pc_render_in *in, pc_buf *b);
precis_status pc_write_summary_markdown(const pc_render_in *in, pc_buf *b);
precis_status pc_write_summary_json(const pc_render_in *in, pc_buf *b);
precis_status pc_write_summary_html(const pc_render_in *in, pc_buf *b);
precis_status pc_write_digest_markdown(const pc_render_in *in, pc_buf *b);
precis_status pc_write_digest_json(const pc_render_in *in, pc_buf *b);
precis_status pc_write_digest_html(const pc_render_in *in, pc_buf *b);
precis_status pc_write_extracted_text(const pc_render_in *in, pc_buf *b);
precis_status pc_write_extracted_json(const pc_render_in *in, pc_buf *b);
precis_status pc_write_batch_line(const pc_render_in *in, pc_buf *b);
precis_status pc_write_batch_json_line(const pc_render_in *in, pc_buf *b);
precis_status pc_write_rouge_text(const pc_render_in *in, pc_buf *b);
precis_status pc_write_rouge_json(const pc_render_in *in, pc_buf *b);
precis_status pc_write_rouge_csv(const pc_render_in *in, pc_buf *b);
precis_status pc_write_story_json(const pc_render_in *in, pc_buf *b);
#endif
