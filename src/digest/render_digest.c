/* Writers of the digest: Markdown, JSON (docs/digest.md) and one
 * self-contained HTML page. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest/digest.h"
#include "summary.h"
#include "util/buf.h"

static const char *label(const precis_cluster *c, size_t d, char *buf, size_t n)
{
    const precis_doc_meta *m = &c->docs[d].meta;
    if (m->source)
        return m->source;
    if (m->title)
        return m->title;
    if (m->name) {
        const char *slash = strrchr(m->name, '/');
        return slash && slash[1] ? slash + 1 : m->name;
    }
    snprintf(buf, n, "document %zu", d + 1);
    return buf;
}

static const char *weekday_name(pc_date d)
{
    static const char *const names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    return names[pc_date_weekday(d)];
}

static const char *prec_name(pc_prec p)
{
    return p == PC_PREC_DAY     ? "day"
           : p == PC_PREC_WEEK  ? "week"
           : p == PC_PREC_MONTH ? "month"
                                : "year";
}

/* "2017-04-09 (Sunday)", "week of 2017-04-03", "2016-10", "2013" */
static void date_label(pc_buf *b, const pc_event *e)
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

static const char *kind_name(pc_ekind k)
{
    return k == PC_PERSON ? "person" : k == PC_ORG ? "organization" : "place";
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Documents of summary item i, ascending, into out (room for ndocs). */
static void sorted_docs(const size_t *docs, size_t n, size_t *out)
{
    memcpy(out, docs, n * sizeof *out);
    qsort(out, n, sizeof *out, cmp_size);
}

/* ---- Markdown ---- */

static void md_markers(pc_buf *b, const size_t *docs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pc_buf_addf(b, "[%zu]", docs[i] + 1);
}

static void md_value_list(pc_buf *b, const precis_digest *g, const pc_figgroup *gr)
{
    char lb[32];
    for (size_t k = 0; k < gr->n; k++) {
        const pc_figure *f = &gr->v[k];
        pc_buf_addf(b, "  - %s — %s [%u]\n", f->text, label(g->c, f->doc, lb, sizeof lb),
                    f->doc + 1);
    }
}

static void render_markdown(const precis_digest *g, const precis_summary *s, pc_buf *b, size_t *tmp)
{
    const precis_cluster *c = g->c;
    char lb[32];
    pc_buf_adds(b, "# Digest\n\n");
    if (s) {
        pc_buf_adds(b, "## Summary\n\n");
        for (size_t i = 0; i < s->n; i++) {
            const pc_sent *st = &c->sents[s->items[i].sent];
            pc_buf_add(b, st->text, st->len);
            pc_buf_addch(b, ' ');
            md_markers(b, tmp, pc_summary_item_docs(s, i, tmp));
            pc_buf_adds(b, "\n\n");
        }
    }
    pc_buf_adds(b, "## Sources\n\n");
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        const char *l = label(c, d, lb, sizeof lb);
        pc_buf_addf(b, "%zu. **%s**", d + 1, l);
        if (m->title && m->title != l)
            pc_buf_addf(b, " — %s", m->title);
        if (m->date)
            pc_buf_addf(b, " (%s)", m->date);
        if (m->url)
            pc_buf_addf(b, " <%s>", m->url);
        pc_buf_addch(b, '\n');
    }
    pc_buf_adds(b, "\n## Quotes\n\n");
    if (!g->nquotes)
        pc_buf_adds(b, "No direct quotes.\n");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, "- “");
        pc_buf_add(b, q->text, q->len);
        pc_buf_adds(b, "” — ");
        if (q->speaker)
            pc_buf_addf(b, "**%s** ", q->speaker);
        else
            pc_buf_adds(b, "*speaker not named* ");
        sorted_docs(q->docs, q->ndocs, tmp);
        md_markers(b, tmp, q->ndocs);
        pc_buf_addch(b, '\n');
    }
    pc_buf_adds(b, "\n## Where sources disagree\n\n");
    size_t ndis = 0;
    for (size_t i = 0; i < g->ngroups; i++) {
        const pc_figgroup *gr = &g->groups[i];
        if (!gr->disagree)
            continue;
        ndis++;
        pc_buf_addf(b, "- **%s**: the sources give different figures\n", gr->quantity);
        md_value_list(b, g, gr);
    }
    if (!ndis)
        pc_buf_adds(b, "No disagreeing figures found.\n");
    if (ndis < g->ngroups) {
        pc_buf_adds(b, "\nFigures the sources agree on (or give with different precision):\n\n");
        for (size_t i = 0; i < g->ngroups; i++) {
            const pc_figgroup *gr = &g->groups[i];
            if (gr->disagree)
                continue;
            pc_buf_addf(b, "- **%s**\n", gr->quantity);
            md_value_list(b, g, gr);
        }
    }
    pc_buf_adds(b, "\n## Timeline\n\n");
    if (!g->nevents)
        pc_buf_adds(b, "No dated events.\n");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        const pc_sent *st = &c->sents[e->sents[0]];
        pc_buf_adds(b, "- **");
        date_label(b, e);
        pc_buf_addf(b, "** — “%s”%s: ", e->expr,
                    e->resolved ? "" : " (relative; its source has no date)");
        pc_buf_add(b, st->text, st->len);
        pc_buf_addch(b, ' ');
        sorted_docs(e->docs, e->ndocs, tmp);
        md_markers(b, tmp, e->ndocs);
        pc_buf_addch(b, '\n');
    }
    pc_buf_adds(b, "\n## Who and where\n\n");
    if (!g->nents) {
        pc_buf_adds(b, "No named people, organizations or places.\n");
        return;
    }
    pc_buf_adds(b, "| Name | Kind |");
    for (size_t d = 0; d < c->ndocs; d++)
        pc_buf_addf(b, " [%zu] |", d + 1);
    pc_buf_adds(b, " Total |\n|---|---|");
    for (size_t d = 0; d < c->ndocs; d++)
        pc_buf_adds(b, "--:|");
    pc_buf_adds(b, "--:|\n");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_addf(b, "| %s | %s |", e->name, kind_name(e->kind));
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, " %zu |", e->count[d]);
        pc_buf_addf(b, " %zu |\n", e->total);
    }
}

/* ---- JSON ---- */

static void jstr(pc_buf *b, const char *s, size_t n)
{
    if (!s) {
        pc_buf_adds(b, "null");
        return;
    }
    pc_buf_addch(b, '"');
    pc_buf_add_json_str(b, s, n);
    pc_buf_addch(b, '"');
}

static void jstrz(pc_buf *b, const char *s)
{
    jstr(b, s, s ? strlen(s) : 0);
}

static void jnum(pc_buf *b, double v)
{
    if (isinf(v))
        pc_buf_adds(b, "null");
    else
        pc_buf_addf(b, "%.15g", v);
}

static void render_json(const precis_digest *g, const precis_summary *s, pc_buf *b, size_t *tmp)
{
    const precis_cluster *c = g->c;
    pc_buf_adds(b, "{\"summary\": [");
    for (size_t i = 0; s && i < s->n; i++) {
        const pc_sent *st = &c->sents[s->items[i].sent];
        pc_buf_adds(b, i ? ",\n  {\"text\": " : "\n  {\"text\": ");
        jstr(b, st->text, st->len);
        pc_buf_addf(b, ", \"sentence\": %u, \"docs\": [", s->items[i].sent);
        size_t n = pc_summary_item_docs(s, i, tmp);
        for (size_t k = 0; k < n; k++)
            pc_buf_addf(b, "%s%zu", k ? ", " : "", tmp[k]);
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"documents\": [");
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        pc_buf_addf(b, "%s\n  {\"index\": %zu, \"name\": ", d ? "," : "", d);
        jstrz(b, m->name);
        pc_buf_adds(b, ", \"source\": ");
        jstrz(b, m->source);
        pc_buf_adds(b, ", \"title\": ");
        jstrz(b, m->title);
        pc_buf_adds(b, ", \"date\": ");
        jstrz(b, m->date);
        pc_buf_adds(b, ", \"url\": ");
        jstrz(b, m->url);
        pc_buf_addch(b, '}');
    }
    pc_buf_adds(b, "],\n \"quotes\": [");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, i ? ",\n  {\"text\": " : "\n  {\"text\": ");
        jstr(b, q->text, q->len);
        pc_buf_adds(b, ", \"speaker\": ");
        jstrz(b, q->speaker);
        pc_buf_addf(b, ", \"sentence\": %u, \"sources\": [", q->sent);
        for (size_t k = 0; k < q->ndocs; k++) {
            pc_buf_addf(b, "%s{\"doc\": %zu, \"speaker\": ", k ? ", " : "", q->docs[k]);
            jstrz(b, q->doc_speaker[k]);
            pc_buf_addch(b, '}');
        }
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"figures\": [");
    for (size_t i = 0; i < g->ngroups; i++) {
        const pc_figgroup *gr = &g->groups[i];
        pc_buf_adds(b, i ? ",\n  {\"quantity\": " : "\n  {\"quantity\": ");
        jstrz(b, gr->quantity);
        pc_buf_addf(b, ", \"disagree\": %s, \"documents\": %zu, \"values\": [",
                    gr->disagree ? "true" : "false", gr->ndocs);
        for (size_t k = 0; k < gr->n; k++) {
            const pc_figure *f = &gr->v[k];
            pc_buf_adds(b, k ? ", {\"text\": " : "{\"text\": ");
            jstrz(b, f->text);
            pc_buf_adds(b, ", \"low\": ");
            jnum(b, f->lo);
            pc_buf_adds(b, ", \"high\": ");
            jnum(b, f->hi);
            pc_buf_addf(b, ", \"doc\": %u, \"sentence\": %u}", f->doc, f->sent);
        }
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"timeline\": [");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        pc_buf_adds(b, i ? ",\n  {\"expression\": " : "\n  {\"expression\": ");
        jstrz(b, e->expr);
        pc_buf_addf(b, ", \"resolved\": %s, \"date\": ", e->resolved ? "true" : "false");
        if (!e->resolved)
            pc_buf_adds(b, "null");
        else if (e->prec == PC_PREC_YEAR)
            pc_buf_addf(b, "\"%04d\"", e->date.y);
        else if (e->prec == PC_PREC_MONTH)
            pc_buf_addf(b, "\"%04d-%02d\"", e->date.y, e->date.m);
        else
            pc_buf_addf(b, "\"%04d-%02d-%02d\"", e->date.y, e->date.m, e->date.d);
        pc_buf_addf(b, ", \"precision\": \"%s\", \"sources\": [", prec_name(e->prec));
        for (size_t k = 0; k < e->ndocs; k++) {
            const pc_sent *st = &c->sents[e->sents[k]];
            pc_buf_addf(b, "%s{\"doc\": %zu, \"sentence\": %u, \"text\": ", k ? ", " : "",
                        e->docs[k], e->sents[k]);
            jstr(b, st->text, st->len);
            pc_buf_addch(b, '}');
        }
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "],\n \"entities\": [");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
        jstrz(b, e->name);
        pc_buf_addf(b, ", \"kind\": \"%s\", \"total\": %zu, \"mentions\": [", kind_name(e->kind),
                    e->total);
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, "%s%zu", d ? ", " : "", e->count[d]);
        pc_buf_adds(b, "]}");
    }
    pc_buf_adds(b, "]}\n");
}

/* ---- HTML ---- */

static void h(pc_buf *b, const char *s)
{
    pc_buf_add_html(b, s, strlen(s));
}

static void html_markers(pc_buf *b, const precis_cluster *c, const size_t *docs, size_t n)
{
    char lb[32];
    for (size_t i = 0; i < n; i++) {
        pc_buf_addf(b, "<a class=\"src\" href=\"#src-%zu\" title=\"", docs[i] + 1);
        h(b, label(c, docs[i], lb, sizeof lb));
        pc_buf_addf(b, "\">%zu</a>", docs[i] + 1);
    }
}

static const char css[] =
    "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "color:#222;background:#fdfdfb}"
    "h1{font-size:1.6em;border-bottom:2px solid #333}h2{font-size:1.2em;margin-top:2em;"
    "border-bottom:1px solid #bbb;font-family:Helvetica,Arial,sans-serif}"
    "a.src{font:bold 11px sans-serif;background:#e4e8f0;color:#234;border-radius:3px;"
    "padding:0 4px;margin-left:2px;text-decoration:none;vertical-align:super}"
    "blockquote{margin:.6em 0;padding:.2em .8em;border-left:4px solid #9ab}"
    ".who{font-family:sans-serif;font-size:.9em;color:#444}.unknown{color:#999}"
    ".disagree{background:#fff1e6;border:1px solid #f0a060;border-radius:4px;"
    "padding:.4em .8em;margin:.6em 0}.disagree h3{color:#b04000;margin:.2em 0;font-size:1em}"
    ".agree{padding:.4em .8em;margin:.6em 0;border:1px solid #ddd;border-radius:4px}"
    ".agree h3{margin:.2em 0;font-size:1em}"
    "table{border-collapse:collapse;font:13px sans-serif}td,th{border:1px solid #ccc;"
    "padding:2px 6px}td.n{text-align:right}"
    "ol.timeline{list-style:none;padding:0}ol.timeline li{margin:.4em 0}"
    ".date{font:bold 13px sans-serif;color:#345;display:inline-block;min-width:11em}"
    ".rel{color:#a00}";

static void html_group(pc_buf *b, const precis_digest *g, const pc_figgroup *gr)
{
    char lb[32];
    pc_buf_addf(b, "<div class=\"%s\"><h3>", gr->disagree ? "disagree" : "agree");
    h(b, gr->quantity);
    pc_buf_adds(b, gr->disagree ? " — the sources disagree" : "");
    pc_buf_adds(b, "</h3><ul>");
    for (size_t k = 0; k < gr->n; k++) {
        const pc_figure *f = &gr->v[k];
        pc_buf_adds(b, "<li><b>");
        h(b, f->text);
        pc_buf_adds(b, "</b> — ");
        h(b, label(g->c, f->doc, lb, sizeof lb));
        size_t d = f->doc;
        html_markers(b, g->c, &d, 1);
        pc_buf_adds(b, "</li>");
    }
    pc_buf_adds(b, "</ul></div>\n");
}

/* The head of the page, the summary with its source markers and the source
 * list: a whole summary page (`title` "Summary") or the start of a digest. */
static void html_summary_and_sources(const precis_cluster *c, const precis_summary *s,
                                     const char *title, pc_buf *b, size_t *tmp)
{
    char lb[32];
    pc_buf_addf(b,
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<title>%s</title><style>%s</style></head><body>\n<h1>%s</h1>\n",
                title, css, title);
    if (s) {
        pc_buf_adds(b, "<h2>Summary</h2>\n");
        for (size_t i = 0; i < s->n; i++) {
            const pc_sent *st = &c->sents[s->items[i].sent];
            pc_buf_adds(b, "<p>");
            pc_buf_add_html(b, st->text, st->len);
            html_markers(b, c, tmp, pc_summary_item_docs(s, i, tmp));
            pc_buf_adds(b, "</p>\n");
        }
    }
    pc_buf_adds(b, "<h2>Sources</h2>\n<ol>\n");
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        const char *l = label(c, d, lb, sizeof lb);
        pc_buf_addf(b, "<li id=\"src-%zu\">", d + 1);
        if (m->url) {
            pc_buf_adds(b, "<a href=\"");
            h(b, m->url);
            pc_buf_adds(b, "\"><b>");
            h(b, l);
            pc_buf_adds(b, "</b></a>");
        } else {
            pc_buf_adds(b, "<b>");
            h(b, l);
            pc_buf_adds(b, "</b>");
        }
        if (m->title && m->title != l) {
            pc_buf_adds(b, " — ");
            h(b, m->title);
        }
        if (m->date) {
            pc_buf_adds(b, " <span class=\"who\">(");
            h(b, m->date);
            pc_buf_adds(b, ")</span>");
        }
        pc_buf_adds(b, "</li>\n");
    }
    pc_buf_adds(b, "</ol>\n");
}

void pc_render_summary_html(const precis_summary *s, pc_buf *b, size_t *tmp)
{
    html_summary_and_sources(s->c, s, "Summary", b, tmp);
    pc_buf_adds(b, "</body></html>\n");
}

static void render_html(const precis_digest *g, const precis_summary *s, pc_buf *b, size_t *tmp)
{
    const precis_cluster *c = g->c;
    html_summary_and_sources(c, s, "Digest", b, tmp);
    pc_buf_adds(b, "<h2>Quotes</h2>\n");
    for (size_t i = 0; i < g->nquotes; i++) {
        const pc_quote *q = &g->quotes[i];
        pc_buf_adds(b, "<blockquote>“");
        pc_buf_add_html(b, q->text, q->len);
        pc_buf_adds(b, "”<div class=\"who\">— ");
        if (q->speaker) {
            pc_buf_adds(b, "<b>");
            h(b, q->speaker);
            pc_buf_adds(b, "</b>");
        } else {
            pc_buf_adds(b, "<span class=\"unknown\">speaker not named</span>");
        }
        sorted_docs(q->docs, q->ndocs, tmp);
        html_markers(b, c, tmp, q->ndocs);
        pc_buf_adds(b, "</div></blockquote>\n");
    }
    pc_buf_adds(b, "<h2>Where sources disagree</h2>\n");
    size_t ndis = 0;
    for (size_t i = 0; i < g->ngroups; i++)
        if (g->groups[i].disagree) {
            html_group(b, g, &g->groups[i]);
            ndis++;
        }
    if (!ndis)
        pc_buf_adds(b, "<p>No disagreeing figures found.</p>\n");
    for (size_t i = 0; i < g->ngroups; i++)
        if (!g->groups[i].disagree)
            html_group(b, g, &g->groups[i]);
    pc_buf_adds(b, "<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
    for (size_t i = 0; i < g->nevents; i++) {
        const pc_event *e = &g->events[i];
        const pc_sent *st = &c->sents[e->sents[0]];
        pc_buf_addf(b, "<li><span class=\"date%s\">", e->resolved ? "" : " rel");
        date_label(b, e);
        pc_buf_adds(b, "</span> <i>");
        h(b, e->expr);
        pc_buf_adds(b, "</i>: ");
        pc_buf_add_html(b, st->text, st->len);
        sorted_docs(e->docs, e->ndocs, tmp);
        html_markers(b, c, tmp, e->ndocs);
        pc_buf_adds(b, "</li>\n");
    }
    pc_buf_adds(b, "</ol>\n<h2>Who and where</h2>\n<table><tr><th>Name</th><th>Kind</th>");
    for (size_t d = 0; d < c->ndocs; d++)
        pc_buf_addf(b, "<th><a href=\"#src-%zu\">%zu</a></th>", d + 1, d + 1);
    pc_buf_adds(b, "<th>Total</th></tr>\n");
    for (size_t i = 0; i < g->nents; i++) {
        const pc_entity *e = &g->ents[i];
        pc_buf_adds(b, "<tr><td>");
        h(b, e->name);
        pc_buf_addf(b, "</td><td>%s</td>", kind_name(e->kind));
        for (size_t d = 0; d < c->ndocs; d++)
            pc_buf_addf(b, "<td class=\"n\">%zu</td>", e->count[d]);
        pc_buf_addf(b, "<td class=\"n\">%zu</td></tr>\n", e->total);
    }
    pc_buf_adds(b, "</table>\n</body></html>\n");
}

PRECIS_API precis_status precis_digest_render(const precis_digest *g, const precis_summary *s,
                                              precis_format format, char **out, size_t *len)
{
    if (!g || !out || (s && s->c != g->c))
        return PRECIS_EINVAL;
    *out = NULL;
    pc_buf b;
    pc_buf_init(&b, NULL); /* the caller frees with precis_free (libc) */
    size_t *tmp = malloc((g->c->ndocs + 1) * sizeof *tmp);
    if (!tmp)
        return PRECIS_ENOMEM;
    switch (format) {
    case PRECIS_FORMAT_TEXT:
    case PRECIS_FORMAT_MARKDOWN:
        render_markdown(g, s, &b, tmp);
        break;
    case PRECIS_FORMAT_JSON:
        render_json(g, s, &b, tmp);
        break;
    case PRECIS_FORMAT_HTML:
        render_html(g, s, &b, tmp);
        break;
    default:
        free(tmp);
        return PRECIS_EINVAL;
    }
    free(tmp);
    return pc_buf_finish(&b, out, len);
}
