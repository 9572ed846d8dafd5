/* People named by the surname alone: which capitalised words of a cluster
 * are surnames whose given name the cluster writes (model/names.h), and
 * where a summary names them first without it, so that the given name can
 * be written there.
 *
 * A reader who meets "Lavrov repeated Moscow's denial" in a summary that
 * never wrote "Sergei Lavrov" meets a name with no one behind it.  The
 * signal is the writing convention of news: a person is introduced with
 * the given name (or initials) and named by the surname afterwards.  No
 * list of names: a word is a surname when the cluster writes it both after
 * one given name (or two spellings of one) and alone.  Words the cluster also
 * writes in lower case are common words ("House", "Minister"); a word
 * written bare only after an article is no person ("the House"); a
 * capitalised word right before another is part of a longer name ("House
 * Speaker", "Obama administration" aside) and is no bare mention. */
#include "names.h"

#include <string.h>

#include "lang/lang.h"
#include "model/model.h"
#include "text/normalize.h"
#include "text/words.h"
#include "util/bytes.h"

enum { W_OTHER, W_LOWER, W_CAP, W_INITIAL };

/* One word of a sentence, as the later passes need it: eight bytes, as
 * the words of the sentences that may name someone are kept for them
 * (scan). */
typedef struct word {
    uint32_t s;            /* its slot in the table of the cluster's words + 1, or 0 */
    unsigned cls : 2;      /* W_* */
    unsigned poss : 1;     /* "Lavrov's", "Lavrovs'" */
    unsigned title : 1;    /* a capitalised abbreviation: "Mr.", "Mrs.", "Sen." */
    unsigned adjacent : 1; /* only spaces between the word before and this one */
    unsigned article : 1;  /* "a", "an", "the" */
    unsigned indef : 1;    /* "a", "an" */
    unsigned short_ : 1;   /* three bytes or fewer: a particle if lower case */
} word;

/* A word as scanned: key[0..len), a possessive and trailing periods or
 * hyphens removed (initials keep their periods). */
typedef struct token {
    const char *key;
    uint32_t len;
    word w;
} token;

/* Bytes of the word character at s (0 when none): ASCII letters, digits,
 * apostrophes (' and U+2019), hyphens and periods, and any letter outside
 * ASCII (lead bytes from 0xC3: U+00C0 on; U+0080..U+00BF is punctuation
 * and symbols, E2 80 xx the general punctuation of quotes and dashes). */
static size_t word_char(const char *s, const char *end)
{
    unsigned char c = (unsigned char)*s;
    if (c < 0x80) {
        int alnum = ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
        return alnum || c == '\'' || c == '-' || c == '.';
    }
    if (c == 0xE2 && end - s >= 3 && (unsigned char)s[1] == 0x80)
        return (unsigned char)s[2] == 0x99 ? 3 : 0;
    if (c < 0xC3)
        return c >= 0xC0 ? 0 : 1; /* a stray continuation byte goes with its word */
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return (size_t)(end - s) < n ? (size_t)(end - s) : n;
}

static int starts_word(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') ||
           (c >= 0xC3 && c != 0xE2);
}

static int is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

/* "F.W.", "P.", "U.S.": capitals each followed by a period. */
static int initials(const char *s, size_t n)
{
    if (n < 2 || n % 2)
        return 0;
    for (size_t i = 0; i < n; i += 2)
        if (!is_upper(s[i]) || s[i + 1] != '.')
            return 0;
    return 1;
}

/* The next word of [*p, end) into w, advancing *p: 0 when none is left. */
static int next_word(const char **p, const char *end, token *tk)
{
    word *w = &tk->w;
    const char *s = *p;
    int spaces = 1;
    while (s < end && !starts_word(s)) {
        spaces &= *s == ' ';
        s++;
    }
    if (s >= end) {
        *p = end;
        return 0;
    }
    const char *e = s;
    for (size_t k; e < end;) {
        unsigned char ch = (unsigned char)*e;
        if (ch < 0x80) { /* word_char, ASCII: most of the bytes */
            if (!(((ch | 32) >= 'a' && (ch | 32) <= 'z') || (ch >= '0' && ch <= '9') ||
                  ch == '\'' || ch == '-' || ch == '.'))
                break;
            e++;
        } else if ((k = word_char(e, end)) > 0) {
            e += k;
        } else {
            break;
        }
    }
    *p = e;
    memset(tk, 0, sizeof *tk);
    w->adjacent = spaces != 0;
    size_t n = (size_t)(e - s);
    if (n > UINT32_MAX)
        n = UINT32_MAX; /* a word of 4 GB: its end is no name anyway */
    if (initials(s, n)) {
        tk->key = s;
        tk->len = (uint32_t)n;
        w->cls = W_INITIAL;
        return 1;
    }
    int dot = 0;
    for (;;) {
        if (n > 2 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] == '\'') {
            n -= 2;
            w->poss = 1;
        } else if (n > 4 && (s[n - 1] == 's' || s[n - 1] == 'S') &&
                   !memcmp(s + n - 4, "\xE2\x80\x99", 3)) {
            n -= 4;
            w->poss = 1;
        } else if (n > 1 && s[n - 1] == '\'') {
            n--;
            w->poss = 1;
        } else if (n > 3 && !memcmp(s + n - 3, "\xE2\x80\x99", 3)) {
            n -= 3;
            w->poss = 1;
        } else if (n > 1 && (s[n - 1] == '.' || s[n - 1] == '-')) {
            dot |= s[n - 1] == '.';
            n--;
        } else {
            break;
        }
    }
    tk->key = s;
    tk->len = (uint32_t)n;
    if (is_lower(s[0])) {
        w->cls = W_LOWER;
    } else if (is_upper(s[0])) {
        int lower = 0, inner_dot = 0;
        for (size_t i = 1; i < n; i++) {
            lower |= is_lower(s[i]);
            inner_dot |= s[i] == '.';
        }
        w->cls = lower && !inner_dot ? W_CAP : W_OTHER;
        w->title = (dot && w->cls == W_CAP && n <= 3 + 1 && !w->poss);
    }
    return 1;
}

enum {
    N_LOWER = 1,         /* written in lower case somewhere */
    N_GIVEN = 2,         /* written after a given name */
    N_CONFLICT = 4,      /* after two different given names (or particles) */
    N_BARE = 8,          /* written bare, with no article before it */
    N_NOT_PARTICLE = 16, /* a lower-case word written before no capitalised one */
    N_ENDS = 32,         /* a capitalised word written before no capitalised one */
    N_GIVEN2 = 64,       /* written after a given name twice or more */
    N_GROUP = 128,       /* written after "a" or "an", or in the plural: no person */
};

/* How the cluster writes the given name of a capitalised word: one
 * spelling, or two that differ in one letter ("Sergei", "Sergey"), each
 * with how often and where first. */
typedef struct person {
    uint32_t given[2]; /* the slot + 1 of each spelling (0: none) */
    uint32_t count[2];
    uint32_t sent[2]; /* the first sentence that writes it */
    uint32_t word[2]; /* ... and the word there that opens the given name */
    uint32_t pre;     /* the slot + 1 of the given name before initials ("James" P.), or 0;
                       * of a family name (F_WRITTEN): of the first capitalised word after it */
    uint32_t part;    /* ... of the particle ("de" in F.W. de Klerk), or 0; of a family
                       * name: the last document + 1 that wrote it (find_late) */
    uint32_t id;      /* its name id + 1 (pc_name_ref), 0 when it is no name */
} person;

typedef struct slot {
    const char *key; /* NULL: empty */
    uint32_t len, hash;
    uint32_t p; /* its given names (table.people + 1), when written after one */
    uint8_t f;
    uint8_t g;    /* F_*: the family name written first */
    uint8_t done; /* the summary has introduced it or named it first */
} slot;

/* A family name written first ("Xu Wenli", then "Xu"): the word T of a
 * two-word run T G whose G is the given name, as Chinese, Korean and
 * Hungarian names are written, and news writes them. */
enum {
    F_WRITTEN = 1,  /* written first in such a run: its person holds G */
    F_CONFLICT = 2, /* before two different words, or also after a given name */
    F_LATE = 4,     /* a document wrote it bare before it wrote the run */
    F_NAME = 8,     /* a family name written first (is_name) */
    F_ALONE = 16,   /* written bare, and not right after a capitalised word */
    F_ARTICLE = 32, /* written after an article: "the Saudi government" */
};

typedef struct table {
    slot *s;
    size_t cap, count;
    int full; /* a word was left out: the table holds no names */
    /* the given names of the capitalised words written after one: room
     * for every word first written with a capital */
    person *people;
    uint32_t npeople, most_people;
    uint32_t nfamily; /* words F_WRITTEN */
} table;

static person *person_of(const table *t, const slot *w)
{
    return &t->people[w->p - 1];
}

static uint32_t fold_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)(is_upper(s[i]) ? s[i] | 32 : s[i]);
        h *= 16777619u;
    }
    return h;
}

/* The slot + 1 of the word, case folded, added when absent; 0 when the
 * table is three quarters full (t->full is then set). */
static uint32_t lookup(table *t, const char *key, size_t len)
{
    if (len == 0)
        return 0;
    uint32_t h = fold_hash(key, len);
    size_t mask = t->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &t->s[i];
        if (!s->key) {
            if (4 * (t->count + 1) > 3 * t->cap) {
                t->full = 1;
                return 0;
            }
            s->key = key;
            s->len = (uint32_t)len;
            s->hash = h;
            t->count++;
            return (uint32_t)i + 1;
        }
        if (s->hash == h && s->len == len && pc_bytes_fold_eq(s->key, key, len))
            return (uint32_t)i + 1;
    }
}

/* 1 for "the", 2 for "a" and "an", 0 for any other word. */
static int is_article(const char *key, size_t len)
{
    if ((len == 1 && (key[0] | 32) == 'a') || (len == 2 && pc_bytes_fold_eq(key, "an", 2)))
        return 2;
    return len == 3 && pc_bytes_fold_eq(key, "the", 3);
}

/* The slot of the word, case folded, or NULL when absent. */
static slot *find(const table *t, const char *key, size_t len)
{
    uint32_t h = fold_hash(key, len);
    size_t mask = t->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &t->s[i];
        if (!s->key)
            return NULL;
        if (s->hash == h && s->len == len && pc_bytes_fold_eq(s->key, key, len))
            return s;
    }
}

/* Capitalised words that name a kind of people, not a person: written
 * after "a" or "an" ("a Catholic", "an American"; scan), or in the plural
 * ("Catholics", "Democrats"; here).  A surname is neither, but for a
 * family ("the Kennedys"), which is no person either. */
static void find_groups(table *t)
{
    for (size_t i = 0; i < t->cap; i++) {
        const slot *s = &t->s[i];
        if (s->key && s->len > 3 && (s->key[s->len - 1] | 32) == 's') {
            slot *one = find(t, s->key, s->len - 1);
            if (one)
                one->f |= N_GROUP;
        }
    }
}

static slot *slot_of(const table *t, const word *w)
{
    return w->s ? &t->s[w->s - 1] : NULL;
}

enum { K_BARE, K_PART, K_GIVEN, K_TITLE, K_OPENING };

/* Where the given name of word k of w[0..n) starts: the given name gi,
 * the particle between it and word k (pi, or SIZE_MAX), and the given name
 * before initials (pre, or SIZE_MAX: "James" in "James P. Rubin"). */
typedef struct run {
    size_t gi, pi, pre;
} run;

/* Whether word w is a capitalised word the cluster writes only right
 * before another, never in lower case and never alone: a given name. */
static int given_word(const table *t, const word *w)
{
    const slot *ps = slot_of(t, w);
    return w->cls == W_CAP && ps && !(ps->f & (N_LOWER | N_ENDS));
}

/* How capitalised word k of w[0..n) is written: after a given name
 * (K_GIVEN, *g its slot, r where it starts: initials, or a given_word;
 * "Sergei", not "Friday" in "On Friday Turkey"); after a given_word that
 * opens the sentence, where a capital says nothing (K_OPENING, *g its
 * slot: "Sergei Lavrov said", "Giving Tillerson a chilly reception");
 * after a capitalised word the cluster also writes in lower case
 * (K_TITLE: "President Trump", "Foreign Minister Lavrov", or bare when
 * that word opens the sentence: "But Lavrov"); right before another
 * capitalised word (K_PART: "House Speaker"); or bare. */
static int kind(const table *t, const word *w, size_t n, size_t k, slot **g, run *r)
{
    const word *cur = &w[k];
    size_t j = k - 1;
    *g = NULL;
    r->pi = r->pre = SIZE_MAX;
    /* a particle ("F.W. de Klerk"): a short lower-case word that the
     * cluster writes only before capitalised ones; the name is the word
     * after it, introduced by the given name before it */
    if (k > 1 && cur->adjacent && w[k - 1].adjacent && w[k - 1].cls == W_LOWER && w[k - 1].short_ &&
        (w[k - 2].cls == W_CAP || w[k - 2].cls == W_INITIAL) && !w[k - 2].poss && !w[k - 2].title) {
        const slot *ps = slot_of(t, &w[k - 1]);
        if (ps && !(ps->f & N_NOT_PARTICLE)) {
            r->pi = k - 1;
            j = k - 2;
        }
    }
    if (k > 0 && cur->adjacent && !w[j].poss && !w[j].title) {
        const word *prev = &w[j];
        slot *ps = slot_of(t, prev);
        r->gi = j;
        if (prev->cls == W_INITIAL && j > 0 && prev->adjacent && !w[j - 1].poss &&
            given_word(t, &w[j - 1]))
            r->pre = j - 1;
        if (prev->cls == W_INITIAL) {
            /* "U.S. Secretary": initials the cluster writes before lower-case
             * words too name a country or a body, like a title word */
            if (ps && (ps->f & N_ENDS))
                return K_TITLE;
            *g = ps;
            return ps ? K_GIVEN : K_BARE;
        }
        if (prev->cls == W_CAP && ps) {
            if (!(ps->f & (N_LOWER | N_ENDS))) {
                *g = ps;
                return j > 0 ? K_GIVEN : K_OPENING;
            }
            if (j > 0)
                return K_TITLE;
        }
    }
    if (k + 1 < n && w[k + 1].adjacent && w[k + 1].cls == W_CAP && !cur->poss)
        return K_PART;
    return K_BARE;
}

/* The slot + 1 of word i of w, or 0 for SIZE_MAX. */
static uint32_t slot_at(const word *w, size_t i)
{
    return i == SIZE_MAX ? 0 : w[i].s;
}

/* The words of each sentence s: at[s][0 .. n[s]). */
typedef struct sent_words {
    word **at;
    uint32_t *n;
} sent_words;

static int after_article(const word *w, size_t k)
{
    return k > 0 && w[k].adjacent && w[k - 1].article;
}

/* At most this many words of a sentence are read (a word and a separator
 * are two bytes). */
static size_t most_words(const pc_sent *st)
{
    return st->len / 2 + 1;
}

/* The words of sentence st into tk[0..most), with their slots in t:
 * their number.  `english`: st is in an English document, the only one
 * whose articles are "a", "an" and "the" (Spanish "a" and German "an" are
 * prepositions before a person's name: "ayuda a Volkov", "ein Brief an
 * Volkov"); elsewhere no word is an article. */
static size_t read_words(table *t, const pc_sent *st, token *tk, size_t most, int english)
{
    const char *p = st->text, *end = st->text + st->len;
    size_t n = 0;
    while (n < most && next_word(&p, end, &tk[n]))
        n++;
    for (size_t k = 0; k < n; k++) {
        word *w = &tk[k].w;
        if (w->cls == W_OTHER) {
            w->s = 0;
        } else {
            size_t before = t->count;
            w->s = lookup(t, tk[k].key, tk[k].len);
            t->most_people += w->cls == W_CAP && t->count > before;
        }
        int art = english ? is_article(tk[k].key, tk[k].len) : 0;
        w->article = art != 0;
        w->indef = art == 2;
        w->short_ = tk[k].len <= 3;
    }
    return n;
}

/* 1: every word of the cluster into its slot in t, and which words the
 * cluster writes in lower case or alone; into sw the words of the
 * sentences that the later passes read, those with a capitalised word
 * not written in lower case before (a name may be there: not "The" or
 * "But" opening a sentence).  A word once written in lower case stays a
 * common word, so a sentence left out never has a name; most of a
 * lower-cased text keeps no words. */
static precis_status scan(const precis_cluster *c, pc_arena *arena, table *t, sent_words *sw,
                          token **tk_out)
{
    size_t most = 1;
    for (size_t s = 0; s < c->nsents; s++)
        if (most_words(&c->sents[s]) > most)
            most = most_words(&c->sents[s]);
    token *tk = pc_arena_alloc(arena, most * sizeof *tk);
    sw->at = pc_arena_calloc(arena, c->nsents + 1, sizeof *sw->at);
    sw->n = pc_arena_calloc(arena, c->nsents + 1, sizeof *sw->n);
    if (!tk || !sw->at || !sw->n)
        return PRECIS_ENOMEM;
    *tk_out = tk;
    for (size_t s = 0; s < c->nsents; s++) {
        int english = c->docs[c->sents[s].doc].lang == &pc_lang_en;
        size_t n = read_words(t, &c->sents[s], tk, most, english);
        for (size_t k = 0; k < n; k++) {
            const word *w = &tk[k].w;
            slot *sl = slot_of(t, w);
            if (!sl)
                continue;
            /* English capitalises the days of the week, common nouns: no
             * one's name ("in Brasilia Sunday night" twice made "Sunday"
             * a surname introduced by "Brasilia") */
            if (english && w->cls == W_CAP && tk[k].len >= 6 && tk[k].len <= 9 &&
                pc_lex_weekday(tk[k].key, tk[k].len) >= 0)
                sl->f |= N_LOWER;
            /* before a capitalised word or initials ("James P.") */
            int before_cap = k + 1 < n && tk[k + 1].w.adjacent &&
                             (tk[k + 1].w.cls == W_CAP || tk[k + 1].w.cls == W_INITIAL);
            if (w->cls == W_LOWER)
                sl->f |= N_LOWER | (before_cap ? 0 : N_NOT_PARTICLE);
            if (w->cls == W_CAP && (!before_cap || w->poss))
                sl->f |= N_ENDS;
            /* and initials written before a lower-case word that no
             * capitalised one follows ("U.S. officials", not the particle of
             * "F.W. de Klerk"): an abbreviation, no person's */
            if (w->cls == W_INITIAL && !before_cap &&
                (k + 1 >= n || tk[k + 1].w.cls != W_LOWER || k + 2 >= n ||
                 tk[k + 2].w.cls != W_CAP))
                sl->f |= N_ENDS;
            if (w->cls == W_CAP && k > 0 && w->adjacent && tk[k - 1].w.indef)
                sl->f |= N_GROUP;
        }
        int keep = 0;
        for (size_t k = 0; k < n && !keep; k++) {
            const slot *sl = slot_of(t, &tk[k].w);
            keep = tk[k].w.cls == W_CAP && sl && !(sl->f & N_LOWER);
        }
        if (!keep)
            continue;
        word *ws = pc_arena_alloc(arena, (n + 1) * sizeof *ws);
        if (!ws)
            return PRECIS_ENOMEM;
        for (size_t k = 0; k < n; k++)
            ws[k] = tk[k].w;
        sw->n[s] = (uint32_t)n;
        sw->at[s] = ws;
    }
    return PRECIS_OK;
}

/* The byte offsets in sentence st of its first n words (as scan read
 * them) into at[0..n). */
static void word_offsets(const pc_sent *st, token *tk, size_t n, size_t *at)
{
    const char *p = st->text, *end = st->text + st->len;
    for (size_t k = 0; k < n && next_word(&p, end, &tk[k]); k++)
        at[k] = (size_t)(tk[k].key - st->text);
}

/* Whether two spellings of a given name are one name's: both of four
 * letters or more, the same first two, and one letter changed, added or
 * removed, case aside ("Sergei" and "Sergey", "Mohammad" and
 * "Mohammed"; not "Bill" and "Hillary", "Rob" and "Bob"). */
static int close_spelling(const slot *a, const slot *b)
{
    if (a->len < b->len) {
        const slot *x = a;
        a = b;
        b = x;
    }
    if (b->len < 4 || a->len - b->len > 1 || !pc_bytes_fold_eq(a->key, b->key, 2))
        return 0;
    size_t i = 0;
    while (i < b->len && pc_bytes_fold_eq(a->key + i, b->key + i, 1))
        i++;
    if (i == b->len)
        return 1;                           /* a has one letter more, at its end */
    size_t skip = a->len == b->len ? 1 : 0; /* changed, or added in a */
    return pc_bytes_fold_eq(a->key + i + 1, b->key + i + skip, b->len - i - skip);
}

/* Adds a writing of surname w after given name g (slot + 1 gs), its
 * given name opening word `first` of sentence s: N_CONFLICT when it is a
 * third spelling, one not close to the first, or the particle or the word
 * before initials differ. */
static precis_status add_given(table *t, slot *w, uint32_t gs, uint32_t pre, uint32_t part,
                               size_t s, size_t first)
{
    if (!w->p) {
        if (t->npeople >= t->most_people) { /* cannot be: the room was counted */
            w->f |= N_CONFLICT;
            return PRECIS_OK;
        }
        w->p = ++t->npeople;
        person *p = person_of(t, w);
        p->pre = pre;
        p->part = part;
    }
    person *p = person_of(t, w);
    if (p->pre != pre || p->part != part) {
        w->f |= N_CONFLICT;
        return PRECIS_OK;
    }
    int v = p->given[0] == gs ? 0 : 1;
    if (v == 1 && p->given[0]) {
        if (p->given[1] ? p->given[1] != gs
                        : !close_spelling(&t->s[p->given[0] - 1], &t->s[gs - 1])) {
            w->f |= N_CONFLICT;
            return PRECIS_OK;
        }
    } else {
        v = 0;
    }
    if (!p->count[v]++) {
        p->given[v] = gs;
        p->sent[v] = (uint32_t)s;
        p->word[v] = (uint32_t)first;
    }
    return PRECIS_OK;
}

/* Word k of ws (slot w), a capitalised word right before another: when
 * the two are a run of their own, T G with nothing capitalised around
 * them but a title word the cluster also writes in lower case
 * ("dissident Xu Wenli", "Premier Zhu Rongji"), T may be a family name
 * written first and G its given name: the run is counted for T (one G
 * only, and no other capitalised word after T, else F_CONFLICT). */
static void add_family(table *t, const word *ws, size_t nw, size_t k, slot *w, size_t s)
{
    const word *gw = &ws[k + 1];
    const slot *gs = slot_of(t, gw);
    if (ws[k].poss || ws[k].title)
        return;
    if (w->p && !(w->g & F_WRITTEN)) { /* also written after a given name */
        w->g |= F_CONFLICT;
        return;
    }
    if (!w->p) {
        if (t->npeople >= t->most_people) {
            w->g |= F_CONFLICT;
            return;
        }
        w->p = ++t->npeople;
        w->g |= F_WRITTEN;
        t->nfamily++;
    }
    person *p = person_of(t, w);
    /* before two different capitalised words: a country or a body
     * ("Saudi Arabia", "Saudi King Fahd"), or two people of one family */
    if (p->pre && p->pre != gw->s)
        w->g |= F_CONFLICT;
    p->pre = gw->s;
    if (gw->cls != W_CAP || gw->title || !gs || (gs->f & N_LOWER))
        return;
    if (k + 2 < nw && ws[k + 2].adjacent && (ws[k + 2].cls == W_CAP || ws[k + 2].cls == W_INITIAL))
        return; /* a longer run: "Kosovo Liberation Army" */
    if (k > 0 && ws[k].adjacent && (ws[k - 1].cls == W_CAP || ws[k - 1].cls == W_INITIAL)) {
        const slot *ps = slot_of(t, &ws[k - 1]);
        if (!ps || !(ps->f & N_LOWER))
            return; /* inside a longer name */
    }
    if (!p->count[0]++) {
        p->given[0] = gw->s;
        p->sent[0] = (uint32_t)s;
        p->word[0] = (uint32_t)k;
    }
}

/* F_LATE for the family names that a document writes bare before it
 * writes them in full: news introduces a person in full before it names
 * them by one name, while "China ... China Daily" names a country first
 * and a newspaper later.  A second pass over the sentences, made only
 * when the cluster has a candidate (t->nfamily). */
static void find_late(const precis_cluster *c, table *t, const sent_words *sw)
{
    for (size_t s = 0; s < c->nsents; s++) {
        const word *ws = sw->at[s];
        size_t nw = sw->n[s];
        uint32_t doc = c->sents[s].doc + 1;
        for (size_t k = 0; k < nw; k++) {
            slot *w = slot_of(t, &ws[k]);
            if (!w || ws[k].cls != W_CAP || (w->g & (F_WRITTEN | F_LATE)) != F_WRITTEN)
                continue;
            person *p = person_of(t, w);
            int full =
                k + 1 < nw && ws[k + 1].adjacent && p->given[0] && ws[k + 1].s == p->given[0];
            if (p->part != doc) { /* its first mention in this document */
                p->part = doc;
                p->count[1] = full;
                if (!full && (after_article(ws, k) ||
                              (k + 1 < nw && ws[k + 1].adjacent && ws[k + 1].cls == W_CAP)))
                    p->part = 0; /* neither bare nor in full: not its first */
            } else if (full && !p->count[1]) {
                w->g |= F_LATE;
            }
        }
    }
}

/* 2: the given names written before each capitalised word, and its bare
 * mentions; a surname is kept when its writings agree (names.h). */
static precis_status find_given(const precis_cluster *c, table *t, const sent_words *sw)
{
    for (size_t s = 0; s < c->nsents; s++) {
        const word *ws = sw->at[s];
        size_t nw = sw->n[s];
        for (size_t k = 0; k < nw; k++) {
            slot *w = slot_of(t, &ws[k]), *g;
            if (ws[k].cls != W_CAP || !w || (w->f & N_LOWER))
                continue;
            run r;
            int kd = kind(t, ws, nw, k, &g, &r);
            if (after_article(ws, k))
                w->g |= F_ARTICLE;
            if (kd == K_GIVEN) {
                w->f |= w->f & N_GIVEN ? N_GIVEN2 : N_GIVEN;
                if (w->g & F_WRITTEN) { /* "Volkov Visits Orma." first: its record anew */
                    person *p = person_of(t, w);
                    memset(p, 0, sizeof *p);
                    p->pre = slot_at(ws, r.pre);
                    p->part = slot_at(ws, r.pi);
                    w->g = (uint8_t)((w->g & ~F_WRITTEN) | F_CONFLICT);
                    t->nfamily--;
                }
                if (!(w->f & N_CONFLICT) &&
                    add_given(t, w, (uint32_t)(g - t->s) + 1, slot_at(ws, r.pre), slot_at(ws, r.pi),
                              s, r.pre != SIZE_MAX ? r.pre : r.gi))
                    return PRECIS_ENOMEM;
            } else if (kd == K_BARE && !after_article(ws, k)) {
                w->f |= N_BARE;
                const slot *ps = k > 0 && ws[k].adjacent && ws[k - 1].cls == W_CAP
                                     ? slot_of(t, &ws[k - 1])
                                     : NULL;
                if (!ps || (ps->f & N_LOWER)) /* not "Wenli" of "Xu Wenli said" */
                    w->g |= F_ALONE;
            }
            if (kd != K_GIVEN && kd != K_OPENING && k + 1 < nw && ws[k + 1].adjacent &&
                ws[k + 1].cls == W_CAP)
                add_family(t, ws, nw, k, w, s);
        }
    }
    return PRECIS_OK;
}

static int is_name(const slot *w)
{
    return (w->f & (N_LOWER | N_GIVEN2 | N_CONFLICT | N_BARE | N_GROUP)) == (N_GIVEN2 | N_BARE) ||
           (w->g & F_NAME);
}

/* Marks F_NAME the family names written first (names.h): written bare,
 * never in lower case nor after a given name, and twice or more before
 * one given name G that the cluster writes only after another word,
 * never in lower case: introduced in full before they were named bare in
 * every document that does both. */
static void find_families(const precis_cluster *c, table *t, const sent_words *sw)
{
    if (!t->nfamily)
        return;
    find_late(c, t, sw);
    for (size_t i = 0, left = t->nfamily; i < t->cap && left; i++) {
        slot *w = &t->s[i];
        left -= w->key && (w->g & F_WRITTEN);
        if (!w->key || (w->g & (F_WRITTEN | F_CONFLICT | F_LATE | F_ARTICLE)) != F_WRITTEN ||
            (w->f & (N_LOWER | N_GIVEN | N_CONFLICT | N_BARE | N_GROUP)) != N_BARE)
            continue;
        const person *p = person_of(t, w);
        const slot *g = p->given[0] ? &t->s[p->given[0] - 1] : NULL;
        if (p->count[0] >= 2 && g && !(g->f & (N_LOWER | N_GROUP | N_GIVEN)) &&
            !(g->g & (F_WRITTEN | F_ALONE)))
            w->g |= F_NAME;
    }
}

/* The names of a cluster, as pc_names_build finds them: its words, and
 * room to read the byte offsets of a sentence's words. */
struct pc_names {
    table t;
    sent_words sw;
    token *tk;
    size_t *at, *src;
};

/* What a summary does at word q of sentence s, a name: 0 nothing (not a
 * name, named after a title, or inside a longer name), 1 it introduces
 * the person, 2 it names them bare; *w the surname's slot. */
static int mention(const pc_names *nm, const word *ws, size_t nw, size_t q, slot **wp)
{
    slot *w = slot_of(&nm->t, &ws[q]), *g;
    *wp = w;
    if (ws[q].cls != W_CAP || !w || !is_name(w))
        return 0;
    if (w->g & F_NAME) { /* "Xu Wenli" introduces, "Xu" names bare */
        if (q + 1 < nw && ws[q + 1].adjacent &&
            (ws[q + 1].cls == W_CAP || ws[q + 1].cls == W_INITIAL))
            return ws[q + 1].s == person_of(&nm->t, w)->given[0];
        if (q > 0 && ws[q].adjacent && ws[q - 1].cls == W_CAP && !ws[q - 1].title) {
            const slot *ps = slot_of(&nm->t, &ws[q - 1]);
            if (!ps || !(ps->f & N_LOWER))
                return 0; /* "Zhang Xiong": another person's given name */
        }
        return after_article(ws, q) ? 0 : 2;
    }
    run r;
    int kd = kind(&nm->t, ws, nw, q, &g, &r);
    if (kd == K_OPENING) {
        uint32_t gs = (uint32_t)(g - nm->t.s) + 1;
        const person *p = person_of(&nm->t, w);
        kd = p->given[0] == gs || p->given[1] == gs ? K_GIVEN : K_BARE;
    }
    if (kd == K_GIVEN || kd == K_TITLE)
        return 1;
    if (kd != K_BARE || after_article(ws, q))
        return 0; /* "the Assad regime": no mention of the person alone */
    return 2;
}

/* mention() for a person not met yet in this pass over the summary (or
 * the candidates): marks them met; 0 for no mention or one met before. */
static int first_mention(const pc_names *nm, const word *ws, size_t nw, size_t q, slot **w)
{
    int how = mention(nm, ws, nw, q, w);
    if (!how || (*w)->done)
        return 0;
    (*w)->done = 1;
    return how;
}

/* The given name of surname w as the first sentence that writes its most
 * written spelling spells it, from its first word to the surname (the
 * particle included), or to the particle when the mention, word q of ws,
 * writes one ("De Klerk"); *pi receives that particle's index or
 * SIZE_MAX.  Returns its length (0 when none is found). */
static size_t given_text(const precis_cluster *c, const pc_names *nm, const slot *w, const word *ws,
                         size_t q, const char **text, size_t *pi)
{
    const person *p = person_of(&nm->t, w);
    if (w->g & F_NAME) { /* " Wenli": from the family name's end to the given name's */
        const pc_sent *from = &c->sents[p->sent[0]];
        size_t fw = p->word[0], nfw = nm->sw.n[p->sent[0]];
        const slot *g = &nm->t.s[p->given[0] - 1];
        *pi = SIZE_MAX;
        if (fw + 1 >= nfw)
            return 0;
        word_offsets(from, nm->tk, nfw, nm->src);
        size_t a = nm->src[fw] + w->len, b = nm->src[fw + 1] + g->len;
        *text = from->text + a;
        return b > a ? b - a : 0;
    }
    int v = p->count[1] > p->count[0];
    const pc_sent *from = &c->sents[p->sent[v]];
    const word *fws = nm->sw.at[p->sent[v]];
    size_t fw = p->word[v], nfw = nm->sw.n[p->sent[v]];
    uint32_t me = (uint32_t)(w - nm->t.s) + 1;
    size_t last = fw;
    while (last < nfw && fws[last].s != me)
        last++;
    *pi = SIZE_MAX;
    if (p->part && q > 0 && ws[q].adjacent && ws[q - 1].s == p->part)
        *pi = q - 1;
    if (last >= nfw || last <= fw)
        return 0;
    word_offsets(from, nm->tk, nfw, nm->src);
    size_t end = *pi != SIZE_MAX ? nm->src[last - 1] : nm->src[last];
    *text = from->text + nm->src[fw];
    return end > nm->src[fw] ? end - nm->src[fw] : 0;
}

/* Words in text[0..len): runs of bytes other than spaces. */
/* Whether the cluster may have a name: two capitalised words or more
 * that come one or two words after another capitalised word (a given name
 * and its surname, "F.W. de Klerk"); a necessary condition, read from
 * the bytes, so that a text without capitals (the lower-cased
 * Multi-News) costs one quick pass, and most often none: the capitals
 * its tokens were counted with answer first. */
static int may_have_names(const precis_cluster *c)
{
    /* a capitalised word other than a sentence's first, opening after a
     * space or a mark, starts a token there, which the reading of the
     * documents counted in its term's `capitalised` (model/cluster.c,
     * TOK_UPPER): two pairs need two of them, and most clusters of
     * lower-cased text have fewer, known without reading their bytes.  Not
     * in a language with elisions, whose token of "D'accord" starts after
     * the elision, in lower case. */
    int elisions = 0;
    for (size_t d = 0; d < c->ndocs; d++)
        elisions |= c->docs[d].lang && c->docs[d].lang->elisions;
    uint64_t caps = 0;
    for (size_t i = 0; i < c->vocab.nterms && caps < 2; i++)
        caps += c->vocab.terms[i].capitalised;
    if (!elisions && caps < 2)
        return 0;
    size_t pairs = 0;
    for (size_t s = 0; s < c->nsents && pairs < 2; s++) {
        const unsigned char *t = (const unsigned char *)c->sents[s].text;
        size_t n = c->sents[s].len;
        int inword = 0, cap1 = 0, cap2 = 0; /* the last two words opened with a capital */
        for (size_t i = 0; i < n; i++) {
            unsigned char ch = t[i];
            int w = ((ch | 32) >= 'a' && (ch | 32) <= 'z') || (ch >= '0' && ch <= '9') ||
                    ch == '\'' || ch == '-' || ch == '.' || ch >= 0x80;
            if (w && !inword) {
                int cap = ch >= 'A' && ch <= 'Z';
                pairs += cap && (cap1 || cap2);
                cap2 = cap1;
                cap1 = cap;
            }
            inword = w;
        }
    }
    return pairs >= 2;
}

/* Reads the words of cluster c into nm (in arena) and finds its surnames
 * and family names written first (names.h); *found 0 when the cluster is
 * too large for the table (2^26 words), which then holds no names. */
static precis_status read_names(const precis_cluster *c, pc_arena *arena, pc_names *nm, int *found)
{
    /* the distinct words: twice the distinct stems is room enough
     * mostly (a stem has a few forms, a name one; the table is a power of
     * two, at most three quarters full); when it is not, the words are
     * read again into a table twice as large (the first one is left in
     * the arena), and a cluster too large for 2^26 words gets no names */
    table *t = &nm->t;
    size_t cap = 64;
    *found = 0;
    while (cap < 2 * c->vocab.nterms && cap < ((size_t)1 << 26))
        cap *= 2;
    for (;;) {
        memset(t, 0, sizeof *t);
        t->cap = cap;
        t->s = pc_arena_calloc(arena, t->cap, sizeof *t->s);
        if (!t->s)
            return PRECIS_ENOMEM;
        if (scan(c, arena, t, &nm->sw, &nm->tk))
            return PRECIS_ENOMEM;
        if (!t->full)
            break;
        if (cap >= ((size_t)1 << 26))
            return PRECIS_OK;
        cap *= 2;
    }
    t->people = pc_arena_calloc(arena, t->most_people + 1, sizeof *t->people);
    if (!t->people)
        return PRECIS_ENOMEM;
    find_groups(t);
    if (find_given(c, t, &nm->sw))
        return PRECIS_ENOMEM;
    find_families(c, t, &nm->sw);
    *found = 1;
    return PRECIS_OK;
}

precis_status pc_names_families(const precis_cluster *c, pc_arena *arena, pc_family **out,
                                size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!may_have_names(c))
        return PRECIS_OK;
    pc_names nm;
    int found;
    memset(&nm, 0, sizeof nm);
    if (read_names(c, arena, &nm, &found))
        return PRECIS_ENOMEM;
    if (!found || !nm.t.nfamily)
        return PRECIS_OK;
    size_t k = 0;
    for (size_t i = 0; i < nm.t.cap; i++)
        k += nm.t.s[i].key && (nm.t.s[i].g & F_NAME);
    if (!k)
        return PRECIS_OK;
    pc_family *f = pc_arena_alloc(arena, k * sizeof *f);
    if (!f)
        return PRECIS_ENOMEM;
    k = 0;
    for (size_t i = 0; i < nm.t.cap; i++) {
        const slot *w = &nm.t.s[i];
        if (!w->key || !(w->g & F_NAME))
            continue;
        const slot *g = &nm.t.s[person_of(&nm.t, w)->given[0] - 1];
        f[k++] = (pc_family){w->key, g->key, w->len, g->len};
    }
    *out = f;
    *n = k;
    return PRECIS_OK;
}

precis_status pc_names_build(pc_model *m)
{
    const precis_cluster *c = m->c;
    m->names = NULL;
    m->name_off = NULL;
    m->name_refs = NULL;
    m->nnames = 0;
    m->lower_case = !may_have_names(c);
    if (m->lower_case)
        return PRECIS_OK;
    pc_names *nm = pc_arena_calloc(m->arena, 1, sizeof *nm);
    if (!nm)
        return PRECIS_ENOMEM;
    int found;
    if (read_names(c, m->arena, nm, &found))
        return PRECIS_ENOMEM;
    if (!found)
        return PRECIS_OK;
    table *t = &nm->t;
    size_t most = 1;
    for (size_t s = 0; s < c->nsents; s++)
        most = nm->sw.n[s] > most ? nm->sw.n[s] : most;
    nm->at = pc_arena_alloc(m->arena, most * sizeof *nm->at);
    nm->src = pc_arena_alloc(m->arena, most * sizeof *nm->src);
    if (!nm->at || !nm->src)
        return PRECIS_ENOMEM;
    m->names = nm;
    /* per candidate, the names it introduces or names bare first, and
     * the room the given names of the latter would take */
    uint32_t nnames = 0;
    for (size_t i = 0; i < t->cap; i++)
        if (t->s[i].key && is_name(&t->s[i]))
            person_of(t, &t->s[i])->id = ++nnames;
    if (!nnames)
        return PRECIS_OK;
    size_t nrefs = 0;
    for (size_t i = 0; i < m->ncandidates; i++)
        nrefs += nm->sw.n[m->sentence_of[i]];
    m->name_off = pc_arena_alloc(m->arena, (m->ncandidates + 1) * sizeof *m->name_off);
    m->name_refs = pc_arena_alloc(m->arena, (nrefs + 1) * sizeof *m->name_refs);
    if (!m->name_off || !m->name_refs)
        return PRECIS_ENOMEM;
    m->nnames = nnames;
    nrefs = 0;
    for (size_t i = 0; i < m->ncandidates; i++) {
        m->name_off[i] = (uint32_t)nrefs;
        uint32_t s = m->sentence_of[i];
        const word *ws = nm->sw.at[s];
        size_t nw = nm->sw.n[s];
        for (size_t q = 0; q < nw; q++) {
            slot *w;
            int how = first_mention(nm, ws, nw, q, &w);
            if (!how)
                continue;
            pc_name_ref r = {person_of(t, w)->id - 1, 0, 0};
            const char *text;
            size_t pi, len = 0;
            if (how == 2 && (q > 0 && ws[q].adjacent && ws[q - 1].title))
                continue; /* "Mr. Lavrov" stays */
            if (how == 2 && !(len = given_text(c, nm, w, ws, q, &text, &pi)))
                continue;
            if (len) {
                r.words = (uint32_t)pc_count_words(text, len);
                r.bytes = (uint32_t)len;
            }
            m->name_refs[nrefs++] = r;
        }
        for (size_t q = 0; q < nw; q++) {
            slot *w = slot_of(t, &ws[q]);
            if (w)
                w->done = 0;
        }
    }
    m->name_off[m->ncandidates] = (uint32_t)nrefs;
    return PRECIS_OK;
}

precis_status pc_names_expand(const pc_model *m, const uint32_t *chosen, size_t k, precis_unit unit,
                              size_t room, pc_name_edit **out, size_t *nout)
{
    const precis_cluster *c = m->c;
    pc_names *nm = m->names;
    *out = NULL;
    *nout = 0;
    if (!nm || !m->nnames)
        return PRECIS_OK;
    size_t cap = 0;
    for (size_t i = 0; i < k; i++)
        cap += nm->sw.n[m->sentence_of[chosen[i]]];
    pc_name_edit *e = pc_arena_alloc(m->arena, (cap + 1) * sizeof *e);
    if (!e)
        return PRECIS_ENOMEM;
    /* the summary in output order; at[] is read only for a sentence that
     * has a name to expand */
    size_t ne = 0;
    for (size_t i = 0; i < k; i++) {
        uint32_t s = m->sentence_of[chosen[i]];
        const word *ws = nm->sw.at[s];
        size_t nw = nm->sw.n[s];
        int have_at = 0;
        for (size_t q = 0; q < nw; q++) {
            slot *w;
            int how = first_mention(nm, ws, nw, q, &w);
            if (!how)
                continue;
            if (how == 1 || (q > 0 && ws[q].adjacent && ws[q - 1].title))
                continue; /* introduced; "Mr. Lavrov" stays */
            const char *text;
            size_t pi, len = given_text(c, nm, w, ws, q, &text, &pi);
            size_t cost = unit == PRECIS_UNIT_WORDS   ? pc_count_words(text, len)
                          : unit == PRECIS_UNIT_BYTES ? len
                                                      : 0;
            if (len == 0 || cost > room)
                continue;
            room -= cost;
            if (!have_at) {
                word_offsets(&c->sents[s], nm->tk, nw, nm->at);
                have_at = 1;
            }
            size_t at = (w->g & F_NAME) ? nm->at[q] + w->len : nm->at[pi != SIZE_MAX ? pi : q];
            e[ne++] = (pc_name_edit){i, at, text, len};
        }
    }
    *out = e;
    *nout = ne;
    return PRECIS_OK;
}
