/* precis: command-line front end.  A thin shell over include/precis.h. */
#include <string.h>

#include "cli.h"
#ifdef PRECIS_HAVE_SERVER
#include "serve.h"
#endif
#if __has_include("cmd_eval.h")
#include "cmd_eval.h"
#define HAVE_EVAL 1
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

int main(int argc, char **argv)
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
            return precis_serve_main(argc - 1, argv + 1);
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
