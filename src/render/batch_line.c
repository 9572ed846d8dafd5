/* The output lines of `precis batch`, one per cluster, with the id written
 * as the JSON text it was read as:
 * - {"id": ..., "summary": "..."}, the sentences joined by \n (the default);
 * - with -f json, the summary's JSON (summary_json.c) on one line with the
 *   id first, {"id": ..., "method": ..., "sentences": [...], "documents":
 *   [...]}, so that a program reading batch's output traces each sentence
 *   to its source (session 40).  The CLI and the packed results
 *   (precis_summarize_line, for the Python package) both take it from here:
 *   one writer of that line. */
#include "render/render.h"

precis_status pc_write_batch_line(const pc_render_in *in, pc_buf *b)
{
    const precis_summary *s = in->summary;
    pc_buf_adds(b, "{\"id\": ");
    pc_buf_adds(b, in->id ? in->id : "null");
    pc_buf_adds(b, ", \"summary\": \"");
    for (size_t i = 0; i < s->n; i++) {
        if (i)
            pc_buf_adds(b, "\\n");
        pc_esc_json(b, s->items[i].text, s->items[i].len);
    }
    pc_buf_adds(b, "\"}\n");
    return PRECIS_OK;
}

/* The summary's JSON breaks lines only between values (a string holds no
 * raw line feed), so joining its lines gives the same JSON: ",\n  {"
 * reads ", {", "[\n  {" reads "[{"; the indentation goes. */
precis_status pc_write_batch_json_line(const pc_render_in *in, pc_buf *b)
{
    pc_buf j;
    pc_buf_init(&j, NULL);
    precis_status st = pc_write_summary_json(in, &j);
    if (!st && j.oom)
        st = PRECIS_ENOMEM;
    if (st) {
        pc_buf_release(&j);
        return st;
    }
    const char *t = j.ptr;
    size_t len = j.len, start = b->len;
    pc_buf_adds(b, "{\"id\": ");
    pc_buf_adds(b, in->id ? in->id : "null");
    if (len > 1 && t[0] == '{' && t[1] != '}')
        pc_buf_adds(b, ", ");
    size_t run = 1; /* the first byte of the text not yet copied */
    for (size_t i = 1; i < len; i++) {
        if (t[i] != '\n')
            continue;
        pc_buf_add(b, t + run, i - run);
        int comma = t[i - 1] == ',';
        while (i + 1 < len && t[i + 1] == ' ')
            i++;
        if (comma && i + 1 < len)
            pc_buf_addch(b, ' ');
        run = i + 1;
    }
    if (run < len)
        pc_buf_add(b, t + run, len - run);
    while (b->len > start && b->ptr[b->len - 1] == '\n')
        b->len--;
    pc_buf_addch(b, '\n');
    pc_buf_release(&j);
    return PRECIS_OK;
}
