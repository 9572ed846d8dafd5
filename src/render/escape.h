/* The one escaping helper of every writer in src/render/: JSON strings,
 * HTML text and attributes, CSV fields, appended to a pc_buf.  Written by
 * hand rather than through jansson because the writers stream into one
 * buffer in a fixed key order and number format (docs/json.md), which a
 * jansson object tree would neither keep cheaply nor print byte for byte.
 * Failures leave b->oom set; pc_buf_finish reports them once at the end. */
#ifndef PRECIS_RENDER_ESCAPE_H
#define PRECIS_RENDER_ESCAPE_H
#include <stddef.h>
#include "util/buf.h"

/* s[0..len) as the inside of a JSON string (no quotes): " \ and control
 * characters escaped, a byte of invalid UTF-8 written U+FFFD, everything
 * else (UTF-8 included) kept. */
void pc_esc_json(pc_buf *b, const char *s, size_t len);
/* s[0..len) as a quoted JSON string, or null when s is NULL. */
void pc_json_str(pc_buf *b, const char *s, size_t len);
/* The NUL-terminated s as a quoted JSON string, or null when s is NULL. */
void pc_json_strz(pc_buf *b, const char *s);

/* s[0..len) with & < > " escaped: safe in HTML text and in a quoted
 * attribute value. */
void pc_esc_html(pc_buf *b, const char *s, size_t len);
/* The NUL-terminated s, escaped as pc_esc_html. */
void pc_esc_htmlz(pc_buf *b, const char *s);

/* s[0..len) as Markdown text: the ASCII punctuation Markdown reads as
 * markup (\ ` * _ [ ] < > | and # or a list mark opening a line)
 * backslash-escaped, so article text shows as written and a page's
 * "<script>" or "*win*" is no markup where the Markdown is rendered. */
void pc_esc_md(pc_buf *b, const char *s, size_t len);
/* The NUL-terminated s, escaped as pc_esc_md. */
void pc_esc_mdz(pc_buf *b, const char *s);

/* The NUL-terminated s as one CSV field (RFC 4180): quoted, with quotes
 * doubled, when it holds a comma, a quote or a line break. */
void pc_esc_csv(pc_buf *b, const char *s);
#endif
