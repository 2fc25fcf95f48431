/*
 * sched/gpu_stage.c - the staged GPU matmul: shared-memory tiles of both
 * operands, barriers, and a register tile per thread (PPCG's shared and
 * private memory, as kernel IR the schedule then binds).
 *
 * A matmul nest (outer loops, then i, k, j over S0 "C = A*B (+X)" at k = 0
 * and S1 "C += A*B"), optionally followed by an elementwise epilogue on C,
 * becomes, per block of M x N outputs (gi, gj) and K x K threads (the
 * default SchGpuStage 64, 64, 16: 16 x 16 threads, RM = M/K = 4 rows and
 * RN = N/K = 4 columns per thread):
 *
 *   acc[ty,tx,ri,rj] = 0                           (registers, RM x RN)
 *   for gk: barrier; As = A tile M x K; Bs = B tile K x N (RM, RN each)
 *           barrier; acc += As[RM ty+ri][kk] * Bs[kk][tx+K rj]
 *   Cs[RM ty+ri][tx+K rj] = acc;  C = Cs (+X), epilogue   (guarded)
 *
 * The result goes through shared memory so that the register tile is
 * indexed by constants only (the guards of the edge tiles would make its
 * loops' bounds variable).  Shared and register buffers carry the block
 * (and thread) in their leading index, so dependences are exact; the
 * backends keep one copy (BUF_SHARED / BUF_LOCAL in ir/kernel.h).
 */
#include <stdio.h>
#include <string.h>

#include "sched/gpu.h"

/* The smallest power of two >= n. */
static int64_t pow2_ceil(int64_t n)
{
	int64_t p = 1;
	while (p < n)
		p *= 2;
	return p;
}

static int is_pow2(int v)
{
	return v > 0 && (v & (v - 1)) == 0;
}

int sch_gpu_stage_valid(const SchGpuStage *st)
{
	return st && is_pow2(st->m) && is_pow2(st->n) && is_pow2(st->k) && st->k >= 2 &&
	       st->m % st->k == 0 && st->n % st->k == 0 && st->m <= 1024 && st->n <= 1024 &&
	       st->k <= 256;
}

int sch_gpu_stage_threads(const SchGpuStage *st)
{
	return st->k * st->k;
}

/* As (m x (k+1): the pad avoids bank conflicts), Bs (k x n), Cs (m x n), each a power of two. */
int64_t sch_gpu_stage_shared(const SchGpuStage *st)
{
	return 4 * (pow2_ceil((int64_t)st->m * (st->k + 1)) + pow2_ceil((int64_t)st->k * st->n) +
	            pow2_ceil((int64_t)st->m * st->n));
}

typedef struct {
	int64_t c[K_MAX_DIMS];
	int64_t k;
} Aff;

/* "old" over the old dims, each old dim an affine form "sub[d]" of the new ones. */
static int sub_access(const Access *old, const Aff *sub, int n_old, Access *out)
{
	if (old->ind)
		return -1;
	memset(out, 0, sizeof(*out));
	out->buf = old->buf;
	out->k = old->k;
	for (int d = 0; d < n_old; d++) {
		out->k += old->c[d] * sub[d].k;
		for (int e = 0; e < K_MAX_DIMS; e++)
			out->c[e] += old->c[d] * sub[d].c[e];
	}
	return 0;
}

static Expr *sub_expr(Program *p, const Expr *e, const Aff *sub, int n_old, int *bad)
{
	Expr *n;

	if (!e)
		return NULL;
	n = arena_calloc(&p->arena, 1, sizeof(*n));
	*n = *e;
	if (e->kind == EX_LOAD && sub_access(&e->acc, sub, n_old, &n->acc))
		*bad = 1;
	if (e->kind == EX_ITER) {
		int one = -1;
		for (int d = 0; d < K_MAX_DIMS; d++)
			if (sub[e->dim].c[d])
				one = sub[e->dim].c[d] == 1 && one == -1 ? d : -2;
		if (one < 0 || sub[e->dim].k)
			*bad = 1;
		n->dim = one;
	}
	n->a = sub_expr(p, e->a, sub, n_old, bad);
	n->b = sub_expr(p, e->b, sub, n_old, bad);
	n->c = sub_expr(p, e->c, sub, n_old, bad);
	return n;
}

static int same_access(const Access *a, const Access *b)
{
	return a->buf == b->buf && a->k == b->k && !a->ind && !b->ind &&
	       !memcmp(a->c, b->c, sizeof(a->c));
}

/* The matmul found in a kernel. */
typedef struct {
	const LoopNode *outer[K_MAX_DIMS];
	int n_outer;
	int64_t m, kk, n;          /* extents of i, k, j */
	const Stmt *s0, *s1, *epi;
	const Access *a, *b;       /* the operands' loads in S1 */
	const Expr *x;             /* S0's addend, or NULL */
	int epi_map[K_MAX_DIMS];   /* epilogue dim -> matmul dim */
} Mm;

/* A chain of single-child loops from "n" to a statement or a sequence; the loops into "l". */
static const LoopNode *chain(const LoopNode *n, const LoopNode **l, int *nl)
{
	*nl = 0;
	while (n->kind == LN_LOOP && n->n_children == 1 && *nl < K_MAX_DIMS) {
		l[(*nl)++] = n;
		n = n->children[0];
	}
	return n;
}

/* Is "e" the product of loads "a" and "b" (in that order)? */
static int is_ab(const Expr *e, const Access *a, const Access *b)
{
	return e && e->kind == EX_MUL && e->a->kind == EX_LOAD && e->b->kind == EX_LOAD &&
	       same_access(&e->a->acc, a) && same_access(&e->b->acc, b);
}

/* Does every load of C in "e" read the element "st" writes? */
static int elementwise(const Expr *e, const Access *st)
{
	if (!e)
		return 1;
	if (e->kind == EX_LOAD && e->acc.buf == st->buf && !same_access(&e->acc, st))
		return 0;
	if (e->kind == EX_ITER)
		return 0;
	return elementwise(e->a, st) && elementwise(e->b, st) && elementwise(e->c, st);
}

static int match(const Kernel *k, Mm *mm)
{
	const LoopNode *r = k->root, *l[K_MAX_DIMS], *el[K_MAX_DIMS], *leaf;
	const LoopNode *nest = r, *epi = NULL;
	int nl, ne, d;
	char want[64];

	memset(mm, 0, sizeof(*mm));
	if (r->kind == LN_SEQ && (r->n_children == 1 || r->n_children == 2)) {
		nest = r->children[0];
		epi = r->n_children == 2 ? r->children[1] : NULL;
	}
	leaf = chain(nest, l, &nl);
	if (nl < 3 || leaf->kind != LN_SEQ || leaf->n_children != 2 ||
	    leaf->children[0]->kind != LN_STMT || leaf->children[1]->kind != LN_STMT)
		return 0;
	mm->s0 = leaf->children[0]->stmt;
	mm->s1 = leaf->children[1]->stmt;
	mm->n_outer = nl - 3;
	for (int i = 0; i < nl - 3; i++)
		mm->outer[i] = l[i];
	mm->m = l[nl - 3]->extent;
	mm->kk = l[nl - 2]->extent;
	mm->n = l[nl - 1]->extent;
	if (mm->m == IR_DIM_N || mm->kk == IR_DIM_N || mm->n == IR_DIM_N)
		return 0;
	d = nl - 2;   /* k */
	snprintf(want, sizeof(want), "%s = 0", l[d]->iter);
	if (mm->s0->kind != ST_ASSIGN || mm->s1->kind != ST_ADD || !mm->s0->constraints ||
	    strcmp(mm->s0->constraints, want) || !mm->s1->constraints)
		return 0;
	snprintf(want, sizeof(want), "%s >= 1", l[d]->iter);
	if (strcmp(mm->s1->constraints, want) || !same_access(&mm->s0->store, &mm->s1->store) ||
	    mm->s0->store.buf->dtype != DT_F32 || mm->s0->store.c[d])
		return 0;
	if (!mm->s1->value || mm->s1->value->kind != EX_MUL ||
	    mm->s1->value->a->kind != EX_LOAD || mm->s1->value->b->kind != EX_LOAD)
		return 0;
	mm->a = &mm->s1->value->a->acc;
	mm->b = &mm->s1->value->b->acc;
	if (mm->a->ind || mm->b->ind || mm->a->c[d + 1] || mm->b->c[d - 1] || !mm->a->c[d] ||
	    !mm->b->c[d] || mm->a->buf->dtype != DT_F32 || mm->b->buf->dtype != DT_F32)
		return 0;
	if (is_ab(mm->s0->value, mm->a, mm->b))
		mm->x = NULL;
	else if (mm->s0->value->kind == EX_FMA && mm->s0->value->a->kind == EX_LOAD &&
	         mm->s0->value->b->kind == EX_LOAD && same_access(&mm->s0->value->a->acc, mm->a) &&
	         same_access(&mm->s0->value->b->acc, mm->b))
		mm->x = mm->s0->value->c;
	else
		return 0;
	if (!epi)
		return 1;
	/* an elementwise epilogue over the same elements of C */
	leaf = chain(epi, el, &ne);
	if (leaf->kind != LN_STMT || ne != nl - 1)
		return 0;
	mm->epi = leaf->stmt;
	if (mm->epi->kind != ST_ASSIGN || mm->epi->constraints || mm->epi->store.buf != mm->s0->store.buf ||
	    mm->epi->store.k != mm->s0->store.k || !elementwise(mm->epi->value, &mm->epi->store))
		return 0;
	for (int e = 0; e < ne; e++) {
		int md = -1;
		for (int x = 0; x < nl; x++)
			if (x != d && mm->s0->store.c[x] == mm->epi->store.c[e] &&
			    l[x]->extent == el[e]->extent && (md < 0 || x < md))
				md = x;
		for (int f = 0; f < e; f++)
			if (mm->epi_map[f] == md)
				md = -1;
		if (md < 0 || !mm->epi->store.c[e])
			return 0;
		mm->epi_map[e] = md;
	}
	return 1;
}

/* Program buffer of block (and thread) memory. */
static Buffer *scoped(Program *p, const Kernel *k, const char *what, BufKind kind,
                      int64_t block_elems, int64_t thread_elems, int64_t blocks, int has_n)
{
	char name[256];
	Shape sh = {0};
	Buffer *b;

	snprintf(name, sizeof(name), "%s.%s", k->name, what);
	sh.rank = has_n ? 2 : 1;
	sh.d[0] = has_n ? IR_DIM_N : blocks * block_elems;
	if (has_n)
		sh.d[1] = blocks * block_elems;
	b = k_buffer_add(p, name, kind, DT_F32, &sh);
	b->block_elems = block_elems;
	b->thread_elems = thread_elems;
	return b;
}

/* Builder state: the new statements' leading dims are the outer loops, gi, gj. */
typedef struct {
	Program *p;
	Kernel *k;
	const Mm *mm;
	int o;                 /* number of outer dims */
	int64_t blk[K_MAX_DIMS]; /* block-linear coefficient of each leading dim */
} Bld;

static LoopNode *loop(Bld *b, const char *it, int64_t ext, LoopNode *child)
{
	LoopNode *l = k_loop(b->p, it, ext);
	if (child)
		k_append(b->p, l, child);
	return l;
}

static Stmt *stmt(Bld *b, StmtKind kind, const char *cons)
{
	Stmt *s = k_stmt_add(b->p, b->k, kind);
	s->constraints = cons ? arena_strdup(&b->p->arena, cons) : NULL;
	return s;
}

/* An access of block memory "buf": block-linear * block_elems + "in" (over dims from o + 2). */
static Access scoped_acc(const Bld *b, Buffer *buf, const int64_t *in, int n_in, int64_t k)
{
	Access a = {0};

	a.buf = buf;
	a.k = k;
	for (int d = 0; d < b->o + 2; d++)
		a.c[d] = b->blk[d] * buf->block_elems;
	for (int d = 0; d < n_in; d++)
		a.c[b->o + 2 + d] = in[d];
	return a;
}

/* Old matmul dims (outer, i, k, j) over new dims: outer same, i/k/j given. */
static void subst(const Bld *b, Aff *sub, const Aff *i, const Aff *k, const Aff *j)
{
	memset(sub, 0, sizeof(Aff) * K_MAX_DIMS);
	for (int d = 0; d < b->o; d++)
		sub[d].c[d] = 1;
	sub[b->o] = *i;
	sub[b->o + 1] = *k;
	sub[b->o + 2] = *j;
}

/* A barrier of the block's threads (a store into "bar") at the end of "seq". */
static void barrier(Bld *b, LoopNode *seq, Buffer *bar)
{
	Stmt *s = stmt(b, ST_ASSIGN, NULL);

	s->store = scoped_acc(b, bar, NULL, 0, 0);
	s->value = k_const(b->p, 0.0f);
	k_append(b->p, seq, k_leaf(b->p, s));
}

/*
 * The cooperative copy of a tile of operand "src" into "buf" (offsets
 * "in" over gk, ty, tx, cp), each thread 4 elements, guarded by "cons";
 * "sub": the matmul's dims over the new ones.  -1: "src" cannot be moved.
 */
static int copy_nest(Bld *b, LoopNode *seq, Buffer *buf, const int64_t *in, const Access *src,
                     const Aff *sub, const char *cons, int th, int cpn)
{
	Stmt *s = stmt(b, ST_ASSIGN, cons);

	s->store = scoped_acc(b, buf, in, 4, 0);
	s->value = k_load(b->p, *src);
	k_append(b->p, seq, loop(b, "ty", th, loop(b, "tx", th, loop(b, "cp", cpn, k_leaf(b->p, s)))));
	return sub_access(src, sub, b->o + 3, &s->value->acc);
}

/*
 * Rewrite "k" (a matmul, see the top of the file) into the staged form
 * and return the schedule text that binds it, or NULL (k unchanged).
 */
const char *sch_gpu_stage(Program *p, Kernel *k, int drop_barrier)
{
	return sch_gpu_stage_p(p, k, NULL, drop_barrier);
}

const char *sch_gpu_stage_p(Program *p, Kernel *k, const SchGpuStage *sts, int drop_barrier)
{
	static const SchGpuStage def = {SCH_GPU_STAGE_M, SCH_GPU_STAGE_N, SCH_GPU_STAGE_K};
	const SchGpuStage *st = sts ? sts : &def;
	/* tile rows, columns, k step = threads per axis, register tile, As row length */
	const int ST_M = st->m, ST_N = st->n, ST_K = st->k, ST_TH = st->k;
	const int ST_RM = st->m / st->k, ST_RN = st->n / st->k, ST_APAD = st->k + 1;
	Mm mm;
	Bld b = {p, k, &mm, 0, {0}};
	int o, bad = 0, has_n, big = 0, fused;
	int64_t gi, gj, gk, blocks = 1;
	Buffer *as, *bs, *cs, *acc, *bar;
	LoopNode *top, *body, *kseq, *root;
	Stmt *s;
	Aff sub[K_MAX_DIMS], ai, ak, aj;
	char cons[256];
	static const char *const names[] = {"gi", "gj", "gk", "ty", "tx", "cp", "kk", "ri", "rj"};

	if (!sch_gpu_stage_valid(st) || !k->root || k->n_params || !match(k, &mm))
		return NULL;
	o = b.o = mm.n_outer;
	for (int d = 0; d < o; d++)   /* one block axis for them: else a serial loop */
		big += mm.outer[d]->extent != 1;   /* around the whole block (ptxas spilled) */
	/*
	 * Two (a batched matmul: the attention's batch and head) only with
	 * tiles asked for (a record, the tuner), fused onto blockIdx.z: the
	 * default keeps the generic template for them (docs/cuda.md).
	 */
	fused = big == 2 && o == 2 && sts && mm.outer[1]->extent != IR_DIM_N;
	if (big > 1 && !fused)
		return NULL;
	for (int d = 0; d < o; d++)
		for (size_t q = 0; q < sizeof(names) / sizeof(*names); q++)
			if (!strcmp(mm.outer[d]->iter, names[q]))
				return NULL;
	has_n = o && mm.outer[0]->extent == IR_DIM_N;
	gi = (mm.m + ST_M - 1) / ST_M;
	gj = (mm.n + ST_N - 1) / ST_N;
	gk = (mm.kk + ST_K - 1) / ST_K;
	b.blk[o + 1] = 1;
	b.blk[o] = gj;
	blocks = gi * gj;
	for (int d = o - 1; d >= 0; d--) {
		b.blk[d] = blocks;
		if (mm.outer[d]->extent != IR_DIM_N)
			blocks *= mm.outer[d]->extent;
	}
	as = scoped(p, k, "As", BUF_SHARED, pow2_ceil((int64_t)ST_M * ST_APAD), 0, blocks, has_n);
	bs = scoped(p, k, "Bs", BUF_SHARED, pow2_ceil((int64_t)ST_K * ST_N), 0, blocks, has_n);
	cs = scoped(p, k, "Cs", BUF_SHARED, pow2_ceil((int64_t)ST_M * ST_N), 0, blocks, has_n);
	acc = scoped(p, k, "acc", BUF_LOCAL, pow2_ceil((int64_t)ST_M * ST_N), ST_RM * ST_RN, blocks,
	             has_n);
	bar = scoped(p, k, "sync", BUF_BARRIER, 1, 0, blocks, has_n);

	Stmt **old_stmts = k->stmts;
	int old_n = k->n_stmts, old_cap = k->cap_stmts;
	LoopNode *old_root = k->root;   /* the caller restores them if the schedule is refused */
	k->stmts = NULL;
	k->n_stmts = k->cap_stmts = 0;

	/* init: acc = 0 (dims: ..., ty, tx, ri, rj) */
	s = stmt(&b, ST_ASSIGN, NULL);
	const int64_t acc_ty = (int64_t)ST_TH * ST_RM * ST_RN, acc_tx = ST_RM * ST_RN;
	s->store = scoped_acc(&b, acc, (int64_t[]){acc_ty, acc_tx, ST_RN, 1}, 4, 0);
	s->value = k_const(p, 0.0f);
	body = loop(&b, "ty", ST_TH, loop(&b, "tx", ST_TH, loop(&b, "ri", ST_RM,
	            loop(&b, "rj", ST_RN, k_leaf(p, s)))));
	top = k_seq(p);
	k_append(p, top, body);

	/* the k stages (dims: ..., gk, ...) */
	kseq = k_seq(p);
	barrier(&b, kseq, bar);
	/* As[(ty + Kcp) * (K+1) + tx] = A(i = M gi + ty + K cp, k = K gk + tx), cp < RM */
	snprintf(cons, sizeof(cons), "%d*gi + ty + %d*cp < %lld and %d*gk + tx < %lld", ST_M, ST_TH,
	         (long long)mm.m, ST_K, (long long)mm.kk);
	memset(&ai, 0, sizeof(ai)), memset(&ak, 0, sizeof(ak)), memset(&aj, 0, sizeof(aj));
	ai.c[o] = ST_M, ai.c[o + 3] = 1, ai.c[o + 5] = ST_TH;
	ak.c[o + 2] = ST_K, ak.c[o + 4] = 1;
	subst(&b, sub, &ai, &ak, &aj);
	bad |= copy_nest(&b, kseq, as, (int64_t[]){0, ST_APAD, 1, ST_TH * ST_APAD}, mm.a, sub, cons,
	                 ST_TH, ST_RM);
	/* Bs[ty * N + tx + K cp] = B(k = K gk + ty, j = N gj + tx + K cp), cp < RN */
	snprintf(cons, sizeof(cons), "%d*gk + ty < %lld and %d*gj + tx + %d*cp < %lld", ST_K,
	         (long long)mm.kk, ST_N, ST_TH, (long long)mm.n);
	memset(&ai, 0, sizeof(ai)), memset(&ak, 0, sizeof(ak)), memset(&aj, 0, sizeof(aj));
	ak.c[o + 2] = ST_K, ak.c[o + 3] = 1;
	aj.c[o + 1] = ST_N, aj.c[o + 4] = 1, aj.c[o + 5] = ST_TH;
	subst(&b, sub, &ai, &ak, &aj);
	bad |= copy_nest(&b, kseq, bs, (int64_t[]){0, ST_N, 1, ST_TH}, mm.b, sub, cons, ST_TH, ST_RN);
	if (!drop_barrier)
		barrier(&b, kseq, bar);
	/* acc[ty,tx,ri,rj] += As[(RM ty + ri) * (K+1) + kk] * Bs[kk * N + tx + K rj] (dims gk ty tx kk ri rj) */
	snprintf(cons, sizeof(cons), "%d*gk + kk < %lld", ST_K, (long long)mm.kk);
	s = stmt(&b, ST_ADD, cons);
	s->store = scoped_acc(&b, acc, (int64_t[]){0, acc_ty, acc_tx, 0, ST_RN, 1}, 6, 0);
	s->value = k_bin(p, EX_MUL,
	        k_load(p, scoped_acc(&b, as, (int64_t[]){0, ST_RM * ST_APAD, 0, 1, ST_APAD, 0}, 6, 0)),
	        k_load(p, scoped_acc(&b, bs, (int64_t[]){0, 0, 1, ST_N, 0, ST_TH}, 6, 0)));
	k_append(p, kseq, loop(&b, "ty", ST_TH, loop(&b, "tx", ST_TH, loop(&b, "kk", ST_K,
	         loop(&b, "ri", ST_RM, loop(&b, "rj", ST_RN, k_leaf(p, s)))))));
	k_append(p, top, loop(&b, "gk", gk, kseq));

	/* Cs[(RM ty + ri) * N + tx + K rj] = acc (dims ty tx ri rj) */
	s = stmt(&b, ST_ASSIGN, NULL);
	s->store = scoped_acc(&b, cs, (int64_t[]){ST_RM * ST_N, 1, ST_N, ST_TH}, 4, 0);
	s->value = k_load(p, scoped_acc(&b, acc, (int64_t[]){acc_ty, acc_tx, ST_RN, 1}, 4, 0));
	k_append(p, top, loop(&b, "ty", ST_TH, loop(&b, "tx", ST_TH, loop(&b, "ri", ST_RM,
	         loop(&b, "rj", ST_RN, k_leaf(p, s))))));

	/* C(i = M gi + RM ty + ri, j = N gj + tx + K rj) = Cs (+ X); the epilogue */
	snprintf(cons, sizeof(cons), "%d*gi + %d*ty + ri < %lld and %d*gj + tx + %d*rj < %lld",
	         ST_M, ST_RM, (long long)mm.m, ST_N, ST_TH, (long long)mm.n);
	memset(&ai, 0, sizeof(ai)), memset(&ak, 0, sizeof(ak)), memset(&aj, 0, sizeof(aj));
	ai.c[o] = ST_M, ai.c[o + 2] = ST_RM, ai.c[o + 4] = 1;
	aj.c[o + 1] = ST_N, aj.c[o + 3] = 1, aj.c[o + 5] = ST_TH;
	subst(&b, sub, &ai, &ak, &aj);
	s = stmt(&b, ST_ASSIGN, cons);
	if (sub_access(&mm.s0->store, sub, o + 3, &s->store))
		bad = 1;
	s->value = k_load(p, scoped_acc(&b, cs, (int64_t[]){ST_RM * ST_N, 1, ST_N, ST_TH}, 4, 0));
	if (mm.x)
		s->value = k_bin(p, EX_ADD, s->value, sub_expr(p, mm.x, sub, o + 3, &bad));
	LoopNode *eseq = k_seq(p);
	k_append(p, eseq, k_leaf(p, s));
	if (mm.epi) {
		Aff esub[K_MAX_DIMS];
		for (int e = 0; e < mm.epi->n_dims; e++)
			esub[e] = sub[mm.epi_map[e]];
		s = stmt(&b, ST_ASSIGN, cons);
		if (sub_access(&mm.epi->store, esub, mm.epi->n_dims, &s->store))
			bad = 1;
		s->value = sub_expr(p, mm.epi->value, esub, mm.epi->n_dims, &bad);
		k_append(p, eseq, k_leaf(p, s));
	}
	k_append(p, top, loop(&b, "ty", ST_TH, loop(&b, "tx", ST_TH, loop(&b, "ri", ST_RM,
	         loop(&b, "rj", ST_RN, eseq)))));

	root = loop(&b, "gi", gi, loop(&b, "gj", gj, top));
	for (int d = o - 1; d >= 0; d--)
		root = loop(&b, mm.outer[d]->iter, mm.outer[d]->extent, root);
	k->root = k_seq(p);
	k_append(p, k->root, root);
	{
		VitcErr err = {{0}};
		if (bad || k_kernel_finish(k, &err)) {
			k->stmts = old_stmts;
			k->n_stmts = old_n;
			k->cap_stmts = old_cap;
			k->root = old_root;
			return NULL;
		}
	}
	(void)old_stmts;
	/* outer loops: the last on blockIdx.z (both, fused), the others of one iteration */
	if (fused)
		return arena_printf(&p->arena, "fuse(%s,%s); bind(%s.%s,blockIdx.z); "
		                    "bind(gi,blockIdx.y); bind(gj,blockIdx.x); "
		                    "bind(ty,threadIdx.y); bind(tx,threadIdx.x)", mm.outer[0]->iter,
		                    mm.outer[1]->iter, mm.outer[0]->iter, mm.outer[1]->iter);
	return arena_printf(&p->arena, "%s%s%sbind(gi,blockIdx.y); bind(gj,blockIdx.x); "
	                    "bind(ty,threadIdx.y); bind(tx,threadIdx.x)",
	                    o ? "bind(" : "", o ? mm.outer[o - 1]->iter : "", o ? ",blockIdx.z); " : "");
}
