/* precis cluster: a feed of articles (JSON Lines, plain or gzip; a
 * directory of such files; stdin) grouped into stories online, in one pass
 * (the precis_stream_* API of include/precis.h).  Output: one JSON line per
 * story as it closes (the shape `precis batch` reads), or with --articles
 * one line {"id", "story"} per article as it is assigned. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "cli.h"

typedef struct run {
    precis_stream *s;
    const char *file; /* for messages */
    size_t line;
    int articles; /* --articles: one line per article */
    int failed;   /* a line was refused */
    int write_failed;
    int live;       /* reading standard input: flush each answer */
    size_t undated; /* articles whose date was not used (DATE_WARNINGS) */
} run;

/* A feed whose articles carry no date (or one not understood) would get
 * one warning per article: 3,000 lines for 3,000 articles, which bury
 * every other message.  The first DATE_WARNINGS are printed, each naming
 * its line, and the rest counted in one line at the end (date_summary).
 * The library's warnings of that kind all end in "arrival order used". */
#define DATE_WARNINGS 10
#define DATE_WARNING_END ": arrival order used"

static void on_warning(void *ctx, const precis_error *w)
{
    run *r = ctx;
    size_t n = strlen(w->message), k = strlen(DATE_WARNING_END);
    if (n >= k && strcmp(w->message + n - k, DATE_WARNING_END) == 0 && ++r->undated > DATE_WARNINGS)
        return;
    fprintf(stderr, "precis: warning: %s:%zu: %s\n", r->file, r->line, w->message);
}

static void date_summary(const run *r)
{
    if (r->undated > DATE_WARNINGS)
        fprintf(stderr,
                "precis: warning: %zu articles in all had no date that could be used "
                "(the first %d are named above): arrival order used\n",
                r->undated, DATE_WARNINGS);
}

static int print_story(void *ctx, const precis_stream *s, uint64_t story)
{
    run *r = ctx;
    char *json;
    size_t len;
    if (precis_stream_story_json(s, story, &json, &len)) {
        fprintf(stderr, "precis: story %" PRIu64 ": out of memory\n", story);
        r->failed = 1;
        return 0;
    }
    if (fwrite(json, 1, len, stdout) != len || putchar('\n') == EOF)
        r->write_failed = 1;
    precis_free(json);
    return 0;
}

static void one_line(run *r, const char *line, size_t len)
{
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
        k++;
    if (k == len)
        return; /* blank lines are skipped silently */
    precis_assignment as;
    precis_error err;
    char *id = NULL;
    precis_status st = precis_stream_add_json(r->s, line, len, &as, r->articles ? &id : NULL, &err);
    if (st) {
        const char *why = err.message ? err.message : precis_strerror(st);
        fprintf(stderr, "precis: %s:%zu: %s\n", r->file, r->line, why);
        r->failed = 1;
        if (r->articles && st != PRECIS_ENOMEM) {
            /* one line out per article line in, as batch: a refused line
             * says so where its assignment would be */
            json_t *msg = json_string(why);
            char *m = msg ? json_dumps(msg, JSON_ENCODE_ANY) : NULL;
            /* a line that is no valid JSON (cut short, a stray byte) still
             * names its article when it opens with its id, as batch's
             * error lines do (it was null) */
            json_t *lead = id ? NULL : cli_leading_id(line, len);
            char *l = lead ? json_dumps(lead, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
            printf("{\"id\": %s, \"story\": null, \"line\": %zu, \"error\": %s}\n",
                   id  ? id
                   : l ? l
                       : "null",
                   r->line, m ? m : "\"refused\"");
            free(l);
            json_decref(lead);
            free(m);
            json_decref(msg);
        }
        precis_free(id);
        if (st == PRECIS_ENOMEM)
            r->write_failed = 1; /* stop: nothing more can be done */
        if (r->live)
            fflush(stdout); /* a refusal is an answer too: it came with the next one */
        return;
    }
    if (r->articles) {
        if (as.story && as.merged) /* the articles of story `merged` are now in `story` */
            printf("{\"id\": %s, \"story\": %" PRIu64 ", \"merged\": %" PRIu64 "}\n",
                   id ? id : "null", as.story, as.merged);
        else if (as.story)
            printf("{\"id\": %s, \"story\": %" PRIu64 "}\n", id ? id : "null", as.story);
        else
            printf("{\"id\": %s, \"story\": null}\n", id ? id : "null");
        precis_free(id);
    }
    precis_stream_close_idle(r->s, r->articles ? NULL : print_story, r, NULL);
    if (r->live)
        fflush(stdout); /* a live feed on standard input: each answer as it comes */
}

/* Reads the JSON Lines of one file (gzip or plain) or of stdin
 * (cli_lines: a file that is not text is skipped with a warning). */
static int read_lines(run *r, const char *path)
{
    cli_lines *in = malloc(sizeof *in);
    if (!in || cli_lines_open(in, path)) {
        fprintf(stderr, "precis: %s: %s\n", strcmp(path, "-") == 0 ? "standard input" : path,
                in && errno ? strerror(errno) : "cannot open");
        free(in);
        return -1;
    }
    r->file = in->name; /* "standard input", as in every other message (was "stdin") */
    r->live = in->is_stdin;
    r->line = 0;
    int rc = 0;
    for (;;) {
        char *line;
        size_t len;
        int got = cli_lines_read(in, SIZE_MAX, &line, &len);
        if (got < 0) {
            fprintf(stderr, "precis: %s:%zu: out of memory\n", r->file, r->line + 1);
            rc = -1;
            break;
        }
        if (got == 0)
            break;
        r->line++;
        one_line(r, line, len);
        free(line);
        if (r->write_failed)
            break;
    }
    if (in->binary) {
        fprintf(stderr, "precis: warning: %s: skipped: %s\n", in->name, in->why);
        rc = -1;
    } else if (in->error) {
        cli_lines_say_error(in, NULL);
        rc = -1;
    } else if (in->warning) { /* bytes after the last gzip member: nothing lost */
        fprintf(stderr, "precis: warning: %s: %s\n", in->name, in->warning);
    }
    cli_lines_close(in);
    free(in);
    return rc;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular, non-hidden files of a directory in name order. */
static int read_dir(run *r, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "precis: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t need = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(need);
        if (!p ||
            (n == cap && !(names = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names)))) {
            free(p);
            rc = -1;
            break;
        }
        snprintf(p, need, "%s/%s", dir, e->d_name);
        /* what is not a file is skipped, and said as `precis DIR` says it
         * (a dangling link, a link loop, a FIFO, a device); a directory in
         * silence, as there */
        struct stat sb;
        const char *skip = stat(p, &sb)           ? strerror(errno)
                           : S_ISDIR(sb.st_mode)  ? ""
                           : !S_ISREG(sb.st_mode) ? "not a regular file"
                                                  : NULL;
        if (skip) {
            if (*skip)
                fprintf(stderr, "precis: warning: %s: skipped: %s\n", p, skip);
            free(p);
            continue;
        }
        names[n++] = p;
    }
    closedir(d);
    if (rc)
        fprintf(stderr, "precis: %s: out of memory\n", dir);
    else if (n == 0) {
        fprintf(stderr, "precis: %s: directory has no readable files\n", dir);
        rc = -1;
    }
    if (n) /* names is NULL for an empty directory, and qsort's base may not be */
        qsort(names, n, sizeof *names, by_name);
    /* a file that fails (not text, cut short) does not stop the others */
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        if (!rc && !r->write_failed && read_lines(r, names[i]))
            failed = 1;
        free(names[i]);
    }
    rc |= -failed;
    free(names);
    return rc;
}

/* 1 (with a message) when the directory of the --state file cannot take
 * it, or the file is there and is not a regular file (a device, a FIFO:
 * never read for ever, never replaced): said before the feed is read, not
 * after (the run's state was lost). */
static int state_dir_unwritable(const char *state)
{
    struct stat sb;
    if (stat(state, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        fprintf(stderr, "precis: --state %s: not a regular file\n", state);
        return 1;
    }
    size_t n = strlen(state);
    char *dir = malloc(n + 2);
    if (!dir)
        return 0;
    memcpy(dir, state, n + 1);
    char *slash = strrchr(dir, '/');
    if (!slash)
        strcpy(dir, ".");
    else if (slash == dir)
        dir[1] = 0;
    else
        *slash = 0;
    int bad = access(dir, W_OK | X_OK) != 0;
    if (bad)
        fprintf(stderr, "precis: --state %s: cannot write in %s: %s\n", state, dir,
                strerror(errno));
    free(dir);
    return bad;
}

static void usage(FILE *out)
{
    fputs("usage: precis cluster [options] [FILE|DIR|-]...\n"
          "Groups a feed of articles into stories, online, in arrival order.  Input: JSON\n"
          "Lines {\"id\", \"text\" or \"html\", \"title\", \"date\", \"source\", \"url\"}, plain\n"
          "or gzip, files or directories of such files (name order) read as one feed in\n"
          "the order given, or - (stdin, also when no FILE is given).\n"
          "Output: one line per story as it closes, {\"id\", \"story\", \"documents\": [...]}\n"
          "(what `precis batch` reads), or with -a one line {\"id\", \"story\"} per article;\n"
          "a line with \"merged\": M says story M joined this one (its articles now belong here).\n"
          "  -a, --articles        one line per article as it is assigned\n"
          "  -t, --threshold X     similarity (0..1) to join a story (default: built in)\n"
          "      --window DAYS     a story with no article for DAYS closes (default 60)\n"
          "      --max-open N      most open stories (default 100000)\n"
          "      --no-text         leave the texts out of story lines\n"
          "      --state FILE      load the stream from FILE when it exists, save it there\n"
          "                        at the end, with its stories still open\n"
          "  -h, --help\n",
          out);
}

int cmd_cluster(int argc, char **argv)
{
    enum { OPT_WINDOW = 300, OPT_MAX_OPEN, OPT_NO_TEXT, OPT_STATE };
    static const struct option longopts[] = {
        {"articles", no_argument, NULL, 'a'},
        {"threshold", required_argument, NULL, 't'},
        {"window", required_argument, NULL, OPT_WINDOW},
        {"max-open", required_argument, NULL, OPT_MAX_OPEN},
        {"no-text", no_argument, NULL, OPT_NO_TEXT},
        {"state", required_argument, NULL, OPT_STATE},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    run r;
    memset(&r, 0, sizeof r);
    precis_stream_options o;
    precis_stream_options_init(&o);
    o.keep_text = 1;
    const char *state = NULL;
    int c;
    char *end;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "at:h", longopts)) != -1) {
        switch (c) {
        case 'a':
            r.articles = 1;
            break;
        case 't':
            o.threshold = strtod(optarg, &end);
            if (*end || !(o.threshold > 0 && o.threshold <= 1)) {
                fprintf(stderr, "precis: --threshold: expected a number in (0, 1], not '%s'\n",
                        optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_WINDOW: {
            double d = strtod(optarg, &end);
            if (*end || !(d > 0 && d < 1e5)) {
                fprintf(stderr, "precis: --window: expected a number of days, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            o.window = (int64_t)(d * 86400);
            break;
        }
        case OPT_MAX_OPEN:
            if (cli_parse_count(optarg, "--max-open", &o.max_open_stories))
                return EXIT_USAGE;
            break;
        case OPT_NO_TEXT:
            o.keep_text = 0;
            break;
        case OPT_STATE:
            state = optarg;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        default: /* cli_getopt said which option */
            return EXIT_USAGE;
        }
    }
    if (cli_stdin_twice(argc, argv, optind))
        return EXIT_USAGE;
    if (r.articles)
        o.keep_text = 0;
    o.warn_fn = on_warning;
    o.warn_ctx = &r;
    o.on_close = r.articles ? NULL : print_story;
    o.on_close_ctx = &r;
    r.file = "state";
    if (state && state_dir_unwritable(state))
        return EXIT_USAGE;
    precis_status st;
    struct stat sb;
    precis_error err;
    /* an empty FILE (`--state "$(mktemp)"`, `touch`) starts a new stream,
     * with a warning, since it is no saved stream: it was refused as "not
     * a saved precis stream at byte 0".  A save never leaves one (it
     * writes FILE.tmp and renames it) */
    int empty = state && stat(state, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size == 0;
    if (empty)
        fprintf(stderr, "precis: warning: --state %s is empty: a new stream is started\n", state);
    if (state && !empty && stat(state, &sb) == 0)
        st = precis_stream_load_file(state, &o, NULL, &r.s, &err);
    else
        st = precis_stream_new(&o, NULL, &r.s);
    if (st) {
        fprintf(stderr, "precis: %s\n",
                st == PRECIS_EPARSE || st == PRECIS_EIO ? err.message : precis_strerror(st));
        return st == PRECIS_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
    }
    /* no FILE: standard input, as precis batch; several: one feed, in the
     * order given (a day's file after another) */
    int rc = 0;
    for (int i = optind; i < argc || (i == optind && optind == argc); i++) {
        const char *path = i < argc ? argv[i] : "-";
        int r1;
        if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
            r1 = read_dir(&r, path);
        else
            r1 = read_lines(&r, path);
        rc |= r1;
        if (r.write_failed)
            break;
    }
    if (state) {
        if (precis_stream_save_file(r.s, state, &err)) {
            fprintf(stderr, "precis: %s\n", err.message ? err.message : "cannot save the state");
            rc = -1;
        }
    } else {
        precis_stream_close_all(r.s, r.articles ? NULL : print_story, &r, NULL);
    }
    precis_stream_free(r.s);
    date_summary(&r);
    if (fflush(stdout) || r.write_failed) {
        if (!r.failed)
            fprintf(stderr, "precis: cannot write the output\n");
        return EXIT_INTERNAL;
    }
    return rc || r.failed ? EXIT_INPUT : EXIT_OK;
}
