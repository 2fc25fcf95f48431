/*
 * quantize.c - `vitc quantize MODEL.json --calib CALIB.npy -o MODEL.q.json`:
 * post-training power-of-two int8 quantization (docs/quantization.md) of
 * a float model's linears, residual adds, LayerNorms (PTF inputs), GELUs
 * (tables) and self-attentions (Log-Int-Softmax).
 *
 * 1. Fused self-attentions are split into float ops (quantize_graph.c).
 * 2. The model is compiled, with every tensor on an integer edge added to
 *    its outputs, into a temporary .so, and run on the calibration batch
 *    with the runtime.
 * 3. Each of those tensors gets an exponent (--observer, adaptive PoT
 *    rounding; PTF offsets for LayerNorm inputs; passes/potq.c); the
 *    integer parameters of each node follow (weights per output channel,
 *    int8 or int4 by --scheme, exponents chosen by the output error on the
 *    calibration inputs; the bias at the accumulator's scale, LayerNorm
 *    constants, tables).
 * 4. quantize_graph.c writes the graph JSON (edited as JSON, so everything
 *    else stays as written) with integer nodes chained and quantize /
 *    dequantize only at float boundaries, and the safetensors file of the
 *    weights it uses.  Both are written atomically, weights first; on an
 *    error neither is left.
 */
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cJSON.h>

#include "backends/backend.h"
#include "compiler/cli.h"
#include "compiler/driver.h"
#include "compiler/options.h"
#include "compiler/npy.h"
#include "passes/passes.h"
#include "runtime/vitrt.h"

#include "compiler/quantize.h"

int quant_keep_float(const QuantOptions *o, const char *name)
{
	for (int i = 0; i < o->n_keep; i++)
		if (!fnmatch(o->keep[i], name, 0))
			return 1;
	return 0;
}

const QNode *quant_qnode_of(const Quant *q, const Node *n)
{
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].n == n)
			return &q->qn[i];
	return NULL;
}

const QNode *quant_qnode_by_name(const Quant *q, const char *name)
{
	for (int i = 0; i < q->n_qn; i++)
		if (!strcmp(q->qn[i].n->name, name))
			return &q->qn[i];
	return NULL;
}

QTen *quant_qten_of(const Quant *q, const Tensor *t)
{
	for (int i = 0; i < q->n_qt; i++)
		if (q->qt[i].t == t)
			return &q->qt[i];
	return NULL;
}

static QTen *add_qten(Quant *q, const Tensor *t)
{
	QTen *e = quant_qten_of(q, t);
	if (!e) {
		e = &q->qt[q->n_qt++];
		e->t = t;
		e->out = -1;
	}
	return e;
}

const Node *quant_node_named(const Graph *g, const char *name)
{
	for (int i = 0; i < g->n_nodes; i++)
		if (!strcmp(g->nodes[i]->name, name))
			return g->nodes[i];
	return NULL;
}

/* The float nodes of a split attention that its integer ops replace. */
const char *const quant_interior_sfx[] = {
	".q", ".k", ".v", ".q_heads", ".q_t", ".k_heads", ".k_t", ".v_heads", ".v_t",
	".q_scaled", ".scores", ".probs", ".ctx", ".ctx_t", NULL};

int quant_absorbed_name(const Quant *q, const char *name)
{
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_L2QKV &&
		    (!strcmp(q->qn[i].sub[0]->name, name) || !strcmp(q->qn[i].sub[1]->name, name)))
			return 1;
	return 0;
}

int quant_interior_name(const Quant *q, const char *name)
{
	for (int i = 0; i < q->n_attn; i++) {
		size_t len = strlen(q->attn[i]);
		if (strncmp(name, q->attn[i], len))
			continue;
		for (int k = 0; quant_interior_sfx[k]; k++)
			if (!strcmp(name + len, quant_interior_sfx[k]))
				return 1;
	}
	return 0;
}

static int interior(const Quant *q, const Node *n)
{
	return quant_interior_name(q, n->name);
}

/* An f32 activation: a graph input or a computed value. */
static int is_act(const Tensor *t)
{
	return t && t->kind != TK_WEIGHT && t->dtype == DT_F32;
}

/* A weight with f32 data. */
int quant_f32_weight(const Tensor *t)
{
	return t && t->kind == TK_WEIGHT && t->data && t->dtype == DT_F32;
}

/*
 * The kind of integer node "n" can become, or -1: a linear with f32
 * weight (and bias) data; a shift linear with pot5 weight (and f32 bias)
 * data; an add of two activations of one shape; a layer_norm over the
 * last axis with weight and bias; a GELU.
 */
int quant_qkind(const Node *n)
{
	if (n->op == OP_MOE2_LINEAR) {
		const Tensor *w1 = n->in[5];
		for (int i = 1; i < n->n_in; i++)
			if (i != 5 && n->in[i] && !quant_f32_weight(n->in[i]))
				return -1;
		return is_act(n->in[0]) && n->in[1] && n->in[3] && w1->kind == TK_WEIGHT &&
		       w1->data && w1->dtype == DT_POT5 ? QN_MOE : -1;
	}
	if (n->op == OP_SHIFT_LINEAR) {
		const Tensor *w = n->in[1], *b = n->n_in > 2 ? n->in[2] : NULL;
		return is_act(n->in[0]) && w->kind == TK_WEIGHT && w->data && w->dtype == DT_POT5 &&
		       (!b || quant_f32_weight(b)) ? QN_SHIFT : -1;
	}
	if (n->op == OP_GELU)
		return is_act(n->in[0]) ? QN_GELU : -1;
	if (n->op == OP_CONV1D_TOKENS)   /* f32 taps (and bias) with data, T and C fixed */
		return is_act(n->in[0]) && quant_f32_weight(n->in[1]) &&
		       (n->n_in < 3 || !n->in[2] || quant_f32_weight(n->in[2])) &&
		       n->in[0]->shape.rank == 3 && !ir_dim_is_batch(n->in[0]->shape.d[1]) &&
		       n->in[1]->shape.rank == 3 && n->in[1]->shape.d[2] <= 4096 ? QN_DCONV : -1;
	if (n->op == OP_CONV2D)
		return quant_conv_blocker(n) ? -1 : QN_CONV;
	if (quant_addw_weight(n) >= 0)
		return QN_ADDW;
	if (n->op == OP_HAMMING_ATTENTION)   /* v an activation, the codes bits */
		return is_act(n->in[2]) && n->in[0]->shape.rank == 4 &&
		       ir_node_attr(n, "scale")->f > 0 && ir_node_attr(n, "scale")->f < 1e6 &&
		       !ir_dim_is_batch(n->in[0]->shape.d[2]) ? QN_HAM : -1;
	if (n->op == OP_LAYER_NORM) {
		const Attr *ax = ir_node_attr(n, "axes");
		const Shape *x = &n->in[0]->shape;
		if (is_act(n->in[0]) && n->n_in == 3 && quant_f32_weight(n->in[1]) && quant_f32_weight(n->in[2]) &&
		    (!ax || ax->i == 1) && x->rank >= 1 && !ir_dim_is_batch(x->d[x->rank - 1]) &&
		    x->d[x->rank - 1] <= PASS_QLN_C_MAX)
			return QN_LN;
		return -1;
	}
	if (n->op == OP_LINEAR) {
		const Tensor *w = n->in[1], *b = n->n_in > 2 ? n->in[2] : NULL;
		if (is_act(n->in[0]) && w->kind == TK_WEIGHT && w->data && w->dtype == DT_F32 &&
		    (!b || (b->kind == TK_WEIGHT && b->data)))
			return QN_LINEAR;
	} else if (n->op == OP_ADD && n->n_in == 2 && is_act(n->in[0]) && is_act(n->in[1])) {
		const Shape *a = &n->in[0]->shape, *b = &n->in[1]->shape;
		int same = a->rank == b->rank;
		for (int d = 0; same && d < a->rank; d++)
			same = a->d[d] == b->d[d];
		if (same)
			return QN_ADD;
	}
	return -1;
}

/*
 * The nodes to make integer (not --keep-float) and the tensors on their
 * edges: which a QNode writes, which must also exist as f32.
 */
static int collect(Quant *q)
{
	Graph *g = q->g;
	q->qn = xcalloc((size_t)g->n_nodes + 1, sizeof(QNode));
	q->qt = xcalloc(3 * (size_t)g->n_nodes + 1, sizeof(QTen));
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		int kind = quant_qkind(n);
		int before = q->n_qn;
		const Node *sub[2] = {NULL, NULL};
		if (kind < 0 && quant_match_l2qkv(g, n, &sub[0], &sub[1]) &&
		    !quant_keep_float(&q->o, sub[0]->name) && !quant_keep_float(&q->o, sub[1]->name))
			kind = QN_L2QKV;
		if (kind < 0 && quant_collect_move(q, n)) {
			/* data movement on int8 (the moves it added, appended): its output is
			   integer, its inputs were already */
			for (int k = before; k < q->n_qn; k++)
				add_qten(q, q->qn[k].y)->produced = 1;
			continue;
		}
		if (kind < 0 || quant_keep_float(&q->o, n->name))
			continue;
		QNode *l = &q->qn[q->n_qn++];
		l->n = n;
		l->kind = (QNKind)kind;
		l->n_act = kind == QN_ADD ? 2 : 1;
		l->act[0] = kind == QN_HAM ? n->in[2] : kind == QN_L2QKV ? sub[0]->in[1] : n->in[0];
		l->act[1] = kind == QN_ADD ? n->in[1] : NULL;
		l->y = n->out[0];
		if (kind == QN_LINEAR || kind == QN_SHIFT) {
			l->M = n->in[1]->shape.d[0];
			l->K = n->in[1]->shape.d[1];
			if (kind == QN_LINEAR)
				q->n_lin++;
			else
				q->n_shift++;
		} else if (kind == QN_MOE) {
			l->M = n->in[3]->shape.d[0];
			l->K = n->in[3]->shape.d[1];
			q->n_moe++;
		} else if (kind == QN_LN) {
			l->K = n->in[1]->shape.d[0];
		} else if (kind == QN_CONV) {
			const Shape *w = &n->in[1]->shape;
			l->M = w->d[0];
			l->K = w->d[1] * w->d[2] * w->d[3];
			l->kh = w->d[2];
			l->kw = w->d[3];
		} else if (kind == QN_ADDW) {
			l->w_idx = quant_addw_weight(n);
			l->act[0] = n->in[1 - l->w_idx];
		} else if (kind == QN_HAM) {
			l->H = ir_node_attr(n, "num_heads")->i;
			l->nbits = n->in[0]->shape.d[3];
		} else if (kind == QN_DCONV) {
			l->M = n->in[1]->shape.d[0];
			l->K = n->in[1]->shape.d[2];
		} else if (kind == QN_L2QKV) {
			l->sub[0] = sub[0];
			l->sub[1] = sub[1];
			l->H = ir_node_attr(n, "num_heads")->i;
		}
		for (int k = 0; k < l->n_act; k++)
			add_qten(q, l->act[k]);
		add_qten(q, n->out[0])->produced = 1;
	}
	for (int i = 0; i < q->n_attn; i++) {
		QNode *l = &q->qn[q->n_qn++];
		l->n = quant_node_named(g, arena_printf(&g->arena, "%s.merged", q->attn[i]));
		l->kind = QN_ATTN;
		l->n_act = 1;
		l->act[0] = quant_node_named(g, arena_printf(&g->arena, "%s.in_proj", q->attn[i]))->out[0];
		l->scores = quant_node_named(g, arena_printf(&g->arena, "%s.scores", q->attn[i]))->out[0];
		l->y = l->n->out[0];
		l->H = l->act[0]->shape.d[2] / 3 / quant_node_named(g, arena_printf(&g->arena, "%s.q_heads",
		       q->attn[i]))->out[0]->shape.d[3];
		add_qten(q, l->act[0]);
		add_qten(q, l->y)->produced = 1;
		add_qten(q, l->scores)->produced = 1;
	}
	if (!q->n_lin && !q->n_shift && !q->n_moe)
		return vitc_errf(&q->err, "%s: no linear to quantize (every one kept float or "
		                 "without weight data)", q->o.model);
	/* shift linears keep their pot5 weights: 4-bit weights are not theirs to take */
	for (int i = 0; !strcmp(q->o.scheme, "pot-w4a8") && i < q->n_qn; i++)
		if (q->qn[i].kind == QN_SHIFT || q->qn[i].kind == QN_MOE)
			return vitc_errf(&q->err, "%s: layer '%s': %s keeps its 5-bit power-of-two "
			                 "weights (pot5) and cannot take --scheme pot-w4a8's 4-bit weights; "
			                 "use --scheme pot-w8a8 or mixed, or --keep-float '%s'", q->o.model,
			                 q->qn[i].n->name, q->qn[i].kind == QN_SHIFT ? "shift_linear"
			                 : "moe2_linear's shift expert", q->qn[i].n->name);
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		const QNode *l = quant_qnode_of(q, n);
		if (interior(q, n) || quant_absorbed_name(q, n->name) ||
		    (l && (l->kind == QN_ATTN || l->kind == QN_MOVE || l->kind == QN_ADDW ||
		           l->kind == QN_L2QKV)))
			continue;
		for (int k = l && l->kind != QN_HAM ? l->n_act : 0; k < n->n_in; k++) {
			QTen *e = n->in[k] && !(l && n->in[k] == l->act[0]) ? quant_qten_of(q, n->in[k])
			                                                   : NULL;
			if (e)
				e->need_float = 1;
		}
	}
	for (int i = 0; i < g->n_outputs; i++) {
		QTen *e = quant_qten_of(q, g->outputs[i]);
		if (e)
			e->need_float = 1;
	}
	for (int i = 0; i < q->n_qt; i++)
		q->qt[i].need_float &= q->qt[i].produced;
	/* PTF: the inputs of integer LayerNorms, unless a linear reads them too */
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LN) {
			QTen *e = quant_qten_of(q, q->qn[i].n->in[0]);
			e->ptf = 1;
			e->C = q->qn[i].K;
		}
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LINEAR || q->qn[i].kind == QN_SHIFT ||
		    q->qn[i].kind == QN_MOE || q->qn[i].kind == QN_HAM ||
		    q->qn[i].kind == QN_CONV || q->qn[i].kind == QN_DCONV ||
		    q->qn[i].kind == QN_L2QKV)
			quant_qten_of(q, q->qn[i].act[0])->ptf = 0;
	/* nor where the producer writes one exponent (only qlinear and qadd requantize per
	   channel along the last axis; the rest would write the base exponent) */
	for (int i = 0; i < q->n_qn; i++) {
		QNKind k = q->qn[i].kind;
		if (k != QN_LINEAR && k != QN_ADD && k != QN_ADDW && k != QN_MOVE)
			quant_qten_of(q, q->qn[i].y)->ptf = 0;
	}
	/* a move copies codes of one exponent: no PTF on its edges */
	for (int i = 0; i < q->n_qn; i++)
		for (int k = 0; q->qn[i].kind == QN_MOVE && k <= q->qn[i].n->n_in; k++) {
			const Tensor *t = k ? q->qn[i].n->in[k - 1] : q->qn[i].y;
			QTen *e = t ? quant_qten_of(q, t) : NULL;
			if (e)
				e->ptf = 0;
		}
	quant_ptf_concats(q);
	return 0;
}

/* Index of string "s" in JSON array "a" of strings, or -1. */
static int json_index(const cJSON *a, const char *s)
{
	int i = 0;
	for (const cJSON *e = a ? a->child : NULL; e; e = e->next, i++)
		if (cJSON_IsString(e) && !strcmp(e->valuestring, s))
			return i;
	return -1;
}

/* Append "s" to the outputs array "a" unless there; its index. */
static int add_output(cJSON *a, const char *s)
{
	int i = json_index(a, s);
	if (i >= 0)
		return i;
	cJSON_AddItemToArray(a, cJSON_CreateString(s));
	return cJSON_GetArraySize(a) - 1;
}

/* The temporary directory of the calibration model (and the split graph). */
static int make_tmpdir(Quant *q)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(q->tmpdir, sizeof(q->tmpdir), "%s/vitc-quantize-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(q->tmpdir)) {
		q->tmpdir[0] = 0;
		return vitc_errf(&q->err, "cannot create a temporary directory: %s", strerror(errno));
	}
	return 0;
}

/* Write the calibration graph (linear inputs and outputs exposed) and compile it. */
static int build_calib_model(Quant *q)
{
	char wpath[PATH_MAX];
	snprintf(q->tmp_json, sizeof(q->tmp_json), "%s/calib.json", q->tmpdir);
	snprintf(q->tmp_so, sizeof(q->tmp_so), "%s/calib.so", q->tmpdir);
	file_temp_register(q->tmp_json);
	file_temp_register(q->tmp_so);
	cJSON *c = cJSON_Duplicate(q->doc, 1);
	if (!realpath(q->g->weights_path, wpath)) {
		cJSON_Delete(c);
		return vitc_errf(&q->err, "%s: %s", q->g->weights_path, strerror(errno));
	}
	cJSON_DeleteItemFromObjectCaseSensitive(c, "weights_file");
	cJSON *outs = cJSON_GetObjectItemCaseSensitive(c, "outputs");
	/* a graph input cannot be an output: its values are the batch itself */
	for (int i = 0; i < q->n_qt; i++)
		if (q->qt[i].t->kind != TK_INPUT)
			q->qt[i].out = add_output(outs, q->qt[i].t->name);
	char *text = cJSON_Print(c);
	cJSON_Delete(c);
	int rc = file_write_atomic(q->tmp_json, text, strlen(text), &q->err);
	free(text);
	if (rc)
		return -1;
	CompileOptions co = {.model = q->tmp_json, .output = q->tmp_so, .weights = wpath,
	                     .opt_level = CG_DEFAULT_OPT_LEVEL, .fuse = 1};
	if (driver_compile(&co, &q->err)) {
		char m[sizeof(q->err.msg)];
		snprintf(m, sizeof(m), "%s", q->err.msg);
		return vitc_errf(&q->err, "%s: compiling the calibration model: %s", q->o.model, m);
	}
	return 0;
}

/*
 * The calibration batch: f32, the model input's rank and fixed dims, a
 * batch of at least one, finite values.  *batch is its N (1 when the
 * model's input has no batch dimension).
 */
static int check_calib(Quant *q, const vitrt_tensor_info *in, const NpyArray *a, int64_t *batch)
{
	const char *f = q->o.calib;
	if (a->dtype != VITRT_F32)
		return vitc_errf(&q->err, "%s: dtype %s, but the model's input '%s' is f32", f,
		                 vitrt_dtype_name(a->dtype), in->name);
	if (a->rank != in->rank)
		return vitc_errf(&q->err, "%s: rank %d, but the model's input '%s' has rank %d", f,
		                 a->rank, in->name, in->rank);
	*batch = 1;
	for (int d = 0; d < a->rank; d++) {
		if (in->dims[d] == VITRT_DIM_N) {
			*batch = a->dims[d];
			if (a->dims[d] < 1)
				return vitc_errf(&q->err, "%s: empty calibration batch (dimension %d is 0)",
				                 f, d);
		} else if (a->dims[d] != in->dims[d]) {
			return vitc_errf(&q->err, "%s: dimension %d is %lld, but the model's input '%s' "
			                 "has %lld there", f, d, (long long)a->dims[d], in->name,
			                 (long long)in->dims[d]);
		}
	}
	const float *v = a->data;
	for (size_t i = 0; i < a->nbytes / 4; i++)
		if (!isfinite(v[i]))
			return vitc_errf(&q->err, "%s: element %zu is %s; calibration needs finite "
			                 "values", f, i, isnan(v[i]) ? "NaN" : "Inf");
	return 0;
}

/* The QNode that writes "t", else the first that reads it (for messages). */
static const Node *tensor_user(const Quant *q, const Tensor *t)
{
	for (int i = 0; i < q->n_qn; i++) {
		const QNode *l = &q->qn[i];
		if (l->y == t || l->scores == t)
			return l->n;
	}
	for (int i = 0; i < q->n_qn; i++)
		for (int k = 0; k < q->qn[i].n_act; k++)
			if (q->qn[i].act[k] == t)
				return q->qn[i].n;
	return NULL;
}

/* Run the calibration model on the batch; out[i] = output i (malloc'd). */
static int run_calib(Quant *q, void ***outp, int *n_out)
{
	VitrtModel *m = NULL;
	VitrtContext *c = NULL;
	NpyArray a = {0};
	void **out = NULL;
	int no = 0, rc = -1;
	int64_t batch = 1;
	if (vitrt_model_load(q->tmp_so, &m) != VITRT_OK) {
		vitc_errf(&q->err, "%s: loading the calibration model: %s", q->o.model,
		          vitrt_last_error());
		goto done;
	}
	if (vitrt_model_num_inputs(m) != 1) {
		vitc_errf(&q->err, "%s: the model has %d inputs; calibration takes models with one",
		          q->o.model, vitrt_model_num_inputs(m));
		goto done;
	}
	if (npy_read(q->o.calib, &a, &q->err) ||
	    check_calib(q, vitrt_model_input(m, 0), &a, &batch))
		goto done;
	if (!(c = vitrt_context_create(m, 0))) {
		vitc_errf(&q->err, "calibration: %s", vitrt_last_error());
		goto done;
	}
	no = vitrt_model_num_outputs(m);
	out = xcalloc((size_t)no + 1, sizeof(void *));
	for (int i = 0; i < no; i++)
		out[i] = xcalloc(vitrt_tensor_bytes(vitrt_model_output(m, i), batch) + 1, 1);
	const void *in[1] = {a.data};
	if (vitrt_run(c, batch, in, out) != VITRT_OK) {
		vitc_errf(&q->err, "%s: running the calibration model: %s", q->o.model,
		          vitrt_last_error());
		goto done;
	}
	int ob = pass_potq_observer(q->o.observer);
	for (int i = 0; i < q->n_qt; i++) {
		QTen *e = &q->qt[i];
		size_t nv = e->out < 0 ? a.nbytes / 4
		            : vitrt_tensor_bytes(vitrt_model_output(m, e->out), batch) / 4;
		if (e->out < 0 && !q->calib_in)
			q->calib_in = memcpy(xmalloc(a.nbytes + 1), a.data, a.nbytes);
		const float *v = e->out < 0 ? q->calib_in : out[e->out];
		/* observer batches of --calib-batch images (the batch is the leading dim) */
		size_t blen = q->o.calib_batch < batch ? nv / (size_t)batch * (size_t)q->o.calib_batch : 0;
		const char *why;
		e->v = v;
		e->nv = nv;
		if (e->ptf)
			e->alpha = xmalloc((size_t)e->C);
		if (e->ptf ? pass_potq_ptf(v, nv / (size_t)e->C, e->C, blen, ob, &e->e, e->alpha, &why)
		    : pass_potq_observe(v, nv, blen, ob, &e->e, &why)) {
			const Node *user = tensor_user(q, e->t);
			vitc_errf(&q->err, "%s: layer '%s': %s '%s' on the calibration batch: %s",
			          q->o.model, user->name, e->produced ? "output" : "input",
			          e->t->name, why);
			goto done;
		}
	}
	rc = 0;
done:
	if (rc && out) {
		for (int i = 0; i < no; i++)
			free(out[i]);
		free(out);
		out = NULL;
	}
	*outp = out;
	*n_out = no;
	npy_free(&a);
	vitrt_context_free(c);
	vitrt_model_free(m);
	return rc;
}

int quant_exp_of(const Quant *q, const Tensor *t)
{
	return quant_qten_of(q, t)->e;
}

/*
 * Linear "l"'s weight codes wq[M][K] and exponents ew[M] at "bits", each
 * row's exponent chosen by its output error over the Gram matrix G of the
 * calibration inputs; *err the summed error.
 */
static int linear_at(Quant *q, const QNode *l, int bits, const double *G, int8_t *wq,
                     int8_t *ew, double *err)
{
	const Tensor *w = l->n->in[1];
	double *re = xmalloc(sizeof(double) * (size_t)l->M);
	const char *why;
	int64_t row;
	if (pass_potq_weight(w->data, l->M, l->K, bits, G, wq, ew, re, &row, &why)) {
		free(re);
		return vitc_errf(&q->err, "%s: layer '%s': weight '%s' row %lld: %s", q->o.model,
		                 l->n->name, w->name, (long long)row, why);
	}
	*err = 0;
	for (int64_t j = 0; j < l->M; j++)
		*err += re[j];
	free(re);
	return 0;
}

/*
 * A linear's weights at the --scheme's bits (8, 4, or under "mixed" both,
 * with the relative error increase from 8 to 4 bits as l->cost).
 */
static int quantize_linear(Quant *q, QNode *l)
{
	const QTen *x = quant_qten_of(q, l->n->in[0]);
	double *G = l->kind == QN_CONV ? quant_conv_gram(q, l)
	            : pass_potq_gram(x->v, x->nv / (size_t)l->K, l->K), e8 = 0, e4 = 0;
	/* the patch embedding keeps 8-bit weights under every --scheme (the first layer) */
	int mixed = !strcmp(q->o.scheme, "mixed") && l->kind == QN_LINEAR, rc;
	l->bits = !strcmp(q->o.scheme, "pot-w4a8") && l->kind == QN_LINEAR ? 4 : 8;
	l->wq = xmalloc((size_t)(l->M * l->K));
	l->ew = xmalloc((size_t)l->M);
	rc = linear_at(q, l, l->bits, G, l->wq, l->ew, &e8);
	if (!rc && mixed) {
		l->wq4 = xmalloc((size_t)(l->M * l->K));
		l->ew4 = xmalloc((size_t)l->M);
		rc = linear_at(q, l, 4, G, l->wq4, l->ew4, &e4);
		double energy = pass_potq_energy(l->n->in[1]->data, l->M, l->K, G);
		l->cost = energy > 0 ? (e4 - e8) / energy : 0;
	}
	free(G);
	return rc;
}

/*
 * The chosen bits in place (4: the codes packed two per byte), every
 * requantization shift in range, the bias.
 */
static int finish_linear(Quant *q, QNode *l)
{
	const Tensor *b = l->n->n_in > 2 ? l->n->in[2] : NULL;
	int ex = quant_exp_of(q, l->n->in[0]), ey = quant_exp_of(q, l->n->out[0]);
	if (l->wq4 && l->bits == 4) {
		free(l->wq);
		free(l->ew);
		l->wq = l->wq4;
		l->ew = l->ew4;
		l->wq4 = l->ew4 = NULL;
	}
	if (l->bits == 4) {
		uint8_t *p = xmalloc((size_t)(l->M * l->K + 1) / 2 + 1);
		pass_potq_pack_i4(l->wq, (size_t)(l->M * l->K), p);
		free(l->wq);
		l->wq = (int8_t *)p;
	}
	for (int64_t j = 0; j < l->M; j++) {
		ey = quant_exp_at(q, l->n->out[0], j);          /* its PTF offset added */
		int s = ey - ex - l->ew[j];
		if (s < PASS_QSHIFT_MIN || s > PASS_QSHIFT_MAX)
			return vitc_errf(&q->err, "%s: layer '%s': channel %lld: requantization shift "
			                 "%d outside %d..%d (exponents: input %d, weight %d, output %d)",
			                 q->o.model, l->n->name, (long long)j, s, PASS_QSHIFT_MIN,
			                 PASS_QSHIFT_MAX, ex, l->ew[j], ey);
	}
	if (b) {
		const float *bf = b->data;
		l->bq = xmalloc(sizeof(int32_t) * (size_t)l->M);
		for (int64_t j = 0; j < l->M; j++)
			l->bq[j] = pass_potq_bias(bf[j], ex, l->ew[j]);
	}
	return 0;
}

/* --scheme mixed: 4 or 8 bits per linear within --bits-budget (pass_potq_mixed). */
static void choose_bits(Quant *q)
{
	int n = 0, *bits = xcalloc((size_t)q->n_qn + 1, sizeof(int));
	double *cost = xcalloc((size_t)q->n_qn + 1, sizeof(double));
	int64_t *params = xcalloc((size_t)q->n_qn + 1, sizeof(int64_t));
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LINEAR) {
			cost[n] = q->qn[i].cost;
			params[n++] = q->qn[i].M * q->qn[i].K;
		}
	pass_potq_mixed(n, cost, params, q->o.bits_budget, bits);
	n = 0;
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LINEAR)
			q->qn[i].bits = bits[n++];
	free(bits);
	free(cost);
	free(params);
}

/* The exponent of tensor "t" at channel c (its PTF offset added). */
int quant_exp_at(const Quant *q, const Tensor *t, int64_t c)
{
	const QTen *e = quant_qten_of(q, t);
	return e->e + (e->ptf ? e->alpha[c] : 0);
}

/* An add's exponents within what qadd accepts (passes/qops.c), every channel. */
static int check_add(Quant *q, const QNode *l)
{
	const Shape *sh = &l->n->out[0]->shape;
	int64_t C = sh->d[sh->rank - 1], sa, sb, k;
	for (int64_t c = 0; c < C; c++) {
		int ea = quant_exp_at(q, l->n->in[0], c), eb = quant_exp_at(q, l->n->in[1], c);
		int ey = quant_exp_at(q, l->n->out[0], c);
		const char *why;
		if (pass_qadd_shifts(ea, eb, ey, &sa, &sb, &k, &why))
			return vitc_errf(&q->err, "%s: layer '%s': channel %lld: exponents %d + %d -> %d: "
			                 "%s", q->o.model, l->n->name, (long long)c, ea, eb, ey, why);
	}
	return 0;
}

/* A LayerNorm's g, b and eps_q (passes/potq.c). */
static void quantize_ln(Quant *q, QNode *l)
{
	const Node *n = l->n;
	const Attr *ea = ir_node_attr(n, "eps");
	l->gq = xmalloc(sizeof(int32_t) * (size_t)l->K);
	l->bq = xmalloc(sizeof(int32_t) * (size_t)l->K);
	l->eps_q = pass_potq_layernorm(n->in[1]->data, n->in[2]->data, ea ? ea->f : 1e-5, l->K,
	                               quant_exp_of(q, n->in[0]), quant_exp_of(q, n->out[0]), l->gq, l->bq);
}

/* An attention's requantization shifts and Log-Int-Softmax bound within the kernels' limits. */
static int check_attn(Quant *q, const QNode *l)
{
	int e = quant_exp_of(q, l->act[0]), es = quant_exp_of(q, l->scores), ec = quant_exp_of(q, l->y);
	int64_t d = l->act[0]->shape.d[2] / 3 / l->H, L = l->act[0]->shape.d[1];
	int k1 = es - 2 * e + pass_qattn_log2_sqrt(d), k2 = ec - e + 15;
	const char *why = NULL;
	if (k1 < PASS_QSHIFT_MIN || k1 > PASS_QSHIFT_MAX || k2 < PASS_QSHIFT_MIN ||
	    k2 > PASS_QSHIFT_MAX)
		why = "a requantization shift outside -31..62";
	else if (pass_lis_check(es, L))
		why = "the integer exponentials of a row could leave int64";
	if (why)
		return vitc_errf(&q->err, "%s: layer '%s': exponents q|k|v %d, scores %d, output %d: %s",
		                 q->o.model, l->n->name, e, es, ec, why);
	return 0;
}

/*
 * A Hamming attention between int8 tensors: its softmax weight table
 * (pass_potq_hamming_table) and its exponents within the kernel's limit.
 */
static int quantize_hamming(Quant *q, QNode *l)
{
	int ev = quant_exp_of(q, l->act[0]), eo = quant_exp_of(q, l->y);
	if (ev - eo < -PASS_QHAM_SHIFT_MAX || ev - eo > PASS_QHAM_SHIFT_MAX)
		return vitc_errf(&q->err, "%s: layer '%s': exponents v %d, output %d differ by more "
		                 "than %d", q->o.model, l->n->name, ev, eo, PASS_QHAM_SHIFT_MAX);
	l->tq = xmalloc(sizeof(int32_t) * (size_t)(2 * l->nbits + 1));
	pass_potq_hamming_table(ir_node_attr(l->n, "scale")->f, l->nbits, l->tq);
	return 0;
}

/* The integer parameters of every QNode. */
static int quantize_nodes(Quant *q)
{
	for (int i = 0; i < q->n_qn; i++) {
		QNode *l = &q->qn[i];
		if (l->kind == QN_LN) {
			quantize_ln(q, l);
		} else if (l->kind == QN_GELU) {
			const Attr *ap = ir_node_attr(l->n, "approximate");
			l->wq = xmalloc(256);
			pass_potq_gelu_table(quant_exp_of(q, l->act[0]), quant_exp_of(q, l->y),
			                     ap && ap->s && !strcmp(ap->s, "tanh"), l->wq);
		} else if (l->kind == QN_ATTN) {
			if (check_attn(q, l))
				return -1;
		} else if (l->kind == QN_HAM) {
			if (quantize_hamming(q, l))
				return -1;
		} else if (l->kind == QN_DCONV) {
			if (quant_dconv_params(q, l))
				return -1;
		} else if (l->kind == QN_L2QKV) {
			if (quant_l2qkv_params(q, l))
				return -1;
		} else if (l->kind == QN_SHIFT) {
			if (quant_shift_params(q, l, l->n->n_in > 2 ? l->n->in[2] : NULL, &l->bq))
				return -1;
		} else if (l->kind == QN_MOE) {
			if (quant_moe_params(q, l))
				return -1;
		} else if (l->kind == QN_ADDW || l->kind == QN_MOVE) {
			if (quant_patch_params(q, l))
				return -1;
		} else if (l->kind == QN_LINEAR || l->kind == QN_CONV ? quantize_linear(q, l)
		           : check_add(q, l))
			return -1;
	}
	if (!strcmp(q->o.scheme, "mixed"))
		choose_bits(q);
	for (int i = 0; i < q->n_qn; i++)
		if ((q->qn[i].kind == QN_LINEAR || q->qn[i].kind == QN_CONV) &&
		    finish_linear(q, &q->qn[i]))
			return -1;
	return 0;
}

/* "out.json" -> "out.safetensors" (any other name: + ".safetensors"). */
static char *weights_path_for(const char *json)
{
	size_t n = strlen(json);
	char *p = xmalloc(n + 16);
	memcpy(p, json, n + 1);
	if (n > 5 && !strcmp(p + n - 5, ".json"))
		p[n - 5] = 0;
	strcat(p, ".safetensors");
	return p;
}

/* --keep-float PATTERN (repeatable): collect the patterns. */
static int add_keep(void *opts, const char *val, char *why, size_t len)
{
	QuantOptions *o = opts;

	if (o->n_keep == MAX_KEEP) {
		snprintf(why, len, "more than %d --keep-float patterns", MAX_KEEP);
		return -1;
	}
	o->keep[o->n_keep++] = val;
	return 0;
}

#define F(x) offsetof(QuantOptions, x)
static const OptSpec quantize_opts[] = {
	{"--calib", NULL, "CALIB.npy", OPT_STR, F(calib), .flags = OPT_REQUIRED,
	 .help = "the calibration batch (f32, the model's input shape)"},
	{"-o", NULL, "MODEL.q.json", OPT_STR, F(output), .flags = OPT_REQUIRED,
	 .help = "the quantized graph (weights beside it: MODEL.q.safetensors)"},
	{"--weights", NULL, "FILE", OPT_STR, F(weights),
	 .help = "the float weights (default: the model's weights_file)"},
	{"--observer", NULL, "minmax|ema|percentile|omse", OPT_CHOICE, F(observer),
	 .help = "how activation ranges are observed (default minmax;\n"
	         "docs/quantization.md)"},
	{"--calib-batch", NULL, "N", OPT_INT, F(calib_batch), .lo = 1, .hi = 1 << 30,
	 .help = "images per observer batch (ema, percentile, omse; default 100)"},
	{"--scheme", NULL, "pot-w8a8|pot-w4a8|mixed", OPT_CHOICE, F(scheme),
	 .help = "weight bits: int8, int4, or 4/8 per linear (default pot-w8a8)"},
	{"--bits-budget", NULL, "B", OPT_DOUBLE, F(bits_budget), .lo = 4, .hi = 8,
	 .help = "--scheme mixed: the average weight bits to stay within"},
	{"--keep-float", NULL, "PATTERN", OPT_CALL, .call = add_keep, .flags = OPT_MANY,
	 .help = "keep the nodes whose name matches the shell PATTERN in float"},
	{"--no-measure", NULL, NULL, OPT_FLAG, F(no_measure), .ival = 1,
	 .help = "do not time the realizations of shift linears (keep the shift kernel)"},
	{NULL},
};
#undef F

const OptCommand cli_quantize_cmd = {
	.name = "quantize", .positional = "MODEL.json", .pos_off = offsetof(QuantOptions, model),
	.summary = "power-of-two int8/int4 quantization (docs/quantization.md)",
	.about = "Calibrate the float model on CALIB.npy (run in C through a temporary\n"
	         "compiled model), choose power-of-two scales, and write a graph whose\n"
	         "linears, residual adds, layer norms (PTF), fused self-attention\n"
	         "(Log-Int-Softmax) and GELUs are int8 ops (weights int8 or int4 per\n"
	         "--scheme) with shift requantization, chained without float in between;\n"
	         "ShiftAdd shift linears and MoEs read and write int8 around their own\n"
	         "integer arithmetic; `vitc inspect` lists the bits per linear, what each\n"
	         "layer became and what stays float.",
	.opts = quantize_opts,
};

/* Load, calibrate, quantize and write; 0 or -1 with q->err set. */
static int quantize_model(Quant *q, const char *st_path)
{
	char *text = NULL;
	size_t len;
	void **outs = NULL;
	int n_outs = 0, rc = -1;
	if (!(q->g = driver_load_model(q->o.model, q->o.weights, &q->err)))
		return -1;
	if (!q->g->weights_path)
		return vitc_errf(&q->err, "%s: the model has no weights file", q->o.model);
	if (file_read_all(q->o.model, (size_t)1 << 30, &text, &len, &q->err))
		return -1;
	q->doc = cJSON_ParseWithLength(text, len);
	free(text);
	text = NULL;
	if (!q->doc)
		return vitc_errf(&q->err, "%s: not valid JSON", q->o.model);
	if (make_tmpdir(q) || quant_split_attentions(q) || collect(q) || build_calib_model(q) ||
	    run_calib(q, &outs, &n_outs) || quant_unify_moves(q) ||
	    quantize_nodes(q) || quant_choose_realizations(q))
		goto done;
	const char *base = strrchr(st_path, '/');
	if (quant_rewrite_doc(q, base ? base + 1 : st_path) || quant_write_weights(q, st_path))
		goto done;
	text = cJSON_Print(q->doc);
	if (file_write_atomic(q->o.output, text, strlen(text), &q->err)) {
		unlink(st_path);
		goto done;
	}
	rc = 0;
done:
	free(text);
	for (int i = 0; outs && i < n_outs; i++)
		free(outs[i]);
	free(outs);
	return rc;
}

/* The parameter-weighted average weight bits of the integer linears. */
static double avg_bits(const Quant *q)
{
	double p = 0, b = 0;
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LINEAR) {
			p += (double)(q->qn[i].M * q->qn[i].K);
			b += (double)(q->qn[i].M * q->qn[i].K * q->qn[i].bits);
		}
	return p > 0 ? b / p : 0;
}

/* "; N shift linear(s) (pot5 weights), M MoE(s)" for the summary line (a static buffer). */
static const char *shift_note(int n, int m)
{
	static char b[96];
	snprintf(b, sizeof(b), "; %d shift linear%s (pot5 weights), %d MoE%s", n,
	         n == 1 ? "" : "s", m, m == 1 ? "" : "s");
	return b;
}

int cmd_quantize(int argc, char **argv)
{
	Quant q = {.o = {.observer = "minmax", .scheme = "pot-w8a8", .calib_batch = 100}};
	int rc = cli_parse(&cli_quantize_cmd, argc, argv, &q.o);
	if (rc)
		return rc == 1 ? 0 : rc;
	int mixed = !strcmp(q.o.scheme, "mixed");
	if (mixed != (q.o.bits_budget > 0))
		return cli_usage_error("quantize", mixed ? "--scheme mixed needs --bits-budget B"
		                       : "--bits-budget is for --scheme mixed only");
	char *st_path = weights_path_for(q.o.output);
	rc = quantize_model(&q, st_path);
	if (rc)
		fprintf(stderr, "vitc: %s\n", q.err.msg);
	else
		printf("%s: %d integer node%s (%d linear%s, %.2f weight bits on average%s) with "
		       "power-of-two scales; weights in %s\n", q.o.output, q.n_qn,
		       q.n_qn == 1 ? "" : "s", q.n_lin, q.n_lin == 1 ? "" : "s", avg_bits(&q),
		       q.n_shift + q.n_moe ? shift_note(q.n_shift, q.n_moe) : "", st_path);
	if (q.tmpdir[0]) {
		unlink(q.tmp_json);
		unlink(q.tmp_so);
		file_temp_forget(q.tmp_json);
		file_temp_forget(q.tmp_so);
		if (q.tmp_split[0]) {
			unlink(q.tmp_split);
			file_temp_forget(q.tmp_split);
		}
		rmdir(q.tmpdir);
	}
	for (int i = 0; i < q.n_qn; i++) {
		free(q.qn[i].wq);
		free(q.qn[i].ew);
		free(q.qn[i].bq);
		free(q.qn[i].gq);
		free(q.qn[i].wq4);
		free(q.qn[i].ew4);
		free(q.qn[i].rq);
		free(q.qn[i].rew);
		free(q.qn[i].rbq);
		free(q.qn[i].sbq);
		free(q.qn[i].real_why);
		free(q.qn[i].tq);
		for (int j = 0; q.qn[i].cq && j < q.qn[i].n->n_in; j++)
			free(q.qn[i].cq[j]);
		free(q.qn[i].cq);
		free((void *)q.qn[i].cq_name);
	}
	free(q.calib_in);
	for (int i = 0; i < q.n_qt; i++)
		free(q.qt[i].alpha);
	for (int i = 0; i < q.n_attn; i++)
		free((char *)q.attn[i]);
	free(q.attn);
	free(q.qn);
	free(q.qt);
	cJSON_Delete(q.doc);
	if (q.g)
		ir_graph_free(q.g);
	free(st_path);
	return rc ? 1 : 0;
}
