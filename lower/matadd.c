/*
 * lower/matadd.c - the MatAdd ops of ShiftAddViT's linear-angular attention
 * (docs/graph-format.md, "ShiftAdd ops"; ../shared/docs/shiftaddvit.md
 * section 1.4): kv = b^T v (matadd_ktv) and o = alpha v + beta b (b^T v)
 * (matadd_qkv), with b the binary codes.
 *
 * Codes live in i32 buffers, one word per (image, head, token) with bit k =
 * code element k.  Both products are sums of the rows a code selects:
 * selects and adds, or (matadd_qkv on enough tokens) sums of rows of small
 * tables indexed by 4-bit pieces of the code.  No multiplications but the
 * final alpha/beta scaling.
 */
#include "lower/lower.h"

/* Bit "k" (statement dim) of the code word "code": (code >> k) & 1. */
static Expr *code_bit(Lower *l, Expr *code, int kdim)
{
	return k_bin(l->p, EX_AND, k_bin(l->p, EX_SHR, code, k_iter(l->p, VT_I32, kdim)),
	             lw_ci32(l, 1));
}

/* Split and vectorize the innermost loop "e" of extent d by 16 when it divides. */
static void vec_schedule(Lower *l, Kernel *k, const char *e, int64_t d, const char *extra)
{
	if (d % 16 == 0)
		lw_schedule(l, k, arena_printf(&l->p->arena, "split(%s,16); vectorize(%s.i)%s",
		                               e, e, extra ? extra : ""));
	else if (extra)
		lw_schedule(l, k, extra + 2);
}

/* kv[n,h,k,e] = sum over tokens s with bit k set of v[n, s, h*d + e]: selects and adds. */
int lw_matadd_ktv(Lower *l, const Node *n)
{
	const Tensor *c = n->in[0], *v = n->in[1], *kv = n->out[0];
	int64_t NB = c->shape.d[0], H = c->shape.d[1], S = c->shape.d[2], nbits = c->shape.d[3];
	int64_t D = v->shape.d[2], d = D / H;
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, lw_nhl(l, k, NB, H, S), "b", nbits);
	in = lw_loop(l, in, "e", d);
	Access ca = {.buf = lw_buf(l, c), .c = {H * S, S, 1, 0, 0}};
	Access va = {.buf = lw_buf(l, v), .c = {S * D, d, D, 0, 1}};
	Access ka = {.buf = lw_buf(l, kv), .c = {H * nbits * d, nbits * d, 0, d, 1}};
	for (int first = 1; first >= 0; first--) {
		Expr *sel = k_select(p, code_bit(l, k_load(p, ca), 3), k_load(p, va), k_const(p, 0.0f));
		lw_stmt(l, k, in, first ? ST_ASSIGN : ST_ADD, first ? "l = 0" : "l >= 1", ka, sel);
	}
	if (nbits % 4 == 0 && d % 16 == 0 && d <= 64)
		lw_schedule(l, k, "split(b,4); split(e,16); reorder(l,b.o); unroll(b.i); "
		                  "unroll(e.o); vectorize(e.i)");
	else
		vec_schedule(l, k, "e", d, NULL);
	return k_kernel_finish(k, l->err);
}

/*
 * The masked-add form of matadd_qkv: o = sum over bits k set in code(l) of
 * kv[k][e] (a select and an add per bit), then one scale per output
 * element, o = beta o + alpha v.
 */
static int qkv_masked(Lower *l, const Node *n, float alpha, float beta)
{
	const Tensor *c = n->in[0], *kv = n->in[1], *v = n->in[2];
	int64_t NB = c->shape.d[0], H = c->shape.d[1], L = c->shape.d[2], nbits = c->shape.d[3];
	int64_t D = v->shape.d[2], d = D / H;
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, lw_nhl(l, k, NB, H, L), "b", nbits);
	in = lw_loop(l, in, "e", d);
	Access ca = {.buf = lw_buf(l, c), .c = {H * L, L, 1, 0, 0}};
	Access ka = {.buf = lw_buf(l, kv), .c = {H * nbits * d, nbits * d, 0, d, 1}};
	Access oa = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 0, 1}};
	for (int first = 1; first >= 0; first--) {
		Expr *sel = k_select(p, code_bit(l, k_load(p, ca), 3), k_load(p, ka), k_const(p, 0.0f));
		lw_stmt(l, k, in, first ? ST_ASSIGN : ST_ADD, first ? "b = 0" : "b >= 1", oa, sel);
	}
	LoopNode *e = lw_loop(l, k->root, "en", NB);
	e = lw_loop(l, e, "eh", H);
	e = lw_loop(l, e, "el", L);
	e = lw_loop(l, e, "ee", d);
	Access oe = {.buf = oa.buf, .c = {L * D, d, D, 1}};
	Access ve = {.buf = lw_buf(l, v), .c = {L * D, d, D, 1}};
	Expr *val = k_fma(p, k_const(p, beta), k_load(p, oe),
	                  k_bin(p, EX_MUL, k_const(p, alpha), k_load(p, ve)));
	lw_stmt(l, k, e, ST_ASSIGN, NULL, oe, lw_epilogue(l, n, val, &oe, 3));
	vec_schedule(l, k, "e", d, NULL);
	return k_kernel_finish(k, l->err);
}

/*
 * The schedule of the table kernels, "extra" appended: the e loop as one
 * vector of up to 64 lanes (masked when d is no power of two; at d = 32
 * 10% faster than two 16-lane halves), longer ones split by 16.
 */
static void lut_schedule(Lower *l, Kernel *k, int64_t d, const char *extra)
{
	lw_schedule(l, k, arena_printf(&l->p->arena, "%s%s", d <= 64 ? "vectorize(e)"
	                               : "split(e,16); vectorize(e.i)", extra));
}

/* The sum of rows kv[4g + b] over the bits b of "bits" (0 when none). */
static Expr *row_sum(Lower *l, Access ka, int64_t d, int bits)
{
	Expr *v = NULL;
	for (int b = 0; b < 4; b++)
		if (bits >> b & 1) {
			Access r = ka;
			r.k = b * d;
			v = v ? k_bin(l->p, EX_ADD, v, k_load(l->p, r)) : k_load(l->p, r);
		}
	return v ? v : k_const(l->p, 0.0f);
}

/*
 * The nibble tables of matadd_qkv, one kernel "<node>.lut": per image,
 * head and group g of 4 code bits (G = ceil(nbits/4) groups),
 * T[n,h,g,s,e] = sum over the bits b of s of kv[n,h,4g+b,e], s in 0..15,
 * one statement per s over its own e loop.  Each entry sums its kv rows
 * directly (popcount(s) - 1 adds; 17 per group and e instead of the 11 of
 * T[s] = T[s & (s-1)] + kv[4g + ctz(s)]): a statement that loads the
 * buffer it stores at another element does not take the vector path, and
 * the scalar build cost 2x the time (1.1 vs 0.5 us at H = 5, L = 196,
 * d = 32, 16 bits).  In a last group of fewer than 4 bits the rows of
 * absent bits count as zero, so every entry is defined (those entries are
 * never looked up: the lookup masks the nibble).
 */
static int qkv_tables(Lower *l, const Node *n, Buffer *tab, int64_t G)
{
	const Tensor *c = n->in[0], *kv = n->in[1];
	int64_t NB = c->shape.d[0], H = c->shape.d[1], nbits = c->shape.d[3];
	int64_t d = kv->shape.d[3];
	int last = nbits % 4 ? (1 << nbits % 4) - 1 : 15;   /* the bits of group G-1 */
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, "lut");
	LoopNode *seq = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "h", H), "g", G), seq);
	Access ta = {.buf = tab, .c = {H * G * 16 * d, G * 16 * d, 16 * d, 1}};
	Access ka = {.buf = lw_buf(l, kv), .c = {H * nbits * d, nbits * d, 4 * d, 1}};
	for (int s = 0; s < 16; s++) {
		Access ts = ta;
		ts.k = s * d;
		if ((s & last) == s) {
			lw_stmt(l, k, lw_loop(l, seq, "e", d), ST_ASSIGN, NULL, ts, row_sum(l, ka, d, s));
			continue;
		}
		if (G > 1)
			lw_stmt(l, k, lw_loop(l, seq, "e", d), ST_ASSIGN,
			     arena_printf(&p->arena, "g < %lld", (long long)(G - 1)), ts,
			     row_sum(l, ka, d, s));
		lw_stmt(l, k, lw_loop(l, seq, "e", d), ST_ASSIGN,
		     arena_printf(&p->arena, "g = %lld", (long long)(G - 1)), ts,
		     row_sum(l, ka, d, s & last));
	}
	lut_schedule(l, k, d, "");
	return k_kernel_finish(k, l->err);
}

/*
 * The lookup of matadd_qkv, kernel "<node>": per token one statement,
 * o = beta (T[0][nib_0] + T[1][nib_1] + ...) + alpha v with nib_g = (code
 * >> 4g) & 15 (in the last group masked to its bits) an indirect index
 * into the tables, summed as a balanced tree: G - 1 adds per element
 * instead of up to nbits.
 */
static int qkv_lookup(Lower *l, const Node *n, Buffer *tab, int64_t G, float alpha,
                      float beta)
{
	const Tensor *c = n->in[0], *v = n->in[2];
	int64_t NB = c->shape.d[0], H = c->shape.d[1], L = c->shape.d[2], nbits = c->shape.d[3];
	int64_t D = v->shape.d[2], d = D / H;
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *in = lw_loop(l, lw_nhl(l, k, NB, H, L), "e", d);
	Access ca = {.buf = lw_buf(l, c), .c = {H * L, L, 1, 0}};
	Expr *t[8];
	for (int g = 0; g < G; g++) {
		int64_t bits = nbits - 4 * g < 4 ? nbits - 4 * g : 4;
		Expr *nib = k_load(p, ca);
		if (g)
			nib = k_bin(p, EX_SHR, nib, lw_ci32(l, 4 * g));
		nib = k_bin(p, EX_AND, nib, lw_ci32(l, (1 << bits) - 1));
		t[g] = k_load(p, (Access){.buf = tab, .c = {H * G * 16 * d, G * 16 * d, 0, 1},
		                          .k = g * 16 * d, .ind = nib, .ci = d});
	}
	for (int64_t m = G; m > 1; m = (m + 1) / 2)  /* pairwise: t[i] = t[2i] + t[2i+1] */
		for (int64_t i = 0; i < m / 2 + m % 2; i++)
			t[i] = 2 * i + 1 < m ? k_bin(p, EX_ADD, t[2 * i], t[2 * i + 1]) : t[2 * i];
	Access oe = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {L * D, d, D, 1}};
	Access ve = {.buf = lw_buf(l, v), .c = {L * D, d, D, 1}};
	Expr *val = k_fma(p, k_const(p, beta), t[0],
	                  k_bin(p, EX_MUL, k_const(p, alpha), k_load(p, ve)));
	lw_stmt(l, k, in, ST_ASSIGN, NULL, oe, lw_epilogue(l, n, val, &oe, 3));
	lut_schedule(l, k, d, L >= 8 ? "; parallel(l)" : "");
	return k_kernel_finish(k, l->err);
}

/* Tokens from which matadd_qkv uses the nibble tables (attribute "lut" absent). */
#define QKV_LUT_MIN_TOKENS 64

/*
 * o[n,l,h*d+e] = alpha v + beta * sum over bits k set in code(n,h,l) of
 * kv[n,h,k,e], in one of two forms:
 *  - nibble tables (qkv_tables, qkv_lookup): 16 G d table entries per
 *    image and head (about one add each), then G loads and G - 1 adds per
 *    output element;
 *  - masked adds (qkv_masked): nbits selects and adds per output element.
 * The rule: the attribute "lut" (0 or 1) when given, else the tables when
 * a head has at least QKV_LUT_MIN_TOKENS tokens, so that the tables cost
 * at most a quarter of the lookups.  Measured at 16 bits, d = 32, one
 * thread: the two forms break even near L = 32; the tables are 1.5x
 * faster at L = 64, 3.2x at L = 196 (5 heads), 3.5x at L = 784 and 5.5x
 * at L = 3136 (bench/bench_shiftadd.py).
 */
int lw_matadd_qkv(Lower *l, const Node *n)
{
	const Tensor *c = n->in[0], *kv = n->in[1];
	int64_t NB = c->shape.d[0], H = c->shape.d[1], L = c->shape.d[2], nbits = c->shape.d[3];
	int64_t d = kv->shape.d[3], G = (nbits + 3) / 4;
	float alpha = (float)pass_attr_number(n, "alpha", 0);
	float beta = (float)pass_attr_number(n, "beta", 0);
	int64_t lut = pass_attr_int(n, "lut", L >= QKV_LUT_MIN_TOKENS);
	if (!lut || G > 8)
		return qkv_masked(l, n, alpha, beta);
	int64_t ts[5] = {NB, H, G, 16, d};
	Buffer *tab = lw_temp_dims(l, n, "lut", DT_F32, 5, ts);
	if (qkv_tables(l, n, tab, G))
		return -1;
	return qkv_lookup(l, n, tab, G, alpha, beta);
}
