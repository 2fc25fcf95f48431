/*
 * sched/space.h - sch_: tuning tasks and their search spaces.
 *
 * A task is a kernel up to its schedule: kernels that compute the same
 * thing on their own buffers (k_kernel_key without the schedule) are one
 * task, so DeiT's twelve fc1 linears are tuned once.  A matmul nest
 * (lw_matmul_kernel: batch.., i, k, j, or i, k, jp, j with packed weight
 * panels, with an init and an update statement) exposes a search space: register tile rows R, vectors V of
 * the target's f32 lanes, where the parallel loop goes, unroll on/off and
 * an optional split of k.  Every other kernel with a loop nest to work on
 * gets the generic space of sched/space_generic.c (vector factors of its
 * innermost loops, an unrolled point loop, where the parallel loop goes
 * and how coarse its chunks are, a tile of a transpose), derived from its
 * loop tree and its default schedule.  A candidate is turned into ordinary
 * schedule text (docs/schedules.md); legality is left to sch_apply's
 * dependence check.  docs/tuning.md describes the search.
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

/* Which space a task has. */
typedef enum { SCH_SPACE_MATMUL, SCH_SPACE_GENERIC } SchSpaceKind;

/* One point of a generic space (sched/space_generic.c); all 0 / 1: the default. */
typedef struct {
	int vec;     /* 0: the default's vectors; m = 1..3: lanes << (m-1) on every vector loop */
	int unroll;  /* 1, 2, 4: vectors per point loop, the point loop unrolled (vec > 0) */
	int par;     /* 0: the default's parallel loops; 1: none; 2 + i: option par[i] */
	int grain;   /* 1, 2, 4, 8: the parallel loop split by grain, its outer part parallel */
	int tile;    /* 0: the default's tile (or none); 1..3: tile of 8, 16, 32 */
} SchGenCand;

/* One point of a task's search space: the matmul fields, or "g" for a generic space. */
typedef struct {
	int rows, vectors;  /* R x V accumulators of "lanes" f32 each */
	SchPar par;
	int unroll;         /* unroll the register tile */
	int kc;             /* split k by kc and move k.o outside the column tiles; 0: no */
	SchGenCand g;       /* SCH_SPACE_GENERIC */
} SchCand;

#define SCH_GEN_MAX 8

/* The shape of a matmul nest and the parts of its schedule a candidate keeps. */
typedef struct {
	SchSpaceKind kind;
	int64_t M, K, P;    /* rows (IR_DIM_N when batch-sized), contraction, columns */
	int64_t panel;      /* > 0: B packed in panels of this many columns (loops jp, j), which
	                       fixes the tile's vectors x lanes to it; 0: loop j */
	int lanes, regs;    /* f32 lanes and vector registers of the target */
	int threads;        /* threads the candidates will run on */
	/* the default's primitives on the epilogue nest: splits etc. go first, vectorize
	   and the other annotations last (they must follow every split); "" if none */
	const char *epi_pre, *epi_post;
	double work;        /* for ordering tasks: M*K*P, or statement instances at batch 1 */
	const char *shape;  /* generic: the extents of the biggest statement, "Nx5x32" */
	const char *why;    /* sch_space_of gave 0: why the kernel has no search space */
	/* SCH_SPACE_GENERIC (sched/space_generic.c) */
	Schedule def;                       /* the default schedule */
	int n_vec;                          /* vector loops: innermost, contiguous stores */
	const char *vec[SCH_GEN_MAX];
	int64_t vec_ext[SCH_GEN_MAX];
	int vec_whole[SCH_GEN_MAX];         /* the default vectorizes the whole loop (no split) */
	int n_par;                          /* loops the parallel mark may go on */
	const char *par[SCH_GEN_MAX];
	int64_t par_ext[SCH_GEN_MAX];
	const char *tile_x, *tile_y;        /* the last two loops of a transpose, or NULL */
	int64_t tile_ext;                   /* the smaller of their extents */
	int tile_def;                       /* the default tiles them */
} SchSpace;

/*
 * 1 and "sp" filled when "k" has a search space: a matmul nest (no
 * run-time parameters, no indirect accesses, P >= lanes) gets the matmul
 * space; another kernel the generic space when it has a loop to vectorize,
 * parallelize or tile and every indirect access provably stays inside its
 * buffer on any input (else the candidates could not be run on random
 * inputs).  0 and sp->why otherwise.
 */
int sch_space_of(const Kernel *k, const SchTarget *t, int threads, SchSpace *sp, Arena *a);

/* sched/space_generic.c: the generic space; the sch_cand_* functions below dispatch to it. */
int sch_gen_space(const Kernel *k, const SchTarget *t, int threads, SchSpace *sp, Arena *a);
const char *sch_gen_text(const SchSpace *sp, const SchGenCand *c, Arena *a);
void sch_gen_label(const SchSpace *sp, const SchGenCand *c, char *buf, size_t len);
double sch_gen_cost(const SchSpace *sp, const SchGenCand *c);
SchCand *sch_gen_ranked(const SchSpace *sp, int *n);
int sch_gen_mutate(const SchSpace *sp, const SchGenCand *c, uint64_t *rng, SchGenCand *out);

/* The schedule text of candidate "c" (in "a"). */
const char *sch_cand_text(const SchSpace *sp, const SchCand *c, Arena *a);

/* A short label: "4x3 par=rows unroll kc=0" (generic: "vec=16x2 par=r/4 tile=16"). */
void sch_cand_label(const SchSpace *sp, const SchCand *c, char *buf, size_t len);

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
