/*
 * lower/moe.c - the dispatch of a two-expert MoE (lower/moe.h): the route
 * pos[t] = cnt[e]++ (for GPU schedules a block-level scan), the
 * permutation perm[pos[t] + e*C0] = t (expert 0's tokens first, C0 =
 * cnt[0]), the gather xg[t] = x[perm[t]], and after the caller's experts
 * the scatter y[perm[t]] = yg[t] (for GPU schedules a gather).  All
 * buffers are sized for every token, so nothing is allocated per run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/moe.h"

/* pos, perm, count, xg, yg (the lowerings' former order: memory-plan ties), C0, conditions. */
void lw_moe_begin(Lower *l, MoeDispatch *d, DType rows)
{
	Arena *a = &l->p->arena;
	const Node *n = d->n;
	int64_t r1[2] = {d->NB, d->R}, two[1] = {2}, rk[3] = {d->NB, d->R, d->K};
	int64_t rm[3] = {d->NB, d->R, d->M};
	long long R = d->R;
	d->pos = lw_temp_dims(l, n, "pos", DT_I32, 2, r1);
	d->perm = lw_temp_dims(l, n, "perm", DT_I32, 2, r1);
	d->cnt = lw_temp_dims(l, n, "count", DT_I32, 1, two);
	d->xg = lw_temp_dims(l, n, "xg", rows, 3, rk);
	d->yg = lw_temp_dims(l, n, "yg", rows, 3, rm);
	d->c0 = (KParam){.name = "C0", .src = {.buf = d->cnt, .k = 0}};
	d->mult_rows = d->NB == IR_DIM_N ? arena_printf(a, "%lld*n + i < C0", R) : "i < C0";
	d->mult_epi_rows = d->NB == IR_DIM_N ? arena_printf(a, "%lld*en + ei < C0", R)
	                                     : "ei < C0";
	d->shift_rows = arena_printf(a, "%lld*n + i >= C0", R);
	d->shift_epi_rows = arena_printf(a, "%lld*en + ei >= C0", R);
	d->shift_pack_rows = arena_printf(a, "%lld*pn + pi >= C0", R);
}

/*
 * The expert (i32 0 or 1) of token tc[0]*d0 + tc[1]*d1 + tc[2]*d2 over a
 * statement's dims d0..d2: route[t], or logit1 > logit0 (ties: expert 0).
 */
static Expr *choice(Lower *l, const MoeDispatch *d, const int64_t tc[3])
{
	Program *p = l->p;
	if (d->route)
		return k_load(p, (Access){.buf = d->route, .c = {tc[0], tc[1], tc[2]}});
	Access l0 = {.buf = d->logits, .c = {2 * tc[0], 2 * tc[1], 2 * tc[2]}}, l1 = l0;
	l1.k = 1;
	return k_bin(p, EX_GT, k_load(p, l1), k_load(p, l0));
}

/*
 * The route as a sequential scan (CPU schedules): pos[t] = cnt[e]++ over
 * the tokens in order; with --expose-decisions the route as an output.
 */
static int route_scan(Lower *l, const MoeDispatch *d)
{
	Program *p = l->p;
	const Node *n = d->n;
	int64_t R = d->R, tc[3] = {R, 1, 0};
	Kernel *k = lw_kernel_part(l, n, "route");
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = d->cnt, .k = 0}, lw_ci32(l, 0));
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = d->cnt, .k = 1}, lw_ci32(l, 0));
	LoopNode *in = lw_loop(l, lw_loop(l, k->root, "n", d->NB), "i", R);
	LoopNode *seq = k_seq(p);
	k_append(p, in, seq);
	Access ce = {.buf = d->cnt, .ind = choice(l, d, tc), .ci = 1};
	lw_stmt(l, k, seq, ST_ASSIGN, NULL, (Access){.buf = d->pos, .c = {R, 1}}, k_load(p, ce));
	lw_stmt(l, k, seq, ST_ADD, NULL, ce, lw_ci32(l, 1));
	if (n->n_out > 1)  /* --expose-decisions: the route as an output */
		lw_stmt(l, k, seq, ST_ASSIGN, NULL, (Access){.buf = lw_buf(l, n->out[1]), .c = {R, 1}},
		        choice(l, d, tc));
	return k_kernel_finish(k, l->err);
}

/* Threads of the block: a power of two, at least 32, at most this. */
#define ROUTE_MAX_THREADS 256

/* Block memory "what" of kernel "k": "elems" (a power of two) elements of "dt". */
static Buffer *block_mem(Lower *l, Kernel *k, const char *what, BufKind kind, DType dt,
                         int64_t elems)
{
	Shape sh = {.rank = 1, .d = {elems}};
	Buffer *b = k_buffer_add(l->p, arena_printf(&l->p->arena, "%s.%s", k->name, what), kind,
	                         dt, &sh);

	b->block_elems = elems;
	return b;
}

/* A barrier of the block's threads at the end of "at". */
static void barrier(Lower *l, Kernel *k, LoopNode *at, Buffer *bar)
{
	lw_stmt(l, k, at, ST_ASSIGN, NULL, (Access){.buf = bar}, k_const(l->p, 0.0f));
}

/*
 * The route for GPU schedules: one block of B threads (a power of two:
 * 32 to 256 by the tokens, or a tuning record's, lw_gpu_threads) scans B tokens a
 * round (batch image n, chunk ic): the inclusive prefix sum of the flags e
 * of its chunk in shared memory (Hillis-Steele: log2 B steps of
 * "tmp[tx] = s[tx - o]; s[tx] += tmp[tx]", each part between barriers),
 * then every token's slot among the tokens of its expert so far:
 *
 *   pos = e ? ones + s[tx] - 1 : zeros + tx - s[tx]
 *
 * where "ones" and "zeros" (shared) count the tokens of the rounds
 * before, which thread 0 then adds the chunk's counts to.  The result is
 * the CPU scan's, token by token (pos, and the counts C0 and C1 at the
 * end).  The schedule binds every "tx" loop to threadIdx.x; the isl check
 * of that schedule (sched/gpu.c) proves that barriers separate every
 * dependence between threads.  Each "tx" loop is a new loop at the end of
 * "round" (bound to threadIdx.x).
 */
static int route_gpu(Lower *l, const MoeDispatch *d)
{
	Program *p = l->p;
	const Node *n = d->n;
	int64_t NB = d->NB, R = d->R;
	Kernel *k = lw_kernel_part(l, n, "route");
	int64_t B = 32;
	while (B < R && B < ROUTE_MAX_THREADS)
		B *= 2;
	B = lw_gpu_threads(l, k->name, B);   /* a tuning record's (a power of two) */
	Buffer *s = block_mem(l, k, "scan", BUF_SHARED, DT_I32, B);
	Buffer *tmp = block_mem(l, k, "scan_tmp", BUF_SHARED, DT_I32, B);
	Buffer *tot = block_mem(l, k, "counts", BUF_SHARED, DT_I32, 2);
	Buffer *bar = block_mem(l, k, "sync", BUF_BARRIER, DT_F32, 1);
	const char *valid = arena_printf(&p->arena, "%lld*ic + tx < %lld", (long long)B,
	                                 (long long)R);
	/*
	 * Tests only (tests/gpu_emulate.sh): VITC_GPU_STAGE_TEST=no-scan-barrier
	 * leaves out the barrier between a step's reads and its adds, unchecked
	 * (sch_gpu_check): the emulation must catch the wrong scan;
	 * "no-scan-barrier-checked" leaves it out with the check on, which must
	 * refuse the kernel.
	 */
	const char *test = getenv("VITC_GPU_STAGE_TEST");
	int drop = test && !strncmp(test, "no-scan-barrier", 15);

	/* zeros = ones = 0 (thread 0) */
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = tot, .k = 0}, lw_ci32(l, 0));
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = tot, .k = 1}, lw_ci32(l, 0));
	LoopNode *round = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, k->root, "n", NB), "ic", (R + B - 1) / B), round);

	/* dims (n, ic, tx): token i = B ic + tx of image n */
	Access sa = {.buf = s, .c = {0, 0, 1}};
	Expr *e = choice(l, d, (int64_t[3]){R, B, 1});
	lw_stmt(l, k, lw_loop(l, round, "tx", B), ST_ASSIGN, NULL, sa, lw_ci32(l, 0));
	lw_stmt(l, k, lw_loop(l, round, "tx", B), ST_ASSIGN, valid, sa, e);
	barrier(l, k, round, bar);
	for (int64_t o = 1; o < B; o *= 2) {
		const char *c = arena_printf(&p->arena, "tx >= %lld", (long long)o);
		Access ta = {.buf = tmp, .c = {0, 0, 1}}, so = sa;
		so.k = -o;
		lw_stmt(l, k, lw_loop(l, round, "tx", B), ST_ASSIGN, c, ta, k_load(p, so));
		if (!drop)
			barrier(l, k, round, bar);
		lw_stmt(l, k, lw_loop(l, round, "tx", B), ST_ADD, c, sa, k_load(p, ta));
		barrier(l, k, round, bar);
	}

	/* each token's slot; the route itself for --expose-decisions */
	LoopNode *t = lw_loop(l, round, "tx", B);
	Expr *sx = k_load(p, sa), *ones = k_load(p, (Access){.buf = tot, .k = 1});
	Expr *zeros = k_load(p, (Access){.buf = tot, .k = 0}), *tx = k_iter(p, VT_I32, 2);
	lw_stmt(l, k, t, ST_ASSIGN, valid, (Access){.buf = d->pos, .c = {R, B, 1}},
	        k_select(p, e, k_bin(p, EX_SUB, k_bin(p, EX_ADD, ones, sx), lw_ci32(l, 1)),
	                 k_bin(p, EX_SUB, k_bin(p, EX_ADD, zeros, tx), sx)));
	if (n->n_out > 1)
		lw_stmt(l, k, t, ST_ASSIGN, valid,
		        (Access){.buf = lw_buf(l, n->out[1]), .c = {R, B, 1}}, e);
	barrier(l, k, round, bar);

	/* dims (n, ic), thread 0: the counts so far += the chunk's */
	Expr *last = k_load(p, (Access){.buf = s, .k = B - 1});
	Expr *in_chunk = k_bin(p, EX_MIN, lw_ci32(l, B),
	                       k_bin(p, EX_SUB, lw_ci32(l, R),
	                             k_bin(p, EX_MUL, k_iter(p, VT_I32, 1), lw_ci32(l, B))));
	lw_stmt(l, k, round, ST_ADD, NULL, (Access){.buf = tot, .k = 0},
	        k_bin(p, EX_SUB, in_chunk, last));
	lw_stmt(l, k, round, ST_ADD, NULL, (Access){.buf = tot, .k = 1}, last);
	barrier(l, k, round, bar);

	/* C0, C1 (thread 0) */
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = d->cnt, .k = 0},
	        k_load(p, (Access){.buf = tot, .k = 0}));
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = d->cnt, .k = 1},
	        k_load(p, (Access){.buf = tot, .k = 1}));
	lw_schedule(l, k, "bind(tx,threadIdx.x)");
	return k_kernel_finish(k, l->err);
}

/* The slot of token (dims n, i) among the gathered rows: pos[t] + e*C0. */
static Expr *slot(Lower *l, const MoeDispatch *d)
{
	Program *p = l->p;
	int64_t tc[3] = {d->R, 1, 0};
	return k_bin(p, EX_ADD, k_load(p, (Access){.buf = d->pos, .c = {d->R, 1}}),
	             k_bin(p, EX_MUL, choice(l, d, tc),
	                   k_load(p, (Access){.buf = d->cnt, .k = 0})));
}

/* The route, then perm[pos + e*C0] = t and xg[t] = x[perm[t]]. */
int lw_moe_dispatch(Lower *l, const MoeDispatch *d, Buffer *x)
{
	Program *p = l->p;
	const Node *n = d->n;
	int64_t NB = d->NB, R = d->R, K = d->K;
	if (l->tgt->gpu ? route_gpu(l, d) : route_scan(l, d))
		return -1;

	/*
	 * The permutation: perm[pos + e*C0] = t.  The store is marked a
	 * permutation (its instances write different elements), so the
	 * kernel has no dependences and maps to threads like a copy.
	 */
	Kernel *k = lw_kernel_part(l, n, "perm");
	LoopNode *in = lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R);
	Expr *t = k_bin(p, EX_ADD, k_bin(p, EX_MUL, k_iter(p, VT_I32, 0), lw_ci32(l, R)),
	                k_iter(p, VT_I32, 1));
	lw_stmt(l, k, in, ST_ASSIGN, NULL,
	        (Access){.buf = d->perm, .ind = slot(l, d), .ci = 1, .perm = 1}, t);
	if (k_kernel_finish(k, l->err))
		return -1;

	/* the gather: xg[t, :] = x[perm[t], :] */
	k = lw_kernel_part(l, n, "gather");
	in = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", NB), "i", R), "k", K);
	Access xa = {.buf = x, .c = {0, 0, 1}, .ind = k_load(p, (Access){.buf = d->perm, .c = {R, 1}}),
	             .ci = K};
	lw_stmt(l, k, in, ST_ASSIGN, NULL, (Access){.buf = d->xg, .c = {R * K, K, 1}}, k_load(p, xa));
	return k_kernel_finish(k, l->err);
}

/*
 * y[perm[t]] = yg[t] with the epilogue; for GPU schedules the gather y[t] =
 * yg[pos[t] + e*C0] (the slot perm maps back to t), which threads of
 * tokens can share out: an indirect store would depend on every other one.
 */
int lw_moe_scatter(Lower *l, const MoeDispatch *d)
{
	Program *p = l->p;
	int64_t R = d->R, M = d->M;
	Kernel *k = lw_kernel_part(l, d->n, "scatter");
	LoopNode *in = lw_loop(l, lw_loop(l, lw_loop(l, k->root, "n", d->NB), "i", R), "j", M);
	Access y = {.buf = lw_buf(l, lw_final_out(l, d->n)), .c = {R * M, M, 1}};
	Access yg = {.buf = d->yg, .c = {R * M, M, 1}};
	if (l->tgt->gpu)
		yg = (Access){.buf = d->yg, .c = {0, 0, 1}, .ind = slot(l, d), .ci = M};
	else
		y = (Access){.buf = y.buf, .c = {0, 0, 1}, .ci = M,
		             .ind = k_load(p, (Access){.buf = d->perm, .c = {R, 1}})};
	lw_stmt(l, k, in, ST_ASSIGN, NULL, y, lw_epilogue(l, d->n, k_load(p, yg), &y, 2));
	return k_kernel_finish(k, l->err);
}
