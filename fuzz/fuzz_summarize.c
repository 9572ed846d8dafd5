/* The whole path in one call: "|||||"-joined documents through
 * precis_summarize_text with options (method, unit, budget, order, format,
 * limits) chosen by the first two bytes.  Checks the budget in sentences. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned a = fuzz_take(&data, &size), b = fuzz_take(&data, &size);
    precis_options o;
    precis_options_init(&o);
    o.method = precis_method_name(a % precis_method_count());
    o.unit = (precis_unit)((a >> 2) % 3);
    o.budget = 1 + (b & 0x3F) * (o.unit == PRECIS_UNIT_BYTES ? 8 : 1);
    o.order = (a >> 4) & 1 ? PRECIS_ORDER_SCORE : PRECIS_ORDER_SOURCE;
    o.redundancy = (b >> 6) == 0 ? 1.0 : 0.25 * (double)(b >> 6);
    if ((a >> 5) & 1)
        o.max_graph_sentences = 1 + (b & 7);
    if ((a >> 6) & 1)
        o.max_sentence_bytes = 8 + (b & 0x3F);
    precis_format fmt = (precis_format)((a >> 6) % 3);

    char *out = NULL;
    size_t len = 0;
    precis_status st = precis_summarize_text((const char *)data, size, &o, fmt, &out, &len);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ELIMIT || st == PRECIS_ENOMEM);
    if (st == PRECIS_OK) {
        FUZZ_ASSERT(out && strlen(out) <= len);
        if (fmt == PRECIS_FORMAT_TEXT && o.unit == PRECIS_UNIT_SENTENCES) {
            size_t lines = 0;
            for (size_t i = 0; i < len; i++)
                lines += out[i] == '\n';
            /* one sentence over budget is allowed only when nothing fits */
            FUZZ_ASSERT(lines <= (o.budget > 1 ? o.budget : 1));
        }
    } else {
        FUZZ_ASSERT(out == NULL);
    }
    precis_free(out);
    return 0;
}
