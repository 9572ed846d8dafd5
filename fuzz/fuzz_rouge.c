/* The ROUGE evaluator's input: a candidate and references (split on NUL
 * bytes: candidate, then each reference) scored and reported.  Listed in
 * fuzz/targets.txt with src/eval/rouge.c as its requirement, so it builds only
 * once the evaluator is in the tree. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"

#define MAX_REFS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = fuzz_take(&data, &size);
    const char *part[MAX_REFS + 1];
    size_t plen[MAX_REFS + 1], n = 0, start = 0;
    for (size_t i = 0; i <= size && n <= MAX_REFS; i++) {
        if (i < size && data[i] != 0)
            continue;
        part[n] = (const char *)data + start;
        plen[n] = i - start;
        n++;
        start = i + 1;
    }
    if (n < 2)
        return 0;
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.max_ngram = 1 + (int)(sel & 3);
    o.stem = (sel >> 2) & 1;
    o.remove_stopwords = (sel >> 3) & 1;
    o.skip_bigrams = (sel >> 4) & 1;
    o.skip_distance = 4;
    o.wlcs_weight = (sel >> 5) & 1 ? 1.2 : 0;
    if ((sel >> 6) & 1)
        o.word_limit = 1 + (sel & 31);
    o.resamples = 10;
    precis_rouge *ev = NULL;
    if (precis_rouge_new(&o, NULL, &ev))
        return 0;
    if (precis_rouge_add(ev, "d1", "sys", part[0], plen[0], part + 1, plen + 1, n - 1) ==
        PRECIS_OK) {
        char *out = NULL;
        FUZZ_ASSERT(precis_rouge_report(ev, PRECIS_ROUGE_JSON, &out, NULL) == PRECIS_OK);
        precis_free(out);
    }
    precis_rouge_free(ev);
    return 0;
}
