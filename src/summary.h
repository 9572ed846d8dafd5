#ifndef PRECIS_SUMMARY_H
#define PRECIS_SUMMARY_H
#include "model/cluster.h"

typedef struct pc_item {
    uint32_t sent; /* index in cluster->sents */
    double score;
    size_t *also; /* other documents with the same content */
    size_t nalso;
} pc_item;

struct precis_summary {
    const precis_cluster *c;
    const precis_allocator *alc;
    pc_arena arena;
    const char *method;
    pc_item *items;
    size_t n;
};

/* Documents carrying summary item i (its own and the others with the same
 * content) into out (ndocs + 1 room), ascending; returns how many. */
size_t pc_summary_item_docs(const precis_summary *s, size_t i, size_t *out);
/* The summary as a self-contained HTML page (render_digest.c): sentences
 * with source markers and the source list.  `tmp` holds ndocs + 1 sizes. */
struct pc_buf;
void pc_render_summary_html(const precis_summary *s, struct pc_buf *b, size_t *tmp);
#endif
