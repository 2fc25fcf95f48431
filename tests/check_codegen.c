/*
 * check_codegen.c - the code generator (backends/): Programs built by hand
 * with the ir/kernel.h builders, scheduled by isl from schedule trees
 * written as isl YAML (with "parallel"/"vectorize" marks), compiled to a
 * .so, loaded with dlopen (and once through libvitrt) and compared with C
 * reference loops.  Float kernels here; the math functions' accuracy is
 * in check_math.c, typed (ShiftAdd) kernels in check_codegen_shiftadd.c,
 * the target descriptions and the NVPTX backend in check_codegen_target.c.
 */
#include "config.h"

#include <check.h>
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <isl/version.h>

#include "sched/schedule.h"
#include "tests/cg_harness.h"

START_TEST(test_isl_canary)
{
	ck_assert_msg(!strncmp(isl_version(), "isl-0.25", 8), "%s", isl_version());
#ifdef VITC_ISL_BUNDLED
	/* The bundled isl, on its small-integer backend, not Polly's copy in libLLVM. */
	ck_assert_msg(strstr(isl_version(), "IMath-32") && !strstr(isl_version(), "0.24"), "%s",
	              isl_version());
#endif
}
END_TEST

/* out[n,i,j] = a[n,i,j] + b[j], domain order, batch 1 and 3. */
START_TEST(test_add_broadcast)
{
	Buffer *a = t_buf("a", BUF_INPUT, SHAPE(IR_DIM_N, 4, 37));
	Buffer *b = t_buf("b", BUF_INPUT, SHAPE(37));
	Buffer *o = t_buf("out", BUF_OUTPUT, SHAPE(IR_DIM_N, 4, 37));
	Kernel *k = k_kernel_add(P, "add", "add");
	LoopNode *l = t_nest(k, NULL, 3, (const char *[]){"n", "i", "j"}, (int64_t[]){IR_DIM_N, 4, 37});
	isl_ast_node *ast;
	float x[3 * 148], y[37], z[3 * 148];
	Model mo;

	t_stmt(k, l, ST_ASSIGN, AC(o, 0, 148, 37, 1),
	     k_bin(P, EX_ADD, LD(a, 0, 148, 37, 1), LD(b, 0, 0, 0, 1)));
	t_finish(k);
	ast = t_ast(k, NULL);
	t_build(&mo, &ast);
	t_fill(x, 3 * 148, 1, -5, 5);
	t_fill(y, 37, 2, -5, 5);
	for (int n = 1; n <= 3; n += 2) {
		memset(z, 0, sizeof(z));
		t_run(&mo, n, (void *[]){x, y}, (void *[]){z});
		for (int i = 0; i < 3 * 148; i++)
			ck_assert_msg(z[i] == (i < n * 148 ? x[i] + y[i % 37] : 0.0f),
			              "N=%d out[%d] = %g", n, i, z[i]);
	}
	ck_assert_int_eq(mo.abi->n_inputs, 2);
	ck_assert_int_eq(mo.abi->inputs[0].dims[0], VITRT_DIM_N);
	ck_assert_str_eq(mo.abi->outputs[0].name, "out");
	t_close(&mo);
}
END_TEST

/* C[i,j] = 0; C[i,j] += A[i,k] * B[k,j] in i-k-j order, j vectorized by V. */
static Kernel *matmul(int64_t m, int64_t kk, int64_t n, const float *bw)
{
	Buffer *a = t_buf("A", BUF_INPUT, SHAPE(m, kk));
	Buffer *b = bw ? t_weight("B", SHAPE(kk, n), bw) : t_buf("B", BUF_INPUT, SHAPE(kk, n));
	Buffer *c = t_buf("C", BUF_OUTPUT, SHAPE(m, n));
	Kernel *k = k_kernel_add(P, "mm", "matmul");
	LoopNode *j = t_nest(k, NULL, 2, (const char *[]){"i", "j"}, (int64_t[]){m, n});
	LoopNode *s = k_seq(P), *lk = k_loop(P, "k", kk);

	k_append(P, j, s);
	t_stmt(k, s, ST_ASSIGN, AC(c, 0, n, 1), k_const(P, 0));
	k_append(P, s, lk);
	t_stmt(k, lk, ST_ADD, AC(c, 0, n, 1, 0),
	     k_bin(P, EX_MUL, LD(a, 0, kk, 0, 1), LD(b, 0, 0, 1, n)));
	t_finish(k);
	return k;
}

static const char *matmul_tree(int v, int par)
{
	return arena_printf(&P->arena,
	    "{ sequence: [ { filter: \"{ S0[i,j] }\" }, { filter: \"{ S1[i,j,k] }\", child: "
	    "{ %s schedule: \"[{ S1[i,j,k] -> [(i)] }]\", child: { schedule: "
	    "\"[{ S1[i,j,k] -> [(k)] }, { S1[i,j,k] -> [(floor(j/%d))] }]\", child: "
	    "{ %s schedule: \"[{ S1[i,j,k] -> [(j mod %d)] }]\" %s } } %s } } ] }",
	    par ? "mark: \"parallel\", child: {" : "", v,
	    v > 1 ? "mark: \"vectorize\", child: {" : "", v, v > 1 ? "}" : "", par ? "}" : "");
}

static void matmul_ref(const float *a, const float *b, float *c, int m, int kk, int n)
{
	for (int i = 0; i < m; i++)
		for (int j = 0; j < n; j++) {
			double s = 0;
			for (int k = 0; k < kk; k++)
				s += (double)a[i * kk + k] * b[k * n + j];
			c[i * n + j] = (float)s;
		}
}

START_TEST(test_matmul)
{
	enum { M = 33, K = 20, NC = 64 };
	static float a[M * K], b[K * NC], c[M * NC], r[M * NC];
	CgOptions o = {.opt_level = 3, .dump_dir = NULL};
	isl_ast_node *ast;
	char dir[32], dump[80];
	VitcErr err = {{0}};
	Model mo;

	t_fill(a, M * K, 3, -1, 1);
	t_fill(b, K * NC, 4, -1, 1);
	matmul(M, K, NC, b);
	ast = t_ast(P->kernels[0], matmul_tree(16, 0));
	strcpy(dir, "/tmp/cgdump.XXXXXX");
	o.dump_dir = mkdtemp(dir);
	ck_assert_msg(t_compile(&mo, &ast, &o, &err) == 0, "%s", err.msg);
	mo.h = dlopen(mo.path, RTLD_NOW | RTLD_LOCAL);
	mo.abi = dlsym(mo.h, VITRT_MODEL_SYMBOL);
	ck_assert_ptr_nonnull(mo.abi);
	t_run(&mo, 1, (void *[]){a}, (void *[]){c});
	matmul_ref(a, b, r, M, K, NC);
	for (int i = 0; i < M * NC; i++)
		ck_assert_msg(fabsf(c[i] - r[i]) <= 1e-5f, "C[%d] = %g, want %g", i, c[i], r[i]);
	snprintf(dump, sizeof(dump), "%s/00-model.ll", o.dump_dir);
	ck_assert_msg(t_file_has(dump, "<16 x float> @llvm.fmuladd.v16f32"), "no explicit vector FMA");
	snprintf(dump, sizeof(dump), "%s/02-model.s", o.dump_dir);
	ck_assert_msg(t_file_has(dump, "vfmadd"), "no vfmadd in the assembly");
	ck_assert_ptr_null(dlsym(mo.h, "vitc_run"));
	ck_assert_ptr_null(dlsym(mo.h, "vitc_k0"));
	ck_assert_ptr_null(dlsym(mo.h, "vitc_w1"));
	for (int i = 0; i < 3; i++) {
		snprintf(dump, sizeof(dump), "%s/%02d-model%s", o.dump_dir, i,
		         i == 0 ? ".ll" : i == 1 ? ".opt.ll" : ".s");
		unlink(dump);
	}
	rmdir(o.dump_dir);
	t_close(&mo);
}
END_TEST

/*
 * An "unroll" mark on the row loop of a 4-row register tile: with 32
 * rows every tile is full, the loop's bounds are constants and the
 * backend copies its body (no loop, so no phi of its iterator); with 33
 * the last tile's bound is min(3, ...) and it stays a loop.  Both compute
 * the product.
 */
START_TEST(test_unroll_mark)
{
	static const char tree[] =
	    "{ sequence: [ { filter: \"{ S0[i,j] }\" }, { filter: \"{ S1[i,j,k] }\", child: "
	    "{ schedule: \"[{ S1[i,j,k] -> [(floor(i/4))] }, { S1[i,j,k] -> [(k)] }]\", child: "
	    "{ mark: \"unroll\", child: { schedule: \"[{ S1[i,j,k] -> [(i mod 4)] }]\", child: "
	    "{ schedule: \"[{ S1[i,j,k] -> [(floor(j/16))] }]\", child: { mark: \"vectorize\", "
	    "child: { schedule: \"[{ S1[i,j,k] -> [(j mod 16)] }]\" } } } } } } } ] }";
	enum { K = 20, NC = 32 };
	static float a[33 * K], b[K * NC], c[33 * NC], r[33 * NC];

	for (int m = 32; m <= 33; m++) {
		isl_ast_node *ast;
		Model mo;

		t_fresh();
		t_fill(a, (size_t)m * K, 7, -1, 1);
		t_fill(b, K * NC, 8, -1, 1);
		matmul(m, K, NC, b);
		ast = t_ast(P->kernels[0], tree);
		ck_assert_msg(t_ir_has(&ast, "%c2 = phi") == (m == 33),
		              "%d rows: the i mod 4 loop should %s", m,
		              m == 32 ? "be unrolled" : "stay a loop");
		t_build(&mo, &ast);
		t_run(&mo, 1, (void *[]){a}, (void *[]){c});
		matmul_ref(a, b, r, m, K, NC);
		for (int i = 0; i < m * NC; i++)
			ck_assert_msg(fabsf(c[i] - r[i]) <= 1e-5f, "%d rows: C[%d] = %g, want %g",
			              m, i, c[i], r[i]);
		t_close(&mo);
	}
}
END_TEST

/* Time "reps" runs of a matmul and report GFLOP/s (stderr; no assertion). */
static double matmul_gflops(int v, int m, int kk, int n, int check)
{
	float *a = malloc((size_t)m * kk * 4), *b = malloc((size_t)kk * n * 4);
	float *c = malloc((size_t)m * n * 4), *r = malloc((size_t)m * n * 4);
	struct timespec t0, t1;
	isl_ast_node *ast;
	double best = 1e9;
	Model mo;

	t_fresh();
	t_fill(a, (size_t)m * kk, 5, -1, 1);
	t_fill(b, (size_t)kk * n, 6, -1, 1);
	matmul(m, kk, n, NULL);
	ast = t_ast(P->kernels[P->n_kernels - 1], matmul_tree(v, 0));
	t_build(&mo, &ast);
	for (int rep = 0; rep < 5; rep++) {
		clock_gettime(CLOCK_MONOTONIC, &t0);
		t_run(&mo, 1, (void *[]){a, b}, (void *[]){c});
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double s = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
		best = s < best ? s : best;
	}
	if (check) {
		matmul_ref(a, b, r, m, kk, n);
		for (int i = 0; i < m * n; i++)
			ck_assert_msg(fabsf(c[i] - r[i]) <= 1e-4f, "C[%d] = %g, want %g", i, c[i], r[i]);
	}
	t_close(&mo);
	free(a), free(b), free(c), free(r);
	return 2.0 * m * kk * n / best * 1e-9;
}

START_TEST(test_matmul_speed)
{
	double gv = matmul_gflops(16, 196, 768, 768, 1);
	double gs = matmul_gflops(1, 196, 768, 768, 0);

	fprintf(stderr, "matmul 196x768x768, 1 thread: vectorize<16> %.1f GFLOP/s, "
	        "loop hint only %.1f GFLOP/s\n", gv, gs);
	ck_assert(gv > 0.5);
}
END_TEST

/*
 * Row softmax over x[n,i,j] (C columns): m = max, s = sum exp(x - m),
 * y = exp(x - m) / s; the row band is parallel; with "vec" the j loops are
 * split by 16 and vectorized (reductions along the lanes).
 */
static Kernel *softmax(int64_t rows, int64_t cols, int vec, int par, const char **tree)
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(IR_DIM_N, rows, cols));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(IR_DIM_N, rows, cols));
	Buffer *m = t_buf("m", BUF_WORKSPACE, SHAPE(IR_DIM_N, rows));
	Buffer *s = t_buf("s", BUF_WORKSPACE, SHAPE(IR_DIM_N, rows));
	Kernel *k = k_kernel_add(P, "softmax", "softmax");
	LoopNode *i = t_nest(k, NULL, 2, (const char *[]){"n", "i"}, (int64_t[]){IR_DIM_N, rows});
	LoopNode *seq = k_seq(P), *j[3];
	Expr *d;
	char v[3][300], *t;
	const char *st[3] = {"S1[n,i,j]", "S3[n,i,j]", "S4[n,i,j]"};

	s->ws_per_batch = (uint64_t)rows * 4;
	P->ws_per_batch = 2 * (uint64_t)rows * 4;
	k_append(P, i, seq);
	for (int q = 0; q < 3; q++)
		j[q] = k_loop(P, "j", cols);
	t_stmt(k, seq, ST_ASSIGN, AC(m, 0, rows, 1), k_const(P, -INFINITY));
	k_append(P, seq, j[0]);
	t_stmt(k, j[0], ST_MAX, AC(m, 0, rows, 1, 0), LD(x, 0, rows * cols, cols, 1));
	t_stmt(k, seq, ST_ASSIGN, AC(s, 0, rows, 1), k_const(P, 0));
	k_append(P, seq, j[1]);
	d = k_bin(P, EX_SUB, LD(x, 0, rows * cols, cols, 1), LD(m, 0, rows, 1, 0));
	t_stmt(k, j[1], ST_ADD, AC(s, 0, rows, 1, 0), k_un(P, EX_EXP, d));
	k_append(P, seq, j[2]);
	t_stmt(k, j[2], ST_ASSIGN, AC(y, 0, rows * cols, cols, 1),
	     k_bin(P, EX_DIV, k_un(P, EX_EXP, d), LD(s, 0, rows, 1, 0)));
	t_finish(k);
	for (int q = 0; q < 3; q++)
		snprintf(v[q], sizeof(v[q]), vec ? ", child: { schedule: \"[{ %s -> [(floor(j/16))] }]\", "
		         "child: { mark: \"vectorize\", child: { schedule: \"[{ %s -> [(j mod 16)] }]\" } } }"
		         : ", child: { schedule: \"[{ %s -> [(j)] }]\" }", st[q], st[q]);
	t = arena_printf(&P->arena,
	    "{ %s schedule: \"[{ S0[n,i] -> [(n)]; S1[n,i,j] -> [(n)]; S2[n,i] -> [(n)]; "
	    "S3[n,i,j] -> [(n)]; S4[n,i,j] -> [(n)] }, { S0[n,i] -> [(i)]; S1[n,i,j] -> [(i)]; "
	    "S2[n,i] -> [(i)]; S3[n,i,j] -> [(i)]; S4[n,i,j] -> [(i)] }]\", child: { sequence: [ "
	    "{ filter: \"{ S0[n,i] }\" }, { filter: \"{ S1[n,i,j] }\"%s }, "
	    "{ filter: \"{ S2[n,i] }\" }, { filter: \"{ S3[n,i,j] }\"%s }, "
	    "{ filter: \"{ S4[n,i,j] }\"%s } ] } %s }",
	    par ? "mark: \"parallel\", child: {" : "", v[0], v[1], v[2], par ? "}" : "");
	*tree = t;
	return k;
}

/* Largest relative error of softmax output "y" against a double reference. */
static double softmax_err(const float *x, const float *y, int64_t n, int64_t rows, int64_t cols)
{
	double worst = 0;

	for (int64_t r = 0; r < n * rows; r++) {
		const float *xr = x + r * cols;
		double m = -INFINITY, s = 0;
		for (int64_t j = 0; j < cols; j++)
			m = xr[j] > m ? xr[j] : m;
		for (int64_t j = 0; j < cols; j++)
			s += exp((double)xr[j] - m);
		for (int64_t j = 0; j < cols; j++) {
			double want = exp((double)xr[j] - m) / s;
			double e = fabs(y[r * cols + j] - want) / want;
			worst = e > worst ? e : worst;
		}
	}
	return worst;
}

static void softmax_case(int64_t rows, int64_t cols, int vec, int par)
{
	const char *tree;
	Kernel *k = softmax(rows, cols, vec, par, &tree);
	isl_ast_node *ast = t_ast(k, tree);
	size_t sz = (size_t)7 * rows * cols;
	float *x = malloc(sz * 4), *y = malloc(sz * 4);
	Model mo;

	if (vec)
		ck_assert_msg(t_ir_has(&ast, "shufflevector <16 x float>") &&
		              t_ir_has(&ast, "@llvm.maxnum.v16f32") &&
		              t_ir_has(&ast, "%acc = phi <16 x float>"), "no vector accumulators");
	if (vec && cols % 16)
		ck_assert_msg(t_ir_has(&ast, "@llvm.masked.load.v16f32"), "no masked tail");
	t_build(&mo, &ast);
	t_fill(x, sz, 7, -8, 8);
	for (int n = 1; n <= 7; n += 3) {
		double e;
		n_pfor = 0;
		t_run(&mo, n, (void *[]){x}, (void *[]){y});
		e = softmax_err(x, y, n, rows, cols);
		ck_assert_msg(e <= 1e-6, "softmax %ldx%ld vec=%d N=%d: rel err %g",
		              (long)rows, (long)cols, vec, n, e);
		ck_assert_int_eq(n_pfor, par ? 1 : 0);
	}
	ck_assert_uint_eq(mo.abi->workspace_per_batch, 8 * (uint64_t)rows);
	t_close(&mo);
	free(x), free(y);
}

START_TEST(test_softmax_vector)
{
	softmax_case(6, 64, 1, 1);
}
END_TEST

START_TEST(test_softmax_vector_tail)
{
	softmax_case(5, 197, 1, 1);
}
END_TEST

/*
 * Vector loops shorter than their vector: y[i,j] = 2 x[i,j] and
 * r[i] += x[i,j] over j < 5 run as <8 x float> with 5 lanes active.
 */
START_TEST(test_vector_short)
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(3, 5));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(3, 5));
	Buffer *r = t_buf("r", BUF_OUTPUT, SHAPE(3));
	Kernel *k = k_kernel_add(P, "short", "x");
	LoopNode *i = t_nest(k, NULL, 1, (const char *[]){"i"}, (int64_t[]){3});
	LoopNode *seq = k_seq(P), *j1 = k_loop(P, "j", 5), *j2 = k_loop(P, "j", 5);
	const char *vec = "{ mark: \"vectorize\", child: { schedule: \"[{ %s[i,j] -> [(j)] }]\" } }";
	isl_ast_node *ast;
	float in[15], out[15] = {0}, sum[3] = {0};
	Model mo;

	k_append(P, i, seq);
	k_append(P, seq, j1);
	t_stmt(k, j1, ST_ASSIGN, AC(y, 0, 5, 1), k_bin(P, EX_MUL, LD(x, 0, 5, 1), k_const(P, 2)));
	t_stmt(k, seq, ST_ASSIGN, AC(r, 0, 1), k_const(P, 0));
	k_append(P, seq, j2);
	t_stmt(k, j2, ST_ADD, AC(r, 0, 1, 0), LD(x, 0, 5, 1));
	t_finish(k);
	ast = t_ast(k, arena_printf(&P->arena,
	    "{ schedule: \"[{ S0[i,j] -> [(i)]; S1[i] -> [(i)]; S2[i,j] -> [(i)] }]\", child: "
	    "{ sequence: [ { filter: \"{ S0[i,j] }\", child: %s }, { filter: \"{ S1[i] }\" }, "
	    "{ filter: \"{ S2[i,j] }\", child: %s } ] } }",
	    arena_printf(&P->arena, vec, "S0"), arena_printf(&P->arena, vec, "S2")));
	ck_assert_msg(t_ir_has(&ast, "@llvm.masked.store.v8f32"), "not masked");
	t_build(&mo, &ast);
	t_fill(in, 15, 16, -4, 4);
	t_run(&mo, 1, (void *[]){in}, (void *[]){out, sum});
	for (int a = 0; a < 3; a++) {
		float want = 0;
		for (int b = 0; b < 5; b++) {
			ck_assert(out[a * 5 + b] == 2 * in[a * 5 + b]);
			want += in[a * 5 + b];
		}
		ck_assert_msg(fabsf(sum[a] - want) < 1e-5f, "sum[%d] = %g, want %g", a, sum[a], want);
	}
	t_close(&mo);
}
END_TEST

START_TEST(test_softmax_scalar)
{
	softmax_case(5, 197, 0, 0);
}
END_TEST

/*
 * A parallel loop at the top (over the batch) and one nested under a
 * serial loop whose iterator the closure must carry, starting at 3.
 */
START_TEST(test_parallel)
{
	static const float w[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
	Buffer *in = t_buf("in", BUF_INPUT, SHAPE(IR_DIM_N, 10));
	Buffer *wb = t_weight("w", SHAPE(10), w);
	Buffer *o1 = t_buf("o1", BUF_OUTPUT, SHAPE(IR_DIM_N, 10));
	Buffer *o2 = t_buf("o2", BUF_OUTPUT, SHAPE(IR_DIM_N, 10));
	Kernel *k1 = k_kernel_add(P, "p1", "x"), *k2 = k_kernel_add(P, "p2", "x");
	const char *it[2] = {"n", "i"};
	int64_t ext[2] = {IR_DIM_N, 10};
	Stmt *s2;
	isl_ast_node *asts[2];
	float x[70], y1[70], y2[70];
	Model mo;

	t_stmt(k1, t_nest(k1, NULL, 2, it, ext), ST_ASSIGN, AC(o1, 0, 10, 1),
	     k_fma(P, LD(in, 0, 10, 1), k_const(P, 2), LD(wb, 0, 0, 1)));
	s2 = t_stmt(k2, t_nest(k2, NULL, 2, it, ext), ST_ASSIGN, AC(o2, 0, 10, 1),
	          k_bin(P, EX_MUL, LD(in, 0, 10, 1), LD(wb, 0, 0, 1)));
	s2->constraints = "i >= 3";
	t_finish(k1);
	t_finish(k2);
	asts[0] = t_ast(k1, "{ mark: \"parallel\", child: { schedule: \"[{ S0[n,i] -> [(n)] }]\" } }");
	asts[1] = t_ast(k2, "{ schedule: \"[{ S0[n,i] -> [(n)] }]\", child: { mark: \"parallel\", "
	                     "child: { schedule: \"[{ S0[n,i] -> [(i)] }]\" } } }");
	t_build(&mo, asts);
	t_fill(x, 70, 9, -3, 3);
	for (int n = 1; n <= 7; n += (n == 1 ? 2 : 4)) {
		memset(y1, 0, sizeof(y1));
		memset(y2, 0, sizeof(y2));
		n_pfor = 0;
		t_run(&mo, n, (void *[]){x}, (void *[]){y1, y2});
		ck_assert_int_eq(n_pfor, 1 + n);
		for (int i = 0; i < 70; i++) {
			int live = i < 10 * n;
			ck_assert_msg(y1[i] == (live ? x[i] * 2 + w[i % 10] : 0), "N=%d o1[%d]", n, i);
			ck_assert_msg(y2[i] == (live && i % 10 >= 3 ? x[i] * w[i % 10] : 0),
			              "N=%d o2[%d] = %g", n, i, y2[i]);
		}
	}
	t_close(&mo);
}
END_TEST

/*
 * A 1-D convolution with zero padding as a domain constraint:
 * out[n,o,y] = sum_{c,t} w[o,c,t] * in[n,c,y+t-1] where 0 <= y+t-1 < H.
 */
START_TEST(test_conv_padding)
{
	enum { C = 3, O = 4, H = 9, T = 3 };
	static float w[O * C * T], x[2 * C * H], y[2 * O * H];
	Buffer *in = t_buf("in", BUF_INPUT, SHAPE(IR_DIM_N, C, H));
	Buffer *wb = t_weight("w", SHAPE(O, C, T), w);
	Buffer *ob = t_buf("out", BUF_OUTPUT, SHAPE(IR_DIM_N, O, H));
	Kernel *k = k_kernel_add(P, "conv", "conv");
	LoopNode *l = t_nest(k, NULL, 3, (const char *[]){"n", "o", "y"}, (int64_t[]){IR_DIM_N, O, H});
	LoopNode *seq = k_seq(P);
	Stmt *s;
	isl_ast_node *ast;
	Model mo;

	k_append(P, l, seq);
	t_stmt(k, seq, ST_ASSIGN, AC(ob, 0, O * H, H, 1), k_const(P, 0.5f));
	s = t_stmt(k, t_nest(k, seq, 2, (const char *[]){"c", "t"}, (int64_t[]){C, T}), ST_ADD,
	         AC(ob, 0, O * H, H, 1, 0, 0),
	         k_bin(P, EX_MUL, LD(wb, 0, 0, C * T, 0, T, 1), LD(in, -1, C * H, 0, 1, H, 1)));
	s->constraints = "y + t >= 1 and y + t <= 9";
	t_finish(k);
	ast = t_ast(k, "{ schedule: \"[{ S0[n,o,y] -> [(n)]; S1[n,o,y,c,t] -> [(n)] }, "
	                "{ S0[n,o,y] -> [(o)]; S1[n,o,y,c,t] -> [(o)] }, "
	                "{ S0[n,o,y] -> [(y)]; S1[n,o,y,c,t] -> [(y)] }]\", child: { sequence: "
	                "[ { filter: \"{ S0[n,o,y] }\" }, { filter: \"{ S1[n,o,y,c,t] }\" } ] } }");
	t_fill(w, O * C * T, 10, -1, 1);  /* before compiling: the .so embeds it */
	t_build(&mo, &ast);
	t_fill(x, 2 * C * H, 11, -1, 1);
	t_run(&mo, 2, (void *[]){x}, (void *[]){y});
	for (int n = 0; n < 2; n++)
		for (int o = 0; o < O; o++)
			for (int yy = 0; yy < H; yy++) {
				double r = 0.5;
				for (int c = 0; c < C; c++)
					for (int t = 0; t < T; t++)
						if (yy + t - 1 >= 0 && yy + t - 1 < H)
							r += (double)w[(o * C + c) * T + t] * x[(n * C + c) * H + yy + t - 1];
				ck_assert_msg(fabs(y[(n * O + o) * H + yy] - r) < 1e-5, "out[%d,%d,%d]", n, o, yy);
			}
	t_close(&mo);
}
END_TEST

/* Workspace buffers at per-batch offsets, and a reshape (alias_of) of one. */
START_TEST(test_alias_workspace)
{
	Buffer *in = t_buf("in", BUF_INPUT, SHAPE(IR_DIM_N, 6));
	Buffer *t = t_buf("t", BUF_WORKSPACE, SHAPE(IR_DIM_N, 6));
	Buffer *t2 = t_buf("t2", BUF_WORKSPACE, SHAPE(IR_DIM_N, 2, 3));
	Buffer *u = t_buf("u", BUF_WORKSPACE, SHAPE(IR_DIM_N, 2, 3));
	Buffer *o = t_buf("out", BUF_OUTPUT, SHAPE(IR_DIM_N, 2, 3));
	Kernel *k[3];
	const char *it[3] = {"n", "a", "b"};
	int64_t ext[3] = {IR_DIM_N, 2, 3};
	isl_ast_node *asts[3];
	float x[30], y[30];
	Model mo;

	t2->alias_of = t;
	u->ws_fixed = 16;
	u->ws_per_batch = 24;
	P->ws_fixed = 64;
	P->ws_per_batch = 48;
	for (int i = 0; i < 3; i++)
		k[i] = k_kernel_add(P, "k", "x");
	t_stmt(k[0], t_nest(k[0], NULL, 2, it, (int64_t[]){IR_DIM_N, 6}), ST_ASSIGN, AC(t, 0, 6, 1),
	     k_bin(P, EX_MUL, LD(in, 0, 6, 1), k_const(P, 3)));
	t_stmt(k[1], t_nest(k[1], NULL, 3, it, ext), ST_ASSIGN, AC(u, 0, 6, 3, 1),
	     k_bin(P, EX_ADD, LD(t2, 0, 6, 3, 1), k_const(P, 1)));
	t_stmt(k[2], t_nest(k[2], NULL, 3, it, ext), ST_ASSIGN, AC(o, 0, 6, 3, 1),
	     k_bin(P, EX_MUL, LD(u, 0, 6, 3, 1), LD(t, 0, 6, 3, 1)));
	for (int i = 0; i < 3; i++) {
		t_finish(k[i]);
		asts[i] = t_ast(k[i], NULL);
	}
	t_build(&mo, asts);
	t_fill(x, 30, 12, -2, 2);
	t_run(&mo, 5, (void *[]){x}, (void *[]){y});
	for (int i = 0; i < 30; i++)
		ck_assert_msg(fabsf(y[i] - (x[i] * 3 + 1) * x[i] * 3) < 1e-5f, "out[%d]", i);
	ck_assert_uint_eq(mo.abi->workspace_fixed, 64);
	t_close(&mo);
}
END_TEST

START_TEST(test_deterministic)
{
	static float b[20 * 64];
	Model m1, m2;
	isl_ast_node *ast;

	t_fill(b, 20 * 64, 13, -1, 1);
	matmul(33, 20, 64, b);
	ast = t_ast(P->kernels[0], matmul_tree(16, 1));
	t_build(&m1, &ast);
	ast = t_ast(P->kernels[0], matmul_tree(16, 1));
	t_build(&m2, &ast);
	ck_assert_msg(t_files_equal(m1.path, m2.path), "%s and %s differ", m1.path, m2.path);
	t_close(&m1);
	t_close(&m2);
}
END_TEST

/* An unwritable output gives a message and leaves no file behind. */
START_TEST(test_unwritable)
{
	static float b[4 * 16];
	char dir[64], path[96];
	VitcErr err = {{0}};
	isl_ast_node *ast;

	matmul(3, 4, 16, b);
	ast = t_ast(P->kernels[0], NULL);
	ck_assert_int_eq(cg_compile_cpu(P, &ast, NULL, "/nonexistent-vitc/m.so", &err), -1);
	ck_assert_msg(strstr(err.msg, "/nonexistent-vitc/m.so") != NULL, "message: %s", err.msg);
	strcpy(dir, "/tmp/cgro.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	chmod(dir, 0500);
	snprintf(path, sizeof(path), "%s/m.so", dir);
	if (access(dir, W_OK) != 0) {  /* not root */
		err.msg[0] = 0;
		ck_assert_int_eq(cg_compile_cpu(P, &ast, NULL, path, &err), -1);
		ck_assert_msg(err.msg[0] != 0, "no message");
		ck_assert_int_eq(t_dir_entries(dir), 0);
	}
	chmod(dir, 0700);
	ck_assert_int_eq(t_dir_entries(dir), 0);
	setenv("VITC_LINK_CC", "false", 1);  /* a failing link leaves nothing either */
	err.msg[0] = 0;
	ck_assert_int_eq(cg_compile_cpu(P, &ast, NULL, path, &err), -1);
	ck_assert_msg(strstr(err.msg, "linking") != NULL, "message: %s", err.msg);
	ck_assert_int_eq(t_dir_entries(dir), 0);
	unsetenv("VITC_LINK_CC");
	rmdir(dir);
	isl_ast_node_free(ast);
}
END_TEST

/* Lowering errors come back as messages: a store into a weight. */
START_TEST(test_store_weight_error)
{
	static float w[4];
	Buffer *wb = t_weight("w", SHAPE(4), w);
	Kernel *k = k_kernel_add(P, "bad", "x");
	VitcErr err = {{0}};
	isl_ast_node *ast;
	Model mo;

	t_stmt(k, t_nest(k, NULL, 1, (const char *[]){"i"}, (int64_t[]){4}), ST_ASSIGN,
	     AC(wb, 0, 1), k_const(P, 1));
	t_finish(k);
	ast = t_ast(k, NULL);
	ck_assert_int_eq(t_compile(&mo, &ast, NULL, &err), -1);
	ck_assert_msg(strstr(err.msg, "weight") != NULL, "message: %s", err.msg);
	ck_assert_int_eq(t_dir_entries(mo.dir), 0);
	rmdir(mo.dir);
}
END_TEST

/* The ABI object: target, CPU features, tensor infos; and a run through libvitrt. */
START_TEST(test_abi_and_runtime)
{
	const char *tree;
	Kernel *k = softmax(3, 64, 1, 1, &tree);
	isl_ast_node *ast = t_ast(k, tree);
	float x[4 * 3 * 64], y[4 * 3 * 64];
	VitrtModel *vm = NULL;
	VitrtContext *vc;
	Model mo;

	t_build(&mo, &ast);
	ck_assert_str_eq(mo.abi->target, "x86_64");
	ck_assert_int_eq(mo.abi->abi_version, VITRT_ABI_VERSION);
	if (__builtin_cpu_supports("avx2"))
		ck_assert_msg(strstr(mo.abi->features, "avx2") != NULL, "features %s", mo.abi->features);
	ck_assert_int_eq(mo.abi->inputs[0].rank, 3);
	ck_assert_int_eq(mo.abi->inputs[0].dims[2], 64);
	ck_assert_int_eq(mo.abi->outputs[0].dtype, VITRT_F32);
	ck_assert_int_eq(vitrt_model_load(mo.path, &vm), VITRT_OK);
	vc = vitrt_context_create(vm, 2);
	ck_assert_ptr_nonnull(vc);
	t_fill(x, 4 * 3 * 64, 14, -5, 5);
	ck_assert_int_eq(vitrt_run(vc, 4, (const void *[]){x}, (void *[]){y}), VITRT_OK);
	ck_assert(softmax_err(x, y, 4, 3, 64) <= 1e-6);
	vitrt_context_free(vc);
	vitrt_model_free(vm);
	t_close(&mo);
}
END_TEST

/* GELU through the schedule layer: sch_parse, sch_initial, sch_apply, sch_build_ast. */
START_TEST(test_sch_gelu)
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(IR_DIM_N, 7, 64));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(IR_DIM_N, 7, 64));
	Kernel *k = k_kernel_add(P, "gelu", "gelu");
	LoopNode *l = t_nest(k, NULL, 3, (const char *[]){"n", "i", "j"}, (int64_t[]){IR_DIM_N, 7, 64});
	Expr *e = LD(x, 0, 448, 64, 1);
	VitcErr err = {{0}};
	isl_schedule *sch;
	isl_ast_node *ast;
	float in[3 * 448], out[3 * 448];
	Model mo;

	t_stmt(k, l, ST_ASSIGN, AC(y, 0, 448, 64, 1),
	     k_bin(P, EX_MUL, k_bin(P, EX_MUL, e, k_const(P, 0.5f)),
	           k_bin(P, EX_ADD, k_const(P, 1),
	                 k_un(P, EX_ERF, k_bin(P, EX_MUL, e, k_const(P, 0.70710678f))))));
	t_finish(k);
	ck_assert_msg(!sch_parse("split(j,16); vectorize(j.i); parallel(n)", &k->sched, &P->arena, &err),
	              "%s", err.msg);
	isl_ctx_free(ctx);
	ctx = sch_ctx_alloc();
	sch = sch_initial(ctx, k, &err);
	ck_assert_msg(sch != NULL, "%s", err.msg);
	sch = sch_apply(sch, k, NULL, &err);
	ck_assert_msg(sch != NULL, "%s", err.msg);
	ast = sch_build_ast(sch, &err);
	ck_assert_msg(ast != NULL, "%s", err.msg);
	ck_assert_msg(t_ir_has(&ast, "load <16 x float>"), "j.i was not vectorized");
	t_build(&mo, &ast);
	t_fill(in, 3 * 448, 15, -6, 6);
	n_pfor = 0;
	t_run(&mo, 3, (void *[]){in}, (void *[]){out});
	ck_assert_int_eq(n_pfor, 1);
	for (int i = 0; i < 3 * 448; i++) {
		double want = 0.5 * in[i] * (1 + erf(in[i] * 0.70710678));
		ck_assert_msg(fabs(out[i] - want) <= 1e-6 * (1 + fabs(want)), "gelu(%g) = %g, want %g",
		              in[i], out[i], want);
	}
	t_close(&mo);
}
END_TEST

static Suite *codegen_suite(void)
{
	Suite *s = suite_create("codegen");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, t_setup, t_teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_isl_canary);
	tcase_add_test(tc, test_add_broadcast);
	tcase_add_test(tc, test_matmul);
	tcase_add_test(tc, test_unroll_mark);
	tcase_add_test(tc, test_matmul_speed);
	tcase_add_test(tc, test_softmax_vector);
	tcase_add_test(tc, test_softmax_vector_tail);
	tcase_add_test(tc, test_vector_short);
	tcase_add_test(tc, test_softmax_scalar);
	tcase_add_test(tc, test_parallel);
	tcase_add_test(tc, test_conv_padding);
	tcase_add_test(tc, test_alias_workspace);
	tcase_add_test(tc, test_deterministic);
	tcase_add_test(tc, test_unwritable);
	tcase_add_test(tc, test_store_weight_error);
	tcase_add_test(tc, test_abi_and_runtime);
	tcase_add_test(tc, test_sch_gelu);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(codegen_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
