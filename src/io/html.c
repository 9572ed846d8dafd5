/* HTML input: the public extraction API, gzip input and HTML sniffing.  The
 * work is done in src/html/: prep.c (charset, reduction), tree.c and
 * extract.c (main content), meta.c (metadata). */
#include "io/html.h"

#include <gumbo.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "html/extract.h"
#include "html/prep.h"
#include "model/cluster.h"
#include "util/alloc.h"
#include "util/utf8.h"

#define DEFAULT_MAX_DOCUMENT ((size_t)64 << 20)

static void set_warn(precis_error *w, precis_status code, size_t off, const char *msg)
{
    if (!w || w->code)
        return;
    w->code = code;
    w->offset = off;
    snprintf(w->buf, sizeof w->buf, "%s", msg);
    w->message = w->buf;
}

PRECIS_API void precis_extracted_free(precis_extracted *x)
{
    if (!x)
        return;
    pc_buf_release(&x->text);
    pc_buf_release(&x->title);
    pc_buf_release(&x->byline);
    pc_buf_release(&x->date);
    pc_buf_release(&x->site);
    pc_buf_release(&x->url);
    pc_free(x->alc, x, sizeof *x);
}

/* gumbo allocates and frees every node, string and vector separately; a bump
 * arena freed at once is faster, and the tree dies whole anyway.  Memory
 * stays bounded: the parser's input is capped (PRECIS_HTML_PARSE_LIMIT) and
 * what gumbo frees while parsing (grown vectors) is at most as much again. */
typedef struct gblock {
    struct gblock *next;
    size_t used, cap;
    max_align_t data[];
} gblock;

typedef struct garena {
    const precis_allocator *alc;
    gblock *head;
} garena;

static void *garena_alloc(void *ctx, size_t size)
{
    garena *a = ctx;
    size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    gblock *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ((size_t)1 << 20) ? size : ((size_t)1 << 20);
        b = pc_malloc(a->alc, sizeof *b + cap);
        if (!b)
            return NULL; /* gumbo does not check; see docs/extraction.md */
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

static void garena_free(void *ctx, void *ptr)
{
    (void)ctx;
    (void)ptr;
}

static void garena_release(garena *a)
{
    while (a->head) {
        gblock *n = a->head->next;
        pc_free(a->alc, a->head, sizeof *a->head + a->head->cap);
        a->head = n;
    }
}

/* Replaces each byte of b that opens no valid UTF-8 sequence by U+FFFD,
 * as the cluster does with a document's bad bytes.  gumbo reads a numeric
 * reference whose digits overflow its int ("&#8217111...1;", past any code
 * point) as a negative code point and writes a lone byte for it, where
 * HTML's rule is U+FFFD; the extracted strings are promised in UTF-8
 * (precis.h).  One scan when all is valid, as on nearly every page;
 * returns -1 when out of memory (s40-fuzz). */
static int repair_utf8(pc_buf *b)
{
    size_t i = pc_utf8_first_invalid(b->ptr, b->len);
    if (i == b->len)
        return 0;
    pc_buf fixed;
    pc_buf_init(&fixed, b->alc);
    if (pc_buf_grow(&fixed, b->len + 2 * pc_utf8_count_invalid(b->ptr, b->len, i) + 1)) {
        pc_buf_release(&fixed);
        return -1;
    }
    fixed.len = pc_utf8_repair(b->ptr, b->len, i, fixed.ptr, NULL);
    fixed.ptr[fixed.len] = '\0';
    pc_buf_release(b);
    *b = fixed;
    return 0;
}

static precis_status extract(precis_extracted *x, const char *html, size_t len,
                             const precis_options *opts, precis_error *warn)
{
    size_t limit =
        opts && opts->max_document_bytes ? opts->max_document_bytes : DEFAULT_MAX_DOCUMENT;
    if (len > limit) {
        len = limit;
        set_warn(warn, PRECIS_ELIMIT, len, "page cut at the document size limit");
    }
    garena ga = {x->alc, NULL};
    pc_buf gz, conv, red, js;
    pc_buf_init(&gz, x->alc);
    pc_buf_init(&conv, x->alc);
    pc_buf_init(&red, x->alc);
    pc_buf_init(&js, x->alc);
    precis_status st = PRECIS_OK;
    if (pc_is_gzip(html, len)) {
        int cut;
        pc_gz_stop at;
        st = pc_gunzip_at(html, len, limit, &gz, &cut, &at);
        if (st == PRECIS_ENOMEM)
            goto out;
        if (st || cut) {
            char msg[160];
            if (cut == PC_GZ_LIMIT)
                snprintf(msg, sizeof msg, "page cut at the document size limit");
            else
                pc_gunzip_say(msg, sizeof msg, st, cut, &at, gz.len, len);
            set_warn(warn, pc_gunzip_code(st, cut), gz.len, msg);
        }
        st = PRECIS_OK;
        html = gz.ptr;
        len = gz.len;
    }
    int r = pc_html_to_utf8(html, len, &conv);
    if (r < 0) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    if (r == 1) {
        html = conv.ptr;
        len = conv.len;
    }
    r = pc_html_reduce(html, len, PRECIS_HTML_PARSE_LIMIT, &red, &js);
    if (r < 0) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    if (r == 1)
        set_warn(warn, PRECIS_ELIMIT, len, "page markup cut at the parser limit");
    pc_buf_release(&conv);
    GumboOptions go = kGumboDefaultOptions;
    go.allocator = garena_alloc;
    go.deallocator = garena_free;
    go.userdata = &ga;
    go.max_errors = 0; /* error records cost time and are not read */
    GumboOutput *g = gumbo_parse_with_options(&go, red.ptr, red.len);
    if (!g) {
        st = PRECIS_ENOMEM;
        goto out;
    }
    if (pc_html_meta(g->root, js.ptr, js.len, x) || pc_html_body(g->root, js.ptr, js.len, x) ||
        repair_utf8(&x->text) || repair_utf8(&x->title) || repair_utf8(&x->byline) ||
        repair_utf8(&x->date) || repair_utf8(&x->site) || repair_utf8(&x->url))
        st = PRECIS_ENOMEM;
out:
    garena_release(&ga); /* the whole tree: no gumbo_destroy_output */
    pc_buf_release(&gz);
    pc_buf_release(&conv);
    pc_buf_release(&red);
    pc_buf_release(&js);
    return st;
}

PRECIS_API precis_status precis_html_extract(const char *html, size_t len,
                                             const precis_options *opts, precis_extracted **out,
                                             precis_error *warn)
{
    if (warn) {
        memset(warn, 0, sizeof *warn);
        warn->message = "";
    }
    if (!out || (!html && len))
        return PRECIS_EINVAL;
    *out = NULL;
    precis_extracted *x = pc_malloc(NULL, sizeof *x);
    if (!x)
        return PRECIS_ENOMEM;
    memset(x, 0, sizeof *x);
    pc_buf_init(&x->text, NULL);
    pc_buf_init(&x->title, NULL);
    pc_buf_init(&x->byline, NULL);
    pc_buf_init(&x->date, NULL);
    pc_buf_init(&x->site, NULL);
    pc_buf_init(&x->url, NULL);
    precis_status st = extract(x, html ? html : "", len, opts, warn);
    if (st) {
        precis_extracted_free(x);
        return st;
    }
    *out = x;
    return PRECIS_OK;
}

PRECIS_API const char *precis_extracted_text(const precis_extracted *x, size_t *len)
{
    if (len)
        *len = x ? x->text.len : 0;
    return x ? x->text.ptr : NULL;
}

static const char *field(const precis_extracted *x, const pc_buf *b)
{
    return x && b->len ? b->ptr : NULL;
}

PRECIS_API const char *precis_extracted_title(const precis_extracted *x)
{
    return x ? field(x, &x->title) : NULL;
}

PRECIS_API const char *precis_extracted_byline(const precis_extracted *x)
{
    return x ? field(x, &x->byline) : NULL;
}

PRECIS_API const char *precis_extracted_date(const precis_extracted *x)
{
    return x ? field(x, &x->date) : NULL;
}

PRECIS_API const char *precis_extracted_site(const precis_extracted *x)
{
    return x ? field(x, &x->site) : NULL;
}

PRECIS_API const char *precis_extracted_url(const precis_extracted *x)
{
    return x ? field(x, &x->url) : NULL;
}

PRECIS_API precis_status precis_cluster_add_html(precis_cluster *c, const char *html, size_t len,
                                                 const precis_doc_meta *meta,
                                                 const precis_options *opts, precis_error *warn)
{
    if (warn) {
        memset(warn, 0, sizeof *warn);
        warn->message = "";
    }
    if (!c || (!html && len))
        return PRECIS_EINVAL;
    precis_extracted *x;
    precis_error w1, w2;
    precis_status st = precis_html_extract(html, len, opts, &x, &w1);
    if (st)
        return st;
    precis_doc_meta m;
    memset(&m, 0, sizeof m);
    if (meta)
        m = *meta;
    if (!m.title)
        m.title = precis_extracted_title(x);
    if (!m.date)
        m.date = precis_extracted_date(x);
    if (!m.source)
        m.source = precis_extracted_site(x);
    if (!m.url)
        m.url = precis_extracted_url(x);
    size_t before = c->ndocs;
    st = precis_cluster_add_document(c, x->text.ptr, x->text.len, &m, opts, &w2);
    if (!st && c->ndocs > before)
        c->docs[c->ndocs - 1].html = 1; /* its offsets are of the article text */
    if (warn)
        *warn = w1.code ? w1 : w2;
    if (warn && warn->message == w1.buf)
        warn->message = warn->buf;
    if (warn && warn->message == w2.buf)
        warn->message = warn->buf;
    precis_extracted_free(x);
    return st;
}

/* ---- sniffing and gzip ------------------------------------------------ */

PRECIS_API int precis_looks_like_html(const char *s, size_t len)
{
    if (!s)
        return 0;
    size_t i = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    for (;;) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            i++;
        if (i + 4 <= len && memcmp(s + i, "<!--", 4) == 0) {
            size_t j = i + 4;
            while (j + 3 <= len && memcmp(s + j, "-->", 3) != 0)
                j++;
            if (j + 3 > len)
                return 0;
            i = j + 3;
            continue;
        }
        if (i + 5 <= len && memcmp(s + i, "<?xml", 5) == 0) {
            const char *gt = memchr(s + i, '>', len - i);
            if (!gt)
                return 0;
            i = (size_t)(gt - s) + 1;
            continue;
        }
        break;
    }
    if (i + 14 <= len && strncasecmp(s + i, "<!doctype html", 14) == 0)
        return 1;
    if (i + 5 <= len && strncasecmp(s + i, "<html", 5) == 0 &&
        (i + 5 == len || s[i + 5] == '>' || s[i + 5] == ' ' || s[i + 5] == '\n' ||
         s[i + 5] == '\t' || s[i + 5] == '\r'))
        return 1;
    /* fragments: a page without <html> still has <head> or <body> early */
    size_t n = len - i < 1024 ? len - i : 1024;
    return i < len && s[i] == '<' &&
           (pc_html_has_ci(s + i, n, "<head") || pc_html_has_ci(s + i, n, "<body"));
}

int pc_is_gzip(const char *d, size_t len)
{
    return len >= 2 && (unsigned char)d[0] == 0x1f && (unsigned char)d[1] == 0x8b;
}

int pc_is_html_name(const char *path)
{
    size_t n = strlen(path);
    if (n > 3 && strcasecmp(path + n - 3, ".gz") == 0)
        n -= 3;
    static const char *const ext[] = {".html", ".htm", ".xhtml", NULL};
    for (int i = 0; ext[i]; i++) {
        size_t e = strlen(ext[i]);
        if (n >= e && strncasecmp(path + n - e, ext[i], e) == 0)
            return 1;
    }
    return 0;
}

precis_status pc_gunzip_at(const char *data, size_t len, size_t limit, pc_buf *out, int *cut,
                           pc_gz_stop *at)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    *cut = 0;
    /* gzip only (15 + 16): a member is what follows 1f 8b, not a zlib
     * stream that would happen to parse */
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return PRECIS_ENOMEM;
    precis_status st = PRECIS_OK;
    const size_t max_slice = (size_t)1 << 30; /* avail_in/out are 32-bit */
    size_t fed = 0, member = 1;
    const char *why = NULL;
    for (;;) {
        if (!z.avail_in && fed < len) {
            size_t slice = len - fed < max_slice ? len - fed : max_slice;
            z.next_in = (Bytef *)(data + fed);
            z.avail_in = (uInt)slice;
            fed += slice;
        }
        if (out->len >= limit) {
            *cut = PC_GZ_LIMIT;
            break;
        }
        if (pc_buf_grow(out, 65536)) {
            st = PRECIS_ENOMEM;
            break;
        }
        size_t room = out->cap - out->len - 1;
        if (room > limit - out->len)
            room = limit - out->len;
        if (room > max_slice)
            room = max_slice;
        z.next_out = (Bytef *)(out->ptr + out->len);
        z.avail_out = (uInt)room;
        int r = inflate(&z, Z_NO_FLUSH);
        out->len += room - z.avail_out;
        out->ptr[out->len] = '\0';
        if (r == Z_STREAM_END) {
            size_t pos = fed - z.avail_in; /* the byte after this member */
            if (pos >= len)
                break;
            /* another member (as `gzip -c a b > ab` writes), or bytes that
             * are not gzip (padding, a file appended): ignored, with a
             * warning, as gzip(1) does, rather than failing the members
             * read */
            if (len - pos >= 2 && (unsigned char)data[pos] == 0x1F &&
                (unsigned char)data[pos + 1] == 0x8B && inflateReset(&z) == Z_OK) {
                member++;
                continue;
            }
            *cut = PC_GZ_TRAILING;
            break;
        }
        if (r == Z_BUF_ERROR && !z.avail_in && fed >= len) {
            *cut = PC_GZ_SHORT; /* the file was cut short: keep what came out */
            break;
        }
        if (r != Z_OK && r != Z_BUF_ERROR) {
            st = r == Z_MEM_ERROR ? PRECIS_ENOMEM : PRECIS_EPARSE;
            why = z.msg;
            break;
        }
    }
    if (at) {
        at->offset = fed - z.avail_in;
        at->member = member;
        at->why = why ? why : "invalid data";
    }
    inflateEnd(&z);
    return st;
}

void pc_gunzip_say(char *buf, size_t size, precis_status st, int cut, const pc_gz_stop *at,
                   size_t out_len, size_t in_len)
{
    /* the byte offset and the member: where to look in the file */
    if (st)
        snprintf(buf, size, "gzip data corrupt at byte %zu (member %zu: %s); the part before kept",
                 at->offset, at->member, at->why);
    else if (cut == PC_GZ_SHORT)
        snprintf(buf, size, "gzip data cut short at byte %zu (member %zu); the part before kept",
                 at->offset, at->member);
    else if (cut == PC_GZ_TRAILING)
        snprintf(buf, size,
                 "gzip data followed by %zu bytes that are not gzip, at byte %zu (after member "
                 "%zu); ignored",
                 in_len - at->offset, at->offset, at->member);
    else
        snprintf(buf, size, "gzip data inflated past %zu bytes at byte %zu (member %zu); cut there",
                 out_len, at->offset, at->member);
}

precis_status pc_gunzip_code(precis_status st, int cut)
{
    return st || cut == PC_GZ_SHORT ? PRECIS_EIO
           : cut == PC_GZ_LIMIT     ? PRECIS_ELIMIT
                                    : PRECIS_EPARSE;
}

PRECIS_API precis_status precis_gunzip(const char *data, size_t len, size_t limit, char **out,
                                       size_t *out_len, precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if (!out || !pc_is_gzip(data, len))
        return PRECIS_EINVAL;
    pc_buf b;
    pc_buf_init(&b, NULL);
    int cut;
    pc_gz_stop at;
    precis_status st = pc_gunzip_at(data, len, limit ? limit : (size_t)-1 - 1, &b, &cut, &at);
    if (st == PRECIS_ENOMEM) {
        pc_buf_release(&b);
        return st;
    }
    if (err && (st || cut)) {
        err->code = pc_gunzip_code(st, cut);
        err->offset = at.offset;
        err->message = err->buf;
        pc_gunzip_say(err->buf, sizeof err->buf, st, cut, &at, b.len, len);
    }
    size_t n;
    char *p = pc_buf_detach(&b, &n);
    if (!p)
        return PRECIS_ENOMEM;
    *out = p;
    if (out_len)
        *out_len = n;
    return st;
}
