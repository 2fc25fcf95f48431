/*
 * batch_outer.c - "batch anywhere": every intermediate tensor whose batch
 * dimension N sits at an inner axis is stored with N moved outermost, and
 * the nodes that touch it are rewritten to work on that layout.
 *
 * A tensor T of logical shape [A.., N, B..] (N at axis p > 0) becomes the
 * tensor [N, A.., B..] under the same name: the same elements, with the
 * image index outermost.  Its size stays linear in N with constant strides,
 * so lowering, the memory plan ("fixed + per image x N") and the kernels
 * keep their one rule: N only as a buffer's outermost dimension.  The
 * rewrite, per op, in terms of P(a) = where logical axis a of a tensor now
 * lives (0 for N, a + 1 before it, a after it):
 *
 *  - transpose: the permutation composed with both layouts (a transpose
 *    that moves N inward may become the identity: then it is a reshape);
 *  - select, slice, concat, softmax: the axis attribute becomes P(axis);
 *    mean and roll: their axes (never N itself); pad: its (before, after)
 *    pairs follow their axes;
 *  - reshape [A, N, B] -> [A', N, B'] with prod A = prod A': the target
 *    [N, A', B'] (other reshapes regroup elements across images: refused);
 *  - elementwise ops, matmul over batch axes and expand: every operand is
 *    viewed with the result's N position moved outermost, a new reshape
 *    node (a free alias) where its shape alone would not broadcast so;
 *  - linear, shift_linear, moe2_linear, layer_norm and the unary ops work
 *    row by row and need nothing.
 * Any other op that sees N at an inner axis is refused with one line, as
 * are graph inputs and outputs with N inside (their layout is the
 * caller's).  Shape inference runs again at the end and must give every
 * rewritten tensor exactly its new shape.
 */
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

typedef struct {
	Graph *g;
	VitcErr *err;
	int *np;        /* per tensor id (original tensors): axis of N, or -1 */
	Shape *want;    /* per tensor id: the shape after the rewrite */
	Node **order;   /* the new node order */
	int n_order, cap_order, n_new;
} Bo;

/* The axis of N in "s", -1 if none, -2 if more than one. */
static int batch_axis(const Shape *s)
{
	int p = -1;
	for (int i = 0; i < s->rank; i++)
		if (s->d[i] == IR_DIM_N)
			p = p < 0 ? i : -2;
	return p;
}

/* "s" with axis "p" moved to the front (p < 0: unchanged). */
static Shape move_front(const Shape *s, int p)
{
	Shape r = *s;
	if (p <= 0)
		return r;
	r.d[0] = s->d[p];
	for (int i = 0, o = 1; i < s->rank; i++)
		if (i != p)
			r.d[o++] = s->d[i];
	return r;
}

/* Where logical axis "a" of a tensor with N at "p" lives after the rewrite. */
static int phys_axis(int a, int p)
{
	if (p <= 0)
		return a;
	if (a == p)
		return 0;
	return a < p ? a + 1 : a;
}

/* N's axis in tensor "t" before the rewrite (new tensors: already outer). */
static int np_of(const Bo *b, const Tensor *t)
{
	return t && t->id < b->n_new ? b->np[t->id] : -1;
}

/* "s" padded with leading 1s to rank "r". */
static Shape pad_to(const Shape *s, int r)
{
	Shape o = {.rank = r};
	int lead = r - s->rank;
	for (int i = 0; i < r; i++)
		o.d[i] = i < lead ? 1 : s->d[i - lead];
	return o;
}

static void push(Bo *b, Node *n)
{
	if (b->n_order == b->cap_order) {
		b->cap_order = 2 * b->cap_order + 16;
		b->order = xrealloc(b->order, (size_t)b->cap_order * sizeof(Node *));
	}
	b->order[b->n_order++] = n;
}

/*
 * Input "i" of node "n" as an operand broadcast into a result of rank "r"
 * with N at axis "q": it must look like the operand padded to rank r with
 * axis q moved outermost.  When its own (rewritten) shape does not
 * broadcast that way, a reshape node placed before "n" makes that view.
 */
static void view_operand(Bo *b, Node *n, int i, int r, int q)
{
	Tensor *t = n->in[i];
	Shape logical = pad_to(&t->shape, r);
	Shape need = move_front(&logical, q);
	Shape have = b->want[t->id];
	Shape s1 = pass_shape_strip_ones(&need), s2 = pass_shape_strip_ones(&have);
	if (ir_shape_equal(&s1, &s2))
		return;
	const char *name = pass_fresh_name(b->g, n->in[i]->name, "batch_outer");
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
}

/* The transpose's permutation between the two new layouts. */
static void rewrite_transpose(Bo *b, Node *n, int px, int q)
{
	const Attr *a = ir_node_attr(n, "perm");
	int r = a->n;
	int64_t perm[IR_MAX_RANK];
	for (int j = 0; j < r; j++) {
		int lj = q <= 0 ? j : (j == 0 ? q : (j - 1 < q ? j - 1 : j));
		perm[j] = phys_axis((int)a->ints[lj], px);
	}
	for (int j = 0; j < r; j++)
		if (perm[j] != j) {
			pass_attr_set_ints(b->g, n, "perm", perm, r);
			return;
		}
	/* the identity: a reshape, which shares its input's buffer */
	Shape t = move_front(&n->out[0]->shape, q);
	n->op = OP_RESHAPE;
	n->n_attr = 0;
	pass_attr_set_ints(b->g, n, "shape", t.d, t.rank);
}

/* A reshape keeps each image's elements together: prod before N equal. */
static int rewrite_reshape(Bo *b, Node *n, int px, int q)
{
	const Shape *x = &n->in[0]->shape, *y = &n->out[0]->shape;
	int64_t bx = 1, by = 1;
	for (int i = 0; i < px; i++)
		bx *= x->d[i];
	for (int i = 0; i < q; i++)
		by *= y->d[i];
	if (bx != by)
		return pass_node_err(b->err, b->g, n, "the reshape moves elements across images "
		                     "(N at axis %d of the input, %d of the output)", px, q);
	Shape t = move_front(y, q);
	pass_attr_set_ints(b->g, n, "shape", t.d, t.rank);
	return 0;
}

/* The single-axis attribute "name" (default "dflt") of a node, remapped. */
static int rewrite_axis(Bo *b, Node *n, const char *name, int64_t dflt, int rank, int px)
{
	int64_t a = pass_attr_int(n, name, dflt);
	if (a < 0)
		a += rank;
	if (a == px)
		return pass_node_err(b->err, b->g, n, "attribute '%s' names the batch axis N",
		                     name);
	if (phys_axis((int)a, px) != a)
		pass_attr_set_int(b->g, n, name, phys_axis((int)a, px));
	return 0;
}

static int rewrite_mean(Bo *b, Node *n, int px)
{
	const Attr *a = ir_node_attr(n, "axes");
	int r = n->in[0]->shape.rank;
	int64_t ax[IR_MAX_RANK];
	for (int i = 0; i < a->n && i < IR_MAX_RANK; i++) {
		int64_t v = a->ints[i] < 0 ? a->ints[i] + r : a->ints[i];
		if (v == px)
			return pass_node_err(b->err, b->g, n, "%s over the batch axis N", ir_op_name(n->op));
		ax[i] = phys_axis((int)v, px);
	}
	pass_attr_set_ints(b->g, n, "axes", ax, a->n);
	return 0;
}

/* pad: the (before, after) pairs follow their axes (N's pair is 0, 0). */
static void rewrite_pad(Bo *b, Node *n, int px)
{
	const Attr *a = ir_node_attr(n, "pads");
	int64_t pads[2 * IR_MAX_RANK];
	for (int i = 0; i < a->n / 2; i++) {
		pads[2 * phys_axis(i, px)] = a->ints[2 * i];
		pads[2 * phys_axis(i, px) + 1] = a->ints[2 * i + 1];
	}
	pass_attr_set_ints(b->g, n, "pads", pads, a->n);
}

/* roll: its axes remapped (never N: shape inference refuses that). */
static void rewrite_roll(Bo *b, Node *n, int px)
{
	const Attr *a = ir_node_attr(n, "axes");
	int r = n->in[0]->shape.rank;
	int64_t ax[IR_MAX_RANK];
	for (int i = 0; i < a->n; i++)
		ax[i] = phys_axis((int)(a->ints[i] < 0 ? a->ints[i] + r : a->ints[i]), px);
	pass_attr_set_ints(b->g, n, "axes", ax, a->n);
}

/*
 * expand to a target with N at "q": the operand viewed at the target's
 * rank, and the target spelled out in full (no -1) in the new layout.
 */
static void rewrite_expand(Bo *b, Node *n, int q)
{
	Shape t = move_front(&n->out[0]->shape, q);
	view_operand(b, n, 0, t.rank, q);
	pass_attr_set_ints(b->g, n, "shape", t.d, t.rank);
}

/*
 * A matmul whose rows are the images (N is a's row axis M) against one
 * matrix b (no N, every batch dim 1, rank at most a's) works row by row:
 * a's new layout [N, .., K] times b gives [N, .., P], the output's.
 */
static int rows_times_matrix(const Bo *b, const Node *n)
{
	const Shape *a = &n->in[0]->shape, *m = &n->in[1]->shape;
	if (np_of(b, n->in[1]) >= 0 || m->rank > a->rank || np_of(b, n->in[0]) != a->rank - 2)
		return 0;
	for (int i = 0; i < m->rank - 2; i++)
		if (m->d[i] != 1)
			return 0;
	return 1;
}

/* Does node "n" touch a tensor with N at an inner axis? */
static int touches_inner(const Bo *b, const Node *n)
{
	for (int i = 0; i < n->n_in; i++)
		if (np_of(b, n->in[i]) > 0)
			return 1;
	for (int i = 0; i < n->n_out; i++)
		if (np_of(b, n->out[i]) > 0)
			return 1;
	return 0;
}

/* Rewrite one node for the new layouts of its inputs and output. */
static int rewrite_node(Bo *b, Node *n)
{
	int px = np_of(b, n->in[0]), q = np_of(b, n->out[0]);
	int r = n->out[0]->shape.rank;

	if (!touches_inner(b, n) || ir_op_is_unary(n->op))
		return 0;
	switch (n->op) {
	case OP_LINEAR: case OP_SHIFT_LINEAR: case OP_MOE2_LINEAR: case OP_LAYER_NORM:
		return 0;
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		for (int i = 0; i < n->n_in; i++)
			if (n->in[i])
				view_operand(b, n, i, r, q);
		return 0;
	case OP_MATMUL:
		if (q >= 0 && q < r - 2) {
			view_operand(b, n, 0, r, q);
			view_operand(b, n, 1, r, q);
			return 0;
		}
		if (q == r - 2 && rows_times_matrix(b, n))
			return 0;
		break;
	case OP_TRANSPOSE:
		rewrite_transpose(b, n, px, q);
		return 0;
	case OP_RESHAPE:
		return rewrite_reshape(b, n, px, q);
	case OP_EXPAND:
		rewrite_expand(b, n, q);
		return 0;
	case OP_SOFTMAX:
		return rewrite_axis(b, n, "axis", -1, r, px);
	case OP_SELECT:
		return rewrite_axis(b, n, "axis", 0, n->in[0]->shape.rank, px);
	case OP_SLICE:
	case OP_CONCAT:
		return rewrite_axis(b, n, "axis", 0, r, px);
	case OP_MEAN:
	case OP_MAX:
		return rewrite_mean(b, n, px);
	case OP_PAD:
		rewrite_pad(b, n, px);
		return 0;
	case OP_ROLL:
		rewrite_roll(b, n, px);
		return 0;
	case OP_NORMALIZE:
		return rewrite_axis(b, n, "axis", -1, r, px);
	default:
		break;
	}
	for (int i = 0; i < n->n_in; i++)
		if (np_of(b, n->in[i]) > 0)
			return pass_node_err(b->err, b->g, n, "input %d '%s' has the batch dimension N "
			                     "at axis %d; this op needs it outermost", i, n->in[i]->name,
			                     np_of(b, n->in[i]));
	return pass_node_err(b->err, b->g, n, "output '%s' has the batch dimension N at axis "
	                     "%d; this op cannot produce it there", n->out[0]->name, q);
}

/* Graph inputs and outputs keep the caller's layout: N outermost or absent. */
static int check_io(Bo *b)
{
	Graph *g = b->g;
	for (int i = 0; i < g->n_inputs; i++)
		if (b->np[g->inputs[i]->id] > 0)
			return vitc_errf(b->err, "%s: input '%s': the batch dimension N is at axis %d; "
			                 "vitc needs it outermost in graph inputs", g->path,
			                 g->inputs[i]->name, b->np[g->inputs[i]->id]);
	for (int i = 0; i < g->n_outputs; i++)
		if (b->np[g->outputs[i]->id] > 0)
			return vitc_errf(b->err, "%s: output '%s': the batch dimension N is at axis %d; "
			                 "vitc needs it outermost in graph outputs", g->path,
			                 g->outputs[i]->name, b->np[g->outputs[i]->id]);
	return 0;
}

/* After shape inference: every tensor must have the shape planned for it. */
static int check_shapes(Bo *b)
{
	for (int i = 0; i < b->g->n_tensors; i++) {
		const Tensor *t = b->g->tensors[i];
		if (!ir_shape_equal(&t->shape, &b->want[i]))
			return vitc_errf(b->err, "%s: internal error: moving N outermost gave tensor "
			                 "'%s' an unexpected shape", b->g->path, t->name);
	}
	return 0;
}

int pass_batch_outer(Graph *g, VitcErr *err)
{
	Bo b = {.g = g, .err = err, .n_new = g->n_tensors};
	int any = 0, rc = -1, n0 = g->n_nodes;
	Node **orig = NULL;

	b.np = xcalloc((size_t)g->n_tensors + 1, sizeof(int));
	b.want = xcalloc((size_t)g->n_tensors + 1, sizeof(Shape));
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		for (int k = 0; k < t->shape.rank; k++)
			if (ir_dim_is_batch(t->shape.d[k]) && t->shape.d[k] != IR_DIM_N)
				return free(b.np), free(b.want),
				       vitc_errf(err, "%s: internal error: tensor '%s' still has a batch "
				                 "dimension N*k (pass_batch_split runs first)", g->path,
				                 t->name);
		b.np[i] = batch_axis(&t->shape);
		if (b.np[i] == -2)
			return free(b.np), free(b.want),
			       vitc_errf(err, "%s: tensor '%s' has more than one batch dimension N",
			                 g->path, t->name);
		b.want[i] = move_front(&t->shape, b.np[i]);
		any |= b.np[i] > 0;
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
	if (pass_graph_reorder(g, b.order, b.n_order, err) || check_shapes(&b))
		goto out;
	rc = 1;
out:
	free(orig);
	free(b.order);
	free(b.np);
	free(b.want);
	return rc;
}
