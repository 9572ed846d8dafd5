#include "text/normalize.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "util/swar.h"
#include "util/utf8.h"

/* Length of a Unicode space or control character at s (valid UTF-8), 0 if
 * the character there is not one. */
/* space_len's answer for a soft hyphen (U+00AD), which a page puts inside
 * a word where a line may break ("Wäh\u00ADrend"): no space, and not
 * kept, so that the word is the word written elsewhere without it. */
#define SOFT_HYPHEN ((size_t)1 << 8 | 2)

static size_t space_len(const unsigned char *s, size_t left)
{
    if (s[0] < 0x80)
        return (s[0] <= 0x20 || s[0] == 0x7F) ? 1 : 0;
    if (left >= 2 && s[0] == 0xC2) {
        if (s[1] == 0xA0 || s[1] == 0x85 || (s[1] >= 0x80 && s[1] < 0xA0))
            return 2; /* NBSP, NEL, C1 controls */
        if (s[1] == 0xAD)
            return SOFT_HYPHEN; /* shown only where a line breaks: a word */
    }
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8B) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3; /* en/em/thin... spaces, zero width space, line/para sep, NNBSP */
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3; /* medium mathematical space */
    if (left >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3; /* ideographic space */
    if (left >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return 3; /* BOM / ZWNBSP inside text */
    return 0;
}

/* If s[i] starts a Markdown link "[text](target)" on one line, returns the
 * index of ']' and sets *close to the index of ')'. */
static size_t md_link(const char *s, size_t len, size_t i, size_t *close)
{
    size_t j = i + 1;
    while (j < len && s[j] != ']' && s[j] != '[' && s[j] != '\n')
        j++;
    if (j + 1 >= len || s[j] != ']' || s[j + 1] != '(')
        return 0;
    size_t k = j + 2;
    while (k < len && s[k] != ')' && s[k] != ' ' && s[k] != '\n')
        k++;
    if (k >= len || s[k] != ')')
        return 0;
    *close = k;
    return j;
}

/* If s[i] == '&' starts a character reference that scraped text carries
 * escaped, writes its character's UTF-8 bytes to buf (at most 4) and
 * returns the reference's length, else 0; *n gets the bytes' count, 0 for a
 * space or a control character (the display form makes it a space).  The
 * references are the numeric ones ("&#124;", "&#x2019;") and the named ones
 * of HTML's syntax characters: a page or feed whose text reaches us escaped
 * (Multi-News carries "&amp;" and "&#124;" in 11 % of its clusters) escaped
 * what a serialiser must, "&", "<", ">", the quote marks and the no-break
 * space; a reference that decodes to nothing valid (0, a surrogate, past
 * U+10FFFF) or has no ';' is left as written ("AT&T;", "&c").  Each is at
 * least as long as what it decodes to, so the display form is never longer
 * than its text. */
static size_t char_ref(const char *s, size_t len, size_t i, unsigned char *buf, size_t *n)
{
    static const struct {
        const char *name;
        unsigned cp;
    } named[] = {{"amp;", '&'},  {"lt;", '<'},    {"gt;", '>'},
                 {"quot;", '"'}, {"apos;", '\''}, {"nbsp;", 0xA0}};
    size_t j = i + 1;
    unsigned long cp = 0;
    if (j < len && s[j] == '#') {
        j = pc_utf8_numeric_ref(s, len, j, &cp);
        if (!j)
            return 0;
    } else {
        size_t k = 0;
        for (; k < sizeof named / sizeof *named; k++) {
            size_t m = strlen(named[k].name);
            if (len - j >= m && memcmp(s + j, named[k].name, m) == 0)
                break;
        }
        if (k == sizeof named / sizeof *named)
            return 0;
        cp = named[k].cp;
        j += strlen(named[k].name);
    }
    *n = (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, buf);
    if (space_len(buf, *n) == *n)
        *n = 0; /* a space or a control: white space in the display form */
    return j - i;
}

/* Bytes that may start something the display form changes: spaces and
 * controls, the lead bytes of the multi-byte spaces above, emphasis marks,
 * links, character references.  Runs of other bytes are copied as they
 * are. */
static const unsigned char special[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
    [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1,
    [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
    [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1,
    [' '] = 1,  [0x7F] = 1, ['*'] = 1,  ['_'] = 1,  ['['] = 1,  ['<'] = 1,  ['&'] = 1,  [0xC2] = 1,
    [0xE2] = 1, [0xE3] = 1, [0xEF] = 1};

/* Copies the longest prefix of s[i..len) that the display form keeps as it
 * is, eight bytes at a time, to out + o (s[i - 1] is a byte just copied, no
 * space), and counts its spaces into *spaces.  The prefix ends before a byte
 * of special[] (taking every byte from 0x80 on), before a space followed by
 * another space, and never with a space: what follows decides whether that
 * space is kept.  Returns its length. */
static size_t plain_prefix(const unsigned char *s, size_t i, size_t len, char *out, size_t o,
                           size_t *spaces)
{
    size_t n = 0;
    while (len - i - n >= 8) {
        uint64_t w = pc_swar_load(s + i + n), x = w & ~PC_SWAR_HIGH;
        uint64_t sp = pc_swar_eq(w, ' ');
        /* below 0x20, from 0x80 on, 0x7F; '[' and '_' are the bytes b with
         * b | 4 == '_'; a space before a space or in the last byte */
        uint64_t stop = ((~(x + PC_SWAR_ONES * 0x60) | w | (x + PC_SWAR_ONES)) & PC_SWAR_HIGH) |
                        pc_swar_eq(w | PC_SWAR_ONES * 0x04, '_') | pc_swar_eq(w, '*') |
                        pc_swar_eq(w, '<') | pc_swar_eq(w, '&') |
                        (sp & (sp >> 8 | (uint64_t)0x80 << 56));
        uint64_t keep = pc_swar_leading(~stop & PC_SWAR_HIGH);
        size_t k = pc_swar_count(keep);
        if (k < 8 && k > 0 && s[i + n + k - 1] == ' ')
            keep &= ~((uint64_t)0x80 << (8 * --k));
        pc_swar_store(out + o + n, w); /* o + n + 8 <= i + n + 8 <= len */
        *spaces += pc_swar_count(sp & keep);
        n += k;
        if (k < 8)
            break;
    }
    return n;
}

/* The display form, with (plain = 1) or without the eight-byte copy of
 * plain text; inlined into both callers, so each is specialised. */
static inline size_t normalize(const char *s, size_t len, char *out, size_t *words, int plain)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0, i = 0, spaces = 0;
    int pending_space = 0;
    size_t link_end = 0, link_close = 0; /* skip s[link_end..link_close] */
    while (i < len) {
        unsigned char c = u[i];
        if (c == ' ') { /* fast path: the usual word gap */
            pending_space = o > 0;
            i++;
            continue;
        }
        if (!special[c] && !(link_close && i == link_end)) {
            /* a run of ordinary bytes, copied as it is scanned (runs are
             * words: a call to memcpy would cost more) */
            size_t stop = link_close ? link_end : len;
            if (pending_space) {
                out[o++] = ' ';
                spaces++;
                pending_space = 0;
            }
            do {
                out[o++] = (char)c;
                if (++i == stop)
                    break;
                c = u[i];
            } while (!special[c]);
            if (plain && !link_close && c == ' ' && i < len) {
                /* plain text goes on past single spaces */
                size_t n = plain_prefix(u, i, len, out, o, &spaces);
                i += n;
                o += n;
            }
            continue;
        }
        if (link_close && i == link_end) {
            i = link_close + 1;
            link_close = 0;
            continue;
        }
        size_t sp = space_len(u + i, len - i);
        if (sp) {
            if (sp == SOFT_HYPHEN) {
                i += 2;
                continue;
            }
            pending_space = o > 0;
            i += sp;
            continue;
        }
        if ((s[i] == '*' || s[i] == '_') && i + 1 < len && s[i + 1] == s[i]) {
            i += 2;
            continue;
        }
        if (s[i] == '[' && !link_close) {
            size_t close;
            size_t rb = md_link(s, len, i, &close);
            if (rb) {
                link_end = rb;
                link_close = close;
                i++;
                continue;
            }
        }
        if (s[i] == '<' && len - i > 8 &&
            (memcmp(s + i + 1, "http://", 7) == 0 || memcmp(s + i + 1, "https://", 8) == 0)) {
            const char *gt = memchr(s + i, '>', len - i);
            if (gt) {
                i = (size_t)(gt - s) + 1;
                continue;
            }
        }
        unsigned char ref[4];
        size_t refn, reflen = s[i] == '&' ? char_ref(s, len, i, ref, &refn) : 0;
        if (reflen && !refn) {
            pending_space = o > 0;
            i += reflen;
            continue;
        }
        if (pending_space) {
            out[o++] = ' ';
            spaces++;
            pending_space = 0;
        }
        if (reflen) {
            memcpy(out + o, ref, refn);
            o += refn;
            i += reflen;
            continue;
        }
        out[o++] = s[i++];
    }
    if (words)
        *words = o ? spaces + 1 : 0;
    return o;
}

size_t pc_count_words(const char *s, size_t len)
{
    size_t n = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (!ws && !in)
            n++;
        in = !ws;
    }
    return n;
}

size_t pc_normalize_display(const char *s, size_t len, char *out, size_t *words)
{
    return normalize(s, len, out, words, 1);
}

size_t pc_normalize_display_bytes(const char *s, size_t len, char *out, size_t *words)
{
    return normalize(s, len, out, words, 0);
}
