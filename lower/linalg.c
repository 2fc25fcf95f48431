/*
 * lower/linalg.c - the matmul family: linear, matmul, conv2d (im2col +
 * matmul), the token-axis depthwise conv, and fused multi-head attention.
 *
 * Everything with a contraction goes through lw_matmul_kernel(), so one
 * default schedule (a register-tiled, vectorized i-k-j nest) serves them
 * all.  Weights are re-laid out at compile time as [K][P] so the innermost
 * j loop reads them with unit stride.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/parallel.h"
#include "lower/lower.h"

/* Names of the batch loops of a matmul nest. */
static const char *batch_name(Lower *l, int i, int64_t ext)
{
	if (i == 0 && ext == IR_DIM_N)
		return "n";
	return arena_printf(&l->p->arena, "b%d", i);
}

/*
 * The epilogue (scale, fused elementwise ops) as a second nest over the
 * output after the contraction: inside the k loop it would put a guard
 * around the register tile.  out[b.., i, j] = epi(out * scale).
 */
static void epilogue_nest(Lower *l, Kernel *k, const MatmulSpec *ms)
{
	Program *p = l->p;
	LoopNode *in = k->root;
	int nb = ms->nb;

	for (int b = 0; b < nb; b++) {
		const char *nm = b == 0 && ms->bext[0] == IR_DIM_N ? "en" :
		                 arena_printf(&p->arena, "eb%d", b);
		LoopNode *lp = k_loop(p, nm, ms->bext[b]);
		k_append(p, in, lp);
		in = lp;
	}
	LoopNode *li = k_loop(p, "ei", ms->M), *lj = k_loop(p, "ej", ms->P);
	k_append(p, in, li);
	k_append(p, li, lj);
	Access out = ms->out;
	out.c[nb + 1] = out.c[ms->panel ? nb + 3 : nb + 2];  /* (.., i, k, [jp,] j) -> (.., i, j) */
	out.c[nb + 2] = out.c[nb + 3] = 0;
	Stmt *s = k_stmt_add(p, k, ST_ASSIGN);
	s->store = out;
	s->constraints = ms->epi_rows_if;
	Expr *v = k_load(p, out);
	if (ms->scale != 1.0f)
		v = k_bin(p, EX_MUL, v, k_const(p, ms->scale));
	if (ms->node)
		v = lw_epilogue(l, ms->node, v, &out, nb + 1);
	s->value = v;
	k_append(p, lj, k_leaf(p, s));
}

/* Whether "e" computes a transcendental or a division (an epilogue worth threads sooner). */
static int expr_heavy(const Expr *e)
{
	if (!e)
		return 0;
	if (e->kind == EX_EXP || e->kind == EX_ERF || e->kind == EX_TANH || e->kind == EX_DIV ||
	    e->kind == EX_SQRT || e->kind == EX_RSQRT)
		return 1;
	return expr_heavy(e->a) || expr_heavy(e->b) || expr_heavy(e->c);
}

int lw_matmul_kernel(Lower *l, const MatmulSpec *ms)
{
	Program *p = l->p;
	Kernel *k = k_kernel_add(p, ms->name, ms->node ? ir_op_name(ms->node->op) : "matmul");
	LoopNode *in;
	int nb = ms->nb;

	k->root = k_seq(p);
	in = k->root;
	for (int b = 0; b < nb; b++) {
		LoopNode *lp = k_loop(p, batch_name(l, b, ms->bext[b]), ms->bext[b]);
		k_append(p, in, lp);
		in = lp;
	}
	static const char *const ikj[] = {"i", "k", "j"}, *const ikpj[] = {"i", "k", "jp", "j"};
	int64_t ext[4] = {ms->M, ms->K, ms->P, 0};
	if (ms->panel) {
		ext[2] = ms->P / ms->panel;
		ext[3] = ms->panel;
	}
	for (int d = 0; d < (ms->panel ? 4 : 3); d++) {
		LoopNode *lp = k_loop(p, ms->panel ? ikpj[d] : ikj[d], ext[d]);
		k_append(p, in, lp);
		in = lp;
	}
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);

	Expr *prod_a = k_load(p, ms->a), *prod_b = k_load(p, ms->b);
	Stmt *s0 = k_stmt_add(p, k, ST_ASSIGN);
	s0->constraints = ms->rows_if ? arena_printf(&p->arena, "k = 0 and %s", ms->rows_if) : "k = 0";
	s0->store = ms->out;
	s0->value = ms->bias.buf ? k_fma(p, prod_a, prod_b, k_load(p, ms->bias))
	                         : k_bin(p, EX_MUL, prod_a, prod_b);
	k_append(p, seq, k_leaf(p, s0));

	Stmt *s1 = k_stmt_add(p, k, ST_ADD);
	s1->constraints = ms->rows_if ? arena_printf(&p->arena, "k >= 1 and %s", ms->rows_if) : "k >= 1";
	s1->store = ms->out;
	s1->value = k_bin(p, EX_MUL, k_load(p, ms->a), k_load(p, ms->b));
	k_append(p, seq, k_leaf(p, s1));

	if (ms->scale != 1.0f || (ms->node && l->chain[ms->node->id]))
		epilogue_nest(l, k, ms);
	if (ms->param.name)
		k_kernel_param(k, ms->param.name, ms->param.src);
	SchMatmulShape sh = {.nb = nb, .M = ms->M, .K = ms->K, .P = ms->P, .panel = (int)ms->panel,
	                     .epilogue = k->n_stmts < 3 ? 0 : expr_heavy(k->stmts[2]->value) ? 2 : 1};
	for (int b = 0; b < nb; b++) {
		sh.bname[b] = batch_name(l, b, ms->bext[b]);
		sh.bext[b] = ms->bext[b];
	}
	lw_schedule(l, k, sch_template_matmul(l->tgt, &p->arena, &sh));
	return k_kernel_finish(k, l->err);
}

/* One recorded weight re-layout: lw_weight_kp's (panel 0) or lw_weight_panels'. */
struct LwFill {
	const unsigned char *src;
	float *dst;
	int64_t r0, m, K;
	int groups;
	int64_t panel;
};

static void record_fill(Lower *l, LwFill f)
{
	if (l->n_fills == l->cap_fills) {
		l->cap_fills = l->cap_fills ? 2 * l->cap_fills : 64;
		l->fills = xrealloc(l->fills, (size_t)l->cap_fills * sizeof(*l->fills));
	}
	l->fills[l->n_fills++] = f;
}

/*
 * A constant buffer holding rows [r0, r0+m) of the row-major matrix
 * "src" (each row K floats) transposed to [K][m], placed "groups" times
 * side by side when a grouped conv needs one panel per group.  The copy
 * itself is only recorded here: lw_weight_fill does all of them at the
 * end of lowering, on several threads (DeiT-Small's 88 MB of weights are
 * most of a re-compile after a weights-only change).
 */
Buffer *lw_weight_kp(Lower *l, const Tensor *w, int64_t r0, int64_t m,
                         int64_t K, int groups)
{
	Shape sh = {.rank = 2, .d = {K * groups, m}};
	char *name = arena_printf(&l->p->arena, "%s.kp%lld", w->name, (long long)r0);
	Buffer *b = k_buffer_add(l->p, name, BUF_WEIGHT, DT_F32, &sh);
	float *dst = arena_alloc(&l->p->arena, (size_t)(K * m * groups) * sizeof(float));

	record_fill(l, (LwFill){w->data, dst, r0, m, K, groups, 0});
	b->data = dst;
	b->nbytes = (uint64_t)(K * m * groups) * sizeof(float);
	return b;
}

/* The transpose of one LwFill, in 16 x 16 blocks written row by row. */
static void fill_kp(const LwFill *f)
{
	int64_t m = f->m, K = f->K;

	for (int g = 0; g < f->groups; g++)
		for (int64_t kb = 0; kb < K; kb += 16)
			for (int64_t rb = 0; rb < m; rb += 16) {
				int64_t ke = kb + 16 < K ? kb + 16 : K, re = rb + 16 < m ? rb + 16 : m;
				for (int64_t k = kb; k < ke; k++) {
					float *d = f->dst + (g * K + k) * m;
					const unsigned char *s = f->src + sizeof(float) *
					                         (size_t)((f->r0 + g * m) * K + k);
					for (int64_t r = rb; r < re; r++)
						memcpy(&d[r], s + sizeof(float) * (size_t)(r * K), sizeof(float));
				}
			}
}

/* The panels of one LwFill (lw_weight_panels), 16 k at a time per panel. */
static void fill_panels(const LwFill *f)
{
	int64_t P = f->m, K = f->K, J = f->panel;
	const unsigned char *src = f->src + sizeof(float) * (size_t)(f->r0 * K);

	for (int64_t q = 0; q < P / J; q++)
		for (int64_t kb = 0; kb < K; kb += 16)
			for (int64_t j = 0; j < J; j++)
				for (int64_t k = kb; k < K && k < kb + 16; k++)
					memcpy(&f->dst[(q * K + k) * J + j],
					       src + sizeof(float) * (size_t)((q * J + j) * K + k), sizeof(float));
}

static void fill_one(void *arg, int i, int worker)
{
	const LwFill *f = &((const LwFill *)arg)[i];

	if (f->panel)
		fill_panels(f);
	else
		fill_kp(f);
}

void lw_weight_fill(Lower *l, int run)
{
	if (run && l->n_fills)
		par_for(l->n_fills, 0, fill_one, l->fills);
	free(l->fills);
	l->fills = NULL;
	l->n_fills = l->cap_fills = 0;
}

/*
 * A constant buffer of rows [r0, r0+P) of the row-major matrix "src"
 * (each row K floats) as P / J column panels [P/J][K][J]: panel q holds
 * the J columns from q * J for every k, so the register tile of a linear
 * (J columns, lw_matmul_kernel with .panel = J) streams its weights with
 * unit stride instead of one J-float piece per row P floats apart, which
 * on a 4 KiB-aliased stride (1536 floats) kept the panel out of L1.  The
 * copy is recorded, like lw_weight_kp's.
 */
Buffer *lw_weight_panels(Lower *l, const Tensor *w, int64_t r0, int64_t P, int64_t K, int64_t J)
{
	Shape sh = {.rank = 3, .d = {P / J, K, J}};
	char *name = arena_printf(&l->p->arena, "%s.p%lld", w->name, (long long)r0);
	Buffer *b = k_buffer_add(l->p, name, BUF_WEIGHT, DT_F32, &sh);
	float *dst = arena_alloc(&l->p->arena, (size_t)(K * P) * sizeof(float));

	record_fill(l, (LwFill){w->data, dst, r0, P, K, 1, J});
	b->data = dst;
	b->nbytes = (uint64_t)(K * P) * sizeof(float);
	return b;
}

/* A 1-D view of "n" floats starting at element "off" of weight "w". */
Buffer *lw_weight_view(Lower *l, const Tensor *w, int64_t off, int64_t n)
{
	Shape sh = {.rank = 1, .d = {n}};
	char *name = arena_printf(&l->p->arena, "%s.v%lld", w->name, (long long)off);
	Buffer *b = k_buffer_add(l->p, name, BUF_WEIGHT, DT_F32, &sh);
	b->data = (const unsigned char *)w->data + sizeof(float) * (size_t)off;
	b->nbytes = (uint64_t)n * sizeof(float);
	return b;
}

int lw_need_data(Lower *l, const Node *n, const Tensor *w)
{
	if (w->kind != TK_WEIGHT || !w->data)
		return vitc_errf(l->err, "%s: node '%s' (%s): input '%s' must be a weight with "
		                 "data (compile needs the safetensors file)", l->g->path,
		                 n->name, ir_op_name(n->op), w->name);
	return 0;
}

/*
 * y[r, j] = bias[j] + sum_k x[r, k] * W[row0 + j, k] for the rows r of a
 * [batch, rows, K] view: x rows start at element x_off with stride x_rs,
 * y rows at y_off with stride y_rs.  Used by linear and attention.
 */
int lw_linear_rows(Lower *l, const Node *n, const char *name,
                       Buffer *x, int64_t x_rs, int64_t x_off,
                       const Tensor *w, const Tensor *bias, int64_t row0, int64_t P,
                       Buffer *y, int64_t y_rs, int64_t y_off,
                       int64_t nbatch, int64_t rows, int64_t K, const Node *epi)
{
	MatmulSpec ms = {.name = name, .node = epi, .scale = 1.0f, .K = K, .P = P};
	int b = 0;
	if (lw_need_data(l, n, w) || (bias && lw_need_data(l, n, bias)))
		return -1;
	if (nbatch != 1) {
		ms.nb = 1;
		ms.bext[0] = nbatch;
		b = 1;
	}
	ms.M = rows;
	ms.panel = sch_matmul_panel(l->tgt, rows, K, P, 0);
	/* dims (b, i, k, j) or, with panels, (b, i, k, jp, j): column jp * panel + j */
	int64_t J = ms.panel, jd = b + (J ? 3 : 2);
	ms.a = (Access){.buf = x, .k = x_off};
	ms.a.c[b] = x_rs;
	ms.a.c[b + 1] = 1;
	if (b)
		ms.a.c[0] = x_rs * rows;
	if (J) {
		ms.b = (Access){.buf = lw_weight_panels(l, w, row0, P, K, J)};
		ms.b.c[b + 1] = J;
		ms.b.c[b + 2] = K * J;
	} else {
		ms.b = (Access){.buf = lw_weight_kp(l, w, row0, P, K, 1)};
		ms.b.c[b + 1] = P;
	}
	ms.b.c[jd] = 1;
	ms.out = (Access){.buf = y, .k = y_off};
	ms.out.c[b] = y_rs;
	ms.out.c[jd] = 1;
	if (J)
		ms.out.c[jd - 1] = J;
	if (b)
		ms.out.c[0] = y_rs * rows;
	if (bias) {
		ms.bias = (Access){.buf = lw_weight_view(l, bias, row0, P)};
		ms.bias.c[jd] = 1;
		if (J)
			ms.bias.c[jd - 1] = J;
	}
	return lw_matmul_kernel(l, &ms);
}

/* Split an [..., K] shape into (batch, rows): batch = N (or 1), rows = the rest. */
void lw_rows_of(const Shape *s, int64_t *nbatch, int64_t *rows)
{
	int64_t r = 1;
	int first = 0;
	*nbatch = 1;
	if (s->rank >= 2 && s->d[0] == IR_DIM_N) {
		*nbatch = IR_DIM_N;
		first = 1;
	}
	for (int i = first; i < s->rank - 1; i++)
		r *= s->d[i];
	*rows = r;
	if (*nbatch == 1 && first == 0 && s->rank == 1)
		*rows = 1;
	if (s->rank == 2 && s->d[0] == IR_DIM_N) {
		*nbatch = 1;
		*rows = IR_DIM_N;
	}
}

int lw_linear(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1];
	const Tensor *bias = n->n_in > 2 ? n->in[2] : NULL;
	int64_t K = x->shape.d[x->shape.rank - 1], P = w->shape.d[0], nb, rows;
	lw_rows_of(&x->shape, &nb, &rows);
	return lw_linear_rows(l, n, n->name, lw_buf(l, x), K, 0, w, bias, 0, P,
	                   lw_buf(l, lw_final_out(l, n)), P, 0, nb, rows, K, n);
}

int lw_matmul(Lower *l, const Node *n)
{
	const Tensor *a = n->in[0], *b = n->in[1], *y = n->out[0];
	int r = y->shape.rank, nb = r - 2, pa[IR_MAX_RANK], pb[IR_MAX_RANK], po[IR_MAX_RANK];
	MatmulSpec ms = {.name = n->name, .node = n, .scale = 1.0f, .nb = nb};

	if (a->shape.rank < 2 || b->shape.rank < 2 || nb > 4)
		return vitc_errf(l->err, "%s: node '%s' (matmul): vitc compiles matmul of rank 2..6 "
		                 "operands only", l->g->path, n->name);
	for (int i = 0; i < nb; i++) {
		ms.bext[i] = y->shape.d[i];
		pa[i] = pb[i] = po[i] = i;
	}
	ms.M = y->shape.d[r - 2];
	ms.P = y->shape.d[r - 1];
	ms.K = a->shape.d[a->shape.rank - 1];
	pa[nb] = nb; pa[nb + 1] = nb + 1;
	pb[nb] = nb + 1; pb[nb + 1] = nb + 2;
	po[nb] = nb; po[nb + 1] = nb + 2;
	ms.a = lw_access(l, a, pa, nb + 2);
	ms.b = lw_access(l, b, pb, nb + 2);
	ms.out = lw_access(l, lw_final_out(l, n), po, nb + 2);
	return lw_matmul_kernel(l, &ms);
}

/*
 * Depthwise conv2d (groups = C = O, one input channel per output) as one
 * direct kernel, NCHW throughout.  Per (n, c, y): the output row starts as
 * the bias, each tap (ky, kx) adds w[c,ky,kx] times a shifted input row
 * (the padding is a domain constraint, so no zeros are stored), then the
 * row goes through the epilogue.  The x loops are the vector loops; with
 * im2col + gemm a depthwise 3x3 would copy its input nine times to do a
 * 1-wide matmul per channel.
 */
static int conv2d_depthwise(Lower *l, const Node *n, int64_t sh, int64_t sw, int64_t ph,
                            int64_t pw, int64_t dh, int64_t dw)
{
	const Tensor *x = n->in[0], *w = n->in[1], *y = n->out[0];
	const Tensor *bias = n->n_in > 2 ? n->in[2] : NULL;
	int64_t NB = x->shape.d[0], C = x->shape.d[1], H = x->shape.d[2], W = x->shape.d[3];
	int64_t KH = w->shape.d[2], KW = w->shape.d[3], Ho = y->shape.d[2], Wo = y->shape.d[3];
	Program *p = l->p;
	Kernel *k = k_kernel_add(p, n->name, "conv2d");
	k->root = k_seq(p);
	LoopNode *row = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "c", C), "y", Ho);
	LoopNode *seq = k_seq(p);
	k_append(p, row, seq);
	Shape ash = {.rank = 4, .d = {NB, C, Ho, Wo}};
	Buffer *acc = lw_temp(l, n, "acc", &ash);
	/* the accumulator row under loops (n, c, y, x) and (n, c, y, ky, kx, x) */
	Access a4 = {.buf = acc, .c = {C * Ho * Wo, Ho * Wo, Wo, 1}};
	Access a6 = {.buf = acc, .c = {C * Ho * Wo, Ho * Wo, Wo, 0, 0, 1}};
	Expr *init = bias ? k_load(p, (Access){.buf = lw_buf(l, bias), .c = {0, 1, 0, 0}})
	                  : k_const(p, 0.0f);
	lw_stmt(l, k, lw_loop(l, seq, "x0", Wo), ST_ASSIGN, NULL, a4, init);
	LoopNode *tap = lw_loop(l, lw_loop(l, lw_loop(l, seq, "ky", KH), "kx", KW), "x", Wo);
	Access wa = {.buf = lw_buf(l, w), .c = {0, KH * KW, 0, KW, 1, 0}};
	Access xa = {.buf = lw_buf(l, x), .c = {C * H * W, H * W, sh * W, dh * W, dw, sw},
	             .k = -ph * W - pw};
	const char *inside = arena_printf(&p->arena,
		"0 <= %lld*y + %lld*ky - %lld < %lld and 0 <= %lld*x + %lld*kx - %lld < %lld",
		(long long)sh, (long long)dh, (long long)ph, (long long)H,
		(long long)sw, (long long)dw, (long long)pw, (long long)W);
	lw_stmt(l, k, tap, ST_ADD, inside, a6, k_bin(p, EX_MUL, k_load(p, wa), k_load(p, xa)));
	int pos[4];
	lw_iota(pos, 4, 0);
	Access oa = lw_access(l, lw_final_out(l, n), pos, 4);
	lw_stmt(l, k, lw_loop(l, seq, "x2", Wo), ST_ASSIGN, NULL, oa,
	        lw_epilogue(l, n, k_load(p, a4), &oa, 3));
	const char *vec = sw != 1 ? "" : Wo >= 16 ? "split(x0,16); split(x,16); split(x2,16); "
	                  "vectorize(x0.i); vectorize(x.i); vectorize(x2.i); "
	                  : "vectorize(x0); vectorize(x); vectorize(x2); ";
	lw_schedule(l, k, arena_printf(&p->arena, "%sparallel(c)", vec));
	return k_kernel_finish(k, l->err);
}

/*
 * Depthwise conv2d on channels-last data (layout="nhwc", made by
 * pass_conv_channels_last): x[N,H,W,C] -> [N,H',W',C], one direct
 * kernel.  Per output pixel (n, y, x) and block of "V" channels (one
 * vector; V = C when C is not a multiple of the lanes or elementwise
 * ops are fused into the kernel): the block starts
 * as the bias, each tap (ky, kx) inside the image adds w[ky,kx,block]
 * times the shifted input pixel's block, then the block goes through the
 * epilogue.  With the block loop outside the taps, the backend keeps the
 * sum in a vector register across them; the weights are re-laid out as
 * [kh*kw][C] so that a tap's weights are contiguous like the channels.
 */
static int conv2d_depthwise_nhwc(Lower *l, const Node *n, int64_t sh, int64_t sw,
                                 int64_t ph, int64_t pw, int64_t dh, int64_t dw)
{
	const Tensor *x = n->in[0], *w = n->in[1], *y = n->out[0];
	const Tensor *bias = n->n_in > 2 ? n->in[2] : NULL;
	int64_t NB = x->shape.d[0], H = x->shape.d[1], W = x->shape.d[2], C = x->shape.d[3];
	int64_t KH = w->shape.d[2], KW = w->shape.d[3], Ho = y->shape.d[1], Wo = y->shape.d[2];
	int64_t V = C % l->tgt->f32_lanes ? C : l->tgt->f32_lanes;
	Program *p = l->p;
	/* a fused operand broadcast along the channels indexes them by one dim */
	if (l->chain[n->id] && l->chain[n->id][0])
		V = C;
	Kernel *k = k_kernel_add(p, n->name, "conv2d");

	k->root = k_seq(p);
	/* dims: n y x cb | c (init, epilogue) or ky kx c (taps); channel = cb*V + c */
	LoopNode *blk = lw_loop(l, lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "y", Ho),
	                                   "x", Wo), "cb", C / V);
	LoopNode *seq = k_seq(p);
	k_append(p, blk, seq);
	Shape ash = {.rank = 4, .d = {NB, Ho, Wo, C}};
	Buffer *acc = lw_temp(l, n, "acc", &ash);
	Access a5 = {.buf = acc, .c = {Ho * Wo * C, Wo * C, C, V, 1}};
	Access a7 = {.buf = acc, .c = {Ho * Wo * C, Wo * C, C, V, 0, 0, 1}};
	Expr *init = bias ? k_load(p, (Access){.buf = lw_buf(l, bias), .c = {0, 0, 0, V, 1}})
	                  : k_const(p, 0.0f);
	lw_stmt(l, k, lw_loop(l, seq, "c0", V), ST_ASSIGN, NULL, a5, init);
	LoopNode *tap = lw_loop(l, lw_loop(l, lw_loop(l, seq, "ky", KH), "kx", KW), "c", V);
	Access wa = {.buf = lw_weight_kp(l, w, 0, C, KH * KW, 1),
	             .c = {0, 0, 0, V, KW * C, C, 1}};
	Access xa = {.buf = lw_buf(l, x),
	             .c = {H * W * C, sh * W * C, sw * C, V, dh * W * C, dw * C, 1},
	             .k = -(ph * W + pw) * C};
	const char *inside = arena_printf(&p->arena,
		"0 <= %lld*y + %lld*ky - %lld < %lld and 0 <= %lld*x + %lld*kx - %lld < %lld",
		(long long)sh, (long long)dh, (long long)ph, (long long)H,
		(long long)sw, (long long)dw, (long long)pw, (long long)W);
	lw_stmt(l, k, tap, ST_ADD, inside, a7, k_bin(p, EX_MUL, k_load(p, wa), k_load(p, xa)));
	Access oa = {.buf = lw_buf(l, lw_final_out(l, n)), .c = {Ho * Wo * C, Wo * C, C, V, 1}};
	lw_stmt(l, k, lw_loop(l, seq, "c2", V), ST_ASSIGN, NULL, oa,
	        lw_epilogue(l, n, k_load(p, a5), &oa, 4));
	lw_schedule(l, k, V <= 64 ? "vectorize(c0); vectorize(c); vectorize(c2); parallel(y)"
	                          : "parallel(y)");
	return k_kernel_finish(k, l->err);
}

/*
 * conv2d as three kernels: im2col into cols[n, y, x, c, ky, kx] (zeros
 * where the window leaves the padded image), a grouped matmul into an NHWC
 * temporary, and a transpose to NCHW that carries the epilogue.
 */
int lw_conv2d(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1], *y = n->out[0];
	const Tensor *bias = n->n_in > 2 ? n->in[2] : NULL;
	const Attr *st = ir_node_attr(n, "stride"), *pd = ir_node_attr(n, "padding");
	const Attr *dl = ir_node_attr(n, "dilation"), *gr = ir_node_attr(n, "groups");
	int nhwc = !strcmp(pass_attr_string(n, "layout", "nchw"), "nhwc");
	/* the positions of channels, rows and columns in x and y */
	int dc = nhwc ? 3 : 1, dy = nhwc ? 1 : 2, dx = nhwc ? 2 : 3;
	int64_t C = x->shape.d[dc], H = x->shape.d[dy], W = x->shape.d[dx];
	int64_t O = w->shape.d[0], KH = w->shape.d[2], KW = w->shape.d[3];
	int64_t Ho = y->shape.d[dy], Wo = y->shape.d[dx];
	int64_t sh = st ? st->ints[0] : 1, sw = st ? st->ints[1] : 1;
	int64_t ph = pd ? pd->ints[0] : 0, pw = pd ? pd->ints[1] : 0;
	int64_t dh = dl ? dl->ints[0] : 1, dw = dl ? dl->ints[1] : 1;
	int64_t G = gr ? gr->i : 1, Cg = C / G, Og = O / G, KK = Cg * KH * KW;
	Program *p = l->p;

	if (lw_need_data(l, n, w) || (bias && lw_need_data(l, n, bias)))
		return -1;
	if (G == C && Og == 1 && Cg == 1)
		return nhwc ? conv2d_depthwise_nhwc(l, n, sh, sw, ph, pw, dh, dw)
		            : conv2d_depthwise(l, n, sh, sw, ph, pw, dh, dw);
	if (nhwc && G != 1)
		return vitc_errf(l->err, "%s: node '%s' (conv2d): layout \"nhwc\" is compiled "
		                 "for groups = 1 and depthwise convolutions only", l->g->path,
		                 n->name);

	/* 1. im2col */
	Shape csh = {.rank = 6, .d = {x->shape.d[0], Ho, Wo, C, KH, KW}};
	Buffer *cols = lw_temp(l, n, "cols", &csh);
	Kernel *k = k_kernel_add(p, arena_printf(&p->arena, "%s.im2col", n->name), "conv2d");
	static const char *const cn[] = {"n", "y", "x", "c", "ky", "kx"};
	k->root = k_seq(p);
	int need_zero = ph || pw;
	int64_t cst[IR_MAX_RANK], xs[IR_MAX_RANK];
	k_buffer_strides(cols, cst);
	k_buffer_strides(&(Buffer){.shape = x->shape}, xs);
	Access ca = {.buf = cols};
	for (int i = 0; i < 6; i++)
		ca.c[i] = cst[i];
	if (need_zero) {
		static const char *const zn[] = {"zn", "zy", "zx", "zc", "zky", "zkx"};
		LoopNode *in = lw_loops(l, k->root, &csh, 0, 6, zn);
		Stmt *z = k_stmt_add(p, k, ST_ASSIGN);
		z->store = ca;
		z->value = k_const(p, 0.0f);
		k_append(p, in, k_leaf(p, z));
	}
	LoopNode *in = lw_loops(l, k->root, &csh, 0, 6, cn);
	Stmt *s = k_stmt_add(p, k, ST_ASSIGN);
	k_append(p, in, k_leaf(p, s));
	s->store = ca;
	Access xa = {.buf = lw_buf(l, x)};
	xa.c[0] = xs[0];
	xa.c[3] = xs[dc];
	xa.c[1] = sh * xs[dy];
	xa.c[4] = dh * xs[dy];
	xa.c[2] = sw * xs[dx];
	xa.c[5] = dw * xs[dx];
	xa.k = -ph * xs[dy] - pw * xs[dx];
	s->value = k_load(p, xa);
	if (need_zero)
		s->constraints = arena_printf(&p->arena,
			"0 <= %lld*y + %lld*ky - %lld < %lld and 0 <= %lld*x + %lld*kx - %lld < %lld",
			(long long)sh, (long long)dh, (long long)ph, (long long)H,
			(long long)sw, (long long)dw, (long long)pw, (long long)W);
	if (k_kernel_finish(k, l->err))
		return -1;

	/*
	 * 2. grouped matmul: nhwc[n, p, g*Og + j] = sum_k cols[n, p, g*KK + k] * wt[g][k][j];
	 * channels-last, that is the output, with the epilogue (and groups = 1).
	 */
	Shape nsh = {.rank = 3, .d = {x->shape.d[0], Ho * Wo, O}};
	Buffer *out = nhwc ? lw_buf(l, lw_final_out(l, n)) : lw_temp(l, n, "nhwc", &nsh);
	MatmulSpec ms = {.name = arena_printf(&p->arena, "%s.gemm", n->name),
	                 .scale = 1.0f, .nb = 2, .M = Ho * Wo, .K = KK, .P = Og};
	ms.bext[0] = x->shape.d[0];
	ms.bext[1] = G;
	ms.a = (Access){.buf = cols};
	ms.a.c[0] = Ho * Wo * C * KH * KW;
	ms.a.c[1] = KK;
	ms.a.c[2] = C * KH * KW;
	ms.a.c[3] = 1;
	/* dims (n, g, i, k, j) or, with panels (groups = 1), (n, g, i, k, jp, j) */
	ms.panel = G == 1 ? sch_matmul_panel(l->tgt, ms.M, KK, Og, 0) : 0;
	int64_t J = ms.panel, jd = J ? 5 : 4;
	if (J) {
		ms.b = (Access){.buf = lw_weight_panels(l, w, 0, Og, KK, J)};
		ms.b.c[3] = J;
		ms.b.c[4] = KK * J;
	} else {
		ms.b = (Access){.buf = lw_weight_kp(l, w, 0, Og, KK, (int)G)};
		ms.b.c[1] = KK * Og;
		ms.b.c[3] = Og;
	}
	ms.b.c[jd] = 1;
	ms.out = (Access){.buf = out};
	ms.out.c[0] = Ho * Wo * O;
	ms.out.c[1] = Og;
	ms.out.c[2] = O;
	ms.out.c[jd] = 1;
	if (J)
		ms.out.c[jd - 1] = J;
	if (bias) {
		ms.bias = (Access){.buf = lw_buf(l, bias)};
		ms.bias.c[1] = Og;
		ms.bias.c[jd] = 1;
		if (J)
			ms.bias.c[jd - 1] = J;
	}
	if (nhwc) {
		ms.node = n;
		return lw_matmul_kernel(l, &ms);
	}
	if (lw_matmul_kernel(l, &ms))
		return -1;

	/* 3. NHWC -> NCHW with the epilogue */
	Kernel *t = k_kernel_add(p, arena_printf(&p->arena, "%s.nchw", n->name), "conv2d");
	t->root = k_seq(p);
	in = lw_loops(l, t->root, &y->shape, 0, 4, NULL);
	Stmt *c = k_stmt_add(p, t, ST_ASSIGN);
	k_append(p, in, k_leaf(p, c));
	int pos[4];
	lw_iota(pos, 4, 0);
	c->store = lw_access(l, lw_final_out(l, n), pos, 4);
	Access na = {.buf = out};
	na.c[0] = Ho * Wo * O;
	na.c[1] = 1;
	na.c[2] = O * Wo;
	na.c[3] = O;
	c->value = lw_epilogue(l, n, k_load(p, na), &c->store, 3);
	return k_kernel_finish(t, l->err);
}

/*
 * The tap load of a token convolution's weights w [G][Cg][Kq] in the GPU
 * nests' statement (n, t, c, q): channel c's taps are group c / Cg's (one
 * filter per channel when Cg = 1, an indirect load when 1 < G < C).
 */
Access lw_conv1d_taps(Lower *l, const Tensor *w, int64_t Kq, int64_t Cg)
{
	Access wa = {.buf = lw_buf(l, w), .c = {0, 0, 0, 1}};

	if (Cg == 1) {
		wa.c[2] = Kq;
	} else if (w->shape.d[0] > 1) {
		wa.ind = k_bin(l->p, EX_DIV, k_iter(l->p, VT_I32, 2), lw_ci32(l, Cg));
		wa.ci = Kq;
	}
	return wa;
}

/*
 * conv1d_tokens for GPU schedules: one nest over (n, t, c), the bias, the
 * taps and the epilogue of an output element in turn, so that one thread
 * computes it; channel c's taps are group c / Cg's (an indirect load of
 * the weights: Cg > 1 and more than one group).
 */
static int conv1d_tokens_gpu(Lower *l, const Node *n, Kernel *k, int64_t pad, int64_t Kq,
                             int64_t Cg)
{
	const Tensor *x = n->in[0], *w = n->in[1], *y = n->out[0];
	const Tensor *bias = n->n_in > 2 ? n->in[2] : NULL;
	int64_t T = x->shape.d[1], C = x->shape.d[2];
	Program *p = l->p;
	int pos[3] = {0, 1, 2};
	static const char *const names[] = {"n", "t", "c"};
	LoopNode *in = lw_loops(l, k->root, &y->shape, 0, 3, names), *seq = k_seq(p);
	Access out = lw_access(l, y, pos, 3), wa = lw_conv1d_taps(l, w, Kq, Cg);
	Access xa = {.buf = lw_buf(l, x), .c = {T * C, C, 1, C}, .k = -pad * C};

	k_append(p, in, seq);
	out.buf = lw_buf(l, lw_final_out(l, n));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, out,
	        bias ? k_load(p, (Access){.buf = lw_buf(l, bias), .c = {0, 0, 1}}) : k_const(p, 0.0f));
	lw_stmt(l, k, lw_loop(l, seq, "q", Kq), ST_ADD,
	        arena_printf(&p->arena, "0 <= t + q - %lld < %lld", (long long)pad, (long long)T),
	        out, k_bin(p, EX_MUL, k_load(p, wa), k_load(p, xa)));
	if (l->chain[n->id])
		lw_stmt(l, k, seq, ST_ASSIGN, NULL, out, lw_epilogue(l, n, k_load(p, out), &out, 2));
	return k_kernel_finish(k, l->err);
}

/*
 * Depthwise 1-D conv along tokens: out[n,t,c] = b[c] +
 * sum_q w[g(c),q] * x[n, t+q-pad, c] over in-range taps, where channel c
 * uses the taps of group g(c) = c / (C/G) for a weight [G,1,k] (G = C:
 * one filter per channel; G = heads: LinAngular's per-head filter).
 * Channels are iterated as (g, e) so every access stays affine.  The bias
 * (or zero) is written by a first nest so padded taps are simply skipped.
 */
int lw_conv1d_tokens(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1], *y = n->out[0];
	const Tensor *bias = n->n_in > 2 ? n->in[2] : NULL;
	const Attr *pa = ir_node_attr(n, "padding");
	int64_t pad = pa ? pa->i : 0, T = x->shape.d[1], C = x->shape.d[2];
	int64_t To = y->shape.d[1], Kq = w->shape.d[w->shape.rank - 1];
	int64_t G = w->shape.d[0], Cg = C / G;
	Program *p = l->p;
	Kernel *k = lw_kernel(l, n);
	int pos[3] = {0, 1, 2};
	static const char *const zn[] = {"zn", "zt", "zc"};

	k->root = k_seq(p);
	if (l->tgt->gpu)
		return conv1d_tokens_gpu(l, n, k, pad, Kq, Cg);
	LoopNode *in = lw_loops(l, k->root, &y->shape, 0, 3, zn);
	Stmt *s0 = k_stmt_add(p, k, ST_ASSIGN);
	k_append(p, in, k_leaf(p, s0));
	Buffer *out = lw_buf(l, lw_final_out(l, n));
	s0->store = lw_access(l, y, pos, 3);
	s0->store.buf = out;
	if (bias) {
		Access ba = {.buf = lw_buf(l, bias)};
		ba.c[2] = 1;
		s0->value = k_load(p, ba);
	} else {
		s0->value = k_const(p, 0.0f);
	}
	Shape ish = {.rank = 5, .d = {y->shape.d[0], To, Kq, G, Cg}};
	static const char *const mn[] = {"n", "t", "q", "g", "c"};
	in = lw_loops(l, k->root, &ish, 0, 5, mn);
	Stmt *s1 = k_stmt_add(p, k, ST_ADD);
	k_append(p, in, k_leaf(p, s1));
	s1->store = (Access){.buf = out, .c = {To * C, C, 0, Cg, 1}};
	Access wa = {.buf = lw_buf(l, w), .c = {0, 0, 1, Kq, 0}};
	Access xa = {.buf = lw_buf(l, x), .c = {T * C, C, C, Cg, 1}, .k = -pad * C};
	s1->value = k_bin(p, EX_MUL, k_load(p, wa), k_load(p, xa));
	s1->constraints = arena_printf(&p->arena, "0 <= t + q - %lld < %lld",
	                               (long long)pad, (long long)T);
	if (l->chain[n->id]) {
		Stmt *s2 = k_stmt_add(p, k, ST_ASSIGN);
		in = lw_loops(l, k->root, &y->shape, 0, 3, (const char *const[]){"en", "et", "ec"});
		k_append(p, in, k_leaf(p, s2));
		s2->store = s0->store;
		s2->value = lw_epilogue(l, n, k_load(p, s0->store), &s2->store, 2);
	}
	return k_kernel_finish(k, l->err);
}

/*
 * Multi-head attention (nn.MultiheadAttention, batch_first, eval):
 * projections, kT = per-head K transposed, scores = Q kT / sqrt(dh),
 * row softmax, ctx = P V, output projection with the epilogue.
 */
int lw_attention(Lower *l, const Node *n)
{
	const Tensor *q = n->in[0], *kk = n->in[1], *v = n->in[2];
	const Tensor *w_in = n->in[3], *b_in = n->in[4], *w_out = n->in[5], *b_out = n->in[6];
	int64_t H = ir_node_attr(n, "num_heads")->i;
	int64_t L = q->shape.d[1], S = kk->shape.d[1], D = q->shape.d[2], dh = D / H;
	int64_t NB = q->shape.d[0];
	Program *p = l->p;
	Buffer *qb, *kb, *vb;
	int64_t qs, ks, vs, qo, ko, vo;

	if (q == kk && kk == v) {
		Shape sh = {.rank = 3, .d = {NB, L, 3 * D}};
		Buffer *qkv = lw_temp(l, n, "qkv", &sh);
		if (lw_linear_rows(l, n, arena_printf(&p->arena, "%s.qkv", n->name), lw_buf(l, q),
		                D, 0, w_in, b_in, 0, 3 * D, qkv, 3 * D, 0, NB, L, D, NULL))
			return -1;
		qb = kb = vb = qkv;
		qs = ks = vs = 3 * D;
		qo = 0; ko = D; vo = 2 * D;
	} else {
		const Tensor *src[3] = {q, kk, v};
		Buffer *dst[3];
		static const char *const nm[3] = {"q", "k", "v"};
		for (int i = 0; i < 3; i++) {
			Shape sh = {.rank = 3, .d = {NB, src[i]->shape.d[1], D}};
			dst[i] = lw_temp(l, n, nm[i], &sh);
			if (lw_linear_rows(l, n, arena_printf(&p->arena, "%s.%s", n->name, nm[i]),
			                lw_buf(l, src[i]), D, 0, w_in, b_in, i * D, D, dst[i], D, 0,
			                NB, src[i]->shape.d[1], D, NULL))
				return -1;
		}
		qb = dst[0]; kb = dst[1]; vb = dst[2];
		qs = ks = vs = D;
		qo = ko = vo = 0;
	}

	/* kT[n, h, d, s] = K[n, s, h*dh + d], a tiled transpose */
	Shape ksh = {.rank = 4, .d = {NB, H, dh, S}};
	Buffer *kt = lw_temp(l, n, "kT", &ksh);
	Kernel *k = k_kernel_add(p, arena_printf(&p->arena, "%s.kT", n->name), "attention");
	k->root = k_seq(p);
	static const char *const knames[] = {"n", "h", "d", "s"};
	LoopNode *in = lw_loops(l, k->root, &ksh, 0, 4, knames);
	Stmt *s = k_stmt_add(p, k, ST_ASSIGN);
	k_append(p, in, k_leaf(p, s));
	s->store = (Access){.buf = kt, .c = {H * dh * S, dh * S, S, 1}};
	s->value = k_load(p, (Access){.buf = kb, .c = {S * ks, dh, 1, ks}, .k = ko});
	Access ka = s->value->acc;
	lw_transpose_schedule(l, k, &ksh, &ka, knames);
	if (k_kernel_finish(k, l->err))
		return -1;

	/* scores[n, h, i, j] = scale * sum_d Q[n, i, h*dh + d] kT[n, h, d, j] */
	Shape ssh = {.rank = 4, .d = {NB, H, L, S}};
	Buffer *sc = lw_temp(l, n, "scores", &ssh);
	MatmulSpec ms = {.name = arena_printf(&p->arena, "%s.scores", n->name),
	                 .nb = 2, .bext = {NB, H}, .M = L, .K = dh, .P = S, .scale = 1.0f};
	ms.a = (Access){.buf = qb, .c = {L * qs, dh, qs, 1}, .k = qo};
	ms.b = (Access){.buf = kt, .c = {H * dh * S, dh * S, 0, S, 1}};
	ms.out = (Access){.buf = sc, .c = {H * L * S, L * S, S, 0, 1}};
	if (lw_matmul_kernel(l, &ms))
		return -1;
	/* the 1/sqrt(dh) scale folds into the softmax: exp(scale * (s - max)) */
	if (lw_softmax_rows(l, arena_printf(&p->arena, "%s.softmax", n->name), sc, sc,
	                    &ssh, (float)(1.0 / sqrt((double)dh)), NULL))
		return -1;

	/* ctx[n, i, h*dh + e] = sum_j P[n, h, i, j] V[n, j, h*dh + e] */
	Shape csh = {.rank = 3, .d = {NB, L, D}};
	Buffer *ctx = lw_temp(l, n, "ctx", &csh);
	MatmulSpec mc = {.name = arena_printf(&p->arena, "%s.ctx", n->name),
	                 .nb = 2, .bext = {NB, H}, .M = L, .K = S, .P = dh, .scale = 1.0f};
	mc.a = (Access){.buf = sc, .c = {H * L * S, L * S, S, 1, 0}};
	mc.b = (Access){.buf = vb, .c = {S * vs, dh, 0, vs, 1}, .k = vo};
	mc.out = (Access){.buf = ctx, .c = {L * D, dh, D, 0, 1}};
	if (lw_matmul_kernel(l, &mc))
		return -1;

	return lw_linear_rows(l, n, arena_printf(&p->arena, "%s.out", n->name), ctx, D, 0,
	                   w_out, b_out, 0, D, lw_buf(l, lw_final_out(l, n)), D, 0, NB, L, D, n);
}
