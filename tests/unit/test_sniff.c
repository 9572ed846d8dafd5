/* src/io/sniff.c's judgements of outside input that the CLI's readers ask
 * too: a JSON Lines cluster cut inside its line (precis_looks_json_cut),
 * the head of one (precis_looks_json_object)
 * and the bytes that are not UTF-8 (precis_utf8_invalid). */
#include <string.h>

#include "check.h"
#include "precis.h"

static int cut(const char *s)
{
    return precis_looks_json_cut(s, strlen(s));
}

static void test_json_cut(void)
{
    /* cut inside a string, after a key, after a comma, after the brace */
    CHECK(cut("{\"id\": \"b1\", \"documents\": [\"The village bakery reopened"));
    CHECK(cut("{\"id\": \"b1\", \"documents\": [\"One.\", "));
    CHECK(cut("{\"id\":"));
    CHECK(cut("{"));
    CHECK(cut("  {\"id\": 1, \"documents\": [\"a\"]"));
    CHECK(cut("\xEF\xBB\xBF{\"documents\": [\"a\""));     /* after a byte order mark */
    CHECK(cut("{\"documents\": [\"caf\xC3\xA9 au lait")); /* UTF-8 inside */
    /* not cut: whole, or not a JSON object, or over several lines */
    CHECK(!cut("{\"id\": \"b1\", \"documents\": [\"a\"]}"));
    CHECK(!cut("{The bakery} reopened on Saturday, its owner said."));
    CHECK(!cut("{ village news: the bakery reopened"));
    CHECK(!cut("[\"a\", \"b\""));
    CHECK(!cut("The bakery reopened {\"id\": 1"));
    CHECK(!cut("{\"note\": \"a\",\n \"more\": \"b\""));
    CHECK(!cut("{\"id\": \"b1\"} trailing words"));
    CHECK(!cut(""));
    CHECK(!precis_looks_json_cut(NULL, 0));
    /* a raw line end ends the line: the first line of JSON Lines is whole */
    CHECK(!cut("{\"id\": 1}\n{\"id\": 2"));
    /* a NUL byte inside is no premature end (JSON allows none) */
    CHECK(!precis_looks_json_cut("{\"id\": \"a\0b", 11));
    /* nor a NUL between fields, which jansson takes for the end */
    static const char nul[] = "{\"id\": 1, \0 \"documents\": [";
    CHECK(!precis_looks_json_cut(nul, sizeof nul - 1));
}

static int obj(const char *s)
{
    return precis_looks_json_object(s, strlen(s));
}

/* the head of a JSON Lines cluster, whole or not */
static void test_json_object(void)
{
    CHECK(obj("{\"id\": 1}") && obj("  {}") && obj("\xEF\xBB\xBF{ \"a") && obj("{"));
    CHECK(!obj("{The bakery} reopened") && !obj("[1]") && !obj("") && !obj("x {\"a\": 1}"));
}

static void test_utf8_invalid(void)
{
    size_t first = 99;
    CHECK(precis_utf8_invalid("caf\xC3\xA9", 5, &first) == 0 && first == 5);
    CHECK(precis_utf8_invalid("The caf\xE9 on the cr\xE8me", 22, &first) == 2 && first == 7);
    CHECK(precis_utf8_invalid("\xC0\xAF", 2, &first) == 2 && first == 0);     /* overlong */
    CHECK(precis_utf8_invalid("\xED\xA0\x80", 3, &first) == 3 && first == 0); /* surrogate */
    CHECK(precis_utf8_invalid("ab\xE2\x82", 4, NULL) == 2);                   /* cut short */
    CHECK(precis_utf8_invalid("", 0, &first) == 0 && first == 0);
    CHECK(precis_utf8_invalid(NULL, 0, &first) == 0);
}

int main(void)
{
    test_json_cut();
    test_json_object();
    test_utf8_invalid();
    return check_done();
}
