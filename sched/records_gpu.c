/*
 * sched/records_gpu.c - which GPU tuning record a `vitc compile --target
 * cuda:sm_XX --records FILE` (or `--emulate-gpu --records FILE`) applies
 * (sched/records.h, docs/tuning.md "GPU search space").
 *
 * `vitc tune --target cuda:sm_XX` writes "untimed" records: candidates
 * that assemble with ptxas without spills and compute what the default
 * computes in the CPU emulation, but nobody has timed them (no GPU).
 * Nothing says they are faster than the default, so the rule is: a task
 * gets the fastest record with a time (status "ok", measured on a GPU by
 * a later run or by hand); failing that an untimed record marked
 * "selected": true (the last such line of the task wins); otherwise the
 * default.  The schedules themselves are applied by
 * sch_gpu_defaults_with, which checks them.
 */
#include <stdio.h>
#include <string.h>

#include "sched/gpu.h"
#include "sched/records.h"
#include "sched/space.h"
#include "sched/target.h"

/* sch_records_scan's test for a cuda compile: a GPU record for "sm" (0: any sm). */
static int gpu_record(const SchRecord *rec, const void *sm)
{
	return sch_fingerprint_is_gpu(&rec->fp, *(const int *)sm);
}

const SchRecord *sch_records_gpu_pick(const SchRecords *r, const char *task, int sm, int *how)
{
	const SchRecord *pick = NULL;
	double best = 0;

	for (int j = 0; j < r->n; j++) {   /* timed: the fastest mean (sch_records_best's rule) */
		const SchRecord *c = &r->v[j];
		if (c->ok && !strcmp(c->task, task) && sch_fingerprint_is_gpu(&c->fp, sm)) {
			double us;
			const SchRecord *b = sch_records_best(r, task, &c->fp, &us);
			if (b && (!pick || us < best)) {
				pick = b;
				best = us;
			}
		}
	}
	if (how)
		*how = pick ? 1 : 0;
	if (pick)
		return pick;
	for (int j = r->n - 1; j >= 0; j--) {   /* else the last selected untimed one */
		const SchRecord *c = &r->v[j];
		if (c->untimed && c->selected && !strcmp(c->task, task) &&
		    sch_fingerprint_is_gpu(&c->fp, sm)) {
			if (how)
				*how = 2;
			return c;
		}
	}
	return NULL;
}

const char **sch_records_gpu_choose(Program *p, const char *path, int sm, FILE *notices)
{
	SchRecords r;
	VitcErr err;
	const char **chosen, **keys;
	int bad = sch_records_read(path, &r, notices, &err), for_gpu = 0, applied = 0;
	int unknown = 0, first_unknown = -1;

	if (bad < 0) {
		fprintf(notices, "vitc: notice: %s; default schedules\n", err.msg);
		return NULL;
	}
	chosen = arena_calloc(&p->arena, (size_t)p->n_kernels + 1, sizeof(*chosen));
	keys = arena_calloc(&p->arena, (size_t)p->n_kernels + 1, sizeof(*keys));
	for (int i = 0; i < p->n_kernels; i++)
		keys[i] = sch_task_key(&p->arena, p->kernels[i]);
	for_gpu = sch_records_scan(&r, keys, p->n_kernels, gpu_record, &sm, &unknown, &first_unknown);
	for (int i = 0; i < p->n_kernels; i++) {
		const SchRecord *pick = sch_records_gpu_pick(&r, keys[i], sm, NULL);
		if (pick)
			chosen[i] = arena_strdup(&p->arena, pick->schedule);
		applied += chosen[i] != NULL;
	}
	if (bad)
		;   /* the bad line's notice was the one line */
	else if (!r.n)
		fprintf(notices, "vitc: notice: %s: no records; default schedules\n", path);
	else if (!for_gpu) {
		char name[32];
		snprintf(name, sizeof(name), sm ? "sm_%d" : "any sm", sm);
		fprintf(notices, "vitc: notice: %s: no record was made for this target (cuda %s); "
		        "default schedules\n", path, name);
	}
	else if (unknown)
		sch_records_notice_unknown(notices, &r, first_unknown, unknown);
	else if (!applied)
		fprintf(notices, "vitc: notice: %s: no timed or selected GPU record for this model's "
		        "tasks (untimed records apply only with \"selected\": true); default "
		        "schedules\n", path);
	sch_records_free(&r);
	return chosen;
}

int sch_records_gpu_forms(const Program *p, const char **chosen, const char *path,
                          FILE *notices, Arena *a, SchGpuForm **forms)
{
	int n = 0, bad = 0;
	char first[400] = "";

	*forms = arena_calloc(a, (size_t)p->n_kernels + 1, sizeof(**forms));
	for (int i = 0; chosen && i < p->n_kernels; i++) {
		const Kernel *k = p->kernels[i];
		VitcErr e = {{0}};
		int threads = 0, have = sch_gpu_form_threads(k);
		int r;
		if (!chosen[i])
			continue;
		r = sch_gpu_form_parse(chosen[i], &threads, &e);
		if (r == 0 && !have)
			continue;   /* a schedule for a kernel the schedule layer maps */
		if (r < 0)
			;
		else if (r == 0)
			vitc_errf(&e, "'%.60s': a GPU form of lowering takes lower(threads=N), not a "
			          "schedule", chosen[i]);
		else if (!have)
			vitc_errf(&e, "'%.60s': not a GPU form of lowering (it takes a schedule)",
			          chosen[i]);
		else if (threads != have) {
			(*forms)[n++] = (SchGpuForm){arena_strdup(a, k->name), threads};
		}
		if (e.msg[0] && !bad++)
			snprintf(first, sizeof(first), "kernel '%.120s': %.260s", k->name, e.msg);
		chosen[i] = NULL;
	}
	if (bad && notices)
		fprintf(notices, "vitc: notice: %s: a GPU record does not apply (%d kernel%s): %s; "
		        "default kept\n", path, bad, bad > 1 ? "s" : "", first);
	return n;
}
