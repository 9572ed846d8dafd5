/* The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl
 * reference implementation (regular expressions over the lowercased word, with
 * the bli->ble and logi->log rules) plus Chin-Yew Lin's 2004 change to step 4
 * (-ment and -ent are tried after the main suffix list).
 *
 * The Perl code tests the "measure" with regular expressions, not with a
 * counting function; the two disagree on words with 'y' and digits, so the
 * patterns are matched here literally with a tiny backtracking matcher:
 *
 *   c = [^aeiou]   v = [aeiouy]   C = c[^aeiouy]*   V = v[aeiou]*
 *   mgr0 = ^C?VC       meq1 = ^C?VCV?$    mgr1 = ^C?VCVC    _v = ^C?v
 *
 * An initial 'y' is uppercased first, so it is a consonant in every class. */
#include <string.h>
#include "eval/porter.h"

enum { K_C1, K_C2, K_V1, K_V2, K_NOT_WXY };

typedef struct {
    unsigned char cls;
    unsigned char star;
} pelem;

static int in_set(char ch, const char *set)
{
    return ch != 0 && strchr(set, ch) != NULL;
}

static int cls_ok(int cls, char ch)
{
    switch (cls) {
    case K_C1:
        return !in_set(ch, "aeiou");
    case K_C2:
        return !in_set(ch, "aeiouy");
    case K_V1:
        return in_set(ch, "aeiouy");
    case K_V2:
        return in_set(ch, "aeiou");
    default:
        return !in_set(ch, "aeiouwxy");
    }
}

/* Backtracking match of p[0..np) at s[i..n); the words are short. */
static int pmatch(const pelem *p, int np, const char *s, int n, int i, int anchored)
{
    if (np == 0)
        return !anchored || i == n;
    if (p->star) {
        for (int k = i;; k++) {
            if (pmatch(p + 1, np - 1, s, n, k, anchored))
                return 1;
            if (k >= n || !cls_ok(p->cls, s[k]))
                return 0;
        }
    }
    return i < n && cls_ok(p->cls, s[i]) && pmatch(p + 1, np - 1, s, n, i + 1, anchored);
}

#define CC                                                                                         \
    {K_C1, 0},                                                                                     \
    {                                                                                              \
        K_C2, 1                                                                                    \
    }
#define VV                                                                                         \
    {K_V1, 0},                                                                                     \
    {                                                                                              \
        K_V2, 1                                                                                    \
    }

/* ^(C)?<rest>: tries with and without the leading consonant sequence. */
static int opt_c(const pelem *rest, int nrest, const char *s, int n, int anchored)
{
    pelem buf[16];
    buf[0] = (pelem){K_C1, 0};
    buf[1] = (pelem){K_C2, 1};
    memcpy(buf + 2, rest, (size_t)nrest * sizeof *rest);
    return pmatch(buf, nrest + 2, s, n, 0, anchored) || pmatch(rest, nrest, s, n, 0, anchored);
}

static int mgr0(const char *s, int n)
{
    static const pelem r[] = {VV, CC};
    return opt_c(r, 4, s, n, 0);
}

static int mgr1(const char *s, int n)
{
    static const pelem r[] = {VV, CC, VV, CC};
    return opt_c(r, 8, s, n, 0);
}

static int meq1(const char *s, int n)
{
    static const pelem r1[] = {VV, CC};
    static const pelem r2[] = {VV, CC, VV};
    return opt_c(r1, 4, s, n, 1) || opt_c(r2, 6, s, n, 1);
}

static int has_v(const char *s, int n)
{
    static const pelem r[] = {{K_V1, 0}};
    return opt_c(r, 1, s, n, 0);
}

/* ^C v [^aeiouwxy]$ */
static int cvc(const char *s, int n)
{
    static const pelem r[] = {CC, {K_V1, 0}, {K_NOT_WXY, 0}};
    return pmatch(r, 4, s, n, 0, 1);
}

static int ends(const char *w, int n, const char *suf)
{
    int k = (int)strlen(suf);
    return n >= k && memcmp(w + n - k, suf, (size_t)k) == 0;
}

/* Longest suffix of w[0..n) in `list` (Perl's leftmost match of an anchored
 * alternation), or -1. */
static int longest_suffix(const char *w, int n, const char *const *list, int count)
{
    int best = -1, best_len = -1;
    for (int i = 0; i < count; i++) {
        int k = (int)strlen(list[i]);
        if (k > best_len && ends(w, n, list[i])) {
            best = i;
            best_len = k;
        }
    }
    return best;
}

static const char *const step2_from[] = {
    "ational", "tional",  "enci",    "anci",    "izer",  "bli",    "alli",
    "entli",   "eli",     "ousli",   "ization", "ation", "ator",   "alism",
    "iveness", "fulness", "ousness", "aliti",   "iviti", "biliti", "logi"};
static const char *const step2_to[] = {"ate", "tion", "ence", "ance", "ize", "ble", "al",
                                       "ent", "e",    "ous",  "ize",  "ate", "ate", "al",
                                       "ive", "ful",  "ous",  "al",   "ive", "ble", "log"};
static const char *const step3_from[] = {"icate", "ative", "alize", "iciti", "ical", "ful", "ness"};
static const char *const step3_to[] = {"ic", "", "al", "ic", "ic", "", ""};
static const char *const step4_list[] = {"al",   "ance", "ence",  "er", "ic",  "able",
                                         "ible", "ant",  "ement", "ou", "ism", "ate",
                                         "iti",  "ous",  "ive",   "ize"};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Replaces the last `cut` bytes of w[0..*n) by `rep`. */
static void replace(char *w, int *n, int cut, const char *rep)
{
    int k = (int)strlen(rep);
    memcpy(w + *n - cut, rep, (size_t)k);
    *n = *n - cut + k;
}

size_t rouge_porter_stem(char *word, size_t len)
{
    if (len < 3)
        return len;
    char *w = word;
    int n = (int)len;
    int first_y = w[0] == 'y';
    if (first_y)
        w[0] = 'Y';

    /* Step 1a */
    if (ends(w, n, "sses"))
        n -= 2;
    else if (ends(w, n, "ies"))
        n -= 2;
    else if (n >= 2 && w[n - 1] == 's' && w[n - 2] != 's')
        n -= 1;

    /* Step 1b */
    if (ends(w, n, "eed")) {
        if (mgr0(w, n - 3))
            n -= 1;
    } else if (ends(w, n, "ed") || ends(w, n, "ing")) {
        int stem = n - (ends(w, n, "ed") ? 2 : 3);
        if (has_v(w, stem)) {
            n = stem;
            if (ends(w, n, "at") || ends(w, n, "bl") || ends(w, n, "iz"))
                w[n++] = 'e';
            else if (n >= 2 && w[n - 1] == w[n - 2] && !in_set(w[n - 1], "aeiouylsz"))
                n -= 1;
            else if (cvc(w, n))
                w[n++] = 'e';
        }
    }

    /* Step 1c */
    if (n >= 1 && w[n - 1] == 'y' && has_v(w, n - 1))
        w[n - 1] = 'i';

    /* Step 2 */
    int i = longest_suffix(w, n, step2_from, COUNT(step2_from));
    if (i >= 0) {
        int k = (int)strlen(step2_from[i]);
        if (mgr0(w, n - k))
            replace(w, &n, k, step2_to[i]);
    }

    /* Step 3 */
    i = longest_suffix(w, n, step3_from, COUNT(step3_from));
    if (i >= 0) {
        int k = (int)strlen(step3_from[i]);
        if (mgr0(w, n - k))
            replace(w, &n, k, step3_to[i]);
    }

    /* Step 4, with ROUGE's separate -ment and -ent checks */
    i = longest_suffix(w, n, step4_list, COUNT(step4_list));
    if (i >= 0) {
        int k = (int)strlen(step4_list[i]);
        if (mgr1(w, n - k))
            n -= k;
    }
    if (ends(w, n, "ment") && mgr1(w, n - 4))
        n -= 4;
    if (ends(w, n, "ent")) {
        if (mgr1(w, n - 3))
            n -= 3;
    } else if (ends(w, n, "sion") || ends(w, n, "tion")) {
        if (mgr1(w, n - 3))
            n -= 3;
    }

    /* Step 5 */
    if (n >= 1 && w[n - 1] == 'e') {
        int s = n - 1;
        if (mgr1(w, s) || (meq1(w, s) && !cvc(w, s)))
            n = s;
    }
    if (ends(w, n, "ll") && mgr1(w, n))
        n -= 1;

    if (first_y)
        w[0] = 'y';
    return (size_t)n;
}
