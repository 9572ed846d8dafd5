#include "check.h"
#include "text/normalize.h"

static char out[256];

static const char *norm(const char *s)
{
    size_t n = pc_normalize_display(s, strlen(s), out);
    out[n] = '\0';
    return out;
}

int main(void)
{
    CHECK_STR(norm("  a\n\tb  c "), "a b c");
    CHECK_STR(norm("x\xc2\xa0y\xe2\x80\x89z"), "x y z"); /* NBSP, thin space */
    CHECK_STR(norm("**Bold** claim"), "Bold claim");
    CHECK_STR(norm("[Tillerson said](#) it"), "Tillerson said it");
    CHECK_STR(norm("see [a](http://x.y/z) and [b] c"), "see a and [b] c");
    CHECK_STR(norm("link <https://example.org/x> here"), "link here");
    CHECK_STR(norm("snake_case stays"), "snake_case stays");
    CHECK_STR(norm(""), "");
    CHECK(pc_count_words("a  b\tc\n", 7) == 3);
    CHECK(pc_count_words("", 0) == 0);
    CHECK(pc_count_words(" well-known — x", 17) == 3);
    /* runs copied whole stop at a link's end and at every special byte */
    CHECK_STR(norm("long plain run [linked words](http://a.b/c)tail\tend"),
              "long plain run linked wordstail end");
    CHECK_STR(norm("caf\xc3\xa9  na\xc3\xafve__x__"), "caf\xc3\xa9 na\xc3\xafvex");
    /* the display word count agrees with the general one on display forms */
    static const char *const samples[] = {"",
                                          " ",
                                          "one",
                                          "  a\n\tb  c ",
                                          "x\xc2\xa0y\xe2\x80\x89z",
                                          "**Bold** claim [a](http://x) <https://y.z/> w",
                                          "\x01ctl\x7f and\r\nCRLF  "};
    for (size_t k = 0; k < sizeof samples / sizeof *samples; k++) {
        size_t n = pc_normalize_display(samples[k], strlen(samples[k]), out);
        CHECK(pc_count_display_words(out, n) == pc_count_words(out, n));
    }
    return check_done();
}
