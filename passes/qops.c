/*
 * qops.c - the quantized ops quantize, dequantize, qlinear and qadd
 * (docs/graph-format.md "Quantized ops", docs/quantization.md): their
 * attributes, input dtypes, which inputs may be absent or must be weights,
 * and their output shape and dtype, all in this one file.  pass_verify and
 * pass_infer_shapes call in here for these ops.
 */
#include <inttypes.h>
#include <stdio.h>

#include "passes/passes.h"

int pass_is_quant_op(OpKind op)
{
	return op == OP_QUANTIZE || op == OP_DEQUANTIZE || op == OP_QLINEAR || op == OP_QADD;
}

/*
 * quantize: x f32; dequantize: q i8; qlinear: x i8, w i8, exponents i8,
 * bias i32; qadd: a i8, b i8.
 */
DType pass_qop_input_dtype(OpKind op, int i)
{
	switch (op) {
	case OP_DEQUANTIZE:
	case OP_QADD:
		return DT_I8;
	case OP_QLINEAR:
		return i == 3 ? DT_I32 : DT_I8;
	default:
		return DT_F32;
	}
}

/* qlinear's bias is the only optional input. */
int pass_qop_input_optional(OpKind op, int i)
{
	return op == OP_QLINEAR && i == 3;
}

/* An exponent attribute: an integer in [PASS_QEXP_MIN, PASS_QEXP_MAX]. */
static int want_exponent(const Graph *g, const Node *n, const char *name, int required,
                         VitcErr *err)
{
	const Attr *a = ir_node_attr(n, name);
	if (!a)
		return required ? pass_node_err(err, g, n, "missing attribute '%s'", name) : 0;
	if (a->kind != ATTR_INT)
		return pass_node_err(err, g, n, "attribute '%s' must be an integer exponent", name);
	if (a->i < PASS_QEXP_MIN || a->i > PASS_QEXP_MAX)
		return pass_node_err(err, g, n, "attribute '%s' is %" PRId64 ", expected %d..%d",
		                     name, a->i, PASS_QEXP_MIN, PASS_QEXP_MAX);
	return 0;
}

/*
 * qadd's exponents: the operands differ by at most PASS_QADD_ALIGN_MAX (the
 * finer one is shifted left by the difference), and the output shift from
 * the finer exponent lies in [PASS_QSHIFT_MIN, PASS_QSHIFT_MAX].
 */
static int qadd_exponents(const Graph *g, const Node *n, VitcErr *err)
{
	int64_t ea = ir_node_attr(n, "a_exponent")->i, eb = ir_node_attr(n, "b_exponent")->i;
	int64_t ey = ir_node_attr(n, "out_exponent")->i, ef = ea < eb ? ea : eb;
	if (ea - eb > PASS_QADD_ALIGN_MAX || eb - ea > PASS_QADD_ALIGN_MAX)
		return pass_node_err(err, g, n, "a_exponent %" PRId64 " and b_exponent %" PRId64
		                     " differ by more than %d", ea, eb, PASS_QADD_ALIGN_MAX);
	if (ey - ef < PASS_QSHIFT_MIN || ey - ef > PASS_QSHIFT_MAX)
		return pass_node_err(err, g, n, "output shift %" PRId64 " (out_exponent %" PRId64
		                     " - %" PRId64 ") outside %d..%d", ey - ef, ey, ef,
		                     PASS_QSHIFT_MIN, PASS_QSHIFT_MAX);
	return 0;
}

/*
 * Attributes (quantize/dequantize: "exponent"; qlinear: "x_exponent", and
 * "out_exponent" for an i8 output; qadd: "a_exponent", "b_exponent",
 * "out_exponent"), qlinear's w, exponents and bias being weights, and the
 * dtypes of inputs whose dtype is known already.
 */
int pass_qop_verify(const Graph *g, const Node *n, VitcErr *err)
{
	if (n->op == OP_QADD) {
		if (want_exponent(g, n, "a_exponent", 1, err) ||
		    want_exponent(g, n, "b_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 1, err) || qadd_exponents(g, n, err))
			return -1;
	} else if (n->op == OP_QLINEAR) {
		if (want_exponent(g, n, "x_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 0, err))
			return -1;
	} else if (want_exponent(g, n, "exponent", 1, err)) {
		return -1;
	}
	for (int i = 0; i < n->n_in; i++) {
		const Tensor *t = n->in[i];
		DType want = pass_qop_input_dtype(n->op, i);
		if (!t)
			continue;
		if (n->op == OP_QLINEAR && i >= 1 && t->kind != TK_WEIGHT)
			return pass_node_err(err, g, n, "input %d '%s' must be a weight, not %s", i,
			                     t->name, t->kind == TK_INPUT ? "a graph input"
			                     : "a computed value");
		if ((t->kind != TK_VALUE || t->shape_known) && t->dtype != want)
			return pass_node_err(err, g, n, "input %d '%s' has dtype %s, expected %s", i,
			                     t->name, ir_dtype_name(t->dtype), ir_dtype_name(want));
	}
	return 0;
}

static int shape_err(const Graph *g, const Node *n, int i, const char *want, VitcErr *err)
{
	char b[192];
	ir_shape_format(&n->in[i]->shape, b, sizeof(b));
	return pass_node_err(err, g, n, "input %d '%s' has shape %s, expected %s", i,
	                     n->in[i]->name, b, want);
}

/*
 * Output shape and dtype: quantize/dequantize keep the shape (i8 / f32);
 * qlinear x[...,K], w[M,K], exponents[M], bias?[M] -> [...,M], i8 with
 * "out_exponent", else f32; qadd: a and b of one shape -> that shape, i8.
 * Input dtypes were checked by the caller.
 */
int pass_qop_infer(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	const Shape *x = &n->in[0]->shape;
	char want[96];
	*out = *x;
	if (n->op == OP_QUANTIZE || n->op == OP_DEQUANTIZE) {
		*dt = n->op == OP_QUANTIZE ? DT_I8 : DT_F32;
		return 0;
	}
	if (n->op == OP_QADD) {
		const Shape *b = &n->in[1]->shape;
		int same = b->rank == x->rank;
		for (int d = 0; same && d < x->rank; d++)
			same = b->d[d] == x->d[d];
		ir_shape_format(x, want, sizeof(want));
		if (!same)
			return shape_err(g, n, 1, want, err);
		*dt = DT_I8;
		return 0;
	}
	if (x->rank < 1 || ir_dim_is_batch(x->d[x->rank - 1]))
		return shape_err(g, n, 0, "[..., K] with K fixed", err);
	int64_t K = x->d[x->rank - 1];
	const Shape *w = &n->in[1]->shape;
	snprintf(want, sizeof(want), "[M,%" PRId64 "]", K);
	if (w->rank != 2 || w->d[1] != K || ir_dim_is_batch(w->d[0]))
		return shape_err(g, n, 1, want, err);
	int64_t M = w->d[0];
	snprintf(want, sizeof(want), "[%" PRId64 "]", M);
	for (int i = 2; i < n->n_in; i++)
		if (n->in[i] && (n->in[i]->shape.rank != 1 || n->in[i]->shape.d[0] != M))
			return shape_err(g, n, i, want, err);
	out->d[x->rank - 1] = M;
	*dt = ir_node_attr(n, "out_exponent") ? DT_I8 : DT_F32;
	return 0;
}
