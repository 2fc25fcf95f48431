/*
 * lower/moe.h - the dispatch of ShiftAddViT's two-expert MoE (lower/moe.c),
 * shared by moe2_linear (lower/shiftadd.c, f32 rows) and qmoe2_linear
 * (lower/qmoe.c, i8 rows).  The caller lowers the router before
 * lw_moe_dispatch and the two experts before lw_moe_scatter.
 */
#ifndef VITC_LOWER_MOE_H
#define VITC_LOWER_MOE_H

#include "lower/lower.h"

typedef struct {
	const Node *n;          /* the MoE: its output and epilogue; out[1] the exposed route */
	int64_t NB, R, K, M;    /* rows [NB][R] (NB = N or 1) of K inputs, M outputs */
	Buffer *logits;         /* the choice, f32 [NB][R][2]: expert 1 iff logit1 > logit0 */
	Buffer *route;          /* or i32 [NB][R]: the expert, 0 or 1 */
	/* lw_moe_begin's: slots, permutation, counts [2], gathered rows and results */
	Buffer *pos, *perm, *cnt, *xg, *yg;
	KParam c0;              /* "C0" = cnt[0], the mult expert's rows, read at run time */
	/* isl conditions: each expert's rows over (n, i), and over its epilogue's (en, ei) */
	const char *mult_rows, *mult_epi_rows, *shift_rows, *shift_epi_rows;
	const char *shift_pack_rows;   /* the shift expert's rows over (pn, pi) */
} MoeDispatch;

/* The dispatch's buffers (xg, yg of element type "rows") and conditions. */
void lw_moe_begin(Lower *l, MoeDispatch *d, DType rows);
/* The route (a scan, or its GPU form), the permutation, the gather of x's rows into xg. */
int lw_moe_dispatch(Lower *l, const MoeDispatch *d, Buffer *x);
/* yg's rows back to the node's output in token order, with the node's epilogue. */
int lw_moe_scatter(Lower *l, const MoeDispatch *d);

#endif
