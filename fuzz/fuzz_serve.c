/* The server's request handling without sockets (server/api.c, pages.c,
 * request.c over a store in memory): the first byte chooses what the rest
 * is, and libmicrohttpd's part (framing, headers, %XX) is taken as done.
 *
 *   0  the body of POST /v1/articles (one JSON object, or JSON Lines)
 *   1  the query of GET /v1/stories and / (since, limit, order, offset,
 *      separated by NUL bytes)
 *   2  the body of POST /v1/summarize (/v1/digest when its first byte is
 *      odd: a body that opens with "{" rather than white space)
 *   3  the fields of a form posted to /new, as the post processor hands
 *      them over (see form_events)
 *   4  the body of POST /v1/extract (HTML, or JSON with the next byte odd)
 *   5  a method, a NUL byte and a path: its route and its handler; after
 *      another NUL, the value of the story's `digest` query (none when
 *      absent: the API and the page answer it alike)
 *
 * Every answer has a status under 500 (no store failure, no out of
 * memory here), a JSON answer parses and an error names its code and
 * detail; an article answered 2xx can be read back, and a retry of the
 * same body stores nothing twice. */
#define _POSIX_C_SOURCE 200809L /* strdup, strtok_r */
#include <jansson.h>
#include <pthread.h>
#include <string.h>

#include "fuzz.h"
#include "http.h"
#include "request.h"

/* A NUL-terminated copy of the bytes up to the next NUL (or the end). */
static char *take_part(const uint8_t **data, size_t *size)
{
    const uint8_t *z = memchr(*data, 0, *size);
    size_t n = z ? (size_t)(z - *data) : *size;
    char *s = malloc(n + 1);
    FUZZ_ASSERT(s);
    memcpy(s, *data, n);
    s[n] = 0;
    *data += z ? n + 1 : n;
    *size -= z ? n + 1 : n;
    return s;
}

static void check_answer(const answer *a)
{
    FUZZ_ASSERT(a->status >= 200 && a->status < 500);
    FUZZ_ASSERT(a->body && a->type);
    if (strcmp(a->type, "application/json") != 0)
        return;
    json_t *j = json_loadb(a->body, a->len, 0, NULL);
    FUZZ_ASSERT(j);
    if (a->status >= 400) {
        FUZZ_ASSERT(json_is_string(json_object_get(j, "error")));
        FUZZ_ASSERT(json_string_length(json_object_get(j, "detail")) > 0);
    }
    json_decref(j);
}

static void reset(answer *a)
{
    free(a->body);
    memset(a, 0, sizeof *a);
    a->type = "application/json";
}

static void articles(server *sv, const char *body, size_t len)
{
    request_in in;
    memset(&in, 0, sizeof in);
    in.body = body;
    in.body_len = len;
    answer a = {0, "application/json", NULL, 0, ""};
    api_articles(sv, &in, &a);
    check_answer(&a);
    if (a.status >= 300) {
        FUZZ_ASSERT(store_article_count(sv->db) == 0); /* refused: nothing stored */
        reset(&a);
        return;
    }
    json_t *first = json_loadb(a.body, a.len, 0, NULL);
    json_t *arts = json_object_get(first, "articles");
    FUZZ_ASSERT(json_array_size(arts) > 0);
    FUZZ_ASSERT(json_integer_value(json_object_get(first, "stored")) ==
                store_article_count(sv->db));
    /* what was acknowledged is in the store */
    size_t i;
    json_t *v;
    json_array_foreach(arts, i, v)
    {
        const char *id = json_string_value(json_object_get(v, "id"));
        FUZZ_ASSERT(id);
        answer g = {0, "application/json", NULL, 0, ""};
        api_article(sv, &in, &g, id);
        check_answer(&g);
        FUZZ_ASSERT(g.status == 200);
        json_t *got = json_loadb(g.body, g.len, 0, NULL);
        FUZZ_ASSERT(strcmp(json_string_value(json_object_get(got, "id")), id) == 0);
        json_decref(got);
        reset(&g);
    }
    /* a client that lost the answer sends the same body again */
    reset(&a);
    api_articles(sv, &in, &a);
    check_answer(&a);
    FUZZ_ASSERT(a.status == 200 || a.status == 201);
    json_t *again = json_loadb(a.body, a.len, 0, NULL);
    json_t *arts2 = json_object_get(again, "articles");
    FUZZ_ASSERT(json_array_size(arts2) == json_array_size(arts));
    json_array_foreach(arts2, i, v)
    {
        json_t *was = json_array_get(arts, i);
        if (strcmp(json_string_value(json_object_get(v, "id")),
                   json_string_value(json_object_get(was, "id"))) == 0)
            FUZZ_ASSERT(json_is_true(json_object_get(v, "duplicate")));
    }
    json_decref(again);
    json_decref(first);
    reset(&a);
    /* the list, as a client would read it next (a story's digest is
     * mode 5's) */
    api_stories(sv, &in, &a);
    check_answer(&a);
    FUZZ_ASSERT(a.status == 200);
    reset(&a);
}

static void list_query(server *sv, const uint8_t *data, size_t size)
{
    unsigned given = fuzz_take(&data, &size);
    char *part[4];
    for (int k = 0; k < 4; k++)
        part[k] = take_part(&data, &size);
    request_in in;
    memset(&in, 0, sizeof in);
    in.query_since = given & 1 ? part[0] : NULL;
    in.query_limit = given & 2 ? part[1] : NULL;
    in.query_order = given & 4 ? part[2] : NULL;
    in.query_offset = given & 8 ? part[3] : NULL;
    answer a = {0, "application/json", NULL, 0, ""};
    api_stories(sv, &in, &a);
    check_answer(&a);
    FUZZ_ASSERT(a.status == 200 || a.status == 400);
    unsigned api = a.status;
    reset(&a);
    page_index(sv, &in, &a);
    check_answer(&a);
    FUZZ_ASSERT(a.status == api); /* the page reads its query as the API does */
    reset(&a);
    for (int k = 0; k < 4; k++)
        free(part[k]);
}

/* A form as a list of events, each a control byte, a length byte and that
 * many bytes of data: the control byte's low 3 bits choose the field
 * (text, file, words, method, another), the next 2 the file name (none,
 * "a.txt", "b.html", ""), the next one whether the chunk goes on from the
 * field's last one (else it starts at offset 0). */
static void form_events(server *sv, const uint8_t *data, size_t size)
{
    static const char *keys[] = {"text", "file", "words", "method", "x", "text", "file", "file"};
    static const char *names[] = {NULL, "a.txt", "b.html", ""};
    form f;
    memset(&f, 0, sizeof f);
    uint64_t off = 0;
    while (size >= 2) {
        unsigned ctl = fuzz_take(&data, &size);
        size_t n = fuzz_take(&data, &size);
        if (n > size)
            n = size;
        off = ctl & 0x20 ? off : 0;
        FUZZ_ASSERT(
            form_field(&f, keys[ctl & 7], names[(ctl >> 3) & 3], (const char *)data, off, n) == 0);
        off += n;
        data += n;
        size -= n;
    }
    request_in in;
    memset(&in, 0, sizeof in);
    in.docs = f.docs;
    in.ndocs = f.ndocs;
    in.form_words = f.words[0] ? f.words : NULL;
    in.form_method = f.method[0] ? f.method : NULL;
    answer a = {0, "application/json", NULL, 0, ""};
    page_summary(sv, &in, &a);
    check_answer(&a);
    reset(&a);
    form_release(&f);
}

static const char ONE[] = "{\"id\": \"a/b c\", \"text\": \"Crews finished repairs to the Halden"
                          " rail bridge on Thursday, two weeks after a barge struck one of its"
                          " piers.\"}";

static void path(server *sv, const uint8_t *data, size_t size)
{
    char *method = take_part(&data, &size);
    char *url = take_part(&data, &size);
    long long id = -1;
    route_id r = route_of(url, &id);
    FUZZ_ASSERT(r < R_COUNT && route_name(r) && route_allow(r));
    int ok = method_allowed(r, method);
    /* allowed: one of the comma-separated names, whole */
    int listed = 0;
    char *allow = strdup(route_allow(r)), *save = NULL;
    FUZZ_ASSERT(allow);
    for (char *t = strtok_r(allow, ", ", &save); t; t = strtok_r(NULL, ", ", &save))
        listed |= strcmp(t, method) == 0;
    free(allow);
    FUZZ_ASSERT(ok == listed);
    if (strcmp(method, "GET") == 0)
        FUZZ_ASSERT(ok == (r != R_NONE && r != R_SUMMARIZE && r != R_DIGEST && r != R_EXTRACT &&
                           r != R_ARTICLES));
    char *digest = size ? take_part(&data, &size) : NULL;
    request_in in;
    memset(&in, 0, sizeof in);
    in.path = url;
    in.query_digest = digest;
    answer a = {0, "application/json", NULL, 0, ""};
    if (r == R_ARTICLE || r == R_STORY || r == R_STORY_PAGE)
        articles(sv, ONE, sizeof ONE - 1); /* something to find */
    if (r == R_ARTICLE) {
        api_article(sv, &in, &a, url + 13);
        check_answer(&a);
    } else if (r == R_STORY || r == R_STORY_PAGE) {
        FUZZ_ASSERT(id >= 0);
        api_story(sv, &in, &a, id);
        check_answer(&a);
        /* a bad `digest` is the same 400 on the page; a story found or
         * not, the same on both (the page answers a merged one 301) */
        int bad = a.status == 400;
        FUZZ_ASSERT(bad == (digest && strcmp(digest, "all") != 0));
        reset(&a);
        page_story(sv, &in, &a, id);
        check_answer(&a);
        FUZZ_ASSERT((a.status == 400) == bad);
    }
    reset(&a);
    free(digest);
    free(method);
    free(url);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned mode = fuzz_take(&data, &size) % 6;
    server sv;
    memset(&sv, 0, sizeof sv);
    sv.cfg.db_path = ":memory:";
    sv.cfg.max_body = 16u << 20;
    sv.cfg.snapshot_every = 3; /* snapshots inside a request, too */
    sv.cfg.quiet = 1;
    char err[256];
    sv.db = store_open(":memory:", 0, err, sizeof err);
    FUZZ_ASSERT(sv.db);
    pthread_mutex_init(&sv.stream_lock, NULL);
    FUZZ_ASSERT(ingest_open(&sv, err, sizeof err) == 0);
    /* a body as http.c hands it over: NUL-terminated */
    char *body = malloc(size + 1);
    FUZZ_ASSERT(body);
    memcpy(body, data, size);
    body[size] = 0;
    request_in in;
    memset(&in, 0, sizeof in);
    in.body = body;
    in.body_len = size;
    answer a = {0, "application/json", NULL, 0, ""};
    switch (mode) {
    case 0:
        articles(&sv, body, size);
        break;
    case 1:
        list_query(&sv, data, size);
        break;
    case 2:
        api_summarize(&sv, &in, &a, size && (data[0] & 1));
        check_answer(&a);
        break;
    case 3:
        form_events(&sv, data, size);
        break;
    case 4:
        in.content_type = size && (data[0] & 1) ? "application/json" : "text/html";
        api_extract(&sv, &in, &a);
        check_answer(&a);
        break;
    case 5:
        path(&sv, data, size);
        break;
    }
    reset(&a);
    free(body);
    FUZZ_ASSERT(ingest_close(&sv, err, sizeof err) == 0);
    FUZZ_ASSERT(store_close(sv.db, err, sizeof err) == 0);
    pthread_mutex_destroy(&sv.stream_lock);
    return 0;
}
