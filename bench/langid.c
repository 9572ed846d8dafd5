#define _POSIX_C_SOURCE 200809L
/* Language identification on the paragraphs of ../shared/data/sbd/ud: the
 * share of rows of each language that precis_language_identify names
 * right, beside libexttextcat (Debian's libexttextcat, its 160 fingerprints
 * of /usr/share/libexttextcat), on the same rows, whole and cut to their
 * first 100 bytes (a title).  Also prints the instructions-free cost that
 * matters at start-up: the time each needs to load.
 *
 * usage: precis-langid FILE.jsonl.gz ... */
#include <jansson.h>
#include <libexttextcat/textcat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "precis.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* "[en--utf8][de--utf8]" -> "en"; "zh-Hans" -> "zh"; "SHORT", "UNKNOWN" -> "?" */
static void tc_code(const char *r, char *out, size_t cap)
{
    snprintf(out, cap, "?");
    if (!r || r[0] != '[')
        return;
    size_t k = 0;
    for (const char *p = r + 1; *p && *p != '-' && *p != ']' && k + 1 < cap; p++)
        out[k++] = *p;
    out[k] = 0;
}

/* The languages precis named wrongly, with how many rows each: "bg 18, uk 3". */
struct confusion {
    char code[40][8];
    int count[40];
    int n;
};

static void confuse(struct confusion *c, const char *code)
{
    int k = 0;
    while (k < c->n && strcmp(c->code[k], code))
        k++;
    if (k == c->n) {
        if (c->n == 40)
            return;
        snprintf(c->code[c->n++], sizeof c->code[0], "%s", code);
    }
    c->count[k]++;
}

static void print_confusion(const struct confusion *c)
{
    int done[40] = {0};
    for (int printed = 0; printed < c->n; printed++) {
        int best = -1;
        for (int k = 0; k < c->n; k++)
            if (!done[k] && (best < 0 || c->count[k] > c->count[best]))
                best = k;
        done[best] = 1;
        printf("%s%s %d", printed ? ", " : "", c->code[best], c->count[best]);
    }
}

/* Cuts n to a character boundary of s. */
static size_t cut_utf8(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

int main(int argc, char **argv)
{
    double t0 = now();
    void *tc =
        special_textcat_Init("/usr/share/libexttextcat/fpdb.conf", "/usr/share/libexttextcat/");
    double t1 = now();
    if (!tc)
        fputs("precis-langid: libexttextcat could not load its fingerprints\n", stderr);
    precis_language_identify("warm up the tables", 18);
    double t2 = now();
    printf("start-up: libexttextcat %.1f ms, precis %.1f ms\n\n", 1e3 * (t1 - t0), 1e3 * (t2 - t1));
    printf("| lang | rows | precis %% | exttextcat %% | precis, 100 bytes %% | exttextcat, 100 "
           "bytes %% | "
           "precis's mistakes | precis's mistakes, 100 bytes |\n"
           "|---|---:|---:|---:|---:|---:|---|---|\n");
    double all[5] = {0};
    for (int a = 1; a < argc; a++) {
        gzFile f = gzopen(argv[a], "rb");
        if (!f)
            continue;
        static char line[1 << 20];
        double rows = 0, ok[4] = {0};
        char lang[16] = "";
        struct confusion wrong[2] = {0};
        while (gzgets(f, line, sizeof line)) {
            json_t *row = json_loads(line, 0, NULL);
            const char *text = row ? json_string_value(json_object_get(row, "text")) : NULL;
            const char *lg = row ? json_string_value(json_object_get(row, "language")) : NULL;
            if (!text || !lg) {
                json_decref(row);
                continue;
            }
            snprintf(lang, sizeof lang, "%s", lg);
            size_t len = strlen(text), shortn = cut_utf8(text, len < 100 ? len : 100);
            rows++;
            char c[16];
            for (int k = 0; k < 2; k++) {
                size_t n = k ? shortn : len;
                const char *got = precis_language_identify(text, n);
                ok[2 * k] += !strcmp(got, lg);
                if (strcmp(got, lg))
                    confuse(&wrong[k], got);
                tc_code(tc ? textcat_Classify(tc, text, n) : NULL, c, sizeof c);
                ok[2 * k + 1] += !strcmp(c, lg);
            }
            json_decref(row);
        }
        gzclose(f);
        printf("| %s | %.0f | %.1f | %.1f | %.1f | %.1f | ", lang, rows, 100 * ok[0] / rows,
               100 * ok[1] / rows, 100 * ok[2] / rows, 100 * ok[3] / rows);
        print_confusion(&wrong[0]);
        printf(" | ");
        print_confusion(&wrong[1]);
        printf(" |\n");
        all[0] += rows;
        for (int k = 0; k < 4; k++)
            all[k + 1] += ok[k];
    }
    printf("| all | %.0f | %.1f | %.1f | %.1f | %.1f | | |\n", all[0], 100 * all[1] / all[0],
           100 * all[2] / all[0], 100 * all[3] / all[0], 100 * all[4] / all[0]);
    if (tc)
        textcat_Done(tc);
    return 0;
}
