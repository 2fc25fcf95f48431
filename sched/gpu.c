/*
 * sched/gpu.c - the GPU mapping of schedule trees (PPCG's blocks and
 * threads, as schedule data): the bind primitive's checks, and the
 * default GPU schedules chosen for every kernel when the target is
 * cuda (or with --emulate-gpu on the CPU).
 *
 * bind(x, blockIdx.y) puts the mark "gpu:blockIdx.y" above x's band: on
 * the GPU, block (thread) v of that axis runs the iterations whose value
 * of x is v, every other loop stays a loop in each thread.  No barriers
 * and no shared memory yet, so a mapping is legal only when every
 * dependence stays inside one (block, thread) and every statement is below
 * a loop of each axis used (else each block or thread would run it again).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/aff.h>
#include <isl/id.h>
#include <isl/map.h>
#include <isl/set.h>
#include <isl/schedule.h>
#include <isl/schedule_node.h>
#include <isl/union_map.h>
#include <isl/union_set.h>

#include "sched/gpu.h"
#include "sched/impl.h"
#include "sched/schedule.h"

static const char *const gpu_axes[SCH_GPU_N_AXES] = SCH_GPU_AXES;

void sch_gpu_mark_name(int axis, char *buf, size_t len)
{
	snprintf(buf, len, SCH_GPU_PREFIX "%s", axis >= 0 && axis < SCH_GPU_N_AXES ?
	         gpu_axes[axis] : "?");
}

int sch_gpu_mark_axis(__isl_keep isl_schedule_node *node)
{
	isl_id *id;
	const char *name;
	int axis = -1;

	if (!node || isl_schedule_node_get_type(node) != isl_schedule_node_mark)
		return -1;
	id = isl_schedule_node_mark_get_id(node);
	name = id ? isl_id_get_name(id) : NULL;
	for (int a = 0; name && a < SCH_GPU_N_AXES; a++)
		if (!strncmp(name, SCH_GPU_PREFIX, strlen(SCH_GPU_PREFIX)) &&
		    !strcmp(name + strlen(SCH_GPU_PREFIX), gpu_axes[a]))
			axis = a;
	isl_id_free(id);
	return axis;
}

/* Is some mark of "axis" at or below "node"? */
static int axis_below(__isl_keep isl_schedule_node *node, int axis)
{
	isl_size n = isl_schedule_node_n_children(node);

	if (sch_gpu_mark_axis(node) == axis)
		return 1;
	for (int i = 0; i < n; i++) {
		isl_schedule_node *c = isl_schedule_node_get_child(node, i);
		int r = c && axis_below(c, axis);
		isl_schedule_node_free(c);
		if (r)
			return 1;
	}
	return 0;
}

/*
 * A loop bound to an axis inside another bound to the same axis would
 * give both loops the one index: refused, around and inside.
 */
int sch_gpu_check_bind(__isl_keep isl_schedule_node *node, const char *iter, int axis,
                       VitcErr *err, const char *kname, const char *prim)
{
	isl_schedule_node *a = isl_schedule_node_copy(node);
	int found = 0;

	while (a && !found && isl_schedule_node_has_parent(a) == isl_bool_true) {
		a = isl_schedule_node_parent(a);
		found = sch_gpu_mark_axis(a) == axis;
	}
	isl_schedule_node_free(a);
	if (!found && isl_schedule_node_n_children(node) == 1) {
		a = isl_schedule_node_get_child(node, 0);
		found = a && axis_below(a, axis);
		isl_schedule_node_free(a);
	}
	if (found)
		return vitc_errf(err, "kernel '%s': schedule: %s: loop '%s' would be nested "
		                 "with another loop bound to %s", kname, prim, iter, gpu_axes[axis]);
	return 0;
}

/* The bound bands' values per axis: statement instance -> index. */
typedef struct {
	isl_union_map *of[SCH_GPU_N_AXES];
	int failed;
} AxisMaps;

static isl_bool collect_axis(__isl_keep isl_schedule_node *node, void *user)
{
	AxisMaps *am = user;
	int axis = sch_gpu_mark_axis(node);
	isl_schedule_node *band;
	isl_union_map *m;

	if (axis < 0)
		return isl_bool_true;
	band = sch_band_below(isl_schedule_node_copy(node));
	m = band ? isl_union_map_from_multi_union_pw_aff(
		isl_schedule_node_band_get_partial_schedule(band)) : NULL;
	m = isl_union_map_intersect_domain(m, isl_schedule_node_get_domain(band));
	isl_schedule_node_free(band);
	am->of[axis] = am->of[axis] ? isl_union_map_union(am->of[axis], m) : m;
	am->failed |= !am->of[axis];
	return isl_bool_true;
}

/*
 * Pairs of instances with equal values of "of" (instance -> index), as
 * the index functions alone: the domains' constraints are dropped (the
 * result is intersected with real pairs), which keeps the composition
 * cheap for the guarded loops of staged kernels.
 */
static __isl_give isl_union_map *same_index(__isl_keep isl_union_map *of)
{
	isl_union_map *g = isl_union_map_gist_domain(isl_union_map_copy(of),
	                                             isl_union_map_domain(isl_union_map_copy(of)));

	isl_union_map *r = isl_union_map_reverse(isl_union_map_copy(g));

	return isl_union_map_apply_range(g, r);
}

static int is_barrier(const Kernel *k, const char *name)
{
	int id = name && name[0] == 'S' ? atoi(name + 1) : -1;

	return id >= 0 && id < k->n_stmts && k->stmts[id]->store.buf->kind == BUF_BARRIER;
}

static int has_barrier(const Kernel *k)
{
	for (int i = 0; i < k->n_stmts; i++)
		if (k->stmts[i]->store.buf->kind == BUF_BARRIER)
			return 1;
	return 0;
}

/*
 * The pairs of instances s -> t of one block with an instance b of a
 * barrier statement, also of that block, between them in schedule order.
 * The schedule vectors are padded with zeros to one length (instances of
 * two statements differ at a sequence position before either ends).
 */
static __isl_give isl_union_map *barrier_separated(const Kernel *k,
	__isl_keep isl_schedule_node *root, const AxisMaps *am, __isl_keep isl_union_map *bad)
{
	isl_union_map *sch = isl_schedule_node_get_subtree_schedule_union_map(root);
	isl_map_list *l = isl_union_map_get_map_list(sch);
	isl_size n = isl_map_list_size(l);
	isl_union_map *all = NULL, *bar = NULL, *before, *after, *blk = NULL;
	isl_size dmax = 0;

	char *in_bad = xcalloc((size_t)k->n_stmts + 1, 1);
	isl_map_list *bl = isl_union_map_get_map_list(bad);

	isl_union_map_free(sch);
	for (int i = 0; i < isl_map_list_size(bl); i++) {   /* the statements in question */
		isl_map *m = isl_map_list_get_at(bl, i);
		const char *a = isl_map_get_tuple_name(m, isl_dim_in);
		const char *b = isl_map_get_tuple_name(m, isl_dim_out);
		int ia = a && a[0] == 'S' ? atoi(a + 1) : -1, ib = b && b[0] == 'S' ? atoi(b + 1) : -1;
		if (ia >= 0 && ia < k->n_stmts)
			in_bad[ia] = 1;
		if (ib >= 0 && ib < k->n_stmts)
			in_bad[ib] = 1;
		isl_map_free(m);
	}
	isl_map_list_free(bl);
	for (int i = 0; i < n; i++) {
		isl_map *m = isl_map_list_get_at(l, i);
		isl_size d = isl_map_dim(m, isl_dim_out);
		dmax = d > dmax ? d : dmax;
		isl_map_free(m);
	}
	for (int i = 0; i < n; i++) {
		isl_map *m = isl_map_list_get_at(l, i);
		isl_size d = isl_map_dim(m, isl_dim_out);
		int b = is_barrier(k, isl_map_get_tuple_name(m, isl_dim_in)), id;
		const char *name;
		m = isl_map_add_dims(m, isl_dim_out, (unsigned)(dmax - d));
		for (int j = d; j < dmax; j++)
			m = isl_map_fix_si(m, isl_dim_out, (unsigned)j, 0);
		m = isl_map_reset_tuple_id(m, isl_dim_out);
		if (!b)   /* the schedule function alone (cheap to compare); the pairs are real */
			m = isl_map_gist_domain(m, isl_map_domain(isl_map_copy(m)));
		if (b)
			bar = bar ? isl_union_map_add_map(bar, isl_map_copy(m))
			          : isl_union_map_from_map(isl_map_copy(m));
		name = isl_map_get_tuple_name(m, isl_dim_in);
		id = name && name[0] == 'S' ? atoi(name + 1) : -1;
		if (id >= 0 && id < k->n_stmts && in_bad[id])
			all = all ? isl_union_map_add_map(all, m) : isl_union_map_from_map(m);
		else
			isl_map_free(m);
	}
	isl_map_list_free(l);
	free(in_bad);
	if (!all || !bar) {
		isl_union_map_free(all);
		isl_union_map_free(bar);
		return isl_union_map_empty(isl_union_map_get_space(bad));
	}
	for (int a = 0; a < 3; a++) {
		isl_union_map *same;
		if (!am->of[a])
			continue;
		same = same_index(am->of[a]);
		blk = blk ? isl_union_map_intersect(blk, same) : same;
	}
	before = isl_union_map_lex_lt_union_map(isl_union_map_copy(all), isl_union_map_copy(bar));
	after = isl_union_map_lex_lt_union_map(bar, all);
	if (blk) {
		before = isl_union_map_intersect(before, isl_union_map_copy(blk));
		after = isl_union_map_intersect(after, blk);
	}
	return isl_union_map_apply_range(before, after);
}

int sch_gpu_check_off(void)
{
	const char *test = getenv("VITC_GPU_STAGE_TEST");

	return test && (!strcmp(test, "no-barrier") || !strcmp(test, "no-scan-barrier"));
}

int sch_gpu_check(const Kernel *k, __isl_keep isl_union_map *deps,
                  __isl_keep isl_schedule_node *node, VitcErr *err)
{
	isl_schedule_node *root;

	if (sch_gpu_check_off())
		return 0;   /* tests: the emulation, not this check, must catch it */
	root = isl_schedule_node_root(isl_schedule_node_copy(node));
	AxisMaps am = {0};
	isl_union_map *same = NULL, *bad = NULL;
	int r = -1;

	if (isl_schedule_node_foreach_descendant_top_down(root, &collect_axis, &am) < 0 ||
	    am.failed)
		goto isl_error;
	same = deps ? isl_union_map_copy(deps) : NULL;
	for (int a = 0; a < SCH_GPU_N_AXES; a++) {
		isl_union_set *dom, *left;
		isl_bool none;

		if (!am.of[a])
			continue;
		dom = isl_schedule_node_domain_get_domain(root);  /* get_domain: none reach the root */
		left = isl_union_set_subtract(dom, isl_union_map_domain(isl_union_map_copy(am.of[a])));
		none = isl_union_set_is_empty(left);
		if (none < 0) {
			isl_union_set_free(left);
			goto isl_error;
		}
		if (!none) {
			/* below no loop of this axis: run where its index is 0 */
			isl_union_set *zero = isl_union_set_read_from_str(isl_union_set_get_ctx(left),
			                                                  "{ [0] }");
			am.of[a] = isl_union_map_union(am.of[a],
				isl_union_map_from_domain_and_range(left, zero));
		} else {
			isl_union_set_free(left);
		}
		/* pairs with equal indices on this axis */
		same = isl_union_map_intersect(same, same_index(am.of[a]));
	}
	if (deps) {
		isl_bool none;
		bad = isl_union_map_subtract(isl_union_map_copy(deps), same);
		same = NULL;
		if (has_barrier(k))
			bad = isl_union_map_subtract(bad, barrier_separated(k, root, &am, bad));
		none = isl_union_map_is_empty(bad);
		if (none < 0)
			goto isl_error;
		if (!none) {
			isl_map_list *l = isl_union_map_get_map_list(bad);
			isl_map *m = isl_map_list_get_at(l, 0);
			const char *s = m ? isl_map_get_tuple_name(m, isl_dim_in) : NULL;
			const char *d = m ? isl_map_get_tuple_name(m, isl_dim_out) : NULL;
			vitc_errf(err, "kernel '%s': schedule: a dependence (%s -> %s) would cross "
			          "GPU blocks or threads (and no barrier of the block is between them)", k->name, s ? s : "?",
			          d ? d : "?");
			isl_map_free(m);
			isl_map_list_free(l);
			goto out;
		}
	}
	r = 0;
	goto out;
isl_error:
	if (!err->msg[0])
		vitc_errf(err, "kernel '%s': schedule: isl error in the GPU mapping check", k->name);
out:
	isl_union_map_free(same);
	isl_union_map_free(bad);
	for (int a = 0; a < SCH_GPU_N_AXES; a++)
		isl_union_map_free(am.of[a]);
	isl_schedule_node_free(root);
	return r;
}

#define GPU_MAX_LOOPS 16

/* The loops enclosing every statement, outer to inner (the first statement's order). */
typedef struct {
	const LoopNode *loop[GPU_MAX_LOOPS];
	int n, init;
	const LoopNode *stack[GPU_MAX_LOOPS];
	int depth, overflow;
} Common;

static void common_walk(Common *c, const LoopNode *n)
{
	if (n->kind == LN_STMT) {
		int keep = 0;
		if (!c->init) {
			for (int i = 0; i < c->depth; i++)
				c->loop[i] = c->stack[i];
			c->n = c->depth;
			c->init = 1;
			return;
		}
		for (int i = 0; i < c->n; i++) {
			int on = 0;
			for (int j = 0; j < c->depth; j++)
				on |= !strcmp(c->loop[i]->iter, c->stack[j]->iter);
			if (on)
				c->loop[keep++] = c->loop[i];
		}
		c->n = keep;
		return;
	}
	if (n->kind == LN_LOOP) {
		if (c->depth == GPU_MAX_LOOPS) {
			c->overflow = 1;
			return;
		}
		c->stack[c->depth++] = n;
	}
	for (int i = 0; i < n->n_children; i++)
		common_walk(c, n->children[i]);
	if (n->kind == LN_LOOP)
		c->depth--;
}

/* Does any loop named "iter" of the tree of "s" carry a dependence of "deps"?  -1: error. */
static int name_carries(__isl_keep isl_schedule *s, __isl_keep isl_union_map *deps,
                        const char *iter)
{
	isl_schedule_node *root = isl_schedule_get_root(s), *m;
	int r = 0, f;
	char pair[64];

	for (int idx = 0; r == 0 && (f = sch_find_loop(root, iter, idx, &m)) > 0; idx++) {
		m = sch_band_below(m);
		r = m ? sch_band_carries(deps, m, pair, sizeof(pair)) : -1;
		isl_schedule_node_free(m);
	}
	isl_schedule_node_free(root);
	return f < 0 ? -1 : r;
}

/*
 * "reorder(L,t.o); reorder(L,t.i); " for each loop L that carries a
 * dependence (a reduction) and whose only child is a loop "t".
 */
static void inner_moves(isl_schedule *s, isl_union_map *deps, const LoopNode *n,
                        const char *t, int split, char *buf, size_t len)
{
	char pat[SCH_NAME_LEN + 16];

	if (n->kind != LN_LOOP && n->kind != LN_SEQ)
		return;
	if (n->kind == LN_LOOP)
		snprintf(pat, sizeof(pat), "reorder(%s,", n->iter);
	if (n->kind == LN_LOOP && n->n_children == 1 && n->children[0]->kind == LN_LOOP &&
	    !strcmp(n->children[0]->iter, t) && !strstr(buf, pat) &&
	    name_carries(s, deps, n->iter) == 1) {
		size_t u = strlen(buf);
		if (split)
			snprintf(buf + u, len - u, "reorder(%s,%s.o); reorder(%s,%s.i); ",
			         n->iter, t, n->iter, t);
		else
			snprintf(buf + u, len - u, "reorder(%s,%s); ", n->iter, t);
	}
	for (int i = 0; i < n->n_children; i++)
		inner_moves(s, deps, n->children[i], t, split, buf, len);
}

/* Does "text" schedule "k" (sch_apply accepts it)? */
static int accepted(isl_ctx *ctx, const Kernel *k, const char *text, Arena *a)
{
	Schedule sc;
	VitcErr err = {{0}};
	isl_schedule *s;

	if (sch_parse(text, &sc, a, &err))
		return 0;
	s = sch_apply(sch_initial(ctx, k, &err), k, &sc, &err);
	isl_schedule_free(s);
	isl_ctx_reset_error(ctx);
	return s != NULL;
}

/* What the template has decided so far, over all nests of a kernel. */
typedef struct {
	char split[GPU_MAX_LOOPS][SCH_NAME_LEN];  /* loops split by SCH_GPU_BLOCK */
	int n_split;
	char bound[2 * GPU_MAX_LOOPS][SCH_NAME_LEN]; /* loops bound (a name binds all its loops) */
	int bound_axis[2 * GPU_MAX_LOOPS], n_bound;
	char splits[256], moves[512], binds[768];
	int block, row_block;  /* threads per block (SchGpuParams, defaults filled in) */
} Plan;

static int plan_axis(const Plan *pl, const char *name)
{
	for (int i = 0; i < pl->n_bound; i++)
		if (!strcmp(pl->bound[i], name))
			return pl->bound_axis[i];
	return -1;
}

/*
 * Bind loop "name" to "axis" unless it is bound already; "taken": the
 * axes this nest uses (a loop bound earlier keeps its axis, if free here).
 */
static void plan_bind(Plan *pl, const char *name, int axis, unsigned *taken)
{
	int had = plan_axis(pl, name);
	size_t u = strlen(pl->binds);

	if (had >= 0) {
		*taken |= 1u << had;
		return;
	}
	if (pl->n_bound == 2 * GPU_MAX_LOOPS || (*taken & (1u << axis)))
		return;
	*taken |= 1u << axis;
	snprintf(pl->bound[pl->n_bound], SCH_NAME_LEN, "%s", name);
	pl->bound_axis[pl->n_bound++] = axis;
	snprintf(pl->binds + u, sizeof(pl->binds) - u, "%sbind(%s,%s)", u ? "; " : "", name,
	         gpu_axes[axis]);
}

/*
 * Is there a loop that carries a dependence (a row reduction) below a
 * loop named "t" in "n" ("below": inside one already)?  Such a thread
 * runs a whole row: smaller blocks give more of them.
 */
static int serial_inside(isl_schedule *s, isl_union_map *deps, const LoopNode *n,
                         const char *t, int below)
{
	if (n->kind == LN_LOOP && below && name_carries(s, deps, n->iter) == 1)
		return 1;
	below |= n->kind == LN_LOOP && !strcmp(n->iter, t);
	for (int i = 0; i < n->n_children; i++)
		if (serial_inside(s, deps, n->children[i], t, below))
			return 1;
	return 0;
}

/*
 * One loop nest "nest" (the kernel's root, or one child of its top
 * sequence): the thread loop and block loops among the loops enclosing
 * all its statements (see sch_gpu_template).
 */
static void plan_nest(Plan *pl, isl_schedule *s, isl_union_map *deps, const LoopNode *nest)
{
	Common c = {0};
	int legal[GPU_MAX_LOOPS] = {0}, t = -1, next = 0;
	unsigned taken = 0;

	common_walk(&c, nest);
	if (c.overflow || !c.n)
		return;
	for (int i = 0; i < c.n; i++)
		legal[i] = c.loop[i]->extent != 1 && name_carries(s, deps, c.loop[i]->iter) == 0;
	for (int i = c.n - 1; i >= 0 && t < 0; i--)
		if (legal[i] && c.loop[i]->extent != IR_DIM_N && c.loop[i]->extent >= 32)
			t = i;
	for (int i = c.n - 1; i >= 0 && t < 0; i--)
		if (legal[i] && c.loop[i]->extent != IR_DIM_N && c.loop[i]->extent >= 2)
			t = i;
	if (t >= 0) {
		const char *it = c.loop[t]->iter;
		char o[SCH_NAME_LEN], in[SCH_NAME_LEN];
		int block = serial_inside(s, deps, nest, it, 0) ? pl->row_block : pl->block;
		int split = c.loop[t]->extent > block, seen = 0;

		for (int i = 0; i < pl->n_split; i++)
			seen |= !strcmp(pl->split[i], it);
		if (split && !seen && pl->n_split < GPU_MAX_LOOPS) {
			size_t u = strlen(pl->splits);
			snprintf(pl->split[pl->n_split++], SCH_NAME_LEN, "%s", it);
			snprintf(pl->splits + u, sizeof(pl->splits) - u, "split(%s,%d); ", it, block);
		}
		split = split || seen;
		if (plan_axis(pl, split ? (snprintf(in, sizeof(in), "%s.i", it), in) : it) < 0)
			inner_moves(s, deps, nest, it, split, pl->moves, sizeof(pl->moves));
		if (split) {
			snprintf(o, sizeof(o), "%s.o", it);
			plan_bind(pl, o, 0, &taken);
			plan_bind(pl, in, 3, &taken);
		} else {
			plan_bind(pl, it, 3, &taken);
		}
	}
	for (int i = 0; i < c.n; i++)
		if (legal[i] && plan_axis(pl, c.loop[i]->iter) >= 0)
			taken |= 1u << plan_axis(pl, c.loop[i]->iter);
	for (int i = c.n - 1; i >= 0; i--) {
		if (i == t || !legal[i])
			continue;
		while (next < 3 && (taken & (1u << next)))
			next++;
		if (next == 3 && plan_axis(pl, c.loop[i]->iter) < 0)
			break;
		plan_bind(pl, c.loop[i]->iter, next < 3 ? next : 0, &taken);
	}
}

const char *sch_gpu_template(isl_ctx *ctx, const Kernel *k, Arena *a)
{
	return sch_gpu_template_p(ctx, k, NULL, a);
}

const char *sch_gpu_template_p(isl_ctx *ctx, const Kernel *k, const SchGpuParams *gp, Arena *a)
{
	Plan *pl;
	isl_schedule *s;
	isl_union_map *deps;
	const LoopNode *r = k->root;
	const char *text = "";
	VitcErr err = {{0}};

	if (!r)
		return "";
	s = sch_initial(ctx, k, &err);
	deps = s ? sch_dependences(k, s) : NULL;
	if (!deps) {
		isl_schedule_free(s);
		isl_ctx_reset_error(ctx);
		return "";
	}
	pl = xcalloc(1, sizeof(*pl));
	pl->block = gp && gp->block > 0 ? gp->block : SCH_GPU_BLOCK;
	pl->row_block = gp && gp->row_block > 0 ? gp->row_block : SCH_GPU_ROW_BLOCK;
	if (r->kind == LN_SEQ && r->n_children > 1)
		for (int i = 0; i < r->n_children; i++)
			plan_nest(pl, s, deps, r->children[i]);
	else
		plan_nest(pl, s, deps, r);
	isl_union_map_free(deps);
	isl_schedule_free(s);
	isl_ctx_reset_error(ctx);
	if (pl->binds[0]) {
		text = arena_printf(a, "%s%s%s", pl->splits, pl->moves, pl->binds);
		if (!accepted(ctx, k, text, a)) {
			text = arena_printf(a, "%s%s", pl->splits, pl->binds);
			if (!accepted(ctx, k, text, a))
				text = "";
		}
	}
	free(pl);
	return text;
}

/*
 * The staged matmuls (sched/gpu_stage.c): each kernel that matches is
 * rewritten and its schedule checked (sch_apply: the barriers must
 * separate every dependence between threads); a refused one is put back.
 * Kernels with the same key as one staged before are staged unchecked.
 * VITC_GPU_NO_STAGE=1 turns staging off; VITC_GPU_STAGE_TEST=no-barrier
 * (tests) drops a barrier and the check ("no-barrier-checked": the
 * barrier only, so the check refuses the staging).  Returns the number staged.
 */
static int stage_matmuls(isl_ctx *ctx, Program *p, const char **texts, const char *const *chosen,
                         Arena *a)
{
	/* tests only: no barrier before the products, and no check (the emulation must fail) */
	const char *t = getenv("VITC_GPU_STAGE_TEST");
	int unchecked = t && !strcmp(t, "no-barrier"), drop = t && !strncmp(t, "no-barrier", 10);
	int staged = 0;
	const char **okeys = xcalloc((size_t)p->n_kernels + 1, sizeof(*okeys));

	for (int i = 0; i < p->n_kernels; i++) {
		Kernel *k = p->kernels[i];
		Stmt **st = k->stmts;
		int n = k->n_stmts, cap = k->cap_stmts, prev = -1;
		LoopNode *root = k->root;
		const char *text;

		okeys[i] = k_kernel_key(a, k);
		if (chosen && chosen[i])
			continue;   /* a tuning record's schedule (sch_gpu_defaults_with) */
		for (int j = 0; j < i && prev < 0; j++)
			if (!(chosen && chosen[j]) && !strcmp(okeys[j], okeys[i]))
				prev = j;
		if (prev >= 0 && !texts[prev])
			continue;
		text = sch_gpu_stage(p, k, drop);
		if (text && prev < 0 && !unchecked && !accepted(ctx, k, text, a))
			text = NULL;
		if (!text) {
			k->stmts = st;
			k->n_stmts = n;
			k->cap_stmts = cap;
			k->root = root;
		}
		texts[i] = text;
		staged += text != NULL;
	}
	free(okeys);
	return staged;
}

int sch_gpu_bound_by_lowering(const Kernel *k)
{
	for (int i = 0; i < k->sched.n; i++)
		if (k->sched.prims[i].kind == SP_BIND)
			return 1;
	return 0;
}

/* The extent of the first loop "tx" under "n", or 0. */
static int64_t tx_extent(const LoopNode *n)
{
	if (!n)
		return 0;
	if (n->kind == LN_LOOP && n->iter && !strcmp(n->iter, "tx"))
		return n->extent;
	for (int i = 0; i < n->n_children; i++) {
		int64_t e = tx_extent(n->children[i]);
		if (e)
			return e;
	}
	return 0;
}

int sch_gpu_form_threads(const Kernel *k)
{
	return sch_gpu_bound_by_lowering(k) ? (int)tx_extent(k->root) : 0;
}

const char *sch_gpu_form_text(int threads, Arena *a)
{
	return arena_printf(a, "lower(threads=%d)", threads);
}

int sch_gpu_form_parse(const char *text, int *threads, VitcErr *err)
{
	const char *q = text;
	char *end;
	long v;

	while (*q == ' ')
		q++;
	if (strncmp(q, "lower(", 6))
		return 0;
	q += 6;
	if (strncmp(q, "threads=", 8) || !(q[8] >= '0' && q[8] <= '9'))
		return vitc_errf(err, "'%.60s': want lower(threads=N)", text), -1;
	v = strtol(q + 8, &end, 10);
	while (*end == ' ')
		end++;
	if (*end != ')' || end[1 + strspn(end + 1, " ;")])
		return vitc_errf(err, "'%.60s': want lower(threads=N) and nothing else", text), -1;
	if (v < SCH_GPU_FORM_MIN || v > SCH_GPU_MAX_THREADS || (v & (v - 1)))
		return vitc_errf(err, "'%.60s': threads per block must be a power of two from %d to %d",
		                 text, SCH_GPU_FORM_MIN, SCH_GPU_MAX_THREADS), -1;
	*threads = (int)v;
	return 1;
}

/*
 * Kernels with equal keys (k_kernel_key: loops, statements, buffer slots,
 * schedule), e.g. the same op in every layer, get one template: the
 * isl checks cost about 0.1 s a kernel.
 */
int sch_gpu_defaults(Program *p, int *mapped, int *staged, VitcErr *err)
{
	return sch_gpu_defaults_with(p, NULL, NULL, mapped, staged, err);
}

/* "stage(M,N,K)" as the first primitive of "sc": its tiles into "st"; 0 when there is none. */
static int stage_prim(const Schedule *sc, SchGpuStage *st)
{
	if (sc->n < 1 || sc->prims[0].kind != SP_STAGE)
		return 0;
	*st = (SchGpuStage){(int)sc->prims[0].factor, (int)sc->prims[0].factor2,
	                    (int)sc->prims[0].factor3};
	return 1;
}

int sch_gpu_apply_text(isl_ctx *ctx, Program *p, Kernel *k, const char *text, int check,
                       VitcErr *err)
{
	Schedule sc, old = k->sched;
	SchGpuStage st;
	Stmt **stmts = k->stmts;
	int n = k->n_stmts, cap = k->cap_stmts, staged = 0;
	LoopNode *root = k->root;
	isl_schedule *s;

	if (sch_parse(text, &sc, &p->arena, err))
		return -1;
	if (stage_prim(&sc, &st)) {
		const char *t;
		if (!sch_gpu_stage_valid(&st))
			return vitc_errf(err, "kernel '%s': schedule: stage(%d,%d,%d): want powers of two, "
			                 "M and N multiples of K", k->name, st.m, st.n, st.k);
		if (sch_gpu_stage_threads(&st) > SCH_GPU_MAX_THREADS)
			return vitc_errf(err, "kernel '%s': schedule: stage(%d,%d,%d): %d threads per "
			                 "block > %d", k->name, st.m, st.n, st.k, sch_gpu_stage_threads(&st),
			                 SCH_GPU_MAX_THREADS);
		if (sch_gpu_stage_shared(&st) > SCH_GPU_MAX_SHARED)
			return vitc_errf(err, "kernel '%s': schedule: stage(%d,%d,%d): shared memory %lld B "
			                 "per block > 48 KiB", k->name, st.m, st.n, st.k,
			                 (long long)sch_gpu_stage_shared(&st));
		if (!(t = sch_gpu_stage_p(p, k, &st, 0)))
			return vitc_errf(err, "kernel '%s': schedule: stage(%d,%d,%d): not a matmul that can "
			                 "be staged", k->name, st.m, st.n, st.k);
		(void)t;
		staged = 1;
		memmove(&sc.prims[0], &sc.prims[1], (size_t)(sc.n - 1) * sizeof(sc.prims[0]));
		sc.n--;
	}
	k->sched = sc;
	if (!check)
		return 0;
	s = sch_initial(ctx, k, err);
	s = s ? sch_apply(s, k, NULL, err) : NULL;
	isl_ctx_reset_error(ctx);
	if (s) {
		isl_schedule_free(s);
		return 0;
	}
	k->sched = old;
	if (staged) {
		k->stmts = stmts;
		k->n_stmts = n;
		k->cap_stmts = cap;
		k->root = root;
	}
	return -1;
}

int sch_gpu_defaults_with(Program *p, const char *const *chosen, FILE *notices, int *mapped,
                          int *staged, VitcErr *err)
{
	isl_ctx *ctx = sch_ctx_alloc();
	const char **keys = xcalloc((size_t)p->n_kernels + 1, sizeof(*keys));
	const char **texts = xcalloc((size_t)p->n_kernels + 1, sizeof(*texts));
	const char **use = xcalloc((size_t)p->n_kernels + 1, sizeof(*use));
	Arena a = {0};
	int r = 0, bad_notice = 0;

	*mapped = 0;
	if (!ctx) {
		free(use);
		free(keys);
		free(texts);
		return vitc_errf(err, "schedule: cannot allocate an isl context");
	}
	/* the records' schedules first: the staging below leaves those kernels alone */
	for (int i = 0; chosen && i < p->n_kernels; i++) {
		VitcErr e = {{0}};
		int check = 1;
		if (!chosen[i] || sch_gpu_bound_by_lowering(p->kernels[i]))
			continue;
		keys[i] = k_kernel_key(&a, p->kernels[i]);
		for (int j = 0; j < i && check; j++)   /* the same kernel and text applied: no check */
			check = !(use[j] && !strcmp(use[j], chosen[i]) && !strcmp(keys[j], keys[i]));
		if (!sch_gpu_apply_text(ctx, p, p->kernels[i], chosen[i], check, &e))
			use[i] = chosen[i];
		else if (notices && !bad_notice++)
			fprintf(notices, "vitc: notice: a GPU record does not apply: %s; default schedule "
			        "kept\n", e.msg);
	}
	*staged = getenv("VITC_GPU_NO_STAGE") ? 0 : stage_matmuls(ctx, p, texts, use, &a);
	for (int i = 0; i < p->n_kernels; i++) {
		Kernel *k = p->kernels[i];
		const char *text = texts[i];
		if (use[i]) {
			(*mapped)++;
			*staged += strncmp(use[i], "stage(", 6) == 0;
			keys[i] = "";   /* not shared with kernels that keep the default */
			texts[i] = "";
			continue;
		}
		if (sch_gpu_bound_by_lowering(k)) {
			(*mapped)++;   /* a GPU form of lowering's own (lower/moe.c) */
			keys[i] = "";
			texts[i] = "";
			continue;
		}
		keys[i] = k_kernel_key(&a, k);
		for (int j = 0; j < i && !text; j++)
			if (!strcmp(keys[j], keys[i]))
				text = texts[j];
		texts[i] = text = text ? text : sch_gpu_template(ctx, k, &p->arena);
		if (!text[0])
			continue;   /* the CPU schedule: a top parallel loop is still grid-strided */
		if (sch_parse(text, &k->sched, &p->arena, err)) {
			r = -1;
			break;
		}
		(*mapped)++;
	}
	isl_ctx_free(ctx);
	free(keys);
	free(texts);
	free(use);
	arena_free(&a);
	return r;
}
