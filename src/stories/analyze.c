/* The vector of one article: which of its words say what story it is.
 *
 * Terms are Snowball stems of the words that are not function words, plus
 * numbers of three characters or more ("3,197", "747", "1998").  A term's
 * weight is (1 + ln tf) * idf, where tf counts an occurrence in the title
 * TITLE_W times and in the lead (the first LEAD_WORDS words) LEAD_W times:
 * the title and lead state the event and vary less between outlets than the
 * rest of an article.  Names get no weight of their own (a capitalised-word
 * weight gave nothing on DUC 2003, and a lower-case feed has none): they
 * weigh by their rarity.  The idf comes from background document
 * frequencies of news (story_df.inc) plus the stream's own (a fixed table of
 * 2^ST_DF_BITS counters; two terms in one counter make both look a little
 * more common), so the weights adapt to the feed: the words of a topic that
 * runs all year lose weight, the words that single out one event keep it.
 * docs/stories.md gives the reasons and the tuning. */
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "lang/lang.h"
#include "stories/stories.h"
#include "text/stems.h"
#include "text/tokenize.h"
#include "util/alloc.h"
#include "util/hash.h"

#define TITLE_W 2.0f
#define LEAD_W 1.5f
#define LEAD_WORDS 50
/* A sentence of SENT_MIN to SENT_WORDS words seen on TEMPLATE_DAYS
 * different days is template text. */
#define SENT_MIN 5
#define SENT_WORDS 64
#define TEMPLATE_DAYS 3
#define KEY_SEED 0x53544f52ull /* "STOR" */
#define ID_BYTES 1024

typedef struct an_ctx {
    precis_stream *s;
    /* the article's language when its rules are not English's: its
     * stopwords and stemmer (NULL: none), and 1 + its profile index */
    const pc_lang *lang;
    struct sb_stemmer *stemmer;
    uint8_t lang_tag;
    int cjk; /* words are not spaced (zh, ja): terms are character pairs */
    char prev[4];
    size_t pair_end; /* where prev ends; a character starting there pairs */
    int prev_ok;     /* prev is a character that may open a pair */
    const char *text;
    float base;   /* weight of an occurrence here (title or body) */
    size_t words; /* words read in the body */
    int body;
    int oom;
    float total, removed; /* weight read, weight taken out as template text */
    /* the current sentence: its hash and the weights it added */
    uint64_t sh;
    size_t sn, prev_end;
    struct {
        uint32_t term;
        float w;
    } sw[SENT_WORDS];
} an_ctx;

/* A remembered sentence's `last` holds its day in the low DAY_BITS bits
 * (days since 1970 to the year 2999) and a SRC_BITS-bit hash of the source
 * of its first sighting above them (0: no source named); `days` holds its
 * count of days and, in its top bit, MANY_SOURCES: seen from two sources.
 * Packed so that saved streams keep their layout. */
#define DAY_BITS 19
#define SRC_BITS 13
#define MANY_SOURCES 0x80000000u

/* Ends the current sentence: when the stream has seen it on TEMPLATE_DAYS
 * different days (a page template, a footer, a crawl notice), takes its
 * words back out of the article -- unless two outlets gave it: a template
 * is one site's, while a wire story that outlets run for days is news
 * (its third day's copies had no words left and joined no story). */
static void end_sentence(an_ctx *x)
{
    size_t n = x->sn;
    uint64_t h = pc_mix64(x->sh);
    x->sn = 0;
    x->sh = 0;
    if (n < SENT_MIN || n > SENT_WORDS || !x->s->sent)
        return;
    precis_stream *s = x->s;
    st_sent *e = &s->sent[h & (ST_SENT_SLOTS - 1)];
    uint32_t check = (uint32_t)(h >> 32) | 1, day = s->day & ((1u << DAY_BITS) - 1);
    uint32_t src = s->src_hash & ((1u << SRC_BITS) - 1);
    if (e->check != check) {
        e->check = check;
        e->last = day | src << DAY_BITS;
        e->days = 1;
        return;
    }
    uint32_t seen = e->last >> DAY_BITS;
    if (src && seen && src != seen)
        e->days |= MANY_SOURCES;
    else if (src && !seen)
        e->last |= src << DAY_BITS;
    if ((e->last & ((1u << DAY_BITS) - 1)) != day && (e->days & ~MANY_SOURCES) < ~MANY_SOURCES) {
        e->days++;
        e->last = day | (e->last >> DAY_BITS) << DAY_BITS;
    }
    if ((e->days & ~MANY_SOURCES) >= TEMPLATE_DAYS && !(e->days & MANY_SOURCES))
        for (size_t k = 0; k < n; k++) {
            s->sc.terms[x->sw[k].term].w -= x->sw[k].w;
            x->removed += x->sw[k].w;
        }
}

static int grow_slots(st_scratch *sc, const precis_allocator *alc, size_t nslot)
{
    uint32_t *slot = pc_malloc(alc, nslot * sizeof *slot);
    if (!slot)
        return -1;
    memset(slot, 0, nslot * sizeof *slot);
    pc_free(alc, sc->slot, sc->nslot * sizeof *sc->slot);
    sc->slot = slot;
    sc->nslot = nslot;
    sc->nused = 0;
    /* re-file the terms already read */
    for (size_t i = 0; i < sc->nterms; i++) {
        size_t j = (size_t)(sc->terms[i].key >> 1) & (nslot - 1); /* keys are mixed hashes */
        while (slot[j])
            j = (j + 1) & (nslot - 1);
        slot[j] = (uint32_t)i + 1;
        if (pc_array_reserve(alc, (void **)&sc->used, &sc->used_cap, sc->nused + 1,
                             sizeof *sc->used))
            return -1;
        sc->used[sc->nused++] = (uint32_t)j;
    }
    return 0;
}

/* The bytes of stem[0..n) kept for display: at most ST_STEM_MAX, cut
 * before a character, never inside one (a Devanagari or Cyrillic stem is
 * longer than ST_STEM_MAX bytes sooner than a Latin one). */
static size_t display_len(const char *stem, size_t n)
{
    if (n <= ST_STEM_MAX)
        return n;
    size_t k = ST_STEM_MAX;
    while (k > 0 && ((unsigned char)stem[k] & 0xC0) == 0x80)
        k--;
    return k;
}

/* Adds weight w to the term of stem[0..n); returns its index in
 * s->sc.terms, or -1 when out of memory. */
static long add_term(precis_stream *s, uint64_t key, const char *stem, size_t n, float w)
{
    st_scratch *sc = &s->sc;
    const precis_allocator *alc = s->alc;
    if ((sc->nterms + 1) * 2 > sc->nslot && grow_slots(sc, alc, sc->nslot ? sc->nslot * 2 : 1024))
        return -1;
    size_t mask = sc->nslot - 1, j = (size_t)(key >> 1) & mask;
    for (; sc->slot[j]; j = (j + 1) & mask) {
        st_term *t = &sc->terms[sc->slot[j] - 1];
        if (t->key == key) {
            t->w += w;
            return (long)(sc->slot[j] - 1);
        }
    }
    if ((sc->nterms == sc->cap &&
         pc_array_reserve(alc, (void **)&sc->terms, &sc->cap, sc->nterms + 1, sizeof *sc->terms)) ||
        (sc->nused == sc->used_cap &&
         pc_array_reserve(alc, (void **)&sc->used, &sc->used_cap, sc->nused + 1, sizeof *sc->used)))
        return -1;
    st_term *t = &sc->terms[sc->nterms];
    t->key = key;
    t->w = w;
    t->len = (uint8_t)display_len(stem, n);
    memcpy(t->s, stem, t->len);
    sc->slot[j] = (uint32_t)++sc->nterms;
    sc->used[sc->nused++] = (uint32_t)j;
    return (long)(sc->nterms - 1);
}

static int has_digit(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] >= '0' && w[i] <= '9')
            return 1;
    return 0;
}

static int add_word(an_ctx *x, uint64_t key, const char *stem, size_t sl, float wt);

/* A word of Chinese or Japanese text.  The tokenizer makes each Han
 * character and kana a word of its own; one character says little of a
 * story (it is part of many words), so the terms are pairs of adjacent
 * characters (most Chinese words are two characters, and a pair of a
 * longer word still names it), as in bigram indexing for Chinese retrieval.
 * A pair with a function character (的, 了, の, は) or that is a function
 * word, a weekday or a month is no term.  Other words (Latin names,
 * numbers) are read as words. */
static int cjk_word(an_ctx *x, const char *w, size_t n, size_t start, size_t end, float wt)
{
    int single = n == 3 && (unsigned char)w[0] >= 0xE3 && (unsigned char)w[0] <= 0xE9;
    if (!single) {
        x->prev_ok = 0;
        if (n < 3 || pc_lang_is_stopword(x->lang, w, n))
            return 0;
        return add_word(x, pc_hash64(w, n, KEY_SEED) | 1, w, n, wt);
    }
    int ok = !pc_lang_is_stopword(x->lang, w, n);
    int pair = ok && x->prev_ok && x->pair_end == start;
    char two[6];
    memcpy(two, x->prev, 3);
    memcpy(two + 3, w, 3);
    memcpy(x->prev, w, 3);
    x->prev_ok = ok;
    x->pair_end = end;
    if (!pair || pc_lang_is_stopword(x->lang, two, 6) || pc_lang_weekday(x->lang, two, 6) >= 0 ||
        pc_lang_month(x->lang, two, 6))
        return 0;
    return add_word(x, pc_hash64(two, 6, KEY_SEED) | 1, two, 6, wt);
}

static int on_word(void *vctx, const char *w, size_t n, uint32_t h, size_t start, size_t end)
{
    an_ctx *x = vctx;
    size_t letters;
    if (x->lang && x->lang->elisions && pc_lang_elision(x->lang, x->text, start, end, &letters))
        w += letters, n -= letters, h = pc_fnv1a(w, n); /* "d'euros": "euros" */
    for (size_t k = x->prev_end; k < start; k++)
        if (x->text[k] == '.' || x->text[k] == '!' || x->text[k] == '?' || x->text[k] == '\n') {
            end_sentence(x);
            break;
        }
    x->prev_end = end;
    float wt = x->base;
    if (x->body && x->words++ < LEAD_WORDS)
        wt *= LEAD_W;
    if (x->cjk)
        return cjk_word(x, w, n, start, end, wt);
    st_form *f = NULL;
    uint64_t w8[2] = {0, 0};
    if (n <= ST_FORM_MAX) {
        f = &x->s->forms[h & (ST_FORM_SLOTS - 1)];
        /* w is followed by 8 NUL bytes, the cached form is NUL-padded */
        memcpy(&w8[0], w, 8);
        if (n > 8)
            memcpy(&w8[1], w + 8, 8);
        if (f->hash == h && f->flen == n && f->lang == x->lang_tag && w8[0] == f->form8[0] &&
            w8[1] == f->form8[1]) {
            if (f->skip)
                return 0;
            return add_word(x, f->key, f->stem, f->slen, wt);
        }
    }
    /* Korean: the particle after a noun is no part of its term ("다리를",
     * "다리가": "다리"), as for summaries (pc_lang_particle) */
    size_t full = n;
    if (x->lang && x->lang->particles)
        n -= pc_lang_particle(x->lang, w, n);
    /* in another language, weekday and month names are no terms either:
     * they say when, not what, and without the background frequencies
     * English has (story_df.inc) they would weigh as rare words and join
     * the unrelated stories of one Saturday */
    int skip = n < 2 || (n < 3 && has_digit(w, n)) ||
               (x->lang ? pc_lang_is_stopword(x->lang, w, n) ||
                              (full != n && pc_lang_is_stopword(x->lang, w, full)) ||
                              pc_lang_weekday(x->lang, w, n) >= 0 || pc_lang_month(x->lang, w, n)
                        : pc_is_stopword(w, n, h));
    const char *stem = w;
    size_t sl = n;
    char buf[PC_STEM_MAX_FORM + 1];
    if (!skip && x->lang && x->stemmer && pc_stem_wanted(w, n)) {
        const sb_symbol *sb = sb_stemmer_stem(x->stemmer, (const sb_symbol *)w, (int)n);
        if (sb) {
            stem = (const char *)sb;
            sl = (size_t)sb_stemmer_length(x->stemmer);
        }
    } else if (!skip && !x->lang && pc_stem_wanted(w, n)) {
        if ((sl = pc_stem_lookup(w, n, h, buf)) != 0) {
            stem = buf;
        } else {
            const sb_symbol *sb = sb_stemmer_stem(x->s->stemmer, (const sb_symbol *)w, (int)n);
            if (sb) {
                stem = (const char *)sb;
                sl = (size_t)sb_stemmer_length(x->s->stemmer);
            } else {
                sl = n; /* Snowball out of memory: the word as it is */
            }
        }
    }
    uint64_t key = skip ? 0 : pc_hash64(stem, sl, KEY_SEED) | 1; /* 0 marks empty slots */
    if (f) {
        f->hash = h;
        f->flen = (uint8_t)full;
        f->form8[0] = w8[0];
        f->form8[1] = w8[1];
        f->skip = (uint8_t)skip;
        f->lang = x->lang_tag;
        f->key = key;
        f->slen = (uint8_t)display_len(stem, sl);
        memcpy(f->stem, stem, f->slen);
    }
    if (skip)
        return 0;
    return add_word(x, key, stem, sl, wt);
}

/* Adds one occurrence of a content word to the article and to the current
 * sentence. */
static int add_word(an_ctx *x, uint64_t key, const char *stem, size_t sl, float wt)
{
    long k = add_term(x->s, key, stem, sl, wt);
    if (k < 0) {
        x->oom = 1;
        return -1;
    }
    x->total += wt;
    if (x->sn < SENT_WORDS) {
        x->sw[x->sn].term = (uint32_t)k;
        x->sw[x->sn].w = wt;
    }
    x->sn++;
    x->sh = (x->sh ^ x->s->sc.terms[k].key) * 0x100000001B3ull;
    return 0;
}

/* Document frequencies in Multi-News train (tools/make_story_df.c). */
static const struct {
    uint64_t key;
    uint32_t df;
} prior_df[] = {
#include "stories/story_df.inc"
};

void st_seed_df(precis_stream *s)
{
    for (size_t i = 0; i < ST_LOG_TABLE; i++)
        s->logdf[i] = logf((float)i + 1.0f);
    for (size_t i = 0; i < sizeof prior_df / sizeof *prior_df; i++)
        s->df[st_df_slot(prior_df[i].key)] += prior_df[i].df;
    s->ndocs = ST_PRIOR_DOCS;
}

/* The weights of the article's terms: (1 + ln tf) * idf, where idf =
 * ln((N + 1) / (df + 1)) + 1 for N articles counted, df of them with the
 * term; ln(df + 1) comes from a table for the small counts most terms
 * have. */
static void weigh(const precis_stream *s, st_term *t, size_t n)
{
    float ln = logf((float)s->ndocs + 1.0f) + 1.0f;
    for (size_t i = 0; i < n; i++) {
        uint32_t df = st_df(s, t[i].key);
        float ldf = df < ST_LOG_TABLE ? s->logdf[df] : logf((float)df + 1.0f);
        t[i].w = (1.0f + logf(t[i].w)) * (ln - ldf);
    }
}

void st_count_df(precis_stream *s)
{
    for (size_t i = 0; i < s->nvec; i++) {
        uint32_t *c = &s->df[st_df_slot(s->vec[i].key)];
        if (*c < UINT32_MAX)
            (*c)++;
    }
    s->ndocs++;
}

/* The article's language (docs/stories.md, "Languages"): identified from
 * its text (its title when it has none).  English, and text that no
 * language's function words decide (short Latin items, numbers), keep the
 * English rules the weights were tuned with; another language gets its own
 * stopwords and its Snowball stemmer, so that its function words ("der",
 * "les", "и", "के") are no terms that join unrelated stories, and its
 * inflections meet. */
static void set_language(an_ctx *x, const char *title, size_t tlen, const char *text, size_t len)
{
    if (!text || !len) {
        text = title;
        len = title ? tlen : 0;
    }
    /* the first ID_BYTES bytes are enough to tell a language by its
     * function words (a hundred words or more) */
    if (len > ID_BYTES) {
        len = ID_BYTES;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
    }
    const pc_lang *lang = len ? pc_lang_identify(text, len) : &pc_lang_und;
    if (lang == &pc_lang_en || lang == &pc_lang_und)
        return;
    precis_stream *s = x->s;
    for (size_t i = 0; i < pc_lang_count(); i++) {
        if (pc_lang_at(i) != lang)
            continue;
        if (i >= sizeof s->lang_stemmer / sizeof *s->lang_stemmer || i >= 255)
            return; /* no slot: English rules */
        if (lang->stemmer && !s->lang_stemmer[i])
            s->lang_stemmer[i] = sb_stemmer_new(lang->stemmer, NULL);
        x->lang = lang;
        x->cjk = (lang->seg & PC_SEG_NO_SPACES) != 0;
        x->stemmer = s->lang_stemmer[i]; /* NULL: no stemmer, or out of memory */
        x->lang_tag = (uint8_t)(i + 1);
        return;
    }
}

long st_collect(precis_stream *s, const char *title, size_t tlen, const char *text, size_t len)
{
    st_scratch *sc = &s->sc;
    for (size_t i = 0; i < sc->nused; i++)
        sc->slot[sc->used[i]] = 0;
    sc->nused = 0;
    sc->nterms = 0;
    an_ctx x;
    memset(&x, 0, sizeof x);
    x.s = s;
    set_language(&x, title, tlen, text, len);
    x.text = title;
    x.base = TITLE_W;
    if (title && tlen)
        pc_tokenize(title, tlen, on_word, &x);
    end_sentence(&x);
    x.text = text;
    x.base = 1.0f;
    x.body = 1;
    x.prev_end = 0;
    x.prev_ok = 0;
    if (!x.oom && text && len)
        pc_tokenize(text, len, on_word, &x);
    end_sentence(&x);
    s->tpl_share = x.total > 0 ? x.removed / x.total : 0;
    return x.oom ? -1 : (long)sc->nterms;
}

long st_analyze(precis_stream *s, const char *title, size_t tlen, const char *text, size_t len)
{
    st_scratch *sc = &s->sc;
    if (st_collect(s, title, tlen, text, len) < 0)
        return -1;
    /* weights, then the ST_ARTICLE_TERMS heaviest, unit length, by key */
    size_t kept = 0;
    for (size_t i = 0; i < sc->nterms; i++)
        if (sc->terms[i].w >= 0.5f) /* not all taken back as template */
            sc->terms[kept++] = sc->terms[i];
    sc->nterms = kept;
    weigh(s, sc->terms, kept);
    /* idf = ln((N + 1) / (df + 1)) + 1 >= ST_SPECIFIC_IDF */
    s->spec_df1 = (float)(((double)s->ndocs + 1) * exp(1 - ST_SPECIFIC_IDF));
    size_t n = sc->nterms < ST_ARTICLE_TERMS ? sc->nterms : ST_ARTICLE_TERMS;
    /* the n heaviest; among them the member vector's, and the query's
     * first, heaviest first */
    size_t nm = n < ST_MEMBER_TERMS ? n : ST_MEMBER_TERMS;
    size_t nq = n < ST_QUERY ? n : ST_QUERY;
    st_select_weight(sc->terms, sc->nterms, n);
    st_select_weight(sc->terms, n, nm);
    st_select_weight(sc->terms, nm, nq);
    st_sort_weight(sc->terms, nq);
    double norm = 0;
    for (size_t i = 0; i < n; i++)
        norm += (double)sc->terms[i].w * sc->terms[i].w;
    norm = norm > 0 ? sqrt(norm) : 1;
    for (size_t i = 0; i < n; i++)
        sc->terms[i].w = (float)(sc->terms[i].w / norm);
    if (n) { /* sc->terms is NULL until an article has a term */
        memcpy(s->vec, sc->terms, n * sizeof *s->vec);
        memcpy(s->query, sc->terms, nq * sizeof *s->query);
    }
    s->nvec = n;
    s->nquery = nq;
    s->mvec.n = (uint32_t)nm;
    memset(s->atab, 0, sizeof s->atab);
    s->spec_mass = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = st_atab_slot(sc->terms[i].key);
        while (s->atab[j].key)
            j = (j + 1) & (ST_ATAB_SLOTS - 1);
        s->atab[j].key = sc->terms[i].key;
        s->atab[j].w = sc->terms[i].w;
        s->atab[j].member = i < s->mvec.n;
        s->atab[j].specific = (uint8_t)st_specific(s, sc->terms[i].key);
        if (s->atab[j].specific)
            s->spec_mass += sc->terms[i].w * sc->terms[i].w;
        if (i < s->mvec.n) {
            s->mvec.t[i].fp = ST_FP(sc->terms[i].key);
            s->mvec.t[i].w = sc->terms[i].w;
        }
    }
    st_sort_key(s->vec, n);
    /* the slots now point at reordered terms: forget them */
    for (size_t i = 0; i < sc->nused; i++)
        sc->slot[sc->used[i]] = 0;
    sc->nused = 0;
    sc->nterms = 0;
    return (long)n;
}
