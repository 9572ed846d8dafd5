/* What share of a language's sentences a summary can choose at all: reads
 * clusters as bench/lang_clusters.py writes them, adds each document with
 * the language identified, and counts the cluster's sentences that are page
 * furniture, that are no candidate (model/cluster.c: fewer than 5 words, no
 * sentence end, unpaired quotes, a line of capitals), that are broken
 * (model/standalone.c, PC_SA_BROKEN), that can be chosen (pc_sa_chain) and
 * that can open a summary (pc_sa_opener).  Built and run by
 * bench/eligible.sh.
 * usage: eligible [--show KIND] LANG < clusters
 *   KIND: short, ineligible, broken, refers, chosen: prints those sentences */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/cluster.h"
#include "model/model.h"
#include "model/standalone.h"
#include "precis.h"
#include "util/arena.h"

int main(int argc, char **argv)
{
    const char *show = NULL, *want = NULL;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--show") && i + 1 < argc)
            show = argv[++i];
        else
            want = argv[i];
    size_t sents = 0, furn = 0, shortn = 0, inel = 0, broken = 0, chosen = 0, opener = 0,
           refers = 0, unchain = 0, docs = 0, wrong_lang = 0, clusters = 0;
    char line[64];
    int more = fgets(line, sizeof line, stdin) != NULL;
    while (more && line[0] == 'C') {
        precis_cluster *c;
        if (precis_cluster_new(&c, NULL))
            return 3;
        while ((more = fgets(line, sizeof line, stdin) != NULL) && line[0] == 'D') {
            size_t n = strtoul(line + 2, NULL, 10);
            char *t = malloc(n + 1);
            if (!t || fread(t, 1, n, stdin) != n)
                return 3;
            getchar();
            precis_cluster_add_document(c, t, n, NULL, NULL, NULL);
            free(t);
        }
        clusters++;
        for (size_t d = 0; d < c->ndocs; d++) {
            const char *l = precis_cluster_document_language(c, d);
            docs++;
            if (want && strcmp(l, want)) {
                wrong_lang++;
                if (show && !strcmp(show, "lang"))
                    printf("lang %s: %.*s\n", l, 200, c->docs[d].text);
            }
        }
        pc_arena a;
        pc_arena_init(&a, NULL);
        pc_model m;
        if (pc_model_build(&m, c, &a))
            return 3;
        uint32_t members[PC_SA_CHAIN];
        for (size_t s = 0, j = 0; s < c->nsents; s++) {
            const pc_sent *st = &c->sents[s];
            const char *kind;
            unsigned flags = 0;
            sents++;
            if (st->furniture) {
                furn++;
                kind = "furniture";
            } else if (j < m.ncandidates && m.sentence_of[j] == s) {
                uint8_t f = m.standalone[j];
                flags = f;
                if (f & PC_SA_BROKEN) {
                    broken++;
                    kind = "broken";
                } else if (pc_sa_chain(m.standalone, m.standalone_prev, NULL, (uint32_t)j,
                                       members)) {
                    chosen++;
                    opener += pc_sa_opener(f);
                    kind = pc_sa_opener(f) ? "chosen" : "refers";
                    refers += !pc_sa_opener(f);
                } else {
                    kind = "unchainable";
                    unchain++;
                }
                j++;
            } else if (st->words < 5) {
                shortn++;
                kind = "short";
            } else {
                inel++;
                kind = "ineligible";
            }
            if (show && !strcmp(show, kind))
                printf("%s %u\t%.*s\n", kind, flags, (int)st->len, st->text);
        }
        pc_arena_release(&a);
        precis_cluster_free(c);
    }
    if (show)
        return 0;
#define PCT(x) (sents ? 100.0 * (double)(x) / (double)sents : 0.0)
    printf("%-3s %4zu %4zu %5zu %5.1f %5.1f %5.1f %5.1f %5.1f %5.1f %5.1f %4zu\n",
           want ? want : "?", clusters, docs, sents, PCT(furn), PCT(shortn), PCT(inel), PCT(broken),
           PCT(unchain), PCT(chosen), PCT(opener), wrong_lang);
    return 0;
}
