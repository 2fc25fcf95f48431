/*
 * lower.h - lowering graph nodes to kernels (ir/kernel.h).  Shared by the
 * lower*.c files only; the rest of the compiler calls pass_lower().
 *
 * Conventions every lowering follows:
 *  - a tensor's element at index (i0..ir-1) lives at offset
 *    sum_d i_d * stride_d in its Buffer (row-major; N outermost);
 *  - the statement that writes a node's final value goes through
 *    lw_epilogue(), which applies the elementwise nodes fused into it;
 *  - the default schedule is set on each kernel (k->sched) as data.
 */
#ifndef VITC_LOWER_H
#define VITC_LOWER_H

#include "ir/kernel.h"
#include "passes/passes.h"

typedef struct LwView LwView;
typedef struct LwFill LwFill;

typedef struct {
	const Graph *g;
	Program *p;
	FusionPlan plan;
	Buffer **buf;       /* per tensor id */
	Node ***chain;      /* per producer node id: fused elementwise nodes, NULL-terminated */
	const double *bound; /* per tensor id: bound on |element| (pass_value_bounds) or NULL */
	Buffer **q16;       /* per tensor id: its Q16.16 copy once a shift linear made one */
	const SchTarget *tgt; /* what default schedules are built for (never NULL) */
	const char *bad_schedule; /* the first default schedule that did not parse */
	LwView **view;      /* per tensor id: where a folded copy's tensor lives (views.c), or NULL */
	char *folded;       /* per node id: a copy folded away (no kernel) */
	LwFill *fills;      /* weight re-layouts to do once lowering is done (linalg.c) */
	int n_fills, cap_fills;
	VitcErr *err;
} Lower;

/* The name of loop "i" over "sh": "n" for the batch, else "d<i>". */
const char *lw_dim_name(Lower *l, const Shape *sh, int i);
/* One-byte weights [M][K] re-laid out as [K][M] (i8 weights, u8 pot5 codes). */
Buffer *lw_weight_kp_bytes(Lower *l, const Tensor *w, int64_t M, int64_t K, DType dt);

/* The buffer that holds tensor "t". */
Buffer *lw_buf(Lower *l, const Tensor *t);
/*
 * lower/views.c: fold copies whose consumers can read through strides
 * (sets l->view and l->folded); where tensor "t" lives: buf[k + sum idx*st].
 */
void lw_plan_views(Lower *l);
void lw_tensor_layout(Lower *l, const Tensor *t, Buffer **buf, int64_t *k,
                      int64_t st[IR_MAX_RANK]);
/* Copy node "n"'s output as a view of its input laid out as (k, xs); -1: not a view. */
int lw_copy_layout(const Node *n, int64_t k, const int64_t *xs, int64_t *ok,
                   int64_t os[IR_MAX_RANK]);
/* The tensor a node finally writes: its own output or its last fused node's. */
const Tensor *lw_final_out(Lower *l, const Node *n);

/*
 * Access of tensor "t" inside a statement whose dims "pos[0..r-1]" index an
 * r-dimensional iteration space that "t" broadcasts to (NumPy alignment:
 * trailing dims match; size-1 dims of "t" get coefficient 0).
 */
Access lw_access(Lower *l, const Tensor *t, const int *pos, int r);
/* pos[i] = first + i, the common case. */
void lw_iota(int *pos, int r, int first);

/*
 * Apply the fused elementwise chain of node "n" to value "v", the element
 * of n's output at access "out" (other operands have the output's shape,
 * are 1-D along the last axis, whose statement dim is "last_pos", or hold
 * one element: pass_fuse_plan only fuses those).
 */
Expr *lw_epilogue(Lower *l, const Node *n, Expr *v, const Access *out,
                  int last_pos);
/* A unary or binary elementwise node applied to "a" (and "b"). */
Expr *lw_elementwise(Lower *l, const Node *n, Expr *a, Expr *b);

/* A fresh kernel named after node "n". */
Kernel *lw_kernel(Lower *l, const Node *n);
/* Loops over all dims of "sh" named prefix0, prefix1...; returns the innermost. */
LoopNode *lw_loops(Lower *l, LoopNode *parent, const Shape *sh, int from,
                   int to, const char *const *names);
/* Parse a default schedule into k->sched (an internal error aborts: it is our text). */
void lw_schedule(Lower *l, Kernel *k, const char *text);
/* Builders for hand-written loop nests (lower.c). */
LoopNode *lw_loop(Lower *l, LoopNode *parent, const char *name, int64_t ext);
Stmt *lw_stmt(Lower *l, Kernel *k, LoopNode *at, StmtKind kind, const char *cons,
              Access store, Expr *value);
Kernel *lw_kernel_part(Lower *l, const Node *n, const char *part);
/*
 * Threads per block of GPU form kernel "kernel" (norm_gpu.c, moe.c): a
 * tuning record's choice (SchTarget.forms), else "dflt", lowering's own.
 */
int64_t lw_gpu_threads(const Lower *l, const char *kernel, int64_t dflt);
Buffer *lw_temp_dims(Lower *l, const Node *n, const char *suffix, DType dt, int rank,
                     const int64_t *d);
Expr *lw_ci32(Lower *l, int64_t v);
/* "e" as type "t" (no conversion when it has that type already). */
Expr *lw_widen(Program *p, ValType t, Expr *e);
/* Statement constraint "c" and "rows_if" (the rows a nest computes), either NULL: the other. */
const char *lw_cons_and(Program *p, const char *c, const char *rows_if);
/* |a| of a float expression. */
Expr *lw_fabs(Lower *l, Expr *a);
/* max(m, FLT_MIN): a row's max |x| as a scale with a finite reciprocal. */
Expr *lw_row_scale(Lower *l, Expr *m);
/*
 * x / max(|x|_2, eps) of a row as x f / den (per-row f, den) from its max
 * |x| "m" and "ss" = sum (x / lw_row_scale(m))^2: see lower.c.
 */
void lw_l2_parts(Lower *l, Expr *m, Expr *ss, float eps, Expr **f, Expr **den);
LoopNode *lw_nhl(Lower *l, Kernel *k, int64_t NB, int64_t H, int64_t L);
/* A workspace tensor for an intermediate of a lowering. */
Buffer *lw_temp(Lower *l, const Node *n, const char *suffix, const Shape *sh);

/* The per-op lowerings (return -1 with l->err set on failure). */
int lw_elementwise_node(Lower *l, const Node *n);
int lw_copy_node(Lower *l, const Node *n);    /* reshape (copy case), transpose, expand, concat, slice, select */
int lw_linear(Lower *l, const Node *n);
int lw_matmul(Lower *l, const Node *n);
int lw_conv2d(Lower *l, const Node *n);
int lw_conv1d_tokens(Lower *l, const Node *n);
int lw_layer_norm(Lower *l, const Node *n);
/* layer_norm's rstd and its gamma/beta, shared with lw_layer_norm_gpu (lower/norm.c) */
Expr *lw_ln_rstd(Lower *l, Expr *ss, Expr *invc, Expr *es2, Expr *mc, float eps);
Expr *lw_ln_affine(Lower *l, Expr *y, const Tensor *gm, const Tensor *bt, Access ga);
int lw_softmax(Lower *l, const Node *n);
int lw_mean(Lower *l, const Node *n);      /* mean and max */
int lw_normalize(Lower *l, const Node *n);
int lw_gather(Lower *l, const Node *n);   /* lower/index.c */
int lw_unfold(Lower *l, const Node *n);
int lw_fold(Lower *l, const Node *n);
int lw_attention(Lower *l, const Node *n);
int lw_pad(Lower *l, const Node *n);          /* lower/padroll.c */
int lw_roll(Lower *l, const Node *n);
/* The default schedule of a copy nest over "sh" (lower/copy.c): the outer loop over threads when big. */
void lw_copy_schedule(Lower *l, Kernel *k, const Shape *sh);
void lw_copy_schedule_vector(Lower *l, Kernel *k, const Shape *sh);
/* lw_copy_schedule_vector, with a batch too small per image fused with the rows over threads. */
void lw_rows_schedule_vector(Lower *l, Kernel *k, const Shape *sh);
int lw_transpose_schedule(Lower *l, Kernel *k, const Shape *sh, const Access *a,
                          const char *const *names);

/*
 * The matmul core shared by linear, matmul, conv and attention:
 * out[b.., i, j] (+)= sum_k A(b.., i, k) * B(b.., k, j), with the
 * accesses given per statement dims.  See lower/linalg.c.
 */
typedef struct {
	const char *name;      /* kernel name */
	const Node *node;      /* for the epilogue (NULL: none) */
	int nb;                /* batch loops */
	int64_t bext[4];       /* their extents (IR_DIM_N allowed) */
	int64_t M, K, P;       /* i < M, k < K, j < P */
	/*
	 * > 0: B is packed in column panels of this width (lw_weight_panels): the
	 * column loop is two, jp < P / panel and j < panel, column jp * panel + j.
	 */
	int64_t panel;
	/* Element offsets as affine forms over dims (b0..b{nb-1}, i, k, j), or
	   (b0..b{nb-1}, i, k, jp, j) with panels. */
	Access a, b, out;
	Access bias;           /* bias[j] if bias.buf */
	float scale;           /* multiply the sum by this (1 = none) */
	const char *rows_if;   /* extra isl condition on the row loops "n", "i" (or NULL) */
	const char *epi_rows_if; /* the same over the epilogue's loops "en", "ei" */
	KParam param;          /* a run-time parameter the condition uses (name NULL: none) */
} MatmulSpec;

int lw_matmul_kernel(Lower *l, const MatmulSpec *ms);

/* Helpers of lower/linalg.c shared with lower/shiftadd.c. */
int lw_need_data(Lower *l, const Node *n, const Tensor *w);
/* Rows [r0, r0+m) of weight "w" ([rows][K] floats) as a [K][m] constant, "groups" panels. */
Buffer *lw_weight_kp(Lower *l, const Tensor *w, int64_t r0, int64_t m, int64_t K, int groups);
/* Rows [r0, r0+P) of weight "w" ([rows][K] floats) as [P/J][K][J] panels of J columns. */
Buffer *lw_weight_panels(Lower *l, const Tensor *w, int64_t r0, int64_t P, int64_t K, int64_t J);
/* Do the re-layouts lw_weight_kp/panels recorded, on the compile's threads; frees the list. */
void lw_weight_fill(Lower *l, int run);
/* "n" floats of weight "w" from element "off" as a 1-D constant view. */
Buffer *lw_weight_view(Lower *l, const Tensor *w, int64_t off, int64_t n);
/* Split an [..., K] shape into (batch N or 1, rows). */
void lw_rows_of(const Shape *s, int64_t *nbatch, int64_t *rows);
/*
 * y[r, j] = bias[j] + sum_k x[r, k] W[row0 + j, k] over the rows of a
 * [batch, rows, K] view (row strides x_rs / y_rs, offsets x_off / y_off),
 * with the epilogue of "epi".
 */
int lw_linear_rows(Lower *l, const Node *n, const char *name,
                   Buffer *x, int64_t x_rs, int64_t x_off,
                   const Tensor *w, const Tensor *bias, int64_t row0, int64_t P,
                   Buffer *y, int64_t y_rs, int64_t y_off,
                   int64_t nbatch, int64_t rows, int64_t K, const Node *epi);

/* lower/shiftadd.c */
/* The rows of an [..., K] tensor as (NB, R): NB = N or 1, row t = n*R + i. */
void lw_row_split(const Shape *s, int64_t *NB, int64_t *R);
/* A shift linear's nest (lw_shift_nest): Y = B + sum of shifted inputs, then out. */
typedef struct {
	const char *name;
	const Node *epi;        /* epilogue node (or NULL) */
	Buffer *xq;             /* i32 Q16.16 rows [NB][R][K] */
	Buffer *codes;          /* u8 [K][M] */
	Buffer *bq;             /* Q16.16 bias [M] (accumulator type) or NULL */
	Buffer *acc;            /* i64 or i32 accumulators [NB][R][M] */
	Access out;             /* final output over (en, ei, ej) */
	int requant;            /* 1: out is i8, requant(Y, rq_shift) (qshift_linear) */
	int64_t rq_shift;
	int64_t NB, R, K, M;
	const char *rows_if, *epi_rows_if;
	KParam param;
} ShiftNest;
int lw_shift_nest(Lower *l, const Node *n, const ShiftNest *sn);
/* i32 when no partial sum of a shift linear on inputs |x| <= bx can overflow, else i64. */
DType lw_shift_acc_type(double bx, const Tensor *w, const Tensor *b);
/* A shift linear's Q16.16 bias (f32 bias quantized, or an i32 one as is) as type dt. */
Buffer *lw_shift_bias(Lower *l, const Tensor *bias, int64_t M, DType dt);
/* The Q16.16 form of int8 rows at exponent ex (qshift_linear, qmoe2_linear). */
int lw_shift_input_i8(Lower *l, const Node *n, const char *part, Buffer *x, Buffer *xq,
                      int64_t NB, int64_t R, int64_t K, int64_t ex, const char *rows_if,
                      const KParam *param);
/*
 * A qshift_linear realized as one int8 or int16 product (lw_qshift_mul):
 * its input rows, weight, bias and output, and for a MoE's shift expert
 * the rows it owns (conditions over the loops (n, i), the packing's (pn,
 * pi) and the epilogue's (en, ei), with the run-time parameter "param").
 */
typedef struct {
	const char *name;       /* kernel part (NULL: the node's own) */
	const char *what;       /* for errors: "realization" or "shift expert realization" */
	Buffer *x;              /* i8 rows [NB][R][K] */
	const Tensor *w, *b;    /* pot5 [M][K]; i32 Q16.16 bias [M] or NULL */
	Access out;             /* i8 [NB][R][M] over (en, ei, ej) */
	int64_t NB, R, K, M, ex, ey;
	const char *rows_if, *pack_rows_if, *epi_rows_if;
	KParam param;
} ShiftMul;
int lw_qshift_mul(Lower *l, const Node *n, const ShiftMul *sm, int bits);
/* A qshift_linear's or qmoe2_linear's attribute "realization": 0 shift, 8 or 16 bits. */
int lw_qshift_realization(const Node *n);
int lw_qmoe2_linear(Lower *l, const Node *n);
int lw_shift_linear(Lower *l, const Node *n);
int lw_qshift_linear(Lower *l, const Node *n);
int lw_ksh_hash(Lower *l, const Node *n);
int lw_binarize(Lower *l, const Node *n);
int lw_l2norm_heads(Lower *l, const Node *n);
int lw_hamming_attention(Lower *l, const Node *n);
int lw_moe2_linear(Lower *l, const Node *n);

/* lower/quant.c: quantize and dequantize (lw_quant_node), qlinear, qadd, qlayernorm */
int lw_quant_node(Lower *l, const Node *n);
int lw_qlinear(Lower *l, const Node *n);
int lw_qadd(Lower *l, const Node *n);
int lw_qlayer_norm(Lower *l, const Node *n);
int lw_qlut(Lower *l, const Node *n);
int lw_qhamming_attention(Lower *l, const Node *n);
/* lower/qlinang.c: the LinAngular attention's ops on int8 */
int lw_qconv1d_tokens(Lower *l, const Node *n);
int lw_qmatadd_l2norm(Lower *l, const Node *n);
/* int8 from i64 accumulator "a" and shift "sh" (i64): rounding right shift or left shift, saturated; i32. */
Expr *lw_requant_expr(Lower *l, Expr *a, Expr *sh);
Expr *lw_requant_i32(Lower *l, Expr *a, int64_t k, int64_t bound);
/*
 * lower/qdot.c: qlinear's main nest packed for the int8 dot-product
 * instructions: the lane format on this target (K_DOT_*) or -1, and the
 * nest (loops n, i, k, j accumulating into i32 "acc" [NB, R, M]).
 */
int lw_qdot_format(const Lower *l, int64_t K);
int lw_qdot_format_small(const Lower *l, int64_t K);   /* weights in [-8, 7]: K_DOT_P16 */
#define LW_QDOT_NIB 0x100   /* | a lane format: int4 weights kept as nibbles (lower/qdot.c) */
int64_t lw_qdot_ksteps(int fmt, int64_t K);             /* the nest's k extent */
int lw_qdot_temps(const Lower *l, int fmt, int64_t K);  /* SchMatmulShape.temps */
/*
 * The inputs of a packed nest given as buffers and data: x i8 [NB][R][K],
 * w [M][K] as int8 ("w"), or as int16 ("w16", only for K_DOT_S16), bias? [M].
 */
typedef struct {
	Buffer *x;
	const char *wname;
	const int8_t *w;
	const int16_t *w16;
	const void *bias;
	int64_t M, K;
	int panel;       /* > 0: weights in column panels of this width (loops n, i, k, jp, j) */
	const int32_t *shift;  /* or NULL: the requantization fused, into "out" (lw_qdot_nest) */
	Buffer *out;
	/* or NULL: the rows computed, over the nest's (n, i) and the packing's (pn, pi) */
	const char *rows_if, *pack_rows_if;
} QDotSrc;
void lw_qdot_nest_src(Lower *l, Kernel *k, const Node *n, const QDotSrc *s, int fmt, int64_t NB,
                      int64_t R, Buffer *acc);
int lw_qdot_panel(const Lower *l, int fmt, int64_t R, int64_t K, int64_t M);
void lw_qdot_nest(Lower *l, Kernel *k, const Node *n, const int8_t *wc, int fmt, int64_t NB,
                  int64_t R, Buffer *acc, const int32_t *shift, Buffer *out, int panel);
/*
 * lower/qdot_gpu.c: the integer dot products' GPU forms (one chain over k
 * per output element, the requantization fused into the last step).
 */
/* the partial sums' temporary: not the CPU forms' "acc" (the whole sum) */
#define LW_GPU_ACC "acc_partial"
typedef struct {
	Expr *(*product)(Lower *l, void *ctx, ValType acc_type);
	Expr *(*start)(Lower *l, void *ctx, ValType acc_type);   /* or NULL: 0 */
	void *ctx;
} LwGpuDotOps;
typedef struct {
	LoopNode *seq;     /* where the final statement goes */
	const char *cons;  /* its constraint: the last k */
	Expr *sum;         /* start + the whole sum */
} LwGpuDotEnd;
void lw_gpu_idot(Lower *l, Kernel *k, const char *const *names, const int64_t *ext, int nl,
                 const LwGpuDotOps *ops, Access acc, LwGpuDotEnd *end);
/* lower/linalg.c: a token convolution's tap load in its GPU nest (n, t, c, q) */
Access lw_conv1d_taps(Lower *l, const Tensor *w, int64_t Kq, int64_t Cg);
/* lower/quant.c: qlinear's weights for a plain nest (int4 unpacked in the kernel) */
Buffer *lw_qweight_kp(Lower *l, const Tensor *w, int64_t M, int64_t K);
Expr *lw_qweight_load(Lower *l, Buffer *wk, const Tensor *w, int64_t M);
void lw_qlinear_gpu(Lower *l, Kernel *k, const Node *n, int64_t NB, int64_t R,
                    const int32_t *shift, Buffer *out);
Expr *lw_requant32_chan(Lower *l, Expr *a, Expr *sh);
/* lower/qattn_gpu.c: qattn_scores and qattn_pv on the GPU */
int lw_qattn_scores_gpu(Lower *l, const Node *n);
int lw_qattn_pv_gpu(Lower *l, const Node *n);
/* lower/qattn.c: integer attention (qattn_scores, qsoftmax = Log-Int-Softmax, qattn_pv) */
int lw_qattn_scores(Lower *l, const Node *n);
int lw_qsoftmax(Lower *l, const Node *n);
int lw_qattn_pv(Lower *l, const Node *n);
/* The one error line for a requantization shift "k" of "n" outside PASS_QSHIFT_MIN..MAX. */
int lw_qattn_shift_err(Lower *l, const Node *n, int64_t k);

/* lower/matadd.c */
int lw_matadd_ktv(Lower *l, const Node *n);
int lw_matadd_qkv(Lower *l, const Node *n);

/*
 * Softmax along the last axis of "sh" of scale * in: rows of "in" to rows
 * of "out" (may be the same buffer), with the epilogue of node "epi" (or
 * none).  "scale" must be positive.
 */
int lw_softmax_rows(Lower *l, const char *name, Buffer *in, Buffer *out,
                    const Shape *sh, float scale, const Node *epi);
/*
 * lower/norm_gpu.c, for GPU schedules: softmax and layer_norm rows of
 * [nb][rows][C] with one block per row; only where lw_norm_gpu_ok (no
 * fused epilogue of "epi", which reads along the row with one dim).
 */
int lw_norm_gpu_ok(const Lower *l, const Node *epi, int64_t rows);
int lw_softmax_gpu(Lower *l, const char *name, Buffer *in, Buffer *out, int64_t nb,
                   int64_t rows, int64_t C, float scale);
int lw_layer_norm_gpu(Lower *l, const Node *n, int64_t nb, int64_t rows, int64_t C, float eps);
/* out[row] = sum of the C elements of row "row" of "in" (one block per row). */
int lw_row_sum_gpu(Lower *l, const char *name, const char *op, Buffer *in, Buffer *out,
                   int64_t nb, int64_t rows, int64_t C);

#endif
