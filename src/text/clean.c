/* The boilerplate cleaner: splits a document into blocks (paragraphs),
 * judges each with the rules of clean_rules.c and emits the kept ones.
 *
 * Three linear passes, no allocation:
 *   0. lines: the dominant script and the table of repeated lines;
 *   1. blocks: where the title is and where a trailing run of non-sentences
 *      (a list of other headlines, prompts, credits) begins;
 *   2. blocks again: emit the title, the kept paragraphs minus datelines.
 *
 * A block is one line, or several consecutive non-blank lines when they look
 * hard-wrapped: a line of at least PC_WRAP_BYTES bytes without a final stop
 * continues on the next non-blank line (fixed-width e-mail and wire text),
 * and so does a shorter one when the next opens in lower case (soft_wraps).
 * A blank line always ends a block. */
#include "text/clean.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "text/clean_internal.h"
#include "util/swar.h"

#define PC_WRAP_BYTES 50
#define PC_NONE ((size_t)-1)

static int blank_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0;
}

typedef struct line_it {
    const char *t;
    size_t len, pos;
    int peeked; /* the line [ps, pe) was read but not used */
    size_t ps, pe;
    int has_cr;  /* the text holds a CR (else lines end at LF only) */
    int escaped; /* lines end at the two bytes "\n" (escaped_lines) */
} line_it;

/* Text escaped twice (a JSON string's "\\n" decoded once, a scraper's
 * repr()): one line holding the two bytes '\\' 'n' where its line breaks
 * were, so its paragraphs, headings and short lines run into one another
 * and a sentence's end before "\n\nNext" is no end.  Such a text is read
 * with "\n" as its line break, and "\r" and "\t" as blanks.  Only when
 * t[0..len), the text without a file's last line break, has none: a
 * text with real lines that writes "\n" (code in a technical article) is
 * read as it is.  Lines of a hard-wrapped paragraph still join into one
 * block, with the "\n" between them in it. */
static int escaped_lines(const char *t, size_t len)
{
    if (memchr(t, '\n', len) || memchr(t, '\r', len))
        return 0;
    for (const char *p = t; (p = memchr(p, '\\', (size_t)(t + len - p))) != NULL; p++)
        if (p + 1 < t + len && p[1] == 'n')
            return 1;
    return 0;
}

static line_it lines_of(const char *t, size_t len)
{
    size_t body = len; /* without the file's last line break */
    while (body && (t[body - 1] == '\n' || t[body - 1] == '\r'))
        body--;
    int escaped = escaped_lines(t, body);
    line_it it = {t, escaped ? body : len, 0, 0, 0, 0, memchr(t, '\r', len) != NULL, escaped};
    return it;
}

/* The end of the line that starts at i of an escaped text, and where the
 * next one starts. */
static size_t escaped_line_end(const char *t, size_t len, size_t i, size_t *next)
{
    for (size_t k = i; k + 1 < len; k++)
        if (t[k] == '\\' && t[k + 1] == 'n') {
            *next = k + 2;
            return k;
        }
    *next = len;
    return len;
}

/* The width of the blank that ends t[i..j) (0: none), as escaped_blank. */
static size_t blank_before(const line_it *it, size_t i, size_t j)
{
    if (blank_byte(it->t[j - 1]))
        return 1;
    return it->escaped && j >= i + 2 && it->t[j - 2] == '\\' &&
                   (it->t[j - 1] == 'r' || it->t[j - 1] == 't')
               ? 2
               : 0;
}

/* A blank of an escaped text's line: its escaped CR and tab too. */
static size_t escaped_blank(const line_it *it, size_t i, size_t end)
{
    if (blank_byte(it->t[i]))
        return 1;
    if (it->escaped && i + 1 < end && it->t[i] == '\\' &&
        (it->t[i + 1] == 'r' || it->t[i + 1] == 't'))
        return 2;
    return 0;
}

/* Reads the next line (LF, CRLF or CR ended) into [*s, *e), trimmed of
 * blanks; returns 0 at the end of the text. */
static int next_line(line_it *it, size_t *s, size_t *e)
{
    if (it->peeked) {
        it->peeked = 0;
        *s = it->ps;
        *e = it->pe;
        return 1;
    }
    if (it->pos >= it->len)
        return 0;
    const char *t = it->t;
    size_t i = it->pos, j, w;
    if (it->escaped) {
        j = escaped_line_end(t, it->len, i, &it->pos);
    } else {
        const char *nl = memchr(t + i, '\n', it->len - i);
        j = nl ? (size_t)(nl - t) : it->len;
        if (it->has_cr) { /* a CR before the LF ends the line too */
            const char *cr = memchr(t + i, '\r', j - i);
            if (cr)
                j = (size_t)(cr - t);
        }
        it->pos = j < it->len ? j + 1 + (t[j] == '\r' && j + 1 < it->len && t[j + 1] == '\n') : j;
    }
    while (i < j && (w = escaped_blank(it, i, j)) != 0)
        i += w;
    while (j > i && (w = blank_before(it, i, j)) != 0)
        j -= w;
    *s = i;
    *e = j;
    return 1;
}

static void unread_line(line_it *it, size_t s, size_t e)
{
    it->peeked = 1;
    it->ps = s;
    it->pe = e;
}

/* Whether a line goes on in the next one (see the file comment). */
static int wraps(const char *t, size_t s, size_t e)
{
    return e - s >= PC_WRAP_BYTES && t[s] != '#' && t[e - 1] != ':' && !pc_ends_sentence(t, s, e);
}

/* Whether the line [ns, ne) opens with a word all in lower case (not
 * "iPhone"): after a line without a final stop, the rest of its sentence
 * ("Crowds of people\ngathered to watch ..."), wrapped however short the
 * line was.  A title or a heading is followed by a capital. */
static int opens_lower_word(const char *t, size_t ns, size_t ne)
{
    int first = 1;
    for (size_t i = ns; i < ne;) {
        uint32_t cp;
        size_t nx = pc_utf8_step(t, i, ne, &cp);
        utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
        if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
            return 0;
        if (c != UTF8PROC_CATEGORY_LL)
            return !first && (c != UTF8PROC_CATEGORY_LO && c != UTF8PROC_CATEGORY_MN);
        first = 0;
        i = nx;
    }
    return !first;
}

/* Whether t[s..e) holds a mark of code or markup rather than prose
 * ("argparse==1.4.0", "my_ggp <- ggplot(", "a) ..."). */
static int code_marks(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (t[i] && strchr("=<>#(){}[]_\\|;$@*/", t[i]))
            return 1;
    return 0;
}

/* Whether the first word of [ns, ne) (up to white space) stands in
 * [s, e) too, in any case: a heading that names what its paragraph opens
 * with ("About my6sense\nmy6sense offers ..."), a command repeated on
 * every line ("make su\nmake install"). */
static int first_word_repeats(const char *t, size_t s, size_t e, size_t ns, size_t ne)
{
    size_t n = 0;
    while (ns + n < ne && t[ns + n] != ' ' && t[ns + n] != '\t')
        n++;
    for (size_t i = s; n && i + n <= e; i++)
        if ((i == s || t[i - 1] == ' ') && (i + n == e || t[i + n] == ' ' || t[i + n] == ',')) {
            size_t k = 0;
            while (k < n && (t[i + k] | 32) == (t[ns + k] | 32))
                k++;
            if (k == n)
                return 1;
        }
    return 0;
}

/* Whether a short line goes on in the next one: prose without a final
 * stop, colon or heading mark, and the next one opens in lower case with a
 * word the line does not hold; neither holds a mark of code. */
static int soft_wraps(const char *t, size_t s, size_t e, size_t ns, size_t ne)
{
    return t[s] != '#' && t[e - 1] != ':' && !pc_ends_sentence(t, s, e) &&
           opens_lower_word(t, ns, ne) && !code_marks(t, s, e) && !code_marks(t, ns, ne) &&
           !first_word_repeats(t, s, e, ns, ne);
}

/* Whether a line can continue a wrapped block: not a heading or list item. */
static int continues(const char *t, size_t s, size_t e)
{
    if (t[s] == '#' || t[s] == '>')
        return 0;
    return !(e - s >= 2 && (t[s] == '-' || t[s] == '*' || t[s] == '+') && t[s + 1] == ' ');
}

/* Reads the next block; fills b (with the next non-blank line as lookahead). */
static int next_block(line_it *it, pc_block *b)
{
    size_t s, e, ns, ne;
    do {
        if (!next_line(it, &s, &e))
            return 0;
    } while (s == e);
    b->start = s;
    b->end = e;
    b->lines = 1;
    for (;;) {
        int long_line = wraps(it->t, s, e);
        if (!long_line && pc_ends_sentence(it->t, s, e))
            break; /* a line with its final stop goes on in no other */
        if (!next_line(it, &ns, &ne) || ns == ne)
            break;
        if (!continues(it->t, ns, ne) || !(long_line || soft_wraps(it->t, s, e, ns, ne))) {
            unread_line(it, ns, ne);
            break;
        }
        b->end = e = ne;
        s = ns;
        b->lines++;
    }
    b->next_start = b->next_end = it->len;
    while (next_line(it, &ns, &ne)) {
        if (ns != ne) {
            unread_line(it, ns, ne);
            b->next_start = ns;
            b->next_end = ne;
            break;
        }
    }
    return 1;
}

/* Pass 0: the dominant script and the repeated-line table. */
static void scan_lines(pc_clean_doc *d)
{
    size_t counts[PC_SCRIPT_COUNT] = {0};
    line_it it = lines_of(d->text, d->len);
    size_t s, e;
    while (next_line(&it, &s, &e))
        if (s != e)
            pc_repeat_add(d->repeat, d->text, s, e);
    /* Letters beyond ASCII first: ASCII ones are Latin, and they need
     * counting only when another script has letters to compare with. */
    int others = 0;
    for (size_t i = 0; i < d->len;) {
        if (d->len - i >= 8 && pc_swar_ascii(pc_swar_load(d->text + i))) {
            i += 8; /* fast path: eight ASCII bytes */
            continue;
        }
        if ((unsigned char)d->text[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t nx = pc_utf8_step(d->text, i, d->len, &cp);
        int sc = pc_letter_script(cp);
        if (sc >= 0) {
            counts[sc]++;
            others |= sc != PC_SCRIPT_LATIN;
        }
        i = nx;
    }
    d->script = PC_SCRIPT_LATIN;
    if (!others)
        return;
    size_t latin = 0, i = 0;
    for (; d->len - i >= 8; i += 8) /* letters case-folded, high bytes never in range */
        latin += pc_swar_count(
            pc_swar_in_range(pc_swar_load(d->text + i) | PC_SWAR_ONES * 0x20, 'a', 'z'));
    for (; i < d->len; i++)
        latin += (unsigned)(((unsigned char)d->text[i] | 0x20) - 'a') < 26u;
    counts[PC_SCRIPT_LATIN] += latin;
    for (int k = 0; k < PC_SCRIPT_COUNT; k++)
        if (counts[k] > counts[d->script])
            d->script = k;
}

/* Pass 1: the title is the first heading-like block seen before any long
 * paragraph; the tail is the trailing run of short blocks (after at least
 * one long paragraph), from its first non-sentence on, when non-sentences
 * (heading-like or dropped blocks) are at least two and at least half. */
/* Verdicts of pass 1 kept for pass 2, so most blocks are measured once;
 * blocks past the cache are measured again. */
#define VERDICT_CACHE 1024
typedef struct verdict_cache {
    uint8_t v[VERDICT_CACHE];
    uint32_t words[VERDICT_CACHE];
    size_t n;
} verdict_cache;

static void find_title_and_tail(const pc_clean_doc *d, size_t *title, size_t *tail,
                                verdict_cache *vc)
{
    line_it it = lines_of(d->text, d->len);
    pc_block b;
    pc_block_features f;
    int seen_long = 0;
    size_t run = PC_NONE, run_ns = 0, run_all = 0;
    *title = PC_NONE;
    vc->n = 0;
    while (next_block(&it, &b)) {
        pc_feat_scan(d->text, b.start, b.end, &f);
        pc_verdict v = pc_classify(d, &b, &f);
        if (vc->n < VERDICT_CACHE) {
            vc->v[vc->n] = (uint8_t)v;
            vc->words[vc->n] = (uint32_t)(f.words < UINT32_MAX ? f.words : UINT32_MAX);
            vc->n++;
        }
        int kept = v == PC_V_BODY || v == PC_V_HEADING;
        if (v == PC_V_HEADING && *title == PC_NONE && !seen_long && f.words <= PC_TITLE_WORDS)
            *title = b.start;
        if (kept && f.words > PC_PREHEADER_WORDS)
            seen_long = 1;
        if (kept && f.words > PC_TAIL_WORDS) {
            run = PC_NONE;
            run_ns = run_all = 0;
        } else if (v != PC_V_BODY && seen_long) {
            /* only after a long paragraph: a title, a date line and a
             * byline above short paragraphs are no tail (a short article
             * was dropped whole) */
            if (run == PC_NONE)
                run = b.start;
            run_ns++;
            run_all++;
        } else if (run != PC_NONE) {
            run_all++;
        }
    }
    *tail = (seen_long && run != PC_NONE && run_ns >= 2 && run_ns * 2 >= run_all) ? run : PC_NONE;
}

int pc_clean_verdicts(const char *text, size_t len, pc_verdict_fn fn, void *ctx)
{
    pc_repeat repeat;
    pc_clean_doc d = {text, len, PC_SCRIPT_LATIN, &repeat};
    size_t title, tail;
    if (!text || len == 0)
        return 0;
    pc_repeat_init(&repeat, text, len);
    scan_lines(&d);
    verdict_cache vc;
    find_title_and_tail(&d, &title, &tail, &vc);

    line_it it = lines_of(text, len);
    pc_block b;
    pc_block_features f;
    size_t nb = 0;
    while (next_block(&it, &b)) {
        pc_verdict v;
        if (nb < vc.n) {
            v = (pc_verdict)vc.v[nb];
            f.words = vc.words[nb];
        } else {
            pc_feat_scan(text, b.start, b.end, &f);
            v = pc_classify(&d, &b, &f);
        }
        nb++;
        size_t s = b.start;
        if (tail != PC_NONE && b.start >= tail &&
            !(v == PC_V_BODY && f.words >= PC_TAIL_SENTENCE)) {
            /* a sentence of PC_TAIL_SENTENCE words or more among the tail's
             * captions and prompts is the article's own last paragraph */
            v = PC_V_TAIL;
        } else if (title != PC_NONE && b.start < title && f.words <= PC_PREHEADER_WORDS) {
            v = PC_V_PREHEADER;
        } else if (b.start == title) {
            v = PC_V_TITLE;
            while (s < b.end && (text[s] == '#' || text[s] == ' '))
                s++;
        } else if (v == PC_V_HEADING) {
            v = (f.words <= PC_FRAGMENT_WORDS || text[b.start] == '#') ? PC_V_FRAGMENT : PC_V_BODY;
        }
        if (v == PC_V_BODY)
            s = pc_strip_dateline(text, b.start, b.end);
        if (fn(ctx, v, s, b.end))
            return -1;
    }
    return 0;
}

typedef struct emit_ctx {
    pc_block_fn emit;
    void *ctx;
} emit_ctx;

static int emit_kept(void *ctx, pc_verdict v, size_t start, size_t end)
{
    const emit_ctx *ec = ctx;
    if (start >= end || (v != PC_V_BODY && v != PC_V_TITLE))
        return 0;
    return ec->emit(ec->ctx, v == PC_V_TITLE ? PC_BLOCK_TITLE : PC_BLOCK_BODY, start, end);
}

int pc_clean(const char *text, size_t len, pc_block_fn emit, void *ctx)
{
    emit_ctx ec = {emit, ctx};
    return pc_clean_verdicts(text, len, emit_kept, &ec);
}
