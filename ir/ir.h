/*
 * ir.h - vitc graph IR: tensors, nodes, graphs, and the readers/printer that
 * produce and show them.  Everything a graph owns lives in its arena and is
 * freed by ir_graph_free().  Library code reports errors through VitcErr and
 * never exits.
 */
#ifndef VITC_IR_H
#define VITC_IR_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ir/util.h"

/* Element types: see ir/dtypes.h and docs/graph-format.md. */
typedef enum {
#define DT(e, name, st, bits) DT_##e,
#include "ir/dtypes.h"
#undef DT
	DT_COUNT
} DType;

/* Op kinds: see ir/ops.h. */
typedef enum {
#define OP(e, name, lo, hi) OP_##e,
#include "ir/ops.h"
#undef OP
	OP_COUNT
} OpKind;

#define IR_MAX_RANK 8
/* Dimensions and element counts stay below 2^40 (docs/graph-format.md). */
#define IR_MAX_DIM ((int64_t)1 << 40)
/*
 * The dynamic batch dimension inside a Shape or a shape attribute: "N*k"
 * (the batch size times a fixed k >= 1, as when the batch is flattened into
 * another axis) is stored as -(k + 1); "N" is N*1, IR_DIM_N.  Every value
 * <= IR_DIM_N is a batch dimension.  From pass_batch_split on, only N*1
 * remains.
 */
#define IR_DIM_N (-2)
#define IR_DIM_NK(k) (-(int64_t)(k) - 1)
static inline int ir_dim_is_batch(int64_t d) { return d <= IR_DIM_N; }
/* k of a batch dimension N*k (IR_MAX_DIM, out of range, for values below N*(2^40)). */
static inline int64_t ir_dim_batch_factor(int64_t d)
{
	return d >= -IR_MAX_DIM - 1 ? -d - 1 : IR_MAX_DIM;
}

typedef struct {
	int rank;
	int64_t d[IR_MAX_RANK]; /* >= 0, or N*k: IR_DIM_NK(k) */
} Shape;

typedef enum {
	TK_INPUT,  /* graph input, fed at run time */
	TK_WEIGHT, /* stored in the safetensors file */
	TK_VALUE,  /* produced by a node */
} TensorKind;

typedef enum {
	ROLE_PARAMETER,
	ROLE_BUFFER,
	ROLE_CONSTANT,
} WeightRole;

typedef struct Node Node;

typedef struct Tensor {
	const char *name;
	TensorKind kind;
	DType dtype;
	Shape shape;
	int id;           /* index into Graph.tensors */
	Node *producer;   /* TK_VALUE only */
	WeightRole role;  /* TK_WEIGHT only */
	const void *data; /* TK_WEIGHT: bytes inside the mapped weights file */
	size_t nbytes;
	/*
	 * TK_VALUE: dtype and shape hold a result (set by pass_infer_shapes or
	 * by the pass that made the tensor).  Inputs and weights are always known.
	 */
	int shape_known;
} Tensor;

typedef enum {
	ATTR_INT,
	ATTR_FLOAT,
	ATTR_STRING,
	ATTR_INTS,   /* may contain N*k (IR_DIM_NK) for shape-valued attributes */
	ATTR_FLOATS,
} AttrKind;

typedef struct {
	const char *name;
	AttrKind kind;
	int64_t i;
	double f;
	const char *s;
	int n;           /* ATTR_INTS / ATTR_FLOATS */
	int64_t *ints;
	double *floats;
} Attr;

struct Node {
	const char *name;
	OpKind op;
	int id;          /* position in Graph.nodes */
	int n_in, n_out, n_attr;
	Tensor **in;     /* an absent optional input is NULL */
	Tensor **out;
	Attr *attrs;
};

typedef struct {
	void *base;      /* mmap of the whole file */
	size_t size;
	const char *path;
} MappedFile;

typedef struct Graph {
	Arena arena;
	const char *path;         /* graph JSON path, for messages */
	const char *weights_path; /* resolved safetensors path or NULL */
	const char *weights_name; /* weights_file as written in the JSON, or NULL */
	const char *producer;
	int version;
	Tensor **tensors;
	int n_tensors, cap_tensors;
	Node **nodes;
	int n_nodes, cap_nodes;
	Tensor **inputs;
	int n_inputs;
	Tensor **outputs;
	int n_outputs;
	MappedFile weights_file;
	int n_extra_weights;      /* safetensors entries the graph does not use */
} Graph;

/* ir/dtype.c */
const char *ir_dtype_name(DType t);
const char *ir_dtype_storage_name(DType t);
int ir_dtype_bits(DType t);
int ir_dtype_from_name(const char *name, DType *out);
int ir_dtype_from_storage_name(const char *name, DType *out);
int ir_dtype_is_subbyte(DType t);

/* ir/graph.c */
const char *ir_op_name(OpKind op);
int ir_op_from_name(const char *name, OpKind *out);
int ir_op_min_inputs(OpKind op);
int ir_op_max_inputs(OpKind op);
/* 1 for the one-input elementwise ops (gelu, relu, tanh, erf, sigmoid, ...). */
int ir_op_is_unary(OpKind op);
Graph *ir_graph_new(const char *path);
void ir_graph_free(Graph *g);
Tensor *ir_graph_find_tensor(const Graph *g, const char *name);
Tensor *ir_graph_add_tensor(Graph *g, const char *name, TensorKind kind,
                            DType dt, const Shape *shape);
Node *ir_graph_add_node(Graph *g, const char *name, OpKind op, int n_in,
                        int n_out, int n_attr);
const Attr *ir_node_attr(const Node *n, const char *name);
int ir_shape_numel(const Shape *s, int64_t batch, int64_t *out);
int ir_shape_bytes(const Shape *s, DType dt, int64_t batch, uint64_t *out);
int ir_shape_equal(const Shape *a, const Shape *b);
int ir_shape_format(const Shape *s, char *buf, size_t len);
/* One dimension as text: "N", "N*64" or the number; returns buf. */
const char *ir_dim_format(int64_t d, char *buf, size_t len);
/*
 * Parse a batch dimension string "N" or "N*k" (k a positive integer below
 * 2^40) into *out; NULL on success, else what is wrong (static text).
 */
const char *ir_dim_parse_batch(const char *s, int64_t *out);

/* ir/json_read.c: read and validate a graph JSON; NULL on error. */
Graph *ir_graph_read_json(const char *path, VitcErr *err);
/* Offset of a "\u0000" escape or raw control byte inside a JSON string, or (size_t)-1. */
size_t ir_json_check_strings(const char *text, size_t len);

/* ir/safetensors.c */
typedef struct {
	const char *name;
	DType storage;    /* as stored (F32, I8, U8, ...) */
	Shape shape;
	uint64_t begin, end; /* offsets relative to the data section */
} StEntry;

typedef struct {
	MappedFile file;
	const uint8_t *data;  /* first data byte */
	uint64_t data_size;
	StEntry *entries;
	int n_entries;
} StFile;

int ir_st_open(const char *path, StFile *st, VitcErr *err);
/* One tensor to write: storage dtype, stored shape, its bytes. */
typedef struct {
	const char *name;
	DType storage;
	Shape shape;
	const void *data;
	uint64_t nbytes;
} StWrite;
/* Write a safetensors file atomically (temporary file + rename). */
int ir_st_write(const char *path, const StWrite *t, int n, VitcErr *err);
void ir_st_close(StFile *st);
const StEntry *ir_st_find(const StFile *st, const char *name);
/* Bind every TK_WEIGHT of "g" to its bytes in "path" (or g->weights_path). */
int ir_graph_load_weights(Graph *g, const char *path, VitcErr *err);

/* ir/print.c: the stable text form used by IR dumps and --print-ir. */
void ir_graph_print(FILE *f, const Graph *g);

#endif
