/*
 * qlinang.c - the LinAngular attention's ops between int8 tensors
 * (docs/quantization.md "ShiftAdd models"): qconv1d_tokens, the depthwise
 * token convolution on int8 with int8 power-of-two weights and a rounding
 * shift, and qmatadd_l2norm, the MatAdd products and the L2 norm per head
 * on int8 v with an integer square root.  Integers only, so the kernels equal python/vitc/quant.py bit for
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
 * qconv1d_tokens for GPU schedules: one nest over (n, t, c), the bias, the
 * taps and the requantization of an output element in turn, so that one
 * thread computes it (as conv1d_tokens_gpu, lower/linalg.c); channel c's
 * taps are group c / Cg's (an indirect load where 1 < G < C).
 */
static int qconv1d_gpu(Lower *l, const Node *n, Kernel *k, Buffer *acc, Buffer *sb, int i32)
{
	const Tensor *x = n->in[0], *w = n->in[1], *y = n->out[0];
	const Tensor *bias = n->n_in > 3 ? n->in[3] : NULL;
	const Attr *pa = ir_node_attr(n, "padding");
	int64_t pad = pa ? pa->i : 0, T = x->shape.d[1], C = x->shape.d[2];
	int64_t To = y->shape.d[1], Kq = w->shape.d[2], Cg = C / w->shape.d[0];
	Program *p = l->p;
	ValType at = i32 ? VT_I32 : VT_I64;
	static const char *const names[] = {"n", "t", "c"};
	LoopNode *in = lw_loops(l, k->root, &y->shape, 0, 3, names), *seq = k_seq(p);
	Access aa = {.buf = acc, .c = {To * C, C, 1, 0}}, wa = lw_conv1d_taps(l, w, Kq, Cg);
	Access xa = {.buf = lw_buf(l, x), .c = {T * C, C, 1, C}, .k = -pad * C};
	int pos[3] = {0, 1, 2};
	Access oa = lw_access(l, y, pos, 3);
	oa.buf = lw_buf(l, lw_final_out(l, n));
	k_append(p, in, seq);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, aa,
	        bias ? lw_widen(p, at, k_load(p, (Access){.buf = lw_buf(l, bias), .c = {0, 0, 1}}))
	             : k_const_int(p, at, 0));
	lw_stmt(l, k, lw_loop(l, seq, "q", Kq), ST_ADD,
	        arena_printf(&p->arena, "0 <= t + q - %lld < %lld", (long long)pad, (long long)T),
	        aa, k_bin(p, EX_MUL, lw_widen(p, at, k_load(p, wa)), lw_widen(p, at, k_load(p, xa))));
	Expr *ks = k_load(p, (Access){.buf = sb, .c = {0, 0, 1}});
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, oa, i32 ? lw_requant32_chan(l, k_load(p, aa), ks)
	                                            : lw_requant_expr(l, k_load(p, aa), ks));
	return k_kernel_finish(k, l->err);
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
	Buffer *sb = i32 ? chan_const(l, n, "shift32", DT_I32, C, sh32)
	                 : chan_const(l, n, "shift", DT_I64, C, sh);
	if (l->tgt->gpu)
		return qconv1d_gpu(l, n, k, acc, sb, i32);

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
	Expr *ks = k_load(p, (Access){.buf = sb, .c = {0, 0, 1}});
	lw_stmt(l, k, in, ST_ASSIGN, NULL, oa, i32 ? lw_requant32_chan(l, k_load(p, aa), ks)
	                                           : lw_requant_expr(l, k_load(p, aa), ks));
	return k_kernel_finish(k, l->err);
}

/* Bit "k" (statement dim) of the code word "code": (code >> k) & 1. */
static Expr *code_bit(Lower *l, Expr *code, int kdim)
{
	return k_bin(l->p, EX_AND, k_bin(l->p, EX_SHR, code, k_iter(l->p, VT_I32, kdim)),
	             lw_ci32(l, 1));
}

/*
 * isqrt(v) = floor(sqrt(v)) of an i64 v in [0, 2^62]: r0 = max(floor(f32
 * sqrt(f32(v))), 1), within 2^-22 relative (plus the floor) of sqrt(v);
 * one integer Newton step r1 = (r0 + v / r0) >> 1, never below isqrt(v)
 * and above it by at most (r0 - sqrt v)^2 / (2 r0) + 1/2 < 1; then one
 * correction step down and one up (exact; r1^2 < 2^63).  One i64 division
 * per row: qlayernorm's f32-only isqrt holds only to 2^46.
 */
static Expr *isqrt62_expr(Lower *l, Expr *v)
{
	Program *p = l->p;
	Expr *r = k_cvt(p, VT_I64, k_un(p, EX_SQRT, k_cvt(p, VT_F32, v)));
	r = k_bin(p, EX_MAX, r, k_const_int(p, VT_I64, 1));
	r = k_bin(p, EX_SHR, k_bin(p, EX_ADD, r, k_bin(p, EX_DIV, v, r)), k_const_int(p, VT_I64, 1));
	r = k_bin(p, EX_SUB, r, lw_widen(p, VT_I64, k_bin(p, EX_GT, k_bin(p, EX_MUL, r, r), v)));
	Expr *r1 = k_bin(p, EX_ADD, r, k_const_int(p, VT_I64, 1));
	return k_bin(p, EX_ADD, r, lw_widen(p, VT_I64, k_bin(p, EX_GE, v, k_bin(p, EX_MUL, r1, r1))));
}

/*
 * qmatadd_l2norm (docs/quantization.md "ShiftAdd models"): the LinAngular
 * attention's kv = b^T v, o = alpha v + beta b kv and its L2 norm per
 * token and head, on int8 v, in integers: kv[h,k,i] = sum of v[s, h d + i]
 * over the keys s with bit k set (exact, i32); K[l, h d + i] = sum of
 * kv[h,k,i] over the bits k of query l (i32); per row (n, h, l) O_i = A
 * v_i + B K_i, S2 = sum O_i^2, D = max(isqrt(S2), 1) (i64, bounded by
 * pass_ql2norm_fits), y_i = O_i 2^-eo / D rounded half away from zero (one
 * truncating i64 division of 2 O 2^-eo + sign(O) D by 2 D), saturated.
 */
int lw_qmatadd_l2norm(Lower *l, const Node *n)
{
	const Tensor *kc = n->in[0], *qc = n->in[1], *v = n->in[2];
	int64_t NB = kc->shape.d[0], H = kc->shape.d[1], S = kc->shape.d[2], nbits = kc->shape.d[3];
	int64_t D = v->shape.d[2], d = D / H, L = S, s = -ir_node_attr(n, "out_exponent")->i;
	int64_t A = ir_node_attr(n, "alpha_q")->i, B = ir_node_attr(n, "beta_q")->i;
	Program *p = l->p;
	int vec = d % 16 == 0;
	int64_t k4[4] = {NB, H, nbits, d}, t3[3] = {NB, L, D}, r3[3] = {NB, H, L};
	Buffer *kv = lw_temp_dims(l, n, "kv", DT_I32, 4, k4);
	Buffer *ks = lw_temp_dims(l, n, "ksum", DT_I32, 3, t3);
	Buffer *s2 = lw_temp_dims(l, n, "s2", DT_I64, 3, r3);
	Buffer *db = lw_temp_dims(l, n, "norm", DT_I64, 3, r3);

	/* 1. kv = b^T v: loops n, h, s, b, i */
	Kernel *k = lw_kernel_part(l, n, "kv");
	LoopNode *in = lw_loop(l, lw_loop(l, lw_nhl(l, k, NB, H, S), "b", nbits), "e", d);
	Access ca = {.buf = lw_buf(l, kc), .c = {H * S, S, 1, 0, 0}};
	Access va = {.buf = lw_buf(l, v), .c = {S * D, d, D, 0, 1}};
	Access ka = {.buf = kv, .c = {H * nbits * d, nbits * d, 0, d, 1}};
	for (int first = 1; first >= 0; first--)
		lw_stmt(l, k, in, first ? ST_ASSIGN : ST_ADD, first ? "l = 0" : "l >= 1", ka,
		        k_select(p, code_bit(l, k_load(p, ca), 3), k_load(p, va), lw_ci32(l, 0)));
	if (vec)
		lw_schedule(l, k, "split(e,16); vectorize(e.i)");
	if (k_kernel_finish(k, l->err))
		return -1;

	/* 2. K = b kv per query: loops n, h, l, b, i */
	k = lw_kernel_part(l, n, "ksum");
	in = lw_loop(l, lw_loop(l, lw_nhl(l, k, NB, H, L), "b", nbits), "e", d);
	Access qa = {.buf = lw_buf(l, qc), .c = {H * L, L, 1, 0, 0}};
	Access sa = {.buf = ks, .c = {L * D, d, D, 0, 1}};
	for (int first = 1; first >= 0; first--)
		lw_stmt(l, k, in, first ? ST_ASSIGN : ST_ADD, first ? "b = 0" : "b >= 1", sa,
		        k_select(p, code_bit(l, k_load(p, qa), 3), k_load(p, ka), lw_ci32(l, 0)));
	if (vec)
		lw_schedule(l, k, arena_printf(&p->arena, "split(e,16); vectorize(e.i)%s",
		                               L >= 8 ? "; parallel(l)" : ""));
	if (k_kernel_finish(k, l->err))
		return -1;

	/* 3. per row (n, h, l): O, the sum of squares, the norm, the rounded quotients */
	k = lw_kernel_part(l, n, "norm");
	LoopNode *row = k_seq(p);
	k_append(p, lw_nhl(l, k, NB, H, L), row);
	Access vr = {.buf = lw_buf(l, v), .c = {L * D, d, D, 1}};
	Access kr = {.buf = ks, .c = {L * D, d, D, 1}};
	Access qs = {.buf = s2, .c = {H * L, L, 1}}, dn = {.buf = db, .c = {H * L, L, 1}};
	Expr *O = k_bin(p, EX_ADD, k_bin(p, EX_MUL, k_const_int(p, VT_I64, A),
	                                 lw_widen(p, VT_I64, k_load(p, vr))),
	                k_bin(p, EX_MUL, k_const_int(p, VT_I64, B), lw_widen(p, VT_I64, k_load(p, kr))));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, qs, k_const_int(p, VT_I64, 0));
	lw_stmt(l, k, lw_loop(l, row, "eq", d), ST_ADD, NULL, qs, k_bin(p, EX_MUL, O, O));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, dn, k_bin(p, EX_MAX, isqrt62_expr(l, k_load(p, qs)),
	                                              k_const_int(p, VT_I64, 1)));
	Expr *Dv = k_load(p, dn);
	Expr *num = k_bin(p, EX_SHL, O, k_const_int(p, VT_I64, s + 1));
	Expr *half = k_select(p, k_bin(p, EX_GT, k_const_int(p, VT_I64, 0), O), k_un(p, EX_NEG, Dv), Dv);
	Expr *y = k_bin(p, EX_DIV, k_bin(p, EX_ADD, num, half),
	                k_bin(p, EX_SHL, Dv, k_const_int(p, VT_I64, 1)));
	y = k_bin(p, EX_MAX, k_bin(p, EX_MIN, y, k_const_int(p, VT_I64, 127)),
	          k_const_int(p, VT_I64, -128));
	Access ya = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 1}};
	lw_stmt(l, k, lw_loop(l, row, "e", d), ST_ASSIGN, NULL, ya, k_cvt(p, VT_I32, y));
	lw_schedule(l, k, arena_printf(&p->arena, "%s%s", vec ? "split(eq,16); vectorize(eq.i)" : "",
	                               L >= 8 ? (vec ? "; parallel(l)" : "parallel(l)") : ""));
	return k_kernel_finish(k, l->err);
}
