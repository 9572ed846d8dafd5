/* Minimal test harness: CHECK records a failure and goes on; the program
 * ends with a "N passed, N failed" line and a non-zero status on failure. */
#ifndef PRECIS_TEST_CHECK_H
#define PRECIS_TEST_CHECK_H
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                                       \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                                                     \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,                \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)");                                       \
        }                                                                                          \
    } while (0)

static inline int check_done(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

/* The next number of a xorshift64 sequence (state: not 0), for random
 * inputs that are the same at every run. */
static inline uint64_t check_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* Returns 1 if the shared data directory holds `rel`, else prints a skip
 * message: tests that need ../shared/data then exit with 77.  With
 * PRECIS_REQUIRE_DATA=1 in the environment (.ci/run sets it) and the data
 * directory present, a missing file is a failure instead: the test exits 1
 * at once, so a renamed file or a wrong path cannot turn a test into a
 * silent skip while the data is there. */
static inline int check_have_data(const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", PRECIS_DATA_DIR, rel);
    FILE *f = fopen(path, "rb");
    if (!f) {
        const char *req = getenv("PRECIS_REQUIRE_DATA");
        struct stat st;
        if (req && strcmp(req, "1") == 0 && stat(PRECIS_DATA_DIR, &st) == 0 &&
            S_ISDIR(st.st_mode)) {
            printf("FAIL: %s not found although %s exists (PRECIS_REQUIRE_DATA=1: a test "
                   "needing the shared data may not skip when it is present)\n",
                   path, PRECIS_DATA_DIR);
            exit(1);
        }
        printf("SKIP: %s not found (shared data absent)\n", path);
        return 0;
    }
    fclose(f);
    return 1;
}
#endif
