/*
 * ast_llvm.c - the isl AST walker shared by all targets: for, if, block,
 * mark and user nodes become LLVM control flow, isl expressions become
 * i64 arithmetic (the lowering table of docs isl-and-style.md A.4), and
 * "parallel"/"vectorize" marks go to the target hook (outline.c on CPUs)
 * or to the explicit vector path (vector_llvm.c), "unroll" copies a
 * constant-trip loop's body.  Statement bodies are emitted by expr_llvm.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>
#include <isl/val.h>
#include <llvm-c/DebugInfo.h>

#include "backends/cg.h"
#include "sched/marks.h"

enum { MARK_PAR = 1, MARK_VEC = 2, MARK_UNROLL = 4, MARK_BIND = 8 };
/* The axis of a "gpu:<axis>" mark rides in "marks" above MARK_BIND. */
#define MARK_AXIS_SHIFT 4

/* The most copies of a body an unrolled loop makes (SCH_MAX_UNROLL). */
#define UNROLL_MAX 64

static int emit_node(CgFn *f, isl_ast_node *node, int marks);

int cg_fail(CgFn *f, const char *fmt, ...)
{
	va_list ap;
	char msg[900];

	if (!f->failed) {
		va_start(ap, fmt);
		vsnprintf(msg, sizeof(msg), fmt, ap);
		va_end(ap);
		vitc_errf(f->err, "kernel '%s': %s", f->k ? f->k->name : "?", msg);
	}
	f->failed = 1;
	return -1;
}

/* Bind "name" to "v" in the innermost scope (shadowing outer bindings). */
void cg_bind(CgFn *f, const char *name, LLVMValueRef v)
{
	if (f->n_syms == CG_MAX_SYMS) {
		cg_fail(f, "loop nest deeper than %d", CG_MAX_SYMS);
		return;
	}
	f->syms[f->n_syms].name = arena_strdup(&f->m->arena, name);
	f->syms[f->n_syms].v = v;
	f->n_syms++;
}

LLVMValueRef cg_lookup(CgFn *f, const char *name)
{
	for (int i = f->n_syms - 1; i >= 0; i--)
		if (!strcmp(f->syms[i].name, name))
			return f->syms[i].v;
	return NULL;
}

LLVMValueRef cg_i64(CgFn *f, int64_t v)
{
	return LLVMConstInt(f->m->t_i64, (unsigned long long)v, 1);
}

LLVMValueRef cg_as_i64(CgFn *f, LLVMValueRef v)
{
	if (LLVMTypeOf(v) == f->m->t_i1)
		return LLVMBuildZExt(f->m->b, v, f->m->t_i64, "");
	return v;
}

static LLVMValueRef as_bool(CgFn *f, LLVMValueRef v)
{
	if (LLVMTypeOf(v) == f->m->t_i1)
		return v;
	return LLVMBuildICmp(f->m->b, LLVMIntNE, v, cg_i64(f, 0), "");
}

/* The integer value of an isl_ast_expr_int "e" in "out"; -1 if not one. */
int cg_expr_int(isl_ast_expr *e, int64_t *out)
{
	isl_val *v;
	int ok;

	if (isl_ast_expr_get_type(e) != isl_ast_expr_int)
		return -1;
	v = isl_ast_expr_get_val(e);
	ok = v && isl_val_is_int(v) == isl_bool_true &&
	     isl_val_eq_si(v, isl_val_get_num_si(v)) == isl_bool_true;
	if (ok)
		*out = isl_val_get_num_si(v);
	isl_val_free(v);
	return ok ? 0 : -1;
}

/* Does "name" equal the id of "e"? */
int cg_expr_is_id(isl_ast_expr *e, const char *name)
{
	isl_id *id;
	int r;

	if (isl_ast_expr_get_type(e) != isl_ast_expr_id)
		return 0;
	id = isl_ast_expr_get_id(e);
	r = id && isl_id_get_name(id) && !strcmp(isl_id_get_name(id), name);
	isl_id_free(id);
	return r;
}

/* Does expression "e" mention the identifier "name"? */
int cg_expr_uses(isl_ast_expr *e, const char *name)
{
	int n, r = 0;

	switch (isl_ast_expr_get_type(e)) {
	case isl_ast_expr_id:
		return cg_expr_is_id(e, name);
	case isl_ast_expr_op:
		n = isl_ast_expr_op_get_n_arg(e);
		for (int i = 0; i < n && !r; i++) {
			isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
			r = cg_expr_uses(a, name);
			isl_ast_expr_free(a);
		}
		return r;
	default:
		return 0;
	}
}

/* Floor division of "n" by "d" (d > 0) without the overflow of n-d+1. */
static LLVMValueRef fdiv_q(CgFn *f, LLVMValueRef n, LLVMValueRef d,
                           int64_t dc)
{
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef q, r, adj;

	if (dc > 0 && (dc & (dc - 1)) == 0)
		return LLVMBuildAShr(b, n, cg_i64(f, __builtin_ctzll((unsigned long long)dc)), "");
	q = LLVMBuildSDiv(b, n, d, "");
	r = LLVMBuildSRem(b, n, d, "");
	adj = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntNE, r, cg_i64(f, 0), ""),
	                   LLVMBuildICmp(b, LLVMIntSLT, n, cg_i64(f, 0), ""), "");
	return LLVMBuildSub(b, q, LLVMBuildZExt(b, adj, f->m->t_i64, ""), "");
}

/* Lower a binary op "op" of isl on the i64 values "x" and "y". */
static LLVMValueRef binop(CgFn *f, enum isl_ast_expr_op_type op,
                          LLVMValueRef x, LLVMValueRef y, int64_t yc, int yconst)
{
	LLVMBuilderRef b = f->m->b;
	int pow2 = yconst && yc > 0 && (yc & (yc - 1)) == 0;

	switch (op) {
	case isl_ast_expr_op_add: return LLVMBuildNSWAdd(b, x, y, "");
	case isl_ast_expr_op_sub: return LLVMBuildNSWSub(b, x, y, "");
	case isl_ast_expr_op_mul: return LLVMBuildNSWMul(b, x, y, "");
	case isl_ast_expr_op_div: return LLVMBuildExactSDiv(b, x, y, "");
	case isl_ast_expr_op_fdiv_q: return fdiv_q(f, x, y, yconst ? yc : 0);
	case isl_ast_expr_op_pdiv_q:
		return pow2 ? LLVMBuildLShr(b, x, cg_i64(f, __builtin_ctzll((unsigned long long)yc)), "")
		            : LLVMBuildUDiv(b, x, y, "");
	case isl_ast_expr_op_pdiv_r:
		return pow2 ? LLVMBuildAnd(b, x, cg_i64(f, yc - 1), "")
		            : LLVMBuildURem(b, x, y, "");
	case isl_ast_expr_op_zdiv_r: return LLVMBuildSRem(b, x, y, "");
	case isl_ast_expr_op_eq: return LLVMBuildICmp(b, LLVMIntEQ, x, y, "");
	case isl_ast_expr_op_le: return LLVMBuildICmp(b, LLVMIntSLE, x, y, "");
	case isl_ast_expr_op_lt: return LLVMBuildICmp(b, LLVMIntSLT, x, y, "");
	case isl_ast_expr_op_ge: return LLVMBuildICmp(b, LLVMIntSGE, x, y, "");
	case isl_ast_expr_op_gt: return LLVMBuildICmp(b, LLVMIntSGT, x, y, "");
	case isl_ast_expr_op_min:
		return LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, x, y, ""), x, y, "");
	case isl_ast_expr_op_max:
		return LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSGT, x, y, ""), x, y, "");
	default:
		return NULL;
	}
}

/* Lower the operation expression "e" (and/or, n-ary min/max, arithmetic). */
static LLVMValueRef op_expr(CgFn *f, isl_ast_expr *e)
{
	enum isl_ast_expr_op_type op = isl_ast_expr_op_get_type(e);
	int n = isl_ast_expr_op_get_n_arg(e);
	LLVMValueRef v[3] = {NULL, NULL, NULL};
	LLVMBuilderRef b = f->m->b;
	int64_t yc = 0;
	int yconst = 0;

	if (n < 1 || (n > 3 && op != isl_ast_expr_op_min && op != isl_ast_expr_op_max) ||
	    op == isl_ast_expr_op_call || op == isl_ast_expr_op_access ||
	    op == isl_ast_expr_op_member || op == isl_ast_expr_op_address_of)
		return cg_fail(f, "unsupported isl expression (op %d)", (int)op), NULL;
	if (op == isl_ast_expr_op_min || op == isl_ast_expr_op_max) {
		LLVMValueRef acc = NULL;
		for (int i = 0; i < n && !f->failed; i++) {
			isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
			LLVMValueRef x = cg_ast_expr(f, a);
			isl_ast_expr_free(a);
			if (x)
				acc = acc ? binop(f, op, acc, cg_as_i64(f, x), 0, 0) : cg_as_i64(f, x);
		}
		return f->failed ? NULL : acc;
	}
	for (int i = 0; i < n; i++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
		if (i == 1)
			yconst = !cg_expr_int(a, &yc);
		v[i] = cg_ast_expr(f, a);
		isl_ast_expr_free(a);
		if (!v[i])
			return NULL;
	}
	switch (op) {
	case isl_ast_expr_op_and:
	case isl_ast_expr_op_and_then:
		return LLVMBuildAnd(b, as_bool(f, v[0]), as_bool(f, v[1]), "");
	case isl_ast_expr_op_or:
	case isl_ast_expr_op_or_else:
		return LLVMBuildOr(b, as_bool(f, v[0]), as_bool(f, v[1]), "");
	case isl_ast_expr_op_minus:
		return LLVMBuildNSWNeg(b, cg_as_i64(f, v[0]), "");
	case isl_ast_expr_op_cond:
	case isl_ast_expr_op_select:
		if (n != 3)
			break;
		return LLVMBuildSelect(b, as_bool(f, v[0]), cg_as_i64(f, v[1]),
		                       cg_as_i64(f, v[2]), "");
	default:
		if (n != 2)
			break;
		return binop(f, op, cg_as_i64(f, v[0]), cg_as_i64(f, v[1]), yc, yconst);
	}
	return cg_fail(f, "unsupported isl expression (op %d, %d args)", (int)op, n), NULL;
}

/*
 * Lower the isl expression "e" (kept by the caller) to an i64 value (i1
 * for comparisons and and/or): identifiers are loop iterators or the
 * parameter N, bound with cg_bind.  NULL after cg_fail on anything else.
 */
LLVMValueRef cg_ast_expr(CgFn *f, isl_ast_expr *e)
{
	int64_t c;

	if (f->failed)
		return NULL;
	switch (isl_ast_expr_get_type(e)) {
	case isl_ast_expr_int:
		if (cg_expr_int(e, &c))
			return cg_fail(f, "isl integer out of range"), NULL;
		return cg_i64(f, c);
	case isl_ast_expr_id: {
		isl_id *id = isl_ast_expr_get_id(e);
		const char *name = isl_id_get_name(id);
		LLVMValueRef v = name ? cg_lookup(f, name) : NULL;
		if (!v)
			cg_fail(f, "unknown identifier '%s' in the AST", name ? name : "?");
		isl_id_free(id);
		return v;
	}
	case isl_ast_expr_op:
		return op_expr(f, e);
	default:
		return cg_fail(f, "bad isl expression"), NULL;
	}
}

void cg_loop_free(CgLoop *lb)
{
	isl_ast_expr_free(lb->cond);
	isl_ast_expr_free(lb->ub_expr);
}

/*
 * Read the iterator, init, increment and condition of the for node "node"
 * into "lb" (init is not evaluated).  The condition "iter <= e" or
 * "iter < e" with "e" free of "iter" gives "ub_expr"; any other condition
 * is evaluated per iteration.
 */
int cg_loop_bounds(CgFn *f, isl_ast_node *node, CgLoop *lb)
{
	isl_ast_expr *it = isl_ast_node_for_get_iterator(node);
	isl_ast_expr *inc = isl_ast_node_for_get_inc(node);
	isl_id *id = isl_ast_expr_get_id(it);
	int r = 0;

	memset(lb, 0, sizeof(*lb));
	snprintf(lb->iter, sizeof(lb->iter), "%s", id ? isl_id_get_name(id) : "?");
	isl_id_free(id);
	isl_ast_expr_free(it);
	if (cg_expr_int(inc, &lb->inc) || lb->inc <= 0)
		r = cg_fail(f, "loop '%s' has a non-constant or non-positive step", lb->iter);
	isl_ast_expr_free(inc);
	lb->cond = isl_ast_node_for_get_cond(node);
	if (isl_ast_expr_get_type(lb->cond) == isl_ast_expr_op &&
	    (isl_ast_expr_op_get_type(lb->cond) == isl_ast_expr_op_le ||
	     isl_ast_expr_op_get_type(lb->cond) == isl_ast_expr_op_lt)) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(lb->cond, 0);
		isl_ast_expr *b = isl_ast_expr_op_get_arg(lb->cond, 1);
		if (cg_expr_is_id(a, lb->iter) && !cg_expr_uses(b, lb->iter)) {
			lb->ub_expr = b;
			b = NULL;
			lb->ub_strict = isl_ast_expr_op_get_type(lb->cond) == isl_ast_expr_op_lt;
		}
		isl_ast_expr_free(a);
		isl_ast_expr_free(b);
	}
	return r;
}

/* Evaluate init (and the bound, if any) of "node" at the builder. */
int cg_loop_eval(CgFn *f, isl_ast_node *node, CgLoop *lb)
{
	isl_ast_expr *init = isl_ast_node_for_get_init(node);

	lb->lb = cg_ast_expr(f, init);
	isl_ast_expr_free(init);
	if (lb->lb)
		lb->lb = cg_as_i64(f, lb->lb);
	if (lb->ub_expr && lb->lb) {
		lb->ub = cg_ast_expr(f, lb->ub_expr);
		if (lb->ub) {
			lb->ub = cg_as_i64(f, lb->ub);
			if (lb->ub_strict)
				lb->ub = LLVMBuildNSWSub(f->m->b, lb->ub, cg_i64(f, 1), "");
		}
	}
	return f->failed ? -1 : 0;
}

/* The "continue?" test of a loop at iterator value "iv". */
static LLVMValueRef loop_test(CgFn *f, CgLoop *lb, LLVMValueRef iv)
{
	LLVMValueRef c;
	int mark = f->n_syms;

	if (lb->ub)
		return LLVMBuildICmp(f->m->b, LLVMIntSLE, iv, lb->ub, "");
	cg_bind(f, lb->iter, iv);
	c = cg_ast_expr(f, lb->cond);
	f->n_syms = mark;
	return c ? as_bool(f, c) : NULL;
}

/* The loop condition of "lb" for iterator value "iv" (i1), for device loops. */
LLVMValueRef cg_loop_test(CgFn *f, CgLoop *lb, LLVMValueRef iv)
{
	return loop_test(f, lb, iv);
}

/* Attach !llvm.loop { llvm.loop.vectorize.enable = true } to branch "br". */
static void loop_md_vectorize(CgModule *m, LLVMValueRef br)
{
	LLVMMetadataRef tmp = LLVMTemporaryMDNode(m->ctx, NULL, 0);
	LLVMMetadataRef kv[2] = {
		LLVMMDStringInContext2(m->ctx, "llvm.loop.vectorize.enable", 26),
		LLVMValueAsMetadata(LLVMConstInt(m->t_i1, 1, 0)),
	};
	LLVMMetadataRef en = LLVMMDNodeInContext2(m->ctx, kv, 2);
	LLVMMetadataRef ops[2] = {tmp, en};
	LLVMMetadataRef id = LLVMMDNodeInContext2(m->ctx, ops, 2);

	LLVMMetadataReplaceAllUsesWith(tmp, id);
	LLVMSetMetadata(br, m->md_loop, LLVMMetadataAsValue(m->ctx, id));
}

/* Does the subtree "node" contain a for node? */
int cg_has_for(isl_ast_node *node)
{
	int r = 0, n;
	isl_ast_node *c, *d;
	isl_ast_node_list *l;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_for:
		return 1;
	case isl_ast_node_mark:
		c = isl_ast_node_mark_get_node(node);
		r = cg_has_for(c);
		isl_ast_node_free(c);
		return r;
	case isl_ast_node_if:
		c = isl_ast_node_if_get_then_node(node);
		r = cg_has_for(c);
		isl_ast_node_free(c);
		if (!r && isl_ast_node_if_has_else_node(node) == isl_bool_true) {
			d = isl_ast_node_if_get_else_node(node);
			r = cg_has_for(d);
			isl_ast_node_free(d);
		}
		return r;
	case isl_ast_node_block:
		l = isl_ast_node_block_get_children(node);
		n = isl_ast_node_list_n_ast_node(l);
		for (int i = 0; i < n && !r; i++) {
			c = isl_ast_node_list_get_ast_node(l, i);
			r = cg_has_for(c);
			isl_ast_node_free(c);
		}
		isl_ast_node_list_free(l);
		return r;
	default:
		return 0;
	}
}

/*
 * Open a loop of "lb->iter" from lb->lb (evaluated) stepping lb->inc, in
 * rotated form: the guard branch, then the header with the iterator phi
 * bound to lb->iter.  The body goes at the builder; cg_loop_end closes it.
 */
int cg_loop_begin(CgFn *f, CgLoop *lb, CgLoopState *st)
{
	CgModule *m = f->m;
	LLVMValueRef enter;

	st->pre = LLVMGetInsertBlock(m->b);
	st->head = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "loop");
	st->exit = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endloop");
	st->mark = f->n_syms;
	enter = loop_test(f, lb, lb->lb);
	if (!enter)
		return -1;
	LLVMBuildCondBr(m->b, enter, st->head, st->exit);
	LLVMPositionBuilderAtEnd(m->b, st->head);
	st->iv = LLVMBuildPhi(m->b, m->t_i64, lb->iter);
	cg_bind(f, lb->iter, st->iv);
	return f->failed ? -1 : 0;
}

/*
 * Close the loop opened by cg_loop_begin: the latch (increment, test,
 * back edge; "md" attaches the vectorize hint) in the current block, which
 * st->latch records; the builder moves to the exit block.
 */
int cg_loop_end(CgFn *f, CgLoop *lb, CgLoopState *st, int md)
{
	CgModule *m = f->m;
	LLVMValueRef next, cont, br;

	f->n_syms = st->mark;
	st->latch = LLVMGetInsertBlock(m->b);
	next = LLVMBuildNSWAdd(m->b, st->iv, cg_i64(f, lb->inc), "");
	cont = loop_test(f, lb, next);
	if (!cont)
		return -1;
	br = LLVMBuildCondBr(m->b, cont, st->head, st->exit);
	if (md)
		loop_md_vectorize(m, br);
	LLVMAddIncoming(st->iv, &lb->lb, &st->pre, 1);
	LLVMAddIncoming(st->iv, &next, &st->latch, 1);
	LLVMPositionBuilderAtEnd(m->b, st->exit);
	return 0;
}

/* A loop (cg_loop_begin/end) around the AST "body". */
int cg_emit_loop(CgFn *f, CgLoop *lb, isl_ast_node *body, int md)
{
	CgLoopState st;

	if (cg_loop_begin(f, lb, &st) || emit_node(f, body, 0))
		return -1;
	return cg_loop_end(f, lb, &st, md);
}

/*
 * The for node below "node" through a chain of marks one of which is
 * "name" (a new reference), or NULL.
 */
isl_ast_node *cg_marked_for(isl_ast_node *node, const char *name)
{
	int seen = 0;

	node = isl_ast_node_copy(node);
	while (isl_ast_node_get_type(node) == isl_ast_node_mark) {
		isl_id *id = isl_ast_node_mark_get_id(node);
		isl_ast_node *c = isl_ast_node_mark_get_node(node);
		seen |= id && isl_id_get_name(id) && !strcmp(isl_id_get_name(id), name);
		isl_id_free(id);
		isl_ast_node_free(node);
		node = c;
	}
	if (seen && isl_ast_node_get_type(node) == isl_ast_node_for)
		return node;
	isl_ast_node_free(node);
	return NULL;
}

/* The body of the for node "node" with marks walked through. */
isl_ast_node *cg_skip_marks(isl_ast_node *node)
{
	while (isl_ast_node_get_type(node) == isl_ast_node_mark) {
		isl_ast_node *c = isl_ast_node_mark_get_node(node);
		isl_ast_node_free(node);
		node = c;
	}
	return node;
}

/* Statement of user node "node": S<id>(args) -> kernel statement id. */
const Stmt *cg_user_stmt(CgFn *f, isl_ast_expr *call)
{
	isl_ast_expr *fn;
	isl_id *id;
	const char *name;
	char *end;
	long sid = -1;

	if (isl_ast_expr_get_type(call) != isl_ast_expr_op ||
	    isl_ast_expr_op_get_type(call) != isl_ast_expr_op_call)
		return cg_fail(f, "user node is not a call"), NULL;
	fn = isl_ast_expr_op_get_arg(call, 0);
	id = isl_ast_expr_get_id(fn);
	name = id ? isl_id_get_name(id) : NULL;
	if (name && name[0] == 'S' && name[1])
		sid = strtol(name + 1, &end, 10);
	if (!name || name[0] != 'S' || !name[1] || *end || sid < 0 || sid >= f->k->n_stmts)
		cg_fail(f, "unknown statement '%s' in the AST", name ? name : "?");
	isl_id_free(id);
	isl_ast_expr_free(fn);
	if (f->failed)
		return NULL;
	if (isl_ast_expr_op_get_n_arg(call) - 1 != f->k->stmts[sid]->n_dims)
		return cg_fail(f, "S%ld has %d dims, the AST passes %d", sid,
		               f->k->stmts[sid]->n_dims,
		               (int)isl_ast_expr_op_get_n_arg(call) - 1), NULL;
	return f->k->stmts[sid];
}

/* Evaluate the dim arguments of "call" into "dims". */
int cg_user_dims(CgFn *f, isl_ast_expr *call, const Stmt *s, LLVMValueRef *dims)
{
	for (int d = 0; d < s->n_dims; d++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(call, d + 1);
		dims[d] = cg_ast_expr(f, a);
		isl_ast_expr_free(a);
		if (!dims[d])
			return -1;
		dims[d] = cg_as_i64(f, dims[d]);
	}
	return 0;
}

static int emit_user(CgFn *f, isl_ast_node *node)
{
	isl_ast_expr *call = isl_ast_node_user_get_expr(node);
	const Stmt *s = cg_user_stmt(f, call);
	LLVMValueRef dims[K_MAX_DIMS];
	LLVMBasicBlockRef run, done = NULL;
	unsigned left = f->gpu_mapped ? f->gpu_used & ~f->gpu_bound : 0;
	int r = -1;

	if (s && s->store.buf->kind == BUF_BARRIER) {   /* every thread of the block */
		isl_ast_expr_free(call);
		return f->m->target->barrier ? f->m->target->barrier(f) : 0;
	}

	if (left) {
		/* below no loop of these axes: index 0 of each runs it */
		LLVMValueRef c = NULL;
		for (int a = 0; a < SCH_GPU_N_AXES; a++) {
			LLVMValueRef z;
			if (!(left & (1u << a)))
				continue;
			z = LLVMBuildICmp(f->m->b, LLVMIntEQ, f->gpu_idx[a], cg_i64(f, 0), "");
			c = c ? LLVMBuildAnd(f->m->b, c, z, "") : z;
		}
		run = LLVMAppendBasicBlockInContext(f->m->ctx, f->fn, "index0");
		done = LLVMAppendBasicBlockInContext(f->m->ctx, f->fn, "endindex0");
		LLVMBuildCondBr(f->m->b, c, run, done);
		LLVMPositionBuilderAtEnd(f->m->b, run);
	}
	if (s && !cg_user_dims(f, call, s, dims))
		r = cg_emit_stmt(f, s, dims, NULL, 1, NULL);
	isl_ast_expr_free(call);
	if (!r && done) {
		LLVMBuildBr(f->m->b, done);
		LLVMPositionBuilderAtEnd(f->m->b, done);
	}
	return r;
}

/*
 * A for node bound to GPU axis "axis" (sched/gpu.c): block or thread v
 * runs the iteration whose value is v, if the loop takes that value (the
 * grid is the largest range of all loops on that axis).  The iterator is
 * the schedule value itself, so loops isl split apart, and sibling loops
 * on one axis, give each value to the same block or thread, as the
 * legality check (sch_gpu_check) assumed.
 */
static int emit_bound_for(CgFn *f, isl_ast_node *node, int axis)
{
	isl_ast_node *body = isl_ast_node_for_get_body(node);
	LLVMBasicBlockRef done;
	CgLoop lb;
	unsigned bound = f->gpu_bound;
	int r = -1, mark = f->n_syms;

	if (cg_loop_bounds(f, node, &lb) || cg_loop_eval(f, node, &lb) ||
	    !(done = cg_gpu_guard_open(f, &lb, axis)))
		goto out;
	r = emit_node(f, body, 0);
	cg_gpu_guard_close(f, done, bound, mark, r);
out:
	cg_loop_free(&lb);
	isl_ast_node_free(body);
	return r;
}

/*
 * Unroll the for node "node" (bounds "lb" read, not evaluated): when its
 * first and last values are constants, emit "body" once per value with the
 * iterator bound to it, as isl's unroll option would have (the schedule
 * layer marks unrolled loops instead, which keeps isl's AST build cheap).
 * 1 when the bounds are not constant (a partial tile): emit a loop.
 */
static int emit_unrolled(CgFn *f, isl_ast_node *node, CgLoop *lb,
                         isl_ast_node *body)
{
	isl_ast_expr *init = isl_ast_node_for_get_init(node);
	int64_t lo, hi;
	int r = 0, mark = f->n_syms;

	if (cg_expr_int(init, &lo) || !lb->ub_expr ||
	    cg_expr_int(lb->ub_expr, &hi)) {
		isl_ast_expr_free(init);
		return 1;
	}
	isl_ast_expr_free(init);
	hi -= lb->ub_strict;
	if (hi >= lo && (hi - lo) / lb->inc >= UNROLL_MAX)
		return 1;
	for (int64_t v = lo; v <= hi && !r; v += lb->inc) {
		cg_bind(f, lb->iter, cg_i64(f, v));
		r = emit_node(f, body, 0);
		f->n_syms = mark;
	}
	return r;
}

/* Does the target make vectors (else "vectorize" marks are plain loops)? */
static int vectors(CgFn *f)
{
	const Target *t = f->m->target;
	return !t->vector_lanes || t->vector_lanes(f->m) > 1;
}

/* Emit a for node; "marks" says which annotation marks sit above it. */
static int emit_for(CgFn *f, isl_ast_node *node, int marks)
{
	isl_ast_node *body = isl_ast_node_for_get_body(node);
	CgLoop lb;
	int r, mark = f->n_syms;

	if ((marks & MARK_BIND) && f->gpu_mapped) {
		isl_ast_node_free(body);
		return emit_bound_for(f, node, marks >> MARK_AXIS_SHIFT);
	}
	if (cg_loop_bounds(f, node, &lb))
		goto fail;
	if (isl_ast_node_for_is_degenerate(node) == isl_bool_true) {
		if (cg_loop_eval(f, node, &lb))
			goto fail;
		cg_bind(f, lb.iter, lb.lb);
		r = emit_node(f, body, 0);
		f->n_syms = mark;
		goto out;
	}
	if ((marks & MARK_UNROLL) && !f->m->target->no_unroll_marks) {
		r = emit_unrolled(f, node, &lb, body);
		if (r <= 0)
			goto out;
	}
	if ((marks & MARK_VEC) && vectors(f)) {
		r = cg_try_vector(f, node, &lb);
		if (r <= 0)
			goto out;
	}
	if ((marks & MARK_PAR) && !f->in_parallel && f->m->target->parallel_for) {
		r = f->m->target->parallel_for(f, node);
		if (r <= 0)
			goto out;
	}
	if (cg_loop_eval(f, node, &lb))
		goto fail;
	r = vectors(f) ? cg_try_vector_accumulate(f, &lb, body) : 1;
	if (r <= 0)
		goto out;
	r = cg_emit_loop(f, &lb, body, !cg_has_for(body));
	goto out;
fail:
	r = -1;
out:
	cg_loop_free(&lb);
	isl_ast_node_free(body);
	return r;
}

static int emit_if(CgFn *f, isl_ast_node *node)
{
	CgModule *m = f->m;
	isl_ast_expr *cond = isl_ast_node_if_get_cond(node);
	LLVMValueRef c = cg_ast_expr(f, cond);
	int has_else = isl_ast_node_if_has_else_node(node) == isl_bool_true;
	LLVMBasicBlockRef bt, be, bj;
	isl_ast_node *t;
	int r = -1;

	isl_ast_expr_free(cond);
	if (!c)
		return -1;
	bt = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "then");
	be = has_else ? LLVMAppendBasicBlockInContext(m->ctx, f->fn, "else") : NULL;
	bj = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endif");
	LLVMBuildCondBr(m->b, as_bool(f, c), bt, be ? be : bj);
	LLVMPositionBuilderAtEnd(m->b, bt);
	t = isl_ast_node_if_get_then_node(node);
	r = emit_node(f, t, 0);
	isl_ast_node_free(t);
	if (r)
		return -1;
	LLVMBuildBr(m->b, bj);
	if (be) {
		LLVMPositionBuilderAtEnd(m->b, be);
		t = isl_ast_node_if_get_else_node(node);
		r = emit_node(f, t, 0);
		isl_ast_node_free(t);
		if (r)
			return -1;
		LLVMBuildBr(m->b, bj);
	}
	LLVMPositionBuilderAtEnd(m->b, bj);
	return 0;
}

/*
 * A block's children in order.  Marks above the block apply to each child
 * (isl splits a marked loop into one loop per statement when their ranges
 * are disjoint).
 */
static int emit_block(CgFn *f, isl_ast_node *node, int marks)
{
	isl_ast_node_list *l = isl_ast_node_block_get_children(node);
	int n = isl_ast_node_list_n_ast_node(l), r = 0;

	for (int i = 0; i < n && !r; i++) {
		isl_ast_node *c = isl_ast_node_list_get_ast_node(l, i);
		r = emit_node(f, c, marks);
		isl_ast_node_free(c);
	}
	isl_ast_node_list_free(l);
	return r;
}

/*
 * A mark adds its meaning to "marks" for the for node(s) below it.  A
 * loop-name mark ("loop:<iter>") starts another loop: when it appears
 * below a parallel or vectorize mark, the marked loop had one iteration
 * and isl generated no for node for it, so the marks must not leak onto
 * the loops inside (a reduction loop run in parallel would race).
 */
static int emit_mark(CgFn *f, isl_ast_node *node, int marks)
{
	isl_id *id = isl_ast_node_mark_get_id(node);
	const char *name = id && isl_id_get_name(id) ? isl_id_get_name(id) : "";
	isl_ast_node *c = isl_ast_node_mark_get_node(node);
	int r;

	if (!strcmp(name, SCH_MARK_PARALLEL))
		marks |= MARK_PAR;
	else if (!strcmp(name, SCH_MARK_VECTORIZE))
		marks |= MARK_VEC;
	else if (!strcmp(name, SCH_MARK_UNROLL))
		marks |= MARK_UNROLL;
	else if (!strncmp(name, SCH_LOOP_PREFIX, strlen(SCH_LOOP_PREFIX)))
		marks = 0;
	else if (!strncmp(name, SCH_GPU_PREFIX, strlen(SCH_GPU_PREFIX))) {
		static const char *const axes[] = SCH_GPU_AXES;
		for (int a = 0; a < SCH_GPU_N_AXES; a++)
			if (!strcmp(name + strlen(SCH_GPU_PREFIX), axes[a]))
				marks = (marks & (MARK_BIND - 1)) | MARK_BIND | (a << MARK_AXIS_SHIFT);
	}
	isl_id_free(id);
	r = emit_node(f, c, marks);
	isl_ast_node_free(c);
	return r;
}

static int emit_node(CgFn *f, isl_ast_node *node, int marks)
{
	if (f->failed)
		return -1;
	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_for: return emit_for(f, node, marks);
	case isl_ast_node_if: return emit_if(f, node);
	case isl_ast_node_block: return emit_block(f, node, marks);
	case isl_ast_node_mark: return emit_mark(f, node, marks);
	case isl_ast_node_user: return emit_user(f, node);
	default: return cg_fail(f, "bad AST node");
	}
}

/*
 * Emit the AST "node" (kept) at the builder of "f".  Identifiers N and
 * any outer iterators must already be bound.
 */
int cg_emit_ast(CgFn *f, isl_ast_node *node)
{
	if (!node)
		return cg_fail(f, "no AST");
	return emit_node(f, node, 0) || f->failed ? -1 : 0;
}

