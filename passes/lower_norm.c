/*
 * lower_norm.c - row reductions: layer_norm, softmax and mean.
 *
 * A reduction is written as an assignment at the first point of the
 * reduced range ("c = 0") and updates after it ("c >= 1"), so no separate
 * initialization pass is needed and isl peels the first iteration.
 */
#include <stdio.h>
#include <string.h>

#include "passes/lower.h"

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
 * LayerNorm over the trailing "axes" dims, two passes for accuracy:
 * mean, then the mean of squared deviations, then the normalized output.
 */
int lw_layer_norm(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Tensor *gm = n->n_in > 1 ? n->in[1] : NULL, *bt = n->n_in > 2 ? n->in[2] : NULL;
	const Attr *ea = ir_node_attr(n, "eps"), *aa = ir_node_attr(n, "axes");
	double eps = ea ? ea->f : 1e-5;
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
	Kernel *k = lw_kernel(l, n);
	int nd;
	k->root = k_seq(p);
	LoopNode *r = row_loops(l, k->root, nb, rows, &nd);
	LoopNode *seq = k_seq(p);
	k_append(p, r, seq);
	Buffer *mb = row_temp(l, n->name, "mean", nb, rows);
	Buffer *vb = row_temp(l, n->name, "var", nb, rows);
	Access ma = row_scalar(mb, nd, rows), va = row_scalar(vb, nd, rows);
	Access xa = row_elem(lw_buf(l, x), nd, rows, C, nd);
	Access ya = row_elem(lw_buf(l, lw_final_out(l, n)), nd, rows, C, nd);
	Expr *invc = k_const(p, (float)(1.0 / (double)C));

	LoopNode *c = col_loop(l, seq, "cs", C);
	lw_stmt(l, k, c, ST_ASSIGN, "cs = 0", ma, k_load(p, xa));
	lw_stmt(l, k, c, ST_ADD, "cs >= 1", ma, k_load(p, xa));
	c = col_loop(l, seq, "cv", C);
	Expr *dev = k_bin(p, EX_SUB, k_load(p, xa), k_bin(p, EX_MUL, k_load(p, ma), invc));
	lw_stmt(l, k, c, ST_ASSIGN, "cv = 0", va, k_bin(p, EX_MUL, dev, dev));
	lw_stmt(l, k, c, ST_ADD, "cv >= 1", va, k_bin(p, EX_MUL, dev, dev));
	c = col_loop(l, seq, "c", C);
	Expr *rstd = k_bin(p, EX_DIV, k_const(p, 1.0f),
	                   k_un(p, EX_SQRT, k_bin(p, EX_ADD, k_bin(p, EX_MUL, k_load(p, va), invc),
	                                          k_const(p, (float)eps))));
	Expr *y = k_bin(p, EX_MUL, dev, rstd);
	Access ga = {0};
	ga.c[nd] = 1;
	if (gm) {
		ga.buf = lw_buf(l, gm);
		y = k_bin(p, EX_MUL, y, k_load(p, ga));
	}
	if (bt) {
		ga.buf = lw_buf(l, bt);
		y = k_bin(p, EX_ADD, y, k_load(p, ga));
	}
	lw_stmt(l, k, c, ST_ASSIGN, NULL, ya, lw_epilogue(l, n, y, &ya, nd));
	if (rows >= 8)
		lw_schedule(l, k, "parallel(r)");
	return k_kernel_finish(k, l->err);
}

/*
 * mean over "axes": iterate x's index space; the first point of the
 * reduced box assigns, later points add, the last scales by 1/count.
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
			return vitc_errf(l->err, "%s: node '%s' (mean): cannot reduce over the batch",
			                 l->g->path, n->name);
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
	lw_stmt(l, k, seq, ST_ASSIGN, arena_strdup(&p->arena, first), ya, k_load(p, xa));
	lw_stmt(l, k, seq, ST_ADD, arena_strdup(&p->arena, rest), ya, k_load(p, xa));
	Expr *v = k_bin(p, EX_MUL, k_load(p, ya), k_const(p, (float)(1.0 / (double)count)));
	lw_stmt(l, k, seq, ST_ASSIGN, arena_strdup(&p->arena, last), ya,
	        lw_epilogue(l, n, v, &ya, last_out));
	return k_kernel_finish(k, l->err);
}
