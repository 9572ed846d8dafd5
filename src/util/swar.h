/* Eight bytes at a time in a 64-bit word (SWAR), for the ASCII fast paths of
 * the cleaner and the analyser.  Byte k of a word is p[k], whatever the
 * machine's byte order; a mask has 0x80 in the bytes it marks.  No byte
 * carries into the next: the top bits are cleared before adding. */
#ifndef PRECIS_UTIL_SWAR_H
#define PRECIS_UTIL_SWAR_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PC_SWAR_ONES 0x0101010101010101u
#define PC_SWAR_HIGH (PC_SWAR_ONES * 0x80)

static inline uint64_t pc_swar_load(const void *src)
{
    const unsigned char *p = src;
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
           (uint64_t)p[7] << 56; /* compilers make this one load */
}

/* The first n <= 8 bytes at src, zero-padded to a word (byte k in bits
 * 8k..8k+7, like pc_swar_load). */
static inline uint64_t pc_swar_load_n(const void *src, size_t n)
{
    const unsigned char *p = src;
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    return w;
}

static inline void pc_swar_store(char *p, uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(p, &w, 8); /* GCC 12 left the byte stores below as eight stores */
#else
    for (int i = 0; i < 8; i++) /* the bytes in little-endian order */
        p[i] = (char)(w >> (8 * i));
#endif
}

/* Whether all eight bytes are ASCII. */
static inline int pc_swar_ascii(uint64_t w)
{
    return (w & PC_SWAR_HIGH) == 0;
}

/* The ASCII bytes of w in [lo, hi] (lo <= hi < 0x80). */
static inline uint64_t pc_swar_in_range(uint64_t w, unsigned lo, unsigned hi)
{
    uint64_t x = w & ~PC_SWAR_HIGH;
    return (x + PC_SWAR_ONES * (0x80 - lo)) & ~(x + PC_SWAR_ONES * (0x7F - hi)) & ~w & PC_SWAR_HIGH;
}

/* The bytes of w equal to c: x has a zero byte exactly there, and a byte
 * of the result gets its top bit only from a zero byte of x. */
static inline uint64_t pc_swar_eq(uint64_t w, unsigned char c)
{
    const uint64_t low7 = PC_SWAR_ONES * 0x7F;
    uint64_t x = w ^ PC_SWAR_ONES * c;
    return ~(((x & low7) + low7) | x | low7);
}

/* Number of marked bytes. */
static inline size_t pc_swar_count(uint64_t m)
{
    return (size_t)((((m >> 7) & PC_SWAR_ONES) * PC_SWAR_ONES) >> 56);
}

/* The marks of the bytes before the first unmarked one. */
static inline uint64_t pc_swar_leading(uint64_t m)
{
    uint64_t gap = ~m & PC_SWAR_HIGH;
    return m & ((gap & (0 - gap)) - 1);
}
#endif
