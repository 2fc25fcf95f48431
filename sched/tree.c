/*
 * sched/tree.c - queries on the schedule trees of sch_ (see sched/impl.h):
 * marks, loops found by name, the annotation and trip count of a loop.
 * A loop is a band with the mark "loop:<iter>" above it (sch_initial);
 * its annotation marks sit between the two.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <isl/aff.h>
#include <isl/id.h>
#include <isl/ilp.h>
#include <isl/schedule_node.h>
#include <isl/set.h>
#include <isl/union_map.h>
#include <isl/union_set.h>
#include <isl/val.h>

#include "sched/impl.h"

/* Copy the id name of mark "node" into "buf"; 0 if "node" is no mark. */
static int mark_name(__isl_keep isl_schedule_node *node, char *buf,
                     size_t len)
{
	isl_id *id;

	if (isl_schedule_node_get_type(node) != isl_schedule_node_mark)
		return 0;
	id = isl_schedule_node_mark_get_id(node);
	if (!id)
		return 0;
	snprintf(buf, len, "%s", isl_id_get_name(id));
	isl_id_free(id);
	return 1;
}

int sch_mark_is(__isl_keep isl_schedule_node *node, const char *name)
{
	char buf[SCH_NAME_LEN];

	return mark_name(node, buf, sizeof(buf)) && !strcmp(buf, name);
}

/* The loop name of "loop:" mark "node" into "buf"; 0 if it is none. */
int sch_loop_mark(__isl_keep isl_schedule_node *node, char *buf,
                  size_t len)
{
	char name[SCH_NAME_LEN];
	size_t np = strlen(SCH_LOOP_PREFIX);

	if (!mark_name(node, name, sizeof(name)) ||
	    strncmp(name, SCH_LOOP_PREFIX, np))
		return 0;
	snprintf(buf, len, "%s", name + np);
	return 1;
}

/* A preorder search for the "skip"-th mark named "mark" (counts them all). */
typedef struct {
	const char *mark;
	int skip, count;
	isl_schedule_node *found;
} Find;

/* Visit "node" and its subtree: 1 when found, 0 to go on, -1 on error. */
static int find_rec(__isl_keep isl_schedule_node *node, Find *f)
{
	isl_size n = isl_schedule_node_n_children(node);

	if (n < 0)
		return -1;
	if (sch_mark_is(node, f->mark) && f->count++ == f->skip) {
		f->found = isl_schedule_node_copy(node);
		return 1;
	}
	for (int i = 0; i < n; i++) {
		isl_schedule_node *c = isl_schedule_node_get_child(node, i);
		int r = c ? find_rec(c, f) : -1;
		isl_schedule_node_free(c);
		if (r)
			return r;
	}
	return 0;
}

/*
 * The "idx"-th loop named "iter" (preorder) in the tree of "node" into
 * "*out" (its mark node): 1 if found, 0 if not, -1 on an isl error.
 */
int sch_find_loop(__isl_keep isl_schedule_node *node, const char *iter,
                  int idx, isl_schedule_node **out)
{
	char mark[SCH_NAME_LEN + 8];
	Find f = {.mark = mark, .skip = idx};
	int r;

	snprintf(mark, sizeof(mark), SCH_LOOP_PREFIX "%s", iter);
	r = find_rec(node, &f);
	*out = f.found;
	return r;
}

/* How many loops named "iter" the tree of "node" has (-1 on error). */
int sch_count_loops(__isl_keep isl_schedule_node *node, const char *iter)
{
	char mark[SCH_NAME_LEN + 8];
	Find f = {.mark = mark, .skip = INT_MAX};

	snprintf(mark, sizeof(mark), SCH_LOOP_PREFIX "%s", iter);
	return find_rec(node, &f) < 0 ? -1 : f.count;
}

/* Loop names in preorder, each once, for messages. */
typedef struct {
	char names[32][SCH_NAME_LEN];
	int n;
} Names;

static void list_loops(__isl_keep isl_schedule_node *node, Names *ns)
{
	char name[SCH_NAME_LEN];
	isl_size n = isl_schedule_node_n_children(node);
	int i;

	if (sch_loop_mark(node, name, sizeof(name))) {
		for (i = 0; i < ns->n && strcmp(ns->names[i], name); i++)
			;
		if (i == ns->n && ns->n < 32)
			snprintf(ns->names[ns->n++], SCH_NAME_LEN, "%s", name);
	}
	for (i = 0; i < n; i++) {
		isl_schedule_node *c = isl_schedule_node_get_child(node, i);
		if (c)
			list_loops(c, ns);
		isl_schedule_node_free(c);
	}
}

/* The loop names of the tree below "node" as "n, i, j" (or "none"). */
void sch_loop_names(__isl_keep isl_schedule_node *node, char *buf,
                    size_t len)
{
	Names ns = {.n = 0};
	size_t n = 0;

	snprintf(buf, len, "none");
	list_loops(node, &ns);
	for (int i = 0; i < ns.n && n < len; i++) {
		snprintf(buf + n, len - n, "%s%s", i ? ", " : "", ns.names[i]);
		n += strlen(buf + n);
	}
}

/* The first band at or below "node" through marks (takes "node"). */
__isl_give isl_schedule_node *sch_band_below(
	__isl_take isl_schedule_node *node)
{
	while (node && isl_schedule_node_get_type(node) == isl_schedule_node_mark)
		node = isl_schedule_node_child(node, 0);
	if (node && isl_schedule_node_get_type(node) != isl_schedule_node_band)
		return isl_schedule_node_free(node);
	return node;
}

/* Which annotation the loop marked "node" carries (SP_SPLIT: none). */
SchedPrimKind sch_annotation_of(__isl_keep isl_schedule_node *node)
{
	isl_schedule_node *c = isl_schedule_node_get_child(node, 0);
	SchedPrimKind kind = SP_SPLIT;

	while (c && isl_schedule_node_get_type(c) == isl_schedule_node_mark) {
		if (sch_mark_is(c, SCH_MARK_VECTORIZE))
			kind = SP_VECTORIZE;
		else if (sch_mark_is(c, SCH_MARK_PARALLEL))
			kind = SP_PARALLEL;
		else if (sch_mark_is(c, SCH_MARK_UNROLL))
			kind = SP_UNROLL;
		else if (sch_gpu_mark_axis(c) >= 0)
			kind = SP_BIND;
		c = isl_schedule_node_child(c, 0);
	}
	isl_schedule_node_free(c);
	return kind;
}

/* The first loop mark at or below "node" into "buf" (1 if any). */
int sch_first_loop_below(__isl_keep isl_schedule_node *node, char *buf,
                         size_t len)
{
	isl_size n = isl_schedule_node_n_children(node);

	if (sch_loop_mark(node, buf, len))
		return 1;
	for (int i = 0; i < n; i++) {
		isl_schedule_node *c = isl_schedule_node_get_child(node, i);
		int r = c && sch_first_loop_below(c, buf, len);
		isl_schedule_node_free(c);
		if (r)
			return 1;
	}
	return 0;
}

/* The loop whose mark is the parent of the first "mark" below "node". */
int sch_marked_loop_below(__isl_keep isl_schedule_node *node,
                          const char *mark, char *buf, size_t len)
{
	Find f = {.mark = mark};
	isl_schedule_node *p;
	int r;

	if (find_rec(node, &f) <= 0)
		return 0;
	p = isl_schedule_node_parent(f.found);
	r = p && sch_loop_mark(p, buf, len);
	isl_schedule_node_free(p);
	return r;
}

/* The loop of the nearest "parallel" mark above "node" into "buf" (1 if any). */
int sch_parallel_above(__isl_keep isl_schedule_node *node, char *buf,
                       size_t len)
{
	isl_schedule_node *a = isl_schedule_node_copy(node);
	int found = 0;

	while (a && !found && isl_schedule_node_has_parent(a) == isl_bool_true) {
		found = sch_mark_is(a, SCH_MARK_PARALLEL);
		a = isl_schedule_node_parent(a);
	}
	found = found && a && sch_loop_mark(a, buf, len);
	isl_schedule_node_free(a);
	return found;
}

/*
 * The number of values the band below "node" takes over all statement
 * instances that reach it, into "*count" (-1: not a constant bound).
 */
int sch_trip_count(__isl_keep isl_schedule_node *node, int64_t *count)
{
	isl_schedule_node *band = sch_band_below(isl_schedule_node_copy(node));
	isl_union_map *m;
	isl_union_set *r;
	isl_set *set;
	isl_val *lo, *hi;
	int ok;

	m = isl_union_map_from_multi_union_pw_aff(
		isl_schedule_node_band_get_partial_schedule(band));
	m = isl_union_map_intersect_domain(m, isl_schedule_node_get_domain(band));
	isl_schedule_node_free(band);
	r = isl_union_map_range(m);
	if (isl_union_set_is_empty(r) == isl_bool_true) {
		isl_union_set_free(r);
		*count = 0;
		return 0;
	}
	set = isl_set_from_union_set(r);
	lo = isl_set_dim_min_val(isl_set_copy(set), 0);
	hi = isl_set_dim_max_val(set, 0);
	ok = lo && hi;
	*count = -1;
	if (ok && isl_val_is_int(lo) && isl_val_is_int(hi))
		*count = isl_val_get_num_si(hi) - isl_val_get_num_si(lo) + 1;
	isl_val_free(lo);
	isl_val_free(hi);
	return ok ? 0 : -1;
}
