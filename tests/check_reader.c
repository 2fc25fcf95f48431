/*
 * check_reader.c - unit tests for the graph JSON reader (ir/json_read.c)
 * and the safetensors reader (ir/safetensors.c): good inputs build the
 * expected IR, bad inputs fail with one line naming what is wrong.
 */
#include <check.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "tests/testutil.h"

/* The JSON texts below use ' for " to stay readable; jq() swaps them. */
static char *jq(const char *s)
{
	char *r = xstrdup(s);
	for (char *p = r; *p; p++)
		if (*p == '\'')
			*p = '"';
	return r;
}

/* Replace the first "from" in "s" by "to" (malloc'd); "from" must occur. */
static char *subst(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	ck_assert_msg(p != NULL, "mutation source '%s' not in the base text", from);
	size_t a = (size_t)(p - s), fl = strlen(from), tl = strlen(to);
	char *r = xmalloc(strlen(s) - fl + tl + 1);
	memcpy(r, s, a);
	memcpy(r + a, to, tl);
	strcpy(r + a + tl, p + fl);
	return r;
}

/* printf into a malloc'd string. */
__attribute__((format(printf, 1, 2)))
static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	char *r = xmalloc((size_t)n + 1);
	va_start(ap, f);
	vsnprintf(r, (size_t)n + 1, f, ap);
	va_end(ap);
	return r;
}

/* One input, returned as the output: for testing names and shapes. */
static const char mini_graph[] =
	"{'format':'vitc-graph','version':1,'inputs':[{'name':'%s','dtype':'f32',"
	"'shape':[1]}],'outputs':['%s'],'weights':[],'nodes':[]}";

static const char base_graph[] =
	"{'format':'vitc-graph','version':1,'producer':'unit test',"
	"'weights_file':'w.safetensors',"
	"'inputs':[{'name':'x','dtype':'f32','shape':['N',4]}],"
	"'outputs':['y'],"
	"'weights':[{'name':'w','dtype':'f32','shape':[3,4],'role':'parameter'},"
	"{'name':'b','dtype':'f32','shape':[3],'role':'buffer'}],"
	"'nodes':[{'name':'fc','op':'linear','inputs':['x','w','b'],'outputs':['h']},"
	"{'name':'ln','op':'layer_norm','inputs':['h','',''],'outputs':['y'],"
	"'attrs':{'eps':1e-05,'axes':1}}]}";

/* Write the (quote-swapped) text to m.json and read it. */
static Graph *read_q(const char *qtext, VitcErr *err)
{
	char *t = jq(qtext);
	const char *p = tu_write_str("m.json", t);
	free(t);
	return ir_graph_read_json(p, err);
}

/* Reading must fail, on one line, with a message containing "want". */
#define EXPECT_FAIL(g, err, want)                                              \
	do {                                                                   \
		ck_assert_msg((g) == NULL, "expected failure with '%s'", want); \
		ck_assert_msg(strstr((err).msg, want) != NULL,                 \
		              "message '%s' lacks '%s'", (err).msg, want);     \
		ck_assert_msg(strchr((err).msg, '\n') == NULL, "two lines");   \
	} while (0)

static void expect_json_fail(const char *qtext, const char *want)
{
	VitcErr err = {{0}};
	Graph *g = read_q(qtext, &err);
	EXPECT_FAIL(g, err, want);
}

START_TEST(t_good_graph)
{
	VitcErr err = {{0}};
	Graph *g = read_q(base_graph, &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(g->version, 1);
	ck_assert_str_eq(g->producer, "unit test");
	ck_assert_str_eq(g->weights_path, tu_path("w.safetensors"));
	ck_assert_int_eq(g->n_tensors, 5);
	ck_assert_int_eq(g->n_inputs, 1);
	Tensor *x = g->inputs[0];
	ck_assert_str_eq(x->name, "x");
	ck_assert_int_eq(x->kind, TK_INPUT);
	ck_assert_int_eq(x->dtype, DT_F32);
	ck_assert_int_eq(x->shape.rank, 2);
	ck_assert_int_eq(x->shape.d[0], IR_DIM_N);
	ck_assert_int_eq(x->shape.d[1], 4);
	Tensor *w = ir_graph_find_tensor(g, "w"), *b = ir_graph_find_tensor(g, "b");
	ck_assert_int_eq(w->kind, TK_WEIGHT);
	ck_assert_int_eq(w->role, ROLE_PARAMETER);
	ck_assert_int_eq(b->role, ROLE_BUFFER);
	ck_assert_int_eq(w->shape.rank, 2);
	ck_assert_int_eq(w->shape.d[0], 3);
	ck_assert_ptr_null(w->data);
	ck_assert_int_eq(g->n_nodes, 2);
	Node *fc = g->nodes[0], *ln = g->nodes[1];
	ck_assert_str_eq(fc->name, "fc");
	ck_assert_int_eq(fc->op, OP_LINEAR);
	ck_assert_int_eq(fc->n_in, 3);
	ck_assert_ptr_eq(fc->in[0], x);
	ck_assert_ptr_eq(fc->in[1], w);
	ck_assert_ptr_eq(fc->in[2], b);
	ck_assert_int_eq(fc->n_out, 1);
	ck_assert_int_eq(fc->out[0]->kind, TK_VALUE);
	ck_assert_ptr_eq(fc->out[0]->producer, fc);
	ck_assert_int_eq(fc->out[0]->shape.rank, 0);
	ck_assert_int_eq(fc->out[0]->shape_known, 0);
	ck_assert_int_eq(x->shape_known, 1);
	ck_assert_int_eq(w->shape_known, 1);
	ck_assert_int_eq(ln->op, OP_LAYER_NORM);
	ck_assert_int_eq(ln->n_in, 3);
	ck_assert_ptr_eq(ln->in[0], fc->out[0]);
	ck_assert_ptr_null(ln->in[1]);
	ck_assert_ptr_null(ln->in[2]);
	const Attr *eps = ir_node_attr(ln, "eps"), *axes = ir_node_attr(ln, "axes");
	ck_assert_int_eq(eps->kind, ATTR_FLOAT);
	ck_assert_double_eq(eps->f, 1e-5);
	ck_assert_int_eq(axes->kind, ATTR_INT);
	ck_assert_int_eq(axes->i, 1);
	ck_assert_double_eq(axes->f, 1.0);
	ck_assert_int_eq(g->n_outputs, 1);
	ck_assert_ptr_eq(g->outputs[0], ln->out[0]);
	ck_assert_int_eq(fc->id, 0);
	ck_assert_int_eq(ln->id, 1);
	ir_graph_free(g);
}
END_TEST

START_TEST(t_attr_kinds)
{
	VitcErr err = {{0}};
	Graph *g = read_q("{'format':'vitc-graph','version':1,'inputs':[{'name':'x',"
	                  "'dtype':'f32','shape':['N',2,3]}],'outputs':['r'],'weights':[],"
	                  "'nodes':[{'name':'rs','op':'reshape','inputs':['x'],'outputs':['r'],"
	                  "'attrs':{'shape':['N',-1],'i':-7,'one':1.0,'s':'tanh','fl':[0.5,2],"
	                  "'e':[],'t':true,'big':1e300,'ints':[1,2]}}]}", &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_ptr_null(g->weights_path);
	ck_assert_ptr_null(g->producer);
	Node *n = g->nodes[0];
	ck_assert_int_eq(n->n_attr, 9);
	const Attr *a = ir_node_attr(n, "shape");
	ck_assert_int_eq(a->kind, ATTR_INTS);
	ck_assert_int_eq(a->n, 2);
	ck_assert_int_eq(a->ints[0], IR_DIM_N);
	ck_assert_int_eq(a->ints[1], -1);
	a = ir_node_attr(n, "i");
	ck_assert_int_eq(a->kind, ATTR_INT);
	ck_assert_int_eq(a->i, -7);
	a = ir_node_attr(n, "one");
	ck_assert_int_eq(a->kind, ATTR_INT);
	ck_assert_double_eq(a->f, 1.0);
	a = ir_node_attr(n, "s");
	ck_assert_int_eq(a->kind, ATTR_STRING);
	ck_assert_str_eq(a->s, "tanh");
	a = ir_node_attr(n, "fl");
	ck_assert_int_eq(a->kind, ATTR_FLOATS);
	ck_assert_int_eq(a->n, 2);
	ck_assert_double_eq(a->floats[0], 0.5);
	ck_assert_double_eq(a->floats[1], 2.0);
	a = ir_node_attr(n, "e");
	ck_assert_int_eq(a->kind, ATTR_INTS);
	ck_assert_int_eq(a->n, 0);
	a = ir_node_attr(n, "t");
	ck_assert_int_eq(a->kind, ATTR_INT);
	ck_assert_int_eq(a->i, 1);
	a = ir_node_attr(n, "big");
	ck_assert_int_eq(a->kind, ATTR_FLOAT);
	ck_assert_double_eq(a->f, 1e300);
	a = ir_node_attr(n, "ints");
	ck_assert_int_eq(a->kind, ATTR_INTS);
	ck_assert_double_eq(a->floats[1], 2.0);
	ck_assert_ptr_null(ir_node_attr(n, "missing"));
	ir_graph_free(g);
}
END_TEST

/* Dtypes, zero dims, the largest element count, absolute weights_file. */
/* "N*k" dimensions in shapes and shape attributes: read, printed back. */
START_TEST(t_batch_multiple)
{
	VitcErr err = {{0}};
	Graph *g = read_q("{'format':'vitc-graph','version':1,'inputs':[{'name':'x',"
	                  "'dtype':'f32','shape':['N*64',49,3]}],'outputs':['r'],'weights':[],"
	                  "'nodes':[{'name':'rs','op':'reshape','inputs':['x'],'outputs':['r'],"
	                  "'attrs':{'shape':['N',8,8,49,'N*1',3]}}]}", &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(g->inputs[0]->shape.d[0], IR_DIM_NK(64));
	ck_assert(ir_dim_is_batch(g->inputs[0]->shape.d[0]));
	ck_assert_int_eq(ir_dim_batch_factor(g->inputs[0]->shape.d[0]), 64);
	const Attr *a = ir_node_attr(g->nodes[0], "shape");
	ck_assert_int_eq(a->ints[0], IR_DIM_N);
	ck_assert_int_eq(a->ints[4], IR_DIM_N);
	char buf[64];
	ir_shape_format(&g->inputs[0]->shape, buf, sizeof(buf));
	ck_assert_str_eq(buf, "[N*64,49,3]");
	int64_t numel = 0;
	ck_assert_int_eq(ir_shape_numel(&g->inputs[0]->shape, 3, &numel), 0);
	ck_assert_int_eq(numel, 3 * 64 * 49 * 3);
	ir_graph_free(g);
}
END_TEST

START_TEST(t_decl_limits)
{
	VitcErr err = {{0}};
	Graph *g = read_q("{'format':'vitc-graph','version':1,'weights_file':'/abs/w.st',"
	                  "'inputs':[{'name':'a','dtype':'i4','shape':[0,3]},"
	                  "{'name':'b','dtype':'pot5','shape':[1048575,1048577]},"
	                  "{'name':'c','dtype':'b1','shape':[1,1,1,1,1,1,1,'N']},"
	                  "{'name':'~ !.','dtype':'u8','shape':[]}],"
	                  "'outputs':['a','c'],'weights':[],'nodes':[]}", &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_str_eq(g->weights_path, "/abs/w.st");
	ck_assert_int_eq(g->n_inputs, 4);
	ck_assert_int_eq(g->inputs[0]->dtype, DT_I4);
	ck_assert_int_eq(g->inputs[0]->shape.d[0], 0);
	ck_assert_int_eq(g->inputs[1]->dtype, DT_POT5);
	ck_assert_int_eq(g->inputs[1]->shape.d[1], 1048577);
	ck_assert_int_eq(g->inputs[2]->shape.rank, 8);
	ck_assert_int_eq(g->inputs[2]->shape.d[7], IR_DIM_N);
	ck_assert_int_eq(g->inputs[3]->shape.rank, 0);
	ck_assert_int_eq(g->n_outputs, 2);
	ck_assert_ptr_eq(g->outputs[1], g->inputs[2]);
	ir_graph_free(g);

	/* A name of exactly 255 characters is fine, 256 is not. */
	char name[300], *text;
	memset(name, 'n', 256);
	name[255] = 0;
	text = fmt(mini_graph, name, name);
	g = read_q(text, &err);
	free(text);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ir_graph_free(g);
	name[255] = 'n';
	name[256] = 0;
	text = fmt(mini_graph, name, name);
	g = read_q(text, &err);
	free(text);
	EXPECT_FAIL(g, err, "inputs[0].name: name 'nnnn");
	EXPECT_FAIL(g, err, "is 256 characters, more than 255");
}
END_TEST

/* Each row turns base_graph into a bad graph and names the expected error. */
static const struct {
	const char *from, *to, *want;
} mutations[] = {
	{"'version':1", "'version':7", "m.json: version: unsupported version 7, this vitc reads 1"},
	{"'version':1", "'version':1.5", "version: version must be an integer, not 1.5"},
	{"'version':1", "'version':'1'", "'version' must be an integer, not a string"},
	{"'format':'vitc-graph'", "'format':'onnx'", "format is 'onnx', expected 'vitc-graph'"},
	{"'format':'vitc-graph',", "", "top level: missing key 'format'"},
	{"'nodes':", "'nodez':", "top level: unknown key 'nodez'"},
	{"'outputs':['y'],", "", "top level: missing key 'outputs'"},
	{"'outputs':['y']", "'outputs':'y'", "top level: 'outputs' must be an array, not a string"},
	{"'dtype':'f32'", "'dtype':'f33'", "inputs[0].dtype: unknown dtype 'f33'"},
	{"['N',4]", "['N',1152921504606846976]",
	 "inputs[0].shape[1]: dimension 1152921504606846976 is out of range [0, 1099511627775]"},
	{"['N',4]", "['N',1048576,1048576]", "inputs[0].shape: element count of shape [N,1048576,1048576] reaches 2^40"},
	{"['N',4]", "[1,1,1,1,1,1,1,1,1]", "inputs[0].shape: rank 9 exceeds the limit of 8"},
	{"['N',4]", "['N',3.5]", "inputs[0].shape[1]: dimension must be an integer, not 3.5"},
	{"['N',4]", "['N',-1]", "inputs[0].shape[1]: dimension -1 is out of range"},
	{"['N',4]", "['2N',4]", "inputs[0].shape[0]: dimension \"2N\": must be an integer, \"N\" or \"N*k\" (k a positive integer)"},
	{"['N',4]", "['N*0',4]", "inputs[0].shape[0]: dimension \"N*0\": the factor k of \"N*k\" must be a positive integer"},
	{"['N',4]", "['N*-3',4]", "inputs[0].shape[0]: dimension \"N*-3\": the factor k of \"N*k\" must be a positive integer"},
	{"['N',4]", "['N*x',4]", "inputs[0].shape[0]: dimension \"N*x\": must be an integer, \"N\" or \"N*k\""},
	{"['N',4]", "['N*2x',4]", "inputs[0].shape[0]: dimension \"N*2x\": must be an integer, \"N\" or \"N*k\""},
	{"['N',4]", "['N*',4]", "inputs[0].shape[0]: dimension \"N*\": must be an integer"},
	{"['N',4]", "['N*1099511627776',4]", "inputs[0].shape[0]: dimension \"N*1099511627776\": the factor k of \"N*k\" reaches 2^40"},
	{"['N',4]", "['N*1048576',1048576]", "inputs[0].shape: element count of shape [N*1048576,1048576] reaches 2^40"},
	{"[3,4]", "['N*2',4]", "weights[0].shape[0]: weights cannot use the batch dimension"},
	{"['N',4]", "['N',null]", "dimension must be an integer, not null"},
	{"'shape':['N',4]", "'shape':4", "inputs[0]: 'shape' must be an array, not a number"},
	{"[3,4]", "['N',4]", "weights[0].shape[0]: weights cannot use the batch dimension"},
	{"'role':'parameter'", "'role':'param'", "weights[0]: unknown role 'param'"},
	{",'role':'buffer'", "", "weights[1]: missing key 'role'"},
	{"'name':'x'", "'name':'x','name':'z'", "inputs[0]: duplicate key 'name'"},
	{"'shape':['N',4]", "'shape':['N',4],'role':'buffer'", "inputs[0]: unknown key 'role'"},
	{"'name':'b'", "'name':'w'", "weights[1].name: duplicate tensor name 'w'"},
	{"'outputs':['h']", "'outputs':['x']", "nodes[0].outputs[0]: duplicate tensor name 'x'"},
	{"'name':'ln'", "'name':'fc'", "nodes[1].name: duplicate node name 'fc'"},
	{"['x','w','b']", "['y','w','b']",
	 "nodes[0].inputs[0]: node 'fc' uses tensor 'y' before it is defined (by nodes[1] 'ln')"},
	{"['x','w','b']", "['h','w','b']", "uses tensor 'h' before it is defined (by nodes[0] 'fc')"},
	{"['x','w','b']", "['zz','w','b']", "nodes[0].inputs[0]: node 'fc' uses tensor 'zz', which is not defined"},
	{"['x','w','b']", "['x','w',3]", "nodes[0].inputs[2]: input must be a tensor name (string), not a number"},
	{"'outputs':['y']", "'outputs':['y','q']", "outputs[1]: graph output 'q' is not defined"},
	{"'outputs':['y']", "'outputs':[]", "outputs: the graph has no outputs"},
	{"'outputs':['y']", "'outputs':[1]", "outputs[0]: must be a tensor name (string), not a number"},
	{"'op':'linear'", "'op':'linearx'", "m.json: unknown op: linearx (nodes[0] 'fc')"},
	{"'op':'linear'", "'op':7", "nodes[0]: 'op' must be a string, not a number"},
	{"'name':'x'", "'name':''", "inputs[0].name: empty name"},
	{"'name':'x'", "'name':'x\\ty'", "inputs[0].name: name contains a non-printable or non-ASCII byte 0x09"},
	{"'name':'x'", "'name':'\\u00e9'", "inputs[0].name: name contains a non-printable or non-ASCII byte 0xc3"},
	{"'name':'x'", "'name':'x\\u0000y'", "line 1, column 110: strings may not contain \\u0000"},
	{"'axes':1", "'axes':{'a':1}", "nodes[1].attrs.axes: attribute must be a number, string or array, not an object"},
	{"'axes':1", "'axes':null", "nodes[1].attrs.axes: attribute must be a number, string or array, not null"},
	{"'axes':1", "'axes':[1,'x']", "nodes[1].attrs.axes[1]: \"x\": must be an integer, \"N\" or \"N*k\" (k a positive integer)"},
	{"'axes':1", "'axes':[1,'N*0']", "nodes[1].attrs.axes[1]: \"N*0\": the factor k of \"N*k\" must be a positive integer"},
	{"'axes':1", "'axes':[1,[2]]", "nodes[1].attrs.axes[1]: array elements must be numbers, \"N\" or \"N*k\", not an array"},
	{"'axes':1", "'axes':[0.5,'N']", "nodes[1].attrs.axes: an array with \"N\" must hold only integers"},
	{"'axes':1", "'axes':1,'axes':2", "nodes[1].attrs: duplicate key 'axes'"},
	{"'axes':1", "'axes':1,'':2", "nodes[1].attrs.: empty name"},
	{"'eps':1e-05", "'eps':1e999", "nodes[1].attrs.eps: number is not finite"},
	{"'op':'linear'", "'op':'linear','op':'relu'", "nodes[0]: duplicate key 'op'"},
	{"'attrs':{", "'attr':{", "nodes[1]: unknown key 'attr'"},
	{"'attrs':{", "'attrs':[1],'x':{", "nodes[1]: unknown key 'x'"},
	{"'outputs':['h']", "'outputs':[]", "nodes[0]: node 'fc' has 0 outputs (1 to 64 allowed)"},
	{"'outputs':['h']", "'outputs':[7]", "nodes[0].outputs[0]: output must be a tensor name (string), not a number"},
	{",'outputs':['h']", "", "nodes[0]: missing key 'outputs'"},
	{"'nodes':[{", "'nodes':[7,{", "nodes[0]: must be an object, not a number"},
	{"'inputs':[{", "'inputs':[[],{", "inputs[0]: must be an object, not an array"},
	{"'w.safetensors'", "''", "weights_file: empty file name"},
	{"'w.safetensors'", "3", "'weights_file' must be a string, not a number"},
	{"'unit test'", "{}", "'producer' must be a string, not an object"},
};

START_TEST(t_json_mutation)
{
	char *text = subst(base_graph, mutations[_i].from, mutations[_i].to);
	expect_json_fail(text, mutations[_i].want);
	free(text);
}
END_TEST

/* Text-level failures: syntax, depth, trailing data, empty and missing files. */
START_TEST(t_json_syntax)
{
	VitcErr err = {{0}};
	Graph *g;
	char deep[200];

	expect_json_fail("{\n  'format': 'vitc-graph',\n  'version': 1,\n  x\n}",
	                 "m.json: line 4, column ");
	expect_json_fail("{'format': 'vitc-graph', 'nodes': [",
	                 "m.json: line 1, column 35: invalid JSON: unexpected end of file (truncated?)");
	expect_json_fail("{'format': 'vitc-graph', 'producer': 'ab",
	                 "; a string or bracket is still open at the end of the file (truncated?)");
	expect_json_fail("{'a': [1, 2}", "line 1, column 12: invalid JSON: '}' does not match '[' opened at line 1, column 7");
	expect_json_fail("{'a': 1}]", "line 1, column 9: unexpected data after the JSON value");
	expect_json_fail("]", "line 1, column 1: invalid JSON: ']' closes nothing");
	expect_json_fail("{'a' 1, 'b': [}", "line 1, column 6: invalid JSON (byte offset 5)");
	expect_json_fail("", "line 1, column 1: invalid JSON: the file is empty");
	expect_json_fail("{} {}", "line 1, column 4: unexpected data after the JSON value");
	expect_json_fail("[1, 2]", "m.json: top level: must be an object, not an array");
	expect_json_fail("\"x\"", "top level: must be an object, not a string");
	/* Depth 64 passes the pre-scan (and fails later), depth 65 does not. */
	memset(deep, '[', 64);
	memset(deep + 64, ']', 64);
	deep[128] = 0;
	expect_json_fail(deep, "top level: must be an object, not an array");
	memset(deep, '[', 65);
	strcpy(deep + 65, "]");
	expect_json_fail(deep, "m.json: line 1, byte offset 64: nesting depth 65 exceeds the limit of 64");
	/* Brackets inside strings do not count. */
	expect_json_fail("{'a':'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['}",
	                 "top level: missing key 'format'");
	expect_json_fail("{'a':'\\\\', 'format':'x'}", "format is 'x'");
	static const unsigned char bin[] = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0xff, 0x80};
	g = ir_graph_read_json(tu_write("bin.json", bin, sizeof(bin)), &err);
	EXPECT_FAIL(g, err, "bin.json: line 1, column 1: invalid JSON (byte offset 0)");
	g = ir_graph_read_json(tu_write("nul.json", "{}\0", 3), &err);
	EXPECT_FAIL(g, err, "nul.json: line 1, column 3: unexpected data after the JSON value");
	g = ir_graph_read_json(tu_path("does-not-exist.json"), &err);
	EXPECT_FAIL(g, err, "does-not-exist.json: cannot open: No such file or directory");
	g = ir_graph_read_json(tu_tmpdir(), &err);
	EXPECT_FAIL(g, err, "not a regular file");
}
END_TEST

/* All unknown ops in one line, each distinct op once. */
START_TEST(t_unknown_ops)
{
	VitcErr err = {{0}};
	Graph *g = read_q("{'format':'vitc-graph','version':1,'inputs':[{'name':'x',"
	                  "'dtype':'f32','shape':[2]}],'outputs':['d'],'weights':[],'nodes':["
	                  "{'name':'r','op':'relu','inputs':['x'],'outputs':['a']},"
	                  "{'name':'a1','op':'foo','inputs':['a'],'outputs':['b']},"
	                  "{'name':'a2','op':'foo','inputs':['b'],'outputs':['c']},"
	                  "{'name':'a3','op':'bar','inputs':['c'],'outputs':['d']}]}", &err);
	EXPECT_FAIL(g, err, "m.json: unknown ops: foo (nodes[1] 'a1'), bar (nodes[3] 'a3')");
	ck_assert_ptr_null(strstr(err.msg, "a2"));
}
END_TEST

/* Node, input/output and attribute count limits. */
START_TEST(t_count_limits)
{
	VitcErr err = {{0}};
	size_t n = 1000001, len = 0;
	char *buf = xmalloc(200 + 3 * n), *text;
	Graph *g;

	len += (size_t)sprintf(buf, "{'format':'vitc-graph','version':1,'inputs':[],"
	                       "'outputs':[],'weights':[],'nodes':[");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(buf + len, "%s{}", i ? "," : "");
	strcpy(buf + len, "]}");
	g = read_q(buf, &err);
	free(buf);
	EXPECT_FAIL(g, err, "nodes: 1000001 nodes, more than the limit of 1000000");

	/* 65 inputs, 65 outputs, 65 attributes; 64 of each are fine. */
	for (int k = 64; k <= 65; k++) {
		char ins[1024] = "", outs[1024] = "", attrs[1024] = "";
		for (int i = 0; i < k; i++) {
			sprintf(ins + strlen(ins), "%s'x'", i ? "," : "");
			sprintf(outs + strlen(outs), "%s'o%d'", i ? "," : "", i);
			sprintf(attrs + strlen(attrs), "%s'a%d':%d", i ? "," : "", i, i);
		}
		static const char tmpl[] =
			"{'format':'vitc-graph','version':1,'inputs':[{'name':'x','dtype':'f32',"
			"'shape':[1]}],'outputs':['o0'],'weights':[],'nodes':[{'name':'c',"
			"'op':'concat','inputs':[%s],'outputs':[%s],'attrs':{%s}}]}";
		text = fmt(tmpl, ins, "'o0'", "");
		g = read_q(text, &err);
		free(text);
		if (k == 64) {
			ck_assert_msg(g != NULL, "%s", err.msg);
			ck_assert_int_eq(g->nodes[0]->n_in, 64);
			ir_graph_free(g);
		} else {
			EXPECT_FAIL(g, err, "nodes[0]: node 'c' has 65 inputs, more than 64");
		}
		text = fmt(tmpl, "'x'", outs, "");
		g = read_q(text, &err);
		free(text);
		if (k == 64) {
			ck_assert_msg(g != NULL, "%s", err.msg);
			ck_assert_int_eq(g->nodes[0]->n_out, 64);
			ck_assert_ptr_eq(g->nodes[0]->out[63], ir_graph_find_tensor(g, "o63"));
			ir_graph_free(g);
		} else {
			EXPECT_FAIL(g, err, "nodes[0]: node 'c' has 65 outputs (1 to 64 allowed)");
		}
		text = fmt(tmpl, "'x'", "'o0'", attrs);
		g = read_q(text, &err);
		free(text);
		if (k == 64) {
			ck_assert_msg(g != NULL, "%s", err.msg);
			ck_assert_int_eq(ir_node_attr(g->nodes[0], "a63")->i, 63);
			ir_graph_free(g);
		} else {
			EXPECT_FAIL(g, err, "nodes[0]: node 'c' has 65 attributes, more than 64");
		}
	}
}
END_TEST

/* Write a safetensors file: 8-byte LE length, header (quote-swapped), data. */
static const char *write_st(const char *name, const char *qheader, const void *data,
                            size_t dlen)
{
	char *h = jq(qheader);
	size_t hl = strlen(h);
	unsigned char *buf = xmalloc(8 + hl + dlen);
	for (int i = 0; i < 8; i++)
		buf[i] = (unsigned char)((uint64_t)hl >> (8 * i));
	memcpy(buf + 8, h, hl);
	if (dlen)
		memcpy(buf + 8 + hl, data, dlen);
	const char *p = tu_write(name, buf, 8 + hl + dlen);
	free(buf);
	free(h);
	return p;
}

static const char good_header[] =
	"{'__metadata__':{'format':'pt'},"
	"'b':{'dtype':'F32','shape':[3],'data_offsets':[48,60]},"
	"'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]},"
	"'extra':{'dtype':'I64','shape':[1],'data_offsets':[60,68]},"
	"'empty':{'dtype':'U8','shape':[0],'data_offsets':[10,10]}}   ";

START_TEST(t_st_bind)
{
	VitcErr err = {{0}};
	float data[17];
	for (int i = 0; i < 17; i++)
		data[i] = (float)i;
	write_st("w.safetensors", good_header, data, sizeof(data));
	Graph *g = read_q(base_graph, &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_msg(ir_graph_load_weights(g, NULL, &err) == 0, "%s", err.msg);
	Tensor *w = ir_graph_find_tensor(g, "w"), *b = ir_graph_find_tensor(g, "b");
	ck_assert_uint_eq(w->nbytes, 48);
	ck_assert_uint_eq(b->nbytes, 12);
	ck_assert_int_eq(memcmp(w->data, data, 48), 0);
	ck_assert_int_eq(memcmp(b->data, data + 12, 12), 0);
	ck_assert_int_eq(g->n_extra_weights, 2);
	ck_assert_ptr_nonnull(g->weights_file.base);
	ck_assert_str_eq(g->weights_file.path, tu_path("w.safetensors"));
	/* Loading again (an explicit path) replaces the old mapping. */
	const char *p2 = write_st("w2.safetensors", good_header, data, sizeof(data));
	ck_assert_msg(ir_graph_load_weights(g, p2, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(memcmp(b->data, data + 12, 12), 0);
	ck_assert_str_eq(g->weights_file.path, p2);
	ir_graph_free(g);

	StFile st;
	ck_assert_msg(ir_st_open(p2, &st, &err) == 0, "%s", err.msg);
	ck_assert_int_eq(st.n_entries, 4);
	ck_assert_uint_eq(st.data_size, 68);
	const StEntry *e = ir_st_find(&st, "extra");
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->storage, DT_I64);
	ck_assert_uint_eq(e->begin, 60);
	ck_assert_uint_eq(e->end, 68);
	ck_assert_int_eq(ir_st_find(&st, "w")->shape.d[1], 4);
	ck_assert_ptr_null(ir_st_find(&st, "__metadata__"));
	ck_assert_ptr_null(ir_st_find(&st, "zz"));
	ir_st_close(&st);
}
END_TEST

/* Sub-byte weights are flat U8 bytes; pot5 may be U8 or I8. */
#define HPU "'h':{'dtype':'U8','shape':[2],'data_offsets':[10,12]}," \
	"'p':{'dtype':'U8','shape':[2,2],'data_offsets':[12,16]}," \
	"'u':{'dtype':'U8','shape':[1],'data_offsets':[16,17]}"
START_TEST(t_st_subbyte)
{
	VitcErr err = {{0}};
	unsigned char data[32] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
	static const char graph[] =
		"{'format':'vitc-graph','version':1,'weights_file':'sub.safetensors',"
		"'inputs':[{'name':'x','dtype':'f32','shape':[1]}],'outputs':['x'],'weights':["
		"{'name':'q','dtype':'i4','shape':[3,3],'role':'parameter'},"
		"{'name':'h','dtype':'b1','shape':[10],'role':'constant'},"
		"{'name':'p','dtype':'pot5','shape':[2,2],'role':'parameter'},"
		"{'name':'u','dtype':'pot5','shape':[1],'role':'parameter'}],'nodes':[]}";
	write_st("sub.safetensors",
	         "{'q':{'dtype':'U8','shape':[5],'data_offsets':[0,5]},"
	         "'h':{'dtype':'U8','shape':[2],'data_offsets':[5,7]},"
	         "'p':{'dtype':'I8','shape':[2,2],'data_offsets':[7,11]},"
	         "'u':{'dtype':'U8','shape':[1],'data_offsets':[11,12]}}", data, 12);
	Graph *g = read_q(graph, &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_msg(ir_graph_load_weights(g, NULL, &err) == 0, "%s", err.msg);
	Tensor *q = ir_graph_find_tensor(g, "q");
	ck_assert_uint_eq(q->nbytes, 5);
	ck_assert_int_eq(((const unsigned char *)q->data)[4], 5);
	ck_assert_int_eq(ir_graph_find_tensor(g, "h")->role, ROLE_CONSTANT);
	ck_assert_int_eq(((const unsigned char *)ir_graph_find_tensor(g, "p")->data)[0], 8);
	ck_assert_int_eq(g->n_extra_weights, 0);
	ir_graph_free(g);

	write_st("sub.safetensors",
	         "{'q':{'dtype':'U8','shape':[10],'data_offsets':[0,10]}," HPU "}", data, 17);
	g = read_q(graph, &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), -1);
	ck_assert_msg(strstr(err.msg, "sub.safetensors: tensor 'q': shape [10] does not match [5] declared by") != NULL,
	              "%s", err.msg);
	ir_graph_free(g);

	write_st("sub.safetensors",
	         "{'q':{'dtype':'I8','shape':[5],'data_offsets':[0,5]},"
	         "'pad':{'dtype':'U8','shape':[5],'data_offsets':[5,10]}," HPU "}", data, 17);
	g = read_q(graph, &err);
	ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), -1);
	ck_assert_msg(strstr(err.msg, "tensor 'q': stored as I8, but ") != NULL, "%s", err.msg);
	ck_assert_msg(strstr(err.msg, "declares it i4 (stored as U8)") != NULL, "%s", err.msg);
	ir_graph_free(g);
}
END_TEST

/*
 * The weights file a graph names must stay in the graph's directory: no
 * absolute path, no "..", no symlink leading out; --weights may name any
 * file.  Messages never print bytes of the file named.
 */
START_TEST(t_st_confined)
{
	VitcErr err = {{0}};
	float data[17] = {0};
	const char *w = write_st("w.safetensors", good_header, data, sizeof(data));
	char wabs[512], outside[512], *q;
	Graph *g;

	snprintf(wabs, sizeof(wabs), "%s", w);
	q = fmt("'weights_file':'%s',", wabs);
	char *abs_graph = subst(base_graph, "'weights_file':'w.safetensors',", q);
	g = read_q(abs_graph, &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), -1);
	ck_assert_msg(strstr(err.msg, "is an absolute path; a model may only name a file in its own directory") != NULL,
	              "%s", err.msg);
	/* The user naming the same file explicitly is allowed. */
	ck_assert_msg(ir_graph_load_weights(g, wabs, &err) == 0, "%s", err.msg);
	ir_graph_free(g);
	free(abs_graph);
	free(q);

	static const char *const ups[] = {"../w.safetensors", "a/../../w.safetensors", "..", NULL};
	for (int i = 0; ups[i]; i++) {
		q = fmt("'weights_file':'%s',", ups[i]);
		char *t = subst(base_graph, "'weights_file':'w.safetensors',", q);
		g = read_q(t, &err);
		ck_assert_msg(g != NULL, "%s", err.msg);
		ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), -1);
		ck_assert_msg(strstr(err.msg, "leaves the model's directory ('..')") != NULL, "%s: %s",
		              ups[i], err.msg);
		ir_graph_free(g);
		free(t);
		free(q);
	}

	/* A symlink leading out of the directory, and one staying inside. */
	snprintf(outside, sizeof(outside), "%s.outside", tu_tmpdir());
	FILE *f = fopen(outside, "wb");
	ck_assert_ptr_nonnull(f);
	fputs("root:x:0:0:secret", f);
	fclose(f);
	unlink(tu_path("out.safetensors"));
	unlink(tu_path("in.safetensors"));
	ck_assert_int_eq(symlink(outside, tu_path("out.safetensors")), 0);
	ck_assert_int_eq(symlink("w.safetensors", tu_path("in.safetensors")), 0);
	char *t = subst(base_graph, "'w.safetensors'", "'out.safetensors'");
	g = read_q(t, &err);
	ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), -1);
	ck_assert_msg(strstr(err.msg, "symbolic link (or under one) that leads out of the model's directory") != NULL,
	              "%s", err.msg);
	ck_assert_msg(strstr(err.msg, "root") == NULL && strstr(err.msg, "secret") == NULL, "%s", err.msg);
	/* Explicitly named, the foreign file is read and refused without echoing it. */
	ck_assert_int_eq(ir_graph_load_weights(g, outside, &err), -1);
	ck_assert_msg(strstr(err.msg, "root") == NULL && strstr(err.msg, "secret") == NULL &&
	              strstr(err.msg, "7738906189024309106") == NULL, "%s", err.msg);
	ir_graph_free(g);
	free(t);
	t = subst(base_graph, "'w.safetensors'", "'in.safetensors'");
	g = read_q(t, &err);
	ck_assert_msg(ir_graph_load_weights(g, NULL, &err) == 0, "%s", err.msg);
	ir_graph_free(g);
	free(t);
	unlink(outside);
}
END_TEST

/* Bad safetensors headers, each loaded against base_graph. */
static const struct {
	const char *header;
	size_t dlen;
	const char *want;
} st_bad[] = {
	{"{'w':{'dtype':'F33','shape':[3,4],'data_offsets':[0,48]}}", 60,
	 "bad.safetensors: tensor 'w': unknown dtype 'F33'"},
	{"{'w':{'dtype':'BF16','shape':[3,4],'data_offsets':[0,24]}}", 60,
	 "bad.safetensors: tensor 'w': unsupported dtype BF16"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[48,0]}}", 60,
	 "tensor 'w': data_offsets [48, 0] end before they begin"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]},"
	 "'b':{'dtype':'F32','shape':[3],'data_offsets':[48,60]}}", 56,
	 "tensor 'b': data_offsets end 60 is beyond the data section (56 bytes; truncated file?)"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,44]}}", 60,
	 "tensor 'w': data_offsets span 44 bytes but shape and dtype F32 need 48"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]},"
	 "'b':{'dtype':'F32','shape':[3],'data_offsets':[40,52]}}", 60,
	 "tensors 'w' [0, 48] and 'b' [40, 52] overlap"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]},"
	 "'w':{'dtype':'F32','shape':[3],'data_offsets':[48,60]}}", 60,
	 "duplicate tensor 'w' in the header"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]}}", 48,
	 "bad.safetensors: tensor 'b' declared by "},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]}}", 60,
	 "data section is 60 bytes but its tensors end at byte 48"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]},"
	 "'b':{'dtype':'F32','shape':[3],'data_offsets':[49,61]}}", 61,
	 "data section bytes [48, 49) before tensor 'b' belong to no tensor"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]},"
	 "'b':{'dtype':'F32','shape':[3],'dtype':'F32','data_offsets':[48,60]}}", 60,
	 "tensor 'b': duplicate key 'dtype' in its header entry"},
	{"{'w\\u0000':{'dtype':'F32','shape':[3,4],'data_offsets':[0,48]}}", 48,
	 "header: a string contains \\u0000 (byte 11 of the file)"},
	{"{}", 0, "tensor 'w' declared by "},
	{"{}", 0, "m.json is missing (and 1 more)"},
	{"{'w':{'dtype':'F32','shape':[4,3],'data_offsets':[0,48]},"
	 "'b':{'dtype':'F32','shape':[3],'data_offsets':[48,60]}}", 60,
	 "tensor 'w': shape [4,3] does not match [3,4] declared by "},
	{"{'w':{'dtype':'F16','shape':[3,4],'data_offsets':[0,24]},"
	 "'b':{'dtype':'F32','shape':[3],'data_offsets':[24,36]}}", 36,
	 "tensor 'w': stored as F16, but "},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0]}}", 60,
	 "tensor 'w': 'data_offsets' must be two non-negative integers"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[0,1e300]}}", 60,
	 "tensor 'w': 'data_offsets' must be two non-negative integers"},
	{"{'w':{'dtype':'F32','shape':[3,4],'data_offsets':[-1,47]}}", 60,
	 "tensor 'w': 'data_offsets' must be two non-negative integers"},
	{"{'w':{'dtype':'F32','shape':[3.5,4],'data_offsets':[0,48]}}", 60,
	 "tensor 'w': shape[0] is not an integer in [0, 2^40)"},
	{"{'w':{'dtype':'F32','shape':[1099511627775,1099511627775,1099511627775],"
	 "'data_offsets':[0,48]}}", 60, "tensor 'w': element count overflows"},
	{"{'w':{'dtype':'F32','shape':[1,1,1,1,1,1,1,1,1],'data_offsets':[0,4]}}", 60,
	 "tensor 'w': rank 9 exceeds the limit of 8"},
	{"{'w':{'shape':[3,4],'data_offsets':[0,48]}}", 60, "tensor 'w': missing or non-string 'dtype'"},
	{"{'w':{'dtype':'F32','data_offsets':[0,48]}}", 60, "tensor 'w': missing or non-array 'shape'"},
	{"{'w':5}", 60, "tensor 'w': header entry must be an object"},
	{"[1]", 60, "bad.safetensors: header must be a JSON object"},
	{"{nope", 60, "bad.safetensors: header is not valid JSON (error near byte "},
	{"{} x", 60, "header has data after the JSON object (byte 11 of the file)"},
	{"", 60, "header is not valid JSON"},
	{"{'__metadata__':{'a':1}}", 60, "__metadata__ value 'a' must be a string"},
	{"{'__metadata__':[]}", 60, "__metadata__ must be an object"},
};

START_TEST(t_st_bad)
{
	VitcErr err = {{0}};
	static const unsigned char zeros[128];
	const char *p = write_st("bad.safetensors", st_bad[_i].header, zeros, st_bad[_i].dlen);
	Graph *g = read_q(base_graph, &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(ir_graph_load_weights(g, p, &err), -1);
	ck_assert_msg(strstr(err.msg, st_bad[_i].want) != NULL, "message '%s' lacks '%s'",
	              err.msg, st_bad[_i].want);
	ck_assert_ptr_null(g->weights_file.base);
	ck_assert_ptr_null(ir_graph_find_tensor(g, "w")->data);
	ir_graph_free(g);
}
END_TEST

/* Files too short for a header, and header lengths beyond the file or limit. */
START_TEST(t_st_raw)
{
	VitcErr err = {{0}};
	StFile st;
	unsigned char buf[32] = {0};

	ck_assert_int_eq(ir_st_open(tu_write("e.st", buf, 0), &st, &err), -1);
	ck_assert_msg(strstr(err.msg, "e.st: file is empty") != NULL, "%s", err.msg);
	ck_assert_int_eq(ir_st_open(tu_write("s.st", buf, 5), &st, &err), -1);
	ck_assert_msg(strstr(err.msg, "s.st: file is 5 bytes, too short for a safetensors header") != NULL,
	              "%s", err.msg);
	buf[0] = 100;
	ck_assert_int_eq(ir_st_open(tu_write("l.st", buf, 20), &st, &err), -1);
	ck_assert_msg(strstr(err.msg, "l.st: header length exceeds the file size (20 bytes)") != NULL,
	              "%s", err.msg);
	buf[0] = 0;
	buf[7] = 0x80;
	ck_assert_int_eq(ir_st_open(tu_write("h.st", buf, 20), &st, &err), -1);
	ck_assert_msg(strstr(err.msg, "h.st: header length exceeds the limit of 104857600 bytes") != NULL,
	              "%s", err.msg);
	ck_assert_ptr_null(st.file.base);
	ck_assert_int_eq(ir_st_open(tu_path("none.st"), &st, &err), -1);
	ck_assert_msg(strstr(err.msg, "none.st: cannot open") != NULL, "%s", err.msg);
	/* A header padded with NUL instead of spaces is refused. */
	static const unsigned char nulpad[] = {4, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ', 0};
	ck_assert_int_eq(ir_st_open(tu_write("n.st", nulpad, sizeof(nulpad)), &st, &err), -1);
	ck_assert_msg(strstr(err.msg, "n.st: header has data after the JSON object (byte 11 of the file)") != NULL,
	              "%s", err.msg);
	/* The smallest valid file: "{}" and no data. */
	ck_assert_int_eq(ir_st_open(write_st("min.st", "{}", NULL, 0), &st, &err), 0);
	ck_assert_int_eq(st.n_entries, 0);
	ck_assert_ptr_null(ir_st_find(&st, "w"));
	ir_st_close(&st);
}
END_TEST

/* Without a weights file: fine for a graph without weights, else an error. */
START_TEST(t_st_no_path)
{
	VitcErr err = {{0}};
	char *text = subst(base_graph, "'weights_file':'w.safetensors',", "");
	Graph *g = read_q(text, &err);
	free(text);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), -1);
	ck_assert_msg(strstr(err.msg, "m.json: the graph declares 2 weights but names no weights_file") != NULL,
	              "%s", err.msg);
	ir_graph_free(g);
	text = fmt(mini_graph, "x", "x");
	g = read_q(text, &err);
	free(text);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_int_eq(ir_graph_load_weights(g, NULL, &err), 0);
	ir_graph_free(g);
}
END_TEST

/*
 * Every case in tests/malformed/cases.txt must fail in the readers with its
 * expected message (tests/malformed.sh checks the same through `vitc inspect`).
 */
START_TEST(t_corpus)
{
	char *text, *save = NULL, path[1024], wpath[1024];
	size_t len;
	int n = 0;
	VitcErr err;

	if (file_read_all(TEST_SRCDIR "/malformed/cases.txt", 1 << 20, &text, &len, &err))
		ck_abort_msg("%s", err.msg);
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char json[256], weights[256];
		int off = 0;
		if (line[0] == '#' || line[0] == 0)
			continue;
		ck_assert_msg(sscanf(line, "%255s %255s %n", json, weights, &off) == 2 && off > 0,
		              "bad line in cases.txt: %s", line);
		const char *want = line + off;
		snprintf(path, sizeof(path), "%s/malformed/%s", TEST_SRCDIR, json);
		snprintf(wpath, sizeof(wpath), "%s/malformed/%s", TEST_SRCDIR, weights);
		memset(&err, 0, sizeof(err));
		Graph *g = ir_graph_read_json(path, &err);
		int rc = g ? 0 : -1;
		if (g && (strcmp(weights, "-") != 0 || g->weights_path))
			rc = ir_graph_load_weights(g, strcmp(weights, "-") ? wpath : NULL, &err);
		ir_graph_free(g);
		ck_assert_msg(rc == -1, "%s: no error (expected '%s')", json, want);
		ck_assert_msg(strstr(err.msg, want) != NULL, "%s: message '%s' lacks '%s'", json,
		              err.msg, want);
		n++;
	}
	free(text);
	ck_assert_int_ge(n, 20);

	/* The model every case breaks is itself valid. */
	Graph *g = ir_graph_read_json(TEST_SRCDIR "/malformed/base.json", &err);
	ck_assert_msg(g != NULL, "%s", err.msg);
	ck_assert_msg(ir_graph_load_weights(g, NULL, &err) == 0, "%s", err.msg);
	ck_assert_uint_eq(ir_graph_find_tensor(g, "b")->nbytes, 12);
	ir_graph_free(g);
}
END_TEST

static Suite *reader_suite(void)
{
	Suite *s = suite_create("reader");
	TCase *tc = tcase_create("json");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_good_graph);
	tcase_add_test(tc, t_attr_kinds);
	tcase_add_test(tc, t_batch_multiple);
	tcase_add_test(tc, t_decl_limits);
	tcase_add_loop_test(tc, t_json_mutation, 0, (int)(sizeof(mutations) / sizeof(mutations[0])));
	tcase_add_test(tc, t_json_syntax);
	tcase_add_test(tc, t_unknown_ops);
	tcase_add_test(tc, t_count_limits);
	suite_add_tcase(s, tc);
	tc = tcase_create("safetensors");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_st_bind);
	tcase_add_test(tc, t_st_subbyte);
	tcase_add_test(tc, t_st_confined);
	tcase_add_loop_test(tc, t_st_bad, 0, (int)(sizeof(st_bad) / sizeof(st_bad[0])));
	tcase_add_test(tc, t_st_raw);
	tcase_add_test(tc, t_st_no_path);
	suite_add_tcase(s, tc);
	tc = tcase_create("corpus");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_corpus);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(reader_suite());
	tu_tmpdir();
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	tu_cleanup();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
