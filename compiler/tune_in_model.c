/*
 * tune_in_model.c - the in-model check at the end of `vitc tune`
 * (docs/tuning.md, "In the model").
 *
 * The search times each task's kernel alone: its buffers warm, nothing
 * running before or after it.  In the model the same kernel runs between
 * others, on the memory plan's buffers, and there a schedule that won
 * alone can lose (its weights no longer in L2, cache sets shared with its
 * neighbours, thread start-up that a loop of one kernel hides).  So after
 * the search the contenders of each task, its default and its
 * --in-model-top fastest schedules alone, race in the model: build k gives
 * every task its k-th contender (or its default), and all builds run in
 * turn in one child with per-kernel profiling, at each --batch.  A task
 * keeps the contender whose kernels gain most in the model, or its default
 * when none gains.  The model built with these verdicts is timed against
 * the default once more; if it is slower as a whole, every task keeps its
 * default.  The verdicts are appended to the records as "pins"
 * ("in_model": true, median_us the task's time per run in the model at
 * the first batch), which `vitc compile --records` follows before any
 * isolated measurement.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/driver.h"
#include "compiler/tune.h"
#include "runtime/vitrt.h"
#include "sched/schedule.h"

/* Builds in one race: the default and up to IM_MAX - 1 contenders. */
#define IM_MAX 8

/* A task in the check: its contenders and the verdict. */
typedef struct {
	const char *cand[IM_MAX]; /* cand[0]: the default; then the fastest alone, in order */
	int nc;                   /* 0: the task is not in the check */
	int pick;                 /* the contender kept (0: the default) */
	double us;                /* the kept contender's time per run in the model */
} Pin;

/* Per-kernel times of the builds of one race at one batch. */
typedef struct {
	int n;                 /* kernels */
	int nb;                /* builds */
	char **name;
	double *us[IM_MAX];    /* median per-call time of each kernel, per build */
	double total[IM_MAX];  /* median time per run, per build */
	int runs, rounds;
} Timing;

static void in_model_timing_free(Timing *tm)
{
	for (int i = 0; i < tm->n; i++)
		free(tm->name[i]);
	free(tm->name);
	for (int b = 0; b < IM_MAX; b++)
		free(tm->us[b]);
	memset(tm, 0, sizeof(*tm));
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(double), cmp_double);
	return n ? (n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2])) : 0;
}

/* The schedule task "p" has in build "k" (-1: its verdict). */
static const char *pin_sched(const Pin *p, int k)
{
	return p->cand[k < 0 ? p->pick : k < p->nc ? k : 0];
}

/*
 * Copy the records file to "dst" and append one pin per task in the check,
 * with its schedule in build "k" (-1: the verdicts): the last pin of a task
 * wins, so the copy makes compile build exactly these schedules.
 */
static int write_pinned(Tuner *t, const Task *tasks, int ntasks, const Pin *pins, int k,
                        const char *dst, VitcErr *err)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	fflush(t->rec);
	if (file_read_all(t->o->records, (size_t)1 << 30, &text, &len, err))
		return -1;
	f = fopen(dst, "w");
	if (!f) {
		free(text);
		return vitc_errf(err, "%s: cannot write: %s", dst, strerror(errno));
	}
	fwrite(text, 1, len, f);
	free(text);
	for (int i = 0; i < ntasks; i++) {
		if (!pins[i].nc)
			continue;
		const char *sc = pin_sched(&pins[i], k);
		SchRecord r = {.task = tasks[i].key, .kernel = tasks[i].k->name, .op = tasks[i].k->op,
		               .schedule = sc, .ok = 1, .why = "", .in_model = 1,
		               .is_default = sc == pins[i].cand[0], .threads = t->o->threads,
		               .fp = t->fp};
		sch_record_write(f, &r);
	}
	if (fclose(f))
		return vitc_errf(err, "%s: cannot write: %s", dst, strerror(errno));
	return 0;
}

/*
 * Fork a child that leads its own process group (so that stopping it stops
 * what it started) and dies at once when interrupted; the parent's return
 * is its pid, the child's 0, -1 with "err" when fork fails.
 */
static pid_t fork_child(VitcErr *err)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		vitc_errf(err, "fork: %s", strerror(errno));
		return -1;
	}
	setpgid(pid ? pid : 0, pid ? pid : 0);   /* in both: whichever runs first */
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
	}
	return pid;
}

/* Build the model into "so" with "records" (NULL: the defaults), in a child. */
static int build(Tuner *t, const char *records, const char *so, VitcErr *err)
{
	const TuneOptions *o = t->o;
	char log[512];

	snprintf(log, sizeof(log), "%s/in_model.log", t->dir);
	pid_t pid = fork_child(err);
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
			close(fd);
		}
		setenv("TMPDIR", t->dir, 1);
		CompileOptions co = {.model = o->model, .weights = o->weights, .output = so,
		                     .cpu = o->cpu, .features = o->features,
		                     .opt_level = CG_DEFAULT_OPT_LEVEL, .fuse = 1,
		                     .shift_linear = o->shift_linear, .records = records,
		                     .threads = o->threads};
		VitcErr e = {{0}};
		if (driver_compile(&co, &e)) {
			fprintf(stderr, "%s\n", e.msg);
			_exit(1);
		}
		_exit(0);
	}
	int st = tune_wait(pid, 20 * o->timeout);
	if (st == 0)
		return 0;
	char *msg = NULL;
	size_t len;
	VitcErr e2;
	if (!file_read_all(log, 1 << 16, &msg, &len, &e2) && len) {
		char *last = msg, *nl;
		while ((nl = strchr(last, '\n')) && nl[1])
			last = nl + 1;
		last[strcspn(last, "\n")] = 0;
		vitc_errf(err, "building the model: %s", last);
	} else {
		vitc_errf(err, "building the model: %s", st == -1 ? "timed out" :
		          st == -2 ? "interrupted" : "failed");
	}
	free(msg);
	return -1;
}

/* One timed round of a build: per-kernel per-call us into us[], the median run into *run. */
static int round_of(VitrtContext *c, int64_t batch, int runs, const void **in, void **out,
                    double *us, int nk, double *run)
{
	vitrt_kernel_profile *p = xcalloc((size_t)nk + 1, sizeof(*p));
	double *w = xcalloc((size_t)runs + 1, sizeof(double));

	vitrt_context_set_profiling(c, 0);
	vitrt_context_set_profiling(c, 1);
	for (int r = 0; r < runs; r++) {
		double t0 = tune_now();
		if (vitrt_run(c, batch, in, out) != VITRT_OK)
			return free(p), free(w), -1;
		w[r] = tune_now() - t0;
	}
	*run = median(w, runs) * 1e6;
	int n = vitrt_context_profile(c, p, nk);
	for (int k = 0; k < n && k < nk; k++)
		us[k] = p[k].calls ? p[k].seconds / (double)p[k].calls * 1e6 : 0;
	free(p);
	free(w);
	return 0;
}

/*
 * The timing child: load the "nb" builds, run them on the same seeded
 * random input, "rounds" rounds in turn (each round starting with the next
 * build), each about 0.1 s of runs with profiling on; write "total T0 T1
 * ... RUNS" and a line "k T0 T1 ... NAME" per kernel of build 0 (median
 * per-call us over the rounds, per build) to "res".
 */
static void child_time(Tuner *t, const char *const *so, int nb, int64_t batch, int rounds,
                       const char *res)
{
	VitrtModel *m[IM_MAX];
	VitrtContext *c[IM_MAX];
	void **out[IM_MAX];
	int nk[IM_MAX];
	double *kus[IM_MAX], *tot[IM_MAX];
	FILE *f;

	const char *fault = getenv("VITC_TUNE_TEST_FAULT");
	if (fault && !strcmp(fault, "in-model-crash"))
		abort();   /* the test hook: a timing child that dies */
	for (int b = 0; b < nb; b++)
		if (vitrt_model_load(so[b], &m[b]) != VITRT_OK ||
		    !(c[b] = vitrt_context_create(m[b], t->o->threads)) ||
		    vitrt_context_set_profiling(c[b], 1) != VITRT_OK)
			goto fail;
	int ni = vitrt_model_num_inputs(m[0]);
	const void **in = xcalloc((size_t)ni + 1, sizeof(*in));
	uint64_t rng = t->o->seed * 0x9e3779b97f4a7c15ull + 7;
	for (int i = 0; i < ni; i++) {
		const vitrt_tensor_info *ti = vitrt_model_input(m[0], i);
		uint64_t bytes = vitrt_tensor_bytes(ti, batch);
		void *buf = xcalloc(bytes + 1, 1);
		tune_fill_random(buf, bytes, ti->dtype, &rng);
		in[i] = buf;
	}
	/* a warm-up run of each; about 0.1 s of runs per round, from the slowest */
	double one = 0;
	for (int b = 0; b < nb; b++) {
		int no = vitrt_model_num_outputs(m[b]);
		out[b] = xcalloc((size_t)no + 1, sizeof(void *));
		for (int i = 0; i < no; i++)
			out[b][i] = xcalloc(vitrt_tensor_bytes(vitrt_model_output(m[b], i), batch) + 1, 1);
		if (vitrt_run(c[b], batch, in, out[b]) != VITRT_OK)
			goto fail;
		nk[b] = vitrt_context_profile(c[b], NULL, 0);
		double t0 = tune_now();
		if (vitrt_run(c[b], batch, in, out[b]) != VITRT_OK)
			goto fail;
		one = fmax(one, tune_now() - t0);
	}
	int runs = one > 0 ? (int)ceil(0.1 / one) : 100;
	runs = runs < 2 ? 2 : runs > 200 ? 200 : runs;
	for (int b = 0; b < nb; b++) {
		kus[b] = xcalloc((size_t)rounds * (size_t)nk[b] + 1, sizeof(double));
		tot[b] = xcalloc((size_t)rounds + 1, sizeof(double));
	}
	for (int r = 0; r < rounds; r++)
		for (int j = 0; j < nb; j++) {
			int b = (j + r) % nb;
			if (round_of(c[b], batch, runs, in, out[b], kus[b] + (size_t)r * (size_t)nk[b],
			             nk[b], &tot[b][r]))
				goto fail;
		}
	f = fopen(res, "w");
	if (!f)
		_exit(4);
	fprintf(f, "total");
	for (int b = 0; b < nb; b++)
		fprintf(f, " %.3f", median(tot[b], rounds));
	fprintf(f, " %d\n", runs);
	vitrt_kernel_profile *p[IM_MAX];
	for (int b = 0; b < nb; b++) {
		p[b] = xcalloc((size_t)nk[b] + 1, sizeof(*p[b]));
		vitrt_context_profile(c[b], p[b], nk[b]);
	}
	double *col = xcalloc((size_t)rounds + 1, sizeof(double));
	for (int k = 0; k < nk[0]; k++) {
		int kk[IM_MAX], all = 1;
		for (int b = 0; b < nb; b++) {
			kk[b] = -1;
			for (int j = 0; j < nk[b] && kk[b] < 0; j++)
				if (!strcmp(p[0][k].name, p[b][j].name))
					kk[b] = j;
			all &= kk[b] >= 0;
		}
		if (!all)
			continue;
		fprintf(f, "k");
		for (int b = 0; b < nb; b++) {
			for (int r = 0; r < rounds; r++)
				col[r] = kus[b][(size_t)r * (size_t)nk[b] + (size_t)kk[b]];
			fprintf(f, " %.3f", median(col, rounds));
		}
		fprintf(f, " %s\n", p[0][k].name);
	}
	fclose(f);
	_exit(0);
fail:
	f = fopen(res, "w");
	if (f) {
		fprintf(f, "error %s\n", vitrt_last_error());
		fclose(f);
	}
	_exit(3);
}

/* Read "n" numbers off "*s" into v[]; 0 when all were there. */
static int read_nums(const char **s, double *v, int n)
{
	for (int i = 0; i < n; i++) {
		char *end;
		v[i] = strtod(*s, &end);
		if (end == *s)
			return -1;
		*s = end;
	}
	while (**s == ' ')
		(*s)++;
	return 0;
}

/* Time the "nb" builds so[] (so[0]: the defaults) at "batch" in a child; fill "tm". */
static int time_builds(Tuner *t, const char *const *so, int nb, int batch, Timing *tm,
                       VitcErr *err)
{
	char res[512], *text = NULL;
	size_t len;

	snprintf(res, sizeof(res), "%s/in_model.res", t->dir);
	unlink(res);
	memset(tm, 0, sizeof(*tm));
	tm->rounds = t->o->in_model;
	tm->nb = nb;
	pid_t pid = fork_child(err);
	if (pid < 0)
		return -1;
	if (pid == 0)
		child_time(t, so, nb, batch, tm->rounds, res);
	int st = tune_wait(pid, 20 * t->o->timeout);
	if (st == -1 || st == -2)
		return vitc_errf(err, "timing the model: %s", st == -1 ? "timed out" : "interrupted");
	if (file_read_all(res, (size_t)1 << 24, &text, &len, err))
		return vitc_errf(err, "timing the model: %s", WIFSIGNALED(st) ?
		                 strsignal(WTERMSIG(st)) : "no result");
	if (!strncmp(text, "error ", 6)) {
		text[strcspn(text, "\n")] = 0;
		vitc_errf(err, "timing the model: %s", text + 6);
		free(text);
		return -1;
	}
	int cap = 0, have_total = 0;
	for (char *l = text; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		const char *s = l + (l[0] == 't' ? 6 : 2);
		double v[IM_MAX + 1];
		if (!strncmp(l, "total ", 6) && !read_nums(&s, v, nb + 1)) {
			memcpy(tm->total, v, (size_t)nb * sizeof(double));
			tm->runs = (int)v[nb];
			have_total = 1;
		} else if (!strncmp(l, "k ", 2) && !read_nums(&s, v, nb) && *s) {
			if (tm->n == cap) {
				cap = cap ? 2 * cap : 64;
				tm->name = xrealloc(tm->name, (size_t)cap * sizeof(char *));
				for (int b = 0; b < nb; b++)
					tm->us[b] = xrealloc(tm->us[b], (size_t)cap * sizeof(double));
			}
			tm->name[tm->n] = xstrdup(s);
			for (int b = 0; b < nb; b++)
				tm->us[b][tm->n] = v[b];
			tm->n++;
		}
		l = nl ? nl + 1 : NULL;
	}
	free(text);
	if (!have_total || tm->total[0] <= 0)
		return vitc_errf(err, "timing the model: no result");
	return 0;
}

/*
 * The test hook VITC_TUNE_TEST_FAULT=in-model-slow|in-model-fast: every
 * build but the default's takes twice or half the default's time, kernel
 * by kernel (what was measured is replaced, so that the verdict cannot
 * depend on the machine or its load); in-model-crash: the timing child
 * aborts.
 */
static void test_scale(Timing *tm)
{
	const char *f = getenv("VITC_TUNE_TEST_FAULT");
	double s = !f ? 0 : !strcmp(f, "in-model-slow") ? 2 : !strcmp(f, "in-model-fast") ? 0.5 : 0;

	if (s == 0)
		return;
	for (int b = 1; b < tm->nb; b++) {
		for (int i = 0; i < tm->n; i++)
			tm->us[b][i] = tm->us[0][i] * s;
		tm->total[b] = tm->total[0] * s;
	}
}

/* Time so[0..nb) at every --batch into tm[]; -1 with "err" when one fails. */
static int time_all(Tuner *t, const char *const *so, int nb, Timing *tm, VitcErr *err)
{
	for (int b = 0; b < t->o->n_batches; b++) {
		if (time_builds(t, so, nb, t->o->batches[b], &tm[b], err))
			return -1;
		test_scale(&tm[b]);
	}
	return 0;
}

/* The summed time per run in build "b" of the kernels of task "key" in "tm". */
static double task_us(const Tuner *t, const Timing *tm, const char *key, int b)
{
	double s = 0;

	for (int i = 0; i < tm->n; i++)
		for (int j = 0; j < t->p->n_kernels; j++)
			if (!strcmp(t->p->kernels[j]->name, tm->name[i])) {
				if (!strcmp(sch_task_key((Arena *)&t->p->arena, t->p->kernels[j]), key))
					s += tm->us[b][i];
				break;
			}
	return s;
}

/*
 * Build "b"'s change for task "key" against the default (build 0): the
 * task's kernels' time difference relative to the whole model's default
 * time, summed over the batches, so that each batch counts alike.
 */
static double task_change(const Tuner *t, const Timing *tm, const char *key, int b)
{
	double s = 0;

	for (int i = 0; i < t->o->n_batches; i++)
		s += (task_us(t, &tm[i], key, b) - task_us(t, &tm[i], key, 0)) / tm[i].total[0];
	return s;
}

/* The mean relative change of the whole model's time in build 1 over the batches. */
static double total_change(const Tuner *t, const Timing *tm)
{
	double s = 0;

	for (int b = 0; b < t->o->n_batches; b++)
		s += (tm[b].total[1] - tm[b].total[0]) / tm[b].total[0];
	return s / t->o->n_batches;
}

/* The whole-model lines of a race: per batch, each build's time per run. */
static void log_totals(Tuner *t, const char *what, const Timing *tm)
{
	for (int b = 0; b < t->o->n_batches; b++) {
		char line[512];
		int n = snprintf(line, sizeof(line), "tune: in the model%s (batch %d, %d thread%s, "
		                 "%d rounds of %d runs): default %.3f ms", what, t->o->batches[b],
		                 t->o->threads, t->o->threads == 1 ? "" : "s", tm[b].rounds,
		                 tm[b].runs, tm[b].total[0] / 1e3);
		for (int k = 1; k < tm[b].nb && n < (int)sizeof(line); k++) {
			if (tm[b].nb == 2)
				n += snprintf(line + n, sizeof(line) - (size_t)n, ", tuned %.3f",
				              tm[b].total[k] / 1e3);
			else
				n += snprintf(line + n, sizeof(line) - (size_t)n, ", #%d %.3f", k,
				              tm[b].total[k] / 1e3);
		}
		tune_log(t, "%s ms per run\n", line);
	}
}

/* The contenders of the selected tasks from the records; how many builds the race needs. */
static int contenders(Tuner *t, const Task *tasks, int ntasks, const SchRecords *r, Pin *pin,
                      int *n_tuned)
{
	int top = t->o->in_model_top, nb = 1;
	const SchRecord *best[IM_MAX];
	double us[IM_MAX];

	*n_tuned = 0;
	for (int i = 0; i < ntasks; i++) {
		double dus;
		const SchRecord *def;
		if (!tasks[i].selected || !(def = sch_records_default(r, tasks[i].key, &t->fp, &dus)))
			continue;
		int n = sch_records_top(r, tasks[i].key, &t->fp, best, us, top + 1);
		pin[i].cand[0] = def->schedule;
		pin[i].nc = 1;
		/* the contenders: the fastest alone, the default not again, only those faster than it */
		for (int j = 0; j < n && pin[i].nc <= top; j++)
			if (!best[j]->is_default && strcmp(best[j]->schedule, def->schedule) && us[j] < dus)
				pin[i].cand[pin[i].nc++] = best[j]->schedule;
		*n_tuned += pin[i].nc > 1;
		if (pin[i].nc > nb)
			nb = pin[i].nc;
	}
	return nb;
}

int tune_in_model(Tuner *t, const Task *tasks, int ntasks)
{
	const TuneOptions *o = t->o;
	SchRecords r = {0};
	VitcErr err = {{0}};
	Pin *pin = xcalloc((size_t)ntasks + 1, sizeof(*pin));
	Timing tm[8], tm2[8];
	char so[IM_MAX + 1][512], rec_c[512];
	const char *sop[IM_MAX + 1];
	int n_tuned = 0, kept = 0, rc = -1;

	memset(tm, 0, sizeof(tm));
	memset(tm2, 0, sizeof(tm2));
	if (sch_records_read(o->records, &r, NULL, &err) < 0)
		goto fail;
	int nb = contenders(t, tasks, ntasks, &r, pin, &n_tuned);
	if (!n_tuned) {
		tune_log(t, "tune: in the model: no task has a schedule faster than its default alone; "
		         "nothing to check\n");
		rc = 0;
		goto out;
	}
	snprintf(rec_c, sizeof(rec_c), "%s/in_model.jsonl", t->dir);
	for (int k = 0; k <= nb; k++) {
		snprintf(so[k], sizeof(so[k]), "%s/in_model.%d.so", t->dir, k);
		sop[k] = so[k];
	}
	/* the race: build 0 the defaults, build k every task's k-th contender */
	if (build(t, NULL, so[0], &err))
		goto fail;
	for (int k = 1; k < nb; k++)
		if (write_pinned(t, tasks, ntasks, pin, k, rec_c, &err) || build(t, rec_c, so[k], &err))
			goto fail;
	if (time_all(t, sop, nb, tm, &err))
		goto fail;
	log_totals(t, "", tm);
	for (int i = 0; i < ntasks; i++) {
		if (pin[i].nc < 2)
			continue;
		double best = 0, ch[IM_MAX];
		for (int k = 1; k < pin[i].nc; k++) {
			ch[k] = task_change(t, tm, tasks[i].key, k);
			if (ch[k] < best) {
				best = ch[k];
				pin[i].pick = k;
			}
		}
		kept += pin[i].pick > 0;
		pin[i].us = task_us(t, &tm[0], tasks[i].key, pin[i].pick);
		if (pin[i].pick == 1)
			continue;
		char line[512];
		int n = snprintf(line, sizeof(line), "tune:   %s (%s, %d kernel%s), us per run in the "
		                 "model%s: default %.1f", tasks[i].k->name, tasks[i].k->op,
		                 tasks[i].weight, tasks[i].weight == 1 ? "" : "s",
		                 o->n_batches > 1 ? " (first batch)" : "",
		                 task_us(t, &tm[0], tasks[i].key, 0));
		for (int k = 1; k < pin[i].nc && n < (int)sizeof(line); k++)
			n += snprintf(line + n, sizeof(line) - (size_t)n, ", #%d %.1f", k,
			              task_us(t, &tm[0], tasks[i].key, k));
		if (pin[i].pick)
			tune_log(t, "%s: #%d kept, not the fastest alone\n", line, pin[i].pick);
		else
			tune_log(t, "%s: default kept\n", line);
	}
	/* the verdicts as one build, timed against the default: the whole model decides last */
	double change = 0;
	if (kept) {
		if (write_pinned(t, tasks, ntasks, pin, -1, rec_c, &err) ||
		    build(t, rec_c, so[nb], &err) ||
		    time_all(t, (const char *const[2]){so[0], so[nb]}, 2, tm2, &err))
			goto fail;
		log_totals(t, " with the verdicts", tm2);
		change = total_change(t, tm2);
		if (change > 0.01) {
			tune_log(t, "tune: in the model the tuned build is slower as a whole (%+.1f%%): "
			         "every task keeps its default schedule\n", 100 * change);
			for (int i = 0; i < ntasks; i++) {
				pin[i].pick = 0;
				pin[i].us = pin[i].nc ? task_us(t, &tm[0], tasks[i].key, 0) : 0;
			}
			kept = 0;
			change = 0;
		}
	}
	for (int i = 0; i < ntasks; i++) {
		if (!pin[i].nc)
			continue;
		char why[160];
		snprintf(why, sizeof(why), "in the model: %s", pin[i].nc == 1 ?
		         "no schedule was faster than the default alone" : pin[i].pick ?
		         "faster than the default" : "the default was the fastest");
		SchRecord rec = {.task = tasks[i].key, .kernel = tasks[i].k->name, .op = tasks[i].k->op,
		                 .schedule = pin_sched(&pin[i], -1), .ok = 1, .why = why,
		                 .median_us = pin[i].us, .min_us = pin[i].us, .in_model = 1,
		                 .is_default = pin[i].pick == 0, .threads = o->threads, .fp = t->fp};
		if (!tune_interrupted && sch_record_write(t->rec, &rec))
			fprintf(stderr, "vitc tune: warning: %s: cannot append a record\n", o->records);
	}
	tune_log(t, "tune: in the model: %d of %d tuned task%s keep a record; the model %.1f%% %s "
	         "than with the defaults%s\n", kept, n_tuned, n_tuned == 1 ? "" : "s",
	         fabs(100 * change), change <= 0 ? "faster" : "slower",
	         o->n_batches > 1 ? " (mean over the batches)" : "");
	rc = 0;
	goto out;
fail:
	fprintf(stderr, "vitc tune: the in-model check was not done: %s; the records stay as "
	        "measured\n", err.msg);
out:
	for (int b = 0; b < 8; b++) {
		in_model_timing_free(&tm[b]);
		in_model_timing_free(&tm2[b]);
	}
	free(pin);
	sch_records_free(&r);
	return rc;
}
