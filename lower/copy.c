/*
 * copy.c - elementwise ops and data movement (transpose, expand, slice,
 * select, reshape copies, concat): one kernel each over the output's
 * index space, with the default schedules of such loop nests.
 */
#include "lower/lower.h"
#include "sched/schedule.h"

/*
 * A default schedule for a loop nest over "sh" whose innermost loop is
 * contiguous: spread the outermost loop with real work over threads when
 * the nest is big enough to pay for it.  With T threads that is the
 * outermost loop T divides or that has at least 4 T iterations, if each
 * iteration of the loops around it (a fork/join each) still has 64K
 * elements to share out: the threads' chunks are contiguous, so 3 (the q, k, v of
 * DeiT's qkv transpose) over 2 threads kept one of them busy twice as long
 * as the other, where the 6 heads inside divide evenly.
 */
/* The loop lw_copy_schedule spreads over the threads (a dim of "sh"), or -1. */
static int copy_par_dim(Lower *l, const Shape *sh)
{
	int64_t numel, outer = 1;
	int T = l->tgt->threads > 1 ? l->tgt->threads : 1;
	if (ir_shape_numel(sh, 1, &numel) || numel < 65536 || sh->rank < 2)
		return -1;
	int d = sh->d[0] == IR_DIM_N ? 1 : 0;
	for (int e = d; T > 1 && e < sh->rank - 1 && numel / outer >= 65536; outer *= sh->d[e], e++)
		if (sh->d[e] % T == 0 || sh->d[e] >= 4 * T) {
			d = e;
			break;
		}
	return d < sh->rank - 1 ? d : -1;
}

void lw_copy_schedule(Lower *l, Kernel *k, const Shape *sh)
{
	int d = copy_par_dim(l, sh);
	if (d >= 0)
		lw_schedule(l, k, arena_printf(&l->p->arena, "parallel(%s)", lw_dim_name(l, sh, d)));
}

/*
 * lw_copy_schedule with the innermost loop also split by the vector width
 * and vectorized explicitly (for an elementwise body the backend's vector
 * path handles but LLVM's loop vectorizer would leave scalar, e.g. a
 * table lookup, which becomes a gather).
 */
void lw_copy_schedule_vector(Lower *l, Kernel *k, const Shape *sh)
{
	int d = copy_par_dim(l, sh), v = l->tgt->f32_lanes > 1 ? l->tgt->f32_lanes : 4;
	const char *c = lw_dim_name(l, sh, sh->rank - 1);
	char *t = arena_printf(&l->p->arena, "split(%s,%d); vectorize(%s.i)", c, v, c);
	if (d >= 0)
		t = arena_printf(&l->p->arena, "%s; parallel(%s)", t, lw_dim_name(l, sh, d));
	lw_schedule(l, k, t);
}

/*
 * lw_copy_schedule_vector for an elementwise nest over [N, rows, ..., C]
 * (N the batch): where one image is below lw_copy_schedule's 64K elements
 * (DeiT's residual adds: 197 x 192) the batch and the rows go over the
 * threads as one loop (sch_rows_fuse), so a batch of 8 does not run on one
 * thread; from 16K elements an image.
 */
void lw_rows_schedule_vector(Lower *l, Kernel *k, const Shape *sh)
{
	const char *par = NULL, *f = "";
	int64_t numel;
	if (copy_par_dim(l, sh) < 0 && sh->rank >= 3 && sh->d[0] == IR_DIM_N &&
	    sh->d[1] != IR_DIM_N && !ir_shape_numel(sh, 1, &numel) && numel >= 16384) {
		const char *names[2] = {"n", lw_dim_name(l, sh, 1)};
		f = sch_rows_fuse(l->tgt, &l->p->arena, 2, names, &par);
	}
	if (!par) {
		lw_copy_schedule_vector(l, k, sh);
		return;
	}
	int v = l->tgt->f32_lanes > 1 ? l->tgt->f32_lanes : 4;
	const char *c = lw_dim_name(l, sh, sh->rank - 1);
	lw_schedule(l, k, arena_printf(&l->p->arena, "%s; split(%s,%d); vectorize(%s.i); parallel(%s)",
	                               f, c, v, c, par));
}

/*
 * A transpose that moves the contiguous input dimension to output loop
 * d(r-2) while the output's own contiguous loop d(r-1) reads with a
 * stride (e.g. tokens [N,HW,C] -> channels [N,C,HW]): 16x16 tiles of the
 * two, so both the reads and the writes of a tile stay in a few cache
 * lines, and the loop lw_copy_schedule picks (or the tile rows) over
 * threads.  The tile's inner loop is
 * vectorized explicitly (a strided load, a contiguous store): left to
 * LLVM's loop vectorizer, it became 27% of PVTv2-b0's LLVM time, for the
 * same run time.  1 when it set the schedule.  "names": the loops' names
 * (NULL: lw_dim_name's).  Also the K transpose of lw_attention.
 */
int lw_transpose_schedule(Lower *l, Kernel *k, const Shape *sh, const Access *a,
                          const char *const *names)
{
	int r = sh->rank;
	int64_t numel;
	if (r < 2 || a->c[r - 2] != 1 || a->c[r - 1] == 1 || sh->d[r - 2] < 16 ||
	    sh->d[r - 1] < 16 || ir_shape_numel(sh, 1, &numel) || numel < 4096)
		return 0;
#define NAME(i) (names ? names[i] : lw_dim_name(l, sh, i))
	const char *x = NAME(r - 2), *y = NAME(r - 1);
	/* a loop outside the tiles the threads divide (DeiT's 6 heads of k^T: one
	   fork/join instead of one per head), else the tile rows */
	int d = copy_par_dim(l, sh), T = l->tgt->threads;
	int outside = T > 1 && d >= 0 && d < r - 2 && (sh->d[d] % T == 0 || sh->d[d] >= 4 * T);
	const char *par = numel < 65536 ? "" : outside ? NAME(d) :
	                  arena_printf(&l->p->arena, "%s.o", x);
	lw_schedule(l, k, arena_printf(&l->p->arena, "tile(%s,%s,16,16); vectorize(%s.i)%s%s%s", x, y, y,
	                               *par ? "; parallel(" : "", par, *par ? ")" : ""));
#undef NAME
	return 1;
}

/* out = f(a, b) over the output's index space, with fused epilogue. */
int lw_elementwise_node(Lower *l, const Node *n)
{
	const Shape *sh = &n->out[0]->shape;
	Kernel *k = lw_kernel(l, n);
	int pos[IR_MAX_RANK];
	k->root = k_seq(l->p);
	LoopNode *in = lw_loops(l, k->root, sh, 0, sh->rank, NULL);
	Stmt *s = k_stmt_add(l->p, k, ST_ASSIGN);
	k_append(l->p, in, k_leaf(l->p, s));
	lw_iota(pos, sh->rank, 0);
	Expr *a = k_load(l->p, lw_access(l, n->in[0], pos, sh->rank));
	Expr *b = n->n_in > 1 && n->in[1] ?
	          k_load(l->p, lw_access(l, n->in[1], pos, sh->rank)) : NULL;
	s->store = lw_access(l, lw_final_out(l, n), pos, sh->rank);
	s->value = lw_epilogue(l, n, lw_elementwise(l, n, a, b), &s->store,
	                       sh->rank - 1);
	lw_copy_schedule(l, k, sh);
	return k_kernel_finish(k, l->err);
}

/*
 * Data movement: out[idx] = in[f(idx)] for transpose, expand, slice,
 * select and reshape copies; concat is one statement per input.
 */
int lw_copy_node(Lower *l, const Node *n)
{
	const Tensor *x = n->in[0], *y = n->out[0];
	const Shape *sh = &y->shape;
	int r = sh->rank, pos[IR_MAX_RANK];
	Kernel *k = lw_kernel(l, n);
	int64_t xs[IR_MAX_RANK];
	k->root = k_seq(l->p);
	lw_iota(pos, r, 0);
	Access out = lw_access(l, lw_final_out(l, n), pos, r);

	if (n->op == OP_CONCAT) {
		int64_t axis = ir_node_attr(n, "axis")->i, off = 0;
		if (axis < 0)
			axis += r;
		int64_t ys[IR_MAX_RANK];
		k_buffer_strides(&(Buffer){.shape = *sh}, ys);
		for (int i = 0; i < n->n_in; i++) {
			const Tensor *xi = n->in[i];
			LoopNode *in = lw_loops(l, k->root, &xi->shape, 0, r, NULL);
			Stmt *s = k_stmt_add(l->p, k, ST_ASSIGN);
			k_append(l->p, in, k_leaf(l->p, s));
			s->store = out;
			s->store.k += off * ys[axis];
			s->value = lw_epilogue(l, n, k_load(l->p, lw_access(l, xi, pos, r)),
			                       &s->store, r - 1);
			off += xi->shape.d[axis];
		}
		lw_copy_schedule(l, k, sh);
		return k_kernel_finish(k, l->err);
	}

	LoopNode *in = lw_loops(l, k->root, sh, 0, r, NULL);
	Stmt *s = k_stmt_add(l->p, k, ST_ASSIGN);
	k_append(l->p, in, k_leaf(l->p, s));
	Access a = {0};
	int64_t xk;
	lw_tensor_layout(l, x, &a.buf, &xk, xs);
	if (n->op == OP_EXPAND) {
		a = lw_access(l, x, pos, r);
	} else if (lw_copy_layout(n, xk, xs, &a.k, a.c)) {
		/* reshape: same element order (views.c never folds into a reshape) */
		a = lw_access(l, y, pos, r);
		a.buf = lw_buf(l, x);
	}
	s->store = out;
	s->value = lw_epilogue(l, n, k_load(l->p, a), &s->store, r - 1);
	if (n->op != OP_TRANSPOSE || !lw_transpose_schedule(l, k, sh, &a, NULL))
		lw_copy_schedule(l, k, sh);
	return k_kernel_finish(k, l->err);
}
