/* precis serve: the pieces of the HTTP front end and how they meet.
 *
 *   serve.c    options, start-up, signals, shutdown
 *   http.c     libmicrohttpd glue: bodies, limits, auth, answers
 *   request.c  routes and form fields, without a connection (fuzzed)
 *   api.c      the JSON API (/v1/...)
 *   pages.c    the web page (/, /stories/N, /new) and its style sheet
 *   ingest.c   articles in: extraction, story assignment, the store, the
 *              stream's snapshot
 *   metrics.c  Prometheus counters
 *   health.c   /healthz and /readyz: whether the store takes writes
 *   cache.c    the whole digests (?digest=all) last asked, in memory
 *   store.c    SQLite
 *
 * Like the CLI, the server uses only include/precis.h of the library. */
#ifndef PRECIS_SERVER_H
#define PRECIS_SERVER_H
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "precis.h"
#include <stdio.h>

#include "store.h"

typedef struct server_config {
    const char *listen_host; /* "127.0.0.1" */
    unsigned short port;
    const char *db_path;
    char *token;     /* NULL: no auth (loopback only) */
    size_t max_body; /* bytes; past it 413 */
    unsigned max_connections;
    unsigned timeout_s; /* idle connection timeout */
    unsigned threads;
    int sync_full;
    unsigned snapshot_every;  /* articles between stream snapshots */
    double window_days;       /* story idle window (article time) */
    double ready_after_s;     /* writes working that long before /readyz says ready again */
    size_t max_digest_memory; /* bytes one digest may hold while it is made (the
                               * library's max_cluster_memory); 0: the library's */
    int quiet;
    FILE *access_log; /* one line per request (--access-log), or NULL */
} server_config;

typedef struct server server;

/* ---- ingest.c: the story stream and the store together ---------------- */

/* Opens the stream from the store's snapshot and replays the articles
 * stored after it.  0, or -1 with a message in err. */
int ingest_open(server *sv, char *err, size_t errlen);
/* Saves the last snapshot and frees the stream: -1 with the reason in err
 * when the snapshot could not be saved. */
int ingest_close(server *sv, char *err, size_t errlen);

/* One article to ingest (strings NUL-terminated, may be NULL but text). */
typedef struct ingest_item {
    char *id;
    char *text;
    size_t text_len;
    char *title, *source, *date, *url;
    /* results */
    int64_t story;
    int64_t merged; /* a story merged into `story` by this article (0: none) */
    int duplicate;
} ingest_item;

/* Assigns every item to a story and stores them all in one transaction;
 * fills story/duplicate.  0 when all are stored (and durable as configured);
 * -1 with a message (nothing stored). */
int ingest_items(server *sv, ingest_item *items, size_t n, char *err, size_t errlen);

/* The digest of a story as JSON and HTML, computed when the story changed
 * since the last time and cached in the store; with `all`, every item of
 * every section (precis_options.digest_items SIZE_MAX), cached in memory
 * (cache.c) under the same key, the story's version.  1 found, 0 no such
 * story, -1 the store failed (store_error says why), -2 the digest could
 * not be made (*why, when not NULL, says why: the library's status, or
 * PRECIS_ENOMEM).  With `headline` not NULL, *headline is
 * the headline that goes with this digest (its lead sentence, cut as the story's row keeps it), or
 * NULL when it has none: an article arriving while a digest is made changes
 * the story's row, but not what was made.  Caller frees them all. */
int story_digest(server *sv, int64_t id, int all, char **json, char **html, char **headline,
                 precis_status *why);

/* Why story_digest answered -2, for a person: the library's status, and
 * for a limit, the memory one digest may take (--max-digest-memory).
 * Written into buf; returns buf. */
const char *digest_failure(const server *sv, precis_status why, char *buf, size_t len);
/* The near copies of a document a digest lists (the number of source
 * markers it shows); `more_copies` counts the others. */
#define DIGEST_COPIES 12
/* Cuts each document's list of near copies in a digest (a parsed `precis
 * digest -f json` object) as the API answers it (api.c), adding to its
 * `more_copies` what `skipped` (may be NULL) says of the document's id and
 * of each of its copies' (the exact copies not given to the library). */
struct json_t;
void digest_bound(struct json_t *digest, size_t (*skipped)(void *ctx, const char *id), void *ctx);

/* Tries the store's writes again after a failure, without an article:
 * rebuilds the story stream when it is gone, then commits a one-row write
 * (store_write_probe).  0 when both worked (health_write_ok is called), or
 * -1 with the reason in err. */
int ingest_probe(server *sv, char *err, size_t errlen);

/* ---- health.c: whether writes are taken ----------------------------------- */

/* A write failed (nothing stored): the server refuses writes from now until
 * one succeeds.  `why` is the reason answered to the client; `counted` 0
 * for a retry of the readiness probe (not a client's write). */
void health_write_failed(server *sv, const char *why, int counted);
/* A write was committed: writes are taken (again), but after a failure
 * only once the store's file system has room for two of the largest
 * bodies taken (health.c says why). */
void health_write_ok(server *sv);
/* Writes metrics' lines on the health (gauges and a counter) to f. */
void health_metrics(server *sv, FILE *f);

/* ---- cache.c: the whole digests last asked, in memory --------------------- */

/* The whole digest of story `id` made at `version`: 1 with malloc'd copies
 * (headline NULL when it has none; `headline` may be NULL), 0 when none is
 * kept for this version, -1 out of memory. */
int digest_cache_get(int64_t id, int64_t version, char **json, char **html, char **headline);
/* Keeps copies of a whole digest made at `version` (the caller checked that
 * the story is still at it), dropping the least recently used when full;
 * one too large, or out of memory, is not kept.  `headline` may be NULL. */
void digest_cache_put(int64_t id, int64_t version, const char *json, const char *html,
                      const char *headline);
/* Frees every entry (at the stop). */
void digest_cache_clear(void);

/* ---- metrics.c ---------------------------------------------------------- */

void metrics_record(const char *route, unsigned status, double seconds);
/* A story's digest was answered: `all` (whole) or bounded, `made` 1 when
 * it was computed for it, 0 when it came from a cache. */
void metrics_digest(int all, int made);
/* Renders the Prometheus text page (malloc'd). */
char *metrics_render(server *sv, size_t *len);

/* ---- the server's state ------------------------------------------------- */

struct server {
    server_config cfg;
    store *db;
    void *stream; /* precis_stream */
    pthread_mutex_t stream_lock;
    int64_t since_snapshot;
    double started;
    /* health.c: from a failed write to the next one that works */
    pthread_mutex_t health_lock;
    int refusing;                      /* writes are refused (the last one failed) */
    double refusing_since;             /* wall time of the first failure of this run */
    char refusing_why[256];            /* the last failure's reason */
    unsigned long long write_failures; /* ever */
    double probed;                     /* monotonic time of /readyz's last retry */
    double ok_since; /* monotonic time of the first write that worked since the last failure */
};

double now_seconds(void);

#endif
