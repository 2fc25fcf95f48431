/*
 * quantize.c - `vitc quantize MODEL.json --calib CALIB.npy -o MODEL.q.json`:
 * post-training power-of-two int8 quantization of a float model's linears
 * (docs/quantization.md).
 *
 * 1. The model is compiled, with the input and the output of every linear
 *    to quantize added to its outputs, into a temporary .so, and run on
 *    the calibration batch with the runtime.
 * 2. Each of those tensors gets an exponent (minmax observer, adaptive
 *    PoT rounding, passes/potq.c); weights per output channel; the bias
 *    at the accumulator's scale.
 * 3. Each such linear becomes quantize -> qlinear -> dequantize in the
 *    graph JSON (edited as JSON, so everything else stays as written); the
 *    new safetensors file holds the weights the new graph uses.  Both are
 *    written atomically, weights first; on an error neither is left.
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

#define MAX_KEEP 64

typedef struct {
	const char *model, *weights, *calib, *output, *observer;
	const char *keep[MAX_KEEP];
	int n_keep;
} QuantOptions;

/* What an integer node becomes. */
typedef enum { QN_LINEAR, QN_ADD, QN_LN, QN_ATTN, QN_GELU } QNKind;

/* One node to make integer. */
typedef struct {
	const Node *n;
	QNKind kind;
	int n_act;                  /* its activation inputs act[0 .. n_act-1] */
	const Tensor *act[2], *y;   /* and its output */
	const Tensor *scores;       /* QN_ATTN: q kT / sqrt(d) (n is "<a>.merged") */
	int64_t H;                  /* QN_ATTN: heads */
	int64_t M, K;               /* QN_LINEAR: the weight's shape; QN_LN: K = C */
	int8_t *wq, *ew;            /* QN_GELU: wq is the table [256] */
	int32_t *bq;                /* QN_LINEAR: the bias; QN_LN: b (wq, ew unused) */
	int32_t *gq;                /* QN_LN: g */
	int64_t eps_q;
} QNode;

/*
 * One activation tensor on an integer edge: an input or the output of a
 * QNode.  Its int8 version "<name>.i8" is written by its producer when
 * that is a QNode, else by a quantize node; a QNode's output that a float
 * node or the graph's outputs read is dequantized back to its own name.
 */
typedef struct {
	const Tensor *t;
	int out;                    /* its index among the calibration model's outputs, -1: the input */
	int e;                      /* its exponent */
	int produced;               /* written by a QNode */
	int need_float;             /* produced, and read as f32 by a float node or an output */
	int emitted;                /* its quantize node is in the new graph */
	int ptf;                    /* per-channel exponents e + alpha[c] (read by a qlayernorm) */
	int8_t *alpha;              /* PTF offsets [C] */
	int64_t C;
} QTen;

typedef struct {
	QuantOptions o;
	Graph *g;
	cJSON *doc;                 /* the model's JSON */
	QNode *qn;
	int n_qn, n_lin;
	QTen *qt;
	int n_qt;
	const char **attn;          /* the fused attentions split for integer attention */
	int n_attn;
	char tmp_split[PATH_MAX + 32];
	char tmpdir[PATH_MAX];
	char tmp_json[PATH_MAX + 32], tmp_so[PATH_MAX + 32];
	VitcErr err;
} Quant;

static int keep_float(const QuantOptions *o, const char *name)
{
	for (int i = 0; i < o->n_keep; i++)
		if (!fnmatch(o->keep[i], name, 0))
			return 1;
	return 0;
}

static const QNode *qnode_of(const Quant *q, const Node *n)
{
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].n == n)
			return &q->qn[i];
	return NULL;
}

static const QNode *qnode_by_name(const Quant *q, const char *name)
{
	for (int i = 0; i < q->n_qn; i++)
		if (!strcmp(q->qn[i].n->name, name))
			return &q->qn[i];
	return NULL;
}

static QTen *qten_of(const Quant *q, const Tensor *t)
{
	for (int i = 0; i < q->n_qt; i++)
		if (q->qt[i].t == t)
			return &q->qt[i];
	return NULL;
}

static QTen *add_qten(Quant *q, const Tensor *t)
{
	QTen *e = qten_of(q, t);
	if (!e) {
		e = &q->qt[q->n_qt++];
		e->t = t;
		e->out = -1;
	}
	return e;
}

static const Node *node_named(const Graph *g, const char *name)
{
	for (int i = 0; i < g->n_nodes; i++)
		if (!strcmp(g->nodes[i]->name, name))
			return g->nodes[i];
	return NULL;
}

/* The float nodes of a split attention that its integer ops replace. */
static const char *const interior_sfx[] = {
	".q", ".k", ".v", ".q_heads", ".q_t", ".k_heads", ".k_t", ".v_heads", ".v_t",
	".q_scaled", ".scores", ".probs", ".ctx", ".ctx_t", NULL};

static int interior_name(const Quant *q, const char *name)
{
	for (int i = 0; i < q->n_attn; i++) {
		size_t len = strlen(q->attn[i]);
		if (strncmp(name, q->attn[i], len))
			continue;
		for (int k = 0; interior_sfx[k]; k++)
			if (!strcmp(name + len, interior_sfx[k]))
				return 1;
	}
	return 0;
}

static int interior(const Quant *q, const Node *n)
{
	return interior_name(q, n->name);
}

/* An f32 activation: a graph input or a computed value. */
static int is_act(const Tensor *t)
{
	return t && t->kind != TK_WEIGHT && t->dtype == DT_F32;
}

/* A weight with f32 data. */
static int f32_weight(const Tensor *t)
{
	return t && t->kind == TK_WEIGHT && t->data && t->dtype == DT_F32;
}

/*
 * The kind of integer node "n" can become, or -1: a linear with f32
 * weight (and bias) data; an add of two activations of one shape; a
 * layer_norm over the last axis with weight and bias.
 */
static int qkind(const Node *n)
{
	if (n->op == OP_GELU)
		return is_act(n->in[0]) ? QN_GELU : -1;
	if (n->op == OP_LAYER_NORM) {
		const Attr *ax = ir_node_attr(n, "axes");
		const Shape *x = &n->in[0]->shape;
		if (is_act(n->in[0]) && n->n_in == 3 && f32_weight(n->in[1]) && f32_weight(n->in[2]) &&
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
		int kind = qkind(n);
		if (kind < 0 || keep_float(&q->o, n->name))
			continue;
		QNode *l = &q->qn[q->n_qn++];
		l->n = n;
		l->kind = (QNKind)kind;
		l->n_act = kind == QN_ADD ? 2 : 1;
		l->act[0] = n->in[0];
		l->act[1] = kind == QN_ADD ? n->in[1] : NULL;
		l->y = n->out[0];
		if (kind == QN_LINEAR) {
			l->M = n->in[1]->shape.d[0];
			l->K = n->in[1]->shape.d[1];
			q->n_lin++;
		} else if (kind == QN_LN) {
			l->K = n->in[1]->shape.d[0];
		}
		for (int k = 0; k < l->n_act; k++)
			add_qten(q, n->in[k]);
		add_qten(q, n->out[0])->produced = 1;
	}
	for (int i = 0; i < q->n_attn; i++) {
		QNode *l = &q->qn[q->n_qn++];
		l->n = node_named(g, arena_printf(&g->arena, "%s.merged", q->attn[i]));
		l->kind = QN_ATTN;
		l->n_act = 1;
		l->act[0] = node_named(g, arena_printf(&g->arena, "%s.in_proj", q->attn[i]))->out[0];
		l->scores = node_named(g, arena_printf(&g->arena, "%s.scores", q->attn[i]))->out[0];
		l->y = l->n->out[0];
		l->H = l->act[0]->shape.d[2] / 3 / node_named(g, arena_printf(&g->arena, "%s.q_heads",
		       q->attn[i]))->out[0]->shape.d[3];
		add_qten(q, l->act[0]);
		add_qten(q, l->y)->produced = 1;
		add_qten(q, l->scores)->produced = 1;
	}
	if (!q->n_lin)
		return vitc_errf(&q->err, "%s: no linear to quantize (every one kept float or "
		                 "without weight data)", q->o.model);
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		const QNode *l = qnode_of(q, n);
		if (interior(q, n) || (l && l->kind == QN_ATTN))
			continue;
		for (int k = l ? l->n_act : 0; k < n->n_in; k++) {
			QTen *e = n->in[k] ? qten_of(q, n->in[k]) : NULL;
			if (e)
				e->need_float = 1;
		}
	}
	for (int i = 0; i < g->n_outputs; i++) {
		QTen *e = qten_of(q, g->outputs[i]);
		if (e)
			e->need_float = 1;
	}
	for (int i = 0; i < q->n_qt; i++)
		q->qt[i].need_float &= q->qt[i].produced;
	/* PTF: the inputs of integer LayerNorms, unless a linear reads them too */
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LN) {
			QTen *e = qten_of(q, q->qn[i].n->in[0]);
			e->ptf = 1;
			e->C = q->qn[i].K;
		}
	for (int i = 0; i < q->n_qn; i++)
		if (q->qn[i].kind == QN_LINEAR)
			qten_of(q, q->qn[i].n->in[0])->ptf = 0;
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
	for (int i = 0; i < q->n_qt; i++) {
		QTen *e = &q->qt[i];
		const float *v = e->out < 0 ? a.data : out[e->out];
		size_t nv = e->out < 0 ? a.nbytes / 4
		            : vitrt_tensor_bytes(vitrt_model_output(m, e->out), batch) / 4;
		const char *why;
		if (e->ptf)
			e->alpha = xmalloc((size_t)e->C);
		if (e->ptf ? pass_potq_ptf(v, nv / (size_t)e->C, e->C, &e->e, e->alpha, &why)
		    : pass_potq_exponent(v, nv, &e->e, &why)) {
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

static int exp_of(const Quant *q, const Tensor *t)
{
	return qten_of(q, t)->e;
}

/* A linear's weights, exponents and bias; every requant shift in range. */
static int quantize_linear(Quant *q, QNode *l)
{
	const Tensor *w = l->n->in[1], *b = l->n->n_in > 2 ? l->n->in[2] : NULL;
	int ex = exp_of(q, l->n->in[0]), ey = exp_of(q, l->n->out[0]);
	const char *why;
	int64_t row;
	l->wq = xmalloc((size_t)(l->M * l->K));
	l->ew = xmalloc((size_t)l->M);
	if (pass_potq_weight(w->data, l->M, l->K, l->wq, l->ew, &row, &why))
		return vitc_errf(&q->err, "%s: layer '%s': weight '%s' row %lld: %s", q->o.model,
		                 l->n->name, w->name, (long long)row, why);
	for (int64_t j = 0; j < l->M; j++) {
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

/* The exponent of tensor "t" at channel c (its PTF offset added). */
static int exp_at(const Quant *q, const Tensor *t, int64_t c)
{
	const QTen *e = qten_of(q, t);
	return e->e + (e->ptf ? e->alpha[c] : 0);
}

/* An add's exponents within what qadd accepts (passes/qops.c), every channel. */
static int check_add(Quant *q, const QNode *l)
{
	const Shape *sh = &l->n->out[0]->shape;
	int64_t C = sh->d[sh->rank - 1], sa, sb, k;
	for (int64_t c = 0; c < C; c++) {
		int ea = exp_at(q, l->n->in[0], c), eb = exp_at(q, l->n->in[1], c);
		int ey = exp_at(q, l->n->out[0], c);
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
	                               exp_of(q, n->in[0]), exp_of(q, n->out[0]), l->gq, l->bq);
}

/* An attention's requantization shifts and Log-Int-Softmax bound within the kernels' limits. */
static int check_attn(Quant *q, const QNode *l)
{
	int e = exp_of(q, l->act[0]), es = exp_of(q, l->scores), ec = exp_of(q, l->y);
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
			pass_potq_gelu_table(exp_of(q, l->act[0]), exp_of(q, l->y),
			                     ap && ap->s && !strcmp(ap->s, "tanh"), l->wq);
		} else if (l->kind == QN_ATTN) {
			if (check_attn(q, l))
				return -1;
		} else if (l->kind == QN_LINEAR ? quantize_linear(q, l) : check_add(q, l))
			return -1;
	}
	return 0;
}

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

static void jweight(cJSON *ws, const char *name, const char *dt, int rank, int64_t a, int64_t b)
{
	cJSON *w = cJSON_CreateObject();
	cJSON_AddStringToObject(w, "name", name);
	cJSON_AddStringToObject(w, "dtype", dt);
	cJSON *s = cJSON_AddArrayToObject(w, "shape");
	cJSON_AddItemToArray(s, cJSON_CreateNumber((double)a));
	if (rank > 1)
		cJSON_AddItemToArray(s, cJSON_CreateNumber((double)b));
	cJSON_AddStringToObject(w, "role", "parameter");
	cJSON_AddItemToArray(ws, w);
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

/* Is weight "name" used by a node other than the integer linears and LayerNorms? */
static int used_elsewhere(const Quant *q, const char *name)
{
	for (int i = 0; i < q->g->n_nodes; i++) {
		const Node *n = q->g->nodes[i];
		const QNode *l = qnode_of(q, n);
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
	return qten_of(q, t)->ptf ? arena_printf(&q->g->arena, "%s.ptf", t->name) : "";
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
	QTen *e = qten_of(q, t);
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

/* The integer node of QNode "l" (and its output's dequantize) appended to "nn". */
static int emit_qnode(Quant *q, cJSON *nn, const QNode *l)
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
	if (l->kind == QN_ATTN) {
		const char *a = arena_printf(ar, "%.*s", (int)(strlen(n->name) - 7), n->name);
		const char *sq = i8_name(q, l->scores);
		const char *pc = arena_printf(ar, "%s.probs.codes", a);
		if (fresh(q, sq) || fresh(q, pc))
			return -1;
		c = jnode(arena_printf(ar, "%s.scores", a), "qattn_scores", strs(in, 1), sq);
		jattr(c, "num_heads", (double)l->H);
		jattr(c, "qkv_exponent", exp_of(q, l->act[0]));
		jattr(c, "out_exponent", exp_of(q, l->scores));
		cJSON_AddItemToArray(nn, c);
		c = jnode(arena_printf(ar, "%s.probs", a), "qsoftmax", strs(&sq, 1), pc);
		jattr(c, "exponent", exp_of(q, l->scores));
		cJSON_AddItemToArray(nn, c);
		const char *pin[2] = {pc, in[0]};
		c = jnode(n->name, "qattn_pv", strs(pin, 2), yq);
		jattr(c, "num_heads", (double)l->H);
		jattr(c, "qkv_exponent", exp_of(q, l->act[0]));
		jattr(c, "out_exponent", exp_of(q, y));
	} else if (l->kind == QN_LINEAR) {
		const char *w = n->in[1]->name, *wq = arena_printf(ar, "%s.q", w);
		const char *we = arena_printf(ar, "%s.exp", w);
		const Tensor *b = n->n_in > 2 ? n->in[2] : NULL;
		const char *bq = b ? arena_printf(ar, "%s.q", b->name) : NULL;
		if (fresh(q, wq) || fresh(q, we) || (bq && fresh(q, bq)))
			return -1;
		const char *qin[4] = {in[0], wq, we, bq};
		c = jnode(n->name, "qlinear", strs(qin, bq ? 4 : 3), yq);
		jattr(c, "x_exponent", exp_of(q, n->in[0]));
		jattr(c, "out_exponent", exp_of(q, y));
		cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
		jweight(ws, wq, "i8", 2, l->M, l->K);
		jweight(ws, we, "i8", 1, l->M, 0);
		if (bq)
			jweight(ws, bq, "i32", 1, l->M, 0);
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
		jattr(c, "out_exponent", exp_of(q, y));
		jattr(c, "eps_q", (double)l->eps_q);
		cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
		jweight(ws, gq, "i32", 1, l->K, 0);
		jweight(ws, bq, "i32", 1, l->K, 0);
	} else {
		const char *qin[5] = {in[0], in[1], ptf_name(q, n->in[0]), ptf_name(q, n->in[1]),
		                      ptf_name(q, y)};
		c = jnode(n->name, "qadd", inputs(qin, 5), yq);
		jattr(c, "a_exponent", exp_of(q, n->in[0]));
		jattr(c, "b_exponent", exp_of(q, n->in[1]));
		jattr(c, "out_exponent", exp_of(q, y));
	}
	cJSON_AddItemToArray(nn, c);
	if (qten_of(q, y)->need_float) {
		const char *dn = arena_printf(ar, "%s.dequantize", y->name);
		if (fresh(q, dn))
			return -1;
		const char *qin[2] = {yq, ptf_name(q, y)};
		c = jnode(dn, "dequantize", inputs(qin, 2), y->name);
		jattr(c, "exponent", exp_of(q, y));
		cJSON_AddItemToArray(nn, c);
	}
	return 0;
}

static const char *attn_blocker(const Quant *q, const Node *a);

/* Why float node "n" stays float (its "float_reason" attribute, for vitc inspect). */
static const char *float_reason(Quant *q, const Node *n)
{
	if (qkind(n) >= 0) {
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
				return "an operand is a weight (no integer add of a constant yet)";
		return "operands of different shapes (no integer broadcast add)";
	case OP_LAYER_NORM:
		return "not over the last axis, without weight and bias, or more than 4096 channels";
	case OP_ATTENTION: {
		const char *why = attn_blocker(q, n);
		if (why && strcmp(why, "--keep-float"))
			return why;
		for (int i = 0; i < q->o.n_keep; i++)
			if (!fnmatch(q->o.keep[i], n->name, 0))
				return arena_printf(&q->g->arena, "--keep-float '%s'", q->o.keep[i]);
		return "fused attention";
	}
	case OP_GELU:
		return "its input is not an f32 activation";
	case OP_CONV2D:
		return "no integer convolution yet";
	case OP_RESHAPE: case OP_TRANSPOSE: case OP_CONCAT: case OP_EXPAND: case OP_SELECT:
	case OP_SLICE:
		return "data movement on f32 (no int8 version)";
	default:
		return arena_printf(&q->g->arena, "no integer kernel for %s", ir_op_name(n->op));
	}
}

/* The new graph JSON (q->doc edited in place): nodes replaced, weights listed. */
static int rewrite_doc(Quant *q, const char *st_name)
{
	cJSON *nodes = cJSON_GetObjectItemCaseSensitive(q->doc, "nodes");
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	cJSON *nn = cJSON_CreateArray();
	for (cJSON *n = nodes->child; n; n = n->next) {
		const char *name = cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring;
		const QNode *l = qnode_by_name(q, name);
		if (interior_name(q, name))
			continue;
		if (!l) {
			cJSON *c = cJSON_Duplicate(n, 1);
			const Node *gn = node_named(q->g,
			                            cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring);
			cJSON *at = cJSON_GetObjectItemCaseSensitive(c, "attrs");
			if (!at)
				at = cJSON_AddObjectToObject(c, "attrs");
			if (gn && !pass_is_quant_op(gn->op) &&
			    !cJSON_GetObjectItemCaseSensitive(at, "float_reason"))
				cJSON_AddStringToObject(at, "float_reason", float_reason(q, gn));
			cJSON_AddItemToArray(nn, c);
		} else if (emit_qnode(q, nn, l)) {
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
			for (int j = 1; q->qn[k].kind != QN_ADD && j < n->n_in; j++)
				if (n->in[j] && !strcmp(n->in[j]->name, name))
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
		if (l->kind == QN_LN) {
			if (!strcmp(name, arena_printf(ar, "%s.q", l->n->in[1]->name)))
				return *nbytes = 4 * (uint64_t)l->K, l->gq;
			if (!strcmp(name, arena_printf(ar, "%s.q", l->n->in[2]->name)))
				return *nbytes = 4 * (uint64_t)l->K, l->bq;
		}
		if (l->kind != QN_LINEAR)
			continue;
		const char *w = l->n->in[1]->name;
		const Tensor *b = l->n->n_in > 2 ? l->n->in[2] : NULL;
		if (!strcmp(name, arena_printf(ar, "%s.q", w)))
			return *nbytes = (uint64_t)(l->M * l->K), l->wq;
		if (!strcmp(name, arena_printf(ar, "%s.exp", w)))
			return *nbytes = (uint64_t)l->M, l->ew;
		if (b && !strcmp(name, arena_printf(ar, "%s.q", b->name)))
			return *nbytes = 4 * (uint64_t)l->M, l->bq;
	}
	return NULL;
}

/* Write the safetensors file of the new graph's weights list. */
static int write_weights(Quant *q, const char *path)
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
			t[k].storage = strcmp(cJSON_GetObjectItemCaseSensitive(w, "dtype")->valuestring,
			                      "i32") ? DT_I8 : DT_I32;
			t[k].shape.rank = cJSON_GetArraySize(sh);
			for (int i = 0; i < t[k].shape.rank; i++)
				t[k].shape.d[i] = (int64_t)cJSON_GetArrayItem(sh, i)->valuedouble;
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
	{"--observer", NULL, "minmax", OPT_CHOICE, F(observer),
	 .help = "how activation ranges are observed"},
	{"--keep-float", NULL, "PATTERN", OPT_CALL, .call = add_keep, .flags = OPT_MANY,
	 .help = "keep the nodes whose name matches the shell PATTERN in float"},
	{NULL},
};
#undef F

const OptCommand cli_quantize_cmd = {
	.name = "quantize", .positional = "MODEL.json", .pos_off = offsetof(QuantOptions, model),
	.summary = "power-of-two int8 quantization: linears, residual adds (docs/quantization.md)",
	.about = "Calibrate the float model on CALIB.npy (run in C through a temporary\n"
	         "compiled model), choose power-of-two scales, and write a graph whose\n"
	         "linears and residual adds are int8 qlinear/qadd ops with shift\n"
	         "requantization, chained without float in between.",
	.opts = quantize_opts,
};

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
static const char *attn_blocker(const Quant *q, const Node *a)
{
	const Tensor *x = a->in[0];
	const Attr *h = ir_node_attr(a, "num_heads");
	int64_t H = h ? h->i : 1;
	if (keep_float(&q->o, a->name))
		return "--keep-float";
	if (a->in[1] != x || a->in[2] != x)
		return "cross-attention (q, k, v differ): no integer version yet";
	if (!f32_weight(a->in[3]) || !f32_weight(a->in[5]) || x->shape.rank != 3 ||
	    ir_dim_is_batch(x->shape.d[1]))
		return "projection weights without data or a shape other than [N, L, D]";
	if (H < 1 || x->shape.d[2] % H || pass_qattn_log2_sqrt(x->shape.d[2] / H) < 0)
		return "head size not a power of 4 (1/sqrt(d) is no power of two)";
	return NULL;
}

/*
 * Fused attention node "a" (JSON "js", graph node "a") as the float ops
 * nn.MultiheadAttention computes, named like passes/shift_convert.c's
 * split: <a>.in_proj, slices <a>.q/.k/.v, heads, <a>.q_scaled,
 * <a>.scores, <a>.probs, <a>.ctx, <a>.ctx_t, <a>.merged, <a>.out_proj
 * (which writes a's output), appended to "nn".
 */
static void split_one(Quant *q, cJSON *nn, const Node *a)
{
	Arena *ar = &q->g->arena;
	const Tensor *x = a->in[0];
	int64_t H = ir_node_attr(a, "num_heads")->i, L = x->shape.d[1], D = x->shape.d[2];
	int64_t d = D / H, B = x->shape.d[0];
#define NM(sfx) arena_printf(ar, "%s%s", a->name, sfx)
	const char *ip[3] = {x->name, a->in[3]->name, a->in[4] ? a->in[4]->name : NULL};
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
	const char *op[3] = {NM(".merged"), a->in[5]->name, a->in[6] ? a->in[6]->name : NULL};
	c = jnode(NM(".out_proj"), "linear", strs(op, op[2] ? 3 : 2), a->out[0]->name);
	cJSON_AddItemToArray(nn, c);
#undef NM
}

/*
 * Split every fused attention that can become integer (attn_blocker) in
 * q->doc and reload q->g from the result (a temporary JSON; the weights
 * are the same file).  New names must be fresh.
 */
static int split_attentions(Quant *q)
{
	cJSON *nodes = cJSON_GetObjectItemCaseSensitive(q->doc, "nodes");
	cJSON *nn = cJSON_CreateArray();
	char wpath[PATH_MAX];
	q->attn = xcalloc((size_t)q->g->n_nodes + 1, sizeof(char *));
	for (cJSON *n = nodes->child; n; n = n->next) {
		const char *name = cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring;
		const Node *a = node_named(q->g, name);
		if (!a || a->op != OP_ATTENTION || attn_blocker(q, a)) {
			cJSON_AddItemToArray(nn, cJSON_Duplicate(n, 1));
			continue;
		}
		for (int k = 0; interior_sfx[k]; k++)
			if (fresh(q, arena_printf(&q->g->arena, "%s%s", name, interior_sfx[k])))
				goto error;
		if (fresh(q, arena_printf(&q->g->arena, "%s.in_proj", name)) ||
		    fresh(q, arena_printf(&q->g->arena, "%s.merged", name)) ||
		    fresh(q, arena_printf(&q->g->arena, "%s.out_proj", name)))
			goto error;
		split_one(q, nn, a);
		q->attn[q->n_attn++] = arena_strdup(&q->g->arena, name);
	}
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
	cJSON_Delete(nn);
	q->n_attn = 0;
	return -1;
}

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
	if (make_tmpdir(q) || split_attentions(q) || collect(q) || build_calib_model(q) ||
	    run_calib(q, &outs, &n_outs) ||
	    quantize_nodes(q))
		goto done;
	const char *base = strrchr(st_path, '/');
	if (rewrite_doc(q, base ? base + 1 : st_path) || write_weights(q, st_path))
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

int cmd_quantize(int argc, char **argv)
{
	Quant q = {0};
	int rc = cli_parse(&cli_quantize_cmd, argc, argv, &q.o);
	if (rc)
		return rc == 1 ? 0 : rc;
	char *st_path = weights_path_for(q.o.output);
	rc = quantize_model(&q, st_path);
	if (rc)
		fprintf(stderr, "vitc: %s\n", q.err.msg);
	else
		printf("%s: %d integer node%s (%d linear%s) with power-of-two scales; weights in %s\n",
		       q.o.output, q.n_qn, q.n_qn == 1 ? "" : "s", q.n_lin, q.n_lin == 1 ? "" : "s",
		       st_path);
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
	}
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
