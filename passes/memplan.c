/*
 * memplan.c - the static memory plan: one workspace arena per run, buffers
 * packed by liveness.
 *
 * A workspace buffer lives from the first to the last kernel that touches
 * it.  Buffers whose lives overlap get disjoint byte ranges; the others may
 * share.  Batch-sized buffers are planned in "bytes per image" and placed
 * in a region after the fixed one, so offset = ws_fixed + per_batch * N is
 * exact for every N.  Placement is greedy (largest first, lowest offset
 * that fits) and deterministic.
 */
#include <stdlib.h>
#include <string.h>

#include "ir/kernel.h"
#include "passes/passes.h"

typedef struct {
	Buffer *b;
	int first, last;
	uint64_t size, off;
} Interval;

static void touch_expr(Interval *iv, const Expr *e, int kernel);

static void touch(Interval *iv, const Access *a, int kernel)
{
	touch_expr(iv, a->ind, kernel);
	if (!a->buf || a->buf->kind != BUF_WORKSPACE)
		return;
	Interval *v = &iv[a->buf->id];
	if (v->first < 0 || kernel < v->first)
		v->first = kernel;
	if (kernel > v->last)
		v->last = kernel;
}

static void touch_expr(Interval *iv, const Expr *e, int kernel)
{
	if (!e)
		return;
	if (e->kind == EX_LOAD)
		touch(iv, &e->acc, kernel);
	touch_expr(iv, e->a, kernel);
	touch_expr(iv, e->b, kernel);
	touch_expr(iv, e->c, kernel);
}

static int by_size_desc(const void *x, const void *y)
{
	const Interval *a = *(Interval *const *)x, *b = *(Interval *const *)y;
	if (a->size != b->size)
		return a->size < b->size ? 1 : -1;
	return a->b->id - b->b->id;
}

/* Greedy first-fit of the intervals in "set"; returns the region size. */
static uint64_t place(Interval **set, int n)
{
	uint64_t top = 0;
	qsort(set, (size_t)n, sizeof(*set), by_size_desc);
	for (int i = 0; i < n; i++) {
		uint64_t off = 0;
		int moved = 1;
		while (moved) {
			moved = 0;
			for (int j = 0; j < i; j++) {
				Interval *o = set[j];
				int live = !(o->last < set[i]->first || set[i]->last < o->first);
				int overlap = off < o->off + o->size && o->off < off + set[i]->size;
				if (live && overlap) {
					off = (o->off + o->size + 63) & ~(uint64_t)63;
					moved = 1;
				}
			}
		}
		set[i]->off = off;
		if (off + set[i]->size > top)
			top = off + set[i]->size;
	}
	return (top + 63) & ~(uint64_t)63;
}

void pass_memplan(Program *p)
{
	Interval *iv = xcalloc((size_t)p->n_bufs + 1, sizeof(*iv));
	Interval **fixed = xcalloc((size_t)p->n_bufs + 1, sizeof(*fixed));
	Interval **batch = xcalloc((size_t)p->n_bufs + 1, sizeof(*batch));
	int nf = 0, nb = 0;

	for (int i = 0; i < p->n_bufs; i++) {
		iv[i].b = p->bufs[i];
		iv[i].first = -1;
		iv[i].last = -1;
	}
	for (int k = 0; k < p->n_kernels; k++)
		for (int i = 0; i < p->kernels[k]->n_params; i++)
			touch(iv, &p->kernels[k]->params[i].src, k);
	for (int k = 0; k < p->n_kernels; k++)
		for (int s = 0; s < p->kernels[k]->n_stmts; s++) {
			const Stmt *st = p->kernels[k]->stmts[s];
			touch(iv, &st->store, k);
			touch_expr(iv, st->value, k);
		}
	for (int i = 0; i < p->n_bufs; i++) {
		Buffer *b = p->bufs[i];
		uint64_t bytes;
		if (b->kind != BUF_WORKSPACE || iv[i].first < 0)
			continue;
		ir_shape_bytes(&b->shape, b->dtype, 1, &bytes);
		iv[i].size = (bytes + 63) & ~(uint64_t)63;
		if (b->shape.rank && b->shape.d[0] == IR_DIM_N)
			batch[nb++] = &iv[i];
		else
			fixed[nf++] = &iv[i];
	}
	p->ws_fixed = place(fixed, nf);
	p->ws_per_batch = place(batch, nb);
	for (int i = 0; i < nf; i++) {
		fixed[i]->b->ws_fixed = fixed[i]->off;
		fixed[i]->b->ws_per_batch = 0;
	}
	for (int i = 0; i < nb; i++) {
		batch[i]->b->ws_fixed = p->ws_fixed;
		batch[i]->b->ws_per_batch = batch[i]->off;
	}
	free(iv);
	free(fixed);
	free(batch);
}
