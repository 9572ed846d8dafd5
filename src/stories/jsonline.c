/* A reader of the one shape of JSON a feed line has: a flat object of
 * strings (and nulls, booleans, small integers), {"id", "text", "title",
 * "date", ...}.
 *
 * Why by hand: `precis cluster` spent two thirds of its time in jansson
 * (424k of 664k instructions an article, bench/RESULTS.md), which builds a
 * tree of allocated values for each line and copies every string twice;
 * the clustering itself needs only seven strings.  Debian 12 packages no
 * faster JSON parser for C (no yyjson, no simdjson for C), so the common
 * case is read here in one pass, eight bytes at a time through the text,
 * and everything else (nested values, reals, escapes in keys, invalid
 * JSON or UTF-8, a field of a wrong type) goes back to jansson, whose
 * behaviour and error messages stay the reference: this reader accepts a
 * subset of what jansson accepts and reads it to the same bytes
 * (tests/unit/test_stream_json.c compares the two). */
#include "stories/jsonline.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util/swar.h"
#include "util/utf8.h"

#define MAX_OTHER_KEYS 16 /* keys besides the article's, checked for repeats */
#define MAX_INT_DIGITS 18 /* longer integers: jansson's range check decides */

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

static int hex4(const char *p, const char *e, unsigned *v)
{
    if (e - p < 4)
        return -1;
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (unsigned)((c | 0x20) - 'a' + 10);
        else
            return -1;
        x = x << 4 | d;
    }
    *v = x;
    return 0;
}

static char *put_utf8(char *o, unsigned c)
{
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | c >> 6);
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | c >> 12);
        *o++ = (char)(0x80 | (c >> 6 & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | c >> 18);
        *o++ = (char)(0x80 | (c >> 12 & 0x3F));
        *o++ = (char)(0x80 | (c >> 6 & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* The string whose opening quote was before p, decoded to *o (and a NUL);
 * returns the byte after its closing quote, or NULL when jansson would
 * refuse it (a control character, a bad escape, a lone surrogate, invalid
 * UTF-8).  *escaped tells whether it held a backslash.  The output is
 * never longer than the input, so *o stays behind p and the eight-byte
 * stores land inside the caller's buffer. */
static const char *read_string(const char *p, const char *e, char **o, int *escaped)
{
    char *q = *o;
    *escaped = 0;
    for (;;) {
        /* eight plain bytes at a time: ASCII, no quote, backslash or control */
        while (e - p >= 8) {
            uint64_t w = pc_swar_load(p);
            uint64_t m = pc_swar_eq(w, '"') | pc_swar_eq(w, '\\') | pc_swar_in_range(w, 0, 0x1F) |
                         (w & PC_SWAR_HIGH);
            pc_swar_store(q, w);
            if (m) {
                size_t k = (size_t)__builtin_ctzll(m) >> 3;
                p += k;
                q += k;
                break;
            }
            p += 8;
            q += 8;
        }
        if (p >= e)
            return NULL;
        unsigned char c = (unsigned char)*p;
        if (c == '"') {
            *q = '\0';
            *o = q;
            return p + 1;
        }
        if (c < 0x20)
            return NULL;
        if (c >= 0x80) {
            size_t n = pc_utf8_valid_len((const unsigned char *)p, (size_t)(e - p));
            if (!n)
                return NULL;
            memcpy(q, p, n);
            q += n;
            p += n;
            continue;
        }
        if (c != '\\') {
            *q++ = (char)c;
            p++;
            continue;
        }
        *escaped = 1;
        if (e - p < 2)
            return NULL;
        char x = p[1];
        p += 2;
        switch (x) {
        case '"':
        case '\\':
        case '/':
            *q++ = x;
            break;
        case 'b':
            *q++ = '\b';
            break;
        case 'f':
            *q++ = '\f';
            break;
        case 'n':
            *q++ = '\n';
            break;
        case 'r':
            *q++ = '\r';
            break;
        case 't':
            *q++ = '\t';
            break;
        case 'u': {
            unsigned u, lo;
            if (hex4(p, e, &u))
                return NULL;
            p += 4;
            if (u >= 0xDC00 && u <= 0xDFFF)
                return NULL; /* a low surrogate first */
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (e - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, e, &lo) ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    return NULL;
                p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            q = put_utf8(q, u); /* \u0000 too: jansson is called with JSON_ALLOW_NUL */
            break;
        }
        default:
            return NULL;
        }
    }
}

/* A plain integer (no fraction, no exponent, at most MAX_INT_DIGITS
 * digits) at p, printed as jansson prints it into *o; returns the byte
 * after it, or NULL. */
static const char *read_int(const char *p, const char *e, char **o)
{
    const char *s = p;
    int neg = p < e && *p == '-';
    if (neg)
        p++;
    const char *d = p;
    while (p < e && *p >= '0' && *p <= '9')
        p++;
    size_t nd = (size_t)(p - d);
    if (!nd || nd > MAX_INT_DIGITS || (*d == '0' && nd > 1))
        return NULL;
    long long v = 0;
    for (const char *q = d; q < p; q++)
        v = v * 10 + (*q - '0');
    if (p < e && (*p == '.' || *p == 'e' || *p == 'E'))
        return NULL; /* a real */
    /* "-0" prints as "0": never longer than the text read */
    int n = snprintf(*o, (size_t)(p - s) + 1, "%lld", neg ? -v : v);
    *o += n;
    *(*o)++ = '\0';
    return p;
}

static st_jfield *field_of(st_jline *out, const char *k, size_t n)
{
    switch (n) {
    case 2:
        return memcmp(k, "id", 2) ? NULL : &out->id;
    case 3:
        return memcmp(k, "url", 3) ? NULL : &out->url;
    case 4:
        return !memcmp(k, "text", 4)   ? &out->text
               : !memcmp(k, "html", 4) ? &out->html
               : !memcmp(k, "date", 4) ? &out->date
                                       : NULL;
    case 5:
        return memcmp(k, "title", 5) ? NULL : &out->title;
    case 6:
        return memcmp(k, "source", 6) ? NULL : &out->source;
    }
    return NULL;
}

static int lit(const char *p, const char *e, const char *w, size_t n)
{
    return (size_t)(e - p) >= n && !memcmp(p, w, n);
}

int st_json_read(const char *line, size_t len, char *buf, st_jline *out)
{
    memset(out, 0, sizeof *out);
    const char *p = line, *e = line + len;
    char *o = buf;
    struct {
        const char *k;
        size_t n;
    } other[MAX_OTHER_KEYS];
    size_t nother = 0;
    p = skip_ws(p, e);
    if (p == e || *p != '{')
        return 0;
    p = skip_ws(p + 1, e);
    if (p < e && *p == '}') {
        p++;
    } else {
        for (;;) {
            /* a key: no escapes (jansson compares keys after decoding) */
            if (p == e || *p != '"')
                return 0;
            const char *k = ++p;
            while (p < e && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20 &&
                   (unsigned char)*p < 0x80)
                p++;
            if (p == e || *p != '"')
                return 0;
            size_t kn = (size_t)(p - k);
            p = skip_ws(p + 1, e);
            if (p == e || *p != ':')
                return 0;
            p = skip_ws(p + 1, e);
            st_jfield *f = field_of(out, k, kn);
            if (f) {
                if (f->type != ST_JABSENT)
                    return 0; /* a repeated key: jansson's message */
            } else {
                for (size_t i = 0; i < nother; i++)
                    if (other[i].n == kn && !memcmp(other[i].k, k, kn))
                        return 0;
                if (nother == MAX_OTHER_KEYS)
                    return 0;
                other[nother].k = k;
                other[nother++].n = kn;
            }
            if (p == e)
                return 0;
            if (*p == '"') {
                char *start = o;
                int escaped;
                p = read_string(p + 1, e, &o, &escaped);
                if (!p)
                    return 0;
                if (f) {
                    f->type = ST_JSTRING;
                    f->s = start;
                    f->len = (size_t)(o - start);
                    f->plain = !escaped;
                }
                o++; /* past the NUL */
            } else if (lit(p, e, "null", 4)) {
                p += 4;
                if (f)
                    f->type = ST_JNULL;
            } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
                if (f && f != &out->id)
                    return 0; /* a number date, or a wrong type */
                char *start = o;
                p = read_int(p, e, &o);
                if (!p)
                    return 0;
                if (f) {
                    f->type = ST_JINT;
                    f->s = start;
                    f->len = strlen(start);
                } else {
                    o = start;
                }
            } else if (!f && lit(p, e, "true", 4)) {
                p += 4;
            } else if (!f && lit(p, e, "false", 5)) {
                p += 5;
            } else {
                return 0; /* nested, or a wrong type, or not JSON */
            }
            p = skip_ws(p, e);
            if (p < e && *p == ',') {
                p = skip_ws(p + 1, e);
                continue;
            }
            if (p < e && *p == '}') {
                p++;
                break;
            }
            return 0;
        }
    }
    return skip_ws(p, e) == e;
}
