/*
 * sched_util.h - helpers of tests/check_sched.c and check_sched_prims.c:
 * the test kernels, a kernel through the whole schedule layer, an
 * interpreter of isl ASTs that runs kernels for real, and a line diff.
 */
#ifndef VITC_SCHED_UTIL_H
#define VITC_SCHED_UTIL_H

#include <isl/ast.h>
#include <isl/ctx.h>

#include "ir/kernel.h"

/* One kernel through the whole schedule layer. */
typedef struct {
	isl_ctx *ctx;
	Program *p;
	Kernel *k;
	isl_ast_node *ast;
	char *text;
	VitcErr err;
} TkCase;

/*
 * Build kernel "kname" (sizes "args", or the defaults if NULL), parse
 * "sched", apply it, generate the AST and its text.  Returns 0, or -1
 * with the message in c->err.
 */
int tk_case_run(TkCase *c, const char *kname, const int64_t *args, int nargs,
                const char *sched);
void tk_case_free(TkCase *c);
/* Run the AST of "c" for N = 1 and N = 3 against the loop tree. */
int tk_case_interp(TkCase *c, char *msg, size_t len);

/*
 * Build test kernel "name" into "p" with size arguments "args" (NULL: the
 * defaults); NULL if there is no such kernel or too few arguments.
 */
Kernel *tk_build(Program *p, const char *name, const int64_t *args,
                 int nargs);
/* A nest of loops "names[0..n-1]" (extent 3 each) around one copy statement. */
Kernel *tk_nest(Program *p, const char *const *names, int n);

/*
 * Run kernel "k" twice for batch "N": once in the order of its loop tree
 * (only instances of the statement domains) and once by interpreting
 * "ast".  Check that the AST runs every domain instance exactly once and
 * nothing else, that every access stays inside its buffer, and that both
 * runs leave the same values in all buffers.  Returns 0, or -1 with a
 * description in "msg".
 */
int tk_check_ast(isl_ctx *ctx, const Kernel *k, __isl_keep isl_ast_node *ast,
                 int64_t N, char *msg, size_t len);

/* Print a line diff of "want" and "got" (unified style) to stderr. */
void tk_diff(const char *name, const char *want, const char *got);

#endif
