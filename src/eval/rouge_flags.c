/* ROUGE-1.5.5 option letters -> precis_rouge_options: the public
 * precis_rouge_option_* calls, so that every front end reads ROUGE's flags
 * as the CLI does. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "precis.h"

PRECIS_API int precis_rouge_option_takes_arg(char letter)
{
    return letter && strchr("bceflnprtwz23", letter) != NULL;
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (!s || *s == '-' || *s == 0)
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > SIZE_MAX)
        return -1;
    *out = (size_t)v;
    return 0;
}

static int parse_int(const char *s, int *out)
{
    char *end;
    errno = 0;
    if (!s || *s == 0)
        return -1;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < -1000000 || v > 1000000)
        return -1;
    *out = (int)v;
    return 0;
}

static int parse_double(const char *s, double *out)
{
    char *end;
    errno = 0;
    if (!s || *s == 0)
        return -1;
    double v = strtod(s, &end);
    if (errno || *end || v != v)
        return -1;
    *out = v;
    return 0;
}

static int set(precis_rouge_options *o, char letter, const char *arg)
{
    switch (letter) {
    case 'a': /* evaluate all systems: always done */
    case 'v':
        return 0;
    case 'd':
        o->per_eval = 1;
        return 0;
    case 'm':
        o->stem = 1;
        return 0;
    case 's':
        o->remove_stopwords = 1;
        return 0;
    case 'u':
        o->skip_unigrams = 1;
        return 0;
    case 'U':
        o->skip_both = 1;
        return 0;
    case 'x':
        o->no_lcs = 1;
        return 0;
    case 'n':
        return parse_int(arg, &o->max_ngram) < 0 || o->max_ngram < 0 ? -1 : 0;
    case 'l':
        return parse_size(arg, &o->word_limit);
    case 'b':
        return parse_size(arg, &o->byte_limit);
    case 'r': /* 1..10^6: more resamples move no digit ROUGE prints, and
               * 10^11 of them only ran out of memory */
        return parse_size(arg, &o->resamples) < 0 || o->resamples == 0 || o->resamples > 1000000
                   ? -1
                   : 0;
    case 'c':
        return parse_double(arg, &o->confidence) < 0 || o->confidence < 0 || o->confidence > 100
                   ? -1
                   : 0;
    case 'p':
        return parse_double(arg, &o->alpha) < 0 || o->alpha < 0 || o->alpha > 1 ? -1 : 0;
    case 'w':
        return parse_double(arg, &o->wlcs_weight) < 0 || o->wlcs_weight <= 0 ? -1 : 0;
    case '2':
        o->skip_bigrams = 1;
        return parse_int(arg, &o->skip_distance);
    case 'f':
        if (!arg || (strcmp(arg, "A") != 0 && strcmp(arg, "B") != 0))
            return -1;
        o->formula = arg[0];
        return 0;
    case 't': {
        int t;
        if (parse_int(arg, &t) < 0)
            return -1;
        o->count_mode = (t == 1 || t == 2) ? t : 0; /* ROUGE: anything else = 0 */
        return 0;
    }
    case 'e': /* ROUGE_EVAL_HOME: the data is compiled in */
        return 0;
    default:
        return -1;
    }
}

/* Next space-separated word of *p (NUL-terminated in place), or NULL. */
static char *next_word(char **p)
{
    char *s = *p;
    while (*s == ' ')
        s++;
    if (!*s)
        return NULL;
    char *w = s;
    while (*s && *s != ' ')
        s++;
    if (*s)
        *s++ = 0;
    *p = s;
    return w;
}

static int parse(precis_rouge_options *o, const char *flags)
{
    char buf[512];
    size_t n = strlen(flags);
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, flags, n + 1);
    char *cur = buf;
    for (char *tok = next_word(&cur); tok; tok = next_word(&cur)) {
        if (tok[0] != '-' || !tok[1] || tok[2])
            return -1;
        const char *arg = NULL;
        if (precis_rouge_option_takes_arg(tok[1]) && !(arg = next_word(&cur)))
            return -1;
        if (set(o, tok[1], arg) < 0)
            return -1;
    }
    return 0;
}

PRECIS_API precis_status precis_rouge_option_set(precis_rouge_options *opts, char letter,
                                                 const char *arg)
{
    return opts && set(opts, letter, arg) == 0 ? PRECIS_OK : PRECIS_EINVAL;
}

PRECIS_API precis_status precis_rouge_options_parse(precis_rouge_options *opts, const char *flags)
{
    return opts && flags && parse(opts, flags) == 0 ? PRECIS_OK : PRECIS_EINVAL;
}
