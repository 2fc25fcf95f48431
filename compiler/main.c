/*
 * main.c - the `vitc` command: dispatch to subcommands.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "compiler/cli.h"
#include "ir/util.h"

static const char usage[] =
	"usage: vitc <command> [options]\n"
	"\n"
	"commands:\n"
	"  inspect MODEL.json [--weights FILE] [--print-ir] [--shift-linear=mlp|attn|all]\n"
	"        summarize a model: inputs, outputs, ops, parameters, MACs\n"
	"  compile MODEL.json [-o MODEL.so] [--weights FILE] [--target cpu]\n"
	"        [-mcpu=CPU] [-mattr=FEATURES] [-O0..3] [--dump-ir DIR] [--print-after PASS|all]\n"
	"        [--shift-linear=mlp|attn|all] [--no-fuse] [--expose-decisions] [--records FILE]\n"
	"        [--time-report] [-j N | --jobs N] [--no-cache]\n"
	"        compile a model to a shared object\n"
	"  run MODEL.so --input [NAME=]FILE.npy ... [-o OUT.npy | --output-dir DIR]\n"
	"        [--threads N] [--repeat N] [--profile] [--expect REF.npy [--tolerance T]]\n"
	"        run a compiled model on .npy inputs\n"
	"  tune MODEL.json --records FILE [--trials N] [--time-budget S] [--resume]\n"
	"        [--seed S] [--tasks PATTERN] [--report] [-mcpu=CPU] [-mattr=F] [--shift-linear=...]\n"
	"        search schedules and record measurements (vitc tune --help)\n"
	"  quantize MODEL.json --calib CALIB.npy -o MODEL.q.json [--weights FILE]\n"
	"        [--observer minmax] [--keep-float PATTERN]...\n"
	"        power-of-two int8 quantization of the linears (docs/quantization.md)\n"
	"\n"
	"  vitc --help | --version\n";

/*
 * `vitc inspect --help`, `vitc compile --help`: the command's lines of the
 * usage above (run and tune print their own, longer help).  1 if printed.
 */
static int command_help(const char *cmd)
{
	char head[32];
	const char *p, *end;

	snprintf(head, sizeof(head), "\n  %s ", cmd);
	p = strstr(usage, head);
	if (!p)
		return 0;
	end = p + 1;                            /* up to the next command or a blank line */
	while ((end = strchr(end, '\n')) && end[1] != '\n' &&
	       !(end[1] == ' ' && end[2] == ' ' && end[3] != ' '))
		end++;
	if (!end)
		return 0;
	printf("usage: vitc %.*s\n", (int)(end - p - 3), p + 3);
	return 1;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "vitc%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (try 'vitc --help')\n");
	return 2;
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
	};

	file_temps_remove_on_signals();
	if (argc < 2)
		return cli_usage_error(NULL, "missing command");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help")) {
		fputs(usage, stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("vitc %s\n", PACKAGE_VERSION);
		return 0;
	}
	if (argc > 2 && (!strcmp(argv[2], "--help") || !strcmp(argv[2], "-h")) &&
	    (!strcmp(argv[1], "inspect") || !strcmp(argv[1], "compile")) && command_help(argv[1]))
		return 0;
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (!strcmp(argv[1], cmds[i].name))
			return cmds[i].fn(argc - 1, argv + 1);
	if (argv[1][0] == '-')
		return cli_usage_error(NULL, "unknown option '%s'", argv[1]);
	return cli_usage_error(NULL, "unknown command '%s'", argv[1]);
}
