/* People a summary names by the surname alone ("Lavrov repeated ...")
 * though no sentence before introduced them: at the first such mention,
 * the summary writes the given name the cluster uses for them ("Sergei
 * Lavrov repeated ..."), when the referent is certain (summary.c applies
 * the edits; docs/methods.md, "Names made explicit"). */
#ifndef PRECIS_MODEL_NAMES_H
#define PRECIS_MODEL_NAMES_H
#include <stddef.h>
#include <stdint.h>

#include "precis.h"
#include "util/arena.h"

struct pc_model;
typedef struct pc_names pc_names;

/* One insertion into a summary sentence: text[0..len) (bytes of the
 * cluster's text, e.g. "Sergei ") goes before byte `at` of the display
 * text of the summary's sentence `item` as written. */
typedef struct pc_name_edit {
    size_t item;
    size_t at;
    const char *text;
    size_t len;
} pc_name_edit;

/* A name a candidate writes: name `id` (0 .. m->nnames - 1), introduced
 * (words and bytes 0) or named bare first, its given name then taking
 * `words` words and `bytes` bytes. */
typedef struct pc_name_ref {
    uint32_t id;
    uint32_t words, bytes;
} pc_name_ref;

/* Finds the cluster's names (below) into m->names, and per candidate the
 * names it introduces or names bare before any introduction of its own
 * (m->name_off, m->name_refs, m->nnames; NULL and 0 when the cluster has
 * none): the selection counts the given name of one that no chosen
 * sentence wrote yet in the candidate's cost (select.c), so that the edits
 * stay within the budget.  Returns PRECIS_OK or PRECIS_ENOMEM. */
precis_status pc_names_build(struct pc_model *m);

/* The edits that name people in full in the summary whose candidates
 * are chosen[0..k), in output order (m->names built); *out (in m->arena)
 * and *n receive them, by item and then by offset.  A surname is a
 * capitalised word T
 * (not all capitals) that
 * - the cluster writes twice or more after the same given name, inside a
 *   sentence: initials ("F.W.", through a particle: "F.W. de Klerk";
 *   with a given name before them: "James P. Rubin") or a capitalised
 *   word it writes only right before another, never alone and never in
 *   lower case ("Sergei Lavrov"; not "Friday" in "On Friday Turkey");
 * - after no other given name, nor with another word before the given
 *   name or another particle ("George W. Bush" beside "George Bush"; not
 *   "Bill" and "Hillary"): the referent must be certain;
 * - it never writes in lower case, and writes bare somewhere: no given
 *   name, no article before it, no capitalised word after it ("Lavrov
 *   said"; not "the House", "House Speaker").
 * A family name written first is a capitalised word T (Chinese, Korean
 * order: "Xu Wenli", then "Xu") that the cluster writes twice or more in
 * a run "T G" of two capitalised words alone (a title word it also writes
 * in lower case may come before), never in lower case, never after a
 * given name or an article, never before another capitalised word than
 * G, and bare somewhere, but in no document bare before the run; G is
 * never written alone or in lower case.  Its first bare mention gets " G"
 * right after it ("Xu Wenli spent ...", "Xu Wenli's").
 * A summary sentence introduces T when it writes T after a given name,
 * or after a capitalised word inside the sentence that the cluster also
 * writes in lower case ("Foreign Minister Lavrov", "President Trump").
 * The first bare mention of T in the summary (not "the Assad regime")
 * before any introduction gets the given name, as the first sentence of
 * the cluster that writes it spells it, with its particle ("F.W. de
 * Klerk"; before the particle when the mention writes one: "F.W. De
 * Klerk's"); one after a title ("Mr. Lavrov", "Mrs. Clinton") gets none,
 * as a title may name another bearer of the surname.  Later mentions stay
 * as they are.  An edit is made only while the summary stays within
 * `room` more units of `unit` (words or bytes; sentences: no limit).
 * English conventions (capitals, articles); text without capitals (the
 * lower-cased Multi-News) has no names here (src/names_lower.h reads its
 * surnames with the digest's lexicons).  Linear in the cluster's text:
 * one pass over its words, one hash table of them.  Returns PRECIS_OK or
 * PRECIS_ENOMEM. */
precis_status pc_names_expand(const struct pc_model *m, const uint32_t *chosen, size_t k,
                              precis_unit unit, size_t room, pc_name_edit **out, size_t *n);

/* A family name written first and its given name (above: "Xu" and
 * "Wenli"), as the cluster first writes them: bytes of its text. */
typedef struct pc_family {
    const char *family, *given;
    uint32_t flen, glen;
} pc_family;

/* The family names written first of cluster c, found as for the summary's
 * edits (the rule above), for the digest's entities: *out (in arena, in
 * no order; NULL when none) and *n receive them.  Linear in the cluster's
 * text.  Returns PRECIS_OK or PRECIS_ENOMEM. */
precis_status pc_names_families(const precis_cluster *c, pc_arena *arena, pc_family **out,
                                size_t *n);
#endif
