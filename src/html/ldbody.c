/* The article body a page states in its JSON-LD (schema.org articleBody,
 * or the description and steps of a HowTo): the first link of the
 * extraction's fallback chain (extract.c). */
#include <jansson.h>
#include <string.h>
#include <strings.h>

#include "html/extract.h"
#include "util/utf8.h"

#define LD_DEPTH 8 /* nesting read in a JSON-LD text */

/* The longest articleBody string under v (objects, arrays, @graph). */
static const char *find_body(json_t *v, int depth, size_t *len)
{
    const char *best = NULL;
    *len = 0;
    if (depth > LD_DEPTH)
        return NULL;
    size_t n;
    const char *s;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
        {
            s = find_body(e, depth + 1, &n);
            if (s && n > *len) {
                best = s;
                *len = n;
            }
        }
        return best;
    }
    if (!json_is_object(v))
        return NULL;
    const char *key;
    json_t *e;
    json_object_foreach(v, key, e)
    {
        if (json_is_string(e) && strcmp(key, "articleBody") == 0) {
            s = json_string_value(e);
            n = json_string_length(e);
        } else {
            s = find_body(e, depth + 1, &n);
        }
        if (s && n > *len) {
            best = s;
            *len = n;
        }
    }
    return best;
}

/* 1 if the object's @type is (or lists) `type`. */
static int has_type(json_t *o, const char *type)
{
    json_t *t = json_object_get(o, "@type");
    if (json_is_string(t))
        return strcasecmp(json_string_value(t), type) == 0;
    size_t i;
    json_t *e;
    json_array_foreach(t, i, e) if (json_is_string(e) &&
                                    strcasecmp(json_string_value(e), type) == 0) return 1;
    return 0;
}

static int add_line(pc_buf *b, json_t *s)
{
    if (!json_is_string(s) || !json_string_length(s))
        return 0;
    if (b->len && pc_buf_addch(b, '\n'))
        return -1;
    return pc_buf_add(b, json_string_value(s), json_string_length(s));
}

/* The steps of a HowTo (schema.org: `step`, a Recipe's `recipeInstructions`)
 * as lines: a step's or a section's name (unless its text opens with it),
 * then its text and its items (HowToDirection, HowToTip, the steps of a
 * HowToSection), in order. */
static int add_steps(pc_buf *b, json_t *v, int depth)
{
    if (depth > LD_DEPTH)
        return 0;
    if (json_is_string(v))
        return add_line(b, v);
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) if (add_steps(b, e, depth + 1)) return -1;
    if (!json_is_object(v))
        return 0;
    json_t *name = json_object_get(v, "name"), *text = json_object_get(v, "text");
    if (json_is_string(name) &&
        !(json_is_string(text) && strncmp(json_string_value(text), json_string_value(name),
                                          json_string_length(name)) == 0) &&
        add_line(b, name))
        return -1;
    if (add_line(b, text))
        return -1;
    return add_steps(b, json_object_get(v, "itemListElement"), depth + 1);
}

/* The longest HowTo under v (its description, then its steps) into `out`,
 * `tmp` a scratch buffer. */
static int find_howto(json_t *v, int depth, pc_buf *out, pc_buf *tmp)
{
    if (depth > LD_DEPTH)
        return 0;
    size_t i;
    json_t *e;
    const char *key;
    json_array_foreach(v, i, e) if (find_howto(e, depth + 1, out, tmp)) return -1;
    if (!json_is_object(v))
        return 0;
    json_t *steps = json_object_get(v, "step");
    if (!steps)
        steps = json_object_get(v, "recipeInstructions");
    if (steps && (has_type(v, "HowTo") || has_type(v, "Recipe"))) {
        pc_buf_reset(tmp);
        if (add_line(tmp, json_object_get(v, "description")) || add_steps(tmp, steps, 0))
            return -1;
        if (tmp->len > out->len) {
            pc_buf_reset(out);
            if (pc_buf_add(out, tmp->ptr, tmp->len))
                return -1;
        }
    }
    json_object_foreach(v, key, e) if (find_howto(e, depth + 1, out, tmp)) return -1;
    return 0;
}

/* 1 if s[0..n) holds markup (some sites put the HTML of the body there). */
static int has_markup(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '<' && (s[i + 1] == '/' || s[i + 1] == 'p' || s[i + 1] == 'a' ||
                            s[i + 1] == 'd' || s[i + 1] == 'b' || s[i + 1] == 'P'))
            return 1;
    return 0;
}

/* 1 if s[0..n) ends in an ellipsis ("...", "…", "[…]"): a teaser cut
 * from the body, not the body. */
static int cut_short(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == ']' || s[n - 1] == ')'))
        n--;
    return (n >= 3 && memcmp(s + n - 3, "...", 3) == 0) ||
           (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0);
}

/* 1 if the tag named s[0..n) (lower or upper case) ends a line. */
static int breaks_line(const char *s, size_t n)
{
    static const char *const blocks[] = {"p",          "div",     "br",  "li", "ul", "ol", "h1",
                                         "h2",         "h3",      "h4",  "h5", "h6", "tr", "table",
                                         "blockquote", "section", "pre", "hr", "dd", "dt"};
    for (size_t k = 0; k < sizeof blocks / sizeof *blocks; k++)
        if (strlen(blocks[k]) == n && strncasecmp(s, blocks[k], n) == 0)
            return 1;
    return 0;
}

/* The character reference at s[i] == '&' (numeric, or one of HTML's
 * syntax characters and the no-break space, which becomes a space) into
 * b; returns its length, 0 when it is none (the '&' is then text). */
static size_t char_ref(pc_buf *b, const char *s, size_t len, size_t i, int *err)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"amp;", '&'},  {"lt;", '<'},    {"gt;", '>'},
                 {"quot;", '"'}, {"apos;", '\''}, {"nbsp;", ' '}};
    size_t j = i + 1;
    if (j < len && s[j] == '#') {
        unsigned long cp;
        size_t end = pc_utf8_numeric_ref(s, len, j, &cp);
        if (!end)
            return 0;
        char u[4];
        size_t m = cp == 0xA0 ? (u[0] = ' ', 1) : pc_utf8_put(cp, u);
        *err = pc_buf_add(b, u, m);
        return end - i;
    }
    for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
        size_t m = strlen(named[k].name);
        if (len - j >= m && memcmp(s + j, named[k].name, m) == 0) {
            *err = pc_buf_addch(b, named[k].c);
            return m + 1;
        }
    }
    return 0;
}

/* The text of the markup s[0..n) into b: tags go, a block tag ends a
 * line, character references are decoded; the content of script, style
 * and figcaption elements is left out as the page's would be. */
static int strip_markup(pc_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    const char *skip = NULL; /* the element whose content is skipped */
    while (i < n) {
        if (s[i] == '<') {
            size_t j = i + 1, e;
            int close = j < n && s[j] == '/';
            j += (size_t)close;
            for (e = j; e < n && (((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z') ||
                                  (s[e] >= '0' && s[e] <= '9'));
                 e++)
                ;
            size_t gt = e;
            while (gt < n && s[gt] != '>')
                gt++;
            if (e == j || gt == n ||
                !(s[e] == '>' || s[e] == '/' || s[e] == ' ' || s[e] == '\n' ||
                  s[e] == '\t')) { /* not a tag: text */
                if (!skip && pc_buf_addch(b, '<'))
                    return -1;
                i++;
                continue;
            }
            if (skip) {
                if (close && strlen(skip) == e - j && strncasecmp(s + j, skip, e - j) == 0)
                    skip = NULL;
            } else if (!close && e - j == 6 && strncasecmp(s + j, "script", 6) == 0) {
                skip = "script";
            } else if (!close && e - j == 5 && strncasecmp(s + j, "style", 5) == 0) {
                skip = "style";
            } else if (!close && e - j == 10 && strncasecmp(s + j, "figcaption", 10) == 0) {
                skip = "figcaption";
            } else if (breaks_line(s + j, e - j) && pc_buf_addch(b, '\n')) {
                return -1;
            }
            i = gt + 1;
            continue;
        }
        if (skip) {
            i++;
            continue;
        }
        int err = 0;
        size_t m = s[i] == '&' ? char_ref(b, s, n, i, &err) : 0;
        if (err)
            return -1;
        if (m) {
            i += m;
            continue;
        }
        size_t k = i + 1;
        while (k < n && s[k] != '<' && s[k] != '&')
            k++;
        if (pc_buf_add(b, s + i, k - i))
            return -1;
        i = k;
    }
    return 0;
}

/* The lines of s[0..n) as paragraphs into out, white space runs one
 * space, empty lines dropped. */
static int add_paragraphs(pc_buf *out, const char *s, size_t n)
{
    size_t a = 0;
    while (a < n) {
        size_t e = a;
        while (e < n && s[e] != '\n')
            e++;
        size_t mark = out->len;
        if (out->len && pc_buf_add(out, "\n\n", 2))
            return -1;
        size_t start = out->len;
        if (pc_html_add_collapsed(out, s + a, e - a))
            return -1;
        while (out->len > start && out->ptr[out->len - 1] == ' ')
            out->len--;
        if (out->len == start || (out->len == start + 1 && out->ptr[start] == ' '))
            out->len = mark; /* an empty line */
        out->ptr[out->len] = '\0';
        a = e + 1;
    }
    return 0;
}

int pc_html_ld_body(const char *js, size_t jlen, pc_buf *out)
{
    size_t i = 0;
    int rc = 0;
    pc_buf_reset(out);
    pc_buf body, howto, tmp;
    pc_buf_init(&body, out->alc);
    pc_buf_init(&howto, out->alc);
    pc_buf_init(&tmp, out->alc);
    while (i < jlen && !rc) {
        size_t n = strlen(js + i);
        json_t *root = json_loadb(js + i, n, 0, NULL);
        i += n + 1;
        if (!root)
            continue;
        size_t bl;
        const char *b = find_body(root, 0, &bl);
        if (b && bl > body.len && !cut_short(b, bl)) {
            pc_buf_reset(&body);
            rc = pc_buf_add(&body, b, bl);
        }
        if (!rc)
            rc = find_howto(root, 0, &howto, &tmp);
        json_decref(root);
    }
    /* the article's body; a HowTo's text when there is none */
    pc_buf *src = body.len ? &body : &howto;
    if (!rc && src->len) {
        if (has_markup(src->ptr, src->len)) {
            pc_buf_reset(&tmp);
            rc = strip_markup(&tmp, src->ptr, src->len);
            src = &tmp;
        }
        if (!rc)
            rc = add_paragraphs(out, src->ptr, src->len);
    }
    pc_buf_release(&body);
    pc_buf_release(&howto);
    pc_buf_release(&tmp);
    return rc ? -1 : 0;
}
