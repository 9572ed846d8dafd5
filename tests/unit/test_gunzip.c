/* precis_gunzip, the one gzip inflater of the library and the CLI, on each
 * way a gzip input can be: whole, several members, cut short, followed by
 * bytes that are not gzip, a wrong CRC, a corrupt block, a bomb past the
 * limit, an empty member, not gzip at all.  The gzip bytes are made here
 * with zlib from invented text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "check.h"
#include "precis.h"

static const char TEXT[] =
    "The village bakery reopened on Saturday after a fire closed it in the spring. "
    "Neighbours queued from dawn for the first loaves. "
    "The owner thanked the volunteers who rebuilt the ovens.";

/* gzip of p[0..n) into a new buffer (*len bytes). */
static unsigned char *gz(const char *p, size_t n, size_t *len)
{
    z_stream s;
    memset(&s, 0, sizeof s);
    CHECK(deflateInit2(&s, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    size_t cap = deflateBound(&s, (uLong)n) + 16;
    unsigned char *out = malloc(cap);
    s.next_in = (Bytef *)p;
    s.avail_in = (uInt)n;
    s.next_out = out;
    s.avail_out = (uInt)cap;
    CHECK(deflate(&s, Z_FINISH) == Z_STREAM_END);
    *len = s.total_out;
    deflateEnd(&s);
    return out;
}

/* a + b in a new buffer. */
static unsigned char *cat(const unsigned char *a, size_t na, const void *b, size_t nb)
{
    unsigned char *p = malloc(na + nb);
    memcpy(p, a, na);
    memcpy(p + na, b, nb);
    return p;
}

static int has(const char *s, const char *part)
{
    return s && strstr(s, part) != NULL;
}

static void test_whole(void)
{
    size_t n, len = 7;
    unsigned char *z = gz(TEXT, strlen(TEXT), &n);
    char *out = NULL;
    precis_error e;
    CHECK(precis_gunzip((const char *)z, n, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_OK && len == strlen(TEXT));
    CHECK_STR(out, TEXT);
    precis_free(out);
    /* err and out_len may be NULL */
    CHECK(precis_gunzip((const char *)z, n, 0, &out, NULL, NULL) == PRECIS_OK);
    CHECK_STR(out, TEXT);
    precis_free(out);
    free(z);
}

static void test_members(void)
{
    size_t half = strlen(TEXT) / 2, n1, n2, len;
    unsigned char *a = gz(TEXT, half, &n1), *b = gz(TEXT + half, strlen(TEXT) - half, &n2);
    unsigned char *ab = cat(a, n1, b, n2);
    char *out;
    precis_error e;
    CHECK(precis_gunzip((const char *)ab, n1 + n2, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_OK);
    CHECK_STR(out, TEXT); /* both members, in turn */
    precis_free(out);
    /* the second member cut short: the first whole, the cut named by member;
     * coded PRECIS_EIO, the rest of the input lost (session 43: EPARSE, as
     * bytes after the last member are, which lose nothing) */
    CHECK(precis_gunzip((const char *)ab, n1 + n2 - 10, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_EIO && e.offset == n1 + n2 - 10);
    CHECK(has(e.message, "gzip data cut short at byte") && has(e.message, "(member 2)"));
    CHECK(len >= half && memcmp(out, TEXT, half) == 0);
    precis_free(out);
    free(a);
    free(b);
    free(ab);
}

static void test_truncated(void)
{
    size_t n, len;
    unsigned char *z = gz(TEXT, strlen(TEXT), &n);
    char *out;
    precis_error e;
    /* cut inside the trailer: every byte of text came out */
    CHECK(precis_gunzip((const char *)z, n - 4, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_EIO && e.offset == n - 4);
    char want[160];
    snprintf(want, sizeof want, "gzip data cut short at byte %zu (member 1); the part before kept",
             n - 4);
    CHECK_STR(e.message, want);
    CHECK_STR(out, TEXT);
    precis_free(out);
    /* cut in the header: nothing came out, still a cut (not corrupt) */
    CHECK(precis_gunzip((const char *)z, 5, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_EIO && len == 0 && out && out[0] == '\0');
    CHECK(has(e.message, "cut short at byte 5 (member 1)"));
    precis_free(out);
    free(z);
}

static void test_trailing(void)
{
    size_t n, len;
    unsigned char *z = gz(TEXT, strlen(TEXT), &n);
    static const char junk[] = "not gzip at all";
    unsigned char *zj = cat(z, n, junk, sizeof junk - 1);
    char *out;
    precis_error e;
    CHECK(precis_gunzip((const char *)zj, n + sizeof junk - 1, 0, &out, &len, &e) == PRECIS_OK);
    CHECK_STR(out, TEXT); /* the member whole, the rest ignored as gzip(1) does */
    CHECK(e.code == PRECIS_EPARSE && e.offset == n);
    char want[160];
    snprintf(want, sizeof want,
             "gzip data followed by %zu bytes that are not gzip, at byte %zu (after member 1); "
             "ignored",
             sizeof junk - 1, n);
    CHECK_STR(e.message, want);
    precis_free(out);
    /* one stray byte that could open a member: not gzip either */
    unsigned char *z1 = cat(z, n, "\x1f", 1);
    CHECK(precis_gunzip((const char *)z1, n + 1, 0, &out, &len, &e) == PRECIS_OK);
    CHECK_STR(out, TEXT);
    CHECK(e.code == PRECIS_EPARSE && has(e.message, "followed by 1 bytes"));
    precis_free(out);
    free(z1);
    free(zj);
    free(z);
}

static void test_corrupt(void)
{
    size_t n, len;
    unsigned char *z = gz(TEXT, strlen(TEXT), &n);
    char *out;
    precis_error e;
    z[n - 8] ^= 0xFF; /* the CRC-32 of the trailer */
    CHECK(precis_gunzip((const char *)z, n, 0, &out, &len, &e) == PRECIS_EPARSE);
    CHECK(e.code == PRECIS_EIO);
    CHECK(has(e.message, "gzip data corrupt at byte") &&
          has(e.message, "(member 1: incorrect data check)"));
    CHECK_STR(out, TEXT); /* what came out is there for the caller */
    precis_free(out);
    z[n - 8] ^= 0xFF;
    z[12] ^= 0xFF; /* the deflate data itself */
    CHECK(precis_gunzip((const char *)z, n, 0, &out, &len, &e) == PRECIS_EPARSE);
    CHECK(out != NULL && len < strlen(TEXT) + 1 && has(e.message, "gzip data corrupt at byte"));
    precis_free(out);
    free(z);
}

static void test_bomb(void)
{
    size_t big = (size_t)8 << 20, n, len;
    char *zeros = calloc(1, big);
    memset(zeros, 'a', big);
    unsigned char *z = gz(zeros, big, &n);
    CHECK(n < big / 100); /* a small file ... */
    char *out;
    precis_error e;
    /* ... stopped at the limit, not inflated whole */
    CHECK(precis_gunzip((const char *)z, n, 4096, &out, &len, &e) == PRECIS_OK);
    CHECK(len == 4096 && e.code == PRECIS_ELIMIT && has(e.message, "inflated past 4096 bytes"));
    CHECK(out[4096] == '\0' && out[4095] == 'a');
    precis_free(out);
    /* no limit (0): all of it */
    CHECK(precis_gunzip((const char *)z, n, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(len == big && e.code == PRECIS_OK);
    precis_free(out);
    free(z);
    free(zeros);
}

static void test_empty_and_not_gzip(void)
{
    size_t n, len = 5;
    unsigned char *z = gz("", 0, &n);
    char *out = NULL;
    precis_error e;
    CHECK(precis_gunzip((const char *)z, n, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_OK && len == 0 && out && out[0] == '\0');
    precis_free(out);
    free(z);
    out = (char *)1;
    CHECK(precis_gunzip("plain text", 10, 0, &out, &len, &e) == PRECIS_EINVAL);
    CHECK(out == NULL && len == 0);
    CHECK(precis_gunzip("", 0, 0, &out, &len, &e) == PRECIS_EINVAL);
    CHECK(precis_gunzip("\x1f", 1, 0, &out, &len, &e) == PRECIS_EINVAL);
    CHECK(precis_gunzip(NULL, 0, 0, &out, &len, &e) == PRECIS_EINVAL);
    CHECK(precis_gunzip("\x1f\x8b", 2, 0, NULL, &len, &e) == PRECIS_EINVAL);
    /* the signature alone: a stream cut short */
    CHECK(precis_gunzip("\x1f\x8b", 2, 0, &out, &len, &e) == PRECIS_OK);
    CHECK(e.code == PRECIS_EIO && has(e.message, "cut short at byte 2 (member 1)"));
    precis_free(out);
}

/* Writes data[0..n) to the file `path`. */
static void put(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    CHECK(f && fwrite(data, 1, n, f) == n);
    if (f)
        fclose(f);
}

/* The readers' warnings (precis_cluster_add_path, precis_cluster_add_joined)
 * on a gzip stream that stops early: coded PRECIS_EIO when the rest of the
 * input is lost (cut short, corrupt), the part before added; PRECIS_EPARSE
 * for bytes after the last member, every byte read (session 43: both
 * PRECIS_EPARSE, so the CLI could not tell them apart and exited 0 on a
 * cut file, docs/inputs.md "Input not read whole"). */
static void test_reader_codes(void)
{
    size_t n;
    unsigned char *z = gz(TEXT, strlen(TEXT), &n);
    unsigned char *trail = cat(z, n, "not gzip\n", 9);
    const char *path = "test_gunzip_reader.gz"; /* in the test's working directory */
    struct {
        const void *data;
        size_t len;
        precis_status code;
    } cases[] = {{z, n - 12, PRECIS_EIO}, {trail, n + 9, PRECIS_EPARSE}, {z, n, PRECIS_OK}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        put(path, cases[i].data, cases[i].len);
        precis_cluster *c;
        precis_error err, w;
        CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
        CHECK(precis_cluster_add_path(c, path, NULL, &err, &w) == PRECIS_OK);
        CHECK(w.code == cases[i].code && precis_cluster_sentence_count(c) > 0);
        precis_cluster_free(c);
        CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
        CHECK(precis_cluster_add_joined(c, cases[i].data, cases[i].len, "in", NULL, &w) ==
              PRECIS_OK);
        CHECK(w.code == cases[i].code && precis_cluster_sentence_count(c) > 0);
        precis_cluster_free(c);
    }
    remove(path);
    free(trail);
    free(z);
}

/* A JSON Lines cluster whose gzip stream was cut inside its line: the file
 * refused as the plain one is (test_read.c), in one message naming the
 * stop as its cause, not a warning of the stop and then the refusal. */
static void test_reader_json_cut(void)
{
    static const char line[] = "{\"id\": \"b1\", \"documents\": [\"The village bakery reopened "
                               "on Saturday after a fire closed it in the spring.\", \"Neighbours "
                               "queued from dawn for the first loaves.\"]}\n";
    size_t n;
    unsigned char *z = gz(line, strlen(line), &n);
    const char *path = "test_gunzip_json_cut.gz";
    put(path, z, n - 16);
    precis_cluster *c;
    precis_error err, w;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_path(c, path, NULL, &err, &w) == PRECIS_EIO);
    CHECK(has(err.message, "test_gunzip_json_cut.gz: line 1: JSON cut short at byte "));
    CHECK(has(err.message, " (gzip data cut short at byte "));
    CHECK(w.code == PRECIS_OK && precis_cluster_document_count(c) == 0);
    precis_cluster_free(c);
    remove(path);
    free(z);
}

int main(void)
{
    test_whole();
    test_members();
    test_truncated();
    test_trailing();
    test_corrupt();
    test_bomb();
    test_empty_and_not_gzip();
    test_reader_codes();
    test_reader_json_cut();
    return check_done();
}
