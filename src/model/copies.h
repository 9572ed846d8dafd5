/* Syndicated copies: a document whose cleaned sentences are nearly all
 * sentences of one document added before it (a wire story run by several
 * outlets, a page read twice, the same article with another header or
 * footer line or a paragraph fewer) is a near copy of it.  It is found as
 * it is added, after cleaning and before anything is weighed: its text is
 * dropped, so that it counts once for salience and selection, and its
 * metadata joins the earlier document's list of copies, which every output
 * lists as that document's outlets.  docs/inputs.md gives the test and its
 * threshold. */
#ifndef PRECIS_MODEL_COPIES_H
#define PRECIS_MODEL_COPIES_H
#include <stddef.h>
#include <stdint.h>

#include "precis.h"
#include "util/u64map.h"

/* A document is a near copy of an earlier one when the sentences they share
 * hold at least COPY_SHARE of its words, and at least COPY_MIN_WORDS words
 * (docs/inputs.md says why these values). */
#define PC_COPY_SHARE 0.8
#define PC_COPY_MIN_WORDS 20

/* One entry of the list of documents having a sentence (newest first). */
typedef struct pc_copy_posting {
    uint32_t doc;
    uint32_t next; /* 1 + index of the next entry; 0 ends the list */
} pc_copy_posting;

/* The index of the sentences of the documents kept so far: fingerprint ->
 * the documents having a sentence of it.  Its arrays come from the
 * cluster's allocator. */
typedef struct pc_copies {
    pc_u64map by_sentence; /* fingerprint -> 1 + index of its newest posting */
    pc_copy_posting *post;
    size_t npost, post_cap;
    uint32_t *hits; /* per document: words the checked document shares with it */
    size_t hits_cap;
    uint32_t *touched; /* documents whose hits are not 0 */
    size_t touched_cap;
} pc_copies;

struct pc_sent;
struct pc_doc;

/* The fingerprint of a sentence: a 64-bit hash of its analysed terms in
 * order (never 0), so that two sentences with the same words, whatever
 * their spacing, case or quote marks, share it. */
uint64_t pc_sentence_fingerprint(const struct pc_sent *s);

/* The earlier document of the index that shares the most words with
 * document d (the first on a tie), or SIZE_MAX when none shares any;
 * *shared receives the words of d's sentences found in it.  Documents of
 * the index numbered d or more are not considered.  Linear in d's
 * sentences (at most PC_COPY_POSTINGS documents credited per sentence).
 * Returns SIZE_MAX too when out of memory (the document is then kept). */
size_t pc_copies_best(precis_cluster *c, size_t d, uint32_t *shared);
/* 1 when a document sharing `shared` of its words with an earlier one is a
 * near copy of it (PC_COPY_SHARE, PC_COPY_MIN_WORDS). */
int pc_copies_is_copy(const struct pc_doc *doc, uint32_t shared);

/* Adds document d's sentences to the index.  Returns 0, or -1 when out of
 * memory (the index then misses some of them: a later copy may be kept). */
int pc_copies_index(precis_cluster *c, size_t d);

/* Records document d's metadata as a copy of document `kept`.  Returns 0 or
 * -1 (out of memory). */
int pc_copies_add(precis_cluster *c, size_t kept, const precis_doc_meta *meta);

void pc_copies_release(pc_copies *x, const precis_allocator *alc);
#endif
