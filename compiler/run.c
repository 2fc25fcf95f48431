/*
 * run.c - `vitc run MODEL.so --input [NAME=]FILE.npy ... [-o OUT.npy |
 * --output-dir DIR] [--threads N] [--repeat N] [--device cpu|cuda[:N]]`:
 * run a compiled model (CPU or CUDA) on .npy inputs through libvitrt, and
 * save or summarize its outputs.
 */
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "compiler/cli.h"
#include "compiler/npy.h"
#include "runtime/vitrt.h"

typedef struct {
	const char *name;  /* NULL: the model's only input */
	const char *path;
	int index;         /* in the model's inputs */
	NpyArray arr;
} Input;

typedef struct {
	const char *model;
	Input *inputs;
	int n_inputs;
	const char *out_file, *out_dir;
	int threads, repeat;
	const char *device;  /* --device: cpu, cuda, cuda:N; NULL: what the .so is */
	int profile;         /* --profile: per-kernel times */
	const char *expect;  /* --expect: reference .npy for the first output */
	double tolerance;    /* --tolerance: max|diff| <= tolerance * max|ref| */
} Options;

/* Print "vitc run: <msg>" and return 1. */
static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...)
{
	va_list ap;

	fputs("vitc run: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 1;
}

/* Split "[NAME=]FILE"; a '/' before the '=' means it is all a path. */
static void add_input(Options *o, char *arg)
{
	Input *in = &o->inputs[o->n_inputs++];
	char *eq = strchr(arg, '=');

	memset(in, 0, sizeof(*in));
	in->index = -1;
	if (eq && eq != arg && !memchr(arg, '/', (size_t)(eq - arg))) {
		*eq = 0;
		in->name = arg;
		in->path = eq + 1;
	} else {
		in->path = arg;
	}
}

/* --input: one more [NAME=]FILE (o->inputs has room for every argument). */
static int set_input(void *o, const char *v, char *why, size_t len)
{
	(void)why, (void)len;
	add_input(o, (char *)v);
	return 0;
}

#define F(x) offsetof(Options, x)
static const OptSpec run_opts[] = {
	{"--input", NULL, "[NAME=]FILE.npy", OPT_CALL, .call = set_input, .flags = OPT_MANY,
	 .help = "an input; the name may be left out for a one-input model"},
	{"-o", NULL, "OUT.npy", OPT_STR, F(out_file),
	 .help = "write the (first) output to OUT.npy"},
	{"--output-dir", NULL, "DIR", OPT_STR, F(out_dir),
	 .help = "write every output to DIR/NAME.npy"},
	{"--threads", NULL, "N", OPT_INT, F(threads), 1, 1000000,
	 .help = "threads to run on (default: all usable CPUs; CUDA models: unused)"},
	{"--device", NULL, "cpu|cuda[:N]", OPT_STR, F(device),
	 .help = "where to run: the CPU, or CUDA device N (default 0, or $VITRT_CUDA_DEVICE); "
	         "default: what the model was compiled for"},
	{"--repeat", NULL, "N", OPT_INT, F(repeat), 1, 1000000,
	 .help = "time N runs after a warm-up; print the median and minimum"},
	{"--profile", NULL, NULL, OPT_FLAG, F(profile), .ival = 1,
	 .help = "print each kernel's time per run, slowest first"},
	{"--expect", NULL, "REF.npy", OPT_STR, F(expect),
	 .help = "compare the first output with REF: max|diff| <= T * max|ref|"},
	{"--tolerance", NULL, "T", OPT_DOUBLE, F(tolerance), 0, 1,
	 .help = "relative tolerance for --expect (default 1e-4)"},
	{NULL},
};
#undef F

const OptCommand cli_run_cmd = {
	.name = "run", .positional = "MODEL.so", .pos_off = offsetof(Options, model),
	.summary = "run a compiled model on .npy inputs",
	.about = "Load a compiled model with libvitrt, run it on .npy inputs and save or\n"
	         "summarize its outputs.",
	.notes = "Without -o or --output-dir, a summary of each output is printed.",
	.opts = run_opts,
};

/* Fill "o" from the command line; returns 0, -1 after --help, or 2 after a usage message. */
static int parse_args(int argc, char **argv, Options *o)
{
	int rc;

	memset(o, 0, sizeof(*o));
	o->tolerance = 1e-4;
	o->inputs = calloc((size_t)argc, sizeof(Input));
	if (!o->inputs)
		return fail("out of memory");
	if ((rc = cli_parse(&cli_run_cmd, argc, argv, o)) != 0)
		return rc == 1 ? -1 : rc;
	if (o->out_file && o->out_dir)
		return cli_usage_error("run", "-o and --output-dir exclude each other");
	if (o->device && strcmp(o->device, "cpu") && strcmp(o->device, "cuda") &&
	    (strncmp(o->device, "cuda:", 5) || !o->device[5] ||
	     strspn(o->device + 5, "0123456789") != strlen(o->device + 5) || strlen(o->device) > 12))
		return cli_usage_error("run", "--device must be cpu, cuda or cuda:N");
	return 0;
}

/* The model's shape of "t" as "[N,3,224,224]". */
static void model_shape(char *buf, size_t cap, const vitrt_tensor_info *t)
{
	npy_format_shape(buf, cap, t->rank, t->dims);
}

/*
 * Give every --input its model input: by name, or the only input when
 * unnamed.  Then check that each model input got exactly one file.
 */
static int match_inputs(VitrtModel *m, Options *o)
{
	int n = vitrt_model_num_inputs(m);
	char shape[256];

	for (int i = 0; i < o->n_inputs; i++) {
		Input *in = &o->inputs[i];
		if (!in->name && n != 1)
			return fail("%s: the model has %d inputs; name them: --input NAME=%s",
			            in->path, n, in->path);
		in->index = in->name ? vitrt_model_find_input(m, in->name) : 0;
		if (in->index < 0)
			return fail("the model has no input '%s' (%s)", in->name, in->path);
		for (int j = 0; j < i; j++)
			if (o->inputs[j].index == in->index)
				return fail("input '%s' is given twice (%s, %s)",
				            vitrt_model_input(m, in->index)->name,
				            o->inputs[j].path, in->path);
	}
	for (int k = 0; k < n; k++) {
		int found = 0;
		for (int i = 0; i < o->n_inputs; i++)
			found |= o->inputs[i].index == k;
		if (!found) {
			const vitrt_tensor_info *t = vitrt_model_input(m, k);
			model_shape(shape, sizeof(shape), t);
			return fail("missing input '%s' (%s%s): give --input %s=FILE.npy", t->name,
			            vitrt_dtype_name(t->dtype), shape, t->name);
		}
	}
	return 0;
}

/*
 * Read each input file and check it against the model: dtype, rank, the
 * fixed dims, and one batch size shared by every N dim.  Sets "*batch"
 * (1 when no input has an N dim).
 */
static int load_inputs(VitrtModel *m, Options *o, int64_t *batch)
{
	const char *batch_from = NULL;
	char want[256], got[256];
	VitcErr err;

	*batch = 1;
	for (int i = 0; i < o->n_inputs; i++) {
		Input *in = &o->inputs[i];
		const vitrt_tensor_info *t = vitrt_model_input(m, in->index);
		int ok;
		if (!npy_itemsize(t->dtype))
			return fail("input '%s' has dtype %s, which cannot come from a .npy file",
			            t->name, vitrt_dtype_name(t->dtype));
		if (npy_read(in->path, &in->arr, &err) != 0)
			return fail("%s", err.msg);
		if (in->arr.dtype != t->dtype)
			return fail("input '%s' (%s): dtype %s does not match %s", t->name, in->path,
			            vitrt_dtype_name(in->arr.dtype), vitrt_dtype_name(t->dtype));
		ok = in->arr.rank == t->rank;
		for (int d = 0; ok && d < t->rank; d++)
			ok = t->dims[d] == VITRT_DIM_N || t->dims[d] == in->arr.dims[d];
		npy_format_shape(got, sizeof(got), in->arr.rank, in->arr.dims);
		model_shape(want, sizeof(want), t);
		if (!ok)
			return fail("input '%s' (%s): shape %s does not match %s", t->name,
			            in->path, got, want);
		for (int d = 0; d < t->rank; d++) {
			int64_t v = in->arr.dims[d];
			if (t->dims[d] != VITRT_DIM_N)
				continue;
			if (v < 1 || v > VITRT_MAX_BATCH)
				return fail("input '%s' (%s): batch %lld is out of range 1..%lld",
				            t->name, in->path, (long long)v, (long long)VITRT_MAX_BATCH);
			if (batch_from && v != *batch)
				return fail("input '%s' (%s): batch %lld disagrees with batch %lld of '%s'",
				            t->name, in->path, (long long)v, (long long)*batch,
				            batch_from);
			*batch = v;
			batch_from = t->name;
		}
	}
	return 0;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/*
 * Run once, or (with --repeat N) once to warm up and then N timed runs,
 * printing "median X ms, min Y ms".
 */
static int run_model(VitrtContext *c, const Options *o, int64_t batch,
                     const void *const *in, void *const *out)
{
	double *t;

	if (vitrt_run(c, batch, in, out) != VITRT_OK)
		return fail("%s", vitrt_last_error());
	if (o->repeat < 1)
		return 0;
	t = malloc((size_t)o->repeat * sizeof(double));
	if (!t)
		return fail("out of memory");
	for (int i = 0; i < o->repeat; i++) {
		double t0 = now_ms();
		if (vitrt_run(c, batch, in, out) != VITRT_OK) {
			free(t);
			return fail("%s", vitrt_last_error());
		}
		t[i] = now_ms() - t0;
	}
	qsort(t, (size_t)o->repeat, sizeof(double), cmp_double);
	printf("median %.3f ms, min %.3f ms\n",
	       o->repeat % 2 ? t[o->repeat / 2] : (t[o->repeat / 2 - 1] + t[o->repeat / 2]) / 2,
	       t[0]);
	free(t);
	return 0;
}

/* Half to float (exact), for printing f16 outputs. */
static float half_to_float(uint16_t h)
{
	uint32_t sign = (uint32_t)(h & 0x8000) << 16, e = (h >> 10) & 0x1f, f = h & 0x3ff;
	uint32_t bits;
	float v;

	if (e == 0) {
		v = (float)f / 16777216.0f;  /* zero or subnormal: f * 2^-24 */
		return sign ? -v : v;
	}
	bits = sign | (e == 31 ? 0x7f800000u : (e + 112) << 23) | f << 13;
	memcpy(&v, &bits, sizeof(v));
	return v;
}

/* Element "i" of a buffer of "dtype" (one with a .npy itemsize) as a double. */
static double element(const void *p, int32_t dtype, uint64_t i)
{
	switch (dtype) {
	case VITRT_F32: return ((const float *)p)[i];
	case VITRT_F16: return half_to_float(((const uint16_t *)p)[i]);
	case VITRT_I64: return (double)((const int64_t *)p)[i];
	case VITRT_I32: return ((const int32_t *)p)[i];
	case VITRT_I16: return ((const int16_t *)p)[i];
	case VITRT_I8: return ((const int8_t *)p)[i];
	default: return ((const uint8_t *)p)[i];
	}
}

/*
 * How output "t" at "batch" is stored in a .npy file: its own dtype and
 * shape when .npy has the type, else raw bytes (u8, shape [bytes]).
 */
static void npy_view(const vitrt_tensor_info *t, int64_t batch, uint64_t bytes,
                     int32_t *dtype, int *rank, int64_t *dims)
{
	if (!npy_itemsize(t->dtype)) {
		*dtype = VITRT_U8;
		*rank = 1;
		dims[0] = (int64_t)bytes;
		return;
	}
	*dtype = t->dtype;
	*rank = t->rank;
	for (int d = 0; d < t->rank; d++)
		dims[d] = t->dims[d] == VITRT_DIM_N ? batch : t->dims[d];
}

/* Print an output's shape, its first values and, if 2-D, each row's argmax. */
static void summarize(const vitrt_tensor_info *t, int64_t batch, const void *p,
                      uint64_t bytes)
{
	int64_t dims[VITRT_MAX_RANK];
	int32_t dtype;
	int rank;
	uint64_t n;
	char shape[256];

	for (int d = 0; d < t->rank; d++)
		dims[d] = t->dims[d] == VITRT_DIM_N ? batch : t->dims[d];
	npy_format_shape(shape, sizeof(shape), t->rank, dims);
	if (!npy_itemsize(t->dtype)) {
		printf("%s: %s%s (%llu bytes, packed)\n", t->name, vitrt_dtype_name(t->dtype),
		       shape, (unsigned long long)bytes);
		return;
	}
	npy_view(t, batch, bytes, &dtype, &rank, dims);
	n = bytes / (uint64_t)npy_itemsize(dtype);
	printf("%s: %s%s:", t->name, vitrt_dtype_name(dtype), shape);
	for (uint64_t i = 0; i < n && i < 8; i++)
		printf(" %.6g", element(p, dtype, i));
	printf("%s\n", n > 8 ? " ..." : "");
	if (rank != 2 || dims[1] < 1)
		return;
	printf("  argmax per row:");
	for (int64_t r = 0; r < dims[0] && r < 16; r++) {
		int64_t best = 0;
		for (int64_t k = 1; k < dims[1]; k++)
			if (element(p, dtype, (uint64_t)(r * dims[1] + k)) >
			    element(p, dtype, (uint64_t)(r * dims[1] + best)))
				best = k;
		printf(" %lld", (long long)best);
	}
	printf("%s\n", dims[0] > 16 ? " ..." : "");
}

/* An output name made safe as a file name: [A-Za-z0-9._-], no leading dot. */
static void sanitize(char *dst, size_t cap, const char *name, int index)
{
	size_t n = 0;

	for (const char *s = name; *s && n + 1 < cap; s++) {
		char c = *s;
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		         (c >= '0' && c <= '9') || c == '_' || c == '-' || (c == '.' && n > 0);
		dst[n++] = ok ? c : '_';
	}
	dst[n] = 0;
	if (n == 0)
		snprintf(dst, cap, "output%d", index);
}

/* The model or --input file that "path" names (under any name or link), or NULL. */
static const char *same_file_as_input(const Options *o, const char *path)
{
	if (file_same(path, o->model))
		return o->model;
	for (int i = 0; i < o->n_inputs; i++)
		if (file_same(path, o->inputs[i].path))
			return o->inputs[i].path;
	return NULL;
}

/*
 * Write the outputs: the first to -o, or each to DIR/NAME.npy (made
 * unique with a "_<index>" suffix when two names sanitize alike).
 */
static int write_outputs(VitrtModel *m, const Options *o, int64_t batch,
                         void *const *out, const uint64_t *bytes)
{
	int n = vitrt_model_num_outputs(m);
	char (*names)[200] = calloc((size_t)n + 1, sizeof(*names));
	struct stat st;
	VitcErr err;
	int rc = 0;

	if (o->out_file && n > 1)
		n = 1;
	if (!names)
		return fail("out of memory");
	if (o->out_dir && mkdir(o->out_dir, 0777) != 0 &&
	    (errno != EEXIST || stat(o->out_dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
		free(names);
		return fail("%s: cannot create directory: %s", o->out_dir,
		            errno == EEXIST ? "a file is in the way" : strerror(errno));
	}
	for (int i = 0; i < n && rc == 0; i++) {
		const vitrt_tensor_info *t = vitrt_model_output(m, i);
		int64_t dims[VITRT_MAX_RANK];
		int32_t dtype;
		int rank;
		char path[4096];
		sanitize(names[i], 180, t->name, i);
		for (int j = 0; j < i; j++)
			if (!strcmp(names[i], names[j]))
				snprintf(names[i] + strlen(names[i]), 20, "_%d", i);
		if (o->out_file)
			snprintf(path, sizeof(path), "%s", o->out_file);
		else
			snprintf(path, sizeof(path), "%s/%s.npy", o->out_dir, names[i]);
		npy_view(t, batch, bytes[i], &dtype, &rank, dims);
		const char *in = same_file_as_input(o, path);
		if (in) {
			rc = fail("%s: the output is the same file as an input (%s); not overwriting it",
			          path, in);
			break;
		}
		if (npy_write(path, dtype, rank, dims, out[i], bytes[i], &err) != 0)
			rc = fail("%s", err.msg);
	}
	free(names);
	return rc;
}

static int by_seconds_desc(const void *a, const void *b)
{
	const vitrt_kernel_profile *x = a, *y = b;
	return (x->seconds < y->seconds) - (x->seconds > y->seconds);
}

/* --profile: the per-kernel table, slowest first, in ms per run. */
static void print_profile(VitrtContext *c)
{
	int n = vitrt_context_profile(c, NULL, 0);
	vitrt_kernel_profile *p = calloc((size_t)n + 1, sizeof(*p));
	double total = 0;

	if (!p)
		return;
	vitrt_context_profile(c, p, n);
	for (int i = 0; i < n; i++)
		total += p[i].seconds;
	qsort(p, (size_t)n, sizeof(*p), by_seconds_desc);
	printf("profile: %d kernels, %.3f ms per run in kernels\n", n,
	       n && p[0].calls ? 1e3 * total / (double)p[0].calls : 0.0);
	printf("  %9s %6s  %s\n", "ms/run", "%", "kernel");
	for (int i = 0; i < n; i++)
		if (p[i].calls)
			printf("  %9.4f %5.1f%%  %s\n", 1e3 * p[i].seconds / (double)p[i].calls,
			       total > 0 ? 100.0 * p[i].seconds / total : 0.0, p[i].name);
	free(p);
}

/*
 * --expect: compare the first output (f32) with a reference .npy: same
 * shape, and max|diff| <= tolerance * max|ref|.  Prints one line.
 */
static int check_expect(VitrtModel *m, const Options *o, int64_t batch, const float *got)
{
	const vitrt_tensor_info *t = vitrt_model_output(m, 0);
	NpyArray ref;
	VitcErr err;
	double maxref = 0, maxdiff = 0;

	if (t->dtype != VITRT_F32)
		return fail("--expect: output '%s' is %s, only f32 outputs can be compared",
		            t->name, vitrt_dtype_name(t->dtype));
	if (npy_read(o->expect, &ref, &err) != 0)
		return fail("%s", err.msg);
	int ok = ref.dtype == VITRT_F32 && ref.rank == t->rank;
	for (int d = 0; ok && d < t->rank; d++)
		ok = ref.dims[d] == (t->dims[d] == VITRT_DIM_N ? batch : t->dims[d]);
	if (!ok) {
		char want[256], have[256];
		int64_t dims[VITRT_MAX_RANK];
		for (int d = 0; d < t->rank; d++)
			dims[d] = t->dims[d] == VITRT_DIM_N ? batch : t->dims[d];
		npy_format_shape(want, sizeof(want), t->rank, dims);
		npy_format_shape(have, sizeof(have), ref.rank, ref.dims);
		npy_free(&ref);
		return fail("--expect %s: %s %s does not match output '%s' f32%s", o->expect,
		            vitrt_dtype_name(ref.dtype), have, t->name, want);
	}
	const float *r = ref.data;
	for (size_t i = 0; i < ref.nbytes / sizeof(float); i++) {
		double d = fabs((double)got[i] - (double)r[i]);
		if (fabs((double)r[i]) > maxref)
			maxref = fabs((double)r[i]);
		if (d > maxdiff || d != d)
			maxdiff = d != d ? INFINITY : d;
	}
	npy_free(&ref);
	ok = maxdiff <= o->tolerance * maxref;
	printf("output '%s': max |diff| %.3g, max |ref| %.3g, tolerance %.3g x max |ref|: %s\n",
	       t->name, maxdiff, maxref, o->tolerance, ok ? "ok" : "MISMATCH");
	return ok ? 0 : fail("output '%s' differs from %s", t->name, o->expect);
}

/*
 * With the model loaded: match and read the inputs, allocate the outputs,
 * run, and write or print the results.  Frees what it allocates.
 */
static int run_loaded(VitrtModel *m, Options *o)
{
	int n_in = vitrt_model_num_inputs(m), n_out = vitrt_model_num_outputs(m);
	const void **in = calloc((size_t)n_in + 1, sizeof(void *));
	void **out = calloc((size_t)n_out + 1, sizeof(void *));
	uint64_t *bytes = calloc((size_t)n_out + 1, sizeof(uint64_t));
	VitrtContext *c = NULL;
	int64_t batch;
	int rc;

	if (!in || !out || !bytes) {
		rc = fail("out of memory");
		goto done;
	}
	rc = match_inputs(m, o);
	if (rc == 0)
		rc = load_inputs(m, o, &batch);
	if (rc != 0)
		goto done;
	for (int i = 0; i < o->n_inputs; i++)
		in[o->inputs[i].index] = o->inputs[i].arr.data;
	for (int i = 0; i < n_out; i++) {
		bytes[i] = vitrt_tensor_bytes(vitrt_model_output(m, i), batch);
		if (!bytes[i] || bytes[i] > SIZE_MAX - 64 ||
		    posix_memalign(&out[i], 64, (size_t)bytes[i]) != 0) {
			out[i] = NULL;
			rc = fail("output '%s': cannot allocate it at batch %lld",
			          vitrt_model_output(m, i)->name, (long long)batch);
			goto done;
		}
	}
	c = vitrt_context_create(m, o->threads);
	if (!c) {
		rc = fail("%s", vitrt_last_error());
		goto done;
	}
	if (o->profile && vitrt_context_set_profiling(c, 1) != VITRT_OK) {
		rc = fail("%s", vitrt_last_error());
		goto done;
	}
	rc = run_model(c, o, batch, in, out);
	if (rc == 0 && o->profile)
		print_profile(c);
	if (rc == 0 && o->expect)
		rc = check_expect(m, o, batch, out[0]);
	if (rc == 0 && (o->out_file || o->out_dir))
		rc = write_outputs(m, o, batch, out, bytes);
	else if (rc == 0 && !o->expect)
		for (int i = 0; i < n_out; i++)
			summarize(vitrt_model_output(m, i), batch, out[i], bytes[i]);
done:
	vitrt_context_free(c);
	for (int i = 0; out && i < n_out; i++)
		free(out[i]);
	free(bytes);
	free(out);
	free(in);
	return rc;
}

int cmd_run(int argc, char **argv)
{
	Options o;
	VitrtModel *m = NULL;
	int rc;

	rc = parse_args(argc, argv, &o);
	if (rc == 0 && vitrt_model_load_device(o.model, o.device, &m) != VITRT_OK)
		rc = fail("%s", vitrt_last_error());
	if (rc == 0)
		rc = run_loaded(m, &o);
	vitrt_model_free(m);
	for (int i = 0; i < o.n_inputs; i++)
		npy_free(&o.inputs[i].arr);
	free(o.inputs);
	return rc < 0 ? 0 : rc;
}
