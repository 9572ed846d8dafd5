#include "util/alloc.h"

#include <stdint.h>
#include <stdlib.h>

static void *std_malloc(void *ctx, size_t size)
{
    (void)ctx;
    return malloc(size ? size : 1);
}

static void *std_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    (void)ctx;
    (void)old_size;
    return realloc(ptr, new_size ? new_size : 1);
}

static void std_free(void *ctx, void *ptr, size_t size)
{
    (void)ctx;
    (void)size;
    free(ptr);
}

static const precis_allocator std_alc = {std_malloc, std_realloc, std_free, NULL};

const precis_allocator *pc_alloc_or_default(const precis_allocator *alc)
{
    return alc ? alc : &std_alc;
}

void *pc_malloc(const precis_allocator *alc, size_t size)
{
    alc = pc_alloc_or_default(alc);
    return alc->malloc(alc->ctx, size);
}

void *pc_realloc(const precis_allocator *alc, void *ptr, size_t old_size, size_t new_size)
{
    alc = pc_alloc_or_default(alc);
    if (!ptr)
        return alc->malloc(alc->ctx, new_size);
    return alc->realloc(alc->ctx, ptr, old_size, new_size);
}

void pc_free(const precis_allocator *alc, void *ptr, size_t size)
{
    if (!ptr)
        return;
    alc = pc_alloc_or_default(alc);
    alc->free(alc->ctx, ptr, size);
}

size_t pc_grow_cap(size_t cap, size_t need, size_t elem)
{
    size_t n = cap ? cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return 0;
        n *= 2;
    }
    if (elem && n > SIZE_MAX / elem)
        return 0;
    return n;
}

int pc_array_reserve(const precis_allocator *alc, void **arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = pc_grow_cap(*cap, need, elem);
    if (!n)
        return -1;
    void *p = pc_realloc(alc, *arr, *cap * elem, n * elem);
    if (!p)
        return -1;
    *arr = p;
    *cap = n;
    return 0;
}

PRECIS_API void precis_free(void *ptr)
{
    free(ptr);
}
