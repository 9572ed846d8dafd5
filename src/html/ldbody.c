/* The article body a page states in its JSON-LD (schema.org articleBody):
 * the first link of the extraction's fallback chain (extract.c). */
#include <jansson.h>
#include <string.h>

#include "html/extract.h"

/* The longest articleBody string under v (objects, arrays, @graph). */
static const char *find_body(json_t *v, int depth, size_t *len)
{
    const char *best = NULL;
    *len = 0;
    if (depth > 8)
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

/* 1 if s[0..n) holds markup (some sites put the HTML of the body there):
 * not plain text, so not taken. */
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

int pc_html_ld_body(const char *js, size_t jlen, pc_buf *out)
{
    size_t i = 0;
    pc_buf_reset(out);
    while (i < jlen) {
        size_t n = strlen(js + i);
        json_t *root = json_loadb(js + i, n, 0, NULL);
        i += n + 1;
        if (!root)
            continue;
        size_t bl;
        const char *b = find_body(root, 0, &bl);
        if (b && bl > out->len && !has_markup(b, bl) && !cut_short(b, bl)) {
            /* lines become paragraphs, white space runs one space */
            pc_buf_reset(out);
            size_t a = 0;
            while (a < bl) {
                size_t e = a;
                while (e < bl && b[e] != '\n')
                    e++;
                size_t mark = out->len;
                if (out->len && pc_buf_add(out, "\n\n", 2))
                    goto oom;
                size_t start = out->len;
                if (pc_html_add_collapsed(out, b + a, e - a))
                    goto oom;
                while (out->len > start && out->ptr[out->len - 1] == ' ')
                    out->len--;
                if (out->len == start || (out->len == start + 1 && out->ptr[start] == ' '))
                    out->len = mark; /* an empty line */
                out->ptr[out->len] = '\0';
                a = e + 1;
            }
        }
        json_decref(root);
        continue;
    oom:
        json_decref(root);
        return -1;
    }
    return 0;
}
