/*
 * check_ir.c - unit tests of the graph IR and the passes that only look at
 * graphs: building, pass_verify, ir_graph_print and pass_graph_stats
 * (pass_infer_shapes: check_ir_shapes.c).  Graphs are built directly
 * through the ir_graph_* API (the helpers of graph_builder.h, ir_graphs.h
 * and below), never through the JSON reader.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "passes/passes.h"

#include "ir_graphs.h"

/* The IR text form of G (one static buffer). */
static const char *printed(void)
{
	static char out[8192];
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ck_assert_ptr_nonnull(f);
	ir_graph_print(f, G);
	fclose(f);
	ck_assert_uint_lt(len, sizeof(out));
	memcpy(out, buf, len + 1);
	free(buf);
	return out;
}

/* ---- graph building ---- */

START_TEST(build_tables)
{
	Tensor *x = input("x", "N,4");
	Tensor *w = weight("w", "2,4");
	Node *n = node(OP_LINEAR, "y", "x w _");
	a_int(n, "k", 7);

	ck_assert_int_eq(G->n_tensors, 3);
	ck_assert_int_eq(G->n_nodes, 1);
	ck_assert_int_eq(x->id, 0);
	ck_assert_int_eq(w->id, 1);
	ck_assert_ptr_eq(ir_graph_find_tensor(G, "w"), w);
	ck_assert_ptr_null(ir_graph_find_tensor(G, "nope"));
	ck_assert_ptr_eq(n->out[0]->producer, n);
	ck_assert_ptr_eq(n->in[0], x);
	ck_assert_ptr_null(n->in[2]);
	ck_assert_int_eq(ir_node_attr(n, "k")->i, 7);
	ck_assert_ptr_null(ir_node_attr(n, "j"));
	ck_assert_int_eq(n->out[0]->shape_known, 0);
	ck_assert_str_eq(ir_op_name(OP_ATTENTION), "attention");
	ck_assert_int_eq(ir_op_min_inputs(OP_ATTENTION), 7);
}
END_TEST

START_TEST(build_shapes)
{
	Shape s = S("N,3,4");
	Shape big = S("1048576,1048576");
	int64_t e;
	uint64_t b;
	char buf[64];

	ck_assert_int_eq(ir_shape_numel(&s, 5, &e), 0);
	ck_assert_int_eq(e, 60);
	ck_assert_int_eq(ir_shape_numel(&big, 1, &e), -1);
	ck_assert_int_eq(ir_shape_format(&s, buf, sizeof(buf)), 7);
	ck_assert_str_eq(buf, "[N,3,4]");
	Shape odd = S("3");
	ck_assert_int_eq(ir_shape_bytes(&odd, DT_I4, 1, &b), 0);
	ck_assert_uint_eq(b, 2);
}
END_TEST

/* ---- pass_verify ---- */

START_TEST(verify_vit_ok)
{
	build_vit();
	VERIFY_OK();
}
END_TEST

START_TEST(verify_message_format)
{
	input("x", "N,4");
	node(OP_LINEAR, "y", "x");
	outputs("y");
	VitcErr e = {{0}};
	ck_assert_int_eq(pass_verify(G, &e), -1);
	ck_assert_str_eq(e.msg, "t.json: node 'y' (linear): has 1 inputs, expected 2..3");
}
END_TEST

START_TEST(verify_arity)
{
	input("x", "N,4");
	input("x2", "N,4");
	node(OP_RELU, "y", "x x2");
	outputs("y");
	VERIFY_FAILS("node 'y' (relu): has 2 inputs, expected 1");
	teardown();
	setup();
	input("q", "N,5,8");
	weight("w", "8,8");
	a_int(node(OP_ATTENTION, "y", "q q q w _ w"), "num_heads", 1);
	outputs("y");
	VERIFY_FAILS("has 6 inputs, expected 7");
}
END_TEST

START_TEST(verify_absent_inputs)
{
	input("x", "N,4");
	weight("w", "2,4");
	weight("g", "4");
	node(OP_LINEAR, "y", "x w _");
	node(OP_LAYER_NORM, "z", "x _ g");
	outputs("y z");
	VERIFY_OK();
	node(OP_LINEAR, "bad", "x _");
	VERIFY_FAILS("node 'bad' (linear): input 1 is absent but required");
}
END_TEST

START_TEST(verify_attention_absent)
{
	input("q", "N,5,8");
	weight("wi", "24,8");
	weight("wo", "8,8");
	a_int(node(OP_ATTENTION, "y", "q q q wi _ wo _"), "num_heads", 2);
	outputs("y");
	VERIFY_OK();
	a_int(node(OP_ATTENTION, "z", "q q q wi _ _ _"), "num_heads", 2);
	VERIFY_FAILS("node 'z' (attention): input 5 is absent but required");
}
END_TEST

START_TEST(verify_outputs_per_node)
{
	input("x", "4");
	Node *n = ir_graph_add_node(G, "y", OP_RELU, 1, 2, 0);
	n->in[0] = G->tensors[0];
	for (int i = 0; i < 2; i++) {
		n->out[i] = ir_graph_add_tensor(G, i ? "y2" : "y", TK_VALUE, DT_F32, NULL);
		n->out[i]->producer = n;
	}
	outputs("y");
	VERIFY_FAILS("node 'y' (relu): has 2 outputs, expected 1");
}
END_TEST

START_TEST(verify_missing_and_kind)
{
	input("x", "N,4");
	Node *n = node(OP_RESHAPE, "y", "x");
	outputs("y");
	VERIFY_FAILS("node 'y' (reshape): missing attribute 'shape'");
	a_int(n, "shape", 4);
	VERIFY_FAILS("attribute 'shape' must be ints, not int");
}
END_TEST

START_TEST(verify_transpose_perm)
{
	Node *n = unary(OP_TRANSPOSE, "N,3,4");
	a_ints(n, "perm", "0,0,1");
	VERIFY_FAILS("attribute 'perm' is not a permutation of 0..2");
	n->attrs[0].n = 2;
	n->attrs[0].ints[1] = 2;
	VERIFY_FAILS("not a permutation of 0..1");
	n->attrs[0].ints[1] = 1;
	VERIFY_OK();
}
END_TEST

START_TEST(verify_conv2d_attrs)
{
	input("x", "N,3,8,8");
	weight("w", "4,3,3,3");
	Node *n = node(OP_CONV2D, "y", "x w");
	outputs("y");
	VERIFY_OK(); /* every conv2d attribute has a default */
	a_ints(n, "stride", "1,1,1");
	VERIFY_FAILS("attribute 'stride' must have 2 entries, not 3");
	n->attrs[0].n = 2;
	n->attrs[0].ints[1] = 0;
	VERIFY_FAILS("attribute 'stride'[1] is 0, expected 1..");
	n->attrs[0].ints[1] = 2;
	a_ints(n, "padding", "-1,0");
	VERIFY_FAILS("attribute 'padding'[0] is -1");
	n->attrs[1].ints[0] = 1;
	a_int(n, "groups", 0);
	VERIFY_FAILS("attribute 'groups' is 0, expected 1..");
	n->attrs[2].i = 1;
	a_ints(n, "dilation", "0,1");
	VERIFY_FAILS("attribute 'dilation'[0] is 0");
	n->attrs[3].ints[0] = 1;
	VERIFY_OK();
	a_int(n, "groups", 1);
	VERIFY_FAILS("attribute 'groups' given twice");
}
END_TEST

START_TEST(verify_scalar_ops)
{
	input("x", "N,4");
	Node *n = node(OP_MUL, "y", "x");
	outputs("y");
	VERIFY_FAILS("node 'y' (mul): missing attribute 'scalar'");
	a_str(n, "scalar", "2");
	VERIFY_FAILS("attribute 'scalar' must be a number, not string");
	n->attrs[0].kind = ATTR_FLOAT;
	n->attrs[0].f = 0.5;
	VERIFY_OK();
	n->attrs[0].kind = ATTR_INT;
	n->attrs[0].i = 2;
	VERIFY_OK();
	a_int(n, "reverse", 2);
	VERIFY_FAILS("attribute 'reverse' is 2, expected 0..1");
	a_float(node(OP_SUB, "z", "x x"), "scalar", 1.0);
	n->attrs[1].i = 1;
	VERIFY_FAILS("node 'z' (sub): attribute 'scalar' given with two inputs");
}
END_TEST

START_TEST(verify_norm_gelu_misc)
{
	input("x", "N,4");
	Node *ln = node(OP_LAYER_NORM, "ln", "x");
	Node *ge = node(OP_GELU, "ge", "x");
	outputs("ln ge");
	VERIFY_OK(); /* eps, axes and approximate default */
	a_float(ln, "eps", 0.0);
	VERIFY_FAILS("node 'ln' (layer_norm): attribute 'eps' must be positive");
	ln->attrs[0].f = 1e-6;
	a_int(ln, "axes", 0);
	VERIFY_FAILS("attribute 'axes' is 0, expected 1..8");
	ln->attrs[1].i = 1;
	a_str(ge, "approximate", "exact");
	VERIFY_FAILS("node 'ge' (gelu): attribute 'approximate' is \"exact\"");
	ge->attrs[0].s = "tanh";
	VERIFY_OK();
	ge->attrs[0].kind = ATTR_INT;
	VERIFY_FAILS("attribute 'approximate' must be string, not int");
}
END_TEST

START_TEST(verify_slice_select_mean)
{
	input("x", "N,6,4");
	Node *s = node(OP_SLICE, "s", "x");
	a_int(s, "axis", 1);
	a_int(s, "start", 0);
	outputs("s");
	VERIFY_FAILS("node 's' (slice): missing attribute 'end'");
	a_int(s, "end", 3);
	VERIFY_OK(); /* step defaults to 1 */
	a_int(s, "step", 0);
	VERIFY_FAILS("attribute 'step' is 0, expected 1..");
	s->attrs[3].i = 2;
	Node *m = node(OP_MEAN, "m", "x");
	a_ints(m, "axes", "");
	VERIFY_FAILS("node 'm' (mean): attribute 'axes' must have 1..8 entries, not 0");
	m->attrs[0].n = parse_dims("1", m->attrs[0].ints, 16);
	a_int(m, "keepdim", 3);
	VERIFY_FAILS("attribute 'keepdim' is 3, expected 0..1");
	m->attrs[1].i = 1;
	Node *c = node(OP_CONCAT, "c", "x x");
	a_float(c, "axis", 1.5);
	VERIFY_FAILS("node 'c' (concat): attribute 'axis' must be int, not float");
	c->attrs[0].kind = ATTR_INT;
	c->attrs[0].i = 1;
	Node *sel = node(OP_SELECT, "sel", "x");
	a_int(sel, "axis", 1);
	VERIFY_FAILS("node 'sel' (select): missing attribute 'index'");
	a_int(sel, "index", -1);
	VERIFY_OK();
}
END_TEST

START_TEST(verify_shape_attrs_heads)
{
	input("x", "N,6");
	Node *r = node(OP_RESHAPE, "r", "x");
	a_ints(r, "shape", "-1,-1");
	outputs("r");
	VERIFY_FAILS("attribute 'shape' has 2 entries -1, at most one allowed");
	r->attrs[0].ints[0] = IR_DIM_NK(IR_MAX_DIM); /* N*2^40: k out of range */
	VERIFY_FAILS("attribute 'shape'[0] is -1099511627777, not a dimension, -1 or N*k");
	r->attrs[0].ints[0] = -5; /* N*4: a batch dimension */
	VERIFY_OK();
	a_ints(r, "shape", "1,1,1,1,1,1,1,1,N");
	r->attrs[0] = r->attrs[1];
	r->n_attr = 1;
	VERIFY_FAILS("attribute 'shape' has 9 entries, more than rank 8");
	r->attrs[0].n = 2;
	VERIFY_OK();
	Node *e = node(OP_EXPAND, "e", "x");
	a_ints(e, "shape", "-1,-1");
	VERIFY_OK(); /* expand may keep several dimensions */
	input("q", "N,5,8");
	weight("w", "24,8");
	weight("wo", "8,8");
	Node *a = node(OP_ATTENTION, "a", "q q q w _ wo _");
	VERIFY_FAILS("node 'a' (attention): missing attribute 'num_heads'");
	a_int(a, "num_heads", 0);
	VERIFY_FAILS("attribute 'num_heads' is 0, expected 1..");
	a->attrs[0].i = 2;
	VERIFY_OK();
}
END_TEST

START_TEST(verify_names)
{
	input("x", "4");
	input("x", "4");
	node(OP_RELU, "y", "x");
	outputs("y");
	VERIFY_FAILS("t.json: tensor name 'x' is used twice");
	teardown();
	setup();
	input("x", "4");
	node(OP_RELU, "y", "x");
	node(OP_TANH, "z", "x")->name = "y";
	outputs("z");
	VERIFY_FAILS("node 'y' (tanh): node name is used twice");
	G->nodes[1]->name = "";
	VERIFY_FAILS("node 1 has an invalid name");
	G->nodes[1]->name = "z";
	G->tensors[0]->name = "bad\nname";
	VERIFY_FAILS("tensor 0 has an invalid name");
}
END_TEST

START_TEST(verify_order)
{
	input("x", "4");
	Node *a = node(OP_RELU, "a", "x");
	node(OP_TANH, "b", "a");
	outputs("b");
	VERIFY_OK();
	a->in[0] = ir_graph_find_tensor(G, "b");
	VERIFY_FAILS("node 'a' (relu): input 0 'b' is used before it is defined");
	a->in[0] = a->out[0];
	VERIFY_FAILS("input 0 'a' is used before it is defined");
}
END_TEST

START_TEST(verify_producers)
{
	input("x", "4");
	weight("w", "4");
	Node *a = node(OP_RELU, "a", "x");
	Node *b = node(OP_TANH, "b", "x");
	outputs("a b");
	Tensor *bt = b->out[0];
	b->out[0] = a->out[0];
	VERIFY_FAILS("node 'b' (tanh): output 'a' is already produced by node 'a'");
	b->out[0] = ir_graph_find_tensor(G, "w");
	VERIFY_FAILS("output 'w' is a graph weight, not a value");
	b->out[0] = ir_graph_find_tensor(G, "x");
	VERIFY_FAILS("output 'x' is a graph input, not a value");
	b->out[0] = bt;
	bt->producer = a;
	VERIFY_FAILS("output 'b' names a different producer");
	bt->producer = b;
	VERIFY_OK();
	ir_graph_add_tensor(G, "orphan", TK_VALUE, DT_F32, NULL);
	VERIFY_FAILS("t.json: tensor 'orphan' is produced by no node");
}
END_TEST

START_TEST(verify_graph_io)
{
	Graph *other = ir_graph_new("o.json");
	Shape s = S("4");
	Tensor *foreign = ir_graph_add_tensor(other, "y", TK_INPUT, DT_F32, &s);

	input("x", "4");
	node(OP_RELU, "y", "x");
	VERIFY_FAILS("t.json: the graph has no outputs");
	outputs("y");
	G->outputs[0] = foreign;
	VERIFY_FAILS("graph output 0 is not a tensor of this graph");
	outputs("x");
	VERIFY_OK(); /* a graph input may be returned as it is */
	G->nodes[0]->in[0] = foreign;
	VERIFY_FAILS("node 'y' (relu): input 0 is not a tensor of this graph");
	G->nodes[0]->in[0] = G->tensors[0];
	ir_graph_add_tensor(G, "stray", TK_INPUT, DT_F32, &s);
	VERIFY_FAILS("tensor 'stray' is an input but not a graph input");
	ir_graph_free(other);
}
END_TEST

START_TEST(verify_weights)
{
	static const unsigned char bytes[16];
	input("x", "N,4");
	Tensor *w = weight("w", "4");
	Tensor *q = weight("q", "3");
	q->dtype = DT_I4;
	node(OP_MUL, "y", "x w");
	outputs("y");
	VERIFY_OK(); /* unbound weights are fine before loading */
	G->weights_file.base = (void *)bytes; /* as if loaded; reset before ir_graph_free */
	VERIFY_FAILS("t.json: weight 'w' is not bound to data");
	G->weights_file.base = NULL;
	w->data = bytes;
	w->nbytes = 12;
	VERIFY_FAILS("t.json: weight 'w' (f32): 12 bytes bound, expected 16");
	w->nbytes = 16;
	q->data = bytes;
	q->nbytes = 2; /* three nibbles round up to two bytes */
	VERIFY_OK();
	w->shape = S("N,4");
	VERIFY_FAILS("tensor 'w': a weight cannot have the batch dimension N");
	w->shape = S("1099511627776");
	VERIFY_FAILS("tensor 'w': dimension 0 is 1099511627776, outside 0..2^40");
	w->shape = S("1048576,1048576");
	VERIFY_FAILS("tensor 'w': more than 2^40 elements");
}
END_TEST

/* ---- ir_graph_print ---- */

START_TEST(print_golden)
{
	input("x", "N,3,8,8");
	weight("w", "4,3,4,4");
	weight("b", "4");
	weight_r("pos", "1,4,4", ROLE_BUFFER);
	weight_r("beta", "4", ROLE_CONSTANT);
	Node *n = node(OP_CONV2D, "conv", "x w b");
	a_ints(n, "stride", "4,4");
	a_int(n, "groups", 1);
	a_ints(node(OP_RESHAPE, "flat", "conv"), "shape", "N,4,-1");
	a_ints(node(OP_TRANSPOSE, "tok", "flat"), "perm", "0,2,1");
	node(OP_ADD, "pos_add", "tok pos");
	n = node(OP_LAYER_NORM, "ln", "pos_add _ beta");
	a_float(n, "eps", 1e-6);
	n = node(OP_MUL, "half", "ln");
	a_float(n, "scalar", 0.5);
	n = node(OP_SUB, "rsub", "half");
	a_int(n, "reverse", 1);
	a_float(n, "scalar", 2.0);
	a_str(node(OP_GELU, "act", "rsub"), "approximate", "tanh");
	node(OP_RELU, "r", "act")->name = "relu_node";
	outputs("r x");

	static const char *const before =
		"graph \"t.json\" vitc-graph v1\n"
		"input x: f32[N,3,8,8]\n"
		"weight w: f32[4,3,4,4] parameter\n"
		"weight b: f32[4] parameter\n"
		"weight pos: f32[1,4,4] buffer\n"
		"weight beta: f32[4] constant\n"
		"%conv: ? = conv2d(x, w, b) groups=1 stride=[4,4]\n"
		"%flat: ? = reshape(%conv) shape=[N,4,-1]\n"
		"%tok: ? = transpose(%flat) perm=[0,2,1]\n"
		"%pos_add: ? = add(%tok, pos)\n"
		"%ln: ? = layer_norm(%pos_add, _, beta) eps=1e-06\n"
		"%half: ? = mul(%ln) scalar=0.5\n"
		"%rsub: ? = sub(%half) reverse=1 scalar=2.0\n"
		"%act: ? = gelu(%rsub) approximate=\"tanh\"\n"
		"%r: ? = relu(%act)  # node relu_node\n"
		"output %r\n"
		"output x\n";
	ck_assert_str_eq(printed(), before);
	INFER_OK();
	static const char *const after =
		"graph \"t.json\" vitc-graph v1\n"
		"input x: f32[N,3,8,8]\n"
		"weight w: f32[4,3,4,4] parameter\n"
		"weight b: f32[4] parameter\n"
		"weight pos: f32[1,4,4] buffer\n"
		"weight beta: f32[4] constant\n"
		"%conv: f32[N,4,2,2] = conv2d(x, w, b) groups=1 stride=[4,4]\n"
		"%flat: f32[N,4,4] = reshape(%conv) shape=[N,4,-1]\n"
		"%tok: f32[N,4,4] = transpose(%flat) perm=[0,2,1]\n"
		"%pos_add: f32[N,4,4] = add(%tok, pos)\n"
		"%ln: f32[N,4,4] = layer_norm(%pos_add, _, beta) eps=1e-06\n"
		"%half: f32[N,4,4] = mul(%ln) scalar=0.5\n"
		"%rsub: f32[N,4,4] = sub(%half) reverse=1 scalar=2.0\n"
		"%act: f32[N,4,4] = gelu(%rsub) approximate=\"tanh\"\n"
		"%r: f32[N,4,4] = relu(%act)  # node relu_node\n"
		"output %r\n"
		"output x\n";
	ck_assert_str_eq(printed(), after);
}
END_TEST

START_TEST(print_values)
{
	G->path = "dir/a \"q\".json";
	input("x", "");
	Node *n = node(OP_EXPAND, "y", "x");
	a_ints(n, "shape", "N,-1");
	Attr *f = add_attr(n, "fs", ATTR_FLOATS);
	static double fl[] = {1.0, -0.25, 1e20};
	f->floats = fl;
	f->n = 3;
	a_str(n, "s", "a\\b\n");
	a_float(n, "big", 123456789012.0);
	outputs("y");
	ck_assert_str_eq(printed(),
		"graph \"dir/a \\\"q\\\".json\" vitc-graph v1\n"
		"input x: f32[]\n"
		"%y: ? = expand(x) big=1.23456789e+11 fs=[1.0,-0.25,1e+20] s=\"a\\\\b\\x0a\" "
		"shape=[N,-1]\n"
		"output %y\n");
}
END_TEST

/* ---- pass_graph_stats ---- */

START_TEST(stats_vit)
{
	GraphStats st;

	build_vit();
	INFER_OK();
	pass_graph_stats(G, &st);
	/* conv: out 48*4*4 = 768 times C/g*kh*kw = 3*8*8 = 192 */
	ck_assert_int_eq(st.macs_per_op[OP_CONV2D], 147456);
	/* attention, L = S = 17, D = 48: (17+34)*48^2 + 17*48^2 + 2*17*17*48 */
	ck_assert_int_eq(st.macs_per_op[OP_ATTENTION], 117504 + 39168 + 27744);
	/* fc1 17*96*48, fc2 17*48*96, head 7*48 */
	ck_assert_int_eq(st.macs_per_op[OP_LINEAR], 78336 + 78336 + 336);
	ck_assert_int_eq(st.macs_per_op[OP_ADD], 0);
	ck_assert_int_eq(st.macs_per_op[OP_LAYER_NORM], 0);
	ck_assert_int_eq(st.macs_total, 147456 + 184416 + 157008);
	ck_assert_int_eq(st.nodes_per_op[OP_ADD], 3);
	ck_assert_int_eq(st.nodes_per_op[OP_LINEAR], 3);
	ck_assert_int_eq(st.nodes_per_op[OP_CONV2D], 1);
	ck_assert_int_eq(st.nodes_per_op[OP_MATMUL], 0);
	/* all weights: 9216+48 + 48 + 816 + 96 + 6912+144+2304+48 + 96 + 4608+96
	 * + 4608+48 + 336+7 = 29431 elements in 18 tensors; pos (816) is a buffer */
	ck_assert_int_eq(st.n_weights, 18);
	ck_assert_uint_eq(st.weight_bytes, 29431 * 4);
	ck_assert_int_eq(st.n_params, 29431 - 816);
	ck_assert_uint_eq(st.param_bytes, (29431 - 816) * 4);
}
END_TEST

START_TEST(stats_ops)
{
	GraphStats st;

	input("x", "1,4,9,9");
	input("t", "N,10,8");
	input("a", "N,3,5,4");
	input("b", "4,6");
	input("q", "2,5,48");
	input("kv", "2,7,48");
	weight("dw", "4,1,3,3");
	weight("cw", "8,1,3");
	weight("wi", "144,48");
	weight("wo", "48,48");
	Tensor *nib = weight("nib", "5");
	nib->dtype = DT_I4;
	a_int(node(OP_CONV2D, "dconv", "x dw"), "groups", 4);
	a_int(node(OP_CONV1D_TOKENS, "tconv", "t cw"), "padding", 1);
	node(OP_MATMUL, "mm", "a b");
	a_int(node(OP_ATTENTION, "att", "q kv kv wi _ wo _"), "num_heads", 4);
	node(OP_MUL, "sq", "mm mm");
	outputs("dconv tconv sq att");

	pass_graph_stats(G, &st); /* before inference: no shapes, no MACs */
	ck_assert_int_eq(st.macs_total, 0);
	ck_assert_int_eq(st.nodes_per_op[OP_MATMUL], 1);
	INFER_OK();
	pass_graph_stats(G, &st);
	/* depthwise: out [1,4,7,7] = 196 times 1*3*3 */
	ck_assert_int_eq(st.macs_per_op[OP_CONV2D], 1764);
	/* out [1,10,8] = 80 times k = 3 */
	ck_assert_int_eq(st.macs_per_op[OP_CONV1D_TOKENS], 240);
	/* out [1,3,5,6] = 90 times K = 4 */
	ck_assert_int_eq(st.macs_per_op[OP_MATMUL], 360);
	/* two images of (5+14)*2304 + 5*2304 + 2*5*7*48 = 58656 */
	ck_assert_int_eq(st.macs_per_op[OP_ATTENTION], 2 * 58656);
	ck_assert_int_eq(st.macs_per_op[OP_MUL], 0);
	ck_assert_int_eq(st.macs_total, 1764 + 240 + 360 + 2 * 58656);
	/* weights: 36 + 24 + 6912 + 2304 f32, and 5 nibbles in 3 bytes */
	ck_assert_int_eq(st.n_weights, 5);
	ck_assert_int_eq(st.n_params, 36 + 24 + 6912 + 2304 + 5);
	ck_assert_uint_eq(st.weight_bytes, (36 + 24 + 6912 + 2304) * 4 + 3);
	ck_assert_uint_eq(st.param_bytes, st.weight_bytes);
}
END_TEST

START_TEST(stats_saturate)
{
	GraphStats st;

	char name[16];

	/* each linear: out [2^19,2^19] times K = 2^20, 2^58 MACs; 40 of them overflow */
	input("x", "524288,1048576");
	weight("w", "524288,1048576");
	for (int i = 0; i < 40; i++) {
		snprintf(name, sizeof(name), "y%d", i);
		node(OP_LINEAR, name, "x w");
	}
	outputs("y0");
	INFER_OK();
	pass_graph_stats(G, &st);
	ck_assert_int_eq(st.macs_per_op[OP_LINEAR], INT64_MAX);
	ck_assert_int_eq(st.macs_total, INT64_MAX);
	ck_assert_int_eq(st.nodes_per_op[OP_LINEAR], 40);
}
END_TEST

/* ---- the suite ---- */

static Suite *ir_suite(void)
{
	Suite *s = suite_create("ir");
	TCase *tc;

	tc = tcase("build");
	tcase_add_test(tc, build_tables);
	tcase_add_test(tc, build_shapes);
	suite_add_tcase(s, tc);

	tc = tcase("verify");
	tcase_add_test(tc, verify_vit_ok);
	tcase_add_test(tc, verify_message_format);
	tcase_add_test(tc, verify_arity);
	tcase_add_test(tc, verify_absent_inputs);
	tcase_add_test(tc, verify_attention_absent);
	tcase_add_test(tc, verify_outputs_per_node);
	tcase_add_test(tc, verify_missing_and_kind);
	tcase_add_test(tc, verify_transpose_perm);
	tcase_add_test(tc, verify_conv2d_attrs);
	tcase_add_test(tc, verify_scalar_ops);
	tcase_add_test(tc, verify_norm_gelu_misc);
	tcase_add_test(tc, verify_slice_select_mean);
	tcase_add_test(tc, verify_shape_attrs_heads);
	tcase_add_test(tc, verify_names);
	tcase_add_test(tc, verify_order);
	tcase_add_test(tc, verify_producers);
	tcase_add_test(tc, verify_graph_io);
	tcase_add_test(tc, verify_weights);
	suite_add_tcase(s, tc);

	tc = tcase("print");
	tcase_add_test(tc, print_golden);
	tcase_add_test(tc, print_values);
	suite_add_tcase(s, tc);

	tc = tcase("stats");
	tcase_add_test(tc, stats_vit);
	tcase_add_test(tc, stats_ops);
	tcase_add_test(tc, stats_saturate);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(ir_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
