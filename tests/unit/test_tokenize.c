#include "check.h"
#include "text/tokenize.h"
#include "util/hash.h"

typedef struct toks {
    char out[32][PC_MAX_WORD + 1];
    size_t n;
} toks;

static int collect(void *ctx, const char *w, size_t n, uint32_t hash, size_t start, size_t end)
{
    toks *t = ctx;
    (void)start;
    (void)end;
    CHECK(hash == pc_fnv1a(w, n));
    static const char nul[8];
    CHECK(memcmp(w + n, nul, 8) == 0); /* the promised padding */
    if (t->n < 32) {
        memcpy(t->out[t->n], w, n);
        t->out[t->n][n] = '\0';
        t->n++;
    }
    return 0;
}

static toks run(const char *s)
{
    toks t;
    t.n = 0;
    pc_tokenize(s, strlen(s), collect, &t);
    return t;
}

int main(void)
{
    toks t = run("The U.S. envoy's \"plan\" failed.");
    CHECK(t.n == 5);
    CHECK_STR(t.out[0], "the");
    CHECK_STR(t.out[1], "us");
    CHECK_STR(t.out[2], "envoy");
    CHECK_STR(t.out[3], "plan");
    CHECK_STR(t.out[4], "failed");

    t = run("don’t stop at 3.5 per cent, e.g. Jane.Doe");
    CHECK_STR(t.out[0], "dont");
    CHECK_STR(t.out[3], "3.5");
    CHECK_STR(t.out[6], "eg");
    CHECK_STR(t.out[7], "jane");
    CHECK_STR(t.out[8], "doe");

    /* Unicode case folding through utf8proc */
    t = run("ÉCOLE Straße ΣΟΦΙΑ");
    CHECK(t.n == 3);
    CHECK_STR(t.out[0], "école");
    CHECK_STR(t.out[1], "strasse");
    CHECK_STR(t.out[2], "σοφια");

    /* hyphens separate; invalid bytes separate and never crash */
    t = run("well-known \xff\xfe bad\xc3");
    CHECK(t.n == 3);
    CHECK_STR(t.out[0], "well");
    CHECK_STR(t.out[2], "bad");

    /* an over-long word is cut, not overflowed */
    char longw[400];
    memset(longw, 'a', sizeof longw - 1);
    longw[sizeof longw - 1] = '\0';
    t = run(longw);
    CHECK(t.n == 1 && strlen(t.out[0]) == PC_MAX_WORD);

    t = run("");
    CHECK(t.n == 0);

    CHECK(pc_is_stopword("the", 3, pc_fnv1a("the", 3)));
    CHECK(pc_is_stopword("would", 5, pc_fnv1a("would", 5)));
    CHECK(!pc_is_stopword("missile", 7, pc_fnv1a("missile", 7)));
    CHECK(!pc_is_stopword("", 0, pc_fnv1a("", 0)));
    return check_done();
}
