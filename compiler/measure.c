/*
 * measure.c - compile a small graph for this host and time it with the
 * runtime on one thread: the measurements `vitc inspect` (MoE experts) and
 * `vitc quantize` (a shift linear's realization) make.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "backends/backend.h"
#include "compiler/driver.h"
#include "compiler/measure.h"
#include "runtime/vitrt.h"

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int measure_graph(const char *dir, const char *tag, const char *text, const char *wpath,
                  int64_t R, int64_t K, int i8, double *sec, VitcErr *err)
{
	char js[PATH_MAX + 32], so[PATH_MAX + 32];
	VitrtModel *m = NULL;
	VitrtContext *c = NULL;
	void *x = NULL;
	void *y = NULL;
	int rc = -1;
	snprintf(js, sizeof(js), "%s/%s.json", dir, tag);
	snprintf(so, sizeof(so), "%s/%s.so", dir, tag);
	file_temp_register(js);
	file_temp_register(so);
	CompileOptions co = {.model = js, .output = so, .weights = wpath,
	                     .opt_level = CG_DEFAULT_OPT_LEVEL, .fuse = 1, .jobs = 1};
	if (file_write_atomic(js, text, strlen(text), err) || driver_compile(&co, err))
		goto done;
	if (vitrt_model_load(so, &m) != VITRT_OK || !(c = vitrt_context_create(m, 1))) {
		vitc_errf(err, "timing %s: %s", tag, vitrt_last_error());
		goto done;
	}
	x = xmalloc(sizeof(float) * (size_t)(R * K) + 1);
	for (int64_t i = 0; i < R * K; i++) {   /* any values: the kernels do not branch on them */
		int v = (int)((i * 7919) % 255) - 127;
		if (i8)
			((int8_t *)x)[i] = (int8_t)v;
		else
			((float *)x)[i] = (float)v / 64.0f;
	}
	y = xmalloc(vitrt_tensor_bytes(vitrt_model_output(m, 0), 1) + 1);
	const void *in[1] = {x};
	void *out[1] = {y};
	double r[MEASURE_ROUNDS], t0 = now_s();
	int reps = 0;
	do {                                     /* warm up and size a round */
		if (vitrt_run(c, 1, in, out) != VITRT_OK)
			goto run_err;
		reps++;
	} while (now_s() - t0 < MEASURE_ROUND_S);
	for (int i = 0; i < MEASURE_ROUNDS; i++) {
		t0 = now_s();
		for (int k = 0; k < reps; k++)
			if (vitrt_run(c, 1, in, out) != VITRT_OK)
				goto run_err;
		r[i] = (now_s() - t0) / reps;
	}
	qsort(r, MEASURE_ROUNDS, sizeof(double), cmp_double);
	*sec = r[MEASURE_ROUNDS / 2];
	rc = 0;
	goto done;
run_err:
	vitc_errf(err, "timing %s: %s", tag, vitrt_last_error());
done:
	free(x);
	free(y);
	vitrt_context_free(c);
	vitrt_model_free(m);
	unlink(js);
	unlink(so);
	file_temp_forget(js);
	file_temp_forget(so);
	return rc;
}

/* Rows of one image of x [.., K]: the product of its fixed dims but the last. */
int64_t measure_image_rows(const Shape *s)
{
	int64_t r = 1;
	for (int d = 0; d < s->rank - 1; d++)
		if (!ir_dim_is_batch(s->d[d]))
			r *= s->d[d];
	return r;
}
