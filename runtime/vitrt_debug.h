/*
 * vitrt_debug.h - a hook into libvitrt for checking tools, not part of
 * the installed API (it may change with any release): a function the
 * runtime calls before and after every kernel of a CPU model's run, with
 * the run's memory, so that a tool can read or overwrite the tensors
 * between kernels.  tests/gpu_lockstep.py uses it (through ctypes) with the
 * buffers of `vitc compile --kernel-map` to compare the CPU target and
 * --emulate-gpu kernel by kernel.
 */
#ifndef VITRT_DEBUG_H
#define VITRT_DEBUG_H

#include "vitrt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One kernel boundary of a run. */
typedef struct {
	int32_t kernel;            /* its index in run() order (the kernel map's, the profile's) */
	int32_t phase;             /* 0 before the kernel, 1 after it */
	const char *name;          /* the model's name for it */
	int64_t batch;
	void *workspace;           /* the run's workspace (64-byte aligned) */
	const void *const *inputs; /* the caller's buffers, as given to vitrt_run */
	void *const *outputs;
} vitrt_kernel_event;

typedef void (*vitrt_kernel_hook)(void *user, const vitrt_kernel_event *ev);

/*
 * Call "hook(user, ev)" around every kernel of the runs of "c" (NULL: no
 * more), on the thread that called vitrt_run, while no kernel runs.  CPU
 * models only (VITRT_ERR_ARG for a device model).  Profiling and the hook
 * use the same slot: turning either on turns the other off.
 */
VITRT_API vitrt_status vitrt_context_set_kernel_hook(VitrtContext *c, vitrt_kernel_hook hook,
                                                     void *user);

#ifdef __cplusplus
}
#endif

#endif
