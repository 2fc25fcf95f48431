/*
 * pool.c - the thread pool behind vitrt_host.parallel_for.
 *
 * A pool of T threads is T - 1 workers plus whichever thread calls
 * parallel_for.  parallel_for(n) cuts [0, n) into k = min(n, T) contiguous
 * chunks whose sizes differ by at most one (chunk i starts at
 * i * (n / k) + min(i, n % k)); the calling thread and k - 1 workers take
 * chunks from a shared counter until none is left, so a late worker costs
 * nothing but its own wake-up.  The chunk boundaries depend only on n and
 * T, never on timing.
 *
 * A job is published by bumping a sequence word (which also says how many
 * workers take part); workers spin on it for a short while and then sleep
 * on a condition variable, so back-to-back kernels of one run hand over
 * without a system call.  The "sleepers" and "caller_waiting" counters
 * are paired with the word and "pending" (sequentially consistent on
 * both sides) so that the mutex is only taken when somebody sleeps.
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

#define WORD_WORKERS 0xffffu             /* workers taking part in the job */
#define WORD_SHUTDOWN ((uint64_t)1 << 16)
#define WORD_SEQ ((uint64_t)1 << 17)     /* one job */
#define SPIN_NS 100000                   /* spin this long before sleeping */

typedef struct {
	RtPool *pool;
	int id;  /* 1 .. nthreads - 1 */
	pthread_t thread;
} Worker;

struct RtPool {
	int nthreads;
	int started;           /* workers running */
	long spin_ns;
	Worker *workers;
	pthread_mutex_t mu;
	pthread_cond_t wake;   /* workers wait for a new word */
	pthread_cond_t done;   /* the caller waits for pending == 0 */

	vitrt_task_fn body;    /* the current job, valid while pending > 0 */
	void *closure;
	int64_t n, nchunks;

	_Alignas(64) atomic_uint_fast64_t word;
	_Alignas(64) atomic_int_fast64_t next;
	_Alignas(64) atomic_int pending;
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

static inline int64_t chunk_begin(int64_t n, int64_t k, int64_t i)
{
	return i * (n / k) + (i < n % k ? i : n % k);
}

/* Take chunks of the current job until none is left. */
static void run_chunks(RtPool *p)
{
	int64_t i;

	in_task++;
	while ((i = atomic_fetch_add_explicit(&p->next, 1, memory_order_relaxed)) < p->nchunks)
		p->body(p->closure, chunk_begin(p->n, p->nchunks, i),
		        chunk_begin(p->n, p->nchunks, i + 1));
	in_task--;
}

/* Wait until the pool's word differs from "seen"; spin first, then sleep. */
static uint64_t wait_word(RtPool *p, uint64_t seen)
{
	uint64_t w;
	long deadline = 0;

	for (unsigned spins = 0; p->spin_ns > 0; spins++) {
		w = atomic_load(&p->word);
		if (w != seen)
			return w;
		if ((spins & 63) == 0) {
			long t = now_ns();
			if (!deadline)
				deadline = t + p->spin_ns;
			else if (t > deadline)
				break;
		}
		cpu_relax();
	}
	pthread_mutex_lock(&p->mu);
	atomic_fetch_add(&p->sleepers, 1);
	while ((w = atomic_load(&p->word)) == seen)
		pthread_cond_wait(&p->wake, &p->mu);
	atomic_fetch_sub(&p->sleepers, 1);
	pthread_mutex_unlock(&p->mu);
	return w;
}

static void *worker_main(void *arg)
{
	Worker *me = arg;
	RtPool *p = me->pool;
	uint64_t seen = 0;

	for (;;) {
		seen = wait_word(p, seen);
		if (seen & WORD_SHUTDOWN)
			return NULL;
		if ((unsigned)me->id > (seen & WORD_WORKERS))
			continue;
		run_chunks(p);
		if (atomic_fetch_sub(&p->pending, 1) == 1 &&
		    atomic_load(&p->caller_waiting)) {
			pthread_mutex_lock(&p->mu);
			pthread_cond_signal(&p->done);
			pthread_mutex_unlock(&p->mu);
		}
	}
}

/* The caller's side of a job: wait until every taking-part worker is done. */
static void wait_pending(RtPool *p)
{
	long deadline = 0;

	for (unsigned spins = 0; p->spin_ns > 0; spins++) {
		if (atomic_load(&p->pending) == 0)
			return;
		if ((spins & 63) == 0) {
			long t = now_ns();
			if (!deadline)
				deadline = t + p->spin_ns;
			else if (t > deadline)
				break;
		}
		cpu_relax();
	}
	pthread_mutex_lock(&p->mu);
	atomic_store(&p->caller_waiting, 1);
	while (atomic_load(&p->pending) != 0)
		pthread_cond_wait(&p->done, &p->mu);
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
	int64_t k;

	if (n <= 0)
		return;
	k = n < p->nthreads ? n : p->nthreads;
	if (k == 1 || in_task) {
		for (int64_t i = 0; i < k; i++)
			body(closure, chunk_begin(n, k, i), chunk_begin(n, k, i + 1));
		return;
	}
	p->body = body;
	p->closure = closure;
	p->n = n;
	p->nchunks = k;
	atomic_store_explicit(&p->next, 0, memory_order_relaxed);
	atomic_store(&p->pending, (int)(k - 1));
	publish(p, ((atomic_load(&p->word) & ~(WORD_SEQ - 1)) + WORD_SEQ) |
	           (uint64_t)(k - 1));
	run_chunks(p);
	wait_pending(p);
}

/* Stop and join the running workers, then free "p". */
void rt_pool_free(RtPool *p)
{
	if (!p)
		return;
	if (p->started > 0)
		publish(p, atomic_load(&p->word) | WORD_SHUTDOWN);
	for (int i = 0; i < p->started; i++)
		pthread_join(p->workers[i].thread, NULL);
	pthread_cond_destroy(&p->done);
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->mu);
	free(p->workers);
	free(p);
}

/*
 * A pool of "nthreads" (1..VITRT_MAX_THREADS) threads.  Workers block all
 * signals so that they are delivered to the application's threads.  When
 * the pool has more threads than there are CPUs, workers do not spin.
 */
RtPool *rt_pool_create(int nthreads)
{
	RtPool *p = calloc(1, sizeof(*p));
	sigset_t all, old;
	int e = 0;

	if (!p || (nthreads > 1 && !(p->workers = calloc((size_t)nthreads - 1,
	                                                   sizeof(Worker))))) {
		free(p);
		rt_err(VITRT_ERR_NOMEM, "vitrt_context_create: out of memory");
		return NULL;
	}
	p->nthreads = nthreads;
	p->spin_ns = nthreads <= rt_cpu_count() ? SPIN_NS : 0;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->wake, NULL);
	pthread_cond_init(&p->done, NULL);
	atomic_init(&p->word, 0);
	atomic_init(&p->next, 0);
	atomic_init(&p->pending, 0);
	atomic_init(&p->sleepers, 0);
	atomic_init(&p->caller_waiting, 0);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (int i = 0; i < nthreads - 1 && !e; i++) {
		p->workers[i].pool = p;
		p->workers[i].id = i + 1;
		e = pthread_create(&p->workers[i].thread, NULL, worker_main, &p->workers[i]);
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
