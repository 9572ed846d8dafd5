/* precis digest: the summary with quotes, disagreeing figures, a timeline and
 * entities; the same options as summarize (docs/digest.md). */
#include "cli.h"

int cmd_digest(int argc, char **argv)
{
    return cli_summarize(argc, argv, 1);
}
