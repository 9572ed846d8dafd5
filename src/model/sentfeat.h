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
    /* per candidate: PC_OFF_* bits, a sentence of another story in the
     * cluster (pc_offtopic_mark; docs/methods.md, "Sentences of another
     * story") */
    uint8_t *offtopic;
    /* per document, or NULL: 1 for a document whose words the model's
     * English parts (the lexicon, the first-person and saying word lists)
     * must not read, a document not in English in a cluster that has
     * English ones; its sentences get those features as in a language
     * without training data (rank/learned.c).  pc_sentence_context_build
     * leaves it NULL. */
    const uint8_t *untrained_doc;
    /* per document, or NULL: pc_sentence_features adds 1 for each
     * candidate it reads with a first-person word of the English list
     * (rank/learned.c, a document in the writer's first person).
     * pc_sentence_context_build leaves it NULL. */
    uint32_t *first_person_docs;
} pc_sentence_context;

/* A document far from the others of its cluster: in a cluster of three
 * documents or more, the cosine of its tf-idf vector with the sum of the
 * other documents' (leave one out) is under PC_OFF_DOC_COS and under
 * PC_OFF_DOC_REL times the median of the other documents' own such
 * cosines (PC_OFF_DOC); very far under PC_OFF_FAR_COS and PC_OFF_FAR_REL
 * times it (PC_OFF_DOC_FAR as well).  Leave one out, because a document's
 * own words are part of the whole cluster's centroid (a third of it in a
 * cluster of three); relative to the others, and only when the others
 * tell one story (their median PC_OFF_DOC_CORE or more), because in a
 * roundup every document is far from the rest and none is the odd one
 * out (train-10k: under a median of 0.08 the references take most of
 * their words from 8 % of a marked document's sentences, from 5 % above
 * it, 17 % of the others').  Two
 * documents are one cosine, the same for both: a pair is marked by its
 * lengths instead (PC_OFF_PAIR_RATIO).  And the story is what most of the cluster tells: when the
 * far documents hold half the candidates' words or more, none is marked. Counted in train-10k's
 * sources against its references (docs/methods.md, "Sentences of another story"). */
#define PC_OFF_DOC_COS 0.05
#define PC_OFF_DOC_REL 0.3
#define PC_OFF_DOC_CORE 0.08
#define PC_OFF_FAR_COS 0.02
#define PC_OFF_FAR_REL 0.2
/* A very far document that holds PC_OFF_CORE_MIN of the cluster's core
 * terms or more (unigram concepts in more than half of the other
 * documents, two of them at least) is only far (session 36): it tells the
 * story in words of its own (a page of captions naming the story's
 * people, an obituary of the man in the news, a campaign page for the
 * animal the story is about), and the summary must not say it is another
 * story.  train-10k: the very far documents with three core terms or more
 * (17) have 0.20 of their sentences' words in the reference, the others
 * (156) 0.14, the far band 0.21 (crude stems; docs/methods.md). */
#define PC_OFF_CORE_MIN 3
/* A far pair (session 34): in a cluster of two documents with candidates,
 * whose cosine (the same for both) is under PC_OFF_DOC_COS, the shorter
 * one's candidates are PC_OFF_DOC when the longer holds PC_OFF_PAIR_RATIO
 * times its candidates' words or more.  Which of two far documents is the
 * story cannot be told from the cosine, but the length tells it: in
 * train-10k's far pairs where one document is clearly the reference's
 * (twice the share of its words), the longer one is in 78 % of them, and
 * the shorter one's sentences have 0.05-0.11 of their words in the
 * reference, against 0.39-0.40 for the longer one's (docs/methods.md).
 * Of two of about one length (session 37), the one whose sentences never
 * report (no "say", "said" or "told"; English documents), beside one
 * that does, is PC_OFF_DOC: an "about" page, a list of headlines, a page
 * of another kind beside a report.  train-10k: 107 clusters, the marked
 * document's sentences keep 0.18 of their words in the reference (3.1 %
 * with 0.7 of them), the report's 0.35 (12.3 %), as the shorter and
 * longer of the pairs above (0.21 / 5.3 % against 0.37 / 13.4 %). */
#define PC_OFF_PAIR_RATIO 2.0
/* The candidates, at least, of the page that never reports: two sentences
 * without "said" are a short item, not a page of another kind. */
#define PC_OFF_SILENT_MIN 3
/* A run that leaves the event inside a document (PC_OFF_RUN):
 * PC_OFF_RUN_MIN consecutive candidates of a document, none of its first
 * two sentences, each with PC_OFF_RUN_WORDS content words or more and not
 * one of them in another document or in the first two sentences of its
 * own (a page that bundles short items: the story, then others of other
 * events); in clusters of two documents or more, and not in a document
 * that holds PC_OFF_RUN_SHARE of the candidates' words or more: beside
 * short other documents, the details that only it gives share no word
 * with them either (train-10k: the references keep the words of runs in
 * such documents at 0.28 of their sentences, against 0.15 in the
 * others). */
#define PC_OFF_RUN_MIN 3
#define PC_OFF_RUN_WORDS 3
#define PC_OFF_RUN_SHARE (2.0 / 3.0)
enum { PC_OFF_DOC = 1, PC_OFF_DOC_FAR = 2, PC_OFF_RUN = 4 };

/* Fills ctx.  The cross-document support compares the pairs of candidates
 * from different documents that share a bigram, at most max_pairs of them
 * (see cross_support in sentfeat.c). */
precis_status pc_sentence_context_build(const pc_model *m, const pc_concepts *cs, const double *w,
                                        size_t max_pairs, pc_sentence_context *ctx);

/* Fills f (PC_NSFEAT values, indexed PC_SF_*) for candidate i.  Scale-free like the
 * concept features. */
void pc_sentence_features(const pc_model *m, const pc_sentence_context *ctx, size_t i, double *f);
#endif
