/*
 * matmul_scale.c - pass_matmul_scale: move the attention scale of
 * (q * s) @ k^T onto k^T.
 *
 * Attention in timm and torchvision scales the queries, q * s with s =
 * head_dim^-1/2, then multiplies by a transposed k.  The scaled q needs a
 * kernel of its own (the multiply fuses into the copy that splits q off
 * the qkv projection), while k^T is materialized by its transpose anyway.
 * Scaling k^T instead (the multiply fuses into that transpose for free)
 * leaves the q split a pure re-indexing that lowering folds into the
 * matmul's operand (lower/views.c): one kernel and one pass over q fewer
 * per block.  (q s) k^T = q (s k^T) exactly when s is a power of two (as
 * for head_dim 64) and within an ulp per product otherwise.
 *
 * Rewrites  S = mul(x, scalar s); T = transpose(k); M = matmul(S, T)
 *   into    T = transpose(k); S = mul(T, scalar s); M = matmul(x, S)
 * when S and T feed only M and are not graph outputs.  S moves to just
 * before M; shapes are inferred again.
 */
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

/* S = mul(x) by a scalar attribute, alone. */
static int is_scalar_mul(const Node *s)
{
	return s && s->op == OP_MUL && s->n_in == 1 && ir_node_attr(s, "scalar");
}

int pass_matmul_scale(Graph *g, VitcErr *err)
{
	int moved = 0;

	for (int i = 0; i < g->n_nodes; i++) {
		Node *m = g->nodes[i];
		if (m->op != OP_MATMUL || m->n_in != 2)
			continue;
		Node *s = m->in[0]->producer, *t = m->in[1]->producer;
		if (!is_scalar_mul(s) || !t || t->op != OP_TRANSPOSE ||
		    pass_count_uses(g, s->out[0]) != 1 || pass_count_uses(g, t->out[0]) != 1 ||
		    s->out[0]->dtype != DT_F32)
			continue;
		Node **order = xcalloc((size_t)g->n_nodes + 1, sizeof(Node *));
		int n = 0;
		for (int j = 0; j < g->n_nodes; j++) {
			if (g->nodes[j] == s)
				continue;
			if (g->nodes[j] == m)
				order[n++] = s;
			order[n++] = g->nodes[j];
		}
		m->in[0] = s->in[0];
		s->in[0] = t->out[0];
		m->in[1] = s->out[0];
		int r = pass_graph_reorder(g, order, n, err);
		free(order);
		if (r)
			return -1;
		moved++;
	}
	return moved;
}
