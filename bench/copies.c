/* How much of each document is a copy of an earlier one of its cluster:
 * reads JSON Lines clusters ({"id", "documents": [...]}) on stdin, adds
 * every document with copies kept (so that each is measured), and for each
 * document after the first prints nothing but counts its share of words in
 * sentences of the best-matching earlier document (model/copies.h), in
 * buckets of 5 %.  With --show, each document at or above --min (default
 * 0.5) is printed with the start of both texts.  Built and run by
 * bench/copies.sh; the table gives the reason for PC_COPY_SHARE. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/cluster.h"
#include "model/copies.h"
#include "precis.h"

static void head(const char *label, const precis_cluster *c, size_t d)
{
    const pc_doc *doc = &c->docs[d];
    printf("  %s (%zu sentences, %zu words):", label, doc->nsent, doc->words);
    for (size_t i = doc->first_sent; i < doc->first_sent + doc->nsent && i < doc->first_sent + 3;
         i++)
        printf(" | %.*s", (int)(c->sents[i].len < 90 ? c->sents[i].len : 90), c->sents[i].text);
    printf("\n");
}

int main(int argc, char **argv)
{
    int show = 0;
    double min = 0.5;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--show"))
            show = 1;
        else if (!strcmp(argv[i], "--min") && i + 1 < argc)
            min = atof(argv[++i]);
    }
    size_t buckets[21] = {0}, docs = 0, clusters = 0, over = 0, with_copy = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        json_error_t e;
        json_t *o = json_loadb(line, (size_t)n, 0, &e);
        json_t *ds = o ? json_object_get(o, "documents") : NULL;
        if (!json_is_array(ds)) {
            json_decref(o);
            continue;
        }
        precis_cluster *c;
        if (precis_cluster_new(&c, NULL))
            return 1;
        c->keep_copies = 1;
        for (size_t k = 0; k < json_array_size(ds); k++) {
            json_t *t = json_array_get(ds, k);
            if (json_is_string(t))
                precis_cluster_add_document(c, json_string_value(t), json_string_length(t), NULL,
                                            NULL, NULL);
        }
        clusters++;
        int had = 0;
        for (size_t d = 1; d < c->ndocs; d++) {
            if (!c->docs[d].words)
                continue;
            uint32_t shared;
            size_t orig = pc_copies_best(c, d, &shared);
            double share = (double)shared / (double)c->docs[d].words;
            int copy = orig != SIZE_MAX && pc_copies_is_copy(&c->docs[d], shared);
            docs++;
            buckets[(int)(share * 20 + 1e-9)]++;
            if (copy) {
                over++;
                had = 1;
            }
            if (show && share >= min) {
                json_t *id = json_object_get(o, "id");
                printf("%s doc %zu of doc %zu: share %.3f, %u words%s\n",
                       json_is_string(id) ? json_string_value(id) : "?", d, orig, share, shared,
                       copy ? " (copy)" : "");
                head("this   ", c, d);
                head("earlier", c, orig);
            }
        }
        with_copy += (size_t)had;
        precis_cluster_free(c);
        json_decref(o);
    }
    free(line);
    printf("%zu clusters, %zu documents after the first of their cluster\n", clusters, docs);
    printf("| share of the words in sentences of one earlier document | documents |\n|---|---:|\n");
    for (int b = 0; b <= 20; b++)
        if (buckets[b])
            printf("| %s%.2f%s | %zu |\n", b == 20 ? "" : "[", b * 0.05, b == 20 ? " (all)" : "",
                   buckets[b]);
    printf("near copies (share >= %.2f, >= %d words shared): %zu documents, in %zu clusters\n",
           PC_COPY_SHARE, PC_COPY_MIN_WORDS, over, with_copy);
    return 0;
}
