/* UTF-8 validation and UTF-16 detection and conversion (src/util/utf8.c). */
#include "check.h"
#include "util/utf8.h"

static const char *conv(const char *in, size_t len, int be, size_t *bad)
{
    static char out[256];
    size_t n = pc_utf16_to_utf8(in, len, be, out, bad);
    CHECK(n <= pc_utf16_max_out(len));
    out[n] = '\0';
    return out;
}

int main(void)
{
    const unsigned char *u =
        (const unsigned char *)"\xC0\xAF\xE0\x80\xAF\xED\xA0\x80\xF4\x90\x80\x80";
    CHECK(pc_utf8_valid_len(u, 2) == 0);                                 /* overlong '/' */
    CHECK(pc_utf8_valid_len(u + 2, 3) == 0);                             /* overlong 3-byte */
    CHECK(pc_utf8_valid_len(u + 5, 3) == 0);                             /* surrogate */
    CHECK(pc_utf8_valid_len(u + 8, 4) == 0);                             /* > U+10FFFF */
    CHECK(pc_utf8_valid_len((const unsigned char *)"\xE2\x80", 2) == 0); /* truncated */
    CHECK(pc_utf8_first_invalid("ab\xFF", 3) == 2);
    /* the eight-byte ASCII path: a bad byte at every offset of long runs */
    char run[40];
    for (size_t at = 0; at < sizeof run; at++) {
        memset(run, 'a', sizeof run);
        run[at] = (char)0xFF;
        CHECK(pc_utf8_first_invalid(run, sizeof run) == at);
        run[at] = 'a';
        if (at + 3 <= sizeof run) {
            memcpy(run + at, "\xE2\x80\x94", 3); /* a valid dash there */
            CHECK(pc_utf8_first_invalid(run, sizeof run) == sizeof run);
        }
    }

    size_t bom, bad;
    CHECK(pc_utf16_detect("\xFF\xFEh\0", 4, &bom) == 1 && bom == 2);
    CHECK(pc_utf16_detect("\xFE\xFF\0h", 4, &bom) == 2 && bom == 2);
    CHECK(pc_utf16_detect("T\0h\0e\0 \0d\0", 10, &bom) == 1 && bom == 0);
    CHECK(pc_utf16_detect("\0T\0h\0e\0 \0d", 10, &bom) == 2 && bom == 0);
    CHECK(pc_utf16_detect("The dam burst.", 14, &bom) == 0);
    CHECK(pc_utf16_detect("T\0h\0", 4, &bom) == 0); /* too short to guess */
    CHECK(pc_utf16_detect("\xFF", 1, &bom) == 0);

    CHECK_STR(conv("h\0\xE9\0\xAC\x20", 6, 0, &bad), "h\xC3\xA9\xE2\x82\xAC");
    CHECK(bad == 0);
    /* U+1F30A as a surrogate pair, big-endian */
    CHECK_STR(conv("\xD8\x3C\xDF\x0A", 4, 1, &bad), "\xF0\x9F\x8C\x8A");
    CHECK(bad == 0);
    /* lone high surrogate, lone low surrogate, final odd byte */
    CHECK_STR(conv("\x3C\xD8"
                   "a\0"
                   "\x0A\xDF"
                   "b",
                   7, 0, &bad),
              "\xEF\xBF\xBD"
              "a"
              "\xEF\xBF\xBD"
              "\xEF\xBF\xBD");
    CHECK(bad == 3);
    CHECK_STR(conv("\x3C\xD8", 2, 0, &bad), "\xEF\xBF\xBD"); /* high surrogate at the end */
    CHECK(bad == 1);
    /* numeric character references and their UTF-8 */
    {
        unsigned long cp = 0;
        char u[5] = {0};
        const char *r = "&#x2019;&#124;&#0;&#xD800;&#12&#;";
        CHECK(pc_utf8_numeric_ref(r, strlen(r), 1, &cp) == 8 && cp == 0x2019);
        CHECK(pc_utf8_put(cp, u) == 3 && strcmp(u, "\xE2\x80\x99") == 0);
        CHECK(pc_utf8_numeric_ref(r, strlen(r), 9, &cp) == 14 && cp == 124);
        CHECK(pc_utf8_numeric_ref(r, strlen(r), 15, &cp) == 0); /* zero */
        CHECK(pc_utf8_numeric_ref(r, strlen(r), 19, &cp) == 0); /* a surrogate */
        CHECK(pc_utf8_numeric_ref(r, strlen(r), 27, &cp) == 0); /* no ';' */
        CHECK(pc_utf8_numeric_ref(r, strlen(r), 31, &cp) == 0); /* no digit */
        CHECK(pc_utf8_put(0x1F30A, u) == 4 && memcmp(u, "\xF0\x9F\x8C\x8A", 4) == 0);
        CHECK(pc_utf8_put('a', u) == 1 && u[0] == 'a');
        CHECK(pc_utf8_put(0xE9, u) == 2 && memcmp(u, "\xC3\xA9", 2) == 0);
    }
    return check_done();
}
