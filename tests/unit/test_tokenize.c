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

/* Every token of a long text, with its hash and range. */
typedef struct tok {
    char w[PC_MAX_WORD + 1];
    uint32_t h;
    size_t start, end;
} tok;
typedef struct tlist {
    tok *v;
    size_t n, cap, shift;
} tlist;

static int add_tok(void *ctx, const char *w, size_t n, uint32_t hash, size_t start, size_t end)
{
    tlist *l = ctx;
    static const char nul[8];
    CHECK(memcmp(w + n, nul, 8) == 0);
    if (l->n == l->cap &&
        !(l->v = realloc(l->v, (l->cap = l->cap ? 2 * l->cap : 256) * sizeof *l->v)))
        exit(1);
    tok *t = &l->v[l->n++];
    memcpy(t->w, w, n);
    t->w[n] = '\0';
    t->h = hash;
    t->start = start + l->shift;
    t->end = end + l->shift;
    return 0;
}

/* The eight-bytes-at-a-time path for plain ASCII words (texts longer than
 * 24 bytes) against the byte-by-byte one: a space ends every word, so the
 * tokens of a text are those of its space-separated pieces read one by
 * one, and a piece shorter than 24 bytes never takes the fast path. */
static void test_fast_path(void)
{
    static const char *const parts[] = {
        "a",
        "Zz",
        "word",
        "WORD",
        "Mixed",
        "x9",
        "2016",
        "abcdefgh",
        "ABCDEFGHI",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "don't",
        "U.S.",
        "e.g.",
        "3.5",
        "end.",
        "it's",
        "caf\xC3\xA9",
        "na\xC3\xAFve",
        "\xE2\x80\x94",
        "x\xE2\x80\x99s",
        "@home",
        "[b]",
        "a,b",
        "q;",
        "(paren)",
        "\"quoted\"",
        "`tick`",
        "{brace}",
        "A.B.C",
        "..",
        "'",
        "\xff",
    };
    uint64_t rng = 88172645463325252ull;
    char text[4096];
    for (int it = 0; it < 300; it++) {
        size_t len = 0, piece = 0;
        while (len < sizeof text - 64) {
            const char *p = parts[check_random(&rng) % (sizeof parts / sizeof *parts)];
            size_t n = strlen(p);
            memcpy(text + len, p, n);
            len += n;
            piece += n;
            /* two parts glued now and then, else a space: pieces stay
             * shorter than 24 bytes (the longest part has 17) */
            if (piece > 6 || check_random(&rng) % 5) {
                text[len++] = check_random(&rng) % 9 ? ' ' : '\n';
                piece = 0;
            }
        }
        tlist whole = {NULL, 0, 0, 0}, pieces = {NULL, 0, 0, 0};
        pc_tokenize(text, len, add_tok, &whole);
        for (size_t a = 0, b; a < len; a = b + 1) {
            for (b = a; b < len && text[b] != ' ' && text[b] != '\n';)
                b++;
            CHECK(b - a < 24);
            pieces.shift = a;
            pc_tokenize(text + a, b - a, add_tok, &pieces);
        }
        int same = whole.n == pieces.n;
        for (size_t k = 0; same && k < whole.n; k++)
            same = !strcmp(whole.v[k].w, pieces.v[k].w) && whole.v[k].h == pieces.v[k].h &&
                   whole.v[k].start == pieces.v[k].start && whole.v[k].end == pieces.v[k].end;
        CHECK(same);
        free(whole.v);
        free(pieces.v);
    }
}

int main(void)
{
    test_fast_path();
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
    /* Turkish İ folds to i (Unicode's Turkic folding), not to i and a
     * combining dot: `İstanbul` is `istanbul`; dotless ı stays a letter of
     * its own and splits nothing */
    t = run("İSTANBUL'UN İstanbul ılık");
    CHECK(t.n == 3);
    CHECK_STR(t.out[0], "istanbulun");
    CHECK_STR(t.out[1], "istanbul");
    CHECK_STR(t.out[2], "ılık");

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
