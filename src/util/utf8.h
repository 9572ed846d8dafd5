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
#endif
