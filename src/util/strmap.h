/* One hash table for the project's maps from byte strings to 32-bit values
 * that are not on the hot path: the cue words of cleaning, the
 * abbreviations of segmentation, the stopwords, and ROUGE's tokens, word
 * forms and instance ids.  Open addressing with linear probing, a
 * power-of-two capacity, at most half full.  The caller gives each key's
 * hash (pc_fnv1a, or its own), so that a word hashed once can be looked up
 * in several tables.  Keys are not copied: they must outlive the map.
 *
 * Storage is either grown from an allocator (pc_strmap_init) or a fixed
 * array the caller owns (pc_strmap_init_fixed): the process-wide tables of
 * fixed word lists live in static arrays, built once, and so allocate
 * nothing and cannot fail.
 *
 * Not for the tables that run once per token of a cluster: the vocabulary
 * (model/vocab.h: short keys inline in the slot, one slot read per
 * lookup), the bigram concepts (model/concepts.h: integer keys and a tag
 * per slot), the stem table and the lexicon (generated, read-only, with
 * their layouts fixed by their generators) keep layouts made for their
 * keys; see each. */
#ifndef PRECIS_UTIL_STRMAP_H
#define PRECIS_UTIL_STRMAP_H
#include <stddef.h>
#include <stdint.h>

#include "precis.h"
#include "util/bytes.h"

typedef struct pc_strmap_slot {
    const char *key; /* NULL: an empty slot */
    uint32_t len;
    uint32_t hash;
    uint32_t value;
} pc_strmap_slot;

typedef struct pc_strmap {
    const precis_allocator *alc; /* of the slots; unused when fixed */
    pc_strmap_slot *slot;
    size_t cap, count; /* cap: a power of two, or 0 */
    int fixed;         /* the slots are the caller's and never grow */
} pc_strmap;

/* An empty map whose slots come from `alc` (NULL: malloc) as it grows. */
void pc_strmap_init(pc_strmap *m, const precis_allocator *alc);
/* An empty map over the caller's cap slots (cap a power of two), which it
 * clears; it holds at most cap / 2 keys. */
void pc_strmap_init_fixed(pc_strmap *m, pc_strmap_slot *slot, size_t cap);
/* Frees the slots of a growing map (not of a fixed one); the map is then
 * empty and usable again. */
void pc_strmap_release(pc_strmap *m);

/* The slot of key[0..len), or the empty slot where it would go (the map
 * has slots). */
static inline pc_strmap_slot *pc_strmap_slot_of(const pc_strmap *m, const char *key, size_t len,
                                                uint32_t hash)
{
    size_t mask = m->cap - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        pc_strmap_slot *s = &m->slot[i];
        if (!s->key || (s->hash == hash && s->len == len && pc_bytes_eq(s->key, key, len)))
            return s;
    }
}

/* Looks key[0..len) (of hash `hash`) up: 1 and its value in *value (when
 * value is not NULL), or 0 when absent.  Inline: the stopword and cue
 * lookups of every cluster go through it. */
static inline int pc_strmap_find(const pc_strmap *m, const char *key, size_t len, uint32_t hash,
                                 uint32_t *value)
{
    if (!m->cap)
        return 0;
    const pc_strmap_slot *s = pc_strmap_slot_of(m, key, len, hash);
    if (!s->key)
        return 0;
    if (value)
        *value = s->value;
    return 1;
}
/* Sets key[0..len) -> value, adding the key when absent (the map keeps the
 * pointer, not a copy).  Returns 0, or -1 when out of memory, when a fixed
 * map is full or when len does not fit 32 bits. */
int pc_strmap_put(pc_strmap *m, const char *key, size_t len, uint32_t hash, uint32_t value);
#endif
