/* The article of a web page as one JSON line: text and metadata, null when
 * the page gives none (docs/extraction.md). */
#include "render/render.h"

precis_status pc_write_extracted_json(const pc_render_in *in, pc_buf *b)
{
    const precis_extracted *x = in->extracted;
    pc_buf_adds(b, "{\"text\": ");
    pc_json_strz(b, precis_extracted_text(x, NULL));
    pc_buf_adds(b, ", \"title\": ");
    pc_json_strz(b, precis_extracted_title(x));
    pc_buf_adds(b, ", \"byline\": ");
    pc_json_strz(b, precis_extracted_byline(x));
    pc_buf_adds(b, ", \"date\": ");
    pc_json_strz(b, precis_extracted_date(x));
    pc_buf_adds(b, ", \"site\": ");
    pc_json_strz(b, precis_extracted_site(x));
    pc_buf_adds(b, ", \"url\": ");
    pc_json_strz(b, precis_extracted_url(x));
    pc_buf_adds(b, "}\n");
    return PRECIS_OK;
}
