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

/* One linear to quantize. */
typedef struct {
	const Node *n;
	const char *x, *y;          /* its input and output tensor names */
	int xo, yo;                 /* their indices among the calibration model's outputs */
	int ex, ey;
	int64_t M, K;
	int8_t *wq, *ew;
	int32_t *bq;
} QLin;

typedef struct {
	QuantOptions o;
	Graph *g;
	cJSON *doc;                 /* the model's JSON */
	QLin *lin;
	int n_lin;
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

/* The linears to quantize: f32 weight (and bias) with data, not --keep-float. */
static int collect(Quant *q)
{
	Graph *g = q->g;
	q->lin = xcalloc((size_t)g->n_nodes + 1, sizeof(QLin));
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		const Tensor *w = n->op == OP_LINEAR ? n->in[1] : NULL;
		const Tensor *b = n->op == OP_LINEAR && n->n_in > 2 ? n->in[2] : NULL;
		if (!w || keep_float(&q->o, n->name) || w->kind != TK_WEIGHT || !w->data ||
		    w->dtype != DT_F32 || (b && (b->kind != TK_WEIGHT || !b->data)))
			continue;
		QLin *l = &q->lin[q->n_lin++];
		l->n = n;
		l->x = n->in[0]->name;
		l->y = n->out[0]->name;
		l->M = w->shape.d[0];
		l->K = w->shape.d[1];
	}
	if (!q->n_lin)
		return vitc_errf(&q->err, "%s: no linear to quantize (every one kept float or "
		                 "without weight data)", q->o.model);
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

/* Write the calibration graph (linear inputs and outputs exposed) and compile it. */
static int build_calib_model(Quant *q)
{
	char wpath[PATH_MAX];
	const char *tmp = getenv("TMPDIR");
	snprintf(q->tmpdir, sizeof(q->tmpdir), "%s/vitc-quantize-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(q->tmpdir)) {
		q->tmpdir[0] = 0;
		return vitc_errf(&q->err, "cannot create a temporary directory: %s", strerror(errno));
	}
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
	for (int i = 0; i < q->n_lin; i++) {
		/* a graph input cannot be an output: its values are the batch itself */
		q->lin[i].xo = q->lin[i].n->in[0]->kind == TK_INPUT ? -1 : add_output(outs, q->lin[i].x);
		q->lin[i].yo = add_output(outs, q->lin[i].y);
	}
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
	for (int i = 0; i < q->n_lin; i++) {
		QLin *l = &q->lin[i];
		const vitrt_tensor_info *yi = vitrt_model_output(m, l->yo);
		const float *xv = l->xo < 0 ? a.data : out[l->xo];
		size_t nx = l->xo < 0 ? a.nbytes / 4
		            : vitrt_tensor_bytes(vitrt_model_output(m, l->xo), batch) / 4;
		const char *why;
		if (pass_potq_exponent(xv, nx, &l->ex, &why)) {
			vitc_errf(&q->err, "%s: layer '%s': input '%s' on the calibration batch: %s",
			          q->o.model, l->n->name, l->x, why);
			goto done;
		}
		if (pass_potq_exponent(out[l->yo], vitrt_tensor_bytes(yi, batch) / 4, &l->ey, &why)) {
			vitc_errf(&q->err, "%s: layer '%s': output '%s' on the calibration batch: %s",
			          q->o.model, l->n->name, l->y, why);
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

/* Weights, exponents and bias of each linear; every requant shift in range. */
static int quantize_weights(Quant *q)
{
	for (int i = 0; i < q->n_lin; i++) {
		QLin *l = &q->lin[i];
		const Tensor *w = l->n->in[1], *b = l->n->n_in > 2 ? l->n->in[2] : NULL;
		const char *why;
		int64_t row;
		l->wq = xmalloc((size_t)(l->M * l->K));
		l->ew = xmalloc((size_t)l->M);
		if (pass_potq_weight(w->data, l->M, l->K, l->wq, l->ew, &row, &why))
			return vitc_errf(&q->err, "%s: layer '%s': weight '%s' row %lld: %s", q->o.model,
			                 l->n->name, w->name, (long long)row, why);
		for (int64_t j = 0; j < l->M; j++) {
			int s = l->ey - l->ex - l->ew[j];
			if (s < -31 || s > 62)
				return vitc_errf(&q->err, "%s: layer '%s': channel %lld: requantization shift "
				                 "%d outside -31..62 (exponents: input %d, weight %d, output %d)",
				                 q->o.model, l->n->name, (long long)j, s, l->ex, l->ew[j], l->ey);
		}
		if (b) {
			const float *bf = b->data;
			l->bq = xmalloc(sizeof(int32_t) * (size_t)l->M);
			for (int64_t j = 0; j < l->M; j++)
				l->bq[j] = pass_potq_bias(bf[j], l->ex, l->ew[j]);
		}
	}
	return 0;
}

static const QLin *qlin_of(const Quant *q, const char *node)
{
	for (int i = 0; i < q->n_lin; i++)
		if (!strcmp(q->lin[i].n->name, node))
			return &q->lin[i];
	return NULL;
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

static void jattr(cJSON *n, const char *k, int v)
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

/* Is weight "name" used by a node other than the quantized linears? */
static int used_elsewhere(const Quant *q, const char *name)
{
	for (int i = 0; i < q->g->n_nodes; i++) {
		const Node *n = q->g->nodes[i];
		if (qlin_of(q, n->name))
			continue;
		for (int k = 0; k < n->n_in; k++)
			if (n->in[k] && !strcmp(n->in[k]->name, name))
				return 1;
	}
	return 0;
}

/* The new graph JSON (q->doc edited in place): nodes replaced, weights listed. */
static int rewrite_doc(Quant *q, const char *st_name)
{
	Arena *ar = &q->g->arena;
	cJSON *nodes = cJSON_GetObjectItemCaseSensitive(q->doc, "nodes");
	cJSON *ws = cJSON_GetObjectItemCaseSensitive(q->doc, "weights");
	cJSON *nn = cJSON_CreateArray();
	for (cJSON *n = nodes->child; n; n = n->next) {
		const QLin *l = qlin_of(q, cJSON_GetObjectItemCaseSensitive(n, "name")->valuestring);
		if (!l) {
			cJSON_AddItemToArray(nn, cJSON_Duplicate(n, 1));
			continue;
		}
		const char *nm = l->n->name, *w = l->n->in[1]->name;
		const Tensor *b = l->n->n_in > 2 ? l->n->in[2] : NULL;
		const char *xq = arena_printf(ar, "%s.xq", nm), *yq = arena_printf(ar, "%s.yq", nm);
		const char *qn = arena_printf(ar, "%s.quantize", nm), *dn = arena_printf(ar, "%s.dequantize", nm);
		const char *wq = arena_printf(ar, "%s.q", w), *we = arena_printf(ar, "%s.exp", w);
		const char *bq = b ? arena_printf(ar, "%s.q", b->name) : NULL;
		if (fresh(q, xq) || fresh(q, yq) || fresh(q, qn) || fresh(q, dn) || fresh(q, wq) ||
		    fresh(q, we) || (bq && fresh(q, bq))) {
			cJSON_Delete(nn);
			return -1;
		}
		cJSON *c = jnode(qn, "quantize", strs(&l->x, 1), xq);
		jattr(c, "exponent", l->ex);
		cJSON_AddItemToArray(nn, c);
		const char *qin[4] = {xq, wq, we, bq};
		c = jnode(nm, "qlinear", strs(qin, bq ? 4 : 3), yq);
		jattr(c, "x_exponent", l->ex);
		jattr(c, "out_exponent", l->ey);
		cJSON_AddItemToArray(nn, c);
		c = jnode(dn, "dequantize", strs(&yq, 1), l->y);
		jattr(c, "exponent", l->ey);
		cJSON_AddItemToArray(nn, c);
		jweight(ws, wq, "i8", 2, l->M, l->K);
		jweight(ws, we, "i8", 1, l->M, 0);
		if (bq)
			jweight(ws, bq, "i32", 1, l->M, 0);
	}
	cJSON_ReplaceItemInObjectCaseSensitive(q->doc, "nodes", nn);
	/* drop the float weights and biases only the quantized linears used */
	for (cJSON *w = ws->child, *next; w; w = next) {
		next = w->next;
		const char *name = cJSON_GetObjectItemCaseSensitive(w, "name")->valuestring;
		int dead = 0;
		for (int i = 0; i < q->n_lin; i++) {
			const Node *n = q->lin[i].n;
			for (int k = 1; k < n->n_in; k++)
				if (n->in[k] && !strcmp(n->in[k]->name, name))
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
	for (int i = 0; i < q->n_lin; i++) {
		const QLin *l = &q->lin[i];
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
	 .help = "keep the linears whose name matches the shell PATTERN in float"},
	{NULL},
};
#undef F

const OptCommand cli_quantize_cmd = {
	.name = "quantize", .positional = "MODEL.json", .pos_off = offsetof(QuantOptions, model),
	.summary = "power-of-two int8 quantization of the linears (docs/quantization.md)",
	.about = "Calibrate the float model on CALIB.npy (run in C through a temporary\n"
	         "compiled model), choose power-of-two scales, and write a graph whose\n"
	         "linears are int8 qlinear ops with shift requantization.",
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
	if (collect(q) || build_calib_model(q) || run_calib(q, &outs, &n_outs) ||
	    quantize_weights(q))
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
		printf("%s: %d linear%s quantized to int8 (power-of-two scales); weights in %s\n",
		       q.o.output, q.n_lin, q.n_lin == 1 ? "" : "s", st_path);
	if (q.tmpdir[0]) {
		unlink(q.tmp_json);
		unlink(q.tmp_so);
		file_temp_forget(q.tmp_json);
		file_temp_forget(q.tmp_so);
		rmdir(q.tmpdir);
	}
	for (int i = 0; i < q.n_lin; i++) {
		free(q.lin[i].wq);
		free(q.lin[i].ew);
		free(q.lin[i].bq);
	}
	free(q.lin);
	cJSON_Delete(q.doc);
	if (q.g)
		ir_graph_free(q.g);
	free(st_path);
	return rc ? 1 : 0;
}
