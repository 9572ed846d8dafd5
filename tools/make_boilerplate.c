/* Writes src/text/boilerplate.inc: the keys (text/boilerplate.h) of the
 * sentences that the documents of at least MIN_CLUSTERS different clusters
 * of Multi-News train-10k share word for word (never val), sorted, each with
 * its count and the start of its text as a comment for the reader.
 * Sentences are precis's own: cleaned and segmented as a summary sees them.
 *
 * Why 4: a sentence in 3 clusters is still sometimes news told again in
 * another cluster of the same story ("The republican national committee is
 * rolling out a plan to review ..."); from 4 on, the sentences read in the
 * table are page furniture (prompts, subscription offers, an archive's crawl
 * notices, agency credit lines), and so are the sampled ones in 5 to 7.
 *
 * usage: precis-boilerplate TRAIN.jsonl.gz > src/text/boilerplate.inc */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "gzlines.h"
#include "model/cluster.h"
#include "text/boilerplate.h"
#include "util/u64map.h"

#define MIN_CLUSTERS 4
#define SHOWN 72 /* bytes of a sentence's text in its comment */

typedef struct entry {
    uint64_t key;
    uint32_t clusters;
    char text[SHOWN + 1];
} entry;

static int by_key(const void *a, const void *b)
{
    uint64_t p = ((const entry *)a)->key, q = ((const entry *)b)->key;
    return (p > q) - (p < q);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: precis-boilerplate TRAIN.jsonl.gz > boilerplate.inc\n");
        return 2;
    }
    gzFile f = gzopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "precis-boilerplate: cannot open %s\n", argv[1]);
        return 1;
    }
    pc_u64map index = {0}; /* key -> entries index + 1 */
    entry *e = NULL;
    size_t n = 0, cap = 0, clusters = 0;
    pc_buf line = PC_BUF_INIT;
    while (pc_gz_read_line(f, &line)) {
        precis_cluster *c;
        if (precis_cluster_from_json(line.ptr, line.len, NULL, NULL, &c, NULL, NULL))
            continue;
        clusters++;
        pc_u64map seen = {0}; /* this cluster's keys: each counts once */
        for (size_t i = 0; i < c->nsents; i++) {
            const pc_sent *s = &c->sents[i];
            uint64_t k = pc_boilerplate_key(s->text, s->len);
            if (!k || pc_u64map_find(&seen, k))
                continue;
            if (pc_u64map_put(&seen, NULL, k, 1))
                return 1;
            uint64_t *x = pc_u64map_find(&index, k);
            if (x) {
                e[*x - 1].clusters++;
                continue;
            }
            if (n == cap && !(e = realloc(e, (cap = cap ? 2 * cap : 65536) * sizeof *e)))
                return 1;
            e[n].key = k;
            e[n].clusters = 1;
            size_t m = s->len < SHOWN ? s->len : SHOWN;
            while (m > 0 && m < s->len && ((unsigned char)s->text[m] & 0xC0) == 0x80)
                m--; /* not inside a character */
            memcpy(e[n].text, s->text, m);
            e[n].text[m] = 0;
            if (pc_u64map_put(&index, NULL, k, ++n))
                return 1;
        }
        pc_u64map_release(&seen, NULL);
        precis_cluster_free(c);
    }
    gzclose(f);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (e[i].clusters >= MIN_CLUSTERS)
            e[kept++] = e[i];
    if (!kept) {
        fputs("precis-boilerplate: no sentence is shared by enough clusters\n", stderr);
        return 1;
    }
    qsort(e, kept, sizeof *e, by_key);
    printf("/* boilerplate_keys: the sentences of %d or more of the %zu clusters\n"
           " * (%zu of %zu distinct sentences), by key. */\n",
           MIN_CLUSTERS, clusters, kept, n);
    printf("#define PC_BOILERPLATE_MIN_CLUSTERS %d\n", MIN_CLUSTERS);
    printf("static const uint64_t boilerplate_keys[] = {\n");
    for (size_t i = 0; i < kept; i++) {
        /* the text as a comment, for the reader (no comment closer in it) */
        for (char *p = e[i].text; *p; p++)
            if (*p == '*' || *p == '/' || *p == '\\' || (unsigned char)*p < 0x20)
                *p = '_';
        printf("    0x%016llxull, /* %u: %s */\n", (unsigned long long)e[i].key, e[i].clusters,
               e[i].text);
    }
    printf("};\n");
    free(e);
    pc_u64map_release(&index, NULL);
    pc_buf_release(&line);
    return 0;
}
