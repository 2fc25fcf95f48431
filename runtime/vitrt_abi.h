/*
 * vitrt_abi.h - the contract between a compiled MODEL.so and libvitrt.
 *
 * A model .so exports one object, VITRT_MODEL_SYMBOL, of type
 * vitrt_model_abi.  Everything the runtime needs to know (tensors, workspace
 * size, the CPU features the code was compiled for) is in it; the weights
 * are embedded in the .so and referenced by the generated code directly.
 * Generated code calls back into the runtime only through vitrt_host.
 *
 * This header is shared by the compiler (which emits the object) and the
 * runtime (which reads it); it includes nothing but <stdint.h>.  Bump
 * VITRT_ABI_VERSION whenever a field changes meaning or position.
 */
#ifndef VITRT_ABI_H
#define VITRT_ABI_H

#include <stdint.h>

#define VITRT_ABI_VERSION 2        /* CPU models: vitrt_model_abi */
#define VITRT_ABI_VERSION_DEVICE 3 /* device models: vitrt_device_model_abi */
#define VITRT_MAGIC 0x31435456u /* "VTC1" little-endian */
#define VITRT_MODEL_SYMBOL "vitc_model_v1"
#define VITRT_MAX_RANK 8
#define VITRT_DIM_N (-2) /* the dynamic batch dimension */

/* Element types; the order equals ir/dtypes.h (checked by the compiler). */
enum {
	VITRT_F32 = 0,
	VITRT_F16,
	VITRT_I64,
	VITRT_I32,
	VITRT_I16,
	VITRT_I8,
	VITRT_U8,
	VITRT_I4,
	VITRT_B1,
	VITRT_POT5,
};

typedef struct {
	const char *name;
	int32_t dtype;
	int32_t rank;
	int64_t dims[VITRT_MAX_RANK]; /* VITRT_DIM_N marks the batch */
} vitrt_tensor_info;

/* A chunk of a parallel loop: iterations [begin, end) of the outlined body. */
typedef void (*vitrt_task_fn)(void *closure, int64_t begin, int64_t end);

/* Services the runtime offers generated code during one run. */
typedef struct vitrt_host {
	void *pool;
	int32_t nthreads;
	/*
	 * Run body(closure, b, e) over chunks covering [0, n) on the pool's
	 * threads (the caller's thread takes part) and return when all are done.
	 */
	void (*parallel_for)(void *pool, int64_t n, vitrt_task_fn body,
	                     void *closure);
	/*
	 * Profiling: when "trace" is not NULL, run() calls it before (phase 0)
	 * and after (phase 1) kernel number "kernel" (an index into the
	 * model's kernel_names).
	 */
	void *trace_ctx;
	void (*trace)(void *trace_ctx, int32_t kernel, int32_t phase);
} vitrt_host;

/*
 * Run the model on "batch" images.  Tensors are dense, row-major, in the
 * order of "inputs"/"outputs"; "workspace" holds at least
 * workspace_fixed + workspace_per_batch * batch bytes, 64-byte aligned.
 * Returns 0.
 */
typedef int32_t (*vitrt_run_fn)(const vitrt_host *host,
                                void *const *inputs, void *const *outputs,
                                void *workspace, int64_t batch);

typedef struct {
	uint32_t magic;            /* VITRT_MAGIC */
	uint32_t abi_version;      /* VITRT_ABI_VERSION */
	const char *vitc_version;  /* compiler that produced the .so */
	const char *target;        /* "x86_64" or "cuda" */
	const char *cpu;           /* LLVM CPU name the code was tuned for ("sm_90" for cuda) */
	const char *features;      /* comma-separated CPU features the code needs, e.g. "avx2,fma" */
	int32_t n_inputs, n_outputs;
	const vitrt_tensor_info *inputs;
	const vitrt_tensor_info *outputs;
	uint64_t workspace_fixed;
	uint64_t workspace_per_batch;
	vitrt_run_fn run;
	int32_t n_kernels;                 /* kernels run() calls, in order */
	const char *const *kernel_names;   /* their names (graph node + part) */
} vitrt_model_abi;

/*
 * Device models (ABI version 3, `vitc compile --target cuda:sm_XX`): the
 * version-2 object followed by a pointer to the device image, so that a
 * runtime reads the first part of any model the same way.  "target" is
 * the device ("cuda"), "cpu" its architecture ("sm_90"); run() returns -1:
 * a device model has no host code.  Everything a runtime needs to run it
 * is data: the device code, the weights blob to upload once, and per
 * kernel (in run() order) its launch geometry and what each of its
 * pointer parameters is bound to.  CPU models stay at version 2, byte for
 * byte.
 */
enum {
	VITRT_LAUNCH_SINGLE = 0,      /* one thread runs the whole kernel: grid 1, block 1 */
	VITRT_LAUNCH_GRID_STRIDE = 1, /* the outer parallel loop is a grid-stride loop: any grid is correct */
};

/* What a pointer parameter of a device kernel points at (vitrt_param_binding.kind). */
enum {
	VITRT_BIND_INPUT = 0,     /* input "index" */
	VITRT_BIND_OUTPUT = 1,    /* output "index" */
	VITRT_BIND_WEIGHTS = 2,   /* the weights blob + offset */
	VITRT_BIND_WORKSPACE = 3, /* the workspace + offset + per_batch * batch */
};

typedef struct {
	uint32_t kind;       /* VITRT_BIND_* */
	uint32_t index;      /* input or output number */
	uint64_t offset;     /* weights, workspace: bytes from the start */
	uint64_t per_batch;  /* workspace: bytes added per image of the batch */
} vitrt_param_binding;

/*
 * Work items along one launch axis, as a function of the batch N:
 * floor((per_batch * N + fixed) / div), none when that is <= 0.  A grid
 * dimension of 0 is ceil(items / block) along that axis.  div = 0: not
 * known at compile time; only a GRID_STRIDE kernel may have it (any grid
 * is correct there) and the runtime picks the grid.
 */
typedef struct {
	int64_t per_batch;
	int64_t fixed;
	int64_t div;
} vitrt_launch_extent;

/*
 * How to launch one kernel run() would call: cuLaunchKernel(name, grid,
 * block, shared_bytes) with the parameters (host = NULL, int64 batch,
 * then n_params device pointers bound as "params" says).
 */
typedef struct {
	const char *name;    /* its .entry in the device code */
	uint32_t mode;       /* VITRT_LAUNCH_* */
	uint32_t block_x, block_y, block_z;  /* threads per block */
	uint32_t grid_x, grid_y, grid_z;     /* blocks; 0 along an axis: from items[axis] */
	uint32_t shared_bytes;               /* dynamic shared memory per block */
	uint32_t n_params;                   /* pointer parameters after (host, batch) */
	const vitrt_param_binding *params;   /* n_params of them, in .param order */
	vitrt_launch_extent items[3];        /* work items along x, y, z */
} vitrt_launch_info;

/* The device code of a device model. */
typedef struct {
	const char *device;       /* "cuda" */
	const char *arch;         /* "sm_90" */
	const char *format;       /* "ptx" */
	const char *code;         /* one module, NUL-terminated */
	uint64_t code_size;       /* bytes before the NUL */
	int32_t n_launches;       /* = n_kernels, in run() order */
	const vitrt_launch_info *launches;
	const void *weights;      /* the blob VITRT_BIND_WEIGHTS offsets point into (NULL if none) */
	uint64_t weights_size;    /* its bytes, to copy to the device once per loaded model */
} vitrt_device_image;

typedef struct {
	vitrt_model_abi base;     /* abi_version = VITRT_ABI_VERSION_DEVICE */
	const vitrt_device_image *device;
} vitrt_device_model_abi;

/*
 * The seal: vitc appends 32 bytes to every MODEL.so it writes,
 *   "VITCSEAL", u64 body size, u64 checksum of the body, u64 seal version
 * (little-endian), where the body is every byte before the seal.  The
 * runtime checks it before dlopen, so a truncated, patched or otherwise
 * damaged file (or a shared object vitc did not write) is refused before
 * any of its code can run.  The checksum detects damage; it is not a
 * signature and does not stop a deliberate forgery.
 */
#define VITRT_SEAL_MAGIC "VITCSEAL"
#define VITRT_SEAL_SIZE 32
#define VITRT_SEAL_VERSION 1

/*
 * Checksum of a byte stream fed in pieces: start with h = vitrt_seal_init(),
 * call vitrt_seal_update() with pieces whose lengths are multiples of 8
 * (any length for the last), then vitrt_seal_final(h, total length).
 */
static inline uint64_t vitrt_seal_init(void)
{
	return 0x243F6A8885A308D3ull;
}

static inline uint64_t vitrt_seal_update(uint64_t h, const void *data, uint64_t n)
{
	const unsigned char *p = (const unsigned char *)data;
	for (uint64_t i = 0; i < n; i += 8) {
		uint64_t w = 0;
		uint64_t k = n - i < 8 ? n - i : 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (k == 8)
			__builtin_memcpy(&w, p + i, 8);
		else
#endif
			for (uint64_t j = 0; j < k; j++)
				w |= (uint64_t)p[i + j] << (8 * j);
		h = (h ^ w) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 31;
	}
	return h;
}

static inline uint64_t vitrt_seal_final(uint64_t h, uint64_t n)
{
	h ^= n;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ull;
	return h ^ (h >> 33);
}

/* The 32 seal bytes for a body of "n" bytes whose running checksum is "h". */
static inline void vitrt_seal_encode(unsigned char seal[VITRT_SEAL_SIZE], uint64_t h, uint64_t n)
{
	const uint64_t v[3] = {n, vitrt_seal_final(h, n), VITRT_SEAL_VERSION};
	__builtin_memcpy(seal, VITRT_SEAL_MAGIC, 8);
	for (int i = 0; i < 3; i++)
		for (int b = 0; b < 8; b++)
			seal[8 + 8 * i + b] = (unsigned char)(v[i] >> (8 * b));
}

#endif
