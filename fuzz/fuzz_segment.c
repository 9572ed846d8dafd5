/* The sentence segmenter (pc_segment_lang) on any valid UTF-8, with and
 * without a sentence limit, in English or (selector bit 7) another language
 * profile: spans must be non-empty, in order, inside the text,
 * trimmed of white space and must start and end on character boundaries. */
#include <string.h>

#include "fuzz.h"
#include "text/segment.h"
#include "util/utf8.h"

typedef struct state {
    const char *text;
    size_t len, last_end;
    unsigned stop_after; /* emit returns 1 at this span (0 = never) */
    unsigned count;
} state;

static int is_boundary(const char *t, size_t len, size_t i)
{
    return i == len || ((unsigned char)t[i] & 0xC0) != 0x80;
}

static int on_span(void *ctx, size_t start, size_t end)
{
    state *s = ctx;
    FUZZ_ASSERT(start < end && end <= s->len);
    FUZZ_ASSERT(start >= s->last_end);
    FUZZ_ASSERT(is_boundary(s->text, s->len, start) && is_boundary(s->text, s->len, end));
    FUZZ_ASSERT(s->text[start] != ' ' && s->text[start] != '\n');
    FUZZ_ASSERT(s->text[end - 1] != ' ' && s->text[end - 1] != '\n');
    s->last_end = end;
    return ++s->count == s->stop_after;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = fuzz_take(&data, &size);
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
    size_t max = sel & 1 ? 1 + (sel >> 1) : 0;
    const pc_lang *lang = sel & 0x80 ? pc_lang_at((sel >> 1) % pc_lang_count()) : &pc_lang_en;
    state s = {text, size, 0, 0, 0};
    FUZZ_ASSERT(pc_segment_lang(text, size, max, lang, on_span, &s) == 0);
    /* Stopping early must be reported and must not touch anything else. */
    if (s.count > 1) {
        state t = {text, size, 0, s.count / 2, 0};
        FUZZ_ASSERT(pc_segment_lang(text, size, max, lang, on_span, &t) == -1);
    }
    free(text);
    return 0;
}
