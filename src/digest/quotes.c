/* Quotes: found per document in its joined sentences, attributed, then
 * merged across documents (see quotes.h for the rules). */
#include "digest/quotes.h"

#include <stdlib.h>
#include <string.h>

#include "digest/entities.h"
#include "digest/lex.h"
#include "util/alloc.h"

typedef struct qspan {
    size_t open, start, end, close; /* mark, inner text, end of closing mark */
} qspan;

/* Per-sentence attribution state of one document. */
typedef struct sstate {
    const pc_entity *spk; /* speaker of quotes attributed in this sentence */
    uint8_t conflict;     /* two different speakers */
    uint8_t done;         /* person() memoised */
    const pc_entity *person;
} sstate;

typedef struct qctx {
    precis_digest *g;
    const pc_dtext *dt;
    uint32_t doc;
    sstate *st;
    pc_words w, w2;
    qspan *q;
    size_t nq, qcap;
    /* results, all documents */
    pc_quote *out;
    size_t nout, outcap;
    int oom;
} qctx;

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

/* Families of paired quote marks: which closing marks end what an opening
 * mark opens.  English “ ”, German and Czech „ “ (or Polish „ ”), ‚ ‘,
 * guillemets « », CJK corner brackets 「 」 and 『 』. */
enum { Q_CURLY = 1, Q_LOW9, Q_LOW9_SINGLE, Q_GUILLEMET, Q_CORNER, Q_WHITE_CORNER };

/* 1 for an opening quote mark, 2 a closing one, 3 straight, 0 other; *n the
 * mark's length, *fam its family (an opening mark's; for “, which also
 * closes „, Q_CURLY). */
static int mark_at(const char *s, size_t len, size_t i, size_t *n, int *fam)
{
    const unsigned char *u = (const unsigned char *)s;
    *fam = 0;
    if (s[i] == '"') {
        *n = 1;
        return 3;
    }
    if (u[i] == 0xC2 && i + 1 < len && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) {
        *n = 2;
        *fam = Q_GUILLEMET;
        return u[i + 1] == 0xAB ? 1 : 2;
    }
    if (i + 2 >= len)
        return 0;
    unsigned char c = u[i + 2];
    *n = 3;
    if (u[i] == 0xE2 && u[i + 1] == 0x80) {
        if (c == 0x9C)
            return *fam = Q_CURLY, 1;
        if (c == 0x9D)
            return *fam = Q_CURLY, 2;
        if (c == 0x9E)
            return *fam = Q_LOW9, 1;
        if (c == 0x9A)
            return *fam = Q_LOW9_SINGLE, 1;
        if (c == 0x98)
            return *fam = Q_LOW9_SINGLE, 2;
    }
    if (u[i] == 0xE3 && u[i + 1] == 0x80 && c >= 0x8C && c <= 0x8F) {
        *fam = c < 0x8E ? Q_CORNER : Q_WHITE_CORNER;
        return (c & 1) ? 2 : 1;
    }
    return 0;
}

/* Does the mark (m, mfam) close a quote opened by a mark of family fam? */
static int closes(int fam, int m, int mfam)
{
    if (fam == Q_LOW9) /* „ closes with “ (German) or ” (Polish) */
        return mfam == Q_CURLY;
    return m == 2 && mfam == fam;
}

static int push_span(qctx *x, size_t open, size_t start, size_t end, size_t close)
{
    if (pc_array_reserve(x->g->alc, (void **)&x->q, &x->qcap, x->nq + 1, sizeof *x->q)) {
        x->oom = 1;
        return -1;
    }
    qspan *q = &x->q[x->nq++];
    q->open = open, q->start = start, q->end = end, q->close = close;
    return 0;
}

/* All double-quoted spans of the text, outermost only.  A quote left open at
 * a paragraph's end closes there (the convention of quotes running over
 * paragraphs).  Linear. */
static void find_spans(qctx *x, const char *s, size_t len)
{
    x->nq = 0;
    int depth = 0, kind = 0, fam = 0; /* kind: 1 paired marks of family fam, 3 straight */
    size_t open = 0, start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n') {
            if (depth)
                push_span(x, open, start, i, i);
            depth = 0;
            continue;
        }
        size_t n;
        int mfam;
        int m = mark_at(s, len, i, &n, &mfam);
        if (!m)
            continue;
        if (!depth) {
            int opener = m == 1 || (m == 3 && (i == 0 || is_space(s[i - 1]) || s[i - 1] == '(' ||
                                               s[i - 1] == '[' || s[i - 1] == '-' ||
                                               (unsigned char)s[i - 1] >= 0x80));
            if (opener && (m == 1 || m == 3)) {
                depth = 1;
                kind = m;
                fam = mfam;
                open = i;
                start = i + n;
            }
        } else if (kind == 1) {
            if (closes(fam, m, mfam)) {
                if (--depth == 0)
                    push_span(x, open, start, i, i + n);
            } else if (m == 1 && mfam == fam) {
                depth++;
            }
        } else if (m == 3) {
            depth = 0;
            push_span(x, open, start, i, i + n);
        }
        i += n - 1;
        if (x->oom)
            return;
    }
    if (depth)
        push_span(x, open, start, len, len);
}

/* Index (within the document) of the sentence holding text offset p. */
static uint32_t sent_of(const pc_dtext *dt, size_t p)
{
    size_t lo = 0, hi = dt->n;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (dt->off[mid] <= p)
            lo = mid;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

static int is_pronoun(const pc_words *w, const char *s, size_t i)
{
    return pc_lex_is(w, s, i, "he") || pc_lex_is(w, s, i, "she");
}

static int is_verb(const pc_words *w, const char *s, size_t i)
{
    return i < w->n && !w->w[i].cap &&
           pc_lex_speech_verb(s + w->w[i].start, w->w[i].end - w->w[i].start);
}

static int adverb(const pc_words *w, const char *s, size_t i)
{
    static const char *const adv[] = {"also",  "has",        "had",        "then",       "later",
                                      "again", "previously", "repeatedly", "reportedly", "once"};
    for (size_t k = 0; k < sizeof adv / sizeof *adv; k++)
        if (pc_lex_is(w, s, i, adv[k]))
            return 1;
    return 0;
}

/* A named speaker: a person or an organisation, not a place. */
static const pc_entity *named(const precis_digest *g, const pc_words *w, const char *s, size_t i,
                              size_t j)
{
    const pc_entity *e = pc_entity_of_run(g, w, s, i, j);
    return e && e->kind != PC_PLACE ? e : NULL;
}

/* Start of the capitalised run that ends at word j (exclusive). */
static size_t run_start(const pc_words *w, const char *s, size_t j)
{
    size_t i = j;
    while (i > 0) {
        const pc_word *t = &w->w[i - 1];
        int ok = t->cap || pc_lex_name_particle(s + t->start, t->end - t->start) ||
                 pc_lex_eq(s, t->start, t->end, "of") ||
                 (t->end - t->start > 3 && memcmp(s + t->start, "al-", 3) == 0);
        if (!ok || (i < j && (t->after || t->poss)))
            break;
        i--;
        if (t->before)
            break;
    }
    while (i < j && !w->w[i].cap)
        i++;
    return i;
}

static const pc_entity *person_of(qctx *x, uint32_t k);

/* The sentence's subject when it opens the sentence: capitalised runs up to
 * the first lower-case word, the last of them a person; or a sentence-initial
 * "he"/"she" resolved through the previous sentence. */
static const pc_entity *subject_of(qctx *x, uint32_t k, const pc_words *w, const char *s)
{
    size_t i = 0;
    if (pc_lex_is(w, s, 0, "but") || pc_lex_is(w, s, 0, "and"))
        i = 1;
    if (is_pronoun(w, s, i))
        return k > 0 ? person_of(x, k - 1) : NULL;
    size_t last_a = i, last_b = i;
    while (i < w->n && w->w[i].cap && !w->w[i].before) {
        size_t j = pc_entity_run(w, s, i);
        last_a = i, last_b = j;
        i = j;
        if (w->w[j - 1].after && !w->w[j - 1].poss)
            break;
    }
    if (last_b == last_a)
        return NULL;
    const pc_entity *e = pc_entity_of_run(x->g, w, s, last_a, last_b);
    return e && e->kind == PC_PERSON ? e : NULL;
}

/* The person sentence k is about, when certain: the one speaker of its
 * quotes, or its subject when it names no other person outside quotes. */
static const pc_entity *person_of(qctx *x, uint32_t k)
{
    sstate *st = &x->st[k];
    if (st->done)
        return st->person;
    st->done = 1; /* also guards the recursion */
    if (st->spk && !st->conflict) {
        st->person = st->spk;
        return st->person;
    }
    const pc_dtext *dt = x->dt;
    const char *s = dt->text + dt->off[k];
    size_t len = dt->off[k + 1] - dt->off[k];
    pc_words w = {0};
    w.alc = x->g->alc;
    if (pc_lex_split(&w, s, len)) {
        x->oom = 1;
        return NULL;
    }
    const pc_entity *subj = subject_of(x, k, &w, s);
    if (subj) {
        /* any other person named outside quotes makes it uncertain */
        int inq = 0;
        for (size_t i = 0; i < w.n && subj;) {
            if (w.w[i].before)
                inq = 1;
            size_t j = pc_entity_run(&w, s, i);
            if (j == i) {
                if (w.w[i].after == '"')
                    inq = 0;
                i++;
                continue;
            }
            const pc_entity *e = inq ? NULL : pc_entity_of_run(x->g, &w, s, i, j);
            /* "the Assad regime" names a government, not a second person */
            if (e && j < w.n && !w.w[j - 1].after &&
                (pc_lex_is(&w, s, j, "regime") || pc_lex_is(&w, s, j, "administration") ||
                 pc_lex_is(&w, s, j, "government") || pc_lex_is(&w, s, j, "family")))
                e = NULL;
            if (e && e->kind == PC_PERSON && e != subj)
                subj = NULL;
            if (w.w[j - 1].after == '"')
                inq = 0;
            i = j;
        }
    }
    pc_words_release(&w);
    st->person = subj;
    return subj;
}

/* Speaker named at words [i..) of w: "said NAME", "NAME said", "he said",
 * "NAME also said".  *pron is set when the speaker is a pronoun (resolved by
 * the caller).  Returns the entity, or NULL. */
static const pc_entity *attribution_at(qctx *x, const pc_words *w, const char *s, size_t i,
                                       int *pron)
{
    *pron = 0;
    if (i >= w->n)
        return NULL;
    if (is_verb(w, s, i)) {
        if (is_pronoun(w, s, i + 1)) {
            *pron = 1;
            return NULL;
        }
        size_t j = pc_entity_run(w, s, i + 1);
        return j > i + 1 ? named(x->g, w, s, i + 1, j) : NULL;
    }
    if (is_pronoun(w, s, i) &&
        (is_verb(w, s, i + 1) || (adverb(w, s, i + 1) && is_verb(w, s, i + 2)))) {
        *pron = 1;
        return NULL;
    }
    size_t j = pc_entity_run(w, s, i);
    if (j == i)
        return NULL;
    if (is_verb(w, s, j) || (adverb(w, s, j) && is_verb(w, s, j + 1)))
        return named(x->g, w, s, i, j);
    return NULL;
}

/* "quoted NAME as saying" anywhere in w. */
static const pc_entity *quoted_as(qctx *x, const pc_words *w, const char *s)
{
    for (size_t i = 0; i + 2 < w->n; i++) {
        if (!pc_lex_is(w, s, i, "quoted"))
            continue;
        size_t j = pc_entity_run(w, s, i + 1);
        if (j > i + 1 && pc_lex_is(w, s, j, "as"))
            return named(x->g, w, s, i + 1, j);
    }
    return NULL;
}

static const pc_entity *resolve_pronoun(qctx *x, uint32_t k)
{
    if (x->st[k].spk && !x->st[k].conflict)
        return x->st[k].spk; /* an earlier quote of the same sentence */
    return k > 0 ? person_of(x, k - 1) : NULL;
}

/* Postposed attribution: after the closing mark, or after a comma later in
 * the sentence (", Tillerson said."). */
static const pc_entity *after_speaker(qctx *x, const char *s, size_t len, uint32_t k)
{
    /* k: the sentence where the quote opens; a pronoun after a quote that
     * runs over sentences refers to a person named before it */
    pc_words *w = &x->w2;
    if (pc_lex_split(w, s, len)) {
        x->oom = 1;
        return NULL;
    }
    int pron;
    const pc_entity *e = attribution_at(x, w, s, 0, &pron);
    if (e || pron)
        return pron ? resolve_pronoun(x, k) : e;
    if ((e = quoted_as(x, w, s)) != NULL)
        return e;
    /* "a spokesman said": attributed, but to no one named */
    for (size_t i = 0; i < w->n && i < 4; i++)
        if (is_verb(w, s, i))
            return NULL;
    for (size_t i = 0; i + 1 < w->n; i++) {
        if (w->w[i].after != ',')
            continue;
        e = attribution_at(x, w, s, i + 1, &pron);
        if (e || pron)
            return pron ? resolve_pronoun(x, k) : e;
    }
    return NULL;
}

/* Preposed attribution: the last speech verb before the opening mark. */
static const pc_entity *before_speaker(qctx *x, const char *s, size_t len, uint32_t k, int *found)
{
    pc_words *w = &x->w2;
    *found = 0;
    if (pc_lex_split(w, s, len)) {
        x->oom = 1;
        return NULL;
    }
    const pc_entity *e = quoted_as(x, w, s);
    if (e) {
        *found = 1;
        return e;
    }
    for (size_t i = 0; i + 2 < w->n; i++) /* "According to NAME," */
        if (pc_lex_is(w, s, i, "according") && pc_lex_is(w, s, i + 1, "to")) {
            size_t j = pc_entity_run(w, s, i + 2);
            if (j > i + 2 && w->w[j - 1].after == ',') {
                *found = 1;
                return named(x->g, w, s, i + 2, j);
            }
        }
    size_t v = w->n;
    while (v > 0 && !is_verb(w, s, v - 1))
        v--;
    if (v == 0)
        return NULL;
    v--;
    *found = 1;
    size_t j = v;
    if (j > 0 && adverb(w, s, j - 1))
        j--;
    if (j > 0 && is_pronoun(w, s, j - 1))
        return resolve_pronoun(x, k);
    if (j > 0 && w->w[j - 1].cap && !w->w[j - 1].after) {
        size_t i = run_start(w, s, j);
        if (i < j)
            return named(x->g, w, s, i, j);
    }
    size_t vl = w->w[v].end - w->w[v].start;
    if (vl > 3 && memcmp(s + w->w[v].end - 3, "ing", 3) == 0) {
        /* "..., saying": the sentence's subject */
        const pc_dtext *dt = x->dt;
        pc_words ws = {0};
        ws.alc = x->g->alc;
        const char *ss = dt->text + dt->off[k];
        if (pc_lex_split(&ws, ss, (size_t)(s + len - ss))) {
            x->oom = 1;
            return NULL;
        }
        const pc_entity *subj = subject_of(x, k, &ws, ss);
        pc_words_release(&ws);
        return subj;
    }
    return NULL;
}

/* Words of s[0..len): white-space separated, or two Chinese or Japanese
 * characters (lead bytes E3..E9 of three-byte UTF-8) for one word when that
 * counts more (those scripts write no spaces). */
static size_t count_words(const char *s, size_t len)
{
    size_t n = 0, cjk = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int sp = is_space(s[i]);
        if (!sp && !in)
            n++;
        in = !sp;
        cjk += (unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9;
    }
    return cjk / 2 > n ? cjk / 2 : n;
}

static void note_speaker(qctx *x, uint32_t k, const pc_entity *e)
{
    if (!e)
        return;
    sstate *st = &x->st[k];
    if (st->spk && st->spk != e)
        st->conflict = 1;
    st->spk = e;
    st->done = 0;
}

static int only_punct(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == ' ' || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' ||
              c == ')' || c == '\n'))
            return 0;
    }
    return 1;
}

static void add_quote(qctx *x, const char *s, size_t len, const pc_entity *spk, uint32_t sent)
{
    while (len && (is_space(s[len - 1]) || s[len - 1] == ','))
        len--;
    while (len && is_space(s[0]))
        s++, len--;
    if (pc_array_reserve(x->g->alc, (void **)&x->out, &x->outcap, x->nout + 1, sizeof *x->out)) {
        x->oom = 1;
        return;
    }
    pc_quote *q = &x->out[x->nout];
    memset(q, 0, sizeof *q);
    q->text = pc_arena_strndup(&x->g->arena, s, len);
    q->len = len;
    q->speaker = spk ? spk->name : NULL;
    q->sent = sent;
    q->docs = pc_arena_alloc(&x->g->arena, sizeof *q->docs);
    q->doc_speaker = pc_arena_alloc(&x->g->arena, sizeof *q->doc_speaker);
    q->ntoks = pc_word_hashes(&x->g->arena, s, len, &q->toks);
    if (!q->text || !q->docs || !q->doc_speaker || q->ntoks == SIZE_MAX) {
        x->oom = 1;
        return;
    }
    q->docs[0] = x->doc;
    q->doc_speaker[0] = q->speaker;
    q->ndocs = 1;
    x->nout++;
}

static void doc_quotes(qctx *x)
{
    const pc_dtext *dt = x->dt;
    const char *t = dt->text;
    find_spans(x, t, dt->len);
    for (size_t i = 0; i < x->nq && !x->oom; i++) {
        const qspan *q = &x->q[i];
        /* short quotes ("illegal") are attributed only when they open their
         * sentence, so a following "she added" knows who spoke */
        int is_short = count_words(t + q->start, q->end - q->start) < QUOTE_MIN_WORDS;
        uint32_t ka = sent_of(dt, q->open);
        uint32_t kb = sent_of(dt, q->end > q->start ? q->end - 1 : q->end);
        if (is_short && !only_punct(t + dt->off[ka], q->open - dt->off[ka]))
            continue;
        /* the sentence around the quote, bounded by neighbouring quotes */
        size_t bstart = dt->off[ka];
        if (i > 0 && x->q[i - 1].close > bstart)
            bstart = x->q[i - 1].close;
        size_t aend = dt->off[kb + 1];
        if (i + 1 < x->nq && x->q[i + 1].open < aend)
            aend = x->q[i + 1].open;
        const pc_entity *spk = NULL;
        int found = 0;
        if (q->close < aend)
            spk = after_speaker(x, t + q->close, aend - q->close, ka);
        if (!spk && bstart < q->open)
            spk = before_speaker(x, t + bstart, q->open - bstart, ka, &found);
        /* a quote standing alone continues the previous sentence's speaker */
        if (!spk && !found && only_punct(t + dt->off[ka], q->open - dt->off[ka]) &&
            (q->close >= aend || only_punct(t + q->close, aend - q->close)) && ka > 0 &&
            x->st[ka - 1].spk && !x->st[ka - 1].conflict)
            spk = x->st[ka - 1].spk;
        if (spk && spk->kind != PC_PERSON && spk->kind != PC_ORG)
            spk = NULL;
        note_speaker(x, kb, spk);
        if (ka != kb)
            note_speaker(x, ka, spk);
        if (!is_short)
            add_quote(x, t + q->start, q->end - q->start, spk, dt->first + ka);
    }
}

/* Same quote: the smaller word set lies (80 %) in the larger one. */
static int same_quote(const pc_quote *a, const pc_quote *b)
{
    size_t small = a->ntoks < b->ntoks ? a->ntoks : b->ntoks;
    if (small < 5)
        return a->ntoks == b->ntoks &&
               pc_hash_overlap(a->toks, a->ntoks, b->toks, b->ntoks) == small;
    return 5 * pc_hash_overlap(a->toks, a->ntoks, b->toks, b->ntoks) >= 4 * small;
}

static precis_status merge(qctx *x)
{
    precis_digest *g = x->g;
    size_t nd = g->c->ndocs;
    pc_quote *m = pc_arena_calloc(&g->arena, x->nout + 1, sizeof *m);
    if (!m)
        return PRECIS_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < x->nout; i++) {
        pc_quote *q = &x->out[i];
        pc_quote *into = NULL;
        for (size_t k = 0; k < n && i < QUOTE_MAX; k++)
            if (same_quote(&m[k], q)) {
                into = &m[k];
                break;
            }
        if (!into) {
            m[n] = *q;
            m[n].docs = pc_arena_alloc(&g->arena, nd * sizeof *m[n].docs);
            m[n].doc_speaker = pc_arena_alloc(&g->arena, nd * sizeof *m[n].doc_speaker);
            if (!m[n].docs || !m[n].doc_speaker)
                return PRECIS_ENOMEM;
            m[n].docs[0] = q->docs[0];
            m[n].doc_speaker[0] = q->speaker;
            n++;
            continue;
        }
        size_t d = q->docs[0];
        size_t j = 0;
        while (j < into->ndocs && into->docs[j] != d)
            j++;
        if (j == into->ndocs) {
            into->docs[j] = d;
            into->doc_speaker[j] = q->speaker;
            into->ndocs++;
        } else if (!into->doc_speaker[j]) {
            into->doc_speaker[j] = q->speaker;
        }
        /* the longer wording carries more: keep it */
        if (q->len > into->len && q->ntoks >= into->ntoks) {
            into->text = q->text;
            into->len = q->len;
            into->toks = q->toks;
            into->ntoks = q->ntoks;
        }
    }
    for (size_t k = 0; k < n; k++) {
        /* documents disagreeing on the speaker: none is given */
        const char *spk = NULL;
        int clash = 0;
        for (size_t j = 0; j < m[k].ndocs; j++) {
            const char *s = m[k].doc_speaker[j];
            if (!s)
                continue;
            if (spk && strcmp(spk, s) != 0)
                clash = 1;
            spk = s;
        }
        m[k].speaker = clash ? NULL : spk;
    }
    g->quotes = m;
    g->nquotes = n;
    return PRECIS_OK;
}

precis_status pc_quotes_extract(precis_digest *g)
{
    qctx x;
    memset(&x, 0, sizeof x);
    x.g = g;
    x.w.alc = x.w2.alc = g->alc;
    size_t maxn = 0;
    for (size_t d = 0; d < g->c->ndocs; d++)
        if (g->dt[d].n > maxn)
            maxn = g->dt[d].n;
    x.st = pc_malloc(g->alc, (maxn + 1) * sizeof *x.st);
    if (!x.st)
        return PRECIS_ENOMEM;
    for (size_t d = 0; d < g->c->ndocs && !x.oom; d++) {
        x.dt = &g->dt[d];
        x.doc = (uint32_t)d;
        memset(x.st, 0, (x.dt->n + 1) * sizeof *x.st);
        if (x.dt->n)
            doc_quotes(&x);
    }
    precis_status st = x.oom ? PRECIS_ENOMEM : merge(&x);
    pc_free(g->alc, x.st, (maxn + 1) * sizeof *x.st);
    pc_free(g->alc, x.q, x.qcap * sizeof *x.q);
    pc_free(g->alc, x.out, x.outcap * sizeof *x.out);
    pc_words_release(&x.w);
    pc_words_release(&x.w2);
    return st;
}
