/*
 * precis.h - multi-document news summarization with source tracing.
 *
 * precis turns a cluster of news articles about one event into a short,
 * non-redundant summary in which every sentence names the documents that
 * carry it.  Two ways in:
 *
 *   - one call: precis_summarize_text() takes documents separated by a line
 *     "|||||" and returns the rendered summary;
 *   - staged: precis_cluster_new(), precis_cluster_add_document() per
 *     document, precis_summarize(), then read the summary with the
 *     precis_summary_* accessors or render it with precis_summary_render().
 *
 * Conventions.  Every function returning precis_status returns PRECIS_OK (0)
 * on success and passes results through out-parameters.  Text is always
 * (const char *text, size_t len), UTF-8; it need not be NUL-terminated.  The
 * library never prints and never aborts; out of memory is PRECIS_ENOMEM.
 * Objects are created with _new and destroyed with _free; _free(NULL) is a
 * no-op.  Strings returned to the caller are freed with precis_free().
 *
 * Thread safety: distinct objects may be used from distinct threads at the
 * same time; one object must not be used from two threads at once.
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(PRECIS_BUILDING) && defined(__GNUC__)
#define PRECIS_API __attribute__((visibility("default")))
#else
#define PRECIS_API
#endif

#define PRECIS_VERSION_STRING "0.1.0"

/* ---- status codes ------------------------------------------------------ */

typedef enum precis_status {
    PRECIS_OK = 0,
    PRECIS_ENOMEM,   /* an allocation failed */
    PRECIS_EINVAL,   /* an argument is invalid (NULL, out of range, ...) */
    PRECIS_EIO,      /* a file could not be read or written */
    PRECIS_EPARSE,   /* outside input is malformed (JSON, ...) */
    PRECIS_ELIMIT,   /* an input exceeds a configured limit */
    PRECIS_EMETHOD,  /* unknown method name */
    PRECIS_EEMPTY    /* the input holds no text to work on */
} precis_status;

/* Returns a static, human-readable description of `status`. */
PRECIS_API const char *precis_strerror(precis_status status);

/* Where and why outside input was rejected or repaired.  `message` points to
 * a static string or to `buf`; `offset` is a byte offset into the input and
 * `line` a 1-based line number (0 when not applicable). */
typedef struct precis_error {
    precis_status code;
    const char *message;
    size_t offset;
    size_t line;
    char buf[160];
} precis_error;

/* ---- memory ------------------------------------------------------------ */

/* Pluggable allocator.  All library allocations go through it; a NULL
 * allocator pointer anywhere means the C library's malloc/realloc/free.
 * `realloc` and `free` receive the size of the old block when known (0 if
 * not), for arena-style allocators that want it. */
typedef struct precis_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
    void (*free)(void *ctx, void *ptr, size_t size);
    void *ctx;
} precis_allocator;

/* Frees a string or array returned by the library (e.g. by
 * precis_summary_render).  Uses the C library's free(). */
PRECIS_API void precis_free(void *ptr);

/* ---- options ----------------------------------------------------------- */

typedef enum precis_unit {
    PRECIS_UNIT_WORDS = 0, /* whitespace-separated words, as ROUGE counts them */
    PRECIS_UNIT_BYTES,     /* UTF-8 bytes of the sentences */
    PRECIS_UNIT_SENTENCES
} precis_unit;

typedef enum precis_order {
    PRECIS_ORDER_SOURCE = 0, /* by document, then position in the document */
    PRECIS_ORDER_SCORE       /* best first */
} precis_order;

typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0, /* one sentence per line */
    PRECIS_FORMAT_MARKDOWN, /* sentences with [n] source markers, source list */
    PRECIS_FORMAT_JSON      /* one JSON object; see docs/json.md */
} precis_format;

/* Default budget of a summary in words. */
#define PRECIS_DEFAULT_WORDS 250

typedef struct precis_options {
    const char *method; /* ranking method name; NULL = the default method */
    precis_unit unit;   /* what `budget` counts */
    size_t budget;      /* summary length in `unit`s; 0 = default */
    precis_order order;
    /* Two sentences whose content-word overlap reaches this (0..1) carry the
     * same content; the summary keeps only one of them. */
    double redundancy;
    /* Limits (0 = built-in default; see docs/limits.md). */
    size_t max_document_bytes; /* longer documents are cut, with a warning */
    size_t max_sentence_bytes; /* longer runs are split at a word boundary */
    size_t max_graph_sentences; /* sentences entering any quadratic step */
} precis_options;

/* Fills `opts` with the defaults. */
PRECIS_API void precis_options_init(precis_options *opts);

/* ---- methods ----------------------------------------------------------- */

/* Number of ranking methods, and the name and one-line description of the
 * i-th (NULL when i is out of range).  Strings are static. */
PRECIS_API size_t precis_method_count(void);
PRECIS_API const char *precis_method_name(size_t i);
PRECIS_API const char *precis_method_description(size_t i);
/* Name of the method used when precis_options.method is NULL. */
PRECIS_API const char *precis_default_method(void);

/* ---- clusters ---------------------------------------------------------- */

typedef struct precis_cluster precis_cluster;

/* Optional facts about a document; every field may be NULL. */
typedef struct precis_doc_meta {
    const char *name;   /* file name or identifier, used in messages */
    const char *source; /* outlet */
    const char *title;
    const char *date;   /* as given, e.g. "2017-04-10" */
    const char *url;
} precis_doc_meta;

/* Creates an empty cluster.  `alc` may be NULL.  Returns PRECIS_ENOMEM. */
PRECIS_API precis_status precis_cluster_new(precis_cluster **out,
                                            const precis_allocator *alc);

/* Frees the cluster and everything allocated for it. */
PRECIS_API void precis_cluster_free(precis_cluster *cluster);

/* Adds one document.  The text is copied; a UTF-8 byte-order mark is skipped,
 * CRLF and CR line ends are accepted, and invalid UTF-8 bytes are replaced by
 * U+FFFD.  When bytes were replaced or the document was cut to the size
 * limit, the call still succeeds and, if `warn` is not NULL, fills it with
 * the first such byte offset (warn->code is PRECIS_OK when nothing was
 * wrong).  `meta` may be NULL.  The document is cleaned of web boilerplate
 * and split into sentences now.  `opts` may be NULL (defaults). */
PRECIS_API precis_status precis_cluster_add_document(precis_cluster *cluster, const char *text,
                                                     size_t len, const precis_doc_meta *meta,
                                                     const precis_options *opts,
                                                     precis_error *warn);

/* Number of documents and of candidate sentences (after cleaning). */
PRECIS_API size_t precis_cluster_document_count(const precis_cluster *cluster);
PRECIS_API size_t precis_cluster_sentence_count(const precis_cluster *cluster);

/* One sentence of the cluster, as the summary shows it. */
typedef struct precis_sentence {
    const char *text;  /* normalised display text (not NUL-terminated) */
    size_t len;
    size_t doc;        /* 0-based index of the document */
    size_t start, end; /* byte range in that document's input as given */
    double score;      /* method score (summaries only; 0 otherwise) */
    const size_t *also; /* other documents carrying the same content */
    size_t also_count;
} precis_sentence;

/* Fills `out` with the i-th sentence of the cluster, in document order.
 * Returns PRECIS_EINVAL when i is out of range.  Pointers stay valid until the
 * cluster is freed. */
PRECIS_API precis_status precis_cluster_sentence(const precis_cluster *cluster, size_t i,
                                                 precis_sentence *out);

/* Metadata of document `doc` (fields NULL when unknown); NULL if out of
 * range.  Valid until the cluster is freed. */
PRECIS_API const precis_doc_meta *precis_cluster_document_meta(const precis_cluster *cluster,
                                                               size_t doc);

/* ---- summaries --------------------------------------------------------- */

typedef struct precis_summary precis_summary;

/* Summarizes the cluster.  `opts` may be NULL.  Errors: PRECIS_EMETHOD for an
 * unknown method, PRECIS_ENOMEM.  A cluster without sentences gives an empty
 * summary (not an error).  The summary refers to the cluster: free it before
 * the cluster. */
PRECIS_API precis_status precis_summarize(precis_cluster *cluster, const precis_options *opts,
                                          precis_summary **out);

PRECIS_API void precis_summary_free(precis_summary *summary);

/* Number of sentences in the summary and the i-th one, in output order. */
PRECIS_API size_t precis_summary_count(const precis_summary *summary);
PRECIS_API precis_status precis_summary_sentence(const precis_summary *summary, size_t i,
                                                 precis_sentence *out);

/* Renders the summary in `format` into a new NUL-terminated string that the
 * caller frees with precis_free().  `len` may be NULL. */
PRECIS_API precis_status precis_summary_render(const precis_summary *summary,
                                               precis_format format, char **out, size_t *len);

/* ---- one call ---------------------------------------------------------- */

/* Summarizes documents given as one text, documents separated by a line that
 * holds only "|||||", and renders the result in `format`.  The result is a
 * new string freed with precis_free().  `opts` may be NULL. */
PRECIS_API precis_status precis_summarize_text(const char *text, size_t len,
                                               const precis_options *opts, precis_format format,
                                               char **out, size_t *out_len);

/* ---- readers ----------------------------------------------------------- */

/* Adds the file at `path` as one document (its name as meta.name).  A file
 * named *.html or *.htm, or whose text opens like an HTML page, is an HTML
 * page (precis_cluster_add_html); a gzip-compressed file is inflated first.  When
 * `path` is a directory, adds its regular files in name order, skipping
 * hidden files.  Errors (unreadable file, ...) fill `err` with the path.
 * Repairs are reported through `warn` as for precis_cluster_add_document;
 * `warn` may be NULL. */
PRECIS_API precis_status precis_cluster_add_path(precis_cluster *cluster, const char *path,
                                                 const precis_options *opts, precis_error *err,
                                                 precis_error *warn);

/* Adds the documents of `text`, separated by lines "|||||" (stdin format).
 * A document that opens like an HTML page is extracted as one. */
PRECIS_API precis_status precis_cluster_add_joined(precis_cluster *cluster, const char *text,
                                                   size_t len, const char *name,
                                                   const precis_options *opts,
                                                   precis_error *warn);

/* Parses one JSON Lines cluster {"id": ..., "documents": [...]} into a new
 * cluster.  Documents are strings or objects {"text", "title", "source",
 * "date", "url"}; {"html": ...} in place of "text", or a string that opens
 * like an HTML page, is an HTML page (precis_cluster_add_html).  `*id_out` receives the id as a JSON text (e.g. "\"a\"" or
 * "17"), freed with precis_free(), or NULL when the line has none.  Errors:
 * PRECIS_EPARSE with err->offset set to the column of the fault. */
PRECIS_API precis_status precis_cluster_from_json(const char *line, size_t len,
                                                  const precis_options *opts,
                                                  const precis_allocator *alc,
                                                  precis_cluster **out, char **id_out,
                                                  precis_error *err);

/* ---- segmentation ------------------------------------------------------ */

/* Splits `text` into sentences (English rules: abbreviations, initials,
 * decimals, quotes, ellipses, list items) and calls `emit` with the byte range
 * of each, leading and trailing white space excluded.  No cleaning is done.
 * `emit` returns 0 to go on, non-zero to stop (the call then returns
 * PRECIS_EINVAL). */
typedef int (*precis_span_fn)(void *ctx, size_t start, size_t end);
PRECIS_API precis_status precis_segment(const char *text, size_t len, precis_span_fn emit,
                                        void *ctx);

/* ---- HTML ---------------------------------------------------------------- */

/* The article found in a web page: body text and metadata.  Opaque; read it
 * with the precis_extracted_* accessors, free it with precis_extracted_free. */
typedef struct precis_extracted precis_extracted;

/* Largest reduced page (markup after scripts, styles and unused attributes
 * are dropped) handed to the HTML5 parser; the rest of a longer page is
 * ignored, with a warning.  Bounds the parser's memory (docs/limits.md). */
#define PRECIS_HTML_PARSE_LIMIT ((size_t)8 << 20)

/* Finds the main content of the HTML page html[0..len): the article body
 * without navigation, menus, share widgets, comments, related-article lists,
 * captions, credits, footers, cookie and subscription prompts, as paragraphs
 * separated by blank lines; and its title, byline, publication date, site
 * name and canonical URL (meta tags, JSON-LD, <time>, visible bylines).  The
 * page may be gzip-compressed, in any charset iconv knows (declared by a BOM
 * or <meta>; converted to UTF-8) and in any markup, however broken.  `opts` may be NULL;
 * its max_document_bytes caps the input.  On success *out is a new object the
 * caller frees with precis_extracted_free(); a page without article text
 * gives an empty text, not an error.  When the page was cut to a limit or
 * held undecodable bytes, `warn` (if not NULL) is filled (warn->code is
 * PRECIS_OK when nothing was wrong).  Errors: PRECIS_EINVAL (NULL out or
 * html with len > 0), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_html_extract(const char *html, size_t len,
                                             const precis_options *opts,
                                             precis_extracted **out, precis_error *warn);

/* Frees an extraction result; NULL is a no-op. */
PRECIS_API void precis_extracted_free(precis_extracted *x);

/* The body text (UTF-8, NUL-terminated, owned by x); its length in *len when
 * len is not NULL.  Never NULL for a valid x. */
PRECIS_API const char *precis_extracted_text(const precis_extracted *x, size_t *len);

/* Metadata found in the page, NUL-terminated and owned by x, or NULL when the
 * page gives none.  The date is as the page gives it (often ISO 8601). */
PRECIS_API const char *precis_extracted_title(const precis_extracted *x);
PRECIS_API const char *precis_extracted_byline(const precis_extracted *x);
PRECIS_API const char *precis_extracted_date(const precis_extracted *x);
PRECIS_API const char *precis_extracted_site(const precis_extracted *x);
PRECIS_API const char *precis_extracted_url(const precis_extracted *x);

/* Extracts the article of an HTML page (precis_html_extract) and adds it to
 * the cluster as one document (precis_cluster_add_document).  The page's
 * title, date, site name (as source) and URL fill the fields that `meta`
 * (may be NULL) leaves NULL: metadata given by the caller wins.  Warnings of
 * both steps go to `warn` (the first one).  Errors as for the two calls. */
PRECIS_API precis_status precis_cluster_add_html(precis_cluster *cluster, const char *html,
                                                 size_t len, const precis_doc_meta *meta,
                                                 const precis_options *opts,
                                                 precis_error *warn);

/* 1 if text[0..len) looks like an HTML page (after white space, a BOM and
 * comments it opens with <!doctype html or <html, or it holds <body or
 * <head tags near its start); 0 otherwise. */
PRECIS_API int precis_looks_like_html(const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_H */
