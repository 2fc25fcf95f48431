/*
 * check_ir.c - unit tests of the graph IR and the passes that only look at
 * graphs: building, pass_verify, pass_infer_shapes, ir_graph_print and
 * pass_graph_stats.  Graphs are built directly through the ir_graph_* API
 * (the helpers of graph_builder.h and below), never through the JSON reader.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "passes/passes.h"

/* ---- a tiny graph builder (tests/graph_builder.h); every test gets a fresh graph G ---- */

#include "graph_builder.h"

static Tensor *weight_r(const char *name, const char *shape, WeightRole role)
{
	Shape s = S(shape);
	Tensor *t = ir_graph_add_tensor(G, name, TK_WEIGHT, DT_F32, &s);
	t->role = role;
	return t;
}

static Tensor *weight(const char *name, const char *shape)
{
	return weight_r(name, shape, ROLE_PARAMETER);
}

/* The shape of tensor "name" as "[N,3]" (one static buffer). */
static const char *shape_of(const char *name)
{
	static char buf[256];
	Tensor *t = ir_graph_find_tensor(G, name);
	ck_assert_ptr_nonnull(t);
	ir_shape_format(&t->shape, buf, sizeof(buf));
	return buf;
}

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

/* One node "y" = op(x) on an input x of "shape"; returns the node. */
static Node *unary(OpKind op, const char *shape)
{
	input("x", shape);
	Node *n = node(op, "y", "x");
	outputs("y");
	return n;
}

/*
 * A one-block ViT at batch N: patch embedding, class token, position
 * embedding, pre-norm attention and MLP, class-token head with 7 classes.
 * The position embedding is a buffer, all other weights are parameters.
 */
static void build_vit(void)
{
	input("x", "N,3,32,32");
	weight("conv_proj.weight", "48,3,8,8");
	weight("conv_proj.bias", "48");
	weight("class_token", "1,1,48");
	weight_r("pos_embedding", "1,17,48", ROLE_BUFFER);
	weight("ln1.weight", "48");
	weight("ln1.bias", "48");
	weight("attn.in_proj_weight", "144,48");
	weight("attn.in_proj_bias", "144");
	weight("attn.out_proj.weight", "48,48");
	weight("attn.out_proj.bias", "48");
	weight("ln2.weight", "48");
	weight("ln2.bias", "48");
	weight("fc1.weight", "96,48");
	weight("fc1.bias", "96");
	weight("fc2.weight", "48,96");
	weight("fc2.bias", "48");
	weight("head.weight", "7,48");
	weight("head.bias", "7");

	Node *n = node(OP_CONV2D, "conv_proj", "x conv_proj.weight conv_proj.bias");
	a_ints(n, "stride", "8,8");
	a_ints(node(OP_RESHAPE, "flat", "conv_proj"), "shape", "N,48,-1");
	a_ints(node(OP_TRANSPOSE, "tokens", "flat"), "perm", "0,2,1");
	a_ints(node(OP_EXPAND, "cls", "class_token"), "shape", "N,-1,-1");
	a_int(node(OP_CONCAT, "cat", "cls tokens"), "axis", 1);
	node(OP_ADD, "pos", "cat pos_embedding");
	node(OP_LAYER_NORM, "ln1", "pos ln1.weight ln1.bias");
	n = node(OP_ATTENTION, "attn", "ln1 ln1 ln1 attn.in_proj_weight attn.in_proj_bias "
	         "attn.out_proj.weight attn.out_proj.bias");
	a_int(n, "num_heads", 3);
	node(OP_ADD, "res1", "pos attn");
	node(OP_LAYER_NORM, "ln2", "res1 ln2.weight ln2.bias");
	node(OP_LINEAR, "fc1", "ln2 fc1.weight fc1.bias");
	node(OP_GELU, "act", "fc1");
	node(OP_LINEAR, "fc2", "act fc2.weight fc2.bias");
	node(OP_ADD, "res2", "res1 fc2");
	n = node(OP_SELECT, "cls_out", "res2");
	a_int(n, "axis", 1);
	a_int(n, "index", 0);
	node(OP_LINEAR, "head", "cls_out head.weight head.bias");
	outputs("head");
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
	r->attrs[0].ints[0] = -5;
	VERIFY_FAILS("attribute 'shape'[0] is -5, not a dimension, -1 or N");
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

/* ---- pass_infer_shapes ---- */

START_TEST(infer_vit)
{
	build_vit();
	INFER_OK();
	ck_assert_str_eq(shape_of("conv_proj"), "[N,48,4,4]");
	ck_assert_str_eq(shape_of("flat"), "[N,48,16]");
	ck_assert_str_eq(shape_of("tokens"), "[N,16,48]");
	ck_assert_str_eq(shape_of("cls"), "[N,1,48]");
	ck_assert_str_eq(shape_of("cat"), "[N,17,48]");
	ck_assert_str_eq(shape_of("attn"), "[N,17,48]");
	ck_assert_str_eq(shape_of("fc1"), "[N,17,96]");
	ck_assert_str_eq(shape_of("cls_out"), "[N,48]");
	ck_assert_str_eq(shape_of("head"), "[N,7]");
	Tensor *h = ir_graph_find_tensor(G, "head");
	ck_assert_int_eq(h->shape_known, 1);
	ck_assert_int_eq(h->dtype, DT_F32);
	INFER_OK(); /* running it again changes nothing */
	ck_assert_str_eq(shape_of("head"), "[N,7]");
}
END_TEST

START_TEST(infer_message_format)
{
	input("x", "N,4");
	weight("w", "3,5");
	node(OP_LINEAR, "fc", "x w");
	outputs("fc");
	VitcErr e = {{0}};
	ck_assert_int_eq(pass_infer_shapes(G, &e), -1);
	ck_assert_str_eq(e.msg, "t.json: node 'fc' (linear): input 1 'w' has shape [3,5], "
	                 "expected [*,4]");
}
END_TEST

START_TEST(infer_runs_verify)
{
	input("x", "N,4");
	node(OP_RESHAPE, "y", "x");
	outputs("y");
	VitcErr e = {{0}};
	ck_assert_int_eq(pass_infer_shapes(G, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, "missing attribute 'shape'"));
	ck_assert_int_eq(ir_graph_find_tensor(G, "y")->shape_known, 0);
}
END_TEST

START_TEST(infer_dtype)
{
	input_t("x", DT_I8, "N,4");
	node(OP_RELU, "y", "x");
	outputs("y");
	INFER_FAILS("node 'y' (relu): input 0 'x': dtype i8 not supported by relu yet");
}
END_TEST

START_TEST(infer_conv2d)
{
	input("x", "2,4,9,9");
	weight("w", "4,1,3,3");
	weight("b", "4");
	Node *n = node(OP_CONV2D, "y", "x w b");
	a_ints(n, "stride", "2,2");
	a_ints(n, "padding", "1,1");
	a_ints(n, "dilation", "2,2");
	a_int(n, "groups", 4); /* depthwise */
	outputs("y");
	INFER_OK();
	/* (9 + 2 - 2*2 - 1) / 2 + 1 = 4 */
	ck_assert_str_eq(shape_of("y"), "[2,4,4,4]");
	n->attrs[3].i = 2;
	INFER_FAILS("input 1 'w' has shape [4,1,3,3], expected [4,2,*,*]");
	n->attrs[3].i = 3;
	INFER_FAILS("input 0 'x' has 4 channels, not a multiple of groups=3");
	ir_graph_find_tensor(G, "w")->shape = S("6,1,3,3");
	n->attrs[3].i = 4;
	INFER_FAILS("input 1 'w' has 6 output channels, not a multiple of groups=4");
	ir_graph_find_tensor(G, "w")->shape = S("4,1,7,7");
	INFER_FAILS("kernel 7x7 (dilation 2,2) does not fit input 9x9 with padding 1,1");
	ir_graph_find_tensor(G, "w")->shape = S("4,1,3,3");
	ir_graph_find_tensor(G, "b")->shape = S("5");
	INFER_FAILS("input 2 'b' has shape [5], expected [4]");
	ir_graph_find_tensor(G, "b")->shape = S("4");
	ir_graph_find_tensor(G, "x")->shape = S("2,N,9,9");
	INFER_FAILS("input 0 'x' has shape [2,N,9,9]: dimension 1 cannot be N");
	ir_graph_find_tensor(G, "x")->shape = S("4,9,9");
	INFER_FAILS("input 0 'x' has shape [4,9,9], expected [*,*,*,*]");
}
END_TEST

START_TEST(infer_conv1d_tokens)
{
	input("x", "N,10,8");
	weight("w", "8,1,3");
	Node *n = node(OP_CONV1D_TOKENS, "y", "x w _");
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,8,8]");
	a_int(n, "padding", 1);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,10,8]");
	ir_graph_find_tensor(G, "w")->shape = S("3,1,3"); /* [G,1,k] needs G | C */
	INFER_FAILS("input 1 'w' has shape [3,1,3], expected [8,1,*]");
	ir_graph_find_tensor(G, "w")->shape = S("8,1,13");
	INFER_FAILS("kernel 13 does not fit 10 tokens with padding 1");
}
END_TEST

START_TEST(infer_linear)
{
	input("x", "N,5,48");
	weight("w", "96,48");
	weight("b", "96");
	node(OP_LINEAR, "y", "x w b");
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,5,96]");
	ir_graph_find_tensor(G, "b")->shape = S("95");
	INFER_FAILS("input 2 'b' has shape [95], expected [96]");
	ir_graph_find_tensor(G, "b")->shape = S("96");
	ir_graph_find_tensor(G, "x")->shape = S("5,N");
	INFER_FAILS("input 0 'x' has shape [5,N]: dimension 1 cannot be N");
	ir_graph_find_tensor(G, "x")->shape = S("");
	INFER_FAILS("input 0 'x' has shape [], expected rank >= 1");
}
END_TEST

START_TEST(infer_matmul)
{
	input("a", "N,3,5,4");
	input("b", "4,6");
	input("c", "2,4,6");
	input("d", "N,1,5,4");
	node(OP_MATMUL, "ab", "a b");
	node(OP_MATMUL, "dc", "d c");
	outputs("ab dc");
	INFER_OK();
	ck_assert_str_eq(shape_of("ab"), "[N,3,5,6]");
	ck_assert_str_eq(shape_of("dc"), "[N,2,5,6]");
	node(OP_MATMUL, "bad", "a c");
	INFER_FAILS("node 'bad' (matmul): inputs 0 'a' [N,3,5,4] and 1 'c' [2,4,6]: "
	            "batch dimensions do not broadcast");
	G->nodes[2]->in[1] = G->tensors[0];
	INFER_FAILS("inputs 0 'a' [N,3,5,4] and 1 'a' [N,3,5,4]: inner dimensions differ");
}
END_TEST

START_TEST(infer_broadcast)
{
	input("a", "N,5,48");
	input("b", "1,5,48");
	input("c", "5,1");
	input("d", "N,1");
	input("e", "1,4");
	input("s", "");
	node(OP_ADD, "ab", "a b");
	node(OP_MUL, "ac", "a c");
	node(OP_SUB, "de", "d e");
	node(OP_DIV, "sd", "s d");
	a_float(node(OP_ADD, "k", "a"), "scalar", 1.0);
	outputs("ab ac de sd k");
	INFER_OK();
	ck_assert_str_eq(shape_of("ab"), "[N,5,48]");
	ck_assert_str_eq(shape_of("ac"), "[N,5,48]");
	ck_assert_str_eq(shape_of("de"), "[N,4]");
	ck_assert_str_eq(shape_of("sd"), "[N,1]");
	ck_assert_str_eq(shape_of("k"), "[N,5,48]");
	input("f", "3,1");
	node(OP_ADD, "df", "d f");
	INFER_FAILS("node 'df' (add): inputs 0 'd' [N,1] and 1 'f' [3,1] do not broadcast");
}
END_TEST

START_TEST(infer_layer_norm)
{
	input("x", "N,5,48");
	weight("g", "48");
	weight("g2", "5,48");
	Node *n = node(OP_LAYER_NORM, "y", "x g g");
	Node *m = node(OP_LAYER_NORM, "z", "x g2 _");
	a_int(m, "axes", 2);
	outputs("y z");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,5,48]");
	ck_assert_str_eq(shape_of("z"), "[N,5,48]");
	n->in[2] = ir_graph_find_tensor(G, "g2");
	INFER_FAILS("node 'y' (layer_norm): input 2 'g2' has shape [5,48], expected [48]");
	n->in[2] = NULL;
	m->attrs[0].i = 3;
	INFER_FAILS("node 'z' (layer_norm): input 0 'x' has shape [N,5,48]: dimension 0 cannot be N");
	m->attrs[0].i = 4;
	INFER_FAILS("input 0 'x' has shape [N,5,48], expected rank >= 4");
}
END_TEST

START_TEST(infer_unary)
{
	static const OpKind ops[] = {OP_GELU, OP_RELU, OP_TANH, OP_ERF, OP_SOFTMAX};
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		Node *n = unary(ops[i], "N,3,7");
		if (ops[i] == OP_SOFTMAX)
			a_int(n, "axis", -1);
		INFER_OK();
		ck_assert_str_eq(shape_of("y"), "[N,3,7]");
		if (ops[i] == OP_SOFTMAX) {
			n->attrs[0].i = 3;
			INFER_FAILS("attribute 'axis' is 3, out of range for rank 3");
		}
		teardown();
		setup();
	}
}
END_TEST

/* reshape of an input of "from" to "to": the result, or "!" + error message. */
static const char *reshape(const char *from, const char *to)
{
	static char res[1100];
	VitcErr e = {{0}};

	teardown();
	setup();
	a_ints(unary(OP_RESHAPE, from), "shape", to);
	if (pass_infer_shapes(G, &e) == 0)
		return shape_of("y");
	snprintf(res, sizeof(res), "!%s", e.msg);
	return res;
}

START_TEST(infer_reshape)
{
	ck_assert_str_eq(reshape("N,48,4,4", "N,48,-1"), "[N,48,16]");
	ck_assert_str_eq(reshape("N,6", "N,2,3"), "[N,2,3]");
	ck_assert_str_eq(reshape("N,6", "-1,N"), "[6,N]");
	ck_assert_str_eq(reshape("2,3", "-1"), "[6]");
	ck_assert_str_eq(reshape("1", ""), "[]");
	ck_assert_str_eq(reshape("N,0,3", "N,3,0"), "[N,3,0]");
	ck_assert_str_eq(reshape("N,6", "12"), "!t.json: node 'y' (reshape): cannot reshape "
	                 "input 0 'x' [N,6] to [12]: the batch dimension N must appear as often "
	                 "as in the input");
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,N,6"), "must appear as often"));
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,4"), "[N,6] to [N,4]: element counts differ"));
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,4,-1"), "element counts differ"));
	ck_assert_ptr_nonnull(strstr(reshape("N,0,3", "N,0,-1"), "element counts differ"));
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,1048576,1048576,-1"), "element counts differ"));
}
END_TEST

START_TEST(infer_transpose)
{
	Node *n = unary(OP_TRANSPOSE, "N,48,16");
	a_ints(n, "perm", "0,2,1");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,16,48]");
	n->attrs[0].n = 2;
	n->attrs[0].ints[0] = 1;
	n->attrs[0].ints[1] = 0;
	INFER_FAILS("attribute 'perm' has 2 entries, input 0 'x' has rank 3");
}
END_TEST

/* expand of an input of "from" to "to": the result, or "!" + error message. */
static const char *expand(const char *from, const char *to)
{
	static char res[1100];
	VitcErr e = {{0}};

	teardown();
	setup();
	a_ints(unary(OP_EXPAND, from), "shape", to);
	if (pass_infer_shapes(G, &e) == 0)
		return shape_of("y");
	snprintf(res, sizeof(res), "!%s", e.msg);
	return res;
}

START_TEST(infer_expand)
{
	ck_assert_str_eq(expand("1,1,48", "N,-1,-1"), "[N,1,48]");
	ck_assert_str_eq(expand("48", "N,1,48"), "[N,1,48]");
	ck_assert_str_eq(expand("3,1", "-1,4"), "[3,4]");
	ck_assert_str_eq(expand("N,1", "N,5"), "[N,5]");
	ck_assert_str_eq(expand("N,1", "-1,0"), "[N,0]");
	ck_assert_str_eq(expand("3", "4"), "!t.json: node 'y' (expand): cannot expand input 0 "
	                 "'x' [3] to [4]: dimension 0 is 3, not 1 or 4");
	ck_assert_ptr_nonnull(strstr(expand("N,1", "3,1"), "dimension 0 is N, not 1 or 3"));
	ck_assert_ptr_nonnull(strstr(expand("3,1", "1"), "[3,1] to [1]: fewer dimensions"));
	ck_assert_ptr_nonnull(strstr(expand("3", "-1,3"), "-1 at new dimension 0"));
	ck_assert_ptr_nonnull(strstr(expand("1", "1099511627775,4"), "2^40 elements or more"));
}
END_TEST

START_TEST(infer_concat)
{
	input("a", "N,1,48");
	input("b", "N,16,48");
	Node *n = node(OP_CONCAT, "y", "a b a");
	a_int(n, "axis", -2);
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,18,48]");
	ir_graph_find_tensor(G, "b")->shape = S("N,16,47");
	INFER_FAILS("input 1 'b' has shape [N,16,47], expected [N,*,48]");
	ir_graph_find_tensor(G, "b")->shape = S("16,48");
	INFER_FAILS("input 1 'b' has shape [16,48], expected [N,*,48]");
	ir_graph_find_tensor(G, "b")->shape = S("N,16,48");
	n->attrs[0].i = 0;
	INFER_FAILS("cannot concatenate along the batch dimension N (axis 0)");
	n->attrs[0].i = 3;
	INFER_FAILS("attribute 'axis' is 3, out of range for rank 3");
}
END_TEST

/* slice x[N,17,48] along axis 1 with start:end:step; the result or "!" + error. */
static const char *slice(int64_t axis, int64_t start, int64_t end, int64_t step)
{
	static char res[1100];
	VitcErr e = {{0}};

	teardown();
	setup();
	Node *n = unary(OP_SLICE, "N,17,48");
	a_int(n, "axis", axis);
	a_int(n, "start", start);
	a_int(n, "end", end);
	a_int(n, "step", step);
	if (pass_infer_shapes(G, &e) == 0)
		return shape_of("y");
	snprintf(res, sizeof(res), "!%s", e.msg);
	return res;
}

START_TEST(infer_slice)
{
	ck_assert_str_eq(slice(1, 1, INT64_MAX, 1), "[N,16,48]");
	ck_assert_str_eq(slice(1, -3, -1, 1), "[N,2,48]");
	ck_assert_str_eq(slice(1, 5, 2, 1), "[N,0,48]");
	ck_assert_str_eq(slice(1, 0, 17, 2), "[N,9,48]");
	ck_assert_str_eq(slice(1, 1, 17, 2), "[N,8,48]");
	ck_assert_str_eq(slice(1, -100, 100, 1), "[N,17,48]");
	ck_assert_str_eq(slice(1, INT64_MIN, INT64_MAX, INT64_MAX), "[N,1,48]");
	ck_assert_str_eq(slice(-1, 0, 8, 3), "[N,17,3]");
	ck_assert_str_eq(slice(0, 0, 1, 1), "!t.json: node 'y' (slice): slicing along the "
	                 "batch dimension N (axis 0) is not supported yet");
	ck_assert_ptr_nonnull(strstr(slice(-4, 0, 1, 1), "attribute 'axis' is -4, out of range"));
}
END_TEST

START_TEST(infer_select)
{
	Node *n = unary(OP_SELECT, "N,17,48");
	a_int(n, "axis", 1);
	a_int(n, "index", 0);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,48]");
	n->attrs[1].i = -17;
	INFER_OK();
	n->attrs[1].i = 17;
	INFER_FAILS("index 17 is out of range for axis 1 of size 17");
	n->attrs[1].i = -18;
	INFER_FAILS("index -18 is out of range");
	n->attrs[0].i = 0;
	n->attrs[1].i = 0;
	INFER_FAILS("selecting along the batch dimension N (axis 0) is not supported yet");
	teardown();
	setup();
	n = unary(OP_SELECT, "5");
	a_int(n, "axis", 0);
	a_int(n, "index", 4);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[]");
}
END_TEST

START_TEST(infer_mean)
{
	Node *n = unary(OP_MEAN, "N,17,48");
	a_ints(n, "axes", "1");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,48]");
	a_int(n, "keepdim", 1);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,1,48]");
	n->attrs[1].i = 0;
	n->attrs[0].n = parse_dims("-1,1", n->attrs[0].ints, 16);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N]");
	n->attrs[0].n = parse_dims("1,-2", n->attrs[0].ints, 16);
	INFER_FAILS("attribute 'axes' names axis 1 twice");
	n->attrs[0].n = parse_dims("3", n->attrs[0].ints, 16);
	INFER_FAILS("attribute 'axes' is 3, out of range for rank 3");
}
END_TEST

START_TEST(infer_attention)
{
	input("q", "N,5,48");
	input("kv", "N,7,48");
	weight("w_in", "144,48");
	weight("b_in", "144");
	weight("w_out", "48,48");
	weight("b_out", "48");
	Node *n = node(OP_ATTENTION, "y", "q kv kv w_in b_in w_out b_out");
	a_int(n, "num_heads", 3);
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,5,48]");
	n->attrs[0].i = 5;
	INFER_FAILS("node 'y' (attention): embedding size 48 is not a multiple of num_heads=5");
	n->attrs[0].i = 3;
	ir_graph_find_tensor(G, "w_in")->shape = S("144,47");
	INFER_FAILS("input 3 'w_in' has shape [144,47], expected [144,48]");
	ir_graph_find_tensor(G, "w_in")->shape = S("144,48");
	ir_graph_find_tensor(G, "b_out")->shape = S("47");
	INFER_FAILS("input 6 'b_out' has shape [47], expected [48]");
	ir_graph_find_tensor(G, "b_out")->shape = S("48");
	ir_graph_find_tensor(G, "kv")->shape = S("2,7,48");
	INFER_FAILS("input 1 'kv' has shape [2,7,48], expected [N,*,48]");
	input("v", "N,6,48");
	ir_graph_find_tensor(G, "kv")->shape = S("N,7,48");
	n->in[2] = ir_graph_find_tensor(G, "v");
	INFER_FAILS("input 2 'v' has shape [N,6,48], expected [N,7,48]");
	n->in[2] = n->in[1];
	n->in[4] = n->in[6] = NULL;
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,5,48]");
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

	tc = tcase("shapes");
	tcase_add_test(tc, infer_vit);
	tcase_add_test(tc, infer_message_format);
	tcase_add_test(tc, infer_runs_verify);
	tcase_add_test(tc, infer_dtype);
	tcase_add_test(tc, infer_conv2d);
	tcase_add_test(tc, infer_conv1d_tokens);
	tcase_add_test(tc, infer_linear);
	tcase_add_test(tc, infer_matmul);
	tcase_add_test(tc, infer_broadcast);
	tcase_add_test(tc, infer_layer_norm);
	tcase_add_test(tc, infer_unary);
	tcase_add_test(tc, infer_reshape);
	tcase_add_test(tc, infer_transpose);
	tcase_add_test(tc, infer_expand);
	tcase_add_test(tc, infer_concat);
	tcase_add_test(tc, infer_slice);
	tcase_add_test(tc, infer_select);
	tcase_add_test(tc, infer_mean);
	tcase_add_test(tc, infer_attention);
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
