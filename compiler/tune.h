/*
 * tune.h - what compiler/tune.c (the search, `vitc tune`) and
 * compiler/tune_measure.c (building and timing one candidate in a child
 * process) share.  docs/tuning.md describes both.
 */
#ifndef VITC_TUNE_H
#define VITC_TUNE_H

#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

#include <isl/ctx.h>

#include "backends/backend.h"
#include "ir/kernel.h"
#include "sched/records.h"
#include "sched/space.h"

/* The command line of `vitc tune` (tune.c's option table says what each is). */
typedef struct {
	const char *model, *weights, *records, *cpu, *features, *shift_linear, *tasks;
	const char *plot;      /* --plot FILE.svg */
	int trials, resume, report, threads, confirm;
	int in_model;          /* --in-model N: rounds of the in-model check (0: none) */
	int in_model_top;      /* --in-model-top K: contenders per task besides the default */
	const char *batch_list; /* --batch LIST: the batches of the in-model check */
	int batches[8], n_batches;
	int trials_total;      /* --trials-total N: trials shared by all tasks (0: --trials per task) */
	int jobs;              /* --jobs N: candidates built at once */
	double budget, timeout;
	uint64_t seed;
	int cuda_sm;           /* --target cuda:sm_XX: the GPU search space (tune_gpu.c); 0: cpu */
} TuneOptions;

/* One task: the kernels with one task key. */
typedef struct {
	const char *key;
	Kernel *k;            /* the first kernel of the task */
	int weight;           /* how many kernels of the model share the key */
	int tunable;
	int selected;         /* tunable and matching --tasks */
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
	const Graph *g;        /* the graph p was lowered from, and its value bounds: a GPU form */
	double *bounds;        /* of lowering's candidate lowers it again (tune_measure.c) */
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
	/* progress (tune_progress.c) */
	int tty;               /* stderr is a terminal: one updating status line */
	int status_shown;      /* the status line is on the screen */
	int task_i, n_tasks;   /* the current task, 1-based, of n_tasks */
	int trial, trials;     /* trials done and planned in the current task */
	int trials_done, trials_left; /* over all tasks: done, planned but not yet done */
	double def_us, best_us;  /* the current task's default and best so far */
	double start;          /* monotonic seconds at the start of the search */
} Tuner;

/* VITC_TUNE_TEST_FAULT: what the chosen candidate's child does. */
enum { FAULT_NONE, FAULT_CRASH, FAULT_WRONG, FAULT_HANG };

/* Monotonic seconds. */
double tune_now(void);

/* Set by SIGINT / SIGTERM / SIGHUP during a search: stop, clean up, keep complete records. */
extern volatile sig_atomic_t tune_interrupted;

/* A candidate to measure, with what its measurement gave. */
typedef struct {
	const char *text;      /* the schedule */
	int fault;             /* the test hook's fault for it */
	int build_only;        /* build it (slot b0 keeps what the build wrote), run nothing */
	Meas m;
} TuneJob;

/*
 * Measure schedule "text" of task "tk": built in a forked child, then run
 * in another, each killed after --timeout.  "is_ref": this is the default, whose outputs become the
 * reference in t->ref ("timed" 0: only that).  Otherwise the outputs are
 * compared with the reference.  "fault": the test hook's fault for it.
 */
void tune_measure(Tuner *t, const Task *tk, const char *text, int is_ref, int timed,
                  int fault, Meas *m);

/*
 * Measure "n" candidates of task "tk": each is built in a forked child,
 * up to --jobs at once, in its own slot directory; then the built ones are
 * run and timed one at a time, each in a child of its own, while nothing
 * else of vitc runs, so that the times stay clean.  Fills jobs[i].m.
 */
void tune_measure_batch(Tuner *t, const Task *tk, TuneJob *jobs, int n);

/* Seeded random contents: floats in [-1, 1), integers in [-8, 8). */
void tune_fill_random(void *buf, uint64_t bytes, int32_t dtype, uint64_t *rng);

/*
 * Wait for child "pid" (which leads its own process group), stopping it
 * "limit" seconds from now.  Its wait status, or -1 when stopped for the
 * limit, -2 when the search was interrupted.
 */
int tune_wait(pid_t pid, double limit);

/* Remove the scratch directory t->dir and everything in it (slots included). */
void tune_scratch_remove(Tuner *t);

/* Does --tasks select task "tk" (tunable or not)? */
int tune_task_wanted(const Tuner *t, const Task *tk);

/* ---- tune_gpu.c ---- */

/*
 * `vitc tune --target cuda:sm_XX`: per GPU task the default and up to
 * --trials candidates of the GPU space checked (ptxas, the emulation) and
 * recorded "untimed" (or "failed"); nothing is timed.
 */
int tune_gpu_all(Tuner *t);
/* `vitc tune --target cuda:sm_XX --report`: the GPU records' table (tune_gpu.c). */
int tune_gpu_report(Tuner *t);

/* ---- tune_search.c ---- */

/* Tune one task (the default, the search, the confirmation rounds); returns the trials measured. */
int tune_task(Tuner *t, Task *tk, int trials);

/* ---- tune_in_model.c ---- */

/*
 * The in-model check after the search: the model built with the default
 * schedules and with each task's fastest schedules alone, timed in turn
 * kernel by kernel; each task keeps what gains most in the model (or its
 * default), and the verdicts ("in_model" records) go to the records file.  0, or -1 when the
 * check could not be done (a line says why; the records stay as they are).
 */
int tune_in_model(Tuner *t, const Task *tasks, int ntasks);

/* ---- tune_report.c ---- */

/*
 * The records table of this model's selected tasks; and with "plot_path"
 * the convergence plot there: per selected task with records, the best
 * time so far relative to the default against the trial number, one SVG
 * polyline each.  -1 if the file cannot be read or the plot written.
 */
int tune_print_report(Tuner *t, const Task *v, int n, const char *plot_path);
/* A matmul task's shape, "MxKxP" ("Nx..." for a batch-sized M). */
void tune_shape_str(const SchSpace *sp, char *buf, size_t len);

/* ---- tune_progress.c ---- */

/* A log line on stdout ("tune: ..."), kept above the status line on a terminal. */
void tune_log(Tuner *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Redraw the status line (a terminal only). */
void tune_status(Tuner *t);
/* A task is done: on a terminal the status line moves on, otherwise one plain line. */
void tune_task_done(Tuner *t, const Task *tk);
/* Clear the status line before the final output. */
void tune_status_clear(Tuner *t);

#endif
