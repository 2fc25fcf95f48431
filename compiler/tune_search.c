/*
 * tune_search.c - the search of one task of `vitc tune` (tune.h,
 * docs/tuning.md): the default schedule first (its output is the
 * reference), then the cost model's best candidates for half the trials,
 * then mutations of the fastest measured ones, then the confirmation
 * rounds.  Candidates are checked by sch_apply in this process and
 * measured in batches of --jobs (built in parallel, timed one at a time,
 * tune_measure.c); with --jobs 1 the order is exactly the sequential one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/tune.h"
#include "sched/schedule.h"

/* Append the record of a measurement (not of one cut short by an interrupt). */
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
	if (tune_interrupted)
		return;
	if (sch_record_write(t->rec, &r))
		fprintf(stderr, "vitc tune: warning: %s: cannot append a record\n", t->o->records);
	t->measured++;
	t->failed += !m->ok;
	t->trials_done++;
	t->trials_left -= t->trials_left > 0;
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

/* A candidate of the search with what is known of it. */
typedef struct {
	SchCand c;
	const char *text;
	int state;            /* 0 not tried, 1 measured ok, 2 failed, 3 rejected, 4 in a batch */
	double us;
} Cand;

/* Index of candidate "c", or -1. */
static int cand_find(const Cand *v, int n, const SchCand *c)
{
	for (int i = 0; i < n; i++)
		if (!memcmp(&v[i].c, c, sizeof(*c)))
			return i;
	return -1;
}

static int stopped(const Tuner *t)
{
	return tune_interrupted || (t->deadline > 0 && tune_now() > t->deadline);
}

/* Take candidate "i" into the next batch if it is legal (else: rejected, logged). */
static int take(Tuner *t, const Task *tk, Cand *v, int i, Arena *a)
{
	char why[512], label[64];

	if (legal(t, tk, v[i].text, a, why, sizeof(why))) {
		v[i].state = 4;
		return 1;
	}
	sch_cand_label(&tk->sp, &v[i].c, label, sizeof(label));
	v[i].state = 3;
	if (t->rejected_task++ < 3)
		tune_log(t, "tune:   rejected %s: %s\n", label, why);
	t->rejected++;
	return 0;
}

/*
 * Measure the batch v[idx[0..nb)] (trials done + 1 .. done + nb of
 * "trials"), record and log each.  Returns how many were measured.
 */
static int run_batch(Tuner *t, const Task *tk, Cand *v, const int *idx, int nb, int done,
                     int trials, double *best, double def)
{
	TuneJob *jobs = xcalloc((size_t)nb + 1, sizeof(*jobs));
	int measured = 0;

	for (int b = 0; b < nb; b++) {
		jobs[b].text = v[idx[b]].text;
		jobs[b].fault = t->fault_n == done + b + 1 ? t->fault_kind : FAULT_NONE;
	}
	tune_measure_batch(t, tk, jobs, nb);
	for (int b = 0; b < nb && !tune_interrupted; b++) {
		Cand *c = &v[idx[b]];
		const Meas *m = &jobs[b].m;
		char label[64];
		record(t, tk, c->text, m, 0, 0);
		measured++;
		c->state = m->ok ? 1 : 2;
		c->us = m->median_us;
		if (m->ok && m->median_us < *best)
			*best = m->median_us;
		sch_cand_label(&tk->sp, &c->c, label, sizeof(label));
		t->trial = done + b + 1;
		t->best_us = *best;
		if (m->ok)
			tune_log(t, "tune:   [%d/%d] %s: %.1f us (best %.1f us, %.2fx the default)\n",
			         done + b + 1, trials, label, m->median_us, *best, def / *best);
		else
			tune_log(t, "tune:   [%d/%d] %s: failed: %s\n", done + b + 1, trials, label,
			         m->why);
	}
	for (int b = 0; b < nb; b++)            /* interrupted: not measured after all */
		if (v[idx[b]].state == 4)
			v[idx[b]].state = 0;
	free(jobs);
	return measured;
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
	for (int r = 0; r < t->o->confirm && k && !stopped(t); r++) {
		char line[1024];
		int len;
		tune_measure(t, tk, deftext, 0, 1, FAULT_NONE, &m);
		record(t, tk, deftext, &m, 1, 1);
		len = snprintf(line, sizeof(line), "tune:   confirm %d: default %.1f us", r + 1,
		               m.median_us);
		for (int j = 0; j < k && !tune_interrupted; j++) {
			char label[64];
			tune_measure(t, tk, v[top[j]].text, 0, 1, FAULT_NONE, &m);
			record(t, tk, v[top[j]].text, &m, 0, 1);
			sch_cand_label(&tk->sp, &v[top[j]].c, label, sizeof(label));
			if (len < (int)sizeof(line))
				len += m.ok ? snprintf(line + len, sizeof(line) - (size_t)len, ", %s %.1f us",
				                       label, m.median_us)
				            : snprintf(line + len, sizeof(line) - (size_t)len,
				                       ", %s failed: %s", label, m.why);
		}
		if (!tune_interrupted)
			tune_log(t, "%s\n", line);
	}
}

/* The candidates of the task's space, in cost model order, with what --resume knows. */
static Cand *candidates(Tuner *t, const Task *tk, const char *deftext, double def,
                        double *best, int *n, Arena *a)
{
	SchCand *ranked = sch_space_ranked(&tk->sp, n);
	Cand *v = xcalloc((size_t)*n + 1, sizeof(*v));

	for (int i = 0; i < *n; i++) {
		v[i].c = ranked[i];
		v[i].text = sch_cand_text(&tk->sp, &ranked[i], a);
		const SchRecord *r = t->o->resume ?
			sch_records_find(&t->old, tk->key, v[i].text, &t->fp) : NULL;
		if (!strcmp(v[i].text, deftext) || r) {
			int ok = r ? r->ok : 1;
			v[i].state = ok ? 1 : 2;
			v[i].us = r ? r->median_us : def;
			if (ok && v[i].us < *best)
				*best = v[i].us;
		}
	}
	free(ranked);
	return v;
}

/*
 * The search proper: the cost model's best half of the trials, then
 * mutations of the fastest measured, in batches of --jobs.  Returns the
 * number of candidates measured.
 */
static int search(Tuner *t, const Task *tk, Cand *v, int n, int trials, double *best,
                  double def, Arena *a)
{
	int jobs = t->o->jobs > 0 ? t->o->jobs : 1;
	int *idx = xcalloc((size_t)jobs, sizeof(*idx));
	uint64_t rng = t->o->seed ^ (uint64_t)strtoull(tk->key + 1, NULL, 16);
	int done = 0, next = 0, misses = 0;

	while (done < (trials + 1) / 2 && next < n && !stopped(t)) {
		int nb = 0;
		for (; nb < jobs && done + nb < (trials + 1) / 2 && next < n; next++)
			if (v[next].state == 0 && take(t, tk, v, next, a))
				idx[nb++] = next;
		done += run_batch(t, tk, v, idx, nb, done, trials, best, def);
	}
	while (done < trials && !stopped(t) && misses < 200) {
		int nb = 0;
		while (nb < jobs && done + nb < trials) {
			int par = pick_parent(v, n, &rng), i = -1;
			SchCand c;
			if (par >= 0 && sch_cand_mutate(&tk->sp, &v[par].c, &rng, &c))
				i = cand_find(v, n, &c);
			if (i < 0 || v[i].state != 0) {
				if (++misses < 200)
					continue;
				while (next < n && v[next].state != 0)   /* neighbourhood exhausted */
					next++;
				if (next >= n)
					break;
				i = next;
				misses = 0;
			}
			if (take(t, tk, v, i, a))
				idx[nb++] = i;
		}
		if (!nb)
			break;
		done += run_batch(t, tk, v, idx, nb, done, trials, best, def);
	}
	free(idx);
	return done;
}

int tune_task(Tuner *t, Task *tk, int trials)
{
	Arena a = {0};
	char shape[64], deftext[1024];
	int n, planned = 1 + trials + 4 * t->o->confirm, before = t->trials_done;
	Meas m;

	t->rejected_task = 0;
	tune_shape_str(&tk->sp, shape, sizeof(shape));
	sch_format(&tk->k->sched, deftext, sizeof(deftext));
	tune_log(t, "tune: task %d/%d %s %s (%s %s, x%d)\n", t->task_i, t->n_tasks, tk->key,
	         tk->k->name, tk->k->op, shape, tk->weight);
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
	if (tune_interrupted)
		return 0;
	if (!m.ok) {
		tune_log(t, "tune:   default schedule failed (%s); task skipped\n", m.why);
		planned -= t->trials_done - before;
		t->trials_left -= planned < t->trials_left ? planned : t->trials_left;
		return 0;
	}
	tune_log(t, "tune:   default: %.1f us%s\n", def, old_def ? " (recorded)" : "");
	double best = def;
	t->def_us = def;
	t->trial = 0;
	t->trials = trials;
	Cand *v = candidates(t, tk, deftext, def, &best, &n, &a);
	t->best_us = best;
	tune_status(t);
	int done = search(t, tk, v, n, trials, &best, def, &a);
	confirm(t, tk, v, n, deftext);
	if (!tune_interrupted) {
		if (t->deadline > 0 && tune_now() > t->deadline)
			tune_log(t, "tune:   time budget spent\n");
		if (t->rejected_task > 3)
			tune_log(t, "tune:   (%d candidates rejected in all)\n", t->rejected_task);
		tune_log(t, "tune:   %s: %.1f us -> %.1f us (%.2fx) in the search\n", tk->k->name, def,
		         best, def / best);
		t->best_us = best;
		tune_task_done(t, tk);
	}
	int left = planned - (t->trials_done - before);   /* trials the search did not need */
	t->trials_left -= left > 0 ? (left < t->trials_left ? left : t->trials_left) : 0;
	free(v);
	arena_free(&a);
	return done;
}
