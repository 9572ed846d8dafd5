/* precis-cpu: CPU time of one summary, measured inside the process, for
 * bench/cluster10k.sh.  Reads FILE (documents separated by a line "|||||",
 * as precis_summarize_text takes them), summarizes it RUNS times with the
 * given method and word budget, and prints the CPU time of the first call
 * (cold caches, fresh memory), the median and the fastest of the others, in
 * ms (the fastest is the least disturbed by other work on the machine):
 *
 *   first_ms median_ms min_ms words_out
 *
 * Process start-up (the dynamic loader, the libraries' constructors) is not
 * counted, since it is paid once per process whatever the input.
 *
 * usage: precis-cpu [-m METHOD] [-w WORDS] [-r RUNS] FILE */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "precis.h"

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap) {
            char *p = realloc(buf, cap *= 2);
            if (!p)
                free(buf);
            buf = p;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    precis_options o;
    precis_options_init(&o);
    int runs = 50;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-m") && i + 1 < argc)
            o.method = argv[++i];
        else if (!strcmp(argv[i], "-w") && i + 1 < argc)
            o.budget = (size_t)strtoul(argv[++i], NULL, 10); /* unit: words */
        else if (!strcmp(argv[i], "-r") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else
            path = argv[i];
    }
    if (!path || runs < 2) {
        fprintf(stderr, "usage: precis-cpu [-m METHOD] [-w WORDS] [-r RUNS>=2] FILE\n");
        return 2;
    }
    size_t len;
    char *text = slurp(path, &len);
    if (!text) {
        fprintf(stderr, "precis-cpu: %s: cannot read\n", path);
        return 1;
    }
    double *t = malloc((size_t)runs * sizeof *t);
    size_t words = 0;
    for (int r = 0; t && r < runs; r++) {
        char *out = NULL;
        size_t olen = 0;
        double t0 = cpu_ms();
        precis_status st = precis_summarize_text(text, len, &o, PRECIS_FORMAT_TEXT, &out, &olen);
        t[r] = cpu_ms() - t0;
        if (st) {
            fprintf(stderr, "precis-cpu: %s: %s\n", path, precis_strerror(st));
            return 1;
        }
        words = 0;
        for (size_t i = 0; i < olen; i++)
            words += (i == 0 || out[i - 1] == ' ' || out[i - 1] == '\n') && out[i] != ' ' &&
                     out[i] != '\n';
        precis_free(out);
    }
    if (!t)
        return 1;
    qsort(t + 1, (size_t)runs - 1, sizeof *t, cmp_double);
    printf("%.3f %.3f %.3f %zu\n", t[0], t[1 + (runs - 1) / 2], t[1], words);
    free(t);
    free(text);
    return 0;
}
