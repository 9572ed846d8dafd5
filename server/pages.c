/* The web page: the list of stories, a story's digest, and a page to paste
 * or upload articles and get their digest at once.  Plain HTML forms and
 * links, no script: readable without JavaScript, on a phone too.  Every
 * text that came from an article goes through html_put(); the digest itself
 * is the library's HTML renderer's, the same as `precis digest -f html`. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "http.h"

/* Font sizes in rem: they follow the reader's own default size (a browser
 * set to larger text), which px ignore. */
static const char STYLE[] =
    "body{font:1rem/1.5 Georgia,serif;max-width:46em;margin:0 auto;padding:0 1em;color:#222;"
    "overflow-wrap:anywhere;"
    "background:#fdfdfb}"
    "nav{font:.875rem Helvetica,Arial,sans-serif;padding:.6em 0;border-bottom:1px solid #ccc;"
    "display:flex;gap:1.2em;flex-wrap:wrap}"
    "nav a{color:#234;text-decoration:none;font-weight:bold}"
    "h1{font-size:1.5em}"
    "ol.stories{list-style:none;padding:0}"
    "ol.stories li{padding:.6em 0;border-bottom:1px solid #e4e4e4}"
    "ol.stories a{display:block;color:#123;font-size:1.1em;text-decoration:none}"
    "ol.stories a:hover{text-decoration:underline}"
    ".meta{font:.8125rem Helvetica,Arial,sans-serif;color:#666}"
    "textarea{width:100%;min-height:16em;font:.875rem monospace;box-sizing:border-box}"
    "input,button,select{font:.9375rem sans-serif}"
    "select{max-width:100%}"
    "button{padding:.4em 1.2em}"
    "label{display:block;margin:.8em 0 .3em;font:bold .875rem sans-serif}"
    ".error{background:#fff1e6;border:1px solid #f0a060;padding:.6em 1em}"
    "@media (max-width:600px){body{font-size:.9375rem}}";

/* What every page's <head> adds: the phone's viewport, the style sheet,
 * and an icon inline (a browser asks for /favicon.ico, once per page, on a
 * page that names none). */
static const char HEAD_ADD[] =
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    "<link rel=\"stylesheet\" href=\"/static/style.css\">"
    "<link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'"
    " viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23234'/%3E%3Cpath"
    " fill='%23fff' fill-rule='evenodd' d='M4 3h5a3.5 3.5 0 0 1 0 7H6.5v3H4zM6.5 5.2v2.6H9a1.3"
    " 1.3 0 0 0 0-2.6z'/%3E%3C/svg%3E\">";

typedef struct page {
    char *buf;
    size_t len;
    FILE *f;
} page;

static int page_open(page *p, const char *title)
{
    p->buf = NULL;
    p->len = 0;
    p->f = open_memstream(&p->buf, &p->len);
    if (!p->f)
        return -1;
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">", p->f);
    fputs(HEAD_ADD, p->f);
    fputs("<title>", p->f);
    fputs(title, p->f);
    fputs(" — precis</title></head><body>\n"
          "<nav><a href=\"/\">Stories</a><a href=\"/new\">Summarize articles</a></nav>\n",
          p->f);
    return 0;
}

/* Writes `s` (n bytes) escaped for HTML text and attribute values. */
static void html_put(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(s[i], f);
        }
    }
}

static void html_puts(FILE *f, const char *s)
{
    if (s)
        html_put(f, s, strlen(s));
}

static void page_close(page *p, answer *out, unsigned status)
{
    fputs("</body></html>\n", p->f);
    if (fclose(p->f) != 0) {
        free(p->buf);
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    answer_take(out, status, "text/html; charset=utf-8", p->buf, p->len);
}

void page_style(answer *out)
{
    answer_take(out, 200, "text/css; charset=utf-8", strdup(STYLE), sizeof STYLE - 1);
}

void page_error(answer *out, unsigned status, const char *title, const char *detail)
{
    page p;
    if (page_open(&p, title) != 0) {
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    fputs("<h1>", p.f);
    html_puts(p.f, title);
    fputs("</h1><p class=\"error\">", p.f);
    html_puts(p.f, detail);
    fputs("</p>", p.f);
    page_close(&p, out, status);
}

/* ---- the list of stories ---------------------------------------------------- */

/* The line of a story's articles, outlets, dates and last update. */
static void story_meta(FILE *f, const store_story *st)
{
    char upd[32], shown[32];
    iso_time(st->updated, upd, sizeof upd);
    /* read as "2031-07-01 09:30 UTC"; the machine form in the attribute */
    time_t t = (time_t)st->updated;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(shown, sizeof shown, "%Y-%m-%d %H:%M UTC", &tm);
    fprintf(f, "<div class=\"meta\">%lld article%s", (long long)st->articles,
            st->articles == 1 ? "" : "s");
    if (st->outlets > 0) /* articles sent without a source name none */
        fprintf(f, " · %lld outlet%s", (long long)st->outlets, st->outlets == 1 ? "" : "s");
    if (st->first_date) {
        fputs(" · ", f);
        html_puts(f, st->first_date);
        if (st->last_date && strcmp(st->last_date, st->first_date) != 0) {
            fputs(" – ", f);
            html_puts(f, st->last_date);
        }
    }
    fprintf(f, " · updated <time datetime=\"%s\">%s</time></div>", upd, shown);
}

typedef struct story_list {
    FILE *f;
    long long n, max; /* stories seen; the page shows the first max */
} story_list;

/* A language whose script tells it (Arabic, Greek, Cyrillic, Hebrew,
 * Devanagari, Chinese, Japanese, ...): the others are written in Latin. */
static int script_tells(const char *code)
{
    static const char *const by_script[] = {"ar", "fa", "ur", "he", "yi", "el", "ru", "uk", "bg",
                                            "sr", "hi", "ne", "ja", "zh", "ko", "ta", "hy"};
    for (size_t k = 0; k < sizeof by_script / sizeof *by_script; k++)
        if (strcmp(code, by_script[k]) == 0)
            return 1;
    return 0;
}

/* The language of a story's headline, for its lang attribute: a screen
 * reader then reads it in its own voice, and a browser hyphenates it by its
 * own rules.  A script that tells the language (Arabic, Greek, Cyrillic,
 * Hebrew, Devanagari, Chinese, Japanese, ...) is told by the headline
 * itself; a Latin one is too short to tell English from French for sure,
 * so its language is that of the start of the story's first article, when
 * it is Latin too.  NULL for English (the page's) or when unknown. */
static const char *story_lang(const store_story *st, const char *t)
{
    const char *code = precis_language_identify(t, strlen(t));
    if (strcmp(code, "und") == 0 || script_tells(code))
        return strcmp(code, "und") != 0 ? code : NULL;
    if (!st->sample) /* a Latin headline, and no article to tell by */
        return NULL;
    code = precis_language_identify(st->sample, strlen(st->sample));
    /* not an article in another script than its headline's */
    if (strcmp(code, "und") == 0 || strcmp(code, "en") == 0 || script_tells(code))
        return NULL;
    return code;
}

/* ` lang="xx"` for a headline not in the page's English, nothing otherwise. */
static void lang_attr(FILE *f, const store_story *st, const char *t)
{
    const char *code = story_lang(st, t);
    if (code)
        fprintf(f, " lang=\"%s\"", code);
}

static void story_item(void *ctx, const store_story *st)
{
    story_list *l = ctx;
    FILE *f = l->f;
    if (l->n++ == l->max) /* one more than the page shows: there is a next page */
        return;
    const char *t = st->headline && *st->headline ? st->headline : "(untitled story)";
    fprintf(f, "<li><a dir=\"auto\"");
    lang_attr(f, st, t);
    fprintf(f, " href=\"/stories/%lld\">", (long long)st->id);
    html_puts(f, t);
    fputs("</a>", f);
    story_meta(f, st);
    fputs("</li>\n", f);
}

/* A link to another page of the list: the same query, another offset. */
static void list_link(FILE *f, const request_in *in, int largest, long long limit, long long offset,
                      const char *rel, const char *text)
{
    fprintf(f, "<a rel=\"%s\" href=\"/?order=%s&amp;limit=%lld&amp;offset=%lld", rel,
            largest ? "largest" : "newest", limit, offset);
    if (in->query_since) { /* digits, or an ISO date: parse_since took it */
        fputs("&amp;since=", f);
        html_puts(f, in->query_since);
    }
    fprintf(f, "\">%s</a>", text);
}

void page_index(server *sv, const request_in *in, answer *out)
{
    double since;
    long long limit, offset;
    int largest;
    if (parse_list_query(in, &since, &limit, &offset, &largest, out) != 0)
        return;
    page p;
    if (page_open(&p, "Stories") != 0) {
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    long long total = (long long)store_story_count(sv->db);
    /* the order shown is text, the other a link: which one is this page */
    fprintf(p.f,
            "<h1>Stories</h1><p class=\"meta\">%lld articles in %lld stories · %s · %s"
            "%s</p>\n<ol class=\"stories\" start=\"%lld\">\n",
            (long long)store_article_count(sv->db), total,
            largest ? "<a href=\"/?order=newest\">newest first</a>"
                    : "<b aria-current=\"page\">newest first</b>",
            largest ? "<b aria-current=\"page\">largest first</b>"
                    : "<a href=\"/?order=largest\">largest first</a>",
            /* a feed sent late (a backlog, a replay) brings old news in
             * new: the order is not by the dates the articles bear */
            largest ? ""
                    : "<br>Newest first is by arrival: the story that took in an article last"
                      " comes first (its time &#8220;updated&#8221;), whatever date its articles"
                      " bear.",
            offset + 1);
    story_list l = {p.f, 0, limit};
    store_stories(sv->db, since, largest, limit + 1, offset, 1, story_item, &l);
    int more = l.n > limit;
    if (more)
        l.n = limit;
    fputs("</ol>\n", p.f);
    if (total == 0) /* a new server: say how stories come */
        fputs("<p>No stories yet. Articles sent to <code>POST /v1/articles</code> are grouped"
              " into stories here; to summarize articles at once without storing them, paste"
              " them in <a href=\"/new\">Summarize articles</a>.</p>\n",
              p.f);
    /* the list goes on: a page of `limit` stories after another, so that
     * every story can be reached from the first page */
    if (offset > 0 || more) {
        fputs("<p class=\"meta\">", p.f);
        if (l.n == 0)
            fprintf(p.f, "No stories past %lld", offset);
        else {
            fprintf(p.f, "Stories %lld–%lld", offset + 1, offset + l.n);
            if (!in->query_since) /* the count is of every story */
                fprintf(p.f, " of %lld", total);
        }
        if (offset > 0) {
            fputs(" · ", p.f);
            list_link(p.f, in, largest, limit, offset > limit ? offset - limit : 0, "prev",
                      "← previous");
        }
        if (more) {
            fputs(" · ", p.f);
            list_link(p.f, in, largest, limit, offset + limit, "next", "next →");
        }
        fputs("</p>\n", p.f);
    }
    page_close(&p, out, 200);
}

/* ---- a digest page ------------------------------------------------------------ */

/* Writes the rest of a digest page without the renderer's hints for the
 * command line ("12 more quotes not shown (--digest-all shows all)."): an
 * editor has no --digest-all.  With `all_href` (a stored story's page: the
 * same page with ?digest=all, which shows every item) the hint of a
 * section becomes a link to it; the documents' hint goes (the page lists
 * every article under the digest). */
static void put_without_hints(FILE *f, const char *s, const char *all_href)
{
    static const char *const hints[] = {" (--digest-all shows all)", " (--digest-all lists them)"};
    for (;;) {
        const char *next = NULL;
        size_t which = 0;
        for (size_t i = 0; i < sizeof hints / sizeof *hints; i++) {
            const char *h = strstr(s, hints[i]);
            if (h && (!next || h < next)) {
                next = h;
                which = i;
            }
        }
        if (!next)
            break;
        fwrite(s, 1, (size_t)(next - s), f);
        if (all_href && which == 0)
            fprintf(f, " (<a href=\"%s\">show all</a>)", all_href);
        s = next + strlen(hints[which]);
    }
    fputs(s, f);
}

/* Serves the library's digest page with the site's viewport and navigation
 * put in after its <head> and <body> tags.  `head` (may be NULL): HTML of
 * the page's heading, and `title` its text for the <title>, in place of the
 * renderer's "Digest"; `notes` (may be NULL): <li> items of what reading
 * the documents repaired, shown over the digest; `tail` (may be NULL): HTML
 * put at the end of the body; `all_href` (may be NULL): where the
 * sections' hints of what they left out link to (put_without_hints). */
static void digest_page(const char *html, const char *title, const char *head, const char *notes,
                        const char *tail, const char *all_href, answer *out)
{
    static const char body_add[] =
        "\n<nav><a href=\"/\">Stories</a><a href=\"/new\">Summarize articles</a></nav>";
    static const char title_tag[] = "<title>Digest</title>", h1_tag[] = "\n<h1>Digest</h1>";
    const char *h = strstr(html, "<head>");
    const char *b = strstr(html, "<body>");
    if (!h || !b || b < h) {
        answer_take(out, 200, "text/html; charset=utf-8", strdup(html), strlen(html));
        return;
    }
    h += 6;
    b += 6;
    const char *t = title ? strstr(h, title_tag) : NULL;
    if (t && t > b)
        t = NULL;
    int h1 = head && strncmp(b, h1_tag, sizeof h1_tag - 1) == 0;
    page p = {NULL, 0, NULL};
    p.f = open_memstream(&p.buf, &p.len);
    if (!p.f) {
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    fwrite(html, 1, (size_t)(h - html), p.f);
    fputs(HEAD_ADD, p.f);
    if (t) {
        fwrite(h, 1, (size_t)(t - h), p.f);
        fputs("<title>", p.f);
        html_puts(p.f, title);
        fputs(" — precis</title>", p.f);
        h = t + sizeof title_tag - 1;
    }
    fwrite(h, 1, (size_t)(b - h), p.f);
    fputs(body_add, p.f);
    if (notes) {
        fputs("\n<div class=\"error\" role=\"status\">Repaired while reading:<ul>", p.f);
        fputs(notes, p.f);
        fputs("</ul></div>", p.f);
    }
    if (h1) {
        fputc('\n', p.f);
        fputs(head, p.f);
        b += sizeof h1_tag - 1;
    }
    /* the renderer's text is escaped: its only "</body>" is its own */
    const char *end = tail ? strstr(b, "</body>") : NULL;
    char *body = end ? strndup(b, (size_t)(end - b)) : NULL;
    put_without_hints(p.f, body ? body : b, all_href);
    if (body) {
        fputs(tail, p.f);
        fputs(end, p.f);
    }
    free(body);
    if (fclose(p.f) != 0) {
        free(p.buf);
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    answer_take(out, 200, "text/html; charset=utf-8", p.buf, p.len);
}

/* A story's heading: its headline, and the list's line of articles,
 * outlets and dates under it. */
typedef struct story_head {
    const char *digest_head; /* the headline made with the digest shown, or NULL */
    char *title;
    char *html;
    long long articles;
} story_head;

static void one_head(void *ctx, const store_story *st)
{
    story_head *sh = ctx;
    const char *t = sh->digest_head                 ? sh->digest_head
                    : st->headline && *st->headline ? st->headline
                                                    : "(untitled story)";
    size_t n;
    FILE *f = open_memstream(&sh->html, &n);
    if (!f)
        return;
    fputs("<h1 dir=\"auto\"", f);
    lang_attr(f, st, t);
    fputs(">", f);
    html_puts(f, t);
    fputs("</h1>", f);
    story_meta(f, st);
    if (fclose(f) != 0) {
        free(sh->html);
        sh->html = NULL;
        return;
    }
    sh->title = strdup(t);
    sh->articles = st->articles;
}

/* Only web addresses become links (a javascript: URL would run). */
static int web_url(const char *u)
{
    return u && (strncasecmp(u, "http://", 7) == 0 || strncasecmp(u, "https://", 8) == 0);
}

/* One article of a story's list: its title (or first words) linking to its
 * address, its outlet, date and id. */
static int article_item(void *ctx, int64_t seq, const store_article *a)
{
    (void)seq;
    story_list *l = ctx;
    FILE *f = l->f;
    if (l->n++ == l->max)
        return 1;
    char words[STORE_HEADLINE_BYTES + 4];
    const char *t = a->title;
    if (!t || !*t) {
        store_headline(a->text ? a->text : "", a->text ? a->text_len : 0, words);
        t = *words ? words : "(no text)";
    }
    fputs(web_url(a->url) ? "<li><a dir=\"auto\" href=\"" : "<li><span dir=\"auto\"", f);
    if (web_url(a->url))
        html_puts(f, a->url);
    fputs(web_url(a->url) ? "\">" : ">", f);
    html_puts(f, t);
    fputs(web_url(a->url) ? "</a>" : "</span>", f);
    fputs("<div class=\"meta\">", f);
    if (a->source && *a->source) {
        html_puts(f, a->source);
        fputs(" · ", f);
    }
    if (a->date && *a->date) {
        html_puts(f, a->date);
        fputs(" · ", f);
    }
    fputs("id <code>", f);
    html_puts(f, a->id);
    fputs("</code></div></li>\n", f);
    return 0;
}

/* A link to another page of a story's articles (with its whole digest,
 * `all`, when the page has it). */
static void articles_link(FILE *f, long long id, int all, long long limit, long long offset,
                          const char *rel, const char *text)
{
    fputs(" · <a", f);
    if (rel)
        fprintf(f, " rel=\"%s\"", rel);
    fprintf(f, " href=\"/stories/%lld?limit=%lld&amp;offset=%lld%s#articles\">%s</a>", id, limit,
            offset, all ? "&amp;digest=all" : "", text);
}

/* Every article of the story, `limit` to a page, in the order they came:
 * the digest lists only the sources it cites (and the first 12), and near
 * copies of one another as one. */
static char *story_articles(server *sv, long long id, int all, long long total, long long limit,
                            long long offset)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    fprintf(f, "<h2 id=\"articles\">Articles</h2>\n<ol class=\"stories\" start=\"%lld\">\n",
            offset + 1);
    story_list l = {f, 0, limit};
    store_story_article_page(sv->db, id, limit + 1, offset, 1, article_item, &l);
    int more = l.n > limit;
    if (more)
        l.n = limit;
    fputs("</ol>\n<p class=\"meta\">", f);
    if (l.n == 0)
        fprintf(f, "No articles past %lld of %lld", offset, total);
    else
        fprintf(f, "Articles %lld–%lld of %lld, in the order they arrived", offset + 1,
                offset + l.n, total);
    if (offset > 0)
        articles_link(f, id, all, limit, offset > limit ? offset - limit : 0, "prev", "← previous");
    if (more)
        articles_link(f, id, all, limit, offset + limit, "next", "next →");
    if (more || offset > 0)
        articles_link(f, id, all, total > 1000 ? 1000 : total, 0, NULL,
                      total > 1000 ? "the first 1000" : "all");
    fputs("</p>\n", f);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

void page_story(server *sv, const request_in *in, answer *out, long long id)
{
    double since;
    long long limit, offset;
    int largest;
    int all;
    if (parse_list_query(in, &since, &limit, &offset, &largest, out) != 0 ||
        parse_digest_query(in, &all, out) != 0)
        return;
    char *json = NULL, *html = NULL, *head = NULL;
    precis_status why = PRECIS_OK;
    int rc = story_digest(sv, id, all, &json, &html, &head, &why);
    free(json);
    /* the heading is the digest's own lead, whatever came since it was made */
    story_head sh = {head, NULL, NULL, 0};
    int64_t into;
    if (rc == 0 && store_story_moved(sv->db, id, &into) == 1) {
        /* merged into another story (a bookmark, a link sent before the
         * merge): its articles are there now */
        page_error(out, 301, "Moved", "This story was merged into another.");
        snprintf(out->location, sizeof out->location, "/stories/%lld", (long long)into);
    } else if (rc == 0)
        page_error(out, 404, "No such story", "There is no story with this number.");
    else if (rc < 0) {
        char detail[320], reason[160];
        if (rc == -2)
            snprintf(detail, sizeof detail, "The story's digest could not be made: %s.",
                     digest_failure(sv, why, reason, sizeof reason));
        else
            snprintf(detail, sizeof detail, "The story could not be read from the store: %s.",
                     store_error(sv->db));
        page_error(out, 500, "Error", detail);
    } else {
        store_story_get(sv->db, id, 1, one_head, &sh);
        char *arts = sh.title ? story_articles(sv, id, all, sh.articles, limit, offset) : NULL;
        /* the page with every item keeps the page of articles shown */
        char all_href[96];
        int n = snprintf(all_href, sizeof all_href, "?");
        if (in->query_limit)
            n += snprintf(all_href + n, sizeof all_href - (size_t)n, "limit=%lld&amp;", limit);
        if (in->query_offset)
            n += snprintf(all_href + n, sizeof all_href - (size_t)n, "offset=%lld&amp;", offset);
        snprintf(all_href + n, sizeof all_href - (size_t)n, "digest=all");
        digest_page(html, sh.title, sh.title ? sh.html : NULL, NULL, arts, all ? NULL : all_href,
                    out);
        free(arts);
    }
    free(sh.title);
    free(sh.html);
    free(html);
    free(head);
}

/* ---- paste or upload ------------------------------------------------------------- */

/* The summary length the form takes, in words: the input's min and max,
 * the check of what is posted and the error's message all read these, so
 * that the form never offers a length the server refuses, or the reverse. */
#define FORM_WORDS_MIN 1
#define FORM_WORDS_MAX 100000
#define FORM_WORDS_DEFAULT 120

/* 1 when `m` is a method name of the library. */
static int form_method_known(const char *m)
{
    for (size_t i = 0; i < precis_method_count(); i++)
        if (strcmp(precis_method_name(i), m) == 0)
            return 1;
    return 0;
}

/* The paste page.  With an error (`title`, `detail`), the form comes back
 * with the error over it and what was typed in the box and the length
 * kept, so that nothing is lost; a browser keeps no file chosen, so the
 * page asks for those again.  `in` may be NULL (a form refused before it
 * was read: too large, not a form). */
static void form_page(answer *out, unsigned status, const request_in *in, const char *title,
                      const char *detail)
{
    page p;
    if (page_open(&p, title ? title : "Summarize articles") != 0) {
        answer_error(out, 500, "internal", "out of memory");
        return;
    }
    int files = 0;
    for (size_t i = 0; in && i < in->ndocs; i++)
        files |= in->docs[i].name != NULL;
    fputs("<h1>Summarize articles</h1>\n", p.f);
    if (title) {
        fputs("<div class=\"error\" role=\"alert\"><b>", p.f);
        html_puts(p.f, title);
        fputs(":</b> ", p.f);
        html_puts(p.f, detail);
        if (files)
            fputs(" The files chosen are not kept: choose them again.", p.f);
        fputs("</div>\n", p.f);
    }
    fputs("<form method=\"post\" action=\"/new\" enctype=\"multipart/form-data\">\n"
          "<label for=\"text\">Articles, as text or HTML: put a line <code>|||||</code>"
          " between two articles</label>\n"
          /* the newline after the tag: a browser drops the first one of
           * the box's text, which may be the pasted text's own */
          "<textarea id=\"text\" name=\"text\" dir=\"auto\">\n",
          p.f);
    for (size_t i = 0; in && i < in->ndocs; i++)
        if (!in->docs[i].name)
            html_put(p.f, in->docs[i].data, in->docs[i].len);
    fprintf(p.f,
            "</textarea>\n"
            "<label for=\"file\">or upload files (text or HTML pages)</label>\n"
            "<input id=\"file\" type=\"file\" name=\"file\" multiple>\n"
            "<label for=\"words\">Summary length in words (%d to %d)</label>\n"
            "<input id=\"words\" name=\"words\" type=\"number\" min=\"%d\" max=\"%d\" value=\"",
            FORM_WORDS_MIN, FORM_WORDS_MAX, FORM_WORDS_MIN, FORM_WORDS_MAX);
    if (in && in->form_words)
        html_puts(p.f, in->form_words);
    else
        fprintf(p.f, "%d", FORM_WORDS_DEFAULT);
    /* the methods of `precis --list-methods`, the one chosen kept when the
     * form comes back (the default when none or an unknown one was sent) */
    const char *chosen = in && in->form_method && form_method_known(in->form_method)
                             ? in->form_method
                             : precis_default_method();
    fputs("\">\n<label for=\"method\">Method</label>\n<select id=\"method\" name=\"method\">\n",
          p.f);
    for (size_t i = 0; i < precis_method_count(); i++) {
        const char *name = precis_method_name(i);
        fputs("<option value=\"", p.f);
        html_puts(p.f, name);
        fputs(strcmp(name, chosen) == 0 ? "\" selected>" : "\">", p.f);
        html_puts(p.f, name);
        fputs(": ", p.f);
        html_puts(p.f, precis_method_description(i));
        fputs("</option>\n", p.f);
    }
    fputs("</select>\n<p><button type=\"submit\">Summarize</button></p>\n</form>\n", p.f);
    page_close(&p, out, status);
}

void page_new(server *sv, const request_in *in, answer *out)
{
    (void)sv;
    (void)in;
    form_page(out, 200, NULL, NULL, NULL);
}

void page_form_error(answer *out, unsigned status, const char *title, const char *detail)
{
    form_page(out, status, NULL, title, detail);
}

void page_summary(server *sv, const request_in *in, answer *out)
{
    (void)sv;
    precis_options o;
    precis_options_init(&o);
    o.budget = FORM_WORDS_DEFAULT;
    if (in->form_words) {
        char *end;
        errno = 0;
        long v = strtol(in->form_words, &end, 10);
        if (end == in->form_words || *end || errno || v < FORM_WORDS_MIN || v > FORM_WORDS_MAX) {
            char msg[96];
            snprintf(msg, sizeof msg,
                     "the summary length must be a whole number of words from %d to %d.",
                     FORM_WORDS_MIN, FORM_WORDS_MAX);
            form_page(out, 400, in, "Bad length", msg);
            return;
        }
        o.budget = (size_t)v;
    }
    if (in->form_method) {
        if (!form_method_known(in->form_method)) {
            form_page(out, 400, in, "Bad method",
                      "the method must be one of the list (precis --list-methods).");
            return;
        }
        o.method = in->form_method;
    }
    precis_cluster *cl = NULL;
    if (precis_cluster_new(&cl, NULL) != PRECIS_OK) {
        form_page(out, 500, in, "Error", "out of memory.");
        return;
    }
    precis_status st = PRECIS_OK;
    /* what the library repaired (invalid UTF-8: a file saved as Latin-1 or
     * Windows-1252), told on the page as the command line warns */
    char *notes = NULL;
    size_t notes_len = 0;
    FILE *nf = open_memstream(&notes, &notes_len);
    for (size_t i = 0; i < in->ndocs && st == PRECIS_OK; i++) {
        const form_doc *d = &in->docs[i];
        if (d->len == 0)
            continue;
        char why[256];
        if (d->name && precis_looks_binary(d->data, d->len, why, sizeof why)) {
            /* an image, a PDF, a program: refused with its name, as the
             * command line skips it, rather than summarized as letters */
            precis_cluster_free(cl);
            if (nf)
                fclose(nf);
            free(notes);
            char *msg = NULL;
            if (asprintf(&msg, "%s: %s. Upload text or HTML files, or paste the articles' text.",
                         d->name, why) < 0)
                msg = NULL;
            form_page(out, 422, in, "Not text", msg ? msg : why);
            free(msg);
            return;
        }
        precis_error w;
        memset(&w, 0, sizeof w);
        if (d->name) {
            precis_doc_meta meta = {d->name, NULL, NULL, NULL, NULL};
            st = precis_looks_like_html(d->data, d->len)
                     ? precis_cluster_add_html(cl, d->data, d->len, &meta, &o, &w)
                     : precis_cluster_add_document(cl, d->data, d->len, &meta, &o, &w);
        } else
            st = precis_cluster_add_joined(cl, d->data, d->len, "pasted text", &o, &w);
        if (st == PRECIS_OK && w.code != PRECIS_OK && nf) {
            fputs("<li>", nf);
            html_puts(nf, d->name ? d->name : "pasted text");
            fputs(": ", nf);
            html_puts(nf, w.message ? w.message : precis_strerror(w.code));
            fputs("</li>", nf);
        }
    }
    if (nf && fclose(nf) != 0) {
        free(notes);
        notes = NULL;
    }
    if (st != PRECIS_OK || precis_cluster_sentence_count(cl) == 0) {
        precis_cluster_free(cl);
        free(notes);
        form_page(out, st == PRECIS_OK ? 422 : 400, in, "Nothing to summarize",
                  st == PRECIS_OK ? "no sentences were found in what was sent: paste articles"
                                    " or upload text or HTML files."
                                  : precis_strerror(st));
        return;
    }
    precis_summary *sum = NULL;
    precis_digest *dg = NULL;
    char *html = NULL;
    if (precis_summarize(cl, &o, &sum) == PRECIS_OK &&
        precis_digest_new(cl, &o, &dg) == PRECIS_OK &&
        precis_digest_render(dg, sum, PRECIS_FORMAT_HTML, &html, NULL) == PRECIS_OK)
        digest_page(html, NULL, NULL, notes && *notes ? notes : NULL, NULL, NULL, out);
    else
        form_page(out, 500, in, "Error", "the summary could not be made.");
    precis_free(html);
    precis_digest_free(dg);
    precis_summary_free(sum);
    precis_cluster_free(cl);
    free(notes);
}
