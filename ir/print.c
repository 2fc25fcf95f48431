/*
 * print.c - the IR text form, used by IR dumps and `vitc inspect --print-ir`.
 * It is meant to be stable and diffable: one line per input, weight, node
 * and output, in graph order, attributes sorted by name.
 *
 *   graph "m.json" vitc-graph v1
 *   input x: f32[N,3,32,32]
 *   weight conv_proj.weight: f32[48,3,8,8] parameter
 *   %conv_proj: f32[N,48,4,4] = conv2d(x, conv_proj.weight, conv_proj.bias) stride=[8,8]
 *   output %heads.head
 *
 * Node-produced tensors carry a "%" prefix wherever they appear, an absent
 * input prints as "_", a value whose shape is not inferred yet as "?", and
 * a node whose name differs from its output's gets a trailing "# node NAME".
 * Floats print with %.9g and always look like floats ("2.0", not "2").
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"

static const char *const role_names[] = {"parameter", "buffer", "constant"};

/* A string in double quotes, with \" \\ and \xNN escapes. */
static void print_quoted(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p > 0x7e)
			fprintf(f, "\\x%02x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

static void print_ref(FILE *f, const Tensor *t)
{
	if (!t)
		fputs("_", f);
	else
		fprintf(f, "%s%s", t->kind == TK_VALUE ? "%" : "", t->name);
}

/* "f32[N,3]"; "?" for a value that shape inference has not reached. */
static void print_type(FILE *f, const Tensor *t)
{
	char buf[256];

	if (t->kind == TK_VALUE && !t->shape_known) {
		fputs("?", f);
		return;
	}
	ir_shape_format(&t->shape, buf, sizeof(buf));
	fprintf(f, "%s%s", ir_dtype_name(t->dtype), buf);
}

static void print_float(FILE *f, double v)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.9g", v);
	fputs(buf, f);
	if (!strpbrk(buf, ".eni"))
		fputs(".0", f);
}

static void print_attr(FILE *f, const Attr *a)
{
	fprintf(f, " %s=", a->name);
	switch (a->kind) {
	case ATTR_INT:
		fprintf(f, "%" PRId64, a->i);
		break;
	case ATTR_FLOAT:
		print_float(f, a->f);
		break;
	case ATTR_STRING:
		print_quoted(f, a->s ? a->s : "");
		break;
	case ATTR_INTS:
		fputc('[', f);
		for (int i = 0; i < a->n; i++) {
			if (i)
				fputc(',', f);
			char d[32];
			fputs(ir_dim_format(a->ints[i], d, sizeof(d)), f);
		}
		fputc(']', f);
		break;
	case ATTR_FLOATS:
		fputc('[', f);
		for (int i = 0; i < a->n; i++) {
			if (i)
				fputc(',', f);
			print_float(f, a->floats[i]);
		}
		fputc(']', f);
		break;
	}
}

static int cmp_attr(const void *pa, const void *pb)
{
	const Attr *a = *(const Attr *const *)pa, *b = *(const Attr *const *)pb;
	return strcmp(a->name ? a->name : "", b->name ? b->name : "");
}

/* "%out: f32[...] = op(in, ...) attrs" for one node. */
static void print_node(FILE *f, const Node *n)
{
	const Tensor *o = n->n_out > 0 ? n->out[0] : NULL;
	const Attr **sorted;

	for (int i = 0; i < n->n_out; i++) {
		fputs(i ? ", " : "", f);
		print_ref(f, n->out[i]);
		if (n->out[i]) {
			fputs(": ", f);
			print_type(f, n->out[i]);
		}
	}
	fprintf(f, " = %s(", ir_op_name(n->op));
	for (int i = 0; i < n->n_in; i++) {
		fputs(i ? ", " : "", f);
		print_ref(f, n->in[i]);
	}
	fputc(')', f);
	sorted = xcalloc((size_t)n->n_attr, sizeof(*sorted));
	for (int i = 0; i < n->n_attr; i++)
		sorted[i] = &n->attrs[i];
	qsort(sorted, (size_t)n->n_attr, sizeof(*sorted), cmp_attr);
	for (int i = 0; i < n->n_attr; i++)
		print_attr(f, sorted[i]);
	free(sorted);
	if (!o || strcmp(n->name, o->name) != 0)
		fprintf(f, "  # node %s", n->name);
	fputc('\n', f);
}

void ir_graph_print(FILE *f, const Graph *g)
{
	fputs("graph ", f);
	print_quoted(f, g->path ? g->path : "");
	fprintf(f, " vitc-graph v%d\n", g->version);
	for (int i = 0; i < g->n_inputs; i++) {
		fprintf(f, "input %s: ", g->inputs[i]->name);
		print_type(f, g->inputs[i]);
		fputc('\n', f);
	}
	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		if (t->kind != TK_WEIGHT)
			continue;
		fprintf(f, "weight %s: ", t->name);
		print_type(f, t);
		fprintf(f, " %s\n", (unsigned)t->role <= ROLE_CONSTANT ? role_names[t->role] : "?");
	}
	for (int i = 0; i < g->n_nodes; i++)
		print_node(f, g->nodes[i]);
	for (int i = 0; i < g->n_outputs; i++) {
		fputs("output ", f);
		print_ref(f, g->outputs[i]);
		fputc('\n', f);
	}
}
