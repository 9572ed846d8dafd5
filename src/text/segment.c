/* PLACEHOLDER: split at ". ", "? ", "! " and newlines (replaced by the real
 * segmenter). */
#include "text/segment.h"

int pc_segment(const char *text, size_t len, size_t max_sentence, precis_span_fn emit,
               void *ctx)
{
    (void)max_sentence;
    size_t s = 0;
    for (size_t i = 0; i <= len; i++) {
        int end = i == len || text[i] == '\n' ||
                  ((text[i] == '.' || text[i] == '?' || text[i] == '!') && i + 1 < len &&
                   text[i + 1] == ' ');
        if (!end)
            continue;
        size_t e = (i < len && text[i] != '\n') ? i + 1 : i;
        while (s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r'))
            s++;
        size_t t = e;
        while (t > s && (text[t - 1] == ' ' || text[t - 1] == '\n' || text[t - 1] == '\r'))
            t--;
        if (t > s && emit(ctx, s, t))
            return -1;
        s = e;
    }
    return 0;
}
