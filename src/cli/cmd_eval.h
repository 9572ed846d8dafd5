/* `precis eval`: ROUGE-1.5.5 scores of system summaries against references. */
#ifndef PRECIS_CLI_CMD_EVAL_H
#define PRECIS_CLI_CMD_EVAL_H

/* Runs the command; argv[0] is "eval".  Returns the process exit status:
 * 0 success, 1 bad input data (file:line message on stderr), 2 usage error. */
int precis_cmd_eval(int argc, char **argv);
#endif
