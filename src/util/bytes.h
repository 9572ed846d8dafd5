/* Small byte-string helpers, inline: equality of short strings (words and
 * stems are a few bytes, for which a call to memcmp costs more than the
 * comparison) and trimming a set of bytes off an end. */
#ifndef PRECIS_UTIL_BYTES_H
#define PRECIS_UTIL_BYTES_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline int pc_bytes_eq(const char *a, const char *b, size_t n)
{
    /* Two overlapping loads cover 4 to 16 bytes; no byte outside [0, n) is
     * read. */
    if (n >= 8) {
        if (n > 16)
            return memcmp(a, b, n) == 0;
        uint64_t x0, y0, x1, y1;
        memcpy(&x0, a, 8);
        memcpy(&y0, b, 8);
        memcpy(&x1, a + n - 8, 8);
        memcpy(&y1, b + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* Whether a[0..n) and b[0..n) are the same but for the case of ASCII
 * letters (bytes equal, or equal with bit 5 set). */
static inline int pc_bytes_fold_eq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i] && (a[i] | 32) != (b[i] | 32))
            return 0;
    return 1;
}

/* The length of t[0..len) without the bytes of `set` at its end. */
static inline size_t pc_trim_end(const char *t, size_t len, const char *set)
{
    while (len && strchr(set, t[len - 1]))
        len--;
    return len;
}
/* Whether t[0..len) holds a quotation mark of U+2018 to U+201F (bytes E2
 * 80 xx) whose last byte is from lo to hi: U+201C (0x9C) opens a double
 * quotation.  Found by memchr on the lead byte, which most curly text also
 * writes for its apostrophes and dashes, then the two after it. */
static inline int pc_has_curly(const char *t, size_t len, unsigned char lo, unsigned char hi)
{
    const char *end = t + len;
    for (const char *p = t; (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL; p++)
        if (end - p >= 3 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] >= lo &&
            (unsigned char)p[2] <= hi)
            return 1;
    return 0;
}

#endif
