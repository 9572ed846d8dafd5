#include "util/buf.h"

#include <stdio.h>
#include <string.h>

#include "util/alloc.h"

char pc_buf_empty[1];

void pc_buf_init(pc_buf *b, const precis_allocator *alc)
{
    b->ptr = pc_buf_empty;
    b->len = 0;
    b->cap = 0;
    b->cap_limit = 0;
    b->oom = 0;
    b->alc = alc;
}

void pc_buf_release(pc_buf *b)
{
    if (b->cap)
        pc_free(b->alc, b->ptr, b->cap);
    pc_buf_init(b, b->alc);
}

void pc_buf_reset(pc_buf *b)
{
    b->len = 0;
    if (b->cap)
        b->ptr[0] = '\0';
    b->oom = 0;
}

char *pc_buf_detach(pc_buf *b, size_t *len)
{
    char *p;
    if (!b->cap) {
        p = pc_malloc(b->alc, 1);
        if (p)
            p[0] = '\0';
    } else {
        p = b->ptr;
    }
    if (len)
        *len = p ? b->len : 0;
    pc_buf_init(b, b->alc);
    return p;
}

precis_status pc_buf_finish(pc_buf *b, char **out, size_t *len)
{
    if (b->oom) {
        pc_buf_release(b);
        *out = NULL;
        return PRECIS_ENOMEM;
    }
    *out = pc_buf_detach(b, len);
    return *out ? PRECIS_OK : PRECIS_ENOMEM;
}

int pc_buf_grow(pc_buf *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (extra >= (size_t)-1 - b->len - 1 || (b->cap_limit && b->len + extra + 1 > b->cap_limit)) {
        b->oom = 1;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t n = pc_grow_cap(b->cap < 64 ? 64 : b->cap, need, 1);
    if (b->cap_limit && n > b->cap_limit)
        n = b->cap_limit;
    char *p = b->cap ? pc_realloc(b->alc, b->ptr, b->cap, n) : pc_malloc(b->alc, n);
    if (!n || !p) {
        b->oom = 1;
        return -1;
    }
    if (!b->cap)
        p[0] = '\0';
    b->ptr = p;
    b->cap = n;
    return 0;
}

int pc_buf_add(pc_buf *b, const char *s, size_t len)
{
    if (pc_buf_grow(b, len))
        return -1;
    if (len)
        memcpy(b->ptr + b->len, s, len);
    b->len += len;
    b->ptr[b->len] = '\0';
    return 0;
}

int pc_buf_adds(pc_buf *b, const char *s)
{
    return pc_buf_add(b, s, strlen(s));
}

int pc_buf_addch(pc_buf *b, char c)
{
    return pc_buf_add(b, &c, 1);
}

int pc_buf_addf(pc_buf *b, const char *fmt, ...)
{
    va_list ap;
    char tmp[256];
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof tmp)
        return pc_buf_add(b, tmp, (size_t)n);
    if (pc_buf_grow(b, (size_t)n))
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}
