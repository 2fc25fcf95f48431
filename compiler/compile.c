/*
 * compile.c - `vitc compile`: its option table (options.h), then the
 * pipeline in driver.c.
 */
#include <stddef.h>
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

/* --target: cpu, or cuda:sm_XX of the backend's list (cg_target_parse). */
static int set_target(void *o, const char *v, char *why, size_t len)
{
	return cg_target_parse(v, &((CompileOptions *)o)->cuda_sm, why, len);
}

/* --print-after: a stage name of driver_stage_names or "all". */
static int set_print_after(void *o, const char *v, char *why, size_t len)
{
	if (!known_stage(v)) {
		snprintf(why, len, "unknown stage '%s' for --print-after", v);
		return -1;
	}
	((CompileOptions *)o)->print_after = v;
	return 0;
}

#define F(x) offsetof(CompileOptions, x)
static const OptSpec compile_opts[] = {
	{"-o", NULL, "MODEL.so", OPT_STR, F(output),
	 .help = "the shared object to write (default: next to MODEL.json)"},
	{"--weights", NULL, "FILE", OPT_STR, F(weights),
	 .help = "the weights (default: the graph's weights_file)"},
	{"--target", NULL, "cpu|cuda:sm_XX", OPT_CALL, .call = set_target,
	 .help = "the code generation target (default cpu); cuda:sm_XX writes PTX\n"
	         "for compute capability XX (75 80 86 87 89 90; no runtime support yet)"},
	{"--emulate-gpu", NULL, NULL, OPT_FLAG, F(emulate_gpu), .ival = 1,
	 .help = "with --target cpu: the GPU default schedules, each loop bound to\n"
	         "blocks or threads run as a plain loop (checks GPU schedules on a CPU)"},
	{"-mcpu=", NULL, "CPU", OPT_STR, F(cpu),
	 .help = "the LLVM CPU to compile for (default: this host's)"},
	{"-mattr=", NULL, "FEATURES", OPT_STR, F(features),
	 .help = "LLVM target features, e.g. +avx512f,-avx512vnni"},
	{"-O", NULL, "0..3", OPT_INT, F(opt_level), 0, 3, .flags = OPT_JOINED,
	 .help = "LLVM optimization level (default: -O2)"},
	{"--dump-ir", NULL, "DIR", OPT_STR, F(dump_dir),
	 .help = "write every stage's IR to DIR/NN-stage.ext (docs/layout.md)"},
	{"--print-after", NULL, "STAGE|all", OPT_CALL, .call = set_print_after,
	 .help = "print a stage's IR (or all) to stderr"},
	{"--shift-linear", NULL, "mlp|attn|all", OPT_CHOICE, F(shift_linear),
	 .help = "convert these linears to power-of-two shift_linear"},
	{"--no-fuse", NULL, NULL, OPT_FLAG, F(fuse), .ival = 0,
	 .help = "keep elementwise ops as kernels of their own"},
	{"--expose-decisions", NULL, NULL, OPT_FLAG, F(expose_decisions), .ival = 1,
	 .help = "codes, MoE routes and shift-linear inputs become extra outputs"},
	{"--kernel-map", NULL, "FILE", OPT_STR, F(kernel_map),
	 .help = "write FILE (JSON): each kernel in run() order, its graph node and\n"
	         "the buffers it writes with their places in the memory plan (for\n"
	         "checking tools: tests/gpu_lockstep.py)"},
	{"--records", NULL, "FILE", OPT_STR, F(records),
	 .help = "use the fastest tuned schedules of FILE (docs/tuning.md); for\n"
	         "cuda (and --emulate-gpu) its GPU records: timed ones, or untimed\n"
	         "ones marked \"selected\": true"},
	{"--threads", NULL, "N", OPT_INT, F(threads), 1, 1024,
	 .help = "the thread count the model will run on: the default schedules are\n"
	         "made for it and only --records measured at N threads are used\n"
	         "(default: all usable CPUs)"},
	{"--time-report", NULL, NULL, OPT_FLAG, F(time_report), .ival = 1,
	 .help = "print stage and kernel times to stderr"},
	{"--jobs", "-j", "N", OPT_INT, F(jobs), 1, 256,
	 .help = "threads for scheduling and LLVM (default: one per CPU);\n"
	         "the output does not depend on it"},
	{"--no-cache", NULL, NULL, OPT_FLAG, F(no_cache), .ival = 1,
	 .help = "neither read nor write the compile cache"},
	{NULL},
};
#undef F

const OptCommand cli_compile_cmd = {
	.name = "compile", .positional = "MODEL.json", .pos_off = offsetof(CompileOptions, model),
	.summary = "compile a model to a shared object",
	.about = "Compile a vitc graph (JSON + safetensors) into a native .so that\n"
	         "libvitrt loads (`vitc run`, runtime/vitrt.h).",
	.opts = compile_opts,
};

int cmd_compile(int argc, char **argv)
{
	CompileOptions o = {.opt_level = CG_DEFAULT_OPT_LEVEL, .fuse = 1};
	char *owned = NULL;
	VitcErr err = {{0}};
	int rc = cli_parse(&cli_compile_cmd, argc, argv, &o);

	if (rc)
		return rc == 1 ? 0 : rc;
	if (o.emulate_gpu && o.cuda_sm)
		return cli_usage_error("compile", "--emulate-gpu is for --target cpu "
		                       "(it runs GPU schedules on the CPU)");
	if (!o.output)
		o.output = owned = default_output(o.model);
	rc = driver_compile(&o, &err);
	if (rc)
		fprintf(stderr, "vitc: %s\n", err.msg);
	free(owned);
	return rc ? 1 : 0;
}
