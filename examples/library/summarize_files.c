/* A complete program using the installed library: summarizes the files
 * named on the command line as one cluster, in 60 words, and prints each
 * sentence of the summary with the name of the file it comes from.
 *
 * Build against an installed precis (see README, "Install"):
 *   cc summarize_files.c $(pkg-config --cflags --libs precis) -o summarize_files
 * or, linking the static library:
 *   cc summarize_files.c $(pkg-config --cflags --libs precis-static) -o summarize_files
 */
#include <precis.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    precis_cluster *c;
    if (precis_cluster_new(&c, NULL) != PRECIS_OK) {
        fputs("out of memory\n", stderr);
        return 3;
    }
    precis_options o;
    precis_options_init(&o);
    o.unit = PRECIS_UNIT_WORDS;
    o.budget = 60;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        precis_error err, warn;
        precis_status st = precis_cluster_add_path(c, argv[i], &o, &err, &warn);
        if (st != PRECIS_OK) {
            fprintf(stderr, "%s\n", err.code ? err.message : precis_strerror(st));
            status = 1;
        } else if (warn.code) {
            fprintf(stderr, "warning: %s\n", warn.message);
        }
    }
    precis_summary *s = NULL;
    precis_status st = precis_summarize(c, &o, &s);
    if (st != PRECIS_OK) {
        fprintf(stderr, "%s\n", precis_strerror(st));
        precis_cluster_free(c);
        return 1;
    }
    for (size_t i = 0; i < precis_summary_count(s); i++) {
        precis_sentence x;
        if (precis_summary_sentence(s, i, &x) != PRECIS_OK)
            continue;
        const precis_doc_meta *m = precis_cluster_document_meta(c, x.doc);
        printf("%.*s [%s]\n", (int)x.len, x.text, m && m->name ? m->name : "?");
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    return status;
}
