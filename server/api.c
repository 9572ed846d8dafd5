/* The JSON API, version 1 (docs/api.md).  Every request is checked in full
 * before anything is changed: a bad line in a batch of articles rejects the
 * whole batch, and the answer names the line, the byte and the field. */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "http.h"

#define MAX_WORDS 100000

void json_answer(answer *out, unsigned status, json_t *v)
{
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(v);
    if (!s) {
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    size_t n = strlen(s);
    char *b = realloc(s, n + 2);
    if (!b) {
        free(s);
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    b[n] = '\n';
    b[n + 1] = 0;
    answer_take(out, status, "application/json", b, n + 1);
}

/* Parse errors of jansson as an answer: invalid UTF-8 is told apart, and a
 * NUL is named as such (jansson names its own flag for an escaped one, and
 * takes a raw one outside a string for the end of the text: "end of file
 * expected near end of file").  `text` is what was parsed, `len` bytes. */
static void parse_error(answer *out, const json_error_t *e, size_t line_no, const char *text,
                        size_t len)
{
    const char *code =
        strstr(e->text, "decode") || strstr(e->text, "UTF-8") ? "invalid_utf8" : "invalid_json";
    const char *what = e->text;
    if (strstr(e->text, "JSON_ALLOW_NUL"))
        what = "a string holds \\u0000 (NUL), which is not allowed";
    else if (e->position > 0 && (size_t)e->position <= len && text[e->position - 1] == 0)
        what = "a NUL byte, which JSON allows nowhere";
    /* jansson's "premature end" at a raw NUL is the NUL's (above) */
    int cut = json_error_code(e) == json_error_premature_end_of_input && what == e->text;
    if (cut && line_no)
        /* a line cut inside its object, in the CLI's words (`precis batch`,
         * `summarize FILE`); a request is stored whole or not at all */
        answer_error(out, 400, code, "line %zu: JSON cut short at byte %d; nothing was stored",
                     line_no, e->position);
    else if (cut)
        answer_error(out, 400, code, "JSON cut short at byte %d (line %d, column %d)", e->position,
                     e->line, e->column);
    else if (line_no)
        answer_error(out, 400, code, "line %zu, byte %d: %s", line_no, e->position, what);
    else
        answer_error(out, 400, code, "byte %d (line %d, column %d): %s", e->position, e->line,
                     e->column, what);
}

static int known_method(const char *m)
{
    for (size_t i = 0; i < precis_method_count(); i++)
        if (strcmp(precis_method_name(i), m) == 0)
            return 1;
    return 0;
}

/* Reads the options of a summarize/digest request into o. */
static int read_options(json_t *root, precis_options *o, answer *out)
{
    static const char *units[] = {"words", "bytes", "sentences"};
    int seen = 0;
    for (int u = 0; u < 3; u++) {
        json_t *v = json_object_get(root, units[u]);
        if (!v)
            continue;
        if (!json_is_integer(v) || json_integer_value(v) < 1 ||
            json_integer_value(v) > MAX_WORDS * 10) {
            answer_error(out, 400, "invalid_field", "\"%s\" must be an integer from 1 to %d",
                         units[u], MAX_WORDS * 10);
            return -1;
        }
        if (seen++) {
            answer_error(out, 400, "invalid_field",
                         "give one of \"words\", \"bytes\", \"sentences\"");
            return -1;
        }
        o->unit = u == 0 ? PRECIS_UNIT_WORDS : u == 1 ? PRECIS_UNIT_BYTES : PRECIS_UNIT_SENTENCES;
        o->budget = (size_t)json_integer_value(v);
    }
    json_t *m = json_object_get(root, "method");
    if (m) {
        if (!json_is_string(m) || !known_method(json_string_value(m))) {
            answer_error(out, 400, "invalid_field",
                         "\"method\" must be a method name (precis --list-methods)");
            return -1;
        }
        o->method = json_string_value(m);
    }
    json_t *ord = json_object_get(root, "order");
    if (ord) {
        const char *s = json_is_string(ord) ? json_string_value(ord) : "";
        if (strcmp(s, "reading") == 0) /* the default, named as --order and Python name it */
            o->order = PRECIS_ORDER_READING;
        else if (strcmp(s, "source") == 0)
            o->order = PRECIS_ORDER_SOURCE;
        else if (strcmp(s, "time") == 0)
            o->order = PRECIS_ORDER_TIME;
        else if (strcmp(s, "score") == 0)
            o->order = PRECIS_ORDER_SCORE;
        else {
            answer_error(out, 400, "invalid_field",
                         "\"order\" must be reading, source, time or score");
            return -1;
        }
    }
    json_t *docs = json_object_get(root, "documents");
    if (!json_is_array(docs) || json_array_size(docs) == 0) {
        answer_error(out, 400, docs ? "invalid_field" : "missing_field",
                     "\"documents\" must be a non-empty array of strings or objects");
        return -1;
    }
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d)
    {
        if (json_is_string(d))
            continue;
        json_t *t = json_is_object(d) ? json_object_get(d, "text") : NULL;
        json_t *h = json_is_object(d) ? json_object_get(d, "html") : NULL;
        if (!json_is_object(d) || (!json_is_string(t) && !json_is_string(h))) {
            answer_error(out, 400, "invalid_field",
                         "documents[%zu] must be a string or an object with \"text\" or \"html\"",
                         i);
            return -1;
        }
    }
    return 0;
}

static const char *str_field(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The cluster of a request's documents (checked by read_options), built
 * from the parsed JSON as precis_cluster_from_json would build it from the
 * line, without parsing the body a second time. */
static precis_status cluster_of(json_t *docs, const precis_options *o, precis_cluster **out,
                                answer *ans)
{
    precis_status st = precis_cluster_new(out, NULL);
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d)
    {
        if (st != PRECIS_OK)
            break;
        char name[32]; /* as precis -f json and Python name a JSON line's documents */
        snprintf(name, sizeof name, "document %zu", i + 1);
        precis_doc_meta meta = {name, NULL, NULL, NULL, NULL};
        json_t *t = d;
        int html = 0;
        if (json_is_object(d)) {
            meta.source = str_field(d, "source");
            meta.title = str_field(d, "title");
            meta.date = str_field(d, "date");
            meta.url = str_field(d, "url");
            t = json_object_get(d, "text");
            if (!json_is_string(t)) {
                t = json_object_get(d, "html");
                html = 1;
            }
        }
        const char *text = json_string_value(t);
        size_t len = json_string_length(t);
        if (!html && precis_looks_like_html(text, len))
            html = 1;
        st = html ? precis_cluster_add_html(*out, text, len, &meta, o, NULL)
                  : precis_cluster_add_document(*out, text, len, &meta, o, NULL);
    }
    if (st != PRECIS_OK) {
        answer_error(ans,
                     st == PRECIS_ENOMEM   ? 500
                     : st == PRECIS_ELIMIT ? 413
                                           : 400,
                     st == PRECIS_ELIMIT ? "too_large" : "invalid_cluster", "documents[%zu]: %s", i,
                     precis_strerror(st));
        precis_cluster_free(*out);
        *out = NULL;
    } else if (precis_cluster_sentence_count(*out) == 0) {
        /* as the page /new and `precis` answer it: nothing to summarize */
        answer_error(ans, 422, "empty_text",
                     "no sentences in the documents (empty, white space or page furniture only)");
        precis_cluster_free(*out);
        *out = NULL;
        st = PRECIS_EEMPTY;
    }
    return st;
}

void api_summarize(server *sv, const request_in *in, answer *out, int digest)
{
    (void)sv;
    json_error_t e;
    json_t *root = json_loadb(in->body, in->body_len, JSON_REJECT_DUPLICATES, &e);
    if (!root) {
        parse_error(out, &e, 0, in->body, in->body_len);
        return;
    }
    if (!json_is_object(root)) {
        json_decref(root);
        answer_error(out, 400, "invalid_json", "the body must be one JSON object");
        return;
    }
    precis_options o;
    precis_options_init(&o);
    if (read_options(root, &o, out) != 0) {
        json_decref(root);
        return;
    }
    precis_cluster *cl = NULL;
    precis_status st = cluster_of(json_object_get(root, "documents"), &o, &cl, out);
    if (st != PRECIS_OK) {
        json_decref(root);
        return;
    }
    precis_summary *sum = NULL;
    precis_digest *dg = NULL;
    char *text = NULL;
    size_t len = 0;
    st = precis_summarize(cl, &o, &sum);
    if (st == PRECIS_OK && digest)
        st = precis_digest_new(cl, &o, &dg);
    if (st == PRECIS_OK)
        st = digest ? precis_digest_render(dg, sum, PRECIS_FORMAT_JSON, &text, &len)
                    : precis_summary_render(sum, PRECIS_FORMAT_JSON, &text, &len);
    if (st == PRECIS_OK) {
        char *b = malloc(len + 1);
        if (b) {
            memcpy(b, text, len + 1);
            answer_take(out, 200, "application/json", b, len);
        } else
            answer_error(out, 500, "internal", "out of memory");
    } else
        answer_error(out,
                     st == PRECIS_EMETHOD  ? 400
                     : st == PRECIS_ELIMIT ? 413
                                           : 500,
                     st == PRECIS_ELIMIT ? "too_large" : "summarize_failed", "%s",
                     precis_strerror(st));
    precis_free(text);
    precis_digest_free(dg);
    precis_summary_free(sum);
    precis_cluster_free(cl);
    json_decref(root);
}

static void set_str(json_t *o, const char *k, const char *v)
{
    if (v && *v)
        json_object_set_new(o, k, json_string(v));
}

static int is_json(const char *ct)
{
    return ct && strstr(ct, "json") != NULL;
}

void api_extract(server *sv, const request_in *in, answer *out)
{
    (void)sv;
    const char *html = in->body;
    size_t len = in->body_len;
    const char *url = NULL;
    json_t *root = NULL;
    if (is_json(in->content_type)) {
        json_error_t e;
        root = json_loadb(in->body, in->body_len, JSON_REJECT_DUPLICATES, &e);
        if (!root) {
            parse_error(out, &e, 0, in->body, in->body_len);
            return;
        }
        json_t *h = json_object_get(root, "html");
        json_t *u = json_object_get(root, "url");
        if (!json_is_string(h) || (u && !json_is_string(u))) {
            json_decref(root);
            answer_error(out, 400, h ? "invalid_field" : "missing_field",
                         "the body must be an HTML page, or {\"html\": string, \"url\": string}");
            return;
        }
        html = json_string_value(h);
        len = json_string_length(h);
        url = u ? json_string_value(u) : NULL;
    }
    precis_extracted *x = NULL;
    precis_status st = precis_html_extract(html, len, NULL, &x, NULL);
    if (st != PRECIS_OK) {
        json_decref(root);
        answer_error(out,
                     st == PRECIS_ENOMEM   ? 500
                     : st == PRECIS_ELIMIT ? 413
                                           : 422,
                     "extract_failed", "%s", precis_strerror(st));
        return;
    }
    size_t tlen = 0;
    const char *text = precis_extracted_text(x, &tlen);
    if (tlen == 0) {
        precis_extracted_free(x);
        json_decref(root);
        answer_error(out, 422, "no_article", "no article found in the page");
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "text", json_stringn(text, tlen));
    set_str(o, "title", precis_extracted_title(x));
    set_str(o, "byline", precis_extracted_byline(x));
    set_str(o, "date", precis_extracted_date(x));
    set_str(o, "site", precis_extracted_site(x));
    set_str(o, "url", precis_extracted_url(x) ? precis_extracted_url(x) : url);
    precis_extracted_free(x);
    json_decref(root);
    json_answer(out, 200, o);
}

/* ---- articles --------------------------------------------------------------- */

static char *dup_field(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? strdup(json_string_value(v)) : NULL;
}

static void free_items(ingest_item *it, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(it[i].id);
        free(it[i].text);
        free(it[i].title);
        free(it[i].source);
        free(it[i].date);
        free(it[i].url);
    }
    free(it);
}

/* An id for an article sent without one: time and a counter, unique within
 * this server (and across restarts, by the time). */
static char *make_id(void)
{
    static _Atomic unsigned long long counter;
    char buf[48];
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    snprintf(buf, sizeof buf, "a-%llx-%llx",
             (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec,
             ++counter);
    return strdup(buf);
}

/* An article's "date" as text in *out (NULL when absent or null), read as
 * `precis cluster` reads it (precis_stream_add_json): a string as it is,
 * an integer as the same digits in a string would be (YYYYMMDD, seconds or
 * milliseconds since 1970), a real as whole seconds since 1970 (buf holds
 * the digits).  Returns -1 for any other type. */
static int date_field(json_t *v, char buf[40], const char **out)
{
    *out = NULL;
    if (json_is_integer(v)) {
        snprintf(buf, 40, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        *out = buf;
    } else if (json_is_real(v)) {
        double t = json_real_value(v);
        snprintf(buf, 40, "%.0f", t > -1e12 && t < 1e12 ? floor(t) : -1.0);
        *out = buf;
    } else if (json_is_string(v))
        *out = json_string_value(v);
    else if (v && !json_is_null(v))
        return -1;
    return 0;
}

/* Reads one article object into `it`.  Returns 0, or -1 with `out` set. */
static int read_article(json_t *o, size_t line_no, ingest_item *it, answer *out)
{
    static const char *fields[] = {"title", "source", "url"};
    if (!json_is_object(o)) {
        answer_error(out, 400, "invalid_json", "line %zu: an article is a JSON object", line_no);
        return -1;
    }
    json_t *id = json_object_get(o, "id");
    json_t *text = json_object_get(o, "text");
    json_t *html = json_object_get(o, "html");
    if (id && !json_is_string(id) && !json_is_integer(id)) {
        answer_error(out, 400, "invalid_field", "line %zu: \"id\" must be a string or an integer",
                     line_no);
        return -1;
    }
    if (json_is_string(id) && json_string_length(id) == 0) {
        /* "" would make every article without a real id one article (the
         * rest answered as duplicates, never stored).  A NUL in an id is
         * refused by the JSON reader already. */
        answer_error(out, 400, "invalid_field",
                     "line %zu: \"id\" must not be empty; leave it out and the server makes one",
                     line_no);
        return -1;
    }
    for (size_t f = 0; f < 3; f++) {
        json_t *v = json_object_get(o, fields[f]);
        if (v && !json_is_string(v) && !json_is_null(v)) {
            answer_error(out, 400, "invalid_field", "line %zu: \"%s\" must be a string", line_no,
                         fields[f]);
            return -1;
        }
    }
    json_t *url = json_object_get(o, "url");
    if (json_is_string(url) && json_string_length(url) > 0 &&
        strncasecmp(json_string_value(url), "http://", 7) != 0 &&
        strncasecmp(json_string_value(url), "https://", 8) != 0) {
        /* Pages link the URL: only web addresses, never javascript: or data:. */
        answer_error(out, 400, "invalid_field", "line %zu: \"url\" must be an http or https URL",
                     line_no);
        return -1;
    }
    if ((text && !json_is_string(text)) || (html && !json_is_string(html))) {
        answer_error(out, 400, "invalid_field", "line %zu: \"%s\" must be a string", line_no,
                     text && !json_is_string(text) ? "text" : "html");
        return -1;
    }
    if (!text && !html) {
        answer_error(out, 400, "missing_field", "line %zu: an article needs \"text\" or \"html\"",
                     line_no);
        return -1;
    }
    char datebuf[40];
    const char *date;
    if (date_field(json_object_get(o, "date"), datebuf, &date) != 0) {
        answer_error(out, 400, "invalid_field", "line %zu: \"date\" must be a string or a number",
                     line_no);
        return -1;
    }
    if (date && *date && precis_parse_date(date, strlen(date), NULL) != 0) {
        answer_error(out, 400, "invalid_field",
                     "line %zu: \"date\" is not understood (ISO 8601, RFC 2822, YYYYMMDD or "
                     "seconds since 1970, years 1000 to 2999)",
                     line_no);
        return -1;
    }
    it->title = dup_field(o, "title");
    it->source = dup_field(o, "source");
    it->date = date ? strdup(date) : NULL;
    it->url = dup_field(o, "url");
    if (json_is_integer(id)) {
        char b[32];
        snprintf(b, sizeof b, "%lld", (long long)json_integer_value(id));
        it->id = strdup(b);
    } else
        it->id = id ? strdup(json_string_value(id)) : make_id();
    if (text) {
        it->text_len = json_string_length(text);
        it->text = malloc(it->text_len + 1);
        if (it->text)
            memcpy(it->text, json_string_value(text), it->text_len + 1);
    } else {
        precis_extracted *x = NULL;
        precis_status st =
            precis_html_extract(json_string_value(html), json_string_length(html), NULL, &x, NULL);
        if (st != PRECIS_OK) {
            answer_error(out, st == PRECIS_ENOMEM ? 500 : 422, "extract_failed", "line %zu: %s",
                         line_no, precis_strerror(st));
            return -1;
        }
        const char *t = precis_extracted_text(x, &it->text_len);
        it->text = malloc(it->text_len + 1);
        if (it->text) {
            memcpy(it->text, t, it->text_len);
            it->text[it->text_len] = 0;
        }
#define FILL(f, g)                                                                                 \
    if (!it->f && g(x))                                                                            \
    it->f = strdup(g(x))
        FILL(title, precis_extracted_title);
        FILL(date, precis_extracted_date);
        FILL(source, precis_extracted_site);
        FILL(url, precis_extracted_url);
#undef FILL
        precis_extracted_free(x);
    }
    if (!it->id || !it->text) {
        answer_error(out, 500, "internal", "out of memory");
        return -1;
    }
    size_t words = 0;
    for (size_t i = 0; i < it->text_len; i++)
        if ((unsigned char)it->text[i] > ' ' && (i == 0 || (unsigned char)it->text[i - 1] <= ' '))
            words++;
    if (words == 0) {
        answer_error(out, 422, html ? "no_article" : "empty_text",
                     "line %zu: article %s has no text%s", line_no, it->id,
                     html ? " (no article found in the page)" : "");
        return -1;
    }
    return 0;
}

void api_articles(server *sv, const request_in *in, answer *out)
{
    ingest_item *items = NULL;
    size_t n = 0, cap = 0;
    /* One JSON object, or JSON Lines of them. */
    const char *p = in->body, *end = in->body + in->body_len;
    size_t line_no = 0;
    json_error_t e, ew;
    json_t *whole = json_loadb(p, in->body_len, JSON_REJECT_DUPLICATES, &ew);
    int single = whole != NULL;
    /* what ends a line, as `precis batch` decides it (src/cli/lines.c): a
     * CR alone when the body's first line end is one (JSON has no raw CR
     * inside a string), else a line feed */
    char eol = '\n';
    if (!single && in->body_len) {
        const char *lf = memchr(p, '\n', in->body_len);
        const char *cr = memchr(p, '\r', (size_t)((lf ? lf : end) - p));
        if (cr && cr + 1 < end && cr[1] != '\n')
            eol = '\r';
    }
    while (p < end || single) {
        json_t *o;
        const char *nl = single ? end : memchr(p, eol, (size_t)(end - p));
        if (!nl)
            nl = end;
        line_no++;
        if (single)
            o = whole;
        else {
            const char *q = p;
            while (q < nl && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
                q++;
            if (q == nl) { /* blank line */
                p = nl + 1;
                continue;
            }
            o = json_loadb(p, (size_t)(nl - p), JSON_REJECT_DUPLICATES, &e);
            const char *after = nl;
            while (after < end &&
                   (*after == ' ' || *after == '\t' || *after == '\r' || *after == '\n'))
                after++;
            if (!o && n == 0 && json_error_code(&e) == json_error_premature_end_of_input &&
                after < end && *after != '{') {
                /* one object over several lines (pretty-printed) that is
                 * not whole JSON: its first line, followed by a line that
                 * opens no object, is no cut line; the body's own error
                 * says where it goes wrong */
                parse_error(out, &ew, 0, in->body, in->body_len);
                free_items(items, n);
                return;
            }
            if (!o) {
                parse_error(out, &e, line_no, p, (size_t)(nl - p));
                free_items(items, n);
                return;
            }
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            ingest_item *b = realloc(items, cap * sizeof *b);
            if (!b) {
                json_decref(o);
                free_items(items, n);
                answer_error(out, 500, "internal", "out of memory");
                return;
            }
            items = b;
        }
        memset(&items[n], 0, sizeof items[n]);
        int rc = read_article(o, line_no, &items[n], out);
        n++;
        json_decref(o);
        if (rc != 0) {
            free_items(items, n);
            return;
        }
        if (single)
            break;
        p = nl + 1;
    }
    if (n == 0) {
        answer_error(out, 400, "missing_field", "no article in the body");
        free(items);
        return;
    }
    /* The same id twice in one request: the second is a copy of the first. */
    char err[256];
    if (ingest_items(sv, items, n, err, sizeof err) != 0) {
        free_items(items, n);
        answer_error(out, 503, "store_failed", "%s (nothing was stored; retry)", err);
        return;
    }
    json_t *arr = json_array();
    size_t fresh = 0;
    for (size_t i = 0; i < n; i++) {
        json_t *a = json_object();
        json_object_set_new(a, "id", json_string(items[i].id));
        /* in no story: null, as `precis cluster -a` writes it, and why */
        json_object_set_new(a, "story",
                            items[i].story ? json_integer(items[i].story) : json_null());
        if (!items[i].story)
            json_object_set_new(a, "warning",
                                json_string("stored in no story: no words to cluster by, or "
                                            "mostly a page's template text"));
        if (items[i].merged)
            json_object_set_new(a, "merged", json_integer(items[i].merged));
        if (items[i].duplicate)
            json_object_set_new(a, "duplicate", json_true());
        else
            fresh++;
        json_array_append_new(arr, a);
    }
    free_items(items, n);
    json_t *o = json_object();
    json_object_set_new(o, "stored", json_integer((json_int_t)fresh));
    json_object_set_new(o, "articles", arr);
    json_answer(out, fresh ? 201 : 200, o);
}

/* ---- stories ---------------------------------------------------------------- */

void iso_time(double t, char *buf, size_t n)
{
    time_t s = (time_t)t;
    struct tm tm;
    gmtime_r(&s, &tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static json_t *story_json(const store_story *st)
{
    char upd[32];
    iso_time(st->updated, upd, sizeof upd);
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(st->id));
    set_str(o, "headline", st->headline);
    json_object_set_new(o, "articles", json_integer(st->articles));
    json_object_set_new(o, "outlets", json_integer(st->outlets));
    set_str(o, "first", st->first_date);
    set_str(o, "last", st->last_date);
    json_object_set_new(o, "updated", json_string(upd));
    return o;
}

static void add_story(void *ctx, const store_story *st)
{
    json_array_append_new(ctx, story_json(st));
}

/* The first second of the year 3000: dates are read up to 2999
 * (precis_parse_date), and a `since` past it is a mistake (milliseconds,
 * or a number that overflowed), not a wish for no stories. */
#define SINCE_MAX 32503680000.0

/* since: seconds since 1970 (digits, a fraction allowed, up to SINCE_MAX),
 * or an ISO 8601 date or time (UTC). */
int parse_since(const char *s, double *out)
{
    *out = 0;
    if (!s || !*s)
        return 0;
    const char *end = s + strspn(s, "0123456789");
    if (end > s && *end == '.' && end[1] >= '0' && end[1] <= '9')
        end += 1 + strspn(end + 1, "0123456789");
    if (end > s && *end == 0) {
        /* strtod alone took "1e400", "inf" and "nan" too, and read
         * 999999999999999999999 as a time past any story's */
        double v = strtod(s, NULL);
        if (v > SINCE_MAX)
            return -1;
        *out = v;
        return 0;
    }
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *r = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
    if (!r)
        r = strptime(s, "%Y-%m-%d", &tm);
    if (!r || (*r && strcmp(r, "Z") != 0))
        return -1;
    *out = (double)timegm(&tm);
    return 0;
}

int parse_list_query(const request_in *in, double *since, long long *limit, long long *offset,
                     int *largest, answer *out)
{
    if (parse_since(in->query_since, since) != 0) {
        answer_error(
            out, 400, "invalid_query",
            "since must be seconds since 1970 (up to %.0f, the year 3000) or an ISO 8601 date"
            " (YYYY-MM-DD[THH:MM:SSZ])",
            SINCE_MAX);
        return -1;
    }
    *limit = 50;
    if (in->query_limit) {
        char *end;
        long long v = strtoll(in->query_limit, &end, 10);
        if (*end || v < 1 || v > 1000) {
            answer_error(out, 400, "invalid_query", "limit must be an integer from 1 to 1000");
            return -1;
        }
        *limit = v;
    }
    *offset = 0;
    if (in->query_offset) {
        char *end;
        errno = 0;
        long long v = strtoll(in->query_offset, &end, 10);
        if (*end || end == in->query_offset || v < 0 || v > LLONG_MAX / 2 || errno == ERANGE) {
            answer_error(out, 400, "invalid_query",
                         "offset must be a number of stories to skip, from 0");
            return -1;
        }
        *offset = v;
    }
    *largest = 0;
    if (in->query_order) {
        if (strcmp(in->query_order, "largest") == 0)
            *largest = 1;
        else if (strcmp(in->query_order, "newest") != 0) {
            answer_error(out, 400, "invalid_query", "order must be newest or largest");
            return -1;
        }
    }
    return 0;
}

void api_stories(server *sv, const request_in *in, answer *out)
{
    double since;
    long long limit, offset;
    int largest;
    if (parse_list_query(in, &since, &limit, &offset, &largest, out) != 0)
        return;
    json_t *arr = json_array();
    if (store_stories(sv->db, since, largest, limit, offset, 0, add_story, arr) != 0) {
        json_decref(arr);
        answer_error(out, 500, "store_failed", "%s", store_error(sv->db));
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "stories", arr);
    json_answer(out, 200, o);
}

static void one_story(void *ctx, const store_story *st)
{
    *(json_t **)ctx = story_json(st);
}

static int add_article(void *ctx, int64_t seq, const store_article *a)
{
    (void)seq;
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(a->id));
    set_str(o, "title", a->title);
    set_str(o, "source", a->source);
    set_str(o, "date", a->date);
    set_str(o, "url", a->url);
    json_array_append_new(ctx, o);
    return 0;
}

int parse_digest_query(const request_in *in, int *all, answer *out)
{
    *all = 0;
    if (!in->query_digest)
        return 0;
    if (strcmp(in->query_digest, "all") != 0) {
        answer_error(out, 400, "invalid_query",
                     "digest must be \"all\" (every quote, figure, date and name), or absent");
        return -1;
    }
    *all = 1;
    return 0;
}

/* The articles a story's answer lists when no limit is asked: the most a
 * limit can ask, as for the list of stories.  Before session 27 the answer
 * listed them all: 6.0 MB for a story of 20,008 articles, 15.5 MB of the
 * server's memory to make (bench/serve_memory.py), growing with the story
 * and held until the kernel took its last byte. */
#define STORY_DOCUMENTS 1000

/* Each document of a digest lists its near copies (the library's JSON:
 * every article republishing it, about 120 bytes each), which grew with a
 * wire story without a bound: 121 KB of a 122 KB digest for 1,000 copies
 * of one article, 3.2 MB for 20,008 (bench/serve_story_read.py,
 * bench/serve_memory.py).  The copies are the story's articles, which its
 * own `documents` lists, paged; the digest keeps as many of each
 * document's as it shows source markers (DIGEST_COPIES), `more_copies`
 * counting the rest, with the articles not given to the library
 * (ingest.c) that `skipped` counts under the document or one of its
 * copies. */
void digest_bound(json_t *digest, size_t (*skipped)(void *ctx, const char *id), void *ctx)
{
    json_t *docs = json_object_get(digest, "documents");
    for (size_t i = 0; i < json_array_size(docs); i++) {
        json_t *doc = json_array_get(docs, i), *copies = json_object_get(doc, "copies");
        size_t k = json_array_size(copies), more = k > DIGEST_COPIES ? k - DIGEST_COPIES : 0;
        if (skipped) {
            more += skipped(ctx, json_string_value(json_object_get(doc, "name")));
            for (size_t j = 0; j < k; j++)
                more += skipped(
                    ctx, json_string_value(json_object_get(json_array_get(copies, j), "name")));
        }
        if (!more)
            continue;
        for (size_t j = k; j-- > DIGEST_COPIES;)
            json_array_remove(copies, j);
        json_object_set_new(doc, "more_copies", json_integer((json_int_t)more));
    }
}

void api_story(server *sv, const request_in *in, answer *out, long long id)
{
    int all, largest;
    double since;
    long long limit, offset;
    if (parse_digest_query(in, &all, out) != 0 ||
        parse_list_query(in, &since, &limit, &offset, &largest, out) != 0)
        return;
    if (!in->query_limit)
        limit = STORY_DOCUMENTS;
    /* The digest first: making it may give the story its headline, so the
     * row read after it is current. */
    char *dj = NULL, *dh = NULL, *head = NULL;
    precis_status why = PRECIS_OK;
    int rc = story_digest(sv, id, all, &dj, &dh, &head, &why);
    free(dh);
    if (rc == -2) { /* the store read well: the library, or memory, failed */
        char reason[160];
        answer_error(out, 500, "digest_failed", "the digest of story %lld could not be made: %s",
                     id, digest_failure(sv, why, reason, sizeof reason));
        return;
    }
    int64_t into;
    if (rc == 0 && store_story_moved(sv->db, id, &into) == 1) {
        /* merged: its articles are in `into` now; the web page redirects
         * there, a client is told where to look */
        json_t *e = json_object();
        char detail[96];
        snprintf(detail, sizeof detail, "story %lld was merged into story %lld", id,
                 (long long)into);
        json_object_set_new(e, "error", json_string("not_found"));
        json_object_set_new(e, "detail", json_string(detail));
        json_object_set_new(e, "merged_into", json_integer(into));
        json_answer(out, 404, e);
        return;
    }
    if (rc == 0) {
        answer_error(out, 404, "not_found", "no story %lld", id);
        return;
    }
    json_t *o = NULL;
    json_t *arts = json_array();
    if (rc < 0 || store_story_get(sv->db, id, 0, one_story, &o) != 1 ||
        store_story_article_page(sv->db, id, limit, offset, 0, add_article, arts) != 0) {
        json_decref(o);
        json_decref(arts);
        free(dj);
        free(head);
        answer_error(out, 500, "store_failed", "%s", store_error(sv->db));
        return;
    }
    if (head) /* the digest's own, whatever came since it was made */
        json_object_set_new(o, "headline", json_string(head));
    free(head);
    json_object_set_new(o, "documents", arts);
    json_t *d = dj ? json_loads(dj, 0, NULL) : NULL;
    if (d) /* a digest stored by an earlier precis is whole */
        digest_bound(d, NULL, NULL);
    json_object_set_new(o, "digest", d ? d : json_null());
    free(dj);
    json_answer(out, 200, o);
}

static int one_article(void *ctx, int64_t seq, const store_article *a)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(a->id));
    json_object_set_new(o, "story", a->story > 0 ? json_integer(a->story) : json_null());
    json_object_set_new(o, "seq", json_integer(seq));
    set_str(o, "title", a->title);
    set_str(o, "source", a->source);
    set_str(o, "date", a->date);
    set_str(o, "url", a->url);
    json_object_set_new(o, "text", json_stringn(a->text ? a->text : "", a->text_len));
    *(json_t **)ctx = o;
    return 1;
}

/* An article as stored: its story now (after any merge since it was
 * answered), its fields, and its text (extracted, when it came as HTML). */
void api_article(server *sv, const request_in *in, answer *out, const char *id)
{
    (void)in;
    json_t *o = NULL;
    int rc = store_article_get(sv->db, id, one_article, &o);
    if (rc < 0) {
        json_decref(o);
        answer_error(out, 500, "store_failed", "%s", store_error(sv->db));
        return;
    }
    if (rc == 0 || !o) {
        answer_error(out, 404, "not_found", "no article with id \"%.200s\"", id);
        return;
    }
    json_answer(out, 200, o);
}
