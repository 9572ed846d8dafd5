/* Story clustering of a stream (src/stories/): dates and the
 * precis_stream_* API on generated feeds whose stories are known. */
#include <math.h>

#include "check.h"
#include "precis.h"
#include "stories/stories.h"

/* A made-up word for number n: letters only, so that it is one token and
 * not a number ("bakodi"). */
static void word(unsigned n, char *out)
{
    static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
    size_t k = 0;
    do {
        out[k++] = cons[n % 14];
        n /= 14;
        out[k++] = vow[n % 5];
        n /= 5;
    } while (n);
    out[k++] = 'x'; /* no stem change: ends in a consonant cluster */
    out[k] = 0;
}

/* An article of story `story`: `nw` words, a third from the story's own 40
 * words, the rest from a pool of 400 words every story uses. */
static size_t article(char *buf, size_t cap, unsigned story, uint64_t *rng, size_t nw)
{
    size_t len = 0;
    for (size_t i = 0; i < nw; i++) {
        uint64_t r = check_random(rng);
        unsigned w =
            r % 3 == 0 ? 1000 + story * 40 + (unsigned)(r >> 8) % 40 : (unsigned)(r >> 8) % 400;
        char tmp[32];
        word(w, tmp);
        len += (size_t)snprintf(buf + len, cap - len, "%s%s", tmp, i % 12 == 11 ? ". " : " ");
    }
    return len;
}

static void test_time(void)
{
    int64_t t;
    CHECK(pc_time_parse("1970-01-02", 10, &t) == 0 && t == 86400);
    CHECK(pc_time_parse("2016-01-05T10:30:00Z", 20, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("2016-01-05T12:30:00+02:00", 25, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("2016-01-05 10:30", 16, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tue, 5 Jan 2016 10:30:00 GMT", 28, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("5 January 2016 05:30:00 -0500", 29, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("19981017", 8, &t) == 0 && t == 908582400);
    /* RFC 2822's zone names, any case, a comment after the zone, two-digit years */
    CHECK(pc_time_parse("Tue, 5 Jan 2016 05:30:00 EST", 28, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tue, 5 Jan 2016 03:30:00 pdt", 28, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tue, 5 Jan 2016 10:30:00 UT", 27, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tue, 5 Jan 2016 05:30:00 -0500 (EST)", 36, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tue, 5 Jan 16 10:30:00 GMT", 26, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Sat, 17 Oct 98 00:00:00 GMT", 27, &t) == 0 && t == 908582400);
    CHECK(pc_time_parse("2016-01-05T05:30:00 EST", 23, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tue, 5 Jan 2016 10:30:00 ESTX", 29, &t) == -1);
    CHECK(pc_time_parse("Tue, 5 Jan 2016 10:30:00 CEST", 29, &t) == -1); /* ambiguous names: no */
    CHECK(pc_time_parse("Tue, 5 Jan 2016 10:30:00 (GMT", 29, &t) == -1);
    /* other forms feeds write: milliseconds, a fraction of a second,
     * slashes, ISO 8601's basic form, the month first */
    CHECK(pc_time_parse("1451989800000", 13, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("1451989800.5", 12, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("1451989800.", 11, &t) == -1);
    CHECK(pc_time_parse("2016/01/05 10:30", 16, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("2016/01-05", 10, &t) == -1);
    CHECK(pc_time_parse("20160105T103000Z", 16, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("20160105T1230+02", 16, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("January 5, 2016", 15, &t) == 0 && t == 1451952000);
    CHECK(pc_time_parse("Jan 5 2016 10:30 AM GMT", 23, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Tuesday, January 5, 2016, 5:30 am EST", 37, &t) == 0 && t == 1451989800);
    CHECK(pc_time_parse("Jan 5 2016 12:30 PM", 19, &t) == 0 && t == 1451997000);
    CHECK(pc_time_parse("Jan 5 2016 13:30 PM", 19, &t) == -1);
    CHECK(pc_time_parse("January 2016", 12, &t) == -1);
    /* 24:00, a leap second or an offset never carry a time out of the
     * years 1000 to 2999 (the fuzzer's finds) */
    CHECK(pc_time_parse("2999-12-31T24:00:00Z", 20, &t) == -1);
    CHECK(pc_time_parse("2999-12-31T23:59:59-01:00", 25, &t) == -1);
    CHECK(pc_time_parse("1000-01-01T00:00:00+01:00", 25, &t) == -1);
    CHECK(pc_time_parse("2999-12-31T23:59:59Z", 20, &t) == 0 && t == 32503679999);
    CHECK(pc_time_parse("febn 1 2000 PD", 14, &t) == -1); /* a zone's prefix at the end */
    CHECK(pc_time_parse("Jun 10 2003 4:00:30 am UT", 25, &t) == 0 && t == 1055217630);
    CHECK(pc_time_parse("2016-02-30", 10, &t) == -1);
    CHECK(pc_time_parse("2016-13-01", 10, &t) == -1);
    CHECK(pc_time_parse("yesterday", 9, &t) == -1);
    CHECK(pc_time_parse("", 0, &t) == -1);
    CHECK(pc_time_parse("2016-01-05T25:00", 16, &t) == -1);
    /* seconds since 1970, written out (9 to 11 digits; 8 are YYYYMMDD) */
    CHECK(precis_parse_date("1709800000", 10, &t) == 0 && t == 1709800000);
    CHECK(precis_parse_date(" 1451989800 ", 12, &t) == 0 && t == 1451989800);
    CHECK(precis_parse_date("-86400", 6, &t) == -1);
    CHECK(precis_parse_date("99999999999", 11, &t) == -1); /* past 2999 */
    CHECK(precis_parse_date("99999999999999999999", 20, &t) == -1);
    CHECK(precis_parse_date(NULL, 0, &t) == -1);
    char buf[40];
    pc_time_format(1451989800, buf);
    CHECK_STR(buf, "2016-01-05T10:30:00Z");
    pc_time_format(-86400, buf);
    CHECK_STR(buf, "1969-12-31");
    /* round trip over many days, leap years included */
    int ok = 1;
    for (int64_t d = -354000; d < 376000; d += 97) /* years 1001 to 2999 */ {
        pc_time_format(d * 86400, buf);
        if (pc_time_parse(buf, strlen(buf), &t) || t != d * 86400)
            ok = 0;
    }
    CHECK(ok);
}

typedef struct warns {
    int n;
    char last[160];
    precis_status code; /* of the last warning */
} warns;

static void on_warn(void *ctx, const precis_error *w)
{
    warns *x = ctx;
    x->n++;
    snprintf(x->last, sizeof x->last, "%s", w->message);
    x->code = w->code;
}

typedef struct closed {
    size_t n;
    size_t articles;
    int ok; /* each closing story could be read */
} closed;

static int on_close(void *ctx, const precis_stream *s, uint64_t id)
{
    closed *c = ctx;
    precis_story st;
    precis_stream_article a;
    c->n++;
    if (precis_stream_story(s, id, &st) || st.id != id || st.article_count == 0 ||
        precis_stream_story_article(s, id, 0, &a) || !a.id)
        c->ok = 0;
    else
        c->articles += st.article_count;
    return 0;
}

enum { STORIES = 12, PER_STORY = 6 };

/* Feeds STORIES interleaved stories, one day apart per round; returns the
 * story id each article got, and checks that stories never mix. */
static void feed(precis_stream *s, uint64_t got[STORIES][PER_STORY], int round_from, int round_to)
{
    static char buf[16384];
    uint64_t rng = 99 + (uint64_t)round_from;
    for (int r = round_from; r < round_to; r++)
        for (unsigned k = 0; k < STORIES; k++) {
            char id[32], date[40];
            snprintf(id, sizeof id, "s%u-a%d", k, r);
            pc_time_format(1451606400 + (int64_t)r * 86400 + k * 60, date);
            size_t len = article(buf, sizeof buf, k, &rng, 150);
            precis_article a = {id, buf, len, 0, NULL, date, "wire", NULL};
            precis_assignment as;
            precis_error w;
            CHECK(precis_stream_add(s, &a, &as, &w) == PRECIS_OK);
            got[k][r] = as.story;
        }
}

static void test_stream(void)
{
    precis_stream *s;
    warns w = {0};
    precis_stream_options o;
    precis_stream_options_init(&o);
    o.warn_fn = on_warn;
    o.warn_ctx = &w;
    o.keep_text = 1;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    uint64_t got[STORIES][PER_STORY];
    feed(s, got, 0, 3);
    /* save, load, and go on in both: the same assignments */
    char *saved;
    size_t len;
    CHECK(precis_stream_save(s, &saved, &len) == PRECIS_OK);
    precis_stream *t = NULL;
    precis_error err;
    CHECK(precis_stream_load(saved, len, NULL, NULL, &t, &err) == PRECIS_OK);
    CHECK(t && precis_stream_open_count(t) == precis_stream_open_count(s));
    CHECK(precis_stream_time(t) == precis_stream_time(s));
    uint64_t got2[STORIES][PER_STORY];
    feed(s, got, 3, PER_STORY);
    if (t) {
        memcpy(got2, got, sizeof got2);
        feed(t, got2, 3, PER_STORY);
        CHECK(memcmp(got, got2, sizeof got) == 0);
    }
    /* every story stays whole and apart from the others */
    int whole = 1, apart = 1;
    for (unsigned k = 0; k < STORIES; k++)
        for (int r = 0; r < PER_STORY; r++) {
            whole &= got[k][r] == got[k][0] && got[k][r] != 0;
            for (unsigned j = 0; j < k; j++)
                apart &= got[j][0] != got[k][r];
        }
    CHECK(whole);
    CHECK(apart);
    CHECK(precis_stream_open_count(s) == STORIES);
    CHECK(w.n == 0);
    /* the story JSON names its documents */
    char *json;
    CHECK(precis_stream_story_json(s, got[0][0], &json, NULL) == PRECIS_OK);
    CHECK(json && strstr(json, "\"documents\": [{\"text\": \"") && strstr(json, "\"s0-a5\""));
    precis_free(json);
    /* bad input: no words, an unreadable date, a repeated id */
    precis_article empty = {"e1", "  ...  ", 7, 0, NULL, "2016-01-06", NULL, NULL};
    precis_assignment as;
    precis_error warn;
    CHECK(precis_stream_add(s, &empty, &as, &warn) == PRECIS_OK && as.story == 0);
    CHECK(warn.message && strstr(warn.message, "no words"));
    /* a warning has a code, as the cluster's have: a caller testing
     * warn.code (PRECIS_OK when nothing was wrong) sees it */
    CHECK(warn.code == PRECIS_EEMPTY && w.code == PRECIS_EEMPTY);
    static char buf[16384];
    uint64_t rng = 5;
    size_t n = article(buf, sizeof buf, 3, &rng, 150);
    precis_article bad = {"s3-x", buf, n, 0, NULL, "next tuesday", NULL, NULL};
    int before = w.n;
    CHECK(precis_stream_add(s, &bad, &as, &warn) == PRECIS_OK && as.story == got[3][0]);
    CHECK(w.n == before + 1 && strstr(warn.message, "not understood")); /* the date */
    CHECK(warn.code == PRECIS_EPARSE && w.code == PRECIS_EPARSE);
    CHECK(as.time == precis_stream_time(s));
    /* an id seen before: the article is not added again, and its story is
     * named */
    precis_story st3;
    CHECK(precis_stream_story(s, got[3][0], &st3) == PRECIS_OK);
    size_t count3 = st3.article_count;
    bad.id = "s3-a0";
    CHECK(precis_stream_add(s, &bad, &as, &warn) == PRECIS_OK && as.story == got[3][0]);
    CHECK(w.n == before + 2 && strstr(warn.message, "not added again"));
    CHECK(warn.code == PRECIS_EINVAL && w.code == PRECIS_EINVAL);
    CHECK(precis_stream_story(s, got[3][0], &st3) == PRECIS_OK && st3.article_count == count3);
    precis_article future = {"f", buf, n, 0, NULL, "2999-01-01", NULL, NULL};
    CHECK(precis_stream_add(s, &future, &as, &warn) == PRECIS_OK);
    CHECK(warn.message && strstr(warn.message, "future") && warn.code == PRECIS_EPARSE);
    CHECK(as.time == precis_stream_time(s));
    CHECK(precis_stream_add(s, NULL, &as, &warn) == PRECIS_EINVAL);
    /* JSON lines */
    const char *line = "{\"id\": 17, \"text\": \"kax bex kix\", \"date\": 1451606400}";
    char *id = NULL;
    CHECK(precis_stream_add_json(s, line, strlen(line), &as, &id, &err) == PRECIS_OK);
    CHECK_STR(id, "17");
    precis_free(id);
    const char *broken = "{\"id\": 1, \"text\": \"abc";
    CHECK(precis_stream_add_json(s, broken, strlen(broken), &as, NULL, &err) == PRECIS_EPARSE);
    CHECK(err.message && strstr(err.message, "invalid JSON"));
    const char *notext = "{\"id\": 1, \"title\": \"x\"}";
    CHECK(precis_stream_add_json(s, notext, strlen(notext), &as, NULL, &err) == PRECIS_EPARSE);
    const char *wrong = "{\"id\": 1, \"text\": 5}";
    CHECK(precis_stream_add_json(s, wrong, strlen(wrong), &as, NULL, &err) == PRECIS_EPARSE);
    /* corrupt and truncated saved states are refused */
    precis_stream *u = NULL;
    saved[len / 2] ^= 1;
    CHECK(precis_stream_load(saved, len, NULL, NULL, &u, &err) == PRECIS_EPARSE && !u);
    CHECK(err.message && strstr(err.message, "checksum"));
    CHECK(precis_stream_load(saved, len / 3, NULL, NULL, &u, &err) == PRECIS_EPARSE);
    CHECK(precis_stream_load("PRCSSTRM", 8, NULL, NULL, &u, &err) == PRECIS_EPARSE);
    precis_free(saved);
    /* idle stories close: a later article moves the stream's time on */
    closed c = {0, 0, 1};
    size_t nclosed;
    precis_article late = {"late", buf, n, 0, NULL, "2016-04-01", NULL, NULL};
    CHECK(precis_stream_add(s, &late, &as, &warn) == PRECIS_OK && as.new_story);
    CHECK(precis_stream_close_idle(s, on_close, &c, &nclosed) == PRECIS_OK);
    CHECK(nclosed == STORIES + 1 && c.n == nclosed && c.ok); /* all but "late" */
    CHECK(precis_stream_open_count(s) == 1);
    CHECK(precis_stream_close_all(s, on_close, &c, &nclosed) == PRECIS_OK && nclosed == 1);
    CHECK(precis_stream_open_count(s) == 0);
    precis_stream_free(s);
    precis_stream_free(t);
}

/* The stalest story gives way at max_open_stories, through on_close. */
/* A state loaded goes on exactly as the one saved: saved again at once it
 * is the same bytes, and after more articles both give the same stories
 * and the same bytes.  A story's index terms, its norm, the heap and the
 * index lists were recomputed on load: a story past its 8th article, not
 * filed anew since, came back with other terms, and later articles joined
 * other stories (the server, replaying after a crash, then wrote new
 * articles under the ids of other stories). */
static void test_exact(void)
{
    static char buf[16384];
    precis_stream *s = NULL, *t = NULL;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    uint64_t rng = 7;
    int same = 1;
    for (int r = 0; r < 40 && s; r++) {
        if (r == 23) {
            char *a = NULL, *b = NULL;
            size_t na = 0, nb = 0;
            CHECK(precis_stream_save(s, &a, &na) == PRECIS_OK);
            CHECK(precis_stream_load(a, na, NULL, NULL, &t, NULL) == PRECIS_OK && t);
            CHECK(t && precis_stream_save(t, &b, &nb) == PRECIS_OK);
            CHECK(a && b && na == nb && memcmp(a, b, na) == 0);
            precis_free(a);
            precis_free(b);
        }
        for (unsigned k = 0; k < 5; k++) {
            char id[32], date[40];
            snprintf(id, sizeof id, "x%u-%d", k, r);
            pc_time_format(1451606400 + (int64_t)r * 3600 + k * 60, date);
            size_t len = article(buf, sizeof buf, k % 3, &rng, 60);
            precis_article art = {id, buf, len, 0, NULL, date, "wire", NULL};
            precis_assignment x, y;
            CHECK(precis_stream_add(s, &art, &x, NULL) == PRECIS_OK);
            if (t) {
                CHECK(precis_stream_add(t, &art, &y, NULL) == PRECIS_OK);
                same &= x.story == y.story && x.merged == y.merged;
            }
        }
    }
    CHECK(same);
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    CHECK(s && t && precis_stream_save(s, &a, &na) == PRECIS_OK &&
          precis_stream_save(t, &b, &nb) == PRECIS_OK);
    CHECK(a && b && na == nb && memcmp(a, b, na) == 0);
    precis_free(a);
    precis_free(b);
    precis_stream_free(s);
    precis_stream_free(t);
}

/* Reserved ids: a new story takes an id past them; a lower reservation
 * changes nothing. */
static void test_reserve(void)
{
    static char buf[4096];
    precis_stream *s = NULL;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    precis_stream_reserve_ids(s, 100);
    precis_stream_reserve_ids(s, 50);
    precis_stream_reserve_ids(NULL, 7);
    uint64_t rng = 5;
    precis_assignment as[2];
    for (unsigned k = 0; k < 2 && s; k++) {
        size_t len = article(buf, sizeof buf, k, &rng, 60);
        precis_article a = {NULL, buf, len, 0, NULL, "2016-01-01", NULL, NULL};
        CHECK(precis_stream_add(s, &a, &as[k], NULL) == PRECIS_OK);
    }
    CHECK(as[0].story == 100 && as[1].story == 101);
    precis_stream_free(s);
}

/* A one-word article never merges two stories (a second "menu" merged the
 * story of the first into a restaurant chain's). */
static void test_short_merge(void)
{
    static const char *const texts[] = {
        "IHOP said on Monday it would change its name to IHOb for a few weeks, a publicity stunt "
        "to promote its hamburger menu. The pancake chain asked customers to guess what the b "
        "stood for, and the answer was burgers. Rival chains mocked the announcement on social "
        "media, and analysts said the menu change shows how hard it is for breakfast "
        "restaurants to win diners at lunch and dinner.",
        "menu", "menu"};
    precis_stream *s = NULL;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    int merged = 0;
    for (size_t k = 0; k < 3 && s; k++) {
        precis_article a = {NULL, texts[k], strlen(texts[k]), 0, NULL, "2020-01-05", NULL, NULL};
        precis_assignment as;
        CHECK(precis_stream_add(s, &a, &as, NULL) == PRECIS_OK);
        merged |= as.merged != 0;
    }
    CHECK(!merged);
    precis_stream_free(s);
}

static void test_max_open(void)
{
    precis_stream_options o;
    precis_stream_options_init(&o);
    closed c = {0, 0, 1};
    o.max_open_stories = 5;
    o.on_close = on_close;
    o.on_close_ctx = &c;
    precis_stream *s;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    uint64_t got[STORIES][PER_STORY];
    feed(s, got, 0, 2);
    CHECK(precis_stream_open_count(s) <= 5);
    CHECK(c.n + precis_stream_open_count(s) >= STORIES && c.ok);
    /* loaded with a lower limit than it was saved with, the stream is back
     * under it at the next new story (it closed one story per new one, and
     * stayed over the limit for good) */
    char *saved;
    size_t len;
    CHECK(precis_stream_save(s, &saved, &len) == PRECIS_OK);
    o.max_open_stories = 2;
    precis_stream *t = NULL;
    CHECK(precis_stream_load(saved, len, &o, NULL, &t, NULL) == PRECIS_OK);
    CHECK(precis_stream_open_count(t) == precis_stream_open_count(s) &&
          precis_stream_open_count(t) > 2);
    size_t before = c.n;
    const char *text = "Chess players gathered in Oslo for the winter tournament finals.";
    precis_article a = {"chess", text, strlen(text), 0, NULL, NULL, NULL, NULL};
    precis_assignment as;
    CHECK(precis_stream_add(t, &a, &as, NULL) == PRECIS_OK && as.new_story);
    CHECK(precis_stream_open_count(t) == 2 && c.n == before + precis_stream_open_count(s) - 1);
    precis_stream_free(t);
    precis_free(saved);
    precis_stream_free(s);
}

/* Allocation failures anywhere: every call returns a status, nothing
 * leaks (valgrind and ASan runs check that), the stream stays usable. */
static long fail_at, allocs;
static void *f_malloc(void *ctx, size_t n)
{
    (void)ctx;
    return ++allocs == fail_at ? NULL : malloc(n);
}
static void *f_realloc(void *ctx, void *p, size_t o, size_t n)
{
    (void)ctx;
    (void)o;
    return ++allocs == fail_at ? NULL : realloc(p, n);
}
static void f_free(void *ctx, void *p, size_t n)
{
    (void)ctx;
    (void)n;
    free(p);
}

static void test_oom(void)
{
    precis_allocator alc = {f_malloc, f_realloc, f_free, NULL};
    static char buf[16384];
    int statuses_ok = 1, failed = 0;
    for (fail_at = 1; fail_at < 400; fail_at++) {
        allocs = 0;
        precis_stream *s = NULL;
        precis_status st = precis_stream_new(NULL, &alc, &s);
        if (st) {
            statuses_ok &= st == PRECIS_ENOMEM && !s;
            failed++;
            continue;
        }
        uint64_t rng = 3;
        for (int i = 0; i < 30; i++) {
            size_t n = article(buf, sizeof buf, (unsigned)i % 4, &rng, 80);
            precis_article a = {NULL, buf, n, 0, "A title", NULL, NULL, NULL};
            precis_assignment as;
            st = precis_stream_add(s, &a, &as, NULL);
            statuses_ok &= st == PRECIS_OK || st == PRECIS_ENOMEM;
            /* OK means all of it: a story opened by a titled article has
             * its title (an allocation that failed there was swallowed) */
            precis_story story;
            if (st == PRECIS_OK && as.story && precis_stream_story(s, as.story, &story) == 0)
                statuses_ok &= story.title != NULL;
            failed += st != PRECIS_OK;
        }
        char *saved = NULL;
        size_t len;
        if (precis_stream_save(s, &saved, &len) == PRECIS_OK) {
            precis_stream *t = NULL;
            st = precis_stream_load(saved, len, NULL, &alc, &t, NULL);
            statuses_ok &= st == PRECIS_OK || st == PRECIS_ENOMEM;
            precis_stream_free(t);
            precis_free(saved);
        }
        precis_stream_close_all(s, NULL, NULL, NULL);
        precis_stream_free(s);
    }
    CHECK(statuses_ok);
    CHECK(failed > 100); /* the failures did reach the stream */
}

/* A notice repeated day after day (a crawl notice, a cookie prompt) is
 * template text from its third day on.  Each copy ends in a short line of
 * its own (a word every copy has, three of its own): by it a later copy is
 * somewhat like the first copies, above the threshold (it joined them before
 * the rule) but below twice the threshold, so it joins no story and opens
 * none (story 0), also after a save and load.  An article with the notice
 * as a footer below its own text stays in its story. */
static void test_template(void)
{
    static const char notice[] = "Crawl data donated to the archive flows into the wayback "
                                 "machine daily. Focused crawls collect frequently updated "
                                 "webcrawl data from narrow domains. These crawls archive "
                                 "pages as they are created and the pages they refer to. ";
    precis_stream *s;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    static char buf[16384];
    uint64_t rng = 11;
    uint64_t first = 0, footer = 0, late[16];
    int nlate = 0, footer_ok = 1;
    for (int d = 0; d < 10; d++) {
        if (d == 6) { /* the rest after a save and load */
            char *saved = NULL;
            size_t len;
            precis_stream *t = NULL;
            CHECK(precis_stream_save(s, &saved, &len) == PRECIS_OK);
            CHECK(precis_stream_load(saved, len, NULL, NULL, &t, NULL) == PRECIS_OK && t);
            precis_free(saved);
            precis_stream_free(s);
            s = t;
        }
        char date[40], id[32], w1[32], w2[32], w3[32];
        pc_time_format(1451606400 + (int64_t)d * 86400, date);
        snprintf(id, sizeof id, "n%d", d);
        word(5000 + 3 * (unsigned)d, w1);
        word(5001 + 3 * (unsigned)d, w2);
        word(5002 + 3 * (unsigned)d, w3);
        int n = snprintf(buf, sizeof buf, "%sZarkex %s %s %s.", notice, w1, w2, w3);
        precis_article a = {id, buf, (size_t)n, 0, NULL, date, NULL, NULL};
        precis_assignment as;
        CHECK(precis_stream_add(s, &a, &as, NULL) == PRECIS_OK);
        if (d == 0)
            first = as.story;
        if (d >= 3)
            late[nlate++] = as.story;
        /* a story's article of the same day, the notice below it */
        size_t m = article(buf, sizeof buf, 1, &rng, 150);
        m += (size_t)snprintf(buf + m, sizeof buf - m, " %s", notice);
        snprintf(id, sizeof id, "f%d", d);
        precis_article f = {id, buf, m, 0, NULL, date, NULL, NULL};
        CHECK(precis_stream_add(s, &f, &as, NULL) == PRECIS_OK);
        if (d == 0)
            footer = as.story;
        footer_ok &= as.story == footer && footer != first;
    }
    CHECK(footer_ok);
    int apart = 1;
    for (int i = 0; i < nlate; i++)
        apart &= late[i] == 0;
    CHECK(apart && first != 0);
    precis_stream_free(s);
}

/* An article of words drawn from the made-up words [from, from + n) of
 * each of up to three sets (n 0: unused). */
static size_t words_of(char *buf, size_t cap, uint64_t *rng, unsigned a, unsigned b, unsigned c)
{
    unsigned sets[3] = {a, b, c};
    size_t len = 0;
    for (size_t i = 0; i < 90; i++) {
        unsigned from = sets[i % 3] ? sets[i % 3] : sets[0];
        char tmp[32];
        word(from + (unsigned)(check_random(rng) % 20), tmp);
        len += (size_t)snprintf(buf + len, cap - len, "%s%s", tmp, i % 12 == 11 ? ". " : " ");
    }
    return len;
}

typedef struct step {
    unsigned a, b, c; /* word sets of the article */
    int day;
    unsigned name; /* a made-up word it names once at its end (0: none) */
} step;

/* Adds the article of one step; returns its assignment. */
static precis_status add_step(precis_stream *s, const step *p, int n, precis_assignment *as)
{
    static char buf[8192];
    uint64_t rng = 1000 + (uint64_t)n;
    char id[32], date[40];
    snprintf(id, sizeof id, "m%d", n);
    pc_time_format(1451606400 + (int64_t)p->day * 86400 + n * 60, date);
    size_t len = words_of(buf, sizeof buf, &rng, p->a, p->b, p->c);
    if (p->name) {
        char w[32];
        word(p->name, w);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s.", w);
    }
    precis_article a = {id, buf, len, 0, NULL, date, "wire", NULL};
    memset(as, 0, sizeof *as);
    return precis_stream_add(s, &a, as, NULL);
}

/* Online merge: two young stories (an event told in two ways, which share
 * only its name: two stories that share no name do not merge, as
 * test_same_kind shows) and an article close to both and to nothing else:
 * the younger merges into the older.  Not when the older has more than two
 * articles, nor when a third story is as close. */
static void test_merge(void)
{
    /* word sets; NAMED: the event's name */
    enum { P = 3000, Q = 3100, R = 3200, T = 3300, U = 3400, V = 3500, W = 3600, X = 3700 };
    enum { NAMED = 3800 };
    static const step feed[] = {
        {P, 0, 0, 0, NAMED}, /* 0: story 1, naming the event */
        {Q, 0, 0, 0, NAMED}, /* 1: story 2, no word of P but the name */
        {X, 0, 0, 0, 0},     /* 2: story 3, apart */
        {P, Q, 0, 1, NAMED}, /* 3: close to 1 and 2 alone: 2 merges into 1 */
        {P, 0, 0, 1, 0},     /* 4: story 1 */
        {R, 0, 0, 2, 0},     /* 5: story 4 */
        {R, 0, 0, 2, 0},     /* 6: story 4 */
        {R, 0, 0, 2, 0},     /* 7: story 4, three articles */
        {T, 0, 0, 2, 0},     /* 8: story 5 */
        {R, T, 0, 3, 0},     /* 9: joins 4; 5 stays apart (4 is no longer young) */
        {U, 0, 0, 4, 0},     /* 10: story 6 */
        {V, 0, 0, 4, 0},     /* 11: story 7 */
        {W, 0, 0, 4, 0},     /* 12: story 8 */
        {U, V, W, 5, 0},     /* 13: as close to 6, 7 and 8: no merge */
    };
    enum { N = sizeof feed / sizeof *feed };
    precis_stream_options o;
    precis_stream_options_init(&o);
    precis_stream *s;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    precis_assignment as[N];
    for (int i = 0; i < N; i++)
        CHECK(add_step(s, &feed[i], i, &as[i]) == PRECIS_OK);
    CHECK(as[0].new_story && as[1].new_story && as[2].new_story);
    CHECK(as[1].story != as[0].story && as[2].story != as[0].story);
    CHECK(as[3].story == as[0].story && as[3].merged == as[1].story && !as[3].new_story);
    CHECK(as[4].story == as[0].story && as[4].merged == 0);
    precis_story st;
    CHECK(precis_stream_story(s, as[1].story, &st) == PRECIS_EINVAL); /* merged away */
    CHECK(precis_stream_story(s, as[0].story, &st) == PRECIS_OK && st.article_count == 4 &&
          st.kept_count == 4);
    precis_stream_article a;
    int order = 1;
    for (size_t i = 0; i < 4; i++) /* arrival order: m0, m1, m3, m4 */
        order &= precis_stream_story_article(s, as[0].story, i, &a) == PRECIS_OK &&
                 a.article == (size_t[]){0, 1, 3, 4}[i];
    CHECK(order);
    CHECK(as[9].story == as[5].story && as[9].merged == 0);
    CHECK(as[8].story != as[5].story && precis_stream_story(s, as[8].story, &st) == PRECIS_OK &&
          st.article_count == 1);
    CHECK(as[13].merged == 0);
    /* a merged stream saves, loads and goes on like the original */
    char *saved;
    size_t len;
    CHECK(precis_stream_save(s, &saved, &len) == PRECIS_OK);
    precis_stream *t = NULL;
    CHECK(precis_stream_load(saved, len, NULL, NULL, &t, NULL) == PRECIS_OK);
    precis_free(saved);
    CHECK(t && precis_stream_open_count(t) == precis_stream_open_count(s));
    step more = {P, 0, 0, 6, 0};
    precis_assignment x, y;
    CHECK(add_step(s, &more, N, &x) == PRECIS_OK && x.story == as[0].story);
    CHECK(t && add_step(t, &more, N, &y) == PRECIS_OK && y.story == x.story);
    /* the duplicate check still knows the ids of the merged story */
    precis_error w;
    static char buf[256];
    snprintf(buf, sizeof buf, "bakox dekix");
    precis_article dup = {"m1", buf, strlen(buf), 0, NULL, "2016-01-07", NULL, NULL};
    CHECK(precis_stream_add(s, &dup, &x, &w) == PRECIS_OK && w.message &&
          strstr(w.message, "seen before"));
    closed c = {0, 0, 1};
    CHECK(precis_stream_close_all(s, on_close, &c, NULL) == PRECIS_OK && c.ok);
    precis_stream_free(s);
    precis_stream_free(t);
    /* out of memory at any step of a merge: a status, no leak, and the
     * stream goes on; ENOMEM with no story leaves the stream as it was (no
     * merge the caller is not told of), ENOMEM with a story says where the
     * article went */
    precis_allocator alc = {f_malloc, f_realloc, f_free, NULL};
    int statuses_ok = 1, unchanged = 1, told = 0;
    for (fail_at = 1; fail_at < 200; fail_at++) {
        allocs = 0;
        if (precis_stream_new(NULL, &alc, &s))
            continue;
        for (int i = 0; i < N; i++) {
            size_t open0 = precis_stream_open_count(s), n0 = precis_stream_article_count(s);
            memset(&x, 0xff, sizeof x);
            precis_status rc = add_step(s, &feed[i], i, &x);
            statuses_ok &= rc == PRECIS_OK || rc == PRECIS_ENOMEM;
            if (rc == PRECIS_ENOMEM && x.story == 0)
                unchanged &= precis_stream_open_count(s) == open0 &&
                             precis_stream_article_count(s) == n0 && x.merged == 0;
            told += rc == PRECIS_ENOMEM && x.story != 0 && x.merged != 0;
        }
        precis_stream_close_all(s, NULL, NULL, NULL);
        precis_stream_free(s);
    }
    CHECK(statuses_ok);
    CHECK(unchanged);
    CHECK(told > 0); /* a failure after the merge did happen, and was told */
}

/* An article of 90 words: one in `every` from the topic's made-up words
 * [k, k + 20), the others from the event's [e, e + 20) (every 1: the
 * topic's alone). */
static precis_status add_mix(precis_stream *s, int n, unsigned k, unsigned e, int every, int day,
                             precis_assignment *as)
{
    static char buf[8192];
    uint64_t rng = 5000 + (uint64_t)n;
    size_t len = 0;
    for (int i = 0; i < 90; i++) {
        char tmp[32];
        word((i % every ? e : k) + (unsigned)(check_random(&rng) % 20), tmp);
        len +=
            (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", tmp, i % 12 == 11 ? ". " : " ");
    }
    char id[32], date[40];
    snprintf(id, sizeof id, "t%d", n);
    pc_time_format(1451606400 + (int64_t)day * 86400 + n * 60, date);
    precis_article a = {id, buf, len, 0, NULL, date, "wire", NULL};
    memset(as, 0, sizeof *as);
    return precis_stream_add(s, &a, as, NULL);
}

/* A topic catch-all: a story of three articles of a topic's words alone (a
 * country, its leader), then one article each of ten stories of the topic,
 * a seventh of their words the topic's and the rest their own event's.  The
 * first ones join the topic story while its latest articles are topic
 * articles.  Once its latest articles are those of other events, each
 * close to the newcomer only through the topic's words while its centroid
 * is still mostly those words, the newcomer is scored by the latest
 * articles alone (TOPIC_RATIO) and opens a story of its own; without the
 * rule every one of them joins, at a similarity of about 0.2.  A
 * follow-up of an event (its words again) joins that event's story, the
 * topic story for the first event. */
static void test_topic(void)
{
    enum { K = 4000, E = 4100, EVENTS = 10 };
    precis_stream *s;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    precis_assignment as[3 + EVENTS + 2];
    int n = 0;
    for (int i = 0; i < 3; i++, n++)
        CHECK(add_mix(s, n, K, K, 1, 0, &as[n]) == PRECIS_OK);
    for (int i = 0; i < EVENTS; i++, n++)
        CHECK(add_mix(s, n, K, E + 20 * (unsigned)i, 7, 1, &as[n]) == PRECIS_OK);
    CHECK(add_mix(s, n, K, E + 20 * (EVENTS - 1), 7, 2, &as[n]) == PRECIS_OK); /* follow-ups */
    CHECK(add_mix(s, n + 1, K, E, 7, 2, &as[n + 1]) == PRECIS_OK);
    CHECK(as[1].story == as[0].story && as[2].story == as[0].story);
    CHECK(as[3].story == as[0].story); /* while its latest are topic articles */
    int apart = 0;
    for (int i = 3; i < 3 + EVENTS; i++)
        apart += as[i].story != as[0].story;
    CHECK(apart >= 3);
    CHECK(as[n - 1].new_story);
    CHECK(as[n].story == as[n - 1].story); /* of the last event, on its own */
    CHECK(as[n + 1].story == as[0].story); /* of the first, in the topic story */
    precis_stream_free(s);
}

/* A short article (six terms) with two words of a story and four of its
 * own is about as like the story as a long article that shares a few of
 * its words, above the threshold, but that is what two unrelated short
 * texts can share by chance: it opens a story of its own (SHORT_TERMS).
 * With the threshold lowered by the factor a short article's is raised it
 * joins, so its similarity is above the threshold and the rule kept it
 * apart.  A short article of the story's own words still joins it. */
static void test_short(void)
{
    double factor = sqrt(20.0 / 6.0); /* SHORT_TERMS and the short article's terms */
    for (int lowered = 0; lowered < 2; lowered++) {
        precis_stream_options o;
        precis_stream_options_init(&o);
        o.threshold = lowered ? o.threshold / factor * 1.01 : o.threshold;
        precis_stream *s;
        CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
        precis_assignment as[4]; /* two long articles of a story, then the short ones */
        for (int i = 0; i < 4; i++) {
            static char buf[8192];
            uint64_t rng = 77 + (uint64_t)i;
            char id[32], w[6][32];
            size_t len;
            if (i < 2) {
                len = words_of(buf, sizeof buf, &rng, 3000, 0, 0);
            } else {
                for (int k = 0; k < 6; k++) /* story words 3000.., or its own 9000.. */
                    word((i == 3 || k < 2 ? 3000u : 9000u) + (unsigned)k, w[k]);
                len = (size_t)snprintf(buf, sizeof buf, "%s %s %s %s %s %s.", w[0], w[1], w[2],
                                       w[3], w[4], w[5]);
            }
            snprintf(id, sizeof id, "s%d", i);
            precis_article a = {id, buf, len, 0, NULL, "2016-01-01", "wire", NULL};
            CHECK(precis_stream_add(s, &a, &as[i], NULL) == PRECIS_OK);
        }
        CHECK(as[1].story == as[0].story);
        if (lowered)
            CHECK(as[2].story == as[0].story);
        else
            CHECK(as[2].new_story && as[2].story != as[0].story);
        CHECK(as[3].story == as[0].story);
        precis_stream_free(s);
    }
}

/* A user's tour of the API (session 19): story id 0 (an article not
 * clustered) is no story, a first article without a date leaves the stream
 * without a time, a window as long as int64 closes nothing, a saved state
 * whose member ring disagrees with its count is refused, and a bad option
 * of the caller's is PRECIS_EINVAL, not a fault of the file. */
static void test_tour(void)
{
    precis_stream *s;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    precis_story story;
    CHECK(precis_stream_story(s, 0, &story) == PRECIS_EINVAL);
    const char *t = "Mount Keldar erupted on Monday, sending ash over Palvik and closing airports.";
    precis_article a = {0};
    a.text = t;
    a.len = strlen(t);
    precis_assignment as;
    CHECK(precis_stream_add(s, &a, &as, NULL) == PRECIS_OK && as.story);
    CHECK(precis_stream_story(s, 0, &story) == PRECIS_EINVAL);
    char *json = NULL;
    size_t len = 0;
    CHECK(precis_stream_story_json(s, 0, &json, &len) == PRECIS_EINVAL);
    CHECK(precis_stream_time(s) == 0);
    /* (each text new: the same text again is the stream's template text) */
    const char *t2 = "Flights resumed at Palvik airport on Friday after the ash cloud from Keldar "
                     "drifted east.";
    const char *t3 = "Scientists said the Keldar volcano could erupt again within weeks, and "
                     "villages stayed evacuated.";
    a.text = t2;
    a.len = strlen(t2);
    a.date = "2024-03-01";
    precis_error w;
    CHECK(precis_stream_add(s, &a, &as, &w) == PRECIS_OK && !w.message);
    a.text = t3;
    a.len = strlen(t3);
    a.date = "2024-06-01";
    CHECK(precis_stream_add(s, &a, &as, &w) == PRECIS_OK && !w.message);
    CHECK(precis_stream_time(s) == 1717200000);
    char *saved;
    CHECK(precis_stream_save(s, &saved, &len) == PRECIS_OK);
    precis_stream_options bad;
    precis_stream_options_init(&bad);
    bad.threshold = 3;
    precis_stream *u = NULL;
    precis_error err;
    CHECK(precis_stream_load(saved, len, &bad, NULL, &u, &err) == PRECIS_EINVAL && !u);
    precis_free(saved);
    precis_stream_free(s);

    precis_stream_options o;
    precis_stream_options_init(&o);
    o.window = INT64_MAX;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    a.date = "1969-12-01";
    CHECK(precis_stream_add(s, &a, &as, NULL) == PRECIS_OK && as.story);
    size_t closed = 9;
    CHECK(precis_stream_close_idle(s, NULL, NULL, &closed) == PRECIS_OK && closed == 0);
    CHECK(precis_stream_open_count(s) == 1);
    precis_stream_free(s);
}

/* One article; its story, and the warning's message (or "") in msg. */
static uint64_t add_dated(precis_stream *s, const char *id, const char *date, const char *text,
                          char *msg, size_t cap)
{
    precis_article a = {0};
    a.id = id;
    a.date = date;
    a.text = text;
    a.len = strlen(text);
    precis_assignment as = {0};
    precis_error w = {0};
    CHECK(precis_stream_add(s, &a, &as, &w) == PRECIS_OK);
    snprintf(msg, cap, "%s", w.message ? w.message : "");
    return as.story;
}

/* Dates a feed gets wrong (a user's tour): the 1970 placeholder, a first
 * article without a date, a typo year first, one outlier among good dates,
 * a feed resumed after a year. */
static void test_bad_clock(void)
{
    static const char *fire[] = {
        "A fire tore through a warehouse in the Calder docks on Saturday, injuring twelve "
        "workers, the fire brigade said.",
        "Investigators searched the burnt Calder docks warehouse on Sunday for the cause of the "
        "fire that injured twelve workers.",
        "The owner of the Calder docks warehouse destroyed by fire said twelve injured workers "
        "would be paid in full.",
    };
    static const char *other = "Lawmakers in Ostrava passed a budget that raises teacher pay "
                               "and cuts the tram fares for students.";
    char msg[512];
    precis_stream *s;
    precis_story story;
    /* the placeholder date is no date: the stream's time is not 1970 */
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    add_dated(s, "p", "Thu, 01 Jan 1970 00:00:00 GMT", other, msg, sizeof msg);
    CHECK(strstr(msg, "placeholder") != NULL);
    uint64_t a = add_dated(s, "a", "2023-06-10", fire[0], msg, sizeof msg);
    uint64_t b = add_dated(s, "b", "2023-06-11", fire[1], msg, sizeof msg);
    CHECK(a == b && !*msg && precis_stream_time(s) == 1686441600);
    precis_stream_free(s);
    /* an undated first article and its dated follow-up: one story, dated */
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    a = add_dated(s, "a", NULL, fire[0], msg, sizeof msg);
    b = add_dated(s, "b", "2023-06-11", fire[1], msg, sizeof msg);
    CHECK(a == b);
    CHECK(precis_stream_story(s, a, &story) == PRECIS_OK && story.first_time == 1686441600);
    precis_stream_free(s);
    /* a typo year first: the next two articles move the time, and keep
     * their story */
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    add_dated(s, "t", "1005-01-01", other, msg, sizeof msg);
    a = add_dated(s, "a", "2023-06-10", fire[0], msg, sizeof msg);
    CHECK(strstr(msg, "until another article confirms it") != NULL);
    b = add_dated(s, "b", "2023-06-11", fire[1], msg, sizeof msg);
    CHECK(strstr(msg, "moves to them") != NULL && precis_stream_time(s) == 1686441600);
    uint64_t c = add_dated(s, "c", "2023-06-12", fire[2], msg, sizeof msg);
    CHECK(a == b && b == c && !*msg);
    /* one outlier among good dates: the time stays; a good date resets it,
     * so a second outlier later does not confirm the first */
    add_dated(s, "o1", "2025-01-01", other, msg, sizeof msg);
    CHECK(precis_stream_time(s) == 1686528000);
    add_dated(s, "g", "2023-06-12", fire[2], msg, sizeof msg);
    add_dated(s, "o2", "2025-01-02", other, msg, sizeof msg);
    CHECK(precis_stream_time(s) == 1686528000);
    /* the pending jump is saved and loaded: a restart does not forget it */
    char *saved;
    size_t len;
    CHECK(precis_stream_save(s, &saved, &len) == PRECIS_OK);
    precis_stream *u = NULL;
    precis_error err;
    CHECK(precis_stream_load(saved, len, NULL, NULL, &u, &err) == PRECIS_OK && u);
    precis_free(saved);
    /* a feed resumed after a year: two articles in a row move the time */
    add_dated(u, "r", "2025-01-03", fire[0], msg, sizeof msg);
    CHECK(strstr(msg, "moves to them") != NULL && precis_stream_time(u) == 1735862400);
    precis_stream_free(u);
    precis_stream_free(s);
}

/* A wire story that several outlets run over several days is news, not
 * template text: its copies of the third day on had no words left and
 * joined no story.  The same text from one outlet on three days is still
 * that outlet's template. */
static void test_wire(void)
{
    static const char wire[] = "The Santa Ana River dam failed early Tuesday, sending a wall of "
                               "water through the town of Corona in Riverside County. Officials "
                               "said 14 people were missing and more than 200 homes were "
                               "damaged.";
    for (int one_outlet = 0; one_outlet < 2; one_outlet++) {
        precis_stream *s;
        CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
        uint64_t story = 0;
        int lost = 0;
        for (int d = 0; d < 5; d++) {
            char date[40], id[16], src[16];
            pc_time_format(1686355200 + (int64_t)d * 86400, date);
            snprintf(id, sizeof id, "w%d", d);
            snprintf(src, sizeof src, "outlet%d", one_outlet ? 0 : d);
            precis_article a = {0};
            a.id = id;
            a.text = wire;
            a.len = strlen(wire);
            a.date = date;
            a.source = src;
            precis_assignment as = {0};
            CHECK(precis_stream_add(s, &a, &as, NULL) == PRECIS_OK);
            if (!as.story)
                lost++;
            else if (!story)
                story = as.story;
            else
                CHECK(as.story == story);
        }
        CHECK(one_outlet ? lost == 3 : lost == 0);
        precis_stream_free(s);
    }
}

/* Past max_story_articles a story keeps its first half and its latest
 * articles (it kept the first ones only, every new development dropped). */
static void test_keep(void)
{
    precis_stream_options o;
    precis_stream_options_init(&o);
    o.max_story_articles = 4;
    precis_stream *s;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    char text[256], id[16], msg[256];
    uint64_t story = 0;
    for (int i = 0; i < 7; i++) {
        snprintf(text, sizeof text,
                 "Crews repairing the Harlow bridge cables worked through day %d, and the Harlow "
                 "bridge stays closed to trucks, engineers said (update %d).",
                 i + 1, i + 1);
        snprintf(id, sizeof id, "u%d", i);
        uint64_t got = add_dated(s, id, "2023-06-10", text, msg, sizeof msg);
        CHECK(got && (!story || got == story));
        story = got;
    }
    precis_story st;
    CHECK(precis_stream_story(s, story, &st) == PRECIS_OK && st.article_count == 7 &&
          st.kept_count == 4);
    const char *want[] = {"u0", "u1", "u5", "u6"};
    for (size_t i = 0; i < 4; i++) {
        precis_stream_article a;
        CHECK(precis_stream_story_article(s, story, i, &a) == PRECIS_OK && a.id &&
              strcmp(a.id, want[i]) == 0);
    }
    char *json = NULL;
    size_t len = 0;
    CHECK(precis_stream_story_json(s, story, &json, &len) == PRECIS_OK && json &&
          strstr(json, "\"omitted\": 3"));
    precis_free(json);
    precis_stream_free(s);
}

/* Two events of one kind (two wildfires a day apart, in two made-up towns)
 * share the words of their kind ("wildfire", "blaze", "acres",
 * "evacuation", "firefighters", all in dozens to thousands of news articles)
 * and none of their names: two stories, and the second report of the
 * second fire, which shares a rare word with the first fire's ("tankers"),
 * does not merge them.  Two reports of one fire in other words, which share
 * its names, are one story. */
static void test_same_kind(void)
{
    static const char *text[] = {
        "A wildfire near the town of Harwick Falls grew to 4,200 acres overnight and forced the "
        "evacuation of about 1,500 residents, officials in Dunmore County said on Tuesday. "
        "Firefighters battled the blaze on steep, dry slopes as winds gusted to 40 miles an "
        "hour, and at least a dozen homes were destroyed. Dunmore County fire chief Alden Presky "
        "said crews had the fire 5 percent contained. Evacuation centers opened at Harwick Falls "
        "High School, and the highway into town was closed.",
        "Flames crept to the edge of Harwick Falls on Tuesday as hundreds of families fled with "
        "what they could carry. The fire, which began in a canyon west of town, has burned 4,200 "
        "acres of brush and timber. Alden Presky, the Dunmore County fire chief, said the wind "
        "had pushed embers across the river overnight. Residents who left waited for news at the "
        "Harwick Falls High School gym, where volunteers served meals. More firefighters and air "
        "tankers were on their way, Presky said.",
        "A fast-moving wildfire in the Tolvern Valley burned 3,000 acres on Wednesday and forced "
        "the evacuation of about 900 residents near the city of Castleby, officials said. "
        "Firefighters fought the blaze as strong winds drove it through dry brush, and several "
        "homes were destroyed. Kestrel County fire spokeswoman Mira Odenkirk said the fire was 10 "
        "percent contained. An evacuation center opened at the Castleby fairgrounds, and two "
        "roads were closed.",
        "Residents of Castleby watched a column of smoke rise over the Tolvern Valley on "
        "Wednesday as the fire moved toward the ridge. Mira Odenkirk, speaking for the Kestrel "
        "County fire authority, said 3,000 acres had burned. Families who fled spent the night at "
        "the Castleby fairgrounds, where the Red Cross set up cots. Air tankers dropped retardant "
        "on the ridge, and crews cut lines to hold the fire, Odenkirk said.",
    };
    static const char *date[] = {"2024-07-02T08:00:00Z", "2024-07-02T15:00:00Z",
                                 "2024-07-03T09:00:00Z", "2024-07-03T16:00:00Z"};
    precis_stream *s;
    CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
    precis_assignment as[4];
    for (int i = 0; i < 4; i++) {
        char id[8];
        snprintf(id, sizeof id, "f%d", i);
        precis_article a = {id, text[i], strlen(text[i]), 0, NULL, date[i], "wire", NULL};
        CHECK(precis_stream_add(s, &a, &as[i], NULL) == PRECIS_OK);
    }
    CHECK(as[1].story == as[0].story);
    CHECK(as[2].new_story && as[2].story != as[0].story);
    CHECK(as[3].story == as[2].story && !as[3].merged);
    precis_stream_free(s);
}

/* The unit vector of a text, as the stream weighs it now (without counting
 * it), by key in v; returns its number of terms. */
static size_t vector_of(precis_stream *s, const char *text, st_term *v)
{
    long n = st_analyze(s, NULL, 0, text, strlen(text));
    CHECK(n > 0);
    memcpy(v, s->vec, (size_t)n * sizeof *v);
    return (size_t)n;
}

/* Two texts that share only common words (every shared term in more than
 * 40 background articles, checked, and few names on either side): the
 * second article's similarity with the first one's story is divided by
 * COMMON_X (1.25).  At a threshold of 0.9 times their cosine it opens a
 * story of its own; at 0.7 times it (under 1 / 1.25) it joins, with that
 * similarity. */
static void test_common_words(void)
{
    static const char *first =
        "Prices of coffee, milk and eggs rose again this month, and many families said they were "
        "buying less meat and fresh fruit. Shop owners said the cost of fuel, rent and wages had "
        "climbed for a year, and some small shops have closed. Economists expect food prices to "
        "keep rising through the winter.";
    static const char *second =
        "Families are paying more for groceries than a year ago, and the rise in food prices has "
        "hit households with children hardest. Many said they now buy cheaper coffee and less "
        "meat, while shop owners blamed higher costs for fuel and wages.";
    for (int lower = 0; lower < 2; lower++) {
        precis_stream *s;
        CHECK(precis_stream_new(NULL, NULL, &s) == PRECIS_OK);
        st_term a[ST_ARTICLE_TERMS], b[ST_ARTICLE_TERMS];
        size_t na = vector_of(s, first, a), nb = vector_of(s, second, b);
        double cos = 0;
        for (size_t i = 0, j = 0; i < na && j < nb;) {
            if (a[i].key < b[j].key)
                i++;
            else if (b[j].key < a[i].key)
                j++;
            else {
                CHECK(!st_specific(s, a[i].key));
                cos += (double)a[i++].w * b[j++].w;
            }
        }
        CHECK(cos > 0.2);
        precis_stream_free(s);
        precis_stream_options o;
        precis_stream_options_init(&o);
        o.threshold = cos * (lower ? 0.7 : 0.9);
        CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
        precis_assignment as[2];
        const char *texts[2] = {first, second};
        for (int i = 0; i < 2; i++) {
            precis_article art = {
                i ? "c1" : "c0", texts[i], strlen(texts[i]), 0, NULL, "2024-03-04", "wire", NULL};
            CHECK(precis_stream_add(s, &art, &as[i], NULL) == PRECIS_OK);
        }
        if (lower)
            CHECK(as[1].story == as[0].story && fabs(as[1].similarity * 1.25 - cos) < 0.02);
        else
            CHECK(as[1].new_story);
        precis_stream_free(s);
    }
}

/* A text cut to max_article_bytes is a warning with its code and the
 * offset of the cut; precis_stream_add_json passes it on with err->code
 * PRECIS_OK, as its error struct says "no error". */
static void test_cut(void)
{
    precis_stream_options o;
    precis_stream_options_init(&o);
    o.max_article_bytes = 40;
    precis_stream *s;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    const char *text = "Crews repairing the Harlow bridge cables worked through the night.";
    precis_article a = {"c1", text, strlen(text), 0, NULL, "2023-06-10", NULL, NULL};
    precis_assignment as;
    precis_error warn;
    CHECK(precis_stream_add(s, &a, &as, &warn) == PRECIS_OK && as.story);
    CHECK(warn.code == PRECIS_ELIMIT && warn.offset == 40 &&
          strstr(warn.message, "max_article_bytes"));
    const char *line = "{\"id\": \"c2\", \"date\": \"2023-06-10\", \"text\": \"Crews repairing "
                       "the Harlow bridge cables worked through the day.\"}";
    CHECK(precis_stream_add_json(s, line, strlen(line), &as, NULL, &warn) == PRECIS_OK);
    CHECK(warn.code == PRECIS_OK && warn.message && strstr(warn.message, "max_article_bytes"));
    precis_stream_free(s);

    /* a page: the repairs of its extraction (here a page cut to the
     * limit) are the article's warnings too (they were dropped) */
    o.max_article_bytes = 120;
    CHECK(precis_stream_new(&o, NULL, &s) == PRECIS_OK);
    const char *page = "<html><body><article><p>Crews repairing the Harlow bridge cables worked "
                       "through the night, engineers said.</p><p>The bridge stays closed to "
                       "trucks until Friday.</p></article></body></html>";
    precis_article p = {"h1", page, strlen(page), 1, NULL, "2023-06-10", NULL, NULL};
    CHECK(precis_stream_add(s, &p, &as, &warn) == PRECIS_OK && as.story);
    CHECK(warn.code == PRECIS_ELIMIT && warn.message && strstr(warn.message, "h1") &&
          strstr(warn.message, "cut"));
    precis_stream_free(s);
}

/* A story callback that changes the stream (adds an article, closes
 * stories) ran inside the loop that was closing: the nested close freed
 * the story the loop closed next (a use after free), a nested add
 * overwrote the analysis of the article being added.  Such calls are
 * refused; reading stays allowed. */
typedef struct reentry {
    precis_stream *s;
    int calls, refused, read;
} reentry;

static int on_close_reenter(void *ctx, const precis_stream *cs, uint64_t id)
{
    reentry *r = ctx;
    r->calls++;
    const char *text = "Chess players gathered in Oslo for the winter tournament finals.";
    precis_article a = {"in", text, strlen(text), 0, NULL, "2023-09-01", NULL, NULL};
    precis_assignment as;
    size_t n = 99;
    r->refused += precis_stream_add(r->s, &a, &as, NULL) == PRECIS_EINVAL && as.story == 0;
    r->refused += precis_stream_close_all(r->s, NULL, NULL, &n) == PRECIS_EINVAL && n == 99;
    r->refused += precis_stream_close_idle(r->s, NULL, NULL, NULL) == PRECIS_EINVAL;
    precis_story st;
    r->read += precis_stream_story(cs, id, &st) == PRECIS_OK && st.id == id;
    return 0;
}

/* The same from the warning callback, called in the middle of an add. */
static void on_warn_reenter(void *ctx, const precis_error *w)
{
    reentry *r = ctx;
    (void)w;
    const char *text = "Chess players gathered in Oslo for the winter tournament finals.";
    precis_article a = {"in", text, strlen(text), 0, NULL, "2023-09-01", NULL, NULL};
    r->refused += precis_stream_add(r->s, &a, NULL, NULL) == PRECIS_EINVAL;
    r->refused += precis_stream_close_all(r->s, NULL, NULL, NULL) == PRECIS_EINVAL;
}

static void test_reentry(void)
{
    reentry r = {0};
    precis_stream_options o;
    precis_stream_options_init(&o);
    o.max_open_stories = 2;
    o.on_close = on_close_reenter;
    o.on_close_ctx = &r;
    o.warn_fn = on_warn_reenter;
    o.warn_ctx = &r;
    CHECK(precis_stream_new(&o, NULL, &r.s) == PRECIS_OK);
    const char *texts[] = {
        "A volcano erupted near the harbour town, and ash fell on the roofs.",
        "The council approved a new budget for schools and roads on Tuesday.",
        "A storm flooded the river valley, and hundreds of homes were evacuated.",
        "The national orchestra announced a summer tour of seven cities."};
    for (int i = 0; i < 4; i++) {
        precis_article a = {NULL, texts[i], strlen(texts[i]), 0, NULL, "2023-01-01", NULL, NULL};
        CHECK(precis_stream_add(r.s, &a, NULL, NULL) == PRECIS_OK);
    }
    CHECK(r.calls == 2 && precis_stream_open_count(r.s) == 2); /* closed by max_open_stories */
    size_t n = 0;
    CHECK(precis_stream_close_all(r.s, on_close_reenter, &r, &n) == PRECIS_OK && n == 2);
    CHECK(r.calls == 4 && r.refused == 12 && r.read == 4);
    CHECK(precis_stream_open_count(r.s) == 0 && precis_stream_article_count(r.s) == 4);
    /* after the callbacks the stream takes changes again; an article
     * without a date warns, and the warning callback cannot add either:
     * the article keeps its number */
    precis_article a = {NULL, texts[0], strlen(texts[0]), 0, NULL, NULL, NULL, NULL};
    precis_assignment as;
    CHECK(precis_stream_add(r.s, &a, &as, NULL) == PRECIS_OK && as.story);
    CHECK(r.refused == 14 && as.article == 4 && precis_stream_article_count(r.s) == 5);
    precis_stream_free(r.s);
}

int main(void)
{
    test_reentry();
    test_cut();
    test_tour();
    test_bad_clock();
    test_keep();
    test_wire();
    test_short();
    test_template();
    test_oom();
    test_time();
    test_stream();
    test_exact();
    test_reserve();
    test_short_merge();
    test_max_open();
    test_merge();
    test_topic();
    test_same_kind();
    test_common_words();
    return check_done();
}
