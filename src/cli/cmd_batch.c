/* precis batch: JSON Lines clusters in, one JSON line out per line in.
 * Lines are read in blocks; N worker threads summarize a block's lines and
 * the main thread writes the results in input order, so memory stays flat
 * in the number of clusters. */
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define BLOCK_PER_JOB 64
#define MAX_JOBS 256

typedef struct job {
    char *line; /* NULL when the line was over --max-line-bytes */
    size_t len;
    size_t lineno;
    size_t offset; /* byte offset of the line in the input */
    char *out;     /* the output line (malloc), or NULL */
    char *error;   /* error message (malloc), or NULL */
} job;

typedef struct pool {
    job *jobs;
    size_t njobs;
    atomic_size_t next;
    const precis_options *o;
} pool;

static char *dup_msg(const char *fmt, size_t a, const char *b)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, fmt, a, b);
    return strdup(tmp);
}

static void run_one(job *j, const precis_options *o)
{
    precis_cluster *c = NULL;
    char *id = NULL;
    precis_error err;
    if (!j->line) {
        char tmp[512];
        snprintf(tmp, sizeof tmp,
                 "line %zu (byte %zu): line of %zu bytes refused: longer than "
                 "%zu bytes (--max-line-bytes)",
                 j->lineno, j->offset, j->len, o->max_line_bytes);
        j->error = strdup(tmp);
        return;
    }
    /* Skip blank lines silently (common at the end of files). */
    size_t k = 0;
    while (k < j->len && (j->line[k] == ' ' || j->line[k] == '\t' || j->line[k] == '\r'))
        k++;
    if (k == j->len)
        return;
    precis_status st = precis_cluster_from_json(j->line, j->len, o, NULL, &c, &id, &err);
    if (st) {
        if (st == PRECIS_EPARSE || st == PRECIS_ELIMIT)
            j->error = dup_msg("line %zu: %s", j->lineno, err.message);
        else
            j->error = dup_msg("line %zu: %s", j->lineno, precis_strerror(st));
        return;
    }
    precis_summary *s = NULL;
    st = precis_summarize(c, o, &s);
    if (st) {
        j->error = dup_msg("line %zu: %s", j->lineno, precis_strerror(st));
        precis_cluster_free(c);
        precis_free(id);
        return;
    }
    if (precis_summary_render_line(s, id, &j->out, NULL))
        j->error = dup_msg("line %zu: %s", j->lineno, "out of memory");
    precis_summary_free(s);
    precis_cluster_free(c);
    precis_free(id);
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->njobs)
            break;
        run_one(&p->jobs[i], p->o);
    }
    return NULL;
}

/* Reads one line, without its '\n', into a new buffer of at most `limit`
 * bytes.  Returns 1 for a line, 0 at the end of the input, -1 when out of
 * memory.  A longer line is read to its end but not kept: *out is NULL and
 * *len its full length. */
/* Input buffered in blocks: lines are found with memchr rather than byte by
 * byte.  Embedded NUL bytes are kept (the JSON parser reports them). */
typedef struct reader {
    FILE *f;
    char buf[1 << 16];
    size_t pos, end;
    int eof;
} reader;

static int refill(reader *r)
{
    if (r->eof)
        return 0;
    r->pos = 0;
    r->end = fread(r->buf, 1, sizeof r->buf, r->f);
    if (r->end == 0)
        r->eof = 1;
    return r->end > 0;
}

static int read_line(reader *r, size_t limit, char **out, size_t *len)
{
    size_t cap = 256, n = 0, total = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    int newline = 0;
    for (;;) {
        if (r->pos == r->end && !refill(r))
            break;
        const char *start = r->buf + r->pos;
        size_t avail = r->end - r->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        r->pos += take + (nl != NULL);
        total += take;
        if (buf && n + take > limit) {
            free(buf); /* over the limit: skip to the end of the line */
            buf = NULL;
        }
        if (buf) {
            if (n + take + 1 > cap) {
                size_t ncap = cap;
                while (ncap < n + take + 1)
                    ncap *= 2;
                char *p = realloc(buf, ncap);
                if (!p) {
                    free(buf);
                    return -1;
                }
                buf = p;
                cap = ncap;
            }
            memcpy(buf + n, start, take);
            n += take;
        }
        if (nl) {
            newline = 1;
            break;
        }
    }
    if (!newline && total == 0) {
        free(buf);
        return 0;
    }
    if (buf)
        buf[n] = '\0';
    *out = buf;
    *len = total;
    return 1;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int cmd_batch(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_COMMON_LONG, {"jobs", required_argument, NULL, 'j'}, {NULL, 0, NULL, 0}};
    precis_options o;
    precis_options_init(&o);
    long jobs = 1;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, CLI_COMMON_SHORT "j:", longopts, NULL)) != -1) {
        int r = cli_common_option(opt, optarg, &o, NULL);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (opt == 'j') {
            char *end;
            jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > MAX_JOBS) {
                fprintf(stderr, "precis: --jobs expects 1..%d, got '%s'\n", MAX_JOBS, optarg);
                return EXIT_USAGE;
            }
            continue;
        }
        if (opt == OPT_LIST_METHODS) {
            cli_list_methods(stdout);
            return EXIT_OK;
        }
        FILE *out = opt == 'h' ? stdout : stderr;
        fputs(
            "usage: precis batch [options] < clusters.jsonl\n"
            "Each input line {\"id\": ..., \"documents\": [\"...\", ...]} gives one output\n"
            "line {\"id\": ..., \"summary\": \"...\"} (sentences joined by \\n), in input order.\n"
            "Options as for summarize (-w, --bytes, --sentences, -m, --order), and\n"
            "  -j, --jobs N   worker threads (default 1)\n",
            out);
        return opt == 'h' ? EXIT_OK : EXIT_USAGE;
    }
    if (optind < argc) {
        fprintf(stderr, "precis: batch reads standard input; unexpected '%s'\n", argv[optind]);
        return EXIT_USAGE;
    }
    if (cli_check_method(&o))
        return EXIT_USAGE;
    /* Every cluster allocates and frees the same few blocks: keep them in the
     * process instead of returning them to the system after each one. */
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    size_t block = (size_t)jobs * BLOCK_PER_JOB;
    job *js = calloc(block, sizeof *js);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    if (!js || !th) {
        fputs("precis: out of memory\n", stderr);
        return EXIT_INTERNAL;
    }
    int progress = isatty(2);
    /* The ETA needs the input's size: known when stdin is a regular file. */
    struct stat st;
    double total_bytes = fstat(0, &st) == 0 && S_ISREG(st.st_mode) ? (double)st.st_size : 0;
    double bytes = 0;
    double t0 = now(), last_report = t0;
    size_t lineno = 0, done = 0, failed = 0;
    reader *rd = calloc(1, sizeof *rd);
    if (!rd) {
        fputs("precis: out of memory\n", stderr);
        return EXIT_INTERNAL;
    }
    rd->f = stdin;
    size_t offset = 0;
    int eof = 0, oom = 0;
    while (!eof) {
        size_t n = 0;
        while (n < block) {
            char *line;
            size_t len;
            int got = read_line(rd, o.max_line_bytes, &line, &len);
            if (got <= 0) {
                oom = got < 0;
                eof = 1;
                break;
            }
            lineno++;
            bytes += (double)len + 1;
            js[n].line = line;
            js[n].len = len;
            js[n].lineno = lineno;
            js[n].offset = offset;
            js[n].out = js[n].error = NULL;
            offset += len + 1;
            n++;
        }
        pool p = {js, n, 0, &o};
        if (jobs == 1 || n < 2) {
            worker(&p);
        } else {
            long started = 0;
            for (long t = 0; t < jobs; t++, started++)
                if (pthread_create(&th[t], NULL, worker, &p) != 0)
                    break;
            if (!started)
                worker(&p);
            for (long t = 0; t < started; t++)
                pthread_join(th[t], NULL);
        }
        for (size_t i = 0; i < n; i++) {
            if (js[i].out)
                fputs(js[i].out, stdout);
            if (js[i].error) {
                fprintf(stderr, "precis: batch: %s\n", js[i].error);
                failed++;
            }
            free(js[i].out);
            free(js[i].error);
            free(js[i].line);
        }
        done += n;
        double t = now();
        if (progress && (t - last_report > 0.5 || eof)) {
            double el = t - t0 > 1e-9 ? t - t0 : 1e-9;
            fprintf(stderr, "\r%zu clusters, %.0f clusters/s", done, (double)done / el);
            if (total_bytes > 0 && bytes > 0)
                fprintf(stderr, ", ETA %.0f s", el * (total_bytes - bytes) / bytes);
            fputs("   ", stderr);
            last_report = t;
        }
    }
    if (progress)
        fputc('\n', stderr);
    free(js);
    free(rd);
    free(th);
    if (oom) {
        fprintf(stderr, "precis: batch: out of memory reading line %zu\n", lineno + 1);
        return EXIT_INTERNAL;
    }
    if (ferror(stdin)) {
        fprintf(stderr, "precis: batch: error reading standard input after line %zu\n", lineno);
        return EXIT_INPUT;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("precis: error writing output\n", stderr);
        return EXIT_INTERNAL;
    }
    if (failed) {
        fprintf(stderr, "precis: batch: %zu of %zu lines failed\n", failed, lineno);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}
