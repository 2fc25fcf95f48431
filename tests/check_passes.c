/*
 * check_passes.c - graph passes that annotate or extend a verified graph:
 * value bounds (passes/bounds.c), --expose-decisions (passes/expose.c),
 * the channels-last convs (passes/conv_channels_last.c) and the attention
 * scale moved onto k^T (passes/matmul_scale.c).
 */
#include <math.h>

#include "graph_builder.h"

/* An f32 weight "name" of "shape" filled with "v" (data in the graph arena). */
static Tensor *weight_fill(const char *name, const char *shape, float v)
{
	Shape s = S(shape);
	Tensor *t = ir_graph_add_tensor(G, name, TK_WEIGHT, DT_F32, &s);
	int64_t n;
	ck_assert_int_eq(ir_shape_numel(&s, 1, &n), 0);
	float *d = arena_calloc(&G->arena, (size_t)n, sizeof(float));
	for (int64_t i = 0; i < n; i++)
		d[i] = v;
	t->data = d;
	t->nbytes = (size_t)n * 4;
	return t;
}

/* A pot5 weight [M][K] of one code byte "c". */
static Tensor *pot5_fill(const char *name, int64_t M, int64_t K, unsigned char c)
{
	Shape s = {.rank = 2, .d = {M, K}};
	Tensor *t = ir_graph_add_tensor(G, name, TK_WEIGHT, DT_POT5, &s);
	unsigned char *d = arena_alloc(&G->arena, (size_t)(M * K));
	memset(d, c, (size_t)(M * K));
	t->data = d;
	t->nbytes = (size_t)(M * K);
	return t;
}

static double bound_of(const double *b, const char *name)
{
	Tensor *t = ir_graph_find_tensor(G, name);
	ck_assert_ptr_nonnull(t);
	return b[t->id];
}

/* x -> layer_norm(γ=2, β=0.5) -> linear(all 0.25, bias 1) -> gelu -> shift_linear(2^-3) */
START_TEST(bounds_chain)
{
	input("x", "N,10,17");
	weight_fill("g", "17", 2.0f);
	weight_fill("be", "17", -0.5f);
	weight_fill("w", "8,17", 0.25f);
	weight_fill("b", "8", 1.0f);
	pot5_fill("ws", 4, 8, 3 | 16);
	node(OP_LAYER_NORM, "ln", "x g be");
	node(OP_LINEAR, "fc", "ln w b");
	node(OP_GELU, "act", "fc");
	node(OP_SHIFT_LINEAR, "sh", "act ws");
	a_int(node(OP_SOFTMAX, "sm", "x"), "axis", -1);
	node(OP_ADD, "res", "x ln");
	outputs("sh sm res");
	VERIFY_OK();
	INFER_OK();
	double *b = pass_value_bounds(G);
	ck_assert(isinf(bound_of(b, "x")));
	double ln = sqrt(16.0) * 2 + 0.5;
	ck_assert_double_eq_tol(bound_of(b, "ln"), ln, 1e-12);
	ck_assert_double_eq_tol(bound_of(b, "fc"), 17 * 0.25 * ln + 1, 1e-12);
	ck_assert_double_eq_tol(bound_of(b, "act"), 17 * 0.25 * ln + 1, 1e-12);
	double q = ldexp(1.0, -16);
	ck_assert_double_eq_tol(bound_of(b, "sh"), 8 * 0.125 * (bound_of(b, "act") + q) + q,
	                        1e-12);
	ck_assert_double_eq(bound_of(b, "sm"), 1);
	ck_assert(isinf(bound_of(b, "res")));   /* the residual stream is not capped */
	free(b);
}
END_TEST

/*
 * No op reads bounds (a dense ViT): the analysis, which reads every weight,
 * is skipped and every bound is +inf; a mean (which does read them) brings it back.
 */
START_TEST(bounds_only_when_read)
{
	input("x", "N,4,17");
	weight_fill("g", "17", 2.0f);
	node(OP_LAYER_NORM, "ln", "x g");
	if (_i)
		a_ints(node(OP_MEAN, "m", "ln"), "axes", "1");
	outputs(_i ? "m" : "ln");
	VERIFY_OK();
	INFER_OK();
	double *b = pass_value_bounds(G);
	if (_i)
		ck_assert_double_eq_tol(bound_of(b, "ln"), sqrt(16.0) * 2, 1e-12);
	else
		ck_assert(isinf(bound_of(b, "ln")));
	free(b);
}
END_TEST

/* Weights without data (inspect without weights) give no bound. */
START_TEST(bounds_need_data)
{
	input("x", "N,17");
	Shape s = S("17");
	ir_graph_add_tensor(G, "g", TK_WEIGHT, DT_F32, &s);
	node(OP_LAYER_NORM, "ln", "x g");
	outputs("ln");
	VERIFY_OK();
	INFER_OK();
	double *b = pass_value_bounds(G);
	ck_assert(isinf(bound_of(b, "ln")));
	free(b);
}
END_TEST

START_TEST(expose_adds_outputs)
{
	input("x", "N,10,16");
	weight_fill("wr", "2,16", 0.1f);
	weight_fill("w0", "8,16", 0.1f);
	pot5_fill("w1", 8, 16, 2);
	pot5_fill("ws", 16, 8, 2);
	node(OP_MOE2_LINEAR, "moe", "x wr _ w0 _ w1");
	node(OP_SHIFT_LINEAR, "sh", "moe ws");
	Node *bz = node(OP_BINARIZE, "codes", "sh");
	a_int(bz, "num_heads", 2);
	node(OP_RELU, "y", "sh");
	outputs("y");
	VERIFY_OK();
	INFER_OK();
	VitcErr e = {{0}};
	ck_assert_int_eq(pass_expose_decisions(G, &e), 4);
	ck_assert_int_eq(G->n_outputs, 5);
	const char *want[] = {"y", "moe.route", "moe.q16", "sh.q16", "codes"};
	for (int i = 0; i < 5; i++)
		ck_assert_str_eq(G->outputs[i]->name, want[i]);
	ck_assert_int_eq(G->outputs[1]->dtype, DT_I32);
	ck_assert_int_eq(G->outputs[1]->shape.rank, 2);
	ck_assert_int_eq(G->outputs[2]->shape.d[2], 16);
	ck_assert_int_eq(G->outputs[3]->shape.d[2], 8);
	ck_assert_int_eq(G->outputs[4]->dtype, DT_B1);
	Node *moe = G->outputs[1]->producer;
	ck_assert_int_eq(moe->n_out, 3);
	ck_assert_ptr_eq(moe->out[2], G->outputs[2]);
	/* twice: the names exist already */
	ck_assert_int_eq(pass_expose_decisions(G, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.msg, "'moe.route' exists already"));
}
END_TEST

/*
 * PVTv2's Mix-FFN around a depthwise 3x3 (or its attention's spatial
 * reduction, an ordinary conv: "groups" 1): tokens x[N,16,8] -> transpose
 * -> reshape [N,8,4,4] -> conv2d -> reshape [N,8,16] ->
 * transpose -> relu.  "shared" makes the first transpose's output a
 * graph output too, which must keep the chain as it is.
 */
static void mixffn(int shared, int groups)
{
	input("x", "N,16,8");
	weight_fill("w", groups == 1 ? "8,8,3,3" : "8,1,3,3", 0.5f);
	weight_fill("b", "8", 0.25f);
	a_ints(node(OP_TRANSPOSE, "t0", "x"), "perm", "0,2,1");
	a_ints(node(OP_RESHAPE, "r0", "t0"), "shape", "N,8,4,4");
	Node *c = node(OP_CONV2D, "conv", "r0 w b");
	a_int(c, "groups", groups);
	a_ints(c, "padding", "1,1");
	a_ints(node(OP_RESHAPE, "r1", "conv"), "shape", "N,8,16");
	a_ints(node(OP_TRANSPOSE, "t1", "r1"), "perm", "0,2,1");
	node(OP_RELU, "y", "t1");
	outputs(shared ? "y t0" : "y");
	VERIFY_OK();
	INFER_OK();
}

static const Node *producer_of(const char *name)
{
	Tensor *t = ir_graph_find_tensor(G, name);
	ck_assert_ptr_nonnull(t);
	return t->producer;
}

/*
 * The chain runs channels-last (a depthwise conv, then an ordinary one);
 * the graph still verifies and infers the same shapes.
 */
START_TEST(conv_channels_last)
{
	mixffn(0, _i ? 1 : 8);
	ck_assert_int_eq(pass_conv_channels_last(G), 1);
	ck_assert_str_eq(pass_attr_string(producer_of("conv"), "layout", "?"), "nhwc");
	ck_assert_int_eq(producer_of("t0")->op, OP_RESHAPE);
	ck_assert_int_eq(producer_of("t1")->op, OP_RESHAPE);
	Tensor *conv = ir_graph_find_tensor(G, "conv"), *y = ir_graph_find_tensor(G, "y");
	ck_assert_int_eq(conv->shape.d[1] * 100 + conv->shape.d[2] * 10 + conv->shape.d[3], 448);
	ck_assert_int_eq(y->shape.d[1] * 10 + y->shape.d[2], 168);
	for (int i = 0; i < G->n_tensors; i++)
		G->tensors[i]->shape_known = G->tensors[i]->kind != TK_VALUE;
	VERIFY_OK();
	INFER_OK();
	ck_assert_int_eq(conv->shape.d[3], 8);
	ck_assert_int_eq(y->shape.d[1] * 10 + y->shape.d[2], 168);
	ck_assert_int_eq(pass_conv_channels_last(G), 0);
}
END_TEST

START_TEST(conv_channels_last_shared)
{
	mixffn(1, 8);
	ck_assert_int_eq(pass_conv_channels_last(G), 0);
	ck_assert_int_eq(producer_of("t0")->op, OP_TRANSPOSE);
	ck_assert_str_eq(pass_attr_string(producer_of("conv"), "layout", "nchw"), "nchw");
}
END_TEST

/*
 * (q * s) @ transpose(k) -> q @ (transpose(k) * s); not when the scaled q
 * has another reader (then its kernel stays anyway).
 */
START_TEST(matmul_scale_moves)
{
	input("q", "N,2,5,8");
	input("k", "N,2,5,8");
	Node *m = node(OP_MUL, "qs", "q");
	a_float(m, "scalar", 0.25);
	a_ints(node(OP_TRANSPOSE, "kt", "k"), "perm", "0,1,3,2");
	node(OP_MATMUL, "att", "qs kt");
	outputs(_i ? "att qs" : "att");
	VERIFY_OK();
	INFER_OK();
	VitcErr e = {{0}};
	ck_assert_int_eq(pass_matmul_scale(G, &e), _i ? 0 : 1);
	const Node *att = producer_of("att");
	if (_i) {
		ck_assert_str_eq(att->in[0]->name, "qs");
		return;
	}
	ck_assert_str_eq(att->in[0]->name, "q");
	ck_assert_str_eq(att->in[1]->name, "qs");
	ck_assert_str_eq(producer_of("qs")->in[0]->name, "kt");
	Tensor *qs = ir_graph_find_tensor(G, "qs"), *y = ir_graph_find_tensor(G, "att");
	ck_assert_int_eq(qs->shape.d[2] * 10 + qs->shape.d[3], 85);
	ck_assert_int_eq(y->shape.d[2] * 10 + y->shape.d[3], 55);
	ck_assert_int_lt(producer_of("kt")->id, producer_of("qs")->id);
	ck_assert_int_lt(producer_of("qs")->id, att->id);
	VERIFY_OK();
}
END_TEST

int main(void)
{
	(void)a_str;
	Suite *s = suite_create("passes");
	TCase *tc = tcase("bounds");
	tcase_add_test(tc, bounds_chain);
	tcase_add_test(tc, bounds_need_data);
	tcase_add_loop_test(tc, bounds_only_when_read, 0, 2);
	suite_add_tcase(s, tc);
	tc = tcase("expose");
	tcase_add_test(tc, expose_adds_outputs);
	suite_add_tcase(s, tc);
	tc = tcase("conv_channels_last");
	tcase_add_loop_test(tc, conv_channels_last, 0, 2); /* depthwise, groups = 1 */
	tcase_add_test(tc, conv_channels_last_shared);
	suite_add_tcase(s, tc);
	tc = tcase("matmul_scale");
	tcase_add_loop_test(tc, matmul_scale_moves, 0, 2); /* moved, q read elsewhere */
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
