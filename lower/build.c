/*
 * build.c - the helper library every lowering calls: buffers and accesses
 * of tensors, loop nests, statements, kernels and their default
 * schedules, and the expressions of elementwise ops and fused epilogues.
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower.h"
#include "sched/schedule.h"

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

	lw_tensor_layout(l, t, &a.buf, &a.k, st);
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
const char *lw_dim_name(Lower *l, const Shape *sh, int i)
{
	if (i == 0 && sh->d[0] == IR_DIM_N)
		return "n";
	return arena_printf(&l->p->arena, "d%d", i);
}

LoopNode *lw_loops(Lower *l, LoopNode *parent, const Shape *sh, int from,
                   int to, const char *const *names)
{
	for (int i = from; i < to; i++) {
		LoopNode *lp = k_loop(l->p, names ? names[i - from] : lw_dim_name(l, sh, i),
		                      sh->d[i]);
		k_append(l->p, parent, lp);
		parent = lp;
	}
	return parent;
}

/*
 * Set kernel "k"'s default schedule from its text form.  A default that
 * does not parse is a bug in a lowering, reported as an internal error of
 * that kernel when pass_lower returns (the lowering itself goes on).
 */
void lw_schedule(Lower *l, Kernel *k, const char *text)
{
	VitcErr e;

	if (sch_parse(text, &k->sched, &l->p->arena, &e) && !l->bad_schedule)
		l->bad_schedule = arena_printf(&l->p->arena, "kernel '%s': internal error: "
		                               "default schedule '%s': %s", k->name, text, e.msg);
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

int64_t lw_gpu_threads(const Lower *l, const char *kernel, int64_t dflt)
{
	for (int i = 0; i < l->tgt->n_forms; i++)
		if (!strcmp(l->tgt->forms[i].kernel, kernel))
			return l->tgt->forms[i].threads;
	return dflt;
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

Expr *lw_widen(Program *p, ValType t, Expr *e)
{
	return e->type == t ? e : k_cvt(p, t, e);
}

const char *lw_cons_and(Program *p, const char *c, const char *rows_if)
{
	if (!c || !rows_if)
		return c ? c : rows_if;
	return arena_printf(&p->arena, "%s and %s", c, rows_if);
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
 * A constant buffer of dtype "dt" (one byte an element: i8 weights, u8
 * pot5 codes) holding weight "w", an [M][K] matrix, re-laid out as
 * [K][M] so that the output channels of one k are contiguous.
 */
Buffer *lw_weight_kp_bytes(Lower *l, const Tensor *w, int64_t M, int64_t K, DType dt)
{
	const unsigned char *src = w->data;
	Shape sh = {.rank = 2, .d = {K, M}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.kp", w->name),
	                         BUF_WEIGHT, dt, &sh);
	unsigned char *dst = arena_alloc(&l->p->arena, (size_t)(K * M));

	for (int64_t j = 0; j < M; j++)
		for (int64_t k = 0; k < K; k++)
			dst[k * M + j] = src[j * K + k];
	b->data = dst;
	b->nbytes = (uint64_t)(K * M);
	return b;
}
