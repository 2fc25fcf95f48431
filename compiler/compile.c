/*
 * compile.c - `vitc compile`: parse options, then hand over to the
 * pipeline in driver.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/cli.h"
#include "backends/backend.h"
#include "compiler/driver.h"

/* "model.json" -> "model.so" next to it. */
static char *default_output(const char *model)
{
	size_t n = strlen(model);
	char *out = malloc(n + 4);
	if (!out)
		return NULL;
	memcpy(out, model, n + 1);
	if (n > 5 && !strcmp(out + n - 5, ".json"))
		out[n - 5] = 0;
	strcat(out, ".so");
	return out;
}

static int known_stage(const char *s)
{
	if (!strcmp(s, "all"))
		return 1;
	for (int i = 0; driver_stage_names[i]; i++)
		if (!strcmp(s, driver_stage_names[i]))
			return 1;
	return 0;
}

/* "-j N": a thread count 1..256; -1 if "s" is not one. */
static int parse_jobs(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (!*s || *end || v < 1 || v > 256)
		return -1;
	*out = (int)v;
	return 0;
}

/* Take the value of "--flag VALUE" or "--flag=VALUE"; NULL if "a" is another flag. */
static const char *flag_value(const char *flag, int argc, char **argv, int *i,
                              int *missing)
{
	size_t n = strlen(flag);
	*missing = 0;
	if (!strncmp(argv[*i], flag, n) && argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (strcmp(argv[*i], flag))
		return NULL;
	if (*i + 1 >= argc) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

int cmd_compile(int argc, char **argv)
{
	CompileOptions o = {.opt_level = CG_DEFAULT_OPT_LEVEL, .fuse = 1};
	char *owned = NULL;
	VitcErr err = {{0}};

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		int missing;
		static const char *const vflags[] = {"-o", "--weights", "--target", "--dump-ir",
		                                     "--print-after", "--shift-linear", "-j",
		                                     "--jobs", "--records", NULL};
		int handled = 0;
		for (int f = 0; vflags[f]; f++) {
			v = flag_value(vflags[f], argc, argv, &i, &missing);
			if (missing)
				return cli_usage_error("compile", "%s needs a value", vflags[f]);
			if (!v)
				continue;
			handled = 1;
			switch (f) {
			case 0: o.output = v; break;
			case 1: o.weights = v; break;
			case 2:
				if (strcmp(v, "cpu"))
					return cli_usage_error("compile", "unknown target '%s' (this vitc "
					                       "has: cpu)", v);
				break;
			case 3: o.dump_dir = v; break;
			case 4:
				if (!known_stage(v))
					return cli_usage_error("compile", "unknown stage '%s' for "
					                       "--print-after", v);
				o.print_after = v;
				break;
			case 5:
				if (strcmp(v, "mlp") && strcmp(v, "attn") && strcmp(v, "all"))
					return cli_usage_error("compile", "unknown --shift-linear value "
					                       "'%s' (expected mlp, attn or all)", v);
				o.shift_linear = v;
				break;
			case 6:
			case 7:
				if (parse_jobs(v, &o.jobs))
					return cli_usage_error("compile", "%s: want a number of threads "
					                       "from 1 to 256, got '%s'", vflags[f], v);
				break;
			case 8: o.records = v; break;
			}
			break;
		}
		if (handled)
			continue;
		if (a[0] == '-' && a[1] == 'j' && a[2]) {
			if (parse_jobs(a + 2, &o.jobs))
				return cli_usage_error("compile", "-j: want a number of threads from "
				                       "1 to 256, got '%s'", a + 2);
		} else if (!strncmp(a, "-mcpu=", 6))
			o.cpu = a + 6;
		else if (!strncmp(a, "-mattr=", 7))
			o.features = a + 7;
		else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3])
			o.opt_level = a[2] - '0';
		else if (!strcmp(a, "--no-fuse"))
			o.fuse = 0;
		else if (!strcmp(a, "--expose-decisions"))
			o.expose_decisions = 1;
		else if (!strcmp(a, "--time-report"))
			o.time_report = 1;
		else if (!strcmp(a, "--no-cache"))
			o.no_cache = 1;
		else if (a[0] == '-' && a[1])
			return cli_usage_error("compile", "unknown option '%s'", a);
		else if (o.model)
			return cli_usage_error("compile", "more than one model given");
		else
			o.model = a;
	}
	if (!o.model)
		return cli_usage_error("compile", "missing MODEL.json");
	if (!o.output)
		o.output = owned = default_output(o.model);
	int rc = driver_compile(&o, &err);
	if (rc)
		fprintf(stderr, "vitc: %s\n", err.msg);
	free(owned);
	return rc ? 1 : 0;
}
