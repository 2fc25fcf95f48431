/*
 * sched/deps.c - whether a schedule keeps the meaning of its kernel.
 *
 * The dependences of a kernel are memory-based: every pair of statement
 * instances that touch the same element, at least one of them writing,
 * ordered as the kernel's loop tree runs them.  Buffers are compared by the
 * buffer they alias (a reshape shares its bytes).  A schedule is legal if
 * it still runs the source of every dependence before its sink, and a loop
 * may run in parallel if no dependence between two instances in the same
 * iteration of the loops around it crosses its iterations.  Vectorized
 * loops are not checked here: the backend decides how to vectorize a
 * reduction.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/aff.h>
#include <isl/id.h>
#include <isl/map.h>
#include <isl/schedule.h>
#include <isl/schedule_node.h>
#include <isl/space.h>
#include <isl/union_map.h>
#include <isl/union_set.h>

#include "sched/impl.h"

/*
 * "S<id>[i0,...] -> B<root>[(k + c*i...)]" for access "a" of statement
 * "s".  An indirect access (a gather or scatter by a computed index) may
 * touch any element of its buffer: "S<id>[...] -> B<root>[o]".
 */
static void print_access(FILE *f, const Stmt *s, const Access *a, int *first)
{
	const Buffer *b = a->buf;

	while (b->alias_of)
		b = b->alias_of;
	fprintf(f, "%sS%d[", *first ? "" : "; ", s->id);
	for (int d = 0; d < s->n_dims; d++)
		fprintf(f, "%si%d", d ? "," : "", d);
	if (a->ind) {
		fprintf(f, "] -> B%d[o]", b->id);
		*first = 0;
		return;
	}
	fprintf(f, "] -> B%d[(%" PRId64, b->id, a->k);
	for (int d = 0; d < s->n_dims; d++)
		if (a->c[d])
			fprintf(f, " + %" PRId64 "*i%d", a->c[d], d);
	fprintf(f, ")]");
	*first = 0;
}

static void print_loads(FILE *f, const Stmt *s, const Expr *e, int *first)
{
	if (!e)
		return;
	if (e->kind == EX_LOAD) {
		print_access(f, s, &e->acc, first);
		print_loads(f, s, e->acc.ind, first);
	}
	print_loads(f, s, e->a, first);
	print_loads(f, s, e->b, first);
	print_loads(f, s, e->c, first);
}

/*
 * The reads ("writes" = 0) or writes of all statements of "k" as a union
 * map from instances to elements, on the instances of "dom".  A reduction
 * (+=, max=) reads what it stores.
 */
static __isl_give isl_union_map *accesses(isl_ctx *ctx, const Kernel *k,
	int writes, __isl_take isl_union_set *dom)
{
	char *str = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&str, &len);
	int first = 1;
	isl_union_map *m;

	if (!f) {
		isl_union_set_free(dom);
		return NULL;
	}
	fprintf(f, "[N] -> { ");
	for (int i = 0; i < k->n_stmts; i++) {
		const Stmt *s = k->stmts[i];
		if (writes || s->kind != ST_ASSIGN)
			print_access(f, s, &s->store, &first);
		if (!writes) {
			print_loads(f, s, s->value, &first);
			print_loads(f, s, s->store.ind, &first);
		}
	}
	fprintf(f, " }");
	fclose(f);
	m = isl_union_map_read_from_str(ctx, str);
	free(str);
	return isl_union_map_intersect_domain(m, dom);
}

/* Pairs of instances with "a" touching the element "b" touches. */
static __isl_give isl_union_map *same_element(__isl_keep isl_union_map *a,
                                              __isl_keep isl_union_map *b)
{
	return isl_union_map_apply_range(isl_union_map_copy(a),
	                                 isl_union_map_reverse(
	                                 isl_union_map_copy(b)));
}

/* Pairs of instances on which "m" takes the same value. */
static __isl_give isl_union_map *equal_under(__isl_take isl_union_map *m)
{
	isl_union_map *rev = isl_union_map_reverse(isl_union_map_copy(m));

	return isl_union_map_apply_range(m, rev);
}

/* Pairs of instances that "order" runs first to second. */
static __isl_give isl_union_map *runs_before(__isl_take isl_union_map *order)
{
	isl_union_map *copy = isl_union_map_copy(order);

	return isl_union_map_lex_lt_union_map(order, copy);
}

/* The buffer whose bytes "b" uses (a reshape view aliases its source). */
static const Buffer *root_of(const Buffer *b)
{
	while (b->alias_of)
		b = b->alias_of;
	return b;
}

/* Does expression "e" load from buffer "root" (through any alias)? */
static int reads_buffer(const Expr *e, const Buffer *root)
{
	if (!e)
		return 0;
	if (e->kind == EX_LOAD && (root_of(e->acc.buf) == root ||
	                           reads_buffer(e->acc.ind, root)))
		return 1;
	return reads_buffer(e->a, root) || reads_buffer(e->b, root) ||
	       reads_buffer(e->c, root);
}

/*
 * Does store access "a" of statement "s" write a different element at
 * every point of the box of s's extents?  With the dims that move (extent
 * above 1) ordered by |coefficient|, each coefficient must exceed the
 * span the smaller ones cover; a batch dim (unbounded) must come last.
 */
static int store_injective(const Stmt *s, const Access *a)
{
	int order[K_MAX_DIMS], n = 0;
	int64_t span = 0;

	for (int d = 0; d < s->n_dims; d++) {
		if (s->extents[d] == 1)
			continue;
		if (!a->c[d])
			return 0;
		int j = n++;
		while (j > 0 && llabs(a->c[order[j - 1]]) > llabs(a->c[d])) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = d;
	}
	for (int i = 0; i < n; i++) {
		int d = order[i];
		int64_t c = llabs(a->c[d]), step;

		if (c <= span)
			return 0;
		if (s->extents[d] == IR_DIM_N || s->extents[d] < 1)
			return i == n - 1;
		if (__builtin_mul_overflow(c, s->extents[d] - 1, &step) ||
		    __builtin_add_overflow(span, step, &span))
			return 0;
	}
	return 1;
}

/*
 * A kernel with no dependences at all, recognized without isl: one plain
 * assignment that never reads the buffer it writes and writes each
 * element once (copies, transposes, elementwise ops, im2col, and an
 * indirect store its lowering says is a permutation: Access.perm).  Every
 * schedule of such a kernel is legal, which saves the dependence analysis
 * and the order checks of about half the kernels of a model.
 */
static int no_dependences(const Kernel *k)
{
	const Stmt *s = k->n_stmts == 1 ? k->stmts[0] : NULL;

	return s && s->kind == ST_ASSIGN &&
	       !reads_buffer(s->value, root_of(s->store.buf)) &&
	       (s->store.ind ? s->store.perm && !reads_buffer(s->store.ind, root_of(s->store.buf))
	                     : store_injective(s, &s->store));
}

/*
 * The dependences of kernel "k" in the order of schedule "s" (normally
 * the initial one): instance pairs that touch the same element, one
 * writing, the first before the second in "s".
 */
__isl_give isl_union_map *sch_dependences(const Kernel *k,
                                          __isl_keep isl_schedule *s)
{
	isl_ctx *ctx = isl_schedule_get_ctx(s);
	isl_union_set *dom = isl_schedule_get_domain(s);
	isl_union_map *r, *w, *same, *order;

	if (no_dependences(k)) {
		isl_space *sp = isl_union_set_get_space(dom);
		isl_union_set_free(dom);
		return isl_union_map_empty(sp);
	}
	r = accesses(ctx, k, 0, isl_union_set_copy(dom));
	w = accesses(ctx, k, 1, dom);
	same = same_element(w, w);
	same = isl_union_map_union(same, same_element(w, r));
	same = isl_union_map_union(same, same_element(r, w));
	isl_union_map_free(r);
	isl_union_map_free(w);
	order = runs_before(isl_schedule_get_map(s));
	return isl_union_map_intersect(same, order);
}

/* "S1 -> S2" for the first map of nonempty "bad" into "buf". */
static void name_pair(__isl_keep isl_union_map *bad, char *buf, size_t len)
{
	isl_map_list *list = isl_union_map_get_map_list(bad);
	isl_map *m = isl_map_list_get_at(list, 0);
	const char *src = isl_map_get_tuple_name(m, isl_dim_in);
	const char *dst = isl_map_get_tuple_name(m, isl_dim_out);

	snprintf(buf, len, "%s -> %s", src ? src : "?", dst ? dst : "?");
	isl_map_free(m);
	isl_map_list_free(list);
}

/*
 * The order check in schedule space: map every dependence to the pair of
 * its endpoints' schedule vectors and look for a pair that is not
 * lexicographically increasing.  When all statements are scheduled into
 * one space this is a single map of small dimension, much cheaper than
 * relating all instance pairs the schedule orders.  0: kept, 1: broken
 * (the caller finds the pair by the instance-wise check), 2: the schedule
 * has several range spaces (use that check), -1 on an isl error.
 */
static int order_in_schedule_space(__isl_keep isl_union_map *deps,
                                   __isl_keep isl_union_map *order)
{
	isl_union_map *d;
	isl_map *m;
	isl_bool empty;

	if (isl_union_map_n_map(order) < 1)
		return 2;
	d = isl_union_map_apply_domain(isl_union_map_copy(deps), isl_union_map_copy(order));
	d = isl_union_map_apply_range(d, isl_union_map_copy(order));
	if (!d)
		return -1;
	if (isl_union_map_n_map(d) != 1) {
		empty = isl_union_map_is_empty(d);
		isl_union_map_free(d);
		return empty < 0 ? -1 : empty ? 0 : 2;
	}
	m = isl_map_from_union_map(d);
	m = isl_map_intersect(m, isl_map_lex_ge(isl_space_range(isl_map_get_space(m))));
	empty = isl_map_is_empty(m);
	isl_map_free(m);
	return empty < 0 ? -1 : empty ? 0 : 1;
}

/*
 * Does the schedule tree that "node" belongs to run the source of every
 * dependence in "deps" before its sink?  0 yes, 1 no ("pair" names one
 * broken dependence), -1 on an isl error.  First in schedule space (see
 * above); when that finds a broken dependence, or cannot be used, the
 * instance pairs that run in the wrong order (or at once) are intersected
 * with "deps", which names the statements and is cheaper than
 * subtracting the pairs in the right order.
 */
int sch_keeps_order(__isl_keep isl_union_map *deps,
                    __isl_keep isl_schedule_node *node, char *pair,
                    size_t len)
{
	isl_schedule *s;
	isl_union_map *order;
	isl_union_map *bad;
	isl_bool empty = isl_union_map_is_empty(deps);
	int r;

	if (empty)
		return empty < 0 ? -1 : 0;
	s = isl_schedule_node_get_schedule(node);
	order = isl_schedule_get_map(s);
	isl_schedule_free(s);
	r = order_in_schedule_space(deps, order);
	if (r == 0 || r == -1) {
		isl_union_map_free(order);
		return r;
	}
	order = isl_union_map_lex_ge_union_map(order, isl_union_map_copy(order));
	bad = isl_union_map_intersect(isl_union_map_copy(deps), order);
	empty = isl_union_map_is_empty(bad);
	if (empty == isl_bool_false)
		name_pair(bad, pair, len);
	isl_union_map_free(bad);
	return empty < 0 ? -1 : empty ? 0 : 1;
}

/*
 * Does band "band" carry a dependence of "deps": do two instances that
 * reach it in the same iteration of the loops around it depend on each
 * other from different iterations of this band?  0 no, 1 yes ("pair"
 * names one), -1 on an isl error.
 */
int sch_band_carries(__isl_keep isl_union_map *deps,
                     __isl_keep isl_schedule_node *band, char *pair,
                     size_t len)
{
	isl_union_set *dom;
	isl_union_map *outer, *inner, *d;
	isl_bool empty = isl_union_map_is_empty(deps);

	if (empty)
		return empty < 0 ? -1 : 0;
	dom = isl_schedule_node_get_domain(band);
	outer = isl_schedule_node_get_prefix_schedule_union_map(band);
	inner = isl_union_map_from_multi_union_pw_aff(
		isl_schedule_node_band_get_partial_schedule(band));
	d = isl_union_map_intersect_domain(isl_union_map_copy(deps),
	                                   isl_union_set_copy(dom));
	d = isl_union_map_intersect_range(d, dom);
	d = isl_union_map_intersect(d, equal_under(outer));
	d = isl_union_map_subtract(d, equal_under(inner));
	empty = isl_union_map_is_empty(d);
	if (empty == isl_bool_false)
		name_pair(d, pair, len);
	isl_union_map_free(d);
	return empty < 0 ? -1 : empty ? 0 : 1;
}
