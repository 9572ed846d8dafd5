/* Document metadata found in the raw text of a document: a date line
 * ("April 10, 2017", " date 2017-04-11"), an "Original url:" line and a wire
 * dateline ("WASHINGTON (Reuters) -").  Runs on the text before cleaning,
 * because the cleaner drops those lines from the body. */
#ifndef PRECIS_TEXT_META_H
#define PRECIS_TEXT_META_H
#include <stddef.h>
#include "precis.h"
#include "util/arena.h"

/* Fills the NULL fields `date`, `url` and `source` of m from text[0..len)
 * (valid UTF-8), with copies in `a`.  Fields already set are kept: metadata
 * given by the caller wins.  Only the first lines are read, so this is
 * bounded whatever len is.  A date is stored as YYYY-MM-DD.  Returns 0, or
 * -1 when out of memory. */
int pc_meta_detect(pc_arena *a, const char *text, size_t len, precis_doc_meta *m);
/* The same for a document in language `lang` (NULL: English only): date
 * lines in its words too ("3 mars 2031", "Publié le 3 mars 2031" is not
 * one: only a line that is a date, or "Date:" and the like before one). */
struct pc_lang;
int pc_meta_detect_lang(pc_arena *a, const char *text, size_t len, const struct pc_lang *lang,
                        precis_doc_meta *m);

/* The outlet's name for a URL's host ("www.reuters.com" -> "Reuters"), or the
 * host without "www." when it is not in the table; NULL if url has no host.
 * Writes into buf (size n). */
const char *pc_meta_outlet(const char *url, size_t len, char *buf, size_t n);
#endif
