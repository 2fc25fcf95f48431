/*
 * lower/qattn_gpu.c - the GPU forms of integer attention's two products
 * (lower/qattn.c has the CPU forms and the semantics; docs/quantization.md
 * "Integer attention"): qattn_scores and qattn_pv as one nest each
 * (lw_gpu_idot, lower/qdot_gpu.c) of plain products straight from the
 * packed q|k|v and the softmax codes, the requantization in the last k
 * step.  The CPU forms pack q, k, v and the weights 2^(15 - code) into
 * dot-product lanes first, in nests that a GPU mapping cannot put on the
 * threads that read them (no grid-wide barrier); a sum of integers in
 * any order is the same integer, so the results equal the CPU's.
 */
#include "lower/lower.h"

static Expr *bin(Lower *l, ExprKind k, Expr *a, Expr *b)
{
	return k_bin(l->p, k, a, b);
}

/* Two loads (or a code and a load, "code" set: qattn_pv) multiplied. */
typedef struct {
	Access a, b;
	int code;
} PairCtx;

/* p = 2^(15 - code) for code < 16, else 0 (qattn_pv's weight of a key, exact in i32). */
static Expr *pv_weight(Lower *l, Expr *code)
{
	Expr *sh = bin(l, EX_SUB, lw_ci32(l, 15), bin(l, EX_MIN, code, lw_ci32(l, 15)));
	return k_select(l->p, bin(l, EX_GT, lw_ci32(l, PASS_LIS_ZERO), code),
	                bin(l, EX_SHL, lw_ci32(l, 1), sh), lw_ci32(l, 0));
}

static Expr *pair_product(Lower *l, void *ctx, ValType av)
{
	PairCtx *c = ctx;
	Expr *a = k_load(l->p, c->a);
	if (c->code)
		a = pv_weight(l, a);
	return bin(l, EX_MUL, lw_widen(l->p, av, a), lw_widen(l->p, av, k_load(l->p, c->b)));
}

/*
 * qattn_scores on the GPU: loops n, h, i (query), k (0..d-1), j (key):
 * acc = sum_k q[n,i,h d + k] k[n,j,D + h d + k] in i32 (|acc| <= d 2^14),
 * out = requant(acc, kk) at the last k; the keys on threadIdx.x, the
 * queries, heads and batch on blocks.
 */
int lw_qattn_scores_gpu(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *x = n->in[0];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H;
	int64_t kk = ir_node_attr(n, "out_exponent")->i - 2 * ir_node_attr(n, "qkv_exponent")->i +
	             pass_qattn_log2_sqrt(d);
	if (kk < PASS_QSHIFT_MIN || kk > PASS_QSHIFT_MAX)
		return lw_qattn_shift_err(l, n, kk);
	int64_t a4[4] = {NB, H, L, L};
	Buffer *acc = lw_temp_dims(l, n, LW_GPU_ACC, DT_I32, 4, a4);
	Buffer *xb = lw_buf(l, x);
	Kernel *k = lw_kernel_part(l, n, NULL);
	PairCtx c = {.a = {.buf = xb, .c = {L * 3 * D, d, 3 * D, 1, 0}},
	             .b = {.buf = xb, .c = {L * 3 * D, d, 0, 1, 3 * D}, .k = D}};
	static const char *const names[5] = {"n", "h", "i", "k", "j"};
	int64_t ext[5] = {NB, H, L, d, L};
	LwGpuDotOps ops = {.product = pair_product, .ctx = &c};
	LwGpuDotEnd end;
	lw_gpu_idot(l, k, names, ext, 5, &ops,
	            (Access){.buf = acc, .c = {H * L * L, L * L, L, 0, 1}}, &end);
	Expr *rq = lw_requant_i32(l, end.sum, kk, d << 14);
	if (!rq)
		rq = lw_requant_expr(l, lw_widen(p, VT_I64, end.sum), k_const_int(p, VT_I64, kk));
	lw_stmt(l, k, end.seq, ST_ASSIGN, end.cons,
	        (Access){.buf = lw_buf(l, lw_final_out(l, n)), .c = {H * L * L, L * L, L, 0, 1}},
	        rq);
	return k_kernel_finish(k, l->err);
}

/*
 * qattn_pv on the GPU: loops n, h, i (query), k (key m), j (0..d-1):
 * acc = sum_m p(code[n,h,i,m]) v[n,m,2D + h d + j], p = 2^(15 - code)
 * (0 for code 16; code 0 is 2^15 itself, which the CPU's s16 lanes add in
 * two halves), in i32 for L < 512 (|acc| <= 2^15 128 L) like the CPU form,
 * else i64 (lower/qattn.c pv_wide); out[n,i,h d + j] = requant(acc, kk)
 * at the last m.  The d columns of a head on threadIdx.x.
 */
int lw_qattn_pv_gpu(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *cd = n->in[0], *x = n->in[1];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H;
	int64_t kk = ir_node_attr(n, "out_exponent")->i - ir_node_attr(n, "qkv_exponent")->i + 15;
	if (kk < PASS_QSHIFT_MIN || kk > PASS_QSHIFT_MAX)
		return lw_qattn_shift_err(l, n, kk);
	int wide = L >= 512;
	int64_t a3[3] = {NB, L, D};
	Buffer *acc = lw_temp_dims(l, n, LW_GPU_ACC, wide ? DT_I64 : DT_I32, 3, a3);
	Kernel *k = lw_kernel_part(l, n, NULL);
	PairCtx c = {.a = {.buf = lw_buf(l, cd), .c = {H * L * L, L * L, L, 1, 0}},
	             .b = {.buf = lw_buf(l, x), .c = {L * 3 * D, d, 0, 3 * D, 1}, .k = 2 * D},
	             .code = 1};
	static const char *const names[5] = {"n", "h", "i", "k", "j"};
	int64_t ext[5] = {NB, H, L, L, d};
	LwGpuDotOps ops = {.product = pair_product, .ctx = &c};
	LwGpuDotEnd end;
	lw_gpu_idot(l, k, names, ext, 5, &ops, (Access){.buf = acc, .c = {L * D, d, D, 0, 1}},
	            &end);
	Expr *rq = wide ? NULL : lw_requant_i32(l, end.sum, kk, ((int64_t)1 << 22) * L);
	if (!rq)
		rq = lw_requant_expr(l, lw_widen(p, VT_I64, end.sum), k_const_int(p, VT_I64, kk));
	lw_stmt(l, k, end.seq, ST_ASSIGN, end.cons,
	        (Access){.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 0, 1}}, rq);
	return k_kernel_finish(k, l->err);
}
