/* Main-content extraction (readability-like): score paragraphs into their
 * ancestors, take the best container and the siblings that score like it,
 * then write its paragraphs, leaving out link lists, widgets and short
 * link-dense lines.  Every step is linear in the number of nodes except the
 * ancestor walks, which are bounded (5 levels, or the depth for the few top
 * candidates). */
#include "html/extract.h"

#include <string.h>

#include "html/tree.h"
#include "lang/lang.h"
#include "text/clean.h"
#include "text/dates.h"
#include "text/words.h"
#include "util/alloc.h"

#define NTOP 5
/* a paragraph of the article's scope outside the top candidate is kept
 * from this many characters on (a lead, an abstract; shorter lines there
 * are mostly captions, datelines and labels) */
#define PROSE_MIN 80
/* text-only candidates scoring at least this share of the best one are
 * not boilerplate by their class names */
#define UNCUE_NEAR 0.5f
/* the best candidate under the heading that repeats the page's title is
 * the article when it scores at least this share of the best one */
#define TITLE_RATIO 0.25f
#define TITLE_ARTICLE_MIN 500 /* characters */
/* inside an article that is itself mostly links (a link roll), a container
 * is a link list only when its link density exceeds the article's by this */
#define LINK_OVER_TOP 0.2
/* a block holding an image and less text than this is the picture's
 * caption and credit, not body text */
#define CAPTION_MAX 250
#define FORM_MAX 300   /* characters: a form with more text is a page in a form */
#define FIGURES_MAX 40 /* bytes: a longer line of figures may be data */

/* The length of the invisible format character at s[0..n), or 0: the soft
 * hyphen U+00AD, the zero-width space U+200B, the word joiner U+2060 and
 * the zero-width no-break space (BOM) U+FEFF.  A page puts them inside
 * words where a line may or may not break ("Wäh\u00ADrend",
 * "long\u200Bword"); a reader sees the word without them, and with them
 * the word is another string to every search, tokenizer and comparison.
 * Not the zero-width (non-)joiners U+200C/U+200D: they change how
 * Persian, Indic scripts and emoji are drawn. */
static size_t invisible(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xAD)
        return 2;
    if (n >= 3 && ((u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B) ||
                   (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0) ||
                   (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)))
        return 3;
    return 0;
}

/* Adds the word s[0..n) without its invisible characters; the number of
 * bytes added, or -1 */
static long add_visible(pc_buf *b, const char *s, size_t n)
{
    size_t a = 0, added = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c == 0xC2 || c == 0xE2 || c == 0xEF ? invisible(s + i, n - i) : 0;
        if (!k)
            continue;
        if (i > a && pc_buf_add(b, s + a, i - a))
            return -1;
        added += i - a;
        i += k - 1;
        a = i + 1;
    }
    if (n > a && pc_buf_add(b, s + a, n - a))
        return -1;
    return (long)(added + n - a);
}

/* 1 if s[0..n) holds an invisible character (memchr for their lead bytes:
 * most text has none, and the words are then copied as they are) */
static int has_invisible(const char *s, size_t n)
{
    static const unsigned char lead[] = {0xC2, 0xE2, 0xEF};
    for (size_t k = 0; k < sizeof lead; k++)
        for (const char *p = memchr(s, lead[k], n); p;
             p = memchr(p + 1, lead[k], n - (size_t)(p + 1 - s)))
            if (invisible(p, n - (size_t)(p - s)))
                return 1;
    return 0;
}

int pc_html_add_collapsed(pc_buf *b, const char *s, size_t len)
{
    int inv = has_invisible(s, len);
    int sp = b->len == 0 || b->ptr[b->len - 1] == ' ' || b->ptr[b->len - 1] == '\n';
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' &&
               s[j] != '\f')
            j++;
        if (j > i) {
            long k = inv ? add_visible(b, s + i, j - i)
                         : (pc_buf_add(b, s + i, j - i) ? -1 : (long)(j - i));
            if (k < 0)
                return -1;
            if (k)
                sp = 0;
        }
        if (j < len && !sp) {
            if (pc_buf_addch(b, ' '))
                return -1;
            sp = 1;
        }
        i = j + 1;
    }
    return 0;
}

static double link_density(const pc_xnode *x)
{
    return x->text ? (double)x->link / x->text : 0.0;
}

static int tag_base(unsigned tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

/* A node whose text counts as one paragraph for scoring. */
static int is_para_like(const pc_xnode *x)
{
    switch (x->tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
        return 1;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_LI: /* a list item is text like a paragraph */
    case GUMBO_TAG_DD:
        return !(x->flags & PC_XF_BLOCKKIDS);
    default:
        return 0;
    }
}

static void touch(pc_xtree *t, uint32_t i)
{
    pc_xnode *x = &t->n[i];
    if (x->flags & PC_XF_CAND)
        return;
    x->flags |= PC_XF_CAND;
    x->score = (float)(tag_base(x->tag) + (t->text_only ? 0 : x->weight));
}

/* Adds the score of a paragraph of `text` characters and `commas` commas
 * to its container `a` and up to four ancestors above it (readability). */
static void add_paragraph(pc_xtree *t, uint32_t a, uint32_t text, uint32_t commas)
{
    if (text < 25)
        return;
    double s = 1.0 + commas + (text / 100 < 3 ? text / 100 : 3);
    for (int level = 0; level < 5 && a != UINT32_MAX; level++, a = t->n[a].parent) {
        touch(t, a);
        double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        t->n[a].score += (float)(s / div);
    }
}

/* Scores the paragraphs outside the subtrees of nodes flagged `skip`. */
static void score_paragraphs(pc_xtree *t, unsigned skip)
{
    for (size_t i = 0; i < t->len; i++) {
        t->n[i].flags &= (uint16_t)~PC_XF_CAND;
        t->n[i].score = t->n[i].best = 0;
    }
    for (size_t i = 1; i < t->len;) {
        pc_xnode *x = &t->n[i];
        if (x->flags & skip) {
            i = x->end;
            continue;
        }
        i++;
        if (x->tag == PC_TAG_TEXT)
            continue;
        if (is_para_like(x)) {
            add_paragraph(t, x->parent, x->text, x->commas);
            continue;
        }
        if (!(x->flags & PC_XF_BLOCKKIDS))
            continue;
        /* text and inline elements between the block children of a
         * container are paragraphs too (text separated by <br> or by empty
         * <div>s, as some CMSs write it) */
        uint32_t text = 0, commas = 0;
        for (uint32_t c = (uint32_t)i; c <= x->end; c = t->n[c].end) {
            if (c == x->end || (t->n[c].tag != PC_TAG_TEXT && pc_tag_is_block(t->n[c].tag))) {
                add_paragraph(t, (uint32_t)(i - 1), text, commas);
                text = commas = 0;
                if (c == x->end)
                    break;
                continue;
            }
            if (!(t->n[c].flags & skip)) {
                text += t->n[c].text;
                commas += t->n[c].commas;
            }
        }
    }
    for (size_t i = 0; i < t->len; i++)
        if (t->n[i].flags & PC_XF_CAND)
            t->n[i].score *= (float)(1.0 - link_density(&t->n[i]));
    /* best candidate score in each subtree */
    for (size_t i = t->len; i-- > 1;) {
        pc_xnode *x = &t->n[i];
        float own = (x->flags & PC_XF_CAND) ? x->score : 0;
        if (own > x->best)
            x->best = own;
        if (!(x->flags & skip) && x->best > t->n[x->parent].best)
            t->n[x->parent].best = x->best;
    }
}

static int is_ancestor(const pc_xtree *t, uint32_t a, uint32_t d)
{
    return d > a && d < t->n[a].end;
}

/* Picks the container of the article: the best-scoring candidate, moved up
 * to a common ancestor when several near-best candidates share one, or to a
 * parent that scores better. */
static uint32_t pick_top(pc_xtree *t)
{
    uint32_t top[NTOP];
    size_t ntop = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (!(t->n[i].flags & PC_XF_CAND))
            continue;
        float s = t->n[i].score;
        size_t k = ntop;
        while (k > 0 && t->n[top[k - 1]].score < s)
            k--;
        if (k >= NTOP)
            continue;
        if (ntop < NTOP)
            ntop++;
        memmove(top + k + 1, top + k, (ntop - 1 - k) * sizeof *top);
        top[k] = (uint32_t)i;
    }
    if (!ntop)
        return 0;
    uint32_t best = top[0];
    float bs = t->n[best].score;
    /* near-best candidates elsewhere under one ancestor: the article is split
     * (readability: at least 3 of the top 5) */
    size_t nalt = 0;
    uint32_t alt[NTOP];
    for (size_t k = 1; k < ntop; k++)
        if (t->n[top[k]].score >= 0.75f * bs && !is_ancestor(t, top[k], best) &&
            !is_ancestor(t, best, top[k]))
            alt[nalt++] = top[k];
    if (nalt >= 3) {
        for (uint32_t a = t->n[best].parent; a != UINT32_MAX && a != 0; a = t->n[a].parent) {
            size_t in = 0;
            for (size_t k = 0; k < nalt; k++)
                in += is_ancestor(t, a, alt[k]);
            if (in >= 3) {
                best = a;
                break;
            }
        }
    }
    touch(t, best);
    /* climb while the parent scores better */
    float last = t->n[best].score, threshold = last / 3;
    for (uint32_t a = t->n[best].parent, below = best; a != UINT32_MAX && a != 0;
         below = a, a = t->n[a].parent) {
        if (!(t->n[a].flags & PC_XF_CAND))
            continue;
        /* a mere wrapper (no text of its own beside the node below) is
         * passed over: it scores low only for its distance */
        if (t->n[a].text == t->n[below].text)
            continue;
        if (t->n[a].score < threshold)
            break;
        if (t->n[a].score > last) {
            best = a;
            break;
        }
        last = t->n[a].score;
    }
    /* an only child stands for its parent */
    while (best != 0) {
        uint32_t p = t->n[best].parent;
        size_t kids = 0;
        for (uint32_t c = p + 1; c < t->n[p].end; c = t->n[c].end)
            if (t->n[c].tag != PC_TAG_TEXT || t->n[c].text)
                kids++;
        if (kids != 1 || p == 0)
            break;
        best = p;
    }
    return best;
}

/* ---- writing paragraphs ------------------------------------------------- */

typedef struct writer {
    pc_xtree *t;
    pc_buf para; /* the paragraph being built */
    uint32_t chars, link;
    pc_buf *out;
    double link_ok;  /* link density above which a container is a link list */
    uint32_t cell;   /* the table cell whose paragraph is being flushed, or 0 */
    int wrapped;     /* the paragraph is a block inside a link (<a><p>...</p></a>) */
    int after_offer; /* the last text flushed was a dropped offer (drop_offers) */
    /* a table's rows as lines (flush): */
    uint32_t row;         /* the row of the last cell flushed, */
    unsigned row_cells;   /* ... its cells when it is a row of data, else 0, */
    unsigned row_written; /* ... how many of them were written joined, */
    uint32_t row_table;   /* ... and its table */
    uint32_t table;       /* the table of the last joined cell, */
    size_t table_out;     /* ... and the length of `out` after it */
    size_t first;         /* the length of `out` when the range began */
    uint32_t *upto;       /* upto[i]: characters of the text nodes before node i */
} writer;

/* 1 if s[0..n) is made of figures alone: digits, with ASCII punctuation,
 * spaces and Unicode general punctuation (dashes) between them, and no
 * letter ("12.03.2021 14:35", "3/4"): a date or time stamp, a counter. */
static int figures_only(const char *s, size_t n)
{
    int digits = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9')
            digits = 1;
        else if (c >= 0x80) {
            /* U+2000-U+206F: spaces, dashes, quotes, bullets */
            if (c != 0xE2 || i + 2 >= n || (unsigned char)s[i + 1] != 0x80)
                return 0;
            i += 2;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return 0;
    }
    return digits;
}

/* 1 if s[0..n) is a labelled time stamp: a label of one to three words
 * without digits, a colon, then a date and, optionally, a clock time with
 * at most one short word after it ("Veröffentlichung: 2. Februar 2022",
 * "Stand: 05. Februar 2020", "zuletzt bearbeitet: 04.02.2022, 08:27 Uhr",
 * "Datum: 19.11.2021").  The date is in figures (numeric_date: "Level:
 * 70" and "Tel.: 0228-999582-5777" are none) or written with a year of
 * four digits and a month's name in English or in any language of the
 * profiles (pc_date_parse_lang).  Like a line of figures alone, the line dates the
 * page: a label and a date say nothing else. */
#define STAMP_MAX 60 /* bytes */

/* 1 if s[0..n) is a date in figures: day, month and year ("19.11.2021",
 * "4. 2. 2022", "28-04-2021", "3/4/21") or year, month and day
 * ("2021-04-28"), separated by '.', '/' or '-' (a space after a '.');
 * not a telephone number ("0228-999582-5777", "06051 88770 230"). */
static int numeric_date(const char *s, size_t n)
{
    size_t len[3], i = 0;
    char sep = 0;
    for (int g = 0; g < 3; g++) {
        size_t st = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        len[g] = i - st;
        if (!len[g] || len[g] > 4)
            return 0;
        if (g == 2)
            break;
        if (i == n || (s[i] != '.' && s[i] != '/' && s[i] != '-') || (sep && s[i] != sep))
            return 0;
        sep = s[i++];
        if (sep == '.' && i < n && s[i] == ' ')
            i++;
    }
    if (i != n)
        return 0;
    if (len[0] == 4)
        return len[1] <= 2 && len[2] <= 2;
    return len[0] <= 2 && len[1] <= 2 && (len[2] == 2 || len[2] == 4);
}
static int labelled_stamp(const char *line, size_t len)
{
    if (len >= STAMP_MAX)
        return 0;
    char s[STAMP_MAX]; /* the line, no-break spaces as spaces */
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)line[i] == 0xC2 && i + 1 < len && (unsigned char)line[i + 1] == 0xA0) {
            s[n++] = ' ';
            i++;
        } else {
            s[n++] = line[i] == '\n' || line[i] == '\t' ? ' ' : line[i];
        }
    }
    while (n && s[0] == ' ') {
        memmove(s, s + 1, --n);
    }
    const char *colon = memchr(s, ':', n);
    if (!colon || colon == s)
        return 0;
    size_t lab = (size_t)(colon - s), words = 0;
    for (size_t i = 0; i < lab; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ')
            continue;
        if ((c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '-' && c != '.') ||
            (c == '.' && (i == 0 || s[i - 1] == ' ')))
            return 0; /* digits, punctuation: no label */
        words += i == 0 || s[i - 1] == ' ';
    }
    if (!words || words > 3)
        return 0;
    size_t a = lab + 1, e = n;
    while (a < e && s[a] == ' ')
        a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '.'))
        e--;
    /* a clock time, H:MM or HH:MM, and at most one word of up to 4 bytes */
    size_t d = e;
    for (size_t k = a; k + 3 < e; k++)
        if (s[k] >= '0' && s[k] <= '9' && (k == a || s[k - 1] == ' ' || s[k - 1] == ',')) {
            size_t h = k;
            while (h < e && h - k < 2 && s[h] >= '0' && s[h] <= '9')
                h++;
            if (h + 2 < e && s[h] == ':' && s[h + 1] >= '0' && s[h + 1] <= '9' && s[h + 2] >= '0' &&
                s[h + 2] <= '9') {
                size_t t = h + 3;
                while (t < e && s[t] == ' ')
                    t++;
                if (e - t <= 4 && !memchr(s + t, ' ', e - t)) {
                    d = k;
                    break;
                }
            }
        }
    while (d > a && (s[d - 1] == ' ' || s[d - 1] == ',' || s[d - 1] == '-' || s[d - 1] == '|'))
        d--;
    if (d == a)
        return 0;
    if (numeric_date(s + a, d - a))
        return 1;
    /* a month's name: the parser of the languages that have it (the
     * parser is not tried on every label's text: most are no dates) */
    size_t year = 0; /* a run of four digits, a year, is needed */
    for (size_t i = a; i < d && !year; i++)
        if ((i == a || s[i - 1] < '0' || s[i - 1] > '9') && i + 4 <= d && s[i] >= '0' &&
            s[i] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
            s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
            (i + 4 == d || s[i + 4] < '0' || s[i + 4] > '9'))
            year = 1;
    if (!year)
        return 0;
    pc_date dt;
    for (size_t i = a; i < d; i++) {
        if ((unsigned char)s[i] < 0x80 && !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
            continue;
        size_t j = i;
        while (j < d && s[j] != ' ' && s[j] != ',' && s[j] != '.' && !(s[j] >= '0' && s[j] <= '9'))
            j++;
        if (pc_lex_month(s + i, j - i))
            return pc_date_parse(s + a, d - a, &dt);
        for (size_t k = 0; k < pc_lang_count(); k++)
            if (pc_lang_month(pc_lang_at(k), s + i, j - i) &&
                pc_date_parse_lang(s + a, d - a, pc_lang_at(k), &dt))
                return 1;
        i = j;
    }
    return 0;
}

/* Drops the lines of paragraph p that are copyright notices: "©", "(c)"
 * or "Copyright", then a year (pc_copyright_notice), and at most
 * NOTICE_MAX tokens in all.  A page's foot written as the last line of the
 * article's last paragraph, after a <br> ("... footbridge.<br>© 2024 Port
 * Elston Gazette. All rights reserved."), is no part of the article; in a
 * block of its own it is one only when its class names a copyright (a
 * cue).  A line is what <br> ends, so the notice has a line to itself and
 * the bound can be wider than for a sentence of plain text, where a
 * notice may run into the lead (PC_COPYRIGHT_TOKENS): the wire's "All
 * rights reserved. This material may not be published, broadcast,
 * rewritten or redistributed." belongs to it, and so do a site's reprint
 * terms ("This article is the property of ... Written permission must be
 * obtained ...", 37 tokens with its notice).  The bound only keeps a
 * long paragraph that opens like a notice (a list's "(c) 2019 rules
 * ..."). */
#define NOTICE_MAX 60 /* tokens */

/* the tokens of s[0..n), white space between them */
static unsigned count_tokens(const char *s, size_t n)
{
    unsigned tokens = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
        if (!sp && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\t'))
            tokens++;
    }
    return tokens;
}

/* 1 if the line s[0..n) ends in a picture credit: "©" and at most
 * CREDIT_TOKENS tokens after it, to the end of a line shorter than
 * CREDIT_LINE_MAX bytes ("Marco Odermatt, Ski-Star. © AFP / MARCO
 * BERTORELLO", "Foto © Jörg Gemsch", "©iStock").  A credit without a year
 * is no copyright notice, but the line it ends is a caption, or the credit
 * alone: CMSs write them as paragraphs of the body, out of reach of the
 * figure and caption rules.  The sign itself, not the word "Photo" of one
 * language. */
#define CREDIT_TOKENS 8
#define CREDIT_LINE_MAX 300 /* bytes */
static int credit_line(const char *s, size_t n)
{
    if (n >= CREDIT_LINE_MAX)
        return 0;
    size_t c = n;
    while (c >= 2 && !((unsigned char)s[c - 2] == 0xC2 && (unsigned char)s[c - 1] == 0xA9))
        c--;
    if (c < 2)
        return 0;
    unsigned tokens = count_tokens(s + c, n - c);
    return tokens >= 1 && tokens <= CREDIT_TOKENS;
}

/* 1 if the line s[0..n) is a labelled picture credit: one or two words
 * naming a picture or a credit (PICTURE_LABELS), a colon and at most
 * CREDIT_TOKENS tokens to the end of the line ("Fotos: Tobias König",
 * "Crédits photos : Bestimage", "Titelbild: Geyres Christophe/ABACA/
 * picture-alliance", a lone "Bild:" whose credit went as a © line), or
 * a line under CREDIT_LINE_MAX bytes that ends in such a credit in
 * brackets, a caption ("... im Überblick. (Foto: Getty)").  The same
 * furniture as the © credit, in the words of the language; the labels
 * are the general words for a picture, not a site's.  A source line
 * ("Quelle: Landesregierung", under a table) is no picture's and
 * stays. */
static const char *const PICTURE_LABELS[] = {
    "photo",        "photos",     "foto",       "fotos",       "bild",    "bilder",
    "titelbild",    "titelfoto",  "image",      "images",      "picture", "pictures",
    "illustration", "credit",     "credits",    "crédit",      "crédits", "bildnachweis",
    "fotonachweis", "bildquelle", "fotocredit", "fotocredits", NULL};
static int word_in(const char *w, size_t n, const char *const *list, int fold);
static size_t word_end(const char *s, size_t i, size_t n);

/* the end of a picture label of one or two words at s[i..n) followed by a
 * colon (the byte after the colon), or 0 */
static size_t picture_label(const char *s, size_t i, size_t n)
{
    for (int k = 0; k < 2; k++) {
        size_t e = word_end(s, i, n);
        if (e == i || !word_in(s + i, e - i, PICTURE_LABELS, 1))
            return 0;
        i = e;
        while (i < n && s[i] == ' ')
            i++;
        if (i < n && s[i] == ':')
            return i + 1;
    }
    return 0;
}

static int picture_credit(const char *s, size_t n)
{
    if (n >= CREDIT_LINE_MAX)
        return 0;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    size_t c = picture_label(s, i, n);
    if (c)
        return count_tokens(s + c, n - c) <= CREDIT_TOKENS;
    /* a credit in brackets closing the line */
    if (!n || s[n - 1] != ')')
        return 0;
    size_t o = n - 1;
    while (o > 0 && s[o - 1] != '(' && s[o - 1] != ')')
        o--;
    if (!o || s[o - 1] != '(')
        return 0;
    c = picture_label(s, o, n - 1);
    return c && c < n - 1 && count_tokens(s + c, n - 1 - c) <= CREDIT_TOKENS;
}

/* 1 if the line s[0..n) is written in mixed scripts: MIXED_MIN or more
 * of its words, and at least a quarter of them, each mix Latin and
 * Cyrillic letters ("Аdvеrtіѕе wіth thе most visited").  Natural text
 * writes a word in one script; a word spelled with look-alike letters of
 * another is text hidden from filters, an advertisement or spam, never
 * the article.  A Russian text naming "iPhone" has words of each script,
 * no word mixing both; one slip of the keyboard ("Cовет", a Latin C) is
 * under the bound.  Not Greek: its letters are symbols inside Latin
 * words ("μg", "kΩ").  Latin: ASCII letters and U+00C0-U+024F; Cyrillic
 * U+0400-U+04FF (two-byte UTF-8). */
#define MIXED_MIN 3 /* words */
static int mixed_script(const char *s, size_t n)
{
    /* most lines have no Cyrillic letter (lead bytes 0xD0-0xD3): done at
     * once */
    if (!memchr(s, 0xD0, n) && !memchr(s, 0xD1, n) && !memchr(s, 0xD2, n) && !memchr(s, 0xD3, n))
        return 0;
    unsigned words = 0, mixed = 0, seen = 0; /* bits: 1 Latin, 2 Cyrillic */
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)s[i] : 0;
        unsigned k = 0;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            k = 1;
        else if (c >= 0xC3 && c <= 0xC9 && i + 1 < n)
            k = 1;
        else if (c >= 0xD0 && c <= 0xD3 && i + 1 < n)
            k = 2;
        if (k) {
            seen |= k;
            i += c >= 0x80; /* the continuation byte */
            continue;
        }
        if (seen) {
            words++;
            mixed += seen == 3;
        }
        seen = 0;
    }
    return mixed >= MIXED_MIN && mixed * 4 >= words;
}

static void drop_notices(pc_buf *p)
{
    size_t r = 0, o = 0;
    while (r < p->len) {
        const char *nl = memchr(p->ptr + r, '\n', p->len - r);
        size_t e = nl ? (size_t)(nl - p->ptr) + 1 : p->len;
        size_t n = pc_copyright_notice(p->ptr + r, e - r);
        if ((!n || n > NOTICE_MAX) && !credit_line(p->ptr + r, e - r) &&
            !picture_credit(p->ptr + r, e - r) && !labelled_stamp(p->ptr + r, e - r) &&
            !mixed_script(p->ptr + r, e - r)) {
            memmove(p->ptr + o, p->ptr + r, e - r);
            o += e - r;
        }
        r = e;
    }
    if (o < p->len) { /* an empty buffer is the shared pc_buf_empty */
        p->len = o;
        p->ptr[o] = '\0';
    }
}

/* A reader's prompt: a paragraph under PROMPT_MAX bytes that asks the
 * reader to subscribe or sign up ("Get the latest updates right in your
 * inbox. Subscribe to our newsletters.", "Wenn du keinen Artikel mehr
 * verpassen willst, hol dir jetzt meinen Newsletter!").  It has no
 * structure to read, only words, so two signals, both general words of
 * the web and of grammar, must meet: a word of subscribing (PROMPT_STEMS,
 * "sign up"), and the paragraph addressed to the reader: a pronoun of the
 * reader (READER: you, Sie, du, vous, ...) or of the site (SITE: our,
 * unser, notre, ...), or "Subscribe"/"Sign up" opening a sentence (an
 * imperative).  Quotation marks report someone else's words or name a
 * title: no prompt.  PROMPT_CLOSING: such a paragraph, dropped when it
 * closes the text (a closing sentence about subscriptions, "Netflix said
 * its subscriptions rose by 5 %.", addresses no one and stays).
 * PROMPT_OFFER: the site offering its own ("our newsletter") and calling
 * on the reader (a pronoun of the reader, the imperative, or a closing
 * '!'): dropped wherever it is, the newsletter box written as a paragraph
 * of the body ("Never miss the latest news by signing up to our
 * newsletter today!").  A company's "Our subscriptions rose by a fifth."
 * calls on no one.  An appeal for money is the same box: a word of
 * supporting, donating or a paywall (APPEAL_STEMS), the site's voice and
 * a call on the reader ("Hilf mit und unterstütze unser Magazin",
 * "Spenden könnt ihr ... auf unser Konto ... Herzlichen Dank!"); as
 * these words are everyday ones in articles ("the campaign supported
 * our members"), an appeal is only ever a PROMPT_OFFER, never a closing
 * prompt on a pronoun alone. */
enum { PROMPT_NONE, PROMPT_CLOSING, PROMPT_OFFER };
#define PROMPT_MAX 250 /* bytes */
static const char *const PROMPT_STEMS[] = {
    "subscri", "newsletter", "abonnier",  "abonnez",  "abonner", "abonneer", "nieuwsbrief",
    "suscrib", "subskryp",   "iscriviti", "abbonati", "assine",  NULL};
static const char *const APPEAL_STEMS[] = {"donat",   "spende",         "spendet",  "unterstütz",
                                           "support", "soutien",        "soutenez", "apoya",
                                           "paywall", "bezahlschranke", NULL};
static const char *const READER[] = {"you",   "your",  "du",     "dir",  "dich",
                                     "dein",  "deine", "deinen", "euch", "vous",
                                     "votre", "vos",   "usted",  "uw",   NULL};
/* the site speaking of its own offer: "our newsletter" */
static const char *const SITE[] = {"our",     "unser",    "unsere",   "unseren", "unserem",
                                   "unseres", "uns",      "notre",    "nos",     "nuestro",
                                   "nuestra", "nuestros", "nuestras", "nostro",  "nostra",
                                   "nosso",   "nossa",    "onze",     NULL};
/* written in this case: German polite forms ("sie", "ihr" are third
 * persons), "us" (not "US") */
static const char *const READER_CASED[] = {"Sie",   "Ihr",   "Ihre",  "Ihren", "Ihrem",
                                           "Ihrer", "Ihres", "Ihnen", NULL};
static const char *const SITE_CASED[] = {"us", NULL};

/* 1 if the word w[0..n) is in list; fold: ASCII capitals as small letters */
static int word_in(const char *w, size_t n, const char *const *list, int fold)
{
    for (; *list; list++) {
        size_t i = 0;
        while (i < n && (*list)[i] &&
               (fold && w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]) == (*list)[i])
            i++;
        if (i == n && !(*list)[i])
            return 1;
    }
    return 0;
}

static int prompt_stem(const char *w, size_t n, const char *const *stems)
{
    for (const char *const *st = stems; *st; st++) {
        size_t i = 0; /* ASCII letters folded; bytes past ASCII as they are */
        while (i < n && (*st)[i] && (w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]) == (*st)[i])
            i++;
        if (!(*st)[i])
            return 1;
    }
    return 0;
}

/* The end of the word starting at s[i] (i itself when none starts
 * there): a run of ASCII letters and of bytes past ASCII but a no-break
 * space (a prompt's "our&nbsp;eNATION" is two words). */
static size_t word_end(const char *s, size_t i, size_t n)
{
    while (i < n && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
                     ((unsigned char)s[i] >= 0x80 && !((unsigned char)s[i] == 0xC2 && i + 1 < n &&
                                                       (unsigned char)s[i + 1] == 0xA0))))
        i++;
    return i;
}

/* The byte after the character at s[i] outside a word: a no-break space
 * is two bytes (the second would start a word). */
static size_t next_char(const char *s, size_t i, size_t n)
{
    return i + 1 + ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0);
}

/* A call to follow the site or its writer (on a social network), opening
 * a sentence: a verb of following (FOLLOW: "Follow", "Folgen", "Suivez")
 * and a pronoun as its object (FOLLOW_OBJ: us, him, uns, nous, ...) or an
 * @-handle, after the German polite "Sie" or a hyphen if any ("Follow her
 * on Twitter @...", "Folgen Sie uns auf ...", "Suivez-nous", "Follow
 * @..."), or one word that is both (FOLLOW_ONE: "Síguenos").  The object
 * is what makes it a call: "Follow the river to the bridge" and
 * "Folgen Sie dem Weg" are directions. */
static const char *const FOLLOW[] = {"follow", "folgen", "folgt", "folge", "suivez", NULL};
static const char *const FOLLOW_OBJ[] = {"us",  "me",   "him",  "her", "them", "uns",
                                         "mir", "mich", "nous", "moi", NULL};
static const char *const FOLLOW_ONE[] = {"síguenos", "seguici", NULL};

static int follow_call(const char *s, size_t i, size_t j, size_t n)
{
    static const char *const sie[] = {"Sie", NULL};
    if (word_in(s + i, j - i, FOLLOW_ONE, 1))
        return 1;
    if (!word_in(s + i, j - i, FOLLOW, 1))
        return 0;
    for (int k = 0; k < 2; k++) {
        while (j < n &&
               (s[j] == ' ' || s[j] == '-' ||
                ((unsigned char)s[j] == 0xC2 && j + 1 < n && (unsigned char)s[j + 1] == 0xA0)))
            j = next_char(s, j, n);
        if (j < n && s[j] == '@')
            return 1;
        size_t e = word_end(s, j, n);
        if (word_in(s + j, e - j, FOLLOW_OBJ, 1))
            return 1;
        if (k || !word_in(s + j, e - j, sie, 0))
            return 0;
        j = e;
    }
    return 0;
}

/* the first letters of the words of list (each opens with an ASCII
 * letter), as bits of a-z */
static uint32_t first_letters(const char *const *list)
{
    uint32_t m = 0;
    for (; *list; list++)
        m |= 1u << (((*list)[0] | 0x20) - 'a');
    return m;
}

/* 1 if s[0..n) holds a quotation mark: '"', '«', '»', '“', '”', '„' */
static int has_quotes(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '"' ||
            ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
             ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB)) ||
            ((unsigned char)s[i] == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             (unsigned char)s[i + 2] >= 0x9C && (unsigned char)s[i + 2] <= 0x9E))
            return 1;
    return 0;
}

/* A prompt to get the site's app: a word of downloading (DOWNLOAD), an
 * app (APP) and the platforms of phones (PLATFORM: iOS, Android) in one
 * paragraph ("For the latest stories download the ... apps for iOS and
 * Android.").  A closing prompt: a review of an app that names them all
 * in its closing line is rare, and only the last lines are read. */
static const char *const DOWNLOAD[] = {"download", "herunterl", "télécharg", "descarg",
                                       "scarica",  "pobierz",   NULL};
static const char *const APP[] = {"app",         "apps",         "app-", "appli",
                                  "application", "applications", NULL};
static const char *const PLATFORM[] = {"ios", "android", NULL};

static int reader_prompt(const char *s, size_t n)
{
    static const char *const sign[] = {"sign", "signing", NULL}, *const up[] = {"up", NULL},
                             *const subscribe[] = {"subscribe", NULL};
    if (n >= PROMPT_MAX)
        return PROMPT_NONE;
    /* a word of subscribing, and whether it opens a sentence as an
     * imperative; most paragraphs stop here (the first letters of the
     * stems pick the words worth comparing) */
    uint32_t m_prompt = first_letters(PROMPT_STEMS) | 1u << ('s' - 'a'), /* "sign" */
        m_appeal = first_letters(APPEAL_STEMS),
             m_follow = first_letters(FOLLOW) | first_letters(FOLLOW_ONE),
             m_app = first_letters(DOWNLOAD) | first_letters(APP) | first_letters(PLATFORM);
    int prompt = 0, appeal = 0, imperative = 0, start = 1, prev_sign = 0, prev_start = 0;
    int app = 0; /* bits: 1 downloading, 2 an app, 4 a platform */
    for (size_t i = 0; i < n;) {
        size_t j = word_end(s, i, n);
        if (j == i) {
            if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == '\n')
                start = 1;
            i = next_char(s, i, n);
            continue;
        }
        const char *w = s + i;
        size_t wn = j - i;
        unsigned c = (unsigned char)(w[0] | 0x20) - 'a';
        uint32_t bit = c < 26 ? 1u << c : 0;
        int cand = (bit & m_prompt) != 0;
        if (cand && prompt_stem(w, wn, PROMPT_STEMS)) {
            prompt = 1;
            imperative |= start && word_in(w, wn, subscribe, 1);
        } else if ((bit & m_appeal) && prompt_stem(w, wn, APPEAL_STEMS)) {
            appeal = 1;
        } else if ((bit & m_follow) && start && follow_call(s, i, j, n)) {
            prompt = imperative = 1;
        } else if (prev_sign && wn == 2 && word_in(w, wn, up, 1)) {
            prompt = 1;
            imperative |= prev_start && prev_sign == 1; /* "Sign up", not "Signing up" */
        } else if (bit & m_app) {
            app |= (prompt_stem(w, wn, DOWNLOAD) ? 1 : 0) | (word_in(w, wn, APP, 1) ? 2 : 0) |
                   (word_in(w, wn, PLATFORM, 1) ? 4 : 0);
        }
        prev_sign = cand && (wn == 4 || wn == 7) && word_in(w, wn, sign, 1) ? 1 + (wn > 4) : 0;
        prev_start = start;
        start = 0;
        i = j;
    }
    if (!prompt && !appeal && app != 7)
        return PROMPT_NONE;
    /* quotation marks: someone else's words, or a title, not the site's
     * own voice */
    if (has_quotes(s, n))
        return PROMPT_NONE;
    /* address 1: the reader's pronoun, 2: the site's; yours: a word of
     * the appeal next to the reader's pronoun ("your support", "Ihrer
     * Unterstützung", "spenden Sie") */
    int address = 0, yours = 0, prev_reader = 0, prev_appeal = 0;
    for (size_t i = 0; i < n;) {
        size_t j = word_end(s, i, n);
        if (j == i) {
            i = next_char(s, i, n);
            continue;
        }
        int reader = word_in(s + i, j - i, READER, 1) || word_in(s + i, j - i, READER_CASED, 0);
        int ap = appeal && prompt_stem(s + i, j - i, APPEAL_STEMS);
        address |= reader;
        yours |= (reader && prev_appeal) || (ap && prev_reader);
        prev_reader = reader;
        prev_appeal = ap;
        if (word_in(s + i, j - i, SITE, 1) || word_in(s + i, j - i, SITE_CASED, 0))
            address |= 2;
        i = j;
    }
    size_t e = n;
    while (e && (s[e - 1] == ' ' || s[e - 1] == '\n'))
        e--;
    int call = (address & 1) || imperative || (e && s[e - 1] == '!');
    if ((address & 2) && call)
        return PROMPT_OFFER;
    /* an appeal for money to the reader's own support, exclaimed ("Diese
     * Arbeit ist nur mit Ihrer Unterstützung möglich!", "Bitte spenden Sie
     * jetzt!"), without the site's "our": "Ich kann dir nur empfehlen, die
     * Unterstützung der Gemeinschaft zu nutzen!" is advice */
    if (yours && e && s[e - 1] == '!')
        return PROMPT_OFFER;
    return (prompt && (address || imperative)) || app == 7 ? PROMPT_CLOSING : PROMPT_NONE;
}

/* The rest of a newsletter box after its offer: a paragraph under
 * PROMPT_MAX bytes that speaks to the reader (READER, READER_CASED) of
 * their mail box (BOX_STEMS: e-mail, inbox, unsubscribing), without
 * quotation marks ("Simply pop your email into the box at the top of this
 * article ...", "You can unsubscribe from this service at any time.").
 * Read only right after a dropped PROMPT_OFFER: an article about e-mail
 * ("Allow users to unsubscribe by using the link ...") has none. */
static const char *const BOX_STEMS[] = {"email",     "mail",       "inbox",     "postfach",
                                        "courriel",  "unsubscri",  "abbestell", "désabonn",
                                        "désinscri", "newsletter", "subscri",   NULL};

static int box_rest(const char *s, size_t n)
{
    if (n >= PROMPT_MAX || has_quotes(s, n))
        return 0;
    int reader = 0, box = 0;
    for (size_t i = 0; i < n;) {
        size_t j = word_end(s, i, n);
        if (j == i) {
            i = next_char(s, i, n);
            continue;
        }
        reader |= word_in(s + i, j - i, READER, 1) || word_in(s + i, j - i, READER_CASED, 0);
        box |= prompt_stem(s + i, j - i, BOX_STEMS);
        i = j;
    }
    return reader && box;
}

/* Narrows s[*a..*b) to its text: white space around it, no-break spaces
 * (U+00A0) too (a cell or a paragraph holding "&nbsp;" is empty: editors
 * space blocks with <p>&nbsp;</p>). */
static void trim_blank(const char *s, size_t *a, size_t *b)
{
    for (;;) {
        if (*a < *b && (s[*a] == ' ' || s[*a] == '\n'))
            ++*a;
        else if (*b - *a >= 2 && (unsigned char)s[*a] == 0xC2 && (unsigned char)s[*a + 1] == 0xA0)
            *a += 2;
        else
            break;
    }
    for (;;) {
        if (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\n'))
            --*b;
        else if (*b - *a >= 2 && (unsigned char)s[*b - 2] == 0xC2 &&
                 (unsigned char)s[*b - 1] == 0xA0)
            *b -= 2;
        else
            break;
    }
}

/* Drops the parts of paragraph p that are PROMPT_OFFERs: a part is what
 * a blank line ends (<br><br> inside one block: a box of three appeals
 * written as one <p> of lines, "Gefällt dir unser Magazin? ...<br><br>
 * Hilf mit und unterstütze unser Magazin ..."), white space and no-break
 * spaces around it aside. */
static void drop_offers(pc_buf *p, int *after)
{
    size_t r = 0, o = 0;
    while (r < p->len) {
        size_t e = r;
        while (e < p->len && !(p->ptr[e] == '\n' && e + 1 < p->len && p->ptr[e + 1] == '\n'))
            e++;
        if (e < p->len)
            e += 2; /* the blank line goes with the part before it */
        size_t a = r, b = e;
        trim_blank(p->ptr, &a, &b);
        int drop = b > a && (reader_prompt(p->ptr + a, b - a) == PROMPT_OFFER ||
                             (*after && box_rest(p->ptr + a, b - a)));
        if (drop)
            *after = 1;
        else if (b > a)
            *after = 0;
        if (!drop) {
            memmove(p->ptr + o, p->ptr + r, e - r);
            o += e - r;
        }
        r = e;
    }
    if (o < p->len) {
        p->len = o;
        p->ptr[o] = '\0';
    }
}

/* 1 if s[0..n) is one unrendered shortcode of a link, whole: a CMS's
 * macro left in the text, "[name attributes]label[/name]" with a URL
 * ("http") among the attributes of its opening tag ("[button
 * link="http://..." type="big"] Send us your review[/button]").  It is
 * a link's label as text: a link line, as the rendered button would be.
 * A shortcode without a URL ("[sourcecode language="bash"]...") wraps
 * content and stays. */
static int link_shortcode(const char *s, size_t n)
{
    size_t k = 1;
    if (n < 8 || s[0] != '[' || s[n - 1] != ']')
        return 0;
    while (k < n && (((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') || s[k] == '_' || s[k] == '-'))
        k++;
    size_t name = k - 1;
    if (!name || k >= n || s[k] != ' ')
        return 0;
    const char *close = memchr(s + k, ']', n - k);
    if (!close)
        return 0;
    int url = 0;
    for (const char *c = s + k; c + 4 <= close && !url; c++)
        url = !memcmp(c, "http", 4);
    /* the closing tag "[/name]" ends s, nothing bracketed before it */
    if (!url || n < (size_t)(close - s) + 1 + name + 3)
        return 0;
    const char *end = s + n - name - 3;
    return end > close && end[0] == '[' && end[1] == '/' && !memcmp(end + 2, s + 1, name) &&
           !memchr(close + 1, '[', (size_t)(end - close) - 1);
}

/* 1 if the paragraph s[0..n) being flushed is a lead wrapped in a link
 * (<a href><p>...</p></a>, a teaser-styled standfirst that links to
 * itself): a block inside the link, of PROSE_MIN+ characters, ending a
 * sentence, and the first text of the range.  Teasers of other stories
 * follow the body; a link inside a line is still judged by its share. */
static int wrapped_lead(const writer *w, const char *s, size_t n)
{
    return w->wrapped && w->out->len == w->first && w->chars >= PROSE_MIN && n &&
           (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* The number of cells of row r of a table when it is a row of data:
 * each cell text and inline elements only, under CELL_MAX characters.  A
 * layout table's cells hold the page's blocks, or its whole text beside a
 * menu.  0 for any other row. */
#define CELL_MAX 500
static unsigned data_row(const pc_xtree *t, uint32_t r)
{
    if (t->n[r].tag != GUMBO_TAG_TR)
        return 0;
    unsigned cells = 0;
    for (uint32_t c = r + 1; c < t->n[r].end; c = t->n[c].end) {
        const pc_xnode *x = &t->n[c];
        if (x->tag == PC_TAG_TEXT)
            continue;
        if ((x->tag != GUMBO_TAG_TD && x->tag != GUMBO_TAG_TH) || (x->flags & PC_XF_BLOCKKIDS) ||
            x->text >= CELL_MAX)
            return 0;
        cells++;
    }
    return cells;
}

/* The <table> around row r, or r itself. */
static uint32_t table_of(const pc_xtree *t, uint32_t r)
{
    for (uint32_t a = t->n[r].parent; a != UINT32_MAX; a = t->n[a].parent)
        if (t->n[a].tag == GUMBO_TAG_TABLE)
            return a;
    return r;
}

/* 1 if a paragraph of `chars` characters, `link` of them link text, is
 * navigation, not prose: mostly link text, unless the article itself is
 * mostly links (a link roll, a list of sources). */
static int link_line(const writer *w, uint32_t chars, uint32_t link)
{
    double ld = chars ? (double)link / chars : 0;
    return w->link_ok <= 0.5 && (ld > 0.8 || (ld > 0.5 && chars < 100));
}

static int flush(writer *w)
{
    pc_buf *p = &w->para;
    drop_notices(p);
    /* a newsletter box or an appeal written as a paragraph of the body */
    if (!w->cell)
        drop_offers(p, &w->after_offer);
    size_t a = 0, b = p->len;
    trim_blank(p->ptr, &a, &b);
    int rc = 0;
    int keep = b > a;
    if (!w->cell && !wrapped_lead(w, p->ptr + a, b - a) &&
        (link_line(w, w->chars, w->link) || link_shortcode(p->ptr + a, b - a)))
        keep = 0;
    /* a line of figures alone outside a table is a date or time stamp, a
     * counter or a page number, not prose */
    if (keep && !w->cell && b - a < FIGURES_MAX && figures_only(p->ptr + a, b - a))
        keep = 0;
    if (keep) {
        const char *sep = "\n\n";
        uint32_t row = w->cell ? w->t->n[w->cell].parent : 0;
        if (row && row != w->row) {
            w->row = row;
            w->row_cells = data_row(w->t, row);
            w->row_table = w->row_cells ? table_of(w->t, row) : 0;
            w->row_written = 0;
        }
        /* a table's rows are lines of one paragraph, a row's cells joined
         * by " | "; a row of one cell continues the rows of data before it */
        int joined = 0;
        if (row && w->row_cells) {
            int line = w->out->len == w->table_out && w->row_table == w->table;
            if (w->row_written)
                sep = " | ";
            else if (line)
                sep = "\n";
            joined = w->row_written || line || w->row_cells >= 2;
        }
        if (w->out->len)
            rc |= pc_buf_add(w->out, sep, strlen(sep));
        size_t at = w->out->len;
        rc |= pc_buf_add(w->out, p->ptr + a, b - a);
        if (joined && !rc) {
            /* a line break inside a cell (a trailing <br>, "Street<br>City")
             * would break its row */
            for (size_t k = at; k < w->out->len; k++)
                if (w->out->ptr[k] == '\n')
                    w->out->ptr[k] = ' ';
            w->row_written++;
            w->table = w->row_table;
            w->table_out = w->out->len;
        }
    }
    pc_buf_reset(p);
    w->chars = w->link = 0;
    return rc ? -1 : 0;
}

/* 1 if the text of node i ends a sentence: its last non-space character
 * is '.', '!' or '?', closing quotes and brackets after it aside. */
static int ends_sentence(const pc_xtree *t, uint32_t i)
{
    for (uint32_t k = t->n[i].end; k-- > i + 1;) {
        if (t->n[k].tag != PC_TAG_TEXT || !t->n[k].text)
            continue;
        const char *s = t->n[k].g->v.text.text;
        size_t n = strlen(s);
        while (n) {
            unsigned char c = (unsigned char)s[n - 1];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '\'' ||
                c == ')')
                n--;
            else if (n >= 2 && (c == 0xBB || c == 0xAB) && (unsigned char)s[n - 2] == 0xC2)
                n -= 2; /* » « */
            else if (n >= 3 && (c == 0x9D || c == 0x9C || c == 0x99) &&
                     (unsigned char)s[n - 2] == 0x80 && (unsigned char)s[n - 3] == 0xE2)
                n -= 3; /* ” “ ’ */
            else
                break;
        }
        if (!n)
            continue;
        char c = s[n - 1];
        return c == '.' || c == '!' || c == '?';
    }
    return 0;
}

/* 1 if container i is the wrapper of one prose paragraph: its one child
 * element is a <p> of PROSE_MIN+ characters, under a quarter link text,
 * ending a sentence, with no image and no text beside it.  A paragraph is
 * judged as prose whatever its wrapper is named: CNN wraps its lead in
 * "el__leafmedia", where "media", a readability word for widgets, is read
 * inside a compound name. */
static int one_paragraph(const pc_xtree *t, uint32_t i)
{
    uint32_t only = 0;
    for (uint32_t c = i + 1; c < t->n[i].end; c = t->n[c].end) {
        if (t->n[c].tag == PC_TAG_TEXT) {
            if (t->n[c].text)
                return 0;
            continue;
        }
        if (only)
            return 0;
        only = c;
    }
    const pc_xnode *p = &t->n[only];
    return only && p->tag == GUMBO_TAG_P && p->text >= PROSE_MIN && !p->imgs &&
           link_density(p) < 0.25 && ends_sentence(t, only);
}

/* readability's conditional cleaning: containers inside the article that
 * look like link lists, galleries or widgets. */
static int clean_out(const writer *w, const pc_xnode *x)
{
    switch (x->tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DL:
        break;
    default:
        return 0;
    }
    /* the tag's own prior (lists -3, headings -5) only ranks candidates:
     * a list or table is judged by its content and class, like a
     * paragraph */
    int weight = x->weight;
    float score = (x->flags & PC_XF_CAND) ? x->score - (float)tag_base(x->tag) : 0;
    if ((float)weight + score < 0 && !one_paragraph(w->t, (uint32_t)(x - w->t->n)))
        return 1;
    /* a short block with a text field is a sign-up or search box */
    if (x->inputs && x->text < FORM_MAX)
        return 1;
    if (x->commas >= 10)
        return 0;
    int list = x->tag == GUMBO_TAG_UL || x->tag == GUMBO_TAG_OL || x->tag == GUMBO_TAG_DL;
    double ld = link_density(x);
    uint32_t img = x->imgs;
    if (!list && x->text < 25 && (img == 0 || img > 2))
        return 1;
    if (ld > w->link_ok)
        return 1;
    return 0;
}

/* 1 if inline element i is itself a list of links inside a line: three or
 * more <a> children and little text besides (a hover card, an inline list
 * of related stories).  Only the list goes, not the element around it that
 * also holds the name it pops up from. */
static int link_list(const pc_xtree *t, uint32_t i)
{
    const pc_xnode *x = &t->n[i];
    if (x->tag == GUMBO_TAG_A || x->links < 3 || x->text - x->link >= 40 || link_density(x) <= 0.7)
        return 0;
    unsigned kids = 0;
    for (uint32_t c = i + 1; c < x->end; c = t->n[c].end)
        kids += t->n[c].tag == GUMBO_TAG_A;
    return kids >= 3;
}

/* 1 if node i is a table cell: a link alone in a cell is data (a product
 * or model name in a comparison table), not navigation. */
static int is_cell(const pc_xtree *t, uint32_t i)
{
    return t->n[i].tag == GUMBO_TAG_TD || t->n[i].tag == GUMBO_TAG_TH;
}

/* 1 if block i is a picture with its caption: it holds an image and
 * under CAPTION_MAX characters of text, and no other block (an image in
 * a paragraph of its own, with the caption and credit beside it, as CMSs
 * write a figure without <figure>). */
static int is_caption(const pc_xtree *t, uint32_t i)
{
    const pc_xnode *x = &t->n[i];
    switch (x->tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_CENTER:
        break;
    default:
        return 0;
    }
    if (!x->imgs || x->text >= CAPTION_MAX || (x->flags & PC_XF_BLOCKKIDS))
        return 0;
    /* a caption is set apart from the image by its own markup (<em>,
     * <small>, <span>); bare text beside an image is a paragraph that
     * opens with a picture */
    for (uint32_t c = i + 1; c < x->end; c = t->n[c].end)
        if (t->n[c].tag == PC_TAG_TEXT && t->n[c].text)
            return 0;
    return 1;
}

/* 1 if heading h heads nothing: no text that would be written follows it
 * in its parent before the next heading (the label of a widget whose
 * content is a player, or a link list cleaned out). */
static int heads_nothing(const writer *w, uint32_t h)
{
    const pc_xtree *t = w->t;
    uint32_t p = t->n[h].parent;
    if (p == UINT32_MAX || t->n[h].text >= PROSE_MIN) /* a long one is prose */
        return 0;
    int siblings = 0;
    for (uint32_t c = t->n[h].end; c < t->n[p].end; c = t->n[c].end) {
        const pc_xnode *x = &t->n[c];
        if (tag_base(x->tag) == -5 && x->tag != GUMBO_TAG_TH)
            break; /* the next heading */
        siblings += x->tag != PC_TAG_TEXT;
        if (!x->text)
            continue;
        if (x->tag == PC_TAG_TEXT)
            return 0;
        /* a paragraph that flush() drops as a link line is nothing too
         * ("Further articles in this column:" over <p><a>...</a></p>s) */
        if (is_para_like(x) && x->tag != GUMBO_TAG_TD && link_line(w, x->text, x->link))
            continue;
        if (!(x->flags & PC_XF_CUE) && !clean_out(w, x))
            return 0;
    }
    /* a heading alone in its wrapper heads what follows the wrapper, and
     * one right above another opens a section */
    return siblings > 0;
}

/* 1 if s[0..n) is only white space and no-break spaces (U+00A0): ending a
 * line, it is a blank line. */
static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
            i++;
        else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
            return 0;
    }
    return 1;
}

/* Appends text s[0..len) of a <pre> to b: its lines stay lines, as <br>
 * writes them ("\n": the cleaner rejoins lines hard-wrapped at a fixed
 * width, a poem's or a table's lines stay apart), a blank line ends a
 * paragraph ("\n\n"), and white space inside a line is collapsed as
 * anywhere else. */
static int add_pre(pc_buf *b, const char *s, size_t len)
{
    for (size_t i = 0;;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - s) : len;
        if ((!nl || !blank(s + i, e - i)) && pc_html_add_collapsed(b, s + i, e - i))
            return -1;
        if (!nl)
            return 0;
        while (b->len && b->ptr[b->len - 1] == ' ')
            b->ptr[--b->len] = '\0';
        /* at most two line breaks in a row: a blank line */
        if (b->len && !(b->len >= 2 && b->ptr[b->len - 1] == '\n' && b->ptr[b->len - 2] == '\n') &&
            pc_buf_addch(b, '\n'))
            return -1;
        i = e + 1;
    }
}

/* 1 if s starts with a letter or digit: ASCII, or Latin-1 and Latin
 * Extended-A letters (UTF-8 lead bytes C3-C5; C2 is punctuation, such as
 * the no-break space and guillemets) */
static int starts_word(const char *s)
{
    unsigned c = (unsigned char)*s;
    return (c | 0x20u) - 'a' < 26u || c - '0' < 10u || (c >= 0xC3 && c <= 0xC5);
}

/* 1 if the <hr> at node hr closes container root: the text after it
 * (text nodes up to root's end) is under BREAK_SHARE of root's text and
 * under BREAK_TAIL_MAX characters.  HTML defines <hr> as a thematic
 * break; editors set an article's closing furniture apart with one
 * (author notes, picture credits, disclosures, "see also" lists, an
 * "updated on" line).  A section of a long story after a break is
 * longer.  -1 when out of memory. */
#define BREAK_SHARE 10     /* percent */
#define BREAK_TAIL_MAX 500 /* characters */
static int closing_break(writer *w, uint32_t root, uint32_t hr)
{
    const pc_xtree *t = w->t;
    if (!w->upto) { /* computed once per page: linear */
        w->upto = pc_malloc(t->alc, (t->len + 1) * sizeof *w->upto);
        if (!w->upto)
            return -1;
        uint32_t sum = 0;
        for (size_t i = 0; i < t->len; i++) {
            w->upto[i] = sum;
            if (t->n[i].tag == PC_TAG_TEXT)
                sum += t->n[i].text;
        }
        w->upto[t->len] = sum;
    }
    uint32_t end = t->n[root].end;
    uint64_t all = w->upto[end] - w->upto[root], after = w->upto[end] - w->upto[hr];
    return after < BREAK_TAIL_MAX && after * 100 < all * BREAK_SHARE;
}

static int write_range(writer *w, uint32_t root)
{
    pc_xtree *t = w->t;
    uint32_t *blocks = NULL; /* the open block elements */
    size_t nb = 0, bcap = 0;
    uint32_t link_start = 0, link_end = 0, pre_end = 0;
    int rc = 0;
    w->first = w->out->len;
    for (uint32_t i = root; i < t->n[root].end && !rc;) {
        while (nb && t->n[blocks[nb - 1]].end <= i) {
            w->cell = is_cell(t, blocks[nb - 1]) ? blocks[nb - 1] : 0;
            w->wrapped = blocks[nb - 1] > link_start && blocks[nb - 1] < link_end;
            nb--;
            rc |= flush(w);
        }
        pc_xnode *x = &t->n[i];
        if (x->tag == PC_TAG_TEXT) {
            const char *s = x->g->v.text.text;
            /* a closing parenthesis of an inline element's text glued to
             * the word after it: "<cite>Hong Kong (CNN Business)</cite>A
             * muddled view" is a dateline set apart by style alone */
            if (i >= pre_end && w->para.len && w->para.ptr[w->para.len - 1] == ')' &&
                starts_word(s))
                rc |= pc_buf_addch(&w->para, ' ');
            rc |= i < pre_end ? add_pre(&w->para, s, strlen(s))
                              : pc_html_add_collapsed(&w->para, s, strlen(s));
            w->chars += x->text;
            if (i < link_end)
                w->link += x->text;
            i++;
            continue;
        }
        if (x->tag == GUMBO_TAG_BR) {
            rc |= pc_buf_addch(&w->para, '\n');
            i++;
            continue;
        }
        if (x->tag == GUMBO_TAG_HR) {
            int r = closing_break(w, root, i);
            if (r < 0) {
                rc = -1;
                break;
            }
            if (r) { /* the rest of the range is furniture */
                i = t->n[root].end;
                continue;
            }
        }
        if ((x->flags & PC_XF_CUE) || x->tag == GUMBO_TAG_H1 ||
            (i != root && (clean_out(w, x) || is_caption(t, i))) ||
            (tag_base(x->tag) == -5 && x->tag != GUMBO_TAG_TH && heads_nothing(w, i))) {
            /* a block left out still ends the line before it, as it does
             * on the page: "on Wednesday.<div class=...></div>The
             * stabbing" is two sentences, not "Wednesday.The" */
            if (pc_tag_is_block(x->tag)) {
                w->cell = nb && is_cell(t, blocks[nb - 1]) ? blocks[nb - 1] : 0;
                w->wrapped = nb && blocks[nb - 1] > link_start && blocks[nb - 1] < link_end;
                rc |= flush(w);
            }
            i = x->end;
            continue;
        }
        if (x->tag == GUMBO_TAG_A && i >= link_end) {
            link_start = i;
            link_end = x->end;
        }
        if ((x->tag == GUMBO_TAG_PRE || x->tag == GUMBO_TAG_LISTING) && i >= pre_end)
            pre_end = x->end;
        if (!pc_tag_is_block(x->tag) && link_list(t, i)) {
            i = x->end;
            continue;
        }
        if (pc_tag_is_block(x->tag)) {
            w->cell = nb && is_cell(t, blocks[nb - 1]) ? blocks[nb - 1] : 0;
            w->wrapped = nb && blocks[nb - 1] > link_start && blocks[nb - 1] < link_end;
            rc |= flush(w);
            if (pc_array_reserve(t->alc, (void **)&blocks, &bcap, nb + 1, sizeof *blocks)) {
                rc = -1;
                break;
            }
            blocks[nb++] = i;
        }
        i++;
    }
    w->cell = w->wrapped = 0;
    rc |= flush(w);
    pc_free(t->alc, blocks, bcap * sizeof *blocks);
    return rc;
}

/* 1 if sibling s of the top candidate belongs to the article too. */
static int take_sibling(const pc_xtree *t, uint32_t s, uint32_t top)
{
    const pc_xnode *x = &t->n[s];
    float ts = t->n[top].score;
    float threshold = ts * 0.1f > 7 ? ts * 0.1f : 7;
    if ((x->flags & PC_XF_CAND) && x->score >= threshold)
        return 1;
    /* a part of the article wrapped deeper than the top candidate */
    if (x->best >= threshold && link_density(x) < 0.25)
        return 1;
    /* a list is text like a paragraph, as in scoring ("Lists, tables and
     * block quotes are not special"): a list of prose between the
     * article's blocks was lost, while the paragraphs around it were
     * taken */
    int list = x->tag == GUMBO_TAG_UL || x->tag == GUMBO_TAG_OL;
    if (is_para_like(x) || list) {
        double ld = link_density(x);
        if (x->text > 80 && ld < 0.25)
            return 1;
        if (x->text > 0 && x->text <= 80 && ld == 0) {
            /* a short paragraph (a list's last item) ending a sentence */
            const GumboNode *l = NULL;
            if (list) {
                for (uint32_t c = x->end; c-- > s + 1 && !l;)
                    if (t->n[c].tag == PC_TAG_TEXT && t->n[c].text)
                        l = t->n[c].g;
            } else if (x->g->v.element.children.length) {
                const GumboVector *ch = &x->g->v.element.children;
                l = ch->data[ch->length - 1];
            }
            if (l && l->type == GUMBO_NODE_TEXT) {
                size_t n = strlen(l->v.text.text);
                while (n && (l->v.text.text[n - 1] == ' ' || l->v.text.text[n - 1] == '\n'))
                    n--;
                return n && l->v.text.text[n - 1] == '.';
            }
        }
    }
    return 0;
}

/* 1 if node i is a form to fill in: a <form> with a text field that does
 * not hold the best candidate `top` (without one, that holds under half of
 * the page's text).  Its paragraphs are the form's notes ("By filling in
 * this form you join our mailing list ..."), its labels and search box;
 * frameworks that wrap the whole page in one <form> (ASP.NET) put the
 * article in it. */
static int form_box(const pc_xtree *t, uint32_t i, uint32_t top)
{
    const pc_xnode *x = &t->n[i];
    if (x->tag != GUMBO_TAG_FORM || !x->inputs)
        return 0;
    return top ? top < i || top >= x->end : 2 * (uint64_t)x->text < t->n[0].text;
}

/* Safety net when the scorer found next to nothing (its best candidate
 * top, or 0): every prose paragraph of the page outside boilerplate and
 * forms to fill in. */
static int write_baseline(writer *w, uint32_t top)
{
    pc_xtree *t = w->t;
    int rc = 0;
    for (uint32_t i = 1; i < t->len && !rc;) {
        const pc_xnode *x = &t->n[i];
        if ((x->flags & PC_XF_CUE) || form_box(t, i, top)) {
            i = x->end;
            continue;
        }
        if ((x->tag == GUMBO_TAG_P || x->tag == GUMBO_TAG_PRE || x->tag == GUMBO_TAG_BLOCKQUOTE) &&
            x->text >= 30 && link_density(x) < 0.5) {
            rc = write_range(w, i);
            i = x->end;
            continue;
        }
        i++;
    }
    return rc;
}

#define FALLBACK_BELOW 500 /* bytes of text under which the fallbacks run */

#define TAIL_MIN 40 /* bytes: a shorter closing line may be furniture */

/* The <article> element with the most text outside boilerplate, or 0. */
static uint32_t largest_article(const pc_xtree *t)
{
    uint32_t best = 0;
    for (uint32_t i = 1; i < t->len; i++)
        if (t->n[i].tag == GUMBO_TAG_ARTICLE && !(t->n[i].flags & PC_XF_CUE) &&
            (!best || t->n[i].text > t->n[best].text))
            best = i;
    return best;
}

/* The last resort: the element holding the most text of its own (outside
 * its block children), class cues cleared in its subtree.  Comment
 * threads stay out. */
static uint32_t largest_block(pc_xtree *t)
{
    pc_xtree_stats(t, PC_XF_HARD);
    uint32_t best = 0;
    int64_t most = 0;
    for (uint32_t i = 0; i < t->len; i++) {
        const pc_xnode *x = &t->n[i];
        if (x->tag == PC_TAG_TEXT || x->tag == GUMBO_TAG_A || (x->flags & PC_XF_HARD))
            continue;
        int64_t own = (int64_t)x->text - x->link;
        for (uint32_t c = i + 1; c < x->end; c = t->n[c].end)
            if (t->n[c].tag != PC_TAG_TEXT && pc_tag_is_block(t->n[c].tag) &&
                !(t->n[c].flags & PC_XF_HARD))
                own -= (int64_t)t->n[c].text - t->n[c].link;
        if (own > most) {
            most = own;
            best = i;
        }
    }
    for (uint32_t i = best; i < t->n[best].end; i++)
        if (!(t->n[i].flags & PC_XF_HARD))
            t->n[i].flags &= (uint16_t)~PC_XF_CUE;
    return best;
}

/* Writes the lead paragraphs inside header h of the article: <p>s, and
 * <div>s without blocks inside (a <div class="intro">), of PROSE_MIN+
 * characters that end a sentence (a standfirst; the title, kicker,
 * byline and date around them are short or end otherwise). */
static int write_header_lead(writer *w, uint32_t h)
{
    pc_xtree *t = w->t;
    int rc = 0;
    for (uint32_t i = h + 1; i < t->n[h].end && !rc;) {
        const pc_xnode *x = &t->n[i];
        if (x->tag == PC_TAG_TEXT || (x->flags & PC_XF_CUE)) {
            i = x->end;
            continue;
        }
        if (x->tag == GUMBO_TAG_P || (x->tag == GUMBO_TAG_DIV && !(x->flags & PC_XF_BLOCKKIDS))) {
            if (x->text >= PROSE_MIN && link_density(x) < 0.25 && ends_sentence(t, i))
                rc = write_range(w, i);
            i = x->end;
            continue;
        }
        i++;
    }
    return rc;
}

/* Writes, in document order, the top candidate and its taken siblings
 * (PC_XF_TAKEN) and, before them inside `scope` (the <article> or <main>
 * around them, else their parent), the prose paragraphs and long headings
 * outside boilerplate: a lead or a standfirst above the body, an abstract in
 * a section of its own.  Only before: what follows the body inside an
 * article is mostly its furniture (author notes, newsletter prompts,
 * disclaimers), and a paragraph inside a link is a teaser. */
static int write_scope(writer *w, uint32_t scope, uint32_t top, uint32_t head)
{
    pc_xtree *t = w->t;
    int rc = 0;
    for (uint32_t i = scope + 1; i < t->n[scope].end && !rc;) {
        pc_xnode *x = &t->n[i];
        if (x->flags & PC_XF_TAKEN) {
            rc = write_range(w, i);
            i = x->end;
        } else if (x->tag == GUMBO_TAG_HEADER && i < top && !is_ancestor(t, i, top)) {
            rc = write_header_lead(w, i);
            i = x->end;
        } else if (is_ancestor(t, i, top)) {
            i++;
        } else if (x->tag == GUMBO_TAG_A && (x->flags & PC_XF_BLOCKKIDS) &&
                   !(x->flags & PC_XF_CUE)) {
            i++;
        } else if (x->tag == PC_TAG_TEXT || (x->flags & PC_XF_CUE) || x->tag == GUMBO_TAG_H1 ||
                   x->tag == GUMBO_TAG_A || clean_out(w, x)) {
            /* the header with the page's title is read wherever it is */
            if (head && is_ancestor(t, i, head))
                rc = write_header_lead(w, head);
            i = x->end;
        } else if ((is_para_like(x) && x->tag != GUMBO_TAG_TD && x->tag != GUMBO_TAG_LI &&
                    x->tag != GUMBO_TAG_DD) ||
                   (tag_base(x->tag) == -5 && x->tag != GUMBO_TAG_TH)) {
            if (x->text >= PROSE_MIN && link_density(x) < 0.25 && i < top && !is_caption(t, i))
                rc = write_range(w, i);
            i = x->end;
        } else {
            i++;
        }
    }
    return rc;
}

/* 1 if the text of heading h, white space collapsed and ASCII letters
 * folded, is a part of the page's title of at least 10 bytes. */
static int heading_is_title(const pc_xtree *t, uint32_t h, const pc_buf *title)
{
    char buf[512];
    size_t n = 0;
    int sp = 1;
    for (uint32_t i = h + 1; i < t->n[h].end; i++) {
        if (t->n[i].tag != PC_TAG_TEXT)
            continue;
        for (const char *c = t->n[i].g->v.text.text; *c; c++) {
            unsigned char ch = (unsigned char)*c;
            int space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
            if (space && sp)
                continue;
            if (n + 1 >= sizeof buf)
                return 0;
            buf[n++] = space ? ' ' : (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            sp = space;
        }
    }
    while (n && buf[n - 1] == ' ')
        n--;
    if (n < 10 || n > title->len)
        return 0;
    for (size_t i = 0; i + n <= title->len; i++) {
        size_t k = 0;
        while (k < n) {
            unsigned char a = (unsigned char)title->ptr[i + k];
            if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != (unsigned char)buf[k])
                break;
            k++;
        }
        if (k == n)
            return 1;
    }
    return 0;
}

/* The nearest ancestor of node i tagged t1 or t2, or 0. */
static uint32_t enclosing(const pc_xtree *t, uint32_t i, unsigned t1, unsigned t2)
{
    for (uint32_t a = t->n[i].parent; a != UINT32_MAX && a != 0; a = t->n[a].parent)
        if (t->n[a].tag == t1 || t->n[a].tag == t2)
            return a;
    return 0;
}

/* Without sectioning elements, the block around heading h: its nearest
 * ancestor of TITLE_ARTICLE_MIN+ characters, when that block's parent
 * does not also hold `top` (a title block beside the body, with a long
 * standfirst, is the article's head, not another article).  Or 0. */
static uint32_t title_block(const pc_xtree *t, uint32_t h, uint32_t top)
{
    uint32_t a = t->n[h].parent;
    while (a != UINT32_MAX && a != 0 && t->n[a].text < TITLE_ARTICLE_MIN)
        a = t->n[a].parent;
    if (a == UINT32_MAX || a == 0 || is_ancestor(t, t->n[a].parent, top))
        return 0;
    return a;
}

/* When the page holds several articles (an endless scroll that appended
 * the next stories), the one to extract is the one under the heading that
 * repeats the page's title: the best candidate inside that heading's
 * <article> (else its <section> or <main>, else its title_block), when
 * it scores at least TITLE_RATIO of `top`.  Returns the (possibly new)
 * top. */
static uint32_t title_article(pc_xtree *t, uint32_t top, const pc_buf *title)
{
    if (!title->len)
        return top;
    for (uint32_t h = 1; h < t->len; h++) {
        unsigned tag = t->n[h].tag;
        if (tag != GUMBO_TAG_H1 && tag != GUMBO_TAG_H2)
            continue;
        if (!heading_is_title(t, h, title))
            continue;
        /* the heading's <article>, else its <section> or <main>: HTML's
         * sectioning, where a theme puts the title in a <header> beside the
         * body rather than inside an <article> around both */
        uint32_t a = enclosing(t, h, GUMBO_TAG_ARTICLE, GUMBO_TAG_ARTICLE);
        if (!a)
            a = enclosing(t, h, GUMBO_TAG_SECTION, GUMBO_TAG_MAIN);
        if (!a)
            a = title_block(t, h, top);
        if (!a || a == top || is_ancestor(t, a, top) || is_ancestor(t, top, a))
            return top;
        uint32_t best = 0;
        for (uint32_t i = a; i < t->n[a].end; i++)
            if ((t->n[i].flags & PC_XF_CAND) && (!best || t->n[i].score > t->n[best].score))
                best = i;
        /* an article of its own, not a short section that a CMS wraps in
         * <article> too */
        if (t->n[a].text < TITLE_ARTICLE_MIN)
            return top;
        return best && t->n[best].score >= TITLE_RATIO * t->n[top].score ? best : top;
    }
    return top;
}

/* 1 for the sectioning elements HTML sets beside the content: <aside>,
 * <nav>, <footer>, <menu>.  Not <header>: a page that never closes it
 * holds the article, and the title's header holds its standfirst. */
static int beside_box(unsigned tag)
{
    return tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER ||
           tag == GUMBO_TAG_MENU;
}

/* 1 if the JSON-LD body ld is clearly longer than the visible text vis
 * (LD_LONGER times) and opens like it: its first LD_OPENING bytes are
 * found in vis.  The visible page is then the same story cut short, a
 * teaser with a subscription prompt that a paywall left (the twice-as-long
 * rule alone kept a teaser of half the story with its prompt). */
#define LD_LONGER 1.25
#define LD_OPENING 64 /* bytes */
static int same_story(const pc_buf *ld, const pc_buf *vis)
{
    if ((double)ld->len < LD_LONGER * (double)vis->len || ld->len < LD_OPENING ||
        vis->len < LD_OPENING)
        return 0;
    size_t n = LD_OPENING;
    while (n && ((unsigned char)ld->ptr[n] & 0xC0) == 0x80) /* a whole character */
        n--;
    for (size_t i = 0; i + n <= vis->len; i++)
        if (vis->ptr[i] == ld->ptr[0] && memcmp(vis->ptr + i, ld->ptr, n) == 0)
            return 1;
    return 0;
}

int pc_html_body(const GumboNode *root, const char *jsonld, size_t jlen, struct precis_extracted *x)
{
    pc_xtree t;
    memset(&t, 0, sizeof t);
    t.alc = x->alc;
    int rc = pc_xtree_build(&t, root);
    if (rc || !t.len) {
        pc_xtree_release(&t);
        return rc;
    }
    /* Class names are weaker evidence than the text: the container that
     * scores best when they are ignored (comment threads apart) is not
     * boilerplate, nor is any element around it, whatever their names say
     * (themes wrap the article in "main-sidebar", page builders call every
     * block a "widget"). */
    t.text_only = 1;
    score_paragraphs(&t, PC_XF_HARD);
    uint32_t b0 = 0;
    for (uint32_t i = 1; i < t.len; i++)
        if ((t.n[i].flags & PC_XF_CAND) && t.n[i].score > t.n[b0].score)
            b0 = i;
    float near = t.n[b0].score * UNCUE_NEAR;
    for (uint32_t i = 1; i < t.len; i++)
        if (i == b0 || ((t.n[i].flags & PC_XF_CAND) && t.n[i].score >= near && near > 0))
            for (uint32_t a = i; a != UINT32_MAX; a = t.n[a].parent) {
                /* a box set beside the article by HTML's own elements
                 * (aside, nav, footer, menu) keeps its cue for what it
                 * holds: a block there that scores half the article on
                 * its text is the box's (a paywall's offers, a list of
                 * teasers), unless the best block is inside it */
                if (i != b0 && (t.n[a].flags & PC_XF_CUE) && beside_box(t.n[a].tag) &&
                    !is_ancestor(&t, a, b0))
                    break;
                /* nor is it a widget by its class weight: page builders
                 * call every block a "widget" */
                t.n[a].flags &= (uint16_t)~PC_XF_CUE;
                if (t.n[a].weight < 0)
                    t.n[a].weight = 0;
            }
    t.text_only = 0;
    pc_xtree_stats(&t, PC_XF_CUE);
    score_paragraphs(&t, PC_XF_CUE);
    uint32_t top = pick_top(&t);
    /* class weights (+25 for "content") can lift a small block above the
     * article; when the choice lies apart from the best container by the
     * text alone and that one holds more than twice its text, the text
     * wins */
    if (top && b0 && top != b0 && !is_ancestor(&t, top, b0) && !is_ancestor(&t, b0, top) &&
        t.n[b0].text > 2 * t.n[top].text)
        top = b0;
    if (top)
        top = title_article(&t, top, &x->title);
    writer w;
    memset(&w, 0, sizeof w);
    w.t = &t;
    w.out = &x->text;
    w.link_ok = 0.5;
    if (top && link_density(&t.n[top]) + LINK_OVER_TOP > w.link_ok)
        w.link_ok = link_density(&t.n[top]) + LINK_OVER_TOP;
    pc_buf_init(&w.para, x->alc);
    if (top == 0) {
        rc = write_range(&w, 0);
    } else {
        uint32_t p = t.n[top].parent;
        for (uint32_t c = p + 1; c < t.n[p].end; c = t.n[c].end)
            if (c == top || (t.n[c].tag != PC_TAG_TEXT && !(t.n[c].flags & PC_XF_CUE) &&
                             take_sibling(&t, c, top))) {
                t.n[c].flags |= PC_XF_TAKEN;
            }
        uint32_t scope = p;
        for (uint32_t a = p; a != UINT32_MAX && a != 0; a = t.n[a].parent)
            if (t.n[a].tag == GUMBO_TAG_ARTICLE || t.n[a].tag == GUMBO_TAG_MAIN ||
                (t.n[a].flags & PC_XF_BODYPROP)) {
                scope = a;
                break;
            }
        /* the page's title in a <header> above the article and outside
         * its scope: that header's lead comes first.  The title is the
         * <h1>, or an <h2> that repeats the page's title (themes that keep
         * <h1> for the site's name) */
        uint32_t head = 0;
        for (uint32_t i = 1; i < top; i++)
            if (t.n[i].tag == GUMBO_TAG_H1 ||
                (t.n[i].tag == GUMBO_TAG_H2 && heading_is_title(&t, i, &x->title)))
                for (uint32_t a = t.n[i].parent; a != UINT32_MAX && a != 0; a = t.n[a].parent)
                    if (t.n[a].tag == GUMBO_TAG_HEADER) {
                        head = a;
                        break;
                    }
        if (head && (is_ancestor(&t, head, top) || t.n[head].end > top))
            head = 0;
        if (head && !is_ancestor(&t, scope, head))
            rc = write_header_lead(&w, head);
        if (!rc)
            rc = write_scope(&w, scope, top, head);
    }
    /* The page's own JSON-LD articleBody replaces the result whenever it is
     * more than twice as long (the visible page is a teaser, the rest
     * rendered by script or behind a paywall).  The fallback chain, when
     * the scorer found next to nothing: the body
     * the page states in JSON-LD, its largest <article>, every prose
     * paragraph outside boilerplate, the largest block of text (class cues
     * ignored) when nothing else was found.  The first that gives more
     * than twice as much text wins, so that a page with readable paragraphs
     * never comes out empty. */
    if (!rc && (x->text.len < FALLBACK_BELOW || jlen)) {
        pc_buf alt;
        pc_buf_init(&alt, x->alc);
        w.out = &alt;
        int kmax = x->text.len < FALLBACK_BELOW ? 4 : 1;
        for (int k = 0; k < kmax && !rc; k++) {
            pc_buf_reset(&alt);
            uint32_t at;
            switch (k) {
            case 0:
                rc = pc_html_ld_body(jsonld, jlen, &alt);
                break;
            case 1:
                at = largest_article(&t);
                if (at)
                    rc = write_range(&w, at);
                break;
            case 2:
                rc = write_baseline(&w, top);
                break;
            default: /* only for a page that would come out empty */
                if (!x->text.len)
                    rc = write_range(&w, largest_block(&t));
                break;
            }
            if (!rc && (alt.len > 2 * x->text.len || (k == 0 && same_story(&alt, &x->text)))) {
                pc_buf tmp = x->text;
                x->text = alt;
                alt = tmp;
                break;
            }
        }
        pc_buf_release(&alt);
    }
    /* Reader's prompts that close the text (up to two paragraphs), when
     * there is an article before them */
    for (int k = 0; k < 2 && !rc && x->text.len >= FALLBACK_BELOW; k++) {
        pc_buf *o = &x->text;
        size_t st = o->len;
        while (st >= 2 && !(o->ptr[st - 1] == '\n' && o->ptr[st - 2] == '\n'))
            st--;
        if (st < FALLBACK_BELOW + 2 || !reader_prompt(o->ptr + st, o->len - st))
            break;
        o->len = st - 2;
        o->ptr[o->len] = '\0';
    }
    /* Short lines (under TAIL_MIN bytes) without a sentence end that close
     * the text are its furniture: source and credit lines, "Kontakt:",
     * "More on this topic", an agency's initials.  Only at the very end,
     * at most three, and only when there is an article before them. */
    if (!rc && x->text.len >= FALLBACK_BELOW) {
        pc_buf *o = &x->text;
        for (int k = 0; k < 3; k++) {
            size_t e = o->len, st = e;
            while (st >= 2 && !(o->ptr[st - 1] == '\n' && o->ptr[st - 2] == '\n'))
                st--;
            if (st < 2)
                break;
            size_t n = e - st;
            char c = o->ptr[e - 1];
            if (n >= TAIL_MIN || c == '.' || c == '!' || c == '?' || c == '"')
                break;
            o->len = st - 2;
            o->ptr[o->len] = '\0';
        }
    }
    if (w.upto)
        pc_free(t.alc, w.upto, (t.len + 1) * sizeof *w.upto);
    pc_buf_release(&w.para);
    pc_xtree_release(&t);
    return rc;
}
