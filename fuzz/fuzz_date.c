/* precis_parse_date on arbitrary bytes (not NUL-terminated: the input is
 * exactly `size` bytes, so a read past `len` is an ASan error).  Checks what
 * include/precis.h promises: 0 or -1; on 0 a time within the years 1000 to
 * 2999 (-30610224000 <= t < 32503680000), the same answer with t NULL, and
 * the ISO form of the result (YYYY-MM-DDTHH:MM:SSZ) reads back as the same t. */
#include <inttypes.h>
#include <string.h>

#include "fuzz.h"
#include "precis.h"

/* Days since 1970-01-01 to a civil date (proleptic Gregorian). */
static void civil(int64_t days, int64_t *y, int *m, int *d)
{
    days += 719468;
    int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    int64_t doe = days - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    int64_t t = INT64_MIN;
    int r = precis_parse_date(s, size, &t);
    FUZZ_ASSERT(r == 0 || r == -1);
    FUZZ_ASSERT(precis_parse_date(s, size, NULL) == r);
    if (r)
        return 0;
    if (!(t >= INT64_C(-30610224000) && t < INT64_C(32503680000))) {
        fprintf(stderr, "t = %" PRId64 "\n", t);
        FUZZ_ASSERT(t >= INT64_C(-30610224000) && t < INT64_C(32503680000));
    }
    int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400, sec = t - days * 86400;
    int64_t y;
    int m, d;
    civil(days, &y, &m, &d);
    char iso[64];
    int n = snprintf(iso, sizeof iso, "%04" PRId64 "-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
                     (int)(sec / 3600), (int)(sec / 60 % 60), (int)(sec % 60));
    FUZZ_ASSERT(n > 0 && (size_t)n < sizeof iso);
    char *copy = malloc((size_t)n); /* exact size, no NUL */
    FUZZ_ASSERT(copy);
    memcpy(copy, iso, (size_t)n);
    int64_t back = INT64_MIN;
    int rb = precis_parse_date(copy, (size_t)n, &back);
    if (rb != 0 || back != t) {
        fprintf(stderr, "t = %" PRId64 ", ISO %s reads back as %d, %" PRId64 "\n", t, iso, rb,
                back);
        FUZZ_ASSERT(rb == 0 && back == t);
    }
    free(copy);
    return 0;
}
