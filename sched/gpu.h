/*
 * sched/gpu.h - sch_: default GPU schedules (bind to blocks and threads),
 * chosen for every kernel when the target is cuda, or on the CPU with
 * --emulate-gpu (the bound loops then run as plain loops).
 */
#ifndef VITC_SCHED_GPU_H
#define VITC_SCHED_GPU_H

#include <stdio.h>

#include <isl/ctx.h>

#include "ir/kernel.h"

/* Threads per block along the loop mapped to threadIdx.x (split above that): the default. */
#define SCH_GPU_BLOCK 256
/* ... and when each thread runs a row reduction (softmax, layer_norm): more, smaller blocks. */
#define SCH_GPU_ROW_BLOCK 64

/*
 * The parameters of the GPU templates, which the tuner varies
 * (docs/tuning.md, "GPU search space"); {0} means the defaults above and
 * the default stage.  They end up as schedule text: the split factors of
 * sch_gpu_template_p, and for a staged matmul the primitive
 * "stage(M,N,K)" that records put first (sch_gpu_apply_text).
 */
typedef struct {
	int block;       /* threads on threadIdx.x (0: SCH_GPU_BLOCK) */
	int row_block;   /* the same when a thread runs a serial inner loop (0: SCH_GPU_ROW_BLOCK) */
} SchGpuParams;

/*
 * A staged matmul's tiles: a block computes an m x n output tile with
 * k x k threads (threadIdx.y, threadIdx.x), each an (m/k) x (n/k)
 * register tile, and stages k-steps of k: As m x (k+1), Bs k x n, Cs
 * m x n floats in shared memory.  m and n are multiples of k.  The
 * default is 64, 64, 16 (256 threads, 4 x 4 per thread, 28 KB).
 */
typedef struct {
	int m, n, k;
} SchGpuStage;

#define SCH_GPU_STAGE_M 64
#define SCH_GPU_STAGE_N 64
#define SCH_GPU_STAGE_K 16
/* What a block may use: CUDA's static shared memory limit and the thread limit. */
#define SCH_GPU_MAX_SHARED (48 * 1024)
#define SCH_GPU_MAX_THREADS 1024

/* Threads per block and static shared memory in bytes of stage "st" (regions rounded up to powers of two). */
int sch_gpu_stage_threads(const SchGpuStage *st);
int64_t sch_gpu_stage_shared(const SchGpuStage *st);
/* Is "st" well formed (positive, m and n multiples of k)?  Limits are not checked here. */
int sch_gpu_stage_valid(const SchGpuStage *st);

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
/* The same with threads per block from "gp" (NULL: the defaults). */
const char *sch_gpu_template_p(isl_ctx *ctx, const Kernel *k, const SchGpuParams *gp, Arena *a);

/*
 * sched/gpu_stage.c: rewrite matmul kernel "k" into shared-memory tiles,
 * barriers and a register tile per thread; returns the schedule text
 * that binds it, or NULL (k unchanged).  The caller restores k->stmts,
 * n_stmts, cap_stmts and root when that schedule is refused.
 * "drop_barrier" (tests only) leaves out the barrier between the copies
 * and the products.
 */
const char *sch_gpu_stage(Program *p, Kernel *k, int drop_barrier);
/* The same with the tiles of "st" (NULL: the default). */
const char *sch_gpu_stage_p(Program *p, Kernel *k, const SchGpuStage *st, int drop_barrier);

/*
 * Give "k" (a kernel as lowering built it) the GPU schedule "text": when
 * its first primitive is "stage(M,N,K)", the kernel is staged with those
 * tiles first (sch_gpu_stage_p) and the rest of the text binds the staged
 * kernel; otherwise the text is the kernel's schedule.  The result is
 * checked (sch_apply, with the GPU mapping check; "check" 0: only the
 * stage's limits, for a kernel equal to one checked before); on failure
 * "k" is left as it was and -1 returned with "err" set.  "ctx" for the
 * check.
 */
int sch_gpu_apply_text(isl_ctx *ctx, Program *p, Kernel *k, const char *text, int check,
                       VitcErr *err);


/*
 * Is the GPU mapping and barrier check off (tests only:
 * VITC_GPU_STAGE_TEST=no-barrier or no-scan-barrier, so that the
 * emulation must catch what it would have refused)?  Such a compile
 * neither reads nor writes the compile cache (compiler/driver.c): a
 * cached kernel is not scheduled again, so an object compiled unchecked
 * must never reach a checked compile (docs/cuda.md, "The compile cache
 * and the isl checks").
 */
int sch_gpu_check_off(void);

/* Does the schedule lowering gave "k" bind loops already (a GPU form of lowering, no template)? */
int sch_gpu_bound_by_lowering(const Kernel *k);

/*
 * The GPU forms of lowering (the block-per-row softmax, layer norm and
 * row sums of lower/norm_gpu.c, the MoE route's scan of lower/moe.c)
 * have one parameter, their threads per block, which lowering fixes:
 * a tuning record cannot reschedule them, it names the parameter
 * instead, as the text "lower(threads=N)" (N a power of two, 32 to
 * 1024), and the node is lowered again with it (SchTarget.forms).
 */
#define SCH_GPU_FORM_MIN 32
/* "k"'s threads per block when it is a GPU form of lowering (its "tx" loop's extent), else 0. */
int sch_gpu_form_threads(const Kernel *k);
/* "lower(threads=N)" in "a". */
const char *sch_gpu_form_text(int threads, Arena *a);
/*
 * Is "text" a GPU form's parameter?  0: no (a schedule); 1: yes, valid,
 * threads into "*threads"; -1: it starts "lower(" but is malformed or
 * out of range ("err" says which, one line).
 */
int sch_gpu_form_parse(const char *text, int *threads, VitcErr *err);

/*
 * Replace the schedule of every kernel of "p" by its GPU default, where
 * there is one (the others keep theirs); the number replaced into "*mapped",
 * of which "*staged" are matmuls with shared-memory tiles (sch_gpu_stage).
 */
int sch_gpu_defaults(Program *p, int *mapped, int *staged, VitcErr *err);
/*
 * The same, but kernel i whose "chosen[i]" is set (a GPU tuning record,
 * sched/records_gpu.c) gets that schedule instead (sch_gpu_apply_text);
 * when it does not apply, one notice line on "notices" (the first such
 * kernel) and the default.  "chosen" may be NULL.
 */
int sch_gpu_defaults_with(Program *p, const char *const *chosen, FILE *notices, int *mapped,
                          int *staged, VitcErr *err);


#endif
