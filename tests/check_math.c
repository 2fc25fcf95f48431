/*
 * check_math.c - accuracy of the code generator's math functions
 * (backends/math_llvm.c): exp, erf and tanh compiled through the test
 * harness (tests/cg_harness.h), scalar and vectorized, swept against
 * double libm (relative/absolute error, erf in ulps over a stride of all
 * float32 bit patterns) and on special values.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/cg_harness.h"

/* y[i] = f(x[i]) over "np" floats, 16 lanes at a time or (vec = 0) unvectorized. */
static void math_model(Model *mo, ExprKind kind, int vec, int64_t np)
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(np));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(np));
	Kernel *k = k_kernel_add(P, "f", "math");
	LoopNode *l = t_nest(k, NULL, 1, (const char *[]){"i"}, (int64_t[]){np});
	isl_ast_node *ast;

	t_stmt(k, l, ST_ASSIGN, AC(y, 0, 1), k_un(P, kind, LD(x, 0, 1)));
	t_finish(k);
	ast = t_ast(k, vec ? "{ schedule: \"[{ S0[i] -> [(floor(i/16))] }]\", child: { mark: "
	                      "\"vectorize\", child: { schedule: \"[{ S0[i] -> [(i mod 16)] }]\" } } }"
	                    : NULL);
	t_build(mo, &ast);
}

/* y = f(x) over [lo, hi]; max relative (or absolute) error against double libm. */
static double sweep_once(ExprKind kind, int vec, double lo, double hi, int rel)
{
	enum { NP = 1 << 18 };
	float *in = malloc(NP * 4), *out = malloc(NP * 4);
	double worst = 0;
	Model mo;

	math_model(&mo, kind, vec, NP);
	for (int i = 0; i < NP; i++)
		in[i] = (float)(lo + (hi - lo) * i / (NP - 1));
	t_run(&mo, 1, (void *[]){in}, (void *[]){out});
	for (int i = 0; i < NP; i++) {
		double want = kind == EX_EXP ? exp(in[i]) : kind == EX_ERF ? erf(in[i]) : tanh(in[i]);
		double e = fabs(out[i] - want);
		if (rel && want != 0)
			e /= fabs(want);
		worst = e > worst ? e : worst;
	}
	t_close(&mo);
	free(in), free(out);
	return worst;
}

static double sweep(ExprKind kind, int vec, double lo, double hi, int rel)
{
	t_fresh();
	return sweep_once(kind, vec, lo, hi, rel);
}

START_TEST(test_math_accuracy)
{
	int vec = _i;
	double ee = sweep(EX_EXP, vec, -10, 10, 1);
	double ew = sweep(EX_EXP, vec, -87, 88.5, 1);
	double fe = sweep(EX_ERF, vec, -10, 10, 0);
	double fr = sweep(EX_ERF, vec, -0.8, 0.8, 1);
	double te = sweep(EX_TANH, vec, -10, 10, 1);

	fprintf(stderr, "math (%s): exp rel %.3g (wide %.3g), erf abs %.3g (rel near 0 %.3g), "
	        "tanh rel %.3g\n", vec ? "vector" : "scalar", ee, ew, fe, fr, te);
	ck_assert_msg(ee <= 1e-6 && ew <= 1e-6, "exp rel err %g / %g", ee, ew);
	ck_assert_msg(fe <= 2e-7, "erf abs err %g", fe);
	ck_assert_msg(fr <= 1e-6, "erf rel err %g", fr);
	ck_assert_msg(te <= 1e-6, "tanh rel err %g", te);
}
END_TEST

/* Special values: exp underflow/overflow and the saturating ends of erf/tanh. */
START_TEST(test_math_special)
{
	static const float in[16] = {-200, -104.5f, 100, INFINITY, -INFINITY, 0, -0.0f, 1e-30f,
	                             6, -7, 20, -20, 88.7f, -87.5f, 1, -1};
	ExprKind kinds[3] = {EX_EXP, EX_ERF, EX_TANH};
	float out[3][16];
	isl_ast_node *asts[3];
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(16)), *y[3];
	Model mo;

	for (int q = 0; q < 3; q++) {
		Kernel *k = k_kernel_add(P, "f", "math");
		LoopNode *l = t_nest(k, NULL, 1, (const char *[]){"i"}, (int64_t[]){16});
		y[q] = t_buf(q == 0 ? "e" : q == 1 ? "r" : "t", BUF_OUTPUT, SHAPE(16));
		t_stmt(k, l, ST_ASSIGN, AC(y[q], 0, 1), k_un(P, kinds[q], LD(x, 0, 1)));
		t_finish(k);
		asts[q] = t_ast(k, "{ mark: \"vectorize\", child: { schedule: \"[{ S0[i] -> [(i)] }]\" } }");
	}
	t_build(&mo, asts);
	t_run(&mo, 1, (void *[]){(void *)in}, (void *[]){out[0], out[1], out[2]});
	ck_assert(out[0][0] == 0 && out[0][1] == 0 && isinf(out[0][2]) && isinf(out[0][3]));
	ck_assert(out[0][4] == 0 && out[0][5] == 1 && out[0][6] == 1 && out[0][7] == 1);
	ck_assert(isfinite(out[0][12]) && fabs(out[0][12] / exp(88.7f) - 1) < 1e-6);
	ck_assert(out[0][13] > 0 && fabs(out[0][13] / exp(-87.5f) - 1) < 1e-5);
	for (int i = 0; i < 16; i++) {
		ck_assert_msg(fabs(out[1][i] - erf(in[i])) <= 2e-7, "erf(%g) = %.9g", in[i], out[1][i]);
		ck_assert_msg(fabs(out[2][i] - tanh(in[i])) <= 2e-7, "tanh(%g) = %.9g", in[i], out[2][i]);
	}
	ck_assert(fabs(out[1][7] / (1e-30 * 1.1283791671) - 1) < 1e-6);
	t_close(&mo);
}
END_TEST

/* |y - r| in units of the last place of float at the exact value r (2^-149 below 2^-126). */
static double ulp_err(float y, double r)
{
	int e;

	if (fabs(r) < 0x1p-126)
		return fabs(y - r) / 0x1p-149;
	frexp(r, &e);
	return fabs(y - r) / ldexp(1, e - 24);
}

/*
 * erf in ulps against double erf: every 251st float32 bit pattern up to
 * 8 (subnormals included, signs alternating), then each region boundary
 * of math_llvm.c, old and new (0.84375, 1.25, 2.15, 3.92, 4.05, 6), with
 * 300 neighbours either side, then special values.  Over all floats
 * this was 0.82 ulp at most when written (Sun's rationals before: 0.86),
 * 1.03 where llvm.fmuladd is not fused (no FMA: 0.97 before).
 */
START_TEST(test_erf_ulp)
{
	enum { NP = 1 << 20, STRIDE = 251, ROOM = 8192 };
	static const float edge[] = {0.84375f, 1.25f, 2.15f, 3.92f, 4.05f, 6};
	static const float spec[] = {0.0f, -0.0f, INFINITY, -INFINITY, 0x1p-149f, -0x1p-149f,
	                             0x1.fffffcp-127f, 0x1p-126f, 1e-30f, 3.4e38f, -3.4e38f, 1e10f};
	float *in = malloc(NP * 4), *out = malloc(NP * 4), wx = 0;
	double worst = 0;
	uint32_t b = 0;
	int vec = _i, n;
	Model mo;

	math_model(&mo, EX_ERF, vec, NP);
	while (b < 0x41000000u) {
		for (n = 0; n < NP - ROOM && b < 0x41000000u; n++, b += STRIDE) {
			memcpy(&in[n], &b, 4);
			in[n] = n % 2 ? -in[n] : in[n];
		}
		if (b >= 0x41000000u) {  /* the last batch: boundaries and special values (< ROOM) */
			for (int e = 0; e < 6; e++)
				for (int s = 0; s < 2; s++) {
					float x = s ? -edge[e] : edge[e];
					for (int k = 0; k < 300; k++)
						x = nextafterf(x, 0);
					for (int k = 0; k < 601; k++, x = nextafterf(x, 2 * x))
						in[n++] = x;
				}
			memcpy(in + n, spec, sizeof(spec));
			n += (int)(sizeof(spec) / sizeof(spec[0]));
			in[n++] = NAN;
		}
		t_run(&mo, 1, (void *[]){in}, (void *[]){out});
		for (int i = 0; i < n; i++) {
			double e = isnan(in[i]) ? (isnan(out[i]) ? 0 : INFINITY) : ulp_err(out[i], erf(in[i]));
			if (!(e <= worst))
				worst = e, wx = in[i];
			if (fabsf(in[i]) >= 4.05f)  /* where math_llvm.c clamps */
				ck_assert_msg(out[i] == copysignf(1, in[i]), "erf(%a) = %a", in[i], out[i]);
			if (in[i] == 0)
				ck_assert_msg(out[i] == 0, "erf(%a) = %a", in[i], out[i]);
		}
	}
	fprintf(stderr, "erf (%s): %.3f ulp at most, at %a\n", vec ? "vector" : "scalar", worst, wx);
	ck_assert_msg(worst <= (__builtin_cpu_supports("fma") ? 1 : 1.1), "erf(%a): %g ulp", wx, worst);
	t_close(&mo);
	free(in), free(out);
}
END_TEST

static Suite *math_suite(void)
{
	Suite *s = suite_create("math");
	TCase *tc = tcase_create("math");

	tcase_add_checked_fixture(tc, t_setup, t_teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_math_accuracy, 0, 2);
	tcase_add_test(tc, test_math_special);
	tcase_add_loop_test(tc, test_erf_ulp, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(math_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
