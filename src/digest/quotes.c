/* Quotes: found per document in its joined sentences, attributed, then
 * merged across documents (see quotes.h for the rules). */
#include "digest/quotes.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "digest/entities.h"
#include "digest/lex.h"
#include "lang/lang.h"
#include "model/cluster.h"
#include "text/attrib.h"
#include "text/tokenize.h"
#include "util/alloc.h"
#include "util/hash.h"

typedef struct qspan {
    size_t open, start, end, close; /* mark, inner text, end of closing mark */
} qspan;

/* Per-sentence attribution state of one document.  Speakers are names
 * interned in the digest's arena: equal names are the same speaker. */
typedef struct sstate {
    const char *spk;  /* speaker of quotes attributed in this sentence */
    uint8_t conflict; /* two different speakers */
    uint8_t done;     /* person() memoised */
    const char *person;
    const char *named; /* its subject or reported speaker, certain or not */
} sstate;

#define REG_MAX 256 /* full names remembered per document */

#define ROLES_KEPT 8

typedef struct qctx {
    precis_digest *g;
    const pc_dtext *dt;
    uint32_t doc;
    sstate *st;
    pc_words w, w2;
    qspan *q;
    size_t nq, qcap;
    /* full names (two words or more) seen in the document, for a later
     * "Li said" or "Mensah said" */
    const char *reg[REG_MAX];
    size_t nreg;
    const char *last; /* last speaker named in the document */
    int lower;        /* the document is written in lower case: -1 unknown */
    uint32_t last_k;  /* and its sentence */
    /* the office word of the last ROLE subject (subject_before) */
    const pc_words *role_w;
    uint32_t role;
    /* the cluster's one holder of an office (or NULL), per office asked */
    struct {
        char role[32];
        const char *holder;
    } roles[ROLES_KEPT];
    size_t nroles;
    /* results, all documents */
    pc_quote *out;
    size_t nout, outcap;
    int oom;
    int after; /* attributed_speaker reads the words after a quote */
    /* the last given name given_in_full read in the document, and its
     * answer: a document's quotes repeat one speaker */
    const char *given_in, *given_out;
} qctx;

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
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

/* Whether a straight mark at s[i] (mark length n) after a comma, "?" or
 * "!" and a space is followed by an attribution that ends its clause: at
 * most four words, the last a verb of saying directly followed by "." or
 * "," ('too, " dana hale said. That ...').  Text that spaces its marks on
 * both sides (Multi-News) writes a closing mark so; an opening mark after
 * a comma starts the quote's words ('adds, " he treats ...').  A mark read
 * as opening there pairs every later mark the wrong way, quoting the
 * narration between quotes.  At most five words are read. */
static int closes_before_attribution(const char *s, size_t len, size_t i, size_t n)
{
    size_t b = i;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    if (b == i || b == 0 || (s[b - 1] != ',' && s[b - 1] != '?' && s[b - 1] != '!'))
        return 0;
    size_t p = i + n;
    if (p >= len || !is_space(s[p]))
        return 0;
    for (int words = 0; words < 5; words++) {
        while (p < len && (s[p] == ' ' || s[p] == '\t'))
            p++;
        size_t a = p;
        while (p < len && !is_space(s[p]) && s[p] != '"' && s[p] != ',' && s[p] != '.')
            p++;
        if (p == a)
            return 0;
        if (pc_saying_verb(s + a, p - a))
            return p < len && (s[p] == '.' || s[p] == ',');
    }
    return 0;
}

/* Whether the straight mark at s[i] within a straight quote opens a new one:
 * written after a sentence's end and a space and directly before a letter
 * or digit ('... twice. "it is ...').  A quote that runs into the next
 * paragraph has no closing mark (the convention of news writing) and text
 * whose paragraphs were joined keeps only the next paragraph's opening
 * mark; a closing mark follows the sentence's end without a space. */
static int reopens(const char *s, size_t len, size_t i, size_t n)
{
    if (i < 2 || !is_space(s[i - 1]) || (s[i - 2] != '.' && s[i - 2] != '?' && s[i - 2] != '!'))
        return 0;
    unsigned char c = i + n < len ? (unsigned char)s[i + n] : 0;
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
        int m = pc_quote_mark(s, len, i, &n, &mfam);
        if (!m)
            continue;
        if (!depth) {
            int opener = m == 1 || (m == 3 && (i == 0 || is_space(s[i - 1]) || s[i - 1] == '(' ||
                                               s[i - 1] == '[' || s[i - 1] == '-' ||
                                               (unsigned char)s[i - 1] >= 0x80));
            if (opener && m == 3 && closes_before_attribution(s, len, i, n))
                opener = 0;
            if (opener && (m == 1 || m == 3)) {
                depth = 1;
                kind = m;
                fam = mfam;
                open = i;
                start = i + n;
            }
        } else if (kind == 1) {
            if (pc_quote_closes(fam, m, mfam)) {
                if (--depth == 0)
                    push_span(x, open, start, i, i + n);
            } else if (m == 1 && mfam == fam) {
                depth++;
            }
        } else if (m == 3 && reopens(s, len, i, n)) {
            push_span(x, open, start, i - 1, i - 1);
            open = i;
            start = i + n;
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
    return pc_lex_is(w, s, i, "he") || pc_lex_is(w, s, i, "she") || pc_lex_is(w, s, i, "it");
}

static int is_verb(const pc_words *w, const char *s, size_t i)
{
    return i < w->n && !w->w[i].cap &&
           pc_saying_verb(s + w->w[i].start, w->w[i].end - w->w[i].start);
}

/* Verbs whose object is the listener, not the speaker: "told reporters",
 * "asked the minister", "assured voters". */
static int listener_verb(const pc_words *w, const char *s, size_t i)
{
    static const char *const v[] = {"told",    "tells",   "telling", "asked",  "asks",
                                    "asking",  "urged",   "urging",  "warned", "warns",
                                    "assured", "assures", "assuring"};
    for (size_t k = 0; k < sizeof v / sizeof *v; k++)
        if (pc_lex_is(w, s, i, v[k]))
            return 1;
    return 0;
}

static int adverb(const pc_words *w, const char *s, size_t i)
{
    static const char *const adv[] = {
        "also",       "has",  "had",  "then",   "later",   "again",  "previously", "repeatedly",
        "reportedly", "once", "have", "simply", "quickly", "flatly", "publicly"};
    for (size_t k = 0; k < sizeof adv / sizeof *adv; k++)
        if (pc_lex_is(w, s, i, adv[k]))
            return 1;
    return 0;
}

static int word_is(const pc_words *w, const char *s, size_t i, int (*list)(const char *, size_t))
{
    return i < w->n && list(s + w->w[i].start, w->w[i].end - w->w[i].start);
}

/* A title, also abbreviated with its period ("Dr.", "Gen."). */
static int is_title(const pc_words *w, const char *s, size_t i)
{
    if (word_is(w, s, i, pc_lex_title))
        return 1;
    const pc_word *t = &w->w[i];
    return t->end < t->raw_end && s[t->end] == '.' &&
           pc_lex_title(s + t->start, t->end - t->start + 1);
}

/* A word of a capitalised run that may stand in a name: capitalised, a
 * particle ("bin", "van der") or "al-"/"el-" glued to a name. */
static int name_word(const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    return t->cap || pc_lex_name_particle(s + t->start, t->end - t->start) ||
           (t->end - t->start > 3 &&
            (memcmp(s + t->start, "al-", 3) == 0 || memcmp(s + t->start, "el-", 3) == 0));
}

/* Start of the capitalised run that ends at word j (exclusive), not before lo. */
static size_t run_start(const pc_words *w, const char *s, size_t j, size_t lo)
{
    size_t i = j;
    while (i > lo) {
        const pc_word *t = &w->w[i - 1];
        int ok = name_word(w, s, i - 1) || pc_lex_eq(s, t->start, t->end, "of");
        int initial = t->after == '.' && t->end - t->start == 1 && t->cap; /* "Ruth A. Mercer" */
        if (!ok || (i < j && ((t->after && !initial) || t->poss)))
            break;
        i--;
        if (t->before)
            break;
    }
    while (i < j && !w->w[i].cap)
        i++;
    return i;
}

static const char *intern(qctx *x, const char *s, size_t n)
{
    char *p = pc_arena_strndup(&x->g->arena, s, n);
    if (!p)
        x->oom = 1;
    return p;
}

/* Index (0-based word) in name of a word equal to word, or -1. */
static int name_has_word(const char *name, const char *word, size_t n)
{
    int k = 0;
    for (const char *p = name; *p; k++) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && memcmp(p, word, n) == 0)
            return k;
        if (!e)
            break;
        p = e + 1;
    }
    return -1;
}

static int word_count(const char *name)
{
    int n = 1;
    for (const char *p = name; *p; p++)
        n += *p == ' ';
    return n;
}

static void remember(qctx *x, const char *name)
{
    if (!name || word_count(name) < 2)
        return;
    size_t n = x->nreg < REG_MAX ? x->nreg : REG_MAX;
    for (size_t k = 0; k < n; k++)
        if (strcmp(x->reg[k], name) == 0)
            return;
    x->reg[x->nreg++ % REG_MAX] = name; /* the oldest gives way */
}

/* The name a run of capitalised words gives a speaker, or NULL when it names
 * no one: leading articles, adjectives and titles are dropped ("Chinese
 * Foreign Minister Wang Yi" = "Wang Yi"); a run headed by a generic noun
 * ("Officials", "Residents of Lund") or made of dates names no one; a
 * single word is the full name seen before in the document that holds it
 * ("Li" = "Li Wei", "Aas" = "Jon Aas"), or the entity with that surname in
 * the cluster, or the word itself ("Suharto"). */
/* Does document dt write surname t[0..n) after a capitalised given name
 * that the cluster's person `name` does not hold ("Tanya Davila" in a
 * document where the cluster's Davila is "Jorge Davila")?  Then the
 * document's bare "Ms. Davila" is its own person, not the cluster's.
 * Linear in the document, read only for a one-word speaker that the
 * document's own names do not resolve. */
static int other_given(const pc_dtext *dt, const char *name, const char *t, size_t n)
{
    const char *text = dt->text;
    for (size_t at = 1; at + n <= dt->len; at++) {
        if (text[at] != t[0] || text[at - 1] != ' ' || memcmp(text + at, t, n) != 0)
            continue;
        unsigned char after = at + n < dt->len ? (unsigned char)text[at + n] : ' ';
        if ((after | 0x20) >= 'a' && (after | 0x20) <= 'z')
            continue;
        size_t g = at - 1; /* the word before: letters only, so "Ms." is none */
        while (g > 0 && (((unsigned char)text[g - 1] | 0x20) >= 'a' &&
                         ((unsigned char)text[g - 1] | 0x20) <= 'z'))
            g--;
        size_t gn = at - 1 - g;
        if (gn < 2 || text[g] < 'A' || text[g] > 'Z' || g < 2 || text[g - 1] != ' ')
            continue;
        /* a word opening a sentence is capitalised whatever it is ("Because
         * Clark said"): only a name inside a sentence counts */
        if (strchr(".!?'`\"\n:", text[g - 2]))
            continue;
        int held = 0;
        for (const char *w = name; *w && !held;) {
            const char *h = strchr(w, ' ');
            size_t wn = h ? (size_t)(h - w) : strlen(w);
            held = wn == gn && memcmp(w, text + g, gn) == 0;
            w += wn + (h != NULL);
        }
        const char *gw = text + g;
        /* another spelling of the person's given name is the person
         * ("Sergey Lavrov" beside the cluster's "Sergei Lavrov") */
        char full[128];
        if (!held && at + n - g < sizeof full) {
            memcpy(full, gw, at + n - g);
            full[at + n - g] = 0;
            held = pc_entity_same_given(name, full);
        }
        if (!held && !pc_lex_common_cap(gw, gn) && !pc_lex_title(gw, gn) && !pc_lex_month(gw, gn) &&
            pc_lex_weekday(gw, gn) < 0 && !pc_lex_place(gw, gn) && !pc_lex_org_word(gw, gn))
            return 1;
    }
    return 0;
}

static int text_noun(const pc_words *w, const char *s, size_t i);
static int lower_given(const char *s, size_t n);

/* Word i is a stopword with a contraction glued to it ("You've", "They're",
 * "I'm", "We'll"): a pronoun and its verb, no name, though its capital at a
 * sentence's start (within a quote's sentences) makes it look like one. */
static int pronoun_contraction(const pc_words *w, const char *s, size_t i)
{
    const char *t = s + w->w[i].start;
    size_t n = w->w[i].end - w->w[i].start;
    const char *q = memchr(t, '\'', n);
    size_t h = q ? (size_t)(q - t) : 0;
    if (!q && n > 3) {
        for (size_t k = 0; k + 2 < n && !q; k++)
            if (memcmp(t + k, "\xE2\x80\x99", 3) == 0)
                q = t + k, h = k;
    }
    char low[8];
    if (!q || h == 0 || h >= sizeof low)
        return 0;
    /* the verb glued after the apostrophe: 've, 're, 'll, 'd, 'm
     * ("O'reilly" is a name) */
    const char *c = q + (*q == '\'' ? 1 : 3);
    size_t cn = (size_t)(t + n - c);
    if (!(cn == 1 && (*c == 'd' || *c == 'm')) &&
        !(cn == 2 &&
          (!strncasecmp(c, "ve", 2) || !strncasecmp(c, "re", 2) || !strncasecmp(c, "ll", 2))))
        return 0;
    for (size_t k = 0; k < h; k++)
        low[k] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] - 'A' + 'a' : t[k]);
    return pc_is_stopword(low, h, pc_fnv1a(low, h));
}

static const char *speaker_of_run(qctx *x, const pc_words *w, const char *s, size_t i, size_t j)
{
    /* a person and what he belongs to: "Dick Armey of Texas", "Michael
     * Reisman of Yale", "John Hetherington of Paribas Asia Equity Ltd":
     * the person, when the words before "of" are two to four capitalised
     * words of no organisation ("Bank of America", "University of Texas"
     * stay whole; "Duke of Edinburgh", one word, too) */
    for (size_t p = i + 2; p < j && p <= i + 5; p++) {
        if (!pc_lex_is(w, s, p, "of"))
            continue;
        int person = 1;
        for (size_t k = i; k < p && person; k++)
            person = w->w[k].cap && !word_is(w, s, k, pc_lex_org_word) &&
                     !word_is(w, s, k, pc_lex_place) && !word_is(w, s, k, pc_lex_common_cap);
        if (person)
            j = p;
        break;
    }
    const pc_entity *e = i < j ? pc_entity_of_run(x->g, w, s, i, j) : NULL;
    if (e && e->kind == PC_ORG && j - i > 1)
        return e->name; /* "the European Commission" */
    while (i < j && (pc_lex_is(w, s, i, "the") || word_is(w, s, i, pc_lex_common_cap)) &&
           !word_is(w, s, i, pc_lex_org_word))
        i++;
    if (i >= j)
        return NULL;
    char buf[200];
    /* titles: drop up to the last title word that a name follows */
    size_t a = i;
    for (size_t k = i; k + 1 < j; k++)
        if (is_title(w, s, k) && !word_is(w, s, k, pc_lex_org_word))
            a = k + 1;
    /* "UN Nikki Haley": an acronym before a name is the name's body */
    while (a < j && (!w->w[a].cap || (j - a > 2 && word_is(w, s, a, pc_lex_acronym))))
        a++;
    if (a >= j || word_is(w, s, a, pc_lex_generic) || word_is(w, s, j - 1, pc_lex_generic))
        return NULL;
    /* two words ending with a title name an office, not its holder: "U.S.
     * Secretary" (of state John Kerry, in lower-cased text); a first name
     * before it makes it a surname ("Rep. Peter King") */
    if (j - a == 2 && is_title(w, s, j - 1) && !word_is(w, s, j - 1, pc_lex_org_word) &&
        !word_is(w, s, a, pc_lex_first_name))
        return NULL;
    for (size_t k = a; k < j; k++) {
        const char *t = s + w->w[k].start;
        size_t n = w->w[k].end - w->w[k].start;
        if ((j - a == 1 && pc_lex_month(t, n)) || pc_lex_weekday(t, n) >= 0)
            return NULL;
    }
    /* one word that is a noun of a text names a text, no person, unless a
     * title comes before it ("ms. Law said"): "Story continued below", a
     * page's line before a quote, made "Story" the subject of "continued"
     * and the person of the "he wrote" after it; a word of organisations
     * that names a kind of body ("Embassy" of "The u.s. Embassy cautions")
     * names none alone */
    if (j - a == 1 && (word_is(w, s, a, pc_lex_common_cap) || is_title(w, s, a) ||
                       pronoun_contraction(w, s, a) || word_is(w, s, a, pc_lex_bare_org) ||
                       (text_noun(w, s, a) && a == i && !(i > 0 && is_title(w, s, i - 1)) &&
                        !lower_given(s + w->w[a].start, w->w[a].end - w->w[a].start))))
        return NULL;
    if (j - a == 1) {
        const char *t = s + w->w[a].start;
        size_t n = w->w[a].end - w->w[a].start;
        /* the latest full name of the document holding this word */
        size_t nr = x->nreg < REG_MAX ? x->nreg : REG_MAX;
        for (size_t k = 0; k < nr; k++) {
            const char *r = x->reg[(x->nreg - 1 - k) % REG_MAX]; /* latest first */
            if (name_has_word(r, t, n) >= 0)
                return r;
        }
        if (e && (e->kind == PC_PERSON || e->kind == PC_ORG) && strchr(e->name, ' ') &&
            !other_given(x->dt, e->name, t, n))
            return e->name;
        return intern(x, t, n);
    }
    if (e && e->kind != PC_PLACE) {
        pc_entity_phrase(buf, sizeof buf, w, s, a, j);
        size_t n = strlen(buf);
        /* the entity's name when it is this name or a fuller one, or
         * another spelling of the given name ("Goren Persson" and "Goeran
         * Persson" are one person, and one speaker) */
        if (strstr(e->name, buf) || (e->kind == PC_ORG && n) ||
            (e->kind == PC_PERSON && strchr(buf, ' ') && pc_entity_same_given(e->name, buf)))
            return e->name;
    }
    pc_entity_phrase(buf, sizeof buf, w, s, a, j);
    size_t n = strlen(buf);
    const char *name = intern(x, buf, n);
    remember(x, name);
    return name;
}

enum { NONE = 0, NAMED, PRONOUN, UNNAMED, ROLE };

/* Nouns of an office held by one person at a time, which news writes as
 * "the mayor said" after naming "Mayor Jane Smith" (ROLE, resolve_role).
 * Not the words that only qualify one ("foreign", "deputy", "prime"), nor
 * offices many hold at once ("senator", "official"). */
static const char *const roles[] = {
    "president",  "minister",  "secretary",   "ambassador",   "governor",  "mayor", "judge",
    "envoy",      "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "chairman",
    "chairwoman", "director",  "leader",      "chancellor",   "king",      "queen", "pope",
    "prosecutor", "premier",   "sheriff",     "coach",        "ceo",       NULL};

static int role_word(const pc_words *w, const char *s, size_t i)
{
    for (size_t k = 0; roles[k]; k++)
        if (pc_lex_is(w, s, i, roles[k]))
            return 1;
    return 0;
}

/* Keeps word i of w as the office of a ROLE subject (resolve_role reads
 * it) and returns ROLE. */
static int role_subject(qctx *x, const pc_words *w, size_t i)
{
    x->role = (uint32_t)i;
    x->role_w = w;
    return ROLE;
}

/* A preposition whose object a name may be ("a diplomat from Cairo",
 * "residents of Lund", "an analyst at Barclays"): that name is not the
 * subject of a following verb. */
static int preposition(const pc_words *w, const char *s, size_t i)
{
    static const char *const p[] = {"from", "of",     "in",     "at",      "near",   "for",
                                    "with", "within", "inside", "outside", "across", "to"};
    if (w->w[i].cap || w->w[i].after)
        return 0;
    for (size_t k = 0; k < sizeof p / sizeof *p; k++)
        if (pc_lex_is(w, s, i, p[k]))
            return 1;
    return 0;
}

/* Where the preposition that governs the run starting at word i starts
 * ("from Cairo", "of the U.S. Agency"), not before lo; i when none does. */
static size_t object_start(const pc_words *w, const char *s, size_t i, size_t lo)
{
    size_t p = i;
    if (p > lo && pc_lex_is(w, s, p - 1, "the") && !w->w[p - 1].cap && !w->w[p - 1].after)
        p--;
    return p > lo && preposition(w, s, p - 1) ? p - 1 : i;
}

/* Is the run [m, j) between commas a qualifier of the name before it
 * rather than a name in apposition: a place ("Porto, Portugal,") or an
 * American party and state ("Lamar Smith, R-Texas,", "D-Calif.": one
 * capital letter and a hyphen)? */
static int qualifier_after_comma(qctx *x, const pc_words *w, const char *s, size_t m, size_t j)
{
    const pc_word *t = &w->w[m];
    if (j - m == 1 && t->end - t->start > 2 && s[t->start + 1] == '-' && s[t->start] >= 'A' &&
        s[t->start] <= 'Z')
        return 1;
    const pc_entity *e = pc_entity_of_run(x->g, w, s, m, j);
    if (e)
        return e->kind == PC_PLACE;
    char buf[120];
    pc_entity_phrase(buf, sizeof buf, w, s, m, j);
    return pc_lex_place(buf, strlen(buf));
}

/* The speaker of the speech verb at word v, from the words before it (not
 * before lo): "Aas said", "the Kremlin said", "Jon Aas, the minister,
 * said", "the minister, Jon Aas, said", "she said".  Returns NAMED (with
 * *out), PRONOUN, or UNNAMED ("a spokesman said"). */
static int subject_before(qctx *x, const pc_words *w, const char *s, size_t v, size_t lo,
                          const char **out)
{
    *out = NULL;
    size_t j = v;
    while (j > lo && adverb(w, s, j - 1) && !w->w[j - 1].after)
        j--;
    if (j == lo)
        return UNNAMED;
    if (is_pronoun(w, s, j - 1))
        return PRONOUN;
    const pc_word *t = &w->w[j - 1];
    /* "the mayor said", "the foreign minister said": the one person the
     * document named with that office (resolve_role) */
    if (!t->cap && !t->after && !t->poss && role_word(w, s, j - 1)) {
        size_t h = j - 1;
        while (h > lo && h + 3 > j && !w->w[h - 1].cap && !w->w[h - 1].after &&
               !pc_lex_is(w, s, h - 1, "the"))
            h--;
        if (h > lo && pc_lex_is(w, s, h - 1, "the") && !w->w[h - 1].after) {
            return role_subject(x, w, j - 1);
        }
    }
    if (name_word(w, s, j - 1) && !t->after && !t->poss) {
        size_t i = run_start(w, s, j, lo);
        /* "a diplomat from Cairo said": a name after a preposition is its
         * object; the subject is the noun phrase before the preposition,
         * itself maybe the object of another ("an official of the U.S.
         * Agency for International Development said": no one; "Magno of
         * the Foundation for Economic Freedom said": Magno).  After a
         * word of organisations "of" and "for" are inside one name ("the
         * International Committee of the Red Cross said") */
        for (size_t h; i < j && (h = object_start(w, s, i, lo)) < i;) {
            if (h == lo || !name_word(w, s, h - 1) || w->w[h - 1].after || w->w[h - 1].poss)
                return UNNAMED;
            size_t i2 = run_start(w, s, h, lo);
            if (i2 < h && word_is(w, s, h - 1, pc_lex_org_word) &&
                (pc_lex_is(w, s, h, "of") || pc_lex_is(w, s, h, "for"))) {
                i = i2;
                continue;
            }
            j = h;
            i = i2;
        }
        if (i < j)
            *out = speaker_of_run(x, w, s, i, j);
        return *out ? NAMED : UNNAMED;
    }
    if (t->after == ',' && !t->poss) {
        /* an apposition between commas, however long its description ("Diane
         * Orentlicher, a law professor and director of ... in Washington,
         * said": not Washington) up to PC_APPOS_MAX words */
        size_t m = j - 1;
        while (m > lo && m + PC_APPOS_MAX > j && w->w[m - 1].after != ',')
            m--;
        if (m > lo && w->w[m - 1].after == ',') {
            /* [m, j) between the commas: a name ("the minister, Jon Aas,"),
             * not a place ("in Porto, Portugal,") nor a party and state
             * ("Lamar Smith, R-Texas,") */
            int all = w->w[m].cap && !qualifier_after_comma(x, w, s, m, j);
            for (size_t k = m; k < j && all; k++)
                all = name_word(w, s, k);
            if (all) {
                *out = speaker_of_run(x, w, s, run_start(w, s, j, m), j);
                if (*out)
                    return NAMED;
            }
            /* or a description after the name ("Jon Aas, the minister,"),
             * which may hold commas after a preposition's object ("George
             * Aditjondro, who teaches ... in Australia, where he ..., said";
             * "Abel Matutes, attending the summit in Porto, Portugal,
             * said"): the name is before the description's first comma */
            while (w->w[m - 1].cap && !w->w[m - 1].poss) {
                size_t i = run_start(w, s, m, lo);
                if (i < m && object_start(w, s, i, lo) < i) {
                    size_t m2 = i;
                    while (m2 > lo && m2 + PC_APPOS_MAX > j && w->w[m2 - 1].after != ',')
                        m2--;
                    if (m2 > lo && w->w[m2 - 1].after == ',') {
                        m = m2;
                        continue;
                    }
                    return UNNAMED;
                }
                if (i < m)
                    *out = speaker_of_run(x, w, s, i, m);
                return *out ? NAMED : UNNAMED;
            }
        } else if (t->cap && m == lo) {
            size_t i = run_start(w, s, j, lo);
            if (i < j)
                *out = speaker_of_run(x, w, s, i, j);
            return *out ? NAMED : UNNAMED;
        }
    }
    return UNNAMED;
}

static int lower_document(qctx *x);
static int naming_verb(const pc_words *w, const char *s, size_t i);
static const char *cap_name(qctx *x, const char *g, size_t gn, const char *f, size_t fn);
static int ascii_letter(char c);
static int letters(const char *a, size_t n);
static int lower_word(const pc_words *w, const char *s, size_t i);
static const char *described_name(qctx *x, const pc_words *w, const char *s, size_t a);
static const char *given_before(qctx *x, const char *f, size_t fn);

/* Word i ends with a full stop: its `after`, or the stop an abbreviation
 * keeps ("a.c.", pc_lex_split). */
static int full_stop_after(const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    return t->after == '.' || (t->end > t->start && s[t->end - 1] == '.');
}

/* Word i is a word of initials, one to three letters each followed by a
 * full stop ("j.", whose stop is its `after`; "a.c.", which keeps them). */
static int initials_word(const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    size_t n = t->end - t->start;
    if (n == 1)
        return t->after == '.' && ascii_letter(s[t->start]);
    if (n % 2 || n > 6)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (k % 2 ? s[t->start + k] != '.' : !ascii_letter(s[t->start + k]))
            return 0;
    return 1;
}

/* Does a name in lower case end after word i: punctuation, the words' end,
 * a word that is none of a name's (lower_word: a stopword, a capital), or
 * a bracket opening a qualifier (`tony hall ( d-ohio )`)? */
static int name_ends_after(const pc_words *w, const char *s, size_t i)
{
    if (w->w[i].after || i + 1 >= w->n || !lower_word(w, s, i + 1))
        return 1;
    return memchr(s + w->w[i].end, '(', w->w[i + 1].start - w->w[i].end) != NULL;
}

/* The speaker named after a title's full stop, from word a on, in text in
 * lower case (`said dr. Sibanda`, `said former rep. Tony hall`, `said
 * police chief a.c. Roper.`): such text capitalises a word after any full
 * stop, so the name's first word is capitalised and the words after it
 * are not.  One word that ends the clause (punctuation, a stopword, the
 * words' end) is a surname, given as the document writes it in full
 * (given_before) or alone; a capital and one word in lower case that ends
 * it, a given name and a surname (described_name); a longer name, whose
 * end is not known, none. */
static int titled_object(qctx *x, const pc_words *w, const char *s, size_t a, const char **out)
{
    const pc_word *t = &w->w[a];
    /* initials in the name (`capt. Eric d. Flanagan`, `rep. T.j. Mckenna`):
     * the name runs to the word after the last of them */
    size_t l = a;
    while (l + 1 < w->n && l < a + 3 && (!w->w[l].after || initials_word(w, s, l)) &&
           (initials_word(w, s, l) || initials_word(w, s, l + 1)) &&
           (w->w[l + 1].cap || lower_word(w, s, l + 1) || initials_word(w, s, l + 1)))
        l++;
    /* the name ends the words before a quote with no punctuation (`said
     * ms. Merkel "conveyed ..."`): what was said goes on about her */
    if (l + 1 == w->n && !w->w[l].after && !x->after)
        return UNNAMED;
    if (l > a) {
        if (initials_word(w, s, l) || !name_ends_after(w, s, l))
            return UNNAMED;
        size_t gn = w->w[l - 1].end - t->start;
        if (s[w->w[l - 1].end - 1] != '.' && w->w[l - 1].after == '.')
            gn++; /* the initial's stop, `a.` */
        *out = cap_name(x, s + t->start, gn, s + w->w[l].start, w->w[l].end - w->w[l].start);
        return *out ? NAMED : UNNAMED;
    }
    if (name_ends_after(w, s, a)) {
        size_t n = t->end - t->start;
        char low[41];
        if (n < 2 || n >= sizeof low || t->poss)
            return UNNAMED;
        for (size_t k = 0; k < n; k++)
            low[k] = (char)(s[t->start + k] >= 'A' && s[t->start + k] <= 'Z'
                                ? s[t->start + k] - 'A' + 'a'
                                : s[t->start + k]);
        *out = letters(low, n) ? given_before(x, low, n) : NULL;
        if (!*out)
            *out = speaker_of_run(x, w, s, a, a + 1);
        return *out ? NAMED : UNNAMED;
    }
    if (!name_ends_after(w, s, a + 1))
        return UNNAMED;
    *out = described_name(x, w, s, a);
    return *out ? NAMED : UNNAMED;
}

/* The speaker named after the speech verb at v: "said Dr. Maren Solberg",
 * "said the Kremlin", "said union official Kevin Burke", "said Rohingya
 * refugee Mohammed Ayub".  Not after "told" (its object is the listener). */
static int object_after(qctx *x, const pc_words *w, const char *s, size_t v, const char **out)
{
    *out = NULL;
    size_t i = v + 1;
    if (i >= w->n || w->w[v].after == ':' || w->w[v].after == '.')
        return NONE;
    if (is_pronoun(w, s, i))
        return PRONOUN;
    if (listener_verb(w, s, v))
        return NONE;
    if (pc_lex_is(w, s, i, "a") || pc_lex_is(w, s, i, "an") || pc_lex_is(w, s, i, "one") ||
        pc_lex_is(w, s, i, "another"))
        return UNNAMED;
    if (pc_lex_is(w, s, i, "the")) {
        i++;
        /* "said the mayor.", "said the foreign minister, adding ...": the
         * office's one holder (resolve_role), when no name follows */
        size_t r = i;
        while (r < w->n && r < i + 2 && !w->w[r].cap && !w->w[r].after && !role_word(w, s, r))
            r++;
        /* a name after it, also after a comma ("said the deputy mayor,
         * Tom Berg"), is the speaker; a name right after it is read below */
        if (r < w->n && !w->w[r].cap && !w->w[r].poss && role_word(w, s, r)) {
            if (r + 1 < w->n && w->w[r + 1].cap && w->w[r].after == ',') {
                size_t e = pc_entity_run(w, s, r + 1);
                *out = e > r + 1 ? speaker_of_run(x, w, s, r + 1, e) : NULL;
                return *out ? NAMED : UNNAMED;
            }
            if (r + 1 == w->n || !w->w[r + 1].cap || w->w[r].after) {
                return role_subject(x, w, r);
            }
        }
    }
    /* up to three lower-case words of description before the name ("said
     * union official Kevin Burke"), after a capitalised qualifier of any
     * length ("said Rohingya refugee Mohammed Ayub", "said Defense Ministry
     * spokesman Avi Benayahu": the name, not the ministry).  A qualifier
     * followed by a description and no name heads no name ("said U.S.
     * officials"); one followed by a preposition or punctuation is the
     * speaker itself ("said the Kremlin in a statement"). */
    size_t k = i, low = 0, qa = 0, qe = 0;
    while (k < w->n && k < i + 5 + (qe - qa)) {
        const pc_word *t = &w->w[k];
        if (t->cap) {
            size_t e = pc_entity_run(w, s, k);
            if (qe == 0 && low == 0 && e < w->n && !w->w[e - 1].after && !w->w[e - 1].poss &&
                !w->w[e].cap && !word_is(w, s, e, pc_lex_name_particle)) {
                qa = k, qe = e; /* a qualifier: what follows decides */
                k = e;
                continue;
            }
            /* a place's or a body's office, then the name between commas:
             * "explained Puerto Rico's Housing Secretary, Ana Carmen
             * Alemany" (the possessive run owns the office, the office
             * ends at the comma, the name follows it) */
            if (w->w[e - 1].poss && e < w->n && w->w[e].cap && low == 0) {
                size_t o = pc_entity_run(w, s, e);
                if (o < w->n && o > e && w->w[o - 1].after == ',' && is_title(w, s, o - 1) &&
                    w->w[o].cap) {
                    size_t n2 = pc_entity_run(w, s, o);
                    *out = n2 > o ? speaker_of_run(x, w, s, o, n2) : NULL;
                    return *out ? NAMED : UNNAMED;
                }
            }
            /* "said Zughayar's 54-year-old father, Mohammed": the speaker
             * is what the possessive run owns, not the run; a full name in
             * apposition names it ("said Wang's wife, Hu Jiangxia") */
            if (w->w[e - 1].poss && e < w->n && !w->w[e].cap) {
                size_t m = e;
                while (m < w->n && m < e + 3 && !w->w[m].cap && !w->w[m].after)
                    m++;
                if (m < w->n && m + 1 < w->n && !w->w[m].cap && w->w[m].after == ',' &&
                    w->w[m + 1].cap) {
                    size_t n2 = pc_entity_run(w, s, m + 1);
                    if (n2 >= m + 3) {
                        *out = speaker_of_run(x, w, s, m + 1, n2);
                        return *out ? NAMED : UNNAMED;
                    }
                }
                return UNNAMED;
            }
            *out = speaker_of_run(x, w, s, k, e);
            return *out ? NAMED : UNNAMED;
        }
        int stop = pc_lex_is(w, s, k, "on") || pc_lex_is(w, s, k, "in") ||
                   pc_lex_is(w, s, k, "that") || pc_lex_is(w, s, k, "at") ||
                   pc_lex_is(w, s, k, "of") || pc_lex_is(w, s, k, "to") ||
                   pc_lex_is(w, s, k, "by") || pc_lex_is(w, s, k, "it");
        /* an article after the qualifier starts a description of it: the
         * qualifier is the name ("said Luciano Dias a Brasilia-based
         * political consultant") */
        stop = stop || (qe && (pc_lex_is(w, s, k, "a") || pc_lex_is(w, s, k, "an") ||
                               pc_lex_is(w, s, k, "the")));
        if (stop && qe && low == 0) { /* "said the Kremlin in a statement" */
            *out = speaker_of_run(x, w, s, qa, qe);
            return *out ? NAMED : UNNAMED;
        }
        /* a title in lower case with its full stop, or initials after one,
         * then a capital: text in lower case names the holder so (a title
         * in capitals is read above as part of a run) */
        if (!stop && !qe && full_stop_after(w, s, k) && k + 1 < w->n && w->w[k + 1].cap &&
            !w->w[k + 1].before && !naming_verb(w, s, v) && lower_document(x) &&
            (is_title(w, s, k) || (k > i && initials_word(w, s, k) && is_title(w, s, k - 1))))
            return titled_object(x, w, s, k + 1, out);
        if (stop || t->after || low >= 3)
            return UNNAMED;
        low++;
        k++;
    }
    return UNNAMED;
}

static const char *person_of(qctx *x, uint32_t k);
static const char *resolve_pronoun(qctx *x, uint32_t k);
static const char *lower_subject(qctx *x, const pc_words *w, const char *s, size_t v);
static const char *lower_speaker(qctx *x, const pc_words *w, const char *s, size_t v);
static const char *pronoun_speaker(qctx *x, uint32_t k, const pc_words *w, const char *s, size_t v);

/* Is word j (after adverbs such as "then", "also") a verb of a clause's
 * subject: a verb of saying, an auxiliary ("has", "was", "will", ...) or
 * a past tense in -ed ("criticized")?  What follows a common word opening
 * a sentence is rather a preposition, an adverb or a noun ("Seconds
 * later", "Because of", "Tens of", "Most people"). */
static int finite_verb(const pc_words *w, const char *s, size_t j)
{
    static const char *const aux[] = {"is",    "was", "has",  "had",    "will", "would", "can",
                                      "could", "did", "does", "should", "may",  "might", "must"};
    while (j < w->n && !w->w[j].after && !w->w[j].cap &&
           (pc_lex_is(w, s, j, "then") || pc_lex_is(w, s, j, "also") ||
            pc_lex_is(w, s, j, "later") || pc_lex_is(w, s, j, "again")))
        j++;
    if (j >= w->n || w->w[j].cap || w->w[j].before)
        return 0;
    if (is_verb(w, s, j))
        return 1;
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
        if (pc_lex_is(w, s, j, aux[k]))
            return 1;
    const pc_word *t = &w->w[j];
    return t->end - t->start > 4 && memcmp(s + t->end - 2, "ed", 2) == 0;
}

/* Does an apposition that describes a person start at word j, after a
 * comma: an age ("Lovato, 25, went on"), "who" or "whose" ("Brokaw, who
 * has worked at NBC"), or an article opening a description that a comma
 * closes before a verb ("Roestandi, a three-star general ..., said")?
 * "Sadly, the news that ... take, and sell" and "Instead, she said" are
 * none. */
static int person_apposition(const pc_words *w, const char *s, size_t j)
{
    if (j == 0 || j >= w->n || w->w[j - 1].after != ',' || w->w[j].before)
        return 0;
    const pc_word *t = &w->w[j];
    if (s[t->start] >= '0' && s[t->start] <= '9')
        return t->after == ',';
    if (pc_lex_is(w, s, j, "who") || pc_lex_is(w, s, j, "whose"))
        return 1;
    if (!pc_lex_is(w, s, j, "a") && !pc_lex_is(w, s, j, "an") && !pc_lex_is(w, s, j, "the"))
        return 0;
    for (size_t k = j; k < w->n && k < j + PC_APPOS_MAX && !w->w[k].before; k++)
        if (w->w[k].after == ',')
            return finite_verb(w, s, k + 1);
    return 0;
}

static const char *named_in_full(qctx *x, const char *f, size_t fn);

static int ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is the word w shaped as a common word rather than a name: a stopword
 * ("Hers", "Never", "Nothing") or an ending of English's adverbs, plurals,
 * verb forms and abstract nouns (-ly but not -elly, -illy, -olly, -s,
 * -ed, -ing, -tion,
 * -sion, -ment, -ness: "Meticulously", "Visits", "Conditions",
 * "Separation")?  Names seldom end so (unknown_given reads -s, -ed and
 * -ing the same way); those that do ("Reynolds") are kept where the
 * document writes them as names. */
static int common_shape(const char *w)
{
    static const char *const end[] = {"ly", "s", "ed", "ing", "tion", "sion", "ment", "ness"};
    size_t n = strlen(w);
    if (pc_is_stopword(w, n, pc_fnv1a(w, n)))
        return 1;
    if (n < 4)
        return 0;
    for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
        size_t m = strlen(end[k]);
        if (n > m + 2 && strncasecmp(w + n - m, end[k], m) == 0)
            return !(m == 2 && end[k][0] == 'l' && (w[n - 3] | 0x20) == 'l' &&
                     strchr("eio", w[n - 4] | 0x20));
    }
    return 0;
}

/* Is the document written in lower case, names too, save each sentence's
 * first letter (as Multi-News writes it)?  Then a capital says only where a
 * sentence starts: fewer than 1 in 40 words right after a word that ends
 * in a letter (inside a sentence) are capitalised.  Memoised per document;
 * read only for a one-word subject that opens its sentence (subject_of). */
static int lower_document(qctx *x)
{
    if (x->lower >= 0)
        return x->lower;
    const char *t = x->dt->text;
    size_t n = x->dt->len, words = 0, caps = 0;
    for (size_t i = 2; i < n; i++) {
        if (t[i - 1] != ' ' || !(t[i - 2] >= 'a' && t[i - 2] <= 'z') || !ascii_letter(t[i]))
            continue;
        words++;
        caps += t[i] >= 'A' && t[i] <= 'Z';
    }
    x->lower = words >= 20 && caps * 40 < words;
    return x->lower;
}

/* Does the document write the word t[0..n) where only a person's name
 * stands: right before a verb of saying ("brown said"), after one and
 * before a comma or a period ("said brown."), or right after a title or a
 * given name ("envoy brahimi", "william lindler")?  In text in lower case
 * that is the one sign that a sentence's capitalised first word is a name
 * and not a common word ("Visits would be hard", "Carefully trained for
 * such days, the crew", "Hers was").  A given name not_after (or none when
 * NULL) does not count before it: surname_of_given asks whether a word
 * after that given name is a name elsewhere too. */
static int written_as_name(const pc_dtext *dt, const char *t, size_t n, const char *not_after)
{
    const char *s = dt->text;
    size_t len = dt->len;
    for (size_t at = 0; at + n <= len; at++) {
        if ((s[at] | 0x20) != (t[0] | 0x20) || (at > 0 && ascii_letter(s[at - 1])) ||
            (at + n < len && ascii_letter(s[at + n])) || strncasecmp(s + at, t, n) != 0)
            continue;
        size_t e = at + n, b = e;
        char after = e < len ? s[e] : ' ';
        while (b < len && s[b] == ' ')
            b++;
        size_t be = b;
        while (be < len && ascii_letter(s[be]))
            be++;
        if (after == ' ' && be > b && pc_saying_verb(s + b, be - b))
            return 1;
        /* a person's apposition: an age or "who" ("godino, 27,", "reid,
         * who is 75") */
        if (after == ',') {
            size_t c = e + 1;
            while (c < len && s[c] == ' ')
                c++;
            if (c < len && ((s[c] >= '0' && s[c] <= '9') ||
                            (c + 4 <= len && strncasecmp(s + c, "who ", 4) == 0)))
                return 1;
        }
        if (at < 2 || s[at - 1] != ' ')
            continue;
        size_t pe = at - 1, pb = pe;
        while (pb > 0 && (ascii_letter(s[pb - 1]) || s[pb - 1] == '.'))
            pb--;
        if (pb == pe)
            continue;
        int other = !not_after || strlen(not_after) != (size_t)(pe - pb) ||
                    strncasecmp(not_after, s + pb, pe - pb) != 0;
        if (pc_lex_title(s + pb, pe - pb) || (other && lower_given(s + pb, pe - pb)) ||
            (pc_saying_verb(s + pb, pe - pb) && (after == ',' || after == '.')))
            return 1;
    }
    return 0;
}

/* Does a document of the cluster write the word as a name
 * (written_as_name)?  Another outlet's "harding said" makes this one's
 * sentence-opening "Harding" a name. */
static int cluster_writes_name(const precis_digest *g, const char *name, size_t n,
                               const char *not_after)
{
    for (size_t d = 0; d < g->c->ndocs; d++)
        if (written_as_name(&g->dt[d], name, n, not_after))
            return 1;
    return 0;
}

static int lower_given(const char *s, size_t n);
static int name_tail(const pc_words *w, const char *s, size_t i);
static const char *cap_folded(qctx *x, const char *g, size_t gn, const char *f, size_t fn);
static int in_list(const pc_words *w, const char *s, size_t i, const char *const *l, size_t n);

/* Is word i shaped as an adverb in -ly (`vehemently`, `quickly`), not as
 * a surname in -elly, -illy, -olly (`Kelly`, `Reilly`, `Donnelly`, as
 * common_shape reads them)?  Read only where a wrong surname would make
 * a new speaker (given_subject: `Michael vehemently denies`, "Michael
 * Vehemently" in a draft); surnames in -ly are many (`daly`, `nally`,
 * `healy`, `mcfeely`), so it makes no rule for the names main reads. */
static int ly_adverb(const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    const char *e = s + t->end;
    return t->end - t->start > 4 && memcmp(e - 2, "ly", 2) == 0 &&
           !(e[-3] == 'l' && strchr("eio", e[-4]));
}

/* The subject of a sentence in lower case that opens with a given name of
 * the lexicon and one more word, then a finite verb (`Jane roe walked into
 * the hall.`, `Anna varga last month poked fun at ...`): in English
 * the noun phrase that opens a clause before its verb is its subject, and
 * a given name and a word there are a person's name, whatever the verb.
 * Only the sentence's first letter is capitalised in such text, so the
 * capitalised run is the given name alone and was read as no subject
 * unless a verb of saying followed (first_subject).  A time phrase may
 * stand before the verb (`last month`, `this week`, `on monday` is not
 * read: a preposition).  No other given name of the lexicon outside
 * quotes in the sentence (`Jane roe met john doe ...`: the "he said"
 * after it may be either's). */
static const char *given_subject(qctx *x, const pc_words *w, const char *s, size_t i)
{
    static const char *const when[] = {"last", "this", "earlier"};
    static const char *const span[] = {"week", "month", "year", "night", "weekend"};
    if (i + 2 >= w->n || !w->w[i].cap || w->w[i].before || w->w[i].after || w->w[i + 1].after ||
        !name_tail(w, s, i + 1))
        return NULL;
    const pc_word *g = &w->w[i], *f = &w->w[i + 1];
    char low[32];
    size_t gn = g->end - g->start, fn = f->end - f->start;
    if (gn < 2 || gn >= sizeof low)
        return NULL;
    if (ly_adverb(w, s, i + 1))
        return NULL;
    for (size_t c = 0; c < gn; c++) {
        char ch = s[g->start + c];
        if (c > 0 && ch >= 'A' && ch <= 'Z')
            return NULL; /* "McCain", "NASA": not a sentence's capital */
        low[c] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    if (!lower_given(low, gn))
        return NULL;
    size_t v = i + 2;
    if (v + 2 < w->n && !w->w[v].after && !w->w[v + 1].after &&
        in_list(w, s, v, when, sizeof when / sizeof *when) &&
        in_list(w, s, v + 1, span, sizeof span / sizeof *span))
        v += 2;
    if (!finite_verb(w, s, v))
        return NULL;
    int inq = 0;
    for (size_t j = v; j < w->n; j++) {
        if (w->w[j].before)
            inq = 1;
        if (!inq && !w->w[j].cap && lower_given(s + w->w[j].start, w->w[j].end - w->w[j].start))
            return NULL;
        if (w->w[j].after == '"')
            inq = 0;
    }
    return cap_folded(x, s + g->start, gn, s + f->start, fn);
}

/* The sentence's subject when it opens the sentence: "Governor Dana
 * Whitfield signed ...", "Li Wei, an economist, expects ...", or a
 * sentence-initial pronoun resolved through the previous sentence. */
static const char *subject_of(qctx *x, uint32_t k, const pc_words *w, const char *s)
{
    size_t i = 0;
    if (pc_lex_is(w, s, 0, "but") || pc_lex_is(w, s, 0, "and"))
        i = 1;
    if (is_pronoun(w, s, i))
        return k > 0 ? person_of(x, k - 1) : NULL;
    if (i >= w->n || !w->w[i].cap || w->w[i].before)
        return NULL;
    if (lower_document(x)) {
        const char *g = given_subject(x, w, s, i);
        if (g)
            return g;
    }
    size_t j = pc_entity_run(w, s, i);
    /* "Britain's Foreign Secretary Boris Johnson rejected ..." */
    if (w->w[j - 1].poss && j < w->n && w->w[j].cap && !w->w[j].before) {
        i = j;
        j = pc_entity_run(w, s, i);
    }
    /* the run must be followed by a lower-case word or an apposition */
    if (j >= w->n || (w->w[j].cap && !w->w[j - 1].after))
        return NULL;
    if (w->w[j - 1].poss)
        return NULL;
    /* "The Philippine president also assured ...", "House speaker Nancy
     * Pelosi": the run qualifies an office, whose holder is the subject */
    if (!w->w[j - 1].after && is_title(w, s, j))
        return NULL;
    const char *name = speaker_of_run(x, w, s, i, j);
    /* one capitalised word opening a sentence is as often a common word
     * ("Seconds later, ...", "Because of ...", "Failure to do so ...",
     * "Like many, she said"), or after a preposition that opens it ("In
     * Brazil, there would be ..."): it is the subject only when it names someone
     * known otherwise (a full name of the document, an entity of the
     * cluster), or when a verb ("Craw said", "Zhu criticized", "Legwell
     * had criticized") or a person's apposition follows it */
    if (!name || strchr(name, ' '))
        return name;
    const pc_entity *e = pc_entity_of_run(x->g, w, s, i, j);
    if (!finite_verb(w, s, j) && !(e && e->kind != PC_PLACE) && !person_apposition(w, s, j))
        return NULL;
    /* in text in lower case, a capital there says nothing: a word shaped as
     * a common word (common_shape) or a place or an organisation of the
     * cluster ("Abc but little jake ...", a picture's credit) is a person
     * only where a document of the cluster writes it as a name
     * (written_as_name) or this one names it in full (named_in_full) */
    if ((common_shape(name) || (e && e->kind != PC_PERSON)) && lower_document(x) &&
        !cluster_writes_name(x->g, name, strlen(name), NULL)) {
        char low[64];
        size_t n = strlen(name);
        if (n >= sizeof low)
            return NULL;
        for (size_t c = 0; c < n; c++)
            low[c] = name[c] >= 'A' && name[c] <= 'Z' ? (char)(name[c] - 'A' + 'a') : name[c];
        if (!named_in_full(x, low, n))
            return NULL;
    }
    return name;
}

/* A run that looks like a person's name though no entity knows it: two to
 * four capitalised words, none of them a word of organisations, places,
 * dates or sentence openings. */
static int other_person_run(const pc_words *w, const char *s, size_t i, size_t j)
{
    if (j - i < 2 || j - i > 4)
        return 0;
    for (size_t k = i; k < j; k++) {
        const char *t = s + w->w[k].start;
        size_t n = w->w[k].end - w->w[k].start;
        if (!w->w[k].cap || pc_lex_org_word(t, n) || pc_lex_place(t, n) ||
            pc_lex_common_cap(t, n) || pc_lex_month(t, n) || pc_lex_weekday(t, n) >= 0 ||
            pc_lex_acronym(t, n))
            return 0;
    }
    return 1;
}

/* The first verb of saying at or after word v outside quotes, w->n when
 * none; *inq carries whether a quote is open from one call to the next. */
static size_t verb_outside(const pc_words *w, const char *s, size_t v, int *inq)
{
    for (; v < w->n; v++) {
        if (w->w[v].before)
            *inq = 1;
        int hit = !*inq && is_verb(w, s, v);
        if (w->w[v].after == '"')
            *inq = 0;
        if (hit)
            return v;
    }
    return w->n;
}

/* The speaker of the verb of saying v outside quotes that text in lower
 * case names in an attribution set off by a comma inside the sentence,
 * not at its start: after the verb (`The fall was slow, said jane roe, a
 * biologist.`) or right before it at the clause's end (`The parts were
 * human, officer jane roe said.`, `The plant is safe, roe said, but ...`).
 * The comma stands where a quote's closing mark stands in `" ...," said
 * jane roe` and `" ...," roe said`, and the words are read as lower_speaker
 * reads those: a given name of the lexicon and a word, a description that
 * a name closes, or one word the document writes after such a given name.
 * Before the verb at most six words, none capitalised (a capital is read
 * by the rules for text in capitals) and the verb must end the clause
 * (comma, period, the sentence's end): `..., but roe said the plan ...`
 * opens a clause of its own.  Not after a verb whose object is the
 * listener (`..., told jane roe`). */
static const char *clause_speaker(qctx *x, const pc_words *w, const char *s, size_t v)
{
    if (v < 2 || w->w[v].before || listener_verb(w, s, v))
        return NULL;
    if (w->w[v - 1].after == ',') {
        size_t n = w->n - v < 16 ? w->n - v : 16;
        pc_word ws[16];
        for (size_t i = 0; i < n; i++) {
            ws[i] = w->w[v + i];
            if (ws[i].before || (i && ws[i].cap)) /* a quote or capitals: other rules */
                return NULL;
        }
        pc_words view = {.w = ws, .n = n, .cap = n, .alc = w->alc, .fixed = 1};
        return lower_speaker(x, &view, s, 0);
    }
    if (!(v + 1 == w->n || w->w[v].after == ',' || w->w[v].after == '.'))
        return NULL;
    size_t c = v - 1;
    while (c > 0 && v - c < 7 && w->w[c - 1].after != ',')
        c--;
    if (c == 0 || w->w[c - 1].after != ',')
        return NULL;
    pc_word ws[8];
    for (size_t i = c; i <= v; i++) {
        const pc_word *t = &w->w[i];
        if (t->cap || t->before || (i < v && t->after && !(t->after == '.' && is_title(w, s, i))))
            return NULL;
        ws[i - c] = *t;
    }
    pc_words view = {.w = ws, .n = v - c + 1, .cap = v - c + 1, .alc = w->alc, .fixed = 1};
    return lower_speaker(x, &view, s, v - c);
}

/* The one speaker of the verbs of saying outside quotes in sentence k
 * (words w): "Each plant has two links, Kirk said, but ..."; "Kirk told
 * reporters the plant was safe"; "he said" is the person the sentences
 * before are about.  NULL when none or two; *verb is the first such verb.
 * Reported speech is about its speaker as a quote is, and the wire's next
 * "``...,'' he said" goes on with that speaker. */
static const char *reported_speaker(qctx *x, uint32_t k, const pc_words *w, const char *s,
                                    size_t *verb)
{
    const char *who = NULL;
    int inq = 0;
    for (size_t v = verb_outside(w, s, 0, &inq); v < w->n; v = verb_outside(w, s, v + 1, &inq)) {
        const char *e = NULL;
        int r = subject_before(x, w, s, v, 0, &e);
        /* the speaker after the verb only when it opens a clause ("...,
         * said the director, Jon Aas"): else what follows is what was
         * said ("a spokesman said the general's arrest was ...") */
        int o = -1;
        if (r == UNNAMED && (v == 0 || w->w[v - 1].after == ','))
            o = r = object_after(x, w, s, v, &e);
        /* a verb whose object is the listener names no one after it, but
         * its subject still spoke (`Kendra barkoff, a spokeswoman for the
         * board, told the paper ...`) */
        if (o == NONE && listener_verb(w, s, v))
            r = UNNAMED;
        if (r == UNNAMED && (e = lower_subject(x, w, s, v)) != NULL)
            r = NAMED; /* "Police chief jane roe said ...", in lower case */
        if (r == UNNAMED && (e = clause_speaker(x, w, s, v)) != NULL)
            r = NAMED; /* "..., said jane roe, a biologist.", in lower case */
        if (r == PRONOUN)
            e = pronoun_speaker(x, k, w, s, v);
        else if (r != NAMED || (!strchr(e, ' ') && pc_lex_place(e, strlen(e))))
            e = NULL; /* "Britain said ...": a country is no "he" or "it" after it */
        if (e) {
            if (who && strcmp(who, e) != 0)
                return NULL;
            if (!who)
                *verb = v;
            who = e;
        }
    }
    return who;
}

/* Whether name ends with the word t[0..n) ("Marilynn Buckham" and
 * "Buckham"). */
static int ends_with(const char *name, const char *t, size_t n)
{
    size_t nl = strlen(name);
    return nl > n && name[nl - n - 1] == ' ' && memcmp(name + nl - n, t, n) == 0;
}

static const char *described_name(qctx *x, const pc_words *w, const char *s, size_t a);

/* The subject of a sentence in lower case that opens with a description
 * and names its person between commas (`The oklahoma attorney general,
 * scott pruitt, who ..., reacted angrily.`, `Another former resident of
 * the white house, chelsea clinton, was one of many ...`): one to eight
 * words of the description in lower case (its first capitalised as a
 * sentence's), no punctuation, no verb and no quote among them; the name
 * of two words as described_name reads one (a given name of the lexicon,
 * or after a title); its comma, then a finite verb, or "who" and a clause
 * that a comma closes before the finite verb.  In English the name in
 * apposition to a sentence's subject is the subject, the person a "he
 * said" after the sentence means.  Sets *end to the word after the
 * name. */
static const char *described_subject(qctx *x, const pc_words *w, const char *s, size_t *end)
{
    size_t c = 0;
    while (c < w->n && c < 9 && !w->w[c].after) {
        const pc_word *t = &w->w[c];
        /* a possessive names another person (`Urban's actress-wife,
         * nicole kidman, was in tears ...`: his "he said" after it) */
        if (t->before || t->poss || (c > 0 && t->cap) || is_verb(w, s, c))
            return NULL;
        c++;
    }
    if (c == 0 || c >= 9 || c + 3 >= w->n || w->w[c].after != ',' || w->w[c + 2].after != ',' ||
        w->w[c + 1].after || w->w[c + 1].cap || w->w[c + 2].cap)
        return NULL;
    size_t v = c + 3;
    if (pc_lex_is(w, s, v, "who")) {
        while (v < w->n && v < c + 3 + PC_APPOS_MAX && w->w[v].after != ',' && !w->w[v].before)
            v++;
        if (v >= w->n || w->w[v].after != ',')
            return NULL;
        v++;
    }
    if (!finite_verb(w, s, v))
        return NULL;
    /* the description's last word stays before the name: a title there
     * (`attorney general, scott pruitt`) makes any word a given name, as
     * described_name reads one */
    pc_word wt[3] = {w->w[c], w->w[c + 1], w->w[c + 2]};
    wt[0].after = wt[2].after = 0;
    pc_words view = {.w = wt, .n = 3, .cap = 3, .alc = w->alc, .fixed = 1};
    *end = c + 3;
    return described_name(x, &view, s, 1);
}

/* The person sentence k is about, when certain: the one speaker of its
 * quotes, else its subject, else the one speaker of its reported speech,
 * when it names no other person. */
static const char *person_of(qctx *x, uint32_t k)
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
    const char *subj = subject_of(x, k, &w, s);
    size_t first = subj ? pc_entity_run(&w, s, 0) : 0, last = w.n;
    if (!subj && lower_document(x))
        subj = described_subject(x, &w, s, &first);
    /* the names after a verb of saying are what was said ("Lund said Aas
     * had resigned"): only those before it compete with its speaker */
    if (w.n <= 200) {
        size_t v = w.n;
        const char *r = reported_speaker(x, k, &w, s, &v);
        if (!subj || (r && strcmp(r, subj) == 0)) {
            subj = r;
            last = v;
        }
    }
    st->named = subj;
    /* another person named outside quotes makes it uncertain ("Rex
     * Tillerson met Sergei Lavrov. ... he said") */
    int inq = 0;
    for (size_t i = first; i < last && subj;) {
        if (w.w[i].before)
            inq = 1;
        size_t j = pc_entity_run(&w, s, i);
        if (j == i) {
            if (w.w[i].after == '"')
                inq = 0;
            i++;
            continue;
        }
        if (!inq && !(j < w.n && !w.w[j - 1].after &&
                      (pc_lex_is(&w, s, j, "regime") || pc_lex_is(&w, s, j, "administration") ||
                       pc_lex_is(&w, s, j, "government") || pc_lex_is(&w, s, j, "family")))) {
            const pc_entity *e = pc_entity_of_run(x->g, &w, s, i, j);
            /* "Ms. Buckham" beside the subject "Marilynn Buckham": one
             * person, named with a courtesy title (an entity of its own
             * when the cluster's lists do not know the given name) */
            int other =
                e ? e->kind == PC_PERSON && strcmp(e->name, subj) != 0 &&
                        !ends_with(subj, e->name, strlen(e->name))
                  : other_person_run(&w, s, i, j) &&
                        !ends_with(subj, s + w.w[j - 1].start, w.w[j - 1].end - w.w[j - 1].start);
            if (other)
                subj = NULL;
        }
        if (w.w[j - 1].after == '"')
            inq = 0;
        i = j;
    }
    pc_words_release(&w);
    st->person = subj;
    return subj;
}

/* A pronoun's speaker: an earlier quote of the same sentence, the person
 * the previous sentence is about, or the last speaker of the two sentences
 * before. */
static const char *resolve_pronoun(qctx *x, uint32_t k)
{
    if (x->st[k].spk && !x->st[k].conflict)
        return x->st[k].spk;
    const char *p = k > 0 ? person_of(x, k - 1) : NULL;
    if (p)
        return p;
    /* the last speaker before only over a sentence that names no one else
     * ("Seconds later, an explosion shook the area."): after "Gregg
     * Smith, chief strategist at Prudential Securities, said ..." the
     * "he" is not the analyst quoted before him */
    if (k > 0 && x->st[k - 1].named && (!x->last || strcmp(x->st[k - 1].named, x->last) != 0))
        return NULL;
    if (x->last && x->last_k + 2 >= k && x->last_k < k)
        return x->last;
    return NULL;
}

/* The person that sentences 0..upto-1 of dt name with the office `role`:
 * "Mayor Jane Smith", "Foreign Minister Sergei Lavrov" (the office in a
 * capitalised run before a name), "Jane Smith, the mayor of Lund," or
 * "Jane Smith, mayor of Lund," (after a name and a comma).  Returns 0 with
 * *found left as it was when none does, 1 with *found when one (or the
 * same as *found) does, -1 when another than *found does. */
static int role_holders(qctx *x, const pc_dtext *dt, uint32_t upto, const char *role,
                        const char **found)
{
    int r = 0;
    pc_words w = {0};
    w.alc = x->g->alc;
    for (uint32_t q = 0; q < upto && r >= 0; q++) {
        const char *t = dt->text + dt->off[q];
        if (pc_lex_split(&w, t, dt->off[q + 1] - dt->off[q])) {
            x->oom = 1;
            break;
        }
        for (size_t i = 0; i < w.n && r >= 0; i++) {
            if (!pc_lex_eq(t, w.w[i].start, w.w[i].end, role) && !pc_lex_is(&w, t, i, role))
                continue;
            size_t a = i, e = i;
            if (w.w[i].cap && !w.w[i].after) { /* "Mayor Jane Smith" */
                e = pc_entity_run(&w, t, i);
            } else if (!w.w[i].cap && i > 0) { /* "Jane Smith, (the) mayor" */
                size_t h = i > 0 && pc_lex_is(&w, t, i - 1, "the") ? i - 1 : i;
                if (h > 0 && w.w[h - 1].after == ',' && w.w[h - 1].cap) {
                    e = h;
                    a = run_start(&w, t, h, 0);
                }
            }
            const pc_entity *en = a < e ? pc_entity_of_run(x->g, &w, t, a, e) : NULL;
            if (!en || en->kind != PC_PERSON)
                continue;
            if (*found && strcmp(*found, en->name) != 0)
                r = -1;
            else
                *found = en->name, r = 1;
        }
    }
    pc_words_release(&w);
    return r;
}

/* The one person named with the office of the ROLE subject (x->role_w,
 * x->role in sentence k's words s): in sentences 0..k of the document,
 * else, when the document names no one with it, in the whole cluster (one
 * story's "the mayor" is the mayor another outlet named; the cluster's
 * answer is kept per office).  NULL when none or more than one does:
 * "the minister said" after two ministers were named is no one's quote. */
static const char *resolve_role(qctx *x, uint32_t k, const char *s)
{
    const pc_word *rw = &x->role_w->w[x->role];
    char role[32];
    size_t rn = rw->end - rw->start;
    if (rn >= sizeof role)
        return NULL;
    for (size_t i = 0; i < rn; i++)
        role[i] =
            (char)(s[rw->start + i] >= 'A' && s[rw->start + i] <= 'Z' ? s[rw->start + i] - 'A' + 'a'
                                                                      : s[rw->start + i]);
    role[rn] = 0;
    const char *found = NULL;
    int r = role_holders(x, x->dt, k + 1, role, &found);
    if (r)
        return r > 0 ? found : NULL;
    for (size_t c = 0; c < x->nroles; c++)
        if (!strcmp(x->roles[c].role, role))
            return x->roles[c].holder;
    const precis_digest *g = x->g;
    for (size_t d = 0; d < g->c->ndocs && r >= 0; d++) {
        int rd = role_holders(x, &g->dt[d], g->dt[d].n, role, &found);
        r = rd < 0 ? -1 : rd > 0 ? 1 : r;
    }
    const char *holder = r > 0 ? found : NULL;
    if (x->nroles < ROLES_KEPT) {
        memcpy(x->roles[x->nroles].role, role, rn + 1);
        x->roles[x->nroles++].holder = holder;
    }
    return holder;
}

/* "he" after a quote in a language whose sentence subjects precis cannot
 * read (German capitalises its nouns: "Die Brücke" is no person): the
 * speaker of a quote in the same sentence or in the two before, else no
 * one. */
static const char *last_speaker(qctx *x, uint32_t k)
{
    if (x->st[k].spk && !x->st[k].conflict)
        return x->st[k].spk;
    if (x->last && x->last_k + 2 >= k && x->last_k < k)
        return x->last;
    return NULL;
}

/* "quoted NAME as saying" anywhere in w. */
static const char *quoted_as(qctx *x, const pc_words *w, const char *s)
{
    for (size_t i = 0; i + 2 < w->n; i++) {
        if (!pc_lex_is(w, s, i, "quoted"))
            continue;
        size_t j = pc_entity_run(w, s, i + 1);
        if (j > i + 1 && pc_lex_is(w, s, j, "as"))
            return speaker_of_run(x, w, s, i + 1, j);
        /* the passive: "Yilmaz was quoted Saturday by the daily Hurriyet
         * as saying": the subject of "was" */
        if (i > 0 && (pc_lex_is(w, s, i - 1, "was") || pc_lex_is(w, s, i - 1, "is") ||
                      pc_lex_is(w, s, i - 1, "been"))) {
            size_t k = i + 1;
            while (k + 1 < w->n && k < i + 10 && !pc_lex_is(w, s, k, "as"))
                k++;
            const char *e = NULL;
            size_t v = pc_lex_is(w, s, i - 1, "been") && i > 1 ? i - 2 : i - 1;
            if (k + 1 < w->n && pc_lex_is(w, s, k, "as") && pc_lex_is(w, s, k + 1, "saying") &&
                subject_before(x, w, s, v, 0, &e) == NAMED)
                return e;
        }
    }
    return NULL;
}

/* "according to NAME" anywhere in w. */
static int according_to(qctx *x, const pc_words *w, const char *s, const char **out)
{
    for (size_t i = 0; i + 2 < w->n; i++)
        if (pc_lex_is(w, s, i, "according") && pc_lex_is(w, s, i + 1, "to")) {
            size_t k = i + 2;
            if (pc_lex_is(w, s, k, "the"))
                k++;
            size_t j = pc_entity_run(w, s, k);
            *out = j > k ? speaker_of_run(x, w, s, k, j) : NULL;
            return *out ? NAMED : UNNAMED;
        }
    return NONE;
}

/* The speaker of speech verb v of w: its subject, else (object_too) its
 * object ("said Mensah"); a pronoun or a role resolved against sentence k. */
static const char *speaker_of_verb(qctx *x, const pc_words *w, const char *s, size_t v, uint32_t k,
                                   int object_too)
{
    const char *e = NULL;
    /* a verb of saying joined by "and"/"but" to an earlier one (`lena
     * varga told the radio of her relief, but explained it was ...`)
     * shares its subject: the earlier verb's speaker, not the "it" after
     * this one read as a pronoun (the person of the sentence before).
     * Only with no quote mark between the two verbs, and no other finite
     * verb (`rivera told police the woman grabbed her phone and said`:
     * the woman's words); when the earlier verb names no one (`declined
     * to say`), this verb is read as any other.  "and" only after a
     * comma: without one it joins the verbs of a reported clause too
     * often (`told officers a man came up to him and asked, "...`; train
     * 1-9,800: 4 wrong speakers of 11 with "and" and no comma). */
    if (v >= 2 && !w->w[v - 1].after && !w->w[v - 1].before &&
        (pc_lex_is(w, s, v - 1, "but") ||
         (pc_lex_is(w, s, v - 1, "and") && w->w[v - 2].after == ','))) {
        size_t u = v - 1;
        while (u > 0 && !w->w[u - 1].before && w->w[u - 1].after != '"' &&
               !finite_verb(w, s, u - 1))
            u--;
        if (u > 0 && is_verb(w, s, u - 1) && !w->w[u - 1].before && w->w[u - 1].after != '"') {
            e = speaker_of_verb(x, w, s, u - 1, k, 0);
            if (!e && s == x->dt->text + x->dt->off[k])
                e = lower_subject(x, w, s, u - 1);
            if (e)
                return e;
        }
    }
    int r = subject_before(x, w, s, v, 0, &e);
    if (r == UNNAMED && object_too) {
        r = object_after(x, w, s, v, &e);
        /* a pronoun after the verb that opens a clause (`jane roe said it
         * is ...`, `... said he was`) is what was said about, not who
         * said it: a subject in lower case the sentence opens with
         * (lower_subject) is the speaker before the pronoun's person */
        size_t p = v + 1;
        const char *l;
        if (r == PRONOUN && !w->w[p].after && p + 1 < w->n && !w->w[p + 1].before &&
            (l = lower_subject(x, w, s, v)) != NULL)
            return l;
    }
    if (r == PRONOUN)
        return pronoun_speaker(x, k, w, s, v);
    if (r == ROLE)
        return resolve_role(x, k, s);
    return r == NAMED ? e : NULL;
}

/* ---- names written in lower case ------------------------------------- */

/* Word i is a word of ASCII letters in lower case (hyphen and apostrophe
 * inside), three letters or more: a name as text in lower case writes it.
 * A first capital whose cap flag a caller cleared (a sentence's first word,
 * lower_subject) is read as lower case. */
static int lower_word(const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    size_t n = t->end - t->start;
    if (t->cap || t->poss || n < 3 || n > 40 ||
        pc_is_stopword(s + t->start, n, pc_fnv1a(s + t->start, n)))
        return 0; /* "she", "they", "who" */
    for (size_t k = 0; k < n; k++) {
        char c = s[t->start + k];
        if (!((c >= 'a' && c <= 'z') || ((c == '-' || c == '\'') && k > 0 && k + 1 < n) ||
              (k == 0 && c >= 'A' && c <= 'Z')))
            return 0;
    }
    return 1;
}

/* A given name in text in lower case: the lexicon's hand-written [first]
 * list, or one learned from train-10k (tools/make_given_names.py: a word
 * that a document writes before a lone speaker's surname, and no other word
 * before it; "tiffany", "salwa", "mitt").  Capitals say where names are in
 * other text, so only the readers of lower case use the learned list. */
static int lower_given(const char *s, size_t n)
{
    return pc_lex_first_name(s, n) || pc_lex_given_learned(s, n);
}

/* "Given Surname" capitalised from g[0..gn) and f[0..fn), interned. */
static const char *cap_name(qctx *x, const char *g, size_t gn, const char *f, size_t fn)
{
    char buf[96];
    if (gn + fn + 2 > sizeof buf)
        return NULL;
    memcpy(buf, g, gn);
    buf[gn] = ' ';
    memcpy(buf + gn + 1, f, fn);
    size_t n = gn + 1 + fn;
    for (size_t k = 0; k < n; k++) {
        /* an initial after another ("a.c.") is capitalised too */
        int first = k == 0 || buf[k - 1] == ' ' || buf[k - 1] == '-' ||
                    (buf[k - 1] == '.' && k + 1 < n && buf[k + 1] == '.');
        /* "McCain": Mc before a capital, as names written so always are */
        int mc = k >= 2 && buf[k - 2] == 'M' && buf[k - 1] == 'c' &&
                 (k == 2 || buf[k - 3] == ' ') && k + 1 < n && buf[k + 1] != ' ';
        if ((first || mc) && buf[k] >= 'a' && buf[k] <= 'z')
            buf[k] = (char)(buf[k] - 'a' + 'A');
    }
    return intern(x, buf, n);
}

/* cap_name of the given name g[0..gn) as the text writes it, its capital
 * at a sentence's start folded first ("Brian david" as "brian david"). */
static const char *cap_folded(qctx *x, const char *g, size_t gn, const char *f, size_t fn)
{
    char low[32];
    if (gn >= sizeof low)
        return NULL;
    for (size_t k = 0; k < gn; k++)
        low[k] = (char)(g[k] >= 'A' && g[k] <= 'Z' ? g[k] - 'A' + 'a' : g[k]);
    return cap_name(x, low, gn, f, fn);
}

/* Does a title ("mayor", "spokeswoman", "dr.", "the mayor,") end right
 * before the word at b of text t? */
static int after_title(const char *t, const char *b)
{
    const char *e = b - 1; /* the space before b */
    if (e <= t || e[-1] == ' ' || e[-1] == '\n')
        return 0;
    if (e[-1] == ',' || e[-1] == '.')
        e--; /* "dr. gail", "the mayor, roy ludwig," (an apposition) */
    const char *a = e;
    while (a > t && a[-1] != ' ' && a[-1] != '\n' && e - a < 24)
        a--;
    return e > a && (pc_lex_title(a, (size_t)(e - a)) ||
                     (*e == '.' && pc_lex_title(a, (size_t)(e - a) + 1)));
}

/* b[0..bn), a word of letters of text t, stands right after a title
 * ("mayor roy", "spokeswoman gail", "dr. Gail") and is itself no title,
 * stopword, generic noun nor verb of saying: a given name whatever the
 * lexicon knows, as a title is followed by its holder's name.  A verb of
 * saying there is the title's own (`her doctor told jolie the test ...`
 * made "Told Jolie" the speaker of Angelina Jolie's quotes). */
static int titled_given(const char *t, const char *b, size_t bn)
{
    for (size_t k = 0; k < bn; k++)
        if (!((b[k] >= 'a' && b[k] <= 'z') || (b[k] >= 'A' && b[k] <= 'Z')))
            return 0;
    if (pc_lex_title(b, bn) || pc_lex_generic(b, bn) || pc_is_stopword(b, bn, pc_fnv1a(b, bn)) ||
        pc_saying_verb(b, bn))
        return 0;
    return after_title(t, b);
}

/* A word of letters a[0..n) of at least two letters. */
static int letters(const char *a, size_t n)
{
    if (n < 2)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!((a[k] >= 'a' && a[k] <= 'z') || (a[k] >= 'A' && a[k] <= 'Z')))
            return 0;
    return 1;
}

/* The first word of a name of three words in lower case whose last two
 * are the given name b[0..bn) of text t and the surname: a given name of
 * the lexicon right before b (`brian david mitchell` for "mitchell said",
 * which "david mitchell" alone would give another person).  NULL when
 * none. */
static const char *first_of_three(const char *t, const char *b, size_t bn)
{
    if (b - t < 3 || b[-1] != ' ' || !letters(b, bn) || !lower_given(b, bn))
        return NULL;
    const char *a = b - 1;
    while (a > t && a[-1] != ' ' && a[-1] != '\n' && b - 1 - a < 24)
        a--;
    size_t an = (size_t)(b - 1 - a);
    return letters(a, an) && lower_given(a, an) ? a : NULL;
}

/* The start of the word of text t that ends at e (at most 24 bytes). */
static const char *word_ending(const char *t, const char *e)
{
    const char *b = e;
    while (b > t && b[-1] != ' ' && b[-1] != '\n' && e - b < 24)
        b--;
    return b;
}

/* b[0..bn), a word of letters, may be a given name the lexicon does not
 * know: no title, generic or human noun, stopword, verb of saying, word
 * capitalised as a common word, month, weekday, number, place or word of
 * an organisation, and no ending of a verb's forms or a plural (-ed, -ing,
 * -s: `announced spinney`, `honors spinney`). */
static int unknown_given(const char *b, size_t bn)
{
    if (bn > 4 && (b[bn - 1] == 's' || strncasecmp(b + bn - 2, "ed", 2) == 0 ||
                   strncasecmp(b + bn - 3, "ing", 3) == 0))
        return 0;
    return letters(b, bn) && !pc_lex_title(b, bn) && !pc_lex_generic(b, bn) &&
           !pc_lex_human_noun(b, bn) && !pc_lex_common_cap(b, bn) &&
           !pc_is_stopword(b, bn, pc_fnv1a(b, bn)) && !pc_saying_verb(b, bn) &&
           !pc_lex_month(b, bn) && pc_lex_weekday(b, bn) < 0 && pc_lex_number_word(b, bn) < 0 &&
           !pc_lex_place(b, bn) && !pc_lex_org_word(b, bn) && !pc_lex_state_word(b, bn);
}

/* a[0..n) ends as a noun of an agent or an occupation does (-er, -or,
 * -ist, -ian, -ant, -ent: `manager`, `puppeteer`, `creator`), a
 * description of the name after it rather than a name's first word. */
static int agent_noun(const char *a, size_t n)
{
    static const char *const end[] = {"er", "or", "ist", "ian", "ant", "ent"};
    for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
        size_t m = strlen(end[k]);
        if (n > m + 2 && strncasecmp(a + n - m, end[k], m) == 0)
            return 1;
    }
    return 0;
}

/* The one full name the document names the surname f[0..fn) with whatever
 * its given name: news names a person in full once, then by surname alone,
 * so a word b before the surname, the two followed by a verb of saying or
 * a comma (`maddie weiler said`, `janice howroyd, 65,`), is the given name
 * when the document writes no other word so (see unknown_given).  NULL
 * when none or two different words.  At most 64 uses are read. */
static const char *named_in_full(qctx *x, const char *f, size_t fn)
{
    const char *t = x->dt->text, *end = t + x->dt->len, *g = NULL;
    size_t gn = 0;
    int seen = 0, full = 0;
    /* a noun or a title is no surname (`park officials said`) */
    if (!letters(f, fn) || pc_lex_generic(f, fn) || pc_lex_human_noun(f, fn) ||
        pc_lex_title(f, fn) || pc_lex_common_cap(f, fn) || pc_is_stopword(f, fn, pc_fnv1a(f, fn)))
        return NULL;
    for (const char *p = t; p + fn <= end && seen < 64; p++) {
        p = memchr(p, f[0], (size_t)(end - p));
        if (!p || p + fn >= end)
            break;
        if (memcmp(p, f, fn) != 0 || p - t < 3 || p[-1] != ' ' || !letters(p, fn) ||
            (p[fn] >= 'a' && p[fn] <= 'z') || (p[fn] >= 'A' && p[fn] <= 'Z'))
            continue;
        seen++;
        const char *b = word_ending(t, p - 1);
        size_t bn = (size_t)(p - 1 - b);
        if (!unknown_given(b, bn))
            continue;
        /* a given name of the lexicon before it opens a name of three words
         * (`jenna bush hager`); another word that may be a name, or one
         * with a hyphen, leaves the name's start unknown (`paal-fredrik
         * hjort kraby`, `mohammad umer daudzai` when the first is unknown) */
        if (b - t >= 3 && b[-1] == ' ') {
            const char *a = word_ending(t, b - 1);
            size_t an = (size_t)(b - 1 - a), h = 0;
            for (size_t k = 1; k + 1 < an; k++)
                h += a[k] == '-';
            if (letters(a, an) && lower_given(a, an))
                bn = (size_t)(p - 1 - a), b = a;
            else if ((unknown_given(a, an) && !agent_noun(a, an)) ||
                     (h && an > 2 && a[an - 1] != '-'))
                return NULL;
        }
        /* any other such word before the surname, whatever follows
         * (`ronan farrow reported`), may be another person's given name */
        if (g && (gn != bn || strncasecmp(g, b, bn) != 0))
            return NULL;
        g = b, gn = bn;
        const char *e = p + fn;
        if (*e == ',')
            full = 1;
        else if (*e == ' ') {
            const char *v = e + 1, *ve = v;
            while (ve < end && *ve >= 'a' && *ve <= 'z')
                ve++;
            if (ve > v && pc_saying_verb(v, (size_t)(ve - v)))
                full = 1;
        }
    }
    return g && full ? cap_folded(x, g, gn, f, fn) : NULL;
}

/* The start of the middle initials right before the word at p of text t
 * ("j. " in "christopher j. Ortiz", "a.c. " in "chief a.c. Roper"): one to
 * three letters each followed by a full stop, NULL when none.  The stop
 * hides the given name from the readers of a surname alone, and makes the
 * segmenter capitalise the surname as a sentence's start. */
static const char *initials_before(const char *t, const char *p)
{
    const char *e = p - 1; /* the space before p */
    if (e - t < 3 || e[-1] != '.')
        return NULL;
    const char *b = word_ending(t, e);
    size_t n = (size_t)(e - b);
    if (n < 2 || n > 6 || n % 2)
        return NULL;
    for (size_t k = 0; k < n; k += 2)
        if (!ascii_letter(b[k]) || b[k + 1] != '.')
            return NULL;
    return b;
}

/* The one full name the document writes the surname f[0..fn) with: a given
 * name of the lexicon right before it ("district attorney margaret moore"
 * for "moore said"), or any word of letters right after a title ("mayor
 * roy ludwig" for "ludwig said", see titled_given); NULL when none, or two
 * different given names (two people of one family).  At most 64 uses of
 * the surname are read. */
static const char *given_before(qctx *x, const char *f, size_t fn)
{
    const char *t = x->dt->text, *end = t + x->dt->len, *g = NULL, *ig = NULL;
    size_t gn = 0, ign = 0;
    int seen = 0, ig_two = 0;
    for (const char *p = t; p + fn <= end && seen < 64; p++) {
        if ((*p | 0x20) != (f[0] | 0x20) || memcmp(p + 1, f + 1, fn - 1) != 0 || p - t < 2 ||
            p[-1] != ' ' ||
            (p + fn < end && ((p[fn] >= 'a' && p[fn] <= 'z') || (p[fn] >= 'A' && p[fn] <= 'Z'))))
            continue;
        /* the surname capitalised after an initial's full stop
         * (`christopher j. Ortiz`) is the one use of another case read */
        const char *i = initials_before(t, p);
        if (*p != f[0] && !i)
            continue;
        seen++;
        const char *b = word_ending(t, (i ? i : p) - 1);
        size_t bn = (size_t)((i ? i : p) - 1 - b);
        if (i) {
            /* the initials are the given name after a title ("police chief
             * a.c. Roper"), else follow one ("christopher j."); read only
             * when the document writes the surname after no plain given
             * name (`doug gansler` and `douglas f. Gansler` are one man) */
            if (after_title(t, i))
                b = i;
            else if (bn < 2 || !letters(b, bn) || (!lower_given(b, bn) && !titled_given(t, b, bn)))
                continue;
            bn = (size_t)(p - 1 - b);
            if (ig && (ign != bn || strncasecmp(ig, b, bn) != 0))
                ig_two = 1;
            ig = b, ign = bn;
            continue;
        } else if (bn < 2) {
            continue;
        } else {
            const char *a = first_of_three(t, b, bn);
            if (a)
                bn = (size_t)(p - 1 - a), b = a; /* "brian david" */
            else if (!lower_given(b, bn) && !titled_given(t, b, bn))
                continue;
        }
        if (g && (gn != bn || strncasecmp(g, b, bn) != 0))
            return NULL;
        g = b, gn = bn;
    }
    if (!g && ig && !ig_two)
        g = ig, gn = ign;
    if (!g)
        return named_in_full(x, f, fn);
    return cap_folded(x, g, gn, f, fn);
}

/* The one full name the document writes the given name g[0..gn) with as
 * a speaker or a subject: the given name, one word of letters in lower
 * case, then a verb of saying or a comma (`Maddie weiler said stopping the
 * car ...`, `maddie weiler, 10,`), for a given name alone before the verb
 * (`" maddie said`).  NULL when none or two different words (two people of
 * one given name: a wrong speaker is worse than none).  At most 64 uses of
 * the given name are read. */
static const char *surname_after(qctx *x, const char *g, size_t gn)
{
    const char *t = x->dt->text, *end = t + x->dt->len, *f = NULL;
    size_t fn = 0;
    int seen = 0;
    for (const char *p = t; p + gn + 3 < end && seen < 64; p++) {
        if (strncasecmp(p, g, gn) != 0 || (p > t && p[-1] != ' ' && p[-1] != '\n') ||
            (p[gn] >= 'a' && p[gn] <= 'z'))
            continue;
        seen++;
        /* a word before it that is no stopword, title or verb of saying
         * makes it a surname there (`megyn kelly`): no one */
        const char *a = p - 1;
        if (a > t && *a == ' ') {
            const char *q = a;
            while (q > t && q[-1] != ' ' && q[-1] != '\n' && a - q < 24)
                q--;
            size_t qn = (size_t)(a - q);
            if (letters(q, qn) && !pc_lex_title(q, qn) && !pc_lex_common_cap(q, qn) &&
                !pc_is_stopword(q, qn, pc_fnv1a(q, qn)) && !pc_saying_verb(q, qn))
                return NULL;
        }
        if (p[gn] != ' ')
            continue;
        const char *b = p + gn + 1, *e = b;
        while (e < end && *e >= 'a' && *e <= 'z')
            e++;
        size_t bn = (size_t)(e - b);
        if (bn < 2 || e >= end || pc_lex_title(b, bn) || pc_lex_generic(b, bn) ||
            pc_lex_common_cap(b, bn) || pc_is_stopword(b, bn, pc_fnv1a(b, bn)) ||
            pc_saying_verb(b, bn) || lower_given(b, bn))
            continue;
        const char *v = e + 1, *ve = v;
        while (ve < end && *ve >= 'a' && *ve <= 'z')
            ve++;
        if (*e != ',' && !(*e == ' ' && ve > v && pc_saying_verb(v, (size_t)(ve - v))))
            continue;
        if (f && (fn != bn || memcmp(f, b, bn) != 0))
            return NULL;
        f = b, fn = bn;
    }
    if (!f)
        return NULL;
    return cap_folded(x, g, gn, f, fn);
}

/* Does a document of the cluster write the word w[0..n) right after a
 * subject pronoun ("he went", "she told", "they leave")?  Then it is a
 * verb, never a surname, which follows a given name or a title: `chris
 * went` names no Chris Went. */
static int after_pronoun(const precis_digest *g, const char *w, size_t n)
{
    static const char *const pro[] = {"i", "he", "she", "we", "they", "you", "who", "it"};
    for (size_t d = 0; d < g->c->ndocs; d++) {
        const char *t = g->dt[d].text, *end = t + g->dt[d].len;
        for (const char *p = t + 2; p + n <= end; p++) {
            if ((*p | 0x20) != w[0] || p[-1] != ' ' || (p + n < end && ascii_letter(p[n])) ||
                strncasecmp(p, w, n) != 0)
                continue;
            const char *b = p - 1;
            while (b > t && ascii_letter(b[-1]) && p - 1 - b < 5)
                b--;
            if (b > t && ascii_letter(b[-1]))
                continue;
            for (size_t k = 0; k < sizeof pro / sizeof *pro; k++)
                if (strlen(pro[k]) == (size_t)(p - 1 - b) &&
                    strncasecmp(pro[k], b, (size_t)(p - 1 - b)) == 0)
                    return 1;
        }
    }
    return 0;
}

/* The one word the document writes right after the given name g[0..gn)
 * (any case) that may be a surname: letters, no word unknown_given
 * refuses, no common word's shape (common_shape: `chris abruptly`), no
 * given name (`bill and mary`), and a name somewhere in the cluster
 * after no other given name (cluster_writes_name: `rancic said`, `gov.
 * bryant`, `giuliana rancic`, `daubeney, 20,`) and never after a subject
 * pronoun (after_pronoun: `chris went`).  NULL when none, or two
 * different words (two people of one given name).  At most 64 uses of the
 * given name are read. */
static const char *surname_of_given(qctx *x, const char *g, size_t gn, size_t *fn)
{
    const char *t = x->dt->text, *end = t + x->dt->len, *f = NULL;
    int seen = 0;
    *fn = 0;
    for (const char *p = t; p + gn + 3 < end && seen < 64; p++) {
        if ((*p | 0x20) != g[0] || (p > t && ascii_letter(p[-1])) || ascii_letter(p[gn]) ||
            strncasecmp(p, g, gn) != 0)
            continue;
        seen++;
        if (p[gn] != ' ')
            continue;
        const char *b = p + gn + 1, *e = b;
        while (e < end && ascii_letter(*e))
            e++;
        size_t bn = (size_t)(e - b);
        char w[32];
        if (bn < 2 || bn >= sizeof w || (e < end && (*e == '-' || *e == '\'')))
            continue;
        for (size_t k = 0; k < bn; k++)
            w[k] = (char)(b[k] >= 'A' && b[k] <= 'Z' ? b[k] - 'A' + 'a' : b[k]);
        w[bn] = 0;
        if (!unknown_given(w, bn) || common_shape(w) || lower_given(w, bn))
            continue;
        if (f && (*fn != bn || strncasecmp(f, w, bn) != 0))
            return NULL;
        if (!f && (!cluster_writes_name(x->g, w, bn, g) || after_pronoun(x->g, w, bn)))
            return NULL;
        f = b, *fn = bn;
    }
    return f;
}

/* The speaker spk as a reader should see it: a given name alone ("Bill",
 * from `bill said that ...`, a sentence's subject or the person of a `she
 * said`) in text in lower case is the one full name the document writes
 * with it (surname_of_given: `husband bill rancic, was placed ...`), as
 * news names a person in full once and may go on by the given name;
 * alone it leaves the reader to guess who spoke.  Any other speaker, or
 * none, is returned as it is; so is the given name when the document
 * writes it with no surname or with two.  Each call for a new given name
 * reads the cluster (cluster_writes_name, after_pronoun): at most the
 * lexicon's given names, a few hundred, times the cluster's length per
 * document, as the last answer is kept. */
static const char *given_in_full(qctx *x, const char *spk)
{
    char low[32];
    size_t n = spk ? strlen(spk) : 0, fn;
    if (!n || n >= sizeof low || strchr(spk, ' ') || !lower_document(x))
        return spk;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(spk[k] >= 'A' && spk[k] <= 'Z' ? spk[k] - 'A' + 'a' : spk[k]);
    low[n] = 0;
    if (!letters(low, n) || !lower_given(low, n))
        return spk;
    if (x->given_in && strcmp(x->given_in, spk) == 0)
        return x->given_out;
    const char *f = surname_of_given(x, low, n, &fn);
    const char *full = f ? cap_name(x, low, n, f, fn) : NULL;
    x->given_in = spk;
    x->given_out = full ? full : spk;
    return x->given_out;
}

/* The person a sentence opens with, for a "he" or "she" after it in the
 * same sentence (`Last night however, cain walked back his sentiment
 * which, he said, ...`): one word at the sentence's start or right after
 * an opening phrase that ends at its first comma (at most ten words, as
 * opened_subject reads it), a finite verb after it, that the document
 * writes as a person's surname after a given name (given_before).  In
 * English a pronoun inside a clause refers to the clause's own subject
 * before a person of the sentence before, whom resolve_pronoun would
 * give.  Only when the pronoun comes after that verb; NULL when the word
 * names no one the document names in full. */
static const char *own_subject(qctx *x, const pc_words *w, const char *s, size_t p)
{
    size_t c = 0, b = 0;
    while (c < p && c < 10 && !w->w[c].after && !w->w[c].before && !is_verb(w, s, c))
        c++;
    if (c < p && w->w[c].after == ',' && !w->w[c].before && !is_verb(w, s, c))
        b = c + 1;
    if (b + 2 > p || w->w[b].before || w->w[b].after || is_pronoun(w, s, b) ||
        !finite_verb(w, s, b + 1) || is_verb(w, s, b + 1))
        return NULL;
    pc_word t = w->w[b];
    size_t n = t.end - t.start;
    char low[41];
    if (n < 3 || n > 40)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char ch = s[t.start + i];
        /* a capital only as the sentence's first letter (text in lower
         * case): "NASA", "McCain" or a capitalised word inside are no
         * surname in lower case */
        if (ch >= 'A' && ch <= 'Z' && i == 0 && b == 0)
            ch = (char)(ch - 'A' + 'a');
        if (!(ch >= 'a' && ch <= 'z'))
            return NULL;
        low[i] = ch;
    }
    if (pc_is_stopword(low, n, pc_fnv1a(low, n)))
        return NULL;
    const char *e = given_before(x, low, n);
    /* another person the document names in full between the subject and
     * the pronoun (`jones thanked smith's family, whom he said ...`) may
     * be the one the pronoun means: no one */
    for (size_t i = b + 1; e && i < p; i++) {
        const pc_word *u = &w->w[i];
        /* a quote or another verb of saying between them (`smith played
         * segments of ... " he could ... , " she tells`, `... where
         * swetnick says she witnessed`) brings speakers of its own */
        if (u->before || u->after == '"' || (i > b + 1 && is_verb(w, s, i)))
            return NULL;
        /* a possessive names someone else too (`smith played segments of
         * weier's interrogation during which she described ...`) */
        if (u->poss)
            return NULL;
        size_t un = u->end - u->start;
        if (un > 2 && s[u->end - 2] == '\'' && s[u->end - 1] == 's')
            un -= 2;
        if (un < 3 || !letters(s + u->start, un) ||
            pc_is_stopword(s + u->start, un, pc_fnv1a(s + u->start, un)))
            continue;
        const char *o = given_before(x, s + u->start, un);
        if (o && strcmp(o, e) != 0)
            return NULL;
    }
    return e;
}

/* The gender of the pronoun that is the subject of verb v (`she said`,
 * `he then added`, `said he`): 'm', 'f', or 0 for `it` or none. */
static int pronoun_gender(const pc_words *w, const char *s, size_t v)
{
    size_t j = v;
    while (j > 0 && adverb(w, s, j - 1) && !w->w[j - 1].after)
        j--;
    size_t p = j > 0 && is_pronoun(w, s, j - 1) ? j - 1 : v + 1;
    if (pc_lex_is(w, s, p, "he"))
        return 'm';
    return pc_lex_is(w, s, p, "she") ? 'f' : 0;
}

/* Does the word t[0..n) start a word at t (its end not inside a word)? */
static int word_at(const char *t, const char *end, const char *w, size_t n)
{
    return t + n <= end && strncasecmp(t, w, n) == 0 && (t + n == end || !ascii_letter(t[n]));
}

/* The gender the cluster's documents give the person named f[0..fn) (the
 * speaker as found, `Trump` or `Emily Newville`: a surname alone may be a
 * couple's, `joshua and emily newville`): 'm' or 'f' when one side has at least two signs and
 * three times the other's, else 0.  A sign is a courtesy title before the
 * word (`mr. trump`, `ms. conway`, `mrs.`) or the first of `he`, `his`,
 * `himself`, `she`, `hers`, `herself` after it in its sentence or as the
 * next sentence's first word, before any quote mark (what a sentence
 * tells of a person it names is told through the pronoun of that
 * person's gender: `Trump has pushed back ..., telling reporters that he
 * is`).  `her` and `him` are left out: as objects they are most often
 * another person.  The signs without `his` and `hers` must give the same
 * gender: a possessive is as often another's (`moore also joked that her
 * husband only landed his role`).  At most 64 uses per document are
 * read. */
static int name_gender(const precis_digest *g, const char *f, size_t fn)
{
    static const char *const male[] = {"he", "himself", "his"};
    static const char *const female[] = {"she", "herself", "hers"};
    size_t m[2] = {0, 0}, fe[2] = {0, 0}; /* [0]: every sign, [1]: no possessive */
    for (size_t d = 0; d < g->c->ndocs; d++) {
        const char *t = g->dt[d].text, *end = t + g->dt[d].len;
        int seen = 0;
        for (const char *p = t; p < end && seen < 64; p++) {
            if (!word_at(p, end, f, fn) || (p > t && ascii_letter(p[-1])))
                continue;
            seen++;
            if (p - t >= 3 && p[-1] == ' ') {
                const char *b = word_ending(t, p - 1);
                size_t bn = (size_t)(p - 1 - b);
                if (bn && b[bn - 1] == '.')
                    bn--;
                int mr = bn == 2 && strncasecmp(b, "mr", 2) == 0;
                int ms = (bn == 2 && strncasecmp(b, "ms", 2) == 0) ||
                         (bn == 3 && strncasecmp(b, "mrs", 3) == 0);
                m[0] += mr, m[1] += mr, fe[0] += ms, fe[1] += ms;
            }
            int last = 0, found = 0;
            for (const char *q = p + fn; q < end && q < p + fn + 300 && !found; q++) {
                if (*q == '"' || *q == '\n')
                    break;
                if ((*q == '.' || *q == '!' || *q == '?') && q + 1 < end && q[1] == ' ') {
                    if (last)
                        break;
                    last = 1; /* the next sentence's first word only */
                    continue;
                }
                if (!ascii_letter(*q) || ascii_letter(q[-1]))
                    continue;
                /* another person named before the pronoun may be its
                 * antecedent (`demi moore's roast bruce willis grinned
                 * ..., but he`): a given name of the lexicon ends the
                 * reading */
                size_t qn = 0;
                while (q + qn < end && ascii_letter(q[qn]))
                    qn++;
                if (qn > 1 && lower_given(q, qn))
                    break;
                for (size_t k = 0; k < 3; k++) {
                    int hm = word_at(q, end, male[k], strlen(male[k]));
                    int hf = word_at(q, end, female[k], strlen(female[k]));
                    m[0] += hm, fe[0] += hf, m[1] += hm && k < 2, fe[1] += hf && k < 2;
                    found |= hm | hf;
                }
                if (last)
                    break;
            }
        }
    }
    int r[2];
    for (size_t k = 0; k < 2; k++)
        r[k] = m[k] >= 2 && m[k] >= 3 * fe[k] ? 'm' : fe[k] >= 2 && fe[k] >= 3 * m[k] ? 'f' : 0;
    return r[0] == r[1] ? r[0] : 0;
}

/* The speaker of a pronoun before verb v of sentence k (words w): the
 * sentence's own speaker or subject, else the person the sentences before
 * are about (resolve_pronoun); none when the cluster gives that person the
 * other gender (name_gender): `she said` after a sentence about Trump is
 * not Trump's, and no speaker is better than a wrong one. */
static const char *pronoun_speaker(qctx *x, uint32_t k, const pc_words *w, const char *s, size_t v)
{
    const char *e = x->st[k].spk && !x->st[k].conflict ? x->st[k].spk : own_subject(x, w, s, v);
    if (!e)
        e = resolve_pronoun(x, k);
    int pg = e ? pronoun_gender(w, s, v) : 0;
    if (pg) {
        int ng = name_gender(x->g, e, strlen(e));
        if (ng && ng != pg)
            return NULL;
    }
    return e;
}

/* Word i may stand in a description before a name in lower case ("said
 * the cdc's dr. jane roe", "white house spokesman josh earnest said"): a
 * title (with its period), an article or a possessive determiner, or a word
 * of letters with no punctuation after it, no stopword (a preposition ends
 * the description: "a lawyer for mary smith said" is the lawyer's quote). */
static int description_word(const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    if (is_title(w, s, i))
        return !t->after || t->after == '.';
    if (t->after)
        return 0;
    static const char *const det[] = {"the", "a", "an", "his", "her", "their", "its", "our"};
    for (size_t k = 0; k < sizeof det / sizeof *det; k++)
        if (pc_lex_is(w, s, i, det[k]))
            return 1;
    return t->poss || (lower_word(w, s, i) && !is_verb(w, s, i));
}

/* Words a and a + 1 are a person's name in text in lower case after a
 * description: two words of letters, no title nor generic noun ("police
 * trooper"), the first a given name of the lexicon or right after a title
 * ("spokeswoman gail brennor", "mayor roy ludwig"; after a title's period
 * the given name may be capitalised, as text in lower case capitalises
 * every word after a period: "dr. Gail brennor"). */
static const char *described_name(qctx *x, const pc_words *w, const char *s, size_t a)
{
    if (a + 1 >= w->n || w->w[a].after || w->w[a + 1].poss)
        return NULL;
    const pc_word *g = &w->w[a], *f = &w->w[a + 1];
    int titled = a > 0 && is_title(w, s, a - 1);
    int first_ok =
        lower_word(w, s, a) || (titled && g->cap && w->w[a - 1].after == '.' && !g->poss &&
                                !pc_is_stopword(s + g->start, g->end - g->start,
                                                pc_fnv1a(s + g->start, g->end - g->start)));
    if (!first_ok || !lower_word(w, s, a + 1))
        return NULL;
    for (size_t k = a; k <= a + 1; k++)
        if (is_title(w, s, k) || word_is(w, s, k, pc_lex_generic) || is_verb(w, s, k))
            return NULL;
    char low[32];
    size_t gn = g->end - g->start;
    if (gn >= sizeof low)
        return NULL;
    for (size_t k = 0; k < gn; k++) {
        char c = s[g->start + k];
        low[k] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (!titled && !lower_given(low, gn))
        return NULL;
    return cap_name(x, low, gn, s + f->start, f->end - f->start);
}

/* The speaker of the speech verb v that text in lower case names after a
 * description of one to six words (`said airport spokeswoman gail
 * brennor.`, `" county spokesman josh harlow said`): the name closes the
 * description, right before the verb or, after the verb, at the clause's
 * end (punctuation, the words' end, or a preposition: `in a statement`).
 * Not after a verb whose object is the listener (`told abc news anchor
 * ...`). */
static const char *described_speaker(qctx *x, const pc_words *w, const char *s, size_t v)
{
    /* the description set off by commas before the name it describes
     * (`the baby's mother, lena varga, told`, `her lawyer, mark holt,
     * said`): the name between the commas is the speaker, not the person
     * the description hangs on (the baby), which a pronoun's resolution
     * would give.  Two to six words of description, the last with its
     * comma; the name is read as described_name reads one after a
     * description (a given name of the lexicon, two words). */
    if (v >= 4 && v <= 9 && w->w[v - 1].after == ',' && w->w[v - 3].after == ',' &&
        !w->w[v - 2].after) {
        for (size_t k = 0; k + 3 < v; k++)
            if (!description_word(w, s, k))
                return NULL;
        if (w->w[v - 3].poss || is_title(w, s, v - 3) || !lower_word(w, s, v - 3))
            return NULL;
        /* after a quote, a verb that opens reported speech of its own
         * (`" her co-worker, cara phelan, said that ...`, `" his father,
         * kevin roe, said the call ...`) starts a new sentence that text
         * in lower case did not mark: no attribution of the quote */
        if (x->after && v + 1 < w->n && !w->w[v].after && !w->w[v + 1].cap &&
            (pc_lex_is(w, s, v + 1, "that") || pc_lex_is(w, s, v + 1, "the") ||
             pc_lex_is(w, s, v + 1, "a") || pc_lex_is(w, s, v + 1, "his") ||
             pc_lex_is(w, s, v + 1, "her") || pc_lex_is(w, s, v + 1, "their") ||
             is_pronoun(w, s, v + 1) || pc_lex_is(w, s, v + 1, "they")))
            return NULL;
        pc_word ws[2] = {w->w[v - 2], w->w[v - 1]};
        ws[1].after = 0;
        pc_words view = {.w = ws, .n = 2, .cap = 2, .alc = w->alc, .fixed = 1};
        return described_name(x, &view, s, 0);
    }
    if (v >= 3 && v <= 8) {
        for (size_t k = 0; k + 2 < v; k++)
            if (!description_word(w, s, k))
                return NULL;
        return described_name(x, w, s, v - 2);
    }
    if (v != 0 || listener_verb(w, s, 0))
        return NULL;
    for (size_t a = 2; a + 1 < w->n && a <= 7; a++) {
        if (!description_word(w, s, a - 1))
            return NULL;
        const pc_word *l = &w->w[a + 1];
        int ends =
            l->after || a + 2 == w->n ||
            (!w->w[a + 2].cap &&
             pc_is_stopword(s + w->w[a + 2].start, w->w[a + 2].end - w->w[a + 2].start,
                            pc_fnv1a(s + w->w[a + 2].start, w->w[a + 2].end - w->w[a + 2].start)));
        if (!ends || (l->after == '.' && is_title(w, s, a + 1)))
            continue; /* "said the cdc's dr. jane roe": the title's period */
        return l->after == 0 || l->after == ',' || l->after == '.' || l->after == ';'
                   ? described_name(x, w, s, a)
                   : NULL;
    }
    return NULL;
}

/* Word i may close a name of three words in lower case after a given name
 * and a word ("jason cabel roe"): a word of letters, no title, generic
 * noun, verb of saying, adverb, nor word that names nothing as a capital
 * ("tuesday", "yesterday", "also"). */
static int name_tail(const pc_words *w, const char *s, size_t i)
{
    return lower_word(w, s, i) && !is_title(w, s, i) && !word_is(w, s, i, pc_lex_generic) &&
           !word_is(w, s, i, pc_lex_common_cap) && !is_verb(w, s, i) && !adverb(w, s, i) &&
           !preposition(w, s, i);
}

/* The speaker of the speech verb v that text in lower case names right
 * before it, next to the closing mark (`" moore said`, `" fran keller
 * said`), or right after it, `said hampton`, `said david sedney`: a given
 * name of the lexicon and a word, or one word the document writes after
 * such a given name elsewhere.  No capitals say where such a name is, so
 * only these two places next to the quote are read; a common noun there
 * ("the official said") has no given name before it. */
/* Whether name is the two words g[0..gn) and f[0..fn), in any case. */
static int is_two_words(const char *name, const char *g, size_t gn, const char *f, size_t fn)
{
    return strlen(name) == gn + 1 + fn && strncasecmp(name, g, gn) == 0 && name[gn] == ' ' &&
           strncasecmp(name + gn + 1, f, fn) == 0;
}

/* Words 2..v-1 of w, between the commas after a name of two words and
 * before the verb v, are an apposition that opens with a noun and no
 * article (`" linda murray, editor-in-chief of the site, told`): the
 * name's first word a given name of the lexicon, no "and" (`jane roe,
 * john doe and ... said` names several), no capital and no other comma
 * inside. */
static int appositive_noun(const pc_words *w, const char *s, size_t v)
{
    if (!lower_given(s + w->w[0].start, w->w[0].end - w->w[0].start) || !lower_word(w, s, 2))
        return 0;
    for (size_t i = 2; i < v; i++)
        if (w->w[i].cap || w->w[i].before || (i + 1 < v && w->w[i].after) ||
            pc_lex_is(w, s, i, "and") || is_verb(w, s, i))
            return 0;
    return 1;
}

/* Words 0..v-1 before the verb v are a description, a name of two words
 * and an apposition between commas (`study co-author dr. Alfred sandrock,
 * a neurologist and an executive vice president at biogen, said`, `police
 * detective jane roe, who led the search, said`): one to five words of
 * description (description_word), the name as described_name reads one
 * after a description (a given name of the lexicon, or any word after a
 * title), its comma, then up to 24 words opening with an article, "who"
 * or a title and closed by the comma before the verb.  The name, not the
 * description, is the subject, as in `jane roe, a nurse, said`. */
static const char *described_apposition(qctx *x, const pc_words *w, const char *s, size_t v)
{
    size_t c = 0;
    while (c < v && w->w[c].after != ',') {
        const pc_word *t = &w->w[c];
        if (c >= 6 || t->before || (t->after && !(t->after == '.' && is_title(w, s, c))))
            return NULL;
        c++;
    }
    if (c < 2 || c + 2 >= v || v - c > 25 || w->w[v - 1].after != ',' ||
        !(pc_lex_is(w, s, c + 1, "a") || pc_lex_is(w, s, c + 1, "an") ||
          pc_lex_is(w, s, c + 1, "the") || pc_lex_is(w, s, c + 1, "who") || is_title(w, s, c + 1)))
        return NULL;
    for (size_t k = 0; k + 1 < c; k++)
        if (!description_word(w, s, k))
            return NULL;
    for (size_t k = c + 1; k < v; k++)
        if (w->w[k].cap || w->w[k].before || (k + 1 < v && w->w[k].after) || is_verb(w, s, k))
            return NULL;
    return described_name(x, w, s, c - 1);
}

/* Is word i, after a given name that follows a verb of saying, a verb's
 * -ing form with its object (`said michelle listing their dogs and
 * fish`): a word in -ing glued to a determiner or a possessive after it,
 * no punctuation between.  A surname in -ing (`said jim king, the
 * director`, `said greg poling, director of ...`) is followed by a comma
 * or the sentence's end, as names after the verb are; a participle takes
 * its object at once.  The given name alone is then read as one word. */
static int participle(const pc_words *w, const char *s, size_t i)
{
    static const char *const det[] = {"the", "a",  "an",   "their", "his",  "her",   "its",
                                      "our", "my", "your", "this",  "that", "these", "those"};
    const pc_word *t = &w->w[i];
    return t->end - t->start > 5 && memcmp(s + t->end - 3, "ing", 3) == 0 && !t->after &&
           i + 1 < w->n && !w->w[i + 1].before &&
           in_list(w, s, i + 1, det, sizeof det / sizeof *det);
}

static const char *lower_speaker(qctx *x, const pc_words *w, const char *s, size_t v)
{
    size_t a; /* the name's first word; the name is [a, a + 2) or [a, a + 1) */
    /* one word, then an apposition between commas that opens with an
     * article or "who" (`" herbert, a republican, said`, `" cole, who
     * leads the group, told`): the word is the subject, read as below */
    if (v >= 3 && v <= 14 && w->w[0].after == ',' && w->w[v - 1].after == ',' &&
        (pc_lex_is(w, s, 1, "a") || pc_lex_is(w, s, 1, "an") || pc_lex_is(w, s, 1, "the") ||
         pc_lex_is(w, s, 1, "who")) &&
        lower_word(w, s, 0))
        return given_before(x, s + w->w[0].start, w->w[0].end - w->w[0].start);
    /* a given name of the lexicon and a word, then an apposition between
     * commas that opens with an article, "who" or a title (`" brian frons,
     * president of daytime at the network, said`): the name is the
     * subject, as the one word above is */
    if (v >= 4 && v <= 15 && !w->w[0].after && w->w[1].after == ',' && w->w[v - 1].after == ',' &&
        (pc_lex_is(w, s, 2, "a") || pc_lex_is(w, s, 2, "an") || pc_lex_is(w, s, 2, "the") ||
         pc_lex_is(w, s, 2, "who") || is_title(w, s, 2) || appositive_noun(w, s, v)) &&
        lower_word(w, s, 0) && lower_word(w, s, 1) && !is_title(w, s, 1) &&
        !word_is(w, s, 1, pc_lex_generic)) {
        const pc_word *g = &w->w[0], *f = &w->w[1];
        if (lower_given(s + g->start, g->end - g->start))
            return cap_name(x, s + g->start, g->end - g->start, s + f->start, f->end - f->start);
        /* a given name no list knows (`kendra barkoff, a spokeswoman for
         * the board, told`): these two words when they are the one full
         * name the document writes for the surname (named_in_full) */
        const char *e = given_before(x, s + f->start, f->end - f->start);
        if (e && is_two_words(e, s + g->start, g->end - g->start, s + f->start, f->end - f->start))
            return e;
    }
    const char *d = v >= 5 ? described_apposition(x, w, s, v) : NULL;
    if (d)
        return d;
    if (v == 1 || v == 2)
        a = 0;
    else if (v == 0 && w->n >= 2)
        a = 1;
    else
        return described_speaker(x, w, s, v);
    size_t two = v ? v == 2 : w->n >= 3 && !w->w[1].after;
    if (!lower_word(w, s, a) || (v && w->w[v - 1].after))
        return v ? NULL : described_speaker(x, w, s, v);
    const pc_word *f = &w->w[a];
    if (two && lower_word(w, s, a + 1) && lower_given(s + f->start, f->end - f->start) &&
        !(v == 0 && participle(w, s, a + 1))) {
        const pc_word *l = &w->w[a + 1];
        size_t fn = l->end - l->start;
        /* after the verb the name runs to its last word: `said jason cabel
         * roe, the owner` is Jason Cabel Roe, cut to two words another
         * person.  A third word that names nothing ("tuesday", "also") or
         * is a verb ends the name; a fourth such word leaves it blank, as
         * a wrong speaker is worse than none. */
        /* a title after the third word makes that word the start of a
         * description (`says aisha buhari nigerian president ...`): the
         * name stays at two words */
        if (!v && !l->after && a + 2 < w->n && name_tail(w, s, a + 2) &&
            !(a + 3 < w->n && !w->w[a + 2].after && is_title(w, s, a + 3))) {
            const pc_word *m = &w->w[a + 2];
            if (!(m->after || a + 3 == w->n || !lower_word(w, s, a + 3)) ||
                m->start != l->end + 1 || s[l->end] != ' ')
                return NULL;
            fn = m->end - l->start;
        }
        return cap_name(x, s + f->start, f->end - f->start, s + l->start, fn);
    }
    if (v == 2)
        return NULL; /* "the official said", "his lawyer said" */
    const char *e = given_before(x, s + f->start, f->end - f->start);
    if (!e && lower_given(s + f->start, f->end - f->start))
        e = surname_after(x, s + f->start, f->end - f->start);
    return e || v ? e : described_speaker(x, w, s, v);
}

/* The subject of the verb of saying v after a phrase that opens the
 * sentence and ends at its first comma (`Earlier, saccone told his
 * supporters`, `In those conditions, wilson said`, `Asked about the vote,
 * senator jane roe said`): in English the noun phrase after a fronted
 * adverbial is the clause's subject.  The phrase holds at most ten words,
 * no verb of saying and no quote; the subject, one to eight words in lower
 * case up to the verb with no comma among them, is read as lower_speaker
 * reads the words before a verb after a quote (one word is the document's
 * full name for it, `wilson` -> `steve wilson`). */
static const char *opened_subject(qctx *x, const pc_words *w, const char *s, size_t v)
{
    size_t c = 0;
    while (c < v && c < 10 && !w->w[c].after && !w->w[c].before && !is_verb(w, s, c))
        c++;
    if (c >= v || w->w[c].after != ',' || w->w[c].before || is_verb(w, s, c))
        return NULL;
    size_t b = c + 1, m = v - b;
    if (m < 1 || m > 8)
        return NULL;
    pc_word ws[10];
    for (size_t i = b; i <= v; i++) {
        const pc_word *t = &w->w[i];
        if ((t->cap && !(i > b && w->w[i - 1].after == '.' && is_title(w, s, i - 1))) ||
            t->before || (i < v && t->after && !(t->after == '.' && is_title(w, s, i))))
            return NULL;
        ws[i - b] = *t;
    }
    pc_words view = {.w = ws, .n = m + 1, .cap = m + 1, .alc = w->alc, .fixed = 1};
    return lower_speaker(x, &view, s, m);
}

/* The subject of the verb of saying v outside quotes that a sentence in
 * lower case opens with, for the pronoun of a quote after it (`Police
 * chief brandon standley said the office had mail about the case. " it
 * tugged at the heartstrings, " he said.`): two to eight words from the
 * sentence's first word to the verb, read as lower_speaker reads the words
 * before a verb after a quote (a given name and a surname, or a name
 * closing a description).  The sentence's first word is capitalised as any
 * sentence's is, so its capital is not read; every other word is in lower
 * case. */
static const char *first_subject(qctx *x, const pc_words *w, const char *s, size_t v)
{
    pc_word ws[16]; /* the words up to the verb, which is_verb reads too */
    /* more than eight words only for a name and an apposition between
     * commas (`Kendra barkoff, a spokeswoman for the board, told ...`),
     * which lower_speaker reads up to fifteen words */
    if (v < 2 || v > 15 || v >= w->n || !w->w[0].cap || w->w[0].before ||
        (v > 8 && w->w[v - 1].after != ','))
        return NULL;
    for (size_t i = 0; i <= v; i++) {
        const pc_word *t = &w->w[i];
        /* after a title's period, text in lower case capitalises the name */
        if ((i > 0 && t->cap && !(w->w[i - 1].after == '.' && is_title(w, s, i - 1))) || t->before)
            return NULL;
        ws[i] = *t;
    }
    for (size_t c = w->w[0].start + 1; c < w->w[0].end; c++)
        if (s[c] >= 'A' && s[c] <= 'Z')
            return NULL; /* "NASA", "McCain": no sentence's capital */
    ws[0].cap = 0;
    pc_words view = {.w = ws, .n = v + 1, .cap = v + 1, .alc = w->alc, .fixed = 1};
    return lower_speaker(x, &view, s, v);
}

/* The subject of v that opens the sentence (first_subject), else the one
 * after an opening phrase (opened_subject). */
static const char *lower_subject(qctx *x, const pc_words *w, const char *s, size_t v)
{
    const char *e = first_subject(x, w, s, v);
    return e || v >= w->n ? e : opened_subject(x, w, s, v);
}

/* Verbs that name or label what they quote ("the report called it "...",
 * "he was dubbed "...""): the quoted words are a label, whoever gave it. */
static const char *const naming_verbs[] = {
    "call",      "called", "calling",   "calls",     "dubbed", "labeled",
    "labelled",  "termed", "branded",   "nicknamed", "titled", "entitled",
    "headlined", "deemed", "described", "reading",   "read",   "reads"};

/* Nouns of a text or an utterance of its own ("the report", "a letter",
 * "his tweet", "the sign"): the subject of a clause that quotes them, not
 * the sentence's speaker.  English, written by hand. */
static const char *const text_nouns[] = {
    "ad",        "advertisement", "affidavit",  "announcement", "article",   "book",      "caption",
    "comment",   "comments",      "complaint",  "decision",     "document",  "documents", "email",
    "e-mail",    "filing",        "headline",   "indictment",   "lawsuit",   "letter",    "memo",
    "message",   "motto",         "note",       "notice",       "order",     "petition",  "phrase",
    "post",      "poster",        "record",     "records",      "release",   "remarks",   "report",
    "ruling",    "sign",          "signs",      "slogan",       "statement", "study",     "survey",
    "suit",      "text",          "transcript", "tweet",        "tweets",    "verdict",   "video",
    "warning",   "website",       "words",      "paper",        "poll",      "song",      "title",
    "label",     "law",           "bill",       "policy",       "script",    "speech",    "story",
    "testimony", "opinion",       "editorial",  "interview",    "page",      "site",      "term"};

static int in_list(const pc_words *w, const char *s, size_t i, const char *const *l, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (pc_lex_is(w, s, i, l[k]))
            return 1;
    return 0;
}

/* Word i is a verb that names or labels (naming_verbs): its object is
 * what it names ("described mrs. Rodham as"), no speaker. */
static int naming_verb(const pc_words *w, const char *s, size_t i)
{
    return in_list(w, s, i, naming_verbs, sizeof naming_verbs / sizeof *naming_verbs);
}

static int text_noun(const pc_words *w, const char *s, size_t i)
{
    return in_list(w, s, i, text_nouns, sizeof text_nouns / sizeof *text_nouns);
}

/* Whether words [a, w->n) between a verb of saying and the opening mark
 * are reported speech whose quoted words are the verb's subject's (`X said
 * (that) the plan was "..."`, `X told the court that "..."`): no other
 * verb of saying, no verb that labels (`X said the report called it
 * "..."`), no "according", and no noun of a text or an utterance (`X said
 * the letter warned "..."`) except as the medium of the subject's own
 * words after "in" or "on" (`X said in a statement that ... "..."`).  A
 * quote there is another's words in the rest.  Linear; at most 40 words. */
static int reported_clause(const pc_words *w, const char *s, size_t a)
{
    if (a >= w->n || w->n - a > 40)
        return 0;
    for (size_t i = a; i < w->n; i++) {
        const pc_word *t = &w->w[i];
        /* the summary's list (pc_speech_verb): a verb of words said aloud
         * inside the clause (`kessler claimed taylor screamed an obscenity
         * while "..."`) is what the clause reports */
        if (t->before || pc_speech_verb(s + t->start, t->end - t->start) ||
            in_list(w, s, i, naming_verbs, sizeof naming_verbs / sizeof *naming_verbs) ||
            pc_lex_is(w, s, i, "according") || pc_lex_is(w, s, i, "quoted"))
            return 0;
        if (text_noun(w, s, i)) {
            /* "in a statement", "on his website", "in her own words" */
            size_t h = i;
            while (h > a && h + 3 > i && !pc_lex_is(w, s, h - 1, "in") &&
                   !pc_lex_is(w, s, h - 1, "on") && !w->w[h - 1].after)
                h--;
            if (!(h > a && (pc_lex_is(w, s, h - 1, "in") || pc_lex_is(w, s, h - 1, "on"))))
                return 0;
        }
    }
    return 1;
}

/* Postposed attribution: the first speech verb after the closing mark (up
 * to the next quote or the sentence's end) and its subject or object. */
static const char *after_speaker(qctx *x, const pc_words *w, const char *s, uint32_t k, int *found)
{
    for (size_t v = 0; v < w->n && v < 16; v++) {
        if (!is_verb(w, s, v))
            continue;
        /* a verb of saying_more (not the summary's list) followed by "that"
         * opens reported speech of its own, a sentence that text in lower
         * case did not mark (`... christian or jews? " cain recently
         * asserted that, ...`), not the attribution of this quote */
        if (pc_lex_is(w, s, v + 1, "that") &&
            !pc_speech_verb(s + w->w[v].start, w->w[v].end - w->w[v].start))
            continue;
        /* ", adding ...": not the attribution of this quote; right after
         * it (`stewart said he had "...," joking that ...`) a participle
         * whose subject is the sentence's, named before the quote */
        if (w->w[v].end - w->w[v].start > 3 && memcmp(s + w->w[v].end - 3, "ing", 3) == 0)
            break;
        *found = 1;
        const char *e = speaker_of_verb(x, w, s, v, k, v == 0);
        return e ? e : lower_speaker(x, w, s, v);
    }
    const char *e = NULL;
    if (according_to(x, w, s, &e))
        *found = 1;
    return e;
}

/* Preposed attribution: the last speech verb before the opening mark. */
static const char *before_speaker(qctx *x, const pc_words *w, const char *s, size_t len, uint32_t k,
                                  int *found)
{
    const char *e = NULL;
    if (according_to(x, w, s, &e)) {
        *found = 1;
        return e;
    }
    size_t v = w->n;
    while (v > 0 && !is_verb(w, s, v - 1))
        v--;
    if (v == 0)
        return NULL;
    v--;
    /* a verb of saying_more after an earlier verb of saying is inside the
     * clause the earlier one reports (`kessler claimed taylor screamed an
     * obscenity while "..."`): the earlier verb attributes the quote */
    if (!pc_speech_verb(s + w->w[v].start, w->w[v].end - w->w[v].start))
        for (size_t u = v; u > 0; u--)
            if (is_verb(w, s, u - 1)) {
                v = u - 1;
                break;
            }
    *found = 1;
    size_t vl = w->w[v].end - w->w[v].start;
    if (vl > 3 && memcmp(s + w->w[v].end - 3, "ing", 3) == 0) {
        /* "..., saying" / "..., adding that": the sentence's speaker or subject */
        if (x->st[k].spk && !x->st[k].conflict)
            return x->st[k].spk;
        const pc_dtext *dt = x->dt;
        pc_words ws = {0};
        ws.alc = x->g->alc;
        const char *ss = dt->text + dt->off[k];
        if (pc_lex_split(&ws, ss, (size_t)(s + len - ss))) {
            x->oom = 1;
            return NULL;
        }
        const char *subj = subject_of(x, k, &ws, ss);
        pc_words_release(&ws);
        return subj;
    }
    e = speaker_of_verb(x, w, s, v, k, 1);
    /* in lower case, a sentence that opens with its speaker and ends with
     * the verb before the mark (`Rick santorum said: "`, `Erika craig, a
     * nurse, said "`, `... told cnn: "`) is read as the subject of a `he
     * said` is (lower_subject); so does one whose words after the verb
     * are reported speech that quotes no one else (reported_clause: `Jane
     * roe said the plan was "a mistake "`), not `Jane roe said the report
     * called it "..."` */
    if (!e && s == x->dt->text + x->dt->off[k] &&
        (v + 1 == w->n || (v + 2 == w->n && listener_verb(w, s, v)) ||
         reported_clause(w, s, v + 1)))
        e = lower_subject(x, w, s, v);
    return e;
}

/* The speaker the words of s[0..len) attribute the quote of sentence k
 * to, s after the quote's closing mark (after) or before its opening one:
 * "quoted NAME as saying" first, then a speech verb.  *found is set when
 * the words hold an attribution, named or not. */
static const char *attributed_speaker(qctx *x, const char *s, size_t len, int after, uint32_t k,
                                      int *found)
{
    pc_words *w = &x->w2;
    *found = 0;
    if (pc_lex_split(w, s, len)) {
        x->oom = 1;
        return NULL;
    }
    const char *e = quoted_as(x, w, s);
    if (e) {
        *found = 1;
        return e;
    }
    int was = x->after;
    x->after = after;
    e = after ? after_speaker(x, w, s, k, found) : before_speaker(x, w, s, len, k, found);
    x->after = was;
    return e;
}

/* Attribution in a language whose verbs of saying precis does not list:
 * the name text/attrib.c finds (a full name after the quote, or before a
 * colon that introduces it), as the speaker its run of words gives. */
static const char *name_near(qctx *x, const char *s, size_t len, int after)
{
    size_t bi, bj;
    int r = pc_attrib_name(&x->w2, s, len, after, x->g->c->docs[x->doc].lang, &bi, &bj);
    if (r < 0)
        x->oom = 1;
    return r > 0 ? speaker_of_run(x, &x->w2, s, bi, bj) : NULL;
}

/* Attribution in Japanese and Chinese (text/attrib.c). */
static const char *cjk_speaker(qctx *x, const char *s, size_t len, int after, const char *rest,
                               size_t rest_len)
{
    char buf[PC_ATTRIB_NAME_MAX];
    size_t n = pc_attrib_cjk(s, len, after, rest, rest_len, buf);
    return n ? intern(x, buf, n) : NULL;
}

/* ---- Hindi, Arabic, Hebrew --------------------------------------------- */

/* Attribution by verbs of saying in Hindi, Arabic and Hebrew
 * (text/attrib.c): the speaker's words, or for a Hindi pronoun ("he
 * said") the speaker resolved as in English in sentence `sent`. */
static const char *verb_speaker(qctx *x, const char *s, size_t len, int after, const char *code,
                                uint32_t sent)
{
    size_t a, e;
    int r = pc_attrib_verb(s, len, after, code, &a, &e);
    if (r == 2)
        return resolve_pronoun(x, sent);
    return r == 1 ? intern(x, s + a, e - a) : NULL;
}

/* Full names the document gives before its quotes: sentence subjects
 * ("Kwame Mensah spoke outside parliament") and speakers of speech verbs
 * outside quotes ("the transport minister, Jon Aas, said"), so that a later
 * "Mensah said" or "Li said" is the same person.  One pass, linear. */
static void remember_names(qctx *x, uint32_t k)
{
    const pc_dtext *dt = x->dt;
    const char *s = dt->text + dt->off[k];
    size_t len = dt->off[k + 1] - dt->off[k];
    pc_words *w = &x->w;
    if (pc_lex_split(w, s, len)) {
        x->oom = 1;
        return;
    }
    if (w->n > 200)
        return;
    remember(x, subject_of(x, k, w, s));
    int inq = 0;
    for (size_t v = verb_outside(w, s, 0, &inq); v < w->n; v = verb_outside(w, s, v + 1, &inq)) {
        const char *e = NULL;
        if (subject_before(x, w, s, v, 0, &e) == NAMED || object_after(x, w, s, v, &e) == NAMED)
            remember(x, e);
    }
}

static void note_speaker(qctx *x, uint32_t k, const char *e)
{
    if (!e)
        return;
    sstate *st = &x->st[k];
    if (st->spk && strcmp(st->spk, e) != 0)
        st->conflict = 1;
    st->spk = e;
    st->done = 0;
    x->last = e;
    x->last_k = k;
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

static void add_quote(qctx *x, const char *s, size_t len, const char *spk, uint32_t sent)
{
    /* a comma before the closing mark, also Chinese ， and the Hindi
     * danda । (the quote goes on in the attribution) */
    for (;;) {
        if (len && (is_space(s[len - 1]) || s[len - 1] == ','))
            len--;
        else if (len >= 3 && (pc_attrib_at(s, len, len - 3, "\uFF0C") ||
                              pc_attrib_at(s, len, len - 3, "\u0964")))
            len -= 3;
        else
            break;
    }
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
    q->speaker = spk;
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

/* The document is in a language other than English (its verbs of saying
 * are not listed). */
static int other_language(const qctx *x)
{
    const pc_lang *l = x->g->c->docs[x->doc].lang;
    return l && l != &pc_lang_en && l != &pc_lang_und;
}

/* Words after which a quotation mark opens a title, not speech: "an
 * article titled "...", "a paper entitled, "...", "a story headlined:
 * "..."; and nouns of a work written right before its title ("his 1979
 * book "...", "the song "...", "the tlc show, "..." is not among them:
 * "show" is a verb too, "records show "..."").  A colon after such a
 * noun introduces words written in it ("wrote in the guest book: "...":
 * the writer's own), a sentence's end a new quote. */
static const char *const title_verbs[] = {"titled", "entitled", "headlined"};
static const char *const work_nouns[] = {"book",    "novel", "memoir", "song",
                                         "album",   "film",  "movie",  "documentary",
                                         "episode", "essay", "poem",   "article"};

/* Whether the mark at open, in t[lo..open), opens the title of a work
 * (title_verbs, work_nouns): not a quote. */
static int opens_title(const char *t, size_t lo, size_t open)
{
    size_t e = open;
    while (e > lo && t[e - 1] == ' ')
        e--;
    char punct = 0;
    if (e > lo && (t[e - 1] == ',' || t[e - 1] == ':' || t[e - 1] == '-')) {
        punct = t[--e];
        while (e > lo && t[e - 1] == ' ')
            e--;
    }
    size_t b = e;
    while (b > lo && (t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z')
        b--;
    if (b == e || e - b > 12 || (b > lo && (unsigned char)t[b - 1] >= 0x80))
        return 0;
    for (size_t k = 0; k < sizeof title_verbs / sizeof *title_verbs; k++)
        if (pc_lex_eq(t, b, e, title_verbs[k]))
            return 1;
    if (punct == ':')
        return 0;
    for (size_t k = 0; k < sizeof work_nouns / sizeof *work_nouns; k++)
        if (pc_lex_eq(t, b, e, work_nouns[k]))
            return 1;
    return 0;
}

static void doc_quotes(qctx *x)
{
    const pc_dtext *dt = x->dt;
    const char *t = dt->text;
    x->nreg = 0;
    x->last = NULL;
    x->lower = -1;
    x->given_in = x->given_out = NULL;
    find_spans(x, t, dt->len);
    uint32_t remembered = 0; /* names are remembered up to the quote's sentence */
    for (size_t i = 0; i < x->nq && !x->oom; i++) {
        const qspan *q = &x->q[i];
        /* short quotes ("illegal") are attributed only when they open their
         * sentence, so a following "she added" knows who spoke */
        int is_short = pc_attrib_count_words(t + q->start, q->end - q->start) < QUOTE_MIN_WORDS;
        uint32_t ka = sent_of(dt, q->open);
        uint32_t kb = sent_of(dt, q->end > q->start ? q->end - 1 : q->end);
        for (; remembered < ka && !x->oom; remembered++)
            remember_names(x, remembered);
        if (is_short && !only_punct(t + dt->off[ka], q->open - dt->off[ka]))
            continue;
        if (opens_title(t, dt->off[ka], q->open))
            continue; /* "an article titled "...": a work's title */
        /* the sentence around the quote, bounded by neighbouring quotes */
        size_t bstart = dt->off[ka];
        if (i > 0 && x->q[i - 1].close > bstart)
            bstart = x->q[i - 1].close;
        size_t aend = dt->off[kb + 1];
        if (i + 1 < x->nq && x->q[i + 1].open < aend)
            aend = x->q[i + 1].open;
        const char *spk = NULL;
        int found = 0;
        if (q->close < aend)
            spk = attributed_speaker(x, t + q->close, aend - q->close, 1, ka, &found);
        if (!spk && !found && bstart < q->open)
            spk = attributed_speaker(x, t + bstart, q->open - bstart, 0, ka, &found);
        if (!spk && !found && other_language(x)) {
            const char *code = x->g->c->docs[x->doc].lang->code;
            int cjk = strcmp(code, "ja") == 0 || strcmp(code, "zh") == 0;
            size_t rest = q->close < aend ? aend - q->close : 0;
            if (rest)
                spk = cjk ? cjk_speaker(x, t + q->close, rest, 1, NULL, 0)
                          : name_near(x, t + q->close, rest, 1);
            if (!spk && bstart < q->open)
                spk = cjk ? cjk_speaker(x, t + bstart, q->open - bstart, 0, t + q->close, rest)
                          : name_near(x, t + bstart, q->open - bstart, 0);
            if (!spk && rest)
                spk = verb_speaker(x, t + q->close, rest, 1, code, ka);
            if (!spk && bstart < q->open)
                spk = verb_speaker(x, t + bstart, q->open - bstart, 0, code, ka);
            size_t ka_, ke_;
            if (!spk && rest && bstart < q->open && strcmp(code, "tr") == 0) {
                /* Turkish: "Ayşe Yıldırım, “…” dedi" (text/attrib.c) */
                int r = pc_attrib_tr(&x->w2, t + bstart, q->open - bstart, t + q->close, rest,
                                     x->g->c->docs[x->doc].lang, &ka_, &ke_);
                if (r < 0)
                    x->oom = 1;
                if (r > 0)
                    spk = speaker_of_run(x, &x->w2, t + bstart, ka_, ke_);
            }
            if (!spk && rest && bstart < q->open && strcmp(code, "ko") == 0 &&
                pc_attrib_ko(t + bstart, q->open - bstart, t + q->close, rest, &ka_, &ke_))
                spk = intern(x, t + bstart + ka_, ke_ - ka_); /* Korean (text/attrib.c) */
            if (!spk && rest && pc_attrib_pronoun_after(t + q->close, rest, code))
                spk = last_speaker(x, ka); /* "— подчеркнул он", "sagte er" */
            found = spk != NULL;
        }
        /* a quote standing alone continues the previous sentence's speaker */
        if (!spk && !found && only_punct(t + dt->off[ka], q->open - dt->off[ka]) &&
            (q->close >= aend || only_punct(t + q->close, aend - q->close)) && ka > 0 &&
            x->st[ka - 1].spk && !x->st[ka - 1].conflict)
            spk = x->st[ka - 1].spk;
        spk = given_in_full(x, spk);
        note_speaker(x, kb, spk);
        if (ka != kb)
            note_speaker(x, ka, spk);
        if (!is_short)
            add_quote(x, t + q->start, q->end - q->start, spk, dt->first + ka);
    }
}

/* The length of the words that a and b both end with, when they are two
 * words or more and start with no lower-case ASCII letter ("of Foreign
 * Affairs" names no one); 0 otherwise. */
/* Of two speakers that documents give one quote, the name of both when
 * they are forms of one person's name, else NULL: one written with other
 * capitals ("John McCain", "John Mccain": lower-cased text capitalises
 * only a name's first letter; the one with more capitals is kept), the
 * surname alone beside the full name ("Romney", "Mitt Romney": the
 * document of the surname wrote the full name out of the quote's reach),
 * or one surname after given names that agree ("Sarah Huckabee Sanders",
 * "Sarah Sanders", pc_entity_same_person).  The same words said by two
 * people of one surname are rarer than one person's name written two
 * ways; two full names that disagree ("Ann Romney", "Mitt Romney") stay a
 * clash. */
static const char *one_speaker(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la == lb && strcasecmp(a, b) == 0) {
        size_t ca = 0, cb = 0;
        for (size_t k = 0; k < la; k++)
            ca += a[k] >= 'A' && a[k] <= 'Z', cb += b[k] >= 'A' && b[k] <= 'Z';
        return ca >= cb ? a : b;
    }
    const char *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
    sa = sa ? sa + 1 : a, sb = sb ? sb + 1 : b;
    if (strcasecmp(sa, sb) != 0)
        return NULL;
    if (sa == a || sb == b) /* a surname alone: the other, the full name */
        return sa == a ? (sb == b ? NULL : b) : a;
    if (!pc_entity_same_person(a, b))
        return NULL;
    return la >= lb ? a : b;
}

static size_t common_name(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), k = 0;
    while (k < la && k < lb && a[la - 1 - k] == b[lb - 1 - k])
        k++;
    /* to a word boundary in both */
    while (k > 0 && !((k == la || a[la - 1 - k] == ' ') && (k == lb || b[lb - 1 - k] == ' ')))
        k--;
    const char *t = a + la - k;
    if (k == 0 || !strchr(t, ' ') || (*t >= 'a' && *t <= 'z'))
        return 0;
    return k;
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

/* Whether document q->docs[0] already gave `into` to another named
 * speaker than q's: two people of one article whose words are alike (a
 * spokesman and a minister repeating a line) said two quotes, which the
 * word overlap alone would take for one told twice. */
static int other_speaker_in_doc(const pc_quote *into, const pc_quote *q)
{
    if (!q->speaker)
        return 0;
    for (size_t j = 0; j < into->ndocs; j++)
        if (into->docs[j] == q->docs[0] && into->doc_speaker[j] &&
            strcmp(into->doc_speaker[j], q->speaker) != 0 &&
            !one_speaker(into->doc_speaker[j], q->speaker))
            return 1; /* "Holder" and "Eric Holder" are one speaker */
    return 0;
}

static precis_status merge(qctx *x)
{
    precis_digest *g = x->g;
    size_t nd = g->c->ndocs;
    pc_quote *m = pc_arena_calloc(&g->arena, x->nout + 1, sizeof *m);
    if (!m)
        return PRECIS_ENOMEM;
    /* identical word sets meet in a hash table (a text repeated thousands
     * of times stays one entry); near-identical ones are compared pairwise
     * while fewer than QUOTE_MAX entries exist */
    size_t cap = 64;
    while (cap < 2 * x->nout + 2)
        cap *= 2;
    uint32_t *tab = pc_arena_calloc(&g->arena, cap, sizeof *tab);
    if (!tab)
        return PRECIS_ENOMEM;
    size_t n = 0;
    for (size_t i = 0; i < x->nout; i++) {
        pc_quote *q = &x->out[i];
        pc_quote *into = NULL;
        uint32_t h = 2166136261u;
        for (size_t k = 0; k < q->ntoks; k++)
            h = (h ^ q->toks[k]) * 16777619u;
        size_t slot = h & (cap - 1);
        for (; tab[slot]; slot = (slot + 1) & (cap - 1)) {
            pc_quote *c = &m[tab[slot] - 1];
            if (c->ntoks == q->ntoks &&
                pc_hash_overlap(c->toks, c->ntoks, q->toks, q->ntoks) == q->ntoks) {
                into = c;
                break;
            }
        }
        for (size_t k = 0; !into && k < n && n < QUOTE_MAX; k++)
            if (same_quote(&m[k], q) && !other_speaker_in_doc(&m[k], q)) {
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
            tab[slot] = (uint32_t)n;
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
        /* documents disagreeing on the speaker: none is given; two that
         * end in the same name of two words or more name one person, given
         * with that name ("Foreign Minister Sergei Lavrov" and "Sergei
         * Lavrov"; "وزير المياه سالم الحارثي" and "الوزير سالم الحارثي") */
        const char *spk = NULL;
        int clash = 0;
        for (size_t j = 0; j < m[k].ndocs && !clash; j++) {
            const char *s = m[k].doc_speaker[j];
            if (!s)
                continue;
            if (spk && strcmp(spk, s) != 0) {
                size_t tl = common_name(spk, s);
                const char *one = tl ? NULL : one_speaker(spk, s);
                if (one)
                    spk = one;
                else if (!tl)
                    clash = 1;
                else if (tl != strlen(spk) && !(spk = intern(x, spk + strlen(spk) - tl, tl)))
                    return PRECIS_ENOMEM;
                continue;
            }
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
