#ifndef PRECIS_SUMMARY_H
#define PRECIS_SUMMARY_H
#include "model/cluster.h"

/* Bytes inserted into a summary sentence (model/names.h): text[0..len)
 * stands at byte `at` of the sentence's display text (as the summary shows
 * it, the inserts before it included). */
typedef struct pc_edit {
    size_t at;
    const char *text;
    size_t len;
} pc_edit;

typedef struct pc_item {
    uint32_t sent; /* index in cluster->sents */
    double score;
    size_t *also; /* other documents with the same content */
    size_t nalso;
    /* the text the summary shows: the sentence's display text, with the
     * edits when there are any (a copy in the summary's arena) */
    const char *text;
    size_t len;
    pc_edit *edits;
    size_t nedits;
} pc_item;

struct precis_summary {
    const precis_cluster *c;
    const precis_allocator *alc;
    pc_arena arena;
    const char *method;
    pc_item *items;
    size_t n;
    /* per document (cluster->ndocs entries, or NULL when none is): 1 when
     * the method left every one of its candidates out as a sentence of
     * another story (a score of -HUGE_VAL, rank/rank.h), so that the
     * renderings and the CLI can say that it was not used */
    uint8_t *aside;
};

#endif
