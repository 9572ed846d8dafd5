#include "model/vocab.h"

#include <string.h>

#include "util/alloc.h"
#include "util/arena.h"
#include "util/hash.h"

#define PC_NONE UINT32_MAX

uint32_t pc_hash(const char *s, size_t len)
{
    /* FNV-1a: short keys, good enough spread for open addressing. */
    return pc_fnv1a(s, len);
}

void pc_vocab_init(pc_vocab *v, const precis_allocator *alc)
{
    memset(v, 0, sizeof *v);
    v->alc = alc;
}

void pc_vocab_release(pc_vocab *v)
{
    pc_free(v->alc, v->terms, v->terms_cap * sizeof *v->terms);
    pc_free(v->alc, v->stop, v->stop_cap);
    pc_free(v->alc, v->surf, v->surf_cap * sizeof *v->surf);
    pc_free(v->alc, v->term_map.slots, v->term_map.cap * sizeof(uint32_t));
    pc_vocab_init(v, v->alc);
}

/* Rebuilds `m` at twice the size when it is more than half full.  `count`
 * includes the entry about to be added, which is not written yet: only the
 * count - 1 existing entries are rehashed. */
static int map_grow(const precis_allocator *alc, pc_strmap *m, size_t count, const void *base,
                    size_t stride, size_t hash_off)
{
    if (m->cap && count * 2 < m->cap)
        return 0;
    size_t ncap = m->cap ? m->cap * 2 : 256;
    uint32_t *slots = pc_malloc(alc, ncap * sizeof *slots);
    if (!slots)
        return -1;
    memset(slots, 0, ncap * sizeof *slots);
    for (size_t i = 0; i + 1 < count; i++) {
        uint32_t h;
        memcpy(&h, (const char *)base + i * stride + hash_off, sizeof h);
        size_t j = h & (ncap - 1);
        while (slots[j])
            j = (j + 1) & (ncap - 1);
        slots[j] = (uint32_t)(i + 1);
    }
    pc_free(alc, m->slots, m->cap * sizeof *slots);
    m->slots = slots;
    m->cap = ncap;
    return 0;
}

/* Copies s[0..len) and a NUL, carving the short strings of the vocabulary
 * out of chunks of the arena: one arena allocation per chunk, not per word. */
#define POOL_CHUNK 4096
static char *pool_strndup(pc_vocab *v, pc_arena *a, const char *s, size_t len)
{
    if (len >= POOL_CHUNK / 8)
        return pc_arena_strndup(a, s, len);
    if (v->pool_left <= len) {
        v->pool = pc_arena_alloc(a, POOL_CHUNK);
        if (!v->pool)
            return NULL;
        v->pool_left = POOL_CHUNK;
    }
    char *p = v->pool;
    memcpy(p, s, len);
    p[len] = '\0';
    v->pool += len + 1;
    v->pool_left -= len + 1;
    return p;
}

/* Rebuilds the surface table at twice the size when adding one more form
 * would make it more than half full. */
static int surf_grow(pc_vocab *v)
{
    if (v->surf_cap && (v->nsurf + 1) * 2 < v->surf_cap)
        return 0;
    size_t ncap = v->surf_cap ? v->surf_cap * 2 : 1024;
    pc_surface *t = pc_malloc(v->alc, ncap * sizeof *t);
    if (!t)
        return -1;
    memset(t, 0, ncap * sizeof *t);
    for (size_t i = 0; i < v->surf_cap; i++) {
        if (!v->surf[i].term)
            continue;
        size_t j = v->surf[i].hash & (ncap - 1);
        while (t[j].term)
            j = (j + 1) & (ncap - 1);
        t[j] = v->surf[i];
    }
    pc_free(v->alc, v->surf, v->surf_cap * sizeof *t);
    v->surf = t;
    v->surf_cap = ncap;
    return 0;
}

int pc_vocab_add_surface(pc_vocab *v, pc_arena *a, const char *s, size_t len, uint32_t hash,
                         uint32_t term)
{
    if (surf_grow(v))
        return -1;
    pc_surface x;
    x.hash = hash;
    x.term = term + 1;
    if (len <= PC_SURF_INLINE) {
        x.key.k = pc_swar_load(s);
    } else {
        char *copy = pool_strndup(v, a, s, len);
        if (!copy)
            return -1;
        x.key.p = copy;
        x.term |= PC_SURF_LONG;
    }
    size_t mask = v->surf_cap - 1, j = hash & mask;
    while (v->surf[j].term)
        j = (j + 1) & mask;
    v->surf[j] = x;
    v->nsurf++;
    return 0;
}

uint32_t pc_vocab_intern(pc_vocab *v, pc_arena *a, const char *s, size_t len, int stop)
{
    uint32_t hash = pc_hash(s, len);
    uint32_t e = pc_vocab_find_term(v, s, len, hash);
    if (e) {
        if (!stop)
            v->terms[e - 1].stop = v->stop[e - 1] = 0;
        return e - 1;
    }
    if (v->nterms >= PC_SURF_LONG - 1) /* ids + 1 leave the surface flag free */
        return PC_NONE;
    if (v->nterms >= v->terms_cap && pc_array_reserve(v->alc, (void **)&v->terms, &v->terms_cap,
                                                      v->nterms + 1, sizeof *v->terms))
        return PC_NONE;
    if (v->nterms >= v->stop_cap &&
        pc_array_reserve(v->alc, (void **)&v->stop, &v->stop_cap, v->nterms + 1, 1))
        return PC_NONE;
    if (map_grow(v->alc, &v->term_map, v->nterms + 1, v->terms, sizeof *v->terms,
                 offsetof(pc_term, hash)))
        return PC_NONE;
    char *copy = pool_strndup(v, a, s, len);
    if (!copy)
        return PC_NONE;
    pc_term *t = &v->terms[v->nterms];
    t->str = copy;
    t->len = (uint32_t)len;
    t->hash = hash;
    t->stop = v->stop[v->nterms] = (uint8_t)(stop != 0);
    t->occ = 0;
    t->cap = 0;
    size_t mask = v->term_map.cap - 1, j = hash & mask;
    while (v->term_map.slots[j])
        j = (j + 1) & mask;
    v->term_map.slots[j] = (uint32_t)++v->nterms;
    return (uint32_t)(v->nterms - 1);
}
