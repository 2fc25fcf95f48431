/*
 * parallel.c - the parallel for of ir/parallel.h (pthreads).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "ir/parallel.h"
#include "ir/util.h"

typedef struct {
	void (*fn)(void *arg, int i, int worker);
	void *arg;
	int n;
	atomic_int next;
} ParWork;

typedef struct {
	ParWork *w;
	int worker;
} ParThread;

int par_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

int par_threads(int n, int jobs)
{
	if (jobs <= 0)
		jobs = par_default_jobs();
	return jobs > n ? (n > 0 ? n : 1) : jobs;
}

/* Take indices until none is left. */
static void *par_worker(void *arg)
{
	ParThread *t = arg;
	int i;

	while ((i = atomic_fetch_add(&t->w->next, 1)) < t->w->n)
		t->w->fn(t->w->arg, i, t->worker);
	return NULL;
}

/*
 * Start threads 1 .. T-1, work as thread 0, join.  If a thread cannot be
 * started, the ones that did (and this one) do all the work.
 */
void par_for(int n, int jobs, void (*fn)(void *arg, int i, int worker), void *arg)
{
	int nt = par_threads(n, jobs), started = 0;
	ParWork w = {.fn = fn, .arg = arg, .n = n};
	pthread_t *th = xcalloc((size_t)nt + 1, sizeof(*th));
	ParThread *pt = xcalloc((size_t)nt + 1, sizeof(*pt));

	atomic_init(&w.next, 0);
	for (int i = 0; i < nt; i++)
		pt[i] = (ParThread){&w, i};
	for (int i = 1; i < nt; i++) {
		if (pthread_create(&th[i], NULL, par_worker, &pt[i]))
			break;
		started = i;
	}
	par_worker(&pt[0]);
	for (int i = 1; i <= started; i++)
		pthread_join(th[i], NULL);
	free(th);
	free(pt);
}
