/*
 * backend.h - cg_: the code generators.  One isl-AST walker
 * (backends/ast_llvm.c) is shared by all targets; a Target is a struct of
 * hooks (QBE style) for what differs: machine setup, parallel loops, vector
 * width, math functions, how the module is packaged.  The hooks and the
 * walker's internals are in backends/cg.h; this header is what the rest of
 * the compiler sees.
 *
 * What the AST may contain (the contract of passes/schedule.h):
 *  - user nodes S<id>(e0, ..., e{n-1}) with one affine expression per
 *    statement dim; for, if, block and mark nodes;
 *  - a "parallel" mark above a for node: its iterations are spread over
 *    the runtime's threads (nested parallel marks run serially);
 *  - a "vectorize" mark above a for node with init 0 (any constant),
 *    stride 1 and a constant trip count V in {2,4,...,64} whose body is one
 *    user node whose accesses have stride 0 or 1 w.r.t. that loop: emitted
 *    once with <V x float> vectors.  Anything else under the mark becomes a
 *    scalar loop with llvm.loop.vectorize.enable;
 *  - any other mark is walked through.
 */
#ifndef VITC_BACKEND_H
#define VITC_BACKEND_H

#include <isl/ast.h>

#include "ir/kernel.h"

typedef struct {
	const char *cpu;       /* NULL = host */
	const char *features;  /* NULL = host's (or the cpu's own when cpu is set) */
	int opt_level;         /* 0..3 */
	const char *dump_dir;  /* write LLVM IR before/after O3 and assembly here, or NULL */
	int dump_seq;          /* first number for dump file names (NN-name.ll) */
	int print_llvm;        /* print LLVM IR (after O3) to stderr */
} CgOptions;

/*
 * Compile "p" whose kernels have the ASTs "asts" (asts[i] for
 * p->kernels[i]) into the shared object "out_so", written atomically
 * (a temporary file in the same directory, then rename).  Two compiles of
 * the same program with the same options give byte-identical files.
 */
int cg_compile_cpu(const Program *p, isl_ast_node *const *asts,
                   const CgOptions *opt, const char *out_so, VitcErr *err);

/*
 * Number of f32 lanes in the target's preferred vector register for
 * "opt" (16 with AVX-512, 8 with AVX, else 4): a hint for split factors
 * of vectorized loops.
 */
int cg_cpu_vector_lanes(const CgOptions *opt);

#endif
