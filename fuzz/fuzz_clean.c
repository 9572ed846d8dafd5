/* The boilerplate cleaner (pc_clean) on any valid UTF-8: blocks must be in
 * document order, inside the text and non-overlapping. */
#include <string.h>

#include "fuzz.h"
#include "text/clean.h"
#include "util/utf8.h"

typedef struct state {
    size_t len, last_end;
    int first;
} state;

static int on_block(void *ctx, pc_block_kind kind, size_t start, size_t end)
{
    state *s = ctx;
    FUZZ_ASSERT(kind == PC_BLOCK_BODY || kind == PC_BLOCK_TITLE);
    FUZZ_ASSERT(start <= end && end <= s->len);
    FUZZ_ASSERT(s->first || start >= s->last_end);
    s->first = 0;
    s->last_end = end;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* pc_clean's contract is valid UTF-8: replace invalid bytes by '?'. */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    for (size_t i = 0; i < size;) {
        size_t n = pc_utf8_valid_len((const unsigned char *)text + i, size - i);
        if (!n) {
            text[i++] = '?';
            continue;
        }
        i += n;
    }
    state s = {size, 0, 1};
    FUZZ_ASSERT(pc_clean(text, size, on_block, &s) == 0);
    free(text);
    return 0;
}
