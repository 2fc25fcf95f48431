/*
 * options.h - cli_: one table-driven option parser for every `vitc`
 * subcommand.  A command declares a table of OptSpec (its options) in an
 * OptCommand; cli_parse() fills the command's options struct from argv and
 * cli_help() prints the help text from the same table, so the two cannot
 * drift.
 *
 * Accepted forms, for an option "--name" with alias "-n" taking a value:
 *   --name VALUE   --name=VALUE   -n VALUE   -nVALUE   -n=VALUE
 * and for a "joined" option (its name ends in '=' like "-mcpu=", or it is
 * flagged OPT_JOINED like "-O"): -mcpu=VALUE, -O2.  "--" ends the options.
 * Usage errors are one line "vitc CMD: what (see vitc CMD --help)" on
 * stderr, and cli_parse returns 2 (the exit status of a usage error).
 */
#ifndef VITC_OPTIONS_H
#define VITC_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
	OPT_FLAG,      /* no value: sets the int field to "ival" */
	OPT_STR,       /* a string: the const char * field points into argv */
	OPT_CHOICE,    /* a string out of "arg" ("mlp|attn|all") */
	OPT_INT,       /* an integer from lo to hi: int field */
	OPT_U64,       /* an integer from lo to hi: uint64_t field */
	OPT_DOUBLE,    /* a number from lo to hi: double field */
	OPT_CALL,      /* a value handed to "call" */
} OptKind;

/*
 * OPT_REQUIRED: "missing --records FILE" when absent; shown without
 * brackets in the synopsis.  OPT_MANY: may be given more than once (its
 * OPT_CALL collects them); shown with "..." in the synopsis.
 */
enum { OPT_JOINED = 1, OPT_HIDDEN = 2, OPT_REQUIRED = 4, OPT_MANY = 8 };

typedef struct OptSpec {
	const char *name;    /* "--records", "-o", "-mcpu=", "-O" */
	const char *alias;   /* "-j" for "--jobs", or NULL */
	const char *arg;     /* the value's name in the help ("FILE"), NULL for flags */
	OptKind kind;
	size_t off;          /* offsetof the target field in the command's options */
	double lo, hi;       /* the range of a number */
	int ival;            /* OPT_FLAG: the value stored */
	int flags;           /* OPT_JOINED, OPT_HIDDEN, OPT_REQUIRED, OPT_MANY */
	/* OPT_CALL: take "val"; 0, or -1 with a message (without "vitc CMD: ") in "why" */
	int (*call)(void *opts, const char *val, char *why, size_t len);
	const char *help;    /* one or more lines; '\n' continues in the help column */
} OptSpec;

typedef struct {
	const char *name;        /* "compile" */
	const char *positional;  /* "MODEL.json": the one positional argument (required) */
	size_t pos_off;          /* its const char * field */
	const char *summary;     /* one line for `vitc --help` */
	const char *about;       /* paragraph before the options, or NULL */
	const char *notes;       /* paragraph after the options, or NULL */
	const OptSpec *opts;     /* ends with a {NULL} entry */
} OptCommand;

/*
 * Fill "out" (the command's options struct, already holding the defaults)
 * from argv (argv[0] is the subcommand name); the positional argument and
 * the OPT_REQUIRED options must be there.  Returns 0, 1 when --help was
 * printed (exit 0), or 2 after a usage error line.
 */
int cli_parse(const OptCommand *c, int argc, char **argv, void *out);

/* The full help of one command, generated from its table. */
void cli_help(FILE *f, const OptCommand *c);

/* Print "vitc CMD: <msg> (see vitc CMD --help)"; returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The subcommands' tables (inspect.c, compile.c, run.c, tune.c, quantize.c). */
extern const OptCommand cli_inspect_cmd, cli_compile_cmd, cli_run_cmd, cli_tune_cmd,
	cli_quantize_cmd;
/* All of them, NULL-terminated, in the order `vitc --help` lists them. */
extern const OptCommand *const cli_commands[];

/* `vitc --help`: one synopsis and summary per command. */
void cli_help_overview(FILE *f);
/* Every command's full help as one text (`vitc help --all`; the man page's source). */
void cli_help_all(FILE *f);

#endif
