/*
 * cli.h - the `vitc` subcommands.  Each takes the arguments after its name
 * (argv[0] is the subcommand) and returns the process exit status:
 * 0 success, 1 a failure with one message line on stderr, 2 a usage error.
 * Their options are tables for the one parser of options.h.
 */
#ifndef VITC_CLI_H
#define VITC_CLI_H

#include "compiler/options.h"

int cmd_inspect(int argc, char **argv);
int cmd_compile(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_tune(int argc, char **argv);
int cmd_quantize(int argc, char **argv);

#endif
