/*
 * check_sched.c - the schedule layer (sched/schedule.c, sch_):
 *  - golden ASTs: each tests/sched/<name>.txt names a test kernel and a
 *    schedule; the AST text must equal tests/sched/<name>.c (isl's
 *    codegen_test style; VITC_UPDATE_GOLDEN=1 rewrites the .c files);
 *  - every golden AST is run by an interpreter for N = 1 and 3: each
 *    domain instance exactly once, nothing else, same values as the loop
 *    tree (so the edits keep the semantics);
 *  - the error path of every primitive, and the text form of schedules.
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>
#include <isl/schedule.h>

#include "sched/schedule.h"
#include "sched/space.h"
#include "tests/sched_util.h"

#define SCHED_DIR TEST_SRCDIR "/sched"

/* One kernel through the whole schedule layer. */
typedef struct {
	isl_ctx *ctx;
	Program *p;
	Kernel *k;
	isl_ast_node *ast;
	char *text;
	VitcErr err;
} Case;

/*
 * Build kernel "kname" (sizes "args", or the defaults if NULL), parse
 * "sched", apply it, generate the AST and its text.  Returns 0, or -1
 * with the message in c->err.
 */
static int case_run(Case *c, const char *kname, const int64_t *args,
                    int nargs, const char *sched)
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

static void case_free(Case *c)
{
	free(c->text);
	isl_ast_node_free(c->ast);
	k_program_free(c->p);
	isl_ctx_free(c->ctx);
}

/* Run the AST of "c" for N = 1 and N = 3 against the loop tree. */
static int case_interp(Case *c, char *msg, size_t len)
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

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = xmalloc((size_t)n + 1);
	buf[fread(buf, 1, (size_t)n, f)] = '\0';
	fclose(f);
	return buf;
}

/*
 * A golden input: "kernel: <name> <sizes...>", "schedule: <text>" and
 * optionally "interpret: no" for a kernel too big for the interpreter
 * (test_interp_isolated runs its schedule on smaller sizes).
 */
typedef struct {
	char kernel[64];
	int64_t args[8];
	int nargs;
	char sched[1024];
	int no_interp;
} Golden;

static int golden_read(const char *path, Golden *g)
{
	char *text = read_file(path), *line, *save = NULL;
	int have_kernel = 0;

	memset(g, 0, sizeof(*g));
	if (!text)
		return -1;
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "kernel:", 7)) {
			char *p = line + 7, *end;
			int n = 0;
			if (sscanf(p, " %63s%n", g->kernel, &n) != 1)
				break;
			for (p += n; g->nargs < 8; p = end) {
				long long v = strtoll(p, &end, 10);
				if (end == p)
					break;
				g->args[g->nargs++] = v;
			}
			have_kernel = 1;
		} else if (!strncmp(line, "schedule:", 9)) {
			snprintf(g->sched, sizeof(g->sched), "%s", line + 9);
		} else if (!strncmp(line, "interpret: no", 13)) {
			g->no_interp = 1;
		}
	}
	free(text);
	return have_kernel ? 0 : -1;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The base names of tests/sched/\*.txt, sorted (NULL-terminated). */
static char **golden_names(void)
{
	DIR *d = opendir(SCHED_DIR);
	struct dirent *e;
	char **v = xcalloc(256, sizeof(*v));
	int n = 0;

	while (d && (e = readdir(d)) && n < 255) {
		size_t len = strlen(e->d_name);
		if (len > 4 && !strcmp(e->d_name + len - 4, ".txt")) {
			v[n] = xstrdup(e->d_name);
			v[n++][len - 4] = '\0';
		}
	}
	if (d)
		closedir(d);
	qsort(v, (size_t)n, sizeof(*v), cmp_str);
	return v;
}

/* One golden case: 0 if it passes (or was rewritten), else -1. */
static int golden_one(const char *name, int update)
{
	char path[512], msg[512];
	Golden g;
	Case c;
	char *want;
	int ok;

	snprintf(path, sizeof(path), "%s/%s.txt", SCHED_DIR, name);
	if (golden_read(path, &g)) {
		fprintf(stderr, "%s: no 'kernel:' line\n", path);
		return -1;
	}
	if (case_run(&c, g.kernel, g.nargs ? g.args : NULL, g.nargs, g.sched)) {
		fprintf(stderr, "%s: %s\n", path, c.err.msg);
		case_free(&c);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/%s.c", SCHED_DIR, name);
	want = update ? NULL : read_file(path);
	ok = want && !strcmp(want, c.text);
	if (update) {
		ok = !file_write_atomic(path, c.text, strlen(c.text), &c.err);
		if (!ok)
			fprintf(stderr, "%s\n", c.err.msg);
	} else if (!want) {
		fprintf(stderr, "%s: missing (VITC_UPDATE_GOLDEN=1 writes it); "
		        "the AST is:\n%s", path, c.text);
	} else if (!ok) {
		tk_diff(path, want, c.text);
	}
	if (ok && !g.no_interp && case_interp(&c, msg, sizeof(msg))) {
		fprintf(stderr, "%s/%s.txt: the AST is wrong: %s\n", SCHED_DIR, name,
		        msg);
		ok = 0;
	}
	free(want);
	case_free(&c);
	return ok ? 0 : -1;
}

START_TEST(test_golden)
{
	const char *env = getenv("VITC_UPDATE_GOLDEN");
	int update = env && !strcmp(env, "1");
	char **names = golden_names();
	int n, bad = 0;

	for (n = 0; names[n]; n++) {
		if (golden_one(names[n], update))
			bad++;
		free(names[n]);
	}
	free(names);
	ck_assert_msg(n >= 8, "only %d golden cases in %s", n, SCHED_DIR);
	ck_assert_msg(!bad, "%d of %d golden cases failed (diffs above)", bad, n);
}
END_TEST

/* A tiled matmul runs each instance of its domain exactly once. */
START_TEST(test_interp_tiled_matmul)
{
	static const char *const scheds[] = {
		"tile(i,j,4,8)",
		"tile(i,j,4,8); reorder(j.i,k); parallel(i.o); vectorize(j.i)",
		"tile(i,j,3,5); split(k,2); unroll(k.i)",
		"tile(i,j,1,1)",
		"tile(i,j,16,16)",
	};
	char msg[512];
	Case c;

	for (size_t i = 0; i < sizeof(scheds) / sizeof(scheds[0]); i++) {
		ck_assert_msg(!case_run(&c, "gemm", (int64_t[]){10, 3, 12}, 3,
		                        scheds[i]), "%s: %s", scheds[i], c.err.msg);
		ck_assert_msg(!case_interp(&c, msg, sizeof(msg)), "%s: %s",
		              scheds[i], msg);
		case_free(&c);
	}
}
END_TEST

/*
 * The lowering's default matmul schedule (lower/linalg.c) with its full
 * tiles isolated runs each instance exactly once, whichever of i (by 4)
 * and j (by 64) leave partial tiles: the shapes of tests/sched/fc_*.c
 * at sizes the interpreter can afford.
 */
START_TEST(test_interp_isolated)
{
	static const char sched[] = "split(i,4); split(j,64); reorder(k,j.o); "
		"reorder(i.i,j.o); reorder(i.i,k); split(j.i,16); unroll(i.i); "
		"unroll(j.i.o); vectorize(j.i.i); parallel(i.o)";
	static const int64_t sizes[][3] = {
		{197, 2, 128}, {9, 2, 80}, {8, 2, 128}, {3, 2, 200}, {1, 1, 64},
	};
	char msg[512];
	Case c;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		ck_assert_msg(!case_run(&c, "fc", sizes[i], 3, sched), "fc %lld: %s",
		              (long long)sizes[i][0], c.err.msg);
		ck_assert_msg(!case_interp(&c, msg, sizeof(msg)), "fc %lld %lld "
		              "%lld: %s", (long long)sizes[i][0],
		              (long long)sizes[i][1], (long long)sizes[i][2], msg);
		case_free(&c);
	}
}
END_TEST

/*
 * The number of if nodes in "node" inside a for loop whose iterator is
 * c<depth> with depth >= "from" ("in": already inside one).
 */
static int ifs_inside(__isl_keep isl_ast_node *node, int from, int in)
{
	isl_ast_node_list *list;
	isl_ast_node *c;
	isl_ast_expr *it;
	isl_id *id;
	int n = 0;

	switch (isl_ast_node_get_type(node)) {
	case isl_ast_node_for:
		it = isl_ast_node_for_get_iterator(node);
		id = isl_ast_expr_id_get_id(it);
		in = in || atoi(isl_id_get_name(id) + 1) >= from;
		isl_id_free(id);
		isl_ast_expr_free(it);
		c = isl_ast_node_for_get_body(node);
		n = ifs_inside(c, from, in);
		isl_ast_node_free(c);
		return n;
	case isl_ast_node_if:
		c = isl_ast_node_if_get_then_node(node);
		n = in + ifs_inside(c, from, in);
		isl_ast_node_free(c);
		if (isl_ast_node_if_has_else_node(node) == isl_bool_true) {
			c = isl_ast_node_if_get_else_node(node);
			n += ifs_inside(c, from, in);
			isl_ast_node_free(c);
		}
		return n;
	case isl_ast_node_block:
		list = isl_ast_node_block_get_children(node);
		for (int i = 0; i < isl_ast_node_list_n_ast_node(list); i++) {
			c = isl_ast_node_list_get_ast_node(list, i);
			n += ifs_inside(c, from, in);
			isl_ast_node_free(c);
		}
		isl_ast_node_list_free(list);
		return n;
	case isl_ast_node_mark:
		c = isl_ast_node_mark_get_node(node);
		n = ifs_inside(c, from, in);
		isl_ast_node_free(c);
		return n;
	default:
		return 0;
	}
}

/*
 * With the default matmul schedule the k loop (c3, inside n i.o j.o) of
 * every version holds no guard, whether 197 rows leave a partial i tile
 * and 200 or 197 columns a partial j tile, or not.
 */
START_TEST(test_isolated_no_guards)
{
	static const char sched[] = "split(i,4); split(j,64); reorder(k,j.o); "
		"reorder(i.i,j.o); reorder(i.i,k); split(j.i,16); unroll(i.i); "
		"unroll(j.i.o); vectorize(j.i.i); parallel(i.o)";
	static const int64_t sizes[][3] = {
		{197, 192, 768}, {197, 192, 200}, {197, 64, 197}, {196, 192, 768},
	};
	Case c;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		ck_assert_msg(!case_run(&c, "fc", sizes[i], 3, sched), "%s",
		              c.err.msg);
		ck_assert_msg(!ifs_inside(c.ast, 3, 0), "fc %lld %lld %lld: guards "
		              "inside the k loop:\n%s", (long long)sizes[i][0],
		              (long long)sizes[i][1], (long long)sizes[i][2], c.text);
		case_free(&c);
	}
}
END_TEST

/* The interpreter is not vacuous: a wrong AST fails it. */
START_TEST(test_interp_catches_wrong_ast)
{
	char msg[512];
	Case c, d;

	ck_assert(!case_run(&c, "transpose", (int64_t[]){10, 7}, 2, ""));
	ck_assert(!case_run(&d, "transpose", (int64_t[]){9, 7}, 2, ""));
	ck_assert(tk_check_ast(c.ctx, d.k, c.ast, 2, msg, sizeof(msg)) < 0);
	ck_assert_msg(strstr(msg, "outside its domain"), "%s", msg);
	ck_assert(tk_check_ast(d.ctx, c.k, d.ast, 2, msg, sizeof(msg)) < 0);
	ck_assert_msg(strstr(msg, "never runs"), "%s", msg);
	case_free(&c);
	case_free(&d);
}
END_TEST

/* The initial tree: one band per loop, its "loop:" mark right above it. */
START_TEST(test_initial_tree)
{
	Case c;
	isl_schedule *s;
	char *yaml;

	ck_assert(!case_run(&c, "matmul", NULL, 0, ""));
	s = sch_initial(c.ctx, c.k, &c.err);
	yaml = sch_schedule_str(s);
	ck_assert(yaml);
	ck_assert_msg(strstr(yaml, "mark: \"loop:n\"") &&
	              strstr(yaml, "mark: \"loop:k\"") &&
	              strstr(yaml, "sequence:"), "%s", yaml);
	ck_assert_msg(strstr(yaml, "S1[i0, i1, i2, i3] -> [(i2)]"), "%s", yaml);
	free(yaml);
	isl_schedule_free(s);
	ck_assert_ptr_null(sch_schedule_str(NULL));
	yaml = sch_ast_to_c(c.ast, NULL);
	ck_assert_msg(strstr(yaml, "      S1(c0, c1, c2, c3);\n"), "%s", yaml);
	free(yaml);
	ck_assert_ptr_null(sch_ast_to_c(NULL, c.k));
	case_free(&c);
}
END_TEST

/* "sched" on kernel "kname" fails with exactly the message "want". */
static void expect_error(const char *kname, const char *sched,
                         const char *want)
{
	Case c;
	int r = case_run(&c, kname, NULL, 0, sched);

	ck_assert_msg(r < 0, "%s on %s: no error", sched, kname);
	ck_assert_msg(!strcmp(c.err.msg, want), "%s on %s:\n got '%s'\nwant '%s'",
	              sched, kname, c.err.msg, want);
	case_free(&c);
}

START_TEST(test_err_no_loop)
{
	expect_error("matmul", "vectorize(j.i)", "kernel 'matmul': schedule: "
	             "no loop 'j.i' (loops: n, i, j, k)");
	expect_error("matmul", "split(q,2)", "kernel 'matmul': schedule: "
	             "no loop 'q' (loops: n, i, j, k)");
	expect_error("gemm", "split(j,2); parallel(j)", "kernel 'gemm': "
	             "schedule: no loop 'j' (loops: n, i, j.o, j.i, k)");
	expect_error("gemm", "reorder(i,zz)", "kernel 'gemm': schedule: "
	             "no loop 'zz' (loops: n, i, j, k)");
	expect_error("gemm", "tile(i,zz,2,2)", "kernel 'gemm': schedule: "
	             "no loop 'zz' (loops: n, i, j, k)");
}
END_TEST

START_TEST(test_err_split)
{
	Program *p = k_program_new();
	isl_ctx *ctx = sch_ctx_alloc();
	Kernel *k = tk_nest(p, (const char *const[]){"a", "b"}, 2);
	Schedule bad = {1, {{SP_SPLIT, "a", NULL, 0, 0}}};
	VitcErr err;
	isl_schedule *s = sch_apply(sch_initial(ctx, k, &err), k, &bad, &err);

	ck_assert_ptr_null(s);
	ck_assert_str_eq(err.msg, "kernel 'nest': schedule: split(a,0): "
	                 "factor out of range 1..65536");
	bad.prims[0].iter = NULL;
	ck_assert_ptr_null(sch_apply(sch_initial(ctx, k, &err), k, &bad, &err));
	ck_assert_msg(strstr(err.msg, "malformed primitive"), "%s", err.msg);
	ck_assert_ptr_null(sch_apply(NULL, k, &bad, &err));
	ck_assert_str_eq(err.msg, "kernel 'nest': schedule: no schedule");
	ck_assert_ptr_null(sch_build_ast(NULL, &err));
	k_program_free(p);
	isl_ctx_free(ctx);
}
END_TEST

/* Loop iterators that isl's parser or the primitives cannot take. */
START_TEST(test_err_iterators)
{
	static const char *const bad[] = {"a.o", "N", "9x", ""};
	isl_ctx *ctx = sch_ctx_alloc();

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		Program *p = k_program_new();
		Kernel *k = tk_nest(p, (const char *const[]){"a", bad[i]}, 2);
		char want[256];
		VitcErr err;
		ck_assert_ptr_null(sch_initial(ctx, k, &err));
		snprintf(want, sizeof(want), "kernel 'nest': schedule: bad loop "
		         "iterator '%s' (want an identifier of at most 64 "
		         "characters, not N)", bad[i]);
		ck_assert_str_eq(err.msg, want);
		k_program_free(p);
	}
	isl_ctx_free(ctx);
}
END_TEST

START_TEST(test_err_tile)
{
	expect_error("matmul", "tile(i,j,4,4)", "kernel 'matmul': schedule: "
	             "tile(i,j,4,4): loops 'i' and 'j' are not perfectly nested "
	             "('i' has no single loop directly inside it)");
	expect_error("gemm", "tile(i,k,4,4)", "kernel 'gemm': schedule: "
	             "tile(i,k,4,4): loops 'i' and 'k' are not perfectly nested "
	             "(the loop directly inside 'i' is 'j')");
	expect_error("gemm", "tile(j,j,4,4)", "kernel 'gemm': schedule: "
	             "tile(j,j,4,4): needs two different loops");
	expect_error("gemm", "tile(i,j,4,70000)", "schedule: at 12: factor "
	             "70000 out of range 1..65536");
}
END_TEST

START_TEST(test_err_reorder)
{
	expect_error("gemm", "reorder(j,i)", "kernel 'gemm': schedule: "
	             "reorder(j,i): loop 'j' is inside loop 'i', not the other "
	             "way round");
	expect_error("gemm", "reorder(i,k)", "kernel 'gemm': schedule: "
	             "reorder(i,k): loops 'i' and 'k' are not perfectly nested "
	             "(the loop directly inside 'i' is 'j')");
	expect_error("matmul", "reorder(i,j)", "kernel 'matmul': schedule: "
	             "reorder(i,j): loops 'i' and 'j' are not perfectly nested "
	             "('i' has no single loop directly inside it)");
	expect_error("gemm", "reorder(k,k)", "kernel 'gemm': schedule: "
	             "reorder(k,k): needs two different loops");
}
END_TEST

START_TEST(test_err_vectorize)
{
	expect_error("gemm", "vectorize(j)", "kernel 'gemm': schedule: "
	             "vectorize(j): loop 'j' is not innermost (loop 'k' is "
	             "inside it)");
	expect_error("gemm", "parallel(j); vectorize(j)", "kernel 'gemm': "
	             "schedule: vectorize(j): loop 'j' is already parallel (a "
	             "loop takes one of vectorize, parallel, unroll)");
	expect_error("gemm", "vectorize(k); split(k,4)", "kernel 'gemm': "
	             "schedule: split(k,4): comes after vectorize(k): split, tile "
	             "and reorder must come before vectorize, parallel and "
	             "unroll");
}
END_TEST

START_TEST(test_err_parallel)
{
	expect_error("gemm", "parallel(i); parallel(k)", "kernel 'gemm': "
	             "schedule: parallel(k): loop 'k' is inside parallel loop "
	             "'i' (no nested parallel loops)");
	expect_error("gemm", "parallel(j); parallel(n)", "kernel 'gemm': "
	             "schedule: parallel(n): loop 'j' inside loop 'n' is "
	             "parallel already (no nested parallel loops)");
	expect_error("gemm", "unroll(k); parallel(k)", "kernel 'gemm': "
	             "schedule: parallel(k): loop 'k' is already unrolled (a "
	             "loop takes one of vectorize, parallel, unroll)");
}
END_TEST

START_TEST(test_err_unroll)
{
	Case c;

	expect_error("gemm", "unroll(n)", "kernel 'gemm': schedule: "
	             "unroll(n): loop 'n' has no constant trip count");
	ck_assert(case_run(&c, "gemm", (int64_t[]){4, 100, 4}, 3,
	                   "unroll(k)") < 0);
	ck_assert_str_eq(c.err.msg, "kernel 'gemm': schedule: unroll(k): loop "
	                 "'k' runs up to 100 times (unroll at most 64: split "
	                 "it first)");
	case_free(&c);
	expect_error("gemm", "vectorize(k); unroll(k)", "kernel 'gemm': "
	             "schedule: unroll(k): loop 'k' is already vectorized (a "
	             "loop takes one of vectorize, parallel, unroll)");
}
END_TEST

/* Schedules that would change what the kernel computes are refused. */
START_TEST(test_err_dependences)
{
	Case c;

	expect_error("gemm", "parallel(k)", "kernel 'gemm': schedule: "
	             "parallel(k): loop 'k' carries a dependence (S0 -> S0): its "
	             "iterations cannot run in parallel");
	expect_error("softmax", "parallel(j)", "kernel 'softmax': schedule: "
	             "parallel(j): loop 'j' carries a dependence (S0 -> S0): its "
	             "iterations cannot run in parallel");
	expect_error("wave", "parallel(i)", "kernel 'wave': schedule: "
	             "parallel(i): loop 'i' carries a dependence (S0 -> S0): its "
	             "iterations cannot run in parallel");
	expect_error("wave", "reorder(i,j)", "kernel 'wave': schedule: "
	             "reorder(i,j): would run a dependence (S0 -> S0) backwards");
	expect_error("wave", "split(j,3); reorder(i,j.o); split(i,2)", "kernel "
	             "'wave': schedule: reorder(i,j.o): would run a dependence "
	             "(S0 -> S0) backwards");
	expect_error("wave", "tile(i,j,2,2)", "kernel 'wave': schedule: "
	             "tile(i,j,2,2): would run a dependence (S0 -> S0) backwards");
	ck_assert_msg(!case_run(&c, "wave", NULL, 0, "split(j,2); parallel(j.o)"),
	              "%s", c.err.msg);
	case_free(&c);
	ck_assert_msg(!case_run(&c, "matmul", NULL, 0, "parallel(j)"), "%s",
	              c.err.msg);
	case_free(&c);
	/*
	 * A copy that writes each element once has no dependences (found
	 * without isl): any order, any parallel loop.  One whose store is
	 * not injective still has its output dependence.
	 */
	ck_assert_msg(!case_run(&c, "transpose", NULL, 0, "reorder(i,j); parallel(i)"),
	              "%s", c.err.msg);
	case_free(&c);
	ck_assert_msg(!case_run(&c, "transpose", (int64_t[]){40, 30}, 2,
	                        "tile(i,j,16,16); vectorize(j.i); parallel(i.o)"),
	              "%s", c.err.msg);
	case_free(&c);
	ck_assert_msg(!case_run(&c, "lastcol", NULL, 0, "reorder(i,j); parallel(i)"),
	              "%s", c.err.msg);
	case_free(&c);
	expect_error("lastcol", "parallel(j)", "kernel 'lastcol': schedule: "
	             "parallel(j): loop 'j' carries a dependence (S0 -> S0): its "
	             "iterations cannot run in parallel");
}
END_TEST

/*
 * GPU mappings (sched/gpu.c): a loop bound to blocks or threads must not
 * carry a dependence, nor be nested with another on its axis, and takes
 * one annotation; a legal mapping runs every instance once (the
 * interpreter runs bound loops as plain loops, as --emulate-gpu does).
 */
START_TEST(test_gpu_bind)
{
	static const char *const ok[][2] = {
		{"gemm", "split(j,4); bind(j.o,blockIdx.x); bind(j.i,threadIdx.x); "
		         "bind(i,blockIdx.y); bind(n,blockIdx.z)"},
		{"gemm", "split(i,3); bind(i.o,blockIdx.x); bind(i.i,threadIdx.x); "
		         "bind(j,threadIdx.y)"},
		{"matmul", "split(j,4); bind(j.i,threadIdx.x); bind(i,blockIdx.x)"},
		{"softmax", "bind(i,threadIdx.x); bind(n,blockIdx.x)"},
		{"linear", "bind(j,threadIdx.x); bind(i,threadIdx.y)"},
	};
	char msg[512];
	Case c;

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		ck_assert_msg(!case_run(&c, ok[i][0], NULL, 0, ok[i][1]), "%s: %s", ok[i][1],
		              c.err.msg);
		ck_assert_msg(!case_interp(&c, msg, sizeof(msg)), "%s: %s", ok[i][1], msg);
		case_free(&c);
	}
	expect_error("gemm", "bind(k,threadIdx.x)", "kernel 'gemm': schedule: "
	             "bind(k,threadIdx.x): loop 'k' carries a dependence (S0 -> S0): its "
	             "iterations cannot run in parallel");
	expect_error("softmax", "bind(j,threadIdx.x)", "kernel 'softmax': schedule: "
	             "bind(j,threadIdx.x): loop 'j' carries a dependence (S0 -> S0): its "
	             "iterations cannot run in parallel");
	expect_error("gemm", "bind(i,blockIdx.x); bind(j,blockIdx.x)", "kernel 'gemm': "
	             "schedule: bind(j,blockIdx.x): loop 'j' would be nested with another "
	             "loop bound to blockIdx.x");
	expect_error("gemm", "bind(j,threadIdx.y); bind(n,threadIdx.y)", "kernel 'gemm': "
	             "schedule: bind(n,threadIdx.y): loop 'n' would be nested with another "
	             "loop bound to threadIdx.y");
	expect_error("gemm", "parallel(i); bind(i,blockIdx.x)", "kernel 'gemm': "
	             "schedule: bind(i,blockIdx.x): loop 'i' is already parallel (a loop "
	             "takes one of vectorize, parallel, unroll)");
	expect_error("gemm", "bind(i,blockIdx.x); split(j,2)", "kernel 'gemm': "
	             "schedule: split(j,2): comes after bind(i,blockIdx.x): split, tile and "
	             "reorder must come before vectorize, parallel and unroll");
}
END_TEST

/*
 * A dependence between instances of different threads is refused even
 * when no bound loop carries it: wave's j does not carry its dependence
 * (the serial i loop around it does), but thread j reads what thread
 * j + 1 wrote one i before, which would need a barrier per i.
 */
START_TEST(test_gpu_cross_thread)
{
	Case c;

	expect_error("wave", "bind(j,threadIdx.x)", "kernel 'wave': schedule: a "
	             "dependence (S0 -> S0) would cross GPU blocks or threads (and no "
	             "barrier of the block is between them)");
	ck_assert_msg(!case_run(&c, "wave", NULL, 0, "parallel(j)"), "%s", c.err.msg);
	case_free(&c);
	ck_assert_msg(!case_run(&c, "wave", NULL, 0, "bind(n,blockIdx.x)"), "%s", c.err.msg);
	case_free(&c);
}
END_TEST

/* Repeating an annotation changes nothing. */
START_TEST(test_annotation_twice)
{
	Case a, b;

	ck_assert(!case_run(&a, "gemm", NULL, 0, "vectorize(k); parallel(i)"));
	ck_assert(!case_run(&b, "gemm", NULL, 0, "vectorize(k); vectorize(k); "
	                    "parallel(i); parallel(i)"));
	ck_assert_str_eq(a.text, b.text);
	case_free(&a);
	case_free(&b);
}
END_TEST

/*
 * Every loop of a name: split(j) splits all three j loops of matmul, and
 * reorder(j.o,j.i) swaps all three nests (keeping the semantics).
 */
START_TEST(test_all_loops_of_a_name)
{
	Case c;
	const char *p;
	int n = 0;

	ck_assert(!case_run(&c, "matmul", NULL, 0, "split(j,4); vectorize(j.i)"));
	for (p = c.text; (p = strstr(p, "#pragma vectorize")); p++)
		n++;
	ck_assert_int_eq(n, 3);
	ck_assert_ptr_null(strstr(c.text, "// j\n"));
	case_free(&c);
	ck_assert(!case_run(&c, "matmul", NULL, 0, "split(j,4); "
	                    "reorder(j.o,j.i); vectorize(j.o)"));
	for (n = 0, p = c.text; (p = strstr(p, "// j.i\n")); p++, n++)
		ck_assert_msg(strstr(p, "#pragma vectorize"), "%s", c.text);
	ck_assert_int_eq(n, 3);
	ck_assert(!case_interp(&c, (char[256]){0}, 256));
	case_free(&c);
	expect_error("softmax", "split(j,4); reorder(j.o,j.i)", "kernel "
	             "'softmax': schedule: reorder(j.o,j.i): would run a "
	             "dependence (S0 -> S0) backwards");
}
END_TEST

static void expect_parse_error(const char *text, const char *want)
{
	Arena a = {0};
	Schedule s;
	VitcErr err = {""};

	ck_assert_msg(sch_parse(text, &s, &a, &err) < 0, "'%s' parsed", text);
	ck_assert_msg(!strcmp(err.msg, want), "'%s':\n got '%s'\nwant '%s'",
	              text, err.msg, want);
	arena_free(&a);
}

START_TEST(test_parse_errors)
{
	char many[1024] = "", name[80];

	expect_parse_error("split(j 8)", "schedule: at 9: expected ','");
	expect_parse_error("split(j,8", "schedule: at 10: expected ')'");
	expect_parse_error("split(j,8) tile(i,j,1,1)",
	                   "schedule: at 12: expected ';'");
	expect_parse_error("spilt(j,8)", "schedule: at 1: unknown primitive "
	                   "(expected split, tile, reorder, vectorize, parallel, "
	                   "unroll or bind)");
	expect_parse_error("split(j,0)", "schedule: at 9: factor 0 out of "
	                   "range 1..65536");
	expect_parse_error("split(j,65537)", "schedule: at 9: factor 65537 out "
	                   "of range 1..65536");
	expect_parse_error("split(j,-2)", "schedule: at 9: expected a factor "
	                   "(1..65536)");
	expect_parse_error("split(9j,2)", "schedule: at 7: expected a loop name");
	expect_parse_error("vectorize()", "schedule: at 11: expected a loop name");
	expect_parse_error(";", "schedule: at 1: expected a primitive (split, "
	                   "tile, reorder, vectorize, parallel, unroll, bind)");
	expect_parse_error("split(j,2);;", "schedule: at 12: expected a "
	                   "primitive (split, tile, reorder, vectorize, parallel, "
	                   "unroll, bind)");
	expect_parse_error("bind(i,blockIdx.w)", "schedule: at 8: expected a GPU "
	                   "axis (blockIdx.x/y/z, threadIdx.x/y/z)");
	expect_parse_error("bind(i,threadidx.x)", "schedule: at 8: expected a GPU "
	                   "axis (blockIdx.x/y/z, threadIdx.x/y/z)");
	expect_parse_error("bind(i)", "schedule: at 7: expected ','");
	expect_parse_error("reorder(i)", "schedule: at 10: expected ','");
	for (int i = 0; i < 33; i++)
		strcat(many, "unroll(i);");
	expect_parse_error(many, "schedule: at 321: more than 32 primitives");
	memset(name, 'x', 65);
	snprintf(name + 65, sizeof(name) - 65, ")");
	snprintf(many, sizeof(many), "unroll(%s", name);
	expect_parse_error(many, "schedule: at 8: loop name longer than 64 "
	                   "characters");
}
END_TEST

START_TEST(test_parse_format)
{
	static const char *const cases[][2] = {
		{"split(j,8); tile(i,j,4,16); reorder(k,j); vectorize(j.i); "
		 "parallel(i.o); unroll(i.i)",
		 "split(j,8); tile(i,j,4,16); reorder(k,j); vectorize(j.i); "
		 "parallel(i.o); unroll(i.i)"},
		{"  split ( j , 8 ) ;\n\ttile(i,j,4,16);  ",
		 "split(j,8); tile(i,j,4,16)"},
		{"", ""},
		{" \n ", ""},
		{"unroll(_x9.o.i)", "unroll(_x9.o.i)"},
		{"split(j,0065536)", "split(j,65536)"},
		{"bind(n, blockIdx.z); bind(i.o,blockIdx.y);bind(i.i , blockIdx.x); "
		 "bind(j,threadIdx.x); bind(a,threadIdx.y); bind(b,threadIdx.z)",
		 "bind(n,blockIdx.z); bind(i.o,blockIdx.y); bind(i.i,blockIdx.x); "
		 "bind(j,threadIdx.x); bind(a,threadIdx.y); bind(b,threadIdx.z)"},
	};
	char once[1024], twice[1024];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		Arena a = {0};
		Schedule s, t;
		VitcErr err;
		ck_assert_msg(!sch_parse(cases[i][0], &s, &a, &err), "%s", err.msg);
		sch_format(&s, once, sizeof(once));
		ck_assert_str_eq(once, cases[i][1]);
		ck_assert(!sch_parse(once, &t, &a, &err));
		sch_format(&t, twice, sizeof(twice));
		ck_assert_str_eq(once, twice);
		ck_assert_int_eq(s.n, t.n);
		arena_free(&a);
	}
}
END_TEST

/* sch_format truncates safely and always terminates. */
START_TEST(test_format_truncates)
{
	Arena a = {0};
	Schedule s;
	VitcErr err;
	char buf[12];

	ck_assert(!sch_parse("split(j,8); vectorize(j.i)", &s, &a, &err));
	ck_assert_int_eq(s.n, 2);
	ck_assert_int_eq(s.prims[0].kind, SP_SPLIT);
	ck_assert_int_eq(s.prims[0].factor, 8);
	ck_assert_str_eq(s.prims[1].iter, "j.i");
	memset(buf, 'z', sizeof(buf));
	sch_format(&s, buf, sizeof(buf));
	ck_assert_str_eq(buf, "split(j,8);");
	sch_format(&s, buf, 1);
	ck_assert_str_eq(buf, "");
	arena_free(&a);
}
END_TEST

/*
 * The generic tuning space (sched/space_generic.c) on test kernels with a
 * default schedule: candidate 0 is the default itself, the texts are
 * distinct, and every candidate sch_apply accepts runs every instance
 * once and computes what the loop tree computes (the interpreter).
 */
START_TEST(test_generic_space)
{
	static const struct {
		const char *kernel;
		int64_t args[2];
		const char *def;
		int min_legal;
	} cases[] = {
		{"softmax", {6, 20}, "split(j,4); vectorize(j.i); parallel(i)", 8},
		{"transpose", {20, 24}, "", 4},
		{"conv", {8, 9}, "parallel(y)", 3},
	};
	SchTarget t;

	sch_target_default(&t);
	for (size_t ci = 0; ci < sizeof(cases) / sizeof(cases[0]); ci++) {
		Case c;
		SchSpace sp;
		int n, legal = 0;
		char def[1024], msg[512];

		ck_assert_msg(!case_run(&c, cases[ci].kernel, cases[ci].args, 2, cases[ci].def),
		              "%s", c.err.msg);
		ck_assert_msg(sch_space_of(c.k, &t, 4, &sp, &c.p->arena), "%s: no space: %s",
		              cases[ci].kernel, sp.why);
		ck_assert_int_eq(sp.kind, SCH_SPACE_GENERIC);
		SchCand *v = sch_space_ranked(&sp, &n);
		ck_assert_int_gt(n, 1);
		sch_format(&c.k->sched, def, sizeof(def));
		for (int i = 0; i < n; i++) {
			const char *text = sch_cand_text(&sp, &v[i], &c.p->arena);
			Schedule sc;
			ck_assert(text);
			if (i == 0)
				ck_assert_str_eq(text, def);
			for (int j = 0; j < i; j++)
				ck_assert_str_ne(text, sch_cand_text(&sp, &v[j], &c.p->arena));
			ck_assert_msg(!sch_parse(text, &sc, &c.p->arena, &c.err), "%s: %s", text,
			              c.err.msg);
			isl_schedule *s = sch_initial(c.ctx, c.k, &c.err);
			s = s ? sch_apply(s, c.k, &sc, &c.err) : NULL;
			if (!s)
				continue;   /* refused: the tuner counts it as rejected */
			Kernel k2 = *c.k;
			k2.sched = sc;
			isl_ast_node *ast = sch_build_ast(s, &c.err);
			ck_assert_msg(ast, "%s: %s", text, c.err.msg);
			ck_assert_msg(!tk_check_ast(c.ctx, &k2, ast, 2, msg, sizeof(msg)), "%s %s: %s",
			              cases[ci].kernel, text, msg);
			isl_ast_node_free(ast);
			legal++;
		}
		ck_assert_msg(legal >= cases[ci].min_legal, "%s: %d of %d candidates legal",
		              cases[ci].kernel, legal, n);
		free(v);
		case_free(&c);
	}
}
END_TEST

/*
 * The matmul space on a 9 x 70 x 24 "fc", and on "fcp", the same with B
 * packed in panels of 12 columns (loops jp, j): candidates with k blocks
 * (after the column tiles, or with the column tiles outermost after the
 * row tiles; unrolled, an even number of rows, an odd number of vectors,
 * to keep it fast) are legal and compute what the loop tree computes, for
 * N = 1 and 3.  With panels, every candidate's tile is the panel.
 */
START_TEST(test_matmul_space)
{
	static const struct {
		const char *kernel, *cols_kc;
		int panel;
	} cases[] = {
		{"fc", "reorder(i.o,j.o); split(k,64); reorder(i.o,k.o)", 0},
		{"fcp", "reorder(i.o,jp); split(k,64); reorder(i.o,k.o)", 12},
	};
	SchTarget t;
	char msg[512];

	sch_target_default(&t);
	for (size_t ci = 0; ci < sizeof(cases) / sizeof(cases[0]); ci++) {
		Case c;
		SchSpace sp;
		int n, checked = 0, cols_kc = 0;

		ck_assert_msg(!case_run(&c, cases[ci].kernel, (int64_t[]){9, 70, 24}, 3, ""), "%s",
		              c.err.msg);
		LoopNode *root = k_seq(c.p);   /* lowering's shape: seq { n { i { k { j { seq } } } } } */
		k_append(c.p, root, c.k->root);
		c.k->root = root;
		ck_assert_msg(sch_space_of(c.k, &t, 2, &sp, &c.p->arena), "%s", sp.why);
		ck_assert_int_eq(sp.kind, SCH_SPACE_MATMUL);
		ck_assert_int_eq(sp.P * 100 + sp.panel, 2400 + cases[ci].panel);
		SchCand *v = sch_space_ranked(&sp, &n);
		for (int i = 0; i < n; i++) {
			if (cases[ci].panel)
				ck_assert_int_eq(v[i].vectors * sp.lanes, cases[ci].panel);
			if (!v[i].kc || !v[i].unroll || v[i].vectors % 2 == 0 || v[i].rows % 2)
				continue;
			const char *text = sch_cand_text(&sp, &v[i], &c.p->arena);
			Schedule sc;
			ck_assert_msg(!sch_parse(text, &sc, &c.p->arena, &c.err), "%s: %s", text,
			              c.err.msg);
			isl_schedule *s = sch_initial(c.ctx, c.k, &c.err);
			s = s ? sch_apply(s, c.k, &sc, &c.err) : NULL;
			ck_assert_msg(s, "%s: %s", text, c.err.msg);
			Kernel k2 = *c.k;
			k2.sched = sc;
			isl_ast_node *ast = sch_build_ast(s, &c.err);
			ck_assert_msg(ast, "%s: %s", text, c.err.msg);
			ck_assert_msg(!tk_check_ast(c.ctx, &k2, ast, 2, msg, sizeof(msg)), "%s: %s", text,
			              msg);
			isl_ast_node_free(ast);
			checked++;
			if (v[i].kc && v[i].par == SCH_PAR_COLS) {
				ck_assert_msg(strstr(text, cases[ci].cols_kc), "%s", text);
				cols_kc++;
			}
		}
		ck_assert_int_ge(cols_kc, 3);   /* fcp: rows 2, 4, 6 */
		ck_assert_int_ge(checked, 2 * cols_kc);
		free(v);
		case_free(&c);
	}
}
END_TEST

static Suite *sched_suite(void)
{
	Suite *s = suite_create("sched");
	TCase *golden = tcase_create("golden");
	TCase *prims = tcase_create("primitives");
	TCase *text = tcase_create("text");

	tcase_set_timeout(golden, 120);
	tcase_add_test(golden, test_golden);
	tcase_add_test(golden, test_interp_tiled_matmul);
	tcase_add_test(golden, test_matmul_space);
	tcase_add_test(golden, test_interp_isolated);
	tcase_add_test(golden, test_isolated_no_guards);
	tcase_add_test(golden, test_interp_catches_wrong_ast);
	tcase_add_test(golden, test_generic_space);
	tcase_add_test(prims, test_initial_tree);
	tcase_add_test(prims, test_err_no_loop);
	tcase_add_test(prims, test_err_split);
	tcase_add_test(prims, test_err_iterators);
	tcase_add_test(prims, test_err_tile);
	tcase_add_test(prims, test_err_reorder);
	tcase_add_test(prims, test_err_vectorize);
	tcase_add_test(prims, test_err_parallel);
	tcase_add_test(prims, test_err_unroll);
	tcase_add_test(prims, test_err_dependences);
	tcase_add_test(prims, test_annotation_twice);
	tcase_add_test(prims, test_gpu_bind);
	tcase_add_test(prims, test_gpu_cross_thread);
	tcase_add_test(prims, test_all_loops_of_a_name);
	tcase_add_test(text, test_parse_errors);
	tcase_add_test(text, test_parse_format);
	tcase_add_test(text, test_format_truncates);
	suite_add_tcase(s, golden);
	suite_add_tcase(s, prims);
	suite_add_tcase(s, text);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(sched_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
