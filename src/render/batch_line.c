/* One output line of `precis batch`: {"id": ..., "summary": "..."} with the
 * sentences joined by \n and the id written as the JSON text it was read
 * as. */
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
