/*
 * ops.h - the graph op set, as an X-macro table (docs/graph-format.md).
 *
 * OP(enum suffix, JSON name, min inputs, max inputs)
 * Keep this order in sync with the op table in docs/graph-format.md.
 */
OP(CONV2D,        "conv2d",        2, 3)
OP(CONV1D_TOKENS, "conv1d_tokens", 2, 3)
OP(LINEAR,        "linear",        2, 3)
OP(MATMUL,        "matmul",        2, 2)
OP(ADD,           "add",           1, 2)
OP(SUB,           "sub",           1, 2)
OP(MUL,           "mul",           1, 2)
OP(DIV,           "div",           1, 2)
OP(LAYER_NORM,    "layer_norm",    1, 3)
OP(SOFTMAX,       "softmax",       1, 1)
OP(GELU,          "gelu",          1, 1)
OP(RELU,          "relu",          1, 1)
OP(TANH,          "tanh",          1, 1)
OP(ERF,           "erf",           1, 1)
OP(RESHAPE,       "reshape",       1, 1)
OP(TRANSPOSE,     "transpose",     1, 1)
OP(EXPAND,        "expand",        1, 1)
OP(CONCAT,        "concat",        1, 64)
OP(SLICE,         "slice",         1, 1)
OP(SELECT,        "select",        1, 1)
OP(MEAN,          "mean",          1, 1)
OP(ATTENTION,     "attention",     7, 7)
