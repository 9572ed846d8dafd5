/* The eight-bytes-at-a-time helpers (src/util/swar.h) against byte loops, on
 * random words and on words of each byte value. */
#include <stdint.h>

#include "check.h"
#include "util/swar.h"

static uint64_t marks(const unsigned char *b, int (*keep)(unsigned char, unsigned, unsigned),
                      unsigned lo, unsigned hi)
{
    uint64_t m = 0;
    for (int k = 0; k < 8; k++)
        if (keep(b[k], lo, hi))
            m |= (uint64_t)0x80 << (8 * k);
    return m;
}

static int in_range(unsigned char c, unsigned lo, unsigned hi)
{
    return c < 0x80 && c >= lo && c <= hi;
}

static int equal(unsigned char c, unsigned v, unsigned unused)
{
    (void)unused;
    return c == v;
}

int main(void)
{
    uint64_t state = 0x9E3779B97F4A7C15ull;
    unsigned char b[8];
    char out[8];
    for (int round = 0; round < 20000; round++) {
        for (int k = 0; k < 8; k++) {
            check_random(&state);
            /* mostly ASCII text bytes, some high bytes, every value reachable */
            b[k] = round < 256
                       ? (unsigned char)round
                       : (unsigned char)(state % 9 == 0 ? state >> 8 : 0x20 + (state >> 8) % 0x60);
        }
        uint64_t w = pc_swar_load(b);
        pc_swar_store(out, w);
        CHECK(memcmp(out, b, 8) == 0);
        /* the first n bytes, zero-padded: the word's low n bytes */
        for (size_t n = 0; n <= 8; n++)
            CHECK(pc_swar_load_n(b, n) == (n == 8 ? w : w & (((uint64_t)1 << (8 * n)) - 1)));
        int ascii = 1;
        for (int k = 0; k < 8; k++)
            ascii &= b[k] < 0x80;
        CHECK(pc_swar_ascii(w) == ascii);
        static const unsigned ranges[][2] = {{'a', 'z'}, {'0', '9'}, {' ', ' '}, {0, 0x7F}};
        for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++) {
            uint64_t m = pc_swar_in_range(w, ranges[r][0], ranges[r][1]);
            CHECK(m == marks(b, in_range, ranges[r][0], ranges[r][1]));
            size_t n = 0, lead = 0;
            for (int k = 0; k < 8; k++)
                n += in_range(b[k], ranges[r][0], ranges[r][1]);
            while (lead < 8 && in_range(b[lead], ranges[r][0], ranges[r][1]))
                lead++;
            CHECK(pc_swar_count(m) == n);
            CHECK(pc_swar_count(pc_swar_leading(m)) == lead);
        }
        static const unsigned char eqs[] = {' ', 'e', 0, 0x80, 0xFF};
        for (size_t e = 0; e < sizeof eqs; e++)
            CHECK(pc_swar_eq(w, eqs[e]) == marks(b, equal, eqs[e], 0));
    }
    return check_done();
}
