/*
 * check_ir_shapes.c - unit tests of pass_infer_shapes on graphs built
 * directly through the ir_graph_* API (the helpers of graph_builder.h,
 * ir_graphs.h and below): dtypes, the symbolic batch N, each op's shape
 * rule and its error messages.  The other graph-only passes: check_ir.c.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "passes/passes.h"

#include "ir_graphs.h"

/* The shape of tensor "name" as "[N,3]" (one static buffer). */
static const char *shape_of(const char *name)
{
	static char buf[256];
	Tensor *t = ir_graph_find_tensor(G, name);
	ck_assert_ptr_nonnull(t);
	ir_shape_format(&t->shape, buf, sizeof(buf));
	return buf;
}

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
	static const OpKind ops[] = {OP_GELU, OP_RELU, OP_TANH, OP_ERF, OP_SOFTMAX, OP_SIGMOID,
	                             OP_SILU, OP_HARDSWISH, OP_HARDSIGMOID, OP_EXP, OP_SQRT,
	                             OP_RSQRT};
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
	/* Empty tensors are refused, for inputs and outputs alike (issue 8, item 5). */
	ck_assert_str_eq(reshape("N,0,3", "N,3,0"), "!t.json: input 'x' has shape [N,0,3]: vitc does "
	                 "not compile tensors with a zero-size dimension");
	ck_assert_str_eq(reshape("N,6", "12"), "!t.json: node 'y' (reshape): cannot reshape "
	                 "input 0 'x' [N,6] to [12]: the batch dimension N must appear as often "
	                 "as in the input");
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,N,6"), "must appear as often"));
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,4"), "[N,6] to [N,4]: element counts differ"));
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,4,-1"), "element counts differ"));
	ck_assert_ptr_nonnull(strstr(reshape("N,0,3", "N,0,-1"), "zero-size dimension"));
	ck_assert_ptr_nonnull(strstr(reshape("N,6", "N,1048576,1048576,-1"), "element counts differ"));
}
END_TEST

/* The batch flattened into another axis, N*k: element counts linear in N. */
START_TEST(infer_batch_multiple)
{
	ck_assert_str_eq(reshape("N,56,56,96", "N*64,7,7,96"), "[N*64,7,7,96]");
	ck_assert_str_eq(reshape("N*64,7,7,96", "-1,49,96"), "[N*64,49,96]");
	ck_assert_str_eq(reshape("N*64,49,96", "N,8,8,7,7,96"), "[N,8,8,7,7,96]");
	ck_assert_str_eq(reshape("N,196,128", "N*196,-1"), "[N*196,128]");
	ck_assert_str_eq(reshape("N*4,16,8", "N,-1"), "[N,512]");
	ck_assert_ptr_nonnull(strstr(reshape("N*4,16,8", "N*2,16,8"), "[N*4,16,8] to [N*2,16,8]: "
	                             "element counts differ"));
	ck_assert_ptr_nonnull(strstr(reshape("N*4,16", "64"), "must appear as often"));
	/* broadcasting: N*k only with itself or 1 */
	teardown();
	setup();
	input("a", "N*64,3,49,49");
	weight("m", "3,49,49");
	input("b", "N*64,3,49,49");
	node(OP_ADD, "s", "a m");
	node(OP_MUL, "y", "s b");
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N*64,3,49,49]");
	teardown();
	setup();
	input("a", "N*64,3,49,49");
	input("b", "N*16,3,49,49");
	node(OP_ADD, "y", "a b");
	outputs("y");
	INFER_FAILS("inputs 0 'a' [N*64,3,49,49] and 1 'b' [N*16,3,49,49] do not broadcast");
	teardown();
	setup();
	input("a", "N*64,3,49,32");
	input("b", "N*64,3,32,49");
	node(OP_MATMUL, "y", "a b");
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N*64,3,49,49]");
	/* a linear over an N*k axis is refused: its inner axis must be fixed */
	teardown();
	setup();
	input("a", "4,N*2");
	weight("w", "3,4");
	node(OP_LINEAR, "y", "a w");
	outputs("y");
	INFER_FAILS("input 0 'a' has shape [4,N*2]: dimension 1 cannot be N");
}
END_TEST

/* Replace the ints attribute "name" of "n" (added by a_ints) with "list". */
static void re_ints(Node *n, const char *name, const char *list)
{
	for (int i = 0; i < n->n_attr; i++)
		if (!strcmp(n->attrs[i].name, name))
			n->attrs[i].n = parse_dims(list, n->attrs[i].ints, 16);
}

/* pad: (before, after) per axis, the batch axis never padded. */
START_TEST(infer_pad)
{
	Node *n = unary(OP_PAD, "N,5,6,8");
	a_ints(n, "pads", "0,0,0,2,1,1,0,0");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,7,8,8]");
	re_ints(n, "pads", "0,0,1,2");
	INFER_FAILS("attribute 'pads' has 4 entries, expected 2 per axis of input 0 'x' (8)");
	re_ints(n, "pads", "1,0,0,0,0,0,0,0");
	INFER_FAILS("cannot pad the batch dimension N (axis 0)");
	re_ints(n, "pads", "0,0,0,-1,0,0,0,0");
	VERIFY_FAILS("attribute 'pads'[3] is -1, expected 0..");
	re_ints(n, "pads", "0,0,0");
	VERIFY_FAILS("attribute 'pads' must have 2 entries per axis");
}
END_TEST

/* roll: same shape, axes distinct and never the batch axis. */
START_TEST(infer_roll)
{
	Node *n = unary(OP_ROLL, "N,6,6,8");
	a_ints(n, "axes", "1,-2");
	a_ints(n, "shifts", "3,-1");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,6,6,8]");
	re_ints(n, "axes", "1,-3");
	INFER_FAILS("attribute 'axes' names axis 1 twice");
	re_ints(n, "axes", "0,2");
	INFER_FAILS("cannot roll along the batch dimension N (axis 0)");
	re_ints(n, "axes", "1");
	VERIFY_FAILS("attribute 'shifts' must have 1 entries, not 2");
	re_ints(n, "axes", "1,4");
	INFER_FAILS("attribute 'axes' is 4, out of range for rank 4");
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
	ck_assert_str_eq(expand("N,1", "-1,0"), "!t.json: node 'y' (expand): output shape [N,0] is "
	                 "empty: vitc does not compile tensors with a zero-size dimension");
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
	ck_assert_str_eq(slice(1, 5, 2, 1), "!t.json: node 'y' (slice): output shape [N,0,48] is "
	                 "empty: vitc does not compile tensors with a zero-size dimension");
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

/* Zoo ops (issue 9): max reduces like mean; normalize keeps the shape. */
START_TEST(infer_max_normalize)
{
	Node *n = unary(OP_MAX, "N,4,6,5");
	a_ints(n, "axes", "1,3");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,6]");
	a_int(n, "keepdim", 1);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,1,6,1]");
	n->attrs[0].n = parse_dims("2,-2", n->attrs[0].ints, 16);
	INFER_FAILS("attribute 'axes' names axis 2 twice");
	n->attrs[0].n = 0;
	VERIFY_FAILS("attribute 'axes' must have 1..8 entries, not 0");
	teardown();
	setup();
	n = unary(OP_NORMALIZE, "N,3,7");
	VERIFY_FAILS("missing attribute 'axis'");
	a_int(n, "axis", -2);
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,3,7]");
	a_float(n, "eps", 0.0);
	VERIFY_FAILS("attribute 'eps' must be positive and finite");
	n->attrs[1].f = 1e-6;
	n->attrs[0].i = 3;
	INFER_FAILS("out of range for rank 3");
}
END_TEST

/* gather: the axis replaced by the index shape; indices checked. */
START_TEST(infer_gather)
{
	Node *n = unary(OP_GATHER, "N,4,6");
	VERIFY_FAILS("missing attribute 'axis'");
	a_int(n, "axis", -1);
	VERIFY_FAILS("missing attribute 'indices'");
	a_ints(n, "indices", "5,0,0,3,2,2");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,4,6]");
	a_ints(n, "index_shape", "2,3");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,4,2,3]");
	n->attrs[0].i = 1;
	INFER_FAILS("attribute 'indices'[0] is 5, out of range for axis 1 of size 4");
	n->attrs[1].ints[0] = 1;
	n->attrs[2].ints[1] = 2;
	INFER_FAILS("attribute 'index_shape' holds 4 elements, 'indices' 6");
	n->attrs[2].ints[1] = 3;
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,2,3,6]");
	n->attrs[1].ints[2] = -1;
	VERIFY_FAILS("attribute 'indices'[2] is -1");
	n->attrs[1].ints[2] = 0;
	n->attrs[0].i = 0;
	INFER_FAILS("gathering along the batch dimension N (axis 0) is not supported");
}
END_TEST

/* unfold (im2col): [N, C kh kw, Ho Wo] by conv2d's size rule. */
START_TEST(infer_unfold)
{
	Node *n = unary(OP_UNFOLD, "N,3,6,7");
	VERIFY_FAILS("missing attribute 'kernel'");
	a_ints(n, "kernel", "2,3");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,18,25]");
	a_ints(n, "stride", "2,1");
	a_ints(n, "padding", "1,0");
	a_ints(n, "dilation", "2,2");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,18,9]");
	n->attrs[3].ints[1] = 4;
	INFER_FAILS("the width window (kernel 3, dilation 4) does not fit the padded input of "
	            "size 7");
	n->attrs[1].ints[0] = 0;
	VERIFY_FAILS("attribute 'stride'[0] is 0");
	teardown();
	setup();
	n = unary(OP_UNFOLD, "N,3,6");
	a_ints(n, "kernel", "2,2");
	INFER_FAILS("input 0 'x' has shape [N,3,6]");
}
END_TEST

/* fold (col2im): [N, C kh kw, L] -> [N, C, H, W]; L must match the windows. */
START_TEST(infer_fold)
{
	Node *n = unary(OP_FOLD, "N,18,25");
	a_ints(n, "kernel", "2,3");
	VERIFY_FAILS("missing attribute 'output_size'");
	a_ints(n, "output_size", "6,7");
	INFER_OK();
	ck_assert_str_eq(shape_of("y"), "[N,3,6,7]");
	n->attrs[1].ints[1] = 8;
	INFER_FAILS("input 0 'x' has 25 columns, the output size has 30 windows");
	n->attrs[1].ints[1] = 7;
	n->attrs[0].ints[0] = 4;
	INFER_FAILS("input 0 'x' has 18 rows, not a multiple of the kernel's 4x3");
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

static Suite *ir_shapes_suite(void)
{
	Suite *s = suite_create("ir_shapes");
	TCase *tc;

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
	tcase_add_test(tc, infer_batch_multiple);
	tcase_add_test(tc, infer_pad);
	tcase_add_test(tc, infer_roll);
	tcase_add_test(tc, infer_transpose);
	tcase_add_test(tc, infer_expand);
	tcase_add_test(tc, infer_concat);
	tcase_add_test(tc, infer_slice);
	tcase_add_test(tc, infer_select);
	tcase_add_test(tc, infer_mean);
	tcase_add_test(tc, infer_attention);
	tcase_add_test(tc, infer_max_normalize);
	tcase_add_test(tc, infer_gather);
	tcase_add_test(tc, infer_unfold);
	tcase_add_test(tc, infer_fold);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	(void)a_str;  /* a graph_builder.h helper this file has no use for */
	sr = srunner_create(ir_shapes_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
