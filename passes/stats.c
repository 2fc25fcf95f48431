/*
 * stats.c - graph statistics for `vitc inspect`: nodes per op, multiply-
 * accumulates per op (docs/graph-format.md, "MACs", with N = 1), the
 * number and bytes of parameters and of all weights, and the paper's
 * accounting of multiplications, additions, shifts and popcounts per layer
 * (docs/graph-format.md, "Operation counts").
 */
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

static int64_t sat_mul(int64_t a, int64_t b)
{
	int64_t r;
	return __builtin_mul_overflow(a, b, &r) ? INT64_MAX : r;
}

static int64_t sat_add(int64_t a, int64_t b)
{
	int64_t r;
	return __builtin_add_overflow(a, b, &r) ? INT64_MAX : r;
}

static uint64_t sat_add_u64(uint64_t a, uint64_t b)
{
	uint64_t r;
	return add_u64(a, b, &r) ? UINT64_MAX : r;
}

/* Whether "t" is present and has a shape of at least "rank" dimensions. */
static int known(const Tensor *t, int rank)
{
	return t && (t->kind != TK_VALUE || t->shape_known) && t->shape.rank >= rank;
}

/* Dimension "i" (negative: from the end) with N = 1 (N*k: k). */
static int64_t dim(const Tensor *t, int i)
{
	int64_t d = t->shape.d[i < 0 ? t->shape.rank + i : i];
	return ir_dim_is_batch(d) ? ir_dim_batch_factor(d) : d;
}

/* Elements of the node's output with N = 1 (0 if unknown). */
static int64_t out_numel(const Node *n)
{
	int64_t e;
	if (n->n_out < 1 || !known(n->out[0], 0) || ir_shape_numel(&n->out[0]->shape, 1, &e))
		return 0;
	return e;
}

/* Elements of tensor "t" with N = 1 (0 if absent or unknown). */
static int64_t numel_of(const Tensor *t)
{
	int64_t e;
	if (!known(t, 0) || ir_shape_numel(&t->shape, 1, &e))
		return 0;
	return e;
}

static int has(const Node *n, int i)
{
	return i < n->n_in && n->in[i];
}

/*
 * Rows and K of a linear-like node x[...,K] -> [...,M]: rows = numel(x)/K.
 * Returns 0 when the input is unknown.
 */
static int rows_k(const Node *n, int64_t *rows, int64_t *K)
{
	if (n->n_in < 1 || !known(n->in[0], 1))
		return 0;
	*K = dim(n->in[0], -1);
	*rows = *K ? numel_of(n->in[0]) / *K : 0;
	return 1;
}

/*
 * MACs of one node with N = 1: conv2d numel(out)·(C/g)·kh·kw,
 * conv1d_tokens numel(out)·k, linear and matmul numel(out)·K, attention
 * per image (L+2S)·D² for the input projections, L·D² for the output
 * projection and 2·L·S·D for the scores and their product with V.  The
 * ShiftAdd ops count only their true multiply-accumulates: ksh_hash
 * L·H·(m·d + nbits·m) per image (distances and projection),
 * hamming_attention L·S·D per image (probabilities times V), moe2_linear
 * the router (rows·2·K) and the mult expert's half of the tokens
 * (floor(rows/2)·M·K); shift_linear, the MatAdds, binarize and
 * l2norm_heads none.
 */
static int64_t node_macs(const Node *n)
{
	Tensor *const *in = n->in;

	if (pass_is_shiftadd_op(n->op) && (n->n_out < 1 || !known(n->out[0], 0)))
		return 0;
	switch (n->op) {
	case OP_KSH_HASH: {
		if (n->n_in < 4 || !known(in[0], 3) || !known(in[3], 3))
			return 0;
		int64_t H = dim(in[3], 0), nbits = dim(in[3], 1), m = dim(in[3], 2);
		int64_t d = H ? dim(in[0], 2) / H : 0;
		int64_t per = sat_add(sat_mul(m, d), sat_mul(nbits, m));
		return sat_mul(sat_mul(dim(in[0], 0), dim(in[0], 1)), sat_mul(H, per));
	}
	case OP_HAMMING_ATTENTION:
	case OP_QHAMMING_ATTENTION:
		if (n->n_in < 3 || !known(in[0], 4) || !known(in[2], 3))
			return 0;
		return sat_mul(dim(in[2], 0), sat_mul(sat_mul(dim(in[0], 2), dim(in[2], 1)),
		                                      dim(in[2], 2)));
	case OP_MOE2_LINEAR: {
		int64_t R, K;
		if (!rows_k(n, &R, &K) || n->n_in < 4 || !known(in[3], 2))
			return 0;
		return sat_add(sat_mul(R, sat_mul(2, K)), sat_mul(R / 2, sat_mul(dim(in[3], 0), K)));
	}
	case OP_QMOE2_LINEAR: {
		int64_t R, K;
		if (!rows_k(n, &R, &K) || n->n_in < 5 || !known(in[4], 2))
			return 0;
		return sat_add(sat_mul(R, sat_mul(2, K)), sat_mul(R / 2, sat_mul(dim(in[4], 0), K)));
	}
	case OP_CONV2D:
		if (n->n_in < 2 || !known(in[1], 4))
			return 0;
		return sat_mul(out_numel(n), sat_mul(dim(in[1], 1), sat_mul(dim(in[1], 2), dim(in[1], 3))));
	case OP_CONV1D_TOKENS:
	case OP_QCONV1D_TOKENS:   /* int8 MACs */
		if (n->n_in < 2 || !known(in[1], 3))
			return 0;
		return sat_mul(out_numel(n), dim(in[1], 2));
	case OP_LINEAR:
	case OP_QLINEAR:   /* int8 MACs */
		if (n->n_in < 2 || !known(in[1], 2))
			return 0;
		return sat_mul(out_numel(n), dim(in[1], 1));
	case OP_QATTN_SCORES:   /* int8 MACs of q kT: d per score */
		if (!known(in[0], 3) || !known(n->out[0], 4) || dim(n->out[0], 1) < 1)
			return 0;
		return sat_mul(out_numel(n), dim(in[0], 2) / 3 / dim(n->out[0], 1));
	case OP_MATMUL:
		if (n->n_in < 1 || !known(in[0], 2))
			return 0;
		return sat_mul(out_numel(n), dim(in[0], -1));
	case OP_ATTENTION: {
		if (n->n_in < 2 || !known(in[0], 3) || !known(in[1], 3) || !known(n->out[0], 3))
			return 0;
		int64_t B = dim(in[0], 0), L = dim(in[0], 1), D = dim(in[0], 2), S = dim(in[1], 1);
		int64_t dd = sat_mul(D, D);
		int64_t in_proj = sat_mul(L + 2 * S, dd), out_proj = sat_mul(L, dd);
		int64_t core = sat_mul(2, sat_mul(L, sat_mul(S, D)));
		return sat_mul(B, sat_add(sat_add(in_proj, out_proj), core));
	}
	default:
		return 0;
	}
}

void pass_graph_stats(const Graph *g, GraphStats *st)
{
	memset(st, 0, sizeof(*st));
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		int64_t numel;
		uint64_t bytes;
		if (t->kind != TK_WEIGHT)
			continue;
		if (ir_shape_numel(&t->shape, 1, &numel) ||
		    ir_shape_bytes(&t->shape, t->dtype, 1, &bytes))
			numel = 0, bytes = 0;
		st->n_weights++;
		st->weight_bytes = sat_add_u64(st->weight_bytes, bytes);
		if (t->role == ROLE_PARAMETER) {
			st->n_params = sat_add(st->n_params, numel);
			st->param_bytes = sat_add_u64(st->param_bytes, bytes);
		}
	}
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		int64_t macs = node_macs(n);
		st->nodes_per_op[n->op]++;
		st->macs_per_op[n->op] = sat_add(st->macs_per_op[n->op], macs);
		st->macs_total = sat_add(st->macs_total, macs);
	}
}

/* ---- operation counts: the paper's accounting (graph-format.md) ---- */

static void count(OpCounts *c, int64_t mults, int64_t adds, int64_t shifts, int64_t pops)
{
	c->mults = sat_add(c->mults, mults);
	c->adds = sat_add(c->adds, adds);
	c->shifts = sat_add(c->shifts, shifts);
	c->popcounts = sat_add(c->popcounts, pops);
}

/* out·K multiplications and out·(K-1+bias) additions: a dot product per output. */
static void count_dots(OpCounts *c, int64_t out, int64_t K, int bias)
{
	if (out <= 0 || K <= 0)
		return;
	count(c, sat_mul(out, K), sat_mul(out, K - 1 + bias), 0, 0);
}

/* The same dot products with every multiplication a shift (shift_linear). */
static void count_shift_dots(OpCounts *c, int64_t out, int64_t K, int bias)
{
	if (out <= 0 || K <= 0)
		return;
	count(c, 0, sat_mul(out, K - 1 + bias), sat_mul(out, K), 0);
}

/* Softmax over "e" elements: subtract the max and sum (2 adds), scale by 1/sum. */
static void count_softmax(OpCounts *c, int64_t e)
{
	count(c, e, sat_mul(2, e), 0, 0);
}

typedef struct {
	int64_t B, H, L, S, d, D, nbits;
} HeadDims;

/*
 * Dimensions of the head-split ShiftAdd ops with N = 1, from the codes
 * input "ci" ([B,H,L,nbits]) and the token input "vi" ([B,S,H·d]).
 */
static int head_dims(const Node *n, int ci, int vi, HeadDims *h)
{
	if (n->n_in <= ci || n->n_in <= vi || !known(n->in[ci], 4) || !known(n->in[vi], 3))
		return 0;
	h->B = dim(n->in[ci], 0);
	h->H = dim(n->in[ci], 1);
	h->L = dim(n->in[ci], 2);
	h->nbits = dim(n->in[ci], 3);
	h->S = dim(n->in[vi], 1);
	h->D = dim(n->in[vi], 2);
	h->d = h->H ? h->D / h->H : 0;
	return 1;
}

/* Counts of one node with N = 1; the formulas are in graph-format.md. */
void pass_node_counts(const Node *n, OpCounts *c)
{
	Tensor *const *in = n->in;
	int64_t e = out_numel(n), R, K;
	HeadDims h;

	memset(c, 0, sizeof(*c));
	if (n->n_out < 1 || !known(n->out[0], 0))
		return;   /* shapes not inferred: nothing counted */
	switch (n->op) {
	case OP_CONV2D:
		if (n->n_in >= 2 && known(in[1], 4))
			count_dots(c, e, sat_mul(dim(in[1], 1), sat_mul(dim(in[1], 2), dim(in[1], 3))),
			           has(n, 2));
		break;
	case OP_CONV1D_TOKENS:
		if (n->n_in >= 2 && known(in[1], 3))
			count_dots(c, e, dim(in[1], 2), has(n, 2));
		break;
	case OP_QCONV1D_TOKENS:   /* the taps, the bias, one requantization per output */
		if (n->n_in >= 2 && known(in[1], 3))
			count_dots(c, e, dim(in[1], 2), has(n, 3));
		break;
	case OP_LINEAR:
		if (n->n_in >= 2 && known(in[1], 2))
			count_dots(c, e, dim(in[1], 1), has(n, 2));
		break;
	case OP_QLINEAR:
		if (n->n_in >= 2 && known(in[1], 2))
			count_dots(c, e, dim(in[1], 1), has(n, 3));
		break;
	case OP_QATTN_SCORES:   /* q kT per head: d multiply-adds per score */
		if (known(in[0], 3) && known(n->out[0], 4) && dim(n->out[0], 1) >= 1)
			count_dots(c, e, dim(in[0], 2) / 3 / dim(n->out[0], 1), 0);
		break;
	case OP_QATTN_PV:       /* P V by shifts: a shift and an add per key and output */
		if (known(in[0], 4))
			count(c, 0, sat_mul(e, dim(in[0], 3) - 1), sat_mul(e, dim(in[0], 3)), 0);
		break;
	case OP_QADD:
		count(c, 0, e, 0, 0);
		break;
	case OP_MATMUL:
		if (known(in[0], 2))
			count_dots(c, e, dim(in[0], -1), 0);
		break;
	case OP_SHIFT_LINEAR:
	case OP_QSHIFT_LINEAR:
		if (n->n_in >= 2 && known(in[1], 2))
			count_shift_dots(c, e, dim(in[1], 1), has(n, 2));
		break;
	case OP_ATTENTION: {
		if (n->n_in < 2 || !known(in[0], 3) || !known(in[1], 3))
			break;
		int64_t B = dim(in[0], 0), L = dim(in[0], 1), D = dim(in[0], 2), S = dim(in[1], 1);
		int64_t H = pass_attr_int(n, "num_heads", 1), d = H > 0 ? D / H : 0;
		OpCounts one = {0};
		count_dots(&one, sat_mul(L + 2 * S, D), D, has(n, 4));  /* q, k, v projections */
		count(&one, sat_mul(L, D), 0, 0, 0);                     /* q scaled by 1/sqrt(d) */
		count_dots(&one, sat_mul(H, sat_mul(L, S)), d, 0);       /* scores */
		count_softmax(&one, sat_mul(H, sat_mul(L, S)));
		count_dots(&one, sat_mul(L, D), S, 0);                   /* probabilities times V */
		count_dots(&one, sat_mul(L, D), D, has(n, 6));           /* output projection */
		count(c, sat_mul(B, one.mults), sat_mul(B, one.adds), 0, 0);
		break;
	}
	case OP_ADD:
	case OP_SUB:
		count(c, 0, e, 0, 0);
		break;
	case OP_MUL:
	case OP_DIV:
		count(c, e, 0, 0, 0);
		break;
	case OP_LAYER_NORM:
		count(c, sat_mul(2 + has(n, 1), e), sat_mul(3 + has(n, 2), e), 0, 0);
		break;
	case OP_SOFTMAX:
		count_softmax(c, e);
		break;
	case OP_GELU:
		if (!strcmp(pass_attr_string(n, "approximate", "none"), "tanh"))
			count(c, sat_mul(6, e), sat_mul(2, e), 0, 0);
		else
			count(c, sat_mul(3, e), e, 0, 0);
		break;
	case OP_SIGMOID:      /* 1 / (1 + exp(−x)) */
	case OP_HARDSIGMOID:  /* clamp(x + 3, 0, 6) / 6 */
		count(c, e, e, 0, 0);
		break;
	case OP_SILU:         /* x · sigmoid(x) */
	case OP_HARDSWISH:    /* x · hardsigmoid(x) */
		count(c, sat_mul(2, e), e, 0, 0);
		break;
	case OP_MEAN: {
		int64_t ein = numel_of(in[0]);
		if (ein >= e)
			count(c, e, ein - e, 0, 0);
		break;
	}
	case OP_FOLD:  /* one add per input element (an upper bound: padding drops some) */
		count(c, 0, numel_of(in[0]), 0, 0);
		break;
	case OP_NORMALIZE: {
		/* per element a square and a scaling; per line C - 1 adds */
		int64_t ax = pass_attr_int(n, "axis", -1), C;
		int r = in[0]->shape.rank;
		if (ax < 0)
			ax += r;
		if (ax < 0 || ax >= r || !known(in[0], r) || (C = dim(in[0], (int)ax)) < 1)
			break;
		count(c, sat_mul(2, e), sat_mul(e / C, C - 1), 0, 0);
		break;
	}
	case OP_L2NORM_HEADS: {
		int64_t H = pass_attr_int(n, "num_heads", 1), D, d;
		if (!known(in[0], 3) || H < 1)
			break;
		D = dim(in[0], 2);
		d = D / H;
		/* per token and head: d squares, d-1 adds, d scalings */
		if (d > 0)
			count(c, sat_mul(2, e), sat_mul(e / d, d - 1), 0, 0);
		break;
	}
	case OP_KSH_HASH: {
		if (n->n_in < 4 || !known(in[0], 3) || !known(in[3], 3))
			break;
		int64_t H = dim(in[3], 0), nbits = dim(in[3], 1), m = dim(in[3], 2);
		int64_t d = H ? dim(in[0], 2) / H : 0;
		int64_t th = sat_mul(sat_mul(dim(in[0], 0), dim(in[0], 1)), H);  /* tokens x heads */
		if (d < 1 || m < 1)
			break;
		/* normalize 2d, distances m·d, 1/(2σ) m, projection nbits·m */
		int64_t mu = sat_add(sat_add(sat_mul(2, d), sat_mul(m, d)), sat_add(m, sat_mul(nbits, m)));
		/* norm d-1, distances m·(2d-1), σ sum m, minus mvec m, projection nbits·(m-1) */
		int64_t ad = sat_add(sat_add(d - 1, sat_mul(m, 2 * d - 1)),
		                     sat_add(sat_mul(2, m), sat_mul(nbits, m - 1)));
		count(c, sat_mul(th, mu), sat_mul(th, ad), 0, 0);
		break;
	}
	case OP_MATADD_KTV:
		/* kv_k = sum over the set bits of S tokens: at most S-1 adds per element */
		if (head_dims(n, 0, 1, &h) && h.S > 0)
			count(c, 0, sat_mul(sat_mul(h.B, h.H), sat_mul(sat_mul(h.nbits, h.d), h.S - 1)),
			      0, 0);
		break;
	case OP_MATADD_QKV:
		/* per output: alpha·v and beta·sum (2 mults), nbits-1 adds of kv rows + 1 */
		if (head_dims(n, 0, 2, &h))
			count(c, sat_mul(2, e), sat_mul(e, h.nbits), 0, 0);
		break;
	case OP_HAMMING_ATTENTION:
		if (head_dims(n, 0, 2, &h)) {
			int64_t sc = sat_mul(sat_mul(h.B, h.H), sat_mul(h.L, h.S));
			count(c, sc, sc, 0, sc);        /* popcounts; scale·(nbits - 2·p) */
			count_softmax(c, sc);
			count_dots(c, sat_mul(h.B, sat_mul(h.L, h.D)), h.S, 0);
		}
		break;
	case OP_QHAMMING_ATTENTION:
		/* popcounts, row max and table lookups, integer P.V, one division per output */
		if (head_dims(n, 0, 2, &h)) {
			int64_t sc = sat_mul(sat_mul(h.B, h.H), sat_mul(h.L, h.S));
			count(c, 0, sat_mul(3, sc), sc, sc);
			count_dots(c, sat_mul(h.B, sat_mul(h.L, h.D)), h.S, 0);
		}
		break;
	case OP_MOE2_LINEAR:
		if (rows_k(n, &R, &K) && n->n_in >= 4 && known(in[3], 2)) {
			int64_t M = dim(in[3], 0), r0 = R / 2, r1 = R - R / 2;
			count_dots(c, sat_mul(R, 2), K, has(n, 2));         /* router */
			count_dots(c, sat_mul(r0, M), K, has(n, 4));        /* mult expert */
			count_shift_dots(c, sat_mul(r1, M), K, has(n, 6));  /* shift expert */
		}
		break;
	case OP_QMOE2_LINEAR:   /* the same, int8 (inputs: x, router 1-3, mult 4-6, shift 7-8) */
		if (rows_k(n, &R, &K) && n->n_in >= 8 && known(in[4], 2)) {
			int64_t M = dim(in[4], 0), r0 = R / 2, r1 = R - R / 2;
			count_dots(c, sat_mul(R, 2), K, has(n, 3));
			count_dots(c, sat_mul(r0, M), K, has(n, 6));
			count_shift_dots(c, sat_mul(r1, M), K, has(n, 8));
		}
		break;
	default:
		break;   /* copies, relu, tanh, erf, exp, sqrt, rsqrt, binarize: not counted */
	}
}

/* Is component [b, e) of a node name one that ends in a digit ("3", "encoder_layer_3")? */
static int ends_in_digit(const char *b, const char *e)
{
	return e > b && e[-1] >= '0' && e[-1] <= '9';
}

size_t pass_node_layer(const char *name)
{
	const char *last = strrchr(name, '.');
	size_t best = 0;

	if (!last)
		return 0;
	for (const char *b = name, *e; b < last; b = e + 1) {
		e = strchr(b, '.');
		if (ends_in_digit(b, e))
			best = (size_t)(e - name);
	}
	return best;
}

void pass_graph_counts(const Graph *g, GraphCounts *gc)
{
	OpCounts other = {0};
	int cap = 0, any_other = 0;

	memset(gc, 0, sizeof(*gc));
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		OpCounts c;
		size_t len = pass_node_layer(n->name);
		OpCounts *dst = &other;

		pass_node_counts(n, &c);
		count(&gc->total, c.mults, c.adds, c.shifts, c.popcounts);
		if (len) {
			int j = gc->n_layers - 1;   /* nodes of a layer are mostly contiguous */
			if (j < 0 || strncmp(gc->layers[j].name, n->name, len) || gc->layers[j].name[len])
				for (j = 0; j < gc->n_layers; j++)
					if (!strncmp(gc->layers[j].name, n->name, len) &&
					    !gc->layers[j].name[len])
						break;
			if (j == gc->n_layers) {
				if (gc->n_layers == cap) {
					cap = cap ? 2 * cap : 16;
					gc->layers = xrealloc(gc->layers, (size_t)cap * sizeof(*gc->layers));
				}
				char *nm = xmalloc(len + 1);
				memcpy(nm, n->name, len);
				nm[len] = 0;
				gc->layers[gc->n_layers++] = (LayerCounts){.name = nm};
			}
			dst = &gc->layers[j].c;
		} else {
			any_other = 1;
		}
		count(dst, c.mults, c.adds, c.shifts, c.popcounts);
	}
	if (any_other) {
		if (gc->n_layers == cap)
			gc->layers = xrealloc(gc->layers, (size_t)(cap + 1) * sizeof(*gc->layers));
		gc->layers[gc->n_layers++] = (LayerCounts){.name = xstrdup("other"), .c = other};
	}
}

void pass_graph_counts_free(GraphCounts *gc)
{
	for (int i = 0; i < gc->n_layers; i++)
		free((char *)gc->layers[i].name);
	free(gc->layers);
	memset(gc, 0, sizeof(*gc));
}
