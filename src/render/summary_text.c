/* The summary as plain text: one sentence per line. */
#include "render/render.h"

precis_status pc_write_summary_text(const pc_render_in *in, pc_buf *b)
{
    const precis_summary *s = in->summary;
    for (size_t i = 0; i < s->n; i++) {
        pc_buf_add(b, s->items[i].text, s->items[i].len);
        pc_buf_addch(b, '\n');
    }
    return PRECIS_OK;
}
