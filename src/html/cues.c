/* Class and id cues (see cues.h).  General rules only, no per-site ones:
 * they must hold on pages never seen. */
#include "html/cues.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

enum {
    K_HARD = 1,     /* comment threads */
    K_STRONG = 2,   /* boilerplate even beside a content cue ("share-content") */
    K_WEAK = 4,     /* boilerplate unless a content cue is present */
    K_WORD = 8,     /* boilerplate as a whole word only ("ad", "nav") */
    K_CONTENT = 16, /* content cue: overrides weak cues */
    K_POS = 32,
    K_NEG = 64,
    K_BYLINE = 128
};

typedef struct cue {
    const char *s;
    unsigned kind;
} cue;

static const cue cues[] = {
    /* comment threads */
    {"comment", K_HARD | K_NEG},
    {"disqus", K_HARD},
    {"conversation", K_HARD}, /* the comment widgets of OpenWeb, Viafoura */
    {"replies", K_HARD},
    {"respond", K_HARD},
    /* strong */
    {"related", K_STRONG | K_NEG},
    {"share", K_STRONG | K_NEG},
    {"sharing", K_STRONG},
    {"social", K_STRONG},
    {"newsletter", K_STRONG},
    {"subscri", K_STRONG},
    {"cookie", K_STRONG},
    {"promo", K_STRONG | K_NEG},
    {"outbrain", K_STRONG | K_NEG},
    {"taboola", K_STRONG},
    {"caption", K_STRONG},
    {"credit", K_STRONG},
    {"breadcrumb", K_STRONG},
    {"byline", K_STRONG | K_BYLINE},
    {"recirc", K_STRONG},
    {"recommend", K_STRONG},
    {"popular", K_STRONG},
    {"trending", K_STRONG},
    {"sponsor", K_STRONG | K_NEG},
    {"advert", K_STRONG},
    {"popup", K_STRONG},
    {"modal", K_STRONG},
    {"signup", K_STRONG},
    {"sign-up", K_STRONG},
    {"gdpr", K_STRONG | K_NEG},
    {"consent", K_STRONG},
    {"read-more", K_STRONG},
    {"readmore", K_STRONG},
    {"more-stories", K_STRONG},
    {"author-bio", K_STRONG},
    {"skip-link", K_STRONG},
    {"screen-reader", K_STRONG},
    {"sr-only", K_STRONG},
    {"visually-hidden", K_STRONG},
    {"visuallyhidden", K_STRONG},
    {"toolbar", K_STRONG},
    {"ad-slot", K_STRONG},
    {"ad-container", K_STRONG},
    {"ad-wrapper", K_STRONG},
    {"adslot", K_STRONG},
    {"adunit", K_STRONG},
    {"ad-unit", K_STRONG},
    {"tag-list", K_STRONG},
    {"taglist", K_STRONG},
    {"pagination", K_STRONG},
    {"copyright", K_STRONG},
    {"disclaimer", K_STRONG},
    {"-ad-", K_STRONG},
    /* weak */
    {"footer", K_WEAK | K_NEG},
    {"header", K_WEAK},
    {"menu", K_WEAK},
    {"sidebar", K_WEAK | K_NEG},
    {"banner", K_WEAK | K_NEG},
    {"masthead", K_WEAK | K_NEG},
    {"combx", K_WEAK | K_NEG},
    {"community", K_WEAK},
    {"shoutbox", K_WEAK | K_NEG},
    {"skyscraper", K_WEAK | K_NEG},
    {"supplemental", K_WEAK},
    {"remark", K_WEAK},
    {"agegate", K_WEAK},
    {"contact", K_WEAK | K_NEG},
    /* whole words */
    {"ad", K_WORD},
    {"ads", K_WORD},
    {"adv", K_WORD},
    {"tags", K_WORD | K_NEG},
    {"tag", K_WORD},
    {"hide", K_WORD},
    {"print", K_WORD},
    {"author", K_WORD | K_BYLINE},
    {"date", K_WORD},
    {"time", K_WORD},
    {"timestamp", K_WORD},
    {"dateline", K_WORD},
    {"kicker", K_WORD},
    {"eyebrow", K_WORD},
    {"label", K_WORD},
    {"source", K_WORD},
    {"updated", K_WORD},
    {"published", K_WORD},
    {"nav", K_WORD},
    {"navbar", K_WORD},
    {"navigation", K_WORD},
    {"rss", K_WORD},
    {"pager", K_WORD},
    {"tools", K_WORD},
    {"tool", K_WORD},
    {"extra", K_WORD},
    {"topics", K_WORD},
    {"keywords", K_WORD},
    {"dfp", K_WORD},
    {"cta", K_WORD}, /* a call to action: "article-cta", "cta-box" */
    {"bio", K_WORD}, /* an author's biography: "bio", "auth-bio", "bio-box" */
    /* content */
    {"article", K_CONTENT | K_POS},
    {"body", K_CONTENT | K_POS},
    {"content", K_CONTENT | K_POS},
    {"entry", K_CONTENT | K_POS},
    {"main", K_CONTENT | K_POS},
    {"post", K_CONTENT | K_POS},
    {"text", K_CONTENT | K_POS},
    {"story", K_CONTENT | K_POS},
    {"column", K_CONTENT},
    {"prose", K_CONTENT},
    {"hentry", K_CONTENT | K_POS},
    {"page", K_POS},
    {"blog", K_POS},
    /* readability's negative weight only */
    {"hidden", K_NEG},
    {"com-", K_NEG},
    {"foot", K_NEG},
    {"media", K_NEG},
    {"meta", K_NEG},
    {"scroll", K_NEG},
    {"shopping", K_NEG},
    {"tool", K_NEG},
    {"widget", K_NEG},
    {"author-name", K_BYLINE},
    {"hidden", K_WORD},
    {"meta", K_WORD},
};
#define NCUES (sizeof cues / sizeof *cues)

/* cues by first letter, built once */
static unsigned char by_first[26][24];
static unsigned char n_first[26];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void build_index(void)
{
    for (size_t i = 0; i < NCUES; i++) {
        int c = cues[i].s[0] - 'a';
        if (c < 0 || c >= 26)
            c = 'c' - 'a'; /* "-ad-" is looked up at '-' below */
        if (cues[i].s[0] == '-')
            continue;
        if (n_first[c] < sizeof by_first[c])
            by_first[c][n_first[c]++] = (unsigned char)i;
    }
}

static int alnum(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* ORs into *kind the cues found in the lower-cased word-separated s[0..n). */
static void scan(const char *s, size_t n, unsigned *kind)
{
    for (size_t i = 0; i < n; i++) {
        int c = s[i];
        if (c == '-' && i + 4 <= n && memcmp(s + i, "-ad-", 4) == 0)
            *kind |= K_STRONG;
        if (c < 'a' || c > 'z')
            continue;
        const unsigned char *idx = by_first[c - 'a'];
        for (unsigned k = 0; k < n_first[c - 'a']; k++) {
            const cue *q = &cues[idx[k]];
            size_t l = strlen(q->s);
            if (i + l > n || memcmp(s + i, q->s, l) != 0)
                continue;
            if ((q->kind & K_WORD) &&
                ((i > 0 && alnum(s[i - 1])) || (i + l < n && alnum(s[i + l]))))
                continue;
            *kind |= q->kind;
        }
    }
}

/* Class tokens that describe the post, not the block: CMSs tag the article
 * container with its categories ("category-advertising", "tag-social").
 * After "post-" and "author-" comes the post's or the author's number or
 * name ("post-4725", "author-jdoe"), or the name of a part of the page
 * ("post-author", "author-bio", "post-date"): a part named like
 * boilerplate is no taxonomy, and its cue counts. */
static int taxonomy_token(const char *w, size_t n)
{
    static const struct {
        const char *prefix;
        int or_part; /* may also start the name of a part of the page */
    } prefixes[] = {{"category-", 0}, {"tag-", 0},     {"tags-", 0},   {"postid-", 0},
                    {"topic-", 0},    {"section-", 0}, {"format-", 0}, {"type-", 0},
                    {"status-", 0},   {"post-", 1},    {"author-", 1}};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t k = strlen(prefixes[i].prefix);
        if (n <= k || strncasecmp(w, prefixes[i].prefix, k) != 0)
            continue;
        if (!prefixes[i].or_part)
            return 1;
        char part[64];
        size_t l = n - k < sizeof part ? n - k : sizeof part;
        for (size_t j = 0; j < l; j++)
            part[j] = (char)(w[k + j] >= 'A' && w[k + j] <= 'Z' ? w[k + j] + 32 : w[k + j]);
        unsigned kind = 0;
        scan(part, l, &kind);
        /* ... and so does a cue that itself begins with the prefix (the
         * list's "author-bio"), whether or not its rest is a cue alone */
        for (size_t c = 0; c < NCUES; c++) {
            size_t cl = strlen(cues[c].s);
            if (cl > k && cl - k <= l && strncmp(cues[c].s, prefixes[i].prefix, k) == 0 &&
                memcmp(part, cues[c].s + k, cl - k) == 0)
                kind |= cues[c].kind;
        }
        return !(kind & (K_HARD | K_STRONG | K_WEAK | K_WORD));
    }
    return 0;
}

/* Appends the lower-cased tokens of v[0..n) to buf (space-separated). */
static size_t add_tokens(char *buf, size_t o, size_t cap, const char *v, size_t n, int is_class)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r'))
            i++;
        size_t w = i;
        while (i < n && v[i] != ' ' && v[i] != '\t' && v[i] != '\n' && v[i] != '\r')
            i++;
        if (i == w || (is_class && taxonomy_token(v + w, i - w)))
            continue;
        for (size_t k = w; k < i && o + 2 < cap; k++)
            buf[o++] = (char)(v[k] >= 'A' && v[k] <= 'Z' ? v[k] + 32 : v[k]);
        if (o + 2 < cap)
            buf[o++] = ' ';
    }
    return o;
}

unsigned pc_html_cues(const char *cls, size_t cl, const char *id, size_t il)
{
    pthread_once(&once, build_index);
    char buf[512];
    size_t n = add_tokens(buf, 0, sizeof buf, cls, cl, 1);
    n = add_tokens(buf, n, sizeof buf, id, il, 0);
    unsigned k = 0;
    scan(buf, n, &k);
    unsigned out = 0;
    if (k & K_HARD)
        out |= PC_CUE_HARD | PC_CUE_DROP;
    if ((k & (K_STRONG | K_WORD)) || ((k & K_WEAK) && !(k & K_CONTENT)))
        out |= PC_CUE_DROP;
    if (k & K_POS)
        out |= PC_CUE_POS;
    if (k & K_NEG)
        out |= PC_CUE_NEG;
    if (k & K_BYLINE)
        out |= PC_CUE_BYLINE;
    return out;
}
