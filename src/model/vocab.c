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
    pc_vocab_init(v, v->alc);
}

/* Rebuilds t, doubling its size, until `need` strings fit at most half full.
 * The slots are the arena's, like the strings (a table of 128 KB from
 * malloc would be mapped afresh, page by page, for each cluster); the old
 * ones stay there. */
static int keytab_reserve(pc_arena *a, pc_keytab *t, size_t need)
{
    if (t->cap && need * 2 < t->cap)
        return 0;
    size_t ncap = t->cap ? t->cap * 2 : 256;
    while (need * 2 >= ncap)
        ncap *= 2;
    pc_keyslot *slot = pc_arena_calloc(a, ncap, sizeof *slot);
    if (!slot)
        return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slot[i].val)
            continue;
        size_t j = t->slot[i].hash & (ncap - 1);
        while (slot[j].val)
            j = (j + 1) & (ncap - 1);
        slot[j] = t->slot[i];
    }
    t->slot = slot;
    t->cap = ncap;
    return 0;
}

/* Distinct word forms to expect per byte of news text: a cluster of 10,000
 * words holds one in every 20 to 25 bytes, a shorter one more.  Past
 * EXPECT_MAX forms the tables grow as they fill. */
#define BYTES_PER_FORM 24
#define EXPECT_MAX ((size_t)1 << 15)

void pc_vocab_expect(pc_vocab *v, pc_arena *a, size_t bytes, size_t max_memory)
{
    size_t n = bytes / BYTES_PER_FORM;
    if (n > EXPECT_MAX)
        n = EXPECT_MAX;
    size_t most = 2 * 4 * n * sizeof(pc_keyslot); /* two tables of at most 4n slots */
    if (most > max_memory / 16 || (a->limit && most > (a->limit - a->used) / 4))
        return;
    if (!keytab_reserve(a, &v->surface_map, n))
        keytab_reserve(a, &v->stem_map, n);
}

/* Adds s[0..len) -> id to t, which has room (keytab_reserve) and not s.  A
 * long string is not copied: s must live as long as t. */
static void keytab_add(pc_keytab *t, const char *s, size_t len, uint32_t hash, uint32_t id)
{
    pc_keyslot x;
    x.hash = hash;
    x.val = id + 1;
    if (len <= PC_KEY_INLINE) {
        x.key.k = pc_swar_load_n(s, len);
    } else {
        x.key.p = s;
        x.val |= PC_KEY_LONG;
    }
    size_t mask = t->cap - 1, j = hash & mask;
    while (t->slot[j].val)
        j = (j + 1) & mask;
    t->slot[j] = x;
    t->n++;
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

int pc_vocab_add_surface(pc_vocab *v, pc_arena *a, const char *s, size_t len, uint32_t hash,
                         uint32_t term)
{
    if (keytab_reserve(a, &v->surface_map, v->surface_map.n + 1))
        return -1;
    if (len > PC_KEY_INLINE && !(s = pool_strndup(v, a, s, len)))
        return -1;
    keytab_add(&v->surface_map, s, len, hash, term);
    return 0;
}

uint32_t pc_vocab_intern(pc_vocab *v, pc_arena *a, const char *s, size_t len, uint32_t hash,
                         int stop)
{
    uint32_t e = pc_vocab_find_term(v, s, len, hash);
    if (e) {
        if (!stop)
            v->terms[e - 1].stop = v->stop[e - 1] = 0;
        return e - 1;
    }
    if (v->nterms >= PC_KEY_LONG - 1) /* ids + 1 leave the long-key flag free */
        return PC_NONE;
    if (v->nterms >= v->terms_cap && pc_array_reserve(v->alc, (void **)&v->terms, &v->terms_cap,
                                                      v->nterms + 1, sizeof *v->terms))
        return PC_NONE;
    if (v->nterms >= v->stop_cap &&
        pc_array_reserve(v->alc, (void **)&v->stop, &v->stop_cap, v->nterms + 1, 1))
        return PC_NONE;
    if (keytab_reserve(a, &v->stem_map, v->stem_map.n + 1))
        return PC_NONE;
    char *copy = pool_strndup(v, a, s, len);
    if (!copy)
        return PC_NONE;
    pc_term *t = &v->terms[v->nterms];
    t->str = copy;
    t->len = (uint32_t)len;
    t->hash = hash;
    t->stop = v->stop[v->nterms] = (uint8_t)(stop != 0);
    t->occurrences = 0;
    t->capitalised = 0;
    keytab_add(&v->stem_map, copy, len, hash, (uint32_t)v->nterms);
    return (uint32_t)v->nterms++;
}
