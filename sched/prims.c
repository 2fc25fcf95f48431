/*
 * sched/prims.c - sch_apply: the schedule primitives of docs/schedules.md
 * as edits of a kernel's isl schedule tree.
 *
 * Every loop is a single-member band with the mark "loop:<iter>" directly
 * above it (sch_initial).  A primitive names loops by iterator and acts on
 * every loop of that name.  The tree edits (split, tile, reorder) must all
 * come before the annotations (vectorize, parallel, unroll): a split or
 * a permutation would have to carry their marks and flags along, so
 * keeping the phases apart keeps each edit simple.  During the tree
 * edits each loop is exactly "mark, band"; annotations add a mark
 * between the two.  Last, the
 * full tiles of unrolled and vectorized loops are isolated (AST build
 * options, see isolate_full_tiles).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/aff.h>
#include <isl/id.h>
#include <isl/ilp.h>
#include <isl/map.h>
#include <isl/schedule_node.h>
#include <isl/set.h>
#include <isl/union_map.h>
#include <isl/union_set.h>
#include <isl/val.h>

#include "sched/impl.h"
#include "sched/schedule.h"

typedef struct {
	const Kernel *k;
	isl_ctx *ctx;
	isl_union_map *deps; /* in the order of the schedule given to sch_apply */
	int check_each;      /* check the order after each tile and reorder */
	VitcErr *err;
	char prim[2 * SCH_MAX_NAME + 64]; /* the primitive being applied */
} Apply;

/* "kernel 'k': schedule: <prim>: <message>"; returns -1. */
static int prim_err(Apply *ap, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int prim_err(Apply *ap, const char *fmt, ...)
{
	char msg[512];
	va_list va;

	va_start(va, fmt);
	vsnprintf(msg, sizeof(msg), fmt, va);
	va_end(va);
	return vitc_errf(ap->err, "kernel '%s': schedule: %s: %s", ap->k->name,
	                 ap->prim, msg);
}

/* Report an isl failure unless a message was already set. */
static void *isl_fail(Apply *ap)
{
	if (!ap->err->msg[0])
		sch_isl_err(ap->ctx, ap->err, ap->k->name);
	return NULL;
}

static __isl_give isl_id *loop_id(Apply *ap, const char *iter,
                                  const char *suffix)
{
	char name[SCH_NAME_LEN];

	snprintf(name, sizeof(name), SCH_LOOP_PREFIX "%s%s", iter, suffix);
	return isl_id_alloc(ap->ctx, name, NULL);
}

/* "kernel 'k': schedule: no loop 'x' (loops: a, b)"; returns -1. */
static int no_loop(Apply *ap, __isl_keep isl_schedule_node *root,
                   const char *iter)
{
	char buf[1024];

	sch_loop_names(root, buf, sizeof(buf));
	return vitc_errf(ap->err, "kernel '%s': schedule: no loop '%s' "
	                 "(loops: %s)", ap->k->name, iter, buf);
}

/*
 * Is loop "b" perfectly nested in the loop whose mark is "node": is b's
 * mark the child of a's band, with b's band right below it?  During the
 * tree edits that is the only shape "directly inside" can take.
 */
static int nested_in(__isl_keep isl_schedule_node *node, const char *b)
{
	char name[SCH_NAME_LEN];
	isl_schedule_node *c = isl_schedule_node_get_child(node, 0);
	int ok;

	ok = c && isl_schedule_node_get_type(c) == isl_schedule_node_band;
	c = isl_schedule_node_child(c, 0);
	ok = ok && c && sch_loop_mark(c, name, sizeof(name)) && !strcmp(name, b);
	c = isl_schedule_node_child(c, 0);
	ok = ok && c && isl_schedule_node_get_type(c) == isl_schedule_node_band;
	isl_schedule_node_free(c);
	return ok;
}

/* The loop directly inside the loop marked "node" into "buf" (or ""). */
static void inner_loop(__isl_keep isl_schedule_node *node, char *buf,
                       size_t len)
{
	isl_schedule_node *c = isl_schedule_node_get_child(node, 0);

	c = isl_schedule_node_child(c, 0);
	if (!c || !sch_loop_mark(c, buf, len))
		snprintf(buf, len, "%s", "");
	isl_schedule_node_free(c);
}

/*
 * Split the loop marked "node" (named "iter") by "f": its band becomes
 * floor(iter/f) over iter mod f with isl's band_tile (the ctx options make
 * the tile loop count tiles and the point loop start at 0), marked
 * "iter.o" and "iter.i".  Returns the "iter.o" mark.
 */
static __isl_give isl_schedule_node *split_at(Apply *ap,
	__isl_take isl_schedule_node *node, const char *iter, int64_t f)
{
	isl_multi_val *sizes;

	node = isl_schedule_node_child(node, 0);
	sizes = isl_multi_val_zero(isl_schedule_node_band_get_space(node));
	sizes = isl_multi_val_set_val(sizes, 0, isl_val_int_from_si(ap->ctx, f));
	node = isl_schedule_node_band_tile(node, sizes);
	node = isl_schedule_node_parent(node);
	node = isl_schedule_node_delete(node);
	node = isl_schedule_node_insert_mark(node, loop_id(ap, iter, ".o"));
	node = isl_schedule_node_child(node, 0);
	node = isl_schedule_node_child(node, 0);
	node = isl_schedule_node_insert_mark(node, loop_id(ap, iter, ".i"));
	node = isl_schedule_node_parent(node);
	return isl_schedule_node_parent(node);
}

/*
 * The partial schedules of loop a, marked "node" (mark, band), and of
 * loop b perfectly nested in it (mark, band): what reorder_at and fuse_at
 * rebuild the two loops from.
 */
static void nested_bands(__isl_keep isl_schedule_node *node,
                         isl_multi_union_pw_aff **a, isl_multi_union_pw_aff **b)
{
	isl_schedule_node *c = isl_schedule_node_get_child(node, 0);

	*a = isl_schedule_node_band_get_partial_schedule(c);
	c = isl_schedule_node_child(c, 0);
	c = isl_schedule_node_child(c, 0);
	*b = isl_schedule_node_band_get_partial_schedule(c);
	isl_schedule_node_free(c);
}

/*
 * Swap loop "a", marked "node", with loop "b" perfectly nested in it
 * (Polly's permute): read both partial schedules, delete both marks and
 * bands, and insert them again the other way round, each band under its
 * own mark.  Returns b's mark, now the outer one.
 */
static __isl_give isl_schedule_node *reorder_at(Apply *ap,
	__isl_take isl_schedule_node *node, const char *a, const char *b)
{
	isl_multi_union_pw_aff *sa, *sb;

	nested_bands(node, &sa, &sb);
	for (int i = 0; i < 4; i++)
		node = isl_schedule_node_delete(node);
	node = isl_schedule_node_insert_partial_schedule(node, sa);
	node = isl_schedule_node_insert_mark(node, loop_id(ap, a, ""));
	node = isl_schedule_node_insert_partial_schedule(node, sb);
	return isl_schedule_node_insert_mark(node, loop_id(ap, b, ""));
}

/* Refuse loop "a" (marked "node") unless "b" is perfectly nested in it. */
static int check_nested(Apply *ap, __isl_keep isl_schedule_node *node,
                        const char *a, const char *b)
{
	char inner[SCH_NAME_LEN];
	isl_schedule_node *parent;
	char outer[SCH_NAME_LEN] = "";

	if (nested_in(node, b))
		return 0;
	parent = isl_schedule_node_parent(isl_schedule_node_copy(node));
	parent = isl_schedule_node_parent(parent);
	if (parent && !sch_loop_mark(parent, outer, sizeof(outer)))
		outer[0] = '\0';
	isl_schedule_node_free(parent);
	if (!strcmp(outer, b))
		return prim_err(ap, "loop '%s' is inside loop '%s', not the other "
		                "way round", a, b);
	inner_loop(node, inner, sizeof(inner));
	if (inner[0])
		return prim_err(ap, "loops '%s' and '%s' are not perfectly nested "
		                "(the loop directly inside '%s' is '%s')", a, b, a,
		                inner);
	return prim_err(ap, "loops '%s' and '%s' are not perfectly nested "
	                "('%s' has no single loop directly inside it)", a, b, a);
}

/* Refuse to create loop "iter""suffix" if a loop of that name exists. */
static int check_fresh(Apply *ap, __isl_keep isl_schedule_node *root,
                       const char *iter, const char *suffix)
{
	char name[SCH_NAME_LEN];
	int n;

	snprintf(name, sizeof(name), "%s%s", iter, suffix);
	n = sch_count_loops(root, name);
	if (n < 0)
		return -1;
	if (n > 0)
		return prim_err(ap, "a loop named '%s' already exists", name);
	return 0;
}

/*
 * Refuse a tree edit that runs some dependence of the kernel backwards
 * (splits cannot; a tile or reorder of loops with a dependence between
 * their iterations can).
 */
static int check_order(Apply *ap, __isl_keep isl_schedule_node *root)
{
	char pair[64];
	int r = root ? sch_keeps_order(ap->deps, root, pair, sizeof(pair)) : -1;

	if (r > 0)
		return prim_err(ap, "would run a dependence (%s) backwards", pair);
	return r;
}

/* Split every loop named "p->iter" (see split_at). */
static __isl_give isl_schedule_node *apply_split(Apply *ap,
	__isl_take isl_schedule_node *root, const SchedPrim *p)
{
	isl_schedule_node *m;
	int r, n = sch_count_loops(root, p->iter);

	if (n == 0)
		no_loop(ap, root, p->iter);
	if (n <= 0 || check_fresh(ap, root, p->iter, ".o") ||
	    check_fresh(ap, root, p->iter, ".i"))
		goto error;
	while ((r = sch_find_loop(root, p->iter, 0, &m)) > 0) {
		isl_schedule_node_free(root);
		root = isl_schedule_node_root(split_at(ap, m, p->iter, p->factor));
	}
	if (r < 0)
		goto error;
	return root;
error:
	isl_schedule_node_free(root);
	return NULL;
}

/*
 * Tile the nest marked "node" (loop "i" with "j" perfectly nested): split
 * i, split j, then swap i.i and j.o, giving i.o j.o i.i j.i.  The walk
 * between the edits follows the fixed shape "mark, band" of each loop.
 * Returns the "i.o" mark.
 */
static __isl_give isl_schedule_node *tile_at(Apply *ap,
	__isl_take isl_schedule_node *node, const SchedPrim *p)
{
	char ii[SCH_NAME_LEN], jo[SCH_NAME_LEN];

	snprintf(ii, sizeof(ii), "%s.i", p->iter);
	snprintf(jo, sizeof(jo), "%s.o", p->iter2);
	node = split_at(ap, node, p->iter, p->factor);
	for (int i = 0; i < 4; i++)
		node = isl_schedule_node_child(node, 0);
	node = split_at(ap, node, p->iter2, p->factor2);
	node = isl_schedule_node_parent(node);
	node = isl_schedule_node_parent(node);
	node = reorder_at(ap, node, ii, jo);
	node = isl_schedule_node_parent(node);
	return isl_schedule_node_parent(node);
}

/* Tile every loop named "p->iter" with "p->iter2" (see tile_at). */
static __isl_give isl_schedule_node *apply_tile(Apply *ap,
	__isl_take isl_schedule_node *root, const SchedPrim *p)
{
	static const char *const suffix[2] = {".o", ".i"};
	isl_schedule_node *m;
	int r;

	for (int i = 0; i < 2; i++) {
		const char *it = i ? p->iter2 : p->iter;
		r = sch_count_loops(root, it);
		if (r == 0)
			no_loop(ap, root, it);
		if (r <= 0 || check_fresh(ap, root, it, suffix[0]) ||
		    check_fresh(ap, root, it, suffix[1]))
			goto error;
	}
	while ((r = sch_find_loop(root, p->iter, 0, &m)) > 0) {
		if (check_nested(ap, m, p->iter, p->iter2)) {
			isl_schedule_node_free(m);
			goto error;
		}
		isl_schedule_node_free(root);
		root = isl_schedule_node_root(tile_at(ap, m, p));
	}
	if (r < 0 || (ap->check_each && check_order(ap, root)))
		goto error;
	return root;
error:
	isl_schedule_node_free(root);
	return NULL;
}

/* Swap every loop named "p->iter" with "p->iter2" perfectly nested in it. */
static __isl_give isl_schedule_node *apply_reorder(Apply *ap,
	__isl_take isl_schedule_node *root, const SchedPrim *p)
{
	isl_schedule_node *m;
	int n = sch_count_loops(root, p->iter);

	if (n == 0)
		no_loop(ap, root, p->iter);
	if (n > 0 && sch_count_loops(root, p->iter2) == 0) {
		no_loop(ap, root, p->iter2);
		n = -1;
	}
	for (int idx = 0; idx < n; idx++) {
		if (sch_find_loop(root, p->iter, idx, &m) <= 0)
			goto error;
		if (check_nested(ap, m, p->iter, p->iter2)) {
			isl_schedule_node_free(m);
			goto error;
		}
		isl_schedule_node_free(root);
		root = isl_schedule_node_root(reorder_at(ap, m, p->iter, p->iter2));
	}
	if (n <= 0 || (ap->check_each && check_order(ap, root)))
		goto error;
	return root;
error:
	isl_schedule_node_free(root);
	return NULL;
}

/*
 * Fuse loop "a", marked "node", with loop "b" perfectly nested in it
 * into one loop "a.b" whose value is a * count(b) + b: the instances run
 * in the same order (b takes count(b) consecutive values), so no
 * dependence can turn round; isl's AST gives the statements a and b
 * back as a division and a remainder.  For GPU schedules: a batch and a
 * head loop on one block axis (sched/gpu_stage.c).  Returns the new mark.
 */
static __isl_give isl_schedule_node *fuse_at(Apply *ap,
	__isl_take isl_schedule_node *node, const char *a, const char *b, int64_t count)
{
	isl_union_pw_aff *ua, *ub;
	char name[SCH_MAX_NAME + 2];
	isl_multi_union_pw_aff *ma, *mb;

	nested_bands(node, &ma, &mb);
	ua = isl_multi_union_pw_aff_get_union_pw_aff(ma, 0);
	ub = isl_multi_union_pw_aff_get_union_pw_aff(mb, 0);
	isl_multi_union_pw_aff_free(ma);
	isl_multi_union_pw_aff_free(mb);
	ua = isl_union_pw_aff_scale_val(ua, isl_val_int_from_si(ap->ctx, count));
	ua = isl_union_pw_aff_add(ua, ub);
	for (int i = 0; i < 4; i++)
		node = isl_schedule_node_delete(node);
	node = isl_schedule_node_insert_partial_schedule(node,
		isl_multi_union_pw_aff_from_union_pw_aff(ua));
	snprintf(name, sizeof(name), ".%.*s", SCH_MAX_NAME, b);
	return isl_schedule_node_insert_mark(node, loop_id(ap, a, name));
}

/* Fuse every loop named "p->iter" with "p->iter2" perfectly nested in it (fuse_at). */
static __isl_give isl_schedule_node *apply_fuse(Apply *ap,
	__isl_take isl_schedule_node *root, const SchedPrim *p)
{
	isl_schedule_node *m, *in;
	char suffix[SCH_NAME_LEN];
	int64_t count;
	int n = sch_count_loops(root, p->iter);

	snprintf(suffix, sizeof(suffix), ".%s", p->iter2);
	if (n == 0)
		no_loop(ap, root, p->iter);
	if (n > 0 && sch_count_loops(root, p->iter2) == 0) {
		no_loop(ap, root, p->iter2);
		n = -1;
	}
	if (n <= 0 || check_fresh(ap, root, p->iter, suffix))
		goto error;
	while (sch_find_loop(root, p->iter, 0, &m) > 0) {
		if (check_nested(ap, m, p->iter, p->iter2)) {
			isl_schedule_node_free(m);
			goto error;
		}
		in = isl_schedule_node_get_child(m, 0);
		in = isl_schedule_node_child(in, 0);
		if (sch_trip_count(in, &count) < 0 || count < 1) {
			isl_schedule_node_free(in);
			isl_schedule_node_free(m);
			if (!ap->err->msg[0])
				prim_err(ap, "loop '%s' has no constant trip count", p->iter2);
			goto error;
		}
		isl_schedule_node_free(in);
		isl_schedule_node_free(root);
		root = isl_schedule_node_root(fuse_at(ap, m, p->iter, p->iter2, count));
	}
	if (!root || (ap->check_each && check_order(ap, root)))
		goto error;
	return root;
error:
	isl_schedule_node_free(root);
	return NULL;
}

/* Refuse parallel on a loop whose iterations depend on each other. */
static int check_carries(Apply *ap, __isl_keep isl_schedule_node *node,
                         const SchedPrim *p)
{
	isl_schedule_node *band = sch_band_below(isl_schedule_node_copy(node));
	char pair[64];
	int r = band ? sch_band_carries(ap->deps, band, pair, sizeof(pair)) : -1;

	isl_schedule_node_free(band);
	if (r > 0)
		return prim_err(ap, "loop '%s' carries a dependence (%s): its "
		                "iterations cannot run in parallel", p->iter, pair);
	return r;
}

/*
 * Whether the loop marked "node" may take annotation "p": 0 yes, 1 it has
 * it already (nothing to do), -1 no (message set).  vectorize wants an
 * innermost loop, parallel no parallel loop around or inside it, unroll a
 * constant trip count of at most SCH_MAX_UNROLL; a loop takes only one.
 */
static int check_annotation(Apply *ap, __isl_keep isl_schedule_node *node,
                            const SchedPrim *p)
{
	static const char *const what[] = {
		[SP_VECTORIZE] = "vectorized", [SP_PARALLEL] = "parallel",
		[SP_UNROLL] = "unrolled", [SP_BIND] = "bound to a GPU axis",
	};
	SchedPrimKind has = sch_annotation_of(node);
	isl_schedule_node *c;
	char other[SCH_NAME_LEN];
	int64_t count;

	if (has == p->kind)
		return 1;
	if (has != SP_SPLIT)
		return prim_err(ap, "loop '%s' is already %s (a loop takes one of "
		                "vectorize, parallel, unroll)", p->iter, what[has]);
	c = sch_band_below(isl_schedule_node_copy(node));
	c = isl_schedule_node_child(c, 0);
	if (p->kind == SP_VECTORIZE && c && sch_first_loop_below(c, other,
	                                                     sizeof(other))) {
		isl_schedule_node_free(c);
		return prim_err(ap, "loop '%s' is not innermost (loop '%s' is "
		                "inside it)", p->iter, other);
	}
	if (p->kind == SP_PARALLEL && c &&
	    sch_marked_loop_below(c, SCH_MARK_PARALLEL, other, sizeof(other))) {
		isl_schedule_node_free(c);
		return prim_err(ap, "loop '%s' inside loop '%s' is parallel "
		                "already (no nested parallel loops)", other,
		                p->iter);
	}
	isl_schedule_node_free(c);
	if (p->kind == SP_PARALLEL &&
	    sch_parallel_above(node, other, sizeof(other)))
		return prim_err(ap, "loop '%s' is inside parallel loop '%s' (no "
		                "nested parallel loops)", p->iter, other);
	if (p->kind == SP_PARALLEL)
		return check_carries(ap, node, p);
	if (p->kind == SP_BIND)
		return sch_gpu_check_bind(node, p->iter, (int)p->factor, ap->err, ap->k->name,
		                          ap->prim) || check_carries(ap, node, p) ? -1 : 0;
	if (p->kind != SP_UNROLL)
		return 0;
	if (sch_trip_count(node, &count) < 0)
		return -1;
	if (count < 0)
		return prim_err(ap, "loop '%s' has no constant trip count",
		                p->iter);
	if (count > SCH_MAX_UNROLL)
		return prim_err(ap, "loop '%s' runs up to %lld times (unroll at "
		                "most %d: split it first)", p->iter,
		                (long long)count, SCH_MAX_UNROLL);
	return 0;
}

/*
 * Annotate the loop marked "node": each annotation inserts its mark
 * directly above the band (below the name mark), so that in the AST it
 * sits directly above the for node; parallel also makes the member
 * coincident.  Unroll is a mark too, not isl's unroll loop type: the
 * backend copies the body of a constant-trip loop itself, which gives
 * the same code and costs isl's AST build three times less time (isl
 * unrolls by enumerating and simplifying each iteration's domain).
 * Returns the band.
 */
static __isl_give isl_schedule_node *annotate_at(Apply *ap,
	__isl_take isl_schedule_node *node, const SchedPrim *p)
{
	static const char *const mark[] = {
		[SP_PARALLEL] = SCH_MARK_PARALLEL,
		[SP_VECTORIZE] = SCH_MARK_VECTORIZE,
		[SP_UNROLL] = SCH_MARK_UNROLL,
	};

	char name[32];

	node = sch_band_below(node);
	if (p->kind == SP_PARALLEL || p->kind == SP_BIND)
		node = isl_schedule_node_band_member_set_coincident(node, 0, 1);
	if (p->kind == SP_BIND)
		sch_gpu_mark_name((int)p->factor, name, sizeof(name));
	node = isl_schedule_node_insert_mark(node, isl_id_alloc(ap->ctx,
		p->kind == SP_BIND ? name : mark[p->kind], NULL));
	return isl_schedule_node_child(node, 0);
}

/* Annotate every loop named "p->iter" (see annotate_at). */
static __isl_give isl_schedule_node *apply_annotation(Apply *ap,
	__isl_take isl_schedule_node *root, const SchedPrim *p)
{
	isl_schedule_node *m;
	int r, n = sch_count_loops(root, p->iter);

	if (n == 0)
		no_loop(ap, root, p->iter);
	for (int idx = 0; idx < n; idx++) {
		if (sch_find_loop(root, p->iter, idx, &m) <= 0)
			goto error;
		r = check_annotation(ap, m, p);
		if (r) {
			isl_schedule_node_free(m);
			if (r < 0)
				goto error;
			continue;
		}
		isl_schedule_node_free(root);
		root = isl_schedule_node_root(annotate_at(ap, m, p));
	}
	if (n <= 0)
		goto error;
	return root;
error:
	isl_schedule_node_free(root);
	return NULL;
}

/*
 * Check what can be checked without the tree: names present, factors in
 * range, two different loops for tile and reorder, and all tree edits
 * before the first annotation.
 */
static int check_prims(Apply *ap, const Schedule *s)
{
	int first_annot = -1;
	char other[sizeof(ap->prim)];

	if (s->n < 0 || s->n > (int)(sizeof(s->prims) / sizeof(s->prims[0])))
		return vitc_errf(ap->err, "kernel '%s': schedule: %d primitives",
		                 ap->k->name, s->n);
	for (int i = 0; i < s->n; i++) {
		const SchedPrim *p = &s->prims[i];
		int two = p->kind == SP_TILE || p->kind == SP_REORDER || p->kind == SP_FUSE;
		int64_t f = p->kind == SP_SPLIT || p->kind == SP_TILE ? p->factor : 1;
		int64_t f2 = p->kind == SP_TILE ? p->factor2 : 1;

		sch_prim_format(p, ap->prim, sizeof(ap->prim));
		if (p->kind == SP_STAGE)
			return prim_err(ap, "only as the first primitive of a GPU tuning record "
			                "(it rewrites a matmul into staged tiles; sched/gpu.h)");
		if (!p->iter || (two && !p->iter2) || (int)p->kind < SP_SPLIT ||
		    (p->kind > SP_BIND && p->kind != SP_FUSE))
			return prim_err(ap, "malformed primitive");
		if (p->kind == SP_BIND && (p->factor < 0 || p->factor >= SCH_GPU_N_AXES))
			return prim_err(ap, "no such GPU axis");
		if (f < 1 || f > SCH_MAX_FACTOR || f2 < 1 || f2 > SCH_MAX_FACTOR)
			return prim_err(ap, "factor out of range 1..%d", SCH_MAX_FACTOR);
		if (two && !strcmp(p->iter, p->iter2))
			return prim_err(ap, "needs two different loops");
		if (sch_prim_is_annotation(p->kind)) {
			if (first_annot < 0)
				first_annot = i;
			continue;
		}
		if (first_annot >= 0) {
			sch_prim_format(&s->prims[first_annot], other, sizeof(other));
			return prim_err(ap, "comes after %s: split, tile and reorder "
			                "must come before vectorize, parallel and "
			                "unroll", other);
		}
	}
	return 0;
}

/* Apply primitives "from" to "to" (exclusive) of "prims" to "root". */
static __isl_give isl_schedule_node *apply_prims(Apply *ap,
	__isl_take isl_schedule_node *root, const Schedule *prims, int from,
	int to)
{
	for (int i = from; root && i < to; i++) {
		const SchedPrim *p = &prims->prims[i];
		sch_prim_format(p, ap->prim, sizeof(ap->prim));
		if (p->kind == SP_SPLIT)
			root = apply_split(ap, root, p);
		else if (p->kind == SP_TILE)
			root = apply_tile(ap, root, p);
		else if (p->kind == SP_REORDER)
			root = apply_reorder(ap, root, p);
		else if (p->kind == SP_FUSE)
			root = apply_fuse(ap, root, p);
		else
			root = apply_annotation(ap, root, p);
	}
	return root;
}

/*
 * Check once that the tree edits, the first "n_edits" primitives of
 * "prims", left "root" running every dependence forwards: a check after
 * each tile and reorder costs a full order check each.  If one runs
 * backwards, replay the edits on "orig" with those checks to name the
 * primitive to blame.
 */
static int check_edits(Apply *ap, __isl_keep isl_schedule_node *root,
                       __isl_keep isl_schedule *orig, const Schedule *prims,
                       int n_edits)
{
	char pair[64];
	int r = sch_keeps_order(ap->deps, root, pair, sizeof(pair));

	if (r <= 0)
		return r;
	ap->check_each = 1;
	isl_schedule_node_free(apply_prims(ap, isl_schedule_get_root(orig),
	                                   prims, 0, n_edits));
	if (!ap->err->msg[0])
		vitc_errf(ap->err, "kernel '%s': schedule: the tree edits would "
		          "run a dependence (%s) backwards", ap->k->name, pair);
	return -1;
}

/*
 * Apply the primitives of "prims" (or of "k->sched" if NULL) in order to
 * schedule "s" of kernel "k".  Returns the edited schedule, or NULL with
 * "err" set; "s" is consumed either way.
 */
__isl_give isl_schedule *sch_apply(__isl_take isl_schedule *s,
                                   const Kernel *k, const Schedule *prims,
                                   VitcErr *err)
{
	VitcErr spare;
	Apply ap = {.k = k, .err = err ? err : &spare};
	isl_schedule_node *root;
	int n_edits = 0, moves = 0, binds = 0;

	err = ap.err;
	if (!prims)
		prims = &k->sched;
	err->msg[0] = '\0';
	if (!s) {
		vitc_errf(err, "kernel '%s': schedule: no schedule", k->name);
		return NULL;
	}
	ap.ctx = isl_schedule_get_ctx(s);
	isl_ctx_reset_error(ap.ctx);
	if (check_prims(&ap, prims)) {
		isl_schedule_free(s);
		return NULL;
	}
	for (; n_edits < prims->n &&
	       !sch_prim_is_annotation(prims->prims[n_edits].kind); n_edits++)
		moves += prims->prims[n_edits].kind != SP_SPLIT;
	if (prims->n)
		ap.deps = sch_dependences(k, s);
	root = isl_schedule_get_root(s);
	if (prims->n && !ap.deps)
		root = isl_schedule_node_free(root);
	root = apply_prims(&ap, root, prims, 0, n_edits);
	if (root && moves && check_edits(&ap, root, s, prims, n_edits))
		root = isl_schedule_node_free(root);
	isl_schedule_free(s);
	root = apply_prims(&ap, root, prims, n_edits, prims->n);
	for (int i = n_edits; i < prims->n; i++)
		binds |= prims->prims[i].kind == SP_BIND;
	if (root && binds && sch_gpu_check(k, ap.deps, root, err))
		root = isl_schedule_node_free(root);
	if (prims->n)
		root = sch_isolate_full_tiles(root);
	s = isl_schedule_node_get_schedule(root);
	isl_schedule_node_free(root);
	isl_union_map_free(ap.deps);
	if (!s)
		return isl_fail(&ap);
	return s;
}
