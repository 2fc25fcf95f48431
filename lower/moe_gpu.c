/*
 * lower/moe_gpu.c - the MoE's route for GPU schedules (l->tgt->gpu): the
 * sequential scan of lw_moe2_linear (lower/shiftadd.c) as one block of B
 * threads that scans B tokens at a time.
 *
 * Each round (batch image n, chunk ic of B tokens) the block computes the
 * inclusive prefix sum of the routing flags e (logit1 > logit0) of its
 * chunk in shared memory (Hillis-Steele: log2 B steps of
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
 * dependence between threads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower.h"

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

/* A new loop "tx" of "B" iterations (bound to threadIdx.x) at the end of "at". */
static LoopNode *threads(Lower *l, LoopNode *at, int64_t B)
{
	return lw_loop(l, at, "tx", B);
}

int lw_moe2_route_gpu(Lower *l, const Node *n, Buffer *logits, Buffer *pos, Buffer *cnt,
                      int64_t NB, int64_t R)
{
	Program *p = l->p;
	Kernel *k = lw_kernel_part(l, n, "route");
	int64_t B = 32, CI;
	Buffer *s, *tmp, *tot, *bar;
	LoopNode *round;
	Expr *e, *sx, *ones, *zeros, *tx;
	const char *valid;

	while (B < R && B < ROUTE_MAX_THREADS)
		B *= 2;
	CI = (R + B - 1) / B;
	s = block_mem(l, k, "scan", BUF_SHARED, DT_I32, B);
	tmp = block_mem(l, k, "scan_tmp", BUF_SHARED, DT_I32, B);
	tot = block_mem(l, k, "counts", BUF_SHARED, DT_I32, 2);
	bar = block_mem(l, k, "sync", BUF_BARRIER, DT_F32, 1);
	valid = arena_printf(&p->arena, "%lld*ic + tx < %lld", (long long)B, (long long)R);
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
	round = k_seq(p);
	k_append(p, lw_loop(l, lw_loop(l, k->root, "n", NB), "ic", CI), round);

	/* dims (n, ic, tx): token i = B ic + tx of image n */
	Access l0 = {.buf = logits, .c = {R * 2, B * 2, 2}}, l1 = l0, sa = {.buf = s, .c = {0, 0, 1}};
	l1.k = 1;
	e = k_bin(p, EX_GT, k_load(p, l1), k_load(p, l0));
	lw_stmt(l, k, threads(l, round, B), ST_ASSIGN, NULL, sa, lw_ci32(l, 0));
	lw_stmt(l, k, threads(l, round, B), ST_ASSIGN, valid, sa, e);
	barrier(l, k, round, bar);
	for (int64_t o = 1; o < B; o *= 2) {
		const char *c = arena_printf(&p->arena, "tx >= %lld", (long long)o);
		Access ta = {.buf = tmp, .c = {0, 0, 1}}, so = sa;
		so.k = -o;
		lw_stmt(l, k, threads(l, round, B), ST_ASSIGN, c, ta, k_load(p, so));
		if (!drop)
			barrier(l, k, round, bar);
		lw_stmt(l, k, threads(l, round, B), ST_ADD, c, sa, k_load(p, ta));
		barrier(l, k, round, bar);
	}

	/* each token's slot; the route itself for --expose-decisions */
	LoopNode *t = threads(l, round, B);
	sx = k_load(p, sa);
	ones = k_load(p, (Access){.buf = tot, .k = 1});
	zeros = k_load(p, (Access){.buf = tot, .k = 0});
	tx = k_iter(p, VT_I32, 2);
	lw_stmt(l, k, t, ST_ASSIGN, valid, (Access){.buf = pos, .c = {R, B, 1}},
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
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = cnt, .k = 0},
	        k_load(p, (Access){.buf = tot, .k = 0}));
	lw_stmt(l, k, k->root, ST_ASSIGN, NULL, (Access){.buf = cnt, .k = 1},
	        k_load(p, (Access){.buf = tot, .k = 1}));
	lw_schedule(l, k, "bind(tx,threadIdx.x)");
	return k_kernel_finish(k, l->err);
}
