/* Word tokens and their case-folded forms. */
#ifndef PRECIS_TEXT_TOKENIZE_H
#define PRECIS_TEXT_TOKENIZE_H
#include <stddef.h>
#include <stdint.h>

/* Longest folded form kept; longer words are cut (they are never useful
 * terms and the cap keeps the folding buffer on the stack). */
#define PC_MAX_WORD 64

/* Called for each word: `folded` is the case-folded form (Unicode case
 * folding; "U.S." -> "us", a final possessive 's and apostrophes removed),
 * followed by 8 NUL bytes (so that it can be read eight bytes at a time),
 * `hash` its pc_fnv1a (util/hash.h, computed as it is folded); [start, end)
 * its range in the text.  Return non-zero to stop. */
typedef int (*pc_token_fn)(void *ctx, const char *folded, size_t flen, uint32_t hash, size_t start,
                           size_t end);

/* Tokenizes text[0..len): a word is a run of letters, digits and marks, with
 * apostrophes and periods inside it ("don't", "U.S."); each Han character
 * and kana is a word of its own (Chinese and Japanese have no spaces).  Invalid bytes are
 * separators.  Linear.  Returns 0, or -1 when emit stopped it. */
int pc_tokenize(const char *text, size_t len, pc_token_fn emit, void *ctx);

/* 1 if the folded word (hash = its pc_fnv1a) is an English stopword (a
 * function word). */
int pc_is_stopword(const char *w, size_t len, uint32_t hash);
#endif
