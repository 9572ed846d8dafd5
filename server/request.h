/* The parts of reading a request that need no connection: which route a
 * path is, whether a method is allowed on it, and the fields of a form as
 * libmicrohttpd's post processor hands them over.  http.c calls them with
 * what libmicrohttpd parsed; fuzz/fuzz_serve.c calls them with any bytes. */
#ifndef PRECIS_SERVER_REQUEST_H
#define PRECIS_SERVER_REQUEST_H
#include <stddef.h>
#include <stdint.h>

#include "http.h"

typedef enum route_id {
    R_NONE,
    R_INDEX,
    R_STYLE,
    R_ICON,
    R_NEW,
    R_STORY_PAGE,
    R_HEALTH,
    R_READY,
    R_METRICS,
    R_SUMMARIZE,
    R_DIGEST,
    R_EXTRACT,
    R_ARTICLES,
    R_STORIES,
    R_STORY,
    R_ARTICLE,
    R_COUNT
} route_id;

/* The route's name in the metrics (a pattern, never the raw path) and the
 * methods it takes, as an Allow header lists them ("GET, HEAD"). */
const char *route_name(route_id r);
const char *route_allow(route_id r);

/* The route of a path (without its query); *id is the {id} of
 * /stories/{id} and /v1/stories/{id}.  The {id} of /v1/articles/{id} is
 * the path after "/v1/articles/". */
route_id route_of(const char *path, long long *id);

/* 1 when `method` (any bytes, NUL-terminated) is one of the route's. */
int method_allowed(route_id r, const char *method);

/* The fields of the paste page's form (POST /new) as they arrive. */
typedef struct form {
    form_doc *docs; /* the text box and each file, in order */
    size_t ndocs;
    char *last_key; /* the field the last chunk belonged to */
    char *last_file;
    char words[32], method[64]; /* cut to fit */
} form;

/* Adds `size` bytes at offset `off` of the value of field `key` (of the
 * file `filename`, or NULL).  A field "text" or "file" is a document (a
 * chunk at offset 0, or of another field or file, starts a new one),
 * "words" and "method" are kept, cut to fit; others are ignored.  0, or
 * -1 when out of memory. */
int form_field(form *f, const char *key, const char *filename, const char *data, uint64_t off,
               size_t size);
/* Frees what the form holds; it is empty again after. */
void form_release(form *f);

#endif
