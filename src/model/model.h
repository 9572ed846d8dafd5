/* Features of a cluster for the ranking methods: the candidate sentences,
 * term statistics, tf-idf vectors and content-term sets.  Built once per
 * summary in the summary's scratch arena. */
#ifndef PRECIS_MODEL_MODEL_H
#define PRECIS_MODEL_MODEL_H
#include <stddef.h>
#include <stdint.h>
#include "model/cluster.h"
#include "model/concepts.h"

typedef struct pc_svec {
    uint32_t *id; /* sorted term ids */
    float *w;
    uint32_t n;
    float norm;
} pc_svec;

/* A candidate's features: the concept ids (content unigrams and bigrams)
 * of its sentence, each once, in no particular order. */
typedef struct pc_fset {
    const uint32_t *f;
    uint32_t n;
} pc_fset;

/* Scratch of the overlap test: mark[k] == stamp for the features of the
 * marked candidate (pc_overlap_mark). */
typedef struct pc_marks {
    uint32_t *mark;
    uint32_t stamp;
    uint32_t n; /* features of the marked candidate */
} pc_marks;

typedef struct pc_model {
    const precis_cluster *c;
    pc_arena *a;
    size_t n;       /* candidate sentences */
    uint32_t *sent; /* candidate -> index in c->sents */
    size_t nterms;
    uint32_t *sf;    /* per term: candidates containing it */
    float *idf;      /* per term, from sentence frequency */
    pc_svec *vec;    /* per candidate: tf-idf of content terms */
    pc_concepts cs;  /* the cluster's concepts: content unigrams and bigrams */
    pc_fset *fset;   /* per candidate: its sentence's concepts */
    pc_marks *marks; /* scratch of the overlap test */
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
/* The overlap coefficient of two candidates' feature sets: near 1 when one
 * sentence says what the other says in nearly the same words, low for two
 * sentences that only share the topic's words.  This is the "same content"
 * test.  One candidate is marked (its features stamped in a table indexed
 * by concept id, linear in its features), then compared with any number of
 * others (linear in theirs): the model's scratch makes these two calls, not
 * the model, stateful, so one model serves one thread at a time. */
void pc_overlap_mark(const pc_model *m, size_t i);
/* Overlap of the last marked candidate with candidate j. */
double pc_overlap_with(const pc_model *m, size_t j);
/* Same content test of the marked candidate and j. */
static inline int pc_same_content(const pc_model *m, size_t j, double limit)
{
    return pc_overlap_with(m, j) >= limit;
}
#endif
