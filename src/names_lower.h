/* Names made explicit in text without capitals (the lower-cased
 * Multi-News), where model/names.c finds none: a summary sentence that
 * opens with a surname nobody introduced ("Drizin said ...") gets the
 * given name its own document wrote for that person ("Steven Drizin said
 * ..."; docs/methods.md, "Names made explicit", "Text without capitals"). */
#ifndef PRECIS_NAMES_LOWER_H
#define PRECIS_NAMES_LOWER_H
#include <stddef.h>
#include <stdint.h>

#include "model/names.h"

/* The edits of the summary whose candidates are chosen[0..k), in output
 * order, in a cluster of model m that writes no capitals inside its
 * sentences (m->lower_case): *out (in m->arena; NULL when none) and *n
 * receive them, by item.  A sentence gets one when it is not its
 * document's first, is English, and opens with a word (ASCII letters and
 * hyphens, no stopword, written twice or more in the cluster) that no
 * summary sentence before it writes and that its document, before it,
 * writes right after one given name G of the digest's lexicons
 * (pc_lex_first_name, pc_lex_given_learned) and otherwise bare: never
 * bare before G's mention, never after another word.  G must have no
 * given name of the lexicons before it, and the word before G (no title)
 * must not be written right before the surname anywhere in the cluster
 * (a middle name: "bobbie jessica prather", "bobbie prather").  The edit
 * inserts "G " with its first letter capitalised at byte 0, while the
 * summary stays within `room` more units of `unit` (words or bytes;
 * sentences: no limit).  Linear in the documents of the sentences that
 * open with such a word; the cluster's text is read only for one about to
 * be edited.  Returns PRECIS_OK or PRECIS_ENOMEM. */
precis_status pc_names_lower(const struct pc_model *m, const uint32_t *chosen, size_t k,
                             precis_unit unit, size_t room, pc_name_edit **out, size_t *n);
#endif
