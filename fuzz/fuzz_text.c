/* The text reader as a crawler feeds it: one document through repair
 * (BOM, UTF-16, invalid UTF-8, NUL bytes), cleaning, segmentation and
 * analysis, then the same bytes as a "|||||"-joined stdin stream.  Checks the
 * sentences the cluster reports: inside the input, within the sentence
 * limit, valid UTF-8. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"
#include "util/utf8.h"

static void check_cluster(const precis_cluster *c, size_t max_sentence)
{
    size_t n = precis_cluster_sentence_count(c);
    for (size_t i = 0; i < n; i++) {
        precis_sentence s;
        FUZZ_ASSERT(precis_cluster_sentence(c, i, &s) == PRECIS_OK);
        FUZZ_ASSERT(s.start <= s.end);
        /* a limit below one character keeps that character whole */
        FUZZ_ASSERT(s.len > 0 && s.len <= (max_sentence < 4 ? 4 : max_sentence));
        FUZZ_ASSERT(pc_utf8_first_invalid(s.text, s.len) == s.len);
        FUZZ_ASSERT(s.doc < precis_cluster_document_count(c));
    }
    FUZZ_ASSERT(precis_cluster_sentence(c, n, &(precis_sentence){0}) == PRECIS_EINVAL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = fuzz_take(&data, &size);
    precis_options o;
    precis_options_init(&o);
    /* Small limits half of the time, so cuts and splits are exercised. */
    if (sel & 1)
        o.max_sentence_bytes = 1 + (sel >> 1) * 4;
    if (sel & 2)
        o.max_document_bytes = 1 + (sel >> 2) * 16;

    precis_cluster *c;
    if (precis_cluster_new(&c, NULL))
        return 0;
    precis_doc_meta meta = {.name = "fuzz"};
    precis_error w;
    precis_status st = precis_cluster_add_document(c, (const char *)data, size, &meta, &o, &w);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ELIMIT);
    FUZZ_ASSERT(w.message != NULL);
    check_cluster(c, o.max_sentence_bytes);
    precis_cluster_free(c);

    if (precis_cluster_new(&c, NULL))
        return 0;
    st = precis_cluster_add_joined(c, (const char *)data, size, "-", &o, &w);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ELIMIT);
    check_cluster(c, o.max_sentence_bytes);
    precis_cluster_free(c);

    /* the readers' judgements the CLI asks of a whole input: a cut JSON
     * line holds no line end; the invalid bytes lie after the first */
    int cut = precis_looks_json_cut((const char *)data, size);
    FUZZ_ASSERT(cut == 0 || (cut == 1 && !memchr(data, '\n', size)));
    size_t first;
    size_t bad = precis_utf8_invalid((const char *)data, size, &first);
    FUZZ_ASSERT(first <= size && bad <= size - first && (bad == 0) == (first == size));
    return 0;
}
