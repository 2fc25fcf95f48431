/*
 * shapes.c - dtype and shape inference.  Nodes are visited in graph order
 * (which pass_verify has checked to be topological), so every input of a
 * node already has its shape.  The batch dimension N stays symbolic: it is
 * a dimension of its own that only equals itself, broadcasts only with N
 * or 1, and must survive reshapes.  Inputs must have the dtype their op
 * expects (pass_input_dtype: f32, b1 codes or pot5 shift weights); outputs
 * are f32 except the codes of ksh_hash and binarize (b1).
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "passes/passes.h"

/* In an expected shape: any size matches (printed as "*"); below every N*k. */
#define DIM_ANY INT64_MIN
#define SHAPE_BUF 192

typedef struct {
	Graph *g;
	Node *n;
	VitcErr *err;
	Shape out;
	DType out_dt;   /* DT_F32 unless the rule says otherwise */
} Ctx;

static int fail(Ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Report "what" at the current node; returns -1. */
static int fail(Ctx *c, const char *fmt, ...)
{
	char what[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return pass_node_err(c->err, c->g, c->n, "%s", what);
}

/* "[N,3,*]" into "buf" (SHAPE_BUF bytes), which is returned. */
static const char *fmt_dims(const int64_t *d, int rank, char *buf)
{
	size_t k = 0;
	buf[k++] = '[';
	for (int i = 0; i < rank && k < SHAPE_BUF - 24; i++) {
		if (i)
			buf[k++] = ',';
		if (d[i] == DIM_ANY)
			buf[k++] = '*';
		else
			k += strlen(ir_dim_format(d[i], buf + k, SHAPE_BUF - k));
	}
	buf[k++] = ']';
	buf[k] = 0;
	return buf;
}

static const char *fmt_shape(const Shape *s, char *buf)
{
	return fmt_dims(s->d, s->rank, buf);
}

/* One dimension as text: "N", "N*k" or the number. */
static const char *fmt_dim(int64_t d, char *buf)
{
	return ir_dim_format(d, buf, 24);
}

/* An expected shape of up to four dimensions, for expect(). */
static Shape pat(int rank, int64_t a, int64_t b, int64_t c, int64_t d)
{
	Shape s = {.rank = rank, .d = {a, b, c, d}};
	return s;
}

static const Shape *in_shape(const Ctx *c, int i)
{
	return &c->n->in[i]->shape;
}

static int has_input(const Ctx *c, int i)
{
	return i < c->n->n_in && c->n->in[i];
}

/* Input "i" must match "want" (DIM_ANY matches any size, N only N). */
static int expect(Ctx *c, int i, Shape want)
{
	const Tensor *t = c->n->in[i];
	char b1[SHAPE_BUF], b2[SHAPE_BUF];
	int ok = t->shape.rank == want.rank;

	for (int k = 0; ok && k < want.rank; k++)
		if (want.d[k] != DIM_ANY && want.d[k] != t->shape.d[k])
			ok = 0;
	if (ok)
		return 0;
	return fail(c, "input %d '%s' has shape %s, expected %s", i, t->name,
	            fmt_shape(&t->shape, b1), fmt_shape(&want, b2));
}

/* Input "i" must have at least "rank" dimensions. */
static int expect_rank_min(Ctx *c, int i, int rank)
{
	const Tensor *t = c->n->in[i];
	char b[SHAPE_BUF];
	if (t->shape.rank >= rank)
		return 0;
	return fail(c, "input %d '%s' has shape %s, expected rank >= %d", i, t->name,
	            fmt_shape(&t->shape, b), rank);
}

/* Dimension "dim" of input "i" must be a fixed size, not N. */
static int fixed(Ctx *c, int i, int dim)
{
	const Tensor *t = c->n->in[i];
	char b[SHAPE_BUF];
	if (!ir_dim_is_batch(t->shape.d[dim]))
		return 0;
	return fail(c, "input %d '%s' has shape %s: dimension %d cannot be N", i, t->name,
	            fmt_shape(&t->shape, b), dim);
}

/* Every dimension of input "i" (a weight-like operand) must be fixed. */
static int all_fixed(Ctx *c, int i)
{
	for (int k = 0; k < in_shape(c, i)->rank; k++)
		if (fixed(c, i, k))
			return -1;
	return 0;
}

/* Normalize a possibly negative axis attribute against "rank". */
static int norm_axis(Ctx *c, const char *attr, int64_t axis, int rank, int *out)
{
	if (axis < -rank || axis >= rank)
		return fail(c, "attribute '%s' is %" PRId64 ", out of range for rank %d",
		            attr, axis, rank);
	*out = (int)(axis < 0 ? axis + rank : axis);
	return 0;
}

/*
 * NumPy broadcasting of "a" and "b" into "out", aligned at the right.  N
 * equals only N and broadcasts with 1.  Returns -1 if they do not.
 */
static int broadcast(const Shape *a, const Shape *b, Shape *out)
{
	int r = a->rank > b->rank ? a->rank : b->rank;

	out->rank = r;
	for (int i = 0; i < r; i++) {
		int ia = i - (r - a->rank), ib = i - (r - b->rank);
		int64_t x = ia >= 0 ? a->d[ia] : 1, y = ib >= 0 ? b->d[ib] : 1;
		if (x == y || y == 1)
			out->d[i] = x;
		else if (x == 1)
			out->d[i] = y;
		else
			return -1;
	}
	return 0;
}

/*
 * Elements of d[0..n) per power of N: the product of the fixed dimensions
 * and of the factors k of the N*k ones; -1 if it reaches IR_MAX_DIM.
 * *n_batch counts the N*k entries; -1 entries are skipped.
 */
static int fixed_numel(const int64_t *d, int n, int64_t *out, int *n_batch)
{
	uint64_t p = 1;
	int over = 0;
	*n_batch = 0;
	for (int i = 0; i < n; i++) {
		int64_t v = d[i];
		if (ir_dim_is_batch(v)) {
			(*n_batch)++;
			v = ir_dim_batch_factor(v);
		}
		if (v >= 0 && (mul_u64(p, (uint64_t)v, &p) || p >= (uint64_t)IR_MAX_DIM))
			over = 1, p = 0;
	}
	*out = (int64_t)p;
	return over ? -1 : 0;
}

/* ---- convolutions and matrix products ---- */

/*
 * conv2d: x[B,C,H,W], w[O,C/g,kh,kw], b?[O] -> [B,O,H',W']; with
 * layout="nhwc" (channels last, what pass_conv_channels_last makes)
 * x[B,H,W,C] -> [B,H',W',O].  The rule is checked on the NCHW view.
 */
static int infer_conv2d(Ctx *c)
{
	const Node *n = c->n;
	int64_t stride[2], pad[2], dil[2], groups = pass_attr_int(n, "groups", 1);
	int nhwc = !strcmp(pass_attr_string(n, "layout", "nchw"), "nhwc");
	Shape xs;

	pass_attr_pair(n, "stride", 1, stride);
	pass_attr_pair(n, "padding", 0, pad);
	pass_attr_pair(n, "dilation", 1, dil);
	if (expect(c, 0, pat(4, DIM_ANY, DIM_ANY, DIM_ANY, DIM_ANY)) ||
	    fixed(c, 0, 1) || fixed(c, 0, 2) || fixed(c, 0, 3) ||
	    expect(c, 1, pat(4, DIM_ANY, DIM_ANY, DIM_ANY, DIM_ANY)) || all_fixed(c, 1))
		return -1;
	const Shape *x = in_shape(c, 0), *w = in_shape(c, 1);
	if (nhwc) {
		xs = *x;
		xs.d[1] = x->d[3], xs.d[2] = x->d[1], xs.d[3] = x->d[2];
		x = &xs;
	}
	int64_t C = x->d[1], O = w->d[0];
	if (C % groups)
		return fail(c, "input 0 '%s' has %" PRId64 " channels, not a multiple of "
		            "groups=%" PRId64, n->in[0]->name, C, groups);
	if (O % groups)
		return fail(c, "input 1 '%s' has %" PRId64 " output channels, not a multiple "
		            "of groups=%" PRId64, n->in[1]->name, O, groups);
	if (expect(c, 1, pat(4, O, C / groups, DIM_ANY, DIM_ANY)) ||
	    (has_input(c, 2) && expect(c, 2, pat(1, O, 0, 0, 0))))
		return -1;
	c->out = *x;
	c->out.d[1] = O;
	for (int k = 0; k < 2; k++) {
		int64_t size = x->d[2 + k], kern = w->d[2 + k], span;
		if (kern < 1)
			return fail(c, "input 1 '%s' has an empty kernel", n->in[1]->name);
		if (__builtin_mul_overflow(dil[k], kern - 1, &span) || span >= size + 2 * pad[k])
			return fail(c, "kernel %" PRId64 "x%" PRId64 " (dilation %" PRId64 ",%" PRId64
			            ") does not fit input %" PRId64 "x%" PRId64 " with padding %"
			            PRId64 ",%" PRId64, w->d[2], w->d[3], dil[0], dil[1],
			            x->d[2], x->d[3], pad[0], pad[1]);
		c->out.d[2 + k] = (size + 2 * pad[k] - span - 1) / stride[k] + 1;
	}
	if (nhwc) {
		int64_t o = c->out.d[1];
		c->out.d[1] = c->out.d[2], c->out.d[2] = c->out.d[3], c->out.d[3] = o;
	}
	return 0;
}

/*
 * conv1d_tokens: x[B,T,C], w[G,1,k] with G dividing C (G = C: depthwise;
 * G = heads: one filter per group of C/G channels), b?[C] -> [B,T+2p-k+1,C].
 */
static int infer_conv1d_tokens(Ctx *c)
{
	int64_t p = pass_attr_int(c->n, "padding", 0);
	char b1[SHAPE_BUF];

	if (expect(c, 0, pat(3, DIM_ANY, DIM_ANY, DIM_ANY, 0)) ||
	    fixed(c, 0, 1) || fixed(c, 0, 2) || all_fixed(c, 1))
		return -1;
	const Shape *x = in_shape(c, 0), *w = in_shape(c, 1);
	int64_t T = x->d[1], C = x->d[2], G = w->rank == 3 ? w->d[0] : 0;
	if (w->rank != 3 || w->d[1] != 1 || G < 1 || C % G)
		return fail(c, "input 1 '%s' has shape %s, expected [%" PRId64 ",1,*] (or [G,1,*] "
		            "with G dividing %" PRId64 ")", c->n->in[1]->name, fmt_shape(w, b1), C, C);
	if (has_input(c, 2) && expect(c, 2, pat(1, C, 0, 0, 0)))
		return -1;
	int64_t k = in_shape(c, 1)->d[2];
	if (k < 1 || T + 2 * p < k)
		return fail(c, "kernel %" PRId64 " does not fit %" PRId64 " tokens with "
		            "padding %" PRId64, k, T, p);
	c->out = *x;
	c->out.d[1] = T + 2 * p - k + 1;
	return 0;
}

/* linear: x[...,K], w[M,K], b?[M] -> [...,M]. */
static int infer_linear(Ctx *c)
{
	if (expect_rank_min(c, 0, 1) || fixed(c, 0, in_shape(c, 0)->rank - 1) ||
	    all_fixed(c, 1))
		return -1;
	const Shape *x = in_shape(c, 0);
	int64_t K = x->d[x->rank - 1];
	if (expect(c, 1, pat(2, DIM_ANY, K, 0, 0)))
		return -1;
	int64_t M = in_shape(c, 1)->d[0];
	if (has_input(c, 2) && expect(c, 2, pat(1, M, 0, 0, 0)))
		return -1;
	c->out = *x;
	c->out.d[x->rank - 1] = M;
	return 0;
}

/* matmul: a[...,M,K], b[...,K,P] -> [...,M,P], batch dimensions broadcast. */
static int infer_matmul(Ctx *c)
{
	char b1[SHAPE_BUF], b2[SHAPE_BUF];

	if (expect_rank_min(c, 0, 2) || expect_rank_min(c, 1, 2))
		return -1;
	const Shape *a = in_shape(c, 0), *b = in_shape(c, 1);
	Shape ba = *a, bb = *b;
	ba.rank -= 2;
	bb.rank -= 2;
	if (a->d[a->rank - 1] != b->d[b->rank - 2])
		return fail(c, "inputs 0 '%s' %s and 1 '%s' %s: inner dimensions differ",
		            c->n->in[0]->name, fmt_shape(a, b1), c->n->in[1]->name, fmt_shape(b, b2));
	if (broadcast(&ba, &bb, &c->out))
		return fail(c, "inputs 0 '%s' %s and 1 '%s' %s: batch dimensions do not broadcast",
		            c->n->in[0]->name, fmt_shape(a, b1), c->n->in[1]->name, fmt_shape(b, b2));
	c->out.d[c->out.rank++] = a->d[a->rank - 2];
	c->out.d[c->out.rank++] = b->d[b->rank - 1];
	return 0;
}

/* attention: q[B,L,D], k[B,S,D], v[B,S,D], w_in[3D,D], b_in?[3D], w_out[D,D], b_out?[D]. */
static int infer_attention(Ctx *c)
{
	int64_t heads = pass_attr_int(c->n, "num_heads", 1);

	if (expect(c, 0, pat(3, DIM_ANY, DIM_ANY, DIM_ANY, 0)) || fixed(c, 0, 1) || fixed(c, 0, 2))
		return -1;
	const Shape *q = in_shape(c, 0);
	int64_t B = q->d[0], D = q->d[2];
	if (expect(c, 1, pat(3, B, DIM_ANY, D, 0)) || fixed(c, 1, 1))
		return -1;
	int64_t S = in_shape(c, 1)->d[1];
	if (expect(c, 2, pat(3, B, S, D, 0)))
		return -1;
	if (D % heads)
		return fail(c, "embedding size %" PRId64 " is not a multiple of num_heads=%" PRId64,
		            D, heads);
	if (expect(c, 3, pat(2, 3 * D, D, 0, 0)) ||
	    (has_input(c, 4) && expect(c, 4, pat(1, 3 * D, 0, 0, 0))) ||
	    expect(c, 5, pat(2, D, D, 0, 0)) ||
	    (has_input(c, 6) && expect(c, 6, pat(1, D, 0, 0, 0))))
		return -1;
	c->out = *q;
	return 0;
}

/* ---- elementwise and normalization ---- */

/* add/sub/mul/div: two inputs broadcast; one input (with "scalar") keeps its shape. */
static int infer_binary(Ctx *c)
{
	char b1[SHAPE_BUF], b2[SHAPE_BUF];

	if (c->n->n_in == 1) {
		c->out = *in_shape(c, 0);
		return 0;
	}
	if (broadcast(in_shape(c, 0), in_shape(c, 1), &c->out))
		return fail(c, "inputs 0 '%s' %s and 1 '%s' %s do not broadcast",
		            c->n->in[0]->name, fmt_shape(in_shape(c, 0), b1),
		            c->n->in[1]->name, fmt_shape(in_shape(c, 1), b2));
	return 0;
}

/* layer_norm: gamma and beta have the shape of the "axes" trailing dimensions. */
static int infer_layer_norm(Ctx *c)
{
	int k = (int)pass_attr_int(c->n, "axes", 1);
	const Shape *x = in_shape(c, 0);
	Shape want = {.rank = k};

	if (expect_rank_min(c, 0, k))
		return -1;
	for (int i = 0; i < k; i++) {
		if (fixed(c, 0, x->rank - k + i))
			return -1;
		want.d[i] = x->d[x->rank - k + i];
	}
	for (int i = 1; i < 3; i++)
		if (has_input(c, i) && expect(c, i, want))
			return -1;
	c->out = *x;
	return 0;
}

static int infer_softmax(Ctx *c)
{
	int axis = 0;
	c->out = *in_shape(c, 0);
	return norm_axis(c, "axis", pass_attr_int(c->n, "axis", -1), c->out.rank, &axis);
}

/* ---- shape manipulation ---- */

/*
 * reshape: the target may hold N*k and one -1.  The N factor must survive
 * (as many batch dimensions in the target as in the input, the -1 counting
 * as one when the rest has none: it becomes N*k), and the elements per
 * image must be equal; -1 takes what is left.
 */
static int infer_reshape(Ctx *c)
{
	const Attr *a = ir_node_attr(c->n, "shape");
	const Shape *x = in_shape(c, 0);
	char b1[SHAPE_BUF], b2[SHAPE_BUF];
	int64_t have = 0, want = 0;
	int n_x, n_t, wild = -1;

	for (int i = 0; i < a->n; i++)
		if (a->ints[i] == -1)
			wild = i;
	fixed_numel(x->d, x->rank, &have, &n_x);
	int over = fixed_numel(a->ints, a->n, &want, &n_t);
	fmt_shape(x, b1);
	fmt_dims(a->ints, a->n, b2);
	/* a -1 may stand for the batch dimension: it becomes N*k */
	int wild_n = wild >= 0 && n_x == n_t + 1;
	if (n_x != n_t && !wild_n)
		return fail(c, "cannot reshape input 0 '%s' %s to %s: the batch dimension N must "
		            "appear as often as in the input", c->n->in[0]->name, b1, b2);
	c->out.rank = a->n;
	memcpy(c->out.d, a->ints, (size_t)a->n * sizeof(int64_t));
	if (wild >= 0 && !over && want != 0 && have % want == 0) {
		c->out.d[wild] = wild_n ? IR_DIM_NK(have / want) : have / want;
		return 0;
	}
	if (wild < 0 && !over && want == have)
		return 0;
	return fail(c, "cannot reshape input 0 '%s' %s to %s: element counts differ",
	            c->n->in[0]->name, b1, b2);
}

static int infer_transpose(Ctx *c)
{
	const Attr *a = ir_node_attr(c->n, "perm");
	const Shape *x = in_shape(c, 0);

	if (a->n != x->rank)
		return fail(c, "attribute 'perm' has %d entries, input 0 '%s' has rank %d",
		            a->n, c->n->in[0]->name, x->rank);
	c->out.rank = x->rank;
	for (int i = 0; i < x->rank; i++)
		c->out.d[i] = x->d[a->ints[i]];
	return 0;
}

/*
 * expand: broadcast x to "shape", aligned at the right; -1 keeps a
 * dimension of x, a 1 in x becomes the target size (N included), new
 * leading dimensions need an explicit size.
 */
static int infer_expand(Ctx *c)
{
	const Attr *a = ir_node_attr(c->n, "shape");
	const Shape *x = in_shape(c, 0);
	char b1[SHAPE_BUF], b2[SHAPE_BUF], d1[24], d2[24];

	fmt_shape(x, b1);
	fmt_dims(a->ints, a->n, b2);
	if (a->n < x->rank)
		return fail(c, "cannot expand input 0 '%s' %s to %s: fewer dimensions",
		            c->n->in[0]->name, b1, b2);
	c->out.rank = a->n;
	for (int i = 0; i < a->n; i++) {
		int j = i - (a->n - x->rank);
		int64_t t = a->ints[i];
		if (j < 0) {
			if (t == -1)
				return fail(c, "cannot expand input 0 '%s' %s to %s: -1 at new "
				            "dimension %d", c->n->in[0]->name, b1, b2, i);
			c->out.d[i] = t;
		} else if (t == -1 || t == x->d[j]) {
			c->out.d[i] = x->d[j];
		} else if (x->d[j] == 1) {
			c->out.d[i] = t;
		} else {
			return fail(c, "cannot expand input 0 '%s' %s to %s: dimension %d is %s, "
			            "not 1 or %s", c->n->in[0]->name, b1, b2, j,
			            fmt_dim(x->d[j], d1), fmt_dim(t, d2));
		}
	}
	return 0;
}

/* concat: equal shapes except along "axis", where the sizes add up. */
static int infer_concat(Ctx *c)
{
	const Shape *x = in_shape(c, 0);
	int axis = 0;

	if (norm_axis(c, "axis", pass_attr_int(c->n, "axis", 0), x->rank, &axis))
		return -1;
	c->out = *x;
	if (c->n->n_in == 1)
		return 0;
	Shape want = *x;
	want.d[axis] = DIM_ANY;
	c->out.d[axis] = 0;
	for (int i = 0; i < c->n->n_in; i++) {
		if (expect(c, i, want))
			return -1;
		if (ir_dim_is_batch(in_shape(c, i)->d[axis]))
			return fail(c, "cannot concatenate along the batch dimension N (axis %d)", axis);
		c->out.d[axis] += in_shape(c, i)->d[axis];
		if (c->out.d[axis] >= IR_MAX_DIM)
			return fail(c, "concatenated dimension %d reaches 2^40", axis);
	}
	return 0;
}

/* A slice bound, clamped to [0, dim] as Python does for step > 0. */
static int64_t clamp_bound(int64_t i, int64_t dim)
{
	if (i < 0) {
		i += dim;
		return i < 0 ? 0 : i;
	}
	return i > dim ? dim : i;
}

static int infer_slice(Ctx *c)
{
	int64_t step = pass_attr_int(c->n, "step", 1);
	int axis = 0;

	c->out = *in_shape(c, 0);
	if (norm_axis(c, "axis", pass_attr_int(c->n, "axis", 0), c->out.rank, &axis))
		return -1;
	int64_t dim = c->out.d[axis];
	if (ir_dim_is_batch(dim))
		return fail(c, "slicing along the batch dimension N (axis %d) is not supported yet",
		            axis);
	int64_t s = clamp_bound(pass_attr_int(c->n, "start", 0), dim);
	int64_t e = clamp_bound(pass_attr_int(c->n, "end", dim), dim);
	c->out.d[axis] = e > s ? (e - s - 1) / step + 1 : 0;
	return 0;
}

/* select: index one position of "axis" (negative counts from the end), dropping it. */
static int infer_select(Ctx *c)
{
	const Shape *x = in_shape(c, 0);
	int64_t index = pass_attr_int(c->n, "index", 0);
	int axis = 0;

	if (norm_axis(c, "axis", pass_attr_int(c->n, "axis", 0), x->rank, &axis))
		return -1;
	int64_t dim = x->d[axis];
	if (ir_dim_is_batch(dim))
		return fail(c, "selecting along the batch dimension N (axis %d) is not supported yet",
		            axis);
	if (index < -dim || index >= dim)
		return fail(c, "index %" PRId64 " is out of range for axis %d of size %" PRId64,
		            index, axis, dim);
	c->out.rank = 0;
	for (int i = 0; i < x->rank; i++)
		if (i != axis)
			c->out.d[c->out.rank++] = x->d[i];
	return 0;
}

/* mean: reduce "axes" (distinct after normalization), keeping them as 1 if "keepdim". */
static int infer_mean(Ctx *c)
{
	const Attr *a = ir_node_attr(c->n, "axes");
	const Shape *x = in_shape(c, 0);
	int keep = (int)pass_attr_int(c->n, "keepdim", 0);
	int reduced[IR_MAX_RANK] = {0};

	for (int i = 0; i < a->n; i++) {
		int axis = 0;
		if (norm_axis(c, "axes", a->ints[i], x->rank, &axis))
			return -1;
		if (reduced[axis]++)
			return fail(c, "attribute 'axes' names axis %d twice", axis);
	}
	c->out.rank = 0;
	for (int i = 0; i < x->rank; i++)
		if (!reduced[i])
			c->out.d[c->out.rank++] = x->d[i];
		else if (keep)
			c->out.d[c->out.rank++] = 1;
	return 0;
}

/* ---- pad and roll ---- */

/*
 * pad: "pads" holds (before, after) per axis of x, each >= 0; the output
 * grows by their sum.  The batch axis cannot be padded.
 */
static int infer_pad(Ctx *c)
{
	const Attr *a = ir_node_attr(c->n, "pads");
	const Shape *x = in_shape(c, 0);

	if (a->n != 2 * x->rank)
		return fail(c, "attribute 'pads' has %d entries, expected 2 per axis of input 0 "
		            "'%s' (%d)", a->n, c->n->in[0]->name, 2 * x->rank);
	c->out = *x;
	for (int i = 0; i < x->rank; i++) {
		int64_t add = a->ints[2 * i] + a->ints[2 * i + 1];
		if (add == 0)
			continue;
		if (ir_dim_is_batch(x->d[i]))
			return fail(c, "cannot pad the batch dimension N (axis %d)", i);
		c->out.d[i] = x->d[i] + add;
	}
	return 0;
}

/* roll: the same shape; "axes" distinct, never the batch axis. */
static int infer_roll(Ctx *c)
{
	const Attr *a = ir_node_attr(c->n, "axes");
	const Shape *x = in_shape(c, 0);
	int seen[IR_MAX_RANK] = {0};

	for (int i = 0; i < a->n; i++) {
		int axis = 0;
		if (norm_axis(c, "axes", a->ints[i], x->rank, &axis))
			return -1;
		if (seen[axis]++)
			return fail(c, "attribute 'axes' names axis %d twice", axis);
		if (ir_dim_is_batch(x->d[axis]))
			return fail(c, "cannot roll along the batch dimension N (axis %d)", axis);
	}
	c->out = *x;
	return 0;
}

/*
 * gather: x's axis "axis" replaced by "index_shape" (default: one axis of
 * as many entries as "indices"), each index below the axis's size.
 */
static int infer_gather(Ctx *c)
{
	const Attr *ix = ir_node_attr(c->n, "indices"), *is = ir_node_attr(c->n, "index_shape");
	const Shape *x = in_shape(c, 0);
	int axis = 0, k = is ? is->n : 1;
	int64_t count = 1;
	if (norm_axis(c, "axis", pass_attr_int(c->n, "axis", 0), x->rank, &axis))
		return -1;
	if (ir_dim_is_batch(x->d[axis]))
		return fail(c, "gathering along the batch dimension N (axis %d) is not supported",
		            axis);
	for (int i = 0; i < ix->n; i++)
		if (ix->ints[i] >= x->d[axis])
			return fail(c, "attribute 'indices'[%d] is %" PRId64 ", out of range for axis "
			            "%d of size %" PRId64, i, ix->ints[i], axis, x->d[axis]);
	for (int i = 0; is && i < is->n; i++)
		count *= is->ints[i];
	if (is && count != ix->n)
		return fail(c, "attribute 'index_shape' holds %" PRId64 " elements, 'indices' %d",
		            count, ix->n);
	if (x->rank - 1 + k > IR_MAX_RANK)
		return fail(c, "the output would have rank %d, more than %d", x->rank - 1 + k,
		            IR_MAX_RANK);
	c->out.rank = 0;
	for (int i = 0; i < x->rank; i++) {
		if (i != axis) {
			c->out.d[c->out.rank++] = x->d[i];
			continue;
		}
		for (int j = 0; j < k; j++)
			c->out.d[c->out.rank++] = is ? is->ints[j] : ix->n;
	}
	return 0;
}

/*
 * The windows of unfold/fold over an image of size hw[2]: their count per
 * axis into o[2] (conv2d's rule), failing where a window does not fit.
 */
static int fold_windows(Ctx *c, const int64_t *hw, int64_t *o)
{
	const Attr *ka = ir_node_attr(c->n, "kernel"), *st = ir_node_attr(c->n, "stride");
	const Attr *pd = ir_node_attr(c->n, "padding"), *dl = ir_node_attr(c->n, "dilation");
	for (int i = 0; i < 2; i++) {
		int64_t k = ka->ints[i], st_ = st ? st->ints[i] : 1, p = pd ? pd->ints[i] : 0;
		int64_t d = dl ? dl->ints[i] : 1, span;
		if (__builtin_mul_overflow(d, k - 1, &span) || span >= IR_MAX_DIM ||
		    hw[i] + 2 * p - span - 1 < 0)
			return fail(c, "the %s window (kernel %" PRId64 ", dilation %" PRId64 ") does "
			            "not fit the padded input of size %" PRId64, i ? "width" : "height",
			            k, d, hw[i] + 2 * p);
		o[i] = (hw[i] + 2 * p - span - 1) / st_ + 1;
	}
	return 0;
}

/*
 * fold (col2im) of x[B, C kh kw, L] into [B, C, H, W] (output_size): L must
 * be the number of windows, the rows a multiple of kh kw.
 */
static int infer_fold(Ctx *c)
{
	const Attr *ka = ir_node_attr(c->n, "kernel"), *os = ir_node_attr(c->n, "output_size");
	int64_t o[2], kk;
	if (expect(c, 0, pat(3, DIM_ANY, DIM_ANY, DIM_ANY, 0)) || fixed(c, 0, 1) ||
	    fixed(c, 0, 2) || fold_windows(c, os->ints, o))
		return -1;
	const Shape *x = in_shape(c, 0);
	if (__builtin_mul_overflow(ka->ints[0], ka->ints[1], &kk) || x->d[1] % kk)
		return fail(c, "input 0 '%s' has %" PRId64 " rows, not a multiple of the kernel's "
		            "%" PRId64 "x%" PRId64, c->n->in[0]->name, x->d[1], ka->ints[0],
		            ka->ints[1]);
	if (x->d[2] != o[0] * o[1])
		return fail(c, "input 0 '%s' has %" PRId64 " columns, the output size has %" PRId64
		            " windows", c->n->in[0]->name, x->d[2], o[0] * o[1]);
	c->out.rank = 4;
	c->out.d[0] = x->d[0];
	c->out.d[1] = x->d[1] / kk;
	c->out.d[2] = os->ints[0];
	c->out.d[3] = os->ints[1];
	return 0;
}

/*
 * unfold (im2col) of x[B,C,H,W] (H, W, C fixed): [B, C kh kw, Ho Wo] with
 * conv2d's output size rule; at least one window.
 */
static int infer_unfold(Ctx *c)
{
	const Attr *ka = ir_node_attr(c->n, "kernel");
	const Shape *x = in_shape(c, 0);
	int64_t o[2];
	if (expect(c, 0, pat(4, DIM_ANY, DIM_ANY, DIM_ANY, DIM_ANY)) || fixed(c, 0, 1) ||
	    fixed(c, 0, 2) || fixed(c, 0, 3) || fold_windows(c, x->d + 2, o))
		return -1;
	int64_t ckk, l;
	if (__builtin_mul_overflow(x->d[1], ka->ints[0], &ckk) ||
	    __builtin_mul_overflow(ckk, ka->ints[1], &ckk) || ckk >= IR_MAX_DIM ||
	    __builtin_mul_overflow(o[0], o[1], &l) || l >= IR_MAX_DIM)
		return fail(c, "the output dimensions reach 2^40");
	c->out.rank = 3;
	c->out.d[0] = x->d[0];
	c->out.d[1] = ckk;
	c->out.d[2] = l;
	return 0;
}

/* ---- ShiftAdd ops (docs/graph-format.md, "ShiftAdd ops") ---- */

/*
 * Input "i" holds tokens split into heads: [B,L,H*d] with L and H*d fixed
 * and H*d a multiple of H; B and L as given (DIM_ANY: any).  *d = H*d / H.
 */
static int expect_heads(Ctx *c, int i, int64_t B, int64_t L, int64_t H, int64_t *d)
{
	if (expect(c, i, pat(3, B, L, DIM_ANY, 0)) || fixed(c, i, 1) || fixed(c, i, 2))
		return -1;
	int64_t C = in_shape(c, i)->d[2];
	if (C % H)
		return fail(c, "input %d '%s' has %" PRId64 " channels, not a multiple of "
		            "num_heads=%" PRId64, i, c->n->in[i]->name, C, H);
	*d = C / H;
	return 0;
}

/*
 * Input "i" holds codes [B,H,L,nbits] (B as given or DIM_ANY; L given or
 * DIM_ANY, fixed either way; nbits as given or DIM_ANY, at least 1).
 */
static int expect_codes(Ctx *c, int i, int64_t B, int64_t H, int64_t L, int64_t nbits)
{
	if (expect(c, i, pat(4, B, H, L, nbits)) || fixed(c, i, 2) || fixed(c, i, 3))
		return -1;
	if (in_shape(c, i)->d[3] < 1)
		return fail(c, "input %d '%s' has codes of 0 bits", i, c->n->in[i]->name);
	return 0;
}

/* H*d as a dimension, or a failure if it reaches 2^40. */
static int heads_times(Ctx *c, int64_t H, int64_t d, int64_t *out)
{
	if (__builtin_mul_overflow(H, d, out) || *out >= IR_MAX_DIM)
		return fail(c, "num_heads=%" PRId64 " times %" PRId64 " reaches 2^40", H, d);
	return 0;
}

/*
 * ksh_hash: qk[B,L,H*d], anchors[H,m,d], mvec[H,m], proj[H,nbits,m] ->
 * codes b1[B,H,L,nbits], nbits from the attribute.
 */
static int infer_ksh_hash(Ctx *c)
{
	int64_t H = pass_attr_int(c->n, "num_heads", 1), nbits = pass_attr_int(c->n, "nbits", 1);
	int64_t d = 0;

	if (expect_heads(c, 0, DIM_ANY, DIM_ANY, H, &d) ||
	    all_fixed(c, 1) || all_fixed(c, 2) || all_fixed(c, 3) ||
	    expect(c, 1, pat(3, H, DIM_ANY, d, 0)))
		return -1;
	int64_t m = in_shape(c, 1)->d[1];
	if (m < 1)
		return fail(c, "input 1 '%s' holds no anchors", c->n->in[1]->name);
	if (expect(c, 2, pat(2, H, m, 0, 0)) || expect(c, 3, pat(3, H, nbits, m, 0)))
		return -1;
	const Shape *x = in_shape(c, 0);
	c->out = pat(4, x->d[0], H, x->d[1], nbits);
	c->out_dt = DT_B1;
	return 0;
}

/* binarize: x[B,L,H*nbits] -> codes b1[B,H,L,nbits]. */
static int infer_binarize(Ctx *c)
{
	int64_t H = pass_attr_int(c->n, "num_heads", 1), nbits = 0;

	if (expect_heads(c, 0, DIM_ANY, DIM_ANY, H, &nbits))
		return -1;
	const Shape *x = in_shape(c, 0);
	if (nbits < 1)
		return fail(c, "input 0 '%s' has %" PRId64 " channels: no code bits for "
		            "num_heads=%" PRId64, c->n->in[0]->name, x->d[2], H);
	c->out = pat(4, x->d[0], H, x->d[1], nbits);
	c->out_dt = DT_B1;
	return 0;
}

/* matadd_ktv: codes[B,H,S,nbits], v[B,S,H*d] -> kv[B,H,nbits,d]. */
static int infer_matadd_ktv(Ctx *c)
{
	int64_t H = pass_attr_int(c->n, "num_heads", 1), d = 0;

	if (expect_codes(c, 0, DIM_ANY, H, DIM_ANY, DIM_ANY))
		return -1;
	const Shape *k = in_shape(c, 0);
	if (expect_heads(c, 1, k->d[0], k->d[2], H, &d))
		return -1;
	c->out = pat(4, k->d[0], H, k->d[3], d);
	return 0;
}

/* matadd_qkv: codes[B,H,L,nbits], kv[B,H,nbits,d], v[B,L,H*d] -> [B,L,H*d]. */
static int infer_matadd_qkv(Ctx *c)
{
	int64_t H = pass_attr_int(c->n, "num_heads", 1), D = 0;

	if (expect_codes(c, 0, DIM_ANY, H, DIM_ANY, DIM_ANY))
		return -1;
	const Shape *q = in_shape(c, 0);
	int64_t B = q->d[0], L = q->d[2], nbits = q->d[3];
	if (expect(c, 1, pat(4, B, H, nbits, DIM_ANY)) || fixed(c, 1, 3) ||
	    heads_times(c, H, in_shape(c, 1)->d[3], &D) ||
	    expect(c, 2, pat(3, B, L, D, 0)))
		return -1;
	c->out = *in_shape(c, 2);
	return 0;
}

/* l2norm_heads: x[B,L,H*d] -> the same shape. */
static int infer_l2norm_heads(Ctx *c)
{
	int64_t d = 0;

	if (expect_heads(c, 0, DIM_ANY, DIM_ANY, pass_attr_int(c->n, "num_heads", 1), &d))
		return -1;
	c->out = *in_shape(c, 0);
	return 0;
}

/* hamming_attention: q[B,H,L,nbits], k[B,H,S,nbits], v[B,S,H*d] -> [B,L,H*d]. */
static int infer_hamming_attention(Ctx *c)
{
	int64_t H = pass_attr_int(c->n, "num_heads", 1), d = 0;

	if (expect_codes(c, 0, DIM_ANY, H, DIM_ANY, DIM_ANY))
		return -1;
	const Shape *q = in_shape(c, 0);
	int64_t B = q->d[0], L = q->d[2];
	if (expect_codes(c, 1, B, H, DIM_ANY, q->d[3]))
		return -1;
	if (expect_heads(c, 2, B, in_shape(c, 1)->d[2], H, &d))
		return -1;
	c->out = pat(3, B, L, in_shape(c, 2)->d[2], 0);
	return 0;
}

/*
 * moe2_linear: x[...,K], wr[2,K], br?[2], w0[M,K], b0?[M], w1[M,K] (pot5),
 * b1?[M] -> [...,M].
 */
static int infer_moe2_linear(Ctx *c)
{
	if (expect_rank_min(c, 0, 1) || fixed(c, 0, in_shape(c, 0)->rank - 1) ||
	    all_fixed(c, 1) || all_fixed(c, 3) || all_fixed(c, 5))
		return -1;
	const Shape *x = in_shape(c, 0);
	int64_t K = x->d[x->rank - 1];
	if (expect(c, 1, pat(2, 2, K, 0, 0)) ||
	    (has_input(c, 2) && expect(c, 2, pat(1, 2, 0, 0, 0))) ||
	    expect(c, 3, pat(2, DIM_ANY, K, 0, 0)))
		return -1;
	int64_t M = in_shape(c, 3)->d[0];
	if ((has_input(c, 4) && expect(c, 4, pat(1, M, 0, 0, 0))) ||
	    expect(c, 5, pat(2, M, K, 0, 0)) ||
	    (has_input(c, 6) && expect(c, 6, pat(1, M, 0, 0, 0))))
		return -1;
	c->out = *x;
	c->out.d[x->rank - 1] = M;
	return 0;
}

/* ---- the pass ---- */

/* Reshape, transpose, expand, concat, slice and select: they move any element type. */
static int is_data_movement(OpKind op)
{
	return op == OP_RESHAPE || op == OP_TRANSPOSE || op == OP_EXPAND || op == OP_CONCAT ||
	       op == OP_SLICE || op == OP_SELECT;
}

/* Infer the output of one node into c->out. */
static int infer_node(Ctx *c)
{
	/* data movement on int8 (the quantized graph's patch embedding, class token,
	   docs/quantization.md): every input i8, the output i8 */
	if (is_data_movement(c->n->op) && c->n->in[0]->dtype == DT_I8) {
		for (int i = 1; i < c->n->n_in; i++)
			if (c->n->in[i] && c->n->in[i]->dtype != DT_I8)
				return fail(c, "input %d '%s' has dtype %s, expected i8 like input 0",
				            i, c->n->in[i]->name, ir_dtype_name(c->n->in[i]->dtype));
		c->out_dt = DT_I8;
	}
	for (int i = 0; c->out_dt != DT_I8 && i < c->n->n_in; i++) {
		const Tensor *t = c->n->in[i];
		DType want = pass_input_dtype(c->n->op, i);
		if (!t || t->dtype == want ||
		    (pass_is_quant_op(c->n->op) && pass_qop_dtype_ok(c->n->op, i, t->dtype)))
			continue;
		if (pass_is_shiftadd_op(c->n->op) || pass_is_quant_op(c->n->op))
			return fail(c, "input %d '%s' has dtype %s, expected %s", i, t->name,
			            ir_dtype_name(t->dtype), ir_dtype_name(want));
		return fail(c, "input %d '%s': dtype %s not supported by %s yet", i, t->name,
		            ir_dtype_name(t->dtype), ir_op_name(c->n->op));
	}
	if (pass_is_quant_op(c->n->op))   /* their rules: passes/qops.c */
		return pass_qop_infer(c->g, c->n, &c->out, &c->out_dt, c->err);
	switch (c->n->op) {
	case OP_CONV2D:        return infer_conv2d(c);
	case OP_CONV1D_TOKENS: return infer_conv1d_tokens(c);
	case OP_LINEAR:        return infer_linear(c);
	case OP_MATMUL:        return infer_matmul(c);
	case OP_ATTENTION:     return infer_attention(c);
	case OP_ADD:
	case OP_SUB:
	case OP_MUL:
	case OP_DIV:           return infer_binary(c);
	case OP_LAYER_NORM:    return infer_layer_norm(c);
	case OP_SOFTMAX:       return infer_softmax(c);
	case OP_RESHAPE:       return infer_reshape(c);
	case OP_TRANSPOSE:     return infer_transpose(c);
	case OP_EXPAND:        return infer_expand(c);
	case OP_CONCAT:        return infer_concat(c);
	case OP_SLICE:         return infer_slice(c);
	case OP_SELECT:        return infer_select(c);
	case OP_MEAN:          return infer_mean(c);
	case OP_MAX:           return infer_mean(c);
	case OP_NORMALIZE:     return infer_softmax(c);
	case OP_GATHER:        return infer_gather(c);
	case OP_UNFOLD:        return infer_unfold(c);
	case OP_FOLD:          return infer_fold(c);
	case OP_PAD:           return infer_pad(c);
	case OP_ROLL:          return infer_roll(c);
	case OP_SHIFT_LINEAR:  return infer_linear(c);
	case OP_KSH_HASH:      return infer_ksh_hash(c);
	case OP_BINARIZE:      return infer_binarize(c);
	case OP_MATADD_KTV:    return infer_matadd_ktv(c);
	case OP_MATADD_QKV:    return infer_matadd_qkv(c);
	case OP_L2NORM_HEADS:  return infer_l2norm_heads(c);
	case OP_HAMMING_ATTENTION: return infer_hamming_attention(c);
	case OP_MOE2_LINEAR:   return infer_moe2_linear(c);
	default:
		if (ir_op_is_unary(c->n->op)) {
			c->out = *in_shape(c, 0);
			return 0;
		}
		return fail(c, "no shape inference for this op");
	}
}

/*
 * Empty tensors are refused here, once for the whole pipeline: the
 * runtime's ABI has no zero dimensions, so compiling one would only make
 * a .so that cannot be loaded.
 */
static int has_zero_dim(const Shape *s)
{
	for (int i = 0; i < s->rank; i++)
		if (s->d[i] == 0)
			return 1;
	return 0;
}

int pass_infer_shapes(Graph *g, VitcErr *err)
{
	char b[SHAPE_BUF];
	int64_t numel;

	if (pass_verify(g, err))
		return -1;
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		if ((t->kind == TK_INPUT || t->kind == TK_WEIGHT) && has_zero_dim(&t->shape))
			return vitc_errf(err, "%s: %s '%s' has shape %s: vitc does not compile tensors with a zero-size dimension",
			                 g->path, t->kind == TK_INPUT ? "input" : "weight", t->name,
			                 fmt_shape(&t->shape, b));
	}
	for (int i = 0; i < g->n_nodes; i++) {
		Ctx c = {.g = g, .n = g->nodes[i], .err = err, .out_dt = DT_F32};
		Tensor *o = c.n->out[0];
		if (infer_node(&c))
			return -1;
		for (int k = 0; k < c.out.rank; k++)
			if (ir_dim_is_batch(c.out.d[k]) ? ir_dim_batch_factor(c.out.d[k]) >= IR_MAX_DIM
			                                : (c.out.d[k] < 0 || c.out.d[k] >= IR_MAX_DIM))
				return fail(&c, "output dimension %d is %" PRId64 ", outside 0..2^40",
				            k, c.out.d[k]);
		if (ir_shape_numel(&c.out, 1, &numel))
			return fail(&c, "output shape %s has 2^40 elements or more",
			            fmt_shape(&c.out, b));
		if (has_zero_dim(&c.out))
			return fail(&c, "output shape %s is empty: vitc does not compile tensors with a zero-size dimension",
			            fmt_shape(&c.out, b));
		o->dtype = c.out_dt;
		o->shape = c.out;
		o->shape_known = 1;
	}
	return 0;
}
