/*
 * inspect_moe.c - `vitc inspect`: the measured per-token latency of the two
 * experts of every moe2_linear (docs/quantization.md "ShiftAdd models").
 *
 * ShiftAddViT's latency-aware load-balancing loss weighs each expert by
 * its latency (the seed hard-codes 6 for the mult expert and 4 for the
 * shift expert, ../shared/docs/shiftaddvit.md §3.3).  Here each expert is
 * compiled alone, at the MoE's shapes (one image: all of its tokens
 * through that expert; a qmoe2_linear's shift expert in its realization,
 * the product forms of docs/quantization.md or the shift kernel), with
 * the model's own weights, for this host, and
 * timed with the runtime on one thread: the numbers are measurements on
 * this machine, not a model of it.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cJSON.h>

#include "compiler/driver.h"
#include "compiler/inspect.h"
#include "compiler/measure.h"
#include "ir/ir.h"

static void add_weight(cJSON *ws, const Tensor *t)
{
	cJSON *w = cJSON_CreateObject();
	cJSON_AddStringToObject(w, "name", t->name);
	cJSON_AddStringToObject(w, "dtype", ir_dtype_name(t->dtype));
	cJSON *s = cJSON_AddArrayToObject(w, "shape");
	for (int d = 0; d < t->shape.rank; d++)
		cJSON_AddItemToArray(s, cJSON_CreateNumber((double)t->shape.d[d]));
	cJSON_AddStringToObject(w, "role", "parameter");
	cJSON_AddItemToArray(ws, w);
}

/*
 * The graph of one expert: y = op(x, w[0..nw-1]) on x [N, R, K] (f32, or
 * i8 when "ex" (the int8 ops' x_exponent, out_exponent "ey") is given),
 * realized as "real" (qshift_linear's attribute) if given, reading the
 * model's weights file "wpath".  A malloc'd JSON text.
 */
static char *expert_json(const char *op, const Tensor *const *w, int nw, const int *ex,
                         int ey, const char *real, int64_t R, int64_t K, const char *wpath)
{
	cJSON *g = cJSON_CreateObject();
	cJSON_AddStringToObject(g, "format", "vitc-graph");
	cJSON_AddNumberToObject(g, "version", 1);
	cJSON_AddStringToObject(g, "weights_file", wpath);
	cJSON *in = cJSON_AddArrayToObject(g, "inputs");
	cJSON *x = cJSON_CreateObject();
	cJSON_AddStringToObject(x, "name", "x");
	cJSON_AddStringToObject(x, "dtype", ex ? "i8" : "f32");
	cJSON *s = cJSON_AddArrayToObject(x, "shape");
	cJSON_AddItemToArray(s, cJSON_CreateString("N"));
	cJSON_AddItemToArray(s, cJSON_CreateNumber((double)R));
	cJSON_AddItemToArray(s, cJSON_CreateNumber((double)K));
	cJSON_AddItemToArray(in, x);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(g, "outputs"), cJSON_CreateString("y"));
	cJSON *ws = cJSON_AddArrayToObject(g, "weights");
	for (int i = 0; i < nw; i++)
		if (w[i])
			add_weight(ws, w[i]);
	cJSON *n = cJSON_CreateObject();
	cJSON_AddStringToObject(n, "name", "expert");
	cJSON_AddStringToObject(n, "op", op);
	cJSON *ni = cJSON_AddArrayToObject(n, "inputs");
	cJSON_AddItemToArray(ni, cJSON_CreateString("x"));
	for (int i = 0; i < nw; i++)
		if (w[i])
			cJSON_AddItemToArray(ni, cJSON_CreateString(w[i]->name));
	cJSON_AddItemToArray(cJSON_AddArrayToObject(n, "outputs"), cJSON_CreateString("y"));
	cJSON *at = cJSON_AddObjectToObject(n, "attrs");
	if (ex) {
		cJSON_AddNumberToObject(at, "x_exponent", *ex);
		cJSON_AddNumberToObject(at, "out_exponent", ey);
	}
	if (real)
		cJSON_AddStringToObject(at, "realization", real);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(g, "nodes"), n);
	char *text = cJSON_Print(g);
	cJSON_Delete(g);
	return text;
}

int inspect_moe_latency(const Graph *g, VitcErr *err)
{
	char dir[PATH_MAX], wpath[PATH_MAX];
	const char *tmp = getenv("TMPDIR");
	int n_moe = 0, rc = 0, q = 0;
	double sum0 = 0, sum1 = 0;
	for (int i = 0; i < g->n_nodes; i++)
		n_moe += g->nodes[i]->op == OP_MOE2_LINEAR || g->nodes[i]->op == OP_QMOE2_LINEAR;
	if (!n_moe)
		return 0;
	if (!g->weights_path || !realpath(g->weights_path, wpath))
		return vitc_errf(err, "timing the MoE experts: the model's weights: %s",
		                 g->weights_path ? strerror(errno) : "none");
	snprintf(dir, sizeof(dir), "%s/vitc-moe-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		return vitc_errf(err, "cannot create a temporary directory: %s", strerror(errno));
	/* per node: its shapes, and the times of the first node with those shapes */
	int64_t (*shp)[4] = xcalloc((size_t)n_moe, sizeof(*shp));
	double (*t)[2] = xcalloc((size_t)n_moe, sizeof(*t));
	int k = 0;
	printf("MoE experts, measured per-token latency (compiled alone at the MoE's shapes for "
	       "this host; one image, 1 thread, median of %d rounds):\n", MEASURE_ROUNDS);
	for (int i = 0; i < g->n_nodes && !rc; i++) {
		const Node *n = g->nodes[i];
		if (n->op != OP_MOE2_LINEAR && n->op != OP_QMOE2_LINEAR)
			continue;
		/* moe2_linear: x, wr, br, w0, b0, w1, b1; qmoe2_linear: x, wr, ewr, br, w0, ew0, b0, w1, b1 */
		q = n->op == OP_QMOE2_LINEAR;
		const Tensor *x = n->in[0], *w0 = n->in[q ? 4 : 3];
		const Tensor *mult[3] = {w0, q ? n->in[5] : n->in[4], q ? n->in[6] : NULL};
		const Tensor *shift[2] = {n->in[q ? 7 : 5],
		                          n->n_in > (q ? 8 : 6) ? n->in[q ? 8 : 6] : NULL};
		int ex = q ? (int)ir_node_attr(n, "x_exponent")->i : 0;
		int ey = q ? (int)ir_node_attr(n, "out_exponent")->i : 0;
		int64_t R = measure_image_rows(&x->shape), K = w0->shape.d[1], M = w0->shape.d[0];
		/* the shift expert as the model computes it: its realization (qmoe2_linear) */
		const Attr *ra = q ? ir_node_attr(n, "realization") : NULL;
		const char *real = ra && ra->kind == ATTR_STRING ? ra->s : q ? "shift" : NULL;
		int64_t rk = !real ? 0 : !strcmp(real, "int8") ? 8 : !strcmp(real, "int16") ? 16 : 1;
		int same = -1;
		for (int j = 0; j < k && same < 0; j++)
			if (shp[j][0] == R && shp[j][1] == K && shp[j][2] == M && shp[j][3] == rk)
				same = j;
		shp[k][0] = R;
		shp[k][1] = K;
		shp[k][2] = M;
		shp[k][3] = rk;
		if (same >= 0) {
			t[k][0] = t[same][0];
			t[k][1] = t[same][1];
		} else {
			char *j0 = expert_json(q ? "qlinear" : "linear", mult, 3, q ? &ex : NULL, ey, NULL,
			                       R, K, wpath);
			char *j1 = expert_json(q ? "qshift_linear" : "shift_linear", shift, 2,
			                       q ? &ex : NULL, ey, real, R, K, wpath);
			rc = measure_graph(dir, "mult", j0, wpath, R, K, q, &t[k][0], err) ||
			     measure_graph(dir, "shift", j1, wpath, R, K, q, &t[k][1], err) ? -1 : 0;
			free(j0);
			free(j1);
		}
		if (!rc)
			printf("  %s  %lld tokens, %lld -> %lld:  mult (%s) %.4f us/token  "
			       "shift (%s%s%s) %.4f us/token%s\n", n->name, (long long)R,
			       (long long)K, (long long)M, q ? "int8 qlinear" : "f32 linear",
			       1e6 * t[k][0] / (double)R, q ? "qshift_linear" : "shift_linear",
			       real ? ", " : "", real ? real : "", 1e6 * t[k][1] / (double)R,
			       same >= 0 ? "  (same shapes as above)" : "");
		sum0 += t[k][0] / (double)R;
		sum1 += t[k][1] / (double)R;
		k++;
	}
	if (!rc && sum0 + sum1 > 0)
		printf("  LL-loss weights (mult, shift): (%.2f, %.2f), the summed per-token latencies "
		       "scaled to sum 10 (the seed hard-codes (6, 4))\n", 10 * sum0 / (sum0 + sum1),
		       10 * sum1 / (sum0 + sum1));
	free(shp);
	free(t);
	rmdir(dir);
	return rc;
}
