/* Routing and form fields: pure functions over what libmicrohttpd parsed
 * (request.h), so that they can be fuzzed without a connection. */
#include "request.h"

#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    const char *allow;
} ROUTES[R_COUNT] = {
    [R_NONE] = {"unknown", ""},
    [R_INDEX] = {"/", "GET, HEAD"},
    [R_STYLE] = {"/static/style.css", "GET, HEAD"},
    [R_ICON] = {"/favicon.ico", "GET, HEAD"},
    [R_NEW] = {"/new", "GET, HEAD, POST"},
    [R_STORY_PAGE] = {"/stories/{id}", "GET, HEAD"},
    [R_HEALTH] = {"/healthz", "GET, HEAD"},
    [R_READY] = {"/readyz", "GET, HEAD"},
    [R_METRICS] = {"/metrics", "GET, HEAD"},
    [R_SUMMARIZE] = {"/v1/summarize", "POST"},
    [R_DIGEST] = {"/v1/digest", "POST"},
    [R_EXTRACT] = {"/v1/extract", "POST"},
    [R_ARTICLES] = {"/v1/articles", "POST"},
    [R_STORIES] = {"/v1/stories", "GET, HEAD"},
    [R_STORY] = {"/v1/stories/{id}", "GET, HEAD"},
    [R_ARTICLE] = {"/v1/articles/{id}", "GET, HEAD"},
};

const char *route_name(route_id r)
{
    return r < R_COUNT ? ROUTES[r].name : ROUTES[R_NONE].name;
}

const char *route_allow(route_id r)
{
    return r < R_COUNT ? ROUTES[r].allow : ROUTES[R_NONE].allow;
}

static int parse_id(const char *s, long long *id)
{
    if (!*s || strlen(s) > 18)
        return 0;
    long long v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return 0;
        v = v * 10 + (*s - '0');
    }
    *id = v;
    return 1;
}

route_id route_of(const char *url, long long *id)
{
    static const struct {
        const char *path;
        route_id r;
    } exact[] = {{"/", R_INDEX},
                 {"/static/style.css", R_STYLE},
                 {"/favicon.ico", R_ICON},
                 {"/new", R_NEW},
                 {"/healthz", R_HEALTH},
                 {"/readyz", R_READY},
                 {"/metrics", R_METRICS},
                 {"/v1/summarize", R_SUMMARIZE},
                 {"/v1/digest", R_DIGEST},
                 {"/v1/extract", R_EXTRACT},
                 {"/v1/articles", R_ARTICLES},
                 {"/v1/stories", R_STORIES}};
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (strcmp(url, exact[i].path) == 0)
            return exact[i].r;
    if (strncmp(url, "/v1/stories/", 12) == 0 && parse_id(url + 12, id))
        return R_STORY;
    if (strncmp(url, "/stories/", 9) == 0 && parse_id(url + 9, id))
        return R_STORY_PAGE;
    if (strncmp(url, "/v1/articles/", 13) == 0 && url[13])
        return R_ARTICLE; /* any id: libmicrohttpd has decoded its %XX */
    return R_NONE;
}

/* Compares whole names: "ET" (a request line may name any method) is
 * inside "GET", whose byte before it the old scan read past the start of
 * the list; "" matched at every place, for ever. */
int method_allowed(route_id r, const char *method)
{
    size_t n = strlen(method);
    for (const char *p = route_allow(r); *p;) {
        size_t k = strcspn(p, ", ");
        if (k == n && n > 0 && memcmp(p, method, n) == 0)
            return 1;
        p += k;
        p += strspn(p, ", ");
    }
    return 0;
}

int form_field(form *f, const char *key, const char *filename, const char *data, uint64_t off,
               size_t size)
{
    if (strcmp(key, "words") == 0 || strcmp(key, "method") == 0) {
        char *dst = key[0] == 'w' ? f->words : f->method;
        size_t cap = key[0] == 'w' ? sizeof f->words : sizeof f->method;
        size_t have = off < cap ? (size_t)off : cap - 1;
        size_t n = size < cap - 1 - have ? size : cap - 1 - have;
        memcpy(dst + have, data, n);
        dst[have + n] = 0;
        return 0;
    }
    if (strcmp(key, "text") != 0 && strcmp(key, "file") != 0)
        return 0; /* unknown fields are ignored */
    int same = off > 0 && f->ndocs > 0 && f->last_key && strcmp(f->last_key, key) == 0 &&
               ((!filename && !f->last_file) ||
                (filename && f->last_file && strcmp(filename, f->last_file) == 0));
    if (!same) {
        if (size == 0 && off == 0 && !filename)
            return 0;
        form_doc *d = realloc(f->docs, (f->ndocs + 1) * sizeof *d);
        if (!d)
            return -1;
        f->docs = d;
        d = &f->docs[f->ndocs++];
        memset(d, 0, sizeof *d);
        d->name = filename ? strdup(filename) : NULL;
        free(f->last_key);
        free(f->last_file);
        f->last_key = strdup(key);
        f->last_file = filename ? strdup(filename) : NULL;
    }
    form_doc *d = &f->docs[f->ndocs - 1];
    char *p = realloc(d->data, d->len + size + 1);
    if (!p)
        return -1;
    memcpy(p + d->len, data, size);
    d->len += size;
    p[d->len] = 0;
    d->data = p;
    return 0;
}

void form_release(form *f)
{
    for (size_t i = 0; i < f->ndocs; i++) {
        free(f->docs[i].name);
        free(f->docs[i].data);
    }
    free(f->docs);
    free(f->last_key);
    free(f->last_file);
    memset(f, 0, sizeof *f);
}
