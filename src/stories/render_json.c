/* The JSON line of a story (precis_stream_story_json), in the shape
 * `precis batch` and `precis digest` read.  Kept apart from the clustering
 * so that it can join the other renderers. */
#include <string.h>

#include "stories/stories.h"
#include "util/buf.h"

static void field(pc_buf *b, const char *name, const char *v)
{
    if (!v)
        return;
    pc_buf_addf(b, ", \"%s\": \"", name);
    pc_buf_add_json_str(b, v, strlen(v));
    pc_buf_addch(b, '"');
}

precis_status precis_stream_story_json(const precis_stream *s, uint64_t id, char **out,
                                       size_t *len)
{
    precis_story st;
    if (!out || precis_stream_story(s, id, &st))
        return PRECIS_EINVAL;
    pc_buf b;
    pc_buf_init(&b, NULL);
    char first[40], last[40];
    st_format_time(st.first_time, first);
    st_format_time(st.last_time, last);
    pc_buf_addf(&b, "{\"id\": \"story-%llu\", \"story\": %llu, \"articles\": %zu", 
                (unsigned long long)st.id, (unsigned long long)st.id, st.article_count);
    field(&b, "first", first);
    field(&b, "last", last);
    field(&b, "title", st.title);
    pc_buf_adds(&b, ", \"terms\": [");
    for (size_t i = 0; i < st.term_count; i++) {
        pc_buf_adds(&b, i ? ", \"" : "\"");
        pc_buf_add_json_str(&b, st.terms[i], strlen(st.terms[i]));
        pc_buf_addch(&b, '"');
    }
    pc_buf_adds(&b, "], \"documents\": [");
    for (size_t i = 0; i < st.kept_count; i++) {
        precis_stream_article a;
        precis_stream_story_article(s, id, i, &a);
        pc_buf_adds(&b, i ? ", {\"text\": \"" : "{\"text\": \"");
        if (a.text)
            pc_buf_add_json_str(&b, a.text, a.len);
        pc_buf_addch(&b, '"');
        field(&b, "id", a.id);
        field(&b, "title", a.title);
        field(&b, "date", a.date);
        field(&b, "source", a.source);
        field(&b, "url", a.url);
        pc_buf_addch(&b, '}');
    }
    pc_buf_adds(&b, "]}");
    return pc_buf_finish(&b, out, len);
}
