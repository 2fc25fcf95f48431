/*
 * graph_builder.h - a tiny graph builder shared by the Check suites that
 * build graphs directly through the ir_graph_* API (check_ir.c,
 * check_ir_shapes.c, check_shiftadd_ir.c, check_shift_convert.c,
 * check_passes.c).  Every test gets a fresh graph G: register
 * setup/teardown as a checked fixture.
 */
#ifndef VITC_GRAPH_BUILDER_H
#define VITC_GRAPH_BUILDER_H

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "passes/passes.h"

static Graph *G;

static void setup(void)
{
	G = ir_graph_new("t.json");
}

static void teardown(void)
{
	ir_graph_free(G);
	G = NULL;
}

/* A test case named "name" with the setup/teardown fixture. */
static TCase *tcase(const char *name)
{
	TCase *tc = tcase_create(name);
	tcase_add_checked_fixture(tc, setup, teardown);
	return tc;
}

/* Parse "N,-1,48" (or "N*64,49") into d[] (at most "max" entries); "" is empty. */
static int parse_dims(const char *spec, int64_t *d, int max)
{
	int n = 0;
	const char *p = spec;
	while (*p) {
		ck_assert_int_lt(n, max);
		if (*p == 'N' && p[1] == '*') { /* N*k */
			char *end;
			d[n++] = IR_DIM_NK(strtoll(p + 2, &end, 10));
			ck_assert_ptr_ne(end, p + 2);
			p = end;
		} else if (*p == 'N') {
			d[n++] = IR_DIM_N;
			p++;
		} else {
			char *end;
			d[n++] = strtoll(p, &end, 10);
			ck_assert_ptr_ne(end, p);
			p = end;
		}
		if (*p == ',')
			p++;
	}
	return n;
}

static Shape S(const char *spec)
{
	Shape s = {0};
	s.rank = parse_dims(spec, s.d, IR_MAX_RANK);
	return s;
}

static Tensor *input_t(const char *name, DType dt, const char *shape)
{
	Shape s = S(shape);
	Tensor *t = ir_graph_add_tensor(G, name, TK_INPUT, dt, &s);
	if (!G->inputs)
		G->inputs = arena_calloc(&G->arena, 64, sizeof(Tensor *));
	G->inputs[G->n_inputs++] = t;
	return t;
}

static Tensor *input(const char *name, const char *shape)
{
	return input_t(name, DT_F32, shape);
}

/*
 * A node named "out" producing the value tensor "out" from the space-
 * separated inputs "ins" ("_" for an absent one).
 */
static Node *node(OpKind op, const char *out, const char *ins)
{
	char buf[512], *save = NULL;
	Tensor *in[64];
	int n_in = 0;

	snprintf(buf, sizeof(buf), "%s", ins);
	for (char *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		in[n_in] = strcmp(tok, "_") ? ir_graph_find_tensor(G, tok) : NULL;
		ck_assert_msg(!strcmp(tok, "_") || in[n_in], "no tensor '%s'", tok);
		n_in++;
	}
	Node *n = ir_graph_add_node(G, out, op, n_in, 1, 0);
	memcpy(n->in, in, (size_t)n_in * sizeof(Tensor *));
	n->out[0] = ir_graph_add_tensor(G, out, TK_VALUE, DT_F32, NULL);
	n->out[0]->producer = n;
	return n;
}

static Attr *add_attr(Node *n, const char *name, AttrKind kind)
{
	Attr *a = arena_calloc(&G->arena, (size_t)n->n_attr + 2, sizeof(Attr));
	memcpy(a, n->attrs, (size_t)n->n_attr * sizeof(Attr));
	n->attrs = a;
	a = &a[n->n_attr++];
	a->name = arena_strdup(&G->arena, name);
	a->kind = kind;
	return a;
}

static void a_int(Node *n, const char *name, int64_t v)
{
	add_attr(n, name, ATTR_INT)->i = v;
}

static void a_float(Node *n, const char *name, double v)
{
	add_attr(n, name, ATTR_FLOAT)->f = v;
}

static void a_str(Node *n, const char *name, const char *v)
{
	add_attr(n, name, ATTR_STRING)->s = arena_strdup(&G->arena, v);
}

static void a_ints(Node *n, const char *name, const char *list)
{
	Attr *a = add_attr(n, name, ATTR_INTS);
	a->ints = arena_calloc(&G->arena, 16, sizeof(int64_t));
	a->n = parse_dims(list, a->ints, 16);
}

/* Set the graph outputs from space-separated names. */
static void outputs(const char *names)
{
	char buf[512], *save = NULL;
	G->outputs = arena_calloc(&G->arena, 64, sizeof(Tensor *));
	G->n_outputs = 0;
	snprintf(buf, sizeof(buf), "%s", names);
	for (char *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		G->outputs[G->n_outputs] = ir_graph_find_tensor(G, tok);
		ck_assert_ptr_nonnull(G->outputs[G->n_outputs]);
		G->n_outputs++;
	}
}

#define VERIFY_OK() do { \
	VitcErr e_ = {{0}}; \
	ck_assert_msg(pass_verify(G, &e_) == 0, "verify failed: %s", e_.msg); \
} while (0)

#define VERIFY_FAILS(sub) do { \
	VitcErr e_ = {{0}}; \
	ck_assert_int_eq(pass_verify(G, &e_), -1); \
	ck_assert_msg(strstr(e_.msg, (sub)) != NULL, "message '%s' lacks '%s'", e_.msg, (sub)); \
} while (0)

#define INFER_OK() do { \
	VitcErr e_ = {{0}}; \
	ck_assert_msg(pass_infer_shapes(G, &e_) == 0, "inference failed: %s", e_.msg); \
} while (0)

/* Inference fails (after the graph passed pass_verify) with "sub" in the message. */
#define INFER_FAILS(sub) do { \
	VitcErr e_ = {{0}}; \
	VERIFY_OK(); \
	ck_assert_int_eq(pass_infer_shapes(G, &e_), -1); \
	ck_assert_msg(strstr(e_.msg, (sub)) != NULL, "message '%s' lacks '%s'", e_.msg, (sub)); \
} while (0)

#endif
