/* Concepts: content unigrams and stemmed bigrams of a cluster with their
 * statistics, and each sentence's concepts.  The units of the coverage
 * methods and of the learned concept weights. */
#ifndef PRECIS_MODEL_CONCEPTS_H
#define PRECIS_MODEL_CONCEPTS_H
#include "model/cluster.h"
#include <math.h>
#include <string.h>

#include "model/features.h"
#include "util/hash.h"

/* A slot of the bigram key -> concept id table: the concept id + 1 (0:
 * empty) and the high half of the key's hash, so that a probe passes over
 * other keys without reading them. */
typedef struct pc_bigram_slot {
    uint32_t id_plus_one;
    uint32_t tag;
} pc_bigram_slot;

/* A concept's statistics, one 32-byte record: building them touches one
 * cache line per occurrence instead of one per statistic. */
typedef struct pc_concept_stats {
    uint32_t df;        /* documents containing it */
    uint32_t tf;        /* occurrences */
    uint32_t first;     /* earliest sentence position (within its document) */
    uint32_t lead;      /* occurrences in the first two sentences of a document */
    float relpos;       /* mean relative position in the document (0 = start) */
    uint32_t stamp;     /* (while building) the last sentence + 1 that listed it */
    uint32_t last;      /* (while building) the last document that has it */
    uint32_t lead_docs; /* documents that have it in their first two sentences */
} pc_concept_stats;

/* The concepts of one sentence, each once, in the order the sentence first
 * has them. */
typedef struct pc_concept_list {
    uint32_t *ids;
    uint32_t n;
} pc_concept_list;

/* From key to concept id.  Bigrams go through a hash table specialised for
 * their keys (two term ids: no strings to compare, a tag per slot so that a
 * probe reads no key, sized once for the cluster's tokens), not the shared
 * util/strmap.h: it is looked up for every token of the cluster.  Unigrams
 * need no hashing: their key is a term id. */
typedef struct pc_concept_index {
    pc_bigram_slot *slot; /* cap slots (a power of two), `used` of them full */
    size_t cap, used;
    uint32_t *of_term; /* per term: its unigram concept (UINT32_MAX: none), or NULL */
    size_t nterms;
} pc_concept_index;

/* Functions of a count k < PC_SMALL_COUNTS, computed once per cluster: the
 * concept loop takes them from here instead of computing three divisions
 * and a logarithm per concept.  Each is the same expression as the one it
 * replaces, so that the features have the same bits either way. */
#define PC_SMALL_COUNTS 64
typedef struct pc_small_counts {
    double log1p[PC_SMALL_COUNTS];     /* log(1 + k) */
    double log_max;                    /* log(2 + max_tf) */
    double doc_share[PC_SMALL_COUNTS]; /* k / ndocs */
    double rel_tf[PC_SMALL_COUNTS];    /* log(1 + k) / log_max */
    double inv1p[PC_SMALL_COUNTS];     /* 1 / (1 + k) */
} pc_small_counts;

/* What the concept and sentence features read of each vocabulary term,
 * packed in arrays of their own (a pc_term is 32 bytes, of which they would
 * use a few). */
typedef struct pc_term_traits {
    double *cap_share; /* share of its occurrences capitalised inside a sentence */
    uint8_t *len;      /* its length in bytes, at most 255 */
    uint8_t *bits;     /* PC_TERM_* */
    /* the terms that are number words of a document's language
     * (PC_TERM_NUMBER), with their digits: few, looked up by a scan */
    uint32_t *number_term;
    const char **number_digits;
    size_t nnumbers;
    int stop_numbers; /* one of them is a stopword (then only a bigram holds it) */
} pc_term_traits;

/* The lexicon's values for this cluster (pc_concepts_lexicon); all NULL
 * before it is looked up. */
typedef struct pc_concept_lexicon {
    const float *term_logodds;   /* per vocabulary term: summary log-odds */
    const uint8_t *term_known;   /* per vocabulary term: term_logodds is known */
    const float *bigram_logodds; /* per concept: the bigram's own log-odds */
    const uint8_t *bigram_known; /* per concept: bigram_logodds is known */
} pc_concept_lexicon;

typedef struct pc_concepts {
    size_t n;                     /* number of concepts */
    uint64_t *key;                /* unigram: term + 1; bigram: (a + 1) << 32 | (b + 1) */
    uint8_t *is_bigram;           /* packed: the hot loops ask it of every id */
    uint8_t *multi_doc;           /* 1 for a bigram of two documents or more */
    pc_concept_stats *stats;      /* per concept */
    pc_concept_list *by_sentence; /* per cluster sentence: its concepts */
    uint32_t ndocs;               /* documents with sentences */
    uint32_t max_tf;
    /* NULL, or per concept 1 when a candidate sentence has it (the model
     * sets it): the others' weights and log-odds are never read, so
     * pc_concepts_lexicon and pc_concept_probs leave them at 0 */
    const uint8_t *live;
    pc_concept_index index;
    pc_small_counts counts;
    pc_term_traits terms;
    pc_concept_lexicon lexicon;
} pc_concepts;

/* Per-term bits: a stopword, a number, a first-person pronoun (i we my
 * our me), an attribution verb (said say told), a figure (a number that is
 * not a year: model.h, pc_shares_figure). */
enum {
    PC_TERM_STOP = 1,
    PC_TERM_DIGIT = 2,
    PC_TERM_FIRST_PERSON = 4,
    PC_TERM_SAYS = 8,
    PC_TERM_FIGURE = 16,
    PC_TERM_NUMBER = 32 /* a number word ("three", "трех"): pc_term_traits.number_term */
};

/* Builds the concepts of every sentence of c in arena a.  With `unigrams`,
 * content unigrams are concepts too.  Linear in the number of tokens. */
precis_status pc_concepts_build(pc_concepts *cs, const precis_cluster *c, pc_arena *a,
                                int unigrams);

/* A slot of the lexicon's index: the entry's check (pc_lexicon_check; 0
 * when the slot is empty) and its value, so that a lookup reads one slot
 * and nothing else. */
typedef struct pc_lexslot {
    uint32_t check;
    float val;
} pc_lexslot;

/* A lexicon of stems and of stem bigrams ("stem1 stem2"): for each, the
 * log-odds, relative to the average stem, that a human summary keeps it when
 * the input has it (learned by tools/train.c from training clusters only).
 * Flat arrays, so that the generated table needs no relocations, and an
 * open-addressing index over pc_lexicon_hash() whose slots hold each
 * entry's value and a 32-bit check of its string from a second,
 * independent hash: a lookup reads one slot.  The checks of the entries
 * differ (the trainer picks the seed that makes them), so every entry is
 * found with its own value; a string that is no entry matches one with a
 * probability of 2^-32 per slot it passes, which the index accepts for
 * touching neither the strings nor the values (a stem would then take
 * another's log-odds; a few clusters in a billion).  Hence not a
 * util/strmap.h table, which keeps and compares the strings. */
typedef struct pc_lexicon {
    const char *str;      /* the entries, each NUL-terminated */
    const uint32_t *off;  /* n offsets into str */
    const float *logodds; /* n values */
    size_t n;
    const pc_lexslot *slot; /* nslot (a power of two) slots (pc_lexicon_index) */
    size_t nslot;
    uint64_t seed; /* of the checks' hash */
    /* NULL, or a Bloom filter of the bigram entries' hashes
     * (pc_lexicon_filter): most bigrams of a cluster are not in the
     * lexicon, and the filter (16 KB) answers for them without touching the
     * index (a cache miss a lookup). */
    const uint64_t *filter;
} pc_lexicon;

#define PC_LEX_FILTER_BITS ((size_t)1 << 17)

/* The check of a string from its pc_hash64: the high half, never 0. */
static inline uint32_t pc_lexicon_check(uint64_t h64)
{
    uint32_t c = (uint32_t)(h64 >> 32);
    return c ? c : 1;
}

/* The pc_hash64 of a bigram entry "a b" from those of its two stems. */
static inline uint64_t pc_lexicon_pair64(uint64_t ha, uint64_t hb)
{
    return pc_mix64(ha * 0x9E3779B97F4A7C15ull ^ hb);
}

/* The pc_hash64 of entry s[0..len) (a stem, or two with a space). */
uint64_t pc_lexicon_hash64(const char *s, size_t len, uint64_t seed);

/* The value of entry s[0..len) in *val, 1; 0 when lex has no such entry
 * (the loops of pc_concepts_lexicon look up the same way, from hashes they
 * have already). */
int pc_lexicon_get(const pc_lexicon *lex, const char *s, size_t len, float *val);

/* The number of index slots for n entries: a power of two, load at most
 * 0.6. */
size_t pc_lexicon_nslot(size_t n);
/* Fills slot[pc_lexicon_nslot(n)] with the index of the n entries at str +
 * off[e] with values val[e] (open addressing over pc_lexicon_hash, in entry
 * order, checks from `seed`: the trainer writes the learned lexicon's with
 * it).  -1 when two entries have the same check (try another seed). */
int pc_lexicon_index(const char *str, const uint32_t *off, const float *val, size_t n,
                     uint64_t seed, pc_lexslot *slot);

/* Adds the entry of hash pc_lexicon_hash(entry) to a filter of
 * PC_LEX_FILTER_BITS bits (the trainer writes the learned lexicon's). */
void pc_lexicon_filter_add(uint64_t *filter, uint32_t hash);
/* Fills filter[PC_LEX_FILTER_BITS / 64] from the bigram entries (those with
 * a space) of lex (tests: it must equal the generated one). */
void pc_lexicon_filter(const pc_lexicon *lex, uint64_t *filter);

/* The hash of a bigram entry "a b" from the hashes of its two stems: the
 * cluster knows each stem's FNV-1a already (pc_term.hash), so a bigram's
 * costs a few operations instead of a pass over its bytes. */
static inline uint32_t pc_lexicon_pair(uint32_t ha, uint32_t hb)
{
    return pc_mix32((ha * 0x9E3779B1u) ^ hb);
}

/* The hash of the lexicon's index (the trainer builds the index with it):
 * FNV-1a of a stem, pc_lexicon_pair of the two stems' FNV-1a for a bigram
 * (an entry with a space). */
static inline uint32_t pc_lexicon_hash(const char *s, size_t len)
{
    const char *sp = memchr(s, ' ', len);
    if (!sp)
        return pc_fnv1a(s, len);
    size_t k = (size_t)(sp - s);
    return pc_lexicon_pair(pc_fnv1a(s, k), pc_fnv1a(sp + 1, len - k - 1));
}

/* Looks every vocabulary term of c up in `lex` and sets
 * cs->lexicon.term_logodds and term_known, then every bigram concept of two
 * known stems and sets bigram_logodds and bigram_known (arena a).  Linear in
 * terms + concepts.  `terms_read`, when not NULL, says which terms (1) the
 * lexicon may know: the others are unknown to it (the terms that only
 * documents in a language other than the lexicon's write: rank/learned.c).
 * Returns PRECIS_ENOMEM. */
precis_status pc_concepts_lexicon(pc_concepts *cs, const precis_cluster *c, pc_arena *a,
                                  const pc_lexicon *lex, const uint8_t *terms_read);

/* Concept id of `key`, or -1 when the cluster has no such concept. */
long pc_concepts_find(const pc_concepts *cs, uint64_t key);

/* log(1 + x) for a count x >= 0: from the table below PC_SMALL_COUNTS (the
 * same value, computed by the same expression), else computed. */
static inline double pc_concepts_log1p(const pc_concepts *cs, double x)
{
    return x < PC_SMALL_COUNTS ? cs->counts.log1p[(size_t)x] : log(1.0 + x);
}

static inline int pc_concept_is_bigram(const pc_concepts *cs, size_t k)
{
    return cs->is_bigram[k];
}

/* Features of concept k for the learned weights (PC_NFEAT values, indexed
 * PC_CF_*: model/features.h names them).  Every feature is scale-free
 * (fractions, ranks, logs of small counts) so that weights learned on short
 * clusters apply to long ones. */
void pc_concept_features(const pc_concepts *cs, size_t k, double *f);
/* w[k] = logistic(theta . features(k)) for every concept (0 for those
 * cs->live rules out). */
void pc_concept_probs(const pc_concepts *cs, const double *theta, double *w);
#endif
