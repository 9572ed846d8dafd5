/* Packed results (render/packed.c): precis_summarize_documents and
 * precis_summarize_line give, in one buffer, what the staged calls give
 * (texts, documents, offsets, scores, sources, batch's line); the buffer is
 * filled only when it is large enough; a document after a dropped near copy
 * is found at its position in the input; pages, repairs and errors are
 * reported per document. */
#include "check.h"
#include "precis.h"

/* A made-up story and a second article on it. */
static const char STORY[] =
    "The river Aldane burst its banks near the town of Vesk on Tuesday night, flooding three "
    "villages and cutting the main road to the coast.\n\n"
    "Rescue teams in boats reached the village of Orma at dawn and took more than two hundred "
    "people to a school on higher ground.\n\n"
    "The regional governor, Tomas Ferel, said the water had risen faster than at any time since "
    "records began in 1911.\n\n"
    "Engineers were checking the dam upstream at Lorn, which held, and the weather office said "
    "more rain was expected on Thursday.\n\n"
    "Farmers said the flood came two weeks before the harvest and that most of the maize in the "
    "valley was under water.\n";
/* STORY run by another outlet under its own first line: a near copy. */
static const char COPY_HEAD[] = "VESK (Wire) -\n\n";
static const char OTHER[] =
    "Caf\xc3\xa9 owners in Vesk \xe2\x80\x94 the worst hit \xe2\x80\x94 counted their losses on "
    "Wednesday as the water of the Aldane slowly went down.\n\n"
    "A volunteer from the Red Cross said nine hundred people had slept in the school at Orma "
    "and in two churches near the station.\n\n"
    "The national weather office warned that the ground could take no more rain and that the "
    "river would rise again if the storm arrived on Thursday.\n";

static uint64_t u64_at(const char *buf, uint64_t off)
{
    uint64_t v;
    memcpy(&v, buf + off, sizeof v);
    return v;
}

static precis_packed header(const char *buf)
{
    precis_packed h;
    memcpy(&h, buf, sizeof h);
    return h;
}

static precis_packed_sentence record(const char *buf, size_t i)
{
    precis_packed_sentence r;
    memcpy(&r, buf + sizeof(precis_packed) + i * sizeof r, sizeof r);
    return r;
}

static void options(precis_options *o)
{
    precis_options_init(o);
    o->unit = PRECIS_UNIT_SENTENCES;
    o->budget = 12;
}

/* Every sentence of a packed result against the staged calls on the same
 * cluster. */
static void test_same_as_staged_calls(void)
{
    const char *texts[] = {STORY, OTHER};
    precis_document docs[2];
    memset(docs, 0, sizeof docs);
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (size_t i = 0; i < 2; i++) {
        docs[i].text = texts[i];
        docs[i].len = strlen(texts[i]);
        CHECK(precis_cluster_add_document(c, texts[i], strlen(texts[i]), NULL, NULL, NULL) ==
              PRECIS_OK);
    }
    precis_options o;
    options(&o);
    precis_summary *s;
    CHECK(precis_summarize(c, &o, &s) == PRECIS_OK);
    static char buf[1 << 16];
    size_t len = 0;
    precis_error err;
    CHECK(precis_summarize_documents(docs, 2, &o, buf, sizeof buf, &len, &err) == PRECIS_OK);
    precis_packed h = header(buf);
    CHECK(h.size == len && len <= sizeof buf);
    CHECK(h.count == precis_summary_count(s) && h.count > 2);
    CHECK(h.documents == 2 && h.inputs == 2 && h.warning_count == 0);
    CHECK(h.id_len == 0 && h.line_len == 0);
    char *text;
    size_t tlen;
    CHECK(precis_summary_render(s, PRECIS_FORMAT_TEXT, &text, &tlen) == PRECIS_OK);
    CHECK(h.text_len + 1 == tlen && memcmp(buf + h.text, text, h.text_len) == 0);
    precis_free(text);
    for (size_t i = 0; i < h.count; i++) {
        precis_sentence want;
        CHECK(precis_summary_sentence(s, i, &want) == PRECIS_OK);
        precis_packed_sentence r = record(buf, i);
        CHECK(r.len == want.len && memcmp(buf + r.text, want.text, want.len) == 0);
        CHECK(r.text >= h.text && r.text + r.len <= h.text + h.text_len);
        CHECK(r.doc == want.doc && r.input == want.doc); /* no copy: the same */
        CHECK(r.start == want.start && r.end == want.end);
        CHECK(r.score == want.score && r.flags == 0);
        CHECK(r.source_count == want.also_count + 1);
        int has_doc = 0;
        for (size_t k = 0; k < r.source_count; k++) {
            uint64_t d = u64_at(buf, r.sources + 8 * k);
            has_doc |= d == want.doc;
            CHECK(k == 0 || d > u64_at(buf, r.sources + 8 * (k - 1))); /* ascending */
        }
        CHECK(has_doc);
    }
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* Size-then-fill: a buffer too small is left alone and the size needed
 * given; a buffer of that size gets the same result. */
static void test_size_then_fill(void)
{
    precis_document d;
    memset(&d, 0, sizeof d);
    d.text = STORY;
    d.len = strlen(STORY);
    size_t need = 0, len = 0;
    CHECK(precis_summarize_documents(&d, 1, NULL, NULL, 0, &need, NULL) == PRECIS_OK);
    CHECK(need > sizeof(precis_packed));
    char *small = malloc(need - 1), *exact = malloc(need);
    memset(small, 'x', need - 1);
    CHECK(precis_summarize_documents(&d, 1, NULL, small, need - 1, &len, NULL) == PRECIS_OK);
    CHECK(len == need && small[0] == 'x' && small[need - 2] == 'x');
    CHECK(precis_summarize_documents(&d, 1, NULL, exact, need, &len, NULL) == PRECIS_OK);
    CHECK(len == need && header(exact).size == need);
    free(small);
    free(exact);
    /* no document: an empty summary */
    char buf[512];
    CHECK(precis_summarize_documents(NULL, 0, NULL, buf, sizeof buf, &len, NULL) == PRECIS_OK);
    CHECK(header(buf).count == 0 && header(buf).inputs == 0 && header(buf).text_len == 0);
    CHECK(precis_summarize_documents(NULL, 1, NULL, buf, sizeof buf, &len, NULL) == PRECIS_EINVAL);
    CHECK(precis_summarize_documents(&d, 1, NULL, buf, sizeof buf, NULL, NULL) == PRECIS_EINVAL);
    CHECK(precis_summarize_documents(&d, 1, NULL, NULL, 10, &len, NULL) == PRECIS_EINVAL);
}

/* Code points (UTF-8 lead bytes) of text[0..n). */
static uint64_t code_points(const char *text, size_t n)
{
    uint64_t cp = 0;
    for (size_t i = 0; i < n; i++)
        cp += ((unsigned char)text[i] & 0xC0) != 0x80;
    return cp;
}

/* The first word of text[0..len) (ASCII letters and digits). */
static size_t first_word(const char *text, size_t len, char *out, size_t cap)
{
    size_t i = 0, n = 0;
    while (i < len && !((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z'))
        i++;
    while (i < len && n + 1 < cap && (((text[i] | 32) >= 'a' && (text[i] | 32) <= 'z')))
        out[n++] = text[i++];
    out[n] = '\0';
    return n;
}

/* A copy of the first document is dropped at ingest: the third document is
 * the cluster's second, and its sentences' offsets are in the third input
 * (an index by cluster position would read them in the copy). */
static void test_offsets_of_a_document_after_a_dropped_copy(void)
{
    char copy[sizeof COPY_HEAD + sizeof STORY];
    snprintf(copy, sizeof copy, "%s%s", COPY_HEAD, STORY);
    const char *texts[] = {STORY, copy, OTHER};
    precis_document docs[3];
    memset(docs, 0, sizeof docs);
    for (size_t i = 0; i < 3; i++) {
        docs[i].text = texts[i];
        docs[i].len = strlen(texts[i]);
    }
    precis_options o;
    options(&o);
    static char buf[1 << 16];
    size_t len;
    CHECK(precis_summarize_documents(docs, 3, &o, buf, sizeof buf, &len, NULL) == PRECIS_OK);
    precis_packed h = header(buf);
    CHECK(h.documents == 2 && h.inputs == 3);
    size_t from_other = 0, moved = 0;
    for (size_t i = 0; i < h.count; i++) {
        precis_packed_sentence r = record(buf, i);
        CHECK((r.doc == 0 && r.input == 0) || (r.doc == 1 && r.input == 2));
        from_other += r.input == 2;
        const char *in = texts[r.input];
        CHECK(r.start < r.end && r.end <= strlen(in));
        CHECK(r.cstart == code_points(in, r.start) && r.cend == code_points(in, r.end));
        moved += r.cstart != r.start;
        char a[32], b[32];
        first_word(buf + r.text, r.len, a, sizeof a);
        first_word(in + r.start, r.end - r.start, b, sizeof b);
        CHECK_STR(b, a);
    }
    CHECK(from_other > 0);
    CHECK(moved > 0); /* after "é" and "—": characters are not bytes */
    /* the same from a JSON line (line feeds escaped) */
    char line[4096];
    size_t n = 0;
    n += (size_t)snprintf(line + n, sizeof line - n, "{\"id\": 7, \"documents\": [");
    for (size_t i = 0; i < 3; i++) {
        line[n++] = '"';
        for (const char *p = texts[i]; *p; p++) {
            if (*p == '\n') {
                line[n++] = '\\';
                line[n++] = 'n';
            } else {
                line[n++] = *p;
            }
        }
        line[n++] = '"';
        if (i < 2)
            line[n++] = ',';
    }
    n += (size_t)snprintf(line + n, sizeof line - n, "]}");
    static char lbuf[1 << 16];
    CHECK(precis_summarize_line(line, n, &o, lbuf, sizeof lbuf, &len, NULL) == PRECIS_OK);
    precis_packed hl = header(lbuf);
    CHECK(hl.documents == 2 && hl.inputs == 3 && hl.count == h.count);
    for (size_t i = 0; i < hl.count && i < h.count; i++) {
        precis_packed_sentence r = record(lbuf, i), q = record(buf, i);
        CHECK(r.input == q.input && r.start == q.start && r.end == q.end);
        CHECK(r.cstart == q.cstart && r.cend == q.cend);
    }
}

/* The summary of one JSON line through the staged calls, its cluster and
 * id in *c and *id. */
static precis_summary *summarize_json_line(const char *line, precis_cluster **c, char **id)
{
    precis_error err;
    CHECK(precis_cluster_from_json(line, strlen(line), NULL, NULL, c, id, &err) == PRECIS_OK);
    precis_summary *s = NULL;
    CHECK(precis_summarize(*c, NULL, &s) == PRECIS_OK);
    return s;
}

/* A JSON line: its id and batch's line, as precis_cluster_from_json and
 * precis_summary_render_line give them; errors as from_json's. */
static void test_line(void)
{
    const char line[] = "{\"id\": {\"n\": [1, \"a\"]}, \"documents\": [\"The river Aldane burst "
                        "its banks near Vesk. Rescue teams reached Orma at dawn.\", {\"text\": "
                        "\"The governor said the water rose fast. Engineers checked the dam "
                        "at Lorn.\", \"source\": \"Gazette\"}]}";
    precis_cluster *c;
    char *id;
    precis_error err;
    precis_summary *s = summarize_json_line(line, &c, &id);
    char *want;
    size_t wlen;
    CHECK(precis_summary_render_line(s, id, &want, &wlen) == PRECIS_OK);
    static char buf[1 << 14];
    size_t len;
    CHECK(precis_summarize_line(line, strlen(line), NULL, buf, sizeof buf, &len, &err) ==
          PRECIS_OK);
    precis_packed h = header(buf);
    CHECK(h.id_len == strlen(id) && memcmp(buf + h.id, id, h.id_len) == 0);
    CHECK(h.line_len == wlen && memcmp(buf + h.line, want, wlen) == 0);
    CHECK(h.count == precis_summary_count(s) && h.documents == 2 && h.inputs == 2);
    precis_free(want);
    precis_free(id);
    precis_summary_free(s);
    precis_cluster_free(c);
    /* a line without id: none */
    const char noid[] = "{\"documents\": [\"One short text about a flood.\"]}";
    CHECK(precis_summarize_line(noid, strlen(noid), NULL, buf, sizeof buf, &len, NULL) ==
          PRECIS_OK);
    CHECK(header(buf).id_len == 0);
    CHECK(memcmp(buf + header(buf).line, "{\"id\": null, ", 13) == 0);
    /* errors */
    const char bad[] = "{\"documents\": [\"a\", }";
    CHECK(precis_summarize_line(bad, strlen(bad), NULL, buf, sizeof buf, &len, &err) ==
          PRECIS_EPARSE);
    CHECK(err.code == PRECIS_EPARSE && err.offset > 0 && strstr(err.message, "invalid JSON"));
    precis_options o;
    precis_options_init(&o);
    o.method = "no-such-method";
    CHECK(precis_summarize_line(noid, strlen(noid), &o, buf, sizeof buf, &len, &err) ==
          PRECIS_EMETHOD);
    CHECK(err.code == PRECIS_EMETHOD);
    CHECK(precis_summarize_line(noid, strlen(noid), NULL, buf, sizeof buf, NULL, NULL) ==
          PRECIS_EINVAL);
}

/* opts->line_format PRECIS_FORMAT_JSON packs the line of `precis batch -f
 * json` (precis_summary_render_line_as): the summary's JSON on one line,
 * the id first, each sentence with its document and byte range, equal to
 * precis_summary_render's JSON but for the id and the line breaks; a
 * format that is no line's is refused. */
static void test_json_line(void)
{
    const char line[] = "{\"id\": \"v-7\", \"documents\": [\"The river Aldane burst its banks "
                        "near Vesk.\\nRescue teams reached Orma at dawn.\", {\"text\": \"The "
                        "governor said the water rose fast. Engineers checked the dam at "
                        "Lorn.\", \"source\": \"Gazette\"}]}";
    precis_cluster *c;
    char *id;
    precis_error err;
    precis_summary *s = summarize_json_line(line, &c, &id);
    char *want, *full;
    size_t wlen, flen;
    CHECK(precis_summary_render_line_as(s, id, PRECIS_FORMAT_JSON, &want, &wlen) == PRECIS_OK);
    CHECK(precis_summary_render(s, PRECIS_FORMAT_JSON, &full, &flen) == PRECIS_OK);
    /* one line, the id first, then the JSON without its line breaks and
     * indentation: every byte of the JSON but those is there, in order */
    CHECK(wlen > 0 && want[wlen - 1] == '\n' && memchr(want, '\n', wlen) == want + wlen - 1);
    CHECK(strncmp(want, "{\"id\": \"v-7\", \"method\": ", 24) == 0);
    CHECK(strstr(want, "\"sentences\": [{\"text\": ") && strstr(want, "], \"documents\": [{"));
    CHECK(strstr(want, "\"doc\": 0, \"start\": 0, \"end\": 43,"));
    size_t k = 14; /* want after {"id": "v-7", */
    for (size_t i = 1; i < flen && k < wlen; i++) {
        if (full[i] == '\n') {
            while (i + 1 < flen && full[i + 1] == ' ')
                i++;
            if (want[k] == ' ')
                k++;
            continue;
        }
        if (full[i] != want[k])
            break;
        k++;
    }
    CHECK(k == wlen - 1);
    char *text;
    CHECK(precis_summary_render_line_as(s, id, PRECIS_FORMAT_TEXT, &text, NULL) == PRECIS_OK);
    char *plain;
    CHECK(precis_summary_render_line(s, id, &plain, NULL) == PRECIS_OK);
    CHECK(strcmp(text, plain) == 0);
    char *none = (char *)1;
    CHECK(precis_summary_render_line_as(s, id, PRECIS_FORMAT_MARKDOWN, &none, NULL) ==
          PRECIS_EINVAL);
    CHECK(none == NULL);
    /* packed: the same line */
    static char buf[1 << 14];
    size_t len;
    precis_options o;
    precis_options_init(&o);
    CHECK(o.line_format == PRECIS_FORMAT_TEXT);
    o.line_format = PRECIS_FORMAT_JSON;
    CHECK(precis_summarize_line(line, strlen(line), &o, buf, sizeof buf, &len, &err) == PRECIS_OK);
    precis_packed h = header(buf);
    CHECK(h.line_len == wlen && memcmp(buf + h.line, want, wlen) == 0);
    CHECK(h.count == precis_summary_count(s));
    o.line_format = PRECIS_FORMAT_HTML;
    CHECK(precis_summarize_line(line, strlen(line), &o, buf, sizeof buf, &len, &err) ==
          PRECIS_EINVAL);
    precis_free(want);
    precis_free(full);
    precis_free(text);
    precis_free(plain);
    precis_free(id);
    precis_summary_free(s);
    precis_cluster_free(c);
}

/* A page is extracted and flagged; a repair is a warning record; a refused
 * document names its position. */
static void test_pages_warnings_errors(void)
{
    const char page[] = "<!DOCTYPE html><html><head><title>Flood in Vesk</title></head><body>"
                        "<article><p>The river Aldane burst its banks near the town of Vesk "
                        "on Tuesday night, flooding three villages.</p><p>Rescue teams in "
                        "boats reached the village of Orma at dawn and took two hundred "
                        "people to a school.</p></article></body></html>";
    const char bad_utf8[] = "The governor said the water had risen \xff faster than ever. "
                            "Engineers were checking the dam upstream at Lorn.";
    precis_document docs[3];
    memset(docs, 0, sizeof docs);
    docs[0].text = page; /* sniffed as a page */
    docs[0].len = strlen(page);
    docs[1].text = bad_utf8;
    docs[1].len = strlen(bad_utf8);
    docs[1].meta.source = "Gazette";
    static char buf[1 << 14];
    size_t len;
    precis_error err;
    CHECK(precis_summarize_documents(docs, 2, NULL, buf, sizeof buf, &len, &err) == PRECIS_OK);
    precis_packed h = header(buf);
    CHECK(h.count > 0 && h.warning_count == 1);
    for (size_t i = 0; i < h.count; i++) {
        precis_packed_sentence r = record(buf, i);
        CHECK(r.flags == (r.input == 0 ? PRECIS_PACKED_HTML : 0u));
    }
    precis_packed_warning w;
    memcpy(&w, buf + h.warnings, sizeof w);
    CHECK(w.input == 1 && w.code == PRECIS_EPARSE && w.offset == 38 && w.line == 1);
    CHECK(w.message_len > 0 && memcmp(buf + w.message, "invalid UTF-8", 13) == 0);
    /* refused by max_documents: the third */
    precis_document three[3];
    memset(three, 0, sizeof three);
    for (size_t i = 0; i < 3; i++) {
        three[i].text = i == 1 ? OTHER : STORY + i;
        three[i].len = strlen(three[i].text);
    }
    precis_options o;
    precis_options_init(&o);
    o.max_documents = 2;
    CHECK(precis_summarize_documents(three, 3, &o, buf, sizeof buf, &len, &err) == PRECIS_ELIMIT);
    CHECK(err.code == PRECIS_ELIMIT && err.line == 3);
    CHECK(strncmp(err.message, "documents[2]: ", 14) == 0 && strstr(err.message, "max_documents"));
    three[1].text = NULL;
    CHECK(precis_summarize_documents(three, 3, NULL, buf, sizeof buf, &len, &err) == PRECIS_EINVAL);
    CHECK(err.line == 2);
}

int main(void)
{
    test_same_as_staged_calls();
    test_size_then_fill();
    test_offsets_of_a_document_after_a_dropped_copy();
    test_line();
    test_json_line();
    test_pages_warnings_errors();
    return check_done();
}
