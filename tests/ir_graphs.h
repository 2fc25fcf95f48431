/*
 * ir_graphs.h - what check_ir.c and check_ir_shapes.c share beyond
 * graph_builder.h: weights, a one-node graph and a one-block ViT.
 */
#ifndef VITC_IR_GRAPHS_H
#define VITC_IR_GRAPHS_H

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

#endif
