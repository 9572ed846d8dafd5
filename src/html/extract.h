/* Main-content extraction from a parsed page. */
#ifndef PRECIS_HTML_EXTRACT_H
#define PRECIS_HTML_EXTRACT_H
#include <gumbo.h>
#include "precis.h"
#include "util/buf.h"

/* What extraction yields; the public precis_extracted. */
struct precis_extracted {
    const precis_allocator *alc;
    pc_buf text; /* paragraphs separated by blank lines */
    pc_buf title, byline, date, site, url;
};

/* Fills x->text with the article body of the parsed page; jsonld[0..jlen)
 * holds the page's JSON-LD texts (each NUL-terminated), whose articleBody
 * is a fallback.  Returns 0, or -1 when out of memory. */
int pc_html_body(const GumboNode *root, const char *jsonld, size_t jlen,
                 struct precis_extracted *x);

/* The body a page states in the JSON-LD texts jsonld[0..jlen) (each
 * NUL-terminated): the longest schema.org articleBody, or else the
 * description and steps of a HowTo (or Recipe), markup read as text, as
 * paragraphs separated by blank lines, into `out` (left empty when there
 * is none).  Returns 0, or -1 when out of memory. */
int pc_html_ld_body(const char *jsonld, size_t jlen, pc_buf *out);

/* Fills the metadata fields of x from meta tags, the JSON-LD texts in
 * jsonld[0..jlen) (each NUL-terminated), <time> and visible bylines.
 * Returns 0, or -1 when out of memory. */
int pc_html_meta(const GumboNode *root, const char *jsonld, size_t jlen,
                 struct precis_extracted *x);

/* Appends s[0..len) to b with runs of white space collapsed to one space
 * (a leading space only if b does not end in white space), and without
 * the invisible format characters a page puts inside words (soft hyphen,
 * zero-width space, word joiner, BOM). */
int pc_html_add_collapsed(pc_buf *b, const char *s, size_t len);
#endif
