/* The 52 English "Golden Rules" of sentence boundary detection (from
 * pragmatic_segmenter's spec, see ../shared/data/sbd/README.md) run through
 * pc_segment.  Sentences are compared after collapsing each run of white
 * space to one space and trimming: the cleaner normalises white space before
 * segmentation, so a rule such as #41 ("a cold \nnight") is about where the
 * boundaries fall, not about the bytes between words.  Prints every failing
 * rule and the pass rate; fails below 90 %. */
#include <jansson.h>

#include "check.h"
#include "text/segment.h"

#define MAX_SENT 256

typedef struct {
    const char *text;
    char *got[MAX_SENT];
    size_t count;
} result;

/* Copy of s[0..n) with white-space runs collapsed to one space. */
static char *collapse(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    size_t k = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            space = k > 0;
            continue;
        }
        if (space)
            out[k++] = ' ';
        space = 0;
        out[k++] = (char)c;
    }
    out[k] = 0;
    return out;
}

static int collect(void *ctx, size_t start, size_t end)
{
    result *r = ctx;
    if (r->count < MAX_SENT)
        r->got[r->count++] = collapse(r->text + start, end - start);
    return 0;
}

int main(void)
{
    if (!check_have_data("sbd/golden_rules_en.jsonl"))
        return 77;
    char path[4096];
    snprintf(path, sizeof path, "%s/sbd/golden_rules_en.jsonl", PRECIS_DATA_DIR);
    FILE *f = fopen(path, "rb");
    if (!f)
        return 77;
    char line[1 << 16];
    int total = 0, passed = 0;
    while (fgets(line, sizeof line, f)) {
        json_error_t err;
        json_t *rec = json_loads(line, 0, &err);
        if (!rec) {
            fprintf(stderr, "bad JSON line: %s\n", err.text);
            check_failed++;
            continue;
        }
        const char *text = json_string_value(json_object_get(rec, "text"));
        json_t *want = json_object_get(rec, "sentences");
        int rule = (int)json_integer_value(json_object_get(rec, "rule"));
        const char *name = json_string_value(json_object_get(rec, "name"));
        if (!text || !json_is_array(want)) {
            json_decref(rec);
            continue;
        }
        size_t tlen = json_string_length(json_object_get(rec, "text"));
        result r = {text, {0}, 0};
        pc_segment(text, tlen, 0, collect, &r);
        int ok = r.count == json_array_size(want);
        for (size_t i = 0; ok && i < r.count; i++) {
            json_t *w = json_array_get(want, i);
            char *exp = collapse(json_string_value(w), json_string_length(w));
            ok = strcmp(exp, r.got[i]) == 0;
            free(exp);
        }
        total++;
        if (ok) {
            passed++;
        } else {
            printf("FAIL rule #%d (%s)\n  text: %s\n", rule, name ? name : "?", text);
            for (size_t i = 0; i < json_array_size(want); i++)
                printf("  want[%zu]: %s\n", i, json_string_value(json_array_get(want, i)));
            for (size_t i = 0; i < r.count; i++)
                printf("  got[%zu]:  %s\n", i, r.got[i]);
        }
        for (size_t i = 0; i < r.count; i++)
            free(r.got[i]);
        json_decref(rec);
    }
    fclose(f);
    printf("golden rules: %d/%d passed (%.0f%%)\n", passed, total,
           total ? 100.0 * passed / total : 0.0);
    CHECK(total == 52);
    CHECK(passed * 10 >= total * 9);
    return check_done();
}
