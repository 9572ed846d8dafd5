/* precis_stream_add_json: one JSON Lines article of a feed. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stories/jsonline.h"
#include "stories/stories.h"
#include "util/alloc.h"
#include "util/json_pos.h"

static precis_status fail(precis_error *err, precis_status code, size_t off, const char *fmt,
                          const char *a)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = code;
        err->offset = off;
        snprintf(err->buf, sizeof err->buf, fmt, a);
        err->message = err->buf;
    }
    return code;
}

/* The byte of member `key`'s value in the line, for an error that names
 * the field. */
static size_t at(const char *line, size_t len, const char *key)
{
    return pc_json_member_at(line, len, key, 0);
}

/* precis_stream_add() for a line: its warning reaches `err` with the code
 * PRECIS_OK, as `err` is the line's error and the line was taken. */
static precis_status add_line(precis_stream *s, const precis_article *a, precis_assignment *out,
                              precis_error *err)
{
    precis_status st = precis_stream_add(s, a, out, err);
    if (st == PRECIS_OK && err)
        err->code = PRECIS_OK;
    return st;
}

/* The string field `name` of o into *out (NULL when absent or null);
 * -1 when it has another type. */
static int str_field(json_t *o, const char *name, const char **out, size_t *len)
{
    json_t *v = json_object_get(o, name);
    *out = NULL;
    if (len)
        *len = 0;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return -1;
    *out = json_string_value(v);
    if (len)
        *len = json_string_length(v);
    return 0;
}

/* The id as JSON text into *out, malloc'd (not jansson's: the caller frees
 * it with precis_free()).  Returns 0 or -1 when out of memory. */
static int dump_id(const json_t *id, char **out)
{
    size_t flags = JSON_ENCODE_ANY | JSON_COMPACT;
    size_t n = json_dumpb(id, NULL, 0, flags);
    *out = n ? malloc(n + 1) : NULL;
    if (!*out || json_dumpb(id, *out, n, flags) != n) {
        free(*out);
        *out = NULL;
        return -1;
    }
    (*out)[n] = '\0';
    return 0;
}

/* The id of a line read by st_json_read as JSON text, as dump_id writes
 * it: a string without escapes is itself in quotes, anything else goes
 * through jansson.  Returns 0 or -1. */
static int fast_id(const st_jfield *f, char **out)
{
    if (f->type == ST_JNULL || f->type == ST_JINT) {
        const char *v = f->type == ST_JNULL ? "null" : f->s;
        size_t n = strlen(v);
        if (!(*out = malloc(n + 1)))
            return -1;
        memcpy(*out, v, n + 1);
        return 0;
    }
    if (!f->plain) {
        json_t *j = json_stringn_nocheck(f->s, f->len);
        int rc = j ? dump_id(j, out) : -1;
        json_decref(j);
        return rc;
    }
    if (!(*out = malloc(f->len + 3)))
        return -1;
    (*out)[0] = '"';
    memcpy(*out + 1, f->s, f->len);
    (*out)[f->len + 1] = '"';
    (*out)[f->len + 2] = '\0';
    return 0;
}

/* precis_stream_add_json for a line st_json_read understood: the same
 * checks, in the same order, as on jansson's tree below (st_json_read
 * already refused the wrong types). */
static precis_status add_fast(precis_stream *s, const st_jline *j, precis_assignment *out,
                              char **id_out, precis_error *err)
{
    precis_article a;
    memset(&a, 0, sizeof a);
    if (j->id.type == ST_JSTRING || j->id.type == ST_JINT)
        a.id = j->id.s;
    if (j->text.type == ST_JSTRING) {
        a.text = j->text.s;
        a.len = j->text.len;
    } else if (j->html.type == ST_JSTRING) {
        a.text = j->html.s;
        a.len = j->html.len;
        a.html = 1;
    }
    if (!a.text)
        return fail(err, PRECIS_EPARSE, 0, "%s", "the article has neither \"text\" nor \"html\"");
    a.date = j->date.type == ST_JSTRING ? j->date.s : NULL;
    a.title = j->title.type == ST_JSTRING ? j->title.s : NULL;
    a.source = j->source.type == ST_JSTRING ? j->source.s : NULL;
    a.url = j->url.type == ST_JSTRING ? j->url.s : NULL;
    if (id_out && j->id.type != ST_JABSENT && fast_id(&j->id, id_out))
        return PRECIS_ENOMEM;
    return add_line(s, &a, out, err);
}

precis_status precis_stream_add_json(precis_stream *s, const char *line, size_t len,
                                     precis_assignment *out, char **id_out, precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (id_out)
        *id_out = NULL;
    if (!s || (!line && len))
        return PRECIS_EINVAL;
    size_t max_line = s->o.max_article_bytes * 2 + 65536;
    if (len > max_line) {
        /* the bound in bytes: max_article_bytes is no name a user of the
         * command line or the server knows */
        char n[96];
        snprintf(n, sizeof n, "%zu bytes refused: longer than %zu", len, max_line);
        return fail(err, PRECIS_ELIMIT, max_line,
                    "line of %s bytes (twice the article limit plus 64 KB)", n);
    }
    /* the common shape by hand (jsonline.c says why), the rest by jansson */
    size_t cap = len + 32;
    char *buf = pc_malloc(s->alc, cap);
    if (!buf)
        return fail(err, PRECIS_ENOMEM, 0, "%s", "out of memory");
    st_jline jl;
    if (st_json_read(line, len, buf, &jl)) {
        precis_status fst = add_fast(s, &jl, out, id_out, err);
        pc_free(s->alc, buf, cap);
        return fst;
    }
    pc_free(s->alc, buf, cap);
    json_error_t je;
    memset(&je, 0, sizeof je);
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!root) {
        if (json_error_code(&je) == json_error_out_of_memory || !je.text[0])
            return fail(err, PRECIS_ENOMEM, 0, "%s", "out of memory");
        char msg[160];
        snprintf(msg, sizeof msg, "invalid JSON at byte %d: %.100s", je.position, je.text);
        return fail(err, PRECIS_EPARSE, (size_t)je.position, "%s", msg);
    }
    precis_status st = PRECIS_OK;
    precis_article a;
    memset(&a, 0, sizeof a);
    char idbuf[32], datebuf[40];
    if (!json_is_object(root)) {
        st = fail(err, PRECIS_EPARSE, 0, "%s", "an article must be a JSON object");
        goto done;
    }
    json_t *id = json_object_get(root, "id");
    if (json_is_string(id)) {
        a.id = json_string_value(id);
    } else if (json_is_integer(id)) {
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(id));
        a.id = idbuf;
    } else if (id && !json_is_null(id)) {
        st = fail(err, PRECIS_EPARSE, at(line, len, "id"), "%s",
                  "\"id\" must be a string or an integer");
        goto done;
    }
    if (str_field(root, "text", &a.text, &a.len)) {
        st = fail(err, PRECIS_EPARSE, at(line, len, "text"), "%s", "\"text\" must be a string");
        goto done;
    }
    if (!a.text) {
        if (str_field(root, "html", &a.text, &a.len)) {
            st = fail(err, PRECIS_EPARSE, at(line, len, "html"), "%s", "\"html\" must be a string");
            goto done;
        }
        a.html = a.text != NULL;
    }
    if (!a.text) {
        st = fail(err, PRECIS_EPARSE, 0, "%s", "the article has neither \"text\" nor \"html\"");
        goto done;
    }
    json_t *date = json_object_get(root, "date");
    if (json_is_integer(date)) { /* read as the same digits in a string would be */
        snprintf(datebuf, sizeof datebuf, "%" JSON_INTEGER_FORMAT, json_integer_value(date));
        a.date = datebuf;            /* YYYYMMDD, seconds or milliseconds since 1970 */
    } else if (json_is_real(date)) { /* seconds since 1970 and a fraction */
        double t = json_real_value(date);
        snprintf(datebuf, sizeof datebuf, "%.0f", t > -1e12 && t < 1e12 ? floor(t) : -1.0);
        a.date = datebuf;
    } else if (str_field(root, "date", &a.date, NULL)) {
        st = fail(err, PRECIS_EPARSE, at(line, len, "date"), "%s",
                  "\"date\" must be a string or a number");
        goto done;
    }
    static const char *const names[] = {"title", "source", "url"};
    const char **fields[] = {&a.title, &a.source, &a.url};
    for (size_t k = 0; k < 3; k++)
        if (str_field(root, names[k], fields[k], NULL)) {
            char msg[64];
            snprintf(msg, sizeof msg, "\"%s\" must be a string", names[k]);
            st = fail(err, PRECIS_EPARSE, at(line, len, names[k]), "%s", msg);
            goto done;
        }
    if (id_out && id && dump_id(id, id_out)) {
        st = PRECIS_ENOMEM;
        goto done;
    }
    st = add_line(s, &a, out, err);
done:
    json_decref(root);
    return st;
}
