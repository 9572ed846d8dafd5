/* The output module (src/render/): the escaping helper, the table of
 * formats, and the public writers that front ends use instead of writing
 * JSON themselves (batch lines, extraction). */
#include <string.h>

#include "check.h"
#include "precis.h"
#include "render/escape.h"
#include "render/render.h"
#include "summary.h"

#include <math.h>

static void escapes(void)
{
    pc_buf b = PC_BUF_INIT;
    pc_json_str(&b, "a\"b\\c\nd\te\r\x01 \xC3\xA9", 14);
    CHECK_STR(b.ptr, "\"a\\\"b\\\\c\\nd\\te\\r\\u0001 \xC3\xA9\"");
    pc_buf_reset(&b);
    pc_json_strz(&b, NULL);
    CHECK_STR(b.ptr, "null");
    pc_buf_reset(&b);
    pc_esc_htmlz(&b, "<a href=\"x\">&</a>");
    CHECK_STR(b.ptr, "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    pc_buf_reset(&b);
    pc_esc_csv(&b, "plain");
    pc_buf_addch(&b, ',');
    pc_esc_csv(&b, "with, comma and \"quote\"");
    CHECK_STR(b.ptr, "plain,\"with, comma and \"\"quote\"\"\"");
    CHECK(!b.oom);
    pc_buf_release(&b);
}

/* Markdown: markup characters anywhere, and what would open a block at the
 * start of a line: a heading, a bullet, and an ordered-list marker (a
 * sentence opening "1998. The ..." is no list item 1998). */
static void markdown(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"a *b* [c]_d_", "a \\*b\\* \\[c\\]\\_d\\_"},
        {"# not a heading", "\\# not a heading"},
        {"- not a bullet", "\\- not a bullet"},
        {"1998. The year of the flood.", "1998\\. The year of the flood."},
        {"2) Second", "2\\) Second"},
        {"7.", "7\\."},
        {"1.5 million people fled.", "1.5 million people fled."},
        {"1234567890. Ten digits", "1234567890. Ten digits"},
        {"In 1998. Then", "In 1998. Then"},
        {"12", "12"},
    };
    pc_buf b = PC_BUF_INIT;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pc_buf_reset(&b);
        pc_esc_mdz(&b, cases[i].in);
        CHECK_STR(b.ptr, cases[i].out);
    }
    CHECK(!b.oom);
    pc_buf_release(&b);
}

/* Every format of the public enums has its writer, and no other. */
static void table(void)
{
    for (int f = PRECIS_FORMAT_TEXT; f <= PRECIS_FORMAT_HTML; f++) {
        CHECK(pc_format_find(PC_OUT_SUMMARY, f) != NULL);
        CHECK(pc_format_find(PC_OUT_DIGEST, f) != NULL);
    }
    CHECK(pc_format_find(PC_OUT_EXTRACTED, PRECIS_FORMAT_TEXT) != NULL);
    CHECK(pc_format_find(PC_OUT_EXTRACTED, PRECIS_FORMAT_JSON) != NULL);
    CHECK(pc_format_find(PC_OUT_EXTRACTED, PRECIS_FORMAT_HTML) == NULL);
    CHECK(pc_format_find(PC_OUT_BATCH_LINE, 0) != NULL);
    for (int f = PRECIS_ROUGE_TEXT; f <= PRECIS_ROUGE_CSV; f++)
        CHECK(pc_format_find(PC_OUT_ROUGE, f) != NULL);
    CHECK(pc_format_find(PC_OUT_SUMMARY, PRECIS_FORMAT_HTML + 1) == NULL);
    CHECK(pc_format_find(PC_OUT_ROUGE, PRECIS_ROUGE_CSV + 1) == NULL);
    /* names: every summary format has one, numbered without gaps */
    precis_format f = PRECIS_FORMAT_TEXT;
    CHECK_STR(precis_format_name(PRECIS_FORMAT_MARKDOWN), "markdown");
    CHECK(precis_format_name((precis_format)(PRECIS_FORMAT_HTML + 1)) == NULL);
    CHECK(precis_format_from_name("html", &f) == PRECIS_OK && f == PRECIS_FORMAT_HTML);
    CHECK(precis_format_from_name("md", &f) == PRECIS_OK && f == PRECIS_FORMAT_MARKDOWN);
    CHECK(precis_format_from_name("pdf", &f) == PRECIS_EINVAL && f == PRECIS_FORMAT_MARKDOWN);
    for (int i = PRECIS_FORMAT_TEXT; i <= PRECIS_FORMAT_HTML; i++)
        CHECK(precis_format_from_name(precis_format_name((precis_format)i), &f) == PRECIS_OK &&
              f == (precis_format)i);
}

static const char doc1[] = "The council approved the new harbour wall on Monday after a long "
                           "debate. The mayor called the wall \"a promise kept\" for the town.\n";
static const char doc2[] = "Work on the harbour wall will start in May, the mayor said on "
                           "Monday. The wall will cost 4 million euros.\n";

/* The summary of doc1 and doc2 in at most 4 sentences, its cluster in *c. */
static precis_summary *summary_of_docs(precis_cluster **c)
{
    *c = NULL;
    CHECK(precis_cluster_new(c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(*c, doc1, strlen(doc1), NULL, NULL, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(*c, doc2, strlen(doc2), NULL, NULL, NULL) == PRECIS_OK);
    precis_options o;
    precis_options_init(&o);
    o.unit = PRECIS_UNIT_SENTENCES;
    o.budget = 4;
    precis_summary *s = NULL;
    CHECK(precis_summarize(*c, &o, &s) == PRECIS_OK);
    return s;
}

static void batch_line(void)
{
    precis_cluster *c;
    precis_summary *s = summary_of_docs(&c);
    char *line = NULL;
    size_t len = 0;
    CHECK(precis_summary_render_line(s, "\"c-1\"", &line, &len) == PRECIS_OK);
    CHECK(line && len == strlen(line) && line[len - 1] == '\n');
    CHECK(line && strncmp(line, "{\"id\": \"c-1\", \"summary\": \"", 26) == 0);
    /* sentences joined by an escaped line feed, quotes escaped */
    CHECK(line && strstr(line, "\\n") != NULL && strchr(line, '\n') == line + len - 1);
    CHECK(line && strstr(line, "\\\"a promise kept\\\"") != NULL);
    precis_free(line);
    CHECK(precis_summary_render_line(s, NULL, &line, NULL) == PRECIS_OK);
    CHECK(line && strncmp(line, "{\"id\": null, ", 13) == 0);
    precis_free(line);
    CHECK(precis_summary_render_line(NULL, NULL, &line, NULL) == PRECIS_EINVAL);
    CHECK(precis_summary_render(s, (precis_format)99, &line, NULL) == PRECIS_EINVAL);
    CHECK(line == NULL);
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* JSON has no infinity: a score of -HUGE_VAL (a sentence ranked "never")
 * is written null, and the object stays valid */
static void json_score_infinite(void)
{
    precis_cluster *c;
    precis_summary *s = summary_of_docs(&c);
    CHECK(s && s->n >= 1);
    if (s && s->n >= 1)
        s->items[0].score = -HUGE_VAL;
    char *out = NULL;
    CHECK(precis_summary_render(s, PRECIS_FORMAT_JSON, &out, NULL) == PRECIS_OK);
    CHECK(out && strstr(out, "\"score\": null") != NULL);
    CHECK(out && strstr(out, "inf") == NULL);
    precis_free(out);
    precis_summary_free(s);
    precis_cluster_free(c);
}

static void extracted(void)
{
    static const char page[] = "<html><head><title>Wall &amp; harbour</title></head><body>"
                               "<article><p>The council approved the new harbour wall on "
                               "Monday after a long debate about its cost.</p></article>"
                               "</body></html>";
    precis_extracted *x = NULL;
    CHECK(precis_html_extract(page, strlen(page), NULL, &x, NULL) == PRECIS_OK);
    char *out = NULL;
    size_t len = 0;
    CHECK(precis_extracted_render(x, PRECIS_FORMAT_TEXT, &out, &len) == PRECIS_OK);
    size_t tl;
    const char *text = precis_extracted_text(x, &tl);
    CHECK(out && tl > 0 && len == tl + 1 && memcmp(out, text, tl) == 0 && out[tl] == '\n');
    precis_free(out);
    CHECK(precis_extracted_render(x, PRECIS_FORMAT_JSON, &out, &len) == PRECIS_OK);
    CHECK(out && strncmp(out, "{\"text\": \"The council", 21) == 0);
    CHECK(out && strstr(out, "\"title\": \"Wall & harbour\"") != NULL);
    CHECK(out && strstr(out, "\"byline\": null") != NULL);
    precis_free(out);
    CHECK(precis_extracted_render(x, PRECIS_FORMAT_MARKDOWN, &out, &len) == PRECIS_EINVAL);
    CHECK(out == NULL);
    precis_extracted_free(x);
    CHECK(precis_extracted_render(NULL, PRECIS_FORMAT_TEXT, &out, &len) == PRECIS_EINVAL);
}

/* "1 more quote", "2 more quotes", "1 timeline entry": the singular of
 * the plural nouns the digest's hints use, for one. */
static void check_noun_for(void)
{
    char b[32];
    CHECK(strcmp(pc_noun_for(1, "quotes", b, sizeof b), "quote") == 0);
    CHECK(strcmp(pc_noun_for(2, "quotes", b, sizeof b), "quotes") == 0);
    CHECK(strcmp(pc_noun_for(0, "names", b, sizeof b), "names") == 0);
    CHECK(strcmp(pc_noun_for(1, "timeline entries", b, sizeof b), "timeline entry") == 0);
    CHECK(strcmp(pc_noun_for(1, "figure groups", b, sizeof b), "figure group") == 0);
    CHECK(strcmp(pc_noun_for(1, "figure groups", b, 4), "figure groups") == 0); /* no room */
}

int main(void)
{
    check_noun_for();
    escapes();
    markdown();
    table();
    batch_line();
    json_score_infinite();
    extracted();
    return check_done();
}
