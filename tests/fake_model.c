/*
 * fake_model.c - a hand-written stand-in for a compiled MODEL.so, for the
 * runtime tests.  Input x f32[N,4]; outputs
 *     y f32[N,2]:          y0 = x0 + 2 x1 - x2 + x3 / 2,  y1 = x0 x3 - x1
 *     "sum/total" f32[N]:  x0 + x1 + x2 + x3
 * computed row-parallel through host->parallel_for, via the workspace
 * (which run() checks for size and 64-byte alignment: status 99), as one
 * kernel "rows" with the trace hook around it.
 *
 * Variants for the load checks, chosen with -D:
 *     FAKE_MAGIC, FAKE_ABI, FAKE_TARGET   override the descriptor fields
 *     FAKE_NO_SYMBOL                      export no vitc_model_v1
 * The required CPU features are "sse2" unless $FAKE_MODEL_FEATURES is set
 * when the .so is loaded (a constructor reads it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/vitrt_abi.h"

#ifndef FAKE_MAGIC
#define FAKE_MAGIC VITRT_MAGIC
#endif
#ifndef FAKE_ABI
#define FAKE_ABI VITRT_ABI_VERSION
#endif
#ifndef FAKE_TARGET
#define FAKE_TARGET "x86_64"
#endif

#define WS_FIXED 64
#define WS_PER_ROW (4 * sizeof(float))

static char features[256] = "sse2";

__attribute__((constructor)) static void read_features(void)
{
	const char *f = getenv("FAKE_MODEL_FEATURES");

	if (f && strlen(f) < sizeof(features))
		strcpy(features, f);
}

typedef struct {
	const float *x;
	float *y, *sum, *ws;
} Job;

/* Rows [b, e): stage x * weights in the workspace, then combine. */
static void rows(void *closure, int64_t b, int64_t e)
{
	Job *j = closure;

	for (int64_t n = b; n < e; n++) {
		const float *x = j->x + 4 * n;
		float *t = j->ws + 4 * n;
		t[0] = x[0];
		t[1] = 2 * x[1];
		t[2] = -x[2];
		t[3] = x[3] / 2;
		j->y[2 * n] = t[0] + t[1] + t[2] + t[3];
		j->y[2 * n + 1] = x[0] * x[3] - x[1];
		j->sum[n] = x[0] + x[1] + x[2] + x[3];
	}
}

static int32_t run(const vitrt_host *host, void *const *in, void *const *out,
                   void *ws, int64_t batch)
{
	Job j = {in[0], out[0], out[1], (float *)((char *)ws + WS_FIXED)};

	if ((uintptr_t)ws % 64 != 0)
		return 99;
	memset(ws, 0x5a, WS_FIXED);
	if (host->trace)   /* one kernel, "rows", as generated code brackets each */
		host->trace(host->trace_ctx, 0, 0);
	host->parallel_for(host->pool, batch, rows, &j);
	if (host->trace)
		host->trace(host->trace_ctx, 0, 1);
	return 0;
}

static const vitrt_tensor_info inputs[] = {
	{"x", VITRT_F32, 2, {VITRT_DIM_N, 4}},
};
static const vitrt_tensor_info outputs[] = {
	{"y", VITRT_F32, 2, {VITRT_DIM_N, 2}},
	{"sum/total", VITRT_F32, 1, {VITRT_DIM_N}},
};

static const char *const kernel_names[] = {"rows"};

#ifdef FAKE_NO_SYMBOL
__attribute__((visibility("default"))) const vitrt_model_abi not_a_model
#else
__attribute__((visibility("default"))) const vitrt_model_abi vitc_model_v1
#endif
= {
	.magic = FAKE_MAGIC,
	.abi_version = FAKE_ABI,
	.vitc_version = "fake",
	.target = FAKE_TARGET,
	.cpu = "generic",
	.features = features,
	.n_inputs = 1,
	.n_outputs = 2,
	.inputs = inputs,
	.outputs = outputs,
	.workspace_fixed = WS_FIXED,
	.workspace_per_batch = WS_PER_ROW,
	.run = run,
	.n_kernels = 1,
	.kernel_names = kernel_names,
};
