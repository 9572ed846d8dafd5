/* Display text of a sentence. */
#ifndef PRECIS_TEXT_NORMALIZE_H
#define PRECIS_TEXT_NORMALIZE_H
#include <stddef.h>

/* Writes the display form of s[0..len) into out (room for len bytes; the
 * result is never longer) and returns its length: runs of white space
 * (including line breaks, tabs, no-break and other Unicode spaces, control
 * characters) become one space, soft hyphens (U+00AD) are left out, the
 * ends are trimmed, Markdown emphasis
 * markers (** and __) are dropped, a Markdown link [text](target) keeps its
 * text and an autolink <http...> is dropped.  Input must be valid UTF-8.
 * Unless words is NULL, *words gets the number of words of the result (its
 * spaces plus one, 0 when it is empty).  Plain text, single spaces between
 * ordinary bytes, is copied eight bytes at a time. */
size_t pc_normalize_display(const char *s, size_t len, char *out, size_t *words);

/* The same a byte at a time, without the eight-byte path (tests compare the
 * two). */
size_t pc_normalize_display_bytes(const char *s, size_t len, char *out, size_t *words);

/* Number of whitespace-separated words in s[0..len) (ASCII white space). */
size_t pc_count_words(const char *s, size_t len);

#endif
