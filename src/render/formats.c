/* The table of output formats: one line per format of each product.  The
 * public entry points (render.c) look writers up here; nothing else
 * dispatches on a format. */
#include "render/render.h"

#include <string.h>

static const pc_format formats[] = {
    {PC_OUT_SUMMARY, PRECIS_FORMAT_TEXT, "text", pc_write_summary_text},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_MARKDOWN, "markdown", pc_write_summary_markdown},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_JSON, "json", pc_write_summary_json},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_HTML, "html", pc_write_summary_html},
    {PC_OUT_SUMMARY, PRECIS_FORMAT_MARKDOWN, "md", pc_write_summary_markdown}, /* alias */
    /* a digest has no plain-text form: "text" gives the Markdown */
    {PC_OUT_DIGEST, PRECIS_FORMAT_TEXT, "text", pc_write_digest_markdown},
    {PC_OUT_DIGEST, PRECIS_FORMAT_MARKDOWN, "markdown", pc_write_digest_markdown},
    {PC_OUT_DIGEST, PRECIS_FORMAT_JSON, "json", pc_write_digest_json},
    {PC_OUT_DIGEST, PRECIS_FORMAT_HTML, "html", pc_write_digest_html},
    {PC_OUT_EXTRACTED, PRECIS_FORMAT_TEXT, "text", pc_write_extracted_text},
    {PC_OUT_EXTRACTED, PRECIS_FORMAT_JSON, "json", pc_write_extracted_json},
    {PC_OUT_BATCH_LINE, PRECIS_FORMAT_TEXT, "text", pc_write_batch_line},
    {PC_OUT_BATCH_LINE, PRECIS_FORMAT_JSON, "json", pc_write_batch_json_line},
    {PC_OUT_ROUGE, PRECIS_ROUGE_TEXT, "text", pc_write_rouge_text},
    {PC_OUT_ROUGE, PRECIS_ROUGE_JSON, "json", pc_write_rouge_json},
    {PC_OUT_ROUGE, PRECIS_ROUGE_CSV, "csv", pc_write_rouge_csv},
    {PC_OUT_STORY, 0, "json", pc_write_story_json},
};

/* The names of the summary's formats are the names of precis_format: the
 * first line of a code gives its name, later ones are aliases. */
PRECIS_API const char *precis_format_name(precis_format format)
{
    const pc_format *f = pc_format_find(PC_OUT_SUMMARY, (int)format);
    return f ? f->name : NULL;
}

PRECIS_API precis_status precis_format_from_name(const char *name, precis_format *out)
{
    for (size_t i = 0; name && out && i < sizeof formats / sizeof formats[0]; i++)
        if (formats[i].product == PC_OUT_SUMMARY && strcmp(formats[i].name, name) == 0) {
            *out = (precis_format)formats[i].code;
            return PRECIS_OK;
        }
    return PRECIS_EINVAL;
}

const pc_format *pc_format_find(pc_product product, int format)
{
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (formats[i].product == product && formats[i].code == format)
            return &formats[i];
    return NULL;
}
