/* PLACEHOLDER: every non-blank line is a body block (replaced by the real
 * cleaner). */
#include "text/clean.h"

int pc_clean(const char *text, size_t len, pc_block_fn emit, void *ctx)
{
    size_t s = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n' && text[i] != '\r')
            continue;
        size_t a = s, b = i;
        while (a < b && (text[a] == ' ' || text[a] == '\t'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t'))
            b--;
        if (b > a && emit(ctx, PC_BLOCK_BODY, a, b))
            return -1;
        s = i + 1;
    }
    return 0;
}
