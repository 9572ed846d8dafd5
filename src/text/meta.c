/* Metadata lines of a raw document. */
#include "text/meta.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "lang/lang.h"
#include "text/dates.h"
#include "text/words.h"

/* How far into a document metadata lines are looked for. */
#define META_HEAD_LINES 40
#define META_HEAD_BYTES 4000

static const struct {
    const char *host, *name;
} outlets[] = {
    {"abcnews.go.com", "ABC News"},
    {"aljazeera.com", "Al Jazeera"},
    {"apnews.com", "AP"},
    {"bbc.co.uk", "BBC"},
    {"bbc.com", "BBC"},
    {"bloomberg.com", "Bloomberg"},
    {"businessinsider.com", "Business Insider"},
    {"cbsnews.com", "CBS News"},
    {"cnn.com", "CNN"},
    {"dailymail.co.uk", "Daily Mail"},
    {"dw.com", "DW"},
    {"foxnews.com", "Fox News"},
    {"france24.com", "France 24"},
    {"haaretz.com", "Haaretz"},
    {"huffingtonpost.com", "HuffPost"},
    {"independent.co.uk", "The Independent"},
    {"latimes.com", "Los Angeles Times"},
    {"nbcnews.com", "NBC News"},
    {"news.vice.com", "Vice"},
    {"newsweek.com", "Newsweek"},
    {"npr.org", "NPR"},
    {"nytimes.com", "The New York Times"},
    {"politico.com", "Politico"},
    {"reuters.com", "Reuters"},
    {"rt.com", "RT"},
    {"tass.com", "TASS"},
    {"telegraph.co.uk", "The Telegraph"},
    {"thehill.com", "The Hill"},
    {"theguardian.com", "The Guardian"},
    {"themoscowtimes.com", "The Moscow Times"},
    {"time.com", "Time"},
    {"usatoday.com", "USA Today"},
    {"vice.com", "Vice"},
    {"washingtonpost.com", "The Washington Post"},
    {"wsj.com", "The Wall Street Journal"},
};

const char *pc_meta_outlet(const char *url, size_t len, char *buf, size_t n)
{
    const char *p = url, *end = url + len;
    const char *sch = NULL;
    for (const char *q = url; q + 2 < end; q++)
        if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
            sch = q + 3;
            break;
        }
    if (!sch)
        return NULL;
    p = sch;
    const char *h = p;
    while (p < end && *p != '/' && *p != ':' && *p != '?' && *p != '#')
        p++;
    size_t hl = (size_t)(p - h);
    if (hl >= 4 && strncasecmp(h, "www.", 4) == 0) {
        h += 4;
        hl -= 4;
    }
    if (hl == 0 || hl + 1 > n)
        return NULL;
    for (size_t i = 0; i < sizeof outlets / sizeof outlets[0]; i++) {
        size_t ol = strlen(outlets[i].host);
        /* the host itself or a subdomain of it */
        if (hl >= ol && strncasecmp(h + hl - ol, outlets[i].host, ol) == 0 &&
            (hl == ol || h[hl - ol - 1] == '.'))
            return outlets[i].name;
    }
    memcpy(buf, h, hl);
    buf[hl] = '\0';
    return buf;
}

static void trim(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\t' || **s == '\r' || **s == '*' || **s == '_'))
        (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r' || (*e)[-1] == '*' ||
                       (*e)[-1] == '_'))
        (*e)--;
}

static char *iso(pc_arena *a, pc_date d)
{
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    return pc_arena_strndup(a, buf, strlen(buf));
}

/* A date line: the whole line is a full date, or it starts with "date ",
 * "Published:", "Updated:" or "Date:" followed by one. */
/* A date in digits, day first outside English ("03.03.2031", "3/3/2031";
 * month first in English: "3/10/2031" is March 10), or year first in
 * Chinese and Japanese characters ("2031年3月3日", a weekday in brackets
 * after it allowed).  Returns 1 and fills *out when the whole of s..e is
 * one (a valid day). */
static int digit_date(const char *s, const char *e, const pc_lang *lang, pc_date *out)
{
    int v[3] = {0, 0, 0}, k = 0, cjk = 0;
    const char *p = s;
    while (p < e && k < 3) {
        if (!(*p >= '0' && *p <= '9'))
            return 0;
        int n = 0, digits = 0;
        while (p < e && *p >= '0' && *p <= '9' && digits < 5)
            n = n * 10 + (*p++ - '0'), digits++;
        v[k++] = n;
        if (p < e && (*p == '.' || *p == '/' || *p == '-'))
            p++;
        else if (e - p >= 3 && (memcmp(p, "\xE5\xB9\xB4", 3) == 0 || /* 年 */
                                memcmp(p, "\xE6\x9C\x88", 3) == 0 || /* 月 */
                                memcmp(p, "\xE6\x97\xA5", 3) == 0))  /* 日 */
            p += 3, cjk++;
        else
            break;
    }
    while (p < e && (*p == ' ' || *p == '.'))
        p++;
    if (cjk == 3 && p < e && (e - p <= 12)) /* "（月）": a weekday in brackets */
        p = e;
    if (k != 3 || p != e)
        return 0;
    int y, m, d;
    if (cjk == 3 || v[0] >= 1000)
        y = v[0], m = v[1], d = v[2];
    else if (!lang || lang == &pc_lang_en || strcmp(lang->code, "en") == 0)
        m = v[0], d = v[1], y = v[2];
    else
        d = v[0], m = v[1], y = v[2];
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] ||
        (m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400))))
        return 0;
    out->y = y, out->m = m, out->d = d;
    return 1;
}

/* Date lines as other languages and pages write them: a label of one to
 * three words and a colon before the date ("Publicado: 3 de marzo de 2031",
 * "Datum: 3. März 2031", "Опубликовано: 3 марта 2031") or before a date
 * that opens with its day ("Publicado em 3 de março de 2031"), a word after the
 * year ("3 марта 2031 года", "2031 г."), a date in digits. */
static int other_date_line(const char *s, const char *e, const pc_lang *lang, pc_date *out)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\r'))
        e--;
    const char *colon = NULL;
    int words = 1;
    for (const char *p = s; p < e && p - s <= 40; p++) {
        if (*p >= '0' && *p <= '9')
            break;
        if (*p == ' ')
            words++;
        if (*p == ':' || (e - p >= 3 && memcmp(p, "\xEF\xBC\x9A", 3) == 0)) { /* ： */
            colon = p + (*p == ':' ? 1 : 3);
            break;
        }
    }
    if (colon && words <= 3) {
        while (colon < e && *colon == ' ')
            colon++;
        if ((pc_date_parse_lang(colon, (size_t)(e - colon), lang, out) && out->d) ||
            digit_date(colon, e, lang, out))
            return 1;
        /* a clock time after the date: "发布时间：2031-03-03 09:30" */
        const char *sp = colon;
        while (sp < e && *sp != ' ')
            sp++;
        if (sp < e && ((pc_date_parse_lang(colon, (size_t)(sp - colon), lang, out) && out->d) ||
                       digit_date(colon, sp, lang, out)))
            return 1;
        s = colon;
    } else {
        /* a label without a colon: "Publicado em 3 de março de 2031" */
        const char *p = s;
        for (int wd = 0; wd < 3 && p < e; wd++) {
            while (p < e && *p != ' ') {
                if (*p >= '0' && *p <= '9')
                    goto whole;
                p++;
            }
            while (p < e && *p == ' ')
                p++;
            if (p < e && *p >= '0' && *p <= '9' &&
                ((pc_date_parse_lang(p, (size_t)(e - p), lang, out) && out->d) ||
                 digit_date(p, e, lang, out)))
                return 1;
        }
    }
whole:
    if (digit_date(s, e, lang, out))
        return 1;
    /* a word after the year: "3 марта 2031 года", "5. března 2031 r." */
    const char *w = e;
    while (w > s && w[-1] != ' ')
        w--;
    if (w > s && w < e && !(*w >= '0' && *w <= '9') && w[-2] >= '0' && w[-2] <= '9')
        return pc_date_parse_lang(s, (size_t)(w - 1 - s), lang, out) && out->d;
    return 0;
}

static int date_line(const char *s, const char *e, const pc_lang *lang, pc_date *out)
{
    static const char *const prefixes[] = {
        "date:", "date ", "published:", "published ", "posted:", "posted "};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t pl = strlen(prefixes[i]);
        if ((size_t)(e - s) > pl && strncasecmp(s, prefixes[i], pl) == 0) {
            const char *p = s + pl;
            while (p < e && *p == ' ')
                p++;
            /* the date is the next word (ISO) or the rest of the line */
            const char *w = p;
            while (w < e && *w != ' ')
                w++;
            if (pc_date_parse_lang(p, (size_t)(w - p), lang, out) && out->d)
                return 1;
            return pc_date_parse_lang(p, (size_t)(e - p), lang, out) && out->d;
        }
    }
    /* A line that is nothing but a date is short; a paragraph is not
     * parsed as a whole. */
    if (e - s > 64)
        return 0;
    if (pc_date_parse_lang(s, (size_t)(e - s), lang, out) && out->d)
        return 1;
    return other_date_line(s, e, lang, out);
}

/* A URL in s..e: the first "http" run, without <> or Markdown link marks. */
static int find_url(const char *s, const char *e, const char **us, const char **ue)
{
    for (const char *p = s; p + 4 <= e; p++) {
        if (strncmp(p, "http", 4) != 0)
            continue;
        const char *q = p;
        /* to whitespace (a newline too: the tail is searched to the end of
         * the text, not of the line) or a closing bracket or quote */
        while (q < e && (unsigned char)*q > ' ' && *q != '>' && *q != ')' && *q != ']' && *q != '"')
            q++;
        *us = p;
        *ue = q;
        return 1;
    }
    return 0;
}

/* The length of the upper-case letter beyond ASCII at p, or 0. */
static size_t upper_at(const char *p, const char *e)
{
    if ((unsigned char)*p < 0x80)
        return 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)(e - p), &cp);
    return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ? (size_t)n : 0;
}

/* "(Reuters) -" at p: an agency in parentheses, then a dash.  Returns the
 * agency's length (at s + *off) or 0.  lower_ok: after a place in capitals,
 * a short lower-case agency too ("BERLIN (dpa) -"); elsewhere a word in
 * brackets before a dash is an aside ("the company (mrkh) - which"). */
static size_t paren_agency(const char *s, const char *p, const char *e, size_t *off, int lower_ok)
{
    if (p >= e || *p != '(')
        return 0;
    const char *a = ++p;
    while (p < e && *p != ')' && p - a < 40)
        p++;
    /* a capital first, in any script ("(Reuters)", "(ČTK)") */
    if (p >= e || *p != ')' || p == a ||
        !((*a >= 'A' && *a <= 'Z') || (unsigned char)*a >= 0xC3 ||
          (lower_ok && *a >= 'a' && *a <= 'z' && p - a <= 5)))
        return 0;
    const char *q = p + 1;
    if (q < e && *q == '.') /* "(EFE).-" */
        q++;
    while (q < e && *q == ' ')
        q++;
    if (!(q < e && (*q == '-' || (unsigned char)*q == 0xE2)))
        return 0;
    *off = (size_t)(a - s);
    return (size_t)(p - a);
}

/* Past a date between a dateline's place and its agency: numbers, month
 * names (of `lang`, or English) and short lower-case words ("3 de março de
 * 2031", "3 مارس 2031"), six words at most, one number at least, up to the
 * agency's bracket.  Returns the bracket, or p when there is no such date. */
static const char *skip_date_words(const char *p, const char *e, const pc_lang *lang)
{
    const char *q = p;
    int digits = 0;
    for (int w = 0; w < 6 && q < e && *q != '('; w++) {
        const char *a = q;
        while (q < e && *q != ' ' && *q != '(')
            q++;
        size_t n = (size_t)(q - a);
        while (n && (a[n - 1] == ',' || a[n - 1] == '.'))
            n--;
        size_t d = 0, low = 0;
        for (size_t k = 0; k < n; k++) {
            d += a[k] >= '0' && a[k] <= '9';
            low += a[k] >= 'a' && a[k] <= 'z';
        }
        int month = n && pc_date_month(lang, a, n);
        if (!(n && (d == n || month || (low == n && n <= 3))))
            return p;
        digits |= d == n;
        while (q < e && *q == ' ')
            q++;
    }
    return digits && q < e && *q == '(' ? q : p;
}

/* "WASHINGTON (Reuters) -": upper-case place, then an agency in parentheses,
 * then a dash; the place may name its country or state ("VILLANUEVA, Spain
 * (AP) —"), or be written as a name ("Lipnice (ČTK) -", "Madrid (EFE).-":
 * one to three capitalised words).  Returns the agency's length (at s +
 * *off) or 0. */
static size_t dateline_agency(const char *s, const char *e, const pc_lang *lang, size_t *off)
{
    const char *p = s;
    size_t caps = 0, k = 0; /* set by upper_at before it is read */
    while (p < e && ((*p >= 'A' && *p <= 'Z') || *p == ' ' || *p == ',' || *p == '.' ||
                     (*p >= '0' && *p <= '9') || *p == '-' || (k = upper_at(p, e)) != 0)) {
        if (*p >= 'A' && *p <= 'Z')
            caps++;
        else if ((unsigned char)*p >= 0x80) { /* "BRASÍLIA", "МОСКВА" */
            caps++;
            p += k;
            continue;
        }
        p++;
    }
    if (p < e && *p >= 'a' && *p <= 'z') {
        /* back to the word's start: "VILLANUEVA, Spain" stops in "Spain",
         * "WASHINGTONs" has no place in capitals */
        while (p > s && p[-1] != ' ')
            p--;
        if (p == s)
            caps = 0;
    }
    if (caps >= 2) {
        size_t al = paren_agency(s, p, e, off, 1);
        if (!al)
            al = paren_agency(s, skip_date_words(p, e, lang), e, off, 1);
        if (al || p - s < 2 || p[-2] != ',')
            return al;
        /* ", Spain (AP)": one or two capitalised words of a country */
        for (int words = 0; words < 2 && p < e && *p >= 'A' && *p <= 'Z'; words++) {
            while (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '.'))
                p++;
            while (p < e && *p == ' ')
                p++;
        }
        return paren_agency(s, p, e, off, 1);
    }
    /* a place written as a name: capitalised words, letters of any script */
    p = s;
    for (int words = 0; words < 3 && p < e; words++) {
        if (!((*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xC3))
            break;
        while (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                         (unsigned char)*p >= 0x80 || *p == '-'))
            p++;
        while (p < e && *p == ' ')
            p++;
        size_t al = paren_agency(s, p, e, off, 0);
        if (!al)
            al = paren_agency(s, skip_date_words(p, e, lang), e, off, 0);
        if (al)
            return al;
    }
    return 0;
}

/* An outlet's name as a byline or date line gives it: short, starting with
 * a capital, no sentence punctuation. */
static int outlet_name(const char *s, const char *e)
{
    if (e - s < 2 || e - s > 60 || !(*s >= 'A' && *s <= 'Z'))
        return 0;
    for (const char *p = s; p < e; p++)
        if (*p == '.' && p + 1 < e && p[1] == ' ')
            return 0;
    for (const char *p = s; p < e; p++)
        if (*p == '?' || *p == '!' || *p == ':' || *p == ';' || *p == '"')
            return 0;
    return 1;
}

/* "By Ina Holm, Harbour Courier" or "By Ina Holm | Harbour Courier": the
 * outlet after the author.  Returns its length (at *o) or 0. */
static size_t byline_outlet(const char *s, const char *e, const char **o)
{
    if (e - s > 100 || e - s < 6 || strncasecmp(s, "by ", 3) != 0)
        return 0;
    const char *c = NULL;
    for (const char *p = s + 3; p < e; p++)
        if (*p == ',' || *p == '|')
            c = p;
    if (!c)
        return 0;
    const char *a = c + 1, *b = e;
    trim(&a, &b);
    if (!outlet_name(a, b))
        return 0;
    *o = a;
    return (size_t)(b - a);
}

/* "March 3, 2031 | Coast Radio News" (or the outlet first): a date line
 * naming its outlet.  Sets *d and the outlet (at *o, length returned). */
static size_t bar_line(const char *s, const char *e, pc_date *d, const char **o)
{
    if (e - s > 120)
        return 0;
    const char *bar = memchr(s, '|', (size_t)(e - s));
    if (!bar)
        return 0;
    const char *ls = s, *le = bar, *rs = bar + 1, *re = e;
    trim(&ls, &le);
    trim(&rs, &re);
    if (date_line(ls, le, NULL, d) && outlet_name(rs, re)) {
        *o = rs;
        return (size_t)(re - rs);
    }
    if (date_line(rs, re, NULL, d) && outlet_name(ls, le)) {
        *o = ls;
        return (size_t)(le - ls);
    }
    return 0;
}

/* "PALVIK, March 3 (Northern Wire) -": a dateline whose place is followed
 * by a date without a year; in another language also day first in its
 * words ("PARIS, 3 mars (AFP) -").  Sets *month and *day; returns the
 * agency's length (at s + *off) or 0. */
static size_t dated_dateline(const char *s, const char *e, const pc_lang *lang, size_t *off,
                             int *month, int *day)
{
    const char *p = s;
    size_t caps = 0;
    while (p < e && ((*p >= 'A' && *p <= 'Z') || *p == ' ' || *p == '-' || *p == '.')) {
        caps += *p >= 'A' && *p <= 'Z';
        p++;
    }
    if (caps < 2 || p >= e || *p != ',')
        return 0;
    p++;
    while (p < e && *p == ' ')
        p++;
    /* "ISLA BRAVA, Spain, March 3 (Reuters) -": a country or state of one
     * or two capitalised words and a comma before the date */
    const char *q = p;
    for (int words = 0; words < 2 && q < e && *q >= 'A' && *q <= 'Z'; words++) {
        while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '.'))
            q++;
        if (q < e && *q == ',') {
            q++;
            while (q < e && *q == ' ')
                q++;
            if (!(lang ? pc_lang_month(lang, p, (size_t)(q - p)) : 0))
                p = q;
            break;
        }
        while (q < e && *q == ' ')
            q++;
    }
    int dd = 0, mo = 0;
    if (lang && p < e && *p >= '0' && *p <= '9') { /* "3 mars", "3. März" */
        while (p < e && *p >= '0' && *p <= '9' && dd < 100)
            dd = dd * 10 + (*p++ - '0');
        if (p < e && *p == '.')
            p++;
        while (p < e && *p == ' ')
            p++;
        const char *ms = p;
        while (p < e && *p != ' ' && *p != '(' && *p != ',')
            p++;
        mo = pc_lang_month(lang, ms, (size_t)(p - ms));
    } else {
        const char *ms = p;
        while (p < e && ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '.'))
            p++;
        mo = pc_lex_month(ms, (size_t)(p - ms - (p > ms && p[-1] == '.')));
        while (p < e && *p == ' ')
            p++;
        while (p < e && *p >= '0' && *p <= '9' && dd < 100)
            dd = dd * 10 + (*p++ - '0');
    }
    if (!mo || dd < 1 || dd > 31)
        return 0;
    while (p < e && *p == ' ')
        p++;
    size_t al = paren_agency(s, p, e, off, 1);
    if (!al)
        return 0;
    *month = mo;
    *day = dd;
    return al;
}

int pc_meta_detect(pc_arena *a, const char *text, size_t len, precis_doc_meta *m)
{
    return pc_meta_detect_lang(a, text, len, NULL, m);
}

int pc_meta_detect_lang(pc_arena *a, const char *text, size_t len, const pc_lang *lang,
                        precis_doc_meta *m)
{
    /* outlets found in the text, in the order they are trusted: the
     * dateline's agency, a byline, a date line's "| Outlet" */
    const char *src_dl = NULL, *src_by = NULL, *src_bar = NULL;
    size_t len_dl = 0, len_by = 0, len_bar = 0;
    int dl_month = 0, dl_day = 0;
    if (len > META_HEAD_BYTES && !m->url) {
        /* "Original url:" closes a page: look at the tail too. */
        const char *tail = text + len - META_HEAD_BYTES / 2, *end = text + len;
        const char *hit = NULL;
        /* the last "original url:": colons are rare, memchr jumps to each */
        for (const char *c = tail; (c = memchr(c, ':', (size_t)(end - c))) != NULL; c++)
            if (c - tail >= 12 && strncasecmp(c - 12, "original url:", 13) == 0)
                hit = c - 12;
        if (hit) {
            const char *us, *ue;
            if (find_url(hit + 13, text + len, &us, &ue) &&
                !(m->url = pc_arena_strndup(a, us, (size_t)(ue - us))))
                return -1;
        }
    }
    size_t limit = len < META_HEAD_BYTES ? len : META_HEAD_BYTES;
    size_t line = 0, nlines = 0;
    int url_next = 0, seen_text = 0;
    for (size_t i = 0; i <= len && nlines < META_HEAD_LINES; i++) {
        if (i < len) { /* to the line's end */
            const char *nl = memchr(text + i, '\n', len - i);
            i = nl ? (size_t)(nl - text) : len;
        }
        const char *s = text + line, *e = text + i;
        line = i + 1;
        trim(&s, &e);
        if (s == e)
            continue;
        nlines++;
        if (url_next && !m->url) {
            const char *us, *ue;
            if (find_url(s, e, &us, &ue) && !(m->url = pc_arena_strndup(a, us, (size_t)(ue - us))))
                return -1;
            url_next = 0;
        }
        if ((size_t)(e - s) >= 13 && strncasecmp(s, "original url:", 13) == 0) {
            const char *us, *ue;
            if (!m->url && find_url(s + 13, e, &us, &ue)) {
                if (!(m->url = pc_arena_strndup(a, us, (size_t)(ue - us))))
                    return -1;
            } else {
                url_next = 1;
            }
            continue;
        }
        if (i > limit && m->date)
            continue; /* past the head: only the url may still come */
        pc_date d;
        const char *o;
        size_t ol;
        if (i <= limit && !src_bar && (ol = bar_line(s, e, &d, &o)) != 0) {
            src_bar = o, len_bar = ol;
            if (!m->date && !(m->date = iso(a, d)))
                return -1;
            continue;
        }
        if (!m->date && i <= limit && date_line(s, e, lang, &d)) {
            if (!(m->date = iso(a, d)))
                return -1;
            continue;
        }
        if (!seen_text && !src_by && (ol = byline_outlet(s, e, &o)) != 0) {
            src_by = o, len_by = ol;
            continue;
        }
        if (!seen_text && !src_dl) {
            /* the dated form first: it gives the day as well */
            size_t off, al = dated_dateline(s, e, lang, &off, &dl_month, &dl_day);
            if (!al)
                al = dateline_agency(s, e, lang, &off);
            if (al)
                src_dl = s + off, len_dl = al;
        }
        if (e - s > 80)
            seen_text = 1; /* a dateline opens the first paragraph of text */
        if (i > limit && !url_next)
            break;
    }
    const char *src = src_dl ? src_dl : src_by ? src_by : src_bar;
    size_t sl = src_dl ? len_dl : src_by ? len_by : len_bar;
    if (!m->source && src && !(m->source = pc_arena_strndup(a, src, sl)))
        return -1;
    if (!m->date && dl_month) {
        /* a dateline's day without its year: ISO 8601's --MM-DD; the digest
         * takes the year from the cluster's other dates */
        char buf[16];
        snprintf(buf, sizeof buf, "--%02d-%02d", dl_month, dl_day);
        if (!(m->date = pc_arena_strndup(a, buf, strlen(buf))))
            return -1;
    }
    if (!m->source && m->url) {
        char buf[128];
        const char *name = pc_meta_outlet(m->url, strlen(m->url), buf, sizeof buf);
        if (name && !(m->source = pc_arena_strndup(a, name, strlen(name))))
            return -1;
    }
    return 0;
}
