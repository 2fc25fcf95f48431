/*
 * passes.h - graph passes, in pipeline order.  Each pass is one file and
 * takes a Graph; passes that can fail on user input return -1 with a
 * one-line message in "err" naming the file and node.
 */
#ifndef VITC_PASSES_H
#define VITC_PASSES_H

#include <stdint.h>

#include "ir/ir.h"
#include "sched/target.h"

/*
 * passes/verify.c: structural invariants, checked between passes.
 * Arity per op, required attributes and their kinds, absent inputs only
 * where the op allows them, tensor names unique, every node input defined
 * before use, graph outputs defined, weights bound to data (when loaded),
 * and the input dtypes of the ShiftAdd ops where known (pass_input_dtype).
 */
int pass_verify(const Graph *g, VitcErr *err);

/*
 * Fill "err" with "<g->path>: node '<name>' (<op>): <what>" and return -1:
 * the one message format every pass uses for a problem at a node.
 */
int pass_node_err(VitcErr *err, const Graph *g, const Node *n,
                  const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/*
 * Attribute access for nodes that passed pass_verify: an absent attribute
 * yields "dflt".  pass_attr_number accepts an int or a float attribute.
 * The defaults that docs/graph-format.md implies (pass_verify accepts their
 * absence, every consumer must use these values):
 *   conv2d: stride [1,1], padding [0,0], dilation [1,1], groups 1
 *   conv1d_tokens: padding 0          layer_norm: eps 1e-5, axes 1
 *   add/sub/mul/div: reverse 0        gelu: approximate "none"
 *   slice: step 1                     mean: keepdim 0
 *   l2norm_heads: eps 1e-12
 */
#define PASS_LAYER_NORM_EPS 1e-5
#define PASS_L2NORM_EPS 1e-12
int64_t pass_attr_int(const Node *n, const char *name, int64_t dflt);
double pass_attr_number(const Node *n, const char *name, double dflt);
const char *pass_attr_string(const Node *n, const char *name, const char *dflt);
/* A two-entry ints attribute (conv2d stride/padding/dilation), or {dflt, dflt}. */
void pass_attr_pair(const Node *n, const char *name, int64_t dflt, int64_t out[2]);
/*
 * The dtype input "i" of "op" must have: f32, except b1 codes (matadd_ktv,
 * matadd_qkv, hamming_attention) and pot5 shift weights (shift_linear w,
 * moe2_linear w1).  pass_is_shiftadd_op: the ops of graph-format.md's
 * "ShiftAdd ops" table.
 */
DType pass_input_dtype(OpKind op, int i);
int pass_is_shiftadd_op(OpKind op);

/*
 * passes/qops.c: quantize, dequantize, qlinear, qadd, qlayernorm (docs/quantization.md):
 * attributes, input dtypes and kinds (pass_verify calls pass_qop_verify),
 * output shape and dtype (pass_infer_shapes calls pass_qop_infer).
 * Exponent attributes lie in [PASS_QEXP_MIN, PASS_QEXP_MAX].
 */
#define PASS_QEXP_MIN (-64)
#define PASS_QEXP_MAX 63
/* Requantization shifts (right > 0, left <= 0) a kernel accepts. */
#define PASS_QSHIFT_MIN (-31)
#define PASS_QSHIFT_MAX 62
/* qhamming_attention: |v_exponent - out_exponent| at most this (the i64 quotient). */
#define PASS_QHAM_SHIFT_MAX 24
/* qmatadd_l2norm: |alpha_q|, |beta_q| at most this; out_exponent in -30..0. */
#define PASS_QL2_CONST_MAX (1 << 24)
/* Do qmatadd_l2norm's sums fit int64 (docs/quantization.md)? */
int pass_ql2norm_fits(int64_t A, int64_t B, int64_t nbits, int64_t S, int64_t d, int64_t eo);
/* qshift_linear: the largest input exponent (128 * 2^(ex + 16) must fit i32). */
#define PASS_QSHIFT_X_MAX 7
/*
 * qshift_linear's int8 and int16 forms (passes/qops.c): K' of one product
 * over x and its floored copies x >> cs[i] with weights of "bits" (8 or
 * 16) bits, equal to the shift accumulation, or -1 with *why; with "wq"
 * the weights [M][K'].
 */
int64_t pass_qshift_mul_plan(const uint8_t *codes, const void *bias, int64_t M, int64_t K,
                             int64_t ex, int bits, int *cs, int *n_cs, int16_t *wq,
                             const char **why);
/* qadd: the most two operand exponents may differ. */
#define PASS_QADD_ALIGN_MAX 31
/* PTF offsets (per-channel exponent = base + alpha) lie in 0..PASS_PTF_MAX. */
#define PASS_PTF_MAX 3
/* qlayernorm: fraction bits of g and b, most channels, largest eps_q. */
#define PASS_QLN_FRAC 16
#define PASS_QLN_C_MAX 4096
#define PASS_QLN_EPS_MAX ((int64_t)1 << 40)
int pass_is_quant_op(OpKind op);
DType pass_qop_input_dtype(OpKind op, int i);
int pass_qop_input_optional(OpKind op, int i);
int pass_qop_verify(const Graph *g, const Node *n, VitcErr *err);
int pass_qop_infer(const Graph *g, const Node *n, Shape *out, DType *dt, VitcErr *err);
int pass_qop_is_ptf(OpKind op, int i);
int pass_qop_dtype_ok(OpKind op, int i, DType dt);
int pass_qattn_log2_sqrt(int64_t d);
void pass_lis_consts(int64_t es, int64_t *x0, int64_t *b, int64_t *c);
int pass_lis_check(int64_t es, int64_t L);
/* qsoftmax (Log-Int-Softmax): FQ-ViT's i-exp with n = 30; codes 0..15, 16 = zero. */
#define PASS_LIS_N 30
#define PASS_LIS_ZERO 16
int pass_qadd_shifts(int64_t ea, int64_t eb, int64_t ey, int64_t *sa, int64_t *sb,
                     int64_t *k, const char **why);

/*
 * passes/potq.c: power-of-two int8 arithmetic for `vitc quantize`
 * (docs/quantization.md; python/vitc/quant.py is the same in NumPy).
 */
#define PASS_QEXP_ZERO_ROW (-7) /* the exponent of an all-zero weight row */
int8_t pass_potq_code(float x, int e);
int pass_potq_exponent(const float *v, size_t n, int *e, const char **why);
int pass_potq_observer(const char *name);
int pass_potq_observe(const float *v, size_t n, size_t blen, int ob, int *e, const char **why);
double *pass_potq_gram(const float *x, size_t rows, int64_t K);
int pass_potq_weight(const float *w, int64_t M, int64_t K, int bits, const double *G, int8_t *q,
                     int8_t *ew, double *err, int64_t *row, const char **why);
double pass_potq_energy(const float *w, int64_t M, int64_t K, const double *G);
void pass_potq_pack_i4(const int8_t *q, size_t n, uint8_t *out);
void pass_potq_mixed(int n, const double *cost, const int64_t *params, double budget, int *bits);
int32_t pass_potq_bias(float b, int ex, int ew);
void pass_potq_gelu_table(int ex, int ey, int tanh_form, int8_t *t);
void pass_potq_hamming_table(double scale, int64_t nbits, int32_t *t);
int pass_potq_ptf(const float *v, size_t rows, int64_t C, size_t blen, int ob, int *base,
                  int8_t *alpha, const char **why);
int64_t pass_potq_layernorm(const float *gamma, const float *beta, double eps, int64_t C,
                            int ex, int eo, int32_t *g, int32_t *b);

/*
 * passes/shapes.c: dtype and shape inference for every node output, in
 * node order, with the batch dimension N kept symbolic.  Errors name the
 * node and its op: "m.json: node 'blocks.0.attn' (attention): ...".
 */
int pass_infer_shapes(Graph *g, VitcErr *err);
/* (It runs pass_verify first and sets Tensor.shape_known on every output.) */

/*
 * passes/stats.c: the numbers `vitc inspect` prints (N = 1 for MACs).
 * MACs need inferred shapes; a node whose shapes are unknown counts zero.
 * Totals saturate at INT64_MAX instead of overflowing.
 */
typedef struct {
	int64_t n_params;          /* elements of weights with role parameter */
	uint64_t param_bytes;
	int64_t n_weights;         /* weight tensors of any role */
	uint64_t weight_bytes;
	int64_t nodes_per_op[OP_COUNT];
	int64_t macs_per_op[OP_COUNT];
	int64_t macs_total;
} GraphStats;

void pass_graph_stats(const Graph *g, GraphStats *st);

/*
 * passes/stats.c, the paper's accounting (docs/graph-format.md, "Operation
 * counts"): multiplications, additions, shifts and popcounts of each node
 * with N = 1, summed per layer.  A node's layer is its name up to the last
 * dot-separated component that ends in a digit, not counting the name's
 * own last component ("blocks.3.mlp.fc1" -> "blocks.3",
 * "encoder.layers.encoder_layer_3.mlp.0" -> "encoder.layers.encoder_layer_3");
 * nodes without one go to the layer "other", listed last.
 */
typedef struct {
	int64_t mults, adds, shifts, popcounts;
} OpCounts;

typedef struct {
	const char *name;   /* malloc'd */
	OpCounts c;
} LayerCounts;

typedef struct {
	LayerCounts *layers;  /* in order of first appearance, "other" last */
	int n_layers;
	OpCounts total;
} GraphCounts;

void pass_node_counts(const Node *n, OpCounts *c);
/* Length of the layer prefix of a node name; 0: the node is in "other". */
size_t pass_node_layer(const char *name);
void pass_graph_counts(const Graph *g, GraphCounts *gc);
void pass_graph_counts_free(GraphCounts *gc);

/*
 * passes/shift_convert.c: post-training conversion of the dense linears of
 * an fp32 model to shift_linear (`--shift-linear=mlp|attn|all`), weights
 * encoded by the DeepShift rule of ShiftLinear.from_linear into new pot5
 * weights "<name>.pot5" (docs/graph-format.md).  "mlp": linears inside MLP
 * blocks; "attn": attention projections, splitting fused `attention` nodes
 * into linear projections around a matmul/softmax core; "all": both and
 * every other linear except the head, patch embedding and routers.  Runs
 * shape inference before and after.  Returns the number of linears
 * converted, or -1 with a message (the graph may then be half converted:
 * free it).
 */
int pass_shift_convert(Graph *g, const char *which, VitcErr *err);
/* The pot5 byte of one float weight (from_linear's rule). */
uint8_t pass_pot5_encode(float w);

/*
 * passes/fuse.c: elementwise fusion plan.  An elementwise node whose input
 * comes from a single-use producer that can take an epilogue (linear,
 * matmul, attention, layer_norm, copies, other elementwise ops) is folded
 * into that producer: fused_into[e] = the producer's node id, and the
 * producer's kernel writes the fused node's output.  Graph outputs are
 * never folded away.
 */
typedef struct {
	int *fused_into;   /* per node id: producer id, or -1 */
	int *fused_slot;   /* per fused node: which input carries the producer's value */
	int *n_uses;       /* per tensor id: consumer count (+1 for graph outputs) */
} FusionPlan;

int pass_fuse_plan(const Graph *g, FusionPlan *plan, int enable);
void pass_fuse_plan_free(FusionPlan *plan);

/*
 * passes/expose.c: `--expose-decisions`: every ksh_hash/binarize code
 * tensor and a new "<node>.route" output of every moe2_linear become graph
 * outputs after the model's own, in node order.  Returns how many, or -1.
 */
int pass_expose_decisions(Graph *g, VitcErr *err);

/*
 * passes/batch_split.c: every batch dimension N*k (k > 1) becomes the two
 * axes N, k (same elements, one more axis), the nodes touching it
 * rewritten; run right before pass_batch_outer.  Returns 0 when nothing
 * needed it, 1 after a rewrite (shapes inferred again), -1 with a message
 * naming the node it cannot handle.
 */
int pass_batch_split(Graph *g, VitcErr *err);

/*
 * passes/batch_outer.c: "batch anywhere".  Intermediate tensors with the
 * batch dimension N at an inner axis are stored with N outermost (same
 * name, shape [N, rest]), and the nodes around them are rewritten for that
 * layout (axes, permutations, reshape targets; reshape nodes that view
 * broadcast operands).  Graph inputs and outputs must already have N
 * outermost.  Returns 0 when nothing needed it, 1 after a rewrite (shapes
 * inferred again), -1 with a message naming the node it cannot handle.
 */
int pass_batch_outer(Graph *g, VitcErr *err);

/*
 * conv_channels_last.c: a conv2d (depthwise or groups = 1) between two
 * transposes tokens -> channels -> tokens ([N,HW,C] -> [N,C,H,W] -> conv
 * -> [N,C',HW'] -> [N,HW',C'], PVTv2's Mix-FFN and spatial reduction)
 * runs on the tokens directly (layout="nhwc"); the transposes become
 * free reshapes.
 * Returns the number of convs rewritten.
 */
int pass_conv_channels_last(Graph *g);

/*
 * passes/matmul_scale.c: (x * s) @ transpose(k) -> x @ (transpose(k) * s)
 * for a scalar s (the attention scale), so the scaled operand's split is a
 * pure view.  Returns how many matmuls changed, or -1.
 */
int pass_matmul_scale(Graph *g, VitcErr *err);

/*
 * passes/graph_edit.c: edits shared by the rewriting passes.  The shape
 * without its leading 1s (shapes equal so broadcast alike); attribute
 * "name" of "n" (appended if absent, its kind set to "kind") and setters;
 * a name "<base>.<tag><k>" used by no tensor and no node; and order[0..n)
 * installed as the node list (nodes renumbered, shapes inferred again).
 */
Shape pass_shape_strip_ones(const Shape *s);
Attr *pass_attr_slot(Graph *g, Node *n, const char *name, AttrKind kind);
void pass_attr_set_int(Graph *g, Node *n, const char *name, int64_t v);
void pass_attr_set_string(Graph *g, Node *n, const char *name, const char *v);
void pass_attr_set_ints(Graph *g, Node *n, const char *name, const int64_t *d, int count);
const char *pass_fresh_name(Graph *g, const char *base, const char *tag);
/* How many node inputs and graph outputs use tensor "t". */
int pass_count_uses(const Graph *g, const Tensor *t);
int pass_graph_reorder(Graph *g, Node *const *order, int n, VitcErr *err);

/*
 * passes/bounds.c: per tensor id, an upper bound on |element| valid for any
 * graph input (+inf where none is known); free() the array.
 */
double *pass_value_bounds(const Graph *g);

/*
 * lower/lower.c (+ lower/linalg.c, lower/norm.c): one kernel or a few per
 * graph node, elementwise nodes folded per the fusion plan when "fuse".
 * "bounds" (pass_value_bounds, or NULL) lets shift linears use 32-bit
 * accumulators where the sum provably fits.  Default schedules come from
 * the templates of sched/target.h for "tgt" (NULL: sch_target_default).
 */
struct Program;
struct Program *pass_lower(const Graph *g, int fuse, const double *bounds,
                           const SchTarget *tgt, VitcErr *err);

/*
 * passes/memplan.c: a static memory plan.  Workspace buffers get offsets in
 * one arena, reusing memory of buffers whose live ranges (first to last
 * kernel touching them) do not overlap.  Batch-sized buffers live in a
 * region that scales with N, the others in a fixed region before it.
 */
void pass_memplan(struct Program *p);

#endif
