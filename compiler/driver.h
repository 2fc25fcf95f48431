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
} CompileOptions;

/* The names --print-after accepts, in pipeline order, NULL-terminated. */
extern const char *const driver_stage_names[];

/* Run the whole pipeline; 0 on success, -1 with a one-line message. */
int driver_compile(const CompileOptions *o, VitcErr *err);

#endif
