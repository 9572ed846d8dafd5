/* HTML pre-pass: charset conversion and lexical reduction (see prep.h).
 *
 * Why a pre-pass: gumbo builds a full HTML5 tree at about 10 MB/s, and most
 * of a news page's bytes are scripts, styles, inline SVG and attributes
 * (srcset, data-*, tracking payloads) that extraction never reads.  Dropping
 * them with a memchr-driven scan first makes the parser's input about a
 * quarter of the page without changing the tree extraction sees. */
#include "html/prep.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>
#include <uchardet/uchardet.h>

#include "html/cues.h"
#include "util/utf8.h"

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* 1 if s[0..n) equals the lower-case ASCII word w, ignoring case. */
static int eq_ci(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    for (; i < n && w[i]; i++)
        if (lower((unsigned char)s[i]) != w[i])
            return 0;
    return i == n && !w[i];
}

/* 1 if the inline style s[0..n) sets property prop to value val (both
 * lower-case), with any white space around the colon: "display:none",
 * "display : none ;", "visibility: hidden !important". */
static int style_is(const char *s, size_t n, const char *prop, const char *val)
{
    size_t pl = strlen(prop), vl = strlen(val);
    for (size_t i = 0; i + pl <= n; i++) {
        if ((i && (is_alpha((unsigned char)s[i - 1]) || s[i - 1] == '-')) ||
            !eq_ci(s + i, pl, prop))
            continue;
        size_t j = i + pl;
        while (j < n && is_space((unsigned char)s[j]))
            j++;
        if (j >= n || s[j] != ':')
            continue;
        j++;
        while (j < n && is_space((unsigned char)s[j]))
            j++;
        if (j + vl <= n && eq_ci(s + j, vl, val) &&
            (j + vl == n || !(is_alpha((unsigned char)s[j + vl]) || s[j + vl] == '-')))
            return 1;
    }
    return 0;
}

int pc_html_has_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    if (!n || n > len)
        return n == 0;
    for (size_t i = 0; i + n <= len; i++) {
        if (lower((unsigned char)s[i]) != needle[0])
            continue;
        size_t k = 1;
        while (k < n && lower((unsigned char)s[i + k]) == needle[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* ---- charset ------------------------------------------------------------ */

int pc_html_declared_charset(const char *s, size_t len, char *cs, size_t cap)
{
    if (len > 4096)
        len = 4096;
    for (size_t i = 0; i + 7 <= len; i++) {
        if (lower((unsigned char)s[i]) != 'c' || !eq_ci(s + i, 7, "charset"))
            continue;
        size_t j = i + 7;
        while (j < len && is_space((unsigned char)s[j]))
            j++;
        if (j >= len || s[j] != '=')
            continue;
        j++;
        while (j < len && (is_space((unsigned char)s[j]) || s[j] == '"' || s[j] == '\''))
            j++;
        size_t k = 0;
        while (j < len && k + 1 < cap) {
            int c = (unsigned char)s[j];
            if (!(is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                  c == ':'))
                break;
            cs[k++] = (char)lower(c);
            j++;
        }
        cs[k] = '\0';
        if (k)
            return 1;
    }
    return 0;
}

/* name in the NULL-ended list? */
static int listed(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(name, *list) == 0)
            return 1;
    return 0;
}

/* uchardet, opened at its first use: it is C++, and linking it (with
 * libstdc++) cost every run of the program 3 M instructions of dynamic
 * linking (7.9 M -> 10.9 M for `precis --version`, 1.3 % of a batch of
 * 100 clusters), for pages that need it once in many thousands.  Without
 * libuchardet.so.0 at run time there is no guess (windows-1252). */
static struct {
    uchardet_t (*create)(void);
    void (*destroy)(uchardet_t);
    int (*handle)(uchardet_t, const char *, size_t);
    void (*end)(uchardet_t);
    const char *(*charset)(uchardet_t);
} ud;
static pthread_once_t ud_once = PTHREAD_ONCE_INIT;

static void ud_open(void)
{
    void *h = dlopen("libuchardet.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!h)
        return;
    *(void **)&ud.destroy = dlsym(h, "uchardet_delete");
    *(void **)&ud.handle = dlsym(h, "uchardet_handle_data");
    *(void **)&ud.end = dlsym(h, "uchardet_data_end");
    *(void **)&ud.charset = dlsym(h, "uchardet_get_charset");
    *(void **)&ud.create = dlsym(h, "uchardet_new");
    if (!ud.destroy || !ud.handle || !ud.end || !ud.charset)
        ud.create = NULL; /* never closed: the functions stay valid */
}

int pc_html_guess_charset(const char *s, size_t len, char *cs, size_t cap)
{
    /* Charsets of Latin script that pages use, and those of other scripts
     * (uchardet's names, lower case).  Any other guess (MAC-CENTRALEUROPE,
     * IBM852: one curly apostrophe made uchardet say the first) is not worth
     * the risk against windows-1252. */
    static const char *const latin[] = {
        "iso-8859-1",   "windows-1252", "iso-8859-15", "iso-8859-2",   "windows-1250",
        "iso-8859-9",   "windows-1254", "iso-8859-3",  "iso-8859-4",   "iso-8859-13",
        "windows-1257", "iso-8859-10",  "iso-8859-16", "windows-1258", NULL};
    static const char *const other[] = {
        "windows-1251", "koi8-r",       "koi8-u",       "iso-8859-5",  "ibm866",
        "mac-cyrillic", "iso-8859-7",   "windows-1253", "iso-8859-8",  "windows-1255",
        "iso-8859-6",   "windows-1256", "tis-620",      "iso-8859-11", "shift_jis",
        "euc-jp",       "iso-2022-jp",  "euc-kr",       "iso-2022-kr", "gb18030",
        "big5",         "euc-tw",       "iso-2022-cn",  "hz-gb-2312",  NULL};
    if (len > 65536)
        len = 65536;
    /* Bytes past ASCII against ASCII letters, outside tags.  A guess needs
     * 16 of them (uchardet's models need evidence: a page with one "café"
     * was "ISO-8859-2"); one of another script needs 30 % of the letters
     * (text in Latin script has under a tenth past ASCII, text in Cyrillic,
     * Greek, Hebrew, Arabic or CJK charsets most). */
    size_t hi = 0, ascii = 0, c1 = 0;
    int in_tag = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '<')
            in_tag = 1;
        else if (c == '>')
            in_tag = 0;
        else if (!in_tag && c >= 0x80) {
            hi++;
            c1 += c < 0xA0;
        } else if (!in_tag && is_alpha(c))
            ascii++;
    }
    if (hi < 16 || pthread_once(&ud_once, ud_open) != 0 || !ud.create)
        return 0;
    uchardet_t u = ud.create();
    if (!u)
        return 0;
    int ok = ud.handle(u, s, len) == 0;
    ud.end(u);
    const char *g = ok ? ud.charset(u) : NULL;
    size_t k = 0;
    while (g && g[k] && k + 1 < cap) {
        cs[k] = (char)lower((unsigned char)g[k]);
        k++;
    }
    cs[k] = '\0';
    int whole = g && !g[k];
    ud.destroy(u);
    if (!k || !whole)
        return 0;
    if (listed(cs, latin)) {
        /* bytes 0x80-0x9F are punctuation in the windows- charsets and
         * controls in the ISO ones: text that has them is windows- */
        const char *w = strcmp(cs, "iso-8859-1") == 0 || strcmp(cs, "iso-8859-15") == 0
                            ? "windows-1252"
                        : strcmp(cs, "iso-8859-9") == 0       ? "windows-1254"
                        : strcmp(cs, "iso-8859-2") == 0 && c1 ? "windows-1250"
                                                              : NULL;
        if (w && strlen(w) < cap)
            memcpy(cs, w, strlen(w) + 1);
        return 1;
    }
    return listed(cs, other) && hi * 10 >= (hi + ascii) * 3;
}

static int convert(const char *from, const char *html, size_t len, pc_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == (iconv_t)-1)
        return 0; /* no converter at all: leave the bytes to UTF-8 repair */
    pc_buf_reset(out);
    char *in = (char *)html;
    size_t inleft = len;
    int rc = 1;
    while (inleft) {
        if (pc_buf_grow(out, inleft + inleft / 2 + 16)) {
            rc = -1;
            break;
        }
        char *o = out->ptr + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->len = (size_t)(o - out->ptr);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        /* EILSEQ / EINVAL: a byte the charset cannot decode */
        if (pc_buf_add(out, "\xEF\xBF\xBD", 3)) {
            rc = -1;
            break;
        }
        in++;
        inleft--;
    }
    iconv_close(cd);
    if (rc == 1)
        out->ptr[out->len] = '\0';
    return rc;
}

int pc_html_to_utf8(const char *html, size_t len, pc_buf *out)
{
    const unsigned char *u = (const unsigned char *)html;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return 0;
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return convert("UTF-16LE", html + 2, len - 2, out);
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return convert("UTF-16BE", html + 2, len - 2, out);
    if (pc_utf8_first_invalid(html, len) == len)
        return 0;
    char cs[48];
    if (!pc_html_declared_charset(html, len, cs, sizeof cs))
        return convert(pc_html_guess_charset(html, len, cs, sizeof cs) ? cs : "WINDOWS-1252", html,
                       len, out);
    if (strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0)
        return 0; /* declared UTF-8 with bad bytes: repaired later */
    /* WHATWG: these labels all mean windows-1252 */
    if (strcmp(cs, "iso-8859-1") == 0 || strcmp(cs, "latin1") == 0 || strcmp(cs, "us-ascii") == 0 ||
        strcmp(cs, "ascii") == 0 || strcmp(cs, "iso8859-1") == 0)
        return convert("WINDOWS-1252", html, len, out);
    if (strcmp(cs, "x-sjis") == 0)
        return convert("SHIFT_JIS", html, len, out);
    return convert(cs, html, len, out);
}

/* ---- reduction ---------------------------------------------------------- */

/* Elements whose content is dropped with them. */
static int skip_content(const char *n, size_t len)
{
    static const char *const names[] = {"script",   "style",  "template", "noscript", "iframe",
                                        "svg",      "math",   "textarea", "select",   "noembed",
                                        "noframes", "object", "canvas",   "video",    "audio",
                                        "xmp",      NULL};
    for (int i = 0; names[i]; i++)
        if (eq_ci(n, len, names[i]))
            return 1;
    return 0;
}

/* Attributes extraction reads; every other one is dropped. */
static int keep_attr(const char *tag, size_t tlen, const char *n, size_t len)
{
    static const char *const names[] = {"itemprop",   "content",  "name", "property", "charset",
                                        "http-equiv", "datetime", "role", "hidden",   "aria-hidden",
                                        "itemtype",   "rel",      NULL};
    for (int i = 0; names[i]; i++)
        if (eq_ci(n, len, names[i]))
            return 1;
    /* the canonical URL lives in <link rel=canonical href=...> */
    if (eq_ci(n, len, "type") && eq_ci(tag, tlen, "input"))
        return 1; /* a text field tells a form from text */
    return eq_ci(n, len, "href") && eq_ci(tag, tlen, "link");
}

/* Appends text with each run of white space cut to one character (a newline
 * if the run holds one): indentation is a tenth of a page's bytes, and every
 * byte costs the parser time.  Inside <pre> the text is copied as is. */
static int add_text(pc_buf *out, const char *s, size_t n, int pre)
{
    if (pre)
        return pc_buf_add(out, s, n);
    if (pc_buf_grow(out, n))
        return -1;
    char *o = out->ptr + out->len;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (!is_space(c)) {
            *o++ = (char)c;
            i++;
            continue;
        }
        int nl = 0;
        while (i < n && is_space((unsigned char)s[i]))
            nl |= s[i++] == '\n';
        *o++ = nl ? '\n' : ' ';
    }
    out->len = (size_t)(o - out->ptr);
    out->ptr[out->len] = '\0';
    return 0;
}

/* Position just past the end tag "</name" ... ">" at or after i, or len. */
static size_t find_end_tag(const char *s, size_t len, size_t i, const char *name, size_t nlen,
                           size_t *tag_start)
{
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            break;
        size_t p = (size_t)(lt - s);
        if (p + 2 + nlen <= len && s[p + 1] == '/' && eq_ci(s + p + 2, nlen, name) &&
            (p + 2 + nlen == len || is_space((unsigned char)s[p + 2 + nlen]) ||
             s[p + 2 + nlen] == '>' || s[p + 2 + nlen] == '/')) {
            if (tag_start)
                *tag_start = p;
            const char *gt = memchr(s + p, '>', len - p);
            return gt ? (size_t)(gt - s) + 1 : len;
        }
        i = p + 1;
    }
    if (tag_start)
        *tag_start = len;
    return len;
}

/* Media elements: their content is fallback markup, dropped with them,
 * but the parser nests whatever follows an unclosed one inside it. */
static int is_media(const char *n, size_t len)
{
    return eq_ci(n, len, "video") || eq_ci(n, len, "audio") || eq_ci(n, len, "canvas");
}

/* 1 if the element `name` (lower case) opened just before i is never
 * closed: no end tag follows before the next start tag of the same name
 * (media elements do not nest) or the end of the page. */
static int unclosed(const char *s, size_t len, size_t i, const char *name, size_t nlen)
{
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            break;
        size_t p = (size_t)(lt - s);
        size_t q = p + 1 + (p + 1 < len && s[p + 1] == '/');
        if (q + nlen <= len && eq_ci(s + q, nlen, name) &&
            (q + nlen == len || is_space((unsigned char)s[q + nlen]) || s[q + nlen] == '>' ||
             s[q + nlen] == '/'))
            return q == p + 1;
        i = p + 1;
    }
    return 1;
}

/* Void elements, and those the parser closes implicitly when a sibling
 * opens (so they cannot nest deeply): neither counts toward the depth. */
static int no_depth(const char *n, size_t len)
{
    static const char *const names[] = {
        "area",     "base",  "br",     "col",   "embed",  "hr",       "img",   "input", "link",
        "meta",     "param", "source", "track", "wbr",    "keygen",   "p",     "li",    "dt",
        "dd",       "tr",    "td",     "th",    "option", "optgroup", "tbody", "thead", "tfoot",
        "colgroup", "rb",    "rt",     "rp",    "frame",  NULL};
    for (int i = 0; names[i]; i++)
        if (eq_ci(n, len, names[i]))
            return 1;
    return 0;
}

int pc_html_reduce(const char *s, size_t len, size_t limit, pc_buf *out, pc_buf *jsonld)
{
    size_t i = 0;
    /* Nesting depth as the tags say it.  gumbo's tree construction scans the
     * stack of open elements for each tag, so its time is O(tags x depth):
     * tags past PC_HTML_MAX_DEPTH are dropped (their text is kept), which
     * keeps the parse linear on pathological nesting.  Real pages stay far
     * below the cap. */
    size_t depth = 0;
    int pre = 0; /* open <pre> elements */
    while (i < len) {
        if (limit && out->len > limit)
            return 1;
        const char *lt = memchr(s + i, '<', len - i);
        size_t p = lt ? (size_t)(lt - s) : len;
        if (p > i && add_text(out, s + i, p - i, pre > 0))
            return -1;
        if (p >= len)
            break;
        i = p;
        int c1 = p + 1 < len ? (unsigned char)s[p + 1] : 0;
        if (c1 == '!' || c1 == '?') {
            if (p + 3 < len && s[p + 2] == '-' && s[p + 3] == '-') { /* comment */
                size_t j = p + 4, end = len;
                if (j < len && s[j] == '>') /* "<!-->" */
                    end = j + 1;
                else if (j + 1 < len && s[j] == '-' && s[j + 1] == '>') /* "<!--->" */
                    end = j + 2;
                while (end == len && j < len) {
                    const char *gt = memchr(s + j, '>', len - j);
                    if (!gt)
                        break;
                    size_t q = (size_t)(gt - s);
                    if (q >= p + 6 && s[q - 1] == '-' && s[q - 2] == '-')
                        end = q + 1;
                    else if (q >= p + 7 && s[q - 1] == '!' && s[q - 2] == '-' && s[q - 3] == '-')
                        end = q + 1;
                    j = q + 1;
                }
                i = end;
                continue;
            }
            const char *gt = memchr(s + p, '>', len - p);
            size_t end = gt ? (size_t)(gt - s) + 1 : len;
            if (p + 9 <= len && eq_ci(s + p + 2, 7, "doctype") && pc_buf_add(out, s + p, end - p))
                return -1;
            i = end;
            continue;
        }
        if (c1 == '/' && p + 2 < len && is_alpha((unsigned char)s[p + 2])) { /* end tag */
            size_t j = p + 2;
            while (j < len && !is_space((unsigned char)s[j]) && s[j] != '>' && s[j] != '/')
                j++;
            const char *gt = memchr(s + j, '>', len - j);
            i = gt ? (size_t)(gt - s) + 1 : len;
            if (!no_depth(s + p + 2, j - p - 2) && depth > 0 && depth-- > PC_HTML_MAX_DEPTH)
                continue;
            if (pre > 0 &&
                (eq_ci(s + p + 2, j - p - 2, "pre") || eq_ci(s + p + 2, j - p - 2, "listing")))
                pre--;
            if (pc_buf_add(out, s + p, j - p) || pc_buf_addch(out, '>'))
                return -1;
            continue;
        }
        if (!is_alpha(c1)) { /* a lone '<' is text */
            if (pc_buf_addch(out, '<'))
                return -1;
            i = p + 1;
            continue;
        }
        /* start tag */
        size_t j = p + 1;
        while (j < len && !is_space((unsigned char)s[j]) && s[j] != '>' && s[j] != '/')
            j++;
        const char *name = s + p + 1;
        size_t nlen = j - p - 1;
        int skip = skip_content(name, nlen);
        int ldjson = 0, markup = 0, selfclose = 0;
        const char *cls = NULL, *id = NULL;
        size_t cl = 0, il = 0;
        size_t mark = out->len;
        if (pc_buf_add(out, s + p, j - p))
            return -1;
        while (j < len) { /* attributes */
            while (j < len && (is_space((unsigned char)s[j]) || s[j] == '/')) {
                selfclose = s[j] == '/';
                j++;
            }
            if (j >= len || s[j] == '>')
                break;
            selfclose = 0;
            size_t an = j;
            j++; /* the first character may be '=' */
            while (j < len && !is_space((unsigned char)s[j]) && s[j] != '>' && s[j] != '/' &&
                   s[j] != '=')
                j++;
            size_t anl = j - an;
            while (j < len && is_space((unsigned char)s[j]))
                j++;
            size_t vs = j, ve = j;
            if (j < len && s[j] == '=') {
                j++;
                while (j < len && is_space((unsigned char)s[j]))
                    j++;
                vs = j;
                if (j < len && (s[j] == '"' || s[j] == '\'')) {
                    const char *q = memchr(s + j + 1, s[j], len - j - 1);
                    j = q ? (size_t)(q - s) + 1 : len;
                } else {
                    while (j < len && !is_space((unsigned char)s[j]) && s[j] != '>')
                        j++;
                }
                ve = j;
            }
            if (skip) {
                if (eq_ci(s + an, anl, "type") && pc_html_has_ci(s + vs, ve - vs, "ld+json"))
                    ldjson = 1;
                if (eq_ci(s + an, anl, "type") && pc_html_has_ci(s + vs, ve - vs, "template"))
                    markup = 1;
            } else if (eq_ci(s + an, anl, "style")) {
                /* inline styles matter only when they hide the element */
                if (style_is(s + vs, ve - vs, "display", "none") ||
                    style_is(s + vs, ve - vs, "visibility", "hidden"))
                    if (pc_buf_add(out, " hidden", 7))
                        return -1;
            } else if (eq_ci(s + an, anl, "class") || eq_ci(s + an, anl, "id")) {
                size_t a = vs, b = ve;
                if (b > a && (s[a] == '"' || s[a] == '\'')) {
                    a++;
                    if (b > a && s[b - 1] == s[vs])
                        b--;
                }
                if (s[an] == 'c' || s[an] == 'C') {
                    cls = s + a;
                    cl = b - a;
                } else {
                    id = s + a;
                    il = b - a;
                }
            } else if (keep_attr(name, nlen, s + an, anl)) {
                if (pc_buf_addch(out, ' ') || pc_buf_add(out, s + an, ve - an))
                    return -1;
            }
        }
        i = j < len ? j + 1 : len;
        if (!skip && !no_depth(name, nlen) && ++depth > PC_HTML_MAX_DEPTH) {
            out->len = mark;
            out->ptr[mark] = '\0';
            continue;
        }
        if (!skip && (eq_ci(name, nlen, "pre") || eq_ci(name, nlen, "listing")))
            pre++;
        if (!skip) {
            /* class and id reach the parser as their cues (cues.h) */
            unsigned cues = cls || id ? pc_html_cues(cls ? cls : "", cl, id ? id : "", il) : 0;
            if (cues && pc_buf_addf(out, " class=%u", cues))
                return -1;
            if ((selfclose && pc_buf_addch(out, '/')) || pc_buf_addch(out, '>'))
                return -1;
            continue;
        }
        out->len = mark; /* the element goes, content and all */
        out->ptr[mark] = '\0';
        int foreign = eq_ci(name, nlen, "svg") || eq_ci(name, nlen, "math");
        if (foreign && selfclose)
            continue;
        char lname[16];
        size_t k = 0;
        for (; k < nlen && k + 1 < sizeof lname; k++)
            lname[k] = (char)lower((unsigned char)name[k]);
        lname[k] = '\0';
        /* an unclosed <video> or <audio> would take the rest of the page
         * with it: only its start tag goes */
        if (is_media(lname, k) && unclosed(s, len, i, lname, k))
            continue;
        /* a <script type="text/template"> that holds markup holds what a
         * script renders (a blog platform's post body): read as markup;
         * the end tag left behind is ignored by the parser */
        if (markup && eq_ci(lname, k, "script")) {
            size_t q = i;
            while (q < len && is_space((unsigned char)s[q]))
                q++;
            if (q < len && s[q] == '<') /* markup, not data (JSON) */
                continue;
        }
        size_t body = i, tag_start;
        i = find_end_tag(s, len, i, lname, k, &tag_start);
        if (ldjson && jsonld &&
            (pc_buf_add(jsonld, s + body, tag_start - body) || pc_buf_addch(jsonld, '\0')))
            return -1;
    }
    return 0;
}
