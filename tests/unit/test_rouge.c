/* ROUGE-1.5.5 evaluator (src/eval/): hand-written checks, then the shared
 * vectors produced by the original Perl script (../shared/data/rouge-vectors):
 * every case of cases.jsonl, every stem of stem-vectors.tsv.gz, the
 * per-cluster scores and the corpus averages/intervals of three systems. */
#include <jansson.h>
#include <math.h>
#include <zlib.h>
#include "check.h"
#include "precis.h"
#include "eval/porter.h"
#include "eval/rouge.h"

#define VEC "rouge-vectors"

static precis_rouge *make(const char *flags)
{
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    if (precis_rouge_options_parse(&o, flags) != PRECIS_OK)
        return NULL;
    precis_rouge *ev = NULL;
    return precis_rouge_new(&o, NULL, &ev) == PRECIS_OK ? ev : NULL;
}

/* Metric index by name, or -1. */
static long metric_index(const precis_rouge *ev, const char *name)
{
    for (size_t i = 0; i < precis_rouge_metric_count(ev); i++)
        if (strcmp(precis_rouge_metric_name(ev, i), name) == 0)
            return (long)i;
    return -1;
}

/* Scores one evaluation and returns metric `name`'s R, P, F. */
static int score1(const char *flags, const char *cand, const char *ref, const char *name,
                  double rpf[3])
{
    precis_rouge *ev = make(flags);
    if (!ev)
        return -1;
    size_t rl = strlen(ref);
    int rc = -1;
    if (precis_rouge_add(ev, "x", "p", cand, strlen(cand), &ref, &rl, 1) == PRECIS_OK) {
        long m = metric_index(ev, name);
        if (m >= 0 && precis_rouge_eval_scores(ev, 0, (size_t)m, rpf) == PRECIS_OK)
            rc = 0;
    }
    precis_rouge_free(ev);
    return rc;
}

static int near5(double a, double b)
{
    return fabs(a - b) < 5e-7;
}

static void test_stemmer(void)
{
    static const char *const pairs[][2] = {
        {"agreement", "agreem"},
        {"fundamental", "fundam"},
        {"governmental", "govern"},
        {"running", "run"},
        {"ponies", "poni"},
        {"caresses", "caress"},
        {"geese", "goose"},
        {"goose", "goos"},
        {"mice", "mouse"},
        {"better", "well"},
        {"went", "go"},
        {"1990s", "1990"},
        {"runs", "run"},
        {"ran", "ran"},
        {"yearly", "yearli"},
    };
    char out[64];
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        size_t n = rouge_stem_token(pairs[i][0], strlen(pairs[i][0]), out, sizeof out);
        out[n < sizeof out ? n : 0] = 0;
        CHECK_STR(out, pairs[i][1]);
    }
    CHECK(rouge_is_stopword("the", 3));
    CHECK(rouge_is_stopword("t", 1));
    CHECK(!rouge_is_stopword("mr", 2)); /* "mr." can never match a token */
    CHECK(!rouge_is_stopword("police", 6));
}

static void test_handmade(void)
{
    double v[3];
    /* identical texts */
    CHECK(score1("-n 2", "The cat sat.", "the cat sat", "ROUGE-2", v) == 0);
    CHECK(near5(v[0], 1) && near5(v[1], 1) && near5(v[2], 1));
    /* bytes, not characters: café -> caf; ASCII lowercasing only */
    CHECK(score1("-n 1", "caf\xc3\xa9 CAF", "caf caf", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 1));
    /* hyphens and punctuation separate tokens */
    CHECK(score1("-n 1", "well-known", "well known", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 1));
    /* clipping: "the the the" vs "the": R 1, P 1/3 */
    CHECK(score1("-n 1", "the the the", "the", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 1) && near5(v[1], 0.33333) && near5(v[2], 0.5));
    /* F from rounded R and P: R 1, P 1/6 -> 0.28572 */
    CHECK(score1("-n 1", "a b c d e f", "a", "ROUGE-1", v) == 0);
    CHECK(near5(v[1], 0.16667) && near5(v[2], 0.28572));
    /* -l 3 cuts the candidate and the reference to 3 words */
    CHECK(score1("-n 1 -l 3", "a b c d e", "a b x d e", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 0.66667) && near5(v[1], 0.66667));
    /* a line starting with a space has an extra empty first word under -l */
    CHECK(score1("-n 1 -l 2", " a b c", "a b c", "ROUGE-1", v) == 0);
    CHECK(near5(v[1], 1) && near5(v[0], 0.5));
    /* -b 5 cuts inside a word ("abc d" on both sides); the partial word
     * stays a token */
    CHECK(score1("-n 1 -b 5", "abc defgh", "abc dx", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 1) && near5(v[1], 1));
    CHECK(score1("-n 1 -b 6", "abc defgh", "abc dx", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 0.5) && near5(v[1], 0.5));
    /* -s drops stopwords; -m stems */
    CHECK(score1("-n 1 -s -m", "the agreements", "an agreement", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 1) && near5(v[1], 1));
    /* LCS tie rule (README: edge:lcs_tiebreak) */
    CHECK(score1("-n 1", "reported\nreported fire", "police reported fire reported", "ROUGE-L",
                 v) == 0);
    CHECK(near5(v[0], 0.75));
    /* SU: the last token gives no unigram; one token gives nothing */
    CHECK(score1("-n 1 -2 4 -u", "a", "a", "ROUGE-SU4", v) == 0);
    CHECK(near5(v[0], 0) && near5(v[2], 0));
    /* W: perfect one-unit match of 6 tokens, W = 1.2 -> 6^-0.2 */
    CHECK(score1("-n 1 -w 1.2", "a b c d e f", "a b c d e f", "ROUGE-W-1.2", v) == 0);
    CHECK(near5(v[0], 0.69883));
    /* empty candidate */
    CHECK(score1("-n 1", "", "a b", "ROUGE-1", v) == 0);
    CHECK(near5(v[0], 0) && near5(v[1], 0) && near5(v[2], 0));

    /* drand48 as Perl: srand(0); rand() */
    uint64_t st = rouge_drand48_seed(0);
    double u = rouge_drand48_next(&st);
    CHECK(u > 0.17082 && u < 0.17083);

    /* API errors */
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.word_limit = 10;
    o.byte_limit = 10;
    precis_rouge *ev = NULL;
    CHECK(precis_rouge_new(&o, NULL, &ev) == PRECIS_EINVAL && ev == NULL);
    ev = make("-n 1");
    const char *ref = "a";
    size_t rl = 1;
    CHECK(precis_rouge_add(ev, "1", "s", "a", 1, &ref, &rl, 1) == PRECIS_OK);
    CHECK(precis_rouge_add(ev, "1", "s", "a", 1, &ref, &rl, 1) == PRECIS_EINVAL);
    CHECK(precis_rouge_add(ev, "2", "s", "a", 1, &ref, &rl, 0) == PRECIS_EINVAL);
    CHECK(precis_rouge_eval_count(ev) == 1);
    /* two pairs that ROUGE-1.5.5 names alike ("a.b.c") are still two */
    CHECK(precis_rouge_add(ev, "a", "b.c", "a", 1, &ref, &rl, 1) == PRECIS_OK);
    CHECK(precis_rouge_add(ev, "a.b", "c", "a", 1, &ref, &rl, 1) == PRECIS_OK);
    CHECK(precis_rouge_add(ev, "a.b", "c", "a", 1, &ref, &rl, 1) == PRECIS_EINVAL);
    CHECK(precis_rouge_eval_count(ev) == 3);
    char *rep = NULL;
    CHECK(precis_rouge_report(ev, PRECIS_ROUGE_TEXT, &rep, NULL) == PRECIS_OK);
    CHECK(rep && strstr(rep, "s ROUGE-1 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)"));
    CHECK(rep && strstr(rep, "b.c ROUGE-1 Average_R: 1.00000") &&
          strstr(rep, "\nc ROUGE-1 Average_R: 1.00000"));
    precis_free(rep);
    precis_rouge_free(ev);
    precis_rouge_free(NULL);
}

/* The bit-parallel LCS (units <= 64 tokens) against the scalar table, on
 * random texts over a 4-word vocabulary (many ties). */
static void test_lcs_paths(void)
{
    static const char *const words[] = {"a", "b", "c", "d"};
    unsigned seed = 12345;
    int same = 0, trials = 400;
    for (int t = 0; t < trials; t++) {
        char cand[4096], ref[4096];
        char *bufs[2] = {cand, ref};
        for (int k = 0; k < 2; k++) {
            char *p = bufs[k];
            seed = seed * 1103515245u + 12345u;
            int units = 1 + (int)((seed >> 16) % 5);
            for (int u = 0; u < units; u++) {
                seed = seed * 1103515245u + 12345u;
                int len = 1 + (int)((seed >> 16) % (t % 10 == 0 ? 90 : 20));
                for (int w = 0; w < len; w++) {
                    seed = seed * 1103515245u + 12345u;
                    p += sprintf(p, "%s ", words[(seed >> 16) % 4]);
                }
                *p++ = '\n';
            }
            *p = 0;
        }
        double v1[3] = {0}, v2[3] = {-1};
        precis_rouge *e1 = make("-n 0"), *e2 = make("-n 0");
        if (e1 && e2) {
            e2->lcs_scalar = 1;
            const char *r = ref;
            size_t rl = strlen(ref);
            if (precis_rouge_add(e1, "x", "p", cand, strlen(cand), &r, &rl, 1) == PRECIS_OK &&
                precis_rouge_add(e2, "x", "p", cand, strlen(cand), &r, &rl, 1) == PRECIS_OK) {
                precis_rouge_eval_scores(e1, 0, 0, v1);
                precis_rouge_eval_scores(e2, 0, 0, v2);
            }
        }
        same += v1[0] == v2[0] && v1[1] == v2[1] && v1[2] == v2[2];
        precis_rouge_free(e1);
        precis_rouge_free(e2);
    }
    CHECK(same == trials);
}

static char *data_path(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s/%s", PRECIS_DATA_DIR, VEC, rel);
    return buf;
}

/* Reads a text file (plain or gzip) line by line. */
typedef struct {
    gzFile f;
    char *line;
    size_t cap;
} reader;

static int reader_open(reader *r, const char *path)
{
    r->f = gzopen(path, "rb");
    r->cap = 1 << 16;
    r->line = malloc(r->cap);
    return r->f && r->line ? 0 : -1;
}

static const char *reader_next(reader *r)
{
    size_t len = 0;
    for (;;) {
        if (!gzgets(r->f, r->line + len, (int)(r->cap - len)))
            return len ? r->line : NULL;
        len += strlen(r->line + len);
        if (len && r->line[len - 1] == '\n')
            return r->line;
        r->cap *= 2;
        r->line = realloc(r->line, r->cap);
        if (!r->line)
            return NULL;
    }
}

static void reader_close(reader *r)
{
    if (r->f)
        gzclose(r->f);
    free(r->line);
}

static int fmt_eq(double got, double want)
{
    char a[32], b[32];
    snprintf(a, sizeof a, "%.5f", got);
    snprintf(b, sizeof b, "%.5f", want);
    return strcmp(a, b) == 0;
}

static void test_cases(void)
{
    reader r;
    if (reader_open(&r, data_path("cases.jsonl")) < 0) {
        CHECK(0);
        return;
    }
    int cases = 0, cases_ok = 0, figures = 0, figures_ok = 0;
    const char *line;
    while ((line = reader_next(&r))) {
        json_error_t jerr;
        json_t *c = json_loads(line, 0, &jerr);
        if (!c)
            continue;
        const char *id = json_string_value(json_object_get(c, "id"));
        const char *flags = json_string_value(json_object_get(c, "flags"));
        const char *cand = json_string_value(json_object_get(c, "candidate"));
        json_t *refs = json_object_get(c, "references");
        json_t *exp = json_object_get(c, "expected");
        cases++;
        precis_rouge *ev = make(flags);
        size_t nr = json_array_size(refs);
        const char *rv[16];
        size_t rl[16];
        for (size_t i = 0; i < nr && i < 16; i++) {
            rv[i] = json_string_value(json_array_get(refs, i));
            rl[i] = json_string_length(json_array_get(refs, i));
        }
        int ok = ev && precis_rouge_add(ev, "case", "p", cand,
                                        json_string_length(json_object_get(c, "candidate")), rv, rl,
                                        nr) == PRECIS_OK;
        const char *mname;
        json_t *mv;
        json_object_foreach(exp, mname, mv)
        {
            long m = ev ? metric_index(ev, mname) : -1;
            double got[3] = {-1, -1, -1};
            if (ok && m >= 0)
                precis_rouge_eval_scores(ev, 0, (size_t)m, got);
            for (int k = 0; k < 3; k++) {
                const char *sn = k == 0 ? "R" : k == 1 ? "P" : "F";
                double want = json_number_value(json_object_get(mv, sn));
                figures++;
                if (fmt_eq(got[k], want)) {
                    figures_ok++;
                } else {
                    ok = 0;
                    fprintf(stderr, "case %s %s %s: got %.5f want %.5f\n", id, mname, sn, got[k],
                            want);
                }
            }
        }
        /* a single evaluation: the printed average and both bounds equal it */
        if (ok && ev) {
            precis_rouge_stat st[3];
            long m = metric_index(ev, "ROUGE-1");
            double got[3];
            if (m >= 0 && precis_rouge_corpus(ev, NULL, (size_t)m, st) == PRECIS_OK &&
                precis_rouge_eval_scores(ev, 0, (size_t)m, got) == PRECIS_OK)
                for (int k = 0; k < 3; k++)
                    ok &= fmt_eq(st[k].avg, got[k]) && fmt_eq(st[k].ci_low, got[k]) &&
                          fmt_eq(st[k].ci_high, got[k]);
        }
        cases_ok += ok;
        CHECK(ok);
        precis_rouge_free(ev);
        json_decref(c);
    }
    reader_close(&r);
    printf("cases: %d/%d passed, figures: %d/%d\n", cases_ok, cases, figures_ok, figures);
    CHECK(cases == 456);
}

static void test_stem_vectors(void)
{
    reader r;
    if (reader_open(&r, data_path("stem-vectors.tsv.gz")) < 0) {
        CHECK(0);
        return;
    }
    long n = 0, ok = 0;
    const char *line;
    char out[512];
    while ((line = reader_next(&r))) {
        if (line[0] == '#')
            continue;
        const char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        const char *tab2 = strchr(tab + 1, '\t');
        size_t tl = (size_t)(tab - line);
        size_t el = tab2 ? (size_t)(tab2 - tab - 1) : strcspn(tab + 1, "\n");
        size_t got = rouge_stem_token(line, tl, out, sizeof out);
        n++;
        if (got < sizeof out && got == el && memcmp(out, tab + 1, el) == 0)
            ok++;
        else if (n - ok < 10)
            fprintf(stderr, "stem %.*s: got %.*s want %.*s\n", (int)tl, line,
                    (int)(got < sizeof out ? got : 0), out, (int)el, tab + 1);
    }
    reader_close(&r);
    printf("stems: %ld/%ld passed\n", ok, n);
    CHECK(n == 63581 && ok == n);
}

/* id -> text map of a {"id","summary"} file, as a JSON object. */
static json_t *load_summaries(const char *rel)
{
    reader r;
    if (reader_open(&r, data_path(rel)) < 0)
        return NULL;
    json_t *map = json_object();
    const char *line;
    while ((line = reader_next(&r))) {
        json_t *o = json_loads(line, 0, NULL);
        if (!o)
            continue;
        const char *id = json_string_value(json_object_get(o, "id"));
        if (id)
            json_object_set(map, id, json_object_get(o, "summary"));
        json_decref(o);
    }
    reader_close(&r);
    return map;
}

static void test_corpus(void)
{
    json_error_t jerr;
    json_t *exp = json_load_file(data_path("corpus_expected.json"), 0, &jerr);
    json_t *refs = load_summaries("systems/references.jsonl");
    if (!exp || !refs) {
        CHECK(0);
        return;
    }
    /* per-cluster expectations: system/flagset/id -> object */
    json_t *per = json_object();
    reader r;
    if (reader_open(&r, data_path("per_cluster_expected.jsonl")) == 0) {
        const char *line;
        while ((line = reader_next(&r))) {
            json_t *o = json_loads(line, 0, NULL);
            if (!o)
                continue;
            char key[256];
            snprintf(key, sizeof key, "%s/%s/%s", json_string_value(json_object_get(o, "system")),
                     json_string_value(json_object_get(o, "flagset")),
                     json_string_value(json_object_get(o, "id")));
            json_object_set_new(per, key, o);
        }
        reader_close(&r);
    }
    json_t *ids = json_object_get(exp, "cluster_ids");
    json_t *flagsets = json_object_get(exp, "flagsets");
    const char *sys;
    json_t *sysv;
    int figs = 0, figs_ok = 0, pc = 0, pc_ok = 0;
    json_object_foreach(json_object_get(exp, "systems"), sys, sysv)
    {
        char rel[256];
        snprintf(rel, sizeof rel, "systems/%s.jsonl", sys);
        json_t *cands = load_summaries(rel);
        const char *fs;
        json_t *fsv;
        json_object_foreach(sysv, fs, fsv)
        {
            precis_rouge *ev = make(json_string_value(json_object_get(flagsets, fs)));
            if (!ev || !cands) {
                CHECK(0);
                continue;
            }
            size_t i;
            json_t *idv;
            json_array_foreach(ids, i, idv)
            {
                const char *id = json_string_value(idv);
                json_t *c = json_object_get(cands, id), *rf = json_object_get(refs, id);
                const char *rt = json_string_value(rf);
                size_t rl = json_string_length(rf);
                CHECK(precis_rouge_add(ev, id, sys, json_string_value(c), json_string_length(c),
                                       &rt, &rl, 1) == PRECIS_OK);
                char key[256];
                snprintf(key, sizeof key, "%s/%s/%s", sys, fs, id);
                json_t *pe = json_object_get(per, key);
                for (size_t m = 0; pe && m < precis_rouge_metric_count(ev); m++) {
                    json_t *mv = json_object_get(pe, precis_rouge_metric_name(ev, m));
                    double got[3];
                    precis_rouge_eval_scores(ev, i, m, got);
                    for (int k = 0; k < 3 && mv; k++) {
                        const char *sn = k == 0 ? "R" : k == 1 ? "P" : "F";
                        pc++;
                        pc_ok += fmt_eq(got[k], json_number_value(json_object_get(mv, sn)));
                    }
                }
            }
            const char *mname;
            json_t *mv;
            json_object_foreach(fsv, mname, mv)
            {
                long m = metric_index(ev, mname);
                precis_rouge_stat st[3] = {{-1, -1, -1}, {-1, -1, -1}, {-1, -1, -1}};
                if (m >= 0)
                    precis_rouge_corpus(ev, sys, (size_t)m, st);
                for (int k = 0; k < 3; k++) {
                    const char *sn = k == 0 ? "R" : k == 1 ? "P" : "F";
                    json_t *w = json_object_get(mv, sn);
                    double want[3] = {json_number_value(json_object_get(w, "avg")),
                                      json_number_value(json_object_get(w, "ci_low")),
                                      json_number_value(json_object_get(w, "ci_high"))};
                    double got[3] = {st[k].avg, st[k].ci_low, st[k].ci_high};
                    for (int q = 0; q < 3; q++) {
                        figs++;
                        if (fmt_eq(got[q], want[q]))
                            figs_ok++;
                        else
                            fprintf(stderr, "corpus %s %s %s %s[%d]: got %.5f want %.5f\n", sys, fs,
                                    mname, sn, q, got[q], want[q]);
                    }
                }
            }
            precis_rouge_free(ev);
        }
        json_decref(cands);
    }
    printf("per-cluster figures: %d/%d passed\n", pc_ok, pc);
    printf("corpus figures: %d/%d passed\n", figs_ok, figs);
    CHECK(pc == 31500 && pc_ok == pc); /* 3 systems x 500 x (9 + 12) */
    CHECK(figs > 0 && figs_ok == figs);
    json_decref(per);
    json_decref(refs);
    json_decref(exp);
}

int main(void)
{
    test_stemmer();
    test_handmade();
    test_lcs_paths();
    if (!check_have_data(VEC "/cases.jsonl"))
        return check_done() ? 1 : 77;
    test_stem_vectors();
    test_cases();
    test_corpus();
    return check_done();
}
