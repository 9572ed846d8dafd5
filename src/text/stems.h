/* Snowball English stems of frequent word forms, looked up before asking
 * libstemmer (see tools/make_stems.c, which writes the table). */
#ifndef PRECIS_TEXT_STEMS_H
#define PRECIS_TEXT_STEMS_H
#include <stddef.h>
#include <stdint.h>

#define PC_STEM_SLOTS 16384   /* index slots: a power of two, > 2 x words */
#define PC_STEM_MAX_FORM 32   /* longest form in the table, bytes */

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

/* The stem of form w[0..n) (hash = pc_hash(w, n)) when the table has it,
 * with its length in *len; NULL otherwise. */
const char *pc_stem_lookup(const char *w, size_t n, uint32_t hash, size_t *len);

/* Number of forms in the table and the i-th form and stem (tests). */
size_t pc_stem_table_size(void);
void pc_stem_table_entry(size_t i, const char **form, const char **stem);
#endif
