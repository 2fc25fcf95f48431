/*
 * lower/index.c - the zoo's indexing ops (issue 9): gather by constant
 * indices (an indirect access on an i32 constant), unfold (im2col,
 * F.unfold) and fold (col2im, F.fold).
 */
#include <stdio.h>
#include <string.h>

#include "lower/lower.h"

/*
 * gather by constant indices: out[pre, j.., post] = x[pre, idx[j..], post].
 * The indices become an i32 weight "<node>.indices" (shape index_shape);
 * x's axis is read through an indirect access on it.
 */
int lw_gather(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Shape *sh = &n->out[0]->shape;
	const Attr *ix = ir_node_attr(n, "indices"), *is = ir_node_attr(n, "index_shape");
	int64_t axis = ir_node_attr(n, "axis")->i, xs[IR_MAX_RANK];
	int r = sh->rank, k = is ? is->n : 1, pos[IR_MAX_RANK];
	Program *p = l->p;
	if (axis < 0)
		axis += x->shape.rank;
	Shape ish = {.rank = k};
	for (int j = 0; j < k; j++)
		ish.d[j] = is ? is->ints[j] : ix->n;
	Buffer *ib = k_buffer_add(p, arena_printf(&p->arena, "%s.indices", n->name), BUF_WEIGHT,
	                          DT_I32, &ish);
	int32_t *data = arena_calloc(&p->arena, (size_t)ix->n, sizeof(int32_t));
	for (int i = 0; i < ix->n; i++)
		data[i] = (int32_t)ix->ints[i];
	ib->data = data;
	ib->nbytes = (uint64_t)ix->n * sizeof(int32_t);
	int64_t ist[IR_MAX_RANK];
	k_buffer_strides(&(Buffer){.shape = ish}, ist);
	k_buffer_strides(&(Buffer){.shape = x->shape}, xs);
	Kernel *kn = lw_kernel(l, n);
	kn->root = k_seq(p);
	LoopNode *in = lw_loops(l, kn->root, sh, 0, r, NULL);
	Stmt *s = k_stmt_add(p, kn, ST_ASSIGN);
	k_append(p, in, k_leaf(p, s));
	Access ia = {.buf = ib}, xa = {.buf = lw_buf(l, x), .ci = xs[axis]};
	for (int i = 0; i < r; i++) {
		if (i < axis)
			xa.c[i] = xs[i];
		else if (i < axis + k)
			ia.c[i] = ist[i - axis];
		else
			xa.c[i] = xs[i - k + 1];
	}
	xa.ind = k_load(p, ia);
	lw_iota(pos, r, 0);
	s->store = lw_access(l, lw_final_out(l, n), pos, r);
	s->value = lw_epilogue(l, n, k_load(p, xa), &s->store, r - 1);
	lw_copy_schedule(l, kn, sh);
	return k_kernel_finish(kn, l->err);
}

/*
 * unfold (F.unfold, im2col) of x[N,C,H,W]: out[n, (c kh + i) kw + j, y Wo + x]
 * = x[n, c, y sh - ph + i dh, x sw - pw + j dw], 0 where that falls in the
 * padding.  Loops (n, c, i, j, y, x): the output is written in order; with
 * padding a first statement zeroes it and the second copies the inside.
 */
int lw_unfold(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Attr *ka = ir_node_attr(n, "kernel"), *st = ir_node_attr(n, "stride");
	const Attr *pd = ir_node_attr(n, "padding"), *dl = ir_node_attr(n, "dilation");
	int64_t KH = ka->ints[0], KW = ka->ints[1];
	int64_t sh = st ? st->ints[0] : 1, sw = st ? st->ints[1] : 1;
	int64_t ph = pd ? pd->ints[0] : 0, pw = pd ? pd->ints[1] : 0;
	int64_t dh = dl ? dl->ints[0] : 1, dw = dl ? dl->ints[1] : 1;
	int64_t C = x->shape.d[1], H = x->shape.d[2], W = x->shape.d[3];
	int64_t Ho = (H + 2 * ph - dh * (KH - 1) - 1) / sh + 1;
	int64_t Wo = (W + 2 * pw - dw * (KW - 1) - 1) / sw + 1, L = Ho * Wo;
	int64_t xs[IR_MAX_RANK];
	Program *p = l->p;
	Shape lsh = {.rank = 6, .d = {x->shape.d[0], C, KH, KW, Ho, Wo}};
	static const char *const cn[] = {"n", "c", "ky", "kx", "y", "x"};
	static const char *const zn[] = {"zn", "zc", "zky", "zkx", "zy", "zx"};
	Kernel *k = lw_kernel_part(l, n, NULL);
	Access ya = {.buf = lw_buf(l, lw_final_out(l, n)),
	             .c = {C * KH * KW * L, KH * KW * L, KW * L, L, Wo, 1}};
	int pad = ph || pw;

	k_buffer_strides(&(Buffer){.shape = x->shape}, xs);
	if (pad)
		lw_stmt(l, k, lw_loops(l, k->root, &lsh, 0, 6, zn), ST_ASSIGN, NULL, ya,
		        k_const(p, 0.0f));
	Access xa = {.buf = lw_buf(l, x), .c = {xs[0], xs[1], dh * xs[2], dw * xs[3],
	                                        sh * xs[2], sw * xs[3]}};
	xa.k = -ph * xs[2] - pw * xs[3];
	const char *in = pad ? arena_printf(&p->arena,
		"0 <= %lld*y + %lld*ky - %lld < %lld and 0 <= %lld*x + %lld*kx - %lld < %lld",
		(long long)sh, (long long)dh, (long long)ph, (long long)H,
		(long long)sw, (long long)dw, (long long)pw, (long long)W) : NULL;
	lw_stmt(l, k, lw_loops(l, k->root, &lsh, 0, 6, cn), ST_ASSIGN, in, ya, k_load(p, xa));
	if (C >= 2 && C * KH * KW * L >= 65536)
		lw_schedule(l, k, pad ? "parallel(zc); parallel(c)" : "parallel(c)");
	return k_kernel_finish(k, l->err);
}

/*
 * fold (F.fold, col2im) of x[N, C kh kw, Ho Wo] into y[N, C, H, W]: y = 0,
 * then y[n, c, y sh - ph + i dh, x sw - pw + j dw] += x[n, (c kh + i) kw + j,
 * y Wo + x] for the window cells inside the image.  The sums run in the
 * order (i, j, y, x) per channel, so overlapping windows add in a fixed
 * order; channels are independent (over threads when big).
 */
int lw_fold(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0];
	const Shape *osh = &n->out[0]->shape;
	const Attr *ka = ir_node_attr(n, "kernel"), *st = ir_node_attr(n, "stride");
	const Attr *pd = ir_node_attr(n, "padding"), *dl = ir_node_attr(n, "dilation");
	int64_t KH = ka->ints[0], KW = ka->ints[1];
	int64_t sh = st ? st->ints[0] : 1, sw = st ? st->ints[1] : 1;
	int64_t ph = pd ? pd->ints[0] : 0, pw = pd ? pd->ints[1] : 0;
	int64_t dh = dl ? dl->ints[0] : 1, dw = dl ? dl->ints[1] : 1;
	int64_t C = osh->d[1], H = osh->d[2], W = osh->d[3];
	int64_t Ho = (H + 2 * ph - dh * (KH - 1) - 1) / sh + 1;
	int64_t Wo = (W + 2 * pw - dw * (KW - 1) - 1) / sw + 1, L = Ho * Wo;
	int64_t ys[IR_MAX_RANK];
	Program *p = l->p;
	Shape lsh = {.rank = 6, .d = {x->shape.d[0], C, KH, KW, Ho, Wo}};
	static const char *const cn[] = {"n", "c", "ky", "kx", "y", "x"};
	static const char *const zn[] = {"zn", "zc", "zh", "zw"};
	Kernel *k = lw_kernel_part(l, n, NULL);
	Buffer *yb = lw_buf(l, lw_final_out(l, n));

	k_buffer_strides(&(Buffer){.shape = *osh}, ys);
	Access za = {.buf = yb, .c = {ys[0], ys[1], ys[2], ys[3]}};
	lw_stmt(l, k, lw_loops(l, k->root, osh, 0, 4, zn), ST_ASSIGN, NULL, za, k_const(p, 0.0f));
	Access ya = {.buf = yb, .c = {ys[0], ys[1], dh * ys[2], dw * ys[3], sh * ys[2],
	                                sw * ys[3]}};
	ya.k = -ph * ys[2] - pw * ys[3];
	Access xa = {.buf = lw_buf(l, x), .c = {C * KH * KW * L, KH * KW * L, KW * L, L, Wo, 1}};
	const char *in = ph || pw ? arena_printf(&p->arena,
		"0 <= %lld*y + %lld*ky - %lld < %lld and 0 <= %lld*x + %lld*kx - %lld < %lld",
		(long long)sh, (long long)dh, (long long)ph, (long long)H,
		(long long)sw, (long long)dw, (long long)pw, (long long)W) : NULL;
	lw_stmt(l, k, lw_loops(l, k->root, &lsh, 0, 6, cn), ST_ADD, in, ya, k_load(p, xa));
	return k_kernel_finish(k, l->err);
}
