/*
 * gpu_map.c - loops bound to GPU blocks and threads (the "gpu:<axis>"
 * marks of sched/gpu.c) in the shared walker: the ranges of the bound
 * loops (the launch geometry), the emission of a mapped kernel given each
 * axis's index, and the CPU emulation of a mapped kernel (--emulate-gpu):
 * serial loops over the blocks and threads around the same code the GPU
 * runs, so the guards and the geometry are what the CPU checks.
 */
#include <stdint.h>
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

/*
 * --emulate-gpu: for each block (z, y, x), for each of its threads
 * (z, y, x), the kernel as the GPU runs it (cg_gpu_emit), the indices
 * being the loop counters.  One thread runs to its end before the next
 * starts, which is a valid GPU schedule: the mapping has no barriers.
 */
int cg_gpu_emulate(CgFn *f, isl_ast_node *ast, const CgGpuMap *map)
{
	static const int order[SCH_GPU_N_AXES] = {2, 1, 0, 5, 4, 3};
	CgModule *m = f->m;
	LLVMBasicBlockRef head[SCH_GPU_N_AXES], exit[SCH_GPU_N_AXES], pre;
	LLVMValueRef iv[SCH_GPU_N_AXES], ext[SCH_GPU_N_AXES];
	int open[SCH_GPU_N_AXES] = {0};

	for (int o = 0; o < SCH_GPU_N_AXES; o++) {
		int a = order[o];
		if (!((map->used >> a) & 1)) {
			f->gpu_idx[a] = cg_i64(f, 0);
			continue;
		}
		ext[a] = LLVMBuildNSWAdd(m->b, LLVMBuildNSWMul(m->b, f->n, cg_i64(f, map->n[a]), ""),
		                         cg_i64(f, map->c[a]), "");
		pre = LLVMGetInsertBlock(m->b);
		head[a] = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "gpuaxis");
		exit[a] = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endgpuaxis");
		LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSGT, ext[a], cg_i64(f, 0), ""),
		                head[a], exit[a]);
		LLVMPositionBuilderAtEnd(m->b, head[a]);
		iv[a] = LLVMBuildPhi(m->b, m->t_i64, "gpuidx");
		LLVMAddIncoming(iv[a], (LLVMValueRef[]){cg_i64(f, 0)}, &pre, 1);
		f->gpu_idx[a] = iv[a];
		open[a] = 1;
	}
	if (cg_gpu_emit(f, ast, map))
		return -1;
	for (int o = SCH_GPU_N_AXES - 1; o >= 0; o--) {
		int a = order[o];
		LLVMBasicBlockRef latch;
		LLVMValueRef next;
		if (!open[a])
			continue;
		latch = LLVMGetInsertBlock(m->b);
		next = LLVMBuildNSWAdd(m->b, iv[a], cg_i64(f, 1), "");
		LLVMAddIncoming(iv[a], &next, &latch, 1);
		LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntSLT, next, ext[a], ""), head[a],
		                exit[a]);
		LLVMPositionBuilderAtEnd(m->b, exit[a]);
	}
	return 0;
}
