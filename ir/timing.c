/*
 * timing.c - the compile time report (ir/timing.h).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ir/timing.h"
#include "ir/util.h"

typedef struct {
	char *name;
	double wall, cpu;
} TimeEntry;

typedef struct {
	TimeEntry *e;
	int n, cap;
} TimeList;

struct TimeReport {
	pthread_mutex_t lock;
	TimePoint start, open_at;
	char *open;              /* the stage being timed, or NULL */
	TimeList stages;
	TimeList details;
	TimeList kernels[TIMING_N_KINDS];
};

static double ts_sec(const struct timespec *ts)
{
	return (double)ts->tv_sec + (double)ts->tv_nsec * 1e-9;
}

TimePoint timing_now(void)
{
	struct timespec w, c;
	clock_gettime(CLOCK_MONOTONIC, &w);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c);
	return (TimePoint){ts_sec(&w), ts_sec(&c)};
}

double timing_thread_cpu(void)
{
	struct timespec c;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
	return ts_sec(&c);
}

TimeReport *timing_new(void)
{
	TimeReport *t = xcalloc(1, sizeof(*t));
	pthread_mutex_init(&t->lock, NULL);
	t->start = timing_now();
	return t;
}

static void list_add(TimeList *l, const char *name, double wall, double cpu)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->e = xrealloc(l->e, (size_t)l->cap * sizeof(*l->e));
	}
	l->e[l->n++] = (TimeEntry){xstrdup(name), wall, cpu};
}

static void list_free(TimeList *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->e[i].name);
	free(l->e);
}

void timing_free(TimeReport *t)
{
	if (!t)
		return;
	list_free(&t->stages);
	list_free(&t->details);
	for (int k = 0; k < TIMING_N_KINDS; k++)
		list_free(&t->kernels[k]);
	free(t->open);
	pthread_mutex_destroy(&t->lock);
	free(t);
}

void timing_stage(TimeReport *t, const char *name)
{
	TimePoint now;

	if (!t)
		return;
	now = timing_now();
	if (t->open) {
		list_add(&t->stages, t->open, now.wall - t->open_at.wall, now.cpu - t->open_at.cpu);
		free(t->open);
		t->open = NULL;
	}
	if (name) {
		t->open = xstrdup(name);
		t->open_at = now;
	}
}

void timing_add_stage(TimeReport *t, const char *name, double wall, double cpu)
{
	if (t)
		list_add(&t->stages, name, wall, cpu);
}

void timing_kernel(TimeReport *t, int kind, const char *name, double wall, double cpu)
{
	if (!t || kind < 0 || kind >= TIMING_N_KINDS)
		return;
	pthread_mutex_lock(&t->lock);
	list_add(&t->kernels[kind], name, wall, cpu);
	pthread_mutex_unlock(&t->lock);
}

void timing_detail(TimeReport *t, const char *name, double wall, double cpu)
{
	int i;

	if (!t)
		return;
	pthread_mutex_lock(&t->lock);
	for (i = 0; i < t->details.n && strcmp(t->details.e[i].name, name); i++)
		;
	if (i == t->details.n)
		list_add(&t->details, name, 0, 0);
	t->details.e[i].wall += wall;
	t->details.e[i].cpu += cpu;
	pthread_mutex_unlock(&t->lock);
}

/* Slowest first by wall time. */
static int by_wall(const void *a, const void *b)
{
	const TimeEntry *x = a, *y = b;
	return (x->wall < y->wall) - (x->wall > y->wall);
}

/*
 * Print the stages (wall, CPU, CPU/wall) and their total against the
 * time since timing_new, then for each kind the count, the sum and the
 * ten kernels with the most wall time.
 */
void timing_print(FILE *f, TimeReport *t)
{
	static const char *const kinds[] = {"scheduling + isl AST", "LLVM optimize + codegen"};
	TimePoint now = timing_now();
	double sw = 0, sc = 0;

	timing_stage(t, NULL);
	fprintf(f, "time report (seconds)             wall      cpu\n");
	for (int i = 0; i < t->stages.n; i++) {
		fprintf(f, "  %-28s %8.3f %8.3f\n", t->stages.e[i].name, t->stages.e[i].wall,
		        t->stages.e[i].cpu);
		sw += t->stages.e[i].wall;
		sc += t->stages.e[i].cpu;
	}
	fprintf(f, "  %-28s %8.3f %8.3f\n", "sum of stages", sw, sc);
	fprintf(f, "  %-28s %8.3f %8.3f\n", "total", now.wall - t->start.wall,
	        now.cpu - t->start.cpu);
	if (t->details.n)
		fprintf(f, "details (sums over threads; cpu = the threads' own)\n");
	for (int i = 0; i < t->details.n; i++)
		fprintf(f, "  %-28s %8.3f %8.3f\n", t->details.e[i].name, t->details.e[i].wall,
		        t->details.e[i].cpu);
	for (int k = 0; k < TIMING_N_KINDS; k++) {
		TimeList *l = &t->kernels[k];
		double kw = 0, kc = 0;
		if (!l->n)
			continue;
		for (int i = 0; i < l->n; i++)
			kw += l->e[i].wall, kc += l->e[i].cpu;
		qsort(l->e, (size_t)l->n, sizeof(*l->e), by_wall);
		fprintf(f, "slowest kernels in %s (%d kernels, %.3f s wall, %.3f s cpu in all)\n",
		        kinds[k], l->n, kw, kc);
		for (int i = 0; i < l->n && i < 10; i++)
			fprintf(f, "  %8.3f %8.3f  %s\n", l->e[i].wall, l->e[i].cpu, l->e[i].name);
	}
}
