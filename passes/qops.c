/*
 * qops.c - the quantized ops quantize, dequantize, qlinear, qadd,
 * qlayernorm, the integer attention qattn_scores, qsoftmax, qattn_pv, qlut
 * (an int8 -> int8 table: integer GELU), qshift_linear (a shift linear
 * between int8 tensors), qhamming_attention (the Hamming attention on
 * int8 v with a table softmax), qconv1d_tokens (the token convolution
 * on int8) and qmatadd_l2norm (the LinAngular attention's MatAdd products
 * and L2 norm on int8 v) (docs/graph-format.md "Quantized ops",
 * docs/quantization.md): their
 * attributes, input dtypes, which inputs may be absent or must be weights,
 * and their output shape and dtype, all in this one file.  pass_verify and
 * pass_infer_shapes call in here for these ops.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

int pass_is_quant_op(OpKind op)
{
	switch (op) {
	case OP_QUANTIZE: case OP_DEQUANTIZE: case OP_QLINEAR: case OP_QADD: case OP_QLAYERNORM:
	case OP_QATTN_SCORES: case OP_QSOFTMAX: case OP_QATTN_PV: case OP_QLUT:
	case OP_QSHIFT_LINEAR: case OP_QMOE2_LINEAR: case OP_QHAMMING_ATTENTION:
	case OP_QCONV1D_TOKENS: case OP_QMATADD_L2NORM:
		return 1;
	default:
		return 0;
	}
}

/* Is input "i" of "op" a PTF offset vector (i8 [C], values 0..PASS_PTF_MAX)? */
int pass_qop_is_ptf(OpKind op, int i)
{
	switch (op) {
	case OP_QUANTIZE: case OP_DEQUANTIZE:
		return i == 1;
	case OP_QADD:
		return i >= 2;
	case OP_QLAYERNORM:
		return i == 3;
	case OP_QLINEAR:            /* the output's offsets (requires out_exponent) */
		return i == 4;
	default:
		return 0;
	}
}

/*
 * quantize: x f32; dequantize: q i8; qlinear: x i8, w i8 (or i4:
 * pass_qop_dtype_ok), exponents i8,
 * bias i32; qadd: a i8, b i8; qlayernorm: x i8, g i32, b i32; PTF
 * offsets i8; qshift_linear: x i8, w pot5, bias i32 (Q16.16); qmoe2_linear:
 * x, router weight and exponents, mult weight and exponents i8, their
 * biases i32, shift weight pot5, its bias i32 (Q16.16).
 */
DType pass_qop_input_dtype(OpKind op, int i)
{
	if (pass_qop_is_ptf(op, i))
		return DT_I8;
	switch (op) {
	case OP_DEQUANTIZE:
	case OP_QADD:
	case OP_QATTN_SCORES:
	case OP_QSOFTMAX:
	case OP_QATTN_PV:
	case OP_QLUT:
		return DT_I8;
	case OP_QLINEAR:
	case OP_QCONV1D_TOKENS:
		return i == 3 ? DT_I32 : DT_I8;
	case OP_QSHIFT_LINEAR:
		return i == 0 ? DT_I8 : i == 1 ? DT_POT5 : DT_I32;
	case OP_QMOE2_LINEAR:
		return i == 7 ? DT_POT5 : i == 3 || i == 6 || i == 8 ? DT_I32 : DT_I8;
	case OP_QLAYERNORM:
		return i == 0 ? DT_I8 : DT_I32;
	case OP_QHAMMING_ATTENTION:
		return i <= 1 ? DT_B1 : i == 2 ? DT_I8 : DT_I32;
	case OP_QMATADD_L2NORM:
		return i <= 1 ? DT_B1 : DT_I8;
	default:
		return DT_F32;
	}
}

/*
 * May input "i" of "op" have dtype "dt"?  Its pass_qop_input_dtype, or
 * for qlinear's weight also i4 (int4 codes, docs/quantization.md).
 */
int pass_qop_dtype_ok(OpKind op, int i, DType dt)
{
	return dt == pass_qop_input_dtype(op, i) || (op == OP_QLINEAR && i == 1 && dt == DT_I4);
}

/* qlinear's bias and the PTF offsets are the optional inputs. */
int pass_qop_input_optional(OpKind op, int i)
{
	return ((op == OP_QLINEAR || op == OP_QCONV1D_TOKENS) && i == 3) ||
	       (op == OP_QSHIFT_LINEAR && i == 2) ||
	       (op == OP_QMOE2_LINEAR && (i == 3 || i == 6 || i == 8)) || pass_qop_is_ptf(op, i);
}

/* Must input "i" of "op" be a weight? */
static int must_be_weight(OpKind op, int i)
{
	return pass_qop_is_ptf(op, i) || ((op == OP_QLINEAR || op == OP_QLAYERNORM ||
	                                   op == OP_QLUT || op == OP_QSHIFT_LINEAR ||
	                                   op == OP_QMOE2_LINEAR || op == OP_QCONV1D_TOKENS) &&
	                                  i >= 1) ||
	       (op == OP_QHAMMING_ATTENTION && i == 3);
}

/*
 * qadd's shifts for one channel with exponents ea, eb (operands) and ey
 * (output): sa = ea - ef, sb = eb - ef, k = ey - ef with ef = min(ea, eb).
 * 0, or -1 with *why set when |ea - eb| > PASS_QADD_ALIGN_MAX or k is
 * outside [PASS_QSHIFT_MIN, PASS_QSHIFT_MAX].
 */
int pass_qadd_shifts(int64_t ea, int64_t eb, int64_t ey, int64_t *sa, int64_t *sb,
                     int64_t *k, const char **why)
{
	int64_t ef = ea < eb ? ea : eb;
	*sa = ea - ef;
	*sb = eb - ef;
	*k = ey - ef;
	if (*sa > PASS_QADD_ALIGN_MAX || *sb > PASS_QADD_ALIGN_MAX)
		return *why = "the operands' exponents differ by more than 31", -1;
	if (*k < PASS_QSHIFT_MIN || *k > PASS_QSHIFT_MAX)
		return *why = "the output shift is outside -31..62", -1;
	return 0;
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

/* qadd's exponent attributes (without PTF offsets) within pass_qadd_shifts's limits. */
static int qadd_exponents(const Graph *g, const Node *n, VitcErr *err)
{
	int64_t ea = ir_node_attr(n, "a_exponent")->i, eb = ir_node_attr(n, "b_exponent")->i;
	int64_t ey = ir_node_attr(n, "out_exponent")->i, sa, sb, k;
	const char *why;
	if (pass_qadd_shifts(ea, eb, ey, &sa, &sb, &k, &why))
		return pass_node_err(err, g, n, "exponents %" PRId64 " + %" PRId64 " -> %" PRId64
		                     ": %s", ea, eb, ey, why);
	return 0;
}

/* qlayernorm's "eps_q": an integer in [0, PASS_QLN_EPS_MAX]. */
static int qln_eps(const Graph *g, const Node *n, VitcErr *err)
{
	const Attr *a = ir_node_attr(n, "eps_q");
	if (!a)
		return pass_node_err(err, g, n, "missing attribute 'eps_q'");
	if (a->kind != ATTR_INT || a->i < 0 || a->i > PASS_QLN_EPS_MAX)
		return pass_node_err(err, g, n, "attribute 'eps_q' must be an integer in 0..2^40");
	return 0;
}

/*
 * qshift_linear's exponents: the input's Q16.16 form x << (ex + 16) must
 * fit i32 (ex <= PASS_QSHIFT_X_MAX) and the output shift ey + 16 must lie
 * in [PASS_QSHIFT_MIN, PASS_QSHIFT_MAX]; the "realization" (of
 * qshift_linear, or of qmoe2_linear's shift expert) one of three names.
 */
static int qshift_exponents(const Graph *g, const Node *n, VitcErr *err)
{
	int64_t ex = ir_node_attr(n, "x_exponent")->i, ey = ir_node_attr(n, "out_exponent")->i;
	if (ex > PASS_QSHIFT_X_MAX)
		return pass_node_err(err, g, n, "x_exponent %" PRId64 " above %d: the input's "
		                     "Q16.16 form x * 2^(x_exponent + 16) would leave int32", ex,
		                     PASS_QSHIFT_X_MAX);
	if (ey + 16 < PASS_QSHIFT_MIN || ey + 16 > PASS_QSHIFT_MAX)
		return pass_node_err(err, g, n, "out_exponent %" PRId64 ": the requantization shift "
		                     "out_exponent + 16 is outside %d..%d", ey, PASS_QSHIFT_MIN,
		                     PASS_QSHIFT_MAX);
	const Attr *r = ir_node_attr(n, "realization");
	if (r &&
	    (r->kind != ATTR_STRING || (strcmp(r->s, "shift") && strcmp(r->s, "int8") &&
	                                strcmp(r->s, "int16"))))
		return pass_node_err(err, g, n, "attribute 'realization' must be \"shift\", "
		                     "\"int8\" or \"int16\"");
	return 0;
}

/*
 * Attributes (quantize/dequantize: "exponent"; qlinear: "x_exponent", and
 * "out_exponent" for an i8 output, which its output PTF offsets need; qadd: "a_exponent", "b_exponent",
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
	} else if (n->op == OP_QLAYERNORM) {
		if (want_exponent(g, n, "out_exponent", 1, err) || qln_eps(g, n, err))
			return -1;
	} else if (n->op == OP_QATTN_SCORES || n->op == OP_QATTN_PV) {
		const Attr *h = ir_node_attr(n, "num_heads");
		if (!h || h->kind != ATTR_INT || h->i < 1 || h->i > 4096)
			return pass_node_err(err, g, n, "attribute 'num_heads' must be an integer in 1..4096");
		if (want_exponent(g, n, "qkv_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 1, err))
			return -1;
	} else if (n->op == OP_QLUT) {
		/* no attributes: the table says it all */
	} else if (n->op == OP_QHAMMING_ATTENTION) {
		const Attr *h = ir_node_attr(n, "num_heads");
		if (!h || h->kind != ATTR_INT || h->i < 1 || h->i > 4096)
			return pass_node_err(err, g, n, "attribute 'num_heads' must be an integer in 1..4096");
		if (want_exponent(g, n, "v_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 1, err))
			return -1;
		int64_t k = ir_node_attr(n, "v_exponent")->i - ir_node_attr(n, "out_exponent")->i;
		if (k < -PASS_QHAM_SHIFT_MAX || k > PASS_QHAM_SHIFT_MAX)
			return pass_node_err(err, g, n, "v_exponent - out_exponent is %" PRId64
			                     ", expected -%d..%d", k, PASS_QHAM_SHIFT_MAX,
			                     PASS_QHAM_SHIFT_MAX);
	} else if (n->op == OP_QCONV1D_TOKENS) {
		const Attr *pa = ir_node_attr(n, "padding");
		if (want_exponent(g, n, "x_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 1, err))
			return -1;
		if (pa && (pa->kind != ATTR_INT || pa->i < 0 || pa->i > 4096))
			return pass_node_err(err, g, n, "attribute 'padding' must be an integer in 0..4096");
	} else if (n->op == OP_QMATADD_L2NORM) {
		const Attr *h = ir_node_attr(n, "num_heads"), *eo = ir_node_attr(n, "out_exponent");
		if (!h || h->kind != ATTR_INT || h->i < 1 || h->i > 4096)
			return pass_node_err(err, g, n, "attribute 'num_heads' must be an integer in 1..4096");
		for (int i = 0; i < 2; i++) {
			const char *an = i ? "beta_q" : "alpha_q";
			const Attr *a = ir_node_attr(n, an);
			if (!a || a->kind != ATTR_INT || a->i < -PASS_QL2_CONST_MAX ||
			    a->i > PASS_QL2_CONST_MAX)
				return pass_node_err(err, g, n, "attribute '%s' must be an integer in "
				                     "-2^24..2^24", an);
		}
		if (!eo || eo->kind != ATTR_INT || eo->i < -30 || eo->i > 0)
			return pass_node_err(err, g, n, "attribute 'out_exponent' must be an integer in "
			                     "-30..0 (the L2-normalized values are at most 1)");
	} else if (n->op == OP_QSOFTMAX) {
		if (want_exponent(g, n, "exponent", 1, err))
			return -1;
	} else if (n->op == OP_QLINEAR) {
		if (want_exponent(g, n, "x_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 0, err))
			return -1;
		if (n->n_in > 4 && n->in[4] && !ir_node_attr(n, "out_exponent"))
			return pass_node_err(err, g, n, "PTF offsets of the output (input 4) need "
			                     "an int8 output (attribute 'out_exponent')");
	} else if (n->op == OP_QSHIFT_LINEAR || n->op == OP_QMOE2_LINEAR) {
		if (want_exponent(g, n, "x_exponent", 1, err) ||
		    want_exponent(g, n, "out_exponent", 1, err) || qshift_exponents(g, n, err))
			return -1;
	} else if (want_exponent(g, n, "exponent", 1, err)) {
		return -1;
	}
	for (int i = 0; i < n->n_in; i++) {
		const Tensor *t = n->in[i];
		DType want = pass_qop_input_dtype(n->op, i);
		if (!t)
			continue;
		if (must_be_weight(n->op, i) && t->kind != TK_WEIGHT)
			return pass_node_err(err, g, n, "input %d '%s' must be a weight, not %s", i,
			                     t->name, t->kind == TK_INPUT ? "a graph input"
			                     : "a computed value");
		if ((t->kind != TK_VALUE || t->shape_known) && !pass_qop_dtype_ok(n->op, i, t->dtype))
			return pass_node_err(err, g, n, "input %d '%s' has dtype %s, expected %s%s", i,
			                     t->name, ir_dtype_name(t->dtype), ir_dtype_name(want),
			                     n->op == OP_QLINEAR && i == 1 ? " or i4" : "");
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
 * The ops over channels (the last axis, C fixed): quantize/dequantize keep
 * the shape (i8 / f32), qadd a and b of one shape, qlayernorm x[..., C]
 * with C <= PASS_QLN_C_MAX; every PTF vector and qlayernorm's g and b
 * are [C].
 */
static int infer_channels(const Graph *g, const Node *n, DType *dt, VitcErr *err)
{
	const Shape *x = &n->in[0]->shape;
	char want[96];
	if (x->rank < 1 || ir_dim_is_batch(x->d[x->rank - 1]))
		return shape_err(g, n, 0, "[..., C] with C fixed", err);
	int64_t C = x->d[x->rank - 1];
	snprintf(want, sizeof(want), "[%" PRId64 "]", C);
	for (int i = 1; i < n->n_in; i++)
		if (n->in[i] && (pass_qop_is_ptf(n->op, i) || n->op == OP_QLAYERNORM) &&
		    (n->in[i]->shape.rank != 1 || n->in[i]->shape.d[0] != C))
			return shape_err(g, n, i, want, err);
	if (n->op == OP_QLAYERNORM && C > PASS_QLN_C_MAX)
		return shape_err(g, n, 0, "[..., C] with C <= 4096", err);
	if (n->op == OP_QADD) {
		const Shape *b = &n->in[1]->shape;
		int same = b->rank == x->rank;
		for (int d = 0; same && d < x->rank; d++)
			same = b->d[d] == x->d[d];
		ir_shape_format(x, want, sizeof(want));
		if (!same)
			return shape_err(g, n, 1, want, err);
	}
	*dt = n->op == OP_DEQUANTIZE ? DT_F32 : DT_I8;
	return 0;
}

/*
 * The packed q|k|v input [N?, L, 3D] of qattn_scores and qattn_pv: D a
 * multiple of num_heads with head size d a power of 4 (1/sqrt(d) a power of
 * two); *L, *D, *d set.  The batch may be only the leading dim.
 */
static int qkv_shape(const Graph *g, const Node *n, int i, int64_t *L, int64_t *D,
                     int64_t *d, VitcErr *err)
{
	const Shape *s = &n->in[i]->shape;
	int64_t H = ir_node_attr(n, "num_heads")->i;
	if (s->rank != 3 || ir_dim_is_batch(s->d[1]) || ir_dim_is_batch(s->d[2]) ||
	    s->d[2] % (3 * H))
		return shape_err(g, n, i, "[N, L, 3D] with D a multiple of num_heads", err);
	*L = s->d[1];
	*D = s->d[2] / 3;
	*d = *D / H;
	if (pass_qattn_log2_sqrt(*d) < 0)
		return shape_err(g, n, i, "a head size that is a power of 4", err);
	return 0;
}

/*
 * Log-Int-Softmax's i-exp constants for an input at exponent es (scale s =
 * 2^es; FQ-ViT / I-BERT, a = 0.35815147, b = 0.96963238 / a, c = 1 / a):
 * x0 = floor(-0.6931 / s), b_int = floor(b / s), c_int = floor(c / s^2).
 */
void pass_lis_consts(int64_t es, int64_t *x0, int64_t *b, int64_t *c)
{
	const double a = 0.35815147, bb = 0.96963238 / a, cc = 1.0 / a;
	*x0 = (int64_t)floor(-0.6931 * ldexp(1.0, (int)-es));
	*b = (int64_t)floor(bb * ldexp(1.0, (int)-es));
	*c = (int64_t)floor(cc * ldexp(1.0, (int)(-2 * es)));
}

/*
 * 0 when rows of L exponentials, each at most c_int 2^PASS_LIS_N, sum
 * below 2^61 (and c_int >= 1; R = (2 S + e) / 2e then fits), else -1.
 */
int pass_lis_check(int64_t es, int64_t L)
{
	int64_t x0, b, c;
	if (es < -24 || es > 24 || L < 1)
		return -1;
	pass_lis_consts(es, &x0, &b, &c);
	return c >= 1 && c <= (((int64_t)1 << 61) >> PASS_LIS_N) / L ? 0 : -1;
}

/* log2(sqrt(d)) for d a power of 4, else -1. */
int pass_qattn_log2_sqrt(int64_t d)
{
	for (int s = 0; s < 31; s++)
		if (d == (int64_t)1 << (2 * s))
			return s;
	return -1;
}

/*
 * qattn_scores qkv[N, L, 3D] -> i8 [N, H, L, L]; qsoftmax keeps the shape
 * (i8 codes); qattn_pv codes[N, H, L, L], qkv[N, L, 3D] -> i8 [N, L, D].
 */
static int infer_attention(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	int64_t L = 0, D = 0, d = 0, H;
	char want[96];
	*dt = DT_I8;
	if (n->op == OP_QSOFTMAX) {
		const Shape *x = &n->in[0]->shape;
		if (x->rank < 1 || ir_dim_is_batch(x->d[x->rank - 1]))
			return shape_err(g, n, 0, "[..., L] with L fixed", err);
		return 0;
	}
	H = ir_node_attr(n, "num_heads")->i;
	if (qkv_shape(g, n, n->op == OP_QATTN_PV ? 1 : 0, &L, &D, &d, err))
		return -1;
	const Shape *q = &n->in[n->op == OP_QATTN_PV ? 1 : 0]->shape;
	if (n->op == OP_QATTN_SCORES) {
		*out = (Shape){.rank = 4, .d = {q->d[0], H, L, L}};
		return 0;
	}
	const Shape *c = &n->in[0]->shape;
	snprintf(want, sizeof(want), "[N,%" PRId64 ",%" PRId64 ",%" PRId64 "]", H, L, L);
	if (c->rank != 4 || c->d[0] != q->d[0] || c->d[1] != H || c->d[2] != L || c->d[3] != L)
		return shape_err(g, n, 0, want, err);
	*out = (Shape){.rank = 3, .d = {q->d[0], L, D}};
	return 0;
}

/* Is input "i" of "n" absent or of shape [a] (b < 0) or [a, b]? */
static int shape_is(const Node *n, int i, int64_t a, int64_t b)
{
	const Shape *s = n->in[i] ? &n->in[i]->shape : NULL;
	return !s || (b < 0 ? s->rank == 1 && s->d[0] == a
	                    : s->rank == 2 && s->d[0] == a && s->d[1] == b);
}

/*
 * qmoe2_linear x[..., K], router wr[2, K], ewr[2], br?[2], mult expert
 * w0[M, K], ew0[M], b0?[M], shift expert w1[M, K], b1?[M] -> i8 [..., M].
 */
static int infer_moe(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	const Shape *x = &n->in[0]->shape, *w0 = &n->in[4]->shape;
	char want[96];
	if (x->rank < 1 || ir_dim_is_batch(x->d[x->rank - 1]))
		return shape_err(g, n, 0, "[..., K] with K fixed", err);
	int64_t K = x->d[x->rank - 1];
	if (w0->rank != 2 || w0->d[1] != K || ir_dim_is_batch(w0->d[0])) {
		snprintf(want, sizeof(want), "[M,%" PRId64 "]", K);
		return shape_err(g, n, 4, want, err);
	}
	int64_t M = w0->d[0];
	static const int idx[7] = {1, 2, 3, 5, 6, 7, 8};
	for (int t = 0; t < 7; t++) {
		int i = idx[t];
		int64_t a = i <= 3 ? 2 : M, b = i == 1 || i == 7 ? K : -1;
		if (i < n->n_in && !shape_is(n, i, a, b)) {
			if (b < 0)
				snprintf(want, sizeof(want), "[%" PRId64 "]", a);
			else
				snprintf(want, sizeof(want), "[%" PRId64 ",%" PRId64 "]", a, b);
			return shape_err(g, n, i, want, err);
		}
	}
	*out = *x;
	out->d[x->rank - 1] = M;
	*dt = DT_I8;
	return 0;
}

/*
 * qhamming_attention q codes [N, H, L, nbits], k codes [N, H, S, nbits]
 * (nbits <= 32, S < 2^16: the row sums of 2^15-scaled weights fit i32),
 * v [N, S, D] (D a multiple of H), table [2 nbits + 1] -> i8 [N, L, D].
 */
static int infer_qhamming(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	const Shape *q = &n->in[0]->shape, *k = &n->in[1]->shape, *v = &n->in[2]->shape;
	int64_t H = ir_node_attr(n, "num_heads")->i;
	char want[96];
	if (q->rank != 4 || q->d[1] != H || ir_dim_is_batch(q->d[2]) || q->d[3] < 1 || q->d[3] > 32)
		return shape_err(g, n, 0, "[N, num_heads, L, nbits] with nbits <= 32", err);
	snprintf(want, sizeof(want), "[N,%" PRId64 ",S,%" PRId64 "] with S < 65536", H, q->d[3]);
	if (k->rank != 4 || k->d[0] != q->d[0] || k->d[1] != H || ir_dim_is_batch(k->d[2]) ||
	    k->d[2] >= 65536 || k->d[3] != q->d[3])
		return shape_err(g, n, 1, want, err);
	snprintf(want, sizeof(want), "[N,%" PRId64 ",D] with D a multiple of %" PRId64, k->d[2], H);
	if (v->rank != 3 || v->d[0] != q->d[0] || v->d[1] != k->d[2] || ir_dim_is_batch(v->d[2]) ||
	    v->d[2] % H)
		return shape_err(g, n, 2, want, err);
	snprintf(want, sizeof(want), "[%" PRId64 "]", 2 * q->d[3] + 1);
	if (!shape_is(n, 3, 2 * q->d[3] + 1, -1))
		return shape_err(g, n, 3, want, err);
	*out = (Shape){.rank = 3, .d = {q->d[0], q->d[2], v->d[2]}};
	*dt = DT_I8;
	return 0;
}

/*
 * qconv1d_tokens x [N, T, C], w [G, 1, k] (G dividing C, k <= 4096: the
 * i32 accumulator holds 128 * 127 * k + |b|), exponents [G], bias? [C]
 * -> i8 [N, T + 2p - k + 1, C].
 */
static int infer_qconv1d(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	const Shape *x = &n->in[0]->shape, *w = &n->in[1]->shape;
	const Attr *pa = ir_node_attr(n, "padding");
	int64_t p = pa ? pa->i : 0;
	char want[96];
	if (x->rank != 3 || ir_dim_is_batch(x->d[1]) || ir_dim_is_batch(x->d[2]))
		return shape_err(g, n, 0, "[N, T, C]", err);
	int64_t T = x->d[1], C = x->d[2];
	snprintf(want, sizeof(want), "[G,1,k] with G dividing %" PRId64 ", 1 <= k <= 4096", C);
	if (w->rank != 3 || w->d[0] < 1 || C % w->d[0] || w->d[1] != 1 || w->d[2] < 1 ||
	    w->d[2] > 4096)
		return shape_err(g, n, 1, want, err);
	snprintf(want, sizeof(want), "[%" PRId64 "]", w->d[0]);
	if (!shape_is(n, 2, w->d[0], -1))
		return shape_err(g, n, 2, want, err);
	snprintf(want, sizeof(want), "[%" PRId64 "]", C);
	if (n->n_in > 3 && n->in[3] && !shape_is(n, 3, C, -1))
		return shape_err(g, n, 3, want, err);
	if (T + 2 * p < w->d[2])
		return pass_node_err(err, g, n, "kernel %" PRId64 " does not fit %" PRId64
		                     " tokens with padding %" PRId64, w->d[2], T, p);
	*out = (Shape){.rank = 3, .d = {x->d[0], T + 2 * p - w->d[2] + 1, C}};
	*dt = DT_I8;
	return 0;
}

/*
 * qmatadd_l2norm's bound: |O| <= B_O = 128 |A| + 128 |B| nbits S (v int8,
 * kv sums of S of them, nbits of those per output); the squares' row sum
 * d B_O^2 and the rounding numerator B_O 2^(1 - eo) must stay within 2^62.
 */
int pass_ql2norm_fits(int64_t A, int64_t B, int64_t nbits, int64_t S, int64_t d, int64_t eo)
{
	const int64_t lim = (int64_t)1 << 62;
	if (A < 0)
		A = -A;
	if (B < 0)
		B = -B;
	if (nbits > 32 || S >= ((int64_t)1 << 16) || d < 1 || eo > 0 || eo < -30)
		return 0;
	int64_t bo = 128 * A + 128 * B * nbits * S;          /* < 2^7 2^24 2^5 2^16: no overflow */
	return bo <= (lim >> (1 - eo)) && bo <= ((int64_t)1 << 31) && bo * bo <= lim / d;
}

/*
 * qmatadd_l2norm key codes [N, H, S, nbits], query codes [N, H, L, nbits]
 * (nbits <= 32), v [N, S, D] (D a multiple of H; L = S: v is also read per
 * query) -> i8 [N, L, D], where the int64 bound of pass_ql2norm_fits holds.
 */
static int infer_ql2norm(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	const Shape *kc = &n->in[0]->shape, *qc = &n->in[1]->shape, *v = &n->in[2]->shape;
	int64_t H = ir_node_attr(n, "num_heads")->i;
	char want[96];
	snprintf(want, sizeof(want), "[N,%" PRId64 ",S,nbits] with nbits <= 32, S < 65536", H);
	if (kc->rank != 4 || kc->d[1] != H || ir_dim_is_batch(kc->d[2]) || kc->d[2] >= 65536 ||
	    kc->d[3] < 1 || kc->d[3] > 32)
		return shape_err(g, n, 0, want, err);
	snprintf(want, sizeof(want), "[N,%" PRId64 ",%" PRId64 ",%" PRId64 "]", H, kc->d[2],
	         kc->d[3]);
	if (qc->rank != 4 || qc->d[0] != kc->d[0] || qc->d[1] != H || qc->d[2] != kc->d[2] ||
	    qc->d[3] != kc->d[3])
		return shape_err(g, n, 1, want, err);
	snprintf(want, sizeof(want), "[N,%" PRId64 ",D] with D a multiple of %" PRId64, kc->d[2], H);
	if (v->rank != 3 || v->d[0] != kc->d[0] || v->d[1] != kc->d[2] || ir_dim_is_batch(v->d[2]) ||
	    v->d[2] % H)
		return shape_err(g, n, 2, want, err);
	if (!pass_ql2norm_fits(ir_node_attr(n, "alpha_q")->i, ir_node_attr(n, "beta_q")->i,
	                       kc->d[3], kc->d[2], v->d[2] / H, ir_node_attr(n, "out_exponent")->i))
		return pass_node_err(err, g, n, "alpha_q %" PRId64 ", beta_q %" PRId64 " with %" PRId64
		                     " bits, %" PRId64 " tokens, head size %" PRId64 ": the sums "
		                     "could leave int64 (smaller constants)",
		                     ir_node_attr(n, "alpha_q")->i, ir_node_attr(n, "beta_q")->i,
		                     kc->d[3], kc->d[2], v->d[2] / H);
	*out = (Shape){.rank = 3, .d = {v->d[0], v->d[1], v->d[2]}};
	*dt = DT_I8;
	return 0;
}

/*
 * Output shape and dtype: the channel ops above keep the shape; qlinear
 * x[...,K], w[M,K], exponents[M], bias?[M] -> [...,M], i8 with
 * "out_exponent", else f32.  Input dtypes were checked by the caller.
 */
int pass_qop_infer(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err)
{
	const Shape *x = &n->in[0]->shape;
	char want[96];
	*out = *x;
	if (n->op == OP_QLUT) {
		const Shape *t = &n->in[1]->shape;
		if (t->rank != 1 || t->d[0] != 256)
			return shape_err(g, n, 1, "[256]", err);
		*dt = DT_I8;
		return 0;
	}
	if (n->op == OP_QATTN_SCORES || n->op == OP_QSOFTMAX || n->op == OP_QATTN_PV)
		return infer_attention(g, n, out, dt, err);
	if (n->op == OP_QMOE2_LINEAR)
		return infer_moe(g, n, out, dt, err);
	if (n->op == OP_QHAMMING_ATTENTION)
		return infer_qhamming(g, n, out, dt, err);
	if (n->op == OP_QCONV1D_TOKENS)
		return infer_qconv1d(g, n, out, dt, err);
	if (n->op == OP_QMATADD_L2NORM)
		return infer_ql2norm(g, n, out, dt, err);
	if (n->op != OP_QLINEAR && n->op != OP_QSHIFT_LINEAR)
		return infer_channels(g, n, dt, err);
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

/*
 * qshift_linear's int8 and int16 forms (docs/quantization.md "ShiftAdd
 * models"): with u = ex + 16 >= 0, X_k >> sh = x_k << (u - sh) where sh <=
 * u, and the floor x_k >> (sh - u) where sh > u, so Y_j = B_j + sum_k x_k
 * w'_jk + sum_c sum_k (x_k >> c) t^c_jk with w' = s 2^(u - sh) (sh <= u) and
 * t^c = s (sh - u = c): one product over the input and its floored copies
 * (all int8), when every w' fits the weights' "bits" (u - sh <= bits - 2:
 * 6 for int8, 14 for int16) and no partial sum can leave i32 (128 sum |w'|
 * + |B| < 2^31 per row).  Sets cs[0..*n_cs - 1], the distinct floors c >= 1
 * (ascending), and with "wq" the weights [M][K'] (segment 0: x, segment s:
 * x >> cs[s - 1], zero padding); returns K' = K (1 + n_cs) rounded up to a
 * multiple of 4, or -1 with *why set.
 */
int64_t pass_qshift_mul_plan(const uint8_t *codes, const void *bias, int64_t M, int64_t K,
                             int64_t ex, int bits, int *cs, int *n_cs, int16_t *wq,
                             const char **why)
{
	int64_t u = ex + 16, seg[16] = {0};
	int used[16] = {0};
	if (u < 0)
		return *why = "the input is below Q16.16's resolution (x_exponent < -16)", -1;
	for (int64_t i = 0; i < M * K; i++) {
		int sh = codes[i] & 15;
		if (sh == 15)
			continue;
		if (sh <= u && u - sh > bits - 2)
			return *why = bits == 8 ? "a weight times 2^(x_exponent + 16) does not fit int8"
			                        : "a weight times 2^(x_exponent + 16) does not fit int16", -1;
		if (sh > u)
			used[sh - u] = 1;
	}
	*n_cs = 0;
	for (int c = 1; c < 16; c++)
		if (used[c]) {
			seg[c] = ++*n_cs;
			cs[*n_cs - 1] = c;
		}
	int64_t Kp = (K * (1 + *n_cs) + 3) / 4 * 4;
	for (int64_t j = 0; j < M; j++) {
		int32_t bj = 0;
		if (bias)   /* i32 weight data need not be 4-byte aligned in the file */
			memcpy(&bj, (const unsigned char *)bias + 4 * j, 4);
		int64_t s = llabs((long long)bj);
		for (int64_t k = 0; k < K; k++) {
			int c = codes[j * K + k], sh = c & 15;
			int v = sh == 15 ? 0 : (c >> 4) & 1 ? -1 : 1;
			int64_t col = sh == 15 || sh <= u ? k : seg[sh - u] * K + k;
			if (v && sh <= u)
				v *= 1 << (u - sh);
			s += 128 * (int64_t)abs(v);
			if (wq) {
				if (!k)
					memset(wq + j * Kp, 0, sizeof(*wq) * (size_t)Kp);
				wq[j * Kp + col] = (int16_t)v;
			}
		}
		if (s >= ((int64_t)1 << 31))
			return *why = bits == 8 ? "its int8 products could leave int32"
			                        : "its int16 products could leave int32", -1;
	}
	return Kp;
}
