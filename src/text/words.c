/* Words of a display text: split at white space and dashes, punctuation
 * stripped and remembered, with case-insensitive comparison, the month
 * and weekday names and the verbs of saying.  Used by the date parser
 * (text/dates.c), the digest extractors and the test of sentences that
 * stand alone (model/standalone.c).  Everything here is linear in its
 * input. */
#include "text/words.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "lang/lang.h"
#include "text/tokenize.h"
#include "util/alloc.h"
#include "util/hash.h"
#include "util/strmap.h"

void pc_words_release(pc_words *w)
{
    if (w->fixed) {
        w->n = 0;
        return;
    }
    pc_free(w->alc, w->w, w->cap * sizeof *w->w);
    w->w = NULL;
    w->n = w->cap = 0;
}

/* Length of the UTF-8 sequence at s[i] if it is a quote mark, else 0. */
static size_t quote_mark(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\'' || c == '`') /* `` opens a quote in newswire */
        return 1;
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
        unsigned char d = (unsigned char)s[i + 2];
        if (d >= 0x98 && d <= 0x9F)
            return 3; /* U+2018..U+201F */
    }
    return 0;
}

static int is_dash(const char *s, size_t len, size_t i)
{
    return (unsigned char)s[i] == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93);
}

static int lead_punct(unsigned char c)
{
    return c == '(' || c == '[' || c == '{' || c == '*' || c == '_' || c == '#' || c == '<';
}

static int trail_punct(unsigned char c)
{
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
           c == ']' || c == '}' || c == '*' || c == '_' || c == '>';
}

static int is_upper_at(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static void push(pc_words *w, pc_word *x)
{
    w->w[w->n++] = *x;
}

int pc_lex_split(pc_words *w, const char *s, size_t len)
{
    w->n = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || is_dash(s, len, i)))
            i += is_dash(s, len, i) ? 3 : 1;
        if (i >= len)
            break;
        size_t a = i;
        while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && !is_dash(s, len, i))
            i++;
        if (w->n == w->cap && w->fixed)
            return 1;
        if (pc_array_reserve(w->alc, (void **)&w->w, &w->cap, w->n + 1, sizeof *w->w))
            return -1;
        pc_word x;
        memset(&x, 0, sizeof x);
        x.raw_start = a;
        x.raw_end = i;
        size_t b = i, q;
        for (;;) {
            if (a < b && lead_punct((unsigned char)s[a])) {
                a++;
            } else if (a < b && (q = quote_mark(s, b, a)) != 0) {
                x.before = '"';
                a += q;
            } else {
                break;
            }
        }
        /* Strip trailing punctuation and quotes, remembering the first mark
         * after the word; a final period of an abbreviation ("U.S.") stays. */
        size_t e = b;
        for (;;) {
            if (e > a && trail_punct((unsigned char)s[e - 1])) {
                e--;
            } else if (e > a && e >= 1 &&
                       ((unsigned char)s[e - 1] == '"' || (unsigned char)s[e - 1] == '\'')) {
                e--;
            } else if (e >= a + 3 && (unsigned char)s[e - 3] == 0xE2 &&
                       (unsigned char)s[e - 2] == 0x80 && (unsigned char)s[e - 1] >= 0x98 &&
                       (unsigned char)s[e - 1] <= 0x9F) {
                e -= 3;
            } else if (e >= a + 3 && (unsigned char)s[e - 3] == 0xE2 &&
                       (unsigned char)s[e - 2] == 0x80 && (unsigned char)s[e - 1] == 0xA6) {
                e -= 3; /* ellipsis */
            } else {
                break;
            }
        }
        for (size_t k = e; k < b; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c == ',' || c == '.' || c == ':' || c == ';' || c == '?' || c == '!') {
                x.after = (char)c;
                break;
            }
            if (quote_mark(s, b, k)) {
                x.after = '"';
                break;
            }
        }
        /* An abbreviation keeps its period: a dot inside the word ("U.S.")
         * or a known short form ("Sen."). */
        if (e < b && s[e] == '.' && e > a && memchr(s + a, '.', e - a) != NULL && e - a <= 5) {
            e++;
            if (x.after == '.')
                x.after = 0;
        }
        if (e >= a + 2 && (s[e - 2] == '\'') && (s[e - 1] == 's' || s[e - 1] == 'S')) {
            e -= 2;
            x.poss = 1;
        } else if (e >= a + 4 && memcmp(s + e - 4, "\xE2\x80\x99s", 4) == 0) {
            e -= 4;
            x.poss = 1;
        }
        if (e <= a)
            continue;
        x.start = a;
        x.end = e;
        x.cap = (uint8_t)is_upper_at(s, e, a);
        push(w, &x);
    }
    return 0;
}

int pc_lex_is(const pc_words *w, const char *s, size_t i, const char *lit)
{
    return i < w->n && pc_lex_eq(s, w->w[i].start, w->w[i].end, lit);
}

static const char *const months[] = {"january",   "february", "march",    "april",
                                     "may",       "june",     "july",     "august",
                                     "september", "october",  "november", "december"};
static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                   "friday", "saturday", "sunday"};

int pc_lex_month(const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        if (pc_lex_eq(s, 0, n, months[m]))
            return m + 1;
        /* Abbreviations: "Jan", "Sept"; never "May" as "Ma". */
        if (n <= 4 && n < strlen(months[m]) && pc_lex_eq(s, 0, n, "sept") && m == 8)
            return 9;
        if (n == 3 && m != 4 && strncasecmp(s, months[m], 3) == 0)
            return m + 1;
    }
    return 0;
}

int pc_lex_weekday(const char *s, size_t n)
{
    for (int d = 0; d < 7; d++)
        if (pc_lex_eq(s, 0, n, days[d]))
            return d;
    return -1;
}

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

int pc_word_in(const char *const *sorted, size_t count, const char *s, size_t n)
{
    char buf[64];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o + 1 >= sizeof buf)
            return 0;
        char c = s[i];
        if (i + 2 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0) {
            buf[o++] = '\'';
            i += 2;
            continue;
        }
        buf[o++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    buf[o] = '\0';
    return bsearch(buf, sorted, count, sizeof *sorted, cmp_word) != NULL;
}

/* English verbs of saying: a closed class written by hand (grammar, not
 * data; no Debian library lists them), sorted for the reader. */
static const char *const speech_verbs[] = {
    "acknowledged", "acknowledges", "added",      "adding",     "adds",       "admits",
    "admitted",     "alleged",      "announced",  "announces",  "argued",     "argues",
    "arguing",      "asked",        "asking",     "asks",       "boasted",    "cautioned",
    "claimed",      "claims",       "complained", "conceded",   "concluded",  "confirmed",
    "continued",    "continues",    "countered",  "declared",   "declares",   "declaring",
    "denied",       "described",    "describes",  "emphasised", "emphasized", "explained",
    "explains",     "insisted",     "insisting",  "insists",    "joked",      "lamented",
    "maintained",   "noted",        "notes",      "noting",     "observed",   "pledged",
    "posted",       "predicted",    "promised",   "quipped",    "recalled",   "recalls",
    "recounted",    "recounts",     "reiterated", "remarked",   "replied",    "replies",
    "responded",    "retorted",     "said",       "say",        "saying",     "says",
    "shouted",      "stated",       "states",     "stressed",   "stresses",   "stressing",
    "suggested",    "tell",         "telling",    "tells",      "testified",  "told",
    "tweeted",      "tweets",       "urged",      "urging",     "vowed",      "warned",
    "warning",      "warns",        "writes",     "writing",    "wrote",
};

/* The digest's further forms of verbs of saying (pc_saying_verb): the
 * inflections of the lemmas above that the list lacks ("admit",
 * "concludes", "confirming"), and the lemmas of English verbs of saying
 * that news attribution uses with a quote (Levin's "say" and "complain"
 * classes, 37.7 and 37.8, and of her "manner of speaking" class, 37.3, the
 * verbs of words said aloud: "assured", "mused", "gushed", "exclaimed",
 * "whispered"), each in its forms.  Left out, whatever the lemma: a form
 * that is as often a noun ("note", "post", "state", "claim", "promise",
 * "joke", "remark", "reply", "vow", "shout", "muse", "demands": "the state
 * said", "in a note"), an adjective ("promising", "revealing", "gushing")
 * or another verb ("pleaded guilty", "cried", "snapped", "demanded the
 * resignation"), and the base form ("announce", "confirm"): after a
 * modal or "to" it attributes nothing ("the automaker will announce ...",
 * which took the quote before it from its speaker).  Grammar, not
 * data: no word was taken from a text.  Not read by the summary
 * (pc_speech_verb), whose list its tables were trained with. */
static const char *const saying_more[] = {
    "acknowledging", "admitting",   "alleges",    "alleging",    "announcing",  "answered",
    "asserted",      "asserting",   "asserts",    "assured",     "assures",     "assuring",
    "boasting",      "boasts",      "bragged",    "bragging",    "brags",       "cautioning",
    "cautions",      "claiming",    "clarified",  "complaining", "complains",   "concedes",
    "conceding",     "concludes",   "concluding", "confessed",   "confesses",   "confessing",
    "confirming",    "confirms",    "contended",  "contending",  "contends",    "countering",
    "denies",        "denying",     "elaborated", "emailed",     "emphasises",  "emphasising",
    "emphasizes",    "emphasizing", "exclaimed",  "exclaiming",  "exclaims",    "explaining",
    "fumed",         "grumbled",    "grumbles",   "gushed",      "gushes",      "interjected",
    "joking",        "lamenting",   "laments",    "maintaining", "maintains",   "marveled",
    "marvelled",     "mused",       "muttered",   "muttering",   "mutters",     "observes",
    "observing",     "opined",      "opines",     "pledging",    "predicting",  "predicts",
    "proclaimed",    "proclaiming", "proclaims",  "protested",   "quipping",    "ranted",
    "raved",         "recalling",   "recounting", "reiterates",  "reiterating", "remarking",
    "replying",      "responding",  "responds",   "retorting",   "revealed",    "reveals",
    "screamed",      "screaming",   "shouting",   "sighed",      "stating",     "suggesting",
    "suggests",      "teased",      "teases",     "testifies",   "testifying",  "texted",
    "tweeting",      "vowing",      "whispered",  "whispering",  "wondered",    "yelled",
    "yelling",       "yells",
};

/* Words that name a speaker without being verbs of saying. */
static const char *const speaker_nouns[] = {
    "according", "quoted", "quoting", "spokesman", "spokesperson", "spokeswoman", "statement",
};

/* Negations and verbs of denial, refusal and undoing (pc_reversal_words),
 * sorted.  English closed classes, written by hand. */
static const char *const reversal[] = {
    "abandon",    "abandoned", "abandoning", "abandons",   "cancel",      "canceled",
    "canceling",  "cancelled", "cancelling", "cancels",    "cannot",      "denied",
    "denies",     "deny",      "denying",    "dismiss",    "dismissed",   "dismisses",
    "dismissing", "fail",      "failed",     "failing",    "fails",       "neither",
    "never",      "no",        "nobody",     "none",       "nor",         "not",
    "nothing",    "nowhere",   "overturn",   "overturned", "overturning", "overturns",
    "postpone",   "postponed", "postpones",  "postponing", "refuse",      "refused",
    "refuses",    "refusing",  "reject",     "rejected",   "rejecting",   "rejects",
    "revoke",     "revoked",   "revokes",    "revoking",   "scrap",       "scrapped",
    "scrapping",  "scraps",    "suspend",    "suspended",  "suspending",  "suspends",
    "veto",       "vetoed",    "vetoes",     "vetoing",    "withdraw",    "withdrawing",
    "withdrawn",  "withdraws", "withdrew",   "without",
};

/* The three lists in one hash table, built once per process: value bits
 * WORD_SPEECH, WORD_SPEAKER, WORD_REVERSAL.  They are looked up for every
 * word outside the quote marks of a quoting sentence and of every summary
 * sentence: hashing beats bisecting three lists. */
enum { WORD_SPEECH = 1, WORD_SPEAKER = 2, WORD_REVERSAL = 4, WORD_SAYING = 8, WORD_LONGEST = 15 };
#define WORD_SLOTS 1024
static pc_strmap_slot word_slots[WORD_SLOTS];
static pc_strmap word_map;
static pthread_once_t word_once = PTHREAD_ONCE_INIT;
#define NWORDS(a) (sizeof(a) / sizeof *(a))
_Static_assert(NWORDS(speech_verbs) + NWORDS(saying_more) + NWORDS(speaker_nouns) +
                       NWORDS(reversal) <=
                   WORD_SLOTS / 2,
               "grow WORD_SLOTS");

static void add_words(const char *const *list, size_t count, uint32_t bit)
{
    for (size_t k = 0; k < count; k++) {
        size_t n = strlen(list[k]);
        uint32_t h = pc_fnv1a(list[k], n), v = 0;
        pc_strmap_find(&word_map, list[k], n, h, &v);
        pc_strmap_put(&word_map, list[k], n, h, v | bit);
    }
}

static void build_word_table(void)
{
    pc_strmap_init_fixed(&word_map, word_slots, WORD_SLOTS);
    add_words(speech_verbs, NWORDS(speech_verbs), WORD_SPEECH | WORD_SAYING);
    add_words(saying_more, NWORDS(saying_more), WORD_SAYING);
    add_words(speaker_nouns, NWORDS(speaker_nouns), WORD_SPEAKER);
    add_words(reversal, NWORDS(reversal), WORD_REVERSAL);
}

/* The WORD_* bits of the word w[0..n) as the lists write it: lower case,
 * straight apostrophes. */
static uint32_t folded_class(const char *w, size_t n)
{
    if (n > WORD_LONGEST)
        return 0; /* longer than every listed word */
    pthread_once(&word_once, build_word_table);
    uint32_t v = 0;
    pc_strmap_find(&word_map, w, n, pc_fnv1a(w, n), &v);
    return v;
}

/* The WORD_* bits of s[0..n), lower-cased (ASCII), curly apostrophes read
 * as straight ones. */
static uint32_t word_class(const char *s, size_t n)
{
    char buf[WORD_LONGEST + 1];
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o == WORD_LONGEST)
            return 0; /* longer than every listed word */
        if (i + 2 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0) {
            buf[o++] = '\'';
            i += 2;
            continue;
        }
        buf[o++] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    }
    return folded_class(buf, o);
}

int pc_speech_verb(const char *s, size_t n)
{
    return (word_class(s, n) & WORD_SPEECH) != 0;
}

int pc_saying_verb(const char *s, size_t n)
{
    return (word_class(s, n) & WORD_SAYING) != 0;
}

const char *const *pc_speech_verb_list(size_t *n)
{
    *n = NWORDS(speech_verbs);
    return speech_verbs;
}

int pc_speaker_word(const char *s, size_t n)
{
    return (word_class(s, n) & (WORD_SPEECH | WORD_SPEAKER)) != 0;
}

int pc_speaker_word_folded(const char *w, size_t n)
{
    return (folded_class(w, n) & (WORD_SPEECH | WORD_SPEAKER)) != 0;
}

/* Length of the apostrophe at s[i] (' or U+2019), else 0. */
static size_t apostrophe(const char *s, size_t len, size_t i)
{
    if (s[i] == '\'')
        return 1;
    return i + 2 < len && memcmp(s + i, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
}

size_t pc_reversal_words(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')) {
            i++;
            continue;
        }
        size_t a = i, ap = 0; /* ap: where the last apostrophe starts (0: none) */
        while (i < len) {
            size_t q = apostrophe(s, len, i);
            if ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') {
                i++;
            } else if (q && i > a && i + q < len &&
                       ((s[i + q] | 32) >= 'a' && (s[i + q] | 32) <= 'z')) {
                ap = i;
                i += q;
            } else {
                break;
            }
        }
        /* "didn't", "won’t": an n before the apostrophe, a t after it */
        if (ap && ap > a && (s[ap - 1] | 32) == 'n' && i - ap - apostrophe(s, len, ap) == 1 &&
            (s[i - 1] | 32) == 't')
            n++;
        else if (i - a >= 2 && (word_class(s + a, i - a) & WORD_REVERSAL))
            n++;
    }
    return n;
}

/* The negations of a profile counted over a sentence's words (folded by
 * the tokenizer). */
typedef struct negation_count {
    const char *const *list;
    size_t n;
} negation_count;

static int count_negation(void *ctx, const char *folded, size_t flen, uint32_t hash, size_t start,
                          size_t end)
{
    (void)hash, (void)start, (void)end;
    negation_count *x = ctx;
    for (const char *const *w = x->list; *w; w++)
        if (strlen(*w) == flen && memcmp(*w, folded, flen) == 0) {
            x->n++;
            break;
        }
    return 0;
}

size_t pc_reversal_words_in(const struct pc_lang *lang, const char *s, size_t len)
{
    if (!lang || lang == &pc_lang_en)
        return pc_reversal_words(s, len);
    if (!lang->negations)
        return 0;
    negation_count x = {lang->negations, 0};
    pc_tokenize(s, len, count_negation, &x);
    return x.n;
}
