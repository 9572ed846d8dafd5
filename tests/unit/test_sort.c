#include <stdint.h>

#include "check.h"
#include "util/sort.h"

static int cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int main(void)
{
    uint64_t state = 88172645463325252ull;
    static uint64_t a[5000], b[5000];
    static uint32_t c[5000], d[5000];
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(state % 5000);
        int dups = round % 3 == 0, sorted = round % 7 == 0;
        for (size_t i = 0; i < n; i++) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            a[i] = sorted ? i : dups ? state % 8 : state;
            b[i] = a[i];
            c[i] = d[i] = (uint32_t)(a[i] ^ (a[i] >> 32));
        }
        pc_sort_u64(a, n);
        qsort(b, n, sizeof *b, cmp);
        CHECK(memcmp(a, b, n * sizeof *a) == 0);
        pc_sort_u32(c, n);
        qsort(d, n, sizeof *d, cmp32);
        CHECK(memcmp(c, d, n * sizeof *c) == 0);
    }
    pc_sort_u64(a, 0);
    a[0] = 5;
    pc_sort_u64(a, 1);
    CHECK(a[0] == 5);
    return check_done();
}
