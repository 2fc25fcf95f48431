/*
 * potq.c - the arithmetic of power-of-two int8 quantization
 * (docs/quantization.md): the int8 code of a float, the minmax observer
 * with P2-ViT's adaptive PoT rounding, per-output-channel weights and the
 * int32 bias.  python/vitc/quant.py is the same in NumPy; `vitc quantize`
 * (compiler/quantize.c) uses these.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
 * Adaptive PoT rounding of the float scale s = m / 127.5 of range m > 0:
 * a0 = floor(log2 s), of e in a0-1 .. a0+2 the one with the lowest MSE of
 * v (ties: the smaller).  0, or -1 with *why set for an exponent outside
 * [PASS_QEXP_MIN, PASS_QEXP_MAX].
 */
static int pot_round(const float *v, size_t n, double m, int *e, const char **why)
{
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

/* max |v|, or -1 with *why set: no values, or a NaN or Inf. */
static double abs_max(const float *v, size_t n, const char **why)
{
	double m = 0;
	if (n == 0)
		return *why = "no values", -1;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(v[i]))
			return *why = "NaN or Inf values", -1;
		m = fmax(m, fabs((double)v[i]));
	}
	return m;
}

/*
 * The minmax observer with adaptive PoT rounding: s = max|v| / 127.5,
 * then pot_round.  0 with *e set, or -1 with *why a static reason: no
 * values, a NaN or Inf, zero range, or an exponent outside
 * [PASS_QEXP_MIN, PASS_QEXP_MAX].
 */
int pass_potq_exponent(const float *v, size_t n, int *e, const char **why)
{
	double m = abs_max(v, n, why);
	if (m < 0)
		return -1;
	if (m == 0)
		return *why = "zero range (every value is 0)", -1;
	return pot_round(v, n, m, e, why);
}

static const char *const observer_names[] = {"minmax", "ema", "percentile", "omse", NULL};

/* The observer called "name" (NULL: minmax), or -1. */
int pass_potq_observer(const char *name)
{
	for (int i = 0; observer_names[i]; i++)
		if (!name || !strcmp(name, observer_names[i]))
			return i;
	return -1;
}

static int cmp_float(const void *a, const void *b)
{
	float x = *(const float *)a, y = *(const float *)b;
	return (x > y) - (x < y);
}

/*
 * Element k (0-based, ascending) of t[0 .. n-1], which it reorders
 * (quickselect, Hoare partitions around a median of three; the last small
 * partition sorted).
 */
static float select_kth(float *t, size_t n, size_t k)
{
	size_t lo = 0, hi = n;
	while (hi - lo > 16) {
		float a = t[lo], b = t[lo + (hi - lo) / 2], c = t[hi - 1];
		float piv = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
		size_t i = lo, j = hi - 1;
		for (;;) {
			while (t[i] < piv)
				i++;
			while (t[j] > piv)
				j--;
			if (i >= j)
				break;
			float s = t[i];
			t[i++] = t[j];
			t[j--] = s;
		}
		if (k <= j)
			hi = j + 1;
		else
			lo = j + 1;
	}
	qsort(t + lo, hi - lo, sizeof(float), cmp_float);
	return t[k];
}

/*
 * The q-quantile of v[0 .. n-1] as torch.quantile and numpy.quantile
 * compute it: linear interpolation between the order statistics at
 * floor(q (n-1)) and the next.  "tmp" holds n floats.
 */
static double quantile(const float *v, size_t n, double q, float *tmp)
{
	double pos = q * (double)(n - 1);
	size_t lo = (size_t)floor(pos);
	memcpy(tmp, v, n * sizeof(float));
	double a = select_kth(tmp, n, lo), b = a;
	if (lo + 1 < n) {        /* the next order statistic: the least above index lo */
		b = tmp[lo + 1];
		for (size_t i = lo + 2; i < n; i++)
			b = fmin(b, (double)tmp[i]);
	}
	return a + (pos - (double)lo) * (b - a);
}

/* Sum of squared errors of int8 fake-quantization at float scale s (zero point 0). */
static double fq_sse_scale(const float *v, size_t n, double s)
{
	double t = 0;
	for (size_t i = 0; i < n; i++) {
		double q = fmin(fmax(rint((double)v[i] / s), -128), 127);
		t += (q * s - v[i]) * (q * s - v[i]);
	}
	return t;
}

/*
 * The range m of v under observer "ob" (FQ-ViT's observers, symmetric:
 * m = max(-min, max); ../shared/docs/p2vit-fqvit.md §1.1), the values in
 * batches of "blen" (the last may be shorter):
 *   minmax: max |v|;
 *   ema: per batch min and max; the first batch sets them, each later one
 *     moves them by 0.01 (cur - old);
 *   percentile: the same with the 1e-5 and 0.99999 quantiles of the batch;
 *   omse: the minmax range shrunk by 1 - 0.01 i, i in 0..89, the one with
 *     the lowest squared error of the last batch at scale m_i / 127.5
 *     (ties: the smaller i).
 */
static double observe_range(const float *v, size_t n, size_t blen, int ob)
{
	double lo = 0, hi = 0, m = 0;
	if (ob == 0 || ob == 3) {
		for (size_t i = 0; i < n; i++)
			m = fmax(m, fabs((double)v[i]));
		if (ob == 0 || m == 0)
			return m;
		const float *last = v + (n - 1) / blen * blen;
		size_t nl = (size_t)(v + n - last);
		double best = INFINITY, bm = m;
		for (int i = 0; i < 90; i++) {
			double mi = m * (1.0 - i * 0.01);
			double sc = fq_sse_scale(last, nl, mi / 127.5);
			if (sc < best) {
				best = sc;
				bm = mi;
			}
		}
		return bm;
	}
	float *tmp = ob == 2 ? xmalloc(sizeof(float) * (blen < n ? blen : n)) : NULL;
	for (size_t b0 = 0; b0 < n; b0 += blen) {
		size_t nb = n - b0 < blen ? n - b0 : blen;
		double cmin, cmax;
		if (ob == 2) {
			cmax = quantile(v + b0, nb, 0.99999, tmp);
			cmin = quantile(v + b0, nb, 0.00001, tmp);
		} else {
			cmin = cmax = v[b0];
			for (size_t i = 1; i < nb; i++) {
				cmin = fmin(cmin, (double)v[b0 + i]);
				cmax = fmax(cmax, (double)v[b0 + i]);
			}
		}
		if (b0 == 0) {
			lo = cmin;
			hi = cmax;
		} else {
			lo += 0.01 * (cmin - lo);
			hi += 0.01 * (cmax - hi);
		}
	}
	free(tmp);
	return fmax(-lo, hi);
}

/*
 * An activation's exponent: observer "ob" (pass_potq_observer) on v in
 * batches of "blen" values (0: one batch), then adaptive PoT rounding
 * judged on all of v.  A range of 0 from ema, percentile or omse with
 * nonzero values falls back to max|v|.  0, or -1 with *why set (as
 * pass_potq_exponent).
 */
int pass_potq_observe(const float *v, size_t n, size_t blen, int ob, int *e, const char **why)
{
	double m0 = abs_max(v, n, why);
	if (m0 < 0)
		return -1;
	if (m0 == 0)
		return *why = "zero range (every value is 0)", -1;
	double m = observe_range(v, n, blen ? blen : n, ob);
	return pot_round(v, n, m > 0 ? m : m0, e, why);
}

/*
 * The Gram matrix G = X^T X (K x K, double, malloc'd) of the rows of x
 * [rows][K]: a linear's calibration inputs, so that the output error of
 * weight row error d is d G d^T.
 */
double *pass_potq_gram(const float *x, size_t rows, int64_t K)
{
	double *g = xcalloc((size_t)(K * K), sizeof(double));
	double *r = xmalloc(sizeof(double) * (size_t)K);
	for (size_t n = 0; n < rows; n++) {
		for (int64_t k = 0; k < K; k++)
			r[k] = x[n * (size_t)K + (size_t)k];
		for (int64_t a = 0; a < K; a++)
			for (int64_t b = a; b < K; b++)
				g[a * K + b] += r[a] * r[b];
	}
	for (int64_t a = 0; a < K; a++)
		for (int64_t b = 0; b < a; b++)
			g[a * K + b] = g[b * K + a];
	free(r);
	return g;
}

/* d G d^T (G NULL: d d^T). */
static double quad(const double *d, const double *G, int64_t K)
{
	double t = 0;
	for (int64_t a = 0; a < K; a++) {
		double s = 0;
		if (!G) {
			t += d[a] * d[a];
			continue;
		}
		for (int64_t b = 0; b < K; b++)
			s += G[a * K + b] * d[b];
		t += d[a] * s;
	}
	return t;
}

/* The code of weight w at exponent e, int8 or int4 (saturated to the type). */
static int8_t wcode(float w, int e, int bits)
{
	int8_t q = pass_potq_code(w, e);
	int hi = bits == 4 ? 7 : 127;
	return (int8_t)(q > hi ? hi : q < -hi - 1 ? -hi - 1 : q);
}

/*
 * Weight rows w[M][K] to "bits" (8 or 4) codes q[M][K] (one int8 each) and
 * exponents ew[M]: per row, m = max|w|, a0 = floor(log2(m / 127.5)) (int8)
 * or floor(log2(m / 7.5)) (int4), and of e in a0-1 .. a0+2 the one with
 * the lowest output error d G d^T, d = dequantized row - row, over the
 * calibration inputs (G = pass_potq_gram; NULL: the weights' own squared
 * error; ties: the smaller e).  A row of zeros gets PASS_QEXP_ZERO_ROW.
 * err[j] (when err is not NULL) is row j's error.  -1 with *row and *why
 * set when a row cannot be quantized.
 */
int pass_potq_weight(const float *w, int64_t M, int64_t K, int bits, const double *G, int8_t *q,
                     int8_t *ew, double *err, int64_t *row, const char **why)
{
	double *d = xmalloc(sizeof(double) * (size_t)(K + 1));
	for (int64_t j = 0; j < M; j++) {
		const float *r = w + j * K;
		double m = abs_max(r, (size_t)K, why), best = INFINITY;
		int e = PASS_QEXP_ZERO_ROW;
		if (m < 0) {
			free(d);
			return *row = j, -1;
		}
		if (m > 0) {
			int a0 = (int)floor(log2(m / (bits == 4 ? 7.5 : 127.5)));
			for (int c = a0 - 1; c <= a0 + 2; c++) {
				for (int64_t k = 0; k < K; k++)
					d[k] = ldexp((double)wcode(r[k], c, bits), c) - (double)r[k];
				double t = quad(d, G, K);
				if (t < best) {
					best = t;
					e = c;
				}
			}
			if (e < PASS_QEXP_MIN || e > PASS_QEXP_MAX) {
				free(d);
				*why = "exponent outside -64..63 (values too large or too small)";
				return *row = j, -1;
			}
		}
		ew[j] = (int8_t)e;
		if (err)
			err[j] = m > 0 ? best : 0;
		for (int64_t k = 0; k < K; k++)
			q[j * K + k] = wcode(r[k], e, bits);
	}
	free(d);
	return 0;
}

/* The output energy sum_j w_j G w_j^T of weight rows w[M][K] (G NULL: sum w^2). */
double pass_potq_energy(const float *w, int64_t M, int64_t K, const double *G)
{
	double *d = xmalloc(sizeof(double) * (size_t)(K + 1)), t = 0;
	for (int64_t j = 0; j < M; j++) {
		for (int64_t k = 0; k < K; k++)
			d[k] = w[j * K + k];
		t += quad(d, G, K);
	}
	free(d);
	return t;
}

/* int4 codes q[n] (each in -8..7) packed two per byte, low nibble first (the i4 dtype). */
void pass_potq_pack_i4(const int8_t *q, size_t n, uint8_t *out)
{
	memset(out, 0, (n + 1) / 2);
	for (size_t i = 0; i < n; i++)
		out[i / 2] |= (uint8_t)(((unsigned)q[i] & 15u) << (4 * (i & 1)));
}

/*
 * Mixed precision: bits[l] in {4, 8} for n linears of params[l] weights
 * each, from cost[l] = the output error increase of layer l from 8 to 4
 * bits (relative to its output energy): all start at 8; while the
 * parameter-weighted average of the bits exceeds "budget", the 8-bit layer
 * with the lowest cost[l] / params[l] (error increase per bit saved; ties:
 * the first) goes to 4 bits.
 */
void pass_potq_mixed(int n, const double *cost, const int64_t *params, double budget, int *bits)
{
	double total = 0, sum = 0;
	for (int l = 0; l < n; l++) {
		bits[l] = 8;
		total += (double)params[l];
		sum += 8.0 * (double)params[l];
	}
	while (total > 0 && sum > budget * total) {
		int best = -1;
		for (int l = 0; l < n; l++)
			if (bits[l] == 8 && (best < 0 || cost[l] / (double)params[l] <
			                                     cost[best] / (double)params[best]))
				best = l;
		if (best < 0)
			break;
		bits[best] = 4;
		sum -= 4.0 * (double)params[best];
	}
}

/* The int32 bias at the accumulator's scale: clamp(rne(b * 2^-(ex + ew))). */
int32_t pass_potq_bias(float b, int ex, int ew)
{
	double v = rint(ldexp((double)b, -(ex + ew)));
	return v < -2147483648.0 ? INT32_MIN : v > 2147483647.0 ? INT32_MAX : (int32_t)v;
}

/*
 * PTF calibration (FQ-ViT's power-of-two factors with a power-of-two base,
 * which P2-ViT's released code left float): e8 = pass_potq_observe of all
 * values v[rows][C] (observer "ob", batches of "blen" values), base = e8 - PASS_PTF_MAX, and for each channel c the
 * alpha in 0..PASS_PTF_MAX with the lowest MSE of that channel's values at
 * exponent base + alpha (ties: the smaller).  0, or -1 with *why set.
 */
int pass_potq_ptf(const float *v, size_t rows, int64_t C, size_t blen, int ob, int *base,
                  int8_t *alpha, const char **why)
{
	int e8;
	if (pass_potq_observe(v, rows * (size_t)C, blen, ob, &e8, why))
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

/*
 * qhamming_attention's softmax weights (docs/quantization.md "ShiftAdd
 * models"): t[d] = round(2^15 exp(-scale d)) (half up, in double) for a
 * score d = 0 .. 2 nbits below its row's max, so every weight is in 0..2^15
 * and a row's sum of up to 2^16 of them fits int32 (quant.hamming_table).
 */
void pass_potq_hamming_table(double scale, int64_t nbits, int32_t *t)
{
	for (int64_t d = 0; d <= 2 * nbits; d++)
		t[d] = (int32_t)floor(ldexp(exp(-scale * (double)d), 15) + 0.5);
}
