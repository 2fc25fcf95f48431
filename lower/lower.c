/*
 * lower.c - pass_lower, graph to kernels: buffers for tensors (in place
 * where legal), the chains of fused elementwise nodes, and the per-node
 * dispatch to the lowerings of the other files of lower/ (build.c holds
 * the helpers they share).
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower.h"
#include "sched/schedule.h"

/*
 * Check that N is outermost wherever it appears; kernels rely on it.
 * pass_batch_outer (run by the driver before lowering) makes it so.
 */
static int check_batch_outermost(Lower *l, const Tensor *t)
{
	for (int i = 1; i < t->shape.rank; i++)
		if (t->shape.d[i] == IR_DIM_N)
			return vitc_errf(l->err, "%s: tensor '%s': the batch dimension N is at axis %d; "
			                 "vitc needs it outermost", l->g->path, t->name, i);
	return 0;
}

/*
 * In place where legal: an elementwise or softmax node whose first input
 * is an intermediate used by nothing else, with the same shape as the
 * value the node finally writes, writes over that input.  Each element is
 * read before it is written at the same index, so this is safe.
 */
static void place_in_place(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *y = lw_final_out(l, n);
	int ok = n->op == OP_SOFTMAX || n->op == OP_ADD || n->op == OP_SUB ||
	         n->op == OP_MUL || n->op == OP_DIV || ir_op_is_unary(n->op);
	if (!ok || l->plan.fused_into[n->id] >= 0 || l->buf[y->id] || !x ||
	    x->kind != TK_VALUE || l->plan.n_uses[x->id] != 1 ||
	    !ir_shape_equal(&x->shape, &y->shape) || x->dtype != y->dtype)
		return;
	Buffer *b = l->buf[x->id];
	if (b && b->kind == BUF_WORKSPACE)
		l->buf[y->id] = b;
}

/* Create a Buffer for every tensor; reshapes share their input's buffer. */
static int make_buffers(Lower *l)
{
	const Graph *g = l->g;
	Program *p = l->p;

	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		if (check_batch_outermost(l, t))
			return -1;
		if (t->kind == TK_INPUT) {
			Buffer *b = k_buffer_add(p, t->name, BUF_INPUT, t->dtype, &t->shape);
			for (int j = 0; j < g->n_inputs; j++)
				if (g->inputs[j] == t)
					b->io_index = j;
			l->buf[i] = b;
		} else if (t->kind == TK_WEIGHT) {
			Buffer *b = k_buffer_add(p, t->name, BUF_WEIGHT, t->dtype, &t->shape);
			b->data = t->data;
			b->nbytes = t->nbytes;
			l->buf[i] = b;
		}
	}
	for (int i = 0; i < g->n_outputs; i++) {
		const Tensor *t = g->outputs[i];
		if (l->buf[t->id] && l->buf[t->id]->kind == BUF_OUTPUT)
			return vitc_errf(l->err, "%s: tensor '%s' is listed twice as an output",
			                 g->path, t->name);
		if (t->kind != TK_VALUE)
			return vitc_errf(l->err, "%s: output '%s' is a graph %s; vitc needs outputs "
			                 "computed by nodes", g->path, t->name,
			                 t->kind == TK_INPUT ? "input" : "weight");
		Buffer *b;
		if (t->dtype == DT_B1) {
			/* codes out as they are kept: one i32 word per (image, head, token) */
			Shape s = t->shape;
			s.rank--;
			b = k_buffer_add(p, t->name, BUF_OUTPUT, DT_I32, &s);
		} else {
			b = k_buffer_add(p, t->name, BUF_OUTPUT, t->dtype, &t->shape);
		}
		b->io_index = i;
		l->buf[t->id] = b;
	}
	for (int i = 0; i < g->n_nodes; i++) {
		const Node *n = g->nodes[i];
		const Tensor *t = n->out[0];
		place_in_place(l, n);
		if (l->buf[t->id])
			continue;
		if (n->op == OP_RESHAPE && l->plan.fused_into[n->id] < 0 && !l->chain[n->id]) {
			l->buf[t->id] = l->buf[n->in[0]->id];
		} else if (t->dtype == DT_B1) {
			/* codes [N,H,L,nbits]: one i32 word per (image, head, token) */
			Shape s = t->shape;
			s.rank--;
			l->buf[t->id] = k_buffer_add(p, t->name, BUF_WORKSPACE, DT_I32, &s);
		} else {
			l->buf[t->id] = k_buffer_add(p, t->name, BUF_WORKSPACE, t->dtype, &t->shape);
		}
	}
	p->n_inputs = g->n_inputs;
	p->n_outputs = g->n_outputs;
	p->inputs = arena_calloc(&p->arena, (size_t)g->n_inputs + 1, sizeof(Buffer *));
	p->outputs = arena_calloc(&p->arena, (size_t)g->n_outputs + 1, sizeof(Buffer *));
	for (int i = 0; i < g->n_inputs; i++)
		p->inputs[i] = l->buf[g->inputs[i]->id];
	for (int i = 0; i < g->n_outputs; i++)
		p->outputs[i] = l->buf[g->outputs[i]->id];
	return 0;
}

/* Collect each producer's fused elementwise nodes, in graph order. */
static void make_chains(Lower *l)
{
	const Graph *g = l->g;
	int *count = xcalloc((size_t)g->n_nodes + 1, sizeof(int));
	for (int i = 0; i < g->n_nodes; i++)
		if (l->plan.fused_into[i] >= 0)
			count[l->plan.fused_into[i]]++;
	for (int i = 0; i < g->n_nodes; i++) {
		if (!count[i])
			continue;
		l->chain[i] = arena_calloc(&l->p->arena, (size_t)count[i] + 1, sizeof(Node *));
		int m = 0;
		for (int j = i + 1; j < g->n_nodes; j++)
			if (l->plan.fused_into[j] == i)
				l->chain[i][m++] = g->nodes[j];
	}
	free(count);
}

static int lower_node(Lower *l, const Node *n)
{
	if (ir_op_is_unary(n->op))
		return lw_elementwise_node(l, n);
	switch (n->op) {
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		return lw_elementwise_node(l, n);
	case OP_RESHAPE:
		if (lw_buf(l, n->out[0]) == lw_buf(l, n->in[0]))
			return 0;
		return lw_copy_node(l, n);
	case OP_TRANSPOSE: case OP_EXPAND: case OP_CONCAT: case OP_SLICE:
	case OP_SELECT:
		return lw_copy_node(l, n);
	case OP_LINEAR: return lw_linear(l, n);
	case OP_MATMUL: return lw_matmul(l, n);
	case OP_CONV2D: return lw_conv2d(l, n);
	case OP_CONV1D_TOKENS: return lw_conv1d_tokens(l, n);
	case OP_LAYER_NORM: return lw_layer_norm(l, n);
	case OP_SOFTMAX: return lw_softmax(l, n);
	case OP_MEAN: case OP_MAX: return lw_mean(l, n);
	case OP_NORMALIZE: return lw_normalize(l, n);
	case OP_GATHER: return lw_gather(l, n);
	case OP_UNFOLD: return lw_unfold(l, n);
	case OP_FOLD: return lw_fold(l, n);
	case OP_ATTENTION: return lw_attention(l, n);
	case OP_PAD: return lw_pad(l, n);
	case OP_ROLL: return lw_roll(l, n);
	case OP_SHIFT_LINEAR: return lw_shift_linear(l, n);
	case OP_KSH_HASH: return lw_ksh_hash(l, n);
	case OP_BINARIZE: return lw_binarize(l, n);
	case OP_MATADD_KTV: return lw_matadd_ktv(l, n);
	case OP_MATADD_QKV: return lw_matadd_qkv(l, n);
	case OP_L2NORM_HEADS: return lw_l2norm_heads(l, n);
	case OP_HAMMING_ATTENTION: return lw_hamming_attention(l, n);
	case OP_MOE2_LINEAR: return lw_moe2_linear(l, n);
	case OP_QUANTIZE: case OP_DEQUANTIZE: return lw_quant_node(l, n);
	case OP_QLINEAR: return lw_qlinear(l, n);
	case OP_QADD: return lw_qadd(l, n);
	case OP_QLAYERNORM: return lw_qlayer_norm(l, n);
	case OP_QLUT: return lw_qlut(l, n);
	case OP_QHAMMING_ATTENTION: return lw_qhamming_attention(l, n);
	case OP_QCONV1D_TOKENS: return lw_qconv1d_tokens(l, n);
	case OP_QMATADD_L2NORM: return lw_qmatadd_l2norm(l, n);
	case OP_QSHIFT_LINEAR: return lw_qshift_linear(l, n);
	case OP_QMOE2_LINEAR: return lw_qmoe2_linear(l, n);
	case OP_QATTN_SCORES:   /* the GPU forms: lower/qattn_gpu.c */
		return l->tgt->gpu ? lw_qattn_scores_gpu(l, n) : lw_qattn_scores(l, n);
	case OP_QSOFTMAX: return lw_qsoftmax(l, n);
	case OP_QATTN_PV:
		return l->tgt->gpu ? lw_qattn_pv_gpu(l, n) : lw_qattn_pv(l, n);
	default:
		return vitc_errf(l->err, "%s: node '%s' (%s): cannot be compiled yet",
		                 l->g->path, n->name, ir_op_name(n->op));
	}
}

Program *pass_lower(const Graph *g, int fuse, const double *bounds, const SchTarget *tgt,
                    VitcErr *err)
{
	SchTarget dflt;
	Lower l = {.g = g, .bound = bounds, .tgt = tgt, .err = err};

	if (!tgt) {
		sch_target_default(&dflt);
		l.tgt = &dflt;
	}

	for (int i = 0; i < g->n_tensors; i++) {
		const Tensor *t = g->tensors[i];
		/* i32 extra outputs of moe2_linear / shift_linear: pass_expose_decisions */
		int exposed = t->dtype == DT_I32 && t->kind == TK_VALUE && t->producer->out[0] != t;
		int ok = t->dtype == DT_F32 || (t->dtype == DT_POT5 && t->kind == TK_WEIGHT) ||
		         (t->dtype == DT_B1 && t->kind == TK_VALUE && t->shape.rank >= 1 &&
		          t->shape.d[t->shape.rank - 1] <= 32) || exposed ||
		         t->dtype == DT_I8 || (t->dtype == DT_I32 && t->kind == TK_WEIGHT) ||
		         (t->dtype == DT_I4 && t->kind == TK_WEIGHT);
		if (!ok)
			return vitc_errf(err, "%s: tensor '%s' is %s; this vitc compiles f32 tensors, "
			                 "pot5 weights, b1 codes of at most 32 bits, exposed decisions, "
			                 "i8 quantized tensors, i4 quantized weights and i32 quantized "
			                 "biases",
			                 g->path, t->name, ir_dtype_name(t->dtype)), NULL;
	}
	l.p = k_program_new();
	l.p->target = sch_target_describe(l.tgt, &l.p->arena);
	pass_fuse_plan(g, &l.plan, fuse);
	l.buf = xcalloc((size_t)g->n_tensors + 1, sizeof(Buffer *));
	l.chain = xcalloc((size_t)g->n_nodes + 1, sizeof(Node **));
	l.q16 = xcalloc((size_t)g->n_tensors + 1, sizeof(Buffer *));
	make_chains(&l);
	if (make_buffers(&l))
		goto error;
	l.p->n_graph_bufs = l.p->n_bufs;
	if (fuse)
		lw_plan_views(&l);   /* --no-fuse: every node its own kernel */
	for (int i = 0; i < g->n_nodes; i++) {
		int first = l.p->n_kernels;
		if (l.plan.fused_into[i] < 0 && !(l.folded && l.folded[i]) && lower_node(&l, g->nodes[i]))
			goto error;
		for (int k = first; k < l.p->n_kernels; k++)
			l.p->kernels[k]->node = g->nodes[i]->name;
	}
	if (l.bad_schedule) {
		vitc_errf(err, "%s: %s", g->path, l.bad_schedule);
		goto error;
	}
	lw_weight_fill(&l, 1);
	free(l.buf);
	free(l.chain);
	free(l.q16);
	pass_fuse_plan_free(&l.plan);
	return l.p;
error:
	lw_weight_fill(&l, 0);
	free(l.buf);
	free(l.chain);
	free(l.q16);
	pass_fuse_plan_free(&l.plan);
	k_program_free(l.p);
	return NULL;
}
