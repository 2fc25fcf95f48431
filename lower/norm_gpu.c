/*
 * lower/norm_gpu.c - softmax and layer_norm for GPU schedules
 * (l->tgt->gpu): one block per row, whose B threads share the row's
 * reductions instead of one thread running a whole row.
 *
 * Thread tx takes the row's elements j = B cc + tx (cc = 0, 1, ...) into
 * its own partial result red[tx] (shared memory), then the steps
 * "red[tx] op= red[tx + o]" for tx < o, o = B/2 .. 2, each followed by a
 * barrier, leave the row's result in red[0] op red[1]; thread 0 stores it (and the
 * per-row scalars that follow from it) in the kernel's row temporaries,
 * and after a barrier every thread reads them.  The sums are the CPU
 * form's in another order (float results within rounding).  The
 * schedule binds the row loop to blockIdx.x, the batch to blockIdx.y (x
 * when a batch has one row) and
 * every "tx" loop to threadIdx.x; the isl check of that schedule proves
 * that barriers separate every dependence between threads.  A fused
 * epilogue that reads operands along the row (they index it with one
 * dim) keeps the CPU form (lw_norm_gpu_ok).  The same reduction sums
 * long rows (lw_row_sum_gpu: the KSH hash's sigma, a sum over all tokens
 * and anchors of a head).
 */
#include <float.h>
#include <math.h>
#include <stdio.h>

#include "lower/lower.h"

/*
 * Threads per row: a power of two from 32 up to this (long sums: the
 * second), unless a tuning record chose another (lw_gpu_threads).
 */
#define ROW_MAX_THREADS 128
#define SUM_MAX_THREADS 512

/* A row kernel being built: rows (n?, r), then the loops of each part. */
typedef struct {
	Lower *l;
	Kernel *k;
	LoopNode *seq;       /* under the row loops */
	int has_n, has_r;    /* row loops: the batch n, the rows r (none of one iteration) */
	int nd;              /* their number, 0 to 2 */
	int64_t rows, C, B, CI;
	Buffer *red, *bar;
	const char *valid;   /* "B*cc + tx < C" */
} RowK;

static void row_kernel(Lower *l, RowK *g, const char *name, const char *op, int64_t nb,
                       int64_t rows, int64_t C, int64_t max_threads)
{
	Program *p = l->p;
	Shape sh = {.rank = nb == IR_DIM_N ? 2 : 1};
	LoopNode *in;

	g->l = l;
	g->k = k_kernel_add(p, name, op);
	g->k->root = k_seq(p);
	g->rows = rows;
	g->C = C;
	for (g->B = 32; g->B < C && g->B < max_threads; g->B *= 2)
		;
	g->B = lw_gpu_threads(l, name, g->B);   /* a tuning record's (a power of two) */
	g->CI = (C + g->B - 1) / g->B;
	/* a bound loop of one iteration would be no loop in the AST: left out */
	g->has_n = nb == IR_DIM_N;
	g->has_r = rows > 1;
	g->nd = g->has_n + g->has_r;
	in = g->has_n ? lw_loop(l, g->k->root, "n", IR_DIM_N) : g->k->root;
	if (g->has_r)
		in = lw_loop(l, in, "r", rows);
	g->seq = k_seq(p);
	k_append(p, in, g->seq);
	/* one B-element copy per block (row), the block in the leading index */
	sh.d[0] = nb == IR_DIM_N ? IR_DIM_N : rows * g->B;
	sh.d[1] = rows * g->B;
	g->red = k_buffer_add(p, arena_printf(&p->arena, "%s.red", name), BUF_SHARED, DT_F32, &sh);
	g->red->block_elems = g->B;
	sh.d[0] = nb == IR_DIM_N ? IR_DIM_N : rows;
	sh.d[1] = rows;
	g->bar = k_buffer_add(p, arena_printf(&p->arena, "%s.sync", name), BUF_BARRIER, DT_F32, &sh);
	g->bar->block_elems = 1;
	g->valid = arena_printf(&p->arena, "%lld*cc + tx < %lld", (long long)g->B, (long long)C);
}

/* The block's index (row) in an access over dims (n?, r?, ...), times "elems". */
static Access block_acc(const RowK *g, Buffer *b, int64_t elems)
{
	Access a = {.buf = b};

	if (g->has_n)
		a.c[0] = g->rows * elems;
	if (g->has_r)
		a.c[g->nd - 1] = elems;
	return a;
}

/* red[tx] over dims (rows, tx), or (rows, cc, tx) when "chunked"; "+ k". */
static Access red_acc(const RowK *g, int chunked, int64_t k)
{
	Access a = block_acc(g, g->red, g->B);

	a.c[g->nd + chunked] = 1;
	a.k = k;
	return a;
}

/* Element j = B cc + tx of a row of [rows][C] buffer "b" (dims rows, cc, tx). */
static Access elem_acc(const RowK *g, Buffer *b)
{
	Access a = block_acc(g, b, g->C);

	a.c[g->nd] = g->B;
	a.c[g->nd + 1] = 1;
	return a;
}

/* The row scalar of temporary "b" ([rows]), over the row dims. */
static Access scalar_acc(const RowK *g, Buffer *b)
{
	return block_acc(g, b, 1);
}

static void barrier(RowK *g)
{
	lw_stmt(g->l, g->k, g->seq, ST_ASSIGN, NULL, block_acc(g, g->bar, 1),
	        k_const(g->l->p, 0.0f));
}

/* A loop "tx" (threadIdx.x) at the end of the row's sequence. */
static LoopNode *threads(RowK *g)
{
	return lw_loop(g->l, g->seq, "tx", g->B);
}

/* Loops "cc", "tx" over the row's elements (guarded by g->valid). */
static LoopNode *elements(RowK *g)
{
	return lw_loop(g->l, lw_loop(g->l, g->seq, "cc", g->CI), "tx", g->B);
}

/*
 * red[tx] = "init"; red[tx] op= "v" over the thread's elements; the tree
 * into red[0]; thread 0's "dst" = red[0].  The caller adds more thread-0
 * statements, then a barrier before anyone reads them.
 */
static void reduce(RowK *g, StmtKind op, Expr *init, Expr *v, Buffer *dst)
{
	Lower *l = g->l;
	Program *p = l->p;

	lw_stmt(l, g->k, threads(g), ST_ASSIGN, NULL, red_acc(g, 0, 0), init);
	lw_stmt(l, g->k, elements(g), op, g->valid, red_acc(g, 1, 0), v);
	barrier(g);
	for (int64_t o = g->B / 2; o >= 2; o /= 2) {
		lw_stmt(l, g->k, threads(g), op, arena_printf(&p->arena, "tx < %lld", (long long)o),
		        red_acc(g, 0, 0), k_load(p, red_acc(g, 0, o)));
		barrier(g);
	}
	/* the last step in thread 0 (a loop "tx < 1" would be no loop) */
	Access r0 = block_acc(g, g->red, g->B), r1 = r0;
	r1.k = 1;
	lw_stmt(l, g->k, g->seq, ST_ASSIGN, NULL, scalar_acc(g, dst),
	        k_bin(p, op == ST_MAX ? EX_MAX : EX_ADD, k_load(p, r0), k_load(p, r1)));
}

/* A thread-0 statement "dst" = "v" of the row. */
static void row_stmt(RowK *g, Buffer *dst, Expr *v)
{
	lw_stmt(g->l, g->k, g->seq, ST_ASSIGN, NULL, scalar_acc(g, dst), v);
}

static Buffer *row_temp(Lower *l, const char *name, const char *suffix, int64_t nb,
                        int64_t rows)
{
	Shape sh = {.rank = nb == IR_DIM_N ? 2 : 1, .d = {nb == IR_DIM_N ? IR_DIM_N : rows, rows}};
	return k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", name, suffix),
	                    BUF_WORKSPACE, DT_F32, &sh);
}

static void bind(RowK *g)
{
	lw_schedule(g->l, g->k, arena_printf(&g->l->p->arena, "%s%sbind(tx,threadIdx.x)",
	                                     g->has_r ? "bind(r,blockIdx.x); " : "",
	                                     !g->has_n ? "" : g->has_r ? "bind(n,blockIdx.y); "
	                                                               : "bind(n,blockIdx.x); "));
}

int lw_norm_gpu_ok(const Lower *l, const Node *epi, int64_t rows)
{
	return l->tgt->gpu && rows <= INT32_MAX && (!epi || !l->chain[epi->id]);
}

int lw_softmax_gpu(Lower *l, const char *name, Buffer *in, Buffer *out, int64_t nb,
                   int64_t rows, int64_t C, float scale)
{
	Program *p = l->p;
	RowK g;

	row_kernel(l, &g, name, "softmax", nb, rows, C, ROW_MAX_THREADS);
	Buffer *mx = row_temp(l, name, "max", nb, rows), *sm = row_temp(l, name, "sum", nb, rows);
	Access x0 = block_acc(&g, in, C), x = elem_acc(&g, in), y = elem_acc(&g, out);

	reduce(&g, ST_MAX, k_load(p, x0), k_load(p, x), mx);
	barrier(&g);
	Expr *d = k_bin(p, EX_SUB, k_load(p, x), k_load(p, scalar_acc(&g, mx)));
	if (scale != 1.0f)
		d = k_bin(p, EX_MUL, d, k_const(p, scale));
	lw_stmt(l, g.k, elements(&g), ST_ASSIGN, g.valid, y, k_un(p, EX_EXP, d));
	reduce(&g, ST_ADD, k_const(p, 0.0f), k_load(p, y), sm);
	barrier(&g);
	lw_stmt(l, g.k, elements(&g), ST_ASSIGN, g.valid, y,
	        k_bin(p, EX_DIV, k_load(p, y), k_load(p, scalar_acc(&g, sm))));
	bind(&g);
	return k_kernel_finish(g.k, l->err);
}

int lw_layer_norm_gpu(Lower *l, const Node *n, int64_t nb, int64_t rows, int64_t C, float eps)
{
	const Tensor *x = n->in[0];
	const Tensor *gm = n->n_in > 1 ? n->in[1] : NULL, *bt = n->n_in > 2 ? n->in[2] : NULL;
	Program *p = l->p;
	RowK g;
	static const char *const tn[6] = {"max", "scale", "sum", "mean", "var", "rstd"};
	Buffer *t[6];

	row_kernel(l, &g, n->name, ir_op_name(n->op), nb, rows, C, ROW_MAX_THREADS);
	for (int i = 0; i < 6; i++)
		t[i] = row_temp(l, n->name, tn[i], nb, rows);
	Access xa = elem_acc(&g, lw_buf(l, x)), x0a = block_acc(&g, lw_buf(l, x), C);
	Access ya = elem_acc(&g, lw_buf(l, lw_final_out(l, n)));
	Expr *invc = k_const(p, (float)(1.0 / (double)C));
	Expr *sc = k_load(p, scalar_acc(&g, t[1]));

	/* the steps of lw_layer_norm (lower/norm.c), each reduction shared by the block */
	reduce(&g, ST_MAX, k_const(p, 0.0f), lw_fabs(l, k_load(p, xa)), t[0]);
	Expr *mc = lw_row_scale(l, k_load(p, scalar_acc(&g, t[0])));
	row_stmt(&g, t[1], k_bin(p, EX_DIV, k_const(p, 1.0f), mc));
	barrier(&g);
	Expr *xs = k_bin(p, EX_MUL, k_load(p, xa), sc);
	Expr *x0s = k_bin(p, EX_MUL, k_load(p, x0a), sc);
	reduce(&g, ST_ADD, k_const(p, 0.0f), k_bin(p, EX_SUB, xs, x0s), t[2]);
	row_stmt(&g, t[3], k_bin(p, EX_ADD, x0s,
	                         k_bin(p, EX_MUL, k_load(p, scalar_acc(&g, t[2])), invc)));
	barrier(&g);
	Expr *dev = k_bin(p, EX_SUB, xs, k_load(p, scalar_acc(&g, t[3])));
	reduce(&g, ST_ADD, k_const(p, 0.0f), k_bin(p, EX_MUL, dev, dev), t[4]);
	Expr *es2 = k_bin(p, EX_MUL, k_bin(p, EX_MUL, k_const(p, eps), sc), sc);
	row_stmt(&g, t[5], lw_ln_rstd(l, k_load(p, scalar_acc(&g, t[4])), invc, es2, mc, eps));
	barrier(&g);
	Access ga = {.c = {0}};
	ga.c[g.nd] = g.B;
	ga.c[g.nd + 1] = 1;
	Expr *y = lw_ln_affine(l, k_bin(p, EX_MUL, dev, k_load(p, scalar_acc(&g, t[5]))), gm, bt, ga);
	lw_stmt(l, g.k, elements(&g), ST_ASSIGN, g.valid, ya, y);
	bind(&g);
	return k_kernel_finish(g.k, l->err);
}

int lw_row_sum_gpu(Lower *l, const char *name, const char *op, Buffer *in, Buffer *out,
                   int64_t nb, int64_t rows, int64_t C)
{
	RowK g;

	row_kernel(l, &g, name, op, nb, rows, C, SUM_MAX_THREADS);
	reduce(&g, ST_ADD, k_const(l->p, 0.0f), k_load(l->p, elem_acc(&g, in)), out);
	bind(&g);
	return k_kernel_finish(g.k, l->err);
}
