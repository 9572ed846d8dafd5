/* precis [summarize]: one cluster from files, directories or stdin. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* The help of summarize, or of digest (`digest`: its own name, what it
 * adds and its formats; `precis digest --help` printed summarize's usage
 * until session 40). */
static void usage(FILE *out, int digest)
{
    fputs(digest ? "usage: precis digest [options] FILE|DIR|- ...\n"
                   "The summary of one cluster of news articles with its sources, quotes and\n"
                   "their speakers, figures the sources disagree on, a timeline and the entities\n"
                   "(docs/digest.md): each FILE is a document, a DIR adds its files in name\n"
                   "order, '-' reads documents from stdin separated by a line '|||||'.\n\n"
                 : "usage: precis [summarize] [options] FILE|DIR|- ...\n"
                   "Summarize one cluster of news articles: each FILE is a document, a DIR adds\n"
                   "its files in name order, '-' reads documents from stdin separated by a line\n"
                   "'|||||'.\n\n",
          out);
    fputs("  -w, --words N          budget in words (default 230, at most half the\n"
          "                         input)\n"
          "      --bytes N          budget in bytes\n"
          "      --sentences N      budget in sentences\n"
          "  -m, --method NAME      ranking method (see --list-methods)\n"
          "      --list-methods     list the methods and exit\n"
          "      --language CODE    analyse every document as language CODE (ISO 639-1)\n"
          "                         instead of identifying each one's own (und: the\n"
          "                         rules every language shares)\n"
          "      --list-languages   list the language profiles and exit\n"
          "  -f, --format FMT       text (default), markdown, json or html; with the\n"
          "                         digest markdown (default), json or html\n"
          "      --digest           add quotes, disagreeing figures, timeline and\n"
          "                         entities (docs/digest.md): precis digest\n"
          "      --digest-items N   at most N quotes, figures, timeline entries and\n"
          "                         entities, most important first (default 25)\n"
          "      --digest-all       every item, texts uncut (the digest may be large)\n"
          "      --order ORDER      reading (default: the opening sentence first, then\n"
          "                         source order), source, time (document dates,\n"
          "                         oldest first) or score\n"
          "      --redundancy X     content overlap (0-1] that makes two sentences the\n"
          "                         same content (default 0.5)\n"
          "      --no-rewrite       show every sentence as written (by default a person\n"
          "                         named first by the surname alone gets the given name\n"
          "                         the sources write, marked in JSON and HTML)\n"
          "      --max-document-bytes N, --max-sentence-bytes N, --max-graph-sentences N,\n"
          "      --max-cluster-bytes N, --max-documents N, --max-cluster-memory N,\n"
          "      --max-line-bytes N (of a JSON Lines cluster given as the input)\n"
          "                         limits (docs/limits.md; K, M, G suffixes)\n",
          out);
}

/* A summary longer than its budget (the budget is smaller than every
 * sentence, and a summary holds at least one): say so. */
static void warn_over_budget(const precis_summary *s, const precis_options *o)
{
    if (!o->budget || o->unit == PRECIS_UNIT_SENTENCES || precis_summary_count(s) != 1)
        return;
    precis_sentence x;
    if (precis_summary_sentence(s, 0, &x))
        return;
    size_t n = x.len;
    if (o->unit == PRECIS_UNIT_WORDS) {
        n = 0;
        for (size_t i = 0; i < x.len; i++)
            n += (i == 0 || x.text[i - 1] == ' ' || x.text[i - 1] == '\n') && x.text[i] != ' ' &&
                 x.text[i] != '\n';
    }
    const char *unit = o->unit == PRECIS_UNIT_WORDS ? "words" : "bytes";
    if (n > o->budget)
        fprintf(stderr,
                "precis: warning: the budget of %zu %s is exceeded: every sentence is longer, "
                "so the summary is the one chosen sentence (%zu %s)\n",
                o->budget, unit, n, unit);
}

/* The documents the summary left out as another story
 * (precis_summary_document_aside): a reader who gave five pages should
 * know that one was not used, whatever the output format. */
static void warn_aside(const precis_cluster *c, const precis_summary *s)
{
    for (size_t d = 0; d < precis_cluster_document_count(c); d++) {
        if (!precis_summary_document_aside(s, d))
            continue;
        const precis_doc_meta *m = precis_cluster_document_meta(c, d);
        const char *name = m && m->name ? m->name : NULL;
        char num[32];
        if (!name) {
            snprintf(num, sizeof num, "document %zu", d + 1);
            name = num;
        }
        fprintf(stderr, "precis: warning: %s: " CLI_ASIDE_WHY "\n", name);
    }
}

/* 1 when line[0..n) is a JSON Lines cluster: an object with a "documents"
 * array (what `precis batch` reads and `precis cluster` writes). */
static int cluster_line(const char *line, size_t n)
{
    size_t k = 0;
    if (n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
        k = 3;
    while (k < n && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
        k++;
    if (k == n || line[k] != '{')
        return 0;
    json_t *j = json_loadb(line + k, n - k, 0, NULL);
    int yes = json_is_array(json_object_get(j, "documents"));
    json_decref(j);
    return yes;
}

/* The only input, when it is a JSON Lines cluster (a file, or standard
 * input's text): its cluster in *c (replacing the empty one).  Returns 0
 * when it is not one (read it as documents), 1 when *c is that cluster, -1
 * with a message when it holds several clusters or a bad line (-2 for
 * `text` cut inside its one line: the message names the gzip stop `gz`,
 * which the caller does not say again); *lost
 * counts a gzip stream that stopped after a whole line.  Before,
 * a story line of `precis cluster` was read as one document of JSON text,
 * and its strings came out as quotes and sentences. */
static int json_lines_input(const char *name, const char *text, size_t len, const char *gz,
                            precis_options *o, precis_cluster **c, int *lost)
{
    char *first = NULL, *more = NULL;
    size_t flen = 0, mlen = 0, lines = 0;
    cli_lines *rd = NULL;
    if (text) {
        const char *nl = memchr(text, '\n', len);
        flen = nl ? (size_t)(nl - text) : len;
        if (!cluster_line(text, flen))
            return cli_json_cut_short(name, text, flen, !nl, gz) ? -2 : 0;
        for (const char *p = text; p < text + len;) { /* lines with more than white space */
            const char *e = memchr(p, '\n', (size_t)(text + len - p));
            size_t n = e ? (size_t)(e - p) : (size_t)(text + len - p);
            size_t k = 0;
            while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
                k++;
            lines += k < n;
            p += n + 1;
        }
    } else {
        struct stat sb;
        if (stat(name, &sb) != 0 || !S_ISREG(sb.st_mode) || !(rd = malloc(sizeof *rd)))
            return 0;
        if (cli_lines_open(rd, name)) {
            free(rd);
            return 0;
        }
        size_t limit = o->max_line_bytes ? o->max_line_bytes : (size_t)64 << 20;
        int got = cli_lines_read(rd, limit, &first, &flen);
        if (got <= 0 || !first || !cluster_line(first, flen)) {
            /* the first line, or its head where a corrupt stream's
             * unfinished line was not read (cli_lines_read) or the line
             * is over the limit; read to the end when it opens as JSON,
             * to learn whether the stream is corrupt further on */
            int have = got > 0 && first != NULL, ended = have && rd->open, cut = 0;
            char head[sizeof rd->head];
            memcpy(head, rd->head, rd->head_len);
            const char *l = have ? first : head;
            size_t ln = have ? flen : rd->head_len;
            if (got >= 0 && precis_looks_json_object(l, ln)) {
                while (cli_lines_read(rd, 0, &more, &mlen) > 0) {
                    free(more);
                    more = NULL;
                }
                if (have || rd->corrupt)
                    cut = cli_json_cut_short(name, l, ln, ended, rd->error);
            }
            free(first);
            cli_lines_close(rd);
            free(rd);
            return cut ? -1 : 0;
        }
        lines = 1;
        while (lines < 2 && cli_lines_read(rd, 0, &more, &mlen) > 0) {
            lines += mlen > 0;
            free(more);
            more = NULL;
        }
        /* a gzip stream stopped early (an error after the line: it was
         * whole, but the stream was not), or bytes after its last member
         * (a warning), as every reader says it */
        if (rd->error)
            *lost += cli_input_warning(name, PRECIS_EIO, rd->error);
        else if (rd->warning)
            cli_input_warning(name, PRECIS_EPARSE, rd->warning);
        cli_lines_close(rd);
        free(rd);
        text = first;
    }
    int r = -1;
    if (lines > 1) {
        fprintf(stderr,
                "precis: %s: JSON Lines of %s clusters; a summary or a digest is of one: "
                "precis batch summarizes each line, or give one line\n",
                name, lines > 2 ? "several" : "two or more");
    } else {
        precis_cluster *nc = NULL;
        precis_error err = {0};
        precis_status st = precis_cluster_from_json(text, flen, o, NULL, &nc, NULL, &err);
        if (st) {
            fprintf(stderr, "precis: %s: %s\n", name,
                    err.message ? err.message : precis_strerror(st));
        } else {
            precis_cluster_free(*c);
            *c = nc;
            r = 1;
        }
    }
    free(first);
    return r;
}

int cmd_summarize(int argc, char **argv)
{
    return cli_summarize(argc, argv, 0);
}

int cli_summarize(int argc, char **argv, int digest)
{
    static const struct option longopts[] = {
        CLI_COMMON_LONG,
        {"digest", no_argument, NULL, OPT_DIGEST},
        {"digest-all", no_argument, NULL, OPT_DIGEST_ALL},
        {"digest-items", required_argument, NULL, OPT_DIGEST_ITEMS},
        {NULL, 0, NULL, 0}};
    precis_options o;
    precis_options_init(&o);
    precis_format fmt = (precis_format)-1;
    int opt;
    optind = 1;
    while ((opt = cli_getopt(argc, argv, CLI_COMMON_SHORT, longopts)) != -1) {
        int r = cli_common_option(opt, optarg, &o, &fmt);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (opt == OPT_LIST_METHODS) {
            cli_list_methods(stdout);
            return EXIT_OK;
        }
        if (opt == OPT_DIGEST) {
            digest = 1;
            continue;
        }
        if (opt == OPT_DIGEST_ALL) {
            o.digest_items = SIZE_MAX;
            continue;
        }
        if (opt == OPT_DIGEST_ITEMS) {
            if (cli_parse_count(optarg, "--digest-items", &o.digest_items))
                return EXIT_USAGE;
            continue;
        }
        if (opt == 'h') {
            usage(stdout, digest);
            return EXIT_OK;
        }
        if (opt != '?')
            usage(stderr, digest);
        return EXIT_USAGE;
    }
    if (optind >= argc) {
        usage(stderr, digest);
        return EXIT_USAGE;
    }
    if (cli_stdin_twice(argc, argv, optind))
        return EXIT_USAGE;
    if (cli_check_method(&o))
        return EXIT_USAGE;
    if (fmt == (precis_format)-1)
        fmt = digest ? PRECIS_FORMAT_MARKDOWN : PRECIS_FORMAT_TEXT;
    if (digest && fmt == PRECIS_FORMAT_TEXT) {
        fputs("precis: a digest has no plain-text format; use -f markdown (the default), "
              "json or html\n",
              stderr);
        return EXIT_USAGE;
    }
    precis_cluster *c;
    if (precis_cluster_new(&c, NULL)) {
        fputs("precis: out of memory\n", stderr);
        return EXIT_INTERNAL;
    }
    /* inputs not read whole (a gzip stream cut short or corrupt, a file of
     * a directory that cannot be read): summarized as read, then exit 1 */
    int lost = 0;
    o.warn_fn = cli_print_warning;
    o.warn_ctx = &lost;
    int status = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        precis_error err, w;
        precis_status st;
        if (strcmp(argv[i], "-") == 0) {
            size_t len;
            char *text = cli_read_stdin(o.max_cluster_bytes, &len);
            if (!text) {
                fputs("precis: -: cannot read standard input\n", stderr);
                status = EXIT_INPUT;
                continue;
            }
            /* gzip inflated before a JSON line is looked for, as for a
             * file (a gzip cluster line on stdin was read as text until
             * session 40); the library's reader would inflate it alike */
            precis_error gw;
            int gcut = 0;
            if (cli_gunzip(&text, &len, o.max_cluster_bytes, &gcut, &gw) < 0) {
                free(text);
                fprintf(stderr, "precis: -: %s\n", precis_strerror(PRECIS_ENOMEM));
                return EXIT_INTERNAL;
            }
            int jl = optind == argc - 1
                         ? json_lines_input("standard input", text, len,
                                            gw.code ? gw.message : NULL, &o, &c, &lost)
                         : 0;
            /* a cut line's message names the stop (it was said twice,
             * before it and in it, until session 44) */
            if (gw.code && jl != -2)
                lost += cli_input_warning("standard input", gw.code, gw.message);
            if (jl) {
                free(text);
                if (jl < 0) {
                    precis_cluster_free(c);
                    return EXIT_INPUT;
                }
                break;
            }
            st = precis_cluster_add_joined(c, text, len, "standard input", &o, &w);
            free(text);
            if (st)
                fprintf(stderr, "precis: %s\n", w.code ? w.message : precis_strerror(st));
        } else {
            int jl =
                optind == argc - 1 ? json_lines_input(argv[i], NULL, 0, NULL, &o, &c, &lost) : 0;
            if (jl) {
                if (jl < 0) {
                    precis_cluster_free(c);
                    return EXIT_INPUT;
                }
                break;
            }
            st = precis_cluster_add_path(c, argv[i], &o, &err, &w);
            if (st)
                fprintf(stderr, "precis: %s\n", err.code ? err.message : precis_strerror(st));
        }
        if (st)
            status = st == PRECIS_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
        if (st == PRECIS_ELIMIT)
            break; /* a cluster limit: later inputs would be refused too */
    }
    if (lost && status == EXIT_OK)
        status = EXIT_INPUT;
    if (precis_cluster_sentence_count(c) == 0) {
        /* nothing to summarize: no output at all, rather than an empty one */
        /* one input named, '-' by the name every other message gives it */
        const char *one = optind == argc - 1 ? argv[optind] : "";
        if (strcmp(one, "-") == 0)
            one = "standard input";
        if (status == EXIT_OK)
            fprintf(stderr, "precis: %s%s%s\n", one, *one ? ": " : "",
                    precis_cluster_document_count(c)
                        ? CLI_NO_SENTENCES
                        : "nothing to summarize: no input was read as text");
        precis_cluster_free(c);
        return status == EXIT_INTERNAL ? status : EXIT_INPUT;
    }
    precis_summary *s = NULL;
    precis_status st = precis_summarize(c, &o, &s);
    if (!st && cli_no_rewrite)
        precis_summary_undo_edits(s);
    if (!st)
        warn_over_budget(s, &o);
    if (!st)
        warn_aside(c, s);
    if (!st && precis_summary_count(s) == 0)
        fputs("precis: " CLI_EMPTY_SUMMARY "\n", stderr);
    if (st) {
        if (st == PRECIS_ELIMIT)
            fputs("precis: summarizing would exceed the cluster memory limit "
                  "(--max-cluster-memory)\n",
                  stderr);
        else
            fprintf(stderr, "precis: %s\n", precis_strerror(st));
        precis_cluster_free(c);
        return st == PRECIS_ELIMIT ? EXIT_INPUT : EXIT_INTERNAL;
    }
    char *out;
    size_t len;
    if (digest) {
        precis_digest *g = NULL;
        st = precis_digest_new(c, &o, &g);
        if (!st)
            st = precis_digest_render(g, s, fmt, &out, &len);
        precis_digest_free(g);
    } else {
        st = precis_summary_render(s, fmt, &out, &len);
    }
    if (st) {
        fprintf(stderr, "precis: %s\n", precis_strerror(st));
        status = EXIT_INTERNAL;
    } else if (precis_cluster_sentence_count(c) == 0) {
        /* nothing read: no empty skeleton on stdout */
        precis_free(out);
        fputs("precis: " CLI_NO_SENTENCES "\n", stderr);
        if (status == EXIT_OK)
            status = EXIT_INPUT;
    } else {
        fwrite(out, 1, len, stdout);
        precis_free(out);
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    if (cli_finish_output())
        return EXIT_INTERNAL;
    return status;
}
