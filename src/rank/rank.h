/* Ranking methods.  A method is one file with one function of this
 * signature and one line in the table in rank/methods.c. */
#ifndef PRECIS_RANK_RANK_H
#define PRECIS_RANK_RANK_H
#include "model/model.h"

/* What a method returns: a score per candidate (higher is better) and,
 * optionally, an explicit choice `pick` (candidate indices in preference
 * order) that selection takes first, already fitted to the budget. */
typedef struct pc_ranking {
    double *score;  /* m->ncandidates entries, allocated by the caller, zeroed;
                       -HUGE_VAL: never chosen, not even to fill the budget
                       (select.c; rank/learned.c, sentences of another story) */
    uint32_t *pick; /* m->ncandidates entries, allocated by the caller */
    size_t npick;
} pc_ranking;

typedef precis_status (*pc_rank_fn)(const pc_model *m, const precis_options *o, pc_ranking *r);

typedef struct pc_method {
    const char *name;
    const char *description;
    pc_rank_fn rank;
} pc_method;

const pc_method *pc_method_find(const char *name);

/* Budget cost of candidate i in the options' unit. */
size_t pc_cost(const pc_model *m, size_t i, const precis_options *o);

/* The tf-idf centroid of the candidates (sum of their vectors; cosines do
 * not see the scale), allocated in m->arena.  Returns PRECIS_ENOMEM. */
precis_status pc_centroid(const pc_model *m, pc_termvec *cen);

precis_status pc_rank_lead(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_centroid(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_lexrank(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_learned(const pc_model *m, const precis_options *o, pc_ranking *r);
/* learned as it runs on a cluster in a language without training data
 * (no English lexicon or word lists), whatever the cluster's language. */
precis_status pc_rank_learned_universal(const pc_model *m, const precis_options *o, pc_ranking *r);
/* The learned method's lexicon (src/rank/learned_weights.inc; tests). */
const pc_lexicon *pc_learned_lexicon(void);
/* The exponent the learned method puts on its concept weights for the
 * budget of o (src/rank/learned.c): 1 when the budget is half of the
 * candidates' total cost in its unit or more, 1.5 at a quarter or less,
 * between them linear in the log of the ratio. */
double pc_learned_gamma(const pc_model *m, const precis_options *o);
/* The exponent on a sentence's cost in the learned method's greedy for a
 * concept exponent gamma (pc_learned_gamma; src/rank/learned.c): 0.5 at
 * gamma 1, 0.4 at the sharpest gamma, linear between: a tight budget asks
 * more of a short sentence. */
double pc_learned_cost_exp(double gamma);
/* The share of the universal model in what the learned method uses on an
 * English cluster (src/rank/learned.c): 0 up to 500 candidate words, 1
 * from 2,000 on, between them linear in the log of the length, whatever
 * the budget's unit. */
double pc_learned_universal_share(const pc_model *m, const precis_options *o);
/* Where the learned method's English parts may not read in a cluster with
 * English documents (src/rank/learned.c): *docs (per document, 1: a
 * document in another language, whose sentences get the features of a
 * language without training data) and *terms (per term, 1: written by an
 * English document, so the lexicon may know it), in m's arena; both NULL
 * when every document with sentences is English.  PRECIS_ENOMEM. */
precis_status pc_learned_untrained(const pc_model *m, uint8_t **docs, uint8_t **terms);

/* The documents of m in their writer's first person, as the learned method
 * weighs them (learned.c, WRITER_*): (*docs)[d] is 1 for such a document d
 * of a cluster in English (arena memory).  For tests. */
precis_status pc_learned_writer_docs(const pc_model *m, uint8_t **docs);
precis_status pc_rank_coverage(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_textrank(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_mmr(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_kl(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_submodular(const pc_model *m, const precis_options *o, pc_ranking *r);
precis_status pc_rank_ilp(const pc_model *m, const precis_options *o, pc_ranking *r);
#endif
