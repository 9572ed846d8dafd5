/* precis: command-line front end.  A thin shell over include/precis.h. */
#include <string.h>

#include "cli.h"
#if __has_include("cmd_eval.h")
#include "cmd_eval.h"
#define HAVE_EVAL 1
#endif

static void usage(FILE *out)
{
    fputs("usage: precis [summarize] [options] FILE|DIR|- ...   summary of one cluster\n"
          "       precis digest [options] FILE|DIR|- ...        summary, quotes, disagreements,\n"
          "                                                      timeline, entities\n"
          "       precis batch [options] < clusters.jsonl        one JSON line per cluster\n"
          "       precis segment FILE...|-                       one sentence per line\n"
          "       precis extract [-f text|json] FILE|-           article text of an HTML page\n"
          "       precis eval [ROUGE options] --refs R.jsonl --sys S.jsonl\n"
          "       precis --list-methods | --version | --help\n"
          "Run 'precis COMMAND --help' for a command's options.\n",
          out);
}

int main(int argc, char **argv)
{
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
        if (strcmp(cmd, "--version") == 0) {
            printf("precis %s\n", PRECIS_VERSION_STRING);
            return EXIT_OK;
        }
        if (strcmp(cmd, "help") == 0) {
            usage(stdout);
            return EXIT_OK;
        }
    }
    return cmd_summarize(argc, argv);
}
