/*
 * check_sched_prims.c - the schedule layer's primitives (sched/prims.c,
 * sched/gpu.c) and the text form of schedules: the initial tree, the
 * error path of every primitive (split, tile, reorder, vectorize,
 * parallel, unroll, bind, the dependence checks), and parsing and
 * printing schedule texts.  The golden ASTs and the interpreter runs are
 * in check_sched.c.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>
#include <isl/schedule.h>

#include "sched/schedule.h"
#include "sched/space.h"
#include "tests/sched_util.h"

/* The initial tree: one band per loop, its "loop:" mark right above it. */
START_TEST(test_initial_tree)
{
	TkCase c;
	isl_schedule *s;
	char *yaml;

	ck_assert(!tk_case_run(&c, "matmul", NULL, 0, ""));
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
	tk_case_free(&c);
}
END_TEST

/* "sched" on kernel "kname" fails with exactly the message "want". */
static void expect_error(const char *kname, const char *sched,
                         const char *want)
{
	TkCase c;
	int r = tk_case_run(&c, kname, NULL, 0, sched);

	ck_assert_msg(r < 0, "%s on %s: no error", sched, kname);
	ck_assert_msg(!strcmp(c.err.msg, want), "%s on %s:\n got '%s'\nwant '%s'",
	              sched, kname, c.err.msg, want);
	tk_case_free(&c);
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
	Schedule bad = {1, {{SP_SPLIT, "a", NULL, 0, 0, 0}}};
	VitcErr err;
	isl_schedule *s = sch_apply(sch_initial(ctx, k, &err), k, &bad, &err);

	ck_assert_ptr_null(s);
	ck_assert_str_eq(err.msg, "kernel 'nest': schedule: split(a,0): "
	                 "factor out of range 1..65536");
	bad.prims[0].iter = NULL;
	ck_assert_ptr_null(sch_apply(sch_initial(ctx, k, &err), k, &bad, &err));
	ck_assert_msg(strstr(err.msg, "malformed primitive"), "%s", err.msg);
	/* stage() is for GPU records only, taken off before the schedule applies */
	bad.prims[0] = (SchedPrim){SP_STAGE, NULL, NULL, 64, 64, 16};
	ck_assert_ptr_null(sch_apply(sch_initial(ctx, k, &err), k, &bad, &err));
	ck_assert_msg(strstr(err.msg, "stage(64,64,16): only as the first primitive of a GPU "
	                     "tuning record"), "%s", err.msg);
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
	TkCase c;

	expect_error("gemm", "unroll(n)", "kernel 'gemm': schedule: "
	             "unroll(n): loop 'n' has no constant trip count");
	ck_assert(tk_case_run(&c, "gemm", (int64_t[]){4, 100, 4}, 3,
	                   "unroll(k)") < 0);
	ck_assert_str_eq(c.err.msg, "kernel 'gemm': schedule: unroll(k): loop "
	                 "'k' runs up to 100 times (unroll at most 64: split "
	                 "it first)");
	tk_case_free(&c);
	expect_error("gemm", "vectorize(k); unroll(k)", "kernel 'gemm': "
	             "schedule: unroll(k): loop 'k' is already vectorized (a "
	             "loop takes one of vectorize, parallel, unroll)");
}
END_TEST

/* Schedules that would change what the kernel computes are refused. */
START_TEST(test_err_dependences)
{
	TkCase c;

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
	ck_assert_msg(!tk_case_run(&c, "wave", NULL, 0, "split(j,2); parallel(j.o)"),
	              "%s", c.err.msg);
	tk_case_free(&c);
	ck_assert_msg(!tk_case_run(&c, "matmul", NULL, 0, "parallel(j)"), "%s",
	              c.err.msg);
	tk_case_free(&c);
	/*
	 * A copy that writes each element once has no dependences (found
	 * without isl): any order, any parallel loop.  One whose store is
	 * not injective still has its output dependence.
	 */
	ck_assert_msg(!tk_case_run(&c, "transpose", NULL, 0, "reorder(i,j); parallel(i)"),
	              "%s", c.err.msg);
	tk_case_free(&c);
	ck_assert_msg(!tk_case_run(&c, "transpose", (int64_t[]){40, 30}, 2,
	                        "tile(i,j,16,16); vectorize(j.i); parallel(i.o)"),
	              "%s", c.err.msg);
	tk_case_free(&c);
	ck_assert_msg(!tk_case_run(&c, "lastcol", NULL, 0, "reorder(i,j); parallel(i)"),
	              "%s", c.err.msg);
	tk_case_free(&c);
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
		/* fuse: the batch and rows on one block axis (z = 3 n + i) */
		{"gemm", "fuse(n,i); bind(n.i,blockIdx.z); bind(j,threadIdx.x)"},
		{"gemm", "split(j,4); fuse(i,j.o); bind(i.j.o,blockIdx.x); bind(j.i,threadIdx.x); "
		         "bind(n,blockIdx.y)"},
	};
	char msg[512];
	TkCase c;

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		ck_assert_msg(!tk_case_run(&c, ok[i][0], NULL, 0, ok[i][1]), "%s: %s", ok[i][1],
		              c.err.msg);
		ck_assert_msg(!tk_case_interp(&c, msg, sizeof(msg)), "%s: %s", ok[i][1], msg);
		tk_case_free(&c);
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
	expect_error("gemm", "fuse(i,k)", "kernel 'gemm': schedule: fuse(i,k): loops 'i' and "
	             "'k' are not perfectly nested (the loop directly inside 'i' is 'j')");
	expect_error("gemm", "fuse(n,i); fuse(n,i)", "kernel 'gemm': schedule: no loop 'n' "
	             "(loops: n.i, j, k)");
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
	TkCase c;

	expect_error("wave", "bind(j,threadIdx.x)", "kernel 'wave': schedule: a "
	             "dependence (S0 -> S0) would cross GPU blocks or threads (and no "
	             "barrier of the block is between them)");
	ck_assert_msg(!tk_case_run(&c, "wave", NULL, 0, "parallel(j)"), "%s", c.err.msg);
	tk_case_free(&c);
	ck_assert_msg(!tk_case_run(&c, "wave", NULL, 0, "bind(n,blockIdx.x)"), "%s", c.err.msg);
	tk_case_free(&c);
}
END_TEST

/* Repeating an annotation changes nothing. */
START_TEST(test_annotation_twice)
{
	TkCase a, b;

	ck_assert(!tk_case_run(&a, "gemm", NULL, 0, "vectorize(k); parallel(i)"));
	ck_assert(!tk_case_run(&b, "gemm", NULL, 0, "vectorize(k); vectorize(k); "
	                    "parallel(i); parallel(i)"));
	ck_assert_str_eq(a.text, b.text);
	tk_case_free(&a);
	tk_case_free(&b);
}
END_TEST

/*
 * Every loop of a name: split(j) splits all three j loops of matmul, and
 * reorder(j.o,j.i) swaps all three nests (keeping the semantics).
 */
START_TEST(test_all_loops_of_a_name)
{
	TkCase c;
	const char *p;
	int n = 0;

	ck_assert(!tk_case_run(&c, "matmul", NULL, 0, "split(j,4); vectorize(j.i)"));
	for (p = c.text; (p = strstr(p, "#pragma vectorize")); p++)
		n++;
	ck_assert_int_eq(n, 3);
	ck_assert_ptr_null(strstr(c.text, "// j\n"));
	tk_case_free(&c);
	ck_assert(!tk_case_run(&c, "matmul", NULL, 0, "split(j,4); "
	                    "reorder(j.o,j.i); vectorize(j.o)"));
	for (n = 0, p = c.text; (p = strstr(p, "// j.i\n")); p++, n++)
		ck_assert_msg(strstr(p, "#pragma vectorize"), "%s", c.text);
	ck_assert_int_eq(n, 3);
	ck_assert(!tk_case_interp(&c, (char[256]){0}, 256));
	tk_case_free(&c);
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
	                   "(expected split, tile, reorder, fuse, vectorize, parallel, "
	                   "unroll, bind or stage)");
	expect_parse_error("split(j,0)", "schedule: at 9: factor 0 out of "
	                   "range 1..65536");
	expect_parse_error("split(j,65537)", "schedule: at 9: factor 65537 out "
	                   "of range 1..65536");
	expect_parse_error("split(j,-2)", "schedule: at 9: expected a factor "
	                   "(1..65536)");
	expect_parse_error("split(9j,2)", "schedule: at 7: expected a loop name");
	expect_parse_error("vectorize()", "schedule: at 11: expected a loop name");
	expect_parse_error(";", "schedule: at 1: expected a primitive (split, "
	                   "tile, reorder, fuse, vectorize, parallel, unroll, bind, stage)");
	expect_parse_error("split(j,2);;", "schedule: at 12: expected a "
	                   "primitive (split, tile, reorder, fuse, vectorize, parallel, "
	                   "unroll, bind, stage)");
	expect_parse_error("stage(64,64)", "schedule: at 12: expected ','");
	expect_parse_error("stage(j,64,8)", "schedule: at 7: expected a factor (1..65536)");
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
		/* a GPU record's staged matmul (sched/gpu.h): tiles, then the binds */
		{"stage( 64,32 ,8 );bind(gi,blockIdx.y)", "stage(64,32,8); bind(gi,blockIdx.y)"},
		/* the batched staged matmul: batch and head fused onto blockIdx.z */
		{"fuse( n ,b1 );bind(n.b1,blockIdx.z)", "fuse(n,b1); bind(n.b1,blockIdx.z)"},
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

static Suite *sched_prims_suite(void)
{
	Suite *s = suite_create("sched_prims");
	TCase *prims = tcase_create("primitives");
	TCase *text = tcase_create("text");

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
	suite_add_tcase(s, prims);
	suite_add_tcase(s, text);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(sched_prims_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
