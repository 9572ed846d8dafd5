/* Names and labels of digest parts, shared by its writers. */
#include "render/render.h"

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
