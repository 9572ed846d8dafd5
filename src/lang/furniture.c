/* Page furniture in a language's own words (session 40): the labels of a
 * profile's `furniture` table (lang.h) read at the front of a sentence, or
 * at its end for a prompt's verb in a language that puts its verb last.
 * English has no table (its furniture rules are text/boilerplate.c's, read
 * off Multi-News train-10k), so an English document never comes here: the
 * caller asks a document's own profile (model/cluster.c). */
#include "lang/lang.h"

#include <string.h>
#include <utf8proc.h>

/* Words that must follow an update's label or a credit for the front to
 * be split off (text/boilerplate.h's PC_ASIDE_REST). */
#define REST_WORDS 3
/* The words of a credit after a picture's label that are read for its
 * end. */
#define CREDIT_TOKENS 6

/* The code point at s[i..len) and its byte length in *n (1 for a byte
 * that opens no valid sequence). */
static utf8proc_int32_t cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
    *n = k > 0 ? (size_t)k : 1;
    return k > 0 ? c : -1;
}

/* Is the code point a letter, a digit or a mark (a word's character)? */
static int wordish(utf8proc_int32_t c)
{
    if (c < 0)
        return 0;
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

static int is_upper(utf8proc_int32_t c)
{
    return c >= 0 && (utf8proc_category(c) == UTF8PROC_CATEGORY_LU ||
                      utf8proc_category(c) == UTF8PROC_CATEGORY_LT);
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The byte length of `label` at s[0..len) (ASCII letters in any case,
 * other bytes as written) when no word's character follows it (or, not
 * `bounded`, whatever follows), or 0. */
static size_t match(const char *s, size_t len, const char *label, int bounded)
{
    size_t n = strlen(label);
    if (n > len)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)label[i];
        if (a != b && !(a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20) && (b | 0x20) >= 'a' &&
                        (b | 0x20) <= 'z'))
            return 0;
    }
    size_t k;
    return n == len || !bounded || !wordish(cp_at(s, len, n, &k)) ? n : 0;
}

/* The longest label of `list` (NULL-terminated or NULL) at s[0..len). */
static size_t find_in(const char *const *list, const char *s, size_t len, int bounded)
{
    size_t best = 0;
    for (size_t i = 0; list && list[i]; i++) {
        size_t n = match(s, len, list[i], bounded);
        best = n > best ? n : best;
    }
    return best;
}

/* A label, which no word's character follows. */
static size_t find(const char *const *list, const char *s, size_t len)
{
    return find_in(list, s, len, 1);
}

/* Opening brackets before a label ("[Lesen Sie auch]", "【相关阅读】"). */
static size_t open_bracket(const char *s, size_t len)
{
    size_t p = 0;
    while (p < len) {
        if (s[p] == '[' || s[p] == '(')
            p++;
        else if (len - p >= 3 && (memcmp(s + p, "\xE3\x80\x90", 3) == 0 || /* 【 */
                                  memcmp(s + p, "\xEF\xBC\x88", 3) == 0))  /* （ */
            p += 3;
        else
            break;
    }
    return p;
}

/* The separators after a label at s[p..len): spaces, then a colon (":",
 * full-width "："), a closing bracket, a dash or a slash, then spaces.
 * Sets *mark when one of them stands there; returns the position after. */
static size_t separators(const char *s, size_t len, size_t p, int *mark)
{
    *mark = 0;
    while (p < len && is_space(s[p]))
        p++;
    for (;;) {
        if (p < len && memchr(":]|)/-", s[p], 6) && s[p])
            p++;
        else if (len - p >= 3 && (memcmp(s + p, "\xEF\xBC\x9A", 3) == 0 || /* ： */
                                  memcmp(s + p, "\xE3\x80\x91", 3) == 0 || /* 】 */
                                  memcmp(s + p, "\xEF\xBC\x89", 3) == 0 || /* ） */
                                  memcmp(s + p, "\xE2\x80\x93", 3) == 0 || /* – */
                                  memcmp(s + p, "\xE2\x80\x94", 3) == 0))  /* — */
            p += 3;
        else
            break;
        *mark = 1;
    }
    while (p < len && is_space(s[p]))
        p++;
    return p;
}

/* The size of s[0..len) in words: runs of characters between spaces, or in
 * a language written without spaces, half its characters of words. */
static size_t size_of(const pc_lang *l, const char *s, size_t len)
{
    size_t words = 0, chars = 0;
    int in = 0;
    for (size_t i = 0; i < len;) {
        size_t n;
        utf8proc_int32_t c = cp_at(s, len, i, &n);
        chars += wordish(c);
        words += !in && !is_space(s[i]);
        in = !is_space(s[i]);
        i += n;
    }
    return (l->seg & PC_SEG_NO_SPACES) ? (chars + 1) / 2 : words;
}

/* Does s[0..len) hold a quotation mark (a prompt quoted is reported
 * speech)? */
static int quoted(const char *s, size_t len)
{
    static const char *const marks[] = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
                                        "\xC2\xAB", "\xC2\xBB",     "\xE3\x80\x8C", "\xE3\x80\x8D"};
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
            size_t n = strlen(marks[k]);
            if (n <= len - i && memcmp(s + i, marks[k], n) == 0)
                return 1;
        }
    return 0;
}

/* Whether only punctuation and spaces are left in s[p..len). */
static int nothing_after(const char *s, size_t len, size_t p)
{
    while (p < len) {
        size_t n;
        if (wordish(cp_at(s, len, p, &n)))
            return 0;
        p += n;
    }
    return 1;
}

/* Is the word at s[p..len) one that opens with a capital and, case folded,
 * is a function word of l (the lead's "Der", "La", "В")?  Its byte length
 * in *wn. */
static int capital_stopword(const pc_lang *l, const char *s, size_t len, size_t p, size_t *wn)
{
    size_t n;
    if (!is_upper(cp_at(s, len, p, &n)))
        return 0;
    char fold[64];
    size_t fl = 0, q = p;
    while (q < len && !is_space(s[q])) {
        utf8proc_int32_t c = cp_at(s, len, q, &n);
        if (!wordish(c) || fl + 4 > sizeof fold)
            break;
        fl += (size_t)utf8proc_encode_char(utf8proc_tolower(c), (utf8proc_uint8_t *)fold + fl);
        q += n;
    }
    *wn = q - p;
    return fl > 0 && pc_lang_is_stopword(l, fold, fl);
}

/* Does another label of the table open s[p..len)? */
static int label_at(const pc_lang_furniture *f, const char *s, size_t len, size_t p)
{
    s += p;
    len -= p;
    return find(f->ads, s, len) || find(f->pictures, s, len) || find(f->links, s, len) ||
           find(f->updates, s, len) || find(f->corrections, s, len);
}

/* Does s[a..z) open with a capital and hold a small letter (a name's
 * word, "Anna", not an agency's "AFP" or "dpa")? */
static int name_word(const char *s, size_t a, size_t z)
{
    size_t n;
    if (a >= z || !is_upper(cp_at(s, z, a, &n)))
        return 0;
    for (size_t i = a + n; i < z; i += n) {
        utf8proc_int32_t c = cp_at(s, z, i, &n);
        if (c >= 0 && utf8proc_category(c) == UTF8PROC_CATEGORY_LL)
            return 1;
    }
    return 0;
}

/* The end of a picture's credit after its label, at s[p..len), where it
 * shows, or 0.  The credit is its first word, then words that open with a
 * capital or join names with a slash ("dpa/Ana Lind"), among its first
 * CREDIT_TOKENS words; it ends
 *   - before a capitalised function word of the language, the lead's
 *     first ("Der Stadtrat ...", "La alcaldesa ..."), or else
 *   - after a slash chain ("AFP/Léa Martin", "Reuters/Ana Souza"): after
 *     the word after it when the chain ends with a name's first word,
 *     after the chain when it ends with an agency's ("Léa Martin/AFP"),
 *     the lead's word after it opening with a capital.
 * A script without case, or a credit in lower case, shows no end. */
static size_t credit_end(const pc_lang *l, const char *s, size_t len, size_t p)
{
    size_t at[CREDIT_TOKENS], ends[CREDIT_TOKENS], wn, n;
    int k = 0;
    for (; k < CREDIT_TOKENS && p < len; k++) {
        if (k > 0 && capital_stopword(l, s, len, p, &wn))
            return p;
        at[k] = p;
        while (p < len && !is_space(s[p]))
            p++;
        ends[k] = p;
        if (k > 0 && !is_upper(cp_at(s, len, at[k], &n)) && !memchr(s + at[k], '/', p - at[k]))
            break; /* the lead's words (or a credit in lower case) */
        while (p < len && is_space(s[p]))
            p++;
    }
    for (int i = 0; i + 1 < k; i++) {
        const char *slash = memchr(s + at[i], '/', ends[i] - at[i]);
        if (!slash)
            continue;
        size_t tail = (size_t)(slash - s) + 1;
        while (tail < ends[i] && memchr(s + tail, '/', ends[i] - tail))
            tail = (size_t)((const char *)memchr(s + tail, '/', ends[i] - tail) - s) + 1;
        int first_name = name_word(s, tail, ends[i]);
        int j = first_name ? i + 2 : i + 1; /* the lead's first word */
        if (j >= k || (first_name && !name_word(s, at[i + 1], ends[i + 1])))
            return 0;
        return is_upper(cp_at(s, len, at[j], &n)) ? at[j] : 0;
    }
    return 0;
}

size_t pc_lang_furniture_prefix(const pc_lang *l, const char *s, size_t len)
{
    const pc_lang_furniture *f = l->furniture;
    if (!f)
        return 0;
    size_t b = open_bracket(s, len), k, p, wn;
    int mark;
    /* an update note's label: the note stays ("Aktualisierung: Die Stadt
     * hat ...") */
    if ((k = find(f->updates, s + b, len - b)) != 0) {
        p = separators(s, len, b + k, &mark);
        return mark && size_of(l, s + p, len - p) >= REST_WORDS ? p : 0;
    }
    /* a picture's credit glued before the lead, where its end shows */
    if ((k = find(f->pictures, s + b, len - b)) != 0) {
        p = separators(s, len, b + k, &mark);
        size_t e = mark ? credit_end(l, s, len, p) : 0;
        return e && size_of(l, s + e, len - e) >= REST_WORDS ? e : 0;
    }
    /* an advertisement's label before another label or before the lead's
     * capitalised function word ("Anzeige Der Stadtrat ...": no prose puts
     * a function word's capital after a noun) */
    if ((k = find(f->ads, s + b, len - b)) != 0) {
        p = separators(s, len, b + k, &mark);
        if (p < len && (label_at(f, s, len, p) || capital_stopword(l, s, len, p, &wn)) &&
            size_of(l, s + p, len - p) >= REST_WORDS)
            return p;
    }
    return 0;
}

/* Does the sentence end with a label of `list` (its punctuation after),
 * after a space or the sentence's start, or anywhere in a language
 * written without spaces? */
static int ends_with(const pc_lang *l, const char *const *list, const char *s, size_t len)
{
    size_t e = len;
    while (e > 0) { /* trailing spaces and punctuation: . ! । 。 ！ */
        size_t st = e - 1;
        while (st > 0 && ((unsigned char)s[st] & 0xC0) == 0x80)
            st--;
        size_t n;
        if (!is_space(s[st]) && wordish(cp_at(s, len, st, &n)))
            break;
        e = st;
    }
    for (size_t i = 0; list && list[i]; i++) {
        size_t n = strlen(list[i]);
        if (n <= e && memcmp(s + e - n, list[i], n) == 0 &&
            (n == e || is_space(s[e - n - 1]) || (l->seg & PC_SEG_NO_SPACES)))
            return 1;
    }
    return 0;
}

int pc_lang_furniture_sentence(const pc_lang *l, const char *s, size_t len)
{
    const pc_lang_furniture *f = l->furniture;
    if (!f)
        return 0;
    size_t b = open_bracket(s, len), k, p;
    int mark;
    if ((k = find(f->corrections, s + b, len - b)) != 0) {
        separators(s, len, b + k, &mark);
        return mark;
    }
    if ((k = find(f->links, s + b, len - b)) != 0) {
        p = separators(s, len, b + k, &mark);
        return (mark || nothing_after(s, len, p)) && size_of(l, s, len) <= PC_LANG_LINK_WORDS;
    }
    if ((k = find(f->pictures, s + b, len - b)) != 0) {
        separators(s, len, b + k, &mark);
        return mark && size_of(l, s, len) <= PC_LANG_CREDIT_WORDS;
    }
    if ((k = find(f->ads, s + b, len - b)) != 0 && nothing_after(s, len, b + k))
        return 1;
    /* a prompt's verb with its object after it, written without a space
     * in Chinese ("扫码关注我们的", "scan to follow our ...") */
    if (((k = find_in(f->prompts, s + b, len - b, !(l->seg & PC_SEG_NO_SPACES))) != 0 ||
         ends_with(l, f->prompt_ends, s, len)) &&
        size_of(l, s, len) <= PC_LANG_PROMPT_WORDS && !quoted(s, len))
        return 1;
    return 0;
}
