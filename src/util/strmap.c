#include "util/strmap.h"

#include <string.h>

#include "util/alloc.h"

/* The first capacity of a growing map: small maps (a handful of instance
 * ids) stay small, large ones double a few times more. */
#define FIRST_CAP 64

void pc_strmap_init(pc_strmap *m, const precis_allocator *alc)
{
    memset(m, 0, sizeof *m);
    m->alc = alc;
}

void pc_strmap_init_fixed(pc_strmap *m, pc_strmap_slot *slot, size_t cap)
{
    memset(m, 0, sizeof *m);
    memset(slot, 0, cap * sizeof *slot);
    m->slot = slot;
    m->cap = cap;
    m->fixed = 1;
}

void pc_strmap_release(pc_strmap *m)
{
    if (m->fixed) {
        memset(m->slot, 0, m->cap * sizeof *m->slot);
    } else {
        pc_free(m->alc, m->slot, m->cap * sizeof *m->slot);
        m->slot = NULL;
        m->cap = 0;
    }
    m->count = 0;
}

static int grow(pc_strmap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : FIRST_CAP;
    pc_strmap_slot *ns = pc_malloc(m->alc, ncap * sizeof *ns);
    if (!ns)
        return -1;
    memset(ns, 0, ncap * sizeof *ns);
    for (size_t i = 0; i < m->cap; i++) {
        const pc_strmap_slot *s = &m->slot[i];
        if (!s->key)
            continue;
        size_t j = s->hash & (ncap - 1);
        while (ns[j].key)
            j = (j + 1) & (ncap - 1);
        ns[j] = *s;
    }
    pc_free(m->alc, m->slot, m->cap * sizeof *m->slot);
    m->slot = ns;
    m->cap = ncap;
    return 0;
}

int pc_strmap_put(pc_strmap *m, const char *key, size_t len, uint32_t hash, uint32_t value)
{
    if (len > UINT32_MAX)
        return -1;
    if (m->cap) {
        pc_strmap_slot *s = pc_strmap_slot_of(m, key, len, hash);
        if (s->key) {
            s->value = value;
            return 0;
        }
    }
    if ((m->count + 1) * 2 > m->cap && (m->fixed || grow(m)))
        return -1;
    pc_strmap_slot *s = pc_strmap_slot_of(m, key, len, hash);
    *s = (pc_strmap_slot){key, (uint32_t)len, hash, value};
    m->count++;
    return 0;
}
