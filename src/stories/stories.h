/* Online story clustering of a stream of articles (precis_stream_*):
 * internal types shared by the files of src/stories/.  docs/stories.md says
 * what makes two articles the same story and why. */
#ifndef PRECIS_STORIES_STORIES_H
#define PRECIS_STORIES_STORIES_H
#include <stddef.h>
#include <stdint.h>

#include "precis.h"
#include "text/dates.h"
#include "util/buf.h"
#include "util/sort.h"
#include "util/u64map.h"

/* Bounds (each named where it is used). */
#define ST_ARTICLE_TERMS 120            /* terms kept in an article's vector */
#define ST_CENTROID 160                 /* terms kept in a story's centroid */
#define ST_QUERY 20                     /* an article's terms looked up in the index */
#define ST_KEYS 40                      /* a story's terms it is indexed under */
#define ST_POSTING_MAX 256              /* stories per index term (the latest kept) */
#define ST_POSTING_SCAN 32              /* of them looked at per query term (the latest) */
#define ST_CANDIDATES 10                /* stories compared by centroid with one article */
#define ST_MEMBER_CHECKS 3              /* of them compared with their latest articles */
#define ST_TOP_TERMS 10                 /* terms shown per story (precis_story.terms) */
#define ST_DF_BITS 20                   /* document-frequency table: 2^20 counters */
#define ST_SAVE_SUM_SEED 0x5355ull      /* the saved state's checksum (persist.c) */
#define ST_STEM_MAX 19                  /* longest stem kept for display (bytes) */
#define ST_MEMBERS 6                    /* latest articles of a story compared one by one */
#define ST_MEMBER_TERMS 64              /* terms kept of each of them */
#define ST_SENT_SLOTS ((size_t)1 << 18) /* sentences remembered (template text) */
#define ST_FORM_SLOTS 32768             /* cache of word forms analysed: a power of two */
#define ST_FORM_MAX 16                  /* longest form cached (bytes) */
#define ST_LOG_TABLE 1024               /* ln(df + 1) tabulated below this */
#define ST_CAND_SLOTS 8192              /* candidate table: > 2 * ST_QUERY * ST_POSTING_MAX */
#if ST_ARTICLE_TERMS > ST_CENTROID
#error "precis_stream.tmp holds two centroids or a centroid and an article"
#endif

/* A weighted term: `key` is pc_hash64 of its stem (the stem itself, cut to
 * ST_STEM_MAX bytes, only for display). */
typedef struct st_term {
    uint64_t key;
    float w;
    uint8_t len;
    char s[ST_STEM_MAX];
} st_term;

/* A term of a centroid or a member vector: key and weight only. */
typedef struct st_mterm {
    uint64_t key;
    float w;
} st_mterm;

/* A term of a latest-article vector: the high 32 bits of its key (two
 * terms of the few hundred compared agree there by chance once in billions
 * of comparisons) and its weight, 8 bytes where a key and weight took 16:
 * these vectors are most of a story's memory and of what one article reads. */
typedef struct st_fterm {
    uint32_t fp;
    float w;
} st_fterm;
#define ST_FP(key) ((uint32_t)((key) >> 32))

/* The vector of one of a story's latest articles: its ST_MEMBER_TERMS
 * heaviest terms, in no set order. */
typedef struct st_member {
    uint32_t n;
    st_fterm t[ST_MEMBER_TERMS];
} st_member;

/* A word form analysed before: a slot of a direct-mapped cache, so that
 * each frequent form is checked against the stopwords, stemmed and hashed
 * once per stream rather than once per occurrence. */
typedef struct st_form {
    uint32_t hash; /* the tokenizer's hash of the folded form */
    uint8_t flen;  /* 0: an empty slot */
    uint8_t skip;  /* not a term (stopword, short, short number) */
    uint8_t slen;
    uint8_t lang;                    /* 0: English rules; else 1 + the profile's index */
    uint64_t form8[ST_FORM_MAX / 8]; /* the form, NUL-padded, 8 bytes at a time */
    char stem[ST_STEM_MAX];
    uint64_t key;
} st_form;

/* A sentence seen in the stream (its hash), for finding template text. */
typedef struct st_sent {
    uint32_t check; /* high bits of its hash; 0 = empty */
    uint32_t last;  /* day last seen */
    uint32_t days;  /* different days seen */
} st_sent;

/* Orders of terms: heaviest first (ties by key, so that the order does
 * not depend on the input's), and by key. */
#define ST_HEAVIER(x, y) ((x).w > (y).w || ((x).w == (y).w && (x).key < (y).key))
#define ST_KEY_LESS(x, y) ((x).key < (y).key)
PC_SORT_DEFINE_BY(st_sort_weight, st_term, ST_HEAVIER)
PC_SORT_DEFINE_BY(st_sort_key, st_term, ST_KEY_LESS)
PC_SORT_DEFINE_BY(st_msort_weight, st_mterm, ST_HEAVIER)
PC_SORT_DEFINE_BY(st_msort_key, st_mterm, ST_KEY_LESS)

/* The heaviest k terms by selection (an article's few hundred terms for its
 * 120, a centroid's 280 for 160). */
PC_SELECT_DEFINE_BY(st_select_weight, st_term, ST_HEAVIER, st_sort_weight)
PC_SELECT_DEFINE_BY(st_mselect_weight, st_mterm, ST_HEAVIER, st_msort_weight)

/* The current article's terms by key, for comparing it with centroids and
 * latest articles in one pass over theirs (a lookup per term where a merge
 * of two sorted lists took a step per term of both): open addressing on the
 * key's top bits, at most half full. */
#define ST_ATAB_BITS 9
#define ST_ATAB_SLOTS (1u << ST_ATAB_BITS) /* > 4 * ST_ARTICLE_TERMS */
typedef struct st_aterm {
    uint64_t key;     /* 0: empty */
    float w;          /* weight in the article's vector */
    uint8_t member;   /* in its member vector too (its ST_MEMBER_TERMS heaviest) */
    uint8_t specific; /* st_specific */
} st_aterm;
static inline size_t st_atab_fslot(uint32_t fp)
{
    return (size_t)((fp * 0x9E3779B1u) >> (32 - ST_ATAB_BITS));
}
static inline size_t st_atab_slot(uint64_t key)
{
    return st_atab_fslot(ST_FP(key));
}

/* One kept article of a story: the struct and its strings in one block. */
typedef struct st_kept {
    precis_stream_article a;
    size_t size; /* bytes of the block */
} st_kept;

typedef struct st_story {
    uint64_t id;
    int64_t first, last;
    size_t count;
    st_mterm *cen; /* centroid: sum of the unit vectors of its articles,
                      sorted by key, the ST_CENTROID heaviest terms */
    uint32_t ncen;
    double norm;    /* Euclidean norm of cen */
    st_member *mem; /* ring of its ST_MEMBERS latest articles */
    uint32_t nmem, mnext;
    uint64_t keys[ST_KEYS]; /* index terms it is filed under */
    uint32_t nkeys;
    uint64_t *idh; /* hashes of its articles' ids (duplicate check) */
    size_t nidh, idh_cap;
    st_kept **kept;
    size_t nkept, kept_cap;
    char *title;
    const char *top[ST_TOP_TERMS];
    uint64_t topkey[ST_TOP_TERMS];
    char topbuf[ST_TOP_TERMS][ST_STEM_MAX + 1];
    size_t ntop;
    size_t pos;  /* index in stream->open */
    size_t hpos; /* index in stream->heap */
} st_story;

/* Reused buffers of the analysis of one article. */
typedef struct st_scratch {
    st_term *terms;
    size_t nterms, cap;
    uint32_t *slot; /* hash slots -> terms index + 1 */
    size_t nslot;
    uint32_t *used; /* slots set, for resetting */
    size_t nused, used_cap;
} st_scratch;

struct precis_stream {
    const precis_allocator *alc;
    precis_stream_options o;
    struct sb_stemmer *stemmer;
    /* the stemmers of other languages, by profile index, made when an
     * article of the language first needs one */
    struct sb_stemmer *lang_stemmer[64];
    uint32_t *df;              /* 2^ST_DF_BITS counters of articles per term bucket */
    uint64_t ndocs;            /* articles counted in df */
    float logdf[ST_LOG_TABLE]; /* ln(i + 1) */
    uint64_t next_id;
    size_t narticles;
    int64_t now; /* latest article time seen */
    int have_time;
    /* 1 while a callback (on_close, a story_fn, warn_fn) runs: the stream
     * is then read-only (the loop that called it holds the story being
     * closed, an add holds the article being analysed) */
    int in_callback;
    /* a date more than MAX_JUMP after `now`, and how many articles in a
     * row gave one within JUMP_NEAR of it: at JUMP_CONFIRM the stream's
     * time moves there (a feed resumed after a year, a clock first set by
     * a bad date) */
    int64_t jump_t;
    uint32_t jump_n;
    st_sent *sent;     /* ST_SENT_SLOTS sentences seen, by hash */
    st_form *forms;    /* ST_FORM_SLOTS word forms analysed */
    uint32_t day;      /* the current article's day (template text) */
    uint32_t src_hash; /* its source's hash, 0 when it names none (template text) */
    float tpl_share;   /* share of the current article's weight that is template text */
    st_story **open;   /* no set order */
    size_t nopen, open_cap;
    st_story **heap; /* min-heap on last article time */
    size_t heap_cap;
    pc_u64map by_id; /* story id -> st_story* */
    pc_u64map index; /* term key -> st_posting* */
    pc_u64map ids;   /* article id hash -> holders and story (ST_IDS_COUNT) */
    st_scratch sc;
    st_term vec[ST_ARTICLE_TERMS]; /* the current article's vector, by key */
    size_t nvec;
    st_term query[ST_QUERY];      /* its heaviest terms, heaviest first */
    st_member mvec;               /* its member vector */
    st_aterm atab[ST_ATAB_SLOTS]; /* vec and mvec by key */
    size_t nquery;
    /* df + 1 at or under which a term is specific (st_specific), and the
     * share of the article's vector (its sum of squares) in such terms */
    float spec_df1, spec_mass;
    st_mterm tmp[4 * ST_CENTROID]; /* centroid merge buffer (two centroids) and its copy */
    st_story **cand;               /* candidate table: ST_CAND_SLOTS story pointers ... */
    float *cand_score;             /* ... and their summed query weights */
    uint32_t cand_used[ST_QUERY * ST_POSTING_MAX];
    size_t ncand_used;
};

/* The stories filed under one term: one block, grown by doubling (a term
 * of one story, most of them, costs one small allocation). */
typedef struct st_posting {
    uint32_t n, cap;
    st_story *v[];
} st_posting;
#define ST_POSTING_SIZE(cap) (sizeof(st_posting) + (size_t)(cap) * sizeof(st_story *))

/* Analysis (analyze.c): fills s->vec with the unit tf-idf vector of the
 * article's title and text (at most ST_ARTICLE_TERMS terms, sorted by key)
 * and s->query with its ST_QUERY heaviest.  Returns the number of terms
 * (0: the article has no words to cluster by), or -1 when out of memory. */
long st_analyze(precis_stream *s, const char *title, size_t tlen, const char *text, size_t len);
/* The first step of st_analyze: s->sc.terms[0..n) receive the distinct
 * terms of the article with their weighted counts (the tf of the vector).
 * Returns n, or -1 when out of memory. */
long st_collect(precis_stream *s, const char *title, size_t tlen, const char *text, size_t len);
/* The counter of term `key` in the document frequencies, and its count. */
static inline size_t st_df_slot(uint64_t key)
{
    return (size_t)(key >> (64 - ST_DF_BITS));
}
static inline uint32_t st_df(const precis_stream *s, uint64_t key)
{
    return s->df[st_df_slot(key)];
}
/* A term is specific when its idf is ST_SPECIFIC_IDF or more: in at most
 * 40 of the 27,750 background articles, and the same share of the
 * stream's articles as they are counted (s->spec_df1, set by st_analyze).
 * Names of people and places and a story's own numbers are; the words of a
 * kind of event that news keeps reporting ("wildfire" in 57, "blaze" 67,
 * "acres" 107, "airstrike" 65, "strike" 461) are not.  docs/stories.md
 * says why. */
#define ST_SPECIFIC_IDF 7.5
static inline int st_specific(const precis_stream *s, uint64_t key)
{
    return (float)st_df(s, key) + 1.0f <= s->spec_df1;
}
/* Counts the article's terms (s->vec) in the document frequencies. */
void st_count_df(precis_stream *s);
/* Seeds the document frequencies with those of Multi-News train (and
 * fills s->logdf). */
void st_seed_df(precis_stream *s);

/* Stories (stream.c). */
st_story *st_story_new(precis_stream *s, uint64_t id);
/* Files a story into the open set, the heap and the id map (not the
 * index).  Returns 0 or -1. */
int st_story_open(precis_stream *s, st_story *st);
/* Recomputes the story's index keys and display terms from its centroid
 * and files it under the keys.  Returns 0 or -1. */
int st_story_reindex(precis_stream *s, st_story *st);
int st_story_keep(precis_stream *s, st_story *st, const precis_stream_article *a);
/* s->ids maps an article id's hash to how many open stories hold it (the
 * low 16 bits, ST_IDS_COUNT) and the id of the latest story that took it
 * (the bits above).  add counts the story's article id in; release counts
 * one holder out (the entry goes at 0). */
#define ST_IDS_COUNT 0xFFFFu
int st_story_add_idh(precis_stream *s, st_story *st, uint64_t h);
void st_ids_release(precis_stream *s, uint64_t h);
/* Adds m to the story's ring of latest articles.  Returns 0 or -1. */
int st_story_add_member(precis_stream *s, st_story *st, const st_member *m);
void st_story_free(precis_stream *s, st_story *st);
uint64_t st_id_hash(const char *id, size_t len);
/* Files story st under term key, at the end of its list (persist.c rebuilds
 * the lists in their saved order).  Returns 0 or -1. */
int st_posting_add(precis_stream *s, uint64_t key, st_story *st);
/* Puts the open stories in the heap in the order of ids[0..n) (the saved
 * heap): -1 when that is not every open story once, in heap order. */
int st_heap_restore(precis_stream *s, const uint64_t *ids, size_t n);

/* Messages: fills err (when not NULL; the first warning of a call) and
 * calls the warning callback, with `code` saying what was wrong, as the
 * cluster's warnings do: PRECIS_EPARSE a date, PRECIS_ELIMIT a cut,
 * PRECIS_EEMPTY no words, PRECIS_EINVAL an id seen before. */
void st_warn(precis_stream *s, precis_error *warn, precis_status code, size_t offset,
             const char *fmt, ...) __attribute__((format(printf, 5, 6)));
#endif
