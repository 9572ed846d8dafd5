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
#endif
