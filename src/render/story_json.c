/* A story of a stream as one JSON line (precis_stream_story_json), in the
 * shape `precis batch` and `precis digest` read: {"id", "story", "articles",
 * ["omitted",] "first", "last", "title", "terms", "documents": [{"text", "id", "title",
 * "date", "source", "url"}, ...]} ("text" left out under --no-text).  Read
 * through the public stream accessors. */
#include "render/render.h"
#include "stories/stories.h"

/* A field of a document's object, after a comma when one came before. */
static void doc_field(pc_buf *b, int *n, const char *name, const char *v)
{
    if (!v)
        return;
    pc_buf_addf(b, "%s\"%s\": ", *n ? ", " : "", name);
    pc_json_strz(b, v);
    *n = 1;
}

static void field(pc_buf *b, const char *name, const char *v)
{
    int n = 1;
    doc_field(b, &n, name, v);
}

precis_status pc_write_story_json(const pc_render_in *in, pc_buf *b)
{
    precis_story st;
    if (precis_stream_story(in->stream, in->story, &st))
        return PRECIS_EINVAL;
    char first[40], last[40];
    pc_time_format(st.first_time, first);
    pc_time_format(st.last_time, last);
    pc_buf_addf(b, "{\"id\": \"story-%llu\", \"story\": %llu, \"articles\": %zu",
                (unsigned long long)st.id, (unsigned long long)st.id, st.article_count);
    if (st.kept_count < st.article_count) /* max_story_articles: the middle left out */
        pc_buf_addf(b, ", \"omitted\": %zu", st.article_count - st.kept_count);
    if (st.first_time == 0 && st.last_time == 0) /* articles without dates only */
        pc_buf_adds(b, ", \"first\": null, \"last\": null");
    else {
        field(b, "first", first);
        field(b, "last", last);
    }
    field(b, "title", st.title);
    pc_buf_adds(b, ", \"terms\": [");
    for (size_t i = 0; i < st.term_count; i++) {
        if (i)
            pc_buf_adds(b, ", ");
        pc_json_strz(b, st.terms[i]);
    }
    pc_buf_adds(b, "], \"documents\": [");
    for (size_t i = 0; i < st.kept_count; i++) {
        precis_stream_article a;
        if (precis_stream_story_article(in->stream, in->story, i, &a))
            return PRECIS_EINVAL;
        /* without the texts (--no-text) a document is its metadata alone:
         * an empty "text" would read as an empty article */
        pc_buf_adds(b, i ? ", {" : "{");
        int n = 0;
        if (a.text) {
            pc_buf_adds(b, "\"text\": \"");
            pc_esc_json(b, a.text, a.len);
            pc_buf_addch(b, '"');
            n = 1;
        }
        doc_field(b, &n, "id", a.id);
        doc_field(b, &n, "title", a.title);
        doc_field(b, &n, "date", a.date);
        doc_field(b, &n, "source", a.source);
        doc_field(b, &n, "url", a.url);
        pc_buf_addch(b, '}');
    }
    pc_buf_adds(b, "]}");
    return PRECIS_OK;
}
