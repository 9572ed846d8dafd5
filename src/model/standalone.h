/* Whether a candidate sentence can stand on its own in a summary. */
#ifndef PRECIS_STANDALONE_H
#define PRECIS_STANDALONE_H
#include "model/model.h"

enum {
    /* Refers back: opens with a pronoun, a connective or a phrase such as
     * "The two", or is all quotation with no speaker outside the quote
     * marks, or starts inside a quotation that an earlier sentence of its
     * document opened.  Chosen only right after its source predecessor. */
    PC_SA_REFERS = 1,
    /* Opens with a quote mark: may be chosen, but never opens a summary. */
    PC_SA_QUOTE_OPEN = 2,
    /* Broken: its quote marks do not pair up (a quotation cut in two), it
     * ends in an initial ("James P.") or opens in lower case: a piece of a
     * sentence, never chosen. */
    PC_SA_BROKEN = 4
};

/* Fills flags[i] (PC_SA_* bits) and prev[i], the candidate that is the
 * sentence right before candidate i in its document (UINT32_MAX when that
 * sentence is no candidate or i opens its document), for every candidate
 * of m.  The word lists are English closed classes (see standalone.c).
 * Linear in the cluster's text. */
void pc_standalone(const pc_model *m, uint8_t *flags, uint32_t *prev);

/* Whether a sentence with these flags may open a summary. */
static inline int pc_sa_opener(uint8_t flags)
{
    return !(flags & (PC_SA_REFERS | PC_SA_QUOTE_OPEN | PC_SA_BROKEN));
}
#endif
