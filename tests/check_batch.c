/*
 * check_batch.c - "batch anywhere" (issue 9, passes/batch_outer.c): graphs
 * whose intermediates hold the batch dimension N at axis 1 or 2, compiled
 * with driver_compile once and run at batch 1 and 3 from the same .so,
 * against float64 references computed here (tolerance 1e-6 of the
 * output's largest |value|, at least 1e-6).
 *
 *  - timm's attention: qkv.reshape(B,L,3,H,d).permute(2,0,3,1,4) and
 *    select 0/1/-1 (unbind), then scaled QK^T, softmax, PV and the merge;
 *  - transposes that move N inward ([6,N,8]: an identity in the new layout,
 *    [2,N,6,4] and [2,N,4,6]: real ones), an add with a [6,1,8] weight,
 *    gelu, a matmul with N as its row axis against a [8,5] weight, batched
 *    matmuls with N as a batch axis plus a [2,1,6,6] mask, a transpose
 *    back;
 *  - slice, concat (of a weight expanded to [1,N,8]) and mean over axis 0
 *    with N at axis 1;
 *  - what stays refused, with one line each: a graph output with N inside,
 *    a reshape that mixes images, softmax along N;
 *  - pad and roll with N at axis 1;
 *  - the batch flattened into another axis, N*k (passes/batch_split.c):
 *    Swin-style window attention and LeViT's flatten(0,1), and what
 *    batch_split refuses.
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

typedef ScratchF32 Wt; /* name, shape (JSON array text), numel, data */

/* Write "w" as tmpdir/w.safetensors. */
static void write_weights(const Wt *w, int nw)
{
	write_f32_safetensors("w.safetensors", w, nw);
}

/*
 * Write the graph (input x of shape "xshape", "nodes", "outputs", weights
 * "w") into the scratch directory and compile it; returns driver_compile's
 * result with its message in "err".
 */
static int compile(const char *xshape, const char *nodes, const char *outputs,
                   const Wt *w, int nw, VitcErr *err)
{
	static char g[16384];
	char wl[2048] = "", json[256], so[256];
	size_t n = 0;

	for (int i = 0; i < nw; i++)
		n += (size_t)snprintf(wl + n, sizeof(wl) - n,
		                      "%s{\"name\": \"%s\", \"dtype\": \"f32\", \"shape\": %s, "
		                      "\"role\": \"parameter\"}", i ? ", " : "", w[i].name, w[i].shape);
	n = (size_t)snprintf(g, sizeof(g),
	        "{\"format\": \"vitc-graph\", \"version\": 1, \"weights_file\": \"w.safetensors\",\n"
	        " \"inputs\": [{\"name\": \"x\", \"dtype\": \"f32\", \"shape\": %s}],\n"
	        " \"outputs\": [%s],\n \"weights\": [%s],\n \"nodes\": [%s]}\n",
	        xshape, outputs, wl, nodes);
	ck_assert_uint_lt(n, sizeof(g));
	write_weights(w, nw);
	tmp_path(json, sizeof(json), "g.json");
	tmp_path(so, sizeof(so), "g.so");
	write_file(json, g, n);
	CompileOptions o = {.model = json, .output = so, .opt_level = 3, .fuse = 1};
	return driver_compile(&o, err);
}

/* Run the compiled model at batch "nb". */
static void run(int64_t nb, const float *x, float **out)
{
	char so[256];
	VitrtModel *m;
	tmp_path(so, sizeof(so), "g.so");
	ck_assert_int_eq(vitrt_model_load(so, &m), VITRT_OK);
	VitrtContext *ctx = vitrt_context_create(m, 2);
	ck_assert_ptr_nonnull(ctx);
	const void *in[1] = {x};
	ck_assert_msg(vitrt_run(ctx, nb, in, (void **)out) == VITRT_OK, "run: %s",
	              vitrt_last_error());
	vitrt_context_free(ctx);
	vitrt_model_free(m);
}

static void fill(float *x, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		x[i] = (float)((seed >> 8) & 0xffff) / 32768.0f - 1.0f;
	}
}

/* max |got - ref| <= 1e-6 max(1, max |ref|) over "n" values. */
static void expect_close(const char *what, int64_t nb, const float *got, const double *ref,
                         size_t n)
{
	double big = 1, worst = 0;
	size_t at = 0;
	for (size_t i = 0; i < n; i++)
		big = fmax(big, fabs(ref[i]));
	for (size_t i = 0; i < n; i++)
		if (!(fabs(got[i] - ref[i]) <= worst)) {
			worst = fabs(got[i] - ref[i]);
			at = i;
		}
	ck_assert_msg(worst <= 1e-6 * big, "%s, batch %lld: max |diff| %g at %zu (got %g, want %g)",
	              what, (long long)nb, worst, at, got[at], ref[at]);
}

/* Softmax of row[0..n) in place, float64. */
static void softmax_row(double *row, int n)
{
	double m = row[0], s = 0;
	for (int j = 1; j < n; j++)
		m = fmax(m, row[j]);
	for (int j = 0; j < n; j++)
		s += row[j] = exp(row[j] - m);
	for (int j = 0; j < n; j++)
		row[j] /= s;
}

#define NODE(name, op, ins, attrs) \
	"{\"name\": \"" name "\", \"op\": \"" op "\", \"inputs\": [" ins "], " \
	"\"outputs\": [\"" name "\"], \"attrs\": {" attrs "}}"

enum { L = 5, C = 8, H = 2, D = 4, MAXB = 3 };

/*
 * timm's Attention.forward without the projections after it: N at axis 1
 * of the permuted qkv [3,N,H,L,d], back at axis 0 after each select.
 */
START_TEST(batch_timm_attention)
{
	static float wq[3 * C * C], bq[3 * C], x[MAXB * L * C], y[MAXB * L * C];
	VitcErr err = {{0}};
	fill(wq, 3 * C * C, 1);
	fill(bq, 3 * C, 2);
	Wt w[] = {{"qkv.w", "[24, 8]", 3 * C * C, wq}, {"qkv.b", "[24]", 3 * C, bq}};
	const char *nodes =
		NODE("qkv", "linear", "\"x\", \"qkv.w\", \"qkv.b\"", "") ","
		NODE("r", "reshape", "\"qkv\"", "\"shape\": [\"N\", 5, 3, 2, 4]") ","
		NODE("p", "transpose", "\"r\"", "\"perm\": [2, 0, 3, 1, 4]") ","
		NODE("q", "select", "\"p\"", "\"axis\": 0, \"index\": 0") ","
		NODE("k", "select", "\"p\"", "\"axis\": 0, \"index\": 1") ","
		NODE("v", "select", "\"p\"", "\"axis\": 0, \"index\": -1") ","
		NODE("qs", "mul", "\"q\"", "\"scalar\": 0.5") ","
		NODE("kt", "transpose", "\"k\"", "\"perm\": [0, 1, 3, 2]") ","
		NODE("s", "matmul", "\"qs\", \"kt\"", "") ","
		NODE("sm", "softmax", "\"s\"", "\"axis\": -1") ","
		NODE("o", "matmul", "\"sm\", \"v\"", "") ","
		NODE("ot", "transpose", "\"o\"", "\"perm\": [0, 2, 1, 3]") ","
		NODE("y", "reshape", "\"ot\"", "\"shape\": [\"N\", 5, 8]");

	make_tmpdir();
	ck_assert_msg(compile("[\"N\", 5, 8]", nodes, "\"y\"", w, 2, &err) == 0, "%s", err.msg);
	for (int64_t nb = 1; nb <= MAXB; nb += 2) {
		static double qkv[MAXB][L][3 * C], ref[MAXB * L * C];
		float *out[1] = {y};
		fill(x, (size_t)(nb * L * C), 3 + (unsigned)nb);
		run(nb, x, out);
		for (int b = 0; b < nb; b++)
			for (int l = 0; l < L; l++)
				for (int o = 0; o < 3 * C; o++) {
					double s = bq[o];
					for (int c = 0; c < C; c++)
						s += (double)x[(b * L + l) * C + c] * wq[o * C + c];
					qkv[b][l][o] = s;
				}
		for (int b = 0; b < nb; b++)
			for (int h = 0; h < H; h++)
				for (int i = 0; i < L; i++) {
					double row[L];
					for (int j = 0; j < L; j++) {
						double s = 0;
						for (int e = 0; e < D; e++)
							s += 0.5 * qkv[b][i][h * D + e] * qkv[b][j][C + h * D + e];
						row[j] = s;
					}
					softmax_row(row, L);
					for (int e = 0; e < D; e++) {
						double s = 0;
						for (int j = 0; j < L; j++)
							s += row[j] * qkv[b][j][2 * C + h * D + e];
						ref[(b * L + i) * C + h * D + e] = s;
					}
				}
		expect_close("timm attention", nb, y, ref, (size_t)(nb * L * C));
	}
	remove_tmpdir();
}
END_TEST

/* gelu (erf form) in float64. */
static double gelu(double v)
{
	return 0.5 * v * (1 + erf(v / sqrt(2.0)));
}

/*
 * Transposes that move N inward, followed by elementwise ops and matmuls
 * (N as the row axis, N as a batch axis), then back out.
 */
START_TEST(batch_inward_transpose)
{
	enum { T = 6, P = 5 };
	static float b1[T * C], wm[C * P], mask[H * T * T], x[MAXB * T * C];
	static float y1[MAXB * P * T], y2[MAXB * T * C];
	VitcErr err = {{0}};
	fill(b1, T * C, 11);
	fill(wm, C * P, 12);
	fill(mask, H * T * T, 13);
	Wt w[] = {{"b1", "[6, 1, 8]", T * C, b1}, {"w", "[8, 5]", C * P, wm},
	          {"mask", "[2, 1, 6, 6]", H * T * T, mask}};
	const char *nodes =
		NODE("t", "transpose", "\"x\"", "\"perm\": [1, 0, 2]") ","
		NODE("a", "add", "\"t\", \"b1\"", "") ","
		NODE("g", "gelu", "\"a\"", "") ","
		NODE("m", "matmul", "\"g\", \"w\"", "") ","
		NODE("y1", "transpose", "\"m\"", "\"perm\": [1, 2, 0]") ","
		NODE("x4", "reshape", "\"x\"", "\"shape\": [\"N\", 6, 2, 4]") ","
		NODE("qh", "transpose", "\"x4\"", "\"perm\": [2, 0, 1, 3]") ","
		NODE("kh", "transpose", "\"x4\"", "\"perm\": [2, 0, 3, 1]") ","
		NODE("s", "matmul", "\"qh\", \"kh\"", "") ","
		NODE("sm0", "add", "\"s\", \"mask\"", "") ","
		NODE("sm", "softmax", "\"sm0\"", "\"axis\": 3") ","
		NODE("o", "matmul", "\"sm\", \"qh\"", "") ","
		NODE("ot", "transpose", "\"o\"", "\"perm\": [1, 2, 0, 3]") ","
		NODE("y2", "reshape", "\"ot\"", "\"shape\": [\"N\", 6, 8]");

	make_tmpdir();
	ck_assert_msg(compile("[\"N\", 6, 8]", nodes, "\"y1\", \"y2\"", w, 3, &err) == 0, "%s",
	              err.msg);
	for (int64_t nb = 1; nb <= MAXB; nb += 2) {
		static double r1[MAXB * P * T], r2[MAXB * T * C];
		float *out[2] = {y1, y2};
		fill(x, (size_t)(nb * T * C), 20 + (unsigned)nb);
		run(nb, x, out);
		for (int b = 0; b < nb; b++)
			for (int l = 0; l < T; l++)
				for (int p = 0; p < P; p++) {
					double s = 0;
					for (int c = 0; c < C; c++)
						s += gelu((double)x[(b * T + l) * C + c] + b1[l * C + c]) *
						     wm[c * P + p];
					r1[(b * P + p) * T + l] = s;
				}
		for (int b = 0; b < nb; b++)
			for (int h = 0; h < H; h++)
				for (int i = 0; i < T; i++) {
					const float *xb = x + b * T * C + h * D;
					double row[T];
					for (int j = 0; j < T; j++) {
						double s = mask[(h * T + i) * T + j];
						for (int e = 0; e < D; e++)
							s += (double)xb[i * C + e] * xb[j * C + e];
						row[j] = s;
					}
					softmax_row(row, T);
					for (int e = 0; e < D; e++) {
						double s = 0;
						for (int j = 0; j < T; j++)
							s += row[j] * xb[j * C + e];
						r2[(b * T + i) * C + h * D + e] = s;
					}
				}
		expect_close("y1 (N as matmul rows)", nb, y1, r1, (size_t)(nb * P * T));
		expect_close("y2 (N as a matmul batch axis)", nb, y2, r2, (size_t)(nb * T * C));
	}
	remove_tmpdir();
}
END_TEST

/* slice, concat with an expanded weight and mean over axis 0, N at axis 1. */
START_TEST(batch_slice_concat_mean)
{
	enum { T = 6 };
	static float cls[C], x[MAXB * T * C], y[MAXB * C];
	VitcErr err = {{0}};
	fill(cls, C, 31);
	Wt w[] = {{"cls", "[1, 1, 8]", C, cls}};
	const char *nodes =
		NODE("t", "transpose", "\"x\"", "\"perm\": [1, 0, 2]") ","
		NODE("lo", "slice", "\"t\"", "\"axis\": 2, \"start\": 0, \"end\": 4") ","
		NODE("hi", "slice", "\"t\"", "\"axis\": -1, \"start\": 4, \"end\": 8") ","
		NODE("sw", "concat", "\"hi\", \"lo\"", "\"axis\": 2") ","
		NODE("e", "expand", "\"cls\"", "\"shape\": [1, \"N\", -1]") ","
		NODE("cc", "concat", "\"e\", \"sw\"", "\"axis\": 0") ","
		NODE("y", "mean", "\"cc\"", "\"axes\": [0], \"keepdim\": 0");

	make_tmpdir();
	ck_assert_msg(compile("[\"N\", 6, 8]", nodes, "\"y\"", w, 1, &err) == 0, "%s", err.msg);
	for (int64_t nb = 1; nb <= MAXB; nb += 2) {
		double ref[MAXB * C];
		float *out[1] = {y};
		fill(x, (size_t)(nb * T * C), 40 + (unsigned)nb);
		run(nb, x, out);
		for (int b = 0; b < nb; b++)
			for (int c = 0; c < C; c++) {
				double s = cls[c];
				for (int l = 0; l < T; l++)
					s += x[(b * T + l) * C + (c + 4) % C];
				ref[b * C + c] = s / (T + 1);
			}
		expect_close("slice/concat/mean", nb, y, ref, (size_t)(nb * C));
	}
	remove_tmpdir();
}
END_TEST

/*
 * The batch flattened into another axis (N*k, passes/batch_split.c): Swin's
 * window attention on [N,4,4,2] with 2x2 windows ([N*4,4,2] windows of 4
 * tokens: partition, scores against themselves, a [4,4] bias, a per-window
 * [4,4,4] mask through a [N,4,4,4] view, softmax, PV, the reverse), then
 * LeViT's flatten(0,1) into a linear ([N*16,2] -> [N*16,3] -> [N,16,3]).
 */
START_TEST(batch_times_k_windows)
{
	enum { HW = 4, CH = 2, WS = 2, NW = 4, T = 4, M = 3 };
	static float bias[T * T], mask[NW * T * T], wl[M * CH], bl[M];
	static float x[MAXB * HW * HW * CH], y[MAXB * HW * HW * M];
	VitcErr err = {{0}};
	fill(bias, T * T, 51);
	fill(mask, NW * T * T, 52);
	fill(wl, M * CH, 53);
	fill(bl, M, 54);
	Wt w[] = {{"bias", "[4, 4]", T * T, bias}, {"mask", "[4, 4, 4]", NW * T * T, mask},
	          {"wl", "[3, 2]", M * CH, wl}, {"bl", "[3]", M, bl}};
	const char *nodes =
		NODE("r1", "reshape", "\"x\"", "\"shape\": [\"N\", 2, 2, 2, 2, 2]") ","
		NODE("t1", "transpose", "\"r1\"", "\"perm\": [0, 1, 3, 2, 4, 5]") ","
		NODE("win", "reshape", "\"t1\"", "\"shape\": [\"N*4\", 4, 2]") ","
		NODE("wt", "transpose", "\"win\"", "\"perm\": [0, 2, 1]") ","
		NODE("s", "matmul", "\"win\", \"wt\"", "") ","
		NODE("sb", "add", "\"s\", \"bias\"", "") ","
		NODE("sv", "reshape", "\"sb\"", "\"shape\": [\"N\", 4, 4, 4]") ","
		NODE("sm", "add", "\"sv\", \"mask\"", "") ","
		NODE("sw", "reshape", "\"sm\"", "\"shape\": [\"N*4\", 4, 4]") ","
		NODE("p", "softmax", "\"sw\"", "\"axis\": -1") ","
		NODE("o", "matmul", "\"p\", \"win\"", "") ","
		NODE("r2", "reshape", "\"o\"", "\"shape\": [\"N\", 2, 2, 2, 2, 2]") ","
		NODE("t2", "transpose", "\"r2\"", "\"perm\": [0, 1, 3, 2, 4, 5]") ","
		NODE("f", "reshape", "\"t2\"", "\"shape\": [\"N*16\", 2]") ","
		NODE("fc", "linear", "\"f\", \"wl\", \"bl\"", "") ","
		NODE("y", "reshape", "\"fc\"", "\"shape\": [\"N\", 16, 3]");

	make_tmpdir();
	ck_assert_msg(compile("[\"N\", 4, 4, 2]", nodes, "\"y\"", w, 4, &err) == 0, "%s",
	              err.msg);
	for (int64_t nb = 1; nb <= MAXB; nb += 2) {
		double ref[MAXB * HW * HW * M];
		float *out[1] = {y};
		fill(x, (size_t)(nb * HW * HW * CH), 60 + (unsigned)nb);
		run(nb, x, out);
		for (int b = 0; b < nb; b++)
			for (int j = 0; j < NW; j++) {
				/* window j's tokens: (h, w) = (j/2*2 + t/2, j%2*2 + t%2) */
				double v[T][CH], o[T][CH];
				for (int t = 0; t < T; t++)
					for (int c = 0; c < CH; c++)
						v[t][c] = x[((b * HW + j / 2 * WS + t / 2) * HW + j % 2 * WS + t % 2)
						            * CH + c];
				for (int t = 0; t < T; t++) {
					double row[T];
					for (int u = 0; u < T; u++) {
						row[u] = bias[t * T + u] + mask[(j * T + t) * T + u];
						for (int c = 0; c < CH; c++)
							row[u] += v[t][c] * v[u][c];
					}
					softmax_row(row, T);
					for (int c = 0; c < CH; c++) {
						o[t][c] = 0;
						for (int u = 0; u < T; u++)
							o[t][c] += row[u] * v[u][c];
					}
				}
				for (int t = 0; t < T; t++) {
					int h = j / 2 * WS + t / 2, wd = j % 2 * WS + t % 2;
					for (int m = 0; m < M; m++) {
						double acc = bl[m];
						for (int c = 0; c < CH; c++)
							acc += o[t][c] * wl[m * CH + c];
						ref[(b * HW * HW + h * HW + wd) * M + m] = acc;
					}
				}
			}
		expect_close("N*k windows", nb, y, ref, (size_t)(nb * HW * HW * M));
	}
	remove_tmpdir();
}
END_TEST

/* pad and roll on [6,N,8] (N at axis 1): their pairs and axes follow N outward. */
START_TEST(batch_pad_roll_inner)
{
	enum { A = 6, B = 8, PA = 7, PB = 10 };
	static float x[MAXB * A * B], y[MAXB * PA * PB];
	VitcErr err = {{0}};
	const char *nodes =
		NODE("t", "transpose", "\"x\"", "\"perm\": [1, 0, 2]") ","
		NODE("p", "pad", "\"t\"", "\"pads\": [1, 0, 0, 0, 0, 2], \"value\": 0.25") ","
		NODE("r", "roll", "\"p\"", "\"axes\": [0, -1], \"shifts\": [2, -3]") ","
		NODE("u", "transpose", "\"r\"", "\"perm\": [1, 0, 2]");

	make_tmpdir();
	ck_assert_msg(compile("[\"N\", 6, 8]", nodes, "\"u\"", NULL, 0, &err) == 0, "%s",
	              err.msg);
	for (int64_t nb = 1; nb <= MAXB; nb += 2) {
		double ref[MAXB * PA * PB];
		float *out[1] = {y};
		fill(x, (size_t)(nb * A * B), 70 + (unsigned)nb);
		run(nb, x, out);
		for (int b = 0; b < nb; b++)
			for (int i = 0; i < PA; i++)
				for (int j = 0; j < PB; j++) {
					int pi = (i - 2 + PA) % PA, pj = (j + 3) % PB; /* roll */
					ref[(b * PA + i) * PB + j] = pi >= 1 && pj < B ?
					                             x[(b * A + pi - 1) * B + pj] : 0.25;
				}
		expect_close("pad/roll with N inside", nb, y, ref, (size_t)(nb * PA * PB));
	}
	remove_tmpdir();
}
END_TEST

/* What batch_split refuses: one line naming the tensor or node. */
START_TEST(batch_times_k_refused)
{
	static const struct {
		const char *nodes, *output, *msg;
	} cases[] = {
		{NODE("r", "reshape", "\"x\"", "\"shape\": [\"N*6\", 8]"), "\"r\"",
		 "output 'r': a graph output cannot have a batch dimension N*k"},
		{NODE("r", "reshape", "\"x\"", "\"shape\": [\"N*6\", 8]") ","
		 NODE("s", "softmax", "\"r\"", "\"axis\": 0") ","
		 NODE("u", "reshape", "\"s\"", "\"shape\": [\"N\", 6, 8]"), "\"u\"",
		 "node 's' (softmax): attribute 'axis' names the batch axis N*6 (axis 0)"},
		{NODE("r", "reshape", "\"x\"", "\"shape\": [\"N*6\", 8]") ","
		 NODE("t", "transpose", "\"r\"", "\"perm\": [1, 0]") ","
		 NODE("m", "matmul", "\"t\", \"r\"", ""), "\"m\"",
		 "node 'm' (matmul): the batch dimension N*k is a matrix axis"},
		{NODE("r", "reshape", "\"x\"", "\"shape\": [\"N*2\", 3, 8]") ","
		 NODE("c", "conv1d_tokens", "\"r\", \"w\"", "\"padding\": 0") ","
		 NODE("u", "reshape", "\"c\"", "\"shape\": [\"N\", 6, 8]"), "\"u\"",
		 "node 'c' (conv1d_tokens): this op cannot take or produce a batch dimension N*k"},
	};
	static float k1[8];
	Wt w[] = {{"w", "[8, 1, 1]", 8, k1}};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		VitcErr err = {{0}};
		make_tmpdir();
		ck_assert_int_ne(compile("[\"N\", 6, 8]", cases[i].nodes, cases[i].output, w,
		                         i == 3, &err), 0);
		ck_assert_msg(strstr(err.msg, cases[i].msg), "case %zu: '%s'", i, err.msg);
		ck_assert_msg(!strchr(err.msg, '\n'), "case %zu: two lines", i);
		remove_tmpdir();
	}
}
END_TEST

/* What the rewrite refuses: one line naming the tensor or node. */
START_TEST(batch_refused)
{
	static const struct {
		const char *nodes, *output, *msg;
	} cases[] = {
		{NODE("t", "transpose", "\"x\"", "\"perm\": [1, 0, 2]"), "\"t\"",
		 "output 't': the batch dimension N is at axis 1"},
		{NODE("t", "transpose", "\"x\"", "\"perm\": [1, 0, 2]") ","
		 NODE("r", "reshape", "\"t\"", "\"shape\": [\"N\", 6, 8]"), "\"r\"",
		 "node 'r' (reshape): the reshape moves elements across images"},
		{NODE("t", "transpose", "\"x\"", "\"perm\": [1, 0, 2]") ","
		 NODE("s", "softmax", "\"t\"", "\"axis\": 1") ","
		 NODE("u", "transpose", "\"s\"", "\"perm\": [1, 0, 2]"), "\"u\"",
		 "node 's' (softmax): attribute 'axis' names the batch axis N"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		VitcErr err = {{0}};
		make_tmpdir();
		ck_assert_int_ne(compile("[\"N\", 6, 8]", cases[i].nodes, cases[i].output, NULL, 0,
		                         &err), 0);
		ck_assert_msg(strstr(err.msg, cases[i].msg), "case %zu: '%s'", i, err.msg);
		remove_tmpdir();
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("batch");
	TCase *tc = tcase_create("anywhere");
	int failed;

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, batch_timm_attention);
	tcase_add_test(tc, batch_inward_transpose);
	tcase_add_test(tc, batch_slice_concat_mean);
	tcase_add_test(tc, batch_refused);
	tcase_add_test(tc, batch_times_k_windows);
	tcase_add_test(tc, batch_pad_roll_inner);
	tcase_add_test(tc, batch_times_k_refused);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
