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
 * after a Greek letter, a danda typed as a bar: pc_bar_danda), 0 if none. */
size_t pc_terminator_before(const char *text, size_t s, size_t e);

/* Whether the '|' at text[i] (of n bytes) is a danda typed as a bar, as
 * much Hindi, Bengali or Nepali on the web is: right after a letter or sign
 * of an Indic script (U+0900..U+0DFF), or one space after it, or after such
 * a bar ("||", the double danda), and before white space or the end.
 * Anywhere else a bar is the page's (menus, credits), never prose. */
int pc_bar_danda(const char *text, size_t n, size_t i);

/* Thai and Lao (no terminator, no space between words): whether text[s..e)
 * holds a space that ends a sentence there (between two Thai runs of six
 * characters or more, as the segmenter splits), and whether it ends in a
 * Thai or Lao letter or sign, as a sentence of those scripts does. */
int pc_thai_break_in(const char *text, size_t s, size_t e);
int pc_thai_end(const char *text, size_t s, size_t e);

/* The same without the loop over plain words that skips their single spaces
 * (tests compare the two). */
int pc_segment_bytes(const char *text, size_t len, size_t max_sentence, precis_span_fn emit,
                     void *ctx);
#endif
