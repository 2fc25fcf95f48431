/*
 * int8_llvm.c - EX_DOT (ir/kernel.h): the packed dot products of the
 * integer linears.  An i32 lane holds four bytes (K_DOT_U8S8: a's
 * unsigned, b's signed) or two signed 16-bit halves (K_DOT_S16); the
 * value is c + sum_t a_t * b_t modulo 2^32.  On x86 a vector of them is one
 * instruction where the target has it: vpdpbusd (AVX-512 VNNI, or
 * AVX-VNNI for 256 bits) for U8S8, vpmaddwd and an add for S16 (LLVM folds
 * the pair into vpdpwssd when VNNI is there); vpmaddubsw and vpaddw for
 * K_DOT_P16, whose sums stay in 16-bit halves (AVX2 without VNNI: half the
 * multiplies of S16 per product, for int4 weights).  Everywhere else (a
 * scalar instance, a width without the instruction, another target) the
 * same sum from shifts, masks, multiplies and adds: every product fits 32
 * bits and i32 adds wrap, so the two forms agree bit for bit.
 */
#include <string.h>

#include "backends/cg.h"

/* The x86 instruction for "fmt" at "width" i32 lanes on this part's features, or NULL. */
static const char *x86_dot(const CgModule *m, int fmt, int width)
{
	const char *fs = m->features;

	if (m->target != &cg_target_x86 || !fs)
		return NULL;
	if (fmt == K_DOT_U8S8) {
		if (width == 16 && cg_feature_on(fs, "avx512vnni"))
			return "llvm.x86.avx512.vpdpbusd.512";
		if (width == 8 && ((cg_feature_on(fs, "avx512vnni") && cg_feature_on(fs, "avx512vl")) ||
		                   cg_feature_on(fs, "avxvnni")))
			return "llvm.x86.avx512.vpdpbusd.256";
		return NULL;
	}
	if (fmt == K_DOT_P16) {
		if (width == 16 && cg_feature_on(fs, "avx512bw"))
			return "llvm.x86.avx512.pmaddubs.w.512";
		if (width == 8 && cg_feature_on(fs, "avx2"))
			return "llvm.x86.avx2.pmadd.ub.sw";
		if (width == 4 && cg_feature_on(fs, "ssse3"))
			return "llvm.x86.ssse3.pmadd.ub.sw.128";
		return NULL;
	}
	if (width == 16 && cg_feature_on(fs, "avx512bw"))
		return "llvm.x86.avx512.pmaddw.d.512";
	if (width == 8 && cg_feature_on(fs, "avx2"))
		return "llvm.x86.avx2.pmadd.wd";
	if (width == 4)
		return "llvm.x86.sse2.pmadd.wd";
	return NULL;
}

/* "v" (i32 or <w x i32>) with every lane the constant "k". */
static LLVMValueRef splat_i32(CgFn *f, LLVMValueRef v, int64_t k)
{
	LLVMTypeRef t = LLVMTypeOf(v);
	LLVMValueRef c = LLVMConstInt(f->m->t_i32, (unsigned long long)k, 1), lanes[64];
	unsigned w;

	if (LLVMGetTypeKind(t) != LLVMVectorTypeKind)
		return c;
	w = LLVMGetVectorSize(t);
	for (unsigned i = 0; i < w && i < 64; i++)
		lanes[i] = c;
	return LLVMConstVector(lanes, w);
}

/* Signed field of "bits" bits at bit "lo" of "v": (v << (32 - lo - bits)) >> (32 - bits). */
static LLVMValueRef sfield(CgFn *f, LLVMValueRef v, int lo, int bits)
{
	LLVMBuilderRef b = f->m->b;

	if (lo + bits < 32)
		v = LLVMBuildShl(b, v, splat_i32(f, v, 32 - lo - bits), "");
	return LLVMBuildAShr(b, v, splat_i32(f, v, 32 - bits), "");
}

/* Unsigned byte "t" of "v". */
static LLVMValueRef ubyte(CgFn *f, LLVMValueRef v, int t)
{
	LLVMBuilderRef b = f->m->b;

	if (t)
		v = LLVMBuildLShr(b, v, splat_i32(f, v, 8 * t), "");
	return t == 3 ? v : LLVMBuildAnd(b, v, splat_i32(f, v, 255), "");
}

/* The portable sum: c + sum_t a_t * b_t on i32 (or vectors of i32). */
static LLVMValueRef generic_dot(CgFn *f, int fmt, LLVMValueRef a, LLVMValueRef b,
                                LLVMValueRef c)
{
	LLVMBuilderRef bl = f->m->b;
	int n = fmt == K_DOT_S16 ? 2 : 4, bits = 32 / n;

	if (fmt == K_DOT_P16) {   /* the halves apart, each modulo 2^16 */
		LLVMValueRef h[2];
		for (int t = 0; t < 2; t++) {
			h[t] = t ? LLVMBuildLShr(bl, c, splat_i32(f, c, 16), "") : c;
			for (int u = 2 * t; u < 2 * t + 2; u++)
				h[t] = LLVMBuildAdd(bl, h[t], LLVMBuildMul(bl, ubyte(f, a, u),
				                                           sfield(f, b, 8 * u, 8), ""), "");
		}
		return LLVMBuildOr(bl, LLVMBuildAnd(bl, h[0], splat_i32(f, c, 0xffff), ""),
		                   LLVMBuildShl(bl, h[1], splat_i32(f, c, 16), ""), "");
	}
	for (int t = 0; t < n; t++) {
		LLVMValueRef x = fmt == K_DOT_U8S8 ? ubyte(f, a, t) : sfield(f, a, t * bits, bits);
		LLVMValueRef y = sfield(f, b, t * bits, bits);
		c = LLVMBuildAdd(bl, c, LLVMBuildMul(bl, x, y, ""), "");
	}
	return c;
}

/*
 * EX_DOT of lane format "fmt" on "a", "b", "c" (i32, or <width x i32>
 * vectors): the target's instruction when it has one for this width,
 * else the portable sum.
 */
LLVMValueRef cg_emit_dot(CgFn *f, int fmt, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c,
                         int width)
{
	CgModule *m = f->m;
	const char *ins = width > 1 ? x86_dot(m, fmt, width) : NULL;
	LLVMValueRef args[3];

	if (!ins)
		return generic_dot(f, fmt, a, b, c);
	if (fmt == K_DOT_U8S8) {
		args[0] = c, args[1] = a, args[2] = b;
		return cg_call_intrinsic(f, ins, NULL, 0, args, 3);
	}
	LLVMTypeRef h = LLVMVectorType(m->t_i16, (unsigned)(2 * width));
	if (fmt == K_DOT_P16) {
		LLVMTypeRef q = LLVMVectorType(m->t_i8, (unsigned)(4 * width));
		args[0] = LLVMBuildBitCast(m->b, a, q, "");
		args[1] = LLVMBuildBitCast(m->b, b, q, "");
		LLVMValueRef s = LLVMBuildAdd(m->b, LLVMBuildBitCast(m->b, c, h, ""),
		                              cg_call_intrinsic(f, ins, NULL, 0, args, 2), "");
		return LLVMBuildBitCast(m->b, s, LLVMTypeOf(c), "");
	}
	args[0] = LLVMBuildBitCast(m->b, a, h, "");
	args[1] = LLVMBuildBitCast(m->b, b, h, "");
	return LLVMBuildAdd(m->b, c, cg_call_intrinsic(f, ins, NULL, 0, args, 2), "");
}

/*
 * A 16-lane lookup in a 256-byte table at "p" by the i32 indices "idx"
 * (each in 0..255), the bytes as <16 x i8>, or NULL where the target has
 * no two-source dword permute (AVX-512F): the table as four zmm of 16
 * dwords, the dword idx >> 2 picked by two vpermi2d (low and high 128
 * bytes, bit 7 choosing), then its byte idx & 3.  A gather reads one
 * element per lane through memory (vpgatherdd, about 20 cycles for 16
 * lanes on Zen); this is ten register operations.
 */
LLVMValueRef cg_emit_byte_table(CgFn *f, LLVMValueRef p, LLVMValueRef idx)
{
	CgModule *m = f->m;
	LLVMBuilderRef b = m->b;
	LLVMTypeRef v16 = LLVMVectorType(m->t_i32, 16);
	LLVMValueRef t[4], args[3], lo, hi, dw, sel, x, sh;

	static const char perm[] = "llvm.x86.avx512.vpermi2var.d.512";

	if (m->target != &cg_target_x86 || !m->features || !cg_feature_on(m->features, "avx512f") ||
	    LLVMTypeOf(idx) != v16 || !LLVMLookupIntrinsicID(perm, strlen(perm)))
		return NULL;
	for (int q = 0; q < 4; q++) {
		LLVMValueRef o = LLVMConstInt(m->t_i64, 64 * (unsigned)q, 0);
		LLVMValueRef pq = LLVMBuildInBoundsGEP2(b, m->t_i8, p, &o, 1, "");
		t[q] = LLVMBuildLoad2(b, v16, pq, "");
		LLVMSetAlignment(t[q], 1);
	}
	dw = LLVMBuildLShr(b, idx, splat_i32(f, idx, 2), "");
	args[1] = dw;
	args[0] = t[0], args[2] = t[1];
	lo = cg_call_intrinsic(f, perm, NULL, 0, args, 3);
	args[0] = t[2], args[2] = t[3];
	hi = cg_call_intrinsic(f, perm, NULL, 0, args, 3);
	sel = LLVMBuildICmp(b, LLVMIntNE, LLVMBuildAnd(b, idx, splat_i32(f, idx, 128), ""),
	                    splat_i32(f, idx, 0), "");
	x = LLVMBuildSelect(b, sel, hi, lo, "");
	sh = LLVMBuildShl(b, LLVMBuildAnd(b, idx, splat_i32(f, idx, 3), ""), splat_i32(f, idx, 3), "");
	x = LLVMBuildLShr(b, x, sh, "");
	return LLVMBuildTrunc(b, x, LLVMVectorType(m->t_i8, 16), "");
}
