/* Times: the dates feeds and pages give (ISO 8601, RFC 2822 as in RSS) as
 * seconds since 1970 UTC, for story clustering and --order time.  Written
 * here because the C library's strptime is locale-dependent and ignores
 * zone offsets, and timegm is not C11. */
#include <stdio.h>
#include <string.h>

#include "precis.h"
#include "text/dates.h"

typedef struct cur {
    const char *s;
    size_t i, n;
} cur;

static int digits(cur *c, size_t min, size_t max, int *v)
{
    size_t k = 0;
    int x = 0;
    while (k < max && c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9') {
        x = x * 10 + (c->s[c->i] - '0');
        c->i++;
        k++;
    }
    *v = x;
    return k >= min ? 0 : -1;
}

static int eat(cur *c, char ch)
{
    if (c->i < c->n && c->s[c->i] == ch) {
        c->i++;
        return 1;
    }
    return 0;
}

static void spaces(cur *c)
{
    while (c->i < c->n && (c->s[c->i] == ' ' || c->s[c->i] == '\t'))
        c->i++;
}

/* [T or space] HH:MM[:SS[.frac]] */
static int clock_time(cur *c, int *h, int *mi, int *sec)
{
    *h = *mi = *sec = 0;
    if (digits(c, 2, 2, h) || !eat(c, ':') || digits(c, 2, 2, mi))
        return -1;
    if (eat(c, ':')) {
        if (digits(c, 2, 2, sec))
            return -1;
        if (eat(c, '.') || eat(c, ','))
            while (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9')
                c->i++;
    }
    return *h <= 24 && *mi < 60 && *sec <= 60 ? 0 : -1;
}

/* The zone names of RFC 2822 (section 4.3, kept by RSS feeds' pubDate),
 * any case: hours east of UTC. */
static const struct {
    char name[4];
    int hours;
} zone_names[] = {{"UTC", 0},  {"GMT", 0},  {"UT", 0},   {"EST", -5}, {"EDT", -4}, {"CST", -6},
                  {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};

/* Z, +HH:MM, +HHMM, -HH, a name above, or nothing: seconds east of UTC. */
static int zone(cur *c, int *off)
{
    *off = 0;
    spaces(c);
    if (c->i >= c->n)
        return 0;
    if (eat(c, 'Z') || eat(c, 'z'))
        return 0;
    size_t len = 0;
    while (c->i + len < c->n && len < 4 &&
           ((c->s[c->i + len] | 0x20) >= 'a' && (c->s[c->i + len] | 0x20) <= 'z'))
        len++;
    if (len >= 2) {
        for (size_t k = 0; k < sizeof zone_names / sizeof zone_names[0]; k++) {
            const char *z = zone_names[k].name;
            size_t zl = strlen(z), j = 0;
            while (j < zl && j < len && (c->s[c->i + j] & ~0x20) == z[j])
                j++;
            if (j == zl && zl == len) {
                c->i += len;
                *off = zone_names[k].hours * 3600;
                return 0;
            }
        }
        return -1;
    }
    int sign = eat(c, '+') ? 1 : eat(c, '-') ? -1 : 0;
    if (!sign)
        return -1;
    int h, m = 0;
    if (digits(c, 2, 2, &h))
        return -1;
    eat(c, ':');
    if (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9' && digits(c, 2, 2, &m))
        return -1;
    if (h > 14 || m > 59)
        return -1;
    *off = sign * (h * 3600 + m * 60);
    return 0;
}

static int month_name(cur *c, int *m)
{
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    if (c->n - c->i < 3)
        return -1;
    char w[3];
    for (int k = 0; k < 3; k++)
        w[k] = (char)(c->s[c->i + (size_t)k] | 0x20);
    for (int k = 0; k < 12; k++)
        if (!memcmp(names + 3 * k, w, 3)) {
            *m = k + 1;
            c->i += 3;
            while (c->i < c->n && ((c->s[c->i] | 0x20) >= 'a' && (c->s[c->i] | 0x20) <= 'z'))
                c->i++; /* "January", "Sept" */
            eat(c, '.');
            return 0;
        }
    return -1;
}

static int finish(int64_t y, int m, int d, int h, int mi, int sec, int off, int64_t *t)
{
    if (!pc_date_valid((int)y, m, d)) /* a real day of a year 1000..2999 */
        return -1;
    int64_t v = (int64_t)pc_date_days((int)y, m, d) * 86400 + h * 3600 + mi * 60 + sec - off;
    /* 24:00, a leap second or the zone's offset can carry the last day of
     * 2999 or the first of 1000 out of the years the parser promises */
    if (v < -30610224000 || v >= 32503680000)
        return -1;
    *t = v;
    return 0;
}

/* RFC 2822: [Day,] D Mon YYYY [HH:MM[:SS]] [zone]; a year of two digits
 * is 1950-2049, of three 1900 + it. */
static int rfc2822(cur *c, int64_t *t)
{
    int d, m, y, h = 0, mi = 0, sec = 0, off = 0;
    while (c->i < c->n && c->s[c->i] != ',' && !(c->s[c->i] >= '0' && c->s[c->i] <= '9'))
        c->i++;
    eat(c, ',');
    spaces(c);
    if (digits(c, 1, 2, &d))
        return -1;
    spaces(c);
    if (month_name(c, &m))
        return -1;
    spaces(c);
    size_t y0 = c->i;
    if (digits(c, 2, 4, &y))
        return -1;
    if (c->i - y0 == 2) /* RFC 2822's obsolete two-digit year (section 4.3) */
        y += y < 50 ? 2000 : 1900;
    else if (c->i - y0 == 3)
        y += 1900;
    spaces(c);
    if (c->i < c->n && clock_time(c, &h, &mi, &sec))
        return -1;
    if (zone(c, &off))
        return -1;
    spaces(c);
    if (eat(c, '(')) { /* a comment, as in "-0500 (EST)" */
        while (c->i < c->n && c->s[c->i] != ')')
            c->i++;
        if (!eat(c, ')'))
            return -1;
    }
    return finish(y, m, d, h, mi, sec, off, t);
}

/* The month first, as American English writes dates: "June 10, 2003",
 * "Jun 10 2003 4:00 PM EDT", "Tuesday, June 10, 2003". */
static int month_first(cur *c, int64_t *t)
{
    int d, m, y, h = 0, mi = 0, sec = 0, off = 0;
    size_t w = c->i; /* a weekday first: "Tuesday, " */
    while (w < c->n && ((c->s[w] | 0x20) >= 'a' && (c->s[w] | 0x20) <= 'z'))
        w++;
    if (w < c->n && c->s[w] == ',') {
        c->i = w + 1;
        spaces(c);
    }
    if (month_name(c, &m))
        return -1;
    spaces(c);
    if (digits(c, 1, 2, &d))
        return -1;
    eat(c, ',');
    spaces(c);
    if (digits(c, 4, 4, &y))
        return -1;
    eat(c, ',');
    spaces(c);
    if (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9') {
        if (digits(c, 1, 2, &h) || !eat(c, ':') || digits(c, 2, 2, &mi))
            return -1;
        if (eat(c, ':') && digits(c, 2, 2, &sec))
            return -1;
        spaces(c);
        size_t left = c->n - c->i;
        if (left >= 2 && (c->s[c->i + 1] | 0x20) == 'm' &&
            ((c->s[c->i] | 0x20) == 'a' || (c->s[c->i] | 0x20) == 'p')) {
            if (h < 1 || h > 12)
                return -1;
            h = h % 12 + ((c->s[c->i] | 0x20) == 'p' ? 12 : 0);
            c->i += 2;
        }
        if (h > 24 || mi > 59 || sec > 60)
            return -1;
    }
    if (zone(c, &off))
        return -1;
    return finish(y, m, d, h, mi, sec, off, t);
}

PRECIS_API int precis_parse_date(const char *s, size_t len, int64_t *t)
{
    int64_t v;
    if (!s || pc_time_parse(s, len, &v))
        return -1;
    if (t)
        *t = v;
    return 0;
}

int pc_time_parse(const char *s, size_t len, int64_t *t)
{
    /* seconds since 1970 written out: 9 to 11 digits (8 are YYYYMMDD),
     * within the years this parser reads (to 2999) */
    size_t a = 0, e = len;
    while (a < e && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    size_t nd = 0;
    while (a + nd < e && s[a + nd] >= '0' && s[a + nd] <= '9')
        nd++;
    /* a fraction of a second after 9 to 11 digits ("1055217600.5") */
    size_t frac = 0;
    if (nd >= 9 && nd <= 11 && a + nd + 1 < e && s[a + nd] == '.') {
        frac = 1;
        while (a + nd + frac < e && s[a + nd + frac] >= '0' && s[a + nd + frac] <= '9')
            frac++;
        if (a + nd + frac != e || frac == 1)
            frac = 0;
    }
    if ((a + nd == e || frac) && nd >= 9 && nd <= 13) {
        int64_t v = 0;
        for (size_t k = a; k < a + nd; k++)
            v = v * 10 + (s[k] - '0');
        if (nd >= 12) { /* milliseconds, as JavaScript's Date.now() writes them */
            if (frac)
                return -1;
            v /= 1000;
        }
        if (v >= 32503680000 || (nd >= 12 && v < 100000000)) /* 3000-01-01; 1973 */
            return -1;
        *t = v;
        return 0;
    }
    cur c = {s, 0, len};
    while (c.n > 0 && (s[c.n - 1] == ' ' || s[c.n - 1] == '\t'))
        c.n--;
    spaces(&c);
    size_t start = c.i;
    int y, m, d, h = 0, mi = 0, sec = 0, off = 0;
    if (digits(&c, 4, 4, &y) == 0) {
        int basic = c.i == c.n || (c.s[c.i] >= '0' && c.s[c.i] <= '9');
        if (basic) { /* YYYYMMDD */
            if (digits(&c, 2, 2, &m) || digits(&c, 2, 2, &d))
                return -1;
        } else {
            char sep = c.s[c.i]; /* 2003-06-10, or 2003/06/10 */
            if ((sep != '-' && sep != '/') || !eat(&c, sep) || digits(&c, 2, 2, &m) ||
                !eat(&c, sep) || digits(&c, 2, 2, &d))
                return -1;
        }
        if (c.i < c.n) {
            if (!eat(&c, 'T') && !eat(&c, 't') && !eat(&c, ' '))
                return -1;
            spaces(&c);
            if (basic && c.i + 4 <= c.n && c.s[c.i + 2] != ':') { /* 20230610T040000Z */
                if (digits(&c, 2, 2, &h) || digits(&c, 2, 2, &mi) ||
                    (c.i < c.n && c.s[c.i] >= '0' && c.s[c.i] <= '9' && digits(&c, 2, 2, &sec)))
                    return -1;
                if (h > 24 || mi > 59 || sec > 60)
                    return -1;
            } else if (c.i < c.n && clock_time(&c, &h, &mi, &sec)) {
                return -1;
            }
            if (zone(&c, &off))
                return -1;
        }
        return c.i == c.n ? finish(y, m, d, h, mi, sec, off, t) : -1;
    }
    c.i = start;
    if (month_first(&c, t) == 0 && c.i == c.n)
        return 0;
    c.i = start;
    return rfc2822(&c, t) == 0 && c.i == c.n ? 0 : -1;
}

void pc_time_format(int64_t t, char *buf)
{
    int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400, sec = t - days * 86400;
    pc_date epoch = {1970, 1, 1};
    pc_date d = pc_date_add(epoch, (int)days);
    if (sec == 0)
        snprintf(buf, 40, "%04d-%02d-%02d", d.y, d.m, d.d);
    else
        snprintf(buf, 40, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.y, d.m, d.d, (int)(sec / 3600),
                 (int)(sec / 60 % 60), (int)(sec % 60));
}
