/*
 * check_codegen_target.c - the code generator's targets (backends/x86.c,
 * backends/nvptx.c): the target description the schedule layer gets and
 * the matmul templates built from it, -mcpu/-mattr overrides, and the
 * NVPTX backend's launch geometry (grid-stride and single-thread
 * kernels).  Programs are built by hand through the test harness
 * (tests/cg_harness.h); the kernels' numerics are in check_codegen.c.
 */
#include "config.h"

#include <check.h>
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sched/schedule.h"
#include "tests/cg_harness.h"

/*
 * The target description the schedule layer gets (cg_target_describe) and
 * the matmul register tile built from it: 4 x 3 vectors of 8 lanes on AVX2
 * (12 of 16 ymm registers), 4 x 4 of 16 on AVX-512 (16 of 32 zmm); the
 * loop order from the cache sizes and the parallel loop from the threads.
 */
START_TEST(test_target_describe)
{
	SchTarget t;
	SchMatmulTile m;
	VitcErr err = {{0}};
	Arena a = {0};

	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "x86-64-v3"}, &t, &err), 0);
	ck_assert_int_eq(t.vector_bits, 256);
	ck_assert_int_eq(t.f32_lanes, 8);
	ck_assert_int_eq(t.vector_regs, 16);
	ck_assert(t.fma && !t.avx512 && !t.cache_from_host);
	m = sch_matmul_tile(&t);
	ck_assert_int_eq(m.rows * 100 + m.vectors * 10 + m.lanes, 438);
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = 197, .K = 128, .P = 768}),
	                 "split(i,4); split(j,24); reorder(k,j.o); reorder(i.i,j.o); "
	                 "reorder(i.i,k); split(j.i,8); unroll(i.i); unroll(j.i.o); "
	                 "vectorize(j.i.i); parallel(i.o)");
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = IR_DIM_N, .K = 8, .P = 16}),
	                 "");
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = 50, .K = 8, .P = 16}),
	                 "split(i,4); split(j,8); reorder(k,j.o); reorder(i.i,j.o); "
	                 "reorder(i.i,k); unroll(i.i); vectorize(j.i); parallel(i.o)");
	/* above, 384 KiB of weights stay in L2 next to A: rows outermost; beyond half of L2
	   (1 MiB assumed): column panels outermost, k in blocks of 256 rows (256 x 24 floats
	   fill L1's 32 KiB) */
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = 197, .K = 1536, .P = 384}),
	                 "split(i,4); split(j,24); reorder(k,j.o); reorder(i.i,j.o); "
	                 "reorder(i.i,k); reorder(i.o,j.o); split(k,256); reorder(i.o,k.o); "
	                 "split(j.i,8); unroll(i.i); unroll(j.i.o); vectorize(j.i.i); parallel(j.o)");
	/* weights packed in panels of the tile's 24 columns where P is a multiple of them:
	   the panel loop jp is the column tile loop, j its columns */
	ck_assert_int_eq(sch_matmul_panel(&t, 197, 1536, 384, 0), 24);
	ck_assert_int_eq(sch_matmul_panel(&t, 197, 64, 197, 0), 0);
	ck_assert_int_eq(sch_matmul_panel(&t, 197, 64, 16, 0), 0);
	t.gpu = 1;   /* GPU schedules map plain i, k, j nests */
	ck_assert_int_eq(sch_matmul_panel(&t, 197, 1536, 384, 0), 0);
	t.gpu = 0;
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = 197, .K = 1536, .P = 384,
	                                                                .panel = 24}),
	                 "split(i,4); reorder(k,jp); reorder(i.i,jp); reorder(i.i,k); reorder(i.o,jp); "
	                 "split(k,256); reorder(i.o,k.o); split(j,8); unroll(i.i); unroll(j.o); "
	                 "vectorize(j.i); parallel(jp)");

	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "x86-64-v4"}, &t, &err), 0);
	ck_assert_int_eq(t.vector_bits, 512);
	ck_assert_int_eq(t.vector_regs, 32);
	ck_assert(t.avx512 && t.fma);
	m = sch_matmul_tile(&t);
	ck_assert_int_eq(m.rows * 100 + m.vectors * 10 + m.lanes, 456);
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = IR_DIM_N, .K = 8, .P = 192}),
	                 "split(j,64); reorder(k,j.o); split(j.i,16); unroll(j.i.o); "
	                 "vectorize(j.i.i); parallel(j.o)");
	ck_assert_int_eq(sch_matmul_panel(&t, IR_DIM_N, 8, 192, 0), 64);
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = IR_DIM_N, .K = 8, .P = 192,
	                                                                .panel = 64}),
	                 "reorder(k,jp); split(j,16); unroll(j.o); vectorize(j.i); parallel(jp)");
	/* DeiT-Small's fc1 + GELU on 2 threads: 24 panels of 64 columns, 12 to each thread; the
	   epilogue's rows in parallel too */
	t.threads = 2;
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = 197, .K = 384, .P = 1536,
	                                                                .epilogue = 1}),
	                 "split(ej,16); split(i,4); split(j,64); reorder(k,j.o); reorder(i.i,j.o); "
	                 "reorder(i.i,k); reorder(i.o,j.o); split(j.i,16); unroll(i.i); "
	                 "unroll(j.i.o); vectorize(j.i.i); parallel(j.o); vectorize(ej.i); parallel(ei)");
	/* DeiT-Tiny's fc2: 3 panels do not share out over 2 threads: the row tiles of each
	   panel do (no k blocks then) */
	ck_assert_str_eq(sch_template_matmul(&t, &a, &(SchMatmulShape){.M = 197, .K = 768, .P = 192}),
	                 "split(i,4); split(j,64); reorder(k,j.o); reorder(i.i,j.o); "
	                 "reorder(i.i,k); reorder(i.o,j.o); split(j.i,16); unroll(i.i); "
	                 "unroll(j.i.o); vectorize(j.i.i); parallel(i.o)");
	/* attention's scores: 6 heads over 2 threads (3 heads would not divide: row tiles);
	   K^T's rows are 197 floats apart, so 8 rows x 2 vectors (half the B loads per FMA) */
	SchMatmulShape att = {.nb = 2, .bname = {"n", "b1"}, .bext = {IR_DIM_N, 6},
	                      .M = 197, .K = 64, .P = 197, .epilogue = 1};
	ck_assert_str_eq(sch_template_matmul(&t, &a, &att),
	                 "split(i,8); split(j,32); reorder(k,j.o); reorder(i.i,j.o); reorder(i.i,k); "
	                 "split(j.i,16); unroll(i.i); unroll(j.i.o); vectorize(j.i.i); parallel(b1); "
	                 "parallel(eb1)");
	/* 3 heads: the row tiles; the 197 x 197 scaled scores are too few for a fork/join
	   in the epilogue, unless it computes a transcendental */
	att.bext[1] = 3;
	const char *s3 = sch_template_matmul(&t, &a, &att);
	ck_assert_msg(strstr(s3, "parallel(i.o)") && !strstr(s3, "parallel(ei)"), "%s", s3);
	att.epilogue = 2;
	s3 = sch_template_matmul(&t, &a, &att);
	ck_assert_msg(strstr(s3, "parallel(i.o); parallel(ei)"), "%s", s3);
	t.threads = 0;
	ck_assert_msg(strstr(sch_target_describe(&t, &a), "x86-64-v4: 512-bit vectors (16 f32 lanes)"),
	              "%s", sch_target_describe(&t, &a));

	/* AVX2 code from an AVX-512 CPU name: 16 registers of 8 lanes, and none of the
	   AVX-512 extensions (LLVM turns them off with avx512f) */
	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "znver4", .features = "-avx512f"},
	                                    &t, &err), 0);
	ck_assert_int_eq(t.vector_regs * 100 + t.f32_lanes, 1608);
	ck_assert(t.fma && !t.avx512 && !t.vnni && !t.vpopcntdq);
	m = sch_matmul_tile(&t);
	ck_assert_int_eq(m.rows * 100 + m.vectors * 10 + m.lanes, 438);
	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "znver4"}, &t, &err), 0);
	ck_assert(t.avx512 && t.vnni && t.vpopcntdq);

	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "x86-64"}, &t, &err), 0);
	ck_assert_int_eq(t.vector_bits, 128);
	ck_assert(!t.fma);
	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "x86-64", .features = "+avx2,+fma"},
	                                    &t, &err), 0);
	ck_assert_int_eq(t.vector_bits, 256);
	ck_assert(t.fma);
	ck_assert_int_eq(cg_target_describe(&(CgOptions){.cpu = "no-such-cpu"}, &t, &err), -1);
	ck_assert_msg(strstr(err.msg, "no-such-cpu") != NULL, "message: %s", err.msg);

	/* the host: whatever it is, a consistent description */
	ck_assert_int_eq(cg_target_describe(&(CgOptions){0}, &t, &err), 0);
	ck_assert_int_eq(t.f32_lanes * 32, t.vector_bits);
	ck_assert(t.l1d_bytes > 0 && t.l2_bytes > 0);
	arena_free(&a);
}
END_TEST

/* -mcpu/-mattr: the ABI features follow them; O0 code runs too; lane hints. */
START_TEST(test_cpu_override)
{
	CgOptions v3 = {.cpu = "x86-64-v3", .opt_level = 0}, bad = {.cpu = "no-such-cpu"};
	CgOptions v4 = {.cpu = "x86-64-v4"}, attr = {.cpu = "no-such-cpu", .features = "+avx2"};
	Buffer *a = t_buf("a", BUF_INPUT, SHAPE(IR_DIM_N, 40));
	Buffer *o = t_buf("out", BUF_OUTPUT, SHAPE(IR_DIM_N, 40));
	Kernel *k = k_kernel_add(P, "t", "x");
	isl_ast_node *ast;
	VitcErr err = {{0}};
	float x[80], y[80];
	Model mo = {0};

	ck_assert_int_eq(cg_cpu_vector_lanes(&v3), 8);
	ck_assert_int_eq(cg_cpu_vector_lanes(&v4), 16);
	ck_assert_int_eq(cg_cpu_vector_lanes(&(CgOptions){.cpu = "x86-64"}), 4);
	ck_assert_int_eq(cg_cpu_vector_lanes(&attr), 8);
	/* the ABI features: turning a feature off turns off what is built on it (as LLVM
	   does), so code for -mcpu=znver4 -mattr=-avx512f loads on an AVX2 machine */
	static const struct { const char *llvm, *abi; } feats[] = {
		{"+avx2,+fma,+avx512f,+avx512dq,+avx512vnni,+avx512bf16,-avx512f,+bmi2",
		 "sse3,ssse3,sse4.1,sse4.2,avx,avx2,fma,f16c,bmi2"},
		{"+avx512f,+avx512vl,-avx", "sse3,ssse3,sse4.1,sse4.2"},
		{"+avx512vbmi,-avx512bw", "sse3,ssse3,sse4.1,sse4.2,avx,avx2,fma,f16c,avx512f"},
		{"-avx512f,+avx512dq,+popcnt",
		 "sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,f16c,avx512f,avx512dq"},
		{"+sse2,-sse3,+cx16", ""},
	};
	for (size_t i = 0; i < sizeof(feats) / sizeof(feats[0]); i++) {
		char *f = cg_x86_abi_features(feats[i].llvm);
		ck_assert_str_eq(f, feats[i].abi);
		free(f);
	}
	t_stmt(k, t_nest(k, NULL, 2, (const char *[]){"n", "i"}, (int64_t[]){IR_DIM_N, 40}), ST_ASSIGN,
	     AC(o, 0, 40, 1), k_un(P, EX_TANH, LD(a, 0, 40, 1)));
	t_finish(k);
	ast = t_ast(k, "{ schedule: \"[{ S0[n,i] -> [(n)] }, { S0[n,i] -> [(floor(i/8))] }]\", "
	                "child: { mark: \"vectorize\", child: { schedule: \"[{ S0[n,i] -> [(i mod 8)] }]\" } } }");
	ck_assert_int_eq(cg_compile_cpu(P, &ast, &bad, "/tmp/unused.so", &err), -1);
	ck_assert_msg(strstr(err.msg, "no-such-cpu") != NULL, "message: %s", err.msg);
	ck_assert_int_eq(access("/tmp/unused.so", F_OK), -1);
	ck_assert_msg(t_compile(&mo, &ast, &v3, &err) == 0, "%s", err.msg);
	if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
		mo.h = dlopen(mo.path, RTLD_NOW | RTLD_LOCAL);
		mo.abi = dlsym(mo.h, VITRT_MODEL_SYMBOL);
		ck_assert_ptr_nonnull(mo.abi);
		ck_assert_str_eq(mo.abi->cpu, "x86-64-v3");
		ck_assert_msg(strstr(mo.abi->features, "avx2") && !strstr(mo.abi->features, "avx512"),
		              "features %s", mo.abi->features);
		t_fill(x, 80, 17, -4, 4);
		t_run(&mo, 2, (void *[]){x}, (void *[]){y});
		for (int i = 0; i < 80; i++)
			ck_assert_msg(fabs(y[i] - tanh(x[i])) < 2e-7, "tanh(%g) = %g", x[i], y[i]);
	}
	t_close(&mo);
}
END_TEST

/*
 * The CUDA target (backends/nvptx.c) on a GELU kernel: with parallel(n) at
 * the root the loop is grid-strided (the special registers, .maxntid 256),
 * with parallel(i) under a serial n the kernel runs on one thread
 * (.maxntid 1); erf is libdevice's, inlined, when libdevice is there; the
 * PTX assembles with ptxas when it is there; without a driver libvitrt
 * refuses the .so with one line, and through the stand-in driver
 * (tests/fake_libcuda.c) its launch table is "want_launch": mode, block,
 * grid, and the work items (per_batch, fixed, div) of x; the bindings
 * are output 0 then input 0 (the roots in order of first access).
 */
static void nvptx_gelu(const char *sched, const char *const *want, const char *const *unwanted,
                       const int64_t want_launch[6])
{
	Buffer *x = t_buf("x", BUF_INPUT, SHAPE(IR_DIM_N, 7, 64));
	Buffer *y = t_buf("y", BUF_OUTPUT, SHAPE(IR_DIM_N, 7, 64));
	Kernel *k = k_kernel_add(P, "gelu", "gelu");
	LoopNode *l = t_nest(k, NULL, 3, (const char *[]){"n", "i", "j"}, (int64_t[]){IR_DIM_N, 7, 64});
	Expr *e = LD(x, 0, 448, 64, 1);
	CgOptions o = {.opt_level = 2, .cuda_sm = 80, .dump_seq = 0};
	VitcErr err = {{0}};
	char dir[32] = "/tmp/cgptx.XXXXXX", ptx[64], so[64], cmd[400];
	isl_schedule *sch;
	isl_ast_node *ast;
	VitrtModel *vm = NULL;

	t_stmt(k, l, ST_ASSIGN, AC(y, 0, 448, 64, 1),
	     k_bin(P, EX_MUL, e, k_un(P, EX_ERF, k_bin(P, EX_MUL, e, k_const(P, 0.70710678f)))));
	t_finish(k);
	ck_assert_msg(!sch_parse(sched, &k->sched, &P->arena, &err), "%s", err.msg);
	isl_ctx_free(ctx);
	ctx = sch_ctx_alloc();
	sch = sch_apply(sch_initial(ctx, k, &err), k, NULL, &err);
	ck_assert_msg(sch != NULL, "%s", err.msg);
	ast = sch_build_ast(sch, &err);
	ck_assert_msg(ast != NULL, "%s", err.msg);
	ck_assert_ptr_nonnull(mkdtemp(dir));
	o.dump_dir = dir;
	snprintf(so, sizeof(so), "%s/model.so", dir);
	snprintf(ptx, sizeof(ptx), "%s/03-model.ptx", dir);
	ck_assert_msg(cg_compile_for(P, &ast, &o, so, &err) == 0, "compile: %s", err.msg);
	isl_ast_node_free(ast);
	for (int i = 0; want[i]; i++)
		ck_assert_msg(t_file_has(ptx, want[i]), "'%s' not in the PTX", want[i]);
	for (int i = 0; unwanted[i]; i++)
		ck_assert_msg(!t_file_has(ptx, unwanted[i]), "'%s' in the PTX", unwanted[i]);
	if (access("/usr/local/cuda/nvvm/libdevice/libdevice.10.bc", R_OK) == 0)
		ck_assert_msg(!t_file_has(ptx, "__nv_erff"), "libdevice's erf not inlined");
	if (access("/usr/local/cuda/bin/ptxas", X_OK) == 0) {
		/* registers and spills of the kernel go to the test's log */
		snprintf(cmd, sizeof(cmd), "/usr/local/cuda/bin/ptxas -arch=sm_80 -v %s -o /dev/null 2>&1"
		         " | grep -E 'Used|spill' | sed 's/^/  %s: /'", ptx, sched);
		ck_assert_msg(system(cmd) == 0, "ptxas -v failed on %s", ptx);
		snprintf(cmd, sizeof(cmd), "/usr/local/cuda/bin/ptxas -arch=sm_80 %s -o /dev/null", ptx);
		ck_assert_msg(system(cmd) == 0, "ptxas refused %s", ptx);
	}
	setenv("VITRT_LIBCUDA", "/nonexistent/libcuda.so.1", 1);
	ck_assert_int_eq(vitrt_model_load(so, &vm), VITRT_ERR_CPU);
	ck_assert_ptr_null(vm);
	ck_assert_msg(strstr(vitrt_last_error(), "model.so: no CUDA driver (/nonexistent/libcuda.so.1 not found)"),
	              "%s", vitrt_last_error());
	setenv("VITRT_LIBCUDA", TEST_BUILDDIR "/tests/.libs/fake_libcuda.so", 1);
	ck_assert_msg(vitrt_model_load(so, &vm) == VITRT_OK, "%s", vitrt_last_error());
	{
		const vitrt_device_model_abi *a = (const void *)vitrt_model_descriptor(vm);
		const vitrt_launch_info *l = &a->device->launches[0];
		ck_assert_int_eq(a->base.abi_version, VITRT_ABI_VERSION_DEVICE);
		ck_assert_int_eq(a->device->n_launches, 1);
		ck_assert_str_eq(l->name, "vitc_k0");
		ck_assert_int_eq(l->mode, want_launch[0]);
		ck_assert_int_eq(l->block_x, want_launch[1]);
		ck_assert_int_eq(l->grid_x, want_launch[2]);
		ck_assert_int_eq(l->items[0].per_batch, want_launch[3]);
		ck_assert_int_eq(l->items[0].fixed, want_launch[4]);
		ck_assert_int_eq(l->items[0].div, want_launch[5]);
		ck_assert_int_eq(l->block_y * l->block_z * l->grid_y * l->grid_z, 1);
		ck_assert_int_eq(l->shared_bytes, 0);
		ck_assert_int_eq(l->n_params, 2);
		ck_assert_int_eq(l->params[0].kind, VITRT_BIND_OUTPUT);
		ck_assert_int_eq(l->params[0].index, 0);
		ck_assert_int_eq(l->params[1].kind, VITRT_BIND_INPUT);
		ck_assert_int_eq(l->params[1].index, 0);
		ck_assert_int_eq(a->device->weights_size, 0);
	}
	vitrt_model_free(vm);
	unsetenv("VITRT_LIBCUDA");
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}

START_TEST(test_nvptx_grid_stride)
{
	nvptx_gelu("split(j,16); vectorize(j.i); parallel(n)",
	           (const char *[]){".entry vitc_k0", "%ctaid.x", "%ntid.x", "%tid.x", "%nctaid.x",
	                            ".maxntid 256", ".target sm_80", NULL},
	           (const char *[]){".maxntid 1,", NULL},
	           /* grid-strided over n: N work items, the grid from the batch */
	           (const int64_t[]){VITRT_LAUNCH_GRID_STRIDE, 256, 0, 1, 0, 1});
}
END_TEST

START_TEST(test_nvptx_single_thread)
{
	nvptx_gelu("split(j,16); vectorize(j.i); parallel(i)",
	           (const char *[]){".entry vitc_k0", ".maxntid 1, 1, 1", "%tid.x", NULL},
	           (const char *[]){"%nctaid.x", NULL},
	           (const int64_t[]){VITRT_LAUNCH_SINGLE, 1, 1, 0, 1, 1});
}
END_TEST

static Suite *codegen_target_suite(void)
{
	Suite *s = suite_create("codegen_target");
	TCase *tc = tcase_create("target");

	tcase_add_checked_fixture(tc, t_setup, t_teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_target_describe);
	tcase_add_test(tc, test_cpu_override);
	tcase_add_test(tc, test_nvptx_grid_stride);
	tcase_add_test(tc, test_nvptx_single_thread);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(codegen_target_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
