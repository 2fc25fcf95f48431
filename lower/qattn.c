/*
 * lower/qattn.c - integer attention (docs/quantization.md "Integer
 * attention"): qattn_scores (q kT of the packed int8 q|k|v with 1/sqrt(d)
 * folded into the requantization shift), qsoftmax (FQ-ViT's
 * Log-Int-Softmax: i-exp, integer sums, log2 rounding to 4-bit codes) and
 * qattn_pv (P V as shifts of v by the codes, heads merged).  All in i64
 * where a sum could leave i32.
 */
#include "lower/lower.h"

static Expr *widen(Program *p, ValType t, Expr *e)
{
	return e->type == t ? e : k_cvt(p, t, e);
}

static Expr *ci64(Lower *l, int64_t v)
{
	return k_const_int(l->p, VT_I64, v);
}

static Expr *bin(Lower *l, ExprKind k, Expr *a, Expr *b)
{
	return k_bin(l->p, k, a, b);
}

/* A requantization shift outside [PASS_QSHIFT_MIN, PASS_QSHIFT_MAX]: one line. */
static int shift_err(Lower *l, const Node *n, int64_t k)
{
	return vitc_errf(l->err, "%s: node '%s' (%s): requantization shift %lld outside %d..%d",
	                 l->g->path, n->name, ir_op_name(n->op), (long long)k, PASS_QSHIFT_MIN,
	                 PASS_QSHIFT_MAX);
}

/*
 * qattn_scores: acc[n,h,l,m] = sum_i q[n,l,h d + i] k[n,m,D + h d + i]
 * (i32: |acc| <= d 2^14), then out = requant(acc, es - 2 e + log2(sqrt d)):
 * the scores q kT / sqrt(d) at exponent es.
 */
int lw_qattn_scores(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *x = n->in[0];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H;
	int64_t kk = ir_node_attr(n, "out_exponent")->i - 2 * ir_node_attr(n, "qkv_exponent")->i +
	             pass_qattn_log2_sqrt(d);
	if (kk < PASS_QSHIFT_MIN || kk > PASS_QSHIFT_MAX)
		return shift_err(l, n, kk);
	int64_t a4[4] = {NB, H, L, L};
	Buffer *acc = lw_temp_dims(l, n, "acc", DT_I32, 4, a4);
	Buffer *xb = lw_buf(l, x);
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "h", H);
	in = lw_loop(l, in, "l", L);
	in = lw_loop(l, in, "m", L);
	in = lw_loop(l, in, "i", d);
	Access qa = {.buf = xb, .c = {L * 3 * D, d, 3 * D, 0, 1}};
	Access ka = {.buf = xb, .c = {L * 3 * D, d, 0, 3 * D, 1}, .k = D};
	Access aa = {.buf = acc, .c = {H * L * L, L * L, L, 1, 0}};
	lw_stmt(l, k, in, ST_ASSIGN, "i = 0", aa, bin(l, EX_MUL, k_load(p, qa), k_load(p, ka)));
	lw_stmt(l, k, in, ST_ADD, "i >= 1", aa, bin(l, EX_MUL, k_load(p, qa), k_load(p, ka)));
	LoopNode *e = lw_loop(l, k->root, "en", NB);
	e = lw_loop(l, e, "eh", H);
	e = lw_loop(l, e, "el", L);
	e = lw_loop(l, e, "em", L);
	Access ra = {.buf = acc, .c = {H * L * L, L * L, L, 1}};
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {H * L * L, L * L, L, 1}};
	lw_stmt(l, k, e, ST_ASSIGN, NULL, out,
	        lw_requant_expr(l, widen(p, VT_I64, k_load(p, ra)), ci64(l, kk)));
	return k_kernel_finish(k, l->err);
}

/* The i-exp constants (pass_lis_consts). */
typedef struct {
	int64_t x0, b, c;
} Iexp;

/*
 * i-exp of x - rowmax (i64, <= 0): x' = max(x, N x0), qe = x' / x0 (both
 * negative: the truncating division floors), r = x' - x0 qe, z = r (r + b)
 * + c, e = max(z, 0) << (N - qe).
 */
static Expr *iexp_expr(Lower *l, Expr *x, const Iexp *ic)
{
	x = bin(l, EX_MAX, x, ci64(l, PASS_LIS_N * ic->x0));
	Expr *qe = bin(l, EX_DIV, x, ci64(l, ic->x0));
	Expr *r = bin(l, EX_SUB, x, bin(l, EX_MUL, ci64(l, ic->x0), qe));
	Expr *z = bin(l, EX_ADD, bin(l, EX_MUL, r, bin(l, EX_ADD, r, ci64(l, ic->b))), ci64(l, ic->c));
	return bin(l, EX_SHL, bin(l, EX_MAX, z, ci64(l, 0)), bin(l, EX_SUB, ci64(l, PASS_LIS_N), qe));
}

/*
 * qsoftmax (Log-Int-Softmax) over the last axis (L) of each row:
 * m = rowmax(x) (nest 1); e_j = iexp(x_j - m), S = sum e (nest 2);
 * R = floor((2 S + e_j) / (2 e_j)) (S / e_j rounded half up), f =
 * floor(log2 R) (bit smearing and popcount), code = f + (the bit below the
 * leading one of R), 16 (= zero) where e_j = 0 or code >= 16 (nest 3).
 */
int lw_qsoftmax(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *x = n->in[0];
	int64_t L = x->shape.d[x->shape.rank - 1], NB, R;
	int64_t es = ir_node_attr(n, "exponent")->i;
	Iexp ic;
	pass_lis_consts(es, &ic.x0, &ic.b, &ic.c);
	if (pass_lis_check(es, L))
		return vitc_errf(l->err, "%s: node '%s' (qsoftmax): exponent %lld: the integer "
		                 "exponentials of %lld keys could leave int64", l->g->path, n->name,
		                 (long long)es, (long long)L);
	lw_rows_of(&x->shape, &NB, &R);
	if (R == IR_DIM_N) {
		NB = IR_DIM_N;
		R = 1;
	}
	int64_t m2[2] = {NB, R}, m3[3] = {NB, R, L};
	Buffer *mx = lw_temp_dims(l, n, "max", DT_I32, 2, m2);
	Buffer *sum = lw_temp_dims(l, n, "sum", DT_I64, 2, m2);
	Buffer *eb = lw_temp_dims(l, n, "exp", DT_I64, 3, m3);
	Access xa = {.buf = lw_buf(l, x), .c = {R * L, L, 1}};
	Access ma = {.buf = mx, .c = {R, 1, 0}}, sa = {.buf = sum, .c = {R, 1, 0}};
	Access ea = {.buf = eb, .c = {R * L, L, 1}};
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "i", R);
	in = lw_loop(l, in, "j", L);
	lw_stmt(l, k, in, ST_ASSIGN, "j = 0", ma, k_load(p, xa));
	lw_stmt(l, k, in, ST_MAX, "j >= 1", ma, k_load(p, xa));

	LoopNode *a = lw_loop(l, k->root, "an", NB);
	a = lw_loop(l, a, "ai", R);
	a = lw_loop(l, a, "aj", L);
	Expr *xs[2];
	for (int t = 0; t < 2; t++)
		xs[t] = iexp_expr(l, bin(l, EX_SUB, widen(p, VT_I64, k_load(p, xa)),
		                         widen(p, VT_I64, k_load(p, ma))), &ic);
	lw_stmt(l, k, a, ST_ASSIGN, NULL, ea, xs[0]);
	lw_stmt(l, k, a, ST_ASSIGN, "aj = 0", sa, xs[1]);
	lw_stmt(l, k, a, ST_ADD, "aj >= 1", sa, iexp_expr(l, bin(l, EX_SUB,
	        widen(p, VT_I64, k_load(p, xa)), widen(p, VT_I64, k_load(p, ma))), &ic));

	LoopNode *c = lw_loop(l, k->root, "cn", NB);
	c = lw_loop(l, c, "ci", R);
	c = lw_loop(l, c, "cj", L);
	Expr *ev = k_load(p, ea);
	Expr *Rv = bin(l, EX_DIV, bin(l, EX_ADD, bin(l, EX_MUL, ci64(l, 2), k_load(p, sa)), ev),
	               bin(l, EX_MUL, ci64(l, 2), bin(l, EX_MAX, k_load(p, ea), ci64(l, 1))));
	Expr *t = Rv;
	for (int s = 1; s <= 32; s *= 2)
		t = bin(l, EX_OR, t, bin(l, EX_SHR, t, ci64(l, s)));
	Expr *f = bin(l, EX_SUB, k_un(p, EX_POPCNT, t), ci64(l, 1));
	Expr *below = bin(l, EX_AND, bin(l, EX_SHR, Rv, bin(l, EX_MAX, bin(l, EX_SUB, f, ci64(l, 1)),
	                                                   ci64(l, 0))), ci64(l, 1));
	below = bin(l, EX_AND, below, widen(p, VT_I64, bin(l, EX_GE, f, ci64(l, 1))));
	Expr *code = bin(l, EX_MIN, bin(l, EX_ADD, f, below), ci64(l, PASS_LIS_ZERO));
	code = k_select(p, bin(l, EX_GT, k_load(p, ea), ci64(l, 0)), code, ci64(l, PASS_LIS_ZERO));
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * L, L, 1}};
	lw_stmt(l, k, c, ST_ASSIGN, NULL, out, k_cvt(p, VT_I32, code));
	return k_kernel_finish(k, l->err);
}

/*
 * qattn_pv: acc[n,l,h d + i] = sum_m (code[n,h,l,m] < 16 ? v[n,m,2D + h d
 * + i] << (15 - code) : 0) in i64 (P V at exponent e - 15, the heads
 * merged), then out = requant(acc, ec - e + 15).
 */
int lw_qattn_pv(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *cd = n->in[0], *x = n->in[1];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H;
	int64_t kk = ir_node_attr(n, "out_exponent")->i - ir_node_attr(n, "qkv_exponent")->i + 15;
	if (kk < PASS_QSHIFT_MIN || kk > PASS_QSHIFT_MAX)
		return shift_err(l, n, kk);
	int64_t a3[3] = {NB, L, D};
	Buffer *acc = lw_temp_dims(l, n, "acc", DT_I64, 3, a3);
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "l", L);
	in = lw_loop(l, in, "h", H);
	in = lw_loop(l, in, "m", L);
	in = lw_loop(l, in, "i", d);
	Access ca = {.buf = lw_buf(l, cd), .c = {H * L * L, L, L * L, 1, 0}};
	Access va = {.buf = lw_buf(l, x), .c = {L * 3 * D, 0, d, 3 * D, 1}, .k = 2 * D};
	Access aa = {.buf = acc, .c = {L * D, D, d, 0, 1}};
	Expr *t[2];
	for (int s = 0; s < 2; s++) {
		Expr *code = widen(p, VT_I64, k_load(p, ca));
		Expr *sh = bin(l, EX_SUB, ci64(l, 15), bin(l, EX_MIN, code, ci64(l, 15)));
		Expr *v = bin(l, EX_SHL, widen(p, VT_I64, k_load(p, va)), sh);
		t[s] = k_select(p, bin(l, EX_GT, ci64(l, PASS_LIS_ZERO), code), v, ci64(l, 0));
	}
	lw_stmt(l, k, in, ST_ASSIGN, "m = 0", aa, t[0]);
	lw_stmt(l, k, in, ST_ADD, "m >= 1", aa, t[1]);
	LoopNode *e = lw_loop(l, k->root, "en", NB);
	e = lw_loop(l, e, "el", L);
	e = lw_loop(l, e, "ej", D);
	Access ra = {.buf = acc, .c = {L * D, D, 1}};
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, D, 1}};
	lw_stmt(l, k, e, ST_ASSIGN, NULL, out, lw_requant_expr(l, k_load(p, ra), ci64(l, kk)));
	return k_kernel_finish(k, l->err);
}
