/*
 * verify.c - the structural invariants of a graph, checked between passes:
 * tensor table and names, graph inputs and outputs, node arity and absent
 * inputs, attributes and their kinds, topological order, single producers,
 * the byte size of bound weights, and the input dtypes of the ShiftAdd ops
 * (pot5 shift weights, b1 codes).  Shapes of node outputs are the
 * business of passes/shapes.c; this pass only checks that a shape, where
 * one is set, is well formed.
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

int pass_node_err(VitcErr *err, const Graph *g, const Node *n,
                  const char *fmt, ...)
{
	char what[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return vitc_errf(err, "%s: node '%s' (%s): %s", g->path,
	                 n->name ? n->name : "?", ir_op_name(n->op), what);
}

/* ---- attribute access with defaults ---- */

int64_t pass_attr_int(const Node *n, const char *name, int64_t dflt)
{
	const Attr *a = ir_node_attr(n, name);
	return a && a->kind == ATTR_INT ? a->i : dflt;
}

double pass_attr_number(const Node *n, const char *name, double dflt)
{
	const Attr *a = ir_node_attr(n, name);
	if (a && a->kind == ATTR_FLOAT)
		return a->f;
	if (a && a->kind == ATTR_INT)
		return (double)a->i;
	return dflt;
}

const char *pass_attr_string(const Node *n, const char *name, const char *dflt)
{
	const Attr *a = ir_node_attr(n, name);
	return a && a->kind == ATTR_STRING && a->s ? a->s : dflt;
}

void pass_attr_pair(const Node *n, const char *name, int64_t dflt, int64_t out[2])
{
	const Attr *a = ir_node_attr(n, name);
	if (a && a->kind == ATTR_INTS && a->n == 2) {
		out[0] = a->ints[0];
		out[1] = a->ints[1];
	} else {
		out[0] = out[1] = dflt;
	}
}

/* ---- a set of names (open addressing, FNV-1a) ---- */

typedef struct {
	const char **slot;
	size_t mask;
} NameSet;

static void nameset_init(NameSet *s, size_t count)
{
	size_t cap = 16;
	while (cap < count * 2)
		cap *= 2;
	s->slot = xcalloc(cap, sizeof(*s->slot));
	s->mask = cap - 1;
}

/* Insert "name"; return 1 if it was already there. */
static int nameset_add(NameSet *s, const char *name)
{
	uint64_t h = 14695981039346656037u;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	for (size_t i = (size_t)h & s->mask;; i = (i + 1) & s->mask) {
		if (!s->slot[i]) {
			s->slot[i] = name;
			return 0;
		}
		if (strcmp(s->slot[i], name) == 0)
			return 1;
	}
}

/* Names are 1..255 printable ASCII characters (docs/graph-format.md). */
static int name_ok(const char *s)
{
	size_t len = 0;
	if (!s)
		return 0;
	for (; s[len]; len++)
		if ((unsigned char)s[len] < 0x20 || (unsigned char)s[len] > 0x7e)
			return 0;
	return len >= 1 && len <= 255;
}

static int belongs(const Graph *g, const Tensor *t)
{
	return t && t->id >= 0 && t->id < g->n_tensors && g->tensors[t->id] == t;
}

/* ---- attributes ---- */

static const char *const kind_names[] = {"int", "float", "string", "ints", "floats"};
#define K_INT (1u << ATTR_INT)
#define K_NUMBER ((1u << ATTR_INT) | (1u << ATTR_FLOAT))
#define K_STRING (1u << ATTR_STRING)
#define K_INTS (1u << ATTR_INTS)

/*
 * Look up attribute "name" of "n" and check its kind against the mask
 * "kinds".  *out is NULL when it is absent (an error if "required").
 */
static int get_attr(const Graph *g, const Node *n, const char *name,
                    int required, unsigned kinds, const Attr **out, VitcErr *err)
{
	const Attr *a = ir_node_attr(n, name);

	*out = NULL;
	if (!a) {
		if (required)
			return pass_node_err(err, g, n, "missing attribute '%s'", name);
		return 0;
	}
	if ((unsigned)a->kind > ATTR_FLOATS || !(kinds & (1u << a->kind)))
		return pass_node_err(err, g, n, "attribute '%s' must be %s, not %s", name,
		                     kinds == K_NUMBER ? "a number" : kind_names[__builtin_ctz(kinds)],
		                     (unsigned)a->kind <= ATTR_FLOATS ? kind_names[a->kind] : "?");
	if ((a->kind == ATTR_INTS || a->kind == ATTR_FLOATS) && a->n < 0)
		return pass_node_err(err, g, n, "attribute '%s' has a negative length", name);
	if ((a->kind == ATTR_INTS && a->n > 0 && !a->ints) ||
	    (a->kind == ATTR_FLOATS && a->n > 0 && !a->floats) ||
	    (a->kind == ATTR_STRING && !a->s))
		return pass_node_err(err, g, n, "attribute '%s' has no value", name);
	*out = a;
	return 0;
}

/* An int attribute within [lo, hi]. */
static int want_int(const Graph *g, const Node *n, const char *name, int required,
                    int64_t lo, int64_t hi, VitcErr *err)
{
	const Attr *a;
	if (get_attr(g, n, name, required, K_INT, &a, err))
		return -1;
	if (a && (a->i < lo || a->i > hi))
		return pass_node_err(err, g, n, "attribute '%s' is %" PRId64
		                     ", expected %" PRId64 "..%" PRId64, name, a->i, lo, hi);
	return 0;
}

/* An ints attribute of "count" entries, each within [lo, hi]. */
static int want_ints(const Graph *g, const Node *n, const char *name, int required,
                     int count, int64_t lo, int64_t hi, VitcErr *err)
{
	const Attr *a;
	if (get_attr(g, n, name, required, K_INTS, &a, err))
		return -1;
	if (!a)
		return 0;
	if (a->n != count)
		return pass_node_err(err, g, n, "attribute '%s' must have %d entries, not %d",
		                     name, count, a->n);
	for (int i = 0; i < a->n; i++)
		if (a->ints[i] < lo || a->ints[i] > hi)
			return pass_node_err(err, g, n, "attribute '%s'[%d] is %" PRId64
			                     ", expected %" PRId64 "..%" PRId64,
			                     name, i, a->ints[i], lo, hi);
	return 0;
}

/*
 * A shape-valued attribute (reshape.shape, expand.shape): at most
 * IR_MAX_RANK entries, each a size, -1, or N; "one_wildcard" allows a
 * single -1 only.
 */
static int want_shape_attr(const Graph *g, const Node *n, const char *name,
                           int one_wildcard, VitcErr *err)
{
	const Attr *a;
	int wild = 0;
	if (get_attr(g, n, name, 1, K_INTS, &a, err))
		return -1;
	if (a->n > IR_MAX_RANK)
		return pass_node_err(err, g, n, "attribute '%s' has %d entries, more than rank %d",
		                     name, a->n, IR_MAX_RANK);
	for (int i = 0; i < a->n; i++) {
		int64_t d = a->ints[i];
		if (d == -1)
			wild++;
		else if (ir_dim_is_batch(d) ? ir_dim_batch_factor(d) >= IR_MAX_DIM
		                            : (d < 0 || d >= IR_MAX_DIM))
			return pass_node_err(err, g, n, "attribute '%s'[%d] is %" PRId64
			                     ", not a dimension, -1 or N*k", name, i, d);
	}
	if (one_wildcard && wild > 1)
		return pass_node_err(err, g, n, "attribute '%s' has %d entries -1, at most one allowed",
		                     name, wild);
	return 0;
}

/* transpose.perm: a permutation of 0..n-1, n <= IR_MAX_RANK. */
static int want_perm(const Graph *g, const Node *n, VitcErr *err)
{
	const Attr *a;
	int seen[IR_MAX_RANK] = {0};
	if (get_attr(g, n, "perm", 1, K_INTS, &a, err))
		return -1;
	if (a->n > IR_MAX_RANK)
		return pass_node_err(err, g, n, "attribute 'perm' has %d entries, more than rank %d",
		                     a->n, IR_MAX_RANK);
	for (int i = 0; i < a->n; i++) {
		int64_t p = a->ints[i];
		if (p < 0 || p >= a->n || seen[p]++)
			return pass_node_err(err, g, n, "attribute 'perm' is not a permutation of 0..%d",
			                     a->n - 1);
	}
	return 0;
}

/* A required number attribute (int or float) with a finite value. */
static int want_finite(const Graph *g, const Node *n, const char *name, VitcErr *err)
{
	const Attr *a;
	if (get_attr(g, n, name, 1, K_NUMBER, &a, err))
		return -1;
	if (a->kind == ATTR_FLOAT && !isfinite(a->f))
		return pass_node_err(err, g, n, "attribute '%s' is not finite", name);
	return 0;
}

/* The attributes each op requires or allows (docs/graph-format.md, op table). */
static int check_attrs(const Graph *g, const Node *n, VitcErr *err)
{
	const int64_t big = IR_MAX_DIM - 1;
	const Attr *a;

	for (int i = 0; i < n->n_attr; i++) {
		if (!name_ok(n->attrs[i].name))
			return pass_node_err(err, g, n, "attribute %d has an invalid name", i);
		for (int j = 0; j < i; j++)
			if (strcmp(n->attrs[i].name, n->attrs[j].name) == 0)
				return pass_node_err(err, g, n, "attribute '%s' given twice",
				                     n->attrs[i].name);
	}
	switch (n->op) {
	case OP_CONV2D:
		if (want_ints(g, n, "stride", 0, 2, 1, big, err) ||
		    want_ints(g, n, "padding", 0, 2, 0, big, err) ||
		    want_ints(g, n, "dilation", 0, 2, 1, big, err) ||
		    want_int(g, n, "groups", 0, 1, big, err) ||
		    get_attr(g, n, "layout", 0, K_STRING, &a, err))
			return -1;
		if (a && strcmp(a->s, "nchw") && strcmp(a->s, "nhwc"))
			return pass_node_err(err, g, n, "attribute 'layout' is \"%s\", expected "
			                     "\"nchw\" or \"nhwc\"", a->s);
		break;
	case OP_CONV1D_TOKENS:
		return want_int(g, n, "padding", 0, 0, big, err);
	case OP_ADD:
	case OP_SUB:
	case OP_MUL:
	case OP_DIV:
		if (get_attr(g, n, "scalar", n->n_in == 1, K_NUMBER, &a, err))
			return -1;
		if (a && n->n_in == 2)
			return pass_node_err(err, g, n, "attribute 'scalar' given with two inputs");
		if (a && a->kind == ATTR_FLOAT && !isfinite(a->f))
			return pass_node_err(err, g, n, "attribute 'scalar' is not finite");
		return want_int(g, n, "reverse", 0, 0, 1, err);
	case OP_LAYER_NORM:
		if (get_attr(g, n, "eps", 0, K_NUMBER, &a, err))
			return -1;
		double eps = pass_attr_number(n, "eps", PASS_LAYER_NORM_EPS);
		if (!(eps > 0) || !isfinite(eps))
			return pass_node_err(err, g, n, "attribute 'eps' must be positive and finite");
		return want_int(g, n, "axes", 0, 1, IR_MAX_RANK, err);
	case OP_SOFTMAX:
		return want_int(g, n, "axis", 1, -IR_MAX_RANK, IR_MAX_RANK - 1, err);
	case OP_GELU:
		if (get_attr(g, n, "approximate", 0, K_STRING, &a, err))
			return -1;
		if (a && strcmp(a->s, "none") != 0 && strcmp(a->s, "tanh") != 0)
			return pass_node_err(err, g, n, "attribute 'approximate' is \"%.64s\", "
			                     "expected \"none\" or \"tanh\"", a->s);
		break;
	case OP_RESHAPE:
		return want_shape_attr(g, n, "shape", 1, err);
	case OP_EXPAND:
		return want_shape_attr(g, n, "shape", 0, err);
	case OP_TRANSPOSE:
		return want_perm(g, n, err);
	case OP_CONCAT:
		return want_int(g, n, "axis", 1, -IR_MAX_RANK, IR_MAX_RANK - 1, err);
	case OP_SLICE:
		if (want_int(g, n, "axis", 1, -IR_MAX_RANK, IR_MAX_RANK - 1, err) ||
		    want_int(g, n, "start", 1, INT64_MIN, INT64_MAX, err) ||
		    want_int(g, n, "end", 1, INT64_MIN, INT64_MAX, err) ||
		    want_int(g, n, "step", 0, 1, INT64_MAX, err))
			return -1;
		break;
	case OP_SELECT:
		if (want_int(g, n, "axis", 1, -IR_MAX_RANK, IR_MAX_RANK - 1, err) ||
		    want_int(g, n, "index", 1, INT64_MIN, INT64_MAX, err))
			return -1;
		break;
	case OP_MEAN:
	case OP_MAX:
		if (get_attr(g, n, "axes", 1, K_INTS, &a, err))
			return -1;
		if (a->n < 1 || a->n > IR_MAX_RANK)
			return pass_node_err(err, g, n, "attribute 'axes' must have 1..%d entries, not %d",
			                     IR_MAX_RANK, a->n);
		if (want_ints(g, n, "axes", 1, a->n, -IR_MAX_RANK, IR_MAX_RANK - 1, err))
			return -1;
		return want_int(g, n, "keepdim", 0, 0, 1, err);
	case OP_ATTENTION:
		return want_int(g, n, "num_heads", 1, 1, big, err);
	case OP_PAD:
		if (get_attr(g, n, "pads", 1, K_INTS, &a, err))
			return -1;
		if (a->n < 2 || a->n % 2 || a->n > 2 * IR_MAX_RANK)
			return pass_node_err(err, g, n, "attribute 'pads' must have 2 entries per axis "
			                     "(2..%d), not %d", 2 * IR_MAX_RANK, a->n);
		if (want_ints(g, n, "pads", 1, a->n, 0, big, err) ||
		    get_attr(g, n, "value", 0, K_NUMBER, &a, err))
			return -1;
		if (a && a->kind == ATTR_FLOAT && !isfinite(a->f))
			return pass_node_err(err, g, n, "attribute 'value' is not finite");
		break;
	case OP_ROLL:
		if (get_attr(g, n, "axes", 1, K_INTS, &a, err))
			return -1;
		if (a->n < 1 || a->n > IR_MAX_RANK)
			return pass_node_err(err, g, n, "attribute 'axes' must have 1..%d entries, not %d",
			                     IR_MAX_RANK, a->n);
		if (want_ints(g, n, "axes", 1, a->n, -IR_MAX_RANK, IR_MAX_RANK - 1, err) ||
		    want_ints(g, n, "shifts", 1, a->n, -big, big, err))
			return -1;
		break;
	case OP_NORMALIZE:
		if (want_int(g, n, "axis", 1, -IR_MAX_RANK, IR_MAX_RANK - 1, err) ||
		    get_attr(g, n, "eps", 0, K_NUMBER, &a, err))
			return -1;
		double neps = pass_attr_number(n, "eps", PASS_L2NORM_EPS);
		if (!(neps > 0) || !isfinite(neps))
			return pass_node_err(err, g, n, "attribute 'eps' must be positive and finite");
		break;
	case OP_FOLD:
	case OP_UNFOLD:
		if ((n->op == OP_FOLD && want_ints(g, n, "output_size", 1, 2, 1, big, err)) ||
		    want_ints(g, n, "kernel", 1, 2, 1, big, err) ||
		    want_ints(g, n, "stride", 0, 2, 1, big, err) ||
		    want_ints(g, n, "padding", 0, 2, 0, big, err) ||
		    want_ints(g, n, "dilation", 0, 2, 1, big, err))
			return -1;
		break;
	case OP_GATHER: {
		const Attr *ix, *is;
		if (want_int(g, n, "axis", 1, -IR_MAX_RANK, IR_MAX_RANK - 1, err) ||
		    get_attr(g, n, "indices", 1, K_INTS, &ix, err) ||
		    get_attr(g, n, "index_shape", 0, K_INTS, &is, err))
			return -1;
		if (ix->n < 1)
			return pass_node_err(err, g, n, "attribute 'indices' is empty");
		if (want_ints(g, n, "indices", 1, ix->n, 0, big, err))
			return -1;
		if (is && (is->n < 1 || is->n > IR_MAX_RANK))
			return pass_node_err(err, g, n, "attribute 'index_shape' must have 1..%d "
			                     "entries, not %d", IR_MAX_RANK, is->n);
		if (is && want_ints(g, n, "index_shape", 1, is->n, 1, big, err))
			return -1;
		break;
	}
	case OP_KSH_HASH:
		if (want_int(g, n, "num_heads", 1, 1, big, err) ||
		    want_int(g, n, "nbits", 1, 1, 32, err))
			return -1;
		break;
	case OP_BINARIZE:
	case OP_MATADD_KTV:
		return want_int(g, n, "num_heads", 1, 1, big, err);
	case OP_MATADD_QKV:
		if (want_int(g, n, "num_heads", 1, 1, big, err) ||
		    want_finite(g, n, "alpha", err) || want_finite(g, n, "beta", err) ||
		    want_int(g, n, "lut", 0, 0, 1, err))
			return -1;
		break;
	case OP_L2NORM_HEADS:
		if (want_int(g, n, "num_heads", 1, 1, big, err) ||
		    get_attr(g, n, "eps", 0, K_NUMBER, &a, err))
			return -1;
		double l2eps = pass_attr_number(n, "eps", PASS_L2NORM_EPS);
		if (!(l2eps > 0) || !isfinite(l2eps))
			return pass_node_err(err, g, n, "attribute 'eps' must be positive and finite");
		break;
	case OP_HAMMING_ATTENTION:
		if (want_int(g, n, "num_heads", 1, 1, big, err) ||
		    want_finite(g, n, "scale", err))
			return -1;
		break;
	default:
		break;
	}
	return 0;
}

/* Which inputs an op may leave absent (NULL): bias, gamma/beta. */
static int input_optional(OpKind op, int i)
{
	switch (op) {
	case OP_CONV2D:
	case OP_CONV1D_TOKENS:
	case OP_LINEAR:
		return i == 2;
	case OP_LAYER_NORM:
		return i >= 1;
	case OP_ATTENTION:
		return i == 4 || i == 6;
	case OP_SHIFT_LINEAR:
		return i == 2;
	case OP_MOE2_LINEAR:
		return i == 2 || i == 4 || i == 6;
	default:
		return pass_qop_input_optional(op, i);
	}
}

/*
 * The dtype input "i" of "op" must have: f32, except the codes of the
 * additive and Hamming attention ops (b1) and the shift weights of
 * shift_linear and moe2_linear (pot5), docs/graph-format.md "ShiftAdd ops".
 */
DType pass_input_dtype(OpKind op, int i)
{
	if (pass_is_quant_op(op))   /* their rules: passes/qops.c */
		return pass_qop_input_dtype(op, i);
	switch (op) {
	case OP_SHIFT_LINEAR:
		return i == 1 ? DT_POT5 : DT_F32;
	case OP_MOE2_LINEAR:
		return i == 5 ? DT_POT5 : DT_F32;
	case OP_MATADD_KTV:
	case OP_MATADD_QKV:
		return i == 0 ? DT_B1 : DT_F32;
	case OP_HAMMING_ATTENTION:
		return i <= 1 ? DT_B1 : DT_F32;
	default:
		return DT_F32;
	}
}

int pass_is_shiftadd_op(OpKind op)
{
	switch (op) {
	case OP_SHIFT_LINEAR:
	case OP_KSH_HASH:
	case OP_BINARIZE:
	case OP_MATADD_KTV:
	case OP_MATADD_QKV:
	case OP_L2NORM_HEADS:
	case OP_HAMMING_ATTENTION:
	case OP_MOE2_LINEAR:
		return 1;
	default:
		return 0;
	}
}

/*
 * The dtypes of a ShiftAdd node's inputs, where they are known (inputs and
 * weights always, values once shapes.c has run): pot5 weights must be
 * weights, codes b1, everything else f32.  Other ops' dtypes are left to
 * shapes.c, which reports what version 1 does not run yet.
 */
static int check_input_dtypes(const Graph *g, const Node *n, VitcErr *err)
{
	if (pass_is_quant_op(n->op))
		return pass_qop_verify(g, n, err);
	if (!pass_is_shiftadd_op(n->op))
		return 0;
	for (int i = 0; i < n->n_in; i++) {
		const Tensor *t = n->in[i];
		DType want = pass_input_dtype(n->op, i);
		if (!t)
			continue;
		if (want == DT_POT5 && t->kind != TK_WEIGHT)
			return pass_node_err(err, g, n, "input %d '%s' must be a pot5 weight, not %s",
			                     i, t->name, t->kind == TK_INPUT ? "a graph input"
			                     : "a computed value");
		if ((t->kind != TK_VALUE || t->shape_known) && t->dtype != want)
			return pass_node_err(err, g, n, "input %d '%s' has dtype %s, expected %s", i,
			                     t->name, ir_dtype_name(t->dtype), ir_dtype_name(want));
	}
	return 0;
}

/* ---- tensors ---- */

/*
 * A declared shape: rank 0..IR_MAX_RANK, each dimension a size below
 * IR_MAX_DIM or (where "allow_n") N, element count below IR_MAX_DIM.
 */
static int check_shape(const Graph *g, const Tensor *t, int allow_n, VitcErr *err)
{
	const Shape *s = &t->shape;
	int64_t numel;

	if (s->rank < 0 || s->rank > IR_MAX_RANK)
		return vitc_errf(err, "%s: tensor '%s': rank %d outside 0..%d", g->path,
		                 t->name, s->rank, IR_MAX_RANK);
	for (int i = 0; i < s->rank; i++) {
		if (ir_dim_is_batch(s->d[i]) && !allow_n)
			return vitc_errf(err, "%s: tensor '%s': a weight cannot have the batch "
			                 "dimension N", g->path, t->name);
		if (ir_dim_is_batch(s->d[i]) ? ir_dim_batch_factor(s->d[i]) >= IR_MAX_DIM
		                             : (s->d[i] < 0 || s->d[i] >= IR_MAX_DIM))
			return vitc_errf(err, "%s: tensor '%s': dimension %d is %" PRId64
			                 ", outside 0..2^40", g->path, t->name, i, s->d[i]);
	}
	if (ir_shape_numel(s, 1, &numel))
		return vitc_errf(err, "%s: tensor '%s': more than 2^40 elements", g->path, t->name);
	return 0;
}

/* One entry of the tensor table, on its own. */
static int check_tensor(const Graph *g, int i, VitcErr *err)
{
	const Tensor *t = g->tensors[i];
	uint64_t bytes;

	if (!t)
		return vitc_errf(err, "%s: tensor %d is missing", g->path, i);
	if (!name_ok(t->name))
		return vitc_errf(err, "%s: tensor %d has an invalid name (1..255 printable "
		                 "ASCII characters)", g->path, i);
	if (t->id != i)
		return vitc_errf(err, "%s: tensor '%s' has id %d at index %d", g->path,
		                 t->name, t->id, i);
	if ((unsigned)t->kind > TK_VALUE || (unsigned)t->dtype >= DT_COUNT)
		return vitc_errf(err, "%s: tensor '%s' has an invalid kind or dtype", g->path, t->name);
	if (t->kind == TK_VALUE)
		return t->shape_known ? check_shape(g, t, 1, err) : 0;
	if (check_shape(g, t, t->kind == TK_INPUT, err))
		return -1;
	if (t->kind != TK_WEIGHT)
		return 0;
	if ((unsigned)t->role > ROLE_CONSTANT)
		return vitc_errf(err, "%s: weight '%s' has an invalid role", g->path, t->name);
	if (!t->data)
		return g->weights_file.base ? vitc_errf(err, "%s: weight '%s' is not bound to data",
		                                        g->path, t->name) : 0;
	if (ir_shape_bytes(&t->shape, t->dtype, 1, &bytes) || bytes != t->nbytes)
		return vitc_errf(err, "%s: weight '%s' (%s): %zu bytes bound, expected %" PRIu64,
		                 g->path, t->name, ir_dtype_name(t->dtype), t->nbytes, bytes);
	return 0;
}

/* ---- nodes ---- */

/* Arity, inputs defined earlier, one fresh output, attributes. */
static int check_node(const Graph *g, const Node *n, unsigned char *defined, VitcErr *err)
{
	int lo = ir_op_min_inputs(n->op), hi = ir_op_max_inputs(n->op);

	if (n->n_in < lo || n->n_in > hi) {
		if (lo == hi)
			return pass_node_err(err, g, n, "has %d inputs, expected %d", n->n_in, lo);
		return pass_node_err(err, g, n, "has %d inputs, expected %d..%d", n->n_in, lo, hi);
	}
	for (int i = 0; i < n->n_in; i++) {
		const Tensor *t = n->in[i];
		if (!t) {
			if (!input_optional(n->op, i))
				return pass_node_err(err, g, n, "input %d is absent but required", i);
			continue;
		}
		if (!belongs(g, t))
			return pass_node_err(err, g, n, "input %d is not a tensor of this graph", i);
		if (!defined[t->id])
			return pass_node_err(err, g, n, "input %d '%s' is used before it is defined",
			                     i, t->name);
	}
	if (n->n_out != 1)
		return pass_node_err(err, g, n, "has %d outputs, expected 1", n->n_out);
	const Tensor *o = n->out[0];
	if (!belongs(g, o))
		return pass_node_err(err, g, n, "output 0 is not a tensor of this graph");
	if (o->kind != TK_VALUE)
		return pass_node_err(err, g, n, "output '%s' is a graph %s, not a value",
		                     o->name, o->kind == TK_INPUT ? "input" : "weight");
	if (defined[o->id]) {
		if (o->producer && o->producer != n)
			return pass_node_err(err, g, n, "output '%s' is already produced by node '%s'",
			                     o->name, o->producer->name);
		return pass_node_err(err, g, n, "output '%s' is produced twice", o->name);
	}
	if (o->producer != n)
		return pass_node_err(err, g, n, "output '%s' names a different producer", o->name);
	defined[o->id] = 1;
	if (check_attrs(g, n, err))
		return -1;
	return check_input_dtypes(g, n, err);
}

/* The graph's own lists: inputs (TK_INPUT, each once), then every weight. */
static int define_sources(const Graph *g, unsigned char *defined, VitcErr *err)
{
	for (int i = 0; i < g->n_inputs; i++) {
		const Tensor *t = g->inputs[i];
		if (!belongs(g, t) || t->kind != TK_INPUT)
			return vitc_errf(err, "%s: graph input %d is not an input tensor of this graph",
			                 g->path, i);
		if (defined[t->id]++)
			return vitc_errf(err, "%s: graph input '%s' is listed twice", g->path, t->name);
	}
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		if (t->kind == TK_WEIGHT)
			defined[i] = 1;
		else if (t->kind == TK_INPUT && !defined[i])
			return vitc_errf(err, "%s: tensor '%s' is an input but not a graph input",
			                 g->path, t->name);
	}
	return 0;
}

int pass_verify(const Graph *g, VitcErr *err)
{
	NameSet names, node_names;
	unsigned char *defined;
	int rc = -1;

	nameset_init(&names, (size_t)g->n_tensors);
	nameset_init(&node_names, (size_t)g->n_nodes);
	defined = xcalloc((size_t)g->n_tensors + 1, 1);
	for (int i = 0; i < g->n_tensors; i++) {
		if (check_tensor(g, i, err))
			goto out;
		if (nameset_add(&names, g->tensors[i]->name)) {
			vitc_errf(err, "%s: tensor name '%s' is used twice", g->path,
			          g->tensors[i]->name);
			goto out;
		}
	}
	if (define_sources(g, defined, err))
		goto out;
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		if (!n || n->id != i || (unsigned)n->op >= OP_COUNT) {
			vitc_errf(err, "%s: node %d is missing, misnumbered or has an unknown op",
			          g->path, i);
			goto out;
		}
		if (!name_ok(n->name)) {
			vitc_errf(err, "%s: node %d has an invalid name (1..255 printable ASCII "
			          "characters)", g->path, i);
			goto out;
		}
		if (nameset_add(&node_names, n->name)) {
			pass_node_err(err, g, n, "node name is used twice");
			goto out;
		}
		if (check_node(g, n, defined, err))
			goto out;
	}
	for (int i = 0; i < g->n_tensors; i++)
		if (g->tensors[i]->kind == TK_VALUE && !defined[i]) {
			vitc_errf(err, "%s: tensor '%s' is produced by no node", g->path,
			          g->tensors[i]->name);
			goto out;
		}
	if (g->n_outputs < 1) {
		vitc_errf(err, "%s: the graph has no outputs", g->path);
		goto out;
	}
	for (int i = 0; i < g->n_outputs; i++)
		if (!belongs(g, g->outputs[i])) {
			vitc_errf(err, "%s: graph output %d is not a tensor of this graph", g->path, i);
			goto out;
		}
	rc = 0;
out:
	free(names.slot);
	free(node_names.slot);
	free(defined);
	return rc;
}
