/* The timeline: date expressions ("on Sunday", "last week", "in October",
 * "2013", "April 12, 2017") resolved against each document's date (calendar
 * arithmetic and the date parser are text/dates.c).  Linear in the text, plus
 * a sort of the events; merging compares events of the same date only, capped
 * at MERGE_WINDOW candidates each. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "digest/digest.h"
#include "digest/lex.h"
#include "lang/lang.h"
#include "model/cluster.h"
#include "text/dates.h"
#include "util/alloc.h"

#define MERGE_WINDOW 64

typedef struct scan {
    precis_digest *g;
    const pc_sent *s;
    const pc_lang *lang; /* of the sentence's document */
    uint32_t sent;
    pc_date ref;     /* the document's date (y == 0 when unknown) */
    pc_date ref2;    /* same, or the cluster's date: for the "elsewhere" flag */
    int undated_doc; /* the document gives no date: ref is the cluster's */
    int future;      /* the sentence speaks of what is to come */
    int open_quote;  /* the sentence starts inside a quote opened before it */
    pc_event *ev;
    size_t nev, cap;
    int oom;
} scan;

static int add_event(scan *x, size_t a, size_t b, int resolved, pc_date d, pc_prec p)
{
    precis_digest *g = x->g;
    /* One event per sentence: the finest date it gives ("on Sunday" over
     * "last week" over "in 2013"), the first of equals.  A sentence's
     * events are the last ones added. */
    pc_event *e;
    if (x->nev && x->ev[x->nev - 1].sent == x->sent) {
        e = &x->ev[x->nev - 1];
        if (!resolved || (e->resolved && e->prec <= p))
            return 0;
    } else {
        if (pc_array_reserve(g->alc, (void **)&x->ev, &x->cap, x->nev + 1, sizeof *x->ev)) {
            x->oom = 1;
            return -1;
        }
        e = &x->ev[x->nev++];
    }
    memset(e, 0, sizeof *e);
    e->doc = x->s->doc;
    e->sent = x->sent;
    e->expr = pc_arena_strndup(&g->arena, x->s->text + a, b - a);
    e->ea = a;
    e->eb = b;
    e->resolved = resolved;
    e->date = d;
    e->prec = p;
    if (!e->expr) {
        x->oom = 1;
        return -1;
    }
    return 0;
}

/* The year a month (and day) without a year falls in.  A day ("March 15",
 * "am 12. März") is in the year that puts it nearest the document's date,
 * within six months either way, a tie going to the past: a day named
 * without its year is within weeks of the story, often the next ones ("until
 * March 15" in a paper of 3 March is twelve days on, not a year back; "the
 * Nov. 3 elections" in October).  A month alone ("in March") is the last
 * such month, the document's own included: news reports what happened, and
 * "He bought the plant in March" in October is the March before (in DUC
 * 2003, seven of twelve months alone that the nearest rule would move were
 * in the past).  dir > 0 (the sentence speaks of the future, "next March")
 * takes the date on or after the document's, dir < 0 ("last November") the
 * one on or before it. */
static int infer_year(pc_date ref, int m, int d, int dir)
{
    int after = m > ref.m || (m == ref.m && d > ref.d);
    int before = m < ref.m || (m == ref.m && d && d < ref.d);
    if (dir > 0)
        return before ? ref.y + 1 : ref.y;
    if (dir < 0 || !d)
        return after ? ref.y - 1 : ref.y;
    long r = pc_date_days(ref.y, ref.m, ref.d), best = 0;
    int year = ref.y;
    for (int y = ref.y + 1; y >= ref.y - 1; y--) { /* ties: the earlier year */
        long dist = labs(pc_date_days(y, m, d) - r);
        if (y == ref.y + 1 || dist <= best) {
            best = dist;
            year = y;
        }
    }
    return year;
}

static void flag_elsewhere(scan *x, pc_date d, pc_prec p, int resolved)
{
    if (!x->ref2.y || !resolved) {
        x->g->elsewhere[x->sent] = 1;
        return;
    }
    if (p == PC_PREC_YEAR ? d.y != x->ref2.y
                          : (d.y != x->ref2.y || d.m != x->ref2.m) &&
                                labs(pc_date_days(d.y, d.m, d.d ? d.d : 1) -
                                     pc_date_days(x->ref2.y, x->ref2.m, x->ref2.d)) > 31)
        x->g->elsewhere[x->sent] = 1;
}

static int word_is_num(const char *s, const pc_word *w, long lo, long hi, long *v)
{
    size_t n = pc_date_digits(s, w->end, w->start, v);
    return n > 0 && n == w->end - w->start && *v >= lo && *v <= hi;
}

static const char *const future_cues[] = {"will",  "set", "scheduled", "expected",
                                          "plans", "due", "upcoming",  "tomorrow"};
/* Words of intention that speak of the future when "to" and a verb follow
 * ("hopes to sign", "are to meet", "is planning to rule", "is going to
 * vote"); participles only after a present "is"/"are" ("was planning to"
 * tells a past plan); no word that is also a noun ("a plan to rebuild"). */
static const char *const intent_cues[] = {"hopes", "intend", "intends", "aims", "is", "are", "am"};
static const char *const intent_participles[] = {"planning", "hoping", "intending", "aiming",
                                                 "going"};
/* Words after "is to" that are no verb ("is to blame", "going to the polls"). */
static const char *const not_verbs[] = {"the",  "a",     "an",    "his",   "her",
                                        "its",  "their", "our",   "my",    "your",
                                        "this", "that",  "these", "those", "blame"};
static const char *const month_preps[] = {"in",      "since", "until",  "by",   "from",   "early",
                                          "late",    "mid",   "last",   "next", "of",     "through",
                                          "between", "and",   "during", "this", "before", "after"};

static void scan_words(scan *x, pc_words *w, const uint8_t *inq);

/* Whether word j is "of" and word j + 1 a year, word j - 1 (a month or
 * its day) not ending a clause: English writes a month's year so too
 * ("in March of 2025", "on March 3 of 2025").  Read as a month alone, the
 * month took the year of the story, a wrong year. */
static int of_year(const pc_words *w, const char *s, size_t j, long *yy)
{
    return j > 0 && j + 1 < w->n && !w->w[j - 1].after && !w->w[j].after &&
           pc_lex_is(w, s, j, "of") && word_is_num(s, &w->w[j + 1], 1000, 2999, yy);
}

/* Whether word i, in lower case, is an English month all the same: the
 * year follows it, its day between or not, "of" before the year or not
 * ("oct. 5, 2018", "june 2009", "march of 2014", as text in lower case
 * writes dates).  A month alone in lower case is left: "may" and "march"
 * are verbs, but no verb is followed by a day and a year or by a year. */
static int lower_month(const pc_words *w, const char *s, size_t i)
{
    long v;
    const pc_word *t = &w->w[i];
    /* the digit first: most words in lower case are followed by none */
    if (i + 1 >= w->n)
        return 0;
    char c = s[w->w[i + 1].start];
    if ((c < '0' || c > '9') && c != 'o')
        return 0;
    if (!pc_lex_month(s + t->start, t->end - t->start))
        return 0;
    if (c == 'o')
        return of_year(w, s, i + 1, &v);
    if (word_is_num(s, &w->w[i + 1], 1000, 2999, &v))
        return 1;
    return i + 2 < w->n && word_is_num(s, &w->w[i + 1], 1, 31, &v) &&
           word_is_num(s, &w->w[i + 2], 1000, 2999, &v);
}

/* Whether the month at word i is a deadline: after "by", also "by the end
 * of", "by the middle of", "by early", "by late" ("must leave by the end
 * of January").  News sets a limit within weeks of the story, before or
 * after it (a plan's "by January" in November, a count "by January" in
 * March), so its year is the nearest, not the past's that a month alone
 * takes (session 35 left d30010's "another 13 percent of the West Bank by
 * the end of January", written in November, a year back). */
static int deadline(const pc_words *w, const char *s, size_t i)
{
    if (i >= 1 && pc_lex_is(w, s, i - 1, "by"))
        return 1;
    if (i >= 2 && pc_lex_is(w, s, i - 2, "by") &&
        (pc_lex_is(w, s, i - 1, "early") || pc_lex_is(w, s, i - 1, "late") ||
         pc_lex_is(w, s, i - 1, "mid")))
        return 1;
    return i >= 4 && pc_lex_is(w, s, i - 1, "of") && pc_lex_is(w, s, i - 3, "the") &&
           pc_lex_is(w, s, i - 4, "by") &&
           (pc_lex_is(w, s, i - 2, "end") || pc_lex_is(w, s, i - 2, "middle") ||
            pc_lex_is(w, s, i - 2, "beginning") || pc_lex_is(w, s, i - 2, "start"));
}

/* Is word i a function word of the document's language ("de", "del",
 * "en", "im"): what stands between a day, its month and its year, or
 * before a month, in languages other than English. */
static int function_word(const scan *x, const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    char low[16];
    size_t n = t->end - t->start;
    if (n >= sizeof low)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[t->start + k];
        low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return pc_lang_is_stopword(x->lang, low, n);
}

static int is_any(const pc_words *w, const char *s, size_t i, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (pc_lex_is(w, s, i, list[k]))
            return 1;
    return 0;
}

/* A sentence that reports something: a whole sentence (it opens with a
 * capital, a digit or an opening quote, not with the tail of a quote such
 * as `No," Trump said`), of at least three words, not a question. */
static int reports_event(const scan *x, const pc_words *w, const char *s, size_t len)
{
    /* a fragment of one or two words reports nothing; Chinese and Japanese
     * write a sentence as one white-space word, and their sentence's words
     * are counted as the analyser counts them (session 35: before, no
     * sentence of theirs ever reached the timeline) */
    if (w->n < 3 && !((x->lang->seg & PC_SEG_NO_SPACES) && x->s->words >= 3))
        return 0;
    unsigned char c0 = (unsigned char)s[w->w[0].raw_start];
    utf8proc_int32_t cp = 0;
    if (c0 >= 0x80)
        utf8proc_iterate((const utf8proc_uint8_t *)s + w->w[0].start,
                         (utf8proc_ssize_t)(len - w->w[0].start), &cp);
    int caseless = cp && utf8proc_category(cp) == UTF8PROC_CATEGORY_LO; /* ar, he, hi, zh */
    if (!(w->w[0].cap || caseless || (c0 >= '0' && c0 <= '9') || w->w[0].before))
        return 0;
    for (size_t i = 0; i < 3 && i < w->n && !w->w[0].before; i++)
        for (size_t k = w->w[i].end; k < w->w[i].raw_end; k++)
            if (s[k] == '"' || (s[k] == '\'' && k + 1 < w->w[i].raw_end && s[k + 1] == '\'') ||
                (k + 2 < w->w[i].raw_end + 1 && (unsigned char)s[k] == 0xE2 &&
                 (unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x9D))
                return 0; /* the end of a quote that began in an earlier sentence */
    while (len && (s[len - 1] == ' ' || s[len - 1] == '"' || s[len - 1] == '\''))
        len--;
    return !(len && s[len - 1] == '?');
}

/* A closing quote mark after the word, also behind its punctuation
 * (`sources,"`, `sources,''`, `sources,”`): the quote ends there. */
static int closes_quote(const pc_word *t, const char *s)
{
    for (size_t k = t->end; k < t->raw_end; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '"' || (c == '\'' && k + 1 < t->raw_end && s[k + 1] == '\'') ||
            (c == 0xE2 && k + 2 < t->raw_end && (unsigned char)s[k + 1] == 0x80 &&
             (unsigned char)s[k + 2] == 0x9D))
            return 1;
    }
    return 0;
}

static void scan_sentence(scan *x, pc_words *w)
{
    const char *s = x->s->text;
    x->future = 0;
    if (!reports_event(x, w, s, x->s->len))
        return;
    /* words inside quotes are what someone said, not when it happened */
    uint8_t inq_small[256];
    uint8_t *inq = w->n <= sizeof inq_small ? inq_small : pc_malloc(x->g->alc, w->n);
    if (!inq) {
        x->oom = 1;
        return;
    }
    int q = x->open_quote;
    for (size_t i = 0; i < w->n; i++) {
        /* a straight quote standing alone between two words opens a quote
         * or closes the open one (`the movie " 2012. "`: text whose quote
         * marks were spaced off their words) */
        for (size_t k = i ? w->w[i - 1].raw_end : 0; k < w->w[i].raw_start; k++)
            if (s[k] == '"' && (k == 0 || s[k - 1] == ' ') && (s[k + 1] == ' ' || s[k + 1] == '\n'))
                q = !q;
        if (w->w[i].before)
            q = 1;
        inq[i] = (uint8_t)q;
        if (closes_quote(&w->w[i], s))
            q = 0;
    }
    scan_words(x, w, inq);
    if (inq != inq_small)
        pc_free(x->g->alc, inq, w->n);
}

/* Word i is a cue of the future: "will", "scheduled", ..., or a word of
 * intention followed by "to" and a verb ("are to meet", "is to be signed",
 * "is planning to rule"; not "is to blame", "was planning to"). */
static int future_cue(const pc_words *w, const char *s, size_t i)
{
    if (is_any(w, s, i, future_cues, sizeof future_cues / sizeof *future_cues))
        return 1;
    /* a present plan is of what is to come, whatever follows it: "Garzon
     * is planning on Monday to send", "Masses are planned for Thursday",
     * "Thursday's planned ceremonies"; "was planned" is a past one */
    if (i > 0 && (pc_lex_is(w, s, i, "planning") || pc_lex_is(w, s, i, "planned")) &&
        (pc_lex_is(w, s, i - 1, "is") || pc_lex_is(w, s, i - 1, "are") ||
         pc_lex_is(w, s, i - 1, "am") || w->w[i - 1].poss))
        return 1;
    if (i + 2 >= w->n || w->w[i].after || !pc_lex_is(w, s, i + 1, "to") || w->w[i + 1].after ||
        w->w[i + 2].cap || is_any(w, s, i + 2, not_verbs, sizeof not_verbs / sizeof *not_verbs))
        return 0;
    if (is_any(w, s, i, intent_cues, sizeof intent_cues / sizeof *intent_cues))
        return 1;
    return i > 0 &&
           is_any(w, s, i, intent_participles,
                  sizeof intent_participles / sizeof *intent_participles) &&
           (pc_lex_is(w, s, i - 1, "is") || pc_lex_is(w, s, i - 1, "are") ||
            pc_lex_is(w, s, i - 1, "am") || w->w[i - 1].poss); /* "he's planning" */
}

/* Word i names a month: in English with a capital, in the document's
 * language in any case. */
static int month_word(const scan *x, const pc_words *w, const char *s, size_t i)
{
    const pc_word *t = &w->w[i];
    return (t->cap && pc_lex_month(s + t->start, t->end - t->start)) ||
           pc_lang_month(x->lang, s + t->start, t->end - t->start);
}

/* The index of the month of a date written right after weekday i, a comma
 * or an article between ("Wednesday, March 12", "Mittwoch, dem 12. März",
 * "mercredi 12 mars", "el miércoles, 12 de marzo"), or 0 when none: the
 * weekday is part of that date, which says the day even when the weekday
 * disagrees with it. */
static size_t weekday_date(const scan *x, const pc_words *w, const char *s, size_t i)
{
    long v;
    size_t j = i + 1;
    if (w->w[i].after && w->w[i].after != ',')
        return 0;
    if (j + 1 < w->n && !w->w[j].after && !month_word(x, w, s, j) &&
        !word_is_num(s, &w->w[j], 1, 31, &v) && function_word(x, w, s, j))
        j++; /* "the", "dem", "le", "el" */
    if (j + 1 >= w->n)
        return 0;
    if (month_word(x, w, s, j) && word_is_num(s, &w->w[j + 1], 1, 31, &v))
        return j; /* "March 12" */
    if (!word_is_num(s, &w->w[j], 1, 31, &v) || (w->w[j].after && w->w[j].after != '.'))
        return 0;
    if (month_word(x, w, s, j + 1))
        return j + 1; /* "12 mars", "12. März" */
    if (j + 2 < w->n && !w->w[j + 1].after && function_word(x, w, s, j + 1) &&
        month_word(x, w, s, j + 2))
        return j + 2; /* "12 de marzo" */
    return 0;
}

/* Word t of s case folded, without punctuation, into buf[0..cap); its
 * length, 0 when it does not fit or is not UTF-8. */
static size_t fold_word(const char *s, const pc_word *t, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = t->start; i < t->end;) {
        utf8proc_int32_t cp, out[4];
        utf8proc_ssize_t n =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(t->end - i), &cp);
        if (n <= 0)
            return 0;
        i += (size_t)n;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO)
            continue; /* a mark the splitter left on the word: "करेंगे।" */
        int bc = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, out, 4, UTF8PROC_CASEFOLD, &bc);
        if (m <= 0 || m > 4)
            return 0;
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            if (k + 4 >= cap)
                return 0;
            k += (size_t)utf8proc_encode_char(out[j], (utf8proc_uint8_t *)buf + k);
        }
    }
    return k;
}

/* Letters (code points) of s[0..n). */
static size_t letters(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Word i is a cue of the future in the document's language other than
 * English (lang.h: the profile's future_words, _stems, _endings and
 * _prefixes). */
static int lang_future_cue(const scan *x, const pc_words *w, const char *s, size_t i)
{
    const pc_lang *l = x->lang;
    if (!l->future_words && !l->future_stems && !l->future_endings && !l->future_prefixes)
        return 0;
    char f[96];
    size_t n = fold_word(s, &w->w[i], f, sizeof f);
    if (!n)
        return 0;
    for (const char *const *p = l->future_words; p && *p; p++)
        if (strlen(*p) == n && !memcmp(*p, f, n))
            return 1;
    for (const char *const *p = l->future_stems; p && *p; p++)
        if (strlen(*p) < n && !memcmp(*p, f, strlen(*p)))
            return 1;
    for (const char *const *p = l->future_endings; p && *p && !w->w[i].cap; p++) {
        size_t e = strlen(*p);
        if (e < n && !memcmp(*p, f + n - e, e) && letters(f, n - e) >= 2)
            return 1;
    }
    /* "ة" ends a noun; "ا" after "سي" begins one ("سيارة", "سياسة") */
    if (n >= 2 && !memcmp(f + n - 2, "\xD8\xA9", 2))
        return 0;
    for (const char *const *p = l->future_prefixes; p && *p; p++) {
        size_t e = strlen(*p);
        if (e < n && !memcmp(*p, f, e) && letters(f + e, n - e) >= 2 &&
            memcmp(f + e, "\xD8\xA7", 2) != 0)
            return 1;
    }
    return 0;
}

/* Word k ends with e (folded into f[0..n)) after at least two letters. */
static int ends(const char *f, size_t n, const char *e)
{
    size_t l = strlen(e);
    return l < n && memcmp(f + n - l, e, l) == 0 && letters(f, n - l) >= 2;
}

/* The tense that word k's ending tells in a language with a `tense`
 * profile (lang.h): 1 present, -1 past, 0 none (no verb, or a capitalised
 * word inside the sentence: a name). */
static int word_tense(const pc_lang_tense *t, const pc_words *w, const char *s, size_t k)
{
    char f[96];
    size_t n = w->w[k].cap && k > 0 ? 0 : fold_word(s, &w->w[k], f, sizeof f);
    if (!n)
        return 0;
    for (const char *const *p = t->past; *p; p++) {
        if (!ends(f, n, *p))
            continue;
        /* the letter before the ending, back to its first byte */
        size_t e = n - strlen(*p), b = e;
        do
            b--;
        while (b > 0 && ((unsigned char)f[b] & 0xC0) == 0x80);
        char c[5] = {0};
        memcpy(c, f + b, e - b < 4 ? e - b : 4);
        if (strstr(t->past_after, c))
            return -1;
    }
    for (const char *const *p = t->present; *p; p++)
        if (ends(f, n, *p))
            return 1;
    return 0;
}

/* The tense of the verb nearest to words a..b on one side of them (dir -1
 * before, 1 after) within their clause (up to punctuation); *joined tells
 * whether a join ("и", "а") stands between. */
static int side_tense(const pc_lang_tense *t, const pc_words *w, const char *s, size_t a, size_t b,
                      int dir, int *joined)
{
    *joined = 0;
    for (size_t k = dir < 0 ? a : b; dir < 0 ? k > 0 : k + 1 < w->n;) {
        if (w->w[dir < 0 ? k - 1 : k].after)
            return 0;
        k = dir < 0 ? k - 1 : k + 1;
        int join = 0;
        for (const char *const *p = t->joins; *p && !join; p++)
            join = pc_lex_is(w, s, k, *p);
        *joined |= join;
        int tense = join ? 0 : word_tense(t, w, s, k);
        if (tense)
            return tense;
    }
    return 0;
}

/* The date expression at words a..b is to come by the verb nearest to it
 * in its clause: a Slavic perfective in the present form ("посетит во
 * вторник", "во вторник президент посетит Китай"), not a past ("посетил",
 * "был"); the form of a perfective present alone cannot tell a future
 * from a present (lang.h, pc_lang_tense).  A verb past a join ("и", "а")
 * counts only when the other side has one nearer ("прилетел в понедельник
 * и проведёт переговоры во вторник": Monday past, Tuesday to come); of two
 * at the same remove a past wins, as every weekday did before. */
static int clause_future(const scan *x, const pc_words *w, const char *s, size_t a, size_t b)
{
    const pc_lang_tense *t = x->lang->tense;
    if (!t)
        return 0;
    int jl, jr;
    int l = side_tense(t, w, s, a, b, -1, &jl), r = side_tense(t, w, s, a, b, 1, &jr);
    if (l && r && jl != jr)
        return (jl ? r : l) > 0;
    if (l && r)
        return l > 0 && r > 0;
    return l + r > 0;
}

/* The unit after a number in a date of Chinese, Japanese or Korean: 年 /
 * 년 (year) 1, 月 / 월 (month) 2, 日 / 号 / 일 (day) 3, or 0; *n its
 * length in bytes. */
static int cjk_date_unit(const char *s, size_t len, size_t p, size_t *n)
{
    static const struct {
        const char *u;
        int kind;
    } units[] = {{"\xE5\xB9\xB4", 1}, {"\xEB\x85\x84", 1}, {"\xE6\x9C\x88", 2}, {"\xEC\x9B\x94", 2},
                 {"\xE6\x97\xA5", 3}, {"\xE5\x8F\xB7", 3}, {"\xEC\x9D\xBC", 3}};
    *n = 3;
    if (p + 3 > len)
        return 0;
    for (size_t k = 0; k < sizeof units / sizeof *units; k++)
        if (memcmp(s + p, units[k].u, 3) == 0)
            return units[k].kind;
    return 0;
}

/* A date written with units at s[p], a digit: Chinese and Japanese
 * "2025年3月3日", "3月3日", Korean "2025년 3월 3일" (a space may follow
 * each unit).  The units come in order, year, month, day; a year alone
 * (1900 to 2099), a year and a month, or a month and a day make a date.
 * Returns the end of the expression, 0 if none (session 35: before, these
 * dates of three of the profiles' languages never reached the timeline). */
static size_t cjk_date_at(const char *s, size_t len, size_t p, pc_date *d, pc_prec *prec)
{
    int got[4] = {0}, last = 0;
    size_t end = 0;
    for (;;) {
        size_t q = p;
        long v = 0;
        while (q < len && q - p < 4 && s[q] >= '0' && s[q] <= '9')
            v = v * 10 + (s[q++] - '0');
        size_t un;
        int kind =
            q > p && (q >= len || s[q] < '0' || s[q] > '9') ? cjk_date_unit(s, len, q, &un) : 0;
        if (kind <= last || (kind == 1 && (v < 1900 || v > 2099)) ||
            (kind == 2 && (v < 1 || v > 12)) || (kind == 3 && (v < 1 || v > 31)) ||
            (kind == 3 && last != 2))
            break;
        got[kind] = (int)v;
        last = kind;
        end = q + un;
        p = end;
        while (p < len && s[p] == ' ')
            p++;
    }
    if (!got[2] && !(got[1] && !got[3]))
        return 0;
    if (!got[1] && !got[3])
        return 0; /* a month alone: "3월" may count months */
    *d = (pc_date){got[1], got[2], got[3]};
    *prec = got[3] ? PC_PREC_DAY : got[2] ? PC_PREC_MONTH : PC_PREC_YEAR;
    return end;
}

static void scan_words(scan *x, pc_words *w, const uint8_t *inq)
{
    const char *s = x->s->text;
    for (size_t i = 0; i < w->n && !x->future; i++)
        if (future_cue(w, s, i) || lang_future_cue(x, w, s, i))
            x->future = 1;
    pc_date ref = x->ref;
    /* a weekday that opens a date: where the date's month is, and where
     * its expression starts ("On Wednesday, March 12, 2031") */
    size_t wd_month = SIZE_MAX, wd_start = 0;
    for (size_t i = 0; i < w->n && !x->oom; i++) {
        if (inq[i])
            continue;
        const pc_word *t = &w->w[i];
        const char *ws = s + t->start;
        size_t wl = t->end - t->start;
        long v, dd, yy;
        /* dates with units, in a word of Han or Hangul ("2025年3月3日に",
         * "2025년"): from each digit that opens a number */
        if (t->end > t->start && (unsigned char)s[t->end - 1] >= 0x80) {
            size_t ce = 0, last_end = 0;
            for (size_t dp = t->start; dp < t->end; dp++) {
                if (s[dp] < '0' || s[dp] > '9' ||
                    (dp > t->start && s[dp - 1] >= '0' && s[dp - 1] <= '9'))
                    continue;
                pc_date cd;
                pc_prec cp;
                if (!(ce = cjk_date_at(s, x->s->len, dp, &cd, &cp)))
                    continue;
                int resolved = cd.y != 0;
                if (!cd.y && ref.y) {
                    cd.y = infer_year(ref, cd.m, cd.d, x->future);
                    resolved = 1;
                }
                if (!(cd.d && cd.y && !pc_date_valid(cd.y, cd.m, cd.d))) {
                    flag_elsewhere(x, cd, cp, resolved);
                    add_event(x, dp, ce, resolved, cd, cp);
                }
                last_end = ce;
                dp = ce - 1;
            }
            if (last_end) {
                while (i + 1 < w->n && w->w[i + 1].start < last_end)
                    i++;
                continue;
            }
        }
        int mo = t->cap || lower_month(w, s, i) ? pc_lex_month(ws, wl) : 0;
        /* other languages: the month names of the document's language, in
         * any case ("3 mars 2031", "3. März", "3 марта", "3 de marzo de") */
        int other = !mo && (mo = pc_lang_month(x->lang, ws, wl)) != 0;
        if (mo) {
            size_t a = t->start, b = t->end, j = i + 1;
            int day = 0, year = 0;
            if (j < w->n && word_is_num(s, &w->w[j], 1, 31, &dd)) {
                day = (int)dd;
                b = w->w[j].end;
                j++;
            } else if (i > 0 && word_is_num(s, &w->w[i - 1], 1, 31, &dd)) {
                day = (int)dd;
                a = w->w[i - 1].start;
            } else if (other && i > 1 && function_word(x, w, s, i - 1) &&
                       word_is_num(s, &w->w[i - 2], 1, 31, &dd)) {
                day = (int)dd;
                a = w->w[i - 2].start;
            }
            if (j < w->n && word_is_num(s, &w->w[j], 1000, 2999, &yy)) {
                year = (int)yy;
                b = w->w[j].end;
                j++;
            } else if (!other && of_year(w, s, j, &yy)) {
                year = (int)yy; /* "in March of 2025" */
                b = w->w[j + 1].end;
                j += 2;
            } else if (other && j + 1 < w->n && !w->w[j - 1].after && function_word(x, w, s, j) &&
                       word_is_num(s, &w->w[j + 1], 1000, 2999, &yy)) {
                year = (int)yy;
                b = w->w[j + 1].end;
                j += 2;
            }
            int prep =
                i > 0 && is_any(w, s, i - 1, month_preps, sizeof month_preps / sizeof *month_preps);
            if (other && i > 0)
                prep = function_word(x, w, s, i - 1); /* "en mars", "im März" */
            if (!day && !year && !prep)
                continue; /* "Theresa May", "March" as a verb, ... */
            if (prep && !day && !pc_lex_is(w, s, i - 1, "and"))
                a = w->w[i - 1].start;
            if (i == wd_month)
                a = wd_start;
            pc_prec p = day ? PC_PREC_DAY : PC_PREC_MONTH;
            pc_date d = {year, mo, day};
            int resolved = year != 0;
            /* "last November" is past, "next March" to come, whatever
             * else the sentence says */
            int dir = i > 0 && pc_lex_is(w, s, i - 1, "last")   ? -1
                      : i > 0 && pc_lex_is(w, s, i - 1, "next") ? 1
                                                                : x->future;
            if (!dir && !year)
                dir = clause_future(x, w, s, i, j - 1);
            /* a deadline's month alone is the nearest such month, by its
             * middle day, before or after */
            int dday = !dir && !day && !year && deadline(w, s, i) ? 15 : day;
            if (!year && ref.y) {
                d.y = infer_year(ref, mo, dday, dir);
                resolved = 1;
            }
            if (day && d.y && !pc_date_valid(d.y, mo, day))
                continue;
            pc_date d2 = d;
            if (!year && !ref.y && x->ref2.y)
                d2.y = infer_year(x->ref2, mo, dday, dir);
            flag_elsewhere(x, d2, p, d2.y != 0);
            add_event(x, a, b, resolved, d, p);
            i = j - 1;
            continue;
        }
        if (word_is_num(s, t, 1900, 2099, &v) && t->before != '"') {
            /* a year, unless it counts something ("2000 people") or is money */
            if (t->start > 0 && s[t->start - 1] == '$')
                continue;
            int prep =
                i > 0 && is_any(w, s, i - 1, month_preps, sizeof month_preps / sizeof *month_preps);
            if (!prep && i + 1 < w->n && !t->after && !w->w[i + 1].cap) {
                const pc_word *nx = &w->w[i + 1];
                if (s[nx->end - 1] == 's' || pc_lex_is(w, s, i + 1, "people"))
                    continue; /* "2000 people", "1950 troops" */
            }
            size_t a = t->start;
            if (i > 0 && is_any(w, s, i - 1, month_preps, sizeof month_preps / sizeof *month_preps))
                a = w->w[i - 1].start;
            pc_date d = {(int)v, 0, 0};
            flag_elsewhere(x, d, PC_PREC_YEAR, 1);
            add_event(x, a, t->end, 1, d, PC_PREC_YEAR);
            continue;
        }
        pc_date iso;
        if (wl == 10 && pc_date_parse(ws, wl, &iso)) {
            flag_elsewhere(x, iso, PC_PREC_DAY, 1);
            add_event(x, t->start, t->end, 1, iso, PC_PREC_DAY);
            continue;
        }
        int wd = t->cap ? pc_lex_weekday(ws, wl) : -1;
        if (wd < 0)
            wd = pc_lang_weekday(x->lang, ws, wl); /* "samedi", "в субботу" */
        /* a name of two words: "ביום ראשון" ("on Sunday") */
        size_t we = i; /* the weekday's last word */
        if (wd < 0 && i + 1 < w->n && !t->after) {
            const pc_word *t2 = &w->w[i + 1];
            wd = pc_lang_weekday2(x->lang, ws, wl, s + t2->start, t2->end - t2->start);
            if (wd >= 0)
                we = i + 1;
        }
        if (wd >= 0) {
            size_t a = t->start, b = w->w[we].end, f = i; /* its first word */
            i = we;
            int last = 0, next = 0;
            if (f > 0 && (pc_lex_is(w, s, f - 1, "on") || pc_lex_is(w, s, f - 1, "last") ||
                          pc_lex_is(w, s, f - 1, "next") || pc_lex_is(w, s, f - 1, "this") ||
                          pc_lex_is(w, s, f - 1, "since") || pc_lex_is(w, s, f - 1, "until") ||
                          pc_lex_is(w, s, f - 1, "by"))) {
                a = w->w[f - 1].start;
                last = pc_lex_is(w, s, f - 1, "last");
                next = pc_lex_is(w, s, f - 1, "next");
            }
            size_t mj = weekday_date(x, w, s, i);
            if (mj) {
                wd_month = mj;
                wd_start = a;
                continue;
            }
            if (i + 1 < w->n && !w->w[i].after &&
                (pc_lex_is(w, s, i + 1, "morning") || pc_lex_is(w, s, i + 1, "afternoon") ||
                 pc_lex_is(w, s, i + 1, "evening") || pc_lex_is(w, s, i + 1, "night"))) {
                b = w->w[i + 1].end;
                i++;
            }
            if (!ref.y) {
                add_event(x, a, b, 0, (pc_date){0, 0, 0}, PC_PREC_DAY);
                continue;
            }
            int rw = pc_date_weekday(ref);
            int delta;
            if (x->undated_doc && !next && !last) {
                /* the cluster's date is not the document's: the day of
                 * that name nearest to it, before or after (a reaction
                 * "on Thursday" to Tuesday's collapse was the Thursday
                 * before) */
                delta = (wd - rw + 7) % 7;
                if (delta > 3)
                    delta -= 7;
            } else if (next || ((x->future || clause_future(x, w, s, f, we)) && !last)) {
                delta = (wd - rw + 7) % 7;
                if (next && delta == 0)
                    delta = 7;
            } else {
                delta = -((rw - wd + 7) % 7);
                if (last && delta == 0)
                    delta = -7;
            }
            add_event(x, a, b, 1, pc_date_add(ref, delta), PC_PREC_DAY);
            continue;
        }
        /* today, yesterday, tomorrow; last/this/next week, month, year */
        int off = 99;
        if (pc_lex_eq(ws, 0, wl, "today") || pc_lex_eq(ws, 0, wl, "tonight"))
            off = 0;
        else if (pc_lex_eq(ws, 0, wl, "yesterday"))
            off = -1;
        else if (pc_lex_eq(ws, 0, wl, "tomorrow"))
            off = 1;
        if (off != 99) {
            if (ref.y)
                add_event(x, t->start, t->end, 1, pc_date_add(ref, off), PC_PREC_DAY);
            else
                add_event(x, t->start, t->end, 0, (pc_date){0, 0, 0}, PC_PREC_DAY);
            continue;
        }
        int rel = pc_lex_eq(ws, 0, wl, "last")   ? -1
                  : pc_lex_eq(ws, 0, wl, "this") ? 0
                  : pc_lex_eq(ws, 0, wl, "next") ? 1
                                                 : 99;
        if (rel != 99 && i + 1 < w->n && !t->after && !t->before && !(t->cap && i > 0)) {
            /* not ABC's “This Week”: a capital mid-sentence is a name */
            pc_prec p;
            if (pc_lex_is(w, s, i + 1, "week"))
                p = PC_PREC_WEEK;
            else if (pc_lex_is(w, s, i + 1, "month"))
                p = PC_PREC_MONTH;
            else if (pc_lex_is(w, s, i + 1, "year"))
                p = PC_PREC_YEAR;
            else
                continue;
            size_t a = t->start, b = w->w[i + 1].end;
            if (i > 0 && pc_lex_is(w, s, i - 1, "earlier"))
                a = w->w[i - 1].start;
            i++;
            if (!ref.y) {
                add_event(x, a, b, 0, (pc_date){0, 0, 0}, p);
                continue;
            }
            pc_date d = ref;
            if (p == PC_PREC_WEEK) {
                d = pc_date_add(ref, -pc_date_weekday(ref) + 7 * rel);
            } else if (p == PC_PREC_MONTH) {
                int mm = ref.m + rel;
                d.y = ref.y + (mm < 1 ? -1 : mm > 12 ? 1 : 0);
                d.m = mm < 1 ? 12 : mm > 12 ? 1 : mm;
                d.d = 1;
            } else {
                d.y = ref.y + rel;
                d.m = 1;
                d.d = 1;
            }
            add_event(x, a, b, 1, d, p);
        }
    }
}

static long event_key(const pc_event *e)
{
    return pc_date_days(e->date.y, e->date.m ? e->date.m : 1, e->date.d ? e->date.d : 1);
}

static int cmp_event(const void *pa, const void *pb)
{
    const pc_event *a = pa, *b = pb;
    if (a->resolved != b->resolved)
        return b->resolved - a->resolved;
    if (a->resolved) {
        long ka = event_key(a), kb = event_key(b);
        if (ka != kb)
            return ka < kb ? -1 : 1;
        if (a->prec != b->prec) /* the coarser period first */
            return a->prec > b->prec ? -1 : 1;
    }
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    if (a->sent != b->sent)
        return a->sent < b->sent ? -1 : 1;
    return 0;
}

static int same_date(const pc_event *a, const pc_event *b)
{
    return a->resolved && b->resolved && a->prec == b->prec && a->date.y == b->date.y &&
           a->date.m == b->date.m && a->date.d == b->date.d;
}

/* 1 when a line feed separates sentence i from the one before it. */
static int paragraph_break(const precis_cluster *c, size_t i)
{
    const pc_sent *p = &c->sents[i - 1], *s = &c->sents[i];
    const pc_doc *d = &c->docs[s->doc];
    for (size_t k = p->end; k < s->start && k < d->len; k++)
        if (d->text[k] == '\n')
            return 1;
    return 0;
}

/* Whether a quote is open at the end of s, given whether one was at its
 * start: curly marks open and close, as do newswire `` and ''; a straight
 * one opens after a space, and one standing alone between spaces opens or
 * closes. */
static int quote_open_after(const char *s, size_t len, int open)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"' && (i == 0 || s[i - 1] == ' ') && (i + 1 == len || s[i + 1] == ' '))
            open = !open; /* standing alone: `the movie " 2012. "` */
        else if (s[i] == '"')
            open = (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') ? 1 : 0;
        else if (i + 1 < len && s[i] == '`' && s[i + 1] == '`')
            open = 1;
        else if (i + 1 < len && s[i] == '\'' && s[i + 1] == '\'' && open)
            open = 0;
        else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
            if ((unsigned char)s[i + 2] == 0x9C)
                open = 1;
            else if ((unsigned char)s[i + 2] == 0x9D)
                open = 0;
        }
    }
    return open;
}

#define NEAR_BYTES 40 /* about six words either side of a date expression */

/* Content hashes of s[a..b) without verbs of saying (the words at the cut
 * ends may be partial: they rarely match anything). */
static size_t near_words(precis_digest *g, const char *s, size_t a, size_t b, uint32_t **out)
{
    size_t n = pc_content_hashes(&g->arena, s + a, b - a, out);
    if (n == SIZE_MAX)
        return n;
    uint32_t *h = *out;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int speech = 0;
        static const char *const say[] = {"said", "says", "told", "announced", "added", "stated"};
        for (size_t j = 0; j < sizeof say / sizeof *say; j++) {
            uint32_t sh = 2166136261u;
            for (const char *p = say[j]; *p; p++)
                sh = (sh ^ (unsigned char)*p) * 16777619u;
            speech |= sh == h[i];
        }
        if (!speech)
            h[k++] = h[i];
    }
    return k;
}

precis_status pc_dates_extract(precis_digest *g)
{
    const precis_cluster *c = g->c;
    scan x;
    memset(&x, 0, sizeof x);
    x.g = g;
    pc_words w = {0};
    w.alc = g->alc;
    int open_q = 0;
    for (size_t i = 0; i < c->nsents && !x.oom; i++) {
        x.s = &c->sents[i];
        x.lang = c->docs[x.s->doc].lang;
        x.sent = (uint32_t)i;
        /* relative dates: against the document's date, else the cluster's */
        x.ref2 = g->docdate[x.s->doc].y ? g->docdate[x.s->doc] : g->refdate;
        x.ref = x.ref2;
        x.undated_doc = g->docdate[x.s->doc].y == 0;
        if (pc_lex_split(&w, x.s->text, x.s->len)) {
            x.oom = 1;
            break;
        }
        /* a quote left open by the previous sentence of the paragraph */
        if (i == 0 || c->sents[i - 1].doc != x.s->doc || paragraph_break(c, i))
            open_q = 0;
        x.open_quote = open_q;
        /* page furniture (a photo caption, a credit, a stamp) dates its
         * picture or its page, not an event of the story */
        if (!x.s->furniture)
            scan_sentence(&x, &w);
        open_q = quote_open_after(x.s->text, x.s->len, open_q);
    }
    pc_words_release(&w);
    if (x.oom) {
        pc_free(g->alc, x.ev, x.cap * sizeof *x.ev);
        return PRECIS_ENOMEM;
    }
    if (x.nev)
        qsort(x.ev, x.nev, sizeof *x.ev, cmp_event);
    /* Merge events of the same date whose sentences share their content
     * (half of the smaller one's words) across documents. */
    pc_event *out = pc_arena_calloc(&g->arena, x.nev + 1, sizeof *out);
    uint32_t **h = pc_arena_calloc(&g->arena, x.nev + 1, sizeof *h);
    size_t *nh = pc_arena_calloc(&g->arena, x.nev + 1, sizeof *nh);
    /* words next to the date, before it ([2k]) and after it ([2k + 1]) */
    uint32_t **nearh = pc_arena_calloc(&g->arena, 2 * x.nev + 2, sizeof *nearh);
    size_t *nnearh = pc_arena_calloc(&g->arena, 2 * x.nev + 2, sizeof *nnearh);
    size_t n = 0;
    precis_status st = PRECIS_ENOMEM;
    if (!out || !h || !nh || !nearh || !nnearh)
        goto done;
    for (size_t i = 0; i < x.nev; i++) {
        pc_event *e = &x.ev[i];
        const pc_sent *s = &c->sents[e->sent];
        uint32_t *hs;
        size_t nhs = pc_content_hashes(&g->arena, s->text, s->len, &hs);
        if (nhs == SIZE_MAX)
            goto done;
        /* the words next to the date: what happened then ("erupted on
         * Monday"), without verbs of saying */
        size_t wa = e->ea > NEAR_BYTES ? e->ea - NEAR_BYTES : 0;
        size_t wb = e->eb + NEAR_BYTES < s->len ? e->eb + NEAR_BYTES : s->len;
        uint32_t *near[2];
        size_t nnear[2] = {near_words(g, s->text, wa, e->ea, &near[0]),
                           near_words(g, s->text, e->eb, wb, &near[1])};
        if (nnear[0] == SIZE_MAX || nnear[1] == SIZE_MAX)
            goto done;
        pc_event *into = NULL;
        for (size_t k = n; k > 0 && n - k < MERGE_WINDOW; k--) {
            pc_event *o = &out[k - 1];
            if (!same_date(o, e))
                break;
            size_t ov = pc_hash_overlap(h[k - 1], nh[k - 1], hs, nhs);
            size_t small = nh[k - 1] < nhs ? nh[k - 1] : nhs;
            int has_doc = 0;
            for (size_t j = 0; j < o->ndocs; j++)
                has_doc |= o->docs[j] == e->doc;
            /* another document's report of it, or the same sentence again */
            /* reports of one event share a third of their content words
             * (at least two: "Keldar erupted", "volcano erupted") */
            /* or a word next to the date on the same side of it: the
             * event's verb ("erupted on Monday", "erupted early on
             * Monday"), as the summary lists a source only when it carries
             * the same fact -- "The opposition won the vote in the capital
             * on Monday" does not say "The government resigned on Monday
             * after the vote", though both have "vote" near the date */
            int near_same =
                o->prec == PC_PREC_DAY &&
                (pc_hash_overlap(nearh[2 * (k - 1)], nnearh[2 * (k - 1)], near[0], nnear[0]) > 0 ||
                 pc_hash_overlap(nearh[2 * (k - 1) + 1], nnearh[2 * (k - 1) + 1], near[1],
                                 nnear[1]) > 0);
            if ((!has_doc && ((ov >= 2 && 3 * ov >= small) || near_same)) ||
                (has_doc && ov == nhs && ov == nh[k - 1])) {
                into = o;
                break;
            }
        }
        if (into) {
            int has_doc = 0;
            for (size_t j = 0; j < into->ndocs; j++)
                has_doc |= into->docs[j] == e->doc;
            if (!has_doc) {
                into->docs[into->ndocs] = e->doc;
                into->sents[into->ndocs++] = e->sent;
            }
            continue;
        }
        if (!e->resolved) {
            /* no date in the whole cluster: a relative date cannot be
             * placed; counted, not listed */
            g->undated++;
            continue;
        }
        out[n] = *e;
        out[n].docs = pc_arena_alloc(&g->arena, c->ndocs * sizeof *out[n].docs);
        out[n].sents = pc_arena_alloc(&g->arena, c->ndocs * sizeof *out[n].sents);
        if (!out[n].docs || !out[n].sents)
            goto done;
        out[n].docs[0] = e->doc;
        out[n].sents[0] = e->sent;
        out[n].ndocs = 1;
        h[n] = hs;
        nh[n] = nhs;
        for (int side = 0; side < 2; side++) {
            nearh[2 * n + (size_t)side] = near[side];
            nnearh[2 * n + (size_t)side] = nnear[side];
        }
        n++;
    }
    g->events = out;
    g->nevents = n;
    st = PRECIS_OK;
done:
    pc_free(g->alc, x.ev, x.cap * sizeof *x.ev);
    return st;
}
