/* Display text of a sentence. */
#ifndef PRECIS_TEXT_NORMALIZE_H
#define PRECIS_TEXT_NORMALIZE_H
#include <stddef.h>

/* Writes the display form of s[0..len) into out (room for len bytes; the
 * result is never longer) and returns its length: runs of white space
 * (including line breaks, tabs, no-break and other Unicode spaces, control
 * characters) become one space, the ends are trimmed, Markdown emphasis
 * markers (** and __) are dropped, a Markdown link [text](target) keeps its
 * text and an autolink <http...> is dropped.  Input must be valid UTF-8. */
size_t pc_normalize_display(const char *s, size_t len, char *out);

/* Number of whitespace-separated words in s[0..len) (ASCII white space). */
size_t pc_count_words(const char *s, size_t len);

/* The same for a display form made by pc_normalize_display (single spaces,
 * no space at either end): its spaces plus one, counted eight bytes at a
 * time. */
size_t pc_count_display_words(const char *s, size_t len);
#endif
