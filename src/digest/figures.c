/* Figures: number + qualifier + counted noun, per sentence (linear), then
 * grouped by quantity with a hash-free sort.  The disagreement test compares
 * the values of one group pairwise: quadratic in the group's size, capped at
 * GROUP_MAX values per group. */
#include "digest/figures.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "digest/lex.h"
#include "lang/lang.h"
#include "model/cluster.h"
#include "util/alloc.h"
#include "util/hash.h"

#define GROUP_MAX 256

/* Words around a figure that say what it counts beyond its noun: "40
 * kilometers west of Dili" and "1,900 kilometers from Jakarta" are two
 * distances, not two values of one.  Up to CTX_WORDS content words within
 * CTX_SPAN words on each side, each as a hash of its first CTX_STEM bytes
 * case folded (a crude stem: "killed" and "killing" one word). */
#define CTX_WORDS PC_FIG_CTX
#define CTX_SPAN 6
#define CTX_STEM 5

typedef pc_fig fig;

typedef struct fctx {
    const precis_cluster *c;
    const precis_allocator *alc;
    pc_arena *arena;
    fig *v;
    size_t n, cap;
    int oom;
    /* the sentence being read: its words (NULL for Chinese and Japanese,
     * read without them) and language */
    const pc_words *w;
    const char *s;
    const pc_lang *lang;
} fctx;

int pc_figures_disjoint(const pc_figure *a, const pc_figure *b)
{
    return a->hi < b->lo || b->hi < a->lo;
}

/* Value of a digit word ("70", "1,200", "3.5", "$5", "20%"); -1 if it is not
 * a plain number.  *money and *pct report a "$" prefix or "%" suffix.  In a
 * language that writes a decimal comma (decimal_comma: "3,5", "2.000" in
 * German or Spanish) the two marks swap. */
/* A number written in Arabic-Indic, Persian or Devanagari digits ("١٢",
 * "۱۲", "१२", "١٫٤" with the Arabic decimal separator) as Latin digits in
 * out (the decimal and group marks as the language's number format reads
 * them); its length, or 0 when s[0..n) holds no such digit or anything but
 * digits, separators and ASCII. */
static size_t latin_digits(const char *s, size_t n, char *out, int decimal_comma)
{
    size_t o = 0, digits = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return 0;
        if (cp >= 0x0660 && cp <= 0x0669)
            out[o++] = (char)('0' + cp - 0x0660), digits++;
        else if (cp >= 0x06F0 && cp <= 0x06F9)
            out[o++] = (char)('0' + cp - 0x06F0), digits++;
        else if (cp >= 0x0966 && cp <= 0x096F)
            out[o++] = (char)('0' + cp - 0x0966), digits++;
        else if (cp == 0x066B) /* Arabic decimal separator */
            out[o++] = decimal_comma ? ',' : '.';
        else if (cp == 0x066C) /* Arabic thousands separator */
            out[o++] = decimal_comma ? '.' : ',';
        else
            return 0;
        i += (size_t)k;
    }
    return digits ? o : 0;
}

/* The integer part s[0..n) of a number is grouped as numbers are written:
 * no group mark, or groups of three after a first group of one to three
 * digits ("1,250,000"), or, with a comma, the Indian grouping of lakhs and
 * crores: a first group of one or two digits, groups of two, then the last
 * three ("1,50,000" is 150,000, "2,00,00,000" 20 million).  Anything else
 * ("1,5,000", "12,34", "10,20,30", a list) is no number. */
static int grouped(const char *s, size_t n, char mark)
{
    size_t len[64], ng = 0, run = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != mark) {
            run++;
            continue;
        }
        if (ng == sizeof len / sizeof *len)
            return 0;
        len[ng++] = run;
        run = 0;
    }
    if (ng == 1)
        return 1;
    int western = len[0] >= 1 && len[0] <= 3,
        indian = mark == ',' && ng >= 3 && len[0] >= 1 && len[0] <= 2 && len[ng - 1] == 3;
    for (size_t k = 1; k < ng; k++) {
        western &= len[k] == 3;
        indian &= k == ng - 1 || len[k] == 2;
    }
    return western || indian;
}

static double number_value(const char *s, size_t n, int *money, int *pct, int decimal_comma)
{
    *money = *pct = 0;
    size_t i = 0;
    if (n && (s[0] == '$')) {
        *money = 1;
        i = 1;
    } else if (n >= 2 && ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA3)) {
        *money = 1; /* £ */
        i = 2;
    } else if (n >= 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0) {
        *money = 1; /* € */
        i = 3;
    }
    if (n && s[n - 1] == '%') {
        *pct = 1;
        n--;
    }
    if (i >= n || s[i] < '0' || s[i] > '9')
        return -1;
    const char *dec = memchr(s + i, decimal_comma ? ',' : '.', n - i);
    if (!grouped(s + i, (dec ? (size_t)(dec - s) : n) - i, decimal_comma ? '.' : ','))
        return -1;
    double v = 0, scale = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (scale != 0) {
                v += (c - '0') / scale;
                scale *= 10;
            } else {
                v = v * 10 + (c - '0');
            }
        } else if (c == (decimal_comma ? '.' : ',') && scale == 0) {
            continue; /* a group mark, its groups checked above */
        } else if (c == (decimal_comma ? ',' : '.') && scale == 0 && i + 1 < n) {
            scale = 10;
        } else {
            return -1; /* "G-7", "10:30", "1990s", "3rd" */
        }
    }
    return v;
}

static int is(const pc_words *w, const char *s, size_t i, const char *lit)
{
    return pc_lex_is(w, s, i, lit);
}

enum { EV_NONE, EV_DEATH, EV_INJURY, EV_EVACUATED, EV_MISSING, EV_ARRESTED };

/* The words that say what happened to a count of people, and the quantity
 * each makes of it ("deaths", "injured", "evacuated", "missing",
 * "arrested"): a monitoring desk compares a death toll, the injured, the
 * evacuated, the missing and the arrested across outlets alike. */
static const struct {
    const char *word;
    int kind;
} event_words[] = {
    {"killed", EV_DEATH},         {"killing", EV_DEATH},        {"kills", EV_DEATH},
    {"kill", EV_DEATH},           {"died", EV_DEATH},           {"dead", EV_DEATH},
    {"death", EV_DEATH},          {"deaths", EV_DEATH},         {"lives", EV_DEATH},
    {"fatalities", EV_DEATH},     {"toll", EV_DEATH},           {"injured", EV_INJURY},
    {"injuring", EV_INJURY},      {"injuries", EV_INJURY},      {"wounded", EV_INJURY},
    {"wounding", EV_INJURY},      {"hurt", EV_INJURY},          {"hospitalized", EV_INJURY},
    {"hospitalised", EV_INJURY},  {"evacuated", EV_EVACUATED},  {"evacuate", EV_EVACUATED},
    {"evacuating", EV_EVACUATED}, {"evacuation", EV_EVACUATED}, {"displaced", EV_EVACUATED},
    {"missing", EV_MISSING},      {"unaccounted", EV_MISSING},  {"arrested", EV_ARRESTED},
    {"arresting", EV_ARRESTED},   {"arrests", EV_ARRESTED},     {"detained", EV_ARRESTED},
};
static const char *const event_quantity[] = {NULL,        "deaths",  "injured",
                                             "evacuated", "missing", "arrested"};

static int event_word(const pc_words *w, const char *s, size_t i)
{
    for (size_t k = 0; k < sizeof event_words / sizeof *event_words; k++)
        if (is(w, s, i, event_words[k].word))
            return event_words[k].kind;
    return EV_NONE;
}

/* What a count of people (its words a..k, the noun at k) is a count of: the
 * nearest word of an event (event_words) in its own clause, before the
 * number ("killed 12 people", "injured 40 others", "evacuated 1,200
 * residents") or after the noun ("12 people died", "40 people were hurt",
 * "1,500 people were evacuated").  The search stops at punctuation and, before
 * the number, at a conjunction or a word that opens a clause: in "killed 12
 * people and injured 40 others" the 40 are injured, in "3,197 died ... and
 * 1,102 people remain unaccounted for" the 1,102 are no deaths, in "one of
 * those detained had admitted that 17 students had been shot dead" the 17
 * are deaths, not arrests. */
static int event_kind(const pc_words *w, const char *s, size_t a, size_t k)
{
    for (size_t c = a; c-- > 0 && c + 6 >= a;) {
        if (w->w[c].after)
            break;
        int ev = event_word(w, s, c);
        if (ev)
            return ev;
        if (is(w, s, c, "and") || is(w, s, c, "but") || is(w, s, c, "while") ||
            is(w, s, c, "including") || is(w, s, c, "or") || is(w, s, c, "that") ||
            is(w, s, c, "who") || is(w, s, c, "which"))
            break;
    }
    for (size_t c = k + 1; c < w->n && c <= k + 4; c++) {
        if (w->w[c - 1].after)
            break;
        int ev = event_word(w, s, c);
        if (ev)
            return ev;
        if (is(w, s, c, "and") || is(w, s, c, "but"))
            break;
    }
    return EV_NONE;
}

static void context(const fctx *x, fig *f, const char *text, size_t tl);
static int unit_stem(const char *w, size_t n);
static int counted(const char *q);

static int push(fctx *x, const pc_sent *st, uint32_t sent, const char *text, size_t tl, double lo,
                double hi, const char *quantity)
{
    if (pc_array_reserve(x->alc, (void **)&x->v, &x->cap, x->n + 1, sizeof *x->v)) {
        x->oom = 1;
        return -1;
    }
    fig *f = &x->v[x->n];
    f->f.doc = st->doc;
    f->f.sent = sent;
    f->f.text = pc_arena_strndup(x->arena, text, tl);
    f->f.lo = lo;
    f->f.hi = hi;
    f->quantity = quantity;
    if (!f->f.text) {
        x->oom = 1;
        return -1;
    }
    context(x, f, text, tl);
    x->n++;
    return 0;
}

/* A word of exactly three digits: a group of a number written with spaces
 * between its thousands ("9 000", "1 250 000"). */
static int digit_group(const char *s, const pc_word *u)
{
    return u->end - u->start == 3 && s[u->start] >= '0' && s[u->start] <= '9' &&
           s[u->start + 1] >= '0' && s[u->start + 1] <= '9' && s[u->start + 2] >= '0' &&
           s[u->start + 2] <= '9';
}

/* The word u case folded into buf (cap bytes, 4 a byte of u are enough);
 * its length (what comes before a byte that is no UTF-8). */
static size_t fold_word(const char *s, const pc_word *u, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = u->start; i < u->end;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t m =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(u->end - i), &cp);
        if (m <= 0 || k + 4 >= cap)
            break;
        i += (size_t)m;
        k += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)buf + k);
    }
    return k;
}

/* f's context (CTX_WORDS): the content words of its sentence within
 * CTX_SPAN words of its own words text[0..tl), neither a function word of
 * the language, a number, a word of two letters or fewer, nor the counted
 * noun itself. */
static void context(const fctx *x, fig *f, const char *text, size_t tl)
{
    f->nctx = f->nnames = f->part = f->of_whole = 0;
    f->ctx_unit = 0;
    if (!x->w)
        return;
    const pc_words *w = x->w;
    size_t start = (size_t)(text - x->s), end = start + tl, a = 0, b;
    while (a < w->n && w->w[a].end <= start)
        a++;
    for (b = a; b < w->n && w->w[b].start < end;)
        b++;
    size_t lo = a > CTX_SPAN ? a - CTX_SPAN : 0, hi = b + CTX_SPAN < w->n ? b + CTX_SPAN : w->n;
    size_t ql = strlen(f->quantity);
    /* a part or an addition: "the other 437", "including 32 children",
     * "the fatalities included 71 people",
     * "another 14", "17 others", "20 more" (pc_figures_same_thing) */
    static const char *const part_before[] = {"other",      "another",  "including",
                                              "included",   "includes", "among",
                                              "additional", "further",  NULL},
                             *const part_after[] = {"more", "others", "other", "additional", NULL};
    for (size_t k = 0; part_before[k] && a > 0; k++)
        f->part |= is(w, x->s, a - 1, part_before[k]);
    for (size_t k = 0; part_after[k] && b < w->n; k++)
        f->part |= is(w, x->s, b, part_after[k]);
    /* "six of the 11 family members", "17 of the 86 seats": a part of the
     * whole counted after it, which is no other value of that count */
    if (b + 2 < w->n && is(w, x->s, b, "of") && is(w, x->s, b + 1, "the")) {
        const pc_word *u = &w->w[b + 2];
        int money, pct;
        f->of_whole = number_value(x->s + u->start, u->end - u->start, &money, &pct, 0) >= 0;
    }
    for (size_t k = lo; k < hi; k++) {
        if (k == 0 || (k >= a && k < b) || !w->w[k].cap || f->nnames == 4)
            continue;
        char buf[64];
        size_t n = fold_word(x->s, &w->w[k], buf, sizeof buf);
        /* a weekday or a month names no place or party */
        if (n > 2 && !pc_lang_is_stopword(x->lang, buf, n) && !pc_lex_month(buf, n) &&
            pc_lex_weekday(buf, n) < 0)
            f->names[f->nnames++] = pc_fnv1a(buf, n);
    }
    for (size_t k = lo; k < hi && f->nctx < CTX_WORDS; k++) {
        if (k >= a && k < b)
            continue;
        char buf[64];
        size_t n = fold_word(x->s, &w->w[k], buf, sizeof buf);
        if (n <= 2 || (buf[0] >= '0' && buf[0] <= '9') || pc_lang_is_stopword(x->lang, buf, n) ||
            (n == ql && memcmp(buf, f->quantity, n) == 0))
            continue;
        if (unit_stem(buf, n))
            f->ctx_unit |= (uint16_t)(1u << f->nctx);
        f->ctx[f->nctx++] = pc_fnv1a(buf, n < CTX_STEM ? n : CTX_STEM);
    }
}

/* Units of measure and money: the noun says how a thing is measured, not
 * what: "40 kilometers west of Dili" and "1,900 kilometers from Jakarta",
 * "$5 million in aid" and "$10 million of damage", "inflation of 3
 * percent" and "unemployment of 5 percent" are no two values of one
 * figure.  A counted noun names its thing ("59 missiles", "3 000
 * passagers"): in one story, mostly the same one. */
static const char *const units[] = {
    "percent",    "dollars",  "euros",     "pounds",     "yen",     "kilometers", "kilometres",
    "km",         "miles",    "meters",    "metres",     "feet",    "inches",     "yards",
    "acres",      "hectares", "kilograms", "kg",         "tons",    "tonnes",     "degrees",
    "years",      "hours",    "minutes",   "kilomètres", "mètres",  "kilómetros", "metros",
    "chilometri", "metri",    "kilometer", "meter",      "prozent", NULL};

/* Whether two figures of one quantity may count the same thing: always,
 * but for a unit (units above) or a noun of people that no event qualifies
 * ("800,000 people" of a territory, "hundreds of people" at a rally;
 * deaths, the injured, ... are events, not nouns), whose two values must
 * share a word of their contexts, unless either has none to tell
 * (Chinese, Japanese). */
static int measured(const char *quantity)
{
    int unit = pc_lex_human_noun(quantity, strlen(quantity));
    for (int k = 0; units[k] && !unit; k++)
        unit = strcmp(quantity, units[k]) == 0;
    return unit;
}

/* Whether the word w[0..n) is a unit's as the context keeps it, by its
 * first CTX_STEM bytes: "40 kilometers (25 miles) south of Dili" and
 * "1,900 kilometers (1,200 miles) east of Jakarta" share the conversion's
 * "miles", which says nothing of what is measured.  Asked once per context
 * word (context() marks it), not per pair of values compared. */
static int unit_stem(const char *w, size_t n)
{
    size_t k = n < CTX_STEM ? n : CTX_STEM;
    for (int u = 0; units[u]; u++) {
        size_t m = strlen(units[u]);
        if ((m < CTX_STEM ? m : CTX_STEM) == k && memcmp(units[u], w, k) == 0)
            return 1;
    }
    return 0;
}

/* p and q are of one quantity; unit: measured(that quantity), asked once
 * per group.  Two values of a unit measure one thing when their contexts
 * share a word that is no unit's (unit_stem). */
static int comparable(const fig *p, const fig *q, int unit)
{
    if (!unit || !p->nctx || !q->nctx)
        return 1;
    for (int i = 0; i < p->nctx; i++) {
        if (p->ctx_unit >> i & 1)
            continue;
        for (int j = 0; j < q->nctx; j++)
            if (p->ctx[i] == q->ctx[j])
                return 1;
    }
    return 0;
}

/* Whether documents a and b report at one time: a count of a later day is
 * an update, not a disagreement ("less than 10 percent of the plane has
 * been recovered" in September, "about 70 percent" in October; the toll
 * of the first day against that of the fourth).  Dates a day apart are one
 * time (a wire's evening story is the paper's next morning); undated
 * documents are compared with all. */
static int same_time(const precis_digest *g, size_t a, size_t b)
{
    pc_date p = g->docdate[a], q = g->docdate[b];
    if (!p.y || !q.y || !p.m || !q.m || !p.d || !q.d)
        return 1;
    long k = pc_date_days(p.y, p.m, p.d) - pc_date_days(q.y, q.m, q.d);
    return k >= -1 && k <= 1;
}

/* The word u case folded, in the arena (the counted noun of a figure in a
 * language other than English); NULL when out of memory. */
static const char *folded(fctx *x, const char *s, const pc_word *u)
{
    size_t cap = 4 * (u->end - u->start) + 1;
    char *q = pc_arena_alloc(x->arena, cap);
    if (q)
        q[fold_word(s, u, q, cap)] = 0;
    return q;
}

/* Nouns for people in the languages precis reads, beside the English ones
 * the lexicon lists: those the stopword lists (stopwords-iso) hold, which
 * other_noun must still count ("120 Menschen", "около 1500 человек"), and
 * others that pc_figures_same_thing reads as people ("людей", "लोगों"). */
static const struct {
    const char *lang, *word;
} people_words[] = {{"de", "menschen"}, {"fr", "personnes"}, {"fr", "gens"},    {"it", "persone"},
                    {"it", "gente"},    {"pt", "pessoas"},   {"ru", "человек"}, {"ru", "людей"},
                    {"hi", "लोगों"},     {"hi", "लोग"},       {"hi", "व्यक्तियों"}};

/* The counted noun of a figure in a language other than English, whose
 * count nouns precis does not list: the first word within three after the
 * number that is no function word of the language and no number ("9 000
 * véhicules", "38 millions d'euros", "120 Menschen").  Returns its index or
 * SIZE_MAX. */
static size_t other_noun(const pc_lang *lang, const char *s, const pc_words *w, size_t j)
{
    /* the words for people that the stopword lists hold (people_words):
     * a counted noun before any later word ("12 Menschen kamen ums
     * Leben" counted "kamen", "12 personnes ont été tuées" "tuées") */
    /* a stopword list may hold nouns ("человек", people, is in Russian's):
     * the first of five letters or more, when no other word is there */
    size_t long_stop = SIZE_MAX;
    for (size_t k = j; k < w->n && k < j + 3; k++) {
        const pc_word *u = &w->w[k];
        if (k > j && w->w[k - 1].after)
            break;
        size_t n = u->end - u->start;
        char low[64];
        if (n >= sizeof low || (s[u->start] >= '0' && s[u->start] <= '9'))
            return SIZE_MAX;
        for (size_t i = 0; i < n; i++) {
            char c = s[u->start + i];
            low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        size_t letters = 0;
        for (size_t i = 0; i < n; i++)
            letters += ((unsigned char)s[u->start + i] & 0xC0) != 0x80;
        if (pc_lang_is_stopword(lang, low, n)) {
            for (size_t p = 0; p < sizeof people_words / sizeof *people_words; p++)
                if (!strcmp(lang->code, people_words[p].lang) &&
                    strlen(people_words[p].word) == n && !memcmp(low, people_words[p].word, n))
                    return k;
            if (letters >= 5 && long_stop == SIZE_MAX)
                long_stop = k;
            continue;
        }
        return letters >= 2 ? k : SIZE_MAX;
    }
    return long_stop;
}

/* हज़ार and करोड़ with their nukta letter precomposed (U+095B ज़, U+095C
 * ड़), as some texts write them; the table has them as two code points */
#define HI_HAZAR "\xE0\xA4\xB9\xE0\xA5\x9B\xE0\xA4\xBE\xE0\xA4\xB0"
#define HI_KAROR "\xE0\xA4\x95\xE0\xA4\xB0\xE0\xA5\x8B\xE0\xA5\x9C"

/* A multiplier written as a word after a number in a language other than
 * English ("5 mil desabrigados" is 5,000 in Spanish and Portuguese, "1,2
 * тыс.", "38 millions", "2 लाख"): its value, or 1.  The word is then part
 * of the number, not the counted noun. */
static double other_multiplier(const pc_lang *lang, const char *s, const pc_words *w, size_t j)
{
    static const struct {
        const char *lang, *word;
        double m;
    } t[] = {
        {"es", "mil", 1e3},
        {"es", "millón", 1e6},
        {"es", "millones", 1e6},
        {"pt", "mil", 1e3},
        {"pt", "milhão", 1e6},
        {"pt", "milhões", 1e6},
        {"pt", "bilhão", 1e9},
        {"pt", "bilhões", 1e9},
        {"ca", "mil", 1e3},
        {"it", "mila", 1e3},
        {"it", "mille", 1e3},
        {"it", "milione", 1e6},
        {"it", "milioni", 1e6},
        {"it", "miliardo", 1e9},
        {"it", "miliardi", 1e9},
        {"fr", "mille", 1e3},
        {"fr", "million", 1e6},
        {"fr", "millions", 1e6},
        {"fr", "milliard", 1e9},
        {"fr", "milliards", 1e9},
        {"de", "tausend", 1e3},
        {"de", "tsd", 1e3},
        {"de", "million", 1e6},
        {"de", "millionen", 1e6},
        {"de", "mio", 1e6},
        {"de", "milliarde", 1e9},
        {"de", "milliarden", 1e9},
        {"de", "mrd", 1e9},
        {"nl", "duizend", 1e3},
        {"nl", "miljoen", 1e6},
        {"nl", "miljard", 1e9},
        {"pl", "tys", 1e3},
        {"pl", "mln", 1e6},
        {"pl", "mld", 1e9},
        {"ru", "тыс", 1e3},
        {"ru", "тысяч", 1e3},
        {"ru", "тысячи", 1e3},
        {"ru", "тысяча", 1e3},
        {"ru", "млн", 1e6},
        {"ru", "миллион", 1e6},
        {"ru", "миллиона", 1e6},
        {"ru", "миллионов", 1e6},
        {"ru", "млрд", 1e9},
        {"ru", "миллиард", 1e9},
        {"ru", "миллиарда", 1e9},
        {"ru", "миллиардов", 1e9},
        {"uk", "тис", 1e3},
        {"uk", "млн", 1e6},
        {"uk", "млрд", 1e9},
        {"cs", "tis", 1e3},
        {"cs", "tisíc", 1e3},
        {"cs", "tisíce", 1e3},
        {"cs", "mil", 1e6},
        {"cs", "milion", 1e6},
        {"cs", "miliony", 1e6},
        {"cs", "milionů", 1e6},
        {"cs", "mld", 1e9},
        {"cs", "miliardy", 1e9},
        {"cs", "miliard", 1e9},
        {"el", "χιλιάδες", 1e3},
        {"el", "χιλ", 1e3},
        {"el", "εκατ", 1e6},
        {"el", "εκατομμύρια", 1e6},
        {"el", "δισ", 1e9},
        {"hi", "हज़ार", 1e3},
        {"hi", "हजार", 1e3},
        {"hi", "लाख", 1e5},
        {"hi", "करोड़", 1e7},
        {"ne", "हजार", 1e3},
        {"ne", "लाख", 1e5},
        {"ne", "करोड", 1e7},
        {"ur", "ہزار", 1e3},
        {"ur", "لاکھ", 1e5},
        {"ur", "کروڑ", 1e7},
        {"ar", "ألف", 1e3},
        {"ar", "آلاف", 1e3},
        {"ar", "مليون", 1e6},
        {"ar", "ملايين", 1e6},
        {"ar", "مليار", 1e9},
        {"he", "אלף", 1e3},
        {"he", "מיליון", 1e6},
        {"he", "מיליארד", 1e9},
        {"hi", HI_HAZAR, 1e3},
        {"hi", HI_KAROR, 1e7},
        /* session 35: the other profiles' words for thousand, million and
         * billion (and their abbreviations), as news writes them after a
         * number ("85 bin yolcu", "180 de milioane", "2,5 juta", "12 هزار") */
        {"tr", "bin", 1e3},
        {"tr", "milyon", 1e6},
        {"tr", "milyar", 1e9},
        {"ro", "mii", 1e3},
        {"ro", "milion", 1e6},
        {"ro", "milioane", 1e6},
        {"ro", "miliard", 1e9},
        {"ro", "miliarde", 1e9},
        {"hu", "ezer", 1e3},
        {"hu", "millió", 1e6},
        {"hu", "milliárd", 1e9},
        {"fi", "tuhat", 1e3},
        {"fi", "tuhatta", 1e3},
        {"fi", "miljoona", 1e6},
        {"fi", "miljoonaa", 1e6},
        {"fi", "milj", 1e6},
        {"fi", "miljardi", 1e9},
        {"fi", "miljardia", 1e9},
        {"fi", "mrd", 1e9},
        {"sv", "tusen", 1e3},
        {"sv", "miljon", 1e6},
        {"sv", "miljoner", 1e6},
        {"sv", "milj", 1e6},
        {"sv", "miljard", 1e9},
        {"sv", "miljarder", 1e9},
        {"sv", "mdr", 1e9},
        {"da", "tusind", 1e3},
        {"da", "million", 1e6},
        {"da", "millioner", 1e6},
        {"da", "mio", 1e6},
        {"da", "milliard", 1e9},
        {"da", "milliarder", 1e9},
        {"da", "mia", 1e9},
        {"no", "tusen", 1e3},
        {"no", "million", 1e6},
        {"no", "millioner", 1e6},
        {"no", "mill", 1e6},
        {"no", "milliard", 1e9},
        {"no", "milliarder", 1e9},
        {"no", "mrd", 1e9},
        {"id", "ribu", 1e3},
        {"id", "juta", 1e6},
        {"id", "miliar", 1e9},
        {"id", "triliun", 1e12},
        {"ca", "milió", 1e6},
        {"ca", "milions", 1e6},
        {"eu", "mila", 1e3},
        {"eu", "milioi", 1e6},
        {"pl", "tysięcy", 1e3},
        {"pl", "milionów", 1e6},
        {"pl", "miliardów", 1e9},
        {"uk", "тисяч", 1e3},
        {"uk", "мільйонів", 1e6},
        {"uk", "мільярдів", 1e9},
        {"bg", "хил", 1e3},
        {"bg", "хиляди", 1e3},
        {"bg", "млн", 1e6},
        {"bg", "милиона", 1e6},
        {"bg", "млрд", 1e9},
        {"sr", "хиљада", 1e3},
        {"sr", "милиона", 1e6},
        {"sr", "милијарди", 1e9},
        {"lt", "tūkst", 1e3},
        {"lt", "mln", 1e6},
        {"lt", "mlrd", 1e9},
        {"fa", "هزار", 1e3},
        {"fa", "میلیون", 1e6},
        {"fa", "میلیارد", 1e9},
        {"hy", "հազար", 1e3},
        {"hy", "միլիոն", 1e6},
        {"hy", "միլիարդ", 1e9},
        {"ta", "ஆயிரம்", 1e3},
        {"ta", "லட்சம்", 1e5},
        {"ta", "கோடி", 1e7},
    };
    if (j >= w->n)
        return 1;
    for (size_t k = 0; k < sizeof t / sizeof *t; k++)
        if (strcmp(lang->code, t[k].lang) == 0 && is(w, s, j, t[k].word))
            return t[k].m;
    return 1;
}

/* A range written as one word: "10-15", "200–300" (an en dash), the second
 * number above the first.  1 with *lo and *hi set, else 0. */
static int range_word(const char *s, size_t n, int decimal_comma, double *lo, double *hi)
{
    for (size_t k = 1; k + 1 < n; k++) {
        size_t dl = s[k] == '-' ? 1 : (k + 3 < n && memcmp(s + k, "\xE2\x80\x93", 3) == 0) ? 3 : 0;
        if (!dl)
            continue;
        int m1, p1, m2, p2;
        double a = number_value(s, k, &m1, &p1, decimal_comma);
        double b = number_value(s + k + dl, n - k - dl, &m2, &p2, decimal_comma);
        if (a < 0 || b <= a || m1 || m2 || p1 || p2)
            return 0;
        *lo = a;
        *hi = b;
        return 1;
    }
    return 0;
}

/* The qualifiers of a number in languages other than English, the word or
 * two before it: what "about", "more than", "at least", "nearly" and "up
 * to" are above (the English ones find nothing there, and "Environ 3 000"
 * against "Plus de 2 500" was a disagreement).  Folded forms. */
enum { Q_ABOUT, Q_NEARLY, Q_MORE, Q_LESS, Q_ATLEAST, Q_UPTO };
static const struct {
    const char *lang, *words;
    int kind;
} qualifiers[] = {
    {"fr", "environ", Q_ABOUT},
    {"fr", "quelque", Q_ABOUT},
    {"fr", "près de", Q_NEARLY},
    {"fr", "presque", Q_NEARLY},
    {"fr", "plus de", Q_MORE},
    {"fr", "moins de", Q_LESS},
    {"fr", "au moins", Q_ATLEAST},
    {"fr", "jusqu'à", Q_UPTO},
    {"de", "etwa", Q_ABOUT},
    {"de", "rund", Q_ABOUT},
    {"de", "ungefähr", Q_ABOUT},
    {"de", "circa", Q_ABOUT},
    {"de", "ca", Q_ABOUT},
    {"de", "fast", Q_NEARLY},
    {"de", "knapp", Q_NEARLY},
    {"de", "mehr als", Q_MORE},
    {"de", "über", Q_MORE},
    {"de", "weniger als", Q_LESS},
    {"de", "unter", Q_LESS},
    {"de", "mindestens", Q_ATLEAST},
    {"de", "bis zu", Q_UPTO},
    {"es", "unos", Q_ABOUT},
    {"es", "unas", Q_ABOUT},
    {"es", "alrededor de", Q_ABOUT},
    {"es", "cerca de", Q_NEARLY},
    {"es", "aproximadamente", Q_ABOUT},
    {"es", "casi", Q_NEARLY},
    {"es", "más de", Q_MORE},
    {"es", "menos de", Q_LESS},
    {"es", "al menos", Q_ATLEAST},
    {"es", "hasta", Q_UPTO},
    {"it", "circa", Q_ABOUT},
    {"it", "quasi", Q_NEARLY},
    {"it", "più di", Q_MORE},
    {"it", "oltre", Q_MORE},
    {"it", "meno di", Q_LESS},
    {"it", "almeno", Q_ATLEAST},
    {"it", "fino a", Q_UPTO},
    {"pt", "cerca de", Q_ABOUT},
    {"pt", "aproximadamente", Q_ABOUT},
    {"pt", "quase", Q_NEARLY},
    {"pt", "mais de", Q_MORE},
    {"pt", "menos de", Q_LESS},
    {"pt", "pelo menos", Q_ATLEAST},
    {"pt", "até", Q_UPTO},
    {"nl", "ongeveer", Q_ABOUT},
    {"nl", "circa", Q_ABOUT},
    {"nl", "bijna", Q_NEARLY},
    {"nl", "meer dan", Q_MORE},
    {"nl", "minder dan", Q_LESS},
    {"nl", "minstens", Q_ATLEAST},
    {"nl", "tot", Q_UPTO},
    {"ru", "около", Q_ABOUT},
    {"ru", "примерно", Q_ABOUT},
    {"ru", "почти", Q_NEARLY},
    {"ru", "более", Q_MORE},
    {"ru", "больше", Q_MORE},
    {"ru", "свыше", Q_MORE},
    {"ru", "менее", Q_LESS},
    {"ru", "меньше", Q_LESS},
    {"ru", "не менее", Q_ATLEAST},
    {"ru", "по меньшей мере", Q_ATLEAST},
    {"ru", "до", Q_UPTO},
    {"el", "περίπου", Q_ABOUT},
    {"el", "σχεδόν", Q_NEARLY},
    {"el", "πάνω από", Q_MORE},
    {"el", "περισσότεροι από", Q_MORE},
    {"el", "περισσότερα από", Q_MORE},
    {"el", "λιγότερο από", Q_LESS},
    {"el", "τουλάχιστον", Q_ATLEAST},
    {"el", "έως", Q_UPTO},
    {"hi", "लगभग", Q_ABOUT},
    {"hi", "करीब", Q_ABOUT},
    {"hi", "क़रीब", Q_ABOUT},
};

/* Word k folded (at most 63 bytes), a space and rest[0..rl) into out;
 * the length, or 0 when word k is followed by punctuation or empty. */
static size_t phrase(const char *s, const pc_words *w, size_t k, const char *rest, size_t rl,
                     char *out)
{
    size_t m = w->w[k].after ? 0 : fold_word(s, &w->w[k], out, 64);
    if (!m)
        return 0;
    out[m] = ' ';
    memcpy(out + m + 1, rest, rl);
    return m + 1 + rl;
}

/* The qualifier of the number at word i in `lang`: how many words it has
 * (0: none), with *lo and *hi made its interval. */
static size_t other_qualifier(const pc_lang *lang, const char *s, const pc_words *w, size_t i,
                              double *lo, double *hi)
{
    char one[64], two[130], three[200];
    size_t n1 = i >= 1 && !w->w[i - 1].after ? fold_word(s, &w->w[i - 1], one, sizeof one) : 0;
    size_t n2 = n1 && i >= 2 ? phrase(s, w, i - 2, one, n1, two) : 0;
    size_t n3 = n2 && i >= 3 ? phrase(s, w, i - 3, two, n2, three) : 0;
    for (size_t k = 0; k < sizeof qualifiers / sizeof *qualifiers; k++) {
        if (strcmp(qualifiers[k].lang, lang->code))
            continue;
        size_t ql = strlen(qualifiers[k].words), words = 1;
        for (const char *p = qualifiers[k].words; *p; p++)
            words += *p == ' ';
        const char *have = words == 1 ? one : words == 2 ? two : three;
        size_t hl = words == 1 ? n1 : words == 2 ? n2 : n3;
        if (hl != ql || memcmp(have, qualifiers[k].words, ql))
            continue;
        switch (qualifiers[k].kind) {
        case Q_ABOUT:
            *lo *= 0.85, *hi *= 1.15;
            break;
        case Q_NEARLY:
            *lo *= 0.85;
            break;
        case Q_MORE:
            *lo += 1e-6, *hi = INFINITY;
            break;
        case Q_LESS:
            *hi -= 1e-6, *lo = 0;
            break;
        case Q_ATLEAST:
            *hi = INFINITY;
            break;
        default:
            *lo = 0;
        }
        return words;
    }
    return 0;
}

/* A katakana letter (U+30A1..U+30FC, the long vowel mark included) at p. */
static int kata(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    return u[0] == 0xE3 && ((u[1] == 0x82 && u[2] >= 0xA1) || (u[1] == 0x83 && u[2] <= 0xBC));
}

/* The one of the characters `set` (each of three bytes, in one string)
 * that s[i..n) starts with: its index, or -1. */
static int cjk_char(const char *s, size_t n, size_t i, const char *set)
{
    if (i + 3 > n)
        return -1;
    for (int k = 0; set[3 * k]; k++)
        if (memcmp(s + i, set + 3 * k, 3) == 0)
            return k;
    return -1;
}

/* The digit 0..9 written as a character at s[i] (〇 零 一 二 两 兩 三 ... 九),
 * or -1. */
static int cjk_digit(const char *s, size_t n, size_t i)
{
    static const int value[] = {0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    int k = cjk_char(s, n, i, "〇零一二两兩三四五六七八九");
    return k < 0 ? -1 : value[k];
}

/* The unit written as a character at s[i]: 十 百 千 (10, 100, 1000) and
 * 万 萬 亿 億 (10^4, 10^8), or 0. */
static double cjk_unit(const char *s, size_t n, size_t i)
{
    static const double value[] = {10, 100, 1000, 1e4, 1e4, 1e8, 1e8};
    int k = cjk_char(s, n, i, "十百千万萬亿億");
    return k < 0 ? 0 : value[k];
}

/* A run of Latin or full-width digits at s[i..n) with one decimal point
 * and commas between groups ("31.2", "1,200", "３"): its length (0: none),
 * *v its value, *digits how many digits. */
static size_t digit_run(const char *s, size_t n, size_t i, double *v, int *digits)
{
    size_t a = i;
    double frac = 0, scale = 1;
    int dot = 0;
    *v = 0, *digits = 0;
    while (i < n) {
        int d = -1;
        if (s[i] >= '0' && s[i] <= '9')
            d = s[i] - '0', i++;
        else if (i + 3 <= n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
                 (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99)
            d = (unsigned char)s[i + 2] - 0x90, i += 3;
        else if (s[i] == '.' && *digits && !dot && i + 1 < n && s[i + 1] >= '0' &&
                 s[i + 1] <= '9') {
            dot = 1, i++;
            continue;
        } else if (s[i] == ',' && *digits && i + 3 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            i++;
            continue;
        } else
            break;
        (*digits)++;
        if (dot)
            scale /= 10, frac += d * scale;
        else
            *v = *v * 10 + d;
    }
    *v += frac;
    return *digits ? i - a : 0;
}

/* A number of Chinese or Japanese (see scan_cjk). */
typedef struct cjk_num {
    double v;
    size_t end;  /* the byte after it */
    int latin;   /* digits written in Latin or full-width digits: "3万" */
    int digits;  /* how many, for a year */
    int units;   /* units in it (十 百 千 万 亿) */
    double unit; /* the last unit's value, 1 when none */
} cjk_num;

/* The number at s[i..n), digits and units written as characters or in
 * digits ("三万", "一百二十", "十二", "两千", "3千", "1万2千", "31.2万",
 * "1亿2000万"): 1 with *r, else 0.  Units descend within the four digits
 * before 万 or 亿; a digit right after a unit without 零 stands for the next
 * unit down ("三万五" is 35,000, "一百二" 120, as the language reads them;
 * "1万2000" adds, digits giving their own places); 零 holds a place
 * ("一百零五" is 105).  Two digits in a row end the number: "三四十人"
 * ("thirty or forty") and "二〇二一" (a year) have no single value.  A unit
 * opens one only as 十 ("十二人") or after "several" (several = 1). */
static int cjk_numeral(const char *s, size_t n, size_t i, int several, cjk_num *r)
{
    double total = 0, section = 0, pend = -1, small = 1e9, big = 0;
    int after_unit = 0, abbrev = 0, ndig;
    size_t a = i;
    memset(r, 0, sizeof *r);
    r->unit = 1;
    while (i < n) {
        double d;
        size_t k = digit_run(s, n, i, &d, &ndig);
        int cd = k ? -1 : cjk_digit(s, n, i);
        if (k || cd > 0) {
            if (pend >= 0)
                break;
            pend = k ? d : cd;
            abbrev = !k && after_unit;
            r->latin |= k != 0;
            r->digits += k ? ndig : 1;
            i += k ? k : 3;
            after_unit = 0;
            continue;
        }
        if (cd == 0) { /* 零 holds a place after a unit, else ends */
            if (!after_unit || pend >= 0)
                break;
            after_unit = 0;
            i += 3;
            continue;
        }
        double u = cjk_unit(s, n, i);
        /* what the unit multiplies: the digit before it; for 万 and 亿 the
         * section before them too ("三千万") */
        double m = (pend >= 0 ? pend : 0) + (u >= 1e4 ? section : 0) + (u == 1e8 ? total : 0);
        if (m == 0 && i == a && (u == 10 || several))
            m = 1;
        if (u == 0 || m == 0 || (u < 1e4 && u >= small) || u == big)
            break;
        if (u < 1e4) {
            section += m * u;
            small = u;
        } else { /* "一万亿" is 10^12: 亿 multiplies all before it */
            total = u == 1e8 ? m * u : total + m * u;
            section = 0, small = 1e9, big = u;
        }
        pend = -1, after_unit = 1, r->unit = u, r->units++;
        i += 3;
    }
    if (i == a || (r->units == 0 && pend < 0))
        return 0;
    r->v = total + section + (pend < 0 ? 0 : abbrev ? pend * r->unit / 10 : pend);
    r->end = i;
    return 1;
}

/* Figures in Chinese and Japanese, which write numbers glued to their
 * multiplier and counted noun in one run of characters ("31.2万人次",
 * "约3万5千户", "4万世帯", "三万人", "两千名"): a number (cjk_numeral), then
 * the noun: the next one or two characters that are no particle or mark.
 * 约/約 ("about") before it widens the value as "about" does in English;
 * 超过/以上 ("more than") open it upwards, 多/余 after the number ("两千
 * 多名", 2,000 and more) up to the next step of its last unit, 数/几
 * ("several") before a unit make it 2 to 9 of them ("数十人", "dozens");
 * after 第 it is an ordinal.  Years (4 digits before 年) and dates (月, 日)
 * are no figures.
 *
 * A number written in characters counts only before a counter of the
 * closed list below (people, households, buildings, vehicles, ships,
 * cases, money, weights and lengths), and from 2 up: 一 is also "a" and
 * ends or begins ordinary words (一些 "some", 一起 "together", 统一, 一定
 * "certainly"), 万一 is "in case", 千万 "by all means", and numerals begin
 * place names (四川, 三峡, 九州); none of those is followed by a counter.
 * Counters that also end such names or words are left out (台: 五台山, 七台
 * 河; 条: 三条; 本: 二本松; 次: 二次 "secondary"; 間; 国), and so is 位,
 * a rank in Japanese (4位 "fourth place", 従四位 a court rank). */
static const char *const cjk_counters[] = {
    "人", "名", "个",   "個",   "户",   "戶",   "家",       "座",   "辆",   "輛",   "架",   "艘",
    "隻", "只", "所",   "间",   "栋",   "棟",   "起",       "例",   "件",   "项",   "項",   "吨",
    "噸", "元", "美元", "公里", "公斤", "米",   "亩",       "公顷", "世帯", "軒",   "機",   "匹",
    "校", "社", "円",   "ドル", "トン", "キロ", "メートル", "カ所", "か所", "ヶ所", "箇所", NULL};

/* The length of the word of `list` at s[i..n), 0 when none. */
static size_t cjk_word_at(const char *const *list, const char *s, size_t n, size_t i)
{
    for (int k = 0; list[k]; k++) {
        size_t l = strlen(list[k]);
        if (i + l <= n && memcmp(s + i, list[k], l) == 0)
            return l;
    }
    return 0;
}

static int cjk_counter(const char *s, size_t n, size_t i)
{
    return cjk_word_at(cjk_counters, s, n, i) != 0;
}

/* Counters that are nouns of their own: units of money, weight, length and
 * area, and households ("3200户居民" counts 户, households, as "三千二百户"
 * does; "两千多吨货物" counts 吨, tons).  After one of them the noun is the
 * counter alone; after a classifier, which sorts what it counts ("辆" for
 * vehicles, "座" for bridges or buildings), the next character stays part
 * of the noun ("3座桥" and "5座楼" are not one thing). */
static const char *const cjk_unit_nouns[] = {"户", "戶",   "世帯", "美元",     "元",   "吨",
                                             "噸", "公里", "公斤", "米",       "亩",   "公顷",
                                             "円", "ドル", "トン", "メートル", "キロ", NULL};

static void scan_cjk(fctx *x, const pc_sent *st, uint32_t sent)
{
    const char *s = st->text;
    size_t n = st->len;
    /* particles that end a counter ("的", "の", "は", ...), and the words
     * of dates and times, which make a number no figure (and end one too) */
    static const char *const particles[] = {"\xE7\x9A\x84",
                                            "\xE3\x81\xAE",
                                            "\xE4\xBA\x86",
                                            "\xE5\x9C\xA8", /* 的 の 了 在 */
                                            "\xE5\x92\x8C",
                                            "\xE3\x81\xAF",
                                            "\xE3\x81\x8C",
                                            "\xE3\x82\x92", /* 和 は が を */
                                            "\xE3\x81\xAB",
                                            "\xE3\x81\xA7",
                                            "\xE3\x81\xA8",
                                            "\xE3\x82\x82", /* に で と も */
                                            NULL};
    static const char *const dates[] = {"\xE5\xB9\xB4",
                                        "\xE6\x9C\x88",
                                        "\xE6\x97\xA5",
                                        "\xE6\x97\xB6", /* 年 月 日 时 */
                                        "\xE6\x99\x82",
                                        "\xE5\x88\x86",
                                        "\xE5\x8F\xB7", /* 時 分 号 */
                                        NULL};
    for (size_t i = 0; i < n && !x->oom;) {
        size_t a = i;
        int several = a >= 3 && cjk_char(s, n, a - 3, "数數几幾") >= 0;
        cjk_num num;
        /* a percentage: "百分之三十" (a hundredth's thirty), "30%", "30％" */
        if (i + 9 < n && memcmp(s + i, "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B", 9) == 0 &&
            cjk_numeral(s, n, i + 9, 0, &num)) {
            if (push(x, st, sent, s + a, num.end - a, num.v, num.v, "percent"))
                return;
            i = num.end;
            continue;
        }
        if (!cjk_numeral(s, n, i, several, &num)) {
            i++;
            while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
            continue;
        }
        i = num.end;
        double v = num.v;
        size_t ve = i;
        size_t pct = i < n && s[i] == '%'                                  ? 1
                     : i + 3 <= n && memcmp(s + i, "\xEF\xBC\x85", 3) == 0 ? 3 /* ％ */
                                                                           : 0;
        if (pct && num.latin) {
            if (push(x, st, sent, s + a, i + pct - a, v, v, "percent"))
                return;
            i += pct;
            continue;
        }
        /* dates, years, times and ordinals (第三, 第3) are no figures */
        int skip = a >= 3 && memcmp(s + a - 3, "第", 3) == 0;
        for (int k = 0; dates[k] && !skip; k++)
            skip = i + 3 <= n && memcmp(s + i, dates[k], 3) == 0;
        if (skip || (!num.units && v >= 1900 && v <= 2099 && num.digits == 4))
            continue;
        /* durations are no counts either: "四个月", "两个星期", "3小时", "5天",
         * "3週間", "6ヶ月" */
        static const char *const spans[] = {"个月",   "個月",   "ヶ月", "か月", "カ月",
                                            "个星期", "個星期", "星期", "周",   "週",
                                            "小时",   "小時",   "天",   NULL};
        for (int k = 0; spans[k] && !skip; k++)
            skip = i + strlen(spans[k]) <= n && memcmp(s + i, spans[k], strlen(spans[k])) == 0;
        if (skip)
            continue;
        /* "两千多", "三千余": more than it, less than the next step */
        double step = 0;
        if (cjk_char(s, n, i, "多余餘") >= 0) {
            step = 1;
            while (step * 10 <= v && fmod(v, step * 10) == 0)
                step *= 10;
            i += 3;
        }
        if (!num.latin && (v < 2 || !cjk_counter(s, n, i)))
            continue;
        /* the noun: one or two characters of three bytes, no particle and
         * no mark of the CJK punctuation block (U+3000..U+303F: "。", "、",
         * "「", which "2000万元。" took as part of its noun "元。") */
        size_t unit = cjk_word_at(cjk_unit_nouns, s, n, i), ne = i + unit;
        for (int c = 0; !unit && c < 2 && ne + 3 <= n && (unsigned char)s[ne] >= 0xE3 &&
                        (unsigned char)s[ne] <= 0xE9 &&
                        !((unsigned char)s[ne] == 0xE3 && (unsigned char)s[ne + 1] == 0x80);
             c++) {
            int particle = 0;
            for (int k = 0; particles[k] && !particle; k++)
                particle = memcmp(s + ne, particles[k], 3) == 0;
            for (int k = 0; dates[k] && !particle; k++)
                particle = memcmp(s + ne, dates[k], 3) == 0;
            if (particle)
                break;
            ne += 3;
        }
        /* a word in katakana goes on to its end: "42メートル" */
        while (ne > i && ne + 3 <= n && ne - i < 3 * 8 && kata(s + ne - 3) && kata(s + ne))
            ne += 3;
        if (ne == i)
            continue;
        /* people (人, 名) are counted for a death toll or the injured only,
         * as English "people" is: "12人死亡", "5人が死亡", "3人受伤",
         * "けが人"; other counts of people are of different things ("約8千人
         * に避難指示", "約3千人が避難所に") */
        const char *qn = NULL;
        if (ne - i >= 3 &&
            (memcmp(s + i, "\xE4\xBA\xBA", 3) == 0 ||                      /* 人 */
             memcmp(s + i, "\xE5\x90\x8D", 3) == 0) &&                     /* 名 */
            !(ne - i == 6 && memcmp(s + i + 3, "\xE6\xAC\xA1", 3) == 0)) { /* not 人次 (trips) */
            ne = i + 3;
            size_t lim = ne + 3 * 4 < n ? ne + 3 * 4 : n;
            for (size_t k = ne; k + 3 <= lim && !qn; k++) {
                if (memcmp(s + k, "\xE6\xAD\xBB", 3) == 0) /* 死 */
                    qn = "deaths";
                else if (memcmp(s + k, "\xE4\xBC\xA4", 3) == 0 || /* 伤 */
                         memcmp(s + k, "\xE5\x82\xB7", 3) == 0)   /* 傷 */
                    qn = "injured";
            }
            if (!qn) {
                i = ne;
                continue;
            }
        }
        double lo = v, hi = step != 0 ? v + step - 1e-6 : v;
        if (several && num.units == 1 && v == num.unit)
            lo = 2 * v, hi = 10 * v - 1e-6; /* 数十: 20 to 99 */
        size_t qa = several ? a - 3 : a;
        if (qa >= 3 && (memcmp(s + qa - 3, "\xE7\xBA\xA6", 3) == 0 || /* 约 */
                        memcmp(s + qa - 3, "\xE7\xB4\x84", 3) == 0))  /* 約 */
            lo = 0.85 * lo, hi = 1.15 * hi, qa -= 3;
        else if (qa >= 6 && memcmp(s + qa - 6, "\xE8\xB6\x85\xE8\xBF\x87", 6) == 0) /* 超过 */
            lo = lo + 1e-6, hi = INFINITY, qa -= 6;
        if (ne + 6 <= n && memcmp(s + ne, "\xE4\xBB\xA5\xE4\xB8\x8A", 6) == 0) /* 以上 */
            hi = INFINITY;
        const char *q = qn ? qn : pc_arena_strndup(x->arena, s + i, ne - i);
        if (!q) {
            x->oom = 1;
            return;
        }
        push(x, st, sent, s + qa, (step != 0 ? i : ve) - qa, lo, hi, q);
        i = ne;
    }
}

static void scan_sentence(fctx *x, const pc_sent *st, uint32_t sent, const pc_words *w)
{
    const char *s = st->text;
    const pc_lang *lang = x->c->docs[st->doc].lang;
    if (lang && (strcmp(lang->code, "zh") == 0 || strcmp(lang->code, "ja") == 0)) {
        x->w = NULL; /* no words to read a context from */
        scan_cjk(x, st, sent);
        return;
    }
    const pc_lang_numbers *nf = pc_lang_number_format(lang);
    /* languages other than English: their separators, month names and
     * counted nouns (the English count nouns, qualifiers and multipliers
     * below find nothing there) */
    int other = lang && strcmp(lang->code, "en") && strcmp(lang->code, "und");
    int decimal_comma = nf->decimal[0] == ',';
    int space_groups = nf->group[0] != '.' && nf->group[0] != ',';
    for (size_t i = 0; i < w->n && !x->oom; i++) {
        const pc_word *t = &w->w[i];
        const char *ws = s + t->start;
        size_t wl = t->end - t->start;
        char native[64];
        if (other && (unsigned char)ws[0] >= 0xD9 && wl < sizeof native) {
            size_t nl = latin_digits(ws, wl, native, decimal_comma);
            if (nl)
                ws = native, wl = nl;
        }
        int money, pct, dlrs = 0;
        double v = number_value(ws, wl, &money, &pct, decimal_comma);
        /* a percentage written with a decimal point where the language
         * writes a decimal comma ("el 3.97 % eran", as the Spanish of the
         * Americas and translated tables write): its point is no group
         * mark, which three digits follow; only a percentage, as "20.00
         * Uhr" and "3.32 τα ξημερώματα" are times */
        if (v < 0 && decimal_comma &&
            (ws[wl - 1] == '%' ||
             (i + 1 < w->n && !t->after && pc_lex_eq(s, w->w[i + 1].start, w->w[i + 1].end, "%"))))
            v = number_value(ws, wl, &money, &pct, 0);
        double lo, hi;
        int range = 0;
        size_t j = i + 1; /* first word after the number */
        size_t vend = i;  /* last word of the number */
        if (v >= 0) {
            /* dates, years, times and ages are not figures */
            if ((i > 0 &&
                 pc_lex_month(s + w->w[i - 1].start, w->w[i - 1].end - w->w[i - 1].start) &&
                 w->w[i - 1].cap) ||
                (j < w->n && w->w[j].cap &&
                 pc_lex_month(s + w->w[j].start, w->w[j].end - w->w[j].start)))
                continue;
            /* "15 de marzo", "15 de março": the day, "de", the month */
            size_t mo = j + 1 < w->n && !w->w[j].after && is(w, s, j, "de") ? j + 1 : j;
            if (other && ((i > 0 && pc_lang_month(lang, s + w->w[i - 1].start,
                                                  w->w[i - 1].end - w->w[i - 1].start)) ||
                          (mo < w->n &&
                           pc_lang_month(lang, s + w->w[mo].start, w->w[mo].end - w->w[mo].start))))
                continue;
            if (other && space_groups && !pct && !money && wl <= 3)
                while (j < w->n && !w->w[j - 1].after && digit_group(s, &w->w[j])) {
                    v = v * 1000 + strtod(s + w->w[j].start, NULL);
                    vend = j++;
                }
            if (other && j < w->n && !w->w[j - 1].after &&
                pc_lex_eq(s, w->w[j].start, w->w[j].end, "%")) {
                pct = 1; /* "12 %" */
                vend = j++;
            }
            /* "dlrs 75,000", "dlrs 5 million": the AP wires' abbreviation
             * of dollars before the number, as "$" */
            dlrs = !money && i > 0 && !w->w[i - 1].after && is(w, s, i - 1, "dlrs");
            if (dlrs)
                money = 1;
            if (!money && !pct && wl == 4 && v >= 1900 && v <= 2099 && floor(v) == v)
                continue;
            if (is(w, s, j, "a.m.") || is(w, s, j, "p.m.") || is(w, s, j, "am") ||
                is(w, s, j, "pm") || (i > 0 && (is(w, s, i - 1, "aged") || is(w, s, i - 1, "age"))))
                continue;
            lo = hi = v;
            /* a range: "10 to 15", "between 200 and 300" (not "from 10 to
             * 15", a change); the second number above the first */
            if (!t->after && j + 1 < w->n && !w->w[j].after &&
                ((is(w, s, j, "to") && !(i > 0 && is(w, s, i - 1, "from"))) ||
                 (is(w, s, j, "and") && i > 0 && is(w, s, i - 1, "between")))) {
                int m2, p2;
                const pc_word *u = &w->w[j + 1];
                double v2 = number_value(s + u->start, u->end - u->start, &m2, &p2, decimal_comma);
                if (v2 > v && m2 == money && (p2 == pct || (pct && !p2))) {
                    hi = v2;
                    range = 1;
                    vend = j + 1;
                    j += 2;
                }
            }
        } else if (range_word(ws, wl, decimal_comma, &lo, &hi)) {
            money = pct = 0;
            range = 1;
        } else {
            long nw = pc_lex_number_word(ws, wl);
            if (nw >= 2 && !(t->cap && i > 0)) { /* not "one", not "Group of Seven" */
                lo = hi = (double)nw;
            } else if (is(w, s, i, "dozens")) {
                lo = 24, hi = 99;
            } else if (is(w, s, i, "scores")) {
                lo = 40, hi = 199;
            } else if (is(w, s, i, "hundreds")) {
                lo = 200, hi = 999;
            } else if (is(w, s, i, "thousands")) {
                lo = 2000, hi = 9999;
            } else if (is(w, s, i, "dozen") && i > 0 && is(w, s, i - 1, "a")) {
                lo = hi = 12;
            } else {
                continue;
            }
            money = pct = 0;
        }
        if (is(w, s, j, "years") && is(w, s, j + 1, "old"))
            continue;
        if (is(w, s, j, "year") && is(w, s, j + 1, "old"))
            continue;
        /* multipliers */
        double mult = 1;
        if (!w->w[vend].after) {
            if (is(w, s, j, "million"))
                mult = 1e6;
            else if (is(w, s, j, "billion"))
                mult = 1e9;
            else if (is(w, s, j, "thousand"))
                mult = 1e3;
            else if (is(w, s, j, "hundred"))
                mult = 1e2;
            else if (is(w, s, j, "dozen"))
                mult = 12;
            else if (is(w, s, j, "lakh") || is(w, s, j, "lakhs"))
                mult = 1e5; /* English of South Asia: "2 lakh", "1.5 crore" */
            else if (is(w, s, j, "crore") || is(w, s, j, "crores"))
                mult = 1e7;
            else if (other) {
                /* Romanian puts "de" between a number from twenty on and
                 * what it counts, the multiplier too: "180 de milioane de
                 * lei" (session 35) */
                size_t k = j + 1 < w->n && !w->w[j].after && strcmp(lang->code, "ro") == 0 &&
                                   is(w, s, j, "de")
                               ? j + 1
                               : j;
                mult = other_multiplier(lang, s, w, k);
                if (mult != 1)
                    j = k;
            }
            if (mult != 1)
                j++;
        }
        lo *= mult;
        hi *= mult;
        /* the qualifier before the number */
        size_t a = i;
        if (range && i >= 1 && (is(w, s, i - 1, "between") || is(w, s, i - 1, "from"))) {
            a = i - 1;
        } else if (i >= 2 && ((is(w, s, i - 2, "more") || is(w, s, i - 2, "fewer") ||
                               is(w, s, i - 2, "less")) &&
                              is(w, s, i - 1, "than"))) {
            a = i - 2;
            if (is(w, s, a, "more"))
                lo = lo + 1e-6, hi = INFINITY;
            else
                hi = hi - 1e-6, lo = 0;
        } else if (i >= 2 && is(w, s, i - 2, "at") &&
                   (is(w, s, i - 1, "least") || is(w, s, i - 1, "most"))) {
            a = i - 2;
            if (is(w, s, i - 1, "least"))
                hi = INFINITY;
            else
                lo = 0;
        } else if (i >= 2 && ((is(w, s, i - 2, "up") && is(w, s, i - 1, "to")) ||
                              (is(w, s, i - 2, "as") && is(w, s, i - 1, "many")))) {
            a = i - 2;
            if (is(w, s, i - 2, "as") && i >= 3)
                a = i - 3;
            lo = 0;
        } else if (i >= 1 && (is(w, s, i - 1, "over") || is(w, s, i - 1, "above"))) {
            a = i - 1;
            lo = lo + 1e-6, hi = INFINITY;
        } else if (i >= 1 && (is(w, s, i - 1, "under") || is(w, s, i - 1, "below"))) {
            a = i - 1;
            hi = hi - 1e-6, lo = 0;
        } else if (i >= 1 && (is(w, s, i - 1, "nearly") || is(w, s, i - 1, "almost"))) {
            a = i - 1;
            lo = 0.85 * lo;
        } else if (i >= 1 && (is(w, s, i - 1, "about") || is(w, s, i - 1, "around") ||
                              is(w, s, i - 1, "roughly") || is(w, s, i - 1, "approximately") ||
                              is(w, s, i - 1, "some") || is(w, s, i - 1, "estimated"))) {
            a = i - 1;
            lo = 0.85 * lo, hi = 1.15 * hi;
        } else if (other) {
            size_t q = other_qualifier(lang, s, w, i, &lo, &hi);
            if (q)
                a = i - q;
        }
        if (dlrs && a == i)
            a = i - 1; /* "dlrs 75,000" */
        size_t b = j;  /* end of the figure's words */
        const char *quantity = NULL;
        if (pct || is(w, s, j, "percent") || (is(w, s, j, "per") && is(w, s, j + 1, "cent"))) {
            quantity = "percent";
        } else if (money) {
            quantity = "dollars";
        } else if (other) {
            size_t k = w->w[b - 1].after ? SIZE_MAX : other_noun(lang, s, w, j);
            if (k != SIZE_MAX) {
                quantity = folded(x, s, &w->w[k]);
                if (!quantity) {
                    x->oom = 1;
                    return;
                }
                /* an elided article is no part of the noun: "d'euros", "l'acqua" */
                const char *ap = strchr(quantity, '\'');
                if (ap && ap - quantity <= 4 && strlen(ap + 1) >= 3)
                    quantity = ap + 1;
                b = k + 1;
            }
        } else {
            /* the counted noun: within three words ("59 U.S. Tomahawk
             * missiles", "dozens of cruise missiles") */
            size_t k = j, stop = j + 4;
            if (is(w, s, k, "of"))
                k++, stop++;
            int punct = w->w[b - 1].after != 0;
            for (; !punct && k < w->n && k < stop; k++) {
                const pc_word *u = &w->w[k];
                /* a noun after another number counts that number, not this
                 * one: "a city of 435,000 some 500 kilometers west of the
                 * capital" (a population, then a distance) */
                int m2, p2;
                if (number_value(s + u->start, u->end - u->start, &m2, &p2, decimal_comma) >= 0 ||
                    pc_lex_number_word(s + u->start, u->end - u->start) >= 2)
                    break;
                if (!u->cap && pc_lex_count_noun(s + u->start, u->end - u->start)) {
                    quantity = NULL;
                    size_t ul = u->end - u->start;
                    static const char *const qn[] = {"deaths", "dead", "fatalities", "casualties"};
                    for (size_t q = 0; q < 4; q++)
                        if (pc_lex_eq(s, u->start, u->end, qn[q]))
                            quantity = "deaths";
                    if (!quantity && pc_lex_human_noun(s + u->start, ul)) {
                        quantity = event_quantity[event_kind(w, s, a, k)];
                    }
                    if (!quantity)
                        quantity = (const char *)1; /* the noun itself, below */
                    b = k + 1;
                    break;
                }
                if (u->after || is(w, s, k, "and") || is(w, s, k, "to") || is(w, s, k, "in"))
                    break;
            }
            if (quantity == (const char *)1) {
                const pc_word *u = &w->w[b - 1];
                char *q = pc_arena_strndup(x->arena, s + u->start, u->end - u->start);
                if (!q) {
                    x->oom = 1;
                    return;
                }
                for (char *p = q; *p; p++)
                    if (*p >= 'A' && *p <= 'Z')
                        *p = (char)(*p - 'A' + 'a');
                if (strcmp(q, "wounded") == 0)
                    q = "injured";
                quantity = q;
            } else if (!quantity) {
                /* no noun: "killed dozens", "the death toll ... reached 72" */
                if (a > 0 && (is(w, s, a - 1, "killed") || is(w, s, a - 1, "killing") ||
                              is(w, s, a - 1, "kills")))
                    quantity = "deaths";
                else if (a > 0 && (is(w, s, a - 1, "wounded") || is(w, s, a - 1, "injured")))
                    quantity = "injured";
                else if (!w->w[vend].after && (is(w, s, j, "were") || is(w, s, j, "was")) &&
                         event_word(w, s, j + 1))
                    /* "40 were hurt", "12 were killed", "200 were evacuated" */
                    quantity = event_quantity[event_word(w, s, j + 1)];
                else {
                    int toll = 0;
                    for (size_t c = 0; c < a; c++)
                        toll |= is(w, s, c, "toll");
                    if (toll && a > 0 &&
                        (is(w, s, a - 1, "reached") || is(w, s, a - 1, "to") ||
                         is(w, s, a - 1, "at") || is(w, s, a - 1, "of") || is(w, s, a - 1, "was") ||
                         is(w, s, a - 1, "is")))
                        quantity = "deaths";
                }
            }
        }
        if (!quantity)
            continue;
        /* the words of the value itself: qualifier + number (+ multiplier) */
        size_t ve = mult != 1 ? w->w[j - 1].end : w->w[vend].end; /* the multiplier */
        if (!pct && is(w, s, j, "percent"))
            ve = w->w[j].end; /* "2.5 percent", as "45%" keeps its sign */
        else if (!pct && is(w, s, j, "per") && is(w, s, j + 1, "cent"))
            ve = w->w[j + 1].end;
        push(x, st, sent, s + w->w[a].start, ve - w->w[a].start, lo, hi, quantity);
        i = j - 1;
    }
}

static int cmp_fig(const void *pa, const void *pb)
{
    const fig *a = pa, *b = pb;
    int c = strcmp(a->quantity, b->quantity);
    if (c)
        return c;
    if (a->f.doc != b->f.doc)
        return a->f.doc < b->f.doc ? -1 : 1;
    return a->f.sent < b->f.sent ? -1 : a->f.sent > b->f.sent;
}

static int cmp_group(const void *pa, const void *pb)
{
    const pc_figgroup *a = pa, *b = pb;
    if (a->disagree != b->disagree)
        return b->disagree - a->disagree;
    if (a->ndocs != b->ndocs)
        return a->ndocs > b->ndocs ? -1 : 1;
    return strcmp(a->quantity, b->quantity);
}

precis_status pc_figures_extract(precis_digest *g)
{
    const precis_cluster *c = g->c;
    fctx x;
    memset(&x, 0, sizeof x);
    x.c = g->c;
    x.alc = g->alc;
    x.arena = &g->arena;
    pc_words w = {0};
    w.alc = g->alc;
    for (size_t i = 0; i < c->nsents && !x.oom; i++) {
        if (g->elsewhere[i])
            continue;
        if (pc_lex_split(&w, c->sents[i].text, c->sents[i].len)) {
            x.oom = 1;
            break;
        }
        x.w = &w;
        x.s = c->sents[i].text;
        x.lang = c->docs[c->sents[i].doc].lang;
        scan_sentence(&x, &c->sents[i], (uint32_t)i, &w);
    }
    pc_words_release(&w);
    precis_status st = PRECIS_ENOMEM;
    if (x.oom)
        goto done;
    if (x.n)
        qsort(x.v, x.n, sizeof *x.v, cmp_fig);
    pc_figgroup *grp = pc_arena_calloc(&g->arena, x.n + 1, sizeof *grp);
    if (!grp)
        goto done;
    size_t ng = 0;
    const fig **src = pc_arena_alloc(&g->arena, (x.n + 1) * sizeof *src);
    if (!src)
        goto done;
    for (size_t i = 0; i < x.n;) {
        size_t j = i;
        while (j < x.n && strcmp(x.v[j].quantity, x.v[i].quantity) == 0)
            j++;
        pc_figgroup *gr = &grp[ng];
        memset(gr, 0, sizeof *gr);
        gr->quantity = x.v[i].quantity;
        gr->v = pc_arena_alloc(&g->arena, (j - i) * sizeof *gr->v);
        if (!gr->v)
            goto done;
        size_t lastdoc = SIZE_MAX;
        for (size_t k = i; k < j && gr->n < GROUP_MAX; k++) {
            const pc_figure *f = &x.v[k].f;
            if (x.v[k].of_whole && counted(x.v[k].quantity))
                continue; /* "40 percent of the 38.5 million" is a share: kept */
            int dup = 0;  /* the same words twice in one document: once */
            for (size_t m = gr->n; m > 0 && gr->v[m - 1].doc == f->doc; m--)
                dup |= strcasecmp(gr->v[m - 1].text, f->text) == 0;
            if (dup)
                continue;
            src[gr->n] = &x.v[k];
            gr->v[gr->n++] = *f;
            if (f->doc != lastdoc) {
                gr->ndocs++;
                lastdoc = f->doc;
            }
        }
        /* Two documents disagree when one gives a value that none of the
         * other's values allows: a document that gives several values of
         * one quantity (the aid and the damage in dollars, the toll of
         * today and of last week) agrees with another that gives the same
         * ones, in any order.  Only values that may count the same thing
         * are compared (comparable): "40 kilometers west of Dili" says
         * nothing of "1,900 kilometers from Jakarta", and a group whose
         * documents give no such pair is not shown.  The values are in
         * document order. */
        int related = 0, unit = measured(gr->quantity);
        for (size_t a = 0; a < gr->n && !gr->disagree; a++) {
            for (size_t b0 = 0; b0 < gr->n && !gr->disagree;) {
                size_t b1 = b0;
                while (b1 < gr->n && gr->v[b1].doc == gr->v[b0].doc)
                    b1++;
                if (gr->v[b0].doc != gr->v[a].doc) {
                    int compared = 0, allowed = 0;
                    for (size_t b = b0; b < b1 && !allowed; b++) {
                        if (!comparable(src[a], src[b], unit) ||
                            !same_time(g, gr->v[a].doc, gr->v[b].doc))
                            continue;
                        compared = 1;
                        allowed = !pc_figures_disjoint(&gr->v[a], &gr->v[b]);
                    }
                    related |= compared;
                    gr->disagree = compared && !allowed;
                }
                b0 = b1;
            }
        }
        /* a quantity one source gives cannot disagree */
        if (gr->ndocs >= 2 && related)
            ng++;
        i = j;
    }
    qsort(grp, ng, sizeof *grp, cmp_group);
    g->groups = grp;
    g->ngroups = ng;
    st = PRECIS_OK;
done:
    pc_free(g->alc, x.v, x.cap * sizeof *x.v);
    return st;
}

/* A noun of people: the English ones the lexicon lists ("people",
 * "residents", "passengers") and those of other languages
 * (people_words). */
static int people_noun(const char *q)
{
    if (pc_lex_human_noun(q, strlen(q)))
        return 1;
    for (size_t k = 0; k < sizeof people_words / sizeof *people_words; k++)
        if (strcmp(q, people_words[k].word) == 0)
            return 1;
    return 0;
}

/* A counted thing, not a unit of measure, money or a percentage (units:
 * "percent", "dollars", "kilometers"), nor the digest's groups of them. */
static int counted(const char *q)
{
    for (size_t k = 0; units[k]; k++)
        if (strcmp(q, units[k]) == 0)
            return 0;
    return 1;
}

size_t pc_figures_in_words(const precis_cluster *c, const pc_sent *s, const pc_words *w,
                           pc_arena *a, pc_fig *out, size_t cap)
{
    fctx x;
    memset(&x, 0, sizeof x);
    x.c = c;
    x.alc = c->alc;
    x.arena = a;
    size_t n = 0;
    x.w = w;
    x.s = s->text;
    x.lang = c->docs[s->doc].lang;
    scan_sentence(&x, s, 0, w);
    for (size_t i = 0; i < x.n && n < cap && !x.oom; i++)
        if (counted(x.v[i].quantity))
            out[n++] = x.v[i];
    pc_free(c->alc, x.v, x.cap * sizeof *x.v);
    return x.oom ? SIZE_MAX : n;
}

size_t pc_figures_in(const precis_cluster *c, const pc_sent *s, pc_arena *a, pc_fig *out,
                     size_t cap)
{
    pc_words w = {0};
    w.alc = c->alc;
    size_t n =
        pc_lex_split(&w, s->text, s->len) ? SIZE_MAX : pc_figures_in_words(c, s, &w, a, out, cap);
    pc_words_release(&w);
    return n;
}

static int share(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (a[i] == b[j])
                return 1;
    return 0;
}

int pc_figures_same_thing(const pc_fig *a, const pc_fig *b)
{
    if (a->part || b->part)
        return 0;
    if (strcmp(a->quantity, b->quantity) && !people_noun(a->quantity) && !people_noun(b->quantity))
        return 0;
    if (a->nnames && b->nnames && !share(a->names, a->nnames, b->names, b->nnames))
        return 0;
    /* a group of the digest's events (deaths, the injured, the evacuated,
     * ...) says what was done to them: its word is no word of the context */
    for (size_t k = 1; k < sizeof event_quantity / sizeof *event_quantity; k++)
        if (!strcmp(a->quantity, event_quantity[k]) && !strcmp(b->quantity, event_quantity[k]))
            return 1;
    return share(a->ctx, a->nctx, b->ctx, b->nctx);
}
