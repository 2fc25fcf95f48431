/*
 * check_shiftadd_ir.c - the graph-level side of the ShiftAdd ops
 * (docs/graph-format.md, "ShiftAdd ops"): pass_verify and
 * pass_infer_shapes rules for each op and the operation counts of `vitc
 * inspect` (mults, adds, shifts, popcounts per layer).  pass_shift_convert
 * (--shift-linear) is in check_shift_convert.c.  Graphs are built
 * directly through the ir_graph_* API.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "passes/passes.h"

#include "shiftadd_graphs.h"

/* Attribute "name" of node "n" (which must exist). */
static Attr *attr_of(Node *n, const char *name)
{
	Attr *a = (Attr *)ir_node_attr(n, name);
	ck_assert_ptr_nonnull(a);
	return a;
}

/* ---- pass_verify ---- */

START_TEST(verify_shift_linear)
{
	input("x", "N,5,48");
	weight_t("w", DT_POT5, "96,48");
	weight("b", "96");
	weight("wf", "96,48");
	input_t("wi", DT_POT5, "96,48");
	input_t("xi", DT_I8, "N,5,48");
	Node *n = node(OP_SHIFT_LINEAR, "y", "x w b");
	outputs("y");
	VERIFY_OK();
	n->n_in = 2;                      /* the bias is optional */
	VERIFY_OK();
	n->n_in = 1;
	VERIFY_FAILS("t.json: node 'y' (shift_linear): has 1 inputs, expected 2..3");
	n->n_in = 3;
	n->in[1] = NULL;
	VERIFY_FAILS("node 'y' (shift_linear): input 1 is absent but required");
	n->in[1] = ir_graph_find_tensor(G, "wf");
	VERIFY_FAILS("node 'y' (shift_linear): input 1 'wf' has dtype f32, expected pot5");
	n->in[1] = ir_graph_find_tensor(G, "wi");
	VERIFY_FAILS("node 'y' (shift_linear): input 1 'wi' must be a pot5 weight, not a graph input");
	n->in[1] = ir_graph_find_tensor(G, "w");
	n->in[0] = ir_graph_find_tensor(G, "xi");
	VERIFY_FAILS("node 'y' (shift_linear): input 0 'xi' has dtype i8, expected f32");
	n->in[0] = ir_graph_find_tensor(G, "w");
	VERIFY_FAILS("input 0 'w' has dtype pot5, expected f32");
}
END_TEST

START_TEST(verify_moe2_linear)
{
	input("x", "N,5,8");
	weight("wr", "2,8");
	weight("br", "2");
	weight("w0", "6,8");
	weight("b0", "6");
	weight_t("w1", DT_POT5, "6,8");
	weight("b1", "6");
	Node *n = node(OP_MOE2_LINEAR, "y", "x wr br w0 b0 w1 b1");
	outputs("y");
	VERIFY_OK();
	n->in[2] = n->in[4] = n->in[6] = NULL;  /* all three biases optional */
	VERIFY_OK();
	n->n_in = 6;                             /* b1 left out at the end */
	VERIFY_OK();
	n->n_in = 5;
	VERIFY_FAILS("node 'y' (moe2_linear): has 5 inputs, expected 6..7");
	n->n_in = 7;
	n->in[3] = NULL;
	VERIFY_FAILS("node 'y' (moe2_linear): input 3 is absent but required");
	n->in[3] = ir_graph_find_tensor(G, "w0");
	n->in[5] = ir_graph_find_tensor(G, "w0");
	VERIFY_FAILS("node 'y' (moe2_linear): input 5 'w0' has dtype f32, expected pot5");
	n->in[5] = ir_graph_find_tensor(G, "w1");
	n->in[3] = ir_graph_find_tensor(G, "w1");
	VERIFY_FAILS("input 3 'w1' has dtype pot5, expected f32");
}
END_TEST

START_TEST(verify_hash_attrs)
{
	input("qk", "N,10,64");
	weight("anchors", "2,5,32");
	weight("mvec", "2,5");
	weight("proj", "2,16,5");
	Node *n = node(OP_KSH_HASH, "c", "qk anchors mvec proj");
	outputs("c");
	VERIFY_FAILS("node 'c' (ksh_hash): missing attribute 'num_heads'");
	a_int(n, "num_heads", 0);
	VERIFY_FAILS("attribute 'num_heads' is 0, expected 1..");
	attr_of(n, "num_heads")->i = 2;
	VERIFY_FAILS("node 'c' (ksh_hash): missing attribute 'nbits'");
	a_int(n, "nbits", 0);
	VERIFY_FAILS("attribute 'nbits' is 0, expected 1..32");
	attr_of(n, "nbits")->i = 33;
	VERIFY_FAILS("attribute 'nbits' is 33, expected 1..32");
	attr_of(n, "nbits")->i = 32;
	VERIFY_OK();
	attr_of(n, "nbits")->kind = ATTR_FLOAT;
	VERIFY_FAILS("attribute 'nbits' must be int, not float");
	attr_of(n, "nbits")->kind = ATTR_INT;
	ir_graph_find_tensor(G, "qk")->dtype = DT_F16;
	VERIFY_FAILS("node 'c' (ksh_hash): input 0 'qk' has dtype f16, expected f32");
	ir_graph_find_tensor(G, "qk")->dtype = DT_F32;
	n->n_in = 3;
	VERIFY_FAILS("has 3 inputs, expected 4");
}
END_TEST

START_TEST(verify_heads_attrs)
{
	input("x", "N,7,32");
	Node *b = node(OP_BINARIZE, "c", "x");
	Node *l = node(OP_L2NORM_HEADS, "l", "x");
	outputs("c l");
	VERIFY_FAILS("node 'c' (binarize): missing attribute 'num_heads'");
	a_int(b, "num_heads", 2);
	VERIFY_FAILS("node 'l' (l2norm_heads): missing attribute 'num_heads'");
	a_int(l, "num_heads", 2);
	VERIFY_OK();                  /* eps defaults to 1e-12 */
	a_float(l, "eps", 0.0);
	VERIFY_FAILS("node 'l' (l2norm_heads): attribute 'eps' must be positive and finite");
	attr_of(l, "eps")->f = INFINITY;
	VERIFY_FAILS("attribute 'eps' must be positive and finite");
	attr_of(l, "eps")->kind = ATTR_INT;
	attr_of(l, "eps")->i = 1;
	VERIFY_OK();
	attr_of(l, "eps")->kind = ATTR_STRING;
	attr_of(l, "eps")->s = "x";
	VERIFY_FAILS("attribute 'eps' must be a number, not string");
	ck_assert_double_eq(PASS_L2NORM_EPS, 1e-12);
}
END_TEST

START_TEST(verify_matadd_attrs)
{
	input_t("c", DT_B1, "N,2,7,16");
	input("v", "N,7,64");
	input("cf", "N,2,7,16");
	Node *k = node(OP_MATADD_KTV, "kv", "c v");
	Node *q = node(OP_MATADD_QKV, "o", "c kv v");
	outputs("o");
	VERIFY_FAILS("node 'kv' (matadd_ktv): missing attribute 'num_heads'");
	a_int(k, "num_heads", 2);
	VERIFY_FAILS("node 'o' (matadd_qkv): missing attribute 'num_heads'");
	a_int(q, "num_heads", 2);
	VERIFY_FAILS("node 'o' (matadd_qkv): missing attribute 'alpha'");
	a_float(q, "alpha", 0.5);
	VERIFY_FAILS("node 'o' (matadd_qkv): missing attribute 'beta'");
	a_str(q, "beta", "pi");
	VERIFY_FAILS("attribute 'beta' must be a number, not string");
	attr_of(q, "beta")->kind = ATTR_FLOAT;
	attr_of(q, "beta")->f = NAN;
	VERIFY_FAILS("node 'o' (matadd_qkv): attribute 'beta' is not finite");
	attr_of(q, "beta")->f = 1 / M_PI;
	VERIFY_OK();
	attr_of(q, "alpha")->kind = ATTR_INT;   /* an int is a number too */
	attr_of(q, "alpha")->i = 1;
	VERIFY_OK();
	a_int(q, "lut", 2);                     /* the form: optional, 0 or 1 */
	VERIFY_FAILS("node 'o' (matadd_qkv): attribute 'lut' is 2, expected 0..1");
	attr_of(q, "lut")->i = 0;
	VERIFY_OK();
	attr_of(q, "lut")->kind = ATTR_FLOAT;
	VERIFY_FAILS("node 'o' (matadd_qkv): attribute 'lut' must be");
	attr_of(q, "lut")->kind = ATTR_INT;
	k->in[0] = ir_graph_find_tensor(G, "cf");
	VERIFY_FAILS("node 'kv' (matadd_ktv): input 0 'cf' has dtype f32, expected b1");
	k->in[0] = ir_graph_find_tensor(G, "c");
	k->in[1] = ir_graph_find_tensor(G, "c");
	VERIFY_FAILS("node 'kv' (matadd_ktv): input 1 'c' has dtype b1, expected f32");
	k->in[1] = ir_graph_find_tensor(G, "v");
	q->in[0] = ir_graph_find_tensor(G, "cf");
	VERIFY_FAILS("node 'o' (matadd_qkv): input 0 'cf' has dtype f32, expected b1");
}
END_TEST

START_TEST(verify_hamming_attrs)
{
	input_t("qc", DT_B1, "N,2,7,16");
	input_t("kc", DT_B1, "N,2,9,16");
	input("v", "N,9,64");
	Node *n = node(OP_HAMMING_ATTENTION, "o", "qc kc v");
	outputs("o");
	VERIFY_FAILS("node 'o' (hamming_attention): missing attribute 'num_heads'");
	a_int(n, "num_heads", 2);
	VERIFY_FAILS("node 'o' (hamming_attention): missing attribute 'scale'");
	a_float(n, "scale", -INFINITY);
	VERIFY_FAILS("attribute 'scale' is not finite");
	attr_of(n, "scale")->f = 0.25;
	VERIFY_OK();
	n->in[1] = ir_graph_find_tensor(G, "v");
	VERIFY_FAILS("node 'o' (hamming_attention): input 1 'v' has dtype f32, expected b1");
	n->in[1] = ir_graph_find_tensor(G, "kc");
	n->in[2] = ir_graph_find_tensor(G, "kc");
	VERIFY_FAILS("input 2 'kc' has dtype b1, expected f32");
}
END_TEST

/* A value's dtype counts only once shapes.c has set it. */
START_TEST(verify_value_dtypes)
{
	input("v", "N,7,64");
	a_int(node(OP_BINARIZE, "c", "v"), "num_heads", 2);
	node(OP_RELU, "r", "c");
	Node *k = node(OP_MATADD_KTV, "kv", "r v");
	a_int(k, "num_heads", 2);
	outputs("kv");
	/* r's dtype is not known yet; relu of codes: dense ops still take f32 only */
	INFER_FAILS("t.json: node 'r' (relu): input 0 'c': dtype b1 not supported by relu yet");
	ck_assert_str_eq(type_of("c"), "b1[N,2,7,32]");   /* inferred before the failure */
	k->in[1] = ir_graph_find_tensor(G, "c");
	VERIFY_FAILS("node 'kv' (matadd_ktv): input 1 'c' has dtype b1, expected f32");
}
END_TEST

/* ---- pass_infer_shapes ---- */

START_TEST(infer_shift_linear)
{
	input("x", "N,5,48");
	weight_t("w", DT_POT5, "96,48");
	weight("b", "96");
	Node *n = node(OP_SHIFT_LINEAR, "y", "x w b");
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(type_of("y"), "f32[N,5,96]");
	n->n_in = 2;
	INFER_OK();
	ck_assert_str_eq(type_of("y"), "f32[N,5,96]");
	n->n_in = 3;
	ir_graph_find_tensor(G, "w")->shape = S("96,40");
	INFER_FAILS("node 'y' (shift_linear): input 1 'w' has shape [96,40], expected [*,48]");
	ir_graph_find_tensor(G, "w")->shape = S("96,48");
	ir_graph_find_tensor(G, "b")->shape = S("95");
	INFER_FAILS("input 2 'b' has shape [95], expected [96]");
}
END_TEST

START_TEST(infer_ksh_hash)
{
	input("qk", "N,10,64");
	Tensor *an = weight("anchors", "2,5,32");
	Tensor *mv = weight("mvec", "2,5");
	Tensor *pr = weight("proj", "2,16,5");
	Tensor *qk = ir_graph_find_tensor(G, "qk");
	Node *n = node(OP_KSH_HASH, "c", "qk anchors mvec proj");
	a_int(n, "num_heads", 2);
	a_int(n, "nbits", 16);
	outputs("c");
	INFER_OK();
	ck_assert_str_eq(type_of("c"), "b1[N,2,10,16]");
	qk->shape = S("N,10,63");
	INFER_FAILS("node 'c' (ksh_hash): input 0 'qk' has 63 channels, not a multiple of num_heads=2");
	qk->shape = S("N,N,64");
	INFER_FAILS("input 0 'qk' has shape [N,N,64]: dimension 1 cannot be N");
	qk->shape = S("N,10,64");
	an->shape = S("2,5,16");
	INFER_FAILS("input 1 'anchors' has shape [2,5,16], expected [2,*,32]");
	an->shape = S("2,0,32");
	INFER_FAILS("weight 'anchors' has shape [2,0,32]: vitc does not compile tensors with a zero-size dimension");
	an->shape = S("2,5,32");
	mv->shape = S("2,4");
	INFER_FAILS("input 2 'mvec' has shape [2,4], expected [2,5]");
	mv->shape = S("2,5");
	attr_of(n, "nbits")->i = 8;
	INFER_FAILS("input 3 'proj' has shape [2,16,5], expected [2,8,5]");
	pr->shape = S("2,8,5");
	INFER_OK();
	ck_assert_str_eq(type_of("c"), "b1[N,2,10,8]");
}
END_TEST

START_TEST(infer_binarize)
{
	Tensor *x = input("x", "N,7,32");
	Node *n = node(OP_BINARIZE, "c", "x");
	a_int(n, "num_heads", 2);
	outputs("c");
	INFER_OK();
	ck_assert_str_eq(type_of("c"), "b1[N,2,7,16]");
	x->shape = S("3,7,64");
	attr_of(n, "num_heads")->i = 1;
	INFER_OK();
	ck_assert_str_eq(type_of("c"), "b1[3,1,7,64]");
	x->shape = S("N,7,31");
	attr_of(n, "num_heads")->i = 2;
	INFER_FAILS("node 'c' (binarize): input 0 'x' has 31 channels, not a multiple of num_heads=2");
	x->shape = S("N,7,0");
	INFER_FAILS("input 'x' has shape [N,7,0]: vitc does not compile tensors with a zero-size dimension");
	x->shape = S("N,7");
	INFER_FAILS("input 0 'x' has shape [N,7], expected [*,*,*]");
}
END_TEST

START_TEST(infer_matadd)
{
	input("x", "N,7,32");
	Tensor *v = input("v", "N,7,64");
	Node *b = node(OP_BINARIZE, "c", "x");
	a_int(b, "num_heads", 2);
	Node *k = node(OP_MATADD_KTV, "kv", "c v");
	a_int(k, "num_heads", 2);
	Node *q = node(OP_MATADD_QKV, "o", "c kv v");
	a_int(q, "num_heads", 2);
	a_float(q, "alpha", 0.5);
	a_float(q, "beta", 1 / M_PI);
	outputs("o");
	INFER_OK();
	ck_assert_str_eq(type_of("c"), "b1[N,2,7,16]");
	ck_assert_str_eq(type_of("kv"), "f32[N,2,16,32]");
	ck_assert_str_eq(type_of("o"), "f32[N,7,64]");
	v->shape = S("N,8,64");
	INFER_FAILS("node 'kv' (matadd_ktv): input 1 'v' has shape [N,8,64], expected [N,7,*]");
	v->shape = S("N,7,63");
	INFER_FAILS("node 'kv' (matadd_ktv): input 1 'v' has 63 channels, not a multiple of "
	            "num_heads=2");
	v->shape = S("2,7,64");
	INFER_FAILS("input 1 'v' has shape [2,7,64], expected [N,7,*]");
	v->shape = S("N,7,64");
	attr_of(k, "num_heads")->i = 4;
	INFER_FAILS("node 'kv' (matadd_ktv): input 0 'c' has shape [N,2,7,16], expected [*,4,*,*]");
	attr_of(k, "num_heads")->i = 2;
	/* qkv: kv's code bits must match the codes, v must have L tokens of H*d */
	input("kv8", "N,2,8,32");
	input("v2", "N,7,96");
	q->in[1] = ir_graph_find_tensor(G, "kv8");
	INFER_FAILS("node 'o' (matadd_qkv): input 1 'kv8' has shape [N,2,8,32], expected [N,2,16,*]");
	q->in[1] = ir_graph_find_tensor(G, "kv");
	q->in[2] = ir_graph_find_tensor(G, "v2");
	INFER_FAILS("node 'o' (matadd_qkv): input 2 'v2' has shape [N,7,96], expected [N,7,64]");
}
END_TEST

START_TEST(infer_codes_inputs)
{
	/* codes given as graph inputs (b1, logical shape) */
	Tensor *c = input_t("c", DT_B1, "N,2,7,16");
	input("v", "N,7,64");
	Node *k = node(OP_MATADD_KTV, "kv", "c v");
	a_int(k, "num_heads", 2);
	outputs("kv");
	INFER_OK();
	ck_assert_str_eq(type_of("kv"), "f32[N,2,16,32]");
	c->shape = S("N,2,7,0");
	INFER_FAILS("input 'c' has shape [N,2,7,0]: vitc does not compile tensors with a zero-size dimension");
	c->shape = S("N,2,N,16");
	INFER_FAILS("input 0 'c' has shape [N,2,N,16]: dimension 2 cannot be N");
	c->shape = S("N,2,7");
	INFER_FAILS("input 0 'c' has shape [N,2,7], expected [*,2,*,*]");
}
END_TEST

START_TEST(infer_l2norm_heads)
{
	Tensor *x = input("x", "N,7,64");
	Node *n = node(OP_L2NORM_HEADS, "y", "x");
	a_int(n, "num_heads", 2);
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(type_of("y"), "f32[N,7,64]");
	attr_of(n, "num_heads")->i = 3;
	INFER_FAILS("node 'y' (l2norm_heads): input 0 'x' has 64 channels, not a multiple of "
	            "num_heads=3");
	attr_of(n, "num_heads")->i = 2;
	x->shape = S("N,64");
	INFER_FAILS("input 0 'x' has shape [N,64], expected [*,*,*]");
}
END_TEST

START_TEST(infer_hamming_attention)
{
	input_t("qc", DT_B1, "N,2,7,16");
	Tensor *kc = input_t("kc", DT_B1, "N,2,9,16");
	Tensor *v = input("v", "N,9,64");
	Node *n = node(OP_HAMMING_ATTENTION, "o", "qc kc v");
	a_int(n, "num_heads", 2);
	a_float(n, "scale", 0.25);
	outputs("o");
	INFER_OK();
	ck_assert_str_eq(type_of("o"), "f32[N,7,64]");
	kc->shape = S("N,2,9,8");
	INFER_FAILS("node 'o' (hamming_attention): input 1 'kc' has shape [N,2,9,8], "
	            "expected [N,2,*,16]");
	kc->shape = S("N,2,9,16");
	v->shape = S("N,7,64");
	INFER_FAILS("input 2 'v' has shape [N,7,64], expected [N,9,*]");
	v->shape = S("N,9,66");
	attr_of(n, "num_heads")->i = 2;
	INFER_OK();      /* d need not equal nbits */
	ck_assert_str_eq(type_of("o"), "f32[N,7,66]");
}
END_TEST

START_TEST(infer_moe2_linear)
{
	input("x", "N,5,48");
	Tensor *wr = weight("wr", "2,48");
	weight("br", "2");
	weight("w0", "96,48");
	weight("b0", "96");
	Tensor *w1 = weight_t("w1", DT_POT5, "96,48");
	Tensor *b1 = weight("b1", "96");
	Node *n = node(OP_MOE2_LINEAR, "y", "x wr br w0 b0 w1 b1");
	outputs("y");
	INFER_OK();
	ck_assert_str_eq(type_of("y"), "f32[N,5,96]");
	n->in[2] = n->in[4] = NULL;
	n->n_in = 6;
	INFER_OK();
	ck_assert_str_eq(type_of("y"), "f32[N,5,96]");
	n->n_in = 7;
	wr->shape = S("3,48");
	INFER_FAILS("node 'y' (moe2_linear): input 1 'wr' has shape [3,48], expected [2,48]");
	wr->shape = S("2,48");
	w1->shape = S("96,40");
	INFER_FAILS("input 5 'w1' has shape [96,40], expected [96,48]");
	w1->shape = S("96,48");
	b1->shape = S("95");
	INFER_FAILS("input 6 'b1' has shape [95], expected [96]");
}
END_TEST

START_TEST(infer_conv1d_grouped)
{
	input("x", "N,10,8");
	Tensor *w = weight("w", "2,1,3");
	Node *n = node(OP_CONV1D_TOKENS, "y", "x w");
	a_int(n, "padding", 1);
	outputs("y");
	INFER_OK();                      /* G = 2 heads of 4 channels */
	ck_assert_str_eq(type_of("y"), "f32[N,10,8]");
	w->shape = S("1,1,9");
	INFER_OK();
	ck_assert_str_eq(type_of("y"), "f32[N,4,8]");
	w->shape = S("3,1,3");
	INFER_FAILS("node 'y' (conv1d_tokens): input 1 'w' has shape [3,1,3], expected [8,1,*] "
	            "(or [G,1,*] with G dividing 8)");
	w->shape = S("8,2,3");
	INFER_FAILS("input 1 'w' has shape [8,2,3], expected [8,1,*]");
	w->shape = S("0,1,3");
	INFER_FAILS("weight 'w' has shape [0,1,3]: vitc does not compile tensors with a zero-size dimension");
}
END_TEST

START_TEST(infer_dtype_messages)
{
	input("v", "N,7,64");
	Node *r = node(OP_RELU, "r", "v");
	(void)r;
	Node *k = node(OP_MATADD_KTV, "kv", "r v");
	a_int(k, "num_heads", 2);
	outputs("kv");
	/* r is f32 only after inference: pass_verify lets it through, shapes do not */
	INFER_FAILS("t.json: node 'kv' (matadd_ktv): input 0 'r' has dtype f32, expected b1");
}
END_TEST

/* ---- operation counts ---- */

START_TEST(counts_layer_names)
{
	static const struct {
		const char *name, *layer;
	} cases[] = {
		{"blocks.3.mlp.fc1", "blocks.3"},
		{"encoder.layers.encoder_layer_3.mlp.0", "encoder.layers.encoder_layer_3"},
		{"encoder.layers.encoder_layer_11.add_1", "encoder.layers.encoder_layer_11"},
		{"block1.0.attn.q", "block1.0"},
		{"stages.0.blocks.1.attn.qkv", "stages.0.blocks.1"},
		{"patch_embed1.proj", "patch_embed1"},
		{"encoder.add_0", ""},
		{"conv_proj", ""},
		{"reshape_0", ""},
		{"heads.head", ""},
		{"blocks.3", ""},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t len = pass_node_layer(cases[i].name);
		ck_assert_msg(len == strlen(cases[i].layer) &&
		              !strncmp(cases[i].name, cases[i].layer, len),
		              "%s: layer length %zu, want '%s'", cases[i].name, len, cases[i].layer);
	}
}
END_TEST

/* Check a node's counts. */
static void want_counts(const char *name, int64_t mults, int64_t adds, int64_t shifts,
                        int64_t pops)
{
	OpCounts c;
	Node *n = find_node(name);
	ck_assert_ptr_nonnull(n);
	pass_node_counts(n, &c);
	ck_assert_msg(c.mults == mults && c.adds == adds && c.shifts == shifts &&
	              c.popcounts == pops, "%s: %ld mults %ld adds %ld shifts %ld popcounts",
	              name, (long)c.mults, (long)c.adds, (long)c.shifts, (long)c.popcounts);
}

static void want_layer(const GraphCounts *gc, int i, const char *name, int64_t mults,
                       int64_t adds, int64_t shifts, int64_t pops)
{
	ck_assert_int_lt(i, gc->n_layers);
	const LayerCounts *l = &gc->layers[i];
	ck_assert_str_eq(l->name, name);
	ck_assert_msg(l->c.mults == mults && l->c.adds == adds && l->c.shifts == shifts &&
	              l->c.popcounts == pops, "%s: %ld mults %ld adds %ld shifts %ld popcounts",
	              name, (long)l->c.mults, (long)l->c.adds, (long)l->c.shifts,
	              (long)l->c.popcounts);
}

/*
 * Every counted op once, at N = 1 (x: 4 tokens of 8, t: 5 tokens of 8);
 * the expected numbers are the formulas of graph-format.md worked by hand.
 */
static void build_counted(void)
{
	input("x", "N,4,8");
	input("t", "N,5,8");
	weight("fc1.w", "16,8");
	weight("fc1.b", "16");
	weight_t("fc2.w", DT_POT5, "8,16");
	weight("anchors", "2,3,4");
	weight("mvec", "2,3");
	weight("proj", "2,5,3");
	weight("wr", "2,8");
	weight("br", "2");
	weight("w0", "6,8");
	weight_t("w1", DT_POT5, "6,8");
	weight("b1", "6");
	weight("g", "8");
	weight("be", "8");
	weight("wi", "24,8");
	weight("bi", "24");
	weight("wo", "8,8");

	node(OP_LINEAR, "blocks.0.mlp.fc1", "x fc1.w fc1.b");
	a_str(node(OP_GELU, "blocks.0.mlp.act", "blocks.0.mlp.fc1"), "approximate", "tanh");
	node(OP_SHIFT_LINEAR, "blocks.0.mlp.fc2", "blocks.0.mlp.act fc2.w");
	a_int(node(OP_BINARIZE, "blocks.1.attn.codes", "x"), "num_heads", 2);
	a_int(node(OP_MATADD_KTV, "blocks.1.attn.kv", "blocks.1.attn.codes x"), "num_heads", 2);
	Node *n = node(OP_MATADD_QKV, "blocks.1.attn.o", "blocks.1.attn.codes blocks.1.attn.kv x");
	a_int(n, "num_heads", 2);
	a_float(n, "alpha", 0.5);
	a_float(n, "beta", 0.25);
	n = node(OP_HAMMING_ATTENTION, "blocks.1.attn.h", "blocks.1.attn.codes blocks.1.attn.codes x");
	a_int(n, "num_heads", 2);
	a_float(n, "scale", 0.5);
	a_int(node(OP_L2NORM_HEADS, "blocks.1.attn.n", "blocks.1.attn.o"), "num_heads", 2);
	n = node(OP_KSH_HASH, "blocks.2.hash", "x anchors mvec proj");
	a_int(n, "num_heads", 2);
	a_int(n, "nbits", 5);
	node(OP_MOE2_LINEAR, "blocks.2.moe", "t wr br w0 _ w1 b1");
	node(OP_LAYER_NORM, "norm", "x g be");
	a_int(node(OP_SOFTMAX, "sm", "x"), "axis", -1);
	a_ints(node(OP_MEAN, "pool", "x"), "axes", "1");
	a_int(node(OP_ATTENTION, "enc.layer_3.attn", "x x x wi bi wo _"), "num_heads", 2);
	outputs("blocks.0.mlp.fc2 blocks.1.attn.h blocks.1.attn.n blocks.2.hash blocks.2.moe "
	        "norm sm pool enc.layer_3.attn");
}

START_TEST(counts_per_node)
{
	build_counted();
	INFER_OK();
	/* linear: 64 outputs of K = 8, bias: 512 mults, 64*(7+1) adds */
	want_counts("blocks.0.mlp.fc1", 512, 512, 0, 0);
	/* gelu tanh on 64 elements: 6 mults, 2 adds each */
	want_counts("blocks.0.mlp.act", 384, 128, 0, 0);
	/* shift_linear, no bias: 32 outputs of K = 16: 512 shifts, 32*15 adds, no mults */
	want_counts("blocks.0.mlp.fc2", 0, 480, 512, 0);
	want_counts("blocks.1.attn.codes", 0, 0, 0, 0);
	/* ktv: H=2, nbits=4, d=4, S=4: 2*4*4*(4-1) adds */
	want_counts("blocks.1.attn.kv", 0, 96, 0, 0);
	/* qkv: 32 outputs: alpha and beta (2 mults), nbits-1 + 1 adds */
	want_counts("blocks.1.attn.o", 64, 128, 0, 0);
	/*
	 * hamming: 2*4*4 = 32 scores: 32 popcounts, 32 mults + 32 adds for
	 * scale*(nbits - 2p), softmax 32 mults + 64 adds, P·V 32 outputs of
	 * K = 4: 128 mults, 96 adds
	 */
	want_counts("blocks.1.attn.h", 192, 192, 0, 32);
	/* l2norm: 32 elements, d = 4: 64 mults, 8 rows of 3 adds */
	want_counts("blocks.1.attn.n", 64, 24, 0, 0);
	/*
	 * ksh: 4 tokens x 2 heads, d=4, m=3, nbits=5; mults 2d + md + m + nbits·m
	 * = 38, adds (d-1) + m(2d-1) + 2m + nbits(m-1) = 40 per token and head
	 */
	want_counts("blocks.2.hash", 8 * 38, 8 * 40, 0, 0);
	/*
	 * moe2: 5 rows; router 10 outputs of K = 8 with bias (80, 80); mult
	 * expert 2 rows x 6 outputs, no bias (96, 84); shift expert 3 rows x 6
	 * with bias (144 shifts, 144 adds)
	 */
	want_counts("blocks.2.moe", 176, 308, 144, 0);
	/* layer_norm on 32 elements with gamma and beta: 3 mults, 4 adds each */
	want_counts("norm", 96, 128, 0, 0);
	want_counts("sm", 32, 64, 0, 0);
	/* mean over 4 tokens: 8 outputs, 24 adds, 8 scalings */
	want_counts("pool", 8, 24, 0, 0);
	/*
	 * attention L = S = 4, D = 8, H = 2: projections 96 outputs of K = 8 with
	 * bias (768, 768), q/sqrt(d) 32, scores 32 of K = 4 (128, 96), softmax
	 * (32, 64), P·V 32 of K = 4 (128, 96), out-proj 32 of K = 8 (256, 224)
	 */
	want_counts("enc.layer_3.attn", 1344, 1248, 0, 0);
}
END_TEST

START_TEST(counts_per_layer)
{
	GraphCounts gc;

	build_counted();
	pass_graph_counts(G, &gc);     /* before inference: nothing known, nothing counted */
	ck_assert_int_eq(gc.total.mults + gc.total.adds + gc.total.shifts, 0);
	pass_graph_counts_free(&gc);
	INFER_OK();
	pass_graph_counts(G, &gc);
	ck_assert_int_eq(gc.n_layers, 5);
	want_layer(&gc, 0, "blocks.0", 896, 1120, 512, 0);
	want_layer(&gc, 1, "blocks.1", 320, 440, 0, 32);
	want_layer(&gc, 2, "blocks.2", 480, 628, 144, 0);
	want_layer(&gc, 3, "enc.layer_3", 1344, 1248, 0, 0);
	want_layer(&gc, 4, "other", 136, 216, 0, 0);   /* norm, sm, pool: always last */
	ck_assert_int_eq(gc.total.mults, 3176);
	ck_assert_int_eq(gc.total.adds, 3652);
	ck_assert_int_eq(gc.total.shifts, 656);
	ck_assert_int_eq(gc.total.popcounts, 32);
	pass_graph_counts_free(&gc);
	ck_assert_int_eq(gc.n_layers, 0);
}
END_TEST

START_TEST(counts_macs)
{
	GraphStats st;

	build_counted();
	INFER_OK();
	pass_graph_stats(G, &st);
	ck_assert_int_eq(st.macs_per_op[OP_SHIFT_LINEAR], 0);
	ck_assert_int_eq(st.macs_per_op[OP_MATADD_KTV], 0);
	ck_assert_int_eq(st.macs_per_op[OP_MATADD_QKV], 0);
	ck_assert_int_eq(st.macs_per_op[OP_L2NORM_HEADS], 0);
	/* 8 tokens x heads of m·d + nbits·m = 12 + 15 */
	ck_assert_int_eq(st.macs_per_op[OP_KSH_HASH], 8 * 27);
	/* L·S·D = 4·4·8 */
	ck_assert_int_eq(st.macs_per_op[OP_HAMMING_ATTENTION], 128);
	/* router 5·2·8 + mult expert 2 rows · 6 · 8 */
	ck_assert_int_eq(st.macs_per_op[OP_MOE2_LINEAR], 80 + 96);
	ck_assert_int_eq(st.nodes_per_op[OP_SHIFT_LINEAR], 1);
}
END_TEST

/* Batch dimensions other than N count per image times the batch. */
START_TEST(counts_fixed_batch)
{
	input_t("c", DT_B1, "3,2,4,4");
	input("v", "3,4,8");
	a_int(node(OP_MATADD_KTV, "kv", "c v"), "num_heads", 2);
	outputs("kv");
	INFER_OK();
	want_counts("kv", 0, 3 * 96, 0, 0);
}
END_TEST

/* ---- the suite ---- */

static Suite *shiftadd_suite(void)
{
	Suite *s = suite_create("shiftadd_ir");
	TCase *tc;

	tc = tcase("verify");
	tcase_add_test(tc, verify_shift_linear);
	tcase_add_test(tc, verify_moe2_linear);
	tcase_add_test(tc, verify_hash_attrs);
	tcase_add_test(tc, verify_heads_attrs);
	tcase_add_test(tc, verify_matadd_attrs);
	tcase_add_test(tc, verify_hamming_attrs);
	tcase_add_test(tc, verify_value_dtypes);
	suite_add_tcase(s, tc);

	tc = tcase("shapes");
	tcase_add_test(tc, infer_shift_linear);
	tcase_add_test(tc, infer_ksh_hash);
	tcase_add_test(tc, infer_binarize);
	tcase_add_test(tc, infer_matadd);
	tcase_add_test(tc, infer_codes_inputs);
	tcase_add_test(tc, infer_l2norm_heads);
	tcase_add_test(tc, infer_hamming_attention);
	tcase_add_test(tc, infer_moe2_linear);
	tcase_add_test(tc, infer_conv1d_grouped);
	tcase_add_test(tc, infer_dtype_messages);
	suite_add_tcase(s, tc);

	tc = tcase("counts");
	tcase_add_test(tc, counts_layer_names);
	tcase_add_test(tc, counts_per_node);
	tcase_add_test(tc, counts_per_layer);
	tcase_add_test(tc, counts_macs);
	tcase_add_test(tc, counts_fixed_batch);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(shiftadd_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
