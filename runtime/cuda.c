/*
 * cuda.c - running device models (ABI version 3, target "cuda") through
 * the CUDA driver API.  libcuda.so.1 (or $VITRT_LIBCUDA) is opened with
 * dlopen when the first CUDA model is loaded, so libvitrt neither links
 * against the driver nor needs its headers: the few types and entry
 * points used are declared here.  The driver stays open for the life of
 * the process (it does not support being unloaded).
 *
 * Per loaded model (RtCuda): the device's primary context (retained),
 * the module made from the image's PTX, one function per launch, and the
 * weights blob copied to the device once.  Per run context (RtCudaRun):
 * a stream and one device allocation that holds the workspace, the inputs
 * and the outputs, grown when a larger batch arrives.  A run copies the
 * inputs in, launches every kernel in order on the stream with the
 * geometry and parameter bindings of its vitrt_launch_info, waits, and
 * copies the outputs out.
 *
 * Every driver failure becomes one line, "MODEL.so: CUDA <call> failed:
 * <driver's text> (<error name>)", through rt_err; what was acquired
 * before it is released.  Nothing here exits.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/internal.h"

/* The driver API's types, as cuda.h declares them (ABI-stable). */
typedef int CUresult;
typedef int CUdevice;
typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUstream_st *CUstream;
typedef unsigned long long CUdeviceptr;

#define CU_ATTR_CC_MAJOR 75 /* CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR */
#define CU_ATTR_CC_MINOR 76
#define DEFAULT_LIBCUDA "libcuda.so.1"
#define DEFAULT_GRID 1024       /* blocks of a grid-stride kernel whose trip count is unknown */
#define MAX_PARAMS 1000
#define ALIGN 256               /* of each region in a context's device allocation */

static struct {
	void *handle;
	CUresult (*Init)(unsigned);
	CUresult (*DeviceGet)(CUdevice *, int);
	CUresult (*DeviceGetAttribute)(int *, int, CUdevice);  /* optional */
	CUresult (*PrimaryCtxRetain)(CUcontext *, CUdevice);
	CUresult (*PrimaryCtxRelease)(CUdevice);
	CUresult (*CtxSetCurrent)(CUcontext);
	CUresult (*ModuleLoadData)(CUmodule *, const void *);
	CUresult (*ModuleGetFunction)(CUfunction *, CUmodule, const char *);
	CUresult (*ModuleUnload)(CUmodule);
	CUresult (*MemAlloc)(CUdeviceptr *, size_t);
	CUresult (*MemFree)(CUdeviceptr);
	CUresult (*MemcpyHtoD)(CUdeviceptr, const void *, size_t);
	CUresult (*MemcpyDtoH)(void *, CUdeviceptr, size_t);
	CUresult (*StreamCreate)(CUstream *, unsigned);
	CUresult (*StreamDestroy)(CUstream);
	CUresult (*StreamSynchronize)(CUstream);
	CUresult (*LaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned,
	                         unsigned, unsigned, CUstream, void **, void **);
	CUresult (*GetErrorString)(CUresult, const char **);
	CUresult (*GetErrorName)(CUresult, const char **);    /* optional */
} drv;
static pthread_mutex_t drv_lock = PTHREAD_MUTEX_INITIALIZER;

struct RtCuda {
	const char *path;               /* the model's, for messages */
	const vitrt_device_image *img;
	CUdevice dev;
	CUcontext ctx;                  /* the primary context, retained when set */
	CUmodule mod;
	CUfunction *fn;                 /* per launch */
	CUdeviceptr weights;
};

struct RtCudaRun {
	CUstream stream;
	CUdeviceptr mem;                /* workspace, inputs, outputs */
	uint64_t mem_size;
	uint64_t *in_off, *out_off;     /* of each input / output in "mem" */
	uint64_t *vals;                 /* kernel parameter values */
	void **args;                    /* pointers to them, then NULL */
};

/* The message for a failed driver call "call" (with detail "what"); returns VITRT_ERR_DEVICE. */
static vitrt_status cu_fail(const char *path, const char *call, const char *what, CUresult r)
{
	const char *s = NULL, *name = NULL;
	char num[32];

	if (drv.GetErrorString && drv.GetErrorString(r, &s) != 0)
		s = NULL;
	if (drv.GetErrorName && drv.GetErrorName(r, &name) != 0)
		name = NULL;
	snprintf(num, sizeof(num), "CUDA error %d", (int)r);
	return rt_err(VITRT_ERR_DEVICE, "%s: CUDA %s%s%s failed: %s (%s)", path, call,
	              what && *what ? " " : "", what ? what : "", s ? s : "unknown error",
	              name ? name : num);
}

#define CU(call, name, what)                                                     \
	do {                                                                     \
		CUresult r_ = (call);                                            \
		if (r_ != 0) {                                                   \
			s = cu_fail(cu->path, name, what, r_);                   \
			goto error;                                              \
		}                                                                \
	} while (0)

/* dlsym "name", else "alt" (a pre-_v2 spelling), as a function pointer. */
static void *sym(void *h, const char *name, const char *alt)
{
	void *p = dlsym(h, name);

	if (!p && alt)
		p = dlsym(h, alt);
	return p;
}

/*
 * Open the driver (once per process; a failure is retried by the next
 * load) and resolve its entry points.  "path" names the model in messages.
 */
static vitrt_status driver_open(const char *path)
{
	const char *lib = getenv("VITRT_LIBCUDA");
	const char *e;
	void *h;
	vitrt_status s = VITRT_OK;

	if (!lib || !*lib)
		lib = DEFAULT_LIBCUDA;
	pthread_mutex_lock(&drv_lock);
	if (drv.handle)
		goto out;
	if (!(h = dlopen(lib, RTLD_NOW | RTLD_LOCAL))) {
		e = dlerror();
		if (!e || strstr(e, "No such file"))
			s = rt_err(VITRT_ERR_CPU, "%s: no CUDA driver (%s not found)", path, lib);
		else
			s = rt_err(VITRT_ERR_CPU, "%s: no CUDA driver (%s cannot be loaded: %s)",
			           path, lib, e);
		goto out;
	}
#define REQ(field, name, alt)                                                                 \
	if (!(*(void **)&drv.field = sym(h, name, alt))) {                                    \
		s = rt_err(VITRT_ERR_CPU, "%s: the CUDA driver %s has no %s (too old?)", path, \
		           lib, name);                                                        \
		goto bad;                                                                     \
	}
	REQ(Init, "cuInit", NULL);
	REQ(DeviceGet, "cuDeviceGet", NULL);
	REQ(PrimaryCtxRetain, "cuDevicePrimaryCtxRetain", NULL);
	REQ(PrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", "cuDevicePrimaryCtxRelease");
	REQ(CtxSetCurrent, "cuCtxSetCurrent", NULL);
	REQ(ModuleLoadData, "cuModuleLoadData", NULL);
	REQ(ModuleGetFunction, "cuModuleGetFunction", NULL);
	REQ(ModuleUnload, "cuModuleUnload", NULL);
	REQ(MemAlloc, "cuMemAlloc_v2", NULL);
	REQ(MemFree, "cuMemFree_v2", NULL);
	REQ(MemcpyHtoD, "cuMemcpyHtoD_v2", NULL);
	REQ(MemcpyDtoH, "cuMemcpyDtoH_v2", NULL);
	REQ(StreamCreate, "cuStreamCreate", NULL);
	REQ(StreamDestroy, "cuStreamDestroy_v2", "cuStreamDestroy");
	REQ(StreamSynchronize, "cuStreamSynchronize", NULL);
	REQ(LaunchKernel, "cuLaunchKernel", NULL);
	REQ(GetErrorString, "cuGetErrorString", NULL);
#undef REQ
	*(void **)&drv.DeviceGetAttribute = dlsym(h, "cuDeviceGetAttribute");
	*(void **)&drv.GetErrorName = dlsym(h, "cuGetErrorName");
	drv.handle = h;
	goto out;
bad:
	memset(&drv, 0, sizeof(drv));
	dlclose(h);
out:
	pthread_mutex_unlock(&drv_lock);
	return s;
}

/* Check one parameter binding of launch "l" against the model "a". */
static int check_binding(const char *path, const vitrt_model_abi *a,
                         const vitrt_device_image *img, const vitrt_launch_info *l,
                         const vitrt_param_binding *b)
{
	int ok;

	switch (b->kind) {
	case VITRT_BIND_INPUT:
		ok = b->index < (uint32_t)a->n_inputs;
		break;
	case VITRT_BIND_OUTPUT:
		ok = b->index < (uint32_t)a->n_outputs;
		break;
	case VITRT_BIND_WEIGHTS:
		ok = b->offset < img->weights_size && img->weights;
		break;
	case VITRT_BIND_WORKSPACE:
		ok = b->offset <= a->workspace_fixed + a->workspace_per_batch &&
		     b->per_batch <= a->workspace_per_batch;
		break;
	default:
		ok = 0;
	}
	if (!ok)
		rt_err(VITRT_ERR_FORMAT, "%s: malformed model: kernel '%s' has a bad parameter "
		       "binding (kind %u, index %u, offset %llu)", path, l->name, (unsigned)b->kind,
		       (unsigned)b->index, (unsigned long long)b->offset);
	return ok ? 0 : -1;
}

/* Check one launch: name, mode, block, grid or work items, bindings. */
static int check_launch(const char *path, const vitrt_model_abi *a,
                        const vitrt_device_image *img, const vitrt_launch_info *l)
{
	const uint32_t block[3] = {l->block_x, l->block_y, l->block_z};
	const uint32_t grid[3] = {l->grid_x, l->grid_y, l->grid_z};
	uint64_t threads = 1;

	if (!l->name || !l->name[0])
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: a launch has no kernel name",
		              path), -1;
	if (l->mode != VITRT_LAUNCH_SINGLE && l->mode != VITRT_LAUNCH_GRID_STRIDE)
		return rt_err(VITRT_ERR_FORMAT, "%s: kernel '%s' has launch mode %u, unknown to this "
		              "runtime", path, l->name, (unsigned)l->mode), -1;
	for (int d = 0; d < 3; d++) {
		threads *= block[d];
		if (!block[d] || threads > 1024 ||
		    (!grid[d] && (l->items[d].div < 0 ||
		                  (!l->items[d].div && l->mode != VITRT_LAUNCH_GRID_STRIDE))))
			return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: kernel '%s' has a bad "
			              "launch geometry", path, l->name), -1;
	}
	if (l->n_params > MAX_PARAMS || (l->n_params && !l->params))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: kernel '%s' has %u parameters",
		              path, l->name, (unsigned)l->n_params), -1;
	for (uint32_t i = 0; i < l->n_params; i++)
		if (check_binding(path, a, img, l, &l->params[i]))
			return -1;
	return 0;
}

vitrt_status rt_cuda_check(const char *path, const vitrt_model_abi *a)
{
	const vitrt_device_image *img = ((const vitrt_device_model_abi *)a)->device;

	if (!img || !img->device || strcmp(img->device, "cuda") != 0 || !img->arch)
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: no CUDA device image", path);
	if (!img->format || strcmp(img->format, "ptx") != 0)
		return rt_err(VITRT_ERR_CPU, "%s: a CUDA model with device code in '%.16s'; this "
		              "runtime loads PTX only", path, img->format ? img->format : "?");
	if (!img->code || img->code_size > ((uint64_t)1 << 31) || img->code[img->code_size])
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: bad PTX text", path);
	if (img->n_launches != a->n_kernels || (img->n_launches && !img->launches) ||
	    (img->weights_size && !img->weights))
		return rt_err(VITRT_ERR_FORMAT, "%s: malformed model: bad launch table", path);
	for (int i = 0; i < img->n_launches; i++)
		if (check_launch(path, a, img, &img->launches[i]))
			return VITRT_ERR_FORMAT;
	return VITRT_OK;
}

void rt_cuda_unload(RtCuda *cu)
{
	if (!cu)
		return;
	if (cu->ctx) {
		drv.CtxSetCurrent(cu->ctx);
		if (cu->weights)
			drv.MemFree(cu->weights);
		if (cu->mod)
			drv.ModuleUnload(cu->mod);
		drv.PrimaryCtxRelease(cu->dev);
	}
	free(cu->fn);
	free(cu);
}

/*
 * The device's compute capability must be at least the model's sm_XX
 * (the driver would only say "invalid PTX").  Skipped where the driver
 * lacks cuDeviceGetAttribute or the numbers are not readable.
 */
static vitrt_status check_arch(RtCuda *cu, int ordinal)
{
	int major = 0, minor = 0, want = atoi(cu->img->arch + (strncmp(cu->img->arch, "sm_", 3) ? 0 : 3));

	if (!drv.DeviceGetAttribute || want <= 0 ||
	    drv.DeviceGetAttribute(&major, CU_ATTR_CC_MAJOR, cu->dev) != 0 ||
	    drv.DeviceGetAttribute(&minor, CU_ATTR_CC_MINOR, cu->dev) != 0 || major <= 0)
		return VITRT_OK;
	if (major * 10 + minor < want)
		return rt_err(VITRT_ERR_CPU, "%s: built for %s; CUDA device %d is sm_%d%d", cu->path,
		              cu->img->arch, ordinal, major, minor);
	return VITRT_OK;
}

vitrt_status rt_cuda_load(const char *path, const vitrt_model_abi *a, int ordinal, RtCuda **out)
{
	RtCuda *cu = calloc(1, sizeof(*cu));
	const vitrt_device_image *img = ((const vitrt_device_model_abi *)a)->device;
	vitrt_status s;
	char what[32];

	*out = NULL;
	if (!cu || !(cu->fn = calloc((size_t)img->n_launches + 1, sizeof(*cu->fn)))) {
		free(cu);
		return rt_err(VITRT_ERR_NOMEM, "%s: out of memory", path);
	}
	cu->path = path;
	cu->img = img;
	if ((s = driver_open(path)) != VITRT_OK)
		goto error;
	CU(drv.Init(0), "cuInit", NULL);
	snprintf(what, sizeof(what), "(device %d)", ordinal);
	CU(drv.DeviceGet(&cu->dev, ordinal), "cuDeviceGet", what);
	if ((s = check_arch(cu, ordinal)) != VITRT_OK)
		goto error;
	CU(drv.PrimaryCtxRetain(&cu->ctx, cu->dev), "cuDevicePrimaryCtxRetain", what);
	CU(drv.CtxSetCurrent(cu->ctx), "cuCtxSetCurrent", NULL);
	CU(drv.ModuleLoadData(&cu->mod, img->code), "cuModuleLoadData", img->arch);
	for (int i = 0; i < img->n_launches; i++)
		CU(drv.ModuleGetFunction(&cu->fn[i], cu->mod, img->launches[i].name),
		   "cuModuleGetFunction", img->launches[i].name);
	if (img->weights_size) {
		CU(drv.MemAlloc(&cu->weights, img->weights_size), "cuMemAlloc", "(weights)");
		CU(drv.MemcpyHtoD(cu->weights, img->weights, img->weights_size), "cuMemcpyHtoD",
		   "(weights)");
	}
	*out = cu;
	return VITRT_OK;
error:
	rt_cuda_unload(cu);
	return s;
}

RtCudaRun *rt_cuda_context_create(RtCuda *cu, const vitrt_model_abi *a)
{
	RtCudaRun *cr = calloc(1, sizeof(*cr));
	uint32_t np = 0;
	vitrt_status s;

	for (int i = 0; i < cu->img->n_launches; i++)
		if (cu->img->launches[i].n_params > np)
			np = cu->img->launches[i].n_params;
	if (!cr || !(cr->in_off = calloc((size_t)a->n_inputs + 1, sizeof(uint64_t))) ||
	    !(cr->out_off = calloc((size_t)a->n_outputs + 1, sizeof(uint64_t))) ||
	    !(cr->vals = calloc((size_t)np + 2, sizeof(uint64_t))) ||
	    !(cr->args = calloc((size_t)np + 3, sizeof(void *)))) {
		rt_err(VITRT_ERR_NOMEM, "%s: out of memory", cu->path);
		goto error;
	}
	CU(drv.CtxSetCurrent(cu->ctx), "cuCtxSetCurrent", NULL);
	CU(drv.StreamCreate(&cr->stream, 0), "cuStreamCreate", NULL);
	return cr;
error:
	(void)s; /* the message is set */
	if (cr) {
		free(cr->in_off);
		free(cr->out_off);
		free(cr->vals);
		free(cr->args);
	}
	free(cr);
	return NULL;
}

void rt_cuda_context_free(RtCuda *cu, RtCudaRun *cr)
{
	if (!cr)
		return;
	drv.CtxSetCurrent(cu->ctx);
	if (cr->mem)
		drv.MemFree(cr->mem);
	if (cr->stream)
		drv.StreamDestroy(cr->stream);
	free(cr->in_off);
	free(cr->out_off);
	free(cr->vals);
	free(cr->args);
	free(cr);
}

/* "*off" rounded up to ALIGN, then advanced by "bytes"; -1 on overflow. */
static int place(uint64_t *off, uint64_t bytes, uint64_t *at)
{
	uint64_t a = (*off + ALIGN - 1) / ALIGN * ALIGN;

	if (a < *off || __builtin_add_overflow(a, bytes, off))
		return -1;
	*at = a;
	return 0;
}

/*
 * Lay out the workspace ("ws" bytes at 0), the inputs and the outputs at
 * "batch" in the context's device allocation, growing it when needed.
 */
static vitrt_status device_memory(RtCuda *cu, RtCudaRun *cr, const vitrt_model_abi *a,
                                  int64_t batch, uint64_t ws)
{
	uint64_t need = ws, at;
	vitrt_status s = VITRT_OK;

	for (int i = 0; i < a->n_inputs; i++) {
		if (place(&need, vitrt_tensor_bytes(&a->inputs[i], batch), &at))
			goto big;
		cr->in_off[i] = at;
	}
	for (int i = 0; i < a->n_outputs; i++) {
		if (place(&need, vitrt_tensor_bytes(&a->outputs[i], batch), &at))
			goto big;
		cr->out_off[i] = at;
	}
	if (need <= cr->mem_size && cr->mem)
		return VITRT_OK;
	if (cr->mem)
		drv.MemFree(cr->mem);
	cr->mem = 0;
	cr->mem_size = 0;
	CU(drv.MemAlloc(&cr->mem, need ? need : 1), "cuMemAlloc", "(workspace, inputs, outputs)");
	cr->mem_size = need;
	return VITRT_OK;
big:
	return rt_err(VITRT_ERR_ARG, "vitrt_run: device memory for batch %lld overflows",
	              (long long)batch);
error:
	cr->mem = 0;
	return s;
}

/*
 * The grid of launch "l" at "batch"; 0 when some axis has no work (the
 * kernel is skipped), -1 with the message set when it cannot be launched.
 */
static int launch_grid(RtCuda *cu, const vitrt_launch_info *l, int64_t batch, unsigned g[3])
{
	const uint32_t block[3] = {l->block_x, l->block_y, l->block_z};
	const uint32_t fixed[3] = {l->grid_x, l->grid_y, l->grid_z};
	const uint64_t limit[3] = {0x7fffffffu, 65535, 65535};

	for (int d = 0; d < 3; d++) {
		const vitrt_launch_extent *e = &l->items[d];
		int64_t num;
		uint64_t blocks;
		if (fixed[d]) {
			g[d] = fixed[d];
			continue;
		}
		if (!e->div) {
			g[d] = d ? 1 : DEFAULT_GRID;
			continue;
		}
		if (__builtin_mul_overflow(e->per_batch, batch, &num) ||
		    __builtin_add_overflow(num, e->fixed, &num))
			return rt_err(VITRT_ERR_ARG, "%s: kernel '%s': work items overflow at batch %lld",
			              cu->path, l->name, (long long)batch), -1;
		if (num <= 0 || num / e->div == 0)
			return 0;
		blocks = ((uint64_t)(num / e->div) + block[d] - 1) / block[d];
		if (blocks > limit[d] && l->mode != VITRT_LAUNCH_GRID_STRIDE)
			return rt_err(VITRT_ERR_ARG, "%s: kernel '%s' needs %llu blocks at batch %lld "
			              "(at most %llu)", cu->path, l->name, (unsigned long long)blocks,
			              (long long)batch, (unsigned long long)limit[d]), -1;
		g[d] = (unsigned)(blocks > limit[d] ? limit[d] : blocks);
	}
	return 1;
}

/* The device address parameter binding "b" stands for. */
static uint64_t bind(const RtCuda *cu, const RtCudaRun *cr, const vitrt_param_binding *b,
                     int64_t batch)
{
	switch (b->kind) {
	case VITRT_BIND_INPUT:
		return cr->mem + cr->in_off[b->index];
	case VITRT_BIND_OUTPUT:
		return cr->mem + cr->out_off[b->index];
	case VITRT_BIND_WEIGHTS:
		return cu->weights + b->offset;
	default:
		return cr->mem + b->offset + b->per_batch * (uint64_t)batch;
	}
}

vitrt_status rt_cuda_run(RtCuda *cu, RtCudaRun *cr, const vitrt_model_abi *a, int64_t batch,
                         uint64_t ws, const void *const *inputs, void *const *outputs,
                         void (*trace)(void *, int32_t, int32_t), void *trace_ctx)
{
	const vitrt_device_image *img = cu->img;
	vitrt_status s;
	char what[300];

	CU(drv.CtxSetCurrent(cu->ctx), "cuCtxSetCurrent", NULL);
	if ((s = device_memory(cu, cr, a, batch, ws)) != VITRT_OK)
		return s;
	for (int i = 0; i < a->n_inputs; i++) {
		snprintf(what, sizeof(what), "(input '%.200s')", a->inputs[i].name);
		CU(drv.MemcpyHtoD(cr->mem + cr->in_off[i], inputs[i],
		                  vitrt_tensor_bytes(&a->inputs[i], batch)), "cuMemcpyHtoD", what);
	}
	for (int k = 0; k < img->n_launches; k++) {
		const vitrt_launch_info *l = &img->launches[k];
		unsigned g[3];
		int go = launch_grid(cu, l, batch, g);
		if (go < 0)
			return VITRT_ERR_ARG;
		if (!go)
			continue;
		cr->vals[0] = 0;                 /* host: NULL on the device */
		cr->vals[1] = (uint64_t)batch;
		for (uint32_t i = 0; i < l->n_params; i++)
			cr->vals[2 + i] = bind(cu, cr, &l->params[i], batch);
		for (uint32_t i = 0; i < l->n_params + 2; i++)
			cr->args[i] = &cr->vals[i];
		cr->args[l->n_params + 2] = NULL; /* not needed by the driver; tools count on it */
		snprintf(what, sizeof(what), "%s (kernel %d '%.200s')", l->name, k,
		         a->kernel_names ? a->kernel_names[k] : "?");
		if (trace)
			trace(trace_ctx, k, 0);
		CU(drv.LaunchKernel(cu->fn[k], g[0], g[1], g[2], l->block_x, l->block_y, l->block_z,
		                    l->shared_bytes, cr->stream, cr->args, NULL), "cuLaunchKernel", what);
		if (trace) {
			CU(drv.StreamSynchronize(cr->stream), "cuStreamSynchronize", what);
			trace(trace_ctx, k, 1);
		}
	}
	CU(drv.StreamSynchronize(cr->stream), "cuStreamSynchronize", NULL);
	for (int i = 0; i < a->n_outputs; i++) {
		snprintf(what, sizeof(what), "(output '%.200s')", a->outputs[i].name);
		CU(drv.MemcpyDtoH(outputs[i], cr->mem + cr->out_off[i],
		                  vitrt_tensor_bytes(&a->outputs[i], batch)), "cuMemcpyDtoH", what);
	}
	return VITRT_OK;
error:
	return s;
}
