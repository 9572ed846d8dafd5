/* Growable byte buffer with git strbuf's invariants: `ptr` is never NULL and
 * always NUL-terminated; growth is geometric; `cap_limit` (0 = none) bounds
 * anything fed from outside.  Lifecycle: _init, _reset, _release, _detach.
 * Operations that can fail return 0 on success, -1 when out of memory or
 * over the limit; `oom` then stays set so a caller can check once at the
 * end. */
#ifndef PRECIS_UTIL_BUF_H
#define PRECIS_UTIL_BUF_H
#include <stdarg.h>
#include <stddef.h>
#include "precis.h"

typedef struct pc_buf {
    char *ptr;
    size_t len;
    size_t cap; /* 0 while ptr points at the shared empty string */
    size_t cap_limit;
    int oom;
    const precis_allocator *alc;
} pc_buf;

extern char pc_buf_empty[];
#define PC_BUF_INIT                                                                                \
    {                                                                                              \
        pc_buf_empty, 0, 0, 0, 0, NULL                                                             \
    }

void pc_buf_init(pc_buf *b, const precis_allocator *alc);
void pc_buf_release(pc_buf *b);
/* Empties the buffer, keeping its memory. */
void pc_buf_reset(pc_buf *b);
/* Hands the NUL-terminated contents to the caller (freed with pc_free using
 * the same allocator, size len+1 unknown -> 0) and re-inits the buffer. */
char *pc_buf_detach(pc_buf *b, size_t *len);

/* Ends a rendering into b: hands its contents to *out (len may be NULL) and
 * returns PRECIS_OK, or releases it and returns PRECIS_ENOMEM when any
 * append failed. */
precis_status pc_buf_finish(pc_buf *b, char **out, size_t *len);

int pc_buf_grow(pc_buf *b, size_t extra);
int pc_buf_add(pc_buf *b, const char *s, size_t len);
int pc_buf_adds(pc_buf *b, const char *s);
int pc_buf_addch(pc_buf *b, char c);
int pc_buf_addf(pc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#endif
