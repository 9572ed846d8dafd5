/* Page metadata: title, byline, date, site name and canonical URL, from
 * JSON-LD, <meta> tags, <link rel=canonical>, <time> and visible bylines.
 * Each field keeps the candidate from the most trusted source. */
#include <jansson.h>
#include <string.h>
#include <strings.h>

#include "html/cues.h"
#include "html/extract.h"
#include "html/tree.h"
#include "util/alloc.h"

enum { F_TITLE, F_BYLINE, F_DATE, F_SITE, F_URL, NFIELDS };

typedef struct meta_ctx {
    struct precis_extracted *x;
    int rank[NFIELDS]; /* rank of the value held (lower is better; 0 = none) */
    int oom;
    pc_buf names; /* every name the page gives itself, folded, NUL-separated */
} meta_ctx;

static pc_buf *field(struct precis_extracted *x, int f)
{
    switch (f) {
    case F_TITLE:
        return &x->title;
    case F_BYLINE:
        return &x->byline;
    case F_DATE:
        return &x->date;
    case F_SITE:
        return &x->site;
    default:
        return &x->url;
    }
}

/* "JILL LAWLESSAssociated Press": a name in capitals glued to the
 * capitalised word after it (two elements the page set apart by style
 * alone, or a feed that dropped the space) is split there, as "JILL
 * LAWLESS, Associated Press".  Only a name: a word in capitals from its
 * start, after another word in capitals, then a capital and two small
 * letters; "McDonald", "iPhone", "CEOs" and a brand ("FIFPlay") are not
 * glue.  Returns -1 when out of memory. */
static int is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static int split_caps_glue(pc_buf *b)
{
    for (size_t i = 2; i + 2 < b->len; i++) {
        const char *p = b->ptr;
        if (!(is_upper(p[i - 2]) && is_upper(p[i - 1]) && is_upper(p[i]) && is_lower(p[i + 1]) &&
              is_lower(p[i + 2])))
            continue;
        size_t w = i;
        while (w > 0 && p[w - 1] != ' ' && !is_lower(p[w - 1]))
            w--;
        if (w < 3 || p[w - 1] != ' ')
            continue; /* a small letter earlier in the word, or no word before */
        size_t v = w - 1, caps = 0;
        while (v > 0 && p[v - 1] != ' ' && !is_lower(p[v - 1]))
            caps += is_upper(p[--v]);
        if (caps < 2 || (v > 0 && p[v - 1] != ' '))
            continue; /* the word before is not in capitals */
        if (pc_buf_grow(b, 2))
            return -1;
        memmove(b->ptr + i + 2, b->ptr + i, b->len - i + 1);
        memcpy(b->ptr + i, ", ", 2);
        b->len += 2;
        i += 2;
    }
    return 0;
}

/* Offers a value of rank `rank` for field f; kept when better than what is
 * held.  White space is collapsed; empty and overlong values are ignored. */
static void offer(meta_ctx *m, int f, int rank, const char *s, size_t n)
{
    if (!s || (m->rank[f] && m->rank[f] <= rank))
        return;
    while (n && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')) {
        s++;
        n--;
    }
    if (!n || n > 1000)
        return;
    if (f == F_BYLINE && (strncmp(s, "http", 4) == 0 || n > 200))
        return; /* article:author is often a profile URL */
    pc_buf *b = field(m->x, f);
    pc_buf_reset(b);
    if (pc_html_add_collapsed(b, s, n)) {
        m->oom = 1;
        return;
    }
    while (b->len && b->ptr[b->len - 1] == ' ')
        b->ptr[--b->len] = '\0';
    if (f == F_BYLINE && b->len > 3 && strncasecmp(b->ptr, "by ", 3) == 0) {
        memmove(b->ptr, b->ptr + 3, b->len - 2);
        b->len -= 3;
    }
    if (f == F_BYLINE && split_caps_glue(b)) {
        m->oom = 1;
        return;
    }
    if (b->len)
        m->rank[f] = rank;
}

static void offer_str(meta_ctx *m, int f, int rank, const char *s)
{
    if (s)
        offer(m, f, rank, s, strlen(s));
}

/* ---- the site's own name in the title ------------------------------------ */

/* s[0..n) folded for comparing names: ASCII letters lower-cased, ASCII
 * punctuation, white space and general punctuation (U+00A0, U+2000-U+206F)
 * left out, other letters kept as they are, and a leading word "the"
 * dropped ("The Gazette" is "Gazette").  Writes at most cap - 1 bytes to out
 * and returns the length, or 0 when the name does not fit. */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    if (n > 4 && strncasecmp(s, "the ", 4) == 0) {
        s += 4;
        n -= 4;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i++;
            continue;
        }
        if (c == 0xE2 && i + 2 < n &&
            ((unsigned char)s[i + 1] == 0x80 || (unsigned char)s[i + 1] == 0x81)) {
            i += 2;
            continue;
        }
        if (c < 0x80 &&
            !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            continue;
        if (k + 1 >= cap)
            return 0;
        out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[k] = '\0';
    return k;
}

/* Keeps s[0..n), folded, as one of the names the page gives itself
 * (og:site_name, application-name, the JSON-LD publisher and WebSite). */
static void add_name(meta_ctx *m, const char *s, size_t n)
{
    char f[256];
    size_t k = fold_name(s, n, f, sizeof f);
    if (k && m->names.len < 4096 && pc_buf_add(&m->names, f, k + 1))
        m->oom = 1;
}

static void add_name_str(meta_ctx *m, const char *s)
{
    if (s)
        add_name(m, s, strlen(s));
}

/* The URL's host gives two names: its main label ("techcrunch" for
 * techcrunch.com, "bbc" for www.bbc.co.uk) and the registered domain
 * written out ("spacenewscom", as titles end "- SpaceNews.com"). */
static void add_host_names(meta_ctx *m, const char *url, size_t len)
{
    const char *h = NULL, *end = url + len;
    for (const char *q = url; q + 2 < end; q++)
        if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
            h = q + 3;
            break;
        }
    if (!h)
        return;
    const char *he = h;
    while (he < end && *he != '/' && *he != ':' && *he != '?' && *he != '#')
        he++;
    /* the last three dots, last first: label.sld.tld */
    const char *dot[3] = {NULL, NULL, NULL};
    int nd = 0;
    for (const char *p = he; p > h && nd < 3; p--)
        if (p[-1] == '.')
            dot[nd++] = p - 1;
    if (!dot[0])
        return;
    /* a country's second level ("co.uk", "com.au") before a two-letter
     * top level */
    int sld = 0;
    if (he - dot[0] == 3 && dot[1]) {
        static const char *const slds[] = {"co",  "com", "org", "net", "ac",
                                           "gov", "edu", "or",  "ne",  "go"};
        size_t l = (size_t)(dot[0] - dot[1] - 1);
        for (size_t i = 0; i < sizeof slds / sizeof *slds; i++)
            if (strlen(slds[i]) == l && strncasecmp(dot[1] + 1, slds[i], l) == 0)
                sld = 1;
    }
    const char *ls = sld ? (dot[2] ? dot[2] + 1 : h) : dot[1] ? dot[1] + 1 : h;
    const char *le = sld ? dot[1] : dot[0];
    if (le > ls) {
        add_name(m, ls, (size_t)(le - ls));
        add_name(m, ls, (size_t)(he - ls));
    }
}

/* Is t[0..n) one of the page's own names? */
static int is_own_name(const meta_ctx *m, const char *t, size_t n)
{
    char f[256];
    size_t k = fold_name(t, n, f, sizeof f);
    if (!k)
        return 0;
    for (size_t i = 0; i < m->names.len;) {
        size_t l = strlen(m->names.ptr + i);
        if (l == k && memcmp(m->names.ptr + i, f, k) == 0)
            return 1;
        i += l + 1;
    }
    return 0;
}

/* "Ash cloud grounds flights | Port Elston Gazette" -> "Ash cloud grounds
 * flights": a title's segment after (or before) a separator is cut when it
 * is one of the page's own names.  Titles name the site for browser tabs
 * and search results; a list of sources names it already.  A segment that
 * names nothing the page calls itself is part of the title ("Emden -
 * Sights", "Hong Kong | Editorial") and stays, and so does a title that is
 * only the site's name. */
static void strip_site_name(meta_ctx *m)
{
    static const char *const seps[] = {" | ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                       " - ", " :: ",           " \xc2\xb7 "};
    pc_buf *t = &m->x->title;
    if (!m->names.len || t->len < 5)
        return;
    size_t at[32], end[32], n = 0;
    for (size_t i = 0; i < t->len && n < 32; i++)
        for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
            size_t l = strlen(seps[k]);
            if (i + l <= t->len && memcmp(t->ptr + i, seps[k], l) == 0) {
                at[n] = i;
                end[n++] = i + l;
                break;
            }
        }
    /* the longest trailing segment first: a site's name may hold a
     * separator itself ("AOC media - Analyse Opinion Critique") */
    for (size_t k = 0; k < n; k++)
        if (at[k] > 0 && is_own_name(m, t->ptr + end[k], t->len - end[k])) {
            t->len = at[k];
            t->ptr[t->len] = '\0';
            break;
        }
    for (size_t k = n; k-- > 0;)
        if (end[k] < t->len && is_own_name(m, t->ptr, at[k])) {
            memmove(t->ptr, t->ptr + end[k], t->len - end[k] + 1);
            t->len -= end[k];
            break;
        }
}

/* ---- JSON-LD ------------------------------------------------------------ */

static int is_article_type(json_t *type)
{
    static const char *const types[] = {"NewsArticle",
                                        "Article",
                                        "BlogPosting",
                                        "ReportageNews",
                                        "AnalysisNewsArticle",
                                        "OpinionNewsArticle",
                                        "LiveBlogPosting",
                                        "ScholarlyArticle",
                                        "TechArticle",
                                        "Report",
                                        NULL};
    if (json_is_array(type)) {
        size_t i;
        json_t *v;
        json_array_foreach(type, i, v) if (is_article_type(v)) return 1;
        return 0;
    }
    if (!json_is_string(type))
        return 0;
    for (int i = 0; types[i]; i++)
        if (strcmp(json_string_value(type), types[i]) == 0)
            return 1;
    return 0;
}

/* The name of a person or organisation given as a string, an object or an
 * array of them (the first). */
static const char *ld_name(json_t *v)
{
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_array(v))
        return ld_name(json_array_get(v, 0));
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        return json_is_string(n) ? json_string_value(n) : NULL;
    }
    return NULL;
}

static void ld_walk(meta_ctx *m, json_t *v, int depth)
{
    if (depth > 8)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) ld_walk(m, e, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *graph = json_object_get(v, "@graph");
    if (graph)
        ld_walk(m, graph, depth + 1);
    json_t *type = json_object_get(v, "@type");
    if (is_article_type(type)) {
        offer_str(m, F_TITLE, 2, ld_name(json_object_get(v, "headline")));
        offer_str(m, F_DATE, 1, ld_name(json_object_get(v, "datePublished")));
        offer_str(m, F_BYLINE, 1, ld_name(json_object_get(v, "author")));
        offer_str(m, F_SITE, 2, ld_name(json_object_get(v, "publisher")));
        add_name_str(m, ld_name(json_object_get(v, "publisher")));
        json_t *u = json_object_get(v, "url");
        offer_str(m, F_URL, 3, json_is_string(u) ? json_string_value(u) : NULL);
    } else if (json_is_string(type) && strcmp(json_string_value(type), "WebSite") == 0) {
        offer_str(m, F_SITE, 3, ld_name(json_object_get(v, "name")));
        add_name_str(m, ld_name(json_object_get(v, "name")));
    }
}

static void jsonld(meta_ctx *m, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t n = strlen(s + i);
        json_t *root = json_loadb(s + i, n, 0, NULL);
        if (root) {
            ld_walk(m, root, 0);
            json_decref(root);
        }
        i += n + 1;
    }
}

/* ---- tags --------------------------------------------------------------- */

static const char *attr(const GumboElement *e, const char *name)
{
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
    return a ? a->value : NULL;
}

static void meta_tag(meta_ctx *m, const GumboElement *e)
{
    const char *key = attr(e, "property");
    if (!key)
        key = attr(e, "name");
    if (!key)
        key = attr(e, "itemprop");
    const char *v = attr(e, "content");
    if (!key || !v)
        return;
    static const struct {
        const char *key;
        int f, rank;
    } keys[] = {
        {"og:title", F_TITLE, 1},
        {"twitter:title", F_TITLE, 3},
        {"headline", F_TITLE, 3},
        {"og:site_name", F_SITE, 1},
        {"application-name", F_SITE, 4},
        {"author", F_BYLINE, 2},
        {"article:author", F_BYLINE, 3},
        {"byl", F_BYLINE, 3},
        {"dc.creator", F_BYLINE, 4},
        {"parsely-author", F_BYLINE, 4},
        {"sailthru.author", F_BYLINE, 4},
        {"article:published_time", F_DATE, 1},
        {"datepublished", F_DATE, 2},
        {"og:article:published_time", F_DATE, 2},
        {"pubdate", F_DATE, 3},
        {"publishdate", F_DATE, 3},
        {"publish-date", F_DATE, 3},
        {"parsely-pub-date", F_DATE, 3},
        {"sailthru.date", F_DATE, 4},
        {"dc.date.issued", F_DATE, 4},
        {"dc.date", F_DATE, 4},
        {"date", F_DATE, 4},
        {"og:url", F_URL, 2},
    };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (strcasecmp(key, keys[i].key) == 0) {
            offer_str(m, keys[i].f, keys[i].rank, v);
            if (keys[i].f == F_SITE)
                add_name_str(m, v);
        }
}

/* Elements a browser lays out as lines of their own, and a line break. */
static int is_block(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || pc_tag_is_block(tag);
}

/* Does b end in white space (a space or U+00A0)?  Returns its length. */
static size_t trailing_space(const pc_buf *b)
{
    if (b->len && b->ptr[b->len - 1] == ' ')
        return 1;
    if (b->len > 1 && (unsigned char)b->ptr[b->len - 2] == 0xC2 &&
        (unsigned char)b->ptr[b->len - 1] == 0xA0)
        return 2;
    return 0;
}

/* Cuts white space and the separators in `cut` from the end of b: a comma
 * always, others when they stand alone ("Jane Doe -", not "Grade C-"). */
static void trim_end(pc_buf *b, const char *cut)
{
    for (size_t n;;) {
        char c = b->len ? b->ptr[b->len - 1] : '\0';
        int sep = c && strchr(cut, c) && (c == ',' || b->len == 1 || b->ptr[b->len - 2] == ' ');
        if ((n = trailing_space(b)) == 0 && !sep)
            break;
        b->len -= n ? n : 1;
        b->ptr[b->len] = '\0';
    }
}

/* A line break in an element's text, before text starting with `next`:
 * `sep` (", " in a byline, " " in a title) after a line of two words or
 * more; a space after one word ("By", "Von") or next to punctuation that
 * separates already ("|", ":", ","). */
static void text_break(pc_buf *b, const char *sep, char next)
{
    trim_end(b, "");
    if (!b->len)
        return;
    size_t line = 0, sl = strlen(sep); /* where the current line starts */
    for (size_t i = b->len; i-- > 0;)
        if (i + sl <= b->len && memcmp(b->ptr + i, sep, sl) == 0) {
            line = i + sl;
            break;
        }
    int words = memchr(b->ptr + line, ' ', b->len - line) != NULL;
    int punct = strchr(",;:|/-", b->ptr[b->len - 1]) || strchr(",;:|/-", next);
    pc_buf_adds(b, !words || punct ? " " : sep);
}

/* Visible text of an element, collapsed, into b (cut at 300 bytes); the
 * lines of block children are separated by `sep`: "By JILL LAWLESS" and
 * "Associated Press" in two <div>s are not one word "LAWLESSAssociated".
 * *brk is set while a line break waits for the next text. */
static void inner_text(const GumboNode *n, pc_buf *b, const char *sep, int *brk, int depth)
{
    if (b->len > 300 || depth > 20)
        return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
        const char *t = n->v.text.text;
        if (*brk) {
            const char *c = t;
            while (*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' ||
                   ((unsigned char)c[0] == 0xC2 && (unsigned char)c[1] == 0xA0))
                c += *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' ? 1 : 2;
            if (!*c)
                return; /* white space between lines */
            text_break(b, sep, *c);
            *brk = 0;
        }
        pc_html_add_collapsed(b, t, strlen(t));
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT)
        return;
    int block = is_block(n->v.element.tag);
    *brk |= block;
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++)
        inner_text(ch->data[i], b, sep, brk, depth + 1);
    *brk |= block;
    if (depth == 0) /* a separator left open at the end goes */
        trim_end(b, ",;|-");
}

static void element(meta_ctx *m, const GumboNode *n, pc_buf *tmp)
{
    const GumboElement *e = &n->v.element;
    switch (e->tag) {
    case GUMBO_TAG_META:
        meta_tag(m, e);
        return;
    case GUMBO_TAG_LINK: {
        const char *rel = attr(e, "rel"), *href = attr(e, "href");
        if (rel && href && strcasecmp(rel, "canonical") == 0)
            offer_str(m, F_URL, 1, href);
        return;
    }
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_H1:
        if (m->rank[F_TITLE] && m->rank[F_TITLE] <= 4)
            return;
        pc_buf_reset(tmp);
        int brk = 0;
        inner_text(n, tmp, " ", &brk, 0);
        offer(m, F_TITLE, e->tag == GUMBO_TAG_H1 ? 4 : 5, tmp->ptr, tmp->len);
        return;
    case GUMBO_TAG_TIME:
        offer_str(m, F_DATE, 5, attr(e, "datetime"));
        return;
    default:
        break;
    }
    const char *ip = attr(e, "itemprop");
    if (ip && strcasecmp(ip, "datePublished") == 0) {
        offer_str(m, F_DATE, 2, attr(e, "datetime"));
        offer_str(m, F_DATE, 2, attr(e, "content"));
    }
    if (m->rank[F_BYLINE] && m->rank[F_BYLINE] <= 5)
        return;
    int byline = (ip && strcasecmp(ip, "author") == 0) || (pc_xtree_cues(e) & PC_CUE_BYLINE) ||
                 (attr(e, "rel") && strcasecmp(attr(e, "rel"), "author") == 0);
    if (byline) {
        pc_buf_reset(tmp);
        int brk = 0;
        inner_text(n, tmp, ", ", &brk, 0);
        if (tmp->len < 100)
            offer(m, F_BYLINE, ip ? 5 : 6, tmp->ptr, tmp->len);
    }
}

int pc_html_meta(const GumboNode *root, const char *js, size_t jlen, struct precis_extracted *x)
{
    meta_ctx m;
    memset(&m, 0, sizeof m);
    m.x = x;
    pc_buf_init(&m.names, x->alc);
    if (js && jlen)
        jsonld(&m, js, jlen);
    pc_buf tmp;
    pc_buf_init(&tmp, x->alc);
    /* iterative preorder walk: a stack of (node, next child) */
    typedef struct {
        const GumboNode *n;
        unsigned i;
    } fr;
    fr *st = NULL;
    size_t sp = 0, cap = 0;
    if (pc_array_reserve(x->alc, (void **)&st, &cap, 1, sizeof *st)) {
        pc_buf_release(&m.names);
        pc_buf_release(&tmp);
        return -1;
    }
    st[sp++] = (fr){root, 0};
    if (root->type == GUMBO_NODE_ELEMENT)
        element(&m, root, &tmp);
    while (sp && !m.oom) {
        fr *f = &st[sp - 1];
        if (f->n->type != GUMBO_NODE_ELEMENT || f->i >= f->n->v.element.children.length) {
            sp--;
            continue;
        }
        const GumboNode *c = f->n->v.element.children.data[f->i++];
        if (c->type != GUMBO_NODE_ELEMENT)
            continue;
        element(&m, c, &tmp);
        if (pc_array_reserve(x->alc, (void **)&st, &cap, sp + 1, sizeof *st)) {
            m.oom = 1;
            break;
        }
        st[sp++] = (fr){c, 0};
    }
    pc_free(x->alc, st, cap * sizeof *st);
    pc_buf_release(&tmp);
    if (!m.oom) {
        add_host_names(&m, x->url.ptr, x->url.len);
        strip_site_name(&m);
    }
    pc_buf_release(&m.names);
    return m.oom ? -1 : 0;
}
