/* The digest of a cluster (quotes, figures, timeline, entities): documents
 * separated by lines "|||||"; each document may open with a line
 * "@DATE" giving its date (the timeline resolves relative dates against
 * it).  The first byte chooses the render format and whether to
 * summarize first.  Checks what include/precis.h promises of the parts. */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "precis.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned a = fuzz_take(&data, &size);
    precis_cluster *c = NULL;
    if (precis_cluster_new(&c, NULL))
        return 0;
    precis_options o;
    precis_options_init(&o);
    const char *p = (const char *)data, *end = p + size;
    char name[16], date[64];
    for (int k = 0; p < end && k < 16; k++) {
        const char *sep = NULL;
        for (const char *q = p; q + 5 <= end; q++)
            if ((q == p || q[-1] == '\n') && !memcmp(q, "|||||", 5)) {
                sep = q;
                break;
            }
        const char *dend = sep ? sep : end;
        precis_doc_meta m = {0};
        snprintf(name, sizeof name, "doc%d", k);
        m.name = name;
        const char *text = p;
        if (text < dend && *text == '@') {
            const char *nl = memchr(text, '\n', (size_t)(dend - text));
            size_t dl = (size_t)((nl ? nl : dend) - text - 1);
            if (dl >= sizeof date)
                dl = sizeof date - 1;
            memcpy(date, text + 1, dl);
            date[dl] = 0;
            m.date = date;
            text = nl ? nl + 1 : dend;
        }
        precis_error warn;
        precis_status st =
            precis_cluster_add_document(c, text, (size_t)(dend - text), &m, &o, &warn);
        if (st == PRECIS_ENOMEM)
            break;
        p = sep ? sep + 5 : end;
    }
    precis_summary *sum = NULL;
    if (a & 4)
        precis_summarize(c, &o, &sum); /* may fail (empty cluster): sum stays NULL */
    precis_digest *d = NULL;
    precis_status st = precis_digest_new(c, NULL, &d);
    FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ENOMEM);
    if (st == PRECIS_OK) {
        size_t ndocs = precis_cluster_document_count(c), nsent = precis_cluster_sentence_count(c);
        for (size_t i = 0; i < precis_digest_quote_count(d); i++) {
            precis_quote q;
            FUZZ_ASSERT(precis_digest_quote(d, i, &q) == PRECIS_OK);
            FUZZ_ASSERT(q.text && strlen(q.text) == q.len && q.doc_count >= 1);
            for (size_t j = 0; j < q.doc_count; j++) {
                FUZZ_ASSERT(q.docs[j] < ndocs);
                FUZZ_ASSERT(j == 0 || q.docs[j - 1] < q.docs[j]);
            }
            FUZZ_ASSERT(q.sentence < nsent);
        }
        for (size_t i = 0; i < precis_digest_figure_group_count(d); i++) {
            precis_figure_group g;
            FUZZ_ASSERT(precis_digest_figure_group(d, i, &g) == PRECIS_OK);
            FUZZ_ASSERT(g.quantity && g.value_count >= 1);
            for (size_t j = 0; j < g.value_count; j++) {
                const precis_figure *f = &g.values[j];
                FUZZ_ASSERT(f->text && !isnan(f->low) && !isnan(f->high) && f->low <= f->high);
                FUZZ_ASSERT(f->doc < ndocs && f->sentence < nsent);
            }
        }
        size_t ne = precis_digest_event_count(d), nn = precis_digest_entity_count(d);
        for (size_t i = 0; i < ne; i++) {
            precis_event ev;
            FUZZ_ASSERT(precis_digest_event(d, i, &ev) == PRECIS_OK);
            FUZZ_ASSERT(ev.expression && ev.doc_count >= 1);
            for (size_t j = 0; j < ev.doc_count; j++)
                FUZZ_ASSERT(ev.docs[j] < ndocs && ev.sentences[j] < nsent);
            if (ev.resolved && ev.precision != PRECIS_DATE_YEAR)
                FUZZ_ASSERT(ev.month >= 1 && ev.month <= 12);
            if (ev.resolved && ev.precision <= PRECIS_DATE_WEEK)
                FUZZ_ASSERT(ev.day >= 1 && ev.day <= 31);
        }
        for (size_t i = 0; i < nn; i++) {
            precis_entity en;
            FUZZ_ASSERT(precis_digest_entity(d, i, &en) == PRECIS_OK);
            FUZZ_ASSERT(en.name && en.name[0]);
            size_t sum = 0;
            for (size_t j = 0; j < ndocs; j++)
                sum += en.mentions[j];
            FUZZ_ASSERT(sum == en.total);
        }
        precis_format fmt = (precis_format)(a % 4);
        char *out = NULL;
        size_t len = 0;
        st = precis_digest_render(d, sum, fmt, &out, &len);
        FUZZ_ASSERT(st == PRECIS_OK || st == PRECIS_ENOMEM);
        if (st == PRECIS_OK)
            FUZZ_ASSERT(out && strlen(out) == len);
        precis_free(out);
        precis_digest_free(d);
    }
    precis_summary_free(sum);
    precis_cluster_free(c);
    return 0;
}
