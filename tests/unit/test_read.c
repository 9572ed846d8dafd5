/* src/io/read.c's file reader (precis_cluster_add_path) on a JSON Lines
 * cluster cut inside its line: refused as unread text (PRECIS_EIO), named
 * with the line and the byte, alone or in a directory whose other files
 * are read; a whole JSON line and prose opening with a brace are
 * documents as before. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "precis.h"

static const char PROSE[] = "The city council approved the new budget on Tuesday after a long "
                            "debate. The mayor is expected to sign it next week.\n";
static const char CUT[] = "{\"id\": \"b1\", \"documents\": [\"The village bakery reopened on "
                          "Saturday after a fire closed it in the spring.\", \"Neighbours queued";
static const char WHOLE[] = "{\"id\": \"b1\", \"documents\": [\"The village bakery reopened "
                            "on Saturday after a fire closed it in the spring.\"]}";

static const char dir[] = "test_read.tmp"; /* in the test's working directory */

static const char *put(const char *name, const char *text)
{
    static char path[4][64];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, sizeof path[0], "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    CHECK(f && fwrite(text, 1, strlen(text), f) == strlen(text));
    if (f)
        fclose(f);
    return p;
}

/* 1 when s[0..n) holds `part`. */
static int has(const char *s, size_t n, const char *part)
{
    size_t m = strlen(part);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(s + i, part, m) == 0)
            return 1;
    return 0;
}

/* One file: an error naming it, the line and the byte. */
static void test_cut_file(void)
{
    const char *path = put("cut.jsonl", CUT);
    precis_cluster *c;
    precis_error err, w;
    char want[160];
    snprintf(want, sizeof want, "%s: line 1: JSON cut short at byte %zu", path, strlen(CUT));
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_path(c, path, NULL, &err, &w) == PRECIS_EIO);
    CHECK_STR(err.message, want);
    CHECK(err.line == 1 && err.offset == strlen(CUT) && err.code == PRECIS_EIO);
    CHECK(precis_cluster_document_count(c) == 0 && w.code == PRECIS_OK);
    /* a whole line, and prose opening with a brace: documents */
    CHECK(precis_cluster_add_path(c, put("whole.jsonl", WHOLE), NULL, &err, &w) == PRECIS_OK);
    CHECK(precis_cluster_add_path(c, put("brace.txt", "{The bakery} reopened on Saturday."), NULL,
                                  &err, &w) == PRECIS_OK);
    CHECK(precis_cluster_document_count(c) == 2);
    /* a whole line cut by max_document_bytes: the limit's warning, the
     * part kept read, not "cut short" (the file is not) */
    precis_options o;
    precis_options_init(&o);
    o.max_document_bytes = 60;
    CHECK(precis_cluster_add_path(c, put("long.jsonl", WHOLE), &o, &err, &w) == PRECIS_OK);
    CHECK(w.code == PRECIS_ELIMIT && precis_cluster_document_count(c) == 3);
    precis_cluster_free(c);
    remove(path);
}

/* A directory: the file skipped with a warning coded PRECIS_EIO (an error
 * of the front ends after the rest is read), the other files read. */
static void test_cut_in_dir(void)
{
    char sub[64];
    snprintf(sub, sizeof sub, "%s/d", dir);
    CHECK(mkdir(sub, 0700) == 0 || errno == EEXIST);
    char a[80], b[80];
    snprintf(a, sizeof a, "%s", put("d/a.txt", PROSE));
    snprintf(b, sizeof b, "%s", put("d/b.jsonl", CUT));
    precis_cluster *c;
    precis_error err, w;
    char want[160];
    snprintf(want, sizeof want, "%s: skipped: line 1: JSON cut short at byte %zu", b, strlen(CUT));
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_path(c, sub, NULL, &err, &w) == PRECIS_OK);
    CHECK(w.code == PRECIS_EIO);
    CHECK_STR(w.message, want);
    CHECK(precis_cluster_document_count(c) == 1 && precis_cluster_sentence_count(c) == 2);
    for (size_t k = 0; k < precis_cluster_sentence_count(c); k++) {
        precis_sentence s;
        CHECK(precis_cluster_sentence(c, k, &s) == PRECIS_OK && !has(s.text, s.len, "bakery"));
    }
    precis_cluster_free(c);
    remove(a);
    remove(b);
    rmdir(sub);
}

int main(void)
{
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        perror(dir);
        return 1;
    }
    test_cut_file();
    test_cut_in_dir();
    remove(put("whole.jsonl", ""));
    remove(put("brace.txt", ""));
    remove(put("long.jsonl", ""));
    rmdir(dir);
    return check_done();
}
