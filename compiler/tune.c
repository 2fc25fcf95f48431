/*
 * tune.c - `vitc tune MODEL.json --records FILE`: search the schedules of
 * a model's matmul tasks and append one record per measurement
 * (docs/tuning.md).
 *
 * The model is lowered once, as `vitc compile` would (same target, same
 * options).  Kernels are grouped into tasks by sch_task_key (the kernel
 * without its schedule), weighted by how often they occur.  For each task
 * the default schedule is measured first; its output on a seeded random
 * input is the reference every candidate must reproduce.  Candidates come
 * from the search space of sched/space.c: the cost model's best first,
 * then mutations of the best measured ones.  Each candidate is checked by
 * sch_apply (structure and dependences) in this process, then built and
 * timed in a forked child (tune_measure.c) that holds only the task's
 * kernel, its buffers made inputs and outputs of a one-kernel program: a
 * crash, a hang past --timeout, a failed build or a wrong result is a
 * "failed" record, and the run goes on.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fnmatch.h>
#include <math.h>
#include <sched.h>
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

static const char tune_usage[] =
	"usage: vitc tune MODEL.json --records FILE [options]\n"
	"\n"
	"Search schedules for the model's matmul tasks (linears, matmuls, convs) and\n"
	"append one JSON line per measurement to FILE; `vitc compile --records FILE`\n"
	"then uses the fastest schedule of each task.\n"
	"\n"
	"  --records FILE        tuning records (JSON Lines); must not exist unless --resume\n"
	"  --trials N            candidates measured per task, besides the default (default 12)\n"
	"  --time-budget S       stop measuring after S seconds in all (default: no limit)\n"
	"  --resume              append to FILE, skipping candidates it already holds\n"
	"  --seed S              seed of the random inputs and the mutations (default 1)\n"
	"  --threads N           threads the kernels run on (default: all usable CPUs)\n"
	"  --timeout S           a candidate's build and run limit in seconds (default 60)\n"
	"  --confirm N           rounds re-measuring the default and the 3 fastest (default 2)\n"
	"  --tasks PATTERN       only tasks with a kernel name, op or task key matching\n"
	"                        the shell PATTERN\n"
	"  --report              measure nothing: print FILE's table for this model\n"
	"  -mcpu=CPU -mattr=F    the target, as for `vitc compile`\n"
	"  --weights FILE  --shift-linear=mlp|attn|all   as for `vitc compile`\n"
	"\n"
	"Test hook: VITC_TUNE_TEST_FAULT=crash:N|wrong:N|hang:N makes the N-th candidate of\n"
	"each task crash, compute a wrong result or hang.\n";

/* Append the record of a measurement. */
static void record(Tuner *t, const Task *tk, const char *text, const Meas *m, int is_default,
                   int confirm)
{
	SchRecord r = {
		.task = tk->key, .kernel = tk->k->name, .op = tk->k->op, .schedule = text,
		.ok = m->ok, .why = m->ok ? "" : m->why, .median_us = m->median_us,
		.min_us = m->min_us, .is_default = is_default, .confirm = confirm,
		.threads = t->o->threads,
		.fp = t->fp,
	};
	if (sch_record_write(t->rec, &r))
		fprintf(stderr, "vitc tune: warning: %s: cannot append a record\n", t->o->records);
	t->measured++;
	t->failed += !m->ok;
}

/* Does schedule "text" apply to the task's kernel?  "why" when not. */
static int legal(Tuner *t, const Task *tk, const char *text, Arena *a, char *why, size_t len)
{
	Schedule sc;
	VitcErr err;
	if (sch_parse(text, &sc, a, &err))
		return snprintf(why, len, "%.400s", err.msg), 0;
	isl_schedule *s = sch_initial(t->ctx, tk->k, &err);
	if (s)
		s = sch_apply(s, tk->k, &sc, &err);
	if (!s)
		return snprintf(why, len, "%.400s", err.msg), 0;
	isl_schedule_free(s);
	return 1;
}

static void shape_str(const SchSpace *sp, char *buf, size_t len)
{
	if (sp->M == IR_DIM_N)
		snprintf(buf, len, "Nx%lldx%lld", (long long)sp->K, (long long)sp->P);
	else
		snprintf(buf, len, "%lldx%lldx%lld", (long long)sp->M, (long long)sp->K,
		         (long long)sp->P);
}

/* A candidate of the search with what is known of it. */
typedef struct {
	SchCand c;
	const char *text;
	int state;            /* 0 not tried, 1 measured ok, 2 failed, 3 rejected */
	double us;
} Cand;

/* Index of the candidate with schedule "text", or -1. */
static int cand_find(const Cand *v, int n, const SchCand *c)
{
	for (int i = 0; i < n; i++)
		if (!memcmp(&v[i].c, c, sizeof(*c)))
			return i;
	return -1;
}

/*
 * Try candidate "i": legality, then a measurement and its record.
 * Returns 1 when it was measured (ok or failed), 0 when rejected.
 */
static int try_cand(Tuner *t, const Task *tk, Cand *v, int i, int nth, int trials,
                    double *best, double def, Arena *a)
{
	char why[512], label[64];
	Meas m;

	sch_cand_label(&v[i].c, label, sizeof(label));
	if (!legal(t, tk, v[i].text, a, why, sizeof(why))) {
		v[i].state = 3;
		if (t->rejected_task++ < 3)
			printf("tune:   rejected %s: %s\n", label, why);
		t->rejected++;
		return 0;
	}
	int fault = t->fault_n == nth ? t->fault_kind : FAULT_NONE;
	tune_measure(t, tk, v[i].text, 0, 1, fault, &m);
	record(t, tk, v[i].text, &m, 0, 0);
	v[i].state = m.ok ? 1 : 2;
	v[i].us = m.median_us;
	if (m.ok && m.median_us < *best)
		*best = m.median_us;
	if (m.ok)
		printf("tune:   [%d/%d] %s: %.1f us (best %.1f us, %.2fx the default)\n", nth, trials,
		       label, m.median_us, *best, def / *best);
	else
		printf("tune:   [%d/%d] %s: failed: %s\n", nth, trials, label, m.why);
	return 1;
}

/* Pick a parent among the three fastest measured candidates. */
static int pick_parent(const Cand *v, int n, uint64_t *rng)
{
	int top[3] = {-1, -1, -1};
	for (int i = 0; i < n; i++) {
		if (v[i].state != 1)
			continue;
		for (int j = 0; j < 3; j++)
			if (top[j] < 0 || v[i].us < v[top[j]].us) {
				for (int q = 2; q > j; q--)
					top[q] = top[q - 1];
				top[j] = i;
				break;
			}
	}
	int k = 0;
	while (k < 3 && top[k] >= 0)
		k++;
	return k ? top[sch_rand(rng) % (uint64_t)k] : -1;
}

static int over_budget(const Tuner *t)
{
	return t->deadline > 0 && tune_now() > t->deadline;
}

/*
 * The confirmation rounds: the default and the three fastest candidates of
 * the search measured again (--confirm rounds, in turn), each a record
 * with "confirm": compile takes the mean per schedule, so a candidate that
 * was fast once by luck of the machine's load does not win.
 */
static void confirm(Tuner *t, const Task *tk, Cand *v, int n, const char *deftext)
{
	int top[3], k = 0;
	Meas m;

	for (int q = 0; q < 3; q++) {
		int b = -1;
		for (int i = 0; i < n; i++) {
			int taken = 0;
			for (int j = 0; j < k; j++)
				taken |= top[j] == i;
			if (v[i].state == 1 && !taken && strcmp(v[i].text, deftext) &&
			    (b < 0 || v[i].us < v[b].us))
				b = i;
		}
		if (b >= 0)
			top[k++] = b;
	}
	for (int r = 0; r < t->o->confirm && k && !over_budget(t); r++) {
		tune_measure(t, tk, deftext, 0, 1, FAULT_NONE, &m);
		record(t, tk, deftext, &m, 1, 1);
		printf("tune:   confirm %d: default %.1f us", r + 1, m.median_us);
		for (int j = 0; j < k; j++) {
			char label[64];
			tune_measure(t, tk, v[top[j]].text, 0, 1, FAULT_NONE, &m);
			record(t, tk, v[top[j]].text, &m, 0, 1);
			sch_cand_label(&v[top[j]].c, label, sizeof(label));
			if (m.ok)
				printf(", %s %.1f us", label, m.median_us);
			else
				printf(", %s failed: %s", label, m.why);
		}
		printf("\n");
	}
}

/*
 * Tune one task: the default (reference and baseline), the cost model's
 * best half of the trials, then mutations of the fastest measured.
 */
static void tune_task(Tuner *t, Task *tk, int idx, int ntasks)
{
	Arena a = {0};
	char shape[64], deftext[1024], why[256];
	int n;
	Meas m;
	uint64_t rng = t->o->seed ^ (uint64_t)strtoull(tk->key + 1, NULL, 16);

	t->rejected_task = 0;
	shape_str(&tk->sp, shape, sizeof(shape));
	sch_format(&tk->k->sched, deftext, sizeof(deftext));
	printf("tune: task %d/%d %s %s (%s %s, x%d)\n", idx + 1, ntasks, tk->key, tk->k->name,
	       tk->k->op, shape, tk->weight);
	double def = 0;
	const SchRecord *old_def = t->o->resume ?
		sch_records_default(&t->old, tk->key, &t->fp, &def) : NULL;
	if (old_def) {
		tune_measure(t, tk, deftext, 1, 0, FAULT_NONE, &m);   /* the reference output only */
	} else {
		tune_measure(t, tk, deftext, 1, 1, FAULT_NONE, &m);
		record(t, tk, deftext, &m, 1, 0);
		def = m.median_us;
	}
	if (!m.ok) {
		printf("tune:   default schedule failed (%s); task skipped\n", m.why);
		return;
	}
	printf("tune:   default: %.1f us%s\n", def, old_def ? " (recorded)" : "");

	SchCand *ranked = sch_space_ranked(&tk->sp, &n);
	Cand *v = xcalloc((size_t)n + 1, sizeof(*v));
	double best = def;
	for (int i = 0; i < n; i++) {
		v[i].c = ranked[i];
		v[i].text = sch_cand_text(&tk->sp, &ranked[i], &a);
		const SchRecord *r = t->o->resume ?
			sch_records_find(&t->old, tk->key, v[i].text, &t->fp) : NULL;
		if (!strcmp(v[i].text, deftext) || r) {
			int ok = r ? r->ok : 1;
			v[i].state = ok ? 1 : 2;
			v[i].us = r ? r->median_us : def;
			if (ok && v[i].us < best)
				best = v[i].us;
		}
	}
	free(ranked);
	int done = 0, next = 0, trials = t->o->trials;
	while (done < (trials + 1) / 2 && next < n && !over_budget(t)) {
		if (v[next].state == 0)
			done += try_cand(t, tk, v, next, done + 1, trials, &best, def, &a);
		next++;
	}
	int misses = 0;
	while (done < trials && !over_budget(t) && misses < 200) {
		int par = pick_parent(v, n, &rng);
		SchCand c;
		int i = -1;
		if (par >= 0 && sch_cand_mutate(&tk->sp, &v[par].c, &rng, &c))
			i = cand_find(v, n, &c);
		if (i < 0 || v[i].state != 0) {
			if (++misses < 200)
				continue;
			while (next < n && v[next].state != 0)    /* neighbourhood exhausted */
				next++;
			if (next >= n)
				break;
			i = next;
			misses = 0;
		}
		done += try_cand(t, tk, v, i, done + 1, trials, &best, def, &a);
	}
	confirm(t, tk, v, n, deftext);
	if (over_budget(t))
		printf("tune:   time budget spent\n");
	if (t->rejected_task > 3)
		printf("tune:   (%d candidates rejected in all)\n", t->rejected_task);
	snprintf(why, sizeof(why), "%.1f us -> %.1f us (%.2fx)", def, best, def / best);
	printf("tune:   %s: %s in the search\n", tk->k->name, why);
	free(v);
	arena_free(&a);
}

/* ---- tasks, report, command ---- */

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
	/* stable selection sort: tunable, then by weight * M*K*P */
	for (int i = 0; i < *n; i++) {
		int b = i;
		for (int j = i + 1; j < *n; j++) {
			double wj = v[j].tunable ? v[j].weight * (double)(v[j].sp.M == IR_DIM_N ? 1 : v[j].sp.M) *
			                           (double)v[j].sp.K * (double)v[j].sp.P : -1;
			double wb = v[b].tunable ? v[b].weight * (double)(v[b].sp.M == IR_DIM_N ? 1 : v[b].sp.M) *
			                           (double)v[b].sp.K * (double)v[b].sp.P : -1;
			if (wj > wb)
				b = j;
		}
		Task tmp = v[i];
		v[i] = v[b];
		v[b] = tmp;
	}
	return v;
}

/*
 * The per-task table of a records file for this model and target:
 * default and best median, speed-up, and the weighted totals.
 */
static int print_report(Tuner *t, const Task *v, int n)
{
	SchRecords r;
	VitcErr err;
	double tot_def = 0, tot_best = 0;
	int rows = 0;

	if (sch_records_read(t->o->records, &r, stderr, &err) < 0) {
		fprintf(stderr, "vitc tune: %s\n", err.msg);
		return -1;
	}
	printf("%-18s %-32s %-8s %-14s %3s %10s %10s %7s  %s\n", "task", "kernel", "op", "shape",
	       "x", "default_us", "best_us", "speedup", "best schedule");
	for (int i = 0; i < n; i++) {
		if (!v[i].tunable || !task_matches(t->o, t->p, &v[i]))
			continue;
		double dus, bus;
		const SchRecord *d = sch_records_default(&r, v[i].key, &t->fp, &dus);
		const SchRecord *b = sch_records_best(&r, v[i].key, &t->fp, &bus);
		char shape[64];
		shape_str(&v[i].sp, shape, sizeof(shape));
		if (!d || !b)
			continue;
		rows++;
		tot_def += v[i].weight * dus;
		tot_best += v[i].weight * bus;
		const char *name = v[i].k->name;
		size_t nl = strlen(name);
		printf("%-18s %s%-*s %-8s %-14s %3d %10.1f %10.1f %6.2fx  %s\n", v[i].key,
		       nl > 32 ? ".." : "", nl > 32 ? 30 : 32, nl > 32 ? name + nl - 30 : name, v[i].k->op, shape, v[i].weight, dus, bus, dus / bus,
		       b->is_default ? "(default)" : b->schedule);
	}
	if (rows)
		printf("weighted total (sum of weight x mean median): default %.1f us, tuned %.1f us, %.2fx\n",
		       tot_def, tot_best, tot_def / tot_best);
	else
		printf("no records for this model's tasks on this target (%s, %s)\n", t->fp.llvm_cpu,
		       t->fp.cpu_model);
	sch_records_free(&r);
	return 0;
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

static int usable_cpus(void)
{
	cpu_set_t s;
	if (sched_getaffinity(0, sizeof(s), &s) == 0 && CPU_COUNT(&s) > 0)
		return CPU_COUNT(&s);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

/* Parse a number option value into *out; -1 on a bad value. */
static int num_value(const char *v, double lo, double *out)
{
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	if (errno || end == v || *end || !(d >= lo) || !isfinite(d))
		return -1;
	*out = d;
	return 0;
}

static int parse_args(int argc, char **argv, TuneOptions *o)
{
	static const char *const vflags[] = {"--records", "--trials", "--time-budget", "--seed",
	                                     "--threads", "--timeout", "--tasks", "--weights",
	                                     "--shift-linear", "--confirm", NULL};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		int f;
		for (f = 0; vflags[f]; f++) {
			size_t n = strlen(vflags[f]);
			if (!strncmp(a, vflags[f], n) && a[n] == '=') {
				v = a + n + 1;
				break;
			}
			if (!strcmp(a, vflags[f])) {
				if (i + 1 >= argc)
					return cli_usage_error("tune", "%s needs a value", a);
				v = argv[++i];
				break;
			}
		}
		if (vflags[f]) {
			double d;
			int bad = 0;
			switch (f) {
			case 0: o->records = v; break;
			case 1: bad = num_value(v, 0, &d) || d != floor(d) || d > 100000; o->trials = (int)d; break;
			case 2: bad = num_value(v, 0, &d); o->budget = d; break;
			case 3: bad = num_value(v, 0, &d) || d != floor(d); o->seed = (uint64_t)d; break;
			case 4: bad = num_value(v, 1, &d) || d != floor(d) || d > 1024; o->threads = (int)d; break;
			case 5: bad = num_value(v, 0.1, &d); o->timeout = d; break;
			case 6: o->tasks = v; break;
			case 7: o->weights = v; break;
			case 8:
				bad = strcmp(v, "mlp") && strcmp(v, "attn") && strcmp(v, "all");
				o->shift_linear = v;
				break;
			case 9: bad = num_value(v, 0, &d) || d != floor(d) || d > 100; o->confirm = (int)d; break;
			}
			if (bad)
				return cli_usage_error("tune", "bad value '%s' for %s", v, vflags[f]);
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(tune_usage, stdout);
			return 0;
		} else if (!strcmp(a, "--resume")) {
			o->resume = 1;
		} else if (!strcmp(a, "--report")) {
			o->report = 1;
		} else if (!strncmp(a, "-mcpu=", 6)) {
			o->cpu = a + 6;
		} else if (!strncmp(a, "-mattr=", 7)) {
			o->features = a + 7;
		} else if (a[0] == '-' && a[1]) {
			return cli_usage_error("tune", "unknown option '%s'", a);
		} else if (o->model) {
			return cli_usage_error("tune", "more than one model given");
		} else {
			o->model = a;
		}
	}
	if (!o->model)
		return cli_usage_error("tune", "missing MODEL.json");
	if (!o->records)
		return cli_usage_error("tune", "missing --records FILE");
	return -1;
}

/*
 * Lower the model as driver_compile does (the same graph passes,
 * driver_graph_passes; fusion on) up to the memory plan, so the tasks are
 * the kernels compile builds.
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
	if (cg_target_describe(&t->cg, &t->tgt, err) == 0) {
		p = pass_lower(g, 1, bounds, &t->tgt, err);
		if (p)
			pass_memplan(p);
	}
	free(bounds);
	return p;
}

int cmd_tune(int argc, char **argv)
{
	TuneOptions o = {.trials = 12, .seed = 1, .timeout = 60, .confirm = 2};
	Tuner t = {.o = &o};
	VitcErr err = {{0}};
	Graph *g = NULL;
	int rc = 1, ntasks = 0, tuned = 0;
	Task *tasks = NULL;
	struct stat st;

	int u = parse_args(argc, argv, &o);
	if (u >= 0)
		return u;
	if (!o.threads)
		o.threads = usable_cpus();
	t.cg = (CgOptions){.cpu = o.cpu, .features = o.features,
	                  .opt_level = CG_DEFAULT_OPT_LEVEL};
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
	sch_fingerprint(&t.tgt, o.features, &t.fp);
	tasks = collect_tasks(&t, &ntasks);
	if (o.report) {
		rc = print_report(&t, tasks, ntasks) ? 1 : 0;
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
	if (o.budget > 0)
		t.deadline = tune_now() + o.budget;
	int n_tunable = 0;
	for (int i = 0; i < ntasks; i++)
		n_tunable += tasks[i].tunable && task_matches(&o, t.p, &tasks[i]);
	printf("tune: %s: %d kernels, %d tasks, %d to tune; target %s; %d threads; %d trials per task\n",
	       o.model, t.p->n_kernels, ntasks, n_tunable, t.fp.llvm_cpu, o.threads, o.trials);
	for (int i = 0; i < ntasks && !over_budget(&t); i++) {
		if (!tasks[i].tunable || !task_matches(&o, t.p, &tasks[i]))
			continue;
		tune_task(&t, &tasks[i], tuned++, n_tunable);
	}
	printf("tune: %d measurements (%d failed), %d candidates rejected by the legality check; "
	       "records in %s\n", t.measured, t.failed, t.rejected, o.records);
	fclose(t.rec);
	t.rec = NULL;
	print_report(&t, tasks, ntasks);
	rc = 0;
out:
	if (t.rec)
		fclose(t.rec);
	if (t.dir[0]) {
		char path[300];
		static const char *const names[] = {"res", "out", "cand.so"};
		for (int i = 0; i < 3; i++) {
			snprintf(path, sizeof(path), "%s/%s", t.dir, names[i]);
			unlink(path);
		}
		rmdir(t.dir);
	}
	if (t.ctx)
		isl_ctx_free(t.ctx);
	sch_records_free(&t.old);
	free(t.ref);
	free(tasks);
	k_program_free(t.p);
	ir_graph_free(g);
	return rc;
}
