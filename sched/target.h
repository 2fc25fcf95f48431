/*
 * sched/target.h - sch_: what the schedule layer knows of the machine it
 * schedules for, and the default schedule templates built from it.
 *
 * A backend fills an SchTarget from its target machine (for x86:
 * cg_target_describe in backends/x86.c, from -mcpu/-mattr or the host's
 * CPU and features); lowering then asks the templates below for a
 * kernel's default schedule instead of writing schedule text itself, so
 * one lowering serves AVX2 (16 ymm registers, 8 f32 lanes) and AVX-512
 * (32 zmm registers, 16 lanes) with register tiles that fit each.
 * Schedules stay plain text (docs/schedules.md): a template's result can
 * be dumped, edited and replayed like any other schedule.
 */
#ifndef VITC_SCHED_TARGET_H
#define VITC_SCHED_TARGET_H

#include <stdint.h>

#include "ir/util.h"

/*
 * A GPU form of lowering's parameter for one kernel (lower/norm_gpu.c,
 * lower/moe.c: kernels whose lowering binds their loops itself): its
 * threads per block, from a tuning record "lower(threads=N)"
 * (sched/gpu.h, docs/tuning.md "GPU search space").
 */
typedef struct SchGpuForm {
	const char *kernel;    /* the kernel's name */
	int threads;           /* threads per block: a power of two, 32 to 1024 */
} SchGpuForm;

typedef struct {
	char cpu[64];          /* the LLVM CPU name ("znver4", "x86-64-v3") */
	int vector_bits;       /* preferred vector width: 128, 256 or 512 */
	int f32_lanes;         /* vector_bits / 32 */
	int vector_regs;       /* architectural vector registers: 32 with AVX-512, else 16 */
	int fma, avx512, vnni, vpopcntdq; /* features the templates may rely on */
	int64_t l1d_bytes;     /* per-core data cache sizes; 0: unknown */
	int64_t l2_bytes;
	int cache_from_host;   /* 1: the sizes were read from this machine (sysfs) */
	int threads;           /* threads the model will run on (vitc compile --threads, else the
	                          host's usable CPUs); 0: unknown, taken as 1 */
	int gpu;               /* 1: the kernels get GPU schedules (--target cuda, --emulate-gpu,
	                          sched/gpu.h), which map the plain i, k, j nests: no packed panels */
	const SchGpuForm *forms; /* with gpu: threads per block of the GPU forms of lowering, per
	                          kernel (none listed: lowering's own choice) */
	int n_forms;
} SchTarget;

/* SSE2-only x86-64 (4 lanes, 16 registers, no FMA): the safe fallback. */
void sch_target_default(SchTarget *t);

/* One line: "znver4: 512-bit vectors (16 f32 lanes), 32 registers, fma ...". */
char *sch_target_describe(const SchTarget *t, Arena *a);

/*
 * The register tile of a float matmul nest (batch.., i, k, j) on "t":
 * R rows times V vectors of f32_lanes columns, R * V accumulators kept in
 * registers across the k loop, with room left for V loads of the weight
 * row and one broadcast of the input.
 */
typedef struct {
	int rows;      /* R */
	int vectors;   /* V */
	int lanes;     /* f32 lanes per vector */
} SchMatmulTile;

SchMatmulTile sch_matmul_tile(const SchTarget *t);

/*
 * A float matmul nest as lowering builds it (lw_matmul_kernel): batch
 * loops "bname[b]" of extent bext[b] (IR_DIM_N: the batch), then i < M
 * (M may be IR_DIM_N), k < K, j < P, an init and an update statement; and,
 * when "epilogue" (1, or 2 when it computes a transcendental or a division:
 * GELU), a second nest "e<batch names>", ei, ej over the output.
 */
typedef struct {
	int nb;
	const char *bname[4];
	int64_t bext[4];
	int64_t M, K, P;
	int epilogue;
	int panel;     /* > 0: B is packed in column panels of this width (sch_matmul_panel):
	                  the nest is then batch.., i, k, jp < P / panel, j < panel */
	int temps;     /* vector registers the update needs besides accumulators, weight
	                  vectors and the broadcast: 1 for an integer multiply-add
	                  without a fused instruction (vpmaddwd + vpaddd) */
	int tail;      /* 1: vectorize the epilogue's ej even when P is not a multiple of the
	                  lanes (its last vector masked; the integer attention's L keys) */
	int panel_acc; /* with "panel": the nest is batch.., i, jp, k, j and its panels share
	                  one accumulator [.., i][panel] (qlinear's fused requantization,
	                  lower/qdot.c), so jp carries a dependence: never parallel */
	int rows_fused; /* with several threads and no batch loop the threads divide: the
	                  batch loops and the row tiles fused into one parallel loop */
	int epi_rows;  /* with "epilogue" and several threads: the epilogue's batch loops and
	                  ei fused into one loop over the threads (sch_rows_fuse) */
} SchMatmulShape;

/*
 * The width of the column panels a constant B operand ([K][P], e.g. a
 * linear's weights) is packed in at compile time, [P / J][K][J], so the
 * register tile reads its J columns of each k as one contiguous stream:
 * the tile's columns (vectors x lanes, for an update with "temps" more
 * registers: SchMatmulShape.temps) when P is a multiple of them, else
 * 0 (B stays [K][P]; always for t->gpu).
 */
int sch_matmul_panel(const SchTarget *t, int64_t M, int64_t K, int64_t P, int temps);

/*
 * The default schedule text of that nest on "t": the register tile above
 * with k between the tile loops and the tile (with packed panels, the
 * panel loop jp is the loop of column tiles); column panels outermost
 * (and k blocked for L1) when the weights do not stay in L2; the loop
 * that spreads evenly over t->threads in parallel (a batch loop of heads,
 * the column panels or the row tiles); the epilogue vectorized and
 * parallel over its rows.  "" when the nest is too small to tile and has
 * no epilogue.  docs/schedules.md, section 0.
 */
const char *sch_template_matmul(const SchTarget *t, Arena *a, const SchMatmulShape *s);

/*
 * With several threads, the primitives that fuse the loops "names[0..n)"
 * (each perfectly nested in the one before, all but the first of constant
 * extent) into one loop, e.g. the rows of attention's [n, h, l] nests,
 * where neither 3 heads nor a batch of 1 divide over 2 threads but 3 L
 * rows do, with one fork/join per call.  The tree edits are returned (to
 * go before any annotation) and "*par" is set to the fused loop's name,
 * for parallel(); "" and NULL with one thread and for GPU targets.
 */
const char *sch_rows_fuse(const SchTarget *t, Arena *a, int n, const char *const *names,
                          const char **par);

/*
 * "sched" with the nest whose outer loops are "names[0..n)" spread over
 * the threads by sch_rows_fuse: its fuses put before every primitive of
 * "sched" (tree edits come first) and its parallel() after them all.
 * "sched" as it is with one thread and for GPU targets.
 */
const char *sch_rows_around(const SchTarget *t, Arena *a, const char *sched, int n,
                            const char *const *names);

#endif
