/*
 * lower/qdot_gpu.c - the GPU forms of the integer dot products
 * (SchTarget.gpu: --target cuda, --emulate-gpu): qlinear's main nest, and
 * the nest lower/qattn_gpu.c builds qattn_scores and qattn_pv on.
 *
 * The CPU forms pack the operands (4 bytes or 2 halves per i32 lane, for
 * vpdpbusd / vpmaddwd) in nests of their own before the product; on a GPU
 * those nests map to other threads than the product that reads them, and
 * a kernel has no grid-wide barrier, so the default GPU template refused
 * the whole kernel (it ran on one thread).  Here each output element is
 * one statement chain over the reduction loop k: the product of plain
 * int8 (or int32) loads summed in i32 (or i64), its last step writing the
 * requantized result (the requantization fused: no second pass over the
 * accumulator).  Every nest is (batch..., rows, k, columns) like the float
 * matmul, so the default GPU template binds the columns to threadIdx.x,
 * the rows and batch to blocks, and moves k inside each thread.  Sums of
 * integers are exact, so the results equal the CPU's bit for bit.
 */
#include <string.h>

#include "lower/lower.h"

/*
 * The nest over loops "names"/"ext" ("nl" of them, the reduction k the
 * second to last, the columns the last) of acc = start + sum_k product,
 * in the type of "acc" (i32 or i64); "ops" builds the product and the
 * start from the statement's dims, a new tree for each statement.  The
 * steps k < K - 1 store into "acc"; the last one's value (the whole sum)
 * goes to "end" with the place and constraint of the caller's final
 * statement (the requantization, stored elsewhere).
 */
void lw_gpu_idot(Lower *l, Kernel *k, const char *const *names, const int64_t *ext, int nl,
                 const LwGpuDotOps *ops, Access acc, LwGpuDotEnd *end)
{
	Program *p = l->p;
	Arena *ar = &p->arena;
	int64_t K = ext[nl - 2];
	ValType av = acc.buf->dtype == DT_I64 ? VT_I64 : VT_I32;
	LoopNode *in = k->root;

	for (int i = 0; i < nl; i++)
		in = lw_loop(l, in, names[i], ext[i]);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Expr *t0 = ops->product(l, ops->ctx, av);
	if (ops->start)
		t0 = k_bin(p, EX_ADD, ops->start(l, ops->ctx, av), t0);
	const char *kn = names[nl - 2];
	if (K > 1)
		lw_stmt(l, k, seq, ST_ASSIGN, arena_printf(ar, "%s = 0", kn), acc, t0);
	if (K > 2)
		lw_stmt(l, k, seq, ST_ADD, arena_printf(ar, "%s >= 1 and %s <= %lld", kn, kn,
		                                         (long long)(K - 2)),
		        acc, ops->product(l, ops->ctx, av));
	end->seq = seq;
	end->cons = arena_printf(ar, "%s = %lld", kn, (long long)(K - 1));
	end->sum = K > 1 ? k_bin(p, EX_ADD, k_load(p, acc), ops->product(l, ops->ctx, av)) : t0;
}

/* What qlinear's product needs: the input, the re-laid-out weights (lw_qweight_kp). */
typedef struct {
	Access x, bias;
	Buffer *wk;
	const Tensor *w;
	int64_t M;
} QlinCtx;

static Expr *qlin_product(Lower *l, void *ctx, ValType av)
{
	QlinCtx *c = ctx;
	return k_bin(l->p, EX_MUL, lw_widen(l->p, av, k_load(l->p, c->x)),
	             lw_widen(l->p, av, lw_qweight_load(l, c->wk, c->w, c->M)));
}

static Expr *qlin_start(Lower *l, void *ctx, ValType av)
{
	QlinCtx *c = ctx;
	return lw_widen(l->p, av, k_load(l->p, c->bias));
}

/*
 * qlinear with int8 or int4 weights, an i32 accumulator and an i32 requantization
 * ("shift" per channel, lower/quant.c's requant32_ok) on the GPU: loops
 * n, i, k, j over x [NB, R, K] and the weights re-laid out [K][M] (a
 * warp's threads read consecutive bytes of one row), acc [NB, R, M] (each
 * thread its own elements, partial sums: named apart from the CPU's full
 * "acc", which tests/gpu_lockstep.py compares), the last k step storing
 * out = requant(acc).
 */
void lw_qlinear_gpu(Lower *l, Kernel *k, const Node *n, int64_t NB, int64_t R,
                    const int32_t *shift, Buffer *out)
{
	Program *p = l->p;
	const Tensor *x = n->in[0], *w = n->in[1], *b = n->n_in > 3 ? n->in[3] : NULL;
	int64_t K = x->shape.d[x->shape.rank - 1], M = w->shape.d[0];
	Shape sd = {.rank = 1, .d = {M}};
	QlinCtx c = {.x = {.buf = lw_buf(l, x), .c = {R * K, K, 1, 0}},
	             .wk = lw_qweight_kp(l, w, M, K), .w = w, .M = M};
	if (b) {
		c.bias = (Access){.buf = k_buffer_add(p, arena_printf(&p->arena, "%s.q32", b->name),
		                                      BUF_WEIGHT, DT_I32, &sd), .c = {0, 0, 0, 1}};
		c.bias.buf->data = b->data;
		c.bias.buf->nbytes = (uint64_t)M * 4;
	}
	Buffer *sb = k_buffer_add(p, arena_printf(&p->arena, "%s.shift32", n->name), BUF_WEIGHT,
	                          DT_I32, &sd);
	sb->data = shift;
	sb->nbytes = (uint64_t)M * 4;
	static const char *const names[4] = {"n", "i", "k", "j"};
	int64_t ext[4] = {NB, R, K, M};
	Buffer *acc = lw_temp_dims(l, n, LW_GPU_ACC, DT_I32, 3, (int64_t[3]){NB, R, M});
	LwGpuDotOps ops = {.product = qlin_product, .start = b ? qlin_start : NULL, .ctx = &c};
	LwGpuDotEnd end;
	lw_gpu_idot(l, k, names, ext, 4, &ops, (Access){.buf = acc, .c = {R * M, M, 0, 1}}, &end);
	Expr *v = lw_requant32_chan(l, end.sum, k_load(p, (Access){.buf = sb, .c = {0, 0, 0, 1}}));
	lw_stmt(l, k, end.seq, ST_ASSIGN, end.cons, (Access){.buf = out, .c = {R * M, M, 0, 1}}, v);
}
