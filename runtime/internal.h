/*
 * internal.h - what the files of libvitrt share and do not export:
 * the per-thread error message, the CPU feature check and the thread pool.
 */
#ifndef VITRT_INTERNAL_H
#define VITRT_INTERNAL_H

#include <stdatomic.h>

#include "runtime/vitrt.h"

struct VitrtModel {
	void *handle;                /* from dlopen */
	const vitrt_model_abi *abi;  /* the model's exported descriptor */
	char *path;                  /* as given to vitrt_model_load */
	atomic_int refs;             /* 1 for the caller + 1 per live context */
};

/*
 * The structural checks on the open MODEL.so "fd" that vitrt_model_load
 * runs before dlopen (tests/fuzz/fuzz_model_load.c fuzzes them).  Returns
 * 0, or -1 with the error message set (vitrt_last_error).
 */
int rt_elf_check_fd(int fd, const char *path);

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

/* Number of CPUs this process may run on (at least 1). */
int rt_cpu_count(void);

typedef struct RtPool RtPool;

/* A pool of nthreads - 1 workers; the caller of parallel_for is the last. */
RtPool *rt_pool_create(int nthreads);
void rt_pool_free(RtPool *p);
int rt_pool_threads(const RtPool *p);
/* The vitrt_host.parallel_for entry point; "pool" is an RtPool. */
void rt_parallel_for(void *pool, int64_t n, vitrt_task_fn body, void *closure);

#endif
