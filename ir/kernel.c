/*
 * kernel.c - building kernel IR (ir/kernel.h) and printing it.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ir/kernel.h"

Program *k_program_new(void)
{
	return xcalloc(1, sizeof(Program));
}

void k_program_free(Program *p)
{
	if (!p)
		return;
	arena_free(&p->arena);
	free(p);
}

/* Append "x" to an arena-backed pointer array, doubling its capacity. */
static void **push(Arena *a, void **arr, int *n, int *cap, void *x)
{
	if (*n == *cap) {
		int ncap = *cap ? *cap * 2 : 16;
		void **na = arena_calloc(a, (size_t)ncap, sizeof(void *));
		if (*n)
			memcpy(na, arr, (size_t)*n * sizeof(void *));
		arr = na;
		*cap = ncap;
	}
	arr[(*n)++] = x;
	return arr;
}

Buffer *k_buffer_add(Program *p, const char *name, BufKind kind, DType dt,
                     const Shape *shape)
{
	Buffer *b = arena_alloc(&p->arena, sizeof(*b));
	b->id = p->n_bufs;
	b->name = arena_strdup(&p->arena, name);
	b->kind = kind;
	b->dtype = dt;
	b->shape = *shape;
	b->io_index = -1;
	p->bufs = (Buffer **)push(&p->arena, (void **)p->bufs, &p->n_bufs,
	                          &p->cap_bufs, b);
	return b;
}

Kernel *k_kernel_add(Program *p, const char *name, const char *op)
{
	Kernel *k = arena_alloc(&p->arena, sizeof(*k));
	k->id = p->n_kernels;
	k->name = arena_strdup(&p->arena, name);
	k->op = op;
	k->same_as = -1;
	p->kernels = (Kernel **)push(&p->arena, (void **)p->kernels,
	                             &p->n_kernels, &p->cap_kernels, k);
	return k;
}

Stmt *k_stmt_add(Program *p, Kernel *k, StmtKind kind)
{
	Stmt *s = arena_alloc(&p->arena, sizeof(*s));
	s->id = k->n_stmts;
	s->kind = kind;
	k->stmts = (Stmt **)push(&p->arena, (void **)k->stmts, &k->n_stmts,
	                         &k->cap_stmts, s);
	return s;
}

LoopNode *k_loop(Program *p, const char *iter, int64_t extent)
{
	LoopNode *l = arena_alloc(&p->arena, sizeof(*l));
	l->kind = LN_LOOP;
	l->iter = arena_strdup(&p->arena, iter);
	l->extent = extent;
	return l;
}

LoopNode *k_seq(Program *p)
{
	LoopNode *l = arena_alloc(&p->arena, sizeof(*l));
	l->kind = LN_SEQ;
	return l;
}

LoopNode *k_leaf(Program *p, Stmt *s)
{
	LoopNode *l = arena_alloc(&p->arena, sizeof(*l));
	l->kind = LN_STMT;
	l->stmt = s;
	return l;
}

void k_append(Program *p, LoopNode *parent, LoopNode *child)
{
	LoopNode **c = arena_calloc(&p->arena, (size_t)parent->n_children + 1,
	                            sizeof(*c));
	if (parent->n_children)
		memcpy(c, parent->children, (size_t)parent->n_children * sizeof(*c));
	c[parent->n_children++] = child;
	parent->children = c;
}

/* Give each statement below "l" the iterators of its enclosing loops. */
static int finish(LoopNode *l, const char **dims, int64_t *ext, int depth,
                  const Kernel *k, VitcErr *err)
{
	switch (l->kind) {
	case LN_LOOP:
		if (depth == K_MAX_DIMS)
			return vitc_errf(err, "kernel '%s': loop nest deeper than %d",
			                 k->name, K_MAX_DIMS);
		for (int i = 0; i < depth; i++)
			if (!strcmp(dims[i], l->iter))
				return vitc_errf(err, "kernel '%s': iterator '%s' nested twice",
				                 k->name, l->iter);
		dims[depth] = l->iter;
		ext[depth] = l->extent;
		depth++;
		break;
	case LN_STMT:
		l->stmt->n_dims = depth;
		for (int i = 0; i < depth; i++) {
			l->stmt->dims[i] = dims[i];
			l->stmt->extents[i] = ext[i];
		}
		return 0;
	case LN_SEQ:
		break;
	}
	for (int i = 0; i < l->n_children; i++)
		if (finish(l->children[i], dims, ext, depth, k, err))
			return -1;
	return 0;
}

int k_kernel_finish(Kernel *k, VitcErr *err)
{
	const char *dims[K_MAX_DIMS];
	int64_t ext[K_MAX_DIMS];

	return finish(k->root, dims, ext, 0, k, err);
}

Expr *k_const(Program *p, float f)
{
	Expr *e = arena_alloc(&p->arena, sizeof(*e));
	e->kind = EX_CONST;
	e->f = f;
	return e;
}

ValType k_dtype_valtype(DType dt)
{
	switch (dt) {
	case DT_F32: case DT_F16: return VT_F32;
	case DT_I64: return VT_I64;
	default: return VT_I32;
	}
}

Expr *k_load(Program *p, Access acc)
{
	Expr *e = arena_alloc(&p->arena, sizeof(*e));
	e->kind = EX_LOAD;
	e->acc = acc;
	e->type = k_dtype_valtype(acc.buf->dtype);
	return e;
}

Expr *k_un(Program *p, ExprKind kind, Expr *a)
{
	Expr *e = arena_alloc(&p->arena, sizeof(*e));
	e->kind = kind;
	e->a = a;
	e->type = a->type;
	return e;
}

Expr *k_bin(Program *p, ExprKind kind, Expr *a, Expr *b)
{
	Expr *e = k_un(p, kind, a);
	e->b = b;
	if (kind == EX_GT || kind == EX_GE || kind == EX_EQ)
		e->type = VT_I32;
	return e;
}

Expr *k_const_int(Program *p, ValType t, int64_t v)
{
	Expr *e = arena_alloc(&p->arena, sizeof(*e));
	e->kind = EX_CONST;
	e->type = t;
	e->i = v;
	return e;
}

Expr *k_iter(Program *p, ValType t, int dim)
{
	Expr *e = arena_alloc(&p->arena, sizeof(*e));
	e->kind = EX_ITER;
	e->type = t;
	e->dim = dim;
	return e;
}

Expr *k_cvt(Program *p, ValType t, Expr *a)
{
	Expr *e = k_un(p, EX_CVT, a);
	e->type = t;
	return e;
}

Expr *k_select(Program *p, Expr *cond, Expr *a, Expr *b)
{
	Expr *e = k_bin(p, EX_SELECT, a, b);
	e->c = cond;
	e->type = a->type;
	return e;
}

void k_kernel_param(Kernel *k, const char *name, Access src)
{
	if (k->n_params < K_MAX_PARAMS) {
		k->params[k->n_params].name = name;
		k->params[k->n_params].src = src;
		k->n_params++;
	}
}

Expr *k_dot(Program *p, int fmt, Expr *a, Expr *b, Expr *c)
{
	Expr *e = k_bin(p, EX_DOT, a, b);
	e->c = c;
	e->i = fmt;
	e->type = VT_I32;
	return e;
}

Expr *k_fma(Program *p, Expr *a, Expr *b, Expr *c)
{
	Expr *e = k_bin(p, EX_FMA, a, b);
	e->c = c;
	return e;
}

void k_buffer_strides(const Buffer *b, int64_t strides[IR_MAX_RANK])
{
	int64_t s = 1;
	for (int i = b->shape.rank - 1; i >= 0; i--) {
		strides[i] = s;
		s *= b->shape.d[i] == IR_DIM_N ? 1 : b->shape.d[i];
	}
}

char *k_stmt_domain_str(Arena *a, const Kernel *k, const Stmt *s)
{
	size_t cap = 512 + (size_t)s->n_dims * 64 +
	             (s->constraints ? strlen(s->constraints) : 0);
	char *buf = arena_alloc(a, cap);
	size_t n = 0;

	n += (size_t)snprintf(buf + n, cap - n, "[N");
	for (int i = 0; i < k->n_params; i++)
		n += (size_t)snprintf(buf + n, cap - n, ", %s", k->params[i].name);
	n += (size_t)snprintf(buf + n, cap - n, "] -> { S%d[", s->id);
	for (int i = 0; i < s->n_dims; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? "," : "", s->dims[i]);
	n += (size_t)snprintf(buf + n, cap - n, "] : N >= 1");
	for (int i = 0; i < k->n_params; i++)
		n += (size_t)snprintf(buf + n, cap - n, " and %s >= 0", k->params[i].name);
	for (int i = 0; i < s->n_dims; i++) {
		if (s->extents[i] == IR_DIM_N)
			n += (size_t)snprintf(buf + n, cap - n, " and 0 <= %s < N", s->dims[i]);
		else
			n += (size_t)snprintf(buf + n, cap - n, " and 0 <= %s < %" PRId64,
			                      s->dims[i], s->extents[i]);
	}
	if (s->constraints)
		n += (size_t)snprintf(buf + n, cap - n, " and %s", s->constraints);
	snprintf(buf + n, cap - n, " }");
	return buf;
}

void k_access_print(FILE *f, const Stmt *s, const Access *a)
{
	int first = 1;
	fprintf(f, "%s[", a->buf->name);
	for (int d = 0; d < s->n_dims; d++) {
		if (!a->c[d])
			continue;
		if (a->c[d] == 1)
			fprintf(f, "%s%s", first ? "" : " + ", s->dims[d]);
		else
			fprintf(f, "%s%" PRId64 "*%s", first ? "" : " + ", a->c[d], s->dims[d]);
		first = 0;
	}
	if (a->ind) {
		fprintf(f, "%s", first ? "" : " + ");
		if (a->ci != 1)
			fprintf(f, "%" PRId64 "*", a->ci);
		fprintf(f, "(");
		k_expr_print(f, s, a->ind);
		fprintf(f, ")");
		first = 0;
	}
	if (a->k || first)
		fprintf(f, "%s%" PRId64, first ? "" : " + ", a->k);
	fprintf(f, "]");
}

static const char *valtype_name(ValType t)
{
	return t == VT_F32 ? "f32" : t == VT_I32 ? "i32" : t == VT_I64 ? "i64" : "?";
}

void k_expr_print(FILE *f, const Stmt *s, const Expr *e)
{
	static const char *const names[] = {
		[EX_ADD] = "+", [EX_SUB] = "-", [EX_MUL] = "*", [EX_DIV] = "/",
		[EX_MAX] = "max", [EX_MIN] = "min", [EX_NEG] = "neg", [EX_EXP] = "exp",
		[EX_ERF] = "erf", [EX_TANH] = "tanh", [EX_SQRT] = "sqrt",
		[EX_RSQRT] = "rsqrt", [EX_SHR] = ">>", [EX_SHL] = "<<", [EX_AND] = "&",
		[EX_OR] = "|", [EX_XOR] = "^", [EX_POPCNT] = "popcnt", [EX_CLZ] = "clz", [EX_GT] = ">",
		[EX_GE] = ">=", [EX_EQ] = "==",
	};
	if (!e) {
		fprintf(f, "?");
		return;
	}
	switch (e->kind) {
	case EX_CONST:
		if (e->type == VT_F32)
			fprintf(f, "%.9g", e->f);
		else
			fprintf(f, "%" PRId64 "%s", e->i, valtype_name(e->type));
		break;
	case EX_LOAD:
		k_access_print(f, s, &e->acc);
		break;
	case EX_ITER:
		if (e->dim >= 0 && e->dim < s->n_dims)
			fprintf(f, e->type == VT_I64 ? "i64(%s)" : "%s", s->dims[e->dim]);
		else
			fprintf(f, "iter%d", e->dim);
		break;
	case EX_CVT:
		fprintf(f, "%s(", valtype_name(e->type));
		k_expr_print(f, s, e->a);
		fprintf(f, ")");
		break;
	case EX_ADD: case EX_SUB: case EX_MUL: case EX_DIV:
	case EX_SHR: case EX_SHL: case EX_AND: case EX_OR: case EX_XOR:
	case EX_GT: case EX_GE: case EX_EQ:
		fprintf(f, "(");
		k_expr_print(f, s, e->a);
		fprintf(f, " %s ", names[e->kind]);
		k_expr_print(f, s, e->b);
		fprintf(f, ")");
		break;
	case EX_MAX: case EX_MIN:
		fprintf(f, "%s(", names[e->kind]);
		k_expr_print(f, s, e->a);
		fprintf(f, ", ");
		k_expr_print(f, s, e->b);
		fprintf(f, ")");
		break;
	case EX_DOT:
		fprintf(f, "dot%s(", e->i == K_DOT_U8S8 ? "u8s8" : e->i == K_DOT_P16 ? "p16" : "s16");
		k_expr_print(f, s, e->a);
		fprintf(f, ", ");
		k_expr_print(f, s, e->b);
		fprintf(f, ", ");
		k_expr_print(f, s, e->c);
		fprintf(f, ")");
		break;
	case EX_FMA: case EX_SELECT:
		fprintf(f, "%s(", e->kind == EX_FMA ? "fma" : "select");
		k_expr_print(f, s, e->kind == EX_FMA ? e->a : e->c);
		fprintf(f, ", ");
		k_expr_print(f, s, e->kind == EX_FMA ? e->b : e->a);
		fprintf(f, ", ");
		k_expr_print(f, s, e->kind == EX_FMA ? e->c : e->b);
		fprintf(f, ")");
		break;
	default:
		fprintf(f, "%s(", (unsigned)e->kind < sizeof(names) / sizeof(*names) &&
		                  names[e->kind] ? names[e->kind] : "?");
		k_expr_print(f, s, e->a);
		fprintf(f, ")");
		break;
	}
}

static void print_loops(FILE *f, const LoopNode *l, int depth)
{
	static const char *const ops[] = {"=", "+=", "max="};
	fprintf(f, "%*s", 2 * depth, "");
	switch (l->kind) {
	case LN_LOOP:
		if (l->extent == IR_DIM_N)
			fprintf(f, "for %s in [0, N)\n", l->iter);
		else
			fprintf(f, "for %s in [0, %" PRId64 ")\n", l->iter, l->extent);
		break;
	case LN_SEQ:
		fprintf(f, "seq\n");
		break;
	case LN_STMT:
		fprintf(f, "S%d: ", l->stmt->id);
		k_access_print(f, l->stmt, &l->stmt->store);
		fprintf(f, " %s ", ops[l->stmt->kind]);
		k_expr_print(f, l->stmt, l->stmt->value);
		if (l->stmt->constraints)
			fprintf(f, "  if %s", l->stmt->constraints);
		fprintf(f, "\n");
		return;
	}
	for (int i = 0; i < l->n_children; i++)
		print_loops(f, l->children[i], depth + 1);
}

void k_kernel_print(FILE *f, const Kernel *k)
{
	static const Stmt none;

	fprintf(f, "kernel %d \"%s\" (%s)\n", k->id, k->name, k->op);
	for (int i = 0; i < k->n_params; i++) {
		fprintf(f, "  param %s = ", k->params[i].name);
		k_access_print(f, &none, &k->params[i].src);
		fprintf(f, "\n");
	}
	print_loops(f, k->root, 1);
}

static int slot_of(const Buffer **bufs, int *n, int max, const Buffer *b)
{
	for (int i = 0; i < *n; i++)
		if (bufs[i] == b)
			return i;
	if (*n < max)
		bufs[(*n)++] = b;
	return *n - 1;
}

static void expr_buffers(const Expr *e, const Buffer **bufs, int *n, int max)
{
	if (!e)
		return;
	if (e->kind == EX_LOAD) {
		slot_of(bufs, n, max, e->acc.buf);
		expr_buffers(e->acc.ind, bufs, n, max);
	}
	expr_buffers(e->a, bufs, n, max);
	expr_buffers(e->b, bufs, n, max);
	expr_buffers(e->c, bufs, n, max);
}

/*
 * The buffers of "k" in order of first appearance: per statement the
 * store, the loads of its index, then the loads of the value left to
 * right (a load, then the loads of its index); then the sources of the
 * run-time parameters.
 */
static void kernel_slots(const Kernel *k, const Buffer **bufs, int *n, int max)
{
	for (int i = 0; i < k->n_stmts; i++) {
		slot_of(bufs, n, max, k->stmts[i]->store.buf);
		expr_buffers(k->stmts[i]->store.ind, bufs, n, max);
		expr_buffers(k->stmts[i]->value, bufs, n, max);
	}
	for (int i = 0; i < k->n_params; i++)
		if (k->params[i].src.buf)
			slot_of(bufs, n, max, k->params[i].src.buf);
}

int k_kernel_buffers(const Kernel *k, const Buffer **out, int max)
{
	int n = 0;

	kernel_slots(k, out, &n, max);
	return n;
}

static void key_expr(FILE *f, const Expr *e, const Buffer **bufs, int *n);

/* Append the key of an access: buffer slot, dtype, coefficients, index. */
static void key_access(FILE *f, const Access *a, const Buffer **bufs, int *n)
{
	fprintf(f, "@%d:%d[", slot_of(bufs, n, 1024, a->buf), (int)a->buf->dtype);
	for (int d = 0; d < K_MAX_DIMS; d++)
		fprintf(f, "%" PRId64 ",", a->c[d]);
	fprintf(f, "%" PRId64, a->k);
	if (a->ind) {
		fprintf(f, "+%" PRId64 "*", a->ci);
		key_expr(f, a->ind, bufs, n);
	}
	fputc(']', f);
}

static void key_expr(FILE *f, const Expr *e, const Buffer **bufs, int *n)
{
	if (!e) {
		fputc('_', f);
		return;
	}
	fprintf(f, "(%d:%d", (int)e->kind, (int)e->type);
	if (e->kind == EX_CONST && e->type == VT_F32)
		fprintf(f, " %a", (double)e->f);
	else if (e->kind == EX_CONST || e->kind == EX_DOT)
		fprintf(f, " %" PRId64, e->i);
	if (e->kind == EX_ITER)
		fprintf(f, " d%d", e->dim);
	if (e->kind == EX_LOAD)
		key_access(f, &e->acc, bufs, n);
	key_expr(f, e->a, bufs, n);
	key_expr(f, e->b, bufs, n);
	key_expr(f, e->c, bufs, n);
	fputc(')', f);
}

static void key_loops(FILE *f, const LoopNode *l, const Buffer **bufs, int *n)
{
	const Stmt *s = l->stmt;
	switch (l->kind) {
	case LN_LOOP:
		fprintf(f, "L%s:%" PRId64 "{", l->iter, l->extent);
		break;
	case LN_SEQ:
		fputs("Q{", f);
		break;
	case LN_STMT:
		fprintf(f, "S%d/%d/%s:", s->id, (int)s->kind, s->constraints ? s->constraints : "");
		key_access(f, &s->store, bufs, n);
		key_expr(f, s->value, bufs, n);
		fputc(';', f);
		return;
	}
	for (int i = 0; i < l->n_children; i++)
		key_loops(f, l->children[i], bufs, n);
	fputc('}', f);
}

char *k_kernel_key(Arena *a, const Kernel *k)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const Buffer **bufs = xcalloc(1024, sizeof(*bufs));
	int n = 0;

	if (!f)
		abort();
	/* slots in k_kernel_buffers() order */
	kernel_slots(k, bufs, &n, 1024);
	for (int i = 0; i < k->n_params; i++) {
		fprintf(f, "P%s=", k->params[i].name);
		if (k->params[i].src.buf)
			key_access(f, &k->params[i].src, bufs, &n);
		fputc(';', f);
	}
	key_loops(f, k->root, bufs, &n);
	for (int i = 0; i < k->sched.n; i++) {
		const SchedPrim *sp = &k->sched.prims[i];
		fprintf(f, "|%d %s %s %" PRId64 " %" PRId64, (int)sp->kind, sp->iter ? sp->iter : "",
		        sp->iter2 ? sp->iter2 : "", sp->factor, sp->factor2);
	}
	fclose(f);
	char *out = arena_strdup(a, buf);
	free(buf);
	free(bufs);
	return out;
}
