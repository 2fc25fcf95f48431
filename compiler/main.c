/*
 * main.c - the `vitc` command: dispatch to subcommands.  The help texts
 * come from the subcommands' option tables (options.c).
 */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "compiler/cli.h"
#include "ir/util.h"

/* `vitc help [COMMAND | --all]`. */
static int cmd_help(int argc, char **argv)
{
	if (argc < 2) {
		cli_help_overview(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--all")) {
		cli_help_all(stdout);
		return 0;
	}
	for (int i = 0; cli_commands[i]; i++)
		if (!strcmp(argv[1], cli_commands[i]->name)) {
			cli_help(stdout, cli_commands[i]);
			return 0;
		}
	return cli_usage_error("help", "unknown command '%s'", argv[1]);
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} cmds[] = {
		{"inspect", cmd_inspect},
		{"compile", cmd_compile},
		{"run", cmd_run},
		{"tune", cmd_tune},
		{"quantize", cmd_quantize},
		{"help", cmd_help},
	};

	file_temps_remove_on_signals();
	if (argc < 2)
		return cli_usage_error(NULL, "missing command");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		cli_help_overview(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("vitc %s\n", PACKAGE_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (!strcmp(argv[1], cmds[i].name))
			return cmds[i].fn(argc - 1, argv + 1);
	if (argv[1][0] == '-')
		return cli_usage_error(NULL, "unknown option '%s'", argv[1]);
	return cli_usage_error(NULL, "unknown command '%s'", argv[1]);
}
