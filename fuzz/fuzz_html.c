/* The HTML reader: any bytes as a page (gzip, charsets, broken markup),
 * extracted, then added to a cluster and summarized.  Must never crash;
 * the text must be NUL-terminated at its length and valid UTF-8. */
#include <string.h>

#include "fuzz.h"
#include "precis.h"

static int valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!k || i + k > n)
            return 0;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    precis_extracted *x = NULL;
    precis_error warn;
    precis_status st = precis_html_extract((const char *)data, size, NULL, &x, &warn);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ENOMEM);
    if (st)
        return 0;
    size_t len;
    const char *text = precis_extracted_text(x, &len);
    FUZZ_ASSERT(text && strlen(text) == len);
    FUZZ_ASSERT(valid_utf8((const unsigned char *)text, len));
    const char *fields[] = {precis_extracted_title(x), precis_extracted_byline(x),
                            precis_extracted_date(x), precis_extracted_site(x),
                            precis_extracted_url(x)};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        FUZZ_ASSERT(!fields[i] || (fields[i][0] && valid_utf8((const unsigned char *)fields[i],
                                                              strlen(fields[i]))));
    precis_extracted_free(x);

    precis_cluster *c = NULL;
    if (precis_cluster_new(&c, NULL))
        return 0;
    st = precis_cluster_add_html(c, (const char *)data, size, NULL, NULL, NULL);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ENOMEM);
    precis_summary *s = NULL;
    if (!st && precis_summarize(c, NULL, &s) == PRECIS_OK) {
        char *out = NULL;
        size_t n = 0;
        FUZZ_ASSERT(precis_summary_render(s, PRECIS_FORMAT_JSON, &out, &n) == PRECIS_OK);
        precis_free(out);
    }
    precis_summary_free(s);
    precis_cluster_free(c);
    return 0;
}
