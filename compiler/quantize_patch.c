/*
 * quantize_patch.c - the parts of `vitc quantize` that make a ViT's stem
 * integer (docs/quantization.md, "Patch embedding, position embedding,
 * class token"): the patch embedding conv2d (kernel = stride, no padding)
 * as int8 patches feeding a qlinear, the add of a weight (the position
 * embedding) as a qadd, and data movement (reshape, transpose, expand,
 * concat, slice, select) on int8 tensors, the weights it reads (the class
 * token) quantized at its exponent.  The JSON they become is written by
 * quantize_graph.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/cli.h"
#include "compiler/quantize.h"
#include "passes/passes.h"

/*
 * Why conv2d "n" has no integer form, or NULL.  The integer form is a
 * patch embedding: each output pixel reads one disjoint kh x kw patch of
 * the image, so the conv is a linear on the patches (kernel = stride, no
 * padding, dilation 1, groups 1, NCHW, the image a whole number of
 * patches), with f32 weight (and bias) data.
 */
const char *quant_conv_blocker(const Node *n)
{
	const Tensor *x = n->in[0], *w = n->in[1], *b = n->n_in > 2 ? n->in[2] : NULL;
	int64_t st[2], pad[2], dil[2];
	if (!x || x->kind == TK_WEIGHT || x->dtype != DT_F32 || x->shape.rank != 4)
		return "its input is not an f32 activation [N, C, H, W]";
	if (ir_dim_is_batch(x->shape.d[0]) && ir_dim_batch_factor(x->shape.d[0]) != 1)
		return "its input's batch dimension is not plain N";
	if (!quant_f32_weight(w) || (b && !quant_f32_weight(b)))
		return "a weight or bias without f32 data";
	if (pass_attr_int(n, "groups", 1) != 1)
		return "groups > 1 (the integer conv2d is a patch embedding: kernel = stride, no "
		       "padding, groups 1)";
	if (strcmp(pass_attr_string(n, "layout", "nchw"), "nchw"))
		return "channels-last layout (the integer conv2d reads NCHW images)";
	pass_attr_pair(n, "stride", 1, st);
	pass_attr_pair(n, "padding", 0, pad);
	pass_attr_pair(n, "dilation", 1, dil);
	if (pad[0] || pad[1])
		return "padding (the integer conv2d is a patch embedding: kernel = stride, no "
		       "padding, groups 1)";
	if (dil[0] != 1 || dil[1] != 1)
		return "dilation (the integer conv2d is a patch embedding: kernel = stride, no "
		       "padding, groups 1)";
	if (st[0] != w->shape.d[2] || st[1] != w->shape.d[3])
		return "stride != kernel (the integer conv2d is a patch embedding: kernel = stride, "
		       "no padding, groups 1)";
	if (x->shape.d[2] % st[0] || x->shape.d[3] % st[1])
		return "the image is not a whole number of patches";
	return NULL;
}

int quant_addw_weight(const Node *n)
{
	if (n->op != OP_ADD || n->n_in != 2)
		return -1;
	for (int i = 0; i < 2; i++) {
		const Tensor *w = n->in[i], *a = n->in[1 - i];
		if (!quant_f32_weight(w) || !a || a->kind == TK_WEIGHT || a->dtype != DT_F32)
			continue;
		const Shape *ws = &w->shape, *as = &a->shape;
		int ok = ws->rank == as->rank && as->rank >= 2 &&
		         !ir_dim_is_batch(as->d[as->rank - 1]) &&
		         (ws->d[0] == as->d[0] || (ws->d[0] == 1 && ir_dim_is_batch(as->d[0]) &&
		                                   ir_dim_batch_factor(as->d[0]) == 1));
		for (int d = 1; ok && d < as->rank; d++)
			ok = ws->d[d] == as->d[d];
		if (ok)
			return i;
	}
	return -1;
}

int quant_is_move(const Node *n)
{
	switch (n->op) {
	case OP_RESHAPE: case OP_TRANSPOSE: case OP_EXPAND: case OP_CONCAT: case OP_SLICE:
	case OP_SELECT:
		return 1;
	default:
		return 0;
	}
}

static const Node *producer(const Graph *g, const Tensor *t)
{
	for (int i = 0; i < g->n_nodes; i++)
		if (g->nodes[i]->out[0] == t)
			return g->nodes[i];
	return NULL;
}

/*
 * A move that may run on int8: not kept float, not inside a split
 * attention, its output with the batch (if any) outermost (calibration
 * reads it as a graph output; timm's qkv permute, kept float with its
 * attention, puts N inside).
 */
static int move_candidate(const Quant *q, const Node *n)
{
	const Shape *s = &n->out[0]->shape;
	for (int d = 1; d < s->rank; d++)
		if (ir_dim_is_batch(s->d[d]))
			return 0;
	return quant_is_move(n) && !quant_keep_float(&q->o, n->name) &&
	       !quant_interior_name(q, n->name) && n->out[0]->dtype == DT_F32;
}

/* Is "n" a move of weights only (the class token's expand), through such moves? */
static int weight_only(const Quant *q, const Node *n, int depth)
{
	if (depth > 8 || !move_candidate(q, n))
		return 0;
	for (int i = 0; i < n->n_in; i++) {
		const Tensor *t = n->in[i];
		const Node *p;
		if (t && !quant_f32_weight(t) &&
		    !(t->kind == TK_VALUE && (p = producer(q->g, t)) && weight_only(q, p, depth + 1)))
			return 0;
	}
	return 1;
}

/* Is "t" the input of an integer LayerNorm (PTF offsets, which a move cannot carry)? */
static int ln_input(const Quant *q, const Tensor *t)
{
	for (int i = 0; i < q->g->n_nodes; i++) {
		const Node *m = q->g->nodes[i];
		if (m->in[0] == t && quant_qkind(m) == QN_LN && !quant_keep_float(&q->o, m->name))
			return 1;
	}
	return 0;
}

static QNode *add_move(Quant *q, const Node *n)
{
	QNode *l = (QNode *)quant_qnode_of(q, n);
	if (l)
		return l;
	l = &q->qn[q->n_qn++];
	l->n = n;
	l->kind = QN_MOVE;
	l->y = n->out[0];
	return l;
}

/* The weight-only moves under "n" as QN_MOVE nodes (their producers first). */
static void add_weight_moves(Quant *q, const Node *n)
{
	for (int i = 0; i < n->n_in; i++) {
		const Node *p = n->in[i] && n->in[i]->kind == TK_VALUE ? producer(q->g, n->in[i]) : NULL;
		if (p && !quant_qnode_of(q, p)) {
			add_weight_moves(q, p);
			add_move(q, p);
		}
	}
}

/*
 * Data movement "n" runs on int8 when at least one input is an integer
 * node's output and every other input is an f32 weight or a move of
 * weights only, and no input is an integer LayerNorm's (whose PTF offsets
 * it would drop); 1 when it became a QN_MOVE (the caller adds its tensors).
 */
int quant_collect_move(Quant *q, const Node *n)
{
	int n_int = 0;
	if (!move_candidate(q, n))
		return 0;
	for (int i = 0; i < n->n_in; i++) {
		const Tensor *t = n->in[i];
		const QTen *e = t ? quant_qten_of(q, t) : NULL;
		const Node *p;
		if (!t || quant_f32_weight(t))
			continue;
		if (e && e->produced && !ln_input(q, t))
			n_int++;
		else if (!(t->kind == TK_VALUE && (p = producer(q->g, t)) && weight_only(q, p, 0)))
			return 0;
	}
	if (!n_int)
		return 0;
	add_weight_moves(q, n);
	add_move(q, n);
	return 1;
}

/* Tensor "t" (and what the moves producing it read) at exponent e. */
static int pin(Quant *q, const Tensor *t, int e, const Node *by)
{
	QTen *qt = quant_qten_of(q, t);
	if (!qt)
		return 0;       /* a weight: quantized at its reader's exponent */
	if (qt->pinned && qt->e != e)
		return vitc_errf(&q->err, "%s: layer '%s': tensor '%s' is read as int8 at exponents "
		                 "%d and %d (keep one of its readers float with --keep-float)",
		                 q->o.model, by->name, t->name, qt->e, e);
	qt->e = e;
	qt->pinned = 1;
	const QNode *p = NULL;
	for (int i = 0; i < q->n_qn && !p; i++)
		if (q->qn[i].y == t && q->qn[i].kind == QN_MOVE)
			p = &q->qn[i];
	for (int i = 0; p && i < p->n->n_in; i++)
		if (p->n->in[i] && pin(q, p->n->in[i], e, by))
			return -1;
	return 0;
}

/* The axis of a rank-"r" tensor that attribute value "v" names (negative from the end). */
static int norm_axis(int64_t v, int r)
{
	return (int)(v < 0 ? v + r : v);
}

/*
 * The axis of input "i" of move "n" whose values land on the output's axis
 * "ax" unchanged (same size, not merged, split, broadcast, sliced or
 * concatenated along), or -1.  A reshape keeps an axis when the input has
 * one of the same size with the same product of the (fixed) sizes after it.
 */
static int move_in_axis(const Node *n, int i, int ax)
{
	const Shape *o = &n->out[0]->shape, *s = &n->in[i]->shape;
	int k = -1;
	if (n->op == OP_TRANSPOSE) {
		const Attr *p = ir_node_attr(n, "perm");
		k = p && p->kind == ATTR_INTS && ax < p->n ? norm_axis(p->ints[ax], s->rank) : -1;
	} else if (n->op == OP_CONCAT || n->op == OP_SLICE) {
		k = norm_axis(pass_attr_int(n, "axis", 0), o->rank) == ax ? -1 : ax;
	} else if (n->op == OP_SELECT) {
		int a = norm_axis(pass_attr_int(n, "axis", 0), s->rank);
		k = ax < a ? ax : ax + 1;
	} else if (n->op == OP_EXPAND) {
		k = ax - (o->rank - s->rank);
	} else if (n->op == OP_RESHAPE) {
		int64_t po = 1, ps = 1;
		for (int d = ax + 1; d < o->rank; d++) {
			if (ir_dim_is_batch(o->d[d]))
				return -1;
			po *= o->d[d];
		}
		for (int d = s->rank - 1; d >= 0 && ps <= po && k < 0; d--) {
			if (ps == po && s->d[d] == o->d[ax])
				k = d;
			if (ir_dim_is_batch(s->d[d]))
				break;
			ps *= s->d[d];
		}
	}
	return k >= 0 && k < s->rank && s->d[k] == o->d[ax] && !ir_dim_is_batch(s->d[k]) ? k : -1;
}

/*
 * The int8 moves that write "t" (per-channel offsets along its axis "ax"),
 * back to the integer nodes that produce them: 0 when every tensor on the
 * way is read by the next move only and each producer can requantize per
 * channel along the tracked axis (qlinear's output PTF on the last axis, the
 * patch embedding's on the conv's channel axis 1; qadd's on the last
 * axis).  With "alpha", records it and the axis on every tensor of the
 * chain, and gives the producers' outputs PTF offsets.
 */
static int ptf_chain(Quant *q, const Tensor *t, int ax, const int8_t *alpha, int depth)
{
	QTen *e = quant_qten_of(q, t);
	const QNode *p = NULL;
	for (int i = 0; i < q->n_qn && !p; i++)
		if (q->qn[i].y == t)
			p = &q->qn[i];
	if (!e || !p || depth > 16)
		return -1;
	if (alpha) {
		e->chain_alpha = alpha;
		e->chain_axis = ax;
	}
	if (p->kind != QN_MOVE) {
		if (!(p->kind == QN_CONV ? ax == 1 : (p->kind == QN_LINEAR || p->kind == QN_ADD ||
		                                      p->kind == QN_ADDW) && ax == t->shape.rank - 1))
			return -1;
		if (alpha && depth) {
			e->ptf = 1;
			e->C = t->shape.d[ax];
			free(e->alpha);
			e->alpha = memcpy(xmalloc((size_t)e->C), alpha, (size_t)e->C);
		}
		return 0;
	}
	for (int i = 0; i < p->n->n_in; i++) {
		const Tensor *s = p->n->in[i];
		int k = s ? move_in_axis(p->n, i, ax) : 0;
		if (k < 0)
			return -1;
		if (!s || quant_f32_weight(s))
			continue;           /* a weight's codes take the offsets along axis k */
		if (pass_count_uses(q->g, s) != 1 || ptf_chain(q, s, k, alpha, depth + 1))
			return -1;
	}
	return 0;
}

/*
 * PTF on an int8 concat (the class token and the patch tokens): its output
 * calibrated with per-channel offsets (along the last axis) when every
 * reader takes them (qadd, qlayernorm, a dequantize for float readers) and
 * its moves can carry them back to producers that requantize per channel
 * (ptf_chain).  The patch embedding then writes each channel at its own
 * exponent, as the float stem's PTF quantize did.
 */
void quant_ptf_concats(Quant *q)
{
	for (int i = 0; i < q->n_qn; i++) {
		const QNode *l = &q->qn[i];
		const Shape *s = &l->y->shape;
		if (l->kind != QN_MOVE || l->n->op != OP_CONCAT || s->rank < 2 ||
		    ir_dim_is_batch(s->d[s->rank - 1]))
			continue;
		int ok = 1;
		for (int k = 0; ok && k < q->g->n_nodes; k++) {
			const Node *m = q->g->nodes[k];
			const QNode *r = quant_qnode_of(q, m);
			for (int j = 0; ok && j < m->n_in; j++)
				ok = m->in[j] != l->y || !r || r->kind == QN_ADD || r->kind == QN_ADDW ||
				     r->kind == QN_LN;
		}
		if (ok && !ptf_chain(q, l->y, s->rank - 1, NULL, 0)) {
			QTen *e = quant_qten_of(q, l->y);
			e->ptf = 1;
			e->C = s->d[s->rank - 1];
		}
	}
}

/*
 * A move copies codes, so its input and output share one exponent: a
 * concat's (its output calibrated) is imposed on everything it reads,
 * back through the moves before it to the integer nodes that produce
 * them (outermost concats first); every other move's output takes its
 * input's.
 */
int quant_unify_moves(Quant *q)
{
	for (int i = q->n_qn - 1; i >= 0; i--) {
		const QNode *l = &q->qn[i];
		const QTen *y = quant_qten_of(q, l->y);
		if (l->kind == QN_MOVE && l->n->op == OP_CONCAT &&
		    (pin(q, l->y, y->e, l->n) ||
		     (y->ptf && ptf_chain(q, l->y, l->y->shape.rank - 1, y->alpha, 0))))
			return -1;
	}
	for (int i = 0; i < q->n_qn; i++) {
		const QNode *l = &q->qn[i];
		QTen *y = quant_qten_of(q, l->y);
		if (l->kind != QN_MOVE || y->pinned)
			continue;
		for (int k = 0; k < l->n->n_in; k++) {
			const QTen *x = l->n->in[k] ? quant_qten_of(q, l->n->in[k]) : NULL;
			if (x) {
				y->e = x->e;
				break;
			}
		}
	}
	return 0;
}

/*
 * The codes of f32 weight "w" at exponent e (malloc'd); with "alpha",
 * element i at e + alpha[its index along axis "ax"] (PTF).
 */
static int8_t *weight_codes(const Tensor *w, int e, const int8_t *alpha, int ax)
{
	int64_t n = 1, inner = 1;
	ir_shape_numel(&w->shape, 1, &n);
	for (int d = ax + 1; alpha && d < w->shape.rank; d++)
		inner *= w->shape.d[d];
	int8_t *c = xmalloc((size_t)n + 1);
	const float *v = w->data;
	for (int64_t i = 0; i < n; i++)
		c[i] = pass_potq_code(v[i], e + (alpha ? alpha[i / inner % w->shape.d[ax]] : 0));
	return c;
}

/*
 * A QN_ADDW's weight: at its own exponent (the adaptive PoT rounding of
 * its values, as an activation's), or at the activation's where qadd
 * cannot align that one or the weight is all zeros.  A QN_MOVE's weights
 * at its output's exponent.
 */
int quant_patch_params(Quant *q, QNode *l)
{
	const Node *n = l->n;
	l->cq = xcalloc((size_t)n->n_in + 1, sizeof(int8_t *));
	l->cq_name = xcalloc((size_t)n->n_in + 1, sizeof(char *));
	if (l->kind == QN_MOVE) {
		const QTen *y = quant_qten_of(q, l->y);
		for (int i = 0; i < n->n_in; i++)
			if (quant_f32_weight(n->in[i]))
				l->cq[i] = weight_codes(n->in[i], y->e, y->chain_alpha,
				                        y->chain_alpha ? move_in_axis(n, i, y->chain_axis) : 0);
		return 0;
	}
	const Tensor *w = n->in[l->w_idx], *a = l->act[0];
	const Shape *sh = &l->y->shape;
	int64_t nw = 1, C = sh->d[sh->rank - 1], sa, sb, k;
	const char *why;
	int e;
	ir_shape_numel(&w->shape, 1, &nw);
	if (pass_potq_exponent(w->data, (size_t)nw, &e, &why))
		e = quant_exp_of(q, a);
	for (int pass = 0; pass < 2; pass++) {
		int ok = 1;
		for (int64_t c = 0; ok && c < C; c++)
			ok = !pass_qadd_shifts(quant_exp_at(q, a, c), e, quant_exp_at(q, l->y, c), &sa,
			                       &sb, &k, &why);
		if (ok)
			break;
		if (pass)
			return vitc_errf(&q->err, "%s: layer '%s': exponents %d + %d (weight '%s') -> "
			                 "%d: %s", q->o.model, n->name, quant_exp_of(q, a), e, w->name,
			                 quant_exp_of(q, l->y), why);
		e = quant_exp_of(q, a);
	}
	l->w_exp = e;
	l->cq[l->w_idx] = weight_codes(w, e, NULL, 0);
	return 0;
}

/*
 * The Gram matrix of a QN_CONV's calibration patches: each image's
 * [C, H, W] cut into (H/kh)(W/kw) rows of K = C kh kw values in the
 * weight's order (c, i, j), as the int8 patches the compiled model
 * feeds its qlinear.
 */
double *quant_conv_gram(const Quant *q, const QNode *l)
{
	const QTen *x = quant_qten_of(q, l->act[0]);
	const Shape *s = &l->act[0]->shape;
	int64_t C = s->d[1], H = s->d[2], W = s->d[3], kh = l->kh, kw = l->kw;
	int64_t Hp = H / kh, Wp = W / kw, K = l->K;
	size_t B = x->nv / (size_t)(C * H * W), rows = B * (size_t)(Hp * Wp);
	float *p = xmalloc(sizeof(float) * rows * (size_t)K + 1);
	for (size_t b = 0; b < B; b++)
		for (int64_t hp = 0; hp < Hp; hp++)
			for (int64_t wp = 0; wp < Wp; wp++) {
				float *r = p + ((b * (size_t)Hp + (size_t)hp) * (size_t)Wp + (size_t)wp) *
				           (size_t)K;
				for (int64_t c = 0; c < C; c++)
					for (int64_t i = 0; i < kh; i++)
						memcpy(r + (c * kh + i) * kw,
						       x->v + ((b * (size_t)C + (size_t)c) * (size_t)H +
						               (size_t)(hp * kh + i)) * (size_t)W + (size_t)(wp * kw),
						       sizeof(float) * (size_t)kw);
			}
	double *G = pass_potq_gram(p, rows, K);
	free(p);
	return G;
}
