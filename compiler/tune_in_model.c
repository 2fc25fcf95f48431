/*
 * tune_in_model.c - the in-model check at the end of `vitc tune`
 * (docs/tuning.md, "In the model").
 *
 * The search times each task's kernel alone: its buffers warm, nothing
 * running before or after it.  In the model the same kernel runs between
 * others, on the memory plan's buffers, and there a schedule that won
 * alone can lose (its output layout read badly by the next kernel, cache
 * sets shared with its neighbours, thread start-up that a loop of one
 * kernel hides).  So after the search the model is built twice, with the
 * default schedules and with the best records, and the two builds run in
 * turn in one child with per-kernel profiling.  A task whose kernels take
 * longer in the tuned build keeps its default schedule.  If any did, the
 * model is built once more with the verdicts and timed against the
 * default again; a build that is slower as a whole leaves every task its
 * default.  The verdicts are appended to the records as "pins" ("in_model":
 * true, median_us the task's time per run in the model), which `vitc
 * compile --records` follows before any isolated measurement.
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

/* A task's schedule in a build: its record's, or the default's. */
typedef struct {
	const char *sched;     /* NULL: the task is not part of the check */
	const char *def;       /* the default schedule's text */
	int is_default;
	int tuned;             /* the best record is not the default */
	double us;             /* the task's time per run in the model, in the kept build */
} Pin;

/* Per-kernel times of two builds, as the timing child measured them. */
typedef struct {
	int n;
	char **name;
	double *us[2];         /* median per-call time of each kernel, per build */
	double total[2];       /* median time per run, per build */
	int runs, rounds;
} Timing;

static void in_model_timing_free(Timing *tm)
{
	for (int i = 0; i < tm->n; i++)
		free(tm->name[i]);
	free(tm->name);
	free(tm->us[0]);
	free(tm->us[1]);
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

/*
 * Copy the records file to "dst" and append one pin per task of "pins":
 * the last pin of a task wins, so the copy makes compile build exactly
 * these schedules.
 */
static int write_pinned(Tuner *t, const Task *tasks, int ntasks, const Pin *pins,
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
		if (!pins[i].sched)
			continue;
		SchRecord r = {.task = tasks[i].key, .kernel = tasks[i].k->name, .op = tasks[i].k->op,
		               .schedule = pins[i].sched, .ok = 1, .why = "", .in_model = 1,
		               .is_default = pins[i].is_default, .threads = t->o->threads, .fp = t->fp};
		sch_record_write(f, &r);
	}
	if (fclose(f))
		return vitc_errf(err, "%s: cannot write: %s", dst, strerror(errno));
	return 0;
}

/* Build the model into "so" with "records" (NULL: the defaults), in a child. */
static int build(Tuner *t, const char *records, const char *so, VitcErr *err)
{
	const TuneOptions *o = t->o;
	char log[512];

	snprintf(log, sizeof(log), "%s/in_model.log", t->dir);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return vitc_errf(err, "fork: %s", strerror(errno));
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
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
	setpgid(pid, pid);
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

/* One timed round of model "i": per-kernel per-call us into us[], the median run into *run. */
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
 * The timing child: load both builds, run them on the same seeded random
 * input, "rounds" rounds in turn (the order alternating), each about 0.1 s
 * of runs with profiling on; write "total D T" and a line "k D T NAME"
 * per kernel (median per-call us over the rounds) to "res".
 */
static void child_time(Tuner *t, const char *so[2], int64_t batch, int rounds, const char *res)
{
	VitrtModel *m[2];
	VitrtContext *c[2];
	FILE *f;

	const char *fault = getenv("VITC_TUNE_TEST_FAULT");
	if (fault && !strcmp(fault, "in-model-crash"))
		abort();   /* the test hook: a timing child that dies */
	for (int b = 0; b < 2; b++) {
		if (vitrt_model_load(so[b], &m[b]) != VITRT_OK ||
		    !(c[b] = vitrt_context_create(m[b], t->o->threads)) ||
		    vitrt_context_set_profiling(c[b], 1) != VITRT_OK)
			goto fail;
	}
	int ni = vitrt_model_num_inputs(m[0]), no[2];
	const void **in = xcalloc((size_t)ni + 1, sizeof(*in));
	void **out[2];
	uint64_t rng = t->o->seed * 0x9e3779b97f4a7c15ull + 7;
	for (int i = 0; i < ni; i++) {
		const vitrt_tensor_info *ti = vitrt_model_input(m[0], i);
		uint64_t bytes = vitrt_tensor_bytes(ti, batch);
		void *buf = xcalloc(bytes + 1, 1);
		tune_fill_random(buf, bytes, ti->dtype, &rng);
		in[i] = buf;
	}
	int nk[2];
	for (int b = 0; b < 2; b++) {
		no[b] = vitrt_model_num_outputs(m[b]);
		out[b] = xcalloc((size_t)no[b] + 1, sizeof(void *));
		for (int i = 0; i < no[b]; i++)
			out[b][i] = xcalloc(vitrt_tensor_bytes(vitrt_model_output(m[b], i), batch) + 1, 1);
		if (vitrt_run(c[b], batch, in, out[b]) != VITRT_OK)
			goto fail;
		nk[b] = vitrt_context_profile(c[b], NULL, 0);
	}
	/* about 0.1 s of runs per round, from a warm-up run of each */
	double one = 0;
	for (int b = 0; b < 2; b++) {
		double t0 = tune_now();
		if (vitrt_run(c[b], batch, in, out[b]) != VITRT_OK)
			goto fail;
		one = fmax(one, tune_now() - t0);
	}
	int runs = one > 0 ? (int)ceil(0.1 / one) : 100;
	runs = runs < 2 ? 2 : runs > 200 ? 200 : runs;
	double *kus[2], *tot[2];
	for (int b = 0; b < 2; b++) {
		kus[b] = xcalloc((size_t)rounds * (size_t)nk[b] + 1, sizeof(double));
		tot[b] = xcalloc((size_t)rounds + 1, sizeof(double));
	}
	for (int r = 0; r < rounds; r++)
		for (int j = 0; j < 2; j++) {
			int b = r % 2 ? 1 - j : j;
			if (round_of(c[b], batch, runs, in, out[b], kus[b] + (size_t)r * (size_t)nk[b], nk[b],
			             &tot[b][r]))
				goto fail;
		}
	f = fopen(res, "w");
	if (!f)
		_exit(4);
	fprintf(f, "total %.3f %.3f %d\n", median(tot[0], rounds), median(tot[1], rounds), runs);
	vitrt_kernel_profile *p[2];
	for (int b = 0; b < 2; b++) {
		p[b] = xcalloc((size_t)nk[b] + 1, sizeof(*p[b]));
		vitrt_context_profile(c[b], p[b], nk[b]);
	}
	double *col = xcalloc((size_t)rounds + 1, sizeof(double));
	for (int k = 0; k < nk[0]; k++) {
		int k1 = -1;
		for (int j = 0; j < nk[1] && k1 < 0; j++)
			if (!strcmp(p[0][k].name, p[1][j].name))
				k1 = j;
		if (k1 < 0)
			continue;
		double med[2];
		for (int b = 0; b < 2; b++) {
			int kk = b ? k1 : k;
			for (int r = 0; r < rounds; r++)
				col[r] = kus[b][(size_t)r * (size_t)nk[b] + (size_t)kk];
			med[b] = median(col, rounds);
		}
		fprintf(f, "k %.3f %.3f %s\n", med[0], med[1], p[0][k].name);
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

/* Time build so[0] (the defaults) against so[1] at "batch" in a child; fill "tm". */
static int time_builds(Tuner *t, const char *so[2], int batch, Timing *tm, VitcErr *err)
{
	char res[512], *text = NULL;
	size_t len;

	snprintf(res, sizeof(res), "%s/in_model.res", t->dir);
	unlink(res);
	memset(tm, 0, sizeof(*tm));
	tm->rounds = t->o->in_model;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return vitc_errf(err, "fork: %s", strerror(errno));
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		child_time(t, so, batch, tm->rounds, res);
	}
	setpgid(pid, pid);
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
	int cap = 0;
	for (char *l = text; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		double a, b;
		int off = 0;
		if (sscanf(l, "total %lf %lf %d", &tm->total[0], &tm->total[1], &tm->runs) == 3) {
		} else if (sscanf(l, "k %lf %lf %n", &a, &b, &off) == 2 && off) {
			if (tm->n == cap) {
				cap = cap ? 2 * cap : 64;
				tm->name = xrealloc(tm->name, (size_t)cap * sizeof(char *));
				tm->us[0] = xrealloc(tm->us[0], (size_t)cap * sizeof(double));
				tm->us[1] = xrealloc(tm->us[1], (size_t)cap * sizeof(double));
			}
			tm->name[tm->n] = xstrdup(l + off);
			tm->us[0][tm->n] = a;
			tm->us[1][tm->n] = b;
			tm->n++;
		}
		l = nl ? nl + 1 : NULL;
	}
	free(text);
	if (tm->total[0] <= 0)
		return vitc_errf(err, "timing the model: no result");
	return 0;
}

/*
 * The test hook VITC_TUNE_TEST_FAULT=in-model-slow|in-model-fast: the
 * tuned build's kernel times doubled or halved, so that tests can see both
 * verdicts without depending on the machine (in-model-crash: the timing
 * child aborts).
 */
static void test_scale(Timing *tm)
{
	const char *f = getenv("VITC_TUNE_TEST_FAULT");
	double s = !f ? 1 : !strcmp(f, "in-model-slow") ? 2 : !strcmp(f, "in-model-fast") ? 0.5 : 1;

	for (int i = 0; i < tm->n; i++)
		tm->us[1][i] *= s;
	tm->total[1] *= s;
}

/* The summed time per run (build "b") of the kernels of task "key" in "tm". */
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

/* Time so[0] against so[1] at every --batch; -1 with "err" when one fails. */
static int time_all(Tuner *t, const char *so[2], Timing *tm, VitcErr *err)
{
	for (int b = 0; b < t->o->n_batches; b++) {
		if (time_builds(t, so, t->o->batches[b], &tm[b], err))
			return -1;
		test_scale(&tm[b]);
	}
	return 0;
}

/* The whole-model lines of "tm": per batch, the default and the other build. */
static void log_totals(Tuner *t, const char *what, const Timing *tm)
{
	for (int b = 0; b < t->o->n_batches; b++)
		tune_log(t, "tune: in the model%s (batch %d, %d thread%s, %d rounds of %d runs): "
		         "default %.3f ms, tuned %.3f ms per run\n", what, t->o->batches[b],
		         t->o->threads, t->o->threads == 1 ? "" : "s", tm[b].rounds, tm[b].runs,
		         tm[b].total[0] / 1e3, tm[b].total[1] / 1e3);
}

/* The mean relative change of the whole model's time over the batches (> 0: slower). */
static double total_change(const Tuner *t, const Timing *tm)
{
	double s = 0;

	for (int b = 0; b < t->o->n_batches; b++)
		s += (tm[b].total[1] - tm[b].total[0]) / tm[b].total[0];
	return s / t->o->n_batches;
}

int tune_in_model(Tuner *t, const Task *tasks, int ntasks)
{
	const TuneOptions *o = t->o;
	SchRecords r = {0};
	VitcErr err = {{0}};
	Pin *pin = xcalloc((size_t)ntasks + 1, sizeof(*pin));
	Timing tm[8], tm2[8];
	char so_def[512], so_tun[512], so_fin[512], rec_c[512];
	int n_tuned = 0, dropped = 0, rc = -1;

	memset(tm, 0, sizeof(tm));
	memset(tm2, 0, sizeof(tm2));
	if (sch_records_read(o->records, &r, NULL, &err) < 0)
		goto fail;
	for (int i = 0; i < ntasks; i++) {
		double us;
		const SchRecord *best, *def;
		if (!tasks[i].selected ||
		    !(best = sch_records_best(&r, tasks[i].key, &t->fp, &us)) ||
		    !(def = sch_records_default(&r, tasks[i].key, &t->fp, &us)))
			continue;
		pin[i].def = def->schedule;
		pin[i].tuned = !best->is_default && strcmp(best->schedule, def->schedule);
		pin[i].sched = pin[i].tuned ? best->schedule : def->schedule;
		pin[i].is_default = !pin[i].tuned;
		n_tuned += pin[i].tuned;
	}
	if (!n_tuned) {
		tune_log(t, "tune: in the model: no task's best schedule is other than its default; "
		         "nothing to check\n");
		rc = 0;
		goto out;
	}
	snprintf(so_def, sizeof(so_def), "%s/in_model.default.so", t->dir);
	snprintf(so_tun, sizeof(so_tun), "%s/in_model.tuned.so", t->dir);
	snprintf(so_fin, sizeof(so_fin), "%s/in_model.final.so", t->dir);
	snprintf(rec_c, sizeof(rec_c), "%s/in_model.jsonl", t->dir);
	if (build(t, NULL, so_def, &err) || write_pinned(t, tasks, ntasks, pin, rec_c, &err) ||
	    build(t, rec_c, so_tun, &err) || time_all(t, (const char *[2]){so_def, so_tun}, tm, &err))
		goto fail;
	log_totals(t, "", tm);
	/*
	 * A task's verdict: its kernels' change in the model, relative to the
	 * whole model's default time, summed over the batches (so that each
	 * batch counts alike); it keeps its record when that is a gain.
	 */
	for (int i = 0; i < ntasks; i++) {
		if (!pin[i].sched)
			continue;
		double d0 = task_us(t, &tm[0], tasks[i].key, 0), u0 = task_us(t, &tm[0], tasks[i].key, 1);
		double change = 0;
		for (int b = 0; b < o->n_batches; b++)
			change += (task_us(t, &tm[b], tasks[i].key, 1) -
			           task_us(t, &tm[b], tasks[i].key, 0)) / tm[b].total[0];
		pin[i].us = pin[i].tuned ? u0 : d0;
		if (!pin[i].tuned || change < 0)
			continue;
		tune_log(t, "tune:   %s (%s, %d kernel%s): %.1f us tuned against %.1f us default per "
		         "run in the model%s; default kept\n", tasks[i].k->name, tasks[i].k->op,
		         tasks[i].weight, tasks[i].weight == 1 ? "" : "s", u0, d0,
		         o->n_batches > 1 ? " (the first batch)" : "");
		pin[i].sched = pin[i].def;
		pin[i].is_default = 1;
		pin[i].us = d0;
		dropped++;
	}
	double change = dropped == n_tuned ? 0 : total_change(t, tm);
	if (dropped && dropped < n_tuned) {
		if (write_pinned(t, tasks, ntasks, pin, rec_c, &err) || build(t, rec_c, so_fin, &err) ||
		    time_all(t, (const char *[2]){so_def, so_fin}, tm2, &err))
			goto fail;
		char what[64];
		snprintf(what, sizeof(what), " with the %d kept record%s", n_tuned - dropped,
		         n_tuned - dropped == 1 ? "" : "s");
		log_totals(t, what, tm2);
		change = total_change(t, tm2);
	}
	/* the whole model decides last: a tuned build slower than the noise allows keeps nothing */
	if (dropped < n_tuned && change > 0.01) {
		tune_log(t, "tune: in the model the tuned build is slower as a whole (%+.1f%%): every "
		         "task keeps its default schedule\n", 100 * change);
		for (int i = 0; i < ntasks; i++)
			if (pin[i].sched && !pin[i].is_default) {
				pin[i].sched = pin[i].def;
				pin[i].is_default = 1;
				dropped++;
			}
		change = 0;
	}
	for (int i = 0; i < ntasks; i++) {
		if (!pin[i].sched)
			continue;
		char why[160];
		snprintf(why, sizeof(why), "in the model: %s", pin[i].tuned && pin[i].is_default ?
		         "slower than the default" : pin[i].tuned ? "faster than the default" :
		         "the default is the best record");
		SchRecord rec = {.task = tasks[i].key, .kernel = tasks[i].k->name, .op = tasks[i].k->op,
		                 .schedule = pin[i].sched, .ok = 1, .why = why,
		                 .median_us = pin[i].us, .min_us = pin[i].us, .in_model = 1,
		                 .is_default = pin[i].is_default, .threads = o->threads, .fp = t->fp};
		if (!tune_interrupted && sch_record_write(t->rec, &rec))
			fprintf(stderr, "vitc tune: warning: %s: cannot append a record\n", o->records);
	}
	tune_log(t, "tune: in the model: %d of %d tuned task%s keep their record; the model %.1f%% "
	         "%s than with the defaults%s\n", n_tuned - dropped, n_tuned, n_tuned == 1 ? "" : "s",
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
