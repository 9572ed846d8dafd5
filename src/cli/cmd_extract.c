/* precis extract: the article text of an HTML page. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static void usage(FILE *out)
{
    fputs("usage: precis extract [-f text|json] FILE|-\n"
          "Print the main content of an HTML page (a file, gzip-compressed or not, or\n"
          "'-' for stdin): the article body, paragraphs separated by blank lines.\n\n"
          "  -f, --format FMT   text (default) or json (text and metadata: title,\n"
          "                     byline, date, site, url)\n"
          "      --bench FILE...  extract every FILE (read first), print only the\n"
          "                     bytes of HTML, the time and the speed in MB/s\n",
          out);
}

/* Reads a file or stdin whole (gzip data is inflated by the library). */
/* Reads a page whole; past the document limit (64 MiB, docs/limits.md) the
 * library cuts it anyway, so reading stops one byte after it. */
static char *read_input(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    precis_options o;
    precis_options_init(&o);
    int cut;
    char *data = cli_read_all(f, o.max_document_bytes + 1, len, &cut);
    if (f != stdin)
        fclose(f);
    return data;
}

/* --bench: the files are read first so that only extraction is timed. */
static int bench(int argc, char **argv)
{
    char **data = calloc((size_t)argc + 1, sizeof *data);
    size_t *len = calloc((size_t)argc + 1, sizeof *len);
    if (!data || !len) {
        free(data);
        free(len);
        return EXIT_INTERNAL;
    }
    int status = EXIT_OK;
    size_t total = 0, out = 0;
    for (int i = 0; i < argc; i++) {
        errno = 0;
        data[i] = read_input(argv[i], &len[i]);
        if (!data[i]) {
            fprintf(stderr, "precis: %s: cannot read: %s\n", argv[i], cli_read_error());
            status = EXIT_INPUT;
        }
        total += len[i];
    }
    /* CPU time of this process: one core, and not skewed by other load */
    struct timespec a, b;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    for (int i = 0; i < argc && status == EXIT_OK; i++) {
        precis_extracted *x;
        if (precis_html_extract(data[i], len[i], NULL, &x, NULL)) {
            status = EXIT_INTERNAL;
            break;
        }
        size_t tl;
        precis_extracted_text(x, &tl);
        out += tl;
        precis_extracted_free(x);
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    double t = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    if (status == EXIT_OK)
        printf("%zu bytes of HTML, %d pages, %zu bytes of text, %.3f s CPU, %.1f MB/s\n", total,
               argc, out, t, t > 0 ? (double)total / t / 1e6 : 0.0);
    for (int i = 0; i < argc; i++)
        free(data[i]);
    free(data);
    free(len);
    return status;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                             {"help", no_argument, NULL, 'h'},
                                             {"bench", no_argument, NULL, 'B'},
                                             {NULL, 0, NULL, 0}};
    int json = 0, timing = 0, opt;
    optind = 1;
    while ((opt = cli_getopt(argc, argv, "f:h", longopts)) != -1) {
        if (opt == 'h') {
            usage(stdout);
            return EXIT_OK;
        }
        if (opt == 'B') {
            timing = 1;
            continue;
        }
        if (opt == 'f' && (strcmp(optarg, "text") == 0 || strcmp(optarg, "json") == 0)) {
            json = strcmp(optarg, "json") == 0;
            continue;
        }
        if (opt == 'f')
            fprintf(stderr, "precis: unknown format '%s' (text, json)\n", optarg);
        if (opt != '?')
            usage(stderr);
        return EXIT_USAGE;
    }
    if (timing && optind < argc)
        return bench(argc - optind, argv + optind);
    if (optind != argc - 1) {
        usage(stderr);
        return EXIT_USAGE;
    }
    /* named as every other command names standard input in messages (it
     * was "-": "no article found in -", until session 41) */
    const char *path = strcmp(argv[optind], "-") == 0 ? "standard input" : argv[optind];
    size_t len;
    errno = 0;
    char *data = read_input(argv[optind], &len);
    if (!data) {
        fprintf(stderr, "precis: %s: cannot read: %s\n", path, cli_read_error());
        return EXIT_INPUT;
    }
    /* gzip is inflated here, not only by the library, so that what it holds
     * is judged too (a compressed image or archive printed as mojibake
     * until session 39) */
    precis_options lim;
    precis_options_init(&lim);
    int cut = 0;
    precis_error gzwarn;
    if (cli_gunzip(&data, &len, lim.max_document_bytes + 1, &cut, &gzwarn) < 0) {
        fprintf(stderr, "precis: %s: %s\n", path, precis_strerror(PRECIS_ENOMEM));
        free(data);
        return EXIT_INTERNAL;
    }
    /* a stream cut short or corrupt: the article of the part before is
     * printed, then exit 1 (docs/inputs.md, "Input not read whole") */
    if (cli_text_json_cut(path, data, len, &gzwarn)) {
        free(data); /* one JSON line cut short: no page, as summarize FILE says */
        return EXIT_INPUT;
    }
    int lost = gzwarn.code ? cli_input_warning(path, gzwarn.code, gzwarn.message) : 0;
    char why[256];
    if (precis_looks_binary(data, len, why, sizeof why)) {
        fprintf(stderr, "precis: %s: skipped: %s; no article found in %s\n", path, why, path);
        free(data);
        return EXIT_INPUT;
    }
    precis_extracted *x;
    precis_error warn;
    precis_status st = precis_html_extract(data, len, NULL, &x, &warn);
    free(data);
    if (st) {
        fprintf(stderr, "precis: %s: %s\n", path, precis_strerror(st));
        return st == PRECIS_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
    }
    if (warn.code)
        fprintf(stderr, "precis: warning: %s: %s\n", path, warn.message);
    size_t textlen = 0;
    const char *text = precis_extracted_text(x, &textlen);
    size_t k = 0;
    while (text && k < textlen && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t'))
        k++;
    if (!text || k == textlen) {
        fprintf(stderr, "precis: no article found in %s%s\n", path, len ? "" : " (it is empty)");
        precis_extracted_free(x);
        return EXIT_INPUT;
    }
    char *out;
    size_t outlen;
    st = precis_extracted_render(x, json ? PRECIS_FORMAT_JSON : PRECIS_FORMAT_TEXT, &out, &outlen);
    if (st) {
        fprintf(stderr, "precis: %s: %s\n", path, precis_strerror(st));
        precis_extracted_free(x);
        return EXIT_INTERNAL;
    }
    fwrite(out, 1, outlen, stdout);
    precis_free(out);
    precis_extracted_free(x);
    return cli_finish_output() ? EXIT_INTERNAL : lost ? EXIT_INPUT : EXIT_OK;
}
