/* Line reading for the tools that read (gzip-compressed or plain) JSON
 * Lines training and evaluation files. */
#ifndef PRECIS_TOOLS_GZLINES_H
#define PRECIS_TOOLS_GZLINES_H
#include <string.h>
#include <zlib.h>

#include "util/buf.h"

/* Reads one line of any length into b (NUL-terminated, newline kept);
 * returns 0 at the end of the file. */
static inline int pc_gz_read_line(gzFile f, pc_buf *b)
{
    char chunk[65536];
    pc_buf_reset(b);
    while (gzgets(f, chunk, sizeof chunk)) {
        size_t n = strlen(chunk);
        pc_buf_add(b, chunk, n);
        if (n && chunk[n - 1] == '\n')
            return 1;
    }
    return b->len > 0;
}
#endif
