/*
 * driver.c - the vitc pipeline, top to bottom.  Reading driver_compile()
 * is the quickest way to learn what happens to a model (docs/layout.md).
 *
 * Every stage can be dumped: --dump-ir DIR writes NN-<stage>.<ext> files in
 * pipeline order, --print-after STAGE|all prints them to stderr.
 */
#define _GNU_SOURCE 1
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "backends/backend.h"
#include "compiler/driver.h"
#include "ir/kernel.h"
#include "ir/parallel.h"
#include "ir/timing.h"
#include "passes/passes.h"
#include "sched/records.h"
#include "sched/gpu.h"
#include "sched/schedule.h"

/* A malloc'd printf of one int, for texts freed with free(). */
static char *printf_dup(const char *fmt, int v)
{
	char buf[64];
	snprintf(buf, sizeof(buf), fmt, v);
	return xstrdup(buf);
}

int driver_usable_cpus(void)
{
	cpu_set_t s;
	if (sched_getaffinity(0, sizeof(s), &s) == 0 && CPU_COUNT(&s) > 0)
		return CPU_COUNT(&s);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

const char *const driver_stage_names[] = {
	"graph", "fuse", "lower", "memplan", "schedule-initial", "schedule",
	"ast", "llvm", "llvm-opt", "asm", NULL,
};

Graph *driver_load_model(const char *json, const char *weights, VitcErr *err)
{
	Graph *g = ir_graph_read_json(json, err);
	if (!g)
		return NULL;
	if ((weights || g->weights_path) && ir_graph_load_weights(g, weights, err))
		goto error;
	if (pass_verify(g, err) || pass_infer_shapes(g, err))
		goto error;
	return g;
error:
	ir_graph_free(g);
	return NULL;
}

typedef struct {
	const CompileOptions *o;
	int seq;
} Dumper;

static int wants(const Dumper *d, const char *stage)
{
	return d->o->print_after &&
	       (!strcmp(d->o->print_after, "all") || !strcmp(d->o->print_after, stage));
}

/*
 * Open the dump stream for "stage": a file NN-stage.ext in the dump
 * directory and/or stderr.  Returns NULL when nobody asked for it.
 */
static FILE *dump_open(Dumper *d, const char *stage, const char *ext, int *to_file)
{
	int n = ++d->seq;
	*to_file = 0;
	if (d->o->dump_dir) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%02d-%s.%s", d->o->dump_dir, n, stage, ext);
		FILE *f = fopen(path, "w");
		if (f) {
			*to_file = 1;
			return f;
		}
	}
	if (wants(d, stage)) {
		fprintf(stderr, "=== after %s ===\n", stage);
		return stderr;
	}
	return NULL;
}

/* Write a text dump both to its file and, if asked, to stderr. */
static void dump_text(Dumper *d, const char *stage, const char *ext,
                      void (*fn)(FILE *, const void *), const void *arg)
{
	int to_file;
	FILE *f = dump_open(d, stage, ext, &to_file);
	if (!f)
		return;
	fn(f, arg);
	if (to_file) {
		fclose(f);
		if (wants(d, stage)) {
			fprintf(stderr, "=== after %s ===\n", stage);
			fn(stderr, arg);
		}
	}
}

static void print_graph(FILE *f, const void *g)
{
	ir_graph_print(f, g);
}

static void print_fusion(FILE *f, const void *arg)
{
	const Graph *g = arg;
	FusionPlan plan;
	pass_fuse_plan(g, &plan, 1);
	for (int i = 0; i < g->n_nodes; i++)
		if (plan.fused_into[i] >= 0)
			fprintf(f, "fuse %s (%s) into %s (%s)\n", g->nodes[i]->name,
			        ir_op_name(g->nodes[i]->op), g->nodes[plan.fused_into[i]]->name,
			        ir_op_name(g->nodes[plan.fused_into[i]]->op));
	pass_fuse_plan_free(&plan);
}

static void print_kernels(FILE *f, const void *arg)
{
	const Program *p = arg;
	if (p->target)
		fprintf(f, "target: %s\n\n", p->target);
	for (int i = 0; i < p->n_kernels; i++)
		k_kernel_print(f, p->kernels[i]);
}

static void print_memplan(FILE *f, const void *arg)
{
	const Program *p = arg;
	static const char *const kinds[] = {"input", "output", "weight", "workspace",
	                                     "shared", "local", "barrier"};
	fprintf(f, "workspace: %llu bytes + %llu bytes per image\n",
	        (unsigned long long)p->ws_fixed, (unsigned long long)p->ws_per_batch);
	for (int i = 0; i < p->n_bufs; i++) {
		const Buffer *b = p->bufs[i];
		char sh[256];
		ir_shape_format(&b->shape, sh, sizeof(sh));
		fprintf(f, "%-9s %s%s %s", kinds[b->kind], ir_dtype_name(b->dtype), sh, b->name);
		if (b->kind == BUF_WORKSPACE)
			fprintf(f, " @ %llu + %llu*N", (unsigned long long)b->ws_fixed,
			        (unsigned long long)b->ws_per_batch);
		fprintf(f, "\n");
	}
}

typedef struct {
	const Program *p;
	char **text;
} KernelTexts;

static void print_texts(FILE *f, const void *arg)
{
	const KernelTexts *t = arg;
	for (int i = 0; i < t->p->n_kernels; i++)
		fprintf(f, "// kernel %d \"%s\"\n%s\n", i, t->p->kernels[i]->name,
		        t->text[i] ? t->text[i] : "");
}

/*
 * Scheduling state shared by the threads of schedule_all: per kernel its
 * AST, dump texts and error; per thread its own isl context (isl objects
 * never cross contexts, and a context is used by one thread at a time).
 */
typedef struct {
	const Program *p;
	const CgPlan *plan;
	isl_ctx **ctxs;
	isl_ast_node **asts;
	char **init, **fin, **c;
	VitcErr *errs;
	int *failed;
	TimeReport *times;
	int texts;          /* make the dump texts (someone will read them) */
} SchedWork;

/* Add the time since *t0 / *c0 to detail "name" and restart them. */
static void lap(SchedWork *w, const char *name, TimePoint *t0, double *c0)
{
	TimePoint t1 = timing_now();
	double c1 = timing_thread_cpu();

	timing_detail(w->times, name, t1.wall - t0->wall, c1 - *c0);
	*t0 = t1;
	*c0 = c1;
}

/*
 * Schedule kernel "i" on thread "worker": initial tree from its loop
 * nest, the primitives of its schedule, then the isl AST.  A kernel with
 * the same key as an earlier one (same_as) shares that one's AST; one
 * whose function the backend found in the cache needs none.
 */
static void schedule_one(void *arg, int i, int worker)
{
	SchedWork *w = arg;
	const Kernel *k = w->p->kernels[i];
	isl_ctx *ctx = w->ctxs[worker];
	TimePoint t0 = timing_now(), tl = t0;
	double c0 = timing_thread_cpu(), cl = c0;
	isl_schedule *s;

	if (k->same_as >= 0) {
		w->init[i] = xstrdup("");
		w->fin[i] = xstrdup("");
		w->c[i] = printf_dup("// same code as kernel %d\n", k->same_as);
		return;
	}
	if (!cg_plan_needs_ast(w->plan, i))
		return;
	w->failed[i] = 1;
	if (!(s = sch_initial(ctx, k, &w->errs[i])))
		return;
	if (w->texts)
		w->init[i] = sch_schedule_str(s);
	lap(w, "schedule: initial tree", &tl, &cl);
	if (!(s = sch_apply(s, k, NULL, &w->errs[i])))
		return;
	if (w->texts)
		w->fin[i] = sch_schedule_str(s);
	lap(w, "schedule: primitives + checks", &tl, &cl);
	if (!(w->asts[i] = sch_build_ast(s, &w->errs[i])))
		return;
	lap(w, "schedule: isl AST", &tl, &cl);
	if (w->texts)
		w->c[i] = sch_ast_to_c(w->asts[i], k);
	w->failed[i] = 0;
	timing_kernel(w->times, TIMING_SCHED, k->name, timing_now().wall - t0.wall,
	              timing_thread_cpu() - c0);
}

/*
 * Schedule every kernel that "plan" needs (schedule_one) on the threads whose isl contexts
 * are "ctxs"; fills asts[i] and dumps each stage in kernel order.  On
 * error, the message of the first failing kernel in kernel order.
 */
static int schedule_all(Dumper *d, isl_ctx **ctxs, int jobs, const Program *p,
                        const CgPlan *plan, isl_ast_node **asts, TimeReport *times,
                        VitcErr *err)
{
	size_t n = (size_t)p->n_kernels + 1;
	SchedWork w = {
		.p = p, .plan = plan, .ctxs = ctxs, .asts = asts, .times = times,
		.init = xcalloc(n, sizeof(char *)), .fin = xcalloc(n, sizeof(char *)),
		.c = xcalloc(n, sizeof(char *)), .errs = xcalloc(n, sizeof(VitcErr)),
		.failed = xcalloc(n, sizeof(int)),
		.texts = d->o->dump_dir || d->o->print_after,
	};
	int rc = 0;

	par_for(p->n_kernels, jobs, schedule_one, &w);
	for (int i = 0; i < p->n_kernels && !rc; i++)
		if (w.failed[i]) {
			memcpy(err, &w.errs[i], sizeof(*err));
			rc = -1;
		}
	if (!rc) {
		dump_text(d, "schedule-initial", "yaml", print_texts, &(KernelTexts){p, w.init});
		dump_text(d, "schedule", "yaml", print_texts, &(KernelTexts){p, w.fin});
		dump_text(d, "ast", "c", print_texts, &(KernelTexts){p, w.c});
	}
	for (int i = 0; i < p->n_kernels; i++) {
		free(w.init[i]);
		free(w.fin[i]);
		free(w.c[i]);
	}
	free(w.init);
	free(w.fin);
	free(w.c);
	free(w.errs);
	free(w.failed);
	return rc;
}

/*
 * Kernels with equal keys (same loops, statements and schedule over their
 * own buffers) share one AST and, in the backend, one function: a ViT's
 * layers differ only in their weights.
 */
static void dedup_kernels(Program *p)
{
	char **keys = xcalloc((size_t)p->n_kernels + 1, sizeof(char *));
	for (int i = 0; i < p->n_kernels; i++) {
		keys[i] = k_kernel_key(&p->arena, p->kernels[i]);
		for (int j = 0; j < i; j++)
			if (p->kernels[j]->same_as < 0 && !strcmp(keys[i], keys[j])) {
				p->kernels[i]->same_as = j;
				break;
			}
	}
	free(keys);
}

/* Create the dump directory if it does not exist. */
static int make_dump_dir(const char *dir, VitcErr *err)
{
	if (mkdir(dir, 0755) != 0 && errno != EEXIST)
		return vitc_errf(err, "%s: cannot create dump directory: %s", dir, strerror(errno));
	return 0;
}

/*
 * Refuse an output that is one of the inputs (the graph JSON or its
 * weights, under any name or link): writing it would destroy the model.
 */
static int check_output_distinct(const char *out, const Graph *g, VitcErr *err)
{
	const char *ins[] = {g->path, g->weights_file.path};

	for (int i = 0; i < 2; i++)
		if (ins[i] && file_same(out, ins[i]))
			return vitc_errf(err, "%s: the output is the same file as the input %s; not overwriting it",
			                 out, ins[i]);
	return 0;
}

/*
 * Print the time report to stderr (--time-report) and write it as
 * time-report.txt into the dump directory (--dump-ir).
 */
static void report_times(const CompileOptions *o, TimeReport *t)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (!f)
		return;
	timing_print(f, t);
	fclose(f);
	if (o->time_report)
		fputs(text, stderr);
	if (o->dump_dir) {
		char path[4096];
		FILE *df;
		snprintf(path, sizeof(path), "%s/time-report.txt", o->dump_dir);
		if ((df = fopen(path, "w"))) {
			fputs(text, df);
			fclose(df);
		}
	}
	free(text);
}

static int compile_timed(const CompileOptions *o, TimeReport *times, VitcErr *err);

/* mkdir -p "path" (modified in place and restored). */
static int make_dirs(char *path)
{
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = 0;
		int r = mkdir(path, 0755) && errno != EEXIST;
		*p = c;
		if (r)
			return -1;
		if (!c)
			return 0;
	}
}

/*
 * The compile cache directory, created if needed: $XDG_CACHE_HOME/vitc
 * (an absolute XDG_CACHE_HOME), else $HOME/.cache/vitc; NULL (no cache)
 * if neither works.  "buf" holds the path.
 */
static const char *cache_dir(char *buf, size_t len)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	char parent[2048];
	int n;

	if (xdg && xdg[0] == '/')
		n = snprintf(parent, sizeof(parent), "%s", xdg);
	else if (home && home[0] == '/')
		n = snprintf(parent, sizeof(parent), "%s/.cache", home);
	else
		return NULL;
	if (n < 0 || (size_t)n >= sizeof(parent) || len < sizeof(parent) + 8)
		return NULL;
	snprintf(buf, len, "%s/vitc", parent);
	return make_dirs(buf) ? NULL : buf;
}

/* The cache's size bound: $VITC_CACHE_MAX_MB megabytes (may be fractional), else 512 MB. */
static uint64_t cache_max_bytes(void)
{
	const char *e = getenv("VITC_CACHE_MAX_MB");
	char *end = NULL;
	double mb = e && *e ? strtod(e, &end) : 512;

	if (!(mb >= 0 && mb < 1e12) || (end && *end))
		mb = 512;
	return (uint64_t)(mb * 1048576.0);
}

int driver_graph_passes(Graph *g, const char *shift_linear, int expose_decisions, VitcErr *err)
{
	if (shift_linear && pass_shift_convert(g, shift_linear, err) < 0)
		return -1;                                           /* linears -> shift_linear */
	if (pass_batch_split(g, err) < 0)
		return -1;                                           /* N*k -> N, k */
	if (pass_batch_outer(g, err) < 0)
		return -1;                                           /* N outermost everywhere */
	pass_conv_channels_last(g);                          /* convs on tokens, no transposes */
	if (pass_matmul_scale(g, err) < 0)
		return -1;                                           /* q*s @ k^T -> q @ (s*k^T) */
	if (expose_decisions && pass_expose_decisions(g, err) < 0)
		return -1;                                           /* codes, routes -> outputs */
	return 0;
}

int driver_compile(const CompileOptions *o, VitcErr *err)
{
	TimeReport *times = o->time_report || o->dump_dir ? timing_new() : NULL;
	int rc = compile_timed(o, times, err);

	if (times && !rc)
		report_times(o, times);
	timing_free(times);
	return rc;
}

/*
 * GPU records that choose a GPU form of lowering's threads per block
 * ("lower(threads=N)", sched/gpu.h; sch_records_gpu_forms takes them out
 * of "chosen"): the graph is lowered again with them (tgt->forms).  Only
 * those kernels change (the same kernels in the same order), so "chosen"
 * still indexes the new program's kernels; the first program stays in
 * "*p0" until the end (chosen's strings live in its arena).
 */
static int relower_forms(const Graph *g, const CompileOptions *o, const double *bounds,
                         SchTarget *tgt, Program **p, Program **p0, const char **chosen,
                         Arena *a, VitcErr *err)
{
	SchGpuForm *forms;
	int n = sch_records_gpu_forms(*p, chosen, o->records, stderr, a, &forms);
	Program *q;

	if (!n)
		return 0;
	tgt->forms = forms;
	tgt->n_forms = n;
	if (!(q = pass_lower(g, o->fuse, bounds, tgt, err)))
		return -1;
	int same = q->n_kernels == (*p)->n_kernels;
	for (int i = 0; same && i < q->n_kernels; i++)
		same = !strcmp(q->kernels[i]->name, (*p)->kernels[i]->name);
	if (!same) {
		k_program_free(q);
		return vitc_errf(err, "internal: lowering with the GPU records' threads per block gave "
		                 "other kernels");
	}
	*p0 = *p;
	*p = q;
	return 0;
}

/* The pipeline of driver_compile, with each stage timed into "times" (may be NULL). */
static int compile_timed(const CompileOptions *o, TimeReport *times, VitcErr *err)
{
	Dumper d = {.o = o};
	CgOptions cg = {
		.cpu = o->cpu, .features = o->features, .opt_level = o->opt_level,
		.dump_dir = o->dump_dir, .cuda_sm = o->cuda_sm, .emulate_gpu = o->emulate_gpu,
		.print_llvm = o->print_after && (!strcmp(o->print_after, "all") ||
		                                 !strncmp(o->print_after, "llvm", 4) ||
		                                 !strcmp(o->print_after, "asm")),
	};
	SchTarget tgt;
	Program *p = NULL, *p0 = NULL;
	Arena forms_arena = {0};
	isl_ctx **ctxs = NULL;
	int n_ctxs = 0;
	isl_ast_node **asts = NULL;
	CgPlan *plan = NULL;
	double *bounds = NULL;
	char cache_buf[4096];
	int rc = -1;

	struct stat st;
	if (stat(o->output, &st) == 0 && !S_ISREG(st.st_mode))
		return vitc_errf(err, "%s: exists and is not a regular file; not replacing it",
		                 o->output);
	if (o->dump_dir && make_dump_dir(o->dump_dir, err))
		return -1;
	timing_stage(times, "read + verify + shapes");
	Graph *g = driver_load_model(o->model, o->weights, err);  /* read, verify, shapes */
	if (!g)
		return -1;
	if (check_output_distinct(o->output, g, err))
		goto out;
	timing_stage(times, "graph passes");
	if (driver_graph_passes(g, o->shift_linear, o->expose_decisions, err))
		goto out;
	dump_text(&d, "graph", "txt", print_graph, g);
	dump_text(&d, "fuse", "txt", print_fusion, g);
	bounds = pass_value_bounds(g);                               /* |value| bounds */
	timing_stage(times, "lower");
	if (cg_target_describe(&cg, &tgt, err))                      /* the machine, for schedules */
		goto out;
	tgt.threads = o->threads ? o->threads : driver_usable_cpus();
	tgt.gpu = o->cuda_sm || o->emulate_gpu;
	p = pass_lower(g, o->fuse, bounds, &tgt, err);              /* graph -> kernels */
	if (!p)
		goto out;
	if (o->records && !tgt.gpu)                                  /* tuned schedules */
		sch_records_apply(p, o->records, &tgt, o->features,
		                  o->threads ? o->threads : driver_usable_cpus(), stderr);
	if (o->cuda_sm || o->emulate_gpu) {                         /* blocks and threads */
		int mapped, staged;
		const char **chosen = NULL;
		if (o->emulate_gpu && o->cuda_sm) {
			vitc_errf(err, "--emulate-gpu is for --target cpu (it runs GPU schedules on the CPU)");
			goto out;
		}
		if (o->records)                                      /* GPU records (any sm: emulation) */
			chosen = sch_records_gpu_choose(p, o->records, o->cuda_sm, stderr);
		if (chosen && relower_forms(g, o, bounds, &tgt, &p, &p0, chosen, &forms_arena, err))
			goto out;
		if (sch_gpu_defaults_with(p, chosen, stderr, &mapped, &staged, err))
			goto out;
		if (o->time_report)
			fprintf(stderr, "gpu schedules: %d of %d kernels mapped to blocks/threads, "
			        "%d matmuls staged in shared memory\n", mapped, p->n_kernels, staged);
	}
	dump_text(&d, "lower", "txt", print_kernels, p);
	timing_stage(times, "memory plan");
	pass_memplan(p);                                             /* workspace offsets */
	dump_text(&d, "memplan", "txt", print_memplan, p);
	if (o->kernel_map && driver_write_kernel_map(p, o->kernel_map, err))
		goto out;
	dedup_kernels(p);                                            /* same key: one schedule */
	cg.dump_seq = d.seq + 4;                                     /* after the 3 schedule dumps */
	cg.times = times;
	cg.jobs = o->jobs;
	cg.cache_max_bytes = cache_max_bytes();
	/*
	 * the LLVM dumps need every part's IR: no cache with them; nor with
	 * the GPU check off (tests): a cached kernel is not checked again
	 */
	if (!o->no_cache && !o->dump_dir && !cg.print_llvm && !sch_gpu_check_off())
		cg.cache_dir = cache_dir(cache_buf, sizeof(cache_buf));
	timing_stage(times, "plan + cache lookup");
	if (!(plan = cg_plan_for(p, &cg, err)))                      /* cached kernels */
		goto out;
	timing_stage(times, "schedule + isl AST");
	n_ctxs = par_threads(p->n_kernels, o->jobs);
	ctxs = xcalloc((size_t)n_ctxs, sizeof(*ctxs));
	for (int i = 0; i < n_ctxs; i++)
		if (!(ctxs[i] = sch_ctx_alloc())) {
			vitc_errf(err, "schedule: cannot allocate an isl context");
			goto out;
		}
	asts = xcalloc((size_t)p->n_kernels + 1, sizeof(*asts));
	if (schedule_all(&d, ctxs, o->jobs, p, plan, asts, times, err)) /* isl trees -> ASTs */
		goto out;
	timing_stage(times, NULL);
	rc = cg_plan_compile(plan, asts, o->output, err);            /* LLVM -> .so */
	timing_stage(times, NULL);
out:
	if (asts)
		for (int i = 0; p && i < p->n_kernels; i++)
			isl_ast_node_free(asts[i]);
	free(asts);
	for (int i = 0; i < n_ctxs; i++)
		if (ctxs[i])
			isl_ctx_free(ctxs[i]);
	free(ctxs);
	cg_plan_free(plan);
	k_program_free(p);
	k_program_free(p0);
	arena_free(&forms_arena);
	free(bounds);
	ir_graph_free(g);
	return rc;
}
