/* Figures: numbers attached to a counted quantity (deaths, missiles,
 * people, money, percentages), grouped by the noun they count across
 * documents.  Each value keeps its qualifier ("more than 70", "at least 70",
 * "dozens") and the interval it allows; a group is flagged when two
 * documents give values whose intervals do not meet (72 and 87), but not
 * when they merely differ in precision ("dozens" and 59).  Numbers in dates,
 * years, ages, times, compounds ("six-year", "G-7") and proper names ("Group
 * of Seven") are not figures, nor are figures in a sentence that names a
 * month or year other than its document's (they count another event). */
#ifndef PRECIS_DIGEST_FIGURES_H
#define PRECIS_DIGEST_FIGURES_H
#include "digest/digest.h"
#include "text/words.h"

/* 1 when the two intervals cannot both hold. */
int pc_figures_disjoint(const pc_figure *a, const pc_figure *b);

/* Content words (hashed) read around a figure: what it counts beyond its
 * noun ("40 kilometers west of Dili"). */
#define PC_FIG_CTX 10

/* A figure as the digest reads it: its value, the noun it counts or the
 * digest's group of it ("deaths"), and the words around it. */
typedef struct pc_fig {
    pc_figure f;
    const char *quantity;
    uint32_t ctx[PC_FIG_CTX];
    uint8_t nctx;
    /* bit i: ctx[i] is a unit's word ("miles" of a conversion), which
     * tells nothing of what two values of a unit measure */
    uint16_t ctx_unit;
    /* for pc_figures_same_thing: the capitalized words among its context
     * (hashed; not the sentence's first), and whether it counts a part or
     * an addition ("the other 437", "another 14", "including 32", "17
     * others", "20 more") */
    uint8_t nnames, part;
    /* a part of a whole given after it ("six of the 11 family members"):
     * no value of the whole's count, left out of the digest's groups */
    uint8_t of_whole;
    uint32_t names[4];
} pc_fig;

/* The figures of counted things that sentence s of cluster c states, as
 * the digest's section "Where sources disagree" reads them, into out (at
 * most cap, the first ones): units of measure, money and percentages are
 * no counted things and left out.  Quantity strings are allocated in a.
 * Returns how many, or SIZE_MAX when out of memory. */
size_t pc_figures_in(const precis_cluster *c, const pc_sent *s, pc_arena *a, pc_fig *out,
                     size_t cap);
/* The same, over the words of s that the caller split (pc_lex_split, every
 * word of it): for a caller that reads the words for more than this. */
size_t pc_figures_in_words(const precis_cluster *c, const pc_sent *s, const pc_words *w,
                           pc_arena *a, pc_fig *out, size_t cap);

/* 1 when figures a and b (of pc_figures_in, of two sentences) count one
 * thing: the same noun or a noun of people and another ("about 1,500
 * people were evacuated", "1,200 residents were evacuated"), with a word
 * of their contexts in common (what is done to it: "evacuated",
 * "cancelled"), neither a part or an addition, and no capitalized words
 * of their contexts that are all different ("62 people throughout
 * Europe", "24 deaths in Romania and Bulgaria": two places). */
int pc_figures_same_thing(const pc_fig *a, const pc_fig *b);
#endif
