/* Snowball English stems of frequent word forms, looked up before asking
 * libstemmer (see tools/make_stems.c, which writes the table).  A generated,
 * read-only table with its own slot layout rather than util/strmap.h: it is
 * probed for every new word form of a cluster, and its slots hold the form
 * and the stem's recipe inline, so that a lookup touches one cache line and
 * the table needs no relocations. */
#ifndef PRECIS_TEXT_STEMS_H
#define PRECIS_TEXT_STEMS_H
#include <stddef.h>
#include <stdint.h>

#define PC_STEM_SLOTS 32768 /* index slots: a power of two (512 KB) */
#define PC_STEM_MAX_FORM 14 /* longest form in the table, bytes */

/* One slot of the table, the form inline so that a probe reads one slot of
 * a cache line and nothing else.  Almost every Snowball English stem is a
 * prefix of its form plus at most one byte ("happily" -> "happili"); the
 * table holds only such forms. */
typedef struct pc_stem_entry {
    char form[PC_STEM_MAX_FORM]; /* NUL-padded; form[0] == 0: an empty slot */
    uint8_t keep;                /* the stem is form[0..keep) ... */
    char add;                    /* ... then this byte, unless it is NUL */
} pc_stem_entry;

/* Whether the analyser stems this case-folded form: three bytes or more and
 * not a number (digits, '.' and ',' only).  Shorter forms and numbers are
 * their own stems. */
static inline int pc_stem_wanted(const char *w, size_t n)
{
    if (n <= 2)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((w[i] >= '0' && w[i] <= '9') || w[i] == '.' || w[i] == ','))
            return 1;
    return 0;
}

/* When the table has form w[0..n) (hash = pc_hash(w, n)), writes its stem
 * to stem[0..PC_STEM_MAX_FORM] and returns the stem's length (never 0);
 * returns 0 otherwise. */
size_t pc_stem_lookup(const char *w, size_t n, uint32_t hash, char *stem);

/* Starts loading the slot where the form of this hash is looked up first,
 * ahead of pc_stem_lookup (the table is 512 KB, most lookups miss the
 * cache). */
void pc_stem_prefetch(uint32_t hash);

/* The slots of the table (tests): pc_stem_table_entry fills the NUL-terminated
 * form and stem of slot i (buffers of PC_STEM_MAX_FORM + 2 bytes) and
 * returns 1, or returns 0 for an empty slot. */
size_t pc_stem_table_slots(void);
int pc_stem_table_entry(size_t i, char *form, char *stem);
#endif
