#include <stdint.h>

#include "check.h"
#include "text/normalize.h"

static char out[256];

/* Pieces of random text: plain words and single spaces, which take the
 * eight-byte path, and everything that must stop it. */
static const char *const pieces[] = {"a",
                                     "word",
                                     "Longer",
                                     "x9",
                                     " ",
                                     " ",
                                     " ",
                                     "  ",
                                     "\t",
                                     "\n",
                                     "\r\n",
                                     "**",
                                     "*",
                                     "_",
                                     "__",
                                     "[",
                                     "]",
                                     "(",
                                     ")",
                                     "[t](u)",
                                     "[a b](#)",
                                     "<",
                                     ">",
                                     "<http://a.b/c>",
                                     "<https://x>",
                                     "\xc2\xa0",
                                     "\xc2\xad",
                                     "\xe2\x80\x89",
                                     "\xe3\x80\x80",
                                     "\xef\xbb\xbf",
                                     "caf\xc3\xa9",
                                     "\xe2\x80\x9c",
                                     "\x01",
                                     "\x7f",
                                     ".",
                                     ",",
                                     "'s",
                                     "-",
                                     "&amp;",
                                     "&#124;",
                                     "&#x2019;",
                                     "&nbsp;",
                                     "&#9;",
                                     "&",
                                     "&amp",
                                     "&#;"};

/* Compares the eight-byte path with the byte path, and the word count with
 * pc_count_words, on random concatenations of pieces. */
static void random_texts(void)
{
    static char in[512], fast[512], slow[512];
    uint64_t state = 0x9E3779B97F4A7C15ull;
    for (int round = 0; round < 20000; round++) {
        size_t len = 0;
        check_random(&state);
        size_t npieces = (size_t)(state % 60);
        for (size_t k = 0; k < npieces; k++) {
            check_random(&state);
            /* plain words and spaces most of the time */
            size_t pick = (state >> 8) % 4 ? (state >> 16) % 7
                                           : (state >> 16) % (sizeof pieces / sizeof *pieces);
            size_t pl = strlen(pieces[pick]);
            memcpy(in + len, pieces[pick], pl);
            len += pl;
        }
        size_t wf, ws;
        size_t nf = pc_normalize_display(in, len, fast, &wf);
        size_t ns = pc_normalize_display_bytes(in, len, slow, &ws);
        CHECK(nf == ns && memcmp(fast, slow, nf) == 0 && wf == ws);
        CHECK(wf == pc_count_words(fast, nf));
        if (nf != ns || memcmp(fast, slow, nf) != 0) {
            fprintf(stderr, "input \"%.*s\"\n", (int)len, in);
            break;
        }
    }
}

static const char *norm(const char *s)
{
    size_t n = pc_normalize_display(s, strlen(s), out, NULL);
    out[n] = '\0';
    return out;
}

int main(void)
{
    CHECK_STR(norm("  a\n\tb  c "), "a b c");
    CHECK_STR(norm("x\xc2\xa0y\xe2\x80\x89z"), "x y z"); /* NBSP, thin space */
    /* a soft hyphen is no space and not shown: "Wäh-rend" is "Während" */
    CHECK_STR(norm("W\xc3\xa4h\xc2\xadrend Br\xc3\xbc\xc2\xad"
                   "cke \xc2\xad x"),
              "W\xc3\xa4hrend Br\xc3\xbc"
              "cke x");
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
                                          "\001ctl\x7f and\r\nCRLF  "};
    for (size_t k = 0; k < sizeof samples / sizeof *samples; k++) {
        size_t words, n = pc_normalize_display(samples[k], strlen(samples[k]), out, &words);
        CHECK(words == pc_count_words(out, n));
    }
    /* character references a scraper left escaped: numeric ones and those
     * of HTML's syntax characters; nothing else, nothing invalid */
    CHECK_STR(norm("AT&amp;T &#124; news &#x2014; &quot;x&quot; &lt;b&gt; it&apos;s"),
              "AT&T | news \xe2\x80\x94 \"x\" <b> it's");
    CHECK_STR(norm("a&nbsp;&nbsp;b &#160;c&#x2009;d &#10;e"), "a b c d e");
    CHECK_STR(norm("&#128512; &#x1F600;"), "\xf0\x9f\x98\x80 \xf0\x9f\x98\x80");
    CHECK_STR(norm("at&t; &c &amp &eacute; &#0; &#xD800; &#1114112; &#12a; &#x;"),
              "at&t; &c &amp &eacute; &#0; &#xD800; &#1114112; &#12a; &#x;");
    CHECK_STR(norm("&amp;amp; &#38;#38;"), "&amp; &#38;");
    {
        size_t words, n = pc_normalize_display("x &nbsp; &#124; y", 17, out, &words);
        CHECK(n == 5 && memcmp(out, "x | y", 5) == 0 && words == 3);
    }
    /* a space before dropped emphasis and more space is not kept twice */
    CHECK_STR(norm("plain text **  bold"), "plain text bold");
    random_texts();
    return check_done();
}
