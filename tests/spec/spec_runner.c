/* The library side of the spec tests (tests/spec/run.py): summarizes the
 * files given with the options given, through include/precis.h only, and
 * writes every output a spec case checks as framed sections
 *
 *     === NAME LENGTH\n<LENGTH bytes>
 *
 * for NAME in text, markdown, json, digest (the digest in Markdown, as
 * `precis digest` prints it).  One cluster and one summary serve every
 * format, so the formats are also checked to render the same summary.
 *
 * usage: precis-spec-runner [-w N | --words N | --bytes N | --sentences N]
 *                           [-m NAME] [--order source|time|score]
 *                           [--redundancy X] FILE...
 * Each FILE is one document named as given, read whole; *.html, *.htm and
 * text that opens like a page go through precis_cluster_add_html, the rest
 * through precis_cluster_add_document.  Exit 0 on success, 2 on bad usage,
 * 1 when a call fails (with the status on stderr). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"

static int usage(void)
{
    fputs("usage: precis-spec-runner [-w N|--words N|--bytes N|--sentences N] [-m NAME]\n"
          "                          [--order source|time|score] [--redundancy X] FILE...\n",
          stderr);
    return 2;
}

static int parse_count(const char *s, size_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || *end || s[0] == '-' || v == 0)
        return -1;
    *out = (size_t)v;
    return 0;
}

/* Parses the options the spec uses; returns the index of the first file, or
 * -1 on bad usage. */
static int parse_options(int argc, char **argv, precis_options *o)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (i + 1 >= argc)
            return -1;
        const char *v = argv[++i];
        if (!strcmp(a, "-w") || !strcmp(a, "--words")) {
            o->unit = PRECIS_UNIT_WORDS;
            if (parse_count(v, &o->budget))
                return -1;
        } else if (!strcmp(a, "--bytes")) {
            o->unit = PRECIS_UNIT_BYTES;
            if (parse_count(v, &o->budget))
                return -1;
        } else if (!strcmp(a, "--sentences")) {
            o->unit = PRECIS_UNIT_SENTENCES;
            if (parse_count(v, &o->budget))
                return -1;
        } else if (!strcmp(a, "-m") || !strcmp(a, "--method")) {
            o->method = v;
        } else if (!strcmp(a, "--order")) {
            if (!strcmp(v, "source"))
                o->order = PRECIS_ORDER_SOURCE;
            else if (!strcmp(v, "time"))
                o->order = PRECIS_ORDER_TIME;
            else if (!strcmp(v, "score"))
                o->order = PRECIS_ORDER_SCORE;
            else
                return -1;
        } else if (!strcmp(a, "--redundancy")) {
            char *end;
            o->redundancy = strtod(v, &end);
            if (end == v || *end)
                return -1;
        } else {
            return -1;
        }
    }
    return i < argc ? i : -1;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *p = realloc(buf, cap * 2);
        if (!p) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = p;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static int is_html_name(const char *path)
{
    size_t n = strlen(path);
    return (n > 5 && !strcmp(path + n - 5, ".html")) || (n > 4 && !strcmp(path + n - 4, ".htm"));
}

static void section(const char *name, const char *text, size_t len)
{
    printf("=== %s %zu\n", name, len);
    fwrite(text, 1, len, stdout);
}

static int fail(const char *what, precis_status st)
{
    fprintf(stderr, "precis-spec-runner: %s: %s\n", what, precis_strerror(st));
    return 1;
}

int main(int argc, char **argv)
{
    precis_options o;
    precis_options_init(&o);
    int first = parse_options(argc, argv, &o);
    if (first < 0)
        return usage();

    precis_cluster *c = NULL;
    precis_status st = precis_cluster_new(&c, NULL);
    if (st)
        return fail("precis_cluster_new", st);
    int rc = 0;
    for (int i = first; i < argc && !rc; i++) {
        size_t len;
        char *text = read_file(argv[i], &len);
        if (!text) {
            fprintf(stderr, "precis-spec-runner: %s: cannot read\n", argv[i]);
            rc = 1;
            break;
        }
        precis_doc_meta meta = {.name = argv[i]};
        precis_error warn;
        if (is_html_name(argv[i]) || precis_looks_like_html(text, len))
            st = precis_cluster_add_html(c, text, len, &meta, &o, &warn);
        else
            st = precis_cluster_add_document(c, text, len, &meta, &o, &warn);
        free(text);
        if (st)
            rc = fail(argv[i], st);
    }

    precis_summary *s = NULL;
    if (!rc && (st = precis_summarize(c, &o, &s)) != PRECIS_OK)
        rc = fail("precis_summarize", st);
    static const struct {
        const char *name;
        precis_format format;
    } formats[] = {{"text", PRECIS_FORMAT_TEXT},
                   {"markdown", PRECIS_FORMAT_MARKDOWN},
                   {"json", PRECIS_FORMAT_JSON}};
    for (size_t f = 0; !rc && f < sizeof formats / sizeof *formats; f++) {
        char *out;
        size_t len;
        st = precis_summary_render(s, formats[f].format, &out, &len);
        if (st) {
            rc = fail(formats[f].name, st);
            break;
        }
        section(formats[f].name, out, len);
        precis_free(out);
    }
    if (!rc) {
        precis_digest *g = NULL;
        char *out;
        size_t len;
        st = precis_digest_new(c, &o, &g);
        if (!st)
            st = precis_digest_render(g, s, PRECIS_FORMAT_MARKDOWN, &out, &len);
        if (st) {
            rc = fail("digest", st);
        } else {
            section("digest", out, len);
            precis_free(out);
        }
        precis_digest_free(g);
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    if (fflush(stdout) || ferror(stdout))
        rc = 1;
    return rc;
}
