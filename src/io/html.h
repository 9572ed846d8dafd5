/* Internal helpers of the readers (HTML pages, JSON lines). */
#ifndef PRECIS_IO_HTML_H
#define PRECIS_IO_HTML_H
#include <stddef.h>
#include "precis.h"
#include "util/buf.h"

/* 1 if data starts with the gzip magic bytes. */
int pc_is_gzip(const char *data, size_t len);

/* *cut after pc_gunzip: the output stopped at the limit (the rest is
 * dropped), the input stopped before the end of its gzip stream (a file
 * cut short: what came out of it is kept), or bytes that are not gzip
 * follow the last member (ignored, as gzip(1) does). */
enum { PC_GZ_LIMIT = 1, PC_GZ_SHORT = 2, PC_GZ_TRAILING = 3 };

/* Where pc_gunzip_at stopped: the byte offset in the input, the member
 * (1-based) it was in, zlib's reason for a corrupt stream. */
typedef struct pc_gz_stop {
    size_t offset, member;
    const char *why;
} pc_gz_stop;

/* Inflates the gzip stream data[0..len) into out, at most limit bytes,
 * members one after another; *cut is 0 or a PC_GZ_ value.  Returns
 * PRECIS_OK, PRECIS_EPARSE for a corrupt stream (what was inflated so far
 * is kept) or PRECIS_ENOMEM.  `at` (may be NULL) receives where it
 * stopped.  The one inflater of the library: precis_gunzip is it behind
 * the public API. */
precis_status pc_gunzip_at(const char *data, size_t len, size_t limit, pc_buf *out, int *cut,
                           pc_gz_stop *at);
/* The message of a pc_gunzip_at that stopped early (st or cut), naming the
 * byte and the member: precis_gunzip's, and the library readers'. */
void pc_gunzip_say(char *buf, size_t size, precis_status st, int cut, const pc_gz_stop *at,
                   size_t out_len, size_t in_len);
/* The code of that stop's warning: PRECIS_EIO when part of the input was
 * not read (a stream corrupt or cut short: what came out before is kept,
 * the rest is lost), PRECIS_ELIMIT at the output limit, PRECIS_EPARSE for
 * bytes after the last member (ignored: nothing was lost).  PRECIS_EIO is
 * the one code of a warning that an input was not read whole, which the
 * front ends make an error after the part read (docs/inputs.md, "Input
 * not read whole"). */
precis_status pc_gunzip_code(precis_status st, int cut);
#define pc_gunzip(data, len, limit, out, cut) pc_gunzip_at(data, len, limit, out, cut, NULL)

/* 1 if the file name ends in .html, .htm, .xhtml (optionally followed by .gz). */
int pc_is_html_name(const char *path);
/* precis_cluster_from_json, calling on_warn (when not NULL) with the index
 * and the repair of each document repaired (invalid UTF-8, a cut); a status
 * it returns other than PRECIS_OK stops the parse with that status. */
typedef precis_status (*pc_doc_warn_fn)(void *ctx, size_t doc, const precis_error *w);
precis_status pc_cluster_from_json(const char *line, size_t len, const precis_options *o,
                                   const precis_allocator *alc, precis_cluster **out, char **id_out,
                                   precis_error *err, pc_doc_warn_fn on_warn, void *ctx);

#endif
