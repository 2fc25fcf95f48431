/*
 * expr_llvm.c - one statement instance as LLVM IR: the element offset of
 * every Access from the statement's dim values, the Expr tree as float
 * operations, and the store (=, +=, max=).  With width V > 1 the instance
 * stands for V consecutive iterations of a vectorized loop: accesses that
 * move by one element per iteration become <V x T> loads and stores, those
 * that do not move become scalar loads splatted to all lanes, and a store
 * that does not move (a reduction along the lanes) is reduced with a
 * shuffle tree before the read-modify-write.  A lane mask (a loop bound
 * below V) turns vector loads and stores into llvm.masked.load/store.
 */
#include <math.h>
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

/* Elements the access "a" moves per step of the iterator ("step" per dim). */
int64_t cg_access_stride(const Stmt *s, const Access *a, const int64_t *step)
{
	int64_t st = 0;

	for (int d = 0; d < s->n_dims; d++)
		st += a->c[d] * step[d];
	return st;
}

static int same_access(const Stmt *s, const Access *a, const Access *b)
{
	if (cg_root(a->buf) != cg_root(b->buf) || a->k != b->k)
		return 0;
	for (int d = 0; d < s->n_dims; d++)
		if (a->c[d] != b->c[d])
			return 0;
	return 1;
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
		if (ls != 0 && ls != 1)
			return *why = "a load with stride other than 0 or 1", 0;
		if (cg_root(e->acc.buf) == cg_root(s->store.buf) &&
		    (st == 0 || !same_access(s, &e->acc, &s->store)))
			return *why = "a load of the stored buffer at another element", 0;
		return 1;
	}
	return loads_vectorizable(s, e->a, step, st, why) &&
	       loads_vectorizable(s, e->b, step, st, why) &&
	       loads_vectorizable(s, e->c, step, st, why);
}

/*
 * Can "s" be emitted as one vector instance of a loop that moves its dims
 * by "step" per iteration?  The store must move by one element, or by none
 * with += / max= (a reduction); loads by 0 or 1, and a load of the stored
 * buffer must read exactly the stored element.  "why" says why not.
 */
int cg_stmt_vectorizable(const Stmt *s, const int64_t *step, const char **why)
{
	int64_t st = cg_access_stride(s, &s->store, step);

	*why = NULL;
	if (st != 1 && !(st == 0 && s->kind != ST_ASSIGN))
		return *why = "the store does not move by 0 (reduction) or 1", 0;
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

/* The LLVM element type of buffer dtype "dt"; NULL when unsupported. */
static LLVMTypeRef elem_type(CgModule *m, DType dt)
{
	switch (dt) {
	case DT_F32: return m->t_f32;
	case DT_F16: return m->t_f16;
	case DT_I64: return m->t_i64;
	case DT_I32: return m->t_i32;
	case DT_I16: return m->t_i16;
	case DT_I8: case DT_U8: return m->t_i8;
	default: return NULL;
	}
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

/* Address of the element of "a" at the current dims (type "et"). */
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

/*
 * The address of access "a": base + (variable part) + constant, the
 * constant added last in one inbounds GEP.  Accesses that differ only in
 * constant offsets (the cells of a register tile) then share their
 * variable part, so alias analysis can tell them apart and LICM keeps the
 * accumulators in registers.
 */
static LLVMValueRef access_ptr(StmtCtx *c, const Access *a, LLVMTypeRef et)
{
	CgFn *f = c->f;
	LLVMBuilderRef b = f->m->b;
	LLVMValueRef base = f->bufs ? f->bufs[a->buf->id] : NULL;
	LLVMValueRef off = NULL;
	int64_t k = a->k;

	if (!base)
		return cg_fail(f, "buffer '%s' is not bound", a->buf->name), NULL;
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
	LLVMValueRef kc = LLVMConstInt(f->m->t_i64, (unsigned long long)k, 1);
	off = off ? (k ? LLVMBuildNSWAdd(b, off, kc, "") : off) : kc;
	return LLVMBuildInBoundsGEP2(b, et, base, &off, 1, "");
}

/* Convert a loaded element (vector) of dtype "dt" to float. */
static LLVMValueRef to_float(CgFn *f, LLVMValueRef x, DType dt, int width)
{
	LLVMTypeRef ft = vec_of(f->m->t_f32, width);

	switch (dt) {
	case DT_F32: return x;
	case DT_F16: return LLVMBuildFPExt(f->m->b, x, ft, "");
	case DT_U8: return LLVMBuildUIToFP(f->m->b, x, ft, "");
	default: return LLVMBuildSIToFP(f->m->b, x, ft, "");
	}
}

/* Convert a float (vector) to the element type of "dt" (saturating for ints). */
static LLVMValueRef from_float(CgFn *f, LLVMValueRef x, DType dt, int width)
{
	LLVMTypeRef over[2] = {vec_of(elem_type(f->m, dt), width), LLVMTypeOf(x)};

	switch (dt) {
	case DT_F32: return x;
	case DT_F16: return LLVMBuildFPTrunc(f->m->b, x, over[0], "");
	case DT_U8: return cg_call_intrinsic(f, "llvm.fptoui.sat", over, 2, &x, 1);
	default: return cg_call_intrinsic(f, "llvm.fptosi.sat", over, 2, &x, 1);
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
 * Load "a" as float: a <V x T> load when it moves by one element per lane,
 * else a scalar load (splatted to the lanes; lane 0 is always active).
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
	if (!(p = access_ptr(c, a, et)))
		return NULL;
	if (vec) {
		x = vector_load(c, vec_of(et, c->width), p, elem_bytes(dt));
	} else {
		x = LLVMBuildLoad2(f->m->b, et, p, "");
		LLVMSetAlignment(x, elem_bytes(dt));
	}
	x = to_float(f, x, dt, vec ? c->width : 1);
	return c->width > 1 && !vec ? splat(f, x, c->width) : x;
}

static LLVMValueRef emit_expr(StmtCtx *c, const Expr *e);

/* exp/erf/tanh/sqrt/rsqrt/neg of "e->a". */
static LLVMValueRef emit_unary(StmtCtx *c, const Expr *e)
{
	CgFn *f = c->f;
	LLVMValueRef x = emit_expr(c, e->a);

	if (!x)
		return NULL;
	switch (e->kind) {
	case EX_NEG: return LLVMBuildFNeg(f->m->b, x, "");
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
	case EX_CONST: return cg_f32(f, e->f, c->width);
	case EX_LOAD: return emit_load(c, &e->acc);
	case EX_ADD: case EX_SUB: case EX_MUL: case EX_DIV: case EX_MAX: case EX_MIN:
		x = emit_expr(c, e->a);
		y = x ? emit_expr(c, e->b) : NULL;
		if (!y)
			return NULL;
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
		a[0] = x, a[1] = y, a[2] = z;
		t = LLVMTypeOf(x);
		return cg_call_intrinsic(f, "llvm.fmuladd", &t, 1, a, 3);
	default:
		return emit_unary(c, e);
	}
}

/* Combine "x" and "y" as the statement kind does (+= or max=). */
LLVMValueRef cg_combine(CgFn *f, StmtKind k, LLVMValueRef x, LLVMValueRef y)
{
	if (k == ST_MAX)
		return call2(f, "llvm.maxnum", x, y);
	return LLVMBuildFAdd(f->m->b, x, y, "");
}

/* Inactive lanes (not in "mask") of "v" become the identity of kind "k". */
static LLVMValueRef mask_identity(CgFn *f, StmtKind k, LLVMValueRef v, int w,
                                  LLVMValueRef mask)
{
	if (!mask)
		return v;
	return LLVMBuildSelect(f->m->b, mask, v, cg_f32(f, k == ST_MAX ? -INFINITY : 0.0, w), "");
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

/* Refuse stores into read-only memory and element types without a lowering. */
static int check_store(CgFn *f, const Stmt *s)
{
	const Buffer *sb = s->store.buf;

	if (cg_root(sb)->kind == BUF_WEIGHT || cg_root(sb)->kind == BUF_INPUT)
		return cg_fail(f, "S%d stores into %s '%s'", s->id,
		               cg_root(sb)->kind == BUF_WEIGHT ? "weight" : "input", sb->name);
	if (!elem_type(f->m, sb->dtype))
		return cg_fail(f, "buffer '%s': dtype %s not supported by codegen",
		               sb->name, ir_dtype_name(sb->dtype));
	return 0;
}

/* Load the stored element(s) of "s" as float for a read-modify-write. */
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
	return to_float(c->f, old, c->s->store.buf->dtype, sw);
}

/*
 * Emit statement "s" for the dim values "dims".  "width" 1 is one scalar
 * instance; width V > 1 stands for V iterations of a loop that moves the
 * dims by "lane_step" per iteration (cg_stmt_vectorizable said yes), of
 * which only the lanes in "mask" (NULL: all) run.
 * "x += a * b" becomes llvm.fmuladd(a, b, x) unless it reduces lanes.
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
	if (s->kind == ST_ADD && s->value && s->value->kind == EX_MUL && !red) {
		if (!(a[0] = emit_expr(&c, s->value->a)) || !(a[1] = emit_expr(&c, s->value->b)) ||
		    !(p = access_ptr(&c, &s->store, et)))
			return -1;
		a[2] = load_old(&c, p, et, sw);
		v = cg_call_intrinsic(f, "llvm.fmuladd", (LLVMTypeRef[]){LLVMTypeOf(a[0])}, 1, a, 3);
	} else {
		if (!(v = emit_expr(&c, s->value)))
			return -1;
		if (red)
			v = reduce_lanes(f, s->kind, mask_identity(f, s->kind, v, width, c.mask), width);
		if (!(p = access_ptr(&c, &s->store, et)))
			return -1;
		if (s->kind != ST_ASSIGN)
			v = cg_combine(f, s->kind, load_old(&c, p, et, sw), v);
	}
	v = from_float(f, v, sb->dtype, sw);
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
	LLVMValueRef v = emit_expr(&c, s->value);

	return v ? mask_identity(f, s->kind, v, width, mask) : NULL;
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
	LLVMSetAlignment(LLVMBuildStore(f->m->b, from_float(f, v, sb->dtype, 1), p),
	                 elem_bytes(sb->dtype));
	return 0;
}
