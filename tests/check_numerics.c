/*
 * check_numerics.c - float ops at extreme magnitudes (issue 8, item 4):
 * every op that reduces or calls exp/erf/tanh, compiled from a graph with
 * driver_compile and run, against a float64 reference computed here on
 * the same float inputs.
 *
 * Rows of C = 100 values: U(-1, 1), an offset U(0.5, 1) and a constant
 * row at each scale 1e-38 (mostly subnormal), 1e-30, 1e-15, 1, 1e19, 1e30
 * and 3e38, then rows with one 3e38 among U(-1, 1), one 1e-38 among
 * zeros, FLT_MAX-scaled, all FLT_MAX, one +Inf, one -Inf, one NaN, all
 * +Inf, all -Inf, +Inf and -Inf mixed, all zero.
 *
 * The rule, per value: where the float64 result is NaN, infinite or
 * beyond the float range, vitc's must be non-finite (an infinity of the
 * same sign where both are infinite); elsewhere it must be finite and
 * within the stated tolerance of the float64 one, which is 1e-5 of the
 * row's scale (the largest |reference| of a row, or what the op's
 * conditioning makes of it: for sums, 1e-5 of the sum of |terms|) plus
 * one subnormal quantum.  Never a finite wrong value.  Only linear and
 * matmul may also overflow where the float64 sum fits but the sum of
 * |terms| does not (an fp32 partial sum can overflow there, in PyTorch
 * too); a finite result must still be right.
 *
 * ksh_hash returns bits: each is compared where the float64 projection
 * is clear of zero (1e-4 of the sum of its |terms|); the normalization
 * x / max(|x|, 1e-12) makes tokens from 1 to 3e38 hash like unit vectors.
 *
 * Every case runs twice: compiled for the host and for x86-64-v3 (AVX2),
 * as NaN and Inf go through max/min and compares that differ between the
 * two instruction sets (the generated functions assume no NaNs).
 */
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/driver.h"
#include "runtime/vitrt.h"
#include "tests/scratch.h"

enum { C = 100, WIDE = 520, MAXR = 64, NFAIL = 12 };

static const double SCALES[] = {1e-38, 1e-30, 1e-15, 1, 1e19, 1e30, 3e38};
#define NSCALES (int)(sizeof(SCALES) / sizeof(SCALES[0]))

/*
 * The target of loop test "i": for odd i the host CPU, for even i
 * -mcpu=x86-64-v3 (AVX2 + FMA: 8 lanes, other max/min and compare
 * instructions than AVX-512), which every x86-64-v3 host runs.  Returns 0
 * where this host cannot run that code: the case is skipped.
 */
static const char *cpu;

static int pick_cpu(int i)
{
	cpu = i % 2 ? NULL : "x86-64-v3";
	if (cpu && !__builtin_cpu_supports("x86-64-v3")) {
		fprintf(stderr, "(no AVX2 here: the x86-64-v3 case is skipped)\n");
		return 0;
	}
	return 1;
}

/* ---- input rows ---- */

static unsigned rng = 12345;

/* Uniform in [-1, 1). */
static double unif(void)
{
	rng = rng * 1103515245u + 12345u;
	return (double)(rng >> 8) / 8388608.0 - 1.0;
}

typedef struct {
	int n, w;              /* rows, values per row (at most WIDE) */
	float x[MAXR * WIDE];  /* row i at x + i * w */
	char what[MAXR][40];
} Rows;

static float *row_add(Rows *r, const char *fmt, double sc)
{
	ck_assert_int_lt(r->n, MAXR);
	snprintf(r->what[r->n], sizeof(r->what[0]), fmt, sc);
	return r->x + (size_t)r->w * r->n++;
}

/* The rows of the header comment, "w" values each. */
static void make_rows(Rows *r, int w)
{
	const int C = w;   /* shadows the usual row length */
	float *x;

	memset(r, 0, sizeof(*r));
	r->w = w;
	rng = 12345;
	for (int s = 0; s < NSCALES; s++) {
		double sc = SCALES[s];
		x = row_add(r, "U(-1,1)*%g", sc);
		for (int c = 0; c < C; c++)
			x[c] = (float)(unif() * sc);
		x = row_add(r, "U(0.5,1)*%g", sc);
		for (int c = 0; c < C; c++)
			x[c] = (float)((0.75 + 0.25 * unif()) * sc);
		x = row_add(r, "all 0.7*%g", sc);
		for (int c = 0; c < C; c++)
			x[c] = (float)(0.7 * sc);
	}
	x = row_add(r, "one %g among U(-1,1)", 3e38);
	for (int c = 0; c < C; c++)
		x[c] = (float)unif();
	x[7] = 3e38f;
	x = row_add(r, "one %g among zeros", 1e-38);
	x[3] = 1e-38f;
	x = row_add(r, "U(-1,1)*%g", FLT_MAX);
	for (int c = 0; c < C; c++)
		x[c] = (float)(unif() * FLT_MAX);
	x = row_add(r, "all %g", FLT_MAX);
	for (int c = 0; c < C; c++)
		x[c] = FLT_MAX;
	static const float special[3] = {INFINITY, -INFINITY, NAN};
	static const char *const sname[3] = {"one +Inf among U(-1,1)", "one -Inf among U(-1,1)",
	                                     "one NaN among U(-1,1)"};
	for (int k = 0; k < 3; k++) {
		x = row_add(r, sname[k], 0);
		for (int c = 0; c < C; c++)
			x[c] = (float)unif();
		x[5] = special[k];
	}
	x = row_add(r, "all +Inf", 0);
	for (int c = 0; c < C; c++)
		x[c] = INFINITY;
	x = row_add(r, "all -Inf", 0);
	for (int c = 0; c < C; c++)
		x[c] = -INFINITY;
	x = row_add(r, "+Inf and -Inf", 0);
	for (int c = 0; c < C; c++)
		x[c] = c % 2 ? -INFINITY : INFINITY;
	row_add(r, "all zero", 0);
}

/* ---- the rule ---- */

typedef struct {
	const char *op;
	int checked, fails, logged, last_row;
	char first[NFAIL][200];   /* the first failure of each of the first NFAIL rows */
} Tally;

/*
 * One value: "ref" in float64, "got" from vitc, "tol" absolute; "loose":
 * a non-finite result is allowed even where "ref" fits (see the header).
 */
static void expect(Tally *t, const char *what, int row, int col, double ref, float got,
                   double tol, int loose)
{
	int bad;

	t->checked++;
	if (isnan(ref) || fabs(ref) > FLT_MAX)
		bad = isfinite(got) || (isinf(ref) && isinf(got) && (ref > 0) != (got > 0));
	else if (!isfinite(got))
		bad = !loose && !(fabs(ref) >= FLT_MAX / (1 + 1e-5));
	else
		bad = !(fabs((double)got - ref) <= tol);
	if (!bad)
		return;
	if (t->logged < NFAIL && (!t->fails || row != t->last_row))
		snprintf(t->first[t->logged++], sizeof(t->first[0]),
		         "%s: row %d (%s) col %d: got %.9g, float64 %.9g (tolerance %.3g)",
		         t->op, row, what, col, (double)got, ref, tol);
	t->last_row = row;
	t->fails++;
}

/* Print the first failures and fail the test if there were any. */
static void tally_done(const Tally *t)
{
	for (int i = 0; i < t->logged; i++)
		fprintf(stderr, "  %s\n", t->first[i]);
	const char *isa = cpu ? cpu : "host";
	fprintf(stderr, "%s (%s): %d values checked, %d wrong\n", t->op, isa, t->checked, t->fails);
	ck_assert_msg(t->fails == 0, "%s (%s): %d of %d values wrong, first: %s", t->op, isa,
	              t->fails, t->checked, t->first[0]);
}

/* ---- graphs: JSON, safetensors, compile, run ---- */

typedef struct {
	const char *name;
	int rank;
	int64_t d[4];
	const float *data;
} Wt;

static int64_t wt_numel(const Wt *w)
{
	int64_t n = 1;
	for (int i = 0; i < w->rank; i++)
		n *= w->d[i];
	return n;
}

static void shape_json(char *b, size_t cap, int rank, const int64_t *d)
{
	size_t n = (size_t)snprintf(b, cap, "[");
	for (int i = 0; i < rank; i++)
		n += (size_t)snprintf(b + n, cap - n, "%s%lld", i ? ", " : "", (long long)d[i]);
	snprintf(b + n, cap - n, "]");
}

/* Write "w" as tmpdir/w.safetensors. */
static void write_weights(const Wt *w, int nw)
{
	char sh[8][128];
	ScratchF32 t[8];

	ck_assert_int_le(nw, 8);
	for (int i = 0; i < nw; i++) {
		shape_json(sh[i], sizeof(sh[i]), w[i].rank, w[i].d);
		t[i] = (ScratchF32){w[i].name, sh[i], wt_numel(&w[i]), w[i].data};
	}
	write_f32_safetensors("w.safetensors", t, nw);
}

typedef struct {
	VitrtModel *m;
	VitrtContext *ctx;
} Run;

/*
 * Compile a graph: "inputs" and "nodes" are the JSON arrays' contents,
 * "outputs" the output names, "w" its weights; load it for two threads.
 */
static Run build(const char *inputs, const char *nodes, const char *outputs, const Wt *w,
                 int nw)
{
	static char g[16384];
	char wl[2048] = "", sh[128], json[256], so[256];
	size_t n = 0;
	VitcErr err = {{0}};
	Run r;

	make_tmpdir();
	for (int i = 0; i < nw; i++) {
		shape_json(sh, sizeof(sh), w[i].rank, w[i].d);
		n += (size_t)snprintf(wl + n, sizeof(wl) - n,
		                      "%s{\"name\": \"%s\", \"dtype\": \"f32\", \"shape\": %s, "
		                      "\"role\": \"parameter\"}", i ? ", " : "", w[i].name, sh);
	}
	n = (size_t)snprintf(g, sizeof(g),
	        "{\"format\": \"vitc-graph\", \"version\": 1, \"producer\": \"check_numerics\",\n"
	        " \"weights_file\": \"w.safetensors\",\n \"inputs\": [%s],\n \"outputs\": [%s],\n"
	        " \"weights\": [%s],\n \"nodes\": [%s]}\n", inputs, outputs, wl, nodes);
	ck_assert_uint_lt(n, sizeof(g));
	write_weights(w, nw);
	tmp_path(json, sizeof(json), "g.json");
	tmp_path(so, sizeof(so), "g.so");
	write_file(json, g, n);
	CompileOptions o = {.model = json, .output = so, .opt_level = 3, .fuse = 1, .cpu = cpu};
	ck_assert_msg(driver_compile(&o, &err) == 0, "compile: %s", err.msg);
	ck_assert_int_eq(vitrt_model_load(so, &r.m), VITRT_OK);
	r.ctx = vitrt_context_create(r.m, 2);
	ck_assert_ptr_nonnull(r.ctx);
	return r;
}

static void run(Run *r, const void **in, void **out)
{
	ck_assert_msg(vitrt_run(r->ctx, 1, in, out) == VITRT_OK, "run: %s", vitrt_last_error());
}

static void done(Run *r)
{
	vitrt_context_free(r->ctx);
	vitrt_model_free(r->m);
	remove_tmpdir();
}

/* A graph input entry "name" of shape ["N", a, b]. */
static const char *in3(const char *name, int64_t a, int64_t b)
{
	static char buf[4][128];
	static int k;
	char *s = buf[k++ % 4];
	snprintf(s, 128, "{\"name\": \"%s\", \"dtype\": \"f32\", \"shape\": [\"N\", %lld, %lld]}",
	         name, (long long)a, (long long)b);
	return s;
}

/* 1e-5 of "scale", plus one subnormal quantum. */
static double tol_of(double scale)
{
	return 1e-5 * scale + 0x1p-149;
}

/* ---- the tests ---- */

static Rows R;
static float Y[8][MAXR * WIDE];

/*
 * layer_norm with gamma, beta (eps 1e-5) and without (eps 1e-30), on rows
 * of 100 (the explicitly vectorized lowering, a masked last vector) and
 * 520 values (LLVM's vectorizer), against the two-pass float64 formula;
 * tolerance 1e-5 of max|gamma| max|normalized| + max|beta| of the row.
 * All-equal rows must give beta (0 without).
 */
START_TEST(numerics_layer_norm)
{
	const int w = _i / 2 ? WIDE : C;
	static float g[WIDE], b[WIDE];
	static double nrm[WIDE];
	char nodes[1024];
	Tally t = {.op = _i / 2 ? "layer_norm (520 wide)" : "layer_norm"};
	double gmax = 0, bmax = 0;

	if (!pick_cpu(_i))
		return;
	make_rows(&R, w);
	for (int c = 0; c < w; c++) {
		g[c] = (float)(unif() < 0 ? -1 : 1) * (float)(1 + 0.5 * unif());
		b[c] = (float)unif();
		gmax = fmax(gmax, fabs(g[c]));
		bmax = fmax(bmax, fabs(b[c]));
	}
	snprintf(nodes, sizeof(nodes),
	         "{\"name\": \"ln\", \"op\": \"layer_norm\", \"inputs\": [\"x\", \"g\", \"b\"], "
	         "\"outputs\": [\"ln\"], \"attrs\": {\"eps\": 1e-5}},\n"
	         " {\"name\": \"ln0\", \"op\": \"layer_norm\", \"inputs\": [\"x\"], "
	         "\"outputs\": [\"ln0\"], \"attrs\": {\"eps\": 1e-30}}");
	Wt wt[2] = {{"g", 1, {w}, g}, {"b", 1, {w}, b}};
	Run r = build(in3("x", R.n, w), nodes, "\"ln\", \"ln0\"", wt, 2);
	run(&r, (const void *[]){R.x}, (void *[]){Y[0], Y[1]});
	for (int i = 0; i < R.n; i++) {
		const float *x = R.x + (size_t)i * w;
		for (int v = 0; v < 2; v++) {
			double eps = v ? 1e-30 : (double)1e-5f, mean = 0, var = 0, nmax = 0;
			for (int c = 0; c < w; c++)
				mean += x[c];
			mean /= w;
			for (int c = 0; c < w; c++)
				var += (x[c] - mean) * (x[c] - mean);
			var /= w;
			for (int c = 0; c < w; c++) {
				nrm[c] = (x[c] - mean) / sqrt(var + eps);
				nmax = fmax(nmax, fabs(nrm[c]));
			}
			double tol = tol_of(v ? nmax : gmax * nmax + bmax);
			for (int c = 0; c < w; c++)
				expect(&t, R.what[i], i, c, v ? nrm[c] : nrm[c] * g[c] + b[c],
				       Y[v][(size_t)i * w + c], tol, 0);
		}
	}
	done(&r);
	tally_done(&t);
}
END_TEST

/* softmax along the rows (max-subtracted, NaN where PyTorch gives NaN). */
START_TEST(numerics_softmax)
{
	Tally t = {.op = "softmax"};

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	Run r = build(in3("x", R.n, C),
	              "{\"name\": \"sm\", \"op\": \"softmax\", \"inputs\": [\"x\"], "
	              "\"outputs\": [\"sm\"], \"attrs\": {\"axis\": -1}}", "\"sm\"", NULL, 0);
	run(&r, (const void *[]){R.x}, (void *[]){Y[0]});
	for (int i = 0; i < R.n; i++) {
		const float *x = R.x + i * C;
		double m = -INFINITY, s = 0, e[C], big = 0;
		for (int c = 0; c < C; c++)
			m = isnan(x[c]) || isnan(m) ? NAN : fmax(m, x[c]);   /* torch.max keeps NaN */
		for (int c = 0; c < C; c++)
			s += e[c] = exp(x[c] - m);
		for (int c = 0; c < C; c++)
			big = fmax(big, e[c] / s);
		for (int c = 0; c < C; c++)
			expect(&t, R.what[i], i, c, e[c] / s, Y[0][i * C + c], tol_of(big), 0);
	}
	done(&r);
	tally_done(&t);
}
END_TEST

/*
 * mean over the last axis of the rows and over axis 1 of their transpose
 * (the token axis, reduced in an outer loop); tolerance 1e-5 of max|x|.
 */
START_TEST(numerics_mean)
{
	static float xt[C * MAXR];
	char ins[512];
	Tally t = {.op = "mean"};

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	for (int i = 0; i < R.n; i++)
		for (int c = 0; c < C; c++)
			xt[c * R.n + i] = R.x[i * C + c];
	snprintf(ins, sizeof(ins), "%s, %s", in3("x", R.n, C), in3("xt", C, R.n));
	Run r = build(ins,
	              "{\"name\": \"mr\", \"op\": \"mean\", \"inputs\": [\"x\"], \"outputs\": [\"mr\"], "
	              "\"attrs\": {\"axes\": [-1], \"keepdim\": 0}},\n"
	              " {\"name\": \"mt\", \"op\": \"mean\", \"inputs\": [\"xt\"], \"outputs\": [\"mt\"], "
	              "\"attrs\": {\"axes\": [1], \"keepdim\": 0}}", "\"mr\", \"mt\"", NULL, 0);
	run(&r, (const void *[]){R.x, xt}, (void *[]){Y[0], Y[1]});
	for (int i = 0; i < R.n; i++) {
		double s = 0, big = 0;
		for (int c = 0; c < C; c++) {
			s += R.x[i * C + c];
			big = fmax(big, fabs(R.x[i * C + c]));
		}
		expect(&t, R.what[i], i, -1, s / C, Y[0][i], tol_of(big), 0);
		expect(&t, R.what[i], i, -2, s / C, Y[1][i], tol_of(big), 0);
	}
	done(&r);
	tally_done(&t);
}
END_TEST

/* l2norm_heads, 2 heads of 50: x_h / max(|x_h|, 1e-12); tolerance 1e-5 of max|y_h|. */
START_TEST(numerics_l2norm_heads)
{
	Tally t = {.op = "l2norm_heads"};
	const int d = C / 2;

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	Run r = build(in3("x", R.n, C),
	              "{\"name\": \"l2\", \"op\": \"l2norm_heads\", \"inputs\": [\"x\"], "
	              "\"outputs\": [\"l2\"], \"attrs\": {\"num_heads\": 2}}", "\"l2\"", NULL, 0);
	run(&r, (const void *[]){R.x}, (void *[]){Y[0]});
	for (int i = 0; i < R.n; i++)
		for (int h = 0; h < 2; h++) {
			const float *x = R.x + i * C + h * d;
			double ss = 0, big = 0;
			for (int c = 0; c < d; c++)
				ss += (double)x[c] * x[c];
			double nrm = fmax(sqrt(ss), 1e-12);
			for (int c = 0; c < d; c++)
				big = fmax(big, fabs(x[c] / nrm));
			for (int c = 0; c < d; c++)
				expect(&t, R.what[i], i, h * d + c, x[c] / nrm, Y[0][i * C + h * d + c],
				       tol_of(big), 0);
		}
	done(&r);
	tally_done(&t);
}
END_TEST

/*
 * The zoo's max and normalize (issue 9) along the last axis of the rows and
 * along axis 1 of their transpose (an outer loop): max is exact (NaN where
 * the row holds one), normalize is x / max(|x|_2, 1e-12) within 1e-5 of
 * max|y| (a row holding NaN: all NaN; one holding Inf: 0, NaN at the Inf).
 */
START_TEST(numerics_max_normalize)
{
	static float xt[C * MAXR];
	char ins[512];
	Tally tm = {.op = "max"}, tn = {.op = "normalize"};

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	for (int i = 0; i < R.n; i++)
		for (int c = 0; c < C; c++)
			xt[c * R.n + i] = R.x[i * C + c];
	snprintf(ins, sizeof(ins), "%s, %s", in3("x", R.n, C), in3("xt", C, R.n));
	Run r = build(ins,
	              "{\"name\": \"mr\", \"op\": \"max\", \"inputs\": [\"x\"], \"outputs\": [\"mr\"], "
	              "\"attrs\": {\"axes\": [-1]}},\n"
	              " {\"name\": \"mt\", \"op\": \"max\", \"inputs\": [\"xt\"], \"outputs\": [\"mt\"], "
	              "\"attrs\": {\"axes\": [1], \"keepdim\": 1}},\n"
	              " {\"name\": \"nr\", \"op\": \"normalize\", \"inputs\": [\"x\"], "
	              "\"outputs\": [\"nr\"], \"attrs\": {\"axis\": -1}},\n"
	              " {\"name\": \"nt\", \"op\": \"normalize\", \"inputs\": [\"xt\"], "
	              "\"outputs\": [\"nt\"], \"attrs\": {\"axis\": 1}}",
	              "\"mr\", \"mt\", \"nr\", \"nt\"", NULL, 0);
	run(&r, (const void *[]){R.x, xt}, (void *[]){Y[0], Y[1], Y[2], Y[3]});
	for (int i = 0; i < R.n; i++) {
		const float *x = R.x + i * C;
		double m = -INFINITY, ss = 0, big = 0;
		int nan = 0;
		for (int c = 0; c < C; c++) {
			nan |= isnan(x[c]);
			m = fmax(m, x[c]);
			ss += (double)x[c] * x[c];
		}
		if (nan)
			m = NAN;
		expect(&tm, R.what[i], i, -1, m, Y[0][i], 0, 0);
		expect(&tm, R.what[i], i, -2, m, Y[1][i], 0, 0);
		double nrm = fmax(sqrt(ss), 1e-12);
		for (int c = 0; c < C; c++)
			big = fmax(big, fabs(x[c] / nrm));
		for (int c = 0; c < C; c++) {
			double ref = isnan(ss) ? NAN : isinf(nrm) ? (isinf(x[c]) ? NAN : 0.0) :
			             x[c] / nrm;
			expect(&tn, R.what[i], i, c, ref, Y[2][i * C + c], tol_of(big), 0);
			expect(&tn, R.what[i], i, C + c, ref, Y[3][c * R.n + i], tol_of(big), 0);
		}
	}
	done(&r);
	tally_done(&tm);
	tally_done(&tn);
}
END_TEST

/* gelu (erf and tanh forms), tanh and erf; tolerance 1e-5 of max(|x|, |y|). */
START_TEST(numerics_unary)
{
	Tally t = {.op = "gelu/tanh/erf"};
	static const char *const name[4] = {"gelu", "gelu_tanh", "tanh", "erf"};

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	Run r = build(in3("x", R.n, C),
	              "{\"name\": \"g\", \"op\": \"gelu\", \"inputs\": [\"x\"], \"outputs\": [\"g\"], "
	              "\"attrs\": {\"approximate\": \"none\"}},\n"
	              " {\"name\": \"gt\", \"op\": \"gelu\", \"inputs\": [\"x\"], \"outputs\": [\"gt\"], "
	              "\"attrs\": {\"approximate\": \"tanh\"}},\n"
	              " {\"name\": \"th\", \"op\": \"tanh\", \"inputs\": [\"x\"], \"outputs\": [\"th\"]},\n"
	              " {\"name\": \"ef\", \"op\": \"erf\", \"inputs\": [\"x\"], \"outputs\": [\"ef\"]}",
	              "\"g\", \"gt\", \"th\", \"ef\"", NULL, 0);
	run(&r, (const void *[]){R.x}, (void *[]){Y[0], Y[1], Y[2], Y[3]});
	for (int i = 0; i < R.n; i++)
		for (int c = 0; c < C; c++) {
			double x = R.x[i * C + c], ref[4];
			ref[0] = 0.5 * x * (1 + erf(x / sqrt(2)));
			ref[1] = 0.5 * x * (1 + tanh(sqrt(2 / M_PI) * (x + 0.044715 * x * x * x)));
			ref[2] = tanh(x);
			ref[3] = erf(x);
			for (int k = 0; k < 4; k++) {
				t.op = name[k];
				expect(&t, R.what[i], i, c, ref[k], Y[k][i * C + c],
				       tol_of(fmax(fabs(x), fabs(ref[k]))), 0);
			}
		}
	t.op = "gelu/tanh/erf";
	done(&r);
	tally_done(&t);
}
END_TEST

/* One node "name" of op "name" on "x", in the graph's node list. */
#define UNARY_NODE(name) "{\"name\": \"" name "\", \"op\": \"" name "\", " \
	"\"inputs\": [\"x\"], \"outputs\": [\"" name "\"]}"

/*
 * sigmoid, silu, hardswish, hardsigmoid, exp, sqrt and rsqrt against
 * their PyTorch formulas in float64; tolerance 1e-5 of max(|x|, |y|).
 * exp overflows to +inf from x ≈ 88.72 exactly where float64 leaves the
 * float range; sigmoid of very negative x is 0 (float64: a subnormal or
 * 0), never NaN; sqrt of negative values is NaN.
 */
START_TEST(numerics_unary_zoo)
{
	enum { K = 7 };
	Tally t = {.op = "sigmoid/silu/hardswish/hardsigmoid/exp/sqrt/rsqrt"};
	static const char *const name[K] = {"sigmoid", "silu", "hardswish", "hardsigmoid",
	                                    "exp", "sqrt", "rsqrt"};

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	/* exp: the interesting range is around 0 and the overflow at 88.72 */
	float *x = row_add(&R, "U(-1,1)*%g", 100);
	for (int c = 0; c < C; c++)
		x[c] = (float)(unif() * 100);
	x = row_add(&R, "88.7 .. 88.8 step %g", 0.001);
	for (int c = 0; c < C; c++)
		x[c] = 88.7f + 0.001f * (float)c;
	x = row_add(&R, "-3 .. 3 step %g", 0.06);
	for (int c = 0; c < C; c++)
		x[c] = -3.0f + 0.06f * (float)c;
	Run r = build(in3("x", R.n, C),
	              UNARY_NODE("sigmoid") ",\n" UNARY_NODE("silu") ",\n"
	              UNARY_NODE("hardswish") ",\n" UNARY_NODE("hardsigmoid") ",\n"
	              UNARY_NODE("exp") ",\n" UNARY_NODE("sqrt") ",\n" UNARY_NODE("rsqrt"),
	              "\"sigmoid\", \"silu\", \"hardswish\", \"hardsigmoid\", \"exp\", "
	              "\"sqrt\", \"rsqrt\"", NULL, 0);
	run(&r, (const void *[]){R.x}, (void *[]){Y[0], Y[1], Y[2], Y[3], Y[4], Y[5], Y[6]});
	for (int i = 0; i < R.n; i++)
		for (int c = 0; c < C; c++) {
			double v = R.x[i * C + c], ref[K];
			double hs = fmin(fmax(v + 3, 0), 6);
			ref[0] = 1 / (1 + exp(-v));
			ref[1] = v / (1 + exp(-v));
			ref[2] = v * hs / 6;
			ref[3] = isnan(v) ? v : hs / 6;
			ref[4] = exp(v);
			ref[5] = sqrt(v);
			ref[6] = 1 / sqrt(v);
			for (int k = 0; k < K; k++) {
				t.op = name[k];
				expect(&t, R.what[i], i, c, ref[k], Y[k][i * C + c],
				       tol_of(fmax(fabs(v), fabs(ref[k]))), 0);
			}
		}
	t.op = "sigmoid/silu/hardswish/hardsigmoid/exp/sqrt/rsqrt";
	done(&r);
	tally_done(&t);
}
END_TEST

/*
 * linear (weight [8, C], bias) and matmul (by an input [C, 8]): tolerance
 * 1e-5 of sum |x_k w_k| (+ |bias|); overflow to inf where that sum does
 * not fit is allowed, a finite wrong value never.
 */
START_TEST(numerics_linear)
{
	enum { M = 8 };
	static float w[M * C], bias[M], bm[C * M];
	char ins[512];
	Tally t = {.op = "linear/matmul"};

	if (!pick_cpu(_i))
		return;
	make_rows(&R, C);
	for (int i = 0; i < M * C; i++)
		w[i] = (float)unif();
	for (int j = 0; j < M; j++)
		bias[j] = (float)unif();
	for (int k = 0; k < C; k++)
		for (int j = 0; j < M; j++)
			bm[k * M + j] = w[j * C + k];   /* the same products, so one reference */
	snprintf(ins, sizeof(ins), "%s, %s", in3("x", R.n, C), in3("bm", C, M));
	Wt wt[2] = {{"w", 2, {M, C}, w}, {"bias", 1, {M}, bias}};
	Run r = build(ins,
	              "{\"name\": \"fc\", \"op\": \"linear\", \"inputs\": [\"x\", \"w\", \"bias\"], "
	              "\"outputs\": [\"fc\"]},\n"
	              " {\"name\": \"mm\", \"op\": \"matmul\", \"inputs\": [\"x\", \"bm\"], "
	              "\"outputs\": [\"mm\"]}", "\"fc\", \"mm\"", wt, 2);
	run(&r, (const void *[]){R.x, bm}, (void *[]){Y[0], Y[1]});
	for (int i = 0; i < R.n; i++)
		for (int j = 0; j < M; j++) {
			double s = 0, a = 0;
			for (int k = 0; k < C; k++) {
				s += (double)R.x[i * C + k] * w[j * C + k];
				a += fabs((double)R.x[i * C + k] * w[j * C + k]);
			}
			t.op = "linear";
			double ab = a + fabs(bias[j]);
			expect(&t, R.what[i], i, j, s + bias[j], Y[0][i * M + j], tol_of(ab),
			       ab > FLT_MAX / 2);
			t.op = "matmul";
			expect(&t, R.what[i], i, j, s, Y[1][i * M + j], tol_of(a), a > FLT_MAX / 2);
		}
	t.op = "linear/matmul";
	done(&r);
	tally_done(&t);
}
END_TEST

/*
 * ksh_hash, 2 heads of d = 32, 8 anchors, 16 bits, on tokens scaled from
 * 1e-38 to 3e38 (three per scale): the float64 formula of
 * docs/graph-format.md, each bit compared where y_k is clear of zero.
 */
START_TEST(numerics_ksh_hash)
{
	enum { H = 2, D = 32, MA = 8, NB = 16, L = 3 * NSCALES };
	static float qk[L * H * D], an[H * MA * D], mv[H * MA], pj[H * NB * MA];
	uint8_t code[H * L * 4];
	char nodes[512];
	int compared = 0, wrong = 0;
	char first[200] = "";

	if (!pick_cpu(_i))
		return;
	rng = 777;
	for (int l = 0; l < L; l++)
		for (int c = 0; c < H * D; c++)
			qk[l * H * D + c] = (float)(unif() * SCALES[l / 3]);
	for (int a = 0; a < H * MA; a++) {
		double n2 = 0, v[D];
		for (int e = 0; e < D; e++) {
			v[e] = unif();
			n2 += v[e] * v[e];
		}
		for (int e = 0; e < D; e++)
			an[a * D + e] = (float)(v[e] / sqrt(n2));
		mv[a] = (float)(exp(-0.5) + 0.02 * unif());
	}
	for (int i = 0; i < H * NB * MA; i++)
		pj[i] = (float)unif();
	snprintf(nodes, sizeof(nodes),
	         "{\"name\": \"c\", \"op\": \"ksh_hash\", \"inputs\": [\"qk\", \"an\", \"mv\", "
	         "\"pj\"], \"outputs\": [\"c\"], \"attrs\": {\"num_heads\": %d, \"nbits\": %d}}",
	         H, NB);
	Wt wt[3] = {{"an", 3, {H, MA, D}, an}, {"mv", 2, {H, MA}, mv}, {"pj", 3, {H, NB, MA}, pj}};
	Run r = build(in3("qk", L, H * D), nodes, "\"c\"", wt, 3);
	/* each code in whole little-endian bytes: nbits/8, or the i32 word vitc outputs */
	uint64_t cb = vitrt_tensor_bytes(vitrt_model_output(r.m, 0), 1) / (H * L);
	ck_assert(cb * H * L <= sizeof(code) && cb * 8 >= NB);
	run(&r, (const void *[]){qk}, (void *[]){code});
	for (int h = 0; h < H; h++) {
		double dist[L][MA], sigma = 0;
		for (int l = 0; l < L; l++) {
			const float *x = qk + l * H * D + h * D;
			double ss = 0;
			for (int e = 0; e < D; e++)
				ss += (double)x[e] * x[e];
			double nrm = fmax(sqrt(ss), 1e-12);
			for (int j = 0; j < MA; j++) {
				double d2 = 0;
				for (int e = 0; e < D; e++) {
					double df = x[e] / nrm - an[(h * MA + j) * D + e];
					d2 += df * df;
				}
				sigma += dist[l][j] = d2;
			}
		}
		sigma /= L * MA;
		for (int l = 0; l < L; l++)
			for (int k = 0; k < NB; k++) {
				double y = 0, a = 0;
				for (int j = 0; j < MA; j++) {
					double phi = exp(-dist[l][j] / (2 * sigma)) - mv[h * MA + j];
					y += phi * pj[(h * NB + k) * MA + j];
					a += fabs(phi * pj[(h * NB + k) * MA + j]);
				}
				if (fabs(y) <= 1e-4 * a)
					continue;
				int got = code[(h * L + l) * cb + k / 8] >> (k % 8) & 1;
				compared++;
				if (got != (y > 0) && !wrong++)
					snprintf(first, sizeof(first), "head %d token %d (scale %g) bit %d: "
					         "got %d, float64 y = %.6g", h, l, SCALES[l / 3], k, got, y);
			}
	}
	fprintf(stderr, "ksh_hash (%s): %d bits compared, %d wrong%s%s\n", cpu ? cpu : "host",
	        compared, wrong, wrong ? ", first: " : "", first);
	done(&r);
	ck_assert_int_ge(compared, H * L * NB * 9 / 10);
	ck_assert_msg(wrong == 0, "ksh_hash: %d of %d bits wrong, first: %s", wrong, compared, first);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("numerics");
	TCase *tc = tcase_create("extremes");
	int failed;

	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, numerics_layer_norm, 0, 4);
	tcase_add_loop_test(tc, numerics_softmax, 0, 2);
	tcase_add_loop_test(tc, numerics_mean, 0, 2);
	tcase_add_loop_test(tc, numerics_l2norm_heads, 0, 2);
	tcase_add_loop_test(tc, numerics_max_normalize, 0, 2);
	tcase_add_loop_test(tc, numerics_unary, 0, 2);
	tcase_add_loop_test(tc, numerics_unary_zoo, 0, 2);
	tcase_add_loop_test(tc, numerics_linear, 0, 2);
	tcase_add_loop_test(tc, numerics_ksh_hash, 0, 2);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
