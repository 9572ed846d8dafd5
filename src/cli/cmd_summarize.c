/* precis [summarize]: one cluster from files, directories or stdin. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out)
{
    fputs("usage: precis [summarize] [options] FILE|DIR|- ...\n"
          "Summarize one cluster of news articles: each FILE is a document, a DIR adds\n"
          "its files in name order, '-' reads documents from stdin separated by a line\n"
          "'|||||'.\n\n"
          "  -w, --words N          budget in words (default 230, at most half the\n"
          "                         input)\n"
          "      --bytes N          budget in bytes\n"
          "      --sentences N      budget in sentences\n"
          "  -m, --method NAME      ranking method (see --list-methods)\n"
          "      --list-methods     list the methods and exit\n"
          "      --language CODE    analyse every document as language CODE (ISO 639-1)\n"
          "                         instead of identifying each one's own\n"
          "      --list-languages   list the language profiles and exit\n"
          "  -f, --format FMT       text (default), markdown, json or html\n"
          "      --digest           add quotes, disagreeing figures, timeline and\n"
          "                         entities (docs/digest.md); default format markdown\n"
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
          "      --max-cluster-bytes N, --max-documents N, --max-cluster-memory N\n"
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
            usage(stdout);
            return EXIT_OK;
        }
        if (opt != '?')
            usage(stderr);
        return EXIT_USAGE;
    }
    if (optind >= argc) {
        usage(stderr);
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
    o.warn_fn = cli_print_warning;
    int status = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        precis_error err, w;
        precis_status st;
        if (strcmp(argv[i], "-") == 0) {
            size_t len;
            int cut;
            char *text = cli_read_all(stdin, o.max_cluster_bytes, &len, &cut);
            if (!text) {
                fputs("precis: -: cannot read standard input\n", stderr);
                status = EXIT_INPUT;
                continue;
            }
            if (cut)
                fprintf(stderr,
                        "precis: warning: -: standard input cut at %zu bytes "
                        "(--max-cluster-bytes)\n",
                        len);
            st = precis_cluster_add_joined(c, text, len, "-", &o, &w);
            free(text);
            if (st)
                fprintf(stderr, "precis: %s\n", w.code ? w.message : precis_strerror(st));
        } else {
            st = precis_cluster_add_path(c, argv[i], &o, &err, &w);
            if (st)
                fprintf(stderr, "precis: %s\n", err.code ? err.message : precis_strerror(st));
        }
        if (st)
            status = st == PRECIS_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
        if (st == PRECIS_ELIMIT)
            break; /* a cluster limit: later inputs would be refused too */
    }
    if (precis_cluster_sentence_count(c) == 0) {
        /* nothing to summarize: no output at all, rather than an empty one */
        if (status == EXIT_OK)
            fprintf(stderr, "precis: %s%s%s\n", optind == argc - 1 ? argv[optind] : "",
                    optind == argc - 1 ? ": " : "",
                    precis_cluster_document_count(c)
                        ? "the input holds no sentences"
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
        fputs("precis: the input holds no sentences\n", stderr);
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
