/*
 * qlinang.c - the LinAngular attention's ops between int8 tensors
 * (docs/quantization.md "ShiftAdd models"): qconv1d_tokens, the depthwise
 * token convolution on int8 with int8 power-of-two weights and a rounding
 * shift.  Integers only, so the kernels equal python/vitc/quant.py bit for
 * bit on every target.
 */
#include <inttypes.h>
#include <stdint.h>
#include <string.h>

#include "lower/lower.h"

static int32_t i32_at(const Tensor *t, int64_t j)
{
	int32_t v;      /* the weights blob need not be 4-aligned */
	memcpy(&v, (const unsigned char *)t->data + 4 * j, 4);
	return v;
}

static Buffer *chan_const(Lower *l, const Node *n, const char *suffix, DType dt, int64_t C,
                          void *data)
{
	Shape sh = {.rank = 1, .d = {C}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", n->name, suffix),
	                         BUF_WEIGHT, dt, &sh);
	b->data = data;
	b->nbytes = (uint64_t)C * (uint64_t)(ir_dtype_bits(dt) / 8);
	return b;
}

/*
 * qconv1d_tokens: acc[n,t,c] = b[c] + sum_q w[g(c),q] x[n, t+q-pad, c]
 * (in-range taps; g(c) = c / (C/G)), exact in i32 where every channel's
 * bound 128 sum_q |w| + |b| allows it (else i64), then out = requant(acc,
 * k_c) with k_c = out_exponent - x_exponent - ew[g(c)]: qlinear's rounding
 * shift (half up) or left shift, saturated.  Three nests in one kernel:
 * the bias, the taps (channels as (g, e) so that every access is affine,
 * as lw_conv1d_tokens), the requantization with a per-channel shift table.
 */
int lw_qconv1d_tokens(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1], *ew = n->in[2], *y = n->out[0];
	const Tensor *bias = n->n_in > 3 ? n->in[3] : NULL;
	const Attr *pa = ir_node_attr(n, "padding");
	int64_t pad = pa ? pa->i : 0, T = x->shape.d[1], C = x->shape.d[2];
	int64_t To = y->shape.d[1], Kq = w->shape.d[2], G = w->shape.d[0], Cg = C / G;
	int64_t ex = ir_node_attr(n, "x_exponent")->i, eo = ir_node_attr(n, "out_exponent")->i;
	Program *p = l->p;
	if (lw_need_data(l, n, w) || lw_need_data(l, n, ew) || (bias && lw_need_data(l, n, bias)))
		return -1;
	int64_t *sh = arena_calloc(&p->arena, (size_t)C, sizeof(int64_t));
	int32_t *sh32 = arena_calloc(&p->arena, (size_t)C, sizeof(int32_t));
	int i32 = 1;
	for (int64_t c = 0; c < C; c++) {
		int64_t g = c / Cg, s = eo - ex - ((const int8_t *)ew->data)[g], bound = 0;
		if (s < PASS_QSHIFT_MIN || s > PASS_QSHIFT_MAX)
			return vitc_errf(l->err, "%s: node '%s' (qconv1d_tokens): group %" PRId64 ": "
			                 "requantization shift %" PRId64 " outside %d..%d", l->g->path,
			                 n->name, g, s, PASS_QSHIFT_MIN, PASS_QSHIFT_MAX);
		for (int64_t q = 0; q < Kq; q++) {
			int64_t v = ((const int8_t *)w->data)[g * Kq + q];
			bound += 128 * (v < 0 ? -v : v);
		}
		if (bias) {
			int64_t b = i32_at(bias, c);
			bound += b < 0 ? -b : b;
		}
		/* lw_requant32_chan's condition (lower/quant.c) */
		if (!(s > 0 ? s <= 30 && bound + ((int64_t)1 << (s - 1)) < ((int64_t)1 << 31)
		            : s >= -23 && bound < ((int64_t)1 << 31)))
			i32 = 0;
		sh[c] = s;
		sh32[c] = (int32_t)s;
	}
	ValType at = i32 ? VT_I32 : VT_I64;
	int64_t a3[3] = {y->shape.d[0], To, C};
	Buffer *acc = lw_temp_dims(l, n, "acc", i32 ? DT_I32 : DT_I64, 3, a3);
	Kernel *k = lw_kernel(l, n);
	int pos[3] = {0, 1, 2};
	k->root = k_seq(p);

	/* 1. the bias (or 0) */
	LoopNode *in = lw_loops(l, k->root, &y->shape, 0, 3, (const char *const[]){"zn", "zt", "zc"});
	Access aa = {.buf = acc, .c = {To * C, C, 1}};
	lw_stmt(l, k, in, ST_ASSIGN, NULL, aa,
	        bias ? lw_widen(p, at, k_load(p, (Access){.buf = lw_buf(l, bias), .c = {0, 0, 1}}))
	             : k_const_int(p, at, 0));

	/* 2. the taps */
	Shape ish = {.rank = 5, .d = {y->shape.d[0], To, Kq, G, Cg}};
	in = lw_loops(l, k->root, &ish, 0, 5, (const char *const[]){"n", "t", "q", "g", "c"});
	Access ab = {.buf = acc, .c = {To * C, C, 0, Cg, 1}};
	Access wa = {.buf = lw_buf(l, w), .c = {0, 0, 1, Kq, 0}};
	Access xa = {.buf = lw_buf(l, x), .c = {T * C, C, C, Cg, 1}, .k = -pad * C};
	lw_stmt(l, k, in, ST_ADD,
	        arena_printf(&p->arena, "0 <= t + q - %lld < %lld", (long long)pad, (long long)T),
	        ab, k_bin(p, EX_MUL, lw_widen(p, at, k_load(p, wa)), lw_widen(p, at, k_load(p, xa))));

	/* 3. the requantization, a shift per channel */
	in = lw_loops(l, k->root, &y->shape, 0, 3, (const char *const[]){"en", "et", "ec"});
	Access oa = lw_access(l, y, pos, 3);
	oa.buf = lw_buf(l, lw_final_out(l, n));
	Expr *v;
	if (i32) {
		Buffer *sb = chan_const(l, n, "shift32", DT_I32, C, sh32);
		v = lw_requant32_chan(l, k_load(p, aa), k_load(p, (Access){.buf = sb, .c = {0, 0, 1}}));
	} else {
		Buffer *sb = chan_const(l, n, "shift", DT_I64, C, sh);
		v = lw_requant_expr(l, k_load(p, aa), k_load(p, (Access){.buf = sb, .c = {0, 0, 1}}));
	}
	lw_stmt(l, k, in, ST_ASSIGN, NULL, oa, v);
	return k_kernel_finish(k, l->err);
}
