/*
 * backend.h - cg_: the code generators.  One isl-AST walker
 * (backends/ast_llvm.c) is shared by all targets; a Target is a struct of
 * hooks (QBE style) for what differs: machine setup, parallel loops, vector
 * width, math functions, how the module is packaged.  The hooks and the
 * walker's internals are in backends/cg.h; this header is what the rest of
 * the compiler sees.
 *
 * What the AST may contain (the contract of sched/schedule.h):
 *  - user nodes S<id>(e0, ..., e{n-1}) with one affine expression per
 *    statement dim; for, if, block and mark nodes; identifiers are loop
 *    iterators, N and the kernel's run-time parameters (Kernel.params,
 *    read as integers from their buffers when the kernel starts);
 *  - a "parallel" mark above a for node (or above a block of them): its
 *    iterations are spread over the runtime's threads; parallel marks
 *    inside a parallel loop run serially;
 *  - a "vectorize" mark above a for node (or a block of them) that starts
 *    at a constant, steps by 1, runs at most T <= 64 times (bound constant
 *    or min(constant, ...)) and whose body is one user node whose accesses
 *    move by 0 or 1 element per iteration (an indirect load whose index
 *    differs between iterations is a gather; an indirect store's index
 *    must not differ): emitted once on V lanes (<V x float>, <V x i32>,
 *    <V x i64> as the expression types say; an iterator value is
 *    base + <0, 1, ..>), V = T rounded up to a power of 2, lanes past the
 *    bound masked (a
 *    full-tile version without masks is taken when all V lanes run).  A
 *    store that does not move (+= or max= along the lanes) is a lane
 *    reduction; when the loop around it is a serial loop along which the
 *    store does not move either (the tile loop of a split reduction), a
 *    vector accumulator is carried across that loop.  Anything else under
 *    the mark becomes a scalar loop with llvm.loop.vectorize.enable, as
 *    every other innermost loop does;
 *  - any other mark (e.g. loop names) is walked through.
 * Kernel pointer parameters are noalias unless two buffers of a kernel
 * may overlap (alias_of, or workspace ranges that intersect for some N):
 * inputs and outputs must be distinct memory.
 */
#ifndef VITC_BACKEND_H
#define VITC_BACKEND_H

#include <isl/ast.h>

#include "ir/kernel.h"
#include "sched/target.h"
#include "ir/timing.h"

/*
 * The default -O level.  O2, not O3: the schedules already unroll and
 * vectorize what matters, and O3's larger unrolling only makes more code
 * for LLVM's code generator (PVTv2-b0: 1.5 s more CPU per compile, the
 * same run time; docs/compile-speed.md).
 */
#define CG_DEFAULT_OPT_LEVEL 2

typedef struct {
	const char *cpu;       /* NULL = host */
	const char *features;  /* "+x,-y" on top of the host's (or -mcpu's) features, or NULL */
	int opt_level;         /* 0..3 */
	const char *dump_dir;  /* write NN-model.ll, (NN+1)-model.opt.ll and (NN+2)-model.s here */
	int dump_seq;          /* NN: the first number of those dump file names */
	int print_llvm;        /* print LLVM IR (after optimization) to stderr */
	TimeReport *times;     /* stage and kernel times, or NULL */
	int jobs;              /* threads for LLVM (0: one per online CPU); never changes the output */
	const char *cache_dir; /* the compile cache (an existing directory), or NULL: none */
	uint64_t cache_max_bytes; /* its size bound */
	int cuda_sm;           /* 0: the CPU; else --target cuda:sm_<cuda_sm> (PTX, no cache) */
	int emulate_gpu;       /* --emulate-gpu: kernels bound to blocks/threads run in serial loops over them */
} CgOptions;

/*
 * --target SPEC: "cpu" (*sm = 0) or "cuda:sm_XX" for a compute capability
 * XX this vitc knows (*sm = XX).  -1 with one line in "why" (listing the
 * valid values) otherwise.
 */
int cg_target_parse(const char *spec, int *sm, char *why, size_t len);

/*
 * Compile "p" whose kernels have the ASTs "asts" (asts[i] for
 * p->kernels[i]) into the shared object "out_so", written atomically
 * (a temporary file in the same directory, then rename).  Two compiles of
 * the same program with the same options give byte-identical files.
 */
int cg_compile_cpu(const Program *p, isl_ast_node *const *asts,
                   const CgOptions *opt, const char *out_so, VitcErr *err);

/* cg_compile_cpu, or for CUDA (PTX in the .so, docs/cuda.md) when opt->cuda_sm is set. */
int cg_compile_for(const Program *p, isl_ast_node *const *asts,
                   const CgOptions *opt, const char *out_so, VitcErr *err);

/*
 * A compile in two steps, so that the driver builds only the ASTs the
 * backend needs: cg_plan_cpu splits "p" into parts and looks each kernel
 * function up in opt->cache_dir; cg_plan_needs_ast(pl, i) says whether
 * asts[i] must be given to cg_plan_compile, which writes "out_so" as
 * cg_compile_cpu does (byte-identical, cached or not).  cg_plan_compile
 * may be called once; cg_plan_free always.
 */
typedef struct CgPlan CgPlan;
CgPlan *cg_plan_cpu(const Program *p, const CgOptions *opt, VitcErr *err);
/* cg_plan_cpu, or the CUDA target when opt->cuda_sm is set. */
CgPlan *cg_plan_for(const Program *p, const CgOptions *opt, VitcErr *err);
int cg_plan_needs_ast(const CgPlan *pl, int kernel);
int cg_plan_cache_hits(const CgPlan *pl);
int cg_plan_compile(CgPlan *pl, isl_ast_node *const *asts, const char *out_so,
                    VitcErr *err);
void cg_plan_free(CgPlan *pl);

/*
 * Number of f32 lanes in the target's preferred vector register for
 * "opt" (16 with AVX-512, 8 with AVX, else 4): a hint for split factors
 * of vectorized loops.
 */
int cg_cpu_vector_lanes(const CgOptions *opt);

/*
 * The machine "opt" selects (-mcpu/-mattr, or this host), as the schedule
 * layer sees it: vector width and register count from the CPU's features
 * (AVX-512 -> 512 bits and 32 registers, AVX -> 256, else 128; 16
 * registers without AVX-512), FMA/VNNI/VPOPCNTDQ, and the per-core L1d and
 * L2 sizes: read from /sys for the host, assumed 32 KiB and 1 MiB for a
 * named CPU.  -1 + message when the CPU is unknown to LLVM's tables.
 */
int cg_target_describe(const CgOptions *opt, SchTarget *t, VitcErr *err);

/*
 * The ABI's features string ("sse3,...,avx2,fma", malloc'd) of an LLVM
 * feature string ("+x,-y", the last mention wins): the features the
 * runtime checks that stay on, where turning one off also turns off the
 * features that imply it (-avx512f: every AVX-512 extension), as in LLVM.
 */
char *cg_x86_abi_features(const char *llvm_features);

#endif
