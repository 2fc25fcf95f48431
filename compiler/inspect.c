/*
 * inspect.c - `vitc inspect`: read, verify and shape-infer a model
 * (optionally converting its linears with --shift-linear), then print what
 * a user wants to know before compiling it.
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "compiler/cli.h"
#include "compiler/driver.h"
#include "compiler/inspect.h"
#include "ir/ir.h"
#include "passes/passes.h"

static void print_tensor_line(const Tensor *t)
{
	char shape[256];

	ir_shape_format(&t->shape, shape, sizeof(shape));
	printf("  %s  %s%s\n", t->name, ir_dtype_name(t->dtype), shape);
}

/* Right-aligned column widths of the operation table. */
#define COUNT_W 14

static void print_counts_row(const char *name, int name_w, const OpCounts *c)
{
	printf("  %-*s %*" PRId64 " %*" PRId64 " %*" PRId64 " %*" PRId64 "\n", name_w, name,
	       COUNT_W, c->mults, COUNT_W, c->adds, COUNT_W, c->shifts, COUNT_W, c->popcounts);
}

/*
 * The paper's accounting per layer and in total (docs/graph-format.md,
 * "Operation counts"): multiplications, additions, shifts, popcounts.
 */
static void print_counts(const Graph *g)
{
	GraphCounts gc;
	int w = 5;

	pass_graph_counts(g, &gc);
	for (int i = 0; i < gc.n_layers; i++) {
		int len = (int)strlen(gc.layers[i].name);
		if (len > w)
			w = len;
	}
	printf("operations (N=1):\n");
	printf("  %-*s %*s %*s %*s %*s\n", w, "layer", COUNT_W, "mults", COUNT_W, "adds",
	       COUNT_W, "shifts", COUNT_W, "popcounts");
	for (int i = 0; i < gc.n_layers; i++)
		print_counts_row(gc.layers[i].name, w, &gc.layers[i].c);
	print_counts_row("total", w, &gc.total);
	pass_graph_counts_free(&gc);
}

/* Data movement (reshape, transpose, expand, concat, slice, select) of int8 codes. */
static int is_int8_move(const Node *n)
{
	switch (n->op) {
	case OP_RESHAPE: case OP_TRANSPOSE: case OP_EXPAND: case OP_CONCAT: case OP_SLICE:
	case OP_SELECT:
		return n->out[0]->dtype == DT_I8;
	default:
		return 0;
	}
}

/*
 * In a quantized graph (one with quantized ops): the nodes that still
 * compute in float, with the reason `vitc quantize` recorded in their
 * "float_reason" attribute (docs/quantization.md).  Data movement of int8
 * codes (the patch embedding's patches, the class token) is integer.
 */
static void print_float_islands(const Graph *g)
{
	int nq = 0, nc = 0, nm = 0, nf = 0;
	for (int i = 0; i < g->n_nodes; i++) {
		OpKind op = g->nodes[i]->op;
		nq += pass_is_quant_op(op);
		nc += op == OP_QUANTIZE || op == OP_DEQUANTIZE;
		nm += is_int8_move(g->nodes[i]);
	}
	if (!nq)
		return;
	nf = g->n_nodes - nq - nm;
	printf("integer nodes: %d (and %d quantize/dequantize, %d int8 data movement); "
	       "float islands: %d\n", nq - nc, nc, nm, nf);
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		const Attr *r = ir_node_attr(n, "float_reason");
		if (pass_is_quant_op(n->op) || is_int8_move(n))
			continue;
		printf("  %s  %s: %s\n", n->name, ir_op_name(n->op),
		       r && r->kind == ATTR_STRING ? r->s : "(no reason recorded)");
	}
}

/*
 * In a quantized graph: each qlinear's weight bits (i8 or i4), its input
 * and output scales 2^e, the range of its per-channel weight exponents
 * and requantization shifts, and the parameter-weighted average bits.
 */
/* A qlinear with its weights' data that print_qlinears lists, or NULL. */
static const Node *listed_qlinear(const Node *q)
{
	const Tensor *w = q->n_in > 2 ? q->in[1] : NULL, *ew = q->n_in > 2 ? q->in[2] : NULL;
	return q->op == OP_QLINEAR && ir_node_attr(q, "x_exponent") && w && ew && ew->data &&
	       w->shape.rank == 2 ? q : NULL;
}

/*
 * In a quantized graph: each qlinear's weight bits (i8 or i4), its input
 * and output scales 2^e (the output's range with PTF offsets), the range
 * of its per-channel weight exponents and requantization shifts, and the
 * parameter-weighted average bits; the names padded to the longest.
 */
static void print_qlinears(const Graph *g)
{
	int64_t params = 0, bits = 0;
	int n = 0, nw = 0;
	for (int i = 0; i < g->n_nodes; i++)
		if (listed_qlinear(g->nodes[i]) && (int)strlen(g->nodes[i]->name) > nw)
			nw = (int)strlen(g->nodes[i]->name);
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *q = listed_qlinear(g->nodes[i]);
		if (!q)
			continue;
		const Attr *xe = ir_node_attr(q, "x_exponent"), *oe = ir_node_attr(q, "out_exponent");
		const Tensor *w = q->in[1], *ew = q->in[2];
		const Tensor *pt = q->n_in > 4 && q->in[4] && q->in[4]->data ? q->in[4] : NULL;
		if (!n++)
			printf("integer linears (weight bits, scales 2^e, per-channel weight exponents, "
			       "shifts):\n");
		int lo = 127, hi = -128, olo = 127, ohi = -128;
		int64_t slo = INT64_MAX, shi = INT64_MIN;
		for (int64_t j = 0; j < ew->shape.d[0]; j++) {
			int e = ((const int8_t *)ew->data)[j];
			int a = pt ? ((const int8_t *)pt->data)[j] : 0;
			int64_t s = oe ? oe->i + a - xe->i - e : 0;
			lo = e < lo ? e : lo;
			hi = e > hi ? e : hi;
			olo = a < olo ? a : olo;
			ohi = a > ohi ? a : ohi;
			slo = s < slo ? s : slo;
			shi = s > shi ? s : shi;
		}
		int b = ir_dtype_bits(w->dtype);
		params += w->shape.d[0] * w->shape.d[1];
		bits += (int64_t)b * w->shape.d[0] * w->shape.d[1];
		printf("  %-*s  %s  x 2^%" PRId64, nw, q->name, ir_dtype_name(w->dtype), xe->i);
		if (oe && pt)
			printf("  out 2^%" PRId64 "..2^%" PRId64 " (PTF)", oe->i + olo, oe->i + ohi);
		else if (oe)
			printf("  out 2^%" PRId64, oe->i);
		printf("  w 2^%d..2^%d", lo, hi);
		if (oe)
			printf("  shifts %" PRId64 "..%" PRId64, slo, shi);
		printf("\n");
	}
	if (n)
		printf("average weight bits: %.2f (%d integer linears, %" PRId64 " weights)\n",
		       params ? (double)bits / (double)params : 0.0, n, params);
}

/*
 * How shift linear "w" (pot5 [M, K], Q16.16 bias "b" or NULL, input at
 * 2^ex) of node "q" is computed, from its attributes "realization" and
 * "realization_why" (vitc quantize's measured choice), and without a
 * reason which products would be exact: one line's end.
 */
static void print_realization(const Node *q, const Tensor *w, const Tensor *b, int64_t ex)
{
	const Attr *ra = ir_node_attr(q, "realization"), *rw = ir_node_attr(q, "realization_why");
	int bits = ra && ra->kind == ATTR_STRING ? !strcmp(ra->s, "int8") ? 8
	           : !strcmp(ra->s, "int16") ? 16 : 0 : 0;
	printf("%s: ", bits == 8 ? "int8 product (x and its floored copies x >> c times int8 "
	       "weights, the same integers)" : bits == 16 ? "int16 product (x and its floored "
	       "copies x >> c times int16 weights, the same integers)"
	       : "shift kernel (sign-selected arithmetic shifts, no multiply)");
	int cs[16], ncs;
	const char *why8, *why16;
	const void *bd = b && b->data ? b->data : NULL;
	int64_t k8 = pass_qshift_mul_plan(w->data, bd, w->shape.d[0], w->shape.d[1], ex, 8,
	                                  cs, &ncs, NULL, &why8);
	int64_t k16 = pass_qshift_mul_plan(w->data, bd, w->shape.d[0], w->shape.d[1], ex, 16,
	                                   cs, &ncs, NULL, &why16);
	if (rw && rw->kind == ATTR_STRING)
		printf("%s\n", rw->s);
	else if (k16 < 0)
		printf("the only exact realization (%s)\n", why16);
	else
		printf("an int%d product would be exact too; not chosen by `vitc quantize`, so "
		       "not measured\n", k8 >= 0 ? 8 : 16);
}

/*
 * In a quantized graph: each qshift_linear (a shift linear between int8
 * tensors, docs/quantization.md): its input and output scales, the shift
 * that makes its input Q16.16, its weight shifts, the requantization shift
 * and how it is computed; each qmoe2_linear: its router and experts, its
 * shift expert's realization likewise.
 */
static void print_qshifts(const Graph *g)
{
	int n = 0;
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *q = g->nodes[i];
		const Attr *xe = ir_node_attr(q, "x_exponent"), *oe = ir_node_attr(q, "out_exponent");
		const Tensor *w = q->n_in > 1 ? q->in[1] : NULL;
		if (q->op == OP_QMOE2_LINEAR && xe && oe && q->in[2] && q->in[2]->data) {
			/* x, wr, ewr, br, w0, ew0, b0, w1, b1 */
			const Tensor *w1 = q->in[7], *b1 = q->n_in > 8 ? q->in[8] : NULL;
			if (!n++)
				printf("shift linears between int8 tensors (pot5 weights, Q16.16 inside):\n");
			const int8_t *er = q->in[2]->data;
			printf("  %s  MoE x 2^%" PRId64 " out 2^%" PRId64 ": router int8 (w 2^%d, 2^%d; "
			       "exact integer argmax), mult expert int8 qlinear, shift expert Q16.16 "
			       "x %s %" PRId64 ", ", q->name, xe->i, oe->i, er[0], er[1],
			       xe->i + 16 >= 0 ? "<<" : ">>", xe->i + 16 >= 0 ? xe->i + 16 : -xe->i - 16);
			if (w1 && w1->data && w1->shape.rank == 2)
				print_realization(q, w1, b1, xe->i);
			else
				printf("\n");
			continue;
		}
		if (q->op != OP_QSHIFT_LINEAR || !xe || !oe || !w || !w->data || w->shape.rank != 2)
			continue;
		if (!n++)
			printf("shift linears between int8 tensors (pot5 weights, Q16.16 inside):\n");
		int lo = 15, hi = -1, zeros = 0;
		int64_t nw = w->shape.d[0] * w->shape.d[1];
		for (int64_t j = 0; j < nw; j++) {
			int s = ((const uint8_t *)w->data)[j] & 15;
			if (s == 15) {
				zeros++;
				continue;
			}
			lo = s < lo ? s : lo;
			hi = s > hi ? s : hi;
		}
		int64_t up = xe->i + 16;
		printf("  %s  x 2^%" PRId64 " -> Q16.16 %s %" PRId64 "  weights 2^-%d..2^-%d (%d zero)"
		       "  out 2^%" PRId64 " (shift %" PRId64 ")  ", q->name, xe->i,
		       up >= 0 ? "<<" : ">>", up >= 0 ? up : -up, hi < 0 ? 0 : hi, lo > 14 ? 0 : lo,
		       zeros, oe->i, oe->i + 16);
		print_realization(q, w, q->n_in > 2 ? q->in[2] : NULL, xe->i);
	}
}

/* Print the summary of a verified, shape-inferred graph "g". */
static void print_summary(const Graph *g, const char *shift_linear, int converted)
{
	GraphStats st;

	pass_graph_stats(g, &st);
	printf("model: %s (vitc-graph v%d%s%s)\n", g->path, g->version,
	       g->producer ? ", producer " : "", g->producer ? g->producer : "");
	if (g->weights_path)
		printf("weights: %s (%" PRId64 " tensors, %" PRIu64 " bytes%s)\n",
		       g->weights_path, st.n_weights, st.weight_bytes,
		       g->n_extra_weights ? ", plus unused entries" : "");
	else
		printf("weights: none\n");
	printf("inputs:\n");
	for (int i = 0; i < g->n_inputs; i++)
		print_tensor_line(g->inputs[i]);
	printf("outputs:\n");
	for (int i = 0; i < g->n_outputs; i++)
		print_tensor_line(g->outputs[i]);
	if (shift_linear)
		printf("shift-linear: %d linears converted (--shift-linear=%s)\n", converted,
		       shift_linear);
	/* one name column for both tables: the longest op name they list */
	int w = (int)strlen("total");
	for (int op = 0; op < OP_COUNT; op++)
		if ((st.nodes_per_op[op] || st.macs_per_op[op]) &&
		    (int)strlen(ir_op_name((OpKind)op)) > w)
			w = (int)strlen(ir_op_name((OpKind)op));
	printf("nodes: %d\n", g->n_nodes);
	for (int op = 0; op < OP_COUNT; op++)
		if (st.nodes_per_op[op])
			printf("  %-*s %" PRId64 "\n", w, ir_op_name((OpKind)op), st.nodes_per_op[op]);
	printf("parameters: %" PRId64 " (%" PRIu64 " bytes)\n", st.n_params, st.param_bytes);
	printf("MACs (N=1):\n");
	for (int op = 0; op < OP_COUNT; op++)
		if (st.macs_per_op[op])
			printf("  %-*s %" PRId64 "\n", w, ir_op_name((OpKind)op), st.macs_per_op[op]);
	printf("  %-*s %" PRId64 "\n", w, "total", st.macs_total);
	print_counts(g);
	print_qlinears(g);
	print_qshifts(g);
	print_float_islands(g);
}

typedef struct {
	const char *model, *weights, *shift;
	int print_ir, no_measure;
} InspectOptions;

static const OptSpec inspect_opts[] = {
	{"--weights", NULL, "FILE", OPT_STR, offsetof(InspectOptions, weights),
	 .help = "the weights (default: the graph's weights_file)"},
	{"--shift-linear", NULL, "mlp|attn|all", OPT_CHOICE, offsetof(InspectOptions, shift),
	 .help = "convert these linears to shift_linear first (docs/graph-format.md)"},
	{"--print-ir", NULL, NULL, OPT_FLAG, offsetof(InspectOptions, print_ir), .ival = 1,
	 .help = "print the graph IR instead of the summary"},
	{"--no-measure", NULL, NULL, OPT_FLAG, offsetof(InspectOptions, no_measure), .ival = 1,
	 .help = "do not compile and time the experts of MoE layers"},
	{NULL},
};

const OptCommand cli_inspect_cmd = {
	.name = "inspect", .positional = "MODEL.json", .pos_off = offsetof(InspectOptions, model),
	.summary = "summarize a model: inputs, outputs, ops, parameters, MACs",
	.about = "Read, verify and shape-infer a model and print what it holds: inputs,\n"
	         "outputs, nodes per op, parameters, MACs and operation counts per layer;\n"
	         "for a quantized graph what each layer became and the float islands;\n"
	         "for MoE layers the per-token latency of each expert, measured here.",
	.opts = inspect_opts,
};

int cmd_inspect(int argc, char **argv)
{
	InspectOptions o = {0};
	int converted = 0, rc;
	VitcErr err = {{0}};

	if ((rc = cli_parse(&cli_inspect_cmd, argc, argv, &o)) != 0)
		return rc == 1 ? 0 : rc;
	const char *model = o.model, *weights = o.weights, *shift = o.shift;
	int print_ir = o.print_ir;

	Graph *g = driver_load_model(model, weights, &err);
	if (!g) {
		fprintf(stderr, "vitc: %s\n", err.msg);
		return 1;
	}
	if (shift && (converted = pass_shift_convert(g, shift, &err)) < 0) {
		fprintf(stderr, "vitc: %s\n", err.msg);
		ir_graph_free(g);
		return 1;
	}
	rc = 0;
	if (print_ir) {
		ir_graph_print(stdout, g);
	} else {
		print_summary(g, shift, converted);
		fflush(stdout);
		if (!o.no_measure && inspect_moe_latency(g, &err)) {
			fprintf(stderr, "vitc: %s\n", err.msg);
			rc = 1;
		}
	}
	ir_graph_free(g);
	return rc;
}
