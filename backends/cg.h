/*
 * cg.h - internals of the code generators, shared by the backends' .c files only.
 *
 * ast_llvm.c    the isl AST walker: loops, guards, marks, isl expressions
 * vector_llvm.c a for node under "vectorize" as one <V x T> instance
 * outline.c     a for node under "parallel" as a task for parallel_for
 * expr_llvm.c   one statement instance (scalar or <V x T>): accesses (affine
 *               and indirect), the typed Expr tree, read-modify-write stores
 * math_llvm.c   exp/erf/tanh as inline polynomials (vectorizable)
 * module.c      the parts of a Program: a module per kernel, and run() + ABI
 * plan.c        which parts a compile has, which are cached; the compile
 * parts.c       optimize and emit the parts on worker threads
 * cache.c       the compile cache of kernel objects
 * weights_obj.c the weights as their own ELF object, written directly
 * link.c        the objects in one archive, linked into the .so, sealed
 * x86.c         the x86-64 Target: machine, passes, objects
 * nvptx.c       the CUDA Target: one NVPTX module of ptx_kernels, PTX text,
 *               the device tables; targets.c picks a Target by --target
 */
#ifndef VITC_CG_H
#define VITC_CG_H

#include <stdio.h>

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

#include "backends/backend.h"

typedef struct CgModule CgModule;
typedef struct CgFn CgFn;

/*
 * What differs between targets.  "init" creates the machine and fills
 * m->triple/cpu/features/tm; "parallel_for" emits a for node found under a
 * "parallel" mark (returns 1 to ask for a plain serial loop instead, -1 on
 * error); "math" computes exp/erf/tanh of a float or float vector;
 * "fn_attrs" decorates every generated function; "optimize" runs the
 * passes on one part and "emit" turns it into m->obj (both called on
 * worker threads, one part at a time, touching nothing but "m");
 * "package" writes all parts' objects (and the weights) to "out";
 * "dispose" frees what init made.  Optional: "kernel_body" emits a
 * kernel's AST in place of cg_emit_ast (a device target decides there
 * which threads run what); "host" is the Target of the main part (run()
 * + ABI) when it differs from the kernels' (a device target's host);
 * "device" names the device ("cuda") of a device target, NULL on CPUs;
 * "one_module" puts every kernel function into one part (device code is
 * loaded as one module; no compile cache then); "no_unroll_marks" makes
 * "unroll" marks plain loops (a CPU register tile, unrolled into one
 * thread's registers, spills on a GPU).
 */
typedef struct Target {
	const char *name;
	int (*init)(CgModule *m, const CgOptions *opt, VitcErr *err);
	int (*parallel_for)(CgFn *f, isl_ast_node *node);
	int (*vector_lanes)(const CgModule *m);
	LLVMValueRef (*math)(CgFn *f, ExprKind kind, LLVMValueRef x);
	void (*fn_attrs)(CgModule *m, LLVMValueRef fn);
	int (*optimize)(CgModule *m, const CgOptions *opt, VitcErr *err);
	int (*emit)(CgModule *m, const CgOptions *opt, VitcErr *err);
	int (*package)(CgModule *const *parts, int n, const CgOptions *opt,
	               const char *out, VitcErr *err);
	void (*dispose)(CgModule *m);
	int (*kernel_body)(CgFn *f, isl_ast_node *ast);
	const struct Target *host;
	const char *device;
	int one_module;
	int no_unroll_marks;
	/* a barrier of the block's threads (a store into a BUF_BARRIER buffer); NULL: none */
	int (*barrier)(CgFn *f);
} Target;

extern const Target cg_target_x86;
extern const Target cg_target_nvptx;

/*
 * One part of a compile (module.c): an LLVM context and module of its own
 * (the main module, or one kernel function), the types used everywhere,
 * and what optimize/emit produced from it.
 */
struct CgModule {
	const Target *target;
	const Program *prog;
	char *name;                      /* kernel name, for the time report */
	LLVMMemoryBufferRef obj;         /* the object, after emit */
	char *dump[3];                   /* --dump-ir: IR before, after the passes, assembly */
	double wall, cpu_s;              /* optimize + emit time of this part (seconds) */
	int cached;                      /* obj came from the cache: no module */
	int opt_level;                   /* this part's -O (the glue part caps it at 1) */
	int emulate_gpu;                 /* mapped kernels in loops over blocks and threads */
	Arena arena;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTargetMachineRef tm;
	char *triple, *cpu, *features;   /* malloc'd */
	char *abi_features;              /* the ABI's features string ("avx2,fma,..."), or NULL */
	void *tdata;                     /* the target's own state (init .. dispose) */
	int sm;                          /* device targets: the compute capability (cuda:sm_<sm>) */
	LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_f16, t_f32, t_ptr;
	LLVMTypeRef t_host;              /* vitrt_host */
	LLVMTypeRef t_task;              /* void (ptr, i64, i64) */
	unsigned md_loop;                /* kind id of !llvm.loop */
	int n_outlined;                  /* numbers outlined bodies */
	/* the weights object: the weights run() uses, at 64-byte aligned offsets */
	const Buffer **w_bufs;
	uint64_t *w_offs;                /* offset of w_bufs[i] */
	uint64_t *w_at;                  /* per buffer id: its offset */
	int n_w;
	uint64_t w_total;
	LLVMValueRef w_sym;              /* the declaration of CG_WEIGHTS_SYMBOL */
	int diag_error;
	char diag[512];
};

/* Value of a name (isl iterator) inside the function being emitted. */
typedef struct {
	const char *name;
	LLVMValueRef v;
} CgSym;

#define CG_MAX_SYMS 64

/*
 * Emission state of one LLVM function (a kernel or an outlined parallel
 * body).  "bufs" maps every Program buffer id to its base pointer, NULL
 * if the kernel does not use it; "roots" lists the distinct storage
 * (alias_of resolved) the kernel touches, in parameter order.
 */
struct CgFn {
	CgModule *m;
	const Kernel *k;
	LLVMValueRef fn;
	LLVMValueRef *bufs;
	const int *roots;
	const int *noalias;   /* per root: may carry noalias */
	int n_roots;
	LLVMValueRef n, host;
	CgSym syms[CG_MAX_SYMS];
	int n_syms;
	int in_parallel;
	/*
	 * While gpu_mapped is set (cg_gpu_emit), a for node under a
	 * "gpu:<axis>" mark runs the iteration whose value is gpu_idx[axis]
	 * only, and a statement below no such loop of an axis in gpu_used
	 * only where that index is 0; otherwise bound loops are plain loops.
	 */
	int gpu_mapped;
	LLVMValueRef gpu_idx[6];  /* SCH_GPU_AXES order: blockIdx.x .. threadIdx.z (i64) */
	unsigned gpu_used;    /* the axes bound somewhere in the kernel (bit per axis) */
	unsigned gpu_bound;   /* the axes bound around the node being emitted */
	int gpu_device;       /* on the GPU: BUF_LOCAL offsets modulo thread_elems */
	VitcErr *err;
	int failed;
};

/* Bounds of a for node: iterator "iter" from "lb" step "inc" while cond. */
typedef struct {
	char iter[64];
	int64_t inc;
	LLVMValueRef lb;
	LLVMValueRef ub;       /* inclusive upper bound, or NULL: use "cond" */
	isl_ast_expr *cond;    /* owned */
	isl_ast_expr *ub_expr; /* owned, the bound side of "cond" or NULL */
	int ub_strict;         /* cond is "<" rather than "<=" */
} CgLoop;

/* An open loop (cg_loop_begin .. cg_loop_end). */
typedef struct {
	LLVMBasicBlockRef pre, head, latch, exit;
	LLVMValueRef iv;
	int mark;
} CgLoopState;

/* ast_llvm.c: the walker, isl expressions, loops */
int cg_emit_ast(CgFn *f, isl_ast_node *node);
LLVMValueRef cg_ast_expr(CgFn *f, isl_ast_expr *e);
void cg_bind(CgFn *f, const char *name, LLVMValueRef v);
LLVMValueRef cg_lookup(CgFn *f, const char *name);
int cg_fail(CgFn *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
LLVMValueRef cg_i64(CgFn *f, int64_t v);
LLVMValueRef cg_as_i64(CgFn *f, LLVMValueRef v);
int cg_expr_int(isl_ast_expr *e, int64_t *out);
int cg_expr_is_id(isl_ast_expr *e, const char *name);
int cg_expr_uses(isl_ast_expr *e, const char *name);
int cg_loop_bounds(CgFn *f, isl_ast_node *node, CgLoop *lb);
int cg_loop_eval(CgFn *f, isl_ast_node *node, CgLoop *lb);
void cg_loop_free(CgLoop *lb);
int cg_loop_begin(CgFn *f, CgLoop *lb, CgLoopState *st);
int cg_loop_end(CgFn *f, CgLoop *lb, CgLoopState *st, int md);
int cg_emit_loop(CgFn *f, CgLoop *lb, isl_ast_node *body, int md);
LLVMValueRef cg_loop_test(CgFn *f, CgLoop *lb, LLVMValueRef iv);
isl_ast_node *cg_marked_for(isl_ast_node *node, const char *name);
int cg_has_for(isl_ast_node *node);
isl_ast_node *cg_skip_marks(isl_ast_node *node);
const Stmt *cg_user_stmt(CgFn *f, isl_ast_expr *call);
int cg_user_dims(CgFn *f, isl_ast_expr *call, const Stmt *s, LLVMValueRef *dims);

/* vector_llvm.c */
int cg_expr_deriv(isl_ast_expr *e, const char *iter, int64_t *out);
int cg_try_vector(CgFn *f, isl_ast_node *node, CgLoop *lb);
int cg_try_vector_accumulate(CgFn *f, CgLoop *outer, isl_ast_node *body);

/* outline.c */
int cg_outline_parallel(CgFn *f, isl_ast_node *node);

/* expr_llvm.c */
int cg_emit_stmt(CgFn *f, const Stmt *s, LLVMValueRef *dims,
                 const int64_t *lane_step, int width, LLVMValueRef mask);
LLVMValueRef cg_emit_lanes(CgFn *f, const Stmt *s, LLVMValueRef *dims,
                           const int64_t *lane_step, int width, LLVMValueRef mask);
LLVMValueRef cg_combine(CgFn *f, StmtKind k, LLVMValueRef x, LLVMValueRef y);
int cg_store_reduced(CgFn *f, const Stmt *s, LLVMValueRef *dims, LLVMValueRef acc,
                     int width);
int cg_stmt_vectorizable(const Stmt *s, const int64_t *lane_step,
                         const char **why);
int64_t cg_access_stride(const Stmt *s, const Access *a, const int64_t *step);
int cg_expr_uniform(const Stmt *s, const Expr *e, const int64_t *step);
LLVMValueRef cg_f32(CgFn *f, double v, int width);
LLVMValueRef cg_identity(CgFn *f, StmtKind k, ValType t, int width);
LLVMValueRef cg_load_param(CgFn *f, const KParam *p);
LLVMValueRef cg_call_intrinsic(CgFn *f, const char *name, LLVMTypeRef *over,
                               int n_over, LLVMValueRef *args, int n_args);
const Buffer *cg_root(const Buffer *b);

/* x86.c: is "+name" the last word on feature "name" in the LLVM feature string "fs"? */
int cg_feature_on(const char *fs, const char *name);

/* int8_llvm.c: EX_DOT (vpdpbusd / vpmaddwd where the target has them) */
LLVMValueRef cg_emit_dot(CgFn *f, int fmt, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c,
                         int width);
/* int8_llvm.c: 16 lanes of a 256-byte table by i32 indices (vpermi2d), or NULL */
LLVMValueRef cg_emit_byte_table(CgFn *f, LLVMValueRef p, LLVMValueRef idx);

/* math_llvm.c */
LLVMValueRef cg_poly_math(CgFn *f, ExprKind kind, LLVMValueRef x);

/* The distinct storage one kernel touches, in parameter order. */
typedef struct {
	int *roots;
	int *noalias;
	int n;
} CgSig;

/* module.c */
void cg_common_fn_attrs(CgModule *m, LLVMValueRef fn);
CgModule *cg_new_part(const Target *t, const Program *p, const CgOptions *opt,
                      const char *name, VitcErr *err);
void cg_free_part(CgModule *m);
int cg_verify_part(CgModule *m, VitcErr *err);
CgSig cg_kernel_sig(CgModule *m, const Kernel *k);
int cg_same_sig(const CgSig *a, const CgSig *b);
LLVMValueRef cg_emit_kernel(CgModule *m, const Kernel *k, isl_ast_node *ast,
                            const CgSig *sig, VitcErr *err);
LLVMValueRef cg_declare_kernel(CgModule *m, const Kernel *k, const CgSig *sig);
int cg_emit_main(CgModule *m, LLVMValueRef *kfn, const CgSig *sigs, VitcErr *err);
/* The main part of a device target "dev": weights, a run() that refuses, the v3 ABI. */
int cg_emit_device_main(CgModule *m, const CgSig *sigs, const Target *dev, VitcErr *err);
LLVMValueRef cg_cstr(CgModule *m, const char *s);
void cg_bind_buffers(CgFn *f, LLVMValueRef *root_vals);
int cg_compile(const Program *p, isl_ast_node *const *asts,
               const Target *t, const CgOptions *opt, const char *out,
               VitcErr *err);
/* Append the runtime's seal (vitrt_abi.h) to a linked MODEL.so. */
int cg_seal_file(const char *path, VitcErr *err);

/* cache.c: kernel objects by key (module.c's plan builds the keys) */
int cg_cache_get(const char *dir, const char *key, LLVMMemoryBufferRef *obj);
/* 32 hex digits: two independent 64-bit hashes of "s" (entry names, long keys). */
void cg_cache_digest(const char *s, char out[33]);
/* The running compiler build (executable size, time, inode), part of every key. */
const char *cg_cache_build_id(void);
void cg_cache_put(const char *dir, const char *key, const void *obj, size_t n);
void cg_cache_trim(const char *dir, uint64_t max_bytes);

/*
 * gpu_map.c: loops bound to blocks and threads.  The values axis a takes
 * are 0 .. n[a] * N + c[a] - 1 (the largest range of its loops).
 */
typedef struct {
	unsigned used;            /* a bit per axis with a bound loop */
	int64_t n[6], c[6];
} CgGpuMap;
/* "e" as per_batch * N + fixed (integers, N, +, -, * by constants); -1 if not. */
int cg_affine_n(isl_ast_expr *e, int64_t *per_batch, int64_t *fixed);
/* 1: "ast" is mapped (gpu marks on for nodes with ranges affine in N), "map" filled. */
int cg_gpu_map(isl_ast_node *ast, CgGpuMap *map);
/* Emit "ast" mapped, f->gpu_idx[] set for the used axes. */
int cg_gpu_emit(CgFn *f, isl_ast_node *ast, const CgGpuMap *map);
/* The offset "off" into block/thread memory "b" within one copy (BUF_SHARED ..). */
LLVMValueRef cg_gpu_scope_off(CgFn *f, const Buffer *b, LLVMValueRef off);
/* Point f->bufs at the block and thread memory of the kernel; the number of shared buffers, -1 error. */
int cg_gpu_scoped_bufs(CgFn *f, unsigned addrspace);
/* The guard of a loop bound to "axis", and its end (gpu_map.c). */
LLVMBasicBlockRef cg_gpu_guard_open(CgFn *f, CgLoop *lb, int axis);
void cg_gpu_guard_close(CgFn *f, LLVMBasicBlockRef done, unsigned bound, int mark, int failed);
/* Emit "ast" inside serial loops over all blocks and threads (--emulate-gpu). */
int cg_gpu_emulate(CgFn *f, isl_ast_node *ast, const CgGpuMap *map);

/* parts.c: run a Target hook on every part, on opt->jobs threads */
enum { CG_OPTIMIZE, CG_EMIT };
int cg_run_parts(CgModule *const *parts, int n, const CgOptions *opt, int what,
                 VitcErr *err);

/* weights_obj.c: the weights as an ELF object defining CG_WEIGHTS_SYMBOL */
#define CG_WEIGHTS_SYMBOL "vitc_weights"
/* The device image (vitrt_device_image) of a device model, defined by nvptx.c's tables. */
#define CG_DEVICE_SYMBOL "vitc_device"
uint64_t cg_weights_object_size(uint64_t total);
int cg_put_weights_object(FILE *f, const Buffer *const *bufs, const uint64_t *offs,
                          int n, uint64_t total);

/* link.c: an archive of the parts' objects, linked into the .so */
char *cg_temp_beside(const char *out, const char *tag, const char *sfx, VitcErr *err);
int cg_link_parts(CgModule *const *parts, int n, const char *out, VitcErr *err);
int cg_write_dumps(CgModule *const *parts, int n, const CgOptions *opt, VitcErr *err);

/* x86.c: the passes and the assembly text (cg_x86_abi_features: backend.h) */
int cg_llvm_passes(CgModule *m, const CgOptions *opt, VitcErr *err);
int cg_emit_buffer(CgModule *m, LLVMCodeGenFileType ft, const char *what, VitcErr *err);
char *cg_asm_text(CgModule *m, VitcErr *err);

#endif
