/* The article of a web page as plain text: its paragraphs, separated by
 * blank lines, and a final line feed (none for an empty text). */
#include "render/render.h"

precis_status pc_write_extracted_text(const pc_render_in *in, pc_buf *b)
{
    size_t len;
    const char *text = precis_extracted_text(in->extracted, &len);
    pc_buf_add(b, text, len);
    if (len)
        pc_buf_addch(b, '\n');
    return PRECIS_OK;
}
