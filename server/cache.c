/* The whole digests (?digest=all) of the stories last asked, in memory.
 *
 * The bounded digest of a story is cached in the store (store_digest_get),
 * keyed by the story's version, which every article added and every merge
 * raise.  The whole one is as costly to make and was made at every request;
 * it is kept here under the same key rather than in the store, as few are
 * asked and each may be large: at most CACHE_ENTRIES of them and
 * CACHE_BYTES in all, the least recently used going first, lost at a
 * restart (made again at the next request).  An entry names the version it
 * was made at, so a story that changed since finds no entry: nothing is
 * ever answered stale, and nothing needs to be told of a change. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"

#define CACHE_ENTRIES 16
#define CACHE_BYTES (32u << 20) /* one digest over a quarter of it is not kept */

typedef struct entry {
    int64_t id, version;
    char *json, *html, *headline;
    size_t bytes;
    unsigned long long used; /* the clock at the last use; 0: a free slot */
} entry;

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static entry g_entries[CACHE_ENTRIES];
static size_t g_bytes;
static unsigned long long g_clock;

static void entry_clear(entry *e)
{
    free(e->json);
    free(e->html);
    free(e->headline);
    g_bytes -= e->bytes;
    memset(e, 0, sizeof *e);
}

static char *dup_or_null(const char *s, int *failed)
{
    if (!s)
        return NULL;
    char *d = strdup(s);
    if (!d)
        *failed = 1;
    return d;
}

int digest_cache_get(int64_t id, int64_t version, char **json, char **html, char **headline)
{
    int found = 0, failed = 0;
    *json = *html = NULL;
    if (headline)
        *headline = NULL;
    pthread_mutex_lock(&g_lock);
    for (size_t i = 0; i < CACHE_ENTRIES; i++) {
        entry *e = &g_entries[i];
        if (!e->used || e->id != id)
            continue;
        if (e->version != version) { /* the story changed: of no more use */
            entry_clear(e);
            break;
        }
        e->used = ++g_clock;
        *json = dup_or_null(e->json, &failed);
        *html = dup_or_null(e->html, &failed);
        if (headline)
            *headline = dup_or_null(e->headline, &failed);
        found = 1;
        break;
    }
    pthread_mutex_unlock(&g_lock);
    if (found && !failed)
        return 1;
    free(*json);
    free(*html);
    *json = *html = NULL;
    if (headline) {
        free(*headline);
        *headline = NULL;
    }
    return failed ? -1 : 0;
}

void digest_cache_put(int64_t id, int64_t version, const char *json, const char *html,
                      const char *headline)
{
    size_t bytes = strlen(json) + strlen(html) + (headline ? strlen(headline) : 0);
    if (bytes > CACHE_BYTES / 4)
        return;
    int failed = 0;
    entry n = {id, version, NULL, NULL, NULL, bytes, 0};
    n.json = dup_or_null(json, &failed);
    n.html = dup_or_null(html, &failed);
    n.headline = dup_or_null(headline, &failed);
    if (failed) { /* out of memory: not kept, made again next time */
        free(n.json);
        free(n.html);
        free(n.headline);
        return;
    }
    pthread_mutex_lock(&g_lock);
    /* the story's older entry, if any, goes (two requests may have made
     * the same digest at once: the second replaces the first) */
    for (size_t i = 0; i < CACHE_ENTRIES; i++)
        if (g_entries[i].used && g_entries[i].id == id)
            entry_clear(&g_entries[i]);
    for (;;) { /* room: a free slot, and the bytes under the cap */
        entry *lru = NULL, *free_slot = NULL;
        for (size_t i = 0; i < CACHE_ENTRIES; i++) {
            entry *e = &g_entries[i];
            if (!e->used)
                free_slot = free_slot ? free_slot : e;
            else if (!lru || e->used < lru->used)
                lru = e;
        }
        if (free_slot && g_bytes + bytes <= CACHE_BYTES) {
            n.used = ++g_clock;
            *free_slot = n;
            g_bytes += bytes;
            break;
        }
        entry_clear(lru); /* not NULL: without a free slot, or with bytes, one is used */
    }
    pthread_mutex_unlock(&g_lock);
}

void digest_cache_clear(void)
{
    pthread_mutex_lock(&g_lock);
    for (size_t i = 0; i < CACHE_ENTRIES; i++)
        if (g_entries[i].used)
            entry_clear(&g_entries[i]);
    pthread_mutex_unlock(&g_lock);
}
