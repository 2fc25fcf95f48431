/*
 * passes.h - graph passes, in pipeline order.  Each pass is one file and
 * takes a Graph; passes that can fail on user input return -1 with a
 * one-line message in "err" naming the file and node.
 */
#ifndef VITC_PASSES_H
#define VITC_PASSES_H

#include <stdint.h>

#include "ir/ir.h"

/*
 * passes/verify.c: structural invariants, checked between passes.
 * Arity per op, required attributes and their kinds, absent inputs only
 * where the op allows them, tensor names unique, every node input defined
 * before use, graph outputs defined, weights bound to data (when loaded).
 */
int pass_verify(const Graph *g, VitcErr *err);

/*
 * passes/shapes.c: dtype and shape inference for every node output, in
 * node order, with the batch dimension N kept symbolic.  Errors name the
 * node and its op: "m.json: node 'blocks.0.attn' (attention): ...".
 */
int pass_infer_shapes(Graph *g, VitcErr *err);

/* passes/stats.c: the numbers `vitc inspect` prints (N = 1 for MACs). */
typedef struct {
	int64_t n_params;          /* elements of weights with role parameter */
	uint64_t param_bytes;
	int64_t n_weights;         /* weight tensors of any role */
	uint64_t weight_bytes;
	int64_t nodes_per_op[OP_COUNT];
	int64_t macs_per_op[OP_COUNT];
	int64_t macs_total;
} GraphStats;

void pass_graph_stats(const Graph *g, GraphStats *st);

#endif
