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

/* 1 when the two intervals cannot both hold. */
int pc_figures_disjoint(const pc_figure *a, const pc_figure *b);
#endif
