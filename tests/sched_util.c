/*
 * sched_util.c - a kernel through the schedule layer, an isl AST
 * interpreter and a line diff for tests/check_sched.c and
 * check_sched_prims.c (see sched_util.h; the kernels are in
 * sched_kernels.c).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>
#include <isl/point.h>
#include <isl/set.h>
#include <isl/val.h>

#include "sched/schedule.h"
#include "tests/sched_util.h"

#define MAX_BUFS 32
#define MAX_ITERS 64

/* One statement instance. */
typedef struct {
	int stmt;
	int64_t d[K_MAX_DIMS];
} Inst;

typedef struct {
	Inst *v;
	size_t n, cap;
} InstVec;

static void push_inst(InstVec *iv, const Inst *in)
{
	if (iv->n == iv->cap) {
		iv->cap = iv->cap ? 2 * iv->cap : 256;
		iv->v = xrealloc(iv->v, iv->cap * sizeof(Inst));
	}
	iv->v[iv->n++] = *in;
}

static int inst_cmp(const void *a, const void *b)
{
	const Inst *x = a, *y = b;

	if (x->stmt != y->stmt)
		return x->stmt < y->stmt ? -1 : 1;
	for (int d = 0; d < K_MAX_DIMS; d++)
		if (x->d[d] != y->d[d])
			return x->d[d] < y->d[d] ? -1 : 1;
	return 0;
}

static void inst_str(const Kernel *k, const Inst *in, char *buf, size_t len)
{
	size_t n = (size_t)snprintf(buf, len, "S%d(", in->stmt);

	for (int d = 0; d < k->stmts[in->stmt]->n_dims && n < len; d++)
		n += (size_t)snprintf(buf + n, len - n, "%s%lld", d ? ", " : "",
		                      (long long)in->d[d]);
	if (n < len)
		snprintf(buf + n, len - n, ")");
}

/* One run of a kernel: its memory, iterator values and what it executed. */
typedef struct {
	const Kernel *k;
	int64_t N;
	float *mem[MAX_BUFS];
	int64_t size[MAX_BUFS];
	int64_t it[MAX_ITERS];
	const InstVec *dom;
	InstVec log;
	char *msg;
	size_t len;
	int failed;
} Run;

static void fail(Run *r, const char *fmt, const char *arg)
{
	if (!r->failed)
		snprintf(r->msg, r->len, fmt, arg);
	r->failed = 1;
}

typedef struct {
	InstVec *iv;
	int stmt, n_dims;
} PointAcc;

static isl_stat add_point(__isl_take isl_point *pt, void *user)
{
	PointAcc *pa = user;
	Inst in = {.stmt = pa->stmt};

	for (int d = 0; d < pa->n_dims; d++) {
		isl_val *v = isl_point_get_coordinate_val(pt, isl_dim_set, d);
		in.d[d] = isl_val_get_num_si(v);
		isl_val_free(v);
	}
	isl_point_free(pt);
	push_inst(pa->iv, &in);
	return isl_stat_ok;
}

/* Every instance of every statement of "k" for batch "N", sorted. */
static int enumerate(isl_ctx *ctx, const Kernel *k, int64_t N, InstVec *iv)
{
	Arena a = {0};
	int ret = 0;

	for (int i = 0; i < k->n_stmts && !ret; i++) {
		PointAcc pa = {iv, k->stmts[i]->id, k->stmts[i]->n_dims};
		isl_set *set = isl_set_read_from_str(ctx,
			k_stmt_domain_str(&a, k, k->stmts[i]));
		set = isl_set_fix_si(set, isl_dim_param, 0, (int)N);
		if (!set || isl_set_foreach_point(set, &add_point, &pa) < 0)
			ret = -1;
		isl_set_free(set);
	}
	arena_free(&a);
	qsort(iv->v, iv->n, sizeof(Inst), inst_cmp);
	return ret;
}

static int64_t buf_elems(const Buffer *b, int64_t N)
{
	int64_t n = 1;

	for (int d = 0; d < b->shape.rank; d++)
		n *= b->shape.d[d] == IR_DIM_N ? N : b->shape.d[d];
	return n;
}

static void alloc_access(Run *r, const Access *a)
{
	int id = a->buf->id;

	if (id < 0 || id >= MAX_BUFS || r->mem[id])
		return;
	r->size[id] = buf_elems(a->buf, r->N);
	r->mem[id] = xcalloc((size_t)r->size[id], sizeof(float));
	for (int64_t i = 0; i < r->size[id]; i++)
		r->mem[id][i] = (float)((id * 7 + i * 13) % 9 - 4) / 4;
}

static void alloc_expr(Run *r, const Expr *e)
{
	if (!e)
		return;
	if (e->kind == EX_LOAD)
		alloc_access(r, &e->acc);
	alloc_expr(r, e->a);
	alloc_expr(r, e->b);
	alloc_expr(r, e->c);
}

static void run_init(Run *r, const Kernel *k, int64_t N, const InstVec *dom,
                     char *msg, size_t len)
{
	memset(r, 0, sizeof(*r));
	r->k = k;
	r->N = N;
	r->dom = dom;
	r->msg = msg;
	r->len = len;
	for (int i = 0; i < k->n_stmts; i++) {
		alloc_access(r, &k->stmts[i]->store);
		alloc_expr(r, k->stmts[i]->value);
	}
}

static void run_free(Run *r)
{
	for (int i = 0; i < MAX_BUFS; i++)
		free(r->mem[i]);
	free(r->log.v);
}

/* The element "a" names at instance "d", checked against its buffer. */
static float *addr(Run *r, const Access *a, const int64_t *d, int nd)
{
	static float dummy;
	int64_t off = a->k;
	int id = a->buf->id;

	for (int i = 0; i < nd; i++)
		off += a->c[i] * d[i];
	if (id < 0 || id >= MAX_BUFS || !r->mem[id] || off < 0 ||
	    off >= r->size[id]) {
		fail(r, "access out of bounds of buffer %s", a->buf->name);
		return &dummy;
	}
	return &r->mem[id][off];
}

static float eval_f(Run *r, const Expr *e, const int64_t *d, int nd)
{
	float a = e->a ? eval_f(r, e->a, d, nd) : 0;
	float b = e->b ? eval_f(r, e->b, d, nd) : 0;

	switch (e->kind) {
	case EX_CONST: return e->f;
	case EX_LOAD: return *addr(r, &e->acc, d, nd);
	case EX_ADD: return a + b;
	case EX_SUB: return a - b;
	case EX_MUL: return a * b;
	case EX_DIV: return a / b;
	case EX_MAX: return fmaxf(a, b);
	case EX_MIN: return fminf(a, b);
	case EX_FMA: return a * b + eval_f(r, e->c, d, nd);
	case EX_NEG: return -a;
	case EX_EXP: return expf(a);
	case EX_ERF: return erff(a);
	case EX_TANH: return tanhf(a);
	case EX_SQRT: return sqrtf(a);
	case EX_RSQRT: return 1 / sqrtf(a);
	default:   /* integer and index expressions: not in the float kernels tested here */
		fprintf(stderr, "sched_util: eval_f: expression kind %d not handled\n", (int)e->kind);
		abort();
	}
}

static void exec_stmt(Run *r, const Stmt *s, const int64_t *d)
{
	float v = eval_f(r, s->value, d, s->n_dims);
	float *p = addr(r, &s->store, d, s->n_dims);

	if (s->kind == ST_ASSIGN)
		*p = v;
	else if (s->kind == ST_ADD)
		*p += v;
	else
		*p = fmaxf(*p, v);
}

/* The reference run: the loop tree in order, domain instances only. */
static void run_tree(Run *r, const LoopNode *l, int64_t *d, int depth)
{
	Inst in = {0};

	switch (l->kind) {
	case LN_LOOP:
		for (d[depth] = 0; d[depth] < (l->extent == IR_DIM_N ? r->N :
		                               l->extent); d[depth]++)
			for (int i = 0; i < l->n_children; i++)
				run_tree(r, l->children[i], d, depth + 1);
		break;
	case LN_SEQ:
		for (int i = 0; i < l->n_children; i++)
			run_tree(r, l->children[i], d, depth);
		break;
	case LN_STMT:
		in.stmt = l->stmt->id;
		memcpy(in.d, d, (size_t)depth * sizeof(d[0]));
		if (bsearch(&in, r->dom->v, r->dom->n, sizeof(Inst), inst_cmp)) {
			push_inst(&r->log, &in);
			exec_stmt(r, l->stmt, in.d);
		}
		break;
	}
}

static int64_t eval_i(Run *r, __isl_keep isl_ast_expr *e);

static int64_t arg_i(Run *r, __isl_keep isl_ast_expr *e, int i)
{
	isl_ast_expr *a = isl_ast_expr_op_get_arg(e, i);
	int64_t v = eval_i(r, a);

	isl_ast_expr_free(a);
	return v;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return q - (a % b != 0 && ((a < 0) != (b < 0)));
}

/* An operation of isl's AST expressions, with isl's preconditions checked. */
static int64_t eval_op(Run *r, __isl_keep isl_ast_expr *e)
{
	isl_size n = isl_ast_expr_op_get_n_arg(e);
	int64_t a = n > 0 ? arg_i(r, e, 0) : 0, b = n > 1 ? arg_i(r, e, 1) : 0;

	switch (isl_ast_expr_op_get_type(e)) {
	case isl_ast_expr_op_and: case isl_ast_expr_op_and_then: return a && b;
	case isl_ast_expr_op_or: case isl_ast_expr_op_or_else: return a || b;
	case isl_ast_expr_op_max:
		for (int i = 1; i < n; i++)
			a = (b = arg_i(r, e, i)) > a ? b : a;
		return a;
	case isl_ast_expr_op_min:
		for (int i = 1; i < n; i++)
			a = (b = arg_i(r, e, i)) < a ? b : a;
		return a;
	case isl_ast_expr_op_minus: return -a;
	case isl_ast_expr_op_add: return a + b;
	case isl_ast_expr_op_sub: return a - b;
	case isl_ast_expr_op_mul: return a * b;
	case isl_ast_expr_op_div:
		if (b == 0 || a % b)
			fail(r, "%s: inexact division", "div");
		return b ? a / b : 0;
	case isl_ast_expr_op_fdiv_q:
		if (b <= 0)
			fail(r, "%s: divisor <= 0", "fdiv_q");
		return b ? floor_div(a, b) : 0;
	case isl_ast_expr_op_pdiv_q: case isl_ast_expr_op_pdiv_r:
		if (a < 0 || b <= 0) {
			fail(r, "%s: negative operand", "pdiv");
			return 0;
		}
		return isl_ast_expr_op_get_type(e) == isl_ast_expr_op_pdiv_q ?
		       a / b : a % b;
	case isl_ast_expr_op_zdiv_r: return b ? a % b : 0;
	case isl_ast_expr_op_cond: case isl_ast_expr_op_select:
		return a ? b : arg_i(r, e, 2);
	case isl_ast_expr_op_eq: return a == b;
	case isl_ast_expr_op_le: return a <= b;
	case isl_ast_expr_op_lt: return a < b;
	case isl_ast_expr_op_ge: return a >= b;
	case isl_ast_expr_op_gt: return a > b;
	default:
		fail(r, "%s: unexpected operation in the AST", "op");
		return 0;
	}
}

/* The slot of iterator "cK", or -1. */
static int iter_slot(__isl_keep isl_id *id)
{
	const char *name = id ? isl_id_get_name(id) : NULL;
	char *end;
	long k;

	if (!name || name[0] != 'c')
		return -1;
	k = strtol(name + 1, &end, 10);
	return *end || end == name + 1 || k < 0 || k >= MAX_ITERS ? -1 : (int)k;
}

static int64_t eval_i(Run *r, __isl_keep isl_ast_expr *e)
{
	isl_id *id;
	isl_val *v;
	int64_t x = 0;
	int slot;

	switch (isl_ast_expr_get_type(e)) {
	case isl_ast_expr_int:
		v = isl_ast_expr_int_get_val(e);
		x = isl_val_get_num_si(v);
		isl_val_free(v);
		return x;
	case isl_ast_expr_id:
		id = isl_ast_expr_id_get_id(e);
		slot = iter_slot(id);
		if (slot >= 0)
			x = r->it[slot];
		else if (id && !strcmp(isl_id_get_name(id), "N"))
			x = r->N;
		else
			fail(r, "unknown identifier %s", id ? isl_id_get_name(id) : "?");
		isl_id_free(id);
		return x;
	case isl_ast_expr_op:
		return eval_op(r, e);
	default:
		fail(r, "%s: bad expression", "AST");
		return 0;
	}
}

/* A user node: record the instance, check it, and execute it. */
static void exec_user(Run *r, __isl_keep isl_ast_node *node)
{
	isl_ast_expr *call = isl_ast_node_user_get_expr(node);
	isl_ast_expr *fn = isl_ast_expr_op_get_arg(call, 0);
	isl_id *id = isl_ast_expr_id_get_id(fn);
	isl_size n = isl_ast_expr_op_get_n_arg(call);
	Inst in = {.stmt = atoi(isl_id_get_name(id) + 1)};
	char buf[256];

	for (int i = 1; i < n && i <= K_MAX_DIMS; i++)
		in.d[i - 1] = arg_i(r, call, i);
	isl_id_free(id);
	isl_ast_expr_free(fn);
	isl_ast_expr_free(call);
	if (in.stmt < 0 || in.stmt >= r->k->n_stmts ||
	    n != r->k->stmts[in.stmt]->n_dims + 1) {
		fail(r, "%s: bad statement call", "AST");
		return;
	}
	push_inst(&r->log, &in);
	if (!bsearch(&in, r->dom->v, r->dom->n, sizeof(Inst), inst_cmp)) {
		inst_str(r->k, &in, buf, sizeof(buf));
		fail(r, "instance %s is outside its domain", buf);
		return;
	}
	exec_stmt(r, r->k->stmts[in.stmt], in.d);
}

static void exec_node(Run *r, __isl_keep isl_ast_node *node);

static void exec_for(Run *r, __isl_keep isl_ast_node *node)
{
	isl_ast_expr *it = isl_ast_node_for_get_iterator(node);
	isl_id *id = isl_ast_expr_id_get_id(it);
	isl_ast_node *body = isl_ast_node_for_get_body(node);
	isl_ast_expr *e = isl_ast_node_for_get_init(node);
	int slot = iter_slot(id);
	int64_t v = eval_i(r, e), guard = 0;

	isl_ast_expr_free(e);
	if (slot < 0)
		fail(r, "%s: bad loop iterator", "AST");
	if (isl_ast_node_for_is_degenerate(node) == isl_bool_true &&
	    slot >= 0) {
		r->it[slot] = v;
		exec_node(r, body);
	} else if (slot >= 0) {
		isl_ast_expr *cond = isl_ast_node_for_get_cond(node);
		isl_ast_expr *inc = isl_ast_node_for_get_inc(node);
		for (; !r->failed; v += eval_i(r, inc)) {
			r->it[slot] = v;
			if (!eval_i(r, cond))
				break;
			if (++guard > 10000000)
				fail(r, "%s: runaway loop", "AST");
			exec_node(r, body);
		}
		isl_ast_expr_free(cond);
		isl_ast_expr_free(inc);
	}
	isl_ast_node_free(body);
	isl_ast_expr_free(it);
	isl_id_free(id);
}

static void exec_node(Run *r, __isl_keep isl_ast_node *node)
{
	isl_ast_node_list *list;
	isl_ast_node *c;

	if (r->failed)
		return;
	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_for:
		exec_for(r, node);
		break;
	case isl_ast_node_if:
		{
			isl_ast_expr *cond = isl_ast_node_if_get_cond(node);
			int t = eval_i(r, cond) != 0;
			isl_ast_expr_free(cond);
			if (t)
				c = isl_ast_node_if_get_then_node(node);
			else if (isl_ast_node_if_has_else_node(node) == isl_bool_true)
				c = isl_ast_node_if_get_else_node(node);
			else
				break;
			exec_node(r, c);
			isl_ast_node_free(c);
		}
		break;
	case isl_ast_node_block:
		list = isl_ast_node_block_get_children(node);
		for (int i = 0; i < isl_ast_node_list_n_ast_node(list); i++) {
			c = isl_ast_node_list_get_ast_node(list, i);
			exec_node(r, c);
			isl_ast_node_free(c);
		}
		isl_ast_node_list_free(list);
		break;
	case isl_ast_node_mark:
		c = isl_ast_node_mark_get_node(node);
		exec_node(r, c);
		isl_ast_node_free(c);
		break;
	case isl_ast_node_user:
		exec_user(r, node);
		break;
	default:
		fail(r, "%s: bad node", "AST");
	}
}

/* Compare what the AST run executed with the domain: each instance once. */
static void check_log(Run *r)
{
	char buf[256];

	qsort(r->log.v, r->log.n, sizeof(Inst), inst_cmp);
	for (size_t i = 1; i < r->log.n && !r->failed; i++)
		if (!inst_cmp(&r->log.v[i - 1], &r->log.v[i])) {
			inst_str(r->k, &r->log.v[i], buf, sizeof(buf));
			fail(r, "instance %s runs more than once", buf);
		}
	for (size_t i = 0; i < r->dom->n && !r->failed; i++)
		if (i >= r->log.n || inst_cmp(&r->log.v[i], &r->dom->v[i])) {
			inst_str(r->k, &r->dom->v[i], buf, sizeof(buf));
			fail(r, "instance %s never runs", buf);
		}
}

/* The two runs left the same values (up to rounding) in every buffer. */
static void compare_mem(Run *ref, Run *r)
{
	for (int b = 0; b < MAX_BUFS && !r->failed; b++)
		for (int64_t i = 0; ref->mem[b] && i < ref->size[b]; i++) {
			float x = ref->mem[b][i], y = r->mem[b][i];
			if (fabsf(x - y) > 1e-5f * (1 + fabsf(x))) {
				char what[64];
				snprintf(what, sizeof(what), "buffer %d element %lld", b,
				         (long long)i);
				fail(r, "%s differs from the loop tree's result", what);
				break;
			}
		}
}

int tk_check_ast(isl_ctx *ctx, const Kernel *k, __isl_keep isl_ast_node *ast,
                 int64_t N, char *msg, size_t len)
{
	InstVec dom = {0};
	Run ref, run;
	int64_t d[K_MAX_DIMS] = {0};
	int failed;

	msg[0] = '\0';
	if (enumerate(ctx, k, N, &dom)) {
		snprintf(msg, len, "cannot enumerate the domain");
		free(dom.v);
		return -1;
	}
	run_init(&ref, k, N, &dom, msg, len);
	run_tree(&ref, k->root, d, 0);
	run_init(&run, k, N, &dom, msg, len);
	exec_node(&run, ast);
	if (!run.failed)
		check_log(&run);
	if (!run.failed)
		compare_mem(&ref, &run);
	failed = run.failed || ref.failed;
	run_free(&ref);
	run_free(&run);
	free(dom.v);
	return failed ? -1 : 0;
}

/* Split "s" into lines (pointers into a copy that "*store" owns). */
static char **lines(const char *s, int *n, char **store)
{
	char **v = NULL, *p;
	int cap = 0;

	*store = xstrdup(s ? s : "");
	*n = 0;
	for (p = *store; *p;) {
		char *nl = strchr(p, '\n');
		if (*n == cap)
			v = xrealloc(v, (size_t)(cap = cap ? 2 * cap : 64) * sizeof(*v));
		v[(*n)++] = p;
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	return v;
}

void tk_diff(const char *name, const char *want, const char *got)
{
	char *sw, *sg;
	int n, m;
	char **a = lines(want, &n, &sw), **b = lines(got, &m, &sg);
	int *t = xcalloc((size_t)(n + 1) * (size_t)(m + 1), sizeof(int));
	int i = 0, j = 0;

#define T(x, y) t[(size_t)(x) * (size_t)(m + 1) + (size_t)(y)]
	for (int x = n - 1; x >= 0; x--)
		for (int y = m - 1; y >= 0; y--)
			T(x, y) = !strcmp(a[x], b[y]) ? T(x + 1, y + 1) + 1 :
			          T(x + 1, y) > T(x, y + 1) ? T(x + 1, y) : T(x, y + 1);
	fprintf(stderr, "--- %s (expected)\n+++ %s (actual)\n", name, name);
	while (i < n || j < m) {
		if (i < n && j < m && !strcmp(a[i], b[j])) {
			fprintf(stderr, " %s\n", a[i++]);
			j++;
		} else if (j < m && (i == n || T(i, j + 1) >= T(i + 1, j))) {
			fprintf(stderr, "+%s\n", b[j++]);
		} else {
			fprintf(stderr, "-%s\n", a[i++]);
		}
	}
#undef T
	free(t);
	free(a);
	free(b);
	free(sw);
	free(sg);
}

/*
 * Build kernel "kname" (sizes "args", or the defaults if NULL), parse
 * "sched", apply it, generate the AST and its text.  Returns 0, or -1
 * with the message in c->err.
 */
int tk_case_run(TkCase *c, const char *kname, const int64_t *args, int nargs,
                const char *sched)
{
	isl_schedule *s;

	memset(c, 0, sizeof(*c));
	c->ctx = sch_ctx_alloc();
	c->p = k_program_new();
	c->k = tk_build(c->p, kname, args, nargs);
	if (!c->k)
		return vitc_errf(&c->err, "no test kernel '%s'", kname);
	if (sch_parse(sched, &c->k->sched, &c->p->arena, &c->err))
		return -1;
	s = sch_initial(c->ctx, c->k, &c->err);
	if (!s)
		return -1;
	s = sch_apply(s, c->k, NULL, &c->err);
	if (!s)
		return -1;
	c->ast = sch_build_ast(s, &c->err);
	if (!c->ast)
		return -1;
	c->text = sch_ast_to_c(c->ast, c->k);
	return 0;
}

void tk_case_free(TkCase *c)
{
	free(c->text);
	isl_ast_node_free(c->ast);
	k_program_free(c->p);
	isl_ctx_free(c->ctx);
}

/* Run the AST of "c" for N = 1 and N = 3 against the loop tree. */
int tk_case_interp(TkCase *c, char *msg, size_t len)
{
	static const int64_t batches[] = {1, 3};

	for (int i = 0; i < 2; i++)
		if (tk_check_ast(c->ctx, c->k, c->ast, batches[i], msg, len)) {
			size_t n = strlen(msg);
			snprintf(msg + n, len - n, " (N = %lld)",
			         (long long)batches[i]);
			return -1;
		}
	return 0;
}
