/* Readers: files, directories, "|||||"-joined text and JSON Lines clusters. */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/html.h"
#include "model/cluster.h"
#include "util/buf.h"

static precis_status fail(precis_error *err, precis_status code, size_t off, size_t line,
                          const char *fmt, const char *a, const char *b)
{
    if (err) {
        err->code = code;
        err->offset = off;
        err->line = line;
        snprintf(err->buf, sizeof err->buf, fmt, a, b);
        err->message = err->buf;
    }
    return code;
}

/* Reads a whole file into b, at most `limit` bytes plus one (so the caller
 * sees it is over). */
static precis_status read_file(const char *path, size_t limit, pc_buf *b, precis_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path, strerror(errno));
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (pc_buf_add(b, chunk, n)) {
            fclose(f);
            return fail(err, PRECIS_ENOMEM, 0, 0, "%s: %s", path, "out of memory");
        }
        if (b->len > limit)
            break;
    }
    int bad = ferror(f);
    int e = errno;
    fclose(f);
    if (bad)
        return fail(err, PRECIS_EIO, b->len, 0, "%s: %s", path, strerror(e));
    return PRECIS_OK;
}

/* Adds one document given as text or as an HTML page (sniffed, or told by
 * `html`). */
static precis_status add_text_or_html(precis_cluster *c, const char *text, size_t len, int html,
                                      const precis_doc_meta *meta, const precis_options *o,
                                      precis_error *warn)
{
    if (html || precis_looks_like_html(text, len))
        return precis_cluster_add_html(c, text, len, meta, o, warn);
    return precis_cluster_add_document(c, text, len, meta, o, warn);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static precis_status add_file(precis_cluster *c, const char *path, const precis_options *o,
                              precis_error *err, precis_error *warn)
{
    pc_buf b;
    pc_buf_init(&b, c->alc);
    size_t limit = o && o->max_document_bytes ? o->max_document_bytes : c->opts.max_document_bytes;
    precis_status st = read_file(path, limit, &b, err);
    pc_buf z;
    pc_buf_init(&z, c->alc);
    if (!st && pc_is_gzip(b.ptr, b.len)) {
        int cut;
        st = pc_gunzip(b.ptr, b.len, limit, &z, &cut);
        if (st)
            fail(err, st, 0, 0, "%s: %s", path,
                 st == PRECIS_ENOMEM ? "out of memory" : "corrupt gzip data");
        pc_buf_release(&b);
        b = z;
        pc_buf_init(&z, c->alc);
    }
    if (!st) {
        precis_doc_meta meta = {0};
        meta.name = path;
        st = add_text_or_html(c, b.ptr, b.len, pc_is_html_name(path), &meta, o, warn);
        if (st)
            fail(err, st, 0, 0, "%s: %s", path, precis_strerror(st));
    }
    pc_buf_release(&b);
    return st;
}

PRECIS_API precis_status precis_cluster_add_path(precis_cluster *c, const char *path,
                                                 const precis_options *o, precis_error *err,
                                                 precis_error *warn)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!c || !path)
        return PRECIS_EINVAL;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path, strerror(errno));
    if (!S_ISDIR(sb.st_mode)) {
        if (!S_ISREG(sb.st_mode))
            return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path, "not a regular file");
        return add_file(c, path, o, err, warn);
    }
    DIR *dir = opendir(path);
    if (!dir)
        return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    precis_status st = PRECIS_OK;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **p = realloc(names, ncap * sizeof *p);
            if (!p) {
                st = PRECIS_ENOMEM;
                break;
            }
            names = p;
            cap = ncap;
        }
        size_t pl = strlen(path), nl = strlen(e->d_name);
        char *full = malloc(pl + nl + 2);
        if (!full) {
            st = PRECIS_ENOMEM;
            break;
        }
        memcpy(full, path, pl);
        full[pl] = '/';
        memcpy(full + pl + 1, e->d_name, nl + 1);
        names[n++] = full;
    }
    closedir(dir);
    if (!st)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && !st; i++) {
        struct stat fs;
        if (stat(names[i], &fs) != 0 || !S_ISREG(fs.st_mode))
            continue; /* subdirectories, sockets, dangling links: not documents */
        precis_error w;
        st = add_file(c, names[i], o, err, &w);
        if (warn && w.code && !warn->code)
            *warn = w;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (st == PRECIS_ENOMEM && err && !err->code)
        fail(err, st, 0, 0, "%s: %s", path, "out of memory");
    return st;
}

/* 1 if line[0..len) is the document separator "|||||" (surrounding white
 * space allowed). */
static int is_separator(const char *line, size_t len)
{
    size_t a = 0, b = len;
    while (a < b && (line[a] == ' ' || line[a] == '\t'))
        a++;
    while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t' || line[b - 1] == '\r'))
        b--;
    return b - a == 5 && memcmp(line + a, "|||||", 5) == 0;
}

PRECIS_API precis_status precis_cluster_add_joined(precis_cluster *c, const char *text,
                                                   size_t len, const char *name,
                                                   const precis_options *o, precis_error *warn)
{
    if (warn)
        memset(warn, 0, sizeof *warn);
    if (!c || (!text && len))
        return PRECIS_EINVAL;
    size_t doc_start = 0, line = 0, ndoc = 0;
    char label[64];
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        int sep = is_separator(text + line, i - line);
        if (sep || i == len) {
            size_t end = sep ? line : len;
            precis_doc_meta meta = {0};
            snprintf(label, sizeof label, "%s#%zu", name ? name : "-", ++ndoc);
            meta.name = label;
            precis_error w;
            precis_status st = add_text_or_html(c, text + doc_start, end - doc_start, 0, &meta,
                                                o, &w);
            if (st)
                return st;
            if (w.code && warn && !warn->code) {
                *warn = w;
                /* offsets in the joined input */
                warn->offset += doc_start;
                snprintf(warn->buf, sizeof warn->buf, "%s: %s", label, w.message);
                warn->message = warn->buf;
            }
            doc_start = i + 1;
        }
        line = i + 1;
    }
    return PRECIS_OK;
}

static const char *column_str(int column, char *buf)
{
    snprintf(buf, 24, "%d", column);
    return buf;
}

static const char *json_str(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

PRECIS_API precis_status precis_cluster_from_json(const char *line, size_t len,
                                                  const precis_options *o,
                                                  const precis_allocator *alc,
                                                  precis_cluster **out, char **id_out,
                                                  precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!out || (!line && len))
        return PRECIS_EINVAL;
    *out = NULL;
    if (id_out)
        *id_out = NULL;
    json_error_t je;
    char colbuf[24];
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!root)
        return fail(err, PRECIS_EPARSE, (size_t)je.position, 0, "invalid JSON at column %s: %.100s",
                    column_str(je.column, colbuf), je.text);
    precis_status st = PRECIS_OK;
    precis_cluster *c = NULL;
    json_t *docs = json_object_get(root, "documents");
    if (!json_is_object(root)) {
        st = fail(err, PRECIS_EPARSE, 0, 0, "%s%s", "a cluster must be a JSON object", "");
        goto done;
    }
    if (!json_is_array(docs)) {
        st = fail(err, PRECIS_EPARSE, 0, 0, "%s%s", "\"documents\" must be an array", "");
        goto done;
    }
    if (id_out) {
        json_t *id = json_object_get(root, "id");
        if (id) {
            *id_out = json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT);
            if (!*id_out) {
                st = PRECIS_ENOMEM;
                goto done;
            }
        }
    }
    st = precis_cluster_new(&c, alc);
    if (st)
        goto done;
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d)
    {
        precis_doc_meta meta = {0};
        const char *text = NULL;
        size_t tlen = 0;
        char name[32];
        snprintf(name, sizeof name, "document %zu", i + 1);
        meta.name = name;
        int html = 0;
        if (json_is_string(d)) {
            text = json_string_value(d);
            tlen = json_string_length(d);
        } else if (json_is_object(d) && (json_is_string(json_object_get(d, "text")) ||
                                         json_is_string(json_object_get(d, "html")))) {
            json_t *t = json_object_get(d, "text");
            if (!json_is_string(t)) {
                t = json_object_get(d, "html");
                html = 1;
            }
            text = json_string_value(t);
            tlen = json_string_length(t);
            meta.title = json_str(d, "title");
            meta.source = json_str(d, "source");
            meta.date = json_str(d, "date");
            meta.url = json_str(d, "url");
        } else {
            snprintf(name, sizeof name, "%zu", i);
            st = fail(err, PRECIS_EPARSE, 0, 0,
                      "documents[%s]: expected a string or an object with a string \"text\" or \"html\"%s",
                      name, "");
            goto done;
        }
        st = add_text_or_html(c, text, tlen, html, &meta, o, NULL);
        if (st)
            goto done;
    }
done:
    json_decref(root);
    if (st) {
        precis_cluster_free(c);
        if (id_out) {
            free(*id_out);
            *id_out = NULL;
        }
        return st;
    }
    *out = c;
    return PRECIS_OK;
}

PRECIS_API precis_status precis_summarize_text(const char *text, size_t len,
                                               const precis_options *opts, precis_format format,
                                               char **out, size_t *out_len)
{
    if (!out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_cluster *c;
    precis_status st = precis_cluster_new(&c, NULL);
    if (st)
        return st;
    st = precis_cluster_add_joined(c, text, len, NULL, opts, NULL);
    precis_summary *s = NULL;
    if (!st)
        st = precis_summarize(c, opts, &s);
    if (!st)
        st = precis_summary_render(s, format, out, out_len);
    precis_summary_free(s);
    precis_cluster_free(c);
    return st;
}
