/*
 * expose.c - `vitc compile --expose-decisions`: make every discrete step
 * of a ShiftAdd model an extra graph output, after the model's own
 * outputs, in node order:
 *   ksh_hash, binarize  their b1 codes, delivered as i32 code words
 *                       [N,H,L] (bit k of a word = code bit k);
 *   moe2_linear         "<node>.route", i32 [...,L]: the expert each token
 *                       went to (0 mult, 1 shift), then "<node>.q16";
 *   shift_linear        "<node>.q16", i32 [...,K]: the Q16.16 input
 *                       floor(x * 2^16) the shift accumulation used.
 * These are the places where two correct float implementations can part
 * ways by a whole step (a projection within an ulp of 0, router logits
 * within an ulp of each other, x * 2^16 within an ulp of an integer).
 * With them out, a reference can be run with the compiled model's
 * decisions and compared float for float (tests/e2e/test_shiftadd.py).
 */
#include <string.h>

#include "passes/passes.h"

/* Append a new i32 output "<node>.<suffix>" of shape "s" to node "n". */
static Tensor *add_output(Graph *g, Node *n, const char *suffix, const Shape *s,
                          VitcErr *err)
{
	char *name = arena_printf(&g->arena, "%s.%s", n->name, suffix);
	if (ir_graph_find_tensor(g, name))
		return vitc_errf(err, "%s: --expose-decisions: a tensor '%s' exists already",
		                 g->path, name), NULL;
	Tensor *t = ir_graph_add_tensor(g, name, TK_VALUE, DT_I32, s);
	t->producer = n;
	t->shape_known = 1;
	Tensor **out = arena_calloc(&g->arena, (size_t)n->n_out + 2, sizeof(Tensor *));
	memcpy(out, n->out, sizeof(Tensor *) * (size_t)n->n_out);
	out[n->n_out++] = t;
	n->out = out;
	return t;
}

/* The decisions of node "n" (made as new outputs where needed) into d[]. */
static int decisions_of(Graph *g, Node *n, Tensor **d, VitcErr *err)
{
	Shape s = n->in[0]->shape;
	switch (n->op) {
	case OP_KSH_HASH:
	case OP_BINARIZE:
		d[0] = n->out[0];
		return 1;
	case OP_MOE2_LINEAR:
		s.rank--;
		if (!(d[0] = add_output(g, n, "route", &s, err)) ||
		    !(d[1] = add_output(g, n, "q16", &n->in[0]->shape, err)))
			return -1;
		return 2;
	case OP_SHIFT_LINEAR:
		if (!(d[0] = add_output(g, n, "q16", &s, err)))
			return -1;
		return 1;
	default:
		return 0;
	}
}

int pass_expose_decisions(Graph *g, VitcErr *err)
{
	int cap = g->n_outputs + 2 * g->n_nodes, m = g->n_outputs;
	Tensor **outs = arena_calloc(&g->arena, (size_t)cap + 1, sizeof(Tensor *));
	memcpy(outs, g->outputs, sizeof(Tensor *) * (size_t)g->n_outputs);
	for (int i = 0; i < g->n_nodes; i++) {
		Tensor *d[2];
		int k = decisions_of(g, g->nodes[i], d, err);
		if (k < 0)
			return -1;
		for (int j = 0; j < k; j++) {
			for (int o = 0; o < m; o++)
				if (outs[o] == d[j])
					return vitc_errf(err, "%s: --expose-decisions: '%s' is already a "
					                 "graph output", g->path, d[j]->name);
			outs[m++] = d[j];
		}
	}
	g->outputs = outs;
	int n = m - g->n_outputs;
	g->n_outputs = m;
	return n;
}
