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

/* A slot of the key -> concept id table: the concept id + 1 (0: empty)
 * and the high half of the key's hash, so that a probe passes over other
 * keys without reading them. */
typedef struct pc_cslot {
    uint32_t id1;
    uint32_t tag;
} pc_cslot;

/* A concept's statistics, one 32-byte record: building them touches one
 * cache line per occurrence instead of one per statistic. */
typedef struct pc_cstat {
    uint32_t df;    /* documents containing it */
    uint32_t tf;    /* occurrences */
    uint32_t first; /* earliest sentence position (within its document) */
    uint32_t lead;  /* occurrences in the first two sentences of a document */
    float relpos;   /* mean relative position in the document (0 = start) */
    uint32_t stamp; /* (while building) the last sentence + 1 that listed it */
    uint32_t last;  /* (while building) the last document that has it */
    uint32_t unused;
} pc_cstat;

typedef struct pc_concepts {
    size_t n;       /* number of concepts */
    uint64_t *key;  /* unigram: id + 1; bigram: (a + 1) << 32 | (b + 1) */
    uint8_t *bi;    /* 1 for a bigram (packed: the hot loops ask it of every id) */
    uint8_t *multi; /* 1 for a bigram of two documents or more (packed too) */
    pc_cstat *st;   /* statistics */
    uint32_t **sc;  /* per cluster sentence: its concepts, each once */
    uint32_t *nsc;
    uint32_t ndocs; /* documents with sentences */
    uint32_t max_tf;
    double lg1p[64]; /* log(1 + k), computed once per cluster */
    double lg_max;   /* log(2 + max_tf) */
    /* for k < 64, the values the concept features would compute (the same
     * expressions, so the same bits): k / ndocs, log(1 + k) / lg_max and
     * 1 / (1 + k), which spares the concept loop three divisions */
    double share[64], rel_tf[64], inv1p[64];
    /* per vocabulary term, packed for the concept loop (pc_term is 32
     * bytes): capitalised share of its occurrences, its length (at most
     * 255) and PC_CT_* bits (read by the concept and sentence features) */
    double *capr;
    uint8_t *tlen;
    uint8_t *tbits;
    const float *lex;      /* per vocabulary term: summary log-odds, or NULL */
    const uint8_t *known;  /* per vocabulary term: lex is known */
    const float *blex;     /* per concept: the bigram's own log-odds, or NULL */
    const uint8_t *bknown; /* per concept: blex is known */
    /* NULL, or per concept 1 when a candidate sentence has it (the model
     * sets it): the others' weights and log-odds are never read, so
     * pc_concepts_lexicon and pc_concept_probs leave them at 0 */
    const uint8_t *live;
    /* bigram key -> concept id: a hash table of tcap slots, tn used;
     * unigram (term) -> concept id: uni[nuni] (UINT32_MAX: none), or NULL */
    struct pc_cslot *slot;
    size_t tcap, tn;
    uint32_t *uni;
    size_t nuni;
} pc_concepts;

/* Per-term bits: a stopword, a number, a first-person pronoun (i we my
 * our me), an attribution verb (said say told). */
enum { PC_CT_STOP = 1, PC_CT_DIGIT = 2, PC_CT_FIRST_PERSON = 4, PC_CT_SAYS = 8 };

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
 * another's log-odds; a few clusters in a billion). */
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

/* Looks every vocabulary term of c up in `lex` and sets cs->lex and
 * cs->known, then every bigram concept of two known stems and sets
 * cs->blex and cs->bknown (arena a).  Linear in terms + concepts.  Returns
 * PRECIS_ENOMEM. */
precis_status pc_concepts_lexicon(pc_concepts *cs, const precis_cluster *c, pc_arena *a,
                                  const pc_lexicon *lex);

/* Concept id of `key`, or -1 when the cluster has no such concept. */
long pc_concepts_find(const pc_concepts *cs, uint64_t key);

/* log(1 + x) for a count x >= 0: from the table below 64 (the same value,
 * computed by the same expression), else computed. */
static inline double pc_concepts_lg1p(const pc_concepts *cs, double x)
{
    return x < 64 ? cs->lg1p[(size_t)x] : log(1.0 + x);
}

static inline int pc_concept_is_bigram(const pc_concepts *cs, size_t k)
{
    return cs->bi[k];
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
