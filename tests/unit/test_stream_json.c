/* The hand-written reader of feed lines (src/stories/jsonline.c): what it
 * decodes, what it hands back to jansson, and that whatever it accepts it
 * reads exactly as jansson does (random lines, both readers). */
#include <jansson.h>

#include "check.h"
#include "precis.h"
#include "stories/jsonline_check.h"

static char buf[1 << 16];

static int rd(const char *line, st_jline *j)
{
    return st_json_read(line, strlen(line), buf, j);
}

static int field_is(const st_jfield *f, const char *s, size_t n)
{
    return f->type == ST_JSTRING && f->len == n && memcmp(f->s, s, n) == 0 && f->s[n] == '\0';
}

static void test_decode(void)
{
    st_jline j;
    CHECK(rd("{\"id\": \"a1\", \"text\": \"Hello world\", \"title\": null, \"x\": true}", &j));
    CHECK(field_is(&j.id, "a1", 2) && j.id.plain);
    CHECK(field_is(&j.text, "Hello world", 11));
    CHECK(j.title.type == ST_JNULL && j.date.type == ST_JABSENT && j.html.type == ST_JABSENT);
    CHECK(rd(" {\"text\":\"a\\n\\t\\\"b\\\\c\\/d\\b\\f\\r\"}\r\n", &j));
    CHECK(field_is(&j.text, "a\n\t\"b\\c/d\b\f\r", 12));
    /* \u: two, three and four bytes, a surrogate pair, NUL, hex case */
    CHECK(rd("{\"text\": \"\\u00e9\\u20AC\\ud83d\\ude00\\u0000x\"}", &j));
    CHECK(field_is(&j.text, "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\0x", 11));
    /* raw UTF-8 after and inside runs of eight bytes */
    CHECK(rd("{\"text\": \"caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xF0\x9F\x98\x80 "
             "abcdefghijk\"}",
             &j));
    CHECK(field_is(
        &j.text, "caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xF0\x9F\x98\x80 abcdefghijk", 38));
    /* integer ids as jansson prints them */
    CHECK(rd("{\"id\": 42, \"text\": \"t\"}", &j) && j.id.type == ST_JINT && !strcmp(j.id.s, "42"));
    CHECK(rd("{\"id\": -0, \"text\": \"t\"}", &j) && j.id.type == ST_JINT && !strcmp(j.id.s, "0"));
    CHECK(rd("{\"id\": -123456789012345678, \"text\": \"t\"}", &j) &&
          !strcmp(j.id.s, "-123456789012345678"));
    CHECK(rd("{\"id\": \"a\\u0062\", \"text\": \"t\"}", &j) && field_is(&j.id, "ab", 2) &&
          !j.id.plain);
    CHECK(rd("{}", &j) && j.text.type == ST_JABSENT);
    CHECK(rd("{\"n\": 7, \"m\": false, \"text\": \"\"}", &j) && field_is(&j.text, "", 0));
}

/* Lines the reader hands back to jansson. */
static void test_fallback(void)
{
    static const char *const lines[] = {
        "",
        "[1]",
        "{\"text\": \"a\"} x",
        "{\"text\": \"a\",}",
        "{\"text\": \"a\"",
        "{\"text\": \"a}",
        "{\"text\": {\"a\": 1}}",
        "{\"other\": [1, 2], \"text\": \"a\"}",
        "{\"id\": 1.5, \"text\": \"a\"}",
        "{\"id\": 1e3, \"text\": \"a\"}",
        "{\"id\": 0123, \"text\": \"a\"}",
        "{\"id\": 1234567890123456789, \"text\": \"a\"}",
        "{\"id\": 22222222222222222222222222222222222222222, \"text\": \"a\"}",
        "{\"id\": true, \"text\": \"a\"}",
        "{\"date\": 1451989800, \"text\": \"a\"}",
        "{\"text\": 5}",
        "{\"title\": false, \"text\": \"a\"}",
        "{\"text\": \"a\", \"text\": \"b\"}",
        "{\"x\": 1, \"text\": \"a\", \"x\": 2}",
        "{\"t\\u0065xt\": \"a\"}",
        "{\"text\": \"\\ud83d\"}",
        "{\"text\": \"\\ude00\"}",
        "{\"text\": \"\\ud83dx\\ude00\"}",
        "{\"text\": \"\\x\"}",
        "{\"text\": \"\\u12g4\"}",
        "{\"text\": \"tab\there\"}",
        "{\"text\": \"bad \xC0\xAF utf8\"}",
        "{\"text\": \"surrogate \xED\xA0\x80 in utf8\"}",
        "{\"text\": \"cut \xE2\x82\"}",
        "{\"text\": nul}",
        "{\"text\": nullx}",
        "{\"x\": -, \"text\": \"a\"}",
        ("{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"f\":1,\"g\":1,\"h\":1,\"i\":1,\"j\":1,"
         "\"k\":1,\"l\":1,\"m\":1,\"n\":1,\"o\":1,\"p\":1,\"q\":1,\"text\":\"a\"}"),
    };
    st_jline j;
    for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
        int got = rd(lines[k], &j);
        if (got)
            fprintf(stderr, "accepted: %s\n", lines[k]);
        CHECK(!got);
    }
}

/* A random piece of string content: plain ASCII, escapes of every kind,
 * raw UTF-8, and now and then something jansson refuses. */
static size_t piece(char *o, uint64_t *rng, int bad)
{
    static const char *const good[] = {
        "plain text ",
        "word",
        "\\n",
        "\\\"",
        "\\\\",
        "\\/",
        "\\t",
        "\\u00e9",
        "\\u20ac",
        "\\uD83D\\uDE00",
        "\\u0000",
        "\xC3\xA9",
        "\xE2\x80\x94",
        "\xF0\x9F\x98\x80",
        "'s",
        "12,345",
        "abcdefghijklmnop",
        " ",
        "{",
        "}",
        ":",
        ",",
    };
    static const char *const wrong[] = {
        "\x01", "\\q", "\\uD800", "\\uDC00", "\xC3", "\xFF", "\xED\xA0\x80", "\"", "\\u12",
    };
    const char *p = bad ? wrong[check_random(rng) % (sizeof wrong / sizeof *wrong)]
                        : good[check_random(rng) % (sizeof good / sizeof *good)];
    size_t n = strlen(p);
    if (!n) /* "\\u0000" has length; keep the compiler quiet */
        return 0;
    memcpy(o, p, n);
    return n;
}

static void test_same_as_jansson(void)
{
    static const char *const keys[] = {"id",     "text", "html",    "title", "date",
                                       "source", "url",  "cluster", "story", "extra"};
    uint64_t rng = 0x9E3779B97F4A7C15ull;
    size_t accepted = 0, refused = 0;
    static char line[8192];
    for (int it = 0; it < 20000; it++) {
        size_t n = 0;
        line[n++] = '{';
        int nf = (int)(check_random(&rng) % 7);
        for (int f = 0; f < nf; f++) {
            if (f)
                n += (size_t)snprintf(line + n, 8, "%s", check_random(&rng) % 4 ? ", " : ",");
            const char *k = keys[check_random(&rng) % (sizeof keys / sizeof *keys)];
            n += (size_t)snprintf(line + n, 32, "\"%s\":%s", k, check_random(&rng) % 2 ? " " : "");
            uint64_t r = check_random(&rng) % 20;
            if (r == 0) {
                n += (size_t)snprintf(line + n, 8, "null");
            } else if (r == 1) {
                n += (size_t)snprintf(line + n, 32, "%lld",
                                      (long long)(check_random(&rng) % 2000000) - 1000000);
            } else if (r == 2) {
                n += (size_t)snprintf(line + n, 8, "true");
            } else if (r == 3) {
                n += (size_t)snprintf(line + n, 16, "[1, \"a\"]");
            } else if (r == 4) {
                n += (size_t)snprintf(line + n, 16, "2.5e3");
            } else {
                line[n++] = '"';
                int np = (int)(check_random(&rng) % 12);
                for (int p = 0; p < np; p++)
                    n += piece(line + n, &rng, check_random(&rng) % 50 == 0);
                line[n++] = '"';
            }
        }
        line[n++] = '}';
        if (check_random(&rng) % 40 == 0) /* a cut or a byte changed */
            n = (size_t)(check_random(&rng) % n);
        line[n] = '\0';
        st_jline j;
        int fast = st_json_read(line, n, buf, &j);
        json_error_t je;
        json_t *root = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
        if (fast) {
            accepted++;
            int ok = root && json_is_object(root) && st_jline_same(root, &j);
            if (!ok)
                fprintf(stderr, "read differently: %s\n", line);
            CHECK(ok);
        } else {
            refused++;
        }
        json_decref(root);
    }
    /* both kinds occur often enough for the comparison to mean something */
    CHECK(accepted > 3000 && refused > 3000);
}

/* Through the API: the id printed back (precis cluster -a) and the
 * messages of lines the reader hands to jansson. */
static void test_api(void)
{
    precis_stream *s;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    /* a first article without a term: nothing to copy (UBSan: memcpy from
     * NULL) and no story */
    const char *empty = "{\"id\": \"e\", \"text\": \"the of and\"}";
    precis_assignment as0;
    precis_error err0;
    CHECK(precis_stream_add_json(s, empty, strlen(empty), &as0, NULL, &err0) == PRECIS_OK);
    CHECK(as0.story == 0);
    static const struct {
        const char *line, *id;
    } cases[] = {
        {"{\"id\": \"plain-1\", \"text\": \"Volcano erupts on the island of Bali.\"}",
         "\"plain-1\""},
        {"{\"id\": \"q\\\"\\u00e9\\n\\u0001\\/\", \"text\": \"Volcano erupts again.\"}",
         "\"q\\\"\xC3\xA9\\n\\u0001/\""},
        {"{\"id\": 17, \"text\": \"Volcano ash closes airports.\"}", "17"},
        {"{\"id\": null, \"text\": \"Volcano ash closes more airports.\"}", "null"},
        {"{\"id\": 12345678901234567890, \"text\": \"x\"}", NULL}, /* jansson: too big */
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        precis_assignment as;
        precis_error err;
        char *id = NULL;
        precis_status st =
            precis_stream_add_json(s, cases[k].line, strlen(cases[k].line), &as, &id, &err);
        if (cases[k].id) {
            CHECK(st == PRECIS_OK);
            CHECK_STR(id, cases[k].id);
        } else {
            CHECK(st == PRECIS_EPARSE && id == NULL);
        }
        precis_free(id);
    }
    precis_assignment as;
    precis_error err;
    const char *notext = "{\"id\": \"n\", \"title\": \"t\"}";
    CHECK(precis_stream_add_json(s, notext, strlen(notext), &as, NULL, &err) == PRECIS_EPARSE);
    CHECK_STR(err.message, "the article has neither \"text\" nor \"html\"");
    const char *num = "{\"id\": 2.5, \"text\": \"t\"}";
    CHECK(precis_stream_add_json(s, num, strlen(num), &as, NULL, &err) == PRECIS_EPARSE);
    CHECK_STR(err.message, "\"id\" must be a string or an integer");
    /* err->offset is the byte of the field's value (it was 0) */
    CHECK(err.offset == 7);
    const char *badtitle = "{\"text\": \"t\", \"date\": \"2016-01-05\",  \"title\" : [1]}";
    CHECK(precis_stream_add_json(s, badtitle, strlen(badtitle), &as, NULL, &err) == PRECIS_EPARSE);
    CHECK(strstr(err.message, "\"title\"") && err.offset == strlen(badtitle) - 4);
    const char *baddate = "{\"text\": \"t\", \"date\": {\"y\": 2016}}";
    CHECK(precis_stream_add_json(s, baddate, strlen(baddate), &as, NULL, &err) == PRECIS_EPARSE);
    CHECK(strstr(err.message, "\"date\"") && err.offset == 22);
    const char *dup = "{\"text\": \"a\", \"text\": \"b\"}";
    CHECK(precis_stream_add_json(s, dup, strlen(dup), &as, NULL, &err) == PRECIS_EPARSE);
    CHECK(err.message && strstr(err.message, "duplicate") != NULL);
    precis_stream_free(s);
    /* a number date: jansson's path, read as seconds since 1970 */
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    const char *date = "{\"id\": \"d\", \"text\": \"Volcano.\", \"date\": 1451989800}";
    CHECK(precis_stream_add_json(s, date, strlen(date), &as, NULL, &err) == PRECIS_OK);
    CHECK(as.time == 1451989800);
    precis_stream_free(s);
}

int main(void)
{
    test_decode();
    test_fallback();
    test_same_as_jansson();
    test_api();
    return check_done();
}
