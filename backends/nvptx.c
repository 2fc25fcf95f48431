/*
 * nvptx.c - the CUDA Target (`--target cuda:sm_XX`): every kernel
 * function in one NVPTX module (triple nvptx64-nvidia-cuda, CPU sm_XX,
 * PTX ISA 7.8, the newest LLVM 16 writes), emitted as PTX text; the .so
 * holds that text and a launch table next to the usual weights object
 * and ABI tables (runtime/vitrt_abi.h, version VITRT_ABI_VERSION_DEVICE).
 *
 * Kernels.  vitc_k<id>(host, N, roots...) becomes a ptx_kernel (.entry)
 * with the same parameters (host is NULL on the device).  A kernel whose
 * loops are bound to blocks and threads (the default GPU schedules of
 * sched/gpu.c) reads %ctaid/%tid and runs each bound loop's iteration of
 * that index (backends/gpu_map.c), launched with the geometry of the
 * bound loops' ranges.  Otherwise, when the kernel's AST is, through marks, guards and one-iteration loops, one
 * for node under a "parallel" mark, that loop is a grid-stride loop: the
 * thread blockIdx.x * blockDim.x + threadIdx.x runs iterations
 * lb + t * inc for t = tid, tid + gridDim.x * blockDim.x, ...; everything
 * inside it runs serially in that thread (inner parallel marks too).
 * Any other kernel (statements outside the parallel loop, or parallel
 * loops one after another, which need a grid-wide barrier) runs on one
 * thread: grid 1, block 1.  "vectorize" marks fall back to scalar loops
 * (vector_lanes is 1), and so do "unroll" marks: a CPU register tile of
 * 4 x 64 floats unrolled into one thread spills.  No shared memory, no barriers: later slices.
 *
 * Math.  exp, erf and tanh call libdevice's __nv_expf/__nv_erff/
 * __nv_tanhf when /usr/local/cuda/nvvm/libdevice/libdevice.10.bc (or
 * $VITC_LIBDEVICE) exists: the bitcode is linked into the module before
 * the passes (LLVMLinkModules2), its functions internalized, and
 * nvvm-reflect-ftz = 0 (IEEE denormals).  Without libdevice they are the
 * CPU targets' inline polynomials (math_llvm.c), which use only llvm.rint,
 * fabs, copysign, fmuladd, minnum/maxnum: all lowered by NVPTX.  sqrt is
 * llvm.sqrt (sqrt.rn.f32), floor llvm.floor (cvt.rmi); llvm.exp and the
 * like are never emitted (NVPTX aborts on libm calls).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <isl/id.h>

#include <llvm-c/BitReader.h>
#include <llvm-c/Linker.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "backends/cg.h"
#include "sched/marks.h"
#include "runtime/vitrt_abi.h"

#define NV_TRIPLE "nvptx64-nvidia-cuda"
#define NV_FEATURES "+ptx78"
#define NV_BLOCK 256
#define NV_STAGED_MAXNREG 128
#define LIBDEVICE "/usr/local/cuda/nvvm/libdevice/libdevice.10.bc"

/*
 * The compute capabilities --target cuda:sm_XX accepts: what LLVM 16
 * emits and CUDA 13's ptxas still assembles (it dropped sm_70 and sm_72;
 * LLVM 16 does not know sm_90a).
 */
static const int known_sm[] = {75, 80, 86, 87, 89, 90};

/*
 * The launch of one kernel function, filled while its IR is emitted: per
 * dimension x, y, z, block[d] threads per block, grid[d] blocks (0:
 * ceil(items / block[d]) at run time), items = floor((items_n * N +
 * items_c) / items_div) (items_div 0: unknown).
 */
typedef struct {
	int set;
	uint32_t mode, block[3], grid[3], n_params;
	int64_t items_n[3], items_c[3], items_div[3];
} Launch;

/*
 * A kernel mapped to blocks and threads by bind (sched/gpu.c) is launched
 * with exactly the geometry the bound loops need: ABI version 3 has no
 * mode of its own for that, and SINGLE is the one libvitrt launches as
 * the table says without capping the grid (a capped grid would skip
 * blocks).
 */
#define NV_LAUNCH_MAPPED VITRT_LAUNCH_SINGLE

/* Read by "blockIdx.x" .. "threadIdx.z" (SCH_GPU_AXES order). */
static const char *const axis_sreg[SCH_GPU_N_AXES] = {
	"llvm.nvvm.read.ptx.sreg.ctaid.x", "llvm.nvvm.read.ptx.sreg.ctaid.y",
	"llvm.nvvm.read.ptx.sreg.ctaid.z", "llvm.nvvm.read.ptx.sreg.tid.x",
	"llvm.nvvm.read.ptx.sreg.tid.y", "llvm.nvvm.read.ptx.sreg.tid.z",
};

/* What the device part keeps (CgModule.tdata). */
typedef struct {
	Launch *launch;        /* per kernel id */
	int n;
	const char *libdevice; /* the bitcode path, or NULL: polynomials */
	int uses_libdevice;    /* some __nv_* function is called */
} NvState;

int cg_target_parse(const char *spec, int *sm, char *why, size_t len)
{
	char list[160] = "cpu";
	size_t nk = sizeof(known_sm) / sizeof(*known_sm);

	*sm = 0;
	if (!strcmp(spec, "cpu"))
		return 0;
	if (!strncmp(spec, "cuda:sm_", 8))
		for (size_t i = 0; i < nk; i++) {
			char num[16];
			snprintf(num, sizeof(num), "%d", known_sm[i]);
			if (!strcmp(spec + 8, num)) {
				*sm = known_sm[i];
				return 0;
			}
		}
	for (size_t i = 0; i < nk; i++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list), ", cuda:sm_%d", known_sm[i]);
	snprintf(why, len, "unknown target '%s' (valid: %s)", spec, list);
	return -1;
}

static const char *libdevice_path(void)
{
	const char *e = getenv("VITC_LIBDEVICE");

	if (e)
		return *e && access(e, R_OK) == 0 ? e : NULL;   /* "" turns libdevice off */
	return access(LIBDEVICE, R_OK) == 0 ? LIBDEVICE : NULL;
}

static int nvptx_init(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	static const LLVMCodeGenOptLevel lv[] = {
		LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
		LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive,
	};
	int ol = opt->opt_level < 0 ? 0 : opt->opt_level > 3 ? 3 : opt->opt_level;
	NvState *st = xcalloc(1, sizeof(*st));
	LLVMTargetDataRef td;
	LLVMTargetRef tgt;
	char *msg = NULL, cpu[16];

	m->tdata = st;
	st->n = m->prog->n_kernels;
	st->launch = xcalloc((size_t)st->n + 1, sizeof(*st->launch));
	st->libdevice = libdevice_path();
	LLVMInitializeNVPTXTargetInfo();
	LLVMInitializeNVPTXTarget();
	LLVMInitializeNVPTXTargetMC();
	LLVMInitializeNVPTXAsmPrinter();
	snprintf(cpu, sizeof(cpu), "sm_%d", opt->cuda_sm);
	m->triple = xstrdup(NV_TRIPLE);
	m->cpu = xstrdup(cpu);
	m->features = xstrdup(NV_FEATURES);
	if (LLVMGetTargetFromTriple(m->triple, &tgt, &msg)) {
		vitc_errf(err, "LLVM: %s", msg);
		LLVMDisposeMessage(msg);
		return -1;
	}
	m->tm = LLVMCreateTargetMachine(tgt, m->triple, m->cpu, m->features, lv[ol],
	                                LLVMRelocDefault, LLVMCodeModelDefault);
	if (!m->tm)
		return vitc_errf(err, "LLVM: cannot create a machine for %s", m->cpu);
	LLVMSetTarget(m->mod, m->triple);
	td = LLVMCreateTargetDataLayout(m->tm);
	LLVMSetModuleDataLayout(m->mod, td);
	LLVMDisposeTargetData(td);
	return 0;
}

static void nvptx_dispose(CgModule *m)
{
	NvState *st = m->tdata;

	if (m->tm)
		LLVMDisposeTargetMachine(m->tm);
	free(m->triple);
	free(m->cpu);
	free(m->features);
	if (st)
		free(st->launch);
	free(st);
}

/* No vectors: a "vectorize" mark is a plain loop in each thread. */
static int nvptx_vector_lanes(const CgModule *m)
{
	(void)m;
	return 1;
}

/* A call of the special register intrinsic "name" (i32, no arguments), as i64. */
static LLVMValueRef sreg(CgFn *f, const char *name)
{
	return LLVMBuildZExt(f->m->b, cg_call_intrinsic(f, name, NULL, 0, NULL, 0), f->m->t_i64, "");
}

/*
 * exp/erf/tanh: libdevice's __nv_*f when it is there (scalars only; no
 * vectors are made on this target), else the polynomials.
 */
static LLVMValueRef nvptx_math(CgFn *f, ExprKind kind, LLVMValueRef x)
{
	CgModule *m = f->m;
	NvState *st = m->tdata;
	const char *name = kind == EX_EXP ? "__nv_expf" : kind == EX_ERF ? "__nv_erff" :
	                   kind == EX_TANH ? "__nv_tanhf" : NULL;
	LLVMTypeRef ft = LLVMFunctionType(m->t_f32, &m->t_f32, 1, 0);
	LLVMValueRef fn;

	if (!st->libdevice || !name || LLVMTypeOf(x) != m->t_f32)
		return cg_poly_math(f, kind, x);
	if (!(fn = LLVMGetNamedFunction(m->mod, name)))
		fn = LLVMAddFunction(m->mod, name, ft);
	st->uses_libdevice = 1;
	return LLVMBuildCall2(m->b, ft, fn, &x, 1, "");
}

/*
 * The for node under a "parallel" mark as a grid-stride loop (see the
 * top of the file): the iterator starts at lb + tid * inc and steps by
 * inc * gridDim.x * blockDim.x while the loop's condition holds.  The
 * body runs with in_parallel set, so inner parallel marks are serial.
 */
static int nvptx_parallel_for(CgFn *f, isl_ast_node *node)
{
	CgModule *m = f->m;
	isl_ast_node *body;
	LLVMValueRef tid, nthr, start, step, enter, next, cont, iv;
	LLVMBasicBlockRef pre, head, latch, exit;
	CgLoop lb;
	int r, mark = f->n_syms;

	if (cg_loop_bounds(f, node, &lb) || cg_loop_eval(f, node, &lb))
		return cg_loop_free(&lb), -1;
	tid = sreg(f, "llvm.nvvm.read.ptx.sreg.ctaid.x");
	nthr = sreg(f, "llvm.nvvm.read.ptx.sreg.ntid.x");
	tid = LLVMBuildNSWAdd(m->b, LLVMBuildNSWMul(m->b, tid, nthr, ""),
	                      sreg(f, "llvm.nvvm.read.ptx.sreg.tid.x"), "gtid");
	nthr = LLVMBuildNSWMul(m->b, nthr, sreg(f, "llvm.nvvm.read.ptx.sreg.nctaid.x"), "nthreads");
	start = LLVMBuildNSWAdd(m->b, lb.lb, LLVMBuildNSWMul(m->b, tid, cg_i64(f, lb.inc), ""), "");
	step = LLVMBuildNSWMul(m->b, nthr, cg_i64(f, lb.inc), "stride");
	pre = LLVMGetInsertBlock(m->b);
	head = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "gridloop");
	exit = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "endgridloop");
	if (!(enter = cg_loop_test(f, &lb, start)))
		return cg_loop_free(&lb), -1;
	LLVMBuildCondBr(m->b, enter, head, exit);
	LLVMPositionBuilderAtEnd(m->b, head);
	iv = LLVMBuildPhi(m->b, m->t_i64, lb.iter);
	cg_bind(f, lb.iter, iv);
	body = isl_ast_node_for_get_body(node);
	f->in_parallel = 1;
	r = cg_emit_ast(f, body);
	f->in_parallel = 0;
	isl_ast_node_free(body);
	f->n_syms = mark;
	if (!r) {
		latch = LLVMGetInsertBlock(m->b);
		next = LLVMBuildNSWAdd(m->b, iv, step, "");
		if (!(cont = cg_loop_test(f, &lb, next)))
			r = -1;
		else {
			LLVMBuildCondBr(m->b, cont, head, exit);
			LLVMAddIncoming(iv, &start, &pre, 1);
			LLVMAddIncoming(iv, &next, &latch, 1);
			LLVMPositionBuilderAtEnd(m->b, exit);
		}
	}
	cg_loop_free(&lb);
	return r;
}

static int mark_is(isl_ast_node *node, const char *name)
{
	isl_id *id = isl_ast_node_mark_get_id(node);
	int r = id && isl_id_get_name(id) && !strcmp(isl_id_get_name(id), name);

	isl_id_free(id);
	return r;
}

/*
 * Does every statement of "node" run inside one grid-strided loop?  True
 * when the path from "node" goes only through marks, ifs (both branches
 * qualifying) and one-iteration for nodes to a for node under a
 * "parallel" mark (and no "unroll" mark, which the walker would take
 * first).  "par"/"unroll": the marks seen directly above.
 */
static int grid_strided(isl_ast_node *node, int par, int unroll)
{
	isl_ast_node *c;
	int r;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_mark:
		c = isl_ast_node_mark_get_node(node);
		if (mark_is(node, SCH_MARK_PARALLEL))
			par = 1;
		else if (mark_is(node, SCH_MARK_UNROLL))
			unroll = 1;
		else if (!mark_is(node, SCH_MARK_VECTORIZE))
			par = unroll = 0;
		r = grid_strided(c, par, unroll);
		isl_ast_node_free(c);
		return r;
	case isl_ast_node_if:
		c = isl_ast_node_if_get_then_node(node);
		r = grid_strided(c, 0, 0);
		isl_ast_node_free(c);
		if (r && isl_ast_node_if_has_else_node(node) == isl_bool_true) {
			c = isl_ast_node_if_get_else_node(node);
			r = grid_strided(c, 0, 0);
			isl_ast_node_free(c);
		}
		return r;
	case isl_ast_node_for:
		if (isl_ast_node_for_is_degenerate(node) == isl_bool_true) {
			c = isl_ast_node_for_get_body(node);
			r = grid_strided(c, 0, 0);
			isl_ast_node_free(c);
			return r;
		}
		return par && !unroll;
	default:
		return 0;
	}
}

static LLVMValueRef md_int(CgModule *m, int v)
{
	return LLVMConstInt(m->t_i32, (unsigned long long)v, 0);
}

/* !nvvm.annotations = {fn, "kernel", 1} and {fn, "maxntidx", block}. */
static void annotate(CgModule *m, LLVMValueRef fn, const char *key, int v)
{
	LLVMMetadataRef ops[3] = {
		LLVMValueAsMetadata(fn), LLVMMDStringInContext2(m->ctx, key, strlen(key)),
		LLVMValueAsMetadata(md_int(m, v)),
	};
	LLVMAddNamedMetadataOperand(m->mod, "nvvm.annotations",
	        LLVMMetadataAsValue(m->ctx, LLVMMDNodeInContext2(m->ctx, ops, 3)));
}

/*
 * The trip count of the grid-strided loop of "node" (reached through
 * marks) as a function of the batch: floor((n * N + c) / div); div = 0
 * when the bounds are not affine in N alone.
 */
static void grid_trips(isl_ast_node *node, int64_t *n, int64_t *c, int64_t *div)
{
	isl_ast_node *m;
	isl_ast_expr *init, *cond, *inc, *ub;
	int64_t la, lb, ha, hb, step;
	enum isl_ast_expr_op_type t;

	*n = *c = *div = 0;
	if (isl_ast_node_get_type(node) == isl_ast_node_mark) {
		m = isl_ast_node_mark_get_node(node);
		grid_trips(m, n, c, div);
		isl_ast_node_free(m);
		return;
	}
	if (isl_ast_node_get_type(node) != isl_ast_node_for ||
	    isl_ast_node_for_is_degenerate(node) == isl_bool_true)
		return;
	init = isl_ast_node_for_get_init(node);
	cond = isl_ast_node_for_get_cond(node);
	inc = isl_ast_node_for_get_inc(node);
	ub = isl_ast_expr_get_type(cond) == isl_ast_expr_op &&
	     isl_ast_expr_op_get_n_arg(cond) == 2 ? isl_ast_expr_op_get_arg(cond, 1) : NULL;
	t = isl_ast_expr_get_type(cond) == isl_ast_expr_op ? isl_ast_expr_op_get_type(cond)
	                                                    : isl_ast_expr_op_error;
	if (ub && (t == isl_ast_expr_op_le || t == isl_ast_expr_op_lt) &&
	    !cg_affine_n(init, &la, &lb) && !cg_affine_n(ub, &ha, &hb) &&
	    !cg_expr_int(inc, &step) && step > 0) {
		/* iterations lo, lo + step, ... <= hi: floor((hi - lo + step) / step) */
		hb -= t == isl_ast_expr_op_lt;
		*n = ha - la;
		*c = hb - lb + step;
		*div = step;
	}
	isl_ast_expr_free(ub);
	isl_ast_expr_free(init);
	isl_ast_expr_free(cond);
	isl_ast_expr_free(inc);
}

/*
 * Is the kernel "ast" mapped to blocks and threads (cg_gpu_map), with at
 * most 1024 threads in all and y and z grids within 65535?  Then fill the
 * launch "l": thread axis d is block[d] = its values, block axis d
 * grid[d] = its values, or when they grow with N, grid 0 and items =
 * values * block[d].
 */
static int mapped_geometry(isl_ast_node *ast, Launch *l, CgGpuMap *g)
{
	int64_t threads = 1;

	if (!cg_gpu_map(ast, g))
		return 0;
	for (int d = 0; d < 3; d++) {
		int t = d + 3, tu = (g->used >> t) & 1, bu = (g->used >> d) & 1;
		if (tu && (g->n[t] || g->c[t] < 1 || g->c[t] > 1024))
			return 0;
		threads *= tu ? g->c[t] : 1;
		if (bu && !g->n[d] && g->c[d] > (d ? 65535 : INT32_MAX))
			return 0;
	}
	if (threads > 1024)
		return 0;
	l->mode = NV_LAUNCH_MAPPED;
	for (int d = 0; d < 3; d++) {
		l->block[d] = (g->used >> (d + 3)) & 1 ? (uint32_t)g->c[d + 3] : 1;
		if (!((g->used >> d) & 1))
			continue;
		if (!g->n[d] && g->c[d] > 0) {
			l->grid[d] = (uint32_t)g->c[d];
			continue;
		}
		l->grid[d] = 0;
		l->items_n[d] = g->n[d] * l->block[d];
		l->items_c[d] = g->c[d] * l->block[d];
		l->items_div[d] = 1;
	}
	return 1;
}

/*
 * The kernel body hook: make the function a ptx_kernel (calling
 * convention and nvvm.annotations), then emit the AST grid-strided, or on
 * thread 0 of block 0 only; record the launch.
 */
static int nvptx_kernel_body(CgFn *f, isl_ast_node *ast)
{
	CgModule *m = f->m;
	NvState *st = m->tdata;
	Launch *l = &st->launch[f->k->id];
	LLVMBasicBlockRef run, done;
	LLVMValueRef gt;
	CgGpuMap g;
	int r;

	LLVMSetFunctionCallConv(f->fn, LLVMPTXKernelCallConv);
	LLVMSetVisibility(f->fn, LLVMDefaultVisibility);
	annotate(m, f->fn, "kernel", 1);
	l->set = 1;
	l->n_params = (uint32_t)f->n_roots;
	for (int d = 0; d < 3; d++) {
		l->block[d] = l->grid[d] = 1;
		l->items_n[d] = 0;
		l->items_c[d] = l->items_div[d] = 1;
	}
	if (ast && mapped_geometry(ast, l, &g)) {
		annotate(m, f->fn, "maxntidx", (int)l->block[0]);
		if (l->block[1] > 1)
			annotate(m, f->fn, "maxntidy", (int)l->block[1]);
		if (l->block[2] > 1)
			annotate(m, f->fn, "maxntidz", (int)l->block[2]);
		for (int a = 0; a < SCH_GPU_N_AXES; a++)
			if ((g.used >> a) & 1)
				f->gpu_idx[a] = sreg(f, axis_sreg[a]);
		f->gpu_device = 1;   /* shared memory in addrspace(3), register tiles */
		r = cg_gpu_scoped_bufs(f, 3);
		if (r < 0)
			return -1;
		/*
		 * A staged kernel: let ptxas use up to 128 registers (its
		 * default for 256 threads spilled some at 48-64); 256 x 128
		 * registers is half a streaming multiprocessor's file.
		 */
		if (r > 0) {
			/* a tuned stage of more threads: 64K registers per block at most */
			int64_t th = (int64_t)l->block[0] * l->block[1] * l->block[2];
			int reg = th > 0 && 65536 / th < NV_STAGED_MAXNREG ? (int)(65536 / th) & ~7 :
			          NV_STAGED_MAXNREG;
			annotate(m, f->fn, "maxnreg", reg);
		}
		return cg_gpu_emit(f, ast, &g);
	}
	if (ast && grid_strided(ast, 0, 0)) {
		l->mode = VITRT_LAUNCH_GRID_STRIDE;
		l->block[0] = NV_BLOCK;
		l->grid[0] = 0;
		grid_trips(ast, &l->items_n[0], &l->items_c[0], &l->items_div[0]);
		if (l->items_div[0] && !l->items_n[0] && l->items_c[0] / l->items_div[0] > 0)
			l->grid[0] = (uint32_t)((l->items_c[0] / l->items_div[0] + NV_BLOCK - 1) / NV_BLOCK);
		annotate(m, f->fn, "maxntidx", NV_BLOCK);
		return cg_emit_ast(f, ast);
	}
	l->mode = VITRT_LAUNCH_SINGLE;
	annotate(m, f->fn, "maxntidx", 1);
	gt = LLVMBuildOr(m->b, sreg(f, "llvm.nvvm.read.ptx.sreg.tid.x"),
	                 sreg(f, "llvm.nvvm.read.ptx.sreg.ctaid.x"), "");
	run = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "thread0");
	done = LLVMAppendBasicBlockInContext(m->ctx, f->fn, "done");
	LLVMBuildCondBr(m->b, LLVMBuildICmp(m->b, LLVMIntEQ, gt, cg_i64(f, 0), ""), run, done);
	LLVMPositionBuilderAtEnd(m->b, run);
	f->in_parallel = 1;
	r = cg_emit_ast(f, ast);
	f->in_parallel = 0;
	if (r)
		return -1;
	LLVMBuildBr(m->b, done);
	LLVMPositionBuilderAtEnd(m->b, done);
	return 0;
}

/* bar.sync 0: every thread of the block waits for the others (llvm.nvvm.barrier0). */
static int nvptx_barrier(CgFn *f)
{
	CgModule *m = f->m;
	LLVMTypeRef ft = LLVMFunctionType(m->t_void, NULL, 0, 0);
	LLVMValueRef fn = LLVMGetNamedFunction(m->mod, "llvm.nvvm.barrier0");

	if (!fn)
		fn = LLVMAddFunction(m->mod, "llvm.nvvm.barrier0", ft);
	LLVMBuildCall2(m->b, ft, fn, NULL, 0, "");
	return 0;
}

/* Nothing per function beyond the common attributes. */
static void nvptx_fn_attrs(CgModule *m, LLVMValueRef fn)
{
	(void)m;
	(void)fn;
}

/*
 * Link libdevice into the module (it consumes the parsed copy), make its
 * functions internal so that the passes keep only those called, and pin
 * __nvvm_reflect("__CUDA_FTZ") to 0.
 */
static int link_libdevice(CgModule *m, VitcErr *err)
{
	NvState *st = m->tdata;
	LLVMMemoryBufferRef buf = NULL;
	LLVMModuleRef ld = NULL;
	LLVMTargetDataRef td;
	char *msg = NULL;

	if (LLVMCreateMemoryBufferWithContentsOfFile(st->libdevice, &buf, &msg)) {
		vitc_errf(err, "%s: %s", st->libdevice, msg ? msg : "cannot read");
		LLVMDisposeMessage(msg);
		return -1;
	}
	if (LLVMParseBitcodeInContext2(m->ctx, buf, &ld)) {
		LLVMDisposeMemoryBuffer(buf);
		return vitc_errf(err, "%s: not LLVM bitcode", st->libdevice);
	}
	LLVMDisposeMemoryBuffer(buf);
	LLVMSetTarget(ld, m->triple);
	td = LLVMCreateTargetDataLayout(m->tm);
	LLVMSetModuleDataLayout(ld, td);
	LLVMDisposeTargetData(td);
	if (LLVMLinkModules2(m->mod, ld))
		return vitc_errf(err, "%s: cannot link libdevice", st->libdevice);
	for (LLVMValueRef fn = LLVMGetFirstFunction(m->mod); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn) && !strncmp(LLVMGetValueName(fn), "__nv_", 5))
			LLVMSetLinkage(fn, LLVMInternalLinkage);
	LLVMAddModuleFlag(m->mod, LLVMModuleFlagBehaviorOverride, "nvvm-reflect-ftz", 16,
	                  LLVMValueAsMetadata(md_int(m, 0)));
	return 0;
}

/* libdevice if needed, then "default<On>" with the NVPTX machine. */
static int nvptx_optimize(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	NvState *st = m->tdata;

	if (st->uses_libdevice && link_libdevice(m, err))
		return -1;
	return cg_llvm_passes(m, opt, err);
}

/* The PTX text of the module, as m->obj (not NUL-terminated). */
static int nvptx_emit(CgModule *m, const CgOptions *opt, VitcErr *err)
{
	(void)opt;
	return cg_emit_buffer(m, LLVMAssemblyFile, "PTX emission failed", err);
}

/* A private constant global initialized with "init". */
static LLVMValueRef const_global(CgModule *m, LLVMValueRef init, const char *name)
{
	LLVMValueRef g = LLVMAddGlobal(m->mod, LLVMTypeOf(init), name);

	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	return g;
}

static LLVMValueRef c64(CgModule *m, int64_t v)
{
	return LLVMConstInt(m->t_i64, (unsigned long long)v, 1);
}

/*
 * What each pointer parameter of kernel "k" is bound to (its roots, in
 * .param order: cg_kernel_sig), as a private vitrt_param_binding array;
 * weights at their offsets in the main part "m0"'s layout.  NULL pointer
 * for none; "*n" the count.
 */
static LLVMValueRef param_bindings(CgModule *t, LLVMTypeRef bt, const CgModule *m0,
                                   const Kernel *k, uint32_t *n)
{
	const Program *p = t->prog;
	CgSig sig = cg_kernel_sig(t, k);
	LLVMValueRef *el = arena_calloc(&t->arena, (size_t)sig.n + 1, sizeof(*el));

	*n = (uint32_t)sig.n;
	if (!sig.n)
		return LLVMConstNull(t->t_ptr);
	for (int i = 0; i < sig.n; i++) {
		const Buffer *b = p->bufs[sig.roots[i]];
		uint32_t kind = b->kind == BUF_INPUT ? VITRT_BIND_INPUT :
		                b->kind == BUF_OUTPUT ? VITRT_BIND_OUTPUT :
		                b->kind == BUF_WEIGHT ? VITRT_BIND_WEIGHTS : VITRT_BIND_WORKSPACE;
		int io = b->kind == BUF_INPUT || b->kind == BUF_OUTPUT;
		LLVMValueRef f[4] = {
			md_int(t, (int)kind), md_int(t, io ? b->io_index : 0),
			c64(t, b->kind == BUF_WEIGHT ? (int64_t)m0->w_at[b->id] :
			       b->kind == BUF_WORKSPACE ? (int64_t)b->ws_fixed : 0),
			c64(t, b->kind == BUF_WORKSPACE ? (int64_t)b->ws_per_batch : 0),
		};
		el[i] = LLVMConstNamedStruct(bt, f, 4);
	}
	return const_global(t, LLVMConstArray(bt, el, (unsigned)sig.n), "vitc_params");
}

/*
 * The device tables, in the host module "t": the PTX text, a launch per
 * kernel in run() order (a kernel sharing an earlier one's function has
 * that one's geometry and its own parameter bindings), the weights blob
 * (the weights object's symbol, laid out by the main part "m0") and the
 * vitrt_device_image CG_DEVICE_SYMBOL; the C layouts are checked.
 */
static int device_tables(CgModule *t, const CgModule *m0, const CgModule *dev, VitcErr *err)
{
	const Program *p = t->prog;
	const NvState *st = dev ? dev->tdata : NULL;
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(t->mod);
	LLVMTypeRef bt = LLVMStructCreateNamed(t->ctx, "vitrt_param_binding");
	LLVMTypeRef et = LLVMStructCreateNamed(t->ctx, "vitrt_launch_extent");
	LLVMTypeRef lt = LLVMStructCreateNamed(t->ctx, "vitrt_launch_info");
	LLVMTypeRef it = LLVMStructCreateNamed(t->ctx, "vitrt_device_image");
	LLVMTypeRef bf[4] = {t->t_i32, t->t_i32, t->t_i64, t->t_i64};
	LLVMTypeRef ef[3] = {t->t_i64, t->t_i64, t->t_i64};
	LLVMTypeRef lf[12] = {t->t_ptr, t->t_i32, t->t_i32, t->t_i32, t->t_i32, t->t_i32, t->t_i32,
	                      t->t_i32, t->t_i32, t->t_i32, t->t_ptr, LLVMArrayType(et, 3)};
	LLVMTypeRef imf[9] = {t->t_ptr, t->t_ptr, t->t_ptr, t->t_ptr, t->t_i64, t->t_i32, t->t_ptr,
	                      t->t_ptr, t->t_i64};
	LLVMValueRef *el = arena_calloc(&t->arena, (size_t)p->n_kernels + 1, sizeof(*el));
	LLVMValueRef v[9], g, code, launches, weights;
	size_t n = dev && dev->obj ? LLVMGetBufferSize(dev->obj) : 0;
	char arch[16];

	LLVMStructSetBody(bt, bf, 4, 0);
	LLVMStructSetBody(et, ef, 3, 0);
	LLVMStructSetBody(lt, lf, 12, 0);
	LLVMStructSetBody(it, imf, 9, 0);
	if (LLVMABISizeOfType(td, bt) != sizeof(vitrt_param_binding) ||
	    LLVMABISizeOfType(td, et) != sizeof(vitrt_launch_extent) ||
	    LLVMABISizeOfType(td, lt) != sizeof(vitrt_launch_info) ||
	    LLVMABISizeOfType(td, it) != sizeof(vitrt_device_image) ||
	    LLVMOffsetOfElement(td, lt, 11) != offsetof(vitrt_launch_info, items) ||
	    LLVMOffsetOfElement(td, it, 8) != offsetof(vitrt_device_image, weights_size))
		return vitc_errf(err, "internal: vitrt device ABI layout mismatch");
	for (int i = 0; i < p->n_kernels; i++) {
		const Kernel *k = p->kernels[i];
		int owner = st && st->launch[i].set ? i : k->same_as;
		const Launch *l = st && owner >= 0 ? &st->launch[owner] : NULL;
		LLVMValueRef x[3], params;
		uint32_t np;
		char name[32];
		if (!l || !l->set)
			return vitc_errf(err, "internal: kernel '%s' has no device function", k->name);
		params = param_bindings(t, bt, m0, k, &np);
		if (np != l->n_params)
			return vitc_errf(err, "internal: kernel '%s' binds %u parameters, its function has %u",
			                 k->name, np, l->n_params);
		snprintf(name, sizeof(name), "vitc_k%d", owner);
		for (int d = 0; d < 3; d++) {
			LLVMValueRef e[3] = {c64(t, l->items_n[d]), c64(t, l->items_c[d]),
			                     c64(t, l->items_div[d])};
			x[d] = LLVMConstNamedStruct(et, e, 3);
		}
		LLVMValueRef f[12] = {
			cg_cstr(t, name), md_int(t, (int)l->mode),
			md_int(t, (int)l->block[0]), md_int(t, (int)l->block[1]), md_int(t, (int)l->block[2]),
			md_int(t, (int)l->grid[0]), md_int(t, (int)l->grid[1]), md_int(t, (int)l->grid[2]),
			md_int(t, 0), md_int(t, (int)np), params, LLVMConstArray(et, x, 3),
		};
		el[i] = LLVMConstNamedStruct(lt, f, 12);
	}
	launches = p->n_kernels ? const_global(t, LLVMConstArray(lt, el, (unsigned)p->n_kernels),
	                                       "vitc_launches")
	                        : LLVMConstNull(t->t_ptr);
	code = const_global(t, LLVMConstStringInContext(t->ctx, n ? LLVMGetBufferStart(dev->obj) : "",
	                                                (unsigned)n, 0), "vitc_ptx");
	if (m0->n_w) {
		/* the weights object's symbol, as the CPU run() refers to it */
		weights = LLVMAddGlobal(t->mod, t->t_i8, CG_WEIGHTS_SYMBOL);
		LLVMSetGlobalConstant(weights, 1);
		LLVMSetLinkage(weights, LLVMExternalLinkage);
		LLVMSetVisibility(weights, LLVMHiddenVisibility);
		LLVMSetAlignment(weights, 64);
	} else {
		weights = LLVMConstNull(t->t_ptr);
	}
	snprintf(arch, sizeof(arch), "sm_%d", t->sm);
	v[0] = cg_cstr(t, "cuda");
	v[1] = cg_cstr(t, arch);
	v[2] = cg_cstr(t, "ptx");
	v[3] = code;
	v[4] = LLVMConstInt(t->t_i64, n, 0);
	v[5] = md_int(t, p->n_kernels);
	v[6] = launches;
	v[7] = weights;
	v[8] = LLVMConstInt(t->t_i64, m0->n_w ? m0->w_total : 0, 0);
	g = LLVMAddGlobal(t->mod, it, CG_DEVICE_SYMBOL);
	LLVMSetInitializer(g, LLVMConstNamedStruct(it, v, 9));
	LLVMSetGlobalConstant(g, 1);
	LLVMSetVisibility(g, LLVMHiddenVisibility);
	LLVMSetAlignment(g, 8);
	return cg_verify_part(t, err);
}

/* --dump-ir: "<dir>/<seq+3>-model.ptx", the device part's PTX. */
static int write_ptx(const CgModule *dev, const CgOptions *opt, VitcErr *err)
{
	char path[4096];
	FILE *f;
	size_t n = dev && dev->obj ? LLVMGetBufferSize(dev->obj) : 0;
	int bad;

	snprintf(path, sizeof(path), "%s/%02d-model.ptx", opt->dump_dir, opt->dump_seq + 3);
	if (!(f = fopen(path, "w")))
		return vitc_errf(err, "%s: cannot write", path);
	bad = n && fwrite(LLVMGetBufferStart(dev->obj), 1, n, f) != n;
	if (fclose(f) || bad)
		return vitc_errf(err, "%s: write error", path);
	return 0;
}

/*
 * --dump-ir: "<dir>/<seq+4>-launches.txt", the launch table in words: per
 * kernel in run() order its function, mode, block, grid and parameter
 * count, as device_tables stores them.  A grid dimension computed at run
 * time is shown as its item count, [a*N+c] or [(a*N+c)/div] (blocks =
 * ceil(items / block)), or [?] (unknown: a grid-stride loop; libvitrt
 * takes 1024 blocks), so the launch shapes can be read without a driver.
 */
static int write_launches(const Program *p, const CgModule *dev, const CgOptions *opt,
                          VitcErr *err)
{
	const NvState *st = dev ? dev->tdata : NULL;
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%02d-launches.txt", opt->dump_dir, opt->dump_seq + 4);
	if (!(f = fopen(path, "w")))
		return vitc_errf(err, "%s: cannot write", path);
	fprintf(f, "# kernel function mode block grid shared params name; grid [items]: "
	        "ceil(items / block) blocks at batch N; params: the .entry's (host, N, pointers)\n");
	for (int i = 0; i < p->n_kernels; i++) {
		const Kernel *k = p->kernels[i];
		int owner = st && st->launch[i].set ? i : k->same_as;
		const Launch *l = st && owner >= 0 ? &st->launch[owner] : NULL;
		if (!l || !l->set)
			continue;   /* device_tables refuses it */
		fprintf(f, "k%d vitc_k%d %s block=%u,%u,%u grid=", i, owner,
		        l->mode == VITRT_LAUNCH_GRID_STRIDE ? "GRID_STRIDE" : "SINGLE",
		        l->block[0], l->block[1], l->block[2]);
		for (int d = 0; d < 3; d++) {
			if (d)
				fputc(',', f);
			if (l->grid[d])
				fprintf(f, "%u", l->grid[d]);
			else if (!l->items_div[d])
				fputs("[?]", f);
			else if (l->items_div[d] == 1)
				fprintf(f, "[%lld*N+%lld]", (long long)l->items_n[d], (long long)l->items_c[d]);
			else
				fprintf(f, "[(%lld*N+%lld)/%lld]", (long long)l->items_n[d],
				        (long long)l->items_c[d], (long long)l->items_div[d]);
		}
		fprintf(f, " shared=0 params=%u %s\n", l->n_params + 2, k->name);
	}
	if (fclose(f))
		return vitc_errf(err, "%s: write error", path);
	return 0;
}

/*
 * The dumps (the .ll files hold the host and the device module, the .s
 * the host's assembly, the .ptx the device code), then the .so: the main
 * part's object, a host object with the device tables, the weights.
 */
static int nvptx_package(CgModule *const *parts, int n, const CgOptions *opt,
                         const char *out, VitcErr *err)
{
	const CgModule *dev = n > 1 ? parts[1] : NULL;
	CgOptions o = *opt;
	CgModule *t, *link[2];
	int r;

	if (opt->dump_dir && (cg_write_dumps(parts, n, opt, err) || write_ptx(dev, opt, err) ||
	                      write_launches(parts[0]->prog, dev, opt, err)))
		return -1;
	if (opt->print_llvm)
		for (int i = 0; i < n; i++)
			if (parts[i]->dump[1])
				fputs(parts[i]->dump[1], stderr);
	o.dump_dir = NULL;
	o.print_llvm = 0;
	if (!(t = cg_new_part(&cg_target_x86, parts[0]->prog, &o, "device tables", err)))
		return -1;
	r = device_tables(t, parts[0], dev, err) || cg_target_x86.emit(t, &o, err);
	if (!r) {
		link[0] = parts[0];
		link[1] = t;
		r = cg_link_parts(link, 2, out, err);
	}
	cg_free_part(t);
	return r ? -1 : 0;
}

const Target cg_target_nvptx = {
	.name = "nvptx64",
	.init = nvptx_init,
	.parallel_for = nvptx_parallel_for,
	.vector_lanes = nvptx_vector_lanes,
	.math = nvptx_math,
	.fn_attrs = nvptx_fn_attrs,
	.optimize = nvptx_optimize,
	.emit = nvptx_emit,
	.package = nvptx_package,
	.dispose = nvptx_dispose,
	.kernel_body = nvptx_kernel_body,
	.barrier = nvptx_barrier,
	.host = &cg_target_x86,
	.device = "cuda",
	.one_module = 1,
	.no_unroll_marks = 1,
};
