/* util/strmap.h: the shared string -> value hash table, growing and fixed,
 * against a plain list of what was put; colliding hashes; out of memory. */
#include <stdint.h>

#include "check.h"
#include "util/hash.h"
#include "util/strmap.h"

/* An allocator that fails once `left` allocations have been made, and
 * counts the bytes it has out (every slot array freed with its size). */
typedef struct budget {
    int left;
    long out;
} budget;

static void *b_malloc(void *ctx, size_t n)
{
    budget *b = ctx;
    if (b->left-- <= 0)
        return NULL;
    b->out += (long)n;
    return malloc(n);
}

static void *b_realloc(void *ctx, void *p, size_t old, size_t n)
{
    (void)ctx, (void)p, (void)old, (void)n;
    return NULL; /* strmap never reallocates */
}

static void b_free(void *ctx, void *p, size_t n)
{
    budget *b = ctx;
    if (p)
        b->out -= (long)n;
    free(p);
}

#define NKEYS 3000

int main(void)
{
    /* keys of every length 1..12 over a small alphabet, many sharing
     * prefixes; the odd ones are looked up but never put */
    static char keys[NKEYS][20]; /* 12 letters, up to 5 digits and the NUL */
    uint64_t rng = 88172645463325252ull;
    for (size_t i = 0; i < NKEYS; i++) {
        size_t n = 1 + i % 12;
        for (size_t j = 0; j < n; j++)
            keys[i][j] = (char)('a' + check_random(&rng) % 3);
        snprintf(keys[i] + n, 6, "%zu", i); /* distinct */
    }

    budget b = {1 << 30, 0};
    precis_allocator alc = {b_malloc, b_realloc, b_free, &b};
    pc_strmap m;
    pc_strmap_init(&m, &alc);
    CHECK(!pc_strmap_find(&m, "x", 1, pc_fnv1a("x", 1), NULL)); /* empty, no slots */
    int ok = 1;
    for (size_t i = 0; i < NKEYS; i += 2)
        ok &= pc_strmap_put(&m, keys[i], strlen(keys[i]), pc_fnv1a(keys[i], strlen(keys[i])),
                            (uint32_t)i) == 0;
    CHECK(ok);
    CHECK(m.count == NKEYS / 2);
    CHECK(m.count * 2 <= m.cap);
    int found = 1, absent = 1;
    for (size_t i = 0; i < NKEYS; i++) {
        uint32_t v = UINT32_MAX;
        int f =
            pc_strmap_find(&m, keys[i], strlen(keys[i]), pc_fnv1a(keys[i], strlen(keys[i])), &v);
        if (i % 2 == 0)
            found &= f && v == i;
        else
            absent &= !f && v == UINT32_MAX;
    }
    CHECK(found);
    CHECK(absent);
    /* a prefix of a key is another key */
    CHECK(!pc_strmap_find(&m, keys[0], 0, pc_fnv1a(keys[0], 0), NULL));
    /* put on a present key replaces its value */
    const char *k0 = keys[0];
    CHECK(pc_strmap_put(&m, k0, strlen(k0), pc_fnv1a(k0, strlen(k0)), 7) == 0);
    uint32_t v;
    CHECK(pc_strmap_find(&m, k0, strlen(k0), pc_fnv1a(k0, strlen(k0)), &v) && v == 7);
    CHECK(m.count == NKEYS / 2);
    pc_strmap_release(&m);
    CHECK(b.out == 0 && m.cap == 0 && m.count == 0);
    CHECK(!pc_strmap_find(&m, k0, strlen(k0), pc_fnv1a(k0, strlen(k0)), NULL));

    /* one hash for every key: only the bytes tell them apart */
    pc_strmap_init(&m, &alc);
    ok = 1;
    for (uint32_t i = 0; i < 40; i++)
        ok &= pc_strmap_put(&m, keys[i], strlen(keys[i]), 12345, i) == 0;
    for (uint32_t i = 0; i < 40; i++)
        ok &= pc_strmap_find(&m, keys[i], strlen(keys[i]), 12345, &v) && v == i;
    CHECK(ok);
    CHECK(!pc_strmap_find(&m, keys[41], strlen(keys[41]), 12345, NULL));
    pc_strmap_release(&m);

    /* out of memory: the failed put leaves the map as it was */
    b.left = 1;
    pc_strmap_init(&m, &alc);
    size_t added = 0;
    while (pc_strmap_put(&m, keys[added], strlen(keys[added]),
                         pc_fnv1a(keys[added], strlen(keys[added])), (uint32_t)added) == 0)
        added++;
    CHECK(added == m.cap / 2 && m.count == added);
    ok = 1;
    for (size_t i = 0; i < added; i++)
        ok &=
            pc_strmap_find(&m, keys[i], strlen(keys[i]), pc_fnv1a(keys[i], strlen(keys[i])), &v) &&
            v == i;
    CHECK(ok);
    pc_strmap_release(&m);
    CHECK(b.out == 0);

    /* fixed storage: half full at most, never allocates, release clears */
    static pc_strmap_slot slots[16];
    memset(slots, 0xAB, sizeof slots); /* init_fixed clears them */
    pc_strmap_init_fixed(&m, slots, 16);
    for (added = 0; added < 20; added++)
        if (pc_strmap_put(&m, keys[added], strlen(keys[added]),
                          pc_fnv1a(keys[added], strlen(keys[added])), (uint32_t)added))
            break;
    CHECK(added == 8);
    CHECK(pc_strmap_find(&m, keys[7], strlen(keys[7]), pc_fnv1a(keys[7], strlen(keys[7])), &v) &&
          v == 7);
    CHECK(!pc_strmap_find(&m, keys[8], strlen(keys[8]), pc_fnv1a(keys[8], strlen(keys[8])), NULL));
    pc_strmap_release(&m);
    CHECK(m.count == 0 && m.slot == slots);
    CHECK(!pc_strmap_find(&m, keys[7], strlen(keys[7]), pc_fnv1a(keys[7], strlen(keys[7])), NULL));
    return check_done();
}
