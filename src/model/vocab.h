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
    uint8_t stop;         /* a stopword or punctuation-like token */
    uint32_t occurrences; /* in the cluster */
    uint32_t capitalised; /* occurrences capitalised inside a sentence (names) */
} pc_term;

/* A slot of a table from strings to ids.  A string of 8 bytes or fewer is
 * kept in the slot itself (NUL-padded), so that most lookups read one slot
 * and nothing else; a longer one is a pointer to a copy. */
typedef struct pc_keyslot {
    uint32_t hash;
    uint32_t val; /* id + 1, 0 for an empty slot; PC_KEY_LONG: key.p */
    union {
        uint64_t k; /* pc_swar_load_n of the string */
        const char *p;
    } key;
} pc_keyslot;
#define PC_KEY_LONG 0x80000000u
#define PC_KEY_INLINE 8

/* Open addressing by hash, linear probing, at most half full; the slots
 * are the cluster arena's.  A table of its own rather than util/strmap.h:
 * the surface table is looked up once per token of the cluster, and its
 * inline keys let most lookups read one slot and no string. */
typedef struct pc_keytab {
    pc_keyslot *slot;
    size_t n, cap; /* cap: a power of two, or 0 */
} pc_keytab;

typedef struct pc_vocab {
    const precis_allocator *alc;
    pc_term *terms;
    size_t nterms, terms_cap;
    uint8_t *stop; /* per term: terms[id].stop, packed for the hot loops */
    size_t stop_cap;
    pc_keytab stem_map;    /* stem -> term id */
    pc_keytab surface_map; /* surface form -> term id */
    char *pool;            /* free bytes of the current string chunk (arena) */
    size_t pool_left;
} pc_vocab;

struct pc_arena;
void pc_vocab_init(pc_vocab *v, const precis_allocator *alc);
void pc_vocab_release(pc_vocab *v);

uint32_t pc_hash(const char *s, size_t len);

/* Looks up s[0..len) (k8 = its pc_swar_load_n when len <= PC_KEY_INLINE); returns
 * its id + 1, or 0 if it is not in the table. */
static inline uint32_t pc_keytab_find(const pc_keytab *t, const char *s, size_t len, uint64_t k8,
                                      uint32_t hash)
{
    if (!t->cap)
        return 0;
    size_t mask = t->cap - 1;
    if (len <= PC_KEY_INLINE) {
        for (size_t j = hash & mask;; j = (j + 1) & mask) {
            const pc_keyslot *x = &t->slot[j];
            if (!x->val)
                return 0;
            if (x->hash == hash && !(x->val & PC_KEY_LONG) && x->key.k == k8)
                return x->val;
        }
    }
    for (size_t j = hash & mask;; j = (j + 1) & mask) {
        const pc_keyslot *x = &t->slot[j];
        if (!x->val)
            return 0;
        if (x->hash == hash && (x->val & PC_KEY_LONG) && pc_bytes_eq(x->key.p, s, len) &&
            !x->key.p[len])
            return x->val & ~PC_KEY_LONG;
    }
}

/* Looks up a surface form (hash = pc_hash(s, len)); s[len..len + 8) must be
 * NUL bytes (pc_tokenize's forms are), so that its key is read at once.
 * Returns its term id + 1, or 0 if unseen.  Inline: it runs once per
 * token. */
static inline uint32_t pc_vocab_find_surface(const pc_vocab *v, const char *s, size_t len,
                                             uint32_t hash)
{
    return pc_keytab_find(&v->surface_map, s, len, len <= PC_KEY_INLINE ? pc_swar_load(s) : 0,
                          hash);
}

/* Looks up a stem (hash = pc_hash(s, len)); returns its term id + 1, or 0
 * if it is not a term of the cluster. */
static inline uint32_t pc_vocab_find_term(const pc_vocab *v, const char *s, size_t len,
                                          uint32_t hash)
{
    return pc_keytab_find(&v->stem_map, s, len, len <= PC_KEY_INLINE ? pc_swar_load_n(s, len) : 0,
                          hash);
}

/* Records surface -> term (s followed by 8 NUL bytes, as for
 * pc_vocab_find_surface).  Returns 0 or -1 (out of memory). */
int pc_vocab_add_surface(pc_vocab *v, struct pc_arena *a, const char *s, size_t len, uint32_t hash,
                         uint32_t term);
/* Sizes the tables for the word forms and stems of about `bytes` bytes of
 * text to come, at once rather than doubling through every size on the way;
 * not when they would take more than a sixteenth of max_memory.  A hint:
 * failing to allocate is no error (adding the words will tell). */
void pc_vocab_expect(pc_vocab *v, struct pc_arena *a, size_t bytes, size_t max_memory);
/* Returns the id of stem `s` (hash = pc_hash(s, len)), adding it if new; -1
 * cast to uint32 on OOM.  Ids stay below PC_KEY_LONG. */
uint32_t pc_vocab_intern(pc_vocab *v, struct pc_arena *a, const char *s, size_t len, uint32_t hash,
                         int stop);
#endif
