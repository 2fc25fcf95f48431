/*
 * lower/norm.c - row reductions: layer_norm, softmax, mean, max and
 * normalize.
 *
 * A reduction is written as an assignment at the first point of the
 * reduced range ("c = 0") and updates after it ("c >= 1"), so no separate
 * initialization pass is needed and isl peels the first iteration.
 * layer_norm instead starts its accumulators at 0 in statements of their
 * own: its loops then cover whole rows, as 16-lane vector loops.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lower/lower.h"

/* Rows of a [.., C] shape: (batch N or 1, rows, C) with rows flattened. */
static void row_view(const Shape *s, int64_t *nb, int64_t *rows, int64_t *C)
{
	int first = s->rank >= 2 && s->d[0] == IR_DIM_N;
	*nb = first ? IR_DIM_N : 1;
	*rows = 1;
	for (int i = first; i < s->rank - 1; i++)
		*rows *= s->d[i];
	*C = s->d[s->rank - 1];
}

/* Loops (n?, r) for a row view; returns the innermost; pos of n/r in *nd. */
static LoopNode *row_loops(Lower *l, LoopNode *root, int64_t nb, int64_t rows,
                           int *nd)
{
	LoopNode *in = root;
	*nd = 0;
	if (nb == IR_DIM_N) {
		LoopNode *lp = k_loop(l->p, "n", IR_DIM_N);
		k_append(l->p, in, lp);
		in = lp;
		(*nd)++;
	}
	LoopNode *lr = k_loop(l->p, "r", rows);
	k_append(l->p, in, lr);
	(*nd)++;
	return lr;
}

/* Element (row, c) of a [nb, rows, C] row-major view; c is the last dim. */
static Access row_elem(Buffer *b, int nd, int64_t rows, int64_t C, int cpos)
{
	Access a = {.buf = b};
	if (nd == 2)
		a.c[0] = rows * C;
	a.c[nd - 1] = C;
	a.c[cpos] = 1;
	return a;
}

/* Per-row scalar of a [nb, rows] temporary. */
static Access row_scalar(Buffer *b, int nd, int64_t rows)
{
	Access a = {.buf = b};
	if (nd == 2)
		a.c[0] = rows;
	a.c[nd - 1] = 1;
	return a;
}

static Buffer *row_temp(Lower *l, const char *name, const char *suffix,
                        int64_t nb, int64_t rows)
{
	Shape sh = {.rank = nb == IR_DIM_N ? 2 : 1};
	if (nb == IR_DIM_N) {
		sh.d[0] = IR_DIM_N;
		sh.d[1] = rows;
	} else {
		sh.d[0] = rows;
	}
	return k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", name, suffix),
	                    BUF_WORKSPACE, DT_F32, &sh);
}

/* A loop over the row's elements holding statements added afterwards. */
static LoopNode *col_loop(Lower *l, LoopNode *seq, const char *name, int64_t C)
{
	LoopNode *lp = k_loop(l->p, name, C);
	LoopNode *body = k_seq(l->p);
	k_append(l->p, seq, lp);
	k_append(l->p, lp, body);
	return body;
}

int lw_softmax_rows(Lower *l, const char *name, Buffer *in, Buffer *out,
                    const Shape *sh, float scale, const Node *epi)
{
	Program *p = l->p;
	int64_t nb, rows, C;
	int nd;
	row_view(sh, &nb, &rows, &C);
	if (lw_norm_gpu_ok(l, epi, rows))   /* GPU schedules: a block per row (norm_gpu.c) */
		return lw_softmax_gpu(l, name, in, out, nb, rows, C, scale);
	Kernel *k = k_kernel_add(p, name, "softmax");
	k->root = k_seq(p);
	LoopNode *r = row_loops(l, k->root, nb, rows, &nd);
	LoopNode *seq = k_seq(p);
	k_append(p, r, seq);
	Buffer *mx = row_temp(l, name, "max", nb, rows);
	Buffer *sm = row_temp(l, name, "sum", nb, rows);
	int cp = nd;
	Access m = row_scalar(mx, nd, rows), s = row_scalar(sm, nd, rows);
	Access x = row_elem(in, nd, rows, C, cp), y = row_elem(out, nd, rows, C, cp);

	LoopNode *c = col_loop(l, seq, "cm", C);
	lw_stmt(l, k, c, ST_ASSIGN, "cm = 0", m, k_load(p, x));
	lw_stmt(l, k, c, ST_MAX, "cm >= 1", m, k_load(p, x));
	c = col_loop(l, seq, "ce", C);
	Expr *d = k_bin(p, EX_SUB, k_load(p, x), k_load(p, m));
	if (scale != 1.0f)
		d = k_bin(p, EX_MUL, d, k_const(p, scale));
	lw_stmt(l, k, c, ST_ASSIGN, NULL, y, k_un(p, EX_EXP, d));
	lw_stmt(l, k, c, ST_ASSIGN, "ce = 0", s, k_load(p, y));
	lw_stmt(l, k, c, ST_ADD, "ce >= 1", s, k_load(p, y));
	c = col_loop(l, seq, "c", C);
	Expr *v = k_bin(p, EX_DIV, k_load(p, y), k_load(p, s));
	if (epi)
		v = lw_epilogue(l, epi, v, &y, cp);
	lw_stmt(l, k, c, ST_ASSIGN, NULL, y, v);
	if (rows >= 8)
		lw_schedule(l, k, "parallel(r)");
	return k_kernel_finish(k, l->err);
}

int lw_softmax(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	int64_t axis = ir_node_attr(n, "axis")->i;
	if (axis < 0)
		axis += x->shape.rank;
	if (axis != x->shape.rank - 1)
		return vitc_errf(l->err, "%s: node '%s' (softmax): only the last axis is "
		                 "supported (axis %lld of rank %d)", l->g->path, n->name,
		                 (long long)axis, x->shape.rank);
	return lw_softmax_rows(l, n->name, lw_buf(l, x), lw_buf(l, lw_final_out(l, n)),
	                       &x->shape, 1.0f, n);
}

/*
 * rstd of a layer norm row from the sum of its squared deviations "ss"
 * (of the scaled row), 1 / C ("invc"), "es2" = eps scale^2 and the row
 * scale "mc": 1 / sqrt(ss / C + es2), capped at FLT_MAX, or mc / sqrt(eps)
 * where es2 overflows (see lw_layer_norm).  lw_layer_norm_gpu shares it.
 */
Expr *lw_ln_rstd(Lower *l, Expr *ss, Expr *invc, Expr *es2, Expr *mc, float eps)
{
	Program *p = l->p;
	Expr *vs = k_bin(p, EX_ADD, k_bin(p, EX_MUL, ss, invc), es2);
	Expr *r1 = k_bin(p, EX_DIV, k_const(p, 1.0f), k_un(p, EX_SQRT, vs));
	return k_select(p, k_bin(p, EX_GT, es2, k_const(p, 1e30f)),
	                k_bin(p, EX_MUL, mc, k_const(p, (float)(1.0 / sqrt((double)eps)))),
	                k_bin(p, EX_MIN, r1, k_const(p, FLT_MAX)));
}

/* y * gamma + beta (each optional), both read through "ga" with its buffer set here. */
Expr *lw_ln_affine(Lower *l, Expr *y, const Tensor *gm, const Tensor *bt, Access ga)
{
	Program *p = l->p;
	if (gm) {
		ga.buf = lw_buf(l, gm);
		y = k_bin(p, EX_MUL, y, k_load(p, ga));
	}
	if (bt) {
		ga.buf = lw_buf(l, bt);
		y = k_bin(p, EX_ADD, y, k_load(p, ga));
	}
	return y;
}

/*
 * LayerNorm over the trailing "axes" dims, overflow-safe, in four passes
 * over the row (which is in cache after the first) and a few per-row
 * scalars between them:
 *
 *   max  = max |x|,                       scale = 1 / max(max, FLT_MIN);
 *   sum  = sum (x scale - x0 scale),      mean = x0 scale + sum / C;
 *   var  = sum (x scale - mean)^2,
 *   rstd = 1 / sqrt(var / C + eps scale^2);
 *   y    = (x scale - mean) rstd gamma + beta     (x0: the row's first element).
 *
 * Working on x scale (|x scale| <= 1) neither the sum nor the squares
 * overflow or underflow whatever the magnitude of x (plain sums of
 * squares overflowed from |x| ~ 1e19 and gave beta).  Shifting by x0
 * makes the mean exact for a constant row, which then gives exactly beta
 * (0 rstd) at any scale.  Where eps scale^2 overflows (a tiny row), var
 * is negligible against it and rstd = max(max, FLT_MIN) / sqrt(eps);
 * where it underflows and var = 0 (a constant huge row), rstd is capped at
 * FLT_MAX so that 0 rstd stays 0.  A row holding Inf or NaN gives NaN
 * throughout, as in PyTorch.  The accumulators start at 0 in statements of
 * their own, so the loops run over whole rows (16-lane vectors, no peeled
 * first element).
 */
int lw_layer_norm(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Tensor *gm = n->n_in > 1 ? n->in[1] : NULL, *bt = n->n_in > 2 ? n->in[2] : NULL;
	const Attr *ea = ir_node_attr(n, "eps"), *aa = ir_node_attr(n, "axes");
	float eps = (float)(ea ? ea->f : 1e-5);
	int axes = aa ? (int)aa->i : 1;
	Program *p = l->p;
	Shape v = x->shape;
	int64_t nb, rows, C;

	/* fold the normalized trailing dims into one */
	for (int i = 1; i < axes; i++) {
		v.d[v.rank - 2] *= v.d[v.rank - 1];
		v.rank--;
	}
	row_view(&v, &nb, &rows, &C);
	if (lw_norm_gpu_ok(l, n, rows))   /* GPU schedules: a block per row (norm_gpu.c) */
		return lw_layer_norm_gpu(l, n, nb, rows, C, eps);
	Kernel *k = lw_kernel(l, n);
	int nd;
	k->root = k_seq(p);
	LoopNode *r = row_loops(l, k->root, nb, rows, &nd);
	LoopNode *seq = k_seq(p);
	k_append(p, r, seq);
	static const char *const tn[6] = {"max", "scale", "sum", "mean", "var", "rstd"};
	Access t[6];
	for (int i = 0; i < 6; i++)
		t[i] = row_scalar(row_temp(l, n->name, tn[i], nb, rows), nd, rows);
	Access mx = t[0], sc = t[1], sm = t[2], mu = t[3], va = t[4], rs = t[5];
	Access xa = row_elem(lw_buf(l, x), nd, rows, C, nd), x0a = xa;
	Access ya = row_elem(lw_buf(l, lw_final_out(l, n)), nd, rows, C, nd);
	Expr *invc = k_const(p, (float)(1.0 / (double)C));
	x0a.c[nd] = 0;

	lw_stmt(l, k, seq, ST_ASSIGN, NULL, mx, k_const(p, 0.0f));
	LoopNode *c = col_loop(l, seq, "cm", C);
	lw_stmt(l, k, c, ST_MAX, NULL, mx, lw_fabs(l, k_load(p, xa)));
	Expr *mc = lw_row_scale(l, k_load(p, mx));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, sc, k_bin(p, EX_DIV, k_const(p, 1.0f), mc));
	Expr *xs = k_bin(p, EX_MUL, k_load(p, xa), k_load(p, sc));
	Expr *x0s = k_bin(p, EX_MUL, k_load(p, x0a), k_load(p, sc));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, sm, k_const(p, 0.0f));
	c = col_loop(l, seq, "cs", C);
	lw_stmt(l, k, c, ST_ADD, NULL, sm, k_bin(p, EX_SUB, xs, x0s));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, mu,
	        k_bin(p, EX_ADD, x0s, k_bin(p, EX_MUL, k_load(p, sm), invc)));
	Expr *dev = k_bin(p, EX_SUB, xs, k_load(p, mu));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, va, k_const(p, 0.0f));
	c = col_loop(l, seq, "cv", C);
	lw_stmt(l, k, c, ST_ADD, NULL, va, k_bin(p, EX_MUL, dev, dev));
	Expr *es2 = k_bin(p, EX_MUL, k_bin(p, EX_MUL, k_const(p, eps), k_load(p, sc)), k_load(p, sc));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, rs, lw_ln_rstd(l, k_load(p, va), invc, es2, mc, eps));
	c = col_loop(l, seq, "c", C);
	Access ga = {0};
	ga.c[nd] = 1;
	Expr *y = lw_ln_affine(l, k_bin(p, EX_MUL, dev, k_load(p, rs)), gm, bt, ga);
	lw_stmt(l, k, c, ST_ASSIGN, NULL, ya, lw_epilogue(l, n, y, &ya, nd));
	/*
	 * Rows up to 384: explicit 16-lane loops, one vector accumulator per
	 * reduction (a 48-wide row: 0.035 ms instead of 0.18 for 8x197 rows,
	 * where LLVM unrolls the loops fully and keeps them scalar).  Longer
	 * rows: LLVM's loop vectorizer, whose four interleaved accumulators
	 * hide the add latency better (768: 0.26 ms against 0.30).
	 */
	if (C <= 384)
		lw_schedule(l, k, arena_printf(&p->arena, "split(cm,16); split(cs,16); split(cv,16); "
		                               "split(c,16); vectorize(cm.i); vectorize(cs.i); "
		                               "vectorize(cv.i); vectorize(c.i)%s",
		                               rows >= 8 ? "; parallel(r)" : ""));
	else if (rows >= 8)
		lw_schedule(l, k, "parallel(r)");
	return k_kernel_finish(k, l->err);
}

/*
 * mean (and max) over "axes": iterate x's index space; the first point of
 * the reduced box assigns, later points add (max: take the maximum), the
 * last scales by 1/count.
 *
 * Overflow: a plain sum of x overflows once count max|x| passes FLT_MAX
 * (|x| ~ 3e38 / count) although the mean fits.  Unless the value bounds
 * prove that it cannot happen (e.g. a mean of layer_norm outputs), two
 * more sums go along: sc = sum x c and sa = sum |x| c, with c = 2^-k >=
 * 1/count, which cannot overflow.  Where sa / c <= FLT_MAX / 2 no partial
 * plain sum overflowed and the mean is sum / count (exact for subnormal
 * rows, where x c would lose bits); elsewhere it is sc / (count c).
 */
int lw_mean(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Attr *ax = ir_node_attr(n, "axes"), *kd = ir_node_attr(n, "keepdim");
	int r = x->shape.rank, red[IR_MAX_RANK] = {0}, keep = kd && kd->i;
	int64_t count = 1, ost[IR_MAX_RANK], xst[IR_MAX_RANK];
	Program *p = l->p;
	const Tensor *out = lw_final_out(l, n);

	for (int i = 0; i < ax->n; i++) {
		int a = (int)(ax->ints[i] < 0 ? ax->ints[i] + r : ax->ints[i]);
		if (x->shape.d[a] == IR_DIM_N)
			return vitc_errf(l->err, "%s: node '%s' (%s): cannot reduce over the batch",
			                 l->g->path, n->name, ir_op_name(n->op));
		red[a] = 1;
		count *= x->shape.d[a];
	}
	k_buffer_strides(&(Buffer){.shape = n->out[0]->shape}, ost);
	k_buffer_strides(&(Buffer){.shape = x->shape}, xst);
	Kernel *k = lw_kernel(l, n);
	k->root = k_seq(p);
	LoopNode *in = lw_loops(l, k->root, &x->shape, 0, r, NULL);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access xa = {.buf = lw_buf(l, x)}, ya = {.buf = lw_buf(l, out)};
	char first[512] = "", rest[512] = "", last[512] = "";
	int o = 0, last_out = 0;
	for (int i = 0; i < r; i++) {
		xa.c[i] = xst[i];
		if (!red[i]) {
			last_out = i;
			ya.c[i] = ost[o++];
			continue;
		}
		if (keep)
			o++;
		const char *nm = i == 0 && x->shape.d[0] == IR_DIM_N ? "n" :
		                 arena_printf(&p->arena, "d%d", i);
		size_t f = strlen(first);
		snprintf(first + f, sizeof(first) - f, "%s%s = 0", f ? " and " : "", nm);
		f = strlen(rest);
		snprintf(rest + f, sizeof(rest) - f, "%s%s >= 1", f ? " or " : "(", nm);
		f = strlen(last);
		snprintf(last + f, sizeof(last) - f, "%s%s = %lld", f ? " and " : "", nm,
		         (long long)x->shape.d[i] - 1);
	}
	strncat(rest, ")", sizeof(rest) - strlen(rest) - 1);
	const char *fc = arena_strdup(&p->arena, first), *rc = arena_strdup(&p->arena, rest);
	lw_stmt(l, k, seq, ST_ASSIGN, fc, ya, k_load(p, xa));
	if (n->op == OP_MAX) {
		/*
		 * max: maxnum drops NaN, torch.amax keeps it: a second sum of
		 * (x == x ? 0 : NaN) is 0 or NaN, added to the maximum at the end.
		 */
		Access na = ya;
		Expr *isnan = k_select(p, k_bin(p, EX_EQ, k_load(p, xa), k_load(p, xa)),
		                       k_const(p, 0.0f), k_const(p, NAN));
		na.buf = lw_temp(l, n, "nan", &n->out[0]->shape);
		lw_stmt(l, k, seq, ST_MAX, rc, ya, k_load(p, xa));
		lw_stmt(l, k, seq, ST_ASSIGN, fc, na, isnan);
		lw_stmt(l, k, seq, ST_ADD, rc, na, isnan);
		Expr *v = k_bin(p, EX_ADD, k_load(p, ya), k_load(p, na));
		lw_stmt(l, k, seq, ST_ASSIGN, arena_strdup(&p->arena, last), ya,
		        lw_epilogue(l, n, v, &ya, last_out));
		return k_kernel_finish(k, l->err);
	}
	lw_stmt(l, k, seq, ST_ADD, rc, ya, k_load(p, xa));
	Expr *v = k_bin(p, EX_MUL, k_load(p, ya), k_const(p, (float)(1.0 / (double)count)));
	double bound = l->bound ? l->bound[x->id] : INFINITY;
	if (!(bound * (double)count <= FLT_MAX / 2)) {
		double c = 1;
		while (c * (double)count > 1)
			c /= 2;
		Access sc = ya, sa = ya;
		sc.buf = lw_temp(l, n, "sum_c", &n->out[0]->shape);
		sa.buf = lw_temp(l, n, "sum_abs", &n->out[0]->shape);
		Expr *xc = k_bin(p, EX_MUL, k_load(p, xa), k_const(p, (float)c));
		Expr *ac = k_bin(p, EX_MUL, lw_fabs(l, k_load(p, xa)), k_const(p, (float)c));
		lw_stmt(l, k, seq, ST_ASSIGN, fc, sc, xc);
		lw_stmt(l, k, seq, ST_ADD, rc, sc, xc);
		lw_stmt(l, k, seq, ST_ASSIGN, fc, sa, ac);
		lw_stmt(l, k, seq, ST_ADD, rc, sa, ac);
		Expr *vc = k_bin(p, EX_MUL, k_load(p, sc),
		                 k_const(p, (float)(1.0 / (c * (double)count))));
		Expr *big = k_bin(p, EX_GT, k_load(p, sa), k_const(p, (float)(c * FLT_MAX / 2)));
		v = k_select(p, big, vc, v);
	}
	lw_stmt(l, k, seq, ST_ASSIGN, arena_strdup(&p->arena, last), ya,
	        lw_epilogue(l, n, v, &ya, last_out));
	return k_kernel_finish(k, l->err);
}

/*
 * normalize (F.normalize, p = 2): x / max(|x|_2, eps) along "axis", in
 * three passes over each line of the axis: its max |x| (and whether it
 * holds a NaN, which makes the whole line NaN as in PyTorch), the sum of
 * squares of x / max|x| (no overflow or underflow at any magnitude,
 * lw_l2_parts) and the scaled store.  x is viewed as [N?, outer, C,
 * inner] with C the normalized axis; lines are (n, o, i).
 */
int lw_normalize(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Shape *sh = &x->shape;
	const Attr *ea = ir_node_attr(n, "eps");
	float eps = ea ? (float)ea->f : 1e-12f;
	int64_t axis = ir_node_attr(n, "axis")->i;
	Program *p = l->p;
	if (axis < 0)
		axis += sh->rank;
	if (sh->d[axis] == IR_DIM_N)
		return vitc_errf(l->err, "%s: node '%s' (normalize): cannot normalize along the "
		                 "batch", l->g->path, n->name);
	int nb = sh->d[0] == IR_DIM_N;
	int64_t O = 1, C = sh->d[axis], I = 1;
	for (int i = nb; i < axis; i++)
		O *= sh->d[i];
	for (int i = (int)axis + 1; i < sh->rank; i++)
		I *= sh->d[i];
	Kernel *k = lw_kernel_part(l, n, NULL);
	LoopNode *r = k->root;
	int nd = 0;
	if (nb) {
		r = lw_loop(l, r, "n", IR_DIM_N);
		nd++;
	}
	r = lw_loop(l, lw_loop(l, r, "o", O), "i", I);
	nd += 2;
	LoopNode *seq = k_seq(p);
	k_append(p, r, seq);
	int64_t ld[3] = {IR_DIM_N, O, I};
	Access line = {0};  /* a per-line scalar of a [N?, O, I] temporary */
	if (nb)
		line.c[0] = O * I;
	line.c[nd - 2] = I;
	line.c[nd - 1] = 1;
	Access mxa = line, ssa = line, fa = line, da = line, na = line;
	na.buf = lw_temp_dims(l, n, "nan", DT_F32, 2 + nb, ld + !nb);
	mxa.buf = lw_temp_dims(l, n, "max", DT_F32, 2 + nb, ld + !nb);
	ssa.buf = lw_temp_dims(l, n, "ss", DT_F32, 2 + nb, ld + !nb);
	fa.buf = lw_temp_dims(l, n, "scale", DT_F32, 2 + nb, ld + !nb);
	da.buf = lw_temp_dims(l, n, "den", DT_F32, 2 + nb, ld + !nb);
	Access xa = {.buf = lw_buf(l, x)};
	if (nb)
		xa.c[0] = O * C * I;
	xa.c[nd - 2] = C * I;
	xa.c[nd - 1] = 1;
	xa.c[nd] = I;
	Access ya = xa;
	ya.buf = lw_buf(l, lw_final_out(l, n));

	lw_stmt(l, k, seq, ST_ASSIGN, NULL, mxa, k_const(p, 0.0f));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, na, k_const(p, 0.0f));
	LoopNode *e = lw_loop(l, seq, "em", C);
	lw_stmt(l, k, e, ST_MAX, NULL, mxa, lw_fabs(l, k_load(p, xa)));
	/* maxnum drops NaN: a sum of (x == x ? 0 : NaN) makes a row holding NaN all NaN */
	lw_stmt(l, k, e, ST_ADD, NULL, na, k_select(p, k_bin(p, EX_EQ, k_load(p, xa), k_load(p, xa)),
	                                            k_const(p, 0.0f), k_const(p, NAN)));
	Expr *xs = k_bin(p, EX_MUL, k_load(p, xa),
	                 k_bin(p, EX_DIV, k_const(p, 1.0f), lw_row_scale(l, k_load(p, mxa))));
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, ssa, k_const(p, 0.0f));
	e = lw_loop(l, seq, "es", C);
	lw_stmt(l, k, e, ST_ADD, NULL, ssa, k_bin(p, EX_MUL, xs, xs));
	Expr *f, *den;
	lw_l2_parts(l, k_load(p, mxa), k_load(p, ssa), eps, &f, &den);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, fa, f);
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, da, k_bin(p, EX_ADD, den, k_load(p, na)));
	e = lw_loop(l, seq, "e", C);
	Expr *y = k_bin(p, EX_DIV, k_bin(p, EX_MUL, k_load(p, xa), k_load(p, fa)), k_load(p, da));
	lw_stmt(l, k, e, ST_ASSIGN, NULL, ya, lw_epilogue(l, n, y, &ya, I == 1 ? nd : nd - 1));
	if (I == 1 && C >= 16)
		lw_schedule(l, k, "split(em,16); split(es,16); split(e,16); vectorize(em.i); "
		            "vectorize(es.i); vectorize(e.i)");
	return k_kernel_finish(k, l->err);
}
