/* Allocation failure beyond the summarize path (test_oom.c): the digest,
 * HTML extraction, rendering of every format (summary and digest, and the
 * one-call precis_summarize_text), the packed calls and ROUGE.  For each path, a clean run
 * first records its outputs; then for every k the k-th allocation fails,
 * until a run needs fewer than k.  Every call must return PRECIS_OK or
 * PRECIS_ENOMEM (PRECIS_OK only with the same output as the clean run: a
 * failure swallowed inside may not change a result), never crash, and once
 * the path has freed what it made, no block may be left.
 *
 * Rendered strings and extraction results are allocated with the C
 * library's malloc, not with a precis_allocator, so this test is linked with
 * -Wl,--wrap=malloc,... (tests/CMakeLists.txt): every malloc, calloc,
 * realloc and free of the library's code (and of this file) goes through
 * the counting wrappers below, whatever allocator the caller passed.
 * jansson is pointed at them too.  Allocations made inside two parsers are
 * never failed, as failing them tests the parser, not precis: gumbo's
 * (through the library's arena for it), which does not check its
 * allocator's results (docs/extraction.md), and jansson's json_loadb (the
 * JSON-LD of a page), whose lexer drops a failed growth of its token buffer
 * and then writes past it (akheron/jansson#362, open; a crash here with
 * Debian 12's jansson 2.14).  Allocations of other libraries (libstemmer,
 * zlib, iconv) are not seen.
 *
 * Every run of a path is made in a new thread: arenas keep freed blocks in
 * a per-thread cache (src/util/arena.c), so a run in the same thread would
 * be served from the blocks of the run before it and never see those
 * allocations fail; the cache is freed when the thread ends.
 *
 * ASan and valgrind (make check-asan, check-valgrind) see the rest. */
#include <execinfo.h>
#include <pthread.h>
#include <gumbo.h>
#include <jansson.h>
#include <zlib.h>

#include "check.h"
#include "precis.h"

/* ---- counting wrappers ------------------------------------------------- */

static struct {
    size_t calls;   /* allocations so far in this run */
    size_t fail_at; /* 1-based allocation that fails; 0 = none */
    size_t failed;  /* allocations failed in this run */
    long live;      /* blocks allocated and not freed */
    int in_parser;  /* inside gumbo_parse_with_options or json_loadb */
} cnt;

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *ptr, size_t size);
void __real_free(void *ptr);
GumboOutput *__real_gumbo_parse_with_options(const GumboOptions *options, const char *buffer,
                                             size_t length);
json_t *__real_json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *ptr, size_t size);
void __wrap_free(void *ptr);
GumboOutput *__wrap_gumbo_parse_with_options(const GumboOptions *options, const char *buffer,
                                             size_t length);
json_t *__wrap_json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error);

/* PRECIS_OOM_TRACE=N prints the call stack of every failed N-th
 * allocation (to find where a failure goes wrong; build with debug info). */
static size_t trace_at;

static int should_fail(void)
{
    if (cnt.in_parser)
        return 0;
    cnt.calls++;
    if (cnt.fail_at && cnt.calls == cnt.fail_at) {
        cnt.failed++;
        if (trace_at == cnt.fail_at) {
            void *frames[32];
            int n = backtrace(frames, 32);
            fprintf(stderr, "failing allocation %zu:\n", trace_at);
            backtrace_symbols_fd(frames, n, 2);
        }
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t size)
{
    if (should_fail())
        return NULL;
    void *p = __real_malloc(size);
    if (p)
        cnt.live++;
    return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    void *p = __real_calloc(n, size);
    if (p)
        cnt.live++;
    return p;
}

void *__wrap_realloc(void *ptr, size_t size)
{
    if (should_fail())
        return NULL;
    void *p = __real_realloc(ptr, size);
    if (p && !ptr)
        cnt.live++;
    return p;
}

void __wrap_free(void *ptr)
{
    if (ptr)
        cnt.live--;
    __real_free(ptr);
}

GumboOutput *__wrap_gumbo_parse_with_options(const GumboOptions *options, const char *buffer,
                                             size_t length)
{
    cnt.in_parser++;
    GumboOutput *g = __real_gumbo_parse_with_options(options, buffer, length);
    cnt.in_parser--;
    return g;
}

json_t *__wrap_json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error)
{
    cnt.in_parser++;
    json_t *j = __real_json_loadb(buffer, buflen, flags, error);
    cnt.in_parser--;
    return j;
}

static void *j_malloc(size_t size)
{
    return malloc(size);
}

static void j_free(void *ptr)
{
    free(ptr);
}

/* ---- the driver ---------------------------------------------------------- */

/* A path runs its calls, checks each status with status_ok(), and on the
 * clean run (ref == 1) keeps its outputs to compare later runs with. */
typedef struct path {
    const char *name;
    void (*run)(struct path *p);
    /* A failure the library is known to swallow on this path, changing an
     * output of a call that succeeds (a bug to fix; then remove this): such
     * differences are counted and printed, not failed.  NULL = none. */
    const char *known;
    size_t known_seen;
    int ref;        /* 1 on the clean run */
    char *outs[16]; /* outputs of the clean run */
    size_t nouts, iout;
} path;

static int status_ok(precis_status st)
{
    int ok = st == PRECIS_OK || st == PRECIS_ENOMEM;
    if (!ok)
        fprintf(stderr, "unexpected status %d (%s) failing allocation %zu\n", (int)st,
                precis_strerror(st), cnt.fail_at);
    CHECK(ok);
    /* without a failed allocation every call succeeds */
    CHECK(st == PRECIS_OK || cnt.failed);
    return st == PRECIS_OK;
}

/* An output of a successful call: kept on the clean run, compared after. */
static void output(path *p, const char *s, size_t len)
{
    if (p->ref) {
        CHECK(p->nouts < sizeof p->outs / sizeof *p->outs);
        char *copy = __real_malloc(len + 1);
        memcpy(copy, s, len);
        copy[len] = '\0';
        p->outs[p->nouts++] = copy;
        return;
    }
    size_t i = p->iout++;
    int same = i < p->nouts && strlen(p->outs[i]) == len && memcmp(p->outs[i], s, len) == 0;
    if (!same && p->known) {
        p->known_seen++;
        return;
    }
    if (!same) {
        size_t at = 0;
        while (i < p->nouts && at < len && p->outs[i][at] == s[at])
            at++;
        fprintf(stderr,
                "%s: output %zu differs from the clean run's at byte %zu (failing allocation "
                "%zu): \"%.40s\" instead of \"%.40s\"\n",
                p->name, i, at, cnt.fail_at, s + at, i < p->nouts ? p->outs[i] + at : "");
    }
    CHECK(same);
}

/* Skips the outputs of calls not made in this run (a path stops at the
 * first failure). */
static void skip_outputs(path *p, size_t n)
{
    p->iout += n;
}

static void *run_thread(void *arg)
{
    path *p = arg;
    p->run(p);
    return NULL;
}

/* Runs the path in a new thread (see the top of the file). */
static void run_fresh(path *p)
{
    pthread_t t;
    int r = pthread_create(&t, NULL, run_thread, p);
    CHECK(r == 0);
    if (r == 0)
        pthread_join(t, NULL);
}

static void inject(path *p)
{
    memset(&cnt, 0, sizeof cnt);
    p->ref = 1;
    run_fresh(p);
    p->ref = 0;
    size_t total = cnt.calls;
    if (cnt.live != 0)
        fprintf(stderr, "%s: %ld blocks left by the clean run\n", p->name, cnt.live);
    CHECK(cnt.live == 0);
    CHECK(total > 0);
    size_t runs = 0, leaks = 0;
    for (size_t k = 1;; k++) {
        memset(&cnt, 0, sizeof cnt);
        cnt.fail_at = k;
        p->iout = 0;
        run_fresh(p);
        runs++;
        if (cnt.live != 0) {
            leaks++;
            fprintf(stderr, "%s: failing allocation %zu: %ld blocks leaked\n", p->name, k,
                    cnt.live);
        }
        if (!cnt.failed)
            break;
    }
    CHECK(leaks == 0);
    CHECK(runs == total + 1);
    printf("%-16s %5zu allocations, %5zu runs with one failed allocation each, %zu leaks\n",
           p->name, total, runs - 1, leaks);
    if (p->known_seen)
        printf("  KNOWN BUG: %zu outputs changed by a swallowed allocation failure: %s\n",
               p->known_seen, p->known);
    memset(&cnt, 0, sizeof cnt);
    for (size_t i = 0; i < p->nouts; i++)
        __real_free(p->outs[i]);
}

/* ---- inputs ---------------------------------------------------------------- */

static const char *docs[] = {
    "April 10, 2017\n\n"
    "A landslide buried part of the village of Kell on Saturday, killing at least 12 "
    "people, officials said.\n\n"
    "\"We will rebuild every house, and we will start next week,\" said Interior Minister "
    "Petra Lind.\n\n"
    "Rescuers from the Red Cross searched the mud on Sunday. Two bridges were destroyed.",
    "Fourteen people died when a landslide hit the village of Kell in Norway, the governor "
    "said.\n\n"
    "\"We will rebuild every house, and we will start next week,\" Lind told reporters.\n\n"
    "Two bridges were swept away on Saturday, cutting the valley off.",
    "STOLM (Wire) - The landslide in Kell killed 9 people, according to the fire service "
    "of Norway.\n\n"
    "Soldiers built a temporary crossing on Monday. The United Nations offered help."};

static const char page[] =
    "<!DOCTYPE html><html><head><meta charset=\"windows-1252\">"
    "<title>Kell landslide | Valley Post</title>"
    "<meta property=\"og:site_name\" content=\"Valley Post\">"
    "<link rel=\"canonical\" href=\"https://valley.example/kell\">"
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
    "\"Kell landslide\", \"datePublished\": \"2017-04-10\", \"author\": {\"name\": \"Ina "
    "Holm\"}}</script><script>var x = 1;</script></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>"
    "<h1>Kell landslide</h1><p class=\"byline\">By Ina Holm</p>"
    "<p>A landslide buried part of the village of Kell on Saturday, killing at least 12 "
    "people, officials said in Bergen, caf\xe9 owners among them.</p>"
    "<p>Rescuers searched the mud on Sunday, and two bridges were destroyed.</p>"
    "<figure><figcaption>The valley. Photo: Valley Post</figcaption></figure>"
    "<p>The regional governor said the village would be rebuilt within a year.</p>"
    "</article><aside><h2>Related</h2><ul><li><a href=\"/a\">Other news</a></li></ul></aside>"
    "<footer>Share on Facebook. Subscribe now.</footer></body></html>";

static unsigned char gz_page[4096];
static size_t gz_len;

static void make_gzip_page(void)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    CHECK(deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    z.next_in = (unsigned char *)page;
    z.avail_in = (unsigned)(sizeof page - 1);
    z.next_out = gz_page;
    z.avail_out = sizeof gz_page;
    CHECK(deflate(&z, Z_FINISH) == Z_STREAM_END);
    gz_len = z.total_out;
    deflateEnd(&z);
}

/* A cluster of the three documents and its summary, made once with no
 * failure (their allocations are outside the paths that use them). */
static precis_cluster *cluster;
static precis_summary *summary;

/* ---- paths ------------------------------------------------------------------ */

static void run_digest(path *p)
{
    precis_digest *g = NULL;
    if (!status_ok(precis_digest_new(cluster, NULL, &g))) {
        CHECK(g == NULL);
        skip_outputs(p, 1);
        return;
    }
    /* every part is read, then rendered once as a summary of what was found */
    char buf[8192];
    size_t n = 0;
    for (size_t i = 0; i < precis_digest_quote_count(g); i++) {
        precis_quote q;
        CHECK(precis_digest_quote(g, i, &q) == PRECIS_OK);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "q %s|%s|%zu\n", q.text,
                              q.speaker ? q.speaker : "-", q.doc_count);
    }
    for (size_t i = 0; i < precis_digest_figure_group_count(g); i++) {
        precis_figure_group f;
        CHECK(precis_digest_figure_group(g, i, &f) == PRECIS_OK);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "f %s|%zu|%d\n", f.quantity, f.value_count,
                              f.disagree);
    }
    for (size_t i = 0; i < precis_digest_event_count(g); i++) {
        precis_event e;
        CHECK(precis_digest_event(g, i, &e) == PRECIS_OK);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "e %s|%d-%d-%d\n", e.expression, e.year,
                              e.month, e.day);
    }
    for (size_t i = 0; i < precis_digest_entity_count(g); i++) {
        precis_entity e;
        CHECK(precis_digest_entity(g, i, &e) == PRECIS_OK);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "n %s|%d|%zu\n", e.name, (int)e.kind,
                              e.total);
    }
    CHECK(n < sizeof buf);
    output(p, buf, n);
    precis_digest_free(g);
}

static const precis_format formats[] = {PRECIS_FORMAT_TEXT, PRECIS_FORMAT_MARKDOWN,
                                        PRECIS_FORMAT_JSON, PRECIS_FORMAT_HTML};

static void run_summary_render(path *p)
{
    for (size_t f = 0; f < 4; f++) {
        char *out = NULL;
        size_t len = 0;
        if (status_ok(precis_summary_render(summary, formats[f], &out, &len)))
            output(p, out, len);
        else
            skip_outputs(p, 1);
        precis_free(out);
    }
}

static void run_digest_render(path *p)
{
    precis_digest *g = NULL;
    if (!status_ok(precis_digest_new(cluster, NULL, &g))) {
        skip_outputs(p, 8);
        return;
    }
    for (size_t f = 0; f < 4; f++) {
        for (int with = 0; with < 2; with++) {
            char *out = NULL;
            size_t len = 0;
            if (status_ok(precis_digest_render(g, with ? summary : NULL, formats[f], &out, &len)))
                output(p, out, len);
            else
                skip_outputs(p, 1);
            precis_free(out);
        }
    }
    precis_digest_free(g);
}

static void run_summarize_text(path *p)
{
    char joined[4096];
    size_t n = 0;
    for (size_t i = 0; i < 3; i++)
        n += (size_t)snprintf(joined + n, sizeof joined - n, "%s%s", i ? "\n|||||\n" : "", docs[i]);
    precis_options o;
    precis_options_init(&o);
    o.budget = 40;
    for (size_t f = 0; f < 4; f++) {
        char *out = NULL;
        size_t len = 0;
        if (status_ok(precis_summarize_text(joined, n, &o, formats[f], &out, &len)))
            output(p, out, len);
        else
            skip_outputs(p, 1);
        precis_free(out);
    }
}

/* The packed calls (render/packed.c): the documents, a repaired one among
 * them (a warning record), and a JSON line; outputs: the packed texts and
 * batch's line. */
static void run_packed(path *p)
{
    static char buf[1 << 15];
    precis_document d[4];
    memset(d, 0, sizeof d);
    for (size_t i = 0; i < 3; i++) {
        d[i].text = docs[i];
        d[i].len = strlen(docs[i]);
    }
    d[3].text = "A short note on the same day \xff with a bad byte.";
    d[3].len = strlen(d[3].text);
    precis_options o;
    precis_options_init(&o);
    o.budget = 40;
    size_t len = 0;
    precis_error err;
    precis_packed h;
    if (status_ok(precis_summarize_documents(d, 4, &o, buf, sizeof buf, &len, &err))) {
        CHECK(len <= sizeof buf);
        memcpy(&h, buf, sizeof h);
        /* one repair (the bad byte); the short note may also be left out
         * as another story, a record of code PRECIS_OK */
        size_t repairs = 0;
        for (size_t k = 0; k < h.warning_count; k++) {
            precis_packed_warning w;
            memcpy(&w, buf + h.warnings + k * sizeof w, sizeof w);
            repairs += w.code != PRECIS_OK;
        }
        CHECK(repairs == 1);
        output(p, buf + h.text, h.text_len);
    } else {
        skip_outputs(p, 1);
    }
    static const char line[] =
        "{\"id\": 3, \"documents\": [\"A landslide buried part of the village of Kell on "
        "Saturday, killing at least 12 people. Rescuers searched the mud on Sunday.\", "
        "{\"text\": \"Fourteen people died when a landslide hit Kell. Two bridges were swept "
        "away.\", \"source\": \"Wire\"}]}";
    if (status_ok(precis_summarize_line(line, sizeof line - 1, &o, buf, sizeof buf, &len, &err))) {
        memcpy(&h, buf, sizeof h);
        output(p, buf + h.line, h.line_len);
    } else {
        skip_outputs(p, 1);
    }
}

static void extracted_output(path *p, const precis_extracted *x)
{
    char buf[4096];
    size_t tl;
    const char *t = precis_extracted_text(x, &tl);
    const char *f[] = {precis_extracted_title(x), precis_extracted_byline(x),
                       precis_extracted_date(x), precis_extracted_site(x), precis_extracted_url(x)};
    int n = snprintf(buf, sizeof buf, "%.*s\n%s|%s|%s|%s|%s\n", (int)tl, t, f[0] ? f[0] : "-",
                     f[1] ? f[1] : "-", f[2] ? f[2] : "-", f[3] ? f[3] : "-", f[4] ? f[4] : "-");
    CHECK(n > 0 && (size_t)n < sizeof buf);
    output(p, buf, (size_t)n);
}

static void run_extract(path *p)
{
    const char *in[] = {page, (const char *)gz_page};
    size_t len[] = {sizeof page - 1, gz_len};
    for (size_t i = 0; i < 2; i++) {
        precis_extracted *x = NULL;
        precis_error w;
        if (status_ok(precis_html_extract(in[i], len[i], NULL, &x, &w)))
            extracted_output(p, x);
        else {
            CHECK(x == NULL);
            skip_outputs(p, 1);
        }
        precis_extracted_free(x);
    }
}

/* A page added to a cluster of one text document, then summarized and
 * rendered: the cluster stays valid after a failed add. */
static void run_add_html(path *p)
{
    precis_cluster *c = NULL;
    if (!status_ok(precis_cluster_new(&c, NULL))) {
        skip_outputs(p, 1);
        return;
    }
    precis_error w;
    precis_status st = precis_cluster_add_document(c, docs[1], strlen(docs[1]), NULL, NULL, &w);
    if (status_ok(st))
        st = precis_cluster_add_html(c, page, sizeof page - 1, NULL, NULL, &w);
    if (status_ok(st)) {
        precis_summary *s = NULL;
        char *out = NULL;
        size_t len = 0;
        if (status_ok(precis_summarize(c, NULL, &s)) &&
            status_ok(precis_summary_render(s, PRECIS_FORMAT_JSON, &out, &len)))
            output(p, out, len);
        else
            skip_outputs(p, 1);
        precis_free(out);
        precis_summary_free(s);
    } else {
        skip_outputs(p, 1);
    }
    precis_cluster_free(c);
}

/* ROUGE with every metric kind: -n 2 -m -s -2 4 -u -w 1.2 -d, two systems,
 * three clusters, two references each.  A failed add leaves the evaluator
 * unchanged: it is retried with no failure, and the reports must then equal
 * the clean run's. */
static void run_rouge(path *p)
{
    static const char *refs[3][2] = {
        {"A landslide killed twelve people in Kell.\nTwo bridges were destroyed.",
         "At least 12 people died in a landslide.\nThe valley was cut off."},
        {"The minister promised to rebuild every house.", "Houses will be rebuilt next week."},
        {"Soldiers built a crossing.\nThe United Nations offered help.",
         "Help came from the United Nations and the army."}};
    static const char *sys[2][3] = {
        {"A landslide buried Kell, killing at least 12 people.\nTwo bridges were swept away.",
         "We will rebuild every house, said the minister.",
         "Soldiers built a temporary crossing on Monday."},
        {"Fourteen people died in Kell.", "Lind told reporters houses would be rebuilt.",
         "The United Nations offered help."}};
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.max_ngram = 2;
    o.stem = 1;
    o.remove_stopwords = 1;
    o.skip_bigrams = 1;
    o.skip_distance = 4;
    o.skip_unigrams = 1;
    o.wlcs_weight = 1.2;
    o.per_eval = 1;
    o.resamples = 50;
    precis_rouge *ev = NULL;
    if (!status_ok(precis_rouge_new(&o, NULL, &ev))) {
        skip_outputs(p, 4);
        return;
    }
    static const char *ids[] = {"c1", "c2", "c3"}, *peers[] = {"A", "B"};
    for (size_t s = 0; s < 2; s++) {
        for (size_t i = 0; i < 3; i++) {
            size_t rl[2] = {strlen(refs[i][0]), strlen(refs[i][1])};
            precis_status st = precis_rouge_add(ev, ids[i], peers[s], sys[s][i], strlen(sys[s][i]),
                                                refs[i], rl, 2);
            if (!status_ok(st)) {
                size_t at = cnt.fail_at;
                cnt.fail_at = 0; /* the same add again, with nothing failing */
                CHECK(precis_rouge_add(ev, ids[i], peers[s], sys[s][i], strlen(sys[s][i]), refs[i],
                                       rl, 2) == PRECIS_OK);
                cnt.fail_at = at;
            }
        }
    }
    precis_rouge_stat stat[3];
    precis_status st = precis_rouge_corpus(ev, "B", 0, stat);
    if (status_ok(st)) {
        char buf[128];
        int n = snprintf(buf, sizeof buf, "%.5f %.5f %.5f", stat[2].avg, stat[2].ci_low,
                         stat[2].ci_high);
        output(p, buf, (size_t)n);
    } else {
        skip_outputs(p, 1);
    }
    static const precis_rouge_format rf[] = {PRECIS_ROUGE_TEXT, PRECIS_ROUGE_JSON,
                                             PRECIS_ROUGE_CSV};
    for (size_t f = 0; f < 3; f++) {
        char *out = NULL;
        size_t len = 0;
        if (status_ok(precis_rouge_report(ev, rf[f], &out, &len)))
            output(p, out, len);
        else
            skip_outputs(p, 1);
        precis_free(out);
    }
    precis_rouge_free(ev);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *trace = getenv("PRECIS_OOM_TRACE");
    trace_at = trace ? (size_t)strtoull(trace, NULL, 10) : 0;
    json_set_alloc_funcs(j_malloc, j_free);
    make_gzip_page();

    CHECK(precis_cluster_new(&cluster, NULL) == PRECIS_OK);
    for (size_t i = 0; i < 3; i++) {
        precis_error w;
        CHECK(precis_cluster_add_document(cluster, docs[i], strlen(docs[i]), NULL, NULL, &w) ==
              PRECIS_OK);
    }
    precis_options o;
    precis_options_init(&o);
    o.budget = 40;
    CHECK(precis_summarize(cluster, &o, &summary) == PRECIS_OK);

    path paths[] = {
        {.name = "digest", .run = run_digest},
        {.name = "digest render", .run = run_digest_render},
        {.name = "summary render", .run = run_summary_render},
        {.name = "summarize_text", .run = run_summarize_text},
        {.name = "packed", .run = run_packed},
        {.name = "html extract", .run = run_extract},
        {.name = "add html", .run = run_add_html},
        {.name = "rouge", .run = run_rouge},
    };
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
        inject(&paths[i]);

    /* the digest found what the paths above rendered */
    precis_digest *g = NULL;
    CHECK(precis_digest_new(cluster, NULL, &g) == PRECIS_OK);
    CHECK(precis_digest_quote_count(g) >= 1);
    CHECK(precis_digest_figure_group_count(g) >= 1);
    CHECK(precis_digest_event_count(g) >= 1);
    precis_digest_free(g);
    precis_summary_free(summary);
    precis_cluster_free(cluster);
    return check_done();
}
