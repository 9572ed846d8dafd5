/* Vocabulary: analysed terms (case-folded, stemmed) get dense ids.  A second
 * table caches surface form -> term id so each distinct word is folded and
 * stemmed once per cluster. */
#ifndef PRECIS_MODEL_VOCAB_H
#define PRECIS_MODEL_VOCAB_H
#include <stddef.h>
#include <stdint.h>
#include "precis.h"
#include "util/bytes.h"
#include "util/swar.h"

typedef struct pc_term {
    const char *str; /* stem, NUL-terminated (arena) */
    uint32_t len;
    uint32_t hash;
    uint8_t stop; /* a stopword or punctuation-like token */
    uint32_t occ; /* occurrences in the cluster */
    uint32_t cap; /* occurrences capitalised inside a sentence (names) */
} pc_term;

typedef struct pc_strmap {
    uint32_t *slots; /* 0 = empty, else entry index + 1 */
    size_t cap;      /* power of two */
} pc_strmap;

/* A slot of the surface table.  A form of 8 bytes or fewer is kept in the
 * slot itself (NUL-padded), so that most lookups read one slot and nothing
 * else; a longer one is a pointer to a copy. */
typedef struct pc_surface {
    uint32_t hash;
    uint32_t term; /* term id + 1, 0 for an empty slot; PC_SURF_LONG: key.p */
    union {
        uint64_t k; /* pc_swar_load of the padded form */
        const char *p;
    } key;
} pc_surface;
#define PC_SURF_LONG 0x80000000u
#define PC_SURF_INLINE 8

typedef struct pc_vocab {
    const precis_allocator *alc;
    pc_term *terms;
    size_t nterms, terms_cap;
    uint8_t *stop; /* per term: terms[id].stop, packed for the hot loops */
    size_t stop_cap;
    pc_strmap term_map;
    pc_surface *surf; /* open addressing by hash, surf_cap slots (power of two) */
    size_t nsurf, surf_cap;
    char *pool; /* free bytes of the current string chunk (arena) */
    size_t pool_left;
} pc_vocab;

struct pc_arena;
void pc_vocab_init(pc_vocab *v, const precis_allocator *alc);
void pc_vocab_release(pc_vocab *v);

uint32_t pc_hash(const char *s, size_t len);

/* The slot where surface form s (hash = pc_hash(s, len)) is looked up
 * first, for a prefetch. */
static inline const pc_surface *pc_vocab_surface_slot(const pc_vocab *v, uint32_t hash)
{
    return v->surf_cap ? &v->surf[hash & (v->surf_cap - 1)] : NULL;
}

/* Looks up a surface form (hash = pc_hash(s, len)); s[len..len + 8) must be
 * NUL bytes (pc_tokenize's forms are).  Returns its term id + 1, or 0 if
 * unseen.  Inline: it runs once per token. */
static inline uint32_t pc_vocab_find_surface(const pc_vocab *v, const char *s, size_t len,
                                             uint32_t hash)
{
    if (!v->surf_cap)
        return 0;
    size_t mask = v->surf_cap - 1;
    if (len <= PC_SURF_INLINE) {
        uint64_t k = pc_swar_load(s);
        for (size_t j = hash & mask;; j = (j + 1) & mask) {
            const pc_surface *x = &v->surf[j];
            if (!x->term)
                return 0;
            if (x->hash == hash && !(x->term & PC_SURF_LONG) && x->key.k == k)
                return x->term;
        }
    }
    for (size_t j = hash & mask;; j = (j + 1) & mask) {
        const pc_surface *x = &v->surf[j];
        if (!x->term)
            return 0;
        if (x->hash == hash && (x->term & PC_SURF_LONG) && pc_bytes_eq(x->key.p, s, len) &&
            !x->key.p[len])
            return x->term & ~PC_SURF_LONG;
    }
}
/* Looks up a stem (hash = pc_hash(s, len)); returns its term id + 1, or 0
 * if it is not a term of the cluster. */
static inline uint32_t pc_vocab_find_term(const pc_vocab *v, const char *s, size_t len,
                                          uint32_t hash)
{
    if (!v->term_map.cap)
        return 0;
    size_t mask = v->term_map.cap - 1;
    for (size_t j = hash & mask;; j = (j + 1) & mask) {
        uint32_t e = v->term_map.slots[j];
        if (!e)
            return 0;
        const pc_term *t = &v->terms[e - 1];
        if (t->hash == hash && t->len == len && pc_bytes_eq(t->str, s, len))
            return e;
    }
}
/* Records surface -> term (s followed by 8 NUL bytes, as for
 * pc_vocab_find_surface).  Returns 0 or -1 (out of memory). */
int pc_vocab_add_surface(pc_vocab *v, struct pc_arena *a, const char *s, size_t len, uint32_t hash,
                         uint32_t term);
/* Returns the id of stem `s`, adding it if new; -1 cast to uint32 on OOM. */
uint32_t pc_vocab_intern(pc_vocab *v, struct pc_arena *a, const char *s, size_t len, int stop);
#endif
