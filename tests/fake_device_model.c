/*
 * fake_device_model.c - a hand-written CUDA MODEL.so (ABI version 3) for
 * tests/cuda_rt.sh, with launches today's compiler does not emit yet:
 * grids that grow with the batch, an unknown trip count (the runtime
 * picks the grid), a kernel with no work at some batch sizes (skipped),
 * 2-D blocks and grids and dynamic shared memory.  Input x f32[N,4],
 * output y f32[N,2], 256 bytes of weights, a workspace of 64 + 16 N bytes.
 *
 * $FAKE_DEVICE_BAD=K (read when the .so is loaded) breaks the tables in
 * way K (see breakage()), for the runtime's load checks.
 */
#include <stdint.h>
#include <stdlib.h>

#include "runtime/vitrt_abi.h"

static const char ptx[] =
	"//\n// hand-written, never assembled\n//\n.version 7.8\n.target sm_80\n.address_size 64\n\n"
	".visible .entry vitc_k0(\n\t.param .u64 host,\n\t.param .u64 n,\n\t.param .u64 a,\n"
	"\t.param .u64 b,\n\t.param .u64 c,\n\t.param .u64 d\n)\n{\n\tret;\n}\n"
	".visible .entry vitc_k1(\n\t.param .u64 host,\n\t.param .u64 n,\n\t.param .u64 a,\n"
	"\t.param .u64 b\n)\n{\n\tret;\n}\n"
	".visible .entry vitc_k2(\n\t.param .u64 host,\n\t.param .u64 n,\n\t.param .u64 a\n)\n"
	"{\n\tret;\n}\n"
	".visible .entry vitc_k3(\n\t.param .u64 host,\n\t.param .u64 n,\n\t.param .u64 a\n)\n"
	"{\n\tret;\n}\n"
	".visible .entry vitc_k4(\n\t.param .u64 host,\n\t.param .u64 n,\n\t.param .u64 a\n)\n"
	"{\n\tret;\n}\n";

static const unsigned char weights[256] __attribute__((aligned(64))) = {1, 2, 3};

static vitrt_param_binding p0[] = {
	{VITRT_BIND_INPUT, 0, 0, 0},
	{VITRT_BIND_WEIGHTS, 0, 64, 0},
	{VITRT_BIND_WORKSPACE, 0, 0, 0},
	{VITRT_BIND_OUTPUT, 0, 0, 0},
};
static vitrt_param_binding p1[] = {
	{VITRT_BIND_WORKSPACE, 0, 64, 16},
	{VITRT_BIND_OUTPUT, 0, 0, 0},
};
static vitrt_param_binding p2[] = {{VITRT_BIND_INPUT, 0, 0, 0}};
static vitrt_param_binding p3[] = {{VITRT_BIND_WEIGHTS, 0, 0, 0}};
static vitrt_param_binding p4[] = {{VITRT_BIND_OUTPUT, 0, 0, 0}};

#define ONE {0, 1, 1}
static vitrt_launch_info launches[] = {
	/* one thread */
	{"vitc_k0", VITRT_LAUNCH_SINGLE, 1, 1, 1, 1, 1, 1, 0, 4, p0, {ONE, ONE, ONE}},
	/* 1000 N + 24 items, 128 a block */
	{"vitc_k1", VITRT_LAUNCH_GRID_STRIDE, 128, 1, 1, 0, 1, 1, 0, 2, p1,
	 {{1000, 24, 1}, ONE, ONE}},
	/* trip count unknown: the runtime's grid */
	{"vitc_k2", VITRT_LAUNCH_GRID_STRIDE, 256, 1, 1, 0, 1, 1, 0, 1, p2, {{0, 0, 0}, ONE, ONE}},
	/* 2 - N items: none from batch 2 on */
	{"vitc_k3", VITRT_LAUNCH_GRID_STRIDE, 64, 1, 1, 0, 1, 1, 0, 1, p3, {{-1, 2, 1}, ONE, ONE}},
	/* blocks of 32 x 2, a grid of 2 x (2 N / 2) x 1, 128 bytes of shared memory */
	{"vitc_k4", VITRT_LAUNCH_GRID_STRIDE, 32, 2, 1, 2, 0, 1, 128, 1, p4, {ONE, {4, 0, 2}, ONE}},
};

static vitrt_device_image image = {
	"cuda", "sm_80", "ptx", ptx, sizeof(ptx) - 1, 5, launches, weights, sizeof(weights),
};

static const vitrt_tensor_info inputs[] = {{"x", VITRT_F32, 2, {VITRT_DIM_N, 4}}};
static const vitrt_tensor_info outputs[] = {{"y", VITRT_F32, 2, {VITRT_DIM_N, 2}}};
static const char *const kernel_names[] = {"a", "b", "c", "d", "e"};

static int32_t run(const vitrt_host *h, void *const *in, void *const *out, void *ws, int64_t n)
{
	return -1;
}

__attribute__((visibility("default"))) vitrt_device_model_abi vitc_model_v1 = {
	{VITRT_MAGIC, VITRT_ABI_VERSION_DEVICE, "fake", "cuda", "sm_80", "", 1, 1, inputs, outputs,
	 64, 16, run, 5, kernel_names},
	&image,
};

/* Break the tables in way $FAKE_DEVICE_BAD (1..8). */
__attribute__((constructor)) static void breakage(void)
{
	const char *e = getenv("FAKE_DEVICE_BAD");

	switch (e ? atoi(e) : 0) {
	case 1: p2[0].index = 5; break;                          /* input 5 of 1 */
	case 2: launches[2].mode = 7; break;                      /* unknown mode */
	case 3: launches[1].block_x = 2048; break;                /* too many threads */
	case 4: image.format = "cubin"; break;                    /* not PTX */
	case 5: image.n_launches = 4; break;                      /* != n_kernels */
	case 6: launches[0].grid_x = 0; launches[0].items[0].div = 0; break; /* SINGLE, no grid */
	case 7: p3[0].offset = 256; break;                        /* past the weights */
	case 8: p1[0].kind = 9; break;                            /* unknown binding */
	}
}
