/*
 * vector_llvm.c - the explicit vector path: a for node under a
 * "vectorize" mark becomes one instance of its statement on <V x T>
 * vectors (T = float, i32 or i64 per subexpression; expr_llvm.c does the
 * lanes), with a lane mask when the loop may stop before V, and a lane
 * reduction (a store that does not move along the loop) keeps a vector
 * accumulator across the loop around it.  Loops that do not qualify (a
 * bound that is not a constant, e.g. a run-time parameter; strided or
 * scattered stores) fall back to a scalar loop with the vectorize hint.
 */
#include <string.h>

#include <isl/ast.h>

#include "backends/cg.h"
#include "sched/marks.h"

/*
 * The derivative of the affine expression "e" with respect to "iter" in
 * "out": e may add, subtract, negate and multiply by constants; any other
 * operation is fine only on subexpressions that do not mention "iter".
 * Returns -1 when "e" is not affine in "iter".
 */
int cg_expr_deriv(isl_ast_expr *e, const char *iter, int64_t *out)
{
	enum isl_ast_expr_op_type op;
	isl_ast_expr *a, *b;
	int64_t da = 0, db = 0, c;
	int r = 0;

	*out = 0;
	if (isl_ast_expr_get_type(e) != isl_ast_expr_op) {
		*out = cg_expr_is_id(e, iter);
		return 0;
	}
	if (!cg_expr_uses(e, iter))
		return 0;
	op = isl_ast_expr_op_get_type(e);
	if (op == isl_ast_expr_op_minus) {
		a = isl_ast_expr_op_get_arg(e, 0);
		r = cg_expr_deriv(a, iter, &da);
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
		if (!cg_expr_int(a, &c))
			r = cg_expr_deriv(b, iter, &db), *out = c * db;
		else if (!cg_expr_int(b, &c))
			r = cg_expr_deriv(a, iter, &da), *out = c * da;
		else
			r = -1;
	} else {
		r = cg_expr_deriv(a, iter, &da) | cg_expr_deriv(b, iter, &db);
		*out = op == isl_ast_expr_op_add ? da + db : da - db;
	}
	isl_ast_expr_free(a);
	isl_ast_expr_free(b);
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

	if (!cg_expr_int(e, hi))
		return 0;
	if (isl_ast_expr_get_type(e) != isl_ast_expr_op ||
	    isl_ast_expr_op_get_type(e) != isl_ast_expr_op_min)
		return -1;
	n = isl_ast_expr_op_get_n_arg(e);
	for (int i = 0; i < n; i++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
		if (!cg_expr_int(a, &c) && (!found || c < *hi))
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
static LLVMValueRef lane_mask(CgFn *f, CgLoop *lb, int64_t lo, int v,
                              LLVMValueRef *trips)
{
	CgModule *m = f->m;
	LLVMValueRef ub = cg_ast_expr(f, lb->ub_expr), iota[64], n, n32, sp;
	LLVMTypeRef vt = LLVMVectorType(m->t_i32, (unsigned)v);

	if (!ub)
		return NULL;
	n = LLVMBuildNSWSub(m->b, cg_as_i64(f, ub), cg_i64(f, lo - !lb->ub_strict), "");
	n32 = LLVMBuildSelect(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, n, cg_i64(f, v), ""),
	                      cg_i64(f, v), n, "");
	n32 = LLVMBuildTrunc(m->b, n32, m->t_i32, "");
	for (int i = 0; i < v; i++)
		iota[i] = LLVMConstInt(m->t_i32, (unsigned long long)i, 0);
	sp = LLVMBuildInsertElement(m->b, LLVMGetUndef(vt), n32, LLVMConstInt(m->t_i32, 0, 0), "");
	sp = LLVMBuildShuffleVector(m->b, sp, LLVMGetUndef(vt),
	                            LLVMConstNull(LLVMVectorType(m->t_i32, (unsigned)v)), "");
	*trips = n;
	return LLVMBuildICmp(m->b, LLVMIntSLT, LLVMConstVector(iota, (unsigned)v), sp, "lanes");
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
		bad = cg_expr_deriv(a, iter, &step[d]);
		isl_ast_expr_free(a);
	}
	return bad ? -1 : 0;
}

/* How a for node runs as one vector instance of its statement. */
typedef struct {
	const Stmt *s;
	isl_ast_expr *call;          /* the user node's call, owned */
	int64_t lo;                  /* constant start */
	int64_t step[K_MAX_DIMS];    /* per dim, per iteration */
	int v;                       /* lanes: the trip bound rounded up to 2^k */
	int masked;                  /* some lanes may be inactive */
	int full;                    /* masked, but all v lanes may run too */
} VecPlan;

static void plan_free(VecPlan *vp)
{
	isl_ast_expr_free(vp->call);
}

/*
 * Can the for node "node" (bounds "lb") run as one vector instance?  It
 * must start at a constant, step by 1, run at most T <= 64 times (a
 * constant bound or min(constant, ...)), and its body be one user node
 * whose accesses move by 0 or 1 element per iteration.  Returns 0 and
 * fills "vp", 1 when it does not qualify, -1 on error.
 */
static int plan(CgFn *f, isl_ast_node *node, CgLoop *lb, VecPlan *vp)
{
	isl_ast_expr *init = isl_ast_node_for_get_init(node);
	isl_ast_node *body = NULL;
	int64_t hi = 0, t, c;
	const char *why;
	int r = 1;

	memset(vp, 0, sizeof(*vp));
	vp->v = 2;
	if (cg_expr_int(init, &vp->lo) || lb->inc != 1 || !lb->ub_expr || vec_bound(lb->ub_expr, &hi))
		goto out;
	t = hi - vp->lo + !lb->ub_strict;
	if (t < 1 || t > 64)
		goto out;
	while (vp->v < t)
		vp->v *= 2;
	vp->masked = cg_expr_int(lb->ub_expr, &c) || t < vp->v;
	vp->full = vp->masked && t == vp->v;
	body = cg_skip_marks(isl_ast_node_for_get_body(node));
	if (isl_ast_node_get_type(body) != isl_ast_node_user)
		goto out;
	vp->call = isl_ast_node_user_get_expr(body);
	if (!(vp->s = cg_user_stmt(f, vp->call)))
		r = -1;
	else if (!call_steps(vp->call, vp->s, lb->iter, vp->step) &&
	         cg_stmt_vectorizable(vp->s, vp->step, &why))
		r = 0;
out:
	if (r)
		plan_free(vp);
	isl_ast_expr_free(init);
	isl_ast_node_free(body);
	return r;
}

/*
 * At the builder: the dims of the first lane (the iterator at vp->lo) and,
 * for a masked plan, the lane mask and trip count (else NULL).
 */
static int prepare(CgFn *f, CgLoop *lb, VecPlan *vp, LLVMValueRef *dims,
                   LLVMValueRef *mask, LLVMValueRef *trips)
{
	int mark = f->n_syms, r;

	*mask = *trips = NULL;
	if (vp->masked && !(*mask = lane_mask(f, lb, vp->lo, vp->v, trips)))
		return -1;
	cg_bind(f, lb->iter, cg_i64(f, vp->lo));
	r = cg_user_dims(f, vp->call, vp->s, dims);
	f->n_syms = mark;
	return r;
}

/* One instance; with an accumulator "acc", its lanes combined into it (in "out"). */
static int emit_one(CgFn *f, VecPlan *vp, LLVMValueRef *dims, LLVMValueRef mask,
                    LLVMValueRef acc, LLVMValueRef *out)
{
	LLVMValueRef x;

	if (!acc)
		return cg_emit_stmt(f, vp->s, dims, vp->step, vp->v, mask);
	if (!(x = cg_emit_lanes(f, vp->s, dims, vp->step, vp->v, mask)))
		return -1;
	*out = cg_combine(f, vp->s->kind, acc, x);
	return 0;
}

/*
 * The vector instance at the builder, in versions: all lanes when
 * "trips" >= V (no masks: full tiles), masked when 0 < trips < V, nothing
 * otherwise.  With "acc", "out" gets the accumulator after it (a phi of
 * the versions).
 */
static int emit_versions(CgFn *f, VecPlan *vp, LLVMValueRef *dims, LLVMValueRef mask,
                         LLVMValueRef trips, LLVMValueRef acc, LLVMValueRef *out)
{
	CgModule *m = f->m;
	LLVMBasicBlockRef from[3], part, join;
	LLVMValueRef val[3], c, phi;
	int n = 0;

	if (!mask)
		return emit_one(f, vp, dims, NULL, acc, out);
	join = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endvec");
	if (vp->full) {
		LLVMBasicBlockRef full = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "vfull");
		LLVMBasicBlockRef test = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "vtail");
		c = LLVMBuildICmp(m->b, LLVMIntSGE, trips, cg_i64(f, vp->v), "");
		LLVMBuildCondBr(m->b, c, full, test);
		LLVMPositionBuilderAtEnd(m->b, full);
		if (emit_one(f, vp, dims, NULL, acc, &val[n]))
			return -1;
		from[n++] = LLVMGetInsertBlock(m->b);
		LLVMBuildBr(m->b, join);
		LLVMPositionBuilderAtEnd(m->b, test);
	}
	part = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "vpart");
	val[n] = acc;
	from[n++] = LLVMGetInsertBlock(m->b);
	LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, trips, cg_i64(f, 0), ""), part, join);
	LLVMPositionBuilderAtEnd(m->b, part);
	if (emit_one(f, vp, dims, mask, acc, &val[n]))
		return -1;
	from[n++] = LLVMGetInsertBlock(m->b);
	LLVMBuildBr(m->b, join);
	LLVMPositionBuilderAtEnd(m->b, join);
	if (acc) {
		phi = LLVMBuildPhi(m->b, LLVMTypeOf(acc), "acc");
		LLVMAddIncoming(phi, val, from, (unsigned)n);
		*out = phi;
	}
	return 0;
}

/*
 * Emit the for node "node" under a "vectorize" mark as one instance of
 * its statement on V lanes (see plan); lanes past the bound are masked.
 * Returns 1 when the loop does not qualify.
 */
int cg_try_vector(CgFn *f, isl_ast_node *node, CgLoop *lb)
{
	LLVMValueRef dims[K_MAX_DIMS], mask, trips;
	VecPlan vp;
	int r = plan(f, node, lb, &vp);

	if (r)
		return r;
	r = prepare(f, lb, &vp, dims, &mask, &trips) ||
	    emit_versions(f, &vp, dims, mask, trips, NULL, NULL) ? -1 : 0;
	plan_free(&vp);
	return r;
}

/* The body of the accumulating loop: this iteration's lanes added into "acc". */
static LLVMValueRef accumulate(CgFn *f, CgLoop *vl, VecPlan *vp, LLVMValueRef acc)
{
	LLVMValueRef dims[K_MAX_DIMS], mask, trips, out = NULL;

	if (prepare(f, vl, vp, dims, &mask, &trips) ||
	    emit_versions(f, vp, dims, mask, trips, acc, &out))
		return NULL;
	return out;
}

/*
 * A serial loop "outer" (evaluated) whose body is a vectorized lane
 * reduction into an element that does not move along "outer" either (the
 * tile loop of a split reduction, e.g. a row sum): keep a <V x T>
 * accumulator across "outer" and reduce it once after the loop, instead
 * of a horizontal reduction per iteration.  Returns 1 when "body" is not
 * such a loop.
 */
int cg_try_vector_accumulate(CgFn *f, CgLoop *outer, isl_ast_node *body)
{
	CgModule *m = f->m;
	isl_ast_node *vn = cg_marked_for(body, SCH_MARK_VECTORIZE);
	LLVMValueRef id, acc, nacc, ran, fin, dims[K_MAX_DIMS], in[2];
	LLVMBasicBlockRef from[2], store, after;
	int64_t ostep[K_MAX_DIMS];
	CgLoopState st;
	CgLoop vl;
	VecPlan vp;
	int r = 1, mark = f->n_syms;

	if (!vn)
		return 1;
	if (cg_loop_bounds(f, vn, &vl))
		r = -1;
	else
		r = plan(f, vn, &vl, &vp);
	if (r)
		goto out;
	if (vp.s->kind == ST_ASSIGN || cg_access_stride(vp.s, &vp.s->store, vp.step) ||
	    call_steps(vp.call, vp.s, outer->iter, ostep) ||
	    cg_access_stride(vp.s, &vp.s->store, ostep) ||
	    !cg_expr_uniform(vp.s, vp.s->store.ind, ostep) || !outer->ub) {
		r = 1;
		goto free_plan;
	}
	r = -1;
	id = cg_identity(f, vp.s->kind, vp.s->value->type, vp.v);
	if (cg_loop_begin(f, outer, &st))
		goto free_plan;
	acc = LLVMBuildPhi(m->b, LLVMTypeOf(id), "acc");
	if (!(nacc = accumulate(f, &vl, &vp, acc)) || cg_loop_end(f, outer, &st, 0))
		goto free_plan;
	from[0] = st.pre, from[1] = st.latch;
	in[0] = id, in[1] = nacc;
	LLVMAddIncoming(acc, in, from, 2);
	fin = LLVMBuildPhi(m->b, LLVMTypeOf(id), "sum");
	LLVMAddIncoming(fin, in, from, 2);
	ran = LLVMBuildPhi(m->b, m->t_i1, "ran");
	in[0] = LLVMConstInt(m->t_i1, 0, 0), in[1] = LLVMConstInt(m->t_i1, 1, 0);
	LLVMAddIncoming(ran, in, from, 2);
	store = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "reduce");
	after = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endreduce");
	LLVMBuildCondBr(m->b, ran, store, after);
	LLVMPositionBuilderAtEnd(m->b, store);
	cg_bind(f, outer->iter, outer->lb);
	cg_bind(f, vl.iter, cg_i64(f, vp.lo));
	if (cg_user_dims(f, vp.call, vp.s, dims) || cg_store_reduced(f, vp.s, dims, fin, vp.v))
		goto free_plan;
	LLVMBuildBr(m->b, after);
	LLVMPositionBuilderAtEnd(m->b, after);
	r = 0;
free_plan:
	plan_free(&vp);
out:
	f->n_syms = mark;
	cg_loop_free(&vl);
	isl_ast_node_free(vn);
	return r;
}
