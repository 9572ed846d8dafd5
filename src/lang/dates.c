/* Month and weekday names and number separators of each language: the
 * table src/lang/dates.inc, generated from CLDR through ICU by
 * tools/make_lang_dates.c, so that the library needs no ICU. */
#include <string.h>
#include <utf8proc.h>

#include "lang/lang.h"

typedef struct pc_lang_dates {
    const char *code;
    const pc_lang_date_word *words; /* sorted by name, NULL-terminated */
    const pc_lang_numbers *numbers;
} pc_lang_dates;

#include "lang/dates.inc"

static const pc_lang_numbers english = {".", ","};

/* The table's entry of lang.  Asked for every word of a digest: English
 * and the fallback return at once, and the last language found is kept
 * (per thread) in place of a search by code. */
static const pc_lang_dates *dates_of(const pc_lang *lang)
{
    static _Thread_local const pc_lang *last;
    static _Thread_local const pc_lang_dates *last_dates;
    if (!lang || lang == &pc_lang_en || lang == &pc_lang_und)
        return NULL;
    if (lang == last)
        return last_dates;
    const pc_lang_dates *d = NULL;
    for (size_t i = 0; i < sizeof lang_dates / sizeof *lang_dates && !d; i++)
        if (!strcmp(lang_dates[i].code, lang->code))
            d = &lang_dates[i];
    last = lang;
    last_dates = d;
    return d;
}

/* The date word s[0..n) names in lang, or NULL.  Folds the word code point
 * by code point (no allocation) as ICU folded the table. */
static const pc_lang_date_word *find(const pc_lang *lang, const char *s, size_t n)
{
    const pc_lang_dates *d = dates_of(lang);
    if (!d || !n)
        return NULL;
    if (s[n - 1] == '.')
        n--;
    char key[96];
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp, out[4];
        utf8proc_ssize_t w =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (w <= 0)
            return NULL;
        i += (size_t)w;
        int bc = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, out, 4, UTF8PROC_CASEFOLD, &bc);
        if (m <= 0 || m > 4)
            return NULL;
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            if (k + 4 >= sizeof key)
                return NULL;
            k += (size_t)utf8proc_encode_char(out[j], (utf8proc_uint8_t *)key + k);
        }
    }
    key[k] = 0;
    const pc_lang_date_word *v = d->words;
    size_t lo = 0, hi = 0;
    while (v[hi].name)
        hi++;
    while (lo < hi) { /* bisection over the sorted names */
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(key, v[mid].name);
        if (!c)
            return &v[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Hebrew writes its prepositions and conjunction as one-letter prefixes of
 * the word (במרץ "in March", ובשבת "and on Saturday"): without a match, the
 * name is looked up again without up to two of them. */
static const pc_lang_date_word *find_word(const pc_lang *lang, const char *s, size_t n)
{
    const pc_lang_date_word *w = find(lang, s, n);
    for (int k = 0; !w && k < 2 && lang && !strcmp(lang->code, "he") && n > 4; k++) {
        const unsigned char *u = (const unsigned char *)s;
        if (u[0] != 0xD7 || !strchr("\x91\x94\x95\x9B\x9C\x9E\xA9", u[1]))
            break; /* ב ה ו כ ל מ ש */
        s += 2, n -= 2;
        w = find(lang, s, n);
    }
    return w;
}

/* A date word in a case CLDR does not list, read back as a form it lists:
 * its ending replaced.  Returns the table's value of that form, or -1.
 * - weekdays (kind 1): the accusative of a feminine weekday, as Slavic
 *   languages write a day after "on" ("в среду", "в пятницу", "ve
 *   středu", "v neděli", "w środę"), as its nominative ("среда",
 *   "středa", "neděle", "środa"), and the Russian genitive that
 *   follows "until" and "from" ("до понедельника", "с четверга", "до
 *   пятницы", "до воскресенья"), as its nominative ("понедельник",
 *   "четверг", "пятница", "воскресенье");
 * - months (kind 0): the locative that follows "in" ("в марте", "в мае",
 *   "у березні", "v březnu", "v červenci", "w marcu", "w listopadzie", "у
 *   марту"), as its genitive ("марта", "мая", "березня", "března",
 *   "července", "marca", "listopada") or, in Serbian, its nominative
 *   ("март", "октобар" for "октобру").  A word that only looks like
 *   such a form has to become a month name of the table to count. */
static int slavic_case(const pc_lang *lang, const char *s, size_t n, int kind)
{
    static const struct {
        const char *lang, *from, *to;
        int kind;
    } t[] = {
        {"ru", "\xD1\x83", "\xD0\xB0", 1}, /* у -> а */
        {"uk", "\xD1\x83", "\xD0\xB0", 1},
        {"uk", "\xD1\x8E", "\xD1\x8F", 1}, /* ю -> я: неділю, пʼятницю */
        {"bg", "\xD1\x83", "\xD0\xB0", 1},
        {"cs", "u", "a", 1}, /* středu -> středa */
        {"cs", "i", "e", 1}, /* neděli -> neděle */
        {"sk", "u", "a", 1},
        {"pl", "\xC4\x99", "a", 1}, /* ę -> a */
        {"ru", "\xD0\xB0", "", 1},  /* а -> : до понедельника, вторника */
        {"ru", "\xD1\x8B", "\xD0\xB0", 1}, /* ы -> а: до среды, пятницы */
        {"ru", "\xD1\x8F", "\xD0\xB5", 1}, /* я -> е: до воскресенья */
        {"ru", "\xD0\xB5", "\xD0\xB0", 0}, /* е -> а: марте, августе */
        {"ru", "\xD0\xB5", "\xD1\x8F", 0}, /* е -> я: мае, январе */
        {"uk", "\xD1\x96", "\xD1\x8F", 0}, /* і -> я: березні, травні */
        {"uk", "\xD0\xB4\xD1\x96", "\xD0\xB4\xD0\xB0", 0}, /* ді -> да: листопаді */
        {"uk", "\xD0\xBE\xD0\xBC\xD1\x83", "\xD0\xBE\xD0\xB3\xD0\xBE", 0}, /* ому -> ого: лютому */
        {"cs", "u", "a", 0},                                               /* březnu -> března */
        {"cs", "i", "e", 0},                                               /* červenci, prosinci */
        {"pl", "u", "a", 0},                                               /* marcu -> marca */
        {"pl", "zie", "a", 0},                             /* listopadzie -> listopada */
        {"pl", "ym", "ego", 0},                            /* lutym -> lutego */
        {"sr", "\xD1\x83", "", 0},                         /* у -> : марту -> март */
        {"sr", "\xD1\x80\xD1\x83", "\xD0\xB0\xD1\x80", 0}, /* ру -> ар: октобру */
    };
    char buf[64];
    for (size_t k = 0; k < sizeof t / sizeof *t; k++) {
        size_t al = strlen(t[k].from), nl = strlen(t[k].to);
        if (t[k].kind != kind || strcmp(lang->code, t[k].lang) != 0 || n <= al ||
            n - al + nl >= sizeof buf || memcmp(s + n - al, t[k].from, al) != 0)
            continue;
        memcpy(buf, s, n - al);
        memcpy(buf + n - al, t[k].to, nl);
        const pc_lang_date_word *w = find_word(lang, buf, n - al + nl);
        if (w && w->kind == kind)
            return w->value;
    }
    return -1;
}

/* s[0..n) with each apostrophe written as ' or ’ made the modifier letter
 * ʼ (U+02BC) that CLDR writes in Ukrainian names ("пʼятниця"), into buf
 * (cap bytes); its length, 0 when s has none or it does not fit. */
static size_t modifier_apostrophe(const char *s, size_t n, char *buf, size_t cap)
{
    size_t k = 0, found = 0;
    for (size_t i = 0; i < n; i++) {
        size_t skip = s[i] == '\''                                     ? 0
                      : i + 2 < n && !memcmp(s + i, "\xE2\x80\x99", 3) ? 2
                                                                       : SIZE_MAX;
        if (k + 2 >= cap)
            return 0;
        if (skip == SIZE_MAX) {
            buf[k++] = s[i];
            continue;
        }
        memcpy(buf + k, "\xCA\xBC", 2);
        k += 2, i += skip, found = 1;
    }
    return found ? k : 0;
}

int pc_lang_weekday(const pc_lang *lang, const char *s, size_t n)
{
    const pc_lang_date_word *w = find_word(lang, s, n);
    if (w)
        return w->kind == 1 ? w->value : -1;
    char buf[64];
    size_t m = lang ? modifier_apostrophe(s, n, buf, sizeof buf) : 0;
    if (m)
        return pc_lang_weekday(lang, buf, m);
    return lang ? slavic_case(lang, s, n, 1) : -1;
}

int pc_lang_month(const pc_lang *lang, const char *s, size_t n)
{
    const pc_lang_date_word *w = find_word(lang, s, n);
    if (w)
        return w->kind == 0 ? w->value : 0;
    if (!dates_of(lang))
        return 0;
    int v = slavic_case(lang, s, n, 0);
    return v > 0 ? v : 0;
}

/* 1 when a name of lang's table is two words or more ("יום ראשון"):
 * kept per thread for the last language asked, as dates_of keeps its
 * entry, since it is asked for every word the table does not know. */
static int has_spaced_names(const pc_lang *lang)
{
    static _Thread_local const pc_lang *last;
    static _Thread_local int last_spaced;
    if (lang == last)
        return last_spaced;
    const pc_lang_dates *d = dates_of(lang);
    int spaced = 0;
    for (const pc_lang_date_word *v = d ? d->words : NULL; v && v->name && !spaced; v++)
        spaced = strchr(v->name, ' ') != NULL;
    last = lang;
    last_spaced = spaced;
    return spaced;
}

int pc_lang_weekday2(const pc_lang *lang, const char *a, size_t an, const char *b, size_t bn)
{
    char buf[96];
    if (!an || !bn || an + bn + 1 > sizeof buf || !has_spaced_names(lang))
        return -1;
    memcpy(buf, a, an);
    buf[an] = ' ';
    memcpy(buf + an + 1, b, bn);
    return pc_lang_weekday(lang, buf, an + 1 + bn);
}

const pc_lang_numbers *pc_lang_number_format(const pc_lang *lang)
{
    const pc_lang_dates *d = dates_of(lang);
    return d ? d->numbers : &english;
}
