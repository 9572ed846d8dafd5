/* precis segment: cleaned sentences, one per line. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct raw_ctx {
    const char *text;
    size_t spans;
} raw_ctx;

static int print_span(void *vctx, size_t start, size_t end)
{
    raw_ctx *x = vctx;
    x->spans++;
    /* one sentence per line: a run of white space holding a line break
     * inside the sentence (a wrapped line) is printed as one space */
    const char *t = x->text;
    for (size_t i = start; i < end;) {
        size_t j = i;
        int brk = 0;
        while (j < end && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\r')) {
            brk |= t[j] == '\n' || t[j] == '\r';
            j++;
        }
        if (j > i) {
            if (brk)
                putchar(' ');
            else
                fwrite(t + i, 1, j - i, stdout);
            i = j;
            continue;
        }
        while (j < end && t[j] != ' ' && t[j] != '\t' && t[j] != '\n' && t[j] != '\r')
            j++;
        fwrite(t + i, 1, j - i, stdout);
        i = j;
    }
    putchar('\n');
    return 0;
}

/* --raw: the sentences of the text as given, without cleaning, in the
 * language of --language or the one identified. */
static int segment_raw(const char *arg, const precis_options *o, int *lost)
{
    /* standard input named so in messages, as elsewhere (it was "-") */
    const char *path = strcmp(arg, "-") == 0 ? "standard input" : arg;
    errno = 0;
    FILE *f = strcmp(arg, "-") == 0 ? stdin : fopen(arg, "rb");
    if (!f) {
        fprintf(stderr, "precis: %s: %s\n", path, cli_read_error());
        return EXIT_INPUT;
    }
    size_t len;
    int cut;
    char *text = cli_read_all(f, o->max_document_bytes, &len, &cut);
    if (f != stdin)
        fclose(f);
    if (!text) {
        fprintf(stderr, "precis: %s: %s\n", path, cli_read_error());
        return EXIT_INPUT;
    }
    /* without cleaning, but read as every input is (docs/inputs.md): gzip
     * inflated, a file that is not text or is UTF-16 skipped by name (they
     * were printed as bytes until session 39) */
    precis_error gzwarn;
    const char *utf16;
    char why[256];
    if (cli_gunzip(&text, &len, o->max_document_bytes, &cut, &gzwarn) < 0) {
        free(text);
        return EXIT_INTERNAL;
    }
    if (cli_text_json_cut(path, text, len, &gzwarn)) {
        free(text);
        return EXIT_INPUT;
    }
    if (gzwarn.code)
        *lost += cli_input_warning(path, gzwarn.code, gzwarn.message);
    if ((utf16 = cli_utf16(text, len)) != NULL)
        snprintf(why, sizeof why, CLI_UTF16_WHY, utf16, utf16);
    if (utf16 || precis_looks_binary(text, len, why, sizeof why)) {
        fprintf(stderr, "precis: warning: %s: skipped: %s\n", path, why);
        free(text);
        return EXIT_INPUT;
    }
    /* invalid UTF-8 (Latin-1 text, a stray byte) is printed as given, as
     * --raw prints the text; said as every other reader says it, which
     * replaces it by U+FFFD (it was printed in silence until session 44) */
    size_t first, nbad = precis_utf8_invalid(text, len, &first);
    if (nbad) {
        size_t line = 1;
        for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + first - p))) != NULL; p++)
            line++;
        fprintf(stderr,
                "precis: warning: %s: invalid UTF-8 at byte %zu, line %zu (%zu byte%s printed "
                "as given)\n",
                path, first, line, nbad, nbad == 1 ? "" : "s");
    }
    if (cut)
        fprintf(stderr, "precis: warning: %s: cut at %zu bytes (--max-document-bytes)\n", path,
                len);
    const char *lang = o->language ? o->language : precis_language_identify(text, len);
    raw_ctx x = {text, 0};
    precis_status st = precis_segment_language(text, len, lang, print_span, &x);
    free(text);
    if (!st && x.spans == 0) {
        /* nothing but white space: exit 1 and say so, as segment without
         * --raw and summarize do (docs/precis.1, "the input held no
         * sentence"); it printed nothing and exited 0 (session 40) */
        fprintf(stderr, "precis: %s: no sentences\n",
                strcmp(path, "-") == 0 ? "standard input" : path);
        return EXIT_INPUT;
    }
    return st ? EXIT_INPUT : EXIT_OK;
}

int cmd_segment(int argc, char **argv)
{
    enum { OPT_RAW = 1000 };
    /* the options segment reads: the language and the limits of reading.
     * The summary's (-w, -m, -f, --order, ...) are unknown here, as any
     * other option is: they were accepted and ignored (session 39) */
    static const struct option longopts[] = {
        {"language", required_argument, NULL, OPT_LANGUAGE},
        {"max-sentence-bytes", required_argument, NULL, OPT_MAX_SENTENCE},
        {"max-document-bytes", required_argument, NULL, OPT_MAX_DOCUMENT},
        {"max-cluster-bytes", required_argument, NULL, OPT_MAX_CLUSTER},
        {"max-documents", required_argument, NULL, OPT_MAX_DOCUMENTS},
        {"max-cluster-memory", required_argument, NULL, OPT_MAX_MEMORY},
        {"help", no_argument, NULL, 'h'},
        {"raw", no_argument, NULL, OPT_RAW},
        {NULL, 0, NULL, 0}};
    int raw = 0;
    precis_options o;
    precis_options_init(&o);
    int opt;
    optind = 1;
    while ((opt = cli_getopt(argc, argv, "h", longopts)) != -1) {
        if (opt == OPT_RAW) {
            raw = 1;
            continue;
        }
        int r = cli_common_option(opt, optarg, &o, NULL);
        if (r < 0)
            return EXIT_USAGE;
        if (opt == 'h') {
            puts("usage: precis segment [--raw] [--language CODE] [--max-sentence-bytes N] "
                 "FILE|DIR|- ...\n"
                 "Prints the sentences of each document, after cleaning, one per line.\n"
                 "--raw: of each file as given, without cleaning (a directory is not read).\n"
                 "Also --max-document-bytes, --max-cluster-bytes, --max-documents,\n"
                 "--max-cluster-memory (docs/limits.md).");
            return EXIT_OK;
        }
        if (!r) {
            fputs("usage: precis segment FILE|DIR|- ...\n", stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fputs("usage: precis segment FILE|DIR|- ...\n", stderr);
        return EXIT_USAGE;
    }
    if (cli_stdin_twice(argc, argv, optind))
        return EXIT_USAGE;
    /* inputs not read whole (a gzip stream cut short or corrupt, a file of
     * a directory that cannot be read): their sentences printed, exit 1 */
    int lost = 0;
    o.warn_fn = cli_print_warning;
    o.warn_ctx = &lost;
    int status = EXIT_OK;
    if (raw) {
        if (!o.max_document_bytes)
            o.max_document_bytes = (size_t)64 << 20;
        for (int i = optind; i < argc; i++) {
            int r = segment_raw(argv[i], &o, &lost);
            if (r)
                status = r;
        }
        if (cli_finish_output())
            return EXIT_INTERNAL;
        return lost && status == EXIT_OK ? EXIT_INPUT : status;
    }
    for (int i = optind; i < argc; i++) {
        precis_cluster *c;
        if (precis_cluster_new(&c, NULL))
            return EXIT_INTERNAL;
        precis_error err, w;
        precis_status st;
        if (strcmp(argv[i], "-") == 0) {
            size_t len;
            char *text = cli_read_stdin(o.max_cluster_bytes, &len);
            /* gzip inflated here, as summarize - does, so that a cut JSON
             * line inside it is seen (the library's reader inflated it,
             * and the line was printed as sentences, until session 44) */
            precis_error gz;
            int gcut = 0;
            if (text && cli_gunzip(&text, &len, o.max_cluster_bytes, &gcut, &gz) < 0) {
                free(text);
                precis_cluster_free(c);
                fputs("precis: -: out of memory\n", stderr);
                return EXIT_INTERNAL;
            }
            if (text && cli_text_json_cut("standard input", text, len, &gz)) {
                free(text);
                precis_cluster_free(c);
                status = EXIT_INPUT;
                continue;
            }
            if (text && gz.code)
                lost += cli_input_warning("standard input", gz.code, gz.message);
            st = text ? precis_cluster_add_joined(c, text, len, "standard input", &o, &w)
                      : PRECIS_EIO;
            free(text);
            if (st)
                fprintf(stderr, "precis: -: %s\n",
                        st != PRECIS_EIO && w.code ? w.message : precis_strerror(st));
        } else {
            st = precis_cluster_add_path(c, argv[i], &o, &err, &w);
            if (st)
                fprintf(stderr, "precis: %s\n", err.code ? err.message : precis_strerror(st));
        }
        if (st)
            status = EXIT_INPUT;
        size_t n = precis_cluster_sentence_count(c);
        /* nothing left (not text, empty, no sentence): exit 1, as summarize */
        if (!st && n == 0) {
            fprintf(stderr, "precis: %s: no sentences\n",
                    strcmp(argv[i], "-") == 0 ? "standard input" : argv[i]);
            status = EXIT_INPUT;
        }
        for (size_t k = 0; k < n; k++) {
            precis_sentence s;
            precis_cluster_sentence(c, k, &s);
            fwrite(s.text, 1, s.len, stdout);
            putchar('\n');
        }
        precis_cluster_free(c);
    }
    if (cli_finish_output())
        return EXIT_INTERNAL;
    return lost && status == EXIT_OK ? EXIT_INPUT : status;
}
