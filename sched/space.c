/*
 * sched/space.c - tuning tasks, the matmul search space and its cost
 * model (sched/space.h); other kernels' spaces are in space_generic.c.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sched/space.h"
#include "sched/schedule.h"

uint64_t sch_rand(uint64_t *state)
{
	uint64_t x = *state ? *state : 0x9e3779b97f4a7c15ull;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545f4914f6cdd1dull;
}

/*
 * The task key: FNV-1a of k_kernel_key with the schedule left out, so
 * every schedule of one kernel (and every layer computing the same thing
 * on other weights) maps to one key.
 */
const char *sch_task_key(Arena *a, Kernel *k)
{
	Schedule saved = k->sched;
	uint64_t h = 0xcbf29ce484222325ull;

	k->sched.n = 0;
	const char *key = k_kernel_key(a, k);
	k->sched = saved;
	for (const unsigned char *s = (const unsigned char *)key; *s; s++)
		h = (h ^ *s) * 0x100000001b3ull;
	return arena_printf(a, "t%016" PRIx64, h);
}

static int expr_indirect(const Expr *e)
{
	if (!e)
		return 0;
	if (e->kind == EX_LOAD && e->acc.ind)
		return 1;
	return expr_indirect(e->a) || expr_indirect(e->b) || expr_indirect(e->c);
}

static const LoopNode *only_child(const LoopNode *n)
{
	return n && n->n_children == 1 ? n->children[0] : NULL;
}

/* The matmul space of "k" when it is a plain matmul nest (sch_space_of). */
static int matmul_space_of(const Kernel *k, const SchTarget *t, int threads, SchSpace *sp,
                           Arena *a)
{
	const LoopNode *n = k->root;
	int64_t ext[3], panel = 0;
	static const char *const ikj[] = {"i", "k", "j"};

	memset(sp, 0, sizeof(*sp));
	if (k->n_params || !n || n->kind != LN_SEQ || n->n_children < 1 || n->n_children > 2)
		return 0;
	for (int i = 0; i < k->n_stmts; i++)
		if (k->stmts[i]->store.ind || expr_indirect(k->stmts[i]->value))
			return 0;
	n = n->children[0];
	while (n && n->kind == LN_LOOP && strcmp(n->iter, "i"))  /* batch loops */
		n = only_child(n);
	for (int d = 0; d < 3; d++) {
		/* packed panels (lower/linalg.c): the columns are two loops, jp and j */
		if (d == 2 && n && n->kind == LN_LOOP && !strcmp(n->iter, "jp")) {
			const LoopNode *j = only_child(n);
			if (!j || j->kind != LN_LOOP || strcmp(j->iter, "j") || ir_dim_is_batch(n->extent))
				return 0;
			panel = j->extent;
			ext[2] = n->extent * panel;
			n = j;
			continue;
		}
		if (!n || n->kind != LN_LOOP || strcmp(n->iter, ikj[d]))
			return 0;
		ext[d] = n->extent;
		n = d < 2 ? only_child(n) : n;
	}
	if (n->n_children != 1 || n->children[0]->kind != LN_SEQ)
		return 0;
	n = n->children[0];
	if (n->n_children != 2 || n->children[0]->kind != LN_STMT ||
	    n->children[0]->stmt->kind != ST_ASSIGN || n->children[1]->kind != LN_STMT ||
	    n->children[1]->stmt->kind != ST_ADD)
		return 0;
	sp->M = ext[0];
	sp->K = ext[1];
	sp->P = ext[2];
	sp->panel = panel;
	sp->lanes = t->f32_lanes > 0 ? t->f32_lanes : 4;
	sp->regs = t->vector_regs > 0 ? t->vector_regs : 16;
	sp->threads = threads > 0 ? threads : 1;
	if (ir_dim_is_batch(sp->K) || ir_dim_is_batch(sp->P) || sp->P < sp->lanes ||
	    (ir_dim_is_batch(sp->M) && sp->M != IR_DIM_N))
		return 0;
	/* the default's primitives on the epilogue nest (loops "e..."), kept as they are */
	Schedule pre = {0}, post = {0};
	for (int i = 0; i < k->sched.n; i++) {
		const SchedPrim *q = &k->sched.prims[i];
		if (q->iter[0] != 'e')
			continue;
		if (q->kind == SP_SPLIT || q->kind == SP_TILE || q->kind == SP_REORDER || q->kind == SP_FUSE)
			pre.prims[pre.n++] = *q;
		else
			post.prims[post.n++] = *q;
	}
	char buf[1024];
	sch_format(&pre, buf, sizeof(buf));
	sp->epi_pre = arena_strdup(a, buf);
	sch_format(&post, buf, sizeof(buf));
	sp->epi_post = arena_strdup(a, buf);
	sp->kind = SCH_SPACE_MATMUL;
	sp->work = (sp->M == IR_DIM_N ? 1.0 : (double)sp->M) * (double)sp->K * (double)sp->P;
	return 1;
}

int sch_space_of(const Kernel *k, const SchTarget *t, int threads, SchSpace *sp, Arena *a)
{
	if (matmul_space_of(k, t, threads, sp, a))
		return 1;
	return sch_gen_space(k, t, threads, sp, a);
}

/* Whether "c" is a point of the space (tile fits the shape, registers not absurdly exceeded). */
static int cand_valid(const SchSpace *sp, const SchCand *c)
{
	int64_t J = (int64_t)c->vectors * sp->lanes;
	int64_t Pr = (sp->P + sp->lanes - 1) / sp->lanes * sp->lanes;

	if (c->rows < 1 || c->rows > 8 || c->vectors < 1 || c->vectors > 6 || J > Pr)
		return 0;
	if (sp->panel && J != sp->panel)   /* packed weights: the tile is the panel */
		return 0;
	if (c->rows > 1 && (sp->M == IR_DIM_N || c->rows > sp->M))
		return 0;
	if (c->kc && (c->kc >= sp->K || c->kc < 16 || (c->par == SCH_PAR_COLS && c->rows == 1)))
		return 0;
	if (c->par == SCH_PAR_ROWS && c->rows > 1 && sp->M != IR_DIM_N && sp->M <= c->rows)
		return 0;
	return c->rows * c->vectors + c->vectors + 1 <= sp->regs + sp->regs / 2;
}

const char *sch_cand_text(const SchSpace *sp, const SchCand *c, Arena *a)
{
	if (sp->kind == SCH_SPACE_GENERIC)
		return sch_gen_text(sp, &c->g, a);
	char b[1024];
	size_t n = 0;
	int J = c->vectors * sp->lanes, pk = sp->panel > 0;
	/* the column tiles, the columns in a tile, its vectors and lanes (as in sched/target.c) */
	const char *jo = pk ? "jp" : "j.o", *ji = pk ? "j" : "j.i";
	const char *jvo = pk ? "j.o" : "j.i.o", *jvi = pk ? "j.i" : "j.i.i";

#define ADD(...) (n += (size_t)snprintf(b + n, sizeof(b) - n, __VA_ARGS__))
	if (*sp->epi_pre)
		ADD("%s; ", sp->epi_pre);
	if (c->rows > 1)
		ADD("split(i,%d); ", c->rows);
	if (!pk)
		ADD("split(j,%d); ", J);
	ADD("reorder(k,%s)", jo);
	if (c->rows > 1)
		ADD("; reorder(i.i,%s); reorder(i.i,k)", jo);
	if (c->par == SCH_PAR_COLS && c->rows > 1)
		ADD("; reorder(i.o,%s)", jo);   /* column tiles outermost: one fork/join per call */
	if (c->kc)   /* k blocks outside the tiles of the inner one of i.o, j.o */
		ADD("; split(k,%d); reorder(%s,k.o)", c->kc,
		    c->par == SCH_PAR_COLS && c->rows > 1 ? "i.o" : jo);
	if (c->vectors > 1)
		ADD("; split(%s,%d)", ji, sp->lanes);
	if (c->unroll && c->rows > 1)
		ADD("; unroll(i.i)");
	if (c->unroll && c->vectors > 1)
		ADD("; unroll(%s)", jvo);
	ADD("; vectorize(%s)", c->vectors > 1 ? jvi : ji);
	if (c->par == SCH_PAR_ROWS)
		ADD("; parallel(%s)", c->rows > 1 ? "i.o" : "i");
	else if (c->par == SCH_PAR_COLS)
		ADD("; parallel(%s)", jo);
	if (*sp->epi_post)
		ADD("; %s", sp->epi_post);
#undef ADD
	return arena_strdup(a, b);
}

void sch_cand_label(const SchSpace *sp, const SchCand *c, char *buf, size_t len)
{
	static const char *const par[] = {"none", "rows", "cols"};
	if (sp->kind == SCH_SPACE_GENERIC) {
		sch_gen_label(sp, &c->g, buf, len);
		return;
	}
	snprintf(buf, len, "%dx%d par=%s%s kc=%d", c->rows, c->vectors, par[c->par],
	         c->unroll ? " unroll" : "", c->kc);
}

static double cdiv(double a, double b)
{
	return ceil(a / b);
}

/*
 * Cycles of one k step of the register tile, times the number of tiles
 * and k steps, over the threads that get work:
 *  - a step issues R*V FMAs on two pipes, V loads and R broadcasts on two
 *    load ports, and each accumulator waits ~4 cycles for the last FMA
 *    (few accumulators are latency bound);
 *  - accumulators + V weight vectors + 1 broadcast beyond the register
 *    file spill: a store and a reload per extra register and step;
 *  - without unrolling the tile is a loop the accumulators do not survive;
 *  - a split k writes the accumulators back once per kc block;
 *  - tail tiles cost as much as full ones (masked lanes, short rows);
 *  - the parallel loop's iterations are dealt to the threads in rounds.
 */
double sch_cand_cost(const SchSpace *sp, const SchCand *c)
{
	if (sp->kind == SCH_SPACE_GENERIC)
		return sch_gen_cost(sp, &c->g);
	double R = c->rows, V = c->vectors, L = sp->lanes;
	double M = sp->M == IR_DIM_N ? 1 : (double)sp->M, K = (double)sp->K, P = (double)sp->P;
	double step = fmax(fmax(R * V / 2.0, (V + R) / 2.0), 4.0);
	double live = R * V + V + 1;

	if (live > sp->regs)
		step += 2.0 * (live - sp->regs);
	if (!c->unroll)
		step *= 2.0;
	double tiles_i = cdiv(M, R), tiles_j = cdiv(P, V * L);
	double cyc = step * K * tiles_i * tiles_j;
	if (c->kc)
		cyc += tiles_i * tiles_j * cdiv(K, c->kc) * R * V * 2.0;
	double units = c->par == SCH_PAR_ROWS ? tiles_i : c->par == SCH_PAR_COLS ? tiles_j : 1;
	double T = sp->threads;
	if (units > 1 && T > 1)
		cyc = cyc * cdiv(units, T) / units + 2000.0;  /* rounds of work + fork/join */
	else if (c->par != SCH_PAR_NONE)
		cyc = cyc * 1.01 + 200.0;  /* nothing to share: only the call into the pool */
	return cyc;
}

typedef struct {
	double cost;
	SchCand c;
} Ranked;

static int ranked_cmp(const void *pa, const void *pb)
{
	const Ranked *a = pa, *b = pb;
	if (a->cost != b->cost)
		return a->cost < b->cost ? -1 : 1;
	return memcmp(&a->c, &b->c, sizeof(a->c));
}

SchCand *sch_space_ranked(const SchSpace *sp, int *n)
{
	static const int kcs[] = {0, 64, 128, 256};
	if (sp->kind == SCH_SPACE_GENERIC)
		return sch_gen_ranked(sp, n);
	SchCand *v = xcalloc(8 * 6 * 3 * 2 * 4, sizeof(*v));

	*n = 0;
	for (int r = 1; r <= 8; r++)
		for (int vv = 1; vv <= 6; vv++)
			for (int par = 0; par < 3; par++)
				for (int u = 1; u >= 0; u--)
					for (int q = 0; q < 4; q++) {
						SchCand c;
						memset(&c, 0, sizeof(c));
						c.rows = r;
						c.vectors = vv;
						c.par = (SchPar)par;
						c.unroll = u;
						c.kc = kcs[q];
						if (cand_valid(sp, &c))
							v[(*n)++] = c;
					}
	Ranked *r = xcalloc((size_t)*n + 1, sizeof(*r));
	for (int i = 0; i < *n; i++)
		r[i] = (Ranked){sch_cand_cost(sp, &v[i]), v[i]};
	qsort(r, (size_t)*n, sizeof(*r), ranked_cmp);
	for (int i = 0; i < *n; i++)
		v[i] = r[i].c;
	free(r);
	return v;
}

int sch_cand_mutate(const SchSpace *sp, const SchCand *c, uint64_t *rng, SchCand *out)
{
	static const int kcs[] = {0, 64, 128, 256};
	if (sp->kind == SCH_SPACE_GENERIC) {
		memset(out, 0, sizeof(*out));
		return sch_gen_mutate(sp, &c->g, rng, &out->g);
	}
	int moves = 1 + (int)(sch_rand(rng) % 2);

	*out = *c;
	for (int m = 0; m < moves; m++) {
		int step = sch_rand(rng) % 2 ? 1 : -1;
		switch (sch_rand(rng) % 5) {
		case 0: out->rows += step; break;
		case 1: out->vectors += step; break;
		case 2: out->par = (SchPar)((out->par + (step > 0 ? 1 : 2)) % 3); break;
		case 3: out->unroll = !out->unroll; break;
		case 4: {
			int q = 0;
			while (q < 3 && kcs[q] != out->kc)
				q++;
			q = (q + (step > 0 ? 1 : 3)) % 4;
			out->kc = kcs[q];
			break;
		}
		}
	}
	return cand_valid(sp, out) && memcmp(out, c, sizeof(*c)) != 0;
}
