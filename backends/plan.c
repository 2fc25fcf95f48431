/*
 * plan.c - one compile in the backend, as parts (module.c): the plan
 * decides, before any AST exists, which kernels get a function of their
 * own (kernels with equal keys and parameter aliasing share one), finds
 * each function's object in the compile cache (cache.c) when it can, and
 * so tells the driver which ASTs it still needs; the compile then builds
 * the IR of the other parts (one thread: isl objects are not
 * thread-safe), optimizes them and turns them into objects on opt->jobs
 * threads (parts.c), stores the new objects in the cache, and the
 * target's package hook writes the .so.  The parts and their order are a
 * function of the program only, and a cached object is the very bytes
 * LLVM emitted for the same key, so the .so is the same with or without
 * the cache, with any number of threads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/version.h>

#include "config.h"
#include "backends/cg.h"

struct CgPlan {
	const Program *p;
	const Target *t;
	CgOptions opt;
	CgModule **parts;  /* [0] the main part, then one per function, in kernel order */
	int n;
	CgSig *sigs;       /* per kernel (in the main part's arena) */
	int *owner;        /* per kernel: the kernel whose function it calls */
	int *part;         /* per owner kernel: its part */
	char **keys;       /* per owner kernel: its cache key, or NULL */
	char *main_key;    /* the main part's cache key, or NULL */
	char *needs_ast;   /* per kernel */
	int hits;
};

/* The kinds of the buffers "e" loads (shared, local, global...), for the cache key. */
static void key_kinds(FILE *f, const Expr *e)
{
	if (!e)
		return;
	if (e->kind == EX_LOAD)
		fprintf(f, "%d", (int)e->acc.buf->kind);
	key_kinds(f, e->a);
	key_kinds(f, e->b);
	key_kinds(f, e->c);
}

/*
 * The cache key of kernel "k"'s function: everything its object depends
 * on.  The kernel key (k_kernel_key) holds the loops, statements, buffer
 * slots and dtypes, run-time parameters and the schedule; the rest is the
 * function's name, the aliasing of its parameters, the target machine,
 * the optimization level, the vitc build (cg_cache_build_id), the
 * versions of vitc, LLVM and isl, and the buffer kinds and perm flags of
 * the statements.  A cached kernel is not scheduled again, so not
 * checked again: it needs none, because what the isl checks (sch_apply:
 * dependences, the GPU mapping and the barriers) read is all in this key
 * and the check ran, with the same build, on the compile that stored the
 * object (a compile with the GPU check off uses no cache: driver.c).
 */
static char *cache_key(CgModule *m, const CgOptions *opt, const Kernel *k, const CgSig *sig)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	unsigned maj, min, pat;

	if (!f)
		return NULL;
	LLVMGetVersion(&maj, &min, &pat);
	fprintf(f, "vitc-cache 1\nvitc %s build %s\nllvm %u.%u.%u\n%s\n", PACKAGE_VERSION,
	        cg_cache_build_id(), maj, min, pat, isl_version());
	fprintf(f, "target %s %s %s %s\nO%d\n", m->target->name, m->triple, m->cpu,
	        m->features, opt->opt_level);
	fprintf(f, "fn vitc_k%d %s%s\nsig", k->id, k->name, opt->emulate_gpu ? " emulate-gpu" : "");
	for (int i = 0; i < sig->n; i++)
		fprintf(f, " %d", sig->noalias[i]);
	fprintf(f, "\nkernel %s\n", k_kernel_key(&m->arena, k));
	/*
	 * what the kernel key leaves out but the isl checks read: the kinds of
	 * the buffers (a barrier, shared memory) and the store's perm flag
	 */
	fprintf(f, "kinds");
	for (int i = 0; i < k->n_stmts; i++) {
		fprintf(f, " %d%s:", (int)k->stmts[i]->store.buf->kind,
		        k->stmts[i]->store.perm ? "p" : "");
		key_kinds(f, k->stmts[i]->value);
	}
	fprintf(f, "\n");
	fclose(f);
	return buf;
}

/*
 * The cache key of the main part (run() and the ABI tables): the digest
 * of its IR as emitted, which holds everything its object depends on
 * besides the target, the optimization level and the versions (the same
 * header as a kernel's key).  A digest, not the text (which can be
 * larger than the object), so that the entry stays small.  A compile
 * that changes only weights, or a kernel's schedule, finds it.
 */
static char *main_key(CgModule *m, const CgOptions *opt)
{
	char *ir = LLVMPrintModuleToString(m->mod), *buf = NULL, digest[33];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	unsigned maj, min, pat;

	if (f) {
		LLVMGetVersion(&maj, &min, &pat);
		fprintf(f, "vitc-cache 1 main\nvitc %s build %s\nllvm %u.%u.%u\n%s\n",
		        PACKAGE_VERSION, cg_cache_build_id(), maj, min, pat, isl_version());
		cg_cache_digest(ir, digest);
		fprintf(f, "target %s %s %s %s\nO%d\nir %s\n", m->target->name, m->triple,
		        m->cpu, m->features, m->opt_level, digest);
		fclose(f);
	}
	LLVMDisposeMessage(ir);
	return buf;
}

/* A part that is only an object from the cache. */
static CgModule *cached_part(const Kernel *k, LLVMMemoryBufferRef obj)
{
	CgModule *m = xcalloc(1, sizeof(*m));
	m->name = xstrdup(k->name);
	m->obj = obj;
	m->cached = 1;
	return m;
}

void cg_plan_free(CgPlan *pl)
{
	if (!pl)
		return;
	for (int i = 0; i < pl->n; i++)
		cg_free_part(pl->parts[i]);
	for (int i = 0; pl->keys && i < pl->p->n_kernels; i++)
		free(pl->keys[i]);
	free(pl->keys);
	free(pl->main_key);
	free(pl->parts);
	free(pl->owner);
	free(pl->part);
	free(pl->needs_ast);
	free(pl);
}

CgPlan *cg_plan(const Program *p, const Target *t, const CgOptions *opt, VitcErr *err)
{
	CgPlan *pl = xcalloc(1, sizeof(*pl));
	size_t nk = (size_t)p->n_kernels + 1;
	CgOptions glue = *opt;
	CgModule *m0;

	/*
	 * The main part is glue (run(): one call per kernel and some pointer
	 * arithmetic; the ABI tables), run once per inference: optimizing it
	 * gains nothing measurable and made it the slowest part of a compile
	 * (DeiT-Tiny: 0.19 s at O2, under 0.04 s at O0), so it is not.
	 */
	glue.opt_level = 0;
	pl->p = p;
	pl->t = t;
	pl->opt = *opt;
	pl->parts = xcalloc(nk + 1, sizeof(*pl->parts));
	pl->owner = xcalloc(nk, sizeof(int));
	pl->part = xcalloc(nk, sizeof(int));
	pl->keys = xcalloc(nk, sizeof(char *));
	pl->needs_ast = xcalloc(nk, 1);
	if (!(m0 = cg_new_part(t->host ? t->host : t, p, &glue, "run() + ABI", err)))
		goto error;
	pl->parts[pl->n++] = m0;
	pl->sigs = arena_calloc(&m0->arena, nk, sizeof(*pl->sigs));
	for (int i = 0; i < p->n_kernels; i++) {
		const Kernel *k = p->kernels[i];
		int j = k->same_as;
		LLVMMemoryBufferRef obj = NULL;
		CgModule *km;

		pl->sigs[i] = cg_kernel_sig(m0, k);
		if (j >= 0 && cg_same_sig(&pl->sigs[j], &pl->sigs[i])) {
			pl->owner[i] = pl->owner[j];
			continue;
		}
		pl->owner[i] = i;
		if (t->one_module && pl->n > 1) {
			/* every function in the one device part, made for the first */
			pl->part[i] = 1;
			pl->needs_ast[j >= 0 ? j : i] = 1;
			continue;
		}
		pl->part[i] = pl->n;
		if (opt->cache_dir && !t->one_module)
			pl->keys[i] = cache_key(m0, opt, k, &pl->sigs[i]);
		if (pl->keys[i] && cg_cache_get(opt->cache_dir, pl->keys[i], &obj)) {
			pl->parts[pl->n++] = cached_part(k, obj);
			pl->hits++;
			continue;
		}
		pl->needs_ast[j >= 0 ? j : i] = 1;
		if (!(km = cg_new_part(t, p, opt, t->one_module ? "device code" : k->name, err)))
			goto error;
		pl->parts[pl->n++] = km;
	}
	return pl;
error:
	cg_plan_free(pl);
	return NULL;
}

int cg_plan_needs_ast(const CgPlan *pl, int kernel)
{
	return pl->needs_ast[kernel];
}

int cg_plan_cache_hits(const CgPlan *pl)
{
	return pl->hits;
}

/* Store the objects of the parts that were compiled (not cached), then bound the cache. */
static void cache_store(CgPlan *pl)
{
	for (int i = 0; i < pl->p->n_kernels; i++) {
		CgModule *m = pl->owner[i] == i ? pl->parts[pl->part[i]] : NULL;
		if (m && !m->cached && pl->keys[i] && m->obj)
			cg_cache_put(pl->opt.cache_dir, pl->keys[i], LLVMGetBufferStart(m->obj),
			             LLVMGetBufferSize(m->obj));
	}
	if (pl->main_key && !pl->parts[0]->cached && pl->parts[0]->obj)
		cg_cache_put(pl->opt.cache_dir, pl->main_key,
		             LLVMGetBufferStart(pl->parts[0]->obj),
		             LLVMGetBufferSize(pl->parts[0]->obj));
	cg_cache_trim(pl->opt.cache_dir, pl->opt.cache_max_bytes);
}

/*
 * Build the IR of every part not found in the cache (kernel i's function
 * from the AST of its same_as kernel, or its own) and of the main part,
 * optimize and emit them in parallel, store the new objects in the cache
 * and write "out".
 */
int cg_plan_compile(CgPlan *pl, isl_ast_node *const *asts, const char *out, VitcErr *err)
{
	const Program *p = pl->p;
	const CgOptions *opt = &pl->opt;
	CgModule *m0 = pl->parts[0];
	LLVMValueRef *kfn = arena_calloc(&m0->arena, (size_t)p->n_kernels + 1, sizeof(*kfn));

	timing_stage(opt->times, "LLVM IR emission");
	for (int i = 0; i < p->n_kernels; i++) {
		const Kernel *k = p->kernels[i];
		CgModule *km = pl->parts[pl->part[pl->owner[i]]];
		isl_ast_node *ast = asts[k->same_as >= 0 ? k->same_as : i];
		if (pl->owner[i] != i) {
			kfn[i] = kfn[pl->owner[i]];
			continue;
		}
		if (!km->cached) {
			if (!ast)
				return vitc_errf(err, "kernel '%s': no AST", k->name);
			if (!cg_emit_kernel(km, k, ast, &pl->sigs[i], err) || cg_verify_part(km, err))
				return -1;
		}
		if (!pl->t->device)
			kfn[i] = cg_declare_kernel(m0, k, &pl->sigs[i]);
	}
	if (pl->t->device ? cg_emit_device_main(m0, pl->sigs, pl->t, err)
	                  : cg_emit_main(m0, kfn, pl->sigs, err))
		return -1;
	if (opt->cache_dir && (pl->main_key = main_key(m0, opt)) &&
	    cg_cache_get(opt->cache_dir, pl->main_key, &m0->obj)) {
		m0->cached = 1;
	}
	timing_stage(opt->times, "LLVM optimize");
	if (cg_run_parts(pl->parts, pl->n, opt, CG_OPTIMIZE, err))
		return -1;
	timing_stage(opt->times, "LLVM machine code");
	if (cg_run_parts(pl->parts, pl->n, opt, CG_EMIT, err))
		return -1;
	for (int i = 0; i < pl->n; i++)
		if (!pl->parts[i]->cached)
			timing_kernel(opt->times, TIMING_LLVM, pl->parts[i]->name, pl->parts[i]->wall,
			              pl->parts[i]->cpu_s);
	if (opt->cache_dir) {
		timing_stage(opt->times, "cache store");
		cache_store(pl);
	}
	timing_stage(opt->times, "write + link + seal");
	return pl->t->package(pl->parts, pl->n, opt, out, err);
}

CgPlan *cg_plan_cpu(const Program *p, const CgOptions *opt, VitcErr *err)
{
	return cg_plan(p, &cg_target_x86, opt, err);
}

CgPlan *cg_plan_for(const Program *p, const CgOptions *opt, VitcErr *err)
{
	return cg_plan(p, opt->cuda_sm ? &cg_target_nvptx : &cg_target_x86, opt, err);
}

int cg_compile(const Program *p, isl_ast_node *const *asts, const Target *t,
               const CgOptions *opt, const char *out, VitcErr *err)
{
	CgOptions dflt = {0};
	CgPlan *pl;
	int r = -1;

	if (!opt) {
		dflt.opt_level = 3;
		opt = &dflt;
	}
	if ((pl = cg_plan(p, t, opt, err)))
		r = cg_plan_compile(pl, asts, out, err);
	timing_stage(opt->times, NULL);
	cg_plan_free(pl);
	return r;
}

int cg_compile_cpu(const Program *p, isl_ast_node *const *asts,
                   const CgOptions *opt, const char *out_so, VitcErr *err)
{
	return cg_compile(p, asts, &cg_target_x86, opt, out_so, err);
}

int cg_compile_for(const Program *p, isl_ast_node *const *asts,
                   const CgOptions *opt, const char *out_so, VitcErr *err)
{
	return cg_compile(p, asts, opt && opt->cuda_sm ? &cg_target_nvptx : &cg_target_x86,
	                  opt, out_so, err);
}
