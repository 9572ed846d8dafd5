/* Features of a cluster for the ranking methods: the candidate sentences,
 * term statistics, tf-idf vectors and content-term sets.  Built once per
 * summary in the summary's scratch arena. */
#ifndef PRECIS_MODEL_MODEL_H
#define PRECIS_MODEL_MODEL_H
#include <stddef.h>
#include <stdint.h>
#include "model/cluster.h"

typedef struct pc_svec {
    uint32_t *id; /* sorted term ids */
    float *w;
    uint32_t n;
    float norm;
} pc_svec;

/* A sorted set of hashed features (content unigrams and bigrams). */
typedef struct pc_fset {
    uint64_t *f;
    uint32_t n;
} pc_fset;

typedef struct pc_model {
    const precis_cluster *c;
    pc_arena *a;
    size_t n;          /* candidate sentences */
    uint32_t *sent;    /* candidate -> index in c->sents */
    size_t nterms;
    uint32_t *df;      /* per term: documents containing it */
    uint32_t *sf;      /* per term: candidates containing it */
    float *idf;        /* per term, from sentence frequency */
    pc_svec *vec;      /* per candidate: tf-idf of content terms */
    pc_fset *fset;     /* per candidate: content unigrams and bigrams */
    size_t ndocs;      /* documents with at least one sentence */
} pc_model;

/* Builds the model over the cluster's eligible sentences (all sentences when
 * none is eligible).  Returns PRECIS_OK or PRECIS_ENOMEM. */
precis_status pc_model_build(pc_model *m, const precis_cluster *c, pc_arena *a);

static inline const pc_sent *pc_model_sent(const pc_model *m, size_t i)
{
    return &m->c->sents[m->sent[i]];
}

/* Cosine of two vectors (0 when either is empty). */
double pc_svec_cos(const pc_svec *a, const pc_svec *b);
/* Overlap coefficient of two feature sets: near 1 when one sentence says what
 * the other says in nearly the same words, low for two sentences that only
 * share the topic's words.  This is the "same content" test. */
double pc_fset_overlap(const pc_fset *a, const pc_fset *b);
/* Same content test used by selection and source tracing. */
static inline int pc_same_content(const pc_model *m, size_t i, size_t j, double limit)
{
    return pc_fset_overlap(&m->fset[i], &m->fset[j]) >= limit;
}
#endif
