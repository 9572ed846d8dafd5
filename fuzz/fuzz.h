/* Shared helpers for the fuzz targets.  Each fuzz_*.c defines
 * LLVMFuzzerTestOneInput; libFuzzer drives it, or fuzz/replay.c replays files
 * through it (CTest). */
#ifndef PRECIS_FUZZ_H
#define PRECIS_FUZZ_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken invariant is a crash: libFuzzer records the input. */
#define FUZZ_ASSERT(cond)                                                                          \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Takes one byte off the front of the input to choose options (0 if empty). */
static inline unsigned fuzz_take(const uint8_t **data, size_t *size)
{
    if (!*size)
        return 0;
    unsigned v = (*data)[0];
    (*data)++;
    (*size)--;
    return v;
}
#endif
