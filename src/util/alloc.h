/* Internal allocation layer: every library allocation goes through a
 * precis_allocator; these helpers pick the default when none is given. */
#ifndef PRECIS_UTIL_ALLOC_H
#define PRECIS_UTIL_ALLOC_H
#include "precis.h"

/* The allocator to use for `alc` (the C library's when NULL). */
const precis_allocator *pc_alloc_or_default(const precis_allocator *alc);

void *pc_malloc(const precis_allocator *alc, size_t size);
void *pc_realloc(const precis_allocator *alc, void *ptr, size_t old_size, size_t new_size);
void pc_free(const precis_allocator *alc, void *ptr, size_t size);

/* Growth for arrays fed from outside: returns a capacity >= need (at least
 * doubling), or 0 on overflow of `elem * cap`. */
size_t pc_grow_cap(size_t cap, size_t need, size_t elem);

/* Grows *arr (element size `elem`, capacity *cap) to hold `need` elements.
 * Returns 0 on success, -1 on allocation failure (the array is unchanged). */
int pc_array_reserve(const precis_allocator *alc, void **arr, size_t *cap, size_t need,
                     size_t elem);
#endif
