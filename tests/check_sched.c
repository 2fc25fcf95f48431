/*
 * check_sched.c - the schedule layer (sched/schedule.c, sch_):
 *  - golden ASTs: each tests/sched/<name>.txt names a test kernel and a
 *    schedule; the AST text must equal tests/sched/<name>.c (isl's
 *    codegen_test style; VITC_UPDATE_GOLDEN=1 rewrites the .c files);
 *  - every golden AST is run by an interpreter for N = 1 and 3: each
 *    domain instance exactly once, nothing else, same values as the loop
 *    tree (so the edits keep the semantics);
 *  - the tuning spaces' candidates run by the same interpreter.
 * The primitives' error paths and the text form: check_sched_prims.c.
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <isl/ast.h>
#include <isl/id.h>
#include <isl/schedule.h>

#include "sched/gpu.h"
#include "sched/schedule.h"
#include "sched/space.h"
#include "tests/sched_util.h"

#define SCHED_DIR TEST_SRCDIR "/sched"

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
	TkCase c;
	char *want;
	int ok;

	snprintf(path, sizeof(path), "%s/%s.txt", SCHED_DIR, name);
	if (golden_read(path, &g)) {
		fprintf(stderr, "%s: no 'kernel:' line\n", path);
		return -1;
	}
	if (tk_case_run(&c, g.kernel, g.nargs ? g.args : NULL, g.nargs, g.sched)) {
		fprintf(stderr, "%s: %s\n", path, c.err.msg);
		tk_case_free(&c);
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
	if (ok && !g.no_interp && tk_case_interp(&c, msg, sizeof(msg))) {
		fprintf(stderr, "%s/%s.txt: the AST is wrong: %s\n", SCHED_DIR, name,
		        msg);
		ok = 0;
	}
	free(want);
	tk_case_free(&c);
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
	TkCase c;

	for (size_t i = 0; i < sizeof(scheds) / sizeof(scheds[0]); i++) {
		ck_assert_msg(!tk_case_run(&c, "gemm", (int64_t[]){10, 3, 12}, 3,
		                        scheds[i]), "%s: %s", scheds[i], c.err.msg);
		ck_assert_msg(!tk_case_interp(&c, msg, sizeof(msg)), "%s: %s",
		              scheds[i], msg);
		tk_case_free(&c);
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
	TkCase c;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		ck_assert_msg(!tk_case_run(&c, "fc", sizes[i], 3, sched), "fc %lld: %s",
		              (long long)sizes[i][0], c.err.msg);
		ck_assert_msg(!tk_case_interp(&c, msg, sizeof(msg)), "fc %lld %lld "
		              "%lld: %s", (long long)sizes[i][0],
		              (long long)sizes[i][1], (long long)sizes[i][2], msg);
		tk_case_free(&c);
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
	TkCase c;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		ck_assert_msg(!tk_case_run(&c, "fc", sizes[i], 3, sched), "%s",
		              c.err.msg);
		ck_assert_msg(!ifs_inside(c.ast, 3, 0), "fc %lld %lld %lld: guards "
		              "inside the k loop:\n%s", (long long)sizes[i][0],
		              (long long)sizes[i][1], (long long)sizes[i][2], c.text);
		tk_case_free(&c);
	}
}
END_TEST

/* The interpreter is not vacuous: a wrong AST fails it. */
START_TEST(test_interp_catches_wrong_ast)
{
	char msg[512];
	TkCase c, d;

	ck_assert(!tk_case_run(&c, "transpose", (int64_t[]){10, 7}, 2, ""));
	ck_assert(!tk_case_run(&d, "transpose", (int64_t[]){9, 7}, 2, ""));
	ck_assert(tk_check_ast(c.ctx, d.k, c.ast, 2, msg, sizeof(msg)) < 0);
	ck_assert_msg(strstr(msg, "outside its domain"), "%s", msg);
	ck_assert(tk_check_ast(d.ctx, c.k, d.ast, 2, msg, sizeof(msg)) < 0);
	ck_assert_msg(strstr(msg, "never runs"), "%s", msg);
	tk_case_free(&c);
	tk_case_free(&d);
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
		TkCase c;
		SchSpace sp;
		int n, legal = 0;
		char def[1024], msg[512];

		ck_assert_msg(!tk_case_run(&c, cases[ci].kernel, cases[ci].args, 2, cases[ci].def),
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
		tk_case_free(&c);
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
		TkCase c;
		SchSpace sp;
		int n, checked = 0, cols_kc = 0;

		ck_assert_msg(!tk_case_run(&c, cases[ci].kernel, (int64_t[]){9, 70, 24}, 3, ""), "%s",
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
		tk_case_free(&c);
	}
}
END_TEST

/*
 * A GPU form of lowering's parameter (sched/gpu.h): "lower(threads=N)"
 * with N a power of two from 32 to 1024 is one, a schedule is none, and
 * every malformed or out-of-range text is refused with its reason.
 */
START_TEST(test_gpu_form_parse)
{
	static const struct {
		const char *text;
		int want, threads;
		const char *why;
	} c[] = {
		{"lower(threads=64)", 1, 64, NULL},
		{" lower(threads=1024) ", 1, 1024, NULL},
		{"lower(threads=32);", 1, 32, NULL},
		{"split(i,64); bind(i.o,blockIdx.x)", 0, 0, NULL},
		{"lower(threads=48)", -1, 0, "power of two from 32 to 1024"},
		{"lower(threads=16)", -1, 0, "power of two from 32 to 1024"},
		{"lower(threads=2048)", -1, 0, "power of two from 32 to 1024"},
		{"lower(threads=99999999999999999999)", -1, 0, "power of two"},
		{"lower(threads=-64)", -1, 0, "want lower(threads=N)"},
		{"lower(threads=)", -1, 0, "want lower(threads=N)"},
		{"lower(blocks=64)", -1, 0, "want lower(threads=N)"},
		{"lower(threads=64", -1, 0, "nothing else"},
		{"lower(threads=64); split(i,2)", -1, 0, "nothing else"},
	};
	char buf[64];
	Arena a = {0};

	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		VitcErr err = {{0}};
		int threads = 0, r = sch_gpu_form_parse(c[i].text, &threads, &err);
		ck_assert_msg(r == c[i].want, "%s: %d, want %d", c[i].text, r, c[i].want);
		if (r == 1)
			ck_assert_int_eq(threads, c[i].threads);
		if (c[i].why)
			ck_assert_msg(strstr(err.msg, c[i].why), "%s: '%s'", c[i].text, err.msg);
	}
	/* the text the tuner writes reads back */
	for (int n = 32; n <= 1024; n *= 2) {
		int threads = 0;
		VitcErr err = {{0}};
		snprintf(buf, sizeof(buf), "%s", sch_gpu_form_text(n, &a));
		ck_assert_int_eq(sch_gpu_form_parse(buf, &threads, &err), 1);
		ck_assert_int_eq(threads, n);
	}
	arena_free(&a);
}
END_TEST

static Suite *sched_suite(void)
{
	Suite *s = suite_create("sched");
	TCase *golden = tcase_create("golden");

	tcase_set_timeout(golden, 120);
	tcase_add_test(golden, test_golden);
	tcase_add_test(golden, test_interp_tiled_matmul);
	tcase_add_test(golden, test_matmul_space);
	tcase_add_test(golden, test_interp_isolated);
	tcase_add_test(golden, test_isolated_no_guards);
	tcase_add_test(golden, test_interp_catches_wrong_ast);
	tcase_add_test(golden, test_generic_space);
	tcase_add_test(golden, test_gpu_form_parse);
	suite_add_tcase(s, golden);
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
