/*
 * tune.h - what compiler/tune.c (the search, `vitc tune`) and
 * compiler/tune_measure.c (building and timing one candidate in a child
 * process) share.  docs/tuning.md describes both.
 */
#ifndef VITC_TUNE_H
#define VITC_TUNE_H

#include <isl/ctx.h>

#include "backends/backend.h"
#include "ir/kernel.h"
#include "sched/records.h"
#include "sched/space.h"

/* The command line of `vitc tune` (tune.c's usage text says what each is). */
typedef struct {
	const char *model, *weights, *records, *cpu, *features, *shift_linear, *tasks;
	int trials, resume, report, threads, confirm;
	double budget, timeout;
	uint64_t seed;
} TuneOptions;

/* One task: the kernels with one task key. */
typedef struct {
	const char *key;
	Kernel *k;            /* the first kernel of the task */
	int weight;           /* how many kernels of the model share the key */
	int tunable;
	SchSpace sp;
} Task;

/* What a measurement gave. */
typedef struct {
	int ok;
	char why[256];
	double median_us, min_us;
} Meas;

/* A tuning session: the lowered model, the target, the scratch directory, the records. */
typedef struct {
	const TuneOptions *o;
	Program *p;
	SchTarget tgt;
	CgOptions cg;
	SchFingerprint fp;
	isl_ctx *ctx;          /* legality checks in this process */
	char dir[256];         /* scratch directory of the children */
	unsigned char *ref;    /* the current task's reference outputs */
	size_t ref_len;
	FILE *rec;             /* records, appended */
	SchRecords old;        /* with --resume: what FILE held */
	double deadline;       /* monotonic seconds, 0: none */
	int fault_kind, fault_n; /* VITC_TUNE_TEST_FAULT */
	int measured, failed, rejected;
	int rejected_task;     /* rejections in the current task (the first few are logged) */
} Tuner;

/* VITC_TUNE_TEST_FAULT: what the chosen candidate's child does. */
enum { FAULT_NONE, FAULT_CRASH, FAULT_WRONG, FAULT_HANG };

/* Monotonic seconds. */
double tune_now(void);

/*
 * Measure schedule "text" of task "tk" in a forked child, killed after
 * --timeout.  "is_ref": this is the default, whose outputs become the
 * reference in t->ref ("timed" 0: only that).  Otherwise the outputs are
 * compared with the reference.  "fault": the test hook's fault for it.
 */
void tune_measure(Tuner *t, const Task *tk, const char *text, int is_ref, int timed,
                  int fault, Meas *m);

#endif
