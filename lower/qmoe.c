/*
 * lower/qmoe.c - qmoe2_linear: ShiftAddViT's two-expert MoE between int8
 * tensors (docs/quantization.md "ShiftAdd models").  The same dispatch as
 * moe2_linear's (lower/moe.c, with its GPU forms): a scan counts the
 * tokens of each expert and gives each its slot, the rows are gathered,
 * each expert runs on its own rows (bounds read from memory as a kernel
 * parameter), the results are scattered back.  Here everything is
 * integer: the router is an int8 dot product whose two accumulators are
 * compared exactly, the mult expert is qlinear's multiply-accumulate with
 * its requantization shift, the shift expert qshift_linear's shifts.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lower/moe.h"

static Expr *w8(Program *p, Buffer *b, Access a)
{
	a.buf = b;
	return k_cvt(p, VT_I64, k_load(p, a));
}

static int64_t i32_at(const Tensor *t, int64_t j)
{
	int32_t v;
	memcpy(&v, (const unsigned char *)t->data + 4 * j, 4);
	return v;
}

/* The i8 weight "w" as a flat [cnt] buffer. */
static Buffer *weight_i8(Lower *l, const Tensor *w, int64_t cnt)
{
	Shape sh = {.rank = 1, .d = {cnt}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.flat", w->name), BUF_WEIGHT,
	                         DT_I8, &sh);
	b->data = w->data;
	b->nbytes = (uint64_t)cnt;
	return b;
}

/* A constant i64 [n] buffer "<node>.<suffix>" holding "v". */
static Buffer *const_i64(Lower *l, const Node *n, const char *suffix, int64_t cnt,
                         const int64_t *v)
{
	Shape sh = {.rank = 1, .d = {cnt}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", n->name, suffix),
	                         BUF_WEIGHT, DT_I64, &sh);
	int64_t *d = arena_calloc(&l->p->arena, (size_t)cnt, 8);
	memcpy(d, v, (size_t)cnt * 8);
	b->data = d;
	b->nbytes = (uint64_t)cnt * 8;
	return b;
}

/*
 * The router: acc[t, j] = br[j] + sum_k x[t,k] wr[j,k] (i64), then the
 * route e[t] = (acc1 << s1) > (acc0 << s0) with s_j = ewr_j - min(ewr)
 * (both at the scale 2^(ex + min ewr): an exact comparison; ties: 0).
 */
static int router(Lower *l, const Node *n, int64_t NB, int64_t R, int64_t K, Buffer *route)
{
	Program *p = l->p;
	const Tensor *x = n->in[0], *wr = n->in[1], *ewr = n->in[2], *br = n->in[3];
	const int8_t *e = ewr->data;
	int64_t m = e[0] < e[1] ? e[0] : e[1], r2[3] = {NB, R, 2};
	Buffer *acc = lw_temp_dims(l, n, "racc", DT_I64, 3, r2);
	Kernel *k = lw_kernel_part(l, n, "router");
	LoopNode *tok = lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R);
	LoopNode *rs = k_seq(p);
	k_append(p, tok, rs);
	Access aa = {.buf = acc, .c = {R * 2, 2, 1}};
	Expr *b0 = k_const_int(p, VT_I64, 0);
	if (br)
		b0 = k_load(p, (Access){.buf = const_i64(l, n, "rbias", 2,
		            (int64_t[]){i32_at(br, 0), i32_at(br, 1)}), .c = {0, 0, 1}});
	lw_stmt(l, k, lw_loop(l, rs, "j0", 2), ST_ASSIGN, NULL, aa, b0);
	LoopNode *dot = lw_loop(l, lw_loop(l, rs, "j", 2), "k", K);
	Buffer *wb = weight_i8(l, wr, 2 * K);
	lw_stmt(l, k, dot, ST_ADD, NULL, (Access){.buf = acc, .c = {R * 2, 2, 1, 0}},
	        k_bin(p, EX_MUL, w8(p, lw_buf(l, x), (Access){.c = {R * K, K, 0, 1}}),
	              w8(p, wb, (Access){.c = {0, 0, K, 1}})));
	Access a0 = {.buf = acc, .c = {R * 2, 2}}, a1 = a0;
	a1.k = 1;
	Expr *v0 = k_bin(p, EX_SHL, k_load(p, a0), k_const_int(p, VT_I64, e[0] - m));
	Expr *v1 = k_bin(p, EX_SHL, k_load(p, a1), k_const_int(p, VT_I64, e[1] - m));
	lw_stmt(l, k, rs, ST_ASSIGN, NULL, (Access){.buf = route, .c = {R, 1}},
	        k_bin(p, EX_GT, v1, v0));
	return k_kernel_finish(k, l->err);
}

/*
 * The mult expert on the gathered rows t < C0: acc = b0 + sum_k xg w0 (i64),
 * yg = requant(acc, ey - ex - ew0[j]) (i8).
 */
static int mult_expert(Lower *l, const Node *n, const MoeDispatch *d)
{
	Program *p = l->p;
	int64_t NB = d->NB, R = d->R, K = d->K, M = d->M;
	Buffer *xg = d->xg, *yg = d->yg;
	const Tensor *w0 = n->in[4], *ew0 = n->in[5], *b0 = n->in[6];
	int64_t ex = ir_node_attr(n, "x_exponent")->i, ey = ir_node_attr(n, "out_exponent")->i;
	int64_t rm[3] = {NB, R, M}, *sh = arena_calloc(&p->arena, (size_t)M, 8);
	int64_t *bb = arena_calloc(&p->arena, (size_t)M, 8);
	for (int64_t j = 0; j < M; j++) {
		sh[j] = ey - ex - ((const int8_t *)ew0->data)[j];
		bb[j] = b0 ? i32_at(b0, j) : 0;
		if (sh[j] < PASS_QSHIFT_MIN || sh[j] > PASS_QSHIFT_MAX)
			return vitc_errf(l->err, "%s: node '%s' (qmoe2_linear): mult expert channel %lld: "
			                 "requantization shift %lld outside -31..62", l->g->path, n->name,
			                 (long long)j, (long long)sh[j]);
	}
	Buffer *acc = lw_temp_dims(l, n, "macc", DT_I64, 3, rm);
	Buffer *wk = lw_weight_kp_bytes(l, w0, M, K, DT_I8);
	Kernel *k = lw_kernel_part(l, n, "mult");
	LoopNode *in = lw_loop(l, lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R),
	                                  "k", K), "j", M);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access xa = {.c = {R * K, K, 1, 0}}, wa = {.c = {0, 0, M, 1}};
	Access ya = {.buf = acc, .c = {R * M, M, 0, 1}};
	Expr *t0 = k_bin(p, EX_ADD, k_bin(p, EX_MUL, w8(p, xg, xa), w8(p, wk, wa)),
	                 k_load(p, (Access){.buf = const_i64(l, n, "mbias", M, bb),
	                                    .c = {0, 0, 0, 1}}));
	lw_stmt(l, k, seq, ST_ASSIGN, arena_printf(&p->arena, "k = 0 and %s", d->mult_rows), ya, t0);
	lw_stmt(l, k, seq, ST_ADD, arena_printf(&p->arena, "k >= 1 and %s", d->mult_rows), ya,
	        k_bin(p, EX_MUL, w8(p, xg, xa), w8(p, wk, wa)));
	LoopNode *e = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "en", NB), "ei", R), "ej", M);
	Expr *v = lw_requant_expr(l, k_load(p, (Access){.buf = acc, .c = {R * M, M, 1}}),
	                          k_load(p, (Access){.buf = const_i64(l, n, "mshift", M, sh),
	                                             .c = {0, 0, 1}}));
	lw_stmt(l, k, e, ST_ASSIGN, d->mult_epi_rows, (Access){.buf = yg, .c = {R * M, M, 1}}, v);
	k_kernel_param(k, d->c0.name, d->c0.src);
	if (M >= 16)
		lw_schedule(l, k, "split(j,16); reorder(k,j.o); vectorize(j.i)");
	return k_kernel_finish(k, l->err);
}

/*
 * qmoe2_linear: the integer router's route, the dispatch of lower/moe.c on
 * i8 rows, the mult expert (qlinear's nest) on rows t < C0 and the shift
 * expert on rows t >= C0, the results scattered back.  The shift expert
 * is qshift_linear's, in the node's "realization": the shift kernel, or
 * one int8 or int16 product (lw_qshift_mul).  For GPU schedules it is
 * always the shift kernel (the products' rows would need the packed nest
 * mapped under a run-time row bound; not done).
 */
int lw_qmoe2_linear(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w1 = n->in[7], *b1 = n->n_in > 8 ? n->in[8] : NULL;
	int64_t ex = ir_node_attr(n, "x_exponent")->i, ey = ir_node_attr(n, "out_exponent")->i;
	int64_t K = x->shape.d[x->shape.rank - 1], M = n->in[4]->shape.d[0], NB, R;
	int bits = l->tgt->gpu ? 0 : lw_qshift_realization(n);
	for (int i = 1; i < n->n_in; i++)
		if (n->in[i] && lw_need_data(l, n, n->in[i]))
			return -1;
	const int8_t *ewr = n->in[2]->data;
	if (abs(ewr[0] - ewr[1]) > 30)
		return vitc_errf(l->err, "%s: node '%s' (qmoe2_linear): router exponents %d and %d "
		                 "differ by more than 30", l->g->path, n->name, ewr[0], ewr[1]);
	lw_row_split(&x->shape, &NB, &R);
	int64_t r1[2] = {NB, R}, rk[3] = {NB, R, K}, rm[3] = {NB, R, M};
	MoeDispatch d = {.n = n, .NB = NB, .R = R, .K = K, .M = M,
	                 .route = lw_temp_dims(l, n, "route", DT_I32, 2, r1)};
	lw_moe_begin(l, &d, DT_I8);
	if (bits) {
		ShiftMul sm = {.name = "shift", .what = "shift expert realization", .x = d.xg,
		               .w = w1, .b = b1, .out = {.buf = d.yg, .c = {R * M, M, 1}},
		               .NB = NB, .R = R, .K = K, .M = M, .ex = ex, .ey = ey,
		               .rows_if = d.shift_rows, .pack_rows_if = d.shift_pack_rows,
		               .epi_rows_if = d.shift_epi_rows, .param = d.c0};
		if (router(l, n, NB, R, K, d.route) || lw_moe_dispatch(l, &d, lw_buf(l, x)) ||
		    mult_expert(l, n, &d) || lw_qshift_mul(l, n, &sm, bits))
			return -1;
		return lw_moe_scatter(l, &d);
	}
	Buffer *xq = lw_temp_dims(l, n, "xq", DT_I32, 3, rk);
	DType at = lw_shift_acc_type(ldexp(128.0, (int)ex), w1, b1);
	Buffer *acc = lw_temp_dims(l, n, "sacc", at, 3, rm);
	if (router(l, n, NB, R, K, d.route) || lw_moe_dispatch(l, &d, lw_buf(l, x)) ||
	    mult_expert(l, n, &d) ||
	    lw_shift_input_i8(l, n, "q16", d.xg, xq, NB, R, K, ex, d.shift_rows, &d.c0))
		return -1;
	ShiftNest sn = {
		.name = "shift", .epi = NULL, .xq = xq, .codes = lw_weight_kp_bytes(l, w1, M, K, DT_U8),
		.bq = b1 ? lw_shift_bias(l, b1, M, at) : NULL, .acc = acc,
		.out = {.buf = d.yg, .c = {R * M, M, 1}}, .requant = 1, .rq_shift = ey + 16,
		.NB = NB, .R = R, .K = K, .M = M, .rows_if = d.shift_rows,
		.epi_rows_if = d.shift_epi_rows, .param = d.c0,
	};
	if (lw_shift_nest(l, n, &sn))
		return -1;
	return lw_moe_scatter(l, &d);
}
