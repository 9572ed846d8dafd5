/* Articles in: the story stream (precis_stream_*, the same online clustering
 * as `precis cluster`) assigns each article to a story, and the store keeps
 * the article, its story and, every so often, the stream's snapshot.
 *
 * Durability: an article is answered only after the transaction holding it
 * has committed.  The stream itself lives in memory; after a crash it is
 * rebuilt from the last snapshot plus the articles stored after it, replayed
 * in arrival order.  The stream is deterministic, so the replay gives every
 * article the story the store already records (ingest_open checks it).
 * When an article merges two stories (precis_assignment.merged), the store
 * moves the articles of the story merged away to the one that stays, in
 * the transaction of that article. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server.h"

double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void stream_options(const server *sv, precis_stream_options *o)
{
    precis_stream_options_init(o);
    if (sv->cfg.window_days > 0)
        o->window = (int64_t)(sv->cfg.window_days * 86400.0);
}

static precis_article as_article(const store_article *a)
{
    precis_article pa;
    memset(&pa, 0, sizeof pa);
    pa.id = a->id;
    pa.text = a->text;
    pa.len = a->text_len;
    pa.title = a->title;
    pa.date = a->date;
    pa.source = a->source;
    pa.url = a->url;
    return pa;
}

/* An article the replay put in another story than the stored one: until
 * a later merge turns `got` into `stored` (the store relabelled the
 * articles of a merged story when the merge happened, the replay sees the
 * story before the merge first). */
typedef struct moved_one {
    int64_t got, stored;
} moved_one;

typedef struct replay {
    precis_stream *stream;
    size_t replayed;
    moved_one *moved;
    size_t nmoved, cap;
    int failed;
} replay;

static int replay_one(void *ctx, int64_t seq, const store_article *a)
{
    (void)seq;
    replay *r = ctx;
    precis_article pa = as_article(a);
    precis_assignment got;
    if (precis_stream_add(r->stream, &pa, &got, NULL) != PRECIS_OK)
        return 1;
    precis_stream_close_idle(r->stream, NULL, NULL, NULL);
    r->replayed++;
    if (got.merged) {
        size_t k = 0;
        for (size_t i = 0; i < r->nmoved; i++)
            if (!(r->moved[i].got == (int64_t)got.merged && r->moved[i].stored == a->story))
                r->moved[k++] = r->moved[i];
        r->nmoved = k;
    }
    if ((int64_t)got.story != a->story) {
        if (r->nmoved == r->cap) {
            size_t cap = r->cap ? 2 * r->cap : 64;
            moved_one *m = realloc(r->moved, cap * sizeof *m);
            if (!m) {
                r->failed = 1;
                return 1;
            }
            r->moved = m;
            r->cap = cap;
        }
        r->moved[r->nmoved++] = (moved_one){(int64_t)got.story, a->story};
    }
    return 0;
}

int ingest_open(server *sv, char *err, size_t errlen)
{
    precis_stream_options o;
    stream_options(sv, &o);
    void *data = NULL;
    size_t len = 0;
    int64_t seq = 0;
    if (store_snapshot_load(sv->db, &data, &len, &seq) != 0) {
        char why[256];
        snprintf(err, errlen, "%s: cannot read the stream snapshot: %s", sv->cfg.db_path,
                 store_reason(sv->db, why, sizeof why));
        return -1;
    }
    precis_stream *stream = NULL;
    precis_status st;
    if (data) {
        precis_error perr;
        st = precis_stream_load(data, len, &o, NULL, &stream, &perr);
        if (st == PRECIS_ENOMEM) {
            snprintf(err, errlen, "%s: cannot load the stream snapshot: out of memory",
                     sv->cfg.db_path);
            free(data);
            return -1;
        }
        if (st != PRECIS_OK) {
            /* The snapshot is derived from the articles, which the store
             * keeps whole: a damaged one is rebuilt from all of them (a
             * replay of every stored article, their stored stories kept)
             * rather than keep the server from starting. */
            fprintf(stderr,
                    "precis serve: %s: stream snapshot unreadable at byte %zu (%s); rebuilding the"
                    " stream from every stored article\n",
                    sv->cfg.db_path, perr.offset,
                    perr.message ? perr.message : precis_strerror(st));
            seq = 0;
        }
    }
    if (!stream)
        st = precis_stream_new(&o, NULL, &stream);
    free(data);
    if (st != PRECIS_OK) {
        snprintf(err, errlen, "cannot create the story stream: %s", precis_strerror(st));
        return -1;
    }
    replay r = {stream, 0, NULL, 0, 0, 0};
    if (store_articles_after(sv->db, seq, replay_one, &r) != 0 || r.failed) {
        char why[256], hint[4096 + 256];
        snprintf(err, errlen, "%s: cannot replay the articles: %s%s", sv->cfg.db_path,
                 r.failed ? "out of memory" : store_reason(sv->db, why, sizeof why),
                 r.failed ? "" : store_open_hint(sv->db, sv->cfg.db_path, hint, sizeof hint));
        free(r.moved);
        precis_stream_free(stream);
        return -1;
    }
    free(r.moved);
    /* new stories after every story the store holds, whatever the replay
     * did (a snapshot of an older precis is rebuilt, not restored) */
    int64_t top = store_max_story(sv->db);
    if (top > 0)
        precis_stream_reserve_ids(stream, (uint64_t)top + 1);
    if (r.nmoved && !sv->cfg.quiet)
        fprintf(stderr,
                "precis serve: %zu of %zu replayed articles would now join another story;"
                " their stored story is kept\n",
                r.nmoved, r.replayed);
    sv->stream = stream;
    sv->since_snapshot = (int64_t)r.replayed;
    return 0;
}

static int snapshot(server *sv)
{
    char *buf = NULL;
    size_t len = 0;
    if (precis_stream_save(sv->stream, &buf, &len) != PRECIS_OK)
        return -1;
    int rc = store_snapshot_save(sv->db, buf, len, store_last_seq(sv->db));
    precis_free(buf);
    if (rc == 0)
        sv->since_snapshot = 0;
    return rc;
}

int ingest_close(server *sv, char *err, size_t errlen)
{
    if (!sv->stream)
        return 0;
    pthread_mutex_lock(&sv->stream_lock);
    int rc = 0;
    char why[256];
    if (sv->since_snapshot > 0) {
        /* the last snapshot: without it the next start replays the
         * articles stored since the one before (nothing is lost) */
        if (store_begin(sv->db) != 0) {
            snprintf(err, errlen, "cannot save the stream snapshot: %s",
                     store_reason(sv->db, why, sizeof why));
            rc = -1;
        } else if (snapshot(sv) != 0) {
            snprintf(err, errlen, "cannot save the stream snapshot: %s",
                     store_reason(sv->db, why, sizeof why));
            store_rollback(sv->db);
            rc = -1;
        } else if (store_commit(sv->db, err, errlen) != 0) {
            rc = -1;
        }
    }
    precis_stream_free(sv->stream);
    sv->stream = NULL;
    pthread_mutex_unlock(&sv->stream_lock);
    return rc;
}

/* After a write that failed, the stream is rebuilt from the store (below);
 * when that failed too (the store could not be read either), sv->stream is
 * NULL and every write comes here first: the rebuild is tried again, and
 * the write goes on once it works.  The store is the truth, so nothing
 * acknowledged is lost or counted twice: the rebuild replays exactly the
 * committed articles.  Said once when it fails first and once when it
 * works again after that.  0, or -1 with the reason in err.  Under stream_lock. */
static int stream_recover(server *sv, char *err, size_t errlen)
{
    static int64_t failures;
    char e2[256];
    if (ingest_open(sv, e2, sizeof e2) == 0) {
        if (failures && !sv->cfg.quiet)
            fprintf(stderr,
                    "precis serve: story stream rebuilt from the store (%lld articles replayed)"
                    " after %lld failed attempt%s; writes are taken again\n",
                    (long long)sv->since_snapshot, (long long)failures, failures == 1 ? "" : "s");
        failures = 0;
        return 0;
    }
    if (failures++ == 0 && !sv->cfg.quiet)
        fprintf(stderr,
                "precis serve: %s; writes are refused until the story stream is rebuilt (tried"
                " again at each write)\n",
                e2);
    snprintf(err, errlen, "the story stream could not be rebuilt from the store: %s", e2);
    return -1;
}

int ingest_items(server *sv, ingest_item *items, size_t n, char *err, size_t errlen)
{
    pthread_mutex_lock(&sv->stream_lock);
    if (!sv->stream && stream_recover(sv, err, errlen) != 0) {
        health_write_failed(sv, err, 1);
        pthread_mutex_unlock(&sv->stream_lock);
        return -1;
    }
    if (store_begin(sv->db) != 0) {
        char why[256];
        snprintf(err, errlen, "store busy: %s", store_reason(sv->db, why, sizeof why));
        health_write_failed(sv, err, 1);
        pthread_mutex_unlock(&sv->stream_lock);
        return -1;
    }
    double now = now_seconds();
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        ingest_item *it = &items[i];
        int64_t story = 0;
        int found = store_article_story(sv->db, it->id, &story);
        if (found < 0) {
            rc = -1;
            break;
        }
        if (found) { /* a retry of an acknowledged article: same answer */
            it->story = story;
            it->duplicate = 1;
            continue;
        }
        store_article a = {it->id,     it->text, it->text_len, it->title,
                           it->source, it->date, it->url,      0};
        precis_article pa = as_article(&a);
        precis_assignment got;
        precis_status st = precis_stream_add(sv->stream, &pa, &got, NULL);
        if (st != PRECIS_OK) {
            snprintf(err, errlen, "article %s: %s", it->id, precis_strerror(st));
            rc = -2;
            break;
        }
        precis_stream_close_idle(sv->stream, NULL, NULL, NULL);
        a.story = (int64_t)got.story;
        it->story = a.story;
        it->merged = (int64_t)got.merged;
        if ((got.merged && store_story_merge(sv->db, it->merged, a.story, now) != 0) ||
            store_article_insert(sv->db, &a, now) != 0) {
            rc = -1;
            break;
        }
        sv->since_snapshot++;
    }
    if (rc == 0 && sv->since_snapshot >= (int64_t)sv->cfg.snapshot_every)
        rc = snapshot(sv);
    if (rc == 0)
        rc = store_commit(sv->db, err, errlen);
    else {
        char why[256];
        if (rc == -1)
            snprintf(err, errlen, "store: %s", store_reason(sv->db, why, sizeof why));
        store_rollback(sv->db);
        rc = -1;
    }
    if (rc != 0) {
        /* the operator hears of it (a full disk answers every client 503),
         * at most once a second */
        static double logged;
        if (!sv->cfg.quiet && now - logged >= 1.0) {
            fprintf(stderr, "precis serve: %s: nothing was stored\n", err);
            logged = now;
        }
        /* The stream may hold articles the store does not: rebuild it from
         * the store so that both agree again (or at the next write, when
         * the store cannot be read now either). */
        precis_stream_free(sv->stream);
        sv->stream = NULL;
        char e2[256];
        stream_recover(sv, e2, sizeof e2);
        health_write_failed(sv, err, 1);
        pthread_mutex_unlock(&sv->stream_lock);
        return -1;
    }
    health_write_ok(sv);
    pthread_mutex_unlock(&sv->stream_lock);
    return 0;
}

int ingest_probe(server *sv, char *err, size_t errlen)
{
    pthread_mutex_lock(&sv->stream_lock);
    int rc = 0;
    if (!sv->stream && stream_recover(sv, err, errlen) != 0)
        rc = -1;
    else if (store_begin(sv->db) != 0) {
        char why[256];
        snprintf(err, errlen, "store busy: %s", store_reason(sv->db, why, sizeof why));
        rc = -1;
    } else if (store_write_probe(sv->db, now_seconds()) != 0) {
        char why[256];
        snprintf(err, errlen, "store: %s", store_reason(sv->db, why, sizeof why));
        store_rollback(sv->db);
        rc = -1;
    } else
        rc = store_commit(sv->db, err, errlen);
    if (rc == 0)
        health_write_ok(sv);
    else
        health_write_failed(sv, err, 0);
    pthread_mutex_unlock(&sv->stream_lock);
    return rc;
}

/* ---- digests -------------------------------------------------------------- */

/* A story's articles go into the library's cluster, which folds near copies
 * into the document they copy but keeps, in its arena, the text and the
 * sentences of each (a wire story of 20,003 copies: +83 MB to make its
 * digest, bench/serve_memory.py).  A digest shows DIGEST_COPIES copies of
 * a document and the library's HTML the first OUTLETS_SHOWN outlets of
 * its copies, in the order given: so an article with a source whose text
 * is, byte for byte, that of DIGEST_COPIES + 1 articles given already (the
 * first one and DIGEST_COPIES copies) is given only when its source is
 * one its text's group has not had yet (until OUTLETS_SHOWN + 2 sources,
 * the document's own among them, more than the HTML shows); the others
 * are counted under the group's first article and added to `more_copies`
 * (digest_bound).  The copies listed, the outlets shown and the summary
 * are those of all the articles (an exact copy adds no sentence, word or
 * count of its own; every copy of one text goes to one document). */
#define OUTLETS_SHOWN 20 /* the library's HTML: src/render/render.h, PC_OUTLETS_SHOWN */

typedef struct text_group {
    uint64_t h1, h2; /* two hashes of the text, and its length: one text */
    size_t len;
    char *first; /* id of its first article */
    size_t given, skipped;
    char *labels[OUTLETS_SHOWN + 2]; /* distinct sources of the articles given */
    size_t nlabels;
} text_group;

typedef struct gather {
    precis_cluster *cluster;
    const precis_options *opts; /* the digest's: its memory limit */
    precis_status st;
    text_group *groups; /* open addressing on h1, at most half full */
    size_t cap, n;
    text_group **more; /* the groups with skipped articles, by `first` */
    size_t nmore;
} gather;

static void text_hashes(const char *t, size_t n, uint64_t *h1, uint64_t *h2)
{
    uint64_t a = 1469598103934665603ull, b = 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        a = (a ^ c) * 1099511628211ull;      /* FNV-1a */
        b = (b ^ c) * 0xFF51AFD7ED558CCDull; /* another multiplier, and a shift */
        b ^= b >> 29;
    }
    *h1 = a;
    *h2 = b ^ n;
}

/* The group of text t (created when absent), or NULL out of memory. */
static text_group *text_group_of(gather *g, const char *t, size_t n, const char *id)
{
    if (2 * (g->n + 1) > g->cap) {
        size_t cap = g->cap ? 2 * g->cap : 64;
        text_group *gs = calloc(cap, sizeof *gs);
        if (!gs)
            return NULL;
        for (size_t i = 0; i < g->cap; i++)
            if (g->groups[i].first) {
                size_t k = (size_t)g->groups[i].h1 & (cap - 1);
                while (gs[k].first)
                    k = (k + 1) & (cap - 1);
                gs[k] = g->groups[i];
            }
        free(g->groups);
        g->groups = gs;
        g->cap = cap;
    }
    uint64_t h1, h2;
    text_hashes(t, n, &h1, &h2);
    size_t k = (size_t)h1 & (g->cap - 1);
    for (; g->groups[k].first; k = (k + 1) & (g->cap - 1))
        if (g->groups[k].h1 == h1 && g->groups[k].h2 == h2 && g->groups[k].len == n)
            return &g->groups[k];
    text_group *x = &g->groups[k];
    if (!(x->first = strdup(id)))
        return NULL;
    x->h1 = h1;
    x->h2 = h2;
    x->len = n;
    g->n++;
    return x;
}

/* Whether the article is given to the cluster (1), counted only (0), or
 * -1 out of memory. */
static int give(gather *g, const store_article *a)
{
    text_group *x = text_group_of(g, a->text, a->text_len, a->id);
    if (!x)
        return -1;
    /* Its outlet as the library's HTML names it: the source given (the
     * library keeps a field given as it is).  Without one the library may
     * find one in the text or the URL, which only it knows: such an
     * article is always given. */
    const char *l = a->source;
    if (!l) {
        x->given++;
        return 1;
    }
    size_t i = 0;
    while (i < x->nlabels && strcmp(x->labels[i], l) != 0)
        i++;
    int fresh = i == x->nlabels && x->nlabels < OUTLETS_SHOWN + 2;
    if (x->given > DIGEST_COPIES && !fresh) {
        x->skipped++;
        return 0;
    }
    if (fresh && !(x->labels[x->nlabels++] = strdup(l)))
        return -1;
    x->given++;
    return 1;
}

static int gather_one(void *ctx, int64_t seq, const store_article *a)
{
    (void)seq;
    gather *g = ctx;
    int r = give(g, a);
    if (r <= 0) {
        if (r < 0)
            g->st = PRECIS_ENOMEM;
        return r < 0;
    }
    precis_doc_meta meta = {a->id, a->source, a->title, a->date, a->url};
    precis_status st =
        precis_cluster_add_document(g->cluster, a->text, a->text_len, &meta, g->opts, NULL);
    if (st != PRECIS_OK && st != PRECIS_ELIMIT) {
        g->st = st;
        return 1;
    }
    return 0;
}

static int by_first(const void *x, const void *y)
{
    return strcmp((*(text_group *const *)x)->first, (*(text_group *const *)y)->first);
}

/* The articles not given whose text is that of the article `id` (0: none). */
static size_t skipped_of(void *ctx, const char *id)
{
    gather *g = ctx;
    text_group key = {0}, *k = &key, **hit;
    key.first = (char *)id;
    if (!id || !g->nmore || !(hit = bsearch(&k, g->more, g->nmore, sizeof *g->more, by_first)))
        return 0;
    return (*hit)->skipped;
}

/* Sorts the groups that skipped articles for skipped_of: 0 or -1. */
static int gather_index(gather *g)
{
    size_t n = 0;
    for (size_t i = 0; i < g->cap; i++)
        n += g->groups[i].skipped > 0;
    if (!n)
        return 0;
    if (!(g->more = malloc(n * sizeof *g->more)))
        return -1;
    for (size_t i = 0; i < g->cap; i++)
        if (g->groups[i].skipped)
            g->more[g->nmore++] = &g->groups[i];
    qsort(g->more, g->nmore, sizeof *g->more, by_first);
    return 0;
}

static void gather_free(gather *g)
{
    for (size_t i = 0; i < g->cap; i++) {
        free(g->groups[i].first);
        for (size_t j = 0; j < g->groups[i].nlabels; j++)
            free(g->groups[i].labels[j]);
    }
    free(g->groups);
    free(g->more);
    precis_cluster_free(g->cluster);
}

const char *digest_failure(const server *sv, precis_status why, char *buf, size_t len)
{
    precis_options d;
    precis_options_init(&d);
    size_t limit = sv->cfg.max_digest_memory ? sv->cfg.max_digest_memory : d.max_cluster_memory;
    if (why == PRECIS_ELIMIT)
        snprintf(buf, len, "%s (one digest may take %zu bytes of memory: --max-digest-memory)",
                 precis_strerror(why), limit);
    else
        snprintf(buf, len, "%s", precis_strerror(why));
    return buf;
}

int story_digest(server *sv, int64_t id, int all, char **json, char **html, char **headline,
                 precis_status *why)
{
    int64_t version;
    precis_status lib = PRECIS_OK; /* the library's failure, or memory's */
    int rc = store_digest_get(sv->db, id, json, html, headline, &version);
    if (rc == 1 && all) { /* the story exists; its cached digest is the bounded one */
        free(*json);
        free(*html);
        *json = *html = NULL;
        if (headline) {
            free(*headline);
            *headline = NULL;
        }
        rc = 0;
    }
    if (rc == 1)
        metrics_digest(0, 0);
    if (rc != 0 || version < 0)
        return rc < 0 ? -1 : rc == 1 ? 1 : 0;
    if (all && (rc = digest_cache_get(id, version, json, html, headline)) != 0) {
        if (rc == 1)
            metrics_digest(1, 0);
        else if (why) /* a copy out of the cache failed: memory, not the store */
            *why = PRECIS_ENOMEM;
        return rc < 0 ? -2 : rc;
    }
    /* Stale: compute it outside the store's lock, from the stored articles. */
    precis_options o;
    precis_options_init(&o);
    o.budget = 150;
    if (all)
        o.digest_items = SIZE_MAX;
    if (sv->cfg.max_digest_memory) /* an article past it is left out, as past any limit */
        o.max_cluster_memory = sv->cfg.max_digest_memory;
    gather g = {NULL, &o, PRECIS_OK, NULL, 0, 0, NULL, 0};
    if ((lib = precis_cluster_new(&g.cluster, NULL)) != PRECIS_OK) {
        if (why)
            *why = lib;
        return -2;
    }
    /* the store's failure (store_error keeps its reason: -1), or the
     * library's refusal of an article, or memory (-2) */
    int failed = store_story_articles(sv->db, id, gather_one, &g) != 0 ? -1 : 0;
    if (!failed && (g.st != PRECIS_OK || gather_index(&g) != 0)) {
        failed = -2;
        lib = g.st != PRECIS_OK ? g.st : PRECIS_ENOMEM;
    }
    if (failed) {
        gather_free(&g);
        if (why && failed == -2)
            *why = lib;
        return failed;
    }
    precis_summary *sum = NULL;
    precis_digest *dg = NULL;
    char *j = NULL, *h = NULL, *head = NULL, *bounded = NULL;
    rc = -2;
    if ((lib = precis_summarize(g.cluster, &o, &sum)) == PRECIS_OK &&
        (lib = precis_digest_new(g.cluster, &o, &dg)) == PRECIS_OK &&
        (lib = precis_digest_render(dg, sum, PRECIS_FORMAT_JSON, &j, NULL)) == PRECIS_OK &&
        (lib = precis_digest_render(dg, sum, PRECIS_FORMAT_HTML, &h, NULL)) == PRECIS_OK) {
        lib = PRECIS_ENOMEM; /* what can fail below */
        precis_sentence s0;
        if (precis_summary_count(sum) > 0 && precis_summary_sentence(sum, 0, &s0) == PRECIS_OK) {
            head = malloc(s0.len + 1);
            if (head) {
                memcpy(head, s0.text, s0.len);
                head[s0.len] = 0;
            }
        }
        char cut[STORE_HEADLINE_BYTES + 4];
        if (head)
            store_headline(head, strlen(head), cut);
        /* kept as the API answers it: the lists it cuts are not kept whole
         * (the library's JSON when it cannot be parsed: out of memory) */
        json_t *parsed = json_loads(j, 0, NULL);
        if (parsed) {
            digest_bound(parsed, skipped_of, &g);
            bounded = json_dumps(parsed, JSON_COMPACT);
            json_decref(parsed);
        }
        const char *kept = bounded ? bounded : j;
        /* each kept under the version read before the articles were: the
         * store ignores a put when the story changed since, the cache is
         * only given one when it did not */
        if (!all)
            store_digest_put(sv->db, id, version, kept, h, head);
        else if (store_story_version(sv->db, id) == version)
            digest_cache_put(id, version, kept, h, head ? cut : NULL);
        metrics_digest(all, 1);
        *json = strdup(kept);
        *html = strdup(h);
        rc = *json && *html ? 1 : -2;
        if (head && headline && !(*headline = strdup(cut)))
            rc = -2;
    }
    free(head);
    free(bounded);
    precis_free(j);
    precis_free(h);
    precis_digest_free(dg);
    precis_summary_free(sum);
    gather_free(&g);
    if (rc != 1) {
        free(*json);
        free(*html);
        *json = *html = NULL;
        if (headline) {
            free(*headline);
            *headline = NULL;
        }
        if (why)
            *why = lib;
    }
    return rc;
}
