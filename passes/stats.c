/*
 * stats.c - graph statistics for `vitc inspect`: nodes per op, multiply-
 * accumulates per op (docs/graph-format.md, "MACs", with N = 1), and the
 * number and bytes of parameters and of all weights.
 */
#include <string.h>

#include "passes/passes.h"

static int64_t sat_mul(int64_t a, int64_t b)
{
	int64_t r;
	return __builtin_mul_overflow(a, b, &r) ? INT64_MAX : r;
}

static int64_t sat_add(int64_t a, int64_t b)
{
	int64_t r;
	return __builtin_add_overflow(a, b, &r) ? INT64_MAX : r;
}

static uint64_t sat_add_u64(uint64_t a, uint64_t b)
{
	uint64_t r;
	return add_u64(a, b, &r) ? UINT64_MAX : r;
}

/* Whether "t" is present and has a shape of at least "rank" dimensions. */
static int known(const Tensor *t, int rank)
{
	return t && (t->kind != TK_VALUE || t->shape_known) && t->shape.rank >= rank;
}

/* Dimension "i" (negative: from the end) with N = 1. */
static int64_t dim(const Tensor *t, int i)
{
	int64_t d = t->shape.d[i < 0 ? t->shape.rank + i : i];
	return d == IR_DIM_N ? 1 : d;
}

/* Elements of the node's output with N = 1 (0 if unknown). */
static int64_t out_numel(const Node *n)
{
	int64_t e;
	if (n->n_out < 1 || !known(n->out[0], 0) || ir_shape_numel(&n->out[0]->shape, 1, &e))
		return 0;
	return e;
}

/*
 * MACs of one node with N = 1: conv2d numel(out)·(C/g)·kh·kw,
 * conv1d_tokens numel(out)·k, linear and matmul numel(out)·K, attention
 * per image (L+2S)·D² for the input projections, L·D² for the output
 * projection and 2·L·S·D for the scores and their product with V.
 */
static int64_t node_macs(const Node *n)
{
	Tensor *const *in = n->in;

	switch (n->op) {
	case OP_CONV2D:
		if (n->n_in < 2 || !known(in[1], 4))
			return 0;
		return sat_mul(out_numel(n), sat_mul(dim(in[1], 1), sat_mul(dim(in[1], 2), dim(in[1], 3))));
	case OP_CONV1D_TOKENS:
		if (n->n_in < 2 || !known(in[1], 3))
			return 0;
		return sat_mul(out_numel(n), dim(in[1], 2));
	case OP_LINEAR:
		if (n->n_in < 2 || !known(in[1], 2))
			return 0;
		return sat_mul(out_numel(n), dim(in[1], 1));
	case OP_MATMUL:
		if (n->n_in < 1 || !known(in[0], 2))
			return 0;
		return sat_mul(out_numel(n), dim(in[0], -1));
	case OP_ATTENTION: {
		if (n->n_in < 2 || !known(in[0], 3) || !known(in[1], 3) || !known(n->out[0], 3))
			return 0;
		int64_t B = dim(in[0], 0), L = dim(in[0], 1), D = dim(in[0], 2), S = dim(in[1], 1);
		int64_t dd = sat_mul(D, D);
		int64_t in_proj = sat_mul(L + 2 * S, dd), out_proj = sat_mul(L, dd);
		int64_t core = sat_mul(2, sat_mul(L, sat_mul(S, D)));
		return sat_mul(B, sat_add(sat_add(in_proj, out_proj), core));
	}
	default:
		return 0;
	}
}

void pass_graph_stats(const Graph *g, GraphStats *st)
{
	memset(st, 0, sizeof(*st));
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		int64_t numel;
		uint64_t bytes;
		if (t->kind != TK_WEIGHT)
			continue;
		if (ir_shape_numel(&t->shape, 1, &numel) ||
		    ir_shape_bytes(&t->shape, t->dtype, 1, &bytes))
			numel = 0, bytes = 0;
		st->n_weights++;
		st->weight_bytes = sat_add_u64(st->weight_bytes, bytes);
		if (t->role == ROLE_PARAMETER) {
			st->n_params = sat_add(st->n_params, numel);
			st->param_bytes = sat_add_u64(st->param_bytes, bytes);
		}
	}
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		int64_t macs = node_macs(n);
		st->nodes_per_op[n->op]++;
		st->macs_per_op[n->op] = sat_add(st->macs_per_op[n->op], macs);
		st->macs_total = sat_add(st->macs_total, macs);
	}
}
