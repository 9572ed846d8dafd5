"""The C declarations of include/precis.h that the package uses, and the
library loaded through CFFI's ABI mode (no compiler at install time).

The declarations are written out by hand because CFFI's parser does not take
the header's preprocessor lines; python/tests/test_abi.py checks every one of them
against the header (same function types, same struct sizes and offsets).

ABI-mode calls release the GIL for the duration of the C call, so Python
threads summarizing distinct clusters run in parallel.
"""
import ctypes.util
import os
import sys

from cffi import FFI

CDEF = r"""
typedef enum precis_status {
    PRECIS_OK = 0, PRECIS_ENOMEM, PRECIS_EINVAL, PRECIS_EIO, PRECIS_EPARSE,
    PRECIS_ELIMIT, PRECIS_EMETHOD, PRECIS_EEMPTY
} precis_status;
const char *precis_strerror(precis_status status);

typedef struct precis_error {
    precis_status code;
    const char *message;
    size_t offset;
    size_t line;
    char buf[160];
} precis_error;

typedef struct precis_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
    void (*free)(void *ctx, void *ptr, size_t size);
    void *ctx;
} precis_allocator;
void precis_free(void *ptr);

typedef enum precis_unit {
    PRECIS_UNIT_WORDS = 0, PRECIS_UNIT_BYTES, PRECIS_UNIT_SENTENCES
} precis_unit;
typedef enum precis_order {
    PRECIS_ORDER_SOURCE = 0, PRECIS_ORDER_SCORE, PRECIS_ORDER_TIME, PRECIS_ORDER_READING
} precis_order;
typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0, PRECIS_FORMAT_MARKDOWN, PRECIS_FORMAT_JSON, PRECIS_FORMAT_HTML
} precis_format;

typedef struct precis_options {
    const char *method;
    precis_unit unit;
    size_t budget;
    precis_order order;
    double redundancy;
    size_t max_document_bytes;
    size_t max_sentence_bytes;
    size_t max_graph_sentences;
    size_t max_cluster_bytes;
    size_t max_documents;
    size_t max_cluster_memory;
    size_t max_line_bytes;
    void (*warn_fn)(void *ctx, const precis_error *warning);
    void *warn_ctx;
    const char *language;
    size_t digest_items;
    precis_format line_format;
} precis_options;
void precis_options_init(precis_options *opts);

size_t precis_language_count(void);
const char *precis_language_code(size_t i);
const char *precis_language_name(size_t i);

size_t precis_method_count(void);
const char *precis_method_name(size_t i);
const char *precis_method_description(size_t i);
const char *precis_default_method(void);

typedef struct precis_cluster precis_cluster;
typedef struct precis_doc_meta {
    const char *name;
    const char *source;
    const char *title;
    const char *date;
    const char *url;
} precis_doc_meta;
precis_status precis_cluster_new(precis_cluster **out, const precis_allocator *alc);
void precis_cluster_free(precis_cluster *cluster);
precis_status precis_cluster_add_document(precis_cluster *cluster, const char *text,
    size_t len, const precis_doc_meta *meta, const precis_options *opts, precis_error *warn);
size_t precis_cluster_document_count(const precis_cluster *cluster);
size_t precis_cluster_sentence_count(const precis_cluster *cluster);

typedef struct precis_sentence {
    const char *text;
    size_t len;
    size_t doc;
    size_t start, end;
    double score;
    const size_t *also;
    size_t also_count;
} precis_sentence;
precis_status precis_cluster_sentence(const precis_cluster *cluster, size_t i,
    precis_sentence *out);
const precis_doc_meta *precis_cluster_document_meta(const precis_cluster *cluster, size_t doc);

typedef struct precis_summary precis_summary;
precis_status precis_summarize(precis_cluster *cluster, const precis_options *opts,
    precis_summary **out);
void precis_summary_free(precis_summary *summary);
size_t precis_summary_count(const precis_summary *summary);
precis_status precis_summary_sentence(const precis_summary *summary, size_t i,
    precis_sentence *out);
size_t precis_summary_sentences(const precis_summary *summary, precis_sentence *out,
    size_t n);
precis_status precis_summary_render(const precis_summary *summary, precis_format format,
    char **out, size_t *len);
precis_status precis_summary_render_line(const precis_summary *summary, const char *id,
    char **out, size_t *len);

precis_status precis_cluster_from_json(const char *line, size_t len,
    const precis_options *opts, const precis_allocator *alc, precis_cluster **out,
    char **id_out, precis_error *err);

typedef struct precis_document {
    const char *text;
    size_t len;
    precis_doc_meta meta;
    int html;
} precis_document;
typedef struct precis_packed {
    uint64_t size;
    uint64_t count;
    uint64_t documents;
    uint64_t inputs;
    uint64_t text, text_len;
    uint64_t id, id_len;
    uint64_t line, line_len;
    uint64_t warnings;
    uint64_t warning_count;
} precis_packed;
typedef struct precis_packed_sentence {
    uint64_t text, len;
    uint64_t doc;
    uint64_t input;
    uint64_t start, end;
    double score;
    uint64_t sources;
    uint64_t source_count;
    uint64_t flags;
    uint64_t cstart, cend;
} precis_packed_sentence;
typedef struct precis_packed_warning {
    uint64_t input;
    uint64_t code;
    uint64_t offset, line;
    uint64_t message, message_len;
} precis_packed_warning;
precis_status precis_summarize_documents(const precis_document *docs, size_t n,
    const precis_options *opts, void *buf, size_t cap, size_t *len, precis_error *err);
precis_status precis_summarize_line(const char *line, size_t len,
    const precis_options *opts, void *buf, size_t cap, size_t *out_len, precis_error *err);

int precis_looks_binary(const char *data, size_t len, char *why, size_t why_size);
precis_status precis_gunzip(const char *data, size_t len, size_t limit, char **out,
    size_t *out_len, precis_error *err);

typedef int (*precis_span_fn)(void *ctx, size_t start, size_t end);
precis_status precis_segment(const char *text, size_t len, precis_span_fn emit, void *ctx);

typedef struct precis_rouge precis_rouge;
typedef struct precis_rouge_options {
    int max_ngram;
    int stem;
    int remove_stopwords;
    size_t word_limit;
    size_t byte_limit;
    char formula;
    double alpha;
    double confidence;
    size_t resamples;
    int skip_bigrams;
    int skip_distance;
    int skip_unigrams;
    int skip_both;
    double wlcs_weight;
    int no_lcs;
    int per_eval;
    int count_mode;
    unsigned long seed;
    int unicode_tokens;
} precis_rouge_options;
void precis_rouge_options_init(precis_rouge_options *opts);
precis_status precis_rouge_new(const precis_rouge_options *opts,
    const precis_allocator *alc, precis_rouge **out);
void precis_rouge_free(precis_rouge *ev);
precis_status precis_rouge_add(precis_rouge *ev, const char *id, const char *peer,
    const char *cand, size_t cand_len, const char *const *refs, const size_t *ref_lens,
    size_t nrefs);
size_t precis_rouge_eval_count(const precis_rouge *ev);
size_t precis_rouge_metric_count(const precis_rouge *ev);
const char *precis_rouge_metric_name(const precis_rouge *ev, size_t i);
precis_status precis_rouge_eval_scores(const precis_rouge *ev, size_t eval,
    size_t metric, double rpf[3]);
typedef struct precis_rouge_stat {
    double avg, ci_low, ci_high;
} precis_rouge_stat;
precis_status precis_rouge_corpus(precis_rouge *ev, const char *peer, size_t metric,
    precis_rouge_stat out[3]);
typedef enum precis_rouge_format {
    PRECIS_ROUGE_TEXT = 0, PRECIS_ROUGE_JSON, PRECIS_ROUGE_CSV
} precis_rouge_format;
precis_status precis_rouge_report(precis_rouge *ev, precis_rouge_format format,
    char **out, size_t *len);

typedef struct precis_digest precis_digest;
precis_status precis_digest_new(const precis_cluster *cluster,
    const precis_options *opts, precis_digest **out);
void precis_digest_free(precis_digest *digest);
precis_status precis_digest_render(const precis_digest *digest,
    const precis_summary *summary, precis_format format, char **out, size_t *len);

typedef struct precis_extracted precis_extracted;
precis_status precis_html_extract(const char *html, size_t len,
    const precis_options *opts, precis_extracted **out, precis_error *warn);
void precis_extracted_free(precis_extracted *x);
const char *precis_extracted_text(const precis_extracted *x, size_t *len);
const char *precis_extracted_title(const precis_extracted *x);
const char *precis_extracted_byline(const precis_extracted *x);
const char *precis_extracted_date(const precis_extracted *x);
const char *precis_extracted_site(const precis_extracted *x);
const char *precis_extracted_url(const precis_extracted *x);
precis_status precis_cluster_add_html(precis_cluster *cluster, const char *html,
    size_t len, const precis_doc_meta *meta, const precis_options *opts, precis_error *warn);
int precis_looks_like_html(const char *text, size_t len);
"""

ffi = FFI()
ffi.cdef(CDEF)

SONAME = "libprecis.so.0"


def _candidates():
    """Where libprecis is looked for, first found wins: $PRECIS_LIBRARY (a
    path), the path `make python` wrote into _libpath.py, the dynamic
    loader's search (ldconfig cache, LD_LIBRARY_PATH), then the usual install
    prefixes (`make install` puts it in /usr/local/lib)."""
    env = os.environ.get("PRECIS_LIBRARY")
    if env:
        yield env
        return  # asked for one library: no silent fallback to another
    try:
        from ._libpath import LIBRARY
    except ImportError:
        LIBRARY = None
    if LIBRARY:
        yield LIBRARY
    yield SONAME
    found = ctypes.util.find_library("precis")
    if found:
        yield found
    multiarch = getattr(sys.implementation, "_multiarch", "")
    for prefix in ("/usr/local", "/usr"):
        for sub in ("lib", "lib/" + multiarch if multiarch else None, "lib64"):
            if sub:
                yield os.path.join(prefix, sub, SONAME)


def _load():
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(f"{path} (no such file)")
            continue
        try:
            return ffi.dlopen(path), path
        except OSError as e:
            tried.append(f"{path} ({e})")
    raise ImportError(
        "precis: cannot load libprecis (build it with `make python`, install it "
        "with `make install`, or set PRECIS_LIBRARY to its path); tried: "
        + "; ".join(tried))


lib, LIBRARY_PATH = _load()
