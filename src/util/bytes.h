/* Equality of short byte strings, inline: words and stems are a few bytes,
 * for which a call to memcmp costs more than the comparison. */
#ifndef PRECIS_UTIL_BYTES_H
#define PRECIS_UTIL_BYTES_H
#include <stddef.h>
#include <string.h>

static inline int pc_bytes_eq(const char *a, const char *b, size_t n)
{
    if (n > 16)
        return memcmp(a, b, n) == 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}
#endif
