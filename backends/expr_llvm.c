/*
 * expr_llvm.c - one statement instance as LLVM IR: the element offset of
 * every Access from the statement's dim values, the Expr tree as typed
 * operations (f32, i32, i64), and the store (=, +=, max=).  With width
 * V > 1 the instance stands for V consecutive iterations of a vectorized
 * loop: accesses that move by one element per iteration become <V x T>
 * loads and stores, those that do not move become scalar loads splatted to
 * all lanes, indirect loads whose index differs between lanes become
 * llvm.masked.gather, and a store that does not move (a reduction along
 * the lanes) is reduced with a shuffle tree before the read-modify-write.
 * A lane mask (a loop bound below V) turns vector loads and stores into
 * llvm.masked.load/store.
 *
 * Types (ir/kernel.h): a load has the type of its buffer's dtype (f32 and
 * f16 -> f32; i8/i16 sign-extended and u8/pot5 zero-extended to i32; i32;
 * i64), a store takes that type back (narrow integers truncate, f16
 * rounds).  Operands of an operation must have the types kernel.h gives
 * them; a mismatch is an error naming the statement, never a silent
 * conversion.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "backends/cg.h"

/* Per-statement emission state. */
typedef struct {
	CgFn *f;
	const Stmt *s;
	LLVMValueRef *dims;
	const int64_t *step;  /* per dim: change per vector lane, or NULL */
	int width;
	LLVMValueRef mask;    /* <width x i1> active lanes, or NULL for all */
} StmtCtx;

const Buffer *cg_root(const Buffer *b)
{
	while (b->alias_of)
		b = b->alias_of;
	return b;
}

/* Elements the access "a" moves per step of the iterator ("step" per dim),
   not counting its indirect part. */
int64_t cg_access_stride(const Stmt *s, const Access *a, const int64_t *step)
{
	int64_t st = 0;

	for (int d = 0; d < s->n_dims; d++)
		st += a->c[d] * step[d];
	return st;
}

/*
 * Does "e" have the same value in every lane of a loop that moves the
 * dims by "step" per iteration?  Constants, iterators of dims that do not
 * move, loads that do not move (with a uniform index), and operations on
 * such values.
 */
int cg_expr_uniform(const Stmt *s, const Expr *e, const int64_t *step)
{
	if (!e)
		return 1;
	switch (e->kind) {
	case EX_CONST:
		return 1;
	case EX_ITER:
		return e->dim < 0 || e->dim >= s->n_dims || step[e->dim] == 0;
	case EX_LOAD:
		return cg_access_stride(s, &e->acc, step) == 0 &&
		       cg_expr_uniform(s, e->acc.ind, step);
	default:
		return cg_expr_uniform(s, e->a, step) && cg_expr_uniform(s, e->b, step) &&
		       cg_expr_uniform(s, e->c, step);
	}
}

static int same_access(const Stmt *s, const Access *a, const Access *b)
{
	if (cg_root(a->buf) != cg_root(b->buf) || a->k != b->k || a->ind || b->ind)
		return 0;
	for (int d = 0; d < s->n_dims; d++)
		if (a->c[d] != b->c[d])
			return 0;
	return 1;
}

static const char *type_name(ValType t)
{
	return t == VT_F32 ? "f32" : t == VT_I32 ? "i32" : t == VT_I64 ? "i64" : "?";
}

static const char *kind_name(ExprKind k)
{
	static const char *const names[] = {
		[EX_CONST] = "const", [EX_LOAD] = "load", [EX_ADD] = "add", [EX_SUB] = "sub",
		[EX_MUL] = "mul", [EX_DIV] = "div", [EX_MAX] = "max", [EX_MIN] = "min",
		[EX_FMA] = "fma", [EX_NEG] = "neg", [EX_EXP] = "exp", [EX_ERF] = "erf",
		[EX_TANH] = "tanh", [EX_SQRT] = "sqrt", [EX_RSQRT] = "rsqrt", [EX_ITER] = "iter",
		[EX_CVT] = "cvt", [EX_SHR] = "shr", [EX_SHL] = "shl", [EX_AND] = "and",
		[EX_OR] = "or", [EX_XOR] = "xor", [EX_POPCNT] = "popcnt", [EX_CLZ] = "clz", [EX_SELECT] = "select",
		[EX_DOT] = "dot", [EX_GT] = "gt", [EX_GE] = "ge", [EX_EQ] = "eq",
	};
	return (unsigned)k < sizeof(names) / sizeof(*names) && names[k] ? names[k] : "?";
}

static int is_int(ValType t)
{
	return t == VT_I32 || t == VT_I64;
}

/* The LLVM element type of buffer dtype "dt"; NULL when unsupported. */
static LLVMTypeRef elem_type(CgModule *m, DType dt)
{
	switch (dt) {
	case DT_F32: return m->t_f32;
	case DT_F16: return m->t_f16;
	case DT_I64: return m->t_i64;
	case DT_I32: return m->t_i32;
	case DT_I16: return m->t_i16;
	case DT_I8: case DT_U8: case DT_POT5: return m->t_i8;
	default: return NULL;
	}
}

/*
 * Why the types of "e" (in statement "s") are wrong, written into "buf",
 * or NULL when they are right.
 */
static const char *type_error(CgModule *m, const Stmt *s, const Expr *e, char *buf,
                              size_t len)
{
	const Expr *ops[3] = {e ? e->a : NULL, e ? e->b : NULL, e ? e->c : NULL};
	const char *r;
	int n_ops = 0, same = 1, want_int = 0, want_float = 0;

	if (!e)
		return snprintf(buf, len, "a missing expression"), buf;
	if ((unsigned)e->type > VT_I64)
		return snprintf(buf, len, "%s of bad type %d", kind_name(e->kind), (int)e->type), buf;
	switch (e->kind) {
	case EX_CONST:
		return NULL;
	case EX_LOAD:
		if (!e->acc.buf)
			return snprintf(buf, len, "a load without a buffer"), buf;
		if (!elem_type(m, e->acc.buf->dtype))
			return snprintf(buf, len, "buffer '%s': dtype %s not supported by codegen",
			                e->acc.buf->name, ir_dtype_name(e->acc.buf->dtype)), buf;
		if (e->type != k_dtype_valtype(e->acc.buf->dtype))
			return snprintf(buf, len, "a %s load from %s buffer '%s'", type_name(e->type),
			                ir_dtype_name(e->acc.buf->dtype), e->acc.buf->name), buf;
		if (!e->acc.ind)
			return NULL;
		if (!is_int(e->acc.ind->type))
			return snprintf(buf, len, "an f32 index into '%s'", e->acc.buf->name), buf;
		return type_error(m, s, e->acc.ind, buf, len);
	case EX_ITER:
		if (!is_int(e->type) || e->dim < 0 || e->dim >= s->n_dims)
			return snprintf(buf, len, "iter of dim %d (%s; the statement has %d dims)",
			                e->dim, type_name(e->type), s->n_dims), buf;
		return NULL;
	case EX_CVT:
		n_ops = 1, same = 0;
		break;
	case EX_ADD: case EX_SUB: case EX_MUL: case EX_MAX: case EX_MIN:
		n_ops = 2;
		break;
	case EX_DIV:   /* integers: truncating, the lowering keeps the divisor non-zero */
		n_ops = 2;
		break;
	case EX_FMA:
		n_ops = 3;
		break;
	case EX_DOT:   /* packed lanes in i32 (ir/kernel.h) */
		n_ops = 3, want_int = 1;
		if (e->type != VT_I32)
			return snprintf(buf, len, "dot of type %s (want i32)", type_name(e->type)), buf;
		break;
	case EX_NEG:
		n_ops = 1;
		break;
	case EX_EXP: case EX_ERF: case EX_TANH: case EX_SQRT: case EX_RSQRT:
		n_ops = 1, want_float = 1;
		break;
	case EX_SHR: case EX_SHL: case EX_AND: case EX_OR: case EX_XOR:
		n_ops = 2, want_int = 1;
		break;
	case EX_POPCNT: case EX_CLZ:
		n_ops = 1, want_int = 1;
		break;
	case EX_SELECT:  /* the condition (c) is any integer; a and b have e's type */
		n_ops = 3;
		if (ops[2] && !is_int(ops[2]->type))
			return snprintf(buf, len, "select on an f32 condition"), buf;
		break;
	case EX_GT: case EX_GE: case EX_EQ:
		n_ops = 2, same = 0;
		if (e->type != VT_I32)
			return snprintf(buf, len, "%s of type %s (want i32)", kind_name(e->kind),
			                type_name(e->type)), buf;
		if (ops[0] && ops[1] && ops[0]->type != ops[1]->type)
			return snprintf(buf, len, "%s of %s and %s", kind_name(e->kind),
			                type_name(ops[0]->type), type_name(ops[1]->type)), buf;
		break;
	default:
		return snprintf(buf, len, "expression kind %d", (int)e->kind), buf;
	}
	if (want_int && !is_int(e->type))
		return snprintf(buf, len, "%s on %s (integers only)", kind_name(e->kind),
		                type_name(e->type)), buf;
	if (want_float && e->type != VT_F32)
		return snprintf(buf, len, "%s on %s (f32 only)", kind_name(e->kind),
		                type_name(e->type)), buf;
	for (int i = 0; i < n_ops; i++) {
		const Expr *o = ops[i];
		if (!o)
			return snprintf(buf, len, "%s without operand %d", kind_name(e->kind), i + 1), buf;
		if (same && !(e->kind == EX_SELECT && i == 2) && o->type != e->type)
			return snprintf(buf, len, "%s of type %s with a %s operand", kind_name(e->kind),
			                type_name(e->type), type_name(o->type)), buf;
		if ((r = type_error(m, s, o, buf, len)))
			return r;
	}
	return NULL;
}

/* The value type of stores into "dt" and the types of "s": an error message or NULL. */
static const char *stmt_type_error(CgModule *m, const Stmt *s, char *buf, size_t len)
{
	const Access *st = &s->store;
	const char *r = type_error(m, s, s->value, buf, len);

	if (r)
		return r;
	if (!elem_type(m, st->buf->dtype))
		return snprintf(buf, len, "buffer '%s': dtype %s not supported by codegen",
		                st->buf->name, ir_dtype_name(st->buf->dtype)), buf;
	if (s->value->type != k_dtype_valtype(st->buf->dtype))
		return snprintf(buf, len, "a %s value stored into %s buffer '%s'",
		                type_name(s->value->type), ir_dtype_name(st->buf->dtype),
		                st->buf->name), buf;
	if (st->ind) {
		if (!is_int(st->ind->type))
			return snprintf(buf, len, "an f32 index into '%s'", st->buf->name), buf;
		return type_error(m, s, st->ind, buf, len);
	}
	return NULL;
}

/* Are the loads of "e" fine for the vector path, given the store "st"? */
static int loads_vectorizable(const Stmt *s, const Expr *e, const int64_t *step,
                              int64_t st, const char **why)
{
	int64_t ls;

	if (!e)
		return 1;
	if (e->kind == EX_LOAD) {
		ls = cg_access_stride(s, &e->acc, step);
		if (cg_root(e->acc.buf) == cg_root(s->store.buf) &&
		    (st == 0 || !same_access(s, &e->acc, &s->store)))
			return *why = "a load of the stored buffer at another element", 0;
		if (e->acc.ind)  /* uniform: an offset; else a gather (any stride) */
			return loads_vectorizable(s, e->acc.ind, step, st, why);
		if (ls != 0 && ls != 1)
			return *why = "a load with stride other than 0 or 1", 0;
		return 1;
	}
	return loads_vectorizable(s, e->a, step, st, why) &&
	       loads_vectorizable(s, e->b, step, st, why) &&
	       loads_vectorizable(s, e->c, step, st, why);
}

/*
 * Can "s" be emitted as one vector instance of a loop that moves its dims
 * by "step" per iteration?  The store must move by one element, or by none
 * with += / max= (a reduction), and its index (if indirect) must not
 * differ between lanes; loads move by 0 or 1 (or are gathers by an index
 * that differs between lanes), and a load of the stored buffer must read
 * exactly the stored element.  "why" says why not.
 */
int cg_stmt_vectorizable(const Stmt *s, const int64_t *step, const char **why)
{
	int64_t st = cg_access_stride(s, &s->store, step);

	*why = NULL;
	if (st != 1 && !(st == 0 && s->kind != ST_ASSIGN))
		return *why = "the store does not move by 0 (reduction) or 1", 0;
	if (s->store.ind && !cg_expr_uniform(s, s->store.ind, step))
		return *why = "a scatter (the store's index differs between lanes)", 0;
	if (s->store.ind && !loads_vectorizable(s, s->store.ind, step, st, why))
		return 0;
	return loads_vectorizable(s, s->value, step, st, why);
}

/* The float constant "v", splatted when "width" > 1. */
LLVMValueRef cg_f32(CgFn *f, double v, int width)
{
	LLVMValueRef c = LLVMConstReal(f->m->t_f32, v), lanes[64];

	if (width == 1)
		return c;
	for (int i = 0; i < width; i++)
		lanes[i] = c;
	return LLVMConstVector(lanes, (unsigned)width);
}

/* The constant "c" in each of "width" lanes. */
static LLVMValueRef const_splat(LLVMValueRef c, int width)
{
	LLVMValueRef lanes[64];

	if (width == 1)
		return c;
	for (int i = 0; i < width; i++)
		lanes[i] = c;
	return LLVMConstVector(lanes, (unsigned)width);
}

/* The LLVM scalar type of values of type "t". */
static LLVMTypeRef val_type(CgModule *m, ValType t)
{
	return t == VT_F32 ? m->t_f32 : t == VT_I64 ? m->t_i64 : m->t_i32;
}

/* Is "v" (or its element type) a floating-point value? */
static int is_fp(LLVMValueRef v)
{
	LLVMTypeRef t = LLVMTypeOf(v);

	if (LLVMGetTypeKind(t) == LLVMVectorTypeKind)
		t = LLVMGetElementType(t);
	return LLVMGetTypeKind(t) == LLVMFloatTypeKind || LLVMGetTypeKind(t) == LLVMHalfTypeKind;
}

/* The identity of the update kind "k" (0 for +=, the lowest value for max=) on "t". */
LLVMValueRef cg_identity(CgFn *f, StmtKind k, ValType t, int width)
{
	if (t == VT_F32)
		return cg_f32(f, k == ST_MAX ? -INFINITY : 0.0, width);
	return const_splat(LLVMConstInt(val_type(f->m, t), k != ST_MAX ? 0 :
	                                t == VT_I64 ? (unsigned long long)INT64_MIN
	                                            : (unsigned long long)(int64_t)INT32_MIN, 1),
	                   width);
}

/* Call the intrinsic "name" overloaded on the types "over". */
LLVMValueRef cg_call_intrinsic(CgFn *f, const char *name, LLVMTypeRef *over,
                               int n_over, LLVMValueRef *args, int n_args)
{
	CgModule *m = f->m;
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(m->mod, id, over, (size_t)n_over);
	LLVMTypeRef ty = LLVMIntrinsicGetType(m->ctx, id, over, (size_t)n_over);

	return LLVMBuildCall2(m->b, ty, fn, args, (unsigned)n_args, "");
}

static LLVMValueRef call1(CgFn *f, const char *name, LLVMValueRef x)
{
	LLVMTypeRef t = LLVMTypeOf(x);
	return cg_call_intrinsic(f, name, &t, 1, &x, 1);
}

static LLVMValueRef call2(CgFn *f, const char *name, LLVMValueRef x, LLVMValueRef y)
{
	LLVMTypeRef t = LLVMTypeOf(x);
	LLVMValueRef a[2] = {x, y};
	return cg_call_intrinsic(f, name, &t, 1, a, 2);
}

static LLVMTypeRef vec_of(LLVMTypeRef t, int width)
{
	return width > 1 ? LLVMVectorType(t, (unsigned)width) : t;
}

/* Broadcast the scalar "x" to "width" lanes. */
static LLVMValueRef splat(CgFn *f, LLVMValueRef x, int width)
{
	LLVMBuilderRef b = f->m->b;
	LLVMTypeRef vt = LLVMVectorType(LLVMTypeOf(x), (unsigned)width);
	LLVMValueRef v = LLVMBuildInsertElement(b, LLVMGetUndef(vt), x,
	                                        LLVMConstInt(f->m->t_i32, 0, 0), "");
	LLVMValueRef mask = LLVMConstNull(LLVMVectorType(f->m->t_i32, (unsigned)width));

	return LLVMBuildShuffleVector(b, v, LLVMGetUndef(vt), mask, "");
}

/* <0, step, 2 step, ...> of integer type "t" over "width" lanes. */
static LLVMValueRef lane_iota(LLVMTypeRef t, int64_t step, int width)
{
	LLVMValueRef lanes[64];

	for (int i = 0; i < width; i++)
		lanes[i] = LLVMConstInt(t, (unsigned long long)(step * i), 1);
	return LLVMConstVector(lanes, (unsigned)width);
}

/*
 * Split "v" into a variable part and a constant addend by peeling
 * "add X, C" / "sub X, C" chains; *var is NULL when "v" is a constant.
 */
static void split_const(LLVMValueRef v, LLVMValueRef *var, int64_t *cst)
{
	*cst = 0;
	for (;;) {
		if (LLVMIsAConstantInt(v)) {
			*cst += LLVMConstIntGetSExtValue(v);
			*var = NULL;
			return;
		}
		if (!LLVMIsAInstruction(v))
			break;
		LLVMOpcode op = LLVMGetInstructionOpcode(v);
		if ((op != LLVMAdd && op != LLVMSub) || !LLVMIsAConstantInt(LLVMGetOperand(v, 1)))
			break;
		int64_t k = LLVMConstIntGetSExtValue(LLVMGetOperand(v, 1));
		*cst += op == LLVMAdd ? k : -k;
		v = LLVMGetOperand(v, 0);
	}
	*var = v;
}

static LLVMValueRef emit_expr(StmtCtx *c, const Expr *e);

/*
 * The indirect part of access "a" as an i64 element offset, ci * ind,
 * computed once for all lanes (the index is uniform); NULL after cg_fail.
 */
static LLVMValueRef uniform_ind(StmtCtx *c, const Access *a)
{
	CgFn *f = c->f;
	StmtCtx sc = {f, c->s, c->dims, NULL, 1, NULL};
	LLVMValueRef v = emit_expr(&sc, a->ind);

	if (!v)
		return NULL;
	if (LLVMTypeOf(v) != f->m->t_i64)
		v = LLVMBuildSExt(f->m->b, v, f->m->t_i64, "");
	if (a->ci != 1)
		v = LLVMBuildMul(f->m->b, v, LLVMConstInt(f->m->t_i64, (unsigned long long)a->ci, 1), "");
	return v;
}

/*
 * The element offset of access "a" at the current dims (lane 0), with
 * "indv" (the indirect part, or NULL) added: the variable part first,
 * the constant last.  Accesses that differ only in constant offsets (the
 * cells of a register tile) then share their variable part, so alias
 * analysis can tell them apart and LICM keeps the accumulators in
 * registers.
 */
static LLVMValueRef access_off(StmtCtx *c, const Access *a, LLVMValueRef indv)
{
	CgFn *f = c->f;
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef off = NULL;
	int64_t k = a->k;

	for (int d = 0; d < c->s->n_dims; d++) {
		LLVMValueRef var, t;
		int64_t cst;
		if (!a->c[d])
			continue;
		split_const(c->dims[d], &var, &cst);
		k += a->c[d] * cst;
		if (!var)
			continue;
		t = a->c[d] == 1 ? var
		    : LLVMBuildNSWMul(b, var, LLVMConstInt(f->m->t_i64, (unsigned long long)a->c[d], 1), "");
		off = off ? LLVMBuildNSWAdd(b, off, t, "") : t;
	}
	if (indv)
		off = off ? LLVMBuildNSWAdd(b, off, indv, "") : indv;
	LLVMValueRef kc = LLVMConstInt(f->m->t_i64, (unsigned long long)k, 1);
	off = off ? (k ? LLVMBuildNSWAdd(b, off, kc, "") : off) : kc;
	return a->buf->kind >= BUF_SHARED ? cg_gpu_scope_off(f, a->buf, off) : off;
}

/* The address of access "a" (elements of type "et") for all lanes (its index is uniform). */
static LLVMValueRef access_ptr(StmtCtx *c, const Access *a, LLVMTypeRef et)
{
	CgFn *f = c->f;
	LLVMValueRef base = f->bufs ? f->bufs[a->buf->id] : NULL;
	LLVMValueRef indv = NULL, off;

	if (!base)
		return cg_fail(f, "buffer '%s' is not bound", a->buf->name), NULL;
	if (a->ind && !(indv = uniform_ind(c, a)))
		return NULL;
	off = access_off(c, a, indv);
	return LLVMBuildInBoundsGEP2(f->m->b, et, base, &off, 1, "");
}

/* A loaded element (vector) of dtype "dt" as a value of its type (k_dtype_valtype). */
static LLVMValueRef from_mem(CgFn *f, LLVMValueRef x, DType dt, int width)
{
	switch (dt) {
	case DT_F16: return LLVMBuildFPExt(f->m->b, x, vec_of(f->m->t_f32, width), "");
	case DT_I8: case DT_I16: return LLVMBuildSExt(f->m->b, x, vec_of(f->m->t_i32, width), "");
	case DT_U8: case DT_POT5: return LLVMBuildZExt(f->m->b, x, vec_of(f->m->t_i32, width), "");
	default: return x;
	}
}

/* A value of the type of "dt" as stored (f16 rounds, narrow integers truncate). */
static LLVMValueRef to_mem(CgFn *f, LLVMValueRef x, DType dt, int width)
{
	LLVMTypeRef et = vec_of(elem_type(f->m, dt), width);

	switch (dt) {
	case DT_F16: return LLVMBuildFPTrunc(f->m->b, x, et, "");
	case DT_I8: case DT_I16: case DT_U8: case DT_POT5: return LLVMBuildTrunc(f->m->b, x, et, "");
	default: return x;
	}
}

/* Byte size of one element of "dt" (for alignments). */
static unsigned elem_bytes(DType dt)
{
	return (unsigned)ir_dtype_bits(dt) / 8;
}

/* A <V x T> load at "p", masked (inactive lanes read as 0) if c->mask. */
static LLVMValueRef vector_load(StmtCtx *c, LLVMTypeRef vt, LLVMValueRef p, unsigned align)
{
	LLVMValueRef x, a[4];
	LLVMTypeRef over[2] = {vt, c->f->m->t_ptr};

	if (!c->mask) {
		x = LLVMBuildLoad2(c->f->m->b, vt, p, "");
		LLVMSetAlignment(x, align);
		return x;
	}
	a[0] = p;
	a[1] = LLVMConstInt(c->f->m->t_i32, align, 0);
	a[2] = c->mask;
	a[3] = LLVMConstNull(vt);
	return cg_call_intrinsic(c->f, "llvm.masked.load", over, 2, a, 4);
}

/* Store the <V x T> "v" at "p", masked if c->mask. */
static void vector_store(StmtCtx *c, LLVMValueRef v, LLVMValueRef p, unsigned align)
{
	LLVMTypeRef over[2] = {LLVMTypeOf(v), c->f->m->t_ptr};
	LLVMValueRef a[4] = {v, p, LLVMConstInt(c->f->m->t_i32, align, 0), c->mask};

	if (!c->mask)
		LLVMSetAlignment(LLVMBuildStore(c->f->m->b, v, p), align);
	else
		cg_call_intrinsic(c->f, "llvm.masked.store", over, 2, a, 4);
}

/*
 * A load of "a" whose index differs between lanes: llvm.masked.gather
 * from base + (lane-0 offset + stride * lane + ci * index) per lane.
 */
static LLVMValueRef gather(StmtCtx *c, const Access *a, LLVMTypeRef et)
{
	CgFn *f = c->f;
	CgModule *m = f->m;
	LLVMBuilderRef b = m->b;
	LLVMValueRef base = f->bufs ? f->bufs[a->buf->id] : NULL, off, iv, ptrs, ones, args[4];
	LLVMTypeRef vi64 = LLVMVectorType(m->t_i64, (unsigned)c->width);
	LLVMTypeRef over[2] = {LLVMVectorType(et, (unsigned)c->width),
	                       LLVMVectorType(m->t_ptr, (unsigned)c->width)};
	int64_t st = cg_access_stride(c->s, a, c->step);

	if (!base)
		return cg_fail(f, "buffer '%s' is not bound", a->buf->name), NULL;
	if (!(iv = emit_expr(c, a->ind)))
		return NULL;
	if (LLVMTypeOf(iv) != vi64)
		iv = LLVMBuildSExt(b, iv, vi64, "");
	if (a->ci != 1)
		iv = LLVMBuildMul(b, iv, const_splat(LLVMConstInt(m->t_i64, (unsigned long long)a->ci, 1),
		                                     c->width), "");
	off = LLVMBuildAdd(b, splat(f, access_off(c, a, NULL), c->width), iv, "");
	if (st)
		off = LLVMBuildAdd(b, off, lane_iota(m->t_i64, st, c->width), "");
	ptrs = LLVMBuildGEP2(b, et, base, &off, 1, "");
	ones = const_splat(LLVMConstInt(m->t_i1, 1, 0), c->width);
	args[0] = ptrs;
	args[1] = LLVMConstInt(m->t_i32, elem_bytes(a->buf->dtype), 0);
	args[2] = c->mask ? c->mask : ones;
	args[3] = LLVMConstNull(over[0]);
	return cg_call_intrinsic(f, "llvm.masked.gather", over, 2, args, 4);
}

/*
 * A gather from a whole 256-byte weight (qlut's table: no other term in
 * the offset, the index one element per unit) on 16 lanes, as register
 * permutes where the target has them (cg_emit_byte_table); else NULL.
 * The index lies in 0..255 for every active lane (else the access is
 * out of bounds), and inactive lanes read a harmless table entry.
 */
static LLVMValueRef byte_table(StmtCtx *c, const Access *a)
{
	CgFn *f = c->f;
	LLVMValueRef base = f->bufs ? f->bufs[a->buf->id] : NULL, iv;
	int64_t numel = 1;

	if (!base || a->buf->kind != BUF_WEIGHT || a->buf->dtype != DT_I8 || c->width != 16 ||
	    a->ci != 1 || a->k || cg_access_stride(c->s, a, c->step))
		return NULL;
	for (int d = 0; d < c->s->n_dims; d++)
		if (a->c[d])
			return NULL;
	for (int d = 0; d < a->buf->shape.rank; d++)
		numel *= a->buf->shape.d[d];
	if (numel != 256 || a->buf->nbytes != 256 || !(iv = emit_expr(c, a->ind)))
		return NULL;
	if (LLVMTypeOf(iv) != LLVMVectorType(f->m->t_i32, 16))
		iv = LLVMBuildTrunc(f->m->b, iv, LLVMVectorType(f->m->t_i32, 16), "");
	return cg_emit_byte_table(f, base, iv);
}

/*
 * Load "a" as a value of its type: a <V x T> load when it moves by one
 * element per lane, a gather when its index differs between lanes, else a
 * scalar load (splatted to the lanes; lane 0 is always active).
 */
static LLVMValueRef emit_load(StmtCtx *c, const Access *a)
{
	CgFn *f = c->f;
	DType dt = a->buf->dtype;
	LLVMTypeRef et = elem_type(f->m, dt);
	int vec = c->width > 1 && cg_access_stride(c->s, a, c->step) == 1;
	LLVMValueRef p, x;

	if (!et)
		return cg_fail(f, "buffer '%s': dtype %s not supported by codegen",
		               a->buf->name, ir_dtype_name(dt)), NULL;
	if (c->width > 1 && a->ind && !cg_expr_uniform(c->s, a->ind, c->step)) {
		if ((x = byte_table(c, a)))
			return from_mem(f, x, dt, c->width);
		x = gather(c, a, et);
		return x ? from_mem(f, x, dt, c->width) : NULL;
	}
	if (!(p = access_ptr(c, a, et)))
		return NULL;
	if (vec) {
		x = vector_load(c, vec_of(et, c->width), p, elem_bytes(dt));
	} else {
		x = LLVMBuildLoad2(f->m->b, et, p, "");
		LLVMSetAlignment(x, elem_bytes(dt));
	}
	x = from_mem(f, x, dt, vec ? c->width : 1);
	return c->width > 1 && !vec ? splat(f, x, c->width) : x;
}

/* The value of statement dim "e->dim" (per lane) as an integer of e->type. */
static LLVMValueRef emit_iter(StmtCtx *c, const Expr *e)
{
	CgFn *f = c->f;
	LLVMTypeRef t = val_type(f->m, e->type);
	LLVMValueRef v = c->dims[e->dim];
	int64_t st = c->step ? c->step[e->dim] : 0;

	if (t != f->m->t_i64)
		v = LLVMBuildTrunc(f->m->b, v, t, "");
	if (c->width == 1)
		return v;
	v = splat(f, v, c->width);
	return st ? LLVMBuildAdd(f->m->b, v, lane_iota(t, st, c->width), "") : v;
}

/* The i32 constant "v", splat to "width" lanes when width > 1. */
static LLVMValueRef cg_i32(CgFn *f, int64_t v, int width)
{
	return const_splat(LLVMConstInt(f->m->t_i32, (unsigned long long)v, 1), width);
}

/* a converted to e->type: floor and saturate, round to nearest, extend or truncate. */
static LLVMValueRef emit_cvt(StmtCtx *c, const Expr *e)
{
	CgFn *f = c->f;
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef x = emit_expr(c, e->a);
	LLVMTypeRef to = vec_of(val_type(f->m, e->type), c->width);
	LLVMTypeRef over[2];

	if (!x || e->a->type == e->type)
		return x;
	if (e->a->type == VT_F32 && e->type == VT_I32) {
		/*
		 * floor, then saturate by hand: LLVM 16 scalarizes vector
		 * llvm.fptosi.sat on x86.  Clamp into [-2^31, 2^31 - 128] (the
		 * largest float below 2^31), convert, give 2^31 - 1 to what was
		 * >= 2^31 and 0 to NaN, as llvm.fptosi.sat does.  NaN is found
		 * from the bits: the functions carry no-nans-fp-math, under which
		 * a float compare with NaN may be folded away.
		 */
		x = call1(f, "llvm.floor", x);
		LLVMValueRef cl = call2(f, "llvm.minnum", call2(f, "llvm.maxnum", x,
		                        cg_f32(f, -2147483648.0, c->width)),
		                        cg_f32(f, 2147483520.0, c->width));
		LLVMValueRef big = LLVMBuildFCmp(b, LLVMRealOGE, x,
		                                 cg_f32(f, 2147483648.0, c->width), "");
		LLVMValueRef imax = cg_i32(f, 2147483647, c->width);
		LLVMValueRef r = LLVMBuildSelect(b, big, imax, LLVMBuildFPToSI(b, cl, to, ""), "");
		LLVMValueRef bits = LLVMBuildAnd(b, LLVMBuildBitCast(b, x, to, ""),
		                                 cg_i32(f, 0x7fffffff, c->width), "");
		LLVMValueRef nan = LLVMBuildICmp(b, LLVMIntSGT, bits,
		                                 cg_i32(f, 0x7f800000, c->width), "");
		return LLVMBuildSelect(b, nan, LLVMConstNull(to), r, "");
	}
	if (e->a->type == VT_F32) {
		x = call1(f, "llvm.floor", x);
		over[0] = to, over[1] = LLVMTypeOf(x);
		return cg_call_intrinsic(f, "llvm.fptosi.sat", over, 2, &x, 1);
	}
	if (e->type == VT_F32)
		return LLVMBuildSIToFP(b, x, to, "");
	if (e->type == VT_I64)
		return LLVMBuildSExt(b, x, to, "");
	return LLVMBuildTrunc(b, x, to, "");
}

/* exp/erf/tanh/sqrt/rsqrt/neg/popcnt/clz of "e->a". */
static LLVMValueRef emit_unary(StmtCtx *c, const Expr *e)
{
	CgFn *f = c->f;
	LLVMValueRef x = emit_expr(c, e->a);

	if (!x)
		return NULL;
	switch (e->kind) {
	case EX_NEG:
		return e->type == VT_F32 ? LLVMBuildFNeg(f->m->b, x, "") : LLVMBuildNeg(f->m->b, x, "");
	case EX_POPCNT: return call1(f, "llvm.ctpop", x);
	case EX_CLZ: /* defined for 0 (the bit width): is_zero_poison false */
		return call2(f, "llvm.ctlz", x, LLVMConstInt(LLVMInt1TypeInContext(f->m->ctx), 0, 0));
	case EX_SQRT: return call1(f, "llvm.sqrt", x);
	case EX_RSQRT:
		return LLVMBuildFDiv(f->m->b, cg_f32(f, 1.0, c->width),
		                     call1(f, "llvm.sqrt", x), "");
	case EX_EXP: case EX_ERF: case EX_TANH:
		return f->m->target->math(f, e->kind, x);
	default:
		return cg_fail(f, "bad expression kind %d", (int)e->kind), NULL;
	}
}

/* A binary operation on two integers (vectors) of one type. */
static LLVMValueRef int_binop(CgFn *f, ExprKind k, LLVMValueRef x, LLVMValueRef y)
{
	LLVMBuilderRef b = f->m->b;

	switch (k) {
	case EX_ADD: return LLVMBuildAdd(b, x, y, "");
	case EX_SUB: return LLVMBuildSub(b, x, y, "");
	case EX_MUL: return LLVMBuildMul(b, x, y, "");
	case EX_DIV: return LLVMBuildSDiv(b, x, y, "");
	case EX_MAX: return call2(f, "llvm.smax", x, y);
	case EX_MIN: return call2(f, "llvm.smin", x, y);
	case EX_SHR: return LLVMBuildAShr(b, x, y, "");
	case EX_SHL: return LLVMBuildShl(b, x, y, "");
	case EX_AND: return LLVMBuildAnd(b, x, y, "");
	case EX_OR: return LLVMBuildOr(b, x, y, "");
	case EX_XOR: return LLVMBuildXor(b, x, y, "");
	default: return cg_fail(f, "integer %s is not supported", kind_name(k)), NULL;
	}
}

/* a > b, a >= b, a == b (ordered for floats) as i32 0 or 1. */
static LLVMValueRef emit_compare(StmtCtx *c, const Expr *e, LLVMValueRef x, LLVMValueRef y)
{
	LLVMBuilderRef b = c->f->m->b;
	LLVMValueRef r;

	if (e->a->type == VT_F32)
		r = LLVMBuildFCmp(b, e->kind == EX_GT ? LLVMRealOGT : e->kind == EX_GE ? LLVMRealOGE
		                                                                   : LLVMRealOEQ, x, y, "");
	else
		r = LLVMBuildICmp(b, e->kind == EX_GT ? LLVMIntSGT : e->kind == EX_GE ? LLVMIntSGE
		                                                                  : LLVMIntEQ, x, y, "");
	return LLVMBuildZExt(b, r, vec_of(c->f->m->t_i32, c->width), "");
}

/* The value of the Expr tree "e" for the current statement instance. */
static LLVMValueRef emit_expr(StmtCtx *c, const Expr *e)
{
	CgFn *f = c->f;
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef x, y, z, a[3];
	LLVMTypeRef t;

	if (!e)
		return cg_fail(f, "S%d: missing expression", c->s->id), NULL;
	switch (e->kind) {
	case EX_CONST:
		if (e->type == VT_F32)
			return cg_f32(f, e->f, c->width);
		return const_splat(LLVMConstInt(val_type(f->m, e->type), (unsigned long long)e->i, 1),
		                   c->width);
	case EX_LOAD: return emit_load(c, &e->acc);
	case EX_ITER: return emit_iter(c, e);
	case EX_CVT: return emit_cvt(c, e);
	case EX_ADD: case EX_SUB: case EX_MUL: case EX_DIV: case EX_MAX: case EX_MIN:
	case EX_SHR: case EX_SHL: case EX_AND: case EX_OR: case EX_XOR:
	case EX_GT: case EX_GE: case EX_EQ:
		x = emit_expr(c, e->a);
		y = x ? emit_expr(c, e->b) : NULL;
		if (!y)
			return NULL;
		if (e->kind == EX_GT || e->kind == EX_GE || e->kind == EX_EQ)
			return emit_compare(c, e, x, y);
		if (e->type != VT_F32)
			return int_binop(f, e->kind, x, y);
		switch (e->kind) {
		case EX_ADD: return LLVMBuildFAdd(b, x, y, "");
		case EX_SUB: return LLVMBuildFSub(b, x, y, "");
		case EX_MUL: return LLVMBuildFMul(b, x, y, "");
		case EX_DIV: return LLVMBuildFDiv(b, x, y, "");
		case EX_MAX: return call2(f, "llvm.maxnum", x, y);
		default: return call2(f, "llvm.minnum", x, y);
		}
	case EX_FMA:
		x = emit_expr(c, e->a);
		y = x ? emit_expr(c, e->b) : NULL;
		z = y ? emit_expr(c, e->c) : NULL;
		if (!z)
			return NULL;
		if (e->type != VT_F32)
			return LLVMBuildAdd(b, LLVMBuildMul(b, x, y, ""), z, "");
		a[0] = x, a[1] = y, a[2] = z;
		t = LLVMTypeOf(x);
		return cg_call_intrinsic(f, "llvm.fmuladd", &t, 1, a, 3);
	case EX_DOT:
		x = emit_expr(c, e->a);
		y = x ? emit_expr(c, e->b) : NULL;
		z = y ? emit_expr(c, e->c) : NULL;
		return z ? cg_emit_dot(f, (int)e->i, x, y, z, c->width) : NULL;
	case EX_SELECT:
		z = emit_expr(c, e->c);
		x = z ? emit_expr(c, e->a) : NULL;
		y = x ? emit_expr(c, e->b) : NULL;
		if (!y)
			return NULL;
		z = LLVMBuildICmp(b, LLVMIntNE, z, LLVMConstNull(LLVMTypeOf(z)), "");
		return LLVMBuildSelect(b, z, x, y, "");
	default:
		return emit_unary(c, e);
	}
}

/* Combine "x" and "y" as the statement kind does (+= or max=), on floats or integers. */
LLVMValueRef cg_combine(CgFn *f, StmtKind k, LLVMValueRef x, LLVMValueRef y)
{
	if (!is_fp(x))
		return k == ST_MAX ? call2(f, "llvm.smax", x, y) : LLVMBuildAdd(f->m->b, x, y, "");
	if (k == ST_MAX)
		return call2(f, "llvm.maxnum", x, y);
	return LLVMBuildFAdd(f->m->b, x, y, "");
}

/* Inactive lanes (not in "mask") of "v" (of type "t") become the identity of kind "k". */
static LLVMValueRef mask_identity(CgFn *f, StmtKind k, ValType t, LLVMValueRef v, int w,
                                  LLVMValueRef mask)
{
	if (!mask)
		return v;
	return LLVMBuildSelect(f->m->b, mask, v, cg_identity(f, k, t, w), "");
}

/* Reduce the lanes of "v" (width "w") to a scalar with a shuffle tree. */
static LLVMValueRef reduce_lanes(CgFn *f, StmtKind k, LLVMValueRef v, int w)
{
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef idx[32];


	for (; w > 1; w /= 2) {
		LLVMValueRef lo, hi;
		for (int i = 0; i < w / 2; i++)
			idx[i] = LLVMConstInt(f->m->t_i32, (unsigned long long)i, 0);
		lo = LLVMBuildShuffleVector(b, v, LLVMGetUndef(LLVMTypeOf(v)),
		                            LLVMConstVector(idx, (unsigned)w / 2), "");
		for (int i = 0; i < w / 2; i++)
			idx[i] = LLVMConstInt(f->m->t_i32, (unsigned long long)(i + w / 2), 0);
		hi = LLVMBuildShuffleVector(b, v, LLVMGetUndef(LLVMTypeOf(v)),
		                            LLVMConstVector(idx, (unsigned)w / 2), "");
		v = cg_combine(f, k, lo, hi);
	}
	return LLVMBuildExtractElement(b, v, LLVMConstInt(f->m->t_i32, 0, 0), "");
}

/*
 * Refuse stores into read-only memory, element types without a lowering
 * and expressions with wrong types.
 */
static int check_store(CgFn *f, const Stmt *s)
{
	const Buffer *sb = s->store.buf;
	const char *why;
	char msg[300];

	if (cg_root(sb)->kind == BUF_WEIGHT || cg_root(sb)->kind == BUF_INPUT)
		return cg_fail(f, "S%d stores into %s '%s'", s->id,
		               cg_root(sb)->kind == BUF_WEIGHT ? "weight" : "input", sb->name);
	if (!elem_type(f->m, sb->dtype))
		return cg_fail(f, "buffer '%s': dtype %s not supported by codegen",
		               sb->name, ir_dtype_name(sb->dtype));
	if ((why = stmt_type_error(f->m, s, msg, sizeof(msg))))
		return cg_fail(f, "S%d: %s", s->id, why);
	return 0;
}

/* Load the stored element(s) of "s" as a value of its type for a read-modify-write. */
static LLVMValueRef load_old(StmtCtx *c, LLVMValueRef p, LLVMTypeRef et, int sw)
{
	unsigned align = elem_bytes(c->s->store.buf->dtype);
	LLVMValueRef old;

	if (sw > 1) {
		old = vector_load(c, vec_of(et, sw), p, align);
	} else {
		old = LLVMBuildLoad2(c->f->m->b, et, p, "");
		LLVMSetAlignment(old, align);
	}
	return from_mem(c->f, old, c->s->store.buf->dtype, sw);
}

/*
 * Emit statement "s" for the dim values "dims".  "width" 1 is one scalar
 * instance; width V > 1 stands for V iterations of a loop that moves the
 * dims by "lane_step" per iteration (cg_stmt_vectorizable said yes), of
 * which only the lanes in "mask" (NULL: all) run.
 * "x += a * b" on floats becomes llvm.fmuladd(a, b, x) unless it reduces
 * lanes.
 */
int cg_emit_stmt(CgFn *f, const Stmt *s, LLVMValueRef *dims,
                 const int64_t *lane_step, int width, LLVMValueRef mask)
{
	StmtCtx c = {f, s, dims, lane_step, width, width > 1 ? mask : NULL};
	const Buffer *sb = s->store.buf;
	LLVMTypeRef et = elem_type(f->m, sb->dtype);
	int red = width > 1 && cg_access_stride(s, &s->store, lane_step) == 0;
	int sw = red ? 1 : width;
	LLVMValueRef v, p, st, a[3];

	if (check_store(f, s))
		return -1;
	if (width > 1 && s->store.ind && !cg_expr_uniform(s, s->store.ind, lane_step))
		return cg_fail(f, "S%d: a vector scatter", s->id);
	if (s->kind == ST_ADD && s->value && s->value->kind == EX_MUL &&
	    s->value->type == VT_F32 && !red) {
		if (!(a[0] = emit_expr(&c, s->value->a)) || !(a[1] = emit_expr(&c, s->value->b)) ||
		    !(p = access_ptr(&c, &s->store, et)))
			return -1;
		a[2] = load_old(&c, p, et, sw);
		v = cg_call_intrinsic(f, "llvm.fmuladd", (LLVMTypeRef[]){LLVMTypeOf(a[0])}, 1, a, 3);
	} else {
		if (!(v = emit_expr(&c, s->value)))
			return -1;
		if (red)
			v = reduce_lanes(f, s->kind, mask_identity(f, s->kind, s->value->type, v, width,
			                                           c.mask), width);
		if (!(p = access_ptr(&c, &s->store, et)))
			return -1;
		if (s->kind != ST_ASSIGN)
			v = cg_combine(f, s->kind, load_old(&c, p, et, sw), v);
	}
	v = to_mem(f, v, sb->dtype, sw);
	if (sw > 1) {
		vector_store(&c, v, p, elem_bytes(sb->dtype));
	} else {
		st = LLVMBuildStore(f->m->b, v, p);
		LLVMSetAlignment(st, elem_bytes(sb->dtype));
	}
	return 0;
}

/*
 * The value of a lane reduction "s" (+= or max= into an element that does
 * not move along the vector loop) for "width" lanes, inactive lanes set to
 * the identity: what a vector accumulator adds up (cg_store_reduced).
 */
LLVMValueRef cg_emit_lanes(CgFn *f, const Stmt *s, LLVMValueRef *dims,
                           const int64_t *lane_step, int width, LLVMValueRef mask)
{
	StmtCtx c = {f, s, dims, lane_step, width, mask};
	LLVMValueRef v;

	if (check_store(f, s))
		return NULL;
	v = emit_expr(&c, s->value);
	return v ? mask_identity(f, s->kind, s->value->type, v, width, mask) : NULL;
}

/* Reduce the accumulator "acc" and combine it into the element of "s" at "dims". */
int cg_store_reduced(CgFn *f, const Stmt *s, LLVMValueRef *dims, LLVMValueRef acc,
                     int width)
{
	StmtCtx c = {f, s, dims, NULL, 1, NULL};
	const Buffer *sb = s->store.buf;
	LLVMTypeRef et = elem_type(f->m, sb->dtype);
	LLVMValueRef p, v;

	if (check_store(f, s) || !(p = access_ptr(&c, &s->store, et)))
		return -1;
	v = cg_combine(f, s->kind, load_old(&c, p, et, 1), reduce_lanes(f, s->kind, acc, width));
	LLVMSetAlignment(LLVMBuildStore(f->m->b, to_mem(f, v, sb->dtype, 1), p),
	                 elem_bytes(sb->dtype));
	return 0;
}

/*
 * The value of run-time parameter "p" (a 32-bit integer, or the integer
 * of its buffer's type) as i64, loaded at the builder.
 */
LLVMValueRef cg_load_param(CgFn *f, const KParam *p)
{
	const Buffer *b = p->src.buf;
	LLVMTypeRef et = b ? elem_type(f->m, b->dtype) : NULL;
	LLVMValueRef base = b && f->bufs ? f->bufs[b->id] : NULL, off, x;

	if (!b || !et || k_dtype_valtype(b->dtype) == VT_F32)
		return cg_fail(f, "parameter '%s' is not read from an integer buffer", p->name), NULL;
	if (!base)
		return cg_fail(f, "buffer '%s' of parameter '%s' is not bound", b->name, p->name), NULL;
	if (p->src.ind)
		return cg_fail(f, "parameter '%s' has an indirect source", p->name), NULL;
	off = LLVMConstInt(f->m->t_i64, (unsigned long long)p->src.k, 1);
	x = LLVMBuildLoad2(f->m->b, et, LLVMBuildInBoundsGEP2(f->m->b, et, base, &off, 1, ""),
	                   p->name);
	LLVMSetAlignment(x, elem_bytes(b->dtype));
	x = from_mem(f, x, b->dtype, 1);
	return LLVMTypeOf(x) == f->m->t_i64 ? x : LLVMBuildSExt(f->m->b, x, f->m->t_i64, "");
}
