/* The map from 64-bit keys to 64-bit values (u64map.h): open addressing,
 * linear probing, at most half full, backward-shift deletion. */
#include "util/u64map.h"

#include <string.h>

#include "util/alloc.h"
#include "util/hash.h"

static size_t home(uint64_t key, size_t mask)
{
    return (size_t)pc_mix64(key) & mask;
}

uint64_t *pc_u64map_find(const pc_u64map *m, uint64_t key)
{
    if (!m->cap || !key) /* key 0 marks the empty slots: no entry has it */
        return NULL;
    size_t mask = m->cap - 1;
    for (size_t j = home(key, mask);; j = (j + 1) & mask) {
        if (m->keys[j] == key)
            return &m->vals[j];
        if (!m->keys[j])
            return NULL;
    }
}

static void put_new(pc_u64map *m, uint64_t key, uint64_t val)
{
    size_t mask = m->cap - 1, j = home(key, mask);
    while (m->keys[j])
        j = (j + 1) & mask;
    m->keys[j] = key;
    m->vals[j] = val;
    m->n++;
}

static int resize(pc_u64map *m, const precis_allocator *alc, size_t cap)
{
    uint64_t *k = pc_malloc(alc, cap * sizeof *k);
    uint64_t *v = pc_malloc(alc, cap * sizeof *v);
    if (!k || !v) {
        pc_free(alc, k, cap * sizeof *k);
        pc_free(alc, v, cap * sizeof *v);
        return -1;
    }
    memset(k, 0, cap * sizeof *k);
    pc_u64map old = *m;
    m->keys = k;
    m->vals = v;
    m->cap = cap;
    m->n = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i])
            put_new(m, old.keys[i], old.vals[i]);
    pc_u64map_release(&old, alc);
    return 0;
}

int pc_u64map_put(pc_u64map *m, const precis_allocator *alc, uint64_t key, uint64_t val)
{
    if (!key)
        return -1; /* it would read as an empty slot */
    uint64_t *p = pc_u64map_find(m, key);
    if (p) {
        *p = val;
        return 0;
    }
    if ((m->n + 1) * 2 > m->cap && resize(m, alc, m->cap ? m->cap * 2 : 64))
        return -1;
    put_new(m, key, val);
    return 0;
}

void pc_u64map_del(pc_u64map *m, uint64_t key)
{
    if (!m->cap || !key)
        return;
    size_t mask = m->cap - 1, j = home(key, mask);
    while (m->keys[j] != key) {
        if (!m->keys[j])
            return;
        j = (j + 1) & mask;
    }
    /* Backward shift: move each later entry of the run into the hole when
     * its home does not lie cyclically in (hole, its slot]. */
    size_t hole = j;
    for (size_t k = (j + 1) & mask; m->keys[k]; k = (k + 1) & mask) {
        size_t h = home(m->keys[k], mask);
        int stays = hole <= k ? (hole < h && h <= k) : (hole < h || h <= k);
        if (!stays) {
            m->keys[hole] = m->keys[k];
            m->vals[hole] = m->vals[k];
            hole = k;
        }
    }
    m->keys[hole] = 0;
    m->n--;
}

void pc_u64map_release(pc_u64map *m, const precis_allocator *alc)
{
    pc_free(alc, m->keys, m->cap * sizeof *m->keys);
    pc_free(alc, m->vals, m->cap * sizeof *m->vals);
    memset(m, 0, sizeof *m);
}
