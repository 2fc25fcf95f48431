/*
 * kernel.h - kernel IR: what one fused graph op computes, as statements
 * over integer iteration domains, plus the loop tree that orders them.
 *
 * Lowering (the files of lower/) turns each graph node into a Kernel.  The
 * schedule layer (sched/schedule.c, sch_) turns the Kernel's loop tree into
 * an isl schedule tree, applies schedule primitives as edits of that tree,
 * and builds the isl AST.  The backends (backends/, cg_) walk that AST and
 * emit each statement instance from the Stmt below.
 *
 * Addressing: every Buffer is dense row-major.  The batch dimension N may
 * only be a buffer's outermost dimension, so element strides are constants
 * (pass_batch_outer moves N outermost in tensors that hold it elsewhere).
 * An Access gives the element offset as an affine form over the statement's
 * domain dimensions: off = k + sum_d c[d] * dim[d].
 */
#ifndef VITC_KERNEL_H
#define VITC_KERNEL_H

#include <stdint.h>

#include "ir/ir.h"

#define K_MAX_DIMS 12

typedef enum {
	BUF_INPUT,     /* graph input, caller's memory */
	BUF_OUTPUT,    /* graph output, caller's memory */
	BUF_WEIGHT,    /* constant data embedded in the .so */
	BUF_WORKSPACE, /* intermediate, in the run's workspace arena */
	/*
	 * GPU schedules only (sched/gpu_stage.c): memory of one block or one
	 * thread, never a kernel parameter.  Accesses index it with the block
	 * (and thread) in the leading part, so dependences are exact; the
	 * backends take the offset modulo block_elems (the block's copy), on
	 * the device modulo thread_elems for BUF_LOCAL (registers).
	 */
	BUF_SHARED,    /* a block's shared-memory tile */
	BUF_LOCAL,     /* each thread's private tile (a register tile) */
	BUF_BARRIER,   /* a store into it is a barrier of the block's threads */
} BufKind;

typedef struct Buffer {
	int id;            /* index into Program.bufs */
	const char *name;
	BufKind kind;
	DType dtype;
	Shape shape;       /* N only as d[0] */
	int io_index;      /* BUF_INPUT / BUF_OUTPUT: position in the model's list */
	const void *data;  /* BUF_WEIGHT: bytes (owned by the graph or program arena) */
	uint64_t nbytes;   /* BUF_WEIGHT: size of data */
	/* BUF_WORKSPACE: byte offset = ws_fixed + ws_per_batch * N (set by the memory plan) */
	uint64_t ws_fixed, ws_per_batch;
	struct Buffer *alias_of;  /* a reshape: same bytes as this buffer (resolved by the memory plan) */
	int64_t block_elems, thread_elems; /* BUF_SHARED/LOCAL/BARRIER: powers of 2 (see above) */
} Buffer;

struct Expr;

/*
 * Element offset into "buf": k + sum_d c[d] * dim[d] over the statement's
 * dims, plus ci * (value of the integer expression "ind") when "ind" is set
 * (an indirect access: gathers and scatters by a computed index).
 */
typedef struct {
	Buffer *buf;
	int64_t c[K_MAX_DIMS];
	int64_t k;
	struct Expr *ind;
	int64_t ci;
	/*
	 * An indirect store whose instances all write different elements (the
	 * MoE's permutation): the dependence analysis may take it as such.
	 */
	int perm;
} Access;

/*
 * Value types of expressions.  A load has the type of its buffer's dtype
 * (f32 -> VT_F32; i8/u8/i16/i32/pot5 -> VT_I32, sign- or zero-extended;
 * i64 -> VT_I64); a store takes a value of that same type (VT_I32 into
 * i8/u8/i16 truncates).
 */
typedef enum { VT_F32, VT_I32, VT_I64 } ValType;

typedef enum {
	EX_CONST,   /* f (VT_F32) or i (integer types) */
	EX_LOAD,    /* acc */
	EX_ADD, EX_SUB, EX_MUL, EX_DIV, EX_MAX, EX_MIN, /* a op b, same type; integer DIV truncates (divisor != 0) */
	EX_FMA,     /* a * b + c, emitted as llvm.fmuladd (floats) */
	EX_NEG, EX_EXP, EX_ERF, EX_TANH, EX_SQRT, EX_RSQRT, /* op(a); EX_NEG also on ints */
	EX_ITER,    /* the value of statement dim "dim" (integer type) */
	EX_CVT,     /* a converted to "type": f32 -> int is floor then saturate,
	               int -> f32 rounds to nearest even, int -> int sign-extends
	               or truncates */
	EX_SHR,     /* a >> b, arithmetic; b in [0, bits-1] */
	EX_SHL,     /* a << b */
	EX_AND, EX_OR, EX_XOR, /* bitwise, integers */
	EX_POPCNT,  /* number of set bits of a (same integer type) */
	EX_SELECT,  /* c != 0 ? a : b (c an integer expression) */
	EX_GT, EX_GE, EX_EQ, /* a op b -> VT_I32 0 or 1 (operands of one type) */
	EX_DOT,     /* c + sum over the packed lanes of a and b (all VT_I32) of a_t * b_t,
	               wrapping modulo 2^32; "i" says how an i32 holds its lanes
	               (K_DOT_*): the int8 dot products of VNNI / pmaddwd */
	EX_CLZ,     /* leading zero bits of a (same integer type; its width for 0):
	               vplzcntd with AVX-512CD, clz.b32 on NVPTX */
} ExprKind;

/* EX_DOT lane formats (Expr.i). */
enum {
	K_DOT_U8S8 = 0, /* 4 bytes, a's unsigned, b's signed (vpdpbusd) */
	K_DOT_S16 = 1,  /* 2 signed 16-bit halves (vpmaddwd) */
	/* 4 bytes as K_DOT_U8S8, summed in pairs into the two 16-bit halves of
	   c instead of its whole i32 (vpmaddubsw + vpaddw): half h of the
	   result is c_h + a_2h b_2h + a_2h+1 b_2h+1 modulo 2^16.  x86 saturates
	   each pair's sum at +-32767: the same where it fits, which the
	   caller ensures (qlinear's int4 weights: |sum| <= 2 * 255 * 8) */
	K_DOT_P16 = 2,
};

typedef struct Expr {
	ExprKind kind;
	ValType type;    /* the type of this expression's value */
	float f;
	int64_t i;       /* EX_CONST of an integer type */
	int dim;         /* EX_ITER */
	Access acc;
	struct Expr *a, *b, *c;
} Expr;

typedef enum {
	ST_ASSIGN,  /* store = value */
	ST_ADD,     /* store = store + value (a reduction update) */
	ST_MAX,     /* store = max(store, value) */
} StmtKind;

typedef struct Stmt {
	int id;               /* isl statement name is "S<id>" */
	StmtKind kind;
	int n_dims;           /* its dims are the iterators of its enclosing loops */
	const char *dims[K_MAX_DIMS]; /* names, outermost first */
	int64_t extents[K_MAX_DIMS];  /* each dim runs over [0, extent); IR_DIM_N = batch */
	const char *constraints; /* extra isl constraints over dims (e.g. conv padding), or NULL */
	Access store;
	Expr *value;
} Stmt;

/*
 * The initial loop tree of a kernel, in TVM/TC style: a loop runs "iter"
 * over [0, extent) (extent IR_DIM_N = the batch), a sequence runs its
 * children in order, a statement leaf is one Stmt.  A statement's dims are
 * the iterators of the loops above it, outermost first.
 */
typedef enum { LN_LOOP, LN_SEQ, LN_STMT } LoopKind;

typedef struct LoopNode {
	LoopKind kind;
	const char *iter;     /* LN_LOOP */
	int64_t extent;       /* LN_LOOP: constant or IR_DIM_N */
	int n_children;
	struct LoopNode **children;
	Stmt *stmt;           /* LN_STMT */
} LoopNode;

/*
 * One schedule primitive, applied in order to a kernel's isl schedule tree.
 * Loops are named by iterator; split/tile create "<iter>.o" and "<iter>.i".
 */
typedef enum {
	SP_SPLIT,     /* iter by factor */
	SP_TILE,      /* iter, iter2 by factor, factor2: split both, order i.o j.o i.i j.i */
	SP_REORDER,   /* iter, iter2: swap two perfectly nested loops */
	SP_VECTORIZE, /* iter: innermost, constant extent, emitted as LLVM vectors */
	SP_PARALLEL,  /* iter: iterations spread over the runtime's threads */
	SP_UNROLL,    /* iter: fully unrolled by isl */
	SP_BIND,      /* iter: one GPU block or thread per iteration; factor = SCH_GPU_* axis */
	SP_STAGE,     /* no iter: stage a GPU matmul in tiles factor x factor2, k step factor3
	                 (sched/gpu_stage.c); only first in a GPU record, taken off by
	                 sch_gpu_apply_text before the rest applies */
	SP_FUSE,      /* iter, iter2 perfectly nested in it: one loop "iter.iter2" whose value is
	                 iter * (trip count of iter2) + iter2 (a batch and a head on one GPU axis) */
} SchedPrimKind;

typedef struct {
	SchedPrimKind kind;
	const char *iter, *iter2;
	int64_t factor, factor2, factor3;
} SchedPrim;

typedef struct Schedule {
	int n;
	SchedPrim prims[32];
} Schedule;

/*
 * A kernel parameter whose value is known only at run time: a 32-bit
 * integer read from memory ("src", no dims) when the kernel starts.  Its
 * name can appear in statement constraints, e.g. "i < C0" for the rows a
 * MoE expert got; the domain is "[N, C0] -> { ... }" with C0 >= 0.
 */
typedef struct {
	const char *name;
	Access src;
} KParam;

#define K_MAX_PARAMS 4

typedef struct Kernel {
	int id;
	const char *name;     /* the graph node it comes from, e.g. "encoder.layers.0.mlp.0" */
	const char *op;       /* op kind, for messages and dumps */
	const char *node;     /* the graph node lowered into it (set by pass_lower) */
	Stmt **stmts;
	int n_stmts, cap_stmts;
	LoopNode *root;
	Schedule sched;
	int n_params;
	KParam params[K_MAX_PARAMS];
	int same_as;          /* an earlier kernel with the same key (see k_kernel_key), or -1 */
} Kernel;

/* A whole model after lowering: buffers and kernels in execution order. */
typedef struct Program {
	Arena arena;
	Buffer **bufs;
	int n_bufs, cap_bufs;
	Kernel **kernels;
	int n_kernels, cap_kernels;
	Buffer **inputs, **outputs;
	int n_inputs, n_outputs;
	uint64_t ws_fixed, ws_per_batch; /* workspace size = fixed + per_batch * N */
	int n_graph_bufs;   /* bufs[0 .. n_graph_bufs) hold graph tensors; later ones lowering's own */
	const char *target; /* the machine the default schedules are for (one line), or NULL */
} Program;

/* ir/kernel.c: builders for kernels and expressions (all in Program.arena). */
Program *k_program_new(void);
void k_program_free(Program *p);
Buffer *k_buffer_add(Program *p, const char *name, BufKind kind, DType dt,
                     const Shape *shape);
Kernel *k_kernel_add(Program *p, const char *name, const char *op);
Stmt *k_stmt_add(Program *p, Kernel *k, StmtKind kind);
LoopNode *k_loop(Program *p, const char *iter, int64_t extent);
LoopNode *k_seq(Program *p);
LoopNode *k_leaf(Program *p, Stmt *s);
void k_append(Program *p, LoopNode *parent, LoopNode *child);
/* Fill in each statement's dims from the loops above it (after building the tree). */
/* Add a run-time parameter read from "src" (see KParam). */
void k_kernel_param(Kernel *k, const char *name, Access src);
int k_kernel_finish(Kernel *k, VitcErr *err);
Expr *k_const(Program *p, float f);
Expr *k_load(Program *p, Access acc);
Expr *k_un(Program *p, ExprKind kind, Expr *a);
Expr *k_bin(Program *p, ExprKind kind, Expr *a, Expr *b);
Expr *k_fma(Program *p, Expr *a, Expr *b, Expr *c);
/* Typed builders: integer constant, iterator value, conversion, select. */
Expr *k_const_int(Program *p, ValType t, int64_t v);
Expr *k_iter(Program *p, ValType t, int dim);
Expr *k_cvt(Program *p, ValType t, Expr *a);
Expr *k_select(Program *p, Expr *cond, Expr *a, Expr *b);
/* EX_DOT of lane format "fmt" (K_DOT_*): c + sum_t a_t * b_t. */
Expr *k_dot(Program *p, int fmt, Expr *a, Expr *b, Expr *c);
/* The value type of loads from buffers of dtype "dt". */
ValType k_dtype_valtype(DType dt);
/* Row-major element strides of a buffer (N counts as 1: it is outermost). */
void k_buffer_strides(const Buffer *b, int64_t strides[IR_MAX_RANK]);
/* isl domain of a statement: "[N] -> { S3[n,i,j] : 0 <= n < N and ... }"
   (with the kernel's run-time parameters after N). */
char *k_stmt_domain_str(Arena *a, const Kernel *k, const Stmt *s);
/* Print the kernel (buffers, statements, loop tree, schedule) as text. */
void k_kernel_print(FILE *f, const Kernel *k);
/*
 * The distinct buffers kernel "k" touches, in order of first appearance
 * (statement order; store, then loads left to right).  Returns the count.
 */
int k_kernel_buffers(const Kernel *k, const Buffer **out, int max);
/*
 * A string that is equal for two kernels exactly when they compute the
 * same thing on their k_kernel_buffers() lists (same loops, statements,
 * accesses, constants and schedule): such kernels can share code.
 */
char *k_kernel_key(Arena *a, const Kernel *k);
void k_expr_print(FILE *f, const Stmt *s, const Expr *e);
void k_access_print(FILE *f, const Stmt *s, const Access *a);

#endif
