/*
 * ast_llvm.c - the isl AST walker shared by all targets: for, if, block,
 * mark and user nodes become LLVM control flow, isl expressions become
 * i64 arithmetic (the lowering table of docs isl-and-style.md A.4), and
 * "parallel"/"vectorize" marks go to the target hook or to the explicit
 * vector path.  Statement bodies are emitted by expr_llvm.c.
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

enum { MARK_PAR = 1, MARK_VEC = 2 };

/* Bounds of a for node: iterator "iter" from "lb" step "inc" while cond. */
typedef struct {
	char iter[64];
	int64_t inc;
	LLVMValueRef lb;
	LLVMValueRef ub;       /* inclusive upper bound, or NULL: use "cond" */
	isl_ast_expr *cond;    /* owned */
	isl_ast_expr *ub_expr; /* owned, the bound side of "cond" or NULL */
	int ub_strict;         /* cond is "<" rather than "<=" */
} LoopBounds;

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

static LLVMValueRef i64c(CgFn *f, int64_t v)
{
	return LLVMConstInt(f->m->t_i64, (unsigned long long)v, 1);
}

static LLVMValueRef as_i64(CgFn *f, LLVMValueRef v)
{
	if (LLVMTypeOf(v) == f->m->t_i1)
		return LLVMBuildZExt(f->m->b, v, f->m->t_i64, "");
	return v;
}

static LLVMValueRef as_bool(CgFn *f, LLVMValueRef v)
{
	if (LLVMTypeOf(v) == f->m->t_i1)
		return v;
	return LLVMBuildICmp(f->m->b, LLVMIntNE, v, i64c(f, 0), "");
}

/* The integer value of an isl_ast_expr_int "e" in "out"; -1 if not one. */
static int expr_int(isl_ast_expr *e, int64_t *out)
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
static int expr_is_id(isl_ast_expr *e, const char *name)
{
	isl_id *id;
	int r;

	if (isl_ast_expr_get_type(e) != isl_ast_expr_id)
		return 0;
	id = isl_ast_expr_get_id(e);
	r = id && !strcmp(isl_id_get_name(id), name);
	isl_id_free(id);
	return r;
}

/* Does expression "e" mention the identifier "name"? */
static int expr_uses(isl_ast_expr *e, const char *name)
{
	int n, r = 0;

	switch (isl_ast_expr_get_type(e)) {
	case isl_ast_expr_id:
		return expr_is_id(e, name);
	case isl_ast_expr_op:
		n = isl_ast_expr_op_get_n_arg(e);
		for (int i = 0; i < n && !r; i++) {
			isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
			r = expr_uses(a, name);
			isl_ast_expr_free(a);
		}
		return r;
	default:
		return 0;
	}
}

/*
 * The derivative of the affine expression "e" with respect to "iter" in
 * "out": e may add, subtract, negate and multiply by constants; any other
 * operation is fine only on subexpressions that do not mention "iter".
 * Returns -1 when "e" is not affine in "iter".
 */
static int expr_deriv(isl_ast_expr *e, const char *iter, int64_t *out)
{
	enum isl_ast_expr_op_type op;
	isl_ast_expr *a, *b;
	int64_t da = 0, db = 0, c;
	int r = 0;

	*out = 0;
	if (isl_ast_expr_get_type(e) != isl_ast_expr_op) {
		*out = expr_is_id(e, iter);
		return 0;
	}
	if (!expr_uses(e, iter))
		return 0;
	op = isl_ast_expr_op_get_type(e);
	if (op == isl_ast_expr_op_minus) {
		a = isl_ast_expr_op_get_arg(e, 0);
		r = expr_deriv(a, iter, &da);
		isl_ast_expr_free(a);
		*out = -da;
		return r;
	}
	if (op != isl_ast_expr_op_add && op != isl_ast_expr_op_sub &&
	    op != isl_ast_expr_op_mul)
		return -1;
	a = isl_ast_expr_op_get_arg(e, 0);
	b = isl_ast_expr_op_get_arg(e, 1);
	if (op == isl_ast_expr_op_mul) {
		if (!expr_int(a, &c))
			r = expr_deriv(b, iter, &db), *out = c * db;
		else if (!expr_int(b, &c))
			r = expr_deriv(a, iter, &da), *out = c * da;
		else
			r = -1;
	} else {
		r = expr_deriv(a, iter, &da) | expr_deriv(b, iter, &db);
		*out = op == isl_ast_expr_op_add ? da + db : da - db;
	}
	isl_ast_expr_free(a);
	isl_ast_expr_free(b);
	return r;
}

/* Floor division of "n" by "d" (d > 0) without the overflow of n-d+1. */
static LLVMValueRef fdiv_q(CgFn *f, LLVMValueRef n, LLVMValueRef d,
                           int64_t dc)
{
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef q, r, adj;

	if (dc > 0 && (dc & (dc - 1)) == 0)
		return LLVMBuildAShr(b, n, i64c(f, __builtin_ctzll((unsigned long long)dc)), "");
	q = LLVMBuildSDiv(b, n, d, "");
	r = LLVMBuildSRem(b, n, d, "");
	adj = LLVMBuildAnd(b, LLVMBuildICmp(b, LLVMIntNE, r, i64c(f, 0), ""),
	                   LLVMBuildICmp(b, LLVMIntSLT, n, i64c(f, 0), ""), "");
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
		return pow2 ? LLVMBuildLShr(b, x, i64c(f, __builtin_ctzll((unsigned long long)yc)), "")
		            : LLVMBuildUDiv(b, x, y, "");
	case isl_ast_expr_op_pdiv_r:
		return pow2 ? LLVMBuildAnd(b, x, i64c(f, yc - 1), "")
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
				acc = acc ? binop(f, op, acc, as_i64(f, x), 0, 0) : as_i64(f, x);
		}
		return f->failed ? NULL : acc;
	}
	for (int i = 0; i < n; i++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
		if (i == 1)
			yconst = !expr_int(a, &yc);
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
		return LLVMBuildNSWNeg(b, as_i64(f, v[0]), "");
	case isl_ast_expr_op_cond:
	case isl_ast_expr_op_select:
		if (n != 3)
			break;
		return LLVMBuildSelect(b, as_bool(f, v[0]), as_i64(f, v[1]),
		                       as_i64(f, v[2]), "");
	default:
		if (n != 2)
			break;
		return binop(f, op, as_i64(f, v[0]), as_i64(f, v[1]), yc, yconst);
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
		if (expr_int(e, &c))
			return cg_fail(f, "isl integer out of range"), NULL;
		return i64c(f, c);
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

static void bounds_free(LoopBounds *lb)
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
static int loop_bounds(CgFn *f, isl_ast_node *node, LoopBounds *lb)
{
	isl_ast_expr *it = isl_ast_node_for_get_iterator(node);
	isl_ast_expr *inc = isl_ast_node_for_get_inc(node);
	isl_id *id = isl_ast_expr_get_id(it);
	int r = 0;

	memset(lb, 0, sizeof(*lb));
	snprintf(lb->iter, sizeof(lb->iter), "%s", id ? isl_id_get_name(id) : "?");
	isl_id_free(id);
	isl_ast_expr_free(it);
	if (expr_int(inc, &lb->inc) || lb->inc <= 0)
		r = cg_fail(f, "loop '%s' has a non-constant or non-positive step", lb->iter);
	isl_ast_expr_free(inc);
	lb->cond = isl_ast_node_for_get_cond(node);
	if (isl_ast_expr_get_type(lb->cond) == isl_ast_expr_op &&
	    (isl_ast_expr_op_get_type(lb->cond) == isl_ast_expr_op_le ||
	     isl_ast_expr_op_get_type(lb->cond) == isl_ast_expr_op_lt)) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(lb->cond, 0);
		isl_ast_expr *b = isl_ast_expr_op_get_arg(lb->cond, 1);
		if (expr_is_id(a, lb->iter) && !expr_uses(b, lb->iter)) {
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
static int loop_eval(CgFn *f, isl_ast_node *node, LoopBounds *lb)
{
	isl_ast_expr *init = isl_ast_node_for_get_init(node);

	lb->lb = cg_ast_expr(f, init);
	isl_ast_expr_free(init);
	if (lb->lb)
		lb->lb = as_i64(f, lb->lb);
	if (lb->ub_expr && lb->lb) {
		lb->ub = cg_ast_expr(f, lb->ub_expr);
		if (lb->ub) {
			lb->ub = as_i64(f, lb->ub);
			if (lb->ub_strict)
				lb->ub = LLVMBuildNSWSub(f->m->b, lb->ub, i64c(f, 1), "");
		}
	}
	return f->failed ? -1 : 0;
}

/* The "continue?" test of a loop at iterator value "iv". */
static LLVMValueRef loop_test(CgFn *f, LoopBounds *lb, LLVMValueRef iv)
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
static int has_for(isl_ast_node *node)
{
	int r = 0, n;
	isl_ast_node *c, *d;
	isl_ast_node_list *l;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_for:
		return 1;
	case isl_ast_node_mark:
		c = isl_ast_node_mark_get_node(node);
		r = has_for(c);
		isl_ast_node_free(c);
		return r;
	case isl_ast_node_if:
		c = isl_ast_node_if_get_then_node(node);
		r = has_for(c);
		isl_ast_node_free(c);
		if (!r && isl_ast_node_if_has_else_node(node) == isl_bool_true) {
			d = isl_ast_node_if_get_else_node(node);
			r = has_for(d);
			isl_ast_node_free(d);
		}
		return r;
	case isl_ast_node_block:
		l = isl_ast_node_block_get_children(node);
		n = isl_ast_node_list_n_ast_node(l);
		for (int i = 0; i < n && !r; i++) {
			c = isl_ast_node_list_get_ast_node(l, i);
			r = has_for(c);
			isl_ast_node_free(c);
		}
		isl_ast_node_list_free(l);
		return r;
	default:
		return 0;
	}
}

/*
 * Emit a loop of "lb->iter" from lb->lb while loop_test holds, stepping
 * lb->inc, around the AST "body", in rotated form (guard, body, latch).
 * "md" attaches the vectorize hint to the latch branch.
 */
static int emit_loop(CgFn *f, LoopBounds *lb, isl_ast_node *body, int md)
{
	CgModule *m = f->m;
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(m->b);
	LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "loop");
	LLVMBasicBlockRef exit = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endloop");
	LLVMValueRef enter, iv, next, cont, br;
	LLVMBasicBlockRef latch;
	int mark = f->n_syms;

	enter = loop_test(f, lb, lb->lb);
	if (!enter)
		return -1;
	LLVMBuildCondBr(m->b, enter, head, exit);
	LLVMPositionBuilderAtEnd(m->b, head);
	iv = LLVMBuildPhi(m->b, m->t_i64, lb->iter);
	cg_bind(f, lb->iter, iv);
	if (emit_node(f, body, 0))
		return -1;
	f->n_syms = mark;
	latch = LLVMGetInsertBlock(m->b);
	next = LLVMBuildNSWAdd(m->b, iv, i64c(f, lb->inc), "");
	cont = loop_test(f, lb, next);
	if (!cont)
		return -1;
	br = LLVMBuildCondBr(m->b, cont, head, exit);
	if (md)
		loop_md_vectorize(m, br);
	LLVMAddIncoming(iv, &lb->lb, &pre, 1);
	LLVMAddIncoming(iv, &next, &latch, 1);
	LLVMPositionBuilderAtEnd(m->b, exit);
	return 0;
}

/* The body of the for node "node" with marks walked through. */
static isl_ast_node *skip_marks(isl_ast_node *node)
{
	while (isl_ast_node_get_type(node) == isl_ast_node_mark) {
		isl_ast_node *c = isl_ast_node_mark_get_node(node);
		isl_ast_node_free(node);
		node = c;
	}
	return node;
}

/* Statement of user node "node": S<id>(args) -> kernel statement id. */
static const Stmt *user_stmt(CgFn *f, isl_ast_expr *call)
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
static int user_dims(CgFn *f, isl_ast_expr *call, const Stmt *s, LLVMValueRef *dims)
{
	for (int d = 0; d < s->n_dims; d++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(call, d + 1);
		dims[d] = cg_ast_expr(f, a);
		isl_ast_expr_free(a);
		if (!dims[d])
			return -1;
		dims[d] = as_i64(f, dims[d]);
	}
	return 0;
}

static int emit_user(CgFn *f, isl_ast_node *node)
{
	isl_ast_expr *call = isl_ast_node_user_get_expr(node);
	const Stmt *s = user_stmt(f, call);
	LLVMValueRef dims[K_MAX_DIMS];
	int r = -1;

	if (s && !user_dims(f, call, s, dims))
		r = cg_emit_stmt(f, s, dims, NULL, 1, NULL);
	isl_ast_expr_free(call);
	return r;
}

/*
 * The largest value the upper bound "e" can take when it is a constant or
 * min(constant, ...): the vector path needs a constant lane count.
 */
static int vec_bound(isl_ast_expr *e, int64_t *hi)
{
	int n, found = 0;
	int64_t c;

	if (!expr_int(e, hi))
		return 0;
	if (isl_ast_expr_get_type(e) != isl_ast_expr_op ||
	    isl_ast_expr_op_get_type(e) != isl_ast_expr_op_min)
		return -1;
	n = isl_ast_expr_op_get_n_arg(e);
	for (int i = 0; i < n; i++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
		if (!expr_int(a, &c) && (!found || c < *hi))
			*hi = c, found = 1;
		isl_ast_expr_free(a);
	}
	return found ? 0 : -1;
}

/*
 * The active lanes of a vector loop from "lo" whose bound "lb->ub_expr"
 * may stop it before "v" lanes: lane l runs iff lo + l <= ub.  Returns the
 * <v x i1> mask and, in "trips", the number of iterations.
 */
static LLVMValueRef lane_mask(CgFn *f, LoopBounds *lb, int64_t lo, int v,
                              LLVMValueRef *trips)
{
	CgModule *m = f->m;
	LLVMValueRef ub = cg_ast_expr(f, lb->ub_expr), iota[64], n, sp, mask;
	LLVMTypeRef vt = LLVMVectorType(m->t_i64, (unsigned)v);

	if (!ub)
		return NULL;
	n = LLVMBuildNSWSub(m->b, as_i64(f, ub), i64c(f, lo - !lb->ub_strict), "");
	for (int i = 0; i < v; i++)
		iota[i] = i64c(f, i);
	sp = LLVMBuildInsertElement(m->b, LLVMGetUndef(vt), n, LLVMConstInt(m->t_i32, 0, 0), "");
	sp = LLVMBuildShuffleVector(m->b, sp, LLVMGetUndef(vt),
	                            LLVMConstNull(LLVMVectorType(m->t_i32, (unsigned)v)), "");
	mask = LLVMBuildICmp(m->b, LLVMIntSLT, LLVMConstVector(iota, (unsigned)v), sp, "lanes");
	*trips = n;
	return mask;
}

/*
 * The step per iteration of "iter" of each dim argument of the user node
 * "call" of "s"; -1 when some argument is not affine in "iter".
 */
static int call_steps(isl_ast_expr *call, const Stmt *s, const char *iter, int64_t *step)
{
	int bad = 0;

	for (int d = 0; d < s->n_dims && !bad; d++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(call, d + 1);
		bad = expr_deriv(a, iter, &step[d]);
		isl_ast_expr_free(a);
	}
	return bad ? -1 : 0;
}

/*
 * Emit the for node "node" under a "vectorize" mark as one instance of
 * its single statement on <V x float>, when the loop runs from a constant
 * start with step 1 at most T <= 64 times (a constant bound, or
 * min(constant, ...)), V = T rounded up to a power of 2, and every access
 * moves by 0 or 1 element per iteration.  Lanes past the bound are masked
 * (masked loads/stores, identity in reductions).  Returns 1 when the loop
 * does not qualify.
 */
static int try_vector(CgFn *f, isl_ast_node *node, LoopBounds *lb)
{
	CgModule *m = f->m;
	isl_ast_expr *init = isl_ast_node_for_get_init(node);
	isl_ast_node *body = NULL;
	isl_ast_expr *call = NULL;
	int64_t lo = 0, hi = 0, t, c, step[K_MAX_DIMS];
	LLVMValueRef dims[K_MAX_DIMS], mask = NULL, trips = NULL;
	LLVMBasicBlockRef run = NULL, done = NULL;
	const Stmt *s = NULL;
	const char *why;
	int r = 1, v = 2, mark = f->n_syms;

	if (expr_int(init, &lo) || lb->inc != 1 || !lb->ub_expr || vec_bound(lb->ub_expr, &hi))
		goto out;
	t = hi - lo + !lb->ub_strict;
	if (t < 1 || t > 64)
		goto out;
	while (v < t)
		v *= 2;
	body = skip_marks(isl_ast_node_for_get_body(node));
	if (isl_ast_node_get_type(body) != isl_ast_node_user)
		goto out;
	call = isl_ast_node_user_get_expr(body);
	if (!(s = user_stmt(f, call)))
		goto fail;
	if (call_steps(call, s, lb->iter, step) || !cg_stmt_vectorizable(s, step, &why))
		goto out;
	if (expr_int(lb->ub_expr, &c) || t < v) {
		if (!(mask = lane_mask(f, lb, lo, v, &trips)))
			goto fail;
		run = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "vec");
		done = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endvec");
		LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, trips, i64c(f, 0), ""), run, done);
		LLVMPositionBuilderAtEnd(m->b, run);
	}
	cg_bind(f, lb->iter, i64c(f, lo));
	if (user_dims(f, call, s, dims) || cg_emit_stmt(f, s, dims, step, v, mask))
		goto fail;
	if (done) {
		LLVMBuildBr(m->b, done);
		LLVMPositionBuilderAtEnd(m->b, done);
	}
	r = 0;
	goto out;
fail:
	r = -1;
out:
	f->n_syms = mark;
	isl_ast_expr_free(init);
	isl_ast_expr_free(call);
	isl_ast_node_free(body);
	return r;
}

/* Emit a for node; "marks" says whether parallel/vectorize marks sit above it. */
static int emit_for(CgFn *f, isl_ast_node *node, int marks)
{
	isl_ast_node *body = isl_ast_node_for_get_body(node);
	LoopBounds lb;
	int r, mark = f->n_syms;

	if (loop_bounds(f, node, &lb))
		goto fail;
	if (isl_ast_node_for_is_degenerate(node) == isl_bool_true) {
		if (loop_eval(f, node, &lb))
			goto fail;
		cg_bind(f, lb.iter, lb.lb);
		r = emit_node(f, body, 0);
		f->n_syms = mark;
		goto out;
	}
	if (marks & MARK_VEC) {
		r = try_vector(f, node, &lb);
		if (r <= 0)
			goto out;
	}
	if ((marks & MARK_PAR) && !f->in_parallel && f->m->target->parallel_for) {
		r = f->m->target->parallel_for(f, node);
		if (r <= 0)
			goto out;
	}
	if (loop_eval(f, node, &lb))
		goto fail;
	r = emit_loop(f, &lb, body, !has_for(body));
	goto out;
fail:
	r = -1;
out:
	bounds_free(&lb);
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
 * A mark adds its meaning to "marks" for the for node(s) below it; other
 * marks (loop names) pass them on.
 */
static int emit_mark(CgFn *f, isl_ast_node *node, int marks)
{
	isl_id *id = isl_ast_node_mark_get_id(node);
	const char *name = id ? isl_id_get_name(id) : "";
	isl_ast_node *c = isl_ast_node_mark_get_node(node);
	int r;

	if (!strcmp(name, "parallel"))
		marks |= MARK_PAR;
	else if (!strcmp(name, "vectorize"))
		marks |= MARK_VEC;
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

/* An alloca of type "t" in the entry block of "f" (static stack slot). */
static LLVMValueRef entry_alloca(CgFn *f, LLVMTypeRef t, const char *name)
{
	LLVMBuilderRef b = LLVMCreateBuilderInContext(f->m->ctx);
	LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(f->fn);
	LLVMValueRef first = LLVMGetFirstInstruction(entry), a;

	if (first)
		LLVMPositionBuilderBefore(b, first);
	else
		LLVMPositionBuilderAtEnd(b, entry);
	a = LLVMBuildAlloca(b, t, name);
	LLVMDisposeBuilder(b);
	return a;
}

/*
 * The function that runs iterations [begin, end) of the parallel loop
 * "node": its parameters are the root buffers (noalias as in "f"), the
 * host, every name bound in "f", then begin and end.  It re-evaluates the
 * loop's start in its own scope.
 */
static LLVMValueRef outline_body(CgFn *f, isl_ast_node *node, const char *name)
{
	CgModule *m = f->m;
	int np = f->n_roots + 1 + f->n_syms + 2;
	LLVMTypeRef *pt = arena_calloc(&m->arena, (size_t)np, sizeof(*pt));
	LLVMValueRef *rv = arena_calloc(&m->arena, (size_t)f->n_roots + 1, sizeof(*rv));
	LLVMValueRef fn, first, last, begin, end;
	isl_ast_node *body = isl_ast_node_for_get_body(node);
	LoopBounds lb;
	CgFn g = *f;
	int i, r;

	for (i = 0; i <= f->n_roots; i++)
		pt[i] = m->t_ptr;
	for (; i < np; i++)
		pt[i] = m->t_i64;
	fn = LLVMAddFunction(m->mod, name, LLVMFunctionType(m->t_void, pt, (unsigned)np, 0));
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	cg_common_fn_attrs(m, fn);
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
	        LLVMCreateEnumAttribute(m->ctx, LLVMGetEnumAttributeKindForName("alwaysinline", 12), 0));
	for (i = 0; i < f->n_roots; i++) {
		rv[i] = LLVMGetParam(fn, (unsigned)i);
		if (f->noalias[i])
			LLVMAddAttributeAtIndex(fn, (unsigned)i + 1,
			        LLVMCreateEnumAttribute(m->ctx, LLVMGetEnumAttributeKindForName("noalias", 7), 0));
	}
	LLVMPositionBuilderAtEnd(m->b, LLVMAppendBasicBlockInContext(m->ctx, fn, "entry"));
	g.fn = fn;
	g.n_syms = 0;
	g.in_parallel = 1;
	g.host = LLVMGetParam(fn, (unsigned)f->n_roots);
	cg_bind_buffers(&g, rv);
	for (i = 0; i < f->n_syms; i++)
		cg_bind(&g, f->syms[i].name, LLVMGetParam(fn, (unsigned)(f->n_roots + 1 + i)));
	g.n = cg_lookup(&g, "N");
	begin = LLVMGetParam(fn, (unsigned)np - 2);
	end = LLVMGetParam(fn, (unsigned)np - 1);
	r = loop_bounds(&g, node, &lb) || loop_eval(&g, node, &lb);
	if (!r) {
		first = LLVMBuildNSWAdd(m->b, lb.lb, LLVMBuildNSWMul(m->b, begin, i64c(f, lb.inc), ""), "");
		last = LLVMBuildNSWAdd(m->b, lb.lb, LLVMBuildNSWMul(m->b,
		        LLVMBuildNSWSub(m->b, end, i64c(f, 1), ""), i64c(f, lb.inc), ""), "");
		lb.lb = first;
		lb.ub = last;
		r = emit_loop(&g, &lb, body, !has_for(body));
		LLVMBuildRetVoid(m->b);
	}
	bounds_free(&lb);
	isl_ast_node_free(body);
	if (r || g.failed)
		f->failed = 1;
	return f->failed ? NULL : fn;
}

/*
 * The task entry body(closure, begin, end) for the runtime: it loads the
 * closure's slots (laid out as "cl_ty") and calls the outlined "inner".
 */
static LLVMValueRef outline_trampoline(CgFn *f, LLVMValueRef inner,
                                       LLVMTypeRef cl_ty, int nslot,
                                       const char *name)
{
	CgModule *m = f->m;
	LLVMValueRef fn = LLVMAddFunction(m->mod, name, m->t_task);
	LLVMValueRef *args = arena_calloc(&m->arena, (size_t)nslot + 2, sizeof(*args));
	LLVMValueRef cl = LLVMGetParam(fn, 0);

	LLVMSetLinkage(fn, LLVMInternalLinkage);
	cg_common_fn_attrs(m, fn);
	LLVMPositionBuilderAtEnd(m->b, LLVMAppendBasicBlockInContext(m->ctx, fn, "entry"));
	for (int i = 0; i < nslot; i++) {
		LLVMValueRef p = LLVMBuildStructGEP2(m->b, cl_ty, cl, (unsigned)i, "");
		args[i] = LLVMBuildLoad2(m->b, LLVMStructGetTypeAtIndex(cl_ty, (unsigned)i), p, "");
	}
	args[nslot] = LLVMGetParam(fn, 1);
	args[nslot + 1] = LLVMGetParam(fn, 2);
	LLVMBuildCall2(m->b, LLVMGlobalGetValueType(inner), inner, args,
	               (unsigned)nslot + 2, "");
	LLVMBuildRetVoid(m->b);
	return fn;
}

/*
 * Outline the for node "node" (under a "parallel" mark) into a task that
 * runs iterations [begin, end) of its trip count, and call
 * host->parallel_for(host->pool, trips, task, &closure) when trips > 0.
 * The closure (a stack struct) holds the root buffer pointers, the host
 * and every bound name (N and the outer iterators).  Returns 1, emitting
 * nothing, when the loop has no "iter <= bound" condition.
 */
int cg_outline_parallel(CgFn *f, isl_ast_node *node)
{
	CgModule *m = f->m;
	int nslot = f->n_roots + 1 + f->n_syms, id = m->n_outlined++;
	LLVMTypeRef *st = arena_calloc(&m->arena, (size_t)nslot, sizeof(*st));
	LLVMTypeRef cl_ty, pf_ty, pf_args[4] = {m->t_ptr, m->t_i64, m->t_ptr, m->t_ptr};
	LLVMValueRef inner, task, cl, trips, pool, pf, args[4];
	LLVMBasicBlockRef here, run, done;
	char name[96];
	LoopBounds lb;
	int i;

	if (loop_bounds(f, node, &lb))
		return bounds_free(&lb), -1;
	if (!lb.ub_expr)
		return bounds_free(&lb), 1;
	if (loop_eval(f, node, &lb))
		return bounds_free(&lb), -1;
	trips = LLVMBuildSDiv(m->b, LLVMBuildNSWSub(m->b, lb.ub, lb.lb, ""), i64c(f, lb.inc), "");
	trips = LLVMBuildNSWAdd(m->b, trips, i64c(f, 1), "trips");
	bounds_free(&lb);
	for (i = 0; i <= f->n_roots; i++)
		st[i] = m->t_ptr;
	for (; i < nslot; i++)
		st[i] = m->t_i64;
	cl_ty = LLVMStructTypeInContext(m->ctx, st, (unsigned)nslot, 0);
	here = LLVMGetInsertBlock(m->b);
	snprintf(name, sizeof(name), "vitc_k%d_par%d_body", f->k->id, id);
	if (!(inner = outline_body(f, node, name)))
		return -1;
	snprintf(name, sizeof(name), "vitc_k%d_par%d", f->k->id, id);
	task = outline_trampoline(f, inner, cl_ty, nslot, name);
	LLVMPositionBuilderAtEnd(m->b, here);
	run = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "par");
	done = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endpar");
	LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, trips, i64c(f, 0), ""), run, done);
	LLVMPositionBuilderAtEnd(m->b, run);
	cl = entry_alloca(f, cl_ty, "closure");
	for (i = 0; i < nslot; i++) {
		LLVMValueRef v = i < f->n_roots ? f->bufs[f->roots[i]]
		               : i == f->n_roots ? f->host : f->syms[i - f->n_roots - 1].v;
		LLVMBuildStore(m->b, v, LLVMBuildStructGEP2(m->b, cl_ty, cl, (unsigned)i, ""));
	}
	pool = LLVMBuildLoad2(m->b, m->t_ptr, LLVMBuildStructGEP2(m->b, m->t_host, f->host, 0, ""), "pool");
	pf = LLVMBuildLoad2(m->b, m->t_ptr, LLVMBuildStructGEP2(m->b, m->t_host, f->host, 2, ""), "parallel_for");
	pf_ty = LLVMFunctionType(m->t_void, pf_args, 4, 0);
	args[0] = pool;
	args[1] = trips;
	args[2] = task;
	args[3] = cl;
	LLVMBuildCall2(m->b, pf_ty, pf, args, 4, "");
	LLVMBuildBr(m->b, done);
	LLVMPositionBuilderAtEnd(m->b, done);
	return 0;
}
