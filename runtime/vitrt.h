/*
 * vitrt.h - libvitrt, the vitc deployment runtime.
 *
 * Load a model compiled by `vitc compile`, ask for its inputs and outputs,
 * and run it with caller-provided buffers:
 *
 *     VitrtModel *m;
 *     if (vitrt_model_load("model.so", &m) != VITRT_OK)
 *         fprintf(stderr, "%s\n", vitrt_last_error());
 *     VitrtContext *c = vitrt_context_create(m, 2);     // 2 threads
 *     const void *in[] = {image};  void *out[] = {logits};
 *     vitrt_run(c, 1, in, out);                         // batch 1
 *     vitrt_context_free(c);  vitrt_model_free(m);
 *
 * A model may be shared by several contexts; each context owns its
 * workspace and thread pool, and contexts may run concurrently from
 * different threads.  One context must not be used by two threads at once.
 * A context keeps its model loaded: vitrt_model_free() may come first, and
 * the .so is closed when the last context goes.  A context's worker
 * threads do not survive fork(): create contexts in the process that runs.
 *
 * No function exits or aborts on bad input: each returns a status (or NULL)
 * and leaves a one-line message for vitrt_last_error().  The message is
 * per thread and stays until the next failure in that thread.
 *
 * Loading copies the .so to a private temporary file (in $TMPDIR or /tmp)
 * and dlopens the copy, so a model rebuilt at the same path is really
 * reloaded, and two versions can be loaded side by side.
 *
 * CUDA models (`vitc compile --target cuda:sm_XX`) load and run through
 * the same calls.  Loading one opens the NVIDIA driver (libcuda.so.1, or
 * the file $VITRT_LIBCUDA names) with dlopen, makes the device code a
 * module on the chosen GPU and copies the weights there once; each
 * context has its own stream and device memory (workspace, inputs and
 * outputs, grown with the batch), and vitrt_run copies the inputs to the
 * GPU, launches the kernels, waits and copies the outputs back into the
 * caller's host buffers.  The GPU is device 0, or $VITRT_CUDA_DEVICE, or
 * the one vitrt_model_load_device() names.  Without a driver the load
 * fails with "MODEL.so: no CUDA driver (libcuda.so.1 not found)"; driver
 * errors become one line naming the call and the driver's message
 * (VITRT_ERR_DEVICE).
 */
#ifndef VITRT_H
#define VITRT_H

#include <stddef.h>
#include <stdint.h>

#include "vitrt_abi.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define VITRT_API __attribute__((visibility("default")))
#else
#define VITRT_API
#endif

typedef enum {
	VITRT_OK = 0,
	VITRT_ERR_IO,       /* cannot open/read the file */
	VITRT_ERR_FORMAT,   /* not a vitc model */
	VITRT_ERR_ABI,      /* built for another ABI version */
	VITRT_ERR_CPU,      /* built for a target or CPU features this machine lacks */
	VITRT_ERR_ARG,      /* bad argument: index, batch, NULL buffer */
	VITRT_ERR_NOMEM,
	VITRT_ERR_RUN,      /* the model's code reported a failure */
	VITRT_ERR_BUSY,     /* the context is running on another thread */
	VITRT_ERR_DEVICE,   /* the GPU driver reported a failure */
} vitrt_status;

typedef struct VitrtModel VitrtModel;
typedef struct VitrtContext VitrtContext;

VITRT_API vitrt_status vitrt_model_load(const char *path, VitrtModel **out);
/*
 * Load for a device: NULL, "" or "auto" (what the .so was compiled for,
 * as vitrt_model_load), "cpu", "cuda" (device $VITRT_CUDA_DEVICE, else 0)
 * or "cuda:N" (device N).  A model compiled for another device is refused
 * with one line (VITRT_ERR_CPU) before any driver is touched.
 */
VITRT_API vitrt_status vitrt_model_load_device(const char *path, const char *device,
                                               VitrtModel **out);
VITRT_API void vitrt_model_free(VitrtModel *m);
VITRT_API int vitrt_model_num_inputs(const VitrtModel *m);
VITRT_API int vitrt_model_num_outputs(const VitrtModel *m);
/* Info is owned by the model; dims hold VITRT_DIM_N for the batch. */
VITRT_API const vitrt_tensor_info *vitrt_model_input(const VitrtModel *m, int i);
VITRT_API const vitrt_tensor_info *vitrt_model_output(const VitrtModel *m, int i);
/* Index of the input (output) named "name", or -1. */
VITRT_API int vitrt_model_find_input(const VitrtModel *m, const char *name);
VITRT_API int vitrt_model_find_output(const VitrtModel *m, const char *name);
VITRT_API const char *vitrt_model_target(const VitrtModel *m);
/* The whole descriptor (compiler version, cpu, features, workspace). */
VITRT_API const vitrt_model_abi *vitrt_model_descriptor(const VitrtModel *m);
/*
 * Bytes of a tensor at a given batch size: ceil(elements * bits / 8).
 * Tensor dims are >= 1, so 0 means overflow (or a batch < 1).
 */
VITRT_API uint64_t vitrt_tensor_bytes(const vitrt_tensor_info *t, int64_t batch);

/*
 * nthreads <= 0 picks the number of CPUs this process may use; at most
 * VITRT_MAX_THREADS (CUDA models: no threads; nthreads is ignored).  Returns NULL on failure (see vitrt_last_error()).
 */
#define VITRT_MAX_THREADS 1024
VITRT_API VitrtContext *vitrt_context_create(VitrtModel *m, int nthreads);
VITRT_API void vitrt_context_free(VitrtContext *c);
VITRT_API int vitrt_context_threads(const VitrtContext *c);
/*
 * Run on "batch" (1..VITRT_MAX_BATCH) images.  Buffers are dense, row-major,
 * in model order, sized by vitrt_tensor_bytes(); they need no alignment.
 * The workspace is allocated on the first run and grown only when a larger
 * batch arrives.  A context serves one run at a time: a call made while
 * another thread runs the same context returns VITRT_ERR_BUSY at once.
 */
#define VITRT_MAX_BATCH ((int64_t)1 << 31)
VITRT_API vitrt_status vitrt_run(VitrtContext *c, int64_t batch,
                                 const void *const *inputs,
                                 void *const *outputs);

/* "" when this thread has seen no failure yet. */
/*
 * Profiling: with it on, every run adds each kernel's wall time (the
 * kernels of a run execute one after another) to per-kernel totals.
 * Turning it on or off resets the totals.
 */
typedef struct {
	const char *name;   /* kernel name: graph node (+ ".part") */
	int64_t calls;
	double seconds;     /* total over all calls */
} vitrt_kernel_profile;

VITRT_API vitrt_status vitrt_context_set_profiling(VitrtContext *c, int on);
/* Fill up to "max" entries; returns the number of kernels (0 when off). */
VITRT_API int vitrt_context_profile(const VitrtContext *c, vitrt_kernel_profile *out,
                                    int max);

VITRT_API const char *vitrt_last_error(void);
VITRT_API const char *vitrt_status_name(vitrt_status s);
/* "f32", "i4", ...; "?" for an unknown code. */
VITRT_API const char *vitrt_dtype_name(int32_t dtype);
/* Bits per element (f32: 32, i4: 4, b1: 1); 0 for an unknown code. */
VITRT_API int vitrt_dtype_bits(int32_t dtype);

#ifdef __cplusplus
}
#endif
#endif
