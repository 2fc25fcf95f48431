/*
 * options.c - cli_: the table-driven option parser of every `vitc`
 * subcommand and the help texts generated from the same tables
 * (options.h).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/options.h"

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "vitc%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see vitc %s%s--help)\n", cmd ? cmd : "", cmd ? " " : "");
	return 2;
}

static int takes_value(const OptSpec *s)
{
	return s->kind != OPT_FLAG;
}

/* A name like "-mcpu=" or an OPT_JOINED one: the value is part of the argument. */
static int is_joined(const OptSpec *s, const char *name)
{
	size_t n = strlen(name);
	return (n && name[n - 1] == '=') || (s->flags & OPT_JOINED);
}

/* How the option is written with its value in help and messages: "--records FILE". */
static void spelled(const OptSpec *s, const char *name, char *buf, size_t len)
{
	if (!takes_value(s))
		snprintf(buf, len, "%s", name);
	else
		snprintf(buf, len, "%s%s%s", name, is_joined(s, name) ? "" : " ", s->arg);
}

/*
 * Does argument "a" name option "s" under "name"?  Returns 1 and sets
 * *val to the attached value (NULL if none, the value is the next
 * argument); 0 if it does not.
 */
static int match_name(const OptSpec *s, const char *name, const char *a, const char **val)
{
	size_t n = strlen(name);

	*val = NULL;
	if (is_joined(s, name)) {
		if (!strncmp(a, name, n)) {
			*val = a + n;
			return 1;
		}
		/* "-mcpu" without "=": the option, with its value missing */
		return name[n - 1] == '=' && !strncmp(a, name, n - 1) && !a[n - 1];
	}
	if (!strcmp(a, name))
		return 1;
	if (strncmp(a, name, n))
		return 0;
	if (a[n] == '=') {                      /* --name=VALUE, -j=4 */
		*val = a + n + 1;
		return 1;
	}
	if (n == 2 && name[0] == '-' && name[1] != '-' && takes_value(s)) {
		*val = a + n;                   /* -j4, -oFILE */
		return 1;
	}
	return 0;
}

/* Parse an integer or number of option "s" into its field; 0, or 2 after the message. */
static int set_number(const OptCommand *c, const OptSpec *s, const char *opt,
                      const char *v, void *out)
{
	char *end;
	double d;

	errno = 0;
	d = strtod(v, &end);
	int bad = errno || end == v || *end || !isfinite(d) || d < s->lo || d > s->hi ||
	          (s->kind != OPT_DOUBLE && d != floor(d));
	if (bad) {
		if (isinf(s->hi))
			return cli_usage_error(c->name, "%s: bad number '%s' (want %s%g or more)", opt,
			                       v, s->kind == OPT_DOUBLE ? "" : "an integer, ", s->lo);
		return cli_usage_error(c->name, "%s: bad number '%s' (want %s from %g to %g)", opt,
		                       v, s->kind == OPT_DOUBLE ? "a number" : "an integer",
		                       s->lo, s->hi);
	}
	char *field = (char *)out + s->off;
	if (s->kind == OPT_INT)
		*(int *)field = (int)d;
	else if (s->kind == OPT_U64)
		*(uint64_t *)field = (uint64_t)d;
	else
		*(double *)field = d;
	return 0;
}

/* Is "v" one of the '|'-separated words of "list"? */
static int in_choices(const char *list, const char *v)
{
	size_t n = strlen(v);
	for (const char *p = list; p && *p;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		if (n && len == n && !strncmp(p, v, n))
			return 1;
		p = bar ? bar + 1 : NULL;
	}
	return 0;
}

/* "mlp|attn|all" as "mlp, attn or all". */
static void choices_prose(const char *list, char *buf, size_t len)
{
	size_t o = 0;
	const char *p = list;

	buf[0] = 0;
	while (p && *p && o < len) {
		const char *bar = strchr(p, '|');
		int w = bar ? (int)(bar - p) : (int)strlen(p);
		const char *sep = !bar ? "" : strchr(bar + 1, '|') ? ", " : " or ";
		o += (size_t)snprintf(buf + o, len - o, "%.*s%s", w, p, sep);
		p = bar ? bar + 1 : NULL;
	}
}

/* Store value "v" of option "s" (spelled "opt" on the command line). */
static int set_value(const OptCommand *c, const OptSpec *s, const char *opt, const char *v,
                     void *out)
{
	char why[512];

	switch (s->kind) {
	case OPT_FLAG:
		*(int *)((char *)out + s->off) = s->ival;
		return 0;
	case OPT_STR:
		*(const char **)((char *)out + s->off) = v;
		return 0;
	case OPT_CHOICE:
		if (!in_choices(s->arg, v)) {
			choices_prose(s->arg, why, sizeof(why));
			return cli_usage_error(c->name, "unknown %s value '%s' (expected %s)", opt, v,
			                       why);
		}
		*(const char **)((char *)out + s->off) = v;
		return 0;
	case OPT_CALL:
		why[0] = 0;
		if (s->call(out, v, why, sizeof(why)))
			return cli_usage_error(c->name, "%s", why[0] ? why : "bad value");
		return 0;
	default:
		return set_number(c, s, opt, v, out);
	}
}

int cli_parse(const OptCommand *c, int argc, char **argv, void *out)
{
	const char **pos = (const char **)((char *)out + c->pos_off);
	int only_positional = 0;
	unsigned long long seen = 0;            /* bit i: option c->opts[i] was given */

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *val = NULL, *name = NULL;
		const OptSpec *s = NULL;

		if (only_positional || a[0] != '-' || !a[1]) {
			if (*pos)
				return cli_usage_error(c->name, "more than one %s ('%s', '%s')",
				                       c->positional, *pos, a);
			*pos = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_positional = 1;
			continue;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			cli_help(stdout, c);
			return 1;
		}
		for (const OptSpec *t = c->opts; t->name && !s; t++) {
			if (match_name(t, t->name, a, &val))
				s = t, name = t->name;
			else if (t->alias && match_name(t, t->alias, a, &val))
				s = t, name = t->alias;
		}
		if (!s)
			return cli_usage_error(c->name, "unknown option '%s'", a);
		char opt[64];
		snprintf(opt, sizeof(opt), "%.*s", (int)strcspn(name, "="), name);
		if (!takes_value(s)) {
			if (val)
				return cli_usage_error(c->name, "option '%s' takes no value", opt);
		} else if (!val && !is_joined(s, name)) {
			if (i + 1 >= argc) {
				char sp[128];
				spelled(s, name, sp, sizeof(sp));
				return cli_usage_error(c->name, "option '%s' needs a value (%s)", opt, sp);
			}
			val = argv[++i];
		} else if (!val || !*val) {
			char sp[128];
			spelled(s, name, sp, sizeof(sp));
			return cli_usage_error(c->name, "option '%s' needs a value (%s)", opt, sp);
		}
		int rc = set_value(c, s, opt, val, out);
		if (rc)
			return rc;
		if (s - c->opts < 64)
			seen |= 1ull << (s - c->opts);
	}
	if (!*pos)
		return cli_usage_error(c->name, "missing %s", c->positional);
	for (const OptSpec *s = c->opts; s->name; s++)
		if ((s->flags & OPT_REQUIRED) && s - c->opts < 64 && !(seen >> (s - c->opts) & 1)) {
			char sp[128];
			spelled(s, s->name, sp, sizeof(sp));
			return cli_usage_error(c->name, "missing %s", sp);
		}
	return 0;
}

/* The synopsis "vitc CMD MODEL.json [-o MODEL.so] [--weights FILE] ...", wrapped. */
static void print_synopsis(FILE *f, const OptCommand *c, const char *lead)
{
	int col = fprintf(f, "%svitc %s %s", lead, c->name, c->positional);
	int indent = (int)strlen(lead) + 6 + (int)strlen(c->name);

	for (const OptSpec *s = c->opts; s->name; s++) {
		char sp[128];
		if (s->flags & OPT_HIDDEN)
			continue;
		spelled(s, s->name, sp, sizeof(sp));
		if (col + 6 + (int)strlen(sp) > 88)
			col = fprintf(f, "\n%*s", indent, "") - 1;
		col += fprintf(f, (s->flags & OPT_REQUIRED) ? " %s%s" : " [%s]%s", sp,
		               (s->flags & OPT_MANY) ? "..." : "");
	}
	fputc('\n', f);
}

void cli_help(FILE *f, const OptCommand *c)
{
	print_synopsis(f, c, "usage: ");
	fputc('\n', f);
	if (c->about)
		fprintf(f, "%s\n\n", c->about);
	for (const OptSpec *s = c->opts; s->name; s++) {
		char left[160], sp[128];
		if (s->flags & OPT_HIDDEN)
			continue;
		spelled(s, s->name, sp, sizeof(sp));
		if (s->alias)
			snprintf(left, sizeof(left), "%s, %s", s->alias, sp);
		else
			snprintf(left, sizeof(left), "%s", sp);
		const char *h = s->help;
		int w = fprintf(f, "  %-22s", left);
		if (w > 24)
			fprintf(f, "\n%24s", "");
		/* continuation lines of the help text line up in the help column */
		while (h) {
			const char *nl = strchr(h, '\n');
			fprintf(f, " %.*s\n", nl ? (int)(nl - h) : (int)strlen(h), h);
			h = nl ? nl + 1 : NULL;
			if (h)
				fprintf(f, "%24s", "");
		}
	}
	fprintf(f, "  %-22s print this help\n", "-h, --help");
	if (c->notes)
		fprintf(f, "\n%s\n", c->notes);
}

const OptCommand *const cli_commands[] = {
	&cli_inspect_cmd, &cli_compile_cmd, &cli_run_cmd, &cli_tune_cmd, &cli_quantize_cmd, NULL,
};

void cli_help_overview(FILE *f)
{
	fprintf(f, "usage: vitc <command> [options]\n\ncommands:\n");
	for (int i = 0; cli_commands[i]; i++) {
		print_synopsis(f, cli_commands[i], "  ");
		fprintf(f, "        %s\n", cli_commands[i]->summary);
	}
	fprintf(f, "\n  vitc <command> --help      a command's options in full\n"
	           "  vitc help --all            every command's options\n"
	           "  vitc --help | --version\n");
}

void cli_help_all(FILE *f)
{
	for (int i = 0; cli_commands[i]; i++) {
		if (i)
			fprintf(f, "\n");
		fprintf(f, "vitc %s - %s\n\n", cli_commands[i]->name, cli_commands[i]->summary);
		cli_help(f, cli_commands[i]);
	}
}
