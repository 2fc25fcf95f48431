/*
 * shift_convert.c - `--shift-linear=mlp|attn|all`: post-training
 * conversion of the dense linears of an fp32 model to shift_linear, as
 * ShiftLinear.from_linear does it (docs/graph-format.md, "ShiftAdd ops"):
 * each weight becomes p = clamp(round(log2|w|), -14, 0) with its sign,
 * stored as one pot5 byte in a new weight "<name>.pot5" (role parameter)
 * whose bytes live in the graph arena.  Biases stay f32.
 *
 * Which linears (by the dot-separated components of the node name, the
 * node's own last component not counted):
 *   mlp   a component starting with "mlp" or "ffn" (torchvision
 *         "encoder.layers.encoder_layer_0.mlp.0", timm/PVT "blocks.0.mlp.fc1");
 *   attn  a component containing "attn" or "attention" (q, k, v, qkv, kv,
 *         to_qk, to_v, proj), plus the projections of every fused
 *         `attention` node (torchvision's nn.MultiheadAttention), which is
 *         first split into an in-projection linear (or one per input when
 *         q, k, v differ), a matmul/softmax core in existing ops and an
 *         out-projection linear;
 *   all   both, and every other linear.
 * Never converted (shiftaddvit.md §2.4): a component starting or ending
 * with "head" (classifier heads), starting with "patch_embed", or equal to
 * "router" or "gate".  Weights left unused by the conversion are dropped
 * from the graph so they are neither counted nor embedded.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

enum { SEL_MLP = 1, SEL_ATTN = 2, SEL_OTHER = 4 };

/* ---- the weight encoding ---- */

/*
 * round(log2|w|) evaluated exactly: |w| = m·2^e with m in [0.5, 1) rounds
 * to e when m > 1/√2, else to e - 1 (a float mantissa never equals 1/√2,
 * so there are no ties).  Clamped to [-14, 0]; zero is shift code 15.
 */
uint8_t pass_pot5_encode(float w)
{
	int e = 0, p;

	if (w == 0 || isnan(w))
		return 15;
	if (isinf(w)) {
		p = 0;
	} else {
		float m = frexpf(fabsf(w), &e);
		p = e - 1 + ((double)m > 0.70710678118654752440);
	}
	if (p > 0)
		p = 0;
	if (p < -14)
		p = -14;
	return (uint8_t)(-p | (w < 0 ? 16 : 0));
}

/* ---- which linears ---- */

/*
 * Call "fn" on each dot-separated component of "name" but the last; stop
 * and return 1 at the first for which it returns 1.
 */
static int any_component(const char *name, int (*fn)(const char *b, size_t len))
{
	const char *last = strrchr(name, '.');
	if (!last)
		return 0;
	for (const char *b = name, *e; b < last; b = e + 1) {
		e = strchr(b, '.');
		if (fn(b, (size_t)(e - b)))
			return 1;
	}
	return 0;
}

static int starts(const char *b, size_t len, const char *s)
{
	size_t n = strlen(s);
	return len >= n && !memcmp(b, s, n);
}

static int contains(const char *b, size_t len, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i + n <= len; i++)
		if (!memcmp(b + i, s, n))
			return 1;
	return 0;
}

static int is_mlp(const char *b, size_t len)
{
	return starts(b, len, "mlp") || starts(b, len, "ffn");
}

static int is_attn(const char *b, size_t len)
{
	return contains(b, len, "attn") || contains(b, len, "attention");
}

static int is_kept_dense(const char *b, size_t len)
{
	return starts(b, len, "head") || (len >= 4 && !memcmp(b + len - 4, "head", 4)) ||
	       starts(b, len, "patch_embed") ||
	       (len == 6 && !memcmp(b, "router", 6)) || (len == 4 && !memcmp(b, "gate", 4));
}

/* Which selection a node belongs to by its name; 0 for heads, embeddings, routers. */
static int classify(const char *name)
{
	/* the node's own last component counts for the exclusions ("heads.head") */
	size_t n = strlen(name);
	const char *last = strrchr(name, '.');
	const char *b = last ? last + 1 : name;
	if (any_component(name, is_kept_dense) || is_kept_dense(b, (size_t)(name + n - b)))
		return 0;
	if (any_component(name, is_mlp))
		return SEL_MLP;
	if (any_component(name, is_attn))
		return SEL_ATTN;
	return SEL_OTHER;
}

/* ---- graph editing ---- */

typedef struct {
	Graph *g;
	VitcErr *err;
	Tensor **pot5_of;       /* per original tensor id: its pot5 twin */
	int n_orig_tensors;
	unsigned char *detached;/* per tensor id: a weight this pass stopped using */
	int cap_detached;
	int converted;
} Conv;

static int taken(const Graph *g, const char *name)
{
	if (ir_graph_find_tensor(g, name))
		return 1;
	for (int i = 0; i < g->n_nodes; i++)
		if (!strcmp(g->nodes[i]->name, name))
			return 1;
	return 0;
}

static void mark_detached(Conv *cv, const Tensor *t)
{
	if (t->id >= cv->cap_detached) {
		int cap = cv->cap_detached ? cv->cap_detached : 64;
		while (cap <= t->id)
			cap *= 2;
		cv->detached = xrealloc(cv->detached, (size_t)cap);
		memset(cv->detached + cv->cap_detached, 0, (size_t)(cap - cv->cap_detached));
		cv->cap_detached = cap;
	}
	cv->detached[t->id] = 1;
}

/* "<a><b>" in the graph arena; NULL (with a message) when too long for a name. */
static const char *join(Conv *cv, const Node *n, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la + lb > 255) {
		pass_node_err(cv->err, cv->g, n, "name '%s%s' would be longer than 255 characters",
		              a, b);
		return NULL;
	}
	char *s = arena_alloc(&cv->g->arena, la + lb + 1);
	memcpy(s, a, la);
	memcpy(s + la, b, lb + 1);
	return s;
}

/* A fresh name "<a><b>" for a new tensor or node; NULL with a message if taken. */
static const char *fresh(Conv *cv, const Node *n, const char *a, const char *b)
{
	const char *s = join(cv, n, a, b);
	if (s && taken(cv->g, s)) {
		pass_node_err(cv->err, cv->g, n, "cannot convert: the name '%s' is already used", s);
		return NULL;
	}
	return s;
}

/* The pot5 twin of f32 weight "w" (created once per weight). */
static Tensor *pot5_weight(Conv *cv, const Node *n, Tensor *w)
{
	int64_t numel;

	if (w->id < cv->n_orig_tensors && cv->pot5_of[w->id])
		return cv->pot5_of[w->id];
	const char *name = fresh(cv, n, w->name, ".pot5");
	if (!name)
		return NULL;
	if (ir_shape_numel(&w->shape, 1, &numel))
		return pass_node_err(cv->err, cv->g, n, "weight '%s' is too large", w->name), NULL;
	uint8_t *bytes = NULL;
	if (w->data) {
		bytes = arena_alloc(&cv->g->arena, (size_t)numel + 1);
		for (int64_t i = 0; i < numel; i++) {
			float v;
			memcpy(&v, (const char *)w->data + 4 * i, 4);  /* safetensors data may be unaligned */
			if (isnan(v))
				return pass_node_err(cv->err, cv->g, n, "weight '%s' holds NaN at element %"
				                     PRId64 "; it has no shift encoding", w->name, i), NULL;
			bytes[i] = pass_pot5_encode(v);
		}
	}
	Tensor *t = ir_graph_add_tensor(cv->g, name, TK_WEIGHT, DT_POT5, &w->shape);
	t->role = ROLE_PARAMETER;
	t->data = bytes;
	t->nbytes = bytes ? (size_t)numel : 0;
	if (w->id < cv->n_orig_tensors)
		cv->pot5_of[w->id] = t;
	return t;
}

/* Turn linear "n" into a shift_linear over the pot5 twin of its weight. */
static int convert_linear(Conv *cv, Node *n)
{
	Tensor *w = n->in[1];

	if (w->kind != TK_WEIGHT || w->dtype != DT_F32 || w->shape.rank != 2)
		return 0;  /* a computed or non-f32 weight stays dense */
	Tensor *t = pot5_weight(cv, n, w);
	if (!t)
		return -1;
	mark_detached(cv, w);
	n->op = OP_SHIFT_LINEAR;
	n->in[1] = t;
	cv->converted++;
	return 0;
}

/* ---- splitting a fused attention node ---- */

typedef struct {
	Conv *cv;
	const Node *a;       /* the attention node */
	Node **out;          /* the replacement, in order */
	int n_out;
} Split;

/* A new node "<attn>.<suffix>" of "op" over "in" with its own output tensor. */
static Node *add(Split *sp, const char *suffix, OpKind op, Tensor **in, int n_in,
                 int n_attr, Tensor *out)
{
	const char *name = fresh(sp->cv, sp->a, sp->a->name, suffix);
	if (!name)
		return NULL;
	Node *n = ir_graph_add_node(sp->cv->g, name, op, n_in, 1, n_attr);
	memcpy(n->in, in, (size_t)n_in * sizeof(Tensor *));
	if (!out)
		out = ir_graph_add_tensor(sp->cv->g, name, TK_VALUE, DT_F32, NULL);
	out->producer = n;
	n->out[0] = out;
	sp->out[sp->n_out++] = n;
	return n;
}

static Attr *attr(Graph *g, Node *n, int i, const char *name, AttrKind kind)
{
	Attr *a = &n->attrs[i];
	a->name = arena_strdup(&g->arena, name);
	a->kind = kind;
	return a;
}

static void attr_int(Graph *g, Node *n, int i, const char *name, int64_t v)
{
	attr(g, n, i, name, ATTR_INT)->i = v;
}

static void attr_ints(Graph *g, Node *n, int i, const char *name, int count,
                      const int64_t *v)
{
	Attr *a = attr(g, n, i, name, ATTR_INTS);
	a->n = count;
	a->ints = arena_calloc(&g->arena, (size_t)count + 1, sizeof(int64_t));
	memcpy(a->ints, v, (size_t)count * sizeof(int64_t));
}

/* Rows [r0, r0+rows) of a 2-D (or 1-D) f32 weight as a new weight viewing the same bytes. */
static Tensor *row_view(Split *sp, Tensor *w, const char *suffix, int64_t r0, int64_t rows)
{
	if (!w)
		return NULL;
	const char *name = fresh(sp->cv, sp->a, w->name, suffix);
	if (!name)
		return NULL;
	Shape s = w->shape;
	int64_t row = s.rank == 2 ? s.d[1] : 1;
	s.d[0] = rows;
	Tensor *t = ir_graph_add_tensor(sp->cv->g, name, TK_WEIGHT, DT_F32, &s);
	t->role = w->role;
	if (w->data) {
		t->data = (const char *)w->data + 4 * r0 * row;
		t->nbytes = (size_t)(4 * rows * row);
	}
	return t;
}

/* Heads of x (shaped "s" = [B,T,D]): reshaped to [B,T,H,d], transposed by "perm". */
static Node *heads(Split *sp, Tensor *x, const Shape *s, const char *nm, const char *tnm,
                   const int64_t perm[4], int64_t H)
{
	int64_t sh[4] = {s->d[0], s->d[1], H, s->d[2] / H};
	Node *r = add(sp, nm, OP_RESHAPE, &x, 1, 1, NULL);
	if (!r)
		return NULL;
	attr_ints(sp->cv->g, r, 0, "shape", 4, sh);
	Node *t = add(sp, tnm, OP_TRANSPOSE, &r->out[0], 1, 1, NULL);
	if (!t)
		return NULL;
	attr_ints(sp->cv->g, t, 0, "perm", 4, perm);
	return t;
}

/*
 * Replace attention node "a" (inferred shapes) by, in order: the
 * in-projection linear(s), per-head reshapes and transposes, q / sqrt(d),
 * scores = q kT, softmax, ctx = P v, the merge of the heads and the
 * out-projection linear, which produces a's output tensor.  This is what
 * nn.MultiheadAttention computes; its projections are then converted.
 */
static int split_attention(Split *sp, Node *a)
{
	Graph *g = sp->cv->g;
	Tensor *q = a->in[0], *k = a->in[1], *v = a->in[2];
	Tensor *w_in = a->in[3], *b_in = a->in[4], *w_out = a->in[5], *b_out = a->in[6];
	int64_t H = pass_attr_int(a, "num_heads", 1), D = q->shape.d[2], d = D / H;
	Tensor *qp, *kp, *vp;
	Node *proj[4];
	int n_proj = 0;

	if (w_in->kind != TK_WEIGHT || w_out->kind != TK_WEIGHT)
		return 0;  /* computed projection weights: leave the node alone */
	sp->a = a;
	if (q == k && k == v) {
		Tensor *in[3] = {q, w_in, b_in};
		Node *p = add(sp, ".in_proj", OP_LINEAR, in, b_in ? 3 : 2, 0, NULL);
		if (!p)
			return -1;
		proj[n_proj++] = p;
		static const char *const nm[3] = {".q", ".k", ".v"};
		Tensor *part[3];
		for (int i = 0; i < 3; i++) {
			Node *s = add(sp, nm[i], OP_SLICE, &p->out[0], 1, 3, NULL);
			if (!s)
				return -1;
			attr_int(g, s, 0, "axis", 2);
			attr_int(g, s, 1, "start", i * D);
			attr_int(g, s, 2, "end", (i + 1) * D);
			part[i] = s->out[0];
		}
		qp = part[0]; kp = part[1]; vp = part[2];
	} else {
		static const char *const nm[3] = {".q_proj", ".k_proj", ".v_proj"};
		static const char *const ws[3] = {".q", ".k", ".v"};
		Tensor *src[3] = {q, k, v}, *res[3];
		for (int i = 0; i < 3; i++) {
			Tensor *in[3] = {src[i], row_view(sp, w_in, ws[i], i * D, D),
			                 b_in ? row_view(sp, b_in, ws[i], i * D, D) : NULL};
			if (!in[1] || (b_in && !in[2]))
				return -1;
			Node *p = add(sp, nm[i], OP_LINEAR, in, b_in ? 3 : 2, 0, NULL);
			if (!p)
				return -1;
			proj[n_proj++] = p;
			res[i] = p->out[0];
		}
		mark_detached(sp->cv, w_in);
		if (b_in)
			mark_detached(sp->cv, b_in);
		qp = res[0]; kp = res[1]; vp = res[2];
	}
	/* the projections have the shapes of q, k and v */
	static const int64_t p_lhd[4] = {0, 2, 1, 3}, p_dhs[4] = {0, 2, 3, 1};
	Node *qt = heads(sp, qp, &q->shape, ".q_heads", ".q_t", p_lhd, H);
	Node *kt = qt ? heads(sp, kp, &k->shape, ".k_heads", ".k_t", p_dhs, H) : NULL;
	Node *vt = kt ? heads(sp, vp, &v->shape, ".v_heads", ".v_t", p_lhd, H) : NULL;
	if (!vt)
		return -1;
	Node *qs = add(sp, ".q_scaled", OP_DIV, &qt->out[0], 1, 1, NULL);
	if (!qs)
		return -1;
	attr(g, qs, 0, "scalar", ATTR_FLOAT)->f = sqrt((double)d);
	Node *sc = add(sp, ".scores", OP_MATMUL, (Tensor *[]){qs->out[0], kt->out[0]}, 2, 0, NULL);
	Node *pr = sc ? add(sp, ".probs", OP_SOFTMAX, &sc->out[0], 1, 1, NULL) : NULL;
	if (!pr)
		return -1;
	attr_int(g, pr, 0, "axis", -1);
	Node *cx = add(sp, ".ctx", OP_MATMUL, (Tensor *[]){pr->out[0], vt->out[0]}, 2, 0, NULL);
	Node *ct = cx ? add(sp, ".ctx_t", OP_TRANSPOSE, &cx->out[0], 1, 1, NULL) : NULL;
	if (!ct)
		return -1;
	attr_ints(g, ct, 0, "perm", 4, p_lhd);
	Node *mg = add(sp, ".merged", OP_RESHAPE, &ct->out[0], 1, 1, NULL);
	if (!mg)
		return -1;
	attr_ints(g, mg, 0, "shape", 3, (const int64_t[]){q->shape.d[0], q->shape.d[1], D});
	Tensor *in[3] = {mg->out[0], w_out, b_out};
	Node *op = add(sp, ".out_proj", OP_LINEAR, in, b_out ? 3 : 2, 0, a->out[0]);
	if (!op)
		return -1;
	proj[n_proj++] = op;
	for (int i = 0; i < n_proj; i++)
		if (convert_linear(sp->cv, proj[i]))
			return -1;
	return 1;
}

/* ---- the pass ---- */

/*
 * Drop the weights this pass detached and nothing uses any more, then
 * renumber the tensor table.
 */
static void drop_unused(Conv *cv)
{
	Graph *g = cv->g;
	unsigned char *used = xcalloc((size_t)g->n_tensors + 1, 1);
	int k = 0;

	for (int i = 0; i < g->n_nodes; i++)
		for (int j = 0; j < g->nodes[i]->n_in; j++)
			if (g->nodes[i]->in[j])
				used[g->nodes[i]->in[j]->id] = 1;
	for (int i = 0; i < g->n_outputs; i++)
		used[g->outputs[i]->id] = 1;
	for (int i = 0; i < g->n_tensors; i++) {
		Tensor *t = g->tensors[i];
		if (t->kind == TK_WEIGHT && !used[i] && i < cv->cap_detached && cv->detached[i]) {
			if (t->data && g->weights_file.base && (const char *)t->data >=
			    (const char *)g->weights_file.base && (const char *)t->data <
			    (const char *)g->weights_file.base + g->weights_file.size)
				g->n_extra_weights++;
			continue;
		}
		t->id = k;
		g->tensors[k++] = t;
	}
	g->n_tensors = k;
	free(used);
}

static int parse_which(const char *which)
{
	if (!which)
		return -1;
	if (!strcmp(which, "mlp"))
		return SEL_MLP;
	if (!strcmp(which, "attn"))
		return SEL_ATTN;
	if (!strcmp(which, "all"))
		return SEL_MLP | SEL_ATTN | SEL_OTHER;
	return -1;
}

int pass_shift_convert(Graph *g, const char *which, VitcErr *err)
{
	int sel = parse_which(which), n0 = g->n_nodes, rc = -1, n_order = 0;

	if (sel < 0)
		return vitc_errf(err, "unknown --shift-linear selection '%s' (expected mlp, attn "
		                 "or all)", which ? which : "");
	if (pass_infer_shapes(g, err))
		return -1;
	Conv cv = {.g = g, .err = err, .n_orig_tensors = g->n_tensors};
	cv.pot5_of = xcalloc((size_t)g->n_tensors + 1, sizeof(Tensor *));
	Node **orig = xmalloc(((size_t)n0 + 1) * sizeof(Node *));
	memcpy(orig, g->nodes, (size_t)n0 * sizeof(Node *));
	int cap = n0 + 16;
	Node **order = xmalloc((size_t)cap * sizeof(Node *));
	Node *buf[32];

	for (int i = 0; i < n0; i++) {
		Node *n = orig[i];
		int cls = classify(n->name), r = 0;
		Split sp = {.cv = &cv, .out = buf};
		if (n->op == OP_ATTENTION && (sel & SEL_ATTN) && cls)
			r = split_attention(&sp, n);
		else if (n->op == OP_LINEAR && (sel & cls))
			r = convert_linear(&cv, n);
		if (r < 0)
			goto out;
		if (n_order + sp.n_out + 1 > cap) {
			cap = 2 * cap + sp.n_out;
			order = xrealloc(order, (size_t)cap * sizeof(Node *));
		}
		if (r > 0) {
			memcpy(order + n_order, sp.out, (size_t)sp.n_out * sizeof(Node *));
			n_order += sp.n_out;
		} else {
			order[n_order++] = n;
		}
	}
	/* every node now in "order" exactly once: the originals kept, the new ones in place */
	memcpy(g->nodes, order, (size_t)n_order * sizeof(Node *));
	g->n_nodes = n_order;
	for (int i = 0; i < n_order; i++)
		g->nodes[i]->id = i;
	drop_unused(&cv);
	for (int i = 0; i < g->n_tensors; i++)
		if (g->tensors[i]->kind == TK_VALUE)
			g->tensors[i]->shape_known = 0;
	rc = pass_infer_shapes(g, err) ? -1 : cv.converted;
out:
	free(order);
	free(orig);
	free(cv.pot5_of);
	free(cv.detached);
	return rc;
}
