/* The parts of an HTML page that the summary and the digest share: the
 * style sheet, the head, the summary with its source markers and the
 * source list. */
#include "render/render.h"
#include "lang/lang.h"

#include <string.h>
#include <strings.h>

#include "util/alloc.h"

void pc_html_markers(pc_buf *b, const precis_cluster *c, const size_t *docs, size_t n)
{
    char lb[32];
    for (size_t i = 0; i < n; i++) {
        pc_buf_addf(b, "<a class=\"src\" href=\"#src-%zu\" title=\"", docs[i] + 1);
        pc_esc_htmlz(b, pc_doc_label(c, docs[i], lb, sizeof lb));
        pc_buf_addf(b, "\">%zu</a>", docs[i] + 1);
    }
}

static const char css[] =
    "body{font:1rem/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "color:#222;background:#fdfdfb;overflow-wrap:anywhere}"
    "h1{font-size:1.6em;border-bottom:2px solid #333}h2{font-size:1.2em;margin-top:2em;"
    "border-bottom:1px solid #bbb;font-family:Helvetica,Arial,sans-serif}"
    "a.src{font:bold .8rem sans-serif;background:#e4e8f0;color:#234;border-radius:3px;"
    "padding:0 4px;margin-left:2px;text-decoration:none;vertical-align:super}"
    "blockquote{margin:.6em 0;padding:.2em .8em;border-left:4px solid #9ab}"
    ".who{font-family:sans-serif;font-size:.9em;color:#444}.unknown{color:#6b6b6b}"
    ".disagree{background:#fff1e6;border:1px solid #f0a060;border-radius:4px;"
    "padding:.4em .8em;margin:.6em 0}.disagree h3{color:#b04000;margin:.2em 0;font-size:1em}"
    ".agree{padding:.4em .8em;margin:.6em 0;border:1px solid #ddd;border-radius:4px}"
    ".agree h3{margin:.2em 0;font-size:1em}"
    "table{border-collapse:collapse;font:.8125rem sans-serif}td,th{border:1px solid #ccc;"
    "padding:2px 6px}td.n{text-align:right}"
    "ol.timeline{list-style:none;padding:0}ol.timeline li{margin:.4em 0}"
    ".date{font:bold .8125rem sans-serif;color:#345;display:inline-block;min-width:11em}"
    ".rel{color:#a00}.added{border-bottom:1px dotted #888}";

/* Only web addresses become links: a javascript: or data: URL taken from
 * an input would run or load in the reader's browser. */
static int web_url(const char *u)
{
    return strncasecmp(u, "http://", 7) == 0 || strncasecmp(u, "https://", 8) == 0;
}

precis_status pc_html_page_start(const precis_cluster *c, const precis_summary *s,
                                 const precis_digest *g, const char *title, pc_buf *b, size_t *tmp)
{
    char lb[32];
    uint8_t *insum = NULL;
    if (g) {
        if (!(insum = pc_malloc(c->alc, c->ndocs + 1)))
            return PRECIS_ENOMEM;
        memset(insum, 0, c->ndocs + 1);
    }
    pc_buf_addf(b,
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<title>%s</title><style>%s</style></head><body>\n<h1>%s</h1>\n",
                title, css, title);
    if (s) {
        if (g) /* a summary's page has its heading already */
            pc_buf_adds(b, "<h2>Summary</h2>\n");
        for (size_t i = 0; i < s->n; i++) {
            /* the page's own words are English; a sentence says which
             * language it is in, for the browser's fonts and hyphenation
             * and for screen readers */
            const struct pc_lang *l = c->docs[c->sents[s->items[i].sent].doc].lang;
            if (l && strcmp(l->code, "und") != 0 && strcmp(l->code, "en") != 0)
                pc_buf_addf(b, "<p lang=\"%s\"%s>", l->code,
                            l->script == PC_LANG_ARABIC || l->script == PC_LANG_HEBREW
                                ? " dir=\"rtl\""
                                : "");
            else
                pc_buf_adds(b, "<p>");
            pc_html_edited(b, &s->items[i]);
            size_t n = pc_summary_item_docs(s, i, tmp);
            size_t shown = g ? pc_digest_markers(g, n) : n;
            for (size_t k = 0; insum && k < shown; k++)
                insum[tmp[k]] = 1;
            pc_html_markers(b, c, tmp, shown);
            if (shown < n)
                pc_buf_addf(b, " <span class=\"who\">+%zu more</span>", n - shown);
            pc_buf_adds(b, "</p>\n");
        }
    }
    pc_buf_adds(b, "<h2>Sources</h2>\n<ol>\n");
    size_t unlisted = 0;
    for (size_t d = 0; d < c->ndocs; d++) {
        const precis_doc_meta *m = &c->docs[d].meta;
        if (g && !pc_digest_doc_listed(g, insum, d)) {
            unlisted++;
            continue;
        }
        const char *l = pc_doc_label(c, d, lb, sizeof lb);
        /* the list's own numbering holds until a document is left out */
        if (unlisted)
            pc_buf_addf(b, "<li id=\"src-%zu\" value=\"%zu\">", d + 1, d + 1);
        else
            pc_buf_addf(b, "<li id=\"src-%zu\">", d + 1);
        if (m->url && web_url(m->url)) {
            pc_buf_adds(b, "<a href=\"");
            pc_esc_htmlz(b, m->url);
            pc_buf_adds(b, "\"><b>");
            pc_esc_htmlz(b, l);
            pc_buf_adds(b, "</b></a>");
        } else {
            pc_buf_adds(b, "<b>");
            pc_esc_htmlz(b, l);
            pc_buf_adds(b, "</b>");
        }
        if (m->title && m->title != l) {
            /* <bdi>: a title in Arabic or Hebrew keeps its own direction */
            pc_buf_adds(b, " — <bdi>");
            pc_esc_htmlz(b, m->title);
            pc_buf_adds(b, "</bdi>");
        }
        char db[32];
        const char *date = g ? pc_digest_doc_date_shown(g, d, db, sizeof db)
                             : pc_doc_display_date(c, d, db, sizeof db);
        if (date) {
            pc_buf_adds(b, " <span class=\"who\">(");
            pc_esc_htmlz(b, date);
            pc_buf_adds(b, ")</span>");
        }
        size_t mark = b->len;
        pc_doc_outlets(b, c, d, " <span class=\"who\">also: ", pc_esc_htmlz);
        if (b->len != mark)
            pc_buf_adds(b, "</span>");
        if (precis_summary_document_aside(s, d))
            pc_buf_adds(b, " <span class=\"who\">— " PC_ASIDE_NOTE "</span>");
        pc_buf_adds(b, "</li>\n");
    }
    pc_buf_adds(b, "</ol>\n");
    char one[16];
    if (unlisted)
        pc_buf_addf(b, "<p class=\"who\">%zu more %s not listed (--digest-all lists them).</p>\n",
                    unlisted, pc_noun_for(unlisted, "documents", one, sizeof one));
    if (insum)
        pc_free(c->alc, insum, c->ndocs + 1);
    return PRECIS_OK;
}
