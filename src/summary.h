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

#endif
