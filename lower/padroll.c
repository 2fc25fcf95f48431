/*
 * lower/padroll.c - pad (constant) and roll (cyclic shift), the data
 * movement of windowed attention (Swin's F.pad to a multiple of the window
 * and torch.roll for shifted windows).
 *
 * Both are piecewise copies without any modulo or condition in a
 * statement: the output is cut into boxes, per axis into at most three
 * ranges, and each box is one statement over its own extents that either
 * copies a box of the input (a constant offset on each side) or stores the
 * pad value.  roll by s along an axis of size n is the two ranges
 * out[s, n) = in[0, n - s) and out[0, s) = in[n - s, n); pad (b, e) is
 * b cells of the value, the input, e cells of the value.  Every output
 * element is written by exactly one statement, through lw_epilogue.
 */
#include <string.h>

#include "lower/lower.h"

/* One range of an axis: output start, input start (-1: the pad value), length. */
typedef struct {
	int64_t out, in, len;
} Range;

/*
 * Emit one statement per box of the cross product of each axis's ranges
 * (rng[a][0..nr[a])): out[off + i] = in[off' + i], or the value where any
 * axis's range is a pad range.  Boxes with an empty range are skipped.
 */
static int emit_boxes(Lower *l, const Node *n, Range rng[][3], const int *nr, float value)
{
	const Tensor *x = n->in[0], *y = n->out[0];
	int r = y->shape.rank, pos[IR_MAX_RANK], pick[IR_MAX_RANK] = {0};
	int64_t xs[IR_MAX_RANK], ys[IR_MAX_RANK];
	Kernel *k = lw_kernel(l, n);
	k->root = k_seq(l->p);
	lw_iota(pos, r, 0);
	k_buffer_strides(&(Buffer){.shape = x->shape}, xs);
	k_buffer_strides(&(Buffer){.shape = y->shape}, ys);
	for (;;) {
		Shape box = y->shape;
		int fill = 0, empty = 0;
		int64_t ko = 0, ki = 0;
		for (int a = 0; a < r; a++) {
			const Range *g = &rng[a][pick[a]];
			if (!ir_dim_is_batch(box.d[a])) {
				box.d[a] = g->len;
				empty |= g->len == 0;
			}
			fill |= g->in < 0;
			ko += g->out * ys[a];
			ki += (g->in < 0 ? 0 : g->in) * xs[a];
		}
		if (!empty) {
			LoopNode *in = lw_loops(l, k->root, &box, 0, r, NULL);
			Stmt *s = k_stmt_add(l->p, k, ST_ASSIGN);
			k_append(l->p, in, k_leaf(l->p, s));
			s->store = lw_access(l, lw_final_out(l, n), pos, r);
			s->store.k += ko;
			Expr *v;
			if (fill) {
				v = k_const(l->p, value);
			} else {
				Access src = {.buf = lw_buf(l, x), .k = ki};
				for (int a = 0; a < r; a++)
					src.c[a] = xs[a];
				v = k_load(l->p, src);
			}
			s->value = lw_epilogue(l, n, v, &s->store, r - 1);
		}
		int a = r - 1;
		while (a >= 0 && ++pick[a] == nr[a])
			pick[a--] = 0;
		if (a < 0)
			break;
	}
	lw_copy_schedule(l, k, &y->shape);
	return k_kernel_finish(k, l->err);
}

/* pad: per axis the ranges (before: value), (input), (after: value). */
int lw_pad(Lower *l, const Node *n)
{
	const Attr *pads = ir_node_attr(n, "pads");
	const Shape *x = &n->in[0]->shape;
	Range rng[IR_MAX_RANK][3];
	int nr[IR_MAX_RANK];
	for (int a = 0; a < x->rank; a++) {
		int64_t b = pads->ints[2 * a], e = pads->ints[2 * a + 1], d = x->d[a];
		if (ir_dim_is_batch(d)) { /* never padded (shape inference) */
			rng[a][0] = (Range){0, 0, 0};
			nr[a] = 1;
			continue;
		}
		rng[a][0] = (Range){0, -1, b};
		rng[a][1] = (Range){b, 0, d};
		rng[a][2] = (Range){b + d, -1, e};
		nr[a] = 3;
	}
	return emit_boxes(l, n, rng, nr, (float)pass_attr_number(n, "value", 0));
}

/* roll: per rolled axis the two ranges of the cyclic shift, else the whole axis. */
int lw_roll(Lower *l, const Node *n)
{
	const Attr *axes = ir_node_attr(n, "axes"), *shifts = ir_node_attr(n, "shifts");
	const Shape *x = &n->in[0]->shape;
	Range rng[IR_MAX_RANK][3];
	int nr[IR_MAX_RANK];
	for (int a = 0; a < x->rank; a++) {
		rng[a][0] = (Range){0, 0, ir_dim_is_batch(x->d[a]) ? 0 : x->d[a]};
		nr[a] = 1;
	}
	for (int i = 0; i < axes->n; i++) {
		int a = (int)(axes->ints[i] < 0 ? axes->ints[i] + x->rank : axes->ints[i]);
		int64_t d = x->d[a], s = shifts->ints[i] % d;
		if (s < 0)
			s += d;
		if (s == 0)
			continue;
		rng[a][0] = (Range){s, 0, d - s};
		rng[a][1] = (Range){0, d - s, s};
		nr[a] = 2;
	}
	return emit_boxes(l, n, rng, nr, 0);
}
