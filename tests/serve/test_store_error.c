/* store_error: the reason of a failed read is the one the failing thread
 * saw while it held the store, not the connection's message after the
 * lock is released, which another thread's read may have replaced by then
 * (server/api.c answers a failed read with it).  A read fails here because
 * a second connection drops the stories table under the store; another
 * thread's read then succeeds on the same connection (its message becomes
 * "not an error"), and the first thread's reason must still name the
 * missing table; a read of the first thread that does not fail forgets
 * it. */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../unit/check.h"
#include "store.h"

static void no_story(void *ctx, const store_story *st)
{
    (void)ctx, (void)st;
}

static int no_article(void *ctx, int64_t seq, const store_article *a)
{
    (void)ctx, (void)seq, (void)a;
    return 0;
}

static void *other_read(void *arg)
{
    store *s = arg;
    /* an article that is not there: a read that succeeds */
    int *rc = malloc(sizeof *rc);
    *rc = store_article_get(s, "none", no_article, NULL);
    return rc;
}

int main(void)
{
    char dir[] = "/tmp/precis-store-error-XXXXXX", path[64], err[256];
    if (!mkdtemp(dir))
        return 1;
    snprintf(path, sizeof path, "%s/store.db", dir);
    store *s = store_open(path, 0, err, sizeof err);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    CHECK(store_stories(s, 0, 0, 10, 0, 0, no_story, NULL) == 0);

    sqlite3 *db;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; DROP TABLE stories", NULL, NULL, NULL) ==
          SQLITE_OK);
    sqlite3_close(db);

    CHECK(store_stories(s, 0, 0, 10, 0, 0, no_story, NULL) < 0);
    pthread_t t;
    void *res = NULL;
    CHECK(pthread_create(&t, NULL, other_read, s) == 0);
    pthread_join(t, &res);
    CHECK(res && *(int *)res == 0);
    free(res);
    const char *why = store_error(s);
    CHECK(why && strstr(why, "stories"));
    if (why && !strstr(why, "stories"))
        fprintf(stderr, "store_error after another thread's read: %s\n", why);

    /* a read of this thread that does not fail forgets the reason: a later
     * failure elsewhere (a digest that could not be made) is not reported
     * with this one */
    CHECK(store_article_get(s, "none", no_article, NULL) == 0);
    why = store_error(s);
    CHECK(why && !strstr(why, "stories"));

    store_close(s, err, sizeof err);
    unlink(path);
    char side[80];
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    rmdir(dir);
    return check_done();
}
