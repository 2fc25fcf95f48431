/*
 * json_read.c - read a graph JSON (docs/graph-format.md) into a Graph.
 *
 * The reader trusts nothing: it bounds the file size and nesting depth
 * before cJSON sees the text, then checks every key, type, name, dtype,
 * shape, attribute and reference against the spec.  Every error is one
 * line, "<file>: <JSON path>: <what is wrong>", and leaves nothing
 * allocated behind.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "ir/ir.h"

#define MAX_FILE ((size_t)256 << 20)
#define MAX_DEPTH 64
#define MAX_NODES 1000000
#define MAX_NODE_IO 64
#define MAX_ATTRS 64
#define MAX_NAME 255
#define MAX_INT_ATTR 9.2e18 /* integral doubles up to here fit int64_t */

/* JSON whitespace (a NUL byte is not). */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* A string -> pointer hash map with open addressing; keys are not owned. */
typedef struct {
	const char **keys;
	void **vals;
	size_t cap, n;
} NameMap;

typedef struct {
	const char *file;
	VitcErr *err;
	Graph *g;
	NameMap tensors; /* the tensor namespace: inputs, weights, node outputs */
	NameMap nodes;   /* node names */
} Reader;

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void *map_get(const NameMap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	for (size_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (strcmp(m->keys[i], key) == 0)
			return m->vals[i];
	}
}

/* Insert a key that is not present yet, growing at half load. */
static void map_put(NameMap *m, const char *key, void *val)
{
	if (2 * (m->n + 1) > m->cap) {
		NameMap nm = {0};
		nm.cap = m->cap ? 2 * m->cap : 64;
		nm.keys = xcalloc(nm.cap, sizeof(*nm.keys));
		nm.vals = xcalloc(nm.cap, sizeof(*nm.vals));
		for (size_t i = 0; i < m->cap; i++)
			if (m->keys[i])
				map_put(&nm, m->keys[i], m->vals[i]);
		free(m->keys);
		free(m->vals);
		*m = nm;
	}
	size_t i = hash_str(key) & (m->cap - 1);
	while (m->keys[i])
		i = (i + 1) & (m->cap - 1);
	m->keys[i] = key;
	m->vals[i] = val;
	m->n++;
}

static void map_free(NameMap *m)
{
	free(m->keys);
	free(m->vals);
}

/* Report "<file>: <where>: <message>" and return -1. */
__attribute__((format(printf, 3, 4)))
static int fail(Reader *r, const char *where, const char *fmt, ...)
{
	char msg[900];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return vitc_errf(r->err, "%s: %s: %s", r->file, where, msg);
}

/* "an object", "a string", ...: for messages. */
static const char *type_name(const cJSON *j)
{
	return cJSON_IsObject(j) ? "an object" : cJSON_IsArray(j) ? "an array" :
	       cJSON_IsString(j) ? "a string" : cJSON_IsNumber(j) ? "a number" :
	       cJSON_IsBool(j) ? "a boolean" : cJSON_IsNull(j) ? "null" : "an invalid value";
}

/* Line and column (1-based) of byte "off" in "text". */
static void line_col(const char *text, size_t off, size_t *line, size_t *col)
{
	size_t l = 1, c = 1;
	for (size_t i = 0; i < off; i++) {
		if (text[i] == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* What the pre-scan learned about the text's brackets and strings. */
typedef struct {
	int open;          /* a string or bracket is still open at the end */
	int mismatch;      /* a closing bracket that does not match */
	size_t bad, opener; /* its offset, and that of the bracket it closes */
} Scan;

/*
 * Offset of the first byte inside a JSON string that cJSON would turn into
 * a silently truncated C string or that JSON forbids: a "\u0000" escape or
 * a raw control byte (NUL included).  (size_t)-1 when there is none.  The
 * safetensors header reader uses it too.
 */
size_t ir_json_check_strings(const char *text, size_t len)
{
	int in_str = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (!in_str) {
			in_str = c == '"';
		} else if (c < 0x20) {
			return i;
		} else if (c == '\\' && i + 1 < len) {
			if (text[i + 1] == 'u' && i + 5 < len && memcmp(text + i + 2, "0000", 4) == 0)
				return i;
			i++;
		} else if (c == '"') {
			in_str = 0;
		}
	}
	return (size_t)-1;
}

/*
 * Scan the raw text before cJSON does: count bracket depth outside strings
 * (cJSON recurses per level) and refuse "\u0000" escapes, which cJSON would
 * silently turn into a truncated C string.  Also note the first mismatched
 * closing bracket and whether the text ends inside a string or bracket, to
 * explain cJSON's bare failures.
 */
static int prescan(const char *file, const char *text, size_t len, Scan *sc,
                   VitcErr *err)
{
	size_t stack[MAX_DEPTH], line, col;
	int depth = 0, in_str = 0;

	memset(sc, 0, sizeof(*sc));
	size_t bad = ir_json_check_strings(text, len);
	if (bad != (size_t)-1) {
		line_col(text, bad, &line, &col);
		if (text[bad] == '\\')
			return vitc_errf(err, "%s: line %zu, column %zu: strings may not contain \\u0000",
			                 file, line, col);
		return vitc_errf(err, "%s: line %zu, column %zu: strings may not contain the raw control byte 0x%02x (JSON requires an escape)",
		                 file, line, col, (unsigned char)text[bad]);
	}
	for (size_t i = 0; i < len; i++) {
		char c = text[i];
		if (in_str) {
			if (c == '\\' && i + 1 < len) {
				i++;
			} else if (c == '"') {
				in_str = 0;
			}
		} else if (c == '"') {
			in_str = 1;
		} else if (c == '[' || c == '{') {
			if (depth == MAX_DEPTH) {
				line_col(text, i, &line, &col);
				return vitc_errf(err, "%s: line %zu, byte offset %zu: nesting depth %d exceeds the limit of %d",
				                 file, line, i, depth + 1, MAX_DEPTH);
			}
			stack[depth++] = i;
		} else if (c == ']' || c == '}') {
			char want = c == ']' ? '[' : '{';
			if (!sc->mismatch && (depth == 0 || text[stack[depth - 1]] != want)) {
				sc->mismatch = 1;
				sc->bad = i;
				sc->opener = depth ? stack[depth - 1] : i;
			}
			if (depth)
				depth--;
		}
	}
	sc->open = in_str || depth > 0;
	return 0;
}

/*
 * Parse with cJSON; errors carry the line and column where cJSON stopped
 * (cJSON points at or just after the offending token), refined by what the
 * pre-scan saw: a mismatched bracket there, or a truncated file.
 */
static cJSON *parse_text(const char *file, const char *text, size_t len, const Scan *sc,
                         VitcErr *err)
{
	const char *end = NULL;
	size_t line, col, l2, c2;
	cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);

	if (!root) {
		size_t off = end && end >= text ? (size_t)(end - text) : 0;
		if (off > len)
			off = len;
		line_col(text, off, &line, &col);
		if (len == 0) {
			vitc_errf(err, "%s: line 1, column 1: invalid JSON: the file is empty", file);
		} else if (sc->mismatch && sc->bad <= off + 1) {
			line_col(text, sc->bad, &line, &col);
			if (sc->opener == sc->bad) {
				vitc_errf(err, "%s: line %zu, column %zu: invalid JSON: '%c' closes nothing",
				          file, line, col, text[sc->bad]);
			} else {
				line_col(text, sc->opener, &l2, &c2);
				vitc_errf(err, "%s: line %zu, column %zu: invalid JSON: '%c' does not match '%c' opened at line %zu, column %zu",
				          file, line, col, text[sc->bad], text[sc->opener], l2, c2);
			}
		} else if (sc->open && off + 1 >= len) {
			vitc_errf(err, "%s: line %zu, column %zu: invalid JSON: unexpected end of file (truncated?)",
			          file, line, col);
		} else if (sc->open) {
			vitc_errf(err, "%s: line %zu, column %zu: invalid JSON (byte offset %zu); a string or bracket is still open at the end of the file (truncated?)",
			          file, line, col, off);
		} else {
			vitc_errf(err, "%s: line %zu, column %zu: invalid JSON (byte offset %zu)",
			          file, line, col, off);
		}
		return NULL;
	}
	for (size_t off = (size_t)(end - text); off < len; off++) {
		if (!is_space(text[off])) {
			line_col(text, off, &line, &col);
			vitc_errf(err, "%s: line %zu, column %zu: unexpected data after the JSON value",
			          file, line, col);
			cJSON_Delete(root);
			return NULL;
		}
	}
	return root;
}

/*
 * Check that "obj" holds only keys from the NULL-terminated "allowed" list
 * (any key when "allowed" is NULL) and none of them twice: cJSON keeps
 * duplicate keys, and lookups would silently see only the first.
 */
static int check_keys(Reader *r, const cJSON *obj, const char *where,
                      const char *const *allowed)
{
	const cJSON *m, *p;

	cJSON_ArrayForEach(m, obj) {
		int ok = !allowed;
		for (int i = 0; allowed && allowed[i] && !ok; i++)
			ok = strcmp(allowed[i], m->string) == 0;
		if (!ok)
			return fail(r, where, "unknown key '%.100s'", m->string);
		for (p = obj->child; p != m; p = p->next)
			if (strcmp(p->string, m->string) == 0)
				return fail(r, where, "duplicate key '%.100s'", m->string);
	}
	return 0;
}

/* Fetch obj[key], which must exist (when "required") and satisfy "is". */
static int get_key(Reader *r, const cJSON *obj, const char *where, const char *key,
                   cJSON_bool (*is)(const cJSON *), const char *want, int required,
                   const cJSON **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	*out = NULL;
	if (!v)
		return required ? fail(r, where, "missing key '%s'", key) : 0;
	if (!is(v))
		return fail(r, where, "'%s' must be %s, not %s", key, want, type_name(v));
	*out = v;
	return 0;
}

/* Read an integral number in [lo, hi] (hi < 2^53). */
static int get_int(Reader *r, const cJSON *v, const char *where, const char *what,
                   double lo, double hi, int64_t *out)
{
	if (!cJSON_IsNumber(v))
		return fail(r, where, "%s must be an integer, not %s", what, type_name(v));
	double d = v->valuedouble;
	if (!isfinite(d) || d != floor(d))
		return fail(r, where, "%s must be an integer, not %g", what, d);
	if (d < lo || d > hi) {
		if (fabs(d) < 1e19)
			return fail(r, where, "%s %.0f is out of range [%.0f, %.0f]", what, d, lo, hi);
		return fail(r, where, "%s %g is out of range [%.0f, %.0f]", what, d, lo, hi);
	}
	*out = (int64_t)d;
	return 0;
}

/* Names are 1..255 printable ASCII characters. */
static int check_name(Reader *r, const char *s, const char *where)
{
	size_t n = strlen(s);

	if (n == 0)
		return fail(r, where, "empty name");
	if (n > MAX_NAME)
		return fail(r, where, "name '%.40s...' is %zu characters, more than %d",
		            s, n, MAX_NAME);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e)
			return fail(r, where, "name contains a non-printable or non-ASCII byte 0x%02x at position %zu",
			            (unsigned char)s[i], i);
	return 0;
}

/* Read a shape: rank <= 8, dims integral in [0, 2^40), "N" or "N*k", numel < 2^40. */
static int read_shape(Reader *r, const cJSON *arr, const char *where, int allow_n,
                      Shape *out)
{
	char w[160];
	const cJSON *d;
	int rank = cJSON_GetArraySize(arr);
	int64_t numel;

	memset(out, 0, sizeof(*out));
	if (rank > IR_MAX_RANK)
		return fail(r, where, "rank %d exceeds the limit of %d", rank, IR_MAX_RANK);
	cJSON_ArrayForEach(d, arr) {
		snprintf(w, sizeof(w), "%s[%d]", where, out->rank);
		if (cJSON_IsString(d)) {
			const char *why = ir_dim_parse_batch(d->valuestring, &out->d[out->rank]);
			if (why)
				return fail(r, w, "dimension \"%.100s\": %s", d->valuestring, why);
			if (!allow_n)
				return fail(r, w, "weights cannot use the batch dimension \"N\"");
			out->rank++;
			continue;
		}
		if (get_int(r, d, w, "dimension", 0, (double)(IR_MAX_DIM - 1), &out->d[out->rank]))
			return -1;
		out->rank++;
	}
	if (ir_shape_numel(out, 1, &numel)) {
		char buf[200];
		ir_shape_format(out, buf, sizeof(buf));
		return fail(r, where, "element count of shape %s reaches 2^40 (the limit)", buf);
	}
	return 0;
}

/* Read one entry of "inputs" or "weights". */
static int read_decl(Reader *r, const cJSON *e, const char *list, int i, TensorKind kind)
{
	static const char *const in_keys[] = {"name", "dtype", "shape", NULL};
	static const char *const w_keys[] = {"name", "dtype", "shape", "role", NULL};
	char where[64], w2[96];
	const cJSON *name, *dt, *shape, *role = NULL;
	DType dtype;
	Shape s;
	WeightRole wr = ROLE_PARAMETER;

	snprintf(where, sizeof(where), "%s[%d]", list, i);
	if (!cJSON_IsObject(e))
		return fail(r, where, "must be an object, not %s", type_name(e));
	if (check_keys(r, e, where, kind == TK_WEIGHT ? w_keys : in_keys) ||
	    get_key(r, e, where, "name", cJSON_IsString, "a string", 1, &name) ||
	    get_key(r, e, where, "dtype", cJSON_IsString, "a string", 1, &dt) ||
	    get_key(r, e, where, "shape", cJSON_IsArray, "an array", 1, &shape) ||
	    (kind == TK_WEIGHT &&
	     get_key(r, e, where, "role", cJSON_IsString, "a string", 1, &role)))
		return -1;
	snprintf(w2, sizeof(w2), "%s.name", where);
	if (check_name(r, name->valuestring, w2))
		return -1;
	if (map_get(&r->tensors, name->valuestring))
		return fail(r, w2, "duplicate tensor name '%s'", name->valuestring);
	snprintf(w2, sizeof(w2), "%s.dtype", where);
	if (ir_dtype_from_name(dt->valuestring, &dtype))
		return fail(r, w2, "unknown dtype '%.100s'", dt->valuestring);
	snprintf(w2, sizeof(w2), "%s.shape", where);
	if (read_shape(r, shape, w2, kind != TK_WEIGHT, &s))
		return -1;
	if (role) {
		if (strcmp(role->valuestring, "parameter") == 0)
			wr = ROLE_PARAMETER;
		else if (strcmp(role->valuestring, "buffer") == 0)
			wr = ROLE_BUFFER;
		else if (strcmp(role->valuestring, "constant") == 0)
			wr = ROLE_CONSTANT;
		else
			return fail(r, where, "unknown role '%.100s' (parameter, buffer or constant)",
			            role->valuestring);
	}
	Tensor *t = ir_graph_add_tensor(r->g, name->valuestring, kind, dtype, &s);
	t->role = wr;
	t->shape_known = 1;
	map_put(&r->tensors, t->name, t);
	return 0;
}

/*
 * One attribute value.  Integral numbers become ATTR_INT with .f set too (a
 * float attribute such as eps may be written as 1); arrays of integers (and
 * "N") become ATTR_INTS with .floats filled as well, any fraction makes an
 * array ATTR_FLOATS.  Booleans read as the integers 0 and 1.
 */
static int read_attr(Reader *r, const cJSON *v, const char *where, Attr *a)
{
	Arena *ar = &r->g->arena;
	char w[200];

	a->name = arena_strdup(ar, v->string);
	if (cJSON_IsBool(v)) {
		a->kind = ATTR_INT;
		a->i = cJSON_IsTrue(v);
		a->f = (double)a->i;
	} else if (cJSON_IsNumber(v)) {
		double d = v->valuedouble;
		if (!isfinite(d))
			return fail(r, where, "number is not finite");
		a->f = d;
		if (d == floor(d) && fabs(d) <= MAX_INT_ATTR) {
			a->kind = ATTR_INT;
			a->i = (int64_t)d;
		} else {
			a->kind = ATTR_FLOAT;
		}
	} else if (cJSON_IsString(v)) {
		a->kind = ATTR_STRING;
		a->s = arena_strdup(ar, v->valuestring);
	} else if (cJSON_IsArray(v)) {
		const cJSON *e;
		int n = cJSON_GetArraySize(v), k = 0, has_n = 0, frac = 0;
		a->n = n;
		a->ints = arena_calloc(ar, (size_t)n + 1, sizeof(int64_t));
		a->floats = arena_calloc(ar, (size_t)n + 1, sizeof(double));
		cJSON_ArrayForEach(e, v) {
			snprintf(w, sizeof(w), "%s[%d]", where, k);
			if (cJSON_IsString(e)) {
				const char *why = ir_dim_parse_batch(e->valuestring, &a->ints[k]);
				if (why)
					return fail(r, w, "\"%.100s\": %s", e->valuestring, why);
				has_n = 1;
				a->floats[k] = (double)a->ints[k];
			} else if (cJSON_IsNumber(e)) {
				double d = e->valuedouble;
				if (!isfinite(d))
					return fail(r, w, "number is not finite");
				if (d != floor(d) || fabs(d) > MAX_INT_ATTR)
					frac = 1;
				else
					a->ints[k] = (int64_t)d;
				a->floats[k] = d;
			} else {
				return fail(r, w, "array elements must be numbers, \"N\" or \"N*k\", not %s",
				            type_name(e));
			}
			k++;
		}
		if (has_n && frac)
			return fail(r, where, "an array with \"N\" must hold only integers");
		a->kind = frac ? ATTR_FLOATS : ATTR_INTS;
	} else {
		return fail(r, where, "attribute must be a number, string or array, not %s",
		            type_name(v));
	}
	return 0;
}

/*
 * Say why "name" (an input of nodes[i]) is not defined: either a later node
 * produces it (the nodes are not in topological order) or nothing does.
 */
static int undefined_input(Reader *r, const cJSON *nodes, int i, const char *where,
                           const char *node, const char *name)
{
	const cJSON *n;
	int k = 0;

	cJSON_ArrayForEach(n, nodes) {
		const cJSON *outs = cJSON_GetObjectItemCaseSensitive(n, "outputs"), *o;
		const cJSON *nn = cJSON_GetObjectItemCaseSensitive(n, "name");
		if (k >= i && cJSON_IsArray(outs)) {
			cJSON_ArrayForEach(o, outs)
				if (cJSON_IsString(o) && strcmp(o->valuestring, name) == 0)
					return fail(r, where, "node '%s' uses tensor '%.255s' before it is defined (by nodes[%d] '%s'); nodes must be in topological order",
					            node, name, k, cJSON_IsString(nn) ? nn->valuestring : "?");
		}
		k++;
	}
	return fail(r, where, "node '%s' uses tensor '%.255s', which is not defined", node, name);
}

/* Read nodes[i]: name, op, inputs (resolved), outputs (defined), attrs. */
static int read_node(Reader *r, const cJSON *nodes, const cJSON *e, int i)
{
	static const char *const keys[] = {"name", "op", "inputs", "outputs", "attrs", NULL};
	char where[48], w[128];
	const cJSON *name, *op, *ins, *outs, *attrs, *v;
	OpKind kind;
	int n_in, n_out, n_attr = 0, k;

	snprintf(where, sizeof(where), "nodes[%d]", i);
	if (!cJSON_IsObject(e))
		return fail(r, where, "must be an object, not %s", type_name(e));
	if (check_keys(r, e, where, keys) ||
	    get_key(r, e, where, "name", cJSON_IsString, "a string", 1, &name) ||
	    get_key(r, e, where, "op", cJSON_IsString, "a string", 1, &op) ||
	    get_key(r, e, where, "inputs", cJSON_IsArray, "an array", 1, &ins) ||
	    get_key(r, e, where, "outputs", cJSON_IsArray, "an array", 1, &outs) ||
	    get_key(r, e, where, "attrs", cJSON_IsObject, "an object", 0, &attrs))
		return -1;
	snprintf(w, sizeof(w), "%s.name", where);
	if (check_name(r, name->valuestring, w))
		return -1;
	if (map_get(&r->nodes, name->valuestring))
		return fail(r, w, "duplicate node name '%s'", name->valuestring);
	if (ir_op_from_name(op->valuestring, &kind))
		return fail(r, where, "unknown op '%.100s'", op->valuestring); /* check_ops */
	n_in = cJSON_GetArraySize(ins);
	n_out = cJSON_GetArraySize(outs);
	if (attrs)
		n_attr = cJSON_GetArraySize(attrs);
	if (n_in > MAX_NODE_IO)
		return fail(r, where, "node '%s' has %d inputs, more than %d", name->valuestring, n_in, MAX_NODE_IO);
	if (n_out < 1 || n_out > MAX_NODE_IO)
		return fail(r, where, "node '%s' has %d outputs (1 to %d allowed)", name->valuestring, n_out, MAX_NODE_IO);
	if (n_attr > MAX_ATTRS)
		return fail(r, where, "node '%s' has %d attributes, more than %d", name->valuestring, n_attr, MAX_ATTRS);
	snprintf(w, sizeof(w), "%s.attrs", where);
	if (attrs && check_keys(r, attrs, w, NULL))
		return -1;

	Node *n = ir_graph_add_node(r->g, name->valuestring, kind, n_in, n_out, n_attr);
	map_put(&r->nodes, n->name, n);
	k = 0;
	cJSON_ArrayForEach(v, ins) {
		snprintf(w, sizeof(w), "%s.inputs[%d]", where, k);
		if (!cJSON_IsString(v))
			return fail(r, w, "input must be a tensor name (string), not %s", type_name(v));
		if (v->valuestring[0]) {
			n->in[k] = map_get(&r->tensors, v->valuestring);
			if (!n->in[k])
				return undefined_input(r, nodes, i, w, n->name, v->valuestring);
		}
		k++;
	}
	k = 0;
	cJSON_ArrayForEach(v, outs) {
		snprintf(w, sizeof(w), "%s.outputs[%d]", where, k);
		if (!cJSON_IsString(v))
			return fail(r, w, "output must be a tensor name (string), not %s", type_name(v));
		if (check_name(r, v->valuestring, w))
			return -1;
		if (map_get(&r->tensors, v->valuestring))
			return fail(r, w, "duplicate tensor name '%s'", v->valuestring);
		Shape s = {0};
		Tensor *t = ir_graph_add_tensor(r->g, v->valuestring, TK_VALUE, DT_F32, &s);
		t->producer = n;
		n->out[k++] = t;
		map_put(&r->tensors, t->name, t);
	}
	k = 0;
	if (attrs) {
		cJSON_ArrayForEach(v, attrs) {
			snprintf(w, sizeof(w), "%s.attrs.%s", where, v->string);
			if (check_name(r, v->string, w) || read_attr(r, v, w, &n->attrs[k]))
				return -1;
			k++;
		}
	}
	return 0;
}

/*
 * Before building anything, list every op this reader does not know in one
 * line: each distinct op once, with the first node that uses it.
 */
static int check_ops(Reader *r, const cJSON *nodes)
{
	const cJSON *e;
	const char **seen = NULL;
	char *buf = NULL;
	size_t len = 0;
	int idx = 0, n_seen = 0;
	OpKind k;

	cJSON_ArrayForEach(e, nodes) {
		const cJSON *op = cJSON_GetObjectItemCaseSensitive(e, "op");
		const cJSON *nm = cJSON_GetObjectItemCaseSensitive(e, "name");
		int dup = 0;
		if (!cJSON_IsString(op) || ir_op_from_name(op->valuestring, &k) == 0) {
			idx++;
			continue;
		}
		for (int j = 0; j < n_seen && !dup; j++)
			dup = strcmp(seen[j], op->valuestring) == 0;
		if (!dup) {
			char item[512];
			int w = snprintf(item, sizeof(item), "%s%.200s (nodes[%d] '%.200s')",
			                 n_seen ? ", " : "", op->valuestring, idx,
			                 cJSON_IsString(nm) ? nm->valuestring : "?");
			buf = xrealloc(buf, len + (size_t)w + 1);
			memcpy(buf + len, item, (size_t)w + 1);
			len += (size_t)w;
			seen = xrealloc(seen, (size_t)(n_seen + 1) * sizeof(*seen));
			seen[n_seen++] = op->valuestring;
		}
		idx++;
	}
	if (n_seen) {
		if (len > 900)
			memcpy(buf + 890, " ...", 5);
		vitc_errf(r->err, "%s: unknown op%s: %s", r->file, n_seen > 1 ? "s" : "", buf);
	}
	free(buf);
	free(seen);
	return n_seen ? -1 : 0;
}

/* "dir/of/m.json" + "w.safetensors" -> "dir/of/w.safetensors" (arena). */
static const char *resolve_relative(Arena *a, const char *json_path, const char *rel)
{
	const char *slash = strrchr(json_path, '/');

	if (rel[0] == '/' || !slash)
		return arena_strdup(a, rel);
	return arena_printf(a, "%.*s/%s", (int)(slash - json_path), json_path, rel);
}

/* Validate the root object and build the graph from it. */
static int read_root(Reader *r, const cJSON *root)
{
	static const char *const keys[] = {"format", "version", "producer", "weights_file",
	                                   "inputs", "outputs", "weights", "nodes", NULL};
	const cJSON *fmt, *ver, *prod, *wf, *ins, *outs, *ws, *nodes, *e;
	Graph *g = r->g;
	int64_t version;
	int i;

	if (!cJSON_IsObject(root))
		return fail(r, "top level", "must be an object, not %s", type_name(root));
	if (get_key(r, root, "top level", "format", cJSON_IsString, "a string", 1, &fmt))
		return -1;
	if (strcmp(fmt->valuestring, "vitc-graph") != 0)
		return fail(r, "format", "format is '%.100s', expected 'vitc-graph'", fmt->valuestring);
	if (get_key(r, root, "top level", "version", cJSON_IsNumber, "an integer", 1, &ver) ||
	    get_int(r, ver, "version", "version", -1e15, 1e15, &version))
		return -1;
	if (version != 1)
		return fail(r, "version", "unsupported version %lld, this vitc reads 1", (long long)version);
	g->version = 1;
	if (check_keys(r, root, "top level", keys) ||
	    get_key(r, root, "top level", "producer", cJSON_IsString, "a string", 0, &prod) ||
	    get_key(r, root, "top level", "weights_file", cJSON_IsString, "a string", 0, &wf) ||
	    get_key(r, root, "top level", "inputs", cJSON_IsArray, "an array", 1, &ins) ||
	    get_key(r, root, "top level", "outputs", cJSON_IsArray, "an array", 1, &outs) ||
	    get_key(r, root, "top level", "weights", cJSON_IsArray, "an array", 1, &ws) ||
	    get_key(r, root, "top level", "nodes", cJSON_IsArray, "an array", 1, &nodes))
		return -1;
	if (prod)
		g->producer = arena_strdup(&g->arena, prod->valuestring);
	if (wf) {
		if (!wf->valuestring[0])
			return fail(r, "weights_file", "empty file name");
		g->weights_path = resolve_relative(&g->arena, r->file, wf->valuestring);
		g->weights_name = arena_strdup(&g->arena, wf->valuestring);
	}
	int n_nodes = cJSON_GetArraySize(nodes);
	if (n_nodes > MAX_NODES)
		return fail(r, "nodes", "%d nodes, more than the limit of %d", n_nodes, MAX_NODES);
	if (check_ops(r, nodes))
		return -1;

	g->n_inputs = cJSON_GetArraySize(ins);
	g->inputs = arena_calloc(&g->arena, (size_t)g->n_inputs + 1, sizeof(Tensor *));
	i = 0;
	cJSON_ArrayForEach(e, ins) {
		if (read_decl(r, e, "inputs", i, TK_INPUT))
			return -1;
		g->inputs[i++] = g->tensors[g->n_tensors - 1];
	}
	i = 0;
	cJSON_ArrayForEach(e, ws)
		if (read_decl(r, e, "weights", i++, TK_WEIGHT))
			return -1;
	i = 0;
	cJSON_ArrayForEach(e, nodes)
		if (read_node(r, nodes, e, i++))
			return -1;

	g->n_outputs = cJSON_GetArraySize(outs);
	if (g->n_outputs == 0)
		return fail(r, "outputs", "the graph has no outputs");
	g->outputs = arena_calloc(&g->arena, (size_t)g->n_outputs + 1, sizeof(Tensor *));
	i = 0;
	cJSON_ArrayForEach(e, outs) {
		char w[32];
		snprintf(w, sizeof(w), "outputs[%d]", i);
		if (!cJSON_IsString(e))
			return fail(r, w, "must be a tensor name (string), not %s", type_name(e));
		g->outputs[i] = map_get(&r->tensors, e->valuestring);
		if (!g->outputs[i])
			return fail(r, w, "graph output '%.300s' is not defined", e->valuestring);
		i++;
	}
	return 0;
}

/*
 * Read and validate the graph JSON at "path".  Node outputs are created as
 * f32 rank-0 TK_VALUE tensors; shape inference fills in the real types.
 */
Graph *ir_graph_read_json(const char *path, VitcErr *err)
{
	char *text;
	size_t len;
	cJSON *root;
	Reader r = {.file = path, .err = err};
	Scan sc;

	if (file_read_all(path, MAX_FILE, &text, &len, err))
		return NULL;
	if (prescan(path, text, len, &sc, err) ||
	    !(root = parse_text(path, text, len, &sc, err))) {
		free(text);
		return NULL;
	}
	r.g = ir_graph_new(path);
	int rc = read_root(&r, root);
	cJSON_Delete(root);
	free(text);
	map_free(&r.tensors);
	map_free(&r.nodes);
	if (rc) {
		ir_graph_free(r.g);
		return NULL;
	}
	return r.g;
}
