#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_parse_count(const char *arg, const char *what, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    int shift = 0;
    if (end != arg && *end && !end[1]) {
        shift = *end == 'k' || *end == 'K'   ? 10
                : *end == 'm' || *end == 'M' ? 20
                : *end == 'g' || *end == 'G' ? 30
                                             : -1;
        end += shift >= 0;
    }
    if ((errno == ERANGE || v > (SIZE_MAX >> (shift > 0 ? shift : 0))) && end != arg &&
        arg[0] != '-' && shift >= 0 && !*end) {
        fprintf(stderr, "precis: %s: '%s' is out of range (1..%zu)\n", what, arg, (size_t)SIZE_MAX);
        return -1;
    }
    if (errno || end == arg || *end || arg[0] == '-' || v == 0 || shift < 0) {
        fprintf(stderr,
                "precis: %s expects a whole number in 1..%zu (K, M, G suffixes allowed), "
                "got '%s'\n",
                what, (size_t)SIZE_MAX, arg);
        return -1;
    }
    *out = (size_t)(v << shift);
    return 0;
}

int cli_no_rewrite;

/* The budget's unit given (-1: none yet): two kinds of budget in one call
 * ("--bytes 100 --sentences 1") are an error, not "the last one wins". */
/* A language tag names the profile `code`: the code in any case, alone or
 * before a region or script subtag ("en", "EN", "en-US", "pt_BR",
 * "zh-Hans"), as BCP 47 tags are case-insensitive. */
static int language_tag_is(const char *tag, const char *code)
{
    size_t n = 0;
    for (; code[n]; n++)
        if ((tag[n] >= 'A' && tag[n] <= 'Z' ? tag[n] + 32 : tag[n]) != code[n])
            return 0;
    return tag[n] == 0 || ((tag[n] == '-' || tag[n] == '_') && tag[n + 1] != 0);
}

static int budget_unit = -1;

static int set_budget(precis_options *o, precis_unit unit, const char *arg, const char *what)
{
    if (budget_unit >= 0 && budget_unit != (int)unit) {
        fprintf(stderr,
                "precis: give one budget: --words, --bytes or --sentences (%s after "
                "another)\n",
                what);
        return -1;
    }
    budget_unit = (int)unit;
    o->unit = unit;
    return cli_parse_count(arg, what, &o->budget) ? -1 : 1;
}

int cli_common_option(int opt, const char *arg, precis_options *o, precis_format *fmt)
{
    switch (opt) {
    case OPT_NO_REWRITE:
        cli_no_rewrite = 1;
        return 1;
    case 'w':
        return set_budget(o, PRECIS_UNIT_WORDS, arg, "--words");
    case OPT_BYTES:
        return set_budget(o, PRECIS_UNIT_BYTES, arg, "--bytes");
    case OPT_SENTENCES:
        return set_budget(o, PRECIS_UNIT_SENTENCES, arg, "--sentences");
    case OPT_MAX_SENTENCE:
        return cli_parse_count(arg, "--max-sentence-bytes", &o->max_sentence_bytes) ? -1 : 1;
    case OPT_MAX_DOCUMENT:
        return cli_parse_count(arg, "--max-document-bytes", &o->max_document_bytes) ? -1 : 1;
    case OPT_MAX_GRAPH:
        return cli_parse_count(arg, "--max-graph-sentences", &o->max_graph_sentences) ? -1 : 1;
    case OPT_MAX_CLUSTER:
        return cli_parse_count(arg, "--max-cluster-bytes", &o->max_cluster_bytes) ? -1 : 1;
    case OPT_MAX_DOCUMENTS:
        return cli_parse_count(arg, "--max-documents", &o->max_documents) ? -1 : 1;
    case OPT_MAX_MEMORY:
        return cli_parse_count(arg, "--max-cluster-memory", &o->max_cluster_memory) ? -1 : 1;
    case OPT_MAX_LINE:
        return cli_parse_count(arg, "--max-line-bytes", &o->max_line_bytes) ? -1 : 1;
    case 'm':
        o->method = arg;
        return 1;
    case OPT_LANGUAGE:
        /* "und": the rules every language shares (no stemmer, no
         * stopwords), as a language without a profile is analysed */
        if (language_tag_is(arg, "und")) {
            o->language = "und";
            return 1;
        }
        for (size_t i = 0; i < precis_language_count(); i++)
            if (language_tag_is(arg, precis_language_code(i))) {
                o->language = precis_language_code(i);
                return 1;
            }
        fprintf(stderr, "precis: unknown language '%s' (see --list-languages)\n", arg);
        return -1;
    case OPT_LIST_LANGUAGES:
        for (size_t i = 0; i < precis_language_count(); i++)
            printf("%-3s %s\n", precis_language_code(i), precis_language_name(i));
        exit(cli_finish_output() ? EXIT_INTERNAL : EXIT_OK);
    case 'f':
        if (!fmt)
            return 0;
        if (precis_format_from_name(arg, fmt) != PRECIS_OK) {
            fprintf(stderr, "precis: unknown format '%s' (", arg);
            for (int f = 0; precis_format_name((precis_format)f); f++)
                fprintf(stderr, "%s%s", f ? ", " : "", precis_format_name((precis_format)f));
            fputs(")\n", stderr);
            return -1;
        }
        return 1;
    case OPT_ORDER:
        if (strcmp(arg, "source") == 0)
            o->order = PRECIS_ORDER_SOURCE;
        else if (strcmp(arg, "score") == 0)
            o->order = PRECIS_ORDER_SCORE;
        else if (strcmp(arg, "time") == 0)
            o->order = PRECIS_ORDER_TIME;
        else if (strcmp(arg, "reading") == 0)
            o->order = PRECIS_ORDER_READING;
        else {
            fprintf(stderr, "precis: unknown order '%s' (reading, source, time, score)\n", arg);
            return -1;
        }
        return 1;
    case OPT_REDUNDANCY: {
        char *end;
        double v = strtod(arg, &end);
        if (end == arg || *end || !(v > 0 && v <= 1)) {
            fprintf(stderr, "precis: --redundancy expects a number in (0, 1], got '%s'\n", arg);
            return -1;
        }
        o->redundancy = v;
        return 1;
    }
    default:
        return 0;
    }
}

int cli_check_method(const precis_options *o)
{
    if (!o->method)
        return 0;
    for (size_t i = 0; i < precis_method_count(); i++)
        if (strcmp(precis_method_name(i), o->method) == 0)
            return 0;
    fprintf(stderr, "precis: unknown method '%s' (see --list-methods)\n", o->method);
    return -1;
}

void cli_list_methods(FILE *out)
{
    for (size_t i = 0; i < precis_method_count(); i++)
        fprintf(out, "%-10s %s%s\n", precis_method_name(i), precis_method_description(i),
                strcmp(precis_method_name(i), precis_default_method()) == 0 ? " [default]" : "");
}

char *cli_read_all(FILE *f, size_t limit, size_t *len, int *cut)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    *cut = 0;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (limit && n > limit) {
            /* Over the limit: keep the first `limit` bytes and stop reading
             * (an endless stream must not hang us). */
            n = limit;
            *cut = 1;
            break;
        }
        if (cap - n - 1 == 0) {
            char *p = realloc(buf, cap * 2);
            if (!p) {
                free(buf);
                return NULL;
            }
            buf = p;
            cap *= 2;
        }
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

char *cli_read_stdin(size_t limit, size_t *len)
{
    int cut;
    char *text = cli_read_all(stdin, limit, len, &cut);
    if (text && cut)
        fprintf(stderr,
                "precis: warning: standard input cut at %zu bytes "
                "(--max-cluster-bytes)\n",
                *len);
    return text;
}

void cli_print_warning(void *ctx, const precis_error *w)
{
    if (cli_input_warning(NULL, w->code, w->message) && ctx)
        ++*(int *)ctx;
}

int cli_input_warning(const char *name, precis_status code, const char *why)
{
    int lost = code == PRECIS_EIO;
    fprintf(stderr, "precis: %s%s%s%s\n", lost ? "" : "warning: ", name ? name : "",
            name ? ": " : "", why);
    return lost;
}

const char *cli_read_error(void)
{
    return errno ? strerror(errno) : "read error";
}

int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts)
{
    int opt = getopt_long(argc, argv, shortopts, longopts, NULL);
    if (opt == '?' || opt == ':') {
        const char *arg = optind > 0 && optind <= argc ? argv[optind - 1] : "";
        int needs = optopt >= 256 || (optopt > 0 && optopt != ':' && strchr(shortopts, optopt));
        if (needs)
            fprintf(stderr, "precis: option '%s' needs a value\n", arg);
        else if (optopt > 0)
            fprintf(stderr, "precis: unknown option '-%c' (see --help)\n", optopt);
        else
            fprintf(stderr, "precis: unknown option '%s' (see --help)\n", arg);
        opt = '?';
    }
    return opt;
}

int cli_finish_output(void)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout))
        return 0;
    fprintf(stderr, "precis: error writing output: %s\n", errno ? strerror(errno) : "write failed");
    return EXIT_INTERNAL;
}

int cli_stdin_twice(int argc, char **argv, int first)
{
    int seen = 0;
    for (int i = first; i < argc; i++)
        if (strcmp(argv[i], "-") == 0 && seen++) {
            fputs("precis: standard input ('-') is named more than once; it can be read once\n",
                  stderr);
            return 1;
        }
    return 0;
}

int cli_gunzip(char **buf, size_t *len, size_t limit, int *cut, precis_error *warn)
{
    memset(warn, 0, sizeof *warn);
    const unsigned char *in = (const unsigned char *)*buf;
    if (*len < 2 || in[0] != 0x1F || in[1] != 0x8B)
        return 0;
    /* the library's inflater (precis_gunzip): the CLI reads gzip as
     * precis_cluster_add_path does */
    char *out;
    size_t n;
    precis_status st = precis_gunzip(*buf, *len, limit, &out, &n, warn);
    if (st == PRECIS_ENOMEM || !out)
        return -1;
    if (warn->code == PRECIS_ELIMIT) { /* the caller says it in its words */
        *cut = 1;
        memset(warn, 0, sizeof *warn);
    }
    free(*buf);
    *buf = out;
    *len = n;
    return 0;
}

const char *cli_utf16(const char *p, size_t n)
{
    const unsigned char *s = (const unsigned char *)p;
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return "UTF-16"; /* iconv reads the byte order from the mark and drops it */
    if (n >= 4 && s[0] && s[0] < 0x80 && !s[1] && s[2] && s[2] < 0x80 && !s[3])
        return "UTF-16LE";
    if (n >= 4 && !s[0] && s[1] && s[1] < 0x80 && !s[2] && s[3] && s[3] < 0x80)
        return "UTF-16BE";
    return NULL;
}

/* 1 (after a message) when the first line of the only input, line[0..n),
 * opens as a JSON object (precis_looks_json_object) that is not whole: the input
 * ends inside it (`ended`) and jansson says it ends too soon (a file cut
 * short), or its gzip stream is corrupt (`gz`, the gzip stop's message:
 * what zlib gave before it found the damage cannot be trusted).  Such a
 * line was read as one document of JSON text and its braces and keys
 * summarized (until session 42).  `segment` and `extract` ask it of a
 * whole input too (cli_text_json_cut). */
int cli_json_cut_short(const char *name, const char *line, size_t n, int ended, const char *gz)
{
    int corrupt = gz && strncmp(gz, "gzip data corrupt", 17) == 0;
    if (corrupt ? !precis_looks_json_object(line, n) : !ended || !precis_looks_json_cut(line, n))
        return 0;
    if (corrupt)
        fprintf(stderr, "precis: %s: line 1: JSON in a corrupt gzip stream, not read (%s)\n", name,
                gz);
    else
        fprintf(stderr, "precis: %s: line 1: JSON cut short at byte %zu%s%s%s\n", name, n,
                gz ? " (" : "", gz ? gz : "", gz ? ")" : "");
    return 1;
}

/* A whole input's text (after gzip is inflated) that is one JSON line cut
 * short (precis_looks_json_cut): 1 after "NAME: line 1: JSON cut
 * short at byte N (GZIP STOP)", summarize's words, the gzip stop `gz` in
 * brackets when the stream stopped early (PRECIS_EIO; a warning of bytes
 * after its end is said before, as cli_input_warning says it).  A
 * corrupt stream's text is not refused for opening as JSON, as summarize
 * refuses it: these readers keep the part before a stop (docs/inputs.md,
 * "Input not read whole").  `segment` (FILE, -, --raw) and `extract` read
 * such a file as prose, its keys printed as sentences or as an article,
 * until s43-edges2. */
int cli_text_json_cut(const char *name, const char *text, size_t len, const precis_error *gz)
{
    if (!precis_looks_json_cut(text, len))
        return 0;
    int stop = gz && gz->code == PRECIS_EIO; /* said in the message, as summarize says it */
    if (gz && gz->code && !stop)
        cli_input_warning(name, gz->code, gz->message);
    fprintf(stderr, "precis: %s: line 1: JSON cut short at byte %zu%s%s%s\n", name, len,
            stop ? " (" : "", stop ? gz->message : "", stop ? ")" : "");
    return 1;
}
