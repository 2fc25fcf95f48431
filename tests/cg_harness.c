/*
 * cg_harness.c - helpers of the code generator tests (tests/cg_harness.h).
 */
#include <check.h>
#include <dirent.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <isl/ast_build.h>
#include <isl/schedule.h>
#include <isl/set.h>
#include <isl/union_set.h>

#include "sched/schedule.h"
#include "tests/cg_harness.h"

Program *P;
isl_ctx *ctx;
int n_pfor;

Shape t_shape(const int64_t *d, int n)
{
	Shape s = {.rank = n};
	memcpy(s.d, d, (size_t)n * sizeof(*d));
	return s;
}

Access t_acc(Buffer *b, int64_t k, const int64_t *c, int n)
{
	Access a = {.buf = b, .k = k};
	memcpy(a.c, c, (size_t)n * sizeof(*c));
	return a;
}

/* A buffer of f32; inputs and outputs get the next io_index. */
Buffer *t_buf(const char *name, BufKind kind, Shape s)
{
	return t_tbuf(name, kind, DT_F32, s);
}

/* A buffer of dtype "dt"; inputs and outputs get the next io_index. */
Buffer *t_tbuf(const char *name, BufKind kind, DType dt, Shape s)
{
	Buffer *b = k_buffer_add(P, name, kind, dt, &s);
	Buffer ***arr = kind == BUF_INPUT ? &P->inputs : &P->outputs;
	int *n = kind == BUF_INPUT ? &P->n_inputs : &P->n_outputs;

	if (kind == BUF_INPUT || kind == BUF_OUTPUT) {
		ck_assert_msg(*n < 32, "more than 32 %ss", kind == BUF_INPUT ? "input" : "output");
		if (!*arr)
			*arr = arena_calloc(&P->arena, 32, sizeof(Buffer *));
		b->io_index = *n;
		(*arr)[(*n)++] = b;
	}
	return b;
}

Buffer *t_weight(const char *name, Shape s, const float *data)
{
	return t_tweight(name, DT_F32, s, data);
}

/* A weight of dtype "dt" (a whole number of bytes per element) with "data". */
Buffer *t_tweight(const char *name, DType dt, Shape s, const void *data)
{
	Buffer *b = t_tbuf(name, BUF_WEIGHT, dt, s);
	b->data = data;
	b->nbytes = (uint64_t)ir_dtype_bits(dt) / 8;
	for (int i = 0; i < s.rank; i++)
		b->nbytes *= (uint64_t)s.d[i];
	return b;
}

/* Loop "iters" (extents "ext") of depth "n" nested under "parent" (or as the root). */
LoopNode *t_nest(Kernel *k, LoopNode *parent, int n, const char **iters, const int64_t *ext)
{
	for (int i = 0; i < n; i++) {
		LoopNode *l = k_loop(P, iters[i], ext[i]);
		if (parent)
			k_append(P, parent, l);
		else
			k->root = l;
		parent = l;
	}
	return parent;
}

Stmt *t_stmt(Kernel *k, LoopNode *at, StmtKind kind, Access store, Expr *value)
{
	Stmt *s = k_stmt_add(P, k, kind);
	s->store = store;
	s->value = value;
	k_append(P, at, k_leaf(P, s));
	return s;
}

void t_finish(Kernel *k)
{
	VitcErr err = {{0}};
	ck_assert_msg(k_kernel_finish(k, &err) == 0, "%s", err.msg);
}

/*
 * The AST of kernel "k" under the schedule tree "tree" (isl YAML, NULL =
 * domain order), built by sch_build_ast (context N >= 1, parameters >= 0).
 */
isl_ast_node *t_ast(Kernel *k, const char *tree)
{
	isl_union_set *dom = NULL;
	VitcErr err = {{0}};
	isl_schedule *sch;
	isl_ast_node *ast;
	char *ds, *y;

	for (int i = 0; i < k->n_stmts; i++) {
		isl_union_set *u = isl_union_set_read_from_str(ctx,
		        k_stmt_domain_str(&P->arena, k, k->stmts[i]));
		dom = dom ? isl_union_set_union(dom, u) : u;
	}
	ds = isl_union_set_to_str(dom);
	y = arena_printf(&P->arena, "{ domain: \"%s\"%s%s }", ds, tree ? ", child: " : "",
	                 tree ? tree : "");
	free(ds);
	isl_union_set_free(dom);
	sch = isl_schedule_read_from_str(ctx, y);
	ck_assert_msg(sch != NULL, "bad schedule tree %s", y);
	ast = sch_build_ast(sch, &err);
	ck_assert_msg(ast != NULL, "%s", err.msg);
	if (getenv("VITC_TEST_AST")) {
		char *c = isl_ast_node_to_C_str(ast);
		fprintf(stderr, "%s:\n%s", k->name, c);
		free(c);
	}
	return ast;
}

/* Start a new Program (for tests that compile several). */
void t_fresh(void)
{
	k_program_free(P);
	P = k_program_new();
}

void t_setup(void)
{
	P = k_program_new();
	ctx = isl_ctx_alloc();
	n_pfor = 0;
}

static isl_ctx *sch_ctx;

void t_teardown(void)
{
	k_program_free(P);
	isl_ctx_free(ctx);
	if (sch_ctx)
		isl_ctx_free(sch_ctx);
	sch_ctx = NULL;
}

/*
 * The AST of kernel "k" under the schedule text "text" (docs/schedules.md)
 * through the schedule layer: sch_parse, sch_initial, sch_apply,
 * sch_build_ast, in an isl context of sch_ctx_alloc (one per test).
 */
isl_ast_node *t_sched(Kernel *k, const char *text)
{
	VitcErr err = {{0}};
	isl_schedule *s;
	isl_ast_node *ast;

	if (!sch_ctx)
		sch_ctx = sch_ctx_alloc();
	ck_assert_msg(!sch_parse(text, &k->sched, &P->arena, &err), "%s", err.msg);
	s = sch_initial(sch_ctx, k, &err);
	ck_assert_msg(s != NULL, "%s", err.msg);
	s = sch_apply(s, k, NULL, &err);
	ck_assert_msg(s != NULL, "%s", err.msg);
	ast = sch_build_ast(s, &err);
	ck_assert_msg(ast != NULL, "%s", err.msg);
	if (getenv("VITC_TEST_AST")) {
		char *c = isl_ast_node_to_C_str(ast);
		fprintf(stderr, "%s [%s]:\n%s", k->name, text, c);
		free(c);
	}
	return ast;
}

/* A serial parallel_for that runs 3 chunks, last chunk first. */
void t_pfor(void *pool, int64_t n, vitrt_task_fn body, void *cl)
{
	int64_t c = (n + 2) / 3;

	n_pfor++;
	for (int64_t b = (n - 1) / c * c; b >= 0; b -= c)
		body(cl, b, b + c < n ? b + c : n);
}

const vitrt_host t_host = {.pool = NULL, .nthreads = 1, .parallel_for = t_pfor};

int t_compile(Model *mo, isl_ast_node **asts, const CgOptions *o, VitcErr *err)
{
	int r;

	strcpy(mo->dir, "/tmp/cgtest.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(mo->dir));
	snprintf(mo->path, sizeof(mo->path), "%s/model.so", mo->dir);
	r = cg_compile_cpu(P, asts, o, mo->path, err);
	for (int i = 0; i < P->n_kernels; i++)
		isl_ast_node_free(asts[i]);
	return r;
}

/* Compile P (kernel ASTs "asts", freed) and dlopen the result. */
void t_build(Model *mo, isl_ast_node **asts)
{
	CgOptions o = {.opt_level = 3};
	VitcErr err = {{0}};

	ck_assert_msg(t_compile(mo, asts, &o, &err) == 0, "compile: %s", err.msg);
	mo->h = dlopen(mo->path, RTLD_NOW | RTLD_LOCAL);
	ck_assert_msg(mo->h != NULL, "dlopen: %s", dlerror());
	mo->abi = dlsym(mo->h, VITRT_MODEL_SYMBOL);
	ck_assert_ptr_nonnull(mo->abi);
	ck_assert_uint_eq(mo->abi->magic, VITRT_MAGIC);
}

void t_close(Model *mo)
{
	if (mo->h)
		dlclose(mo->h);
	unlink(mo->path);
	rmdir(mo->dir);
}

void t_run(Model *mo, int64_t n, void **in, void **out)
{
	size_t ws = (size_t)(mo->abi->workspace_fixed + mo->abi->workspace_per_batch * (uint64_t)n);
	void *w = aligned_alloc(64, (ws + 127) / 64 * 64);

	memset(w, 0xff, (ws + 127) / 64 * 64);  /* NaN garbage: kernels must not read it first */
	ck_assert_int_eq(mo->abi->run(&t_host, in, out, w, n), 0);
	free(w);
}

static float frand(unsigned *s, float lo, float hi)
{
	*s = *s * 1103515245u + 12345u;
	return lo + (hi - lo) * (float)((*s >> 8) & 0xffff) / 65535.0f;
}

void t_fill(float *x, size_t n, unsigned seed, float lo, float hi)
{
	for (size_t i = 0; i < n; i++)
		x[i] = frand(&seed, lo, hi);
}

/* Does the file "path" contain the string "needle"? */
int t_file_has(const char *path, const char *needle)
{
	FILE *fp = fopen(path, "rb");
	static char text[1 << 22];
	size_t n;

	if (!fp)
		return 0;
	n = fread(text, 1, sizeof(text) - 1, fp);
	fclose(fp);
	text[n] = 0;
	return strstr(text, needle) != NULL;
}

/* Does the LLVM IR of P (before O3) with copies of "asts" contain "needle"? */
int t_ir_has(isl_ast_node **asts, const char *needle)
{
	return t_dump_has(asts, &(CgOptions){.opt_level = 0}, 0, needle);
}

/*
 * Does dump "which" (0: IR before the passes, 1: after them, 2: assembly)
 * of P compiled with "opt" and copies of "asts" contain "needle"?
 */
int t_dump_has(isl_ast_node **asts, const CgOptions *opt, int which, const char *needle)
{
	isl_ast_node *copy[8];
	char dir[32], path[64];
	CgOptions o = *opt;
	VitcErr err = {{0}};
	Model mo;
	int r;

	strcpy(dir, "/tmp/cgdump.XXXXXX");
	o.dump_dir = mkdtemp(dir);
	o.dump_seq = 0;
	for (int i = 0; i < P->n_kernels; i++)
		copy[i] = isl_ast_node_copy(asts[i]);
	ck_assert_msg(t_compile(&mo, copy, &o, &err) == 0, "%s", err.msg);
	snprintf(path, sizeof(path), "%s/%02d-model%s", dir, which,
	         which == 0 ? ".ll" : which == 1 ? ".opt.ll" : ".s");
	r = t_file_has(path, needle);
	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%02d-model%s", dir, i,
		         i == 0 ? ".ll" : i == 1 ? ".opt.ll" : ".s");
		unlink(path);
	}
	rmdir(dir);
	unlink(mo.path);
	rmdir(mo.dir);
	return r;
}

int t_files_equal(const char *a, const char *b)
{
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
	int ca, cb, same = fa && fb;

	while (same && ((ca = fgetc(fa)) != EOF) | ((cb = fgetc(fb)) != EOF))
		same = ca == cb;
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	return same;
}

int t_dir_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)))
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	if (d)
		closedir(d);
	return n;
}

