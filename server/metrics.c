/* Prometheus text exposition (version 0.0.4) of the server's counters:
 * requests by route and status, a latency histogram, digests made and
 * cached, the store's articles, stories and bytes, and whether it takes
 * writes (health.c).  Routes are a fixed set of names (never the
 * raw path), so the number of series is bounded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

#define MAX_SERIES 128
static const double BUCKETS[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                 0.25,  0.5,    1,     2.5,  5,     10};
#define NBUCKETS (sizeof BUCKETS / sizeof BUCKETS[0])

static struct {
    pthread_mutex_t lock;
    struct {
        const char *route;
        unsigned status;
        unsigned long long n;
    } series[MAX_SERIES];
    size_t nseries;
    unsigned long long digests[2][2]; /* [all][made] */
    unsigned long long bucket[NBUCKETS + 1];
    double sum;
    unsigned long long count;
} M = {.lock = PTHREAD_MUTEX_INITIALIZER};

void metrics_record(const char *route, unsigned status, double seconds)
{
    pthread_mutex_lock(&M.lock);
    size_t i;
    for (i = 0; i < M.nseries; i++)
        if (M.series[i].status == status && strcmp(M.series[i].route, route) == 0)
            break;
    if (i == M.nseries && M.nseries < MAX_SERIES) {
        M.series[i].route = route;
        M.series[i].status = status;
        M.series[i].n = 0;
        M.nseries++;
    }
    if (i < M.nseries)
        M.series[i].n++;
    size_t b = 0;
    while (b < NBUCKETS && seconds > BUCKETS[b])
        b++;
    M.bucket[b]++;
    M.sum += seconds;
    M.count++;
    pthread_mutex_unlock(&M.lock);
}

void metrics_digest(int all, int made)
{
    pthread_mutex_lock(&M.lock);
    M.digests[all != 0][made != 0]++;
    pthread_mutex_unlock(&M.lock);
}

char *metrics_render(server *sv, size_t *len)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (!f)
        return NULL;
    pthread_mutex_lock(&M.lock);
    fputs("# HELP precis_http_requests_total HTTP requests answered, by route and status.\n"
          "# TYPE precis_http_requests_total counter\n",
          f);
    for (size_t i = 0; i < M.nseries; i++)
        fprintf(f, "precis_http_requests_total{route=\"%s\",status=\"%u\"} %llu\n",
                M.series[i].route, M.series[i].status, M.series[i].n);
    fputs("# HELP precis_http_request_duration_seconds Time from request to answer.\n"
          "# TYPE precis_http_request_duration_seconds histogram\n",
          f);
    unsigned long long cum = 0;
    for (size_t b = 0; b < NBUCKETS; b++) {
        cum += M.bucket[b];
        fprintf(f, "precis_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n", BUCKETS[b],
                cum);
    }
    cum += M.bucket[NBUCKETS];
    fprintf(f, "precis_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n", cum);
    fprintf(f, "precis_http_request_duration_seconds_sum %.6f\n", M.sum);
    fprintf(f, "precis_http_request_duration_seconds_count %llu\n", M.count);
    fputs("# HELP precis_digests_total Stories' digests answered, by kind (bounded, or all:"
          " ?digest=all) and source (made for the request, or cached).\n"
          "# TYPE precis_digests_total counter\n",
          f);
    for (int all = 0; all < 2; all++)
        for (int made = 0; made < 2; made++)
            fprintf(f, "precis_digests_total{kind=\"%s\",source=\"%s\"} %llu\n",
                    all ? "all" : "bounded", made ? "made" : "cached", M.digests[all][made]);
    pthread_mutex_unlock(&M.lock);
    fprintf(f,
            "# HELP precis_articles Articles in the store.\n# TYPE precis_articles gauge\n"
            "precis_articles %lld\n",
            (long long)store_article_count(sv->db));
    fprintf(f,
            "# HELP precis_stories Stories in the store.\n# TYPE precis_stories gauge\n"
            "precis_stories %lld\n",
            (long long)store_story_count(sv->db));
    pthread_mutex_lock(&sv->stream_lock);
    size_t open = sv->stream ? precis_stream_open_count(sv->stream) : 0;
    pthread_mutex_unlock(&sv->stream_lock);
    fprintf(f,
            "# HELP precis_open_stories Stories still taking articles.\n"
            "# TYPE precis_open_stories gauge\nprecis_open_stories %zu\n",
            open);
    fprintf(f,
            "# HELP precis_store_bytes Size of the store's database file.\n"
            "# TYPE precis_store_bytes gauge\nprecis_store_bytes %lld\n",
            (long long)store_bytes(sv->db));
    health_metrics(sv, f);
    fprintf(f,
            "# HELP precis_uptime_seconds Seconds since the server started.\n"
            "# TYPE precis_uptime_seconds gauge\nprecis_uptime_seconds %.3f\n",
            now_seconds() - sv->started);
    if (fclose(f) != 0) {
        free(out);
        return NULL;
    }
    *len = n;
    return out;
}
