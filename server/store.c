/* SQLite store of the server.  Every statement binds its values (no SQL is
 * ever built from request data).  One connection guarded by one mutex: the
 * writes are serialised by the story stream anyway, and reads are short
 * (digests are computed outside the lock). */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "precis.h"

struct store {
    sqlite3 *db;
    pthread_mutex_t lock;
    int owner_fd; /* the database file, flock()ed while this server runs; -1 */
    /* The number of stories, counted once at the start and kept by the
     * writes (stories made and merged away, `pending` until their commit):
     * COUNT(*) read the whole of an index of the stories at every page of
     * the list and every scrape of /metrics. */
    int64_t stories, pending;
};

static const char SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS articles ("
    "  seq INTEGER PRIMARY KEY," /* arrival order */
    "  id TEXT NOT NULL UNIQUE," /* the client's id, or one made by the server */
    "  story INTEGER NOT NULL,"
    "  title TEXT, source TEXT, date TEXT, url TEXT,"
    "  text TEXT NOT NULL,"
    "  arrived REAL NOT NULL);"
    "CREATE INDEX IF NOT EXISTS articles_story ON articles(story, seq);"
    "CREATE TABLE IF NOT EXISTS stories ("
    "  id INTEGER PRIMARY KEY,"
    "  headline TEXT,"
    "  articles INTEGER NOT NULL DEFAULT 0,"
    "  first_date TEXT, last_date TEXT,"
    "  updated REAL NOT NULL,"
    "  version INTEGER NOT NULL DEFAULT 0," /* +1 per article; digests name theirs */
    /* where format 1 kept the digest: empty since format 2, kept so that
     * the store of an earlier precis is known by its columns */
    "  digest_version INTEGER NOT NULL DEFAULT -1,"
    "  digest_json TEXT, digest_html TEXT);"
    /* the list, newest first, read from the index alone (a covering index:
     * the rows of the 50 stories updated last lie on about as many pages of
     * the table, their entries here on a few; bench/serve_list_read.py) */
    "CREATE INDEX IF NOT EXISTS stories_newest ON stories(updated, id, headline, articles,"
    "  first_date, last_date);"
    /* the list, largest first, in order and from the index alone too */
    "CREATE INDEX IF NOT EXISTS stories_by_size ON stories(articles, updated, id, headline,"
    "  first_date, last_date);"
    /* A story's digest (JSON and HTML, tens of KB), made at the story's
     * `version`, in a table of its own: in the story's row it made every
     * row read by a list a page or more, and every article of the story
     * rewrote it (format 1, before session 29). */
    "CREATE TABLE IF NOT EXISTS digests (story INTEGER PRIMARY KEY, version INTEGER NOT NULL,"
    "  json TEXT NOT NULL, html TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS outlets (story INTEGER NOT NULL, outlet TEXT NOT NULL,"
    "  PRIMARY KEY (story, outlet)) WITHOUT ROWID;"
    /* a story merged into another: its old id still leads to its articles */
    "CREATE TABLE IF NOT EXISTS merged (id INTEGER PRIMARY KEY, into_id INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS snapshot (one INTEGER PRIMARY KEY CHECK (one = 1),"
    "  seq INTEGER NOT NULL, data BLOB NOT NULL);"
    /* one row, rewritten by the readiness probe after a failed write */
    "CREATE TABLE IF NOT EXISTS probe (one INTEGER PRIMARY KEY CHECK (one = 1),"
    "  at REAL NOT NULL);";

/* The indexes of the lists before session 29's covering ones: a store
 * that has them is recognised as precis's (earlier_store); they are
 * dropped at the start (FORMER_DROP; no new format: the table is the same). */
static const char FORMER[] = "CREATE INDEX stories_updated ON stories(updated);"
                             "CREATE INDEX stories_largest ON stories(articles, updated);";
static const char FORMER_DROP[] = "DROP INDEX IF EXISTS stories_updated;"
                                  "DROP INDEX IF EXISTS stories_largest;";

/* precis's mark in the database file's header (PRAGMA application_id,
 * "PRCS"), and the store's format (PRAGMA user_version): set at the first
 * start (session 28); a store of an earlier precis has neither. */
#define STORE_APPLICATION_ID 1347568467 /* 0x50524353 */
#define STORE_FORMAT 2                  /* 2: digests in their own table (session 29) */
#define STR_(x) #x
#define STR(x) STR_(x)

static const char *col_text0(sqlite3_stmt *st, int i)
{
    const char *t = (const char *)sqlite3_column_text(st, i);
    return t ? t : "";
}

/* The names of the columns of `table` in db, comma-separated (malloc'd;
 * "" for no such table), or NULL on error. */
static char *columns_of(sqlite3 *db, const char *table)
{
    sqlite3_stmt *st = NULL;
    char *cols = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT coalesce(group_concat(name, ','), '') FROM"
                           " (SELECT name FROM pragma_table_info(?1) ORDER BY cid)",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            cols = strdup(col_text0(st, 0));
    }
    sqlite3_finalize(st);
    return cols;
}

static int64_t pragma_int(sqlite3 *db, const char *sql, int *rc)
{
    sqlite3_stmt *st = NULL;
    int64_t v = 0;
    *rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(st);
        if (*rc == SQLITE_ROW) {
            v = sqlite3_column_int64(st, 0);
            *rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return v;
}

/* Whether the tables and indexes of a database without precis's mark are
 * those of a store of an earlier precis: each one named as one of SCHEMA,
 * each table with the columns of SCHEMA's (compared with SCHEMA made in
 * memory), `articles` among them; or no table at all (a new file).  1
 * yes, 0 no (the reason in why), -1 a read that failed. */
static int earlier_store(sqlite3 *db, char *why, size_t len)
{
    sqlite3 *ref = NULL;
    sqlite3_stmt *st = NULL;
    int rc = -1, n = 0, articles = 0;
    if (sqlite3_open_v2(":memory:", &ref, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
        sqlite3_exec(ref, SCHEMA, NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_exec(ref, FORMER, NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%'"
                           " ESCAPE '\\' ORDER BY name",
                           -1, &st, NULL) != SQLITE_OK)
        goto out;
    int step = SQLITE_DONE;
    rc = 1;
    while (rc == 1 && (step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *type = col_text0(st, 0), *name = col_text0(st, 1);
        n++;
        sqlite3_stmt *q = NULL;
        int known = 0;
        if (sqlite3_prepare_v2(ref, "SELECT 1 FROM sqlite_master WHERE type = ?1 AND name = ?2", -1,
                               &q, NULL) == SQLITE_OK) {
            sqlite3_bind_text(q, 1, type, -1, SQLITE_STATIC);
            sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
            known = sqlite3_step(q) == SQLITE_ROW;
        }
        sqlite3_finalize(q);
        if (!known) {
            snprintf(why, len, "it has a %s '%s', which a precis store has not", type, name);
            rc = 0;
        } else if (strcmp(type, "table") == 0) {
            char *have = columns_of(db, name), *want = columns_of(ref, name);
            if (!have || !want)
                rc = -1;
            else if (strcmp(have, want) != 0) {
                snprintf(why, len, "its table '%s' has the columns (%s), a precis store's (%s)",
                         name, have, want);
                rc = 0;
            }
            articles |= strcmp(name, "articles") == 0;
            free(have);
            free(want);
        }
    }
    if (rc == 1 && step != SQLITE_DONE)
        rc = -1;
    else if (rc == 1 && n > 0 && !articles) {
        snprintf(why, len, "it has no table 'articles'");
        rc = 0;
    }
out:
    sqlite3_finalize(st);
    sqlite3_close(ref);
    return rc;
}

/* Before anything is written: whether the database is precis's store (its
 * mark), one of an earlier precis (no mark, precis's tables), or a new
 * file.  Another program's database is refused untouched: before session
 * 28 it was switched to WAL and given precis's tables before failing.
 * SQLITE_OK, or an SQLite error code (the message is the connection's), or
 * -1 with the reason in err for a database not precis's. */
static int check_ours(sqlite3 *db, const char *path, char *err, size_t errlen)
{
    int rc;
    int64_t app = pragma_int(db, "PRAGMA application_id", &rc);
    if (rc != SQLITE_OK)
        return rc;
    if (app == STORE_APPLICATION_ID) {
        int64_t format = pragma_int(db, "PRAGMA user_version", &rc);
        if (rc == SQLITE_OK && format > STORE_FORMAT) {
            snprintf(err, errlen,
                     "%s: a store of a newer precis (format %lld; this one reads format %d);"
                     " left untouched",
                     path, (long long)format, STORE_FORMAT);
            return -1;
        }
        return rc;
    }
    char why[256];
    if (app != 0)
        snprintf(why, sizeof why, "its application_id is 0x%08llx, precis's 0x%08x",
                 (unsigned long long)(uint32_t)app, STORE_APPLICATION_ID);
    else if ((rc = earlier_store(db, why, sizeof why)) != 0)
        return rc > 0 ? SQLITE_OK : SQLITE_ERROR;
    snprintf(err, errlen, "%s: not a precis store (%s): another program's database, left untouched",
             path, why);
    return -1;
}

/* The reason of this thread's last failed read (kept): the connection's
 * message, read after the lock is released, could be another thread's
 * error or none. */
static _Thread_local char read_reason[256];

/* Keeps the reason of a failed read (rc < 0) for store_error, or forgets
 * the last one after a read that did not fail (an earlier request's
 * reason would name another failure); called with the lock held.
 * Returns rc. */
static int kept(store *s, int rc)
{
    if (rc < 0)
        store_reason(s, read_reason, sizeof read_reason);
    else
        read_reason[0] = '\0';
    return rc;
}

const char *store_error(store *s)
{
    if (!s || !s->db)
        return "no store";
    return read_reason[0] ? read_reason : "unknown error";
}

/* The system's reason behind SQLite error `rc` (0: none): "disk I/O error"
 * or "unable to open database file" alone do not say that the disk is
 * full, or that a directory is missing. */
static int os_errno(store *s, int rc)
{
    int primary = rc & 0xff;
    return s->db &&
                   (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL)
               ? sqlite3_system_errno(s->db)
               : 0;
}

const char *store_reason(store *s, char *out, size_t n)
{
    if (!s || !s->db) {
        snprintf(out, n, "no store");
        return out;
    }
    int sys = os_errno(s, sqlite3_extended_errcode(s->db));
    snprintf(out, n, "%s%s%s%s", sqlite3_errmsg(s->db), sys ? " (" : "", sys ? strerror(sys) : "",
             sys ? ")" : "");
    return out;
}

/* What an operator can do about a store that cannot be opened or read at
 * start-up, by SQLite's error: its message alone ("attempt to write a
 * readonly database" for a file that is writable in a directory that is
 * not; "database disk image is malformed") says what failed, not what to
 * do (session 39).  "" when there is nothing to add. */
static const char *open_hint(sqlite3 *db, const char *path, char *buf, size_t n)
{
    int primary = db ? sqlite3_errcode(db) & 0xff : 0;
    if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM) {
        if (access(path, F_OK) == 0 && access(path, W_OK) != 0) {
            snprintf(buf, n, "; %s is not writable by this user", path);
            return buf;
        }
        /* the write-ahead log and its index, left by a program run as
         * another user, or made by SQLite with the file's mode while the
         * file was read-only: fixing the file alone leaves them so */
        static const char *const beside[] = {"-wal", "-shm"};
        for (int i = 0; i < 2; i++) {
            char f[4096];
            snprintf(f, sizeof f, "%s%s", path, beside[i]);
            if (access(f, F_OK) == 0 && access(f, W_OK) != 0) {
                snprintf(buf, n,
                         "; %s is not writable by this user (left by a program run as "
                         "another user, or made while the file was read-only): make it "
                         "writable",
                         f);
                return buf;
            }
        }
        const char *slash = strrchr(path, '/');
        int dirlen = slash ? (slash == path ? 1 : (int)(slash - path)) : 1;
        char dir[4096];
        snprintf(dir, sizeof dir, "%.*s", dirlen, slash ? path : ".");
        if (access(dir, W_OK | X_OK) != 0) {
            snprintf(buf, n,
                     "; its directory %s is not writable by this user (the store keeps %s-wal "
                     "and %s-shm beside it)",
                     dir, path, path);
            return buf;
        }
        return "";
    }
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return "; another program holds it locked (an sqlite3 shell inside a transaction, a "
               "copy tool): end it and start again";
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        snprintf(buf, n,
                 "; the file is damaged: restore a backup (docs/operations.md, \"Back up the "
                 "store\"), or keep what can be read: sqlite3 %s .recover | sqlite3 NEW.db",
                 path);
        return buf;
    }
    return "";
}

const char *store_open_hint(store *s, const char *path, char *buf, size_t n)
{
    return open_hint(s ? s->db : NULL, path, buf, n);
}

store *store_open(const char *path, int sync_full, char *err, size_t errlen)
{
    store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    s->owner_fd = -1;
    int rc = sqlite3_open_v2(
        path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    char *msg = NULL;
    /* One server per store: two would each assign story ids from their
     * own stream and put unrelated articles in one story.  An flock() on
     * the database file (released by the kernel when the process dies, kill
     * -9 too; independent of SQLite's fcntl() locks, and the descriptor is
     * closed only after SQLite's, which would otherwise lose its locks). */
    if (rc == SQLITE_OK && strcmp(path, ":memory:") != 0) {
        s->owner_fd = open(path, O_RDONLY | O_CLOEXEC);
        if (s->owner_fd >= 0 && flock(s->owner_fd, LOCK_EX | LOCK_NB) != 0) {
            snprintf(err, errlen, "%s: %s", path,
                     errno == EWOULDBLOCK ? "in use by another precis serve (one server per store)"
                                          : strerror(errno));
            sqlite3_close(s->db); /* untouched: no checkpoint of another's store */
            s->db = NULL;
            store_close(s, NULL, 0);
            return NULL;
        }
    }
    int foreign = 0;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(s->db, 5000);
        rc = check_ours(s->db, path, err, errlen);
        foreign = rc == -1;
    }
    if (foreign) {
        sqlite3_close(s->db); /* nothing written: no checkpoint */
        s->db = NULL;
        store_close(s, NULL, 0);
        return NULL;
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(s->db, "PRAGMA journal_mode=WAL;", NULL, NULL, &msg);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(s->db,
                          sync_full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;",
                          NULL, NULL, &msg);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(s->db, SCHEMA, NULL, NULL, &msg);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(s->db, FORMER_DROP, NULL, NULL, &msg);
    int format = 0;
    if (rc == SQLITE_OK)
        format = (int)pragma_int(s->db, "PRAGMA user_version", &rc);
    if (rc == SQLITE_OK && format < 2) /* a store of format 1 or before: nothing on a new one */
        rc = sqlite3_exec(s->db,
                          "BEGIN IMMEDIATE;"
                          " INSERT OR REPLACE INTO digests (story, version, json, html)"
                          " SELECT id, digest_version, digest_json, digest_html FROM stories"
                          " WHERE digest_json IS NOT NULL AND digest_html IS NOT NULL;"
                          " UPDATE stories SET digest_version = -1, digest_json = NULL,"
                          " digest_html = NULL WHERE digest_json IS NOT NULL"
                          " OR digest_html IS NOT NULL;"
                          " COMMIT;",
                          NULL, NULL, &msg);
    if (rc == SQLITE_OK)
        s->stories = pragma_int(s->db, "SELECT COUNT(*) FROM stories", &rc);
    if (rc == SQLITE_OK) /* marked once its tables are there */
        rc = sqlite3_exec(s->db,
                          "PRAGMA application_id=" STR(
                              STORE_APPLICATION_ID) ";"
                                                    " PRAGMA user_version=" STR(STORE_FORMAT) ";",
                          NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        /* the system's reason too (no such directory, permission denied,
         * no space left on device) */
        int sys = os_errno(s, rc);
        char hint[4096 + 256];
        snprintf(err, errlen, "%s: %s%s%s%s%s", path, msg ? msg : sqlite3_errmsg(s->db),
                 sys ? " (" : "", sys ? strerror(sys) : "", sys ? ")" : "",
                 open_hint(s->db, path, hint, sizeof hint));
        sqlite3_free(msg);
        store_close(s, NULL, 0);
        return NULL;
    }
    return s;
}

int store_close(store *s, char *err, size_t errlen)
{
    if (!s)
        return 0;
    int rc = 0;
    if (s->db) {
        /* Folds the WAL back into the database file, so a copy of the file
         * alone is a complete backup after a clean stop.  When it cannot
         * (a full disk), the WAL beside it still holds what was committed:
         * said, so that the operator keeps both files. */
        int busy = 0, logged = 0, moved = 0;
        if (sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &logged, &moved) !=
                SQLITE_OK ||
            (busy = logged > moved)) {
            rc = -1;
            if (err && errlen)
                snprintf(err, errlen,
                         "the write-ahead log could not be folded into the database (%s): keep "
                         "the -wal file beside it, it holds committed articles",
                         busy ? "pages left" : sqlite3_errmsg(s->db));
        }
        sqlite3_close(s->db);
    }
    if (s->owner_fd >= 0)
        close(s->owner_fd);
    pthread_mutex_destroy(&s->lock);
    free(s);
    return rc;
}

/* ---- small helpers ------------------------------------------------------ */

static sqlite3_stmt *prep(store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return NULL;
    return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int64_t scalar(store *s, const char *sql)
{
    pthread_mutex_lock(&s->lock);
    int64_t v = -1;
    sqlite3_stmt *st = prep(s, sql);
    if (st && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    pthread_mutex_unlock(&s->lock);
    return v;
}

/* ---- transactions ------------------------------------------------------- */

int store_begin(store *s)
{
    pthread_mutex_lock(&s->lock);
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        pthread_mutex_unlock(&s->lock);
        return -1;
    }
    return 0;
}

int store_commit(store *s, char *err, size_t errlen)
{
    int rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
    if (rc == 0)
        s->stories += s->pending;
    s->pending = 0;
    if (rc) {
        /* the reason before the rollback replaces it ("database or disk is
         * full") */
        if (err && errlen) {
            char why[256];
            store_reason(s, why, sizeof why);
            snprintf(err, errlen, "store: cannot commit: %s", why);
        }
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

void store_rollback(store *s)
{
    s->pending = 0;
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    pthread_mutex_unlock(&s->lock);
}

int store_article_story(store *s, const char *id, int64_t *story)
{
    sqlite3_stmt *st = prep(s, "SELECT story FROM articles WHERE id = ?1");
    if (!st)
        return -1;
    bind_text(st, 1, id);
    int rc = sqlite3_step(st);
    int found = rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
    if (found == 1)
        *story = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return found;
}

static int step_done(sqlite3_stmt *st)
{
    int rc = st && sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    sqlite3_finalize(st);
    return rc;
}

int store_write_probe(store *s, double now)
{
    sqlite3_stmt *st = prep(s, "INSERT OR REPLACE INTO probe (one, at) VALUES (1, ?1)");
    if (st)
        sqlite3_bind_double(st, 1, now);
    return step_done(st);
}

/* The date as a story's time span keeps it: ISO 8601 in UTC ("2031-01-03",
 * or "2031-01-03T10:00:00Z" with a time of day), so that dates given in
 * other forms (RFC 2822, seconds since 1970) compare as times; NULL for no
 * date or one that is not understood (the API refuses those). */
static const char *span_date(const char *date, char buf[32])
{
    int64_t t;
    if (!date || !*date || precis_parse_date(date, strlen(date), &t))
        return NULL;
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm))
        return NULL;
    strftime(buf, 32, t % 86400 ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%d", &tm);
    return buf;
}

/* The end of a line's first sentence of 20 bytes or more that is not the
 * whole line (0: none), by precis_segment. */
typedef struct first_end {
    size_t end, len;
} first_end;

static int first_sentence(void *ctx, size_t start, size_t end)
{
    (void)start;
    first_end *fe = ctx;
    if (end >= fe->len)
        return 1;
    if (end < 20)
        return 0;
    fe->end = end;
    return 1;
}

/* The ellipsis tells the reader the line goes on.  A title, a first line
 * or a digest's lead sentence alike (a page's whole teaser sent as its
 * title made a headline of a screenful, a digest's lead one of 60 words). */
void store_headline(const char *t, size_t n, char *out)
{
    int cut = n > STORE_HEADLINE_BYTES;
    if (cut) {
        n = STORE_HEADLINE_BYTES;
        while (n > 100 && t[n] != ' ')
            n--;
        while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
            n--; /* never cut inside a UTF-8 sequence */
    }
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\r'))
        n--;
    memcpy(out, t, n);
    if (cut) {
        memcpy(out + n, "\xe2\x80\xa6", 3);
        n += 3;
    }
    out[n] = 0;
}

int store_article_insert(store *s, const store_article *a, double now)
{
    sqlite3_stmt *st = prep(s, "INSERT INTO articles (id, story, title, source, date, url, text,"
                               " arrived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st)
        return -1;
    bind_text(st, 1, a->id);
    sqlite3_bind_int64(st, 2, a->story);
    bind_text(st, 3, a->title);
    bind_text(st, 4, a->source);
    bind_text(st, 5, a->date);
    bind_text(st, 6, a->url);
    sqlite3_bind_text(st, 7, a->text ? a->text : "", a->text ? (int)a->text_len : 0,
                      SQLITE_TRANSIENT);
    sqlite3_bind_double(st, 8, now);
    if (step_done(st))
        return -1;
    if (a->story == 0) /* in no story (precis_assignment): no story's row */
        return 0;
    /* The story's row: created by its first article, whose title (or first
     * words) is the headline until a digest gives a better one. */
    char head[STORE_HEADLINE_BYTES + 4];
    const char *t = a->title;
    size_t n = t ? strlen(t) : 0;
    if (n == 0) {
        /* No title: the first line of the text that has words, cut at a
         * word boundary (a digest gives a better one later). */
        t = a->text ? a->text : "";
        const char *end = t + a->text_len;
        while (t < end && (*t == '#' || *t == ' ' || *t == '\n' || *t == '\r' || *t == '\t'))
            t++;
        const char *nl = memchr(t, '\n', (size_t)(end - t));
        n = (size_t)((nl ? nl : end) - t);
        /* its first sentence, when the line holds more ("... said. The
         * category ..." read as a headline cut in the next one): the
         * library's sentence rules, so that "a U.S. embassy" or "Gen.
         * Augusto Pinochet" is not cut at its full stop; past 20 bytes */
        first_end fe = {0, n};
        precis_segment(t, n, first_sentence, &fe);
        if (fe.end > 0)
            n = fe.end;
    }
    store_headline(t, n, head);
    const char *headline = head;
    st =
        prep(s, "INSERT INTO stories (id, headline, articles, first_date, last_date, updated,"
                " version) VALUES (?1, ?2, 1, ?3, ?3, ?4, 1)"
                " ON CONFLICT(id) DO UPDATE SET articles = articles + 1,"
                " first_date = CASE WHEN ?3 IS NOT NULL AND (first_date IS NULL OR ?3 < first_date)"
                "   THEN ?3 ELSE first_date END,"
                " last_date = CASE WHEN ?3 IS NOT NULL AND (last_date IS NULL OR ?3 > last_date)"
                "   THEN ?3 ELSE last_date END,"
                " headline = COALESCE(headline, ?2),"
                " updated = ?4, version = version + 1 RETURNING version");
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, a->story);
    bind_text(st, 2, headline);
    char span[32];
    bind_text(st, 3, span_date(a->date, span));
    sqlite3_bind_double(st, 4, now);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return -1;
    }
    int64_t made = sqlite3_column_int64(st, 0) == 1; /* a new story's row */
    if (step_done(st))
        return -1;
    s->pending += made;
    if (a->source && *a->source) {
        st = prep(s, "INSERT OR IGNORE INTO outlets (story, outlet) VALUES (?1, ?2)");
        if (!st)
            return -1;
        sqlite3_bind_int64(st, 1, a->story);
        bind_text(st, 2, a->source);
        if (step_done(st))
            return -1;
    }
    return 0;
}

int store_story_merge(store *s, int64_t from, int64_t into, double now)
{
    static const char *const sql[] = {
        "UPDATE articles SET story = ?2 WHERE story = ?1",
        "UPDATE stories SET"
        " articles = articles + COALESCE((SELECT f.articles FROM stories f WHERE f.id = ?1), 0),"
        " first_date = (SELECT CASE WHEN f.first_date IS NOT NULL AND (stories.first_date IS NULL"
        "   OR f.first_date < stories.first_date) THEN f.first_date ELSE stories.first_date END"
        "   FROM stories f WHERE f.id = ?1),"
        " last_date = (SELECT CASE WHEN f.last_date IS NOT NULL AND (stories.last_date IS NULL"
        "   OR f.last_date > stories.last_date) THEN f.last_date ELSE stories.last_date END"
        "   FROM stories f WHERE f.id = ?1),"
        " headline = COALESCE(headline, (SELECT f.headline FROM stories f WHERE f.id = ?1)),"
        " updated = ?3, version = version + 1"
        " WHERE id = ?2 AND EXISTS (SELECT 1 FROM stories f WHERE f.id = ?1)",
        ("INSERT OR IGNORE INTO outlets (story, outlet) SELECT ?2, outlet FROM outlets"
         " WHERE story = ?1"),
        "DELETE FROM outlets WHERE story = ?1",
        "DELETE FROM stories WHERE id = ?1",
        "DELETE FROM digests WHERE story = ?1",
        "INSERT OR REPLACE INTO merged (id, into_id) VALUES (?1, ?2)",
    };
    for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
        sqlite3_stmt *st = prep(s, sql[i]);
        if (!st)
            return -1;
        sqlite3_bind_int64(st, 1, from);
        if (sqlite3_bind_parameter_count(st) >= 2)
            sqlite3_bind_int64(st, 2, into);
        if (sqlite3_bind_parameter_count(st) >= 3)
            sqlite3_bind_double(st, 3, now);
        int del = strncmp(sql[i], "DELETE FROM stories", 19) == 0;
        if (step_done(st))
            return -1;
        if (del)
            s->pending -= sqlite3_changes(s->db);
    }
    return 0;
}

int64_t store_last_seq(store *s)
{
    sqlite3_stmt *st = prep(s, "SELECT COALESCE(MAX(seq), 0) FROM articles");
    int64_t v = st && sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

int store_snapshot_save(store *s, const void *data, size_t len, int64_t seq)
{
    sqlite3_stmt *st =
        prep(s, "INSERT OR REPLACE INTO snapshot (one, seq, data) VALUES (1, ?1, ?2)");
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, seq);
    sqlite3_bind_blob64(st, 2, data, len, SQLITE_TRANSIENT);
    return step_done(st);
}

/* ---- reads -------------------------------------------------------------- */

int64_t store_article_count(store *s)
{
    return scalar(s, "SELECT COALESCE(MAX(seq), 0) FROM articles");
}

int64_t store_max_story(store *s)
{
    return scalar(s, "SELECT MAX(COALESCE((SELECT MAX(id) FROM stories), 0),"
                     " COALESCE((SELECT MAX(story) FROM articles), 0))");
}

int64_t store_story_count(store *s)
{
    pthread_mutex_lock(&s->lock);
    int64_t n = s->stories;
    pthread_mutex_unlock(&s->lock);
    return n;
}

int64_t store_bytes(store *s)
{
    return scalar(s, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
}

int store_snapshot_load(store *s, void **data, size_t *len, int64_t *seq)
{
    *data = NULL;
    *len = 0;
    *seq = 0;
    pthread_mutex_lock(&s->lock);
    int rc = 0;
    sqlite3_stmt *st = prep(s, "SELECT seq, data FROM snapshot WHERE one = 1");
    if (!st)
        rc = -1;
    else if (sqlite3_step(st) == SQLITE_ROW) {
        *seq = sqlite3_column_int64(st, 0);
        int n = sqlite3_column_bytes(st, 1);
        const void *p = sqlite3_column_blob(st, 1);
        *data = malloc(n > 0 ? (size_t)n : 1);
        if (!*data)
            rc = -1;
        else {
            if (n > 0)
                memcpy(*data, p, (size_t)n);
            *len = (size_t)n;
        }
    }
    sqlite3_finalize(st);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

static void fill_article(sqlite3_stmt *st, store_article *a)
{
    a->id = col_text(st, 1);
    a->story = sqlite3_column_int64(st, 2);
    a->title = col_text(st, 3);
    a->source = col_text(st, 4);
    a->date = col_text(st, 5);
    a->url = col_text(st, 6);
    a->text = col_text(st, 7);
    a->text_len = (size_t)sqlite3_column_bytes(st, 7);
}

static int each_article(store *s, sqlite3_stmt *st,
                        int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_article a;
        fill_article(st, &a);
        if (fn(ctx, sqlite3_column_int64(st, 0), &a))
            break;
    }
    (void)s;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

#define ARTICLE_COLUMNS "seq, id, story, title, source, date, url, text"

/* Runs `sql` (one int64 parameter, and a LIMIT ?2 OFFSET ?3 when it has
 * them) and calls fn per article row. */
static int articles_where(store *s, const char *sql, int64_t param, int64_t limit, int64_t offset,
                          int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx)
{
    pthread_mutex_lock(&s->lock);
    sqlite3_stmt *st = prep(s, sql);
    int rc = -1;
    if (st) {
        sqlite3_bind_int64(st, 1, param);
        if (sqlite3_bind_parameter_count(st) == 3) {
            sqlite3_bind_int64(st, 2, limit);
            sqlite3_bind_int64(st, 3, offset);
        }
        rc = each_article(s, st, fn, ctx);
    }
    sqlite3_finalize(st);
    kept(s, rc);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

int store_articles_after(store *s, int64_t after,
                         int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx)
{
    return articles_where(s, "SELECT " ARTICLE_COLUMNS " FROM articles WHERE seq > ?1 ORDER BY seq",
                          after, 0, 0, fn, ctx);
}

int store_story_articles(store *s, int64_t id,
                         int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx)
{
    return articles_where(s,
                          "SELECT " ARTICLE_COLUMNS " FROM articles WHERE story = ?1 ORDER BY seq",
                          id, 0, 0, fn, ctx);
}

/* substr() of a column loads the whole value (every overflow page of a
 * long text): before session 28 the API's list and the page's read the
 * whole text of each of their articles, 21 MB a request for 1,000
 * articles of 20 KiB (bench/serve_story_read.py); the API used none of
 * it, the page the first words of an article without a title. */
int store_story_article_page(store *s, int64_t id, int64_t limit, int64_t offset, int starts,
                             int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx)
{
    return articles_where(s,
                          starts
                              ? "SELECT seq, id, story, title, source, date, url,"
                                " CASE WHEN coalesce(title, '') = '' THEN substr(text, 1, 300) END"
                                " FROM articles WHERE story = ?1 ORDER BY seq LIMIT ?2 OFFSET ?3"
                              : "SELECT seq, id, story, title, source, date, url, NULL"
                                " FROM articles WHERE story = ?1 ORDER BY seq LIMIT ?2 OFFSET ?3",
                          id, limit, offset, fn, ctx);
}

int store_article_get(store *s, const char *id,
                      int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx)
{
    pthread_mutex_lock(&s->lock);
    sqlite3_stmt *st = prep(s, "SELECT " ARTICLE_COLUMNS " FROM articles WHERE id = ?1");
    int rc = -1;
    if (st) {
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            store_article a;
            fill_article(st, &a);
            fn(ctx, sqlite3_column_int64(st, 0), &a);
            rc = 1;
        } else
            rc = rc == SQLITE_DONE ? 0 : -1;
    }
    sqlite3_finalize(st);
    kept(s, rc);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

/* The last column: with `sample`, the start of the story's first article
 * (characters, never a cut UTF-8 sequence), from which a page tells its
 * language; else NULL, and no article is read (the API shows no sample). */
#define STORY_HEAD                                                                                 \
    "id, headline, articles, (SELECT COUNT(*) FROM outlets o WHERE o.story = stories.id),"         \
    " first_date, last_date, updated, "
#define STORY_SAMPLE                                                                               \
    "(SELECT substr(a.text, 1, 1500) FROM articles a WHERE a.story = stories.id ORDER BY a.seq"    \
    " LIMIT 1)"

static void fill_story(sqlite3_stmt *st, store_story *r)
{
    r->id = sqlite3_column_int64(st, 0);
    r->headline = col_text(st, 1);
    r->articles = sqlite3_column_int64(st, 2);
    r->outlets = sqlite3_column_int64(st, 3);
    r->first_date = col_text(st, 4);
    r->last_date = col_text(st, 5);
    r->updated = sqlite3_column_double(st, 6);
    r->sample = col_text(st, 7);
}

int store_stories(store *s, double since, int largest, int64_t limit, int64_t offset, int sample,
                  void (*fn)(void *ctx, const store_story *st), void *ctx)
{
    static const char *const sql[2][2] = {
        {"SELECT " STORY_HEAD "NULL FROM stories WHERE updated >= ?1"
         " ORDER BY updated DESC, id DESC LIMIT ?2 OFFSET ?3",
         "SELECT " STORY_HEAD "NULL FROM stories WHERE updated >= ?1"
         " ORDER BY articles DESC, updated DESC, id DESC LIMIT ?2 OFFSET ?3"},
        {"SELECT " STORY_HEAD STORY_SAMPLE " FROM stories WHERE updated >= ?1"
         " ORDER BY updated DESC, id DESC LIMIT ?2 OFFSET ?3",
         "SELECT " STORY_HEAD STORY_SAMPLE " FROM stories WHERE updated >= ?1"
         " ORDER BY articles DESC, updated DESC, id DESC LIMIT ?2 OFFSET ?3"}};
    pthread_mutex_lock(&s->lock);
    sqlite3_stmt *st = prep(s, sql[sample != 0][largest != 0]);
    int rc = -1;
    if (st) {
        sqlite3_bind_double(st, 1, since);
        sqlite3_bind_int64(st, 2, limit);
        sqlite3_bind_int64(st, 3, offset);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            store_story r;
            fill_story(st, &r);
            fn(ctx, &r);
        }
        rc = rc == SQLITE_DONE ? 0 : -1;
    }
    sqlite3_finalize(st);
    kept(s, rc);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

int store_story_moved(store *s, int64_t id, int64_t *into)
{
    pthread_mutex_lock(&s->lock);
    sqlite3_stmt *st = prep(s, "SELECT into_id FROM merged WHERE id = ?1");
    int rc = st ? 0 : -1;
    /* a story merged into one merged in turn: followed to the end (a
     * bounded walk: ids only grow, but a store is data) */
    for (int hops = 0; st && hops < 64; hops++) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, id);
        int r = sqlite3_step(st);
        if (r != SQLITE_ROW) {
            rc = r == SQLITE_DONE ? rc : -1;
            break;
        }
        id = sqlite3_column_int64(st, 0);
        *into = id;
        rc = 1;
    }
    sqlite3_finalize(st);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

int store_story_get(store *s, int64_t id, int sample, void (*fn)(void *ctx, const store_story *st),
                    void *ctx)
{
    pthread_mutex_lock(&s->lock);
    sqlite3_stmt *st =
        prep(s, sample ? "SELECT " STORY_HEAD STORY_SAMPLE " FROM stories WHERE id = ?1"
                       : "SELECT " STORY_HEAD "NULL FROM stories WHERE id = ?1");
    int rc = -1;
    if (st) {
        sqlite3_bind_int64(st, 1, id);
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            store_story r;
            fill_story(st, &r);
            fn(ctx, &r);
            rc = 1;
        } else
            rc = rc == SQLITE_DONE ? 0 : -1;
    }
    sqlite3_finalize(st);
    kept(s, rc);
    pthread_mutex_unlock(&s->lock);
    return rc;
}

static char *dup_col(sqlite3_stmt *st, int i)
{
    const char *t = col_text(st, i);
    return t ? strdup(t) : NULL;
}

int store_digest_get(store *s, int64_t id, char **json, char **html, char **headline,
                     int64_t *version)
{
    *json = *html = NULL;
    if (headline)
        *headline = NULL;
    *version = -1;
    pthread_mutex_lock(&s->lock);
    sqlite3_stmt *st = prep(s, "SELECT s.version, d.version, d.json, d.html, s.headline"
                               " FROM stories s LEFT JOIN digests d ON d.story = s.id"
                               " WHERE s.id = ?1");
    int rc = -1;
    if (st) {
        sqlite3_bind_int64(st, 1, id);
        int r = sqlite3_step(st);
        if (r == SQLITE_ROW) {
            *version = sqlite3_column_int64(st, 0);
            rc = 0;
            if (sqlite3_column_type(st, 1) != SQLITE_NULL &&
                sqlite3_column_int64(st, 1) == *version) {
                *json = dup_col(st, 2);
                *html = dup_col(st, 3);
                rc = *json && *html ? 1 : -1;
                if (headline && sqlite3_column_type(st, 4) != SQLITE_NULL &&
                    !(*headline = dup_col(st, 4)))
                    rc = -1;
            }
        } else if (r == SQLITE_DONE)
            rc = 0;
    }
    sqlite3_finalize(st);
    kept(s, rc);
    pthread_mutex_unlock(&s->lock);
    if (rc != 1) {
        free(*json);
        free(*html);
        *json = *html = NULL;
        if (headline) {
            free(*headline);
            *headline = NULL;
        }
    }
    return rc;
}

int64_t store_story_version(store *s, int64_t id)
{
    pthread_mutex_lock(&s->lock);
    int64_t v = -1;
    sqlite3_stmt *st = prep(s, "SELECT version FROM stories WHERE id = ?1");
    if (st) {
        sqlite3_bind_int64(st, 1, id);
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    pthread_mutex_unlock(&s->lock);
    return v;
}

int store_digest_put(store *s, int64_t id, int64_t version, const char *json, const char *html,
                     const char *headline)
{
    static const char *const sql[] = {
        "INSERT INTO digests (story, version, json, html) SELECT ?1, ?2, ?3, ?4"
        " WHERE EXISTS (SELECT 1 FROM stories WHERE id = ?1 AND version = ?2)"
        " ON CONFLICT(story) DO UPDATE SET version = excluded.version, json = excluded.json,"
        " html = excluded.html",
        "UPDATE stories SET headline = COALESCE(?5, headline) WHERE id = ?1 AND version = ?2",
    };
    char head[STORE_HEADLINE_BYTES + 4];
    if (headline)
        store_headline(headline, strlen(headline), head);
    pthread_mutex_lock(&s->lock);
    int rc = sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
    for (size_t i = 0; i < sizeof sql / sizeof *sql && rc == 0; i++) {
        sqlite3_stmt *st = prep(s, sql[i]);
        if (st) {
            sqlite3_bind_int64(st, 1, id);
            sqlite3_bind_int64(st, 2, version);
            bind_text(st, 3, json);
            bind_text(st, 4, html);
            bind_text(st, 5, headline ? head : NULL);
        }
        rc = step_done(st);
    }
    if (rc == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        rc = -1;
    if (rc != 0 && !sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    pthread_mutex_unlock(&s->lock);
    return rc;
}
