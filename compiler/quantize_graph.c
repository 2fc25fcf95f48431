/*
 * quantize_graph.c - the JSON side of `vitc quantize` (docs/quantization.md):
 * fused self-attention split into the float ops it computes (so that its
 * parts can be calibrated and made integer), the quantized graph written
 * as JSON (integer nodes, quantize/dequantize at the float boundaries, PTF
 * offsets, each float node's reason) and its safetensors file.
 */
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "compiler/cli.h"
#include "compiler/driver.h"
#include "compiler/quantize.h"
#include "passes/passes.h"

static cJSON *strs(const char *const *s, int n)
{
	cJSON *a = cJSON_CreateArray();
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(s[i]));
	return a;
}

static cJSON *jnode(const char *name, const char *op, cJSON *in, const char *out)
{
	cJSON *n = cJSON_CreateObject();
	cJSON_AddStringToObject(n, "name", name);
	cJSON_AddStringToObject(n, "op", op);
	cJSON_AddItemToObject(n, "inputs", in);
	cJSON_AddItemToObject(n, "outputs", strs(&out, 1));
	cJSON_AddItemToObject(n, "attrs", cJSON_CreateObject());
	return n;
}

static void jattr(cJSON *n, const char *k, double v)
{
	cJSON_AddNumberToObject(cJSON_GetObjectItemCaseSensitive(n, "attrs"), k, v);
}

static void jweight_dims(cJSON *ws, const char *name, const char *dt, int rank,
                         const int64_t *d)
{
	cJSON *w = cJSON_CreateObject();
	cJSON_AddStringToObject(w, "name", name);
	cJSON_AddStringToObject(w, "dtype", dt);
	cJSON *s = cJSON_AddArrayToObject(w, "shape");
	for (int i = 0; i < rank; i++)
		cJSON_AddItemToArray(s, cJSON_CreateNumber((double)d[i]));
	cJSON_AddStringToObject(w, "role", "parameter");
	cJSON_AddItemToArray(ws, w);
}

static void jweight(cJSON *ws, const char *name, const char *dt, int rank, int64_t a, int64_t b)
{
	jweight_dims(ws, name, dt, rank > 1 ? 2 : 1, (int64_t[]){a, b});
}

/* A name the quantized graph adds must be new. */
static int fresh(Quant *q, const char *name)
{
	if (ir_graph_find_tensor(q->g, name))
		return vitc_errf(&q->err, "%s: cannot add '%s': a tensor of that name exists",
		                 q->o.model, name);
	for (int i = 0; i < q->g->n_nodes; i++)
		if (!strcmp(q->g->nodes[i]->name, name))
			return vitc_errf(&q->err, "%s: cannot add '%s': a node of that name exists",
			                 q->o.model, name);
	return 0;
}

/*
 * The names a weighted integer node's new weights take: its weight's codes
 * "<w>.q" and exponents "<w>.exp", its bias's "<b>.q" (NULL without a
 * bias, input 2); -1 if one is taken (fresh's line).
 */
static int qweight_names(Quant *q, const Node *n, const char **wq, const char **we,
                         const char **bq)
{
	Arena *ar = &q->g->arena;
	const char *w = n->in[1]->name;
	*wq = arena_printf(ar, "%s.q", w);
	*we = arena_printf(ar, "%s.exp", w);
	*bq = n->n_in > 2 && n->in[2] ? arena_printf(ar, "%s.q", n->in[2]->name) : NULL;
	return fresh(q, *wq) || fresh(q, *we) || (*bq && fresh(q, *bq)) ? -1 : 0;
}

/* Is weight "name" used by a node other than the integer linears and LayerNorms? */
static int used_elsewhere(const Quant *q, const char *name)
{
	for (int i = 0; i < q->g->n_nodes; i++) {
		const Node *n = q->g->nodes[i];
		const QNode *l = quant_qnode_of(q, n);
		if (l && l->kind != QN_ADD)
			continue;
		for (int k = 0; k < n->n_in; k++)
			if (n->in[k] && !strcmp(n->in[k]->name, name))
				return 1;
	}
	return 0;
}

static const char *i8_name(Quant *q, const Tensor *t)
{
	return arena_printf(&q->g->arena, "%s.i8", t->name);
}

/* The name of tensor "t"'s PTF offsets, or "" when it has none. */
static const char *ptf_name(Quant *q, const Tensor *t)
{
	return quant_qten_of(q, t)->ptf ? arena_printf(&q->g->arena, "%s.ptf", t->name) : "";
}

/* strs() of the inputs with trailing "" (absent optional inputs) left out. */
static cJSON *inputs(const char *const *s, int n)
{
	while (n > 1 && !*s[n - 1])
		n--;
	return strs(s, n);
}

/*
 * Activation input "t" of a QNode as int8: its quantize node first, unless
 * a QNode writes it or it was quantized before.  The int8 name.
 */
static const char *int_input(Quant *q, cJSON *nn, const Tensor *t)
{
	QTen *e = quant_qten_of(q, t);
	const char *name = i8_name(q, t);
	if (!e->produced && !e->emitted) {
		const char *qn = arena_printf(&q->g->arena, "%s.quantize", t->name);
		if (fresh(q, name) || fresh(q, qn))
			return NULL;
		const char *qin[2] = {t->name, ptf_name(q, t)};
		cJSON *c = jnode(qn, "quantize", inputs(qin, 2), name);
		jattr(c, "exponent", e->e);
		cJSON_AddItemToArray(nn, c);
		e->emitted = 1;
	}
	return name;
}

/* "<name><sfx>" for an optional tensor, "" when it is absent. */
static const char *opt_name(Quant *q, const Node *n, int i, const char *sfx)
{
	return i < n->n_in && n->in[i] ? arena_printf(&q->g->arena, "%s%s", n->in[i]->name, sfx)
	                               : "";
}

/*
 * A MoE as qmoe2_linear: x, the router's codes, exponents and bias, the
 * mult expert's, the shift expert's pot5 weight (the model's own) and
 * Q16.16 bias; absent biases as "".  *cp the new node.
 */
static int emit_moe(Quant *q, const Node *n, const QNode *l, const char *x, const char *yq,
                    cJSON **cp)
{
	const char *in[9] = {x, opt_name(q, n, 1, ".q"), opt_name(q, n, 1, ".exp"),
	                     opt_name(q, n, 2, ".q"), opt_name(q, n, 3, ".q"),
	                     opt_name(q, n, 3, ".exp"), opt_name(q, n, 4, ".q"), n->in[5]->name,
	                     opt_name(q, n, 6, ".q16")};
	static const char *const dt[9] = {NULL, "i8", "i8", "i32", "i8", "i8", "i32", NULL, "i32"};
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	for (int i = 1; i < 9; i++) {
		if (!dt[i] || !*in[i])
			continue;
		if (fresh(q, in[i]))
			return -1;
		int64_t rows = i <= 3 ? 2 : l->M;
		jweight(ws, in[i], dt[i], i == 1 || i == 4 ? 2 : 1, rows, l->K);
	}
	cJSON *c = jnode(n->name, "qmoe2_linear", inputs(in, 9), yq);
	jattr(c, "x_exponent", quant_exp_of(q, n->in[0]));
	jattr(c, "out_exponent", quant_exp_of(q, n->out[0]));
	cJSON *at = cJSON_GetObjectItemCaseSensitive(c, "attrs");
	cJSON_AddStringToObject(at, "realization", quant_realization_name(l->real));
	if (l->real_why)
		cJSON_AddStringToObject(at, "realization_why", l->real_why);
	*cp = c;
	return 0;
}

/* A shape attribute: dimension -1 is the batch "N". */
static void jshape_attr(cJSON *n, const char *k, const int64_t *d, int rank)
{
	cJSON *a = cJSON_AddArrayToObject(cJSON_GetObjectItemCaseSensitive(n, "attrs"), k);
	for (int i = 0; i < rank; i++)
		cJSON_AddItemToArray(a, d[i] < 0 ? cJSON_CreateString("N")
		                                 : cJSON_CreateNumber((double)d[i]));
}

/* Is "name" in the new graph's weights list? */
static int doc_weight(const Quant *q, const char *name)
{
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	for (cJSON *w = ws->child; w; w = w->next)
		if (!strcmp(cJSON_GetObjectItemCaseSensitive(w, "name")->valuestring, name))
			return 1;
	return 0;
}

/*
 * The weight "<w>.q": weight w's int8 codes read by "n" (a QN_MOVE or
 * QN_ADDW), its shape; "<w>.q.<n>" when another node's codes of w (at
 * their own exponent) took that name.
 */
static const char *weight_q(Quant *q, const Tensor *w, const Node *n, const char **slot)
{
	const char *name = arena_printf(&q->g->arena, "%s.q", w->name);
	if (doc_weight(q, name))
		name = arena_printf(&q->g->arena, "%s.q.%s", w->name, n->name);
	if (fresh(q, name))
		return NULL;
	*slot = name;
	jweight_dims(cJSON_GetObjectItemCaseSensitive(q->doc, "weights"), name, "i8", w->shape.rank,
	             w->shape.d);
	return name;
}

/*
 * A patch embedding conv2d (x.i8 [N, C, H, W], kernel kh x kw = stride):
 * the int8 patches [N, P, C kh kw] by reshape [N, C, H/kh, kh, W/kw, kw],
 * transpose (0, 2, 4, 1, 3, 5) and reshape; the conv's qlinear (its name)
 * on them; its tokens [N, P, O] back to the conv's [N, O, H/kh, W/kw] by
 * a transpose and a reshape (views that the moves after it undo).
 */
static cJSON *emit_conv(Quant *q, cJSON *nn, const QNode *l, const char *x, const char *yq)
{
	Arena *ar = &q->g->arena;
	const Node *n = l->n;
	const Shape *s = &n->in[0]->shape;
	int64_t C = s->d[1], Hp = s->d[2] / l->kh, Wp = s->d[3] / l->kw, B = -1;
	if (!ir_dim_is_batch(s->d[0]))
		B = s->d[0];
	const char *r1 = arena_printf(ar, "%s.patches_split", n->name);
	const char *t1 = arena_printf(ar, "%s.patches_t", n->name);
	const char *pt = arena_printf(ar, "%s.patches", n->name);
	const char *tok = arena_printf(ar, "%s.tokens.i8", n->out[0]->name);
	const char *tt = arena_printf(ar, "%s.tokens_t", n->name);
	const char *w = n->in[1]->name, *wq = arena_printf(ar, "%s.q", w);
	const char *we = arena_printf(ar, "%s.exp", w);
	const Tensor *b = n->n_in > 2 ? n->in[2] : NULL;
	const char *bq = b ? arena_printf(ar, "%s.q", b->name) : NULL;
	if (fresh(q, r1) || fresh(q, t1) || fresh(q, pt) || fresh(q, tok) || fresh(q, tt) ||
	    fresh(q, wq) || fresh(q, we) || (bq && fresh(q, bq)))
		return NULL;
	cJSON *c = jnode(r1, "reshape", strs(&x, 1), r1);
	jshape_attr(c, "shape", (int64_t[]){B, C, Hp, l->kh, Wp, l->kw}, 6);
	cJSON_AddItemToArray(nn, c);
	c = jnode(t1, "transpose", strs(&r1, 1), t1);
	jshape_attr(c, "perm", (int64_t[]){0, 2, 4, 1, 3, 5}, 6);
	cJSON_AddItemToArray(nn, c);
	c = jnode(pt, "reshape", strs(&t1, 1), pt);
	jshape_attr(c, "shape", (int64_t[]){B, Hp * Wp, l->K}, 3);
	cJSON_AddItemToArray(nn, c);
	const char *qin[5] = {pt, wq, we, bq ? bq : "", ptf_name(q, n->out[0])};
	c = jnode(n->name, "qlinear", inputs(qin, 5), tok);
	jattr(c, "x_exponent", quant_exp_of(q, n->in[0]));
	jattr(c, "out_exponent", quant_exp_of(q, n->out[0]));
	cJSON_AddItemToArray(nn, c);
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	jweight(ws, wq, "i8", 2, l->M, l->K);
	jweight(ws, we, "i8", 1, l->M, 0);
	if (bq)
		jweight(ws, bq, "i32", 1, l->M, 0);
	c = jnode(tt, "transpose", strs(&tok, 1), tt);
	jshape_attr(c, "perm", (int64_t[]){0, 2, 1}, 3);
	cJSON_AddItemToArray(nn, c);
	c = jnode(arena_printf(ar, "%s.unflatten", n->name), "reshape", strs(&tt, 1), yq);
	jshape_attr(c, "shape", (int64_t[]){B, l->M, Hp, Wp}, 4);
	return c;
}

/*
 * A move on int8 ("src", the float node's JSON, with its attributes): its
 * integer inputs by their int8 names, its weights as their codes "<w>.q".
 */
static cJSON *emit_move(Quant *q, const QNode *l, const cJSON *src, const char *yq)
{
	const Node *n = l->n;
	const char **in = arena_alloc(&q->g->arena, sizeof(char *) * (size_t)(n->n_in + 1));
	for (int i = 0; i < n->n_in; i++)
		if (!(in[i] = l->cq[i] ? weight_q(q, n->in[i], n, &l->cq_name[i])
		                       : i8_name(q, n->in[i])))
			return NULL;
	cJSON *c = cJSON_Duplicate(src, 1);
	cJSON_ReplaceItemInObjectCaseSensitive(c, "inputs", strs(in, n->n_in));
	cJSON_ReplaceItemInObjectCaseSensitive(c, "outputs", strs(&yq, 1));
	cJSON *at = cJSON_GetObjectItemCaseSensitive(c, "attrs");
	if (at)
		cJSON_DeleteItemFromObjectCaseSensitive(at, "float_reason");
	else
		cJSON_AddObjectToObject(c, "attrs");
	return c;
}

/*
 * An add of activation x.i8 and a weight (the position embedding): the
 * weight's codes "<w>.q", expanded along the batch as "<w>.i8", and a qadd
 * in the add's operand order.
 */
static cJSON *emit_addw(Quant *q, cJSON *nn, const QNode *l, const char *x, const char *yq)
{
	const Node *n = l->n;
	const Tensor *w = n->in[l->w_idx];
	const char *wq = weight_q(q, w, n, &l->cq_name[l->w_idx]);
	if (!wq)
		return NULL;
	/* "<w>.i8", or "<w>.i8.<n>" beside another node's codes of w */
	const char *wx = strchr(wq + strlen(w->name) + 1, '.') ?
	                 arena_printf(&q->g->arena, "%s.i8.%s", w->name, n->name) : i8_name(q, w);
	if (fresh(q, wx))
		return NULL;
	const Shape *s = &l->y->shape;
	int64_t d[IR_MAX_RANK];
	for (int i = 0; i < s->rank; i++)
		d[i] = ir_dim_is_batch(s->d[i]) ? -1 : s->d[i];
	cJSON *c = jnode(wx, "expand", strs(&wq, 1), wx);
	jshape_attr(c, "shape", d, s->rank);
	cJSON_AddItemToArray(nn, c);
	const char *px = ptf_name(q, l->act[0]);
	const char *qin[5] = {l->w_idx ? x : wx, l->w_idx ? wx : x, l->w_idx ? px : "",
	                      l->w_idx ? "" : px, ptf_name(q, l->y)};
	c = jnode(n->name, "qadd", inputs(qin, 5), yq);
	jattr(c, "a_exponent", l->w_idx ? quant_exp_of(q, l->act[0]) : l->w_exp);
	jattr(c, "b_exponent", l->w_idx ? l->w_exp : quant_exp_of(q, l->act[0]));
	jattr(c, "out_exponent", quant_exp_of(q, l->y));
	return c;
}

/* The integer node of QNode "l" (and its output's dequantize) appended to "nn";
   "src" the float node's JSON. */
static int emit_qnode(Quant *q, cJSON *nn, const QNode *l, const cJSON *src)
{
	Arena *ar = &q->g->arena;
	const Node *n = l->n;
	const Tensor *y = l->y;
	const char *in[2], *yq = i8_name(q, y);
	for (int k = 0; k < l->n_act; k++)
		if (!(in[k] = int_input(q, nn, l->act[k])))
			return -1;
	if (fresh(q, yq))
		return -1;
	cJSON *c;
	if (l->kind == QN_CONV || l->kind == QN_MOVE || l->kind == QN_ADDW) {
		c = l->kind == QN_CONV ? emit_conv(q, nn, l, in[0], yq)
		    : l->kind == QN_MOVE ? emit_move(q, l, src, yq) : emit_addw(q, nn, l, in[0], yq);
		if (!c)
			return -1;
	} else if (l->kind == QN_ATTN) {
		const char *a = arena_printf(ar, "%.*s", (int)(strlen(n->name) - 7), n->name);
		const char *sq = i8_name(q, l->scores);
		const char *pc = arena_printf(ar, "%s.probs.codes", a);
		if (fresh(q, sq) || fresh(q, pc))
			return -1;
		c = jnode(arena_printf(ar, "%s.scores", a), "qattn_scores", strs(in, 1), sq);
		jattr(c, "num_heads", (double)l->H);
		jattr(c, "qkv_exponent", quant_exp_of(q, l->act[0]));
		jattr(c, "out_exponent", quant_exp_of(q, l->scores));
		cJSON_AddItemToArray(nn, c);
		c = jnode(arena_printf(ar, "%s.probs", a), "qsoftmax", strs(&sq, 1), pc);
		jattr(c, "exponent", quant_exp_of(q, l->scores));
		cJSON_AddItemToArray(nn, c);
		const char *pin[2] = {pc, in[0]};
		c = jnode(n->name, "qattn_pv", strs(pin, 2), yq);
		jattr(c, "num_heads", (double)l->H);
		jattr(c, "qkv_exponent", quant_exp_of(q, l->act[0]));
		jattr(c, "out_exponent", quant_exp_of(q, y));
	} else if (l->kind == QN_LINEAR) {
		const char *wq, *we, *bq;
		if (qweight_names(q, n, &wq, &we, &bq))
			return -1;
		const char *qin[5] = {in[0], wq, we, bq ? bq : "", ptf_name(q, y)};
		c = jnode(n->name, "qlinear", inputs(qin, 5), yq);
		jattr(c, "x_exponent", quant_exp_of(q, n->in[0]));
		jattr(c, "out_exponent", quant_exp_of(q, y));
		cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
		jweight(ws, wq, l->bits == 4 ? "i4" : "i8", 2, l->M, l->K);
		jweight(ws, we, "i8", 1, l->M, 0);
		if (bq)
			jweight(ws, bq, "i32", 1, l->M, 0);
	} else if (l->kind == QN_SHIFT) {
		const Tensor *b = n->n_in > 2 ? n->in[2] : NULL;
		const char *bq = b ? arena_printf(ar, "%s.q16", b->name) : NULL;
		if (bq && fresh(q, bq))
			return -1;
		const char *qin[3] = {in[0], n->in[1]->name, bq};
		c = jnode(n->name, "qshift_linear", strs(qin, bq ? 3 : 2), yq);
		jattr(c, "x_exponent", quant_exp_of(q, n->in[0]));
		jattr(c, "out_exponent", quant_exp_of(q, y));
		cJSON *at = cJSON_GetObjectItemCaseSensitive(c, "attrs");
		cJSON_AddStringToObject(at, "realization", quant_realization_name(l->real));
		if (l->real_why)
			cJSON_AddStringToObject(at, "realization_why", l->real_why);
		if (bq)
			jweight(cJSON_GetObjectItemCaseSensitive(q->doc, "weights"), bq, "i32", 1, l->M, 0);
	} else if (l->kind == QN_MOE) {
		if (emit_moe(q, n, l, in[0], yq, &c))
			return -1;
	} else if (l->kind == QN_HAM) {
		const char *tab = arena_printf(ar, "%s.exp", n->name);
		if (fresh(q, tab))
			return -1;
		const char *qin[4] = {n->in[0]->name, n->in[1]->name, in[0], tab};
		c = jnode(n->name, "qhamming_attention", strs(qin, 4), yq);
		jattr(c, "num_heads", (double)l->H);
		jattr(c, "scale", ir_node_attr(n, "scale")->f);
		jattr(c, "v_exponent", quant_exp_of(q, l->act[0]));
		jattr(c, "out_exponent", quant_exp_of(q, y));
		jweight(cJSON_GetObjectItemCaseSensitive(q->doc, "weights"), tab, "i32", 1,
		        2 * l->nbits + 1, 0);
	} else if (l->kind == QN_L2QKV) {
		const char *qin[3] = {l->sub[0]->in[0]->name, l->sub[1]->in[0]->name, in[0]};
		c = jnode(n->name, "qmatadd_l2norm", strs(qin, 3), yq);
		jattr(c, "num_heads", (double)l->H);
		jattr(c, "alpha_q", (double)l->l2a);
		jattr(c, "beta_q", (double)l->l2b);
		jattr(c, "out_exponent", quant_exp_of(q, y));
	} else if (l->kind == QN_DCONV) {
		const char *wq, *we, *bq;
		const Attr *pa = ir_node_attr(n, "padding");
		if (qweight_names(q, n, &wq, &we, &bq))
			return -1;
		const char *qin[4] = {in[0], wq, we, bq};
		c = jnode(n->name, "qconv1d_tokens", strs(qin, bq ? 4 : 3), yq);
		jattr(c, "padding", pa ? (double)pa->i : 0.0);
		jattr(c, "x_exponent", quant_exp_of(q, n->in[0]));
		jattr(c, "out_exponent", quant_exp_of(q, y));
		cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
		jweight_dims(ws, wq, "i8", 3, (int64_t[]){l->M, 1, l->K});
		jweight(ws, we, "i8", 1, l->M, 0);
		if (bq)
			jweight(ws, bq, "i32", 1, n->in[0]->shape.d[2], 0);
	} else if (l->kind == QN_GELU) {
		const char *lut = arena_printf(ar, "%s.lut", n->name);
		if (fresh(q, lut))
			return -1;
		const char *qin[2] = {in[0], lut};
		c = jnode(n->name, "qlut", strs(qin, 2), yq);
		jweight(cJSON_GetObjectItemCaseSensitive(q->doc, "weights"), lut, "i8", 1, 256, 0);
	} else if (l->kind == QN_LN) {
		const char *gq = arena_printf(ar, "%s.q", n->in[1]->name);
		const char *bq = arena_printf(ar, "%s.q", n->in[2]->name);
		if (fresh(q, gq) || fresh(q, bq))
			return -1;
		const char *qin[4] = {in[0], gq, bq, ptf_name(q, n->in[0])};
		c = jnode(n->name, "qlayernorm", inputs(qin, 4), yq);
		jattr(c, "out_exponent", quant_exp_of(q, y));
		jattr(c, "eps_q", (double)l->eps_q);
		cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
		jweight(ws, gq, "i32", 1, l->K, 0);
		jweight(ws, bq, "i32", 1, l->K, 0);
	} else {
		const char *qin[5] = {in[0], in[1], ptf_name(q, n->in[0]), ptf_name(q, n->in[1]),
		                      ptf_name(q, y)};
		c = jnode(n->name, "qadd", inputs(qin, 5), yq);
		jattr(c, "a_exponent", quant_exp_of(q, n->in[0]));
		jattr(c, "b_exponent", quant_exp_of(q, n->in[1]));
		jattr(c, "out_exponent", quant_exp_of(q, y));
	}
	cJSON_AddItemToArray(nn, c);
	if (quant_qten_of(q, y)->need_float) {
		const char *dn = arena_printf(ar, "%s.dequantize", y->name);
		if (fresh(q, dn))
			return -1;
		const char *qin[2] = {yq, ptf_name(q, y)};
		c = jnode(dn, "dequantize", inputs(qin, 2), y->name);
		jattr(c, "exponent", quant_exp_of(q, y));
		cJSON_AddItemToArray(nn, c);
	}
	return 0;
}

/* Why float node "n" stays float (its "float_reason" attribute, for vitc inspect). */
static const char *float_reason(Quant *q, const Node *n)
{
	if (quant_qkind(n) >= 0 || quant_is_move(n)) {
		for (int i = 0; i < q->o.n_keep; i++)
			if (!fnmatch(q->o.keep[i], n->name, 0))
				return arena_printf(&q->g->arena, "--keep-float '%s'", q->o.keep[i]);
	}
	switch (n->op) {
	case OP_LINEAR:
		return "a weight or bias without f32 data, or an input that is not an f32 activation";
	case OP_ADD:
		for (int i = 0; i < n->n_in; i++)
			if (n->in[i] && n->in[i]->kind == TK_WEIGHT)
				return "an operand is a weight that qadd cannot take (of another shape than "
				       "the activation, but for a batch dimension of 1), or the other operand "
				       "is not an f32 activation";
		return "operands of different shapes (no integer broadcast add)";
	case OP_LAYER_NORM:
		return "not over the last axis, without weight and bias, or more than 4096 channels";
	case OP_ATTENTION: {
		const char *why = quant_attn_blocker(q, n);
		if (why && strcmp(why, "--keep-float"))
			return why;
		for (int i = 0; i < q->o.n_keep; i++)
			if (!fnmatch(q->o.keep[i], n->name, 0))
				return arena_printf(&q->g->arena, "--keep-float '%s'", q->o.keep[i]);
		return "fused attention";
	}
	case OP_GELU:
		return "its input is not an f32 activation";
	case OP_SHIFT_LINEAR:
		return "pot5 weights or bias without data, or an input that is not an f32 activation";
	case OP_MOE2_LINEAR:
		return "weights without data, or an input that is not an f32 activation";
	case OP_HAMMING_ATTENTION:
		return "its v is not an f32 activation, its codes' length is not fixed or its scale "
		       "is not positive (else qhamming_attention)";
	case OP_KSH_HASH:
		return "the KSH hash is f32 by definition (L2 norm, exp, projection); its codes are "
		       "exact bits";
	case OP_BINARIZE:
		return "codes from the sign of the f32 input (the dequantized int8 has the same signs)";
	case OP_MATADD_KTV: case OP_MATADD_QKV: case OP_L2NORM_HEADS:
		for (int i = 0; i < q->o.n_keep; i++)
			if (!fnmatch(q->o.keep[i], n->name, 0))
				return arena_printf(&q->g->arena, "--keep-float '%s'", q->o.keep[i]);
		return "not matadd_ktv -> matadd_qkv -> l2norm_heads on one f32 activation v (each "
		       "result read once), which would be qmatadd_l2norm";
	case OP_CONV1D_TOKENS:
		return "its input is not an f32 activation with fixed tokens, or taps (bias) without "
		       "f32 data (else qconv1d_tokens)";
	case OP_CONV2D: {
		const char *why = quant_conv_blocker(n);
		return why ? arena_printf(&q->g->arena, "no integer form: %s", why)
		           : "no integer convolution";
	}
	case OP_RESHAPE: case OP_TRANSPOSE: case OP_CONCAT: case OP_EXPAND: case OP_SELECT:
	case OP_SLICE:
		return "data movement on f32 (an input is neither an integer node's output nor a "
		       "weight)";
	default:
		return arena_printf(&q->g->arena, "no integer kernel for %s", ir_op_name(n->op));
	}
}

/* The new graph JSON (q->doc edited in place): nodes replaced, weights listed. */
int quant_rewrite_doc(Quant *q, const char *st_name)
{
	cJSON *nodes = cJSON_GetObjectItemCaseSensitive(q->doc, "nodes");
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	cJSON *nn = cJSON_CreateArray();
	for (cJSON *n = nodes->child; n; n = n->next) {
		const char *name = cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring;
		const QNode *l = quant_qnode_by_name(q, name);
		if (quant_interior_name(q, name) || quant_absorbed_name(q, name))
			continue;
		if (!l) {
			cJSON *c = cJSON_Duplicate(n, 1);
			const Node *gn = quant_node_named(q->g,
			                            cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring);
			cJSON *at = cJSON_GetObjectItemCaseSensitive(c, "attrs");
			if (!at)
				at = cJSON_AddObjectToObject(c, "attrs");
			if (gn && !pass_is_quant_op(gn->op) &&
			    !cJSON_GetObjectItemCaseSensitive(at, "float_reason"))
				cJSON_AddStringToObject(at, "float_reason", float_reason(q, gn));
			cJSON_AddItemToArray(nn, c);
		} else if (emit_qnode(q, nn, l, n)) {
			cJSON_Delete(nn);
			return -1;
		}
	}
	cJSON_ReplaceItemInObjectCaseSensitive(q->doc, "nodes", nn);
	for (int k = 0; k < q->n_qt; k++) {
		const QTen *e = &q->qt[k];
		const char *pn = ptf_name(q, e->t);
		if (!e->ptf)
			continue;
		if (fresh(q, pn))
			return -1;
		jweight(ws, pn, "i8", 1, e->C, 0);
	}
	/* drop the float weights and biases only the integer linears and LayerNorms used */
	for (cJSON *w = ws->child, *next; w; w = next) {
		next = w->next;
		const char *name = cJSON_GetObjectItemCaseSensitive(w, "name")->valuestring;
		int dead = 0;
		for (int k = 0; k < q->n_qn; k++) {
			const Node *n = q->qn[k].n;
			/* shift linears and MoEs keep their pot5 weights (in[1], in[5]) */
			int keep = q->qn[k].kind == QN_SHIFT ? 1 : q->qn[k].kind == QN_MOE ? 5 : -1;
			for (int j = 0; q->qn[k].kind != QN_ADD && j < n->n_in; j++)
				if (j != keep && n->in[j] && !strcmp(n->in[j]->name, name))
					dead = !used_elsewhere(q, name);
		}
		if (dead)
			cJSON_Delete(cJSON_DetachItemViaPointer(ws, w));
	}
	cJSON_DeleteItemFromObjectCaseSensitive(q->doc, "weights_file");
	cJSON_AddStringToObject(q->doc, "weights_file", st_name);
	return 0;
}

/* The data of new weight "name", or NULL when it comes from the original file. */
static const void *new_data(const Quant *q, const char *name, uint64_t *nbytes)
{
	Arena *ar = &q->g->arena;
	for (int i = 0; i < q->n_qt; i++) {
		const QTen *e = &q->qt[i];
		if (e->ptf && !strcmp(name, arena_printf(ar, "%s.ptf", e->t->name)))
			return *nbytes = (uint64_t)e->C, e->alpha;
	}
	for (int i = 0; i < q->n_qn; i++) {
		const QNode *l = &q->qn[i];
		if (l->kind == QN_GELU && !strcmp(name, arena_printf(ar, "%s.lut", l->n->name)))
			return *nbytes = 256, l->wq;
		if (l->kind == QN_HAM && !strcmp(name, arena_printf(ar, "%s.exp", l->n->name)))
			return *nbytes = 4 * (uint64_t)(2 * l->nbits + 1), l->tq;
		if (l->kind == QN_LN) {
			if (!strcmp(name, arena_printf(ar, "%s.q", l->n->in[1]->name)))
				return *nbytes = 4 * (uint64_t)l->K, l->gq;
			if (!strcmp(name, arena_printf(ar, "%s.q", l->n->in[2]->name)))
				return *nbytes = 4 * (uint64_t)l->K, l->bq;
		}
		if (l->kind == QN_SHIFT && l->n->n_in > 2 && l->n->in[2] &&
		    !strcmp(name, arena_printf(ar, "%s.q16", l->n->in[2]->name)))
			return *nbytes = 4 * (uint64_t)l->M, l->bq;
		if (l->kind == QN_MOE) {
			const Node *n = l->n;
			if (!strcmp(name, arena_printf(ar, "%s.q", n->in[1]->name)))
				return *nbytes = 2 * (uint64_t)l->K, l->rq;
			if (!strcmp(name, arena_printf(ar, "%s.exp", n->in[1]->name)))
				return *nbytes = 2, l->rew;
			if (n->in[2] && !strcmp(name, arena_printf(ar, "%s.q", n->in[2]->name)))
				return *nbytes = 8, l->rbq;
			if (!strcmp(name, arena_printf(ar, "%s.q", n->in[3]->name)))
				return *nbytes = (uint64_t)(l->M * l->K), l->wq;
			if (!strcmp(name, arena_printf(ar, "%s.exp", n->in[3]->name)))
				return *nbytes = (uint64_t)l->M, l->ew;
			if (n->in[4] && !strcmp(name, arena_printf(ar, "%s.q", n->in[4]->name)))
				return *nbytes = 4 * (uint64_t)l->M, l->bq;
			if (n->n_in > 6 && n->in[6] &&
			    !strcmp(name, arena_printf(ar, "%s.q16", n->in[6]->name)))
				return *nbytes = 4 * (uint64_t)l->M, l->sbq;
		}
		for (int k = 0; l->cq && k < l->n->n_in; k++)
			if (l->cq[k] && l->cq_name[k] && !strcmp(name, l->cq_name[k])) {
				int64_t numel = 1;
				ir_shape_numel(&l->n->in[k]->shape, 1, &numel);
				return *nbytes = (uint64_t)numel, l->cq[k];
			}
		if (l->kind != QN_LINEAR && l->kind != QN_CONV && l->kind != QN_DCONV)
			continue;
		const char *w = l->n->in[1]->name;
		const Tensor *b = l->n->n_in > 2 ? l->n->in[2] : NULL;
		if (!strcmp(name, arena_printf(ar, "%s.q", w)))
			return *nbytes = (uint64_t)(l->M * l->K * l->bits + 7) / 8, l->wq;
		if (!strcmp(name, arena_printf(ar, "%s.exp", w)))
			return *nbytes = (uint64_t)l->M, l->ew;
		if (b && !strcmp(name, arena_printf(ar, "%s.q", b->name)))   /* QN_DCONV: [C] */
			return *nbytes = 4 * (uint64_t)(l->kind == QN_DCONV ? b->shape.d[0] : l->M),
			       l->bq;
	}
	return NULL;
}

/* Write the safetensors file of the new graph's weights list. */
int quant_write_weights(Quant *q, const char *path)
{
	StFile st;
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	int n = cJSON_GetArraySize(ws), k = 0, rc;
	if (ir_st_open(q->g->weights_path, &st, &q->err))
		return -1;
	StWrite *t = xcalloc((size_t)n + 1, sizeof(StWrite));
	for (cJSON *w = ws->child; w; w = w->next, k++) {
		const char *name = cJSON_GetObjectItemCaseSensitive(w, "name")->valuestring;
		const void *d = new_data(q, name, &t[k].nbytes);
		t[k].name = name;
		if (d) {
			cJSON *sh = cJSON_GetObjectItemCaseSensitive(w, "shape");
			t[k].data = d;
			const char *dt = cJSON_GetObjectItemCaseSensitive(w, "dtype")->valuestring;
			t[k].storage = !strcmp(dt, "i32") ? DT_I32 : !strcmp(dt, "i4") ? DT_U8 : DT_I8;
			t[k].shape.rank = cJSON_GetArraySize(sh);
			for (int i = 0; i < t[k].shape.rank; i++)
				t[k].shape.d[i] = (int64_t)cJSON_GetArrayItem(sh, i)->valuedouble;
			if (!strcmp(dt, "i4"))      /* packed: a flat U8 array (docs/graph-format.md) */
				t[k].shape = (Shape){.rank = 1, .d = {(int64_t)t[k].nbytes}};
			continue;
		}
		const StEntry *e = ir_st_find(&st, name);
		if (!e) {   /* cannot happen: the graph loaded with every weight bound */
			rc = vitc_errf(&q->err, "%s: weight '%s' not found", q->g->weights_path, name);
			goto done;
		}
		t[k].storage = e->storage;
		t[k].shape = e->shape;
		t[k].data = st.data + e->begin;
		t[k].nbytes = e->end - e->begin;
	}
	rc = ir_st_write(path, t, n, &q->err);
done:
	free(t);
	ir_st_close(&st);
	return rc;
}

/* ---- fused attention split into float ops (for integer attention) ---- */

static cJSON *jnode_in(const char *name, const char *op, const char *const *in, int n_in)
{
	return jnode(name, op, strs(in, n_in), name);
}

static void jattr_ints(cJSON *n, const char *k, const int64_t *v, int count)
{
	cJSON *a = cJSON_AddArrayToObject(cJSON_GetObjectItemCaseSensitive(n, "attrs"), k);
	for (int i = 0; i < count; i++)
		cJSON_AddItemToArray(a, v[i] == IR_DIM_N ? cJSON_CreateString("N")
		                     : cJSON_CreateNumber((double)v[i]));
}

/*
 * Why fused attention "a" cannot become integer attention, or NULL: it
 * must be self-attention with constant projections and a head size d that
 * is a power of 4 (1/sqrt(d) a power of two).
 */
const char *quant_attn_blocker(const Quant *q, const Node *a)
{
	const Tensor *x = a->in[0];
	const Attr *h = ir_node_attr(a, "num_heads");
	int64_t H = h ? h->i : 1;
	if (quant_keep_float(&q->o, a->name))
		return "--keep-float";
	if (a->in[1] != x || a->in[2] != x)
		return "cross-attention (q, k, v differ): no integer version yet";
	if (!quant_f32_weight(a->in[3]) || !quant_f32_weight(a->in[5]) || x->shape.rank != 3 ||
	    ir_dim_is_batch(x->shape.d[1]))
		return "projection weights without data or a shape other than [N, L, D]";
	if (H < 1 || x->shape.d[2] % H || pass_qattn_log2_sqrt(x->shape.d[2] / H) < 0)
		return "head size not a power of 4 (1/sqrt(d) is no power of two)";
	return NULL;
}

/*
 * Self-attention "a" as the float ops nn.MultiheadAttention computes,
 * named like passes/shift_convert.c's split: <a>.in_proj, slices
 * <a>.q/.k/.v, heads, <a>.q_scaled, <a>.scores, <a>.probs, <a>.ctx,
 * <a>.ctx_t, <a>.merged, <a>.out_proj (which writes a's output), appended
 * to "nn".
 */
static void split_one(Quant *q, cJSON *nn, const QuantAttn *a)
{
	Arena *ar = &q->g->arena;
	const Tensor *x = a->x;
	int64_t H = a->H, L = x->shape.d[1], D = x->shape.d[2];
	int64_t d = D / H, B = x->shape.d[0];
#define NM(sfx) arena_printf(ar, "%s%s", a->name, sfx)
	const char *ip[3] = {x->name, a->w_in->name, a->b_in ? a->b_in->name : NULL};
	cJSON_AddItemToArray(nn, jnode_in(NM(".in_proj"), "linear", ip, ip[2] ? 3 : 2));
	static const char *const part[3] = {".q", ".k", ".v"};
	static const int64_t p_lhd[4] = {0, 2, 1, 3}, p_dhs[4] = {0, 2, 3, 1};
	for (int i = 0; i < 3; i++) {
		const char *in = NM(".in_proj");
		cJSON *c = jnode_in(NM(part[i]), "slice", &in, 1);
		jattr(c, "axis", 2);
		jattr(c, "start", (double)(i * D));
		jattr(c, "end", (double)((i + 1) * D));
		cJSON_AddItemToArray(nn, c);
		const char *hn = arena_printf(ar, "%s%s_heads", a->name, part[i]);
		const char *src = NM(part[i]);
		c = jnode_in(hn, "reshape", &src, 1);
		jattr_ints(c, "shape", (const int64_t[]){B, L, H, d}, 4);
		cJSON_AddItemToArray(nn, c);
		c = jnode_in(arena_printf(ar, "%s%s_t", a->name, part[i]), "transpose", &hn, 1);
		jattr_ints(c, "perm", i == 1 ? p_dhs : p_lhd, 4);
		cJSON_AddItemToArray(nn, c);
	}
	const char *qt = NM(".q_t");
	cJSON *c = jnode_in(NM(".q_scaled"), "div", &qt, 1);
	jattr(c, "scalar", sqrt((double)d));
	cJSON_AddItemToArray(nn, c);
	const char *sc[2] = {NM(".q_scaled"), NM(".k_t")};
	cJSON_AddItemToArray(nn, jnode_in(NM(".scores"), "matmul", sc, 2));
	const char *s1 = NM(".scores");
	c = jnode_in(NM(".probs"), "softmax", &s1, 1);
	jattr(c, "axis", -1);
	cJSON_AddItemToArray(nn, c);
	const char *pv[2] = {NM(".probs"), NM(".v_t")};
	cJSON_AddItemToArray(nn, jnode_in(NM(".ctx"), "matmul", pv, 2));
	const char *cx = NM(".ctx");
	c = jnode_in(NM(".ctx_t"), "transpose", &cx, 1);
	jattr_ints(c, "perm", p_lhd, 4);
	cJSON_AddItemToArray(nn, c);
	const char *ct = NM(".ctx_t");
	c = jnode_in(NM(".merged"), "reshape", &ct, 1);
	jattr_ints(c, "shape", (const int64_t[]){B, L, D}, 3);
	cJSON_AddItemToArray(nn, c);
	const char *op[3] = {NM(".merged"), a->w_out->name, a->b_out ? a->b_out->name : NULL};
	c = jnode(NM(".out_proj"), "linear", strs(op, op[2] ? 3 : 2), a->y->name);
	cJSON_AddItemToArray(nn, c);
#undef NM
}

/* Fused attention node "a" as a QuantAttn. */
static QuantAttn fused_parts(const Node *a)
{
	QuantAttn s = {.name = a->name, .x = a->in[0], .w_in = a->in[3], .b_in = a->in[4],
	               .w_out = a->in[5], .b_out = a->in[6], .y = a->out[0],
	               .H = ir_node_attr(a, "num_heads")->i};
	return s;
}

/*
 * Why timm's unfused attention "s" stays float, or NULL: a --keep-float
 * pattern matches its name or a node of it, or its head size is no power
 * of 4.
 */
static const char *unfused_blocker(const Quant *q, const QuantAttn *s)
{
	if (quant_keep_float(&q->o, s->name))
		return "--keep-float";
	for (int i = 0; i < s->n_nodes; i++)
		if (quant_keep_float(&q->o, s->nodes[i]->name))
			return "--keep-float";
	if (pass_qattn_log2_sqrt(s->x->shape.d[2] / s->H) < 0)
		return "head size not a power of 4 (1/sqrt(d) is no power of two)";
	return NULL;
}

/*
 * timm's unfused attentions in q->g that can become integer, into "un"
 * (one per qkv linear); member[node id] = 1 + the index of the one a node
 * belongs to.  Returns how many.
 */
static int find_unfused(const Quant *q, QuantAttn *un, int *member)
{
	int n = 0;
	for (int i = 0; i < q->g->n_nodes; i++) {
		const Node *l = q->g->nodes[i];
		if (l->op != OP_LINEAR || member[l->id] || !quant_match_unfused(q->g, l, &un[n]) ||
		    unfused_blocker(q, &un[n]))
			continue;
		for (int k = 0; k < un[n].n_nodes; k++)
			member[un[n].nodes[k]->id] = n + 1;
		n++;
	}
	return n;
}

/* The names a split of "a" adds must be fresh. */
static int split_names_fresh(Quant *q, const char *name)
{
	for (int k = 0; quant_interior_sfx[k]; k++)
		if (fresh(q, arena_printf(&q->g->arena, "%s%s", name, quant_interior_sfx[k])))
			return -1;
	if (fresh(q, arena_printf(&q->g->arena, "%s.in_proj", name)) ||
	    fresh(q, arena_printf(&q->g->arena, "%s.merged", name)) ||
	    fresh(q, arena_printf(&q->g->arena, "%s.out_proj", name)))
		return -1;
	return 0;
}

/*
 * Split every self-attention that can become integer in q->doc: fused
 * attention nodes (quant_attn_blocker) and timm's unfused chains (the
 * split takes the place of the proj linear, the chain's other nodes go),
 * and reload q->g from the result (a temporary JSON; the weights are the
 * same file).  New names must be fresh.
 */
int quant_split_attentions(Quant *q)
{
	cJSON *nodes = cJSON_GetObjectItemCaseSensitive(q->doc, "nodes");
	cJSON *nn = cJSON_CreateArray();
	char wpath[PATH_MAX];
	QuantAttn *un = xcalloc((size_t)q->g->n_nodes + 1, sizeof(QuantAttn));
	int *member = xcalloc((size_t)q->g->n_nodes + 1, sizeof(int));
	find_unfused(q, un, member);
	q->attn = xcalloc((size_t)q->g->n_nodes + 1, sizeof(char *));
	for (cJSON *n = nodes->child; n; n = n->next) {
		const char *name = cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring;
		const Node *a = quant_node_named(q->g, name);
		QuantAttn s;
		if (a && member[a->id]) {
			s = un[member[a->id] - 1];
			if (a != s.nodes[s.n_nodes - 1])
				continue;
		} else if (!a || a->op != OP_ATTENTION || quant_attn_blocker(q, a)) {
			cJSON_AddItemToArray(nn, cJSON_Duplicate(n, 1));
			continue;
		} else {
			s = fused_parts(a);
		}
		if (split_names_fresh(q, s.name))
			goto error;
		split_one(q, nn, &s);
		q->attn[q->n_attn++] = arena_strdup(&q->g->arena, s.name);
	}
	free(un);
	free(member);
	cJSON_ReplaceItemInObjectCaseSensitive(q->doc, "nodes", nn);
	if (!q->n_attn)
		return 0;
	/* the names live in the old graph's arena: copy them out before it goes */
	for (int i = 0; i < q->n_attn; i++)
		q->attn[i] = xstrdup(q->attn[i]);
	if (!realpath(q->g->weights_path, wpath))
		return vitc_errf(&q->err, "%s: %s", q->g->weights_path, strerror(errno));
	snprintf(q->tmp_split, sizeof(q->tmp_split), "%s/split.json", q->tmpdir);
	file_temp_register(q->tmp_split);
	char *text = cJSON_Print(q->doc);
	int rc = file_write_atomic(q->tmp_split, text, strlen(text), &q->err);
	free(text);
	if (rc)
		return -1;
	ir_graph_free(q->g);
	if (!(q->g = driver_load_model(q->tmp_split, wpath, &q->err)))
		return -1;
	q->g->weights_path = arena_strdup(&q->g->arena, wpath);
	return 0;
error:
	free(un);
	free(member);
	cJSON_Delete(nn);
	q->n_attn = 0;
	return -1;
}

