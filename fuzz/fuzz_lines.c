/* The CLI's JSON Lines reader (src/cli/lines.c: `batch`, `cluster`, a
 * JSON line given to `summarize`): plain or gzip bytes, members in turn,
 * read as a stream line after line.  Whatever the bytes, no crash; a line
 * longer than the limit is not kept; the unfinished line where a corrupt
 * gzip stream stopped is never given as a line (session 42); a stop says
 * why.  The first byte chooses the line limit. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli/common.c" /* cli_utf16 */
#include "cli/lines.c"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t limit = 1 + fuzz_take(&data, &size) * 64;
    int fd = memfd_create("lines", 0);
    if (fd < 0)
        return 0;
    if (size && write(fd, data, size) != (ssize_t)size) {
        close(fd);
        return 0;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    cli_lines *r = calloc(1, sizeof *r);
    if (!r || cli_lines_open(r, path)) {
        free(r);
        close(fd);
        return 0;
    }
    char *line;
    size_t len, lines = 0;
    int got;
    while ((got = cli_lines_read(r, limit, &line, &len)) > 0) {
        FUZZ_ASSERT(line == NULL ? len > limit : len <= limit && strlen(line) <= len);
        free(line);
        lines++;
        FUZZ_ASSERT(r->lines == lines);
    }
    FUZZ_ASSERT(got == 0 || got == -1);
    /* a corrupt stream's unfinished line was not given: the last line
     * given ended with its line end */
    if (r->corrupt)
        FUZZ_ASSERT(r->error && strstr(r->error, "gzip data corrupt at byte") && !r->open);
    if (r->error)
        FUZZ_ASSERT(strlen(r->error) < sizeof r->error_buf);
    cli_lines_close(r);
    free(r);
    close(fd);
    return 0;
}
