/* precis: command-line front end.  A thin shell over include/precis.h. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#if __has_include("cmd_eval.h")
#include "cmd_eval.h"
#define HAVE_EVAL 1
#endif

#ifdef PRECIS_HAVE_SERVER
/* `precis serve` is a program of its own, precis-serve, which this process
 * becomes (server/main/precis_serve.c says why).  Looked for beside this
 * program (the build tree), then in the libexec folder beside its bin
 * folder (an install under any prefix or DESTDIR), then where the build
 * was configured to install it.  argv[0] is "serve". */
/* 0 when p is not there (this process goes on), else why it did not run:
 * execv returns only when it fails. */
static int exec_if_there(const char *p, char **argv)
{
    execv(p, argv);
    return errno == ENOENT || errno == ENOTDIR ? 0 : errno;
}

static int run_serve(char **argv)
{
    char self[PATH_MAX], path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = 0;
    const char *slash = strrchr(self, '/');
    static const char *const beside[] = {"precis-serve", "../" PRECIS_SERVE_RELATIVE};
    const char *tried = PRECIS_SERVE_PROGRAM;
    int err = 0;
    argv[0] = "precis-serve";
    for (size_t k = 0; slash && !err && k < sizeof beside / sizeof *beside; k++)
        if (snprintf(path, sizeof path, "%.*s/%s", (int)(slash - self), self, beside[k]) <
                (int)sizeof path &&
            (err = exec_if_there(path, argv)) != 0)
            tried = path;
    if (!err)
        err = exec_if_there(PRECIS_SERVE_PROGRAM, argv);
    fprintf(stderr, "precis: serve: cannot run %s: %s\n", tried, strerror(err ? err : ENOENT));
    return EXIT_INTERNAL;
}
#endif

static void usage(FILE *out)
{
    fputs("usage: precis [COMMAND] [options] FILE|DIR|- ...\n"
          "Summarize clusters of news articles.  Commands (summarize when none is given):\n"
          "  summarize   summary of one cluster: each FILE a document, a DIR its files\n"
          "  digest      summary with quotes, disagreeing figures, timeline, entities\n"
          "  batch       JSON Lines clusters (files or stdin) in, one JSON line out each\n"
          "  cluster     group a stream of articles into stories\n"
          "  serve       HTTP API and web page: articles grouped into stories, digests\n"
          "  segment     sentences of documents, one per line (--raw: no cleaning)\n"
          "  extract     article text of an HTML page\n"
          "  eval        ROUGE scores of system summaries against references\n"
          "  help        this list\n"
          "Options: precis --list-methods | --version | --help;\n"
          "'precis COMMAND --help' lists a command's options.  Inputs may be gzip-compressed.\n",
          out);
}

static int run(int argc, char **argv)
{
    opterr = 0; /* cli_getopt words the messages, starting with "precis:" */
    /* "precis help COMMAND" is "precis COMMAND --help" */
    char *help_argv[] = {argv[0], argc >= 3 ? argv[2] : NULL, "--help", NULL};
    if (argc == 3 && strcmp(argv[1], "help") == 0 && strcmp(argv[2], "help") != 0) {
        argc = 3;
        argv = help_argv;
    }
    if (argc >= 2) {
        const char *cmd = argv[1];
        if (strcmp(cmd, "summarize") == 0)
            return cmd_summarize(argc - 1, argv + 1);
        if (strcmp(cmd, "digest") == 0)
            return cmd_digest(argc - 1, argv + 1);
        if (strcmp(cmd, "batch") == 0)
            return cmd_batch(argc - 1, argv + 1);
        if (strcmp(cmd, "extract") == 0)
            return cmd_extract(argc - 1, argv + 1);
        if (strcmp(cmd, "cluster") == 0)
            return cmd_cluster(argc - 1, argv + 1);
        if (strcmp(cmd, "segment") == 0)
            return cmd_segment(argc - 1, argv + 1);
        if (strcmp(cmd, "eval") == 0) {
#ifdef HAVE_EVAL
            return precis_cmd_eval(argc - 1, argv + 1);
#else
            fputs("precis: eval is not built in this version\n", stderr);
            return EXIT_USAGE;
#endif
        }
        if (strcmp(cmd, "serve") == 0) {
#ifdef PRECIS_HAVE_SERVER
            return run_serve(argv + 1);
#else
            fputs("precis: serve is not built in this version (it needs libmicrohttpd and"
                  " SQLite)\n",
                  stderr);
            return EXIT_USAGE;
#endif
        }
        if (strcmp(cmd, "--version") == 0) {
            printf("precis %s\n", PRECIS_VERSION_STRING);
            return EXIT_OK;
        }
        if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
            usage(stdout);
            return EXIT_OK;
        }
    }
    return cmd_summarize(argc, argv);
}

/* Every command's output, including --help, --version and the lists, is
 * checked once written: `precis --list-methods > /dev/full` says it could
 * not write and exits 3, as a summary does (a command that already said
 * so returned EXIT_INTERNAL). */
int main(int argc, char **argv)
{
    int rc = run(argc, argv);
    if (rc != EXIT_INTERNAL && cli_finish_output())
        rc = EXIT_INTERNAL;
    return rc;
}
