/*
 * driver.c - the vitc pipeline, top to bottom.  Reading driver_compile()
 * is the quickest way to learn what happens to a model (docs/layout.md).
 *
 * Every stage can be dumped: --dump-ir DIR writes NN-<stage>.<ext> files in
 * pipeline order, --print-after STAGE|all prints them to stderr.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "backends/backend.h"
#include "compiler/driver.h"
#include "ir/kernel.h"
#include "passes/passes.h"
#include "passes/sched_records.h"
#include "passes/schedule.h"

/* A malloc'd printf of one int, for texts freed with free(). */
static char *printf_dup(const char *fmt, int v)
{
	char buf[64];
	snprintf(buf, sizeof(buf), fmt, v);
	return xstrdup(buf);
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
	static const char *const kinds[] = {"input", "output", "weight", "workspace"};
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
 * Schedule every kernel: initial tree from its loop nest, the primitives
 * of its schedule, then the isl AST.  Fills asts[i]; dumps each stage.
 */
static int schedule_all(Dumper *d, isl_ctx *ctx, const Program *p,
                        isl_ast_node **asts, VitcErr *err)
{
	char **init = xcalloc((size_t)p->n_kernels + 1, sizeof(char *));
	char **fin = xcalloc((size_t)p->n_kernels + 1, sizeof(char *));
	char **c = xcalloc((size_t)p->n_kernels + 1, sizeof(char *));
	int rc = -1;

	for (int i = 0; i < p->n_kernels; i++) {
		const Kernel *k = p->kernels[i];
		if (k->same_as >= 0) {
			init[i] = xstrdup("");
			fin[i] = xstrdup("");
			c[i] = printf_dup("// same code as kernel %d\n", k->same_as);
			continue;
		}
		isl_schedule *s = sch_initial(ctx, k, err);
		if (!s)
			goto out;
		init[i] = sch_schedule_str(s);
		s = sch_apply(s, k, NULL, err);
		if (!s)
			goto out;
		fin[i] = sch_schedule_str(s);
		asts[i] = sch_build_ast(s, err);
		if (!asts[i])
			goto out;
		c[i] = sch_ast_to_c(asts[i], k);
	}
	rc = 0;
	dump_text(d, "schedule-initial", "yaml", print_texts, &(KernelTexts){p, init});
	dump_text(d, "schedule", "yaml", print_texts, &(KernelTexts){p, fin});
	dump_text(d, "ast", "c", print_texts, &(KernelTexts){p, c});
out:
	for (int i = 0; i < p->n_kernels; i++) {
		free(init[i]);
		free(fin[i]);
		free(c[i]);
	}
	free(init);
	free(fin);
	free(c);
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

int driver_compile(const CompileOptions *o, VitcErr *err)
{
	Dumper d = {.o = o};
	CgOptions cg = {
		.cpu = o->cpu, .features = o->features, .opt_level = o->opt_level,
		.dump_dir = o->dump_dir,
		.print_llvm = o->print_after && (!strcmp(o->print_after, "all") ||
		                                 !strncmp(o->print_after, "llvm", 4) ||
		                                 !strcmp(o->print_after, "asm")),
	};
	SchTarget tgt;
	Program *p = NULL;
	isl_ctx *ctx = NULL;
	isl_ast_node **asts = NULL;
	double *bounds = NULL;
	int rc = -1;

	struct stat st;
	if (stat(o->output, &st) == 0 && !S_ISREG(st.st_mode))
		return vitc_errf(err, "%s: exists and is not a regular file; not replacing it",
		                 o->output);
	if (o->dump_dir && make_dump_dir(o->dump_dir, err))
		return -1;
	Graph *g = driver_load_model(o->model, o->weights, err);  /* read, verify, shapes */
	if (!g)
		return -1;
	if (check_output_distinct(o->output, g, err))
		goto out;
	if (o->shift_linear && pass_shift_convert(g, o->shift_linear, err) < 0)
		goto out;                                            /* linears -> shift_linear */
	if (pass_batch_split(g, err) < 0)
		goto out;                                            /* N*k -> N, k */
	if (pass_batch_outer(g, err) < 0)
		goto out;                                            /* N outermost everywhere */
	if (o->expose_decisions && pass_expose_decisions(g, err) < 0)
		goto out;                                            /* codes, routes -> outputs */
	dump_text(&d, "graph", "txt", print_graph, g);
	dump_text(&d, "fuse", "txt", print_fusion, g);
	bounds = pass_value_bounds(g);                               /* |value| bounds */
	if (cg_target_describe(&cg, &tgt, err))                      /* the machine, for schedules */
		goto out;
	p = pass_lower(g, o->fuse, bounds, &tgt, err);              /* graph -> kernels */
	if (!p)
		goto out;
	if (o->records)                                              /* tuned schedules */
		sch_records_apply(p, o->records, &tgt, o->features, stderr);
	dump_text(&d, "lower", "txt", print_kernels, p);
	pass_memplan(p);                                             /* workspace offsets */
	dump_text(&d, "memplan", "txt", print_memplan, p);
	dedup_kernels(p);
	ctx = sch_ctx_alloc();
	asts = xcalloc((size_t)p->n_kernels + 1, sizeof(*asts));
	if (schedule_all(&d, ctx, p, asts, err))                     /* isl trees -> ASTs */
		goto out;
	cg.dump_seq = d.seq + 1;
	rc = cg_compile_cpu(p, asts, &cg, o->output, err);           /* LLVM -> .so */
out:
	if (asts)
		for (int i = 0; p && i < p->n_kernels; i++)
			isl_ast_node_free(asts[i]);
	free(asts);
	if (ctx)
		isl_ctx_free(ctx);
	k_program_free(p);
	free(bounds);
	ir_graph_free(g);
	return rc;
}
