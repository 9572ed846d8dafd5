/* Named entities of a cluster: people, organisations and places, found by
 * capitalisation, titles ("Secretary of State"), a first-name list and a
 * small gazetteer (lexicon.txt), with mention counts per document. */
#ifndef PRECIS_DIGEST_ENTITIES_H
#define PRECIS_DIGEST_ENTITIES_H
#include "digest/digest.h"
#include "digest/lex.h"

/* The longest apposition ("Jon Aas, a law professor and director of ...,
 * said") searched for its commas, in words: bounds the search per name or
 * verb of saying. */
#define PC_APPOS_MAX 40

/* The end (exclusive word index) of the capitalised run starting at word i:
 * capitalised words, joined by name particles ("de", "al") and by "of" or
 * "for" when a capitalised word follows; a run ends at punctuation or a
 * possessive.  Returns i when word i does not start a run. */
size_t pc_entity_run(const pc_words *w, const char *s, size_t i);

/* Classifies the run [i, j) of words: returns the entity it names or NULL.
 * Also usable before extraction ends (speakers, in quotes.c). */
const pc_entity *pc_entity_of_run(const precis_digest *g, const pc_words *w, const char *s,
                                  size_t i, size_t j);
/* Whether the given names of two full names of one surname agree: the
 * same first three letters (Sergei / Sergey) or the same skeleton of three
 * consonants or more (Goren / Goeran / Göran). */
int pc_entity_same_given(const char *a, const char *b);
/* Whether two full names of one surname name one person: the same given
 * name, or the first given name of one among the other's ("Stanley
 * Frederick James Shaw" and "Stanley Shaw" or "James Shaw"). */
int pc_entity_same_person(const char *a, const char *b);
/* The words [i, j) of w as written, one space apart, initials with their
 * period ("Ruth A. Mercer"), into buf (cut to cap). */
void pc_entity_phrase(char *buf, size_t cap, const pc_words *w, const char *s, size_t i, size_t j);
#endif
