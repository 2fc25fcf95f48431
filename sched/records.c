/*
 * sched/records.c - reading, writing and applying tuning records
 * (sched/records.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cJSON.h>

#include "config.h"
#include <isl/schedule.h>
#include "sched/gpu.h"
#include "sched/records.h"
#include "sched/space.h"
#include "sched/schedule.h"

/* The "model name" line of /proc/cpuinfo, or "unknown". */
static void host_cpu_model(char *buf, size_t len)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[512];

	snprintf(buf, len, "unknown");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "model name", 10)) {
			char *v = strchr(line, ':');
			if (v) {
				v++;
				while (*v == ' ' || *v == '\t')
					v++;
				v[strcspn(v, "\n")] = 0;
				snprintf(buf, len, "%s", v);
			}
			break;
		}
	fclose(f);
}

void sch_fingerprint(const SchTarget *t, const char *mattr, int threads, SchFingerprint *fp)
{
	memset(fp, 0, sizeof(*fp));
	host_cpu_model(fp->cpu_model, sizeof(fp->cpu_model));
	snprintf(fp->llvm_cpu, sizeof(fp->llvm_cpu), "%s", t->cpu);
	snprintf(fp->features, sizeof(fp->features), "%s%s%s%s%s%s",
	         t->fma ? "fma," : "", t->avx512 ? "avx512," : "", t->vnni ? "vnni," : "",
	         t->vpopcntdq ? "vpopcntdq," : "", mattr && *mattr ? "mattr=" : "",
	         mattr && *mattr ? mattr : "");
	size_t n = strlen(fp->features);
	if (n && fp->features[n - 1] == ',')
		fp->features[n - 1] = 0;
	fp->vector_bits = t->vector_bits;
	fp->threads = threads;
}

void sch_fingerprint_gpu(int sm, SchFingerprint *fp)
{
	memset(fp, 0, sizeof(*fp));
	snprintf(fp->cpu_model, sizeof(fp->cpu_model), "cuda");
	snprintf(fp->llvm_cpu, sizeof(fp->llvm_cpu), "sm_%d", sm);
}

int sch_fingerprint_is_gpu(const SchFingerprint *fp, int sm)
{
	char want[16];

	snprintf(want, sizeof(want), "sm_%d", sm);
	return !strcmp(fp->cpu_model, "cuda") && (!sm || !strcmp(fp->llvm_cpu, want));
}

int sch_fingerprint_eq(const SchFingerprint *a, const SchFingerprint *b)
{
	return !strcmp(a->cpu_model, b->cpu_model) && !strcmp(a->llvm_cpu, b->llvm_cpu) &&
	       !strcmp(a->features, b->features) && a->vector_bits == b->vector_bits &&
	       a->threads == b->threads;
}

void sch_records_free(SchRecords *r)
{
	free(r->v);
	arena_free(&r->arena);
	memset(r, 0, sizeof(*r));
}

/* A string member "name" of "o" into the arena; NULL + message if absent or not a string. */
static const char *get_str(SchRecords *r, const cJSON *o, const char *name, char *why, size_t len)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
	if (!cJSON_IsString(v)) {
		snprintf(why, len, "'%s' %s", name, v ? "must be a string" : "is missing");
		return NULL;
	}
	return arena_strdup(&r->arena, v->valuestring);
}

static int get_num(const cJSON *o, const char *name, double *out, char *why, size_t len)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || v->valuedouble < 0) {
		snprintf(why, len, "'%s' %s", name, v ? "must be a non-negative number" : "is missing");
		return -1;
	}
	*out = v->valuedouble;
	return 0;
}

/* Parse one line into "rec"; 0, or -1 with "why" filled. */
static int parse_line(SchRecords *r, const char *line, SchRecord *rec, char *why, size_t len)
{
	cJSON *o = cJSON_Parse(line);
	const char *s;
	double d;
	int rc = -1;

	memset(rec, 0, sizeof(*rec));
	if (!cJSON_IsObject(o)) {
		snprintf(why, len, "not a JSON object (truncated or corrupt line)");
		goto out;
	}
	if (!(rec->task = get_str(r, o, "task", why, len)) ||
	    !(rec->schedule = get_str(r, o, "schedule", why, len)) ||
	    !(s = get_str(r, o, "status", why, len)))
		goto out;
	if (strcmp(s, "ok") && strcmp(s, "failed") && strcmp(s, "untimed")) {
		snprintf(why, len, "'status' must be \"ok\", \"failed\" or \"untimed\", not \"%.40s\"",
		         s);
		goto out;
	}
	rec->ok = !strcmp(s, "ok");
	rec->untimed = !strcmp(s, "untimed");
	rec->selected = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "selected"));
	const cJSON *px = cJSON_GetObjectItemCaseSensitive(o, "ptxas");
	if (cJSON_IsObject(px)) {
		static const char *const pk[] = {"registers", "spill_stores", "spill_loads", "stack",
		                                 "shared"};
		int *pv[] = {&rec->regs, &rec->spill_stores, &rec->spill_loads, &rec->stack, &rec->shared};
		for (int i = 0; i < 5; i++) {
			if (get_num(px, pk[i], &d, why, len))
				goto out;
			*pv[i] = (int)d;
		}
		rec->has_ptxas = 1;
	}
	rec->kernel = get_str(r, o, "kernel", why, len);
	rec->op = get_str(r, o, "op", why, len);
	rec->why = get_str(r, o, "why", why, len);
	if (rec->ok && (get_num(o, "median_us", &rec->median_us, why, len) ||
	                get_num(o, "min_us", &rec->min_us, why, len)))
		goto out;
	rec->is_default = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "default"));
	rec->confirm = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "confirm"));
	rec->in_model = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "in_model"));
	/* a record is valid for the thread count it was measured at, so one
	   without it could never apply: a bad line, not a silent mismatch */
	if (get_num(o, "threads", &d, why, len))
		goto out;
	rec->threads = rec->fp.threads = (int)d;
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "target");
	if (!cJSON_IsObject(t)) {
		snprintf(why, len, "'target' %s", t ? "must be an object" : "is missing");
		goto out;
	}
	static const char *const keys[] = {"cpu_model", "llvm_cpu", "features"};
	char *dst[] = {rec->fp.cpu_model, rec->fp.llvm_cpu, rec->fp.features};
	size_t cap[] = {sizeof(rec->fp.cpu_model), sizeof(rec->fp.llvm_cpu), sizeof(rec->fp.features)};
	for (int i = 0; i < 3; i++) {
		if (!(s = get_str(r, t, keys[i], why, len)))
			goto out;
		snprintf(dst[i], cap[i], "%s", s);
	}
	if (get_num(t, "vector_bits", &d, why, len))
		goto out;
	rec->fp.vector_bits = (int)d;
	Schedule sc;
	VitcErr e;
	int threads, form = sch_gpu_form_parse(rec->schedule, &threads, &e);
	if (form < 0 || (!form && sch_parse(rec->schedule, &sc, &r->arena, &e))) {
		snprintf(why, len, "%.200s", e.msg);
		goto out;
	}
	if (form && !sch_fingerprint_is_gpu(&rec->fp, 0)) {   /* a GPU form of lowering's */
		snprintf(why, len, "'%.60s' is for GPU records (cuda)", rec->schedule);
		goto out;
	}
	why[0] = 0;
	rc = 0;
out:
	cJSON_Delete(o);
	return rc;
}

int sch_records_read(const char *path, SchRecords *r, FILE *notices, VitcErr *err)
{
	char *text;
	size_t len;
	int bad = 0, first_bad = 0;
	char first_why[256] = "";

	memset(r, 0, sizeof(*r));
	r->path = path;
	if (file_read_all(path, (size_t)1 << 30, &text, &len, err))
		return -1;
	char *line = text;
	for (int ln = 1; line && *line; ln++) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		char *p = line;
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p) {
			SchRecord rec;
			char why[256];
			if (parse_line(r, p, &rec, why, sizeof(why))) {
				if (!bad++) {
					first_bad = ln;
					snprintf(first_why, sizeof(first_why), "%s", why);
				}
			} else {
				if (r->n == r->cap) {
					r->cap = r->cap ? 2 * r->cap : 64;
					r->v = xrealloc(r->v, (size_t)r->cap * sizeof(*r->v));
				}
				rec.line = ln;
				r->v[r->n++] = rec;
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	free(text);
	if (bad && notices) {
		if (bad > 1)
			fprintf(notices, "vitc: notice: %s:%d: %s; line ignored (and %d more bad lines)\n",
			        path, first_bad, first_why, bad - 1);
		else
			fprintf(notices, "vitc: notice: %s:%d: %s; line ignored\n", path, first_bad,
			        first_why);
	}
	return bad;
}

/* A cJSON string member, "" for NULL. */
static void add_str(cJSON *o, const char *name, const char *v)
{
	cJSON_AddStringToObject(o, name, v ? v : "");
}

int sch_record_write(FILE *f, const SchRecord *rec)
{
	cJSON *o = cJSON_CreateObject(), *t;
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	add_str(o, "task", rec->task);
	add_str(o, "kernel", rec->kernel);
	add_str(o, "op", rec->op);
	add_str(o, "schedule", rec->schedule);
	add_str(o, "status", rec->ok ? "ok" : rec->untimed ? "untimed" : "failed");
	add_str(o, "why", rec->why);
	if (rec->ok) {
		cJSON_AddNumberToObject(o, "median_us", round(rec->median_us * 1000) / 1000);
		cJSON_AddNumberToObject(o, "min_us", round(rec->min_us * 1000) / 1000);
	}
	cJSON_AddBoolToObject(o, "default", rec->is_default);
	if (rec->selected)
		cJSON_AddBoolToObject(o, "selected", 1);
	if (rec->has_ptxas) {
		cJSON *px = cJSON_AddObjectToObject(o, "ptxas");
		cJSON_AddNumberToObject(px, "registers", rec->regs);
		cJSON_AddNumberToObject(px, "spill_stores", rec->spill_stores);
		cJSON_AddNumberToObject(px, "spill_loads", rec->spill_loads);
		cJSON_AddNumberToObject(px, "stack", rec->stack);
		cJSON_AddNumberToObject(px, "shared", rec->shared);
	}
	if (rec->confirm)
		cJSON_AddBoolToObject(o, "confirm", 1);
	if (rec->in_model)
		cJSON_AddBoolToObject(o, "in_model", 1);
	cJSON_AddNumberToObject(o, "threads", rec->threads);
	t = cJSON_AddObjectToObject(o, "target");
	add_str(t, "cpu_model", rec->fp.cpu_model);
	add_str(t, "llvm_cpu", rec->fp.llvm_cpu);
	add_str(t, "features", rec->fp.features);
	cJSON_AddNumberToObject(t, "vector_bits", rec->fp.vector_bits);
	add_str(o, "vitc", PACKAGE_VERSION);
	add_str(o, "time", stamp);
	char *s = cJSON_PrintUnformatted(o);
	int rc = s && fprintf(f, "%s\n", s) > 0 && fflush(f) == 0 ? 0 : -1;
	free(s);
	cJSON_Delete(o);
	return rc;
}

/*
 * The mean median of the records of "task" on "fp" with the schedule of
 * record "i"; -1 when one of them failed.
 */
static double schedule_mean(const SchRecords *r, const int *idx, int n, int i)
{
	double sum = 0;
	int cnt = 0;
	for (int j = 0; j < n; j++) {
		const SchRecord *c = &r->v[idx[j]];
		if (strcmp(c->schedule, r->v[idx[i]].schedule) || c->untimed)
			continue;   /* untimed GPU records say nothing of the time */
		if (!c->ok)
			return -1;
		sum += c->median_us;
		cnt++;
	}
	return cnt ? sum / cnt : -1;
}

/* Indices of the measurements of "task" on "fp" (malloc'd, no in-model verdicts), their count in *n. */
static int *task_records(const SchRecords *r, const char *task, const SchFingerprint *fp, int *n)
{
	int *idx = xcalloc((size_t)r->n + 1, sizeof(int));
	*n = 0;
	for (int i = 0; i < r->n; i++)
		if (!r->v[i].in_model && !strcmp(r->v[i].task, task) &&
		    sch_fingerprint_eq(&r->v[i].fp, fp))
			idx[(*n)++] = i;
	return idx;
}

const SchRecord *sch_records_best(const SchRecords *r, const char *task,
                                  const SchFingerprint *fp, double *us)
{
	const SchRecord *best = NULL;
	int n, *idx = task_records(r, task, fp, &n);

	*us = 0;
	for (int i = 0; i < n; i++) {
		double m = schedule_mean(r, idx, n, i);
		if (m >= 0 && (!best || m < *us)) {
			best = &r->v[idx[i]];
			*us = m;
		}
	}
	free(idx);
	return best;
}

int sch_records_top(const SchRecords *r, const char *task, const SchFingerprint *fp,
                    const SchRecord **out, double *us, int k)
{
	int n, m = 0, *idx = task_records(r, task, fp, &n);

	for (int i = 0; i < n; i++) {
		double t = schedule_mean(r, idx, n, i);
		const SchRecord *c = &r->v[idx[i]];
		int dup = 0;
		for (int j = 0; j < m && !dup; j++)
			dup = !strcmp(out[j]->schedule, c->schedule);
		if (t < 0 || dup)
			continue;
		/* insert by time into the k kept so far */
		int at = m;
		while (at > 0 && us[at - 1] > t)
			at--;
		if (at >= k)
			continue;
		for (int j = (m < k ? m : k - 1); j > at; j--) {
			out[j] = out[j - 1];
			us[j] = us[j - 1];
		}
		out[at] = c;
		us[at] = t;
		if (m < k)
			m++;
	}
	free(idx);
	return m;
}

const SchRecord *sch_records_default(const SchRecords *r, const char *task,
                                     const SchFingerprint *fp, double *us)
{
	const SchRecord *d = NULL;
	int n, *idx = task_records(r, task, fp, &n);

	*us = 0;
	for (int i = 0; i < n && !d; i++)
		if (r->v[idx[i]].is_default && r->v[idx[i]].ok) {
			double m = schedule_mean(r, idx, n, i);
			if (m >= 0) {
				d = &r->v[idx[i]];
				*us = m;
			}
		}
	free(idx);
	return d;
}

const SchRecord *sch_records_pinned(const SchRecords *r, const char *task,
                                    const SchFingerprint *fp)
{
	for (int i = r->n - 1; i >= 0; i--)
		if (r->v[i].in_model && r->v[i].ok && !strcmp(r->v[i].task, task) &&
		    sch_fingerprint_eq(&r->v[i].fp, fp))
			return &r->v[i];
	return NULL;
}

const SchRecord *sch_records_choice(const SchRecords *r, const char *task,
                                    const SchFingerprint *fp, double *us)
{
	const SchRecord *pin = sch_records_pinned(r, task, fp);

	if (!pin)
		return sch_records_best(r, task, fp, us);
	*us = pin->median_us;
	return pin;
}

const SchRecord *sch_records_find(const SchRecords *r, const char *task, const char *sched,
                                  const SchFingerprint *fp)
{
	for (int i = 0; i < r->n; i++)
		if (!strcmp(r->v[i].task, task) && !strcmp(r->v[i].schedule, sched) &&
		    sch_fingerprint_eq(&r->v[i].fp, fp))
			return &r->v[i];
	return NULL;
}

/* Does schedule "sc" apply to kernel "k" (structure and dependences)? */
static int schedule_applies(isl_ctx *ctx, const Kernel *k, const Schedule *sc, VitcErr *err)
{
	isl_schedule *s = sch_initial(ctx, k, err);
	if (!s)
		return 0;
	s = sch_apply(s, k, sc, err);
	if (!s)
		return 0;
	isl_schedule_free(s);
	return 1;
}

int sch_records_scan(const SchRecords *r, const char *const *keys, int nk,
                     int (*for_target)(const SchRecord *, const void *), const void *arg,
                     int *unknown, int *first)
{
	int n = 0;

	*unknown = 0;
	*first = -1;
	for (int i = 0; i < r->n; i++) {
		if (!for_target(&r->v[i], arg))
			continue;
		n++;
		int known = 0;
		for (int j = 0; j < nk && !known; j++)
			known = !strcmp(keys[j], r->v[i].task);
		if (!known && !(*unknown)++)
			*first = i;
	}
	return n;
}

void sch_records_notice_unknown(FILE *notices, const SchRecords *r, int first, int unknown)
{
	fprintf(notices, "vitc: notice: %s:%d: task %s (kernel '%s') is not in this model; "
	        "ignored%s\n", r->path, r->v[first].line, r->v[first].task,
	        r->v[first].kernel ? r->v[first].kernel : "?",
	        unknown > 1 ? " (with the other records of unknown tasks)" : "");
}

/* sch_records_scan's test for a CPU compile: the record's fingerprint is "fp". */
static int cpu_record(const SchRecord *rec, const void *fp)
{
	return sch_fingerprint_eq(&rec->fp, fp);
}

int sch_records_apply(Program *p, const char *path, const SchTarget *t, const char *mattr,
                      int threads, FILE *notices)
{
	SchRecords r;
	SchFingerprint fp;
	VitcErr err;
	int applied = 0, tunable = 0, missing = 0, for_fp = 0, unknown = 0, first_unknown = -1;
	const char **keys;
	isl_ctx *ctx = NULL;
	int bad = sch_records_read(path, &r, notices, &err);

	if (bad < 0) {
		fprintf(notices, "vitc: notice: %s; default schedules\n", err.msg);
		return 0;
	}
	sch_fingerprint(t, mattr, threads, &fp);
	keys = xcalloc((size_t)p->n_kernels + 1, sizeof(*keys));
	for (int i = 0; i < p->n_kernels; i++)
		keys[i] = sch_task_key(&p->arena, p->kernels[i]);
	for_fp = sch_records_scan(&r, keys, p->n_kernels, cpu_record, &fp, &unknown, &first_unknown);
	for (int i = 0; i < p->n_kernels; i++) {
		Kernel *k = p->kernels[i];
		SchSpace sp;
		int is_tunable = sch_space_of(k, t, 1, &sp, &p->arena);
		double us;
		const SchRecord *best = sch_records_choice(&r, keys[i], &fp, &us);
		int seen = 0;
		for (int j = 0; j < i; j++)
			seen |= !strcmp(keys[j], keys[i]);
		tunable += is_tunable && !seen;
		if (!best) {
			missing += is_tunable && !seen;
			continue;
		}
		if (best->in_model && best->is_default)
			continue;   /* tuning found the default best in the whole model */
		Schedule sc;
		if (sch_parse(best->schedule, &sc, &p->arena, &err))
			continue;   /* checked when read */
		if (!ctx)
			ctx = sch_ctx_alloc();
		if (!schedule_applies(ctx, k, &sc, &err)) {
			if (!seen && !bad++)
				fprintf(notices, "vitc: notice: %s:%d: the schedule does not apply to kernel "
				        "'%s' (%s); default schedule kept\n", path, best->line, k->name, err.msg);
			continue;
		}
		k->sched = sc;
		applied++;
	}
	if (bad)
		;   /* one line per file: the bad line's notice was it */
	else if (!r.n)
		fprintf(notices, "vitc: notice: %s: no records; default schedules\n", path);
	else if (!for_fp)
		fprintf(notices, "vitc: notice: %s: no record was measured for this target (%s, %s, "
		        "%s, %d threads); default schedules\n", path, fp.llvm_cpu,
		        fp.features[0] ? fp.features : "-", fp.cpu_model, fp.threads);
	else if (unknown)
		sch_records_notice_unknown(notices, &r, first_unknown, unknown);
	else if (missing && for_fp)
		fprintf(notices, "vitc: notice: %s: %d of %d tunable tasks have no record for this "
		        "target; default schedules there\n", path, missing, tunable);
	if (ctx)
		isl_ctx_free(ctx);
	free(keys);
	sch_records_free(&r);
	return applied;
}
