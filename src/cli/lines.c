/* Lines of a JSON Lines input, for `batch` and `cluster`: one reader, so
 * both answer the same way to what an input holds (NUL bytes, binary
 * files, a gzip stream cut short). */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

char cli_line_end(const char *p, size_t n)
{
    const char *lf = memchr(p, '\n', n);
    const char *cr = memchr(p, '\r', lf ? (size_t)(lf - p) : n);
    if (cr && cr + 1 < p + n)
        return cr[1] == '\n' ? '\n' : '\r';
    return lf ? '\n' : 0;
}

int cli_lines_open(cli_lines *r, const char *path)
{
    memset(r, 0, sizeof *r);
    r->is_stdin = strcmp(path, "-") == 0;
    r->name = r->is_stdin ? "standard input" : path;
    errno = 0;
    if (r->is_stdin)
        return 0;
    r->fd = open(path, O_RDONLY);
    if (r->fd < 0)
        return -1;
    /* A directory opens (open(2) takes it read-only) and fails at the first
     * read: `batch DIR` said "error reading DIR after line 0" where a
     * missing file says "cannot read: No such file or directory" (session
     * 40).  Refused here, with the system's words for it. */
    struct stat sb;
    if (fstat(r->fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        close(r->fd);
        r->fd = -1;
        errno = EISDIR;
        return -1;
    }
    return 0;
}

int cli_lines_ready(const cli_lines *r)
{
    if (!r->is_stdin || r->eof)
        return 1;
    if (r->pos < r->end && memchr(r->buf + r->pos, r->eol ? r->eol : '\n', r->end - r->pos))
        return 1;
    if (r->mode >= 2 && r->z.avail_in > 0)
        return 1; /* inflating what was read may give a line */
    struct pollfd p = {0, POLLIN, 0};
    return poll(&p, 1, 0) != 0; /* a regular file is always ready */
}

void cli_lines_close(cli_lines *r)
{
    if (!r->is_stdin && r->fd > 0)
        close(r->fd);
    r->fd = 0;
    if (r->mode >= 2)
        inflateEnd(&r->z);
    r->mode = 0;
}

static ssize_t read_some(cli_lines *r, void *buf, size_t cap)
{
    ssize_t k;
    do
        k = read(r->fd, buf, cap);
    while (k < 0 && errno == EINTR);
    if (k < 0) {
        snprintf(r->error_buf, sizeof r->error_buf, "cannot read: %s", strerror(errno));
        r->error = r->error_buf;
    }
    return k;
}

/* More gzip input when none is left: 1, 0 at the end of the input, -1. */
static int gz_more(cli_lines *r)
{
    ssize_t k = read_some(r, r->in, sizeof r->in);
    if (k <= 0)
        return (int)k;
    r->z.next_in = r->in;
    r->z.avail_in = (unsigned)k;
    r->z_read += (size_t)k;
    return 1;
}

/* Where inflating stopped early, in precis_gunzip's words (the byte of the
 * input and the member): one message for a file, whichever reader read it
 * (tests/e2e/test_gunzip_cli.py compares them). */
static void gz_stop(cli_lines *r, const char *what, const char *why)
{
    size_t at = r->z_read - r->z.avail_in;
    r->corrupt = why != NULL;
    if (why)
        snprintf(r->error_buf, sizeof r->error_buf,
                 "gzip data corrupt at byte %zu (member %zu: %s); the part before kept", at,
                 r->member, why);
    else
        snprintf(r->error_buf, sizeof r->error_buf, "gzip data %s at byte %zu (member %zu)%s", what,
                 at, r->member, "; the part before kept");
    r->error = r->error_buf;
}

/* After a member: the next one (1), the end (0, also after bytes that are
 * not gzip: read to the end, counted and ignored as precis_gunzip does,
 * r->warning saying so), or -1 (r->error set). */
static int gz_next_member(cli_lines *r)
{
    if (r->z.avail_in == 0 && gz_more(r) <= 0)
        return r->error ? -1 : 0;
    if (r->z.avail_in == 1 && r->z.next_in[0] == 0x1F) { /* the signature split by a read */
        r->in[0] = 0x1F;
        ssize_t k = read_some(r, r->in + 1, sizeof r->in - 1);
        if (k < 0)
            return -1;
        r->z.next_in = r->in;
        r->z.avail_in = 1 + (unsigned)k;
        r->z_read += (size_t)k;
    }
    if (r->z.avail_in >= 2 && r->z.next_in[0] == 0x1F && r->z.next_in[1] == 0x8B) {
        if (inflateReset(&r->z) != Z_OK)
            return -1;
        r->member++;
        r->mode = 2;
        return 1;
    }
    size_t at = r->z_read - r->z.avail_in;
    while (gz_more(r) > 0)
        ;
    r->z.avail_in = 0;
    if (r->error)
        return -1; /* a read failed on the way (its words in error_buf) */
    snprintf(r->error_buf, sizeof r->error_buf,
             "gzip data followed by %zu bytes that are not gzip, at byte %zu (after member "
             "%zu); ignored",
             r->z_read - at, at, r->member);
    r->warning = r->error_buf;
    return 0;
}

/* Up to cap bytes of the input, as soon as there are some: 0 at its end,
 * -1 with r->error set.  gzip (its magic bytes first) is inflated, members
 * one after another as gzip(1) writes them. */
static ssize_t next_block(cli_lines *r, char *out, size_t cap)
{
    if (r->mode == 0) {
        ssize_t k = read_some(r, r->in, sizeof r->in);
        if (k <= 0) {
            r->mode = 1;
            return k;
        }
        if (k >= 2 && r->in[0] == 0x1f && r->in[1] == 0x8b) {
            memset(&r->z, 0, sizeof r->z);
            if (inflateInit2(&r->z, 15 + 16) != Z_OK) {
                r->error = "out of memory";
                return -1;
            }
            r->z.next_in = r->in;
            r->z.avail_in = (unsigned)k;
            r->z_read = (size_t)k;
            r->member = 1;
            r->mode = 2;
        } else {
            memcpy(out, r->in, (size_t)k); /* cap >= sizeof r->in */
            r->mode = 1;
            return k;
        }
    }
    if (r->mode == 1)
        return read_some(r, out, cap);
    for (;;) {
        if (r->mode == 3) { /* after a member: the next one, or the end */
            int m = gz_next_member(r);
            if (m <= 0)
                return m;
        }
        if (r->z.avail_in == 0) {
            int m = gz_more(r);
            if (m < 0)
                return -1;
            if (m == 0) {
                gz_stop(r, "cut short", NULL);
                return 0;
            }
        }
        r->z.next_out = (unsigned char *)out;
        r->z.avail_out = (unsigned)cap;
        int rc = inflate(&r->z, Z_NO_FLUSH);
        size_t made = cap - r->z.avail_out;
        if (rc == Z_STREAM_END)
            r->mode = 3;
        else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            gz_stop(r, NULL, r->z.msg ? r->z.msg : "invalid data");
            r->eof_next = 1;
            return made ? (ssize_t)made : -1;
        }
        if (made)
            return (ssize_t)made;
    }
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
    int n = 0;
    if (!r->eof_next) {
        ssize_t k = next_block(r, r->buf, sizeof r->buf);
        n = k > 0 ? (int)k : 0;
    }
    r->end = (size_t)n;
    if (!r->blocks && n >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
        r->pos = 3; /* a UTF-8 byte order mark opens the input: not the first line's */
    /* UTF-16 text is not binary to precis_looks_binary (documents in it
     * are converted), but a JSON line must be UTF-8: without this test
     * every line failed, each with a message about a byte 0xff or a
     * premature end */
    const char *utf16 = r->blocks ? NULL : cli_utf16(r->buf, r->end);
    if (utf16) {
        snprintf(r->why, sizeof r->why, CLI_UTF16_WHY, utf16, utf16);
        r->binary = 1;
        r->end = 0;
    }
    if (!r->blocks++ && n > 0 && !utf16 &&
        precis_looks_binary(r->buf, r->end, r->why, sizeof r->why)) {
        r->binary = 1;
        r->end = 0;
    }
    if (r->end == 0)
        r->eof = 1;
    if (r->end > 0 && r->pos == r->end)
        return refill(r); /* a block of a byte order mark alone */
    return r->end > 0;
}

int cli_lines_read(cli_lines *r, size_t limit, char **out, size_t *len)
{
    size_t cap = 256, n = 0, total = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    int newline = 0;
    r->head_len = 0;
    for (;;) {
        if (r->pos == r->end && !refill(r))
            break;
        const char *start = r->buf + r->pos;
        size_t avail = r->end - r->pos;
        if (!r->eol) /* the input's first line end decides what ends its lines */
            r->eol = cli_line_end(start, avail);
        const char *nl = memchr(start, r->eol ? r->eol : '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        r->pos += take + (nl != NULL);
        total += take;
        if (r->head_len < sizeof r->head) {
            size_t h = take < sizeof r->head - r->head_len ? take : sizeof r->head - r->head_len;
            memcpy(r->head + r->head_len, start, h);
            r->head_len += h;
        }
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
    /* The unfinished line where a corrupt gzip stream stopped is not read:
     * its bytes are the last zlib gave before it found the damage, which
     * lies in them or before them (a wrong CRC is found at the member's
     * end), so it was answered as garbage: a JSON error about stray bytes,
     * or the text of a cluster with them (until session 42).  The lines
     * before it are read; the message names this line and the byte. */
    if (!newline && (total == 0 || r->corrupt)) {
        free(buf);
        return 0;
    }
    if (buf)
        buf[n] = '\0';
    *out = buf;
    *len = total;
    r->lines++;
    r->open = !newline;
    return 1;
}

void cli_lines_say_error(const cli_lines *r, const char *cmd)
{
    /* the line the stop fell in: the last one read when the stop cut it
     * (no line end: a gzip stream cut inside it), else the next, none of
     * which was read (`batch` said "error reading FILE after line N",
     * where every other reader names the file and what is wrong) */
    size_t line = r->lines + (r->lines == 0 || !r->open);
    fprintf(stderr, "precis: %s%s%s: line %zu: %s\n", cmd ? cmd : "", cmd ? ": " : "", r->name,
            line, r->error);
}

json_t *cli_leading_id(const char *line, size_t len)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i >= len || line[i++] != '{')
        return NULL;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (len - i < 4 || memcmp(line + i, "\"id\"", 4) != 0)
        return NULL;
    i += 4;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i >= len || line[i++] != ':')
        return NULL;
    json_t *id = json_loadb(line + i, len - i, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, NULL);
    if (id && !json_is_string(id) && !json_is_integer(id)) {
        json_decref(id);
        id = NULL;
    }
    return id;
}
