/* Lines of a JSON Lines input, for `batch` and `cluster`: one reader, so
 * both answer the same way to what an input holds (NUL bytes, binary
 * files, a gzip stream cut short). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int cli_lines_open(cli_lines *r, const char *path)
{
    memset(r, 0, sizeof *r);
    r->is_stdin = strcmp(path, "-") == 0;
    r->name = r->is_stdin ? "standard input" : path;
    errno = 0;
    if (r->is_stdin) {
        int fd = dup(0);
        r->f = fd >= 0 ? gzdopen(fd, "rb") : NULL;
        if (!r->f && fd >= 0)
            close(fd);
    } else {
        r->f = gzopen(path, "rb");
    }
    if (!r->f)
        return -1;
    gzbuffer(r->f, 1 << 17);
    return 0;
}

void cli_lines_close(cli_lines *r)
{
    if (r->f)
        gzclose(r->f);
    r->f = NULL;
}

/* The next block of the input.  The first one is judged before any line
 * is read from it: a file that is not text (precis_looks_binary, on up to
 * a block of inflated data) ends the input at once, with r->binary set.
 * At the end, a gzip stream that stopped before its end sets r->error. */
static int refill(cli_lines *r)
{
    if (r->eof)
        return 0;
    r->pos = 0;
    int n = gzread(r->f, r->buf, (unsigned)sizeof r->buf);
    int code = Z_OK;
    if (n < 0) {
        const char *msg = gzerror(r->f, &code);
        r->error = code == Z_ERRNO ? strerror(errno) : msg;
        n = 0;
    } else if (n == 0) {
        gzerror(r->f, &code);
        /* zlib: Z_BUF_ERROR at the end of the input is a stream cut short */
        if (code == Z_BUF_ERROR)
            r->error = "gzip data cut short (unexpected end of file)";
    }
    r->end = (size_t)n;
    if (!r->blocks++ && n > 0 && precis_looks_binary(r->buf, r->end, r->why, sizeof r->why)) {
        r->binary = 1;
        r->end = 0;
    }
    if (r->end == 0)
        r->eof = 1;
    return r->end > 0;
}

int cli_lines_read(cli_lines *r, size_t limit, char **out, size_t *len)
{
    size_t cap = 256, n = 0, total = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    int newline = 0;
    for (;;) {
        if (r->pos == r->end && !refill(r))
            break;
        const char *start = r->buf + r->pos;
        size_t avail = r->end - r->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        r->pos += take + (nl != NULL);
        total += take;
        if (buf && n + take > limit) {
            free(buf); /* over the limit: skip to the end of the line */
            buf = NULL;
        }
        if (buf) {
            if (n + take + 1 > cap) {
                size_t ncap = cap;
                while (ncap < n + take + 1)
                    ncap *= 2;
                char *p = realloc(buf, ncap);
                if (!p) {
                    free(buf);
                    return -1;
                }
                buf = p;
                cap = ncap;
            }
            memcpy(buf + n, start, take);
            n += take;
        }
        if (nl) {
            newline = 1;
            break;
        }
    }
    if (!newline && total == 0) {
        free(buf);
        return 0;
    }
    if (buf)
        buf[n] = '\0';
    *out = buf;
    *len = total;
    return 1;
}
