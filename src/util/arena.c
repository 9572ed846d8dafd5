#include "util/arena.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "util/alloc.h"

struct pc_arena_block {
    pc_arena_block *next;
    size_t size, used;
    max_align_t data[];
};

#define ARENA_MIN_BLOCK ((size_t)64 * 1024)

/* Each thread keeps the blocks of the arenas it released (default allocator
 * only), up to CACHE_BYTES, for its next arenas: a program summarizing one
 * cluster after another then reuses the same pages instead of having the C
 * library give them back to the kernel and fault them in again (a page
 * fault costs more than summarizing the words on that page).  The cache is
 * freed when the thread exits; in the main thread it lives until the
 * process ends. */
#define CACHE_BYTES ((size_t)32 << 20)
#define CACHE_BLOCKS 64

typedef struct block_cache {
    pc_arena_block *head;
    size_t bytes, n;
} block_cache;

/* This thread's cache, on the heap (cache_get), and the key whose
 * destructor frees it when the thread exits.  The destructor reads only
 * the cache it is given, never this thread-local pointer: in a library
 * loaded at run time (Python's cffi) the thread-local block is the C
 * library's to free, and it may free it from the next thread that reuses
 * the exited thread's stack, with no synchronisation a race detector can
 * see after the destructor's accesses (ThreadSanitizer reported them in
 * python/test_threads, in one run of two to ten).  Accesses while the thread
 * runs are ordered before its end by whatever joins it. */
static _Thread_local block_cache *tcache;
static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static int cache_ok;

static void cache_drop(void *cache)
{
    block_cache *c = cache;
    pc_arena_block *b = c->head;
    while (b) {
        pc_arena_block *next = b->next;
        pc_free(NULL, b, sizeof *b + b->size);
        b = next;
    }
    pc_free(NULL, c, sizeof *c);
}

static void cache_init(void)
{
    cache_ok = pthread_key_create(&cache_key, cache_drop) == 0;
}

/* This thread's cache, made on first use; NULL when it cannot be (then
 * blocks go back to the allocator). */
static block_cache *cache_get(void)
{
    if (tcache)
        return tcache;
    pthread_once(&cache_once, cache_init);
    if (!cache_ok)
        return NULL;
    block_cache *c = pc_malloc(NULL, sizeof *c);
    if (!c)
        return NULL;
    c->head = NULL;
    c->bytes = c->n = 0;
    if (pthread_setspecific(cache_key, c) != 0) {
        pc_free(NULL, c, sizeof *c);
        return NULL; /* no way to free it at thread exit */
    }
    return tcache = c;
}

/* Takes b into this thread's cache; 0 when it is full (b stays the
 * caller's). */
static int cache_put(pc_arena_block *b)
{
    block_cache *c = cache_get();
    if (!c || c->n >= CACHE_BLOCKS || b->size > CACHE_BYTES - c->bytes)
        return 0;
    b->next = c->head;
    c->head = b;
    c->bytes += b->size;
    c->n++;
    return 1;
}

/* The smallest cached block of at least `size` bytes, or NULL. */
static pc_arena_block *cache_take(size_t size)
{
    block_cache *c = tcache;
    if (!c)
        return NULL;
    pc_arena_block **best = NULL;
    for (pc_arena_block **p = &c->head; *p; p = &(*p)->next)
        if ((*p)->size >= size && (!best || (*p)->size < (*best)->size))
            best = p;
    if (!best)
        return NULL;
    pc_arena_block *b = *best;
    *best = b->next;
    c->bytes -= b->size;
    c->n--;
    return b;
}

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
        if (a->alc || !cache_put(b))
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
        b = a->alc ? NULL : cache_take(bs);
        if (!b) {
            b = pc_malloc(a->alc, sizeof *b + bs);
            if (!b)
                return NULL;
            b->size = bs;
        }
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
