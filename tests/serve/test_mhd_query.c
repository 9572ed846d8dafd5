/* A guard on what the server's 414 for long queries (server/http.c,
 * on_uri) takes from libmicrohttpd: it fails, loudly, when the library
 * behaves otherwise than 0.9.75 (Debian 12), the version it was written
 * for, in either of the two ways that matter:
 *
 *   1. libmicrohttpd 0.9.75 parses the query of the request line into
 *      records of its connection's memory pool after the URI callback and
 *      before the access handler; when they do not fit (some 500
 *      parameters in a line of a few KiB) it neither answers nor calls the
 *      handler: the connection hangs until its timeout.  No public option
 *      bounds the parameters, and a larger pool only moves the gap (a
 *      32 KB line of 16,000 parameters in a pool of 1 MiB hangs the same).
 *      If a later version answers these itself, the cut may go.
 *   2. The URI callback's target (const char *) lies in the buffer the
 *      query is then parsed from, and cutting it there ("?" and nothing
 *      after) leaves the handler with no parameter and the path whole:
 *      what the server does past 100 parameters, to answer 414 from the
 *      handler.  If a later version copies the target first, the cut does
 *      nothing, and case 1 is back for the server.
 *
 * It talks to a daemon of its own on 127.0.0.1 (no precis code): the
 * end-to-end behaviour of the server is tests/e2e/test_serve_hostile.py's. */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static int g_cut;   /* the URI callback cuts the query, as on_uri does */
static int g_fails; /* checks failed */

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls;
    (void)c;
    char *q = strchr(uri, '?');
    if (g_cut && q)
        q[1] = 0; /* the server's cut (server/http.c, on_uri) */
    return NULL;
}

/* Answers "PATH N": the path and the number of query parameters seen. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **ctx)
{
    (void)cls;
    (void)method;
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)ctx;
    char body[256];
    int n = snprintf(body, sizeof body, "%s %d", url,
                     MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, NULL, NULL));
    struct MHD_Response *r =
        MHD_create_response_from_buffer((size_t)n, body, MHD_RESPMEM_MUST_COPY);
    enum MHD_Result ok = MHD_queue_response(c, 200, r);
    MHD_destroy_response(r);
    return ok;
}

/* GET /x?a&a&... (nparams) on a fresh connection; the answer's status line
 * and body in status/body ("" when none came within 2 s or the connection
 * closed unanswered).  -1 when the connection could not be made. */
static int get(unsigned short port, size_t nparams, char *status, char *body, size_t cap)
{
    status[0] = body[0] = 0;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct timeval tv = {2, 0};
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
        if (s >= 0)
            close(s);
        return -1;
    }
    char *req = malloc(2 * nparams + 128);
    if (!req) {
        close(s);
        return -1;
    }
    size_t k = (size_t)sprintf(req, "GET /x?");
    for (size_t i = 0; i < nparams; i++) {
        req[k++] = 'a';
        req[k++] = '&';
    }
    k += (size_t)sprintf(req + k, " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    int rc = send(s, req, k, MSG_NOSIGNAL) == (ssize_t)k ? 0 : -1;
    free(req);
    char resp[4096];
    size_t got = 0;
    ssize_t n;
    while (got < sizeof resp - 1 && (n = recv(s, resp + got, sizeof resp - 1 - got, 0)) > 0)
        got += (size_t)n;
    resp[got] = 0;
    close(s);
    char *eol = strstr(resp, "\r\n"), *sep = strstr(resp, "\r\n\r\n");
    if (eol)
        snprintf(status, cap, "%.*s", (int)(eol - resp), resp);
    if (sep)
        snprintf(body, cap, "%s", sep + 4);
    return rc;
}

static void check(int ok, const char *what)
{
    if (!ok) {
        g_fails++;
        printf("FAIL: %s\n", what);
    } else
        printf("ok: %s\n", what);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("libmicrohttpd %s\n", MHD_get_version());
    char status[256], body[256], what[1024];
    for (int pass = 0; pass < 2; pass++) {
        size_t pool = pass ? 1u << 20 : 0; /* libmicrohttpd's default (32 KiB), then 1 MiB */
        struct MHD_Daemon *d = MHD_start_daemon(
            MHD_USE_INTERNAL_POLLING_THREAD, 0, NULL, NULL, on_request, NULL,
            MHD_OPTION_URI_LOG_CALLBACK, on_uri, NULL, MHD_OPTION_CONNECTION_TIMEOUT, 30u,
            MHD_OPTION_CONNECTION_MEMORY_LIMIT, pool ? pool : (size_t)32 * 1024, MHD_OPTION_END);
        const union MHD_DaemonInfo *info =
            d ? MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT) : NULL;
        if (!info) {
            printf("FAIL: cannot start a daemon on 127.0.0.1\n");
            return 1;
        }
        unsigned short port = info->port;
        size_t flood = pass ? 16000 : 500; /* a line of 1 KB, or of 32 KB */
        g_cut = 0;
        if (get(port, 50, status, body, sizeof body) != 0 || strcmp(body, "/x 50") != 0) {
            snprintf(what, sizeof what, "pool %zu KiB: 50 parameters reach the handler: %s %s",
                     (pool ? pool : 32768) / 1024, status, body);
            check(0, what);
        }
        get(port, flood, status, body, sizeof body);
        snprintf(what, sizeof what,
                 "pool %zu KiB, %zu parameters in a line of %zu bytes, not cut: no answer"
                 " (0.9.75's gap, the reason for server/http.c's cut; got \"%s\"%s)",
                 (pool ? pool : 32768) / 1024, flood, 2 * flood + 7, status,
                 status[0] ? ": libmicrohttpd answers these itself now, the cut may go" : "");
        check(status[0] == 0, what);
        g_cut = 1;
        get(port, flood, status, body, sizeof body);
        snprintf(what, sizeof what,
                 "pool %zu KiB, %zu parameters, cut in the URI callback: the handler sees the"
                 " path and no parameter (got \"%s\" \"%s\"%s)",
                 (pool ? pool : 32768) / 1024, flood, status, body,
                 strcmp(body, "/x 0") ? ": the cut no longer reaches libmicrohttpd's parser;"
                                        " server/http.c's 414 for long queries is broken"
                                      : "");
        check(strstr(status, " 200 ") && strcmp(body, "/x 0") == 0, what);
        MHD_stop_daemon(d);
    }
    if (g_fails)
        printf("%d check(s) failed: libmicrohttpd %s does not behave as the server expects (as "
               "0.9.75 did); see"
               " server/http.c (on_uri) and docs/api.md (Query parameters)\n",
               g_fails, MHD_get_version());
    return g_fails ? 1 : 0;
}
