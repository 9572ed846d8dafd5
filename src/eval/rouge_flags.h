/* ROUGE-1.5.5 command-line letters applied to precis_rouge_options. */
#ifndef PRECIS_EVAL_ROUGE_FLAGS_H
#define PRECIS_EVAL_ROUGE_FLAGS_H
#include "precis.h"

/* 1 if ROUGE's option `letter` takes an argument (b c e f l n p r t w z 2 3). */
int rouge_flag_takes_arg(char letter);
/* Applies option -<letter> [arg].  Returns 0, or -1 for an unknown letter or
 * a bad argument.  -a, -v and -e are accepted and ignored. */
int rouge_flag_set(precis_rouge_options *o, char letter, const char *arg);
/* Applies a whole flag string such as "-c 95 -r 1000 -n 2 -a -m" (single
 * letters separated by spaces).  Returns 0 or -1. */
int rouge_flags_parse(precis_rouge_options *o, const char *flags);
#endif
