/* The fast path of precis_stream_add_json: one flat JSON object of an
 * article (src/stories/jsonline.c). */
#ifndef PRECIS_STORIES_JSONLINE_H
#define PRECIS_STORIES_JSONLINE_H
#include <stddef.h>

/* A field of the article: absent, null, a string (decoded, NUL-terminated,
 * len bytes without the NUL; it may hold NUL bytes from \u0000) or an
 * integer (the id only; its text, as jansson would print it, in s). */
enum { ST_JABSENT, ST_JNULL, ST_JSTRING, ST_JINT };
typedef struct st_jfield {
    int type;
    const char *s;
    size_t len;
    int plain; /* a string that jansson prints back as "s" (no escapes) */
} st_jfield;

typedef struct st_jline {
    st_jfield id, text, html, title, date, source, url;
} st_jline;

/* Reads line[0..len) when it is one JSON object whose values are strings,
 * nulls, booleans or small integers, with no key twice, valid UTF-8 and
 * the fields of an article of the types precis_stream_add_json accepts
 * (id a string, an integer or null; the others strings or null).  The
 * strings are decoded into buf, which holds at least len + 32 bytes.
 * Returns 1 and fills *out, or 0 when the line is anything else (nested
 * values, a number date, bad JSON, a wrong type, a key with an escape):
 * the caller then reads it with jansson, whose messages and behaviour are
 * the reference; this reader must never accept what jansson refuses nor
 * read a value differently. */
int st_json_read(const char *line, size_t len, char *buf, st_jline *out);
#endif
