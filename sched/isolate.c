/*
 * sched/isolate.c - the last step of sch_apply (sched/prims.c): the full
 * tiles of every unrolled or vectorized band apart from the partial ones.
 */
#include <stdlib.h>
#include <string.h>

#include <isl/aff.h>
#include <isl/ilp.h>
#include <isl/map.h>
#include <isl/schedule_node.h>
#include <isl/set.h>
#include <isl/union_map.h>
#include <isl/union_set.h>
#include <isl/val.h>

#include "sched/impl.h"

/*
 * Full and partial tiles (Polly's isolateFullPartialTiles).  A split
 * whose factor does not divide the extent leaves a partial last tile:
 * isl then guards the unrolled copies of its point loop (and bounds its
 * vectorized loop with min()) wherever that point loop sits, e.g. inside
 * the k loop of a register tile, which leaves it to LLVM to unswitch the
 * k loop before it can keep the accumulators in registers (it gives up
 * with partial tiles in both i and j).  So, after all other edits
 * (an isolate option anchors its subtree), each unrolled or vectorized
 * band P gets the set of outer schedule values for which every statement
 * below P takes all the values it ever takes at P ("full"); the AST
 * option "isolate" on an anchor band A above P then generates the full
 * part apart from the rest, each with its own loops below A and no
 * guard inside them.  A is the band just inside the outermost dims the
 * condition depends on, e.g. for the default matmul schedule
 * n i.o j.o k i.i j.i.o j.i.i with 197 rows it is j.o:
 * { isolate[[n, io] -> [jo]] : io <= 48 }.  A parallel or vectorized
 * band is passed over for the next one (its mark must stay right above a
 * for loop), and P itself never anchors (nothing would be hoisted).
 */
#define ISO_MAX_PATH 128
#define ISO_MAX_ANCHORS 16

/* A band on the path from the root: where it is and which dims it has. */
typedef struct {
	int len;    /* its path length */
	int start;  /* its schedule depth (first member's dim) */
	int n;      /* its members */
	int marked; /* a parallel or vectorize mark right above it */
} IsoBand;

/* A band to set an isolate option on: the full tiles over its dims. */
typedef struct {
	int path[ISO_MAX_PATH];
	int len, start, n;
	isl_set *full; /* over dims 0 .. start + n - 1 */
} IsoAnchor;

typedef struct {
	int path[ISO_MAX_PATH]; /* child positions from the root */
	int len;
	IsoBand bands[ISO_MAX_PATH + 1]; /* the bands on the path */
	int nb;
	IsoAnchor anchors[ISO_MAX_ANCHORS];
	int na;
} Iso;

/* The outer dims (dP of them) of one point band P, over all statements. */
typedef struct {
	int dp, np;
	isl_set *reach; /* outer values that reach P */
	isl_set *bad;   /* outer values at which some statement misses a value */
	int unbounded;  /* P takes no constant range of values */
} IsoPoint;

static __isl_give isl_set *set_union(__isl_take isl_set *a,
                                     __isl_take isl_set *b)
{
	return a ? isl_set_union(a, b) : b;
}

/*
 * One statement below P: its schedule values down to P ("map" maps its
 * instances to dims 0 .. dp + np - 1).  Its prefixes (the first dp dims)
 * are bad where some value of P in its overall range [lo, hi] is missing.
 */
static isl_stat iso_stmt(__isl_take isl_map *map, void *user)
{
	IsoPoint *ip = user;
	isl_set *r = isl_map_range(map), *d, *box;

	d = isl_set_project_out(isl_set_copy(r), isl_dim_set, ip->dp, ip->np);
	box = isl_set_add_dims(isl_set_copy(d), isl_dim_set, ip->np);
	for (int t = 0; t < ip->np && !ip->unbounded; t++) {
		isl_val *lo = isl_set_dim_min_val(isl_set_copy(r), ip->dp + t);
		isl_val *hi = isl_set_dim_max_val(isl_set_copy(r), ip->dp + t);

		if (lo && hi && isl_val_is_int(lo) && isl_val_is_int(hi)) {
			box = isl_set_lower_bound_val(box, isl_dim_set, ip->dp + t,
			                              lo);
			box = isl_set_upper_bound_val(box, isl_dim_set, ip->dp + t,
			                              hi);
			continue;
		}
		ip->unbounded = 1;
		isl_val_free(lo);
		isl_val_free(hi);
	}
	box = isl_set_subtract(box, r);
	box = isl_set_project_out(box, isl_dim_set, ip->dp, ip->np);
	ip->bad = set_union(ip->bad, box);
	ip->reach = set_union(ip->reach, d);
	return ip->bad && ip->reach ? isl_stat_ok : isl_stat_error;
}

/*
 * The smallest "d" such that whether a prefix in "reach" is in "good"
 * depends on its first d dims only (of "dp").
 */
static int iso_depends(__isl_keep isl_set *good, __isl_keep isl_set *reach,
                       int dp)
{
	int d;

	for (d = 0; d < dp; d++) {
		isl_set *g = isl_set_project_out(isl_set_copy(good), isl_dim_set,
		                                 d, dp - d);
		isl_bool sub;

		g = isl_set_add_dims(g, isl_dim_set, dp - d);
		g = isl_set_intersect(g, isl_set_copy(reach));
		sub = isl_set_is_subset(g, good);
		isl_set_free(g);
		if (sub < 0)
			return -1;
		if (sub)
			break;
	}
	return d;
}

/*
 * Record that the band "b" on the path should isolate "full" (over the
 * first "d" dims): the condition of an anchor isolating for several
 * point bands is where all their tiles are full.
 */
static int iso_record(Iso *iso, const IsoBand *b, __isl_take isl_set *full,
                      int d)
{
	IsoAnchor *a = NULL;

	full = isl_set_add_dims(full, isl_dim_set, b->start + b->n - d);
	for (int i = 0; i < iso->na && !a; i++)
		if (iso->anchors[i].len == b->len &&
		    !memcmp(iso->anchors[i].path, iso->path,
		            (size_t)b->len * sizeof(int)))
			a = &iso->anchors[i];
	if (a) {
		a->full = isl_set_intersect(a->full, full);
		return a->full ? 0 : -1;
	}
	if (iso->na == ISO_MAX_ANCHORS) {
		isl_set_free(full);
		return 0;
	}
	a = &iso->anchors[iso->na++];
	memcpy(a->path, iso->path, (size_t)b->len * sizeof(int));
	a->len = b->len;
	a->start = b->start;
	a->n = b->n;
	a->full = full;
	return full ? 0 : -1;
}

/*
 * The unrolled or vectorized band "p" (path iso->path): where are its
 * tiles full, on which outer dims does that depend, and so which band
 * above it isolates them?  0 also when nothing is to be done.
 */
static int iso_point(Iso *iso, __isl_keep isl_schedule_node *p)
{
	IsoPoint ip = {.dp = isl_schedule_node_get_schedule_depth(p),
	               .np = isl_schedule_node_band_n_member(p)};
	isl_schedule_node *c = isl_schedule_node_get_child(p, 0);
	isl_union_map *umap;
	isl_set *good = NULL;
	isl_bool none, never;
	int r = -1, d, b;

	umap = isl_schedule_node_get_prefix_schedule_union_map(c);
	umap = isl_union_map_intersect_domain(umap,
	                                      isl_schedule_node_get_domain(c));
	isl_schedule_node_free(c);
	if (ip.dp < 0 || ip.np < 0 || !umap ||
	    isl_union_map_foreach_map(umap, &iso_stmt, &ip) < 0)
		goto out;
	r = 0;
	if (!ip.bad || ip.unbounded)
		goto out;
	none = isl_set_is_empty(ip.bad);
	good = isl_set_subtract(isl_set_copy(ip.reach), isl_set_copy(ip.bad));
	never = isl_set_is_empty(good);
	r = none < 0 || never < 0 ? -1 : 0;
	if (r || none || never)
		goto out;
	d = iso_depends(good, ip.reach, ip.dp);
	if (d < 0)
		r = -1;
	for (b = 0; d >= 0 && b < iso->nb; b++)
		if (d < iso->bands[b].start + iso->bands[b].n)
			break;
	while (b < iso->nb && iso->bands[b].marked)
		b++;
	if (d < 0 || b == iso->nb)
		goto out;
	good = isl_set_project_out(good, isl_dim_set, d, ip.dp - d);
	good = isl_set_gist(good, isl_set_project_out(ip.reach, isl_dim_set, d,
	                                              ip.dp - d));
	ip.reach = NULL;
	r = iso_record(iso, &iso->bands[b], isl_set_coalesce(good), d);
	good = NULL;
out:
	isl_set_free(good);
	isl_set_free(ip.reach);
	isl_set_free(ip.bad);
	isl_union_map_free(umap);
	return r;
}

/*
 * Is band "node" unrolled or vectorized (a mark right above it)?  Any
 * annotation mark, parallel too, sets "*marked": such a band never
 * anchors an isolate option.
 */
static int iso_band_info(__isl_keep isl_schedule_node *node, int *marked)
{
	isl_schedule_node *parent = NULL;
	int vec, annotated;

	if (isl_schedule_node_has_parent(node) == isl_bool_true)
		parent = isl_schedule_node_parent(isl_schedule_node_copy(node));
	vec = parent && sch_mark_is(parent, SCH_MARK_VECTORIZE);
	annotated = vec || (parent && sch_mark_is(parent, SCH_MARK_UNROLL));
	*marked = annotated || (parent && (sch_mark_is(parent, SCH_MARK_PARALLEL) ||
	                                   sch_gpu_mark_axis(parent) >= 0));
	isl_schedule_node_free(parent);
	return annotated;
}

/* Visit "node" (path iso->path) and its subtree; -1 on an isl error. */
static int iso_walk(Iso *iso, __isl_keep isl_schedule_node *node)
{
	enum isl_schedule_node_type type = isl_schedule_node_get_type(node);
	isl_size n = isl_schedule_node_n_children(node);
	int marked = 0, pushed = 0, r = 0;

	if (n < 0 || type == isl_schedule_node_error)
		return -1;
	if (type == isl_schedule_node_band) {
		if (iso_band_info(node, &marked) && iso_point(iso, node) < 0)
			return -1;
		iso->bands[iso->nb++] = (IsoBand){iso->len,
			isl_schedule_node_get_schedule_depth(node),
			isl_schedule_node_band_n_member(node), marked};
		pushed = 1;
	}
	for (int i = 0; i < n && !r && iso->len < ISO_MAX_PATH; i++) {
		isl_schedule_node *c = isl_schedule_node_get_child(node, i);
		iso->path[iso->len++] = i;
		r = c ? iso_walk(iso, c) : -1;
		iso->len--;
		isl_schedule_node_free(c);
	}
	iso->nb -= pushed;
	return r;
}

/*
 * Set { isolate[[outer] -> [band]] : full } on band "node" (an anchor
 * "a"), keeping its other options.
 */
static __isl_give isl_schedule_node *iso_set(
	__isl_take isl_schedule_node *node, IsoAnchor *a)
{
	isl_map *m = isl_map_from_range(a->full);
	isl_set *opt;
	isl_union_set *opts;

	a->full = NULL;
	m = isl_map_move_dims(m, isl_dim_in, 0, isl_dim_out, 0, a->start);
	opt = isl_set_set_tuple_name(isl_map_wrap(m), "isolate");
	opts = isl_schedule_node_band_get_ast_build_options(node);
	opts = isl_union_set_add_set(opts, opt);
	return isl_schedule_node_band_set_ast_build_options(node, opts);
}

/*
 * Isolate the full tiles of every unrolled or vectorized band of the
 * tree of "root" (see above); returns the root of the new tree.
 */
__isl_give isl_schedule_node *sch_isolate_full_tiles(
	__isl_take isl_schedule_node *root)
{
	Iso *iso = calloc(1, sizeof(*iso));

	if (!iso || (root && iso_walk(iso, root) < 0))
		root = isl_schedule_node_free(root);
	for (int i = 0; root && i < iso->na; i++) {
		IsoAnchor *a = &iso->anchors[i];
		for (int j = 0; j < a->len; j++)
			root = isl_schedule_node_child(root, a->path[j]);
		root = isl_schedule_node_root(iso_set(root, a));
	}
	for (int i = 0; iso && i < iso->na; i++)
		isl_set_free(iso->anchors[i].full);
	free(iso);
	return root;
}
