/* Whether a candidate sentence can stand on its own in a summary. */
#ifndef PRECIS_STANDALONE_H
#define PRECIS_STANDALONE_H
#include "model/model.h"

enum {
    /* Refers back: opens with a pronoun, a connective or a phrase such as
     * "The two", or starts inside a quotation that an earlier sentence of
     * its document opened.  Chosen only right after its source
     * predecessor (see pc_sa_chain). */
    PC_SA_REFERS = 1,
    /* Opens with a quote mark: may be chosen, but never opens a summary. */
    PC_SA_QUOTE_OPEN = 2,
    /* Broken: its quote marks neither pair up nor open or close its
     * document's quotation, it ends in an initial ("James P."), opens with
     * punctuation or opens in lower case inside a clause: a piece of a
     * sentence, never chosen.  So is, in English, one that says "here" in
     * the writer's words: a place the summary does not show. */
    PC_SA_BROKEN = 4,
    /* Leaves a quotation open (the next sentence of its document goes on
     * with it): chosen only together with the sentences up to the one
     * that closes it. */
    PC_SA_OPEN_END = 8,
    /* Names a speaker outside its quote marks ("said", "told", ...). */
    PC_SA_SPEAKER = 16,
    /* Opens with a quote mark and names no speaker: all quotation.  Chosen
     * only with a sentence that names the speaker, the one after it in the
     * same quotation or the one before it. */
    PC_SA_BARE = 32,
    /* Opens with a definite description whose noun the sentence two
     * before it in its document has (not the one right before: "... saw
     * four severed heads ... || There was no sign of any bodies. || The
     * heads were identified ..."): may be chosen, but never opens a
     * summary.  So is, in English text written in mixed case, one that
     * opens with a definite description nothing in it restricts ("The
     * blast killed ...": what its document introduced in other words). */
    PC_SA_BACK2 = 64,
    /* Opens with what a page puts in front of its lead: a picture's credit
     * or label, a byline, a headline's bar ("Reuters/tim wimborne san
     * francisco the latest novel ...", "Buy photo jeffrey fowle ..."): may
     * be chosen, but never opens a summary. */
    PC_SA_GLUED = 128
};

/* The longest run of sentences chosen together (pc_sa_chain): about a
 * paragraph.  On Multi-News val (first 1,000, 250 words) 2, 3, 5 and 8 give
 * R1/R2 F 44.37/14.76, 44.57/14.99, 44.68/15.10 and 44.73/15.13; DUC 2003
 * (100 words) is the same for all four. */
#define PC_SA_CHAIN 5

/* Fills flags[i] (PC_SA_* bits) and prev[i], the candidate that is the
 * sentence right before candidate i in its document (UINT32_MAX when that
 * sentence is no candidate or i opens its document), for every candidate
 * of m.  The word lists are English closed classes (see standalone.c).
 * Linear in the cluster's text. */
void pc_standalone(const pc_model *m, uint8_t *flags, uint32_t *prev);

/* The run of consecutive sentences of one document that candidate i needs
 * to be chosen: i and, back from it, each sentence that the one after it
 * refers back to (PC_SA_REFERS) or that is all quotation with no speaker
 * in the run (PC_SA_BARE), until one that stands on its own or one that
 * in[] marks as chosen already (in may be NULL).  Writes the run's
 * candidates not chosen yet to members, in source order, and returns their
 * number; 0 when i cannot be chosen: a member is broken, i leaves a
 * quotation open (the run must end with the sentence that closes it), the
 * run reaches the top of its document or a sentence that is no candidate,
 * or it would be longer than PC_SA_CHAIN. */
/* Marks PC_SA_BROKEN, in flags as pc_standalone fills them, the
 * candidates that open with a wire's code glued to their front ("nn
 * Another hazard ...": standalone.c, code_front); pc_standalone calls it
 * for a cluster written in mixed case. */
void pc_sa_codes(const struct pc_model *m, uint8_t *flags);

size_t pc_sa_chain(const uint8_t *flags, const uint32_t *prev, const uint8_t *in, uint32_t i,
                   uint32_t members[PC_SA_CHAIN]);

/* Whether candidate i of m may open a summary: its flags allow it
 * (pc_sa_opener) and, in English, its writer does not say "I", "me" or
 * "my" outside quote marks ("I annotated it using genius.": a person the
 * digest cannot show; standalone.c, writer_says), read only
 * here, for the few sentences the flags let open. */
int pc_sa_may_open(const struct pc_model *m, uint32_t i);

/* Whether candidate i of m, in English, says "I", "me" or "my" outside
 * quote marks in its writer's words (standalone.c, writer_says).
 * Reads its tokens, and its text only when one is a first-person word,
 * once per candidate (m->first_person keeps the answer). */
int pc_sa_first_person(const struct pc_model *m, uint32_t i);
/* Whether candidate i's writer says "we" or "our" outside quote marks (an
 * organisation's page, a letter, an editorial), read as
 * pc_sa_first_person reads "I"; English only, not cached (one reading
 * per candidate, in a document that may be in its writer's first person:
 * rank/learned.c). */
int pc_sa_writer_we(const struct pc_model *m, uint32_t i);

/* The term of the noun of candidate i's definite description when its
 * document wrote that noun a few sentences before it, but not in the
 * sentence right before (that one makes it PC_SA_REFERS): "The girls were
 * hiking ..." two sentences after "Two girls went missing ...".  The
 * description points back at what its document introduced, and a summary
 * that has not written the noun before it leaves the reader asking which
 * girls (select.c, unintroduced).  near[] gets the content words at most
 * two before or after the noun where its document wrote it (UINT32_MAX
 * for none): a name or a phrase the description stands for ("pastor
 * joel osteen" before "The pastor said ...").  UINT32_MAX for none: not English, no
 * "The" (or "At the" ...) opening, the noun restricted ("The carcass of a
 * reindeer"), capitalised ("The Taliban") or not written before.  Read
 * only for a candidate that would be chosen. */
#define PC_SA_NEAR 4
uint32_t pc_sa_described(const struct pc_model *m, uint32_t i, uint32_t near[PC_SA_NEAR]);

/* Whether a sentence with these flags may open a summary. */
static inline int pc_sa_opener(uint8_t flags)
{
    return !(flags & (PC_SA_REFERS | PC_SA_QUOTE_OPEN | PC_SA_BROKEN | PC_SA_OPEN_END | PC_SA_BARE |
                      PC_SA_BACK2 | PC_SA_GLUED));
}
#endif
