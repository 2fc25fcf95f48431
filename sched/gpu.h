/*
 * sched/gpu.h - sch_: default GPU schedules (bind to blocks and threads),
 * chosen for every kernel when the target is cuda, or on the CPU with
 * --emulate-gpu (the bound loops then run as plain loops).
 */
#ifndef VITC_SCHED_GPU_H
#define VITC_SCHED_GPU_H

#include <isl/ctx.h>

#include "ir/kernel.h"

/* Threads per block along the loop mapped to threadIdx.x (split above that). */
#define SCH_GPU_BLOCK 256
/* ... and when each thread runs a row reduction (softmax, layer_norm): more, smaller blocks. */
#define SCH_GPU_ROW_BLOCK 64

/*
 * The default GPU schedule text of kernel "k" (in "a"): "" when no loop
 * can be mapped (the kernel runs on one thread).  Loops enclosing every
 * statement that carry no dependence are the candidates: the innermost
 * with a constant extent of at least 32 (else the innermost constant one)
 * goes to threadIdx.x, split by SCH_GPU_BLOCK (SCH_GPU_ROW_BLOCK when a
 * loop inside it carries a dependence) when longer, its outer part
 * to blockIdx.x; a loop around it only (a reduction such as matmul's k)
 * is moved inside it so that each thread keeps its accumulator; the
 * other candidates, inner to outer, take the remaining block axes.
 * "ctx" is for the legality checks; the result is checked by sch_apply.
 */
const char *sch_gpu_template(isl_ctx *ctx, const Kernel *k, Arena *a);

/*
 * sched/gpu_stage.c: rewrite matmul kernel "k" into shared-memory tiles,
 * barriers and a register tile per thread; returns the schedule text
 * that binds it, or NULL (k unchanged).  The caller restores k->stmts,
 * n_stmts, cap_stmts and root when that schedule is refused.
 * "drop_barrier" (tests only) leaves out the barrier between the copies
 * and the products.
 */
const char *sch_gpu_stage(Program *p, Kernel *k, int drop_barrier);

/*
 * Replace the schedule of every kernel of "p" by its GPU default, where
 * there is one (the others keep theirs); the number replaced into "*mapped",
 * of which "*staged" are matmuls with shared-memory tiles (sch_gpu_stage).
 */
int sch_gpu_defaults(Program *p, int *mapped, int *staged, VitcErr *err);

#endif
