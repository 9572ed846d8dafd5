/* Shared pieces of the command-line program. */
#ifndef PRECIS_CLI_H
#define PRECIS_CLI_H
#include <getopt.h>
#include <stdio.h>
#include <zlib.h>
#include "precis.h"

/* Exit statuses (documented in docs/precis.1). */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

/* Long options shared by summarize and batch; values >= 256 are long-only. */
enum {
    OPT_BYTES = 256,
    OPT_SENTENCES,
    OPT_ORDER,
    OPT_LIST_METHODS,
    OPT_REDUNDANCY,
    OPT_JOBS,
    OPT_MAX_SENTENCE,
    OPT_MAX_DOCUMENT,
    OPT_MAX_GRAPH,
    OPT_DIGEST,
    OPT_DIGEST_ALL,
    OPT_DIGEST_ITEMS,
    OPT_MAX_CLUSTER,
    OPT_MAX_DOCUMENTS,
    OPT_MAX_MEMORY,
    OPT_MAX_LINE,
    OPT_LANGUAGE,
    OPT_LIST_LANGUAGES,
    OPT_NO_REWRITE,
};

#define CLI_COMMON_SHORT "w:m:f:h"
#define CLI_COMMON_LONG                                                                            \
    {"words", required_argument, NULL, 'w'}, {"bytes", required_argument, NULL, OPT_BYTES},        \
        {"sentences", required_argument, NULL, OPT_SENTENCES},                                     \
        {"method", required_argument, NULL, 'm'}, {"format", required_argument, NULL, 'f'},        \
        {"order", required_argument, NULL, OPT_ORDER},                                             \
        {"list-methods", no_argument, NULL, OPT_LIST_METHODS},                                     \
        {"redundancy", required_argument, NULL, OPT_REDUNDANCY},                                   \
        {"max-sentence-bytes", required_argument, NULL, OPT_MAX_SENTENCE},                         \
        {"max-document-bytes", required_argument, NULL, OPT_MAX_DOCUMENT},                         \
        {"max-graph-sentences", required_argument, NULL, OPT_MAX_GRAPH},                           \
        {"max-cluster-bytes", required_argument, NULL, OPT_MAX_CLUSTER},                           \
        {"max-documents", required_argument, NULL, OPT_MAX_DOCUMENTS},                             \
        {"max-cluster-memory", required_argument, NULL, OPT_MAX_MEMORY},                           \
        {"max-line-bytes", required_argument, NULL, OPT_MAX_LINE},                                 \
        {"language", required_argument, NULL, OPT_LANGUAGE},                                       \
        {"list-languages", no_argument, NULL, OPT_LIST_LANGUAGES},                                 \
        {"no-rewrite", no_argument, NULL, OPT_NO_REWRITE},                                         \
    {                                                                                              \
        "help", no_argument, NULL, 'h'                                                             \
    }

/* --no-rewrite: summaries show every sentence as its document writes it
 * (precis_summary_undo_edits), not with a person's given name added. */
extern int cli_no_rewrite;

/* Why a summary is empty: every sentence is a candidate except page
 * furniture (model/model.c), so only a cluster of furniture alone has none. */
#define CLI_EMPTY_SUMMARY_WHY                                                                      \
    "the summary is empty: every sentence of the input is web page furniture "                     \
    "(docs/cleaning.md, \"Page furniture\")"
/* A document the summary left out (precis_summary_document_aside). */
#define CLI_ASIDE_WHY PRECIS_ASIDE_MESSAGE
#define CLI_EMPTY_SUMMARY "warning: " CLI_EMPTY_SUMMARY_WHY

/* Why a cluster of documents has no sentence at all: every line was empty
 * or web page boilerplate that cleaning drops before sentences are made
 * (a cookie banner, a row of sharing buttons). */
#define CLI_NO_SENTENCES                                                                           \
    "the input holds no sentences: its text is empty or web page boilerplate "                     \
    "(docs/cleaning.md)"

/* A whole number in 1..SIZE_MAX, with an optional K, M or G suffix
 * (powers of 1024), into *out: 0, or -1 after a message naming the option
 * `what` and the range. */
int cli_parse_count(const char *arg, const char *what, size_t *out);
/* 1 (with a message) when "-" is among the operands argv[first..argc) more
 * than once: standard input can be read once, and a second "-" would be an
 * empty input. */
int cli_stdin_twice(int argc, char **argv, int first);

/* Applies one common option.  Returns 1 if handled, 0 if `opt` is not a
 * common option, -1 (after a message) if its argument is invalid. */
int cli_common_option(int opt, const char *arg, precis_options *o, precis_format *fmt);

/* getopt_long with the messages of the CLI (opterr is 0): an unknown
 * option or a missing value is named in a line "precis: ..." and '?' is
 * returned. */
int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts);

/* Checks the method name in o; prints an error and returns -1 if unknown. */
int cli_check_method(const precis_options *o);
void cli_list_methods(FILE *out);

/* Why the last read failed: strerror(errno) when errno is set, else a
 * generic reason.  Callers set errno to 0 before the read. */
const char *cli_read_error(void);

/* Reads all of `f`, at most `limit` bytes (0 = no limit), into a malloc'd
 * buffer (NUL-terminated); NULL on error.  *cut is set when the input was
 * longer than the limit (the rest is drained unread). */
char *cli_read_all(FILE *f, size_t limit, size_t *len, int *cut);

/* When buf[0..*len) opens with the gzip signature (1f 8b), replaces *buf
 * (malloc'd, NUL-terminated) by its inflated bytes (precis_gunzip: members
 * in turn), at most `limit` (0 = no limit; *cut set past it).  Returns 0,
 * or -1 when out of memory (*buf unchanged).  warn->code is 0, or
 * warn->message says why inflating stopped early (a stream cut short or
 * corrupt: the bytes before are kept; bytes after the last member that
 * are not gzip: ignored), naming the byte and the member.  Readers that
 * take the whole input at once (extract, segment --raw) judge the
 * inflated bytes, as the library's readers do. */
int cli_gunzip(char **buf, size_t *len, size_t limit, int *cut, precis_error *warn);

/* The name iconv reads p[0..n) by when it opens as UTF-16 text: "UTF-16"
 * after a byte order mark, "UTF-16LE" or "UTF-16BE" for ASCII interleaved
 * with NUL bytes in its first four bytes; else NULL.  JSON Lines and --raw
 * text are read as UTF-8 only, so such an input is refused by name
 * (CLI_UTF16_WHY, the name twice) rather than failing on every line. */
const char *cli_utf16(const char *p, size_t n);
#define CLI_UTF16_WHY "not UTF-8: %s text; convert it first (iconv -f %s -t UTF-8)"

/* Reads all of standard input as cli_read_all, at most `limit` bytes
 * (--max-cluster-bytes), with "precis: warning: standard input cut at N
 * bytes" when it was longer.  NULL on error, with nothing printed. */
char *cli_read_stdin(size_t limit, size_t *len);

/* Flushes standard output: 0, or EXIT_INTERNAL after "precis: error
 * writing output: REASON" (a full disk, a closed pipe) -- the exit status
 * docs/precis.1 gives when output could not be written. */
int cli_finish_output(void);

/* precis_options.warn_fn for the CLI: prints the warning as
 * cli_input_warning does, and counts in *(int *)ctx (when ctx is not NULL)
 * those that say the input was not read whole. */
void cli_print_warning(void *ctx, const precis_error *w);
/* Says what went wrong reading the input NAME (NULL: WHY names it) and
 * returns 1 when `code` is PRECIS_EIO: text the input holds was not read
 * (a gzip stream cut short or corrupt, a file of a directory that cannot
 * be read), "precis: NAME: WHY", an error: the command goes on with the
 * part read and exits 1 (docs/inputs.md, "Input not read whole"), as
 * batch and cluster do after the lines before.  Else prints "precis:
 * warning: NAME: WHY" (a repair, bytes after the last gzip member, a file
 * that is not text skipped: nothing lost) and returns 0. */
int cli_input_warning(const char *name, precis_status code, const char *why);

/* A first line that opens as a JSON object and is not whole (common.c):
 * 1 after "NAME: line 1: JSON cut short at byte N" (or "JSON in a corrupt
 * gzip stream, not read"), 0 when it is not such a line.  `gz`: the gzip
 * stop's message, or NULL. */
int cli_json_cut_short(const char *name, const char *line, size_t n, int ended, const char *gz);
int cli_text_json_cut(const char *name, const char *text, size_t len, const precis_error *gz);

/* A JSON Lines input (lines.c): a file or standard input ("-"), plain or
 * gzip, read in blocks; NUL bytes are kept in a line (the JSON parser
 * names them). */
typedef struct cli_lines {
    int fd;           /* the file, or 0 for standard input */
    const char *name; /* for messages: the path, or "standard input" */
    int is_stdin;
    /* read as it comes (a live feed: a line is read as soon as it is
     * written, where gzread waited to fill its buffer), plain or gzip
     * through inflate: a stream, as a feed or a file larger than memory
     * needs, where precis_gunzip takes the whole input at once; its
     * messages are precis_gunzip's, naming the byte and the member */
    int mode; /* 0 not yet known, 1 plain, 2 gzip, 3 gzip member ended */
    z_stream z;
    size_t z_read; /* bytes of gzip read so far, */
    size_t member; /* ... and the member being inflated (1-based) */
    unsigned char in[1 << 16];
    char buf[1 << 16];
    size_t pos, end, blocks;
    int eof;
    int eof_next; /* a corrupt stream: the block read is the last */
    int corrupt;  /* ... and its unfinished line is not read (lines.c) */
    /* what ends a line: 0 until the first line end is seen, then '\n', or
     * '\r' when that first end is a CR not followed by LF (classic Mac OS
     * text, some exporters): JSON has no raw CR inside a string, so such
     * a file would otherwise be one line that fails as a whole */
    char eol;
    int binary;        /* its first block is not text: nothing was read */
    char why[256];     /* ... and why (precis_looks_binary) */
    const char *error; /* why reading stopped early (also a gzip stream cut
                          short: the lines before were read), or NULL */
    /* bytes that are not gzip after the last gzip member, ignored (as
     * gzip(1) and precis_gunzip do): every line was read, nothing lost, so
     * batch and cluster warn and exit as without them, as every other
     * reader does (session 40; they failed the input, exit 1) */
    const char *warning;
    char error_buf[160];
    char head[256]; /* the first bytes of the line read last (of one not
                       kept, over the limit: its id can be read there) */
    size_t head_len;
    size_t lines; /* lines read so far, */
    int open;     /* ... the last one without its line end (the input's end) */
} cli_lines;
/* What ends the lines of a JSON Lines input that starts with p[0..n): '\r'
 * when its first line end is a CR alone (classic Mac OS text, some
 * exporters: JSON holds no raw CR inside a string, so such a file would
 * otherwise be one line that fails as a whole), '\n' when it is a line
 * feed or CR LF, 0 when p[0..n) does not tell yet (no line end, or a CR as
 * its last byte).  batch, cluster and eval read lines so; the server's
 * POST /v1/articles and the Python package decide the same way. */
char cli_line_end(const char *p, size_t n);
/* Opens `path` ("-": standard input).  Returns 0, or -1 with errno set
 * (0 when out of memory). */
int cli_lines_open(cli_lines *r, const char *path);
/* Reads one line, without its '\n', into a new buffer of at most `limit`
 * bytes.  Returns 1 for a line, 0 at the end of the input (or of a file
 * that is not text: r->binary), -1 when out of memory.  A longer line is
 * read to its end but not kept: *out is NULL and *len its full length.
 * The unfinished line where a corrupt gzip stream stopped is not read
 * (r->corrupt): 0 is returned, r->error names the byte. */
int cli_lines_read(cli_lines *r, size_t limit, char **out, size_t *len);
/* Prints why reading stopped early (r->error) as "precis: CMD: NAME: line
 * N: WHY" (no "CMD: " when cmd is NULL), N the line the stop fell in. */
void cli_lines_say_error(const cli_lines *r, const char *cmd);
/* 0 when reading standard input and no whole line can be read without
 * waiting (none buffered, no byte ready: a live feed between lines), else
 * 1.  batch answers the lines it holds then, rather than waiting for a
 * block of them. */
int cli_lines_ready(const cli_lines *r);
void cli_lines_close(cli_lines *r);
/* The id of a line that is no valid JSON but opens as a cluster or an
 * article does, {"id": ID, ... (a string or an integer), read up to the
 * end of ID, or NULL: the fault further on (a stray byte in a document, a
 * line cut short) does not hide which line it was.  batch's and cluster's
 * error lines carry it. */
struct json_t;
struct json_t *cli_leading_id(const char *line, size_t len);

int cmd_summarize(int argc, char **argv);
/* summarize with the digest (quotes, figures, timeline, entities) when
 * `digest` is non-zero; cmd_digest.c is `precis digest`. */
int cli_summarize(int argc, char **argv, int digest);
int cmd_digest(int argc, char **argv);
int cmd_segment(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_cluster(int argc, char **argv);
#endif
