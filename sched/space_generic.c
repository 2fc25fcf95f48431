/*
 * sched/space_generic.c - the search space of every kernel that is not a
 * plain matmul nest (sched/space.h, docs/tuning.md): softmax, layer
 * norms, elementwise ops, copies and transposes, convolutions, and the
 * ShiftAdd kernels (shift linears, popcount scores, masked adds, MoE
 * experts).
 *
 * The space is read off the kernel's loop tree and its default schedule:
 *  - vector loops: innermost loops whose statements store along them (no
 *    reduction into one element), or that the default vectorizes; a
 *    candidate splits all of them by lanes x 1, 2 or 4 and vectorizes the
 *    point loop, optionally as 2 or 4 vectors in an unrolled loop;
 *  - parallel options: the loops of the outer chains (no batch loop, no
 *    reduction loop); a candidate keeps the default's parallel marks,
 *    drops them, or puts one on an option, optionally split by a grain
 *    so that fewer, larger chunks go to the threads;
 *  - a tile of the last two loops of a transpose (8, 16 or 32).
 * Every other primitive of the default (the shift linears' register
 * tiles, say) is kept in place, a split of a vector loop with the new
 * factor.  Candidates are plain schedule text; sch_apply decides whether
 * they are legal.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sched/space.h"
#include "sched/schedule.h"

/* ---- safety of indirect accesses: the candidates run on random inputs ---- */

/* Bounds [lo, hi] of integer expression "e" in statement "s" on any input; 0 if unbounded. */
static int expr_range(const Expr *e, const Stmt *s, int64_t *lo, int64_t *hi)
{
	int64_t al, ah, bl, bh;

	if (!e)
		return 0;
	switch (e->kind) {
	case EX_CONST:
		if (e->type == VT_F32)
			return 0;
		*lo = *hi = e->i;
		return 1;
	case EX_ITER:
		if (e->dim < 0 || e->dim >= s->n_dims || ir_dim_is_batch(s->extents[e->dim]))
			return 0;
		*lo = 0;
		*hi = s->extents[e->dim] - 1;
		return 1;
	case EX_GT: case EX_GE: case EX_EQ:
		*lo = 0;
		*hi = 1;
		return 1;
	case EX_AND:
		if (expr_range(e->b, s, &bl, &bh) && bl == bh && bl >= 0) {
			*lo = 0;
			*hi = bl;
			return 1;
		}
		if (expr_range(e->a, s, &al, &ah) && al == ah && al >= 0) {
			*lo = 0;
			*hi = al;
			return 1;
		}
		return 0;
	case EX_ADD: case EX_SUB: case EX_MUL: case EX_SELECT: {
		const Expr *x = e->a, *y = e->b;   /* select: the two values */
		if (!expr_range(x, s, &al, &ah) || !expr_range(y, s, &bl, &bh) ||
		    llabs(al) > (1 << 20) || llabs(ah) > (1 << 20) || llabs(bl) > (1 << 20) ||
		    llabs(bh) > (1 << 20))
			return 0;
		if (e->kind == EX_ADD) {
			*lo = al + bl;
			*hi = ah + bh;
		} else if (e->kind == EX_SUB) {
			*lo = al - bh;
			*hi = ah - bl;
		} else if (e->kind == EX_MUL) {
			int64_t p[4] = {al * bl, al * bh, ah * bl, ah * bh};
			*lo = *hi = p[0];
			for (int i = 1; i < 4; i++) {
				*lo = p[i] < *lo ? p[i] : *lo;
				*hi = p[i] > *hi ? p[i] : *hi;
			}
		} else {
			*lo = al < bl ? al : bl;
			*hi = ah > bh ? ah : bh;
		}
		return 1;
	}
	default:
		return 0;   /* loads of run-time data and everything else */
	}
}

/* Does access "acc" of statement "s" stay inside its buffer (batch 1) for any input? */
static int access_safe(const Access *acc, const Stmt *s)
{
	int64_t numel, lo = acc->k, hi = acc->k, il, ih;

	if (!acc->ind)
		return 1;
	if (ir_shape_numel(&acc->buf->shape, 1, &numel) || !expr_range(acc->ind, s, &il, &ih))
		return 0;
	for (int d = 0; d < s->n_dims; d++) {
		int64_t e = ir_dim_is_batch(s->extents[d]) ? 1 : s->extents[d];
		if (acc->c[d] > 0)
			hi += acc->c[d] * (e - 1);
		else
			lo += acc->c[d] * (e - 1);
	}
	lo += acc->ci >= 0 ? acc->ci * il : acc->ci * ih;
	hi += acc->ci >= 0 ? acc->ci * ih : acc->ci * il;
	return lo >= 0 && hi < numel;
}

static int expr_safe(const Expr *e, const Stmt *s)
{
	if (!e)
		return 1;
	if (e->kind == EX_LOAD && !access_safe(&e->acc, s))
		return 0;
	if (e->kind == EX_LOAD && e->acc.ind && !expr_safe(e->acc.ind, s))
		return 0;
	return expr_safe(e->a, s) && expr_safe(e->b, s) && expr_safe(e->c, s);
}

/* ---- the loops of the tree ---- */

/* What is known of one loop name (every loop of that name, as primitives see them). */
typedef struct {
	const char *name;
	int64_t ext;
	int leaf;       /* every loop of the name is innermost */
	int reduce;     /* a statement below stores to one element for all its values */
	int chain;      /* on an outer chain: the root's child loops down to the first branch */
} LoopInfo;

typedef struct {
	LoopInfo v[64];
	int n;
} Loops;

static int has_loop_below(const LoopNode *n)
{
	for (int i = 0; i < n->n_children; i++)
		if (n->children[i]->kind == LN_LOOP || has_loop_below(n->children[i]))
			return 1;
	return 0;
}

/* Does some statement below "n" store along dim "d" with stride 0 (or indirectly)? */
static int reduces_along(const LoopNode *n, int d)
{
	if (n->kind == LN_STMT)
		return n->stmt->store.ind || d >= n->stmt->n_dims || n->stmt->store.c[d] == 0;
	for (int i = 0; i < n->n_children; i++)
		if (reduces_along(n->children[i], d))
			return 1;
	return 0;
}

/* Record loop "n" at depth "d" (its dim index) and walk its body. */
static void walk(Loops *L, const LoopNode *n, int d, int chain)
{
	if (n->kind == LN_STMT)
		return;
	if (n->kind == LN_SEQ) {
		for (int i = 0; i < n->n_children; i++)
			walk(L, n->children[i], d, chain && n->n_children == 1);
		return;
	}
	int i = 0;
	while (i < L->n && strcmp(L->v[i].name, n->iter))
		i++;
	if (i == L->n) {
		if (L->n == 64)
			return;
		L->v[L->n++] = (LoopInfo){.name = n->iter, .ext = n->extent, .leaf = 1, .chain = 1};
	}
	LoopInfo *li = &L->v[i];
	li->ext = ir_dim_is_batch(n->extent) || ir_dim_is_batch(li->ext) ? IR_DIM_N
	          : n->extent > li->ext ? n->extent : li->ext;
	li->leaf &= !has_loop_below(n);
	li->reduce |= reduces_along(n, d);
	li->chain &= chain;
	for (int c = 0; c < n->n_children; c++)
		walk(L, n->children[c], d + 1, chain && n->n_children == 1);
}

/* Is "name" the loop "x" or one made from it by splits ("x.i", "x.o.i")? */
static int of_loop(const char *name, const char *x)
{
	size_t n = strlen(x);
	return name && !strncmp(name, x, n) && (!name[n] || name[n] == '.');
}

/* Is "kind" an annotation (vectorize, parallel, unroll) rather than a tree edit? */
static int is_annot(SchedPrimKind kind)
{
	return kind == SP_VECTORIZE || kind == SP_PARALLEL || kind == SP_UNROLL;
}

/*
 * Does the default's tree edit "q" split or tile a loop made from "x"
 * other than x itself?  (A candidate replaces split(x,f) in place and may
 * split x.i after all the default's edits; reorders of x.o stay valid.)
 */
static int edit_touches(const SchedPrim *q, const char *x)
{
	if (q->kind == SP_SPLIT)
		return of_loop(q->iter, x) && strcmp(q->iter, x);
	if (q->kind == SP_TILE)
		return of_loop(q->iter, x) || of_loop(q->iter2, x);
	return 0;
}

/* Find the tile pair: the default's tile, or the two innermost loops of a one-statement transpose. */
static void find_tile(const Kernel *k, SchSpace *sp, const Loops *L)
{
	for (int i = 0; i < sp->def.n; i++)
		if (sp->def.prims[i].kind == SP_TILE) {
			sp->tile_x = sp->def.prims[i].iter;
			sp->tile_y = sp->def.prims[i].iter2;
			sp->tile_def = 1;
		}
	if (!sp->tile_x && k->n_stmts == 1 && k->stmts[0]->n_dims >= 2) {
		const Stmt *s = k->stmts[0];
		int d = s->n_dims;
		const Expr *v = s->value;
		while (v && v->kind != EX_LOAD)   /* the first load: a copy's source */
			v = v->a;
		if (v && !v->acc.ind && !s->store.ind && s->store.c[d - 1] == 1 &&
		    v->acc.c[d - 2] == 1 && v->acc.c[d - 1] != 1 && s->extents[d - 2] >= 16 &&
		    s->extents[d - 1] >= 16) {
			sp->tile_x = s->dims[d - 2];
			sp->tile_y = s->dims[d - 1];
		}
	}
	if (!sp->tile_x)
		return;
	sp->tile_ext = 0;
	for (int i = 0; i < L->n; i++)
		if (!strcmp(L->v[i].name, sp->tile_x) || !strcmp(L->v[i].name, sp->tile_y))
			sp->tile_ext = !sp->tile_ext || L->v[i].ext < sp->tile_ext ? L->v[i].ext
			                                                           : sp->tile_ext;
	if (sp->tile_ext < 8 && !sp->tile_def)
		sp->tile_x = sp->tile_y = NULL;
}

/* The statement instances of the kernel at batch 1 and the extents of its biggest statement. */
static void work_and_shape(const Kernel *k, SchSpace *sp, Arena *a)
{
	double best = -1;
	const Stmt *bs = NULL;

	sp->work = 0;
	for (int i = 0; i < k->n_stmts; i++) {
		const Stmt *s = k->stmts[i];
		double w = 1;
		for (int d = 0; d < s->n_dims; d++)
			w *= ir_dim_is_batch(s->extents[d]) ? 1.0 : (double)s->extents[d];
		sp->work += w;
		if (w > best) {
			best = w;
			bs = s;
		}
	}
	char buf[128];
	size_t n = 0;
	buf[0] = 0;
	for (int d = 0; bs && d < bs->n_dims && n + 24 < sizeof(buf); d++)
		n += ir_dim_is_batch(bs->extents[d])
		     ? (size_t)snprintf(buf + n, sizeof(buf) - n, "%sN", d ? "x" : "")
		     : (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%lld", d ? "x" : "",
		                        (long long)bs->extents[d]);
	sp->shape = arena_strdup(a, n ? buf : "-");
}

int sch_gen_space(const Kernel *k, const SchTarget *t, int threads, SchSpace *sp, Arena *a)
{
	Loops L;

	memset(sp, 0, sizeof(*sp));
	sp->kind = SCH_SPACE_GENERIC;
	sp->lanes = t->f32_lanes > 0 ? t->f32_lanes : 4;
	sp->regs = t->vector_regs > 0 ? t->vector_regs : 16;
	sp->threads = threads > 0 ? threads : 1;
	sp->def = k->sched;
	sp->shape = "-";
	if (!k->root || !k->n_stmts)
		return sp->why = "no loop nest", 0;
	for (int i = 0; i < k->n_stmts; i++) {
		const Stmt *s = k->stmts[i];
		if (!access_safe(&s->store, s) || (s->store.ind && !expr_safe(s->store.ind, s)) ||
		    !expr_safe(s->value, s))
			return sp->why = "an index read from memory at run time (routing, gather, "
			                 "scatter): random inputs would access out of bounds", 0;
	}
	memset(&L, 0, sizeof(L));
	if (k->root->kind == LN_SEQ)   /* each nest of the kernel starts an outer chain */
		for (int i = 0; i < k->root->n_children; i++)
			walk(&L, k->root->children[i], 0, 1);
	else
		walk(&L, k->root, 0, 1);
	work_and_shape(k, sp, a);
	find_tile(k, sp, &L);
	for (int i = 0; i < L.n; i++) {
		const LoopInfo *li = &L.v[i];
		int def_vec = 0, def_split = 0, touched = 0;
		if (ir_dim_is_batch(li->ext) || li->ext < 2)
			continue;
		for (int q = 0; q < sp->def.n; q++) {
			const SchedPrim *p = &sp->def.prims[q];
			def_vec |= p->kind == SP_VECTORIZE && of_loop(p->iter, li->name);
			def_split |= p->kind == SP_SPLIT && !strcmp(p->iter, li->name);
			touched |= !is_annot(p->kind) && edit_touches(p, li->name);
		}
		int in_tile = sp->tile_x && (!strcmp(li->name, sp->tile_x) ||
		                             !strcmp(li->name, sp->tile_y));
		if (li->leaf && !touched && (def_vec || (!li->reduce && li->ext >= 4)) &&
		    sp->n_vec < SCH_GEN_MAX) {
			sp->vec[sp->n_vec] = li->name;
			sp->vec_whole[sp->n_vec] = def_vec && !def_split;
			sp->vec_ext[sp->n_vec++] = li->ext;
		} else if (li->chain && !li->leaf && !li->reduce && !in_tile &&
		           sp->n_par < SCH_GEN_MAX) {
			sp->par[sp->n_par] = li->name;
			sp->par_ext[sp->n_par++] = li->ext;
		} else if (li->chain && in_tile && !strcmp(li->name, sp->tile_x) && !li->reduce &&
		           sp->n_par < SCH_GEN_MAX) {
			sp->par[sp->n_par] = li->name;   /* the tile rows (x.o when tiled) */
			sp->par_ext[sp->n_par++] = li->ext;
		}
	}
	if (!sp->n_vec && !sp->n_par && !sp->tile_x)
		return sp->why = "no loop to vectorize, parallelize or tile (a sequential scan or "
		                 "reductions only)", 0;
	return 1;
}

/* ---- candidates ---- */

/* A schedule being written: primitives with loop names in "a"; "over" when it ran out of room. */
typedef struct {
	Schedule s;
	int over;
	Arena *a;
} Out;

static void put(Out *o, SchedPrimKind kind, const char *x, const char *y, int64_t f, int64_t g)
{
	if (o->s.n == (int)(sizeof(o->s.prims) / sizeof(o->s.prims[0]))) {
		o->over = 1;
		return;
	}
	o->s.prims[o->s.n++] = (SchedPrim){kind, x, y, f, g, 0};
}

static const char *dotted(Out *o, const char *x, const char *suffix)
{
	return arena_printf(o->a, "%s%s", x, suffix);
}

/* Is vector loop "x" inside the tile pair (the tile then decides its vectors)? */
static int in_tile(const SchSpace *sp, const SchGenCand *c, const char *x)
{
	return (sp->tile_def || c->tile) && sp->tile_x &&
	       (!strcmp(x, sp->tile_x) || !strcmp(x, sp->tile_y));
}

static int vec_index(const SchSpace *sp, const SchGenCand *c, const char *x)
{
	for (int i = 0; i < sp->n_vec; i++)
		if (!strcmp(sp->vec[i], x))
			return in_tile(sp, c, x) ? -1 : i;
	return -1;
}

/* The name loop "p" has once the default's (and the tile's) splits are done: p or p.o. */
static const char *par_name(Out *o, const SchSpace *sp, const SchGenCand *c, const char *p)
{
	int split = (sp->tile_def || c->tile) && sp->tile_x && !strcmp(p, sp->tile_x);
	for (int i = 0; i < sp->def.n; i++)
		split |= sp->def.prims[i].kind == SP_SPLIT && !strcmp(sp->def.prims[i].iter, p);
	return split ? dotted(o, p, ".o") : p;
}

/*
 * The schedule of candidate "c": the default's tree edits in order (a
 * split of a vector loop with the candidate's factor, the default's tile
 * with its size), new splits of the vector loops, the unroll splits, a new
 * tile, the parallel grain split; then the default's annotations that the
 * candidate does not replace, and its own vectorize, unroll and parallel.
 */
static void gen_sched(const SchSpace *sp, const SchGenCand *c, Out *o)
{
	int V = c->vec ? sp->lanes << (c->vec - 1) : 0, U = c->unroll > 1 ? c->unroll : 1;
	int tf = c->tile ? 4 << c->tile : 0;
	int split_done[SCH_GEN_MAX] = {0};
	const char *par = NULL;

	for (int i = 0; i < sp->def.n; i++) {
		const SchedPrim *q = &sp->def.prims[i];
		if (is_annot(q->kind))
			continue;
		int v = q->kind == SP_SPLIT ? vec_index(sp, c, q->iter) : -1;
		if (v >= 0 && V) {
			put(o, SP_SPLIT, q->iter, NULL, (int64_t)V * U, 0);
			split_done[v] = 1;
		} else if (q->kind == SP_TILE && tf && sp->tile_def) {
			put(o, SP_TILE, q->iter, q->iter2, tf, tf);
		} else {
			put(o, q->kind, q->iter, q->iter2, q->factor, q->factor2);
		}
	}
	for (int v = 0; V && v < sp->n_vec; v++)
		if (!split_done[v] && vec_index(sp, c, sp->vec[v]) >= 0)
			put(o, SP_SPLIT, sp->vec[v], NULL, (int64_t)V * U, 0);
	for (int v = 0; V && U > 1 && v < sp->n_vec; v++)
		if (vec_index(sp, c, sp->vec[v]) >= 0)
			put(o, SP_SPLIT, dotted(o, sp->vec[v], ".i"), NULL, V, 0);
	if (tf && !sp->tile_def)
		put(o, SP_TILE, sp->tile_x, sp->tile_y, tf, tf);
	if (c->par >= 2) {
		par = par_name(o, sp, c, sp->par[c->par - 2]);
		if (c->grain > 1) {
			put(o, SP_SPLIT, par, NULL, c->grain, 0);
			par = dotted(o, par, ".o");
		}
	}
	for (int i = 0; i < sp->def.n; i++) {
		const SchedPrim *q = &sp->def.prims[i];
		int mine = 0;
		if (!is_annot(q->kind))
			continue;
		if (q->kind == SP_PARALLEL && c->par)
			continue;
		for (int v = 0; V && v < sp->n_vec; v++)
			mine |= vec_index(sp, c, sp->vec[v]) >= 0 && of_loop(q->iter, sp->vec[v]);
		if (tf && !sp->tile_def && (of_loop(q->iter, sp->tile_x) || of_loop(q->iter, sp->tile_y)))
			mine = 1;
		if (!mine)
			put(o, q->kind, q->iter, NULL, 0, 0);
	}
	for (int v = 0; V && v < sp->n_vec; v++) {
		if (vec_index(sp, c, sp->vec[v]) < 0)
			continue;
		if (U > 1) {
			put(o, SP_UNROLL, dotted(o, sp->vec[v], ".i.o"), NULL, 0, 0);
			put(o, SP_VECTORIZE, dotted(o, sp->vec[v], ".i.i"), NULL, 0, 0);
		} else {
			put(o, SP_VECTORIZE, dotted(o, sp->vec[v], ".i"), NULL, 0, 0);
		}
	}
	if (tf && !sp->tile_def)
		put(o, SP_VECTORIZE, dotted(o, sp->tile_y, ".i"), NULL, 0, 0);
	if (par)
		put(o, SP_PARALLEL, par, NULL, 0, 0);
}

const char *sch_gen_text(const SchSpace *sp, const SchGenCand *c, Arena *a)
{
	Out o = {.a = a};
	char buf[2048];

	gen_sched(sp, c, &o);
	if (o.over)
		return NULL;
	sch_format(&o.s, buf, sizeof(buf));
	return arena_strdup(a, buf);
}

void sch_gen_label(const SchSpace *sp, const SchGenCand *c, char *buf, size_t len)
{
	char vec[32], par[80];

	if (!c->vec)
		snprintf(vec, sizeof(vec), "default");
	else
		snprintf(vec, sizeof(vec), "%d%s", sp->lanes << (c->vec - 1),
		         c->unroll == 4 ? "x4" : c->unroll == 2 ? "x2" : "");
	if (c->par == 0)
		snprintf(par, sizeof(par), "default");
	else if (c->par == 1)
		snprintf(par, sizeof(par), "none");
	else if (c->grain > 1)
		snprintf(par, sizeof(par), "%.60s/%d", sp->par[c->par - 2], c->grain);
	else
		snprintf(par, sizeof(par), "%.60s", sp->par[c->par - 2]);
	if (c->tile)
		snprintf(buf, len, "vec=%s par=%s tile=%d", vec, par, 4 << c->tile);
	else
		snprintf(buf, len, "vec=%s par=%s", vec, par);
}

/* The largest extent of the vector loops "c" vectorizes itself. */
static int64_t vec_max(const SchSpace *sp, const SchGenCand *c)
{
	int64_t m = 0;
	for (int v = 0; v < sp->n_vec; v++)
		if (vec_index(sp, c, sp->vec[v]) >= 0 && sp->vec_ext[v] > m)
			m = sp->vec_ext[v];
	return m;
}

/* Is "c" a point of the space (and not a needless variant of a smaller one)? */
static int gen_valid(const SchSpace *sp, const SchGenCand *c)
{
	int64_t vm;
	int F;

	/* the ranges first: a mutation may step a field out of them */
	if (c->vec < 0 || c->vec > 3 || (c->unroll != 1 && c->unroll != 2 && c->unroll != 4) ||
	    c->par < 0 || c->par >= sp->n_par + 2 || c->tile < 0 || c->tile > 3 ||
	    (c->grain != 1 && c->grain != 2 && c->grain != 4 && c->grain != 8))
		return 0;
	vm = vec_max(sp, c);
	F = c->vec ? (sp->lanes << (c->vec - 1)) * c->unroll : 0;
	if ((!c->vec && c->unroll > 1) || (c->vec && !vm))
		return 0;
	if (c->vec && F > 2 * vm && !(c->vec == 1 && c->unroll == 1))
		return 0;   /* a bigger factor than the loop needs: the same code */
	int same = c->vec && c->unroll == 1;
	for (int v = 0; same && v < sp->n_vec; v++)
		if (vec_index(sp, c, sp->vec[v]) >= 0)
			same = sp->vec_whole[v] && sp->vec_ext[v] <= F;
	if (same)
		return 0;   /* one vector over the whole loop: the default's vectorize(x) */
	if (c->grain > 1 && (c->par < 2 || sp->par_ext[c->par - 2] < 2 * c->grain))
		return 0;
	if (c->tile && (!sp->tile_x || (4 << c->tile) > sp->tile_ext))
		return 0;
	return 1;
}

/*
 * A rough estimate of "c"'s time (lower is faster): the statement
 * instances over the vector width actually used (a tail costs a full
 * vector), a little less with the point loop unrolled, a tile saving a
 * fifth of a transpose's cache misses, the parallel loop's iterations
 * dealt to the threads in rounds plus a fork/join cost.  The default's
 * own choices count as what they are known to be: its vectors as one
 * vector of lanes, its parallel marks as spreading evenly.
 */
double sch_gen_cost(const SchSpace *sp, const SchGenCand *c)
{
	double cyc = sp->work;
	double L = sp->lanes, T = sp->threads;

	if (c->vec) {
		double F = (double)(sp->lanes << (c->vec - 1)), vm = (double)vec_max(sp, c);
		double groups = ceil(vm / (F * c->unroll)) * c->unroll * ceil(F / L);
		cyc = cyc / vm * groups * (c->unroll > 1 ? 0.9 : 1.0);
	} else if (sp->n_vec) {
		cyc /= L * 0.75;   /* the default's vectors (or LLVM's) */
	}
	if (c->tile || sp->tile_def)
		cyc *= c->tile == 2 || !c->tile ? 0.8 : 0.85;
	int def_par = 0;
	for (int i = 0; i < sp->def.n; i++)
		def_par |= sp->def.prims[i].kind == SP_PARALLEL;
	if (c->par >= 2 && T > 1) {
		double units = ceil((double)sp->par_ext[c->par - 2] / c->grain);
		cyc = cyc * ceil(units / T) / units + 2000.0;
	} else if (c->par == 0 && def_par && T > 1) {
		cyc = cyc / T + 2000.0;
	}
	return cyc;
}

typedef struct {
	double cost;
	SchGenCand c;
	const char *text;
} Ranked;

static int ranked_cmp(const void *pa, const void *pb)
{
	const Ranked *a = pa, *b = pb;
	if (a->cost != b->cost)
		return a->cost < b->cost ? -1 : 1;
	return memcmp(&a->c, &b->c, sizeof(a->c));
}

/* Is "c" the default's own choice in every parameter (the reference, candidate 0)? */
static int is_default(const SchGenCand *c)
{
	return !c->vec && c->unroll == 1 && !c->par && c->grain == 1 && !c->tile;
}

SchCand *sch_gen_ranked(const SchSpace *sp, int *n)
{
	int cap = 4 * 3 * (SCH_GEN_MAX + 2) * 4 * 4, m = 0;
	Ranked *r = xcalloc((size_t)cap, sizeof(*r));
	Arena a = {0};

	for (int v = 0; v < 4; v++)
		for (int u = 1; u <= 4; u *= 2)
			for (int p = 0; p < sp->n_par + 2; p++)
				for (int g = 1; g <= 8; g *= 2)
					for (int t = 0; t < 4; t++) {
						SchGenCand c = {v, u, p, g, t};
						const char *text;
						if (!gen_valid(sp, &c) || !(text = sch_gen_text(sp, &c, &a)))
							continue;
						int dup = 0;
						for (int i = 0; i < m && !dup; i++)
							dup = !strcmp(r[i].text, text);
						if (!dup)
							r[m++] = (Ranked){is_default(&c) ? -1.0 : sch_gen_cost(sp, &c),
							                  c, text};
					}
	qsort(r, (size_t)m, sizeof(*r), ranked_cmp);
	SchCand *out = xcalloc((size_t)m + 1, sizeof(*out));
	for (int i = 0; i < m; i++)
		out[i].g = r[i].c;
	*n = m;
	free(r);
	arena_free(&a);
	return out;
}

int sch_gen_mutate(const SchSpace *sp, const SchGenCand *c, uint64_t *rng, SchGenCand *out)
{
	int moves = 1 + (int)(sch_rand(rng) % 2);

	*out = *c;
	for (int m = 0; m < moves; m++) {
		int up = sch_rand(rng) % 2;
		switch (sch_rand(rng) % 5) {
		case 0: out->vec += up ? 1 : -1; break;
		case 1: out->unroll = up ? out->unroll * 2 : out->unroll / 2; break;
		case 2: out->par = (out->par + (up ? 1 : sp->n_par + 1)) % (sp->n_par + 2); break;
		case 3: out->grain = up ? out->grain * 2 : out->grain / 2; break;
		case 4: out->tile += up ? 1 : -1; break;
		}
	}
	return gen_valid(sp, out) && memcmp(out, c, sizeof(*c)) != 0;
}
