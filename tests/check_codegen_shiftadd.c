/*
 * check_codegen_shiftadd.c - the code generator (backends/) on typed
 * kernels, the ShiftAddViT primitives: integer lanes (Q16.16 shift-adds
 * on pot5 weights), popcount scores, masked accumulation over packed
 * bits, bit packing, gathers/scatters bounded by a run-time parameter,
 * integer and conversion semantics, typed printing and type errors.
 * Programs are built by hand and compiled through the test harness
 * (tests/cg_harness.h), then compared bit-exactly with C reference loops.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tests/cg_harness.h"

static Expr *ic(ValType t, int64_t v)
{
	return k_const_int(P, t, v);
}

/* "a" with the indirect part ci * ind added. */
static Access ind_acc(Access a, Expr *ind, int64_t ci)
{
	a.ind = ind;
	a.ci = ci;
	return a;
}

/* Q16.16 as kernel.h's cvt: floor(x * 2^16) saturated to int32. */
static int32_t ref_q16(float x)
{
	double d = floor((double)(x * 65536.0f));

	if (d >= 2147483647.0)
		return INT32_MAX;
	if (d <= -2147483648.0)
		return INT32_MIN;
	return (int32_t)d;
}

/* One shift-linear term: pot5 "code" (bits 0..3 shift, 15 = zero; bit 4 sign) on X. */
static int64_t ref_shift_term(int32_t x, uint8_t code)
{
	int sh = code & 15;
	int64_t v;

	if (sh == 15)
		return 0;
	v = x >> sh;
	return (code >> 4) & 1 ? -v : v;
}

/*
 * A shift linear in two kernels: "quant" X[n,r,k] = i32(x * 2^16) and
 * "shift_linear" Y[n,r,j] = i64(i32(b[j] * 2^16)), then for k, j:
 * Y += select(sh == 15, 0, select(sign, -(X >> sh), X >> sh)) with sh and
 * sign decoded from pot5 weights w[k,j], then y = f32(Y) * 2^-16.  The
 * shift is done on i64 ("shift64") or on i32 and widened.
 */
static void shift_linear(int64_t R, int64_t K, int64_t M, const uint8_t *w, const float *bias,
                         int shift64)
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(IR_DIM_N, R, K));
	Buffer *wb = t_tweight("w", DT_POT5, SHAPE(K, M), w);
	Buffer *bb = t_weight("b", SHAPE(M), bias);
	Buffer *X = t_tbuf("X", BUF_WORKSPACE, DT_I32, SHAPE(IR_DIM_N, R, K));
	Buffer *Y = t_tbuf("Y", BUF_OUTPUT, DT_I64, SHAPE(IR_DIM_N, R, M));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(IR_DIM_N, R, M));
	Kernel *q = k_kernel_add(P, "quant", "quant"), *mk;
	LoopNode *l, *seq = k_seq(P), *kl = k_loop(P, "k", K), *j[3];
	Expr *code, *sh, *neg, *xv, *v, *term;

	P->ws_per_batch = (uint64_t)(R * K * 4);  /* X at offset 0 */
	l = t_nest(q, NULL, 3, (const char *[]){"n", "r", "k"}, (int64_t[]){IR_DIM_N, R, K});
	t_stmt(q, l, ST_ASSIGN, AC(X, 0, R * K, K, 1),
	       k_cvt(P, VT_I32, k_bin(P, EX_MUL, LD(x, 0, R * K, K, 1), k_const(P, 65536.0f))));
	t_finish(q);
	mk = k_kernel_add(P, "shift_linear", "shift_linear");
	l = t_nest(mk, NULL, 2, (const char *[]){"n", "r"}, (int64_t[]){IR_DIM_N, R});
	k_append(P, l, seq);
	for (int i = 0; i < 3; i++)
		j[i] = k_loop(P, "j", M);
	k_append(P, seq, j[0]);
	t_stmt(mk, j[0], ST_ASSIGN, AC(Y, 0, R * M, M, 1),
	       k_cvt(P, VT_I64, k_cvt(P, VT_I32, k_bin(P, EX_MUL, LD(bb, 0, 0, 0, 1),
	                                                k_const(P, 65536.0f)))));
	k_append(P, seq, kl);
	k_append(P, kl, j[1]);
	code = LD(wb, 0, 0, 0, M, 1);
	sh = k_bin(P, EX_AND, code, ic(VT_I32, 15));
	neg = k_bin(P, EX_AND, k_bin(P, EX_SHR, code, ic(VT_I32, 4)), ic(VT_I32, 1));
	xv = LD(X, 0, R * K, K, 1, 0);
	v = shift64 ? k_bin(P, EX_SHR, k_cvt(P, VT_I64, xv), k_cvt(P, VT_I64, sh))
	            : k_cvt(P, VT_I64, k_bin(P, EX_SHR, xv, sh));
	term = k_select(P, neg, k_un(P, EX_NEG, v), v);
	term = k_select(P, k_bin(P, EX_EQ, sh, ic(VT_I32, 15)), ic(VT_I64, 0), term);
	t_stmt(mk, j[1], ST_ADD, AC(Y, 0, R * M, M, 0, 1), term);
	k_append(P, seq, j[2]);
	t_stmt(mk, j[2], ST_ASSIGN, AC(y, 0, R * M, M, 1),
	       k_bin(P, EX_MUL, k_cvt(P, VT_F32, LD(Y, 0, R * M, M, 1)), k_const(P, 1.0f / 65536)));
	t_finish(mk);
}

static void shift_linear_ref(const float *x, const uint8_t *w, const float *b, int64_t rows,
                             int64_t K, int64_t M, int64_t *Y, float *y)
{
	for (int64_t r = 0; r < rows; r++)
		for (int64_t j = 0; j < M; j++) {
			int64_t acc = ref_q16(b[j]);
			for (int64_t k = 0; k < K; k++)
				acc += ref_shift_term(ref_q16(x[r * K + k]), w[k * M + j]);
			Y[r * M + j] = acc;
			y[r * M + j] = (float)acc * (1.0f / 65536);
		}
}

/*
 * Shift linear, rows 50, M = 40, K = 72 or 513, scalar or with the j loops
 * split by 16 and vectorized (<16 x i64> accumulators, variable shifts),
 * bit-exact against int64 C, for N = 1 and 2.  Inputs include values that
 * saturate Q16.16 (|x| >= 32768, infinities) and every pot5 code.
 */
START_TEST(test_shift_linear)
{
	enum { R = 50, M = 40 };
	int64_t K = _i & 1 ? 513 : 72;
	int vec = _i >> 1, shift64 = (_i & 1) ^ vec;
	float *x = malloc(sizeof(float) * 2 * R * (size_t)K), bias[M];
	uint8_t *w = malloc((size_t)K * M);
	int64_t *Y = malloc(sizeof(int64_t) * 2 * R * M), *Yr = malloc(sizeof(int64_t) * 2 * R * M);
	float *y = malloc(sizeof(float) * 2 * R * M), *yr = malloc(sizeof(float) * 2 * R * M);
	isl_ast_node *asts[2];
	unsigned seed = 77;
	Model mo;

	for (int64_t i = 0; i < K * M; i++) {
		seed = seed * 1103515245u + 12345u;
		w[i] = (uint8_t)((seed >> 16) % 32);
	}
	t_fill(x, 2 * R * (size_t)K, 21, -3, 3);
	t_fill(bias, M, 22, -2, 2);
	for (int64_t i = 0; i < 2 * R * K; i += 37)
		x[i] = i % 3 ? 40000.0f * (i % 2 ? 1 : -1) : (i % 2 ? INFINITY : -INFINITY);
	x[1] = 32767.99f, x[2] = -32768.0f, x[3] = 1.0f / 65536, x[4] = -1.0f / 65536;
	bias[0] = 1e9f, bias[1] = -1e9f;
	shift_linear(R, K, M, w, bias, shift64);
	if (vec) {
		asts[0] = t_sched(P->kernels[0], "split(k,16); vectorize(k.i)");
		asts[1] = t_sched(P->kernels[1], "split(j,16); vectorize(j.i)");
		ck_assert_msg(t_ir_has(asts, shift64 ? "ashr <16 x i64>" : "ashr <16 x i32>"),
		              "no vector shift");
		ck_assert_msg(t_ir_has(asts, "@llvm.masked.load.v16i8"), "no masked pot5 tail");
		/* saturated by hand (fptosi.sat is scalarized by LLVM 16 on x86) */
		ck_assert_msg(t_ir_has(asts, "fptosi <16 x float>"), "no vector quantization");
		if (__builtin_cpu_supports("avx512f") && shift64)
			ck_assert_msg(t_dump_has(asts, &(CgOptions){.opt_level = 3}, 2, "vpsravq"),
			              "no vpsravq");
		if (__builtin_cpu_supports("avx2") && !shift64)
			ck_assert_msg(t_dump_has(asts, &(CgOptions){.opt_level = 3}, 2, "vpsravd"),
			              "no vpsravd");
	} else {
		asts[0] = t_sched(P->kernels[0], "");
		asts[1] = t_sched(P->kernels[1], "");
	}
	t_build(&mo, asts);
	for (int n = 1; n <= 2; n++) {
		memset(Y, 0x5a, sizeof(int64_t) * 2 * R * M);
		memset(y, 0x5a, sizeof(float) * 2 * R * M);
		t_run(&mo, n, (void *[]){x}, (void *[]){Y, y});
		shift_linear_ref(x, w, bias, n * R, K, M, Yr, yr);
		for (int64_t i = 0; i < n * R * M; i++) {
			ck_assert_msg(Y[i] == Yr[i], "K=%ld vec=%d N=%d Y[%ld] = %lld, want %lld",
			              (long)K, vec, n, (long)i, (long long)Y[i], (long long)Yr[i]);
			ck_assert_msg(!memcmp(&y[i], &yr[i], 4), "K=%ld vec=%d y[%ld] = %.9g, want %.9g",
			              (long)K, vec, (long)i, y[i], yr[i]);
		}
		if (n < 2)
			ck_assert_msg(Y[n * R * M] == 0x5a5a5a5a5a5a5a5a, "N=%d: wrote past the batch", n);
	}
	t_close(&mo);
	free(x), free(w), free(Y), free(Yr), free(y), free(yr);
}
END_TEST

/* s[n,i,j] = 16 - 2 popcnt(q[n,i] ^ k[n,j]) over i32 codes (R x R per image). */
static Kernel *popcount_scores(int64_t R)
{
	Buffer *q = t_tbuf("q", BUF_INPUT, DT_I32, SHAPE(IR_DIM_N, R));
	Buffer *kb = t_tbuf("k", BUF_INPUT, DT_I32, SHAPE(IR_DIM_N, R));
	Buffer *sb = t_tbuf("s", BUF_OUTPUT, DT_I32, SHAPE(IR_DIM_N, R, R));
	Kernel *k = k_kernel_add(P, "scores", "hamming");
	LoopNode *l = t_nest(k, NULL, 3, (const char *[]){"n", "i", "j"}, (int64_t[]){IR_DIM_N, R, R});

	t_stmt(k, l, ST_ASSIGN, AC(sb, 0, R * R, R, 1),
	       k_bin(P, EX_SUB, ic(VT_I32, 16),
	             k_bin(P, EX_MUL, ic(VT_I32, 2),
	                   k_un(P, EX_POPCNT, k_bin(P, EX_XOR, LD(q, 0, R, 1, 0), LD(kb, 0, R, 0, 1))))));
	t_finish(k);
	return k;
}

static void fill_codes(int32_t *c, size_t n, unsigned seed, int full)
{
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		c[i] = (int32_t)(full && i % 3 == 0 ? seed ^ (seed << 15) : (seed >> 8) & 0xffff);
	}
}

/*
 * Popcount scores, 197 tokens, j split by 16 and vectorized (and scalar):
 * bit-exact; with VPOPCNTDQ (-mcpu=icelake-server) the assembly uses
 * vpopcntd, without it (x86-64-v4) the lowering still runs.
 */
START_TEST(test_popcount_scores)
{
	enum { R = 197 };
	int vec = _i;
	static int32_t q[3 * R], kc[3 * R], sc[3 * R * R];
	isl_ast_node *ast;
	Model mo;

	popcount_scores(R);
	ast = t_sched(P->kernels[0], vec ? "split(j,16); vectorize(j.i)" : "");
	if (vec) {
		ck_assert_msg(t_ir_has(&ast, "@llvm.ctpop.v16i32"), "no vector ctpop");
		ck_assert_msg(t_dump_has(&ast, &(CgOptions){.cpu = "icelake-server", .opt_level = 3}, 2,
		                         "vpopcntd"), "no vpopcntd for icelake-server");
		if (__builtin_cpu_supports("avx512vpopcntdq"))
			ck_assert_msg(t_dump_has(&ast, &(CgOptions){.opt_level = 3}, 2, "vpopcntd"),
			              "no vpopcntd on this host");
		ck_assert_msg(!t_dump_has(&ast, &(CgOptions){.cpu = "x86-64-v4", .opt_level = 3}, 2,
		                          "vpopcnt"), "vpopcnt without VPOPCNTDQ");
	}
	t_build(&mo, &ast);
	fill_codes(q, 3 * R, 31, 1);
	fill_codes(kc, 3 * R, 32, 1);
	for (int n = 1; n <= 3; n += 2) {
		memset(sc, 0x5a, sizeof(sc));
		t_run(&mo, n, (void *[]){q, kc}, (void *[]){sc});
		for (int b = 0; b < n; b++)
			for (int i = 0; i < R; i++)
				for (int j = 0; j < R; j++) {
					int32_t want = 16 - 2 * __builtin_popcount((uint32_t)(q[b * R + i] ^ kc[b * R + j]));
					ck_assert_msg(sc[(b * R + i) * R + j] == want, "vec=%d N=%d s[%d,%d,%d] = %d, want %d",
					              vec, n, b, i, j, sc[(b * R + i) * R + j], want);
				}
		if (n < 3)
			ck_assert_int_eq(sc[n * R * R], 0x5a5a5a5a);
	}
	t_close(&mo);
}
END_TEST

/*
 * Binary-code attention as masked accumulation over packed bits:
 * kv[n,k,d] = sum_s select((code[n,s] >> k) & 1, v[n,s,d], 0) (K^T V) and
 * o[n,s,d] = sum_k select((code[n,s] >> k) & 1, kv[n,k,d], 0) (Q (K^T V)),
 * d split by 16 and vectorized (or not); bit-exact against C float sums
 * in the same order.
 */
START_TEST(test_masked_accumulate)
{
	enum { D = 40, NB = 16 };
	int64_t S = _i & 1 ? 197 : 50;
	int vec = _i >> 1;
	Buffer *code = t_tbuf("code", BUF_INPUT, DT_I32, SHAPE(IR_DIM_N, S));
	Buffer *v = t_buf("v", BUF_INPUT, SHAPE(IR_DIM_N, S, D));
	Buffer *kv = t_buf("kv", BUF_OUTPUT, SHAPE(IR_DIM_N, NB, D));
	Buffer *o = t_buf("o", BUF_OUTPUT, SHAPE(IR_DIM_N, S, D));
	Kernel *ka = k_kernel_add(P, "kv", "matadd"), *kb = k_kernel_add(P, "qkv", "matadd");
	LoopNode *n = t_nest(ka, NULL, 1, (const char *[]){"n"}, (int64_t[]){IR_DIM_N});
	LoopNode *seq = k_seq(P), *l;
	int32_t *cd = malloc(sizeof(int32_t) * 2 * (size_t)S);
	float *vv = malloc(sizeof(float) * 2 * (size_t)S * D), *ko = malloc(sizeof(float) * 2 * NB * D);
	float *oo = malloc(sizeof(float) * 2 * (size_t)S * D);
	isl_ast_node *asts[2];
	Expr *bit;
	Model mo;

	k_append(P, n, seq);
	t_stmt(ka, t_nest(ka, seq, 2, (const char *[]){"k", "d"}, (int64_t[]){NB, D}), ST_ASSIGN,
	       AC(kv, 0, NB * D, D, 1), k_const(P, 0));
	l = t_nest(ka, seq, 3, (const char *[]){"k", "s", "d"}, (int64_t[]){NB, S, D});
	bit = k_bin(P, EX_AND, k_bin(P, EX_SHR, LD(code, 0, S, 0, 1, 0), k_iter(P, VT_I32, 1)),
	            ic(VT_I32, 1));
	t_stmt(ka, l, ST_ADD, AC(kv, 0, NB * D, D, 0, 1),
	       k_select(P, bit, LD(v, 0, S * D, 0, D, 1), k_const(P, 0)));
	t_finish(ka);
	n = t_nest(kb, NULL, 2, (const char *[]){"n", "s"}, (int64_t[]){IR_DIM_N, S});
	seq = k_seq(P);
	k_append(P, n, seq);
	t_stmt(kb, t_nest(kb, seq, 1, (const char *[]){"d"}, (int64_t[]){D}), ST_ASSIGN,
	       AC(o, 0, S * D, D, 1), k_const(P, 0));
	l = t_nest(kb, seq, 2, (const char *[]){"k", "d"}, (int64_t[]){NB, D});
	bit = k_bin(P, EX_AND, k_bin(P, EX_SHR, LD(code, 0, S, 1, 0, 0), k_iter(P, VT_I32, 2)),
	            ic(VT_I32, 1));
	t_stmt(kb, l, ST_ADD, AC(o, 0, S * D, D, 0, 1),
	       k_select(P, bit, LD(kv, 0, NB * D, 0, D, 1), k_const(P, 0)));
	t_finish(kb);
	for (int i = 0; i < 2; i++)
		asts[i] = t_sched(P->kernels[i], vec ? "split(d,16); vectorize(d.i)" : "");
	if (vec)
		ck_assert_msg(t_ir_has(asts, "select <16 x i1>"), "no vector select");
	t_build(&mo, asts);
	fill_codes(cd, 2 * (size_t)S, 41, 0);
	t_fill(vv, 2 * (size_t)S * D, 42, -1, 1);
	for (int nn = 1; nn <= 2; nn++) {
		t_run(&mo, nn, (void *[]){cd, vv}, (void *[]){ko, oo});
		for (int b = 0; b < nn; b++) {
			float kr[NB * D];
			for (int k = 0; k < NB; k++)
				for (int d = 0; d < D; d++) {
					float acc = 0;
					for (int64_t s = 0; s < S; s++)
						acc += (cd[b * S + s] >> k) & 1 ? vv[(b * S + s) * D + d] : 0.0f;
					kr[k * D + d] = acc;
					ck_assert_msg(ko[(b * NB + k) * D + d] == acc, "S=%ld vec=%d kv[%d,%d,%d] = %.9g, want %.9g",
					              (long)S, vec, b, k, d, ko[(b * NB + k) * D + d], acc);
				}
			for (int64_t s = 0; s < S; s++)
				for (int d = 0; d < D; d++) {
					float acc = 0;
					for (int k = 0; k < NB; k++)
						acc += (cd[b * S + s] >> k) & 1 ? kr[k * D + d] : 0.0f;
					ck_assert_msg(oo[(b * S + s) * D + d] == acc, "S=%ld vec=%d o[%d,%ld,%d]",
					              (long)S, vec, b, (long)s, d);
				}
		}
	}
	t_close(&mo);
	free(cd), free(vv), free(ko), free(oo);
}
END_TEST

/*
 * Bit packing: code[n,t] = sum_k (y[n,t,k] > 0) << k as += of a shifted
 * compare, into i32 and into i16 (bit 15 makes it negative: stores
 * truncate, loads sign-extend); k vectorized (an integer lane reduction),
 * split by 4 with k.i vectorized (a <4 x i32> accumulator across k.o) or
 * not.  NaN and -0 are not > 0.
 */
START_TEST(test_pack_bits)
{
	enum { T = 197, NB = 16 };
	int vec = _i;
	Buffer *y = t_buf("y", BUF_INPUT, SHAPE(IR_DIM_N, T, NB));
	Buffer *c32 = t_tbuf("code", BUF_OUTPUT, DT_I32, SHAPE(IR_DIM_N, T));
	Buffer *c16 = t_tbuf("code16", BUF_OUTPUT, DT_I16, SHAPE(IR_DIM_N, T));
	Kernel *k = k_kernel_add(P, "pack", "pack");
	LoopNode *l = t_nest(k, NULL, 2, (const char *[]){"n", "t"}, (int64_t[]){IR_DIM_N, T});
	LoopNode *seq = k_seq(P), *kl[2];
	static float yy[2 * T * NB];
	static int32_t co[2 * T];
	static int16_t c1[2 * T];
	isl_ast_node *ast;
	Model mo;

	k_append(P, l, seq);
	for (int q = 0; q < 2; q++) {
		Buffer *c = q ? c16 : c32;
		kl[q] = k_loop(P, "k", NB);
		t_stmt(k, seq, ST_ASSIGN, AC(c, 0, T, 1), ic(VT_I32, 0));
		k_append(P, seq, kl[q]);
		t_stmt(k, kl[q], ST_ADD, AC(c, 0, T, 1, 0),
		       k_bin(P, EX_SHL, k_bin(P, EX_GT, LD(y, 0, T * NB, NB, 1), k_const(P, 0)),
		             k_iter(P, VT_I32, 2)));
	}
	t_finish(k);
	ast = t_sched(k, vec == 2 ? "split(k,4); vectorize(k.i)" : vec ? "vectorize(k)" : "");
	if (vec == 1)
		ck_assert_msg(t_ir_has(&ast, "shufflevector <16 x i32>") &&
		              t_ir_has(&ast, "fcmp ogt <16 x float>"), "no integer lane reduction");
	if (vec == 2)
		ck_assert_msg(t_ir_has(&ast, "%acc = phi <4 x i32>"), "no integer vector accumulator");
	t_build(&mo, &ast);
	t_fill(yy, 2 * T * NB, 51, -1, 1);
	yy[3] = NAN, yy[4] = -0.0f, yy[5] = 0.0f, yy[15] = 1e-30f, yy[NB + 15] = -1e-30f;
	for (int n = 1; n <= 2; n++) {
		t_run(&mo, n, (void *[]){yy}, (void *[]){co, c1});
		for (int t = 0; t < n * T; t++) {
			uint32_t bits = 0;
			for (int b = 0; b < NB; b++)
				bits |= (uint32_t)(yy[t * NB + b] > 0) << b;
			ck_assert_msg(co[t] == (int32_t)bits, "vec=%d code[%d] = %#x, want %#x", vec, t,
			              (unsigned)co[t], bits);
			ck_assert_msg(c1[t] == (int16_t)(uint16_t)bits, "vec=%d code16[%d] = %d", vec, t, c1[t]);
		}
	}
	t_close(&mo);
}
END_TEST

/*
 * Run-time parameter C0 (read from the input "cnt") bounding the token
 * loops of a MoE-style kernel: a gather by a uniform index
 * out[n,t,j] = x[n,perm[n,t],j], a scatter y[n,perm[n,t],j] = 2 x[n,t,j],
 * a per-lane gather z[n,t,j] = x[n,idx[n,t,j],j] (i64 indices) and
 * w[n,t] = f32(t), a scatter by an index that differs along j
 * sc[n,t,pj[n,t,j]] = x[n,t,j], a histogram hist[n,pj[n,t,j]] += x[n,t,j],
 * each for t < C0, and flag[n] = 1 if
 * C0 > 0 (a guard the AST context must keep).  Vectorized: the j loops
 * (masked, 24 of 32 lanes), the gather loop parallel; the w loop over
 * t < C0 has no constant trip count and the per-lane scatters are not
 * vector stores: they fall back to scalar loops.  N = 1 and 3, C0 = 0, 5
 * and 7 (all tokens).
 */
START_TEST(test_param_gather_scatter)
{
	enum { T = 7, D = 24 };
	int vec = _i;
	Buffer *cnt = t_tbuf("cnt", BUF_INPUT, DT_I32, SHAPE(1));
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(IR_DIM_N, T, D));
	Buffer *perm = t_tbuf("perm", BUF_INPUT, DT_I32, SHAPE(IR_DIM_N, T));
	Buffer *idx = t_tbuf("idx", BUF_INPUT, DT_I64, SHAPE(IR_DIM_N, T, D));
	Buffer *out = t_buf("out", BUF_OUTPUT, SHAPE(IR_DIM_N, T, D));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(IR_DIM_N, T, D));
	Buffer *z = t_buf("z", BUF_OUTPUT, SHAPE(IR_DIM_N, T, D));
	Buffer *w = t_buf("w", BUF_OUTPUT, SHAPE(IR_DIM_N, T));
	Buffer *pj = t_tbuf("pj", BUF_INPUT, DT_I32, SHAPE(IR_DIM_N, T, D));
	Buffer *sc = t_buf("sc", BUF_OUTPUT, SHAPE(IR_DIM_N, T, D));
	Buffer *flag = t_buf("flag", BUF_OUTPUT, SHAPE(IR_DIM_N));
	Buffer *hist = t_buf("hist", BUF_OUTPUT, SHAPE(IR_DIM_N, D));
	Kernel *k = k_kernel_add(P, "moe", "moe");
	LoopNode *n = t_nest(k, NULL, 1, (const char *[]){"n"}, (int64_t[]){IR_DIM_N});
	LoopNode *seq = k_seq(P);
	static float xx[3 * T * D], oo[3 * T * D], yy[3 * T * D], zz[3 * T * D], ww[3 * T];
	static float ss[3 * T * D], ff[3], hh[3 * D], hr[3 * D];
	static int32_t pp[3 * T], jj[3 * T * D];
	static int64_t ii[3 * T * D];
	isl_ast_node *ast;
	Stmt *st;
	Model mo;

	k_kernel_param(k, "C0", (Access){.buf = cnt});
	k_append(P, n, seq);
	st = t_stmt(k, t_nest(k, seq, 2, (const char *[]){"t0", "j0"}, (int64_t[]){T, D}), ST_ASSIGN,
	            AC(out, 0, T * D, D, 1),
	            k_load(P, ind_acc(AC(x, 0, T * D, 0, 1), LD(perm, 0, T, 1, 0), D)));
	st->constraints = "t0 < C0";
	st = t_stmt(k, t_nest(k, seq, 2, (const char *[]){"t1", "j1"}, (int64_t[]){T, D}), ST_ASSIGN,
	            ind_acc(AC(y, 0, T * D, 0, 1), LD(perm, 0, T, 1, 0), D),
	            k_bin(P, EX_MUL, LD(x, 0, T * D, D, 1), k_const(P, 2)));
	st->constraints = "t1 < C0";
	st = t_stmt(k, t_nest(k, seq, 2, (const char *[]){"t2", "j2"}, (int64_t[]){T, D}), ST_ASSIGN,
	            AC(z, 0, T * D, D, 1),
	            k_load(P, ind_acc(AC(x, 0, T * D, 0, 1), LD(idx, 0, T * D, D, 1), D)));
	st->constraints = "t2 < C0";
	st = t_stmt(k, t_nest(k, seq, 1, (const char *[]){"t3"}, (int64_t[]){T}), ST_ASSIGN,
	            AC(w, 0, T, 1), k_cvt(P, VT_F32, k_iter(P, VT_I32, 1)));
	st->constraints = "t3 < C0";
	st = t_stmt(k, t_nest(k, seq, 2, (const char *[]){"t4", "j4"}, (int64_t[]){T, D}), ST_ASSIGN,
	            ind_acc(AC(sc, 0, T * D, D, 0), LD(pj, 0, T * D, D, 1), 1), LD(x, 0, T * D, D, 1));
	st->constraints = "t4 < C0";
	st = t_stmt(k, seq, ST_ASSIGN, AC(flag, 0, 1), k_const(P, 1));
	st->constraints = "C0 > 0";
	st = t_stmt(k, t_nest(k, seq, 2, (const char *[]){"t5", "j5"}, (int64_t[]){T, D}), ST_ADD,
	            ind_acc(AC(hist, 0, D, 0, 0), LD(pj, 0, T * D, D, 1), 1), LD(x, 0, T * D, D, 1));
	st->constraints = "t5 < C0";
	t_finish(k);
	ast = t_sched(k, vec ? "vectorize(j0); vectorize(j1); vectorize(j2); vectorize(t3); "
	                       "vectorize(j4); vectorize(j5); parallel(t0)" : "");
	if (vec) {
		ck_assert_msg(t_ir_has(&ast, "@llvm.masked.gather.v32f32.v32p0"), "no gather");
		ck_assert_msg(t_ir_has(&ast, "@llvm.masked.store.v32f32"), "no vector scatter rows");
	}
	t_build(&mo, &ast);
	t_fill(xx, 3 * T * D, 61, -5, 5);
	for (int b = 0; b < 3; b++) {
		for (int t = 0; t < T; t++)
			pp[b * T + t] = (t * 3 + b) % T;  /* a permutation (3 and 7 are coprime) */
		for (int i = 0; i < T * D; i++) {
			ii[b * T * D + i] = (i * 5 + b) % T;
			jj[b * T * D + i] = (i % D * 5 + i / D + b) % D;  /* a permutation of each row */
		}
	}
	for (int nn = 1; nn <= 3; nn += 2)
		for (int c0 = 0; c0 <= T; c0 += c0 ? 2 : 5) {
			int32_t cv = c0;
			memset(oo, 0, sizeof(oo)), memset(yy, 0, sizeof(yy));
			memset(zz, 0, sizeof(zz)), memset(ww, 0, sizeof(ww));
			memset(ss, 0, sizeof(ss)), memset(ff, 0, sizeof(ff));
			memset(hh, 0, sizeof(hh)), memset(hr, 0, sizeof(hr));
			n_pfor = 0;
			t_run(&mo, nn, (void *[]){&cv, xx, pp, ii, jj}, (void *[]){oo, yy, zz, ww, ss, ff, hh});
			for (int b = 0; b < nn; b++)
				for (int t = 0; t < c0; t++)
					for (int j = 0; j < D; j++)
						hr[b * D + jj[(b * T + t) * D + j]] += xx[(b * T + t) * D + j];
			ck_assert_msg(!memcmp(hh, hr, sizeof(hh)), "vec=%d N=%d C0=%d: histogram", vec, nn, c0);
			ck_assert_int_eq(n_pfor, vec && c0 > 0 ? nn : 0);
			for (int b = 0; b < 3; b++)
				for (int t = 0; t < T; t++) {
					int live = b < nn && t < c0;
					ck_assert_msg(ff[b] == (b < nn && c0 > 0), "C0=%d flag[%d]", c0, b);
					ck_assert_msg(ww[b * T + t] == (live ? (float)t : 0), "C0=%d w[%d,%d]", c0, b, t);
					for (int j = 0; j < D; j++) {
						int e = (b * T + t) * D + j, src = (b * T + pp[b * T + t]) * D + j;
						int zs = (int)((b * T + ii[e]) * D + j);
						ck_assert_msg(oo[e] == (live ? xx[src] : 0), "vec=%d N=%d C0=%d out[%d,%d,%d]",
						              vec, nn, c0, b, t, j);
						ck_assert_msg(yy[src] == (live ? 2 * xx[e] : 0), "vec=%d N=%d C0=%d y[%d,%d,%d]",
						              vec, nn, c0, b, pp[b * T + t], j);
						ck_assert_msg(zz[e] == (live ? xx[zs] : 0), "vec=%d N=%d C0=%d z[%d,%d,%d]",
						              vec, nn, c0, b, t, j);
						ck_assert_msg(ss[(b * T + t) * D + jj[e]] == (live ? xx[e] : 0),
						              "vec=%d N=%d C0=%d sc[%d,%d,%d]", vec, nn, c0, b, t, jj[e]);
					}
				}
		}
	t_close(&mo);
}
END_TEST

/*
 * Integer and conversion semantics on 37 elements, scalar and as one
 * masked <64 x T> instance: loads of i8 (sign-extended), u8 and pot5
 * (zero-extended), i16 and i64; stores truncating into i8; smax/smin,
 * shifts by an iterator, int fma; compares (ordered on floats); f32 -> int
 * (floor, saturate, NaN -> 0), int -> f32 (nearest even), i64 -> i32
 * (truncate); leading zeros of i32 and i64 (0 included); max= and +=
 * lane reductions on integers.
 */
START_TEST(test_int_semantics)
{
	enum { L = 37 };
	int vec = _i;
	static int8_t a8[L];
	static uint8_t u8[L], p5[L];
	static int16_t a16[L];
	static int32_t a[L], b[L];
	static int64_t l64[L];
	static float fa[L], fb[L];
	Buffer *ba8 = t_tbuf("a8", BUF_INPUT, DT_I8, SHAPE(L));
	Buffer *bu8 = t_tbuf("u8", BUF_INPUT, DT_U8, SHAPE(L));
	Buffer *bp5 = t_tbuf("p5", BUF_INPUT, DT_POT5, SHAPE(L));
	Buffer *ba16 = t_tbuf("a16", BUF_INPUT, DT_I16, SHAPE(L));
	Buffer *ba = t_tbuf("a", BUF_INPUT, DT_I32, SHAPE(L));
	Buffer *bb = t_tbuf("b", BUF_INPUT, DT_I32, SHAPE(L));
	Buffer *bl = t_tbuf("l64", BUF_INPUT, DT_I64, SHAPE(L));
	Buffer *bfa = t_buf("fa", BUF_INPUT, SHAPE(L));
	Buffer *bfb = t_buf("fb", BUF_INPUT, SHAPE(L));
	Buffer *ext = t_tbuf("ext", BUF_OUTPUT, DT_I64, SHAPE(4, L));
	Buffer *ops = t_tbuf("ops", BUF_OUTPUT, DT_I32, SHAPE(4, L));
	Buffer *cv = t_tbuf("cv", BUF_OUTPUT, DT_I64, SHAPE(2, L));
	Buffer *fo = t_buf("fo", BUF_OUTPUT, SHAPE(2, L));
	Buffer *o8 = t_tbuf("o8", BUF_OUTPUT, DT_I8, SHAPE(L));
	Buffer *red = t_tbuf("red", BUF_OUTPUT, DT_I64, SHAPE(2));
	Kernel *k = k_kernel_add(P, "ints", "x");
	LoopNode *seq = k_seq(P);
	Expr *ea, *eb, *it, *fx, *fy;
	static int64_t oext[4 * L], ocv[2 * L], ored[2];
	static int32_t oops[4 * L];
	static float ofo[2 * L];
	static int8_t oo8[L];
	isl_ast_node *ast;
	int q = 0;
	Model mo;

#define LOOP_STMT(kind, store, value) \
	t_stmt(k, t_nest(k, seq, 1, (const char *[]){"i"}, (int64_t[]){L}), kind, store, value)
	k->root = seq;
	ea = LD(ba, 0, 1), eb = LD(bb, 0, 1), it = k_iter(P, VT_I32, 0);
	fx = LD(bfa, 0, 1), fy = LD(bfb, 0, 1);
	LOOP_STMT(ST_ASSIGN, AC(ext, 0 * L, 1), k_cvt(P, VT_I64, LD(ba8, 0, 1)));
	LOOP_STMT(ST_ASSIGN, AC(ext, 1 * L, 1), k_cvt(P, VT_I64, LD(bu8, 0, 1)));
	LOOP_STMT(ST_ASSIGN, AC(ext, 2 * L, 1), k_cvt(P, VT_I64, LD(bp5, 0, 1)));
	LOOP_STMT(ST_ASSIGN, AC(ext, 3 * L, 1), k_fma(P, LD(bl, 0, 1), k_cvt(P, VT_I64, LD(ba16, 0, 1)),
	                                               k_iter(P, VT_I64, 0)));
	/* ((max(a,b) * 3) - min(a,b)) | (a << (i & 7)) */
	LOOP_STMT(ST_ASSIGN, AC(ops, 0 * L, 1),
	          k_bin(P, EX_OR, k_bin(P, EX_SUB, k_bin(P, EX_MUL, k_bin(P, EX_MAX, ea, eb), ic(VT_I32, 3)),
	                                k_bin(P, EX_MIN, ea, eb)),
	                k_bin(P, EX_SHL, ea, k_bin(P, EX_AND, it, ic(VT_I32, 7)))));
	/* (a >= b) + 2 (a == b) + 4 (fa >= fb) + 8 (fa == fb) + 16 (fa > fb) + 32 (a > b) */
	LOOP_STMT(ST_ASSIGN, AC(ops, 1 * L, 1),
	          k_bin(P, EX_ADD, k_bin(P, EX_ADD, k_bin(P, EX_GE, ea, eb),
	                                 k_bin(P, EX_MUL, ic(VT_I32, 2), k_bin(P, EX_EQ, ea, eb))),
	                k_bin(P, EX_ADD,
	                      k_bin(P, EX_ADD, k_bin(P, EX_MUL, ic(VT_I32, 4), k_bin(P, EX_GE, fx, fy)),
	                            k_bin(P, EX_MUL, ic(VT_I32, 8), k_bin(P, EX_EQ, fx, fy))),
	                      k_bin(P, EX_ADD, k_bin(P, EX_MUL, ic(VT_I32, 16), k_bin(P, EX_GT, fx, fy)),
	                            k_bin(P, EX_MUL, ic(VT_I32, 32), k_bin(P, EX_GT, ea, eb))))));
	/* i32(l64) (truncating) - neg(a >> 3) */
	LOOP_STMT(ST_ASSIGN, AC(ops, 2 * L, 1),
	          k_bin(P, EX_SUB, k_cvt(P, VT_I32, LD(bl, 0, 1)),
	                k_un(P, EX_NEG, k_bin(P, EX_SHR, ea, ic(VT_I32, 3)))));
	/* clz(a) + 100 i32(clz(l64)) */
	LOOP_STMT(ST_ASSIGN, AC(ops, 3 * L, 1),
	          k_bin(P, EX_ADD, k_un(P, EX_CLZ, ea),
	                k_bin(P, EX_MUL, ic(VT_I32, 100), k_cvt(P, VT_I32, k_un(P, EX_CLZ, LD(bl, 0, 1))))));
	LOOP_STMT(ST_ASSIGN, AC(cv, 0, 1), k_cvt(P, VT_I64, k_cvt(P, VT_I32, fx)));
	LOOP_STMT(ST_ASSIGN, AC(cv, L, 1), k_cvt(P, VT_I64, fx));
	LOOP_STMT(ST_ASSIGN, AC(fo, 0, 1), k_cvt(P, VT_F32, LD(bl, 0, 1)));
	LOOP_STMT(ST_ASSIGN, AC(fo, L, 1), k_cvt(P, VT_F32, k_bin(P, EX_XOR, ea, eb)));
	LOOP_STMT(ST_ASSIGN, AC(o8, 0, 1), k_bin(P, EX_ADD, ea, it));
	t_stmt(k, seq, ST_ASSIGN, AC(red, 0), ic(VT_I64, INT64_MIN));
	LOOP_STMT(ST_MAX, AC(red, 0, 0), k_bin(P, EX_OR, LD(bl, 0, 1), ic(VT_I64, INT64_MIN)));
	t_stmt(k, seq, ST_ASSIGN, AC(red, 1), ic(VT_I64, 5));
	LOOP_STMT(ST_ADD, AC(red, 1, 0), k_cvt(P, VT_I64, k_un(P, EX_POPCNT, ea)));
#undef LOOP_STMT
	t_finish(k);
	ast = t_sched(k, vec ? "vectorize(i)" : "");
	if (vec) {
		ck_assert_msg(t_ir_has(&ast, "@llvm.masked.load.v64i8"), "no vector i8 loads");
		ck_assert_msg(t_ir_has(&ast, "@llvm.smax.v32i64"), "no vector max= reduction");
		ck_assert_msg(t_ir_has(&ast, "add <64 x i32>"), "no vector iterator");
	}
	t_build(&mo, &ast);
	for (int i = 0; i < L; i++, q++) {
		a8[i] = (int8_t)(i * 37 - 100);
		u8[i] = (uint8_t)(i * 7 + 100);
		p5[i] = (uint8_t)(i * 61);
		a16[i] = (int16_t)(i * 1999 - 30000);
		a[i] = (int32_t)((uint32_t)(i * 123457 - 2000000) * (i % 3 ? 1u : 0u - 997u));
		b[i] = i % 5 ? (int32_t)((uint32_t)a[i] + (i % 2 ? 7u : 0u - 7u)) : a[i];
		l64[i] = ((int64_t)i << 40) * (i % 2 ? -3 : 5) + (int64_t)(i * 9973) + ((int64_t)1 << 24) + 1;
		fa[i] = (float)(i - 18) * 0.75f;
		fb[i] = i % 4 ? fa[i] : fa[i] + 0.25f;
	}
	fa[0] = NAN, fa[1] = INFINITY, fa[2] = -INFINITY, fa[3] = 3e9f, fa[4] = -3e9f, fa[5] = 1e19f;
	fa[6] = -0.0f, fa[7] = -1e-30f, fa[8] = 2.5f, fa[9] = -2.5f, fa[10] = -2147483648.0f;
	fb[1] = NAN, fb[3] = 3e9f;
	l64[0] = ((int64_t)1 << 24) + 3, l64[1] = -((int64_t)1 << 53) - 1, l64[2] = 0;
	a[11] = 0, a[12] = 1, a[13] = -1;
	t_run(&mo, 1, (void *[]){a8, u8, p5, a16, a, b, l64, fa, fb},
	      (void *[]){oext, oops, ocv, ofo, oo8, ored});
	{
		int64_t mx = INT64_MIN, sum = 5;
		for (int i = 0; i < L; i++) {
			int32_t mxab = a[i] > b[i] ? a[i] : b[i], mnab = a[i] < b[i] ? a[i] : b[i];
			int32_t o0 = (int32_t)(((uint32_t)mxab * 3u - (uint32_t)mnab) |
			                       ((uint32_t)a[i] << (i & 7)));
			int32_t o1 = (a[i] >= b[i]) + 2 * (a[i] == b[i]) + 4 * (fa[i] >= fb[i]) +
			             8 * (fa[i] == fb[i]) + 16 * (fa[i] > fb[i]) + 32 * (a[i] > b[i]);
			int32_t o2 = (int32_t)((uint32_t)(int32_t)(uint64_t)l64[i] + (uint32_t)(a[i] >> 3));
			double fl = floor((double)fa[i]);
			int64_t c32 = isnan(fl) ? 0 : fl >= 2147483647.0 ? INT32_MAX : fl <= -2147483648.0 ? INT32_MIN
			            : (int64_t)fl;
			int64_t c64 = isnan(fl) ? 0 : fl >= 9223372036854775807.0 ? INT64_MAX
			            : fl <= -9223372036854775808.0 ? INT64_MIN : (int64_t)fl;
			float f0 = (float)l64[i], f1 = (float)(a[i] ^ b[i]);
			ck_assert_msg(oext[i] == a8[i] && oext[L + i] == u8[i] && oext[2 * L + i] == p5[i],
			              "vec=%d ext[%d]: %lld %lld %lld", vec, i, (long long)oext[i],
			              (long long)oext[L + i], (long long)oext[2 * L + i]);
			ck_assert_msg(oext[3 * L + i] == (int64_t)((uint64_t)l64[i] * (uint64_t)(int64_t)a16[i] + (uint64_t)i),
			              "vec=%d fma[%d]", vec, i);
			ck_assert_msg(oops[i] == o0, "vec=%d ops0[%d] = %d, want %d", vec, i, oops[i], o0);
			ck_assert_msg(oops[L + i] == o1, "vec=%d cmp[%d] = %d, want %d", vec, i, oops[L + i], o1);
			ck_assert_msg(oops[2 * L + i] == o2, "vec=%d ops2[%d] = %d, want %d", vec, i, oops[2 * L + i], o2);
			int32_t o3 = (a[i] ? __builtin_clz((uint32_t)a[i]) : 32) +
			             100 * (l64[i] ? __builtin_clzll((uint64_t)l64[i]) : 64);
			ck_assert_msg(oops[3 * L + i] == o3, "vec=%d clz[%d] = %d, want %d", vec, i, oops[3 * L + i], o3);
			ck_assert_msg(ocv[i] == c32 && ocv[L + i] == c64, "vec=%d cvt(%g) = %lld, %lld", vec, fa[i],
			              (long long)ocv[i], (long long)ocv[L + i]);
			ck_assert_msg(!memcmp(&ofo[i], &f0, 4) && !memcmp(&ofo[L + i], &f1, 4),
			              "vec=%d f32(%lld) = %.9g", vec, (long long)l64[i], ofo[i]);
			ck_assert_msg(oo8[i] == (int8_t)(a[i] + i), "vec=%d o8[%d]", vec, i);
			mx = (l64[i] | INT64_MIN) > mx ? (l64[i] | INT64_MIN) : mx;
			sum += __builtin_popcount((uint32_t)a[i]);
		}
		ck_assert_msg(ored[0] == mx && ored[1] == sum, "vec=%d max %lld sum %lld", vec,
		              (long long)ored[0], (long long)ored[1]);
	}
	t_close(&mo);
}
END_TEST

/* Printing of typed expressions; kernel keys tell integer constants and indices apart. */
START_TEST(test_typed_print_and_key)
{
	Buffer *q = t_tbuf("q", BUF_INPUT, DT_I32, SHAPE(8));
	Buffer *p = t_tbuf("perm", BUF_INPUT, DT_I32, SHAPE(8));
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(8, 4));
	Buffer *o = t_tbuf("o", BUF_OUTPUT, DT_I64, SHAPE(8, 4));
	Kernel *k[4];
	char *text = NULL, *keys[4];
	size_t len = 0;
	FILE *f;

	for (int i = 0; i < 4; i++) {
		LoopNode *l;
		Expr *sh, *e;
		k[i] = k_kernel_add(P, "t", "x");
		l = t_nest(k[i], NULL, 2, (const char *[]){"i", "j"}, (int64_t[]){8, 4});
		sh = k_bin(P, EX_SHR, LD(q, 0, 1, 0), ic(VT_I32, i == 1 ? 5 : 4));
		e = k_select(P, k_bin(P, EX_GT, LD(x, 0, 4, 1), k_const(P, 0.5f)),
		             k_un(P, EX_POPCNT, k_bin(P, EX_XOR, sh, k_iter(P, VT_I32, 1))),
		             k_cvt(P, VT_I32, LD(x, 0, 4, 1)));
		t_stmt(k[i], l, ST_ASSIGN, ind_acc(AC(o, 1, 0, 1), LD(p, 0, 1, 0), i == 2 ? 8 : 4),
		       k_cvt(P, VT_I64, e));
		if (i == 3)
			k_kernel_param(k[i], "C0", (Access){.buf = p, .k = 2});
		t_finish(k[i]);
		keys[i] = k_kernel_key(&P->arena, k[i]);
	}
	f = open_memstream(&text, &len);
	k_kernel_print(f, k[3]);
	fclose(f);
	ck_assert_msg(strstr(text, "o[j + 4*(perm[i]) + 1] = i64(select((x[4*i + j] > 0.5), "
	                     "popcnt(((q[i] >> 4i32) ^ j)), i32(x[4*i + j])))"), "%s", text);
	ck_assert_msg(strstr(text, "param C0 = perm[2]"), "%s", text);
	free(text);
	ck_assert_str_ne(keys[0], keys[1]);
	ck_assert_str_ne(keys[0], keys[2]);
	ck_assert_str_ne(keys[0], keys[3]);
	ck_assert_str_eq(keys[0], k_kernel_key(&P->arena, k[0]));
	{
		const Buffer *bl[8];
		ck_assert_int_eq(k_kernel_buffers(k[0], bl, 8), 4);
		ck_assert_ptr_eq(bl[0], o);
		ck_assert_ptr_eq(bl[1], p);
	}
}
END_TEST

/* Type errors are messages naming the statement, not silent conversions. */
START_TEST(test_type_errors)
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(4));
	Buffer *o = t_tbuf("o", BUF_OUTPUT, DT_I32, SHAPE(4));
	Buffer *o2 = t_buf("o2", BUF_OUTPUT, SHAPE(4));
	const char *want[2] = {"a f32 value stored into i32 buffer 'o'", "shr on f32"};
	VitcErr err = {{0}};
	isl_ast_node *ast;
	Model mo;

	for (int q = 0; q < 2; q++) {
		Kernel *k;
		t_fresh();
		x = t_buf("x", BUF_INPUT, SHAPE(4));
		o = t_tbuf("o", BUF_OUTPUT, DT_I32, SHAPE(4));
		o2 = t_buf("o2", BUF_OUTPUT, SHAPE(4));
		k = k_kernel_add(P, "bad", "x");
		t_stmt(k, t_nest(k, NULL, 1, (const char *[]){"i"}, (int64_t[]){4}), ST_ASSIGN,
		       q ? AC(o2, 0, 1) : AC(o, 0, 1),
		       q ? k_bin(P, EX_SHR, LD(x, 0, 1), k_const(P, 1)) : LD(x, 0, 1));
		t_finish(k);
		ast = t_ast(k, NULL);
		err.msg[0] = 0;
		ck_assert_int_eq(t_compile(&mo, &ast, NULL, &err), -1);
		ck_assert_msg(strstr(err.msg, want[q]) && strstr(err.msg, "S0"), "message: %s", err.msg);
		rmdir(mo.dir);
	}
}
END_TEST

/*
 * Throughput of the popcount scores and the shift-MAC (stderr; spot checks
 * of one result each).  $VITC_SL_SCHED replaces the shift linear's
 * schedule (e.g. "split(j,64); reorder(k,j.o); vectorize(j.i)").
 */
START_TEST(test_shiftadd_speed)
{
	enum { R = 3136, SR = 196, SK = 768, SM = 768 };
	int32_t *q = malloc(sizeof(int32_t) * R), *kc = malloc(sizeof(int32_t) * R);
	int32_t *sc = malloc(sizeof(int32_t) * (size_t)R * R);
	float *x = malloc(sizeof(float) * SR * SK), *bias = calloc(SM, sizeof(float));
	float *y = malloc(sizeof(float) * SR * SM);
	int64_t *Y = malloc(sizeof(int64_t) * SR * SM);
	uint8_t *w = malloc((size_t)SK * SM);
	struct timespec t0, t1;
	isl_ast_node *ast, *asts[2];
	double best = 1e9, best2 = 1e9;
	Model mo;

	popcount_scores(R);
	ast = t_sched(P->kernels[0], "split(j,16); vectorize(j.i)");
	t_build(&mo, &ast);
	fill_codes(q, R, 71, 0);
	fill_codes(kc, R, 72, 0);
	for (int rep = 0; rep < 5; rep++) {
		clock_gettime(CLOCK_MONOTONIC, &t0);
		t_run(&mo, 1, (void *[]){q, kc}, (void *[]){sc});
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double s = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
		best = s < best ? s : best;
	}
	ck_assert_int_eq(sc[R + 5], 16 - 2 * __builtin_popcount((uint32_t)(q[1] ^ kc[5])));
	t_close(&mo);
	t_fresh();
	for (int i = 0; i < SK * SM; i++)
		w[i] = (uint8_t)((i * 7 + i / 13) % 32);
	t_fill(x, SR * SK, 73, -2, 2);
	shift_linear(SR, SK, SM, w, bias, 1);
	asts[0] = t_sched(P->kernels[0], "split(k,16); vectorize(k.i)");
	asts[1] = t_sched(P->kernels[1], getenv("VITC_SL_SCHED") ? getenv("VITC_SL_SCHED") : "split(j,16); vectorize(j.i)");
	t_build(&mo, asts);
	for (int rep = 0; rep < 3; rep++) {
		clock_gettime(CLOCK_MONOTONIC, &t0);
		t_run(&mo, 1, (void *[]){x}, (void *[]){Y, y});
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double s = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
		best2 = s < best2 ? s : best2;
	}
	{
		int64_t acc = ref_q16(0);
		for (int k = 0; k < SK; k++)
			acc += ref_shift_term(ref_q16(x[3 * SK + k]), w[k * SM + 5]);
		ck_assert(Y[3 * SM + 5] == acc);
	}
	fprintf(stderr, "popcount scores %dx%d (i32, vectorize<16>), 1 thread: %.2f G scores/s; "
	        "shift linear %dx%d->%d (pot5, i64 acc, vectorize<16>), 1 thread: %.2f G shift-adds/s\n",
	        R, R, (double)R * R / best * 1e-9, SR, SK, SM, (double)SR * SK * SM / best2 * 1e-9);
	t_close(&mo);
	free(q), free(kc), free(sc), free(x), free(bias), free(y), free(Y), free(w);
}
END_TEST

static Suite *codegen_shiftadd_suite(void)
{
	Suite *s = suite_create("codegen_shiftadd");
	TCase *tc = tcase_create("shiftadd");

	tcase_add_checked_fixture(tc, t_setup, t_teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_shift_linear, 0, 4);
	tcase_add_loop_test(tc, test_popcount_scores, 0, 2);
	tcase_add_loop_test(tc, test_masked_accumulate, 0, 4);
	tcase_add_loop_test(tc, test_pack_bits, 0, 3);
	tcase_add_loop_test(tc, test_param_gather_scatter, 0, 2);
	tcase_add_loop_test(tc, test_int_semantics, 0, 2);
	tcase_add_test(tc, test_typed_print_and_key);
	tcase_add_test(tc, test_type_errors);
	tcase_add_test(tc, test_shiftadd_speed);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(codegen_shiftadd_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
