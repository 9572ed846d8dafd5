#include "text/stems.h"

#include <string.h>

#include "util/bytes.h"

#include "text/stem_table.inc"

_Static_assert(PC_STEM_TABLE_WORDS * 2 < PC_STEM_SLOTS, "stem index too full");

const char *pc_stem_lookup(const char *w, size_t n, uint32_t hash, size_t *len)
{
    if (n == 0 || n > PC_STEM_MAX_FORM)
        return NULL;
    for (size_t k = hash & (PC_STEM_SLOTS - 1); pc_stem_slot[k]; k = (k + 1) & (PC_STEM_SLOTS - 1)) {
        const char *f = pc_stem_pool + (pc_stem_slot[k] - 1);
        if (f[0] == w[0] && f[n] == '\0' && pc_bytes_eq(f, w, n)) {
            const char *s = f + n + 1;
            *len = strlen(s);
            return s;
        }
    }
    return NULL;
}

size_t pc_stem_table_size(void)
{
    return PC_STEM_TABLE_WORDS;
}

void pc_stem_table_entry(size_t i, const char **form, const char **stem)
{
    *form = pc_stem_pool + pc_stem_at[i];
    *stem = *form + strlen(*form) + 1;
}
