/* precis_stream: one pass over a feed, each article to the open story it is
 * most similar to, or to a new one.
 *
 * Candidates come from an inverted index: each open story is filed under
 * the ST_KEYS heaviest terms of its centroid, and an article looks up its
 * ST_QUERY heaviest terms, so the work per article is bounded by
 * ST_QUERY * ST_POSTING_MAX index entries and ST_CANDIDATES full
 * comparisons, whatever the length of the stream.  Memory is that of the
 * open stories (centroid, index keys, kept articles) plus fixed tables. */
#include <inttypes.h>
#include <libstemmer.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stories/stories.h"
#include "util/alloc.h"
#include "util/hash.h"

/* Built-in defaults (docs/stories.md says how they were chosen). */
#define DEFAULT_THRESHOLD 0.14
#define DEFAULT_MAX_OPEN 100000
#define DEFAULT_MAX_KEPT 1000
#define DEFAULT_MAX_ARTICLE ((size_t)1 << 20)
/* Similarity fades with the time since a story's last article: divided by
 * 1 + gap / TIME_SCALE (seconds).  A follow-up a month later needs twice
 * the similarity of a same-day article. */
#define TIME_SCALE (30.0 * 86400)
/* A date more than this before or after the stream's time is taken for an
 * error (and replaced by the stream's time), as is a date more than
 * MAX_AHEAD after the machine's clock: one bad date must neither reopen old
 * stories nor close every open one. */
#define MAX_JUMP ((int64_t)366 * 86400)
#define MAX_AHEAD ((int64_t)86400)
/* ... unless it is not one bad date: JUMP_CONFIRM articles in a row dated
 * more than MAX_JUMP after the stream's time, within JUMP_NEAR of one
 * another, move the stream's time forward (the feed resumed after a year
 * of silence, or its time was first set by a bad date: an "1005" typo, a
 * stale state).  One outlier among good dates resets the count. */
#define JUMP_CONFIRM 2
#define JUMP_NEAR ((int64_t)30 * 86400)
/* A candidate story that shares less than this part of the weight of the
 * article's index terms that the best candidate shares is not compared in
 * full: it would not win (the same stories on both development streams at
 * 0.2; 0.35 lost one), and each full comparison reads a centroid. */
#define CAND_SHARE 0.2f
/* An article more than TEMPLATE_SHARE of whose weight is template text
 * (sentences seen on other days: st_analyze) joins a story only at
 * TEMPLATE_X times the threshold, by the words it has left, and otherwise
 * opens none: it gets story 0 and a warning, like an article without
 * words.  A crawl notice, a cookie or social-media prompt or a paywall page
 * says nothing about its story; without this the leftovers of each copy
 * joined the first copies, a catch-all of every later one.  A wire story
 * re-sent for days still joins its own story by the words it has left. */
#define TEMPLATE_SHARE 0.5f
#define TEMPLATE_X 2.0
/* An article of fewer than SHORT_TERMS terms joins a story only at the
 * threshold times sqrt(SHORT_TERMS / terms): the cosine of a short vector
 * with an unrelated one is noisy, as one shared word is a large part of it
 * (its chance level varies as 1 / sqrt(terms)).  On mn-val the best wrong
 * candidate of an article of under 60 words scores 0.87 at the 97th
 * percentile, against 0.07 to 0.23 for longer ones (0.05 to 0.17 on DUC
 * 2003, which has three shorter ones): a "see more on Facebook" line or a
 * crawl notice not yet seen on enough days to be template text joins
 * whatever shares two of its words.  A brief of
 * the same event repeats its story's own words and stays far above the
 * raised threshold (a 10-term article needs 0.20 at the default 0.14).
 * Not for an article mostly of template text: it has TEMPLATE_X, and the
 * few terms its template leaves are not a short text (on the synthetic
 * speed feed, whose stories repeat, the two together left 280 more of 6,000
 * articles without a story, B-cubed recall 0.859 -> 0.808). */
#define SHORT_TERMS 20
/* Two young stories shown to be one: an article whose best story and
 * second-best story both have at most MERGE_MAX articles, whose similarity
 * with the second reaches MERGE_SECOND times the threshold and is at least
 * MERGE_MARGIN times its similarity with every other candidate, merges the
 * younger into the older and joins it.  A story's first articles are the
 * ones that fall on either side of the threshold: the first report and the
 * follow-up that says it differently open two stories, and the next
 * article, close to both and to nothing else, is the evidence that they
 * are one.  Only young stories merge: an older story has a centroid of its
 * own, and merging two of them is how catch-alls grow.  Only an article of
 * SHORT_TERMS terms or more merges. */
/* An article whose cosine with the closest of a story's latest articles is
 * under TOPIC_RATIO times its cosine with the story's centroid is scored by
 * that closest latest article alone (for a story of TOPIC_MIN articles or
 * more).  The centroid of a story whose articles hold together only by a
 * few shared words (a country, a leader: a topic) is mostly those words, so
 * the first article of every new story of the topic is close to it, while
 * the articles themselves each tell another event and are far from the
 * newcomer.  With unit vectors a = x k + y e (k the shared topic part),
 * the cosine with the centroid of many such articles tends to the
 * newcomer's topic share x, with each of them to x times their own share:
 * the ratio is the latest articles' topic share.  A follow-up of one event
 * shares its event's words with the latest articles too: on DUC 2003 the
 * ratio of joins to stories of three articles or more is 0.46 at the
 * lowest (167 joins; 0.74 on mn-val), and on the synthetic speed feed the
 * first articles of new stories that joined a topic catch-all go down to
 * 0.27 (test_topic in tests/unit/test_stream.c). */
#define TOPIC_RATIO 0.4
#define TOPIC_MIN 3
#define MERGE_MAX 2
#define MERGE_SECOND 0.85
#define MERGE_MARGIN 1.5
/* A match of common words only: a candidate story with which the article
 * shares no specific term (st_specific: a name, a place, a number of its
 * own) has its similarity divided by COMMON_X.  Two events of one kind (two
 * wildfires, two shootings, two strikes) share the words of their kind,
 * "fire", "acres", "evacuated", "firefighters", which are in hundreds of
 * news articles, and differ in their names; two reports of one event
 * nearly always share a name.  On mn-val it parts two family shootings in
 * two states, two Florida shootings and copies of crawl notices (B-cubed
 * precision 0.940 -> 0.967, recall 0.807 -> 0.796), while every join on
 * DUC 2003 shares a specific term.  When, moreover, both the article and
 * the story name things (NAMES_MASS or more of their vector's sum of
 * squares in specific terms) and not one name is shared, they are not the
 * same story: no join, and two such stories do not merge (two fires in two
 * towns, test_same_kind in tests/unit/test_stream.c). */
#define COMMON_X 1.25
#define NAMES_MASS 0.4

void precis_stream_options_init(precis_stream_options *o)
{
    if (!o)
        return; /* as precis_rouge_options_init: nothing to fill */
    memset(o, 0, sizeof *o);
    o->threshold = DEFAULT_THRESHOLD;
    o->window = PRECIS_STREAM_DEFAULT_WINDOW;
    o->max_open_stories = DEFAULT_MAX_OPEN;
    o->max_story_articles = DEFAULT_MAX_KEPT;
    o->max_article_bytes = DEFAULT_MAX_ARTICLE;
}

/* Fills the zero fields of o with the defaults; -1 when o is invalid. */
static int fix_options(precis_stream_options *o)
{
    if (!(o->threshold >= 0 && o->threshold <= 1) || o->window < 0)
        return -1;
    if (o->threshold == 0)
        o->threshold = DEFAULT_THRESHOLD;
    if (!o->window)
        o->window = PRECIS_STREAM_DEFAULT_WINDOW;
    if (!o->max_open_stories)
        o->max_open_stories = DEFAULT_MAX_OPEN;
    if (!o->max_story_articles)
        o->max_story_articles = DEFAULT_MAX_KEPT;
    if (!o->max_article_bytes)
        o->max_article_bytes = DEFAULT_MAX_ARTICLE;
    return 0;
}

void st_warn(precis_stream *s, precis_error *warn, precis_status code, size_t offset,
             const char *fmt, ...)
{
    precis_error e;
    memset(&e, 0, sizeof e);
    e.code = code;
    e.offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.buf, sizeof e.buf, fmt, ap);
    va_end(ap);
    e.message = e.buf;
    if (warn && !warn->message) {
        *warn = e;
        warn->message = warn->buf;
    }
    if (s->o.warn_fn) {
        int was = s->in_callback;
        s->in_callback = 1; /* the article is half added: no change now */
        s->o.warn_fn(s->o.warn_ctx, &e);
        s->in_callback = was;
    }
}

precis_status precis_stream_new(const precis_stream_options *opts, const precis_allocator *alc,
                                precis_stream **out)
{
    if (!out)
        return PRECIS_EINVAL;
    *out = NULL;
    precis_stream_options o;
    if (opts)
        o = *opts;
    else
        precis_stream_options_init(&o);
    if (fix_options(&o))
        return PRECIS_EINVAL;
    alc = pc_alloc_or_default(alc);
    precis_stream *s = pc_malloc(alc, sizeof *s);
    if (!s)
        return PRECIS_ENOMEM;
    memset(s, 0, sizeof *s);
    s->alc = alc;
    s->o = o;
    s->next_id = 1;
    size_t dfn = (size_t)1 << ST_DF_BITS;
    s->df = pc_malloc(alc, dfn * sizeof *s->df);
    s->cand = pc_malloc(alc, ST_CAND_SLOTS * sizeof *s->cand);
    s->cand_score = pc_malloc(alc, ST_CAND_SLOTS * sizeof *s->cand_score);
    s->sent = pc_malloc(alc, ST_SENT_SLOTS * sizeof *s->sent);
    s->forms = pc_malloc(alc, ST_FORM_SLOTS * sizeof *s->forms);
    s->stemmer = sb_stemmer_new("english", NULL);
    if (!s->sent || !s->forms || !s->df || !s->cand || !s->cand_score || !s->stemmer) {
        precis_stream_free(s);
        return PRECIS_ENOMEM;
    }
    memset(s->df, 0, dfn * sizeof *s->df);
    memset(s->sent, 0, ST_SENT_SLOTS * sizeof *s->sent);
    memset(s->forms, 0, ST_FORM_SLOTS * sizeof *s->forms);
    st_seed_df(s);
    memset(s->cand, 0, ST_CAND_SLOTS * sizeof *s->cand);
    *out = s;
    return PRECIS_OK;
}

void precis_stream_free(precis_stream *s)
{
    if (!s)
        return;
    const precis_allocator *alc = s->alc;
    for (size_t i = 0; i < s->nopen; i++)
        st_story_free(s, s->open[i]);
    for (size_t i = 0; i < s->index.cap; i++)
        if (s->index.keys[i]) {
            st_posting *p = (st_posting *)(uintptr_t)s->index.vals[i];
            pc_free(alc, p, ST_POSTING_SIZE(p->cap));
        }
    pc_u64map_release(&s->index, alc);
    pc_u64map_release(&s->by_id, alc);
    pc_u64map_release(&s->ids, alc);
    pc_free(alc, s->open, s->open_cap * sizeof *s->open);
    pc_free(alc, s->heap, s->heap_cap * sizeof *s->heap);
    pc_free(alc, s->df, ((size_t)1 << ST_DF_BITS) * sizeof *s->df);
    pc_free(alc, s->sent, ST_SENT_SLOTS * sizeof *s->sent);
    pc_free(alc, s->forms, ST_FORM_SLOTS * sizeof *s->forms);
    pc_free(alc, s->cand, ST_CAND_SLOTS * sizeof *s->cand);
    pc_free(alc, s->cand_score, ST_CAND_SLOTS * sizeof *s->cand_score);
    pc_free(alc, s->sc.terms, s->sc.cap * sizeof *s->sc.terms);
    pc_free(alc, s->sc.slot, s->sc.nslot * sizeof *s->sc.slot);
    pc_free(alc, s->sc.used, s->sc.used_cap * sizeof *s->sc.used);
    if (s->stemmer)
        sb_stemmer_delete(s->stemmer);
    for (size_t i = 0; i < sizeof s->lang_stemmer / sizeof *s->lang_stemmer; i++)
        if (s->lang_stemmer[i])
            sb_stemmer_delete(s->lang_stemmer[i]);
    pc_free(alc, s, sizeof *s);
}

/* ---- the heap of open stories by last article time ---------------------- */

static void heap_set(precis_stream *s, size_t i, st_story *st)
{
    s->heap[i] = st;
    st->hpos = i;
}

int st_heap_restore(precis_stream *s, const uint64_t *ids, size_t n)
{
    if (n != s->nopen)
        return -1;
    for (size_t i = 0; i < n; i++) {
        uint64_t *v = pc_u64map_find(&s->by_id, ids[i]);
        if (!v)
            return -1;
        st_story *st = (st_story *)(uintptr_t)*v;
        /* a permutation of the open stories with the heap's order */
        if ((i > 0 && s->heap[(i - 1) / 2]->last > st->last) || st->hpos == SIZE_MAX)
            return -1;
        heap_set(s, i, st);
        st->hpos = SIZE_MAX; /* taken; set again below */
    }
    for (size_t i = 0; i < n; i++)
        s->heap[i]->hpos = i;
    return 0;
}

static void heap_up(precis_stream *s, size_t i)
{
    st_story *st = s->heap[i];
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (s->heap[p]->last <= st->last)
            break;
        heap_set(s, i, s->heap[p]);
        i = p;
    }
    heap_set(s, i, st);
}

static void heap_down(precis_stream *s, size_t i)
{
    st_story *st = s->heap[i];
    size_t n = s->nopen;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && s->heap[c + 1]->last < s->heap[c]->last)
            c++;
        if (s->heap[c]->last >= st->last)
            break;
        heap_set(s, i, s->heap[c]);
        i = c;
    }
    heap_set(s, i, st);
}

/* ---- the inverted index ------------------------------------------------- */

static int posting_add(precis_stream *s, uint64_t key, st_story *st)
{
    return st_posting_add(s, key, st);
}

int st_posting_add(precis_stream *s, uint64_t key, st_story *st)
{
    uint64_t *v = pc_u64map_find(&s->index, key);
    st_posting *p;
    if (v) {
        p = (st_posting *)(uintptr_t)*v;
    } else {
        p = pc_malloc(s->alc, ST_POSTING_SIZE(2));
        if (!p)
            return -1;
        p->n = 0;
        p->cap = 2;
        if (pc_u64map_put(&s->index, s->alc, key, (uint64_t)(uintptr_t)p)) {
            pc_free(s->alc, p, ST_POSTING_SIZE(2));
            return -1;
        }
        v = pc_u64map_find(&s->index, key);
    }
    if (p->n == ST_POSTING_MAX) { /* the story filed longest ago gives way */
        memmove(p->v, p->v + 1, (p->n - 1) * sizeof *p->v);
        p->n--;
    }
    if (p->n == p->cap) {
        uint32_t cap = p->cap * 2 < ST_POSTING_MAX ? p->cap * 2 : ST_POSTING_MAX;
        st_posting *q = pc_realloc(s->alc, p, ST_POSTING_SIZE(p->cap), ST_POSTING_SIZE(cap));
        if (!q)
            return -1;
        q->cap = cap;
        *v = (uint64_t)(uintptr_t)q;
        p = q;
    }
    p->v[p->n++] = st;
    return 0;
}

static void posting_remove(precis_stream *s, uint64_t key, const st_story *st)
{
    uint64_t *v = pc_u64map_find(&s->index, key);
    if (!v)
        return;
    st_posting *p = (st_posting *)(uintptr_t)*v;
    for (uint32_t i = 0; i < p->n; i++)
        if (p->v[i] == st) {
            memmove(p->v + i, p->v + i + 1, (p->n - i - 1) * sizeof *p->v);
            p->n--;
            break;
        }
    if (!p->n) {
        pc_u64map_del(&s->index, key);
        pc_free(s->alc, p, ST_POSTING_SIZE(p->cap));
    }
}

/* The stem of term `key` for display: from the story's current top terms
 * or from the article being added (a term only rises into the top with an
 * article that has it); "" when neither has it. */
static const char *stem_of(const precis_stream *s, const st_story *st, uint64_t key, size_t *len)
{
    for (size_t i = 0; i < st->ntop; i++)
        if (st->topkey[i] == key) {
            *len = strlen(st->topbuf[i]);
            return st->topbuf[i];
        }
    size_t lo = 0, hi = s->nvec;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->vec[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < s->nvec && s->vec[lo].key == key) {
        *len = s->vec[lo].len;
        return s->vec[lo].s;
    }
    *len = 0;
    return "";
}

#define KEYSET 128 /* > 2 * ST_KEYS, a power of two */

static void keyset_put(uint64_t *set, uint64_t key)
{
    size_t j = st_atab_slot(key) & (KEYSET - 1);
    while (set[j])
        j = (j + 1) & (KEYSET - 1);
    set[j] = key;
}

static int keyset_has(const uint64_t *set, uint64_t key)
{
    for (size_t j = st_atab_slot(key) & (KEYSET - 1);; j = (j + 1) & (KEYSET - 1)) {
        if (set[j] == key)
            return 1;
        if (!set[j])
            return 0;
    }
}

int st_story_reindex(precis_stream *s, st_story *st)
{
    st_mterm *t = s->tmp;
    memcpy(t, st->cen, st->ncen * sizeof *t);
    uint32_t nk = st->ncen < ST_KEYS ? st->ncen : ST_KEYS;
    st_mselect_weight(t, st->ncen, nk); /* the ST_KEYS heaviest, then in order */
    st_msort_weight(t, nk);
    uint64_t keys[ST_KEYS];
    for (uint32_t i = 0; i < nk; i++)
        keys[i] = t[i].key;
    /* the display stems of the heaviest terms (a term that rose between
     * two filings without being in this article has none: left out) */
    char buf[ST_TOP_TERMS][ST_STEM_MAX + 1];
    uint64_t bkey[ST_TOP_TERMS];
    size_t ntop = 0;
    for (size_t i = 0; i < nk && ntop < ST_TOP_TERMS; i++) {
        size_t n;
        const char *stem = stem_of(s, st, t[i].key, &n);
        if (!n)
            continue;
        memcpy(buf[ntop], stem, n);
        buf[ntop][n] = 0;
        bkey[ntop++] = t[i].key;
    }
    memcpy(st->topbuf, buf, ntop * sizeof *buf);
    memcpy(st->topkey, bkey, ntop * sizeof *bkey);
    for (size_t i = 0; i < ntop; i++)
        st->top[i] = st->topbuf[i];
    st->ntop = ntop;
    /* which keys stay, go and come: the old and the new ones in two small
     * sets (where comparing every pair took ST_KEYS^2 steps) */
    uint64_t oldset[KEYSET], newset[KEYSET];
    memset(oldset, 0, sizeof oldset);
    memset(newset, 0, sizeof newset);
    for (uint32_t i = 0; i < st->nkeys; i++)
        keyset_put(oldset, st->keys[i]);
    for (uint32_t j = 0; j < nk; j++)
        keyset_put(newset, keys[j]);
    for (uint32_t i = 0; i < st->nkeys; i++)
        if (!keyset_has(newset, st->keys[i]))
            posting_remove(s, st->keys[i], st);
    for (uint32_t j = 0; j < nk; j++) {
        if (!keyset_has(oldset, keys[j]) && posting_add(s, keys[j], st)) {
            /* keep what is filed consistent: the new keys filed so far
             * (keys[0..j)) and the old ones still filed, those of the new
             * set after j.  (Looked up in keys[] as it was overwritten,
             * the old ones were lost or doubled, and a story stayed filed
             * under keys it no longer listed: left behind when it closed.) */
            uint64_t done[KEYSET];
            memset(done, 0, sizeof done);
            for (uint32_t a = 0; a < j; a++)
                keyset_put(done, keys[a]);
            uint32_t m = j;
            for (uint32_t a = 0; a < st->nkeys && m < ST_KEYS; a++)
                if (keyset_has(newset, st->keys[a]) && !keyset_has(done, st->keys[a]))
                    keys[m++] = st->keys[a];
            memcpy(st->keys, keys, m * sizeof *keys);
            st->nkeys = m;
            return -1;
        }
    }
    memcpy(st->keys, keys, nk * sizeof *keys);
    st->nkeys = nk;
    return 0;
}

/* ---- stories ------------------------------------------------------------ */

uint64_t st_id_hash(const char *id, size_t len)
{
    return pc_hash64(id, len, 0x49444Bull) | 1;
}

st_story *st_story_new(precis_stream *s, uint64_t id)
{
    st_story *st = pc_malloc(s->alc, sizeof *st);
    if (!st)
        return NULL;
    memset(st, 0, sizeof *st);
    st->id = id;
    return st;
}

void st_story_free(precis_stream *s, st_story *st)
{
    const precis_allocator *alc = s->alc;
    for (size_t i = 0; i < st->nkept; i++)
        pc_free(alc, st->kept[i], st->kept[i]->size);
    pc_free(alc, st->kept, st->kept_cap * sizeof *st->kept);
    pc_free(alc, st->idh, st->idh_cap * sizeof *st->idh);
    pc_free(alc, st->cen, st->ncen * sizeof *st->cen);
    pc_free(alc, st->mem, ST_MEMBERS * sizeof *st->mem);
    if (st->title)
        pc_free(alc, st->title, strlen(st->title) + 1);
    pc_free(alc, st, sizeof *st);
}

int st_story_open(precis_stream *s, st_story *st)
{
    if (pc_array_reserve(s->alc, (void **)&s->open, &s->open_cap, s->nopen + 1, sizeof *s->open) ||
        pc_array_reserve(s->alc, (void **)&s->heap, &s->heap_cap, s->nopen + 1, sizeof *s->heap))
        return -1;
    if (pc_u64map_put(&s->by_id, s->alc, st->id, (uint64_t)(uintptr_t)st))
        return -1;
    st->pos = s->nopen;
    s->open[s->nopen] = st;
    s->heap[s->nopen] = st;
    s->nopen++;
    heap_up(s, s->nopen - 1);
    return 0;
}

int st_story_add_idh(precis_stream *s, st_story *st, uint64_t h)
{
    if (st->nidh >= s->o.max_story_articles)
        return 0; /* ids are checked against the kept articles' */
    if (pc_array_reserve(s->alc, (void **)&st->idh, &st->idh_cap, st->nidh + 1, sizeof *st->idh))
        return -1;
    uint64_t *c = pc_u64map_find(&s->ids, h);
    if (c)
        *c = ((*c & ST_IDS_COUNT) + ((*c & ST_IDS_COUNT) < ST_IDS_COUNT)) | st->id << 16;
    else if (pc_u64map_put(&s->ids, s->alc, h, 1 | st->id << 16))
        return -1;
    st->idh[st->nidh++] = h;
    return 0;
}

void st_ids_release(precis_stream *s, uint64_t h)
{
    uint64_t *c = pc_u64map_find(&s->ids, h);
    if (c && (--*c & ST_IDS_COUNT) == 0)
        pc_u64map_del(&s->ids, h);
}

static size_t slen(const char *p)
{
    return p ? strlen(p) + 1 : 0;
}

static const char *put_str(char **at, const char *p, size_t n)
{
    if (!p)
        return NULL;
    char *d = *at;
    memcpy(d, p, n);
    d[n] = 0;
    *at += n + 1;
    return d;
}

int st_story_keep(precis_stream *s, st_story *st, const precis_stream_article *a)
{
    size_t max = s->o.max_story_articles;
    if (st->nkept >= max && max > 0) {
        /* full: the story keeps its first half (how it began) and its
         * latest articles (how it stands): the oldest of the latest goes
         * (a reader or a summary of a long story wants both; keeping the
         * first ones only dropped every new development) */
        size_t drop = max / 2;
        pc_free(s->alc, st->kept[drop], st->kept[drop]->size);
        memmove(st->kept + drop, st->kept + drop + 1, (st->nkept - drop - 1) * sizeof *st->kept);
        st->nkept--;
    }
    size_t size = sizeof(st_kept) + slen(a->id) + slen(a->title) + slen(a->date) + slen(a->source) +
                  slen(a->url) + (a->text ? a->len + 1 : 0);
    if (pc_array_reserve(s->alc, (void **)&st->kept, &st->kept_cap, st->nkept + 1,
                         sizeof *st->kept))
        return -1;
    st_kept *k = pc_malloc(s->alc, size);
    if (!k)
        return -1;
    k->size = size;
    k->a = *a;
    char *at = (char *)(k + 1);
    k->a.id = put_str(&at, a->id, slen(a->id) - (a->id != NULL));
    k->a.title = put_str(&at, a->title, slen(a->title) - (a->title != NULL));
    k->a.date = put_str(&at, a->date, slen(a->date) - (a->date != NULL));
    k->a.source = put_str(&at, a->source, slen(a->source) - (a->source != NULL));
    k->a.url = put_str(&at, a->url, slen(a->url) - (a->url != NULL));
    k->a.text = put_str(&at, a->text, a->len);
    st->kept[st->nkept++] = k;
    return 0;
}

/* Drops an open story from every structure and frees it. */
static void story_close(precis_stream *s, st_story *st)
{
    for (uint32_t i = 0; i < st->nkeys; i++)
        posting_remove(s, st->keys[i], st);
    for (size_t i = 0; i < st->nidh; i++)
        st_ids_release(s, st->idh[i]);
    pc_u64map_del(&s->by_id, st->id);
    size_t last = s->nopen - 1;
    s->open[st->pos] = s->open[last];
    s->open[st->pos]->pos = st->pos;
    size_t h = st->hpos;
    s->nopen--;
    if (h != last) {
        st_story *m = s->heap[last];
        heap_set(s, h, m);
        heap_down(s, h);
        heap_up(s, m->hpos);
    }
    st_story_free(s, st);
}

/* Closes up to `max` open stories from the top of the heap while their last
 * article is older than `cutoff` (or whatever it is when `all`); fn may
 * stop it. */
static size_t close_while(precis_stream *s, int64_t cutoff, int all, size_t max, precis_story_fn fn,
                          void *ctx)
{
    size_t n = 0;
    while (n < max && s->nopen && (all || s->heap[0]->last < cutoff)) {
        st_story *st = s->heap[0];
        int was = s->in_callback;
        s->in_callback = 1;
        int stop = fn ? fn(ctx, s, st->id) : 0;
        s->in_callback = was;
        story_close(s, st);
        n++;
        if (stop)
            break;
    }
    return n;
}

precis_status precis_stream_close_idle(precis_stream *s, precis_story_fn fn, void *ctx,
                                       size_t *closed)
{
    if (!s || s->in_callback)
        return PRECIS_EINVAL;
    /* saturating: a window as long as int64 allows, with times before
     * 1970, closed every story (now - window overflowed) */
    int64_t cutoff = s->now < INT64_MIN + s->o.window ? INT64_MIN : s->now - s->o.window;
    size_t n = s->have_time ? close_while(s, cutoff, 0, SIZE_MAX, fn, ctx) : 0;
    if (closed)
        *closed = n;
    return PRECIS_OK;
}

precis_status precis_stream_close_all(precis_stream *s, precis_story_fn fn, void *ctx,
                                      size_t *closed)
{
    if (!s || s->in_callback)
        return PRECIS_EINVAL;
    size_t n = close_while(s, 0, 1, SIZE_MAX, fn, ctx);
    if (closed)
        *closed = n;
    return PRECIS_OK;
}

/* ---- assigning an article ----------------------------------------------- */

/* The article's entry of term `key` (its weight w, whether its member
 * vector has it, whether it is specific): all 0 when it does not have it. */
static inline const st_aterm *aterm(const precis_stream *s, uint64_t key)
{
    static const st_aterm none = {0, 0, 0, 0};
    size_t j = st_atab_slot(key);
    for (;; j = (j + 1) & (ST_ATAB_SLOTS - 1)) {
        const st_aterm *e = &s->atab[j];
        if (e->key == key)
            return e;
        if (!e->key)
            return &none;
    }
}

/* The article's member-vector weight of the term whose key's high bits
 * are fp: 0 when it does not have it. */
static inline float aterm_fp(const precis_stream *s, uint32_t fp)
{
    for (size_t j = st_atab_fslot(fp);; j = (j + 1) & (ST_ATAB_SLOTS - 1)) {
        const st_aterm *e = &s->atab[j];
        if (!e->key)
            return 0;
        if (ST_FP(e->key) == fp)
            return e->member ? e->w : 0;
    }
}

/* Cosine of the article vector (unit length) with a story's centroid: a
 * lookup of each centroid term in the article's table.  *specific says
 * whether they share a specific term (COMMON_X). */
static double similarity(const precis_stream *s, const st_story *st, int *specific)
{
    const st_mterm *b = st->cen;
    float dot = 0;
    int shared = 0;
    for (uint32_t j = 0; j < st->ncen; j++) {
        const st_aterm *e = aterm(s, b[j].key);
        dot += b[j].w * e->w;
        shared |= e->specific; /* the article's table holds only its own terms */
    }
    *specific = shared;
    return st->norm > 0 ? dot / st->norm : 0;
}

/* Whether a story names things: NAMES_MASS or more of its centroid's sum
 * of squares in specific terms.  Looked up only for the few candidates
 * that share no specific term with the article. */
static int names_things(const precis_stream *s, const st_story *st)
{
    double mass = 0;
    for (uint32_t j = 0; j < st->ncen; j++)
        if (st_specific(s, st->cen[j].key))
            mass += (double)st->cen[j].w * st->cen[j].w;
    return mass >= NAMES_MASS * st->norm * st->norm;
}

/* What a candidate's similarity is multiplied by when the article shares
 * no specific term with it: 0 when both name things, else 1 / COMMON_X. */
static double common_only(const precis_stream *s, const st_story *st)
{
    return s->spec_mass >= NAMES_MASS && names_things(s, st) ? 0 : 1 / COMMON_X;
}

/* Two stories that name things and share no specific term (their
 * centroids, sorted by key, side by side) are two events, however close an
 * article is to both: they do not merge.  A second report of one fire that
 * used a rare word of the first fire's ("tankers") merged the two. */
static int stories_apart(const precis_stream *s, const st_story *a, const st_story *b)
{
    for (uint32_t i = 0, j = 0; i < a->ncen && j < b->ncen;) {
        if (a->cen[i].key < b->cen[j].key)
            i++;
        else if (b->cen[j].key < a->cen[i].key)
            j++;
        else if (st_specific(s, a->cen[i].key))
            return 0;
        else
            i++, j++;
    }
    return names_things(s, a) && names_things(s, b);
}

int st_story_add_member(precis_stream *s, st_story *st, const st_member *m)
{
    if (!st->mem && !(st->mem = pc_malloc(s->alc, ST_MEMBERS * sizeof *st->mem)))
        return -1;
    st->mem[st->mnext] = *m;
    st->mnext = (st->mnext + 1) % ST_MEMBERS;
    if (st->nmem < ST_MEMBERS)
        st->nmem++;
    return 0;
}

/* Cosine of the article's member vector with the most similar of the
 * story's latest articles (both cut to their heaviest terms). */
static double member_similarity(const precis_stream *s, const st_story *st)
{
    double best = 0;
    for (uint32_t k = 0; k < st->nmem; k++) {
        const st_member *b = &st->mem[k];
        float dot = 0;
        for (uint32_t j = 0; j < b->n; j++)
            dot += b->t[j].w * aterm_fp(s, b->t[j].fp);
        if (dot > best)
            best = dot;
    }
    return best;
}

/* Gathers the open stories filed under the article's heaviest terms,
 * scored by the summed weight of the terms they share, into s->cand; returns
 * how many (the best ST_CANDIDATES first in out[]). */
static size_t candidates(precis_stream *s, st_story **out, float *score)
{
    s->ncand_used = 0;
    for (size_t q = 0; q < s->nquery; q++) {
        uint64_t *v = pc_u64map_find(&s->index, s->query[q].key);
        if (!v)
            continue;
        const st_posting *p = (const st_posting *)(uintptr_t)*v;
        uint32_t from = p->n > ST_POSTING_SCAN ? p->n - ST_POSTING_SCAN : 0;
        for (uint32_t k = from; k < p->n; k++) {
            st_story *st = p->v[k];
            size_t j = (size_t)st->id & (ST_CAND_SLOTS - 1); /* ids are consecutive */
            while (s->cand[j] && s->cand[j] != st)
                j = (j + 1) & (ST_CAND_SLOTS - 1);
            if (!s->cand[j]) {
                s->cand[j] = st;
                s->cand_score[j] = 0;
                s->cand_used[s->ncand_used++] = (uint32_t)j;
            }
            s->cand_score[j] += s->query[q].w;
        }
    }
    /* the ST_CANDIDATES best by shared weight: selection into out[] */
    size_t n = 0, worst = 0;
    for (size_t u = 0; u < s->ncand_used; u++) {
        size_t j = s->cand_used[u];
        float sc = s->cand_score[j];
        st_story *st = s->cand[j];
        s->cand[j] = NULL;
        if (n < ST_CANDIDATES) {
            out[n] = st;
            score[n++] = sc;
        } else if (sc > score[worst]) {
            out[worst] = st;
            score[worst] = sc;
        } else {
            continue;
        }
        if (n == ST_CANDIDATES) { /* the weakest kept, found again when it changed */
            worst = 0;
            for (size_t k = 1; k < n; k++)
                if (score[k] < score[worst])
                    worst = k;
        }
    }
    return n;
}

/* Makes s->tmp[0..n) (sorted by key, n <= 2 * ST_CENTROID) the story's
 * centroid, keeping its ST_CENTROID heaviest terms.  Returns 0 or -1 (the
 * story unchanged). */
static int centroid_set(precis_stream *s, st_story *st, size_t n)
{
    st_mterm *t = s->tmp;
    if (n > ST_CENTROID) {
        /* the ST_CENTROID heaviest, kept in key order: the lightest of them
         * found by selection on a copy, the others filtered out */
        st_mterm *c = t + n;
        memcpy(c, t, n * sizeof *t);
        st_mselect_weight(c, n, ST_CENTROID);
        st_mterm cut = c[0];
        for (size_t k = 1; k < ST_CENTROID; k++)
            if (ST_HEAVIER(cut, c[k]))
                cut = c[k];
        size_t m = 0;
        for (size_t k = 0; k < n; k++)
            if (!ST_HEAVIER(cut, t[k]))
                t[m++] = t[k];
        n = m;
    }
    if (n != st->ncen) {
        st_mterm *c = pc_realloc(s->alc, st->cen, st->ncen * sizeof *c, n * sizeof *c);
        if (!c)
            return -1;
        st->cen = c;
    }
    memcpy(st->cen, t, n * sizeof *t);
    st->ncen = (uint32_t)n;
    double norm = 0;
    for (size_t k = 0; k < n; k++)
        norm += (double)t[k].w * t[k].w;
    st->norm = sqrt(norm);
    return 0;
}

/* Adds the article vector to the story's centroid.  Returns 0 or -1 (the
 * story unchanged). */
static int centroid_add(precis_stream *s, st_story *st)
{
    st_mterm *t = s->tmp;
    size_t i = 0, j = 0, n = 0;
    while (i < s->nvec || j < st->ncen) {
        if (j == st->ncen || (i < s->nvec && s->vec[i].key < st->cen[j].key)) {
            t[n].key = s->vec[i].key;
            t[n++].w = s->vec[i++].w;
        } else if (i == s->nvec || st->cen[j].key < s->vec[i].key) {
            t[n++] = st->cen[j++];
        } else {
            t[n] = st->cen[j++];
            t[n++].w += s->vec[i++].w;
        }
    }
    return centroid_set(s, st, n);
}

/* Merges story `y` into story `o` (both open): the centroids add up (both
 * are sums of unit vectors), the latest articles, kept records and ids move
 * over, and `y` closes without a callback.  Returns 0, or -1 when out of
 * memory (both stories unchanged). */
static int story_merge(precis_stream *s, st_story *o, st_story *y)
{
    size_t nk = o->nkept + y->nkept;
    size_t keep = nk < s->o.max_story_articles ? nk : s->o.max_story_articles;
    size_t ni = o->nidh + y->nidh;
    size_t keepi = ni < s->o.max_story_articles ? ni : s->o.max_story_articles;
    if (pc_array_reserve(s->alc, (void **)&o->kept, &o->kept_cap, nk, sizeof *o->kept) ||
        pc_array_reserve(s->alc, (void **)&o->idh, &o->idh_cap, keepi, sizeof *o->idh) ||
        (!o->mem && y->nmem && !(o->mem = pc_malloc(s->alc, ST_MEMBERS * sizeof *o->mem))))
        return -1;
    st_mterm *t = s->tmp;
    size_t i = 0, j = 0, n = 0;
    while (i < y->ncen || j < o->ncen) {
        if (j == o->ncen || (i < y->ncen && y->cen[i].key < o->cen[j].key))
            t[n++] = y->cen[i++];
        else if (i == y->ncen || o->cen[j].key < y->cen[i].key)
            t[n++] = o->cen[j++];
        else {
            t[n] = o->cen[j++];
            t[n++].w += y->cen[i++].w;
        }
    }
    if (centroid_set(s, o, n))
        return -1;
    /* kept records in arrival order (a merge from the back); past
     * max_story_articles, as st_story_keep does, the first half and the
     * latest stay: the records after the first half go */
    size_t i2 = o->nkept, j2 = y->nkept;
    for (size_t at = nk; at-- > 0;)
        o->kept[at] = j2 == 0 || (i2 > 0 && o->kept[i2 - 1]->a.article > y->kept[j2 - 1]->a.article)
                          ? o->kept[--i2]
                          : y->kept[--j2];
    if (keep < nk) {
        size_t cut = keep / 2;
        for (size_t k = cut; k < cut + (nk - keep); k++)
            pc_free(s->alc, o->kept[k], o->kept[k]->size);
        memmove(o->kept + cut, o->kept + cut + (nk - keep), (keep - cut) * sizeof *o->kept);
    }
    o->nkept = keep;
    y->nkept = 0;
    for (j = 0; j < y->nidh; j++) {
        if (o->nidh < keepi) {
            uint64_t *c = pc_u64map_find(&s->ids, y->idh[j]);
            if (c) /* the id's story is now o */
                *c = (*c & ST_IDS_COUNT) | o->id << 16;
            o->idh[o->nidh++] = y->idh[j];
        } else {
            st_ids_release(s, y->idh[j]);
        }
    }
    y->nidh = 0;
    /* y's latest articles join o's ring (past ST_MEMBERS the oldest of o's
     * give way) */
    for (uint32_t k = 0; k < y->nmem; k++) {
        uint32_t at = (y->mnext + ST_MEMBERS - y->nmem + k) % ST_MEMBERS;
        o->mem[o->mnext] = y->mem[at];
        o->mnext = (o->mnext + 1) % ST_MEMBERS;
        if (o->nmem < ST_MEMBERS)
            o->nmem++;
    }
    o->count += y->count;
    if (y->first < o->first)
        o->first = y->first;
    if (y->last > o->last) {
        o->last = y->last;
        heap_down(s, o->hpos);
    }
    if (!o->title) {
        o->title = y->title;
        y->title = NULL;
    }
    story_close(s, y);
    return 0;
}

/* The article's time: its date when readable and plausible, else the
 * stream's time. */
/* The first dated article: the stories opened before it, by articles
 * without a date, were given the stream's time of then, 1970; they arrived
 * just before this one, so they take its time (else a dated copy of an
 * undated first article was 50 years away from it and opened a story of
 * its own). */
static void undated_stories_at(precis_stream *s, int64_t t)
{
    int moved = 0;
    for (size_t i = 0; i < s->nopen; i++) {
        st_story *st = s->open[i];
        if (st->last == 0 && st->first == 0) {
            st->first = st->last = t;
            moved = 1;
        }
    }
    for (size_t i = s->nopen / 2; moved && i-- > 0;) /* the heap of last times, anew */
        heap_down(s, i);
}

/* The open story that holds an article of id hash h: the one the id map
 * names (the latest to take it), else a linear search (an id two stories
 * hold, from a stream saved before duplicates were refused, after the one
 * named closed). */
static st_story *story_with_id(const precis_stream *s, uint64_t h)
{
    uint64_t *c = pc_u64map_find(&s->ids, h);
    uint64_t *v = c ? pc_u64map_find(&s->by_id, *c >> 16) : NULL;
    if (v)
        return (st_story *)(uintptr_t)*v;
    for (size_t i = 0; i < s->nopen; i++)
        for (size_t k = 0; k < s->open[i]->nidh; k++)
            if (s->open[i]->idh[k] == h)
                return s->open[i];
    return NULL;
}

static int64_t article_time(precis_stream *s, const precis_article *a, precis_error *warn,
                            int *dated)
{
    int64_t t;
    *dated = 0;
    if (!a->date || !*a->date) {
        st_warn(s, warn, PRECIS_EPARSE, 0, "article %zu: no date: arrival order used",
                s->narticles + 1);
        return s->now;
    }
    if (pc_time_parse(a->date, strlen(a->date), &t)) {
        st_warn(s, warn, PRECIS_EPARSE, 0,
                "article %zu: date \"%.60s\" not understood (ISO 8601, RFC 2822, YYYYMMDD or "
                "seconds since 1970, years 1000 to 2999): arrival order used",
                s->narticles + 1, a->date);
        return s->now;
    }
    const char *why = NULL;
    if (t == 0)
        why = "1970-01-01T00:00:00Z, a placeholder for no date";
    else if (t > (int64_t)time(NULL) + MAX_AHEAD)
        why = "in the future";
    else if (s->have_time && t < s->now - MAX_JUMP)
        why = "more than a year before the stream's latest";
    else if (s->have_time && t > s->now + MAX_JUMP) {
        if (s->jump_n && t - s->jump_t <= JUMP_NEAR && s->jump_t - t <= JUMP_NEAR)
            s->jump_n++;
        else
            s->jump_t = t, s->jump_n = 1;
        if (s->jump_n >= JUMP_CONFIRM) {
            st_warn(s, warn, PRECIS_EPARSE, 0,
                    "article %zu: date \"%.60s\": the %u latest articles are dated more than "
                    "a year after the stream's time, which moves to them",
                    s->narticles + 1, a->date, (unsigned)s->jump_n);
            s->jump_n = 0;
            s->now = t; /* the window and the decay read from here on */
            *dated = 1;
            return t;
        }
        /* the article keeps its date; the stream's time waits for another */
        st_warn(s, warn, PRECIS_EPARSE, 0,
                "article %zu: date \"%.60s\" is more than a year after the stream's latest: "
                "the stream's time stays until another article confirms it",
                s->narticles + 1, a->date);
        return t;
    }
    s->jump_n = 0; /* a date in line with the stream's, or none: the jump was one bad date */
    if (why) {
        st_warn(s, warn, PRECIS_EPARSE, 0, "article %zu: date \"%.60s\" is %s: arrival order used",
                s->narticles + 1, a->date, why);
        return s->now;
    }
    *dated = 1;
    return t;
}

static precis_status add_plain(precis_stream *s, const precis_article *a, const char *text,
                               size_t len, precis_assignment *out, precis_error *warn)
{
    char idbuf[32];
    const char *id = a->id;
    if (!id) {
        snprintf(idbuf, sizeof idbuf, "#%zu", s->narticles + 1);
        id = idbuf;
    }
    uint64_t idh = st_id_hash(id, strlen(id));
    if (pc_u64map_find(&s->ids, idh)) {
        /* the same article sent again (a feed re-read, a crawler's second
         * visit): it stays once in its story, as the server keeps it once;
         * counted twice it was listed twice and weighed twice.  Checked
         * first: read again, its sentences would count another day of
         * template text */
        st_story *had = story_with_id(s, idh);
        if (had) {
            st_warn(s, warn, PRECIS_EINVAL, 0,
                    "article %zu: id \"%.60s\" seen before in story %" PRIu64 ": not added again",
                    s->narticles + 1, id, had->id);
            precis_assignment as = {had->id, 0, 0, had->last, s->narticles, 0};
            s->narticles++;
            if (out)
                *out = as;
            return PRECIS_OK;
        }
    }

    if (len > s->o.max_article_bytes) {
        st_warn(s, warn, PRECIS_ELIMIT, s->o.max_article_bytes,
                "article %zu (%.60s): text of %zu bytes cut to %zu (max_article_bytes)",
                s->narticles + 1, id, len, s->o.max_article_bytes);
        len = s->o.max_article_bytes;
    }
    int dated;
    int64_t t = article_time(s, a, warn, &dated);
    if (dated && !s->have_time)
        undated_stories_at(s, t);
    s->day = (uint32_t)((t > 0 ? t : 0) / 86400);
    s->src_hash =
        a->source && *a->source ? (uint32_t)pc_hash64(a->source, strlen(a->source), 0) | 1 : 0;
    long nterms = st_analyze(s, a->title, a->title ? strlen(a->title) : 0, text, len);
    if (nterms < 0)
        return PRECIS_ENOMEM;
    precis_assignment as = {0, 0, 0, t, s->narticles, 0};
    if (nterms == 0) {
        st_warn(s, warn, PRECIS_EEMPTY, 0,
                "article %zu (%.60s): no words to cluster by: not assigned", s->narticles + 1, id);
        s->narticles++;
        if (out)
            *out = as;
        return PRECIS_OK;
    }
    st_story *cand[ST_CANDIDATES], *best = NULL;
    float shared[ST_CANDIDATES], most = 0;
    size_t nc = candidates(s, cand, shared);
    for (size_t k = 0; k < nc; k++)
        most = shared[k] > most ? shared[k] : most;
    double best_sim = 0;
    /* the centroid first (of the candidates sharing enough index weight);
     * the latest articles of the ST_MEMBER_CHECKS stories closest by
     * centroid (the others keep their centroid score) */
    double score[ST_CANDIDATES];
    int specific[ST_CANDIDATES];
    for (size_t k = 0; k < nc; k++) {
        st_story *st = cand[k];
        specific[k] = 1;
        score[k] = t - st->last > s->o.window || shared[k] < CAND_SHARE * most
                       ? -1
                       : similarity(s, st, &specific[k]);
    }
    for (size_t m = 0; m < ST_MEMBER_CHECKS && m < nc; m++) {
        size_t top = m;
        for (size_t k = m + 1; k < nc; k++)
            if (score[k] > score[top])
                top = k;
        st_story *tmp = cand[m];
        cand[m] = cand[top];
        cand[top] = tmp;
        double x = score[m];
        score[m] = score[top];
        score[top] = x;
        int y = specific[m];
        specific[m] = specific[top];
        specific[top] = y;
        if (score[m] >= 0) {
            double mem = member_similarity(s, cand[m]);
            score[m] = cand[m]->count >= TOPIC_MIN && mem < TOPIC_RATIO * score[m]
                           ? mem
                           : (score[m] + mem) / 2;
        }
    }
    size_t bk = 0;
    for (size_t k = 0; k < nc; k++) {
        st_story *st = cand[k];
        if (score[k] < 0)
            continue; /* idle past the window: closed, just not yet collected */
        double gap = (double)(t > st->last ? t - st->last : 0);
        double sim = score[k] / (1.0 + gap / TIME_SCALE);
        if (!specific[k])
            sim *= common_only(s, st);
        score[k] = sim;
        if (sim > best_sim || (sim == best_sim && best && st->id < best->id)) {
            best_sim = sim;
            best = st;
            bk = k;
        }
    }
    precis_stream_article rec = {id,
                                 a->title,
                                 a->date,
                                 a->source,
                                 a->url,
                                 s->o.keep_text ? text : NULL,
                                 s->o.keep_text ? len : 0,
                                 t,
                                 s->narticles,
                                 0};
    int templ = s->tpl_share > TEMPLATE_SHARE;
    double thr = s->o.threshold * (templ ? TEMPLATE_X : 1);
    if (!templ && nterms < SHORT_TERMS)
        thr *= sqrt((double)SHORT_TERMS / (double)nterms);
    st_story *st = best && best_sim >= thr ? best : NULL;
    if (!st && templ) {
        st_warn(s, warn, PRECIS_EEMPTY, 0,
                "article %zu (%.60s): mostly template text: not assigned", s->narticles + 1, id);
        s->narticles++;
        if (out)
            *out = as;
        return PRECIS_OK;
    }
    /* a short article is too little evidence that two stories are one (a
     * one-word "menu" merged a story of it into a restaurant chain's) */
    if (st && !templ && nterms >= SHORT_TERMS && st->count <= MERGE_MAX) {
        /* the second best, and whether it stands out from the rest */
        size_t sk = nc;
        for (size_t k = 0; k < nc; k++)
            if (k != bk && score[k] >= 0 && (sk == nc || score[k] > score[sk]))
                sk = k;
        int merge =
            sk < nc && cand[sk]->count <= MERGE_MAX && score[sk] >= MERGE_SECOND * s->o.threshold;
        for (size_t k = 0; merge && k < nc; k++)
            if (k != bk && k != sk && score[k] >= 0 && score[k] * MERGE_MARGIN > score[sk])
                merge = 0;
        if (merge && !stories_apart(s, st, cand[sk])) {
            st_story *o = st->id < cand[sk]->id ? st : cand[sk];
            st_story *y = o == st ? cand[sk] : st;
            uint64_t yid = y->id;
            if (story_merge(s, o, y))
                return PRECIS_ENOMEM;
            as.merged = yid;
            st = o;
        }
    }
    precis_status rc = PRECIS_OK;
    if (st) {
        /* after a merge the stream has changed: the article joins even when
         * its words cannot enter the centroid (the story stays valid) */
        if (centroid_add(s, st)) {
            if (!as.merged)
                return PRECIS_ENOMEM;
            rc = PRECIS_ENOMEM;
        }
        rec.similarity = best_sim;
        st->count++;
        if (t < st->first)
            st->first = t;
        if (t > st->last) {
            st->last = t;
            heap_down(s, st->hpos);
        }
        as.similarity = best_sim;
    } else {
        /* the stalest, as many as it takes: a stream loaded with a lower
         * limit than it was saved with is over it by more than one */
        if (s->nopen >= s->o.max_open_stories)
            close_while(s, 0, 1, s->nopen - s->o.max_open_stories + 1, s->o.on_close,
                        s->o.on_close_ctx);
        st = st_story_new(s, s->next_id);
        if (!st)
            return PRECIS_ENOMEM;
        st->first = st->last = t;
        st->count = 1;
        st->norm = 1;
        st->ncen = (uint32_t)s->nvec;
        st->cen = pc_malloc(s->alc, s->nvec * sizeof *st->cen);
        if (!st->cen || st_story_open(s, st)) {
            st_story_free(s, st);
            return PRECIS_ENOMEM;
        }
        for (size_t k = 0; k < s->nvec; k++) {
            st->cen[k].key = s->vec[k].key;
            st->cen[k].w = s->vec[k].w;
        }
        s->next_id++;
        as.new_story = 1;
    }
    as.story = st->id;
    /* From here on the article is in the story; a failure to file or keep
     * it leaves the story valid (found by fewer terms, or a record short). */
    /* the heaviest terms of a centroid change little once it has a few
     * articles: filed anew at each of its first 8 articles, then every 4th */
    int refile = st->count <= 8 || st->count % 4 == 0;
    if ((refile && st_story_reindex(s, st)) || st_story_add_idh(s, st, idh) ||
        st_story_add_member(s, st, &s->mvec) || st_story_keep(s, st, &rec))
        rc = PRECIS_ENOMEM;
    if (!st->title && a->title && *a->title) {
        size_t n = strlen(a->title);
        st->title = pc_malloc(s->alc, n + 1);
        if (st->title)
            memcpy(st->title, a->title, n + 1);
        else
            rc = PRECIS_ENOMEM; /* the story stays valid, without its title */
    }
    st_count_df(s);
    /* only a date read from an article sets the stream's time: a first
     * article without one left it at 1970, and every later date was then
     * "more than a year after the stream's latest" */
    if (dated && (!s->have_time || t > s->now))
        s->now = t;
    s->have_time |= dated;
    s->narticles++;
    if (out)
        *out = as;
    return rc;
}

precis_status precis_stream_add(precis_stream *s, const precis_article *a, precis_assignment *out,
                                precis_error *warn)
{
    if (warn) {
        memset(warn, 0, sizeof *warn);
        warn->code = PRECIS_OK;
    }
    if (out)
        memset(out, 0, sizeof *out);
    if (!s || !a || (!a->text && a->len) || s->in_callback)
        return PRECIS_EINVAL;
    if (!a->html)
        return add_plain(s, a, a->text, a->len, out, warn);
    precis_extracted *x = NULL;
    precis_options po;
    precis_options_init(&po);
    po.max_document_bytes = s->o.max_article_bytes;
    precis_error xw;
    precis_status st = precis_html_extract(a->text, a->len, &po, &x, &xw);
    if (st)
        return st;
    if (xw.code) /* a page cut, bytes undecodable: the article's repairs */
        st_warn(s, warn, xw.code, xw.offset, "article %zu (%.60s): %s", s->narticles + 1,
                a->id ? a->id : "#", xw.message);
    precis_article b = *a;
    size_t n;
    const char *text = precis_extracted_text(x, &n);
    if (!b.title)
        b.title = precis_extracted_title(x);
    if (!b.date)
        b.date = precis_extracted_date(x);
    if (!b.source)
        b.source = precis_extracted_site(x);
    if (!b.url)
        b.url = precis_extracted_url(x);
    st = add_plain(s, &b, text, n, out, warn);
    precis_extracted_free(x);
    return st;
}

/* ---- reading ------------------------------------------------------------ */

static st_story *find(const precis_stream *s, uint64_t id)
{
    if (id == 0) /* no story has it (an article not clustered), and the map's
                    empty slots hold key 0 */
        return NULL;
    uint64_t *v = pc_u64map_find(&s->by_id, id);
    return v ? (st_story *)(uintptr_t)*v : NULL;
}

static void fill_story(const st_story *st, precis_story *out)
{
    out->id = st->id;
    out->article_count = st->count;
    out->kept_count = st->nkept;
    out->first_time = st->first;
    out->last_time = st->last;
    out->title = st->title;
    out->terms = st->top;
    out->term_count = st->ntop;
}

void precis_stream_reserve_ids(precis_stream *s, uint64_t next)
{
    if (s && next > s->next_id)
        s->next_id = next;
}

size_t precis_stream_open_count(const precis_stream *s)
{
    return s ? s->nopen : 0;
}

precis_status precis_stream_open_story(const precis_stream *s, size_t i, precis_story *out)
{
    if (!s || !out || i >= s->nopen)
        return PRECIS_EINVAL;
    fill_story(s->open[i], out);
    return PRECIS_OK;
}

precis_status precis_stream_story(const precis_stream *s, uint64_t id, precis_story *out)
{
    const st_story *st = s && out ? find(s, id) : NULL;
    if (!st)
        return PRECIS_EINVAL;
    fill_story(st, out);
    return PRECIS_OK;
}

precis_status precis_stream_story_article(const precis_stream *s, uint64_t id, size_t i,
                                          precis_stream_article *out)
{
    const st_story *st = s && out ? find(s, id) : NULL;
    if (!st || i >= st->nkept)
        return PRECIS_EINVAL;
    *out = st->kept[i]->a;
    return PRECIS_OK;
}

int64_t precis_stream_time(const precis_stream *s)
{
    return s && s->have_time ? s->now : 0;
}

size_t precis_stream_article_count(const precis_stream *s)
{
    return s ? s->narticles : 0;
}
