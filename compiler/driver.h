/*
 * driver.h - the compile pipeline, listed top to bottom in driver.c.
 */
#ifndef VITC_DRIVER_H
#define VITC_DRIVER_H

#include "ir/ir.h"

/*
 * Read "json", bind weights (from "weights", else the graph's weights_file,
 * else none), verify and infer shapes.  NULL with a one-line message on error.
 */
Graph *driver_load_model(const char *json, const char *weights, VitcErr *err);

typedef struct {
	const char *model;       /* graph JSON */
	const char *weights;     /* overrides the graph's weights_file */
	const char *output;      /* MODEL.so */
	const char *cpu;         /* -mcpu= (NULL: host) */
	const char *features;    /* -mattr= (NULL: host / cpu's) */
	int opt_level;           /* -O0..3 */
	int fuse;                /* elementwise fusion on */
	const char *dump_dir;    /* --dump-ir DIR */
	const char *print_after; /* --print-after PASS|all */
	const char *shift_linear; /* --shift-linear mlp|attn|all (NULL: keep linears) */
	int expose_decisions;    /* codes and MoE routes as extra outputs */
	int time_report;         /* --time-report: print stage and kernel times to stderr */
	int jobs;                /* -j N: threads for scheduling and LLVM (0: one per online CPU) */
	int no_cache;            /* --no-cache: neither read nor write the compile cache */
	const char *records;     /* --records FILE: tuned schedules (docs/tuning.md), or NULL */
	int threads;             /* --threads N: records must be measured at N threads (0: usable CPUs) */
	int cuda_sm;             /* --target cuda:sm_XX (0: cpu) */
	int emulate_gpu;         /* --emulate-gpu: the GPU default schedules, bound loops run serially */
	const char *kernel_map;  /* --kernel-map FILE: what each kernel writes, where (JSON), or NULL */
} CompileOptions;

/*
 * compiler/kernel_map.c, --kernel-map: each kernel of "p" (run() order),
 * its graph node and the buffers it writes, with the memory plan's
 * offsets, as JSON in "path" (after pass_memplan).
 */
struct Program;
int driver_write_kernel_map(const struct Program *p, const char *path, VitcErr *err);

/* The CPUs this process may run on (its affinity mask): the default thread count. */
int driver_usable_cpus(void);

/* The names --print-after accepts, in pipeline order, NULL-terminated. */
extern const char *const driver_stage_names[];

/*
 * The graph passes between loading and lowering, in pipeline order:
 * --shift-linear conversion (when "shift_linear"), batch split, batch
 * outer, --expose-decisions (when "expose_decisions").  vitc compile and
 * vitc tune both call it, so tuning sees the kernels compile builds.
 */
int driver_graph_passes(Graph *g, const char *shift_linear, int expose_decisions, VitcErr *err);

/* Run the whole pipeline; 0 on success, -1 with a one-line message. */
int driver_compile(const CompileOptions *o, VitcErr *err);

#endif
