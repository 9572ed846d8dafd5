/* precis serve: options, start-up, signals, shutdown. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "http.h"
#include "serve.h"

static void usage(FILE *f)
{
    fputs("usage: precis serve [--listen ADDR:PORT] [--db FILE] [--token-file FILE] [options]\n"
          "  --listen ADDR:PORT      address to listen on (default 127.0.0.1:8080; localhost is\n"
          "                          127.0.0.1; port 0 picks a free one); an address other\n"
          "                          than loopback needs --token-file\n"
          "  --db FILE               the store (SQLite, WAL; default precis.db; :memory: keeps\n"
          "                          nothing)\n"
          "  --token-file FILE       writes (POST /v1/articles) need 'Authorization: Bearer' with\n"
          "                          the token in FILE (its first line)\n"
          "  --max-body BYTES        largest request body (default 16 MiB; past it 413)\n"
          "  --max-connections N     connections at once (default 256; past it 503)\n"
          "  --timeout SECONDS       idle connections, slow headers and bodies (default 30)\n"
          "  --threads N             worker threads (default: the number of CPUs)\n"
          "  --window DAYS           a story with no article for DAYS of article time closes\n"
          "                          (default 60, as precis cluster: stories run for weeks)\n"
          "  --sync full|normal      fsync every commit (full: survives power loss) or not\n"
          "                          (normal, default: survives the death of the process)\n"
          "  --snapshot-every N      save the story stream's state every N articles (default\n"
          "                          1000; a restart replays the articles stored after it)\n"
          "  --ready-after SECONDS   after a failed write, /readyz says ready again once writes\n"
          "                          have worked that long with none failing (default 10)\n"
          "  --max-digest-memory BYTES\n"
          "                          memory one story's digest may take while it is made\n"
          "                          (default 2 GiB, as precis --max-cluster-memory; past it\n"
          "                          the digest answers 500 digest_failed)\n"
          "  --quiet                 no log lines\n"
          "  --access-log FILE       one line per request appended to FILE ('-': standard\n"
          "                          output): time, client, method, path, status, bytes, ms\n"
          "See docs/api.md and docs/operations.md.\n",
          f);
}

static int parse_listen(const char *s, server_config *c, char *host, size_t hostlen)
{
    const char *colon = strrchr(s, ':');
    if (!colon || colon == s)
        return -1;
    const char *h = s;
    size_t n = (size_t)(colon - s);
    if (h[0] == '[' && n >= 2 && h[n - 1] == ']') { /* [::1]:8080 */
        h++;
        n -= 2;
    }
    if (n >= hostlen)
        return -1;
    memcpy(host, h, n);
    host[n] = 0;
    if (strcasecmp(host, "localhost") == 0) /* the name every system gives 127.0.0.1 */
        strcpy(host, "127.0.0.1");
    char *end;
    long port = strtol(colon + 1, &end, 10);
    if (*end || end == colon + 1 || port < 0 || port > 65535)
        return -1;
    c->listen_host = host;
    c->port = (unsigned short)port;
    return 0;
}

static int is_loopback(const char *host)
{
    return strncmp(host, "127.", 4) == 0 || strcmp(host, "::1") == 0;
}

static char *read_token(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "precis serve: --token-file %s: %s\n", path, strerror(errno));
        return NULL;
    }
    char buf[512];
    char *line = fgets(buf, sizeof buf, f);
    int read_errno = ferror(f) ? errno : 0; /* a directory opens, and fails here */
    fclose(f);
    if (!line) {
        fprintf(stderr, "precis serve: --token-file %s: %s\n", path,
                read_errno ? strerror(read_errno) : "the file is empty");
        return NULL;
    }
    size_t n = strcspn(buf, "\r\n");
    buf[n] = 0;
    if (n < 16) {
        fprintf(stderr,
                "precis serve: --token-file %s: the token must have at least 16"
                " characters\n",
                path);
        return NULL;
    }
    return strdup(buf);
}

static long num_arg(const char *opt, const char *v, long lo, long hi)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || *end || end == v || x < lo || x > hi) {
        fprintf(stderr, "precis serve: %s expects an integer from %ld to %ld, not '%s'\n", opt, lo,
                hi, v);
        return -1;
    }
    return x;
}

int precis_serve_main(int argc, char **argv)
{
    enum {
        O_LISTEN = 256,
        O_DB,
        O_TOKEN,
        O_BODY,
        O_CONN,
        O_TIMEOUT,
        O_THREADS,
        O_WINDOW,
        O_SYNC,
        O_QUIET,
        O_SNAPSHOT,
        O_ACCESS,
        O_READY,
        O_DIGEST_MEMORY
    };
    static const struct option longs[] = {
        {"listen", required_argument, NULL, O_LISTEN},
        {"db", required_argument, NULL, O_DB},
        {"token-file", required_argument, NULL, O_TOKEN},
        {"max-body", required_argument, NULL, O_BODY},
        {"max-connections", required_argument, NULL, O_CONN},
        {"timeout", required_argument, NULL, O_TIMEOUT},
        {"threads", required_argument, NULL, O_THREADS},
        {"window", required_argument, NULL, O_WINDOW},
        {"sync", required_argument, NULL, O_SYNC},
        {"quiet", no_argument, NULL, O_QUIET},
        {"snapshot-every", required_argument, NULL, O_SNAPSHOT},
        {"access-log", required_argument, NULL, O_ACCESS},
        {"ready-after", required_argument, NULL, O_READY},
        {"max-digest-memory", required_argument, NULL, O_DIGEST_MEMORY},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    server sv;
    memset(&sv, 0, sizeof sv);
    char host[256];
    sv.cfg.listen_host = "127.0.0.1";
    sv.cfg.port = 8080;
    sv.cfg.db_path = "precis.db";
    sv.cfg.max_body = 16u << 20;
    sv.cfg.max_connections = 256;
    sv.cfg.timeout_s = 30;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    sv.cfg.threads = ncpu > 0 && ncpu < 64 ? (unsigned)ncpu : 2;
    sv.cfg.snapshot_every = 1000;
    sv.cfg.window_days = 0; /* the library's window, as precis cluster */
    sv.cfg.ready_after_s = 10;
    const char *token_file = NULL, *access_path = NULL;
    int c;
    long v;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
        switch (c) {
        case O_LISTEN:
            if (parse_listen(optarg, &sv.cfg, host, sizeof host) != 0) {
                fprintf(stderr,
                        "precis serve: --listen expects ADDRESS:PORT (e.g. 127.0.0.1:8080),"
                        " not '%s'\n",
                        optarg);
                return 2;
            }
            break;
        case O_DB:
            if (!*optarg) { /* SQLite makes "" a temporary store: nothing kept */
                fputs("precis serve: --db expects a file (or :memory:), not an empty name\n",
                      stderr);
                return 2;
            }
            sv.cfg.db_path = optarg;
            break;
        case O_TOKEN:
            token_file = optarg;
            break;
        case O_BODY:
            if ((v = num_arg("--max-body", optarg, 1024, 1L << 30)) < 0)
                return 2;
            sv.cfg.max_body = (size_t)v;
            break;
        case O_CONN:
            if ((v = num_arg("--max-connections", optarg, 1, 10000)) < 0)
                return 2;
            sv.cfg.max_connections = (unsigned)v;
            break;
        case O_TIMEOUT:
            if ((v = num_arg("--timeout", optarg, 1, 3600)) < 0)
                return 2;
            sv.cfg.timeout_s = (unsigned)v;
            break;
        case O_THREADS:
            if ((v = num_arg("--threads", optarg, 1, 256)) < 0)
                return 2;
            sv.cfg.threads = (unsigned)v;
            break;
        case O_WINDOW:
            if ((v = num_arg("--window", optarg, 1, 3650)) < 0)
                return 2;
            sv.cfg.window_days = (double)v;
            break;
        case O_SYNC:
            if (strcmp(optarg, "full") != 0 && strcmp(optarg, "normal") != 0) {
                fprintf(stderr, "precis serve: --sync expects full or normal, not '%s'\n", optarg);
                return 2;
            }
            sv.cfg.sync_full = optarg[0] == 'f';
            break;
        case O_QUIET:
            sv.cfg.quiet = 1;
            break;
        case O_SNAPSHOT:
            if ((v = num_arg("--snapshot-every", optarg, 1, 10000000)) < 0)
                return 2;
            sv.cfg.snapshot_every = (unsigned)v;
            break;
        case O_ACCESS:
            access_path = optarg;
            break;
        case O_READY:
            if ((v = num_arg("--ready-after", optarg, 0, 3600)) < 0)
                return 2;
            sv.cfg.ready_after_s = (double)v;
            break;
        case O_DIGEST_MEMORY: /* from 64 KiB: below it no digest fits */
            if ((v = num_arg("--max-digest-memory", optarg, 65536, LONG_MAX)) < 0)
                return 2;
            sv.cfg.max_digest_memory = (size_t)v;
            break;
        case 'h': /* help on /dev/full: said, exit 1 (as the other failures to start) */
            usage(stdout);
            if (fflush(stdout) || ferror(stdout)) {
                fprintf(stderr, "precis serve: error writing output: %s\n", strerror(errno));
                return 1;
            }
            return 0;
        default:
            fprintf(stderr, "precis serve: unknown option '%s'\n", argv[optind - 1]);
            usage(stderr);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "precis serve: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    /* From here every start-up error goes to `out`, which undoes what was
     * made, in the reverse order, and says nothing more (each error was
     * said where it happened). */
    int status = 2, locks = 0;
    char err[8192]; /* a path, SQLite's reason and what to do */
    void *d = NULL;
    sigset_t stop_set;
    sigemptyset(&stop_set);
    sigaddset(&stop_set, SIGTERM);
    sigaddset(&stop_set, SIGINT);
    if (token_file && !(sv.cfg.token = read_token(token_file)))
        goto out;
    if (!is_loopback(sv.cfg.listen_host) && !sv.cfg.token) {
        fprintf(stderr,
                "precis serve: refusing to listen on %s without --token-file: anyone who"
                " can reach it could write to the store\n",
                sv.cfg.listen_host);
        goto out;
    }
    if (access_path) {
        /* appended to, line-buffered: each request's line is written whole
         * as it ends (stdio locks the stream per call across threads) */
        sv.cfg.access_log = strcmp(access_path, "-") == 0 ? stdout : fopen(access_path, "a");
        if (!sv.cfg.access_log) {
            fprintf(stderr, "precis serve: --access-log %s: %s\n", access_path, strerror(errno));
            goto out;
        }
        setvbuf(sv.cfg.access_log, NULL, _IOLBF, 0);
    }
    status = 1; /* the options were good: what fails now is the system */
    sv.started = now_seconds();
    sv.db = store_open(sv.cfg.db_path, sv.cfg.sync_full, err, sizeof err);
    if (!sv.db) {
        fprintf(stderr, "precis serve: cannot open the store %s\n", err);
        goto out;
    }
    /* SIGTERM and SIGINT are blocked in every thread (the ones started
     * below inherit the mask) and taken by sigwait in this one.  A handler
     * that set a flag, tested before pause(), lost the signal when it came
     * between the test and the pause, or ran in another thread; the server
     * then ignored the stop (test_serve_api: 6 of 36 stops right after
     * start-up). */
    pthread_sigmask(SIG_BLOCK, &stop_set, NULL);
    pthread_mutex_init(&sv.stream_lock, NULL);
    pthread_mutex_init(&sv.health_lock, NULL);
    locks = 1;
    if (ingest_open(&sv, err, sizeof err) != 0) {
        fprintf(stderr, "precis serve: %s\n", err);
        goto out;
    }
    signal(SIGPIPE, SIG_IGN);
    /* a file-size limit (ulimit -f, systemd's LimitFSIZE=) makes a write
     * fail, answered 503 like a full disk, instead of killing the server */
    signal(SIGXFSZ, SIG_IGN);
    d = http_start(&sv, err, sizeof err);
    if (!d) {
        fprintf(stderr, "precis serve: %s\n", err);
        goto out;
    }
    /* The one line a supervisor or a test reads to know where to connect. */
    printf("precis serve: listening on http://%s%s%s:%u/ (store %s, %lld articles)\n",
           strchr(sv.cfg.listen_host, ':') ? "[" : "", sv.cfg.listen_host,
           strchr(sv.cfg.listen_host, ':') ? "]" : "", sv.cfg.port, sv.cfg.db_path,
           (long long)store_article_count(sv.db));
    fflush(stdout);
    int sig = 0;
    while (sigwait(&stop_set, &sig) != 0)
        ;
    if (!sv.cfg.quiet)
        fputs("precis serve: stopping: finishing the requests in flight\n", stderr);
    http_stop(d, 10.0);
    /* a stop that could not finish its work says so and exits 1: the
     * operator must not take the database file alone for a backup */
    char e1[512] = "", e2[512] = "";
    int failed = ingest_close(&sv, e1, sizeof e1) != 0;
    failed |= store_close(sv.db, e2, sizeof e2) != 0;
    sv.db = NULL;
    if (e1[0])
        fprintf(stderr, "precis serve: %s: %s\n", sv.cfg.db_path, e1);
    if (e2[0])
        fprintf(stderr, "precis serve: %s: %s\n", sv.cfg.db_path, e2);
    if (failed)
        fputs("precis serve: stopped; the store is closed, but not complete in one file\n", stderr);
    else if (!sv.cfg.quiet)
        fputs("precis serve: stopped; the store is closed\n", stderr);
    status = failed;
out:
    /* a start that failed after the stream was rebuilt saves its snapshot
     * as a stop does (the replay need not be done again) */
    if (!d && locks)
        ingest_close(&sv, err, sizeof err);
    store_close(sv.db, NULL, 0);
    if (locks) {
        pthread_mutex_destroy(&sv.stream_lock);
        pthread_mutex_destroy(&sv.health_lock);
    }
    digest_cache_clear();
    free(sv.cfg.token);
    if (sv.cfg.access_log && sv.cfg.access_log != stdout)
        fclose(sv.cfg.access_log);
    return status;
}
