/*
 * conv_channels_last.c - pass_conv_channels_last: run a conv2d
 * (depthwise or groups = 1) on channels-last data where the model only
 * transposes around it.
 *
 * PVTv2's (and SegFormer's) Mix-FFN does, per block,
 *
 *   t0 = transpose(x [N,HW,C], perm=[0,2,1])   -> [N,C,HW]
 *   r0 = reshape(t0, [N,C,H,W])
 *   y  = conv2d(r0, w[C,1,kh,kw], b, groups=C)  -> [N,C,H',W']
 *   r1 = reshape(y, [N,C,H'W'])
 *   t1 = transpose(r1, perm=[0,2,1])           -> [N,H'W',C]
 *
 * Two full transposes of the widest activation of the block (a fifth of
 * PVTv2-b0's run time) only to hand the conv its NCHW layout.  The conv
 * can read and write channels-last instead (layout="nhwc", lowered with
 * the channels as the vector loop); then t0 and t1 keep nothing to do:
 * they become reshapes to their own input shape, which lowering turns
 * into buffer aliases, and r0/r1 reshape between [N,HW,C] and
 * [N,H,W,C].  PVTv2's attention does the same around its spatial
 * reduction conv (kernel = stride = sr, groups = 1), which lowers to
 * im2col + gemm and, channels-last, needs no NHWC -> NCHW copy either.  Every tensor outside the chain keeps its shape.  The chain
 * must be exclusive: t0, r0, y and r1 feed only the next node and are
 * not graph outputs.  Runs after pass_batch_outer (N outermost).
 */
#include <string.h>

#include "passes/passes.h"

/* Is "t" made by a single-output "op" node and used once?  Its node, or NULL. */
static Node *sole_producer(const Graph *g, const Tensor *t, OpKind op)
{
	Node *p = t && t->kind == TK_VALUE ? t->producer : NULL;

	return p && p->op == op && p->n_out == 1 && pass_count_uses(g, t) == 1 ? p : NULL;
}

/* The only node that reads "t" (and t is no graph output), or NULL. */
static Node *sole_consumer(const Graph *g, const Tensor *t, OpKind op)
{
	Node *c = NULL;

	if (pass_count_uses(g, t) != 1)
		return NULL;
	for (int i = 0; i < g->n_nodes && !c; i++)
		if (g->nodes[i]->n_in >= 1 && g->nodes[i]->in[0] == t)
			c = g->nodes[i];
	return c && c->op == op && c->n_out == 1 ? c : NULL;
}

/* A transpose [0,2,1] of a rank-3 tensor. */
static int swaps_last_two(const Node *n)
{
	const Attr *p = ir_node_attr(n, "perm");

	return p && p->kind == ATTR_INTS && p->n == 3 && p->ints[0] == 0 &&
	       p->ints[1] == 2 && p->ints[2] == 1;
}

/* Make "n" a reshape of its input to that input's own shape (an alias). */
static void make_identity_reshape(Graph *g, Node *n)
{
	const Shape *s = &n->in[0]->shape;

	n->op = OP_RESHAPE;
	n->n_attr = 0;
	pass_attr_set_ints(g, n, "shape", s->d, s->rank);
	n->out[0]->shape = *s;
}

/* Set reshape "n"'s target (and its output's shape) to "s". */
static void set_reshape(Graph *g, Node *n, const Shape *s)
{
	pass_attr_set_ints(g, n, "shape", s->d, s->rank);
	n->out[0]->shape = *s;
}

/*
 * Rewrite the chain around depthwise conv "conv" if it has the shape
 * above; 1 if it did.
 */
static int rewrite(Graph *g, Node *conv)
{
	const Tensor *w = conv->n_in > 1 ? conv->in[1] : NULL;
	const Shape *ys = &conv->out[0]->shape;
	Node *r0, *t0, *r1, *t1;
	int64_t C, groups = pass_attr_int(conv, "groups", 1);

	if (strcmp(pass_attr_string(conv, "layout", "nchw"), "nchw") || !w ||
	    w->shape.rank != 4 || ys->rank != 4 || ys->d[0] != IR_DIM_N)
		return 0;
	C = ys->d[1];
	if (groups != 1 && (groups != C || w->shape.d[0] != C || w->shape.d[1] != 1))
		return 0;
	if (!(r0 = sole_producer(g, conv->in[0], OP_RESHAPE)) ||
	    !(t0 = sole_producer(g, r0->in[0], OP_TRANSPOSE)) || !swaps_last_two(t0) ||
	    !(r1 = sole_consumer(g, conv->out[0], OP_RESHAPE)) ||
	    !(t1 = sole_consumer(g, r1->out[0], OP_TRANSPOSE)) || !swaps_last_two(t1))
		return 0;
	const Shape *xs = &t0->in[0]->shape, *hs = &r0->out[0]->shape;
	int64_t Cin = hs->rank == 4 ? hs->d[1] : -1;
	if (xs->rank != 3 || xs->d[2] != Cin || r1->out[0]->shape.rank != 3 ||
	    t1->out[0]->shape.d[2] != C)
		return 0;

	Shape nhwc_in = {.rank = 4, .d = {IR_DIM_N, hs->d[2], hs->d[3], Cin}};
	Shape nhwc_out = {.rank = 4, .d = {IR_DIM_N, ys->d[2], ys->d[3], C}};
	Shape tokens_out = {.rank = 3, .d = {IR_DIM_N, ys->d[2] * ys->d[3], C}};
	make_identity_reshape(g, t0);
	set_reshape(g, r0, &nhwc_in);
	pass_attr_set_string(g, conv, "layout", "nhwc");
	conv->out[0]->shape = nhwc_out;
	set_reshape(g, r1, &tokens_out);
	make_identity_reshape(g, t1);
	return 1;
}

int pass_conv_channels_last(Graph *g)
{
	int n = 0;

	for (int i = 0; i < g->n_nodes; i++)
		if (g->nodes[i]->op == OP_CONV2D)
			n += rewrite(g, g->nodes[i]);
	return n;
}
