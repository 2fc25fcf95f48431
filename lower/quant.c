/*
 * lower/quant.c - the quantized ops as integer kernels (docs/quantization.md):
 * quantize (f32 -> i8, round half to even, saturate), dequantize (i8 ->
 * f32), and qlinear: i8 loads (or int4 weights unpacked in the kernel)
 * widened to i32, an i32 (or, where the
 * weights allow overflow, i64) multiply-accumulate, then the epilogue that
 * requantizes by a per-channel rounding shift with saturation or
 * dequantizes by a per-channel power of two; qadd: two int8 tensors aligned
 * by a left shift to the finer exponent, added, requantized by a shift.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower.h"

static Expr *ci64(Lower *l, int64_t v)
{
	return k_const_int(l->p, VT_I64, v);
}

/*
 * q = clamp(rne(x * 2^-e), -128, 127) as i32 from f32 "x": v = x * 2^-e
 * clamped to [-129, 128] (so that the floor conversion is defined), f =
 * floor(v), r = v - f (exact), f + (r > 0.5 or (r == 0.5 and f odd)),
 * clamped.  A NaN gives whatever maxnum/minnum make of it.
 */
static Expr *quantize_expr(Lower *l, Expr *x, Expr *mul)
{
	Program *p = l->p;
	Expr *v = k_bin(p, EX_MUL, x, mul);
	v = k_bin(p, EX_MIN, k_bin(p, EX_MAX, v, k_const(p, -129.0f)), k_const(p, 128.0f));
	Expr *f = k_cvt(p, VT_I32, v);
	Expr *r = k_bin(p, EX_SUB, v, k_cvt(p, VT_F32, f));
	Expr *half = k_const(p, 0.5f);
	Expr *tie = k_bin(p, EX_AND, k_bin(p, EX_EQ, r, half), k_bin(p, EX_AND, f, lw_ci32(l, 1)));
	Expr *up = k_bin(p, EX_OR, k_bin(p, EX_GT, r, half), tie);
	Expr *q = k_bin(p, EX_ADD, f, up);
	return k_bin(p, EX_MIN, k_bin(p, EX_MAX, q, lw_ci32(l, -128)), lw_ci32(l, 127));
}

/*
 * The per-channel exponents base + alpha[c] of PTF input "i" of "n" (all
 * "base" when absent), as an arena array of C; NULL with l->err set when
 * an offset lies outside 0..PASS_PTF_MAX.
 */
static int64_t *ptf_exps(Lower *l, const Node *n, int i, int64_t base, int64_t C)
{
	const Tensor *t = i < n->n_in ? n->in[i] : NULL;
	int64_t *e = arena_calloc(&l->p->arena, (size_t)C, 8);
	if (t && lw_need_data(l, n, t))
		return NULL;
	for (int64_t c = 0; c < C; c++) {
		int8_t a = t ? ((const int8_t *)t->data)[c] : 0;
		if (a < 0 || a > PASS_PTF_MAX)
			return vitc_errf(l->err, "%s: node '%s' (%s): PTF offset '%s'[%lld] is %d, "
			                 "expected 0..%d", l->g->path, n->name, ir_op_name(n->op), t->name,
			                 (long long)c, a, PASS_PTF_MAX), NULL;
		e[c] = base + a;
	}
	return e;
}

/* A constant [C] buffer "<node>.<suffix>" of "dt" (i64 or f32 values from "v"). */
static Buffer *chan_buf(Lower *l, const Node *n, const char *suffix, DType dt, int64_t C,
                        void *v);

/* Element [last dim] of a per-channel constant inside a rank-"r" nest. */
static Expr *chan_load(Lower *l, Buffer *b, int r)
{
	Access a = {.buf = b};
	a.c[r - 1] = 1;
	return k_load(l->p, a);
}

/*
 * quantize and dequantize: one elementwise nest over the output's shape,
 * with the multiplier 2^-e (quantize) or 2^e (dequantize) per channel
 * when a PTF input is present, else a constant.
 */
int lw_quant_node(Lower *l, const Node *n)
{
	const Shape *sh = &n->out[0]->shape;
	int64_t e = ir_node_attr(n, "exponent")->i, C = sh->d[sh->rank - 1];
	int sign = n->op == OP_QUANTIZE ? -1 : 1;
	Kernel *k = lw_kernel(l, n);
	int pos[IR_MAX_RANK];
	Expr *mul;
	if (n->n_in > 1 && n->in[1]) {
		int64_t *ec = ptf_exps(l, n, 1, e, C);
		if (!ec)
			return -1;
		float *m = arena_calloc(&l->p->arena, (size_t)C, 4);
		for (int64_t c = 0; c < C; c++)
			m[c] = ldexpf(1.0f, (int)(sign * ec[c]));
		mul = chan_load(l, chan_buf(l, n, "scale", DT_F32, C, m), sh->rank);
	} else {
		mul = k_const(l->p, ldexpf(1.0f, (int)(sign * e)));
	}
	k->root = k_seq(l->p);
	LoopNode *in = lw_loops(l, k->root, sh, 0, sh->rank, NULL);
	lw_iota(pos, sh->rank, 0);
	Expr *x = k_load(l->p, lw_access(l, n->in[0], pos, sh->rank));
	Access out = lw_access(l, lw_final_out(l, n), pos, sh->rank);
	Expr *v;
	if (n->op == OP_QUANTIZE) {
		v = quantize_expr(l, x, mul);
	} else {
		v = k_bin(l->p, EX_MUL, k_cvt(l->p, VT_F32, x), mul);
		v = lw_epilogue(l, n, v, &out, sh->rank - 1);
	}
	lw_stmt(l, k, in, ST_ASSIGN, NULL, out, v);
	lw_copy_schedule(l, k, sh);
	return k_kernel_finish(k, l->err);
}

/* A constant [count] buffer "<name>.<suffix>" of dtype "dt" holding "data". */
static Buffer *const_buf(Lower *l, const char *name, const char *suffix, DType dt,
                         int64_t count, void *data)
{
	Shape sh = {.rank = 1, .d = {count}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", name, suffix),
	                         BUF_WEIGHT, dt, &sh);
	b->data = data;
	b->nbytes = (uint64_t)count * (uint64_t)(ir_dtype_bits(dt) / 8);
	return b;
}

static Buffer *chan_buf(Lower *l, const Node *n, const char *suffix, DType dt, int64_t C,
                        void *v)
{
	return const_buf(l, n->name, suffix, dt, C, v);
}

static int32_t bias_at(const Tensor *b, int64_t j)
{
	int32_t v;
	memcpy(&v, (const unsigned char *)b->data + 4 * j, 4);
	return v;
}

/* Code "idx" (row-major [M][K]) of a qlinear weight: i8, or an i4 nibble (low first). */
static int w_code(const Tensor *w, int64_t idx)
{
	if (w->dtype != DT_I4)
		return ((const int8_t *)w->data)[idx];
	int v = (((const uint8_t *)w->data)[idx / 2] >> (4 * (idx & 1))) & 15;
	return v >= 8 ? v - 16 : v;
}

/* The codes of qlinear weight "w" [M][K] as bytes: its data for i8, unpacked for i4. */
static const int8_t *w_codes(Lower *l, const Tensor *w, int64_t M, int64_t K)
{
	if (w->dtype != DT_I4)
		return w->data;
	int8_t *c = arena_calloc(&l->p->arena, (size_t)(M * K), 1);
	for (int64_t i = 0; i < M * K; i++)
		c[i] = (int8_t)w_code(w, i);
	return c;
}

/*
 * qlinear's weights [M][K] for a plain (n, i, k, j) nest (the CPU's plain
 * nest, the GPU form of lower/qdot_gpu.c): int8 as bytes [K][M]; int4
 * unpacked in the kernel: the codes re-laid out as bytes [ceil(K/2)][M],
 * byte (k2, j) holding w[j][2 k2] in its low nibble and w[j][2 k2 + 1] in
 * its high one, so that one row of M bytes serves two k and j stays
 * contiguous.
 */
Buffer *lw_qweight_kp(Lower *l, const Tensor *w, int64_t M, int64_t K)
{
	if (w->dtype != DT_I4)
		return lw_weight_kp_bytes(l, w, M, K, DT_I8);
	int64_t K2 = (K + 1) / 2;
	Shape sh = {.rank = 2, .d = {K2, M}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.kp4", w->name), BUF_WEIGHT,
	                         DT_I8, &sh);
	uint8_t *d = arena_calloc(&l->p->arena, (size_t)(K2 * M), 1);
	for (int64_t j = 0; j < M; j++)
		for (int64_t k = 0; k < K; k++)
			d[k / 2 * M + j] |= (uint8_t)(((unsigned)w_code(w, j * K + k) & 15u) << (4 * (k & 1)));
	b->data = d;
	b->nbytes = (uint64_t)(K2 * M);
	return b;
}

/*
 * The weight w[j][k] of qlinear's nest (k statement dim 2, j dim 3) from
 * its re-laid-out buffer "wk" (lw_qweight_kp): an i8 load, or for i4 the byte at
 * (k >> 1) M + j (one offset per k: vector loads along j), sign-extended
 * to i32, and its nibble of k's parity by (v << (28 - 4 (k & 1))) >> 28.
 */
Expr *lw_qweight_load(Lower *l, Buffer *wk, const Tensor *w, int64_t M)
{
	Program *p = l->p;
	if (w->dtype != DT_I4)
		return k_load(p, (Access){.buf = wk, .c = {0, 0, M, 1}});
	Expr *k = k_iter(p, VT_I32, 2);
	Access a = {.buf = wk, .c = {0, 0, 0, 1}, .ci = 1,
	            .ind = k_bin(p, EX_MUL, k_bin(p, EX_SHR, k, lw_ci32(l, 1)), lw_ci32(l, M))};
	Expr *sh = k_bin(p, EX_SUB, lw_ci32(l, 28),
	                 k_bin(p, EX_SHL, k_bin(p, EX_AND, k_iter(p, VT_I32, 2), lw_ci32(l, 1)),
	                       lw_ci32(l, 2)));
	Expr *v = k_bin(p, EX_SHL, lw_widen(p, VT_I32, k_load(p, a)), sh);
	return k_bin(p, EX_SHR, v, lw_ci32(l, 28));
}

/*
 * The accumulator: i32 when for every channel 128 * sum_k |w[j,k]| + |b[j]|
 * stays below 2^31 (no partial sum can overflow), else i64.
 */
static DType acc_type(const Tensor *w, const Tensor *b, int64_t M, int64_t K)
{
	for (int64_t j = 0; j < M; j++) {
		int64_t s = b ? llabs((long long)bias_at(b, j)) : 0;
		for (int64_t k = 0; k < K; k++)
			s += 128 * (int64_t)abs(w_code(w, j * K + k));
		if (s >= ((int64_t)1 << 31))
			return DT_I64;
	}
	return DT_I32;
}

/*
 * The requantization epilogue on accumulator "a" (i64) with per-channel
 * shift "sh" (i64): sh > 0: (a + 2^(sh-1)) >> sh; else a << -sh, with a
 * first clamped to [-2^31, 2^31] (an i64 accumulator may be wider; the
 * result saturates alike, and a shift of at most 31 cannot overflow); then
 * clamped to [-128, 127], as i32.
 */
Expr *lw_requant_expr(Lower *l, Expr *a, Expr *sh)
{
	Program *p = l->p;
	Expr *kp = k_bin(p, EX_MAX, sh, ci64(l, 1));
	Expr *rnd = k_bin(p, EX_SHL, ci64(l, 1), k_bin(p, EX_SUB, kp, ci64(l, 1)));
	Expr *right = k_bin(p, EX_SHR, k_bin(p, EX_ADD, a, rnd), kp);
	Expr *a31 = k_bin(p, EX_MIN, k_bin(p, EX_MAX, a, ci64(l, -((int64_t)1 << 31))),
	                  ci64(l, (int64_t)1 << 31));
	Expr *left = k_bin(p, EX_SHL, a31, k_bin(p, EX_MAX, k_un(p, EX_NEG, sh), ci64(l, 0)));
	Expr *r = k_select(p, k_bin(p, EX_GT, sh, ci64(l, 0)), right, left);
	r = k_bin(p, EX_MIN, k_bin(p, EX_MAX, r, ci64(l, -128)), ci64(l, 127));
	return k_cvt(p, VT_I32, r);
}

/*
 * lw_requant_expr for an i32 accumulator "a" with |a| <= "bound" and the
 * constant shift "k", in i32 (16 lanes a vector, where the i64 form needs
 * two): k > 0: (a + 2^(k-1)) >> k, which cannot overflow when bound +
 * 2^(k-1) < 2^31; k <= 0: a clamped to [-129, 128] first (every value
 * outside saturates either way), then << -k (k >= -23: within i32); then
 * clamped to [-128, 127].  The same integers as lw_requant_expr; NULL
 * where the bound does not allow i32.
 */
Expr *lw_requant_i32(Lower *l, Expr *a, int64_t k, int64_t bound)
{
	Program *p = l->p;
	Expr *r;
	if (k > 0) {
		if (k > 30 || bound + ((int64_t)1 << (k - 1)) >= ((int64_t)1 << 31))
			return NULL;
		r = k_bin(p, EX_SHR, k_bin(p, EX_ADD, a, lw_ci32(l, (int32_t)1 << (k - 1))),
		          lw_ci32(l, (int32_t)k));
	} else {
		if (k < -23)
			return NULL;
		r = k_bin(p, EX_MIN, k_bin(p, EX_MAX, a, lw_ci32(l, -129)), lw_ci32(l, 128));
		r = k_bin(p, EX_SHL, r, lw_ci32(l, (int32_t)-k));
	}
	return k_bin(p, EX_MIN, k_bin(p, EX_MAX, r, lw_ci32(l, -128)), lw_ci32(l, 127));
}

/*
 * Can qlinear's requantization run in i32 (lw_requant32_chan)?  Per channel
 * j the accumulator is bounded by 128 sum_k |w[j,k]| + |b[j]| (acc_type's
 * bound); a right shift k > 0 needs bound + 2^(k-1) < 2^31 and k <= 30,
 * a left shift k >= -23.
 */
static int requant32_ok(const Tensor *w, const Tensor *b, int64_t M, int64_t K,
                        const int64_t *shift)
{
	for (int64_t j = 0; j < M; j++) {
		int64_t s = b ? llabs((long long)bias_at(b, j)) : 0;
		for (int64_t k = 0; k < K; k++)
			s += 128 * (int64_t)abs(w_code(w, j * K + k));
		if (shift[j] > 30 || shift[j] < -23 ||
		    (shift[j] > 0 && s + ((int64_t)1 << (shift[j] - 1)) >= ((int64_t)1 << 31)))
			return 0;
	}
	return 1;
}

/*
 * lw_requant_expr in i32 for an accumulator "a" and a per-channel i32
 * shift "sh" that requant32_ok allowed: sh > 0: (a + 2^(sh-1)) >> sh
 * (no overflow by the bound); else a clamped to [-129, 128] (every value
 * outside saturates either way) << -sh; then clamped to [-128, 127].  The
 * same integers as the i64 form, 16 lanes a vector instead of 8.
 */
Expr *lw_requant32_chan(Lower *l, Expr *a, Expr *sh)
{
	Program *p = l->p;
	Expr *kp = k_bin(p, EX_MAX, sh, lw_ci32(l, 1));
	Expr *rnd = k_bin(p, EX_SHL, lw_ci32(l, 1), k_bin(p, EX_SUB, kp, lw_ci32(l, 1)));
	Expr *right = k_bin(p, EX_SHR, k_bin(p, EX_ADD, a, rnd), kp);
	Expr *a8 = k_bin(p, EX_MIN, k_bin(p, EX_MAX, a, lw_ci32(l, -129)), lw_ci32(l, 128));
	Expr *left = k_bin(p, EX_SHL, a8, k_bin(p, EX_MAX, k_un(p, EX_NEG, sh), lw_ci32(l, 0)));
	Expr *r = k_select(p, k_bin(p, EX_GT, sh, lw_ci32(l, 0)), right, left);
	return k_bin(p, EX_MIN, k_bin(p, EX_MAX, r, lw_ci32(l, -128)), lw_ci32(l, 127));
}

/*
 * The plain main nest of qlinear "n" into "k": acc[n,i,j] = b[j] + sum_k
 * x[n,i,k] * wT[k][j] over loops (n, i, k, j) as in the float matmul, the
 * int8 loads widened to the accumulator type of "acc" (i32 or i64).
 */
static void main_nest(Lower *l, Kernel *k, const Node *n, Buffer *acc, int64_t NB, int64_t R)
{
	Program *p = l->p;
	const Tensor *x = n->in[0], *w = n->in[1], *b = n->n_in > 3 ? n->in[3] : NULL;
	int64_t K = x->shape.d[x->shape.rank - 1], M = w->shape.d[0];
	ValType av = acc->dtype == DT_I64 ? VT_I64 : VT_I32;
	Buffer *wk = lw_qweight_kp(l, w, M, K);
	Buffer *bb = NULL;
	if (b) {
		void *bd = (void *)b->data;
		if (av == VT_I64) {
			int64_t *b64 = arena_calloc(&p->arena, (size_t)M, 8);
			for (int64_t j = 0; j < M; j++)
				b64[j] = bias_at(b, j);
			bd = b64;
		}
		bb = const_buf(l, b->name, av == VT_I64 ? "q64" : "q32", acc->dtype, M, bd);
	}
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "i", R);
	in = lw_loop(l, in, "k", K);
	in = lw_loop(l, in, "j", M);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access xa = {.buf = lw_buf(l, x), .c = {R * K, K, 1, 0}};
	Access ya = {.buf = acc, .c = {R * M, M, 0, 1}};
	Expr *t0 = k_bin(p, EX_MUL, lw_widen(p, av, k_load(p, xa)), lw_widen(p, av, lw_qweight_load(l, wk, w, M)));
	Expr *t1 = k_bin(p, EX_MUL, lw_widen(p, av, k_load(p, xa)), lw_widen(p, av, lw_qweight_load(l, wk, w, M)));
	if (bb)
		t0 = k_bin(p, EX_ADD, t0, k_load(p, (Access){.buf = bb, .c = {0, 0, 0, 1}}));
	lw_stmt(l, k, seq, ST_ASSIGN, "k = 0", ya, t0);
	lw_stmt(l, k, seq, ST_ADD, "k >= 1", ya, t1);
}

/*
 * qlinear: the main nest, packed for the int8 dot-product instructions
 * (lower/qdot.c) when the accumulator is i32 and the target has them,
 * else plain (main_nest); then out[n,i,j] = requant(acc, shift[j]) (i8;
 * shift[j] = ey + alpha[j] - ex - ew[j], alpha the optional PTF offsets of
 * the output) or f32(acc) * 2^(ex + ew[j]) (f32).  The packed nest takes the float
 * matmul's default schedule (register tile, panels, threads); the plain
 * one vectorizes j by 16 with 4 rows at a time.
 */
int lw_qlinear(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *x = n->in[0], *w = n->in[1], *ew = n->in[2];
	const Tensor *b = n->n_in > 3 ? n->in[3] : NULL;
	const Attr *oe = ir_node_attr(n, "out_exponent");
	int64_t ex = ir_node_attr(n, "x_exponent")->i;
	int64_t K = x->shape.d[x->shape.rank - 1], M = w->shape.d[0], NB, R;
	if (lw_need_data(l, n, w) || lw_need_data(l, n, ew) || (b && lw_need_data(l, n, b)))
		return -1;
	lw_rows_of(&x->shape, &NB, &R);
	if (R == IR_DIM_N) {
		NB = IR_DIM_N;
		R = 1;
	}
	const int8_t *e8 = ew->data;
	int64_t *shift = oe ? arena_calloc(&p->arena, (size_t)M, 8) : NULL;
	float *scale = oe ? NULL : arena_calloc(&p->arena, (size_t)M, 4);
	/* the output's exponent per channel: out_exponent + its PTF offset (input 4) */
	int64_t *ey = oe ? ptf_exps(l, n, 4, oe->i, M) : NULL;
	if (oe && !ey)
		return -1;
	for (int64_t j = 0; j < M; j++) {
		if (!oe) {
			scale[j] = ldexpf(1.0f, (int)(ex + e8[j]));
			continue;
		}
		shift[j] = ey[j] - ex - e8[j];
		if (shift[j] < -31 || shift[j] > 62)
			return vitc_errf(l->err, "%s: node '%s' (qlinear): channel %lld: requantization "
			                 "shift %lld (out_exponent %lld - x_exponent %lld - exponent %d) "
			                 "outside -31..62", l->g->path, n->name, (long long)j,
			                 (long long)shift[j], (long long)ey[j], (long long)ex, e8[j]);
	}
	DType at = acc_type(w, b, M, K);
	Kernel *k = lw_kernel_part(l, n, NULL);
	/* on the GPU the plain nest: the packing nests would map to other threads */
	int fmt = at != DT_I32 || l->tgt->gpu ? -1
	          : w->dtype == DT_I4 ? lw_qdot_format_small(l, K) : lw_qdot_format(l, K);
	int panel = fmt >= 0 ? lw_qdot_panel(l, fmt, R, K, M) : 0;
	int r32 = oe && at == DT_I32 && requant32_ok(w, b, M, K, shift);
	int32_t *s32 = NULL;
	if (r32) {
		s32 = arena_calloc(&p->arena, (size_t)M, 4);
		for (int64_t j = 0; j < M; j++)
			s32[j] = (int32_t)shift[j];
	}
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * M, M, 1}};
	/* the requantization inside the packed nest on CPUs (the GPU stager wants the
	   matmul and its epilogue nest) */
	int fused = fmt >= 0 && r32 && !l->tgt->gpu;
	/* fused, the panels share one accumulator [NB, R, panel] (lower/qdot.c) */
	int64_t m3[3] = {NB, R, fused && panel ? panel : M};
	if (l->tgt->gpu && r32) {   /* requantization fused (qdot_gpu.c) */
		lw_qlinear_gpu(l, k, n, NB, R, s32, out.buf);
		return k_kernel_finish(k, l->err);
	}
	Buffer *acc = lw_temp_dims(l, n, "acc", at, 3, m3);
	if (fmt >= 0)
		lw_qdot_nest(l, k, n, w_codes(l, w, M, K), fmt, NB, R, acc, fused ? s32 : NULL,
		             fused ? out.buf : NULL, panel);
	else
		main_nest(l, k, n, acc, NB, R);

	Expr *a = lw_widen(p, VT_I64, k_load(p, (Access){.buf = acc, .c = {R * M, M, 1}}));
	Expr *v;
	if (fused) {
		v = NULL;
	} else if (r32) {
		Buffer *sb = const_buf(l, n->name, "shift32", DT_I32, M, s32);
		v = lw_requant32_chan(l, k_load(p, (Access){.buf = acc, .c = {R * M, M, 1}}),
		                      k_load(p, (Access){.buf = sb, .c = {0, 0, 1}}));
	} else if (oe) {
		Buffer *sb = const_buf(l, n->name, "shift", DT_I64, M, shift);
		v = lw_requant_expr(l, a,
		                 k_load(p, (Access){.buf = sb, .c = {0, 0, 1}}));
	} else {
		Buffer *sb = const_buf(l, n->name, "scale", DT_F32, M, scale);
		v = k_bin(p, EX_MUL, k_cvt(p, VT_F32, a), k_load(p, (Access){.buf = sb, .c = {0, 0, 1}}));
	}
	if (v) {
		LoopNode *e = lw_loop(l, k->root, "en", NB);
		e = lw_loop(l, e, "ei", R);
		e = lw_loop(l, e, "ej", M);
		lw_stmt(l, k, e, ST_ASSIGN, NULL, out, v);
	}
	if (fmt >= 0) {
		SchMatmulShape sh = {.nb = 1, .bname = {"n"}, .bext = {NB}, .M = R,
		                     .K = lw_qdot_ksteps(fmt, K), .P = M, .epilogue = !fused,
		                     .temps = lw_qdot_temps(l, fmt, K), .panel = panel,
		                     .panel_acc = fused && panel, .epi_rows = 1};
		/*
		 * The input's packing (and nibble row sums) over the threads by the rows of all
		 * images: it ran on one thread.  The row tiles stay parallel per image: fused with
		 * the batch (rows_fused) the stem's s16 qlinear (K = 768) ran 2x slower on AVX2
		 * (0.20 -> 0.39 ms, 2 threads), for no gain elsewhere at batch 1.
		 */
		static const char *const pack[2][2] = {{"pn", "pi"}, {"rn", "ri"}};
		const char *sc = sch_template_matmul(l->tgt, &p->arena, &sh);
		for (int i = 0; R != IR_DIM_N && i < (fmt & LW_QDOT_NIB ? 2 : 1); i++)
			sc = sch_rows_around(l->tgt, &p->arena, sc, 2, pack[i]);
		lw_schedule(l, k, sc);
	} else if (M >= 16 && R >= 4) {
		lw_schedule(l, k, "split(i,4); split(j,16); reorder(k,j.o); reorder(i.i,j.o); "
		                  "reorder(i.i,k); unroll(i.i); vectorize(j.i); parallel(i.o)");
	} else if (M >= 16) {
		lw_schedule(l, k, "split(j,16); reorder(k,j.o); vectorize(j.i); parallel(j.o)");
	}
	return k_kernel_finish(k, l->err);
}

/*
 * qadd: per channel c, with ea, eb, ey its exponents (PTF offsets added),
 * s = (a << (ea - ef)) + (b << (eb - ef)) in i64, ef = min(ea, eb)
 * (exact), then out = requant(s, ey - ef): one rounding of the exact sum.
 * The shifts are constants without PTF inputs, per-channel buffers with.
 */
int lw_qadd(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Shape *sh = &n->out[0]->shape;
	int r = sh->rank;
	int64_t C = sh->d[r - 1];
	int64_t *ea = ptf_exps(l, n, 2, ir_node_attr(n, "a_exponent")->i, C);
	int64_t *eb = ea ? ptf_exps(l, n, 3, ir_node_attr(n, "b_exponent")->i, C) : NULL;
	int64_t *ey = eb ? ptf_exps(l, n, 4, ir_node_attr(n, "out_exponent")->i, C) : NULL;
	if (!ey)
		return -1;
	int64_t *sa = arena_calloc(&p->arena, (size_t)C, 8), *sb = arena_calloc(&p->arena, (size_t)C, 8);
	int64_t *kk = arena_calloc(&p->arena, (size_t)C, 8);
	for (int64_t c = 0; c < C; c++) {
		const char *why;
		if (pass_qadd_shifts(ea[c], eb[c], ey[c], &sa[c], &sb[c], &kk[c], &why))
			return vitc_errf(l->err, "%s: node '%s' (qadd): channel %lld: exponents %lld + "
			                 "%lld -> %lld: %s", l->g->path, n->name, (long long)c,
			                 (long long)ea[c], (long long)eb[c], (long long)ey[c], why);
	}
	int per_chan = 0;
	for (int i = 2; i < n->n_in; i++)
		per_chan |= n->in[i] != NULL;
	/*
	 * In i32 (16 lanes a vector) where every channel allows it: alignment
	 * shifts <= 22 keep |s| <= 2^30, and a requantization shift in -23..30
	 * keeps lw_requant32_chan within i32; else i64.
	 */
	int narrow = 1;
	for (int64_t c = 0; c < C; c++)
		narrow &= sa[c] <= 22 && sb[c] <= 22 && kk[c] >= -23 && kk[c] <= 30;
	int pos[IR_MAX_RANK];
	Kernel *k = lw_kernel(l, n);
	k->root = k_seq(p);
	LoopNode *in = lw_loops(l, k->root, sh, 0, r, NULL);
	lw_iota(pos, r, 0);
	Access out = lw_access(l, lw_final_out(l, n), pos, r);
	if (narrow) {
		int32_t *v32[3] = {arena_calloc(&p->arena, (size_t)C, 4),
		                   arena_calloc(&p->arena, (size_t)C, 4),
		                   arena_calloc(&p->arena, (size_t)C, 4)};
		for (int64_t c = 0; c < C; c++) {
			v32[0][c] = (int32_t)sa[c];
			v32[1][c] = (int32_t)sb[c];
			v32[2][c] = (int32_t)kk[c];
		}
		Expr *e32[3];
		static const char *const nm[3] = {"sa32", "sb32", "shift32"};
		for (int i = 0; i < 3; i++)
			e32[i] = per_chan ? chan_load(l, chan_buf(l, n, nm[i], DT_I32, C, v32[i]), r)
			                  : lw_ci32(l, v32[i][0]);
		Expr *a = k_load(p, lw_access(l, n->in[0], pos, r));
		Expr *b = k_load(p, lw_access(l, n->in[1], pos, r));
		Expr *s = k_bin(p, EX_ADD, k_bin(p, EX_SHL, a, e32[0]), k_bin(p, EX_SHL, b, e32[1]));
		lw_stmt(l, k, in, ST_ASSIGN, NULL, out, lw_requant32_chan(l, s, e32[2]));
		lw_rows_schedule_vector(l, k, sh);
		return k_kernel_finish(k, l->err);
	}
	Expr *esa = per_chan ? chan_load(l, chan_buf(l, n, "sa", DT_I64, C, sa), r) : ci64(l, sa[0]);
	Expr *esb = per_chan ? chan_load(l, chan_buf(l, n, "sb", DT_I64, C, sb), r) : ci64(l, sb[0]);
	Expr *ek = per_chan ? chan_load(l, chan_buf(l, n, "shift", DT_I64, C, kk), r) : ci64(l, kk[0]);
	Expr *a = lw_widen(p, VT_I64, k_load(p, lw_access(l, n->in[0], pos, r)));
	Expr *b = lw_widen(p, VT_I64, k_load(p, lw_access(l, n->in[1], pos, r)));
	Expr *s = k_bin(p, EX_ADD, k_bin(p, EX_SHL, a, esa), k_bin(p, EX_SHL, b, esb));
	lw_stmt(l, k, in, ST_ASSIGN, NULL, out, lw_requant_expr(l, s, ek));
	lw_copy_schedule(l, k, sh);
	return k_kernel_finish(k, l->err);
}

/*
 * isqrt(v) = floor(sqrt(v)) of an i64 v in [0, 2^46]: the f32 square root
 * (error below 1 at that size), floored, then corrected by one step down
 * and one step up.
 */
static Expr *isqrt_expr(Lower *l, Expr *v)
{
	Program *p = l->p;
	Expr *r = k_cvt(p, VT_I64, k_un(p, EX_SQRT, k_cvt(p, VT_F32, v)));
	r = k_bin(p, EX_SUB, r, lw_widen(p, VT_I64, k_bin(p, EX_GT, k_bin(p, EX_MUL, r, r), v)));
	Expr *r1 = k_bin(p, EX_ADD, r, ci64(l, 1));
	return k_bin(p, EX_ADD, r, lw_widen(p, VT_I64, k_bin(p, EX_GE, v, k_bin(p, EX_MUL, r1, r1))));
}

/*
 * floor(num / den) for i64 num in [-129 den, 128 den], den > 0 in
 * [2^16, 2^39) (exact in f32) with "rc" = f32(1 / den): y0 = floor(f32(num)
 * rc) is within 1 of the quotient (relative error under 2^-22 on values up
 * to 129), then y = y0 - [y0 den > num] + [(y0 + 1) den <= num], exact in
 * i64.  No i64 division: x86 has no vector one.
 */
static Expr *floor_div_expr(Lower *l, Expr *num, Expr *den, Expr *rc)
{
	Program *p = l->p;
	Expr *y0 = lw_widen(p, VT_I64, k_cvt(p, VT_I32, k_bin(p, EX_MUL, k_cvt(p, VT_F32, num), rc)));
	Expr *down = lw_widen(p, VT_I64, k_bin(p, EX_GT, k_bin(p, EX_MUL, y0, den), num));
	Expr *up = lw_widen(p, VT_I64, k_bin(p, EX_GE, num, k_bin(p, EX_MUL, k_bin(p, EX_ADD, y0,
	                                                                        ci64(l, 1)), den)));
	return k_bin(p, EX_ADD, k_bin(p, EX_SUB, y0, down), up);
}

/*
 * qlayernorm's y_c = clamp(floor(num / (D 2^F)), -128, 127), num = g t +
 * (b + 2^(F-1)) D, t = C X_c - S1, for rows of fewer than 2048 channels,
 * in i32 and f32 where the general path needs i64 throughout (AVX2 has no
 * vector i64 multiply, minimum or conversion to float).  num / (D 2^F) =
 * A + B with A = g t / (D 2^F), B = (b + 2^(F-1)) / 2^F, |B| < 2^15.  The
 * f32 estimate q = f32(g) f32(t) rc + bq (rc = f32(1 / f32(D 2^F)), bq =
 * f32(B); t and D 2^F are exact in f32) is off by at most 5 2^-24 |A| +
 * 2^-24 |A + B| + 2^-9.  Where |A| <= 2^19 that is under 1/4; beyond,
 * |A + B| > 2^18 and q has its sign and is far past +-130, so both
 * saturate alike.  So q clamped to [-130, 129] and floored (as trunc(q +
 * 256) - 256) is within 1 of floor(num / (D 2^F)) clamped to [-129, 128],
 * and one exact comparison each way in i64 settles it: y0 D 2^F > num steps
 * down, (y0 + 1) D 2^F <= num steps up.  The i64 products are of
 * sign-extended i32 values (t < 2^22, D < 2^22, |y0 D| < 2^29: C < 2048,
 * eps_q <= 2^40), which AVX2 has (vpmuldq).
 */
static Expr *qln_estimate(Lower *l, Expr *t, Expr *g, Expr *b, Expr *bq, Expr *D, Expr *rc)
{
	Program *p = l->p;
	const int F = PASS_QLN_FRAC;
	Expr *q = k_bin(p, EX_ADD, k_bin(p, EX_MUL, k_bin(p, EX_MUL, k_cvt(p, VT_F32, g),
	                                                 k_cvt(p, VT_F32, t)), rc), bq);
	q = k_bin(p, EX_MIN, k_bin(p, EX_MAX, q, k_const(p, -130.0f)), k_const(p, 129.0f));
	Expr *y0 = k_bin(p, EX_SUB, k_cvt(p, VT_I32, k_bin(p, EX_ADD, q, k_const(p, 256.0f))),
	                 lw_ci32(l, 256));
	Expr *D64 = lw_widen(p, VT_I64, D);
	Expr *num = k_bin(p, EX_ADD, k_bin(p, EX_MUL, lw_widen(p, VT_I64, g), lw_widen(p, VT_I64, t)),
	                  k_bin(p, EX_ADD, k_bin(p, EX_MUL, lw_widen(p, VT_I64, b), D64),
	                        k_bin(p, EX_SHL, D64, ci64(l, F - 1))));
	Expr *y0d = k_bin(p, EX_MUL, y0, D);
	Expr *lo = k_bin(p, EX_SHL, lw_widen(p, VT_I64, y0d), ci64(l, F));
	Expr *hi = k_bin(p, EX_SHL, lw_widen(p, VT_I64, k_bin(p, EX_ADD, y0d, D)), ci64(l, F));
	Expr *y = k_bin(p, EX_ADD, k_bin(p, EX_SUB, y0, k_bin(p, EX_GT, lo, num)),
	                k_bin(p, EX_GE, num, hi));
	return k_bin(p, EX_MIN, k_bin(p, EX_MAX, y, lw_ci32(l, -128)), lw_ci32(l, 127));
}

/*
 * qlayernorm (docs/quantization.md "Integer LayerNorm") over the last axis
 * (C channels), one row at a time (rows over the threads, channels in
 * 16-lane vectors), all in i64: X_c = x_c << alpha_c; S1 = sum X, S2 = sum
 * X^2; D = max(isqrt(C S2 - S1^2 + eps_q), 1), its f32 reciprocal rc =
 * 1 / (D 2^F); y_c = clamp(floor((g_c (C X_c - S1) + (b_c + 2^(F-1)) D) /
 * (D 2^F)), -128, 127), the numerator clamped to [-129, 128]
 * denominators first and the division done by floor_div_expr.
 */
int lw_qlayer_norm(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *x = n->in[0], *gt = n->in[1], *bt = n->in[2];
	int64_t C = x->shape.d[x->shape.rank - 1], NB, R, F = PASS_QLN_FRAC;
	int64_t eps = ir_node_attr(n, "eps_q")->i;
	int64_t *al = ptf_exps(l, n, 3, 0, C);
	if (!al || lw_need_data(l, n, gt) || lw_need_data(l, n, bt))
		return -1;
	lw_rows_of(&x->shape, &NB, &R);
	if (R == IR_DIM_N) {
		NB = IR_DIM_N;
		R = 1;
	}
	int64_t m2[2] = {NB, R};
	Buffer *s1 = lw_temp_dims(l, n, "s1", DT_I64, 2, m2);
	Buffer *s2 = lw_temp_dims(l, n, "s2", DT_I64, 2, m2);
	Buffer *db = lw_temp_dims(l, n, "d", DT_I64, 2, m2);
	Buffer *rb = lw_temp_dims(l, n, "rc", DT_F32, 2, m2);
	Buffer *ab = chan_buf(l, n, "alpha", DT_I64, C, al);
	Access xa = {.buf = lw_buf(l, x), .c = {R * C, C, 1}};
	Access ra = {.buf = s1, .c = {R, 1}}, qa = {.buf = s2, .c = {R, 1}};
	Access da = {.buf = db, .c = {R, 1}}, rca = {.buf = rb, .c = {R, 1}};
	Expr *X = k_bin(p, EX_SHL, lw_widen(p, VT_I64, k_load(p, xa)), chan_load(l, ab, 3));

	/* |X| <= 2^10, so below 2048 channels S2 <= C 2^20 and both sums fit i32 */
	int narrow = C < 2048;
	Access ra32 = ra, qa32 = qa;
	Expr *S1 = k_load(p, ra), *S2 = k_load(p, qa);
	if (narrow) {
		ra32.buf = lw_temp_dims(l, n, "s1_32", DT_I32, 2, m2);
		qa32.buf = lw_temp_dims(l, n, "s2_32", DT_I32, 2, m2);
		S1 = lw_widen(p, VT_I64, k_load(p, ra32));
		S2 = lw_widen(p, VT_I64, k_load(p, qa32));
	}
	ValType st = narrow ? VT_I32 : VT_I64;
	Buffer *ab32 = NULL;
	if (narrow) {
		int32_t *a32 = arena_calloc(&p->arena, (size_t)C, 4);
		for (int64_t i = 0; i < C; i++)
			a32[i] = (int32_t)al[i];
		ab32 = chan_buf(l, n, "alpha32", DT_I32, C, a32);
	}
	Expr *X2 = narrow ? k_bin(p, EX_SHL, k_load(p, xa), chan_load(l, ab32, 3)) : X;

	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *row = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, k->root, "n", NB), "r", R), row);
	lw_stmt(l, k, row, ST_ASSIGN, NULL, ra32, k_const_int(p, st, 0));
	lw_stmt(l, k, lw_loop(l, row, "cs", C), ST_ADD, NULL, ra32, X2);
	lw_stmt(l, k, row, ST_ASSIGN, NULL, qa32, k_const_int(p, st, 0));
	X2 = narrow ? k_bin(p, EX_SHL, k_load(p, xa), chan_load(l, ab32, 3)) : X;
	lw_stmt(l, k, lw_loop(l, row, "cq", C), ST_ADD, NULL, qa32, k_bin(p, EX_MUL, X2, X2));
	if (narrow) {
		lw_stmt(l, k, row, ST_ASSIGN, NULL, ra, S1);
		S1 = k_load(p, ra);
	}
	Expr *v = k_bin(p, EX_ADD, k_bin(p, EX_SUB, k_bin(p, EX_MUL, ci64(l, C), S2),
	                                 k_bin(p, EX_MUL, S1, S1)), ci64(l, eps));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, da, k_bin(p, EX_MAX, isqrt_expr(l, v), ci64(l, 1)));
	Expr *den = k_bin(p, EX_SHL, k_load(p, da), ci64(l, F));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, rca,
	        k_bin(p, EX_DIV, k_const(p, 1.0f), k_cvt(p, VT_F32, den)));

	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * C, C, 1}};
	if (narrow) {
		Access d32 = {.buf = lw_temp_dims(l, n, "d32", DT_I32, 2, m2), .c = {R, 1}};
		lw_stmt(l, k, row, ST_ASSIGN, NULL, d32, k_cvt(p, VT_I32, k_load(p, da)));
		float *bq = arena_calloc(&p->arena, (size_t)C, sizeof *bq);
		for (int64_t i = 0; i < C; i++)
			bq[i] = (float)(((double)bias_at(bt, i) + (1 << (F - 1))) / (1 << F));
		Expr *t = k_bin(p, EX_SUB, k_bin(p, EX_MUL, lw_ci32(l, C),
		                                 k_bin(p, EX_SHL, k_load(p, xa), chan_load(l, ab32, 3))),
		                k_load(p, ra32));
		Expr *y = qln_estimate(l, t, chan_load(l, lw_buf(l, gt), 3),
		                       chan_load(l, lw_buf(l, bt), 3),
		                       chan_load(l, chan_buf(l, n, "bq", DT_F32, C, bq), 3),
		                       k_load(p, d32), k_load(p, rca));
		lw_stmt(l, k, lw_loop(l, row, "c", C), ST_ASSIGN, NULL, out, y);
		lw_schedule(l, k, arena_printf(&p->arena, "split(cs,16); split(cq,16); split(c,16); "
		                               "vectorize(cs.i); vectorize(cq.i); vectorize(c.i)%s",
		                               R >= 8 ? "; parallel(r)" : ""));
		return k_kernel_finish(k, l->err);
	}
	Expr *D = k_load(p, da);
	Expr *t = k_bin(p, EX_SUB, k_bin(p, EX_MUL, ci64(l, C), X), k_load(p, ra));
	Expr *g = lw_widen(p, VT_I64, chan_load(l, lw_buf(l, gt), 3));
	Expr *b = k_bin(p, EX_ADD, lw_widen(p, VT_I64, chan_load(l, lw_buf(l, bt), 3)),
	                ci64(l, (int64_t)1 << (F - 1)));
	Expr *num = k_bin(p, EX_ADD, k_bin(p, EX_MUL, g, t), k_bin(p, EX_MUL, b, D));
	den = k_bin(p, EX_SHL, k_load(p, da), ci64(l, F));
	Expr *lo = k_bin(p, EX_MUL, ci64(l, -129), den);
	num = k_bin(p, EX_MIN, k_bin(p, EX_MAX, num, lo), k_bin(p, EX_MUL, ci64(l, 128), den));
	Expr *y = floor_div_expr(l, num, den, k_load(p, rca));
	y = k_bin(p, EX_MIN, k_bin(p, EX_MAX, y, ci64(l, -128)), ci64(l, 127));
	lw_stmt(l, k, lw_loop(l, row, "c", C), ST_ASSIGN, NULL, out, k_cvt(p, VT_I32, y));
	lw_schedule(l, k, arena_printf(&p->arena, "split(cs,16); split(cq,16); split(c,16); "
	                               "vectorize(cs.i); vectorize(cq.i); vectorize(c.i)%s",
	                               R >= 8 ? "; parallel(r)" : ""));
	return k_kernel_finish(k, l->err);
}

/*
 * qlut: y = table[x + 128], an int8 -> int8 lookup (integer GELU).  With
 * AVX-512 the rows' inner loop in explicit vectors: a gather from the
 * 256-byte table, which the x86 backend makes register permutes
 * (cg_emit_byte_table).  Elsewhere the plain loop: a byte gather there is
 * one load per lane plus the inserts, slower than the scalar loop.
 */
int lw_qlut(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Shape *sh = &n->out[0]->shape;
	int pos[IR_MAX_RANK];
	if (lw_need_data(l, n, n->in[1]))
		return -1;
	Kernel *k = lw_kernel(l, n);
	k->root = k_seq(p);
	LoopNode *in = lw_loops(l, k->root, sh, 0, sh->rank, NULL);
	lw_iota(pos, sh->rank, 0);
	Expr *x = k_load(p, lw_access(l, n->in[0], pos, sh->rank));
	Access ta = {.buf = lw_buf(l, n->in[1]), .ind = k_bin(p, EX_ADD, x, lw_ci32(l, 128)), .ci = 1};
	Access out = lw_access(l, lw_final_out(l, n), pos, sh->rank);
	lw_stmt(l, k, in, ST_ASSIGN, NULL, out, k_load(p, ta));
	if (l->tgt->avx512)
		lw_copy_schedule_vector(l, k, sh);
	else
		lw_copy_schedule(l, k, sh);
	return k_kernel_finish(k, l->err);
}
