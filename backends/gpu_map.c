/*
 * gpu_map.c - loops bound to GPU blocks and threads (the "gpu:<axis>"
 * marks of sched/gpu.c) in the shared walker: the ranges of the bound
 * loops (the launch geometry), the emission of a mapped kernel given each
 * axis's index, and the CPU emulation of a mapped kernel (--emulate-gpu):
 * serial loops over the blocks and threads around the same code the GPU
 * runs, so the guards and the geometry are what the CPU checks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>

#include "backends/cg.h"
#include "sched/marks.h"

static int mark_is(isl_ast_node *node, const char *name)
{
	isl_id *id = isl_ast_node_mark_get_id(node);
	int r = id && isl_id_get_name(id) && !strcmp(isl_id_get_name(id), name);

	isl_id_free(id);
	return r;
}

/*
 * "e" as per_batch * N + fixed, for the sums, differences, negations and
 * products by constants of integers and N that loop bounds are made of;
 * -1 for anything else (another iterator, min, max, division).
 */
int cg_affine_n(isl_ast_expr *e, int64_t *per_batch, int64_t *fixed)
{
	isl_ast_expr *x, *y;
	int64_t xa, xb, ya, yb;
	int r = -1, n;

	if (!cg_expr_int(e, fixed)) {
		*per_batch = 0;
		return 0;
	}
	if (cg_expr_is_id(e, "N")) {
		*per_batch = 1;
		*fixed = 0;
		return 0;
	}
	if (isl_ast_expr_get_type(e) != isl_ast_expr_op)
		return -1;
	n = (int)isl_ast_expr_op_get_n_arg(e);
	x = n >= 1 ? isl_ast_expr_op_get_arg(e, 0) : NULL;
	y = n == 2 ? isl_ast_expr_op_get_arg(e, 1) : NULL;
	if (x && !cg_affine_n(x, &xa, &xb) && (n == 1 || (y && !cg_affine_n(y, &ya, &yb)))) {
		switch (isl_ast_expr_op_get_type(e)) {
		case isl_ast_expr_op_minus:
			*per_batch = -xa, *fixed = -xb, r = n == 1 ? 0 : -1;
			break;
		case isl_ast_expr_op_add:
			*per_batch = xa + ya, *fixed = xb + yb, r = n == 2 ? 0 : -1;
			break;
		case isl_ast_expr_op_sub:
			*per_batch = xa - ya, *fixed = xb - yb, r = n == 2 ? 0 : -1;
			break;
		case isl_ast_expr_op_mul:
			if (n == 2 && (!xa || !ya)) {
				*per_batch = xa * yb + ya * xb;
				*fixed = xb * yb;
				r = 0;
			}
			break;
		default:
			break;
		}
	}
	isl_ast_expr_free(x);
	isl_ast_expr_free(y);
	return r;
}


/*
 * An upper bound of loop bound "e" as per_batch * N + fixed: affine_n, or
 * for min() the least constant (else first affine) argument, for max()
 * the largest coefficients of its arguments (N >= 1).  -1: none found.
 */
static int ub_affine(isl_ast_expr *e, int64_t *per_batch, int64_t *fixed)
{
	enum isl_ast_expr_op_type t;
	int n, found = 0;

	if (!cg_affine_n(e, per_batch, fixed))
		return 0;
	if (isl_ast_expr_get_type(e) != isl_ast_expr_op)
		return -1;
	t = isl_ast_expr_op_get_type(e);
	if (t != isl_ast_expr_op_min && t != isl_ast_expr_op_max)
		return -1;
	n = (int)isl_ast_expr_op_get_n_arg(e);
	for (int i = 0; i < n; i++) {
		isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
		int64_t an, ac;
		int ok = !ub_affine(a, &an, &ac);
		isl_ast_expr_free(a);
		if (t == isl_ast_expr_op_max && !ok)
			return -1;
		if (!ok)
			continue;
		if (t == isl_ast_expr_op_max && found) {
			*per_batch = an > *per_batch ? an : *per_batch;
			*fixed = ac > *fixed ? ac : *fixed;
		} else if (!found || (!an && (*per_batch || ac < *fixed))) {
			*per_batch = an;     /* min: the least constant bound */
			*fixed = ac;
		}
		found = 1;
	}
	return found ? 0 : -1;
}

typedef struct {
	CgGpuMap *map;
	int bad;
} Geometry;

/* The axis of the "gpu:<axis>" mark "node", or -1. */
static int gpu_axis(isl_ast_node *node)
{
	static const char *const axes[] = SCH_GPU_AXES;
	isl_id *id = isl_ast_node_mark_get_id(node);
	const char *name = id ? isl_id_get_name(id) : NULL;
	int axis = -1;

	for (int a = 0; name && a < SCH_GPU_N_AXES; a++)
		if (!strncmp(name, SCH_GPU_PREFIX, strlen(SCH_GPU_PREFIX)) &&
		    !strcmp(name + strlen(SCH_GPU_PREFIX), axes[a]))
			axis = a;
	isl_id_free(id);
	return axis;
}

/* The for node "node" bound to "axis": its values 0 .. UB (UB affine in N), step 1. */
static void geo_for(isl_ast_node *node, int axis, Geometry *g)
{
	isl_ast_expr *init = isl_ast_node_for_get_init(node);
	isl_ast_expr *inc = isl_ast_node_for_get_inc(node);
	isl_ast_expr *cond = isl_ast_node_for_get_cond(node);
	isl_ast_expr *ub = NULL;
	int64_t v, pn, pc;
	enum isl_ast_expr_op_type t = isl_ast_expr_get_type(cond) == isl_ast_expr_op ?
	                              isl_ast_expr_op_get_type(cond) : isl_ast_expr_op_error;

	if (t == isl_ast_expr_op_le || t == isl_ast_expr_op_lt)
		ub = isl_ast_expr_op_get_arg(cond, 1);
	if (cg_expr_int(inc, &v) || v != 1 || (!cg_expr_int(init, &v) && v < 0) || !ub ||
	    ub_affine(ub, &pn, &pc) || pn < 0) {
		g->bad = 1;
	} else {
		CgGpuMap *m = g->map;
		int used = (m->used >> axis) & 1;
		pc += t == isl_ast_expr_op_le;
		if (!used || pn > m->n[axis])
			m->n[axis] = pn;
		if (!used || pc > m->c[axis])
			m->c[axis] = pc;
		m->used |= 1u << axis;
	}
	isl_ast_expr_free(ub);
	isl_ast_expr_free(init);
	isl_ast_expr_free(inc);
	isl_ast_expr_free(cond);
}

/*
 * Walk the AST as the shared walker will ("axis": the gpu mark that
 * applies to the for nodes here, or -1) and record each bound loop's
 * range.  A gpu mark may reach the mark of an inner loop instead of a for
 * node: its loop had one iteration and isl generated none; the
 * statements below then run at index 0 of that axis (emit_user), which is
 * the one value of a one-iteration loop of a kernel (iterators and split
 * parts start at 0).  A gpu mark right above a statement or an if is not
 * mapped ("bad").
 */
static void geo_walk(isl_ast_node *node, int axis, Geometry *g)
{
	isl_ast_node *c;
	isl_ast_node_list *l;
	int a;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_mark:
		a = gpu_axis(node);
		if (a < 0 && !mark_is(node, SCH_MARK_PARALLEL) &&
		    !mark_is(node, SCH_MARK_VECTORIZE) && !mark_is(node, SCH_MARK_UNROLL))
			axis = -1;  /* a loop-name mark: another loop */
		c = isl_ast_node_mark_get_node(node);
		geo_walk(c, a >= 0 ? a : axis, g);
		isl_ast_node_free(c);
		return;
	case isl_ast_node_for:
		if (axis >= 0)
			geo_for(node, axis, g);
		c = isl_ast_node_for_get_body(node);
		geo_walk(c, -1, g);
		isl_ast_node_free(c);
		return;
	case isl_ast_node_block:
		l = isl_ast_node_block_get_children(node);
		for (int i = 0; i < isl_ast_node_list_n_ast_node(l); i++) {
			c = isl_ast_node_list_get_ast_node(l, i);
			geo_walk(c, axis, g);
			isl_ast_node_free(c);
		}
		isl_ast_node_list_free(l);
		return;
	case isl_ast_node_if:
		g->bad |= axis >= 0;
		c = isl_ast_node_if_get_then_node(node);
		geo_walk(c, -1, g);
		isl_ast_node_free(c);
		if (isl_ast_node_if_has_else_node(node) == isl_bool_true) {
			c = isl_ast_node_if_get_else_node(node);
			geo_walk(c, -1, g);
			isl_ast_node_free(c);
		}
		return;
	default:
		g->bad |= axis >= 0;
		return;
	}
}


int cg_gpu_map(isl_ast_node *ast, CgGpuMap *map)
{
	Geometry g = {.map = map};

	memset(map, 0, sizeof(*map));
	if (ast)
		geo_walk(ast, -1, &g);
	return !g.bad && map->used;
}

/*
 * Open the guard of a for node bound to "axis" (bounds "lb" evaluated):
 * block or thread v runs the iteration whose value is v, if the loop
 * takes that value, with the iterator bound to v and the axis marked
 * bound.  Returns the block after the guard (cg_gpu_guard_close), NULL
 * on error.
 */
LLVMBasicBlockRef cg_gpu_guard_open(CgFn *f, CgLoop *lb, int axis)
{
	CgModule *m = f->m;
	LLVMValueRef idx = f->gpu_idx[axis], in = cg_loop_test(f, lb, idx);
	LLVMBasicBlockRef run, done;

	if (!in)
		return NULL;
	in = LLVMBuildAnd(m->b, in, LLVMBuildICmp(m->b, LLVMIntSGE, idx, lb->lb, ""), "");
	run = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "bound");
	done = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endbound");
	LLVMBuildCondBr(m->b, in, run, done);
	LLVMPositionBuilderAtEnd(m->b, run);
	cg_bind(f, lb->iter, idx);
	f->gpu_bound |= 1u << axis;
	return done;
}

/* Close it: "bound" and "mark" as before the guard, "failed": the body's status. */
void cg_gpu_guard_close(CgFn *f, LLVMBasicBlockRef done, unsigned bound, int mark, int failed)
{
	f->gpu_bound = bound;
	f->n_syms = mark;
	if (!failed) {
		LLVMBuildBr(f->m->b, done);
		LLVMPositionBuilderAtEnd(f->m->b, done);
	}
}

int cg_gpu_emit(CgFn *f, isl_ast_node *ast, const CgGpuMap *map)
{
	int r;

	f->gpu_mapped = 1;
	f->gpu_used = map->used;
	f->gpu_bound = 0;
	f->in_parallel = 1;   /* parallel marks inside a thread: plain loops */
	r = cg_emit_ast(f, ast);
	f->in_parallel = f->gpu_mapped = 0;
	return r;
}

/* A float (or 32-bit integer) array of "n" elements. */
static LLVMTypeRef scoped_type(CgFn *f, const Buffer *b, int64_t n)
{
	return LLVMArrayType(b->dtype == DT_F32 ? f->m->t_f32 : f->m->t_i32, (unsigned)n);
}

int cg_gpu_scoped_bufs(CgFn *f, unsigned addrspace)
{
	CgModule *m = f->m;
	const Program *p = m->prog;
	const Buffer **bufs = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(*bufs));
	int n = k_kernel_buffers(f->k, bufs, p->n_bufs);
	LLVMBasicBlockRef at = LLVMGetInsertBlock(m->b);
	int shared = 0;

	for (int i = 0; i < n; i++) {
		const Buffer *b = bufs[i];
		LLVMValueRef v;
		if (b->kind < BUF_SHARED)
			continue;
		if (b->kind == BUF_BARRIER) {
			f->bufs[b->id] = LLVMConstNull(m->t_ptr);
			continue;
		}
		if ((b->dtype != DT_F32 && b->dtype != DT_I32) || b->block_elems < 1 ||
		    (b->kind == BUF_LOCAL && b->thread_elems < 1))
			return cg_fail(f, "buffer '%s': bad block or thread memory", b->name);
		if (b->kind == BUF_SHARED && addrspace) {
			LLVMTypeRef t = scoped_type(f, b, b->block_elems);
			v = LLVMAddGlobalInAddressSpace(m->mod, t, b->name, addrspace);
			LLVMSetInitializer(v, LLVMGetUndef(t));
			LLVMSetLinkage(v, LLVMInternalLinkage);
			LLVMSetAlignment(v, 16);
			v = LLVMConstAddrSpaceCast(v, m->t_ptr);
		} else {
			/* the function's entry block: one stack slot */
			LLVMPositionBuilderAtEnd(m->b, LLVMGetEntryBasicBlock(f->fn));
			if (LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(f->fn)))
				LLVMPositionBuilderBefore(m->b,
					LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(f->fn)));
			v = LLVMBuildAlloca(m->b, scoped_type(f, b, b->kind == BUF_LOCAL && f->gpu_device ?
			                                        b->thread_elems : b->block_elems), b->name);
			LLVMSetAlignment(v, 16);
			LLVMPositionBuilderAtEnd(m->b, at);
			/*
			 * The emulation starts from zeros: the edge tiles' unused
			 * entries are read (and their results dropped), and LLVM may
			 * fold uninitialized stack memory to anything.
			 */
			if (!f->gpu_device)
				LLVMBuildMemSet(m->b, v, LLVMConstInt(m->t_i8, 0, 0),
				                cg_i64(f, 4 * b->block_elems), 16);
		}
		f->bufs[b->id] = v;
		shared += b->kind == BUF_SHARED;
	}
	return shared;
}

LLVMValueRef cg_gpu_scope_off(CgFn *f, const Buffer *b, LLVMValueRef off)
{
	int64_t n = f->gpu_device && b->kind == BUF_LOCAL ? b->thread_elems : b->block_elems;

	if (n < 1)
		return off;
	return LLVMBuildAnd(f->m->b, off, cg_i64(f, n - 1), "");
}

/* Serial loops over the values of the used axes "axes" (outer to inner, -1 ends). */
typedef struct {
	LLVMBasicBlockRef head[SCH_GPU_N_AXES], exit[SCH_GPU_N_AXES];
	LLVMValueRef iv[SCH_GPU_N_AXES];
	int open[SCH_GPU_N_AXES];
} AxisLoops;

static void open_axes(CgFn *f, const CgGpuMap *map, const int *axes, AxisLoops *al)
{
	CgModule *m = f->m;

	memset(al, 0, sizeof(*al));
	for (int o = 0; axes[o] >= 0; o++) {
		int a = axes[o];
		LLVMValueRef ext;
		LLVMBasicBlockRef pre;
		if (!((map->used >> a) & 1)) {
			f->gpu_idx[a] = cg_i64(f, 0);
			continue;
		}
		ext = LLVMBuildNSWAdd(m->b, LLVMBuildNSWMul(m->b, f->n, cg_i64(f, map->n[a]), ""),
		                      cg_i64(f, map->c[a]), "");
		pre = LLVMGetInsertBlock(m->b);
		al->head[a] = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "gpuaxis");
		al->exit[a] = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endgpuaxis");
		LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, ext, cg_i64(f, 0), ""),
		                al->head[a], al->exit[a]);
		LLVMPositionBuilderAtEnd(m->b, al->head[a]);
		al->iv[a] = LLVMBuildPhi(m->b, m->t_i64, "gpuidx");
		LLVMAddIncoming(al->iv[a], (LLVMValueRef[]){cg_i64(f, 0)}, &pre, 1);
		f->gpu_idx[a] = al->iv[a];
		al->open[a] = 1;
	}
}

static void close_axes(CgFn *f, const CgGpuMap *map, const int *axes, AxisLoops *al)
{
	CgModule *m = f->m;
	int n = 0;

	while (axes[n] >= 0)
		n++;
	for (int o = n - 1; o >= 0; o--) {
		int a = axes[o];
		LLVMBasicBlockRef latch;
		LLVMValueRef next, ext;
		if (!al->open[a])
			continue;
		ext = LLVMBuildNSWAdd(m->b, LLVMBuildNSWMul(m->b, f->n, cg_i64(f, map->n[a]), ""),
		                      cg_i64(f, map->c[a]), "");
		latch = LLVMGetInsertBlock(m->b);
		next = LLVMBuildNSWAdd(m->b, al->iv[a], cg_i64(f, 1), "");
		LLVMAddIncoming(al->iv[a], &next, &latch, 1);
		LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSLT, next, ext, ""), al->head[a],
		                al->exit[a]);
		LLVMPositionBuilderAtEnd(m->b, al->exit[a]);
	}
}

static const int block_axes[] = {2, 1, 0, -1}, thread_axes[] = {5, 4, 3, -1};

/* Is a barrier (a store into a BUF_BARRIER buffer) at or below "node"? */
static int has_barrier(CgFn *f, isl_ast_node *node)
{
	isl_ast_node_list *l;
	isl_ast_node *c;
	isl_ast_expr *call;
	const Stmt *s;
	int r = 0;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_user:
		call = isl_ast_node_user_get_expr(node);
		s = cg_user_stmt(f, call);
		isl_ast_expr_free(call);
		return s && s->store.buf->kind == BUF_BARRIER;
	case isl_ast_node_for:
		c = isl_ast_node_for_get_body(node);
		break;
	case isl_ast_node_mark:
		c = isl_ast_node_mark_get_node(node);
		break;
	case isl_ast_node_if:
		c = isl_ast_node_if_get_then_node(node);
		r = has_barrier(f, c);
		isl_ast_node_free(c);
		if (r || isl_ast_node_if_has_else_node(node) != isl_bool_true)
			return r;
		c = isl_ast_node_if_get_else_node(node);
		break;
	case isl_ast_node_block:
		l = isl_ast_node_block_get_children(node);
		for (int i = 0; !r && i < isl_ast_node_list_n_ast_node(l); i++) {
			c = isl_ast_node_list_get_ast_node(l, i);
			r = has_barrier(f, c);
			isl_ast_node_free(c);
		}
		isl_ast_node_list_free(l);
		return r;
	default:
		return 0;
	}
	r = has_barrier(f, c);
	isl_ast_node_free(c);
	return r;
}

/* One phase: "nodes[0..n)" for every thread of the block in turn. */
static int emu_phase(CgFn *f, const CgGpuMap *map, isl_ast_node **nodes, int n)
{
	AxisLoops al;
	int r = 0;

	if (!n)
		return 0;
	open_axes(f, map, thread_axes, &al);
	for (int i = 0; i < n && !r; i++)
		r = cg_emit_ast(f, nodes[i]);
	if (!r)
		close_axes(f, map, thread_axes, &al);
	return r;
}

static int emu_node(CgFn *f, const CgGpuMap *map, isl_ast_node *node, int axis);

/*
 * A for node with a barrier inside: the iteration of block index "axis"
 * (a bound loop, as in ast_llvm.c), or all iterations in turn
 * (the same in every thread: a barrier is below no thread loop).
 */
static int emu_for(CgFn *f, const CgGpuMap *map, isl_ast_node *node, int axis)
{
	isl_ast_node *body = isl_ast_node_for_get_body(node);
	unsigned bound = f->gpu_bound;
	int r = -1, mark = f->n_syms;
	CgLoop lb;
	CgLoopState st;

	if (axis >= 3) {
		cg_fail(f, "a barrier inside a loop bound to a thread axis");
		goto out0;
	}
	if (cg_loop_bounds(f, node, &lb) || cg_loop_eval(f, node, &lb))
		goto out;
	if (axis >= 0) {
		LLVMBasicBlockRef done = cg_gpu_guard_open(f, &lb, axis);
		if (done) {
			r = emu_node(f, map, body, -1);
			cg_gpu_guard_close(f, done, bound, mark, r);
		}
	} else if (!cg_loop_begin(f, &lb, &st)) {
		r = emu_node(f, map, body, -1) || cg_loop_end(f, &lb, &st, 0) ? -1 : 0;
	}
out:
	cg_loop_free(&lb);
out0:
	isl_ast_node_free(body);
	return r;
}

/*
 * Emulate "node" of a block: a part without barriers is one phase (all
 * threads in turn); a loop with barriers inside runs its iterations in
 * turn, a block splits its children at the barriers.  "axis": the block
 * axis of a gpu mark right above, or -1.
 */
static int emu_node(CgFn *f, const CgGpuMap *map, isl_ast_node *node, int axis)
{
	isl_ast_node_list *l;
	isl_ast_node *c, **run;
	int r = 0, n, k = 0;

	if (f->failed)
		return -1;
	if (!has_barrier(f, node))
		return emu_phase(f, map, &node, 1);
	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_mark:
		/* a loop-name mark below a gpu mark: that loop had one iteration */
		if (gpu_axis(node) >= 0 || (!mark_is(node, SCH_MARK_PARALLEL) &&
		    !mark_is(node, SCH_MARK_VECTORIZE) && !mark_is(node, SCH_MARK_UNROLL)))
			axis = gpu_axis(node);
		c = isl_ast_node_mark_get_node(node);
		r = emu_node(f, map, c, axis);
		isl_ast_node_free(c);
		return r;
	case isl_ast_node_for:
		return emu_for(f, map, node, axis);
	case isl_ast_node_block:
		l = isl_ast_node_block_get_children(node);
		n = isl_ast_node_list_n_ast_node(l);
		run = xcalloc((size_t)n + 1, sizeof(*run));
		for (int i = 0; i < n && !r; i++) {
			c = isl_ast_node_list_get_ast_node(l, i);
			if (!has_barrier(f, c)) {
				run[k++] = c;
				continue;
			}
			r = emu_phase(f, map, run, k);   /* the phase before the barrier */
			for (; k > 0; k--)
				isl_ast_node_free(run[k - 1]);
			if (!r && isl_ast_node_get_type(c) != isl_ast_node_user)
				r = emu_node(f, map, c, axis);
			isl_ast_node_free(c);
		}
		if (!r)
			r = emu_phase(f, map, run, k);
		for (; k > 0; k--)
			isl_ast_node_free(run[k - 1]);
		free(run);
		isl_ast_node_list_free(l);
		return r;
	case isl_ast_node_user:
		return 0;   /* a barrier: the phases around it are apart */
	default:
		return cg_fail(f, "a barrier under a condition");
	}
}

/*
 * --emulate-gpu: for each block (z, y, x), the kernel as the GPU runs it
 * (cg_gpu_emit), the indices being loop counters; the block's threads
 * (z, y, x) run in turn, each to the next barrier (a phase): the way CPU
 * OpenCL implementations run a work-group.  A missing barrier lets a
 * thread read what the threads after it have not written yet.  Shared
 * memory is one copy (blocks run in turn), BUF_LOCAL memory one copy per
 * thread of a block.
 */
int cg_gpu_emulate(CgFn *f, isl_ast_node *ast, const CgGpuMap *map)
{
	AxisLoops al;
	int r;

	f->gpu_device = 0;
	if (cg_gpu_scoped_bufs(f, 0) < 0)
		return -1;
	open_axes(f, map, block_axes, &al);
	f->gpu_mapped = 1;
	f->gpu_used = map->used;
	f->gpu_bound = 0;
	f->in_parallel = 1;
	r = emu_node(f, map, ast, -1);
	f->in_parallel = f->gpu_mapped = 0;
	if (r || f->failed)
		return -1;
	close_axes(f, map, block_axes, &al);
	return 0;
}
