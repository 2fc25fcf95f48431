/*
 * quantize_attn.c - `vitc quantize`: timm's unfused self-attention found in
 * the float graph, so that it can be split and made integer like a fused
 * attention node (quantize_graph.c, docs/quantization.md "Integer
 * attention").  timm's Attention (fused_attn off) exports as
 *
 *   qkv = linear(x)                      [N, L, 3D]
 *   t = transpose(reshape(qkv, [N, L, 3, H, d]), [2, 0, 3, 1, 4])
 *   q, k, v = select(t, 0, 0), select(t, 0, 1), select(t, 0, 2)
 *   s = matmul(mul(q, 1/sqrt(d)), transpose(k, [0, 1, 3, 2]))   (or div by sqrt(d))
 *   o = reshape(transpose(matmul(softmax(s, -1), v), [0, 2, 1, 3]), [N, L, D])
 *   y = linear(o)                        (proj)
 *
 * which is nn.MultiheadAttention's computation with in_proj = qkv (rows q,
 * k, v; heads of d consecutive rows) and out_proj = proj.  Every
 * intermediate must have exactly the one use shown.
 */
#include <fnmatch.h>
#include <math.h>
#include <string.h>

#include "compiler/quantize.h"
#include "passes/passes.h"

/* The one node reading "t" (and no graph output), of op "op"; else NULL. */
static const Node *only_use(const Graph *g, const Tensor *t, OpKind op)
{
	const Node *u = NULL;

	if (!t || pass_count_uses(g, t) != 1)
		return NULL;
	for (int i = 0; i < g->n_nodes && !u; i++)
		for (int j = 0; j < g->nodes[i]->n_in; j++)
			if (g->nodes[i]->in[j] == t)
				u = g->nodes[i];
	return u && u->op == op ? u : NULL;
}

/* Does node "n" have the ints attribute "name" equal to v[0..count-1]? */
static int ints_are(const Node *n, const char *name, const int64_t *v, int count)
{
	const Attr *a = ir_node_attr(n, name);

	if (!a || a->kind != ATTR_INTS || a->n != count)
		return 0;
	for (int i = 0; i < count; i++)
		if (a->ints[i] != v[i])
			return 0;
	return 1;
}

/* The integer attribute "name" of "n", or "dflt" when absent. */
static int64_t int_attr(const Node *n, const char *name, int64_t dflt)
{
	const Attr *a = ir_node_attr(n, name);

	return a ? a->i : dflt;
}

/* Is "n" x * 1/sqrt(d) or x / sqrt(d) by a scalar attribute (float32 rounding allowed)? */
static int is_attn_scale(const Node *n, int64_t d)
{
	const Attr *s = ir_node_attr(n, "scalar");
	double want = n->op == OP_MUL ? 1.0 / sqrt((double)d) : sqrt((double)d);

	if (!s || n->n_in != 1 || (n->op != OP_MUL && n->op != OP_DIV))
		return 0;
	if (n->op == OP_DIV && int_attr(n, "reverse", 0))
		return 0;
	return fabs(s->f - want) <= 1e-6 * want;
}

/* A linear with an f32 weight [rows, cols] (and an f32 bias, if any). */
static int const_linear(const Node *n, int64_t rows, int64_t cols)
{
	const Tensor *w = n && n->op == OP_LINEAR ? n->in[1] : NULL;
	const Tensor *b = w && n->n_in > 2 ? n->in[2] : NULL;

	return w && quant_f32_weight(w) && w->shape.rank == 2 && w->shape.d[0] == rows &&
	       w->shape.d[1] == cols && (!b || quant_f32_weight(b));
}

/*
 * Is "qkv" the qkv linear of timm's unfused attention?  Then "s" gets its
 * parts: the name prefix (the qkv node's name without ".qkv", else the
 * name with ".attn"), input, weights, output, heads and the chain's nodes.
 */
int quant_match_unfused(const Graph *g, const Node *qkv, QuantAttn *s)
{
	const Tensor *x = qkv->op == OP_LINEAR ? qkv->in[0] : NULL;
	int64_t D, L, H, d;
	const Node *r0, *t0, *sel[3] = {NULL, NULL, NULL}, *n;

	memset(s, 0, sizeof(*s));
	if (!x || x->shape.rank != 3 || ir_dim_is_batch(x->shape.d[1]) || x->dtype != DT_F32)
		return 0;
	L = x->shape.d[1], D = x->shape.d[2];
	if (!const_linear(qkv, 3 * D, D) || !(r0 = only_use(g, qkv->out[0], OP_RESHAPE)))
		return 0;
	const Shape *rs = &r0->out[0]->shape;
	if (rs->rank != 5 || rs->d[1] != L || rs->d[2] != 3 || rs->d[3] * rs->d[4] != D)
		return 0;
	H = rs->d[3], d = rs->d[4];
	if (!(t0 = only_use(g, r0->out[0], OP_TRANSPOSE)) ||
	    !ints_are(t0, "perm", (const int64_t[]){2, 0, 3, 1, 4}, 5) ||
	    pass_count_uses(g, t0->out[0]) != 3)
		return 0;
	for (int i = 0; i < g->n_nodes; i++) {
		n = g->nodes[i];
		if (n->n_in != 1 || n->in[0] != t0->out[0])
			continue;
		int64_t ix = int_attr(n, "index", -1);
		if (n->op != OP_SELECT || int_attr(n, "axis", -1) != 0 || ix < 0 || ix > 2 || sel[ix])
			return 0;
		sel[ix] = n;
	}
	if (!sel[0] || !sel[1] || !sel[2])
		return 0;
	const Node *qs = only_use(g, sel[0]->out[0], OP_MUL);
	if (!qs)
		qs = only_use(g, sel[0]->out[0], OP_DIV);
	const Node *kt = only_use(g, sel[1]->out[0], OP_TRANSPOSE);
	if (!qs || !is_attn_scale(qs, d) || !kt ||
	    !ints_are(kt, "perm", (const int64_t[]){0, 1, 3, 2}, 4))
		return 0;
	const Node *m0 = only_use(g, qs->out[0], OP_MATMUL);
	if (!m0 || m0->in[0] != qs->out[0] || m0->in[1] != kt->out[0] ||
	    pass_count_uses(g, kt->out[0]) != 1)
		return 0;
	const Node *sm = only_use(g, m0->out[0], OP_SOFTMAX);
	if (!sm || (int_attr(sm, "axis", -1) != 3 && int_attr(sm, "axis", -1) != -1))
		return 0;
	const Node *m1 = only_use(g, sm->out[0], OP_MATMUL);
	if (!m1 || m1->in[0] != sm->out[0] || m1->in[1] != sel[2]->out[0] ||
	    pass_count_uses(g, sel[2]->out[0]) != 1)
		return 0;
	const Node *t2 = only_use(g, m1->out[0], OP_TRANSPOSE);
	if (!t2 || !ints_are(t2, "perm", (const int64_t[]){0, 2, 1, 3}, 4))
		return 0;
	const Node *r1 = only_use(g, t2->out[0], OP_RESHAPE);
	const Shape *os = r1 ? &r1->out[0]->shape : NULL;
	if (!r1 || os->rank != 3 || os->d[1] != L || os->d[2] != D)
		return 0;
	const Node *pr = only_use(g, r1->out[0], OP_LINEAR);
	if (!pr || !const_linear(pr, D, D))
		return 0;

	size_t len = strlen(qkv->name);
	s->name = len > 4 && !strcmp(qkv->name + len - 4, ".qkv")
	          ? arena_printf((Arena *)&g->arena, "%.*s", (int)(len - 4), qkv->name)
	          : arena_printf((Arena *)&g->arena, "%s.attn", qkv->name);
	s->x = x;
	s->w_in = qkv->in[1], s->b_in = qkv->n_in > 2 ? qkv->in[2] : NULL;
	s->w_out = pr->in[1], s->b_out = pr->n_in > 2 ? pr->in[2] : NULL;
	s->y = pr->out[0];
	s->H = H;
	const Node *chain[] = {qkv, r0, t0, sel[0], sel[1], sel[2], qs, kt, m0, sm, m1, t2, r1, pr};
	s->n_nodes = (int)(sizeof(chain) / sizeof(*chain));
	memcpy(s->nodes, chain, sizeof(chain));
	return 1;
}
