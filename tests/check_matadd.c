/*
 * check_matadd.c - matadd_qkv compiled and run (lower/matadd.c):
 * o = alpha v + beta * sum over the code bits set of kv rows, in its two
 * forms, the nibble tables ("<node>.lut" + lookup) and the masked adds,
 * picked by the token rule or forced by the "lut" attribute.  Each case
 * writes a graph (binarize -> matadd_qkv, so that the sign of x sets each
 * code bit), compiles it with driver_compile, checks which form the
 * lowering chose, runs it for two images on two threads and compares with
 * a float64 reference:
 *  - exact: kv and v multiples of 1/16 in [-1/2, 1/2], alpha and beta
 *    powers of two, so every partial sum is exact and both forms must
 *    equal the reference bit for bit;
 *  - float: kv and v in [-1, 1], |got - ref| <= tol * (|alpha v| + |beta|
 *    sum |kv_k|) with tol = 5e-7 for the tables (at most 8 roundings: 3 in
 *    an entry, 3 in the tree over <= 8 groups, alpha v and the fma) and
 *    2e-6 for the masked adds (at most nbits + 1 <= 33 roundings).
 * Code bits per token: all zero, all ones, alternating, the top and bottom
 * bit only, else pseudo-random; they differ between heads and images.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/driver.h"
#include "runtime/vitrt.h"
#include "tests/scratch.h"

typedef struct {
	int H, L, nbits, d;
	int lut;        /* the attribute: -1 absent, else 0 or 1 */
	int want_lut;   /* the form the lowering must pick */
} Case;

static const Case CASES[] = {
	{2, 10, 16, 32, -1, 0},     /* below the token threshold: masked adds */
	{1, 63, 16, 32, -1, 0},
	{1, 64, 16, 32, -1, 1},     /* from 64 tokens on: tables */
	{2, 197, 16, 32, -1, 1},
	{5, 196, 16, 32, -1, 1},    /* the seed's shapes (smallest L) */
	{3, 100, 32, 64, -1, 1},    /* 32 bits: bit 31 makes the word negative */
	{2, 70, 13, 7, -1, 1},      /* a last group of one bit; an odd head dim */
	{2, 70, 12, 24, -1, 1},     /* 3 groups; d no power of two */
	{1, 80, 3, 32, -1, 1},      /* one partial group */
	{1, 100, 16, 100, -1, 1},   /* d > 64: split e by 16, a partial tile */
	{2, 9, 13, 32, 1, 1},       /* forced tables on few tokens */
	{2, 5, 32, 7, 1, 1},
	{2, 197, 32, 64, 0, 0},     /* forced masked adds on many tokens */
	{3, 100, 13, 33, 0, 0},
};

#define NIMG 2

static unsigned lcg(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

/* The code of (image n, head h, token l): the patterns above by token. */
static uint32_t code_of(int n, int h, int l, int nbits)
{
	uint32_t all = nbits == 32 ? 0xffffffffu : (1u << nbits) - 1;
	unsigned s = (unsigned)(n * 7919 + h * 104729 + l * 31 + 1);
	uint32_t hi = lcg(&s), lo = lcg(&s);
	switch ((l + h + n) % 6) {
	case 0: return 0;
	case 1: return all;
	case 2: return 0x55555555u & all;
	case 3: return (1u << (nbits - 1)) | 1u;
	default: return (hi << 16 ^ lo) & all;
	}
}

/* A value in [-1, 1]: a multiple of 1/16 within [-1/2, 1/2] when "exact". */
static float value(unsigned *s, int exact)
{
	unsigned r = lcg(s);
	if (exact)
		return (float)((int)(r % 17) - 8) / 16.0f;
	return (float)(r & 0xffff) / 32767.5f - 1.0f;
}

/* Write the graph of case "c" to "path". */
static void write_graph(const char *path, const Case *c, double alpha, double beta)
{
	char g[2048];
	int n = snprintf(g, sizeof(g),
	        "{\"format\": \"vitc-graph\", \"version\": 1, \"producer\": \"check_matadd\",\n"
	        " \"inputs\": [{\"name\": \"x\", \"dtype\": \"f32\", \"shape\": [\"N\", %d, %d]},\n"
	        "  {\"name\": \"kv\", \"dtype\": \"f32\", \"shape\": [\"N\", %d, %d, %d]},\n"
	        "  {\"name\": \"v\", \"dtype\": \"f32\", \"shape\": [\"N\", %d, %d]}],\n"
	        " \"outputs\": [\"o\"], \"weights\": [],\n"
	        " \"nodes\": [{\"name\": \"c\", \"op\": \"binarize\", \"inputs\": [\"x\"], "
	        "\"outputs\": [\"c\"], \"attrs\": {\"num_heads\": %d}},\n"
	        "  {\"name\": \"o\", \"op\": \"matadd_qkv\", \"inputs\": [\"c\", \"kv\", \"v\"], "
	        "\"outputs\": [\"o\"], \"attrs\": {\"num_heads\": %d, \"alpha\": %.17g, "
	        "\"beta\": %.17g",
	        c->L, c->H * c->nbits, c->H, c->nbits, c->d, c->L, c->H * c->d, c->H, c->H,
	        alpha, beta);
	if (c->lut >= 0)
		n += snprintf(g + n, sizeof(g) - (size_t)n, ", \"lut\": %d", c->lut);
	n += snprintf(g + n, sizeof(g) - (size_t)n, "}}]}\n");
	ck_assert_int_lt(n, (int)sizeof(g));
	write_file(path, g, (size_t)n);
}

/* Does file "path" contain "needle"? */
static int file_has(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *text = malloc((size_t)n + 1);
	ck_assert_uint_eq(fread(text, 1, (size_t)n, f), (size_t)n);
	text[n] = 0;
	fclose(f);
	int r = strstr(text, needle) != NULL;
	free(text);
	return r;
}

/* The inputs of case "c": x sets the code bits (bit = x > 0), kv and v by "exact". */
static void fill_inputs(const Case *c, int exact, float *x, float *kv, float *v)
{
	int H = c->H, L = c->L, nb = c->nbits;
	size_t nk = (size_t)NIMG * H * nb * c->d, nv = (size_t)NIMG * L * H * c->d;
	unsigned seed = (unsigned)(H * 1000 + L * 10 + nb + c->d * 77);

	for (int n = 0; n < NIMG; n++)
		for (int l = 0; l < L; l++)
			for (int h = 0; h < H; h++) {
				uint32_t code = code_of(n, h, l, nb);
				float *xr = x + ((size_t)n * L + l) * H * nb + h * nb;
				for (int k = 0; k < nb; k++)
					xr[k] = (code >> k & 1 ? 0.5f : -0.5f) * (float)(1 + k % 3);
			}
	for (size_t i = 0; i < nk; i++)
		kv[i] = value(&seed, exact);
	for (size_t i = 0; i < nv; i++)
		v[i] = value(&seed, exact);
}

/* Compare o[n, l, h*d + e] with the float64 reference within "tol" (see the header). */
static void check_output(const Case *c, int exact, double alpha, double beta, double tol,
                         const float *kv, const float *v, const float *out)
{
	int H = c->H, L = c->L, nb = c->nbits, d = c->d;

	for (int t = 0; t < NIMG * H * L; t++) {   /* t = (n*H + h)*L + l */
		int n = t / (H * L), h = t / L % H, l = t % L;
		uint32_t code = code_of(n, h, l, nb);
		const float *kh = kv + ((size_t)n * H + h) * nb * d;
		size_t row = ((size_t)n * L + l) * H * d + (size_t)h * d;
		for (int e = 0; e < d; e++) {
			double s = 0, mag = 0;
			for (int k = 0; k < nb; k++)
				if (code >> k & 1) {
					s += kh[k * d + e];
					mag += fabs(kh[k * d + e]);
				}
			double ref = alpha * v[row + e] + beta * s;
			double bound = tol * (fabs(alpha * v[row + e]) + fabs(beta) * mag);
			double diff = fabs((double)out[row + e] - ref);
			if (diff > bound)
				ck_abort_msg("H=%d L=%d nbits=%d d=%d lut=%d %s: o[%d,%d,%d] = "
				             "%.9g, want %.9g (code %#x, |diff| %.3g > %.3g)",
				             H, L, nb, d, c->lut, exact ? "exact" : "float", n, l,
				             h * d + e, (double)out[row + e], ref, code, diff, bound);
		}
	}
}

/*
 * Compile case "c" (checking the form the lowering picked), run it on
 * inputs of mode "exact" and compare as the header says.
 */
static void run_case(const Case *c, int exact)
{
	const double alpha = 0.5, beta = exact ? -0.25 : 1 / M_PI;
	int H = c->H, L = c->L, nb = c->nbits, d = c->d;
	char json[256], so[256], lower[256];
	VitcErr err = {{0}};

	make_tmpdir();
	tmp_path(json, sizeof(json), "g.json");
	tmp_path(so, sizeof(so), "g.so");
	tmp_path(lower, sizeof(lower), "03-lower.txt");
	write_graph(json, c, alpha, beta);
	CompileOptions o = {.model = json, .output = so, .opt_level = 3, .fuse = 1,
	                    .dump_dir = tmpdir};
	ck_assert_msg(driver_compile(&o, &err) == 0, "compile: %s", err.msg);
	ck_assert_msg(file_has(lower, "\"o.lut\"") == c->want_lut,
	              "H=%d L=%d nbits=%d d=%d lut=%d: expected the %s form", H, L, nb, d,
	              c->lut, c->want_lut ? "table" : "masked");

	size_t nx = (size_t)NIMG * L * H * nb, nk = (size_t)NIMG * H * nb * d;
	size_t nv = (size_t)NIMG * L * H * d;
	float *x = malloc(nx * 4), *kv = malloc(nk * 4), *v = malloc(nv * 4), *out = malloc(nv * 4);
	fill_inputs(c, exact, x, kv, v);
	memset(out, 0xff, nv * 4);
	VitrtModel *m = NULL;
	ck_assert_int_eq(vitrt_model_load(so, &m), VITRT_OK);
	VitrtContext *ctx = vitrt_context_create(m, 2);   /* the lookup's l loop is parallel */
	ck_assert_ptr_nonnull(ctx);
	const void *in[3] = {x, kv, v};
	void *outs[1] = {out};
	ck_assert_msg(vitrt_run(ctx, NIMG, in, outs) == VITRT_OK, "run: %s", vitrt_last_error());
	check_output(c, exact, alpha, beta, exact ? 0 : c->want_lut ? 5e-7 : 2e-6, kv, v, out);
	vitrt_context_free(ctx);
	vitrt_model_free(m);
	free(x), free(kv), free(v), free(out);
	remove_tmpdir();
}

START_TEST(qkv_exact)
{
	run_case(&CASES[_i], 1);
}
END_TEST

START_TEST(qkv_float)
{
	run_case(&CASES[_i], 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("matadd");
	TCase *tc = tcase_create("qkv");
	int n = (int)(sizeof(CASES) / sizeof(CASES[0])), failed;

	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, qkv_exact, 0, n);
	tcase_add_loop_test(tc, qkv_float, 0, n);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
