/* The cleaner's rules: each judges one block from its shape (length, final
 * stop, links, script, repetition) or from generic web-boilerplate cues, and
 * is listed in docs/cleaning.md.  Plus dateline stripping. */
#include "text/clean.h"
#include "text/clean_internal.h"
#include "text/tokenize.h"
#include "text/words.h"
#include "util/bytes.h"
#include "util/hash.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static int is_sp(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0;
}
static int is_up(char c)
{
    return c >= 'A' && c <= 'Z';
}
static int is_lo(char c)
{
    return c >= 'a' && c <= 'z';
}
static int is_dig(char c)
{
    return c >= '0' && c <= '9';
}
static int is_al(char c)
{
    return is_up(c) || is_lo(c);
}
static char lower(char c)
{
    return is_up(c) ? (char)(c + ('a' - 'A')) : c;
}

static size_t skip_sp(const char *t, size_t i, size_t e)
{
    while (i < e && is_sp(t[i]))
        i++;
    return i;
}

/* Next white-space separated token at or after i: [*ts, *te).  0 at the end. */
static int next_token(const char *t, size_t *i, size_t e, size_t *ts, size_t *te)
{
    size_t j = skip_sp(t, *i, e);
    if (j >= e)
        return 0;
    *ts = j;
    while (j < e && !is_sp(t[j]))
        j++;
    *te = j;
    *i = j;
    return 1;
}

static size_t count_tokens(const char *t, size_t i, size_t e)
{
    size_t n = 0, a, b;
    while (next_token(t, &i, e, &a, &b))
        n++;
    return n;
}

/* Token [a, b) without surrounding punctuation, lower-cased into w (at most
 * cap-1 bytes; longer tokens give ""). */
static void token_word(const char *t, size_t a, size_t b, char *w, size_t cap)
{
    while (a < b && !is_al(t[a]) && !is_dig(t[a]))
        a++;
    while (b > a && !is_al(t[b - 1]) && !is_dig(t[b - 1]))
        b--;
    if (b - a >= cap) {
        w[0] = 0;
        return;
    }
    for (size_t k = a; k < b; k++)
        w[k - a] = lower(t[k]);
    w[b - a] = 0;
}

/* Whether t[a..b) holds a letter or a digit. */
static int has_alnum(const char *t, size_t a, size_t b)
{
    for (; a < b; a++)
        if (is_al(t[a]) || is_dig(t[a]))
            return 1;
    return 0;
}

static int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == w[0] && strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

static const char *const months[] = {
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};

static int is_month(const char *w)
{
    return in_list(w, months, N_OF(months));
}

/* ---- the rules ------------------------------------------------------- */

/* Why: a block without a single letter ("* * *", "$1", "|") carries no text
 * to summarize. */
static int rule_no_letters(const pc_block_features *f)
{
    return f->letters == 0;
}

/* Why: a line written mostly in another script than the document (Hebrew
 * headlines under an English article) belongs to the page, not the story. */
static int rule_foreign_script(const pc_clean_doc *d, const pc_block_features *f)
{
    return f->script_letters[d->script] * 2 < f->letters;
}

/* Why: a paragraph that is (nearly) only a link or URL is a teaser, a "Read
 * more", a source line or navigation: at most three words outside links, or
 * two thirds of its words inside them. */
static int rule_link_only(const pc_block_features *f)
{
    if (f->links + f->urls == 0)
        return 0;
    return f->words - f->link_words <= 3 || f->link_words * 3 > f->words * 2;
}

/* Why: a line that occurs twice in one document is a repeated caption, a
 * widget or a pull quote; the article's own paragraphs do not repeat.  But
 * the first copy of a line that reads as prose (a sentence's final stop and
 * at least PC_PROSE_WORDS words) is kept: a pull quote repeats a sentence of
 * the article, and a page holding its article twice must lose no sentence
 * of the first copy; only the later copies go. */
#define PC_PROSE_WORDS 5
static int rule_repeated(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f)
{
    if (b->lines != 1 || pc_repeat_count(d->repeat, d->text, b->start, b->end) < 2)
        return 0;
    return !(f->terminal && f->words >= PC_PROSE_WORDS &&
             pc_repeat_first(d->repeat, d->text, b->start, b->end) == b->start);
}

/* Why: a short line that is one string twice ("ShareShare", "Print Print")
 * is a widget whose label was scraped together with its tooltip. */
static int rule_doubled(const pc_clean_doc *d, const pc_block *b)
{
    const char *t = d->text;
    size_t n = b->end - b->start, h = n / 2;
    if (n < 4 || n > 200)
        return 0;
    if (n % 2 == 0)
        return memcmp(t + b->start, t + b->start + h, h) == 0;
    return t[b->start + h] == ' ' && memcmp(t + b->start, t + b->start + h + 1, h) == 0;
}

/* Why: a caption is often scraped twice, the second time with its credit
 * glued on: a line that is the beginning of the next line is such a copy. */
static int rule_caption_prefix(const pc_clean_doc *d, const pc_block *b)
{
    size_t n = b->end - b->start;
    return b->lines == 1 && n >= 20 && b->next_end - b->next_start > n &&
           memcmp(d->text + b->next_start, d->text + b->start, n) == 0;
}

/* Why: photo captions end with a credit ("Credit: NAME/AGENCY", "Photo: X",
 * "NAME/REUTERS", "X via AP") or start with a media label ("FILE PHOTO:"). */
static int rule_credit(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f)
{
    static const char *const labels[] = {"credit:", "credits:", "photo:",       "photograph:",
                                         "image:",  "picture:", "photo credit", "image credit"};
    static const char *const media[] = {"PHOTO",   "IMAGE",    "VIDEO", "WATCH",
                                        "GALLERY", "PICTURED", "FILE"};
    const char *t = d->text;
    size_t s = b->start, e = b->end;
    if (f->words > 60)
        return 0;
    for (size_t k = 0; k < N_OF(labels); k++) {
        const char *p = pc_ci_find(t, s, e, labels[k]);
        if (p && (p == t + s || !is_al(p[-1])) &&
            count_tokens(t, (size_t)(p - t) + strlen(labels[k]), e) <= 8)
            return 1;
    }
    /* leading all-capitals label naming a medium, up to a colon */
    size_t i = s;
    while (i < e && i - s < 30 && (is_up(t[i]) || t[i] == ' '))
        i++;
    if (i < e && t[i] == ':' && i > s) {
        for (size_t k = 0; k < N_OF(media); k++) {
            size_t n = strlen(media[k]);
            for (size_t j = s; j + n <= i; j++)
                if (memcmp(t + j, media[k], n) == 0)
                    return 1;
        }
    }
    /* agency tail: last token "NAME/AGENCY" in capitals */
    size_t a = 0, z = 0, ts, te, pa = 0, pz = 0;
    i = s;
    while (next_token(t, &i, e, &ts, &te)) {
        pa = a, pz = z;
        a = ts, z = te;
    }
    while (z > a && (t[z - 1] == ')' || t[z - 1] == ']' || t[z - 1] == '.'))
        z--;
    for (size_t j = z; j > a + 1; j--) {
        if (t[j - 1] != '/')
            continue;
        size_t caps = 0;
        for (size_t k = j; k < z && is_up(t[k]); k++)
            caps++;
        if (caps >= 2 && caps == z - j && is_up(t[j - 2]))
            return 1;
        break;
    }
    /* "X via AGENCY" on a short line */
    return f->words <= 12 && pz - pa == 3 && memcmp(t + pa, "via", 3) == 0 && z > a && is_up(t[a]);
}

/* Why: wire copy ends with who helped ("X contributed to this report.",
 * "Reporting by X; Editing by Y"): a credit, not a fact of the story. */
static int rule_agency_note(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f)
{
    static const char *const anywhere[] = {"contributed to this report", "contributed reporting",
                                           "additional reporting by"};
    static const char *const leading[] = {"reporting by", "writing by", "editing by",
                                          "compiled by"};
    const char *t = d->text;
    if (f->words > 25)
        return 0;
    for (size_t k = 0; k < N_OF(anywhere); k++)
        if (pc_ci_find(t, b->start, b->end, anywhere[k]))
            return 1;
    for (size_t k = 0; k < N_OF(leading); k++) {
        size_t n = strlen(leading[k]);
        if (b->end - b->start >= n && pc_ci_find(t, b->start, b->start + n, leading[k]))
            return 1;
    }
    return 0;
}

/* Why: "By NAME" lines name the author; they hold no sentence.  A real
 * sentence opening with "By" ends with a stop and is kept. */
static int rule_byline(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f)
{
    const char *t = d->text + b->start;
    size_t n = b->end - b->start;
    if (f->words > 10 || n < 4 || lower(t[0]) != 'b' || lower(t[1]) != 'y' || t[2] != ' ')
        return 0;
    size_t i = skip_sp(t, 3, n);
    return i < n && (t[i] == '[' || is_up(t[i])) && (!f->terminal || f->links > 0);
}

/* Why: a line made only of a date or time ("April 10, 2017", "Updated 5:15
 * p.m. ET") is page metadata. */
static size_t letters_in(const char *w)
{
    size_t n = 0;
    for (; *w; w++)
        n += is_al(*w) != 0;
    return n;
}

static int rule_date_only(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f)
{
    static const char *const vocab[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday",    "saturday", "sunday",
        "mon",    "tue",     "tues",      "wed",      "thu",       "thur",     "thurs",
        "fri",    "sat",     "sun",       "am",       "pm",        "a.m",      "p.m",
        "gmt",    "utc",     "et",        "est",      "edt",       "bst",      "cet",
        "pt",     "pst",     "pdt",       "updated",  "published", "posted",   "last",
        "on",     "at",      "date",      "dated",    "modified",  "first"};
    const char *t = d->text;
    size_t i = b->start, a, z, dated = 0, named = 0;
    char w[16];
    if (f->words == 0 || f->words > 12)
        return 0;
    while (next_token(t, &i, b->end, &a, &z)) {
        token_word(t, a, z, w, sizeof w);
        if (w[0] == 0) {
            if (z - a >= sizeof w)
                return 0;
            continue; /* punctuation only: "|", "-" */
        }
        if (is_month(w)) {
            dated++;
            named += letters_in(w);
            continue;
        }
        if (in_list(w, vocab, N_OF(vocab))) {
            named += letters_in(w);
            continue;
        }
        size_t k = 0;
        while (w[k] && (is_dig(w[k]) || w[k] == ':' || w[k] == '/' || w[k] == '-' || w[k] == '.' ||
                        w[k] == ','))
            k++;
        if (k == 0 || (w[k] && strcmp(w + k, "st") && strcmp(w + k, "nd") && strcmp(w + k, "rd") &&
                       strcmp(w + k, "th")))
            return 0;
        named += letters_in(w + k);
        dated++;
    }
    /* every letter of the line in a date's words: a token is cut down to
     * its ASCII core, and "据消防局称，大桥于上午8时许倒塌" is one token
     * whose core is "8" */
    return dated > 0 && f->letters <= named;
}

/* Why: several items joined by bullets or bars ("A ■ B ■ C", "Home | World")
 * are a navigation bar or a list of related headlines. */
static int rule_separator_list(const pc_block_features *f)
{
    return f->separators >= 2 && f->words <= 80;
}

/* Why: subscription, log-in, sharing and cookie prompts are short and made
 * of web words ("Already signed up? Log in", "Click the icon to follow").
 * A short line with one cue and no stop, one opening with an imperative cue,
 * or with two cues goes; a short text dense with cues (a cookie or archive
 * notice) goes too.  A long paragraph never does. */
static int rule_prompt(const pc_block_features *f)
{
    if (f->cues == 0)
        return 0;
    if (f->words <= 40 && (!f->terminal || f->first_cue))
        return 1;
    /* two cues in a short line make a widget, unless it is one cue word said
     * twice: "Her email is ... I sent her an email." is a sentence */
    if (f->words <= 20 && (f->cues - f->cue_repeats >= 2 || f->words <= 6))
        return 1;
    return f->words <= 80 && f->cues >= 3 && f->cues * 15 >= f->words;
}

/* A markdown heading: "#" to "######" then a space. */
static int is_md_heading(const char *t, size_t s, size_t e)
{
    size_t i = s;
    while (i < e && i - s < 6 && t[i] == '#')
        i++;
    return i > s && i < e && t[i] == ' ';
}

pc_verdict pc_classify(const pc_clean_doc *d, const pc_block *b, const pc_block_features *f)
{
    if (rule_no_letters(f))
        return PC_V_NO_LETTERS;
    if (rule_foreign_script(d, f))
        return PC_V_SCRIPT;
    if (rule_link_only(f))
        return PC_V_LINKS;
    if (rule_repeated(d, b, f))
        return PC_V_REPEATED;
    if (rule_doubled(d, b))
        return PC_V_DOUBLED;
    if (rule_caption_prefix(d, b))
        return PC_V_CAPTION_TWICE;
    if (rule_credit(d, b, f))
        return PC_V_CREDIT;
    if (rule_agency_note(d, b, f))
        return PC_V_AGENCY_NOTE;
    if (rule_byline(d, b, f))
        return PC_V_BYLINE;
    if (rule_date_only(d, b, f))
        return PC_V_DATE;
    if (rule_separator_list(f))
        return PC_V_SEPARATORS;
    if (rule_prompt(f))
        return PC_V_PROMPT;
    if (is_md_heading(d->text, b->start, b->end) || (!f->terminal && f->words <= PC_TITLE_WORDS))
        return PC_V_HEADING;
    return PC_V_BODY;
}

const char *pc_verdict_name(pc_verdict v)
{
    static const char *const names[] = {
        "body",     "title",      "heading",       "no-letters", "foreign-script", "links",
        "repeated", "doubled",    "caption-twice", "credit",     "agency-note",    "byline",
        "date",     "separators", "prompt",        "fragment",   "preheader",      "tail"};
    return (size_t)v < N_OF(names) ? names[v] : "?";
}

/* ---- datelines ------------------------------------------------------- */

size_t pc_match_dash(const char *t, size_t i, size_t e)
{
    size_t j = i;
    if (j < e && t[j] == '-')
        j += (j + 1 < e && t[j + 1] == '-') ? 2 : 1;
    else if (j < e && t[j] == '_')
        j++; /* the AP wire's typewriter dash: "WASHINGTON (AP) _ The" */
    else if (e - j >= 3 && memcmp(t + j, "\xE2\x80", 2) == 0 &&
             (t[j + 2] == '\x93' || t[j + 2] == '\x94'))
        j += 3;
    else
        return 0;
    return (j < e && is_sp(t[j])) ? j : 0;
}

/* "2017-04-11" at i; returns its end or 0. */
static size_t match_iso_date(const char *t, size_t i, size_t e)
{
    static const char shape[] = "dddd-dd-dd";
    if (e - i < sizeof shape - 1)
        return 0;
    for (size_t k = 0; k < sizeof shape - 1; k++)
        if (shape[k] == 'd' ? !is_dig(t[i + k]) : t[i + k] != '-')
            return 0;
    return i + sizeof shape - 1;
}

/* "April 12, 2017" / "Apr. 12 2017" at i; returns its end or 0. */
static size_t match_text_date(const char *t, size_t i, size_t e)
{
    size_t a, z, j = i, n;
    char w[16];
    if (!next_token(t, &j, e, &a, &z) || a != i)
        return 0;
    token_word(t, a, z, w, sizeof w);
    if (!is_month(w) || !next_token(t, &j, e, &a, &z))
        return 0;
    for (n = 0; a + n < z && is_dig(t[a + n]); n++)
        ;
    if (n == 0 || n > 2 || !next_token(t, &j, e, &a, &z))
        return 0;
    for (n = 0; a + n < z && is_dig(t[a + n]); n++)
        ;
    return n == 4 ? a + 4 : 0;
}

/* What qualifies a clock time: the half of the day and the zone. */
static const char *const clock_quals[] = {"am",  "pm",  "a.m", "p.m", "gmt", "utc", "et",
                                          "est", "edt", "bst", "cet", "pt",  "pst", "pdt"};

size_t pc_clock_end(const char *t, size_t i, size_t e)
{
    size_t j = i, h = 0, m = 0, a, z, end;
    while (j < e && is_dig(t[j]) && h < 3)
        j++, h++;
    if (h == 0 || h > 2 || j >= e || t[j] != ':')
        return 0;
    j = skip_sp(t, j + 1, e);
    while (j < e && is_dig(t[j]) && m < 3)
        j++, m++;
    if (m != 2 || (j < e && !is_sp(t[j])))
        return 0;
    end = j;
    int qualified = 0;
    for (int n = 0; n < 2; n++) {
        size_t k = end;
        char w[8];
        if (!next_token(t, &k, e, &a, &z))
            break;
        token_word(t, a, z, w, sizeof w);
        if (!in_list(w, clock_quals, N_OF(clock_quals)))
            break;
        qualified = 1;
        end = z;
    }
    return qualified ? end : 0;
}

/* A clock written the British way, the hour and the minutes joined by a
 * dot and the half of the day after them ("8.46am", "12.30 pm"), with a
 * zone after it ("8.46am gmt") or a colon right after it ("2.40am:"): a
 * live blog's entry time in British English.  Without either, "4.30pm" may
 * be a sentence's own time ("... at 4.30pm the court rose").  Returns its
 * end (past the zone or the colon), or 0. */
static size_t dot_clock_end(const char *t, size_t i, size_t e)
{
    size_t j = i, h = 0, a, z;
    unsigned hour = 0;
    while (j < e && is_dig(t[j]) && h < 3)
        hour = hour * 10 + (unsigned)(t[j++] - '0'), h++;
    if (h == 0 || h > 2 || hour > 12 || j + 3 > e || t[j] != '.' || t[j + 1] < '0' ||
        t[j + 1] > '5' || !is_dig(t[j + 2]))
        return 0;
    j += 3;
    if (j < e && t[j] == ' ')
        j++;
    if (j + 2 > e || ((t[j] | 0x20) != 'a' && (t[j] | 0x20) != 'p') || (t[j + 1] | 0x20) != 'm')
        return 0;
    j += 2;
    if (j < e && t[j] == ':')
        return j + 1;
    if (j < e && !is_sp(t[j]))
        return 0;
    char w[8];
    if (!next_token(t, &j, e, &a, &z))
        return 0;
    token_word(t, a, z, w, sizeof w);
    /* the zones of clock_quals, after the halves of the day */
    return in_list(w, clock_quals + 4, N_OF(clock_quals) - 4) ? z : 0;
}

static const char *const stamp_labels[] = {"updated", "update", "posted", "published", "modified",
                                           "first",   "last",   "at",     "on"};

/* The token t[a..z) of a time stamp (stamp_labels, a number, a day's
 * ordinal, a month, a weekday, a clock time with its qualifiers): moves
 * *i past it (past the clock's qualifiers) and sets *dated for a month, a
 * weekday or a clock.  STAMP_LABEL for a label of stamp_labels, 1 for the
 * others, 0 when it is no such token. */
#define STAMP_LABEL 2

/* Whether w is a date written in figures: three groups of one to four
 * digits joined by one kind of separator, a slash or a hyphen ("10/02/15",
 * "2015-10-02"). */
static int numeric_date(const char *w)
{
    size_t groups = 1, run = 0;
    char sep = 0;
    for (const char *p = w; *p; p++) {
        if (is_dig(*p)) {
            if (++run > 4)
                return 0;
        } else if ((*p == '/' || *p == '-') && run && (!sep || *p == sep)) {
            sep = *p;
            groups++;
            run = 0;
        } else {
            return 0;
        }
    }
    return groups == 3 && run;
}
static int stamp_token(const char *t, size_t len, size_t a, size_t z, size_t *i, int *dated)
{
    char w[16];
    size_t c = pc_clock_end(t, a, len);
    if (c) { /* a clock with its qualifiers: "12: 50 p.m." */
        *dated = 1;
        *i = c;
        return 1;
    }
    *i = z;
    token_word(t, a, z, w, sizeof w);
    size_t n = strlen(w), d = 0;
    while (d < n && is_dig(w[d]))
        d++;
    if (in_list(w, stamp_labels, N_OF(stamp_labels)))
        return STAMP_LABEL;
    if (n == 0 || in_list(w, clock_quals, N_OF(clock_quals)))
        return 1;
    if (d == n && n <= 4) /* a day or a year */
        return 1;
    if (numeric_date(w)) { /* "10/02/15", "2015-10-02" */
        *dated = 1;
        return 1;
    }
    if (d > 0 && d <= 2 && n == d + 2 &&
        (!strcmp(w + d, "st") || !strcmp(w + d, "nd") || !strcmp(w + d, "rd") ||
         !strcmp(w + d, "th")))
        return 1;
    if (is_month(w) || pc_lex_weekday(w, n) >= 0) {
        *dated = 1;
        return 1;
    }
    return 0;
}

/* Whether t[0..len) ends in a colon and a clock time: the header of a
 * live blog's entry ("The latest on hurricane irma ( all times local ): 9:
 * 25 a.m."), which names a topic and tells no event. */
static int clock_heading(const char *t, size_t len)
{
    size_t e = pc_trim_end(t, len, " .");
    /* a clock's qualifier ends the sentence (am, p.m, gmt, utc: m, t, c),
     * and a colon is near the end: most sentences stop here */
    char last = e ? (char)(t[e - 1] | 0x20) : 0;
    size_t near = e < 24 ? e : 24;
    if ((last != 'm' && last != 't' && last != 'c') || !memchr(t + e - near, ':', near))
        return 0;
    for (size_t i = e > 2 ? e - 2 : 0; i > 0 && e - i < 24; i--)
        if (t[i - 1] == ':' && t[i] == ' ' && is_dig(t[i + 1])) {
            size_t c = pc_clock_end(t, i + 1, len);
            if (c && e <= c)
                return 1;
        }
    return 0;
}

int pc_is_stamp(const char *t, size_t len)
{
    size_t i = 0, a, z, ntok = 0;
    int dated = 0;
    if (clock_heading(t, len))
        return 1;
    if (len > 80 || (!memchr(t, ':', len) && !memchr(t, ',', len)))
        return 0;
    while (next_token(t, &i, len, &a, &z))
        if (++ntok > 10 || !stamp_token(t, len, a, z, &i, &dated))
            return 0;
    return dated;
}

/* Whether the token t[a..z) is a copyright sign: "©" or "(c)". */
static int copyright_sign(const char *t, size_t a, size_t z)
{
    return (z - a == 2 && (unsigned char)t[a] == 0xC2 && (unsigned char)t[a + 1] == 0xA9) ||
           (z - a == 3 && strncasecmp(t + a, "(c)", 3) == 0);
}

/* Whether the token t[a..z) is the word "copyright". */
static int copyright_word(const char *t, size_t a, size_t z)
{
    return z - a == 9 && strncasecmp(t + a, "copyright", 9) == 0;
}

/* The end of the year of the copyright notice t opens with, or 0 (the rule
 * is pc_copyright_notice's); *k: the number of marks before the year past
 * the first. */
static size_t notice_year_end(const char *t, size_t len, int *k)
{
    size_t i = 0, a, z;
    if (!next_token(t, &i, len, &a, &z))
        return 0;
    int word = copyright_word(t, a, z);
    if (!word && !copyright_sign(t, a, z))
        return 0; /* most sentences */
    for (*k = 0; *k < 2 && next_token(t, &i, len, &a, &z); ++*k) {
        /* a second mark: a sign after the word ("Copyright © 2018") or the
         * word after a sign ("© copyright 2014 globe newspaper company."),
         * as pages write both; the word twice ("copyright copyright") is
         * no page's foot */
        if (copyright_sign(t, a, z))
            continue; /* "Copyright ©" */
        if (!word && copyright_word(t, a, z)) {
            word = 1;
            continue; /* "© copyright" */
        }
        size_t d = a;
        while (d < z && is_dig(t[d]))
            d++;
        if (d - a == 4 && (t[a] == '1' || t[a] == '2') && (t[a + 1] == '9' || t[a + 1] == '0') &&
            (d == z || !is_al(t[d])))
            return z;
        return 0;
    }
    return 0;
}

size_t pc_copyright_notice(const char *t, size_t len)
{
    int k;
    size_t y = notice_year_end(t, len, &k);
    return y ? count_tokens(t, y, len) + 2 + (size_t)k : 0;
}

/* The words that end a company's name: its legal form ("globe newspaper
 * company", "nbcuniversal media llc"); "media", "group" or "newspapers"
 * may go on ("media matters for america"), these do not. */
static const char *const legal_forms[] = {"company", "inc", "llc",     "corp", "corporation",
                                          "co",      "ltd", "limited", "plc"};
/* Words that open a sentence and stand in no company's name after its
 * first word: an article or a conjunction of time ("albuquerque journal a
 * construction crew ...", "... journal when 11-year-old ..."). */
static const char *const lead_openers[] = {"a", "an", "the", "when", "after", "while"};
#define OWNER_WORDS 5

size_t pc_leading_copyright(const char *t, size_t len)
{
    int k;
    size_t i = notice_year_end(t, len, &k), a, z, end = 0, owner = 0;
    int comma = 0; /* the owner's last word had a comma: a legal form must follow */
    char w[16];
    if (!i)
        return 0; /* most sentences */
    while (owner <= OWNER_WORDS && next_token(t, &i, len, &a, &z)) {
        token_word(t, a, z, w, sizeof w);
        size_t n = strlen(w);
        if (comma && !in_list(w, legal_forms, N_OF(legal_forms)))
            return 0; /* "vista herald, the weekly of ...": the owner's apposition */
        if (owner && in_list(w, lead_openers, N_OF(lead_openers))) {
            end = a; /* the lead's first word */
            break;
        }
        if (owner && in_list(w, legal_forms, N_OF(legal_forms))) {
            end = z; /* and another legal form after it: "company, inc." */
            comma = 0;
            continue;
        }
        if (end) {
            end = a; /* the lead's first word, after a legal form */
            break;
        }
        /* the owner: words of letters and digits, none a function word
         * ("journal of the ..." does not show where it ends); a mark inside
         * it ("local10.com", "wnd barack obama jerusalem – the ...") ends
         * the reading */
        if (!n || pc_is_stopword(w, n, pc_fnv1a(w, n)))
            return 0;
        /* "river city times, inc.": a comma before a legal form */
        comma = t[z - 1] == ',';
        for (size_t c = a; c < z - (size_t)comma; c++)
            if (!is_al(t[c]) && !is_dig(t[c]))
                return 0;
        owner++;
    }
    /* a lead after it, of three words or more: a shorter rest is part of
     * a notice (pc_copyright_notice) */
    return end && count_tokens(t, end, len) >= 3 ? end : 0;
}

size_t pc_leading_stamp(const char *t, size_t len)
{
    static const char *const heads[] = {"updated", "update", "posted", "published"};
    size_t i = 0, a, z, end = 0, ntok = 0;
    int dated = 0;
    char w[16];
    if (!next_token(t, &i, len, &a, &z))
        return 0;
    if (is_dig(t[a])) {
        /* a live blog's entry time: a clock at the front and a colon right
         * after it ("12: 32 p.m.: the man accused ..."), or a British one
         * with its zone ("8.46am gmt welcome to ...") */
        size_t c = pc_clock_end(t, a, len);
        if (!c || t[c - 1] != ':')
            c = dot_clock_end(t, a, len);
        return c && count_tokens(t, c, len) >= 3 ? c : 0;
    }
    size_t dm = match_text_date(t, a, len);
    if (dm) {
        /* a date with its year, then a clock: the page's own stamp ("Nov.
         * 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt");
         * a date alone opens news ("Nov. 29, 2018, was the day ...") */
        size_t c = pc_clock_end(t, skip_sp(t, dm < len && t[dm] == ',' ? dm + 1 : dm, len), len);
        if (!c)
            return 0;
        i = end = c;
        dated = 1;
    } else {
        if ((t[a] | 0x20) != 'u' && (t[a] | 0x20) != 'p' && (t[a] | 0x20) != 'l')
            return 0; /* most sentences: no head */
        token_word(t, a, z, w, sizeof w);
        /* "Last updated, saturday, 1: 08 p.m. as my colleague ...": the
         * head of two words (not "last" alone: "Last monday, police ...") */
        if (strcmp(w, "last") == 0 && next_token(t, &i, len, &a, &z))
            token_word(t, a, z, w, sizeof w);
        else if (w[0] == 'l')
            return 0;
        if (!in_list(w, heads, N_OF(heads)))
            return 0;
    }
    while (ntok < 10 && next_token(t, &i, len, &a, &z)) {
        int was = dated, kind = stamp_token(t, len, a, z, &i, &dated);
        if (!kind)
            break;
        ntok++;
        /* a label word ("at", "on") belongs to the stamp only when a date
         * or a clock follows it: "Update at 1: 48 p.m.: at a news
         * conference ..." */
        if (kind == STAMP_LABEL) {
            size_t j = i, b, c;
            int d = 0;
            if (!next_token(t, &j, len, &b, &c) || !stamp_token(t, len, b, c, &j, &d) || !d)
                break;
            continue;
        }
        if (kind == 1 && !has_alnum(t, a, z) && dm)
            continue; /* "/" ends the stamp only before a date or a clock */
        end = i;
        if (dated && was && t[i - 1] == ':')
            break; /* "... p.m.:" ends the stamp */
    }
    if (!dated || count_tokens(t, end, len) < 3)
        return 0;
    return end;
}

/* How far into a sentence pc_glued_stamp looks for a page's stamp: a
 * headline or a byline runs a dozen words or two (tokens, the stamp's own
 * among them). */
#define GLUED_STAMP_REACH 30

/* The words after which a date and a clock are the sentence's own: news
 * dates an event "on", "at", "since" ... a day, and a caption says when
 * its picture was "taken" ("... on friday, november 3, 2017 at 3: 21
 * p.m., troopers responded", "This satellite image taken friday, may 8,
 * 2015 at 9: 45 am edt shows ..."). */
static const char *const event_dated[] = {"on",   "at",    "of",      "from",  "since", "until",
                                          "till", "by",    "before",  "after", "as",    "in",
                                          "to",   "taken", "between", "for",   "during"};

/* The end of the stamp that starts with the date at a (a date with its
 * year, "at" or a dash, then a clock with its half of the day or zone),
 * with the stamp words that follow it ("updated: friday, april 18, 2014
 * 6: 38 pm edt"), or 0 when no clock follows the date. */
static size_t stamp_at(const char *t, size_t len, size_t a)
{
    size_t dm = match_text_date(t, a, len);
    if (!dm)
        return 0;
    size_t i = skip_sp(t, dm < len && t[dm] == ',' ? dm + 1 : dm, len), b, z;
    size_t j = i;
    if (next_token(t, &j, len, &b, &z) &&
        ((z - b == 2 && strncasecmp(t + b, "at", 2) == 0) || pc_match_dash(t, b, len)))
        i = skip_sp(t, z, len);
    size_t c = pc_clock_end(t, i, len);
    if (!c)
        return 0;
    size_t end = c, ntok = 0;
    int dated = 1;
    i = c;
    while (ntok++ < 12 && next_token(t, &i, len, &b, &z)) {
        int kind = stamp_token(t, len, b, z, &i, &dated);
        if (!kind)
            break;
        if (kind == STAMP_LABEL) {
            /* a label before a date or a clock ("updated: friday, ..."),
             * or one that ends in a colon, its date left empty by the page
             * ("... pm edt posted: updated: police say ...") */
            size_t k = i, b2, z2;
            int d = 0;
            if (t[z - 1] == ':' && z - b > 3) {
                end = i;
                continue;
            }
            if (!next_token(t, &k, len, &b2, &z2) || !stamp_token(t, len, b2, z2, &k, &d) || !d)
                break;
            continue;
        }
        if (has_alnum(t, b, z))
            end = i;
    }
    return end;
}

size_t pc_glued_stamp(const char *t, size_t len)
{
    /* most sentences: no clock, a digit right before a colon */
    const char *q = t, *stop = t + len;
    while ((q = memchr(q, ':', (size_t)(stop - q))) != NULL && (q == t || !is_dig(q[-1])))
        q++;
    if (!q)
        return 0;
    size_t i = 0, a, z, ntok = 0, end = 0, last = 0;
    char prev[16] = "", before[16] = "";
    while (ntok < GLUED_STAMP_REACH && next_token(t, &i, len, &a, &z)) {
        ntok++;
        char w[16];
        token_word(t, a, z, w, sizeof w);
        /* the word before the date, past a weekday ("posted: monday,
         * november 24, 2014 ...") */
        const char *by = pc_lex_weekday(prev, strlen(prev)) >= 0 ? before : prev;
        size_t e;
        if (is_month(w) && !in_list(by, event_dated, N_OF(event_dated)) &&
            (!end || ntok <= last + 4) && (e = stamp_at(t, len, a)) != 0) {
            end = i = e; /* and a second stamp right after it: "| page modified ..." */
            last = ntok;
            prev[0] = before[0] = 0;
            continue;
        }
        if (end && ntok > last + 4)
            break;
        memcpy(before, prev, sizeof before);
        memcpy(prev, w, sizeof prev);
    }
    return end && count_tokens(t, end, len) >= 3 ? end : 0;
}

/* Why: " date 2017-04-11 ", "Published: April 10, 2017 -" or "Published
 * on Oct 21, 2016", or a date with its clock time ("June 02, 2011 10: 56
 * am et"), opening a paragraph is scraped metadata, not part of its first
 * sentence. */
static size_t strip_date_label(const char *t, size_t s, size_t e)
{
    static const char *const labels[] = {"date", "dated", "published", "updated", "posted"};
    size_t i = s, a, z, j = s, d;
    int label = 0;
    char w[16];
    if (next_token(t, &j, e, &a, &z)) {
        token_word(t, a, z, w, sizeof w);
        if (in_list(w, labels, N_OF(labels)) && z - a <= strlen(w) + 1) {
            label = 1;
            i = skip_sp(t, z, e);
            /* "Published on Oct 21, 2016" (a video page's) */
            size_t k = i;
            if (z - a == strlen(w) && next_token(t, &k, e, &a, &z)) {
                token_word(t, a, z, w, sizeof w);
                if (strcmp(w, "on") == 0 && z - a == 2)
                    i = skip_sp(t, z, e);
            }
        }
    }
    if ((d = match_iso_date(t, i, e)) != 0)
        label = 1;
    else
        d = match_text_date(t, i, e);
    if (!d || (d < e && !is_sp(t[d]) && t[d] != ',' && t[d] != ':'))
        return s;
    i = skip_sp(t, (d < e && (t[d] == ',' || t[d] == ':')) ? d + 1 : d, e);
    size_t c = pc_clock_end(t, i, e);
    if (c) {
        label = 1; /* a date with its clock time is a page's stamp */
        i = skip_sp(t, c, e);
    }
    size_t k = pc_match_dash(t, i, e);
    if (k)
        i = skip_sp(t, k, e);
    else if (i < e && t[i] == '|')
        i = skip_sp(t, i + 1, e);
    else if (!label)
        return s;
    return i < e ? i : s;
}

/* Whether t[i..e) opens with a lower-case letter (Unicode Ll). */
static int lower_at(const char *t, size_t i, size_t e)
{
    utf8proc_int32_t cp;
    return i < e &&
           utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(e - i), &cp) > 0 &&
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* Why: "WASHINGTON (Reuters) - ", "MOSCOW, April 12 (AP) —", "LONDON —"
 * open wire paragraphs: a place in capitals (or any place followed by an
 * agency in parentheses), an optional date, then a dash. */
static size_t strip_place(const char *t, size_t s, size_t e)
{
    size_t i = s, a, z, ntok = 0;
    int caps_first = 0, caps_ok = 1, paren = 0;
    char w[16];
    int dated = 0;      /* a number or a month among the tokens: two more allowed,
                           "VALE VERDE, 3 de março de 2031 (Agência Brasil) -" */
    int cased = 0;      /* a word after the first has a capital: the text keeps its
                           capitals (Multi-News lower-cases all but a sentence's
                           first letter, "Jacksonville. N.c. ( wnct ) — the") */
    int after_stop = 0; /* the token before ends with . ! ? */
    while ((ntok < 8 || (dated && ntok < 10)) && i < e && i - s < 120) {
        i = skip_sp(t, i, e);
        size_t k = pc_match_dash(t, i, e);
        if (k) {
            if (ntok > 0 && ((caps_first && caps_ok) || paren)) {
                k = skip_sp(t, k, e);
                /* in text that keeps its capitals, a sentence opens after a
                 * dateline; a word in lower case after the dash is a
                 * predicate: a name, its gloss in brackets and a copula's
                 * dash ("Малышка Эми (Amy) -- компьютерный гений") */
                if (!(caps_first && caps_ok) && cased && lower_at(t, k, e))
                    return s;
                return k < e ? k : s;
            }
            return s;
        }
        if (i < e && t[i] == '(') {
            size_t j = i + 1;
            while (j < e && j - i < 40 &&
                   (is_al(t[j]) || (unsigned char)t[j] >= 0x80 || t[j] == ' ' || t[j] == '.' ||
                    t[j] == '&' || t[j] == '-'))
                j++; /* letters of any script: "(ČTK)" */
            if (j >= e || t[j] != ')')
                return s;
            paren = 1;
            i = j + 1;
            if (i < e && t[i] == '.' && pc_match_dash(t, i + 1, e))
                i++; /* "(EFE).-" */
            ntok++;
            continue;
        }
        if (!next_token(t, &i, e, &a, &z))
            return s;
        size_t up = 0, lo = 0, dg = 0, caseless = 0;
        for (size_t j = a; j < z; j++) {
            if ((unsigned char)t[j] >= 0x80) {
                /* letters of any script: "МОСКВА", "BRASÍLIA", "الريان،" */
                utf8proc_int32_t cp;
                utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)t + j,
                                                      (utf8proc_ssize_t)(z - j), &cp);
                if (n <= 0)
                    return s;
                utf8proc_category_t c = utf8proc_category(cp);
                if (c == UTF8PROC_CATEGORY_LU)
                    up++;
                else if (c == UTF8PROC_CATEGORY_LL)
                    lo++;
                else if (c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN)
                    caseless++;
                else if (cp != 0x060C) /* the Arabic comma */
                    return s;
                j += (size_t)n - 1;
            } else if (is_up(t[j]))
                up++;
            else if (is_lo(t[j]))
                lo++;
            else if (is_dig(t[j]))
                dg++;
            else if (t[j] != '.' && t[j] != ',' && t[j] != '\'' && t[j] != '-')
                return s; /* not a place, date or agency token */
        }
        if (caseless)
            caps_ok = 0; /* a script without capitals: a place only before an agency */
        int digits = dg > 0 && up + lo == 0;
        token_word(t, a, z, w, sizeof w);
        dated |= digits || is_month(w);
        if (ntok == 0)
            caps_first = up >= 3 && lo == 0 && dg == 0;
        else if (up > 0 && !after_stop)
            cased = 1;
        after_stop = t[z - 1] == '.' || t[z - 1] == '!' || t[z - 1] == '?';
        if (!(up > 0 && lo == 0) && !is_month(w) && !digits)
            caps_ok = 0;
        ntok++;
    }
    return s;
}

/* Why: Chinese and Japanese wires open with their dateline too: "新华社江北
 * 3月3日电 " (an agency and a place, the day, then 电 "cabled"), possibly
 * with "（记者 王明）" after it, and "【北浜】" (the place in lenticular
 * brackets).  Returns the start of the text after it, or s. */
static size_t strip_cjk_dateline(const char *t, size_t s, size_t e)
{
    static const char lb[] = "\xE3\x80\x90", rb[] = "\xE3\x80\x91"; /* 【 】 */
    if (e - s > 6 && memcmp(t + s, lb, 3) == 0) {
        for (size_t i = s + 3; i + 3 <= e && i - s <= 3 + 3 * 12; i++)
            if (memcmp(t + i, rb, 3) == 0)
                return i + 3 < e ? skip_sp(t, i + 3, e) : s;
        return s;
    }
    /* ...月...日电 within the first 20 characters */
    static const char yue[] = "\xE6\x9C\x88", ri[] = "\xE6\x97\xA5", dian[] = "\xE7\x94\xB5";
    size_t lim = s + 3 * 20 < e ? s + 3 * 20 : e;
    for (size_t i = s; i + 6 <= lim; i++) {
        if (memcmp(t + i, ri, 3) != 0 || memcmp(t + i + 3, dian, 3) != 0)
            continue;
        /* a day in digits before 日, a month before it */
        size_t d = i;
        while (d > s && is_dig(t[d - 1]))
            d--;
        if (d == i || d < s + 3 || memcmp(t + d - 3, yue, 3) != 0)
            return s;
        size_t k = skip_sp(t, i + 6, e);
        /* "（记者 王明）": the reporter, in full-width brackets */
        if (k + 3 <= e && memcmp(t + k, "\xEF\xBC\x88", 3) == 0)
            for (size_t j = k + 3; j + 3 <= e && j - k <= 3 * 20; j++)
                if (memcmp(t + j, "\xEF\xBC\x89", 3) == 0) {
                    k = skip_sp(t, j + 3, e);
                    break;
                }
        return k < e ? k : s;
    }
    return s;
}

size_t pc_strip_dateline(const char *t, size_t s, size_t e)
{
    size_t r = strip_date_label(t, s, e);
    if (r == s)
        r = strip_place(t, s, e);
    return r != s ? r : strip_cjk_dateline(t, s, e);
}
