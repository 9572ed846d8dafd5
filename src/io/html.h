/* Internal helpers of the readers (HTML pages, JSON lines). */
#ifndef PRECIS_IO_HTML_H
#define PRECIS_IO_HTML_H
#include <stddef.h>
#include "precis.h"
#include "util/buf.h"

/* 1 if data starts with the gzip magic bytes. */
int pc_is_gzip(const char *data, size_t len);

/* *cut after pc_gunzip: the output stopped at the limit (the rest is
 * dropped), or the input stopped before the end of its gzip stream (a file
 * cut short: what came out of it is kept). */
enum { PC_GZ_LIMIT = 1, PC_GZ_SHORT = 2 };

/* Inflates the gzip stream data[0..len) into out, at most limit bytes;
 * *cut is 0, PC_GZ_LIMIT or PC_GZ_SHORT.  Returns PRECIS_OK, PRECIS_EPARSE
 * for a corrupt stream (what was inflated so far is kept) or
 * PRECIS_ENOMEM. */
precis_status pc_gunzip(const char *data, size_t len, size_t limit, pc_buf *out, int *cut);

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
