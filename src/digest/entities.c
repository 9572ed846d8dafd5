/* Entities: capitalised runs classified as person, organisation or place.
 * Two linear passes over the sentences: the first learns full names of
 * people ("Rex Tillerson", from a first name or a title), the second counts
 * mentions, matching a bare surname ("Tillerson") to the full name.  Lookups
 * go through a hash table; nothing is quadratic. */
#include "digest/entities.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "lang/lang.h"
#include "model/cluster.h"
#include "model/names.h"
#include "text/tokenize.h"
#include "util/alloc.h"
#include "util/hash.h"
#include <stdio.h>

#define MAX_RUN 8 /* words; longer capitalised runs are headlines, not names */

/* Hash table from key ("p:assad", "o:security council", "l:syria") to
 * entity index + 1. */
typedef struct etab {
    uint32_t *slot;
    size_t cap; /* power of two */
} etab;

/* A spelling of a person's full name and how often pass 1 met it; an
 * entity's spellings are chained through `next` (index + 1, 0 ends). */
typedef struct espell {
    const char *name;
    uint32_t count, next;
} espell;

/* Spellings kept per person: a name is written in a few ways, and a
 * surname written with hundreds of given names is ambiguous long before. */
#define MAX_SPELLINGS 16

typedef struct ectx {
    precis_digest *g;
    pc_entity *e;
    size_t n, cap;
    uint8_t *ambiguous; /* per entity: a surname shared by different people */
    size_t amb_cap;
    uint32_t *spell1; /* per entity: its first spelling (index + 1), 0 for none */
    size_t spell1_cap;
    espell *sp;
    size_t nsp, sp_cap;
    struct dline *dl; /* datelines in capitals, counted after pass 2 */
    size_t midcaps;   /* capitalised runs within sentences (pass 1) */
    int openers;      /* a "w:" entry was noted (note_opener) */
    int after_clock;  /* the sentence read follows one ending in "p.m." */
    size_t ndl, dl_cap;
    etab t;
    int oom;
} ectx;

/* A dateline in capitals ("HAITI _ The tourist ..."): the place it names,
 * its key ("l:haiti") and name ("Haiti"), and its document. */
typedef struct dline {
    const char *key, *name;
    uint32_t doc;
} dline;

static uint32_t hash_str(const char *s)
{
    return pc_fnv1a(s, strlen(s));
}

static long tab_find(const ectx *x, const char *key)
{
    if (!x->t.cap)
        return -1;
    for (size_t i = hash_str(key) & (x->t.cap - 1);; i = (i + 1) & (x->t.cap - 1)) {
        uint32_t v = x->t.slot[i];
        if (!v)
            return -1;
        if (strcmp(x->e[v - 1].key, key) == 0)
            return (long)(v - 1);
    }
}

static int tab_grow(ectx *x)
{
    size_t ncap = x->t.cap ? x->t.cap * 2 : 256;
    uint32_t *ns = pc_malloc(x->g->alc, ncap * sizeof *ns);
    if (!ns)
        return -1;
    memset(ns, 0, ncap * sizeof *ns);
    for (size_t k = 0; k < x->n; k++) {
        size_t i = hash_str(x->e[k].key) & (ncap - 1);
        while (ns[i])
            i = (i + 1) & (ncap - 1);
        ns[i] = (uint32_t)(k + 1);
    }
    pc_free(x->g->alc, x->t.slot, x->t.cap * sizeof *x->t.slot);
    x->t.slot = ns;
    x->t.cap = ncap;
    return 0;
}

static long tab_add(ectx *x, const char *key, const char *name, pc_ekind kind)
{
    if ((x->n + 1) * 2 > x->t.cap && tab_grow(x))
        return -1;
    if (pc_array_reserve(x->g->alc, (void **)&x->e, &x->cap, x->n + 1, sizeof *x->e) ||
        pc_array_reserve(x->g->alc, (void **)&x->ambiguous, &x->amb_cap, x->n + 1, 1) ||
        pc_array_reserve(x->g->alc, (void **)&x->spell1, &x->spell1_cap, x->n + 1,
                         sizeof *x->spell1))
        return -1;
    pc_entity *e = &x->e[x->n];
    memset(e, 0, sizeof *e);
    e->key = pc_arena_strndup(&x->g->arena, key, strlen(key));
    e->name = pc_arena_strndup(&x->g->arena, name, strlen(name));
    e->kind = kind;
    e->count = pc_arena_calloc(&x->g->arena, x->g->c->ndocs + 1, sizeof *e->count);
    if (!e->key || !e->name || !e->count)
        return -1;
    x->ambiguous[x->n] = 0;
    x->spell1[x->n] = 0;
    size_t i = hash_str(key) & (x->t.cap - 1);
    while (x->t.slot[i])
        i = (i + 1) & (x->t.cap - 1);
    x->t.slot[i] = (uint32_t)(x->n + 1);
    return (long)x->n++;
}

/* Whether an underscore stands between words k - 1 and k: the AP wires
 * write " _ " for a dash, which the word splitter drops as punctuation
 * ("NEVIS _ Both", "N.Y. _ Dr. Barnett A. Slepian" were one name each). */
static int dash_before(const pc_words *w, const char *s, size_t k)
{
    return k > 0 && memchr(s + w->w[k - 1].end, '_', w->w[k].start - w->w[k - 1].end) != NULL;
}

/* Whether word k is the possessive of a plural that opens a name with the
 * capitalised word after it ("People's Republic of China", "Women's
 * Hospital", "Children's Aid Society"): a group owns no one thing, so its
 * possessive there names an attribute, where "Croatia's Stepinac" names an
 * owner.  The English plurals that take "'s" (people, men, women,
 * children); a plural in "-s'" is read as punctuation after the word. */
static int plural_poss(const pc_words *w, const char *s, size_t k)
{
    static const char *const plural[] = {"people", "men", "women", "children"};
    const pc_word *t = &w->w[k];
    if (!t->poss || !t->cap || t->after || k + 1 >= w->n || !w->w[k + 1].cap ||
        w->w[k + 1].before || dash_before(w, s, k + 1))
        return 0;
    for (size_t m = 0; m < sizeof plural / sizeof *plural; m++)
        if (pc_lex_eq(s, t->start, t->end, plural[m]))
            return 1;
    return 0;
}

size_t pc_entity_run(const pc_words *w, const char *s, size_t i)
{
    if (i >= w->n || !w->w[i].cap)
        return i;
    size_t j = i + 1;
    const pc_word *f = &w->w[i];
    /* "Dr. Maren Solberg", "E. Gerald Corrigan": an abbreviated title or
     * an initial goes on */
    int abbrev = f->after == '.' && f->end < f->raw_end && s[f->end] == '.' &&
                 (f->end - f->start == 1 || pc_lex_title(s + f->start, f->end - f->start + 1)) &&
                 j < w->n && w->w[j].cap;
    if ((f->after && !abbrev) || (f->poss && !plural_poss(w, s, i)))
        return j;
    while (j < w->n && j - i < MAX_RUN) {
        const pc_word *t = &w->w[j];
        if (t->before || dash_before(w, s, j))
            break;
        if (t->cap) {
            j++;
            /* "Dr. Maren Solberg", "Ruth A. Mercer": an abbreviated title
             * or an initial goes on */
            if (t->after == '.' && t->end < t->raw_end && s[t->end] == '.' && j < w->n &&
                w->w[j].cap &&
                (t->end - t->start == 1 || pc_lex_title(s + t->start, t->end - t->start + 1)))
                continue;
            if (t->after || (t->poss && !plural_poss(w, s, j - 1)))
                break;
            continue;
        }
        /* particles and "of"/"for" join two capitalised words */
        int join = pc_lex_name_particle(s + t->start, t->end - t->start) ||
                   pc_lex_eq(s, t->start, t->end, "of") || pc_lex_eq(s, t->start, t->end, "for");
        /* "al-Assad": a lower-case particle glued to a capitalised name */
        if (!join && t->end - t->start > 3 &&
            (memcmp(s + t->start, "al-", 3) == 0 || memcmp(s + t->start, "el-", 3) == 0)) {
            j++;
            if (t->after || t->poss)
                break;
            continue;
        }
        if (join && !t->after) {
            /* "von der Leyen": particles in a row before a capitalised word */
            size_t m = j + 1;
            while (m < w->n && !w->w[m].cap && !w->w[m].after && m - j < 3 &&
                   pc_lex_name_particle(s + w->w[m].start, w->w[m].end - w->w[m].start))
                m++;
            if (m < w->n && w->w[m].cap && !w->w[m].before && !dash_before(w, s, m)) {
                j = m;
                continue;
            }
        }
        break;
    }
    return j;
}

/* Whether code point cp, of a name's decomposition, is an accent to drop:
 * a combining mark of Latin, Greek and Cyrillic text (U+0300-U+036F), the
 * marks their precomposed letters decompose to.  Other scripts' marks are
 * letters' parts (Devanagari's vowel signs, a nukta) and stay. */
static int accent_mark(utf8proc_int32_t cp)
{
    return cp >= 0x300 && cp <= 0x36F;
}

/* lower's part beyond ASCII: s[k..b) folded into buf[0..cap - 1), built
 * aside (buf may be s), its length returned. */
static size_t fold_rest(char *buf, size_t cap, const char *s, size_t k, size_t b)
{
    char tmp[256];
    size_t o = 0, lim = cap < sizeof tmp ? cap : sizeof tmp;
    while (k < b && o + 1 < lim) {
        unsigned char c = (unsigned char)s[k];
        if (c < 0x80) {
            tmp[o++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            k++;
            continue;
        }
        utf8proc_int32_t cp, out[8];
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + k, (utf8proc_ssize_t)(b - k), &cp);
        int bc = 0;
        utf8proc_ssize_t m =
            r > 0 ? utf8proc_decompose_char(cp, out, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, &bc)
                  : -1;
        if (m < 0 || m > 8) { /* an invalid byte or a long expansion: as is */
            tmp[o++] = (char)c;
            k++;
            continue;
        }
        utf8proc_uint8_t enc[4 * 8];
        size_t el = 0;
        for (utf8proc_ssize_t q = 0; q < m; q++)
            if (!accent_mark(out[q]))
                el += (size_t)utf8proc_encode_char(out[q], enc + el);
        if (o + el + 1 > lim)
            break;
        memcpy(tmp + o, enc, el);
        o += el;
        k += (size_t)r;
    }
    memcpy(buf, tmp, o);
    return o;
}

/* Folded copy of s[a..b) into buf, the key of a name: case folded and
 * accents dropped (Unicode case folding and canonical decomposition, its
 * combining accents left out: accent_mark), so that "José Núñez", "Jose
 * Nunez" and "JOSÉ NÚÑEZ" are one person and "Zürich" and "Zurich" one
 * place: outlets write one name with and without its accents (wires and
 * English sites drop them), never two people by an accent alone.  ASCII
 * is folded here; utf8proc reads the rest (fold_rest).  buf may be s. */
static void lower(char *buf, size_t cap, const char *s, size_t a, size_t b)
{
    size_t o = 0, k = a;
    for (; k < b && o + 1 < cap && (unsigned char)s[k] < 0x80; k++) {
        char c = s[k];
        buf[o++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    if (k < b && o + 1 < cap)
        o += fold_rest(buf + o, cap - o, s, k, b); /* most names end here */
    buf[o] = '\0';
}

/* The consonant skeleton of the first word of name into buf: its first
 * letter, then its other ASCII consonants in lower case, a letter repeated
 * once ("Mohammed", "Muhamad": "mhmd"; "Goeran", "Goren", "Göran": "grn").
 * Vowels, "y" and letters beyond ASCII are left out. */
static size_t skeleton(char *buf, size_t cap, const char *name)
{
    size_t k = 0;
    for (size_t i = 0; name[i] && name[i] != ' ' && k + 1 < cap; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (i > 0 && ((unsigned char)c >= 0x80 || !(c >= 'a' && c <= 'z') || strchr("aeiouy", c)))
            continue;
        if (k && buf[k - 1] == c)
            continue;
        buf[k++] = c;
    }
    buf[k] = 0;
    return k;
}

/* Two given names of one surname that name one person: the same first
 * three letters (Sergei / Sergey), or the same skeleton of three
 * consonants or more, as outlets spell a name from another script or with
 * letters beyond ASCII (Goran / Goeran / Göran, Mohammed / Muhammad);
 * "John" and "Joan" ("jhn", "jn"), "Dana" and "Dina" (two letters) stay
 * apart. */
int pc_entity_same_given(const char *a, const char *b)
{
    size_t na = strcspn(a, " "), nb = strcspn(b, " ");
    if ((na == nb && strncasecmp(a, b, na) == 0) ||
        (na >= 3 && nb >= 3 && strncasecmp(a, b, 3) == 0))
        return 1;
    char ka[32], kb[32];
    return skeleton(ka, sizeof ka, a) >= 3 && skeleton(kb, sizeof kb, b) >= 3 && !strcmp(ka, kb);
}

/* Whether the first given name of b is one of the given names of the full
 * name a (its words before the last, not particles nor initials). */
static int given_among(const char *a, const char *b)
{
    for (const char *p = a; *p;) {
        size_t n = strcspn(p, " ");
        if (!p[n])
            break; /* the surname */
        if (n >= 2 && p[n - 1] != '.' && !pc_lex_name_particle(p, n) && pc_entity_same_given(p, b))
            return 1;
        p += n + 1;
    }
    return 0;
}

static int roman(const char *s, size_t n);

/* The regnal number that ends the full name a ("II" of "John Paul II"),
 * or NULL. */
static const char *regnal_of(const char *a)
{
    const char *last = strrchr(a, ' ');
    return last && roman(last + 1, strlen(last + 1)) ? last + 1 : NULL;
}

/* Two full names of one surname that name one person: their given names
 * agree (pc_entity_same_given), or the first given name of one is another
 * given name of the other ("Stanley Frederick James Shaw", "Stanley
 * Shaw" and "James Shaw"; "Glenn Edward Murray" and "Edward Murray"),
 * and no two regnal numbers differ ("John Paul" is "John Paul II"). */
int pc_entity_same_person(const char *a, const char *b)
{
    const char *ra = regnal_of(a), *rb = regnal_of(b);
    if (ra && rb && strcmp(ra, rb) != 0)
        return 0; /* "Pius XI", "Pius XII" */
    return pc_entity_same_given(a, b) || given_among(a, b) || given_among(b, a);
}

/* Whether word a, before a surname that names the person `full` (a full
 * name), is another given name: "Joan Persson" is not "John Persson".
 * Not for a word that may only open the sentence ("Yet D'Amato", "Neither
 * Blair"), a title ("Chairman Arafat") or a common word; an initial
 * agrees with the given name's first letter ("J. Hyde", Henry J. Hyde:
 * the middle initial, so any initial). */
static int other_given(const char *full, const pc_words *w, const char *s, size_t a)
{
    const pc_word *t = &w->w[a];
    size_t n = t->end - t->start;
    const char *last = strrchr(full, ' ');
    if (!last || a == 0 || n < 2 || pc_lex_title(s + t->start, n) ||
        (!t->cap && pc_lex_name_particle(s + t->start, n)) || /* "the bin Laden network" */
        (strlen(last + 1) == n && memcmp(last + 1, s + t->start, n) == 0) || /* "Arafat Arafat" */
        pc_lex_common_cap(s + t->start, n) || (t->end < t->raw_end && s[t->end] == '.'))
        return 0;
    char given[64];
    if (n >= sizeof given)
        return 0;
    memcpy(given, s + t->start, n);
    given[n] = 0;
    return !pc_entity_same_person(full, given);
}

/* Whether s[0..n) is a Roman number from 1 to 39 ("II", "XVI", "XXIII"):
 * a regnal number after a name ("Pius XII", "Carl XVI Gustaf"). */
static int roman(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && s[k] == 'X')
        k++;
    if (k + 2 == n && s[k] == 'I' && (s[k + 1] == 'X' || s[k + 1] == 'V'))
        return 1;
    if (k < n && s[k] == 'V')
        k++;
    size_t ones = 0;
    while (k < n && ones < 3 && s[k] == 'I')
        k++, ones++;
    return n > 0 && k == n;
}

/* Whether word k is a regnal number after a capitalised name word. */
static int regnal(const pc_words *w, const char *s, size_t k)
{
    return k > 0 && w->w[k - 1].cap && !w->w[k - 1].after && !w->w[k - 1].poss &&
           roman(s + w->w[k].start, w->w[k].end - w->w[k].start);
}

/* Case-folded order of two words of n and m bytes. */
static int cmp_folded(const char *a, size_t n, const char *b, size_t m)
{
    int c = strncasecmp(a, b, n < m ? n : m);
    return c ? c : (n > m) - (n < m);
}

static int cmp_family(const void *pa, const void *pb)
{
    const pc_family *a = pa, *b = pb;
    return cmp_folded(a->family, a->flen, b->family, b->flen);
}

/* The family name written first ("Xu" of "Xu Wenli": model/names.h
 * finds them) that word k is, or NULL; binary search. */
static const pc_family *family_name(const precis_digest *g, const pc_words *w, const char *s,
                                    size_t k)
{
    const pc_word *t = &w->w[k];
    size_t lo = 0, hi = g->nfams;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const pc_family *f = &g->fams[mid];
        int c = cmp_folded(f->family, f->flen, s + t->start, t->end - t->start);
        if (c == 0)
            return f;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Whether the two-word name [b - 2, b) is written family name first:
 * a family name written first and its given name ("Xu Wenli"), or a name
 * whose last word is another's family name written first ("Zhang Xiong"
 * beside "Xiong Guoming" and "Xiong won": the cluster writes names family
 * first, and "Zhang said" names the coach). */
static int family_order(const precis_digest *g, const pc_words *w, const char *s, size_t b)
{
    const pc_family *f = family_name(g, w, s, b - 2);
    const pc_word *u = &w->w[b - 1];
    return (f && cmp_folded(f->given, f->glen, s + u->start, u->end - u->start) == 0) ||
           family_name(g, w, s, b - 1) != NULL;
}

/* Key of the surname of the name [a, b): its last word, lower case,
 * "al-" dropped; the name before a regnal number ("p:paul" for "John Paul
 * II", as for "John Paul": the number alone would make every "II" one
 * person, and pc_entity_same_person keeps "Pius XI" and "Pius XII"
 * apart); a family name
 * written first is the surname of a two-word name ("p:xu" for "Xu
 * Wenli", as "Xu" names him alone; family_order). */
static void surname_key(const precis_digest *g, char *buf, size_t cap, const pc_words *w,
                        const char *s, size_t a, size_t b)
{
    const pc_word *t = &w->w[b - 1];
    char tmp[96];
    if (b == a + 2 && g->nfams && family_order(g, w, s, b)) {
        lower(tmp, sizeof tmp, s, w->w[b - 2].start, w->w[b - 2].end);
        snprintf(buf, cap, "p:%s", tmp);
        return;
    }
    if (b >= 2 && regnal(w, s, b - 1))
        t = &w->w[b - 2];
    size_t at = t->start;
    if (t->end - at > 3 && (strncmp(s + at, "al-", 3) == 0 || strncmp(s + at, "Al-", 3) == 0 ||
                            strncmp(s + at, "el-", 3) == 0))
        at += 3;
    lower(tmp, sizeof tmp, s, at, t->end);
    snprintf(buf, cap, "p:%s", tmp);
}

/* When the name [a, b) ends in a regnal number and the person keyed by
 * its name (surname_key) ends in another ("Pius XI" where that person is
 * "Pius XII"), the key with the number ("p:pius xi") into buf: two people;
 * returns 1 then, else 0. */
static int numbered_key(const char *person, char *buf, size_t cap, const pc_words *w, const char *s,
                        size_t a, size_t b)
{
    const char *r = regnal_of(person);
    const pc_word *t = &w->w[b - 1];
    if (!r || b < a + 2 || !regnal(w, s, b - 1) ||
        (strlen(r) == t->end - t->start && memcmp(r, s + t->start, strlen(r)) == 0))
        return 0;
    char tmp[96];
    lower(tmp, sizeof tmp, s, w->w[b - 2].start, t->end);
    snprintf(buf, cap, "p:%s", tmp);
    return 1;
}

/* Text of words [i, j) as written (single spaces). */
void pc_entity_phrase(char *buf, size_t cap, const pc_words *w, const char *s, size_t i, size_t j)
{
    size_t o = 0;
    for (size_t k = i; k < j; k++) {
        size_t n = w->w[k].end - w->w[k].start;
        if (n == 1 && w->w[k].end < w->w[k].raw_end && s[w->w[k].end] == '.')
            n++;                       /* an initial keeps its period: "Ruth A. Mercer" */
        if (w->w[k].poss && k + 1 < j) /* "People's Republic of China" */
            n += s[w->w[k].end] == '\'' ? 2 : 4;
        if (o + n + 2 >= cap) {
            if (k > i || cap < 2)
                break;
            n = cap - 2; /* a first word longer than the buffer: its start, whole characters */
            while (n > 0 && ((unsigned char)s[w->w[k].start + n] & 0xC0) == 0x80)
                n--;
        }
        if (k > i)
            buf[o++] = ' ';
        memcpy(buf + o, s + w->w[k].start, n);
        o += n;
    }
    buf[o] = '\0';
}

/* One name for places and bodies written several ways. */
static void alias(char *name, size_t cap)
{
    static const struct {
        const char *from, *to;
    } a[] = {{"U.S.", "United States"},  {"US", "United States"},   {"U.S.A.", "United States"},
             {"USA", "United States"},   {"UN", "United Nations"},  {"U.N.", "United Nations"},
             {"U.K.", "United Kingdom"}, {"UK", "United Kingdom"},  {"EU", "European Union"},
             {"E.U.", "European Union"}, {"ISIS", "Islamic State"}, {"ISIL", "Islamic State"}};
    for (size_t i = 0; i < sizeof a / sizeof a[0]; i++)
        if (strcmp(name, a[i].from) == 0) {
            snprintf(name, cap, "%s", a[i].to);
            return;
        }
}

typedef struct rclass {
    pc_ekind kind;
    size_t a, b; /* the words that name it */
    int full;    /* person: a full name (first name or title seen) */
    int known;   /* classified */
} rclass;

/* Whether word k is a title word ("Minister", "Gen.", "Sen.") */
static int title_word(const pc_words *w, const char *s, size_t k)
{
    const pc_word *t = &w->w[k];
    size_t n = t->end - t->start;
    return pc_lex_title(s + t->start, n) ||
           (t->end < t->raw_end && s[t->end] == '.' && pc_lex_title(s + t->start, n + 1));
}

/* Whether word k of a run ending before word j, written as an acronym, is
 * part of a person's name: initials before a name ("B.J. Habibie", "F.W.
 * de Klerk": single letters with their periods, then a capitalised word,
 * or a particle and one, that is no title, organisation or acronym; "U.N.
 * Secretary-General", "U.S. District Court" stay acronyms) or a regnal
 * number after a name ("John Paul II", "Carl XVI Gustaf": a Roman number
 * after a capitalised word, also when the run is cut before the number,
 * as the test of a first name's surname cuts it). */
static int name_letters(const pc_words *w, const char *s, size_t k, size_t j)
{
    const pc_word *t = &w->w[k];
    size_t n = t->end - t->start;
    if (regnal(w, s, k))
        return 1;
    for (size_t m = 0; m < n; m += 2)
        if (!(s[t->start + m] >= 'A' && s[t->start + m] <= 'Z') || m + 1 >= n ||
            s[t->start + m + 1] != '.')
            return 0;
    size_t q = k + 1;
    if (q + 1 < j && !w->w[q].cap &&
        pc_lex_name_particle(s + w->w[q].start, w->w[q].end - w->w[q].start))
        q++;
    if (q + 1 != j || !w->w[q].cap)
        return 0; /* the surname ends the run: "U.N. Human Development Index" */
    const char *u = s + w->w[q].start;
    size_t un = w->w[q].end - w->w[q].start;
    return !title_word(w, s, q) && !pc_lex_org_word(u, un) && !pc_lex_acronym(u, un);
}

static int is_org_run(const pc_words *w, const char *s, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        const pc_word *t = &w->w[k];
        size_t n = t->end - t->start;
        if (pc_lex_org_word(s + t->start, n))
            return 1;
        if (pc_lex_acronym(s + t->start, n) && n <= 5 && !pc_lex_place(s + t->start, n) &&
            !name_letters(w, s, k, j))
            return 1;
    }
    return 0;
}

/* Whether a word of [i, j) is a word of organisations ("Corp", "Council"). */
static int org_word_in(const pc_words *w, const char *s, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (pc_lex_org_word(s + w->w[k].start, w->w[k].end - w->w[k].start))
            return 1;
    return 0;
}

static int is_place_run(const pc_words *w, const char *s, size_t i, size_t j)
{
    char buf[160];
    pc_entity_phrase(buf, sizeof buf, w, s, i, j);
    return pc_lex_place(buf, strlen(buf));
}

/* An adjective of nation or region ("Syrian", "European", "Chinese",
 * "Israeli", "French", "Arab"): part of an organisation's name ("Syrian
 * Observatory for Human Rights", "Arab League").  By its ending, or one of
 * the few that have none of these endings. */
static int nationality(const char *s, size_t n)
{
    static const char *const end[] = {"an", "ish", "ese", "ic", "ern", "i", "ch"};
    static const char *const other[] = {"arab", "greek", "swiss", "thai", "soviet", "welsh"};
    for (size_t k = 0; k < sizeof other / sizeof *other; k++)
        if (pc_lex_eq(s, 0, n, other[k]))
            return 1;
    if (n < 4)
        return 0;
    for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
        size_t m = strlen(end[k]);
        if (memcmp(s + n - m, end[k], m) == 0)
            return 1;
    }
    return 0;
}

/* "Russia-based", "Iran-backed", "state-run": a modifier, not a name. */
static int modifier(const char *s, size_t n)
{
    static const char *const suf[] = {
        "-based",  "-backed", "-led",   "-owned",  "-run", "-linked",   "-born", "-made",
        "-funded", "-allied", "-laden", "-ridden", "-hit", "-stricken", "-torn", "-strapped"};
    for (size_t k = 0; k < sizeof suf / sizeof *suf; k++) {
        size_t m = strlen(suf[k]);
        if (n > m && memcmp(s + n - m, suf[k], m) == 0)
            return 1;
    }
    return 0;
}

/* The name of a person who holds an organisation's office, at the end of a
 * run ("Foreign Office Minister Derek Fatchett", "Senate Majority Leader
 * Trent Lott"): after a title word that follows an organisation's word, two
 * or three capitalised words that are no title, organisation, acronym,
 * month or weekday.  Returns where the name starts, or j when the run has
 * none (the organisation alone, "Foreign Office Minister", or "Energy
 * Policy Act" whose title word opens it). */
static size_t held_title(const pc_words *w, const char *s, size_t a, size_t j)
{
    size_t k = j;
    while (k > a + 1 && j - k < 3) {
        const pc_word *t = &w->w[k - 1];
        size_t n = t->end - t->start;
        if (pc_lex_title(s + t->start, n) ||
            (t->end < t->raw_end && s[t->end] == '.' && pc_lex_title(s + t->start, n + 1)))
            break;
        if (pc_lex_org_word(s + t->start, n) || pc_lex_acronym(s + t->start, n) ||
            pc_lex_month(s + t->start, n) || pc_lex_weekday(s + t->start, n) >= 0 ||
            (k < j && (t->poss || t->after)))
            return j;
        k--;
    }
    if (k == j || k <= a + 1)
        return j;
    const pc_word *title = &w->w[k - 1];
    size_t tn = title->end - title->start;
    if (!(pc_lex_title(s + title->start, tn) ||
          (title->end < title->raw_end && s[title->end] == '.' &&
           pc_lex_title(s + title->start, tn + 1))) ||
        !is_org_run(w, s, a, k - 1))
        return j;
    /* a given name and a surname at least: one word after the title is
     * as often the rest of the organisation's name ("Ministry of Foreign
     * Affairs"), and so is anything after "of" */
    const pc_word *before = &w->w[k - 2];
    if (j - k < 2 || pc_lex_eq(s, before->start, before->end, "of") ||
        pc_lex_eq(s, before->start, before->end, "for"))
        return j;
    return k;
}

/* Where the name after a title inside the run [a, j) starts: the last of
 * the title words that follow one to three others ("Communications
 * Minister", "Tribunal Chief Prosecutor"), then two or three capitalised
 * words that are no title, organisation, acronym, month or weekday, and
 * none of the run's words a possessive or followed by punctuation before
 * the end; j when the run is no such thing. */
static size_t inner_title(const pc_words *w, const char *s, size_t a, size_t j)
{
    for (size_t k = a + 1; k + 2 < j && k <= a + 3; k++) {
        if (!title_word(w, s, k) || title_word(w, s, k + 1) || j - k - 1 > 3)
            continue;
        for (size_t m = a; m < j; m++)
            if (m + 1 < j && (w->w[m].poss || w->w[m].after))
                return j;
        for (size_t m = k + 1; m < j; m++) {
            const pc_word *t = &w->w[m];
            size_t n = t->end - t->start;
            if (title_word(w, s, m) || pc_lex_org_word(s + t->start, n) ||
                pc_lex_acronym(s + t->start, n) || pc_lex_month(s + t->start, n) ||
                pc_lex_weekday(s + t->start, n) >= 0)
                return j;
        }
        return k + 1;
    }
    return j;
}

/* Where a person's given names start when the first one the list knows
 * is word k of a run starting at i: up to two capitalised words before it
 * that read as given names ("Stanley Frederick James Shaw", "Glenn
 * Edward Murray", "Yusef Ali Mohammed Zughayar"), none the sentence's
 * first word (which is capitalised whatever it is: "Maybe Bill Gates"),
 * nor a title, a common or generic word, a word of organisations or
 * places, an adjective of nation, a modifier, a month or weekday, an
 * acronym, a possessive, a word before punctuation, a plural ("Britons
 * Peter Kennedy"), or a word after an article. */
static size_t given_names_before(const pc_words *w, const char *s, size_t i, size_t k)
{
    size_t a = k;
    /* "the Exchequer Gordon Brown": no given name after an article */
    size_t first = i + (i > 0 && (pc_lex_is(w, s, i - 1, "the") || pc_lex_is(w, s, i - 1, "a") ||
                                  pc_lex_is(w, s, i - 1, "an")));
    while (a > first && a > 0 && k - a < 2) {
        const pc_word *t = &w->w[a - 1];
        const char *p = s + t->start;
        size_t n = t->end - t->start;
        if (a - 1 == 0 || !t->cap || t->poss || t->after || t->before || n < 2 ||
            (p[1] >= 'A' && p[1] <= 'Z') || p[n - 1] == 's' || title_word(w, s, a - 1) ||
            pc_lex_common_cap(p, n) || pc_lex_generic(p, n) || pc_lex_org_word(p, n) ||
            pc_lex_place(p, n) || pc_lex_name_particle(p, n) || nationality(p, n) ||
            modifier(p, n) || pc_lex_month(p, n) || pc_lex_weekday(p, n) >= 0 ||
            dash_before(w, s, a))
            break;
        a--;
    }
    return a;
}

/* Whether word k is a word of geography ("Mount", "Lake", "Bay",
 * "province"). */
static int geo_word(const pc_words *w, const char *s, size_t k)
{
    static const char *const geo[] = {
        "mount",   "mt.",    "lake",     "river",  "gulf",      "bay",      "island",
        "islands", "cape",   "sea",      "strait", "valley",    "desert",   "province",
        "county",  "region", "district", "port",   "mountains", "mountain", "peninsula"};
    for (size_t m = 0; m < sizeof geo / sizeof *geo; m++)
        if (pc_lex_eq(s, w->w[k].start, w->w[k].end, geo[m]))
            return 1;
    return 0;
}

/* Whether word k is a word of organisations or events, or its plural
 * ("Departments", "Operations"): no one's surname. */
static int body_word(const pc_words *w, const char *s, size_t k)
{
    const char *t = s + w->w[k].start;
    size_t n = w->w[k].end - w->w[k].start;
    for (int cut = 0; cut < 2; cut++, n--)
        if (n > 2 && (pc_lex_org_word(t, n) || pc_lex_event_word(t, n)))
            return 1;
        else if (t[n - 1] != 's')
            return 0;
    return 0;
}

/* Whether word k is a plural noun of adherents ("Democrats",
 * "Socialists", "Islamists"): English forms them with "-crats" and
 * "-ists", which end no surname. */
static int adherents(const pc_words *w, const char *s, size_t k)
{
    const char *t = s + w->w[k].start;
    size_t n = w->w[k].end - w->w[k].start;
    return n > 6 && (pc_lex_eq(t, n - 5, n, "crats") || pc_lex_eq(t, n - 4, n, "ists"));
}

/* Whether the run [i, j) is the whole text of a quotation (`dubbed
 * ``Prime Evil.''`, a nickname or a work's title): opened by a quote mark
 * before its first word and closed by one after its last. */
static int quoted_run(const pc_words *w, const char *s, size_t i, size_t j)
{
    const pc_word *l = &w->w[j - 1];
    if (!w->w[i].before || l->poss)
        return 0;
    for (size_t k = l->end; k < l->raw_end; k++)
        if (s[k] == '"' || s[k] == '\'' ||
            (k + 2 < l->raw_end && memcmp(s + k, "\xE2\x80\x9D", 3) == 0))
            return 1;
    return 0;
}

static rclass classify(const pc_words *w, const char *s, size_t i, size_t j)
{
    rclass r;
    memset(&r, 0, sizeof r);
    /* "Security Council Wednesday": a weekday ends no name */
    while (j > i + 1 &&
           pc_lex_weekday(s + w->w[j - 1].start, w->w[j - 1].end - w->w[j - 1].start) >= 0)
        j--;
    char buf[160];
    pc_entity_phrase(buf, sizeof buf, w, s, i, j);
    if (pc_lex_org_word(buf, strlen(buf)) && j - i > 1) { /* "Islamic State" */
        r.kind = PC_ORG, r.a = i, r.b = j, r.known = 1;
        return r;
    }
    if (j - i > 1 && pc_lex_place(buf, strlen(buf))) { /* "New York" */
        r.kind = PC_PLACE, r.a = i, r.b = j, r.known = 1;
        return r;
    }
    /* a state's name ("Federal Republic of Yugoslavia", "The Dominican
     * Republic", "United Arab Emirates") is a place, however its words
     * read: the state's word ends the run or "of" follows it ("United
     * States Space Command", "Commonwealth Games" are other things), no
     * word of organisations ("Republic National Bank") nor title
     * ("Dominican Republic President Leonel Fernandez") in the run; "The"
     * and the like before the state's word are dropped */
    {
        size_t a = i, k = i;
        for (; k < j; k++) {
            const char *t = s + w->w[k].start;
            size_t n = w->w[k].end - w->w[k].start;
            if (pc_lex_state_word(t, n))
                break;
            if (pc_lex_common_cap(t, n) && !nationality(t, n))
                a = k + 1;
        }
        if (k < j && (k + 1 == j ? k > a : pc_lex_is(w, s, k + 1, "of")) &&
            !org_word_in(w, s, a, j)) {
            size_t m = a;
            while (m < j && !title_word(w, s, m))
                m++;
            if (m == j) {
                r.kind = PC_PLACE, r.a = a, r.b = j, r.known = 1;
                return r;
            }
        }
    }
    /* a first name followed by a capitalised word starts a person, unless
     * a title follows it: "San Juan Mayor Sila Calderon" is Sila Calderon */
    for (size_t k = i; k + 1 < j; k++) {
        const pc_word *t = &w->w[k];
        int titled_after = 0;
        for (size_t m = k + 1; m + 1 < j && !titled_after; m++)
            titled_after = title_word(w, s, m);
        if (pc_lex_first_name(s + t->start, t->end - t->start) && !t->poss && !t->after &&
            !titled_after && t->end - t->start > 1 && !adherents(w, s, j - 1) &&
            !(s[t->start + 1] >= 'A' && s[t->start + 1] <= 'Z') && !is_org_run(w, s, k + 1, j)) {
            r.kind = PC_PERSON, r.a = k, r.b = j, r.full = 1, r.known = 1;
            if (j - k <= 3) /* "Stanley Frederick James Shaw" */
                r.a = given_names_before(w, s, i, k);
            /* a first name in a place's name: "San Juan Bay", "the Charles
             * River", three words or an article before the run and a word
             * of geography at its end ("Michael Bay" stays a person) */
            if (geo_word(w, s, j - 1) &&
                (j - i >= 3 || (i > 0 && pc_lex_is(w, s, i - 1, "the") && !w->w[i - 1].after)))
                r.kind = PC_PLACE, r.a = i, r.full = 0;
            /* "the Jack Tar, the biggest property on the island": news
             * writes no article before a person's name, unless the name
             * modifies the noun after it ("the George Bush administration") */
            else if (((k == i && i > 0 && pc_lex_is(w, s, i - 1, "the") && !w->w[i - 1].after) ||
                      (k == i + 1 && pc_lex_is(w, s, i, "the"))) &&
                     !(j < w->n && !w->w[j - 1].after && !w->w[j].cap))
                r.known = 0, r.full = 0, r.a = k;
            return r;
        }
    }
    /* "Osama bin Laden", "Abdullah ibn Hussein": "son of" between two
     * capitalised words joins a person's names */
    for (size_t k = i + 1; k + 1 < j; k++)
        if ((pc_lex_is(w, s, k, "bin") || pc_lex_is(w, s, k, "ibn")) && w->w[k - 1].cap &&
            !title_word(w, s, k - 1) &&
            !pc_lex_common_cap(s + w->w[k - 1].start, w->w[k - 1].end - w->w[k - 1].start) &&
            !org_word_in(w, s, i, j)) {
            size_t a = i; /* after the last title: "Saudi Prince Walled bin Talal" */
            for (size_t m = i; m + 1 < k; m++)
                if (title_word(w, s, m) ||
                    pc_lex_common_cap(s + w->w[m].start, w->w[m].end - w->w[m].start))
                    a = m + 1;
            r.kind = PC_PERSON, r.a = a, r.b = j, r.full = 1, r.known = 1;
            return r;
        }
    size_t a = i;
    int titled = 0, the_title = 0;
    /* leading words that name nothing are dropped ("The", "Former"), but
     * "New" before a capitalised word begins a name ("The New York Times",
     * "New Zealand Herald"), whatever the list of common words says */
    while (a < j) {
        const pc_word *t = &w->w[a];
        size_t n = t->end - t->start;
        int title = pc_lex_title(s + t->start, n) ||
                    (t->end < t->raw_end && s[t->end] == '.' && pc_lex_title(s + t->start, n + 1));
        /* a title word opens an organisation's name when a word of
         * organisations follows it in the run ("General Assembly",
         * "General Motors Corp", "State Security Council") */
        if (title && !is_org_run(w, s, a, a + 1) && !org_word_in(w, s, a + 1, j)) {
            /* "the State Duma", "The State Duma": an article before the
             * first title (news writes "President Yeltsin", not "the
             * President Yeltsin") */
            if (!titled && (a > i ? pc_lex_is(w, s, a - 1, "the")
                                  : i > 0 && !w->w[i - 1].after && pc_lex_is(w, s, i - 1, "the")))
                the_title = 1;
            titled = 1;
            a++;
        } else if (modifier(s + t->start, n) ||
                   (pc_lex_common_cap(s + t->start, n) &&
                    !(nationality(s + t->start, n) && is_org_run(w, s, a + 1, j)) &&
                    !(a + 1 < j && pc_lex_eq(s, t->start, t->end, "new"))) ||
                   pc_lex_eq(s, t->start, t->end, "of") ||
                   /* "Engineers of Granger Telecom" opening a sentence */
                   (a + 1 < j && pc_lex_generic(s + t->start, n) &&
                    pc_lex_eq(s, w->w[a + 1].start, w->w[a + 1].end, "of")) ||
                   (a + 1 < j && pc_lex_place(s + t->start, n) &&
                    pc_lex_title(s + w->w[a + 1].start, w->w[a + 1].end - w->w[a + 1].start))) {
            a++;
        } else {
            break;
        }
    }
    if (a >= j)
        return r;
    /* one word that heads a noun phrase naming no one ("Police said",
     * "Engineers") is a common noun, capitalised as the sentence opens */
    if (j - a == 1 && (pc_lex_generic(s + w->w[a].start, w->w[a].end - w->w[a].start) ||
                       pc_lex_facility(s + w->w[a].start, w->w[a].end - w->w[a].start)))
        return r;
    if (is_place_run(w, s, a, j)) {
        r.kind = PC_PLACE, r.a = a, r.b = j, r.known = 1;
        return r;
    }
    if (is_org_run(w, s, a, j)) {
        size_t k = held_title(w, s, a, j);
        if (k < j) { /* "Foreign Office Minister Derek Fatchett" */
            r.kind = PC_PERSON, r.a = k, r.b = j, r.full = 1, r.known = 1;
            return r;
        }
        r.kind = PC_ORG, r.a = a, r.b = j, r.known = 1;
        return r;
    }
    /* "President Assad", "Pope Pius XII" (the name before a regnal number
     * is read as the surname) */
    size_t sn = j - 1 > a && regnal(w, s, j - 1) ? j - 2 : j - 1;
    if (titled && j - a <= 2 + (sn < j - 1) && !(the_title && j - a == 1) &&
        !pc_lex_month(s + w->w[a].start, w->w[a].end - w->w[a].start) &&
        w->w[sn].end - w->w[sn].start >= 4 && w->w[j - 1].after != ':' &&
        !pc_lex_acronym(s + w->w[sn].start, w->w[sn].end - w->w[sn].start) &&
        !body_word(w, s, sn) && !quoted_run(w, s, i, j)) {
        r.kind = PC_PERSON, r.a = a, r.b = j, r.full = 1, r.known = 1;
        return r;
    }
    /* a portfolio the title lists do not know before a title and a name
     * ("Communications Minister Imad Falouji", "Tourism Secretary Ana
     * Ruiz"): the person is the two or three words after the title */
    size_t k = inner_title(w, s, a, j);
    if (k < j) {
        r.kind = PC_PERSON, r.a = k, r.b = j, r.full = 1, r.known = 1;
        return r;
    }
    /* otherwise: maybe a known surname, decided by the caller */
    r.kind = PC_PERSON, r.a = a, r.b = j;
    return r;
}

/* The table key of the organisation or place r names, "o:" or "l:" and
 * its name in lower case, and that name in name: its words, or the one
 * name of a short form ("U.S.": "United States", alias). */
static void org_place_key(char *key, size_t keycap, char *name, size_t namecap, const pc_words *w,
                          const char *s, rclass r)
{
    pc_entity_phrase(name, namecap, w, s, r.a, r.b);
    alias(name, namecap);
    char low[160];
    lower(low, sizeof low, name, 0, strlen(name));
    snprintf(key, keycap, "%c:%s", r.kind == PC_ORG ? 'o' : 'l', low);
}

static long find_person(const ectx *x, const pc_words *w, const char *s, size_t a, size_t b)
{
    char key[112];
    surname_key(x->g, key, sizeof key, w, s, a, b);
    long e = tab_find(x, key);
    if (e >= 0 && numbered_key(x->e[e].name, key, sizeof key, w, s, a, b))
        e = tab_find(x, key);
    if (e >= 0 && x->ambiguous[e])
        return -1;
    return e;
}

static int is_speech(const pc_words *w, const char *s, size_t k)
{
    return k < w->n && !w->w[k].cap &&
           pc_speech_verb(s + w->w[k].start, w->w[k].end - w->w[k].start);
}

/* A name that says something: followed by a verb of saying ("Jon Aas
 * said"), after one ("said Maren Solberg"), before an apposition closed by
 * one ("Li Wei, an economist, said"), or a byline's author ("By Ina Holm,")
 * at the start of a line.  How attribution is written, not a list of
 * first names, makes it a person. */
static int speaker_context(const pc_words *w, const char *s, size_t a, size_t b)
{
    static const char *const prep[] = {"in",  "at",   "of",   "from", "near",
                                       "for", "with", "into", "on"};
    const pc_word *last = &w->w[b - 1];
    for (size_t k = a; k < b; k++)
        if (pc_lex_generic(s + w->w[k].start, w->w[k].end - w->w[k].start))
            return 0;
    /* the object of a preposition is no speaker ("a student in Sao Paulo,
     * said", "the insurance commissioner of Puerto Rico, also sees ...,
     * said"), as for quotes */
    for (size_t k = 0; a > 0 && !w->w[a - 1].after && k < sizeof prep / sizeof *prep; k++)
        if (pc_lex_is(w, s, a - 1, prep[k]))
            return 0;
    if (!last->after && is_speech(w, s, b))
        return 1;
    /* "explained Puerto Rico's Housing Secretary, ...": the possessor is
     * no speaker; "four developed states _ Sao Paulo, ...": a dash
     * between the verb and the name */
    if (a > 0 && is_speech(w, s, a - 1) && !w->w[a - 1].after && !last->poss &&
        !dash_before(w, s, a) && !pc_lex_eq(s, w->w[a - 1].start, w->w[a - 1].end, "told"))
        return 1;
    if (a == 1 && pc_lex_eq(s, w->w[0].start, w->w[0].end, "by") && last->after == ',')
        return 1;
    /* "a consulting company, Estudios Tecnicos, which works with ...,
     * said": a relative "which" follows a thing, not a person */
    if (last->after == ',' && pc_lex_is(w, s, b, "which"))
        return 0;
    if (last->after == ',') {
        size_t k = b;
        while (k < w->n && k < b + PC_APPOS_MAX && w->w[k].after != ',' && !w->w[k].before)
            k++;
        if (k < w->n && k < b + PC_APPOS_MAX && w->w[k].after == ',' && is_speech(w, s, k + 1))
            return 1;
    }
    /* "the minister, Jon Aas, said" */
    if (a > 0 && w->w[a - 1].after == ',' && last->after == ',' && is_speech(w, s, b))
        return 1;
    return 0;
}

/* A name followed by an age in apposition ("Xu Wenli, 55, of Beijing",
 * "Qin Yongmin, 45, of the central city of Wuhan"): news gives a
 * person's age so, and nothing else's.  The run ends before a comma, and
 * a number of one to three digits, 1 to 120, closed by a comma follows. */
static int age_context(const pc_words *w, const char *s, size_t b)
{
    if (b == 0 || b >= w->n || w->w[b - 1].after != ',' || w->w[b].after != ',')
        return 0;
    size_t a = w->w[b].start, e = w->w[b].end;
    if (e - a < 1 || e - a > 3 || w->w[b].before)
        return 0;
    unsigned v = 0;
    for (size_t k = a; k < e; k++) {
        if (s[k] < '0' || s[k] > '9')
            return 0;
        v = v * 10 + (unsigned)(s[k] - '0');
    }
    return v >= 1 && v <= 120;
}

/* A run headed or ended by a word of geography ("Mount Keldar", "Lake
 * Chad", "Gulf of Aden", "Idlib province"). */
static int geo_run(const pc_words *w, const char *s, size_t a, size_t b)
{
    return b - a >= 2 && (geo_word(w, s, a) || geo_word(w, s, b - 1));
}

/* Whether word k ends in "s'", the possessive of a name in -s ("in
 * Georges' path": the hurricane's path), not two apostrophes closing a
 * quote ("in Haiti''"). */
static int plural_poss_mark(const pc_words *w, const char *s, size_t k)
{
    const pc_word *t = &w->w[k];
    return t->end > t->start && t->end < t->raw_end && s[t->end - 1] == 's' && s[t->end] == '\'' &&
           (t->end + 1 >= t->raw_end || s[t->end + 1] != '\'');
}

/* Whether s[0..n) reads as a people or its adjective, in the singular or
 * the plural: "Koreans", "Timorese", "African", "Portuguese", "English". */
static int demonym(const char *t, size_t n)
{
    static const char *const end[] = {"ean", "ian", "can", "ese", "ish"};
    if (n > 3 && t[n - 1] == 's')
        n--;
    for (size_t k = 0; k < sizeof end / sizeof *end; k++)
        if (n > 4 && memcmp(t + n - 3, end[k], 3) == 0)
            return 1;
    return 0;
}

/* Whether word k starts with a digit ("1830", "2000", "9:45"). */
static int digit_word(const pc_words *w, const char *s, size_t k)
{
    return k < w->n && s[w->w[k].start] >= '0' && s[w->w[k].start] <= '9';
}

/* Whether word k, in lower case after a name, is a function word, a
 * number, a verb of saying or a past tense ("in Haiti on Monday", "in
 * Haiti was", "in Kosovo 20 years", "in Santiago said", "in Manhattan
 * returned") or a word of geography ("in Golestan province"): not a noun
 * the name modifies. */
static int noun_follows_ok(const pc_words *w, const char *s, size_t k)
{
    char buf[32];
    size_t n = w->w[k].end - w->w[k].start;
    if (n == 0 || n >= sizeof buf || digit_word(w, s, k) || is_speech(w, s, k) ||
        geo_word(w, s, k) || (n >= 3 && s[w->w[k].end - 2] == 'e' && s[w->w[k].end - 1] == 'd'))
        return 1;
    for (size_t m = 0; m < n; m++) {
        char ch = s[w->w[k].start + m];
        buf[m] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    return pc_is_stopword(buf, n, pc_fnv1a(buf, n));
}

/* A place without a gazetteer: a run headed or ended by a word of
 * geography (geo_run), or one or two capitalised words after "in",
 * "near" or "outside" that are no person's name ("in Palvik", "in Puerto
 * Rico"; the caller checks the surname against the cluster's people). */
static int place_context(const pc_words *w, const char *s, size_t a, size_t b)
{
    if (geo_run(w, s, a, b))
        return 1;
    if (b - a <= 2 && a > 0 && !w->w[a - 1].after &&
        (pc_lex_eq(s, w->w[a - 1].start, w->w[a - 1].end, "in") ||
         pc_lex_eq(s, w->w[a - 1].start, w->w[a - 1].end, "near") ||
         pc_lex_eq(s, w->w[a - 1].start, w->w[a - 1].end, "outside"))) {
        /* "in Internet software": the name modifies the noun after it,
         * a content word in lower case right after it (a function word,
         * "in Haiti on Monday", or punctuation ends a place's phrase) */
        if (b < w->n && !w->w[b - 1].after && !w->w[b - 1].poss && !w->w[b].cap &&
            !w->w[b].before && !noun_follows_ok(w, s, b))
            return 0;
        /* two words too ("in Puerto Rico", "in Sao Paulo"), none a given
         * name, a title or a word of organisations */
        for (size_t k = a; k < b; k++) {
            const char *t = s + w->w[k].start;
            size_t n = w->w[k].end - w->w[k].start;
            if (n <= 2 || pc_lex_month(t, n) || pc_lex_weekday(t, n) >= 0 || pc_lex_acronym(t, n) ||
                pc_lex_common_cap(t, n) || pc_lex_generic(t, n) || pc_lex_event_word(t, n) ||
                w->w[k].poss || plural_poss_mark(w, s, k) || demonym(t, n) ||
                (b - a == 1 && pc_lex_language(t, n)) ||
                (b - a == 2 && (pc_lex_first_name(t, n) || title_word(w, s, k) ||
                                pc_lex_org_word(t, n) || !w->w[k].cap)))
                return 0;
        }
        return 1;
    }
    return 0;
}

/* A place named by a point of the compass and one name: "East Timor",
 * "South Sudan", "West Papua", "Northern Ireland" (no given name is a
 * compass word; "Oliver North" ends with one and stays a person).  Not a
 * people or its adjective ("South Koreans", "East Timorese", "North
 * African"), nor a longer run ("East Asian Games"). */
static int compass_word(const pc_words *w, const char *s, size_t k)
{
    static const char *const compass[] = {"north",    "south",    "east",    "west",
                                          "northern", "southern", "eastern", "western"};
    for (size_t m = 0; m < sizeof compass / sizeof *compass; m++)
        if (pc_lex_eq(s, w->w[k].start, w->w[k].end, compass[m]))
            return 1;
    return 0;
}

static int compass_place(const pc_words *w, const char *s, size_t a, size_t b)
{
    if (b - a != 2 || w->w[a].after || w->w[a].poss ||
        demonym(s + w->w[a + 1].start, w->w[a + 1].end - w->w[a + 1].start))
        return 0;
    return compass_word(w, s, a);
}

/* Counts one more use of the spelling `name` (a full name) of person e. */
static int add_spelling(ectx *x, size_t e, const char *name)
{
    uint32_t last = 0; /* the list's last entry (1-based), 0 for none */
    size_t kept = 0;
    for (uint32_t k = x->spell1[e]; k; last = k, k = x->sp[k - 1].next, kept++)
        if (strcmp(x->sp[k - 1].name, name) == 0) {
            x->sp[k - 1].count++;
            return 0;
        }
    if (kept >= MAX_SPELLINGS)
        return 0;
    /* may move x->sp: the link to the new entry is found after it */
    if (pc_array_reserve(x->g->alc, (void **)&x->sp, &x->sp_cap, x->nsp + 1, sizeof *x->sp))
        return -1;
    espell *v = &x->sp[x->nsp];
    if (!(v->name = pc_arena_strndup(&x->g->arena, name, strlen(name))))
        return -1;
    v->count = 1;
    v->next = 0;
    uint32_t *link = last ? &x->sp[last - 1].next : &x->spell1[e];
    *link = (uint32_t)++x->nsp;
    return 0;
}

/* After pass 1: a person is named by its most frequent full spelling, the
 * longer of two as frequent, then the first, or that spelling with a
 * regnal number after it ("Hans Carlsson" three times
 * over "Hand Carlsson" once, both of 13 bytes: the first read was kept
 * until session 25). */
static void choose_spellings(ectx *x)
{
    for (size_t e = 0; e < x->n; e++) {
        const espell *best = NULL;
        for (uint32_t k = x->spell1[e]; k; k = x->sp[k - 1].next) {
            const espell *v = &x->sp[k - 1];
            if (!best || v->count > best->count ||
                (v->count == best->count && strlen(v->name) > strlen(best->name)))
                best = v;
        }
        /* "John Paul II" over "John Paul": the number completes the name */
        size_t n = best ? strlen(best->name) : 0;
        const espell *numbered = NULL;
        for (uint32_t k = x->spell1[e]; best && k; k = x->sp[k - 1].next) {
            const espell *v = &x->sp[k - 1];
            if (!strncmp(v->name, best->name, n) && v->name[n] == ' ' &&
                regnal_of(v->name) == v->name + n + 1 && (!numbered || v->count > numbered->count))
                numbered = v;
        }
        if (numbered)
            best = numbered;
        if (best && !x->ambiguous[e])
            x->e[e].name = best->name;
    }
}

/* Where a person's name ends in the run [i, j) when "of" and what the
 * person belongs to follow it ("John Hetherington of Paribas Asia Equity
 * Ltd", "Dick Armey of Texas", "Judge Leonard Sand of U.S. District
 * Court"): at the "of" after two to four words that name a person by a
 * first name or a title, or by two or three words of no list before an
 * organisation's name ("Kerstin Einarsson of Sahlgrenska Hospital"); else
 * j.  "Bank of America", "University of Texas", "Federal Republic of
 * Yugoslavia", "Sloan School of Management" name no person before it. */
static size_t person_before_of(const pc_words *w, const char *s, size_t i, size_t j)
{
    for (size_t p = i + 2; p + 1 < j && p <= i + 4; p++) {
        if (!pc_lex_is(w, s, p, "of"))
            continue;
        rclass r = classify(w, s, i, p);
        if (r.known && r.full && r.kind == PC_PERSON)
            return p;
        if (r.known || r.kind != PC_PERSON || r.a != i || p - i > 3 || !org_word_in(w, s, p + 1, j))
            return j;
        for (size_t k = i; k < p; k++) {
            const char *t = s + w->w[k].start;
            size_t n = w->w[k].end - w->w[k].start;
            if (!w->w[k].cap || pc_lex_place(t, n) || pc_lex_common_cap(t, n) ||
                nationality(t, n) || pc_lex_acronym(t, n) || pc_lex_generic(t, n))
                return j;
        }
        return p;
    }
    return j;
}

/* Where the run [i, j) ends when "of" or "for" inside it is followed by a
 * person ("the Taliban of bin Laden's involvement", "the request to the
 * Taliban for bin Laden"): a full name opened by a first name of the list
 * or joined by "bin" ("Osama bin Laden"), or in pass 2 the surname of a
 * person of the cluster, alone or after its particle ("bin Laden");
 * names of organisations and places hold no person after "of" ("Bank of
 * America", "Federal Republic of Yugoslavia"), and a title makes no
 * person there ("Ministry of Foreign Affairs").  At the first such "of";
 * else j. */
static size_t person_after_of(const ectx *x, int pass, const pc_words *w, const char *s, size_t i,
                              size_t j)
{
    for (size_t p = i + 1; p + 1 < j; p++) {
        if (!pc_lex_is(w, s, p, "of") && !pc_lex_is(w, s, p, "for"))
            continue;
        rclass r = classify(w, s, p + 1, j);
        if (r.kind != PC_PERSON || r.b <= r.a || r.a != p + 1)
            continue;
        const pc_word *f = &w->w[r.a];
        int particle = !f->cap && pc_lex_name_particle(s + f->start, f->end - f->start);
        if (r.known && r.full &&
            (pc_lex_first_name(s + f->start, f->end - f->start) ||
             (r.b - r.a >= 3 &&
              (pc_lex_is(w, s, r.a + 1, "bin") || pc_lex_is(w, s, r.a + 1, "ibn")))))
            return p;
        if (pass == 2 && !r.known && r.b - r.a == 1u + (unsigned)particle &&
            find_person(x, w, s, r.a, r.b) >= 0)
            return p;
    }
    return j;
}

/* Where the short name of the state named by the place [a, b) starts:
 * after the "of" that follows its state's word ("Federal Republic of
 * Yugoslavia": Yugoslavia, "Kingdom of Jordan"); b when none. */
static size_t state_short_name(const pc_words *w, const char *s, size_t a, size_t b)
{
    for (size_t k = a; k + 2 < b; k++)
        if (pc_lex_state_word(s + w->w[k].start, w->w[k].end - w->w[k].start) &&
            pc_lex_is(w, s, k + 1, "of"))
            return w->w[k + 2].cap ? k + 2 : b;
    return b;
}

/* Whether word k is written in capitals: ASCII capitals, one at least, no
 * lower-case letter nor letter beyond ASCII ("HAITI", "A.N.C.",
 * "EDITOR'S", "WIN95"). */
static int capitals(const pc_words *w, const char *s, size_t k)
{
    size_t up = 0;
    for (size_t m = w->w[k].start; m < w->w[k].end; m++) {
        unsigned char c = (unsigned char)s[m];
        if (c >= 'A' && c <= 'Z')
            up++;
        else if ((c >= 'a' && c <= 'z') || c >= 0x80)
            return 0;
    }
    return up > 0;
}

/* Whether word k has four letters or more and no period: a word, not
 * initials ("FORECAST", "KITTS"; not "A.N.C.", "ST", "PC"). */
static int long_word(const pc_words *w, const char *s, size_t k)
{
    const pc_word *t = &w->w[k];
    return t->end - t->start >= 4 && !memchr(s + t->start, '.', t->end - t->start) &&
           !(t->end < t->raw_end && s[t->end] == '.');
}

/* Whether a dash stands before word k (or after the last word, k ==
 * w->n, of the text of len bytes), between it and word k - 1 or as word k
 * itself: an underscore (the AP wires' dash), "--", an en or em dash. */
static int dash_gap(const pc_words *w, const char *s, size_t len, size_t k)
{
    if (k == 0 || k > w->n)
        return 0;
    const char *a = s + w->w[k - 1].end, *b = k < w->n ? s + w->w[k].end : s + len;
    for (const char *p = a; p < b; p++)
        if (*p == '_' || (*p == '-' && p + 1 < b && p[1] == '-') ||
            ((unsigned char)*p == 0xE2 && p + 2 < b && (unsigned char)p[1] == 0x80 &&
             ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94)))
            return 1;
        else if (k < w->n && p >= s + w->w[k].start && *p != '-')
            return 0; /* word k is a word */
    return 0;
}

/* Whether the word k in capitals ends its block: punctuation after it
 * (but the period of one or two letters, "ST."), or a dash. */
static int caps_stop(const pc_words *w, const char *s, size_t len, size_t k)
{
    const pc_word *t = &w->w[k];
    return (t->after && !(t->after == '.' && t->end - t->start <= 2)) || dash_gap(w, s, len, k + 1);
}

/* The end of the words in capitals that start at word k, one after
 * another (caps_stop), at most MAX_RUN of them (a longer block is read in
 * pieces: run_pass calls this per word, so the bound keeps it linear); k
 * when word k is not in capitals. */
static size_t caps_end(const pc_words *w, const char *s, size_t len, size_t k)
{
    size_t m = k;
    while (m < w->n && m - k < MAX_RUN && capitals(w, s, m)) {
        m++;
        if (caps_stop(w, s, len, m - 1))
            break;
    }
    return m;
}

/* Whether the words in capitals [k, e) are a heading or a shout, not a
 * name: two words or more, one of them a word (long_word): "PRIMARY
 * FINDING", "WINNIE MADIKIZELA-MANDELA", "A.N.C. CAMPS", "STAY AWAY";
 * names in capitals are acronyms ("IBM PC" stays). */
static int caps_heading(const pc_words *w, const char *s, size_t k, size_t e)
{
    for (size_t m = k; e >= k + 2 && m < e; m++)
        if (long_word(w, s, m))
            return 1;
    return 0;
}

/* A dateline in capitals at the start of the sentence s[0..len): words in
 * capitals (and "and" between two: "ST. KITTS and NEVIS"), then a dash
 * ("HAITI _ The tourist ..."), or a comma, at most five words and a
 * closing bracket before one ("PORT-AU-PRINCE, Haiti (AP) --").  Returns
 * the end of its words in capitals (0 when there is no dateline); *place
 * the end of the place after the comma ("Haiti", up to the bracket: as
 * the end of the words in capitals when none), *end the word after the
 * dash. */
static size_t dateline(const pc_words *w, const char *s, size_t len, size_t *place, size_t *end)
{
    size_t m = 0;
    while (m < w->n && m < 8) {
        if (m > 0 && pc_lex_is(w, s, m, "and") && !w->w[m].after && m + 1 < w->n &&
            capitals(w, s, m + 1))
            m++;
        else if (!capitals(w, s, m))
            break;
        m++;
        if (caps_stop(w, s, len, m - 1))
            break;
    }
    *place = *end = m;
    if (m == 0 || (m == w->n && !dash_gap(w, s, len, m)))
        return 0;
    if (dash_gap(w, s, len, m))
        return m;
    if (w->w[m - 1].after != ',')
        return 0;
    for (size_t k = m + 1; k <= w->n && k <= m + 6; k++)
        if (dash_gap(w, s, len, k)) {
            size_t to = k < w->n ? w->w[k].start : len;
            if (!memchr(s + w->w[m].start, ')', to - w->w[m].start))
                return 0;
            *place = m;
            while (*place < k && s[w->w[*place].raw_start] != '(')
                (*place)++;
            *end = k;
            return m;
        }
    return 0;
}

/* Keeps the place [a, e) of a dateline of document doc: its name in
 * title case ("ST. KITTS and NEVIS" is "St. Kitts and Nevis",
 * "PORT-AU-PRINCE" "Port-au-Prince": a particle or "and", "of", "the"
 * after the first part in lower case). */
static void keep_dateline(ectx *x, const pc_words *w, const char *s, size_t a, size_t e,
                          uint32_t doc)
{
    char name[160], low[160], key[176];
    if (e <= a)
        return;
    pc_entity_phrase(name, sizeof name, w, s, a, e);
    lower(low, sizeof low, name, 0, strlen(name));
    for (size_t p = 0, q; name[p]; p = q + (name[q] != '\0')) {
        q = p + strcspn(name + p, " -");
        int small = p > 0 && (pc_lex_name_particle(low + p, q - p) || pc_lex_eq(low, p, q, "and") ||
                              pc_lex_eq(low, p, q, "of") || pc_lex_eq(low, p, q, "the"));
        for (size_t k = p + 1; k < q; k++)
            name[k] = low[k];
        name[p] = small ? low[p] : name[p];
    }
    snprintf(key, sizeof key, "l:%s", low);
    if (pc_array_reserve(x->g->alc, (void **)&x->dl, &x->dl_cap, x->ndl + 1, sizeof *x->dl)) {
        x->oom = 1;
        return;
    }
    dline *d = &x->dl[x->ndl];
    d->key = pc_arena_strndup(&x->g->arena, key, strlen(key));
    d->name = pc_arena_strndup(&x->g->arena, name, strlen(name));
    d->doc = doc;
    if (!d->key || !d->name)
        x->oom = 1;
    else
        x->ndl++;
}

/* Keeps the initials of a state after its city ("Buffalo, N.Y." gives
 * "ny") of document doc, counted by count_initials. */
static void keep_initials(ectx *x, const char *ini, uint32_t doc)
{
    char key[8];
    snprintf(key, sizeof key, "i:%s", ini);
    if (pc_array_reserve(x->g->alc, (void **)&x->dl, &x->dl_cap, x->ndl + 1, sizeof *x->dl)) {
        x->oom = 1;
        return;
    }
    dline *d = &x->dl[x->ndl];
    d->key = d->name = pc_arena_strndup(&x->g->arena, key, strlen(key));
    d->doc = doc;
    if (!d->key)
        x->oom = 1;
    else
        x->ndl++;
}

/* After the merges: a state's initials ("N.Y.") count for the one place
 * of the cluster of two words or more whose capitalised words start with
 * these letters ("New York", "British Columbia"); they name nothing when
 * no place or several have them.  Each place is keyed "i:ny" once, the
 * key naming the place ("l:new york"; ambiguous when two places share
 * it), so this is linear. */
static void count_initials(ectx *x)
{
    size_t n0 = x->n;
    for (size_t e = 0; e < n0 && !x->oom; e++) {
        if (x->e[e].kind != PC_PLACE || !x->e[e].total || x->e[e].key[0] != 'l')
            continue;
        char key[8] = "i:";
        size_t m = 2, words = 0;
        for (const char *p = x->e[e].name; *p && m < sizeof key; p++)
            if ((p == x->e[e].name || p[-1] == ' ') && *p >= 'A' && *p <= 'Z') {
                key[m++] = (char)(*p - 'A' + 'a');
                words++;
            }
        if (words < 2 || words > 3 || m >= sizeof key)
            continue;
        key[m] = '\0';
        long f = tab_find(x, key);
        if (f < 0 && tab_add(x, key, x->e[e].key, PC_PLACE) < 0)
            x->oom = 1;
        else if (f >= 0 && strcmp(x->e[f].name, x->e[e].key) != 0)
            x->ambiguous[f] = 1;
    }
    for (size_t k = 0; k < x->ndl && !x->oom; k++) {
        const dline *d = &x->dl[k];
        long f = d->key[0] == 'i' ? tab_find(x, d->key) : -1, e;
        if (f < 0 || x->ambiguous[f] || (e = tab_find(x, x->e[f].name)) < 0)
            continue;
        x->e[e].count[d->doc]++;
        x->e[e].total++;
    }
}

/* After pass 2: a dateline counts for its place when the cluster names
 * that place otherwise or the list of places knows it ("HAITI _" beside
 * "in Haiti"); else it names nothing ("EDITOR'S NOTE _", a slug). */
static void count_datelines(ectx *x)
{
    for (size_t k = 0; k < x->ndl && !x->oom; k++) {
        const dline *d = &x->dl[k];
        if (d->key[0] != 'l')
            continue; /* a state's initials: count_initials */
        long e = tab_find(x, d->key);
        if (e >= 0 && x->e[e].kind != PC_PLACE)
            continue;
        if (e < 0 && (!pc_lex_place(d->name, strlen(d->name)) ||
                      (e = tab_add(x, d->key, d->name, PC_PLACE)) < 0)) {
            x->oom = e < 0 && pc_lex_place(d->name, strlen(d->name));
            continue;
        }
        x->e[e].count[d->doc]++;
        x->e[e].total++;
    }
}

/* Whether word k is the abbreviation of a state or province after its
 * city ("Buffalo, N.Y.", "Vancouver, B.C."): two or three single capitals
 * with their periods, alone in the run, after a comma that follows a
 * capitalised word, and no lower-case word right after it; the letters
 * in lower case into buf ("ny"). */
static int state_initials(const pc_words *w, const char *s, size_t k, size_t j, char *buf)
{
    const pc_word *t = &w->w[k];
    size_t n = t->end - t->start, m = 0;
    if (j != k + 1 || k == 0 || w->w[k - 1].after != ',' || !w->w[k - 1].cap || n < 3 || n > 6 ||
        (k + 1 < w->n && t->end == t->raw_end && !w->w[k + 1].cap))
        return 0; /* "In New York, U.N. officials said": an acronym before its noun */
    for (size_t q = 0; q < n; q += 2, m++) {
        char c = s[t->start + q];
        if (c < 'A' || c > 'Z' || (q + 1 < n && s[t->start + q + 1] != '.'))
            return 0;
        buf[m] = (char)(c - 'A' + 'a');
    }
    buf[m] = '\0';
    return m >= 2 && m <= 3;
}

/* Pass 1: counts how the cluster writes a word of organisations within a
 * sentence, in lower case ("the government") or capitalised alone ("the
 * Parliament voted"), in the entry "c:government" (total 0, never
 * listed): count[0] its lower-case uses, count[1] its capitalised ones. */
static void note_case(ectx *x, const pc_words *w, const char *s, size_t k)
{
    char key[64];
    size_t n = w->w[k].end - w->w[k].start;
    if (n + 3 > sizeof key || x->g->c->ndocs < 1 || !pc_lex_org_word(s + w->w[k].start, n))
        return;
    key[0] = 'c', key[1] = ':';
    lower(key + 2, sizeof key - 2, s, w->w[k].start, w->w[k].end);
    long e = tab_find(x, key);
    if (e < 0 && (e = tab_add(x, key, key + 2, PC_ORG)) < 0) {
        x->oom = 1;
        return;
    }
    x->e[e].count[w->w[k].cap ? 1 : 0]++;
}

/* The words that end a firm's name and say what it is: a company's legal
 * form, and the words that end an airline's name ("Cathay Pacific
 * Airways"), facts of English. */
static const char *const firm_forms[] = {"corp", "corp.", "inc", "inc.",    "ltd",
                                         "ltd.", "plc",   "llc", "airways", "airlines"};

/* Whether s[0..n) is a word of firm_forms; 2 for an airline's word. */
static int firm_form(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof firm_forms / sizeof *firm_forms; k++)
        if (pc_lex_eq(s, 0, n, firm_forms[k]))
            return k >= 8 ? 2 : 1; /* "airways", "airlines" */
    return 0;
}

/* The length of a firm's name without its last word when that word is of
 * firm_forms ("Cathay Pacific Airways" -> "Cathay Pacific"), else its
 * length. */
static size_t firm_stem(const char *a)
{
    const char *sp = strrchr(a, ' ');
    return sp && firm_form(sp + 1, strlen(sp + 1)) ? (size_t)(sp - a) : strlen(a);
}

/* Whether two firms' names are one: equal in lower case without periods
 * ("Microsoft Corp." and "Microsoft Corp"), the word of firm_forms that
 * ends them aside ("Cathay Pacific Airways" and "Cathay Pacific
 * Airlines": one airline, which outlets name both ways). */
static int same_firm(const char *a, const char *b)
{
    size_t na = firm_stem(a), nb = firm_stem(b);
    if (na < strlen(a) && nb < strlen(b)) {
        if (na != nb)
            return 0;
        for (size_t k = 0; k < na; k++)
            if (a[k] != b[k] &&
                !((a[k] | 32) == (b[k] | 32) && (a[k] | 32) >= 'a' && (a[k] | 32) <= 'z'))
                return 0;
        return 1;
    }
    for (;; a++, b++) {
        while (*a == '.')
            a++;
        while (*b == '.')
            b++;
        char p = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char q = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (p != q)
            return 0;
        if (!p)
            return 1;
    }
}

/* The organisation named by the firm's note f ("f:netscape"), added if
 * the cluster has not counted it yet; -1 when out of memory. */
static long firm_entity(ectx *x, long f)
{
    char name[160], low[160], key[176];
    snprintf(name, sizeof name, "%s", x->e[f].name);
    alias(name, sizeof name);
    lower(low, sizeof low, name, 0, strlen(name));
    snprintf(key, sizeof key, "o:%s", low);
    long e = tab_find(x, key);
    if (e < 0 && (e = tab_add(x, key, name, PC_ORG)) < 0)
        x->oom = 1;
    return e;
}

/* Notes [a, b) as the short name of the organisation `org`, in the entry
 * "f:" and the short name in lower case; a short name of two
 * organisations is ambiguous, no one's. */
static void note_short_name(ectx *x, const pc_words *w, const char *s, size_t a, size_t b,
                            const char *org, int airline)
{
    char name[160], key[176];
    pc_entity_phrase(name, sizeof name, w, s, a, b);
    key[0] = 'f', key[1] = ':';
    lower(key + 2, sizeof key - 2, name, 0, strlen(name));
    long f = tab_find(x, key);
    if (f < 0) {
        if ((f = tab_add(x, key, org, PC_ORG)) < 0)
            x->oom = 1;
        else if (airline)
            x->ambiguous[f] |= 4;
    } else if (!same_firm(x->e[f].name, org)) {
        x->ambiguous[f] |= 1;
    }
}

/* Pass 1: notes the first one and two words of a firm's name, a run that
 * ends in a company's legal form ("Netscape Communications Corp.": "f:netscape",
 * "f:netscape communications"), with the firm's name: a name of a firm, not
 * of a place, however "in Netscape" reads, and written alone it is that
 * firm ("Netscape got an early lead").  Two firms of one first word
 * ("Apex Corp" and "Apex Media Inc") make it ambiguous: no one's. */
static void note_firm(ectx *x, const pc_words *w, const char *s, size_t a, size_t b)
{
    int form =
        b >= a + 2 ? firm_form(s + w->w[b - 1].start, w->w[b - 1].end - w->w[b - 1].start) : 0;
    if (!form)
        return;
    char firm[160];
    pc_entity_phrase(firm, sizeof firm, w, s, a, b);
    /* an airline is named after its place more often than not ("Singapore
     * Airlines", "Hong Kong Airlines"): its short name is the whole name
     * before the word, of two words, and no place of the cluster
     * (firm_mention) */
    if (form == 2) {
        if (b == a + 3)
            note_short_name(x, w, s, a, b - 1, firm, 1);
        return;
    }
    for (size_t e = a + 1; e <= a + 2 && e < b; e++)
        note_short_name(x, w, s, a, e, firm, 0);
}

/* Whether the name [a, b) of one or two words comes right after a noun
 * naming a kind of organisation ("the newspaper Expressen", "the Syrian
 * newspaper Al Baath said", "the group Hamas": `[kind]` in lexicon.txt):
 * an organisation's name, noted in pass 1 as a short name that is the
 * whole name ("f:expressen", "Expressen"), so "in Expressen" is no place,
 * "Al Baath said" no person, and "Expressen reported" counts for it. */
static int kind_name(const pc_words *w, const char *s, size_t a, size_t b)
{
    if (a == 0 || w->w[a - 1].after || w->w[a - 1].cap || w->w[a].before ||
        !pc_lex_kind(s + w->w[a - 1].start, w->w[a - 1].end - w->w[a - 1].start))
        return 0;
    for (size_t k = a; k < b; k++) {
        const char *t = s + w->w[k].start;
        size_t n = w->w[k].end - w->w[k].start;
        if (pc_lex_month(t, n) || pc_lex_weekday(t, n) >= 0 || pc_lex_common_cap(t, n) ||
            pc_lex_generic(t, n) || title_word(w, s, k))
            return 0;
    }
    return 1;
}

/* Whether the cluster has [a, b) as the short name of an organisation
 * (note_short_name). */
static int short_name(const ectx *x, const pc_words *w, const char *s, size_t a, size_t b)
{
    char name[160], key[176];
    pc_entity_phrase(name, sizeof name, w, s, a, b);
    key[0] = 'f', key[1] = ':';
    lower(key + 2, sizeof key - 2, name, 0, strlen(name));
    return tab_find(x, key) >= 0;
}

/* Pass 2: the name [a, b) of one or two words that opens the name of one
 * firm of the cluster ("Netscape", "in Netscape", "Netscape's") counts
 * for that firm, unless a person of the cluster has it as surname or it
 * names a people ("South African" of "South African Broadcasting Corp").  At a
 * sentence's start, where any word is capitalised ("First Call Corp." and
 * "First, ..."), it waits in the firm's note until the end of pass 2, and
 * counts only if the cluster writes the name alone within a sentence too
 * (count_firms).  Returns 1 if counted or kept. */
static int firm_mention(ectx *x, const pc_words *w, const char *s, size_t a, size_t b, int first,
                        uint32_t doc)
{
    char name[160], key[176];
    if (b - a > 2)
        return 0;
    pc_entity_phrase(name, sizeof name, w, s, a, b);
    key[0] = 'f', key[1] = ':';
    lower(key + 2, sizeof key - 2, name, 0, strlen(name));
    long f = tab_find(x, key);
    if (f < 0 || (x->ambiguous[f] & 1))
        return 0;
    /* a person learnt from this very name ("Cathay Pacific has said",
     * read before "Cathay Pacific Airways") is the firm */
    long p = find_person(x, w, s, a, b);
    if (p >= 0 && strcmp(x->e[p].name, name) != 0)
        return 0;
    int airline = x->ambiguous[f] & 4;
    if (airline) {
        /* an airline's short name that the cluster names as a place ("in
         * Hong Kong", here or elsewhere) is that place */
        char pk[176];
        snprintf(pk, sizeof pk, "n:%s", key + 2);
        if (tab_find(x, pk) >= 0 ||
            (a > 0 && !w->w[a - 1].after &&
             (pc_lex_is(w, s, a - 1, "in") || pc_lex_is(w, s, a - 1, "near") ||
              pc_lex_is(w, s, a - 1, "outside"))))
            return 0;
    }
    /* "South African" of "South African Broadcasting Corp"; a name read
     * after a noun of its kind is the whole name ("the daily Evenimentul
     * Zilei", whose "-i" reads as an adjective of nation) */
    for (size_t k = a; k < b && (airline || !same_firm(x->e[f].name, name)); k++)
        if ((nationality(s + w->w[k].start, w->w[k].end - w->w[k].start) &&
             (!airline || k + 1 < b)) ||
            demonym(s + w->w[k].start, w->w[k].end - w->w[k].start))
            return 0; /* "Libyan Arab Airlines"; "Cathay Pacific" is one */
    if (first) {
        x->e[f].count[doc]++;
        return 1;
    }
    x->ambiguous[f] |= 2; /* written alone within a sentence */
    long e = firm_entity(x, f);
    if (e < 0)
        return 0;
    x->e[e].count[doc]++;
    x->e[e].total++;
    return 1;
}

/* After pass 2: a firm's short name at sentences' starts counts for the
 * firm when the cluster also writes it alone within a sentence. */
static void count_firms(ectx *x)
{
    size_t n = x->n; /* firm_entity may add entries */
    for (size_t f = 0; f < n && !x->oom; f++) {
        if (x->e[f].key[0] != 'f' || x->e[f].key[1] != ':' || (x->ambiguous[f] & 3) != 2)
            continue;
        long e = firm_entity(x, (long)f);
        if (e < 0)
            continue;
        for (uint32_t d = 0; d < x->g->c->ndocs; d++) {
            x->e[e].count[d] += x->e[f].count[d];
            x->e[e].total += x->e[f].count[d];
        }
    }
}

/* Whether the word of organisations [a, a + 1), capitalised alone at the
 * start of a sentence ("Government officials estimate ..."), is a common
 * noun: a cluster that writes capitals within its sentences (one
 * capitalised run every four sentences at least: not text in lower case,
 * where every word would be) writes it in lower case ("the government")
 * and never capitalised alone within a sentence ("in Parliament": there
 * the cluster names a body so, "Parliament toppled ..." is that body). */
static int common_opener(const ectx *x, const pc_words *w, const char *s, size_t a)
{
    char key[176];
    if (x->midcaps * 4 < x->g->c->nsents)
        return 0;
    key[0] = 'c', key[1] = ':';
    lower(key + 2, sizeof key - 2, s, w->w[a].start, w->w[a].end);
    long e = tab_find(x, key);
    return e >= 0 && x->e[e].count[0] > 0 && x->e[e].count[1] == 0;
}

/* Lower case of word k without its periods ("B.C." -> "bc"), or "" when
 * longer than the buffer. */
static void undotted(const pc_words *w, const char *s, size_t k, char *buf, size_t cap)
{
    size_t m = 0;
    for (size_t p = w->w[k].start; p < w->w[k].end; p++) {
        if (s[p] == '.')
            continue;
        if (m + 1 >= cap) {
            m = 0;
            break;
        }
        buf[m++] = (char)(s[p] >= 'A' && s[p] <= 'Z' ? s[p] + 32 : s[p]);
    }
    buf[m] = 0;
}

/* Whether word k, in capitals, is no name but a word of dates and clocks:
 * an era after a year or a century ("2000 B.C.", "the sixth century
 * B.C.", "A.D. 70": B.C., A.D., BC, AD, BCE, CE) or a time zone after a
 * clock's digits ("9:45 a.m. (0745 GMT)", "at 1500 UTC"; after "p.m." the
 * sentence splitter has ended the sentence).  The abbreviations are
 * facts of English; the number or the century beside them tells them
 * from an acronym ("AD" is also a firm's initials). */
static const char *const time_zones[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst",
                                         "mdt", "pst", "pdt", "bst", "cet", "cest"};

/* Whether word k is a time zone of time_zones. */
static int zone_word(const pc_words *w, const char *s, size_t k)
{
    char t[8];
    undotted(w, s, k, t, sizeof t);
    for (size_t m = 0; m < sizeof time_zones / sizeof *time_zones; m++)
        if (strcmp(t, time_zones[m]) == 0)
            return 1;
    return 0;
}

/* Whether the sentence s[0..len) ends in "a.m." or "p.m.": the sentence
 * splitter ends a sentence there before a capitalised word, and the time
 * zone of "at 3 p.m. EST Tuesday" opens the next one. */
static int ends_in_clock(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\n'))
        len--;
    if (len < 4 || (len > 4 && s[len - 5] != ' ' && s[len - 5] != '\n'))
        return 0;
    const char *t = s + len - 4;
    return (t[0] == 'a' || t[0] == 'p' || t[0] == 'A' || t[0] == 'P') && t[1] == '.' &&
           (t[2] == 'm' || t[2] == 'M') && t[3] == '.';
}

static int date_caps(const pc_words *w, const char *s, size_t k)
{
    static const char *const era[] = {"bc", "ad", "bce", "ce"};
    char t[8];
    undotted(w, s, k, t, sizeof t);
    int after_number = k > 0 && !w->w[k - 1].after && digit_word(w, s, k - 1);
    for (size_t m = 0; m < sizeof era / sizeof *era; m++)
        if (strcmp(t, era[m]) == 0)
            return after_number ||
                   (k > 0 && !w->w[k - 1].after &&
                    (pc_lex_is(w, s, k - 1, "century") || pc_lex_is(w, s, k - 1, "centuries") ||
                     pc_lex_is(w, s, k - 1, "millennium"))) ||
                   (!w->w[k].after && digit_word(w, s, k + 1));
    /* "3 p.m. EST" when the splitter kept the sentence whole */
    int after_clock = k > 0 && !w->w[k - 1].after &&
                      (pc_lex_is(w, s, k - 1, "p.m.") || pc_lex_is(w, s, k - 1, "a.m.") ||
                       pc_lex_is(w, s, k - 1, "p.m") || pc_lex_is(w, s, k - 1, "a.m"));
    return (after_number || after_clock) && zone_word(w, s, k);
}

/* Whether word i, opening a sentence and a run of two words or more, may
 * be a common word glued to the name after it ("Ailing Philippine
 * Airlines and ..." opening a headline): a word of letters only, three
 * or more, that is no title, given name, place, word of geography, of the
 * compass or of organisations, and no adjective of nation. */
static int opener_candidate(const pc_words *w, const char *s, size_t i)
{
    const char *t = s + w->w[i].start;
    size_t n = w->w[i].end - w->w[i].start;
    if (n < 3 || w->w[i].after || w->w[i].poss)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!((t[k] | 32) >= 'a' && (t[k] | 32) <= 'z'))
            return 0;
    return !title_word(w, s, i) && !pc_lex_first_name(t, n) && !pc_lex_place(t, n) &&
           !geo_word(w, s, i) && !compass_word(w, s, i) && !pc_lex_org_word(t, n) &&
           !nationality(t, n) && !demonym(t, n) && !pc_lex_name_particle(t, n);
}

/* The entry of word k in the table of note_opener ("w:ailing"), -1 when
 * none; its key is written in key[64] (empty when the word is longer). */
static long opener_entry(const ectx *x, const pc_words *w, const char *s, size_t k, char *key)
{
    key[0] = 0;
    if (w->w[k].end - w->w[k].start + 3 > 64)
        return -1;
    key[0] = 'w', key[1] = ':';
    lower(key + 2, 62, s, w->w[k].start, w->w[k].end);
    return tab_find(x, key);
}

/* Pass 1: notes the candidate word i in the entry "w:" and the word in
 * lower case (total 0, never listed), whose uses within sentences
 * note_opener_uses counts. */
static void note_opener(ectx *x, const pc_words *w, const char *s, size_t i)
{
    char key[64];
    if (opener_entry(x, w, s, i, key) < 0 && key[0] && tab_add(x, key, key + 2, PC_ORG) < 0)
        x->oom = 1;
    x->openers = 1;
}

/* Between the passes: counts, for each word noted by note_opener, its
 * uses within a sentence (not its first word), in lower case (count[0])
 * and capitalised (count[1]). */
static void note_opener_uses(ectx *x, const pc_words *w, const char *s)
{
    char key[64];
    for (size_t k = 1; k < w->n; k++) {
        long e = w->w[k].end - w->w[k].start < 3 ? -1 : opener_entry(x, w, s, k, key);
        if (e >= 0)
            x->e[e].count[w->w[k].cap ? 1 : 0]++;
    }
}

/* Whether word i, opening the sentence and the run [i, j), is a common
 * word before a name: the cluster writes it in lower case within its
 * sentences and never capitalised there, and the words after it make a
 * name of their own ("Ailing Philippine Airlines": "ailing Philippine
 * Airlines" within a sentence; the airline, not "Ailing Philippine
 * Airlines").  Not in text in lower case, where a sentence's first word is
 * the only capitalised one (midcaps). */
static int common_before_name(const ectx *x, const pc_words *w, const char *s, size_t i, size_t j)
{
    char key[64];
    if (!x->openers || j < i + 2 || x->midcaps * 4 < x->g->c->nsents || !opener_candidate(w, s, i))
        return 0;
    long e = opener_entry(x, w, s, i, key);
    if (e < 0 || x->e[e].count[0] == 0 || x->e[e].count[1] > 0)
        return 0;
    return classify(w, s, i + 1, j).known;
}

/* Whether the acronym k is used as the name of a thing, not of an agent:
 * it modifies the lower-case noun right after it ("DNA samples", "VX
 * nerve gas", "the VIP lounge"), a noun that names no people, body or
 * kind of organisation ("FBI agents", "NATO member states", "APEC
 * officials" are the bodies'), or it is what a share is a share of
 * ("4 percent of GNP"): an economy's measure, not a body. */
static int thing_acronym(const pc_words *w, const char *s, size_t k)
{
    if (k >= 2 && !w->w[k - 2].after && !w->w[k - 1].after && pc_lex_is(w, s, k - 1, "of") &&
        (pc_lex_is(w, s, k - 2, "percent") || pc_lex_is(w, s, k - 2, "cent") ||
         pc_lex_is(w, s, k - 2, "%")))
        return 1;
    if (k + 1 >= w->n || w->w[k].after || w->w[k].poss || w->w[k + 1].cap || w->w[k + 1].before ||
        noun_follows_ok(w, s, k + 1))
        return 0;
    const char *t = s + w->w[k + 1].start;
    size_t n = w->w[k + 1].end - w->w[k + 1].start;
    return !pc_lex_generic(t, n) && !pc_lex_human_noun(t, n) && !pc_lex_org_word(t, n) &&
           !pc_lex_kind(t, n) && !pc_lex_title(t, n);
}

/* Counts a use of the organisation's acronym [k, k + 1) of key `key`
 * ("o:dna") as a thing's name (thing_acronym) in the entry "t:dna"
 * (total 0, never listed); not of an acronym the list of words of
 * organisations holds ("CNN newscasts", "our NATO ally"). */
static void note_thing(ectx *x, const pc_words *w, const char *s, size_t k, const char *key)
{
    char tk[176];
    const char *t = s + w->w[k].start;
    size_t n = w->w[k].end - w->w[k].start;
    if (!pc_lex_acronym(t, n) || pc_lex_org_word(t, n) || !thing_acronym(w, s, k))
        return;
    snprintf(tk, sizeof tk, "t:%s", key + 2);
    long e = tab_find(x, tk);
    if (e < 0 && (e = tab_add(x, tk, tk + 2, PC_ORG)) < 0) {
        x->oom = 1;
        return;
    }
    x->e[e].count[0]++;
}

/* After pass 2: an acronym the cluster only ever uses as a thing's name
 * (note_thing) names no organisation. */
static void drop_things(ectx *x)
{
    char tk[176];
    for (size_t i = 0; i < x->n; i++) {
        if (x->e[i].key[0] != 'o' || !x->e[i].total || strchr(x->e[i].name, ' '))
            continue;
        snprintf(tk, sizeof tk, "t:%s", x->e[i].key + 2);
        long e = tab_find(x, tk);
        if (e >= 0 && x->e[e].count[0] >= x->e[i].total) {
            x->e[i].total = 0;
            memset(x->e[i].count, 0, x->g->c->ndocs * sizeof *x->e[i].count);
        }
    }
}

/* Whether word k, capitalised, names nothing of the lists: no word of
 * organisations, title, place, first name, acronym, word that opens
 * sentences or adjective of nation. */
static int plain_cap(const pc_words *w, const char *s, size_t k)
{
    const char *t = s + w->w[k].start;
    size_t n = w->w[k].end - w->w[k].start;
    return w->w[k].cap && !w->w[k].poss && !pc_lex_org_word(t, n) && !pc_lex_title(t, n) &&
           !pc_lex_place(t, n) && !pc_lex_first_name(t, n) && !pc_lex_acronym(t, n) &&
           !pc_lex_common_cap(t, n) && !nationality(t, n);
}

/* The key "1:word" of word k in lower case, in key; 0 when too long. */
static int alone_key(const pc_words *w, const char *s, size_t k, char key[64])
{
    if (w->w[k].end - w->w[k].start + 3 > 64)
        return 0;
    key[0] = '1', key[1] = ':';
    lower(key + 2, 62, s, w->w[k].start, w->w[k].end);
    return 1;
}

/* Pass 1: a capitalised word written as a name of its own within a
 * sentence ("Microsoft said"), in the entry "1:microsoft" (total 0); not
 * before "and" (the "Ways" of "Ways and Means Committee" is cut there). */
static void note_alone(ectx *x, const pc_words *w, const char *s, size_t k)
{
    char key[64];
    if ((!w->w[k].after && pc_lex_is(w, s, k + 1, "and")) || !alone_key(w, s, k, key))
        return;
    if (tab_find(x, key) < 0 && tab_add(x, key, key + 2, PC_ORG) < 0)
        x->oom = 1;
}

/* Where an organisation's name joined by "and" ends, or j: "the
 * Securities and Exchange Commission", "the House Ways and Means
 * Committee", "Truth and Reconciliation Commission".  The word before
 * "and" (j - 1) and the one after it name nothing of the lists, the words
 * after "and" are two or more with a word of organisations past the first,
 * and the cluster never writes the word before "and" as a name of its own
 * within a sentence: "Securities", "Ways", "Truth" are common nouns of the
 * name, where "Microsoft and Apple Computer Inc." are two firms. */
static size_t and_name_end(const ectx *x, const pc_words *w, const char *s, size_t i, size_t j)
{
    if (j + 2 >= w->n || !pc_lex_is(w, s, j, "and") || w->w[j].before || w->w[j].after ||
        w->w[j - 1].after || dash_before(w, s, j + 1) || !plain_cap(w, s, j - 1) ||
        !plain_cap(w, s, j + 1) || (j - 1 == i && i == 0))
        return j;
    size_t e = pc_entity_run(w, s, j + 1);
    if (e < j + 3 || !org_word_in(w, s, j + 2, e))
        return j;
    char key[64];
    return !alone_key(w, s, j - 1, key) || tab_find(x, key) >= 0 ? j : e;
}

/* Pass 1 learns people's full names and the short names of states; pass
 * 2 counts every mention. */
static void run_pass(ectx *x, int pass, const pc_words *w, const char *s, size_t len, uint32_t doc)
{
    size_t place, start, d = dateline(w, s, len, &place, &start);
    if (d && pass == 2) {
        keep_dateline(x, w, s, 0, d, doc);     /* "HAITI", "PORT-AU-PRINCE" */
        keep_dateline(x, w, s, d, place, doc); /* ", Haiti (AP) --" */
    }
    for (size_t i = d ? start : 0; i < w->n && !x->oom;) {
        size_t ce = caps_end(w, s, len, i);
        if (caps_heading(w, s, i, ce)) {
            i = ce; /* "NATIONAL FORECAST Low pressure ...": no name */
            continue;
        }
        size_t j = pc_entity_run(w, s, i);
        if (j == i) {
            if (pass == 1)
                note_case(x, w, s, i);
            i++;
            continue;
        }
        if (pass == 1 && i > (d ? start : 0)) {
            /* a capitalised run within the sentence, not after a period
             * ("The u.s. Will protest ...": text in lower case, a sentence
             * read as two) */
            x->midcaps += s[w->w[i - 1].raw_end - 1] != '.';
            if (j == i + 1) {
                note_case(x, w, s, i);
                note_alone(x, w, s, i);
            }
        }
        if (date_caps(w, s, i) || (i == 0 && x->after_clock && zone_word(w, s, i))) {
            i++; /* "the sixth century B.C.", "(0745 GMT)", "3 p.m. EST": no name */
            continue;
        }
        char ini[4];
        if (state_initials(w, s, i, j, ini)) {
            /* "Buffalo, N.Y.": counted after pass 2 for the cluster's
             * place of these initials, if one ("New York"); else nothing */
            if (pass == 2)
                keep_initials(x, ini, doc);
            i = j;
            continue;
        }
        /* a heading in capitals inside the run ends it, and so does a
         * word that opens sentences after a word in capitals ("INKATHA The
         * Commission finds ...": a heading glued to its text) */
        for (size_t k = i + 1; k < j; k++)
            if (caps_heading(w, s, k, caps_end(w, s, len, k)) ||
                (capitals(w, s, k - 1) && long_word(w, s, k - 1) && !capitals(w, s, k) &&
                 pc_lex_common_cap(s + w->w[k].start, w->w[k].end - w->w[k].start))) {
                j = k;
                break;
            }
        if (i == (d ? start : 0) && j >= i + 2) {
            if (pass == 1 && opener_candidate(w, s, i))
                note_opener(x, w, s, i);
            else if (pass == 2 && common_before_name(x, w, s, i, j))
                i++; /* "Ailing Philippine Airlines ..." */
        }
        j = person_before_of(w, s, i, j);
        j = person_after_of(x, pass, w, s, i, j);
        if (pass == 2)
            j = and_name_end(x, w, s, i, j);
        rclass r = classify(w, s, i, j);
        if (pass == 1 && r.known && r.kind == PC_ORG)
            note_firm(x, w, s, r.a, r.b);
        if (r.kind == PC_PERSON && r.a == i && r.b > r.a && r.b - r.a <= 2 &&
            kind_name(w, s, r.a, r.b)) {
            r.known = 0, r.full = 0; /* "the newspaper Expressen" */
            if (pass == 1) {
                char name[160];
                pc_entity_phrase(name, sizeof name, w, s, r.a, r.b);
                note_short_name(x, w, s, r.a, r.b, name, 0);
            }
        }
        if (pass == 2 && !r.known && r.b > r.a &&
            firm_mention(x, w, s, r.a, r.b, r.a == (d ? start : 0), doc)) {
            i = j; /* "Netscape", "in Netscape": the firm */
            continue;
        }
        if (!r.known && r.kind == PC_PERSON && compass_place(w, s, r.a, r.b)) {
            r.kind = PC_PLACE;
            r.known = 1;
        } else if (!r.known && r.kind == PC_PERSON && r.a == i && r.b == i + 2 && i > 0 &&
                   pc_lex_is(w, s, i - 1, "at") && !w->w[i - 1].after &&
                   pc_lex_acronym(s + w->w[i].start, w->w[i].end - w->w[i].start) &&
                   name_letters(w, s, i, j)) {
            r.kind = PC_ORG; /* "a consultant at A.T. Kearney": a firm */
            r.known = 1;
        } else if (!r.known && r.kind == PC_PERSON && r.b - r.a >= 2 && r.b - r.a <= 4 &&
                   !geo_word(w, s, r.a) && !kind_name(w, s, r.a, r.b) &&
                   !short_name(x, w, s, r.a, r.b) &&
                   (speaker_context(w, s, r.a, r.b) || age_context(w, s, r.b))) {
            r.known = 1; /* "said Maren Solberg", "Jon Aas, the minister, said" */
            r.full = 1;
            /* "Baker of Rutgers said", "Trent Lott of Mississippi, ...,
             * said": the person is the name before "of", what follows it is
             * read as a run of its own */
            for (size_t k = r.a + 1; k + 1 < r.b; k++)
                if (pc_lex_is(w, s, k, "of")) {
                    r.b = j = k;
                    r.full = k - r.a >= 2;
                    break;
                }
        } else if (!r.known && r.b > r.a && r.b - r.a <= 3 && place_context(w, s, r.a, r.b) &&
                   (geo_run(w, s, r.a, r.b) || find_person(x, w, s, r.a, r.b) < 0)) {
            r.kind = PC_PLACE; /* "Mount Keldar", "in Palvik" */
            r.known = 1;
        }
        size_t next = j;
        i = next;
        if (r.b <= r.a || (!r.known && !(pass == 2 && r.b - r.a <= 2)))
            continue;
        char key[176], name[160];
        long e;
        if (pass == 1 && r.kind == PC_PLACE) {
            /* "Federal Republic of Yugoslavia": Yugoslavia is a place */
            size_t k = state_short_name(w, s, r.a, r.b);
            if (k < r.b) {
                char low[160];
                pc_entity_phrase(name, sizeof name, w, s, k, r.b);
                lower(low, sizeof low, name, 0, strlen(name));
                snprintf(key, sizeof key, "s:%s", low); /* never counted itself */
                if (tab_find(x, key) < 0 && tab_add(x, key, name, PC_PLACE) < 0)
                    x->oom = 1;
            } else if (r.b - r.a <= 2) {
                /* "in Haiti": the name is the place wherever the cluster
                 * writes it alone ("Haiti has only dlrs 23 million") */
                char low[160];
                pc_entity_phrase(name, sizeof name, w, s, r.a, r.b);
                lower(low, sizeof low, name, 0, strlen(name));
                snprintf(key, sizeof key, "n:%s", low); /* never counted itself */
                if (tab_find(x, key) < 0 && tab_add(x, key, name, PC_PLACE) < 0)
                    x->oom = 1;
            }
            continue;
        }
        if (!r.known && pass == 2) {
            /* a state's short name learnt in pass 1 ("Yugoslavia"), or a
             * place the cluster names after "in" ("in Haiti"), unless a
             * person of the cluster has that name */
            char low[160];
            pc_entity_phrase(name, sizeof name, w, s, r.a, r.b);
            lower(low, sizeof low, name, 0, strlen(name));
            snprintf(key, sizeof key, "s:%s", low);
            int learnt = tab_find(x, key) >= 0;
            char fk[176];
            snprintf(fk, sizeof fk, "f:%s", low);
            key[0] = 'n';
            if (learnt || (tab_find(x, key) >= 0 && tab_find(x, fk) < 0 &&
                           find_person(x, w, s, r.a, r.b) < 0)) {
                key[0] = 'l';
                if ((e = tab_find(x, key)) < 0 && (e = tab_add(x, key, name, PC_PLACE)) < 0) {
                    x->oom = 1;
                    continue;
                }
                x->e[e].count[doc]++;
                x->e[e].total++;
                continue;
            }
        }
        if (r.kind == PC_PERSON) {
            if (!r.full) {
                if (pass == 1 ||
                    pc_lex_month(s + w->w[r.b - 1].start, w->w[r.b - 1].end - w->w[r.b - 1].start))
                    continue;
                e = find_person(x, w, s, r.a, r.b);
                if (e < 0)
                    continue;
                if (r.b - r.a >= 2 && other_given(x->e[e].name, w, s, r.a))
                    continue;
                x->e[e].count[doc]++;
                x->e[e].total++;
                continue;
            }
            surname_key(x->g, key, sizeof key, w, s, r.a, r.b);
            pc_entity_phrase(name, sizeof name, w, s, r.a, r.b);
            e = tab_find(x, key);
            if (e >= 0 && numbered_key(x->e[e].name, key, sizeof key, w, s, r.a, r.b))
                e = tab_find(x, key); /* "Pius XI" beside "Pius XII" */
            if (pass == 1 && (r.a == 0 || !w->w[r.a].cap) &&
                pc_lex_name_particle(s + w->w[r.a].start, w->w[r.a].end - w->w[r.a].start)) {
                /* "Bin Laden said", "De Klerk said": a surname and its
                 * particle, capitalised as they open the sentence, name the
                 * person until a given name is read, and are no spelling of
                 * the full name ("Al Becker" within a sentence is one) */
                if (e < 0 && tab_add(x, key, name, PC_PERSON) < 0)
                    x->oom = 1;
                continue;
            }
            if (pass == 1) {
                long at = e;
                if (at < 0 && (at = tab_add(x, key, name, PC_PERSON)) < 0)
                    x->oom = 1;
                else if (r.b - r.a > 1 && add_spelling(x, (size_t)at, name))
                    x->oom = 1;
                if (e >= 0 && r.b - r.a > 1) {
                    const char *old = x->e[e].name;
                    /* same surname: the same person when the first names agree
                     * (same_given) */
                    /* a name read without a given name ("Bin Laden said")
                     * has no spelling */
                    int old_full = strchr(old, ' ') != NULL && x->spell1[e];
                    if (!old_full || strlen(name) > strlen(old)) {
                        if (old_full && !pc_entity_same_person(old, name))
                            x->ambiguous[e] = 1;
                        else if (!(x->e[e].name =
                                       pc_arena_strndup(&x->g->arena, name, strlen(name))))
                            x->oom = 1;
                    } else if (!pc_entity_same_person(old, name)) {
                        x->ambiguous[e] = 1;
                    }
                }
                continue;
            }
            if (e < 0 || x->ambiguous[e])
                continue;
        } else {
            org_place_key(key, sizeof key, name, sizeof name, w, s, r);
            if (pass == 1)
                continue;
            if (r.kind == PC_ORG && r.b == r.a + 1 && r.a == (d ? start : 0) &&
                common_opener(x, w, s, r.a))
                continue; /* "Government officials estimate ..." */
            e = tab_find(x, key);
            if (e < 0 && (e = tab_add(x, key, name, r.kind)) < 0) {
                x->oom = 1;
                continue;
            }
            if (r.kind == PC_ORG && r.b == r.a + 1)
                note_thing(x, w, s, r.a, key); /* "DNA samples" */
        }
        x->e[e].count[doc]++;
        x->e[e].total++;
    }
}

static int cmp_entity(const void *pa, const void *pb)
{
    const pc_entity *a = pa, *b = pb;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->total != b->total)
        return a->total > b->total ? -1 : 1;
    return strcmp(a->name, b->name);
}

/* ---- one organisation, one row ---- */

typedef struct apair {
    char *key; /* normalised words: lower case, no dots */
    size_t idx;
} apair;

static int cmp_apair(const void *pa, const void *pb)
{
    const apair *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->idx < b->idx ? -1 : a->idx > b->idx);
}

/* Lower case without dots: "U.N. Security Council" -> "un security council". */
static char *norm_name(pc_arena *a, const char *name)
{
    size_t n = strlen(name), o = 0;
    char *p = pc_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (c == '.')
            continue;
        p[o++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    p[o] = '\0';
    return p;
}

/* Initials of the capitalised words ("Conflict Intelligence Team" = "cit"),
 * lower case; NULL when fewer than two. */
static char *initials(pc_arena *a, const char *name)
{
    char buf[32];
    size_t o = 0;
    for (const char *p = name; *p && o + 1 < sizeof buf; p++)
        if ((p == name || p[-1] == ' ') && *p >= 'A' && *p <= 'Z')
            buf[o++] = (char)(*p - 'A' + 'a');
    if (o < 2)
        return NULL;
    return pc_arena_strndup(a, buf, o);
}

static size_t root_of(const size_t *parent, size_t i)
{
    while (parent[i] != i)
        i = parent[i];
    return i;
}

/* The target every pair with this key points to, or SIZE_MAX when none or
 * several do (an ambiguous alias merges nothing). */
static size_t unique_target(const apair *v, size_t n, const char *key, const size_t *parent)
{
    apair k = {(char *)key, 0};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_apair(&v[mid], &k) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t t = SIZE_MAX;
    for (size_t i = lo; i < n && strcmp(v[i].key, key) == 0; i++) {
        size_t r = root_of(parent, v[i].idx);
        if (t != SIZE_MAX && r != t)
            return SIZE_MAX;
        t = r;
    }
    return t;
}

static void merge_into(ectx *x, size_t from, size_t to)
{
    size_t nd = x->g->c->ndocs;
    for (size_t d = 0; d < nd; d++)
        x->e[to].count[d] += x->e[from].count[d];
    x->e[to].total += x->e[from].total;
    x->e[from].total = 0;
}

/* p in ASCII lower case into low (not terminated); its length, 0 when it
 * does not fit. */
static size_t ascii_lower(char *low, size_t cap, const char *p)
{
    size_t pl = strlen(p);
    if (pl >= cap)
        return 0;
    for (size_t k = 0; k < pl; k++)
        low[k] = (char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
    return pl;
}

/* Whether the cluster writes the given name g right before the surname
 * p in lower case ("Chris christie's aide", "said chris christie"): g in
 * any case, a space, p's letters in lower case, then no letter. */
static int given_before_lower(const precis_cluster *c, const char *g, const char *p)
{
    char low[64];
    size_t gl = strlen(g), pl = ascii_lower(low, sizeof low, p);
    if (!pl)
        return 0;
    for (size_t i = 0; i < c->nsents; i++) {
        const char *t = c->sents[i].text;
        size_t n = c->sents[i].len;
        for (size_t k = 0; k + gl + 1 + pl <= n; k++) {
            if ((t[k] | 32) != (g[0] | 32) ||
                (k > 0 && ((t[k - 1] | 32) >= 'a' && (t[k - 1] | 32) <= 'z')))
                continue;
            size_t e = k + gl + 1 + pl;
            if (strncasecmp(t + k, g, gl) == 0 && t[k + gl] == ' ' &&
                memcmp(t + k + gl + 1, low, pl) == 0 &&
                (e == n || !(((t[e] | 32) >= 'a' && (t[e] | 32) <= 'z'))))
                return 1;
        }
    }
    return 0;
}

/* Text in lower case capitalises a full name only where it opens a
 * sentence, and then only its given name ("Chris christie's top aide"):
 * the given name is read as a person alone, the surname, capitalised
 * where it opens another sentence ("Christie apologized"), as another, and
 * one person is split in two.  A person listed by a given name of the
 * lexicon alone, whom the cluster writes right before the one-word
 * surname of exactly one other person, that surname in lower case, is
 * that person: one row, named by both words ("Chris Christie").  Two
 * such surnames ("john mccain", "john kerry"): the given name is left. */
static int merge_given_alone(ectx *x)
{
    const precis_cluster *c = x->g->c;
    for (size_t i = 0; i < x->n; i++) {
        pc_entity *g = &x->e[i];
        if (g->kind != PC_PERSON || !g->total || strchr(g->name, ' ') ||
            !pc_lex_first_name(g->name, strlen(g->name)))
            continue;
        size_t to = SIZE_MAX;
        int amb = 0;
        for (size_t j = 0; j < x->n && !amb; j++) {
            const pc_entity *p = &x->e[j];
            if (j == i || p->kind != PC_PERSON || !p->total || strchr(p->name, ' ') ||
                !given_before_lower(c, g->name, p->name))
                continue;
            if (to != SIZE_MAX)
                amb = 1;
            to = j;
        }
        if (to == SIZE_MAX || amb)
            continue;
        size_t gl = strlen(g->name), pl = strlen(x->e[to].name);
        char *name = pc_arena_alloc(&x->g->arena, gl + pl + 2);
        if (!name)
            return -1;
        memcpy(name, g->name, gl);
        name[gl] = ' ';
        memcpy(name + gl + 1, x->e[to].name, pl + 1);
        x->e[to].name = name;
        merge_into(x, i, to);
    }
    return 0;
}

/* The one given name the cluster writes capitalised right before the
 * surname p in lower case ("rep. Anthony weiner", "Dr. Ben carson"): a
 * given name of the lexicon or of the names learned from train-10k, its
 * first letter a capital, a space, p's letters in lower case, then no
 * letter.  Its start in *gs and length in *gn; 0 when none or two
 * different ones ("Bill haslam" and "Tom haslam"). */
static int given_of_lower(const precis_cluster *c, const char *p, const char **gs, size_t *gn)
{
    char low[64];
    size_t pl = ascii_lower(low, sizeof low, p);
    if (!pl)
        return 0;
    *gs = NULL;
    for (size_t i = 0; i < c->nsents; i++) {
        const char *t = c->sents[i].text;
        size_t n = c->sents[i].len;
        for (size_t k = 2; k + pl <= n; k++) {
            size_t e = k + pl;
            if (t[k - 1] != ' ' || memcmp(t + k, low, pl) != 0 ||
                (e < n && (t[e] | 32) >= 'a' && (t[e] | 32) <= 'z'))
                continue;
            size_t a = k - 1;
            while (a > 0 && (t[a - 1] | 32) >= 'a' && (t[a - 1] | 32) <= 'z')
                a--;
            size_t m = k - 1 - a;
            if (!m || !(t[a] >= 'A' && t[a] <= 'Z') ||
                !(pc_lex_first_name(t + a, m) || pc_lex_given_learned(t + a, m)))
                continue;
            if (*gs && (*gn != m || strncasecmp(*gs, t + a, m) != 0))
                return 0;
            *gs = t + a, *gn = m;
        }
    }
    return *gs != NULL;
}

/* Text in lower case capitalises a surname only after a title ("mr.
 * Weiner") or where it opens a sentence, and the full name only at its
 * given name ("rep. Anthony weiner"): the person is listed by the surname
 * alone, and a reader cannot tell who "Weiner" is.  A person listed by
 * one word that is no given name, whom the cluster writes after exactly
 * one capitalised given name (given_of_lower), that surname in lower case,
 * is named by both words ("Anthony Weiner"); two such given names, or
 * another person whose name ends in that surname, leave the row as it is. */
static int name_surname_alone(ectx *x)
{
    const precis_cluster *c = x->g->c;
    for (size_t i = 0; i < x->n; i++) {
        pc_entity *p = &x->e[i];
        size_t pl = strlen(p->name);
        if (p->kind != PC_PERSON || !p->total || strchr(p->name, ' ') ||
            pc_lex_first_name(p->name, pl) || pc_lex_given_learned(p->name, pl))
            continue;
        int other = 0;
        for (size_t j = 0; j < x->n && !other; j++) {
            const char *q = x->e[j].name;
            size_t ql = strlen(q);
            other = j != i && x->e[j].kind == PC_PERSON && x->e[j].total && ql > pl &&
                    q[ql - pl - 1] == ' ' && strcasecmp(q + ql - pl, p->name) == 0;
        }
        const char *gs = NULL;
        size_t gn = 0;
        if (other || !given_of_lower(c, p->name, &gs, &gn))
            continue;
        char *name = pc_arena_alloc(&x->g->arena, gn + pl + 2);
        if (!name)
            return -1;
        memcpy(name, gs, gn);
        name[gn] = ' ';
        memcpy(name + gn + 1, p->name, pl + 1);
        p->name = name;
    }
    return 0;
}

static int low_letter(char c)
{
    return c >= 'a' && c <= 'z';
}

/* The surname written after the given name g at t[k] (its first letter a
 * capital, right after a title: "Sen. Harry reid", "Gen. Kamala d.
 * harris"): an optional initial, then a word of three letters or more in
 * lower case that is no stopword, verb of saying or title ("reid's": the
 * word before the apostrophe).  Its start in *ws and length in *wn, the
 * initial (or 0) in *ini; 0 when none, -1 when a word in lower case
 * follows that may go on with the name. */
static int surname_after(const char *t, size_t n, size_t k, size_t gl, const char **ws, size_t *wn,
                         char *ini)
{
    if (k < 3 || t[k - 1] != ' ' || !(t[k] >= 'A' && t[k] <= 'Z'))
        return 0;
    size_t a = k - 1, b = k - 1; /* the word before, with its period */
    while (a > 0 && t[a - 1] != ' ')
        a--;
    if (b == a ||
        !(pc_lex_title(t + a, b - a) || (t[b - 1] == '.' && pc_lex_title(t + a, b - a - 1))))
        return 0;
    size_t i = k + gl;
    if (i >= n || t[i] != ' ')
        return 0;
    i++;
    *ini = 0;
    if (i + 2 < n && ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z') && t[i + 1] == '.' &&
        t[i + 2] == ' ') {
        *ini = (char)(t[i] & ~32);
        i += 3;
    }
    size_t e = i;
    while (e < n &&
           (low_letter(t[e]) || (t[e] == '-' && e > i && e + 1 < n && low_letter(t[e + 1]))))
        e++;
    if (e - i < 3 || e - i > 40 || (e < n && (t[e] | 32) >= 'a' && (t[e] | 32) <= 'z') ||
        pc_is_stopword(t + i, e - i, pc_fnv1a(t + i, e - i)) || pc_speech_verb(t + i, e - i) ||
        pc_lex_title(t + i, e - i))
        return 0;
    *ws = t + i, *wn = e - i;
    /* a word in lower case after it that is no stopword or verb of saying:
     * the name may go on ("Dr. Martin luther king"), so none is sure */
    size_t f = e + (e < n && t[e] == ' '), h = f;
    while (h < n && low_letter(t[h]))
        h++;
    if (f > e && h > f && (h == n || !((t[h] | 32) >= 'a' && (t[h] | 32) <= 'z')) &&
        !pc_is_stopword(t + f, h - f, pc_fnv1a(t + f, h - f)) && !pc_speech_verb(t + f, h - f))
        return -1;
    return 1;
}

/* Whether the cluster writes the word w in lower case anywhere but right
 * after the given name g (and an initial), and never as a name would be
 * written, capitalised ("Reid's ad", "mr. Bernal"), possessive ("reid's
 * campaign") or before a verb of saying ("bivens said"): then it is a word of the language ("Queen
 * Elizabeth visited", "visited" elsewhere), no surname. */
static int common_word(const precis_cluster *c, const char *g, size_t gl, const char *w, size_t wn)
{
    int common = 0;
    for (size_t i = 0; i < c->nsents; i++) {
        const char *t = c->sents[i].text;
        size_t n = c->sents[i].len;
        for (size_t k = 0; k + wn <= n; k++) {
            if ((t[k] | 32) != w[0] || memcmp(t + k + 1, w + 1, wn - 1) != 0 ||
                (k > 0 && (t[k - 1] | 32) >= 'a' && (t[k - 1] | 32) <= 'z') ||
                (k + wn < n && (t[k + wn] | 32) >= 'a' && (t[k + wn] | 32) <= 'z'))
                continue;
            if (t[k] != w[0] || (k + wn + 2 <= n && t[k + wn] == '\'' && t[k + wn + 1] == 's') ||
                (k + wn + 4 <= n && memcmp(t + k + wn, "\xE2\x80\x99s", 4) == 0))
                return 0; /* capitalised or possessive: a name */
            size_t f = k + wn + 1, h = f;
            while (h < n && low_letter(t[h]))
                h++;
            if (k + wn < n && t[k + wn] == ' ' && h > f && pc_speech_verb(t + f, h - f))
                return 0; /* the subject of a verb of saying: "bivens said" */
            size_t b = k;
            if (b >= 4 && t[b - 1] == ' ' && t[b - 2] == '.' && t[b - 4] == ' ')
                b -= 3; /* "kamala d. harris" */
            if (!(b > gl && t[b - 1] == ' ' && strncasecmp(t + b - 1 - gl, g, gl) == 0 &&
                  (b - 1 - gl == 0 ||
                   !((t[b - 2 - gl] | 32) >= 'a' && (t[b - 2 - gl] | 32) <= 'z'))))
                common = 1;
        }
    }
    return common;
}

/* Text in lower case capitalises a given name after a title and leaves
 * the surname in lower case ("Sen. Harry reid"): the person is listed by
 * the given name alone, which names no one, and one given name may stand
 * for two men ("Gov. Bill haslam", "Gov. Bill bolling").  A person listed
 * by a given name of the lexicon or the learned list alone takes the one
 * surname the cluster writes after it so (surname_after), when the
 * cluster writes that word nowhere else in lower case (common_word): one
 * row, "Harry Reid", or the mentions of that full name's row when it has
 * one.  Two such surnames: the row is dropped, one row for two people is
 * wrong and a reader is better served by none. */
static int name_given_alone(ectx *x)
{
    const precis_cluster *c = x->g->c;
    size_t n0 = x->n;
    for (size_t r = 0; r < n0; r++) {
        pc_entity *g = &x->e[r];
        size_t gl = strlen(g->name);
        if (g->kind != PC_PERSON || !g->total || strchr(g->name, ' ') ||
            !(pc_lex_first_name(g->name, gl) || pc_lex_given_learned(g->name, gl)))
            continue;
        const char *ws = NULL, *w;
        size_t wn = 0, m;
        char ini = 0, in;
        int amb = 0, unsure = 0;
        for (size_t i = 0; i < c->nsents && !amb; i++) {
            const char *t = c->sents[i].text;
            size_t n = c->sents[i].len;
            for (size_t k = 1; k + gl <= n && !amb; k++) {
                if (t[k - 1] != ' ' || strncasecmp(t + k, g->name, gl) != 0)
                    continue;
                int sa = surname_after(t, n, k, gl, &w, &m, &in);
                if (sa < 0)
                    unsure = 1;
                if (sa <= 0)
                    continue;
                if (ws && (m != wn || memcmp(ws, w, m) != 0))
                    amb = 1;
                if (!ws || in)
                    ini = in;
                ws = w, wn = m;
            }
        }
        if (amb) {
            g->total = 0;
            continue;
        }
        if (!ws || unsure || common_word(c, g->name, gl, ws, wn))
            continue;
        char *name = pc_arena_alloc(&x->g->arena, gl + wn + 5);
        if (!name)
            return -1;
        size_t o = gl;
        memcpy(name, g->name, gl);
        if (ini)
            name[o++] = ' ', name[o++] = ini, name[o++] = '.';
        name[o++] = ' ';
        name[o] = (char)(ws[0] - 'a' + 'A');
        memcpy(name + o + 1, ws + 1, wn - 1);
        name[o + wn] = '\0';
        long to = -1;
        for (size_t j = 0; j < x->n && to < 0; j++)
            if (j != r && x->e[j].kind == PC_PERSON && x->e[j].total &&
                strcasecmp(x->e[j].name, name) == 0)
                to = (long)j;
        if (to >= 0)
            merge_into(x, r, (size_t)to);
        else
            g->name = name;
    }
    return 0;
}

/* One row per firm written with two forms ("Cathay Pacific Airways" and
 * "Cathay Pacific Airlines", same_firm): the less mentioned joins the
 * more mentioned, in the entry "m:" and the name without its form. */
static int merge_firm_forms(ectx *x)
{
    size_t n = x->n; /* tab_add adds entries */
    for (size_t i = 0; i < n; i++) {
        const char *name = x->e[i].name;
        size_t m = firm_stem(name);
        if (x->e[i].key[0] != 'o' || !x->e[i].total || m == strlen(name))
            continue;
        char key[176];
        key[0] = 'm', key[1] = ':';
        lower(key + 2, sizeof key - 2, name, 0, m);
        long e = tab_find(x, key);
        if (e < 0) {
            if ((e = tab_add(x, key, name, PC_ORG)) < 0)
                return -1;
            x->e[e].count[0] = i; /* the row of this firm so far */
            continue;
        }
        size_t j = x->e[e].count[0];
        if (x->e[j].total >= x->e[i].total) {
            merge_into(x, i, j);
        } else {
            merge_into(x, j, i);
            x->e[e].count[0] = i;
        }
    }
    return 0;
}

/* Aliases of organisations within the cluster: dotted and undotted forms
 * ("U.N. Security Council" = "UN Security Council"), a name that ends a
 * longer one seen in the cluster ("Security Council", "the Council"), an
 * acronym of one ("CIT" = "Conflict Intelligence Team").  Only when the
 * longer name is the only one that fits.  Sort and binary search: n log n. */
static int merge_aliases(ectx *x)
{
    pc_arena *ar = &x->g->arena;
    size_t n = x->n, npairs = 0, cap = 0;
    size_t *parent = pc_arena_alloc(ar, (n + 1) * sizeof *parent);
    char **norm = pc_arena_calloc(ar, n + 1, sizeof *norm);
    if (!parent || !norm)
        return -1;
    for (size_t i = 0; i < n; i++) {
        parent[i] = i;
        /* organisations only, not the words of pass 1 ("c:government") */
        if (x->e[i].kind == PC_ORG && x->e[i].key[0] == 'o' &&
            !(norm[i] = norm_name(ar, x->e[i].name)))
            return -1;
        if (norm[i])
            for (const char *p = norm[i]; *p; p++)
                cap += *p == ' ';
        cap += 2;
    }
    apair *v = pc_arena_alloc(ar, (cap + 1) * sizeof *v);
    if (!v)
        return -1;
    /* 1. the same name written with and without dots */
    for (size_t i = 0; i < n; i++)
        if (norm[i])
            v[npairs++] = (apair){norm[i], i};
    qsort(v, npairs, sizeof *v, cmp_apair);
    for (size_t k = 1; k < npairs; k++)
        if (strcmp(v[k].key, v[k - 1].key) == 0) {
            size_t a = root_of(parent, v[k - 1].idx), b = v[k].idx;
            if (a != b) {
                merge_into(x, b, a);
                parent[b] = a;
            }
        }
    /* 2. proper suffixes and initials of longer names */
    npairs = 0;
    for (size_t i = 0; i < n; i++) {
        if (!norm[i] || parent[i] != i)
            continue;
        for (const char *p = norm[i]; (p = strchr(p, ' ')) != NULL;)
            v[npairs++] = (apair){(char *)++p, i};
        char *ini = initials(ar, x->e[i].name);
        if (ini && strchr(norm[i], ' '))
            v[npairs++] = (apair){ini, i};
    }
    qsort(v, npairs, sizeof *v, cmp_apair);
    for (size_t i = 0; i < n; i++) {
        if (!norm[i] || parent[i] != i)
            continue;
        size_t t = unique_target(v, npairs, norm[i], parent);
        if (t == SIZE_MAX || t == i)
            continue;
        /* a one-word suffix must be a word of organisations ("Council"), not
         * any last word */
        if (!strchr(norm[i], ' ') && !pc_lex_acronym(x->e[i].name, strlen(x->e[i].name)) &&
            !pc_lex_org_word(norm[i], strlen(norm[i])))
            continue;
        merge_into(x, i, t);
        parent[i] = t;
    }
    return 0;
}

/* A place named by the words before the "of" of exactly one longer place
 * of the cluster, two words or more, is that place ("People's Republic"
 * of "People's Republic of China"; "Republic" alone is no place), named
 * as the cluster writes it most.  One hash lookup per place. */
static int merge_state_heads(ectx *x)
{
    size_t n = x->n;
    size_t *into = pc_arena_alloc(&x->g->arena, (n + 1) * sizeof *into);
    if (!into)
        return -1;
    for (size_t i = 0; i < n; i++)
        into[i] = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        const char *name = x->e[i].name, *of = strstr(name, " of ");
        if (x->e[i].kind != PC_PLACE || !x->e[i].total || !of ||
            !memchr(name, ' ', (size_t)(of - name)))
            continue;
        char key[176];
        snprintf(key, sizeof key, "l:%.*s", (int)(of - name), name);
        lower(key, sizeof key, key, 0, strlen(key));
        long h = tab_find(x, key);
        if (h < 0 || (size_t)h == i || x->e[h].kind != PC_PLACE)
            continue;
        into[h] = into[h] == SIZE_MAX ? i : SIZE_MAX - 1; /* two: ambiguous */
    }
    for (size_t h = 0; h < n; h++)
        if (into[h] < SIZE_MAX - 1) {
            /* named as written most: "United States" (7) over "United
             * States of America" (1) */
            if (x->e[h].total > x->e[into[h]].total)
                x->e[into[h]].name = x->e[h].name;
            merge_into(x, h, into[h]);
        }
    return 0;
}

/* An organisation whose name is one word of [bare] in lexicon.txt: a kind
 * of body ("Group", "Office", "Government"), no body of its own. */
static int bare_kind(const pc_entity *e)
{
    return e->kind == PC_ORG && !strchr(e->name, ' ') && pc_lex_bare_org(e->name, strlen(e->name));
}

precis_status pc_entities_extract(precis_digest *g)
{
    const precis_cluster *c = g->c;
    ectx x;
    memset(&x, 0, sizeof x);
    x.g = g;
    pc_words w = {0};
    w.alc = g->alc;
    /* the family names written first, read with a scratch arena: the
     * table of the cluster's words dies here, the names (bytes of the
     * cluster's text) are copied */
    {
        pc_arena tmp;
        pc_family *f;
        size_t nf;
        pc_arena_init(&tmp, g->alc);
        if (pc_names_families(c, &tmp, &f, &nf) ||
            (nf && !(g->fams = pc_arena_alloc(&g->arena, nf * sizeof *g->fams)))) {
            pc_arena_release(&tmp);
            return PRECIS_ENOMEM;
        }
        if (nf) {
            memcpy(g->fams, f, nf * sizeof *f);
            qsort(g->fams, nf, sizeof *f, cmp_family);
        }
        g->nfams = nf;
        pc_arena_release(&tmp);
    }
    for (int pass = 1; pass <= 2 && !x.oom; pass++) {
        for (size_t i = 0; i < c->nsents && !x.oom; i++) {
            const pc_sent *st = &c->sents[i];
            if (pc_lex_split(&w, st->text, st->len)) {
                x.oom = 1;
                break;
            }
            /* "... at 3 p.m." then "EST Tuesday ...": the splitter's cut */
            x.after_clock = i > 0 && c->sents[i - 1].doc == st->doc &&
                            ends_in_clock(c->sents[i - 1].text, c->sents[i - 1].len);
            run_pass(&x, pass, &w, st->text, st->len, st->doc);
        }
        if (pass == 1)
            choose_spellings(&x);
        for (size_t i = 0; pass == 1 && x.openers && i < c->nsents && !x.oom; i++) {
            const pc_sent *st = &c->sents[i];
            if (pc_lex_split(&w, st->text, st->len)) {
                x.oom = 1;
                break;
            }
            note_opener_uses(&x, &w, st->text);
        }
    }
    count_datelines(&x);
    count_firms(&x);
    drop_things(&x);
    pc_words_release(&w);
    precis_status rs = PRECIS_OK;
    if (!x.oom && (merge_firm_forms(&x) || merge_aliases(&x) || merge_state_heads(&x) ||
                   merge_given_alone(&x) || name_surname_alone(&x) || name_given_alone(&x)))
        x.oom = 1;
    if (!x.oom)
        count_initials(&x);
    if (x.oom) {
        rs = PRECIS_ENOMEM;
    } else {
        /* keep what is mentioned; people learnt but never counted drop out,
         * and so does an organisation named by its kind alone ("Group",
         * "Party", "Corp."), which no longer name of the cluster took */
        size_t k = 0;
        pc_entity *out = pc_arena_calloc(&g->arena, x.n + 1, sizeof *out);
        if (!out) {
            rs = PRECIS_ENOMEM;
        } else {
            for (size_t i = 0; i < x.n; i++)
                if (x.e[i].total && !bare_kind(&x.e[i]))
                    out[k++] = x.e[i];
            qsort(out, k, sizeof *out, cmp_entity);
            g->ents = out;
            g->nents = k;
        }
    }
    pc_free(g->alc, x.t.slot, x.t.cap * sizeof *x.t.slot);
    pc_free(g->alc, x.e, x.cap * sizeof *x.e);
    pc_free(g->alc, x.ambiguous, x.amb_cap);
    pc_free(g->alc, x.spell1, x.spell1_cap * sizeof *x.spell1);
    pc_free(g->alc, x.sp, x.sp_cap * sizeof *x.sp);
    pc_free(g->alc, x.dl, x.dl_cap * sizeof *x.dl);
    return rs;
}

const pc_entity *pc_entity_of_run(const precis_digest *g, const pc_words *w, const char *s,
                                  size_t i, size_t j)
{
    rclass r = classify(w, s, i, j);
    if (r.b <= r.a)
        return NULL;
    char key[176], name[160];
    if (r.kind == PC_PERSON) {
        surname_key(g, key, sizeof key, w, s, r.a, r.b);
        key[0] = 'p';
    } else {
        org_place_key(key, sizeof key, name, sizeof name, w, s, r);
    }
    /* g->ents is sorted, not hashed: a linear scan over the entities, done
     * once per speaker candidate (bounded by the number of quotes), twice
     * for "Pius XI" beside "Pius XII" */
    for (int again = 0;; again = 1) {
        const pc_entity *hit = NULL;
        for (size_t k = 0; k < g->nents; k++)
            if (strcmp(g->ents[k].key, key) == 0) {
                if (hit)
                    return NULL; /* two people share the key */
                hit = &g->ents[k];
            }
        if (!hit || again || r.kind != PC_PERSON ||
            !numbered_key(hit->name, key, sizeof key, w, s, r.a, r.b))
            return hit;
    }
}

/* Occurrences of the string name in s[0..n). */
static size_t occurrences(const char *s, size_t n, const char *name)
{
    size_t k = strlen(name), c = 0;
    if (!k)
        return 0;
    for (const char *p = s; (size_t)(p - s) + k <= n;) {
        const char *q = memchr(p, name[0], n - (size_t)(p - s) - k + 1);
        if (!q)
            break;
        if (memcmp(q, name, k) == 0) {
            c++;
            p = q + k;
        } else {
            p = q + 1;
        }
    }
    return c;
}

precis_status pc_entities_add_speakers(precis_digest *g)
{
    const precis_cluster *c = g->c;
    size_t extra = 0;
    for (size_t i = 0; i < g->nquotes; i++)
        extra += g->quotes[i].speaker != NULL;
    if (!extra)
        return PRECIS_OK;
    pc_entity *out = pc_arena_calloc(&g->arena, g->nents + extra + 1, sizeof *out);
    if (!out)
        return PRECIS_ENOMEM;
    if (g->nents)
        memcpy(out, g->ents, g->nents * sizeof *out);
    size_t n = g->nents;
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        const pc_lang *l = q->ndocs ? c->docs[q->docs[0]].lang : NULL;
        if (!q->speaker || !l || l == &pc_lang_en || strcmp(l->code, "en") == 0 ||
            strcmp(l->code, "und") == 0)
            continue;
        int known = 0;
        for (size_t k = 0; k < n && !known; k++)
            known = strcmp(out[k].name, q->speaker) == 0;
        if (known)
            continue;
        size_t *count = pc_arena_calloc(&g->arena, c->ndocs + 1, sizeof *count);
        char *key = pc_arena_alloc(&g->arena, strlen(q->speaker) + 3);
        if (!count || !key)
            return PRECIS_ENOMEM;
        snprintf(key, strlen(q->speaker) + 3, "p:%s", q->speaker);
        size_t total = 0;
        for (size_t d = 0; d < c->ndocs; d++) {
            count[d] = occurrences(g->dt[d].text, g->dt[d].len, q->speaker);
            total += count[d];
        }
        for (size_t j = 0; j < q->ndocs; j++) /* named as its speaker there */
            if (!count[q->docs[j]] && q->doc_speaker[j])
                count[q->docs[j]] = 1, total++;
        out[n++] = (pc_entity){q->speaker, key, PC_PERSON, count, total};
    }
    qsort(out, n, sizeof *out, cmp_entity);
    g->ents = out;
    g->nents = n;
    return PRECIS_OK;
}
