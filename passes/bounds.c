/*
 * bounds.c - value-range analysis: for every tensor an upper bound on
 * |element| that holds for ANY graph input, or +inf where none is known.
 *
 * What it is for: a shift linear accumulates Σ ±(X_k >> s) over Q16.16
 * inputs; 32-bit accumulators (twice the vector lanes of 64-bit ones) are
 * safe only where the sum provably fits (shiftaddvit.md, ShiftLinear), and
 * lower/shiftadd.c asks this pass.  The bounds come from the ops that cap
 * their output whatever their input is: layer_norm (|x̂| ≤ √(D−1), so
 * |y| ≤ √(D−1)·max|γ| + max|β|), softmax, l2norm, tanh/erf; linear maps
 * then propagate them with their weights (max over rows of Σ|w| times the
 * input bound, plus max|b|).  In a pre-norm ViT every linear reads a
 * layer_norm output or something derived from one by such maps, so its
 * bound is finite; the residual stream, which is not capped, is never a
 * linear's input.
 *
 * The bounds are exact-arithmetic bounds; float rounding moves results by a
 * few ulps, which the consumer covers with a factor-2 margin.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

/* f32 element i of weight "w" (which has data). */
static double wf(const Tensor *w, int64_t i)
{
	float f;
	memcpy(&f, (const unsigned char *)w->data + 4 * i, 4);
	return f;
}

static int has_f32_data(const Tensor *t)
{
	return t && t->kind == TK_WEIGHT && t->dtype == DT_F32 && t->data;
}

static double max_abs(const Tensor *t)
{
	int64_t n;
	if (!has_f32_data(t) || ir_shape_numel(&t->shape, 1, &n))
		return INFINITY;
	double m = 0;
	for (int64_t i = 0; i < n; i++)
		m = fmax(m, fabs(wf(t, i)));
	return m;
}

/* max over rows of Σ|w| for a weight viewed as [rows][numel/rows]. */
static double max_row_l1(const Tensor *w, int64_t rows)
{
	int64_t n;
	if (!has_f32_data(w) || ir_shape_numel(&w->shape, 1, &n) || rows <= 0 || n % rows)
		return INFINITY;
	double best = 0;
	for (int64_t r = 0, k = n / rows; r < rows; r++) {
		double s = 0;
		for (int64_t i = 0; i < k; i++)
			s += fabs(wf(w, r * k + i));
		best = fmax(best, s);
	}
	return best;
}

/* The same for pot5 weights [M][K]: Σ 2^p over nonzero codes. */
static double max_row_l1_pot5(const Tensor *w)
{
	if (!w || w->dtype != DT_POT5 || !w->data || w->shape.rank != 2)
		return INFINITY;
	const unsigned char *c = w->data;
	int64_t M = w->shape.d[0], K = w->shape.d[1];
	double best = 0;
	for (int64_t j = 0; j < M; j++) {
		double s = 0;
		for (int64_t k = 0; k < K; k++)
			if ((c[j * K + k] & 15) != 15)
				s += ldexp(1.0, -(c[j * K + k] & 15));
		best = fmax(best, s);
	}
	return best;
}

/* The bound of an optional input "t" (0 when absent). */
static double tb(const double *bd, const Tensor *t)
{
	return t ? bd[t->id] : 0;
}

/* A linear map: the rows of "w" (f32 or pot5, [rows][...]) times "x", plus bias "b". */
static double affine(const double *bd, const Tensor *w, double x, const Tensor *b)
{
	if (w->dtype == DT_POT5)  /* Q16.16 floors of x and b: at most one step each */
		return max_row_l1_pot5(w) * (x + ldexp(1.0, -16)) + tb(bd, b) + ldexp(1.0, -16);
	return max_row_l1(w, w->shape.d[0]) * x + tb(bd, b);
}

/* Bound of one node's output from the bounds "bd" of its inputs. */
static double node_bound(const Node *n, const double *bd)
{
	const Tensor *const *in = (const Tensor *const *)n->in;
#define B(i) tb(bd, in[i])
	switch (n->op) {
	case OP_LAYER_NORM: {
		const Attr *a = ir_node_attr(n, "axes");
		int k = a ? (int)a->i : 1;
		const Shape *s = &in[0]->shape;
		double cnt = 1;
		for (int i = s->rank - k; i < s->rank; i++)
			cnt *= s->d[i] == IR_DIM_N ? INFINITY : (double)s->d[i];
		double g = n->n_in > 1 && in[1] ? B(1) : 1;
		return sqrt(fmax(cnt - 1, 0)) * g + (n->n_in > 2 ? B(2) : 0);
	}
	case OP_SOFTMAX: case OP_TANH: case OP_ERF: case OP_L2NORM_HEADS: case OP_NORMALIZE:
	case OP_KSH_HASH: case OP_BINARIZE: case OP_SIGMOID: case OP_HARDSIGMOID:
		return 1;
	case OP_SILU:
		return fmax(B(0), 0.28);  /* silu(x) ≥ −0.279, and ≤ x for x > 0 */
	case OP_HARDSWISH:
		return fmax(B(0), 0.375); /* hardswish(x) ≥ −0.375, and ≤ x for x > 0 */
	case OP_EXP:
		return exp(B(0));
	case OP_SQRT:
		return sqrt(B(0));
	case OP_GELU:
		return fmax(B(0), 0.17);  /* gelu(x) ≥ −0.17, and ≤ x for x > 0 */
	case OP_RELU: case OP_RESHAPE: case OP_TRANSPOSE: case OP_EXPAND: case OP_SLICE:
	case OP_SELECT: case OP_MEAN: case OP_ROLL: case OP_MAX: case OP_GATHER: case OP_UNFOLD:
		return B(0);
	case OP_PAD:
		return fmax(B(0), fabs(pass_attr_number(n, "value", 0)));
	case OP_FOLD: {  /* each output sums at most kh kw input elements */
		const Attr *ka = ir_node_attr(n, "kernel");
		return ka && ka->n == 2 ? B(0) * (double)ka->ints[0] * (double)ka->ints[1] : INFINITY;
	}
	case OP_CONCAT: {
		double m = 0;
		for (int i = 0; i < n->n_in; i++)
			m = fmax(m, B(i));
		return m;
	}
	case OP_ADD: case OP_SUB: {
		const Attr *sc = ir_node_attr(n, "scalar");
		return B(0) + (n->n_in > 1 ? B(1) : sc ? fabs(sc->f) : INFINITY);
	}
	case OP_MUL: {
		const Attr *sc = ir_node_attr(n, "scalar");
		return B(0) * (n->n_in > 1 ? B(1) : sc ? fabs(sc->f) : INFINITY);
	}
	case OP_DIV: {
		const Attr *sc = ir_node_attr(n, "scalar");
		return n->n_in == 1 && sc && sc->f != 0 ? B(0) / fabs(sc->f) : INFINITY;
	}
	case OP_LINEAR: case OP_SHIFT_LINEAR: case OP_CONV2D: case OP_CONV1D_TOKENS:
		return affine(bd, in[1], B(0), n->n_in > 2 ? in[2] : NULL);
	case OP_MATMUL: {
		const Shape *a = &in[0]->shape;
		return B(0) * B(1) * (double)a->d[a->rank - 1];
	}
	case OP_MATADD_KTV:  /* a sum over the L tokens of the codes */
		return B(1) * (double)in[0]->shape.d[2];
	case OP_MATADD_QKV: {
		const Attr *al = ir_node_attr(n, "alpha"), *be = ir_node_attr(n, "beta");
		double nbits = (double)in[0]->shape.d[3];
		return fabs(al ? al->f : 0) * B(2) + fabs(be ? be->f : 0) * nbits * B(1);
	}
	case OP_HAMMING_ATTENTION:  /* rows of softmax weights average v */
		return B(2);
	case OP_MOE2_LINEAR:
		return fmax(affine(bd, in[3], B(0), in[4]),
		            affine(bd, in[5], B(0), n->n_in > 6 ? in[6] : NULL));
	default:
		return INFINITY;
	}
#undef B
}

/*
 * Only shift linears (and the MoE's), normalize and mean/max read bounds
 * (lower/shiftadd.c, lower/norm.c).  Without them the analysis, which
 * reads every weight, is skipped: in a dense ViT it was most of a
 * one-layer re-compile's graph stage (DeiT-Small: 0.1 s of 88 MB).
 */
static int bounds_wanted(const Graph *g)
{
	for (int i = 0; i < g->n_nodes; i++) {
		OpKind op = g->nodes[i]->op;
		if (op == OP_SHIFT_LINEAR || op == OP_MOE2_LINEAR || op == OP_NORMALIZE ||
		    op == OP_MEAN || op == OP_MAX)
			return 1;
	}
	return 0;
}

double *pass_value_bounds(const Graph *g)
{
	double *bd = xmalloc(sizeof(double) * (size_t)(g->n_tensors + 1));
	if (!bounds_wanted(g)) {
		for (int i = 0; i < g->n_tensors; i++)
			bd[i] = INFINITY;
		return bd;
	}
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		bd[i] = t->kind == TK_WEIGHT ? max_abs(t) : INFINITY;
	}
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		double b = node_bound(n, bd);
		bd[n->out[0]->id] = isnan(b) ? INFINITY : b;
	}
	return bd;
}
