/*
 * pool.c - the thread pool behind vitrt_host.parallel_for.
 *
 * A pool of T threads is T - 1 workers plus whichever thread calls
 * parallel_for.  parallel_for(n) cuts [0, n) into k = min(n, T) contiguous
 * chunks whose sizes differ by at most one (chunk i starts at
 * i * (n / k) + min(i, n % k)).  The boundaries depend only on n and T,
 * never on timing; which thread runs which chunk does.
 *
 * One atomic word holds the job's generation and the index of the next
 * unclaimed chunk.  Every thread, the caller included, claims chunks by
 * compare-and-swap on that word, so a claim made with a stale generation
 * fails, and the caller never waits for a worker that has not started:
 * if the workers are slow to wake (or descheduled on a busy machine), the
 * caller runs their chunks itself.  It waits only for chunks in progress,
 * counted in "done".  The job's fields are relaxed atomics, written before
 * the word is published and read before a claim that validates them.
 *
 * Idle workers spin on the word for a short while and then sleep on a
 * condition variable, so back-to-back kernels of one run hand over without
 * a system call.  "sleepers" / "caller_waiting" pair with "word" / "done"
 * (sequentially consistent on both sides), so the mutex is only taken
 * when somebody sleeps.
 *
 * A parallel_for called from inside a chunk (nested) runs its chunks
 * inline on the calling thread, in order.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/internal.h"

#define WORD_INDEX 0xffffu               /* next chunk to claim */
#define WORD_SHUTDOWN ((uint64_t)1 << 16)
#define WORD_GEN_SHIFT 17                /* the rest: the job's generation */
#define SPIN_NS 100000                   /* spin this long before sleeping */

struct RtPool {
	int nthreads;
	int started;               /* workers running */
	long spin_ns;
	pthread_t *threads;
	pthread_mutex_t mu;
	pthread_cond_t wake;       /* workers wait for a new generation */
	pthread_cond_t finished;   /* the caller waits for done == nchunks */

	_Atomic(vitrt_task_fn) body;  /* the current job */
	_Atomic(void *) closure;
	atomic_int_fast64_t n, nchunks;

	_Alignas(64) atomic_uint_fast64_t word;
	_Alignas(64) atomic_int_fast64_t done;
	atomic_int sleepers;
	atomic_int caller_waiting;
};

static _Thread_local int in_task;

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#endif
}

static long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

/* Call after each spin; says when "p->spin_ns" have passed since the first. */
static int spun_out(const RtPool *p, unsigned spins, long *deadline)
{
	long t;

	if (spins & 63)
		return 0;
	t = now_ns();
	if (!*deadline)
		*deadline = t + p->spin_ns;
	return t > *deadline;
}

static inline int64_t chunk_begin(int64_t n, int64_t k, int64_t i)
{
	return i * (n / k) + (i < n % k ? i : n % k);
}

/*
 * Claim and run chunks while the word "w" (as last seen) offers one.
 * Returns the word that showed no chunk left (or shutdown).
 */
static uint64_t work(RtPool *p, uint64_t w)
{
	in_task++;
	while (!(w & WORD_SHUTDOWN)) {
		vitrt_task_fn body = atomic_load_explicit(&p->body, memory_order_relaxed);
		void *closure = atomic_load_explicit(&p->closure, memory_order_relaxed);
		int64_t n = atomic_load_explicit(&p->n, memory_order_relaxed);
		int64_t k = atomic_load_explicit(&p->nchunks, memory_order_relaxed);
		int64_t i = (int64_t)(w & WORD_INDEX);
		if (i >= k)
			break;
		if (!atomic_compare_exchange_weak(&p->word, &w, w + 1))
			continue;
		body(closure, chunk_begin(n, k, i), chunk_begin(n, k, i + 1));
		if (atomic_fetch_add(&p->done, 1) + 1 == k && atomic_load(&p->caller_waiting)) {
			pthread_mutex_lock(&p->mu);
			pthread_cond_signal(&p->finished);
			pthread_mutex_unlock(&p->mu);
		}
		w = atomic_load(&p->word);
	}
	in_task--;
	return w;
}

/* Wait for a word of another generation than "gen" (or shutdown). */
static uint64_t wait_job(RtPool *p, uint64_t gen)
{
	uint64_t w;
	long deadline = 0;

	for (unsigned spins = 0; p->spin_ns > 0; spins++) {
		w = atomic_load(&p->word);
		if ((w >> WORD_GEN_SHIFT) != gen || (w & WORD_SHUTDOWN))
			return w;
		if (spun_out(p, spins, &deadline))
			break;
		cpu_relax();
	}
	pthread_mutex_lock(&p->mu);
	atomic_fetch_add(&p->sleepers, 1);
	while (w = atomic_load(&p->word),
	       (w >> WORD_GEN_SHIFT) == gen && !(w & WORD_SHUTDOWN))
		pthread_cond_wait(&p->wake, &p->mu);
	atomic_fetch_sub(&p->sleepers, 1);
	pthread_mutex_unlock(&p->mu);
	return w;
}

static void *worker_main(void *arg)
{
	RtPool *p = arg;
	uint64_t w = 0;

	for (;;) {
		w = wait_job(p, w >> WORD_GEN_SHIFT);
		w = work(p, w);
		if (w & WORD_SHUTDOWN)
			return NULL;
	}
}

/* The caller's side of a job: wait until all "k" chunks are done. */
static void wait_done(RtPool *p, int64_t k)
{
	long deadline = 0;

	for (unsigned spins = 0; p->spin_ns > 0; spins++) {
		if (atomic_load(&p->done) == k)
			return;
		if (spun_out(p, spins, &deadline))
			break;
		cpu_relax();
	}
	pthread_mutex_lock(&p->mu);
	atomic_store(&p->caller_waiting, 1);
	while (atomic_load(&p->done) != k)
		pthread_cond_wait(&p->finished, &p->mu);
	atomic_store(&p->caller_waiting, 0);
	pthread_mutex_unlock(&p->mu);
}

/* Publish "w" to the workers, waking the ones that sleep. */
static void publish(RtPool *p, uint64_t w)
{
	atomic_store(&p->word, w);
	if (atomic_load(&p->sleepers) > 0) {
		pthread_mutex_lock(&p->mu);
		pthread_cond_broadcast(&p->wake);
		pthread_mutex_unlock(&p->mu);
	}
}

/*
 * Run body over [0, n) in chunks (see the file comment).  Runs inline when
 * there is one chunk, or when called from inside a chunk of any pool.
 */
void rt_parallel_for(void *pool, int64_t n, vitrt_task_fn body, void *closure)
{
	RtPool *p = pool;
	uint64_t w;
	int64_t k;

	if (n <= 0)
		return;
	k = n < p->nthreads ? n : p->nthreads;
	if (k == 1 || in_task) {
		for (int64_t i = 0; i < k; i++)
			body(closure, chunk_begin(n, k, i), chunk_begin(n, k, i + 1));
		return;
	}
	atomic_store_explicit(&p->body, body, memory_order_relaxed);
	atomic_store_explicit(&p->closure, closure, memory_order_relaxed);
	atomic_store_explicit(&p->n, n, memory_order_relaxed);
	atomic_store_explicit(&p->nchunks, k, memory_order_relaxed);
	atomic_store_explicit(&p->done, 0, memory_order_relaxed);
	w = ((atomic_load(&p->word) >> WORD_GEN_SHIFT) + 1) << WORD_GEN_SHIFT;
	publish(p, w);
	work(p, w);
	wait_done(p, k);
}

/* Stop and join the running workers, then free "p". */
void rt_pool_free(RtPool *p)
{
	if (!p)
		return;
	if (p->started > 0)
		publish(p, atomic_load(&p->word) | WORD_SHUTDOWN);
	for (int i = 0; i < p->started; i++)
		pthread_join(p->threads[i], NULL);
	pthread_cond_destroy(&p->finished);
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->mu);
	free(p->threads);
	free(p);
}

/*
 * A pool of "nthreads" (1..VITRT_MAX_THREADS) threads.  Workers block all
 * signals so that they are delivered to the application's threads.  When
 * the pool has more threads than there are CPUs, nobody spins.
 */
RtPool *rt_pool_create(int nthreads)
{
	RtPool *p = calloc(1, sizeof(*p));
	sigset_t all, old;
	int e = 0;

	if (!p || (nthreads > 1 && !(p->threads = calloc((size_t)nthreads - 1,
	                                                   sizeof(pthread_t))))) {
		free(p);
		rt_err(VITRT_ERR_NOMEM, "vitrt_context_create: out of memory");
		return NULL;
	}
	p->nthreads = nthreads;
	p->spin_ns = nthreads <= rt_cpu_count() ? SPIN_NS : 0;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->wake, NULL);
	pthread_cond_init(&p->finished, NULL);
	atomic_init(&p->body, NULL);
	atomic_init(&p->closure, NULL);
	atomic_init(&p->n, 0);
	atomic_init(&p->nchunks, 0);
	atomic_init(&p->word, 0);
	atomic_init(&p->done, 0);
	atomic_init(&p->sleepers, 0);
	atomic_init(&p->caller_waiting, 0);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (int i = 0; i < nthreads - 1 && !e; i++) {
		e = pthread_create(&p->threads[i], NULL, worker_main, p);
		if (!e)
			p->started++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e) {
		int failed = p->started + 2;
		rt_pool_free(p);
		rt_err(VITRT_ERR_NOMEM, "vitrt_context_create: cannot start thread %d of %d: %s",
		       failed, nthreads, strerror(e));
		return NULL;
	}
	return p;
}

int rt_pool_threads(const RtPool *p)
{
	return p->nthreads;
}
