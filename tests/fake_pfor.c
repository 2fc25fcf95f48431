/*
 * fake_pfor.c - a fake model that probes host->parallel_for for the tests.
 *
 * Input cfg i64[3] = {n, nested, status}: one parallel_for over [0, n)
 * (n <= 1024) whose body counts each index it gets in hits[i]; with
 * "nested", every index also runs an inner parallel_for of 2 that adds 2
 * more.  A nonzero "status" is returned as the run's result.
 * Outputs: hits i32[1024], and info i64[5] = {body calls, smallest chunk,
 * largest chunk, out-of-range chunks, host->nthreads}.
 */
#include <stdint.h>
#include <string.h>

#include "runtime/vitrt_abi.h"

#define MAX_N 1024
#define FAKE_WAIT (-7777) /* cfg[2]: spin until cfg[1] becomes nonzero */

typedef struct {
	const vitrt_host *host;
	int64_t n, nested;
	int32_t *hits;
	int64_t *info;
} Probe;

typedef struct {
	Probe *p;
	int64_t i;
} Inner;

static void inner(void *closure, int64_t b, int64_t e)
{
	Inner *in = closure;

	__atomic_add_fetch(&in->p->hits[in->i], (int32_t)(e - b), __ATOMIC_RELAXED);
}

static void atomic_min(int64_t *p, int64_t v)
{
	int64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);

	while (v < old && !__atomic_compare_exchange_n(p, &old, v, 0, __ATOMIC_RELAXED,
	                                               __ATOMIC_RELAXED))
		;
}

static void atomic_max(int64_t *p, int64_t v)
{
	int64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);

	while (v > old && !__atomic_compare_exchange_n(p, &old, v, 0, __ATOMIC_RELAXED,
	                                               __ATOMIC_RELAXED))
		;
}

static void body(void *closure, int64_t b, int64_t e)
{
	Probe *p = closure;

	__atomic_add_fetch(&p->info[0], 1, __ATOMIC_RELAXED);
	if (b < 0 || e > p->n || b >= e) {
		__atomic_add_fetch(&p->info[3], 1, __ATOMIC_RELAXED);
		return;
	}
	atomic_min(&p->info[1], e - b);
	atomic_max(&p->info[2], e - b);
	for (int64_t i = b; i < e; i++) {
		__atomic_add_fetch(&p->hits[i], 1, __ATOMIC_RELAXED);
		if (p->nested) {
			Inner in = {p, i};
			p->host->parallel_for(p->host->pool, 2, inner, &in);
		}
	}
}

static int32_t run(const vitrt_host *host, void *const *in, void *const *out,
                   void *ws, int64_t batch)
{
	const int64_t *cfg = in[0];
	Probe p = {host, cfg[0], cfg[1], out[0], out[1]};

	if (cfg[2] == FAKE_WAIT) {
		/* Hold the run until the caller sets cfg[1]; say so in info[4]. */
		__atomic_store_n(&p.info[4], 1, __ATOMIC_RELEASE);
		while (!__atomic_load_n((int64_t *)&cfg[1], __ATOMIC_ACQUIRE))
			;
		return 0;
	}
	if (cfg[2] != 0)
		return (int32_t)cfg[2];
	if (p.n > MAX_N)
		return 1;
	memset(p.hits, 0, MAX_N * sizeof(int32_t));
	p.info[0] = 0;
	p.info[1] = INT64_MAX;
	p.info[2] = 0;
	p.info[3] = 0;
	p.info[4] = host->nthreads;
	host->parallel_for(host->pool, p.n, body, &p);
	return 0;
}

static const vitrt_tensor_info inputs[] = {
	{"cfg", VITRT_I64, 1, {3}},
};
static const vitrt_tensor_info outputs[] = {
	{"hits", VITRT_I32, 1, {MAX_N}},
	{"info", VITRT_I64, 1, {5}},
};

__attribute__((visibility("default"))) const vitrt_model_abi vitc_model_v1 = {
	.magic = VITRT_MAGIC,
	.abi_version = VITRT_ABI_VERSION,
	.vitc_version = "fake",
	.target = "x86_64",
	.cpu = "generic",
	.features = "",
	.n_inputs = 1,
	.n_outputs = 2,
	.inputs = inputs,
	.outputs = outputs,
	.run = run,
};
