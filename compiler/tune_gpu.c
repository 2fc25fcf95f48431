/*
 * tune_gpu.c - `vitc tune MODEL.json --target cuda:sm_XX --records FILE`:
 * the GPU search space (docs/tuning.md, "GPU search space").  There is no
 * GPU to time anything on, so a candidate is checked, not measured:
 *
 *  - legal: a staged matmul's tiles within 1024 threads and 48 KiB of
 *    static shared memory per block, and the schedule accepted by
 *    sch_apply (structure, dependences, the GPU mapping and barriers);
 *  - its kernel compiled alone to PTX (a build child, tune_measure.c) and
 *    assembled by ptxas -v: an error, a spill or a stack frame rejects
 *    it; the registers, stack frame and shared memory go into the record;
 *  - run in the CPU emulation of GPU schedules (--emulate-gpu) on the
 *    seeded random input, its outputs compared with the default GPU
 *    schedule's (floats within 1e-5 x max |ref|, integers bit-exact).
 *
 * The GPU forms of lowering (the block-per-row norms and softmax, the
 * MoE scan: kernels whose lowering binds their loops) have their threads
 * per block as their space, "lower(threads=N)": each candidate's build
 * child lowers the model again with N (tune_measure.c).
 *
 * Each candidate that passes is a record with status "untimed" (and the
 * GPU fingerprint cuda/sm_XX); one that fails a "failed" record with the
 * reason.  A machine with a GPU can time them later; `vitc compile
 * --target cuda --records` applies only timed or "selected" records
 * (sched/records_gpu.c).
 */
#define _GNU_SOURCE 1
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/tune.h"
#include "sched/gpu.h"
#include "sched/schedule.h"

/* ptxas -v of one candidate's PTX. */
typedef struct {
	int ran;        /* ptxas was found and run */
	int ok;         /* it assembled */
	int regs, spill_stores, spill_loads, stack, shared;
	char why[256];
} Ptxas;

/* $VITC_PTXAS, else /usr/local/cuda/bin/ptxas; NULL when not executable. */
static const char *ptxas_path(void)
{
	const char *p = getenv("VITC_PTXAS");

	if (!p || !*p)
		p = "/usr/local/cuda/bin/ptxas";
	return access(p, X_OK) == 0 ? p : NULL;
}

/* Sum of the numbers before "what" on the lines of "out" (ptxas -v's per-function lines). */
static int ptxas_field(const char *out, const char *what, int max)
{
	int v = 0;

	for (const char *q = strstr(out, what); q; q = strstr(q + 1, what)) {
		const char *b = q;
		while (b > out && b[-1] == ' ')
			b--;
		while (b > out && b[-1] >= '0' && b[-1] <= '9')
			b--;
		int n = atoi(b);
		v = max ? (n > v ? n : v) : v + n;
	}
	return v;
}

/* Run ptxas -v -arch=sm_XX on "ptx" into "px". */
static void run_ptxas(const char *ptxas, int sm, const char *ptx, Ptxas *px)
{
	char cmd[1200], *out = NULL;
	size_t len = 0, cap = 0;
	char buf[4096];
	FILE *f;
	int st;

	memset(px, 0, sizeof(*px));
	px->ran = 1;
	snprintf(cmd, sizeof(cmd), "'%s' -v -arch=sm_%d '%s' -o /dev/null 2>&1", ptxas, sm, ptx);
	if (!(f = popen(cmd, "r"))) {
		snprintf(px->why, sizeof(px->why), "ptxas: cannot run %s", ptxas);
		return;
	}
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		if (len + n + 1 > cap) {
			cap = 2 * (len + n + 1);
			out = xrealloc(out, cap);
		}
		memcpy(out + len, buf, n);
		len += n;
	}
	st = pclose(f);
	if (!out)
		out = xcalloc(1, 1);
	out[len] = 0;
	if (st != 0) {
		const char *e = strstr(out, "error");
		const char *l = e ? e : out;
		snprintf(px->why, sizeof(px->why), "ptxas failed: %.*s", (int)strcspn(l, "\n"),
		         l);
		free(out);
		return;
	}
	px->regs = ptxas_field(out, " registers", 1);
	px->spill_stores = ptxas_field(out, " bytes spill stores", 0);
	px->spill_loads = ptxas_field(out, " bytes spill loads", 0);
	px->stack = ptxas_field(out, " bytes stack frame", 1);
	px->shared = ptxas_field(out, " bytes smem", 1);
	px->ok = 1;
	free(out);
}

/* A GPU task: the lowered kernels with one task key. */
typedef struct {
	const char *key;
	Kernel *k;
	int weight;
	int staged;            /* the default stages it (a matmul) */
	int batched;           /* a batched matmul the default leaves unstaged: staged with tiles asked for */
	int form;              /* a GPU form of lowering: its threads per block (else 0) */
	double work;           /* statement instances at batch 1, for the order of the tasks */
} GTask;

/* A candidate: the record's schedule text and a label. */
typedef struct {
	const char *text;
	char label[64];
	char reject[160];      /* why it is illegal before any build, or "" */
	int known;             /* --resume: the records file has it already */
} GCand;

/* Save and restore a kernel around a trial application (staging rewrites it). */
typedef struct {
	Stmt **stmts;
	int n, cap;
	LoopNode *root;
	Schedule sched;
} KSave;

static void ksave(const Kernel *k, KSave *s)
{
	*s = (KSave){k->stmts, k->n_stmts, k->cap_stmts, k->root, k->sched};
}

static void krestore(Kernel *k, const KSave *s)
{
	k->stmts = s->stmts;
	k->n_stmts = s->n;
	k->cap_stmts = s->cap;
	k->root = s->root;
	k->sched = s->sched;
}

/* Does GPU schedule "text" apply to "k" (sch_gpu_apply_text; k unchanged)?  "why" if not. */
static int applies(Tuner *t, Kernel *k, const char *text, char *why, size_t len)
{
	KSave sv;
	VitcErr err = {{0}};
	int r;

	ksave(k, &sv);
	r = sch_gpu_apply_text(t->ctx, t->p, k, text, 1, &err) == 0;
	krestore(k, &sv);
	if (!r)
		snprintf(why, len, "%.300s", err.msg);
	return r;
}

/*
 * The staged text of "k" with tiles "st" ("" when it cannot be staged; k
 * unchanged), checked by sch_apply when "check" (else later, by the
 * caller: the isl check costs about 0.25 s).
 */
static const char *stage_text(Tuner *t, Kernel *k, const SchGpuStage *st, int check, Arena *a)
{
	static const SchGpuStage def = {SCH_GPU_STAGE_M, SCH_GPU_STAGE_N, SCH_GPU_STAGE_K};
	KSave sv;
	const char *bind, *text = "";
	char why[320];

	ksave(k, &sv);
	bind = sch_gpu_stage_p(t->p, k, st, 0);   /* st NULL: what the default stages */
	krestore(k, &sv);
	if (!st)
		st = &def;
	if (bind) {
		text = arena_printf(a, "stage(%d,%d,%d); %s", st->m, st->n, st->k, bind);
		if (check && !applies(t, k, text, why, sizeof(why)))
			text = "";
	}
	return text;
}

/* Add "text" to v[*n] unless it is there already (or is the default "def"). */
static GCand *add_cand(GCand *v, int *n, int *cap, const char *text, const char *def,
                       const char *label, const char *reject)
{
	if (!text || !*text || !strcmp(text, def))
		return v;
	for (int i = 0; i < *n; i++)
		if (!strcmp(v[i].text, text))
			return v;
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 32;
		v = xrealloc(v, (size_t)*cap * sizeof(*v));
	}
	memset(&v[*n], 0, sizeof(v[*n]));
	v[*n].text = text;
	snprintf(v[*n].label, sizeof(v[*n].label), "%s", label);
	snprintf(v[*n].reject, sizeof(v[*n].reject), "%s", reject ? reject : "");
	(*n)++;
	return v;
}

static int log2i(int v)
{
	int r = 0;
	while (v > 1) {
		v >>= 1;
		r++;
	}
	return r;
}

/*
 * The candidates of task "g" besides the default "def", nearest to the
 * default first: staged tiles M, N in 16..128 and K in 8..64 (M, N
 * multiples of K, at most 8 x 8 per thread) for a matmul, and for every
 * kernel the generic template with 32..1024 threads per block (or the
 * row block 16..256 when a thread runs a serial loop).  Tiles over the
 * limits stay in the list with their reason (rejected, not built).
 */
static GCand *gpu_candidates(Tuner *t, GTask *g, const char *def, int *n, Arena *a)
{
	GCand *v = NULL;
	int cap = 0;

	*n = 0;
	if (g->staged || g->batched) {
		static const int mn[] = {16, 32, 64, 128}, ks[] = {8, 16, 32, 64};
		SchGpuStage all[64];
		int na = 0;
		for (int i = 0; i < 4; i++)
			for (int j = 0; j < 4; j++)
				for (int q = 0; q < 4; q++) {
					SchGpuStage st = {mn[i], mn[j], ks[q]};
					if (sch_gpu_stage_valid(&st) && st.m / st.k <= 8 && st.n / st.k <= 8)
						all[na++] = st;
				}
		/* nearest to 64, 64, 16 first (stable) */
		for (int d = 0; d <= 12; d++)
			for (int i = 0; i < na; i++) {
				SchGpuStage *st = &all[i];
				int dist = abs(log2i(st->m) - 6) + abs(log2i(st->n) - 6) + abs(log2i(st->k) - 4);
				char label[64], why[160] = "";
				int64_t sh = sch_gpu_stage_shared(st);
				const char *text;
				if (dist != d)
					continue;
				snprintf(label, sizeof(label), "stage %dx%d k%d (%dx%d per thread)%s", st->m,
				         st->n, st->k, st->m / st->k, st->n / st->k,
				         g->batched ? ", batch x head fused" : "");
				if (sch_gpu_stage_threads(st) > SCH_GPU_MAX_THREADS)
					snprintf(why, sizeof(why), "%d threads per block > %d",
					         sch_gpu_stage_threads(st), SCH_GPU_MAX_THREADS);
				else if (sh > SCH_GPU_MAX_SHARED)
					snprintf(why, sizeof(why), "shared memory %lld B per block > 48 KiB",
					         (long long)sh);
				text = why[0] ? arena_printf(a, "stage(%d,%d,%d)", st->m, st->n, st->k)
				              : stage_text(t, g->k, st, 0, a);
				if (!why[0] && !*text)
					snprintf(why, sizeof(why), "not a matmul that can be staged so");
				if (!*text)
					text = arena_printf(a, "stage(%d,%d,%d)", st->m, st->n, st->k);
				v = add_cand(v, n, &cap, text, def, label, why);
			}
	}
	static const int blocks[] = {128, 512, 64, 1024, 32, 256}, rows[] = {32, 128, 16, 256, 64, 64};
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < 6; i++) {
			SchGpuParams gp = {pass ? SCH_GPU_BLOCK : blocks[i], pass ? rows[i] : SCH_GPU_ROW_BLOCK};
			char label[64];
			const char *text = sch_gpu_template_p(t->ctx, g->k, &gp, a);
			snprintf(label, sizeof(label), "%sblock %d, row block %d",
			         g->staged ? "unstaged, " : "", gp.block, gp.row_block);
			v = add_cand(v, n, &cap, text, def, label, NULL);
		}
	return v;
}

/*
 * The candidates of a GPU form of lowering (sched/gpu.h: its threads per
 * block "def_threads" fixed by lowering): "lower(threads=N)" for the other
 * powers of two from 32 to 1024, nearest to the default first (the
 * smaller first at equal distance).  Each is built by lowering the model
 * again (tune_measure.c).
 */
static GCand *form_candidates(int def_threads, int *n, Arena *a)
{
	GCand *v = NULL;
	int cap = 0;
	const char *def = sch_gpu_form_text(def_threads, a);

	*n = 0;
	for (int d = 1; d <= 10; d++)
		for (int s = -1; s <= 1; s += 2) {
			int lg = log2i(def_threads) + s * d;
			char label[64];
			if (lg < log2i(SCH_GPU_FORM_MIN) || lg > log2i(SCH_GPU_MAX_THREADS))
				continue;
			snprintf(label, sizeof(label), "lowered with %d threads per block", 1 << lg);
			v = add_cand(v, n, &cap, sch_gpu_form_text(1 << lg, a), def, label, NULL);
		}
	return v;
}

/* Append a GPU record. */
static void grecord(Tuner *t, const GTask *g, const char *text, int ok, const char *why,
                    const Ptxas *px, int is_default)
{
	SchRecord r = {
		.task = g->key, .kernel = g->k->name, .op = g->k->op, .schedule = text,
		.ok = 0, .untimed = ok, .why = ok ? "" : why, .is_default = is_default,
		.threads = 0, .fp = t->fp,
		.has_ptxas = px && px->ok, .regs = px ? px->regs : 0,
		.spill_stores = px ? px->spill_stores : 0, .spill_loads = px ? px->spill_loads : 0,
		.stack = px ? px->stack : 0, .shared = px ? px->shared : 0,
	};
	if (tune_interrupted)
		return;
	if (sch_record_write(t->rec, &r))
		fprintf(stderr, "vitc tune: warning: %s: cannot append a record\n", t->o->records);
	t->measured++;
	t->failed += !ok;
}

/* The PTX file the build child's --dump-ir wrote into slot "slot". */
static void ptx_of(const char *slot, char *buf, size_t len)
{
	snprintf(buf, len, "%s/03-model.ptx", slot);
}

/*
 * Check candidate "text" of task "g": PTX + ptxas, then the emulation
 * against t->ref ("is_ref": this is the default, whose outputs become the
 * reference).  1 when it passes; "why" and "px" filled.
 */
static int check_cand(Tuner *t, GTask *g, const char *text, int is_ref, Ptxas *px, char *why,
                      size_t wlen)
{
	Task tk = {.key = g->key, .k = g->k, .weight = g->weight};
	TuneJob j = {.text = text, .build_only = 1};
	CgOptions cg = t->cg;
	char slot[300], ptx[400];
	const char *ptxas = ptxas_path();
	Meas m;

	memset(px, 0, sizeof(*px));
	snprintf(slot, sizeof(slot), "%s/b0", t->dir);
	t->cg.cuda_sm = t->o->cuda_sm;
	t->cg.emulate_gpu = 0;
	t->cg.dump_dir = slot;
	t->cg.dump_seq = 0;
	tune_measure_batch(t, &tk, &j, 1);
	t->cg = cg;
	if (!j.m.ok)
		return snprintf(why, wlen, "PTX build: %s", j.m.why), 0;
	if (ptxas) {
		ptx_of(slot, ptx, sizeof(ptx));
		run_ptxas(ptxas, t->o->cuda_sm, ptx, px);
		if (!px->ok)
			return snprintf(why, wlen, "%s", px->why), 0;
		if (px->spill_stores || px->spill_loads)
			return snprintf(why, wlen, "ptxas: spills (%d B stores, %d B loads, %d registers)",
			                px->spill_stores, px->spill_loads, px->regs), 0;
		if (px->stack)   /* a register tile left in local memory (tests/cuda.sh fails it too) */
			return snprintf(why, wlen, "ptxas: a %d B stack frame (local memory)", px->stack), 0;
	}
	t->cg.cuda_sm = 0;
	t->cg.emulate_gpu = 1;
	tune_measure(t, &tk, text, is_ref, 0, FAULT_NONE, &m);
	t->cg = cg;
	if (!m.ok)
		return snprintf(why, wlen, "emulation: %s", m.why), 0;
	return 1;
}

/* With --resume: the record of "text" for task "g" on this target in the file, or NULL. */
static const SchRecord *known(const Tuner *t, const GTask *g, const char *text)
{
	return t->o->resume ? sch_records_find(&t->old, g->key, text, &t->fp) : NULL;
}

/*
 * One task: the default (the reference), then up to "trials" candidates.
 * With --resume, candidates the file holds count as trials and are not
 * checked again; the default is checked again only as the reference of
 * new candidates (its record is not repeated).
 */
static void gpu_task(Tuner *t, GTask *g, int trials)
{
	Arena a = {0};
	KSave sv;
	SchGpuStage st = {SCH_GPU_STAGE_M, SCH_GPU_STAGE_N, SCH_GPU_STAGE_K};
	const char *def;
	char why[512];
	Ptxas px;
	int n, done = 0, passed = 0, failed = 0, rejected = 0, seen = 0;

	ksave(g->k, &sv);
	if (g->form)   /* lowering binds its loops: its threads per block are the space */
		def = sch_gpu_form_text(g->form, &a);
	else {
		def = stage_text(t, g->k, NULL, 1, &a);
		g->staged = *def != 0;
		g->batched = !g->staged && *stage_text(t, g->k, &st, 0, &a);
		if (!g->staged)
			def = sch_gpu_template_p(t->ctx, g->k, NULL, &a);
	}
	tune_log(t, "tune: task %d/%d %s %s (%s, x%d)%s\n", t->task_i, t->n_tasks, g->key,
	         g->k->name, g->k->op, g->weight, g->staged ? " staged matmul" :
	         g->batched ? " batched matmul" : g->form ? " GPU form of lowering" : "");
	if (!*def) {
		tune_log(t, "tune:   no GPU mapping (the kernel runs grid-strided or on one thread); "
		         "skipped\n");
		arena_free(&a);
		return;
	}
	GCand *v = g->form ? form_candidates(g->form, &n, &a) : gpu_candidates(t, g, def, &n, &a);
	krestore(g->k, &sv);
	int old = 0, need = 0;
	const SchRecord *old_def = known(t, g, def);
	for (int i = 0, d = 0; i < n && d < trials; i++)   /* would a new candidate be checked? */
		if (!v[i].reject[0]) {
			v[i].known = known(t, g, v[i].text) != NULL;
			old += v[i].known;
			need |= !v[i].known;
			d++;
		}
	if (old)
		tune_log(t, "tune:   %d candidates already in %s (--resume)\n", old, t->o->records);
	if (old_def && !need) {
		tune_log(t, "tune:   nothing left to check\n");
		free(v);
		arena_free(&a);
		return;
	}
	if (old_def && !old_def->untimed && !old_def->ok) {
		tune_log(t, "tune:   default: failed before (%s); task skipped\n", old_def->why);
		free(v);
		arena_free(&a);
		return;
	}
	if (!check_cand(t, g, def, 1, &px, why, sizeof(why))) {
		if (!old_def)
			grecord(t, g, def, 0, why, &px, 1);
		tune_log(t, "tune:   default: failed: %s; task skipped\n", why);
		free(v);
		arena_free(&a);
		return;
	}
	if (!old_def)
		grecord(t, g, def, 1, "", &px, 1);
	tune_log(t, "tune:   default: ok (%d registers, %d B shared)%s\n", px.regs, px.shared,
	         px.ran ? "" : " (ptxas not run)");
	for (int i = 0; i < n; i++)   /* over the limits: no build needed to say so */
		if (v[i].reject[0]) {
			if (rejected++ < 3)
				tune_log(t, "tune:   rejected %s: %s\n", v[i].label, v[i].reject);
			t->rejected++;
		}
	if (rejected > 3)
		tune_log(t, "tune:   (%d candidates rejected in all)\n", rejected);
	for (int i = 0; i < n && done + seen < trials && !tune_interrupted; i++) {
		if (t->deadline > 0 && tune_now() > t->deadline) {
			tune_log(t, "tune:   time budget spent\n");
			break;
		}
		if (v[i].reject[0])
			continue;
		if (v[i].known) {   /* --resume: checked by an earlier run, counts as a trial */
			seen++;
			continue;
		}
		if (!strncmp(v[i].text, "stage(", 6) &&   /* checked now: isl's check is not cheap */
		    !applies(t, g->k, v[i].text, why, sizeof(why))) {
			if (rejected++ < 3)
				tune_log(t, "tune:   rejected %s: %s\n", v[i].label, why);
			t->rejected++;
			continue;
		}
		done++;
		int ok = check_cand(t, g, v[i].text, 0, &px, why, sizeof(why));
		grecord(t, g, v[i].text, ok, why, &px, 0);
		passed += ok;
		failed += !ok;
		if (ok)
			tune_log(t, "tune:   [%d/%d] %s: untimed (%d registers, %d B shared, no spills, "
			         "emulation matches)\n", done + seen, trials, v[i].label, px.regs, px.shared);
		else
			tune_log(t, "tune:   [%d/%d] %s: failed: %s\n", done + seen, trials, v[i].label, why);
	}
	if (!tune_interrupted)
		tune_log(t, "tune: progress: task %d/%d done: %d candidates checked (%d untimed, "
		         "%d failed), %d rejected%s; %.0f s spent\n", t->task_i, t->n_tasks, done, passed,
		         failed, rejected, seen ? ", the rest already in the records" : "",
		         tune_now() - t->start);
	free(v);
	arena_free(&a);
}

/* Statement instances of "k" at batch 1 (the order of the tasks, like the CPU's work). */
static double kernel_work(const Kernel *k)
{
	double w = 0;

	for (int i = 0; i < k->n_stmts; i++) {
		const Stmt *s = k->stmts[i];
		double x = 1;
		for (int d = 0; d < s->n_dims; d++)
			x *= ir_dim_is_batch(s->extents[d]) ? 1.0 : (double)s->extents[d];
		w += x;
	}
	return w;
}

/*
 * The distinct GPU tasks of the model that --tasks selects (kernels the
 * schedule layer maps, and the GPU forms of lowering: their threads per
 * block), heaviest (weight x work) first, as the CPU search orders them.
 */
static GTask *gpu_tasks(Tuner *t, int *np)
{
	Program *p = t->p;
	GTask *v = xcalloc((size_t)p->n_kernels + 1, sizeof(*v));
	int n = 0;

	for (int i = 0; i < p->n_kernels; i++) {
		Kernel *k = p->kernels[i];
		const char *key = sch_task_key(&p->arena, k);
		int j = 0;
		int form = sch_gpu_form_threads(k);
		if ((sch_gpu_bound_by_lowering(k) && !form) || !k->root)
			continue;
		while (j < n && strcmp(v[j].key, key))
			j++;
		if (j < n) {
			v[j].weight++;
			continue;
		}
		v[n] = (GTask){.key = key, .k = k, .weight = 1, .work = kernel_work(k), .form = form};
		Task tk = {.key = key, .k = k};
		if (tune_task_wanted(t, &tk))
			n++;
	}
	for (int i = 0; i < n; i++) {   /* stable selection sort */
		int b = i;
		for (int j = i + 1; j < n; j++)
			if (v[j].weight * v[j].work > v[b].weight * v[b].work)
				b = j;
		GTask tmp = v[b];
		memmove(&v[i + 1], &v[i], (size_t)(b - i) * sizeof(*v));
		v[i] = tmp;
	}
	*np = n;
	return v;
}

int tune_gpu_all(Tuner *t)
{
	Program *p = t->p;
	int n;
	GTask *v = gpu_tasks(t, &n);

	t->n_tasks = n;
	if (!ptxas_path())
		printf("tune: ptxas not found (/usr/local/cuda/bin/ptxas, or $VITC_PTXAS): candidates "
		       "are not assembled; records carry no register counts\n");
	printf("tune: %s: %d kernels, %d GPU tasks; target cuda sm_%d; %d candidates per task; "
	       "nothing is timed (no GPU): records are \"untimed\"\n", t->o->model, p->n_kernels, n,
	       t->o->cuda_sm, t->o->trials);
	t->start = tune_now();
	for (int i = 0; i < n && !tune_interrupted; i++) {
		if (t->deadline > 0 && tune_now() > t->deadline)
			break;
		t->task_i = i + 1;
		gpu_task(t, &v[i], t->o->trials);
	}
	free(v);
	return 0;
}

/*
 * `vitc tune --target cuda:sm_XX --report`: per GPU task of the model
 * (heaviest first) what the records file holds for this sm: the default's
 * registers and shared memory, how many candidates were checked, passed
 * (untimed) and failed, and the schedule `vitc compile --target cuda
 * --records` would apply (sch_records_gpu_pick: a timed record, else a
 * selected one, else the default).  Nothing is timed, so there is no
 * speed-up column and no convergence plot.
 */
int tune_gpu_report(Tuner *t)
{
	SchRecords r;
	VitcErr err;
	int n, with = 0, applied = 0, sm = t->o->cuda_sm;

	if (sch_records_read(t->o->records, &r, stderr, &err) < 0) {
		fprintf(stderr, "vitc tune: %s\n", err.msg);
		return 1;
	}
	GTask *v = gpu_tasks(t, &n);
	if (t->o->plot)
		printf("tune: no convergence plot for GPU records: nothing is timed\n");
	printf("%-18s %-32s %-12s %3s %-17s %7s %7s %6s  %s\n", "task", "kernel", "op", "x",
	       "default (ptxas)", "checked", "untimed", "failed", "compile applies");
	for (int i = 0; i < n; i++) {
		const SchRecord *def = NULL;
		int checked = 0, untimed = 0, failed = 0, how;
		for (int j = 0; j < r.n; j++) {
			const SchRecord *c = &r.v[j];
			if (strcmp(c->task, v[i].key) || !sch_fingerprint_is_gpu(&c->fp, sm))
				continue;
			if (c->is_default) {
				def = c;
				continue;
			}
			checked++;
			untimed += c->untimed;
			failed += !c->untimed && !c->ok;
		}
		if (!def && !checked)
			continue;
		with++;
		const SchRecord *pick = sch_records_gpu_pick(&r, v[i].key, sm, &how);
		applied += pick != NULL;
		char dflt[32] = "-";
		if (def && def->has_ptxas)
			snprintf(dflt, sizeof(dflt), "%d regs, %d B", def->regs, def->shared);
		else if (def)
			snprintf(dflt, sizeof(dflt), "%s", def->untimed ? "ok" : "failed");
		const char *name = v[i].k->name;
		size_t nl = strlen(name);
		printf("%-18s %s%-*s %-12s %3d %-17s %7d %7d %6d  %s%s\n", v[i].key,
		       nl > 32 ? ".." : "", nl > 32 ? 30 : 32, nl > 32 ? name + nl - 30 : name,
		       v[i].k->op, v[i].weight, dflt, checked, untimed, failed,
		       how == 1 ? "timed: " : how == 2 ? "selected: " : "(default)",
		       pick ? pick->schedule : "");
	}
	if (!with)
		printf("no GPU records for this model's tasks on cuda sm_%d\n", sm);
	else
		printf("%d of %d GPU tasks have records for sm_%d; %d apply a timed or selected record "
		       "(untimed records apply only with \"selected\": true)\n", with, n, sm, applied);
	free(v);
	sch_records_free(&r);
	return 0;
}
