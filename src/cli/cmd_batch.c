/* precis batch: JSON Lines clusters in, one JSON line out per line in.
 * Lines are read in blocks; N worker threads summarize a block's lines and
 * the main thread writes the results in input order, so memory stays flat
 * in the number of clusters. */
#include <jansson.h>
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "cli.h"

#define BLOCK_PER_JOB 64
#define MAX_JOBS 256

typedef struct job {
    char *line; /* NULL when the line was over --max-line-bytes */
    size_t len;
    char *head; /* ... and then its first bytes (cli_lines.head), for its id */
    size_t head_len;
    size_t lineno;
    size_t offset; /* byte offset of the line in the input */
    char *out;     /* the output line (malloc), or NULL */
    char *error;   /* error message (malloc), or NULL */
    char *warning; /* a warning about a line answered all the same, or NULL */
} job;

typedef struct pool {
    job *jobs;
    size_t njobs;
    atomic_size_t next;
    const precis_options *o;
    int json; /* -f json: each line as `summarize -f json` writes it, with its id */
} pool;

static char *dup_msg(const char *fmt, size_t a, const char *b)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, fmt, a, b);
    return strdup(tmp);
}

/* precis_options.warn_fn of one line: the library's warnings about it (a
 * document cut at --max-document-bytes, bytes repaired) join its warning
 * ("line N: warning: ...; ..."), printed after its output line. */
static void job_warn(void *ctx, const precis_error *w)
{
    job *j = ctx;
    char head[48];
    snprintf(head, sizeof head, "line %zu: warning", j->lineno);
    const char *before = j->warning ? j->warning : head;
    size_t n = strlen(before) + strlen(w->message) + 3;
    char *m = malloc(n);
    if (!m)
        return;
    snprintf(m, n, "%s%s%s", before, j->warning ? "; " : ": ", w->message);
    free(j->warning);
    j->warning = m;
}

/* The output line of a line that failed: {"id": ID, "error": "..."}, the id
 * taken from the line when it is a JSON object holding one (or opens as
 * one: cli_leading_id), else null, so that output line N still answers input
 * line N. */
static void error_line(job *j)
{
    json_t *id = NULL, *root = NULL;
    if (j->line) {
        root = json_loadb(j->line, j->len, 0, NULL);
        if (json_is_object(root))
            id = json_incref(json_object_get(root, "id"));
        else if (!root)
            id = cli_leading_id(j->line, j->len);
    } else if (j->head) { /* a line too long to keep: its id, when it opens with one */
        id = cli_leading_id(j->head, j->head_len);
    }
    json_t *o = json_object();
    if (o) {
        json_object_set(o, "id", id ? id : json_null());
        json_object_set_new(o, "error", json_string(j->error));
        char *text = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
        if (text) {
            size_t n = strlen(text);
            j->out = malloc(n + 2);
            if (j->out) {
                memcpy(j->out, text, n);
                memcpy(j->out + n, "\n", 2);
            }
            free(text);
        }
        json_decref(o);
    }
    json_decref(id);
    json_decref(root);
}

/* A line of JSON white space alone (space, tab, CR) holds no cluster and
 * is skipped, as JSON Lines readers do (jq, pandas.read_json(lines=True))
 * and as cluster, eval, the Python and Dask front ends and the server's
 * POST /v1/articles skip it; batch answered it with an error line and exit
 * status 1 until session 42.  Line numbers in messages still count it. */
static int blank_line(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
        k++;
    return k == n;
}

static void run_one(job *j, const precis_options *o, int json)
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
    precis_options oj = *o; /* this line's warnings are its own */
    oj.warn_fn = job_warn;
    oj.warn_ctx = j;
    o = &oj;
    precis_status st = precis_cluster_from_json(j->line, j->len, o, NULL, &c, &id, &err);
    if (st) {
        if (st == PRECIS_EPARSE || st == PRECIS_ELIMIT || st == PRECIS_EEMPTY)
            j->error = dup_msg("line %zu: %s", j->lineno, err.message);
        else
            j->error = dup_msg("line %zu: %s", j->lineno, precis_strerror(st));
        return;
    }
    precis_summary *s = NULL;
    st = precis_summarize(c, o, &s);
    if (!st && cli_no_rewrite)
        precis_summary_undo_edits(s);
    if (st) {
        j->error = dup_msg("line %zu: %s", j->lineno, precis_strerror(st));
        precis_cluster_free(c);
        precis_free(id);
        return;
    }
    /* -f json: the summary's JSON on one line with its id (docs/json.md) */
    if (precis_summary_render_line_as(s, id, json ? PRECIS_FORMAT_JSON : PRECIS_FORMAT_TEXT,
                                      &j->out, NULL))
        j->error = dup_msg("line %zu: %s", j->lineno, "out of memory");
    else if (precis_summary_count(s) == 0)
        job_warn(j, &(precis_error){.code = PRECIS_EEMPTY, .message = CLI_EMPTY_SUMMARY_WHY});
    for (size_t d = 0; j->out && d < precis_cluster_document_count(c); d++)
        if (precis_summary_document_aside(s, d)) {
            precis_error w = {.code = PRECIS_EEMPTY};
            /* the line's index: near copies dropped from the cluster count */
            snprintf(w.buf, sizeof w.buf, "documents[%zu]: " CLI_ASIDE_WHY,
                     precis_cluster_document_input(c, d));
            w.message = w.buf;
            job_warn(j, &w);
        }
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
        run_one(&p->jobs[i], p->o, p->json);
        if (p->jobs[i].error && !p->jobs[i].out)
            error_line(&p->jobs[i]);
    }
    return NULL;
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
    precis_format fmt = (precis_format)-1;
    int opt;
    optind = 1;
    while ((opt = cli_getopt(argc, argv, CLI_COMMON_SHORT "j:", longopts)) != -1) {
        int r = cli_common_option(opt, optarg, &o, &fmt);
        if (r < 0)
            return EXIT_USAGE;
        if (r && opt == 'f' && fmt != PRECIS_FORMAT_JSON) {
            /* each output line is one JSON value: text, Markdown or HTML
             * would break the one-line-per-cluster contract */
            fprintf(stderr,
                    "precis: batch writes JSON lines: -f json (a summary's sentences "
                    "with their sources and offsets) or none ({\"id\", \"summary\"}), "
                    "not '%s'\n",
                    optarg);
            return EXIT_USAGE;
        }
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
        if (opt == '?')
            return EXIT_USAGE;
        FILE *out = opt == 'h' ? stdout : stderr;
        fputs(
            "usage: precis batch [options] [FILE...] (or < clusters.jsonl)\n"
            "Each input line {\"id\": ..., \"documents\": [\"...\", ...]} gives one output\n"
            "line {\"id\": ..., \"summary\": \"...\"} (sentences joined by \\n), in input order;\n"
            "a line that fails gives {\"id\": ..., \"error\": \"...\"} and exit status 1;\n"
            "a blank line is skipped.  FILEs (or stdin when none, '-' for stdin) may be\n"
            "gzip-compressed; where a gzip stream is corrupt or cut short, reading stops\n"
            "(its unfinished line not read when corrupt), with exit status 1.\n"
            "Options as for summarize (precis summarize --help), per cluster:\n"
            "  -w, --words N, --bytes N, --sentences N   the budget\n"
            "  -m, --method NAME, --list-methods, --order ORDER, --redundancy X,\n"
            "      --language CODE, --list-languages, --no-rewrite\n"
            "      --max-document-bytes N, --max-sentence-bytes N, --max-graph-sentences N,\n"
            "      --max-cluster-bytes N, --max-documents N, --max-cluster-memory N\n"
            "                 limits (docs/limits.md; K, M, G suffixes)\n"
            "and\n"
            "  -f, --format json  each output line {\"id\": ..., \"method\": ..., \"sentences\":\n"
            "                 [...], \"documents\": [...]}: summarize -f json's JSON, with\n"
            "                 each sentence's document and byte offsets (docs/json.md)\n"
            "      --max-line-bytes N  longest input line read (default 128M)\n"
            "  -j, --jobs N   worker threads (default 1)\n",
            out);
        return opt == 'h' ? EXIT_OK : EXIT_USAGE;
    }
    if (cli_check_method(&o) || cli_stdin_twice(argc, argv, optind))
        return EXIT_USAGE;
    /* Every cluster allocates and frees the same few blocks: keep them in the
     * process instead of returning them to the system after each one. */
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    size_t block = (size_t)jobs * BLOCK_PER_JOB;
    job *js = calloc(block, sizeof *js);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    cli_lines *rd = calloc(1, sizeof *rd);
    if (!js || !th || !rd) {
        free(js);
        free(th);
        free(rd);
        fputs("precis: out of memory\n", stderr);
        return EXIT_INTERNAL;
    }
    int progress = isatty(2);
    /* No FILE: standard input.  Each input, gzip-compressed or not. */
    static char *const std_in[] = {"-"};
    char *const *inputs = optind < argc ? argv + optind : std_in;
    int ninputs = optind < argc ? argc - optind : 1;
    size_t lineno = 0, done = 0, failed = 0, total_lines = 0;
    int oom = 0, status = EXIT_OK;
    double t0 = now(), last_report = t0;
    for (int in = 0; in < ninputs && !oom; in++) {
        const char *name = inputs[in];
        if (cli_lines_open(rd, name)) {
            fprintf(stderr, "precis: %s: cannot read: %s\n", rd->name,
                    errno ? strerror(errno) : "out of memory");
            status = EXIT_INPUT;
            continue;
        }
        int is_stdin = rd->is_stdin;
        /* The ETA needs the input's size: known when it is a regular file. */
        struct stat sb;
        int sfd = is_stdin ? 0 : -1;
        double total_bytes = 0;
        if ((is_stdin && fstat(sfd, &sb) == 0) || (!is_stdin && stat(name, &sb) == 0))
            total_bytes = S_ISREG(sb.st_mode) ? (double)sb.st_size : 0;
        double bytes = 0;
        size_t offset = 0;
        lineno = 0;
        int eof = 0;
        while (!eof) {
            size_t n = 0;
            int waiting = 0;
            while (n < block) {
                /* a live feed (`tail -f feed | precis batch`): the lines
                 * read are answered, and written, before waiting for more;
                 * they waited for a block of lines or the end, and were
                 * lost when the feed was stopped (until session 39) */
                if (n > 0 && is_stdin && !cli_lines_ready(rd)) {
                    waiting = 1;
                    break;
                }
                char *line;
                size_t len;
                int got = cli_lines_read(rd, o.max_line_bytes, &line, &len);
                if (got <= 0) {
                    oom = got < 0;
                    eof = 1;
                    break;
                }
                lineno++;
                bytes += (double)len + 1;
                if (line && blank_line(line, len)) {
                    free(line);
                    offset += len + 1;
                    continue;
                }
                js[n].line = line;
                js[n].len = len;
                js[n].head = NULL;
                js[n].head_len = 0;
                if (!line && (js[n].head = malloc(rd->head_len + 1)) != NULL) {
                    memcpy(js[n].head, rd->head, rd->head_len);
                    js[n].head_len = rd->head_len;
                }
                js[n].lineno = lineno;
                js[n].offset = offset;
                js[n].out = js[n].error = js[n].warning = NULL;
                offset += len + 1;
                n++;
            }
            pool p = {js, n, 0, &o, fmt == PRECIS_FORMAT_JSON};
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
                    if (is_stdin)
                        fprintf(stderr, "precis: batch: %s\n", js[i].error);
                    else
                        fprintf(stderr, "precis: batch: %s: %s\n", name, js[i].error);
                    failed++;
                }
                if (js[i].warning) {
                    if (is_stdin)
                        fprintf(stderr, "precis: batch: %s\n", js[i].warning);
                    else
                        fprintf(stderr, "precis: batch: %s: %s\n", name, js[i].warning);
                }
                free(js[i].warning);
                free(js[i].out);
                free(js[i].error);
                free(js[i].line);
                free(js[i].head);
            }
            if (waiting)
                fflush(stdout);
            done += n;
            double t = now();
            if (progress && (t - last_report > 0.5 || eof)) {
                double el = t - t0 > 1e-9 ? t - t0 : 1e-9;
                fprintf(stderr, "\r%zu clusters, %.0f clusters/s", done, (double)done / el);
                if (total_bytes > 0 && bytes > 0 && rd->mode >= 2)
                    total_bytes = 0; /* compressed: bytes read are not bytes of the file */
                if (total_bytes > 0 && bytes > 0)
                    fprintf(stderr, ", ETA %.0f s", el * (total_bytes - bytes) / bytes);
                fputs("   ", stderr);
                last_report = t;
            }
        }
        total_lines += lineno;
        if (oom)
            fprintf(stderr, "precis: batch: out of memory reading line %zu of %s\n", lineno + 1,
                    is_stdin ? "standard input" : name);
        else if (rd->binary) {
            fprintf(stderr, "precis: warning: %s: skipped: %s\n", rd->name, rd->why);
            status = EXIT_INPUT;
        } else if (rd->error) {
            cli_lines_say_error(rd, "batch");
            status = EXIT_INPUT;
        } else if (rd->warning) { /* bytes after the last gzip member: nothing lost */
            fprintf(stderr, "precis: warning: %s: %s\n", rd->name, rd->warning);
        }
        cli_lines_close(rd);
    }
    if (progress)
        fputc('\n', stderr);
    free(js);
    free(rd);
    free(th);
    if (oom)
        return EXIT_INTERNAL;
    if (cli_finish_output())
        return EXIT_INTERNAL;
    if (failed) {
        fprintf(stderr,
                "precis: batch: %zu of %zu lines failed (their output lines hold "
                "\"error\")\n",
                failed, total_lines);
        return EXIT_INPUT;
    }
    return status;
}
