/* Arena: bump allocation in chained blocks, freed all at once.  One arena per
 * cluster holds sentences, tokens, vectors and graphs, which all die together
 * with the cluster (ARCHITECTURE.md, "Memory"). */
#ifndef PRECIS_UTIL_ARENA_H
#define PRECIS_UTIL_ARENA_H
#include <stddef.h>
#include "precis.h"

typedef struct pc_arena_block pc_arena_block;

typedef struct pc_arena {
    const precis_allocator *alc;
    pc_arena_block *head;
    size_t used;  /* total bytes handed out, for the memory limit */
    size_t limit; /* 0 = none; allocations past it fail */
    int over;     /* set when an allocation failed for the limit */
} pc_arena;

void pc_arena_init(pc_arena *a, const precis_allocator *alc);
/* Frees every block; the arena can be reused afterwards. */
void pc_arena_release(pc_arena *a);

/* Returns `size` bytes aligned for any type, or NULL (out of memory or over
 * the limit).  Never returns NULL for size 0 unless out of memory. */
void *pc_arena_alloc(pc_arena *a, size_t size);
/* Same, zero-filled; n * size checked for overflow. */
void *pc_arena_calloc(pc_arena *a, size_t n, size_t size);
/* Copies len bytes and adds a NUL. */
char *pc_arena_strndup(pc_arena *a, const char *s, size_t len);
#endif
