/*
 * sched/records.h - sch_: tuning records, one measurement per JSON line.
 *
 *   {"task":"t0123456789abcdef","kernel":"blocks.0.mlp.fc1","op":"linear",
 *    "schedule":"split(i,4); ...","status":"ok","why":"","median_us":81.2,
 *    "min_us":79.9,"default":false,"threads":1,
 *    "target":{"cpu_model":"AMD EPYC 9454P 48-Core Processor","llvm_cpu":"znver4",
 *              "features":"fma,avx512","vector_bits":512},
 *    "vitc":"0.1.0","time":"2026-12-02T00:31:07Z"}
 *
 * `vitc tune` appends them (docs/tuning.md); `vitc compile --records`
 * applies, per task, the fastest "ok" record whose target fingerprint is
 * this compile's.  Files can be concatenated.  Reading never fails a
 * compile: bad lines, unknown tasks and missing records become one notice
 * line each and the default schedule stays.
 */
#ifndef VITC_SCHED_RECORDS_H
#define VITC_SCHED_RECORDS_H

#include <stdio.h>

#include "ir/kernel.h"
#include "sched/target.h"

/*
 * What a measurement is only valid for: this CPU, this code generation
 * target, this thread count (a schedule tuned on one thread may have no
 * parallel loop; the record's top-level "threads" is the field).
 */
typedef struct {
	char cpu_model[128];   /* /proc/cpuinfo "model name" of the measuring host */
	char llvm_cpu[64];     /* SchTarget.cpu */
	char features[256];    /* the template-relevant features, plus "-mattr=..." if given */
	int vector_bits;
	int threads;
} SchFingerprint;

void sch_fingerprint(const SchTarget *t, const char *mattr, int threads, SchFingerprint *fp);
/*
 * The fingerprint of GPU records (`vitc tune --target cuda:sm_XX`):
 * cpu_model "cuda", llvm_cpu "sm_XX", no features, vector_bits and
 * threads 0.  A CPU compile never matches it, nor a cuda one a CPU record.
 */
void sch_fingerprint_gpu(int sm, SchFingerprint *fp);
/* Is "fp" a GPU fingerprint (of sm_XX, or of any when "sm" is 0)? */
int sch_fingerprint_is_gpu(const SchFingerprint *fp, int sm);
int sch_fingerprint_eq(const SchFingerprint *a, const SchFingerprint *b);

typedef struct {
	const char *task, *kernel, *op, *schedule;
	int ok;                /* status "ok" (else "failed", or "untimed" below) */
	int untimed;           /* status "untimed": a GPU candidate that passed ptxas and the
	                          emulation check but was never timed (no GPU); ok is 0 */
	int selected;          /* "selected": true (by hand): apply this untimed record */
	int has_ptxas;         /* "ptxas": {...} present */
	int regs, spill_stores, spill_loads, stack, shared;  /* ptxas -v of its kernel (bytes) */
	const char *why;       /* failed: why ("crashed: signal 11", "wrong result ...") */
	double median_us, min_us;
	int is_default;        /* the default schedule's measurement */
	int confirm;           /* a re-measurement of the confirmation rounds */
	int in_model;          /* the in-model verdict of `vitc tune` (a "pin"): compile
	                          uses this schedule for the task, whatever the others say;
	                          median_us is the task's time per run in the whole model */
	int threads;
	SchFingerprint fp;
	int line;              /* 1-based line in its file */
} SchRecord;

typedef struct {
	Arena arena;
	const char *path;
	SchRecord *v;
	int n, cap;
} SchRecords;

/*
 * Read "path" into "r" (initialized here).  Bad lines (not JSON, a field
 * missing or of the wrong type, a schedule that does not parse) are
 * skipped; the first is reported on "notices" as one line "path:line:
 * what", with the count of the others.  Returns the number of bad lines,
 * or -1 with "err" set when the file cannot be read at all.
 */
int sch_records_read(const char *path, SchRecords *r, FILE *notices, VitcErr *err);
void sch_records_free(SchRecords *r);

/* Write "rec" as one JSON line (with the vitc version and the current time). */
int sch_record_write(FILE *f, const SchRecord *rec);

/*
 * The fastest schedule of "task" measured on "fp": a schedule's time is the
 * mean of the medians of its "ok" records (one lucky measurement on a
 * loaded machine should not decide), and a schedule with any "failed"
 * record is out.  In-model verdicts are not measurements of the kernel
 * alone and do not count here.  Returns one of its records and the mean in *us, or NULL.
 */
const SchRecord *sch_records_best(const SchRecords *r, const char *task,
                                  const SchFingerprint *fp, double *us);
/*
 * Up to "k" distinct schedules of "task" on "fp", fastest first by the same
 * rule (one record of each in out[], its mean in us[]); returns how many.
 */
int sch_records_top(const SchRecords *r, const char *task, const SchFingerprint *fp,
                    const SchRecord **out, double *us, int k);
/* The default schedule's records of "task" on "fp" (one of them, the mean in *us), or NULL. */
const SchRecord *sch_records_default(const SchRecords *r, const char *task,
                                     const SchFingerprint *fp, double *us);
/*
 * The schedule compile uses for "task" on "fp": the last in-model verdict
 * ("in_model": true) if there is one, else sch_records_best.  NULL when
 * there is neither.  A verdict for the default schedule means: keep it.
 */
const SchRecord *sch_records_choice(const SchRecords *r, const char *task,
                                    const SchFingerprint *fp, double *us);
/* The last in-model verdict of "task" on "fp", or NULL. */
const SchRecord *sch_records_pinned(const SchRecords *r, const char *task,
                                    const SchFingerprint *fp);
/* Any record (ok or failed) of "task" with schedule text "sched" on "fp", or NULL. */
const SchRecord *sch_records_find(const SchRecords *r, const char *task, const char *sched,
                                  const SchFingerprint *fp);

/*
 * sched/records_gpu.c: the GPU records of "path" for kernels of "p" on
 * cuda sm_XX ("sm" 0: any, for --emulate-gpu), per kernel (in p's
 * arena, NULL: the default): the fastest timed record of its task, else
 * an untimed one marked "selected": true; untimed records are never
 * applied otherwise (nothing says they are faster).  Notices as for CPU
 * records on "notices".  The result goes to sch_gpu_defaults_with.
 */
const char **sch_records_gpu_choose(Program *p, const char *path, int sm, FILE *notices);
/*
 * The GPU forms of lowering among "chosen" (sch_records_gpu_choose's
 * result for "p"): kernel i whose text is "lower(threads=N)" (sched/gpu.h)
 * with N not its threads already gets an entry {name, N} in "*forms" (in
 * "a"); every such text is taken out of "chosen" (lowering applies it,
 * with SchTarget.forms, not the schedule layer).  A malformed or
 * out-of-range value, a "lower(...)" on a kernel that is not a GPU form
 * or a schedule on one that is: left out with one notice line on
 * "notices" for the first (with the count of the others), the default
 * kept.  Returns the number of entries.
 */
struct SchGpuForm;
int sch_records_gpu_forms(const Program *p, const char **chosen, const char *path,
                          FILE *notices, Arena *a, struct SchGpuForm **forms);
/*
 * That choice for one task: the record whose schedule applies, or NULL
 * (the default); *how (may be NULL) 1 for a timed record, 2 for a selected
 * untimed one, 0 for none.
 */
const SchRecord *sch_records_gpu_pick(const SchRecords *r, const char *task, int sm, int *how);

/*
 * The records of "r" that "for_target" accepts (with "arg"): returns how
 * many; *unknown of them are of a task no key in keys[0..nk) names, the
 * first at index *first (-1: none).
 */
int sch_records_scan(const SchRecords *r, const char *const *keys, int nk,
                     int (*for_target)(const SchRecord *, const void *), const void *arg,
                     int *unknown, int *first);
/* The one notice line for records of tasks not in the model (record "first" named). */
void sch_records_notice_unknown(FILE *notices, const SchRecords *r, int first, int unknown);

/*
 * The compile hook: give every kernel of "p" whose task has a record for
 * this target (t, mattr, threads) the best recorded schedule, after checking that
 * it applies to the kernel.  Problems are notice lines on "notices", never
 * errors.  Returns the number of kernels that got a tuned schedule.
 */
int sch_records_apply(Program *p, const char *path, const SchTarget *t, const char *mattr,
                      int threads, FILE *notices);

#endif
