#include "text/stems.h"

#include <string.h>

#include "util/bytes.h"

#include "text/stem_table.inc"

_Static_assert(sizeof(pc_stem_entry) == 16, "a slot is 16 bytes, four to a cache line");
_Static_assert(PC_STEM_TABLE_WORDS * 10 < PC_STEM_SLOTS * 7, "stem index too full");

/* Writes the stem of slot e to stem; returns its length. */
static size_t stem_of_slot(const pc_stem_entry *e, char *stem)
{
    size_t sl = e->keep;
    memcpy(stem, e->form, sl);
    if (e->add)
        stem[sl++] = e->add;
    return sl;
}

size_t pc_stem_lookup(const char *w, size_t n, uint32_t hash, char *stem)
{
    if (n == 0 || n > PC_STEM_MAX_FORM)
        return 0;
    for (size_t k = hash & (PC_STEM_SLOTS - 1); pc_stem_table[k].form[0];
         k = (k + 1) & (PC_STEM_SLOTS - 1)) {
        const pc_stem_entry *e = &pc_stem_table[k];
        if (e->form[0] == w[0] && (n == PC_STEM_MAX_FORM || e->form[n] == '\0') &&
            pc_bytes_eq(e->form, w, n))
            return stem_of_slot(e, stem);
    }
    return 0;
}

void pc_stem_prefetch(uint32_t hash)
{
    __builtin_prefetch(&pc_stem_table[hash & (PC_STEM_SLOTS - 1)]);
}

size_t pc_stem_table_slots(void)
{
    return PC_STEM_SLOTS;
}

int pc_stem_table_entry(size_t i, char *form, char *stem)
{
    const pc_stem_entry *e = &pc_stem_table[i];
    if (!e->form[0])
        return 0;
    size_t n = strnlen(e->form, PC_STEM_MAX_FORM);
    memcpy(form, e->form, n);
    form[n] = '\0';
    stem[stem_of_slot(e, stem)] = '\0';
    return 1;
}
