/*
 * batch_split.c - "N*k": a dimension that is the batch size times a fixed
 * k > 1 (the batch flattened into another axis: Swin's windows [N*64,49,C],
 * LeViT's x.flatten(0,1) [N*L,C], MobileViT's patches) is split in two.
 *
 * A tensor T of logical shape [A.., N*k, B..] becomes the tensor
 * [A.., N, k, B..] under the same name: the same elements in the same
 * order (the image index is the major part of N*k, as a flatten of
 * [N, k, ..] gives), one more axis.  Every dimension is then either fixed
 * or plain N, and pass_batch_outer, which runs right after, moves N
 * outermost; lowering, the memory plan and the kernels never see N*k.
 * The rewrite, per op, in terms of the "group" of a logical axis (the one
 * or two physical axes it becomes):
 *
 *  - reshape and expand: the target becomes the split output shape (a
 *    regrouping such as [N*64,49,C] -> [N,8,8,7,7,C] is then a reshape
 *    between [N,64,49,C] and [N,8,8,7,7,C], which batch_outer checks keeps
 *    each image's elements together);
 *  - transpose: the permutation of groups, spelled out per physical axis;
 *  - softmax, select, slice, concat: the axis attribute becomes the first
 *    axis of its group; mean and roll: their axes; none of them may be an
 *    N*k axis; pad: each (before, after) pair moves to the first axis of
 *    its group (an N*k axis is never padded);
 *  - elementwise ops, expand, and matmul over batch axes: an operand with
 *    1 where the result has N*k gets a reshape view with [1, 1] there
 *    (where its shape alone would not broadcast so); a matmul whose rows
 *    are N*k against one matrix works row by row;
 *  - linear, shift_linear, moe2_linear, layer_norm and the unary ops work
 *    row by row (shape inference keeps N*k out of their reduced axes).
 * Any other op that touches an N*k tensor is refused with one line naming
 * the node, as are graph inputs and outputs with N*k (their layout is the
 * caller's).  Shape inference runs again at the end and must give every
 * tensor exactly its split shape.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

typedef struct {
	Graph *g;
	VitcErr *err;
	int n_old;      /* tensors before the pass: those have "grp" entries */
	Shape *want;    /* per tensor id: the shape after the split */
	int (*pos)[IR_MAX_RANK + 1]; /* per old tensor: first physical axis of each logical axis */
	Node **order;   /* the new node order */
	int n_order, cap_order;
} Bs;

/* A batch dimension N*k with k > 1. */
static int is_multiple(int64_t d)
{
	return ir_dim_is_batch(d) && ir_dim_batch_factor(d) > 1;
}

static int has_multiple(const Shape *s)
{
	for (int i = 0; i < s->rank; i++)
		if (is_multiple(s->d[i]))
			return 1;
	return 0;
}

/*
 * "s" with each N*k (k > 1) as the two axes N, k; pos[a] = the first
 * physical axis of logical axis a, pos[rank] = the split rank.  -1 when the
 * split shape would exceed IR_MAX_RANK.
 */
static int split_shape(const Shape *s, Shape *out, int *pos)
{
	Shape o = {0};
	for (int a = 0; a < s->rank; a++) {
		if (o.rank + 1 + is_multiple(s->d[a]) > IR_MAX_RANK)
			return -1;
		if (pos)
			pos[a] = o.rank;
		if (is_multiple(s->d[a])) {
			o.d[o.rank++] = IR_DIM_N;
			o.d[o.rank++] = ir_dim_batch_factor(s->d[a]);
		} else {
			o.d[o.rank++] = s->d[a];
		}
	}
	if (pos)
		pos[s->rank] = o.rank;
	*out = o;
	return 0;
}

static void push(Bs *b, Node *n)
{
	if (b->n_order == b->cap_order) {
		b->cap_order = 2 * b->cap_order + 16;
		b->order = xrealloc(b->order, (size_t)b->cap_order * sizeof(Node *));
	}
	b->order[b->n_order++] = n;
}

/*
 * Input "i" of node "n" as an operand broadcast into the result "out" (the
 * logical output shape) over its first "nb" axes (all of them for
 * elementwise ops; the batch axes of a matmul): the operand, padded to the
 * result's rank, must show [1, 1] (or [N, k]) where the result has N*k.
 * When its split shape does not broadcast that way, a reshape node placed
 * before "n" makes that view.
 */
static int view_operand(Bs *b, Node *n, int i, const Shape *out, int nb)
{
	Tensor *t = n->in[i];
	int r = out->rank, lead = r - t->shape.rank;
	Shape need = {0};
	for (int a = 0; a < r; a++) {
		int64_t d = a < lead ? 1 : t->shape.d[a - lead];
		if (need.rank + 1 + (a < nb && is_multiple(out->d[a])) > IR_MAX_RANK)
			return pass_node_err(b->err, b->g, n, "splitting N*k gives input %d '%s' more "
			                     "than %d dimensions", i, t->name, IR_MAX_RANK);
		if (a < nb && is_multiple(out->d[a])) {
			need.d[need.rank++] = d == 1 ? 1 : IR_DIM_N;
			need.d[need.rank++] = d == 1 ? 1 : ir_dim_batch_factor(d);
		} else if (is_multiple(d)) {
			return pass_node_err(b->err, b->g, n, "input %d '%s' has the batch dimension "
			                     "N*k at axis %d, where this op cannot take it", i, t->name,
			                     a - lead);
		} else {
			need.d[need.rank++] = d;
		}
	}
	Shape s1 = pass_shape_strip_ones(&need), s2 = pass_shape_strip_ones(&b->want[t->id]);
	if (ir_shape_equal(&s1, &s2))
		return 0;
	const char *name = pass_fresh_name(b->g, t->name, "batch_split");
	Node *rs = ir_graph_add_node(b->g, name, OP_RESHAPE, 1, 1, 0);
	Tensor *o = ir_graph_add_tensor(b->g, name, TK_VALUE, t->dtype, NULL);
	rs->in[0] = t;
	rs->out[0] = o;
	o->producer = rs;
	pass_attr_set_ints(b->g, rs, "shape", need.d, need.rank);
	b->want = xrealloc(b->want, ((size_t)b->g->n_tensors + 1) * sizeof(Shape));
	b->want[o->id] = need;
	n->in[i] = o;
	push(b, rs);
	return 0;
}

/* The permutation of groups, one entry per physical axis. */
static void rewrite_transpose(Bs *b, Node *n)
{
	const Attr *a = ir_node_attr(n, "perm");
	const Tensor *x = n->in[0];
	const int *pos = b->pos[x->id];
	int64_t perm[IR_MAX_RANK];
	int k = 0;
	for (int j = 0; j < a->n; j++) {
		int ax = (int)a->ints[j];
		for (int p = pos[ax]; p < pos[ax + 1]; p++)
			perm[k++] = p;
	}
	pass_attr_set_ints(b->g, n, "perm", perm, k);
}

/* Logical axis "a" (negative: from the end) of input 0, or -1 (refused) if it is N*k. */
static int map_axis(Bs *b, Node *n, int64_t a, const char *attr)
{
	const Tensor *x = n->in[0];
	if (a < 0)
		a += x->shape.rank;
	if (a < 0 || a >= x->shape.rank)
		return pass_node_err(b->err, b->g, n, "attribute '%s' is out of range", attr), -1;
	if (is_multiple(x->shape.d[a]))
		return pass_node_err(b->err, b->g, n, "attribute '%s' names the batch axis N*%"
		                     PRId64 " (axis %d)", attr, ir_dim_batch_factor(x->shape.d[a]),
		                     (int)a), -1;
	return b->pos[x->id][a];
}

/* Remap the single-axis attribute "name" (default "dflt"). */
static int rewrite_axis(Bs *b, Node *n, const char *name, int64_t dflt)
{
	int p = map_axis(b, n, pass_attr_int(n, name, dflt), name);
	if (p < 0)
		return -1;
	pass_attr_set_int(b->g, n, name, p);
	return 0;
}

/* mean's or roll's "axes", remapped. */
static int rewrite_mean(Bs *b, Node *n)
{
	const Attr *a = ir_node_attr(n, "axes");
	int64_t ax[IR_MAX_RANK];
	for (int i = 0; i < a->n && i < IR_MAX_RANK; i++) {
		int p = map_axis(b, n, a->ints[i], "axes");
		if (p < 0)
			return -1;
		ax[i] = p;
	}
	pass_attr_set_ints(b->g, n, "axes", ax, a->n);
	return 0;
}

/* pad: each axis's (before, after) pair on the first axis of its group, 0 on the k axis. */
static void rewrite_pad(Bs *b, Node *n)
{
	const Attr *a = ir_node_attr(n, "pads");
	const int *pos = b->pos[n->in[0]->id];
	int r = n->in[0]->shape.rank;
	int64_t pads[2 * IR_MAX_RANK] = {0};
	for (int i = 0; i < r; i++) {
		pads[2 * pos[i]] = a->ints[2 * i];
		pads[2 * pos[i] + 1] = a->ints[2 * i + 1];
	}
	pass_attr_set_ints(b->g, n, "pads", pads, 2 * pos[r]);
}

/* Does node "n" touch an old tensor with N*k? */
static int touches(const Bs *b, const Node *n)
{
	for (int i = 0; i < n->n_in; i++)
		if (n->in[i] && n->in[i]->id < b->n_old && has_multiple(&n->in[i]->shape))
			return 1;
	for (int i = 0; i < n->n_out; i++)
		if (has_multiple(&n->out[i]->shape))
			return 1;
	return 0;
}

/*
 * A matmul whose rows (a's axis -2) are N*k against one matrix (batch dims
 * 1, rank at most a's): a's split rows [.., N, k, K] times it give the
 * split output [.., N, k, P].
 */
static int rows_times_matrix(const Node *n)
{
	const Shape *a = &n->in[0]->shape, *m = &n->in[1]->shape;
	if (!is_multiple(a->d[a->rank - 2]) || has_multiple(m) || m->rank > a->rank)
		return 0;
	for (int i = 0; i < a->rank - 2; i++)
		if (ir_dim_is_batch(a->d[i]))
			return 0;
	for (int i = 0; i < m->rank - 2; i++)
		if (m->d[i] != 1)
			return 0;
	return 1;
}

/* Does N*k sit at a matrix axis (one of the last two) of a matmul operand? */
static int matrix_axes_multiple(const Node *n)
{
	for (int i = 0; i < 2; i++) {
		const Shape *s = &n->in[i]->shape;
		if (is_multiple(s->d[s->rank - 1]) || is_multiple(s->d[s->rank - 2]))
			return 1;
	}
	return 0;
}

/* Rewrite one node for the split shapes of its inputs and output. */
static int rewrite_node(Bs *b, Node *n)
{
	const Shape *out = &n->out[0]->shape;
	int r = out->rank;

	if (!touches(b, n) || ir_op_is_unary(n->op))
		return 0;
	switch (n->op) {
	case OP_LINEAR: case OP_SHIFT_LINEAR: case OP_MOE2_LINEAR: case OP_LAYER_NORM:
		return 0;
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		for (int i = 0; i < n->n_in; i++)
			if (n->in[i] && view_operand(b, n, i, out, r))
				return -1;
		return 0;
	case OP_MATMUL:
		if (rows_times_matrix(n))
			return 0;
		if (!matrix_axes_multiple(n))
			return view_operand(b, n, 0, out, r - 2) || view_operand(b, n, 1, out, r - 2);
		return pass_node_err(b->err, b->g, n, "the batch dimension N*k is a matrix axis "
		                     "of this matmul (only its batch axes, or its rows against one "
		                     "matrix, may hold it)");
	case OP_TRANSPOSE:
		rewrite_transpose(b, n);
		return 0;
	case OP_RESHAPE:
		pass_attr_set_ints(b->g, n, "shape", b->want[n->out[0]->id].d, b->want[n->out[0]->id].rank);
		return 0;
	case OP_EXPAND:
		if (view_operand(b, n, 0, out, r))
			return -1;
		pass_attr_set_ints(b->g, n, "shape", b->want[n->out[0]->id].d, b->want[n->out[0]->id].rank);
		return 0;
	case OP_SOFTMAX:
		return rewrite_axis(b, n, "axis", -1);
	case OP_SELECT:
	case OP_SLICE:
	case OP_CONCAT:
		return rewrite_axis(b, n, "axis", 0);
	case OP_MEAN:
	case OP_ROLL:
		return rewrite_mean(b, n);
	case OP_PAD:
		rewrite_pad(b, n);
		return 0;
	default:
		return pass_node_err(b->err, b->g, n, "this op cannot take or produce a batch "
		                     "dimension N*k (the batch flattened into another axis)");
	}
}

/* Graph inputs and outputs keep the caller's layout: plain N or none. */
static int check_io(Bs *b)
{
	Graph *g = b->g;
	for (int i = 0; i < g->n_inputs; i++)
		if (has_multiple(&g->inputs[i]->shape))
			return vitc_errf(b->err, "%s: input '%s': a graph input cannot have a batch "
			                 "dimension N*k; only N", g->path, g->inputs[i]->name);
	for (int i = 0; i < g->n_outputs; i++)
		if (has_multiple(&g->outputs[i]->shape))
			return vitc_errf(b->err, "%s: output '%s': a graph output cannot have a batch "
			                 "dimension N*k; only N", g->path, g->outputs[i]->name);
	return 0;
}

int pass_batch_split(Graph *g, VitcErr *err)
{
	Bs b = {.g = g, .err = err, .n_old = g->n_tensors};
	int any = 0, rc = -1, n0 = g->n_nodes;
	Node **orig = NULL;

	b.want = xcalloc((size_t)g->n_tensors + 1, sizeof(Shape));
	b.pos = xcalloc((size_t)g->n_tensors + 1, sizeof(*b.pos));
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		any |= has_multiple(&t->shape);
		if (split_shape(&t->shape, &b.want[i], b.pos[i])) {
			const Node *p = t->producer;
			if (p)
				pass_node_err(err, g, p, "splitting its batch dimension N*k gives '%s' "
				              "more than %d dimensions", t->name, IR_MAX_RANK);
			else
				vitc_errf(err, "%s: tensor '%s': splitting N*k gives more than %d "
				          "dimensions", g->path, t->name, IR_MAX_RANK);
			goto out;
		}
	}
	if (!any) {
		rc = 0;
		goto out;
	}
	if (check_io(&b))
		goto out;
	orig = xmalloc(((size_t)n0 + 1) * sizeof(Node *));
	memcpy(orig, g->nodes, (size_t)n0 * sizeof(Node *));
	for (int i = 0; i < n0; i++) {
		if (rewrite_node(&b, orig[i]))
			goto out;
		push(&b, orig[i]);
	}
	if (pass_graph_reorder(g, b.order, b.n_order, err))
		goto out;
	for (int i = 0; i < g->n_tensors; i++)
		if (!ir_shape_equal(&g->tensors[i]->shape, &b.want[i])) {
			vitc_errf(err, "%s: internal error: splitting N*k gave tensor '%s' an "
			          "unexpected shape", g->path, g->tensors[i]->name);
			goto out;
		}
	rc = 1;
out:
	free(orig);
	free(b.order);
	free(b.want);
	free(b.pos);
	return rc;
}
