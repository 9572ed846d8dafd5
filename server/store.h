/* The server's store: articles, stories and the story stream's snapshot in
 * one SQLite database (WAL mode).  Every call takes the store's lock, so the
 * store may be used from the server's worker threads at once. */
#ifndef PRECIS_SERVER_STORE_H
#define PRECIS_SERVER_STORE_H
#include <stddef.h>
#include <stdint.h>

typedef struct store store;

/* An article as the API receives it; every string may be NULL except id. */
typedef struct store_article {
    const char *id;
    const char *text; /* plain text (extracted already when given as HTML) */
    size_t text_len;
    const char *title, *source, *date, *url;
    int64_t story;
} store_article;

/* Opens (creating when absent) the database at `path` (":memory:" for a
 * store that lives as long as the process).  A database that is not a
 * precis store (another program's: another application_id, or tables that
 * are not precis's) is refused before anything is written to it; a new
 * file and a store of an earlier precis are marked as precis's.  `sync_full` asks SQLite to
 * fsync at every commit (survives power loss); otherwise WAL with
 * synchronous=NORMAL, which survives the death of the process.  On failure
 * returns NULL with a message in err. */
store *store_open(const char *path, int sync_full, char *err, size_t errlen);
/* What an operator can do when the store could not be opened or read at
 * start-up, by the last error of s (a file or directory not writable,
 * locked by another program, damaged), as "; ..." (in buf, or a static
 * string), or "". */
const char *store_open_hint(store *s, const char *path, char *buf, size_t n);
/* Closes the store, folding the write-ahead log into the database file:
 * -1 with the reason in err when that failed (the -wal file then holds
 * committed articles), else 0. */
int store_close(store *s, char *err, size_t errlen);

/* The writer's transaction: store_begin() takes the store's lock and opens a
 * transaction, store_commit() commits (returns 0, or -1 with the reason
 * in err, and rolls back), store_rollback() undoes; both release the lock. */
int store_begin(store *s);
int store_commit(store *s, char *err, size_t errlen);
void store_rollback(store *s);

/* Inside a transaction.  Looks an article id up: 1 with its story, 0 when
 * absent, -1 on error. */
int store_article_story(store *s, const char *id, int64_t *story);
/* Inserts an article (with a->story set) and updates its story's row:
 * counts, time span, outlets, headline candidate; marks the story's digest
 * stale.  `now` is the arrival time (seconds since 1970).  0 or -1. */
int store_article_insert(store *s, const store_article *a, double now);
/* Story `from` was merged into story `into` (precis_assignment.merged):
 * its articles and outlets move to `into`, whose row adds its counts and
 * time span and whose digest goes stale; `from`'s row is deleted.  0 or
 * -1. */
int store_story_merge(store *s, int64_t from, int64_t into, double now);
/* Saves the stream's snapshot, taken after the article with sequence number
 * `seq` (store_article_count at the time).  0 or -1. */
/* Sequence number of the last article stored (0 when none). */
int64_t store_last_seq(store *s);
int store_snapshot_save(store *s, const void *data, size_t len, int64_t seq);

/* Inside a transaction: writes one row of its own (the time `now`), so
 * that a commit after it tells whether the store takes writes, without an
 * article (the readiness probe after a failure).  0 or -1. */
int store_write_probe(store *s, double now);

/* Outside transactions (each takes the lock itself). */
int64_t store_article_count(store *s);
int64_t store_story_count(store *s);
/* The highest story id the store holds (0 when none). */
int64_t store_max_story(store *s);
int64_t store_bytes(store *s);
/* The latest snapshot (malloc'd, caller frees) and its sequence number;
 * *data NULL when there is none.  0 or -1. */
int store_snapshot_load(store *s, void **data, size_t *len, int64_t *seq);
/* Calls fn for each article with sequence number > after, in arrival order
 * (for replaying them into the stream).  Stops when fn returns non-zero. */
int store_articles_after(store *s, int64_t after,
                         int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx);

/* One article by its id: calls fn with it and returns 1, 0 when there is
 * none, -1 on error. */
int store_article_get(store *s, const char *id,
                      int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx);
/* One row of the story list. */
typedef struct store_story {
    int64_t id;
    const char *headline;
    int64_t articles, outlets;
    const char *first_date, *last_date; /* article dates, as ISO text, may be NULL */
    double updated;                     /* arrival time of its last article */
    const char *sample; /* the start of its first article's text (NULL: none, or not asked) */
} store_story;

/* Lists stories updated at or after `since` (0 = all), `largest` first or
 * newest first, at most `limit` after the first `offset`; with `sample`,
 * each with the start of its first article (read from the article: asked
 * only by the page, which tells the story's language from it).  Calls fn
 * per row.  0 or -1. */
int store_stories(store *s, double since, int largest, int64_t limit, int64_t offset, int sample,
                  void (*fn)(void *ctx, const store_story *st), void *ctx);
/* The story a merged story's articles went to (followed through later
 * merges): 1 and *into set, 0 when `id` was never merged, -1 error. */
int store_story_moved(store *s, int64_t id, int64_t *into);
/* One story's row (`sample` as for store_stories): 1 found, 0 not, -1
 * error. */
int store_story_get(store *s, int64_t id, int sample, void (*fn)(void *ctx, const store_story *st),
                    void *ctx);
/* The story's articles in arrival order (with their text). */
int store_story_articles(store *s, int64_t id,
                         int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx);
/* A page of them: at most `limit` after the first `offset`, for a list.
 * With `starts`, an article without a title comes with the start of its
 * text (its first 300 characters, to show its first words); otherwise, and
 * for an article with a title, text is NULL (the text is not read). */
int store_story_article_page(store *s, int64_t id, int64_t limit, int64_t offset, int starts,
                             int (*fn)(void *ctx, int64_t seq, const store_article *a), void *ctx);

/* The cached digest of a story: returns 1 and malloc'd copies when it is
 * fresh (no article added since it was computed), 0 when stale or absent,
 * -1 on error.  *version receives the story's version either way.  With
 * `headline` not NULL, *headline is a copy of the story's headline read
 * with the digest (the one stored with it), or NULL. */
int store_digest_get(store *s, int64_t id, char **json, char **html, char **headline,
                     int64_t *version);
/* The story's version (raised by every article and merge), or -1 when
 * there is no such story or on error. */
int64_t store_story_version(store *s, int64_t id);
/* Stores a digest computed at `version`; ignored when the story changed
 * since (a newer article arrived meanwhile).  `headline` may be NULL. */
int store_digest_put(store *s, int64_t id, int64_t version, const char *json, const char *html,
                     const char *headline);

/* A headline of at most STORE_HEADLINE_BYTES bytes of t[0..n) in out (of
 * STORE_HEADLINE_BYTES + 4 bytes), as a story's row keeps it: cut at a
 * word, never inside a UTF-8 sequence, with an ellipsis when cut. */
#define STORE_HEADLINE_BYTES 160
void store_headline(const char *t, size_t n, char *out);

/* The reason of this thread's last failed read of articles or stories
 * (store_stories, store_story_get, store_article_get, store_digest_get,
 * the article lists; "unknown error" when the last of them did not fail),
 * with the system's reason as store_reason gives it, kept while the read
 * held the lock: after it, the connection's message may be another
 * thread's. */
const char *store_error(store *s);
/* The same in out, with the system's reason when there is one ("disk I/O
 * error (No space left on device)"); by the thread that holds the store
 * (the writer's transaction). */
const char *store_reason(store *s, char *out, size_t n);

#endif
