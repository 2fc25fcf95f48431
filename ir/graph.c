/*
 * graph.c - building graphs: tensors, nodes, attributes, shapes.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ir/ir.h"

static const struct {
	const char *name;
	int lo, hi;
} ops[OP_COUNT] = {
#define OP(e, name, lo, hi) {name, lo, hi},
#include "ir/ops.h"
#undef OP
};

const char *ir_op_name(OpKind op)
{
	return (unsigned)op < OP_COUNT ? ops[op].name : "?";
}

int ir_op_from_name(const char *name, OpKind *out)
{
	for (int i = 0; i < OP_COUNT; i++)
		if (strcmp(ops[i].name, name) == 0) {
			*out = (OpKind)i;
			return 0;
		}
	return -1;
}

int ir_op_min_inputs(OpKind op)
{
	return ops[op].lo;
}

int ir_op_max_inputs(OpKind op)
{
	return ops[op].hi;
}

/*
 * The one-input elementwise ops: y = f(x) element by element, the shape
 * and dtype of x.  Shape inference, fusion (as an epilogue), the batch
 * layout rewrite and lowering treat them all alike.
 */
int ir_op_is_unary(OpKind op)
{
	switch (op) {
	case OP_GELU: case OP_RELU: case OP_TANH: case OP_ERF:
	case OP_SIGMOID: case OP_SILU: case OP_HARDSWISH: case OP_HARDSIGMOID:
	case OP_EXP: case OP_SQRT: case OP_RSQRT:
		return 1;
	default:
		return 0;
	}
}

Graph *ir_graph_new(const char *path)
{
	Graph *g = xcalloc(1, sizeof(*g));
	g->path = arena_strdup(&g->arena, path ? path : "<graph>");
	g->version = 1;
	return g;
}

void ir_graph_free(Graph *g)
{
	if (!g)
		return;
	if (g->weights_file.base)
		munmap(g->weights_file.base, g->weights_file.size);
	arena_free(&g->arena);
	free(g);
}

/* Linear search: graphs have at most a few thousand tensors. */
Tensor *ir_graph_find_tensor(const Graph *g, const char *name)
{
	for (int i = 0; i < g->n_tensors; i++)
		if (strcmp(g->tensors[i]->name, name) == 0)
			return g->tensors[i];
	return NULL;
}

/* Grow an arena-backed pointer array to hold at least "need" entries. */
static void **grow(Arena *a, void **arr, int n, int *cap, int need)
{
	if (need <= *cap)
		return arr;
	int ncap = *cap ? *cap * 2 : 16;
	while (ncap < need)
		ncap *= 2;
	void **na = arena_calloc(a, (size_t)ncap, sizeof(void *));
	if (n)
		memcpy(na, arr, (size_t)n * sizeof(void *));
	*cap = ncap;
	return na;
}

Tensor *ir_graph_add_tensor(Graph *g, const char *name, TensorKind kind,
                            DType dt, const Shape *shape)
{
	Tensor *t = arena_alloc(&g->arena, sizeof(*t));
	t->name = arena_strdup(&g->arena, name);
	t->kind = kind;
	t->dtype = dt;
	if (shape)
		t->shape = *shape;
	t->id = g->n_tensors;
	g->tensors = (Tensor **)grow(&g->arena, (void **)g->tensors,
	                             g->n_tensors, &g->cap_tensors, g->n_tensors + 1);
	g->tensors[g->n_tensors++] = t;
	return t;
}

Node *ir_graph_add_node(Graph *g, const char *name, OpKind op, int n_in,
                        int n_out, int n_attr)
{
	Node *n = arena_alloc(&g->arena, sizeof(*n));
	n->name = arena_strdup(&g->arena, name);
	n->op = op;
	n->n_in = n_in;
	n->n_out = n_out;
	n->n_attr = n_attr;
	n->in = arena_calloc(&g->arena, (size_t)n_in + 1, sizeof(Tensor *));
	n->out = arena_calloc(&g->arena, (size_t)n_out + 1, sizeof(Tensor *));
	n->attrs = arena_calloc(&g->arena, (size_t)n_attr + 1, sizeof(Attr));
	n->id = g->n_nodes;
	g->nodes = (Node **)grow(&g->arena, (void **)g->nodes, g->n_nodes,
	                         &g->cap_nodes, g->n_nodes + 1);
	g->nodes[g->n_nodes++] = n;
	return n;
}

const Attr *ir_node_attr(const Node *n, const char *name)
{
	for (int i = 0; i < n->n_attr; i++)
		if (n->attrs[i].name && strcmp(n->attrs[i].name, name) == 0)
			return &n->attrs[i];
	return NULL;
}

/* Element count with N = "batch"; -1 if it reaches IR_MAX_DIM. */
int ir_shape_numel(const Shape *s, int64_t batch, int64_t *out)
{
	uint64_t n = 1;
	for (int i = 0; i < s->rank; i++) {
		int64_t d = s->d[i];
		if (ir_dim_is_batch(d)) {
			if (batch < 0 || mul_u64(n, (uint64_t)batch, &n))
				return -1;
			d = ir_dim_batch_factor(d);
		}
		if (d < 0 || mul_u64(n, (uint64_t)d, &n) || n >= (uint64_t)IR_MAX_DIM)
			return -1;
	}
	*out = (int64_t)n;
	return 0;
}

/* Storage bytes of a tensor: sub-byte types round up to whole bytes. */
int ir_shape_bytes(const Shape *s, DType dt, int64_t batch, uint64_t *out)
{
	int64_t n;
	uint64_t bits;
	if (ir_shape_numel(s, batch, &n) || mul_u64((uint64_t)n, (uint64_t)ir_dtype_bits(dt), &bits))
		return -1;
	*out = (bits + 7) / 8;
	return 0;
}

int ir_shape_equal(const Shape *a, const Shape *b)
{
	if (a->rank != b->rank)
		return 0;
	for (int i = 0; i < a->rank; i++)
		if (a->d[i] != b->d[i])
			return 0;
	return 1;
}

/* "[N,3,224,224]"; returns the length snprintf would have written. */
int ir_shape_format(const Shape *s, char *buf, size_t len)
{
	size_t k = 0;
	int w = snprintf(buf, len, "[");
	k += (size_t)w;
	for (int i = 0; i < s->rank; i++) {
		char d[32];
		ir_dim_format(s->d[i], d, sizeof(d));
		w = snprintf(k < len ? buf + k : NULL, k < len ? len - k : 0, "%s%s",
		             i ? "," : "", d);
		k += (size_t)w;
	}
	w = snprintf(k < len ? buf + k : NULL, k < len ? len - k : 0, "]");
	return (int)(k + (size_t)w);
}

const char *ir_dim_format(int64_t d, char *buf, size_t len)
{
	if (d == IR_DIM_N)
		snprintf(buf, len, "N");
	else if (ir_dim_is_batch(d))
		snprintf(buf, len, "N*%" PRId64, ir_dim_batch_factor(d));
	else
		snprintf(buf, len, "%" PRId64, d);
	return buf;
}

/*
 * "N" or "N*k": exactly these characters, k decimal digits without sign or
 * leading zero, 1 <= k < 2^40, so that sizes stay linear in the batch.
 */
const char *ir_dim_parse_batch(const char *s, int64_t *out)
{
	int64_t k = 0;
	if (s[0] != 'N')
		return "must be an integer, \"N\" or \"N*k\" (k a positive integer)";
	if (s[1] == 0) {
		*out = IR_DIM_N;
		return NULL;
	}
	if (s[1] == '*' && (s[2] == '0' || s[2] == '-'))
		return "the factor k of \"N*k\" must be a positive integer";
	if (s[1] != '*' || s[2] < '0' || s[2] > '9')
		return "must be an integer, \"N\" or \"N*k\" (k a positive integer)";
	for (const char *p = s + 2; *p; p++) {
		if (*p < '0' || *p > '9')
			return "must be an integer, \"N\" or \"N*k\" (k a positive integer)";
		k = k * 10 + (*p - '0');
		if (k >= IR_MAX_DIM)
			return "the factor k of \"N*k\" reaches 2^40";
	}
	*out = IR_DIM_NK(k);
	return NULL;
}
