/* ROUGE-1.5.5's Porter stemmer (see porter.c for how it differs from
 * Snowball's "porter"). */
#ifndef PRECIS_EVAL_PORTER_H
#define PRECIS_EVAL_PORTER_H
#include <stddef.h>

/* Stems the lowercase word w[0..len) in place and returns the new length
 * (never longer).  Words shorter than 3 bytes are returned unchanged. */
size_t rouge_porter_stem(char *w, size_t len);
#endif
