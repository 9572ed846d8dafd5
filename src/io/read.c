/* Readers: files, directories, "|||||"-joined text and JSON Lines clusters. */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/html.h"
#include "model/cluster.h"
#include "util/buf.h"
#include "util/json_pos.h"

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

/* *dst = *src, with the message moved along when it lives in src->buf. */
static void copy_error(precis_error *dst, const precis_error *src)
{
    *dst = *src;
    if (src->message == src->buf)
        dst->message = dst->buf;
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

/* A named warning about a file (or a joined document) that the walk goes
 * on after: "PATH: WHAT" with `code`, kept in `warn` when it holds none yet
 * and reported through the options' warn_fn. */
static void file_warning(const precis_options *o, precis_error *warn, precis_status code,
                         const char *path, const char *what, const char *why)
{
    precis_error w;
    memset(&w, 0, sizeof w);
    w.code = code;
    if (snprintf(w.buf, sizeof w.buf, "%s: %s%.120s", path, what, why) >= (int)sizeof w.buf)
        memcpy(w.buf + sizeof w.buf - 4, "...", 4); /* a long path: the message cut */
    w.message = w.buf;
    if (warn && !warn->code)
        copy_error(warn, &w);
    pc_warn(o, NULL, &w);
}

/* A gzip file that stopped early, read all the same as every reader of
 * gzip does (precis_gunzip): corrupt or cut short (PRECIS_EPARSE,
 * PC_GZ_SHORT), what came out of it, a warning coded PRECIS_EIO (the rest
 * of the file was not read: the front ends make it an error after the
 * part read); PC_GZ_TRAILING, its members, the bytes after them ignored
 * (PRECIS_EPARSE: nothing lost).  Named with the byte and the member. */
static void gzip_stop(const precis_options *o, precis_error *warn, const char *path,
                      precis_status st, int cut, const pc_gz_stop *at, size_t out_len,
                      size_t in_len)
{
    char msg[160];
    pc_gunzip_say(msg, sizeof msg, st, cut, at, out_len, in_len);
    file_warning(o, warn, pc_gunzip_code(st, cut), path, msg, "");
}

/* A file that is not read: `code` PRECIS_EIO for a regular file of a
 * directory that cannot be read (permission, an I/O error: its text is
 * lost, which the front ends make an error after the rest is read),
 * PRECIS_EINVAL for an entry that is no document (a link to nothing, a
 * loop, a FIFO, a socket) and PRECIS_EPARSE for a file that is not text
 * (an image): skipped, as a directory holds such things. */
static void skip_file(const precis_options *o, precis_error *warn, precis_status code,
                      const char *path, const char *why)
{
    file_warning(o, warn, code, path, "skipped: ", why);
}

static precis_status add_file(precis_cluster *c, const char *path, const precis_options *o,
                              precis_error *err, precis_error *warn)
{
    pc_buf b;
    pc_buf_init(&b, c->alc);
    precis_options ro;
    pc_options_resolve(&ro, o);
    size_t limit = ro.max_document_bytes;
    precis_status st = read_file(path, limit, &b, err);
    pc_buf z;
    pc_buf_init(&z, c->alc);
    char stop[160] = ""; /* a gzip stream's stop, said after the text is judged */
    precis_status stop_code = PRECIS_OK;
    int capped = b.len > limit; /* cut by the limit, which says so itself */
    if (!st && pc_is_gzip(b.ptr, b.len)) {
        int cut;
        pc_gz_stop at;
        st = pc_gunzip_at(b.ptr, b.len, limit, &z, &cut, &at);
        if (st == PRECIS_ENOMEM)
            fail(err, st, 0, 0, "%s: %s", path, "out of memory");
        else if (st || cut == PC_GZ_SHORT || cut == PC_GZ_TRAILING) {
            pc_gunzip_say(stop, sizeof stop, st, cut, &at, z.len, b.len);
            stop_code = pc_gunzip_code(st, cut);
        }
        if (st == PRECIS_EPARSE)
            st = PRECIS_OK;
        capped = cut == PC_GZ_LIMIT;
        pc_buf_release(&b);
        b = z;
        pc_buf_init(&z, c->alc);
    }
    /* One JSON Lines cluster cut inside its line (a download or a gzip
     * stream that stopped early) is no document: read as one, its keys and
     * quotes came out as sentences (until session 44 for a DIR and for
     * several FILEs).  Refused as unread text (PRECIS_EIO: an error after
     * the rest is read), in the CLI's words for the one FILE, the gzip
     * stop in brackets when the stream was cut (it is why).  A text cut
     * at max_document_bytes is not: the limit's warning says what is kept. */
    int json_cut = !st && !capped && precis_looks_json_cut(b.ptr, b.len);
    if (stop[0] && !(json_cut && stop_code == PRECIS_EIO))
        file_warning(o, warn, stop_code, path, stop, "");
    char why[256];
    if (json_cut) {
        char at[32];
        int in = stop_code == PRECIS_EIO;
        snprintf(at, sizeof at, "%zu", b.len);
        st = fail(err, PRECIS_EIO, b.len, 1, "%s: line 1: JSON cut short at byte %s", path, at);
        if (err && in)
            snprintf(err->buf + strlen(err->buf), sizeof err->buf - strlen(err->buf), " (%s)",
                     stop);
    } else if (!st && precis_looks_binary(b.ptr, b.len, why, sizeof why)) {
        skip_file(o, warn, PRECIS_EPARSE, path, why);
    } else if (!st) {
        precis_doc_meta meta = {0};
        meta.name = path;
        precis_error w;
        st = add_text_or_html(c, b.ptr, b.len, pc_is_html_name(path), &meta, o, &w);
        if (st)
            fail(err, st, w.offset, w.line, "%s: %s", path,
                 w.code ? w.message : precis_strerror(st));
        else if (warn && w.code && !warn->code)
            copy_error(warn, &w);
    }
    pc_buf_release(&b);
    return st;
}

/* Sizes the vocabulary for the bytes of text about to be added, before the
 * first document (see pc_vocab_expect). */
static void expect_text(precis_cluster *c, const precis_options *o, size_t bytes)
{
    if (!c->ndocs) {
        precis_options ro;
        pc_options_resolve(&ro, o);
        pc_vocab_expect(&c->vocab, &c->arena, bytes, ro.max_cluster_memory);
    }
}

PRECIS_API precis_status precis_cluster_add_path(precis_cluster *c, const char *path,
                                                 const precis_options *o, precis_error *err,
                                                 precis_error *warn)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (warn)
        memset(warn, 0, sizeof *warn);
    if (!c || !path)
        return PRECIS_EINVAL;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path, strerror(errno));
    if (!S_ISDIR(sb.st_mode)) {
        /* A pipe or device named explicitly (e.g. <(cmd), /dev/stdin) is read
         * like a file, within the same size limit; sockets are refused. */
        if (!S_ISREG(sb.st_mode) && !S_ISFIFO(sb.st_mode) && !S_ISCHR(sb.st_mode))
            return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path, "not a regular file");
        return add_file(c, path, o, err, warn);
    }
    size_t docs_before = c->ndocs + c->ncopies; /* near copies were read too */
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
    if (!st && n > 1)
        qsort(names, n, sizeof *names, cmp_str);
    size_t total = 0;
    for (size_t i = 0; i < n && !st; i++) {
        struct stat fs;
        if (stat(names[i], &fs) == 0 && S_ISREG(fs.st_mode))
            total += (size_t)fs.st_size;
    }
    expect_text(c, o, total);
    for (size_t i = 0; i < n && !st; i++) {
        struct stat fs;
        if (stat(names[i], &fs) != 0) {
            skip_file(o, warn, PRECIS_EINVAL, names[i], strerror(errno)); /* dangling link, loop */
            continue;
        }
        if (S_ISDIR(fs.st_mode))
            continue; /* not recursive */
        if (!S_ISREG(fs.st_mode)) {
            skip_file(o, warn, PRECIS_EINVAL, names[i], "not a regular file");
            continue;
        }
        precis_error w, e2;
        memset(&w, 0, sizeof w);
        st = add_file(c, names[i], o, &e2, &w);
        if (st == PRECIS_EIO) {
            size_t pl = strlen(names[i]) + 2;
            skip_file(o, warn, PRECIS_EIO, names[i],
                      strlen(e2.message) > pl ? e2.message + pl : "unreadable");
            st = PRECIS_OK;
        } else if (st && err) {
            copy_error(err, &e2);
        }
        if (warn && w.code && !warn->code)
            copy_error(warn, &w);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (st == PRECIS_ENOMEM && err && !err->code)
        fail(err, st, 0, 0, "%s: %s", path, "out of memory");
    if (!st && c->ndocs + c->ncopies == docs_before)
        return fail(err, PRECIS_EIO, 0, 0, "%s: %s", path,
                    n ? "directory has no readable files (each was skipped, see the warnings)"
                      : "directory has no readable files (it is empty)");
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

/* The offset in line[0..len) of a separator "|||||" glued to the end of a
 * text line (a file without a final newline, then the separator), or 0.
 * Exactly five bars, after a character that is not a bar. */
static size_t glued_separator(const char *line, size_t len)
{
    size_t b = len;
    while (b > 0 && (line[b - 1] == ' ' || line[b - 1] == '\t' || line[b - 1] == '\r'))
        b--;
    if (b < 6 || memcmp(line + b - 5, "|||||", 5) != 0 || line[b - 6] == '|')
        return 0;
    return b - 5;
}

PRECIS_API precis_status precis_cluster_add_joined(precis_cluster *c, const char *text, size_t len,
                                                   const char *name, const precis_options *o,
                                                   precis_error *warn)
{
    if (warn)
        memset(warn, 0, sizeof *warn);
    if (!c || (!text && len))
        return PRECIS_EINVAL;
    if (pc_is_gzip(text, len)) {
        pc_buf z;
        pc_buf_init(&z, c->alc);
        int cut;
        precis_options ro;
        pc_options_resolve(&ro, o);
        pc_gz_stop at;
        precis_status st = pc_gunzip_at(text, len, ro.max_cluster_bytes, &z, &cut, &at);
        if (st == PRECIS_ENOMEM) {
            pc_buf_release(&z);
            return st;
        }
        /* the stop is the first warning; the call below clears `warn` (it
         * was lost there until session 43, though warn_fn was told) */
        precis_error gw;
        memset(&gw, 0, sizeof gw);
        if (st || cut == PC_GZ_SHORT || cut == PC_GZ_TRAILING)
            gzip_stop(o, &gw, name ? name : "input", st, cut, &at, z.len, len);
        st = precis_cluster_add_joined(c, z.ptr, z.len, name, o, warn);
        if (warn && gw.code && !st)
            copy_error(warn, &gw);
        pc_buf_release(&z);
        return st;
    }
    char why[256];
    if (precis_looks_binary(text, len, why, sizeof why)) {
        skip_file(o, warn, PRECIS_EPARSE, name ? name : "input", why);
        return PRECIS_OK;
    }
    size_t doc_start = 0, line = 0, ndoc = 0, lineno = 0;
    char label[64];
    expect_text(c, o, len);
    for (size_t i = 0; i <= len; i++) {
        const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
        i = nl ? (size_t)(nl - text) : len; /* the end of the line */
        lineno++;
        int sep = is_separator(text + line, i - line);
        size_t glued = sep ? 0 : glued_separator(text + line, i - line);
        if (glued) {
            precis_error g;
            memset(&g, 0, sizeof g);
            g.code = PRECIS_EPARSE;
            g.offset = line + glued;
            g.line = lineno;
            snprintf(g.buf, sizeof g.buf,
                     "line %zu: '|||||' at the end of a text line taken as a document separator "
                     "(the document before it has no final newline)",
                     lineno);
            g.message = g.buf;
            pc_warn(o, name ? name : "input", &g);
            if (warn && !warn->code)
                copy_error(warn, &g);
        }
        if (sep || glued || i == len) {
            size_t end = sep ? line : glued ? line + glued : len;
            precis_doc_meta meta = {0};
            ++ndoc;
            if (name && ndoc == 1 && !sep && !glued)
                snprintf(label, sizeof label, "%s", name); /* the one document */
            else if (name)
                snprintf(label, sizeof label, "%s, document %zu", name, ndoc);
            else
                snprintf(label, sizeof label, "document %zu", ndoc);
            meta.name = label;
            precis_error w;
            char why2[160];
            precis_status st = PRECIS_OK;
            /* each document is judged as a file is: a binary one among
             * them (an image pasted between two separators) is skipped */
            if (ndoc > 1 || sep || glued) {
                if (precis_looks_binary(text + doc_start, end - doc_start, why2, sizeof why2)) {
                    skip_file(o, warn, PRECIS_EPARSE, label, why2);
                    doc_start = i + 1;
                    line = i + 1;
                    continue;
                }
            }
            st = add_text_or_html(c, text + doc_start, end - doc_start, 0, &meta, o, &w);
            if (w.code && warn && (st || !warn->code)) {
                copy_error(warn, &w);
                /* offsets in the joined input */
                warn->offset += doc_start;
                snprintf(warn->buf, sizeof warn->buf, "%s: %s", label, w.message);
                warn->message = warn->buf;
            }
            if (st)
                return st;
            doc_start = i + 1;
        }
        line = i + 1;
    }
    return PRECIS_OK;
}

static const char *json_str(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

PRECIS_API precis_status precis_cluster_from_json(const char *line, size_t len,
                                                  const precis_options *o,
                                                  const precis_allocator *alc, precis_cluster **out,
                                                  char **id_out, precis_error *err)
{
    return pc_cluster_from_json(line, len, o, alc, out, id_out, err, NULL, NULL);
}

precis_status pc_cluster_from_json(const char *line, size_t len, const precis_options *o,
                                   const precis_allocator *alc, precis_cluster **out, char **id_out,
                                   precis_error *err, pc_doc_warn_fn on_warn, void *ctx)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!out || (!line && len))
        return PRECIS_EINVAL;
    *out = NULL;
    if (id_out)
        *id_out = NULL;
    json_error_t je;
    char numbuf[24];
    size_t max_line = o && o->max_line_bytes ? o->max_line_bytes : 0;
    if (!max_line) {
        precis_options defaults;
        precis_options_init(&defaults);
        max_line = defaults.max_line_bytes;
    }
    if (len > max_line) {
        char maxbuf[24];
        snprintf(numbuf, sizeof numbuf, "%zu", len);
        snprintf(maxbuf, sizeof maxbuf, "%zu", max_line);
        return fail(err, PRECIS_ELIMIT, max_line, 0,
                    "line of %s bytes refused: longer than %s bytes (max_line_bytes)", numbuf,
                    maxbuf);
    }
    /* jansson leaves the error unset (no text, no code) when it cannot
     * allocate its lexer: zeroed first, that reads as out of memory. */
    memset(&je, 0, sizeof je);
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!root) {
        if (json_error_code(&je) == json_error_out_of_memory || !je.text[0])
            return fail(err, PRECIS_ENOMEM, 0, 0, "%s%s", "out of memory", "");
        char where[48];
        if (json_error_code(&je) == json_error_premature_end_of_input && !memchr(line, '\0', len)) {
            /* a line cut inside its object (a download or a stream that
             * stopped): said as the readers of one document and the
             * server's POST /v1/articles say it.  jansson takes a raw NUL
             * byte for the end of the text: such a line is not cut. */
            snprintf(where, sizeof where, "%d", je.position);
            return fail(err, PRECIS_EPARSE, (size_t)je.position, 0, "JSON cut short at byte %s%s",
                        where, "");
        }
        snprintf(where, sizeof where, "byte %d (column %d)", je.position, je.column);
        return fail(err, PRECIS_EPARSE, (size_t)je.position, 0, "invalid JSON at %s: %.80s", where,
                    je.text);
    }
    precis_status st = PRECIS_OK;
    precis_cluster *c = NULL;
    json_t *docs = json_object_get(root, "documents");
    if (!json_is_object(root)) {
        st = fail(err, PRECIS_EPARSE, 0, 0, "%s%s", "a cluster must be a JSON object", "");
        goto done;
    }
    /* jansson keeps no position of a value: the errors below name the byte
     * where the value at fault begins */
    size_t docs_at = pc_json_member_at(line, len, "documents", 0);
    if (!json_is_array(docs)) {
        st = fail(err, PRECIS_EPARSE, docs_at, 0, "%s%s", "\"documents\" must be an array", "");
        goto done;
    }
    if (id_out) {
        json_t *id = json_object_get(root, "id");
        if (id) {
            /* Dumped into malloc memory, not json_dumps's: the caller frees
             * it with precis_free(), whatever jansson's allocator is. */
            size_t flags = JSON_ENCODE_ANY | JSON_COMPACT;
            size_t n = json_dumpb(id, NULL, 0, flags);
            *id_out = n ? malloc(n + 1) : NULL;
            if (!*id_out || json_dumpb(id, *id_out, n, flags) != n) {
                st = PRECIS_ENOMEM;
                goto done;
            }
            (*id_out)[n] = '\0';
        }
    }
    st = precis_cluster_new(&c, alc);
    if (st)
        goto done;
    expect_text(c, o, len); /* the line is about as long as its texts */
    size_t i, with_text = 0;
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
            st = fail(err, PRECIS_EPARSE, pc_json_element_at(line, len, docs_at, i), 0,
                      "documents[%s]: expected a string or an object with a string \"text\" or "
                      "\"html\"%s",
                      name, "");
            goto done;
        }
        for (size_t k = 0; k < tlen && !with_text; k++)
            with_text = !memchr(" \t\r\n\f\v", text[k], 6);
        precis_error w;
        if (!html && json_is_object(d) && json_is_string(json_object_get(d, "html"))) {
            /* a page given twice, as text and as HTML: say which is read */
            memset(&w, 0, sizeof w);
            w.code = PRECIS_EINVAL;
            w.message = "both \"text\" and \"html\": the \"text\" is read";
            pc_warn(o, name, &w);
            if (on_warn && (st = on_warn(ctx, i, &w)) != PRECIS_OK)
                goto done;
        }
        st = add_text_or_html(c, text, tlen, html, &meta, o, &w);
        if (st) {
            snprintf(name, sizeof name, "%zu", i);
            fail(err, st, 0, 0, "documents[%s]: %s", name,
                 w.code ? w.message : precis_strerror(st));
            goto done;
        }
        if (w.code && on_warn && (st = on_warn(ctx, i, &w)) != PRECIS_OK)
            goto done;
    }
    /* nothing to summarize: the line is as wrong as one without
     * "documents" (a cluster whose text the cleaner drops whole, page
     * furniture alone, is not: it has an empty summary and a warning) */
    if (!with_text)
        st = fail(err, PRECIS_EEMPTY, 0, 0, "%s%s",
                  json_array_size(docs) ? "no document has any text" : "no documents", "");
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
