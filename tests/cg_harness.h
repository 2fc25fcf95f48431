/*
 * cg_harness.h - what the code generator tests share: building Programs by
 * hand, ASTs from schedule trees written as isl YAML, compiling to a .so
 * in a temporary directory, loading it with dlopen and running it with a
 * serial host whose parallel_for runs chunks out of order.
 */
#ifndef VITC_CG_HARNESS_H
#define VITC_CG_HARNESS_H

#include <isl/ast.h>
#include <isl/ctx.h>

#include "backends/backend.h"
#include "runtime/vitrt.h"

#define SHAPE(...) t_shape((int64_t[]){__VA_ARGS__}, \
	(int)(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t)))
#define AC(b, k, ...) t_acc(b, k, (int64_t[]){__VA_ARGS__}, \
	(int)(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t)))
#define LD(b, k, ...) k_load(P, AC(b, k, __VA_ARGS__))

extern Program *P;     /* the program under test (fresh per test) */
extern isl_ctx *ctx;
extern int n_pfor;     /* parallel_for calls seen by t_host */
extern const vitrt_host t_host;

/* A compiled model in its own temporary directory. */
typedef struct {
	char dir[64], path[96];
	void *h;
	const vitrt_model_abi *abi;
} Model;

Shape t_shape(const int64_t *d, int n);
Access t_acc(Buffer *b, int64_t k, const int64_t *c, int n);
Buffer *t_buf(const char *name, BufKind kind, Shape s);
Buffer *t_weight(const char *name, Shape s, const float *data);
Buffer *t_tbuf(const char *name, BufKind kind, DType dt, Shape s);
Buffer *t_tweight(const char *name, DType dt, Shape s, const void *data);
LoopNode *t_nest(Kernel *k, LoopNode *parent, int n, const char **iters, const int64_t *ext);
Stmt *t_stmt(Kernel *k, LoopNode *at, StmtKind kind, Access store, Expr *value);
void t_finish(Kernel *k);
isl_ast_node *t_ast(Kernel *k, const char *tree);
isl_ast_node *t_sched(Kernel *k, const char *text);
void t_fresh(void);
void t_setup(void);
void t_teardown(void);
void t_pfor(void *pool, int64_t n, vitrt_task_fn body, void *cl);
int t_compile(Model *mo, isl_ast_node **asts, const CgOptions *o, VitcErr *err);
void t_build(Model *mo, isl_ast_node **asts);
void t_close(Model *mo);
void t_run(Model *mo, int64_t n, void **in, void **out);
void t_fill(float *x, size_t n, unsigned seed, float lo, float hi);
int t_file_has(const char *path, const char *needle);
int t_ir_has(isl_ast_node **asts, const char *needle);
int t_dump_has(isl_ast_node **asts, const CgOptions *opt, int which, const char *needle);
int t_files_equal(const char *a, const char *b);
int t_dir_entries(const char *dir);

#endif
