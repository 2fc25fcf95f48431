/*
 * math_llvm.c - exp, erf and tanh of a float or a float vector as inline
 * IR: branch-free polynomials (regions chosen with selects), so that a
 * <16 x float> stays in vector registers.  llvm.exp.v16f32 would be
 * scalarized into 16 expf calls on x86.
 *
 *  exp:  Cody-Waite reduction x = n ln2 + r, |r| <= ln2/2, the degree-6
 *        Cephes expf polynomial, and 2^n as two exact power-of-2 factors
 *        (so that denormal results and n = 128 come out right);
 *        relative error about 1 ulp.
 *  erf:  x + x p(x^2) for |x| < 0.84375, else one of two degree-9
 *        polynomials in |x| (coefficient sets picked per lane) with the
 *        sign of x: no division and no exp, 0.82 ulp at most over all
 *        floats with FMA (Sun's s_erff.c rationals, used before: five
 *        divisions and an exp per vector, 0.86 ulp).
 *  tanh: an odd polynomial for |x| < 0.625 (Cephes tanhf), else
 *        1 - 2 / (exp(2|x|) + 1) with the sign of x.
 */
#include "backends/cg.h"

typedef struct {
	CgFn *f;
	LLVMBuilderRef b;
	LLVMTypeRef ft, it;  /* float and i32 (vectors of width w) */
	int w;
} Mth;

static Mth mth(CgFn *f, LLVMValueRef x)
{
	Mth m = {f, f->m->b, LLVMTypeOf(x), f->m->t_i32, 1};

	if (LLVMGetTypeKind(m.ft) == LLVMVectorTypeKind) {
		m.w = (int)LLVMGetVectorSize(m.ft);
		m.it = LLVMVectorType(f->m->t_i32, (unsigned)m.w);
	}
	return m;
}

static LLVMValueRef fc(Mth *m, double v)
{
	return cg_f32(m->f, v, m->w);
}

static LLVMValueRef ic(Mth *m, long long v)
{
	LLVMValueRef c = LLVMConstInt(m->f->m->t_i32, (unsigned long long)v, 1), l[64];

	if (m->w == 1)
		return c;
	for (int i = 0; i < m->w; i++)
		l[i] = c;
	return LLVMConstVector(l, (unsigned)m->w);
}

static LLVMValueRef in1(Mth *m, const char *name, LLVMValueRef x)
{
	return cg_call_intrinsic(m->f, name, &m->ft, 1, &x, 1);
}

static LLVMValueRef in2(Mth *m, const char *name, LLVMValueRef x, LLVMValueRef y)
{
	LLVMValueRef a[2] = {x, y};
	return cg_call_intrinsic(m->f, name, &m->ft, 1, a, 2);
}

/* a * b + c as llvm.fmuladd (fused where the target has FMA). */
static LLVMValueRef fma3(Mth *m, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
	LLVMValueRef v[3] = {a, b, c};
	return cg_call_intrinsic(m->f, "llvm.fmuladd", &m->ft, 1, v, 3);
}

static LLVMValueRef add(Mth *m, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildFAdd(m->b, a, b, "");
}
static LLVMValueRef sub(Mth *m, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildFSub(m->b, a, b, "");
}
static LLVMValueRef mul(Mth *m, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildFMul(m->b, a, b, "");
}
static LLVMValueRef fdiv(Mth *m, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildFDiv(m->b, a, b, "");
}

static LLVMValueRef lt(Mth *m, LLVMValueRef a, double c)
{
	return LLVMBuildFCmp(m->b, LLVMRealOLT, a, fc(m, c), "");
}

static LLVMValueRef sel(Mth *m, LLVMValueRef c, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildSelect(m->b, c, a, b, "");
}

/* Horner: c[0] + x*(c[1] + x*(... + x*c[n-1])). */
static LLVMValueRef horner(Mth *m, LLVMValueRef x, const double *c, int n)
{
	LLVMValueRef acc = fc(m, c[n - 1]);

	for (int i = n - 2; i >= 0; i--)
		acc = fma3(m, acc, x, fc(m, c[i]));
	return acc;
}

/* Horner with per-lane coefficients: "sel" picks ca[i] where true, else cb[i]. */
static LLVMValueRef horner2(Mth *m, LLVMValueRef x, LLVMValueRef pick,
                            const double *ca, const double *cb, int n)
{
	LLVMValueRef acc = sel(m, pick, fc(m, ca[n - 1]), fc(m, cb[n - 1]));

	for (int i = n - 2; i >= 0; i--)
		acc = fma3(m, acc, x, sel(m, pick, fc(m, ca[i]), fc(m, cb[i])));
	return acc;
}

/* 2^n for integer (vector) "n" in [-126, 127], as a float. */
static LLVMValueRef pow2i(Mth *m, LLVMValueRef n)
{
	LLVMValueRef e = LLVMBuildShl(m->b, LLVMBuildAdd(m->b, n, ic(m, 127), ""), ic(m, 23), "");
	return LLVMBuildBitCast(m->b, e, m->ft, "");
}

/* NaN inputs give NaN (the clamps below would hide them). */
static LLVMValueRef keep_nan(Mth *m, LLVMValueRef x, LLVMValueRef r)
{
	return sel(m, LLVMBuildFCmp(m->b, LLVMRealUNO, x, x, ""), x, r);
}

static LLVMValueRef m_exp(Mth *m, LLVMValueRef x)
{
	static const double p[] = {
		5.0000001201E-1, 1.6666665459E-1, 4.1665795894E-2,
		8.3334519073E-3, 1.3981999507E-3, 1.9875691500E-4,
	};
	LLVMValueRef xc, n, r, y, ni, a, bb;

	xc = in2(m, "llvm.minnum", in2(m, "llvm.maxnum", x, fc(m, -104.0)), fc(m, 89.0));
	n = in1(m, "llvm.rint", mul(m, xc, fc(m, 1.44269504088896341)));
	r = fma3(m, n, fc(m, -0.693359375), xc);
	r = fma3(m, n, fc(m, 2.12194440e-4), r);
	y = fma3(m, horner(m, r, p, 6), mul(m, r, r), r);
	y = add(m, y, fc(m, 1.0));
	ni = LLVMBuildFPToSI(m->b, n, m->it, "");
	a = LLVMBuildAShr(m->b, ni, ic(m, 1), "");
	bb = LLVMBuildSub(m->b, ni, a, "");
	y = mul(m, mul(m, y, pow2i(m, a)), pow2i(m, bb));
	return keep_nan(m, x, y);
}

static LLVMValueRef m_tanh(Mth *m, LLVMValueRef x)
{
	static const double p[] = {
		-3.33332819422E-1, 1.33314422036E-1, -5.37397155531E-2,
		2.06390887954E-2, -5.70498872745E-3,
	};
	LLVMValueRef ax = in1(m, "llvm.fabs", x), z, small, e, big;

	z = mul(m, x, x);
	small = fma3(m, mul(m, horner(m, z, p, 5), z), x, x);
	e = m_exp(m, add(m, ax, ax));
	big = sub(m, fc(m, 1.0), fdiv(m, fc(m, 2.0), add(m, e, fc(m, 1.0))));
	big = in2(m, "llvm.copysign", big, x);
	return sel(m, lt(m, ax, 0.625), small, big);
}

/*
 * erf on |x| < 0.84375: x + x p(x^2), with p a degree-6 minimax fit of
 * erf(x)/x - 1 (float coefficients).  Adding the small x p to x keeps the
 * rounding error near 0.5 ulp; subnormal x come out as 1.128 x.
 */
static LLVMValueRef erf_small(Mth *m, LLVMValueRef x)
{
	static const double ps[] = {
		1.283791661e-01, -3.761262894e-01, 1.128361970e-01, -2.685484663e-02,
		5.188546143e-03, -7.984243566e-04, 7.614601782e-05,
	};

	return fma3(m, x, horner(m, mul(m, x, x), ps, 7), x);
}

/*
 * erf on |x| >= 0.84375, without the sign: a degree-9 polynomial in
 * t = min(|x|, 4.05) - c, with one coefficient set ("lo") below 2.15 and
 * one ("hi") above, picked per lane.  Each centre c is a float whose erf
 * is within 1e-5 ulp of a float, so that the constant term is all but
 * exact; at 4.05 the second piece rounds to 1, which covers everything
 * beyond (erf rounds to 1 from 3.9192 on).  The fits are minimax in ulps
 * with float coefficients, 0.3 ulp at most before rounding.
 */
static LLVMValueRef erf_big(Mth *m, LLVMValueRef ax)
{
	static const double lo[] = {
		9.659308195e-01, 1.194529831e-01, -1.790047735e-01, 1.390141994e-01,
		-4.449057952e-02, -1.505770348e-02, 1.938449964e-02, -4.597112071e-03,
		-2.427991014e-03, 1.427561976e-03,
	};
	static const double hi[] = {
		9.999889731e-01, 7.172789628e-05, -2.236911096e-04, 4.402290797e-04,
		-6.020779256e-04, 6.142100319e-04, -5.005573621e-04, 3.024369362e-04,
		-9.575636795e-05, 4.276166692e-06,
	};
	LLVMValueRef pick = lt(m, ax, 2.15), t;

	t = sel(m, lt(m, ax, 4.05), ax, fc(m, 4.05));  /* one minps */
	t = sub(m, t, sel(m, pick, fc(m, 1.49853742), fc(m, 3.10843492)));
	return horner2(m, t, pick, lo, hi, 10);
}

/*
 * erf as two polynomials and no division: erf_small below 0.84375, the
 * sign of x on erf_big from there on.  The region test is on the bits of
 * |x| plus 2^23 - 1, so that NaN (bits above those of infinity) wraps
 * negative and takes the erf_small side, which returns it: a float
 * compare would not do, as the no-nans-fp-math of generated functions
 * lets the backend make it ordered.
 */
static LLVMValueRef m_erf(Mth *m, LLVMValueRef x)
{
	LLVMValueRef ax = in1(m, "llvm.fabs", x), big, u, small;

	big = in2(m, "llvm.copysign", erf_big(m, ax), x);
	u = LLVMBuildAdd(m->b, LLVMBuildBitCast(m->b, ax, m->it, ""), ic(m, 0x7fffff), "");
	small = LLVMBuildICmp(m->b, LLVMIntSLT, u, ic(m, 0x3f580000 + 0x7fffff), "");  /* 0.84375 */
	return sel(m, small, erf_small(m, x), big);
}

/*
 * exp/erf/tanh of "x" (float or <w x float>) at the builder of "f"; the
 * math hook of CPU targets.
 */
LLVMValueRef cg_poly_math(CgFn *f, ExprKind kind, LLVMValueRef x)
{
	Mth m = mth(f, x);

	switch (kind) {
	case EX_EXP: return m_exp(&m, x);
	case EX_ERF: return m_erf(&m, x);
	case EX_TANH: return m_tanh(&m, x);
	default:
		return cg_fail(f, "no math routine for expression kind %d", (int)kind), NULL;
	}
}
