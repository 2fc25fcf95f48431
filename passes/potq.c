/*
 * potq.c - the arithmetic of power-of-two int8 quantization
 * (docs/quantization.md): the int8 code of a float, the minmax observer
 * with P2-ViT's adaptive PoT rounding, per-output-channel weights and the
 * int32 bias.  python/vitc/quant.py is the same in NumPy; `vitc quantize`
 * (compiler/quantize.c) uses these.
 */
#include <math.h>
#include <stdlib.h>

#include "passes/passes.h"

/* clamp(rne(x * 2^-e), -128, 127), the product in float32. */
int8_t pass_potq_code(float x, int e)
{
	float v = x * ldexpf(1.0f, -e);
	v = fminf(fmaxf(v, -129.0f), 128.0f);
	float r = rintf(v);
	return (int8_t)(r < -128.0f ? -128 : r > 127.0f ? 127 : (int)r);
}

/* Mean squared error of dequantize(quantize(v, e), e) against v. */
static double fq_mse(const float *v, size_t n, int e)
{
	double s = 0, sc = ldexp(1.0, e);
	for (size_t i = 0; i < n; i++) {
		double d = (double)pass_potq_code(v[i], e) * sc - (double)v[i];
		s += d * d;
	}
	return s / (double)n;
}

/*
 * The minmax observer with adaptive PoT rounding: s = max|v| / 127.5,
 * a0 = floor(log2 s), of e in a0-1 .. a0+2 the one with the lowest MSE
 * (ties: the smaller).  0 with *e set, or -1 with *why a static reason:
 * no values, a NaN or Inf, zero range, or an exponent outside
 * [PASS_QEXP_MIN, PASS_QEXP_MAX].
 */
int pass_potq_exponent(const float *v, size_t n, int *e, const char **why)
{
	double m = 0;
	if (n == 0)
		return *why = "no values", -1;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(v[i]))
			return *why = "NaN or Inf values", -1;
		m = fmax(m, fabs((double)v[i]));
	}
	if (m == 0)
		return *why = "zero range (every value is 0)", -1;
	int a0 = (int)floor(log2(m / 127.5));
	double best = INFINITY;
	for (int c = a0 - 1; c <= a0 + 2; c++) {
		double err = fq_mse(v, n, c);
		if (err < best) {
			best = err;
			*e = c;
		}
	}
	if (*e < PASS_QEXP_MIN || *e > PASS_QEXP_MAX)
		return *why = "exponent outside -64..63 (values too large or too small)", -1;
	return 0;
}

/*
 * Weight rows w[M][K] to int8 codes q[M][K] and exponents ew[M], each row
 * by pass_potq_exponent (a row of zeros: PASS_QEXP_ZERO_ROW).  -1 with
 * *row and *why set when a row cannot be quantized.
 */
int pass_potq_weight(const float *w, int64_t M, int64_t K, int8_t *q, int8_t *ew,
                     int64_t *row, const char **why)
{
	for (int64_t j = 0; j < M; j++) {
		const float *r = w + j * K;
		int e = PASS_QEXP_ZERO_ROW, zero = 1;
		for (int64_t k = 0; k < K; k++)
			zero &= r[k] == 0;
		if (!zero && pass_potq_exponent(r, (size_t)K, &e, why))
			return *row = j, -1;
		ew[j] = (int8_t)e;
		for (int64_t k = 0; k < K; k++)
			q[j * K + k] = pass_potq_code(r[k], e);
	}
	return 0;
}

/* The int32 bias at the accumulator's scale: clamp(rne(b * 2^-(ex + ew))). */
int32_t pass_potq_bias(float b, int ex, int ew)
{
	double v = rint(ldexp((double)b, -(ex + ew)));
	return v < -2147483648.0 ? INT32_MIN : v > 2147483647.0 ? INT32_MAX : (int32_t)v;
}

/*
 * PTF calibration (FQ-ViT's power-of-two factors with a power-of-two base,
 * which P2-ViT's released code left float): e8 = pass_potq_exponent of all
 * values v[rows][C], base = e8 - PASS_PTF_MAX, and for each channel c the
 * alpha in 0..PASS_PTF_MAX with the lowest MSE of that channel's values at
 * exponent base + alpha (ties: the smaller).  0, or -1 with *why set.
 */
int pass_potq_ptf(const float *v, size_t rows, int64_t C, int *base, int8_t *alpha,
                  const char **why)
{
	int e8;
	if (pass_potq_exponent(v, rows * (size_t)C, &e8, why))
		return -1;
	*base = e8 - PASS_PTF_MAX;
	if (*base < PASS_QEXP_MIN)
		return *why = "exponent outside -64..63 (values too large or too small)", -1;
	float *col = xmalloc(sizeof(float) * (rows + 1));
	for (int64_t c = 0; c < C; c++) {
		double best = INFINITY;
		for (size_t r = 0; r < rows; r++)
			col[r] = v[r * (size_t)C + (size_t)c];
		for (int a = 0; a <= PASS_PTF_MAX; a++) {
			double err = fq_mse(col, rows, *base + a);
			if (err < best) {
				best = err;
				alpha[c] = (int8_t)a;
			}
		}
	}
	free(col);
	return 0;
}

static int32_t sat_i32(double v)
{
	return v < -2147483648.0 ? INT32_MIN : v > 2147483647.0 ? INT32_MAX : (int32_t)v;
}

/*
 * qlayernorm's constants from the float LayerNorm (gamma, beta, eps) over
 * C channels, the input's base exponent and the output exponent:
 * g = rne(gamma 2^(F - eo)), b = rne(beta 2^(F - eo)) (saturated to
 * int32), eps_q = min(rne(eps C^2 2^(-2 ex)), PASS_QLN_EPS_MAX).
 */
int64_t pass_potq_layernorm(const float *gamma, const float *beta, double eps, int64_t C,
                            int ex, int eo, int32_t *g, int32_t *b)
{
	for (int64_t c = 0; c < C; c++) {
		g[c] = sat_i32(rint(ldexp((double)gamma[c], PASS_QLN_FRAC - eo)));
		b[c] = sat_i32(rint(ldexp((double)beta[c], PASS_QLN_FRAC - eo)));
	}
	double e = rint(ldexp(eps * (double)C * (double)C, -2 * ex));
	return e >= (double)PASS_QLN_EPS_MAX ? PASS_QLN_EPS_MAX : (int64_t)e;
}

/*
 * The integer GELU table: t[q + 128] = clamp(rne(gelu(q 2^ex) 2^-ey), -128,
 * 127) for every int8 q, gelu in double (erf, or the tanh form when
 * "tanh_form").
 */
void pass_potq_gelu_table(int ex, int ey, int tanh_form, int8_t *t)
{
	for (int q = -128; q < 128; q++) {
		double x = ldexp((double)q, ex), y;
		if (tanh_form)
			y = 0.5 * x * (1 + tanh(sqrt(2 / M_PI) * (x + 0.044715 * x * x * x)));
		else
			y = 0.5 * x * (1 + erf(x / sqrt(2.0)));
		double r = rint(ldexp(y, -ey));
		t[q + 128] = (int8_t)(r < -128 ? -128 : r > 127 ? 127 : r);
	}
}
