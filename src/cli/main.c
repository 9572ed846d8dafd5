#include <stdio.h>
#include <string.h>
#include "precis.h"
#include "cli/cmd_eval.h"
int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "eval") == 0)
        return precis_cmd_eval(argc - 1, argv + 1);
    puts(precis_strerror(PRECIS_OK));
    return 0;
}
