/* util/u64map.h: the map from 64-bit keys, against a plain array of what
 * was put, through puts, overwrites and deletions (backward shift). */
#include <stdint.h>

#include "check.h"
#include "util/u64map.h"

static void test_map(void)
{
    pc_u64map m = {0};
    enum { N = 5000 };
    static uint64_t have[N];
    uint64_t rng = 7;
    int ok = 1;
    for (int round = 0; round < 20000; round++) {
        uint64_t r = check_random(&rng);
        size_t k = r % N;
        uint64_t key = k * 0x9E3779B97F4A7C15ull | 1;
        if ((r >> 20) % 3) {
            if (pc_u64map_put(&m, NULL, key, r) == 0)
                have[k] = r;
        } else {
            pc_u64map_del(&m, key);
            have[k] = 0;
        }
    }
    size_t n = 0;
    for (size_t k = 0; k < N; k++) {
        uint64_t *v = pc_u64map_find(&m, k * 0x9E3779B97F4A7C15ull | 1);
        if (have[k]) {
            n++;
            ok &= v && *v == have[k];
        } else {
            ok &= v == NULL;
        }
    }
    CHECK(ok);
    CHECK(m.n == n);
    /* key 0 marks the empty slots: no entry has it (a saved stream whose
     * heap listed story 0 read an empty slot's value as a story) */
    CHECK(pc_u64map_find(&m, 0) == NULL);
    pc_u64map_del(&m, 0);
    CHECK(m.n == n);
    CHECK(pc_u64map_put(&m, NULL, 0, 5) == -1 && m.n == n);
    pc_u64map_release(&m, NULL);
}

int main(void)
{
    test_map();
    return check_done();
}
