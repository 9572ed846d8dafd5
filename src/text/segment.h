/* Sentence segmentation, by the rules of a language profile (lang/lang.h). */
#ifndef PRECIS_TEXT_SEGMENT_H
#define PRECIS_TEXT_SEGMENT_H
#include <stddef.h>
#include "precis.h"
#include "lang/lang.h"

/* Splits text[0..len) (valid UTF-8) into sentences by the rules of `lang`
 * (NULL: the fallback profile, every script's terminators) and calls emit(ctx, start,
 * end) for each, in order, with leading and trailing white space excluded.
 * Handles abbreviations, initials, decimals, quotes, ellipses and list items.
 * A run longer than `max_sentence` bytes (0 = no limit) without a boundary is
 * split at the last white space before the limit (or at the limit on a
 * character boundary).  Linear in len.  Returns 0, or -1 as soon as emit
 * returns non-zero. */
int pc_segment_lang(const char *text, size_t len, size_t max_sentence, const pc_lang *lang,
                    precis_span_fn emit, void *ctx);

/* pc_segment_lang with the English profile. */
int pc_segment(const char *text, size_t len, size_t max_sentence, precis_span_fn emit, void *ctx);

/* Length of the sentence terminator of any script that ends text[s..e)
 * (. ! ? … ‼ ⁇ ⁈ ⁉ ؟ ۔ ։ । ॥ ። 。 ！ ？ ． ｡, the Greek question mark and ';'
 * after a Greek letter), 0 if none. */
size_t pc_terminator_before(const char *text, size_t s, size_t e);

/* The same without the loop over plain words that skips their single spaces
 * (tests compare the two). */
int pc_segment_bytes(const char *text, size_t len, size_t max_sentence, precis_span_fn emit,
                     void *ctx);
#endif
