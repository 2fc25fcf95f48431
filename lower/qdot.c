/*
 * lower/qdot.c - the main nest of an integer linear (qlinear, lower/quant.c)
 * in the packed form of the int8 dot-product instructions (EX_DOT,
 * backends/int8_llvm.c): G consecutive k of the input packed into one i32
 * per row, G rows of the weights packed into one i32 per output channel,
 * one EX_DOT per i32 lane.  With AVX-512 VNNI (or AVX-VNNI) G = 4 bytes,
 * vpdpbusd; elsewhere G = 2 signed halves, vpmaddwd (exact: no
 * saturation).  vpdpbusd multiplies unsigned by signed bytes, so the input
 * is packed as x + 128 (u8) and the bias takes 128 sum_k w[j,k] back:
 * sum_k (x_k + 128) w_k + b - 128 sum_k w_k = b + sum_k x_k w_k.  Every
 * step is an i32 add modulo 2^32 and the true sum fits i32 (the caller
 * checked 128 sum |w| + |b| < 2^31), so the result is exact.
 *
 * Int4 weights with VNNI and K a multiple of 8 stay nibbles (LW_QDOT_NIB,
 * nibble_weights): w + 8 is then the unsigned factor and x, not offset, the
 * signed one, and the start takes 8 sum_k x back per row.  Without VNNI
 * int4 weights take a third form, K_DOT_P16: the same quads, but
 * vpmaddubsw sums each pair of products into a 16-bit half, eight quads add
 * up there (vpaddw) and one vpmaddwd by ones widens the halves into the i32
 * accumulator.  A half holds at most 16 products of |x + 128| <= 255 and
 * |w| <= 8, or of w + 8 <= 15 and |x| <= 128: |sum| <= 32640 < 2^15, so
 * nothing saturates or wraps, and a product costs half a multiply of the
 * s16 form.
 */
#include <stdlib.h>
#include <string.h>

#include "lower/lower.h"

/* Bytes per packed i32 lane of format "fmt": 4 (u8 x s8) or 2 (s16 x s16). */
static int group_of(int fmt)
{
	return (fmt & ~LW_QDOT_NIB) == K_DOT_S16 ? 2 : 4;
}

/*
 * Quads per k step: for K_DOT_P16 those summed in 16 bits (at most 8: the
 * bound above) dividing K / 4; with nibble weights (LW_QDOT_NIB) at least
 * the two quads that share an i32 of weights.
 */
static int64_t chain_of(int fmt, int64_t K)
{
	int64_t c = 8;

	if ((fmt & ~LW_QDOT_NIB) != K_DOT_P16)
		return fmt & LW_QDOT_NIB ? 2 : 1;
	while ((K / 4) % c)
		c /= 2;
	return c;
}

int64_t lw_qdot_ksteps(int fmt, int64_t K)
{
	return K / group_of(fmt) / chain_of(fmt, K);
}

/*
 * The vector registers a packed update needs besides the register tile's
 * accumulators (SchMatmulShape.temps): for S16 without VNNI the product
 * before its add; for P16 the chain's broadcast inputs and two partial
 * sums (more does not fit: a 4 x 3 tile spilled its accumulators on AVX2
 * and ran DeiT-Tiny's fc1 at 0.30 ms, 4 x 1 at 0.22 ms).
 */
int lw_qdot_temps(const Lower *l, int fmt, int64_t K)
{
	if ((fmt & ~LW_QDOT_NIB) == K_DOT_P16)
		return (int)chain_of(fmt, K) + 2;
	return fmt == K_DOT_S16 && !l->tgt->vnni;
}

/*
 * The lane format of the packed nest on this target for K inputs, or -1
 * for the plain nest: u8 x s8 quads with VNNI, s16 pairs otherwise; K a
 * multiple of the group.  VITC_QDOT=0 in the environment forces -1 (for
 * comparisons; the results are equal).
 */
int lw_qdot_format(const Lower *l, int64_t K)
{
	const char *env = getenv("VITC_QDOT");
	int fmt = l->tgt->vnni ? K_DOT_U8S8 : K_DOT_S16;

	if ((env && !strcmp(env, "0")) || K % group_of(fmt))
		return -1;
	return fmt;
}

/*
 * lw_qdot_format for weights whose codes all lie in [-8, 7] (int4):
 * K_DOT_P16 where the format would be S16 and K is a multiple of 4; with
 * VNNI and K a multiple of 8, | LW_QDOT_NIB: the weights stay nibbles in
 * memory.  Not for P16: its nest is bound by vector operations (a
 * vpmaddubsw and a vpaddw per 32 products), and the unpacking's and and
 * shift made DeiT-Tiny's fc1 8% slower on Zen 5 for AVX2 (0.20 against
 * 0.18 ms), where with vpdpbusd the two forms ran alike.  VITC_QDOT=s16
 * keeps S16, =bytes the weights in bytes, =nib nibbles also for P16 (for
 * comparisons: the results are equal).
 */
int lw_qdot_format_small(const Lower *l, int64_t K)
{
	const char *env = getenv("VITC_QDOT");
	int fmt = lw_qdot_format(l, K);

	if (fmt == K_DOT_S16 && K % 4 == 0 && !(env && !strcmp(env, "s16")))
		fmt = K_DOT_P16;
	if (K % 8 == 0 && (fmt == K_DOT_U8S8 || (fmt == K_DOT_P16 && env && !strcmp(env, "nib"))) &&
	    !(env && !strcmp(env, "bytes")))
		fmt |= LW_QDOT_NIB;
	return fmt;
}

/*
 * Int4 weights w[M][K] kept as nibbles: i32 lanes [K / 8][M] (or column
 * panels [M / J][K / 8][J]), lane (h, j) holding the quads 2h and 2h + 1
 * of channel j, w + 8 (0..15): byte t of the lane is w[j][8h + t] + 8 in
 * its low nibble and w[j][8h + 4 + t] + 8 in its high one.  The nest takes
 * a quad's bytes with one and (a shift for the high one) and gives them to
 * the dot product as its unsigned factor, the input's bytes as the signed
 * one: sum (w + 8) x = sum w x + 8 sum x, the last per row (lw_qdot_nest).
 */
static Buffer *nibble_weights(Lower *l, const char *wname, const int8_t *src, int64_t M,
                              int64_t K, int64_t J)
{
	int64_t H = K / 8;
	Shape sh = {.rank = 2, .d = {H, M}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.nib%s", wname,
	                                            J ? ".panels" : ""),
	                         BUF_WEIGHT, DT_I32, &sh);
	uint32_t *dst = arena_calloc(&l->p->arena, (size_t)(H * M), 4);

	for (int64_t h = 0; h < H; h++)
		for (int64_t j = 0; j < M; j++) {
			int64_t at = J ? (j / J) * H * J + h * J + j % J : h * M + j;
			for (int t = 0; t < 4; t++)
				dst[at] |= ((uint32_t)(src[j * K + 8 * h + t] + 8) |
				            (uint32_t)(src[j * K + 8 * h + 4 + t] + 8) << 4) << (8 * t);
		}
	b->data = dst;
	b->nbytes = (uint64_t)(H * M) * 4;
	return b;
}

/*
 * Weights w[M][K] (i8 "src", or i16 "src16" for s16 pairs) as i32 lanes
 * [K / G][M]: lane (g, j) packs w[j][G g + t], t < G.  With "J" > 0 in
 * column panels [M / J][K / G][J] instead (panel q holds columns q J .. q J
 * + J - 1), so that a register tile's weights are one contiguous block: in
 * [K / G][M] the k steps of a tile lie M lanes apart (3 KiB for fc1), which
 * maps them onto a quarter of the L1 sets (as for the float matmul's
 * panels, lw_weight_panels).
 */
static Buffer *packed_weights(Lower *l, const char *wname, const int8_t *src,
                              const int16_t *src16, int fmt, int64_t M, int64_t K, int64_t J)
{
	int G = group_of(fmt), bits = 32 / G;
	Shape sh = {.rank = 2, .d = {K / G, M}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s%s", wname,
	                                            fmt == K_DOT_S16 ? "s16" : "u8s8",
	                                            J ? ".panels" : ""),
	                         BUF_WEIGHT, DT_I32, &sh);
	uint32_t *dst = arena_calloc(&l->p->arena, (size_t)(K / G * M), 4);
	/* P16 packs as U8S8 (one name: the same data) */
	uint32_t mask = (1u << bits) - 1;

	for (int64_t g = 0; g < K / G; g++)
		for (int64_t j = 0; j < M; j++) {
			int64_t at = J ? (j / J) * (K / G) * J + g * J + j % J : g * M + j;
			for (int t = 0; t < G; t++)
				dst[at] |= ((uint32_t)(int32_t)(src16 ? src16[j * K + G * g + t]
				                                      : src[j * K + G * g + t]) & mask)
				           << (bits * t);
		}
	b->data = dst;
	b->nbytes = (uint64_t)(K / G * M) * 4;
	return b;
}

/*
 * The accumulator's start per channel: the bias, minus 128 sum_k w[j,k]
 * for u8 x s8, plus "rnd"[j] when given (the fused requantization's
 * rounding term, lw_qdot_nest).
 */
static Buffer *start_values(Lower *l, const Node *n, const int8_t *c, const void *bias,
                            const int32_t *rnd, int fmt, int64_t M, int64_t K)
{
	int32_t *v = arena_calloc(&l->p->arena, (size_t)M, 4);
	Shape sh = {.rank = 1, .d = {M}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.acc0", n->name),
	                         BUF_WEIGHT, DT_I32, &sh);

	for (int64_t j = 0; j < M; j++) {
		int64_t s = 0;
		if (bias)
			memcpy(&v[j], (const unsigned char *)bias + 4 * j, 4);
		for (int64_t k = 0; (fmt == K_DOT_U8S8 || fmt == K_DOT_P16) && k < K; k++)
			s += c[j * K + k];
		v[j] = (int32_t)(uint32_t)((uint64_t)(int64_t)v[j] - (uint64_t)(128 * s) +
		                           (uint64_t)(int64_t)(rnd ? rnd[j] : 0));
	}
	b->data = v;
	b->nbytes = (uint64_t)M * 4;
	return b;
}

/*
 * The requantization of qlinear's i32 accumulator "a" whose start already
 * holds the rounding term (2^(sh-1) for a right shift sh > 0, else 0), for
 * per-channel shifts "sh" that requant32_ok allowed (lower/quant.c):
 * a >> max(sh, 0), then, only where some sh <= 0, clamped to [-129, 128]
 * and << max(-sh, 0); then clamped to [-128, 127].  The same integers as
 * requant32_chan: for sh > 0, (a0 + 2^(sh-1)) >> sh with the sum exact
 * (the accumulator adds modulo 2^32 and bound + 2^(sh-1) < 2^31), and
 * the clamp to [-129, 128] before [-128, 127] changes nothing; for sh <= 0,
 * requant32_chan's left branch.  "ca" is the coefficients of a
 * per-channel load in the nest's loops.
 */
static Expr *fused_requant(Lower *l, const Node *n, Expr *a, const int32_t *sh, int64_t M,
                           const int64_t *ca)
{
	Program *p = l->p;
	int32_t *rs = arena_calloc(&p->arena, (size_t)M, 4), *ls = arena_calloc(&p->arena, (size_t)M, 4);
	Shape sd = {.rank = 1, .d = {M}};
	int left = 0;

	for (int64_t j = 0; j < M; j++) {
		rs[j] = sh[j] > 0 ? sh[j] : 0;
		ls[j] = sh[j] < 0 ? -sh[j] : 0;
		left |= sh[j] <= 0;
	}
	Access ra = {.buf = k_buffer_add(p, arena_printf(&p->arena, "%s.rshift32", n->name),
	                                 BUF_WEIGHT, DT_I32, &sd)};
	memcpy(ra.c, ca, sizeof(ra.c));
	ra.buf->data = rs;
	ra.buf->nbytes = (uint64_t)M * 4;
	Expr *v = k_bin(p, EX_SHR, a, k_load(p, ra));
	if (left) {
		Access la = ra;
		la.buf = k_buffer_add(p, arena_printf(&p->arena, "%s.lshift32", n->name), BUF_WEIGHT,
		                      DT_I32, &sd);
		la.buf->data = ls;
		la.buf->nbytes = (uint64_t)M * 4;
		v = k_bin(p, EX_MIN, k_bin(p, EX_MAX, v, lw_ci32(l, -129)), lw_ci32(l, 128));
		v = k_bin(p, EX_SHL, v, k_load(p, la));
	}
	return k_bin(p, EX_MIN, k_bin(p, EX_MAX, v, lw_ci32(l, -128)), lw_ci32(l, 127));
}

/* The column panel width of qlinear's packed weights (0: none): lw_qdot_nest. */
int lw_qdot_panel(const Lower *l, int fmt, int64_t R, int64_t K, int64_t M)
{
	/* where the matmul template takes them at full width (VNNI: no temps) */
	if ((fmt & ~LW_QDOT_NIB) == K_DOT_S16 || R == IR_DIM_N)
		return 0;
	return sch_matmul_panel(l->tgt, R, lw_qdot_ksteps(fmt, K), M, lw_qdot_temps(l, fmt, K));
}

/*
 * The dot step of the nest's statement at k onto "c": the quads k ch ..
 * k ch + ch - 1 of the input "xa" and the weights "wa" (their k
 * coefficient, dim "kd", times ch, and the quad's offset; nibble weights:
 * two quads an i32 of them), one EX_DOT each; for P16 summed in 16-bit
 * halves and then widened onto "c".  Nibble weights are the unsigned
 * factor: a quad's bytes by an and (and a shift for the odd quad).
 */
static Expr *dot_step(Lower *l, int fmt, int64_t ch, Access xa, Access wa, int kd, Expr *c)
{
	Program *p = l->p;
	int nib = fmt & LW_QDOT_NIB, f = fmt & ~LW_QDOT_NIB, per = nib ? 2 : 1;
	Expr *h = NULL;

	for (int64_t t = 0; t < ch; t++) {
		Access xt = xa, wt = wa;
		xt.c[kd] *= ch, xt.k += t * xa.c[kd];
		wt.c[kd] *= ch / per, wt.k += t / per * wa.c[kd];
		Expr *x = k_load(p, xt), *w = k_load(p, wt);
		if (nib) {
			if (t % 2)
				w = k_bin(p, EX_SHR, w, lw_ci32(l, 4));
			w = k_bin(p, EX_AND, w, lw_ci32(l, 0x0f0f0f0f));
		}
		Expr *a = nib ? w : x, *b = nib ? x : w;
		if (f == K_DOT_P16)
			h = k_dot(p, f, a, b, h ? h : lw_ci32(l, 0));
		else
			c = k_dot(p, f, a, b, c);
	}
	return f == K_DOT_P16 ? k_dot(p, K_DOT_S16, h, lw_ci32(l, 0x00010001), c) : c;
}

/*
 * The packed main nest of qlinear "n" (its weight codes "wc" as bytes) into
 * kernel "k", accumulating into "acc" (i32 [NB, R, M]):
 *   xp[pn,pi,pg] = the G inputs x[pn,pi,G pg + t] packed (u8 x + 128 or s16)
 *   acc[n,i,j] = dot(xp[n,i,k], wp[k][j], k == 0 ? acc0[j] : acc[n,i,j])
 * (a k step takes a chain of quads for P16 and nibble weights: dot_step;
 * with nibble weights x is packed as it is, acc0[j] - 8 xsum[n,i] starts).
 * The loops n, i, k, j are the float matmul's, for sch_template_matmul.
 * With "shift" (per channel, i32, requant32_ok's) the requantization into
 * "out" (i8 [NB, R, M]) is the last k step's statement instead of a nest
 * of its own: out = requant(dot(.., acc)) at k = K/G - 1, so each register
 * tile is requantized while it is in registers (a separate epilogue read
 * the whole accumulator back from L2: 15% of fc1's time at batch 1).
 * Fused and in column panels of width "panel" (lw_qdot_panel), the loops
 * are n, i, jp, k, j and the panels share one accumulator "acc" [NB, R,
 * panel]: the tile's last accumulators, stored although only the fused
 * step reads them, then land in the same L1 lines for every panel instead
 * of streaming a [R, M] buffer through the caches (9% of fc1).
 */
void lw_qdot_nest(Lower *l, Kernel *k, const Node *n, const int8_t *wc, int fmt, int64_t NB,
                  int64_t R, Buffer *acc, const int32_t *shift, Buffer *out, int panel)
{
	const Tensor *x = n->in[0], *w = n->in[1], *b = n->n_in > 3 ? n->in[3] : NULL;
	QDotSrc s = {.x = lw_buf(l, x), .wname = w->name, .w = wc, .bias = b ? b->data : NULL,
	             .M = w->shape.d[0], .K = x->shape.d[x->shape.rank - 1], .panel = panel,
	             .shift = shift, .out = out};
	lw_qdot_nest_src(l, k, n, &s, fmt, NB, R, acc);
}

/* lw_qdot_nest on an input buffer and weights given as data (qshift_linear's int8 form). */
void lw_qdot_nest_src(Lower *l, Kernel *k, const Node *n, const QDotSrc *s, int fmt, int64_t NB,
                      int64_t R, Buffer *acc)
{
	Program *p = l->p;
	int64_t K = s->K, M = s->M;
	int G = group_of(fmt), bits = 32 / G, nib = fmt & LW_QDOT_NIB;
	int64_t KG = K / G, m3[3] = {NB, R, KG}, ch = chain_of(fmt, K), KS = KG / ch;
	Buffer *xp = lw_temp_dims(l, n, fmt == K_DOT_S16 ? "x16" : nib ? "xs8" : "xu8", DT_I32, 3,
	                          m3);
	int64_t J = s->panel, KW = nib ? KG / 2 : KG;   /* the weights' rows */
	Buffer *wp = nib ? nibble_weights(l, s->wname, s->w, M, K, J)
	                 : packed_weights(l, s->wname, s->w, s->w16, fmt, M, K, J);
	int32_t *rnd = NULL;
	if (s->shift) {
		rnd = arena_calloc(&p->arena, (size_t)M, 4);
		for (int64_t j = 0; j < M; j++)
			rnd[j] = s->shift[j] > 0 ? (int32_t)1 << (s->shift[j] - 1) : 0;
	}
	Buffer *a0 = start_values(l, n, s->w, s->bias, rnd, fmt, M, K);

	LoopNode *pk = lw_loop(l, k->root, "pn", NB);
	pk = lw_loop(l, pk, "pi", R);
	pk = lw_loop(l, pk, "pg", KG);
	Expr *v = NULL;
	for (int t = 0; t < G; t++) {
		Access xa = {.buf = s->x, .c = {R * K, K, G}, .k = t};
		Expr *e = k_load(p, xa);
		if (t + 1 < G)
			e = k_bin(p, EX_AND, e, lw_ci32(l, (1 << bits) - 1));
		if (t)
			e = k_bin(p, EX_SHL, e, lw_ci32(l, bits * t));
		v = v ? k_bin(p, EX_OR, v, e) : e;
	}
	/* + 128 on each byte once, on the packed word (fewer vector operations) */
	if (fmt == K_DOT_U8S8 || fmt == K_DOT_P16)
		v = k_bin(p, EX_XOR, v, lw_ci32(l, (int32_t)0x80808080u));
	lw_stmt(l, k, pk, ST_ASSIGN, s->pack_rows_if, (Access){.buf = xp, .c = {R * KG, KG, 1}}, v);
	/* nibble weights (qlinear only: every row): the rows' sums of x, for
	   sum_k w x = sum_k (w + 8) x - 8 sum_k x (nibble_weights) */
	Buffer *rs = NULL;
	if (nib) {
		int64_t m2[2] = {NB, R};
		rs = lw_temp_dims(l, n, "xsum", DT_I32, 2, m2);
		LoopNode *rk = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "rn", NB), "ri", R), "rg", KG);
		Access ra = {.buf = rs, .c = {R, 1, 0}};
		Expr *q = k_load(p, (Access){.buf = xp, .c = {R * KG, KG, 1}});
		Expr *ones = lw_ci32(l, 0x01010101);
		lw_stmt(l, k, rk, ST_ASSIGN, lw_cons_and(p, "rg = 0", NULL), ra,
		        k_dot(p, K_DOT_U8S8, ones, q, lw_ci32(l, 0)));
		lw_stmt(l, k, rk, ST_ASSIGN, lw_cons_and(p, "rg >= 1", NULL), ra,
		        k_dot(p, K_DOT_U8S8, ones, q, k_load(p, ra)));
	}

	int share = J && s->shift;   /* loops n, i, jp, k, j; acc [NB, R, J] */
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "i", R);
	if (share)
		in = lw_loop(l, in, "jp", M / J);
	in = lw_loop(l, in, "k", KS);
	if (J && !share)
		in = lw_loop(l, in, "jp", M / J);
	in = lw_loop(l, in, "j", J ? J : M);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access xa = {.buf = xp, .c = {R * KG, KG, 1, 0}};
	Access wa = {.buf = wp, .c = {0, 0, M, 1}};
	Access sa = {.buf = rs, .c = {R, 1, 0, 0, 0}};
	Access ya = {.buf = acc, .c = {R * M, M, 0, 1}};
	Access ba = {.buf = a0, .c = {0, 0, 0, 1}};
	Access oa = {.buf = s->out, .c = {R * M, M, 0, 1}};
	if (share) {   /* (n, i, jp, k, j): column jp J + j */
		xa = (Access){.buf = xp, .c = {R * KG, KG, 0, 1, 0}};
		wa = (Access){.buf = wp, .c = {0, 0, KW * J, J, 1}};
		ya = (Access){.buf = acc, .c = {R * J, J, 0, 0, 1}};
		ba = (Access){.buf = a0, .c = {0, 0, J, 0, 1}};
		oa = (Access){.buf = s->out, .c = {R * M, M, J, 0, 1}};
	} else if (J) {   /* (n, i, k, jp, j) */
		wa = (Access){.buf = wp, .c = {0, 0, J, KW * J, 1}};
		ya = (Access){.buf = acc, .c = {R * M, M, 0, J, 1}};
		ba = (Access){.buf = a0, .c = {0, 0, 0, J, 1}};
		oa = (Access){.buf = s->out, .c = {R * M, M, 0, J, 1}};
	}
	int kd = share ? 3 : 2;
	/* the start: acc0[j], less 8 sum_k x for nibble weights */
	Expr *a0e = k_load(p, ba);
	if (nib)
		a0e = k_bin(p, EX_SUB, a0e, k_bin(p, EX_SHL, k_load(p, sa), lw_ci32(l, 3)));
	if (!s->shift) {
		lw_stmt(l, k, seq, ST_ASSIGN, lw_cons_and(p, "k = 0", s->rows_if), ya,
		        dot_step(l, fmt, ch, xa, wa, kd, a0e));
		lw_stmt(l, k, seq, ST_ASSIGN, lw_cons_and(p, "k >= 1", s->rows_if), ya,
		        dot_step(l, fmt, ch, xa, wa, kd, k_load(p, ya)));
		return;
	}
	/* fused requantization: the k steps 0, 1 .. KS - 2 (those that exist), then KS - 1 */
	if (KS > 1)
		lw_stmt(l, k, seq, ST_ASSIGN, lw_cons_and(p, "k = 0", s->rows_if), ya,
		        dot_step(l, fmt, ch, xa, wa, kd, a0e));
	if (KS > 2)
		lw_stmt(l, k, seq, ST_ASSIGN,
		        lw_cons_and(p, arena_printf(&p->arena, "k >= 1 and k <= %lld", (long long)(KS - 2)),
		                    s->rows_if), ya,
		        dot_step(l, fmt, ch, xa, wa, kd, k_load(p, ya)));
	Expr *last = dot_step(l, fmt, ch, xa, wa, kd, KS > 1 ? k_load(p, ya) : a0e);
	lw_stmt(l, k, seq, ST_ASSIGN,
	        lw_cons_and(p, arena_printf(&p->arena, "k = %lld", (long long)(KS - 1)), s->rows_if),
	        oa, fused_requant(l, n, last, s->shift, M, ba.c));
}
