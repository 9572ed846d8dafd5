/* precis eval [ROUGE options] --refs R.jsonl --sys S.jsonl
 *
 * Reads references and system summaries as JSON Lines (gzip accepted),
 * matches them by id and prints ROUGE-1.5.5's report (or JSON/CSV). */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "precis.h"
#include "cli.h"
#include "cmd_eval.h"

#define MAX_SYS 64

static const char usage_text[] =
    "usage: precis eval [ROUGE options] --refs REFS.jsonl --sys SYS.jsonl [--sys ...]\n"
    "                   [--name NAME] [--format text|json|csv] [--seed N]\n"
    "\n"
    "Scores system summaries against references exactly as ROUGE-1.5.5.pl does\n"
    "(same tokens, stemmer, rounding and bootstrap), printing the same lines.\n"
    "\n"
    "Input (JSON Lines, optionally gzip-compressed; sentences separated by \\n):\n"
    "  --refs FILE   lines {\"id\", \"summary\"} or {\"id\", \"summaries\": [...]}\n"
    "  --sys FILE    lines {\"id\", \"summary\"}; repeatable, one system per file\n"
    "  --name NAME   system name (default: the --sys file name without .jsonl[.gz])\n"
    "  --format F    text (ROUGE-1.5.5's output, default), json or csv\n"
    "  --seed N      bootstrap seed offset: resample i uses Perl's srand(N + i);\n"
    "                0 (default) reproduces ROUGE-1.5.5's intervals exactly\n"
    "  --tokenize T  rouge (default): ROUGE-1.5.5's tokens, ASCII letters and digits\n"
    "                only; unicode: runs of Unicode letters, digits and marks after\n"
    "                NFC, case folding and removal of zero-width characters (for\n"
    "                text in any script; the same figures on ASCII text)\n"
    "\n"
    "ROUGE-1.5.5 options:\n"
    "  -n N     compute ROUGE-1 .. ROUGE-N\n"
    "  -m       stem (WordNet exceptions + ROUGE's Porter variant)\n"
    "  -s       remove stopwords\n"
    "  -l N     use only the first N words     -b N  the first N bytes\n"
    "  -f A|B   several references: A = pool counts (default), B = best one\n"
    "  -p ALPHA F-measure weight (default 0.5)\n"
    "  -c CF    confidence interval in percent (default 95)\n"
    "  -r R     bootstrap resamples (default 1000)\n"
    "  -2 D     skip-bigrams with at most D words between (D < 0: no limit)\n"
    "  -u       with -2: add unigrams (ROUGE-SU)   -U  print ROUGE-S and ROUGE-SU\n"
    "  -w W     ROUGE-W with weight W\n"
    "  -x       do not compute ROUGE-L\n"
    "  -t 0|1|2 average per evaluation (0), per token (1), raw counts (2)\n"
    "  -d       print every evaluation's scores\n"
    "  -a, -v, -e DIR  accepted and ignored (all systems are evaluated; the\n"
    "           ROUGE data files are built in)\n"
    "  -h       this help\n"
    "\n"
    "Example: precis eval -n 2 -m -c 95 -r 1000 -a --refs refs.jsonl --sys lead3.jsonl\n";

/* Inputs whose gzip stream stopped early, cut short or corrupt: the
 * scores of the lines read are printed, then exit 1 (docs/inputs.md,
 * "Input not read whole"), as batch does after the lines before. */
static int eval_lost;

/* A whole (possibly gzip-compressed) file in memory, gzip inflated as every
 * reader does (cli_gunzip, the library's precis_gunzip): a gzip stream
 * that stopped early (cut short, corrupt, bytes after it that are not
 * gzip) is read up to there, naming the byte and the member: an error
 * (eval_lost) when the stream was cut short or corrupt, the unfinished
 * line of a corrupt one not read (as lines.c does: zlib gave those bytes
 * just before it found the damage), a warning for bytes after it (gzread
 * read a file cut short in silence until session 40, and refused one with
 * a wrong CRC as "read error"; exit 0 until session 43). */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    int cut = 0;
    char *buf = cli_read_all(f, 0, len, &cut);
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        return NULL;
    }
    precis_error gz;
    if (cli_gunzip(&buf, len, 0, &cut, &gz) < 0) {
        free(buf);
        errno = ENOMEM;
        return NULL;
    }
    if (gz.code && cli_input_warning(path, gz.code, gz.message)) {
        eval_lost = 1;
        if (strncmp(gz.message, "gzip data corrupt", 17) == 0)
            while (*len && buf[*len - 1] != '\n' && buf[*len - 1] != '\r')
                buf[--*len] = '\0';
    }
    return buf;
}

typedef struct {
    const char *path;
    char *data;
    size_t len, pos, lineno;
    char eol; /* what ends a line (cli_line_end), 0 until known */
} jsonl;

/* Reads r->path whole: 0, or -1 after a message naming it. */
static int jsonl_open(jsonl *r)
{
    errno = 0;
    r->data = read_file(r->path, &r->len);
    if (!r->data) {
        fprintf(stderr, "precis: eval: cannot read %s: %s\n", r->path, cli_read_error());
        return -1;
    }
    /* UTF-16 (a Windows editor's "Unicode"): named, not "invalid JSON:
     * unable to decode byte 0xff" */
    const char *utf16 = cli_utf16(r->data, r->len);
    if (utf16) {
        fprintf(stderr, "precis: eval: %s: " CLI_UTF16_WHY "\n", r->path, utf16, utf16);
        free(r->data);
        r->data = NULL;
        return -1;
    }
    return 0;
}

/* Next non-blank line as a JSON object, or NULL at the end (*err set on a
 * parse error after printing file:line). */
static json_t *jsonl_next(jsonl *r, int *err)
{
    *err = 0;
    while (r->pos < r->len) {
        char *s = r->data + r->pos;
        if (!r->eol)
            r->eol = cli_line_end(s, r->len - r->pos);
        char *nl = memchr(s, r->eol ? r->eol : '\n', r->len - r->pos);
        size_t l = nl ? (size_t)(nl - s) : r->len - r->pos;
        r->pos += l + (nl ? 1 : 0);
        r->lineno++;
        size_t k = 0;
        while (k < l && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' || s[k] == '\n'))
            k++;
        if (k == l)
            continue;
        json_error_t je;
        json_t *o = json_loadb(s, l, 0, &je);
        if (!o) {
            fprintf(stderr, "precis: eval: %s:%zu: invalid JSON: %s (column %d)\n", r->path,
                    r->lineno, je.text, je.column);
            *err = 1;
            return NULL;
        }
        if (!json_is_object(o)) {
            fprintf(stderr, "precis: eval: %s:%zu: expected a JSON object\n", r->path, r->lineno);
            json_decref(o);
            *err = 1;
            return NULL;
        }
        return o;
    }
    return NULL;
}

/* The id of a line as text (strings as is, integers in decimal). */
static int line_id(json_t *o, char *buf, size_t cap, const char **out)
{
    json_t *id = json_object_get(o, "id");
    if (json_is_string(id)) {
        *out = json_string_value(id);
        return 0;
    }
    if (json_is_integer(id)) {
        snprintf(buf, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        *out = buf;
        return 0;
    }
    return -1;
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static char *peer_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *name = dup_str(base);
    if (!name)
        return NULL;
    static const char *const exts[] = {".gz", ".jsonl", ".json", ".jl"};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t n = strlen(name), e = strlen(exts[i]);
        if (n > e && strcmp(name + n - e, exts[i]) == 0)
            name[n - e] = 0;
    }
    return name;
}

/* refs file -> JSON object id -> array of summary strings */
static json_t *load_refs(const char *path)
{
    jsonl r = {path, NULL, 0, 0, 0, 0};
    if (jsonl_open(&r) < 0)
        return NULL;
    json_t *map = json_object();
    json_t *o;
    int err = 0;
    while (map && (o = jsonl_next(&r, &err))) {
        char ibuf[32];
        const char *id;
        json_t *one = json_object_get(o, "summary"), *many = json_object_get(o, "summaries");
        json_t *list = json_array();
        int bad = line_id(o, ibuf, sizeof ibuf, &id) < 0;
        if (!bad && json_is_string(one)) {
            json_array_append(list, one);
        } else if (!bad && json_is_array(many) && json_array_size(many) > 0) {
            size_t i;
            json_t *v;
            json_array_foreach(many, i, v)
            {
                if (!json_is_string(v))
                    bad = 1;
                json_array_append(list, v);
            }
        } else {
            bad = 1;
        }
        if (bad) {
            fprintf(stderr,
                    "precis: eval: %s:%zu: expected {\"id\", \"summary\": string} or "
                    "{\"id\", \"summaries\": [string, ...]}\n",
                    path, r.lineno);
            err = 1;
        } else if (json_object_get(map, id)) {
            fprintf(stderr, "precis: eval: %s:%zu: duplicate id \"%s\"\n", path, r.lineno, id);
            err = 1;
        } else {
            json_object_set(map, id, list);
        }
        json_decref(list);
        json_decref(o);
        if (err)
            break;
    }
    free(r.data);
    if (err || !map) {
        json_decref(map);
        return NULL;
    }
    return map;
}

static int score_system(precis_rouge *ev, json_t *refs, const char *path, const char *name)
{
    jsonl r = {path, NULL, 0, 0, 0, 0};
    if (jsonl_open(&r) < 0)
        return -1;
    json_t *o;
    int err = 0;
    size_t used = 0;
    const char **rv = NULL;
    size_t *rl = NULL, rcap = 0;
    size_t failed = 0;
    while ((o = jsonl_next(&r, &err))) {
        char ibuf[32];
        const char *id;
        json_t *sum = json_object_get(o, "summary");
        /* a cluster `precis batch` failed on ({"id", "error"}) made no
         * summary: it scores as an empty one, so that the average stays
         * over every cluster */
        if (!sum && json_is_string(json_object_get(o, "error"))) {
            sum = json_string("");
            json_object_set_new(o, "summary", sum);
            failed++;
        }
        if (line_id(o, ibuf, sizeof ibuf, &id) < 0 || !json_is_string(sum)) {
            fprintf(stderr, "precis: eval: %s:%zu: expected {\"id\", \"summary\": string}\n", path,
                    r.lineno);
            err = 1;
        } else {
            json_t *list = json_object_get(refs, id);
            size_t n = json_array_size(list);
            if (!list) {
                fprintf(stderr, "precis: eval: %s:%zu: id \"%s\" has no reference\n", path,
                        r.lineno, id);
                err = 1;
            } else {
                if (n > rcap) {
                    rcap = n;
                    rv = realloc(rv, n * sizeof *rv);
                    rl = realloc(rl, n * sizeof *rl);
                }
                if (!rv || !rl) {
                    fprintf(stderr, "precis: eval: out of memory\n");
                    err = 1;
                } else {
                    for (size_t i = 0; i < n; i++) {
                        rv[i] = json_string_value(json_array_get(list, i));
                        rl[i] = json_string_length(json_array_get(list, i));
                    }
                    precis_status st = precis_rouge_add(ev, id, name, json_string_value(sum),
                                                        json_string_length(sum), rv, rl, n);
                    if (st == PRECIS_EINVAL) {
                        fprintf(stderr, "precis: eval: %s:%zu: duplicate id \"%s\"\n", path,
                                r.lineno, id);
                        err = 1;
                    } else if (st != PRECIS_OK) {
                        fprintf(stderr, "precis: eval: %s:%zu: %s\n", path, r.lineno,
                                precis_strerror(st));
                        err = 1;
                    } else {
                        used++;
                    }
                }
            }
        }
        json_decref(o);
        if (err)
            break;
    }
    free(rv);
    free(rl);
    free(r.data);
    if (err)
        return -1;
    if (used == 0) {
        fprintf(stderr, "precis: eval: %s holds no summary\n", path);
        return -1;
    }
    if (failed)
        fprintf(stderr,
                "precis: eval: warning: %zu lines of %s hold an error and no summary; "
                "each is scored as an empty summary\n",
                failed, path);
    if (used < json_object_size(refs))
        fprintf(stderr,
                "precis: eval: warning: %zu of %zu reference ids have no summary in %s; "
                "they are not scored\n",
                json_object_size(refs) - used, json_object_size(refs), path);
    return 0;
}

/* What a ROUGE option letter that takes a value accepts (rouge_flags.c). */
static const char *rouge_value_expected(char letter)
{
    switch (letter) {
    case 'n':
    case 'l':
    case 'b':
        return "a whole number, 0 or more";
    case 'r':
        return "a whole number in 1..1000000";
    case 'c':
        return "a number in 0..100";
    case 'p':
        return "a number in 0..1";
    case 'w':
        return "a number above 0";
    case '2':
    case 't':
        return "a whole number";
    case 'f':
        return "A or B";
    default:
        return "another value";
    }
}

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "precis: eval: %s%s%s\n", msg, arg ? " " : "", arg ? arg : "");
    fprintf(stderr, "Try 'precis eval -h' for help.\n");
    return 2;
}

int precis_cmd_eval(int argc, char **argv)
{
    precis_rouge_options opt;
    precis_rouge_options_init(&opt);
    const char *refs_path = NULL, *name = NULL, *sys[MAX_SYS];
    size_t nsys = 0;
    precis_rouge_format fmt = PRECIS_ROUGE_TEXT;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--", 2) == 0 && a[2]) {
            const char *key = a + 2, *val = NULL;
            const char *eq = strchr(key, '=');
            size_t kl = eq ? (size_t)(eq - key) : strlen(key);
            if (kl == 4 && strncmp(key, "help", 4) == 0) {
                fputs(usage_text, stdout);
                return 0;
            }
            static const char *const known[] = {"refs",   "sys",      "name",
                                                "format", "tokenize", "seed"};
            int is_known = 0;
            for (size_t k = 0; k < sizeof known / sizeof *known; k++)
                if (strlen(known[k]) == kl && strncmp(key, known[k], kl) == 0)
                    is_known = 1;
            if (!is_known)
                return usage_error("unknown option", a);
            if (eq)
                val = eq + 1;
            else if (i + 1 < argc)
                val = argv[++i];
            else
                return usage_error("missing value for", a);
            if (kl == 4 && strncmp(key, "refs", 4) == 0) {
                /* one file holds every reference ("summaries": [...]); a
                 * second --refs silently replaced the first */
                if (refs_path)
                    return usage_error("--refs given twice (one file holds every reference: "
                                       "{\"id\", \"summaries\": [...]})",
                                       NULL);
                refs_path = val;
            } else if (kl == 3 && strncmp(key, "sys", 3) == 0) {
                if (nsys == MAX_SYS)
                    return usage_error("too many --sys files", NULL);
                sys[nsys++] = val;
            } else if (kl == 4 && strncmp(key, "name", 4) == 0) {
                name = val;
            } else if (kl == 6 && strncmp(key, "format", 6) == 0) {
                if (strcmp(val, "text") == 0)
                    fmt = PRECIS_ROUGE_TEXT;
                else if (strcmp(val, "json") == 0)
                    fmt = PRECIS_ROUGE_JSON;
                else if (strcmp(val, "csv") == 0)
                    fmt = PRECIS_ROUGE_CSV;
                else
                    return usage_error("unknown format", val);
            } else if (kl == 8 && strncmp(key, "tokenize", 8) == 0) {
                if (strcmp(val, "unicode") == 0)
                    opt.unicode_tokens = 1;
                else if (strcmp(val, "rouge") == 0)
                    opt.unicode_tokens = 0;
                else
                    return usage_error("unknown tokenizer (rouge, unicode)", val);
            } else if (kl == 4 && strncmp(key, "seed", 4) == 0) {
                char *end;
                unsigned long s = strtoul(val, &end, 10);
                if (!*val || *end || *val == '-')
                    return usage_error("bad --seed", val);
                opt.seed = s;
            }
        } else if (a[0] == '-' && a[1]) {
            /* ROUGE's letters, as Getopt::Std: bundled (-am), -n2 or -n 2 */
            for (const char *p = a + 1; *p; p++) {
                if (*p == 'h' || *p == 'H') {
                    fputs(usage_text, stdout);
                    return 0;
                }
                const char *arg = NULL;
                if (precis_rouge_option_takes_arg(*p)) {
                    if (p[1])
                        arg = p + 1;
                    else if (i + 1 < argc)
                        arg = argv[++i];
                    else
                        return usage_error("missing value for option", a);
                }
                if (precis_rouge_option_set(&opt, *p, arg) != PRECIS_OK) {
                    char o[3] = {'-', *p, 0};
                    if (!arg || *p == 'z')
                        return usage_error(arg ? "unsupported option (input is JSON Lines):"
                                               : "unknown option",
                                           o);
                    /* the value and what is expected, as the other
                     * commands say it (docs/inputs.md, "Messages") */
                    fprintf(stderr, "precis: eval: -%c expects %s, got '%s'\n", *p,
                            rouge_value_expected(*p), arg);
                    fputs("Try 'precis eval -h' for help.\n", stderr);
                    return EXIT_USAGE;
                }
                if (arg)
                    break;
            }
        } else {
            return usage_error("unexpected argument", a);
        }
    }
    if (!refs_path || nsys == 0)
        return usage_error("--refs and --sys are required", NULL);
    if (name && nsys > 1)
        return usage_error("--name needs a single --sys", NULL);
    if (opt.word_limit && opt.byte_limit)
        return usage_error("use -l or -b, not both", NULL);

    precis_rouge *ev = NULL;
    precis_status st = precis_rouge_new(&opt, NULL, &ev);
    if (st != PRECIS_OK)
        return usage_error(st == PRECIS_EINVAL ? "no metric selected or inconsistent options"
                                               : precis_strerror(st),
                           NULL);
    json_t *refs = load_refs(refs_path);
    int rc = refs ? 0 : 1;
    for (size_t k = 0; k < nsys && rc == 0; k++) {
        char *pn = name ? dup_str(name) : peer_name(sys[k]);
        if (!pn || !*pn) {
            fprintf(stderr, "precis: eval: empty system name for %s\n", sys[k]);
            rc = 1;
        } else if (score_system(ev, refs, sys[k], pn) < 0) {
            rc = 1;
        }
        free(pn);
    }
    if (rc == 0) {
        char *out = NULL;
        size_t len = 0;
        st = precis_rouge_report(ev, fmt, &out, &len);
        if (st != PRECIS_OK) {
            fprintf(stderr, "precis: eval: %s\n", precis_strerror(st));
            rc = 1;
        } else {
            fwrite(out, 1, len, stdout);
            if (cli_finish_output())
                rc = EXIT_INTERNAL;
        }
        precis_free(out);
    }
    json_decref(refs);
    precis_rouge_free(ev);
    return rc == 0 && eval_lost ? EXIT_INPUT : rc;
}
