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

/* The length of t[0..len) without the bytes of `set` at its end. */
static inline size_t pc_trim_end(const char *t, size_t len, const char *set)
{
    while (len && strchr(set, t[len - 1]))
        len--;
    return len;
}
#endif
