#include "util/arena.h"

#include <stdint.h>
#include <string.h>

#include "util/alloc.h"

struct pc_arena_block {
    pc_arena_block *next;
    size_t size, used;
    max_align_t data[];
};

#define ARENA_MIN_BLOCK ((size_t)64 * 1024)

void pc_arena_init(pc_arena *a, const precis_allocator *alc)
{
    a->alc = alc;
    a->head = NULL;
    a->used = 0;
    a->limit = 0;
    a->over = 0;
}

void pc_arena_release(pc_arena *a)
{
    pc_arena_block *b = a->head;
    while (b) {
        pc_arena_block *next = b->next;
        pc_free(a->alc, b, sizeof *b + b->size);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}

void *pc_arena_alloc(pc_arena *a, size_t size)
{
    const size_t align = sizeof(max_align_t);
    if (size > SIZE_MAX - align)
        return NULL;
    size = (size + align - 1) & ~(align - 1);
    if (a->limit && (size > a->limit || a->used > a->limit - size)) {
        a->over = 1;
        return NULL;
    }
    pc_arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bs = size > ARENA_MIN_BLOCK ? size : ARENA_MIN_BLOCK;
        /* Grow blocks with the arena so a large cluster needs few of them. */
        if (a->used / 4 > bs && a->used / 4 < ((size_t)16 << 20))
            bs = a->used / 4;
        if (bs > SIZE_MAX - sizeof *b)
            return NULL;
        b = pc_malloc(a->alc, sizeof *b + bs);
        if (!b)
            return NULL;
        b->size = bs;
        b->used = 0;
        if (a->head && size >= ARENA_MIN_BLOCK) {
            /* A big one-off block goes behind the current one, which keeps
             * its free space for later small allocations. */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    a->used += size;
    return p;
}

void *pc_arena_calloc(pc_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = pc_arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *pc_arena_strndup(pc_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = pc_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
