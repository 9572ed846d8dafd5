/* The table of output formats: one line per format of each product.  The
 * public entry points (render.c) look writers up here; nothing else
 * dispatches on a format. */
#include "render/render.h"

static const pc_format formats[] = {
    {PC_OUT_SUMMARY, PRECIS_FORMAT_TEXT, "text", pc_write_summary_text},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_MARKDOWN, "markdown", pc_write_summary_markdown},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_JSON, "json", pc_write_summary_json},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_HTML, "html", pc_write_summary_html},
    /* a digest has no plain-text form: "text" gives the Markdown */
    {PC_OUT_DIGEST, PRECIS_FORMAT_TEXT, "text", pc_write_digest_markdown},
    {PC_OUT_DIGEST, PRECIS_FORMAT_MARKDOWN, "markdown", pc_write_digest_markdown},
    {PC_OUT_DIGEST, PRECIS_FORMAT_JSON, "json", pc_write_digest_json},
    {PC_OUT_DIGEST, PRECIS_FORMAT_HTML, "html", pc_write_digest_html},
    {PC_OUT_EXTRACTED, PRECIS_FORMAT_TEXT, "text", pc_write_extracted_text},
    {PC_OUT_EXTRACTED, PRECIS_FORMAT_JSON, "json", pc_write_extracted_json},
    {PC_OUT_BATCH_LINE, 0, "json", pc_write_batch_line},
    {PC_OUT_ROUGE, PRECIS_ROUGE_TEXT, "text", pc_write_rouge_text},
    {PC_OUT_ROUGE, PRECIS_ROUGE_JSON, "json", pc_write_rouge_json},
    {PC_OUT_ROUGE, PRECIS_ROUGE_CSV, "csv", pc_write_rouge_csv},
};

const pc_format *pc_format_find(pc_product product, int format)
{
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (formats[i].product == product && formats[i].code == format)
            return &formats[i];
    return NULL;
}
