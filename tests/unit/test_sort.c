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

/* A struct sorted by a key with ties, broken by index: descending score as
 * select.c sorts its candidates. */
typedef struct item {
    double score;
    uint32_t idx;
} item;

#define BEFORE(x, y) ((x).score > (y).score || ((x).score == (y).score && (x).idx < (y).idx))
PC_SORT_DEFINE_BY(sort_items, item, BEFORE)

static int cmp_item(const void *a, const void *b)
{
    const item *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

int main(void)
{
    uint64_t state = 88172645463325252ull;
    static uint64_t a[5000], b[5000];
    static uint32_t c[5000], d[5000];
    static item e[5000], g[5000];
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(state % 5000);
        int dups = round % 3 == 0, sorted = round % 7 == 0;
        for (size_t i = 0; i < n; i++) {
            check_random(&state);
            a[i] = sorted ? i : dups ? state % 8 : state;
            b[i] = a[i];
            c[i] = d[i] = (uint32_t)(a[i] ^ (a[i] >> 32));
            e[i].score = (double)(a[i] % 16) / 4; /* many ties */
            e[i].idx = (uint32_t)(n - i);
            g[i] = e[i];
        }
        pc_sort_u64(a, n);
        qsort(b, n, sizeof *b, cmp);
        CHECK(memcmp(a, b, n * sizeof *a) == 0);
        pc_sort_u32(c, n);
        qsort(d, n, sizeof *d, cmp32);
        CHECK(memcmp(c, d, n * sizeof *c) == 0);
        sort_items(e, n);
        qsort(g, n, sizeof *g, cmp_item);
        for (size_t i = 0; i < n; i++)
            CHECK(e[i].score == g[i].score && e[i].idx == g[i].idx);
    }
    pc_sort_u64(a, 0);
    a[0] = 5;
    pc_sort_u64(a, 1);
    CHECK(a[0] == 5);
    return check_done();
}
