/*
 * fake_libcuda.c - a stand-in for the NVIDIA driver (libcuda.so.1) for
 * tests without a GPU: libvitrt opens it through VITRT_LIBCUDA.  It runs
 * no kernels.  Each call is appended as one line to the file
 * $FAKE_CUDA_LOG (when set) with its arguments; device memory is host
 * memory (calloc), and copies, pointers and launches are checked against
 * the live allocations, modules and streams:
 *
 *   cuLaunchKernel vitc_k3 grid=1,1,1 block=1,1,1 shared=0 params=5/5 batch=2 ptrs=ok
 *
 * ("params=given/declared": the parameters passed, counted up to the NULL
 * libvitrt puts after them, and the .param count of the .entry in the
 * PTX; "ptrs=ok" when host is NULL and every pointer parameter lies in a
 * live allocation).
 * When the library is unloaded (process exit) it logs what is still live:
 * "exit allocs=0 modules=0 streams=0 ctxrefs=0" for a clean run.
 *
 * Failures on demand: $FAKE_CUDA_FAIL=NAME makes every call of NAME fail,
 * NAME#K only the K-th; $FAKE_CUDA_FAIL_NTH=N the N-th call of any entry
 * point; $FAKE_CUDA_RESULT the CUresult returned (default: 100 for cuInit,
 * 2 for cuMemAlloc_v2, 218 for cuModuleLoadData, 719 for cuLaunchKernel,
 * 999 otherwise).  $FAKE_CUDA_CC (default 90) is the compute capability.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define API __attribute__((visibility("default")))

typedef int CUresult;
typedef unsigned long long CUdeviceptr;

typedef struct Alloc {
	struct Alloc *next;
	char *p;
	size_t n;
} Alloc;

typedef struct Func {
	struct Func *next;
	char name[128];
	int n_params;
} Func;

typedef struct Module {
	struct Module *next;
	char *ptx;
	Func *funcs;
} Module;

typedef struct Stream {
	struct Stream *next;
} Stream;

static int inited, ctx_refs, ctx_current, calls;
static Alloc *allocs;
static Module *modules;
static Stream *streams;
static int ctx_token; /* its address is the one CUcontext */

static void logf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void logf_(const char *fmt, ...)
{
	const char *path = getenv("FAKE_CUDA_LOG");
	FILE *f;
	va_list ap;

	if (!path || !*path || !(f = fopen(path, "a")))
		return;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fputc('\n', f);
	fclose(f);
}

/* Should this call of "name" fail?  Returns the CUresult to return, or 0. */
static CUresult inject(const char *name, CUresult dflt)
{
	static int per_name_calls[64];
	static const char *names[64];
	const char *f = getenv("FAKE_CUDA_FAIL"), *nth = getenv("FAKE_CUDA_FAIL_NTH");
	const char *res = getenv("FAKE_CUDA_RESULT");
	int i, k = 0, mine;

	calls++;
	for (i = 0; i < 63 && names[i] && strcmp(names[i], name); i++)
		;
	names[i] = name;
	mine = ++per_name_calls[i];
	if (f && *f) {
		const char *hash = strchr(f, '#');
		size_t len = hash ? (size_t)(hash - f) : strlen(f);
		if (hash)
			k = atoi(hash + 1);
		if (strlen(name) == len && !strncmp(f, name, len) && (!k || mine == k))
			return res && *res ? atoi(res) : dflt;
	}
	if (nth && *nth && atoi(nth) == calls)
		return res && *res ? atoi(res) : dflt;
	return 0;
}

#define FAIL(name, dflt, fmt, ...)                                                   \
	do {                                                                         \
		CUresult r_ = inject(name, dflt);                                    \
		if (r_) {                                                            \
			logf_("%s " fmt " -> FAIL %d", name, __VA_ARGS__, r_);       \
			return r_;                                                   \
		}                                                                    \
	} while (0)

static int need_ctx(void)
{
	return inited && ctx_current && ctx_refs > 0;
}

/* The allocation holding [p, p + n), or NULL. */
static Alloc *find_alloc(CUdeviceptr p, size_t n)
{
	for (Alloc *a = allocs; a; a = a->next)
		if (p >= (CUdeviceptr)(uintptr_t)a->p && p + n <= (CUdeviceptr)(uintptr_t)(a->p + a->n))
			return a;
	return NULL;
}

API CUresult cuInit(unsigned flags)
{
	FAIL("cuInit", 100, "%u", flags);
	logf_("cuInit %u", flags);
	inited = 1;
	return 0;
}

API CUresult cuDeviceGet(int *dev, int ordinal)
{
	if (!inited)
		return 3;
	FAIL("cuDeviceGet", 101, "%d", ordinal);
	logf_("cuDeviceGet %d", ordinal);
	if (ordinal != 0)
		return 101; /* CUDA_ERROR_INVALID_DEVICE: one GPU */
	*dev = ordinal;
	return 0;
}

API CUresult cuDeviceGetAttribute(int *v, int attr, int dev)
{
	const char *cc = getenv("FAKE_CUDA_CC");
	int c = cc && *cc ? atoi(cc) : 90;

	if (!inited)
		return 3;
	*v = attr == 75 ? c / 10 : attr == 76 ? c % 10 : 0;
	return 0;
}

API CUresult cuDevicePrimaryCtxRetain(void **ctx, int dev)
{
	if (!inited)
		return 3;
	FAIL("cuDevicePrimaryCtxRetain", 999, "%d", dev);
	logf_("cuDevicePrimaryCtxRetain %d", dev);
	ctx_refs++;
	*ctx = &ctx_token;
	return 0;
}

API CUresult cuDevicePrimaryCtxRelease_v2(int dev)
{
	logf_("cuDevicePrimaryCtxRelease %d", dev);
	if (ctx_refs <= 0)
		return 201;
	if (--ctx_refs == 0)
		ctx_current = 0;
	return 0;
}

API CUresult cuDevicePrimaryCtxRelease(int dev)
{
	return cuDevicePrimaryCtxRelease_v2(dev);
}

API CUresult cuCtxSetCurrent(void *ctx)
{
	FAIL("cuCtxSetCurrent", 201, "%s", ctx ? "ctx" : "NULL");
	if (ctx && (ctx != &ctx_token || ctx_refs <= 0))
		return 201;
	ctx_current = ctx != NULL;
	return 0;
}

/* The number of .param entries of ".entry name(" in "ptx", or -1. */
static int entry_params(const char *ptx, const char *name)
{
	char pat[160];
	const char *at, *end;
	int n = 0;

	snprintf(pat, sizeof(pat), ".entry %s(", name);
	if (!(at = strstr(ptx, pat)) || !(end = strchr(at, ')')))
		return -1;
	for (const char *p = at; (p = strstr(p, ".param")) && p < end; p += 6)
		n++;
	return n;
}

API CUresult cuModuleLoadData(void **mod, const void *image)
{
	const char *ptx = image;
	Module *m;
	int entries = 0;

	if (!need_ctx())
		return 201;
	for (const char *p = ptx; (p = strstr(p, ".entry ")); p += 7)
		entries++;
	FAIL("cuModuleLoadData", 218, "bytes=%zu", strlen(ptx));
	logf_("cuModuleLoadData bytes=%zu entries=%d", strlen(ptx), entries);
	if (!strstr(ptx, ".version") || !(m = calloc(1, sizeof(*m))))
		return 218;
	m->ptx = strdup(ptx);
	m->next = modules;
	modules = m;
	*mod = m;
	return 0;
}

API CUresult cuModuleGetFunction(void **fn, void *mod, const char *name)
{
	Module *m = mod;
	Func *f;
	int np;

	if (!need_ctx())
		return 201;
	FAIL("cuModuleGetFunction", 500, "%s", name);
	np = entry_params(m->ptx, name);
	logf_("cuModuleGetFunction %s params=%d", name, np);
	if (np < 0)
		return 500; /* CUDA_ERROR_NOT_FOUND */
	f = calloc(1, sizeof(*f));
	snprintf(f->name, sizeof(f->name), "%s", name);
	f->n_params = np;
	f->next = m->funcs;
	m->funcs = f;
	*fn = f;
	return 0;
}

API CUresult cuModuleUnload(void *mod)
{
	Module **pp = &modules;

	logf_("cuModuleUnload");
	while (*pp && *pp != mod)
		pp = &(*pp)->next;
	if (!*pp)
		return 400; /* CUDA_ERROR_INVALID_HANDLE */
	*pp = ((Module *)mod)->next;
	for (Func *f = ((Module *)mod)->funcs, *n; f; f = n) {
		n = f->next;
		free(f);
	}
	free(((Module *)mod)->ptx);
	free(mod);
	return 0;
}

API CUresult cuMemAlloc_v2(CUdeviceptr *p, size_t n)
{
	Alloc *a;

	if (!need_ctx())
		return 201;
	FAIL("cuMemAlloc_v2", 2, "%zu", n);
	if (!n || !(a = calloc(1, sizeof(*a))) || !(a->p = calloc(1, n))) {
		logf_("cuMemAlloc_v2 %zu -> out of memory", n);
		return n ? 2 : 1;
	}
	a->n = n;
	a->next = allocs;
	allocs = a;
	*p = (CUdeviceptr)(uintptr_t)a->p;
	logf_("cuMemAlloc_v2 %zu", n);
	return 0;
}

API CUresult cuMemFree_v2(CUdeviceptr p)
{
	Alloc **pp = &allocs;

	while (*pp && (CUdeviceptr)(uintptr_t)(*pp)->p != p)
		pp = &(*pp)->next;
	logf_("cuMemFree_v2 %zu", *pp ? (*pp)->n : (size_t)0);
	if (!*pp)
		return 1;
	Alloc *a = *pp;
	*pp = a->next;
	free(a->p);
	free(a);
	return 0;
}

API CUresult cuMemcpyHtoD_v2(CUdeviceptr dst, const void *src, size_t n)
{
	Alloc *a = find_alloc(dst, n);

	if (!need_ctx())
		return 201;
	FAIL("cuMemcpyHtoD_v2", 999, "%zu", n);
	logf_("cuMemcpyHtoD_v2 %zu%s", n, a ? "" : " OUT-OF-BOUNDS");
	if (!a)
		return 1;
	memcpy((void *)(uintptr_t)dst, src, n);
	return 0;
}

API CUresult cuMemcpyDtoH_v2(void *dst, CUdeviceptr src, size_t n)
{
	Alloc *a = find_alloc(src, n);

	if (!need_ctx())
		return 201;
	FAIL("cuMemcpyDtoH_v2", 999, "%zu", n);
	logf_("cuMemcpyDtoH_v2 %zu%s", n, a ? "" : " OUT-OF-BOUNDS");
	if (!a)
		return 1;
	memcpy(dst, (const void *)(uintptr_t)src, n);
	return 0;
}

API CUresult cuStreamCreate(void **s, unsigned flags)
{
	Stream *st;

	if (!need_ctx())
		return 201;
	FAIL("cuStreamCreate", 999, "%u", flags);
	logf_("cuStreamCreate %u", flags);
	st = calloc(1, sizeof(*st));
	st->next = streams;
	streams = st;
	*s = st;
	return 0;
}

static int live_stream(void *s)
{
	for (Stream *st = streams; st; st = st->next)
		if (st == s)
			return 1;
	return 0;
}

API CUresult cuStreamDestroy_v2(void *s)
{
	Stream **pp = &streams;

	logf_("cuStreamDestroy");
	while (*pp && *pp != s)
		pp = &(*pp)->next;
	if (!*pp)
		return 400;
	*pp = ((Stream *)s)->next;
	free(s);
	return 0;
}

API CUresult cuStreamSynchronize(void *s)
{
	if (!need_ctx() || !live_stream(s))
		return 400;
	FAIL("cuStreamSynchronize", 999, "%s", "");
	logf_("cuStreamSynchronize");
	return 0;
}

API CUresult cuLaunchKernel(void *fn, unsigned gx, unsigned gy, unsigned gz, unsigned bx,
                            unsigned by, unsigned bz, unsigned shared, void *stream,
                            void **params, void **extra)
{
	Func *f = fn;
	int bad = 0, n = 0;

	if (!need_ctx() || !live_stream(stream))
		return 400;
	FAIL("cuLaunchKernel", 719, "%s", f->name);
	/* libvitrt ends the list with NULL: count what it passed */
	while (n < f->n_params + 8 && params[n])
		n++;
	/* (host = NULL, batch, pointers...): every pointer in a live allocation */
	if (n != f->n_params || n < 2 || *(uint64_t *)params[0] != 0)
		bad = 1;
	for (int i = 2; !bad && i < n; i++)
		if (!find_alloc(*(CUdeviceptr *)params[i], 1))
			bad = i;
	logf_("cuLaunchKernel %s grid=%u,%u,%u block=%u,%u,%u shared=%u params=%d/%d batch=%lld "
	      "ptrs=%s", f->name, gx, gy, gz, bx, by, bz, shared, n, f->n_params,
	      n >= 2 ? (long long)*(int64_t *)params[1] : -1LL, bad ? "BAD" : "ok");
	if (extra || !gx || !gy || !gz || !bx || !by || !bz || bx * by * bz > 1024)
		return 1;
	return 0;
}

API CUresult cuGetErrorString(CUresult r, const char **s)
{
	switch (r) {
	case 1: *s = "invalid argument"; break;
	case 2: *s = "out of memory"; break;
	case 3: *s = "initialization error"; break;
	case 100: *s = "no CUDA-capable device is detected"; break;
	case 101: *s = "invalid device ordinal"; break;
	case 201: *s = "invalid device context"; break;
	case 218: *s = "a PTX JIT compilation failed"; break;
	case 400: *s = "invalid resource handle"; break;
	case 500: *s = "named symbol not found"; break;
	case 719: *s = "unspecified launch failure"; break;
	case 999: *s = "unknown error"; break;
	default: *s = NULL; return 1;
	}
	return 0;
}

API CUresult cuGetErrorName(CUresult r, const char **s)
{
	switch (r) {
	case 1: *s = "CUDA_ERROR_INVALID_VALUE"; break;
	case 2: *s = "CUDA_ERROR_OUT_OF_MEMORY"; break;
	case 3: *s = "CUDA_ERROR_NOT_INITIALIZED"; break;
	case 100: *s = "CUDA_ERROR_NO_DEVICE"; break;
	case 101: *s = "CUDA_ERROR_INVALID_DEVICE"; break;
	case 201: *s = "CUDA_ERROR_INVALID_CONTEXT"; break;
	case 218: *s = "CUDA_ERROR_INVALID_PTX"; break;
	case 400: *s = "CUDA_ERROR_INVALID_HANDLE"; break;
	case 500: *s = "CUDA_ERROR_NOT_FOUND"; break;
	case 719: *s = "CUDA_ERROR_LAUNCH_FAILED"; break;
	case 999: *s = "CUDA_ERROR_UNKNOWN"; break;
	default: *s = NULL; return 1;
	}
	return 0;
}

/* At unload (process exit): what the runtime left live. */
__attribute__((destructor)) static void report(void)
{
	int na = 0, nm = 0, ns = 0;

	for (Alloc *a = allocs; a; a = a->next)
		na++;
	for (Module *m = modules; m; m = m->next)
		nm++;
	for (Stream *s = streams; s; s = s->next)
		ns++;
	logf_("exit allocs=%d modules=%d streams=%d ctxrefs=%d", na, nm, ns, ctx_refs);
}
