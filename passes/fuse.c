/*
 * fuse.c - which elementwise nodes fold into their producer's epilogue.
 *
 * The plan is data for lowering: it does not rewrite the graph, so IR dumps
 * after this pass show the same nodes with a "fused into" note.
 */
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

static int is_elementwise(OpKind op)
{
	switch (op) {
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		return 1;
	default:
		return ir_op_is_unary(op);
	}
}

/* Producers whose lowering routes its final store through lw_epilogue(). */
static int takes_epilogue(OpKind op)
{
	switch (op) {
	case OP_LINEAR: case OP_MATMUL: case OP_ATTENTION: case OP_LAYER_NORM:
	case OP_TRANSPOSE: case OP_CONCAT: case OP_EXPAND: case OP_SLICE:
	case OP_SELECT: case OP_MEAN: case OP_MAX: case OP_SOFTMAX: case OP_CONV2D:
	case OP_NORMALIZE: case OP_GATHER:
	case OP_CONV1D_TOKENS: case OP_SHIFT_LINEAR: case OP_MOE2_LINEAR:
	case OP_PAD: case OP_ROLL: case OP_DEQUANTIZE:
		return 1;
	default:
		return is_elementwise(op);
	}
}

static int64_t numel1(const Shape *s)
{
	int64_t n;
	return ir_shape_numel(s, 1, &n) ? -1 : n;
}

/*
 * Can the other operand "o" of an elementwise node be read at the output
 * index of a fused producer with output shape "out"?  Same shape, a 1-D
 * vector along the last axis, or a single element.
 */
static int operand_ok(const Tensor *o, const Shape *out)
{
	if (ir_shape_equal(&o->shape, out))
		return 1;
	if (numel1(&o->shape) == 1 && o->shape.rank <= out->rank)
		return 1;
	int trail = 1;
	for (int i = 0; i < o->shape.rank - 1; i++)
		trail &= o->shape.d[i] == 1;
	return trail && o->shape.rank >= 1 && out->rank >= 1 &&
	       o->shape.d[o->shape.rank - 1] == out->d[out->rank - 1] &&
	       o->shape.rank <= out->rank;
}

/*
 * The root producer that elementwise node "e" can fold into when its
 * operand "slot" carries the chain value, or -1.
 */
static int try_fuse(const Graph *g, const FusionPlan *plan, const Node *e,
                    int slot)
{
	const Tensor *x = e->in[slot];
	const Tensor *o = e->n_in > 1 ? e->in[1 - slot] : NULL;
	if (!x || x->kind != TK_VALUE || (e->n_in > 1 && !o))
		return -1;
	const Node *p = x->producer;
	if (!takes_epilogue(p->op) || plan->n_uses[x->id] != 1)
		return -1;
	if (!ir_shape_equal(&e->out[0]->shape, &x->shape))
		return -1;
	if (o && !operand_ok(o, &x->shape))
		return -1;
	int root = plan->fused_into[p->id] >= 0 ? plan->fused_into[p->id] : p->id;
	/* the other operand must exist before the root producer runs */
	if (o && o->kind == TK_VALUE && o->producer->id >= root)
		return -1;
	(void)g;
	return root;
}

int pass_fuse_plan(const Graph *g, FusionPlan *plan, int enable)
{
	plan->fused_into = xmalloc(sizeof(int) * (size_t)(g->n_nodes + 1));
	plan->fused_slot = xcalloc((size_t)g->n_nodes + 1, sizeof(int));
	plan->n_uses = xcalloc((size_t)g->n_tensors + 1, sizeof(int));
	for (int i = 0; i < g->n_nodes; i++) {
		plan->fused_into[i] = -1;
		for (int j = 0; j < g->nodes[i]->n_in; j++)
			if (g->nodes[i]->in[j])
				plan->n_uses[g->nodes[i]->in[j]->id]++;
	}
	for (int i = 0; i < g->n_outputs; i++)
		plan->n_uses[g->outputs[i]->id]++;
	if (!enable)
		return 0;
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *e = g->nodes[i];
		if (!is_elementwise(e->op))
			continue;
		int commutes = e->op == OP_ADD || e->op == OP_MUL;
		for (int slot = 0; slot < (commutes && e->n_in > 1 ? 2 : 1); slot++) {
			int root = try_fuse(g, plan, e, slot);
			if (root >= 0) {
				plan->fused_into[e->id] = root;
				plan->fused_slot[e->id] = slot;
				break;
			}
		}
	}
	return 0;
}

void pass_fuse_plan_free(FusionPlan *plan)
{
	free(plan->fused_into);
	free(plan->n_uses);
	free(plan->fused_slot);
	plan->fused_into = plan->n_uses = plan->fused_slot = NULL;
}
