/* The synthetic feed of bench/stories_speed.sh, made on the fly and
 * clustered in the same process: Multi-News stories repeated and shifted in
 * time, articles of about 500 words, PER_DAY articles a day.  Prints, at
 * each checkpoint, the articles per second of CPU time since the previous
 * one, the peak and current resident memory and the open stories; only the
 * library calls are timed.  With --dump N it writes the first N articles
 * as JSON Lines instead (for the Python peer of the benchmark).
 *
 * usage: precis-stream-bench VAL.jsonl.gz ARTICLES [CHECKPOINT...]
 *        precis-stream-bench VAL.jsonl.gz --dump N > feed.jsonl */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "precis.h"

#define PER_DAY 2000
#define WORDS 500

typedef struct story {
    char **docs; /* the cluster's documents */
    size_t ndocs;
} story;

static story *stories;
static size_t nstories;

static void load(const char *path)
{
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "precis-stream-bench: cannot open %s\n", path);
        exit(1);
    }
    size_t cap = 0, len = 0;
    char *line = NULL, chunk[1 << 16];
    size_t scap = 0;
    for (;;) {
        int end = !gzgets(f, chunk, sizeof chunk);
        size_t n = end ? 0 : strlen(chunk);
        if (len + n + 1 > cap && !(line = realloc(line, cap = 2 * (len + n + 1))))
            exit(1);
        memcpy(line + len, chunk, n);
        len += n;
        line[len] = 0;
        if (!end && (n == 0 || chunk[n - 1] != '\n'))
            continue;
        if (len > 1) {
            json_t *root = json_loads(line, 0, NULL);
            json_t *d = json_object_get(root, "documents");
            story st = {NULL, 0};
            size_t i;
            json_t *v;
            json_array_foreach(d, i, v)
            {
                if (json_is_string(v) && json_string_length(v) > 200) {
                    st.docs = realloc(st.docs, (st.ndocs + 1) * sizeof *st.docs);
                    st.docs[st.ndocs++] = strdup(json_string_value(v));
                }
            }
            json_decref(root);
            if (st.ndocs >= 2) {
                if (nstories == scap)
                    stories = realloc(stories, (scap = scap ? 2 * scap : 1024) * sizeof *stories);
                stories[nstories++] = st;
            } else {
                for (size_t k = 0; k < st.ndocs; k++)
                    free(st.docs[k]);
                free(st.docs);
            }
        }
        len = 0;
        if (end)
            break;
    }
    free(line);
    gzclose(f);
}

/* Article k of the feed: story k / 3 (each story has three articles, the
 * first on its day, the others within two days), its text about WORDS
 * words from its documents starting at document k % 3.  The r-th repeat of
 * a Multi-News story (r > 0) has the words of four letters or more
 * suffixed with a code of r, so that it is a new story with a vocabulary of
 * its own (new names, as a real feed keeps bringing) and not more copies
 * of the first one. */
static size_t make(size_t k, char *buf, size_t cap, char *id, char *date, size_t *sid)
{
    size_t s = k / 3, j = k % 3, r = s / nstories;
    const story *st = &stories[s % nstories];
    char code[16];
    size_t ncode = 0;
    for (size_t x = r; x; x /= 19)
        code[ncode++] = "bcdfghjklmnpqrstvwz"[x % 19];
    size_t len = 0, words = 0, run = 0;
    for (size_t d = j; words < WORDS && d < j + 4 * st->ndocs; d++) {
        const char *t = st->docs[d % st->ndocs];
        for (const char *p = t; *p && words < WORDS && len + ncode + 2 < cap; p++) {
            int letter = (*p | 0x20) >= 'a' && (*p | 0x20) <= 'z';
            if (!letter && run >= 4) {
                memcpy(buf + len, code, ncode);
                len += ncode;
            }
            run = letter ? run + 1 : 0;
            if (*p == ' ' && p > t && p[-1] != ' ')
                words++;
            buf[len++] = *p;
        }
        buf[len++] = '\n';
    }
    buf[len] = 0;
    /* days: a story every 3 / PER_DAY days, its articles 0, 1, 2 days on */
    long day = (long)(k / PER_DAY) + (long)j;
    time_t t = (time_t)(1420070400 + day * 86400 + (long)(k % PER_DAY) * 40);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(id, 32, "a%zu", k);
    *sid = s;
    return len;
}

static long rss_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, field, n))
            v = atol(line + n + 1);
    if (f)
        fclose(f);
    return v;
}

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: precis-stream-bench VAL.jsonl.gz ARTICLES [CHECKPOINT...]\n"
                        "       precis-stream-bench VAL.jsonl.gz --dump N\n");
        return 2;
    }
    load(argv[1]);
    if (!nstories)
        return 1;
    static char buf[1 << 16];
    char id[32], date[32];
    size_t sid;
    if (!strcmp(argv[2], "--dump")) {
        size_t n = argc > 3 ? strtoul(argv[3], NULL, 10) : 10000;
        for (size_t k = 0; k < n; k++) {
            size_t len = make(k, buf, sizeof buf, id, date, &sid);
            json_t *o = json_pack("{s:s, s:s%, s:s, s:s}", "id", id, "text", buf, len, "date",
                                  date, "cluster", "");
            json_object_set_new(o, "cluster", json_sprintf("s%zu", sid));
            char *s = json_dumps(o, JSON_COMPACT);
            puts(s);
            free(s);
            json_decref(o);
        }
        return 0;
    }
    size_t total = strtoul(argv[2], NULL, 10);
    precis_stream *s;
    if (precis_stream_new(NULL, NULL, &s))
        return 1;
    printf("%10s %12s %12s %10s %10s %8s\n", "articles", "articles/s", "us/article",
           "rss MB", "peak MB", "open");
    double cpu = 0, seg = 0;
    size_t last = 0, words = 0;
    int cp = 3;
    for (size_t k = 0; k < total; k++) {
        size_t len = make(k, buf, sizeof buf, id, date, &sid);
        (void)len;
        for (size_t i = 0; i < len; i++)
            words += buf[i] == ' ';
        precis_article a = {id, buf, len, 0, NULL, date, "bench", NULL};
        double t0 = cpu_seconds();
        precis_assignment as;
        if (precis_stream_add(s, &a, &as, NULL) || precis_stream_close_idle(s, NULL, NULL, NULL))
            return 1;
        double dt = cpu_seconds() - t0;
        cpu += dt;
        seg += dt;
        int at_cp = k + 1 == total;
        for (int c = 3; c < argc; c++)
            at_cp |= strtoul(argv[c], NULL, 10) == k + 1;
        if (at_cp) {
            printf("%10zu %12.0f %12.2f %10.1f %10.1f %8zu\n", k + 1, (double)(k + 1 - last) / seg,
                   seg * 1e6 / (double)(k + 1 - last), (double)rss_kb("VmRSS:") / 1024,
                   (double)rss_kb("VmHWM:") / 1024, precis_stream_open_count(s));
            fflush(stdout);
            last = k + 1;
            seg = 0;
            cp++;
        }
    }
    printf("total: %zu articles (%.0f words each on average) in %.2f s of CPU: %.0f articles/s\n",
           total, (double)words / (double)total, cpu, (double)total / cpu);
    precis_stream_free(s);
    return 0;
}
