/* Hashes.  FNV-1a is the string hash of the project's tables (vocabulary,
 * stem table, lexicon, stopwords, cue words, ROUGE tokens); pc_hash64, a
 * second and independent one, gives the lexicon's checks.  The generated
 * tables are built with both, so neither may change without `make generate`
 * (`make check-generated` fails until then). */
#ifndef PRECIS_UTIL_HASH_H
#define PRECIS_UTIL_HASH_H
#include <stddef.h>
#include <stdint.h>

#include "util/swar.h"

#define PC_FNV_OFFSET 2166136261u
#define PC_FNV_PRIME 16777619u

/* FNV-1a of s[0..n) continued from hash h (PC_FNV_OFFSET to start). */
static inline uint32_t pc_fnv1a_from(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * PC_FNV_PRIME;
    return h;
}

static inline uint32_t pc_fnv1a(const char *s, size_t n)
{
    return pc_fnv1a_from(PC_FNV_OFFSET, s, n);
}

/* MurmurHash3's 32-bit finaliser: every output bit depends on every input
 * bit (FNV-1a's low bits cluster under linear probing). */
static inline uint32_t pc_mix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}
/* splitmix64's finaliser (Steele, Lea & Flood 2014): a 64-bit mixer. */
static inline uint64_t pc_mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

/* A second string hash, of 64 bits and independent of FNV-1a: s[0..n)
 * eight bytes at a time (read little-endian, so that it is the same on
 * every machine) through pc_mix64, from `seed`. */
static inline uint64_t pc_hash64(const char *s, size_t n, uint64_t seed)
{
    uint64_t h = pc_mix64(seed ^ (n * 0x9E3779B97F4A7C15ull));
    for (;;) {
        h = pc_mix64(h ^ pc_swar_load_n(s, n < 8 ? n : 8));
        if (n <= 8)
            return h;
        s += 8;
        n -= 8;
    }
}
#endif
