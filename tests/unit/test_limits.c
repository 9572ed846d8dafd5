/* Limits of precis_options, enforced by the library whatever the cleaner and
 * the segmenter do (docs/limits.md). */
#include "check.h"
#include "precis.h"

static int nwarn;
static void on_warn(void *ctx, const precis_error *w)
{
    (void)ctx;
    nwarn++;
    CHECK(w->code != PRECIS_OK && w->message && w->message[0]);
}

/* A warning callback that adds a document to the cluster being added to:
 * refused (the document of the warning is half added; the nested add wrote
 * over its slot of the documents' table, and the table could move under
 * it: a crash). */
static int nrefused;
static void on_warn_add(void *ctx, const precis_error *w)
{
    (void)w;
    const char *text = "The harbour reopened on Friday after the storm, officials said.";
    nrefused +=
        precis_cluster_add_document(ctx, text, strlen(text), NULL, NULL, NULL) == PRECIS_EINVAL;
}

int main(void)
{
    precis_options o;
    precis_options_init(&o);
    CHECK(o.max_cluster_bytes && o.max_documents && o.max_cluster_memory && o.max_line_bytes);
    /* NULL fills nothing and does not crash, as for the ROUGE options */
    precis_options_init(NULL);
    precis_stream_options_init(NULL);
    precis_rouge_options_init(NULL);

    /* A run with no sentence end is split at white space, within the limit. */
    char run[3000];
    for (size_t i = 0; i < sizeof run; i++)
        run[i] = i % 7 == 6 ? ' ' : 'a';
    o.max_sentence_bytes = 100;
    precis_cluster *c;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, run, sizeof run, NULL, &o, NULL) == PRECIS_OK);
    size_t n = precis_cluster_sentence_count(c), total = 0;
    CHECK(n >= 30);
    for (size_t i = 0; i < n; i++) {
        precis_sentence s;
        precis_cluster_sentence(c, i, &s);
        /* the display opens the document's first sentence with a capital */
        CHECK(s.len <= 100 && s.text[0] == (i == 0 ? 'A' : 'a') && s.text[s.len - 1] == 'a');
        total += s.len;
    }
    CHECK(total + n - 1 == sizeof run); /* nothing lost but the cut spaces */
    precis_cluster_free(c);

    /* No white space at all: cut on a character boundary (2-byte chars). */
    /* (It ends with a full stop, or the cleaner would take the line for a
     * headline.) */
    char wide[1001];
    for (size_t i = 0; i < 998; i += 2)
        memcpy(wide + i, "\xC3\xA9", 2);
    wide[998] = '.';
    o.max_sentence_bytes = 101;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, wide, 999, NULL, &o, NULL) == PRECIS_OK);
    for (size_t i = 0; i < precis_cluster_sentence_count(c); i++) {
        precis_sentence s;
        precis_cluster_sentence(c, i, &s);
        CHECK(s.len == 100 || i + 1 == precis_cluster_sentence_count(c));
    }
    CHECK(precis_cluster_sentence_count(c) == 10);
    precis_cluster_free(c);

    /* Documents and cluster bytes: refused with a message, the rest kept. */
    const char *doc = "The storm destroyed forty fishing boats overnight, officials said.";
    precis_options_init(&o);
    o.max_documents = 2;
    o.warn_fn = on_warn;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_error w;
    for (int i = 0; i < 2; i++)
        CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, &w) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, &w) == PRECIS_ELIMIT);
    CHECK(w.code == PRECIS_ELIMIT && strstr(w.message, "max_documents"));
    CHECK(precis_cluster_document_count(c) == 2);
    precis_cluster_free(c);

    o.max_documents = 0;
    o.max_cluster_bytes = strlen(doc) * 2;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    for (int i = 0; i < 2; i++)
        CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, &w) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, "x", 1, NULL, &o, &w) == PRECIS_ELIMIT);
    CHECK(strstr(w.message, "max_cluster_bytes") != NULL);
    precis_cluster_free(c);

    /* opts NULL is the defaults, not the options of the call before: its
     * limits, its language (a string the caller may have reused since) and
     * its warn_fn (whose ctx may be gone) belong to that call. */
    precis_options_init(&o);
    o.max_documents = 1;
    o.warn_fn = on_warn;
    char lang[] = "de";
    o.language = lang;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, &w) == PRECIS_OK);
    CHECK_STR(precis_cluster_document_language(c, 0), "de");
    memcpy(lang, "fr", 2);
    nwarn = 0;
    const char *bad = "Rescue crews reached the \xff village on Tuesday morning, the army said.";
    CHECK(precis_cluster_add_document(c, bad, strlen(bad), NULL, NULL, &w) == PRECIS_OK);
    CHECK(w.code != PRECIS_OK && nwarn == 0);
    CHECK(precis_cluster_document_count(c) == 2);
    CHECK_STR(precis_cluster_document_language(c, 1), "en");
    precis_cluster_free(c);

    precis_options_init(&o);
    o.warn_fn = on_warn_add;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    o.warn_ctx = c;
    char text[160];
    for (int i = 0; i < 40; i++) {
        snprintf(text, sizeof text,
                 "Storm number %d destroyed \xff %d fishing boats overnight, officials said.", i,
                 i * 7);
        CHECK(precis_cluster_add_document(c, text, strlen(text), NULL, &o, &w) == PRECIS_OK);
    }
    CHECK(nrefused == 40 && precis_cluster_document_count(c) == 40);
    for (size_t i = 0; i < precis_cluster_sentence_count(c); i++) {
        precis_sentence ps;
        CHECK(precis_cluster_sentence(c, i, &ps) == PRECIS_OK && ps.doc == i);
    }
    CHECK_STR(precis_cluster_document_language(c, 39), "en");
    precis_cluster_free(c);

    /* The same for a file: read whole with opts NULL after a call that cut
     * its document to 40 bytes. */
    const char *file = PRECIS_SOURCE_DIR "/examples/volcano/01-harbour-courier.txt";
    precis_error err;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_path(c, file, NULL, &err, &w) == PRECIS_OK && w.code == PRECIS_OK);
    size_t whole = precis_cluster_sentence_count(c);
    precis_cluster_free(c);
    precis_options_init(&o);
    o.max_document_bytes = 40;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    CHECK(precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, &w) == PRECIS_OK);
    CHECK(w.code == PRECIS_ELIMIT);
    size_t first = precis_cluster_sentence_count(c);
    CHECK(precis_cluster_add_path(c, file, NULL, &err, &w) == PRECIS_OK && w.code == PRECIS_OK);
    CHECK(whole > 3 && precis_cluster_sentence_count(c) == first + whole);
    precis_cluster_free(c);

    /* Repairs reach warn_fn, named. */
    nwarn = 0;
    precis_options_init(&o);
    o.warn_fn = on_warn;
    o.max_document_bytes = 10;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_doc_meta meta = {.name = "d.txt"};
    CHECK(precis_cluster_add_document(c, doc, strlen(doc), &meta, &o, &w) == PRECIS_OK);
    CHECK(w.code == PRECIS_ELIMIT && w.offset == 10 && nwarn == 1);
    precis_cluster_free(c);

    /* Memory: a small limit fails with PRECIS_ELIMIT, never a crash. */
    precis_options_init(&o);
    o.max_cluster_memory = 4096;
    CHECK(precis_cluster_new(&c, NULL) == PRECIS_OK);
    precis_status st = PRECIS_OK;
    for (int i = 0; i < 200 && st == PRECIS_OK; i++)
        st = precis_cluster_add_document(c, doc, strlen(doc), NULL, &o, &w);
    CHECK(st == PRECIS_ELIMIT && strstr(w.message, "max_cluster_memory"));
    precis_summary *s = NULL;
    st = precis_summarize(c, &o, &s);
    CHECK(st == PRECIS_ELIMIT || st == PRECIS_OK);
    precis_summary_free(s);
    precis_cluster_free(c);

    /* JSON Lines: a document or field of the wrong type is named with the
     * byte where its value begins (it was 0) */
    char *jid = NULL;
    const char *wrong = "{\"id\": 1, \"documents\": [\"A text.\", {\"title\": \"t\"}]}";
    CHECK(precis_cluster_from_json(wrong, strlen(wrong), NULL, NULL, &c, &jid, &err) ==
          PRECIS_EPARSE);
    CHECK(strstr(err.message, "documents[1]") && err.offset == 35 && c == NULL && jid == NULL);
    const char *notarray = "{\"documents\": \"A text.\"}";
    CHECK(precis_cluster_from_json(notarray, strlen(notarray), NULL, NULL, &c, &jid, &err) ==
          PRECIS_EPARSE);
    CHECK(strstr(err.message, "\"documents\"") && err.offset == 14);

    /* JSON Lines: a line over the limit is refused before parsing. */
    precis_options_init(&o);
    o.max_line_bytes = 10;
    char *id;
    const char *line = "{\"id\": 1, \"documents\": [\"a\"]}";
    CHECK(precis_cluster_from_json(line, strlen(line), &o, NULL, &c, &id, &err) == PRECIS_ELIMIT);
    CHECK(c == NULL && strstr(err.message, "max_line_bytes"));
    return check_done();
}
