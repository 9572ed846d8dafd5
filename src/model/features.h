/* The features of the learned method, named once.
 *
 * Each list is an X-macro: X(NAME, "what it measures").  The order is the
 * order of the feature vectors that pc_concept_features() and
 * pc_sentence_features() fill, of the trainer's design matrix
 * (tools/train.c) and of the weights it writes: src/rank/learned_weights.inc
 * initialises each weight by name ([PC_CF_DOC_SHARE] = ...), so a reordered
 * list keeps every weight on its feature, and a renamed, added or removed
 * feature stops the build of src/rank/learned.c until `make generate`
 * retrains the table.  A feature's meaning is the code that computes it
 * (src/model/concepts.c, src/model/sentfeat.c); the text here is its label.
 * The first of each list is the constant 1 (the intercept). */
#ifndef PRECIS_MODEL_FEATURES_H
#define PRECIS_MODEL_FEATURES_H

/* Of a concept (a content unigram or a stemmed bigram) in its cluster.
 * The ones marked "bigram" are 0 for every unigram. */
#define PC_CONCEPT_FEATURES(X)                                                                     \
    X(BIAS, "constant 1")                                                                          \
    X(BIGRAM, "1 for a bigram")                                                                    \
    X(DOC_SHARE, "share of the documents that have it")                                            \
    X(MULTI_DOC, "in two documents or more")                                                       \
    X(LOG_DF, "log(1 + documents that have it)")                                                   \
    X(REL_TF, "log(1 + occurrences) / log(2 + most occurrences of a concept)")                     \
    X(INV_FIRST, "1 / (1 + earliest sentence position in a document)")                             \
    X(LEAD_SHARE, "share of its occurrences in a document's first two sentences")                  \
    X(MEAN_RELPOS, "mean relative position in the document (0 = start)")                           \
    X(INNER_STOPS, "bigram: stopwords among its two words")                                        \
    X(DIGIT, "a word is a number")                                                                 \
    X(CAPITALISED, "share of its occurrences written capitalised")                                 \
    X(WORD_LENGTH, "word length / 12, at most 1")                                                  \
    X(LOG_NDOCS, "log(1 + documents in the cluster)")                                              \
    X(BIGRAM_DOC_SHARE, "bigram: share of the documents that have it")                             \
    X(BIGRAM_INV_FIRST, "bigram: 1 / (1 + earliest sentence position)")                            \
    X(LEX_MEAN, "lexicon log-odds of its words, mean (0 when unknown)")                            \
    X(LEX_MIN, "lexicon log-odds of its words, the lower")                                         \
    X(LEX_UNKNOWN, "share of its words the lexicon does not know")                                 \
    X(BIGRAM_LEX, "bigram: the lexicon's log-odds of the bigram itself")                           \
    X(BIGRAM_KNOWN, "bigram: the lexicon knows the bigram")                                        \
    X(LEAD_DOC_SHARE, "share of the documents that have it in their first two sentences")          \
    X(LEAD_DOCS_X_NDOCS, "that share x log(1 + documents in the cluster)")

/* Of a candidate sentence in its cluster. */
#define PC_SENTENCE_FEATURES(X)                                                                    \
    X(BIAS, "constant 1")                                                                          \
    X(INV_POS, "1 / (1 + position in its document)")                                               \
    X(REL_POS, "position / (sentences of its document - 1)")                                       \
    X(FIRST, "first sentence of its document")                                                     \
    X(INV_DOC, "1 / (1 + its document's rank in the cluster)")                                     \
    X(LOG_WORDS, "log(1 + words)")                                                                 \
    X(SHORT, "under 10 words")                                                                     \
    X(LONG, "over 40 words")                                                                       \
    X(MEAN_WEIGHT, "mean weight of its concepts")                                                  \
    X(MULTI_DOC_BIGRAMS, "share of its bigrams found in two documents or more")                    \
    X(STOP_SHARE, "share of stopwords among its tokens")                                           \
    X(QUOTE, "has a quotation mark")                                                               \
    X(DIGIT, "has a number")                                                                       \
    X(QUESTION, "ends with a question mark")                                                       \
    X(CENTROID, "cosine with the cluster's tf-idf centroid")                                       \
    X(LOG_NDOCS, "log(1 + documents in the cluster)")                                              \
    X(LOG_DOC_SENTS, "log(1 + sentences of its document)")                                         \
    X(FIRST_STOP, "its first token is a stopword")                                                 \
    X(DOC_CENTROID, "cosine of its document with the centroid")                                    \
    X(SUPPORT, "best same-content overlap with a sentence of another document")                    \
    X(FIRST_PERSON, "has a first-person pronoun")                                                  \
    X(SAYS, "has an attribution verb (said, say, told)")                                           \
    X(SECOND, "second sentence of its document")                                                   \
    X(LOG_WORDS_SQ, "log(1 + words)^2 / 16")                                                       \
    X(CENTROID_X_DOC, "centroid cosine x its document's centroid cosine")                          \
    X(POS_2, "third sentence of its document")                                                     \
    X(POS_3_5, "position 3 to 5")                                                                  \
    X(POS_6_10, "position 6 to 10")                                                                \
    X(DOC_1, "in the cluster's second document")                                                   \
    X(DOC_2, "in the cluster's third document")                                                    \
    X(WORDS_10_19, "10 to 19 words")                                                               \
    X(WORDS_20_29, "20 to 29 words")                                                               \
    X(WORDS_30_39, "30 to 39 words")                                                               \
    X(LEAD, "first sentence of the first document")                                                \
    X(LEX_MEAN, "lexicon log-odds of its content words, mean")                                     \
    X(LEX_MIN, "lexicon log-odds of its content words, lowest")                                    \
    X(LEX_UNKNOWN, "share of its content words the lexicon does not know")

#define PC_FEATURE_ENUM_CF(name, what) PC_CF_##name,
#define PC_FEATURE_ENUM_SF(name, what) PC_SF_##name,
/* PC_CF_BIAS .. : a concept feature's index; PC_NFEAT: how many. */
enum { PC_CONCEPT_FEATURES(PC_FEATURE_ENUM_CF) PC_NFEAT };
/* PC_SF_BIAS .. : a sentence feature's index; PC_NSFEAT: how many. */
enum { PC_SENTENCE_FEATURES(PC_FEATURE_ENUM_SF) PC_NSFEAT };
#undef PC_FEATURE_ENUM_CF
#undef PC_FEATURE_ENUM_SF
#endif
