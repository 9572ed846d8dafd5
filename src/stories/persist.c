/* Saving and loading a stream's state (docs/stories.md, "Saved state").
 * Little-endian fields, length-prefixed strings (each followed by a NUL so
 * that a loaded string can be used in place), a checksum at the end.  The
 * state is exact: a stream loaded goes on as the one saved would have (the
 * terms each story is filed under, its norm, the heap's order and each
 * index list's order are saved as they are, not recomputed: recomputing
 * them put later articles in other stories, and the server, replaying
 * after a crash, wrote them under the ids of other stories).  The id maps
 * are rebuilt on load. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "stories/stories.h"
#include "util/alloc.h"
#include "util/hash.h"

#define MAGIC "PRCSSTRM"
/* 3: a story's norm and index terms, the heap and the index lists, as
 * they are; 2: the pending jump of the time (jump_t, jump_n).  1 and 2 are
 * read too (their index and heap rebuilt, as then). */
#define VERSION 3u
#define NO_STR UINT64_MAX

/* The low `bytes` bytes of v, least significant first. */
static void put_le(pc_buf *b, uint64_t v, int bytes)
{
    unsigned char x[8];
    for (int i = 0; i < bytes; i++)
        x[i] = (unsigned char)(v >> (8 * i));
    pc_buf_add(b, (const char *)x, (size_t)bytes);
}

static void put_u64(pc_buf *b, uint64_t v)
{
    put_le(b, v, 8);
}

static void put_u32(pc_buf *b, uint32_t v)
{
    put_le(b, v, 4);
}

static void put_f64(pc_buf *b, double d)
{
    uint64_t v;
    memcpy(&v, &d, 8);
    put_u64(b, v);
}

static void put_str(pc_buf *b, const char *s, size_t n)
{
    if (!s) {
        put_u64(b, NO_STR);
        return;
    }
    put_u64(b, n);
    pc_buf_add(b, s, n);
    pc_buf_addch(b, 0);
}

static void put_cstr(pc_buf *b, const char *s)
{
    put_str(b, s, s ? strlen(s) : 0);
}

static void put_story(pc_buf *b, const st_story *st)
{
    put_u64(b, st->id);
    put_u64(b, (uint64_t)st->first);
    put_u64(b, (uint64_t)st->last);
    put_u64(b, st->count);
    put_u32(b, st->ncen);
    for (uint32_t i = 0; i < st->ncen; i++) {
        uint32_t w;
        memcpy(&w, &st->cen[i].w, 4);
        put_u64(b, st->cen[i].key);
        put_u32(b, w);
    }
    put_u32(b, (uint32_t)st->ntop);
    for (size_t i = 0; i < st->ntop; i++) {
        put_u64(b, st->topkey[i]);
        put_cstr(b, st->topbuf[i]);
    }
    put_f64(b, st->norm);
    put_u32(b, st->nkeys);
    for (uint32_t i = 0; i < st->nkeys; i++)
        put_u64(b, st->keys[i]);
    put_u32(b, st->nmem);
    put_u32(b, st->mnext);
    for (uint32_t k = 0; k < st->nmem; k++) {
        const st_member *m = &st->mem[k];
        put_u32(b, m->n);
        for (uint32_t i = 0; i < m->n; i++) {
            uint32_t w;
            memcpy(&w, &m->t[i].w, 4);
            put_u64(b, (uint64_t)m->t[i].fp << 32); /* the key's high bits */
            put_u32(b, w);
        }
    }
    put_cstr(b, st->title);
    put_u64(b, st->nidh);
    for (size_t i = 0; i < st->nidh; i++)
        put_u64(b, st->idh[i]);
    put_u64(b, st->nkept);
    for (size_t i = 0; i < st->nkept; i++) {
        const precis_stream_article *a = &st->kept[i]->a;
        put_cstr(b, a->id);
        put_cstr(b, a->title);
        put_cstr(b, a->date);
        put_cstr(b, a->source);
        put_cstr(b, a->url);
        put_str(b, a->text, a->len);
        put_u64(b, (uint64_t)a->time);
        put_u64(b, a->article);
        put_f64(b, a->similarity);
    }
}

precis_status precis_stream_save(const precis_stream *s, char **out, size_t *len)
{
    if (!s || !out)
        return PRECIS_EINVAL;
    pc_buf b;
    pc_buf_init(&b, NULL);
    pc_buf_add(&b, MAGIC, 8);
    put_u32(&b, VERSION);
    put_f64(&b, s->o.threshold);
    put_u64(&b, (uint64_t)s->o.window);
    put_u64(&b, s->o.max_open_stories);
    put_u64(&b, s->o.max_story_articles);
    put_u32(&b, (uint32_t)(s->o.keep_text != 0));
    put_u64(&b, s->o.max_article_bytes);
    put_u64(&b, s->next_id);
    put_u64(&b, s->narticles);
    put_u64(&b, (uint64_t)s->now);
    put_u32(&b, (uint32_t)s->have_time);
    put_u64(&b, (uint64_t)s->jump_t);
    put_u32(&b, s->jump_n);
    put_u64(&b, s->ndocs);
    size_t dfn = (size_t)1 << ST_DF_BITS, nz = 0;
    for (size_t i = 0; i < dfn; i++)
        nz += s->df[i] != 0;
    put_u64(&b, nz);
    for (size_t i = 0; i < dfn; i++)
        if (s->df[i]) {
            put_u32(&b, (uint32_t)i);
            put_u32(&b, s->df[i]);
        }
    nz = 0;
    for (size_t i = 0; i < ST_SENT_SLOTS; i++)
        nz += s->sent[i].check != 0;
    put_u64(&b, nz);
    for (size_t i = 0; i < ST_SENT_SLOTS; i++)
        if (s->sent[i].check) {
            put_u32(&b, (uint32_t)i);
            put_u32(&b, s->sent[i].check);
            put_u32(&b, s->sent[i].last);
            put_u32(&b, s->sent[i].days);
        }
    put_u64(&b, s->nopen);
    for (size_t i = 0; i < s->nopen; i++) /* the same order on load */
        put_story(&b, s->open[i]);
    for (size_t i = 0; i < s->nopen; i++)
        put_u64(&b, s->heap[i]->id);
    /* the index lists by term: the same bytes for the same state, whatever
     * order the map's slots are in */
    uint64_t *keys = s->index.n ? pc_malloc(s->alc, s->index.n * sizeof *keys) : NULL;
    if (s->index.n && !keys) {
        pc_buf_release(&b);
        return PRECIS_ENOMEM;
    }
    size_t nk = 0;
    for (size_t i = 0; i < s->index.cap; i++)
        if (s->index.keys[i])
            keys[nk++] = s->index.keys[i];
    pc_sort_u64(keys, nk);
    put_u64(&b, nk);
    for (size_t i = 0; i < nk; i++) {
        const st_posting *p = (const st_posting *)(uintptr_t)*pc_u64map_find(&s->index, keys[i]);
        put_u64(&b, keys[i]);
        put_u32(&b, p->n);
        for (uint32_t k = 0; k < p->n; k++)
            put_u64(&b, p->v[k]->id);
    }
    pc_free(s->alc, keys, s->index.n * sizeof *keys);
    put_u64(&b, pc_hash64(b.ptr, b.len, ST_SAVE_SUM_SEED));
    return pc_buf_finish(&b, out, len);
}

/* ---- loading ------------------------------------------------------------ */

typedef struct rd {
    const unsigned char *p;
    size_t i, n;
    int bad;
    size_t bad_at;
    const char *why;
} rd;

static void bad(rd *r, const char *why)
{
    if (!r->bad) {
        r->bad = 1;
        r->bad_at = r->i;
        r->why = why;
    }
}

/* A number of `bytes` bytes, least significant first, as put_le writes
 * it; 0 and r bad when the data ends before it. */
static uint64_t get_le(rd *r, int bytes)
{
    if (r->bad || r->n - r->i < (size_t)bytes) {
        bad(r, "truncated");
        return 0;
    }
    uint64_t v = 0;
    for (int k = bytes - 1; k >= 0; k--)
        v = v << 8 | r->p[r->i + (size_t)k];
    r->i += (size_t)bytes;
    return v;
}

static uint64_t get_u64(rd *r)
{
    return get_le(r, 8);
}

static uint32_t get_u32(rd *r)
{
    return (uint32_t)get_le(r, 4);
}

static double get_f64(rd *r)
{
    uint64_t v = get_u64(r);
    double d;
    memcpy(&d, &v, 8);
    return d;
}

/* A string in place (NUL-terminated in the data), or NULL. */
static const char *get_str(rd *r, size_t *len)
{
    uint64_t n = get_u64(r);
    *len = 0;
    if (r->bad || n == NO_STR)
        return NULL;
    if (n >= r->n - r->i || r->p[r->i + n] != 0) {
        bad(r, "bad string");
        return NULL;
    }
    const char *s = (const char *)r->p + r->i;
    r->i += (size_t)n + 1;
    *len = (size_t)n;
    return s;
}

static int load_story(precis_stream *s, rd *r, uint32_t version)
{
    uint64_t id = get_u64(r);
    if (r->bad)
        return 0;
    if (id == 0 || id >= s->next_id || pc_u64map_find(&s->by_id, id)) {
        bad(r, "bad story id");
        return 0;
    }
    st_story *st = st_story_new(s, id);
    if (!st)
        return -1;
    st->first = (int64_t)get_u64(r);
    st->last = (int64_t)get_u64(r);
    st->count = (size_t)get_u64(r);
    uint32_t ncen = get_u32(r);
    if (!r->bad && (ncen == 0 || ncen > ST_CENTROID || st->count == 0))
        bad(r, "bad story");
    if (r->bad) {
        st_story_free(s, st);
        return 0;
    }
    st->cen = pc_malloc(s->alc, ncen * sizeof *st->cen);
    if (!st->cen) {
        st_story_free(s, st);
        return -1;
    }
    st->ncen = ncen;
    double norm = 0;
    for (uint32_t i = 0; i < ncen; i++) {
        st_mterm *t = &st->cen[i];
        t->key = get_u64(r);
        uint32_t w = get_u32(r);
        memcpy(&t->w, &w, 4);
        if (!r->bad && (!(t->w >= 0 && t->w < 1e9f) || (i > 0 && t->key <= st->cen[i - 1].key)))
            bad(r, "bad term");
        if (r->bad)
            break;
        norm += (double)t->w * t->w;
    }
    uint32_t ntop = get_u32(r);
    if (!r->bad && ntop > ST_TOP_TERMS)
        bad(r, "bad story");
    for (uint32_t i = 0; i < ntop && !r->bad; i++) {
        size_t n;
        st->topkey[i] = get_u64(r);
        const char *stem = get_str(r, &n);
        if (!r->bad && (!stem || n > ST_STEM_MAX))
            bad(r, "bad term");
        if (r->bad)
            break;
        memcpy(st->topbuf[i], stem, n + 1);
        st->top[i] = st->topbuf[i];
        st->ntop = i + 1;
    }
    st->norm = norm > 0 ? sqrt(norm) : 1;
    if (version >= 3 && !r->bad) {
        st->norm = get_f64(r);
        uint32_t nkeys = get_u32(r);
        if (!r->bad && (!(st->norm > 0 && st->norm < 1e9) || nkeys > ST_KEYS))
            bad(r, "bad story");
        for (uint32_t i = 0; i < nkeys && !r->bad; i++)
            st->keys[i] = get_u64(r);
        st->nkeys = r->bad ? 0 : nkeys;
    }
    uint32_t nmem = get_u32(r), mnext = get_u32(r);
    /* slots 0..nmem-1 hold the members; until the ring is full the next is
     * slot nmem (a state whose checksum was made to fit after mnext was
     * changed read unwritten slots) */
    if (!r->bad &&
        (nmem > ST_MEMBERS || mnext >= ST_MEMBERS || (nmem < ST_MEMBERS && mnext != nmem)))
        bad(r, "bad story");
    if (!r->bad && nmem && !(st->mem = pc_malloc(s->alc, ST_MEMBERS * sizeof *st->mem))) {
        st_story_free(s, st);
        return -1;
    }
    for (uint32_t k = 0; k < nmem && !r->bad; k++) {
        st_member *m = &st->mem[k];
        m->n = get_u32(r);
        if (m->n > ST_MEMBER_TERMS) {
            bad(r, "bad story");
            break;
        }
        for (uint32_t i = 0; i < m->n; i++) {
            m->t[i].fp = ST_FP(get_u64(r));
            uint32_t w = get_u32(r);
            memcpy(&m->t[i].w, &w, 4);
        }
    }
    st->nmem = r->bad ? 0 : nmem;
    st->mnext = r->bad ? 0 : mnext;
    size_t n;
    const char *title = r->bad ? NULL : get_str(r, &n);
    if (title && !(st->title = pc_malloc(s->alc, n + 1))) {
        st_story_free(s, st);
        return -1;
    }
    if (title)
        memcpy(st->title, title, n + 1);
    uint64_t nidh = get_u64(r);
    if (!r->bad && nidh > (r->n - r->i) / 8)
        bad(r, "bad count");
    for (uint64_t i = 0; i < nidh && !r->bad; i++)
        if (st_story_add_idh(s, st, get_u64(r) | 1)) {
            st_story_free(s, st);
            return -1;
        }
    uint64_t nkept = get_u64(r);
    for (uint64_t i = 0; i < nkept && !r->bad; i++) {
        precis_stream_article a;
        size_t k;
        a.id = get_str(r, &k);
        a.title = get_str(r, &k);
        a.date = get_str(r, &k);
        a.source = get_str(r, &k);
        a.url = get_str(r, &k);
        a.text = get_str(r, &a.len);
        a.time = (int64_t)get_u64(r);
        a.article = (size_t)get_u64(r);
        a.similarity = get_f64(r);
        if (!r->bad && st_story_keep(s, st, &a)) {
            st_story_free(s, st);
            return -1;
        }
    }
    /* the ids were counted in s->ids by st_story_add_idh: undo on failure */
    if (r->bad || st_story_open(s, st)) {
        for (size_t i = 0; i < st->nidh; i++)
            st_ids_release(s, st->idh[i]);
        st_story_free(s, st);
        return r->bad ? 0 : -1;
    }
    return version >= 3 ? 0 : st_story_reindex(s, st);
}

/* The heap and the index lists of a state of version 3, as saved: every
 * open story once in the heap, in heap order, and each list's stories open
 * ones filed under that term. */
static int load_index(precis_stream *s, rd *r)
{
    uint64_t *ids = NULL;
    if (s->nopen && !(ids = malloc(s->nopen * sizeof *ids)))
        return -1;
    for (size_t i = 0; i < s->nopen && !r->bad; i++)
        ids[i] = get_u64(r);
    if (!r->bad && st_heap_restore(s, ids, s->nopen))
        bad(r, "bad heap");
    free(ids);
    uint64_t nkeys = get_u64(r);
    if (!r->bad && nkeys > (r->n - r->i) / 12)
        bad(r, "bad count");
    for (uint64_t k = 0; k < nkeys && !r->bad; k++) {
        uint64_t key = get_u64(r);
        uint32_t n = get_u32(r);
        if (!r->bad && (key == 0 || n == 0 || n > ST_POSTING_MAX || pc_u64map_find(&s->index, key)))
            bad(r, "bad index");
        for (uint32_t i = 0; i < n && !r->bad; i++) {
            uint64_t *v = pc_u64map_find(&s->by_id, get_u64(r));
            st_story *st = v ? (st_story *)(uintptr_t)*v : NULL;
            uint32_t j = 0;
            while (st && j < st->nkeys && st->keys[j] != key)
                j++;
            if (!st || j == st->nkeys)
                bad(r, "bad index");
            else if (st_posting_add(s, key, st))
                return -1;
        }
    }
    return 0;
}

precis_status precis_stream_load(const char *data, size_t len, const precis_stream_options *opts,
                                 const precis_allocator *alc, precis_stream **out,
                                 precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!out || (!data && len))
        return PRECIS_EINVAL;
    *out = NULL;
    rd r = {(const unsigned char *)data, 0, len, 0, 0, NULL};
    uint32_t version = 0;
    if (len < 20 || memcmp(data, MAGIC, 8)) {
        bad(&r, "not a saved precis stream");
    } else {
        r.i = 8;
        version = get_u32(&r);
        if (version < 1 || version > VERSION) {
            r.i = 8;
            bad(&r, "saved by another version of precis");
        } else {
            r.n = len - 8;
            rd sum = {(const unsigned char *)data, len - 8, len, 0, 0, NULL};
            if (pc_hash64(data, len - 8, ST_SAVE_SUM_SEED) != get_u64(&sum)) {
                r.i = len - 8;
                bad(&r, "checksum mismatch (corrupt)");
            }
        }
    }
    precis_stream_options o;
    precis_stream_options_init(&o);
    o.threshold = get_f64(&r);
    o.window = (int64_t)get_u64(&r);
    o.max_open_stories = (size_t)get_u64(&r);
    o.max_story_articles = (size_t)get_u64(&r);
    o.keep_text = (int)get_u32(&r);
    o.max_article_bytes = (size_t)get_u64(&r);
    if (opts) {
        o.threshold = opts->threshold;
        o.window = opts->window;
        o.max_open_stories = opts->max_open_stories;
        o.max_story_articles = opts->max_story_articles;
        o.keep_text = opts->keep_text;
        o.max_article_bytes = opts->max_article_bytes;
        o.on_close = opts->on_close;
        o.on_close_ctx = opts->on_close_ctx;
        o.warn_fn = opts->warn_fn;
        o.warn_ctx = opts->warn_ctx;
    }
    precis_stream *s = NULL;
    precis_status rc = PRECIS_OK;
    if (!r.bad && (rc = precis_stream_new(&o, alc, &s)) != PRECIS_OK) {
        if (rc == PRECIS_EINVAL && opts) /* the caller's, not the file's */
            return PRECIS_EINVAL;
        if (rc == PRECIS_EINVAL)
            bad(&r, "bad options");
        else
            return rc;
    }
    if (!r.bad) {
        s->next_id = get_u64(&r);
        s->narticles = (size_t)get_u64(&r);
        s->now = (int64_t)get_u64(&r);
        s->have_time = get_u32(&r) != 0;
        if (version >= 2) {
            s->jump_t = (int64_t)get_u64(&r);
            s->jump_n = get_u32(&r);
        }
        s->ndocs = get_u64(&r);
        uint64_t nz = get_u64(&r);
        memset(s->df, 0, ((size_t)1 << ST_DF_BITS) * sizeof *s->df); /* the saved ones only */
        if (!r.bad && nz > ((size_t)1 << ST_DF_BITS))
            bad(&r, "bad count");
        for (uint64_t i = 0; i < nz && !r.bad; i++) {
            uint32_t k = get_u32(&r), c = get_u32(&r);
            if (k >> ST_DF_BITS)
                bad(&r, "bad term statistics");
            else
                s->df[k] = c;
        }
        nz = get_u64(&r);
        if (!r.bad && nz > ST_SENT_SLOTS)
            bad(&r, "bad count");
        for (uint64_t i = 0; i < nz && !r.bad; i++) {
            uint32_t k = get_u32(&r);
            st_sent e;
            e.check = get_u32(&r);
            e.last = get_u32(&r);
            e.days = get_u32(&r);
            if (k >= ST_SENT_SLOTS)
                bad(&r, "bad sentence table");
            else
                s->sent[k] = e;
        }
        uint64_t nopen = get_u64(&r);
        for (uint64_t i = 0; i < nopen && !r.bad; i++)
            if (load_story(s, &r, version)) {
                precis_stream_free(s);
                return PRECIS_ENOMEM;
            }
        if (version >= 3 && !r.bad && load_index(s, &r)) {
            precis_stream_free(s);
            return PRECIS_ENOMEM;
        }
        if (!r.bad && r.i != r.n)
            bad(&r, "trailing bytes");
    }
    if (r.bad) {
        precis_stream_free(s);
        if (err) {
            err->code = PRECIS_EPARSE;
            err->offset = r.bad_at;
            snprintf(err->buf, sizeof err->buf, "saved stream: %s at byte %zu", r.why, r.bad_at);
            err->message = err->buf;
        }
        return PRECIS_EPARSE;
    }
    *out = s;
    return PRECIS_OK;
}

static precis_status io_fail(precis_error *err, const char *path, const char *what)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = PRECIS_EIO;
        snprintf(err->buf, sizeof err->buf, "%.100s: %s", path, what);
        err->message = err->buf;
    }
    return PRECIS_EIO;
}

precis_status precis_stream_save_file(const precis_stream *s, const char *path, precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!s || !path)
        return PRECIS_EINVAL;
    char *data;
    size_t len;
    precis_status rc = precis_stream_save(s, &data, &len);
    if (rc)
        return rc;
    /* what is there is replaced by rename(): only ever a regular file (as
     * root, --state /dev/null would otherwise put a file in its place) */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        free(data);
        return io_fail(err, path, "not a regular file");
    }
    size_t pl = strlen(path);
    char *tmp = malloc(pl + 5);
    if (!tmp) {
        free(data);
        return PRECIS_ENOMEM;
    }
    memcpy(tmp, path, pl);
    memcpy(tmp + pl, ".tmp", 5);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(data, 1, len, f) == len;
    int e = errno;
    if (f && fclose(f))
        ok = 0, e = errno;
    if (ok && rename(tmp, path))
        ok = 0, e = errno;
    if (!ok) {
        remove(tmp);
        rc = io_fail(err, path, strerror(e));
    }
    free(tmp);
    free(data);
    return rc;
}

precis_status precis_stream_load_file(const char *path, const precis_stream_options *opts,
                                      const precis_allocator *alc, precis_stream **out,
                                      precis_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!path || !out)
        return PRECIS_EINVAL;
    *out = NULL;
    /* a state is a regular file: a device (/dev/zero) or a FIFO would be
     * read for ever, or wait for a writer */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
        return io_fail(err, path, "not a regular file");
    FILE *f = fopen(path, "rb");
    if (!f)
        return io_fail(err, path, strerror(errno));
    pc_buf b;
    pc_buf_init(&b, NULL);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (pc_buf_add(&b, chunk, n))
            break;
    int rerr = ferror(f);
    int e = errno;
    fclose(f);
    if (b.oom) {
        pc_buf_release(&b);
        return PRECIS_ENOMEM;
    }
    if (rerr) {
        pc_buf_release(&b);
        return io_fail(err, path, strerror(e));
    }
    precis_status rc = precis_stream_load(b.ptr, b.len, opts, alc, out, err);
    if (rc == PRECIS_EPARSE && err) {
        char msg[sizeof err->buf];
        snprintf(msg, sizeof msg, "%.60s: %s", path, err->message);
        memcpy(err->buf, msg, sizeof msg);
        err->message = err->buf;
    }
    pc_buf_release(&b);
    return rc;
}
