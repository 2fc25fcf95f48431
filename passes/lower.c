/*
 * lower.c - graph to kernels: buffers for tensors, the per-node dispatch,
 * and the helpers every lowering shares (accesses, epilogues, loops).
 * Elementwise and data-movement ops are lowered here too; the matmul
 * family lives in lower_linalg.c, reductions in lower_norm.c.
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes/lower.h"
#include "passes/schedule.h"

Buffer *lw_buf(Lower *l, const Tensor *t)
{
	return l->buf[t->id];
}

const Tensor *lw_final_out(Lower *l, const Node *n)
{
	Node **c = l->chain[n->id];
	const Tensor *t = n->out[0];
	for (; c && *c; c++)
		t = (*c)->out[0];
	return t;
}

void lw_iota(int *pos, int r, int first)
{
	for (int i = 0; i < r; i++)
		pos[i] = first + i;
}

Access lw_access(Lower *l, const Tensor *t, const int *pos, int r)
{
	Access a = {0};
	int64_t st[IR_MAX_RANK];
	Buffer *b = lw_buf(l, t);

	a.buf = b;
	k_buffer_strides(&(Buffer){.shape = t->shape}, st);
	for (int i = 0; i < t->shape.rank; i++) {
		int od = r - t->shape.rank + i;
		if (t->shape.d[i] == 1 || od < 0)
			continue;
		a.c[pos[od]] += st[i];
	}
	return a;
}

/* 1 / (1 + exp(−x)): exp overflows to +inf for x < −88.7, giving 0, as in float64. */
static Expr *sigmoid(Program *p, Expr *x)
{
	Expr *e = k_un(p, EX_EXP, k_un(p, EX_NEG, x));
	return k_bin(p, EX_DIV, k_const(p, 1.0f), k_bin(p, EX_ADD, k_const(p, 1.0f), e));
}

/* clamp(x + 3, 0, 6) / 6, PyTorch's hardsigmoid (NaN becomes 0 here). */
static Expr *hard01(Program *p, Expr *x)
{
	Expr *c = k_bin(p, EX_MIN, k_bin(p, EX_MAX, k_bin(p, EX_ADD, x, k_const(p, 3.0f)),
	                                 k_const(p, 0.0f)), k_const(p, 6.0f));
	return k_bin(p, EX_DIV, c, k_const(p, 6.0f));
}

Expr *lw_elementwise(Lower *l, const Node *n, Expr *a, Expr *b)
{
	Program *p = l->p;
	const Attr *sc = ir_node_attr(n, "scalar");
	const Attr *rev = ir_node_attr(n, "reverse");

	if (!b && sc) {
		b = k_const(p, (float)sc->f);
		if (rev && rev->i) {
			Expr *t = a;
			a = b;
			b = t;
		}
	}
	switch (n->op) {
	case OP_ADD: return k_bin(p, EX_ADD, a, b);
	case OP_SUB: return k_bin(p, EX_SUB, a, b);
	case OP_MUL: return k_bin(p, EX_MUL, a, b);
	case OP_DIV: return k_bin(p, EX_DIV, a, b);
	case OP_RELU: return k_bin(p, EX_MAX, a, k_const(p, 0.0f));
	case OP_TANH: return k_un(p, EX_TANH, a);
	case OP_ERF: return k_un(p, EX_ERF, a);
	case OP_EXP: return k_un(p, EX_EXP, a);
	case OP_SQRT: return k_un(p, EX_SQRT, a);
	case OP_RSQRT: return k_un(p, EX_RSQRT, a);
	case OP_SIGMOID: return sigmoid(p, a);
	case OP_SILU: return k_bin(p, EX_MUL, a, sigmoid(p, a));
	case OP_HARDSWISH:  /* x · (clamp(x + 3, 0, 6) / 6): no overflow at x ≈ FLT_MAX */
		return k_bin(p, EX_MUL, a, hard01(p, a));
	case OP_HARDSIGMOID:  /* min/max drop NaN: keep it (x == x is false only for NaN) */
		return k_select(p, k_bin(p, EX_EQ, a, a), hard01(p, a), a);
	case OP_GELU: {
		const Attr *ap = ir_node_attr(n, "approximate");
		if (ap && ap->s && !strcmp(ap->s, "tanh")) {
			/* 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) */
			Expr *x3 = k_bin(p, EX_MUL, k_bin(p, EX_MUL, a, a), a);
			Expr *in = k_bin(p, EX_MUL, k_const(p, 0.7978845608028654f),
			                 k_fma(p, k_const(p, 0.044715f), x3, a));
			Expr *t = k_bin(p, EX_ADD, k_const(p, 1.0f), k_un(p, EX_TANH, in));
			return k_bin(p, EX_MUL, k_bin(p, EX_MUL, k_const(p, 0.5f), a), t);
		}
		/* 0.5 x (1 + erf(x / sqrt 2)) */
		Expr *e = k_un(p, EX_ERF, k_bin(p, EX_MUL, a, k_const(p, 0.70710678118654752f)));
		return k_bin(p, EX_MUL, k_bin(p, EX_MUL, k_const(p, 0.5f), a),
		             k_bin(p, EX_ADD, k_const(p, 1.0f), e));
	}
	default:
		return a;
	}
}

Expr *lw_epilogue(Lower *l, const Node *n, Expr *v, const Access *out,
                  int last_pos)
{
	Node **c = l->chain[n->id];
	for (; c && *c; c++) {
		const Node *e = *c;
		Expr *other = NULL;
		if (e->n_in > 1) {
			const Tensor *o = e->in[1 - l->plan.fused_slot[e->id]];
			Access a = {0};
			int64_t numel;
			a.buf = lw_buf(l, o);
			ir_shape_numel(&o->shape, 1, &numel);
			if (ir_shape_equal(&o->shape, &e->out[0]->shape)) {
				a = *out;
				a.buf = lw_buf(l, o);
			} else if (numel != 1) {
				a.c[last_pos] = 1;
			}
			other = k_load(l->p, a);
		}
		if (e->n_in > 1 && l->plan.fused_slot[e->id] == 1)
			v = lw_elementwise(l, e, other, v);
		else
			v = lw_elementwise(l, e, v, other);
	}
	return v;
}

Kernel *lw_kernel(Lower *l, const Node *n)
{
	return k_kernel_add(l->p, n->name, ir_op_name(n->op));
}

/* Loop names for a tensor index: the batch is "n", the rest d1, d2, ... */
static const char *dim_name(Lower *l, const Shape *sh, int i)
{
	if (i == 0 && sh->d[0] == IR_DIM_N)
		return "n";
	return arena_printf(&l->p->arena, "d%d", i);
}

LoopNode *lw_loops(Lower *l, LoopNode *parent, const Shape *sh, int from,
                   int to, const char *const *names)
{
	for (int i = from; i < to; i++) {
		LoopNode *lp = k_loop(l->p, names ? names[i - from] : dim_name(l, sh, i),
		                      sh->d[i]);
		k_append(l->p, parent, lp);
		parent = lp;
	}
	return parent;
}

void lw_schedule(Lower *l, Kernel *k, const char *text)
{
	VitcErr e;
	if (sch_parse(text, &k->sched, &l->p->arena, &e)) {
		fprintf(stderr, "vitc: internal error: default schedule '%s': %s\n",
		        text, e.msg);
		abort();
	}
	(void)l;
}

Buffer *lw_temp(Lower *l, const Node *n, const char *suffix, const Shape *sh)
{
	char *name = arena_printf(&l->p->arena, "%s.%s", n->name, suffix);
	return k_buffer_add(l->p, name, BUF_WORKSPACE, DT_F32, sh);
}

/* ---- small builders for hand-written loop nests (ShiftAdd ops, depthwise conv, norms) ---- */

/* A loop "name" of "ext" iterations appended under "parent". */
LoopNode *lw_loop(Lower *l, LoopNode *parent, const char *name, int64_t ext)
{
	LoopNode *lp = k_loop(l->p, name, ext);
	k_append(l->p, parent, lp);
	return lp;
}

/* A statement "store (=|+=) value" under "at", limited by the isl constraints "cons". */
Stmt *lw_stmt(Lower *l, Kernel *k, LoopNode *at, StmtKind kind, const char *cons,
              Access store, Expr *value)
{
	Stmt *s = k_stmt_add(l->p, k, kind);
	s->constraints = cons;
	s->store = store;
	s->value = value;
	k_append(l->p, at, k_leaf(l->p, s));
	return s;
}

/* A kernel "<node>" or "<node>.<part>" with an empty sequence as its root. */
Kernel *lw_kernel_part(Lower *l, const Node *n, const char *part)
{
	const char *name = part ? arena_printf(&l->p->arena, "%s.%s", n->name, part) : n->name;
	Kernel *k = k_kernel_add(l->p, name, ir_op_name(n->op));
	k->root = k_seq(l->p);
	return k;
}

/* A workspace buffer "<node>.<suffix>" of dtype "dt" and dims d[0..rank). */
Buffer *lw_temp_dims(Lower *l, const Node *n, const char *suffix, DType dt, int rank,
                     const int64_t *d)
{
	Shape sh = {.rank = rank};
	for (int i = 0; i < rank; i++)
		sh.d[i] = d[i];
	return k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", n->name, suffix),
	                    BUF_WORKSPACE, dt, &sh);
}

Expr *lw_ci32(Lower *l, int64_t v)
{
	return k_const_int(l->p, VT_I32, v);
}

/* |a| of a float expression, as max(a, -a). */
Expr *lw_fabs(Lower *l, Expr *a)
{
	return k_bin(l->p, EX_MAX, a, k_un(l->p, EX_NEG, a));
}

/*
 * The row scale of overflow-safe norms: "m" (a row's max |x|) kept at
 * least FLT_MIN, so that its reciprocal is finite (at most 2^126) and x / m
 * neither overflows when squared and summed nor underflows to nothing.
 */
Expr *lw_row_scale(Lower *l, Expr *m)
{
	return k_bin(l->p, EX_MAX, m, k_const(l->p, FLT_MIN));
}

/*
 * x / max(|x|_2, eps) without overflow, as x f / den: "m" is the row's max
 * |x| and "ss" the sum of (x s)^2 with s = 1 / lw_row_scale(m) (each term
 * at most 1, so ss neither overflows nor underflows).  With mc = that
 * scale, |x|_2 = mc sqrt(ss); rows with mc >= 1 divide x s by
 * max(sqrt(ss), eps s) (eps s <= eps), others x by max(mc sqrt(ss), eps)
 * (mc sqrt(ss) <= sqrt(d)).  Both are per-row values.  A row holding an
 * infinity gives 0, and NaN at the infinity, as x / inf does in PyTorch.
 */
void lw_l2_parts(Lower *l, Expr *m, Expr *ss, float eps, Expr **f, Expr **den)
{
	Program *p = l->p;
	Expr *mc = lw_row_scale(l, m);
	Expr *s = k_bin(p, EX_DIV, k_const(p, 1.0f), mc);
	Expr *big = k_bin(p, EX_GE, mc, k_const(p, 1.0f));
	Expr *rt = k_un(p, EX_SQRT, ss);

	*f = k_select(p, big, s, k_const(p, 1.0f));
	*den = k_select(p, big, k_bin(p, EX_MAX, rt, k_bin(p, EX_MUL, k_const(p, eps), s)),
	                k_bin(p, EX_MAX, k_bin(p, EX_MUL, mc, rt), k_const(p, eps)));
	/* an infinite element: ss is NaN and x s = x 0; den 1 gives 0, NaN at the infinity */
	*den = k_select(p, k_bin(p, EX_GT, mc, k_const(p, FLT_MAX)), k_const(p, 1.0f), *den);
}

/* Loops (n, h, l) over [NB][H][L] under the kernel root. */
LoopNode *lw_nhl(Lower *l, Kernel *k, int64_t NB, int64_t H, int64_t L)
{
	LoopNode *in = lw_loop(l, k->root, "n", NB);
	in = lw_loop(l, in, "h", H);
	return lw_loop(l, in, "l", L);
}

/*
 * A default schedule for a loop nest over "sh" whose innermost loop is
 * contiguous: spread the outermost loop with real work over threads when
 * the nest is big enough to pay for it.
 */
void lw_copy_schedule(Lower *l, Kernel *k, const Shape *sh)
{
	int64_t numel;
	if (ir_shape_numel(sh, 1, &numel) || numel < 65536 || sh->rank < 2)
		return;
	int d = sh->d[0] == IR_DIM_N ? 1 : 0;
	if (d < sh->rank - 1)
		lw_schedule(l, k, arena_printf(&l->p->arena, "parallel(%s)",
		                               dim_name(l, sh, d)));
}

/*
 * A transpose that moves the contiguous input dimension to output loop
 * d(r-2) while the output's own contiguous loop d(r-1) reads with a
 * stride (e.g. tokens [N,HW,C] -> channels [N,C,HW]): 16x16 tiles of the
 * two, so both the reads and the writes of a tile stay in a few cache
 * lines, and the tile rows over threads.  1 when it set the schedule.
 */
static int transpose_schedule(Lower *l, Kernel *k, const Shape *sh, const Access *a)
{
	int r = sh->rank;
	int64_t numel;
	if (r < 2 || a->c[r - 2] != 1 || a->c[r - 1] == 1 || sh->d[r - 2] < 16 ||
	    sh->d[r - 1] < 16 || ir_shape_numel(sh, 1, &numel) || numel < 4096)
		return 0;
	const char *x = dim_name(l, sh, r - 2), *y = dim_name(l, sh, r - 1);
	lw_schedule(l, k, arena_printf(&l->p->arena, "tile(%s,%s,16,16)%s%s%s", x, y,
	                               numel >= 65536 ? "; parallel(" : "",
	                               numel >= 65536 ? x : "", numel >= 65536 ? ".o)" : ""));
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
	k_buffer_strides(&(Buffer){.shape = x->shape}, xs);
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
	Access a = {.buf = lw_buf(l, x)};
	switch (n->op) {
	case OP_TRANSPOSE: {
		const Attr *perm = ir_node_attr(n, "perm");
		for (int i = 0; i < r; i++)
			a.c[i] = xs[perm->ints[i]];
		break;
	}
	case OP_EXPAND:
		a = lw_access(l, x, pos, r);
		break;
	case OP_SLICE: {
		int64_t axis = ir_node_attr(n, "axis")->i;
		const Attr *st = ir_node_attr(n, "start"), *sp = ir_node_attr(n, "step");
		int64_t dim, start = st ? st->i : 0, step = sp ? sp->i : 1;
		if (axis < 0)
			axis += r;
		dim = x->shape.d[axis];
		if (start < 0)
			start += dim;
		if (start < 0)
			start = 0;
		if (start > dim)
			start = dim;
		/* A step of dim or more takes one element: keep stride * step small. */
		if (step >= dim)
			step = 1;
		for (int i = 0; i < r; i++)
			a.c[i] = xs[i];
		a.c[axis] = xs[axis] * step;
		a.k = start * xs[axis];
		break;
	}
	case OP_SELECT: {
		int64_t axis = ir_node_attr(n, "axis")->i, idx = ir_node_attr(n, "index")->i;
		int xr = x->shape.rank;
		if (axis < 0)
			axis += xr;
		if (idx < 0)
			idx += x->shape.d[axis];
		for (int i = 0, o = 0; i < xr; i++) {
			if (i == axis)
				a.k = idx * xs[i];
			else
				a.c[o++] = xs[i];
		}
		break;
	}
	default: /* reshape: same element order */
		a = lw_access(l, y, pos, r);
		a.buf = lw_buf(l, x);
		break;
	}
	s->store = out;
	s->value = lw_epilogue(l, n, k_load(l->p, a), &s->store, r - 1);
	if (n->op != OP_TRANSPOSE || !transpose_schedule(l, k, sh, &a))
		lw_copy_schedule(l, k, sh);
	return k_kernel_finish(k, l->err);
}

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
		          t->shape.d[t->shape.rank - 1] <= 32) || exposed;
		if (!ok)
			return vitc_errf(err, "%s: tensor '%s' is %s; this vitc compiles f32 tensors, "
			                 "pot5 weights, b1 codes of at most 32 bits and exposed decisions",
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
	for (int i = 0; i < g->n_nodes; i++)
		if (l.plan.fused_into[i] < 0 && lower_node(&l, g->nodes[i]))
			goto error;
	free(l.buf);
	free(l.chain);
	free(l.q16);
	pass_fuse_plan_free(&l.plan);
	return l.p;
error:
	free(l.buf);
	free(l.chain);
	free(l.q16);
	pass_fuse_plan_free(&l.plan);
	k_program_free(l.p);
	return NULL;
}
