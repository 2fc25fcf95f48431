/*
 * tune_report.c - `vitc tune --report` (tune.h): the table of a records
 * file for this model and target, and the convergence plot, a plain SVG
 * written by hand (no dependencies): per task the best time so far
 * relative to the default against the trial number, one polyline each.
 */
#define _GNU_SOURCE 1
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/tune.h"

void tune_shape_str(const SchSpace *sp, char *buf, size_t len)
{
	if (sp->kind == SCH_SPACE_GENERIC || !sp->K)
		snprintf(buf, len, "%s", sp->shape ? sp->shape : "-");
	else if (sp->M == IR_DIM_N)
		snprintf(buf, len, "Nx%lldx%lld", (long long)sp->K, (long long)sp->P);
	else
		snprintf(buf, len, "%lldx%lldx%lld", (long long)sp->M, (long long)sp->K,
		         (long long)sp->P);
}

/* "s" with the XML specials escaped. */
static void xml_text(FILE *f, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
}

/* A "nice" tick step (1, 2 or 5 x 10^k) for about "n" ticks over "range". */
static double tick_step(double range, int n)
{
	double raw = range / n, p = pow(10, floor(log10(raw))), m = raw / p;
	return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

/*
 * One task's curve: ys[0] = 1 (the default), ys[k] = the best time after
 * trial k over the default, from the task's search records in file order
 * (failed ones count as trials; confirmations are not trials).
 */
static int task_curve(const SchRecords *r, const Task *tk, const SchFingerprint *fp,
                      double def, double **ys)
{
	int n = 1;
	double best = def;

	*ys = xcalloc((size_t)r->n + 2, sizeof(double));
	(*ys)[0] = 1.0;
	for (int i = 0; i < r->n; i++) {
		const SchRecord *x = &r->v[i];
		if (strcmp(x->task, tk->key) || x->is_default || x->confirm ||
		    !sch_fingerprint_eq(&x->fp, fp))
			continue;
		if (x->ok && x->median_us < best)
			best = x->median_us;
		(*ys)[n++] = def > 0 ? best / def : 1.0;
	}
	return n;
}

/* Write the plot of the curves to "path" (atomically); 0, or -1 with a message. */
static int write_svg(const char *path, const char *title, const Task *const *tk,
                     double *const *ys, const int *np, int nt)
{
	enum { W = 720, H = 420, L = 70, R = 230, T = 40, B = 50 };
	static const char *const colors[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
	                                     "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
	                                     "#bcbd22", "#17becf"};
	char *text = NULL;
	size_t len = 0;
	int xmax = 1;
	double ylo = 1, yhi = 1;
	VitcErr err;

	for (int i = 0; i < nt; i++) {
		xmax = np[i] - 1 > xmax ? np[i] - 1 : xmax;
		for (int k = 0; k < np[i]; k++) {
			ylo = fmin(ylo, ys[i][k]);
			yhi = fmax(yhi, ys[i][k]);
		}
	}
	double ystep = tick_step(fmax(yhi - ylo, 0.05), 5);
	ylo = floor(ylo / ystep) * ystep;
	yhi = ceil(yhi / ystep) * ystep;
	if (yhi <= ylo)
		yhi = ylo + ystep;
	double xstep = fmax(1, tick_step(xmax, 6));
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return fprintf(stderr, "vitc tune: %s: out of memory\n", path), -1;
#define PX(x) (L + (double)(x) / xmax * (W - L - R))
#define PY(y) (H - B - ((y) - ylo) / (yhi - ylo) * (H - T - B))
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
	        "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
	fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", W, H);
	fprintf(f, "<text x=\"%d\" y=\"22\" font-size=\"14\">", L);
	xml_text(f, title);
	fprintf(f, "</text>\n");
	fprintf(f, "<g stroke=\"black\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
	        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n",
	        L, H - B, W - R, H - B, L, T, L, H - B);
	for (double x = 0; x <= xmax + 1e-9; x += xstep)
		fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>"
		        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%g</text>\n",
		        PX(x), H - B, PX(x), H - B + 5, PX(x), H - B + 18, x);
	for (double y = ylo; y <= yhi + 1e-9; y += ystep)
		fprintf(f, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
		        "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>\n",
		        L, PY(y), W - R, PY(y), L - 6, PY(y) + 4, y);
	fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">trial</text>\n",
	        (L + W - R) / 2, H - 12);
	fprintf(f, "<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">"
	        "best time / default time</text>\n", (T + H - B) / 2, (T + H - B) / 2);
	for (int i = 0; i < nt; i++) {
		const char *c = colors[i % 10];
		fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"", c);
		for (int k = 0; k < np[i]; k++)
			fprintf(f, "%s%.1f,%.1f", k ? " " : "", PX(k), PY(ys[i][k]));
		fprintf(f, "\"><title>");
		xml_text(f, tk[i]->k->name);
		fprintf(f, "</title></polyline>\n");
		fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
		        "stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">", W - R + 12, T + 8 + 16 * i,
		        W - R + 32, T + 8 + 16 * i, c, W - R + 38, T + 12 + 16 * i);
		const char *name = tk[i]->k->name;
		size_t nl = strlen(name);
		xml_text(f, nl > 28 ? name + nl - 28 : name);
		fprintf(f, "</text>\n");
	}
	fprintf(f, "</svg>\n");
#undef PX
#undef PY
	if (fclose(f) != 0) {
		free(text);
		return fprintf(stderr, "vitc tune: %s: out of memory\n", path), -1;
	}
	int rc = file_write_atomic(path, text, len, &err);
	if (rc)
		fprintf(stderr, "vitc tune: %s\n", err.msg);
	free(text);
	return rc;
}

/* The plot of the selected tasks with records in "r". */
static int plot(Tuner *t, const SchRecords *r, const Task *v, int n, const char *path)
{
	const Task **tk = xcalloc((size_t)n + 1, sizeof(*tk));
	double **ys = xcalloc((size_t)n + 1, sizeof(*ys));
	int *np = xcalloc((size_t)n + 1, sizeof(*np));
	int nt = 0, rc;
	char title[512];

	for (int i = 0; i < n; i++) {
		double dus;
		if (!v[i].selected || !sch_records_default(r, v[i].key, &t->fp, &dus))
			continue;
		tk[nt] = &v[i];
		np[nt] = task_curve(r, &v[i], &t->fp, dus, &ys[nt]);
		nt++;
	}
	const char *base = strrchr(t->o->records, '/');
	snprintf(title, sizeof(title), "vitc tune: best time so far per task (%s, %s, %d threads)",
	         base ? base + 1 : t->o->records, t->fp.llvm_cpu, t->fp.threads);
	rc = write_svg(path, title, tk, ys, np, nt);
	if (!rc)
		printf("plot of %d task%s in %s\n", nt, nt == 1 ? "" : "s", path);
	for (int i = 0; i < nt; i++)
		free(ys[i]);
	free(ys);
	free(np);
	free(tk);
	return rc;
}

/*
 * The tasks --tasks selects that have no search space, one line each with
 * the reason (a routing scan, a gather by run-time indices, ...).
 */
static void no_space(Tuner *t, const Task *v, int n)
{
	int shown = 0;

	for (int i = 0; i < n; i++) {
		if (v[i].tunable || !tune_task_wanted(t, &v[i]))
			continue;
		if (!shown++)
			printf("no search space (default schedule kept):\n");
		printf("  %-18s %-32s %-12s x%d: %s\n", v[i].key, v[i].k->name, v[i].k->op,
		       v[i].weight, v[i].sp.why ? v[i].sp.why : "-");
	}
}

/*
 * The selected tasks without a usable record for this target (the time
 * budget ran out before them, or they were left to another --tasks), one
 * line each: what `vitc compile --records` leaves at the default.  On an
 * empty records file this lists every task a run would tune.
 */
static void untuned(const Tuner *t, const SchRecords *r, const Task *v, int n)
{
	int shown = 0;

	for (int i = 0; i < n; i++) {
		double us;
		if (!v[i].selected || (sch_records_default(r, v[i].key, &t->fp, &us) &&
		                       sch_records_best(r, v[i].key, &t->fp, &us)))
			continue;
		char shape[64];
		tune_shape_str(&v[i].sp, shape, sizeof(shape));
		if (!shown++)
			printf("not tuned (no record for this target; default schedule kept):\n");
		printf("  %-18s %-32s %-12s %-14s x%d\n", v[i].key, v[i].k->name, v[i].k->op, shape,
		       v[i].weight);
	}
}

/*
 * The tasks whose in-model verdict (the last one) overrules the table's
 * best: compile builds the pinned schedule there, usually the default.
 */
static void overruled(const Tuner *t, const SchRecords *r, const Task *v, int n)
{
	int shown = 0;

	for (int i = 0; i < n; i++) {
		double us;
		const SchRecord *pin = sch_records_pinned(r, v[i].key, &t->fp);
		const SchRecord *b = sch_records_best(r, v[i].key, &t->fp, &us);
		if (!v[i].selected || !pin || !b || !strcmp(pin->schedule, b->schedule))
			continue;
		if (!shown++)
			printf("overruled in the model (compile uses the in-model verdict):\n");
		printf("  %-18s %-32s %-12s x%d: %s, %.1f us per run in the model\n", v[i].key,
		       v[i].k->name, v[i].k->op, v[i].weight,
		       pin->is_default ? "the default" : pin->schedule, pin->median_us);
	}
}

int tune_print_report(Tuner *t, const Task *v, int n, const char *plot_path)
{
	SchRecords r;
	VitcErr err;
	double tot_def = 0, tot_best = 0;
	int rows = 0, rc = 0;

	if (sch_records_read(t->o->records, &r, stderr, &err) < 0) {
		fprintf(stderr, "vitc tune: %s\n", err.msg);
		return -1;
	}
	printf("%-18s %-32s %-12s %-14s %3s %10s %10s %7s  %s\n", "task", "kernel", "op", "shape",
	       "x", "default_us", "best_us", "speedup", "best schedule");
	for (int i = 0; i < n; i++) {
		if (!v[i].selected)
			continue;
		double dus, bus;
		const SchRecord *d = sch_records_default(&r, v[i].key, &t->fp, &dus);
		const SchRecord *b = sch_records_best(&r, v[i].key, &t->fp, &bus);
		char shape[64];
		tune_shape_str(&v[i].sp, shape, sizeof(shape));
		if (!d || !b)
			continue;
		rows++;
		tot_def += v[i].weight * dus;
		tot_best += v[i].weight * bus;
		const char *name = v[i].k->name;
		size_t nl = strlen(name);
		printf("%-18s %s%-*s %-12s %-14s %3d %10.1f %10.1f %6.2fx  %s\n", v[i].key,
		       nl > 32 ? ".." : "", nl > 32 ? 30 : 32, nl > 32 ? name + nl - 30 : name,
		       v[i].k->op, shape, v[i].weight, dus, bus, dus / bus,
		       b->is_default ? "(default)" : b->schedule);
	}
	if (rows)
		printf("weighted total (sum of weight x mean median): default %.1f us, tuned %.1f us, %.2fx\n",
		       tot_def, tot_best, tot_def / tot_best);
	else
		printf("no records for this model's tasks on this target (%s, %s, %d threads)\n",
		       t->fp.llvm_cpu, t->fp.cpu_model, t->fp.threads);
	overruled(t, &r, v, n);
	untuned(t, &r, v, n);
	no_space(t, v, n);
	if (plot_path)
		rc = plot(t, &r, v, n, plot_path);
	sch_records_free(&r);
	return rc;
}
