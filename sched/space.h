/*
 * sched/space.h - sch_: tuning tasks and their search spaces.
 *
 * A task is a kernel up to its schedule: kernels that compute the same
 * thing on their own buffers (k_kernel_key without the schedule) are one
 * task, so DeiT's twelve fc1 linears are tuned once.  A matmul nest
 * (lw_matmul_kernel: batch.., i, k, j with an init and an update
 * statement) exposes a search space: register tile rows R, vectors V of
 * the target's f32 lanes, where the parallel loop goes, unroll on/off and
 * an optional split of k.  A candidate is turned into ordinary schedule
 * text (docs/schedules.md); legality is left to sch_apply's dependence
 * check.  docs/tuning.md describes the search.
 */
#ifndef VITC_SCHED_SPACE_H
#define VITC_SCHED_SPACE_H

#include <stdint.h>

#include "ir/kernel.h"
#include "sched/target.h"

/* "t" + 16 hex digits: a hash of the kernel's key without its schedule. */
const char *sch_task_key(Arena *a, Kernel *k);

/* Where the parallel loop of a candidate goes. */
typedef enum { SCH_PAR_NONE, SCH_PAR_ROWS, SCH_PAR_COLS } SchPar;

/* One point of a matmul task's search space. */
typedef struct {
	int rows, vectors;  /* R x V accumulators of "lanes" f32 each */
	SchPar par;
	int unroll;         /* unroll the register tile */
	int kc;             /* split k by kc and move k.o outside the column tiles; 0: no */
} SchCand;

/* The shape of a matmul nest and the parts of its schedule a candidate keeps. */
typedef struct {
	int64_t M, K, P;    /* rows (IR_DIM_N when batch-sized), contraction, columns */
	int lanes, regs;    /* f32 lanes and vector registers of the target */
	int threads;        /* threads the candidates will run on */
	/* the default's primitives on the epilogue nest: splits etc. go first, vectorize
	   and the other annotations last (they must follow every split); "" if none */
	const char *epi_pre, *epi_post;
} SchSpace;

/*
 * 1 and "sp" filled when "k" is a matmul nest whose schedule can be
 * searched (no run-time parameters, no indirect accesses, P >= lanes).
 */
int sch_space_of(const Kernel *k, const SchTarget *t, int threads, SchSpace *sp, Arena *a);

/* The schedule text of candidate "c" (in "a"). */
const char *sch_cand_text(const SchSpace *sp, const SchCand *c, Arena *a);

/* A short label: "4x3 par=rows unroll kc=0". */
void sch_cand_label(const SchCand *c, char *buf, size_t len);

/*
 * Every candidate of the space, ranked by the analytical cost model
 * (cheapest first); *n gets the count.  malloc'd.
 */
SchCand *sch_space_ranked(const SchSpace *sp, int *n);

/* The model's estimate for "c" (arbitrary units; lower is faster). */
double sch_cand_cost(const SchSpace *sp, const SchCand *c);

/*
 * A neighbour of "c": one or two of its parameters moved one step, drawn
 * with the generator state "*rng".  0 when the result is outside the space.
 */
int sch_cand_mutate(const SchSpace *sp, const SchCand *c, uint64_t *rng, SchCand *out);

/* xorshift64*: the tuner's seeded generator. */
uint64_t sch_rand(uint64_t *state);

#endif
