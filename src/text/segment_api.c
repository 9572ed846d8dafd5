/* Public entry points of the sentence segmenter (precis.h). */
#include "precis.h"
#include "text/segment.h"

PRECIS_API precis_status precis_segment(const char *text, size_t len, precis_span_fn emit,
                                        void *ctx)
{
    if ((!text && len) || !emit)
        return PRECIS_EINVAL;
    return pc_segment(text, len, 0, emit, ctx) ? PRECIS_EINVAL : PRECIS_OK;
}

PRECIS_API precis_status precis_segment_language(const char *text, size_t len, const char *language,
                                                 precis_span_fn emit, void *ctx)
{
    if ((!text && len) || !emit)
        return PRECIS_EINVAL;
    return pc_segment_lang(text, len, 0, pc_lang_find(language), emit, ctx) ? PRECIS_EINVAL
                                                                            : PRECIS_OK;
}
