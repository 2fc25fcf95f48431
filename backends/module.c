/*
 * module.c - the LLVM modules ("parts") of a Program: a function per
 * distinct kernel, vitc_k<id>(host, N, roots...), each in a part of its
 * own, that takes the distinct storage it touches (alias_of resolved) as
 * pointer parameters, noalias where no two can overlap; and the main part:
 * a run() that computes every buffer's base pointer (inputs and outputs
 * from the caller's arrays, workspace buffers at ws_fixed +
 * ws_per_batch * N, weights at their offsets in the weights object,
 * weights_obj.c) and calls the kernels in order, and the exported
 * vitrt_model_abi object "vitc_model_v1" (runtime/vitrt_abi.h).
 * Everything but that object is internal or hidden in the .so.
 */
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>

#include "config.h"
#include "backends/cg.h"
#include "runtime/vitrt_abi.h"

_Static_assert((int)DT_F32 == VITRT_F32 && (int)DT_F16 == VITRT_F16 &&
               (int)DT_I64 == VITRT_I64 && (int)DT_I32 == VITRT_I32 &&
               (int)DT_I16 == VITRT_I16 && (int)DT_I8 == VITRT_I8 &&
               (int)DT_U8 == VITRT_U8 && (int)DT_I4 == VITRT_I4 &&
               (int)DT_B1 == VITRT_B1 && (int)DT_POT5 == VITRT_POT5,
               "ir/dtypes.h and vitrt_abi.h disagree");
_Static_assert(IR_DIM_N == VITRT_DIM_N && IR_MAX_RANK == VITRT_MAX_RANK,
               "shape conventions of ir.h and vitrt_abi.h disagree");

static void attr(CgModule *m, LLVMValueRef fn, unsigned idx, const char *name)
{
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(m->ctx, kind, 0));
}

static void str_attr(CgModule *m, LLVMValueRef fn, const char *k, const char *v)
{
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
	        LLVMCreateStringAttribute(m->ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v)));
}

/*
 * Attributes of every generated function: nounwind, the FP assumptions
 * that let llvm.maxnum reductions vectorize, and the target's own.
 */
void cg_common_fn_attrs(CgModule *m, LLVMValueRef fn)
{
	attr(m, fn, LLVMAttributeFunctionIndex, "nounwind");
	str_attr(m, fn, "no-nans-fp-math", "true");
	str_attr(m, fn, "no-signed-zeros-fp-math", "true");
	if (m->target->fn_attrs)
		m->target->fn_attrs(m, fn);
}

/*
 * Point f->bufs at "root_vals" (one value per f->roots entry) for every
 * Program buffer whose storage is one of those roots.
 */
void cg_bind_buffers(CgFn *f, LLVMValueRef *root_vals)
{
	const Program *p = f->m->prog;

	f->bufs = arena_calloc(&f->m->arena, (size_t)p->n_bufs + 1, sizeof(LLVMValueRef));
	for (int i = 0; i < p->n_bufs; i++)
		for (int j = 0; j < f->n_roots; j++)
			if (cg_root(p->bufs[i])->id == f->roots[j])
				f->bufs[i] = root_vals[j];
}

/* Bytes of "b" as fixed + per_batch * N. */
static void buf_bytes(const Buffer *b, uint64_t *fixed, uint64_t *per_batch)
{
	uint64_t n = 1;
	int has_n = 0;

	for (int i = 0; i < b->shape.rank; i++) {
		if (b->shape.d[i] == IR_DIM_N)
			has_n = 1;
		else
			n *= (uint64_t)b->shape.d[i];
	}
	n = (n * (uint64_t)ir_dtype_bits(b->dtype) + 7) / 8;
	*fixed = has_n ? 0 : n;
	*per_batch = has_n ? n : 0;
}

/* Does workspace buffer "a" end before "b" starts, for every N >= 1? */
static int ws_before(const Buffer *a, const Buffer *b)
{
	uint64_t af, ap;
	int64_t at1, slope;

	buf_bytes(a, &af, &ap);
	at1 = (int64_t)(a->ws_fixed + af + a->ws_per_batch + ap) -
	      (int64_t)(b->ws_fixed + b->ws_per_batch);
	slope = (int64_t)(a->ws_per_batch + ap) - (int64_t)b->ws_per_batch;
	return at1 <= 0 && slope <= 0;
}

/*
 * Can the storage of "a" and "b" overlap?  Inputs, outputs and weights
 * are distinct memory; two workspace buffers may share bytes unless one
 * ends before the other starts for every batch size.
 */
static int may_overlap(const Buffer *a, const Buffer *b)
{
	if (a == b)
		return 1;
	if (a->kind != BUF_WORKSPACE || b->kind != BUF_WORKSPACE)
		return 0;
	return !ws_before(a, b) && !ws_before(b, a);
}

/*
 * Collect the roots kernel "k" touches, in order of first appearance
 * (k_kernel_buffers), so kernels with equal keys get the same parameter
 * lists and can share one function.
 */
CgSig cg_kernel_sig(CgModule *m, const Kernel *k)
{
	const Program *p = m->prog;
	const Buffer **bufs = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(*bufs));
	int nb = k_kernel_buffers(k, bufs, p->n_bufs);
	CgSig sig = {0};

	sig.roots = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(int));
	sig.noalias = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(int));
	for (int i = 0; i < nb; i++) {
		int r = cg_root(bufs[i])->id, seen = bufs[i]->kind >= BUF_SHARED; /* not memory of a run */
		for (int j = 0; j < sig.n; j++)
			seen |= sig.roots[j] == r;
		if (!seen)
			sig.roots[sig.n++] = r;
	}
	for (int i = 0; i < sig.n; i++) {
		sig.noalias[i] = 1;
		for (int j = 0; j < sig.n; j++)
			if (i != j && may_overlap(p->bufs[sig.roots[i]], p->bufs[sig.roots[j]]))
				sig.noalias[i] = 0;
	}
	return sig;
}

/* Can kernel "b" call the function of kernel "a" (same key, same aliasing)? */
int cg_same_sig(const CgSig *a, const CgSig *b)
{
	if (a->n != b->n)
		return 0;
	for (int i = 0; i < a->n; i++)
		if (a->noalias[i] != b->noalias[i])
			return 0;
	return 1;
}

/*
 * The function vitc_k<id>(host, N, roots...) of kernel "k" with AST "ast",
 * alone in module "m" (hidden: the main module calls it, nothing outside
 * the .so sees it).  Its run-time parameters (KParam) are read at entry
 * and bound by name, like N, for the identifiers of the AST.
 */
LLVMValueRef cg_emit_kernel(CgModule *m, const Kernel *k, isl_ast_node *ast,
                            const CgSig *sig, VitcErr *err)
{
	int np = 2 + sig->n;
	LLVMTypeRef *pt = arena_calloc(&m->arena, (size_t)np, sizeof(*pt));
	LLVMValueRef *rv = arena_calloc(&m->arena, (size_t)sig->n + 1, sizeof(*rv));
	LLVMValueRef fn;
	CgFn f = {0};
	CgGpuMap gm;
	char name[32];

	for (int i = 0; i < np; i++)
		pt[i] = i == 1 ? m->t_i64 : m->t_ptr;
	snprintf(name, sizeof(name), "vitc_k%d", k->id);
	fn = LLVMAddFunction(m->mod, name, LLVMFunctionType(m->t_void, pt, (unsigned)np, 0));
	LLVMSetVisibility(fn, LLVMHiddenVisibility);
	cg_common_fn_attrs(m, fn);
	attr(m, fn, LLVMAttributeFunctionIndex, "noinline");
	for (int i = 0; i < sig->n; i++) {
		rv[i] = LLVMGetParam(fn, (unsigned)i + 2);
		if (sig->noalias[i])
			attr(m, fn, (unsigned)i + 3, "noalias");
	}
	LLVMPositionBuilderAtEnd(m->b, LLVMAppendBasicBlockInContext(m->ctx, fn, "entry"));
	f.m = m;
	f.k = k;
	f.fn = fn;
	f.roots = sig->roots;
	f.noalias = sig->noalias;
	f.n_roots = sig->n;
	f.host = LLVMGetParam(fn, 0);
	f.n = LLVMGetParam(fn, 1);
	f.err = err;
	cg_bind_buffers(&f, rv);
	cg_bind(&f, "N", f.n);
	for (int i = 0; i < k->n_params; i++) {
		LLVMValueRef v = cg_load_param(&f, &k->params[i]);
		if (!v)
			return NULL;
		cg_bind(&f, k->params[i].name, v);
	}
	if (m->emulate_gpu && cg_gpu_map(ast, &gm) ? cg_gpu_emulate(&f, ast, &gm) :
	    m->target->kernel_body ? m->target->kernel_body(&f, ast) : cg_emit_ast(&f, ast))
		return NULL;
	LLVMBuildRetVoid(m->b);
	return fn;
}

/* A private NUL-terminated string constant. */
LLVMValueRef cg_cstr(CgModule *m, const char *s)
{
	LLVMValueRef init = LLVMConstStringInContext(m->ctx, s, (unsigned)strlen(s), 0);
	LLVMValueRef g = LLVMAddGlobal(m->mod, LLVMTypeOf(init), ".str");

	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
	return g;
}

/*
 * Place the weights the kernels use (in order of first use in run()) at
 * 64-byte aligned offsets of the weights object (weights_obj.c), checking
 * that each has all its bytes.
 */
static int layout_weights(CgModule *m, const CgSig *sigs, VitcErr *err)
{
	const Program *p = m->prog;
	char *seen = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, 1);

	m->w_bufs = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(*m->w_bufs));
	m->w_offs = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(*m->w_offs));
	m->w_at = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(*m->w_at));
	for (int k = 0; k < p->n_kernels; k++)
		for (int i = 0; i < sigs[k].n; i++) {
			const Buffer *b = p->bufs[sigs[k].roots[i]];
			uint64_t fixed, per_batch;
			if (b->kind != BUF_WEIGHT || seen[b->id])
				continue;
			seen[b->id] = 1;
			buf_bytes(b, &fixed, &per_batch);
			if (!b->data)
				return vitc_errf(err, "weight '%s' has no data", b->name);
			if (per_batch || b->nbytes < fixed)
				return vitc_errf(err, "weight '%s': %llu bytes for shape of %llu", b->name,
				                 (unsigned long long)b->nbytes, (unsigned long long)fixed);
			m->w_total = (m->w_total + 63) / 64 * 64;
			m->w_at[b->id] = m->w_total;
			m->w_offs[m->n_w] = m->w_total;
			m->w_bufs[m->n_w++] = b;
			m->w_total += b->nbytes;
		}
	return 0;
}

/*
 * The address of weight "b": CG_WEIGHTS_SYMBOL (declared here, hidden,
 * 64-byte aligned; defined by the weights object) plus its offset.
 */
static LLVMValueRef weight_ptr(CgModule *m, const Buffer *b)
{
	LLVMValueRef off = LLVMConstInt(m->t_i64, m->w_at[b->id], 0);

	if (!m->w_sym) {
		m->w_sym = LLVMAddGlobal(m->mod, m->t_i8, CG_WEIGHTS_SYMBOL);
		LLVMSetGlobalConstant(m->w_sym, 1);
		LLVMSetLinkage(m->w_sym, LLVMExternalLinkage);
		LLVMSetVisibility(m->w_sym, LLVMHiddenVisibility);
		LLVMSetAlignment(m->w_sym, 64);
	}
	return LLVMConstInBoundsGEP2(m->t_i8, m->w_sym, &off, 1);
}

/* The base pointer of root buffer "b" inside run(). */
static LLVMValueRef root_ptr(CgModule *m, const Buffer *b, LLVMValueRef fn, VitcErr *err)
{
	LLVMBuilderRef bl = m->b;
	LLVMValueRef arr, idx, off;

	switch (b->kind) {
	case BUF_INPUT:
	case BUF_OUTPUT:
		arr = LLVMGetParam(fn, b->kind == BUF_INPUT ? 1 : 2);
		idx = LLVMConstInt(m->t_i64, (unsigned long long)b->io_index, 0);
		return LLVMBuildLoad2(bl, m->t_ptr,
		                      LLVMBuildInBoundsGEP2(bl, m->t_ptr, arr, &idx, 1, ""), b->name);
	case BUF_WEIGHT:
		return weight_ptr(m, b);
	case BUF_WORKSPACE:
		off = LLVMBuildMul(bl, LLVMConstInt(m->t_i64, b->ws_per_batch, 0),
		                   LLVMGetParam(fn, 4), "");
		off = LLVMBuildAdd(bl, off, LLVMConstInt(m->t_i64, b->ws_fixed, 0), "");
		return LLVMBuildInBoundsGEP2(bl, m->t_i8, LLVMGetParam(fn, 3), &off, 1, b->name);
	default:
		break;
	}
	return NULL;
}

/*
 * if (host->trace) host->trace(host->trace_ctx, kernel, phase): the
 * profiling hook around each kernel call in run().
 */
static void emit_trace(CgModule *m, LLVMValueRef fn, int kernel, int phase)
{
	LLVMValueRef host = LLVMGetParam(fn, 0);
	LLVMValueRef tp = LLVMBuildStructGEP2(m->b, m->t_host, host, 4, "");
	LLVMValueRef tr = LLVMBuildLoad2(m->b, m->t_ptr, tp, "trace");
	LLVMBasicBlockRef call = LLVMAppendBasicBlockInContext(m->ctx, fn, "trace");
	LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(m->ctx, fn, "");
	LLVMBuildCondBr(m->b, LLVMBuildIsNotNull(m->b, tr, ""), call, next);
	LLVMPositionBuilderAtEnd(m->b, call);
	LLVMValueRef cp = LLVMBuildStructGEP2(m->b, m->t_host, host, 3, "");
	LLVMTypeRef at[3] = {m->t_ptr, m->t_i32, m->t_i32};
	LLVMValueRef args[3] = {LLVMBuildLoad2(m->b, m->t_ptr, cp, ""),
	                        LLVMConstInt(m->t_i32, (unsigned long long)kernel, 0),
	                        LLVMConstInt(m->t_i32, (unsigned long long)phase, 0)};
	LLVMBuildCall2(m->b, LLVMFunctionType(m->t_void, at, 3, 0), tr, args, 3, "");
	LLVMBuildBr(m->b, next);
	LLVMPositionBuilderAtEnd(m->b, next);
}

/*
 * run(host, inputs, outputs, workspace, N): base pointers of the roots
 * the kernels use, then each kernel in order; returns 0.
 */
static LLVMValueRef emit_run(CgModule *m, LLVMValueRef *kfn, const CgSig *sigs,
                             VitcErr *err)
{
	const Program *p = m->prog;
	LLVMTypeRef pt[5] = {m->t_ptr, m->t_ptr, m->t_ptr, m->t_ptr, m->t_i64};
	LLVMValueRef fn = LLVMAddFunction(m->mod, "vitc_run",
	                                  LLVMFunctionType(m->t_i32, pt, 5, 0));
	LLVMValueRef *base = arena_calloc(&m->arena, (size_t)p->n_bufs + 1, sizeof(*base));

	LLVMSetLinkage(fn, LLVMInternalLinkage);
	cg_common_fn_attrs(m, fn);
	LLVMPositionBuilderAtEnd(m->b, LLVMAppendBasicBlockInContext(m->ctx, fn, "entry"));
	for (int k = 0; k < p->n_kernels; k++) {
		int np = 2 + sigs[k].n;
		LLVMValueRef *args = arena_calloc(&m->arena, (size_t)np, sizeof(*args));
		for (int i = 0; i < sigs[k].n; i++) {
			int r = sigs[k].roots[i];
			if (!base[r] && !(base[r] = root_ptr(m, p->bufs[r], fn, err)))
				return NULL;
			args[2 + i] = base[r];
		}
		args[0] = LLVMGetParam(fn, 0);
		args[1] = LLVMGetParam(fn, 4);
		emit_trace(m, fn, k, 0);
		LLVMBuildCall2(m->b, LLVMGlobalGetValueType(kfn[k]), kfn[k], args, (unsigned)np, "");
		emit_trace(m, fn, k, 1);
	}
	LLVMBuildRet(m->b, LLVMConstInt(m->t_i32, 0, 0));
	return fn;
}

/* A constant array of vitrt_tensor_info for "bufs". */
static LLVMValueRef tensor_infos(CgModule *m, LLVMTypeRef ti, Buffer **bufs, int n)
{
	LLVMValueRef *el = arena_calloc(&m->arena, (size_t)n + 1, sizeof(*el)), g, init;
	LLVMValueRef dims[VITRT_MAX_RANK], f[4];

	if (!n)
		return LLVMConstNull(m->t_ptr);
	for (int i = 0; i < n; i++) {
		for (int d = 0; d < VITRT_MAX_RANK; d++)
			dims[d] = LLVMConstInt(m->t_i64, d < bufs[i]->shape.rank
			                       ? (unsigned long long)bufs[i]->shape.d[d] : 0, 1);
		f[0] = cg_cstr(m, bufs[i]->name);
		f[1] = LLVMConstInt(m->t_i32, (unsigned long long)bufs[i]->dtype, 0);
		f[2] = LLVMConstInt(m->t_i32, (unsigned long long)bufs[i]->shape.rank, 0);
		f[3] = LLVMConstArray(m->t_i64, dims, VITRT_MAX_RANK);
		el[i] = LLVMConstNamedStruct(ti, f, 4);
	}
	init = LLVMConstArray(ti, el, (unsigned)n);
	g = LLVMAddGlobal(m->mod, LLVMTypeOf(init), "vitc_tensors");
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	return g;
}

/* A constant array with every kernel's name, for profiles. */
static LLVMValueRef kernel_names(CgModule *m)
{
	const Program *p = m->prog;
	LLVMValueRef *el = arena_calloc(&m->arena, (size_t)p->n_kernels + 1, sizeof(*el));
	LLVMValueRef init, g;

	if (!p->n_kernels)
		return LLVMConstNull(m->t_ptr);
	for (int i = 0; i < p->n_kernels; i++)
		el[i] = cg_cstr(m, p->kernels[i]->name);
	init = LLVMConstArray(m->t_ptr, el, (unsigned)p->n_kernels);
	g = LLVMAddGlobal(m->mod, LLVMTypeOf(init), ".kernel_names");
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	return g;
}

/*
 * The exported vitrt_model_abi object; checks its layout against the C
 * one.  For a device target "dev" (else NULL) it is a
 * vitrt_device_model_abi: version VITRT_ABI_VERSION_DEVICE, the device as
 * target, the architecture as cpu, and a pointer to the device image
 * "vitc_device" (defined by the device tables object, nvptx.c).
 */
static int emit_abi(CgModule *m, LLVMValueRef run, const Target *dev, VitcErr *err)
{
	const Program *p = m->prog;
	LLVMTypeRef ti = LLVMStructCreateNamed(m->ctx, "vitrt_tensor_info");
	LLVMTypeRef ab = LLVMStructCreateNamed(m->ctx, "vitrt_model_abi");
	LLVMTypeRef tif[4] = {m->t_ptr, m->t_i32, m->t_i32, LLVMArrayType(m->t_i64, VITRT_MAX_RANK)};
	LLVMTypeRef abf[16] = {m->t_i32, m->t_i32, m->t_ptr, m->t_ptr, m->t_ptr, m->t_ptr,
	                       m->t_i32, m->t_i32, m->t_ptr, m->t_ptr, m->t_i64, m->t_i64, m->t_ptr,
	                       m->t_i32, m->t_ptr, m->t_ptr};
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(m->mod);
	LLVMValueRef v[16], g;
	unsigned nf = dev ? 16 : 15;
	char arch[16];

	LLVMStructSetBody(ti, tif, 4, 0);
	LLVMStructSetBody(ab, abf, nf, 0);
	if (!strcmp(m->target->name, "x86_64") &&
	    (LLVMABISizeOfType(td, ti) != sizeof(vitrt_tensor_info) ||
	     LLVMABISizeOfType(td, ab) != (dev ? sizeof(vitrt_device_model_abi)
	                                       : sizeof(vitrt_model_abi))))
		return vitc_errf(err, "internal: vitrt ABI layout mismatch");
	snprintf(arch, sizeof(arch), "sm_%d", m->sm);
	v[0] = LLVMConstInt(m->t_i32, VITRT_MAGIC, 0);
	v[1] = LLVMConstInt(m->t_i32, dev ? VITRT_ABI_VERSION_DEVICE : VITRT_ABI_VERSION, 0);
	v[2] = cg_cstr(m, PACKAGE_VERSION);
	v[3] = cg_cstr(m, dev ? dev->device : m->target->name);
	v[4] = cg_cstr(m, dev ? arch : m->cpu);
	v[5] = cg_cstr(m, m->abi_features ? m->abi_features : "");
	v[6] = LLVMConstInt(m->t_i32, (unsigned long long)p->n_inputs, 0);
	v[7] = LLVMConstInt(m->t_i32, (unsigned long long)p->n_outputs, 0);
	v[8] = tensor_infos(m, ti, p->inputs, p->n_inputs);
	v[9] = tensor_infos(m, ti, p->outputs, p->n_outputs);
	v[10] = LLVMConstInt(m->t_i64, p->ws_fixed, 0);
	v[11] = LLVMConstInt(m->t_i64, p->ws_per_batch, 0);
	v[12] = run;
	v[13] = LLVMConstInt(m->t_i32, (unsigned long long)p->n_kernels, 0);
	v[14] = kernel_names(m);
	if (dev) {
		v[15] = LLVMAddGlobal(m->mod, m->t_i8, CG_DEVICE_SYMBOL);
		LLVMSetGlobalConstant(v[15], 1);
		LLVMSetLinkage(v[15], LLVMExternalLinkage);
		LLVMSetVisibility(v[15], LLVMHiddenVisibility);
	}
	g = LLVMAddGlobal(m->mod, ab, VITRT_MODEL_SYMBOL);
	LLVMSetInitializer(g, LLVMConstNamedStruct(ab, v, nf));
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMExternalLinkage);
	LLVMSetVisibility(g, LLVMDefaultVisibility);
	LLVMSetAlignment(g, 8);
	return 0;
}

/* Keep LLVM's remarks and warnings quiet; remember the first error. */
static void diag_handler(LLVMDiagnosticInfoRef di, void *user)
{
	CgModule *m = user;
	char *s;

	if (LLVMGetDiagInfoSeverity(di) != LLVMDSError || m->diag_error)
		return;
	s = LLVMGetDiagInfoDescription(di);
	snprintf(m->diag, sizeof(m->diag), "%s", s);
	m->diag_error = 1;
	LLVMDisposeMessage(s);
}

static void module_types(CgModule *m)
{
	LLVMTypeRef hf[5], tp[3];

	m->t_void = LLVMVoidTypeInContext(m->ctx);
	m->t_i1 = LLVMInt1TypeInContext(m->ctx);
	m->t_i8 = LLVMInt8TypeInContext(m->ctx);
	m->t_i16 = LLVMInt16TypeInContext(m->ctx);
	m->t_i32 = LLVMInt32TypeInContext(m->ctx);
	m->t_i64 = LLVMInt64TypeInContext(m->ctx);
	m->t_f16 = LLVMHalfTypeInContext(m->ctx);
	m->t_f32 = LLVMFloatTypeInContext(m->ctx);
	m->t_ptr = LLVMPointerTypeInContext(m->ctx, 0);
	hf[0] = m->t_ptr, hf[1] = m->t_i32, hf[2] = m->t_ptr, hf[3] = m->t_ptr, hf[4] = m->t_ptr;
	m->t_host = LLVMStructTypeInContext(m->ctx, hf, 5, 0);
	tp[0] = m->t_ptr, tp[1] = m->t_i64, tp[2] = m->t_i64;
	m->t_task = LLVMFunctionType(m->t_void, tp, 3, 0);
	m->md_loop = LLVMGetMDKindIDInContext(m->ctx, "llvm.loop", 9);
}

/* Verify the module of part "m"; -1 with a message if it is not valid IR. */
int cg_verify_part(CgModule *m, VitcErr *err)
{
	char *msg = NULL;

	if (LLVMVerifyModule(m->mod, LLVMReturnStatusAction, &msg)) {
		vitc_errf(err, "internal: invalid LLVM IR: %.400s", msg ? msg : "?");
		LLVMDisposeMessage(msg);
		return -1;
	}
	LLVMDisposeMessage(msg);
	return 0;
}

/*
 * A new part: its own LLVM context (contexts are not shared between
 * threads), module, builder and target machine.  NULL with "err" set.
 */
CgModule *cg_new_part(const Target *t, const Program *p, const CgOptions *opt,
                      const char *name, VitcErr *err)
{
	CgModule *m = xcalloc(1, sizeof(*m));

	m->target = t;
	m->prog = p;
	m->sm = opt ? opt->cuda_sm : 0;
	m->emulate_gpu = opt && opt->emulate_gpu && !opt->cuda_sm;
	m->opt_level = !opt || opt->opt_level < 0 ? 0 : opt->opt_level > 3 ? 3 : opt->opt_level;
	m->name = xstrdup(name);
	m->ctx = LLVMContextCreate();
	LLVMContextSetDiagnosticHandler(m->ctx, diag_handler, m);
	m->mod = LLVMModuleCreateWithNameInContext("vitc_model", m->ctx);
	LLVMSetSourceFileName(m->mod, "vitc_model", 10);
	m->b = LLVMCreateBuilderInContext(m->ctx);
	module_types(m);
	if (t->init(m, opt, err)) {
		cg_free_part(m);
		return NULL;
	}
	return m;
}

void cg_free_part(CgModule *m)
{
	if (!m)
		return;
	if (m->target && m->target->dispose)
		m->target->dispose(m);
	if (m->obj)
		LLVMDisposeMemoryBuffer(m->obj);
	for (int i = 0; i < 3; i++)
		LLVMDisposeMessage(m->dump[i]);
	if (m->b)
		LLVMDisposeBuilder(m->b);
	if (m->mod)
		LLVMDisposeModule(m->mod);
	if (m->ctx)
		LLVMContextDispose(m->ctx);
	arena_free(&m->arena);
	free(m->name);
	free(m);
}

/*
 * The declaration, in the main module "m", of kernel "k"'s function
 * defined in its own part (same type as emit_kernel's).
 */
LLVMValueRef cg_declare_kernel(CgModule *m, const Kernel *k, const CgSig *sig)
{
	int np = 2 + sig->n;
	LLVMTypeRef *pt = arena_calloc(&m->arena, (size_t)np, sizeof(*pt));
	LLVMValueRef fn;
	char name[32];

	for (int i = 0; i < np; i++)
		pt[i] = i == 1 ? m->t_i64 : m->t_ptr;
	snprintf(name, sizeof(name), "vitc_k%d", k->id);
	fn = LLVMAddFunction(m->mod, name, LLVMFunctionType(m->t_void, pt, (unsigned)np, 0));
	LLVMSetVisibility(fn, LLVMHiddenVisibility);
	attr(m, fn, LLVMAttributeFunctionIndex, "nounwind");
	return fn;
}

/*
 * The main part's module: the weights layout, run() calling "kfn[i]" for
 * kernel i (with the parameters of "sigs[i]"), the ABI object; verified.
 */
int cg_emit_main(CgModule *m, LLVMValueRef *kfn, const CgSig *sigs, VitcErr *err)
{
	LLVMValueRef run;

	if (layout_weights(m, sigs, err) || !(run = emit_run(m, kfn, sigs, err)) ||
	    emit_abi(m, run, NULL, err))
		return -1;
	return cg_verify_part(m, err);
}

/*
 * The main part of a compile for the device target "dev": the weights
 * layout (the weights object is linked as for CPUs), a run() that only
 * returns -1 (this slice has no host side: the runtime refuses a device
 * model before it could call run()), and the device ABI object.
 */
int cg_emit_device_main(CgModule *m, const CgSig *sigs, const Target *dev, VitcErr *err)
{
	LLVMTypeRef pt[5] = {m->t_ptr, m->t_ptr, m->t_ptr, m->t_ptr, m->t_i64};
	LLVMValueRef run = LLVMAddFunction(m->mod, "vitc_run", LLVMFunctionType(m->t_i32, pt, 5, 0));

	if (layout_weights(m, sigs, err))
		return -1;
	LLVMSetLinkage(run, LLVMInternalLinkage);
	cg_common_fn_attrs(m, run);
	LLVMPositionBuilderAtEnd(m->b, LLVMAppendBasicBlockInContext(m->ctx, run, "entry"));
	LLVMBuildRet(m->b, LLVMConstInt(m->t_i32, (unsigned long long)-1, 1));
	if (emit_abi(m, run, dev, err))
		return -1;
	return cg_verify_part(m, err);
}


/*
 * Append the seal (runtime/vitrt_abi.h) to the linked object at "path":
 * the runtime refuses any MODEL.so whose bytes no longer match it, before
 * dlopen can run any of them.
 */
int cg_seal_file(const char *path, VitcErr *err)
{
	unsigned char buf[1 << 16], seal[VITRT_SEAL_SIZE];
	uint64_t h = vitrt_seal_init(), n = 0;
	ssize_t r;
	int fd = open(path, O_RDWR | O_CLOEXEC);

	if (fd < 0)
		return vitc_errf(err, "%s: cannot open to seal: %s", path, strerror(errno));
	/* Whole buffers, so that only the last piece is not a multiple of 8. */
	for (;;) {
		size_t got = 0;
		while (got < sizeof(buf) && (r = read(fd, buf + got, sizeof(buf) - got)) != 0) {
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				close(fd);
				return vitc_errf(err, "%s: read error while sealing", path);
			}
			got += (size_t)r;
		}
		h = vitrt_seal_update(h, buf, got);
		n += got;
		if (got < sizeof(buf))
			break;
	}
	vitrt_seal_encode(seal, h, n);
	if (write(fd, seal, sizeof(seal)) != (ssize_t)sizeof(seal) || close(fd) != 0)
		return vitc_errf(err, "%s: cannot write the seal: %s", path, strerror(errno));
	return 0;
}
