/* precis segment: cleaned sentences, one per line. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_segment(int argc, char **argv)
{
    static const struct option longopts[] = {CLI_COMMON_LONG, {NULL, 0, NULL, 0}};
    precis_options o;
    precis_options_init(&o);
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, CLI_COMMON_SHORT, longopts, NULL)) != -1) {
        int r = cli_common_option(opt, optarg, &o, NULL);
        if (r < 0)
            return EXIT_USAGE;
        if (opt == 'h') {
            puts("usage: precis segment [--max-sentence-bytes N] FILE|DIR|- ...\n"
                 "Prints the sentences of each document, after cleaning, one per line.");
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
    o.warn_fn = cli_print_warning;
    int status = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        precis_cluster *c;
        if (precis_cluster_new(&c, NULL))
            return EXIT_INTERNAL;
        precis_error err, w;
        precis_status st;
        if (strcmp(argv[i], "-") == 0) {
            size_t len;
            int cut;
            char *text = cli_read_all(stdin, o.max_cluster_bytes, &len, &cut);
            if (text && cut)
                fprintf(stderr,
                        "precis: warning: -: standard input cut at %zu bytes "
                        "(--max-cluster-bytes)\n",
                        len);
            st = text ? precis_cluster_add_joined(c, text, len, "-", &o, &w) : PRECIS_EIO;
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
        for (size_t k = 0; k < n; k++) {
            precis_sentence s;
            precis_cluster_sentence(c, k, &s);
            fwrite(s.text, 1, s.len, stdout);
            putchar('\n');
        }
        precis_cluster_free(c);
    }
    return status;
}
