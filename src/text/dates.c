/* Calendar dates: arithmetic and the parser of dates as metadata gives them.
 * Below the core because the time order of a summary and the metadata found
 * in a document's first lines need them as much as the digest's timeline. */
#include "text/dates.h"

#include <string.h>

#include "lang/lang.h"
#include "text/words.h"

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
long pc_date_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static pc_date civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    pc_date r = {(int)(y + (m <= 2)), (int)m, (int)d};
    return r;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int pc_date_weekday(pc_date d)
{
    long z = pc_date_days(d.y, d.m, d.d);
    return (int)(((z % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3) */
}

pc_date pc_date_add(pc_date d, int days)
{
    return civil_from_days(pc_date_days(d.y, d.m, d.d) + days);
}

int pc_date_valid(int y, int m, int d)
{
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

size_t pc_date_digits(const char *s, size_t len, size_t i, long *v)
{
    size_t k = 0;
    *v = 0;
    while (i + k < len && s[i + k] >= '0' && s[i + k] <= '9' && k < 9) {
        *v = *v * 10 + (s[i + k] - '0');
        k++;
    }
    return k;
}

int pc_date_parse(const char *s, size_t len, pc_date *out)
{
    return pc_date_parse_lang(s, len, NULL, out);
}

int pc_date_month(const pc_lang *lang, const char *s, size_t n)
{
    int m = pc_lex_month(s, n);
    return m ? m : pc_lang_month(lang, s, n);
}

/* Is w a function word of lang (not English): "de" in "3 de marzo de". */
static int function_word(const pc_lang *lang, const char *s, const pc_word *w)
{
    char low[8];
    size_t n = w->end - w->start;
    if (!lang || lang == &pc_lang_en || n >= sizeof low)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[w->start + k];
        low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return pc_lang_is_stopword(lang, low, n);
}

int pc_date_parse_lang(const char *s, size_t len, const pc_lang *lang, pc_date *out)
{
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '.' || s[len - 1] == '\r'))
        len--;
    long y, m, d;
    /* ISO: 2017-04-10, optionally followed by a time */
    if (pc_date_digits(s, len, 0, &y) == 4 && len >= 10 && s[4] == '-' &&
        pc_date_digits(s, len, 5, &m) == 2 && s[7] == '-' && pc_date_digits(s, len, 8, &d) == 2 &&
        (len == 10 || s[10] == 'T' || s[10] == ' ')) {
        if (!pc_date_valid((int)y, (int)m, (int)d))
            return 0;
        out->y = (int)y, out->m = (int)m, out->d = (int)d;
        return 1;
    }
    /* A date has two to four words besides the function words of its
     * language: room for seven tells a longer text apart without
     * allocating, so the parser cannot fail. */
    pc_word room[7];
    pc_words w = {room, 0, 7, NULL, 1};
    if (pc_lex_split(&w, s, len) || w.n < 2 || w.n > 6)
        return 0;
    size_t kept = 0;
    for (size_t k = 0; k < w.n; k++)
        if (!function_word(lang, s, &w.w[k]))
            w.w[kept++] = w.w[k];
    w.n = kept;
    if (w.n < 2 || w.n > 4)
        return 0;
    size_t i = 0;
    /* an optional weekday first: "Monday, April 10, 2017" */
    if (pc_lex_weekday(s + w.w[0].start, w.w[0].end - w.w[0].start) >= 0 ||
        pc_lang_weekday(lang, s + w.w[0].start, w.w[0].end - w.w[0].start) >= 0)
        i = 1;
    int ok = 0;
    if (w.n - i == 3) {
        const pc_word *a = &w.w[i], *b = &w.w[i + 1], *c = &w.w[i + 2];
        size_t ad, bd, cd;
        ad = pc_date_digits(s, len, a->start, &d);
        int mo = pc_date_month(lang, s + a->start, a->end - a->start);
        if (mo && (bd = pc_date_digits(s, len, b->start, &d)) > 0 && bd == b->end - b->start &&
            (cd = pc_date_digits(s, len, c->start, &y)) == 4 && cd == c->end - c->start) {
            ok = pc_date_valid((int)y, mo, (int)d); /* April 10, 2017 */
            m = mo;
        } else if (ad > 0 && ad == a->end - a->start &&
                   (mo = pc_date_month(lang, s + b->start, b->end - b->start)) != 0 &&
                   (cd = pc_date_digits(s, len, c->start, &y)) == 4 && cd == c->end - c->start) {
            ok = pc_date_valid((int)y, mo, (int)d); /* 10 April 2017 */
            m = mo;
        }
    }
    if (!ok)
        return 0;
    out->y = (int)y, out->m = (int)m, out->d = (int)d;
    return 1;
}
