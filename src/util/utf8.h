/* UTF-8 validation and repair. */
#ifndef PRECIS_UTIL_UTF8_H
#define PRECIS_UTIL_UTF8_H
#include <stddef.h>

/* Length of the valid UTF-8 sequence at s[0..len) (1-4), or 0 when the bytes
 * there are not valid UTF-8 (overlong forms, surrogates, > U+10FFFF and
 * truncated sequences are invalid). */
size_t pc_utf8_valid_len(const unsigned char *s, size_t len);

/* Offset of the first invalid byte in s[0..len), or len when all is valid. */
size_t pc_utf8_first_invalid(const char *s, size_t len);

/* The bytes of s[first..len) that are no part of a valid UTF-8 sequence
 * (first: where to start, e.g. pc_utf8_first_invalid's answer). */
size_t pc_utf8_count_invalid(const char *s, size_t len, size_t first);

/* Copies s[0..len) to out, each byte that is no part of a valid UTF-8
 * sequence replaced by U+FFFD (three bytes), s[0..first) known valid; out
 * has room for len + 2 * pc_utf8_count_invalid(s, len, first) bytes.
 * Where where is not NULL, it receives each replacement's offset in out.
 * Returns the bytes written (no terminator). */
size_t pc_utf8_repair(const char *s, size_t len, size_t first, char *out, size_t *where);

/* UTF-16 input: returns 1 for little-endian, 2 for big-endian, 0 otherwise,
 * and sets *bom to the length of the byte-order mark (2, or 0 when the
 * encoding was recognised from NUL bytes interleaved with ASCII at the
 * start, as files written without a BOM show). */
int pc_utf16_detect(const char *s, size_t len, size_t *bom);

/* Converts UTF-16 s[0..len) (BOM excluded) to UTF-8 in out, which holds at
 * least pc_utf16_max_out(len) bytes; unpaired surrogates and a final odd
 * byte become U+FFFD, counted in *bad.  Returns the bytes written. */
size_t pc_utf16_to_utf8(const char *s, size_t len, int big_endian, char *out, size_t *bad);
static inline size_t pc_utf16_max_out(size_t len)
{
    return len / 2 * 3 + 3;
}
/* A numeric character reference whose '#' is at s[j] ("#124;",
 * "#x2019;", at most 7 digits): returns the index after its ';' and sets
 * *cp to the code point, or returns 0 when it has no digit or no ';' or
 * decodes to nothing valid (0, a surrogate, past U+10FFFF). */
static inline size_t pc_utf8_numeric_ref(const char *s, size_t len, size_t j, unsigned long *cp)
{
    int hex = j + 1 < len && (s[j + 1] | 0x20) == 'x';
    size_t d0 = j + 1 + (size_t)hex, d = d0;
    unsigned long v = 0;
    for (; d < len && d - d0 < 7; d++) {
        int c = (unsigned char)s[d], dv = c >= '0' && c <= '9' ? c - '0'
                                          : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f'
                                              ? (c | 0x20) - 'a' + 10
                                              : -1;
        if (dv < 0)
            break;
        v = v * (hex ? 16 : 10) + (unsigned long)dv;
    }
    if (d == d0 || d >= len || s[d] != ';' || v == 0 || v > 0x10FFFF ||
        (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return d + 1;
}

/* Writes the code point cp (valid: not a surrogate, at most U+10FFFF) as
 * UTF-8 to out (room for 4 bytes); returns the bytes written. */
size_t pc_utf8_put(unsigned long cp, char *out);
#endif
