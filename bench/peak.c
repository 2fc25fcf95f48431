/*
 * peak.c - the machine's arithmetic limits per core, measured: what the
 * benchmarks' "% of peak" columns divide by (issue 10: fp32 FMA; issue 11:
 * the int8 MAC limit).
 *
 *     cc -O2 -o peak bench/peak.c -lpthread && ./peak [THREADS]
 *
 * Each line is one instruction stream: 12 independent accumulators (6 for
 * the AVX2 integer streams, below; more
 * than latency x throughput on any x86 core of today; the loop over them
 * unrolled, so they stay in registers), so the loop runs
 * at the instruction's throughput; the figure is the best of 5 runs of
 * about 0.1 s each, per thread, times the threads (each pinned to its own
 * CPU when THREADS > 1).  Printed as JSON, one key per stream:
 *
 *   fp32_fma_zmm   vfmadd231ps zmm (AVX-512F): GFLOP/s (2 per lane)
 *   fp32_fma_ymm   vfmadd231ps ymm (FMA): GFLOP/s
 *   int8_vnni_zmm  vpdpbusd zmm (AVX512-VNNI): GMAC/s, u8 x s8 -> s32
 *   int8_vnni_ymm  vpdpbusd ymm (AVX-VNNI or AVX512-VNNI + VL): GMAC/s
 *   int8_avx2      vpmaddubsw + vpmaddwd (by 1) + vpaddd ymm (AVX2): GMAC/s,
 *                  the exact int32-sum form without VNNI
 *   s16_avx2       vpmaddwd + vpaddd ymm (AVX2): GMAC/s (s16 x s16 -> s32)
 *   int4_avx2      vpmaddubsw + vpaddw ymm (AVX2): GMAC/s, the products summed
 *                  in 16 bits: exact only for small factors (int4 weights,
 *                  lower/qdot.c's K_DOT_P16, whose widening by vpmaddwd every
 *                  8 steps this leaves out)
 *
 * A stream the CPU lacks is left out.  Compiled with per-function target
 * attributes, so one binary runs on AVX2-only and AVX-512 machines alike.
 */
#define _GNU_SOURCE
#include <immintrin.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define ACC 12

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Each stream: run "iters" loop trips, return a value that depends on every accumulator. */
__attribute__((target("avx512f"))) static float fma_zmm(long iters)
{
	__m512 a[ACC], b = _mm512_set1_ps(0.5f), c = _mm512_set1_ps(0.25f);
	for (int i = 0; i < ACC; i++)
		a[i] = _mm512_set1_ps((float)i);
	for (long n = 0; n < iters; n++)
#pragma GCC unroll 12
		for (int i = 0; i < ACC; i++)
			a[i] = _mm512_fmadd_ps(a[i], b, c);
	float r = 0;
	for (int i = 0; i < ACC; i++)
		r += _mm512_reduce_add_ps(a[i]);
	return r;
}

__attribute__((target("avx2,fma"))) static float fma_ymm(long iters)
{
	__m256 a[ACC], b = _mm256_set1_ps(0.5f), c = _mm256_set1_ps(0.25f);
	for (int i = 0; i < ACC; i++)
		a[i] = _mm256_set1_ps((float)i);
	for (long n = 0; n < iters; n++)
#pragma GCC unroll 12
		for (int i = 0; i < ACC; i++)
			a[i] = _mm256_fmadd_ps(a[i], b, c);
	float r = 0, t[8];
	for (int i = 0; i < ACC; i++) {
		_mm256_storeu_ps(t, a[i]);
		for (int j = 0; j < 8; j++)
			r += t[j];
	}
	return r;
}

__attribute__((target("avx512f,avx512vnni"))) static float vnni_zmm(long iters)
{
	__m512i a[ACC], x = _mm512_set1_epi8(3), y = _mm512_set1_epi8(-2);
	for (int i = 0; i < ACC; i++)
		a[i] = _mm512_set1_epi32(i);
	for (long n = 0; n < iters; n++)
#pragma GCC unroll 12
		for (int i = 0; i < ACC; i++)
			a[i] = _mm512_dpbusd_epi32(a[i], x, y);
	long r = 0;
	for (int i = 0; i < ACC; i++)
		r += _mm512_reduce_add_epi32(a[i]);
	return (float)r;
}

__attribute__((target("avx512f,avx512vl,avx512vnni"))) static float vnni_ymm(long iters)
{
	__m256i a[ACC], x = _mm256_set1_epi8(3), y = _mm256_set1_epi8(-2);
	for (int i = 0; i < ACC; i++)
		a[i] = _mm256_set1_epi32(i);
	for (long n = 0; n < iters; n++)
#pragma GCC unroll 12
		for (int i = 0; i < ACC; i++)
			a[i] = _mm256_dpbusd_epi32(a[i], x, y);
	int t[8];
	long r = 0;
	for (int i = 0; i < ACC; i++) {
		_mm256_storeu_si256((__m256i *)t, a[i]);
		for (int j = 0; j < 8; j++)
			r += t[j];
	}
	return (float)r;
}

/*
 * The AVX2 streams: without VNNI the products are separate instructions
 * whose inputs do not depend on the accumulators, so a compiler would
 * compute them once; each of the 6 accumulators gets its own input,
 * which an empty asm makes unknown again on every trip (6 inputs and 6
 * accumulators, all named variables, fit AVX2's 16 registers).
 */
#define ACC2 6

/* Sum the 8 lanes of each of a0..a5 (__m256i of int32). */
__attribute__((target("avx2"))) static float sum6(__m256i a0, __m256i a1, __m256i a2, __m256i a3,
                                                  __m256i a4, __m256i a5)
{
	__m256i v = _mm256_add_epi32(_mm256_add_epi32(_mm256_add_epi32(a0, a1), a2),
	                             _mm256_add_epi32(_mm256_add_epi32(a3, a4), a5));
	int t[8];
	long r = 0;
	_mm256_storeu_si256((__m256i *)t, v);
	for (int j = 0; j < 8; j++)
		r += t[j];
	return (float)r;
}

/* One trip of an AVX2 stream: hide x0..x5 from the compiler, then STEP each accumulator. */
#define HIDE(x) __asm__ volatile("" : "+x"(x))
#define TRIP(STEP)                                                                         \
	do {                                                                               \
		HIDE(x0); HIDE(x1); HIDE(x2); HIDE(x3); HIDE(x4); HIDE(x5);                \
		a0 = STEP(a0, x0), a1 = STEP(a1, x1), a2 = STEP(a2, x2);                   \
		a3 = STEP(a3, x3), a4 = STEP(a4, x4), a5 = STEP(a5, x5);                   \
	} while (0)

__attribute__((target("avx2"))) static float int8_avx2(long iters)
{
	__m256i y = _mm256_set1_epi8(-2), one = _mm256_set1_epi16(1);
	__m256i a0 = _mm256_set1_epi32(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
	__m256i x0 = _mm256_set1_epi8(1), x1 = _mm256_set1_epi8(2), x2 = _mm256_set1_epi8(3);
	__m256i x3 = _mm256_set1_epi8(4), x4 = _mm256_set1_epi8(5), x5 = _mm256_set1_epi8(6);
#define STEP8(a, x) _mm256_add_epi32(a, _mm256_madd_epi16(_mm256_maddubs_epi16(x, y), one))
	for (long n = 0; n < iters; n++)
		TRIP(STEP8);
	return sum6(a0, a1, a2, a3, a4, a5);
}

__attribute__((target("avx2"))) static float s16_avx2(long iters)
{
	__m256i y = _mm256_set1_epi16(-2);
	__m256i a0 = _mm256_set1_epi32(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
	__m256i x0 = _mm256_set1_epi16(1), x1 = _mm256_set1_epi16(2), x2 = _mm256_set1_epi16(3);
	__m256i x3 = _mm256_set1_epi16(4), x4 = _mm256_set1_epi16(5), x5 = _mm256_set1_epi16(6);
#define STEP16(a, x) _mm256_add_epi32(a, _mm256_madd_epi16(x, y))
	for (long n = 0; n < iters; n++)
		TRIP(STEP16);
	return sum6(a0, a1, a2, a3, a4, a5);
}

__attribute__((target("avx2"))) static float int4_avx2(long iters)
{
	__m256i y = _mm256_set1_epi8(-2);
	__m256i a0 = _mm256_set1_epi32(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
	__m256i x0 = _mm256_set1_epi8(1), x1 = _mm256_set1_epi8(2), x2 = _mm256_set1_epi8(3);
	__m256i x3 = _mm256_set1_epi8(4), x4 = _mm256_set1_epi8(5), x5 = _mm256_set1_epi8(6);
#define STEP4(a, x) _mm256_add_epi16(a, _mm256_maddubs_epi16(x, y))
	for (long n = 0; n < iters; n++)
		TRIP(STEP4);
	return sum6(a0, a1, a2, a3, a4, a5);
}

typedef struct {
	const char *name;
	float (*fn)(long);
	double per_trip; /* operations (flops or MACs) per loop trip */
	int ok;
} Stream;

typedef struct {
	const Stream *s;
	int cpu;
	long iters;
	double secs;
	volatile float sink;
} Job;

static void *run_job(void *arg)
{
	Job *j = arg;
	if (j->cpu >= 0) {
		cpu_set_t set;
		CPU_ZERO(&set);
		CPU_SET(j->cpu, &set);
		pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
	}
	double t0 = now();
	j->sink = j->s->fn(j->iters);
	j->secs = now() - t0;
	return NULL;
}

/* The stream's rate on "nt" threads: best of 5, operations per second summed over the threads. */
static double measure(const Stream *s, int nt)
{
	long iters = 1000;
	Job jobs[64];
	pthread_t th[64];
	double best = 0;

	/* calibrate: about 0.1 s per run */
	for (;;) {
		double t0 = now();
		(void)s->fn(iters);
		if (now() - t0 > 0.02)
			break;
		iters *= 4;
	}
	iters *= 5;
	for (int r = 0; r < 5; r++) {
		double slowest = 0;
		for (int t = 0; t < nt; t++) {
			jobs[t] = (Job){.s = s, .cpu = nt > 1 ? t : -1, .iters = iters};
			pthread_create(&th[t], NULL, run_job, &jobs[t]);
		}
		for (int t = 0; t < nt; t++) {
			pthread_join(th[t], NULL);
			if (jobs[t].secs > slowest)
				slowest = jobs[t].secs;
		}
		double rate = (double)nt * (double)iters * s->per_trip / slowest;
		if (rate > best)
			best = rate;
	}
	return best;
}

int main(int argc, char **argv)
{
	int nt = argc > 1 ? atoi(argv[1]) : 1;
	if (nt < 1 || nt > 64) {
		fprintf(stderr, "peak: THREADS must be 1..64\n");
		return 2;
	}
	__builtin_cpu_init();
	int avx512 = __builtin_cpu_supports("avx512f");
	int vnni = avx512 && __builtin_cpu_supports("avx512vnni");
	int vl = avx512 && __builtin_cpu_supports("avx512vl");
	int avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
	Stream s[] = {
		{"fp32_fma_zmm", fma_zmm, ACC * 16 * 2.0, avx512},
		{"fp32_fma_ymm", fma_ymm, ACC * 8 * 2.0, avx2},
		{"int8_vnni_zmm", vnni_zmm, ACC * 64.0, vnni},
		{"int8_vnni_ymm", vnni_ymm, ACC * 32.0, vnni && vl},
		{"int8_avx2", int8_avx2, ACC2 * 32.0, avx2},
		{"s16_avx2", s16_avx2, ACC2 * 16.0, avx2},
		{"int4_avx2", int4_avx2, ACC2 * 32.0, avx2},
	};
	int first = 1;
	printf("{\"threads\": %d", nt);
	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
		if (!s[i].ok)
			continue;
		printf(", \"%s\": %.1f", s[i].name, measure(&s[i], nt) / 1e9);
		first = 0;
	}
	printf("}\n");
	return first ? 1 : 0;
}
