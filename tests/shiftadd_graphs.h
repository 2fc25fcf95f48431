/*
 * shiftadd_graphs.h - what check_shiftadd_ir.c and check_shift_convert.c
 * share beyond graph_builder.h: typed weights, a tensor's type as text,
 * nodes by name.
 */
#ifndef VITC_SHIFTADD_GRAPHS_H
#define VITC_SHIFTADD_GRAPHS_H

/* ---- a tiny graph builder (tests/graph_builder.h); every test gets a fresh graph G ---- */

#include "graph_builder.h"

static Tensor *weight_t(const char *name, DType dt, const char *shape)
{
	Shape s = S(shape);
	Tensor *t = ir_graph_add_tensor(G, name, TK_WEIGHT, dt, &s);
	t->role = ROLE_PARAMETER;
	return t;
}

static Tensor *weight(const char *name, const char *shape)
{
	return weight_t(name, DT_F32, shape);
}

/* dtype and shape of tensor "name" as "b1[N,2,7,16]" (one static buffer). */
static const char *type_of(const char *name)
{
	static char buf[256];
	Tensor *t = ir_graph_find_tensor(G, name);
	ck_assert_ptr_nonnull(t);
	size_t k = (size_t)snprintf(buf, sizeof(buf), "%s", ir_dtype_name(t->dtype));
	ir_shape_format(&t->shape, buf + k, sizeof(buf) - k);
	return buf;
}

static Node *find_node(const char *name)
{
	for (int i = 0; i < G->n_nodes; i++)
		if (!strcmp(G->nodes[i]->name, name))
			return G->nodes[i];
	return NULL;
}

#endif
