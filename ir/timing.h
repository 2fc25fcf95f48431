/*
 * timing.h - timing_: the compile time report (`vitc compile
 * --time-report`): wall and CPU time of each pipeline stage, and of each
 * kernel in scheduling and in LLVM, so the slowest ones can be listed.
 * CPU time is the whole process's (all threads), so a stage that runs on
 * several cores shows more CPU than wall time.  Recording a kernel is
 * thread-safe; stages are begun and ended by one thread.
 */
#ifndef VITC_TIMING_H
#define VITC_TIMING_H

#include <stdio.h>

typedef struct TimeReport TimeReport;

/* A point in time: wall seconds (monotonic) and this process's CPU seconds. */
typedef struct {
	double wall, cpu;
} TimePoint;

/* Per-kernel records: scheduling + isl AST, or LLVM (optimize + codegen). */
enum { TIMING_SCHED, TIMING_LLVM, TIMING_N_KINDS };

TimePoint timing_now(void);
/* CPU seconds of the calling thread. */
double timing_thread_cpu(void);

TimeReport *timing_new(void);
void timing_free(TimeReport *t);
/* Close the open stage (if any) and open "name"; NULL only closes. */
void timing_stage(TimeReport *t, const char *name);
/* Add a stage measured elsewhere (e.g. split over threads). */
void timing_add_stage(TimeReport *t, const char *name, double wall, double cpu);
/* Record one kernel of "kind" ("name" is copied). */
void timing_kernel(TimeReport *t, int kind, const char *name, double wall, double cpu);
/*
 * Add to the detail counter "name" (created on first use, thread-safe):
 * sums over threads of the parts of a stage, e.g. how much of scheduling
 * went to the isl AST.
 */
void timing_detail(TimeReport *t, const char *name, double wall, double cpu);
/* The report: stages in order with a total, the details, then the ten slowest kernels of each kind. */
void timing_print(FILE *f, TimeReport *t);

#endif
