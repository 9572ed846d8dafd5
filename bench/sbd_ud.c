/* Sentence segmentation on ../shared/data/sbd/ud/<lang>.jsonl.gz: precis's
 * segmenter (precis_segment_language) beside ICU's sentence break iterator
 * (UAX #29), run on the same rows.  For each file given it prints one table
 * row: rows, gold boundaries inside rows, then for precis and for ICU the
 * exact-paragraph accuracy (the row's boundaries all right and none extra)
 * and the boundary precision, recall and F1.
 *
 * A boundary is the count of non-white-space characters before it, so that
 * the white space between sentences (one space, or none in zh/ja) does not
 * matter; the end of a row is not counted.  ICU runs with the row's language
 * as locale and "@ss=standard", its abbreviation suppressions (CLDR has them
 * for en, de, es, fr, it, pt, ru; other locales have none).
 *
 * usage: precis-sbd [--show N] [--icu-plain] [--why] FILE.jsonl.gz ...
 * --show N prints the first N rows where precis differs from the gold.
 * --why prints instead, per language, the gold boundaries by what the
 * sentence before them ends with (a terminator of any script, a colon, a
 * semicolon, or no punctuation at all: a headline, a signature, run-on
 * text), with the share precis and ICU find of each, and the F1 both get on
 * the boundaries after a terminator alone (boundaries of the other kinds
 * and guesses there left out). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <utf8proc.h>
#include <zlib.h>

#include "precis.h"

#define MAXB 4096

typedef struct {
    size_t n;
    size_t b[MAXB];
} bset;

typedef struct {
    double rows, exact, tp, fp, fn;
} score;

static int is_space_cp(utf8proc_int32_t c)
{
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP ||
           c == 0x200B || c == 0xFEFF;
}

/* Non-space characters in s[0..n). */
static size_t ink(const char *s, size_t n)
{
    size_t i = 0, k = 0;
    while (i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t w =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
        if (w <= 0) {
            i++;
            k++;
            continue;
        }
        if (!is_space_cp(c))
            k++;
        i += (size_t)w;
    }
    return k;
}

static void add(bset *s, size_t v)
{
    if (s->n && s->b[s->n - 1] == v)
        return;
    if (s->n < MAXB)
        s->b[s->n++] = v;
}

typedef struct {
    const char *text;
    bset *out;
} seg_ctx;

static int on_sentence(void *ctx, size_t start, size_t end)
{
    (void)start;
    seg_ctx *c = ctx;
    add(c->out, ink(c->text, end));
    return 0;
}

/* Drops the boundary at the end of the row (total ink) and any at 0. */
static void inner(bset *s, size_t total)
{
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->b[i] > 0 && s->b[i] < total)
            s->b[k++] = s->b[i];
    s->n = k;
}

static void tally(score *sc, const bset *gold, const bset *got)
{
    size_t i = 0, j = 0, tp = 0;
    while (i < gold->n && j < got->n) {
        if (gold->b[i] == got->b[j]) {
            tp++;
            i++;
            j++;
        } else if (gold->b[i] < got->b[j]) {
            i++;
        } else {
            j++;
        }
    }
    sc->rows++;
    sc->tp += (double)tp;
    sc->fp += (double)(got->n - tp);
    sc->fn += (double)(gold->n - tp);
    sc->exact += tp == gold->n && tp == got->n;
}

static int icu_bounds(const char *text, size_t len, const char *locale, bset *out)
{
    UErrorCode e = U_ZERO_ERROR;
    int32_t ulen = 0;
    u_strFromUTF8(NULL, 0, &ulen, text, (int32_t)len, &e);
    e = U_ZERO_ERROR;
    UChar *u = malloc(sizeof(UChar) * ((size_t)ulen + 1));
    u_strFromUTF8(u, ulen + 1, NULL, text, (int32_t)len, &e);
    if (U_FAILURE(e)) {
        free(u);
        return -1;
    }
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, locale, u, ulen, &e);
    if (U_FAILURE(e)) {
        free(u);
        return -1;
    }
    /* map UTF-16 offsets to byte offsets by walking both */
    size_t byte = 0;
    int32_t upos = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        while (upos < b && byte < len) {
            unsigned char c = (unsigned char)text[byte];
            size_t w = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            upos += w == 4 ? 2 : 1;
            byte += w;
        }
        add(out, ink(text, byte));
    }
    ubrk_close(bi);
    free(u);
    return 0;
}

/* Byte offset of the ink-th non-space character of text. */
static size_t byte_of_ink(const char *text, size_t len, size_t ink_pos)
{
    size_t i = 0, k = 0;
    while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t w =
            utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &c);
        if (w <= 0)
            w = 1;
        if (!is_space_cp(c)) {
            if (k == ink_pos)
                return i;
            k++;
        }
        i += (size_t)w;
    }
    return len;
}

/* Prints each missed (FN) and extra (FP) boundary of a row with 40 bytes of
 * context either side, the boundary shown as " || ". */
static void show_errors(const char *text, size_t len, const bset *gold, const bset *got)
{
    size_t i = 0, j = 0;
    while (i < gold->n || j < got->n) {
        const char *tag;
        size_t at;
        if (j >= got->n || (i < gold->n && gold->b[i] < got->b[j])) {
            tag = "FN";
            at = gold->b[i++];
        } else if (i >= gold->n || got->b[j] < gold->b[i]) {
            tag = "FP";
            at = got->b[j++];
        } else {
            i++, j++;
            continue;
        }
        size_t p = byte_of_ink(text, len, at);
        size_t a = p > 40 ? p - 40 : 0, b = p + 40 < len ? p + 40 : len;
        while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
            a--;
        while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
            b++;
        printf("%s: %.*s || %.*s\n", tag, (int)(p - a), text + a, (int)(b - p), text + p);
    }
}

/* What the sentence before the boundary at byte p ends with, closing quotes
 * and brackets skipped: 0 a terminator, 1 a colon, 2 a semicolon (not in
 * Greek, where it is the question mark), 3 anything else. */
enum { W_END, W_COLON, W_SEMI, W_NONE, W_KINDS };
static const char *const why_name[W_KINDS] = {"terminator", "colon", "semicolon", "none"};

static int why_at(const char *text, size_t p, const char *lang)
{
    const utf8proc_uint8_t *t = (const utf8proc_uint8_t *)text;
    while (p > 0) {
        size_t b = p - 1;
        while (b > 0 && (t[b] & 0xC0) == 0x80)
            b--;
        utf8proc_int32_t c;
        if (utf8proc_iterate(t + b, (utf8proc_ssize_t)(p - b), &c) <= 0)
            return W_NONE;
        utf8proc_category_t k = utf8proc_category(c);
        if (is_space_cp(c) || k == UTF8PROC_CATEGORY_PE || k == UTF8PROC_CATEGORY_PF || c == '"' ||
            c == '\'' || c == 0x201C || c == 0x2018 || c == 0xBB || c == '*') {
            p = b;
            continue;
        }
        if (c == ':' || c == 0xFF1A)
            return W_COLON;
        if (c == ';' || c == 0xFF1B)
            return strcmp(lang, "el") ? W_SEMI : W_END;
        if (c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x037E || c == 0x0589 ||
            c == 0x061F || c == 0x06D4 || c == 0x0964 || c == 0x0965 || c == 0x3002 ||
            c == 0xFF01 || c == 0xFF1F || c == 0xFF0E || c == 0xFF61 || c == 0x203C ||
            (c >= 0x2047 && c <= 0x2049))
            return W_END;
        return W_NONE;
    }
    return W_NONE;
}

typedef struct {
    double gold[W_KINDS], precis[W_KINDS], icu[W_KINDS];
    score p_end, i_end; /* boundaries after a terminator only */
} why_tally;

/* Counts each gold boundary by kind and whether got has it; for the
 * terminator-only score, a guess at a gold boundary of another kind is
 * left out. */
static void why_count(const char *text, size_t len, const char *lang, const bset *gold,
                      const bset *got, double *found, score *end)
{
    size_t i = 0, j = 0;
    double tp = 0, fp = 0, fn = 0;
    while (i < gold->n || j < got->n) {
        if (j >= got->n || (i < gold->n && gold->b[i] < got->b[j])) {
            int w = why_at(text, byte_of_ink(text, len, gold->b[i++]), lang);
            fn += w == W_END;
        } else if (i >= gold->n || got->b[j] < gold->b[i]) {
            fp++;
            j++;
        } else {
            int w = why_at(text, byte_of_ink(text, len, gold->b[i]), lang);
            found[w]++;
            tp += w == W_END;
            i++, j++;
        }
    }
    end->rows++;
    end->tp += tp, end->fp += fp, end->fn += fn;
}

static void why_gold(const char *text, size_t len, const char *lang, const bset *gold, double *n)
{
    for (size_t i = 0; i < gold->n; i++)
        n[why_at(text, byte_of_ink(text, len, gold->b[i]), lang)]++;
}

static double f1(const score *s)
{
    double p = s->tp + s->fp > 0 ? s->tp / (s->tp + s->fp) : 1;
    double r = s->tp + s->fn > 0 ? s->tp / (s->tp + s->fn) : 1;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void print_why(const char *lang, const why_tally *w)
{
    printf("| %s |", lang);
    for (int k = 0; k < W_KINDS; k++)
        printf(" %.0f | %.1f%% / %.1f%% |", w->gold[k],
               w->gold[k] > 0 ? 100 * w->precis[k] / w->gold[k] : 100,
               w->gold[k] > 0 ? 100 * w->icu[k] / w->gold[k] : 100);
    printf(" %.3f / %.3f |\n", f1(&w->p_end), f1(&w->i_end));
}

static void print_pct(const score *s)
{
    double p = s->tp + s->fp > 0 ? s->tp / (s->tp + s->fp) : 1;
    double r = s->tp + s->fn > 0 ? s->tp / (s->tp + s->fn) : 1;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf(" %5.1f | %.3f | %.3f | %.3f |", 100 * s->exact / s->rows, p, r, f);
}

int main(int argc, char **argv)
{
    int show = 0, why = 0, a = 1;
    const char *suffix = "@ss=standard";
    for (; a < argc && argv[a][0] == '-'; a++) {
        if (!strcmp(argv[a], "--show") && a + 1 < argc)
            show = atoi(argv[++a]);
        else if (!strcmp(argv[a], "--why"))
            why = 1;
        else if (!strcmp(argv[a], "--icu-plain"))
            suffix = "";
        else
            break;
    }
    if (a >= argc) {
        fputs("usage: precis-sbd [--show N] [--icu-plain] [--why] FILE.jsonl.gz ...\n", stderr);
        return 2;
    }
    if (why) {
        printf("| lang |");
        for (int k = 0; k < W_KINDS; k++)
            printf(" after %s | precis / ICU find |", why_name[k]);
        printf(" F1 after a terminator, precis / ICU |\n|---|");
        for (int k = 0; k < W_KINDS; k++)
            printf("---:|---:|");
        printf("---:|\n");
    } else
        printf("| lang | rows | boundaries | precis exact %% | P | R | F1 | ICU exact %% | P | R | "
               "F1 |\n"
               "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    score all_p = {0}, all_i = {0};
    for (; a < argc; a++) {
        gzFile f = gzopen(argv[a], "rb");
        if (!f) {
            fprintf(stderr, "precis-sbd: %s: cannot open\n", argv[a]);
            return 1;
        }
        score sp = {0}, si = {0};
        double nb = 0;
        char lang[16] = "";
        static char line[1 << 20];
        static bset gold, got, icu;
        why_tally wt = {0};
        int shown = 0;
        while (gzgets(f, line, sizeof line)) {
            json_error_t je;
            json_t *row = json_loads(line, 0, &je);
            if (!row)
                continue;
            const char *text = json_string_value(json_object_get(row, "text"));
            const char *lg = json_string_value(json_object_get(row, "language"));
            json_t *sents = json_object_get(row, "sentences");
            if (!lg) /* the English Golden Rules carry no language */
                lg = "en";
            if (!text || !json_is_array(sents)) {
                json_decref(row);
                continue;
            }
            snprintf(lang, sizeof lang, "%s", lg);
            size_t len = strlen(text), total = ink(text, len), acc = 0;
            gold.n = got.n = icu.n = 0;
            for (size_t k = 0; k < json_array_size(sents); k++) {
                const char *s = json_string_value(json_array_get(sents, k));
                acc += ink(s, strlen(s));
                add(&gold, acc);
            }
            inner(&gold, total);
            nb += (double)gold.n;
            seg_ctx c = {text, &got};
            precis_segment_language(text, len, lg, on_sentence, &c);
            inner(&got, total);
            char loc[64];
            snprintf(loc, sizeof loc, "%s%s", lg, suffix);
            icu_bounds(text, len, loc, &icu);
            inner(&icu, total);
            double before = sp.exact;
            tally(&sp, &gold, &got);
            tally(&si, &gold, &icu);
            if (why) {
                why_gold(text, len, lg, &gold, wt.gold);
                why_count(text, len, lg, &gold, &got, wt.precis, &wt.p_end);
                why_count(text, len, lg, &gold, &icu, wt.icu, &wt.i_end);
            }
            if (sp.exact == before && shown < show) {
                shown++;
                show_errors(text, len, &gold, &got);
            }
            json_decref(row);
        }
        gzclose(f);
        if (why) {
            print_why(lang, &wt);
            continue;
        }
        printf("| %s | %.0f | %.0f |", lang, sp.rows, nb);
        print_pct(&sp);
        print_pct(&si);
        printf("\n");
        all_p.rows += sp.rows, all_p.exact += sp.exact, all_p.tp += sp.tp, all_p.fp += sp.fp,
            all_p.fn += sp.fn;
        all_i.rows += si.rows, all_i.exact += si.exact, all_i.tp += si.tp, all_i.fp += si.fp,
            all_i.fn += si.fn;
    }
    if (why)
        return 0;
    printf("| all | %.0f | %.0f |", all_p.rows, all_p.tp + all_p.fn);
    print_pct(&all_p);
    print_pct(&all_i);
    printf("\n");
    return 0;
}
