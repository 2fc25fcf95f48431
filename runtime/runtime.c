/*
 * runtime.c - libvitrt's small services (errors, dtype names, tensor sizes)
 * and the context: a thread pool plus a workspace, and vitrt_run.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/internal.h"
#include "runtime/vitrt_debug.h"

struct VitrtContext {
	VitrtModel *model;
	RtPool *pool;          /* CPU models */
	RtCudaRun *cuda;       /* CUDA models: stream and device memory */
	vitrt_host host;
	void *workspace;       /* 64-byte aligned, "ws_size" bytes */
	uint64_t ws_size;
	/* profiling (vitrt_context_set_profiling): per kernel */
	double *prof_seconds;
	int64_t *prof_calls;
	double prof_start;
	/* the kernel hook (vitrt_debug.h), and the run it is called in */
	vitrt_kernel_hook hook;
	void *hook_user;
	vitrt_kernel_event ev;
	atomic_flag busy;      /* set while a vitrt_run uses the context */
};

static _Thread_local char last_error[1024];

vitrt_status rt_err(vitrt_status s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(last_error, sizeof(last_error), fmt, ap);
	va_end(ap);
	for (char *p = last_error; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return s;
}

const char *vitrt_last_error(void)
{
	return last_error;
}

const char *vitrt_status_name(vitrt_status s)
{
	static const char *const names[] = {
		"ok", "I/O error", "not a vitc model", "ABI mismatch",
		"unsupported target or CPU", "bad argument", "out of memory",
		"model run failed", "context busy", "device error",
	};

	if ((unsigned)s < sizeof(names) / sizeof(names[0]))
		return names[s];
	return "unknown status";
}

static const struct {
	const char *name;
	int bits;
} dtypes[] = {
	[VITRT_F32] = {"f32", 32}, [VITRT_F16] = {"f16", 16},
	[VITRT_I64] = {"i64", 64}, [VITRT_I32] = {"i32", 32},
	[VITRT_I16] = {"i16", 16}, [VITRT_I8] = {"i8", 8},
	[VITRT_U8] = {"u8", 8},    [VITRT_I4] = {"i4", 4},
	[VITRT_B1] = {"b1", 1},    [VITRT_POT5] = {"pot5", 8},
};

const char *vitrt_dtype_name(int32_t dtype)
{
	if (dtype < 0 || (size_t)dtype >= sizeof(dtypes) / sizeof(dtypes[0]))
		return "?";
	return dtypes[dtype].name;
}

int vitrt_dtype_bits(int32_t dtype)
{
	if (dtype < 0 || (size_t)dtype >= sizeof(dtypes) / sizeof(dtypes[0]))
		return 0;
	return dtypes[dtype].bits;
}

/*
 * ceil(elements * bits / 8) for "t" with VITRT_DIM_N replaced by "batch";
 * 0 when a dim is invalid or the size does not fit in 64 bits.  Sub-byte
 * types (1, 2 or 4 bits) pack 8 / bits elements per byte.
 */
uint64_t vitrt_tensor_bytes(const vitrt_tensor_info *t, int64_t batch)
{
	uint64_t n = 1;
	int bits;

	if (!t || t->rank < 0 || t->rank > VITRT_MAX_RANK)
		return 0;
	bits = vitrt_dtype_bits(t->dtype);
	if (!bits)
		return 0;
	for (int i = 0; i < t->rank; i++) {
		int64_t d = t->dims[i] == VITRT_DIM_N ? batch : t->dims[i];
		if (d < 1 || __builtin_mul_overflow(n, (uint64_t)d, &n))
			return 0;
	}
	if (bits % 8 == 0)
		return __builtin_mul_overflow(n, (uint64_t)bits / 8, &n) ? 0 : n;
	return n / (uint64_t)(8 / bits) + (n % (uint64_t)(8 / bits) != 0);
}

/*
 * A context for "m" with "nthreads" threads (<= 0: one per usable CPU).
 * It holds a reference on the model; the workspace comes with the first run.
 */
VitrtContext *vitrt_context_create(VitrtModel *m, int nthreads)
{
	VitrtContext *c;

	if (!m) {
		rt_err(VITRT_ERR_ARG, "vitrt_context_create: model is NULL");
		return NULL;
	}
	if (nthreads <= 0)
		nthreads = rt_cpu_count();
	if (nthreads > VITRT_MAX_THREADS)
		nthreads = VITRT_MAX_THREADS;
	c = calloc(1, sizeof(*c));
	if (!c) {
		rt_err(VITRT_ERR_NOMEM, "vitrt_context_create: out of memory");
		return NULL;
	}
	if (m->cuda ? !(c->cuda = rt_cuda_context_create(m->cuda, m->abi))
	            : !(c->pool = rt_pool_create(nthreads))) {
		free(c);
		return NULL;
	}
	c->model = m;
	atomic_fetch_add(&m->refs, 1);
	c->host.pool = c->pool;
	c->host.nthreads = c->pool ? rt_pool_threads(c->pool) : 1;
	c->host.parallel_for = rt_parallel_for;
	return c;
}

void vitrt_context_free(VitrtContext *c)
{
	if (!c)
		return;
	free(c->prof_seconds);
	free(c->prof_calls);
	rt_pool_free(c->pool);
	rt_cuda_context_free(c->model->cuda, c->cuda);
	free(c->workspace);
	rt_model_unref(c->model);
	free(c);
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The model's trace hook: time each kernel call (kernels run one at a time). */
static void profile_trace(void *ctx, int32_t kernel, int32_t phase)
{
	VitrtContext *c = ctx;
	if (kernel < 0 || kernel >= c->model->abi->n_kernels)
		return;
	if (phase == 0) {
		c->prof_start = now_seconds();
	} else {
		c->prof_seconds[kernel] += now_seconds() - c->prof_start;
		c->prof_calls[kernel]++;
	}
}

vitrt_status vitrt_context_set_profiling(VitrtContext *c, int on)
{
	if (!c)
		return rt_err(VITRT_ERR_ARG, "vitrt_context_set_profiling: context is NULL");
	free(c->prof_seconds);
	free(c->prof_calls);
	c->prof_seconds = NULL;
	c->prof_calls = NULL;
	c->host.trace = NULL;
	c->host.trace_ctx = NULL;
	c->hook = NULL;
	if (!on)
		return VITRT_OK;
	int n = c->model->abi->n_kernels;
	c->prof_seconds = calloc((size_t)n + 1, sizeof(double));
	c->prof_calls = calloc((size_t)n + 1, sizeof(int64_t));
	if (!c->prof_seconds || !c->prof_calls)
		return rt_err(VITRT_ERR_NOMEM, "vitrt_context_set_profiling: out of memory");
	c->host.trace = profile_trace;
	c->host.trace_ctx = c;
	return VITRT_OK;
}

/* The trace slot with the kernel hook on: the event of this boundary. */
static void hook_trace(void *ctx, int32_t kernel, int32_t phase)
{
	VitrtContext *c = ctx;
	const vitrt_model_abi *a = c->model->abi;
	c->ev.kernel = kernel;
	c->ev.phase = phase;
	c->ev.name = a->kernel_names && kernel >= 0 && kernel < a->n_kernels
	             ? a->kernel_names[kernel] : "?";
	c->hook(c->hook_user, &c->ev);
}

vitrt_status vitrt_context_set_kernel_hook(VitrtContext *c, vitrt_kernel_hook hook, void *user)
{
	if (!c)
		return rt_err(VITRT_ERR_ARG, "vitrt_context_set_kernel_hook: context is NULL");
	if (c->cuda)
		return rt_err(VITRT_ERR_ARG, "vitrt_context_set_kernel_hook: %s is a device model "
		              "(CPU models only)", c->model->path);
	vitrt_context_set_profiling(c, 0);
	c->hook = hook;
	c->hook_user = user;
	c->host.trace = hook ? hook_trace : NULL;
	c->host.trace_ctx = hook ? c : NULL;
	return VITRT_OK;
}

int vitrt_context_profile(const VitrtContext *c, vitrt_kernel_profile *out, int max)
{
	if (!c || !c->prof_seconds)
		return 0;
	int n = c->model->abi->n_kernels;
	for (int i = 0; i < n && i < max; i++) {
		out[i].name = c->model->abi->kernel_names ? c->model->abi->kernel_names[i] : "?";
		out[i].calls = c->prof_calls[i];
		out[i].seconds = c->prof_seconds[i];
	}
	return n;
}

int vitrt_context_threads(const VitrtContext *c)
{
	return c ? c->host.nthreads : 0;
}

/*
 * Make the workspace hold at least "need" bytes.  It only ever grows, so a
 * steady stream of runs at one batch size allocates once.
 */
static vitrt_status ensure_workspace(VitrtContext *c, uint64_t need)
{
	void *p;

	if (need < 64)
		need = 64;
	if (c->workspace && c->ws_size >= need)
		return VITRT_OK;
	if (need > SIZE_MAX - 63)
		return rt_err(VITRT_ERR_NOMEM, "vitrt_run: workspace of %llu bytes is too large",
		              (unsigned long long)need);
	need = (need + 63) & ~(uint64_t)63;
	if (posix_memalign(&p, 64, (size_t)need) != 0)
		return rt_err(VITRT_ERR_NOMEM, "vitrt_run: cannot allocate a workspace of %llu bytes",
		              (unsigned long long)need);
	free(c->workspace);
	c->workspace = p;
	c->ws_size = need;
	return VITRT_OK;
}

/* Check one array of tensor buffers: present, each non-NULL, sizes fit. */
static vitrt_status check_buffers(const char *what, const void *const *bufs,
                                  const vitrt_tensor_info *info, int n,
                                  int64_t batch)
{
	if (n > 0 && !bufs)
		return rt_err(VITRT_ERR_ARG, "vitrt_run: %s array is NULL", what);
	for (int i = 0; i < n; i++) {
		if (!bufs[i])
			return rt_err(VITRT_ERR_ARG, "vitrt_run: %s %d ('%s') is NULL",
			              what, i, info[i].name);
		if (!vitrt_tensor_bytes(&info[i], batch))
			return rt_err(VITRT_ERR_ARG, "vitrt_run: %s '%s' is too large at batch %lld",
			              what, info[i].name, (long long)batch);
	}
	return VITRT_OK;
}

/*
 * Validate the arguments, size the workspace for "batch" and call the
 * model's run function on this context's pool.
 */
vitrt_status vitrt_run(VitrtContext *c, int64_t batch,
                       const void *const *inputs, void *const *outputs)
{
	const vitrt_model_abi *abi;
	uint64_t need;
	vitrt_status s;
	int32_t rc;

	if (!c)
		return rt_err(VITRT_ERR_ARG, "vitrt_run: context is NULL");
	abi = c->model->abi;
	if (batch < 1 || batch > VITRT_MAX_BATCH)
		return rt_err(VITRT_ERR_ARG, "vitrt_run: batch %lld is out of range 1..%lld",
		              (long long)batch, (long long)VITRT_MAX_BATCH);
	s = check_buffers("input", inputs, abi->inputs, abi->n_inputs, batch);
	if (s == VITRT_OK)
		s = check_buffers("output", (const void *const *)outputs, abi->outputs,
		                  abi->n_outputs, batch);
	if (s != VITRT_OK)
		return s;
	if (__builtin_mul_overflow(abi->workspace_per_batch, (uint64_t)batch, &need) ||
	    __builtin_add_overflow(need, abi->workspace_fixed, &need))
		return rt_err(VITRT_ERR_ARG, "vitrt_run: workspace for batch %lld overflows",
		              (long long)batch);
	/*
	 * A context holds one workspace: two threads running it at once would
	 * silently corrupt each other's results, so the second one is refused.
	 */
	if (atomic_flag_test_and_set_explicit(&c->busy, memory_order_acquire))
		return rt_err(VITRT_ERR_BUSY, "vitrt_run: the context is in use by another thread "
		              "(create one context per thread)");
	if (c->cuda) {
		s = rt_cuda_run(c->model->cuda, c->cuda, abi, batch, need, inputs, outputs,
		                c->host.trace, c->host.trace_ctx);
		atomic_flag_clear_explicit(&c->busy, memory_order_release);
		return s;
	}
	s = ensure_workspace(c, need);
	c->ev = (vitrt_kernel_event){.batch = batch, .workspace = c->workspace,
	                             .inputs = inputs, .outputs = outputs};
	rc = s == VITRT_OK ? abi->run(&c->host, (void *const *)inputs, outputs, c->workspace, batch) : 0;
	atomic_flag_clear_explicit(&c->busy, memory_order_release);
	if (s != VITRT_OK)
		return s;
	if (rc != 0)
		return rt_err(VITRT_ERR_RUN, "%s: model code failed with status %d",
		              c->model->path, (int)rc);
	return VITRT_OK;
}
