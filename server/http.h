/* What a route handler receives and gives back; http.c does the rest
 * (bodies, limits, auth, metrics, headers). */
#ifndef PRECIS_SERVER_HTTP_H
#define PRECIS_SERVER_HTTP_H
#include <stddef.h>

#include "server.h"

/* One uploaded document of a form (the paste page). */
typedef struct form_doc {
    char *name; /* file name, or NULL for the text box */
    char *data;
    size_t len;
} form_doc;

typedef struct request_in {
    const char *path; /* without the query */
    const char *query_since, *query_limit, *query_order, *query_offset;
    const char *query_digest; /* "all": every item of a story's digest */
    const char *body;         /* raw body (API), NUL-terminated */
    size_t body_len;
    const char *content_type;
    form_doc *docs; /* form uploads and text (POST /new) */
    size_t ndocs;
    const char *form_words;
    const char *form_method;
} request_in;

typedef struct answer {
    unsigned status;
    const char *type; /* Content-Type */
    char *body;       /* malloc'd; http.c frees it */
    size_t len;
    char location[40]; /* a redirect's Location, or "" */
} answer;

/* Sets an error answer {"error": code, "detail": detail}. */
void answer_error(answer *a, unsigned status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Answers the JSON value v (taking it: jansson's json_t), compact, with a
 * newline (api.c). */
struct json_t;
void json_answer(answer *a, unsigned status, struct json_t *v);
/* Takes ownership of a malloc'd NUL-terminated body. */
void answer_take(answer *a, unsigned status, const char *type, char *body, size_t len);

/* api.c */
void api_summarize(server *sv, const request_in *in, answer *out, int digest);
void api_extract(server *sv, const request_in *in, answer *out);
void api_articles(server *sv, const request_in *in, answer *out);
void api_stories(server *sv, const request_in *in, answer *out);
void api_story(server *sv, const request_in *in, answer *out, long long id);
void api_article(server *sv, const request_in *in, answer *out, const char *id);

/* pages.c */
void page_index(server *sv, const request_in *in, answer *out);
void page_story(server *sv, const request_in *in, answer *out, long long id);
void page_new(server *sv, const request_in *in, answer *out);
void page_summary(server *sv, const request_in *in, answer *out);
void page_style(answer *out);
void page_error(answer *out, unsigned status, const char *title, const char *detail);
/* The paste page's form again, empty, with an error over it (a form
 * refused before it was read). */
void page_form_error(answer *out, unsigned status, const char *title, const char *detail);

/* health.c: GET /healthz (liveness: 200, its body saying whether writes
 * are refused) and GET /readyz (200 when writes are taken, else 503 naming
 * the error and since when; it tries the writes again at most once a
 * second, so that a server out of a balancer's rotation comes back). */
void health_live(server *sv, answer *out);
void health_ready(server *sv, answer *out);

/* api.c, shared with pages.c */
void iso_time(double t, char *buf, size_t n);
int parse_since(const char *s, double *out);
int parse_list_query(const request_in *in, double *since, long long *limit, long long *offset,
                     int *largest, answer *out);
/* `digest` of a story's query: *all 1 for "all", 0 when absent; else -1
 * with a 400 in out. */
int parse_digest_query(const request_in *in, int *all, answer *out);

/* Starts the HTTP daemon; returns an opaque handle or NULL (message in err). */
void *http_start(server *sv, char *err, size_t errlen);
/* Stops taking connections, waits up to `grace_s` for the requests in flight,
 * then stops the daemon. */
void http_stop(void *daemon, double grace_s);

#endif
