/*
 * views.c - copies that need no kernel.  A transpose, select or slice
 * only re-indexes its input; when every consumer of its output reads it
 * through an affine access (a matmul operand, or another copy), the
 * consumer can read the input directly with the composed strides and
 * the copy is folded away: no kernel, no buffer, one pass over memory
 * fewer.  Likewise a matmul whose only consumer is a transpose can write
 * its elements straight to their transposed places.  In a ViT this
 * removes the q/k/v head splits and the head merge (PVTv2-b0: 16 of its
 * 100 distinct kernels), which is compile time as much as run time.
 *
 * A tensor with a view lives at buf[k + sum_d idx_d * st[d]];
 * lw_tensor_layout gives every tensor's layout, viewed or row-major.
 */
#include <stdlib.h>

#include "lower/lower.h"

struct LwView {
	Buffer *buf;
	int64_t k;
	int64_t st[IR_MAX_RANK];
};

void lw_tensor_layout(Lower *l, const Tensor *t, Buffer **buf, int64_t *k,
                      int64_t st[IR_MAX_RANK])
{
	const LwView *v = l->view ? l->view[t->id] : NULL;
	if (v) {
		*buf = v->buf;
		*k = v->k;
		for (int i = 0; i < t->shape.rank; i++)
			st[i] = v->st[i];
		return;
	}
	*buf = lw_buf(l, t);
	*k = 0;
	k_buffer_strides(&(Buffer){.shape = t->shape}, st);
}

/*
 * The layout of copy node "n"'s output as a view of its input, laid out
 * as (k, xs): out[idx] = in[f(idx)] for transpose, select and slice, the
 * same re-indexing lw_copy_node does.  0, or -1 for other ops.
 */
int lw_copy_layout(const Node *n, int64_t k, const int64_t *xs, int64_t *ok,
                   int64_t os[IR_MAX_RANK])
{
	const Tensor *x = n->in[0];
	int r = n->out[0]->shape.rank;

	*ok = k;
	switch (n->op) {
	case OP_TRANSPOSE: {
		const Attr *perm = ir_node_attr(n, "perm");
		for (int i = 0; i < r; i++)
			os[i] = xs[perm->ints[i]];
		return 0;
	}
	case OP_SLICE: {
		int64_t axis = ir_node_attr(n, "axis")->i;
		const Attr *st = ir_node_attr(n, "start"), *sp = ir_node_attr(n, "step");
		int64_t dim, start = st ? st->i : 0, step = sp ? sp->i : 1;
		if (axis < 0)
			axis += r;
		dim = x->shape.d[axis];
		if (start < 0)
			start += dim;
		if (start < 0)
			start = 0;
		if (start > dim)
			start = dim;
		/* A step of dim or more takes one element: keep stride * step small. */
		if (step >= dim)
			step = 1;
		for (int i = 0; i < r; i++)
			os[i] = xs[i];
		os[axis] = xs[axis] * step;
		*ok = k + start * xs[axis];
		return 0;
	}
	case OP_SELECT: {
		int64_t axis = ir_node_attr(n, "axis")->i, idx = ir_node_attr(n, "index")->i;
		int xr = x->shape.rank;
		if (axis < 0)
			axis += xr;
		if (idx < 0)
			idx += x->shape.d[axis];
		for (int i = 0, o = 0; i < xr; i++) {
			if (i == axis)
				*ok = k + idx * xs[i];
			else
				os[o++] = xs[i];
		}
		return 0;
	}
	default:
		return -1;
	}
}

static int is_view_copy(const Node *n)
{
	return n->op == OP_TRANSPOSE || n->op == OP_SELECT || n->op == OP_SLICE;
}

/*
 * Can every consumer of "t" read it through layout "st"?  Matmul
 * operands can (the right one only with its rows contiguous, which the
 * vector loop of the matmul template needs), and so can copies; nothing
 * else is asked to.
 */
static int consumers_take_view(Lower *l, const Tensor *t, const int64_t *st)
{
	const Graph *g = l->g;
	int r = t->shape.rank, seen = 0;

	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		for (int j = 0; j < n->n_in; j++) {
			if (n->in[j] != t)
				continue;
			seen++;
			if (l->plan.fused_into[n->id] >= 0)
				return 0;
			if (n->op == OP_MATMUL && j == 0)
				continue;
			if (n->op == OP_MATMUL && j == 1 && (st[r - 1] == 1 || t->shape.d[r - 1] == 1))
				continue;
			if (is_view_copy(n))
				continue;
			return 0;
		}
	}
	return seen > 0 && seen == l->plan.n_uses[t->id];
}

static int is_graph_output(const Graph *g, const Tensor *t)
{
	for (int i = 0; i < g->n_outputs; i++)
		if (g->outputs[i] == t)
			return 1;
	return 0;
}

/* A node whose kernel can be dropped at all: no fused chain, a plain value out. */
static int droppable(Lower *l, const Node *n)
{
	const Tensor *y = n->out[0];
	return n->n_out == 1 && !l->chain[n->id] && l->plan.fused_into[n->id] < 0 &&
	       y->kind == TK_VALUE && !is_graph_output(l->g, y) && y->dtype != DT_B1;
}

static LwView *new_view(Lower *l, Buffer *buf, int64_t k, const int64_t *st, int r)
{
	LwView *v = arena_calloc(&l->p->arena, 1, sizeof(*v));
	v->buf = buf;
	v->k = k;
	for (int i = 0; i < r; i++)
		v->st[i] = st[i];
	return v;
}

/*
 * Copy "n" is a transpose of the output of a matmul that nothing else
 * reads: let the matmul write each element where the transpose would
 * put it (rows stay contiguous, which its vector loop needs).
 */
static int fold_into_producer(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *y = n->out[0];
	const Node *m = x->producer;
	int r = y->shape.rank;
	const Attr *perm = ir_node_attr(n, "perm");
	int64_t ys[IR_MAX_RANK], xs[IR_MAX_RANK], k;
	Buffer *buf;

	if (n->op != OP_TRANSPOSE || !m || m->op != OP_MATMUL || !droppable(l, m) ||
	    l->plan.n_uses[x->id] != 1 || l->view[x->id] || l->view[y->id] ||
	    perm->ints[r - 1] != r - 1 || !lw_buf(l, y) || lw_buf(l, y) == lw_buf(l, x))
		return 0;
	lw_tensor_layout(l, y, &buf, &k, ys);
	for (int i = 0; i < r; i++)
		xs[perm->ints[i]] = ys[i];
	l->view[x->id] = new_view(l, buf, k, xs, r);
	return 1;
}

void lw_plan_views(Lower *l)
{
	const Graph *g = l->g;

	l->view = arena_calloc(&l->p->arena, (size_t)g->n_tensors + 1, sizeof(LwView *));
	l->folded = arena_calloc(&l->p->arena, (size_t)g->n_nodes + 1, 1);
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		const Tensor *x = n->in[0], *y = n->out[0];
		int64_t xs[IR_MAX_RANK], ys[IR_MAX_RANK], k, yk;
		Buffer *buf;

		if (!is_view_copy(n) || !droppable(l, n) || l->view[y->id])
			continue;
		lw_tensor_layout(l, x, &buf, &k, xs);
		if (!buf || lw_copy_layout(n, k, xs, &yk, ys))
			continue;
		if (consumers_take_view(l, y, ys)) {
			l->view[y->id] = new_view(l, buf, yk, ys, y->shape.rank);
			l->folded[n->id] = 1;
		} else if (fold_into_producer(l, n)) {
			l->folded[n->id] = 1;
		}
	}
}
