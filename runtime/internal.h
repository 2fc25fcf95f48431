/*
 * internal.h - what the files of libvitrt share and do not export:
 * the per-thread error message, the CPU feature check and the thread pool.
 */
#ifndef VITRT_INTERNAL_H
#define VITRT_INTERNAL_H

#include <stdatomic.h>

#include "runtime/vitrt.h"

typedef struct RtCuda RtCuda;
typedef struct RtCudaRun RtCudaRun;

struct VitrtModel {
	void *handle;                /* from dlopen */
	RtCuda *cuda;                /* a CUDA model's device state (cuda.c), else NULL */
	const vitrt_model_abi *abi;  /* the model's exported descriptor */
	char *path;                  /* as given to vitrt_model_load */
	int copy_fd;                 /* the memfd copy dlopen'ed, or -1 */
	atomic_int refs;             /* 1 for the caller + 1 per live context */
};

/* Drop one reference; the last one closes the .so. */
void rt_model_unref(VitrtModel *m);

/* Set this thread's last error (one line) and return "s". */
vitrt_status rt_err(vitrt_status s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Check that this CPU has every feature in the comma-separated list
 * "features" (LLVM spellings; a leading '+' is ignored, '-' entries are
 * skipped).  Returns 0, or -1 with the reason in "why".
 */
int rt_cpu_check(const char *features, char *why, size_t cap);

/*
 * runtime/elf_check.c: check the object open on "fd" before dlopen (ELF
 * header; the seal when "want_seal"; segments and sections inside the
 * file, dynamic table and relocations inside the object).  0, or -1 with
 * the message set.
 */
int rt_elf_check_fd(int fd, const char *path, int want_seal);
/* The seal vitc appends to a MODEL.so (vitrt_abi.h) matches its bytes: 0, or -1 with the message. */
int rt_seal_check_fd(int fd, const char *path);

/* Number of CPUs this process may run on (at least 1). */
int rt_cpu_count(void);

typedef struct RtPool RtPool;

/* A pool of nthreads - 1 workers; the caller of parallel_for is the last. */
RtPool *rt_pool_create(int nthreads);
void rt_pool_free(RtPool *p);
int rt_pool_threads(const RtPool *p);
/* The vitrt_host.parallel_for entry point; "pool" is an RtPool. */
void rt_parallel_for(void *pool, int64_t n, vitrt_task_fn body, void *closure);

/*
 * runtime/cuda.c: CUDA models (ABI version 3).  rt_cuda_check validates
 * the device image without the driver; rt_cuda_load opens the driver and
 * sets up device "ordinal" for the model (module, functions, weights);
 * a run context has an RtCudaRun (stream, device memory).  Failures set
 * the message and return the status (or NULL).
 */
vitrt_status rt_cuda_check(const char *path, const vitrt_model_abi *a);
vitrt_status rt_cuda_load(const char *path, const vitrt_model_abi *a, int ordinal, RtCuda **out);
void rt_cuda_unload(RtCuda *cu);
RtCudaRun *rt_cuda_context_create(RtCuda *cu, const vitrt_model_abi *a);
void rt_cuda_context_free(RtCuda *cu, RtCudaRun *cr);
/* Run at "batch" with a workspace of "ws" bytes; "trace" as vitrt_host's. */
vitrt_status rt_cuda_run(RtCuda *cu, RtCudaRun *cr, const vitrt_model_abi *a, int64_t batch,
                         uint64_t ws, const void *const *inputs, void *const *outputs,
                         void (*trace)(void *, int32_t, int32_t), void *trace_ctx);

#endif
