/* Sentences of web page furniture ("Rating is available when the video has
 * been rented.", "You must select a newsletter to subscribe to.", an archive's
 * crawl notice) written inside a paragraph, where the cleaner, which drops
 * whole blocks (docs/cleaning.md), cannot see them.  Text that recurs word
 * for word in the documents of many unrelated stories is no news of any
 * one of them: the table holds the sentences of at least
 * PC_BOILERPLATE_MIN_CLUSTERS different clusters of Multi-News train-10k
 * (tools/make_boilerplate.c, `make generate TABLES=boilerplate`; never val),
 * as keys of their words, and such a sentence may not enter a summary
 * (model/cluster.c).  The stream learns its own template text as it reads
 * (stories/analyze.c); a summary of one cluster has no such history, so it
 * starts from the training corpus's. */
#ifndef PRECIS_TEXT_BOILERPLATE_H
#define PRECIS_TEXT_BOILERPLATE_H
#include <stddef.h>
#include <stdint.h>

/* Sentences of at least this many words have a key (as eligibility asks). */
#define PC_BOILERPLATE_MIN_WORDS 5

/* The key of the sentence s[0..len): a hash of its words, lowercased, with
 * ASCII punctuation and spacing left out (non-ASCII bytes are word bytes),
 * so that "Sign up for our newsletter!" and "sign up for our newsletter ."
 * are one sentence; 0 for a sentence of fewer than
 * PC_BOILERPLATE_MIN_WORDS words or longer than the key's buffer. */
uint64_t pc_boilerplate_key(const char *s, size_t len);

/* Is s[0..len) a sentence of the table? */
int pc_is_boilerplate(const char *s, size_t len);
#endif
