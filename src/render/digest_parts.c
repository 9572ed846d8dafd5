/* Names and labels of digest parts, shared by its writers. */
#include "render/render.h"

#include <stdio.h>
#include <string.h>

static const char *weekday_name(pc_date d)
{
    static const char *const names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    return names[pc_date_weekday(d)];
}

const char *pc_prec_name(pc_prec p)
{
    return p == PC_PREC_DAY     ? "day"
           : p == PC_PREC_WEEK  ? "week"
           : p == PC_PREC_MONTH ? "month"
                                : "year";
}

/* "2017-04-09 (Sunday)", "week of 2017-04-03", "2016-10", "2013" */
void pc_event_date_label(pc_buf *b, const pc_event *e)
{
    if (!e->resolved) {
        pc_buf_adds(b, "unresolved");
        return;
    }
    switch (e->prec) {
    case PC_PREC_DAY:
        pc_buf_addf(b, "%04d-%02d-%02d (%s)", e->date.y, e->date.m, e->date.d,
                    weekday_name(e->date));
        break;
    case PC_PREC_WEEK:
        pc_buf_addf(b, "week of %04d-%02d-%02d", e->date.y, e->date.m, e->date.d);
        break;
    case PC_PREC_MONTH:
        pc_buf_addf(b, "%04d-%02d", e->date.y, e->date.m);
        break;
    case PC_PREC_YEAR:
        pc_buf_addf(b, "%04d", e->date.y);
        break;
    }
}

const char *pc_entity_kind_name(pc_ekind k)
{
    return k == PC_PERSON ? "person" : k == PC_ORG ? "organization" : "place";
}

size_t pc_digest_markers(const precis_digest *g, size_t n)
{
    return g->items == SIZE_MAX || n <= DIGEST_MARKERS ? n : DIGEST_MARKERS;
}

size_t pc_digest_text_len(const precis_digest *g, const char *t, size_t len, int *cut)
{
    *cut = 0;
    if (len <= g->textmax)
        return len;
    size_t n = g->textmax;
    while (n > g->textmax / 2 && t[n] != ' ')
        n--;
    while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
        n--;
    *cut = 1;
    return n;
}

int pc_digest_doc_listed(const precis_digest *g, const uint8_t *in_summary, size_t d)
{
    return g->items == SIZE_MAX || d < DIGEST_MARKERS || g->cited[d] ||
           (in_summary && in_summary[d]);
}

int pc_digest_doc_columns(const precis_digest *g)
{
    return g->items == SIZE_MAX || g->c->ndocs <= DIGEST_DOC_COLUMNS;
}

const char *pc_digest_doc_date_shown(const precis_digest *g, size_t d, char *buf, size_t n)
{
    static const char *const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    const char *s = pc_digest_doc_date(g, d, buf, n);
    int mo, dd;
    if (s && strlen(s) == 7 && s[0] == '-' && s[1] == '-' &&
        sscanf(s + 2, "%2d-%2d", &mo, &dd) == 2 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) {
        snprintf(buf, n, "%d %s, no year", dd, months[mo - 1]);
        return buf;
    }
    return s;
}

const char *pc_digest_doc_date(const precis_digest *g, size_t d, char *buf, size_t n)
{
    const char *m = g ? g->c->docs[d].meta.date : NULL;
    /* an ISO date with its time ("2025-08-04T09:30:00Z") is kept whole */
    if (g && g->docdate[d].y && m && strlen(m) > 10 && m[4] == '-' && m[10] == 'T')
        return m;
    if (g && g->docdate[d].y) {
        snprintf(buf, n, "%04d-%02d-%02d", g->docdate[d].y, g->docdate[d].m, g->docdate[d].d);
        return buf;
    }
    return g ? g->c->docs[d].meta.date : NULL;
}

const char *pc_noun_for(size_t n, const char *plural, char *buf, size_t cap)
{
    size_t len = strlen(plural);
    if (n != 1 || len < 2 || plural[len - 1] != 's' || len + 1 > cap)
        return plural;
    memcpy(buf, plural, len - 1);
    if (len > 3 && memcmp(plural + len - 3, "ies", 3) == 0)
        memcpy(buf + len - 3, "y", 2); /* entries: entry */
    else
        buf[len - 1] = '\0';
    return buf;
}
