/*
 * outline.c - parallel loops for CPU hosts: the body of a for node under a
 * "parallel" mark becomes a task body(closure, begin, end) for
 * vitrt_host.parallel_for; the closure is a stack struct of every live
 * value (root buffer pointers, the host, N and the outer iterators).
 */
#include <stdio.h>

#include <isl/ast.h>

#include "backends/cg.h"

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
	CgLoop lb;
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
	r = cg_loop_bounds(&g, node, &lb) || cg_loop_eval(&g, node, &lb);
	if (!r) {
		first = LLVMBuildNSWAdd(m->b, lb.lb, LLVMBuildNSWMul(m->b, begin, cg_i64(f, lb.inc), ""), "");
		last = LLVMBuildNSWAdd(m->b, lb.lb, LLVMBuildNSWMul(m->b,
		        LLVMBuildNSWSub(m->b, end, cg_i64(f, 1), ""), cg_i64(f, lb.inc), ""), "");
		lb.lb = first;
		lb.ub = last;
		r = cg_emit_loop(&g, &lb, body, !cg_has_for(body));
		LLVMBuildRetVoid(m->b);
	}
	cg_loop_free(&lb);
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
	CgLoop lb;
	int i;

	if (cg_loop_bounds(f, node, &lb))
		return cg_loop_free(&lb), -1;
	if (!lb.ub_expr)
		return cg_loop_free(&lb), 1;
	if (cg_loop_eval(f, node, &lb))
		return cg_loop_free(&lb), -1;
	trips = LLVMBuildSDiv(m->b, LLVMBuildNSWSub(m->b, lb.ub, lb.lb, ""), cg_i64(f, lb.inc), "");
	trips = LLVMBuildNSWAdd(m->b, trips, cg_i64(f, 1), "trips");
	cg_loop_free(&lb);
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
	LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, trips, cg_i64(f, 0), ""), run, done);
	LLVMPositionBuilderAtEnd(m->b, run);
	cl = entry_alloca(f, cl_ty, "closure");
	for (i = 0; i < nslot; i++) {
		LLVMValueRef v = i < f->n_roots ? f->bufs[f->roots[i]]
		               : i == f->n_roots ? f->host : f->syms[i - f->n_roots - 1].v;
		LLVMBuildStore(m->b, v, LLVMBuildStructGEP2(m->b, cl_ty, cl, (unsigned)i, ""));
	}
	pool = LLVMBuildStructGEP2(m->b, m->t_host, f->host, 0, "");
	pool = LLVMBuildLoad2(m->b, m->t_ptr, pool, "pool");
	pf = LLVMBuildStructGEP2(m->b, m->t_host, f->host, 2, "");
	pf = LLVMBuildLoad2(m->b, m->t_ptr, pf, "parallel_for");
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
