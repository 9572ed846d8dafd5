/* libmicrohttpd glue: one request context per request, its body bounded by
 * the configured limit, routing by method and path, the safety rules that
 * hold for every route (a body framed one way only, auth for writes, a cap
 * on connections, security headers), and the metrics.
 *
 * Bodies past the limit are read and thrown away, then answered 413, so
 * that an ordinary client (which sends its whole body before it reads the
 * answer) gets the answer instead of a reset connection; a body announced
 * far past the limit (8x) is refused before it is read. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "http.h"
#include "request.h"

#define SLOW_BODY_RATE 1024.0 /* bytes a second, after --timeout */
/* Query parameters a request may carry, and the longest target with a
 * query; past them, 414 (see on_uri). */
#define MAX_QUERY_PARAMS 100
#define MAX_QUERY_TARGET 8192

typedef struct request {
    int begun;                 /* on_request has seen it (counted in g_in_flight) */
    size_t params, target_len; /* of a target with a query over the limits */
    route_id route;
    long long id; /* {id} of the path */
    double start;
    int started;
    int method_ok;
    char *body;
    size_t len, cap;
    int over; /* body past the limit: read and dropped */
    struct MHD_PostProcessor *pp;
    form form;     /* the fields of a form (POST /new) */
    char *article; /* {id} of /v1/articles/{id} */
    /* for the access log: the request line, the client, the answer */
    char verb[16], target[160], client[48];
    unsigned status;
    size_t sent;
} request;

static _Atomic unsigned g_connections;
static _Atomic unsigned g_in_flight;

/* ---- a deadline for the headers (slowloris) -------------------------------- */

/* libmicrohttpd 0.9.75's timeout is one of inactivity, and it calls no
 * handler before the headers are whole: a client that sends its headers a
 * byte every few seconds was never idle and held its connection for as
 * long as it went on, and a few more such clients than --max-connections
 * had every other client answered 503 busy.  So each connection has
 * --timeout seconds for its request line and headers, from its opening or
 * from the answer before (a kept-alive connection); a watchdog thread
 * shuts down the socket of one past its deadline, and libmicrohttpd,
 * reading its end, closes it.  The watchdog acts on a duplicate of the
 * socket's descriptor, closed only when libmicrohttpd says the connection
 * is closed: never on a descriptor number the kernel gave to another. */
typedef struct watched {
    int fd;          /* dup() of the connection's socket */
    double deadline; /* monotonic seconds; 0 while a request is handled */
    struct watched *prev, *next;
} watched;

#define WATCH_PERIOD_MS 200

static pthread_mutex_t g_watch_lock = PTHREAD_MUTEX_INITIALIZER;
static watched *g_watched;
static double g_header_timeout;
static pthread_t g_watchdog;
static int g_watchdog_running;
static _Atomic int g_watchdog_stop;

static double mono_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void watch_start(struct MHD_Connection *c, void **socket_ctx)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    watched *w = ci ? calloc(1, sizeof *w) : NULL;
    if (!w)
        return; /* not watched: libmicrohttpd's timeout alone */
    w->fd = fcntl(ci->connect_fd, F_DUPFD_CLOEXEC, 0);
    if (w->fd < 0) {
        free(w);
        return;
    }
    w->deadline = mono_seconds() + g_header_timeout;
    pthread_mutex_lock(&g_watch_lock);
    w->next = g_watched;
    if (g_watched)
        g_watched->prev = w;
    g_watched = w;
    pthread_mutex_unlock(&g_watch_lock);
    *socket_ctx = w;
}

static void watch_end(void **socket_ctx)
{
    watched *w = *socket_ctx;
    if (!w)
        return;
    pthread_mutex_lock(&g_watch_lock);
    if (w->prev)
        w->prev->next = w->next;
    else
        g_watched = w->next;
    if (w->next)
        w->next->prev = w->prev;
    pthread_mutex_unlock(&g_watch_lock);
    close(w->fd);
    free(w);
    *socket_ctx = NULL;
}

/* The headers of the connection's request are whole (`waiting` 0), or its
 * answer went out and the next request's headers are awaited (1). */
static void watch_headers(struct MHD_Connection *c, int waiting)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    watched *w = ci ? ci->socket_context : NULL;
    if (!w)
        return;
    pthread_mutex_lock(&g_watch_lock);
    w->deadline = waiting ? mono_seconds() + g_header_timeout : 0;
    pthread_mutex_unlock(&g_watch_lock);
}

static void *watchdog(void *arg)
{
    (void)arg;
    const struct timespec period = {0, WATCH_PERIOD_MS * 1000000L};
    while (!atomic_load(&g_watchdog_stop)) {
        nanosleep(&period, NULL);
        double now = mono_seconds();
        pthread_mutex_lock(&g_watch_lock);
        for (watched *w = g_watched; w; w = w->next)
            if (w->deadline > 0 && now > w->deadline) {
                shutdown(w->fd, SHUT_RDWR);
                w->deadline = 0;
            }
        pthread_mutex_unlock(&g_watch_lock);
    }
    return NULL;
}

/* ---- answers ------------------------------------------------------------ */

static char *json_escape_dup(const char *s)
{
    size_t n = strlen(s);
    char *o = malloc(n * 6 + 1), *p = o;
    if (!o)
        return NULL;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\') {
            *p++ = '\\';
            *p++ = (char)*c;
        } else if (*c < 0x20) {
            p += sprintf(p, "\\u%04x", *c);
        } else
            *p++ = (char)*c;
    }
    *p = 0;
    return o;
}

void answer_error(answer *a, unsigned status, const char *code, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    /* The detail may quote a client's bytes: keep valid UTF-8 only. */
    for (unsigned char *p = (unsigned char *)detail; *p; p++)
        if (*p >= 0x80)
            *p = '?';
    char *d = json_escape_dup(detail);
    char *body = NULL;
    int n = d ? asprintf(&body, "{\"error\": \"%s\", \"detail\": \"%s\"}\n", code, d) : -1;
    free(d);
    free(a->body);
    a->status = status;
    a->type = "application/json";
    a->body = n < 0 ? NULL : body;
    a->len = n < 0 ? 0 : (size_t)n;
}

void answer_take(answer *a, unsigned status, const char *type, char *body, size_t len)
{
    free(a->body);
    a->status = status;
    a->type = type;
    a->body = body;
    a->len = len;
}

/* A browser asks for HTML; everything else gets the API's JSON errors. */
static int wants_html(struct MHD_Connection *c)
{
    const char *acc = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept");
    return acc && strstr(acc, "text/html") != NULL;
}

/* An error of a page (the index, a story's page, the form) answers a
 * browser with a page, whatever step refused it (a bad query, a form over
 * the body limit, a method not allowed): the API's JSON error, its detail
 * kept, as HTML. */
static void error_as_page(struct MHD_Connection *c, const request *r, answer *a)
{
    if (a->status < 400 || !a->body || strcmp(a->type, "application/json") != 0 ||
        (r->route != R_INDEX && r->route != R_NEW && r->route != R_STORY_PAGE) || !wants_html(c))
        return;
    json_t *j = json_loadb(a->body, a->len, 0, NULL);
    const char *detail = json_string_value(json_object_get(j, "detail"));
    const char *reason = MHD_get_reason_phrase_for(a->status);
    char *d = strdup(detail ? detail : reason ? reason : "error");
    json_decref(j);
    const char *title = reason && *reason ? reason : "Error";
    if (d && r->route == R_NEW) /* the form again, to send anew */
        page_form_error(a, a->status, title, d);
    else if (d)
        page_error(a, a->status, title, d);
    free(d);
}

static enum MHD_Result send_answer(struct MHD_Connection *c, request *r, answer *a, int head)
{
    error_as_page(c, r, a);
    if (!a->body) { /* out of memory while answering */
        static const char oom[] = "{\"error\": \"internal\", \"detail\": \"out of memory\"}\n";
        a->status = 500;
        a->type = "application/json";
        a->body = strdup(oom);
        a->len = a->body ? strlen(oom) : 0;
    }
    /* HEAD: the GET's answer, whose Content-Length libmicrohttpd sends
     * without its body */
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(a->len, a->body ? a->body : (void *)"",
                                        a->body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    a->body = NULL;
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", a->type);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    if (strncmp(a->type, "text/html", 9) == 0) {
        /* No script may run in any page, whatever an article holds: the
         * pages need none.  Styles are inline in the digest page. */
        MHD_add_response_header(resp, "Content-Security-Policy",
                                "default-src 'none'; style-src 'self' 'unsafe-inline';"
                                " img-src 'self' data:; form-action 'self'; base-uri 'none';"
                                " frame-ancestors 'none'");
        MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    }
    if (r && r->route == R_ICON && a->status == 204)
        MHD_add_response_header(resp, "Cache-Control", "max-age=86400");
    if (a->location[0])
        MHD_add_response_header(resp, "Location", a->location);
    if (r && a->status == 405)
        MHD_add_response_header(resp, "Allow", route_allow(r->route));
    if (a->status == 401)
        MHD_add_response_header(resp, "WWW-Authenticate", "Bearer");
    if (a->status == 503)
        MHD_add_response_header(resp, "Retry-After", "1");
    if (a->status >= 400 && a->status != 404 && a->status != 405)
        MHD_add_response_header(resp, "Connection", "close");
    enum MHD_Result ok = MHD_queue_response(c, a->status, resp);
    MHD_destroy_response(resp);
    if (r) {
        r->status = a->status;
        r->sent = head ? 0 : a->len;
    }
    metrics_record(r ? route_name(r->route) : "unknown", a->status,
                   r ? now_seconds() - r->start : 0);
    return ok;
}

/* ---- routing ------------------------------------------------------------ */

static int is_write(route_id r)
{
    return r == R_ARTICLES;
}

/* The routes whose body is a document to read: JSON (an HTML page too
 * for /v1/extract).  The form of /new has its own reader. */
static int reads_body(route_id r)
{
    return r == R_SUMMARIZE || r == R_DIGEST || r == R_EXTRACT || r == R_ARTICLES;
}

/* 1 when a Content-Type names a kind of data that is never an article
 * (an image, a sound, a video, a font, a 3D model): such a body is refused
 * 415 before it is read.  It was read, and refused 400 invalid_utf8 or
 * invalid_json, as if the client had sent broken JSON (session 39).
 * application/octet-stream and other application/ types are read: a
 * client may send JSON under them (curl -d sends a form's type). */
static int never_text(const char *ct)
{
    static const char *const kinds[] = {"image/", "audio/", "video/", "font/", "model/"};
    while (ct && (*ct == ' ' || *ct == '\t'))
        ct++;
    for (size_t i = 0; ct && i < sizeof kinds / sizeof *kinds; i++)
        if (strncasecmp(ct, kinds[i], strlen(kinds[i])) == 0)
            return 1;
    return 0;
}

/* Compares the bearer token in constant time (of the token's length). */
static int authorised(const server *sv, struct MHD_Connection *c)
{
    if (!sv->cfg.token)
        return 1;
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    if (!h || strncasecmp(h, "Bearer ", 7) != 0)
        return 0;
    h += 7;
    size_t n = strlen(sv->cfg.token), m = strlen(h);
    unsigned char diff = (unsigned char)(n != m);
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)(sv->cfg.token[i] ^ (i < m ? h[i] : 0));
    return diff == 0;
}

/* ---- framing ------------------------------------------------------------- */

typedef struct framing {
    unsigned lengths, encodings;
    const char *encoding;
} framing;

static enum MHD_Result count_framing(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *value)
{
    (void)kind;
    framing *f = cls;
    if (strcasecmp(key, "Content-Length") == 0)
        f->lengths++;
    else if (strcasecmp(key, "Transfer-Encoding") == 0) {
        f->encodings++;
        f->encoding = value;
    }
    return MHD_YES;
}

/* Where the body ends must be beyond doubt: two Content-Lengths, or one
 * with a Transfer-Encoding, may be read one way by a proxy in front and
 * another way here, and the rest of the body taken for a second request
 * (request smuggling).  libmicrohttpd 0.9.75 reads the first Content-Length
 * and ignores the others, so they are refused here, before any body is
 * read.  (A Content-Length that is no number it answers itself, before
 * this runs: docs/api.md.)  Returns 1 with `a` set when refused. */
static int bad_framing(struct MHD_Connection *c, answer *a)
{
    framing f = {0, 0, NULL};
    MHD_get_connection_values(c, MHD_HEADER_KIND, count_framing, &f);
    if (f.lengths > 1) {
        answer_error(a, 400, "bad_request", "%u Content-Length headers; send one", f.lengths);
        return 1;
    }
    if (f.lengths && f.encodings) {
        answer_error(a, 400, "bad_request",
                     "both Content-Length and Transfer-Encoding; send one of them");
        return 1;
    }
    if (f.encodings > 1 || (f.encodings && strcasecmp(f.encoding, "chunked") != 0)) {
        answer_error(a, 501, "not_implemented",
                     "Transfer-Encoding must be chunked (and given once), or absent");
        return 1;
    }
    return 0;
}

/* ---- forms (the paste page) ---------------------------------------------- */

static enum MHD_Result form_iter(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *filename, const char *content_type,
                                 const char *transfer_encoding, const char *data, uint64_t off,
                                 size_t size)
{
    (void)kind;
    (void)content_type;
    (void)transfer_encoding;
    request *r = cls;
    return form_field(&r->form, key, filename, data, off, size) == 0 ? MHD_YES : MHD_NO;
}

static void request_free(request *r)
{
    if (!r)
        return;
    if (r->pp)
        MHD_destroy_post_processor(r->pp);
    form_release(&r->form);
    free(r->article);
    free(r->body);
    free(r);
}

/* ---- the request line ------------------------------------------------------ */

/* libmicrohttpd 0.9.75 keeps a record of some 56 bytes per query
 * parameter in the connection's memory (32 KiB, with the request line and
 * headers): some 500 parameters in a line of a few KiB do not fit, and it
 * then neither answers nor calls on_request: the connection hangs,
 * unanswered, until --timeout closes it.  So the parameters are counted
 * here, where libmicrohttpd hands the target over before it parses them
 * (MHD_OPTION_URI_LOG_CALLBACK), and past MAX_QUERY_PARAMS the query is
 * cut to nothing in its buffer (writable: it is the connection's read
 * buffer, which the parser cuts in place too): the request reaches
 * on_request with no parameter, and is answered 414 there.  The routes
 * read at most four.
 *
 * Writing into a `const char *` of the library's relies on 0.9.75's
 * internals; the public API has no other way (session 26):
 * - no option bounds the parameters or the target's length apart from the
 *   connection's memory, and a larger MHD_OPTION_CONNECTION_MEMORY_LIMIT
 *   only moves the gap ("a&" is 2 bytes of line and one record: a 32 KB
 *   line of 16,000 parameters hangs a connection of 1 MiB the same);
 * - the parse comes between this callback and on_request with no hook
 *   that can stop it: this callback's return value is the request's
 *   context, MHD_OPTION_UNESCAPE_CALLBACK is called per parameter but
 *   cannot drop one, and a response may be queued from on_request only,
 *   which is never called;
 * - writing the 414 to the socket from here (its descriptor is public)
 *   would answer behind libmicrohttpd's back, on the same reliance on its
 *   order of steps, and without its headers, keep-alive or our metrics.
 * tests/serve/test_mhd_query.c guards both halves against the library:
 * it fails, naming this function, when an uncut flood gets an answer (a
 * later version handles it: the cut may go) or when the cut no longer
 * leaves the handler without parameters (the cut stopped working). */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls;
    (void)c;
    request *r = calloc(1, sizeof *r);
    char *q = strchr(uri, '?');
    if (!q)
        return r;
    size_t n = 1;
    for (const char *p = q + 1; *p; p++)
        n += *p == '&';
    size_t len = (size_t)(q - uri) + strlen(q);
    if (n > MAX_QUERY_PARAMS || len > MAX_QUERY_TARGET) {
        q[1] = 0;
        if (r) {
            r->params = n;
            r->target_len = len;
        }
    }
    return r;
}

/* ---- the handler ---------------------------------------------------------- */

static void dispatch(server *sv, struct MHD_Connection *c, request *r, const char *method,
                     answer *a)
{
    request_in in;
    memset(&in, 0, sizeof in);
    in.body = r->body ? r->body : "";
    in.body_len = r->body ? r->len : 0; /* a form's bytes went to r->pp */
    if (in.body_len >= 3 && memcmp(in.body, "\xEF\xBB\xBF", 3) == 0) {
        /* a UTF-8 byte order mark opens the body: skipped, as `precis
         * cluster` and `precis batch` skip it at the start of a file */
        in.body += 3;
        in.body_len -= 3;
    }
    in.content_type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
    in.query_since = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "since");
    in.query_limit = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "limit");
    in.query_order = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "order");
    in.query_offset = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "offset");
    in.query_digest = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "digest");
    in.docs = r->form.docs;
    in.ndocs = r->form.ndocs;
    in.form_words = r->form.words[0] ? r->form.words : NULL;
    in.form_method = r->form.method[0] ? r->form.method : NULL;
    int post = strcmp(method, "POST") == 0;
    char why[128];
    if (post && reads_body(r->route) && in.body_len >= 2 && memcmp(in.body, "\x1F\x8B", 2) == 0) {
        /* gzip's signature: refused by name, not inflated.  A body is read
         * whole into memory under --max-body, and a small compressed body
         * can inflate a thousand times past it; the server reads no
         * Content-Encoding (docs/api.md).  It was "the body is not text:
         * 51% ... invalid UTF-8", true of the compressed bytes but no help
         * (s43-edges2) */
        answer_error(a, 415, "unsupported_media_type",
                     "the body is gzip data: send it inflated (this server reads no "
                     "Content-Encoding)");
        return;
    }
    if (post && reads_body(r->route) &&
        precis_looks_binary(in.body, in.body_len, why, sizeof why)) {
        /* an image or compressed bytes under a text type (or none): said
         * as the CLI says it of a file, "not text (a PNG image)", where it
         * was "invalid_utf8" at byte 0 */
        answer_error(a, 415, "unsupported_media_type", "the body is %s", why);
        return;
    }
    switch (r->route) {
    case R_INDEX:
        page_index(sv, &in, a);
        break;
    case R_STYLE:
        page_style(a);
        break;
    case R_ICON:
        /* the pages name their icon inline; a client that asks anyway
         * (a feed reader, a bookmark) is told there is nothing, once a day
         * at most, rather than 404 in every log */
        answer_take(a, 204, "image/x-icon", strdup(""), 0);
        break;
    case R_NEW:
        post ? page_summary(sv, &in, a) : page_new(sv, &in, a);
        break;
    case R_STORY_PAGE:
        page_story(sv, &in, a, r->id);
        break;
    case R_HEALTH:
        health_live(sv, a);
        break;
    case R_READY:
        health_ready(sv, a);
        break;
    case R_METRICS: {
        size_t n = 0;
        char *m = metrics_render(sv, &n);
        answer_take(a, 200, "text/plain; version=0.0.4; charset=utf-8", m, n);
        break;
    }
    case R_SUMMARIZE:
        api_summarize(sv, &in, a, 0);
        break;
    case R_DIGEST:
        api_summarize(sv, &in, a, 1);
        break;
    case R_EXTRACT:
        api_extract(sv, &in, a);
        break;
    case R_ARTICLES:
        api_articles(sv, &in, a);
        break;
    case R_STORIES:
        api_stories(sv, &in, a);
        break;
    case R_STORY:
        api_story(sv, &in, a, r->id);
        break;
    case R_ARTICLE:
        api_article(sv, &in, a, r->article);
        break;
    case R_NONE:
    case R_COUNT:
        break;
    }
}

/* ---- access log ---------------------------------------------------------- */

/* Copies s into dst (cap bytes) for a log line: bytes outside printable
 * ASCII, quotes and backslashes as \xHH, so no path can forge a line. */
static void log_copy(char *dst, size_t cap, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t n = 0;
    for (; *s && n + 5 < cap; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch > 32 && ch < 127 && ch != '"' && ch != '\\') {
            dst[n++] = (char)ch;
        } else {
            dst[n++] = '\\';
            dst[n++] = 'x';
            dst[n++] = hex[ch >> 4];
            dst[n++] = hex[ch & 15];
        }
    }
    if (*s && n + 4 <= cap) { /* cut: say so */
        memcpy(dst + n, "...", 3);
        n += 3;
    }
    dst[n] = 0;
}

static void note_request(request *r, struct MHD_Connection *c, const char *method, const char *url)
{
    log_copy(r->verb, sizeof r->verb, method);
    log_copy(r->target, sizeof r->target, url);
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    const struct sockaddr *sa = ci ? ci->client_addr : NULL;
    const void *addr = NULL;
    if (sa && sa->sa_family == AF_INET)
        addr = &((const struct sockaddr_in *)(const void *)sa)->sin_addr;
    else if (sa && sa->sa_family == AF_INET6)
        addr = &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr;
    if (!addr || !inet_ntop(sa->sa_family, addr, r->client, sizeof r->client))
        strcpy(r->client, "-");
}

/* One line per request as it ends: UTC time, client, "METHOD path", status
 * (or "-" with why when no answer went out: timeout, closed, error,
 * shutdown), body bytes, milliseconds. */
/* 1 while the access log cannot be written: said once on standard error
 * when it starts (a full disk, a log on /dev/full) and once when lines are
 * written again, never silently lost nor repeated per request. */
static atomic_int g_access_log_failing;

static void access_line(const server *sv, const request *r, enum MHD_RequestTerminationCode why)
{
    FILE *f = sv->cfg.access_log;
    time_t t = time(NULL);
    struct tm tm;
    char when[32];
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    double ms = (now_seconds() - r->start) * 1000.0;
    const char *end = why == MHD_REQUEST_TERMINATED_COMPLETED_OK      ? ""
                      : why == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED ? " timeout"
                      : why == MHD_REQUEST_TERMINATED_CLIENT_ABORT    ? " closed"
                      : why == MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN ? " shutdown"
                      : why == MHD_REQUEST_TERMINATED_READ_ERROR      ? " read-error"
                                                                      : " error";
    if (r->status)
        fprintf(f, "%s %s \"%s %s\" %u %zu %.1f%s\n", when, r->client, r->verb, r->target,
                r->status, r->sent, ms, end);
    else
        fprintf(f, "%s %s \"%s %s\" - 0 %.1f%s\n", when, r->client, r->verb, r->target, ms,
                *end ? end : " error");
    int e = errno, failed = ferror(f) || fflush(f) != 0;
    if (failed) {
        e = errno ? errno : e;
        clearerr(f);
    }
    if (atomic_exchange(&g_access_log_failing, failed) != failed && !sv->cfg.quiet) {
        if (failed)
            fprintf(stderr,
                    "precis serve: warning: --access-log: cannot write (%s): request lines are "
                    "lost until it can\n",
                    strerror(e));
        else
            fprintf(stderr, "precis serve: --access-log: written again\n");
    }
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_size, void **con_cls)
{
    (void)version;
    server *sv = cls;
    request *r = *con_cls;
    answer a = {0, "application/json", NULL, 0, ""};
    if (!r || !r->begun) {
        if (!r && !(r = calloc(1, sizeof *r)))
            return MHD_NO;
        *con_cls = r;
        r->begun = 1;
        r->start = now_seconds();
        if (sv->cfg.access_log)
            note_request(r, c, method, url);
        atomic_fetch_add(&g_in_flight, 1);
        watch_headers(c, 0);
        r->route = route_of(url, &r->id);
        if (r->route == R_ARTICLE && !(r->article = strdup(url + 13)))
            r->route = R_NONE;
        int head = strcmp(method, "HEAD") == 0;
        if (bad_framing(c, &a))
            return send_answer(c, r, &a, head);
        if (r->params > MAX_QUERY_PARAMS) {
            answer_error(&a, 414, "uri_too_long", "%zu query parameters; the limit is %d",
                         r->params, MAX_QUERY_PARAMS);
            return send_answer(c, r, &a, head);
        }
        if (r->target_len > MAX_QUERY_TARGET) {
            answer_error(&a, 414, "uri_too_long",
                         "a target with a query of %zu bytes; the limit is %d bytes", r->target_len,
                         MAX_QUERY_TARGET);
            return send_answer(c, r, &a, head);
        }
        if (atomic_load(&g_connections) > sv->cfg.max_connections) {
            answer_error(&a, 503, "busy", "more than %u connections; try again",
                         sv->cfg.max_connections);
            return send_answer(c, r, &a, head);
        }
        if (r->route == R_NONE) {
            if (wants_html(c) && strncmp(url, "/v1/", 4) != 0)
                page_error(&a, 404, "Not found", "There is no page at this address.");
            else
                answer_error(&a, 404, "not_found", "no route for this path (see docs/api.md)");
            return send_answer(c, r, &a, head);
        }
        if (!method_allowed(r->route, method)) {
            answer_error(&a, 405, "method_not_allowed", "%s takes %s", route_name(r->route),
                         route_allow(r->route));
            return send_answer(c, r, &a, head);
        }
        r->method_ok = 1;
        if (is_write(r->route) && !authorised(sv, c)) {
            answer_error(&a, 401, "unauthorized",
                         "this server takes writes only with 'Authorization: Bearer TOKEN'");
            return send_answer(c, r, &a, head);
        }
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && strtoull(cl, NULL, 10) > 8ull * sv->cfg.max_body) {
            answer_error(&a, 413, "too_large", "body of %s bytes; the limit is %zu bytes", cl,
                         sv->cfg.max_body);
            return send_answer(c, r, &a, head);
        }
        const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
        if (reads_body(r->route) && never_text(ct)) {
            char kind[64];
            ct += strspn(ct, " \t");
            snprintf(kind, sizeof kind, "%.*s", (int)strcspn(ct, "; \t"), ct);
            answer_error(&a, 415, "unsupported_media_type", "Content-Type %s: %s", kind,
                         r->route == R_EXTRACT ? "this route reads an HTML page or JSON"
                                               : "this route reads JSON (application/json)");
            return send_answer(c, r, &a, head);
        }
        if (r->route == R_NEW && strcmp(method, "POST") == 0) {
            r->pp = MHD_create_post_processor(c, 64 * 1024, form_iter, r);
            if (!r->pp) {
                answer_error(&a, 415, "unsupported_media_type",
                             "the form must be multipart/form-data or"
                             " application/x-www-form-urlencoded");
                return send_answer(c, r, &a, head);
            }
        }
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        /* A slow body: MHD's --timeout closes a connection idle that long,
         * but one byte every few seconds keeps it busy for ever (a few such
         * clients take every connection).  Past --timeout, the body must
         * have come at SLOW_BODY_RATE bytes a second on average since then,
         * or the connection is closed: a 15 MB article over a 100 KB/s link
         * is far above it. */
        double late = now_seconds() - r->start - (double)sv->cfg.timeout_s;
        if (late > 0 && (double)(r->len + n) < late * SLOW_BODY_RATE)
            return MHD_NO;
        if (r->over || r->len + n > sv->cfg.max_body) {
            r->over = 1; /* drop it; answered 413 at the end */
            return MHD_YES;
        }
        r->len += n;
        if (r->pp)
            return MHD_post_process(r->pp, upload_data, n);
        if (r->len + 1 > r->cap) {
            size_t cap = r->cap ? r->cap : 4096;
            while (cap < r->len + 1)
                cap *= 2;
            char *b = realloc(r->body, cap);
            if (!b)
                return MHD_NO;
            r->body = b;
            r->cap = cap;
        }
        memcpy(r->body + r->len - n, upload_data, n);
        r->body[r->len] = 0;
        return MHD_YES;
    }
    if (r->started)
        return MHD_YES; /* answered already */
    r->started = 1;
    int head = strcmp(method, "HEAD") == 0;
    if (r->over)
        answer_error(&a, 413, "too_large", "the body is over the limit of %zu bytes",
                     sv->cfg.max_body);
    else
        dispatch(sv, c, r, method, &a);
    return send_answer(c, r, &a, head);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode why)
{
    server *sv = cls;
    request *r = *con_cls;
    watch_headers(c, 1); /* the next request on this connection, if any */
    if (r && r->begun && sv->cfg.access_log)
        access_line(sv, r, why);
    if (r && r->begun)
        atomic_fetch_sub(&g_in_flight, 1);
    request_free(r);
    *con_cls = NULL;
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_ctx,
                          enum MHD_ConnectionNotificationCode what)
{
    (void)cls;
    if (what == MHD_CONNECTION_NOTIFY_STARTED) {
        atomic_fetch_add(&g_connections, 1);
        watch_start(c, socket_ctx);
    } else {
        atomic_fetch_sub(&g_connections, 1);
        watch_end(socket_ctx);
    }
}

static void on_log(void *cls, const char *fmt, va_list ap)
{
    server *sv = cls;
    if (sv->cfg.quiet)
        return;
    fputs("precis serve: ", stderr);
    vfprintf(stderr, fmt, ap);
}

/* Why the address cannot be listened on, for the start-up error: MHD says
 * it only in its log (silenced by --quiet), so a bind of our own asks the
 * system again.  NULL when that bind works (a failure MHD alone knows). */
static const char *bind_error(const struct sockaddr *sa, socklen_t sl)
{
    int fd = socket(sa->sa_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return strerror(errno);
    int one = 1; /* as MHD: a port left in TIME_WAIT by a stop is free */
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int rc = bind(fd, sa, sl), e = errno;
    close(fd);
    return rc == 0 ? NULL : strerror(e);
}

void *http_start(server *sv, char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    socklen_t sl;
    /* poll(), not the epoll MHD_USE_AUTO picks on Linux: with an epoll thread
     * pool, libmicrohttpd 0.9.75 (Debian 12) quiesces by taking the listening
     * socket out of each worker's epoll set from the stopping thread, and it
     * aborted the process there once in CI on a clean stop under load ("Failed
     * to remove listen FD from epoll set"; not reproduced in 40 runs here).
     * With poll() a quiesce is a message on each worker's ITC. */
    unsigned flags = MHD_USE_POLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC;
    struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, sv->cfg.listen_host, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(sv->cfg.port);
        sl = sizeof *v4;
    } else if (inet_pton(AF_INET6, sv->cfg.listen_host, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(sv->cfg.port);
        sl = sizeof *v6;
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(err, errlen, "--listen: '%s' is not an IPv4 or IPv6 address", sv->cfg.listen_host);
        return NULL;
    }
    /* MHD's own cap is above ours, so that connections past ours are still
     * read and answered 503 instead of being dropped unanswered.  No
     * MHD_OPTION_LISTENING_ADDRESS_REUSE: it sets SO_REUSEPORT, under which
     * a second server started on the same port shares it and takes half the
     * requests; MHD's default, SO_REUSEADDR, restarts at once after a stop
     * and refuses a port that a live server holds. */
    g_header_timeout = (double)sv->cfg.timeout_s; /* before the first connection */
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, sv->cfg.port, NULL, NULL, on_request, sv, MHD_OPTION_EXTERNAL_LOGGER, on_log, sv,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE, sv->cfg.threads,
        MHD_OPTION_CONNECTION_LIMIT, sv->cfg.max_connections + 64, MHD_OPTION_CONNECTION_TIMEOUT,
        sv->cfg.timeout_s, MHD_OPTION_NOTIFY_COMPLETED, on_completed, sv,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, sv, MHD_OPTION_URI_LOG_CALLBACK, on_uri, sv,
        MHD_OPTION_END);
    if (!d) {
        const char *why = bind_error((struct sockaddr *)&ss, sl);
        snprintf(err, errlen, "cannot listen on %s:%u: %s", sv->cfg.listen_host, sv->cfg.port,
                 why ? why : "libmicrohttpd did not start (its reason is logged without --quiet)");
        return NULL;
    }
    atomic_store(&g_watchdog_stop, 0);
    g_watchdog_running = pthread_create(&g_watchdog, NULL, watchdog, NULL) == 0;
    if (!g_watchdog_running) {
        MHD_stop_daemon(d);
        snprintf(err, errlen, "cannot start the thread that times out slow headers");
        return NULL;
    }
    if (sv->cfg.port == 0) { /* an ephemeral port: say which */
        const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
        if (info)
            sv->cfg.port = info->port;
    }
    return d;
}

void http_stop(void *daemon, double grace_s)
{
    struct MHD_Daemon *d = daemon;
    MHD_socket s = MHD_quiesce_daemon(d);
    double until = now_seconds() + grace_s;
    while (atomic_load(&g_in_flight) > 0 && now_seconds() < until)
        usleep(10000);
    MHD_stop_daemon(d);
    if (g_watchdog_running) {
        atomic_store(&g_watchdog_stop, 1);
        pthread_join(g_watchdog, NULL);
        g_watchdog_running = 0;
    }
    /* The listening socket is ours after quiescing, but MHD's threads may
     * still look at it until the daemon has stopped (microhttpd.h). */
    if (s != MHD_INVALID_SOCKET)
        close(s);
}
