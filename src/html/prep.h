/* HTML pre-pass: charset conversion and a linear lexical reduction of a page
 * before the HTML5 parser sees it. */
#ifndef PRECIS_HTML_PREP_H
#define PRECIS_HTML_PREP_H
#include <stddef.h>
#include "precis.h"
#include "util/buf.h"

/* Converts html[0..len) to UTF-8 into `out` when it is not UTF-8 already:
 * a byte-order mark wins, then valid UTF-8 is taken as UTF-8 whatever the
 * page declares (crawlers re-encode pages and keep the old <meta charset>),
 * then the charset declared in the first 4 KiB, then the one
 * pc_html_guess_charset finds, then windows-1252.  Bytes
 * the charset cannot decode become U+FFFD.  Returns 0 and leaves `out` empty
 * when no conversion is needed, 1 when `out` holds the converted page, -1 on
 * out of memory. */
int pc_html_to_utf8(const char *html, size_t len, pc_buf *out);

/* Finds a charset declaration (<meta charset=X> or content="...; charset=X")
 * in the first 4 KiB of s; copies its name into cs (lower case).  Returns 1
 * if found. */
int pc_html_declared_charset(const char *s, size_t len, char *cs, size_t cap);

/* Guesses the charset of s[0..len) (not UTF-8, declaring none) with
 * uchardet, Mozilla's universal detector: a charset of Latin script when
 * the text has 16 bytes past ASCII or more, one of another script (Cyrillic,
 * Greek, Hebrew, Arabic, Thai, CJK) when they are also 30 % of its letters
 * outside tags.  Copies its name (lower case, for iconv) into cs and returns
 * 1; 0 when there is no guess worth more than windows-1252. */
int pc_html_guess_charset(const char *s, size_t len, char *cs, size_t cap);

/* Reduces a page for the parser: drops comments and the content of script,
 * style, template, noscript, iframe, svg and math elements, and keeps only
 * the attributes extraction reads; class and id are replaced by one
 * attribute class=N, N the element's PC_CUE_* bits (cues.h).  The text of <script
 * type="application/ld+json"> elements is appended to `jsonld`, each followed
 * by a NUL.  Linear in len; the output is never longer than the input plus
 * a few bytes per tag.  Tags nested deeper than PC_HTML_MAX_DEPTH are
 * dropped (their text kept).  Stops, returning 1, when `out` would pass `limit`
 * bytes (at a tag boundary); 0 when done, -1 on out of memory. */
#define PC_HTML_MAX_DEPTH 256
int pc_html_reduce(const char *html, size_t len, size_t limit, pc_buf *out, pc_buf *jsonld);

/* Case-insensitive ASCII search of the word `needle` (lower case) in
 * s[0..len); returns 1 if found. */
int pc_html_has_ci(const char *s, size_t len, const char *needle);
#endif
