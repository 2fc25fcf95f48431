/*
 * graph_edit.c - small edits of a verified graph that the rewriting
 * passes (batch_split.c, batch_outer.c) share: attributes set in place,
 * fresh names for the nodes they insert, and installing a new node order.
 */
#include <string.h>

#include "passes/passes.h"

Shape pass_shape_strip_ones(const Shape *s)
{
	Shape o = {0};
	int i = 0;
	while (i < s->rank && s->d[i] == 1)
		i++;
	for (; i < s->rank; i++)
		o.d[o.rank++] = s->d[i];
	return o;
}

/* The attribute "name" of "n", appended (zeroed) if absent; of kind "kind". */
Attr *pass_attr_slot(Graph *g, Node *n, const char *name, AttrKind kind)
{
	Attr *a = NULL;
	for (int i = 0; i < n->n_attr; i++)
		if (n->attrs[i].name && !strcmp(n->attrs[i].name, name))
			a = &n->attrs[i];
	if (!a) {
		Attr *na = arena_calloc(&g->arena, (size_t)n->n_attr + 2, sizeof(Attr));
		memcpy(na, n->attrs, (size_t)n->n_attr * sizeof(Attr));
		n->attrs = na;
		a = &n->attrs[n->n_attr++];
		a->name = arena_strdup(&g->arena, name);
	}
	a->kind = kind;
	return a;
}

void pass_attr_set_ints(Graph *g, Node *n, const char *name, const int64_t *d, int count)
{
	Attr *a = pass_attr_slot(g, n, name, ATTR_INTS);
	a->n = count;
	a->ints = arena_calloc(&g->arena, (size_t)count + 1, sizeof(int64_t));
	memcpy(a->ints, d, (size_t)count * sizeof(int64_t));
}

void pass_attr_set_string(Graph *g, Node *n, const char *name, const char *v)
{
	Attr *a = pass_attr_slot(g, n, name, ATTR_STRING);
	a->s = arena_strdup(&g->arena, v);
}

void pass_attr_set_int(Graph *g, Node *n, const char *name, int64_t v)
{
	Attr *a = pass_attr_slot(g, n, name, ATTR_INT);
	a->i = v;
	a->f = (double)v;
}

int pass_count_uses(const Graph *g, const Tensor *t)
{
	int n = 0;

	for (int i = 0; i < g->n_nodes; i++)
		for (int j = 0; j < g->nodes[i]->n_in; j++)
			n += g->nodes[i]->in[j] == t;
	for (int i = 0; i < g->n_outputs; i++)
		n += g->outputs[i] == t;
	return n;
}

const char *pass_fresh_name(Graph *g, const char *base, const char *tag)
{
	for (int k = 0;; k++) {
		const char *s = arena_printf(&g->arena, "%s.%s%d", base, tag, k);
		int used = ir_graph_find_tensor(g, s) != NULL;
		for (int i = 0; !used && i < g->n_nodes; i++)
			used = !strcmp(g->nodes[i]->name, s);
		if (!used)
			return s;
	}
}

/*
 * Make order[0..n) (the old nodes and the ones a pass inserted, each input
 * defined before its use) the graph's node list, renumber the nodes, and
 * infer every value's shape again from the inputs.
 */
int pass_graph_reorder(Graph *g, Node *const *order, int n, VitcErr *err)
{
	memcpy(g->nodes, order, (size_t)n * sizeof(Node *));
	g->n_nodes = n;
	for (int i = 0; i < g->n_nodes; i++)
		g->nodes[i]->id = i;
	for (int i = 0; i < g->n_tensors; i++)
		if (g->tensors[i]->kind == TK_VALUE)
			g->tensors[i]->shape_known = 0;
	return pass_infer_shapes(g, err);
}
