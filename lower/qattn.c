/*
 * lower/qattn.c - integer attention (docs/quantization.md "Integer
 * attention"): qattn_scores (q kT of the packed int8 q|k|v with 1/sqrt(d)
 * folded into the requantization shift), qsoftmax (FQ-ViT's
 * Log-Int-Softmax: i-exp, integer sums, log2 rounding to 4-bit codes) and
 * qattn_pv (P V as shifts of v by the codes, heads merged).  All in i64
 * where a sum could leave i32.
 */
#include <string.h>

#include "lower/lower.h"

static Expr *ci64(Lower *l, int64_t v)
{
	return k_const_int(l->p, VT_I64, v);
}

static Expr *bin(Lower *l, ExprKind k, Expr *a, Expr *b)
{
	return k_bin(l->p, k, a, b);
}

/* A requantization shift outside PASS_QSHIFT_MIN..MAX: one line (also qattn_gpu.c). */
int lw_qattn_shift_err(Lower *l, const Node *n, int64_t k)
{
	return vitc_errf(l->err, "%s: node '%s' (%s): requantization shift %lld outside %d..%d",
	                 l->g->path, n->name, ir_op_name(n->op), (long long)k, PASS_QSHIFT_MIN,
	                 PASS_QSHIFT_MAX);
}

/* p' of a code: 2^(15 - max(code, 1)), 0 for code 16 (qattn_pv's s16 weights). */
static Expr *pv_weight(Lower *l, Expr *code)
{
	Expr *sh = bin(l, EX_SUB, lw_ci32(l, 15), bin(l, EX_MAX, bin(l, EX_MIN, code, lw_ci32(l, 15)),
	                                              lw_ci32(l, 1)));
	return k_select(l->p, bin(l, EX_GT, lw_ci32(l, PASS_LIS_ZERO), code),
	                bin(l, EX_SHL, lw_ci32(l, 1), sh), lw_ci32(l, 0));
}

/*
 * Pairs of the elements g and g + L2 (L2 = ceil(L / 2)) of a reduction
 * dimension of length L as s16 halves, the store "st" under "at": "lo |
 * hi << 16" where g + L2 < L ("kname" is g's loop), "lo" alone where it
 * is not (odd L).  "a" loads element g, the reduction dimension having
 * stride "kstride" in it; "conv" turns a load into the 16-bit value.
 * Pairing g with g + L2 rather than 2g with 2g + 1 keeps the loads moving
 * by one element along g, so the packing vectorizes.
 */
static void pair_stmts(Lower *l, Kernel *k, LoopNode *at, Access st, Access a, int64_t L2,
                       int64_t kstride, const char *kname, int64_t L,
                       Expr *(*conv)(Lower *, Expr *), const char *also)
{
	Access b = a;
	b.k += L2 * kstride;
	Expr *lo = bin(l, EX_AND, conv(l, k_load(l->p, a)), lw_ci32(l, 0xffff));
	Expr *hi = bin(l, EX_SHL, conv(l, k_load(l->p, b)), lw_ci32(l, 16));
	Program *p = l->p;
	lw_stmt(l, k, at, ST_ASSIGN,
	        lw_cons_and(p, arena_printf(&p->arena, "%s + %lld < %lld", kname, (long long)L2,
	                                    (long long)L), also), st, bin(l, EX_OR, lo, hi));
	if (2 * L2 > L)
		lw_stmt(l, k, at, ST_ASSIGN,
		        lw_cons_and(p, arena_printf(&p->arena, "%s + %lld >= %lld", kname,
		                                    (long long)L2, (long long)L), also),
		        st, bin(l, EX_AND, conv(l, k_load(l->p, a)), lw_ci32(l, 0xffff)));
}

static Expr *as_is(Lower *l, Expr *e)
{
	(void)l;
	return e;
}

/*
 * A dot-product matmul nest (lane format "fmt", K_DOT_*) in loops n, h,
 * i, k, j (the float matmul's names, for sch_template_matmul): acc =
 * start + sum_k dot(a, b), with the accesses "a", "b", "acc" given over
 * those five dims and "start" an expression of them (0 when NULL).
 */
static void dot_nest(Lower *l, Kernel *k, const int64_t ext[5], int fmt, Access a, Access b,
                     Access acc, Expr *start)
{
	Program *p = l->p;
	LoopNode *in = lw_loop(l, k->root, "n", ext[0]);
	in = lw_loop(l, lw_loop(l, lw_loop(l, lw_loop(l, in, "h", ext[1]), "i", ext[2]), "k",
	                        ext[3]), "j", ext[4]);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	lw_stmt(l, k, seq, ST_ASSIGN, "k = 0", acc,
	        k_dot(p, fmt, k_load(p, a), k_load(p, b), start ? start : lw_ci32(l, 0)));
	lw_stmt(l, k, seq, ST_ASSIGN, "k >= 1", acc,
	        k_dot(p, fmt, k_load(p, a), k_load(p, b), k_load(p, acc)));
}

/*
 * Quads of the elements g, g + Q, g + 2 Q, g + 3 Q (Q = d / 4) of a
 * reduction dimension as bytes of one i32, the store "st" under "at":
 * "a" loads element g, the dimension having stride "kstride" in it.
 * Unsigned bytes (x + 128, for vpdpbusd's first operand) when "u8",
 * else the signed bytes as they are.  Like pair_stmts, the loads move by
 * one element along g.
 */
static void quad_stmt(Lower *l, Kernel *k, LoopNode *at, Access st, Access a, int64_t Q,
                      int64_t kstride, int u8, const char *cons)
{
	Expr *v = NULL;
	for (int t = 0; t < 4; t++) {
		Access at_t = a;
		at_t.k += t * Q * kstride;
		Expr *e = bin(l, EX_AND, k_load(l->p, at_t), lw_ci32(l, 255));
		if (u8)
			e = bin(l, EX_XOR, e, lw_ci32(l, 128));
		if (t)
			e = bin(l, EX_SHL, e, lw_ci32(l, 8 * t));
		v = v ? bin(l, EX_OR, v, e) : e;
	}
	lw_stmt(l, k, at, ST_ASSIGN, cons, st, v);
}

/*
 * qattn_scores: acc[n,h,l,m] = sum_i q[n,l,h d + i] k[n,m,D + h d + i]
 * (i32: |acc| <= d 2^14), then out = requant(acc, es - 2 e + log2(sqrt d)):
 * the scores q kT / sqrt(d) at exponent es.  With AVX-512 VNNI and 4 | d,
 * q and k are packed in byte quads along i (quad_stmt; q as q + 128
 * unsigned, k signed) and the product is a vpdpbusd matmul started at
 * -128 sum_i k[m,i] per key (what the +128 adds; every step an i32 add
 * modulo 2^32 of a true sum that fits i32, so exact).  Else, with d even, q and k are
 * first packed in s16 pairs along i (pair_stmts; q rows [n,h,l,d/2], k
 * columns [n,h,d/2,m]) and the product is an s16 dot-product matmul
 * (dot_nest: vpmaddwd / vpdpwssd) with the float matmul's default
 * schedule; else the plain nest.
 */
int lw_qattn_scores(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *x = n->in[0];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H, d2 = d / 2;
	int64_t kk = ir_node_attr(n, "out_exponent")->i - 2 * ir_node_attr(n, "qkv_exponent")->i +
	             pass_qattn_log2_sqrt(d);
	if (kk < PASS_QSHIFT_MIN || kk > PASS_QSHIFT_MAX)
		return lw_qattn_shift_err(l, n, kk);
	/* the keys padded to whole vectors (Lp) in the VNNI path: no masked column tail */
	int quads = l->tgt->vnni && d % 4 == 0 && lw_qdot_format(l, d) == K_DOT_U8S8;
	int pairs = !quads && d % 2 == 0;
	int64_t V = l->tgt->f32_lanes > 0 ? l->tgt->f32_lanes : 4;
	int64_t Lp = quads || pairs ? (L + V - 1) / V * V : L;
	int64_t a4[4] = {NB, H, L, Lp};
	Buffer *acc = lw_temp_dims(l, n, "acc", DT_I32, 4, a4);
	Buffer *xb = lw_buf(l, x);
	Kernel *k = lw_kernel_part(l, n, NULL);
	if (quads) {
		int64_t Q = d / 4, q4[4] = {NB, H, L, Q}, k4[4] = {NB, H, Q, Lp}, s3[3] = {NB, H, Lp};
		int64_t ext[5] = {NB, H, L, Q, Lp};
		Buffer *qp = lw_temp_dims(l, n, "qu8", DT_I32, 4, q4);
		Buffer *kp = lw_temp_dims(l, n, "ks8", DT_I32, 4, k4);
		Buffer *ks = lw_temp_dims(l, n, "ksum", DT_I32, 3, s3);
		LoopNode *in = lw_loop(l, k->root, "qn", NB);
		in = lw_loop(l, lw_loop(l, lw_loop(l, in, "qh", H), "ql", L), "qg", Q);
		quad_stmt(l, k, in, (Access){.buf = qp, .c = {H * L * Q, L * Q, Q, 1}},
		          (Access){.buf = xb, .c = {L * 3 * D, d, 3 * D, 1}}, Q, 1, 1, NULL);
		in = lw_loop(l, k->root, "kn", NB);
		in = lw_loop(l, lw_loop(l, lw_loop(l, in, "kh", H), "kg", Q), "km", Lp);
		Access kpa = {.buf = kp, .c = {H * Q * Lp, Q * Lp, Lp, 1}};
		char *real = arena_printf(&p->arena, "km < %lld", (long long)L);
		quad_stmt(l, k, in, kpa, (Access){.buf = xb, .c = {L * 3 * D, d, 1, 3 * D}, .k = D}, Q,
		          1, 0, real);
		if (Lp > L)
			lw_stmt(l, k, in, ST_ASSIGN, arena_printf(&p->arena, "km >= %lld", (long long)L),
			        kpa, lw_ci32(l, 0));
		/* 128 sum_i k[m, i]: what the q + 128 bytes add to each score (0 for a pad key) */
		LoopNode *row = k_seq(p);
		k_append(p, lw_loop(l, lw_loop(l, lw_loop(l, k->root, "sn", NB), "sh", H), "sm", Lp),
		         row);
		Access ka = {.buf = ks, .c = {H * Lp, Lp, 1}};
		lw_stmt(l, k, row, ST_ASSIGN, NULL, ka, lw_ci32(l, 0));
		lw_stmt(l, k, lw_loop(l, row, "si", d), ST_ADD,
		        arena_printf(&p->arena, "sm < %lld", (long long)L),
		        (Access){.buf = ks, .c = {H * Lp, Lp, 1, 0}},
		        k_load(p, (Access){.buf = xb, .c = {L * 3 * D, d, 3 * D, 1}, .k = D}));
		Expr *start = bin(l, EX_MUL, lw_ci32(l, -128),
		                  k_load(p, (Access){.buf = ks, .c = {H * Lp, Lp, 0, 0, 1}}));
		dot_nest(l, k, ext, K_DOT_U8S8, (Access){.buf = qp, .c = {H * L * Q, L * Q, Q, 1, 0}},
		         (Access){.buf = kp, .c = {H * Q * Lp, Q * Lp, 0, Lp, 1}},
		         (Access){.buf = acc, .c = {H * L * Lp, L * Lp, Lp, 0, 1}}, start);
	} else if (pairs) {
		int64_t q4[4] = {NB, H, L, d2}, k4[4] = {NB, H, d2, Lp}, ext[5] = {NB, H, L, d2, Lp};
		Buffer *qp = lw_temp_dims(l, n, "q16", DT_I32, 4, q4);
		Buffer *kp = lw_temp_dims(l, n, "k16", DT_I32, 4, k4);
		LoopNode *in = lw_loop(l, k->root, "qn", NB);
		in = lw_loop(l, lw_loop(l, lw_loop(l, in, "qh", H), "ql", L), "qg", d2);
		pair_stmts(l, k, in, (Access){.buf = qp, .c = {H * L * d2, L * d2, d2, 1}},
		           (Access){.buf = xb, .c = {L * 3 * D, d, 3 * D, 1}}, d2, 1, "qg", d, as_is,
		           NULL);
		in = lw_loop(l, k->root, "kn", NB);
		in = lw_loop(l, lw_loop(l, lw_loop(l, in, "kh", H), "kg", d2), "km", Lp);
		Access kpa = {.buf = kp, .c = {H * d2 * Lp, d2 * Lp, Lp, 1}};
		pair_stmts(l, k, in, kpa, (Access){.buf = xb, .c = {L * 3 * D, d, 1, 3 * D}, .k = D},
		           d2, 1, "kg", d, as_is, arena_printf(&p->arena, "km < %lld", (long long)L));
		if (Lp > L)   /* pad keys: whole vectors, no masked column tail */
			lw_stmt(l, k, in, ST_ASSIGN, arena_printf(&p->arena, "km >= %lld", (long long)L),
			        kpa, lw_ci32(l, 0));
		dot_nest(l, k, ext, K_DOT_S16, (Access){.buf = qp, .c = {H * L * d2, L * d2, d2, 1, 0}},
		         (Access){.buf = kp, .c = {H * d2 * Lp, d2 * Lp, 0, Lp, 1}},
		         (Access){.buf = acc, .c = {H * L * Lp, L * Lp, Lp, 0, 1}}, NULL);
	} else {
		LoopNode *in = lw_loop(l, k->root, "n", NB);
		in = lw_loop(l, lw_loop(l, lw_loop(l, lw_loop(l, in, "h", H), "i", L), "j", L), "k", d);
		Access qa = {.buf = xb, .c = {L * 3 * D, d, 3 * D, 0, 1}};
		Access ka = {.buf = xb, .c = {L * 3 * D, d, 0, 3 * D, 1}, .k = D};
		Access aa = {.buf = acc, .c = {H * L * L, L * L, L, 1, 0}};
		lw_stmt(l, k, in, ST_ASSIGN, "k = 0", aa, bin(l, EX_MUL, k_load(p, qa), k_load(p, ka)));
		lw_stmt(l, k, in, ST_ADD, "k >= 1", aa, bin(l, EX_MUL, k_load(p, qa), k_load(p, ka)));
	}
	LoopNode *e = lw_loop(l, k->root, "en", NB);
	e = lw_loop(l, lw_loop(l, lw_loop(l, e, "eh", H), "ei", L), "ej", L);
	Access ra = {.buf = acc, .c = {H * L * Lp, L * Lp, Lp, 1}};
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {H * L * L, L * L, L, 1}};
	/* |acc| <= d 2^14: the requantization fits i32 */
	Expr *rq = lw_requant_i32(l, k_load(p, ra), kk, d << 14);
	lw_stmt(l, k, e, ST_ASSIGN, NULL, out,
	        rq ? rq : lw_requant_expr(l, lw_widen(p, VT_I64, k_load(p, ra)), ci64(l, kk)));
	if (quads || pairs) {
		SchMatmulShape sh = {.nb = 2, .bname = {"n", "h"}, .bext = {NB, H}, .M = L,
		                     .K = quads ? d / 4 : d2, .P = Lp, .epilogue = 1,
		                     .temps = !l->tgt->vnni, .tail = 1, .epi_rows = 1,
		                     .rows_fused = 1};
		/* the packing nests (and the VNNI key sums) over the threads by rows too: they
		   ran on one thread, a third of DeiT-Tiny's P V on two */
		static const char *const prep[3][3] = {
			{"qn", "qh", "ql"}, {"kn", "kh", "kg"}, {"sn", "sh", "sm"}};
		const char *sc = sch_template_matmul(l->tgt, &p->arena, &sh);
		for (int i = 0; i < (quads ? 3 : 2); i++)
			sc = sch_rows_around(l->tgt, &p->arena, sc, 3, prep[i]);
		lw_schedule(l, k, sc);
	}
	return k_kernel_finish(k, l->err);
}

/* The i-exp constants (pass_lis_consts). */
typedef struct {
	int64_t x0, b, c;
} Iexp;

/*
 * i-exp of x - rowmax (in -255..0) in i32, as e = z << s: x' = max(x, N
 * x0), qe = x' / x0 (both negative: the truncating division floors; a
 * division by a constant, which vectorizes in i32), r = x' - x0 qe, z =
 * max(r (r + b) + c, 0), s = N - qe (0..N).  |r| < |x0| and z <= c < 2^30
 * (pass_lis_check), so nothing leaves i32; e itself needs i64.
 */
static void iexp_parts(Lower *l, Expr *x, const Iexp *ic, Expr **z, Expr **s)
{
	x = bin(l, EX_MAX, x, lw_ci32(l, PASS_LIS_N * ic->x0));
	Expr *qe = bin(l, EX_DIV, x, lw_ci32(l, ic->x0));
	Expr *r = bin(l, EX_SUB, x, bin(l, EX_MUL, lw_ci32(l, ic->x0), qe));
	*z = bin(l, EX_MAX, bin(l, EX_ADD, bin(l, EX_MUL, r, bin(l, EX_ADD, r, lw_ci32(l, ic->b))),
	                        lw_ci32(l, ic->c)), lw_ci32(l, 0));
	*s = bin(l, EX_SUB, lw_ci32(l, PASS_LIS_N), qe);
}

/* A non-negative i32 "v" as i64 (masked, so that LLVM sees the high half is zero). */
static Expr *wide_pos(Lower *l, Expr *v)
{
	return bin(l, EX_AND, lw_widen(l->p, VT_I64, v), ci64(l, 0x7fffffff));
}

/*
 * The code of a ratio R >= 1 (i32): min(f + the bit below the leading
 * one, 16), f = floor(log2 R) = 31 - clz(R) (one vplzcntd with AVX-512CD).
 */
static Expr *code_of(Lower *l, Expr *r)
{
	Program *p = l->p;
	Expr *f = bin(l, EX_SUB, lw_ci32(l, 31), k_un(p, EX_CLZ, r));
	Expr *fm1 = bin(l, EX_MAX, bin(l, EX_SUB, f, lw_ci32(l, 1)), lw_ci32(l, 0));
	Expr *below = bin(l, EX_AND, bin(l, EX_SHR, r, fm1), lw_ci32(l, 1));
	below = bin(l, EX_AND, below, bin(l, EX_GE, f, lw_ci32(l, 1)));
	return bin(l, EX_MIN, bin(l, EX_ADD, f, below), lw_ci32(l, PASS_LIS_ZERO));
}

/*
 * The code of R = floor(X / Y), X = 2 S + e, Y = 2 e (e = z << s, z >= 1),
 * without an i64 division (none vectorizes on x86): code(R) = min(f +
 * (the bit below the leading one of R), 16), f = floor(log2 R), so code >=
 * c iff R >= T_c, T_1 = 2 and T_c = 3 2^(c-2) for c >= 2.
 *
 * "q" is the f32 quotient (2 f32(S) + ef) / (2 ef), ef = f32(z) 2^s: each
 * of f32(S), f32(z), the sum and the quotient rounds once (2^-24
 * relative), so |q / r - 1| < 2^-21 for r = X / Y.  ql = q (1 - 2^-20)
 * (the factor exact in f32, the product rounded once) then lies in
 * (r (1 - 2^-19), r): R0 = floor(ql) clamped to [0, 2^16] is at most R,
 * and c0 = code(R0) is code(R) or code(R) - 1: were code(R) >= c0 + 2
 * (c0 <= 14), R >= T = T_(c0+2) <= 3 2^14 and ql > T (1 - 2^-19) > T - 1,
 * so R0 >= T - 1 >= T_(c0+1) and code(R0) >= c0 + 1.  (R0 clamped to 2^16:
 * c0 = 16 = code(R).)  So code = min(c0 + [R >= T'], 16), T' = T_(c0+1),
 * and R >= T' iff X >= T' Y iff 2 S >= (2 T' - 1) z 2^s iff (2 S) >> s >=
 * (2 T' - 1) z (the right side an integer): 2 T' - 1 = max(3 2^c0 - 1, 3)
 * < 2^18, z < 2^30, 2 S < 2^62, so one 32 x 32 -> 64-bit multiply, one i64
 * shift and compare.  (The check for R itself, R0 - [Y R0 > X] + [Y R0 +
 * Y <= X], took two i64 compares and more shifts: 37% of the kernel.)
 * Garbage where z = 0 (the caller selects code 16 there).  i32.
 */
static Expr *code_expr(Lower *l, Expr *S, Expr *z, Expr *s, Expr *q)
{
	Program *p = l->p;
	Expr *ql = bin(l, EX_MUL, q, k_const(p, 1.0f - 0x1p-20f));
	Expr *r0 = bin(l, EX_MAX, bin(l, EX_MIN, k_cvt(p, VT_I32, ql), lw_ci32(l, 1 << 16)),
	               lw_ci32(l, 0));
	Expr *c0 = code_of(l, r0);
	Expr *t = bin(l, EX_MAX, bin(l, EX_SUB, bin(l, EX_SHL, lw_ci32(l, 3), c0), lw_ci32(l, 1)),
	              lw_ci32(l, 3));
	Expr *u = bin(l, EX_SHR, bin(l, EX_MUL, ci64(l, 2), S), lw_widen(p, VT_I64, s));
	Expr *up = bin(l, EX_GE, u, bin(l, EX_MUL, wide_pos(l, t), wide_pos(l, z)));
	return bin(l, EX_MIN, bin(l, EX_ADD, c0, up), lw_ci32(l, PASS_LIS_ZERO));
}

/*
 * qsoftmax where the thresholds below do not apply (some w of lis_table
 * needs 32 bits: exponents above -4 or below -14), one row at a time
 * (rows over the threads, the columns in 16-lane vectors): m = rowmax(x);
 * e_j = iexp(x_j - m) = z_j << s_j (iexp_parts, i32), S = sum e (i64);
 * R = floor((2 S + e_j) / (2 e_j)) (S / e_j rounded half up), code =
 * min(f + (the bit below the leading one of R), 16), f = floor(log2 R)
 * (16 = zero; code_expr: from the f32 estimate of R and one exact i64
 * check), 16 where e_j = 0.
 * Every vectorized loop holds one statement, so that each runs on whole
 * vectors (backends/vector_llvm.c: one statement per vector loop, the row
 * sum in a vector accumulator): the i-exp is recomputed from x where it
 * is needed (a few i32 operations, cheaper than storing and reloading
 * z and s).
 */
static int qsoftmax_estimate(Lower *l, const Node *n, const Iexp *pic, int64_t NB, int64_t R,
                             int64_t L)
{
	Program *p = l->p;
	const Tensor *x = n->in[0];
	Iexp ic = *pic;
	int64_t m2[2] = {NB, R};
	Buffer *mx = lw_temp_dims(l, n, "max", DT_I32, 2, m2);
	Buffer *sum = lw_temp_dims(l, n, "sum", DT_I64, 2, m2);
	Buffer *sumf = lw_temp_dims(l, n, "sum_f32", DT_F32, 2, m2);
	Access xa = {.buf = lw_buf(l, x), .c = {R * L, L, 1}};
	Access ma = {.buf = mx, .c = {R, 1}}, sa = {.buf = sum, .c = {R, 1}};
	Access sfa = {.buf = sumf, .c = {R, 1}};
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *row = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, k->root, "n", NB), "r", R), row);

	lw_stmt(l, k, row, ST_ASSIGN, NULL, ma, lw_ci32(l, -128));
	lw_stmt(l, k, lw_loop(l, row, "cm", L), ST_MAX, NULL, ma, k_load(p, xa));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, sa, ci64(l, 0));
	Expr *z, *sh;
	iexp_parts(l, bin(l, EX_SUB, k_load(p, xa), k_load(p, ma)), &ic, &z, &sh);
	lw_stmt(l, k, lw_loop(l, row, "ce", L), ST_ADD, NULL, sa,
	        bin(l, EX_SHL, wide_pos(l, z), lw_widen(p, VT_I64, sh)));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, sfa, k_cvt(p, VT_F32, k_load(p, sa)));

	iexp_parts(l, bin(l, EX_SUB, k_load(p, xa), k_load(p, ma)), &ic, &z, &sh);
	Expr *ef = bin(l, EX_MUL, k_cvt(p, VT_F32, z),
	               k_cvt(p, VT_F32, bin(l, EX_SHL, lw_ci32(l, 1), sh)));
	ef = bin(l, EX_MAX, ef, k_const(p, 1.0f));
	Expr *q = bin(l, EX_DIV, bin(l, EX_ADD, bin(l, EX_MUL, k_const(p, 2.0f), k_load(p, sfa)),
	                                ef), bin(l, EX_MUL, k_const(p, 2.0f), ef));
	Expr *code = k_select(p, bin(l, EX_GT, z, lw_ci32(l, 0)),
	                      code_expr(l, k_load(p, sa), z, sh, q), lw_ci32(l, PASS_LIS_ZERO));
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * L, L, 1}};
	lw_stmt(l, k, lw_loop(l, row, "c", L), ST_ASSIGN, NULL, out, code);
	lw_schedule(l, k, arena_printf(&p->arena, "split(cm,16); split(ce,16); split(c,16); "
	                               "vectorize(cm.i); vectorize(ce.i); vectorize(c.i)%s",
	                               R >= 8 ? "; parallel(r)" : ""));
	return k_kernel_finish(k, l->err);
}

/*
 * The i-exp of every x - rowmax = -d (d in 0..255, all an int8 row can
 * hold) at compile time, scaled to one exponent: e(-d) = w[d] << (N -
 * qmax), w[d] = z << (qmax - qe) (iexp_parts' z and qe), qmax the largest
 * qe; wmax the largest w, wmin the smallest nonzero one; "zero": some z
 * is 0; "clip": some r (r + b) + c is negative; "clamp": max(x, N x0)
 * changes some x.
 */
typedef struct {
	int64_t w[256], wmax, wmin;
	int qmax, zero, clip, clamp;
} LisTable;

static void lis_table(const Iexp *ic, LisTable *t)
{
	int64_t qe[256], z[256];
	memset(t, 0, sizeof *t);
	for (int d = 0; d < 256; d++) {
		int64_t x = -d, xl = x > PASS_LIS_N * ic->x0 ? x : PASS_LIS_N * ic->x0;
		t->clamp |= xl != x;
		qe[d] = xl / ic->x0;
		int64_t r = xl - ic->x0 * qe[d];
		z[d] = r * (r + ic->b) + ic->c;
		t->clip |= z[d] < 0;
		z[d] = z[d] > 0 ? z[d] : 0;
		t->zero |= z[d] == 0;
		t->qmax = qe[d] > t->qmax ? (int)qe[d] : t->qmax;
	}
	for (int d = 0; d < 256; d++) {
		t->w[d] = z[d] << (t->qmax - qe[d]);
		t->wmax = t->w[d] > t->wmax ? t->w[d] : t->wmax;
		if (t->w[d] && (!t->wmin || t->w[d] < t->wmin))
			t->wmin = t->w[d];
	}
}

/*
 * w of "x" = x - rowmax (i32, lis_table): z << (qmax - qe).  For qmax <= 2
 * qe is a count of compares (x <= q x0, q = 1..qmax: x / x0 >= q), cheaper
 * than the division by x0; the clamp and the max with 0 only where the
 * table shows they change something.
 */
static Expr *iexp_w(Lower *l, Expr *x, const Iexp *ic, const LisTable *t)
{
	if (t->clamp)
		x = bin(l, EX_MAX, x, lw_ci32(l, PASS_LIS_N * ic->x0));
	Expr *r = x, *sh = NULL;
	if (t->qmax <= 2) {
		for (int q = 1; q <= t->qmax; q++) {
			Expr *in = bin(l, EX_GE, lw_ci32(l, q * ic->x0), x);
			r = bin(l, EX_SUB, r, k_select(l->p, in, lw_ci32(l, ic->x0), lw_ci32(l, 0)));
			Expr *out = bin(l, EX_GT, x, lw_ci32(l, q * ic->x0));
			sh = sh ? bin(l, EX_ADD, sh, out) : out;
		}
	} else {
		Expr *qe = bin(l, EX_DIV, x, lw_ci32(l, ic->x0));
		r = bin(l, EX_SUB, x, bin(l, EX_MUL, lw_ci32(l, ic->x0), qe));
		sh = bin(l, EX_SUB, lw_ci32(l, t->qmax), qe);
	}
	Expr *z = bin(l, EX_ADD, bin(l, EX_MUL, r, bin(l, EX_ADD, r, lw_ci32(l, ic->b))),
	              lw_ci32(l, ic->c));
	if (t->clip)
		z = bin(l, EX_MAX, z, lw_ci32(l, 0));
	return sh ? bin(l, EX_SHL, z, sh) : z;
}

/* 2 T_c - 1 of the code thresholds T_1 = 2, T_c = 3 2^(c-2) (c = 1..16). */
static int64_t lis_t2(int c)
{
	return c == 1 ? 3 : 3 * ((int64_t)1 << (c - 1)) - 1;
}

/*
 * The most by which a code of a row can exceed that of a key of w = wmax
 * (qsoftmax_thresholds): the largest j (1..16) with (2 T_(c0+j) - 1) wmin
 * < (2 T_(c0+1) - 1) wmax for some c0 in 0..16-j.
 */
static int lis_span(const LisTable *t)
{
	int K = 1;
	for (int j = 2; j <= 16; j++)
		for (int c0 = 0; c0 + j <= 16; c0++)
			if (lis_t2(c0 + j) * t->wmin < lis_t2(c0 + 1) * t->wmax)
				K = j;
	return K;
}

/*
 * qsoftmax (Log-Int-Softmax) over the last axis (L) of each row, one row
 * at a time (rows over the threads, the columns in vectors): m =
 * rowmax(x); e_j = iexp(x_j - m) = w_j << (N - qmax) (lis_table, iexp_w),
 * so S = sum e = W << (N - qmax), W = sum w (i32 where (2 L + 1) wmax <
 * 2^31, else i64), and with P = 2 W:
 *
 * code_j >= c (c = 1..16) iff R_j >= T_c (T_1 = 2, T_c = 3 2^(c-2): code =
 * min(f + the bit below the leading one of R, 16), f = floor(log2 R))
 * iff 2 S + e_j >= 2 T_c e_j iff P >= (2 T_c - 1) w_j iff w_j <= Q_c =
 * floor(P / (2 T_c - 1)) (w_j, 2 T_c - 1 >= 1 integers), so code_j = #{c :
 * w_j <= Q_c}, monotone in w_j.  Per row, c0 = the code of a key of w =
 * wmax (code_of of R0 = max(floor((P + wmax) / 2 wmax), 1): R0 = 0 and 1
 * both mean code 0) is at most every code of the row (w_j <= wmax).  For
 * c0 < 16, P < (2 T_(c0+1) - 1) wmax, and code_j >= c0 + j needs P >= (2
 * T_(c0+j) - 1) w_j >= (2 T_(c0+j) - 1) wmin; so with K the largest j
 * (1..16) for which some c0 has (2 T_(c0+j) - 1) wmin < (2 T_(c0+1) - 1)
 * wmax (lis_span: 2 at DeiT's exponents -8 and -9), code_j = c0 +
 * sum_(j=1..K) [w_j <= Q_(c0+j)] for w_j > 0, where Q_c = -1 for c > 16
 * (never counted).  Where z = 0 (e = 0) the code is 16.  Exact: no
 * rounding anywhere; per key the i-exp and K i32 compares, per row K
 * divisions.
 */
static int qsoftmax_thresholds(Lower *l, const Node *n, const Iexp *ic, const LisTable *t,
                               int64_t NB, int64_t R, int64_t L)
{
	Program *p = l->p;
	const Tensor *x = n->in[0];
	int K = lis_span(t);
	int narrow = (2 * L + 1) * t->wmax < ((int64_t)1 << 31);
	ValType st = narrow ? VT_I32 : VT_I64;
	int64_t m2[2] = {NB, R}, q3[3] = {NB, R, K};
	Buffer *mx = lw_temp_dims(l, n, "max", DT_I32, 2, m2);
	Buffer *sum = lw_temp_dims(l, n, "sum", narrow ? DT_I32 : DT_I64, 2, m2);
	Buffer *c0b = lw_temp_dims(l, n, "c0", DT_I32, 2, m2);
	Buffer *qb = lw_temp_dims(l, n, "q", DT_I32, 3, q3);
	Access xa = {.buf = lw_buf(l, x), .c = {R * L, L, 1}};
	Access ma = {.buf = mx, .c = {R, 1}}, sa = {.buf = sum, .c = {R, 1}};
	Access ca = {.buf = c0b, .c = {R, 1}};
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *row = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, k->root, "n", NB), "r", R), row);

	/* the whole vectors of a row, then the rest: no lane mask in the main loops */
	int64_t L16 = L / 16 * 16, ext[2] = {L16, L - L16};
	lw_stmt(l, k, row, ST_ASSIGN, NULL, ma, lw_ci32(l, -128));
	for (int part = 0; part < 2; part++) {
		Access xp = xa;
		xp.k = part * L16;
		if (ext[part])
			lw_stmt(l, k, lw_loop(l, row, part ? "cmt" : "cm", ext[part]), ST_MAX, NULL, ma,
			        k_load(p, xp));
	}
	lw_stmt(l, k, row, ST_ASSIGN, NULL, sa, k_const_int(p, st, 0));
	for (int part = 0; part < 2; part++) {
		Access xp = xa;
		xp.k = part * L16;
		Expr *w = iexp_w(l, bin(l, EX_SUB, k_load(p, xp), k_load(p, ma)), ic, t);
		if (ext[part])
			lw_stmt(l, k, lw_loop(l, row, part ? "cet" : "ce", ext[part]), ST_ADD, NULL, sa,
			        narrow ? w : wide_pos(l, w));
	}

	Expr *P = bin(l, EX_MUL, k_const_int(p, st, 2), k_load(p, sa));
	Expr *r0 = bin(l, EX_DIV, bin(l, EX_ADD, P, k_const_int(p, st, t->wmax)),
	               k_const_int(p, st, 2 * t->wmax));
	r0 = bin(l, EX_MAX, lw_widen(p, VT_I32, r0), lw_ci32(l, 1));
	lw_stmt(l, k, row, ST_ASSIGN, NULL, ca, code_of(l, r0));
	for (int j = 1; j <= K; j++) {
		Expr *cj = bin(l, EX_ADD, k_load(p, ca), lw_ci32(l, j));
		Expr *dv = bin(l, EX_SUB, bin(l, EX_SHL, lw_ci32(l, 3),
		                              bin(l, EX_SUB, bin(l, EX_MIN, cj, lw_ci32(l, 16)),
		                                  lw_ci32(l, 1))), lw_ci32(l, 1));
		dv = bin(l, EX_MAX, dv, lw_ci32(l, 3));
		Expr *q = bin(l, EX_DIV, bin(l, EX_MUL, k_const_int(p, st, 2), k_load(p, sa)),
		              lw_widen(p, st, dv));
		if (!narrow)
			q = lw_widen(p, VT_I32, bin(l, EX_MIN, q, ci64(l, INT32_MAX)));
		q = k_select(p, bin(l, EX_GT, cj, lw_ci32(l, 16)), lw_ci32(l, -1), q);
		lw_stmt(l, k, row, ST_ASSIGN, NULL, (Access){.buf = qb, .c = {R * K, K}, .k = j - 1}, q);
	}

	for (int part = 0; part < 2; part++) {
		Access xp = xa, out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {R * L, L, 1}};
		xp.k = out.k = part * L16;
		Expr *w = iexp_w(l, bin(l, EX_SUB, k_load(p, xp), k_load(p, ma)), ic, t);
		Expr *code = k_load(p, ca);
		for (int j = 1; j <= K; j++)
			code = bin(l, EX_ADD, code,
			           bin(l, EX_GE, k_load(p, (Access){.buf = qb, .c = {R * K, K, 0},
			                                           .k = j - 1}), w));
		if (t->zero)
			code = k_select(p, bin(l, EX_GT, w, lw_ci32(l, 0)), code,
			                lw_ci32(l, PASS_LIS_ZERO));
		if (ext[part])
			lw_stmt(l, k, lw_loop(l, row, part ? "ct" : "c", ext[part]), ST_ASSIGN, NULL, out,
			        code);
	}
	char *sc = arena_printf(&p->arena, "%s", "");
	for (int v = 0; v < 2; v++)
		for (int part = 0; part < 2; part++)
			for (int c = 0; c < 3 && ext[part]; c++)
				sc = arena_printf(&p->arena, "%s%s%s(%s%s%s)", sc, *sc ? "; " : "",
				                  v ? "vectorize" : "split", (const char *[]){"cm", "ce", "c"}[c],
				                  part ? "t" : "", v ? ".i" : ",16");
	lw_schedule(l, k, arena_printf(&p->arena, "%s%s", sc, R >= 8 ? "; parallel(r)" : ""));
	return k_kernel_finish(k, l->err);
}

/*
 * qsoftmax: the exact thresholds where every e_j fits 31 bits at one
 * exponent (qsoftmax_thresholds), else the f32 estimate corrected exactly
 * (qsoftmax_estimate).
 */
int lw_qsoftmax(Lower *l, const Node *n)
{
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
	LisTable t;
	lis_table(&ic, &t);
	if (t.wmax < ((int64_t)1 << 31))
		return qsoftmax_thresholds(l, n, &ic, &t, NB, R, L);
	return qsoftmax_estimate(l, n, &ic, NB, R, L);
}

/*
 * qattn_pv for rows of 512 keys or more, where P V may leave i32: p =
 * 2^(15 - code) (0 for code 16) made first (i64 [n,h,l,m]), then an i64
 * matmul of p by v with the float matmul's default schedule (batch n, h;
 * rows l; k = m; columns i), then the requantization by "kk".
 */
static int pv_wide(Lower *l, const Node *n, int64_t kk)
{
	Program *p = l->p;
	const Tensor *cd = n->in[0], *x = n->in[1];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H;
	DType at = DT_I64;
	ValType av = VT_I64;
	int64_t a3[3] = {NB, L, D}, p4[4] = {NB, H, L, L};
	Buffer *acc = lw_temp_dims(l, n, "acc", at, 3, a3);
	Buffer *pw = lw_temp_dims(l, n, "p", at, 4, p4);
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, k->root, "pn", NB);
	in = lw_loop(l, lw_loop(l, lw_loop(l, in, "ph", H), "pl", L), "pm", L);
	Expr *code = k_load(p, (Access){.buf = lw_buf(l, cd), .c = {H * L * L, L * L, L, 1}});
	Expr *sh = bin(l, EX_SUB, lw_ci32(l, 15), bin(l, EX_MIN, code, lw_ci32(l, 15)));
	Expr *pv = k_select(p, bin(l, EX_GT, lw_ci32(l, PASS_LIS_ZERO), code),
	                    bin(l, EX_SHL, lw_ci32(l, 1), sh), lw_ci32(l, 0));
	lw_stmt(l, k, in, ST_ASSIGN, NULL, (Access){.buf = pw, .c = {H * L * L, L * L, L, 1}},
	        lw_widen(p, av, pv));

	in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, lw_loop(l, lw_loop(l, lw_loop(l, in, "h", H), "i", L), "k", L), "j", d);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access pa = {.buf = pw, .c = {H * L * L, L * L, L, 1, 0}};
	Access va = {.buf = lw_buf(l, x), .c = {L * 3 * D, d, 0, 3 * D, 1}, .k = 2 * D};
	Access aa = {.buf = acc, .c = {L * D, d, D, 0, 1}};
	Expr *t[2];
	for (int s = 0; s < 2; s++)
		t[s] = bin(l, EX_MUL, k_load(p, pa), lw_widen(p, av, k_load(p, va)));
	lw_stmt(l, k, seq, ST_ASSIGN, "k = 0", aa, t[0]);
	lw_stmt(l, k, seq, ST_ADD, "k >= 1", aa, t[1]);

	LoopNode *e = lw_loop(l, k->root, "en", NB);
	e = lw_loop(l, lw_loop(l, lw_loop(l, e, "eh", H), "ei", L), "ej", d);
	Access ra = {.buf = acc, .c = {L * D, d, D, 1}};
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 1}};
	lw_stmt(l, k, e, ST_ASSIGN, NULL, out,
	        lw_requant_expr(l, lw_widen(p, VT_I64, k_load(p, ra)), ci64(l, kk)));
	SchMatmulShape msh = {.nb = 2, .bname = {"n", "h"}, .bext = {NB, H}, .M = L, .K = L,
	                      .P = d, .epilogue = 1, .temps = 1};
	const char *tmpl = sch_template_matmul(l->tgt, &p->arena, &msh);
	lw_schedule(l, k, arena_printf(&p->arena, "split(pm,16); %s%svectorize(pm.i)", tmpl,
	                               *tmpl ? "; " : ""));
	return k_kernel_finish(k, l->err);
}

/*
 * qattn_pv: acc[n,l,h d + i] = sum_m p[n,h,l,m] v[n,m,2D + h d + i], p =
 * 2^(15 - code) (0 for code 16) (P V at exponent e - 15, the heads
 * merged), then out = requant(acc, ec - e + 15), in i32 (|acc| <= 2^15
 * 128 L < 2^31 for L < 512; longer rows: pv_wide).
 *
 * As an s16 dot product (vpmaddwd / vpdpwssd): keys m and m + L2 paired in
 * one i32 (pp [n,h,l,L2] of p' = 2^(15 - max(code, 1)), vp [n,h,L2,d] of v;
 * both loads move by one element, so the packing vectorizes), an integer
 * matmul of the two with the float matmul's default schedule.  p' is p
 * except for code 0 (p = 2^15 does not fit s16): at most one key of a row
 * has code 0 (R <= 1 means e > 2 S / 3), found per row as z0 (-1: none),
 * and the epilogue adds its missing 2^14 v[z0].
 */
int lw_qattn_pv(Lower *l, const Node *n)
{
	Program *p = l->p;
	const Tensor *cd = n->in[0], *x = n->in[1];
	int64_t NB = x->shape.d[0], L = x->shape.d[1], D = x->shape.d[2] / 3;
	int64_t H = ir_node_attr(n, "num_heads")->i, d = D / H, L2 = (L + 1) / 2;
	int64_t kk = ir_node_attr(n, "out_exponent")->i - ir_node_attr(n, "qkv_exponent")->i + 15;
	if (kk < PASS_QSHIFT_MIN || kk > PASS_QSHIFT_MAX)
		return lw_qattn_shift_err(l, n, kk);
	if (L >= 512)
		return pv_wide(l, n, kk);
	int64_t a3[3] = {NB, L, D}, p4[4] = {NB, H, L, L2}, v4[4] = {NB, H, L2, d};
	int64_t z3[3] = {NB, H, L};
	Buffer *acc = lw_temp_dims(l, n, "acc", DT_I32, 3, a3);
	Buffer *pp = lw_temp_dims(l, n, "p16", DT_I32, 4, p4);
	Buffer *vp = lw_temp_dims(l, n, "v16", DT_I32, 4, v4);
	Buffer *zb = lw_temp_dims(l, n, "z0", DT_I32, 3, z3);
	Buffer *cb = lw_buf(l, cd), *xb = lw_buf(l, x);
	Kernel *k = lw_kernel_part(l, n, NULL);

	LoopNode *row = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, lw_loop(l, k->root, "zn", NB), "zh", H), "zl", L), row);
	Access za = {.buf = zb, .c = {H * L, L, 1}};
	lw_stmt(l, k, row, ST_ASSIGN, NULL, za, lw_ci32(l, -1));
	Expr *c0 = k_load(p, (Access){.buf = cb, .c = {H * L * L, L * L, L, 1}});
	lw_stmt(l, k, lw_loop(l, row, "zm", L), ST_MAX, NULL, za,
	        k_select(p, bin(l, EX_EQ, c0, lw_ci32(l, 0)), k_iter(p, VT_I32, 3), lw_ci32(l, -1)));

	LoopNode *in = lw_loop(l, k->root, "pn", NB);
	in = lw_loop(l, lw_loop(l, lw_loop(l, in, "ph", H), "pl", L), "pg", L2);
	pair_stmts(l, k, in, (Access){.buf = pp, .c = {H * L * L2, L * L2, L2, 1}},
	           (Access){.buf = cb, .c = {H * L * L, L * L, L, 1}}, L2, 1, "pg", L, pv_weight,
	           NULL);
	in = lw_loop(l, k->root, "vn", NB);
	in = lw_loop(l, lw_loop(l, lw_loop(l, in, "vh", H), "vg", L2), "vi", d);
	pair_stmts(l, k, in, (Access){.buf = vp, .c = {H * L2 * d, L2 * d, d, 1}},
	           (Access){.buf = xb, .c = {L * 3 * D, d, 3 * D, 1}, .k = 2 * D}, L2, 3 * D, "vg",
	           L, as_is, NULL);

	int64_t ext[5] = {NB, H, L, L2, d};
	dot_nest(l, k, ext, K_DOT_S16, (Access){.buf = pp, .c = {H * L * L2, L * L2, L2, 1, 0}},
	         (Access){.buf = vp, .c = {H * L2 * d, L2 * d, 0, d, 1}},
	         (Access){.buf = acc, .c = {L * D, d, D, 0, 1}}, NULL);

	LoopNode *e = lw_loop(l, k->root, "en", NB);
	e = lw_loop(l, lw_loop(l, lw_loop(l, e, "eh", H), "ei", L), "ej", d);
	Expr *z = k_load(p, (Access){.buf = zb, .c = {H * L, L, 1, 0}});
	Access v0 = {.buf = xb, .c = {L * 3 * D, d, 0, 1}, .k = 2 * D, .ci = 3 * D,
	             .ind = bin(l, EX_MAX, z, lw_ci32(l, 0))};
	Expr *corr = k_select(p, bin(l, EX_GE, z, lw_ci32(l, 0)),
	                      bin(l, EX_SHL, k_load(p, v0), lw_ci32(l, 14)), lw_ci32(l, 0));
	Access ra = {.buf = acc, .c = {L * D, d, D, 1}};
	Access out = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 1}};
	/* |acc + corr| <= 2^15 128 L < 2^31 (L < 512): the requantization may fit i32 */
	Expr *a = bin(l, EX_ADD, k_load(p, ra), corr);
	Expr *rq = lw_requant_i32(l, a, kk, ((int64_t)1 << 22) * L);
	lw_stmt(l, k, e, ST_ASSIGN, NULL, out,
	        rq ? rq : lw_requant_expr(l, lw_widen(p, VT_I64, a), ci64(l, kk)));
	SchMatmulShape msh = {.nb = 2, .bname = {"n", "h"}, .bext = {NB, H}, .M = L, .K = L2,
	                      .P = d, .epilogue = 1, .temps = !l->tgt->vnni, .epi_rows = 1,
	                      .rows_fused = 1};
	static const char *const prep[2][3] = {{"zn", "zh", "zl"}, {"pn", "ph", "pl"}};
	const char *tmpl = sch_template_matmul(l->tgt, &p->arena, &msh);
	const char *sc = arena_printf(&p->arena, "split(zm,16); split(pg,16); split(vi,16); "
	                              "%s%svectorize(zm.i); vectorize(pg.i); vectorize(vi.i)",
	                              tmpl, *tmpl ? "; " : "");
	for (int i = 0; i < 2; i++)   /* the code scan and packing over the threads by rows */
		sc = sch_rows_around(l->tgt, &p->arena, sc, 3, prep[i]);
	lw_schedule(l, k, sc);
	return k_kernel_finish(k, l->err);
}
