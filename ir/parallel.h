/*
 * parallel.h - par_: a parallel for over 0..n-1 on up to "jobs" threads
 * (the caller's thread being one of them).  Indices are handed out in
 * order from a shared counter; "worker" (0 .. jobs-1) tells the callback
 * which thread runs it, so a caller can keep per-thread state (one isl
 * context or LLVM object per thread).  Results must be written per index
 * so that they do not depend on which thread ran what.
 */
#ifndef VITC_PARALLEL_H
#define VITC_PARALLEL_H

/* Online CPUs (1 .. 256): the default number of jobs. */
int par_default_jobs(void);

/* The number of threads par_for would use for "n" items and "jobs" (0: default). */
int par_threads(int n, int jobs);

/* Run fn(arg, i, worker) for every i in 0..n-1 on par_threads(n, jobs) threads. */
void par_for(int n, int jobs, void (*fn)(void *arg, int i, int worker), void *arg);

#endif
