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

/* The version of this header: "MAJOR.MINOR.PATCH", the project's version
 * (CMakeLists.txt, precis.pc).  The shared library's soname changes with
 * MAJOR. */
#define PRECIS_VERSION_STRING "0.1.0"

/* The version of the library the program runs with, as
 * PRECIS_VERSION_STRING wrote it when the library was built (static): a
 * program linked with the shared library compares it with the header's to
 * learn which library the loader gave it. */
PRECIS_API const char *precis_version(void);

/* ---- status codes ------------------------------------------------------ */

typedef enum precis_status {
    PRECIS_OK = 0,
    PRECIS_ENOMEM,  /* an allocation failed */
    PRECIS_EINVAL,  /* an argument is invalid (NULL, out of range, ...) */
    PRECIS_EIO,     /* a file could not be read or written */
    PRECIS_EPARSE,  /* outside input is malformed (JSON, ...) */
    PRECIS_ELIMIT,  /* an input exceeds a configured limit */
    PRECIS_EMETHOD, /* unknown method name */
    PRECIS_EEMPTY   /* the input holds no text to work on */
} precis_status;

/* Returns a static, human-readable description of `status`. */
PRECIS_API const char *precis_strerror(precis_status status);

/* Where and why outside input was rejected or repaired.  `message` points to
 * a static string or to `buf` (of the struct the library filled: a copy
 * made by assignment still points into the original's buf); `offset` is a
 * byte offset into the input and `line` a 1-based line number (0 when not
 * applicable). */
typedef struct precis_error {
    precis_status code;
    const char *message;
    size_t offset;
    size_t line;
    char buf[160];
} precis_error;

/* ---- memory ------------------------------------------------------------ */

/* Pluggable allocator.  Library allocations go through it; a NULL allocator
 * pointer anywhere means the C library's malloc/realloc/free.  Outside it:
 * the Snowball stemmers (one small object per cluster and language, malloc),
 * utf8proc's normalised copy of a summary line under
 * precis_rouge_options.unicode_tokens (malloc), jansson's JSON
 * values while a line is parsed (json_set_alloc_funcs), file-name lists of a
 * directory walk, and strings returned to the caller (malloc; precis_free).
 * `realloc` and `free` receive the size of the old block when known (0 if
 * not), for arena-style allocators that want it.  With the default
 * allocator each thread keeps the arena blocks of the objects it freed, up
 * to 32 MiB, for its next clusters and summaries, and gives them back when
 * it exits (the main thread: at process exit; valgrind lists them as still
 * reachable); a custom allocator gets every block back at once.  For that,
 * libprecis.so stays loaded after a dlclose (it is linked -z nodelete). */
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
    PRECIS_ORDER_SCORE,      /* best first */
    PRECIS_ORDER_TIME,       /* by document date (oldest first; undated
                                documents after the dated ones), then as
                                PRECIS_ORDER_SOURCE */
    PRECIS_ORDER_READING     /* the default: the opening sentence (of the
                                chosen sentences with no pronoun,
                                connective or quotation opening, the one
                                nearest the top of its document; one
                                that two other documents' leads tell
                                before one that none tells), with the
                                sentences that follow it in its document,
                                then the rest as PRECIS_ORDER_SOURCE */
} precis_order;

typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0, /* one sentence per line */
    PRECIS_FORMAT_MARKDOWN, /* sentences with [n] source markers, source list */
    PRECIS_FORMAT_JSON,     /* one JSON object; see docs/json.md */
    PRECIS_FORMAT_HTML      /* one self-contained HTML page */
} precis_format;

/* The name of `format` as front ends spell it ("text", "markdown", "json",
 * "html"; static), or NULL for a value that is no format.  The formats are
 * numbered from 0 without gaps: a front end lists them by asking for 0, 1,
 * ... until NULL. */
PRECIS_API const char *precis_format_name(precis_format format);
/* The format called `name` (a name as precis_format_name gives it, or "md"
 * for Markdown) into *out.  Returns PRECIS_OK, or PRECIS_EINVAL for an
 * unknown name or a NULL argument (*out is then unchanged). */
PRECIS_API precis_status precis_format_from_name(const char *name, precis_format *out);

/* Default budget of a summary in words: the median length of human-written
 * multi-document news summaries (231 words in Multi-News train; mean 228,
 * half of them between 175 and 276).  With the default budget a summary is
 * also never longer than half of its input (at least PRECIS_MIN_AUTO_WORDS):
 * a reader of three short articles wants less than a page.  It also leaves
 * out a sentence that only retells what the chosen ones say together (no
 * date or number of its own; docs/methods.md, "Retold in the summary so
 * far"), which a budget the caller gives does not: there the room would go
 * to weaker sentences. */
#define PRECIS_DEFAULT_WORDS 230
#define PRECIS_MIN_AUTO_WORDS 60

typedef struct precis_options {
    const char *method; /* ranking method name; NULL = the default method */
    precis_unit unit;   /* what `budget` counts */
    size_t budget;      /* summary length in `unit`s; 0 = default (see
                           PRECIS_DEFAULT_WORDS; 1,500 bytes; 10 sentences) */
    precis_order order;
    /* Two sentences whose content-word overlap reaches this (0..1) carry the
     * same content; the summary keeps only one of them. */
    double redundancy;
    /* Limits (0 = built-in default; see docs/limits.md). */
    size_t max_document_bytes;  /* longer documents are cut, with a warning */
    size_t max_sentence_bytes;  /* longer runs are split at a word boundary */
    size_t max_graph_sentences; /* sentences entering any quadratic step */
    /* More limits (0 = built-in default; see docs/limits.md). */
    size_t max_cluster_bytes;  /* input bytes of all documents of a cluster; a
                                * document past it is refused (PRECIS_ELIMIT) */
    size_t max_documents;      /* documents per cluster; more are refused
                                * (PRECIS_ELIMIT) */
    size_t max_cluster_memory; /* bytes the cluster's and its summaries' arenas
                                * may hold (texts, tokens, features, graphs);
                                * past it calls fail with PRECIS_ELIMIT */
    size_t max_line_bytes;     /* a JSON Lines line longer than this is refused
                                * with an error naming it (readers of lines) */
    /* Called for every warning (repaired bytes, a document cut, a file of a
     * directory skipped, ...) as it happens, with the message naming the
     * input; NULL = none.  The `warn` out-parameters still receive the first
     * warning of a call.  A document being added to a cluster is half added
     * during the call: adding another to that cluster from it fails with
     * PRECIS_EINVAL. */
    void (*warn_fn)(void *ctx, const precis_error *warning);
    void *warn_ctx;
    /* ISO 639-1 code of the language of every document ("fr", "zh"); NULL
     * or "" = identify each document's own (precis_language_identify).  A
     * code without a profile gets the rules every language shares. */
    const char *language;
    /* Digest: at most this many quotes, figure groups, timeline entries and
     * entities, the most important first (docs/digest.md); 0 = the default
     * PRECIS_DIGEST_ITEMS, SIZE_MAX = all.  Quote and sentence texts are
     * also cut to PRECIS_DIGEST_TEXT_BYTES unless it is SIZE_MAX. */
    size_t digest_items;
    /* The line precis_summarize_line packs (precis batch's, in Python
     * precis.batch(format=...)): PRECIS_FORMAT_TEXT (the default)
     * {"id", "summary"}, PRECIS_FORMAT_JSON the summary's JSON with its id
     * (precis_summary_render_line_as); another value is PRECIS_EINVAL. */
    precis_format line_format;
} precis_options;

/* Default number of items per digest section, and the longest quote or
 * sentence text a bounded digest shows (cut at a word, with an ellipsis). */
#define PRECIS_DIGEST_ITEMS 25
#define PRECIS_DIGEST_TEXT_BYTES 600

/* Fills `opts` with the defaults (NULL: nothing is done). */
PRECIS_API void precis_options_init(precis_options *opts);

/* ---- methods ----------------------------------------------------------- */

/* Number of ranking methods, and the name and one-line description of the
 * i-th (NULL when i is out of range).  Strings are static. */
PRECIS_API size_t precis_method_count(void);
PRECIS_API const char *precis_method_name(size_t i);
PRECIS_API const char *precis_method_description(size_t i);
/* Name of the method used when precis_options.method is NULL. */
PRECIS_API const char *precis_default_method(void);

/* ---- languages --------------------------------------------------------- */

/* Number of language profiles (stemmer, stopwords, sentence rules; see
 * docs/languages.md), and the ISO 639-1 code and English name of the i-th
 * (NULL when i is out of range).  Strings are static. */
PRECIS_API size_t precis_language_count(void);
PRECIS_API const char *precis_language_code(size_t i);
PRECIS_API const char *precis_language_name(size_t i);

/* Identifies the language of text[0..len) (UTF-8) from its script and, among
 * the languages of that script, its function words; reads at most the first
 * 6,000 bytes.  Returns a static ISO 639-1 code of a profile, or "und" when
 * the text has no letters or its script has no profile. */
PRECIS_API const char *precis_language_identify(const char *text, size_t len);

/* ---- clusters ---------------------------------------------------------- */

typedef struct precis_cluster precis_cluster;

/* Optional facts about a document; every field may be NULL. */
typedef struct precis_doc_meta {
    const char *name;   /* file name or identifier, used in messages */
    const char *source; /* outlet */
    const char *title;
    const char *date; /* as given, e.g. "2017-04-10" */
    const char *url;
} precis_doc_meta;

/* Creates an empty cluster.  `alc` may be NULL.  Returns PRECIS_ENOMEM. */
PRECIS_API precis_status precis_cluster_new(precis_cluster **out, const precis_allocator *alc);

/* Frees the cluster and everything allocated for it. */
PRECIS_API void precis_cluster_free(precis_cluster *cluster);

/* Adds one document.  The text is copied; a UTF-8 byte-order mark is skipped,
 * CRLF and CR line ends are accepted, and invalid UTF-8 bytes are replaced by
 * U+FFFD.  UTF-16 text (a BOM FF FE or FE FF, or ASCII interleaved with NUL
 * bytes) is converted to UTF-8; its sentence offsets then refer to the
 * converted text.  When bytes were replaced or the document was cut to the
 * size limit, the call still succeeds and, if `warn` is not NULL, fills it
 * with the first such byte offset and line (warn->code is PRECIS_OK when
 * nothing was wrong); opts->warn_fn, if set, is called too.  `meta` may be
 * NULL.  The document is cleaned of web boilerplate and split into sentences
 * now.  `opts` may be NULL (defaults).  Errors: PRECIS_ELIMIT when the
 * document is refused (max_documents, max_cluster_bytes) or the cluster
 * memory limit is reached, `warn` then saying which; PRECIS_ENOMEM.  After
 * an error the cluster is still valid and holds the documents added before
 * (and possibly the first sentences of the failed one).  A near copy of a
 * document added before (its sentences nearly all that document's: a wire
 * story run by several outlets, a page read twice; docs/inputs.md) is not
 * added as a document of its own: its text is dropped, so that it counts
 * once, and its metadata is listed among that document's copies
 * (precis_cluster_document_copy). */
PRECIS_API precis_status precis_cluster_add_document(precis_cluster *cluster, const char *text,
                                                     size_t len, const precis_doc_meta *meta,
                                                     const precis_options *opts,
                                                     precis_error *warn);

/* Number of documents (near copies not counted: they are listed with the
 * document they copy) and of candidate sentences (after cleaning). */
PRECIS_API size_t precis_cluster_document_count(const precis_cluster *cluster);
PRECIS_API size_t precis_cluster_sentence_count(const precis_cluster *cluster);

/* One sentence of the cluster, as the summary shows it. */
typedef struct precis_sentence {
    const char *text; /* normalised display text (not NUL-terminated) */
    size_t len;
    size_t doc;         /* 0-based index of the document among the cluster's
                           (near copies are not: see precis_cluster_add_document) */
    size_t start, end;  /* byte range in that document's input as given */
    double score;       /* method score (summaries only; 0 otherwise) */
    const size_t *also; /* other documents carrying the same content */
    size_t also_count;
} precis_sentence;

/* Fills `out` with the i-th sentence of the cluster, in document order.
 * Returns PRECIS_EINVAL when i is out of range.  Pointers stay valid until the
 * cluster is freed. */
PRECIS_API precis_status precis_cluster_sentence(const precis_cluster *cluster, size_t i,
                                                 precis_sentence *out);

/* ISO 639-1 code of the language document `doc` was analysed in (forced by
 * precis_options.language or identified), "und" when undetermined; NULL if
 * out of range.  Static string. */
PRECIS_API const char *precis_cluster_document_language(const precis_cluster *cluster, size_t doc);

/* Metadata of document `doc` (fields NULL when unknown); NULL if out of
 * range.  The struct is valid until the next document is added to the
 * cluster (the documents' table may move as it grows); the strings it
 * points to, until the cluster is freed. */
PRECIS_API const precis_doc_meta *precis_cluster_document_meta(const precis_cluster *cluster,
                                                               size_t doc);

/* Position of document `doc` among those given to
 * precis_cluster_add_document (near copies counted, so that it says where to
 * find the document in the input: documents[3] of a batch line whose
 * documents[1] copied documents[0] is the cluster's document 2); (size_t)-1
 * if out of range. */
PRECIS_API size_t precis_cluster_document_input(const precis_cluster *cluster, size_t doc);

/* Near copies of document `doc` found as later documents were added (see
 * precis_cluster_add_document): their number (0 if `doc` is out of range),
 * and the metadata of the k-th, in the order added (NULL if out of range),
 * valid as precis_cluster_document_meta()'s.  Outputs list them as the
 * document's other outlets. */
PRECIS_API size_t precis_cluster_document_copy_count(const precis_cluster *cluster, size_t doc);
PRECIS_API const precis_doc_meta *precis_cluster_document_copy(const precis_cluster *cluster,
                                                               size_t doc, size_t k);

/* ---- summaries --------------------------------------------------------- */

typedef struct precis_summary precis_summary;

/* Summarizes the cluster.  `opts` may be NULL.  Errors: PRECIS_EINVAL for a
 * unit, order or redundancy (0..1) out of range, PRECIS_EMETHOD for an
 * unknown method, PRECIS_ELIMIT when the cluster memory limit is reached,
 * PRECIS_ENOMEM.  A cluster without sentences gives an empty
 * summary (not an error).  The summary refers to the cluster: free it before
 * the cluster. */
PRECIS_API precis_status precis_summarize(precis_cluster *cluster, const precis_options *opts,
                                          precis_summary **out);

PRECIS_API void precis_summary_free(precis_summary *summary);

/* 1 when the summary's method left out every sentence of document `doc`
 * (an index of the cluster) as a sentence of another story: the default
 * method's test of a document very far from the cluster's others
 * (docs/methods.md, "Sentences of another story"); 0 otherwise, for a
 * document out of range and for methods that leave nothing out.  The
 * JSON renderings of the summary and the digest say it per document
 * ("another_story": true), the Markdown and HTML source lists beside the
 * source, the CLI in a warning and the packed results in a warning record
 * (PRECIS_ASIDE_MESSAGE, code PRECIS_OK). */
PRECIS_API int precis_summary_document_aside(const precis_summary *summary, size_t doc);
#define PRECIS_ASIDE_MESSAGE                                                                       \
    "has few words in common with the other documents: read as another story, none of its "        \
    "sentences is used"

/* Number of sentences in the summary and the i-th one, in output order;
 * its text is the one the summary shows (with its edits, below). */
PRECIS_API size_t precis_summary_count(const precis_summary *summary);
PRECIS_API precis_status precis_summary_sentence(const precis_summary *summary, size_t i,
                                                 precis_sentence *out);

/* Edits.  A summary sentence that names a person by the surname alone,
 * when no sentence before it named them in full, gets the given name the
 * cluster writes for them ("Lavrov said" -> "Sergei Lavrov said"), where
 * the referent is certain (docs/methods.md, "Names made explicit"); later
 * mentions stay as written.  The text of precis_summary_sentence() and of
 * every rendering is the edited one; its start/end still give the
 * sentence as its document writes it.  Each insertion is an edit:
 * text[0..len) stands at byte `at` of the edited sentence (later
 * insertions of the same sentence counted after it), so that removing the
 * edits from the last to the first gives the sentence as written.  No
 * edit removes or changes a byte of the sentence. */
typedef struct precis_edit {
    size_t at;        /* byte offset in the sentence's (edited) text */
    const char *text; /* the bytes inserted (not NUL-terminated) */
    size_t len;
} precis_edit;

/* Number of edits of summary sentence i (0 when out of range), and its
 * k-th edit, in the order of the text (PRECIS_EINVAL when out of range).
 * Pointers stay valid until the summary is freed. */
PRECIS_API size_t precis_summary_edit_count(const precis_summary *summary, size_t i);
PRECIS_API precis_status precis_summary_edit(const precis_summary *summary, size_t i, size_t k,
                                             precis_edit *out);

/* Drops the summary's edits: every sentence is then shown as its document
 * writes it, by the accessors and by every rendering (the CLI's
 * --no-rewrite).  Texts read before stay valid until the summary is
 * freed.  NULL is a no-op. */
PRECIS_API void precis_summary_undo_edits(precis_summary *summary);

/* Copies the summary's first min(n, precis_summary_count()) sentences, in
 * output order, into out[0..]: each as precis_summary_sentence() gives it
 * (its text and `also` still owned by the summary).  Returns how many it
 * copied (0 when summary or out is NULL).  One call for all the sentences,
 * for bindings whose every call costs (a Python call gives up the GIL and
 * takes it back). */
PRECIS_API size_t precis_summary_sentences(const precis_summary *summary, precis_sentence *out,
                                           size_t n);

/* Renders the summary in `format` into a new NUL-terminated string that the
 * caller frees with precis_free().  `len` may be NULL.  Errors:
 * PRECIS_EINVAL (NULL summary or out, a value that is no format),
 * PRECIS_ENOMEM. */
PRECIS_API precis_status precis_summary_render(const precis_summary *summary, precis_format format,
                                               char **out, size_t *len);

/* Renders the summary as one output line of `precis batch` (JSON Lines):
 * {"id": ID, "summary": "..."} with the sentences joined by "\n", ending
 * in a line feed.  `id` is written as it is, so it must be a JSON text (as
 * precis_cluster_from_json returns it); NULL writes null.  The result is a
 * new NUL-terminated string freed with precis_free(); `len` may be NULL.
 * Errors: PRECIS_EINVAL (NULL summary or out), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_summary_render_line(const precis_summary *summary, const char *id,
                                                    char **out, size_t *len);

/* The line of `precis batch` in `format`: PRECIS_FORMAT_TEXT, the line of
 * precis_summary_render_line; PRECIS_FORMAT_JSON (`precis batch -f json`),
 * the summary's JSON as precis_summary_render gives it (docs/json.md) on
 * one line with the id first, {"id": ID, "method": ..., "sentences":
 * [...], "documents": [...]}, ending in a line feed, so that a program
 * reading the lines traces each sentence to its document.  Errors as
 * precis_summary_render_line's, and PRECIS_EINVAL for another format. */
PRECIS_API precis_status precis_summary_render_line_as(const precis_summary *summary,
                                                       const char *id, precis_format format,
                                                       char **out, size_t *len);

/* ---- one call ---------------------------------------------------------- */

/* Summarizes documents given as one text, documents separated by a line that
 * holds only "|||||", and renders the result in `format`.  The result is a
 * new string freed with precis_free().  `opts` may be NULL.  Errors (no
 * result then): those of precis_cluster_add_joined (PRECIS_ELIMIT when a
 * document is refused: max_documents, max_cluster_bytes, the memory limit)
 * and of precis_summarize; PRECIS_EINVAL for NULL out, text NULL with
 * len > 0 or a value that is no format.  Text without sentences gives an
 * empty summary, not an error.  The staged calls say which document failed
 * and why. */
PRECIS_API precis_status precis_summarize_text(const char *text, size_t len,
                                               const precis_options *opts, precis_format format,
                                               char **out, size_t *out_len);

/* ---- readers ----------------------------------------------------------- */

/* Adds the file at `path` as one document (its name as meta.name); a pipe or
 * character device named explicitly is read like a file.  When `path` is a
 * directory, adds its regular files in name order, skipping hidden files and
 * subdirectories (not recursive); a file that cannot be read (dangling or
 * looping symbolic link, socket, pipe, permission) is skipped with a warning
 * naming it, and the others are still added.  Errors (unreadable `path`, a
 * limit, ...) fill `err` with the path.  Repairs and skipped files are
 * reported through `warn` (the first) and opts->warn_fn (each); `warn` may
 * be NULL.  A warning coded PRECIS_EIO says that text the input holds was
 * not read: a gzip stream cut short or corrupt (the part before it is
 * added) or a regular file of the directory that cannot be read (skipped);
 * the CLI, the Python package and the server make it an error after the
 * part read (docs/inputs.md, "Input not read whole").  Other codes lose
 * nothing the input holds as text: repairs (PRECIS_EPARSE), a document cut
 * to a limit (PRECIS_ELIMIT), bytes after the last gzip member and files
 * that are not text (PRECIS_EPARSE), entries that are no file: a link to
 * nothing, a FIFO (PRECIS_EINVAL).  A file named *.html or *.htm, or whose text opens like an HTML
 * page, is an HTML page (precis_cluster_add_html); a gzip-compressed file is inflated first. */
PRECIS_API precis_status precis_cluster_add_path(precis_cluster *cluster, const char *path,
                                                 const precis_options *opts, precis_error *err,
                                                 precis_error *warn);

/* Adds the documents of `text`, separated by lines "|||||" (stdin format),
 * named "NAME, document 1", "NAME, document 2", ... (the number counts
 * the separators before it, skipped documents included), "NAME" when the
 * text holds one document, "document 1", ... when `name` is NULL: a
 * source list shows the name as written ("standard input, document 2").
 * Stops at the first document refused; `warn`
 * then holds the reason.  A document that opens like an HTML page is
 * extracted as one. */
PRECIS_API precis_status precis_cluster_add_joined(precis_cluster *cluster, const char *text,
                                                   size_t len, const char *name,
                                                   const precis_options *opts, precis_error *warn);

/* Parses one JSON Lines cluster {"id": ..., "documents": [...]} into a new
 * cluster.  Documents are strings or objects {"text", "title", "source",
 * "date", "url"}; {"html": ...} in place of "text", or a string that opens
 * like an HTML page, is an HTML page (precis_cluster_add_html).  `*id_out` receives the id as a
 * JSON text (e.g. "\"a\"" or "17"), freed with precis_free(), or NULL when the line has none.
 * Errors: PRECIS_EPARSE with err->offset set to the byte of the fault in the line (of a value of
 * the wrong type: where it begins), PRECIS_ELIMIT (a
 * line over opts->max_line_bytes, a document refused), PRECIS_EEMPTY (no documents, or none with
 * any text but white space), PRECIS_ENOMEM.  JSON values are allocated by
 * jansson with its own allocator (json_set_alloc_funcs), not `alc`. */
PRECIS_API precis_status precis_cluster_from_json(const char *line, size_t len,
                                                  const precis_options *opts,
                                                  const precis_allocator *alc, precis_cluster **out,
                                                  char **id_out, precis_error *err);

/* ---- packed results: one call per cluster, for bindings ---------------- */

/* A binding whose every call costs (a Python call gives up the GIL and
 * takes it back, a hand-over when another thread waits) summarizes a
 * cluster in one call with these: the documents (or a JSON line) in, one
 * self-contained buffer out, holding every sentence of the summary with
 * its text, sources, score and offsets.  The buffer is the caller's
 * (size-then-fill, as snprintf): nothing to free, no second call to read
 * it.  Its layout is fixed (64-bit fields, native byte order): a
 * precis_packed header at offset 0, `count` precis_packed_sentence records
 * right after it, then `warning_count` precis_packed_warning records; every
 * other field that names a part is a byte offset from the start of the
 * buffer.  A buffer aligned for uint64_t can be read through these structs;
 * otherwise copy the fields out (memcpy). */

/* One document for precis_summarize_documents. */
typedef struct precis_document {
    const char *text; /* UTF-8 text, or an HTML page; not NUL-terminated */
    size_t len;
    precis_doc_meta meta; /* every field may be NULL; name NULL: "document N" */
    int html;             /* 1: an HTML page (precis_cluster_add_html); 0: text,
                             or a page when it opens like one
                             (precis_looks_like_html) */
} precis_document;

typedef struct precis_packed {
    uint64_t size;           /* bytes of the whole result */
    uint64_t count;          /* sentences of the summary, in output order */
    uint64_t documents;      /* documents of the cluster (near copies not counted) */
    uint64_t inputs;         /* documents given (near copies counted) */
    uint64_t text, text_len; /* the sentences' texts joined by '\n' (the text
                                format without its final line feed) */
    uint64_t id, id_len;     /* the cluster's id as a JSON text (a JSON line's;
                                id_len 0: none) */
    uint64_t line, line_len; /* precis batch's output line for the cluster, its
                                line feed included (a JSON line's; else 0) */
    uint64_t warnings;       /* offset of the warning records */
    uint64_t warning_count;  /* repairs made to the input (one per document),
                                then the documents left out (precis_summary_document_aside) */
} precis_packed;

#define PRECIS_PACKED_HTML 1u /* the sentence's document was read as an HTML page */
/* The sentence's text has words inserted (a given name: precis_summary_edit);
 * its start/end give the sentence as written. */
#define PRECIS_PACKED_EDITED 2u

typedef struct precis_packed_sentence {
    uint64_t text, len;    /* its display text (a part of precis_packed.text) */
    uint64_t doc;          /* its document among the cluster's (as precis_sentence.doc) */
    uint64_t input;        /* that document's position among those given (near
                              copies counted: where to find it in the input) */
    uint64_t start, end;   /* byte range in that document as given (of a page:
                              in its article text) */
    double score;          /* method score (comparable within one summary only) */
    uint64_t sources;      /* offset of `source_count` uint64_t: doc and the other */
    uint64_t source_count; /* documents carrying its content, ascending */
    uint64_t flags;        /* PRECIS_PACKED_HTML, PRECIS_PACKED_EDITED */
    uint64_t cstart, cend; /* start and end in code points (characters) of the
                              same text: UTF-8 lead bytes before them */
} precis_packed_sentence;

typedef struct precis_packed_warning {
    uint64_t input;                /* the document's position among those given */
    uint64_t code;                 /* a precis_status; PRECIS_OK for a document
                                      the summary left out (PRECIS_ASIDE_MESSAGE) */
    uint64_t offset, line;         /* as precis_error */
    uint64_t message, message_len; /* not NUL-terminated */
} precis_packed_warning;

/* Summarizes the n documents docs[0..n) as one cluster (near copies are
 * merged, pages extracted, as precis_cluster_add_document and
 * precis_cluster_add_html do) and packs the summary into buf[0..cap).
 * `*len` (required) receives the size of the packed result; it was written
 * only when *len <= cap: otherwise call again with a buffer of *len bytes
 * (the cluster is summarized again; the result is the same).  `opts` may
 * be NULL.  A repair to a document (invalid UTF-8 replaced, a document cut
 * to max_document_bytes) is a warning record, not an error.  Errors: those
 * of the staged calls; `err` (may be NULL) then holds the message, for a
 * document's "documents[I]: ..." with err->line = I + 1 (0 for an error
 * that is not a document's); PRECIS_EINVAL for NULL docs with n > 0, NULL
 * len, or NULL buf with cap > 0. */
PRECIS_API precis_status precis_summarize_documents(const precis_document *docs, size_t n,
                                                    const precis_options *opts, void *buf,
                                                    size_t cap, size_t *len, precis_error *err);

/* The same for one JSON Lines cluster, read as precis_cluster_from_json
 * reads it: the packed result also holds the id and the line precis batch
 * writes for it (precis_summary_render_line_as in opts->line_format), and a warning record for each
 * document repaired (input = its index in "documents").  Errors: those of
 * precis_cluster_from_json and precis_summarize, in `err` (may be NULL). */
PRECIS_API precis_status precis_summarize_line(const char *line, size_t len,
                                               const precis_options *opts, void *buf, size_t cap,
                                               size_t *out_len, precis_error *err);

/* ---- segmentation ------------------------------------------------------ */

/* Splits `text` into sentences (English rules: abbreviations, initials,
 * decimals, quotes, ellipses, list items) and calls `emit` with the byte range
 * of each, leading and trailing white space excluded.  No cleaning is done.
 * `emit` returns 0 to go on, non-zero to stop (the call then returns
 * PRECIS_EINVAL). */
typedef int (*precis_span_fn)(void *ctx, size_t start, size_t end);
PRECIS_API precis_status precis_segment(const char *text, size_t len, precis_span_fn emit,
                                        void *ctx);

/* The same by the sentence rules of `language`, an ISO 639-1 code ("el",
 * "hi", "zh"; a region suffix "pt-BR" is ignored): every script's sentence
 * terminators (। ॥ ؟ ۔ 。 ！ ？ ...), closing guillemets and CJK quotes, the
 * language's own rules (Greek ';' ends a question, German "3. Oktober" is an
 * ordinal) and abbreviations.  NULL, "" or a language without a profile
 * (precis_language_count) get the rules every language shares.  Errors as
 * precis_segment. */
PRECIS_API precis_status precis_segment_language(const char *text, size_t len, const char *language,
                                                 precis_span_fn emit, void *ctx);

/* ---- evaluation (ROUGE-1.5.5) ------------------------------------------ */

/* An exact re-implementation of the ROUGE-1.5.5 Perl script (Chin-Yew Lin,
 * 2005) for sentence-per-line summaries: same tokenisation (bytes, ASCII
 * only), Porter variant and WordNet exceptions for -m, stopword list for -s,
 * length limits, ROUGE-N/L/W/S/SU, -f A/B, rounding to 5 decimals and the
 * seeded bootstrap (Perl's drand48), so every printed figure matches.
 *
 * A summary is one string whose sentences are separated by '\n'; empty lines
 * are ignored, everything else is kept byte for byte.  Usage: fill options
 * with precis_rouge_options_init(), create an evaluator, add one evaluation
 * per (document cluster, system) with its references, then read scores or
 * render a report.  An evaluator is not thread-safe. */

typedef struct precis_rouge precis_rouge;

/* The ROUGE-1.5.5 command-line flag each field mirrors is given first. */
typedef struct precis_rouge_options {
    int max_ngram;        /* -n N: ROUGE-1 .. ROUGE-N (0 = none; default 0) */
    int stem;             /* -m: WordNet exceptions + Porter on tokens > 3 bytes */
    int remove_stopwords; /* -s: drop ROUGE's (SMART) stopwords */
    size_t word_limit;    /* -l N: keep the first N words (0 = no limit) */
    size_t byte_limit;    /* -b N: keep the first N bytes (0 = no limit) */
    char formula;         /* -f: 'A' pools all references, 'B' keeps the best */
    double alpha;         /* -p: F = 1/(alpha/P + (1-alpha)/R); default 0.5 */
    double confidence;    /* -c: confidence interval in percent; default 95 */
    size_t resamples;     /* -r: bootstrap resamples (>= 1); default 1000 */
    int skip_bigrams;     /* -2 given: compute ROUGE-S (default 0) */
    int skip_distance;    /* -2 d: max gap (< 0 = unlimited) */
    int skip_unigrams;    /* -u: ROUGE-SU (skip-bigrams plus unigrams) */
    int skip_both;        /* -U: ROUGE-S and then ROUGE-SU */
    double wlcs_weight;   /* -w W: ROUGE-W with weight W > 0 (0 = off) */
    int no_lcs;           /* -x: do not compute ROUGE-L */
    int per_eval;         /* -d: reports list every evaluation's scores */
    int count_mode;       /* -t 0|1|2: 0 = average of per-evaluation scores,
                           * 1 = ratio of corpus token counts, 2 = raw counts */
    /* Bootstrap seed offset: resample b is drawn with Perl's srand(seed + b).
     * 0 (the default) reproduces ROUGE-1.5.5 exactly. */
    unsigned long seed;
    /* 0 (default): ROUGE-1.5.5's tokens, runs of ASCII letters and digits
     * (every other byte separates them, so text in other scripts scores on
     * its digits only).  1: Unicode tokens, maximal runs of letters, digits
     * and combining marks (categories L*, N*, Mn, Mc, Me) after NFC
     * normalisation, removal of default-ignorable characters (soft hyphen,
     * zero-width characters) and case folding; counting, -l/-b cuts, -f and
     * the bootstrap are ROUGE-1.5.5's.  On ASCII text both give the same
     * figures. */
    int unicode_tokens;
} precis_rouge_options;

/* Fills `opts` with ROUGE-1.5.5's defaults (ROUGE-L only, -c 95, -r 1000,
 * -f A, -p 0.5, no stemming, no stopword removal, no limit). */
PRECIS_API void precis_rouge_options_init(precis_rouge_options *opts);

/* ROUGE-1.5.5's command-line letters, for front ends that accept them as
 * the Perl script does.  precis_rouge_option_takes_arg returns 1 if option
 * `letter` takes a value (b c e f l n p r t w z 2 3), else 0.
 * precis_rouge_option_set applies -<letter> [arg] to `opts` (-a, -v and -e
 * are accepted and ignored: every system is evaluated and the data files
 * are built in); precis_rouge_options_parse applies a whole string of
 * space-separated flags such as "-c 95 -r 1000 -n 2 -a -m" (at most 511
 * bytes).  Both return PRECIS_OK, or PRECIS_EINVAL for an unknown letter, a
 * missing or bad value (`opts` may then be partly changed). */
PRECIS_API int precis_rouge_option_takes_arg(char letter);
PRECIS_API precis_status precis_rouge_option_set(precis_rouge_options *opts, char letter,
                                                 const char *arg);
PRECIS_API precis_status precis_rouge_options_parse(precis_rouge_options *opts, const char *flags);

/* Creates an evaluator; `opts` is copied (NULL = defaults), `alc` may be
 * NULL.  Errors: PRECIS_EINVAL for inconsistent options (-l with -b, alpha
 * outside [0,1], confidence outside [0,100], 0 resamples, formula not A/B,
 * negative weight, no metric selected), PRECIS_ENOMEM.  Free with
 * precis_rouge_free(). */
PRECIS_API precis_status precis_rouge_new(const precis_rouge_options *opts,
                                          const precis_allocator *alc, precis_rouge **out);

/* Frees the evaluator and everything it holds; NULL is a no-op. */
PRECIS_API void precis_rouge_free(precis_rouge *ev);

/* Scores one evaluation now and keeps its scores: candidate `cand` (system
 * summary, `peer` names the system) against `nrefs` >= 1 references.  `id`
 * and `peer` are NUL-terminated; instances are keyed "<id>.<peer>" and sorted
 * byte-wise for the bootstrap, as ROUGE does.  Texts are copied as needed.
 * Errors: PRECIS_EINVAL (NULL argument, nrefs 0, an (id, peer) pair added
 * twice), PRECIS_ENOMEM (the evaluator is unchanged). */
PRECIS_API precis_status precis_rouge_add(precis_rouge *ev, const char *id, const char *peer,
                                          const char *cand, size_t cand_len,
                                          const char *const *refs, const size_t *ref_lens,
                                          size_t nrefs);

/* Number of evaluations added, and of metrics the options select. */
PRECIS_API size_t precis_rouge_eval_count(const precis_rouge *ev);
PRECIS_API size_t precis_rouge_metric_count(const precis_rouge *ev);

/* Name of metric `i` as ROUGE prints it ("ROUGE-1", "ROUGE-L", "ROUGE-W-1.2",
 * "ROUGE-SU4", ...), in ROUGE's output order; NULL when out of range.  Valid
 * until the evaluator is freed. */
PRECIS_API const char *precis_rouge_metric_name(const precis_rouge *ev, size_t i);

/* Scores of the `eval`-th evaluation (in the order added) for `metric`:
 * rpf[0..2] = recall, precision, F, each already rounded to 5 decimals as
 * ROUGE prints them (with count_mode 1 or 2: model, peer and hit counts).
 * Returns PRECIS_EINVAL when an index is out of range. */
PRECIS_API precis_status precis_rouge_eval_scores(const precis_rouge *ev, size_t eval,
                                                  size_t metric, double rpf[3]);

/* A corpus figure as ROUGE prints it: the mean of the bootstrap resample
 * means and the confidence interval ends, each rounded to 5 decimals. */
typedef struct precis_rouge_stat {
    double avg, ci_low, ci_high;
} precis_rouge_stat;

/* Corpus averages of system `peer` (NULL = the first system in byte order)
 * for `metric`: out[0..2] = recall, precision, F.  Runs the bootstrap the
 * first time it is needed after an add (cost: resamples x evaluations).
 * With count_mode 2, avg holds the summed counts (model, peer, hit) and the
 * interval ends equal it.  Errors: PRECIS_EINVAL (unknown peer, metric out
 * of range, no evaluation), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_rouge_corpus(precis_rouge *ev, const char *peer, size_t metric,
                                             precis_rouge_stat out[3]);

typedef enum precis_rouge_format {
    PRECIS_ROUGE_TEXT = 0, /* ROUGE-1.5.5's own output lines, byte for byte */
    PRECIS_ROUGE_JSON,     /* one JSON object (systems, metrics, evaluations) */
    PRECIS_ROUGE_CSV       /* header + one row per system, metric and scope */
} precis_rouge_format;

/* Renders the report of every system (in byte order of their names) into a
 * new NUL-terminated string freed with precis_free().  Per-evaluation scores
 * are included when options.per_eval is set.  `len` may be NULL.  Errors:
 * PRECIS_EINVAL (bad format), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_rouge_report(precis_rouge *ev, precis_rouge_format format,
                                             char **out, size_t *len);

/* ---- digest ------------------------------------------------------------ */

/* A digest of a cluster: what a reader of many outlets needs beside the
 * summary -- quotes with their speakers and sources, figures on which the
 * sources disagree, a timeline of dated events and the people, organisations
 * and places named.  See docs/digest.md for what each part means. */
typedef struct precis_digest precis_digest;

/* Extracts the digest of `cluster`.  `opts` may be NULL (defaults); its
 * digest_items bounds every section (precis_options.digest_items), the
 * other fields are not used.  The digest refers to the cluster: free it before
 * the cluster.  Errors: PRECIS_EINVAL (NULL argument), PRECIS_ENOMEM.  The
 * result is freed with precis_digest_free(). */
PRECIS_API precis_status precis_digest_new(const precis_cluster *cluster,
                                           const precis_options *opts, precis_digest **out);

PRECIS_API void precis_digest_free(precis_digest *digest);

/* Renders the digest, with `summary` (may be NULL) as its first section, in
 * PRECIS_FORMAT_MARKDOWN, PRECIS_FORMAT_JSON (schema in docs/digest.md) or
 * PRECIS_FORMAT_HTML (one self-contained page); PRECIS_FORMAT_TEXT gives the
 * Markdown.  The summary must come from the digest's cluster.  The result is
 * a new NUL-terminated string freed with precis_free(); `len` may be NULL.
 * Errors: PRECIS_EINVAL, PRECIS_ENOMEM. */
PRECIS_API precis_status precis_digest_render(const precis_digest *digest,
                                              const precis_summary *summary, precis_format format,
                                              char **out, size_t *len);

/* A direct quote.  `speaker` is NULL when no document names it with
 * certainty (or documents disagree on it); `docs` lists the documents
 * carrying the quote (ascending) and `speakers[i]` the speaker document
 * docs[i] gives (NULL when it names none).  `sentence` is the cluster
 * sentence (precis_cluster_sentence) where it first starts. */
typedef struct precis_quote {
    const char *text; /* the quote without its quotation marks, NUL-terminated */
    size_t len;
    const char *speaker;
    const size_t *docs;
    const char *const *speakers;
    size_t doc_count;
    size_t sentence;
} precis_quote;

/* Number of quotes, and the i-th (PRECIS_EINVAL when out of range).  Quotes
 * are in order of first appearance.  Pointers are valid until the digest is
 * freed. */
PRECIS_API size_t precis_digest_quote_count(const precis_digest *digest);
PRECIS_API precis_status precis_digest_quote(const precis_digest *digest, size_t i,
                                             precis_quote *out);

/* One document's value for a quantity: its words as written ("more than
 * 70"), the interval they allow (`high` is HUGE_VAL when unbounded) and
 * where it is said. */
typedef struct precis_figure {
    const char *text;
    double low, high;
    size_t doc;
    size_t sentence;
} precis_figure;

/* A quantity counted by at least two documents ("deaths", "missiles") with
 * every value given; `disagree` is 1 when two documents give values that
 * cannot both be true. */
typedef struct precis_figure_group {
    const char *quantity;
    const precis_figure *values;
    size_t value_count;
    size_t doc_count;
    int disagree;
} precis_figure_group;

/* Number of figure groups, and the i-th (disagreeing groups first). */
PRECIS_API size_t precis_digest_figure_group_count(const precis_digest *digest);
PRECIS_API precis_status precis_digest_figure_group(const precis_digest *digest, size_t i,
                                                    precis_figure_group *out);

typedef enum precis_date_precision {
    PRECIS_DATE_DAY = 0,
    PRECIS_DATE_WEEK,  /* the week starting on the Monday given */
    PRECIS_DATE_MONTH, /* day is 0 */
    PRECIS_DATE_YEAR   /* month and day are 0 */
} precis_date_precision;

/* A dated event of the timeline: the date expression as written, the date it
 * resolves to against its document's date (`resolved` is 0 when the document
 * has no date and the expression is relative: year, month and day are then
 * 0), and the sentence(s) it dates: sentences[i] of document docs[i]. */
typedef struct precis_event {
    const char *expression;
    int resolved;
    int year, month, day;
    precis_date_precision precision;
    const size_t *docs;
    const size_t *sentences;
    size_t doc_count;
} precis_event;

/* Number of events, and the i-th: resolved events in date order (coarser
 * periods first on a tie), then unresolved ones in document order. */
PRECIS_API size_t precis_digest_event_count(const precis_digest *digest);
PRECIS_API precis_status precis_digest_event(const precis_digest *digest, size_t i,
                                             precis_event *out);

typedef enum precis_entity_kind {
    PRECIS_ENTITY_PERSON = 0,
    PRECIS_ENTITY_ORGANIZATION,
    PRECIS_ENTITY_PLACE
} precis_entity_kind;

/* A person, organisation or place named in the cluster.  `mentions[d]` is
 * the number of mentions in document d (precis_cluster_document_count()
 * entries). */
typedef struct precis_entity {
    const char *name;
    precis_entity_kind kind;
    const size_t *mentions;
    size_t total;
} precis_entity;

/* Number of entities, and the i-th: people, then organisations, then
 * places, each by mentions (most first). */
PRECIS_API size_t precis_digest_entity_count(const precis_digest *digest);
PRECIS_API precis_status precis_digest_entity(const precis_digest *digest, size_t i,
                                              precis_entity *out);

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
                                             const precis_options *opts, precis_extracted **out,
                                             precis_error *warn);

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

/* Renders an extraction result: PRECIS_FORMAT_TEXT gives the body text and
 * a line feed (nothing for an empty text); PRECIS_FORMAT_JSON one line
 * {"text", "title", "byline", "date", "site", "url"} (null for what the page
 * does not give).  The result is a new NUL-terminated string freed with
 * precis_free(); `len` may be NULL.  Errors: PRECIS_EINVAL (NULL argument,
 * another format), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_extracted_render(const precis_extracted *x, precis_format format,
                                                 char **out, size_t *len);

/* Extracts the article of an HTML page (precis_html_extract) and adds it to
 * the cluster as one document (precis_cluster_add_document).  The page's
 * title, date, site name (as source) and URL fill the fields that `meta`
 * (may be NULL) leaves NULL: metadata given by the caller wins.  Warnings of
 * both steps go to `warn` (the first one).  Errors as for the two calls. */
PRECIS_API precis_status precis_cluster_add_html(precis_cluster *cluster, const char *html,
                                                 size_t len, const precis_doc_meta *meta,
                                                 const precis_options *opts, precis_error *warn);

/* 1 if text[0..len) looks like an HTML page (after white space, a BOM and
 * comments it opens with <!doctype html or <html, or it holds <body or
 * <head tags near its start); 0 otherwise. */
PRECIS_API int precis_looks_like_html(const char *text, size_t len);

/* ---- stories: online clustering of a stream of articles ----------------- */

/* A feed of articles, in arrival order, grouped into stories as it goes:
 * each article joins the open story it is most similar to (distinctive
 * words, names, numbers, title and lead; docs/stories.md says which and
 * why), or opens a new one.  One pass; time per article does not grow with
 * the length of the stream (candidate stories come from an inverted index
 * over distinctive terms) and memory is bounded by the open stories plus a
 * fixed-size table of term statistics.  A story is open until it has been
 * idle -- no new article -- for longer than a window of *article time* (the
 * articles' own dates, not the clock of the machine); the caller closes idle
 * stories with precis_stream_close_idle() and reads them as they close.
 * The state can be saved to bytes or a file and loaded again, so a server
 * keeps its stories across restarts.  Usage:
 *
 *   precis_stream *s;
 *   precis_stream_new(NULL, NULL, &s);
 *   for each article a:
 *       precis_stream_add(s, &a, &assigned, &warn);        // assigned.story
 *       precis_stream_close_idle(s, on_close, ctx, NULL);  // reads closing stories
 *   precis_stream_close_all(s, on_close, ctx, NULL);       // end of the feed
 *   precis_stream_free(s);
 *
 * Story ids are positive 64-bit numbers, never reused by a stream (nor by a
 * stream loaded from its saved state). */

typedef struct precis_stream precis_stream;

/* Called for each story as it closes, before its articles are dropped; the
 * story can be read with precis_stream_story() and
 * precis_stream_story_article() during the call, and the stream with every
 * call that reads it (precis_stream_story_json, precis_stream_save, ...).
 * The stream cannot change during the call: precis_stream_add(),
 * precis_stream_add_json() and the close calls made from it return
 * PRECIS_EINVAL and do nothing, and it must not free the stream.  Return 0
 * to go on, non-zero to stop closing (the stories not closed yet stay
 * open). */
typedef int (*precis_story_fn)(void *ctx, const precis_stream *stream, uint64_t story);

/* Default idle window (article time): a story with no new article for 60
 * days closes.  Real stories (a trial, a war, a hurricane's aftermath) go
 * quiet for weeks and come back; see docs/stories.md. */
#define PRECIS_STREAM_DEFAULT_WINDOW (60 * 24 * 3600)

typedef struct precis_stream_options {
    /* Similarity (0..1) an article needs with an open story to join it; 0 =
     * the built-in default, tuned on the development streams
     * (docs/stories.md).  Higher gives smaller, purer stories. */
    double threshold;
    /* Seconds of article time after which a story without a new article
     * closes, and stops taking articles; 0 = PRECIS_STREAM_DEFAULT_WINDOW. */
    int64_t window;
    /* Most stories open at once; 0 = built-in default (100,000).  Past it
     * precis_stream_add() closes the story idle the longest first, through
     * `on_close` (it is dropped unread when on_close is NULL). */
    size_t max_open_stories;
    /* Most articles kept per story for reading back; 0 = default (1,000).
     * The story still grows past it, counting every article: it keeps its
     * first half and its latest articles (the oldest of the latest is
     * dropped as each new one comes). */
    size_t max_story_articles;
    /* Keep each article's text in the open stories (for
     * precis_stream_story_article() and precis_stream_story_json()); 0
     * keeps only its id, title, date, source and URL.  The text is dropped
     * when the story closes. */
    int keep_text;
    /* Longer article texts are cut (with a warning) before they are
     * analysed; 0 = default (1 MB). */
    size_t max_article_bytes;
    /* Called by precis_stream_add() for a story it closes to stay under
     * max_open_stories; may be NULL. */
    precis_story_fn on_close;
    void *on_close_ctx;
    /* Called for every warning (article without text, bad date, duplicate
     * id, ...) as it happens; NULL = none.  The stream cannot change during
     * the call, as during a precis_story_fn. */
    void (*warn_fn)(void *ctx, const precis_error *warning);
    void *warn_ctx;
} precis_stream_options;

/* Fills `opts` with the defaults (NULL: nothing is done). */
PRECIS_API void precis_stream_options_init(precis_stream_options *opts);

/* Reads a date as the story stream reads an article's "date": ISO 8601
 * (a date, or a date and time with an optional zone), RFC 2822 (with its
 * zone names: UT, GMT, EST/EDT, CST/CDT, MST/MDT, PST/PDT), the month first
 * ("June 10, 2003"), YYYY/MM/DD, YYYYMMDD[THHMMSS], seconds since 1970 (a
 * fraction allowed) or milliseconds (12-13 digits), years 1000 to 2999.  Returns 0 with *t (may be
 * NULL) the time in seconds since 1970 UTC, or -1 when it is none of these. */
PRECIS_API int precis_parse_date(const char *s, size_t len, int64_t *t);

/* Creates an empty stream.  `opts` is copied (NULL = defaults); `alc` may
 * be NULL.  Errors: PRECIS_EINVAL (threshold outside [0,1], negative
 * window), PRECIS_ENOMEM.  Free with precis_stream_free(). */
PRECIS_API precis_status precis_stream_new(const precis_stream_options *opts,
                                           const precis_allocator *alc, precis_stream **out);

/* Frees the stream and every open story (no callback is called); NULL is a
 * no-op. */
PRECIS_API void precis_stream_free(precis_stream *stream);

/* One article of a feed.  Strings are NUL-terminated except `text`; every
 * field but `text` may be NULL. */
typedef struct precis_article {
    const char *id;   /* the caller's id; NULL = "#N", N its arrival number */
    const char *text; /* plain text, or an HTML page when `html` is set */
    size_t len;
    int html; /* text is a web page: its article is extracted first
                 (precis_html_extract), whose title, date, site and
                 URL fill the fields left NULL here */
    const char *title;
    const char *date;   /* ISO 8601 ("2016-01-05", "2016-01-05T10:30:00Z",
                           "...+02:00") or RFC 2822 ("Tue, 5 Jan 2016 10:30:00
                           GMT"); NULL or unreadable = the latest article time
                           seen (arrival order), with a warning when unreadable */
    const char *source; /* outlet */
    const char *url;
} precis_article;

/* Where an article went. */
typedef struct precis_assignment {
    uint64_t story;    /* story id; 0 when the article was not clustered
                          (no text: see precis_stream_add) */
    int new_story;     /* 1 when the article opened the story */
    double similarity; /* with the story it joined (0 for a new story) */
    int64_t time;      /* the article time used, seconds since 1970 UTC */
    size_t article;    /* 0-based arrival number of the article */
    uint64_t merged;   /* 0, or the id of a story this article showed to be
                          the same as `story` and that was merged into it:
                          its articles now belong to `story`, and the id
                          is no longer open (docs/stories.md) */
} precis_assignment;

/* Assigns one article to a story, in one step: the article is analysed,
 * compared with the open stories that share its distinctive terms, and
 * joins the most similar one if the similarity reaches the threshold, else
 * opens a new story.  An article close to two young stories of one or two
 * articles each, and to no other, shows them to be one: the younger is
 * merged into the older, which the article joins (out->merged says which
 * went; a caller that recorded story ids relabels its articles).  Articles are copied as needed
 * (the caller's buffers may be reused at once).  Repairs go to `warn` (the
 * first of the call; its code PRECIS_OK when nothing was wrong; may be
 * NULL) and opts.warn_fn (each), with a code saying what was wrong: an
 * article with no words, or mostly of template text (sentences seen on
 * other days) and not close enough to a story, gets story 0 and is not kept
 * (PRECIS_EEMPTY); a text over max_article_bytes is cut (PRECIS_ELIMIT,
 * offset the cut); an id seen before in an open story (among its kept
 * articles) is not added again: out->story names the story that has it (a
 * feed read twice, a re-sent copy; PRECIS_EINVAL); an article without a
 * date, or with a date that cannot be read, more than a year before the
 * latest article time seen, or more than a day ahead of the machine's
 * clock, gets the latest article time (PRECIS_EPARSE), so that one bad date
 * neither reopens old stories nor closes every open one; a date more than a
 * year after it is kept, with a warning (PRECIS_EPARSE), and moves the
 * stream's time only when the next articles confirm it (docs/stories.md).
 * `out` may be
 * NULL.  Errors: PRECIS_EINVAL (NULL stream or article, text NULL with len
 * > 0), PRECIS_ENOMEM: with out->story 0 the stream is unchanged; with
 * out->story set the article was added (and out->merged is true) but a record
 * of it is short (its words in the index or the centroid, its kept copy). */
PRECIS_API precis_status precis_stream_add(precis_stream *stream, const precis_article *article,
                                           precis_assignment *out, precis_error *warn);

/* Parses one JSON Lines article {"id", "text" or "html", "title", "date",
 * "source", "url"} (id a string or a number; other fields are ignored) and
 * adds it with precis_stream_add().  "date" may also be a number of
 * seconds since 1970 UTC; null fields count as absent; an empty "text" is an
 * article without words (story 0, a warning).  `*id_out`, when id_out is not
 * NULL, receives the id as a JSON text (e.g. "\"a\"" or "17"), freed with
 * precis_free(), or NULL when the line has none.  Errors: PRECIS_EPARSE
 * (invalid JSON, not an object, a field of the wrong type, neither "text"
 * nor "html") with err->message saying what and err->offset the byte of
 * the fault in the line (of a field of the wrong type: where its value
 * begins);
 * PRECIS_ELIMIT (a line over max_article_bytes * 2 + 64 KB); PRECIS_ENOMEM.
 * Warnings of precis_stream_add() go to `err` too when the call succeeds
 * (err->code is then PRECIS_OK). */
PRECIS_API precis_status precis_stream_add_json(precis_stream *stream, const char *line, size_t len,
                                                precis_assignment *out, char **id_out,
                                                precis_error *err);

/* A story as it stands. */
typedef struct precis_story {
    uint64_t id;
    size_t article_count;          /* articles assigned so far */
    size_t kept_count;             /* of them kept for reading (max_story_articles) */
    int64_t first_time, last_time; /* article times, seconds since 1970 UTC */
    const char *title;             /* the title of its first titled article, else NULL */
    const char *const *terms;      /* its most distinctive terms (stems), best first */
    size_t term_count;
} precis_story;

/* Number of open stories, and the i-th (0-based, oldest story first).
 * Returns PRECIS_EINVAL when i is out of range.  Pointers stay valid until
 * the stream is next changed (add, close, load, free). */
PRECIS_API size_t precis_stream_open_count(const precis_stream *stream);
PRECIS_API precis_status precis_stream_open_story(const precis_stream *stream, size_t i,
                                                  precis_story *out);

/* New stories get ids of `next` or more: an application that keeps stories
 * elsewhere (precis serve's store) and rebuilt the stream from a snapshot
 * passes its highest story id + 1, so that a new story never takes the id
 * of one it holds, even when the rebuilt stream went another way (a
 * snapshot of a format before version 3, or another window).  No effect when the
 * stream's next id is that high already; NULL is a no-op. */
PRECIS_API void precis_stream_reserve_ids(precis_stream *stream, uint64_t next);

/* The open story with id `story`; PRECIS_EINVAL when no open story has it
 * (unknown or closed).  Pointers valid as for precis_stream_open_story(). */
PRECIS_API precis_status precis_stream_story(const precis_stream *stream, uint64_t story,
                                             precis_story *out);

/* One article of a story as kept. */
typedef struct precis_stream_article {
    const char *id, *title, *date, *source, *url; /* NULL when not given */
    const char *text; /* NULL unless opts.keep_text (extracted text for HTML) */
    size_t len;
    int64_t time;
    size_t article;    /* arrival number */
    double similarity; /* with the story when it joined (0 for the first) */
} precis_stream_article;

/* The i-th kept article (arrival order) of open story `story`.  Errors:
 * PRECIS_EINVAL (no such open story, i >= kept_count).  Pointers valid as
 * for precis_stream_open_story(). */
PRECIS_API precis_status precis_stream_story_article(const precis_stream *stream, uint64_t story,
                                                     size_t i, precis_stream_article *out);

/* Latest article time seen (seconds since 1970 UTC); 0 before the first
 * dated article.  Number of articles added (all calls, clustered or not). */
PRECIS_API int64_t precis_stream_time(const precis_stream *stream);
PRECIS_API size_t precis_stream_article_count(const precis_stream *stream);

/* Closes every open story idle for longer than the window, i.e. whose last
 * article time is older than precis_stream_time() - window, oldest first:
 * `fn` (may be NULL) is called for each before it is dropped.  `closed`
 * (may be NULL) receives how many closed.  Returns PRECIS_OK, or
 * PRECIS_EINVAL (NULL stream).  When `fn` returns non-zero, closing stops
 * after that story (it is closed) and the call returns PRECIS_OK. */
PRECIS_API precis_status precis_stream_close_idle(precis_stream *stream, precis_story_fn fn,
                                                  void *ctx, size_t *closed);

/* Closes every open story (the end of a feed), oldest first, as
 * precis_stream_close_idle(). */
PRECIS_API precis_status precis_stream_close_all(precis_stream *stream, precis_story_fn fn,
                                                 void *ctx, size_t *closed);

/* Renders open story `story` as one JSON line (no newline) in the shape
 * `precis batch` reads (a JSON Lines cluster): {"id": "story-ID", "story": ID,
 * "articles": N, "first": "date", "last": "date", "terms": [its most
 * distinctive terms, as precis_story.terms], "omitted": the articles not
 * kept (only when some were not: max_story_articles), "documents": [{"id",
 * "text", "title", "date", "source", "url"}, ...]} with the kept articles
 * (without opts.keep_text, "text" is left out like every absent field).  The
 * result is a new NUL-terminated string freed with precis_free(); `len`
 * may be NULL.  Errors: PRECIS_EINVAL (no such open story), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_stream_story_json(const precis_stream *stream, uint64_t story,
                                                  char **out, size_t *len);

/* Serialises the whole state (options, term statistics, open stories with
 * their kept articles, the next story id) into a new buffer freed with
 * precis_free().  The format is versioned, little-endian and checksummed;
 * it is documented in docs/stories.md.  Errors: PRECIS_EINVAL,
 * PRECIS_ENOMEM. */
PRECIS_API precis_status precis_stream_save(const precis_stream *stream, char **out, size_t *len);

/* Makes a stream from bytes written by precis_stream_save().  `opts` NULL
 * keeps the saved options; otherwise its threshold, window, limits and
 * keep_text replace them (callbacks always come from `opts`).  The articles
 * kept at saving keep their texts (keep_text 0 leaves out the texts of
 * articles added from then on), and a max_open_stories lower than the open
 * stories closes the stalest as the next new story opens.  `alc` may be
 * NULL.
 * Errors: PRECIS_EPARSE (not a saved stream, another version, truncated or
 * corrupt: err->offset is the byte where reading failed), PRECIS_EINVAL,
 * PRECIS_ENOMEM. */
PRECIS_API precis_status precis_stream_load(const char *data, size_t len,
                                            const precis_stream_options *opts,
                                            const precis_allocator *alc, precis_stream **out,
                                            precis_error *err);

/* precis_stream_save() to the file `path`, written to "PATH.tmp" and renamed
 * over `path`, so that a crash leaves the old state or the new one, never
 * half of one.  Errors: PRECIS_EIO (err names the path and the reason; also
 * when `path` exists and is not a regular file), PRECIS_ENOMEM. */
PRECIS_API precis_status precis_stream_save_file(const precis_stream *stream, const char *path,
                                                 precis_error *err);

/* precis_stream_load() from the file `path`.  Errors: PRECIS_EIO (cannot
 * read, or not a regular file; err names the path), and those of
 * precis_stream_load(). */
PRECIS_API precis_status precis_stream_load_file(const char *path,
                                                 const precis_stream_options *opts,
                                                 const precis_allocator *alc, precis_stream **out,
                                                 precis_error *err);

/* 1 if data[0..len) is not text: it opens with the signature of a known
 * binary format (PNG, JPEG, GIF, PDF, ZIP, ELF, bzip2, xz, 7z, zstd, SQLite,
 * MS Office, Ogg, MP3, FLAC, Matroska, web fonts), or, in its first 64 KiB
 * and unless it is UTF-16, more than 30 % of the bytes are NUL or more than
 * 10 % are control characters or invalid UTF-8 (docs/inputs.md says why).
 * `why` (may be NULL) receives the reason, e.g. "not text (a PNG image)".
 * 0 for text, and for empty data.  The readers (precis_cluster_add_path,
 * precis_cluster_add_joined) skip such documents with a warning. */
PRECIS_API int precis_looks_binary(const char *data, size_t len, char *why, size_t why_size);

/* 1 if text[0..len) is one JSON object cut short: it holds no line end, it
 * opens as an object ('{' then a key or '}', after a UTF-8 byte order mark
 * and white space) and the JSON reader finds it ending before the object
 * does (a JSON Lines cluster whose file or gzip stream was cut inside its
 * line).  Such a text is no document (its keys would be read as prose):
 * precis_cluster_add_path refuses a file of it, and the CLI's readers of
 * one document say so (docs/inputs.md).  0 otherwise: prose that opens
 * with a brace, a whole object, an object over several lines. */
PRECIS_API int precis_looks_json_cut(const char *text, size_t len);

/* 1 if text[0..len) opens as a JSON object: '{' then a key or '}', after a
 * UTF-8 byte order mark and white space (how a JSON Lines cluster opens);
 * prose that opens with a brace and a word does not.  Whole or not. */
PRECIS_API int precis_looks_json_object(const char *text, size_t len);

/* The bytes of text[0..len) that are no part of a valid UTF-8 sequence
 * (overlong forms, surrogates, code points past U+10FFFF and cut sequences
 * are invalid): the bytes a reader replaces by U+FFFD, with a warning
 * naming the first.  *first (may be NULL) receives the offset of the first
 * such byte, len when there is none.  0 for valid UTF-8. */
PRECIS_API size_t precis_utf8_invalid(const char *text, size_t len, size_t *first);

/* Inflates gzip data: data[0..len) opens with the gzip signature (1f 8b;
 * else PRECIS_EINVAL, nothing allocated), members one after another as
 * `gzip -c a b > ab` writes them.  *out receives a new NUL-terminated
 * string of *out_len bytes (out_len may be NULL), freed with precis_free(),
 * at most `limit` bytes (0: no limit; the readers pass
 * max_document_bytes or max_cluster_bytes).  This is the inflater of the
 * library's readers (precis_cluster_add_path, precis_cluster_add_joined,
 * precis_html_extract), made public so that a program reads gzip as they
 * do.  Where it stopped early, `err` (may be NULL) says why, with
 * err->offset the byte of `data` where it stopped, and its message naming
 * that byte and the member (1-based), e.g. "gzip data cut short at byte
 * 4096 (member 2); the part before kept":
 * - PRECIS_OK, err->code 0: the whole stream was inflated;
 * - PRECIS_OK, err->code PRECIS_EIO: the data stopped inside a member (a
 *   file cut short: what came out of it is kept, the rest is lost);
 * - PRECIS_OK, err->code PRECIS_EPARSE: bytes that are not gzip follow the
 *   last member (ignored, as gzip(1) does: nothing was lost);
 * - PRECIS_OK, err->code PRECIS_ELIMIT: the output reached `limit` (a
 *   bomb, or a large file): the rest is not inflated;
 * - PRECIS_EPARSE, err->code PRECIS_EIO: the data is corrupt (a bad
 *   block, a wrong CRC or length): *out still holds what was inflated
 *   before it, for the caller to keep or to free;
 * - PRECIS_ENOMEM: *out is NULL. */
PRECIS_API precis_status precis_gunzip(const char *data, size_t len, size_t limit, char **out,
                                       size_t *out_len, precis_error *err);

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_H */
