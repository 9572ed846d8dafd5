/* Features of a cluster for the ranking methods: the candidate sentences,
 * term statistics, tf-idf vectors and content-term sets.  Built once per
 * summary in the summary's scratch arena. */
#ifndef PRECIS_MODEL_MODEL_H
#define PRECIS_MODEL_MODEL_H
#include <stddef.h>
#include <stdint.h>
#include "model/cluster.h"
#include "model/concepts.h"

/* A sparse vector over terms: the tf-idf of a sentence's content terms, or
 * a centroid. */
typedef struct pc_termvec {
    uint32_t *term; /* sorted term ids */
    float *weight;  /* weight[k] of term[k] */
    uint32_t n;
    float norm; /* Euclidean */
} pc_termvec;

/* Scratch of the overlap test: mark[k] == stamp for the concepts of the
 * marked candidate (pc_overlap_mark); a new stamp per mark spares clearing
 * the table. */
typedef struct pc_overlap_marks {
    uint32_t *mark; /* per concept */
    uint32_t stamp;
    uint32_t nmarked; /* concepts of the marked candidate */
    uint32_t nwords;  /* its unigram concepts (pc_repeats; UINT32_MAX: not counted yet) */
    size_t marked;    /* the marked candidate */
} pc_overlap_marks;

/* The tokens [start, end) of a candidate's longest quotation (in its
 * sentence's tok), when it has one of PC_QUOTE_MIN_TOKENS or more; else
 * start == end.  Six words in a row, inside quote marks, are one
 * quotation, not a common phrase. */
#define PC_QUOTE_MIN_TOKENS 6
typedef struct pc_quote_span {
    uint32_t start, end;
} pc_quote_span;

/* The candidates are the sentences that may enter a summary; every array
 * "per candidate" is indexed 0..ncandidates-1, in cluster order. */
typedef struct pc_model {
    const precis_cluster *c;
    pc_arena *arena; /* everything below */
    size_t ncandidates;
    uint32_t *sentence_of; /* per candidate: its index in c->sents */
    size_t nterms;
    uint32_t *sentence_freq; /* per term: candidates containing it */
    float *idf;              /* per term, from sentence_freq */
    pc_termvec *tfidf;       /* per candidate: tf-idf of its content terms */
    pc_concepts concepts;    /* the cluster's concepts: content unigrams and bigrams */
    /* per candidate: its sentence's concepts (concepts.by_sentence, copied
     * so that the overlap test reads one array) */
    pc_concept_list *cand_concepts;
    pc_overlap_marks *overlap; /* scratch of the overlap test */
    /* per candidate: PC_SA_* bits and the candidate right before it in its
     * document (model/standalone.h), computed once by pc_model_build */
    uint8_t *standalone;
    uint32_t *standalone_prev;
    /* per candidate: whether its writer says "I" (pc_sa_first_person), read
     * when first asked: 0 not read, 1 no, 2 yes, 3 not read but known to
     * have no first-person token (the sentence features counted none) */
    uint8_t *first_person;
    pc_quote_span *quote; /* per candidate (model/quoted.c) */
    /* the cluster's names, and per candidate the names it introduces or
     * names bare first, name_refs[name_off[i] .. name_off[i + 1])
     * (model/names.h; NULL until pc_names_build, and when the cluster has
     * none) */
    struct pc_names *names;
    uint32_t *name_off;
    struct pc_name_ref *name_refs;
    uint32_t nnames;
    uint8_t lower_case; /* the cluster writes no names with capitals (names.c) */
} pc_model;

/* Builds the model over the cluster's eligible sentences (all sentences when
 * none is eligible).  Returns PRECIS_OK or PRECIS_ENOMEM. */
precis_status pc_model_build(pc_model *m, const precis_cluster *c, pc_arena *a);

static inline const pc_sent *pc_model_sent(const pc_model *m, size_t i)
{
    return &m->c->sents[m->sentence_of[i]];
}

/* The concepts of candidate i in a set of concepts built over the cluster
 * (the model's own, or another method's: every set lists them per cluster
 * sentence). */
static inline const pc_concept_list *pc_cand_concepts(const pc_model *m, const pc_concepts *cs,
                                                      size_t i)
{
    return &cs->by_sentence[m->sentence_of[i]];
}

/* Cosine of two vectors (0 when either is empty). */
double pc_termvec_cos(const pc_termvec *a, const pc_termvec *b);
/* The overlap coefficient of two candidates' concept sets: near 1 when one
 * sentence says what the other says in nearly the same words, low for two
 * sentences that only share the topic's words.  This is the "same content"
 * test.  One candidate is marked (its concepts stamped in a table indexed
 * by concept id, linear in their number), then compared with any number of
 * others (linear in theirs): the model's scratch makes these two calls, not
 * the model, stateful, so one model serves one thread at a time. */
void pc_overlap_mark(const pc_model *m, size_t i);
/* Overlap of the last marked candidate with candidate j. */
double pc_overlap_with(const pc_model *m, size_t j);
/* Finds each candidate's longest quotation (m->quote).  Linear in the
 * text of the candidates with quote marks.  Returns PRECIS_OK or
 * PRECIS_ENOMEM. */
precis_status pc_quotes_build(pc_model *m);
/* Whether the longest quotation of candidate i or j stands word for word in
 * the other: the same quotation, whole or cut, whatever else the sentences
 * say.  Quadratic in the two sentences' tokens at worst. */
int pc_shares_quote(const pc_model *m, size_t i, size_t j);
/* Whether the marked candidate and j have a figure in common (a number
 * that is not a year, PC_TERM_FIGURE, or an English number word from
 * three to ninety).  Linear in j's concepts. */
int pc_shares_figure(const pc_model *m, size_t j);
/* Two sentences that state the same figure state the same fact when they
 * share this share of the overlap the redundancy limit asks of any two
 * ("The nugget ... was 40 percent skeletal muscle" / "The second nugget
 * was only 40 percent muscle": 0.35 against the default 0.5).  A number
 * is the most specific word of a fact; with its own words around it
 * varied, the rest of two retellings overlaps less than two sentences
 * that are word for word the same.  Chosen among 0.8, 0.7, 0.6 and 0.5 on
 * Multi-News val and DUC 2003 (docs/methods.md, "Same figure, same
 * fact"). */
#define PC_FIGURE_SHARE 0.7

/* Same content test of the marked candidate and j: their concept sets
 * overlap by `limit` or more (pc_overlap_with), or by a share of it when
 * they state the same figure (pc_shares_figure), or they share a quotation
 * (pc_shares_quote). */
static inline int pc_same_content(const pc_model *m, size_t j, double limit)
{
    double ov = pc_overlap_with(m, j);
    if (ov >= limit)
        return 1;
    if (ov >= limit * PC_FIGURE_SHARE && pc_shares_figure(m, j))
        return 1;
    return pc_shares_quote(m, m->overlap->marked, j);
}

/* A candidate tells again an event a chosen sentence tells when it
 * shares PC_EVENT_WORDS content words (unigram concepts: stems) or more
 * with it, those are PC_EVENT_SHARE times the redundancy limit of its own
 * content words or more (60 % at the default 0.5), and it has no number
 * the chosen one lacks (a count, a score, a date of its own is a new
 * fact): "Ed Skrein is leaving the Hellboy reboot after an outcry over his
 * casting" after "Ed Skrein has exited the Hellboy reboot following
 * public outcry".  Their concept sets, bigrams with them, overlap less
 * than the limit: a retelling in other words shares the words, not their
 * pairs.  Counted in Multi-News train-10k (bench/repeats.py --words 5
 * --share 0.6, either sentence of a pair): 1.22 such pairs per 100
 * sentences of the summaries the selection made without it (-w 250),
 * 0.17 per 100 sentences of the reference summaries, which people wrote
 * telling each fact once.  Broader tests measured worse (docs/methods.md,
 * "One event told again"): the candidate's share taken of the shorter
 * sentence, or fewer words in common, leave out sentences that add a fact
 * to the same people, and ROUGE-2 on Multi-News val fell by 0.1 to 0.5. */
#define PC_EVENT_WORDS 5
#define PC_EVENT_SHARE 1.2

/* The selection's test of the marked candidate against a chosen one, j:
 * 1 when they say the same (pc_same_content), else 2 when, with `event`,
 * the candidate tells again an event j tells (PC_EVENT_WORDS), else 0.
 * One pass over j's concepts, and one over the candidate's once per mark
 * when they share PC_EVENT_WORDS words. */
int pc_told_again(const pc_model *m, size_t j, double limit, uint32_t common);
static inline int pc_repeats(const pc_model *m, size_t j, double limit, int event)
{
    const pc_overlap_marks *o = m->overlap;
    const pc_concept_list *b = &m->cand_concepts[j];
    if (!o->nmarked || !b->n)
        return pc_shares_quote(m, o->marked, j);
    uint32_t common = 0;
    for (uint32_t t = 0; t < b->n; t++)
        common += o->mark[b->ids[t]] == o->stamp;
    double ov = (double)common / (double)(o->nmarked < b->n ? o->nmarked : b->n);
    if (ov >= limit)
        return 1;
    if (ov >= limit * PC_FIGURE_SHARE && pc_shares_figure(m, j))
        return 1;
    if (pc_shares_quote(m, o->marked, j))
        return 1;
    if (!event || common < PC_EVENT_WORDS)
        return 0;
    return pc_told_again(m, j, limit, common);
}
#endif
