/* Features of a candidate sentence for the learned sentence prior. */
#ifndef PRECIS_MODEL_SENTFEAT_H
#define PRECIS_MODEL_SENTFEAT_H
#include "model/concepts.h"
#include "model/features.h"
#include "model/model.h"

/* What the sentence features need from the whole cluster, computed once. */
typedef struct pc_sentence_context {
    const pc_concepts *concepts;
    const double *weight;     /* per concept */
    double *centroid_cos;     /* per candidate: cosine with the cluster centroid */
    double *doc_centroid_cos; /* per document: cosine of its vector with the centroid */
    double *support;          /* per candidate: best same-content overlap in another document */
    /* per document, or NULL: 1 for a document whose words the model's
     * English parts (the lexicon, the first-person and saying word lists)
     * must not read, a document not in English in a cluster that has
     * English ones; its sentences get those features as in a language
     * without training data (rank/learned.c).  pc_sentence_context_build
     * leaves it NULL. */
    const uint8_t *untrained_doc;
} pc_sentence_context;

/* Fills ctx.  The cross-document support compares the pairs of candidates
 * from different documents that share a bigram, at most max_pairs of them
 * (see cross_support in sentfeat.c). */
precis_status pc_sentence_context_build(const pc_model *m, const pc_concepts *cs, const double *w,
                                        size_t max_pairs, pc_sentence_context *ctx);

/* Fills f (PC_NSFEAT values, indexed PC_SF_*) for candidate i.  Scale-free like the
 * concept features. */
void pc_sentence_features(const pc_model *m, const pc_sentence_context *ctx, size_t i, double *f);
#endif
