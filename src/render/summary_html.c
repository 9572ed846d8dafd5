/* The summary as one self-contained HTML page: sentences with source
 * markers and the source list (the page's parts are html_page.c). */
#include "render/render.h"

precis_status pc_write_summary_html(const pc_render_in *in, pc_buf *b)
{
    pc_html_page_start(in->summary->c, in->summary, "Summary", b, in->docs);
    pc_buf_adds(b, "</body></html>\n");
    return PRECIS_OK;
}
