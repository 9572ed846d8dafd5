/* The JSON Lines reader: one batch line into a cluster, then summarized and
 * rendered as JSON.  Malformed lines must be refused with a position inside
 * the line, never crash. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_options o;
    precis_options_init(&o);
    o.budget = 60;
    precis_cluster *c = NULL;
    char *id = NULL;
    precis_error err;
    precis_status st = precis_cluster_from_json((const char *)data, size, &o, NULL, &c, &id, &err);
    if (st) {
        FUZZ_ASSERT(c == NULL && id == NULL);
        FUZZ_ASSERT(st == PRECIS_EPARSE || st == PRECIS_ELIMIT || st == PRECIS_ENOMEM ||
                    st == PRECIS_EEMPTY);
        FUZZ_ASSERT(err.code == st && err.message && err.offset <= size);
        return 0;
    }
    precis_summary *s = NULL;
    if (precis_summarize(c, &o, &s) == PRECIS_OK) {
        char *out = NULL;
        size_t len = 0;
        FUZZ_ASSERT(precis_summary_render(s, PRECIS_FORMAT_JSON, &out, &len) == PRECIS_OK);
        FUZZ_ASSERT(out && strlen(out) == len);
        precis_free(out);
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    precis_free(id);
    return 0;
}
