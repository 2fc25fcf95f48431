/*
 * check_shift_convert.c - pass_shift_convert (--shift-linear,
 * docs/graph-format.md "ShiftAdd ops"): the pot5 encoding of weights,
 * which linears each selection (mlp, attn, all) converts, its error
 * messages, and the split of fused attention nodes.  Graphs are built
 * directly through the ir_graph_* API; the other graph-level ShiftAdd
 * tests are in check_shiftadd_ir.c.
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

/* A weight bound to "data" (f32 values, copied into the graph arena). */
static Tensor *weight_data(const char *name, const char *shape, const float *data)
{
	Tensor *t = weight(name, shape);
	int64_t n;
	ck_assert_int_eq(ir_shape_numel(&t->shape, 1, &n), 0);
	void *p = arena_alloc(&G->arena, (size_t)n * 4 + 1);
	memcpy(p, data, (size_t)n * 4);
	t->data = p;
	t->nbytes = (size_t)n * 4;
	return t;
}

START_TEST(pot5_encoding)
{
	static const struct {
		float w;
		uint8_t code;
	} cases[] = {
		{0.3f, 2},          /* log2 0.3 = -1.74 -> -2 */
		{-1.7f, 16},        /* log2 1.7 = 0.77 -> 1, clamped to 0; sign bit */
		{1e-9f, 14},        /* -29.9 -> -30, clamped to -14 */
		{0.0f, 15},         /* zero */
		{-0.0f, 15},        /* sign(-0) = 0: zero too */
		{0.75f, 0},         /* -0.415 -> 0 */
		{1.0f, 0},
		{0.5f, 1},
		{-0.25f, 2 | 16},
		{0x1p-14f, 14},
		{0x1p-15f, 14},     /* -15 clamped */
		{0x1.6p-4f, 4},     /* 1.375·2^-4: log2 = -3.54 -> -4 */
		{0.70710677f, 1},   /* largest float below 1/sqrt 2: -0.50000002 -> -1 */
		{0.70710683f, 0},   /* next float: -0.49999999 -> 0 */
		{1.4142135f, 0},    /* below sqrt 2: 0.49999998 -> 0 */
		{1.4142137f, 0},    /* above: 0.5000001 -> 1, clamped */
		{0x1.6a09e6p-13f, 13}, /* 1.41421354·2^-13: log2 = -12.50000002 -> -13 */
		{0x1.6a09e8p-13f, 12}, /* next float: -12.4999999 -> -12 */
		{-3.0f, 16},
		{INFINITY, 0},
		{-INFINITY, 16},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_msg(pass_pot5_encode(cases[i].w) == cases[i].code,
		              "w = %a: code %u, want %u", (double)cases[i].w,
		              pass_pot5_encode(cases[i].w), cases[i].code);
	/* agrees with round(log2|w|) in double over a sweep */
	for (float w = 1e-6f; w < 4.0f; w *= 1.001f) {
		int p = (int)lround(log2((double)w));
		p = p > 0 ? 0 : p < -14 ? -14 : p;
		ck_assert_int_eq(pass_pot5_encode(w), -p);
		ck_assert_int_eq(pass_pot5_encode(-w), -p | 16);
	}
}
END_TEST

/*
 * A small timm-style model: x[N,3,4]; per block an attention qkv and proj,
 * MLP fc1 and fc2, an extra linear "blocks.0.extra", plus a patch
 * embedding linear, a router and the head.
 */
static const float W_FC1[8] = {0.3f, -1.7f, 1e-9f, 0.0f, 0.75f, -0.0f, -0.25f, 0.5f};

static void build_blocks(void)
{
	float zeros[48] = {0};
	input("x", "N,3,4");
	weight_data("patch_embed.proj.weight", "4,4", zeros);
	weight_data("blocks.0.attn.qkv.weight", "12,4", zeros);
	weight_data("blocks.0.attn.qkv.bias", "12", zeros);
	weight_data("blocks.0.attn.proj.weight", "4,4", zeros);
	weight_data("blocks.0.mlp.fc1.weight", "2,4", W_FC1);
	weight_data("blocks.0.mlp.fc2.weight", "4,2", zeros);
	weight_data("blocks.0.extra.weight", "4,4", zeros);
	weight_data("blocks.0.mlp.router.weight", "2,4", zeros);
	weight_data("head.weight", "5,4", zeros);
	node(OP_LINEAR, "patch_embed.proj", "x patch_embed.proj.weight");
	node(OP_LINEAR, "blocks.0.attn.qkv", "patch_embed.proj blocks.0.attn.qkv.weight "
	     "blocks.0.attn.qkv.bias");
	Node *s = node(OP_SLICE, "blocks.0.attn.v", "blocks.0.attn.qkv");
	a_int(s, "axis", 2);
	a_int(s, "start", 8);
	a_int(s, "end", 12);
	node(OP_LINEAR, "blocks.0.attn.proj", "blocks.0.attn.v blocks.0.attn.proj.weight");
	node(OP_LINEAR, "blocks.0.mlp.fc1", "blocks.0.attn.proj blocks.0.mlp.fc1.weight");
	node(OP_LINEAR, "blocks.0.mlp.fc2", "blocks.0.mlp.fc1 blocks.0.mlp.fc2.weight");
	node(OP_LINEAR, "blocks.0.extra", "blocks.0.mlp.fc2 blocks.0.extra.weight");
	node(OP_LINEAR, "blocks.0.mlp.router", "blocks.0.extra blocks.0.mlp.router.weight");
	node(OP_LINEAR, "head", "blocks.0.extra head.weight");
	outputs("head blocks.0.mlp.router");
}

/* Which nodes are shift_linear now, as "name name ..." in node order. */
static const char *shifted(void)
{
	static char buf[1024];
	size_t k = 0;
	buf[0] = 0;
	for (int i = 0; i < G->n_nodes; i++)
		if (G->nodes[i]->op == OP_SHIFT_LINEAR)
			k += (size_t)snprintf(buf + k, sizeof(buf) - k, "%s%s", k ? " " : "",
			                      G->nodes[i]->name);
	return buf;
}

#define CONVERT(which, count) do { \
	VitcErr e_ = {{0}}; \
	int r_ = pass_shift_convert(G, (which), &e_); \
	ck_assert_msg(r_ == (count), "convert %s: %d (%s)", (which), r_, e_.msg); \
	VERIFY_OK(); \
} while (0)

START_TEST(convert_mlp)
{
	build_blocks();
	INFER_OK();
	CONVERT("mlp", 2);
	ck_assert_str_eq(shifted(), "blocks.0.mlp.fc1 blocks.0.mlp.fc2");
	/* the new weight: pot5, role parameter, bytes by the rule; the f32 one is gone */
	Tensor *t = ir_graph_find_tensor(G, "blocks.0.mlp.fc1.weight.pot5");
	ck_assert_ptr_nonnull(t);
	ck_assert_ptr_null(ir_graph_find_tensor(G, "blocks.0.mlp.fc1.weight"));
	ck_assert_int_eq(t->dtype, DT_POT5);
	ck_assert_int_eq(t->role, ROLE_PARAMETER);
	ck_assert_str_eq(type_of("blocks.0.mlp.fc1.weight.pot5"), "pot5[2,4]");
	ck_assert_uint_eq(t->nbytes, 8);
	static const uint8_t want[8] = {2, 16, 14, 15, 0, 15, 18, 1};
	ck_assert_mem_eq(t->data, want, 8);
	ck_assert_ptr_eq(find_node("blocks.0.mlp.fc1")->in[1], t);
	/* shapes re-inferred, parameter count unchanged (8 + 8 pot5 instead of f32) */
	ck_assert_str_eq(type_of("blocks.0.mlp.fc2"), "f32[N,3,4]");
	GraphStats st;
	pass_graph_stats(G, &st);
	ck_assert_int_eq(st.n_params, 16 + 48 + 12 + 16 + 8 + 8 + 16 + 8 + 20);
	ck_assert_uint_eq(st.param_bytes, 4 * (16 + 48 + 12 + 16 + 16 + 8 + 20) + 16);
	ck_assert_int_eq(st.nodes_per_op[OP_LINEAR], 6);
	for (int i = 0; i < G->n_tensors; i++)
		ck_assert_int_eq(G->tensors[i]->id, i);
}
END_TEST

START_TEST(convert_attn)
{
	build_blocks();
	CONVERT("attn", 2);
	ck_assert_str_eq(shifted(), "blocks.0.attn.qkv blocks.0.attn.proj");
	ck_assert_ptr_nonnull(ir_graph_find_tensor(G, "blocks.0.attn.qkv.weight.pot5"));
	ck_assert_ptr_nonnull(ir_graph_find_tensor(G, "blocks.0.attn.qkv.bias"));
	ck_assert_str_eq(type_of("blocks.0.attn.qkv"), "f32[N,3,12]");
}
END_TEST

START_TEST(convert_all)
{
	build_blocks();
	CONVERT("all", 5);
	/* patch embedding, router and head stay dense */
	ck_assert_str_eq(shifted(), "blocks.0.attn.qkv blocks.0.attn.proj blocks.0.mlp.fc1 "
	                 "blocks.0.mlp.fc2 blocks.0.extra");
	ck_assert_int_eq(find_node("head")->op, OP_LINEAR);
	ck_assert_int_eq(find_node("patch_embed.proj")->op, OP_LINEAR);
	ck_assert_int_eq(find_node("blocks.0.mlp.router")->op, OP_LINEAR);
	/* converting again finds nothing left to convert */
	CONVERT("all", 0);
}
END_TEST

START_TEST(convert_errors)
{
	VitcErr e = {{0}};

	build_blocks();
	ck_assert_int_eq(pass_shift_convert(G, "mpl", &e), -1);
	ck_assert_str_eq(e.msg, "unknown --shift-linear selection 'mpl' (expected mlp, attn or all)");
	ck_assert_int_eq(pass_shift_convert(G, NULL, &e), -1);
	/* a NaN weight has no encoding */
	float nan2[8] = {0, 0, 0, NAN, 0, 0, 0, 0};
	memcpy((void *)ir_graph_find_tensor(G, "blocks.0.mlp.fc2.weight")->data, nan2, 32);
	ck_assert_int_eq(pass_shift_convert(G, "mlp", &e), -1);
	ck_assert_str_eq(e.msg, "t.json: node 'blocks.0.mlp.fc2' (linear): weight "
	                 "'blocks.0.mlp.fc2.weight' holds NaN at element 3; it has no shift encoding");
}
END_TEST

START_TEST(convert_name_taken)
{
	VitcErr e = {{0}};

	build_blocks();
	weight("blocks.0.mlp.fc1.weight.pot5", "1");
	ck_assert_int_eq(pass_shift_convert(G, "mlp", &e), -1);
	ck_assert_str_eq(e.msg, "t.json: node 'blocks.0.mlp.fc1' (linear): cannot convert: the "
	                 "name 'blocks.0.mlp.fc1.weight.pot5' is already used");
}
END_TEST

/* Shared weights get one pot5 twin; unbound weights (no file) convert without data. */
START_TEST(convert_shared_unbound)
{
	input("x", "N,3,4");
	weight("w", "4,4");
	weight("w2", "4,4");
	node(OP_LINEAR, "mlp.a.fc1", "x w");
	node(OP_LINEAR, "mlp.b.fc1", "mlp.a.fc1 w");
	node(OP_RELU, "w2r", "w2");
	node(OP_LINEAR, "c.mlp.fc", "mlp.b.fc1 w2r");  /* a computed weight: stays dense */
	outputs("c.mlp.fc");
	CONVERT("mlp", 2);
	Tensor *t = ir_graph_find_tensor(G, "w.pot5");
	ck_assert_ptr_nonnull(t);
	ck_assert_ptr_null(t->data);
	ck_assert_ptr_eq(find_node("mlp.a.fc1")->in[1], t);
	ck_assert_ptr_eq(find_node("mlp.b.fc1")->in[1], t);
	ck_assert_int_eq(find_node("c.mlp.fc")->op, OP_LINEAR);
	ck_assert_ptr_null(ir_graph_find_tensor(G, "w"));
	ck_assert_int_eq(G->n_tensors, 7);
}
END_TEST

/* Weight data straight from safetensors need not be aligned. */
START_TEST(convert_unaligned)
{
	static unsigned char bytes[1 + 8 * 4];
	input("x", "N,4");
	Tensor *w = weight("ffn.w", "2,4");
	memcpy(bytes + 1, W_FC1, sizeof(W_FC1));
	w->data = bytes + 1;
	w->nbytes = 32;
	node(OP_LINEAR, "ffn.fc", "x ffn.w");
	outputs("ffn.fc");
	CONVERT("mlp", 1);
	static const uint8_t want[8] = {2, 16, 14, 15, 0, 15, 18, 1};
	ck_assert_mem_eq(ir_graph_find_tensor(G, "ffn.w.pot5")->data, want, 8);
}
END_TEST

/*
 * torchvision's encoder layer: one fused attention node (q = k = v),
 * D = 8, 2 heads, L = 5, with its projections as weights.
 */
static void build_mha(int distinct)
{
	float wi[24 * 8], bi[24], wo[64];
	for (int i = 0; i < 24 * 8; i++)
		wi[i] = (float)(i + 1) / 256.0f;
	for (int i = 0; i < 24; i++)
		bi[i] = (float)i;
	for (int i = 0; i < 64; i++)
		wo[i] = -1.0f / (float)(i + 1);
	input("x", "N,5,8");
	input("y", "N,6,8");
	weight_data("enc.layer_0.self_attention.in_proj_weight", "24,8", wi);
	weight_data("enc.layer_0.self_attention.in_proj_bias", "24", bi);
	weight_data("enc.layer_0.self_attention.out_proj.weight", "8,8", wo);
	weight_data("enc.layer_0.self_attention.out_proj.bias", "8", bi);
	Node *n = node(OP_ATTENTION, "enc.layer_0.self_attention",
	               distinct ? "x y y enc.layer_0.self_attention.in_proj_weight "
	                          "enc.layer_0.self_attention.in_proj_bias "
	                          "enc.layer_0.self_attention.out_proj.weight "
	                          "enc.layer_0.self_attention.out_proj.bias"
	                        : "x x x enc.layer_0.self_attention.in_proj_weight "
	                          "enc.layer_0.self_attention.in_proj_bias "
	                          "enc.layer_0.self_attention.out_proj.weight "
	                          "enc.layer_0.self_attention.out_proj.bias");
	a_int(n, "num_heads", 2);
	node(OP_RELU, "enc.layer_0.act", "enc.layer_0.self_attention");
	outputs("enc.layer_0.act");
}

/* Node ops in order as "op op ...". */
static const char *op_list(void)
{
	static char buf[2048];
	size_t k = 0;
	buf[0] = 0;
	for (int i = 0; i < G->n_nodes; i++)
		k += (size_t)snprintf(buf + k, sizeof(buf) - k, "%s%s", k ? " " : "",
		                      ir_op_name(G->nodes[i]->op));
	return buf;
}

START_TEST(convert_fused_attention)
{
	GraphCounts before, after;

	build_mha(0);
	INFER_OK();
	pass_graph_counts(G, &before);
	CONVERT("mlp", 0);                /* mlp leaves attention alone */
	ck_assert_int_eq(G->n_nodes, 2);
	CONVERT("attn", 2);
	ck_assert_str_eq(op_list(), "shift_linear slice slice slice reshape transpose reshape "
	                 "transpose reshape transpose div matmul softmax matmul transpose reshape "
	                 "shift_linear relu");
	for (int i = 0; i < G->n_nodes; i++)
		ck_assert_int_eq(G->nodes[i]->id, i);
	Node *in = find_node("enc.layer_0.self_attention.in_proj");
	Node *out = find_node("enc.layer_0.self_attention.out_proj");
	ck_assert_ptr_nonnull(in);
	ck_assert_ptr_nonnull(out);
	ck_assert_str_eq(in->in[1]->name, "enc.layer_0.self_attention.in_proj_weight.pot5");
	ck_assert_str_eq(in->in[2]->name, "enc.layer_0.self_attention.in_proj_bias");
	ck_assert_str_eq(out->in[1]->name, "enc.layer_0.self_attention.out_proj.weight.pot5");
	/* the out-projection produces the attention's own output tensor */
	ck_assert_str_eq(out->out[0]->name, "enc.layer_0.self_attention");
	ck_assert_ptr_eq(out->out[0]->producer, out);
	ck_assert_ptr_null(ir_graph_find_tensor(G, "enc.layer_0.self_attention.in_proj_weight"));
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.in_proj"), "f32[N,5,24]");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.k_t"), "f32[N,2,4,5]");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.scores"), "f32[N,2,5,5]");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.merged"), "f32[N,5,8]");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention"), "f32[N,5,8]");
	ck_assert_double_eq(pass_attr_number(find_node("enc.layer_0.self_attention.q_scaled"),
	                                     "scalar", 0), 2.0);
	/* w = (i+1)/256: row 0 starts 1/256 = 2^-8, 2/256 = 2^-7, 3/256 -> round(-6.415) = -6 */
	const uint8_t *b = in->in[1]->data;
	ck_assert_int_eq(b[0], 8);
	ck_assert_int_eq(b[1], 7);
	ck_assert_int_eq(b[2], 6);
	/* the same arithmetic, the projections' multiplications now shifts */
	pass_graph_counts(G, &after);
	ck_assert_int_eq(after.n_layers, 1);
	ck_assert_str_eq(after.layers[0].name, "enc.layer_0");
	ck_assert_int_eq(after.total.mults + after.total.shifts, before.total.mults);
	ck_assert_int_eq(after.total.adds, before.total.adds);
	/* in-projection 15 rows·8 of K=8 and out-projection 5·8 of K=8 */
	ck_assert_int_eq(after.total.shifts, 15 * 8 * 8 + 5 * 8 * 8);
	pass_graph_counts_free(&before);
	pass_graph_counts_free(&after);
}
END_TEST

START_TEST(convert_fused_attention_distinct)
{
	build_mha(1);
	CONVERT("all", 4);
	ck_assert_str_eq(shifted(), "enc.layer_0.self_attention.q_proj "
	                 "enc.layer_0.self_attention.k_proj enc.layer_0.self_attention.v_proj "
	                 "enc.layer_0.self_attention.out_proj");
	/* rows [8,16) of in_proj_weight become the k projection; the whole one is gone */
	Node *k = find_node("enc.layer_0.self_attention.k_proj");
	ck_assert_str_eq(k->in[1]->name, "enc.layer_0.self_attention.in_proj_weight.k.pot5");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.in_proj_weight.k.pot5"), "pot5[8,8]");
	/* element (8,0) = 65/256: log2 = -1.98 -> -2 */
	ck_assert_int_eq(((const uint8_t *)k->in[1]->data)[0], 2);
	ck_assert_str_eq(k->in[2]->name, "enc.layer_0.self_attention.in_proj_bias.k");
	ck_assert_float_eq(((const float *)k->in[2]->data)[0], 8.0f);
	ck_assert_ptr_null(ir_graph_find_tensor(G, "enc.layer_0.self_attention.in_proj_weight"));
	ck_assert_ptr_null(ir_graph_find_tensor(G, "enc.layer_0.self_attention.in_proj_bias"));
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.k_proj"), "f32[N,6,8]");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention.scores"), "f32[N,2,5,6]");
	ck_assert_str_eq(type_of("enc.layer_0.self_attention"), "f32[N,5,8]");
	GraphStats st;
	pass_graph_stats(G, &st);
	ck_assert_int_eq(st.n_params, 24 * 8 + 24 + 64 + 8);
}
END_TEST

static Suite *shift_convert_suite(void)
{
	Suite *s = suite_create("shift_convert");
	TCase *tc;

	tc = tcase("shift_convert");
	tcase_add_test(tc, pot5_encoding);
	tcase_add_test(tc, convert_mlp);
	tcase_add_test(tc, convert_attn);
	tcase_add_test(tc, convert_all);
	tcase_add_test(tc, convert_errors);
	tcase_add_test(tc, convert_name_taken);
	tcase_add_test(tc, convert_shared_unbound);
	tcase_add_test(tc, convert_unaligned);
	tcase_add_test(tc, convert_fused_attention);
	tcase_add_test(tc, convert_fused_attention_distinct);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	(void)a_float;  /* graph_builder.h helpers this file has no use for */
	(void)a_str;
	(void)a_ints;
	sr = srunner_create(shift_convert_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
