/* An open-addressing map from 64-bit keys (never 0: callers map 0 to 1) to
 * 64-bit values; linear probing, at most half full, backward-shift
 * deletion (no tombstones, so memory follows the live entries).  For keys
 * that are already hashes or ids: the stream's terms, stories and article
 * ids (stories/), the cluster's sentence fingerprints (model/copies.c). */
#ifndef PRECIS_UTIL_U64MAP_H
#define PRECIS_UTIL_U64MAP_H
#include <stddef.h>
#include <stdint.h>

#include "precis.h"

typedef struct pc_u64map {
    uint64_t *keys;
    uint64_t *vals;
    size_t n, cap; /* cap: a power of two or 0 */
} pc_u64map;

/* The value of key, or NULL when it is absent; valid until the next put. */
uint64_t *pc_u64map_find(const pc_u64map *m, uint64_t key);
/* Sets key -> val.  Returns 0, or -1 when out of memory or key is 0 (find
 * and del take 0 for a key no entry has). */
int pc_u64map_put(pc_u64map *m, const precis_allocator *alc, uint64_t key, uint64_t val);
void pc_u64map_del(pc_u64map *m, uint64_t key);
/* Frees the slots; the map is then empty and usable again. */
void pc_u64map_release(pc_u64map *m, const precis_allocator *alc);
#endif
