/* A saved stream (precis_stream_load, src/stories/persist.c): bytes from a
 * file or a server's store row that may be damaged or made up.  The
 * checksum at the end would turn away nearly every mutated input, so the
 * harness writes the right one first (a state whose fields are wrong and
 * whose checksum is right is what a bug, or someone who means it, writes).
 * Loading never crashes; a refused state says where; a loaded one is a
 * working stream: it saves to bytes that load to a stream saving the same
 * bytes, and it takes an article. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"
#include "stories/stories.h"
#include "util/hash.h"

static const char LINE[] = "{\"id\":\"x\",\"date\":\"2026-03-05\",\"text\":\"Ash from Mount Keldar "
                           "closed schools in two towns on Wednesday as the eruption went on.\"}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    FUZZ_ASSERT(buf);
    if (size)
        memcpy(buf, data, size);
    if (size >= 28) {
        uint64_t sum = pc_hash64(buf, size - 8, ST_SAVE_SUM_SEED);
        for (int k = 0; k < 8; k++)
            buf[size - 8 + (size_t)k] = (char)(sum >> (8 * k));
    }
    precis_stream *s = NULL;
    precis_error err;
    precis_status st = precis_stream_load(buf, size, NULL, NULL, &s, &err);
    if (st) {
        FUZZ_ASSERT(s == NULL);
        FUZZ_ASSERT(st == PRECIS_EPARSE || st == PRECIS_ENOMEM);
        if (st == PRECIS_EPARSE)
            FUZZ_ASSERT(err.message && err.message[0] && err.offset <= size);
        free(buf);
        return 0;
    }
    char *a = NULL, *b = NULL;
    size_t al = 0, bl = 0;
    FUZZ_ASSERT(precis_stream_save(s, &a, &al) == PRECIS_OK);
    precis_stream *t = NULL;
    FUZZ_ASSERT(precis_stream_load(a, al, NULL, NULL, &t, &err) == PRECIS_OK);
    FUZZ_ASSERT(precis_stream_save(t, &b, &bl) == PRECIS_OK);
    FUZZ_ASSERT(al == bl && memcmp(a, b, al) == 0);
    precis_assignment as;
    char *id = NULL;
    st = precis_stream_add_json(s, LINE, sizeof LINE - 1, &as, &id, &err);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ENOMEM || st == PRECIS_ELIMIT);
    precis_free(id);
    precis_stream_close_idle(s, NULL, NULL, NULL);
    precis_free(a);
    precis_free(b);
    precis_stream_free(t);
    precis_stream_free(s);
    free(buf);
    return 0;
}
