/* Whether the server takes writes, for an operator's balancer and monitor.
 *
 * After a write that failed (a full or failing disk), the server goes on
 * answering reads but refuses articles until a write works again (ingest.c
 * rebuilds the story stream from the store first).  /healthz stays the
 * liveness answer (200 while the process answers; its body says
 * "degraded" and why), /readyz is the readiness answer (503 while writes
 * are refused, naming the error and since when), and /metrics has a gauge.
 *
 * A balancer that stops sending to a server that is not ready would send
 * it no write to find out that the disk mended: so /readyz, while writes
 * are refused, tries them again itself (ingest_probe: the stream rebuilt,
 * a one-row write committed), at most once a second whatever the number
 * of probes.
 *
 * Hysteresis: a write that fails ends readiness at once (it cannot be told
 * from the first of a full or dead disk's, and its client was answered 503
 * anyway), but writes that work (that probe, or articles) restore it only
 * once they have worked for --ready-after seconds (default 10) with none
 * failing, and the store's file system has room for the largest request
 * taken, twice (--max-body: its article in the write-ahead log, then in
 * the database).  The first write that works after a failure starts the
 * clock, a failed one stops it, and a write that works once it has run
 * that long says ready.  So readiness comes back at most once per
 * --ready-after after a failure: on a disk that fails a write now and then
 * (more often than that) the server stays out of a balancer's rotation
 * instead of coming and going at each write (before session 28 one write
 * that worked made it ready; tests/e2e/test_serve_ready_flaky.py).  On a
 * disk full but for a few pages the one-row probe commits while articles
 * do not; without the room rule /readyz said ready after each probe and
 * not ready after each article, a balancer sending writes to a server
 * that refuses them one time in two (tests/e2e/test_serve_ready_full.py). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <time.h>

#include "http.h"

#define PROBE_EVERY 1.0 /* seconds between two retries of /readyz */

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void health_write_failed(server *sv, const char *why, int counted)
{
    pthread_mutex_lock(&sv->health_lock);
    if (!sv->refusing) {
        sv->refusing = 1;
        sv->refusing_since = now_seconds();
    }
    sv->ok_since = 0;
    snprintf(sv->refusing_why, sizeof sv->refusing_why, "%s", why && *why ? why : "unknown error");
    if (counted)
        sv->write_failures++;
    pthread_mutex_unlock(&sv->health_lock);
}

/* 1 when the store's file system has the room to take writes again (or
 * when that cannot be known: a store in memory, a file system that does not
 * say), else 0 with the reason in why. */
static int has_room(const server *sv, char *why, size_t len)
{
    struct statvfs fs;
    if (strcmp(sv->cfg.db_path, ":memory:") == 0 || statvfs(sv->cfg.db_path, &fs) != 0)
        return 1;
    unsigned long long have = (unsigned long long)fs.f_bavail * fs.f_frsize;
    unsigned long long need = 2ull * sv->cfg.max_body;
    if (have >= need)
        return 1;
    snprintf(why, len,
             "the store's file system has %llu bytes free; writes are taken again from %llu"
             " (twice --max-body)",
             have, need);
    return 0;
}

void health_write_ok(server *sv)
{
    pthread_mutex_lock(&sv->health_lock);
    if (sv->refusing) {
        double now = mono_now();
        if (sv->ok_since == 0)
            sv->ok_since = now;
        if (now - sv->ok_since < sv->cfg.ready_after_s ||
            !has_room(sv, sv->refusing_why, sizeof sv->refusing_why)) {
            pthread_mutex_unlock(&sv->health_lock);
            return;
        }
    }
    int was = sv->refusing;
    double since = sv->refusing_since;
    sv->refusing = 0;
    sv->refusing_since = 0;
    sv->refusing_why[0] = 0;
    sv->ok_since = 0;
    pthread_mutex_unlock(&sv->health_lock);
    if (was && !sv->cfg.quiet)
        fprintf(stderr, "precis serve: the store takes writes again (refused for %.1f s)\n",
                now_seconds() - since);
}

/* A copy of the state, taken under the lock. */
typedef struct health {
    int refusing;
    double since;
    char why[256];
    unsigned long long failures;
    double ok_for; /* seconds writes have worked since the last failure; -1: none has */
    double ready_after;
} health;

static health health_get(server *sv)
{
    health h;
    pthread_mutex_lock(&sv->health_lock);
    h.refusing = sv->refusing;
    h.since = sv->refusing_since;
    memcpy(h.why, sv->refusing_why, sizeof h.why);
    h.failures = sv->write_failures;
    h.ok_for = sv->ok_since > 0 ? mono_now() - sv->ok_since : -1;
    h.ready_after = sv->cfg.ready_after_s;
    pthread_mutex_unlock(&sv->health_lock);
    return h;
}

/* {"status": ..., "writes": ..., "error": ..., "since": ...} for a server
 * not ready (from a failed write to the end of the wait); answered with
 * `status`. */
static void refusing_answer(answer *out, unsigned status, const char *word, const health *h)
{
    char since[32];
    iso_time(h->since, since, sizeof since);
    json_t *o = json_object();
    json_object_set_new(o, "status", json_string(word));
    /* "taken" once a write has worked since the last failure: the wait of
     * --ready-after, in which an article is stored (committed, kept
     * through a crash) and answered 201 */
    json_object_set_new(o, "writes", json_string(h->ok_for >= 0 ? "taken" : "refused"));
    json_object_set_new(o, "error", json_string(h->why));
    json_object_set_new(o, "since", json_string(since));
    json_object_set_new(o, "failures", json_integer((json_int_t)h->failures));
    json_object_set_new(o, "writes_working_for",
                        h->ok_for >= 0 ? json_real((double)(long long)(h->ok_for * 10) / 10)
                                       : json_null());
    json_object_set_new(o, "ready_after", json_real(h->ready_after));
    json_answer(out, status, o);
}

void health_live(server *sv, answer *out)
{
    health h = health_get(sv);
    if (h.refusing)
        refusing_answer(out, 200, "degraded", &h);
    else
        answer_take(out, 200, "application/json", strdup("{\"status\": \"ok\"}\n"), 17);
}

void health_ready(server *sv, answer *out)
{
    health h = health_get(sv);
    if (h.refusing) {
        int retry = 0;
        pthread_mutex_lock(&sv->health_lock);
        double now = mono_now();
        if (now - sv->probed >= PROBE_EVERY) {
            sv->probed = now;
            retry = 1;
        }
        pthread_mutex_unlock(&sv->health_lock);
        char err[256];
        if (retry)
            ingest_probe(sv, err, sizeof err);
        h = health_get(sv);
    }
    if (h.refusing)
        refusing_answer(out, 503, "not_ready", &h);
    else
        answer_take(out, 200, "application/json", strdup("{\"status\": \"ready\"}\n"), 20);
}

void health_metrics(server *sv, FILE *f)
{
    health h = health_get(sv);
    fprintf(f,
            "# HELP precis_writes_refused 1 from a failed write until a write works, else 0.\n"
            "# TYPE precis_writes_refused gauge\nprecis_writes_refused %d\n",
            h.refusing && h.ok_for < 0);
    fprintf(f,
            "# HELP precis_ready 0 from a failed write until writes have worked for"
            " --ready-after seconds (as /readyz), else 1.\n"
            "# TYPE precis_ready gauge\nprecis_ready %d\n",
            !h.refusing);
    fprintf(f,
            "# HELP precis_writes_refused_since_seconds When writes began to be refused (Unix"
            " time), 0 while they are taken.\n"
            "# TYPE precis_writes_refused_since_seconds gauge\n"
            "precis_writes_refused_since_seconds %.3f\n",
            h.refusing ? h.since : 0.0);
    fprintf(f,
            "# HELP precis_write_failures_total Writes answered 503 store_failed (nothing"
            " stored).\n# TYPE precis_write_failures_total counter\n"
            "precis_write_failures_total %llu\n",
            h.failures);
}
