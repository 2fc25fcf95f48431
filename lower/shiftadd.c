/*
 * lower/shiftadd.c - ShiftAddViT ops as integer and additive kernels
 * (docs/graph-format.md, "ShiftAdd ops"; ../shared/docs/shiftaddvit.md).
 *
 * Binary codes live in i32 buffers, one word per (image, head, token) with
 * bit k = code element k.  A shift linear quantizes its input to Q16.16
 * once, then accumulates sign-selected arithmetic right shifts of it in 64
 * bits, or in 32 where passes/bounds.c proves the sums fit; no
 * multiplications.  The masked sums over codes (MatAdd) are in
 * lower/matadd.c.
 * The MoE routes tokens at run time (the dispatch: lower/moe.c), experts
 * run on their own rows (bounds read from memory as kernel parameters).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lower/moe.h"

/* Q16.16: clamp(floor(x * 2^16)) as i32 (EX_CVT floors and saturates). */
static Expr *q16(Lower *l, Expr *x)
{
	return k_cvt(l->p, VT_I32, k_bin(l->p, EX_MUL, x, k_const(l->p, 65536.0f)));
}

void lw_row_split(const Shape *s, int64_t *NB, int64_t *R)
{
	int64_t nb, rows;
	lw_rows_of(s, &nb, &rows);
	if (rows == IR_DIM_N) {
		*NB = IR_DIM_N;
		*R = 1;
	} else {
		*NB = nb;
		*R = rows;
	}
}

/*
 * Q16.16 of bias element j: of the graph's f32 bias (which has data), or
 * the i32 bias of a qshift_linear, which is Q16.16 already.
 */
static int64_t bias_q16_at(const Tensor *bias, int64_t j)
{
	float f;
	if (bias->dtype == DT_I32) {
		int32_t v;
		memcpy(&v, (const unsigned char *)bias->data + 4 * j, 4);
		return v;
	}
	memcpy(&f, (const unsigned char *)bias->data + 4 * j, 4);
	double q = floor((double)f * 65536.0);
	return q < -2147483648.0 ? INT32_MIN : q > 2147483647.0 ? INT32_MAX : (int64_t)q;
}

/* The Q16.16 bias as a weight buffer of the accumulator type (i32 or i64). */
Buffer *lw_shift_bias(Lower *l, const Tensor *bias, int64_t M, DType dt)
{
	Shape sh = {.rank = 1, .d = {M}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.q16", bias->name),
	                         BUF_WEIGHT, dt, &sh);
	int64_t *d64 = dt == DT_I64 ? arena_calloc(&l->p->arena, (size_t)M, 8) : NULL;
	int32_t *d32 = dt == DT_I32 ? arena_calloc(&l->p->arena, (size_t)M, 4) : NULL;
	for (int64_t j = 0; j < M; j++) {
		if (d64)
			d64[j] = bias_q16_at(bias, j);
		else
			d32[j] = (int32_t)bias_q16_at(bias, j);
	}
	b->data = d64 ? (void *)d64 : (void *)d32;
	b->nbytes = (uint64_t)M * (d64 ? 8 : 4);
	return b;
}

/*
 * The accumulator type of a shift linear with input "x", pot5 weight "w"
 * [M][K] and bias "b": i32 when, for the bound Bx on |x| from
 * pass_value_bounds, every row's |B_j| + Σ_k (⌊Xmax / 2^s_jk⌋ + 1) over
 * its nonzero weights stays below 2^30 (Xmax = Bx·2^16 + 1, at most 2^31):
 * then no partial sum can overflow, with a factor 2 to spare for float
 * rounding in the bound.  Otherwise i64.
 */
DType lw_shift_acc_type(double bx, const Tensor *w, const Tensor *b)
{
	if (!(bx < 32768.0))
		return DT_I64;
	double xmax = fmin(ldexp(bx, 16) + 1, 2147483648.0);
	const unsigned char *c = w->data;
	int64_t M = w->shape.d[0], K = w->shape.d[1];
	for (int64_t j = 0; j < M; j++) {
		double s = b ? fabs((double)bias_q16_at(b, j)) : 0;
		for (int64_t k = 0; k < K; k++)
			if ((c[j * K + k] & 15) != 15)
				s += floor(ldexp(xmax, -(c[j * K + k] & 15))) + 1;
		if (s >= 1073741824.0)
			return DT_I64;
	}
	return DT_I32;
}

static DType acc_type(Lower *l, const Tensor *x, const Tensor *w, const Tensor *b)
{
	return lw_shift_acc_type(l->bound ? l->bound[x->id] : INFINITY, w, b);
}

/*
 * The shift term of weight code "c" (i32: shift in bits 0..3, 15 = zero,
 * sign in bit 4) on input "x" (i32 Q16.16), as i64 ("wide") or i32:
 * zero ? 0 : (neg ? -(x >> sh) : (x >> sh)).  Without zero weights in the
 * matrix (known at compile time; "zeros" = 0) the zero test is left out.
 */
static Expr *shift_term(Lower *l, Expr *c, Expr *x, int wide, int zeros)
{
	Program *p = l->p;
	Expr *sh = k_bin(p, EX_AND, c, lw_ci32(l, 15));
	Expr *t = wide ? k_bin(p, EX_SHR, k_cvt(p, VT_I64, x), k_cvt(p, VT_I64, sh))
	               : k_bin(p, EX_SHR, x, sh);
	Expr *neg = k_bin(p, EX_AND, k_bin(p, EX_SHR, c, lw_ci32(l, 4)), lw_ci32(l, 1));
	t = k_select(p, neg, k_un(p, EX_NEG, t), t);
	if (!zeros)
		return t;
	return k_select(p, k_bin(p, EX_EQ, sh, lw_ci32(l, 15)),
	                k_const_int(p, wide ? VT_I64 : VT_I32, 0), t);
}

/*
 * Y[n,i,j] = B_j + sum_k term(code[k][j], X[n,i,k]) (i64), then
 * out = epilogue(f32(Y) * 2^-16), or for a qshift_linear ("requant")
 * out = requant(Y, rq_shift) as i8.  Loops (n, i, k, j) as in the float
 * matmul: the same tiling applies, the j loop is vectorized.
 */
int lw_shift_nest(Lower *l, const Node *n, const ShiftNest *sn)
{
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, sn->name);
	LoopNode *in = lw_loop(l, k->root, "n", sn->NB);
	in = lw_loop(l, in, "i", sn->R);
	in = lw_loop(l, in, "k", sn->K);
	in = lw_loop(l, in, "j", sn->M);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access xa = {.buf = sn->xq, .c = {sn->R * sn->K, sn->K, 1, 0}};
	Access ca = {.buf = sn->codes, .c = {0, 0, sn->M, 1}};
	Access ya = {.buf = sn->acc, .c = {sn->R * sn->M, sn->M, 0, 1}};
	int wide = sn->acc->dtype == DT_I64;
	int zeros = 0;
	for (uint64_t i = 0; i < sn->codes->nbytes; i++)
		zeros |= (((const unsigned char *)sn->codes->data)[i] & 15) == 15;
	Expr *t0 = shift_term(l, k_load(p, ca), k_load(p, xa), wide, zeros);
	if (sn->bq)
		t0 = k_bin(p, EX_ADD, t0, k_load(p, (Access){.buf = sn->bq, .c = {0, 0, 0, 1}}));
	const char *c0 = sn->rows_if ? arena_printf(&p->arena, "k = 0 and %s", sn->rows_if) : "k = 0";
	const char *c1 = sn->rows_if ? arena_printf(&p->arena, "k >= 1 and %s", sn->rows_if) : "k >= 1";
	lw_stmt(l, k, seq, ST_ASSIGN, c0, ya, t0);
	lw_stmt(l, k, seq, ST_ADD, c1, ya, shift_term(l, k_load(p, ca), k_load(p, xa), wide, zeros));

	LoopNode *e = lw_loop(l, k->root, "en", sn->NB);
	e = lw_loop(l, e, "ei", sn->R);
	e = lw_loop(l, e, "ej", sn->M);
	Access ye = {.buf = sn->acc, .c = {sn->R * sn->M, sn->M, 1}};
	Expr *v;
	if (sn->requant) {
		Expr *y = k_load(p, ye);
		if (y->type != VT_I64)
			y = k_cvt(p, VT_I64, y);
		v = lw_requant_expr(l, y, k_const_int(p, VT_I64, sn->rq_shift));
	} else {
		v = k_bin(p, EX_MUL, k_cvt(p, VT_F32, k_load(p, ye)), k_const(p, 1.0f / 65536.0f));
	}
	if (sn->epi && !sn->requant)
		v = lw_epilogue(l, sn->epi, v, &sn->out, 2);
	lw_stmt(l, k, e, ST_ASSIGN, sn->epi_rows_if, sn->out, v);
	if (sn->param.name)
		k_kernel_param(k, sn->param.name, sn->param.src);
	if (sn->M >= 16 && sn->R >= 4)
		lw_schedule(l, k, "split(i,4); split(j,16); reorder(k,j.o); reorder(i.i,j.o); "
		                  "reorder(i.i,k); unroll(i.i); vectorize(j.i); parallel(i.o)");
	else if (sn->M >= 16)
		lw_schedule(l, k, "split(j,16); reorder(k,j.o); vectorize(j.i); parallel(j.o)");
	return k_kernel_finish(k, l->err);
}

/*
 * xq[n,i,k] = Q16.16(x[row(n,i), k]) for an [NB][R][K] row view; only the
 * rows where "rows_if" holds (an isl constraint over n, i and the run-time
 * parameter "param", e.g. the shift expert's rows of a MoE), if given.
 */
static int quantize_rows(Lower *l, const Node *n, const char *part, Buffer *x, Access xa,
                         Buffer *xq, int64_t NB, int64_t R, int64_t K, const char *rows_if,
                         const KParam *param)
{
	Kernel *k = lw_kernel_part(l, n, part);
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "i", R);
	in = lw_loop(l, in, "k", K);
	xa.buf = x;
	lw_stmt(l, k, in, ST_ASSIGN, rows_if, (Access){.buf = xq, .c = {R * K, K, 1}},
	        q16(l, k_load(l->p, xa)));
	if (param)
		k_kernel_param(k, param->name, param->src);
	if (K >= 16)
		lw_schedule(l, k, "split(k,16); vectorize(k.i)");
	return k_kernel_finish(k, l->err);
}

int lw_shift_linear(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1], *b = n->n_in > 2 ? n->in[2] : NULL;
	int64_t K = x->shape.d[x->shape.rank - 1], M = w->shape.d[0], NB, R;
	if (lw_need_data(l, n, w) || (b && lw_need_data(l, n, b)))
		return -1;
	lw_row_split(&x->shape, &NB, &R);
	int64_t d3[3] = {NB, R, K}, m3[3] = {NB, R, M};
	/*
	 * Shift linears reading the same tensor (q, k and v of an attention)
	 * share one Q16.16 copy; with --expose-decisions each quantized input
	 * is its node's output (out[1]).
	 */
	Buffer *xq = n->n_out > 1 ? lw_buf(l, n->out[1]) : l->q16[x->id];
	int fresh = !xq || n->n_out > 1;
	if (!xq)
		xq = l->q16[x->id] = lw_temp_dims(l, n, "xq", DT_I32, 3, d3);
	if (fresh && quantize_rows(l, n, "q16", lw_buf(l, x), (Access){.c = {R * K, K, 1}}, xq,
	                           NB, R, K, NULL, NULL))
		return -1;
	DType at = acc_type(l, x, w, b);
	ShiftNest sn = {
		.name = NULL, .epi = n, .xq = xq, .codes = lw_weight_kp_bytes(l, w, M, K, DT_U8),
		.bq = b ? lw_shift_bias(l, b, M, at) : NULL, .acc = lw_temp_dims(l, n, "acc", at, 3, m3),
		.out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * M, M, 1}},
		.NB = NB, .R = R, .K = K, .M = M,
	};
	return lw_shift_nest(l, n, &sn);
}

/*
 * xq[n,i,k] = the Q16.16 form of int8 x[n,i,k] at exponent "ex": x << (ex +
 * 16), or the floor x >> -(ex + 16) (at most 31) for ex < -16; only the rows
 * where "rows_if" holds (with run-time parameter "param"), if given.
 */
int lw_shift_input_i8(Lower *l, const Node *n, const char *part, Buffer *x, Buffer *xq,
                      int64_t NB, int64_t R, int64_t K, int64_t ex, const char *rows_if,
                      const KParam *param)
{
	Program *p = l->p;
	int64_t up = ex + 16;
	Kernel *k = lw_kernel_part(l, n, part);
	LoopNode *in = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R), "k", K);
	Expr *xv = k_cvt(p, VT_I32, k_load(p, (Access){.buf = x, .c = {R * K, K, 1}}));
	xv = up >= 0 ? k_bin(p, EX_SHL, xv, lw_ci32(l, up))
	             : k_bin(p, EX_SHR, xv, lw_ci32(l, -up > 31 ? 31 : -up));
	lw_stmt(l, k, in, ST_ASSIGN, rows_if, (Access){.buf = xq, .c = {R * K, K, 1}}, xv);
	if (param)
		k_kernel_param(k, param->name, param->src);
	if (K >= 16)
		lw_schedule(l, k, "split(k,16); vectorize(k.i)");
	return k_kernel_finish(k, l->err);
}

/*
 * A shift linear between int8 tensors realized as one int8 or int16
 * product (pass_qshift_mul_plan; "bits" the weights'): the input and its
 * floored copies x >> c (int8 all) side by side in xw [NB][R][K'], then
 * qlinear's packed nest (int16 weights: always the s16 pairs of vpmaddwd)
 * or a plain i32 one, from the bias B, and out = requant(acc, ey + 16):
 * the same integers as the shift kernel.  Only the rows "sm" names are
 * computed (a MoE's shift expert: those after C0).
 */
int lw_qshift_mul(Lower *l, const Node *n, const ShiftMul *sm, int bits)
{
	Program *p = l->p;
	const Tensor *w = sm->w, *b = sm->b;
	int64_t NB = sm->NB, R = sm->R, K = sm->K, M = sm->M;
	int cs[16], ncs;
	const char *why;
	int64_t Kp = pass_qshift_mul_plan(w->data, b ? b->data : NULL, M, K, sm->ex, bits, cs, &ncs,
	                                  NULL, &why);
	if (Kp < 0)
		return vitc_errf(l->err, "%s: node '%s' (%s): %s int%d: %s", l->g->path, n->name,
		                 ir_op_name(n->op), sm->what, bits, why);
	int16_t *w16 = arena_calloc(&p->arena, (size_t)(M * Kp), sizeof(int16_t));
	int8_t *wq = NULL;
	pass_qshift_mul_plan(w->data, b ? b->data : NULL, M, K, sm->ex, bits, cs, &ncs, w16, &why);
	if (bits == 8) {
		wq = arena_calloc(&p->arena, (size_t)(M * Kp), 1);
		for (int64_t i = 0; i < M * Kp; i++)
			wq[i] = (int8_t)w16[i];
		w16 = NULL;
	}
	int64_t dw[3] = {NB, R, Kp}, m3[3] = {NB, R, M};
	Buffer *xw = lw_temp_dims(l, n, sm->name ? "sxw" : "xw", DT_I8, 3, dw);
	Kernel *k = lw_kernel_part(l, n, sm->name ? arena_printf(&p->arena, "%s.widen", sm->name)
	                                          : "widen");
	for (int s = 0; s <= ncs; s++) {
		LoopNode *in = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R), "k", K);
		Expr *v = k_load(p, (Access){.buf = sm->x, .c = {R * K, K, 1}});
		if (s)
			v = k_bin(p, EX_SHR, k_cvt(p, VT_I32, v), lw_ci32(l, cs[s - 1]));
		lw_stmt(l, k, in, ST_ASSIGN, sm->rows_if, (Access){.buf = xw, .c = {R * Kp, Kp, 1},
		        .k = s * K}, v);
	}
	if (Kp > K * (1 + ncs)) {
		LoopNode *in = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R), "k",
		                       Kp - K * (1 + ncs));
		lw_stmt(l, k, in, ST_ASSIGN, sm->rows_if, (Access){.buf = xw, .c = {R * Kp, Kp, 1},
		        .k = K * (1 + ncs)}, k_const_int(p, VT_I32, 0));
	}
	if (sm->param.name)
		k_kernel_param(k, sm->param.name, sm->param.src);
	if (k_kernel_finish(k, l->err))
		return -1;
	Buffer *acc = lw_temp_dims(l, n, sm->name ? "sacc" : "acc", DT_I32, 3, m3);
	k = lw_kernel_part(l, n, sm->name);
	/* on the GPU the plain nest: the packing nests would map to other threads */
	int fmt = l->tgt->gpu ? -1 : lw_qdot_format(l, Kp);
	if (fmt >= 0 && w16)
		fmt = K_DOT_S16;
	QDotSrc src = {.x = xw, .wname = arena_printf(&p->arena, "%s.int%d", w->name, bits), .w = wq,
	               .w16 = w16, .bias = b ? b->data : NULL, .M = M, .K = Kp,
	               .rows_if = sm->rows_if, .pack_rows_if = sm->pack_rows_if};
	if (fmt >= 0) {
		lw_qdot_nest_src(l, k, n, &src, fmt, NB, R, acc);
	} else {       /* the plain nest: i8 or i16 widened to i32 */
		Shape ws = {.rank = 2, .d = {Kp, M}};
		size_t es = w16 ? 2 : 1;
		Buffer *wb = k_buffer_add(p, src.wname, BUF_WEIGHT, w16 ? DT_I16 : DT_I8, &ws);
		unsigned char *wt = arena_calloc(&p->arena, (size_t)(M * Kp), es);
		for (int64_t j = 0; j < M; j++)
			for (int64_t c = 0; c < Kp; c++) {
				if (w16)
					memcpy(wt + es * (size_t)(c * M + j), &w16[j * Kp + c], es);
				else
					wt[c * M + j] = (unsigned char)wq[j * Kp + c];
			}
		wb->data = wt;
		wb->nbytes = (uint64_t)(M * Kp) * es;
		LoopNode *in = lw_loop(l, lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R),
		                                  "k", Kp), "j", M);
		LoopNode *seq = k_seq(p);
		k_append(p, in, seq);
		Access xa = {.buf = xw, .c = {R * Kp, Kp, 1, 0}}, wa = {.buf = wb, .c = {0, 0, M, 1}};
		Access ya = {.buf = acc, .c = {R * M, M, 0, 1}};
		Expr *t = k_bin(p, EX_MUL, k_cvt(p, VT_I32, k_load(p, xa)), k_cvt(p, VT_I32, k_load(p, wa)));
		Expr *t0 = t;
		if (b)
			t0 = k_bin(p, EX_ADD, t, k_load(p, (Access){.buf = lw_shift_bias(l, b, M, DT_I32),
			                                             .c = {0, 0, 0, 1}}));
		lw_stmt(l, k, seq, ST_ASSIGN, lw_cons_and(p, "k = 0", sm->rows_if), ya, t0);
		lw_stmt(l, k, seq, ST_ADD, lw_cons_and(p, "k >= 1", sm->rows_if), ya,
		        k_bin(p, EX_MUL, k_cvt(p, VT_I32, k_load(p, xa)), k_cvt(p, VT_I32, k_load(p, wa))));
	}
	LoopNode *e = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "en", NB), "ei", R), "ej", M);
	Expr *a = k_cvt(p, VT_I64, k_load(p, (Access){.buf = acc, .c = {R * M, M, 1}}));
	lw_stmt(l, k, e, ST_ASSIGN, sm->epi_rows_if, sm->out,
	        lw_requant_expr(l, a, k_const_int(p, VT_I64, sm->ey + 16)));
	if (sm->param.name)
		k_kernel_param(k, sm->param.name, sm->param.src);
	if (fmt >= 0) {
		SchMatmulShape sh = {.nb = 1, .bname = {"n"}, .bext = {NB}, .M = R,
		                     .K = lw_qdot_ksteps(fmt, Kp), .P = M, .epilogue = 1,
		                     .temps = lw_qdot_temps(l, fmt, Kp)};
		lw_schedule(l, k, sch_template_matmul(l->tgt, &p->arena, &sh));
	} else if (M >= 16) {
		lw_schedule(l, k, "split(j,16); reorder(k,j.o); vectorize(j.i)");
	}
	return k_kernel_finish(k, l->err);
}

int lw_qshift_realization(const Node *n)
{
	const Attr *ra = ir_node_attr(n, "realization");
	if (!ra || ra->kind != ATTR_STRING)
		return 0;
	return !strcmp(ra->s, "int8") ? 8 : !strcmp(ra->s, "int16") ? 16 : 0;
}

/*
 * qshift_linear (docs/quantization.md "ShiftAdd models"): X = Q16.16 of the dequantized input, exactly x << (ex + 16)
 * (or x >> -(ex + 16), a floor, for ex < -16; shifts past 31 give what 31
 * gives), then the shift linear's own nest and out = requant(Y, ey + 16),
 * or one int8 or int16 product giving the same integers (lw_qshift_mul).
 * The accumulator is i32 when the bound |x * 2^ex| <= 128 * 2^ex allows.
 */
int lw_qshift_linear(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1], *b = n->n_in > 2 ? n->in[2] : NULL;
	int64_t K = x->shape.d[x->shape.rank - 1], M = w->shape.d[0], NB, R;
	int64_t ex = ir_node_attr(n, "x_exponent")->i, ey = ir_node_attr(n, "out_exponent")->i;
	int bits = lw_qshift_realization(n);
	if (lw_need_data(l, n, w) || (b && lw_need_data(l, n, b)))
		return -1;
	lw_row_split(&x->shape, &NB, &R);
	if (bits) {
		ShiftMul sm = {.what = "realization", .x = lw_buf(l, x), .w = w, .b = b,
		               .out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * M, M, 1}},
		               .NB = NB, .R = R, .K = K, .M = M, .ex = ex, .ey = ey};
		return lw_qshift_mul(l, n, &sm, bits);
	}
	int64_t d3[3] = {NB, R, K}, m3[3] = {NB, R, M};
	Buffer *xq = lw_temp_dims(l, n, "xq", DT_I32, 3, d3);
	if (lw_shift_input_i8(l, n, "q16", lw_buf(l, x), xq, NB, R, K, ex, NULL, NULL))
		return -1;
	DType at = lw_shift_acc_type(ldexp(128.0, (int)ex), w, b);
	ShiftNest sn = {
		.name = NULL, .epi = NULL, .xq = xq,
		.codes = lw_weight_kp_bytes(l, w, M, K, DT_U8),
		.bq = b ? lw_shift_bias(l, b, M, at) : NULL, .acc = lw_temp_dims(l, n, "acc", at, 3, m3),
		.out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * M, M, 1}},
		.requant = 1, .rq_shift = ey + 16, .NB = NB, .R = R, .K = K, .M = M,
	};
	return lw_shift_nest(l, n, &sn);
}

/*
 * KSH hash in three kernels: per token and head the max |x|, the squared
 * norm of x / max (which cannot overflow), the normalized x and its
 * squared distances to the anchors (16-lane loops); per image and head the mean distance sigma (a reduction
 * over all tokens: it must finish before any code); then phi, the
 * projection and the threshold, packed into code words.
 */
int lw_ksh_hash(Lower *l, const Node *n)
{
	const Tensor *qk = n->in[0], *an = n->in[1], *mv = n->in[2], *pj = n->in[3];
	int64_t H = ir_node_attr(n, "num_heads")->i, nbits = ir_node_attr(n, "nbits")->i;
	int64_t NB = qk->shape.d[0], L = qk->shape.d[1], D = qk->shape.d[2], d = D / H;
	int64_t m = an->shape.d[1];
	Program *p = l->p;
	Buffer *q = lw_buf(l, qk), *a = lw_buf(l, an), *mb = lw_buf(l, mv), *pb = lw_buf(l, pj);
	int64_t s3[3] = {NB, H, L}, s4[4] = {NB, H, L, m}, s2[2] = {NB, H}, y4[4] = {NB, H, L, nbits};
	Buffer *mx = lw_temp_dims(l, n, "max", DT_F32, 3, s3);
	Buffer *ss = lw_temp_dims(l, n, "ss", DT_F32, 3, s3);
	Buffer *dist = lw_temp_dims(l, n, "dist", DT_F32, 4, s4);
	Buffer *sig = lw_temp_dims(l, n, "sigma", DT_F32, 2, s2);
	Buffer *phi = lw_temp_dims(l, n, "phi", DT_F32, 4, s4);
	Buffer *y = lw_temp_dims(l, n, "y", DT_F32, 4, y4);
	Buffer *code = lw_buf(l, n->out[0]);

	/*
	 * 1. mx = max |qk_h|, ss = |qk_h / mx|^2 (overflow-safe, lw_l2_parts);
	 * xn = qk_h / max(|qk_h|, 1e-12); dist_j = |xn - a_j|^2
	 */
	Kernel *k = lw_kernel_part(l, n, "dist");
	LoopNode *r = lw_nhl(l, k, NB, H, L), *seq = k_seq(p);
	k_append(p, r, seq);
	Access mxa = {.buf = mx, .c = {H * L, L, 1}}, ssa = {.buf = ss, .c = {H * L, L, 1}};
	Access xa = {.buf = q, .c = {L * D, d, D, 1}};
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, mxa, k_const(p, 0.0f));
	LoopNode *e = lw_loop(l, seq, "em", d);
	lw_stmt(l, k, e, ST_MAX, NULL, mxa, lw_fabs(l, k_load(p, xa)));
	Expr *x = k_bin(p, EX_MUL, k_load(p, xa),
	                k_bin(p, EX_DIV, k_const(p, 1.0f), lw_row_scale(l, k_load(p, mxa))));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, ssa, k_const(p, 0.0f));
	e = lw_loop(l, seq, "es", d);
	lw_stmt(l, k, e, ST_ADD, NULL, ssa, k_bin(p, EX_MUL, x, x));
	Access fa = {.buf = lw_temp_dims(l, n, "scale", DT_F32, 3, s3), .c = {H * L, L, 1}};
	Access dna = {.buf = lw_temp_dims(l, n, "den", DT_F32, 3, s3), .c = {H * L, L, 1}};
	Expr *f, *den;
	lw_l2_parts(l, k_load(p, mxa), k_load(p, ssa), 1e-12f, &f, &den);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, fa, f);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, dna, den);
	int64_t x4[4] = {NB, H, L, d};
	Buffer *xnb = lw_temp_dims(l, n, "xn", DT_F32, 4, x4);
	e = lw_loop(l, seq, "en", d);
	lw_stmt(l, k, e, ST_ASSIGN, NULL, (Access){.buf = xnb, .c = {H * L * d, L * d, d, 1}},
	        k_bin(p, EX_DIV, k_bin(p, EX_MUL, k_load(p, xa), k_load(p, fa)), k_load(p, dna)));
	LoopNode *jseq = k_seq(p);
	k_append(p, lw_loop(l, seq, "j", m), jseq);
	Expr *xn = k_load(p, (Access){.buf = xnb, .c = {H * L * d, L * d, d, 0, 1}});
	Expr *df = k_bin(p, EX_SUB, xn,
	                 k_load(p, (Access){.buf = a, .c = {0, m * d, 0, d, 1}}));
	Access da = {.buf = dist, .c = {H * L * m, L * m, m, 1, 0}};
	lw_stmt(l, k, jseq, ST_ASSIGN, NULL, da, k_const(p, 0.0f));
	e = lw_loop(l, jseq, "e", d);
	lw_stmt(l, k, e, ST_ADD, NULL, da, k_bin(p, EX_MUL, df, df));
	lw_schedule(l, k, "split(em,16); split(es,16); split(en,16); split(e,16); vectorize(em.i); "
	            "vectorize(es.i); vectorize(en.i); vectorize(e.i)");
	if (k_kernel_finish(k, l->err))
		return -1;

	/* 2. sigma = sum over tokens and anchors (divided by L*m where used) */
	LoopNode *j;
	if (l->tgt->gpu) {   /* a block per image and head (lower/norm_gpu.c) */
		if (lw_row_sum_gpu(l, arena_printf(&p->arena, "%s.sigma", n->name), ir_op_name(n->op),
		                   dist, sig, NB == IR_DIM_N ? NB : 1, NB == IR_DIM_N ? H : NB * H,
		                   L * m))
			return -1;
	} else {
		k = lw_kernel_part(l, n, "sigma");
		r = lw_nhl(l, k, NB, H, L);
		j = lw_loop(l, r, "j", m);
		Access sa = {.buf = sig, .c = {H, 1, 0, 0}};
		Expr *dv = k_load(p, (Access){.buf = dist, .c = {H * L * m, L * m, m, 1}});
		lw_stmt(l, k, j, ST_ASSIGN, "l = 0 and j = 0", sa, dv);
		lw_stmt(l, k, j, ST_ADD, "(l >= 1 or j >= 1)", sa,
		     k_load(p, (Access){.buf = dist, .c = {H * L * m, L * m, m, 1}}));
		if (k_kernel_finish(k, l->err))
			return -1;
	}

	/* 3. phi_j = exp(-D_j / (2 sigma)) - mvec_j; y_b = sum_j phi_j proj_bj; code bits */
	k = lw_kernel_part(l, n, "code");
	r = lw_nhl(l, k, NB, H, L);
	seq = k_seq(p);
	k_append(p, r, seq);
	j = lw_loop(l, seq, "j", m);
	Expr *sigma = k_bin(p, EX_MUL, k_load(p, (Access){.buf = sig, .c = {H, 1, 0, 0}}),
	                    k_const(p, (float)(1.0 / (double)(L * m))));
	Expr *arg = k_bin(p, EX_DIV, k_load(p, (Access){.buf = dist, .c = {H * L * m, L * m, m, 1}}),
	                  k_bin(p, EX_MUL, k_const(p, 2.0f), sigma));
	Access pha = {.buf = phi, .c = {H * L * m, L * m, m, 1}};
	lw_stmt(l, k, j, ST_ASSIGN, NULL, pha,
	     k_bin(p, EX_SUB, k_un(p, EX_EXP, k_un(p, EX_NEG, arg)),
	           k_load(p, (Access){.buf = mb, .c = {0, m, 0, 1}})));
	LoopNode *b = lw_loop(l, seq, "b", nbits);
	j = lw_loop(l, b, "jy", m);
	Access ya = {.buf = y, .c = {H * L * nbits, L * nbits, nbits, 1, 0}};
	Expr *term = k_bin(p, EX_MUL, k_load(p, (Access){.buf = phi, .c = {H * L * m, L * m, m, 0, 1}}),
	                   k_load(p, (Access){.buf = pb, .c = {0, nbits * m, 0, m, 1}}));
	lw_stmt(l, k, j, ST_ASSIGN, "jy = 0", ya, term);
	lw_stmt(l, k, j, ST_ADD, "jy >= 1", ya,
	     k_bin(p, EX_MUL, k_load(p, (Access){.buf = phi, .c = {H * L * m, L * m, m, 0, 1}}),
	           k_load(p, (Access){.buf = pb, .c = {0, nbits * m, 0, m, 1}})));
	b = lw_loop(l, seq, "bc", nbits);
	Access ca = {.buf = code, .c = {H * L, L, 1, 0}};
	for (int first = 1; first >= 0; first--) {
		Expr *yv = k_load(p, (Access){.buf = y, .c = {H * L * nbits, L * nbits, nbits, 1}});
		Expr *bit = k_select(p, k_bin(p, EX_GT, yv, k_const(p, 0.0f)),
		                     k_bin(p, EX_SHL, lw_ci32(l, 1), k_iter(p, VT_I32, 3)), lw_ci32(l, 0));
		lw_stmt(l, k, b, first ? ST_ASSIGN : ST_ADD, first ? "bc = 0" : "bc >= 1", ca, bit);
	}
	if (L >= 8)
		lw_schedule(l, k, "parallel(l)");
	return k_kernel_finish(k, l->err);
}

/* code[n,h,l] = sum_k (x[n, l, h*nbits + k] > 0) << k */
int lw_binarize(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *c = n->out[0];
	int64_t H = ir_node_attr(n, "num_heads")->i, nbits = c->shape.d[3];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2];
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *b = lw_loop(l, lw_nhl(l, k, NB, H, L), "b", nbits);
	Access xa = {.buf = lw_buf(l, x), .c = {L * D, nbits, D, 1}};
	Access ca = {.buf = lw_buf(l, c), .c = {H * L, L, 1, 0}};
	for (int first = 1; first >= 0; first--) {
		Expr *bit = k_select(p, k_bin(p, EX_GT, k_load(p, xa), k_const(p, 0.0f)),
		                     k_bin(p, EX_SHL, lw_ci32(l, 1), k_iter(p, VT_I32, 3)), lw_ci32(l, 0));
		lw_stmt(l, k, b, first ? ST_ASSIGN : ST_ADD, first ? "b = 0" : "b >= 1", ca, bit);
	}
	return k_kernel_finish(k, l->err);
}

/*
 * y = x_h / max(|x_h|, eps) per token and head, overflow-safe (lw_l2_parts):
 * the head's max |x| first, then the sum of squares of x / max, in
 * 16-lane loops.  A plain sum of squares overflowed from |x| ~ 1e19 and
 * gave 0.
 */
int lw_l2norm_heads(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	int64_t H = ir_node_attr(n, "num_heads")->i;
	const Attr *ea = ir_node_attr(n, "eps");
	float eps = ea ? (float)ea->f : 1e-12f;
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2], d = D / H;
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *r = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "l", L), "h", H);
	LoopNode *seq = k_seq(p);
	k_append(p, r, seq);
	int64_t s3[3] = {NB, L, H};
	Access mxa = {.buf = lw_temp_dims(l, n, "max", DT_F32, 3, s3), .c = {L * H, H, 1, 0}};
	Access ssa = {.buf = lw_temp_dims(l, n, "ss", DT_F32, 3, s3), .c = {L * H, H, 1, 0}};
	Access xa = {.buf = lw_buf(l, x), .c = {L * D, D, d, 1}};
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, mxa, k_const(p, 0.0f));
	LoopNode *e = lw_loop(l, seq, "em", d);
	lw_stmt(l, k, e, ST_MAX, NULL, mxa, lw_fabs(l, k_load(p, xa)));
	Expr *xs = k_bin(p, EX_MUL, k_load(p, xa),
	                 k_bin(p, EX_DIV, k_const(p, 1.0f), lw_row_scale(l, k_load(p, mxa))));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, ssa, k_const(p, 0.0f));
	e = lw_loop(l, seq, "es", d);
	lw_stmt(l, k, e, ST_ADD, NULL, ssa, k_bin(p, EX_MUL, xs, xs));
	Access fa = {.buf = lw_temp_dims(l, n, "scale", DT_F32, 3, s3), .c = {L * H, H, 1, 0}};
	Access da = {.buf = lw_temp_dims(l, n, "den", DT_F32, 3, s3), .c = {L * H, H, 1, 0}};
	Expr *f, *den;
	lw_l2_parts(l, k_load(p, mxa), k_load(p, ssa), eps, &f, &den);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, fa, f);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, da, den);
	e = lw_loop(l, seq, "e", d);
	Access ya = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, D, d, 1}};
	Expr *y = k_bin(p, EX_DIV, k_bin(p, EX_MUL, k_load(p, xa), k_load(p, fa)), k_load(p, da));
	lw_stmt(l, k, e, ST_ASSIGN, NULL, ya, lw_epilogue(l, n, y, &ya, 3));
	lw_schedule(l, k, "split(em,16); split(es,16); split(e,16); vectorize(em.i); "
	            "vectorize(es.i); vectorize(e.i)");
	return k_kernel_finish(k, l->err);
}

/*
 * The Hamming score of query code [n, h, l] and key code [n, h, j] in the
 * loops n, h, l, j: nbits - 2 popcount(q xor k), an i32 in -nbits..nbits
 * (b1 codes [N, H, L or S, nbits]: one packed word per token).
 */
static Expr *hamming_score(Lower *l, const Tensor *qc, const Tensor *kc)
{
	Program *p = l->p;
	int64_t H = qc->shape.d[1], L = qc->shape.d[2], nbits = qc->shape.d[3];
	int64_t S = kc->shape.d[2];
	Expr *x = k_bin(p, EX_XOR, k_load(p, (Access){.buf = lw_buf(l, qc), .c = {H * L, L, 1, 0}}),
	                k_load(p, (Access){.buf = lw_buf(l, kc), .c = {H * S, S, 0, 1}}));
	return k_bin(p, EX_SUB, lw_ci32(l, nbits),
	             k_bin(p, EX_SHL, k_un(p, EX_POPCNT, x), lw_ci32(l, 1)));
}

/*
 * Quadratic attention on binary codes: integer scores
 * nbits - 2 popcount(q xor k), a scaled row softmax, then P V.
 */
int lw_hamming_attention(Lower *l, const Node *n)
{
	const Tensor *qc = n->in[0], *kc = n->in[1], *v = n->in[2];
	int64_t NB = qc->shape.d[0], H = qc->shape.d[1], L = qc->shape.d[2];
	int64_t S = kc->shape.d[2], D = v->shape.d[2], d = D / H;
	double scale = ir_node_attr(n, "scale")->f;
	Program *p = l->p;
	int64_t s4[4] = {NB, H, L, S};
	Buffer *sc = lw_temp_dims(l, n, "scores", DT_F32, 4, s4);
	Kernel *k = lw_kernel_part(l, n, "scores");
	LoopNode *in = lw_loop(l, lw_nhl(l, k, NB, H, L), "j", S);
	lw_stmt(l, k, in, ST_ASSIGN, NULL, (Access){.buf = sc, .c = {H * L * S, L * S, S, 1}},
	     k_cvt(p, VT_F32, hamming_score(l, qc, kc)));
	if (S >= 16)
		lw_schedule(l, k, "split(j,16); vectorize(j.i)");
	if (k_kernel_finish(k, l->err))
		return -1;
	Shape ssh = {.rank = 4, .d = {NB, H, L, S}};
	if (lw_softmax_rows(l, arena_printf(&p->arena, "%s.softmax", n->name), sc, sc, &ssh,
	                    (float)scale, NULL))
		return -1;
	MatmulSpec mc = {.name = arena_printf(&p->arena, "%s.ctx", n->name), .node = n,
	                 .nb = 2, .bext = {NB, H}, .M = L, .K = S, .P = d, .scale = 1.0f};
	mc.a = (Access){.buf = sc, .c = {H * L * S, L * S, S, 1, 0}};
	mc.b = (Access){.buf = lw_buf(l, v), .c = {S * D, d, 0, D, 1}};
	mc.out = (Access){.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 0, 1}};
	return lw_matmul_kernel(l, &mc);
}

/*
 * qhamming_attention (docs/quantization.md "ShiftAdd models"): the Hamming
 * attention on int8 v at exponent ev, int8 out at eo, all in integers.
 * Scores c = nbits - 2 popcount(q xor k) (i32); per row m = max c, weights
 * e = t[m - c] (the i32 table weight: round(2^15 exp(-scale d))), Z = sum
 * e (i32: S < 2^16); acc = sum_s e v_s (i64); then out = acc 2^(ev - eo) /
 * Z rounded half away from zero (one truncating i64 division of 2 acc
 * 2^max(k,0) + sign(acc) Z' by 2 Z', Z' = Z 2^max(-k,0), k = ev - eo),
 * saturated to int8.  No float anywhere: the compiled kernels equal
 * quant.qhamming_attention bit for bit.
 */
int lw_qhamming_attention(Lower *l, const Node *n)
{
	const Tensor *qc = n->in[0], *kc = n->in[1], *v = n->in[2], *t = n->in[3];
	int64_t NB = qc->shape.d[0], H = qc->shape.d[1], L = qc->shape.d[2], nbits = qc->shape.d[3];
	int64_t S = kc->shape.d[2], D = v->shape.d[2], d = D / H;
	int64_t k = ir_node_attr(n, "v_exponent")->i - ir_node_attr(n, "out_exponent")->i;
	Program *p = l->p;
	if (lw_need_data(l, n, t))
		return -1;
	for (int64_t i = 0; i <= 2 * nbits; i++) {
		int32_t ti;      /* the weight's bytes need not be 4-aligned */
		memcpy(&ti, (const unsigned char *)t->data + 4 * i, 4);
		if (ti < 0 || ti > 1 << 15)
			return vitc_errf(l->err, "%s: node '%s' (qhamming_attention): table entry %lld "
			                 "is %d, expected 0..32768", l->g->path, n->name, (long long)i, ti);
	}
	int64_t s4[4] = {NB, H, L, S}, r3[3] = {NB, H, L}, a4[4] = {NB, H, L, d};
	DType adt = S < 512 ? DT_I32 : DT_I64;
	Buffer *sc = lw_temp_dims(l, n, "scores", DT_I32, 4, s4);
	Buffer *ew = lw_temp_dims(l, n, "weights", DT_I32, 4, s4);
	Buffer *mx = lw_temp_dims(l, n, "max", DT_I32, 3, r3);
	Buffer *zs = lw_temp_dims(l, n, "sum", DT_I32, 3, r3);
	Buffer *acc = lw_temp_dims(l, n, "acc", adt, 4, a4);

	/* 1. the popcount scores */
	Kernel *kk = lw_kernel_part(l, n, "scores");
	LoopNode *in = lw_loop(l, lw_nhl(l, kk, NB, H, L), "j", S);
	Access sa = {.buf = sc, .c = {H * L * S, L * S, S, 1}};
	lw_stmt(l, kk, in, ST_ASSIGN, NULL, sa, hamming_score(l, qc, kc));
	if (S >= 16)
		lw_schedule(l, kk, "split(j,16); vectorize(j.i)");
	if (k_kernel_finish(kk, l->err))
		return -1;

	/* 2. per row: the max, the table weights, their sum */
	kk = lw_kernel_part(l, n, "weights");
	LoopNode *row = k_seq(p);
	k_append(p, lw_nhl(l, kk, NB, H, L), row);
	Access ma = {.buf = mx, .c = {H * L, L, 1}}, za = {.buf = zs, .c = {H * L, L, 1}};
	Access ea = {.buf = ew, .c = {H * L * S, L * S, S, 1}};
	lw_stmt(l, kk, row, ST_ASSIGN, NULL, ma, lw_ci32(l, -nbits));
	lw_stmt(l, kk, lw_loop(l, row, "jm", S), ST_MAX, NULL, ma, k_load(p, sa));
	Access ta = {.buf = lw_buf(l, t), .ind = k_bin(p, EX_SUB, k_load(p, ma), k_load(p, sa)),
	             .ci = 1};
	lw_stmt(l, kk, lw_loop(l, row, "je", S), ST_ASSIGN, NULL, ea, k_load(p, ta));
	lw_stmt(l, kk, row, ST_ASSIGN, NULL, za, lw_ci32(l, 0));
	lw_stmt(l, kk, lw_loop(l, row, "jz", S), ST_ADD, NULL, za, k_load(p, ea));
	if (L >= 8)
		lw_schedule(l, kk, "parallel(l)");
	if (k_kernel_finish(kk, l->err))
		return -1;

	/* 3. P V (i32 where S 2^15 128 < 2^31, else i64), divided by the row sum, rounded,
	 * saturated; per row the channels i innermost, contiguous in v and acc: vectors */
	ValType at = S < 512 ? VT_I32 : VT_I64;
	kk = lw_kernel_part(l, n, "pv");
	LoopNode *el = k_seq(p);
	k_append(p, lw_nhl(l, kk, NB, H, L), el);
	Access aa = {.buf = acc, .c = {H * L * d, L * d, d, 1}};
	lw_stmt(l, kk, lw_loop(l, el, "i0", d), ST_ASSIGN, NULL, aa, k_const_int(p, at, 0));
	Access ab = {.buf = acc, .c = {H * L * d, L * d, d, 0, 1}};
	Access va = {.buf = lw_buf(l, v), .c = {S * D, d, 0, D, 1}};
	Access eb = {.buf = ew, .c = {H * L * S, L * S, S, 1, 0}};
	lw_stmt(l, kk, lw_loop(l, lw_loop(l, el, "s", S), "i", d), ST_ADD, NULL, ab,
	        k_bin(p, EX_MUL, lw_widen(p, at, k_load(p, eb)), lw_widen(p, at, k_load(p, va))));
	Access zb = {.buf = zs, .c = {H * L, L, 1, 0}};
	Expr *a = lw_widen(p, VT_I64, k_load(p, aa)), *z = lw_widen(p, VT_I64, k_load(p, zb));
	Expr *num = k_bin(p, EX_SHL, a, k_const_int(p, VT_I64, 1 + (k > 0 ? k : 0)));
	Expr *half = k_bin(p, EX_SHL, z, k_const_int(p, VT_I64, k < 0 ? -k : 0));
	Expr *den = k_bin(p, EX_SHL, half, k_const_int(p, VT_I64, 1));
	half = k_select(p, k_bin(p, EX_GT, k_const_int(p, VT_I64, 0), a), k_un(p, EX_NEG, half), half);
	Expr *y = k_bin(p, EX_DIV, k_bin(p, EX_ADD, num, half), den);
	y = k_bin(p, EX_MAX, k_bin(p, EX_MIN, y, k_const_int(p, VT_I64, 127)),
	          k_const_int(p, VT_I64, -128));
	Access ya = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 1}};
	lw_stmt(l, kk, lw_loop(l, el, "io", d), ST_ASSIGN, NULL, ya, k_cvt(p, VT_I32, y));
	lw_schedule(l, kk, arena_printf(&p->arena, "%s%s", d >= 16 ?
	                                "split(i0,16); split(i,16); vectorize(i0.i); vectorize(i.i)"
	                                : "", L >= 8 ? (d >= 16 ? "; parallel(l)" : "parallel(l)")
	                                             : ""));
	return k_kernel_finish(kk, l->err);
}

/*
 * moe2_linear: route every token to one expert at run time: the router's
 * two logits per token (expert 1 iff logit1 > logit0), the dispatch
 * (lower/moe.c), expert 0 (dense) on the gathered rows t < C0 and expert
 * 1 (shift) on rows t >= C0 (C0 read when each kernel starts), the
 * results scattered back with the epilogue.
 */
int lw_moe2_linear(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *wr = n->in[1], *br = n->in[2], *w0 = n->in[3];
	const Tensor *b0 = n->in[4], *w1 = n->in[5], *b1 = n->n_in > 6 ? n->in[6] : NULL;
	int64_t K = x->shape.d[x->shape.rank - 1], M = w0->shape.d[0], NB, R;
	Program *p = l->p;
	for (int i = 1; i < n->n_in; i++)
		if (n->in[i] && lw_need_data(l, n, n->in[i]))
			return -1;
	lw_row_split(&x->shape, &NB, &R);
	int64_t r2[3] = {NB, R, 2}, rk[3] = {NB, R, K}, rm[3] = {NB, R, M};
	MoeDispatch d = {.n = n, .NB = NB, .R = R, .K = K, .M = M,
	                 .logits = lw_temp_dims(l, n, "logits", DT_F32, 3, r2)};
	lw_moe_begin(l, &d, DT_F32);
	DType at = acc_type(l, x, w1, b1);
	Buffer *xq = lw_temp_dims(l, n, "xq", DT_I32, 3, rk);
	Buffer *acc = lw_temp_dims(l, n, "acc", at, 3, rm);
	Buffer *xb = lw_buf(l, x);

	/* 1. router: two dot products per token, each a vectorized reduction over K */
	Kernel *k = lw_kernel_part(l, n, "router");
	LoopNode *tok = lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R);
	LoopNode *rs = k_seq(p);
	k_append(p, tok, rs);
	Access lg = {.buf = d.logits, .c = {R * 2, 2, 1}};
	lw_stmt(l, k, lw_loop(l, rs, "j0", 2), ST_ASSIGN, NULL, lg,
	        br ? k_load(p, (Access){.buf = lw_weight_view(l, br, 0, 2), .c = {0, 0, 1}})
	           : k_const(p, 0.0f));
	LoopNode *dot = lw_loop(l, lw_loop(l, rs, "j", 2), "k", K);
	Access xr = {.buf = xb, .c = {R * K, K, 0, 1}};
	Access wa = {.buf = lw_weight_view(l, wr, 0, 2 * K), .c = {0, 0, K, 1}};
	lw_stmt(l, k, dot, ST_ADD, NULL, (Access){.buf = d.logits, .c = {R * 2, 2, 1, 0}},
	        k_bin(p, EX_MUL, k_load(p, xr), k_load(p, wa)));
	if (K >= 16)
		lw_schedule(l, k, "split(k,16); vectorize(k.i)");
	if (k_kernel_finish(k, l->err) || lw_moe_dispatch(l, &d, xb))
		return -1;

	/* 3. the experts on their rows */
	MatmulSpec ms = {.name = arena_printf(&p->arena, "%s.mult", n->name), .scale = 1.0f,
	                 .nb = 1, .bext = {NB}, .M = R, .K = K, .P = M, .rows_if = d.mult_rows,
	                 .epi_rows_if = NULL, .param = d.c0};
	ms.a = (Access){.buf = d.xg, .c = {R * K, K, 1, 0}};
	ms.b = (Access){.buf = lw_weight_kp(l, w0, 0, M, K, 1), .c = {0, 0, M, 1}};
	ms.out = (Access){.buf = d.yg, .c = {R * M, M, 0, 1}};
	if (b0)
		ms.bias = (Access){.buf = lw_weight_view(l, b0, 0, M), .c = {0, 0, 0, 1}};
	if (lw_matmul_kernel(l, &ms))
		return -1;
	if (quantize_rows(l, n, "q16", d.xg, (Access){.c = {R * K, K, 1}}, xq, NB, R, K,
	                  d.shift_rows, &d.c0))
		return -1;
	ShiftNest sn = {
		.name = "shift", .epi = NULL, .xq = xq, .codes = lw_weight_kp_bytes(l, w1, M, K, DT_U8),
		.bq = b1 ? lw_shift_bias(l, b1, M, at) : NULL, .acc = acc,
		.out = {.buf = d.yg, .c = {R * M, M, 1}}, .NB = NB, .R = R, .K = K, .M = M,
		.rows_if = d.shift_rows, .epi_rows_if = d.shift_epi_rows, .param = d.c0,
	};
	if (lw_shift_nest(l, n, &sn))
		return -1;

	/* --expose-decisions: every token's Q16.16 input, in token order */
	if (n->n_out > 2 && quantize_rows(l, n, "q16.out", xb, (Access){.c = {R * K, K, 1}},
	                                  lw_buf(l, n->out[2]), NB, R, K, NULL, NULL))
		return -1;
	return lw_moe_scatter(l, &d);
}
