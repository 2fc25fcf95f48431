/*
 * schedule.c - sch_: the isl context, a kernel's initial schedule tree
 * (built straight from its loop tree, as TC's halide2isl does), AST
 * generation, schedule dumps, and the text form of schedules.
 * The primitives live in sched/prims.c, the AST printer in sched/print.c;
 * docs/schedules.md describes the primitive language.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/aff.h>
#include <isl/ast_build.h>
#include <isl/id.h>
#include <isl/options.h>
#include <isl/printer.h>
#include <isl/schedule_node.h>
#include <isl/set.h>
#include <isl/space.h>
#include <isl/union_set.h>

#include "sched/impl.h"
#include "sched/schedule.h"

/*
 * Allocate the one isl context of a compile session with every option the
 * schedule layer relies on: errors warn and return NULL (we turn them into
 * VitcErr messages, never abort), tile loops count tiles and point loops
 * start at 0 (so split gives floor(i/f) and i mod f), and loop conditions
 * are single upper bounds "c <= UB" with min/max detected (the backend's
 * loop builder needs that form).
 */
isl_ctx *sch_ctx_alloc(void)
{
	isl_ctx *ctx = isl_ctx_alloc();

	if (!ctx)
		return NULL;
	isl_options_set_on_error(ctx, ISL_ON_ERROR_WARN);
	isl_options_set_tile_scale_tile_loops(ctx, 0);
	isl_options_set_tile_shift_point_loops(ctx, 1);
	isl_options_set_ast_build_atomic_upper_bound(ctx, 1);
	isl_options_set_ast_build_detect_min_max(ctx, 1);
	return ctx;
}

int sch_isl_err(isl_ctx *ctx, VitcErr *err, const char *kname)
{
	const char *msg = ctx ? isl_ctx_last_error_msg(ctx) : NULL;

	if (!msg)
		msg = "unknown isl error";
	if (kname)
		return vitc_errf(err, "kernel '%s': schedule: isl: %s", kname, msg);
	return vitc_errf(err, "schedule: isl: %s", msg);
}

/* State of one sch_initial run; strings live in "arena" until it returns. */
typedef struct {
	isl_ctx *ctx;
	const Kernel *k;
	Arena arena;
	VitcErr *err;
} Init;

static __isl_give isl_schedule *init_node(Init *in, const LoopNode *l,
                                          int depth);

/* Print "S<id>[i0,...]" for every statement below "l" mapped to "[(i<depth>)]". */
static void print_loop_upa(FILE *f, const LoopNode *l, int depth, int *first)
{
	if (l->kind != LN_STMT) {
		for (int i = 0; i < l->n_children; i++)
			print_loop_upa(f, l->children[i], depth, first);
		return;
	}
	fprintf(f, "%sS%d[", *first ? "" : "; ", l->stmt->id);
	for (int d = 0; d < l->stmt->n_dims; d++)
		fprintf(f, "%si%d", d ? "," : "", d);
	fprintf(f, "] -> [(i%d)]", depth);
	*first = 0;
}

/*
 * The one-dimensional partial schedule of loop "l" at nesting depth
 * "depth": every statement below it maps to its dim number "depth", which
 * is this loop's iterator (k_kernel_finish gave statements the iterators
 * of their loops, outermost first).  Dims are named positionally so that
 * iterator names never meet isl's parser.
 */
static __isl_give isl_multi_union_pw_aff *loop_schedule(Init *in,
	const LoopNode *l, int depth)
{
	char *str = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&str, &len);
	int first = 1;
	isl_union_pw_aff *upa;

	if (!f)
		return NULL;
	fprintf(f, "[N] -> { ");
	print_loop_upa(f, l, depth, &first);
	fprintf(f, " }");
	fclose(f);
	upa = isl_union_pw_aff_read_from_str(in->ctx, str);
	free(str);
	return isl_multi_union_pw_aff_from_union_pw_aff(upa);
}

/* Insert the mark "loop:<iter>" directly above the root's child of "s". */
static __isl_give isl_schedule *insert_loop_mark(__isl_take isl_schedule *s,
                                                 const char *iter)
{
	isl_ctx *ctx;
	isl_schedule_node *node;
	char name[SCH_MAX_NAME + 8];

	if (!s)
		return NULL;
	ctx = isl_schedule_get_ctx(s);
	snprintf(name, sizeof(name), SCH_LOOP_PREFIX "%s", iter);
	node = isl_schedule_get_root(s);
	isl_schedule_free(s);
	node = isl_schedule_node_child(node, 0);
	node = isl_schedule_node_insert_mark(node, isl_id_alloc(ctx, name, NULL));
	s = isl_schedule_node_get_schedule(node);
	isl_schedule_node_free(node);
	return s;
}

/* The children of "l" in sequence (a single child is just itself). */
static __isl_give isl_schedule *init_children(Init *in, const LoopNode *l,
                                              int depth)
{
	isl_schedule *s;

	if (l->n_children == 0) {
		vitc_errf(in->err, "kernel '%s': schedule: empty %s in the loop tree",
		          in->k->name, l->kind == LN_LOOP ? "loop" : "sequence");
		return NULL;
	}
	s = init_node(in, l->children[0], depth);
	for (int i = 1; s && i < l->n_children; i++)
		s = isl_schedule_sequence(s, init_node(in, l->children[i], depth));
	return s;
}

/*
 * A loop iterator must be a C identifier of at most SCH_MAX_NAME
 * characters other than "N": it becomes a dim name in the isl domain
 * strings, where "N" would be the batch parameter and a "." a syntax
 * error, and "." is what split uses to make new loop names.
 */
static int check_iter(Init *in, const char *iter)
{
	size_t n = strlen(iter);
	int ok = n > 0 && n <= SCH_MAX_NAME && strcmp(iter, "N");

	for (size_t i = 0; ok && i < n; i++)
		ok = iter[i] == '_' || (iter[i] >= 'a' && iter[i] <= 'z') ||
		     (iter[i] >= 'A' && iter[i] <= 'Z') ||
		     (i > 0 && iter[i] >= '0' && iter[i] <= '9');
	if (ok)
		return 0;
	return vitc_errf(in->err, "kernel '%s': schedule: bad loop iterator "
	                 "'%.*s' (want an identifier of at most %d characters, "
	                 "not N)", in->k->name, SCH_MAX_NAME + 1, iter,
	                 SCH_MAX_NAME);
}

/*
 * The schedule of loop-tree node "l" at loop depth "depth": a statement
 * becomes its domain, a sequence the isl sequence of its children, a loop
 * its body under a band on its iterator, with "loop:<iter>" marked above.
 */
static __isl_give isl_schedule *init_node(Init *in, const LoopNode *l,
                                          int depth)
{
	isl_schedule *s;
	isl_union_set *dom;

	switch (l->kind) {
	case LN_STMT:
		dom = isl_union_set_read_from_str(in->ctx,
			k_stmt_domain_str(&in->arena, in->k, l->stmt));
		return isl_schedule_from_domain(dom);
	case LN_SEQ:
		return init_children(in, l, depth);
	case LN_LOOP:
		if (check_iter(in, l->iter))
			return NULL;
		s = init_children(in, l, depth + 1);
		if (!s)
			return NULL;
		s = isl_schedule_insert_partial_schedule(s,
			loop_schedule(in, l, depth));
		return insert_loop_mark(s, l->iter);
	}
	return NULL;
}

/*
 * The initial schedule tree of kernel "k": its loop tree, one single-member
 * band per loop with the mark "loop:<iter>" directly above it, so that the
 * primitives find loops by name.  The domain is the union of the statement
 * domains of k_stmt_domain_str.
 */
__isl_give isl_schedule *sch_initial(isl_ctx *ctx, const Kernel *k,
                                     VitcErr *err)
{
	VitcErr spare;
	Init in = {.ctx = ctx, .k = k, .err = err ? err : &spare};
	isl_schedule *s;

	err = in.err;
	if (!ctx || !k || !k->root) {
		vitc_errf(err, "kernel '%s': schedule: no loop tree",
		          k && k->name ? k->name : "?");
		return NULL;
	}
	err->msg[0] = '\0';
	isl_ctx_reset_error(ctx);
	s = init_node(&in, k->root, 0);
	arena_free(&in.arena);
	if (!s && !err->msg[0])
		sch_isl_err(ctx, err, k->name);
	return s;
}

/*
 * The context of the AST of "s": N >= 1 (the batch is never empty: the
 * runtime checks that before it calls a kernel) and every other parameter
 * of its domain (the kernel's run-time parameters, KParam) >= 0.  Only
 * these bounds: the domain's own parameter set would let isl assume that
 * every statement runs at least once and drop the guards for C0 = 0.
 */
static __isl_give isl_set *ast_context(__isl_keep isl_schedule *s)
{
	isl_ctx *ctx = isl_schedule_get_ctx(s);
	isl_union_set *dom = isl_schedule_get_domain(s);
	isl_space *sp = isl_union_set_get_space(dom);
	isl_size np = isl_space_dim(sp, isl_dim_param);
	char *str = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&str, &len);
	isl_set *ctx_set = NULL;
	int ok = f && np >= 0;

	isl_union_set_free(dom);
	if (f) {
		fprintf(f, "[N");
		for (int i = 0; ok && i < np; i++) {
			const char *name = isl_space_get_dim_name(sp, isl_dim_param, (unsigned)i);
			ok = name != NULL;
			if (ok && strcmp(name, "N"))
				fprintf(f, ", %s", name);
		}
		fprintf(f, "] -> { : N >= 1");
		for (int i = 0; ok && i < np; i++) {
			const char *name = isl_space_get_dim_name(sp, isl_dim_param, (unsigned)i);
			if (strcmp(name, "N"))
				fprintf(f, " and %s >= 0", name);
		}
		fprintf(f, " }");
		fclose(f);
	}
	isl_space_free(sp);
	if (ok)
		ctx_set = isl_set_read_from_str(ctx, str);
	free(str);
	return ctx_set;
}

/*
 * The AST of schedule "s" under the context N >= 1 and, for each run-time
 * parameter P of its domain, P >= 0 (ast_context).
 */
__isl_give isl_ast_node *sch_build_ast(__isl_take isl_schedule *s,
                                       VitcErr *err)
{
	isl_ctx *ctx;
	isl_ast_build *build;
	isl_ast_node *ast;

	if (!s) {
		vitc_errf(err, "schedule: no schedule to generate code for");
		return NULL;
	}
	ctx = isl_schedule_get_ctx(s);
	isl_ctx_reset_error(ctx);
	build = isl_ast_build_from_context(ast_context(s));
	ast = isl_ast_build_node_from_schedule(build, s);
	isl_ast_build_free(build);
	if (!ast)
		sch_isl_err(ctx, err, NULL);
	return ast;
}

char *sch_schedule_str(__isl_keep isl_schedule *s)
{
	isl_printer *p;
	char *str;

	if (!s)
		return NULL;
	p = isl_printer_to_str(isl_schedule_get_ctx(s));
	p = isl_printer_set_yaml_style(p, ISL_YAML_STYLE_BLOCK);
	p = isl_printer_print_schedule(p, s);
	str = isl_printer_get_str(p);
	isl_printer_free(p);
	return str;
}

/* The primitives' names and argument counts: loop names, then factors. */
static const struct {
	const char *name;
	SchedPrimKind kind;
	int n_iters, n_factors;
} prim_tab[] = {
	{"split", SP_SPLIT, 1, 1},
	{"tile", SP_TILE, 2, 2},
	{"reorder", SP_REORDER, 2, 0},
	{"vectorize", SP_VECTORIZE, 1, 0},
	{"parallel", SP_PARALLEL, 1, 0},
	{"unroll", SP_UNROLL, 1, 0},
	{"bind", SP_BIND, 1, 0},
	{"stage", SP_STAGE, 0, 3},
	{"fuse", SP_FUSE, 2, 0},
};
#define N_PRIM_TAB ((int)(sizeof(prim_tab) / sizeof(prim_tab[0])))

int sch_prim_is_annotation(SchedPrimKind kind)
{
	return kind == SP_VECTORIZE || kind == SP_PARALLEL || kind == SP_UNROLL ||
	       kind == SP_BIND;
}

static int prim_index(SchedPrimKind kind)
{
	for (int i = 0; i < N_PRIM_TAB; i++)
		if (prim_tab[i].kind == kind)
			return i;
	return -1;
}

void sch_prim_format(const SchedPrim *p, char *buf, size_t len)
{
	int t = prim_index(p->kind);
	const char *iters[2] = {p->iter, p->iter2};
	int64_t factors[3] = {p->factor, p->factor2, p->factor3};
	size_t n = 0;
	int w;

	if (!len)
		return;
	buf[0] = '\0';
	if (t < 0) {
		snprintf(buf, len, "?%d()", (int)p->kind);
		return;
	}
	w = snprintf(buf, len, "%s(", prim_tab[t].name);
	for (int i = 0; i < prim_tab[t].n_iters + prim_tab[t].n_factors; i++) {
		n = w < 0 ? len : (size_t)w;
		if (n >= len)
			return;
		if (i < prim_tab[t].n_iters)
			w += snprintf(buf + n, len - n, "%s%s", i ? "," : "",
			              iters[i] ? iters[i] : "?");
		else
			w += snprintf(buf + n, len - n, "%s%" PRId64, i ? "," : "",
			              factors[i - prim_tab[t].n_iters]);
	}
	n = (size_t)w;
	if (p->kind == SP_BIND && n < len) {
		static const char *const axes[] = SCH_GPU_AXES;
		w += snprintf(buf + n, len - n, ",%s", p->factor >= 0 &&
		              p->factor < SCH_GPU_N_AXES ? axes[p->factor] : "?");
		n = (size_t)w;
	}
	if (n < len)
		snprintf(buf + n, len - n, ")");
}

/*
 * Format "s" as "split(j,8); vectorize(j.i)" into "buf" (truncated to
 * "len" bytes, always terminated).  sch_parse reads it back unchanged.
 */
void sch_format(const Schedule *s, char *buf, size_t len)
{
	size_t n = 0;

	if (!len)
		return;
	buf[0] = '\0';
	for (int i = 0; i < s->n && n + 1 < len; i++) {
		if (i) {
			snprintf(buf + n, len - n, "; ");
			n += strlen(buf + n);
		}
		if (n + 1 < len)
			sch_prim_format(&s->prims[i], buf + n, len - n);
		n += strlen(buf + n);
	}
}

/* A recursive-descent reader over "s"; positions in messages are 1-based. */
typedef struct {
	const char *s;
	size_t pos;
	Arena *arena;
	VitcErr *err;
} Parser;

static void skip_ws(Parser *ps)
{
	while (ps->s[ps->pos] == ' ' || ps->s[ps->pos] == '\t' ||
	       ps->s[ps->pos] == '\n' || ps->s[ps->pos] == '\r')
		ps->pos++;
}

static int parse_error(Parser *ps, const char *what)
{
	return vitc_errf(ps->err, "schedule: at %zu: %s", ps->pos + 1, what);
}

/* Skip blanks, then require the character "c". */
static int expect(Parser *ps, char c)
{
	char what[32];

	skip_ws(ps);
	if (ps->s[ps->pos] == c) {
		ps->pos++;
		return 0;
	}
	snprintf(what, sizeof(what), "expected '%c'", c);
	return parse_error(ps, what);
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A word [A-Za-z_][A-Za-z0-9_.]*, copied into the arena if "out" is set. */
static int parse_word(Parser *ps, const char **out, size_t *start,
                      size_t *n)
{
	skip_ws(ps);
	*start = ps->pos;
	if (!is_alpha(ps->s[ps->pos]))
		return -1;
	while (is_alpha(ps->s[ps->pos]) || is_digit(ps->s[ps->pos]) ||
	       ps->s[ps->pos] == '.')
		ps->pos++;
	*n = ps->pos - *start;
	if (out) {
		char *w = arena_alloc(ps->arena, *n + 1);
		memcpy(w, ps->s + *start, *n);
		w[*n] = '\0';
		*out = w;
	}
	return 0;
}

static int parse_loop_name(Parser *ps, const char **out)
{
	size_t start, n;
	char what[64];

	if (parse_word(ps, NULL, &start, &n))
		return parse_error(ps, "expected a loop name");
	if (n > SCH_MAX_NAME) {
		ps->pos = start;
		snprintf(what, sizeof(what), "loop name longer than %d characters",
		         SCH_MAX_NAME);
		return parse_error(ps, what);
	}
	ps->pos = start;
	return parse_word(ps, out, &start, &n);
}

/* A decimal factor in 1..SCH_MAX_FACTOR. */
static int parse_factor(Parser *ps, int64_t *out)
{
	size_t start;
	int64_t v = 0;
	char what[64];

	skip_ws(ps);
	start = ps->pos;
	if (!is_digit(ps->s[ps->pos]))
		return parse_error(ps, "expected a factor (1..65536)");
	while (is_digit(ps->s[ps->pos])) {
		if (v <= SCH_MAX_FACTOR)
			v = v * 10 + (ps->s[ps->pos] - '0');
		ps->pos++;
	}
	if (v < 1 || v > SCH_MAX_FACTOR) {
		int nd = ps->pos - start > 12 ? 12 : (int)(ps->pos - start);
		ps->pos = start;
		snprintf(what, sizeof(what), "factor %.*s out of range 1..%d", nd,
		         ps->s + start, SCH_MAX_FACTOR);
		return parse_error(ps, what);
	}
	*out = v;
	return 0;
}

/* ", blockIdx.x" ... ", threadIdx.z" (bind's second argument) as its SCH_GPU_* index. */
static int parse_axis(Parser *ps, int64_t *out)
{
	static const char *const axes[] = SCH_GPU_AXES;
	size_t start, n;

	if (expect(ps, ','))
		return -1;
	if (!parse_word(ps, NULL, &start, &n))
		for (int a = 0; a < SCH_GPU_N_AXES; a++)
			if (strlen(axes[a]) == n && !strncmp(axes[a], ps->s + start, n)) {
				*out = a;
				return 0;
			}
	ps->pos = start;
	return parse_error(ps, "expected a GPU axis (blockIdx.x/y/z, threadIdx.x/y/z)");
}

/* One primitive "name(args)" into "p". */
static int parse_prim(Parser *ps, SchedPrim *p)
{
	size_t start, n;
	const char *iters[2] = {NULL, NULL};
	int64_t factors[3] = {0, 0, 0};
	int t;

	if (parse_word(ps, NULL, &start, &n))
		return parse_error(ps, "expected a primitive (split, tile, "
		                   "reorder, fuse, vectorize, parallel, unroll, bind, stage)");
	for (t = 0; t < N_PRIM_TAB; t++)
		if (strlen(prim_tab[t].name) == n &&
		    !strncmp(prim_tab[t].name, ps->s + start, n))
			break;
	if (t == N_PRIM_TAB) {
		ps->pos = start;
		return parse_error(ps, "unknown primitive (expected split, tile, "
		                   "reorder, fuse, vectorize, parallel, unroll, bind or stage)");
	}
	if (expect(ps, '('))
		return -1;
	for (int i = 0; i < prim_tab[t].n_iters + prim_tab[t].n_factors; i++) {
		if (i && expect(ps, ','))
			return -1;
		if (i < prim_tab[t].n_iters ? parse_loop_name(ps, &iters[i]) :
		    parse_factor(ps, &factors[i - prim_tab[t].n_iters]))
			return -1;
	}
	if (prim_tab[t].kind == SP_BIND && parse_axis(ps, &factors[0]))
		return -1;
	if (expect(ps, ')'))
		return -1;
	*p = (SchedPrim){prim_tab[t].kind, iters[0], iters[1], factors[0],
	                 factors[1], factors[2]};
	return 0;
}

/*
 * Parse "text" (grammar in docs/schedules.md) into "out"; loop names are
 * copied into "arena".  Errors name the 1-based character position.
 */
int sch_parse(const char *text, Schedule *out, Arena *arena, VitcErr *err)
{
	Parser ps = {.s = text ? text : "", .arena = arena, .err = err};
	int max = (int)(sizeof(out->prims) / sizeof(out->prims[0]));

	out->n = 0;
	skip_ws(&ps);
	while (ps.s[ps.pos]) {
		if (out->n == max) {
			char what[48];
			snprintf(what, sizeof(what), "more than %d primitives", max);
			return parse_error(&ps, what);
		}
		if (parse_prim(&ps, &out->prims[out->n]))
			return -1;
		out->n++;
		skip_ws(&ps);
		if (!ps.s[ps.pos])
			break;
		if (expect(&ps, ';'))
			return -1;
		skip_ws(&ps);
	}
	return 0;
}
