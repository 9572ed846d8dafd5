/* Direct quotes and their speakers.  A quote is text between double quotes
 * (straight " or curly “ ”; single quotes are apostrophes too often to
 * count) of at least QUOTE_MIN_WORDS words; it may span sentences but not
 * paragraphs.  Its speaker is a named person or organisation next to a
 * speech verb ("..., Tillerson said", "said Haley", "Lavrov said that ...",
 * "the report quoted Haley as saying", "According to X"), a pronoun whose
 * antecedent is certain (the speaker of a quote in the previous sentence, or
 * the subject of a previous sentence that names no one else), or the speaker
 * of the previous sentence's quote when a quote stands alone.  Otherwise the
 * speaker is unknown: no speaker is better than a wrong one. */
#ifndef PRECIS_DIGEST_QUOTES_H
#define PRECIS_DIGEST_QUOTES_H
#include "digest/digest.h"
#include "text/attrib.h"

#define QUOTE_MIN_WORDS PC_QUOTE_MIN_WORDS
/* Quotes compared with each other to merge the same quote from several
 * documents: the comparison is quadratic, so at most this many enter it. */
#define QUOTE_MAX 4000
#endif
