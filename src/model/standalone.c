/* Whether a candidate sentence can stand on its own: the openings that
 * refer back to an earlier sentence, quotations without their speaker, and
 * pieces of sentences that segmentation or the source cut.
 *
 * The word lists are English closed classes (pronouns, connectives; the
 * verbs of saying are text/words.c's, shared with the digest), written by
 * hand: they are grammar, not data, and no library of Debian's gives them.  A sentence in another
 * language simply never matches them and is judged on its quote marks alone. */
#include "standalone.h"

#include <string.h>

#include "lang/lang.h"
#include "text/words.h"

/* Pronouns and determiners whose referent is in an earlier sentence. */
static const char *const pronouns[] = {
    "he",    "she",  "it",  "they", "we",    "i",     "you",  "his",  "her",  "its",
    "their", "them", "him", "our",  "these", "those", "this", "that", "such", "both",
};

/* Connectives that continue an earlier sentence. */
static const char *const connectives[] = {
    "but",          "and",         "or",           "so",        "yet",        "also",
    "still",        "however",     "meanwhile",    "instead",   "moreover",   "furthermore",
    "nevertheless", "nonetheless", "then",         "thus",      "therefore",  "otherwise",
    "besides",      "indeed",      "later",        "afterward", "afterwards", "additionally",
    "likewise",     "similarly",   "consequently", "hence",     "plus",       "though",
    "although",     "too",         "again",        "now",
};

/* Openings of two words that name something said before ("The two", "The
 * move") or continue it ("In addition"). */
static const char *const phrases[] = {
    "in addition",    "as a result", "on the other hand", "even so",      "at the same time",
    "the two",        "the same",    "in turn",           "for his part", "for her part",
    "for their part", "in response", "the move",          "the decision", "the proposal",
    "the deal",       "the attack",  "the report",
};

/* After "this", "that", "these", "those" or "such", a time word makes the
 * demonstrative deictic ("This year"), a verb makes it a subject whose
 * referent is still earlier ("That is") -- listed here are those that do
 * not refer back. */
static const char *const time_words[] = {
    "year",   "week",   "month", "morning", "afternoon", "evening", "time",  "summer",
    "winter", "spring", "fall",  "season",  "weekend",   "day",     "night", "past",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static int in_list(const char *const *list, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], w) == 0)
            return 1;
    return 0;
}

static int is_alpha(unsigned char ch)
{
    return (ch | 32) >= 'a' && (ch | 32) <= 'z';
}

/* The lower-cased ASCII word at *p (letters, apostrophes, hyphens), at most
 * cap-1 bytes, advancing *p past it; "" when none starts there. */
static void next_word(const char **p, const char *end, char *w, size_t cap)
{
    size_t n = 0;
    const char *s = *p;
    while (s < end && !is_alpha((unsigned char)*s))
        s++;
    while (s < end && (is_alpha((unsigned char)*s) || *s == '\'' || *s == '-')) {
        if (n + 1 < cap)
            w[n++] = (char)(*s | 32);
        s++;
    }
    w[n] = 0;
    *p = s;
}

/* Quote marks of one sentence: straight, curly opening and closing, and
 * the wire's `` and ''.  Opening curly marks are U+201C and the low U+201E
 * („); in languages that open with „ (de, cs, ...: PC_SEG_LOW9_QUOTES)
 * U+201C closes, elsewhere U+201D does.  A straight quote between two
 * letters outside ASCII is no quote mark: Hebrew writes its acronyms so
 * (ארה"ב, צה"ל) when it has no gershayim. */
typedef struct quotes {
    size_t straight, curly_open, curly_close, wire_open, wire_close;
} quotes;

static quotes count_quotes(const char *t, size_t len, int low9)
{
    quotes q = {0};
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '"') {
            q.straight += !(i > 0 && i + 1 < len && (unsigned char)t[i - 1] >= 0x80 &&
                            (unsigned char)t[i + 1] >= 0xC0);
        } else if (ch == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
            unsigned char d = (unsigned char)t[i + 2];
            q.curly_open += d == 0x9E || (d == 0x9C && !low9);
            q.curly_close += d == 0x9D || (d == 0x9C && low9);
        } else if (ch == '`' && i + 1 < len && t[i + 1] == '`') {
            q.wire_open++;
            i++;
        } else if (ch == '\'' && i + 1 < len && t[i + 1] == '\'') {
            q.wire_close++;
            i++;
        }
    }
    return q;
}

static int balanced(const quotes *q)
{
    return q->straight % 2 == 0 && q->curly_open == q->curly_close && q->wire_open == q->wire_close;
}

/* Length of the quote mark at t (0 when none): ", ``, '', U+201C/D. */
static size_t quote_mark(const char *t, const char *end)
{
    if (*t == '"')
        return 1;
    if (end - t >= 2 && ((t[0] == '`' && t[1] == '`') || (t[0] == '\'' && t[1] == '\'')))
        return 2;
    if (end - t >= 3 && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
        ((unsigned char)t[2] == 0x9C || (unsigned char)t[2] == 0x9D))
        return 3;
    return 0;
}

/* Whether a word outside the quotation names a speaker. */
static int speaker_outside(const char *t, size_t len)
{
    const char *p = t, *end = t + len;
    int inside = 0;
    char w[24];
    while (p < end) {
        size_t q = quote_mark(p, end);
        if (q) {
            inside = !inside;
            p += q;
            continue;
        }
        if (!is_alpha((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *s = p;
        next_word(&p, end, w, sizeof w);
        if (p == s)
            p++;
        if (!inside && pc_speaker_word(w, strlen(w)))
            return 1;
    }
    return 0;
}

static int refers_back(const char *t, size_t len)
{
    const char *p = t, *end = t + len;
    char w1[24], w2[24], w3[24], w4[24];
    next_word(&p, end, w1, sizeof w1);
    size_t l1 = strlen(w1);
    if (!l1 || l1 > 12) /* no listed word is longer */
        return 0;
    if (in_list(connectives, COUNT(connectives), w1))
        return 1;
    next_word(&p, end, w2, sizeof w2);
    if (in_list(pronouns, COUNT(pronouns), w1)) {
        int demonstrative = !strcmp(w1, "this") || !strcmp(w1, "that") || !strcmp(w1, "these") ||
                            !strcmp(w1, "those") || !strcmp(w1, "such");
        return !(demonstrative && in_list(time_words, COUNT(time_words), w2));
    }
    /* the phrases open with one of these */
    static const char *const phrase_starts[] = {"in", "as", "on", "even", "at", "the", "for"};
    if (!in_list(phrase_starts, COUNT(phrase_starts), w1))
        return 0;
    next_word(&p, end, w3, sizeof w3);
    next_word(&p, end, w4, sizeof w4);
    const char *words[4] = {w1, w2, w3, w4};
    for (size_t k = 0; k < COUNT(phrases); k++) {
        /* phrases[k] against the first words, word by word */
        size_t used = 0, nw = 0;
        const char *ph = phrases[k];
        while (nw < 4 && used < strlen(ph)) {
            size_t wl = strlen(words[nw]);
            if (!wl || strncmp(ph + used, words[nw], wl) != 0)
                break;
            used += wl;
            nw++;
            if (ph[used] == ' ')
                used++;
            else if (ph[used])
                break;
        }
        if (used == strlen(ph))
            return 1;
    }
    return 0;
}

/* Ends in an initial: "... James P." (a capital alone before the final
 * period, after a space), closing quote marks aside. */
static int ends_in_initial(const char *t, size_t len)
{
    while (len && (t[len - 1] == '"' || t[len - 1] == '\'' || t[len - 1] == ' '))
        len--;
    if (len < 2 || t[len - 1] != '.')
        return 0;
    unsigned char c = (unsigned char)t[len - 2];
    if (c < 'A' || c > 'Z')
        return 0;
    return len == 2 || t[len - 3] == ' ' || t[len - 3] == '(';
}

/* Opens in lower case or with punctuation, where the source before it
 * does not end a sentence: text such as Multi-News lower-cases the word
 * after a closing quote ("big sis . \" janet napolitano"), a sentence all
 * the same. */
static int opens_lower(const pc_doc *d, const pc_sent *st)
{
    size_t b = st->start < d->len ? st->start : d->len;
    while (b > 0 && (d->text[b - 1] == ' ' || d->text[b - 1] == '"' || d->text[b - 1] == '\'' ||
                     d->text[b - 1] == '\n' || d->text[b - 1] == '\t'))
        b--;
    if (b > 0 && (d->text[b - 1] == '.' || d->text[b - 1] == '!' || d->text[b - 1] == '?'))
        return 0;
    const char *t = st->text;
    size_t len = st->len;
    size_t i = 0;
    while (i < len && t[i] == ' ')
        i++;
    if (i >= len)
        return 1;
    unsigned char c = (unsigned char)t[i];
    return (c >= 'a' && c <= 'z') || c == ',' || c == ';' || c == ':' || c == '.' || c == ')';
}

void pc_standalone(const pc_model *m, uint8_t *flags, uint32_t *prev)
{
    const precis_cluster *c = m->c;
    size_t n = m->ncandidates, j = 0;
    /* One walk over every sentence of the cluster, in document order: the
     * quotation state at each sentence's start, and its candidate. */
    quotes open = {0};
    uint32_t doc = UINT32_MAX, last_cand = UINT32_MAX, last_sent = UINT32_MAX;
    for (size_t s = 0; s < c->nsents; s++) {
        const pc_sent *st = &c->sents[s];
        if (st->doc != doc) {
            memset(&open, 0, sizeof open);
            doc = st->doc;
            last_cand = UINT32_MAX;
            last_sent = UINT32_MAX;
        }
        int inside = open.straight % 2 || open.curly_open > open.curly_close ||
                     open.wire_open > open.wire_close;
        const struct pc_lang *lang = c->docs[st->doc].lang;
        quotes q = count_quotes(st->text, st->len, lang && (lang->seg & PC_SEG_LOW9_QUOTES));
        if (j < n && m->sentence_of[j] == s) {
            uint8_t f = 0;
            size_t lead = 0;
            while (lead < st->len && st->text[lead] == ' ')
                lead++;
            int quote_open = lead < st->len && (quote_mark(st->text + lead, st->text + st->len) ||
                                                st->text[lead] == '\'');
            if (!balanced(&q) || ends_in_initial(st->text, st->len) ||
                opens_lower(&c->docs[st->doc], st))
                f |= PC_SA_BROKEN;
            if (quote_open)
                f |= PC_SA_QUOTE_OPEN;
            if (refers_back(st->text, st->len) || inside ||
                (quote_open && !speaker_outside(st->text, st->len)))
                f |= PC_SA_REFERS;
            flags[j] = f;
            prev[j] = last_sent != UINT32_MAX && last_sent + 1 == s ? last_cand : UINT32_MAX;
            last_cand = (uint32_t)j;
            j++;
        } else {
            last_cand = UINT32_MAX;
        }
        last_sent = (uint32_t)s;
        open.straight += q.straight;
        open.curly_open += q.curly_open;
        open.curly_close += q.curly_close;
        open.wire_open += q.wire_open;
        open.wire_close += q.wire_close;
        if (open.curly_close > open.curly_open)
            open.curly_close = open.curly_open;
        if (open.wire_close > open.wire_open)
            open.wire_close = open.wire_open;
    }
}
