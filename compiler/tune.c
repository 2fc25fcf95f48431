/*
 * tune.c - `vitc tune MODEL.json --records FILE`: search the schedules of
 * a model's tasks (matmuls and every other kernel with a search space) and append one record per measurement
 * (docs/tuning.md).
 *
 * The model is lowered once, as `vitc compile` would (same target, same
 * options).  Kernels are grouped into tasks by sch_task_key (the kernel
 * without its schedule), weighted by how often they occur.  For each task
 * the default schedule is measured first; its output on a seeded random
 * input is the reference every candidate must reproduce.  Candidates come
 * from the search space of sched/space.c: the cost model's best first,
 * then mutations of the best measured ones (tune_search.c).  Each
 * candidate is checked by sch_apply (structure and dependences) in this
 * process, then built and timed in forked children (tune_measure.c) that
 * hold only the task's kernel, its buffers made inputs and outputs of a
 * one-kernel program: a crash, a hang past --timeout, a failed build or a
 * wrong result is a "failed" record, and the run goes on.  This file: the
 * options, the tasks, the loop over them, Ctrl-C; tune_report.c the table
 * and plot, tune_progress.c the status line.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fnmatch.h>
#include <math.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compiler/cli.h"
#include "compiler/driver.h"
#include "compiler/tune.h"
#include "passes/passes.h"
#include "sched/records.h"
#include "sched/space.h"
#include "sched/schedule.h"

/* Does --tasks PATTERN select "tk" (by task key, op, or the name of one of its kernels)? */
static int task_matches(const TuneOptions *o, const Program *p, const Task *tk)
{
	if (!o->tasks)
		return 1;
	if (!fnmatch(o->tasks, tk->key, 0) || !fnmatch(o->tasks, tk->k->op, 0))
		return 1;
	for (int i = 0; i < p->n_kernels; i++)
		if (!fnmatch(o->tasks, p->kernels[i]->name, 0) &&
		    !strcmp(sch_task_key((Arena *)&p->arena, p->kernels[i]), tk->key))
			return 1;
	return 0;
}

int tune_task_wanted(const Tuner *t, const Task *tk)
{
	return task_matches(t->o, t->p, tk);
}

/* The distinct tasks of "p", tunable ones first, heaviest (weight x MACs) first. */
static Task *collect_tasks(Tuner *t, int *n)
{
	Program *p = t->p;
	Task *v = xcalloc((size_t)p->n_kernels + 1, sizeof(*v));

	*n = 0;
	for (int i = 0; i < p->n_kernels; i++) {
		const char *key = sch_task_key(&p->arena, p->kernels[i]);
		int j = 0;
		while (j < *n && strcmp(v[j].key, key))
			j++;
		if (j < *n) {
			v[j].weight++;
			continue;
		}
		v[*n].key = key;
		v[*n].k = p->kernels[i];
		v[*n].weight = 1;
		v[*n].tunable = sch_space_of(p->kernels[i], &t->tgt, t->o->threads, &v[*n].sp,
		                             &p->arena);
		(*n)++;
	}
	/* stable selection sort: tunable, then by weight * work (M*K*P, or statement instances) */
	for (int i = 0; i < *n; i++) {
		int b = i;
		for (int j = i + 1; j < *n; j++) {
			double wj = v[j].tunable ? v[j].weight * v[j].sp.work : -1;
			double wb = v[b].tunable ? v[b].weight * v[b].sp.work : -1;
			if (wj > wb)
				b = j;
		}
		Task tmp = v[i];
		v[i] = v[b];
		v[b] = tmp;
	}
	return v;
}

/* Parse VITC_TUNE_TEST_FAULT=crash:N|wrong:N|hang:N. */
static void parse_fault(Tuner *t)
{
	const char *f = getenv("VITC_TUNE_TEST_FAULT");
	static const char *const kinds[] = {"crash:", "wrong:", "hang:"};

	if (!f || !*f)
		return;
	for (int i = 0; i < 3; i++)
		if (!strncmp(f, kinds[i], strlen(kinds[i]))) {
			t->fault_kind = FAULT_CRASH + i;
			t->fault_n = atoi(f + strlen(kinds[i]));
		}
}

/* --target: cpu, or cuda:sm_XX (the GPU search space, tune_gpu.c). */
static int set_target(void *o, const char *v, char *why, size_t len)
{
	return cg_target_parse(v, &((TuneOptions *)o)->cuda_sm, why, len);
}

#define F(x) offsetof(TuneOptions, x)
static const OptSpec tune_opts[] = {
	{"--records", NULL, "FILE", OPT_STR, F(records), .flags = OPT_REQUIRED,
	 .help = "tuning records (JSON Lines); must not exist unless --resume"},
	{"--trials", NULL, "N", OPT_INT, F(trials), 0, 100000,
	 .help = "candidates measured per task, besides the default (default 12)"},
	{"--trials-total", NULL, "N", OPT_INT, F(trials_total), 1, 10000000,
	 .help = "instead of --trials: N candidates for all tasks together, shared\n"
	         "out evenly (heaviest tasks first); what a task leaves unused\n"
	         "goes to the next"},
	{"--time-budget", NULL, "S", OPT_DOUBLE, F(budget), 0, INFINITY,
	 .help = "stop measuring after S seconds in all (default: no limit)"},
	{"--resume", NULL, NULL, OPT_FLAG, F(resume), .ival = 1,
	 .help = "append to FILE, skipping candidates it already holds"},
	{"--seed", NULL, "S", OPT_U64, F(seed), 0, 9007199254740992.0,
	 .help = "seed of the random inputs and the mutations (default 1)"},
	{"--threads", NULL, "N", OPT_INT, F(threads), 1, 1024,
	 .help = "threads the kernels run on (default: all usable CPUs); part\n"
	         "of the records' fingerprint: compile with the same --threads"},
	{"--jobs", "-j", "N", OPT_INT, F(jobs), 1, 256,
	 .help = "candidates built at once (default 1); they are still timed one\n"
	         "at a time, with no build running"},
	{"--timeout", NULL, "S", OPT_DOUBLE, F(timeout), 0.1, INFINITY,
	 .help = "a candidate's build limit, and its run's, in seconds (default 60)"},
	{"--confirm", NULL, "N", OPT_INT, F(confirm), 0, 100,
	 .help = "rounds re-measuring the default and the 3 fastest (default 2)"},
	{"--in-model", NULL, "N", OPT_INT, F(in_model), 0, 1000,
	 .help = "rounds of the in-model check after the search (default 5; 0:\n"
	         "none): the model built with the defaults and with each task's\n"
	         "fastest schedules alone, timed in turn kernel by kernel; each task\n"
	         "keeps what gains most in the model, or its default"},
	{"--in-model-top", NULL, "K", OPT_INT, F(in_model_top), 1, 7,
	 .help = "contenders per task in the in-model check: its K fastest\n"
	         "schedules alone (default 3), each against the default"},
	{"--batch", NULL, "B[,B...]", OPT_STR, F(batch_list),
	 .help = "the batch sizes of the in-model check (default 1); a record is\n"
	         "kept when it gains in the model summed over them"},
	{"--tasks", NULL, "PATTERN", OPT_STR, F(tasks),
	 .help = "only tasks with a kernel name, op or task key matching the\n"
	         "shell PATTERN"},
	{"--report", NULL, NULL, OPT_FLAG, F(report), .ival = 1,
	 .help = "measure nothing: print FILE's table for this model and write\n"
	         "the convergence plot (--plot)"},
	{"--plot", NULL, "FILE.svg", OPT_STR, F(plot),
	 .help = "the convergence plot (SVG: best time / default per trial, a line\n"
	         "per task); default with --report: FILE with .svg for .jsonl"},
	{"--target", NULL, "cpu|cuda:sm_XX", OPT_CALL, .call = set_target,
	 .help = "cpu (default), or cuda:sm_XX: the GPU space (threads per block,\n"
	         "staged matmul tiles), each candidate assembled by ptxas and checked\n"
	         "in the CPU emulation, recorded \"untimed\" (no GPU to time it)"},
	{"-mcpu=", NULL, "CPU", OPT_STR, F(cpu), .help = "the target, as for `vitc compile`"},
	{"-mattr=", NULL, "FEATURES", OPT_STR, F(features),
	 .help = "target features, as for `vitc compile`"},
	{"--weights", NULL, "FILE", OPT_STR, F(weights), .help = "as for `vitc compile`"},
	{"--shift-linear", NULL, "mlp|attn|all", OPT_CHOICE, F(shift_linear),
	 .help = "as for `vitc compile`"},
	{NULL},
};
#undef F

const OptCommand cli_tune_cmd = {
	.name = "tune", .positional = "MODEL.json", .pos_off = offsetof(TuneOptions, model),
	.summary = "search schedules and record measurements (docs/tuning.md)",
	.about = "Search schedules for the model's tasks (matmuls; softmax, norms, copies,\n"
	         "transposes, convs and ShiftAdd kernels by the generic space) and append one\n"
	         "JSON line per measurement to FILE; `vitc compile --records FILE` then uses\n"
	         "the fastest schedule of each task.  On a terminal a status line shows the\n"
	         "progress; otherwise each finished task logs a progress line.\n"
	         "Ctrl-C stops the search: the records so far stay, the scratch files go.",
	.notes = "Test hook: VITC_TUNE_TEST_FAULT=crash:N|wrong:N|hang:N makes the N-th candidate of\n"
	         "each task crash, compute a wrong result or hang; =in-model-slow|in-model-fast\n"
	         "gives the in-model contenders twice or half the default's times,\n"
	         "=in-model-crash makes its timing child abort.",
	.opts = tune_opts,
};

/* Fill "o"; 0 to go on, else the exit status (0 after --help). */
static int parse_args(int argc, char **argv, TuneOptions *o)
{
	int rc = cli_parse(&cli_tune_cmd, argc, argv, o);

	if (rc)
		return rc == 1 ? 0 : rc;
	if (o->trials >= 0 && o->trials_total)
		return cli_usage_error("tune", "--trials (per task) and --trials-total exclude "
		                       "each other");
	if (o->trials < 0)
		o->trials = 12;
	o->n_batches = 0;
	for (const char *b = o->batch_list ? o->batch_list : "1"; *b;) {
		char *end;
		long v = strtol(b, &end, 10);
		if (end == b || v < 1 || v > 65536 || (*end && *end != ',') || o->n_batches == 8)
			return cli_usage_error("tune", "--batch: bad list '%s' (want up to 8 batch "
			                       "sizes from 1 to 65536, comma-separated)", o->batch_list);
		o->batches[o->n_batches++] = (int)v;
		b = *end ? end + 1 : end;
	}
	return -1;
}

/*
 * Lower the model as driver_compile does (the same graph passes,
 * driver_graph_passes; fusion on) up to the memory plan, so the tasks are
 * the kernels compile builds.  The graph and its bounds stay in "t" (a
 * GPU form's candidate lowers them again).
 */
static Program *lower_model(Tuner *t, Graph **gp, VitcErr *err)
{
	const TuneOptions *o = t->o;
	Graph *g = driver_load_model(o->model, o->weights, err);
	Program *p = NULL;
	double *bounds = NULL;

	*gp = g;
	if (!g)
		return NULL;
	if (driver_graph_passes(g, o->shift_linear, 0, err))
		return NULL;
	bounds = pass_value_bounds(g);
	t->cg.cuda_sm = o->cuda_sm;   /* described as `vitc compile --target` does */
	if (cg_target_describe(&t->cg, &t->tgt, err) == 0) {
		t->tgt.threads = o->threads;
		t->tgt.gpu = o->cuda_sm != 0;
		p = pass_lower(g, 1, bounds, &t->tgt, err);
		t->cg.cuda_sm = 0;   /* the builds set it per candidate (tune_gpu.c) */
		if (p)
			pass_memplan(p);
	}
	t->g = g;
	t->bounds = bounds;   /* kept for lowering again (tune_measure.c) */
	return p;
}

/* SIGINT, SIGTERM, SIGHUP during the search: note it; a second one kills at once. */
static void on_interrupt(int sig)
{
	if (tune_interrupted) {
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	tune_interrupted = sig;
}

/* Catch the stop signals (a signal ignored from the start, as under nohup, stays so). */
static void catch_interrupts(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_interrupt;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

/* After a stop signal "during" something: the line saying what stays; 128 + the signal. */
static int interrupted(const Tuner *t, const char *during)
{
	fprintf(stderr, "vitc tune: interrupted (%s)%s; %d complete records kept in %s\n",
	        strsignal(tune_interrupted), during, t->measured, t->o->records);
	return 128 + tune_interrupted;
}

/*
 * Does "path" end without a newline (a line cut short, by a full disk or
 * by hand)?  --resume then starts a new line, so that the cut one stays
 * one bad line (one notice when read) and the records appended stay whole.
 */
static int ends_mid_line(const char *path)
{
	FILE *f = fopen(path, "rb");
	int c = '\n';

	if (f && fseek(f, -1, SEEK_END) == 0)
		c = fgetc(f);
	if (f)
		fclose(f);
	return c != '\n' && c != EOF;
}

/* "r.jsonl" -> "r.svg" (the --report plot's default path), malloc'd. */
static char *default_plot(const char *records)
{
	size_t n = strlen(records);
	char *p = xcalloc(n + 8, 1);

	memcpy(p, records, n);
	if (n > 6 && !strcmp(p + n - 6, ".jsonl"))
		p[n - 6] = 0;
	else if (n > 5 && !strcmp(p + n - 5, ".json"))
		p[n - 5] = 0;
	strcat(p, ".svg");
	return p;
}

/*
 * The search over the selected tasks, heaviest first: --trials each, or
 * --trials-total shared out evenly (the remainder to the heaviest), what
 * a task leaves unused going to the next.
 */
static void tune_all(Tuner *t, Task *tasks, int ntasks)
{
	const TuneOptions *o = t->o;
	int n = t->n_tasks, carry = 0;

	t->trials_left = 0;
	for (int i = 0; i < n; i++) {
		int tr = o->trials_total ? o->trials_total / n + (i < o->trials_total % n) : o->trials;
		t->trials_left += 1 + tr + 4 * o->confirm;
	}
	t->start = tune_now();
	for (int i = 0, k = 0; i < ntasks && !tune_interrupted; i++) {
		if (!tasks[i].selected)
			continue;
		if (t->deadline > 0 && tune_now() > t->deadline)
			break;
		int share = o->trials_total ? o->trials_total / n + (k < o->trials_total % n) : o->trials;
		int want = share + carry;
		t->task_i = ++k;
		int done = tune_task(t, &tasks[i], want);
		carry = o->trials_total ? want - done : 0;
	}
	tune_status_clear(t);
}

int cmd_tune(int argc, char **argv)
{
	TuneOptions o = {.trials = -1, .seed = 1, .timeout = 60, .confirm = 2, .jobs = 1,
	                 .in_model = 5, .in_model_top = 3};
	Tuner t = {.o = &o};
	VitcErr err = {{0}};
	Graph *g = NULL;
	int rc = 1, ntasks = 0;
	Task *tasks = NULL;
	char *plot = NULL;
	struct stat st;

	int u = parse_args(argc, argv, &o);
	if (u >= 0)
		return u;
	if (!o.threads)
		o.threads = driver_usable_cpus();
	t.cg = (CgOptions){.cpu = o.cpu, .features = o.features,
	                  .opt_level = CG_DEFAULT_OPT_LEVEL, .jobs = o.jobs > 1 ? 1 : 0};
	if (!o.report && !o.resume && stat(o.records, &st) == 0 && st.st_size > 0) {
		fprintf(stderr, "vitc tune: %s: exists; add --resume to continue it, or remove it\n",
		        o.records);
		return 1;
	}
	t.p = lower_model(&t, &g, &err);
	if (!t.p) {
		fprintf(stderr, "vitc tune: %s\n", err.msg);
		goto out;
	}
	if (o.cuda_sm)
		sch_fingerprint_gpu(o.cuda_sm, &t.fp);
	else
		sch_fingerprint(&t.tgt, o.features, o.threads, &t.fp);
	if (o.cuda_sm && o.report) {
		rc = tune_gpu_report(&t);
		goto out;
	}
	tasks = collect_tasks(&t, &ntasks);
	for (int i = 0; i < ntasks; i++) {
		tasks[i].selected = tasks[i].tunable && task_matches(&o, t.p, &tasks[i]);
		t.n_tasks += tasks[i].selected;
	}
	if (o.report) {
		plot = o.plot ? NULL : default_plot(o.records);
		rc = tune_print_report(&t, tasks, ntasks, o.plot ? o.plot : plot) ? 1 : 0;
		goto out;
	}
	if (o.resume && access(o.records, F_OK) == 0 &&
	    sch_records_read(o.records, &t.old, stderr, &err) < 0) {
		fprintf(stderr, "vitc tune: %s\n", err.msg);
		goto out;
	}
	t.rec = fopen(o.records, "a");
	if (!t.rec) {
		fprintf(stderr, "vitc tune: %s: cannot open for appending: %s\n", o.records,
		        strerror(errno));
		goto out;
	}
	/* a record reaches the file in one write() at its fflush: no partial lines */
	setvbuf(t.rec, NULL, _IOFBF, 1 << 16);
	if (o.resume && ends_mid_line(o.records))   /* keep the cut line apart from the new ones */
		fputc('\n', t.rec);
	catch_interrupts();
	const char *tmp = getenv("TMPDIR");
	snprintf(t.dir, sizeof(t.dir), "%s/vitc-tune-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(t.dir)) {
		fprintf(stderr, "vitc tune: %s: cannot create a scratch directory: %s\n", t.dir,
		        strerror(errno));
		t.dir[0] = 0;
		goto out;
	}
	parse_fault(&t);
	t.ctx = sch_ctx_alloc();
	t.tty = isatty(STDERR_FILENO);
	if (o.budget > 0)
		t.deadline = tune_now() + o.budget;
	char trials[64];
	if (o.trials_total)
		snprintf(trials, sizeof(trials), "%d trials in all", o.trials_total);
	else
		snprintf(trials, sizeof(trials), "%d trials per task", o.trials);
	if (o.cuda_sm) {
		tune_gpu_all(&t);
		if (tune_interrupted) {
			rc = interrupted(&t, "");
			goto out;
		}
		printf("tune: %d GPU candidates checked (%d failed), %d rejected before a build; "
		       "records (untimed) in %s\n", t.measured, t.failed, t.rejected, o.records);
		rc = 0;
		goto out;
	}
	printf("tune: %s: %d kernels, %d tasks, %d to tune; target %s; %d threads; %s; "
	       "%d build job%s\n", o.model, t.p->n_kernels, ntasks, t.n_tasks, t.fp.llvm_cpu,
	       o.threads, trials, o.jobs, o.jobs == 1 ? "" : "s");
	tune_all(&t, tasks, ntasks);
	if (tune_interrupted) {
		rc = interrupted(&t, "");
		goto out;
	}
	printf("tune: %d measurements (%d failed), %d candidates rejected by the legality check; "
	       "records in %s\n", t.measured, t.failed, t.rejected, o.records);
	if (o.in_model && t.n_tasks)
		tune_in_model(&t, tasks, ntasks);
	if (tune_interrupted) {
		rc = interrupted(&t, " in the in-model check");
		goto out;
	}
	fclose(t.rec);
	t.rec = NULL;
	rc = tune_print_report(&t, tasks, ntasks, o.plot) ? 1 : 0;
out:
	if (t.rec)
		fclose(t.rec);
	tune_scratch_remove(&t);
	if (t.ctx)
		isl_ctx_free(t.ctx);
	sch_records_free(&t.old);
	free(t.ref);
	free(tasks);
	free(plot);
	k_program_free(t.p);
	free(t.bounds);
	ir_graph_free(g);
	return rc;
}
