/*
 * quantize.h - what the parts of `vitc quantize` share (compiler/quantize.c:
 * the command, calibration and the integer parameters; quantize_graph.c:
 * the fused-attention split and the quantized graph and weights written as
 * JSON and safetensors).  docs/quantization.md.
 */
#ifndef VITC_COMPILER_QUANTIZE_H
#define VITC_COMPILER_QUANTIZE_H

#include <limits.h>
#include <stdint.h>

#include <cJSON.h>

#include "ir/ir.h"

#define MAX_KEEP 64

typedef struct {
	const char *model, *weights, *calib, *output, *observer, *scheme;
	const char *keep[MAX_KEEP];
	int n_keep;
	int calib_batch;            /* images per observer batch (0: the whole batch) */
	double bits_budget;         /* --scheme mixed: average weight bits (0: not given) */
	int no_measure;             /* --no-measure: keep shift linears' shift kernel untimed */
} QuantOptions;

/* What an integer node becomes. */
typedef enum {
	QN_LINEAR, QN_ADD, QN_LN, QN_ATTN, QN_GELU, QN_SHIFT, QN_MOE, QN_HAM,
	QN_CONV,                    /* a patch embedding conv2d: int8 patches and a qlinear */
	QN_ADDW,                    /* an add of a weight (position embedding): qadd */
	QN_MOVE,                    /* data movement on int8 (weights quantized at its exponent) */
	QN_DCONV,                   /* a token convolution (conv1d_tokens): qconv1d_tokens */
	QN_L2QKV                    /* matadd_ktv -> matadd_qkv -> l2norm_heads: qmatadd_l2norm
	                               (n is the l2norm_heads node, sub[] the two MatAdds) */
} QNKind;

/* One node to make integer. */
typedef struct {
	const Node *n;
	QNKind kind;
	int n_act;                  /* its activation inputs act[0 .. n_act-1] */
	const Tensor *act[2], *y;   /* and its output */
	const Tensor *scores;       /* QN_ATTN: q kT / sqrt(d) (n is "<a>.merged") */
	int64_t H;                  /* QN_ATTN, QN_HAM: heads */
	int32_t *tq;                /* QN_HAM: the softmax weight table [2 nbits + 1] */
	int64_t nbits;              /* QN_HAM: code bits */
	int64_t M, K;               /* QN_LINEAR, QN_SHIFT, QN_MOE: the weight's shape; QN_LN: K = C;
	                               QN_DCONV: groups, taps */
	int8_t *wq, *ew;            /* QN_GELU: wq is the table [256]; bits 4: wq packed */
	int bits;                   /* QN_LINEAR: weight bits, 8 or 4 */
	int8_t *wq4, *ew4;          /* QN_LINEAR, --scheme mixed: the 4-bit codes until chosen */
	double cost;                /* QN_LINEAR, --scheme mixed: relative error increase 8 -> 4 bits */
	int32_t *bq;                /* QN_LINEAR: the bias; QN_SHIFT: its Q16.16; QN_LN: b */
	int32_t *gq;                /* QN_LN: g */
	int8_t *rq, *rew;           /* QN_MOE: the router's codes [2][K] and exponents [2] */
	int32_t *rbq, *sbq;         /* QN_MOE: the router's bias [2], the shift expert's Q16.16 */
	int real;                   /* QN_SHIFT, QN_MOE's shift expert: 0 the shift kernel, 1 the
	                               int8 product, 2 int16 */
	char *real_why;             /* QN_SHIFT, QN_MOE: why (malloc'd) */
	int64_t eps_q;
	const Node *sub[2];         /* QN_L2QKV: matadd_ktv, matadd_qkv (absorbed) */
	int64_t l2a, l2b;           /* QN_L2QKV: the integer alpha, beta */
	int64_t kh, kw;             /* QN_CONV: the kernel (= the stride) */
	int w_idx, w_exp;           /* QN_ADDW: the weight operand's index and exponent */
	int8_t **cq;                /* QN_ADDW, QN_MOVE: the int8 codes of weight input i (or NULL) */
	const char **cq_name;       /* and their weights' names in the new graph (set when written) */
} QNode;

/*
 * One activation tensor on an integer edge: an input or the output of a
 * QNode.  Its int8 version "<name>.i8" is written by its producer when
 * that is a QNode, else by a quantize node; a QNode's output that a float
 * node or the graph's outputs read is dequantized back to its own name.
 */
typedef struct {
	const Tensor *t;
	int out;                    /* its index among the calibration model's outputs, -1: the input */
	int e;                      /* its exponent */
	int produced;               /* written by a QNode */
	int need_float;             /* produced, and read as f32 by a float node or an output */
	int emitted;                /* its quantize node is in the new graph */
	int pinned;                 /* its exponent imposed by an int8 concat (quantize_patch.c) */
	int ptf;                    /* per-channel exponents e + alpha[c] (read by a qlayernorm) */
	int8_t *alpha;              /* PTF offsets [C] */
	int64_t C;
	const int8_t *chain_alpha;  /* on a chain of int8 moves into a PTF concat: the concat's
	                               offsets, along axis chain_axis (quantize_patch.c) */
	int chain_axis;
	const float *v;             /* its values on the calibration batch */
	size_t nv;
} QTen;

typedef struct {
	QuantOptions o;
	Graph *g;
	cJSON *doc;                 /* the model's JSON */
	QNode *qn;
	int n_qn, n_lin, n_shift, n_moe;
	QTen *qt;
	int n_qt;
	const char **attn;          /* the fused attentions split for integer attention */
	int n_attn;
	char tmp_split[PATH_MAX + 32];
	char tmpdir[PATH_MAX];
	char tmp_json[PATH_MAX + 32], tmp_so[PATH_MAX + 32];
	float *calib_in;            /* a copy of the calibration batch (a linear may read it) */
	VitcErr err;
} Quant;

/* compiler/quantize.c */
int quant_keep_float(const QuantOptions *o, const char *name);
const QNode *quant_qnode_of(const Quant *q, const Node *n);
const QNode *quant_qnode_by_name(const Quant *q, const char *name);
QTen *quant_qten_of(const Quant *q, const Tensor *t);
const Node *quant_node_named(const Graph *g, const char *name);
/* The float nodes of a split attention <a> that its integer ops replace: <a> + suffix. */
extern const char *const quant_interior_sfx[];
int quant_interior_name(const Quant *q, const char *name);
int quant_f32_weight(const Tensor *t);
/* The QNKind node "n" can become, or -1. */
int quant_qkind(const Node *n);
/* The exponent of an integer-edge tensor (at channel c: its PTF offset added). */
int quant_exp_of(const Quant *q, const Tensor *t);
int quant_exp_at(const Quant *q, const Tensor *t, int64_t c);

/*
 * A self-attention to split into float ops and then make integer: a fused
 * attention node, or timm's unfused chain (compiler/quantize_attn.c).
 */
typedef struct {
	const char *name;           /* <a>: the split's nodes are <a>.in_proj, <a>.q, ... */
	const Tensor *x, *w_in, *b_in, *w_out, *b_out, *y;
	int64_t H;
	const Node *nodes[16];      /* unfused: the chain it replaces, qkv first, proj last */
	int n_nodes;
} QuantAttn;

/* compiler/quantize_attn.c: is "qkv" the qkv linear of timm's unfused attention ("s")? */
int quant_match_unfused(const Graph *g, const Node *qkv, QuantAttn *s);

/* compiler/quantize_shiftadd.c: a QN_SHIFT's checks and Q16.16 bias (into *bq) */
int quant_shift_params(Quant *q, QNode *l, const Tensor *b, int32_t **bq);
/* compiler/quantize_shiftadd.c: a QN_MOE's router, mult expert and shift expert */
int quant_moe_params(Quant *q, QNode *l);
/* compiler/quantize_shiftadd.c: each QN_SHIFT's and QN_MOE shift expert's realization,
   timed where more than one is exact */
int quant_choose_realizations(Quant *q);
/* compiler/quantize_shiftadd.c: a QN_DCONV's int8 taps and exponents per group, its bias */
int quant_dconv_params(Quant *q, QNode *l);
/* compiler/quantize_shiftadd.c: is l2norm_heads "n" the end of matadd_ktv -> matadd_qkv ->
   l2norm_heads on one f32 activation v, each intermediate read once? (*ktv, *qkv set) */
int quant_match_l2qkv(const Graph *g, const Node *n, const Node **ktv, const Node **qkv);
/* compiler/quantize_shiftadd.c: a QN_L2QKV's integer alpha, beta within the int64 bound */
int quant_l2qkv_params(Quant *q, QNode *l);
/* Is float node "name" absorbed into an integer node (a QN_L2QKV's MatAdds)? */
int quant_absorbed_name(const Quant *q, const char *name);
/* The graph attribute of realization "real" (QNode.real): "shift", "int8" or "int16". */
const char *quant_realization_name(int real);

/* compiler/quantize_patch.c: the patch embedding, the position embedding add and int8
   data movement (docs/quantization.md, "Patch embedding") */
/* Why conv2d "n" has no integer form (kernel = stride, ...), or NULL. */
const char *quant_conv_blocker(const Node *n);
/* The index of add "n"'s weight operand that qadd can take (broadcast along the batch), or -1. */
int quant_addw_weight(const Node *n);
/* Reshape, transpose, expand, concat, slice, select. */
int quant_is_move(const Node *n);
/* May data movement "n" run on int8 (every input a weight or an int8 tensor)? Marks the
   weight-only moves it reads as integer too. */
int quant_collect_move(Quant *q, const Node *n);
/* Before calibration: PTF offsets on the int8 concats whose moves can carry them back
   to their producers (and whose readers take them). */
void quant_ptf_concats(Quant *q);
/* After calibration: every tensor of a chain of int8 moves at one exponent (and a PTF
   concat's offsets, along the channel axis, on each). */
int quant_unify_moves(Quant *q);
/* A QN_CONV's weights (like a qlinear's, on the calibration images' patches), a QN_ADDW's
   or QN_MOVE's weight codes. */
int quant_patch_params(Quant *q, QNode *l);
/* The Gram matrix [K][K] of the patches of a QN_CONV's calibration input. */
double *quant_conv_gram(const Quant *q, const QNode *l);

/* compiler/quantize_graph.c */
/* Why fused attention "a" cannot become integer attention, or NULL. */
const char *quant_attn_blocker(const Quant *q, const Node *a);
/* Split the fused attentions that can become integer in q->doc; reload q->g. */
int quant_split_attentions(Quant *q);
/* q->doc edited into the quantized graph; its weights file named st_name. */
int quant_rewrite_doc(Quant *q, const char *st_name);
/* The safetensors file of the quantized graph's weights. */
int quant_write_weights(Quant *q, const char *path);

#endif
