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
 *  erf:  the piecewise rational approximations of Sun's s_erff.c (as in
 *        musl and FreeBSD), evaluated for all regions and selected;
 *        the two exp() of the tail are fused into one.
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

/* erf on |x| < 0.84375: x + x * P(x^2) / Q(x^2). */
static LLVMValueRef erf_small(Mth *m, LLVMValueRef x)
{
	static const double pp[] = {
		1.2837916613e-01, -3.2504209876e-01, -2.8481749818e-02,
		-5.7702702470e-03, -2.3763017452e-05,
	};
	static const double qq[] = {
		1.0, 3.9791721106e-01, 6.5022252500e-02, 5.0813062117e-03,
		1.3249473704e-04, -3.9602282413e-06,
	};
	LLVMValueRef z = mul(m, x, x);

	return fma3(m, x, fdiv(m, horner(m, z, pp, 5), horner(m, z, qq, 6)), x);
}

/* erf on 0.84375 <= |x| < 1.25, without the sign: erx + P(s) / Q(s), s = |x| - 1. */
static LLVMValueRef erf_mid(Mth *m, LLVMValueRef ax)
{
	static const double pa[] = {
		-2.3621185683e-03, 4.1485610604e-01, -3.7220788002e-01,
		3.1834661961e-01, -1.1089469492e-01, 3.5478305072e-02,
		-2.1663755178e-03,
	};
	static const double qa[] = {
		1.0, 1.0642088205e-01, 5.4039794207e-01, 7.1828655899e-02,
		1.2617121637e-01, 1.3637083583e-02, 1.1984500103e-02,
	};
	LLVMValueRef s = sub(m, ax, fc(m, 1.0));

	return add(m, fc(m, 8.4506291151e-01),
	           fdiv(m, horner(m, s, pa, 7), horner(m, s, qa, 7)));
}

/*
 * erf on 1.25 <= |x| < 6, without the sign: 1 - exp(-z^2 - 0.5625 +
 * (z - x)(z + x) + R/S) / x, with z = x rounded to 11 bits so that z^2 is
 * exact, and R/S in 1/x^2 with one coefficient set below 1/0.35 and one
 * above.
 */
static LLVMValueRef erf_tail(Mth *m, LLVMValueRef ax)
{
	static const double ra[] = {
		-9.8649440333e-03, -6.9385856390e-01, -1.0558626175e+01,
		-6.2375331879e+01, -1.6239666748e+02, -1.8460508728e+02,
		-8.1287437439e+01, -9.8143291473e+00,
	};
	static const double rb[] = {
		-9.8649431020e-03, -7.9928326607e-01, -1.7757955551e+01,
		-1.6063638306e+02, -6.3756646729e+02, -1.0250950928e+03,
		-4.8351919556e+02, 0.0,
	};
	static const double sa[] = {
		1.0, 1.9651271820e+01, 1.3765776062e+02, 4.3456588745e+02,
		6.4538726807e+02, 4.2900814819e+02, 1.0863500214e+02,
		6.5702495575e+00, -6.0424413532e-02,
	};
	static const double sb[] = {
		1.0, 3.0338060379e+01, 3.2579251099e+02, 1.5367296143e+03,
		3.1998581543e+03, 2.5530502930e+03, 4.7452853394e+02,
		-2.2440952301e+01, 0.0,
	};
	LLVMValueRef at, s, pick, rs, z, zi, arg;

	at = in2(m, "llvm.minnum", in2(m, "llvm.maxnum", ax, fc(m, 1.25)), fc(m, 6.0));
	s = fdiv(m, fc(m, 1.0), mul(m, at, at));
	pick = lt(m, at, 2.85714268684387207);  /* 0x4036db6d = 1/0.35 */
	rs = fdiv(m, horner2(m, s, pick, ra, rb, 8), horner2(m, s, pick, sa, sb, 9));
	zi = LLVMBuildAnd(m->b, LLVMBuildBitCast(m->b, at, m->it, ""), ic(m, (int32_t)0xffffe000), "");
	z = LLVMBuildBitCast(m->b, zi, m->ft, "");
	arg = add(m, fma3(m, LLVMBuildFNeg(m->b, z, ""), z, fc(m, -0.5625)),
	          fma3(m, sub(m, z, at), add(m, z, at), rs));
	return sub(m, fc(m, 1.0), fdiv(m, m_exp(m, arg), at));
}

static LLVMValueRef m_erf(Mth *m, LLVMValueRef x)
{
	LLVMValueRef ax = in1(m, "llvm.fabs", x), big, y;

	big = sel(m, lt(m, ax, 1.25), erf_mid(m, ax), erf_tail(m, ax));
	big = sel(m, lt(m, ax, 6.0), big, fc(m, 1.0));
	big = in2(m, "llvm.copysign", big, x);
	y = sel(m, lt(m, ax, 0.84375), erf_small(m, x), big);
	return keep_nan(m, x, y);
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
