/* precis eval --tokenize unicode (precis_rouge_options.unicode_tokens):
 * hand-made cases in Arabic, Greek, Hebrew, Hindi and Chinese, the
 * normalisation steps (NFC, case folding, soft hyphens and zero-width
 * characters), and the same figures as the default ROUGE-1.5.5 tokens on
 * every all-ASCII case of the shared ROUGE-1.5.5 vectors. */
#include <jansson.h>
#include <math.h>
#include "check.h"
#include "precis.h"

/* ROUGE-n recall, precision and F of cand against ref (-n 2). */
static int score(int unicode, const char *cand, const char *ref, const char *metric, double rpf[3])
{
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.max_ngram = 2;
    o.unicode_tokens = unicode;
    precis_rouge *ev = NULL;
    if (precis_rouge_new(&o, NULL, &ev) != PRECIS_OK)
        return -1;
    size_t rl = strlen(ref);
    int rc = -1;
    if (precis_rouge_add(ev, "x", "p", cand, strlen(cand), &ref, &rl, 1) == PRECIS_OK)
        for (size_t m = 0; m < precis_rouge_metric_count(ev); m++)
            if (!strcmp(precis_rouge_metric_name(ev, m), metric))
                rc = precis_rouge_eval_scores(ev, 0, m, rpf) == PRECIS_OK ? 0 : -1;
    precis_rouge_free(ev);
    return rc;
}

static double recall(int unicode, const char *cand, const char *ref, const char *metric)
{
    double rpf[3] = {-1, -1, -1};
    return score(unicode, cand, ref, metric, rpf) ? -1 : rpf[0];
}

static int near(double a, double b)
{
    return fabs(a - b) < 1e-5;
}

static void hand_made(void)
{
    /* Arabic: 3 of 4 reference words; ROUGE-1.5.5's tokens see none */
    const char *ar_c = "ذهب الولد إلى المدرسة", *ar_r = "ذهب الولد إلى البيت";
    CHECK(near(recall(1, ar_c, ar_r, "ROUGE-1"), 0.75));
    CHECK(near(recall(1, ar_c, ar_r, "ROUGE-2"), 2.0 / 3));
    CHECK(near(recall(0, ar_c, ar_r, "ROUGE-1"), 0));
    /* Greek: case folding, final sigma */
    CHECK(near(recall(1, "ΜΊΛΗΣΕ Ο ΥΠΟΥΡΓΌΣ", "μίλησε ο υπουργός σήμερα", "ROUGE-1"), 0.75));
    CHECK(near(recall(0, "ΜΊΛΗΣΕ Ο ΥΠΟΥΡΓΌΣ", "μίλησε ο υπουργός σήμερα", "ROUGE-1"), 0));
    /* Turkish: İ is the capital of i (Turkic folding), so `İstanbul` matches
     * `istanbul`; Persian: a zero-width non-joiner inside a word is ignored */
    CHECK(near(recall(1, "İstanbul İzmir", "istanbul ve izmir", "ROUGE-1"), 2.0 / 3));
    CHECK(near(recall(1, "می‌دهد", "میدهد", "ROUGE-1"), 1));
    /* Hebrew, with and without points: the points are marks inside the token */
    CHECK(near(recall(1, "שלום עולם", "שלום לכולם", "ROUGE-1"), 0.5));
    CHECK(near(recall(1, "שָׁלוֹם", "שלום", "ROUGE-1"), 0));
    /* Hindi: vowel signs (Mc, Mn) stay inside their word: 4 tokens, 3 shared */
    const char *hi_c = "भारत में भारी बारिश", *hi_r = "भारत में बारिश हुई";
    CHECK(near(recall(1, hi_c, hi_r, "ROUGE-1"), 0.75));
    CHECK(near(recall(1, hi_c, hi_r, "ROUGE-2"), 1.0 / 3));
    /* Chinese: runs between punctuation; full-width punctuation separates */
    CHECK(near(recall(1, "你好，世界。", "世界，你好！", "ROUGE-1"), 1));
    CHECK(near(recall(1, "你好，世界。", "世界，你好！", "ROUGE-2"), 0));
    CHECK(near(recall(1, "图书馆开馆", "图书馆闭馆", "ROUGE-1"), 0));
    /* NFC: "é" composed or not; soft hyphen and zero-width space removed */
    CHECK(near(recall(1, "caf\xC3\xA9 ouvert", "cafe\xCC\x81 ouvert", "ROUGE-2"), 1));
    CHECK(near(recall(1, "infor\xC2\xADmation", "information", "ROUGE-1"), 1));
    CHECK(near(recall(1, "data\xE2\x80\x8Bset", "dataset", "ROUGE-1"), 1));
    /* invalid bytes separate tokens instead of failing */
    CHECK(near(recall(1,
                      "a\xFF"
                      "b",
                      "a b", "ROUGE-1"),
               1));
    /* the -l cut counts white-space words, as ROUGE does */
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.max_ngram = 1;
    o.unicode_tokens = 1;
    o.word_limit = 2;
    precis_rouge *ev = NULL;
    CHECK(precis_rouge_new(&o, NULL, &ev) == PRECIS_OK);
    const char *ref = "ذهب الولد";
    size_t rl = strlen(ref);
    const char *cand = "ذهب الولد إلى المدرسة";
    double rpf[3] = {0};
    CHECK(ev && precis_rouge_add(ev, "x", "p", cand, strlen(cand), &ref, &rl, 1) == PRECIS_OK);
    CHECK(ev && precis_rouge_eval_scores(ev, 0, 0, rpf) == PRECIS_OK && near(rpf[1], 1));
    precis_rouge_free(ev);
}

static int ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

/* Every case of cases.jsonl whose texts are all ASCII: both tokenizers give
 * the same figures for every metric. */
static void same_on_ascii(void)
{
    if (!check_have_data("rouge-vectors/cases.jsonl"))
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s/rouge-vectors/cases.jsonl", PRECIS_DATA_DIR);
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    static char line[1 << 22];
    int compared = 0, same = 0;
    while (fgets(line, sizeof line, f)) {
        json_t *c = json_loads(line, 0, NULL);
        if (!c)
            continue;
        const char *flags = json_string_value(json_object_get(c, "flags"));
        const char *cand = json_string_value(json_object_get(c, "candidate"));
        json_t *refs = json_object_get(c, "references");
        size_t nr = json_array_size(refs);
        const char *rv[16];
        size_t rl[16];
        int all_ascii = cand && ascii(cand) && nr && nr <= 16;
        for (size_t i = 0; all_ascii && i < nr; i++) {
            rv[i] = json_string_value(json_array_get(refs, i));
            rl[i] = strlen(rv[i]);
            all_ascii = ascii(rv[i]);
        }
        if (!all_ascii || !flags) {
            json_decref(c);
            continue;
        }
        precis_rouge *ev[2] = {NULL, NULL};
        for (int u = 0; u < 2; u++) {
            precis_rouge_options o;
            precis_rouge_options_init(&o);
            o.unicode_tokens = u;
            if (precis_rouge_options_parse(&o, flags) != PRECIS_OK ||
                precis_rouge_new(&o, NULL, &ev[u]) ||
                precis_rouge_add(ev[u], "c", "p", cand, strlen(cand), rv, rl, nr))
                ev[u] = NULL;
        }
        int ok = ev[0] && ev[1];
        for (size_t m = 0; ok && m < precis_rouge_metric_count(ev[0]); m++) {
            double a[3], b[3];
            precis_rouge_eval_scores(ev[0], 0, m, a);
            precis_rouge_eval_scores(ev[1], 0, m, b);
            ok = a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
        }
        compared++;
        same += ok;
        precis_rouge_free(ev[0]);
        precis_rouge_free(ev[1]);
        json_decref(c);
    }
    fclose(f);
    printf("all-ASCII vector cases: %d/%d with the same figures\n", same, compared);
    CHECK(compared > 50 && same == compared);
}

int main(void)
{
    hand_made();
    same_on_ascii();
    return check_done();
}
