/* Allocation failure: along the summarize path of a small cluster (new,
 * add documents, from JSON, summarize with every method, read the summary),
 * fail the n-th allocation for every n until a run needs fewer than n.
 * Every call must return a status code (never crash), and once everything
 * is freed no block may be left: the allocator counts live blocks itself,
 * and ASan/valgrind (make check-asan, check-valgrind) see the rest.  jansson
 * is pointed at the same counting allocator. */
#include <jansson.h>

#include "check.h"
#include "precis.h"

typedef struct counting {
    size_t calls;   /* allocations so far */
    size_t fail_at; /* 1-based call that fails; 0 = none */
    size_t failed;  /* calls that were failed */
    long live;      /* blocks allocated and not freed */
} counting;

static counting cnt;

static int should_fail(void)
{
    cnt.calls++;
    if (cnt.fail_at && cnt.calls == cnt.fail_at) {
        cnt.failed++;
        return 1;
    }
    return 0;
}

static void *c_malloc(void *ctx, size_t size)
{
    (void)ctx;
    if (should_fail())
        return NULL;
    void *p = malloc(size ? size : 1);
    if (p)
        cnt.live++;
    return p;
}

static void *c_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
    (void)ctx;
    (void)old_size;
    if (should_fail())
        return NULL;
    return realloc(ptr, new_size ? new_size : 1);
}

static void c_free(void *ctx, void *ptr, size_t size)
{
    (void)ctx;
    (void)size;
    if (ptr)
        cnt.live--;
    free(ptr);
}

static void *j_malloc(size_t size)
{
    return c_malloc(NULL, size);
}

static void j_free(void *ptr)
{
    c_free(NULL, ptr, 0);
}

static const precis_allocator alc = {c_malloc, c_realloc, c_free, NULL};

static const char *docs[] = {
    "STORM HITS HARBOUR\n\n"
    "Harbour officials said the storm destroyed forty fishing boats overnight. "
    "The mayor said repairs would take months.\n\n"
    "\"We have never seen waves like these,\" said captain Lena Berg.",
    "Forty fishing boats were destroyed by the overnight storm, harbour officials said. "
    "Insurance claims are expected to exceed two million crowns \xff\xfe.",
    "A storm hit the coast overnight and destroyed about thirty boats in the harbour. "
    "The weather service expects calmer seas next week. ..."};

static const char *jsonl =
    "{\"id\": \"x\", \"documents\": [\"Harbour officials said the storm destroyed forty "
    "boats overnight.\", {\"text\": \"Forty boats were destroyed by the storm, officials "
    "said.\", \"title\": \"Storm\", \"source\": \"Wire\"}]}";

static int ok_or_oom(precis_status st)
{
    return st == PRECIS_OK || st == PRECIS_ENOMEM;
}

/* One run of the whole path. */
static void run_path(void)
{
    precis_cluster *c = NULL;
    precis_status st = precis_cluster_new(&c, &alc);
    CHECK(ok_or_oom(st));
    if (st)
        return;
    for (size_t i = 0; i < 3; i++) {
        precis_error w;
        precis_doc_meta meta = {.name = "doc", .source = "Wire", .date = "2017-04-10"};
        st = precis_cluster_add_document(c, docs[i], strlen(docs[i]), &meta, NULL, &w);
        CHECK(ok_or_oom(st));
        /* OK means all of it: the metadata given is kept (its copies'
         * failures were swallowed) */
        const precis_doc_meta *got =
            st == PRECIS_OK ? precis_cluster_document_meta(c, precis_cluster_document_count(c) - 1)
                            : NULL;
        CHECK(!got || (got->name && got->source && got->date));
    }
    for (size_t m = 0; m < precis_method_count(); m++) {
        precis_options o;
        precis_options_init(&o);
        o.method = precis_method_name(m);
        o.budget = 40;
        o.max_graph_sentences = 4; /* exercise the graph's capped path too */
        precis_summary *s = NULL;
        st = precis_summarize(c, &o, &s);
        CHECK(ok_or_oom(st));
        CHECK((st == PRECIS_OK) == (s != NULL));
        for (size_t i = 0; i < precis_summary_count(s); i++) {
            precis_sentence ps;
            CHECK(precis_summary_sentence(s, i, &ps) == PRECIS_OK);
        }
        precis_summary_free(s);
    }
    precis_cluster_free(c);

    char *id = NULL;
    precis_error err;
    c = NULL;
    st = precis_cluster_from_json(jsonl, strlen(jsonl), NULL, &alc, &c, &id, &err);
    /* jansson reports a failed allocation while parsing as a syntax error
     * (json_error_code is not always json_error_out_of_memory) */
    CHECK(ok_or_oom(st) || (st == PRECIS_EPARSE && cnt.failed));
    CHECK((st == PRECIS_OK) == (c != NULL));
    if (!st) {
        precis_summary *s = NULL;
        CHECK(ok_or_oom(precis_summarize(c, NULL, &s)));
        precis_summary_free(s);
    }
    precis_free(id);
    precis_cluster_free(c);
}

int main(void)
{
    json_set_alloc_funcs(j_malloc, j_free);

    /* A clean run first: how many allocations the path makes. */
    memset(&cnt, 0, sizeof cnt);
    run_path();
    size_t total = cnt.calls;
    CHECK(cnt.live == 0);
    CHECK(total > 50);
    printf("the path makes %zu allocations\n", total);

    size_t runs = 0, leaks = 0;
    for (size_t n = 1;; n++) {
        memset(&cnt, 0, sizeof cnt);
        cnt.fail_at = n;
        run_path();
        runs++;
        if (cnt.live != 0) {
            leaks++;
            fprintf(stderr, "failing allocation %zu: %ld blocks leaked\n", n, cnt.live);
        }
        if (!cnt.failed)
            break; /* the path needed fewer than n allocations */
    }
    CHECK(leaks == 0);
    CHECK(runs >= total);
    printf("%zu runs, one failed allocation each\n", runs);
    return check_done();
}
